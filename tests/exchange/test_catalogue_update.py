"""Catalogue update files: a newer catalogue is checked and kept beside the data; plans stay as they are and say
which of their interventions the new catalogue lacks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT
from wellbeing_planner.content.catalogue import load_catalogue
from wellbeing_planner.core.demo import ensure_demo
from wellbeing_planner.core.views import load_plan_view
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.exchange.catalogue_update import (
    CatalogueUpdateError,
    check_update,
    install_update,
    installed_update,
    removed_references,
)
from wellbeing_planner.exchange.export import plan_document


def _shipped() -> dict[str, Any]:
    raw: dict[str, Any] = yaml.safe_load((ROOT / "resources" / "catalogue" / "interventions.yaml").read_text("utf-8"))
    return raw


def _newer(version: str = "2099.1") -> dict[str, Any]:
    raw = _shipped()
    raw["catalogue_version"] = version
    raw["interventions"] = [e for e in raw["interventions"] if e["id"] != "kanvas"]
    extra = dict(raw["interventions"][0], id="nieuw-programma", name="Nieuw programma")
    raw["interventions"].append(extra)
    return raw


def _write(path: Path, raw: Any) -> Path:
    path.write_text(json.dumps(raw, ensure_ascii=False, default=str), encoding="utf-8")
    return path


def test_a_newer_catalogue_is_kept_and_the_demo_plan_says_what_it_lost(tmp_path: Path, data_dir: Path) -> None:
    plan_id = ensure_demo(data_dir)
    database = data_dir / "demo.sqlite3"
    before = database.read_bytes()
    update = _write(tmp_path / "catalogus-2099.json", _newer())

    _new, summary = check_update(update)
    assert (summary.version, summary.added, summary.removed) == ("2099.1", ("nieuw-programma",), ("kanvas",))
    installed = install_update(data_dir, update)
    assert installed == summary
    path = installed_update(data_dir)
    assert path is not None and load_catalogue(path).version == "2099.1"
    assert database.read_bytes() == before  # no plan was touched

    db = open_database(data_dir, demo=True)
    try:
        lines = removed_references(db, plan_id, load_catalogue(path))
        view = load_plan_view(db, plan_id)  # the plan keeps working
        document = plan_document(db, plan_id)
    finally:
        db.close()
    assert lines and all("'kanvas', die niet meer in de catalogus staat" in line for line in lines)
    assert any(line.startswith("Activiteit 'KanVAS afnemen") for line in lines)
    assert any(line.startswith("Bestaande aanpak") for line in lines)
    assert sum(a.intervention_id == "kanvas" for a in view.activities) == 2  # references are kept
    assert any(a["intervention"] == {"catalogue_id": "kanvas", "name": "KanVAS (Kanjer Volg- en Adviessysteem)"}
               for a in document["activities"])


@pytest.mark.parametrize(("make", "fragment"), [
    (lambda: _newer(_shipped()["catalogue_version"]),
     f"is niet nieuwer dan de catalogus in gebruik ({_shipped()['catalogue_version']})"),
    (lambda: _newer("2025.9"), "is niet nieuwer"),
    (lambda: {k: v for k, v in _newer().items() if k != "themes"}, "Inhoudsbestand"),
    (lambda: dict(_newer(), interventions=[dict(_newer()["interventions"][0], themes=["verzonnen"])]),
     "onbekend thema 'verzonnen'"),
])
def test_an_update_that_is_older_or_invalid_is_refused(tmp_path: Path, data_dir: Path, make: Any,
                                                       fragment: str) -> None:
    update = _write(tmp_path / "catalogus.json", make())
    with pytest.raises(CatalogueUpdateError) as caught:
        install_update(data_dir, update)
    assert fragment in caught.value.message
    assert installed_update(data_dir) is None


def test_only_plain_json_is_accepted_so_yaml_tricks_cannot_blow_up(tmp_path: Path, data_dir: Path) -> None:
    bomb = tmp_path / "lol.json"
    bomb.write_text('a: &a ["lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\n',
                    encoding="utf-8")
    with pytest.raises(CatalogueUpdateError, match="geen geldige JSON"):
        install_update(data_dir, bomb)
    nan = tmp_path / "nan.json"
    nan.write_text(json.dumps(_newer()).replace('"age_min": null', '"age_min": NaN', 1), encoding="utf-8")
    with pytest.raises(CatalogueUpdateError, match="NaN"):
        install_update(data_dir, nan)
    assert installed_update(data_dir) is None
