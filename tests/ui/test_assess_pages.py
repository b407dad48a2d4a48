"""The assess pages as a team uses them: keyboard scoring, undo, working group, startfoto, logo."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import plans, scan, schools, startfoto, werkgroep
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.ui.pages.school import SchoolPage
from wellbeing_planner.ui.pages.startfoto import StartfotoPage
from wellbeing_planner.ui.pages.zelfscan import ZelfscanPage


@pytest.fixture
def plan_id(data_dir: Path) -> int:
    db = open_database(data_dir)
    school = schools.create_school(db, "OBS De Klimop", "PO")
    plan = plans.create_plan(db, school.id, SchoolYear(2026))
    db.close()
    return plan.id


def _scores(data_dir: Path, plan_id: int) -> dict[str, scan.ScoreView]:
    db = open_database(data_dir)
    try:
        return scan.scan_scores(db, plan_id)
    finally:
        db.close()


def test_an_ib_er_scores_educatie_by_keyboard_and_sees_the_percentage(
        qtbot: QtBot, make_window: WindowFactory, data_dir: Path, plan_id: int) -> None:
    window = make_window()
    window.show_page("zelfscan")
    page = window.page("zelfscan")
    assert isinstance(page, ZelfscanPage)
    table = page.tables["educatie"]
    table.setFocus()
    table.selectRow(0)
    for key in (Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_1):  # each score moves on to the next criterion
        qtbot.keyClick(table, key)
    qtbot.keyClick(table, Qt.Key.Key_N)  # 4th criterion: niet van toepassing
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_H)  # 5th criterion: priority hoog ...
    qtbot.keyClick(table, Qt.Key.Key_0)  # ... and score 0, the last of the pillar: on to the next pillar
    assert page.active_table() is page.tables["omgeving"]
    assert page.current is not None and page.current.criterion.pillar == "omgeving"

    stored = _scores(data_dir, plan_id)
    assert [stored[f"po-edu-0{i}"].score for i in (1, 2, 3, 5)] == [3, 2, 1, 0]
    assert stored["po-edu-04"].not_applicable and stored["po-edu-04"].score is None
    assert stored["po-edu-05"].priority == "hoog"
    # by hand: (3 + 2 + 1 + 0) / (3 × 4 scored) = 6 / 12 = 50 %; the n.v.t. criterion leaves the maximum
    assert page.pillar_percentage("educatie") == "50%"
    assert page.pillar_percentage("beleid") == "—"  # nothing scored: no score, not 0 %
    assert page.score_details["educatie"].text() == "5 van 5 gescoord"
    criteria = len(framework().criteria_for("PO"))
    assert window.nav_items[2].state.text() == f"5 van {criteria} gescoord"
    focus = [page.focus_model.row_at(r).criterion.id for r in range(page.focus_model.rowCount())]
    assert focus[0] == "po-edu-05"


def test_undo_restores_the_previous_score_in_the_database(qtbot: QtBot, make_window: WindowFactory,
                                                          data_dir: Path, plan_id: int) -> None:
    window = make_window()
    window.show_page("zelfscan")
    page = window.page("zelfscan")
    assert isinstance(page, ZelfscanPage)
    table = page.tables["signaleren"]
    page.tabs.setCurrentWidget(table)
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_2)
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_3)
    assert _scores(data_dir, plan_id)["po-sig-01"].score == 3
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    window.undo_action.trigger()
    assert _scores(data_dir, plan_id)["po-sig-01"].score == 2
    assert page.pillar_percentage("signaleren") == "67%"
    window.redo_action.trigger()
    assert _scores(data_dir, plan_id)["po-sig-01"].score == 3


def test_working_group_members_are_added_edited_and_deleted_after_confirmation(
        qtbot: QtBot, make_window: WindowFactory, data_dir: Path, plan_id: int) -> None:
    window = make_window()
    page = window.page("school")
    assert isinstance(page, SchoolPage)
    table = page.members
    table.add_button.click()
    name = table.editors["name"]
    name.setText("Fatima el Amrani")  # type: ignore[attr-defined]
    name.editingFinished.emit()  # type: ignore[attr-defined]
    role = table.editors["role"]
    role.setCurrentIndex(role.findData("anti_pestcoordinator"))  # type: ignore[attr-defined]
    email = table.editors["email"]
    email.setText("geen-adres")  # type: ignore[attr-defined]
    email.editingFinished.emit()  # type: ignore[attr-defined]
    assert "geen geldig e-mailadres" in table.error.text()
    db = open_database(data_dir)
    school_id = plans.get_plan(db, plan_id).school_id
    [member] = werkgroep.members(db, school_id)
    assert (member.name, member.role, member.email) == ("Fatima el Amrani", "anti_pestcoordinator", None)
    db.close()

    table.table.setFocus()
    qtbot.keyClick(table.table, Qt.Key.Key_Delete)
    box = table.confirmation
    assert box.isVisible() and "Fatima el Amrani" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    db = open_database(data_dir)
    assert werkgroep.members(db, school_id) == []
    db.close()
    window.undo_action.trigger()  # undo the delete: the same member is back
    db = open_database(data_dir)
    assert [m.name for m in werkgroep.members(db, school_id)] == ["Fatima el Amrani"]
    db.close()


def test_startfoto_indicator_from_the_list_with_validation(make_window: WindowFactory, data_dir: Path,
                                                           plan_id: int) -> None:
    window = make_window()
    page = window.page("startfoto")
    assert isinstance(page, StartfotoPage)
    page.template.setCurrentIndex(page.template.findData("veilig_voelen"))
    page.add_template.click()
    value = page.indicators.editors["value"]
    value.setText("120")  # type: ignore[attr-defined]
    value.editingFinished.emit()  # type: ignore[attr-defined]
    assert "tussen 0 en 100" in page.indicators.error.text()
    value.setText("87,5")  # type: ignore[attr-defined]
    value.editingFinished.emit()  # type: ignore[attr-defined]
    db = open_database(data_dir)
    [row] = startfoto.indicators(db, plan_id)
    db.close()
    assert (row.name, row.value, row.unit) == ("Leerlingen die zich veilig voelen op school", Decimal("87.50"), "%")
    assert page.indicators.model.index(0, 1).data() == "87,5 %"


def test_a_logo_is_scaled_stored_and_shown(make_window: WindowFactory, data_dir: Path, plan_id: int,
                                           tmp_path: Path) -> None:
    image = QImage(1200, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6f73"))
    path = tmp_path / "logo.png"
    image.save(str(path))
    window = make_window()
    page = window.page("school")
    assert isinstance(page, SchoolPage)
    assert page.load_logo_file(str(path))
    db = open_database(data_dir)
    logo = schools.get_school_logo(db, plans.get_plan(db, plan_id).school_id)
    db.close()
    assert logo is not None
    stored = QImage.fromData(logo[0])
    assert (stored.width(), stored.height()) == (400, 200)
    assert window.logo.isVisible()
    (tmp_path / "kapot.png").write_bytes(b"geen plaatje")
    assert not page.load_logo_file(str(tmp_path / "kapot.png"))


def test_an_intervention_from_the_catalogue_is_put_in_use_from_the_startfoto(
        make_window: WindowFactory, data_dir: Path, plan_id: int) -> None:
    window = make_window()
    page = window.page("startfoto")
    assert isinstance(page, StartfotoPage)
    page.catalogue_pick.setCurrentIndex(page.catalogue_pick.findData("kiva"))
    page.add_from_catalogue.click()
    db = open_database(data_dir)
    [item] = startfoto.inventory(db, plan_id)
    db.close()
    assert (item.name, item.intervention_id) == ("KiVa", "kiva")
    assert [page.inventory.model.index(r, 1).data() for r in range(page.inventory.model.rowCount())] == ["catalogus"]
    assert page.catalogue_pick.findData("happyles") == -1  # VO/MBO only: not offered to a PO school
