"""The framework texts in English: laid over the Dutch ones by id, the rest falls back to Dutch."""

from __future__ import annotations

from pathlib import Path

import yaml

from wellbeing_planner import i18n
from wellbeing_planner.content.framework import framework, load_framework, untranslated


def test_english_framework_texts_replace_the_dutch_ones_by_id() -> None:
    dutch, english = load_framework(), load_framework(lang="en")
    assert dutch.pillar("educatie").name == "Educatie"
    assert english.pillar("educatie").name == "Education"
    assert english.scale[0].label == "Not in place"
    assert english.name_of("working_group_roles", "ib").startswith("Intern begeleider (")
    assert english.name_of("partner_kinds", "wijkteam") == "Neighbourhood or youth team"
    # ids, sources and the order stay those of the Dutch files
    assert [p.id for p in english.pillars] == [p.id for p in dutch.pillars]
    assert english.pillar("beleid").source == dutch.pillar("beleid").source
    assert [c.id for c in english.criteria] == [c.id for c in dutch.criteria]


def test_the_shared_framework_follows_the_chosen_language() -> None:
    assert framework().pillar("signaleren").name == "Signaleren"
    i18n.set_language("en")
    assert framework().pillar("signaleren").name == "Early identification"
    i18n.set_language("nl")
    assert framework().pillar("signaleren").name == "Signaleren"


def test_a_missing_english_text_is_shown_in_dutch_and_listed(tmp_path: Path) -> None:
    """Another engineer adds a Dutch criterion: the app shows it in Dutch until the overlay has it."""
    from wellbeing_planner import paths

    source = paths.resource_path("framework")
    for name in ("framework.yaml", "criteria.yaml", "framework.en.yaml"):
        (tmp_path / name).write_text((source / name).read_text(encoding="utf-8"), encoding="utf-8")
    criteria = yaml.safe_load((source / "criteria.yaml").read_text(encoding="utf-8"))
    first = criteria["criteria"][0]
    (tmp_path / "criteria.en.yaml").write_text(yaml.safe_dump({"language": "en", "criteria": {
        first["id"]: {"statement": "The school uses a recognised programme.",
                      "levels": ["None.", "Some groups.", "Most groups.", "All groups."]}}}), encoding="utf-8")
    english = load_framework(tmp_path, lang="en")
    assert english.criteria[0].statement == "The school uses a recognised programme."
    second = criteria["criteria"][1]
    assert english.criterion(second["id"]).statement == second["statement"]  # still Dutch
    missing = untranslated("en", tmp_path)
    assert f"criteria.en.yaml: criteria/{second['id']}/statement" in missing
    assert not any(f"criteria/{first['id']}/" in line for line in missing)


def test_every_framework_text_has_an_english_translation() -> None:
    """Lists what is still shown in Dutch when English is chosen (add it to resources/framework/*.en.yaml)."""
    missing = untranslated("en")
    assert not missing, f"{len(missing)} framework texts without English:\n" + "\n".join(missing)


def test_the_english_overlays_only_name_ids_that_exist() -> None:
    from wellbeing_planner import paths

    base = paths.resource_path("framework")
    dutch_ids: set[tuple[str, str]] = set()
    for name in ("framework.yaml", "criteria.yaml"):
        for section, rows in yaml.safe_load((base / name).read_text(encoding="utf-8")).items():
            if isinstance(rows, list):
                dutch_ids |= {(section, str(r.get("value", r.get("id")))) for r in rows if isinstance(r, dict)}
    stale = []
    for name in ("framework.en.yaml", "criteria.en.yaml"):
        for section, texts in yaml.safe_load((base / name).read_text(encoding="utf-8")).items():
            if isinstance(texts, dict):
                stale += [f"{name}: {section}/{key}" for key in texts if (section, str(key)) not in dutch_ids]
    assert not stale, "English texts for ids that no longer exist:\n" + "\n".join(stale)
