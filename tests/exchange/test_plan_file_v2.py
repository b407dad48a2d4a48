"""Format version 2: the meerjarenplan, roles, adoption, team rounds, layers and settings move with the plan;
version-1 files still import; bad version-2 values are refused with a message that says what and where."""

from __future__ import annotations

import copy
import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tests.exchange.conftest import changed, fingerprint, seed_plan, without_ids, write_document
from tests.exchange.test_bad_files import Maker, _json, _set
from tests.exchange.test_random_json import _import_or_refuse, _paths, json_values
from wellbeing_planner.cli import run
from wellbeing_planner.core import plans, roadmap, schools, werkgroep
from wellbeing_planner.core.demo import ensure_demo
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.views import load_plan_view
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.errors import ValidationError
from wellbeing_planner.exchange import reading
from wellbeing_planner.exchange.errors import PlanFileError
from wellbeing_planner.exchange.export import export_plan, plan_document
from wellbeing_planner.exchange.importer import import_plan_file
from wellbeing_planner.storage.models import Roadmap, RoadmapGoal, WorkStep

Doc = dict[str, Any]
FIXTURES = Path(__file__).parent / "fixtures"
#: Keys version 2 added, per part of the file (used to compare a version-1 file with its version-2 export).
V2_KEYS = {"school": ("kind",), "plan": ("director_name", "director_signed_on", "mr_name", "mr_signed_on"),
           "inventory": ("layers", "setting", "partner_id"), "scan": ("team_counts",),
           "goals": ("layers", "roadmap_goal_id"), "activities": ("layers", "setting")}


def _as_v1(document: Doc) -> Doc:
    """A version-2 document with everything version 2 added left out (and the stamps of the exporting app)."""
    result = copy.deepcopy(document)
    for name in ("exported_at", "app_version", "catalogue_version", "format_version", "roadmap", "roles"):
        result.pop(name, None)
    for part, keys in V2_KEYS.items():
        rows = [result[part]] if isinstance(result[part], dict) else result[part]
        if part == "goals":
            rows = [*rows, *(sub for top in rows for sub in top["sub_goals"])]
        for row in rows:
            for key in keys:
                row.pop(key, None)
    return result


# --- moving plans ---------------------------------------------------------------------------------------


def test_every_demo_plan_moves_with_its_meerjarenplan_and_roles(tmp_path: Path) -> None:
    here, there = tmp_path / "school-pc", tmp_path / "kantoor-pc"
    ensure_demo(here)
    demo = open_database(here, demo=True)
    all_plans = sorted(plans.list_plans(demo), key=lambda p: (p.school_name, p.school_year.start_year))
    assert len(all_plans) == 7  # De Vlinderboom 2025 and 2026, the keten 2022 t/m 2026
    originals = {p.id: plan_document(demo, p.id) for p in all_plans}
    files: dict[int, Path] = {}
    times: dict[int, float] = {}
    for info in all_plans:
        started = time.perf_counter()
        files[info.id] = export_plan(demo, info.id, tmp_path / f"plan-{info.id}.wbplan")
        times[info.id] = time.perf_counter() - started
    vlinderboom = next(p for p in all_plans if p.school_name == "Basisschool De Vlinderboom")
    source_roles = roadmap.who_does_what(demo, vlinderboom.school_id)
    source_overview = roadmap.overview(demo, load_plan_view(demo, vlinderboom.id).roadmap.id)  # type: ignore[union-attr]
    demo.close()

    there.mkdir()
    db = open_database(there)
    try:
        moved: dict[int, int] = {}
        results = {}
        for info in all_plans:
            started = time.perf_counter()
            results[info.id] = import_plan_file(db, files[info.id])
            seconds = time.perf_counter() - started
            moved[info.id] = results[info.id].plan_id
            if info.kind == "keten":
                print(f"keten {info.school_year}: {files[info.id].stat().st_size / 1024:.0f} KB, "
                      f"export {times[info.id]:.2f} s, import {seconds:.2f} s")
                assert times[info.id] < 10 and seconds < 10
        for old_id, new_id in moved.items():
            assert without_ids(plan_document(db, new_id)) == without_ids(originals[old_id]), old_id

        # De Vlinderboom's two plans share one meerjarenplan again: made by the first, reused by the second
        ours = [p for p in all_plans if p.school_name == "Basisschool De Vlinderboom"]
        assert [results[p.id].roadmap_reused for p in ours] == [False, True]
        assert len({results[p.id].roadmap_id for p in ours}) == 1
        road_id = results[ours[0].id].roadmap_id
        assert road_id is not None
        with db.reading() as session:
            assert session.scalar(select(func.count()).select_from(Roadmap)
                                  .where(Roadmap.id == road_id)) == 1
            goal_ids = set(session.scalars(select(RoadmapGoal.id).where(RoadmapGoal.roadmap_id == road_id)))
            assert len(goal_ids) == 7
            assert session.scalar(select(func.count()).select_from(WorkStep)
                                  .where(WorkStep.roadmap_id == road_id)) == 3
        view = load_plan_view(db, moved[ours[-1].id])
        linked = [g.roadmap_goal_id for g in view.goals if g.roadmap_goal_id is not None]
        assert len(linked) == 8 and set(linked) <= goal_ids  # the goals point at the imported long-term goals
        assert view.roadmap is not None and view.roadmap.id == road_id
        assert view.pyramid is not None  # the pyramid over the roadmap's years is computed again
        target_school = results[ours[0].id].school_id
        assert [(p.name, p.kind, p.roles) for p in roadmap.who_does_what(db, target_school)] == \
            [(p.name, p.kind, p.roles) for p in source_roles]
        assert [(r.title, [(c.target, c.plan_id is not None, c.goal_id is not None) for c in r.cells])
                for r in roadmap.overview(db, road_id)] == \
            [(r.title, [(c.target, c.plan_id is not None, c.goal_id is not None) for c in r.cells])
             for r in source_overview]

        # the keten (no BRIN code, so each file arrives as an organisation of its own) keeps its kind
        keten = [p for p in all_plans if p.kind == "keten"]
        assert {schools.get_school(db, results[p.id].school_id).kind for p in keten} == {"keten"}
        assert all(results[p.id].roadmap_id is not None for p in keten)
    finally:
        db.close()


