"""One table of bad values, three doors: the operations the GUI calls (and a real page), the command line, and
the plan-file importer.  Every door refuses the value with the very same Dutch sentence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.exchange.conftest import changed, fingerprint, write_document
from tests.ui.conftest import WindowFactory, make_window  # noqa: F401  (the fixture is used below)
from wellbeing_planner.cli import run
from wellbeing_planner.core import activities, plans, schools
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.errors import ValidationError
from wellbeing_planner.exchange.errors import PlanFileError
from wellbeing_planner.exchange.importer import import_plan_file
from wellbeing_planner.ui.pages.activities import ActivitiesPage

# (what, values set together, the one message every door shows, can a user type it in the page?)
CASES: list[tuple[str, dict[str, Any], str, bool]] = [
    ("activity", {"budget": "12,345"}, "'12,345' heeft meer dan twee cijfers achter de komma; rond het zelf af.",
     True),
    ("activity", {"budget": "1e5"}, "'1e5': schrijf het getal voluit, zonder e-notatie.", True),
    ("activity", {"budget": "-5"}, "Een bedrag kan niet negatief zijn.", True),
    ("activity", {"budget": "10.000.000,01"}, "Een bedrag is hoogstens € 10.000.000.", True),
    ("activity", {"budget": "heel veel"}, "'heel veel' is geen bedrag; schrijf bijvoorbeeld 1.234,50.", True),
    ("activity", {"hours": "-3"}, "Het aantal uren ligt tussen 0 en 10.000.", True),
    ("activity", {"hours": "2,555"}, "'2,555' heeft meer dan twee cijfers achter de komma; rond het zelf af.",
     True),
    ("activity", {"title": "T" * 301}, "De titel van de activiteit is te lang (hoogstens 300 tekens).", True),
    ("activity", {"title": "   "}, "De titel van de activiteit is verplicht.", True),
    ("activity", {"title": "Plein\x00wacht"},
     "De titel van de activiteit bevat een onzichtbaar stuurteken (U+0000); haal het weg.", True),
    ("activity", {"description": "d" * 20001}, "De beschrijving is te lang (hoogstens 20.000 tekens).", True),
    ("activity", {"reflection": "Goed gegaan\x1b[31m"},
     "De reflectie bevat een onzichtbaar stuurteken (U+001B); haal het weg.", False),
    ("activity", {"description": "Eerst\x07 dan"},
     "De beschrijving bevat een onzichtbaar stuurteken (U+0007); haal het weg.", True),
    ("activity", {"start_month": "2026-12", "end_month": "2026-09"}, "De eindmaand ligt vóór de startmaand.", True),
    ("activity", {"start_month": "2028-01"},
     "Kies een maand binnen het schooljaar (augustus 2026 t/m juli 2027).", False),
    ("school", {"brin": "１２ＡＢ"}, "De BRIN-code bestaat uit 2 cijfers en 2 letters, bijvoorbeeld 12AB.", True),
    ("school", {"brin": "١٢AB"}, "De BRIN-code bestaat uit 2 cijfers en 2 letters, bijvoorbeeld 12AB.", True),
    ("school", {"pupils": "-1"}, "Het aantal leerlingen moet tussen 0 en 20000 liggen.", True),
    ("school", {"gemeente": "Z" * 121}, "De gemeente is te lang (hoogstens 120 tekens).", True),
]
IDS = [f"{what}-{'-'.join(values)}-{n}" for n, (what, values, _m, _g) in enumerate(CASES)]


def _file_value(name: str, value: str) -> Any:
    return int(value) if name == "pupils" else value


@pytest.mark.parametrize(("what", "values", "message", "_gui"), CASES, ids=IDS)
def test_core_command_line_and_importer_give_the_same_message(
        what: str, values: dict[str, Any], message: str, _gui: bool, data_dir: Path, seeded: int,
        base_document: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # door 1: the operation the GUI pages call
    db = open_database(data_dir)
    try:
        with pytest.raises(ValidationError) as caught:
            if what == "activity":
                activities.update_activity(db, activities.activities(db, seeded)[0].id, **values)
            else:
                schools.update_school(db, plans.get_plan(db, seeded).school_id, **values)
        assert caught.value.message == message
    finally:
        db.close()

    # the same values in a plan file
    def change(doc: dict[str, Any]) -> None:
        target = doc["activities"][0] if what == "activity" else doc["school"]
        target.update({name: _file_value(name, value) for name, value in values.items()})

    path = write_document(tmp_path / "plan.wbplan", changed(base_document, change))

    # door 2: the command line
    before = fingerprint(data_dir)
    assert run(["--data-dir", str(data_dir), "import", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.endswith(f": {message}"), err
    assert ("activiteit 1" if what == "activity" else "school") in err
    assert fingerprint(data_dir) == before

    # door 3: the importer itself (as the GUI's Bestand → Plan importeren uses it)
    db = open_database(data_dir)
    try:
        with pytest.raises(PlanFileError) as refused:
            import_plan_file(db, path)
    finally:
        db.close()
    assert refused.value.reason == message


def test_the_activities_and_school_pages_show_the_same_sentences(qtbot: QtBot, make_window: WindowFactory,  # noqa: F811
                                                                 data_dir: Path, seeded: int) -> None:
    window = make_window()
    page = window.page("activiteiten")
    assert isinstance(page, ActivitiesPage)
    window.show_page("activiteiten")
    table = page.activities
    db = open_database(data_dir)
    activity_id = activities.activities(db, seeded)[0].id
    db.close()
    form = window.page("school").profile  # type: ignore[attr-defined]
    shown = 0
    for what, values, message, gui in CASES:
        if not gui:
            continue
        for name, value in values.items():
            if what == "school":
                editor = form.brin if name == "brin" else getattr(form, name)
                editor.setText(value)
                editor.editingFinished.emit()
                continue
            assert table.select(activity_id)
            editor = table.editors[name]
            if isinstance(editor, QComboBox):
                index = editor.findData(f"{value}-01")
                assert index >= 0, value
                editor.setCurrentIndex(index)
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value)
                editor.focus_lost.emit()  # type: ignore[attr-defined]
            else:
                assert isinstance(editor, QLineEdit)
                editor.setText(value)
                editor.editingFinished.emit()
        label = form.errors[next(iter(values))] if what == "school" else table.error
        assert label.text() == message, (values, label.text())
        shown += 1
    assert shown == sum(1 for case in CASES if case[3])
    db = open_database(data_dir)
    try:  # nothing bad was stored on the way
        stored = activities.activities(db, seeded)[0]
        assert (stored.title, stored.budget, stored.hours) == ("Activiteit 1", activities.Decimal("1234.50"),
                                                               activities.Decimal("12.50"))
        assert schools.get_school(db, plans.get_plan(db, seeded).school_id).brin == "12AB"
    finally:
        db.close()
