"""The window in English and in Dutch: no page shows a word of the other language.

English: every page of the demo school is opened and every text a user sees —
labels, buttons, group titles, tabs, table headers, menus, placeholders, tooltips
and the names a screen reader speaks — is checked for Dutch.  Proper names,
Dutch domain terms that the English text explains once (startfoto, zelfscan,
intern begeleider …), the catalogue (names and descriptions of Dutch
interventions) and the demo school's own data are allowed; they are Dutch on
purpose.  Dutch: the same walk finds no English.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from tools import translations
from wellbeing_planner import i18n, paths
from wellbeing_planner.core.demo import ensure_demo
from wellbeing_planner.ui.app import install_qt_translation
from wellbeing_planner.ui.main_window import MainWindow
from wellbeing_planner.ui.pages.registry import PAGES

#: Dutch words that an English sentence never needs.
_DUTCH_WORDS = """
de het een en van voor niet nog geen wordt worden zijn naar bij ook wat wie hoe waar alle deze dit dat er maar
kies toevoegen verwijderen opslaan bewaren nieuw nieuwe doel doelen activiteit activiteiten pijler pijlers
leerlingen ouders schooljaar groepen werkgroep gepland bezig afgerond eigenaar maanden bron waarde cijfer
cijfers onbekend ja nee totaal uren jaarplan jaarplanning aanpak visie beleid signaleren educatie schoolomgeving
rapport rapporten interventie interventies criterium gescoord prioriteit laag midden hoog plannen zoek kiezen
wijzigen bijvoorbeeld leerkracht directeur gemeente vastgesteld uitgesteld vervallen klaar risico koers mediaan
deelnemers uit zonder tot wanneer welke moet kan staat staan gemaakt soort grootte terugzetten reservekopie
afsluiten bestand beeld instellingen taal ga eigen erkend erkenning aanbieder bronnen notities kosten duur
bereik jaar maand
"""
DUTCH_WORDS = set(_DUTCH_WORDS.split())

#: English words a Dutch window never needs.
_ENGLISH_WORDS = """
the and with your you from which what when where should could would please add delete save new goal goals
activity activities pupils pupil school year years settings language choose change edit view file quit
close plan plans to are not no yes none unknown total hours month months report reports page pages
"""
ENGLISH_WORDS = set(_ENGLISH_WORDS.split()) - {"plan", "plannen", "plans", "school"}

#: Dutch on purpose in the English window: names, and Dutch terms the English text explains where they first occur.
ENGLISH_ALLOWED = (
    "Welbevinden Planner", "Gezonde School", "De Vlinderboom", "Vlinderboom", "Basisschool De Regenboog",
    "Basisschool", "startfoto", "Startfoto", "zelfscan", "Zelfscan", "intern begeleider", "Intern begeleider",
    "samenwerkingsverband", "Samenwerkingsverband", "BRIN", "GGD", "JGZ", "MR", "Kanjertraining", "KanVAS",
    "Wet veiligheid op school", "Wet passend onderwijs", "Leerplichtwet", "thuiszitters", "signaleren",
    "Nederlands",
)

#: English on purpose in the Dutch window: words Dutch borrowed, names, and the language menu.
DUTCH_ALLOWED = (
    "English", "Help", "Zoom", "Website", "E-mail", "Team", "Status", "Budget", "Training", "Focus", "Logo", "PDF",
    "Welbevinden Planner", "Ctrl", "SMART", "Score", "PNG", "JPEG",
)

PAGE_SETTLE_MS = 30


def _demo_texts(data_dir: Path) -> list[str]:
    """Every text stored in the demo database: the demo school's own data stays Dutch."""
    found: list[str] = []
    connection = sqlite3.connect(paths.database_path(data_dir, demo=True))
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info('{table}')")]
            for column in columns:
                for (value,) in connection.execute(f"SELECT \"{column}\" FROM \"{table}\""):
                    if isinstance(value, str) and len(value) > 1 and not value.startswith("{"):
                        found.append(value)
    finally:
        connection.close()
    return found


def _catalogue_texts() -> list[str]:
    """Names, providers and descriptions of the catalogue's Dutch interventions (not translated)."""
    from wellbeing_planner.content.catalogue import catalogue
    from wellbeing_planner.core.suggestions import _first_clause

    found: list[str] = []
    for entry in catalogue().interventions:
        for value in vars(entry).values() if hasattr(entry, "__dict__") else [
                getattr(entry, name) for name in entry.__slots__]:  # type: ignore[attr-defined]
            if isinstance(value, str):
                found.append(value)
            elif isinstance(value, tuple):
                found += [v for v in value if isinstance(v, str)]
        # the advice quotes them in its own form: an evidence note without its full stop, the first clause
        # of the training or duration ("vraagt een intensieve invoering: het team volgt een e-learning")
        found += [note.rstrip(".") for note in entry.cautions]
        found += [clause for clause in (_first_clause(entry.training), _first_clause(entry.duration)) if clause]
    return found


