"""Windows follow other users' changes on a shared database: a light poll of the plan history.

Every 15 seconds (off the GUI thread) the window asks which history lines other clients wrote since the last
look and hands each change to the pages as an ordinary change notice (``Notifier.changed``), so they reload
exactly what they would reload after the user's own edit.  Only on a server database: a local plan file has
one writer (the window holds the writer lock).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from wellbeing_planner.ui.context import AppContext

POLL_MS = 15_000


class LiveRefresh(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent or ctx)
        self.ctx = ctx
        self.marker: int | None = None
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        if ctx.db.backend != "sqlite":
            self.timer.start()
            self.poll()

    def poll(self) -> None:
        if self._busy:
            return
        self._busy = True
        from wellbeing_planner.core import history

        db, after = self.ctx.db, self.marker

        def work() -> tuple[int, list[tuple[str, int]]]:
            if after is None:
                return history.latest_change(db), []
            return history.changes_by_others(db, after)

        self.ctx.tasks.run(work, self._done, self._failed)

    def _done(self, result: tuple[int, list[tuple[str, int]]]) -> None:
        self._busy = False
        self.marker, changes = result
        for topic, plan_id in changes:
            self.ctx.notifier.changed.emit(topic, plan_id)
        if any(topic in ("plan", "school") for topic, _plan in changes):
            self.ctx.notifier.plans_changed.emit()  # a plan or school added, renamed or removed elsewhere

    def _failed(self, _error: BaseException) -> None:
        self._busy = False  # a server that is briefly away: the next look tries again