def test_everything_version_2_adds_comes_back(tmp_path: Path, rich_document: Doc) -> None:
    assert rich_document["format_version"] == 2
    path = write_document(tmp_path / "rijk.wbplan", rich_document)
    target = tmp_path / "doel"
    target.mkdir()
    db = open_database(target)
    try:
        result = import_plan_file(db, path)
        assert without_ids(plan_document(db, result.plan_id)) == without_ids(rich_document)
        view = load_plan_view(db, result.plan_id)
        assert (view.director_name, view.director_signed_on, view.mr_signed_on) == (
            "Jan de Boer", dt.date(2026, 10, 1), dt.date(2026, 10, 3))
        assert [s.team_counts for s in view.scores] == [(0, 2, 5, 1)]
        partner = view.partners[0]
        assert view.inventory[0].partner_id == partner.id and view.inventory[0].setting == "gemeente_jeugdhulp"
        assert view.activities[0].layers == ("universeel", "zorg")
        assert view.activities[-1].end_month == dt.date(2027, 10, 1)  # runs on into the roadmap's next year
        assert view.roadmap is not None and view.roadmap.basic_skills == ("Emoties herkennen", "Hulp vragen")
        assert view.roadmap.goals[0].targets == ((2025, "80% voelt zich veilig"), (2026, "85%"), (2027, "90%"))
        linked = next(g for g in view.goals if g.roadmap_goal_id is not None)
        assert linked.roadmap_goal_id == view.roadmap.goals[0].id and linked.prevention_layer == "universeel"
        parties = {p.name: p.roles for p in roadmap.who_does_what(db, result.school_id)}
        assert parties == {"Fatima el Amrani": ("regisseur", "Aandachtsfunctionaris"),
                           "JGZ IJsselland": ("uitvoerder",)}
    finally:
        db.close()


def test_a_keten_plan_is_timed_through_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    here, there = tmp_path / "a", tmp_path / "b"
    ensure_demo(here)
    demo = open_database(here, demo=True)
    keten = max((p for p in plans.list_plans(demo) if p.kind == "keten"), key=lambda p: p.school_year.start_year)
    demo.close()
    path = tmp_path / "keten.wbplan"
    started = time.perf_counter()
    assert run(["--data-dir", str(here), "--demo", "export", str(keten.id), "--plan-file", str(path)]) == 0
    export_seconds = time.perf_counter() - started
    started = time.perf_counter()
    assert run(["--data-dir", str(there), "import", str(path)]) == 0
    import_seconds = time.perf_counter() - started
    capsys.readouterr()
    print(f"keten {keten.school_year} via the command line (in process): export {export_seconds:.2f} s, "
          f"import {import_seconds:.2f} s, {path.stat().st_size / 1024:.0f} KB")
    assert export_seconds < 10 and import_seconds < 10


