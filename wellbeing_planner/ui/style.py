"""The calm look: one palette and one style sheet for the whole app."""

from __future__ import annotations

import gc

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#2f6f73"        # deep teal: navigation selection, primary buttons
ACCENT_LIGHT = "#e3f0ef"
TEXT = "#1f2a30"
MUTED = "#5b6b73"
BACKGROUND = "#f6f8f8"
SURFACE = "#ffffff"
BORDER = "#d5dedf"
ERROR = "#a3322a"
WARNING = "#8a5a00"
OK = "#2e7d4f"
DISABLED = "#9aa6ab"      # greyed text of controls that cannot be used yet

#: Colours of the four pillars (also readable in grey print: distinct lightness).
PILLAR_COLOURS = {"educatie": "#2f6f73", "omgeving": "#6b8f3a", "signaleren": "#c07a1c", "beleid": "#6a4c93"}

def style_sheet(zoom: float = 1.0) -> str:
    """The style sheet with every font size multiplied by ``zoom`` (Beeld → Zoom, presentation mode)."""

    def pt(size: float) -> str:
        return f"{size * zoom:.1f}pt"

    return f"""
QMainWindow, QDialog {{ background: {BACKGROUND}; }}
QWidget#Header {{ background: {SURFACE}; border-bottom: 1px solid {BORDER}; }}
QLabel#AppTitle {{ font-size: {pt(13)}; font-weight: 600; color: {ACCENT}; }}
QLabel#PageTitle {{ font-size: {pt(16)}; font-weight: 600; color: {TEXT}; }}
QLabel#PageIntro {{ color: {MUTED}; }}
QLabel#SectionTitle {{ font-size: {pt(11.5)}; font-weight: 600; color: {TEXT}; margin-top: 6px; }}
QLabel#FieldError {{ color: {ERROR}; }}
QLabel#Muted {{ color: {MUTED}; }}
QListWidget#Navigation {{
    background: {SURFACE}; border: none; border-right: 1px solid {BORDER}; outline: 0; padding: 8px 0;
}}
QListWidget#Navigation::item {{ padding: 8px 14px; margin: 1px 8px; border-radius: 6px; color: {TEXT}; }}
QListWidget#Navigation::item:selected {{ background: {ACCENT_LIGHT}; color: {ACCENT}; }}
QListWidget#Navigation::item:hover:!selected {{ background: #eef3f3; }}
QFrame#Card {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px; }}
QPushButton {{ padding: 5px 12px; border-radius: 5px; border: 1px solid {BORDER}; background: {SURFACE}; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:focus {{ border: 1px solid {ACCENT}; }}
QPushButton#Primary {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton#Primary:hover {{ background: #285f63; }}
QPushButton#Primary:disabled {{ background: #9bb9b6; border-color: #9bb9b6; }}
QPushButton:disabled {{ color: {DISABLED}; background: #eef1f1; border: 1px dashed #c4cdcf; }}
QLineEdit:disabled, QComboBox:disabled, QPlainTextEdit:disabled, QTextEdit:disabled, QSpinBox:disabled {{
    color: {DISABLED}; background: #eef1f1;
}}
QListWidget#Navigation:disabled {{ background: #f1f4f4; }}
QLabel:disabled {{ color: {DISABLED}; }}
QLineEdit, QComboBox, QSpinBox, QPlainTextEdit, QTextEdit, QDateEdit, QDoubleSpinBox {{
    padding: 4px 6px; border: 1px solid {BORDER}; border-radius: 4px; background: {SURFACE};
}}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 1px solid {ACCENT};
}}
QLineEdit[invalid="true"] {{ border: 1px solid {ERROR}; background: #fbefee; }}
QTableView {{ background: {SURFACE}; border: 1px solid {BORDER}; gridline-color: #e6ecec;
              selection-background-color: {ACCENT_LIGHT}; selection-color: {TEXT}; }}
QHeaderView::section {{ background: #eef3f3; padding: 5px; border: none; border-bottom: 1px solid {BORDER};
                        font-weight: 600; color: {TEXT}; }}
QTabWidget::pane {{ border: 1px solid {BORDER}; background: {SURFACE}; border-radius: 4px; }}
QTabBar::tab {{ padding: 7px 16px; }}
QTabBar::tab:selected {{ color: {ACCENT}; font-weight: 600; }}
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {BORDER}; color: {MUTED}; }}
"""


#: The app font's size at zoom 1 (never below 10 pt: readable on a school laptop).
BASE_POINT_SIZE = 10.0
ZOOM_STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)
PRESENTATION_ZOOM = 1.5


def high_contrast(app: QApplication) -> bool:
    """True when the user asked the system for high contrast (then the system's colours win over ours)."""
    try:
        hints = app.styleHints()  # keep the wrappers alive while asking (PySide6 frees temporaries at once)
        accessibility = hints.accessibility()
        preference = accessibility.contrastPreference()
    except (AttributeError, RuntimeError):  # Qt before 6.10
        return False
    return preference.name == "HighContrast"


def apply_style(app: QApplication, zoom: float = 1.0) -> None:
    """Fusion style, a light palette and our style sheet; readable default font size, times ``zoom``.

    The font follows the system's size (never below 10 pt) and, with high contrast switched on in the
    system, the system's palette is kept and only sizes are set.

    Qt re-polishes every widget here; Python's garbage collector must not free a widget in the middle of that
    (seen once as a crash when switching to presentation mode), so it collects before and waits until after.
    """
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        _apply_style(app, zoom)
    finally:
        if enabled:
            gc.enable()


def _apply_style(app: QApplication, zoom: float) -> None:
    app.setStyle("Fusion")
    if high_contrast(app):
        _apply_sizes(app, zoom)
        app.setStyleSheet(f"QLabel#PageTitle {{ font-size: {16 * zoom:.1f}pt; font-weight: 600; }}")
        return
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
    palette.setColor(QPalette.ColorRole.Base, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f3f6f6"))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Button, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a979d"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED))
    app.setPalette(palette)
    _apply_sizes(app, zoom)
    app.setStyleSheet(style_sheet(zoom))


def _apply_sizes(app: QApplication, zoom: float) -> None:
    global BASE_POINT_SIZE
    font = QFont(app.font())
    if app.property("wbp_zoom") is None:  # the first time: remember the system's size as the base
        BASE_POINT_SIZE = max(10.0, font.pointSizeF())
    font.setPointSizeF(BASE_POINT_SIZE * zoom)
    app.setProperty("wbp_zoom", zoom)
    app.setFont(font)


def current_zoom(app: QApplication) -> float:
    value = app.property("wbp_zoom")
    return float(value) if value is not None else 1.0
