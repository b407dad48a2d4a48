"""Shipped content validates; a damaged copy gives a precise Dutch message, never a traceback."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import yaml

from wellbeing_planner import paths
from wellbeing_planner.content.catalogue import load_catalogue, recognition_rank
from wellbeing_planner.content.framework import load_framework
from wellbeing_planner.errors import ContentError

TODAY = dt.date(2026, 11, 24)


def test_the_framework_has_criteria_for_every_school_type_and_pillar() -> None:
    fw = load_framework()
    assert [p.id for p in fw.pillars] == ["educatie", "omgeving", "signaleren", "beleid"]
    for school_type in ("PO", "VO", "MBO"):
        for pillar in fw.pillars:
            criteria = [c for c in fw.criteria_for(school_type) if c.pillar == pillar.id]
            assert len(criteria) >= 4, (school_type, pillar.id)
            assert all(c.source.startswith("http") and len(set(c.levels)) == 4 for c in criteria)
    assert fw.criteria_for("SBO") == fw.criteria_for("PO") == fw.criteria_for("SO")
    assert not set(fw.criteria_for("VO")) & set(fw.criteria_for("PO"))
    assert [r.id for r in fw.approach_roles] == ["regisseur", "verbinder", "opdrachtgever", "organisator",
                                                 "uitvoerder", "projectleider", "stuurgroep"]
    assert [layer.id for layer in fw.prevention_layers] == ["universeel", "selectief", "geindiceerd", "zorg"]
    assert [s.id for s in fw.offer_settings] == ["onderwijs", "kinderopvang", "gemeente_jeugdhulp",
                                                 "ouders_informeel"]
    assert fw.name_of("funding_sources", "npo") == "NPO-middelen"
    assert len(fw.indicators) >= 10 and len(fw.obligations) >= 7


def test_the_catalogue_holds_the_must_haves_with_the_facts_of_the_reference() -> None:
    cat = load_catalogue()
    assert len(cat.interventions) >= 45
    assert all(entry.sources and entry.recognition.label for entry in cat.interventions)
    expected = {"kanjertraining": "sterke_aanwijzingen", "kiva": "sterke_aanwijzingen",
                "vreedzame-school": "eerste_aanwijzingen", "taakspel": "goede_aanwijzingen",
                "leefstijl": "goed_onderbouwd", "rots-en-water": "niet_erkend", "prima": "eerste_aanwijzingen",
                "kwink": "goed_onderbouwd", "alles-kidzzz": "goede_aanwijzingen", "kies": "goede_aanwijzingen",
                "grip-op-je-dip": "eerste_aanwijzingen", "happyles": "goed_onderbouwd"}
    for ident, level in expected.items():
        entry = cat.get(ident)
        assert entry is not None, ident
        assert entry.recognition.level == level, ident
    names = " | ".join(e.name for e in cat.interventions)
    for must in ("Plezier op School", "KOPP/KOV", "MAZL", "THINK op school", "Traumasensitief", "TeamUp",
                 "De Plezierige Klas", "ZIEN!", "KanVAS", "SCOL", "Viseon", "SWPBS"):
        assert must in names, must
    for missing in ("Kopkracht", "Expeditie Veerkracht", "STIJN", "Mentaal Vitaal"):
        assert missing not in names
    assert cat.get("kiva").pillars_official and not cat.get("kanjertraining").pillars_official  # type: ignore[union-attr]
    assert cat.get("kiva").fits_grades("PO", 1, 4) is False  # type: ignore[union-attr]
    assert cat.get("kiva").fits_grades("VO", 1, 6) is False  # type: ignore[union-attr]
    assert recognition_rank("sterke_aanwijzingen") > recognition_rank("goed_onderbouwd") > recognition_rank(
        "niet_erkend")


def test_recognitions_older_than_five_years_are_flagged() -> None:
    cat = load_catalogue()
    assert cat.get("leefstijl").recognition.is_possibly_expired(TODAY)  # type: ignore[union-attr]
    assert cat.get("kanjertraining").recognition.is_possibly_expired(TODAY)  # type: ignore[union-attr]
    assert not cat.get("kiva").recognition.is_possibly_expired(TODAY)  # type: ignore[union-attr]
    assert cat.get("kiva").recognition.date is None  # only KiVa's own news item had a date


def _copy(tmp_path: Path, folder: str) -> Path:
    target = tmp_path / folder
    shutil.copytree(paths.resource_path(folder), target)
    return target


def _edit(path: Path, change: object) -> None:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(document)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.mark.parametrize(("change", "expected"), [
    (lambda d: d["criteria"][1].__setitem__("pillar", "sport"),
     ["criteria.yaml", "item 'po-edu-02'", "veld 'pillar'", "ongeldige waarde 'sport'"]),
    (lambda d: d["criteria"][2].pop("source"), ["criteria.yaml", "item 'po-edu-03'", "veld 'source'", "ontbreekt"]),
    (lambda d: d["criteria"][3].__setitem__("levels", ["a", "b", "c"]),
     ["criteria.yaml", "item 'po-edu-04'", "veld 'levels'"]),
    (lambda d: d["criteria"][4].__setitem__("id", "po-edu-01"), ["criteria.yaml", "item 'po-edu-01'", "dubbel id"]),
])
def test_a_damaged_criteria_file_names_file_entry_and_field(tmp_path: Path, change: object,
                                                           expected: list[str]) -> None:
    folder = _copy(tmp_path, "framework")
    _edit(folder / "criteria.yaml", change)
    with pytest.raises(ContentError) as info:
        load_framework(folder)
    for part in expected:
        assert part in info.value.message


def test_a_damaged_framework_file_names_file_entry_and_field(tmp_path: Path) -> None:
    folder = _copy(tmp_path, "framework")
    _edit(folder / "framework.yaml", lambda d: d["funding_sources"][0].pop("name"))
    with pytest.raises(ContentError) as info:
        load_framework(folder)
    assert info.value.message.startswith("Inhoudsbestand framework.yaml, item 'npo', veld 'name'")


def test_broken_yaml_is_a_message_with_the_line(tmp_path: Path) -> None:
    folder = _copy(tmp_path, "framework")
    (folder / "framework.yaml").write_text("pillars: [educatie\n  - kapot: :\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"framework.yaml is geen geldige YAML \(regel \d+\)"):
        load_framework(folder)


@pytest.mark.parametrize(("change", "expected"), [
    (lambda d: d["interventions"][0].__setitem__("pillars", ["sport"]),
     ["interventions.yaml", "item 'vreedzame-school'", "veld 'pillars.0'"]),
    (lambda d: d["interventions"][1].__setitem__("sources", []),
     ["item 'kanjertraining'", "veld 'sources'", "mag niet leeg zijn"]),
    (lambda d: d["interventions"][2].pop("recognition"), ["item 'swpbs'", "veld 'recognition'", "ontbreekt"]),
    (lambda d: d["interventions"][3]["recognition"].__setitem__("date", "8 juni 2017"),
     ["item 'leefstijl'", "veld 'recognition.date'"]),
    (lambda d: d["interventions"][4]["recognition"].__setitem__("date", "2017-13-45"),
     ["item 'kiva'", "veld 'recognition.date'", "ongeldige datum"]),
    (lambda d: d["interventions"][5].__setitem__("id", "kiva"), ["item 'kiva'", "veld 'id'", "dubbel id"]),
    (lambda d: d["interventions"][5].__setitem__("themes", ["voetbal"]), ["item 'taakspel'", "onbekend thema"]),
])
def test_a_damaged_catalogue_names_file_entry_and_field(tmp_path: Path, change: object,
                                                       expected: list[str]) -> None:
    folder = _copy(tmp_path, "catalogue")
    _edit(folder / "interventions.yaml", change)
    with pytest.raises(ContentError) as info:
        load_catalogue(folder / "interventions.yaml")
    for part in expected:
        assert part in info.value.message, info.value.message
