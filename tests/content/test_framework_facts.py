"""The zelfscan an adviser checks: statuses as the reference gives them, no item counted twice, SO/SBO honest."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from wellbeing_planner import paths
from wellbeing_planner.content.framework import Framework, framework, load_framework

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "reference_criteria.yaml"
STRENGTH = {"V": 3, "G": 2, "S": 1, "U": 0}


def reference_items() -> dict[str, dict[str, Any]]:
    items: dict[str, dict[str, Any]] = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))["items"]
    return items


def shared_items(fw: Framework) -> dict[str, list[tuple[str, list[str]]]]:
    """Per school type, every reference item that two or more of its criteria rest on."""
    found: dict[str, list[tuple[str, list[str]]]] = {}
    for kind in fw.school_types:
        criteria = fw.criteria_for(kind.id)
        counts = Counter(ref for c in criteria for ref in c.refs)
        for ref, count in counts.items():
            if count > 1:
                found.setdefault(kind.id, []).append((ref, [c.id for c in criteria if ref in c.refs]))
    return found


def test_no_two_criteria_share_one_source_item() -> None:
    assert shared_items(framework()) == {}


def test_a_duplicated_criterion_is_caught(tmp_path: Path) -> None:
    folder = tmp_path / "framework"
    shutil.copytree(paths.resource_path("framework"), folder)
    path = folder / "criteria.yaml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    twin = dict(next(c for c in document["criteria"] if c["id"] == "mbo-sig-05"))
    twin.update(id="mbo-edu-04", pillar="educatie",
                statement="Docenten en studieloopbaanbegeleiders worden geschoold in het bespreken van welbevinden.")
    document["criteria"].append(twin)
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert shared_items(load_framework(folder)) == {"MBO": [("MBO-S7", ["mbo-sig-05", "mbo-edu-04"])]}


def test_every_status_label_is_what_the_reference_supports() -> None:
    items = reference_items()
    wrong = []
    for criterion in framework().criteria:
        unknown = [ref for ref in criterion.refs if ref not in items]
        assert not unknown, (criterion.id, unknown)
        if criterion.refs:
            expected = min((items[ref]["status"] for ref in criterion.refs), key=STRENGTH.__getitem__)
            confirmed = set().union(*(items[ref]["school_types"] for ref in criterion.refs))
            if not set(criterion.school_types) <= confirmed:
                wrong.append((criterion.id, "school types", criterion.school_types, sorted(confirmed)))
        else:
            expected = "U"
            if not criterion.note:
                wrong.append((criterion.id, "an unconfirmed criterion says where it comes from", None, None))
        if criterion.status != expected:
            wrong.append((criterion.id, "status", criterion.status, expected))
        if criterion.certificate and criterion.status != "V":
            wrong.append((criterion.id, "certificate", criterion.status, "V"))
    assert not wrong, wrong


def test_what_an_adviser_flagged_in_the_framework_is_fixed() -> None:
    fw = framework()
    for ident in ("po-sig-05", "vo-omg-02", "vo-omg-03", "vo-edu-02", "vo-edu-04", "vo-omg-04", "mbo-edu-03",
                  "mbo-edu-05"):
        assert fw.criterion(ident).status == "U", ident
    assert "mbo-edu-04" not in {c.id for c in fw.criteria}  # it duplicated mbo-sig-05
    statement = fw.criterion("vo-edu-04").statement.lower()
    assert "mediawijsheid" not in statement and "relaties" not in statement
    policy = fw.criterion("po-bel-07")
    assert policy.pillar == "beleid" and policy.refs == ("PO-B3",) and set(policy.school_types) == {"PO", "SO"}
    for part in ("pedagogisch klimaat", "sociaal-emotionele vaardigheden", "welbevinden van leerkrachten",
                 "ouders", "extra zorg"):
        assert part in policy.statement, part


def test_so_and_sbo_use_the_criteria_marked_for_them_and_the_rest_says_it_is_taken_over() -> None:
    fw = framework()
    confirmed_for_so = {c.id for c in fw.criteria_for("SO") if not fw.is_inherited(c, "SO")}
    assert confirmed_for_so == {"po-omg-01", "po-omg-05", "po-bel-03", "po-bel-04", "po-bel-05", "po-bel-07"}
    assert all(fw.is_inherited(c, "SBO") for c in fw.criteria_for("SBO"))
    assert not any(fw.is_inherited(c, "PO") for c in fw.criteria_for("PO"))
    note = fw.inherited_note(fw.criterion("po-sig-02"), "SO")
    assert note == ("Overgenomen van primair onderwijs: de bronnen bevestigen dit criterium niet voor speciaal "
                    "onderwijs.")
    assert fw.inherited_note(fw.criterion("po-bel-07"), "SO") is None


def test_indicator_sources_per_school_type_follow_the_reference() -> None:
    fw = framework()
    for indicator in fw.indicators:
        for kind in indicator.school_types:
            source = indicator.source_for(kind)
            if "Gezondheidsmonitor Jeugd" in source:
                assert kind == "VO" and "klas 2 en 4" in source, (indicator.id, kind, source)
    gepest = next(i for i in fw.indicators if i.id == "gepest")
    assert "drie maanden" in gepest.name and "drie maanden" in gepest.description
    assert "regelmatig" not in gepest.description
    support = next(o for o in fw.obligations if o.id == "ondersteuningsstructuur")
    assert set(support.school_types) == {"PO", "SBO", "SO"}
