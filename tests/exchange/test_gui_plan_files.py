"""Bestand → Plan exporteren / importeren as an IB'er uses it, with the BRIN question answered by the test."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.exchange.conftest import YEAR, changed, seed_plan, write_document
from tests.ui.conftest import WindowFactory, make_window  # noqa: F401  (the fixture is used below)
from wellbeing_planner.core import plans, schools
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.exchange.export import plan_document
from wellbeing_planner.exchange.reading import parse


def _choose(qtbot: QtBot, dialog: QFileDialog | None, path: Path) -> None:
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()


def _export_from_the_menu(qtbot: QtBot, window: object, target: Path) -> Path:
    flow = window.plan_files  # type: ignore[attr-defined]
    with qtbot.waitSignal(flow.exported, timeout=20000) as written:
        window.action_export_plan.trigger()  # type: ignore[attr-defined]
        _choose(qtbot, flow.dialog, target)
    return Path(written.args[0])


def test_a_plan_goes_from_the_school_pc_to_the_office_pc_and_joins_the_school_there(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, data_dir: Path) -> None:  # noqa: F811
    db = open_database(data_dir)
    plan_id = seed_plan(db)
    original = plan_document(db, plan_id)
    db.close()
    window = make_window()
    assert window.current_plan_id == plan_id
    path = _export_from_the_menu(qtbot, window, tmp_path / "klimop.wbplan")
    assert parse(path.read_bytes())["plan"]["title"] == "Jaarplan welbevinden 2026-2027"
    assert "Plan opgeslagen als" in window.statusBar().currentMessage()
    window.close()

    # the office PC knows the school (same BRIN) with last year's plan only
    office = tmp_path / "kantoor"
    office.mkdir()
    db = open_database(office)
    school = schools.create_school(db, "OBS De Klimop", "PO", brin="12AB")
    plans.create_plan(db, school.id, SchoolYear(2025))
    db.close()
    window = make_window(directory=office)
    flow = window.plan_files
    window.action_import_plan.trigger()
    _choose(qtbot, flow.dialog, path)
    qtbot.waitUntil(lambda: flow.question is not None, timeout=20000)
    question = flow.question
    assert question is not None and question.isVisible()
    assert "BRIN-code 12AB: OBS De Klimop" in question.text()
    assert "2026-2027" in question.informativeText()
    with qtbot.waitSignal(flow.imported, timeout=20000) as imported:
        question.button(QMessageBox.StandardButton.Yes).click()
    new_id = imported.args[0]
    assert window.current_plan_id == new_id
    assert "OBS De Klimop — 2026-2027" in window.plan_switcher.currentText()
    db = open_database(office)
    try:
        assert [s.name for s in schools.list_schools(db)] == ["OBS De Klimop"]
        assert [str(p.school_year) for p in plans.list_plans(db)] == ["2026-2027", "2025-2026"]
        again = plan_document(db, new_id)
    finally:
        db.close()
    for part in ("plan", "goals", "activities", "indicators", "members", "partners"):
        assert again[part] == original[part], part


def test_saying_no_to_the_question_imports_nothing(qtbot: QtBot, make_window: WindowFactory,  # noqa: F811
                                                   tmp_path: Path, data_dir: Path) -> None:
    source = tmp_path / "bron"
    source.mkdir()
    db = open_database(source)
    document = plan_document(db, seed_plan(db))
    db.close()
    path = write_document(tmp_path / "plan.wbplan", document)
    db = open_database(data_dir)
    schools.create_school(db, "OBS De Klimop", "PO", brin="12AB")
    db.close()
    window = make_window()
    flow = window.plan_files
    window.import_plan_file()
    _choose(qtbot, flow.dialog, path)
    qtbot.waitUntil(lambda: flow.question is not None, timeout=20000)
    assert flow.question is not None
    with qtbot.waitSignal(flow.refused, timeout=5000):
        flow.question.button(QMessageBox.StandardButton.Cancel).click()
    db = open_database(data_dir)
    assert plans.list_plans(db) == []
    db.close()
    assert window.statusBar().currentMessage() == "Het plan is niet geïmporteerd."


def test_the_welcome_screen_imports_a_plan_and_shows_it(qtbot: QtBot, make_window: WindowFactory,  # noqa: F811
                                                         tmp_path: Path) -> None:
    source = tmp_path / "bron"
    source.mkdir()
    db = open_database(source)
    path = write_document(tmp_path / "plan.wbplan", plan_document(db, seed_plan(db)))
    db.close()
    window = make_window()
    assert window.stack.currentWidget() is window.empty
    assert window.export_plan_file() is None  # nothing to export yet: said in the status bar
    assert "nog geen plan om te exporteren" in window.statusBar().currentMessage()
    flow = window.plan_files
    with qtbot.waitSignal(flow.imported, timeout=20000) as imported:
        window.empty.import_plan.click()
        _choose(qtbot, flow.dialog, path)
    assert window.current_plan_id == imported.args[0]
    assert window.stack.currentWidget() is not window.empty
    assert str(YEAR) in window.plan_switcher.currentText()


def test_a_bad_file_shows_what_and_where_and_stores_nothing(qtbot: QtBot, make_window: WindowFactory,  # noqa: F811
                                                            tmp_path: Path, data_dir: Path) -> None:
    source = tmp_path / "bron"
    source.mkdir()
    db = open_database(source)
    document = plan_document(db, seed_plan(db))
    db.close()
    bad = changed(document, lambda d: d["activities"][0].update(start_month="2026-12", end_month="2026-09"))
    path = write_document(tmp_path / "fout.wbplan", bad)
    window = make_window()
    flow = window.plan_files
    with qtbot.waitSignal(flow.refused, timeout=20000) as refused:
        window.import_plan_file()
        _choose(qtbot, flow.dialog, path)
    message = "Planbestand, activiteit 1, veld 'end_month': De eindmaand ligt vóór de startmaand."
    assert refused.args[0] == message
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert any(box.text() == message for box in boxes)
    for box in boxes:
        box.close()
    db = open_database(data_dir)
    assert plans.list_plans(db) == [] and schools.list_schools(db) == []
    db.close()


def test_a_double_clicked_plan_file_is_imported_into_the_open_window(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, data_dir: Path) -> None:  # noqa: F811
    """The installer associates .wbplan with the app: ``wellbeing-planner plan.wbplan`` offers the import."""
    from wellbeing_planner.cli import _opened_plan_file
    from wellbeing_planner.exchange.export import export_plan

    source = tmp_path / "bron"
    source.mkdir()
    db = open_database(source)
    path = export_plan(db, seed_plan(db), tmp_path / "van de schoolcomputer.wbplan")
    db.close()
    assert _opened_plan_file([str(path)]) == path
    assert _opened_plan_file(["--data-dir", "x.wbplan"]) is None  # a folder that happens to end in .wbplan
    assert _opened_plan_file(["import", str(path)]) is None  # the import command takes it itself

    window = make_window()
    assert window.current_plan_id is None
    window.import_plan_path(path)
    qtbot.waitUntil(lambda: window.current_plan_id is not None, timeout=20000)
    assert plans.get_plan(window.ctx.db, window.current_plan_id).school_name == "OBS De Klimop"  # type: ignore[union-attr]
