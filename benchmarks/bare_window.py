"""Baseline for first paint: a bare QApplication and an empty QMainWindow, quit at its first paint."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and (
                watched is window or window.isAncestorOf(watched)):
            app.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 780)
watcher = FirstPaint()
app.installEventFilter(watcher)
window.show()
app.exec()