# --- the same school, its meerjarenplan and its people -----------------------------------------------------


def test_the_same_school_reuses_its_meerjarenplan_and_its_people(tmp_path: Path, data_dir: Path,
                                                                 rich_document: Doc) -> None:
    db = open_database(data_dir)
    school = schools.create_school(db, "KC De Horizon (kantoor)", "PO", brin="34KL")
    fatima = werkgroep.add_member(db, school.id, "FATIMA EL AMRANI", "ib")
    roadmap.set_roles(db, school.id, ["verbinder"], member_id=fatima)
    plans.create_plan(db, school.id, SchoolYear(2025))
    road = roadmap.create_roadmap(db, school.id, 2025, 2028, "Meerjarenplan welbevinden 2025 t/m 2028",
                                  ambition="Onze eigen ambitie")
    safe = roadmap.add_roadmap_goal(db, road, "iedereen voelt zich veilig op het plein",
                                    targets={2025: "75% (eigen streefwaarde)"})
    roadmap.add_step(db, road, "Inbreng ophalen bij ouders", date="2025-10-01")
    other = roadmap.create_roadmap(db, school.id, 2025, 2026, "Een ander meerjarenplan")
    db.close()

    path = write_document(tmp_path / "plan.wbplan", rich_document)
    db = open_database(data_dir)
    try:
        result = import_plan_file(db, path)
        assert result.added_to_existing_school and result.roadmap_reused and result.roadmap_id == road
        assert result.roadmap_id != other
        mine = roadmap.get_roadmap(db, road)
        assert mine.ambition == "Onze eigen ambitie"  # the school's own texts stay
        assert [g.title for g in mine.goals] == ["iedereen voelt zich veilig op het plein", "Ouders doen mee"]
        assert mine.goals[0].targets == ((2025, "75% (eigen streefwaarde)"), (2026, "85%"), (2027, "90%"))
        assert [s.title for s in mine.steps] == ["Inbreng ophalen bij ouders"]  # not doubled
        assert [a.body for a in mine.advice] == ["MR"]
        view = load_plan_view(db, result.plan_id)
        assert [g.roadmap_goal_id for g in view.goals if g.roadmap_goal_id] == [safe]
        assert len(roadmap.roadmaps_of_school(db, school.id)) == 2
        parties = {p.name: p.roles for p in roadmap.who_does_what(db, school.id)}
        assert parties["FATIMA EL AMRANI"] == ("verbinder", "regisseur", "Aandachtsfunctionaris")
        assert parties["JGZ IJsselland"] == ("uitvoerder",)
    finally:
        db.close()


def test_twins_in_a_meerjarenplan_stay_two_and_are_not_doubled_by_the_next_plan(tmp_path: Path, data_dir: Path,
                                                                               rich_document: Doc) -> None:
    def twins(doc: Doc) -> None:
        doc["roadmap"]["goals"].append({**copy.deepcopy(doc["roadmap"]["goals"][0]), "id": 3, "targets": []})
        doc["roadmap"]["steps"].append(copy.deepcopy(doc["roadmap"]["steps"][0]))

    document = changed(rich_document, twins)
    next_year = changed(document, lambda d: d["plan"].update(school_year="2027-2028"))
    for goal in next_year["goals"]:
        goal["deadline"] = None
    next_year["activities"] = []
    db = open_database(data_dir)
    try:
        first = import_plan_file(db, write_document(tmp_path / "a.wbplan", document))
        assert without_ids(plan_document(db, first.plan_id)) == without_ids(document)
        second = import_plan_file(db, write_document(tmp_path / "b.wbplan", next_year))
        assert second.roadmap_reused and second.roadmap_id == first.roadmap_id
        mine = roadmap.get_roadmap(db, first.roadmap_id)  # type: ignore[arg-type]
        assert len(mine.goals) == 3 and len(mine.steps) == 2
        assert without_ids(plan_document(db, first.plan_id)) == without_ids(document)
    finally:
        db.close()


