"""English next to Dutch for the Qt-free code: the catalogue is complete, and the command line speaks it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tools import translations
from wellbeing_planner import i18n
from wellbeing_planner.cli import run
from wellbeing_planner.core.demo import ensure_demo

PLACEHOLDER = re.compile(r"\{[^}]*\}")


def test_every_dutch_string_of_the_core_has_an_english_translation() -> None:
    """Fails when new ``_("…")`` text has no English yet: run tools/translations.py extract and translate it."""
    catalogue = translations.read_core()
    missing = [text for text in translations.core_messages() if not catalogue.get(text)]
    assert missing == [], f"{len(missing)} strings without English in resources/translations/core_en.json"


def test_the_english_ui_catalogue_is_complete() -> None:
    """Every UI string in the code is in the .ts and translated (open the .ts in pyside6-linguist to add one)."""
    messages, problems = translations.ui_messages()
    assert problems == []
    known = translations.read_ts()
    missing = [f"{m.context}: {m.source!r}" for m in messages if not known.get((m.context, m.source))]
    assert missing == [], "run tools/translations.py extract, translate, then compile:\n" + "\n".join(missing)


@pytest.mark.parametrize("catalogue", ["core", "ui"])
def test_translations_keep_every_placeholder(catalogue: str) -> None:
    """A ``{name}`` lost or misspelt in a translation would crash ``.format`` or drop a value."""
    pairs = (translations.read_core().items() if catalogue == "core"
             else [(source, english) for (_, source), english in translations.read_ts().items()])
    wrong = [source for source, english in pairs
             if english and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(english))]
    assert wrong == []


def test_labels_follow_the_language_even_when_built_before_it_was_chosen() -> None:
    from wellbeing_planner.core.activities import STATUSES
    from wellbeing_planner.errors import DISK_FULL, environment_problem_from

    assert STATUSES["gepland"] == "Gepland"
    i18n.set_language("en")
    assert STATUSES["gepland"] == "Planned"
    assert dict(STATUSES)["afgerond"] == "Completed"
    problem = environment_problem_from(OSError(28, "No space left on device"))
    assert problem is not None and problem.message == "The disk is full. Free up space and try again; what was " \
                                                      "already saved is kept."
    assert DISK_FULL.startswith("De schijf is vol")  # the constant itself stays the Dutch source


def test_the_command_line_speaks_english_with_lang_en(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    plan_id = ensure_demo(data)
    assert run(["--lang", "en", "--data-dir", str(data), "--demo", "summary", str(plan_id)]) == 0
    out = capsys.readouterr().out
    assert "Zelfscan per pillar:" in out and "Early identification:" in out and "status: adopted" in out
    assert "Stappen" not in out
    assert run(["--data-dir", str(data), "--demo", "--lang=en", "list"]) == 0
    assert "(Completed)" in capsys.readouterr().out  # last year's plan
    assert run(["--data-dir", str(data), "--demo", "summary", "999", "--lang", "en"]) == 2
    assert capsys.readouterr().err.strip() == "wellbeing-planner: Plan 999 does not exist (any more)."


def test_dutch_stays_the_default_of_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    plan_id = ensure_demo(data)
    run(["--lang", "en", "--data-dir", str(data), "--demo", "list"])
    capsys.readouterr()
    assert run(["--data-dir", str(data), "--demo", "summary", str(plan_id)]) == 0
    out = capsys.readouterr().out
    assert "Zelfscan per pijler:" in out and "status: vastgesteld" in out


def test_help_and_usage_errors_follow_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--lang", "en", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: wellbeing-planner") and "--lang {nl,en}" in out
    assert "show schools and plans" in out and "FOLDER" in out
    assert run(["--lang", "en", "--bogus"]) == 2
    assert capsys.readouterr().err.strip() == "wellbeing-planner: error: unrecognized arguments: --bogus"
    assert run(["--bogus"]) == 2
    assert capsys.readouterr().err.strip() == "wellbeing-planner: fout: onbekende argumenten: --bogus"
    assert run(["--lang", "fr", "list"]) == 2
    assert "ongeldige keuze: 'fr'" in capsys.readouterr().err


def test_an_english_report_has_english_headings(tmp_path: Path) -> None:
    from pypdf import PdfReader

    data = tmp_path / "data"
    plan_id = ensure_demo(data)
    target = tmp_path / "jaarplan-en.pdf"
    assert run(["--lang", "en", "--data-dir", str(data), "--demo", "export", str(plan_id), "--pdf", str(target)]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Annual wellbeing plan" in text and "Main goals" in text and "Pillar Early identification" in text
    assert "Belangrijkste doelen" not in text and "Samenvatting" not in text
    assert re.search(r"\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|"
                     r"December) 20\d\d", text), "dates with English month names"