def _item_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    root = QModelIndex()
    columns = 1 if isinstance(view, QListView) else model.columnCount(root)
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if header:
            yield str(header)
        for row in range(min(model.rowCount(root), 200)):  # cells made by the app (statuses, scores, names)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(row, column, root), role)
                if isinstance(value, str):
                    yield value


def visible_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of the window (or dialog) a user can read or hear."""
    widgets: list[QWidget] = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        texts: list[str] = []
        if isinstance(widget, QLabel):
            texts.append(re.sub(r"<[^>]+>", " ", widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView):
            texts += list(_item_texts(widget))
        elif isinstance(widget, QMenu):
            texts.append(widget.title())
            texts += [action.text() for action in widget.actions()]
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.windowTitle()]
        for text in texts:
            if text and text.strip():
                yield where, text
    if isinstance(window, MainWindow):
        for action in window.menuBar().actions():
            yield "menu bar", action.text()


def _leftovers(texts: Iterator[tuple[str, str]], words: set[str], allowed: list[str],
               untranslated: set[str]) -> list[str]:
    allowed = sorted(set(allowed), key=len, reverse=True)
    found: set[str] = set()
    for where, text in texts:
        plain = re.sub(r"https?://\S+", " ", text.replace("&", ""))
        if plain.strip() in untranslated:
            found.add(f"{where}: {text!r} (a source string)")
            continue
        shortened = plain.rstrip("… ").strip()
        if len(shortened) >= 20 and any(name.startswith(shortened) for name in allowed):
            continue  # user data cut short to fit a cell
        # user data cut short inside a sentence, quoted: “Heldere pleinafspraken met vaste…”
        plain = re.sub(r"“([^”]{20,})…”", lambda m: " " if any(name.startswith(m.group(1).rstrip())
                                                              for name in allowed) else m.group(0), plain)
        for name in allowed:
            if name in plain:
                plain = plain.replace(name, " ")
            elif plain.endswith("…") and len(name) >= 20 and name[:20] in plain:  # user data cut short at the end
                start = plain.index(name[:20])
                if name.startswith(plain[start:].rstrip("… ")):
                    plain = plain[:start]
        hits = sorted({w for w in re.findall(r"[^\W\d_]+", plain.lower()) if w in words})
        if hits:
            found.add(f"{where}: {text!r} ({', '.join(hits)})")
    return sorted(found)


def _walk_pages(qtbot: QtBot, window: MainWindow) -> Iterator[tuple[str, str]]:
    texts: dict[tuple[str, str], None] = {}
    for entry in PAGES:
        window.show_page(entry.page_id)
        qtbot.wait(PAGE_SETTLE_MS)
        texts.update(dict.fromkeys((f"{entry.page_id}: {where}", text) for where, text in visible_texts(window)
                                   if (where, text) not in {(w.partition(": ")[2], t) for w, t in texts}))
    return iter(texts)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    i18n.set_language("en")
    install_qt_translation(qapp, "en")
    yield
    i18n.set_language("nl")
    install_qt_translation(qapp, "nl")


def _sources_with_other_translation() -> tuple[set[str], set[str]]:
    """The Dutch sources and the English translations that differ from them."""
    pairs = [(source, english) for (_, source), english in translations.read_ts().items() if english]
    pairs += [(source, english) for source, english in translations.read_core().items() if english]
    sources, english = {s.strip() for s, _ in pairs}, {e.strip() for _, e in pairs}
    return sources - english, english - sources


def test_every_page_of_the_demo_in_english_has_no_dutch_left(english: None, qtbot: QtBot,
                                                             make_window: WindowFactory, data_dir: Path) -> None:
    ensure_demo(data_dir)
    window = make_window(demo=True)
    window.resize(1366, 768)
    dutch_sources, _ = _sources_with_other_translation()
    allowed = [*ENGLISH_ALLOWED, *_demo_texts(data_dir), *_catalogue_texts()]
    leftovers = _leftovers(_walk_pages(qtbot, window), DUTCH_WORDS, allowed, dutch_sources)
    assert leftovers == [], f"{len(leftovers)} Dutch texts in the English window:\n" + "\n".join(leftovers)


def test_the_dialogs_in_english_have_no_dutch_left(english: None, qtbot: QtBot, make_window: WindowFactory,
                                                   data_dir: Path) -> None:
    from wellbeing_planner.content.catalogue import catalogue
    from wellbeing_planner.content.framework import framework
    from wellbeing_planner.ui.backup_dialog import RestoreDialog
    from wellbeing_planner.ui.dialogs import NewPlanDialog, NewSchoolDialog
    from wellbeing_planner.ui.errors import CrashDialog
    from wellbeing_planner.ui.widgets.catalogue_dialogs import CompareDialog, LocalInterventionDialog
    from wellbeing_planner.ui.widgets.team_round import TeamRoundDialog

    ensure_demo(data_dir)
    window = make_window(demo=True)
    ctx = window.ctx
    assert ctx is not None
    dialogs: list[QWidget] = [
        NewSchoolDialog(ctx, window), NewPlanDialog(ctx, window), CrashDialog("Traceback …", window),
        RestoreDialog(window.database_path, paths.backup_dir(data_dir), window),
        LocalInterventionDialog(ctx, window), CompareDialog(list(catalogue().interventions[:2]), window),
        TeamRoundDialog(framework().criteria_for("PO")[0], (1, 2, 3, 1), window),
    ]
    texts: list[tuple[str, str]] = []
    for dialog in dialogs:
        dialog.show()
        qtbot.wait(PAGE_SETTLE_MS)
        texts += [(f"{type(dialog).__name__}: {where}", text) for where, text in visible_texts(dialog)]
        dialog.close()
    shown = {text for _, text in texts}
    assert {"New school", "Team round", "Compare interventions", "Restore backup", "Copy details"} <= shown
    dutch_sources, _ = _sources_with_other_translation()
    allowed = [*ENGLISH_ALLOWED, *_demo_texts(data_dir), *_catalogue_texts()]
    leftovers = _leftovers(iter(texts), DUTCH_WORDS, allowed, dutch_sources)
    assert leftovers == [], f"{len(leftovers)} Dutch texts in the English dialogs:\n" + "\n".join(leftovers)


def test_every_page_of_the_demo_in_dutch_has_no_english_left(qtbot: QtBot, make_window: WindowFactory,
                                                             data_dir: Path) -> None:
    ensure_demo(data_dir)
    window = make_window(demo=True)
    window.resize(1366, 768)
    _, english_translations = _sources_with_other_translation()
    allowed = [*DUTCH_ALLOWED, *_demo_texts(data_dir), *_catalogue_texts()]
    leftovers = _leftovers(_walk_pages(qtbot, window), ENGLISH_WORDS, allowed, english_translations)
    assert leftovers == [], f"{len(leftovers)} English texts in the Dutch window:\n" + "\n".join(leftovers)


def test_the_language_menu_remembers_the_choice_for_the_next_start(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    assert [a.text() for a in window.language_menu.actions()] == ["Nederlands", "English"]
    assert window.language_actions["nl"].isChecked()
    window.language_actions["en"].trigger()
    box = window.findChild(QWidget, "LanguageChangedBox")
    assert box is not None and "volgende start" in box.findChild(QLabel, "qt_msgbox_label").text()  # type: ignore[union-attr]
    from wellbeing_planner.ui.settings import Settings

    assert Settings().language() == "en"
    assert i18n.language() == "nl", "the open window keeps its language until the next start"


def test_the_compiled_qm_holds_every_finished_translation_of_the_ts(qapp: QApplication) -> None:
    """The .qm is committed (a fresh clone and the bundle need no lrelease); it must match the .ts."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(translations.UI_QM)), "run tools/translations.py compile"
    stale = [f"{context}: {source!r}" for (context, source), english in translations.read_ts().items()
             if english and translator.translate(context, source) != english]
    assert stale == [], "run tools/translations.py compile:\n" + "\n".join(stale[:20])


