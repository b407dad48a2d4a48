"""The main window: header with the plan switcher, the cycle's navigation on the left, pages on the right.

Start-up budget: importing this module loads Qt and nothing heavy.  The window
paints first; the database layer (SQLAlchemy) is imported when the data is
opened right after, and each page is built the first time it is shown.  The
navigation's short states for pages not built yet come from one plan summary,
computed off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_planner import APP_NAME, paths
from wellbeing_planner.errors import DatabaseDamaged, EnvironmentProblem, NotAPlannerFile, PlannerError
from wellbeing_planner.ui.errors import show_error
from wellbeing_planner.ui.pages.registry import PAGES
from wellbeing_planner.ui.plan_files import PlanFileFlow
from wellbeing_planner.ui.settings import Settings

if TYPE_CHECKING:
    from wellbeing_planner.storage.db import Database
    from wellbeing_planner.ui.backup_dialog import RestoreDialog
    from wellbeing_planner.ui.context import AppContext
    from wellbeing_planner.ui.dialogs import NewPlanDialog, NewSchoolDialog
    from wellbeing_planner.ui.pages.base import Page


#: A board's server database chosen with ``--database-url`` (None: the plan file in the data folder).
SERVER_URL: str | None = None


def open_database(data_dir: Path, *, demo: bool = False, writer: bool = False) -> Database:
    """The workspace's opener, imported when first needed (it brings SQLAlchemy along)."""
    from wellbeing_planner.core.workspace import open_database as opener

    return opener(data_dir, demo=demo, writer=writer, url=SERVER_URL)

log = logging.getLogger(__name__)

NAV_WIDTH = 250
SWITCHER_SCHOOL_WIDTH = 300  # pixels for the school's name in the plan switcher
NAV_ITEM_HEIGHT = 50
#: Lines about withdrawn interventions shown after a catalogue update (the rest is counted).
UPDATE_LINES_SHOWN = 8


