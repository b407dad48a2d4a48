"""Catalogue update files: a newer catalogue is checked and kept beside the data; plans stay as they are and say
which of their interventions the new catalogue lacks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT
from tests.ui.conftest import make_window  # noqa: F401  (the fixture is used below)
from wellbeing_planner.cli import run
from wellbeing_planner.content.catalogue import catalogue, load_catalogue
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
    # the plan file keeps the reference; with the update in use, the id stands in for the name it no longer has
    assert any(a["intervention"] == {"catalogue_id": "kanvas", "name": "kanvas"} for a in document["activities"])


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


def test_the_command_line_takes_a_newer_catalogue_into_use_and_names_what_plans_lost(
        tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ensure_demo(data_dir)
    update = _write(tmp_path / "catalogus-2099.json", _newer())
    assert run(["--data-dir", str(data_dir), "--demo", "catalogue-update", str(update), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["version"], report["added"], report["removed"]) == ("2099.1", ["nieuw-programma"], ["kanvas"])
    lines = [line for plan in report["plans"] for line in plan["references"]]
    assert any("KanVAS afnemen" in line and "blijft bewaard" in line for line in lines)

    assert run(["--data-dir", str(data_dir), "--demo", "catalogue", "--json"]) == 0  # a later command uses it
    ids = {entry["id"] for entry in json.loads(capsys.readouterr().out)}
    assert "nieuw-programma" in ids and "kanvas" not in ids
    target = tmp_path / "jaarplan.pdf"
    assert run(["--data-dir", str(data_dir), "--demo", "export", "2", "--pdf", str(target)]) == 0  # still works
    capsys.readouterr()

    kept = installed_update(data_dir)
    assert kept is not None
    before = kept.read_bytes()
    older = _write(tmp_path / "catalogus-oud.json", _newer("2026.1"))
    assert run(["--data-dir", str(data_dir), "catalogue-update", str(older)]) == 2
    assert "is niet nieuwer dan de catalogus in gebruik (2099.1)" in capsys.readouterr().err
    assert kept.read_bytes() == before


def test_the_app_takes_a_newer_catalogue_into_use_and_says_which_plans_refer_to_a_removed_one(
        tmp_path: Path, data_dir: Path, make_window: Any, qtbot: Any) -> None:  # noqa: F811
    ensure_demo(data_dir)
    window = make_window(demo=True)
    update = _write(tmp_path / "catalogus-2099.json", _newer())
    window.update_catalogue(update)
    qtbot.waitUntil(lambda: getattr(window, "last_catalogue_message", None) is not None, timeout=20000)
    box = window.last_catalogue_message
    assert "van versie 2026.2 naar 2099.1" in box.text() and "1 vervallen" in box.text()
    assert "KanVAS afnemen en per groep bespreken" in box.informativeText()
    assert catalogue().version == "2099.1"
    box.close()
    window.show_page("activiteiten")
    table = window.page("activiteiten").activities
    model = table.table.model()
    rows = [r for r in range(model.rowCount()) if "KanVAS afnemen" in str(model.index(r, 0).data())]
    assert rows
    table.table.selectRow(rows[0])
    shown = table.editors["intervention_id"]
    assert shown.currentData() == "kanvas" and shown.currentText() == "kanvas (niet meer in de lijst)"
    view = load_plan_view(window.ctx.db, window.current_plan_id)
    assert sum(a.intervention_id == "kanvas" for a in view.activities) == 2  # the references are kept
