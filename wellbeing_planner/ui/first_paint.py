"""Notice the moment a window is first painted (for ``--first-paint-check`` and to open data after it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Emits ``painted`` once, when ``window`` or one of its children is painted for the first time."""

    painted = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.done = False
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self.done and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and (watched is self.window or self.window.isAncestorOf(watched))):
            self.done = True
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self.painted.emit()
        return False