class NavItem(QWidget):
    """One entry of the navigation: step number, title and a small completeness line."""

    def __init__(self, step: str, title: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(0)
        self.title = QLabel(f"{step}  {title}" if step else title)
        self.title.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.state = QLabel()
        self.state.setObjectName("Muted")
        self.state.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = self.state.font()
        font.setPointSizeF(max(8.0, font.pointSizeF() - 1))
        self.state.setFont(font)
        self.state.setContentsMargins(18 if step else 0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.state)

    def set_state(self, text: str) -> None:
        self.state.setText(text)


class EmptyState(QWidget):
    """Shown while there is no plan yet: a calm welcome with three ways in."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        title = QLabel(window.tr("Welkom bij {app}").format(app=APP_NAME))
        title.setObjectName("PageTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        text = QLabel(window.tr(
            "Met dit programma maakt uw werkgroep een plan voor welbevinden langs de vier pijlers van Gezonde "
            "School: educatie, schoolomgeving, signaleren en beleid. U doorloopt de cyclus stap voor stap; alles "
            "wordt meteen opgeslagen op deze computer."))
        text.setObjectName("PageIntro")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMinimumWidth(420)
        text.setMaximumWidth(640)
        centred = QHBoxLayout()  # a wrapped label gets its width from the layout, and so its full height
        centred.addStretch(1)
        centred.addWidget(text, 4)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addSpacing(16)
        ways = QHBoxLayout()
        ways.setSpacing(16)
        ways.addStretch(1)
        self.new_school, school_card = self._way(
            window, window.tr("Begin met uw school…"),
            window.tr("Naam, schooltype en werkgroep; daarna het plan voor dit schooljaar."), primary=True)
        self.open_demo, demo_card = self._way(
            window, window.tr("Bekijk de demoschool"),
            window.tr("Een volledig ingevuld voorbeeld in een eigen bestand; uw eigen gegevens blijven apart."))
        self.import_plan, import_card = self._way(
            window, window.tr("Plan importeren…"),
            window.tr("Een planbestand (.wbplan) van een andere computer of van de GGD-adviseur."))
        for card in (school_card, demo_card, import_card):
            ways.addWidget(card)
        ways.addStretch(1)
        layout.addLayout(ways)
        row = QHBoxLayout()
        row.addStretch(1)
        self.new_plan = QPushButton(window.tr("Nieuw plan…"))
        self.new_plan_hint = QLabel(window.tr("Een nieuw plan kan zodra er een school is."))
        self.new_plan_hint.setObjectName("Muted")
        row.addWidget(self.new_plan)
        row.addWidget(self.new_plan_hint)
        row.addStretch(1)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addStretch(2)

    @staticmethod
    def _way(window: MainWindow, title: str, explanation: str, *, primary: bool = False) -> tuple[QPushButton, QWidget]:
        card = QFrame()
        card.setObjectName("Card")
        card.setMinimumWidth(220)
        card.setMaximumWidth(300)
        column = QVBoxLayout(card)
        column.setContentsMargins(14, 12, 14, 12)
        button = QPushButton(title)
        if primary:
            button.setObjectName("Primary")
        label = QLabel(explanation)
        label.setWordWrap(True)
        label.setObjectName("Muted")
        button.setAccessibleDescription(explanation)
        column.addWidget(button)
        column.addWidget(label)
        column.addStretch(1)
        return button, card

    def set_has_school(self, has_school: bool) -> None:
        """'Nieuw plan' only works once a school exists; say why instead of just greying it."""
        self.new_plan.setEnabled(has_school)
        self.new_plan_hint.setVisible(not has_school)


class ProblemState(QWidget):
    """Shown when the plan file cannot be opened: what is wrong, and what the user can do about it.

    A damaged file is never written to: the choices are to put back a backup, to
    rescue what can still be read into a new file, or to quit.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        self.title = QLabel()
        self.title.setObjectName("PageTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.text = QLabel()
        self.text.setObjectName("PageIntro")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setMinimumWidth(420)
        self.text.setMaximumWidth(640)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        centred = QHBoxLayout()  # a wrapped label needs its width from the layout to get its full height
        centred.addStretch(1)
        centred.addWidget(self.text, 4)
        centred.addStretch(1)
        layout.addLayout(centred)
        row = QHBoxLayout()
        row.addStretch(1)
        self.restore = QPushButton(window.tr("Reservekopie terugzetten…"))
        self.restore.setObjectName("Primary")
        self.rescue = QPushButton(window.tr("Leesbare gegevens redden…"))
        self.retry = QPushButton(window.tr("Opnieuw proberen"))
        self.quit = QPushButton(window.tr("Afsluiten"))
        for button in (self.restore, self.rescue, self.retry, self.quit):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def show_problem(self, title: str, exc: PlannerError) -> None:
        damaged = isinstance(exc, DatabaseDamaged | NotAPlannerFile)
        self.title.setText(title)
        self.text.setText(exc.message)
        self.restore.setVisible(damaged)
        self.rescue.setVisible(isinstance(exc, DatabaseDamaged))
        self.retry.setVisible(not damaged)


class MainWindow(QMainWindow):
    """Welbevinden Planner's one window."""

    #: The plan now shown (0: the empty state).
    plan_shown = Signal(int)
    #: The data is open and the first plan (or the empty state) is on screen.
    ready = Signal()

    def __init__(self, data_dir: Path, *, demo: bool = False, settings: Settings | None = None) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.demo = demo
        self.settings = settings or Settings()
        self.ctx: AppContext | None = None
        #: Built pages by position in the navigation (a page is built when first shown).
        self.built: dict[int, Page] = {}
        self._slots: list[QWidget] = []
        self.nav_items: list[NavItem] = []
        self.current_plan_id: int | None = None
        self.open_error: PlannerError | None = None
        self._switching = False
        self.setWindowTitle(APP_NAME + (self.tr(" — demoschool") if demo else ""))
        self.setMinimumSize(QSize(1000, 640))
        self._build()
        self._build_menus()
        self._build_navigation()
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 780)
        self._presentation_state: tuple[Any, Any, float, bool] | None = None
        self.zoom = 1.0
        if self.settings.zoom() != 1.0:
            self.set_zoom(self.settings.zoom())

    # --- construction ------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        header = QWidget()
        header.setObjectName("Header")
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 8, 16, 8)
        self.logo = QLabel()
        self.logo.setFixedHeight(36)
        self.logo.hide()
        row.addWidget(self.logo)
        self.app_title = QLabel(APP_NAME)
        self.app_title.setObjectName("AppTitle")
        row.addWidget(self.app_title)
        self.demo_badge = QLabel(self.tr("Demoschool"))
        self.demo_badge.setStyleSheet("background:#fdf1d8; color:#8a5a00; border-radius:4px; padding:2px 8px;")
        self.demo_badge.setVisible(self.demo)
        row.addWidget(self.demo_badge)
        row.addStretch(1)
        plan_label = QLabel(self.tr("Plan:"))
        row.addWidget(plan_label)
        self.plan_switcher = QComboBox()
        self.plan_switcher.setMinimumWidth(320)
        self.plan_switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.plan_switcher.setAccessibleName(self.tr("Plan kiezen"))
        plan_label.setBuddy(self.plan_switcher)
        row.addWidget(self.plan_switcher)
        self.new_plan_button = QPushButton(self.tr("Nieuw plan…"))
        self.new_school_button = QPushButton(self.tr("Nieuwe school…"))
        row.addWidget(self.new_plan_button)
        row.addWidget(self.new_school_button)
        outer.addWidget(header)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("Navigation")
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setAccessibleName(self.tr("Stappen"))
        body.addWidget(self.nav)
        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("Gegevens worden geopend…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        self.empty = EmptyState(self)
        self.stack.addWidget(self.empty)
        self.problem = ProblemState(self)
        self.stack.addWidget(self.problem)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Gegevens worden geopend…"))

        self.plan_switcher.currentIndexChanged.connect(self._on_plan_chosen)
        self.nav.currentRowChanged.connect(self._on_nav_changed)
        self.new_plan_button.clicked.connect(self.new_plan)
        self.new_school_button.clicked.connect(self.new_school)
        self.empty.new_school.clicked.connect(self.new_school)
        self.empty.new_plan.clicked.connect(self.new_plan)
        self.empty.open_demo.clicked.connect(self.open_demo)
        self.problem.restore.clicked.connect(self.restore_backup)
        self.problem.rescue.clicked.connect(self.rescue_data)
        self.problem.retry.clicked.connect(self.open_data)
        self.problem.quit.clicked.connect(self.close)
        self.empty.import_plan.clicked.connect(self.import_plan_file)

    def _build_language_menu(self) -> None:
        """*Instellingen → Taal*: Nederlands or English, each named in its own language; used from the next start."""
        from PySide6.QtGui import QActionGroup

        from wellbeing_planner import i18n

        self.settings_menu = self.menuBar().addMenu(self.tr("&Instellingen"))
        self.language_menu = self.settings_menu.addMenu(self.tr("&Taal"))
        self.language_menu.setToolTipsVisible(True)
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == self.settings.language())
            action.setToolTip(self.tr("Geldt vanaf de volgende start van het programma."))
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

    def choose_language(self, code: str) -> None:
        """Remember the language for the next start and say so (the open window keeps its language)."""
        from wellbeing_planner import i18n

        if code == self.settings.language():
            return
        self.settings.set_language(code)
        self.settings.sync()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Taal"),
                          self.tr("{app} gebruikt {language} vanaf de volgende start. Sluit het programma en "
                                  "start het opnieuw.").format(app=APP_NAME, language=i18n.LANGUAGES[code]),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("LanguageChangedBox")
        box.open()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.action_new_school = QAction(self.tr("Nieuwe &school…"), self)
        self.action_new_school.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.action_new_school.triggered.connect(self.new_school)
        self.action_new_plan = QAction(self.tr("Nieuw &plan…"), self)
        self.action_new_plan.setShortcut(QKeySequence.StandardKey.New)
        self.action_new_plan.triggered.connect(self.new_plan)
        self.action_quit = QAction(self.tr("&Afsluiten"), self)
        self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.action_quit.triggered.connect(self.close)
        self.action_backup = QAction(self.tr("&Reservekopie maken"), self)
        self.action_backup.triggered.connect(self.make_backup)
        self.action_restore = QAction(self.tr("Back-up &terugzetten…"), self)
        self.action_restore.triggered.connect(self.restore_backup)
        file_menu.addAction(self.action_new_school)
        file_menu.addAction(self.action_new_plan)
        file_menu.addSeparator()
        self.plan_files = PlanFileFlow(self)
        self.plan_files.imported.connect(lambda plan_id: self.reload_plans(prefer=plan_id))
        self.action_export_plan = QAction(self.tr("Plan &exporteren…"), self)
        self.action_export_plan.triggered.connect(self.export_plan_file)
        self.action_import_plan = QAction(self.tr("Plan &importeren…"), self)
        self.action_import_plan.triggered.connect(self.import_plan_file)
        self.action_update_catalogue = QAction(self.tr("&Catalogus bijwerken…"), self)
        self.action_update_catalogue.triggered.connect(self.ask_catalogue_update)
        file_menu.addAction(self.action_export_plan)
        file_menu.addAction(self.action_import_plan)
        file_menu.addAction(self.action_update_catalogue)
        file_menu.addAction(self.action_backup)
        file_menu.addAction(self.action_restore)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)

        self.edit_menu = self.menuBar().addMenu(self.tr("Be&werken"))
        self.view_menu = self.menuBar().addMenu(self.tr("Bee&ld"))
        self.action_present = QAction(self.tr("&Presenteren"), self)
        self.action_present.setCheckable(True)
        self.action_present.setShortcut(QKeySequence("F5"))
        self.action_present.toggled.connect(self.set_presentation)
        self.action_zoom_in = QAction(self.tr("Zoom &in"), self)
        self.action_zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.action_zoom_in.triggered.connect(lambda: self.zoom_step(+1))
        self.action_zoom_out = QAction(self.tr("Zoom &uit"), self)
        self.action_zoom_out.setShortcut(QKeySequence("Ctrl+-"))
        self.action_zoom_out.triggered.connect(lambda: self.zoom_step(-1))
        self.action_zoom_reset = QAction(self.tr("&Ware grootte"), self)
        self.action_zoom_reset.setShortcut(QKeySequence("Ctrl+0"))
        self.action_zoom_reset.triggered.connect(lambda: self.set_zoom(1.0))
        from wellbeing_planner.ui.guidance import SWITCH

        SWITCH.set_shown(not self.settings.guidance_hidden())
        self.action_guidance = QAction(self.tr("&Uitleg per stap"), self)
        self.action_guidance.setCheckable(True)
        self.action_guidance.setChecked(SWITCH.shown)
        self.action_guidance.toggled.connect(SWITCH.set_shown)
        SWITCH.toggled.connect(self._on_guidance_toggled)
        for action in (self.action_present, None, self.action_zoom_in, self.action_zoom_out,
                       self.action_zoom_reset, None, self.action_guidance):
            if action is None:
                self.view_menu.addSeparator()
            else:
                self.view_menu.addAction(action)
        self.addActions([self.action_present, self.action_zoom_in, self.action_zoom_out, self.action_zoom_reset])
        self._build_language_menu()
        self.go_menu = self.menuBar().addMenu(self.tr("&Ga naar"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.action_open_demo = QAction(self.tr("&Demoschool openen"), self)
        self.action_open_demo.triggered.connect(self.open_demo)
        self.action_reset_demo = QAction(self.tr("Demo &opnieuw beginnen"), self)
        self.action_reset_demo.triggered.connect(self.reset_demo)
        self.action_own_plans = QAction(self.tr("Terug naar de &eigen plannen"), self)
        self.action_own_plans.triggered.connect(self.open_own_plans)
        help_menu.addAction(self.action_open_demo)
        help_menu.addAction(self.action_reset_demo)
        help_menu.addAction(self.action_own_plans)
        help_menu.addSeparator()
        self._update_demo_actions()
        about = QAction(self.tr("&Over {app}").format(app=APP_NAME), self)
        about.triggered.connect(self._show_about)
        help_menu.addAction(about)

    # --- opening the data --------------------------------------------------------------------

    @property
    def database_path(self) -> Path:
        return paths.database_path(self.data_dir, demo=self.demo)

    def open_data(self) -> None:
        """Open the database, build the pages and show the last plan (called right after the window shows).

        The window holds the writer lock while it is open.  Any problem — a damaged,
        locked, foreign or too new file, or even a bug — ends in a calm page with
        choices, and ``ready`` is always emitted.
        """
        if self.ctx is not None:
            return
        self.open_error = None
        try:
            db = open_database(self.data_dir, demo=self.demo, writer=True)
        except PlannerError as exc:
            self._show_open_problem(exc)
            return
        except Exception as exc:  # a bug: the crash dialog shows it; the window stays calm and usable
            log.exception("opening the data failed")
            self._show_open_problem(EnvironmentProblem(self.tr(
                "Het planbestand kon door een onverwachte fout niet worden geopend; er is niets veranderd. De "
                "details staan in het logboek."), detail=type(exc).__name__))
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        from wellbeing_planner.ui.context import AppContext

        self.ctx = AppContext(db, self.data_dir, demo=self.demo, parent=self)
        self.plan_files.ctx = self.ctx
        self._build_undo(self.ctx)
        self.ctx.notifier.changed.connect(self._on_data_changed)
        self.ctx.notifier.plans_changed.connect(self.reload_plans)
        from wellbeing_planner.ui.live import LiveRefresh

        self.live = LiveRefresh(self.ctx)  # other users' changes on a shared database
        message = self.tr("Alle wijzigingen worden meteen opgeslagen in {path}").format(
            path=self.database_path if db.path is not None else db.engine.url.render_as_string(hide_password=True))
        self.statusBar().showMessage(" · ".join([*db.notices, message]))
        self.reload_plans(prefer=self.settings.last_plan_id(self.database_path))
        self.ready.emit()

    def _show_open_problem(self, exc: PlannerError) -> None:
        self.open_error = exc
        self.loading.setText(exc.message)
        self.statusBar().showMessage(exc.message)
        self.problem.show_problem(self.tr("Het planbestand kan niet worden geopend"), exc)
        self.stack.setCurrentWidget(self.problem)
        self.nav.setEnabled(False)
        for widget in (self.plan_switcher, self.new_plan_button, self.new_school_button, self.action_new_plan,
                       self.action_new_school, self.action_backup):
            widget.setEnabled(False)
        self.ready.emit()

    # --- backups -------------------------------------------------------------------------------

    def make_backup(self) -> Path | None:
        """Bestand → Reservekopie maken: a verified copy in ``backups/``."""
        from wellbeing_planner.storage import backups

        try:
            made = backups.backup(self.database_path, paths.backup_dir(self.data_dir), backups.MANUAL)
        except PlannerError as exc:
            show_error(self, exc)
            return None
        self.statusBar().showMessage(self.tr("Reservekopie gemaakt en gecontroleerd: {path}").format(path=made))
        return made

    def ask_catalogue_update(self, *_args: object) -> QFileDialog:
        """Bestand → Catalogus bijwerken…: choose the supplier's catalogue file (JSON)."""
        dialog = QFileDialog(self, self.tr("Catalogus bijwerken"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setNameFilter(self.tr("Catalogusbestanden (*.json)"))
        dialog.fileSelected.connect(lambda path: self.update_catalogue(Path(path)))
        self.last_catalogue_dialog = dialog
        dialog.open()
        return dialog

    def update_catalogue(self, path: Path) -> None:
        """Check and install the catalogue in ``path`` off the GUI thread; then say what changed, and which plans
        refer to interventions it no longer has (they keep working)."""
        if self.ctx is None:
            return
        from wellbeing_planner.exchange.catalogue_update import install_update, update_report

        db = self.ctx.db
        data_dir = self.data_dir

        def work() -> tuple[Any, list[tuple[int, str, list[str]]]]:
            update = install_update(data_dir, path)
            return update, update_report(db)

        def done(result: Any) -> None:
            if isinstance(result, BaseException):
                if isinstance(result, PlannerError):
                    show_error(self, result)
                    return
                raise result
            update, references = result
            text = update.summary()
            self.statusBar().showMessage(text)
            box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text, QMessageBox.StandardButton.Ok, self)
            if references:
                # in the text itself, not behind Qt's "Show Details…" button (which Qt leaves in English)
                lines = [f"{name}: {line}" for _plan_id, name, plan_lines in references for line in plan_lines]
                shown = lines[:UPDATE_LINES_SHOWN]
                if len(lines) > len(shown):
                    shown.append(self.tr("… en nog {n}.").format(n=len(lines) - len(shown)))
                box.setInformativeText(self.tr("Deze plannen verwijzen naar een interventie die niet meer in de "
                                               "catalogus staat; de verwijzingen blijven bewaard.") + "\n\n"
                                       + "\n".join(shown))
            self.last_catalogue_message = box
            box.open()
            assert self.ctx is not None
            self.ctx.notifier.changed.emit("catalogue", 0)

        self.ctx.tasks.run(work, done, done)

    def restore_backup(self) -> RestoreDialog:
        """Bestand → Back-up terugzetten…: choose, confirm, then put the backup in place and reopen."""
        from wellbeing_planner.ui.backup_dialog import RestoreDialog

        dialog = RestoreDialog(self.database_path, paths.backup_dir(self.data_dir), self)
        self.last_restore_dialog = dialog

        def done(result: int) -> None:
            if result and dialog.chosen is not None:
                self.restore_from(dialog.chosen)

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def restore_from(self, source: Path) -> bool:
        """Put ``source`` in place of the plan database (keeping the current one) and show it."""
        from wellbeing_planner.storage import backups
        from wellbeing_planner.storage import lock as storage_lock

        path = self.database_path
        held = storage_lock.acquire(path, wait_s=0)  # keep the file ours while the database is swapped
        try:
            if self.ctx is not None:
                self.ctx.tasks.drain()
                self.ctx.db.close()
            try:
                saved = backups.restore(path, source, paths.backup_dir(self.data_dir))
            except PlannerError as exc:
                show_error(self, exc)
                if self.ctx is not None:
                    self.ctx.db = open_database(self.data_dir, demo=self.demo, writer=True)
                return False
            if self.ctx is not None:
                self.ctx.db = open_database(self.data_dir, demo=self.demo, writer=True)
                self.ctx.undo_stack.clear()
                self.reload_plans()
                self.ctx.notifier.plans_changed.emit()
            else:
                self.open_data()
        finally:
            if held:
                storage_lock.release(path)
        if self.ctx is not None:
            self.statusBar().showMessage(self.tr("Teruggezet: {name}. Het vorige planbestand staat in {saved}.")
                                         .format(name=source.name, saved=saved))
        return True

    def rescue_data(self) -> Path | None:
        """Copy what can still be read from a damaged file into a new file; offer to put it back."""
        from wellbeing_planner.storage import backups

        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = paths.backup_dir(self.data_dir) / f"{self.database_path.stem}-gered-{stamp}.sqlite3"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            counts = backups.salvage(self.database_path, target)
        except PlannerError as exc:
            show_error(self, exc)
            return None
        plans_saved = counts.get("plan", 0)
        box = QMessageBox(self)
        box.setWindowTitle(APP_NAME)
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(self.tr("Gered: {plans} plan(nen), {goals} doel(en) en {activities} activiteit(en) in {path}.\n"
                            "Wilt u dit bestand nu als planbestand gebruiken? Het beschadigde bestand wordt "
                            "eerst bewaard.").format(plans=plans_saved, goals=counts.get("goal", 0),
                                                     activities=counts.get("activity", 0), path=target.name))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        self.last_rescue_box = box
        box.finished.connect(lambda result: self.restore_from(target)
                             if result == QMessageBox.StandardButton.Yes else None)
        box.open()
        return target

    def _build_undo(self, ctx: AppContext) -> None:
        undo = ctx.undo_stack.createUndoAction(self, self.tr("&Ongedaan maken"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = ctx.undo_stack.createRedoAction(self, self.tr("&Opnieuw"))
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo

    def _build_navigation(self) -> None:
        """The steps in the navigation and the Ga naar menu, each with an empty slot for its page."""
        for number, entry in enumerate(PAGES):
            slot = QWidget()
            self._slots.append(slot)
            self.stack.addWidget(slot)
            nav = NavItem(entry.step, entry.title)
            self.nav_items.append(nav)
            item = QListWidgetItem()
            item.setSizeHint(QSize(NAV_WIDTH - 30, NAV_ITEM_HEIGHT))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, entry.title)
            self.nav.addItem(item)
            self.nav.setItemWidget(item, nav)
            action = QAction(entry.title, self)
            if number < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _c=False, n=number: self.show_page(n, focus=True))
            self.go_menu.addAction(action)

    def _page_at(self, index: int) -> Page:
        """The page at ``index``, built (and shown the current plan) on first use."""
        page = self.built.get(index)
        if page is not None:
            return page
        if self.ctx is None:
            raise RuntimeError("no data open")
        entry = PAGES[index]
        page = entry.page_class()(self.ctx)
        self.built[index] = page
        slot = self._slots[index]
        position = self.stack.indexOf(slot)
        self.stack.insertWidget(position, page)
        self.stack.removeWidget(slot)
        slot.deleteLater()
        self._slots[index] = page
        page.completeness_changed.connect(self.nav_items[index].set_state)
        self._connect_page_links(page)
        if self.current_plan_id is not None:
            page.load(self.current_plan_id)
        return page

    @property
    def pages(self) -> list[Page]:
        """Every page, built now if it was not yet (tests and full refreshes)."""
        return [self._page_at(index) for index in range(len(PAGES))]

    def _connect_page_links(self, page: Page) -> None:
        """Pages that point at an activity or goal (the problems list) open it on its own page."""
        activity_signal = getattr(page, "activity_requested", None)
        if activity_signal is not None:
            activity_signal.connect(self.show_activity)
        goal_signal = getattr(page, "goal_requested", None)
        if goal_signal is not None:
            goal_signal.connect(self.show_goal)
        panel = getattr(page, "suggestions", None)
        if panel is not None and hasattr(panel, "intervention_requested"):
            panel.intervention_requested.connect(self.show_intervention)

    def show_intervention(self, intervention_id: str) -> None:
        """Open an intervention's facts in the catalogue (one click from a suggestion)."""
        self.show_page("catalogus")
        page = self.page("catalogus")
        show = getattr(page, "show_intervention", None)
        if show is not None:
            show(intervention_id)

    def show_activity(self, activity_id: int) -> None:
        self.show_page("activiteiten")
        page = self.page("activiteiten")
        select = getattr(page, "select_activity", None)
        if select is not None:
            select(activity_id)

    def show_goal(self, goal_id: int) -> None:
        self.show_page("doelen")
        table = getattr(self.page("doelen"), "goals", None)
        if table is not None:
            table.select(goal_id)

    def page(self, page_id: str) -> Page:
        """The page with ``page_id`` (``"school"``, ``"zelfscan"``, ...), built when needed."""
        for index, entry in enumerate(PAGES):
            if entry.page_id == page_id:
                return self._page_at(index)
        raise KeyError(page_id)

    def show_page(self, index_or_id: int | str, *, focus: bool = False) -> None:
        """Show a step; with ``focus`` (a keyboard shortcut) the keyboard goes to the page's first control."""
        ids = [entry.page_id for entry in PAGES]
        index = index_or_id if isinstance(index_or_id, int) else ids.index(index_or_id)
        if self.nav.currentRow() == index:
            self._on_nav_changed(index)
        self.nav.setCurrentRow(index)
        if focus and index in self.built:
            self.built[index].take_focus()

    def reload_plans(self, prefer: int | None = None) -> None:
        """Refill the plan switcher and show ``prefer`` (or the current plan, or the first one)."""
        if self.ctx is None:
            return
        from wellbeing_planner.core import plans, schools

        wanted = prefer if prefer is not None else self.current_plan_id
        all_plans = plans.list_plans(self.ctx.db)
        self._switching = True
        try:
            self.plan_switcher.clear()
            for plan in all_plans:
                self.plan_switcher.addItem(self._switcher_text(plan), plan.id)
                self.plan_switcher.setItemData(self.plan_switcher.count() - 1,
                                               f"{plan.label}  ·  {plan.status_name}", Qt.ItemDataRole.ToolTipRole)
            index = self.plan_switcher.findData(wanted) if wanted is not None else -1
            if index < 0 and all_plans:
                index = 0
            self.plan_switcher.setCurrentIndex(index)
        finally:
            self._switching = False
        self.plan_switcher.setEnabled(bool(all_plans))
        has_school = bool(schools.list_schools(self.ctx.db))
        self.new_plan_button.setEnabled(has_school)
        self.action_new_plan.setEnabled(has_school)
        tip = "" if has_school else self.tr("Maak eerst een school aan (Nieuwe school…).")
        self.new_plan_button.setToolTip(tip)
        self.empty.set_has_school(has_school)
        self._show_plan(self.plan_switcher.currentData() if index >= 0 else None)

    def _switcher_text(self, plan: Any) -> str:
        """School (shortened in the middle when long), then year and status, which always stay readable."""
        school = self.plan_switcher.fontMetrics().elidedText(plan.school_name, Qt.TextElideMode.ElideMiddle,
                                                             SWITCHER_SCHOOL_WIDTH)
        return f"{school} — {plan.school_year}  ·  {plan.status_name}"

    def _on_plan_chosen(self, _index: int) -> None:
        if not self._switching:
            self._show_plan(self.plan_switcher.currentData())

    def _show_plan(self, plan_id: int | None) -> None:
        self.current_plan_id = plan_id
        self.settings.set_last_plan_id(self.database_path, plan_id)
        if self.ctx is not None:
            self.ctx.undo_stack.clear()
        if plan_id is None:
            self.nav.setEnabled(False)
            self.stack.setCurrentWidget(self.empty)
            self._show_logo(None)
            self.plan_shown.emit(0)
            return
        self.nav.setEnabled(True)
        for page in self.built.values():
            page.load(plan_id)
        ids = [entry.page_id for entry in PAGES]
        row = self.nav.currentRow()
        if row < 0:
            wanted = self.settings.last_page()
            self.nav.setCurrentRow(ids.index(wanted) if wanted in ids else 0)
        else:
            self.stack.setCurrentWidget(self._page_at(row))
        self._refresh_header()
        self._refresh_navigation_states(plan_id)
        self.plan_shown.emit(plan_id)

    def _refresh_navigation_states(self, plan_id: int) -> None:
        """Short states for the steps whose pages are not built yet, computed off the GUI thread."""
        if self.ctx is None or len(self.built) == len(PAGES):
            return
        db = self.ctx.db

        def work() -> dict[str, str]:
            from wellbeing_planner.core.navigation import step_labels
            from wellbeing_planner.core.views import load_plan_view

            return step_labels(load_plan_view(db, plan_id))

        def done(result: Any) -> None:
            if not isinstance(result, dict) or plan_id != self.current_plan_id:
                return  # an error (shown by the page itself when visited) or another plan by now
            for index, entry in enumerate(PAGES):
                if index not in self.built and entry.page_id in result:
                    self.nav_items[index].set_state(result[entry.page_id])

        self.ctx.tasks.run(work, done, done)

    def _refresh_header(self) -> None:
        if self.ctx is None or self.current_plan_id is None:
            return
        from wellbeing_planner.core import plans, schools

        try:
            plan = plans.get_plan(self.ctx.db, self.current_plan_id)
            logo = schools.get_school_logo(self.ctx.db, plan.school_id)
        except PlannerError:
            return
        self._show_logo(logo[0] if logo else None)
        index = self.plan_switcher.findData(plan.id)
        if index >= 0:
            self.plan_switcher.setItemText(index, self._switcher_text(plan))

    def _show_logo(self, data: bytes | None) -> None:
        if not data:
            self.logo.hide()
            return
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.logo.setPixmap(pixmap.scaledToHeight(36, Qt.TransformationMode.SmoothTransformation))
        self.logo.show()

    def _on_nav_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES) and self.current_plan_id is not None and self.ctx is not None:
            self.stack.setCurrentWidget(self._page_at(row))
            self.settings.set_last_page(PAGES[row].page_id)

    def _on_data_changed(self, topic: str, _plan_id: int) -> None:
        if topic in ("school", "plan"):
            self._refresh_header()
            if topic == "school":
                self._relabel_plans()

    def _relabel_plans(self) -> None:
        if self.ctx is None:
            return
        from wellbeing_planner.core import plans

        for plan in plans.list_plans(self.ctx.db):
            index = self.plan_switcher.findData(plan.id)
            if index >= 0:
                self.plan_switcher.setItemText(index, self._switcher_text(plan))

    # --- flows ---------------------------------------------------------------------------------

    def new_school(self) -> NewSchoolDialog | None:
        """Ask for a new school; afterwards offer its first plan."""
        if self.ctx is None:
            return None
        from wellbeing_planner.ui.dialogs import NewSchoolDialog

        dialog = NewSchoolDialog(self.ctx, self)

        def done(result: int) -> None:
            if result and dialog.school is not None:
                self.reload_plans()
                QTimer.singleShot(0, lambda: self.new_plan(school_id=dialog.school.id if dialog.school else None))

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def new_plan(self, *_args: object, school_id: int | None = None) -> NewPlanDialog | None:
        """Ask for school and school year of a new plan, then show it."""
        if self.ctx is None:
            return None
        from wellbeing_planner.core import plans
        from wellbeing_planner.ui.dialogs import NewPlanDialog

        if school_id is None and self.current_plan_id is not None:
            try:
                school_id = plans.get_plan(self.ctx.db, self.current_plan_id).school_id
            except PlannerError:
                school_id = None
        dialog = NewPlanDialog(self.ctx, self, school_id=school_id)
        self.last_plan_dialog = dialog

        def done(result: int) -> None:
            if result and dialog.plan is not None:
                self.reload_plans(prefer=dialog.plan.id)
                self.show_page(0)

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def _show_about(self) -> None:
        from wellbeing_planner.ui.dialogs import show_about

        show_about(self)

    def _on_guidance_toggled(self, shown: bool) -> None:
        self.action_guidance.setChecked(shown)
        if not self.presenting:  # presenting hides the guidance for the projector only, not for good
            self.settings.set_guidance_hidden(not shown)

    # --- view: zoom and presentation -------------------------------------------------------------

    def set_zoom(self, zoom: float) -> None:
        """Scale every text (charts included) and the navigation; remembered for the next start."""
        from PySide6.QtWidgets import QApplication

        from wellbeing_planner.ui.style import apply_style

        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        apply_style(app, zoom)
        self.zoom = zoom
        self.nav.setFixedWidth(round(NAV_WIDTH * max(1.0, zoom)))
        for index in range(self.nav.count()):
            self.nav.item(index).setSizeHint(QSize(round((NAV_WIDTH - 30) * max(1.0, zoom)),
                                                   round(NAV_ITEM_HEIGHT * zoom)))
        if not self.presenting:
            self.settings.set_zoom(zoom)
        self.statusBar().showMessage(self.tr("Zoom: {p}%").format(p=round(zoom * 100)), 3000)

    def zoom_step(self, direction: int) -> None:
        from wellbeing_planner.ui.style import ZOOM_STEPS

        steps = list(ZOOM_STEPS)
        current = min(range(len(steps)), key=lambda i: abs(steps[i] - getattr(self, "zoom", 1.0)))
        self.set_zoom(steps[max(0, min(len(steps) - 1, current + direction))])

    @property
    def presenting(self) -> bool:
        return getattr(self, "_presentation_state", None) is not None

    def set_presentation(self, on: bool) -> None:
        """Beeld → Presenteren (F5): full screen, large type, no private fields; Esc leaves it exactly as it was."""
        from wellbeing_planner.ui.style import PRESENTATION_ZOOM

        if on == self.presenting:
            return
        if on:
            self._presentation_state = (self.geometry(), self.windowState(), getattr(self, "zoom", 1.0),
                                        self.statusBar().isVisible())
            self.set_zoom(max(PRESENTATION_ZOOM, getattr(self, "zoom", 1.0)))
            self.statusBar().hide()  # it names the data folder
            self._set_chrome_visible(False)  # the whole screen for the page: Page Up/Down walk the steps
            self.showFullScreen()
        else:
            assert self._presentation_state is not None
            geometry, state, zoom, status = self._presentation_state
            self._presentation_state = None
            self.set_zoom(zoom)
            if state & Qt.WindowState.WindowMaximized:
                self.showMaximized()
            else:
                self.showNormal()
                self.setGeometry(geometry)
            self.statusBar().setVisible(status)
            self._set_chrome_visible(True)
        if self.action_present.isChecked() != on:
            self.action_present.setChecked(on)
        if self.ctx is not None:
            self.ctx.presentation = on
            self.ctx.notifier.presentation_changed.emit(on)

    def _set_chrome_visible(self, visible: bool) -> None:
        """Menus, navigation, the header's buttons and the guidance: hidden while presenting (F5, Esc work)."""
        from wellbeing_planner.ui.guidance import SWITCH

        SWITCH.set_shown(visible and not self.settings.guidance_hidden())
        self.menuBar().setVisible(visible)
        self.nav.setVisible(visible)
        for widget in (self.new_plan_button, self.new_school_button):
            widget.setVisible(visible)

    def keyPressEvent(self, event: Any) -> None:
        """In presentation mode Page Up/Down walk through the steps and Esc leaves."""
        if self.presenting:
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.set_presentation(False)
                return
            if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and self.current_plan_id is not None:
                row = self.nav.currentRow() + (1 if key == Qt.Key.Key_PageDown else -1)
                self.show_page(max(0, min(len(PAGES) - 1, row)))
                return
        super().keyPressEvent(event)

    # --- the demo school ------------------------------------------------------------------------

    def _update_demo_actions(self) -> None:
        self.action_open_demo.setVisible(not self.demo)
        self.action_reset_demo.setVisible(self.demo)
        self.action_own_plans.setVisible(self.demo)

    def _switch_database(self, demo: bool, *, reset: bool = False) -> None:
        """Show the demo (or the user's own plans) in this window; a reset rebuilds the demo first."""
        from wellbeing_planner.core.demo import ensure_demo
        from wellbeing_planner.storage import lock as storage_lock

        if self.ctx is not None:
            self.ctx.tasks.drain()
            self.ctx.db.close()
        demo_path = paths.database_path(self.data_dir, demo=True)
        try:
            if demo:
                held = storage_lock.acquire(demo_path, wait_s=0)
                try:
                    ensure_demo(self.data_dir, reset=reset)
                finally:
                    if held:
                        storage_lock.release(demo_path)
        except PlannerError as exc:
            show_error(self, exc)
        self.demo = demo
        self.setWindowTitle(APP_NAME + (self.tr(" — demoschool") if demo else ""))
        self.demo_badge.setVisible(demo)
        self._update_demo_actions()
        if self.ctx is None:
            self.open_data()
            return
        try:
            self.ctx.db = open_database(self.data_dir, demo=demo, writer=True)
        except PlannerError as exc:
            self.ctx = None
            self._show_open_problem(exc)
            return
        self.ctx.demo = demo
        self.ctx.undo_stack.clear()
        self.reload_plans(prefer=self.settings.last_plan_id(self.database_path))
        self.ctx.notifier.plans_changed.emit()

    def open_demo(self) -> None:
        """Help → Demoschool openen: the demo in its own database; real plans are not touched."""
        self._switch_database(True)

    def reset_demo(self) -> None:
        """Help → Demo opnieuw beginnen: the demo as new (between two training sessions)."""
        self._switch_database(True, reset=True)
        self.statusBar().showMessage(self.tr("De demoschool is opnieuw begonnen."), 5000)

    def open_own_plans(self) -> None:
        self._switch_database(False)

    def export_plan_file(self, *_args: object) -> QFileDialog | None:
        """Bestand → Plan exporteren: save the plan on screen as a plan file."""
        return self.plan_files.ask_export(self.current_plan_id)

    def import_plan_path(self, path: Path) -> None:
        """Import a plan file given by name (a double-click on a .wbplan file)."""
        if self.ctx is not None:
            self.plan_files.import_from(path)

    def import_plan_file(self, *_args: object) -> QFileDialog | None:
        """Bestand → Plan importeren: read a plan file; the new plan is shown."""
        return self.plan_files.ask_import()

    # --- closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()  # finish the field being typed: editingFinished saves it
        if self.presenting:
            self.set_presentation(False)  # remember the window as it was, not full screen
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.sync()
        if self.ctx is not None:
            self.ctx.tasks.shutdown()
            self.ctx.db.close()
            self.ctx = None
        super().closeEvent(event)
