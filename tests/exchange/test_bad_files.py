"""A corpus of broken and hostile plan files: each is refused with exit code 2, one Dutch line that says
what and where, and a database that is byte for byte what it was."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.core.test_validation import png
from tests.exchange.conftest import changed, fingerprint, write_document
from wellbeing_planner.cli import run
from wellbeing_planner.core import plans
from wellbeing_planner.core.workspace import open_database

Doc = dict[str, Any]
Maker = Callable[[Doc], bytes]


def _json(change: Callable[[Doc], None]) -> Maker:
    return lambda doc: json.dumps(changed(doc, change), ensure_ascii=False).encode("utf-8")


def _set(*path: str | int, value: Any) -> Maker:
    def change(doc: Doc) -> None:
        node: Any = doc
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value
    return _json(change)


def _delete(part: str) -> Maker:
    return _json(lambda doc: doc.pop(part))


def _raw(data: bytes) -> Maker:
    return lambda _doc: data


def _text(doc: Doc) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=1)


def _logo(data: bytes) -> Maker:
    return _set("school", "logo", value={"mime_type": "image/png", "data": base64.b64encode(data).decode()})


CORPUS: list[tuple[str, Maker, str]] = [
    ("empty", _raw(b""), "Planbestand: het bestand is leeg."),
    ("truncated", lambda doc: _text(doc).encode()[: len(_text(doc)) // 2],
     "Planbestand: het bestand is geen geldige JSON"),
    ("plain-text", _raw(b"Hallo, hier is ons plan."),
     "Planbestand: het bestand is geen geldige JSON: hier ontbreekt een waarde of het bestand houdt te vroeg op "
     "(regel 1, kolom 1)."),
    ("pdf", _raw(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "Planbestand: het bestand is geen UTF-8-tekst"),
    ("utf-16", lambda doc: _text(doc).encode("utf-16"), "(het lijkt UTF-16); sla het op als UTF-8."),
    ("latin-1", lambda doc: _text(changed(doc, lambda d: d["school"].update(name="Café"))).encode("latin-1"),
     "Planbestand: het bestand is geen UTF-8-tekst (onleesbaar teken op positie"),
    ("a-list", _raw(b"[1, 2, 3]"), "dit is geen planbestand van Welbevinden Planner"),
    ("other-format", _set("format", value="welbevinden/catalogus"), "dit is geen planbestand van Welbevinden"),
    ("newer-version", _set("format_version", value=3),
     "Planbestand, veld 'format_version': dit planbestand heeft formaatversie 3 en is gemaakt met een nieuwere "
     "versie"),
    ("version-as-text", _set("format_version", value="1"), "de formaatversie ontbreekt of is geen heel getal."),
    ("version-zero", _set("format_version", value=0), "formaatversie 0 bestaat niet."),
    ("missing-part", _delete("activities"), "Planbestand: het onderdeel 'activities' ontbreekt"),
    ("missing-field", _json(lambda d: d["plan"].pop("status")), "Planbestand, plan: het veld 'status' ontbreekt."),
    ("part-wrong-type", _set("activities", value={"titel": "x"}),
     "Planbestand, onderdeel 'activities': verwacht een lijst, maar hier staat een object."),
    ("money-as-float", _set("activities", 0, "budget", value=12.5),
     "Planbestand, activiteit 1, veld 'budget': verwacht tekst of null, maar hier staat een getal."),
    ("unknown-field", _set("school", "rekeningnummer", value="NL00BANK0123456789"),
     "Planbestand, school: onbekend veld 'rekeningnummer'."),
    ("fifty-megabytes", lambda doc: _text(changed(doc, lambda d: d["plan"].update(vision="x" * 50_000_000)))
     .encode(), "Planbestand: het bestand is groter dan 20 MB"),
    ("long-list", _set("activities", value=[0] * 3000),
     "Planbestand, onderdeel 'activities': de lijst is te lang (3000 items; hoogstens 2000)."),
    ("too-many-values", _set("activities", 0, "partner_ids", value=[[1] * 1500] * 150),
     "het bestand bevat veel meer gegevens dan een plan kan hebben (meer dan 200.000 waarden)."),
    ("deep-nesting", _raw(b"[" * 100_000 + b"]" * 100_000), "dieper genest dan een planbestand kan zijn"),
    ("deep-inside", _set("activities", 0, "partner_ids", value=[[[[[1]]]]]), "dieper genest"),
    ("nan", lambda doc: _text(doc).replace('"hours": "12.50"', '"hours": NaN').encode(),
     "Planbestand: 'NaN' is geen getal dat in een planbestand mag staan."),
    ("infinity", lambda doc: _text(doc).replace('"pupils": 240', '"pupils": -Infinity').encode(),
     "'-Infinity' is geen getal dat in een planbestand mag staan."),
    ("huge-integer", lambda doc: _text(doc).replace('"pupils": 240', '"pupils": ' + "9" * 5000).encode(),
     "Planbestand: het bestand bevat een getal dat veel te lang is."),
    ("duplicate-key", lambda doc: _text(doc).replace('"pupils": 240', '"pupils": 240, "pupils": 9').encode(),
     "het veld 'pupils' staat twee keer in hetzelfde onderdeel."),
    ("trailing-data", lambda doc: (_text(doc) + "{}").encode(), "na het einde van de gegevens staat nog meer"),
    ("dangling-goal", _set("activities", 0, "goal_id", value=99),
     "Planbestand, activiteit 1, veld 'goal_id': Het doel bestaat niet (meer)."),
    ("dangling-partner", _set("activities", 0, "partner_ids", value=[1, 7]),
     "Planbestand, activiteit 1, veld 'partner_ids': De partner bestaat niet (meer)."),
    ("dangling-owner", _set("activities", 0, "owner_id", value=3),
     "Planbestand, activiteit 1, veld 'owner_id': De eigenaar bestaat niet (meer)."),
    ("dangling-indicator", _set("goals", 0, "indicator_id", value=5),
     "Planbestand, doel 1, veld 'indicator_id': Het cijfer bestaat niet (meer)."),
    ("dangling-own-intervention", _set("activities", 0, "intervention", value={"own_id": 9}),
     "Planbestand, activiteit 1, veld 'intervention.own_id': eigen interventie 9 staat niet in het onderdeel"),
    ("duplicate-goal-id", _set("goals", 0, "sub_goals", 0, "id", value=1),
     "Planbestand, doel 1, subdoel 1, veld 'id': het id 1 komt twee keer voor."),
    ("bomb-logo", _logo(png(5000, 5000)), "Planbestand, school, veld 'logo': Het logo is te groot: 5000 × 5000"),
    ("logo-not-base64", _set("school", "logo", value={"mime_type": "image/png", "data": "!!geen base64!!"}),
     "Planbestand, school, veld 'logo.data': het logo is geen geldige base64-tekst."),
    ("logo-not-an-image", _logo(b"#!/bin/sh\nrm -rf ~\n"),
     "Planbestand, school, veld 'logo': Het logo moet een PNG- of JPEG-afbeelding zijn."),
    ("end-before-start", _json(lambda d: d["activities"][0].update(start_month="2026-12", end_month="2026-09")),
     "Planbestand, activiteit 1, veld 'end_month': De eindmaand ligt vóór de startmaand."),
    ("month-outside-year", _set("activities", 0, "start_month", value="2028-01"),
     "Planbestand, activiteit 1, veld 'start_month': Kies een maand binnen het schooljaar (augustus 2026 t/m "
     "juli 2027)."),
    ("money-too-precise", _set("activities", 0, "budget", value="12,345"),
     "Planbestand, activiteit 1, veld 'budget': '12,345' heeft meer dan twee cijfers achter de komma"),
    ("money-exponent", _set("plan", "budget_total", value="1e5"),
     "Planbestand, plan, veld 'budget_total': '1e5': schrijf het getal voluit, zonder e-notatie."),
    ("money-too-large", _set("plan", "budget_total", value="99.999.999,00"),
     "Planbestand, plan, veld 'budget_total': Een bedrag is hoogstens € 10.000.000."),
    ("negative-hours", _set("activities", 0, "hours", value="-3"),
     "Planbestand, activiteit 1, veld 'hours': Het aantal uren ligt tussen 0 en 10.000."),
    ("full-width-brin", _set("school", "brin", value="１２ＡＢ"),
     "Planbestand, school, veld 'brin': De BRIN-code bestaat uit 2 cijfers en 2 letters"),
    ("nul-byte", _set("members", 0, "name", value="Fatima\u0000"),
     "Planbestand, werkgroeplid 1, veld 'name': De naam bevat een onzichtbaar stuurteken (U+0000)"),
    ("lone-surrogate", lambda doc: _text(doc).replace('"Kindcentrum De Horizon"', '"De Horizon \\ud800"').encode(),
     "Planbestand, school, veld 'name': De naam van de school bevat een onzichtbaar stuurteken (U+D800)"),
    ("megabyte-vision", _set("plan", "vision", value="v" * 1_000_000),
     "Planbestand, plan, veld 'vision': De visie is te lang (hoogstens 20.000 tekens)."),
    ("unknown-criterion", _set("scan", value=[{"criterion_id": "po-verzonnen", "score": 2, "not_applicable": False,
                                               "na_reason": None, "evidence": None, "priority": None,
                                               "team_counts": None}]),
     "Planbestand, zelfscan, criterium 1, veld 'criterion_id': criterium 'po-verzonnen' hoort niet bij"),
    ("odd-school-year", _set("plan", "school_year", value="2026-2028"),
     "Planbestand, plan, veld 'school_year': '2026-2028' is geen schooljaar"),
    ("grade-outside-type", _set("school", "grade_min", value=0),
     "Planbestand, school, veld 'grade_min': Het laagste leerjaar moet tussen 1 en 8 liggen."),
    ("unknown-theme", _set("goals", 0, "themes", value=["vrolijkheid"]),
     "Planbestand, doel 1, veld 'themes': Onbekend thema: vrolijkheid"),
    ("javascript-source", _json(lambda d: d["interventions"].append({
        "id": 1, "name": "Eigen aanpak", "provider": None, "website": "javascript:alert(1)", "description": None,
        "kind": "interventie", "school_types": ["PO"], "grade_min": None, "grade_max": None, "pillars": [],
        "themes": [], "prevention_layers": [], "scope": [], "recognition_level": "unknown", "duration": None,
        "training": None, "cost": None, "sources": [], "notes": None})),
     "Planbestand, eigen interventie 1, veld 'website': 'javascript:alert(1)' is geen weblink"),
]


def test_the_corpus_is_large_and_every_name_is_unique() -> None:
    assert len(CORPUS) >= 25
    assert len({name for name, _m, _e in CORPUS}) == len(CORPUS)


@pytest.mark.parametrize(("name", "make", "expected"), CORPUS, ids=[c[0] for c in CORPUS])
def test_a_bad_plan_file_is_refused_and_changes_nothing(name: str, make: Maker, expected: str, tmp_path: Path,
                                                        data_dir: Path, seeded: int, base_document: Doc,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / f"{name}.wbplan"
    path.write_bytes(make(base_document))
    before = fingerprint(data_dir)
    assert before  # the database exists and holds a plan

    assert run(["--data-dir", str(data_dir), "import", str(path)]) == 2

    out, err = capsys.readouterr()
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert expected in lines[0], lines[0]
    assert len(lines[0]) < 400
    assert fingerprint(data_dir) == before


def test_the_same_plan_twice_is_refused_the_second_time_without_a_trace(tmp_path: Path, data_dir: Path,
                                                                        base_document: Doc,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = write_document(tmp_path / "plan.wbplan", base_document)
    assert run(["--data-dir", str(data_dir), "import", str(path)]) == 0
    capsys.readouterr()
    before = fingerprint(data_dir)
    assert run(["--data-dir", str(data_dir), "import", str(path)]) == 2
    assert "heeft al een plan voor schooljaar 2026-2027" in capsys.readouterr().err
    assert fingerprint(data_dir) == before
    db = open_database(data_dir)
    assert len(plans.list_plans(db)) == 1
    db.close()


def test_a_file_that_does_not_exist_or_is_a_folder_gets_one_dutch_line(tmp_path: Path, data_dir: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--data-dir", str(data_dir), "import", str(tmp_path / "weg.wbplan")]) == 2
    assert "bestaat niet" in capsys.readouterr().err
    assert run(["--data-dir", str(data_dir), "import", str(tmp_path)]) == 2
    assert "is een map" in capsys.readouterr().err


def test_hostile_files_just_under_the_size_limit_are_refused_quickly(tmp_path: Path, data_dir: Path, seeded: int,
                                                                    base_document: Doc,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    import time

    cases = [
        (changed(base_document, lambda d: d["plan"].update(vision="x" * 19_000_000)),
         "Planbestand, plan, veld 'vision': De visie is te lang (hoogstens 20.000 tekens)."),
        (changed(base_document, lambda d: d.update(activities=[{}] * 4_500_000)), "de lijst is te lang"),
        (changed(base_document, lambda d: d["school"].update({f"k{i}": i for i in range(900_000)})),
         "meer dan 200.000 waarden"),
    ]
    for number, (document, expected) in enumerate(cases):
        path = write_document(tmp_path / f"groot-{number}.wbplan", document)
        assert 15_000_000 < path.stat().st_size <= 20 * 1024 * 1024
        started = time.perf_counter()
        assert run(["--data-dir", str(data_dir), "import", str(path)]) == 2
        assert time.perf_counter() - started < 30
        assert expected in capsys.readouterr().err
