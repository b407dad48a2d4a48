"""Keep the English translations in step with the Dutch source strings.

    python tools/translations.py extract   # update the catalogues from the code, keep what is translated
    python tools/translations.py compile   # .ts → .qm with pyside6-lrelease (the .qm is committed)
    python tools/translations.py status    # what is still untranslated

Two catalogues, because two kinds of code say things to the user:

- ``resources/translations/wellbeing_planner_en.ts`` — the Qt Linguist file of
  the UI (``self.tr``, ``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP`` and
  the module-level ``tr()`` helpers), compiled to ``wellbeing_planner_en.qm``
  that the app loads.  Open it in ``pyside6-linguist`` to translate.
- ``resources/translations/core_en.json`` — the Qt-free strings (``_("…")`` and
  ``count(n, "…", "…")`` in core, storage, content, reports, exchange and the
  command line), a plain ``{"Dutch": "English"}`` map read by
  :mod:`wellbeing_planner.i18n`.

The contexts are found the way PySide6 looks them up at run time:
``self.tr`` is the enclosing class, a module's own ``def tr`` names its context
in its ``QCoreApplication.translate`` call, and the few ``page.tr``/``window.tr``
calls are resolved by :data:`OTHER_OBJECTS`.  We write our own extractor (not
``pyside6-lupdate``) because lupdate does not see those module-level helpers.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "wellbeing_planner"
TRANSLATIONS = ROOT / "resources" / "translations"
UI_TS = TRANSLATIONS / "wellbeing_planner_en.ts"
UI_QM = TRANSLATIONS / "wellbeing_planner_en.qm"
CORE_JSON = TRANSLATIONS / "core_en.json"

#: ``<object>.tr(...)`` calls on something other than ``self``: (module, object) → the class it is at run time.
OTHER_OBJECTS = {
    ("ui/main_window.py", "window"): "MainWindow",
    ("ui/dialogs.py", "parent"): "MainWindow",
    ("ui/pages/school.py", "page"): "SchoolPage",
    ("ui/pages/school.py", "self.page"): "SchoolPage",
}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    where: str


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _module_tr_context(tree: ast.Module) -> str | None:
    """The context of a module's own ``def tr(text): return QCoreApplication.translate("Ctx", text)``."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _callee(inner) == "QCoreApplication.translate":
                    return _literal(inner.args[0]) if inner.args else None
    return None


def _callee(call: ast.Call) -> str:
    try:
        return ast.unparse(call.func)
    except (ValueError, TypeError):  # pragma: no cover - unparse handles every expression
        return ""


