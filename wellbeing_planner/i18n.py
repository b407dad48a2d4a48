"""Translation hook for the Qt-free packages.

User-visible strings in ``core``, ``content``, ``reports`` and ``exchange`` are
written in Dutch (the source language) and wrapped in :func:`_` so that a later
translation layer can replace them.  The UI uses Qt's own ``tr()``.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str], str] | None = None


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
