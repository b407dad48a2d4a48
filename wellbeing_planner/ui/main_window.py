"""The main window: header with the plan switcher, the cycle's navigation on the left, pages on the right."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_planner import APP_NAME, paths
from wellbeing_planner.core import plans, schools
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.errors import PlannerError
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.dialogs import NewPlanDialog, NewSchoolDialog, show_about
from wellbeing_planner.ui.errors import show_error
from wellbeing_planner.ui.pages.base import Page
from wellbeing_planner.ui.pages.registry import PAGES
from wellbeing_planner.ui.plan_files import PlanFileFlow
from wellbeing_planner.ui.settings import Settings

log = logging.getLogger(__name__)


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
    """Shown while there is no plan yet: a calm welcome with the first step."""

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
            "School. Begin met uw school; daarna maakt u een plan voor een schooljaar."))
        text.setObjectName("PageIntro")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(560)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        self.new_school = QPushButton(window.tr("Nieuwe school…"))
        self.new_school.setObjectName("Primary")
        self.new_plan = QPushButton(window.tr("Nieuw plan…"))
        self.import_plan = QPushButton(window.tr("Plan importeren…"))
        row.addWidget(self.new_school)
        row.addWidget(self.new_plan)
        row.addWidget(self.import_plan)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)


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
        self.pages: list[Page] = []
        self.nav_items: list[NavItem] = []
        self.current_plan_id: int | None = None
        self.open_error: PlannerError | None = None
        self._switching = False
        self.setWindowTitle(APP_NAME + (self.tr(" — demoschool") if demo else ""))
        self.setMinimumSize(QSize(1000, 640))
        self._build()
        self._build_menus()
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 780)

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
        if self.demo:
            badge = QLabel(self.tr("Demoschool"))
            badge.setStyleSheet("background:#fdf1d8; color:#8a5a00; border-radius:4px; padding:2px 8px;")
            row.addWidget(badge)
        row.addStretch(1)
        plan_label = QLabel(self.tr("Plan:"))
        row.addWidget(plan_label)
        self.plan_switcher = QComboBox()
        self.plan_switcher.setMinimumWidth(320)
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
        self.nav.setFixedWidth(250)
        self.nav.setAccessibleName(self.tr("Stappen"))
        body.addWidget(self.nav)
        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("Gegevens worden geopend…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        self.empty = EmptyState(self)
        self.stack.addWidget(self.empty)
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
        self.empty.import_plan.clicked.connect(self.import_plan_file)

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
        file_menu.addAction(self.action_new_school)
        file_menu.addAction(self.action_new_plan)
        file_menu.addSeparator()
        self.plan_files = PlanFileFlow(self)
        self.plan_files.imported.connect(lambda plan_id: self.reload_plans(prefer=plan_id))
        self.action_export_plan = QAction(self.tr("Plan &exporteren…"), self)
        self.action_export_plan.triggered.connect(self.export_plan_file)
        self.action_import_plan = QAction(self.tr("Plan &importeren…"), self)
        self.action_import_plan.triggered.connect(self.import_plan_file)
        file_menu.addAction(self.action_export_plan)
        file_menu.addAction(self.action_import_plan)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)

        self.edit_menu = self.menuBar().addMenu(self.tr("Be&werken"))
        self.go_menu = self.menuBar().addMenu(self.tr("&Ga naar"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&Over {app}").format(app=APP_NAME), self)
        about.triggered.connect(lambda: show_about(self))
        help_menu.addAction(about)

    # --- opening the data --------------------------------------------------------------------

    @property
    def database_path(self) -> Path:
        return paths.database_path(self.data_dir, demo=self.demo)

    def open_data(self) -> None:
        """Open the database, build the pages and show the last plan (called right after the window shows)."""
        try:
            db = open_database(self.data_dir, demo=self.demo)
        except PlannerError as exc:
            self.open_error = exc
            self.loading.setText(exc.message)
            self.statusBar().showMessage(exc.message)
            show_error(self, exc)
            self.ready.emit()
            return
        self.ctx = AppContext(db, self.data_dir, demo=self.demo, parent=self)
        self.plan_files.ctx = self.ctx
        self._build_pages(self.ctx)
        self.ctx.notifier.changed.connect(self._on_data_changed)
        self.ctx.notifier.plans_changed.connect(self.reload_plans)
        self.statusBar().showMessage(self.tr("Alle wijzigingen worden meteen opgeslagen in {path}").format(
            path=self.database_path))
        self.reload_plans(prefer=self.settings.last_plan_id(self.database_path))
        self.ready.emit()

    def _build_pages(self, ctx: AppContext) -> None:
        undo = ctx.undo_stack.createUndoAction(self, self.tr("&Ongedaan maken"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = ctx.undo_stack.createRedoAction(self, self.tr("&Opnieuw"))
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence(QKeySequence.StandardKey.Redo)])
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        for number, (step, page_cls) in enumerate(PAGES):
            page = page_cls(ctx)
            self.pages.append(page)
            self.stack.addWidget(page)
            nav = NavItem(step, page.title)
            self.nav_items.append(nav)
            item = QListWidgetItem()
            item.setSizeHint(QSize(220, 50))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, page.title)
            self.nav.addItem(item)
            self.nav.setItemWidget(item, nav)
            page.completeness_changed.connect(nav.set_state)
            action = QAction(page.title, self)
            if number < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number + 1}" if number < 9 else ""))
            action.triggered.connect(lambda _c=False, n=number: self.show_page(n))
            self.go_menu.addAction(action)
        self._connect_page_links()

    def _connect_page_links(self) -> None:
        """Pages that point at an activity or goal (the problems list) open it on its own page."""
        for page in self.pages:
            activity_signal = getattr(page, "activity_requested", None)
            if activity_signal is not None:
                activity_signal.connect(self.show_activity)
            goal_signal = getattr(page, "goal_requested", None)
            if goal_signal is not None:
                goal_signal.connect(self.show_goal)
        panel = getattr(self.page("activiteiten"), "suggestions", None)
        if panel is not None:
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
        """The page with ``page_id`` (``"school"``, ``"zelfscan"``, ...)."""
        for page in self.pages:
            if page.page_id == page_id:
                return page
        raise KeyError(page_id)

    def show_page(self, index_or_id: int | str) -> None:
        index = index_or_id if isinstance(index_or_id, int) else [p.page_id for p in self.pages].index(index_or_id)
        self.nav.setCurrentRow(index)

    def reload_plans(self, prefer: int | None = None) -> None:
        """Refill the plan switcher and show ``prefer`` (or the current plan, or the first one)."""
        if self.ctx is None:
            return
        wanted = prefer if prefer is not None else self.current_plan_id
        all_plans = plans.list_plans(self.ctx.db)
        self._switching = True
        try:
            self.plan_switcher.clear()
            for plan in all_plans:
                self.plan_switcher.addItem(f"{plan.label}  ·  {plan.status_name}", plan.id)
            index = self.plan_switcher.findData(wanted) if wanted is not None else -1
            if index < 0 and all_plans:
                index = 0
            self.plan_switcher.setCurrentIndex(index)
        finally:
            self._switching = False
        self.new_plan_button.setEnabled(bool(schools.list_schools(self.ctx.db)))
        self._show_plan(self.plan_switcher.currentData() if index >= 0 else None)

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
        for page in self.pages:
            page.load(plan_id)
        if self.nav.currentRow() < 0:
            wanted = self.settings.last_page()
            ids = [p.page_id for p in self.pages]
            self.nav.setCurrentRow(ids.index(wanted) if wanted in ids else 0)
        else:
            self.stack.setCurrentWidget(self.pages[self.nav.currentRow()])
        self._refresh_header()
        self.plan_shown.emit(plan_id)

    def _refresh_header(self) -> None:
        if self.ctx is None or self.current_plan_id is None:
            return
        try:
            plan = plans.get_plan(self.ctx.db, self.current_plan_id)
            logo = schools.get_school_logo(self.ctx.db, plan.school_id)
        except PlannerError:
            return
        self._show_logo(logo[0] if logo else None)
        index = self.plan_switcher.findData(plan.id)
        if index >= 0:
            self.plan_switcher.setItemText(index, f"{plan.label}  ·  {plan.status_name}")

    def _show_logo(self, data: bytes | None) -> None:
        if not data:
            self.logo.hide()
            return
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.logo.setPixmap(pixmap.scaledToHeight(36, Qt.TransformationMode.SmoothTransformation))
        self.logo.show()

    def _on_nav_changed(self, row: int) -> None:
        if 0 <= row < len(self.pages) and self.current_plan_id is not None:
            self.stack.setCurrentWidget(self.pages[row])
            self.settings.set_last_page(self.pages[row].page_id)

    def _on_data_changed(self, topic: str, _plan_id: int) -> None:
        if topic in ("school", "plan"):
            self._refresh_header()
            if topic == "school":
                self._relabel_plans()

    def _relabel_plans(self) -> None:
        if self.ctx is None:
            return
        for plan in plans.list_plans(self.ctx.db):
            index = self.plan_switcher.findData(plan.id)
            if index >= 0:
                self.plan_switcher.setItemText(index, f"{plan.label}  ·  {plan.status_name}")

    # --- flows ---------------------------------------------------------------------------------

    def new_school(self) -> NewSchoolDialog | None:
        """Ask for a new school; afterwards offer its first plan."""
        if self.ctx is None:
            return None
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

    def export_plan_file(self, *_args: object) -> QFileDialog | None:
        """Bestand → Plan exporteren: save the plan on screen as a plan file."""
        return self.plan_files.ask_export(self.current_plan_id)

    def import_plan_file(self, *_args: object) -> QFileDialog | None:
        """Bestand → Plan importeren: read a plan file; the new plan is shown."""
        return self.plan_files.ask_import()

    # --- closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()  # finish the field being typed: editingFinished saves it
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.sync()
        if self.ctx is not None:
            self.ctx.tasks.shutdown()
            self.ctx.db.close()
        super().closeEvent(event)
