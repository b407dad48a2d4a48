"""A page that is not built yet says calmly what will come there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.pages.base import Page


class PlaceholderPage(Page):
    def __init__(self, ctx: AppContext, page_id: str, title: str, promise: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page_id = page_id
        self.title = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(self.heading(title))
        text = QLabel(promise)
        text.setObjectName("PageIntro")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(text)
        layout.addStretch(1)
