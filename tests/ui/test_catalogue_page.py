"""The catalogue page as an intern begeleider uses it: search, filter, compare, own interventions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from wellbeing_planner.content.catalogue import catalogue
from wellbeing_planner.core import catalogue as cat
from wellbeing_planner.core import plans, schools
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.ui.pages.catalogue import CataloguePage
from wellbeing_planner.ui.widgets.catalogue_dialogs import CompareDialog


def _seed(data_dir: Path) -> int:
    db = open_database(data_dir)
    school = schools.create_school(db, "OBS De Klimop", "PO")
    plan = plans.create_plan(db, school.id, SchoolYear(2026))
    db.close()
    return plan.id


def _page(make_window: WindowFactory) -> CataloguePage:
    window = make_window()
    window.show_page("catalogus")
    page = window.page("catalogus")
    assert isinstance(page, CataloguePage)
    return page


def test_typing_narrows_the_list_and_a_filter_narrows_it_further(qtbot: QtBot, make_window: WindowFactory,
                                                                data_dir: Path) -> None:
    _seed(data_dir)
    page = _page(make_window)
    assert page.f_school_type.currentData() == "PO"  # follows the open plan's school
    before = len(page.visible_ids())
    qtbot.keyClicks(page.search, "pesten")
    after_search = page.visible_ids()
    assert 0 < len(after_search) < before
    assert "kiva" in after_search and "happyles" not in after_search
    page.f_recognition.setCurrentIndex(page.f_recognition.findData("sterke_aanwijzingen"))
    narrowed = page.visible_ids()
    assert set(narrowed) == {"kiva", "kanjertraining"}
    assert page.count.text() == f"2 van {len(catalogue().interventions)} interventies"
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert len(page.visible_ids()) == len(catalogue().interventions)


def test_the_detail_pane_shows_all_facts_and_the_five_year_warning(make_window: WindowFactory,
                                                                   data_dir: Path) -> None:
    _seed(data_dir)
    page = _page(make_window)
    page.show_intervention("leefstijl")
    text = page.detail.toPlainText()
    assert "Leefstijl" in text and "Goed onderbouwd" in text and "2017-06-08" in text
    assert "mogelijk verlopen — controleer de databank" in text
    assert "afgeleid, niet officieel" in text
    # Kanjertraining's recognition dates from 10 December 2015: more than five years ago, so it warns; in 2016 not
    kanjer = catalogue().get("kanjertraining")
    assert page.detail_html(kanjer, today=dt.date(2016, 6, 1)).count("mogelijk verlopen") == 0
    assert page.detail_html(kanjer, today=dt.date(2026, 11, 30)).count("mogelijk verlopen") == 1
    page.show_intervention("kiva")
    text = page.detail.toPlainText()
    # KiVa's decision date is in no primary source: no date is made up, and the pane says why
    assert "mogelijk verlopen" not in text and "niet in een primaire bron" in text
    assert "officieel (Gezonde School)" in text and "kivaschool.nl" in text
    page.copy_sources.click()
    assert "https://www.kivaschool.nl" in QApplication.clipboard().text()


def test_marking_in_use_feeds_the_startfoto_inventory(make_window: WindowFactory, data_dir: Path) -> None:
    plan_id = _seed(data_dir)
    page = _page(make_window)
    page.show_intervention("kanjertraining")
    page.in_use_box.click()
    db = open_database(data_dir)
    assert cat.in_use_ids(db, plan_id) == {"kanjertraining"}
    db.close()
    assert "ja" in [page.model.index(r, 3).data() for r in range(page.model.rowCount())]


def test_comparing_two_entries_shows_them_side_by_side(qtbot: QtBot, make_window: WindowFactory,
                                                       data_dir: Path) -> None:
    _seed(data_dir)
    page = _page(make_window)
    page.clear_filters()
    page.show_intervention("kiva")
    kiva_row = page.table.selectionModel().selectedRows()[0].row()
    page.show_intervention("taakspel")
    page.table.scrollTo(page.proxy.index(kiva_row, 0))
    rect = page.table.visualRect(page.proxy.index(kiva_row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     rect.center())
    assert {e.id for e in page.selected()} == {"kiva", "taakspel"}
    assert page.compare_button.isEnabled()
    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(CompareDialog)
    assert dialog is not None and dialog.isVisible()
    headers = [dialog.model.headerData(i, Qt.Orientation.Horizontal) for i in range(dialog.model.columnCount())]
    assert headers == ["Kenmerk", "KiVa", "Taakspel"] or headers == ["Kenmerk", "Taakspel", "KiVa"]
    rows = {dialog.model.index(r, 0).data(): [dialog.model.index(r, c).data() for c in (1, 2)]
            for r in range(dialog.model.rowCount())}
    assert sorted(rows["Schooltypen"]) == ["PO", "PO, SBO, SO, VO"]


def test_an_own_intervention_added_through_the_form_survives_a_restart(qtbot: QtBot, make_window: WindowFactory,
                                                                      data_dir: Path) -> None:
    _seed(data_dir)
    page = _page(make_window)
    dialog = page.add_own()
    qtbot.keyClicks(dialog.name, "Gouden weken")
    qtbot.keyClicks(dialog.provider, "eigen team")
    dialog.pillars.boxes["omgeving"].setChecked(True)
    assert dialog.school_types.boxes["PO"].isChecked()  # the plan's school type is preselected
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.current is not None and page.current.name == "Gouden weken" and page.current.local
    assert "Eigen interventie" in page.detail.toPlainText()
    page.window().close()

    again = _page(make_window)
    again.f_own.setChecked(True)
    assert [again.model.index(r, 0).data() for r in range(again.model.rowCount())] == ["Gouden weken (eigen)"]


def test_an_own_intervention_without_a_name_is_refused(qtbot: QtBot, make_window: WindowFactory,
                                                       data_dir: Path) -> None:
    _seed(data_dir)
    page = _page(make_window)
    dialog = page.add_own()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "naam" in dialog.error.text()
    db = open_database(data_dir)
    assert cat.local_interventions(db) == []
    db.close()


def test_deleting_an_own_intervention_asks_first(qtbot: QtBot, make_window: WindowFactory, data_dir: Path) -> None:
    _seed(data_dir)
    db = open_database(data_dir)
    own = cat.create_local_intervention(db, cat.LocalInterventionInput(name="Buddy's", school_types=("PO",)))
    db.close()
    page = _page(make_window)
    page.reload()
    page.show_intervention(own.id)
    assert page.delete_button.isVisible() and not page.edit_button.isHidden()
    box = page.delete_own()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: own.id not in page.visible_ids())
    db = open_database(data_dir)
    assert cat.local_interventions(db) == []
    db.close()
