"""In the window: restoring a backup, a damaged file at start-up, and one window per plan file."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import ROOT
from tests.storage.test_storage_safety import checkpointed, make_plan_db, overwrite_a_page
from tests.ui.conftest import WindowFactory
from wellbeing_planner.core import plans
from wellbeing_planner.storage import backups
from wellbeing_planner.ui.backup_dialog import RestoreDialog
from wellbeing_planner.ui.single_instance import SingleInstance, instance_key


def _answer_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RestoreDialog, "confirm", lambda self, path: True)


def test_an_ib_er_puts_back_this_mornings_backup(make_window: WindowFactory, data_dir: Path, qtbot: QtBot,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    make_plan_db(data_dir)
    window = make_window()
    assert window.ctx is not None
    plan_id = window.current_plan_id
    assert plan_id is not None
    original = plans.get_plan(window.ctx.db, plan_id).title
    made = window.make_backup()
    assert made is not None and "gecontroleerd" in window.statusBar().currentMessage()
    plans.update_plan(window.ctx.db, plan_id, title="Per ongeluk overschreven")

    _answer_yes(monkeypatch)
    dialog = window.restore_backup()
    assert dialog.model.rowCount() >= 2  # this morning's daily backup and the one just made
    kinds = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    assert "handmatig" in kinds and "dagelijks" in kinds
    dialog.table.selectRow(kinds.index("handmatig"))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert plans.get_plan(window.ctx.db, plan_id).title == original
    assert "Teruggezet" in window.statusBar().currentMessage()
    saved = backups.list_backups(data_dir / "backups", "planner")
    assert any(b.kind == backups.BEFORE_RESTORE for b in saved)


def test_a_damaged_file_at_start_up_offers_restore_and_rescue_and_is_not_touched(
        make_window: WindowFactory, data_dir: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_plan_db(data_dir)
    good = backups.backup(path, data_dir / "backups", backups.MANUAL)
    checkpointed(path)
    overwrite_a_page(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    window = make_window()
    assert window.ctx is None and window.open_error is not None
    assert window.stack.currentWidget() is window.problem
    assert "beschadigd" in window.problem.text.text()
    assert window.problem.restore.isVisibleTo(window) and window.problem.rescue.isVisibleTo(window)
    assert not window.action_new_plan.isEnabled()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before

    rescued = window.rescue_data()
    assert rescued is not None and backups.check_restorable(rescued).plans == 1
    window.last_rescue_box.done(0)  # "No": keep looking at the choices
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before

    _answer_yes(monkeypatch)
    dialog = window.restore_backup()
    names = [r.path for r in dialog.model.rows]
    dialog.table.selectRow(names.index(good))
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=10000)
    assert window.current_plan_id is not None
    kept = list((data_dir / "backups").glob("planner-beschadigd-*"))
    assert len(kept) == 1
    assert hashlib.sha256((kept[0] / "planner.sqlite3").read_bytes()).hexdigest() == before


def test_a_second_start_brings_the_first_window_forward(qtbot: QtBot, qapp: object, data_dir: Path) -> None:
    key = instance_key(data_dir / "planner.sqlite3")
    first = SingleInstance(key)
    assert first.claim()
    try:
        second = SingleInstance(key)
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            assert not second.claim()
        other_file = SingleInstance(instance_key(data_dir / "demo.sqlite3"))
        assert other_file.claim()  # the demo is a different file: its own window
        other_file.release()
    finally:
        first.release()


@pytest.mark.parametrize("damage", ["page", "table"])
def test_startup_check_on_a_damaged_file_says_so_at_once(data_dir: Path, damage: str) -> None:
    import sqlite3

    path = make_plan_db(data_dir)
    checkpointed(path)
    if damage == "page":
        overwrite_a_page(path)
    else:
        con = sqlite3.connect(path)
        con.execute("DROP TABLE goal")
        con.commit()
        con.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), "--startup-check"],
                            cwd=ROOT, capture_output=True, text=True, timeout=40, env=env, check=False)
    assert result.returncode == 2
    assert ("beschadigd" if damage == "page" else "onvolledig") in result.stderr
    assert "Traceback" not in result.stderr


def test_qt_s_own_buttons_speak_dutch(qapp: object) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from wellbeing_planner.ui.app import install_qt_translation

    install_qt_translation(qapp)  # type: ignore[arg-type]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"
    assert box.button(QDialogButtonBox.StandardButton.Yes).text() .replace("&", "") == "Ja"
