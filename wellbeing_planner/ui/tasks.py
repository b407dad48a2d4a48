"""A small task runner: work runs on one background thread, results come back on the GUI thread.

One worker (like Anki's taskman) keeps database work serialised.  No widget is
touched from the worker; callbacks run on the GUI thread via a queued signal.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

#: How long (seconds) the worker may keep Python's interpreter lock while the GUI thread waits for it.  Python's
#: default, 5 ms, is paid at every hand-over: a plan-file import on the worker made the window stall for up to
#: 0.6 s; at 0.5 ms the longest stall measured 0.17 s, and the worker's own time hardly changes.
SWITCH_INTERVAL_S = 0.0005


class _Bridge(QObject):
    finished = Signal(object, object, object)  # callback, result, error


class TaskRunner(QObject):
    """Run callables off the GUI thread; ``busy_changed`` tells the UI to show progress."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="planner-task")
        self._bridge = _Bridge(self)
        self._bridge.finished.connect(self._on_finished)
        self._pending = 0

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> Future[Any]:
        """Run ``work()`` in the background; then call ``on_done(result)`` or ``on_error(exc)`` on the GUI thread."""
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def job() -> None:
            try:
                result = work()
            except BaseException as exc:  # delivered to on_error on the GUI thread
                self._bridge.finished.emit(on_error, None, exc)
            else:
                self._bridge.finished.emit(on_done, result, None)

        return self._executor.submit(job)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _on_finished(self, callback: Callable[[Any], None], result: Any, error: BaseException | None) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        callback(error if error is not None else result)

    def drain(self) -> None:
        """Wait until the work handed over so far has run (its callbacks follow on the GUI thread)."""
        self._executor.submit(lambda: None).result()

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=False)