def test_a_school_without_that_meerjarenplan_gets_a_new_one_and_other_plans_stay_as_they_were(
        tmp_path: Path, data_dir: Path, rich_document: Doc) -> None:
    db = open_database(data_dir)
    school = schools.create_school(db, "KC De Horizon", "PO", brin="34KL")
    earlier = plans.create_plan(db, school.id, SchoolYear(2025))
    roadmap.create_roadmap(db, school.id, 2025, 2027, "Meerjarenplan welbevinden 2025 t/m 2028")  # other years
    db.close()
    path = write_document(tmp_path / "plan.wbplan", rich_document)
    db = open_database(data_dir)
    try:
        result = import_plan_file(db, path)
        assert not result.roadmap_reused
        assert len(roadmap.roadmaps_of_school(db, school.id)) == 2
        assert roadmap.roadmap_of_plan(db, earlier.id) is not None  # it joined the roadmap made by hand …
        assert roadmap.roadmap_of_plan(db, earlier.id).id != result.roadmap_id  # type: ignore[union-attr]
    finally:
        db.close()


# --- version 1 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["het-baken-2026-2027.v1.wbplan", "vlinderboom-2026-2027.v1.wbplan"])
def test_a_file_made_by_the_version_1_exporter_still_imports_as_before(name: str, data_dir: Path) -> None:
    path = FIXTURES / name
    original = json.loads(path.read_text(encoding="utf-8"))
    assert original["format_version"] == 1 and "roadmap" not in original
    db = open_database(data_dir)
    try:
        result = import_plan_file(db, path)
        assert result.roadmap_id is None
        again = plan_document(db, result.plan_id)
        view = load_plan_view(db, result.plan_id)
    finally:
        db.close()
    assert again["format_version"] == 2 and again["roadmap"] is None and again["roles"] == []
    assert again["school"]["kind"] == "school"
    assert all(g["layers"] == [] and g["roadmap_goal_id"] is None for g in again["goals"])
    assert _as_v1(again) == _as_v1(original)  # every value of the version-1 file arrived unchanged
    assert view.roadmap is None and view.director_name is None