def test_english_qt_texts_replace_the_dutch_ones(english: None, qapp: QApplication) -> None:
    """Qt's own buttons follow the language: Dutch qtbase is not installed when English is chosen."""
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QCoreApplication.translate("MainWindow", "&Bestand") == "&File"


def test_the_window_starts_in_the_stored_language_and_lang_wins(tmp_path: Path) -> None:
    """*Instellingen → Taal* is read at the next start; ``--lang`` on the command line goes before it."""
    import os
    import subprocess
    import sys

    from wellbeing_planner import APP_ID, ORG_NAME

    config = tmp_path / "config"
    ini = config / ORG_NAME / f"{APP_ID}.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[view]\nlanguage=en\n", encoding="utf-8")
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config))
    root = Path(__file__).resolve().parents[2]

    def start(*extra: str) -> str:
        result = subprocess.run([sys.executable, str(root / "main.py"), "--data-dir", str(data), "--startup-check",
                                 *extra], env=env, capture_output=True, text=True, timeout=120, check=False)
        assert result.returncode == 0, result.stderr
        log = (paths.log_dir(data) / "welbevinden-planner.log").read_text(encoding="utf-8")
        return re.findall(r"language: (\w+)", log)[-1]

    assert start() == "en"
    assert start("--lang", "nl") == "nl"
