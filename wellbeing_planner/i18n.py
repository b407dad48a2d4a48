"""Translation hook for the Qt-free packages, and the choice of language.

User-visible strings in ``core``, ``content``, ``reports``, ``exchange`` and the
command line are written in Dutch (the source language) and wrapped in :func:`_`.
:func:`set_language` installs the English catalogue
(``resources/translations/core_en.json``, kept up to date with
``python tools/translations.py extract``).  The UI uses Qt's own ``tr()`` with
its ``.qm`` file; both follow the same choice.

Module-level constants are built when their module is imported, which may be
before the language is chosen (and tests switch languages in one process).
Dictionaries of labels are therefore wrapped in :class:`Labels`, which
translates on every read, and single constants are passed through :func:`_`
where they are shown — translating an already translated text changes nothing.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Mapping
from functools import cache

log = logging.getLogger(__name__)

#: The languages the app speaks, with their names in that language (for the menu and ``--lang``).
LANGUAGES: dict[str, str] = {"nl": "Nederlands", "en": "English"}
DEFAULT_LANGUAGE = "nl"

_translator: Callable[[str], str] | None = None
_language = DEFAULT_LANGUAGE


def install(translator: Callable[[str], str] | None) -> None:
    """Install (or remove, with ``None``) the function that translates strings."""
    global _translator
    _translator = translator


def _(text: str) -> str:
    """Return ``text`` translated into the active language (Dutch by default)."""
    if _translator is None:
        return text
    return _translator(text)


def count(n: int, one: str, many: str) -> str:
    """``n`` with the right form of a noun: ``count(1, "doel", "doelen")`` → ``"1 doel"``, ``"3 doelen"``."""
    return f"{n} {_(one) if n == 1 else _(many)}"


def language() -> str:
    """The active language: ``"nl"`` (the source) or ``"en"``."""
    return _language


def set_language(code: str) -> None:
    """Make ``code`` the language of the Qt-free code (and of the framework texts loaded after this)."""
    global _language
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; choose from {', '.join(LANGUAGES)}")
    _language = code
    if code == DEFAULT_LANGUAGE:
        install(None)
        return
    messages = catalogue(code)
    install(lambda text: messages.get(text) or text)


@cache
def catalogue(code: str) -> dict[str, str]:
    """The translations of the Qt-free strings into ``code`` (source → translation; empty when missing)."""
    from wellbeing_planner import paths

    path = paths.resource_path("translations", f"core_{code}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # a damaged install: keep working in Dutch rather than fail
        log.warning("translation catalogue %s unreadable: %s", path, exc)
        return {}
    return {str(k): str(v) for k, v in data.items() if v}


class Labels(Mapping[str, str]):
    """A fixed ``id → Dutch label`` table whose labels are translated each time they are read."""

    __slots__ = ("_source",)

    def __init__(self, source: Mapping[str, str]) -> None:
        self._source = dict(source)

    def __getitem__(self, key: str) -> str:
        return _(self._source[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._source)

    def __len__(self) -> int:
        return len(self._source)

    def __repr__(self) -> str:
        return f"Labels({self._source!r})"
