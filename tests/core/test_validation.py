"""One validation for every door: the checks themselves, and the holes of issue #11 closed in the core operations."""

from __future__ import annotations

import io
import struct
import unicodedata
import zlib
from decimal import Decimal
from pathlib import Path

import pytest

from wellbeing_planner.core import activities, catalogue, goals, plans, schools, validation, werkgroep
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.errors import ValidationError
from wellbeing_planner.storage.db import Database


def png(width: int, height: int, *, body: bool = True) -> bytes:
    """A grey PNG of ``width`` × ``height`` built by hand (no image library needed to make test files)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
    pixels = zlib.compress((b"\x00" + b"\x80" * width) * height, 9) if body else zlib.compress(b"\x00" * 10)
    return b"\x89PNG\r\n\x1a\n" + header + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


MONEY_OK = [("1.234,50", "1234.50"), ("€ 12.500", "12500.00"), ("800", "800.00"), ("2.000", "2000.00"),
            ("1234.50", "1234.50"), ("0,5", "0.50"), ("10.000.000", "10000000.00"), (Decimal("99.9"), "99.90"),
            (12, "12.00"), ("", None), (None, None)]
MONEY_BAD = [
    ("12,345", "'12,345' heeft meer dan twee cijfers achter de komma; rond het zelf af."),
    ("1234.567", "'1234.567' heeft meer dan twee cijfers achter de komma; rond het zelf af."),
    (Decimal("1.005"), "'1.005' heeft meer dan twee cijfers achter de komma; rond het zelf af."),
    ("1e5", "'1e5': schrijf het getal voluit, zonder e-notatie."),
    ("2E3", "'2E3': schrijf het getal voluit, zonder e-notatie."),
    ("-5", "Een bedrag kan niet negatief zijn."),
    ("-0,01", "Een bedrag kan niet negatief zijn."),
    ("10.000.000,01", "Een bedrag is hoogstens € 10.000.000."),
    ("heel veel", "'heel veel' is geen bedrag; schrijf bijvoorbeeld 1.234,50."),
    ("1.23,4", "'1.23,4' is geen bedrag; schrijf bijvoorbeeld 1.234,50."),
    ("١٢٣", "'١٢٣' is geen bedrag; schrijf bijvoorbeeld 1.234,50."),
    ("NaN", "'NaN' is geen bedrag; schrijf bijvoorbeeld 1.234,50."),
    (Decimal("NaN"), "'NaN' is geen bedrag."),
    (1.5, "'1.5' is geen exact getal; geef het als tekst, bijvoorbeeld \"1234,50\"."),
]


@pytest.mark.parametrize(("raw", "expected"), MONEY_OK)
def test_money_in_dutch_notation_is_read_exactly(raw: object, expected: str | None) -> None:
    result = validation.money(raw)
    assert (None if result is None else str(result)) == expected


@pytest.mark.parametrize(("raw", "message"), MONEY_BAD)
def test_money_that_would_be_guessed_or_rounded_is_refused_in_dutch(raw: object, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validation.money(raw)
    assert caught.value.message == message
    assert caught.value.field == "budget"


@pytest.mark.parametrize(("raw", "message"), [
    ("-1", "Het aantal uren ligt tussen 0 en 10.000."),
    ("10.000,5", "Het aantal uren ligt tussen 0 en 10.000."),
    ("2,555", "'2,555' heeft meer dan twee cijfers achter de komma; rond het zelf af."),
    ("1e3", "'1e3': schrijf het getal voluit, zonder e-notatie."),
])
def test_hours_are_between_zero_and_ten_thousand(raw: str, message: str) -> None:
    assert validation.hours("12,5") == Decimal("12.50") and validation.hours("0") == Decimal("0.00")
    with pytest.raises(ValidationError, match="^" + message.replace("(", r"\(").replace(")", r"\)") + "$"):
        validation.hours(raw)


@pytest.mark.parametrize(("raw", "message"), [
    ("x" * 201, "De naam is te lang (hoogstens 200 tekens)."),
    ("Jan\x00Jansen", "De naam bevat een onzichtbaar stuurteken (U+0000); haal het weg."),
    ("Jan\x1bJansen", "De naam bevat een onzichtbaar stuurteken (U+001B); haal het weg."),
    ("Jan\nJansen", "De naam moet op één regel passen (zonder tab of regeleinde)."),
    ("Jan\ud800", "De naam bevat een onzichtbaar stuurteken (U+D800); haal het weg."),
    ("   ", "De naam is verplicht."),
])
def test_texts_have_a_maximum_length_and_no_control_characters(raw: str, message: str) -> None:
    assert validation.text("x" * 200, label="De naam", required=True) == "x" * 200
    with pytest.raises(ValidationError) as caught:
        validation.text(raw, label="De naam", required=True)
    assert caught.value.message == message


def test_long_texts_keep_newlines_and_tabs_but_not_other_control_characters() -> None:
    assert validation.long_text("Eerste alinea\r\n\tmet tab\n\nTweede", label="De visie") == \
        "Eerste alinea\n\tmet tab\n\nTweede"
    assert validation.long_text("v" * 20000, label="De visie") == "v" * 20000
    with pytest.raises(ValidationError, match=r"te lang \(hoogstens 20\.000 tekens\)"):
        validation.long_text("v" * 20001, label="De visie")
    with pytest.raises(ValidationError, match="U\\+0007"):
        validation.long_text("bel\x07", label="De visie")


@pytest.mark.parametrize("raw", ["1234", "AB12", "١٢AB", "１２ＡＢ", "12ÅB", "12A", "12ABC"])
def test_a_brin_code_is_two_ascii_digits_and_two_ascii_letters(raw: str) -> None:
    assert validation.brin(" 12ab ") == "12AB"
    with pytest.raises(ValidationError, match="2 cijfers en 2 letters"):
        validation.brin(raw)


@pytest.mark.parametrize(("raw", "ok"), [
    ("https://www.nji.nl/interventies", True), ("http://example.org", True), ("javascript:alert(1)", False),
    ("file:///etc/passwd", False), ("https://", False), ("www.nji.nl", False), ("https://a b.nl", False),
    ("HTTPS://NJI.NL", True), ("ftp://nji.nl", False), ("data:text/html,hoi", False),
])
def test_web_links_are_only_http_or_https(raw: str, ok: bool) -> None:
    if ok:
        assert validation.web_link(raw, label="De website", field="website") == raw
    else:
        with pytest.raises(ValidationError, match="geen weblink; een link begint met https:// of http://"):
            validation.web_link(raw, label="De website", field="website")


def test_images_are_decoded_with_a_pixel_limit() -> None:
    assert validation.image(png(40, 20)) == "image/png"
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (30, 30), "orange").save(buffer, "JPEG")
    assert validation.image(buffer.getvalue()) == "image/jpeg"
    with pytest.raises(ValidationError, match="moet een PNG- of JPEG-afbeelding zijn"):
        validation.image(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    with pytest.raises(ValidationError, match="moet een PNG- of JPEG-afbeelding zijn"):
        validation.image(png(40, 20)[:50])  # cut off inside the pixel data
    gif = io.BytesIO()
    Image.new("RGB", (4, 4)).save(gif, "GIF")
    with pytest.raises(ValidationError, match="moet een PNG- of JPEG-afbeelding zijn"):
        validation.image(gif.getvalue())
    bomb = png(5000, 5000)  # ~25 KB on disk, 25 million pixels when decoded
    assert len(bomb) < 100_000
    with pytest.raises(ValidationError, match="te groot: 5000 × 5000 beeldpunten"):
        validation.image(bomb)
    with pytest.raises(ValidationError, match="te groot"):
        validation.image(png(60000, 60000, body=False))


# --- the holes of issue #11, closed in the operations the GUI and the command line call -------------------


@pytest.fixture
def plan_id(db: Database) -> int:
    school = schools.create_school(db, "OBS De Linde", "PO", brin="12AB")
    return plans.create_plan(db, school.id, SchoolYear(2026)).id


def test_negative_huge_exponent_and_over_precise_amounts_never_reach_the_plan(db: Database, plan_id: int) -> None:
    activity = activities.add_activity(db, plan_id, "Pleinwacht", budget="350")
    for value, fragment in (("-1", "negatief"), ("1e5", "e-notatie"), ("12,345", "twee cijfers"),
                            ("99.999.999", "hoogstens"), (Decimal("-3"), "negatief")):
        with pytest.raises(ValidationError, match=fragment):
            activities.update_activity(db, activity, budget=value)
        with pytest.raises(ValidationError, match=fragment):
            activities.set_budget_total(db, plan_id, value)
    with pytest.raises(ValidationError, match=r"tussen 0 en 10\.000"):
        activities.update_activity(db, activity, hours=Decimal("-2"))
    assert activities.activities(db, plan_id)[0].budget == Decimal("350.00")


def test_a_vision_of_a_megabyte_and_nul_bytes_are_refused(db: Database, plan_id: int) -> None:
    with pytest.raises(ValidationError, match="te lang"):
        goals.set_vision(db, plan_id, "x" * 1_000_000)
    with pytest.raises(ValidationError, match="stuurteken"):
        goals.set_vision(db, plan_id, "Veilig\x00")
    with pytest.raises(ValidationError, match="stuurteken"):
        werkgroep.add_member(db, schools.list_schools(db)[0].id, "Piet\x00", "ib")
    assert goals.get_vision(db, plan_id) is None


def test_a_brin_code_belongs_to_one_school(db: Database, plan_id: int) -> None:
    with pytest.raises(ValidationError, match="BRIN-code 12AB is al in gebruik bij OBS De Linde"):
        schools.create_school(db, "OBS De Linde (kopie)", "PO", brin="12ab")
    other = schools.create_school(db, "SBO De Brug", "SBO", brin="34KL")
    with pytest.raises(ValidationError, match="al in gebruik"):
        schools.update_school(db, other.id, brin="12AB")
    assert schools.update_school(db, other.id, brin="34KL").brin == "34KL"  # its own code is fine


def test_a_name_typed_with_a_combining_accent_is_stored_as_one_letter(db: Database) -> None:
    decomposed = unicodedata.normalize("NFD", "Café De Kroon")
    assert decomposed != "Café De Kroon"
    school = schools.create_school(db, decomposed, "PO")
    assert school.name == "Café De Kroon"
    assert validation.same_name(decomposed, "CAFÉ DE KROON")


def _own(**changes: object) -> catalogue.LocalInterventionInput:
    values: dict[str, object] = {"name": "Maatjesproject", "school_types": ("PO",), "grade_min": 4,
                                 "grade_max": 8}
    values.update(changes)
    return catalogue.LocalInterventionInput(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(("changes", "fragment"), [
    ({"grade_min": -5, "grade_max": 999}, "tussen 1 en 8"),
    ({"grade_min": 1, "grade_max": 9}, "tussen 1 en 8"),
    ({"themes": ("vrolijkheid",)}, "Onbekend thema: vrolijkheid"),
    ({"sources": ("javascript:alert(1)",)}, "geen weblink"),
    ({"sources": ("file:///C:/geheim.txt",)}, "geen weblink"),
    ({"website": "javascript:void(0)"}, "geen weblink"),
    ({"description": "d" * 20001}, "te lang"),
    ({"notes": "a\x00b"}, "stuurteken"),
])
def test_own_interventions_are_checked_like_everything_else(db: Database, changes: dict[str, object],
                                                            fragment: str) -> None:
    assert catalogue.create_local_intervention(db, _own(themes=("anti-pesten",))).name == "Maatjesproject"
    with pytest.raises(ValidationError, match=fragment):
        catalogue.create_local_intervention(db, _own(**changes))


def test_ids_that_do_not_resolve_are_refused(db: Database, plan_id: int) -> None:
    other_school = schools.create_school(db, "SBO De Brug", "SBO")
    stranger = werkgroep.add_partner(db, other_school.id, "Wijkteam Noord", "wijkteam")
    with pytest.raises(ValidationError, match="De partner bestaat niet"):
        activities.add_activity(db, plan_id, "Zorgoverleg", partner_ids=[stranger])
    with pytest.raises(ValidationError, match="De partner bestaat niet"):
        activities.add_activity(db, plan_id, "Zorgoverleg", partner_ids=[9999])
    with pytest.raises(ValidationError, match="Het doel bestaat niet"):
        activities.add_activity(db, plan_id, "Zorgoverleg", goal_id=4242)
    with pytest.raises(ValidationError, match="De eigenaar bestaat niet"):
        activities.add_activity(db, plan_id, "Zorgoverleg", owner_id=77)
    with pytest.raises(ValidationError, match="staat niet in de catalogus"):
        activities.add_activity(db, plan_id, "Zorgoverleg", intervention_id="bestaat-niet")
    with pytest.raises(ValidationError, match="Het hoofddoel bestaat niet"):
        goals.add_goal(db, plan_id, "Subdoel", parent_id=31337)
    assert activities.activities(db, plan_id) == []


def test_a_logo_that_is_not_an_image_or_a_bomb_is_never_stored(db: Database, tmp_path: Path) -> None:
    school = schools.create_school(db, "OBS De Linde", "PO")
    with pytest.raises(ValidationError, match="PNG- of JPEG"):
        schools.set_school_logo(db, school.id, b"MZ\x90\x00 dit is een programma", "image/png")
    with pytest.raises(ValidationError, match="te groot"):
        schools.set_school_logo(db, school.id, png(5000, 5000), "image/png")
    assert schools.get_school_logo(db, school.id) is None
    schools.set_school_logo(db, school.id, png(120, 40), "image/png")
    assert schools.get_school_logo(db, school.id) == (png(120, 40), "image/png")


def test_a_bad_month_or_figure_names_its_own_field(db: Database, plan_id: int) -> None:
    from wellbeing_planner.core import startfoto

    activity = activities.add_activity(db, plan_id, "Pleinwacht")
    with pytest.raises(ValidationError) as caught:
        activities.update_activity(db, activity, end_month="maart")
    assert (caught.value.field, caught.value.message) == ("end_month", "Kies een maand.")
    for raw, message in (("87,555", "'87,555' heeft meer dan twee cijfers achter de komma; rond het zelf af."),
                         ("1e3", "'1e3': schrijf het getal voluit, zonder e-notatie."),
                         ("veel", "De waarde moet een getal zijn, bijvoorbeeld 87,5.")):
        with pytest.raises(ValidationError) as caught:
            startfoto.add_indicator(db, plan_id, name="Veilig", value=raw)
        assert caught.value.message == message
    assert startfoto.indicators(db, plan_id) == []
