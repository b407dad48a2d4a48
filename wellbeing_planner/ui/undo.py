"""Undo/redo: commands hold ids and values and call core functions, never widgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand


class CallCommand(QUndoCommand):
    """An undoable change made of two calls: ``do()`` and ``undo()``.

    ``after`` runs after each of them (typically: tell pages what changed).
    The first ``redo`` (pushed on the stack) runs ``do`` unless ``already_done``.
    """

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any],
                 after: Callable[[], None] | None = None, *, already_done: bool = False) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._after = after
        self._skip_first = already_done

    def redo(self) -> None:
        if self._skip_first:
            self._skip_first = False
        else:
            self._do()
        if self._after is not None:
            self._after()

    def undo(self) -> None:
        self._undo()
        if self._after is not None:
            self._after()
