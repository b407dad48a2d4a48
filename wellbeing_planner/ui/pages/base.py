"""The base of every page in the left-hand navigation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QLayout, QScrollArea, QVBoxLayout, QWidget

from wellbeing_planner.ui.context import AppContext


class Page(QWidget):
    """A page shows one step of the cycle for the current plan.

    Subclasses set ``page_id`` and ``title``, build their widgets in ``__init__``
    and show data in :meth:`load`.  They call :meth:`announce_completeness` when
    the short state in the navigation (e.g. "7 van 12 gescoord") changes.
    """

    page_id = "page"
    title = ""
    completeness_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan_id: int | None = None

    def tr(self, text: str) -> str:  # type: ignore[override]
        """Translate in the page's own context (the class name)."""
        return QCoreApplication.translate(type(self).__name__, text)

    def load(self, plan_id: int | None) -> None:
        """Show ``plan_id`` (``None``: nothing open)."""
        self.plan_id = plan_id

    def take_focus(self) -> None:
        """Give the keyboard to the page's first control (after Ctrl+1…9 or Page Down in presentation)."""
        self.setFocus()
        self.focusNextChild()

    def completeness(self) -> str:
        """Short state for the navigation; empty when there is nothing to say."""
        return ""

    def announce_completeness(self) -> None:
        self.completeness_changed.emit(self.completeness())

    def heading(self, title: str, intro: str = "") -> QWidget:
        """A page title with an optional one-paragraph introduction, and the step's guidance when it has one."""
        from wellbeing_planner.ui.guidance import GuidanceBox, guidance

        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 8)
        label = QLabel(title)
        label.setObjectName("PageTitle")
        layout.addWidget(label)
        if intro:
            text = QLabel(intro)
            text.setObjectName("PageIntro")
            text.setWordWrap(True)
            layout.addWidget(text)
        if guidance(self.page_id) is not None:
            self.guidance_box = GuidanceBox(self.page_id)
            layout.addWidget(self.guidance_box)
        return box

    def scroll_layout(self, spacing: int = 12) -> QVBoxLayout:
        """Give the page a scrolling body with the usual margins; return the body's layout."""
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(spacing)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area = self.scrolling(content)
        area.setAccessibleName(self.title or type(self).__name__)
        outer.addWidget(area)
        return layout

    @staticmethod
    def scrolling(content: QWidget) -> QScrollArea:
        area = QScrollArea()
        layout = content.layout()
        if layout is not None:  # grow and scroll rather than squeeze the content
            layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(content)
        return area