def test_a_version_1_file_cannot_carry_version_2_fields(tmp_path: Path, data_dir: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    original = json.loads((FIXTURES / "het-baken-2026-2027.v1.wbplan").read_text(encoding="utf-8"))
    path = write_document(tmp_path / "gemengd.wbplan", changed(original, lambda d: d["school"].update(kind="keten")))
    assert run(["--data-dir", str(data_dir), "import", str(path)]) == 2
    assert capsys.readouterr().err.strip().endswith("Planbestand, school: onbekend veld 'kind'.")


# --- bad version-2 files --------------------------------------------------------------------------------


def _append(*path: str | int, value: Any) -> Maker:
    def change(doc: Doc) -> None:
        node: Any = doc
        for step in path:
            node = node[step]
        node.append(value)
    return _json(change)


BAD_V2: list[tuple[str, Maker, str]] = [
    ("bad-layer", _set("goals", 1, "layers", value=["universeel", "tertiair"]),
     "Planbestand, doel 2, veld 'layers': Onbekende preventielaag: tertiair"),
    ("bad-roadmap-goal-layer", _set("roadmap", "goals", 1, "layers", value=["bovenbouw"]),
     "Planbestand, meerjarenplan, doel 2, veld 'layers': Onbekende preventielaag: bovenbouw"),
    ("unknown-setting", _set("activities", 0, "setting", value="strand"),
     "Planbestand, activiteit 1, veld 'setting': Onbekende keuze voor omgeving: strand"),
    ("unknown-inventory-setting", _set("inventory", 0, "setting", value="sportclub"),
     "Planbestand, bestaande aanpak 1, veld 'setting': Onbekende keuze voor omgeving: sportclub"),
    ("target-outside-roadmap", _append("roadmap", "goals", 0, "targets",
                                       value={"school_year": "2031-2032", "target": "95%"}),
     "Planbestand, meerjarenplan, doel 1, streefwaarde 2031-2032, veld 'school_year': Het schooljaar 2031-2032 "
     "valt buiten het meerjarenplan (2025-2026 t/m 2028-2029)."),
    ("target-twice", _append("roadmap", "goals", 0, "targets", value={"school_year": "2025-2026", "target": "x"}),
     "Planbestand, meerjarenplan, doel 1, streefwaarde 2025-2026, veld 'school_year': er staan twee "
     "streefwaarden voor 2025-2026."),
    ("dangling-roadmap-goal", _set("goals", 1, "roadmap_goal_id", value=9),
     "Planbestand, doel 2, veld 'roadmap_goal_id': Het doel van het meerjarenplan bestaat niet (meer)."),
    ("roadmap-goal-without-roadmap", _set("roadmap", value=None),
     "Planbestand, doel 2, veld 'roadmap_goal_id': Het doel van het meerjarenplan bestaat niet (meer)."),
    ("team-counts-three", _set("scan", 0, "team_counts", value=[2, 5, 1]),
     "Planbestand, zelfscan, criterium 1, veld 'team_counts': Een teamronde heeft voor elk niveau 0 tot en met 3 "
     "een aantal."),
    ("team-counts-negative", _set("scan", 0, "team_counts", value=[0, -2, 5, 1]),
     "Planbestand, zelfscan, criterium 1, veld 'team_counts': Het aantal deelnemers per niveau is een heel getal "
     "van 0 of meer."),
    ("team-counts-nobody", _set("scan", 0, "team_counts", value=[0, 0, 0, 0]),
     "Planbestand, zelfscan, criterium 1, veld 'team_counts': Vul voor minstens één deelnemer een score in."),
    ("roles-for-missing-member", _append("roles", value={"member_id": 7, "partner_id": None, "roles": ["regisseur"]}),
     "Planbestand, rollen 3, veld 'member_id': Het werkgroeplid bestaat niet (meer)."),
    ("roles-for-missing-partner", _set("roles", 1, "partner_id", value=4),
     "Planbestand, rollen 2, veld 'partner_id': De partner bestaat niet (meer)."),
    ("roles-member-and-partner", _set("roles", 1, "member_id", value=1),
     "Planbestand, rollen 2, veld 'member_id': Kies één werkgroeplid of één partner."),
    ("roles-twice", _append("roles", value={"member_id": 1, "partner_id": None, "roles": ["verbinder"]}),
     "Planbestand, rollen 3, veld 'member_id': de rollen van dit werkgroeplid of deze partner staan er twee keer"),
    ("empty-role", _set("roles", 0, "roles", value=["regisseur", "  "]),
     "Planbestand, rollen 1, veld 'roles[2]': De rol is verplicht."),
    ("role-too-long", _set("roles", 0, "roles", value=["R" * 81]),
     "Planbestand, rollen 1, veld 'roles[1]': De rol is te lang (hoogstens 80 tekens)."),
    ("too-many-years", _set("roadmap", "last_year", value="2030-2031"),
     "Planbestand, meerjarenplan, veld 'last_year': Een meerjarenplan beslaat hoogstens 5 schooljaren."),
    ("last-before-first", _json(lambda d: d["roadmap"].update(first_year="2026-2027", last_year="2025-2026")),
     "Planbestand, meerjarenplan, veld 'last_year': Het laatste schooljaar ligt vóór het eerste."),
    ("plan-outside-roadmap", _json(lambda d: d["roadmap"].update(first_year="2027-2028", last_year="2028-2029")),
     "Planbestand, meerjarenplan, veld 'first_year': Het schooljaar 2026-2027 valt buiten het meerjarenplan."),
    ("roadmap-year-malformed", _set("roadmap", "first_year", value="2025-2027"),
     "Planbestand, meerjarenplan, veld 'first_year': '2025-2027' is geen schooljaar; gebruik de vorm 2026-2027."),
    ("adoption-date-not-a-date", _set("plan", "director_signed_on", value="2026-02-30"),
     "Planbestand, plan, veld 'director_signed_on': '2026-02-30' is geen datum; schrijf bijvoorbeeld 1-10-2026."),
    ("adoption-date-wrong-shape", _set("plan", "mr_signed_on", value="3 oktober"),
     "Planbestand, plan, veld 'mr_signed_on': '3 oktober' heeft niet de vorm 2027-01-15."),
    ("adoption-name-too-long", _set("plan", "mr_name", value="N" * 201),
     "Planbestand, plan, veld 'mr_name': De naam is te lang (hoogstens 200 tekens)."),
    ("unknown-kind", _set("school", "kind", value="bso"),
     "Planbestand, school, veld 'kind': Kies school, kinderopvang of keten."),
    ("dangling-inventory-partner", _set("inventory", 0, "partner_id", value=3),
     "Planbestand, bestaande aanpak 1, veld 'partner_id': De partner bestaat niet (meer)."),
    ("month-beyond-roadmap", _set("activities", 1, "end_month", value="2029-08"),
     "Planbestand, activiteit 2, veld 'end_month': Kies een maand binnen het meerjarenplan (augustus 2026 t/m "
     "juli 2029)."),
    ("step-date", _set("roadmap", "steps", 0, "date", value="2025-13-01"),
     "Planbestand, meerjarenplan, stap 1, veld 'date': Datum: kies een datum (jjjj-mm-dd)."),
    ("advice-without-body", _set("roadmap", "advice_moments", 0, "body", value=" "),
     "Planbestand, meerjarenplan, adviesmoment 1, veld 'body': Aan wie (orgaan) is verplicht."),
    ("too-many-basic-skills", _set("roadmap", "basic_skills", value=[f"Vaardigheid {n}" for n in range(31)]),
     "Planbestand, meerjarenplan, veld 'basic_skills': Noem hoogstens 30 basisvaardigheden."),
    ("roadmap-missing", _json(lambda d: d.pop("roadmap")),
     "Planbestand: het onderdeel 'roadmap' ontbreekt"),
    ("target-without-text-field", _json(lambda d: d["roadmap"]["goals"][0]["targets"][0].pop("target")),
     "Planbestand, meerjarenplan, doel 1, streefwaarde 1: het veld 'target' ontbreekt."),
]


def test_the_version_2_corpus_covers_what_was_asked() -> None:
    names = {name for name, _m, _e in BAD_V2}
    assert len(names) == len(BAD_V2) >= 8
    assert {"bad-layer", "unknown-setting", "target-outside-roadmap", "dangling-roadmap-goal", "team-counts-three",
            "roles-for-missing-member", "too-many-years", "adoption-date-not-a-date"} <= names


@pytest.mark.parametrize(("name", "make", "expected"), BAD_V2, ids=[c[0] for c in BAD_V2])
def test_a_bad_version_2_file_is_refused_and_changes_nothing(name: str, make: Maker, expected: str, tmp_path: Path,
                                                             data_dir: Path, seeded: int, rich_document: Doc,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / f"{name}.wbplan"
    path.write_bytes(make(rich_document))
    before = fingerprint(data_dir)
    assert before

    assert run(["--data-dir", str(data_dir), "import", str(path)]) == 2

    out, err = capsys.readouterr()
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert expected in lines[0], lines[0]
    assert len(lines[0]) < 400
    assert fingerprint(data_dir) == before


def test_a_target_outside_the_years_gets_the_same_sentence_in_the_app_and_in_a_file(
        tmp_path: Path, data_dir: Path, rich_document: Doc) -> None:
    db = open_database(data_dir)
    try:
        plan_id = seed_plan(db)
        school_id = plans.get_plan(db, plan_id).school_id
        road = roadmap.create_roadmap(db, school_id, 2025, 2028)
        goal = roadmap.add_roadmap_goal(db, road, "Veilig")
        with pytest.raises(ValidationError) as in_app:
            roadmap.set_target(db, goal, 2031, "95%")
        path = write_document(tmp_path / "plan.wbplan", changed(rich_document, lambda d: d["roadmap"]["goals"][0][
            "targets"].append({"school_year": "2031-2032", "target": "95%"})))
        with pytest.raises(PlanFileError) as in_file:
            import_plan_file(db, path)
    finally:
        db.close()
    assert in_file.value.reason == in_app.value.message


# --- random changes -------------------------------------------------------------------------------------


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_version_2_file_with_one_random_change_is_refused_cleanly_or_imported_whole(
        data: st.DataObject, rich_document: Doc, tmp_path_factory: pytest.TempPathFactory) -> None:
    data_dir = tmp_path_factory.mktemp("data")
    db = open_database(data_dir)
    try:
        document = json.loads(json.dumps(rich_document))
        paths = [p for p in _paths(document) if p[0] in ("roadmap", "roles") or p[-1] in (
            "layers", "setting", "partner_id", "team_counts", "kind", "roadmap_goal_id", "director_signed_on")]
        path = data.draw(st.sampled_from(paths), label="path")
        node = document
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = data.draw(json_values, label="value")
        _import_or_refuse(db, data_dir, json.dumps(document, ensure_ascii=False).encode())
    finally:
        db.close()


def test_the_version_2_schema_is_the_one_used_for_version_2_files(rich_document: Doc) -> None:
    assert reading.SCHEMAS[2] == "plan-file-v2.schema.json" and reading.FORMAT_VERSION == 2
    reading.validate_schema(rich_document)
    with pytest.raises(PlanFileError, match="onbekend veld 'roadmap'"):
        reading.validate_schema({**rich_document, "format_version": 1})
