"""Starting the GUI: application object, style, error hook, main window, start-up check."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_planner import APP_ID, APP_NAME, ORG_DOMAIN, ORG_NAME
from wellbeing_planner import paths as app_paths
from wellbeing_planner.core.workspace import setup_logging
from wellbeing_planner.errors import UserError

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

STARTUP_CHECK_TIMEOUT_MS = 60_000


def run_gui(data_dir: str | None, *, demo: bool = False, startup_check: bool = False,
            first_paint_check: bool = False, presentation: bool = False, open_file: Path | None = None,
            language: str | None = None, database_url: str | None = None) -> int:
    """Run the app until the window closes; with ``startup_check`` exit 0 once the first plan is shown.

    ``language`` (``--lang``) wins over the language chosen in *Instellingen → Taal*.

    The window paints first; the data is opened right after the first paint (and
    ``first_paint_check``, for the benchmark, stops there).
    """
    directory = app_paths.resolve_data_dir(data_dir)  # UserError → exit 2 before any window
    setup_logging(directory)
    if demo and not app_paths.database_path(directory, demo=True).exists():
        from wellbeing_planner.core.demo import ensure_demo

        ensure_demo(directory)

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from wellbeing_planner.ui.errors import install_excepthook
    from wellbeing_planner.ui.main_window import MainWindow
    from wellbeing_planner.ui.style import apply_style

    os.environ.setdefault("LANG", "C.UTF-8")
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setOrganizationDomain(ORG_DOMAIN)
    QCoreApplication.setApplicationName(APP_ID)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APP_NAME)
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(app_paths.resource_path("icons", "app.png"))))
    if language is None:
        from wellbeing_planner.ui.settings import Settings

        language = Settings().language()
    from wellbeing_planner import i18n

    i18n.set_language(language)
    install_qt_translation(app, language)
    log.info("language: %s", language)
    apply_style(app)
    install_excepthook()

    from wellbeing_planner.ui.single_instance import SingleInstance, instance_key

    guard = SingleInstance(instance_key(app_paths.database_path(directory, demo=demo)))
    if not guard.claim():
        if sys.stderr is not None:
            sys.stderr.write(f"{APP_ID}: " + QCoreApplication.translate(
                "app", "{app} is al geopend voor deze gegevens; dat venster is naar voren gehaald.").format(
                    app=APP_NAME) + "\n")
        return 2 if startup_check else 0

    if not database_url and not demo:  # chosen earlier on the Bestuursoverzicht page (without its password)
        from wellbeing_planner.ui.settings import Settings

        database_url = Settings().database_url()
    if database_url:  # a board's shared PostgreSQL server instead of the plan file (docs/board.md)
        from wellbeing_planner.ui import main_window

        main_window.SERVER_URL = database_url
    window = MainWindow(directory, demo=demo)
    guard.raise_requested.connect(lambda: bring_forward(window))
    if presentation:
        window.ready.connect(lambda: window.set_presentation(True))
    if open_file is not None:  # opened by a double-click on a plan file: offer to import it
        window.ready.connect(lambda: QTimer.singleShot(0, lambda: window.import_plan_path(open_file)))
    result = {"code": 0}
    if startup_check:
        def finished() -> None:
            if window.open_error is not None:
                result["code"] = 2
                if sys.stderr is not None:
                    sys.stderr.write(f"{APP_ID}: {window.open_error.message}\n")
                window.close()
                app.exit(2)
                return
            log.info("start-up check passed: plan %s shown", window.current_plan_id)
            window.close()
            app.exit(result["code"])

        def too_slow() -> None:
            result["code"] = 1
            window.close()
            app.exit(1)

        def check_presentation() -> None:
            if presentation and not window.presenting and window.open_error is None:
                result["code"] = 1
                log.error("presentation mode did not start")

        window.ready.connect(lambda: QTimer.singleShot(0, check_presentation))
        window.ready.connect(lambda: QTimer.singleShot(0, finished))
        QTimer.singleShot(STARTUP_CHECK_TIMEOUT_MS, too_slow)
    from wellbeing_planner.ui.first_paint import FirstPaint

    first_paint = FirstPaint(window)
    if first_paint_check:
        first_paint.painted.connect(lambda: QTimer.singleShot(0, app.quit))
    else:
        first_paint.painted.connect(lambda: QTimer.singleShot(0, window.open_data))
        QTimer.singleShot(500, window.open_data)  # in case no paint arrives (a hidden or minimised start)
    window.show()
    code = app.exec()
    guard.release()
    return int(code or result["code"])


def install_qt_translation(app: QCoreApplication, language: str = "nl") -> list[QTranslator]:
    """The UI in ``language``: the app's own ``.qm`` for English, and Qt's own texts (buttons, context menus,
    file dialogs) from the translations Qt ships — Dutch for Dutch; for English Qt's built-in texts are English.

    Translators installed by an earlier call are removed first, so a test can switch languages.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    for old in app.findChildren(QTranslator, "wellbeing_planner_translator"):
        app.removeTranslator(old)
        old.deleteLater()
    installed: list[QTranslator] = []
    if language == "nl":
        translator = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands), "qtbase", "_", folder):
            installed.append(translator)
        else:
            log.info("Qt's Dutch translation not found in %s", folder)
    else:
        translator = QTranslator(app)
        qm = app_paths.resource_path("translations", f"wellbeing_planner_{language}.qm")
        if translator.load(str(qm)):
            installed.append(translator)
        else:
            log.warning("translation %s not found; the window stays Dutch", qm)
    for translator in installed:
        translator.setObjectName("wellbeing_planner_translator")
        app.installTranslator(translator)
    return installed


def bring_forward(window: QWidget) -> None:
    """Show a window that another start asked for: restored, raised and active."""
    from PySide6.QtCore import Qt

    if window.windowState() & Qt.WindowState.WindowMinimized:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


__all__ = ["UserError", "run_gui"]