class _UiVisitor(ast.NodeVisitor):
    def __init__(self, module: str, tree: ast.Module) -> None:
        self.module = module
        self.module_context = _module_tr_context(tree)
        self.classes: list[str] = []
        self.local_tr: dict[str, str] = {}  # ``tr = page.tr`` inside a function
        self.found: list[Message] = []
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Assign(self, node: ast.Assign) -> None:
        if (len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "tr"
                and isinstance(node.value, ast.Attribute) and node.value.attr == "tr"):
            owner = ast.unparse(node.value.value)
            context = self._object_context(owner, node.lineno)
            if context:
                self.local_tr["tr"] = context
        self.generic_visit(node)

    def _object_context(self, owner: str, line: int) -> str | None:
        if owner == "self":
            return self.classes[-1] if self.classes else None
        context = OTHER_OBJECTS.get((self.module, owner))
        if context is None:
            self.problems.append(f"{self.module}:{line}: unknown object {owner!r} in {owner}.tr(); "
                                 "add it to OTHER_OBJECTS")
        return context

    def _add(self, context: str | None, node: ast.AST | None, call: ast.Call) -> None:
        text = _literal(node)
        where = f"{self.module}:{call.lineno}"
        if text is None:
            self.problems.append(f"{where}: not a literal string in {ast.unparse(call)[:70]}")
            return
        if context is None:
            self.problems.append(f"{where}: no translation context for {text!r}")
            return
        self.found.append(Message(context, text, where))

    def visit_Call(self, node: ast.Call) -> None:
        callee = _callee(node)
        if callee in ("QCoreApplication.translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            self._add(_literal(node.args[0]), node.args[1], node)
        elif callee == "tr" and node.args:
            self._add(self.local_tr.get("tr", self.module_context), node.args[0], node)
        elif callee.endswith(".tr") and node.args:
            self._add(self._object_context(callee[:-3], node.lineno), node.args[0], node)
        elif callee == "PageEntry" and len(node.args) == 5:  # the navigation titles (ui/pages/registry.py)
            self._add(_literal(node.args[2]), node.args[4], node)
        self.generic_visit(node)


def _dynamic_ok(problem: str) -> bool:
    """Calls that translate a variable on purpose: the variable's values are marked elsewhere."""
    return "not a literal string" in problem


def ui_messages() -> tuple[list[Message], list[str]]:
    """Every translatable UI string, in file order, with the problems found on the way."""
    found: list[Message] = []
    problems: list[str] = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        visitor = _UiVisitor(module, tree)
        visitor.visit(tree)
        found += visitor.found
        problems += [p for p in visitor.problems if not _dynamic_ok(p)]
    return found, problems


def core_messages() -> list[str]:
    """Every ``_("…")`` and ``count(n, "…", "…")`` string of the Qt-free code, in file order."""
    found: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            callee = _callee(node)
            if callee == "_" and node.args:
                texts = [_literal(node.args[0])]
            elif callee in ("count", "i18n.count") and len(node.args) == 3:
                texts = [_literal(node.args[1]), _literal(node.args[2])]
            else:
                continue
            found += [text for text in texts if text is not None]
    found += catalogue_theme_labels()
    return list(dict.fromkeys(found))


def catalogue_theme_labels() -> list[str]:
    """The theme names of the intervention catalogue: content, but shown as words of the app (``theme_label``)."""
    import yaml

    raw = yaml.safe_load((ROOT / "resources" / "catalogue" / "interventions.yaml").read_text(encoding="utf-8"))
    return [str(theme["label"]) for theme in raw.get("themes", [])]


# --- the .ts file ---------------------------------------------------------------------------------


def read_ts(path: Path = UI_TS) -> dict[tuple[str, str], str]:
    """(context, source) → translation ("" when unfinished)."""
    if not path.exists():
        return {}
    result: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in ("unfinished", "vanished",
                                                                                 "obsolete")
            result[(name, message.findtext("source") or "")] = (translation.text or "") if (
                done and translation is not None) else ""
    return result


def write_ts(messages: list[Message], known: dict[tuple[str, str], str], path: Path = UI_TS) -> None:
    by_context: dict[str, dict[str, Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, {}).setdefault(message.source, message)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             '<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">']
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for source in by_context[context]:
            translation = known.get((context, source), "")
            lines += ["    <message>", f"        <source>{escape(source)}</source>"]
            if translation:
                lines.append(f"        <translation>{escape(translation)}</translation>")
            else:
                lines.append('        <translation type="unfinished"></translation>')
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_core(path: Path = CORE_JSON) -> dict[str, str]:
    if not path.exists():
        return {}
    data: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return data


def write_core(sources: list[str], known: dict[str, str], path: Path = CORE_JSON) -> None:
    data = {source: known.get(source, "") for source in sorted(sources)}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _lrelease() -> Path:
    name = "pyside6-lrelease.exe" if sys.platform == "win32" else "pyside6-lrelease"
    beside = Path(sys.executable).with_name(name)
    return beside if beside.exists() else Path(name)


def compile_ts() -> None:
    subprocess.run([str(_lrelease()), "-silent", "-nounfinished", str(UI_TS), "-qm", str(UI_QM)], check=True)


def _iter_untranslated() -> Iterator[str]:
    for (context, source), translation in read_ts().items():
        if not translation:
            yield f"ui  {context}: {source!r}"
    for source, translation in read_core().items():
        if not translation:
            yield f"core  {source!r}"


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "status"
    if command == "extract":
        messages, problems = ui_messages()
        write_ts(messages, read_ts())
        write_core(core_messages(), read_core())
        for problem in problems:
            print(problem)
        print(f"{UI_TS.relative_to(ROOT)}: {len({(m.context, m.source) for m in messages})} strings")
        print(f"{CORE_JSON.relative_to(ROOT)}: {len(read_core())} strings")
        return 1 if problems else 0
    if command == "compile":
        compile_ts()
        print(f"{UI_TS.relative_to(ROOT)} → {UI_QM.relative_to(ROOT)}")
        return 0
    if command == "status":
        missing = list(_iter_untranslated())
        for line in missing:
            print(line)
        print(f"{len(missing)} untranslated")
        return 1 if missing else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
