"""What an import does with what is already there: unknown interventions, the same school, the same people."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.exchange.conftest import changed, write_document
from wellbeing_planner.core import plans, schools, werkgroep
from wellbeing_planner.core.catalogue import local_interventions
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.views import load_plan_view
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.exchange.errors import PlanFileError
from wellbeing_planner.exchange.export import plan_document
from wellbeing_planner.exchange.importer import import_plan_file
from wellbeing_planner.storage.models import LocalIntervention


def test_an_intervention_this_catalogue_lacks_is_kept_as_an_own_intervention(
        tmp_path: Path, data_dir: Path, base_document: dict[str, Any]) -> None:
    gone = {"catalogue_id": "verdwenen-programma", "name": "Verdwenen programma"}

    def refer(doc: dict[str, Any]) -> None:
        doc["activities"][0]["intervention"] = gone
        doc["inventory"].append({"name": "Verdwenen programma", "intervention": gone, "since_year": 2019,
                                 "grades": "groep 5-8", "assessment": "Loopt goed", "layers": [], "setting": None,
                                 "partner_id": None})

    path = write_document(tmp_path / "plan.wbplan", changed(base_document, refer))
    db = open_database(data_dir)
    try:
        result = import_plan_file(db, path)
        assert result.kept_as_own == ("Verdwenen programma",)
        own = local_interventions(db)
        assert [entry.name for entry in own] == ["Verdwenen programma"]
        assert "verdwenen-programma" in (own[0].notes or "") and own[0].school_types == ("PO",)
        view = load_plan_view(db, result.plan_id)
        own_id = int(own[0].id.removeprefix("eigen-"))
        assert view.activities[0].local_intervention_id == own_id and view.activities[0].intervention_id is None
        assert view.inventory[0].local_intervention_id == own_id
        again = plan_document(db, result.plan_id)
    finally:
        db.close()
    assert again["activities"][0]["intervention"] == {"own_id": 1}
    assert again["interventions"][0]["name"] == "Verdwenen programma"


def test_own_interventions_are_not_doubled_when_two_plans_bring_the_same_one(tmp_path: Path, data_dir: Path) -> None:
    from wellbeing_planner.core.demo import ensure_demo

    demo_dir = tmp_path / "demo"
    demo_dir.mkdir()
    ensure_demo(demo_dir)
    demo = open_database(demo_dir, demo=True)
    files = [write_document(tmp_path / f"{p.id}.wbplan", plan_document(demo, p.id)) for p in plans.list_plans(demo)]
    demo.close()
    db = open_database(data_dir)
    try:
        for path in files:
            import_plan_file(db, path)
        with db.reading() as session:
            names = sorted(session.scalars(select(LocalIntervention.name)))
    finally:
        db.close()
    assert names == ["Gouden weken in alle groepen"]  # the one the demo plans use, once


def test_the_same_school_keeps_its_profile_and_its_people_are_not_doubled(tmp_path: Path, data_dir: Path,
                                                                          base_document: dict[str, Any]) -> None:
    db = open_database(data_dir)
    school = schools.create_school(db, "KC De Horizon (kantoor)", "PO", brin="34KL", pupils="199")
    werkgroep.add_member(db, school.id, "FATIMA EL AMRANI", "ib")  # the same person, typed differently
    werkgroep.add_member(db, school.id, "Jan de Boer", "directeur")
    plans.create_plan(db, school.id, SchoolYear(2025))
    db.close()
    path = write_document(tmp_path / "plan.wbplan", base_document)
    db = open_database(data_dir)
    try:
        result = import_plan_file(db, path)
        assert result.added_to_existing_school and result.school_id == school.id
        info = schools.get_school(db, school.id)
        assert (info.name, info.pupils) == ("KC De Horizon (kantoor)", 199)
        assert [m.name for m in werkgroep.members(db, school.id)] == ["FATIMA EL AMRANI", "Jan de Boer"]
        assert [p.organisation for p in werkgroep.partners(db, school.id)] == ["JGZ IJsselland"]
        view = load_plan_view(db, result.plan_id)
        assert view.member_name(view.activities[0].owner_id) == "FATIMA EL AMRANI"
    finally:
        db.close()


def test_a_school_with_the_same_brin_but_another_type_is_not_mixed_up(tmp_path: Path, data_dir: Path,
                                                                      base_document: dict[str, Any]) -> None:
    db = open_database(data_dir)
    schools.create_school(db, "VO De Horizon", "VO", brin="34KL")
    db.close()
    path = write_document(tmp_path / "plan.wbplan", base_document)
    db = open_database(data_dir)
    try:
        with pytest.raises(PlanFileError, match="is hier een VO-school, in het bestand een PO-school"):
            import_plan_file(db, path)
        assert plans.list_plans(db) == []
    finally:
        db.close()


def test_a_school_without_brin_always_arrives_as_a_new_school(tmp_path: Path, data_dir: Path,
                                                              base_document: dict[str, Any]) -> None:
    document = changed(base_document, lambda d: d["school"].update(brin=None))
    path = write_document(tmp_path / "plan.wbplan", document)
    db = open_database(data_dir)
    try:
        first = import_plan_file(db, path)
        second = import_plan_file(db, path)
        assert first.school_id != second.school_id
        assert not first.added_to_existing_school and not second.added_to_existing_school
    finally:
        db.close()
