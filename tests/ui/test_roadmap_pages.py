"""The meerjarenplan, the Preventiematrix and 'wie doet wat' as a keten's projectleider uses them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.core.test_roadmap import GOALS, build_keten
from tests.ui.conftest import WindowFactory
from wellbeing_planner.core import goals, plans, roadmap, schools
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.workspace import open_database


def _keten_window(make_window: WindowFactory, data_dir: Path) -> tuple[object, dict[str, int]]:
    db = open_database(data_dir)
    try:
        ids = build_keten(db)
    finally:
        db.close()
    window = make_window()
    window.reload_plans(prefer=ids["plan"])  # type: ignore[attr-defined]
    return window, ids


def test_the_roadmap_view_shows_goals_by_year_and_takes_a_goal_into_the_plan(
        qtbot: QtBot, make_window: WindowFactory, data_dir: Path) -> None:
    window, ids = _keten_window(make_window, data_dir)
    window.show_page("meerjarenplan")  # type: ignore[attr-defined]
    page = window.page("meerjarenplan")  # type: ignore[attr-defined]
    assert page.body.isVisibleTo(window) and not page.none_card.isVisibleTo(window)
    model = page.overview_model
    assert model.rowCount() == 6 and model.columnCount() == 6  # goal + five school years
    assert model.headerData(1, Qt.Orientation.Horizontal) == "2022-2023"
    cell = model.index(1, 2).data()  # goal 2, 2023-2024: its target, and it is in that year's plan
    assert cell.startswith("Stap 1 van doel 2") and "loopt" in cell
    assert "niet in dit jaarplan" in model.index(0, 2).data()
    assert page.texts["basic_skills"].toPlainText().splitlines()[0] == "Emoties herkennen"

    table = page.goals_table
    table.select(next(g.id for g in page.roadmap.goals if g.title == GOALS[0]))
    qtbot.mouseClick(page.take_button, Qt.MouseButton.LeftButton)
    db = open_database(data_dir)
    try:
        taken = [g for g in goals.goals(db, ids["plan"]) if g.title == GOALS[0]]
    finally:
        db.close()
    assert len(taken) == 1 and taken[0].target == "Stap 1 van doel 1"
    assert "loopt" in model.index(0, 2).data()  # the overview follows

    editor = table.editors["target:2025"]  # a target typed in the form lands on its school year
    editor.setText("Halverwege")
    editor.editingFinished.emit()
    db = open_database(data_dir)
    try:
        first = next(g for g in roadmap.get_roadmap(db, ids["roadmap"]).goals if g.title == GOALS[0])
        assert first.target_for(2025) == "Halverwege"
    finally:
        db.close()


def test_a_plan_without_a_roadmap_gets_one_with_a_click(qtbot: QtBot, make_window: WindowFactory,
                                                         data_dir: Path) -> None:
    db = open_database(data_dir)
    school = schools.create_school(db, "OBS De Start", "PO")
    plan = plans.create_plan(db, school.id, SchoolYear(2026))
    db.close()
    window = make_window()
    window.show_page("meerjarenplan")
    page = window.page("meerjarenplan")
    assert page.none_card.isVisibleTo(window)
    page.new_years.setValue(3)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.roadmap is not None and (page.roadmap.first_year, page.roadmap.last_year) == (2026, 2028)
    db = open_database(data_dir)
    try:
        assert roadmap.roadmap_of_plan(db, plan.id) is not None
    finally:
        db.close()
    assert window.nav_items[8].state.text() == "2026-2027 t/m 2028-2029"


def test_the_matrix_shows_gaps_and_double_offer_and_the_pyramid_has_a_text(
        qtbot: QtBot, make_window: WindowFactory, data_dir: Path) -> None:
    window, _ids = _keten_window(make_window, data_dir)
    window.show_page("preventie")  # type: ignore[attr-defined]
    page = window.page("preventie")  # type: ignore[attr-defined]
    model = page.matrix_model
    rows = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert rows == ["Onderwijs", "Kinderopvang", "Gemeentelijke voorzieningen en jeugdhulp",
                    "Ouders en informele zorg"]
    assert model.index(1, 0).data() == "Kanjertraining in de BSO"
    assert model.index(3, 0).data() == "— leeg —"
    assert "dubbel aanbod" in model.index(0, 0).data()
    page.rows_choice.setCurrentIndex(1)  # per pijler
    assert model.headerData(0, Qt.Orientation.Vertical) == "Educatie"
    assert page.pyramid.accessibleDescription() and page.pyramid_text.text()
    assert "Universeel 120 uur" in page.layer_totals.text()


def test_who_does_what_shows_every_party_and_saves_roles(qtbot: QtBot, make_window: WindowFactory,
                                                         data_dir: Path) -> None:
    window, ids = _keten_window(make_window, data_dir)
    window.show_page("school")  # type: ignore[attr-defined]
    card = window.page("school").roles  # type: ignore[attr-defined]
    assert card.kind.currentData() == "keten" and card.members_box.isVisibleTo(window)
    assert card.member_list.count() == 2
    model = card.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:2] == ["Wie", "Functie of soort"] and "Projectleider" in headers and "Signaleringsteam" in headers
    row = next(r for r, p in enumerate(model.parties) if p.name == "Wijkteam Eemdal")
    card.table.selectRow(row)
    assert card.checks["uitvoerder"].isChecked() and card.own_roles.text() == "Signaleringsteam"
    card.checks["verbinder"].setChecked(True)
    card.own_roles.setText("Signaleringsteam, Ouderpunt")
    qtbot.mouseClick(card.save, Qt.MouseButton.LeftButton)
    db = open_database(data_dir)
    try:
        wijkteam = next(p for p in roadmap.who_does_what(db, ids["keten"]) if p.name == "Wijkteam Eemdal")
    finally:
        db.close()
    assert wijkteam.roles == ("verbinder", "uitvoerder", "Signaleringsteam", "Ouderpunt")
    window.undo_action.trigger()  # type: ignore[attr-defined]
    db = open_database(data_dir)
    try:
        wijkteam = next(p for p in roadmap.who_does_what(db, ids["keten"]) if p.name == "Wijkteam Eemdal")
    finally:
        db.close()
    assert wijkteam.roles == ("uitvoerder", "Signaleringsteam")
