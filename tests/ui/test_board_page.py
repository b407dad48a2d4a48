"""The Bestuursoverzicht page: all schools side by side, filters, and a fresh view after someone else's change."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.board.build import build_board
from tests.ui.conftest import WindowFactory
from wellbeing_planner.core import plans
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.ui.pages.board import BoardPage

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "bestuursoverzicht.png"


def test_the_board_page_lists_every_school_filters_and_follows_changes(qtbot: QtBot, make_window: WindowFactory,
                                                                      data_dir: Path) -> None:
    db = open_database(data_dir)
    plan_ids = build_board(db, schools_count=6, years=3)
    db.close()
    window = make_window()
    window.resize(1366, 768)
    window.show_page("bestuur")
    page = window.page("bestuur")
    assert isinstance(page, BoardPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=20000)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers[:6] == ["School", "Type", "Regio", "2024-2025", "2025-2026", "2026-2027"]
    assert "6 scholen, 18 plannen" in page.totals_label.text()
    if os.environ.get("WBP_SCREENSHOTS"):
        page.grab().save(str(SCREENSHOT))

    page.region_combo.setCurrentIndex(page.region_combo.findData("Zwolle"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=20000)  # schools 0 and 4
    page.region_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=20000)

    # the history of a school's latest plan: who did what, newest first
    page.table.selectRow(0)
    dialog = page.show_history()
    assert dialog is not None and dialog.isVisible()
    entries = dialog.entries  # type: ignore[attr-defined]
    assert (entries[-1].table, entries[-1].action) == ("school", "toegevoegd")  # the oldest: the school itself
    assert any((e.table, e.action) == ("plan", "toegevoegd") for e in entries)
    assert dialog.model.rowCount() == len(entries)  # type: ignore[attr-defined]
    dialog.close()

    # another user adopts a plan: the page looks for changes and shows the new status without a click
    other = open_database(data_dir)
    plans.update_plan(other, plan_ids[-1], status="vastgesteld")
    other.close()
    page._check_for_changes()
    qtbot.waitUntil(lambda: any(school.latest and school.latest.plan_id == plan_ids[-1]
                                and school.latest.status == "vastgesteld"
                                for school in (page.overview.schools if page.overview else ())), timeout=20000)


def test_the_shared_database_is_remembered_without_its_password(qtbot: QtBot, make_window: WindowFactory,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from wellbeing_planner.ui.settings import Settings

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    window = make_window()
    window.show_page("bestuur")
    page = window.page("bestuur")
    assert isinstance(page, BoardPage)
    dialog = page.ask_server()
    dialog.setTextValue("postgresql+psycopg://ib_baken:Geheim123@db.bestuur.nl/welbevinden?sslmode=verify-full")
    dialog.accept()
    saved = Settings().database_url()
    assert saved == "postgresql+psycopg://ib_baken@db.bestuur.nl/welbevinden?sslmode=verify-full"
    assert "Geheim123" not in shown[-1] and "niet bewaard" in shown[-1]
    page.save_server("")
    assert Settings().database_url() is None
    page.save_server("mysql://iemand@server/db")  # refused with the Dutch message; nothing remembered
    assert Settings().database_url() is None


@pytest.mark.postgres
def test_a_window_on_the_server_hears_about_other_users_changes_but_not_its_own(qtbot: QtBot, data_dir: Path) -> None:
    from tests import pg
    from wellbeing_planner.core import activities, schools
    from wellbeing_planner.core.schoolyear import SchoolYear
    from wellbeing_planner.storage.db import Database
    from wellbeing_planner.ui.context import AppContext
    from wellbeing_planner.ui.live import LiveRefresh

    with pg.database() as url:
        mine, theirs = Database.open_url(url), Database.open_url(url)
        ctx = AppContext(mine, data_dir, demo=False)
        try:
            school = schools.create_school(mine, "OBS De Linde", "PO")
            plan = plans.create_plan(mine, school.id, SchoolYear(2026))
            heard: list[tuple[str, int]] = []
            ctx.notifier.changed.connect(lambda topic, plan_id: heard.append((topic, plan_id)))
            live = LiveRefresh(ctx, interval_ms=100)
            qtbot.waitUntil(lambda: live.marker is not None, timeout=10000)
            activities.add_activity(mine, plan.id, "Eigen wijziging")  # our own: no notice
            qtbot.wait(400)
            assert heard == []
            activities.add_activity(theirs, plan.id, "Van een collega")
            qtbot.waitUntil(lambda: ("activities", plan.id) in heard, timeout=10000)
            live.timer.stop()
        finally:
            ctx.tasks.shutdown()
            mine.close()
            theirs.close()
