"""Searching and filtering the catalogue, own interventions, 'in gebruik' — without Qt."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from wellbeing_planner.cli import run
from wellbeing_planner.content.catalogue import catalogue
from wellbeing_planner.core import catalogue as cat
from wellbeing_planner.core import plans, schools
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.errors import ValidationError
from wellbeing_planner.storage.db import Database

ALL = catalogue().interventions


def ids(flt: cat.CatalogueFilter) -> list[str]:
    return [e.id for e in cat.search(ALL, flt)]


def test_text_search_covers_name_provider_description_and_themes_without_accents() -> None:
    assert "kiva" in ids(cat.CatalogueFilter(text="kiva"))
    assert "kanjertraining" in ids(cat.CatalogueFilter(text="almere"))  # provider
    assert "kies" in ids(cat.CatalogueFilter(text="gescheiden"))  # description
    assert set(ids(cat.CatalogueFilter(text="scheiding"))) >= {"kies"}  # theme label
    assert ids(cat.CatalogueFilter(text="KANJER")) == ids(cat.CatalogueFilter(text="kanjer"))
    assert "teamup" in ids(cat.CatalogueFilter(text="gevlucht"))
    assert ids(cat.CatalogueFilter(text="xyzzy")) == []


def test_each_filter_narrows() -> None:
    everything = ids(cat.CatalogueFilter())
    assert len(everything) == len(ALL)
    po = ids(cat.CatalogueFilter(school_type="PO"))
    assert "kiva" in po and "happyles" not in po
    group3 = ids(cat.CatalogueFilter(school_type="PO", grade=3))
    assert "kiva" not in group3 and "kanjertraining" in group3  # KiVa: groep 5-8
    assert set(ids(cat.CatalogueFilter(pillar="signaleren"))) >= {"zien", "scol", "kanvas", "viseon-cito"}
    assert "kiva" in ids(cat.CatalogueFilter(theme="anti-pesten"))
    assert "kies" in ids(cat.CatalogueFilter(prevention_layer="selectief"))
    assert "kies" not in ids(cat.CatalogueFilter(prevention_layer="universeel"))
    strong = ids(cat.CatalogueFilter(recognition="goede_aanwijzingen"))
    assert {"kiva", "kanjertraining", "taakspel"} <= set(strong) and "leefstijl" not in strong
    assert set(ids(cat.CatalogueFilter(gezonde_school="ja"))) >= {"vreedzame-school", "kiva", "taakspel", "prima"}
    assert set(ids(cat.CatalogueFilter(kind="signaleringsinstrument"))) == {"zien", "kanvas", "scol", "viseon-cito",
                                                                             "eigenwijzr"}
    assert ids(cat.CatalogueFilter(school_type="PO", pillar="omgeving", theme="anti-pesten",
                                   recognition="sterke_aanwijzingen")) == ["kanjertraining", "kiva"]
    assert "teamup" in ids(cat.CatalogueFilter(scope="groep"))


def test_compare_rows_show_facts_side_by_side_with_the_five_year_warning() -> None:
    rows = dict(cat.compare_rows([catalogue().get("kiva"), catalogue().get("leefstijl")],  # type: ignore[list-item]
                                 today=dt.date(2026, 11, 24)))
    assert rows["Schooltypen"] == ["PO", "PO, SBO, SO, VO"]
    assert "mogelijk verlopen" not in rows["Erkenning"][0]
    assert "mogelijk verlopen — controleer de databank" in rows["Erkenning"][1]
    assert rows["Kosten"][1] == "onbekend"
    assert "officieel" in rows["Pijlers"][0] and "afgeleid" in rows["Pijlers"][1]


def test_own_interventions_are_validated_stored_and_merged(db: Database) -> None:
    with pytest.raises(ValidationError, match="naam"):
        cat.create_local_intervention(db, cat.LocalInterventionInput(name=" ", school_types=("PO",)))
    with pytest.raises(ValidationError, match="schooltype"):
        cat.create_local_intervention(db, cat.LocalInterventionInput(name="Gouden weken"))
    own = cat.create_local_intervention(db, cat.LocalInterventionInput(
        name="Gouden weken", school_types=("PO",), pillars=("omgeving",), themes=("klassenklimaat",),
        grade_min=1, grade_max=8, scope=("schoolbreed",)))
    assert own.local and own.id.startswith("eigen-")
    merged = cat.all_interventions(db)
    assert len(merged) == len(ALL) + 1 and merged[-1].name == "Gouden weken"
    assert cat.search(merged, cat.CatalogueFilter(own_only=True)) == [own]
    updated = cat.update_local_intervention(db, own.id, cat.local_input_of(own).__class__(
        name="Gouden en zilveren weken", school_types=("PO",)))
    assert updated.name == "Gouden en zilveren weken"
    cat.delete_local_intervention(db, own.id)
    assert cat.local_interventions(db) == []


def test_marking_in_use_feeds_the_inventory_once(db: Database) -> None:
    school = schools.create_school(db, "OBS Het Anker", "PO")
    plan = plans.create_plan(db, school.id, SchoolYear(2026))
    assert cat.mark_in_use(db, plan.id, "kiva") is True
    assert cat.mark_in_use(db, plan.id, "kiva") is False
    assert cat.in_use_ids(db, plan.id) == {"kiva"}
    with db.reading() as session:
        from wellbeing_planner.storage.models import InventoryItem

        rows = session.query(InventoryItem).all()
        assert [(r.name, r.intervention_id) for r in rows] == [("KiVa", "kiva")]
    cat.unmark_in_use(db, plan.id, "kiva")
    assert cat.in_use_ids(db, plan.id) == set()


def test_catalogue_command_lists_bundled_and_own_entries(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(data_dir)
    cat.create_local_intervention(db, cat.LocalInterventionInput(name="Buddy's groep 8 en 4", school_types=("PO",)))
    db.close()
    assert run(["--data-dir", str(data_dir), "catalogue", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    bundled = [r for r in rows if not r["local"]]
    assert len(bundled) >= 45
    for row in rows:
        assert {"id", "name", "provider", "school_types", "pillars", "recognition", "sources"} <= row.keys()
    assert all(row["sources"] and row["recognition"]["label"] for row in bundled)
    by_id = {r["id"]: r for r in rows}
    assert by_id["kanjertraining"]["recognition"]["label"] == "Effectief volgens sterke aanwijzingen"
    assert by_id["kiva"]["recognition"]["level"] == "sterke_aanwijzingen"
    assert by_id["vreedzame-school"]["recognition"]["level"] == "eerste_aanwijzingen"
    assert by_id["taakspel"]["recognition"]["level"] == "goede_aanwijzingen"
    assert by_id["leefstijl"]["recognition"]["level"] == "goed_onderbouwd"
    assert by_id["rots-en-water"]["recognition"]["label"] == "Niet erkend"
    assert [r["name"] for r in rows if r["local"]] == ["Buddy's groep 8 en 4"]
    assert run(["--data-dir", str(data_dir), "catalogue"]) == 0
    assert "Buddy's groep 8 en 4 (eigen)" in capsys.readouterr().out
