"""What every page needs: the open database, change notices, the undo stack and the task runner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from wellbeing_planner.errors import PlannerError
from wellbeing_planner.ui.errors import show_error
from wellbeing_planner.ui.tasks import TaskRunner
from wellbeing_planner.ui.undo import CallCommand

if TYPE_CHECKING:
    from wellbeing_planner.storage.db import Database

T = TypeVar("T")


class Notifier(QObject):
    """Change notices after writes: pages refresh what a change touched.

    ``changed(topic, plan_id)``: topic is a short word such as ``"school"``,
    ``"plan"``, ``"scan"``, ``"startfoto"``, ``"goals"``, ``"activities"``,
    ``"catalogue"``; ``plan_id`` is 0 when the change is not tied to one plan.
    """

    changed = Signal(str, int)
    plans_changed = Signal()
    #: Presentation mode went on or off: pages hide or show private fields (e-mail addresses).
    presentation_changed = Signal(bool)


class AppContext(QObject):
    """Shared services of the main window, handed to each page."""

    def __init__(self, db: Database, data_dir: Path, *, demo: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.data_dir = data_dir
        self.demo = demo
        self.notifier = Notifier(self)
        self.undo_stack = QUndoStack(self)
        self.tasks = TaskRunner(self)
        #: True while a trainer presents: private fields stay off the projector.
        self.presentation = False

    def call(self, parent: QWidget | None, func: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Run a quick core operation on the GUI thread; show a Dutch message for known errors."""
        try:
            return func(self.db, *args, **kwargs)
        except PlannerError as exc:
            show_error(parent, exc)
            return None

    def push(self, text: str, do: Callable[[], Any], undo: Callable[[], Any], topic: str, plan_id: int,
             *, already_done: bool = False) -> None:
        """Record an undoable change; after doing or undoing it, ``topic`` is announced."""

        def after() -> None:
            self.notifier.changed.emit(topic, plan_id)

        def guarded(action: Callable[[], Any]) -> Callable[[], None]:
            def run() -> None:
                try:
                    action()
                except PlannerError as exc:
                    show_error(None, exc)
            return run

        self.undo_stack.push(CallCommand(text, guarded(do), guarded(undo), after, already_done=already_done))
