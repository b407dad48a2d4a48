"""The catalogue an adviser checks: every recognition as verified in the reference, limits shown, own words."""

from __future__ import annotations

import difflib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from wellbeing_planner import paths
from wellbeing_planner.content.catalogue import Intervention, catalogue

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "verified_recognitions.yaml"
ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT.parent / "shared" / "reference" / "interventions.yaml"
RECOGNISED = {"sterke_aanwijzingen", "goede_aanwijzingen", "eerste_aanwijzingen", "goed_onderbouwd",
              "goed_beschreven", "niet_erkend"}


def verified() -> dict[str, dict[str, Any]]:
    facts: dict[str, dict[str, Any]] = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))["recognitions"]
    return facts


def anti_pest_2014(entry: Intervention) -> str | None:
    labels = [r.label for r in entry.other_recognitions if "Anti-pestprogramma" in r.label]
    assert len(labels) <= 1, (entry.id, labels)
    if not labels:
        return None
    assert labels[0].startswith(("Kansrijk (", "Potentie")), labels[0]
    return "kansrijk" if labels[0].startswith("Kansrijk (") else "potentie"


def test_every_shipped_recognition_matches_the_verified_facts() -> None:
    facts = verified()
    shipped = {e.id: e for e in catalogue().interventions}
    assert set(shipped) == set(facts), "every shipped entry has a verified row, and no row is stale"
    differences = []
    for ident, entry in shipped.items():
        fact = facts[ident]
        got = {"level": entry.recognition.level, "database": entry.recognition.database,
               "date": entry.recognition.date_text, "anti_pest_2014": anti_pest_2014(entry)}
        want = {key: fact[key] for key in got}
        if got != want:
            differences.append((ident, got, want))
    assert not differences, differences


def test_what_an_adviser_flagged_is_fixed() -> None:
    cat = catalogue()
    swpbs, leefstijl, kiva, kanjer = (cat.get(i) for i in ("swpbs", "leefstijl", "kiva", "kanjertraining"))
    assert swpbs and leefstijl and kiva and kanjer
    assert [r.label for r in swpbs.other_recognitions] == [
        "Potentie, nog niet kansrijk (NJi-Commissie Anti-pestprogramma's, 2014)"]
    assert leefstijl.other_recognitions == ()  # not on the 2014 list at all
    assert kiva.recognition.date is None and "nieuwsbericht van KiVa" in (kiva.recognition.note or "")
    assert kanjer.recognition.date is not None  # so the five-year warning can fire
    assert any("pesten is niet gevonden" in c for c in kanjer.cautions)
    klas = cat.get("plezierige-klas")
    assert klas and klas.duration == "Zes bijeenkomsten in de klas." and klas.local_example
    assert "pilot" not in klas.description and "schoolbesturen" in (klas.training or "")


def test_a_recognition_without_a_date_says_why_and_every_entry_has_its_check_date() -> None:
    for entry in catalogue().interventions:
        if entry.recognition.level in RECOGNISED and entry.recognition.date is None:
            assert entry.recognition.note, entry.id
        assert entry.verified_on is not None and entry.sources, entry.id
        assert all(text and text[0].isupper() and text.endswith(".") for text in entry.cautions), entry.id


def test_the_missing_entries_are_there_with_sources() -> None:
    cat = catalogue()
    for ident, school_type in (("gezonde-kinderopvang", "PO"), ("school-als-werkplaats", "MBO"),
                               ("soos", "PO"), ("meldcode-scholing", "PO"), ("tijdig-signaleren-po", "PO"),
                               ("gatekeepertraining", "VO"), ("kopp-kov-deskundigheid", "PO"),
                               ("ouderbetrokkenheid-gezonde-school", "VO")):
        entry = cat.get(ident)
        assert entry is not None and school_type in entry.school_types, ident
        assert all(s.url.startswith("http") for s in entry.sources) and entry.sources, ident
    assert {e.id for e in cat.interventions if e.local_example} == {
        "plezierige-klas", "kopp-kov-groepen", "soos", "school-als-werkplaats"}
    staff = [e for e in cat.interventions if e.kind == "scholing"]
    assert {"PO", "VO", "MBO"} <= {t for e in staff for t in e.school_types}


def _build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_catalogue", ROOT / "tools" / "build_catalogue.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_catalogue"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not REFERENCE.exists(), reason="the research reference is not next to this checkout")
def test_the_shipped_catalogue_is_exactly_what_the_build_makes() -> None:
    built = _build_module().build(REFERENCE)
    shipped = yaml.safe_load(paths.resource_path("catalogue", "interventions.yaml").read_text(encoding="utf-8"))
    assert built == shipped


@pytest.mark.skipif(not REFERENCE.exists(), reason="the research reference is not next to this checkout")
def test_no_short_factual_field_copies_the_wording_of_its_source() -> None:
    reference = {r["id"]: r for r in yaml.safe_load(REFERENCE.read_text(encoding="utf-8"))["interventions"]}
    copied = []
    for entry in catalogue().interventions:
        record = reference.get(entry.id, {})
        for name, mine in (("description", entry.description), ("duration", entry.duration),
                           ("training", entry.training), ("cost", entry.cost), ("reach", entry.reach),
                           ("notes", entry.notes), ("grades", entry.grades_text)):
            theirs = str(record.get(name) or "")
            if not mine or not theirs:
                continue
            match = difflib.SequenceMatcher(None, mine.lower(), theirs.lower(), autojunk=False).find_longest_match()
            if match.size >= 40:  # a shared run of 40 characters is copying, not a shared term
                copied.append((entry.id, name, mine[match.a:match.a + match.size]))
    assert not copied, copied
