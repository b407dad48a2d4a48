"""Command line: without a sub-command the GUI starts; sub-commands run headless.

Exit codes: 0 ok · 1 unexpected error (a bug) · 2 the user asked for something
that cannot be done (one Dutch line on stderr).  ``check`` also exits 1 when it
finds the database unhealthy.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from wellbeing_planner import APP_ID, APP_NAME, __version__
from wellbeing_planner.errors import PlannerError, UserError
from wellbeing_planner.i18n import _

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_BUG = 1
EXIT_USER = 2

REPORT_KINDS = ("jaarplan", "zelfscan", "overzicht", "evaluatie")

_ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "show this help message and exit": "toon deze hulp en stop",
    "positional arguments": "argumenten",
    "options": "opties",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "expected one argument": "verwacht één waarde",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "dubbelzinnige optie: %(option)s (%(matches)s)",
    "show program's version number and exit": "toon het versienummer en stop",
}


class DutchArgumentParser(argparse.ArgumentParser):
    """An argument parser whose errors are one Dutch line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        _write_err(f"{APP_ID}: fout: {message}")
        raise SystemExit(EXIT_USER)


def _write_err(line: str) -> None:
    stream = sys.stderr
    if stream is not None:  # a windowed frozen app has no stderr
        stream.write(line.rstrip("\n") + "\n")
        stream.flush()


def _write_out(text: str) -> None:
    stream = sys.stdout
    if stream is not None:
        stream.write(text if text.endswith("\n") else text + "\n")
        stream.flush()


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{text}' is geen geheel getal").format(text=text)) from None
    if value <= 0:
        raise argparse.ArgumentTypeError(_("'{text}' moet groter dan 0 zijn").format(text=text))
    return value


def build_parser() -> DutchArgumentParser:
    """The whole command-line grammar."""
    argparse._ = lambda text: _ARGPARSE_NL.get(text, text)  # type: ignore[attr-defined]
    common = DutchArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="MAP", default=argparse.SUPPRESS,
                        help=_("map met de gegevens (standaard: de gegevensmap van de gebruiker)"))
    common.add_argument("--demo", action="store_true", default=argparse.SUPPRESS,
                        help=_("gebruik de demoschool (eigen database, los van echte plannen)"))

    parser = DutchArgumentParser(prog=APP_ID, description=_("{app}: plan, voer uit en evalueer een schoolbrede "
                                                            "aanpak voor welbevinden.").format(app=APP_NAME),
                                 parents=[common])
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help=_("toon het versienummer en stop"))
    parser.add_argument("--startup-check", action="store_true",
                        help=_("open het hoofdvenster, wacht tot het laatste plan getoond wordt en stop (test)"))
    sub = parser.add_subparsers(dest="command", metavar=_("OPDRACHT"), parser_class=DutchArgumentParser)

    demo = sub.add_parser("demo", parents=[common], help=_("maak de demoschool aan en toon het id van het demoplan"))
    demo.add_argument("--reset", action="store_true", help=_("gooi de demoschool weg en maak hem opnieuw"))

    lst = sub.add_parser("list", parents=[common], help=_("toon scholen en plannen"))
    lst.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))

    sub.add_parser("check", parents=[common], help=_("controleer de database en de schemaversie"))

    summary = sub.add_parser("summary", parents=[common], help=_("de stand van een plan in één oogopslag"))
    summary.add_argument("plan_id", metavar="PLAN_ID", type=_positive_int)
    summary.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))

    carry = sub.add_parser("carry-over", parents=[common], help=_("zet een plan door naar het volgende schooljaar"))
    carry.add_argument("plan_id", metavar="PLAN_ID", type=_positive_int)

    suggest = sub.add_parser("suggest", parents=[common], help=_("stel passende interventies voor, met redenen"))
    suggest.add_argument("plan_id", metavar="PLAN_ID", type=_positive_int)
    suggest.add_argument("--goal", metavar="GOAL_ID", type=_positive_int, help=_("alleen voor dit doel"))
    suggest.add_argument("--limit", metavar="N", type=_positive_int, default=10, help=_("hoogstens N voorstellen"))
    suggest.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))

    export = sub.add_parser("export", parents=[common], help=_("exporteer een rapport als PDF"))
    export.add_argument("plan_id", metavar="PLAN_ID", type=_positive_int)
    export.add_argument("--pdf", metavar="BESTAND", required=True, help=_("het PDF-bestand dat geschreven wordt"))
    export.add_argument("--report", choices=REPORT_KINDS, default="jaarplan",
                        help=_("welk rapport (standaard: jaarplan)"))

    cat = sub.add_parser("catalogue", parents=[common],
                         help=_("toon de interventiecatalogus (ook eigen interventies)"))
    cat.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))

    return parser


# --- handlers ---------------------------------------------------------------------------------


def _data_dir(args: argparse.Namespace) -> Path:
    from wellbeing_planner import paths

    return paths.resolve_data_dir(getattr(args, "data_dir", None))


def _open(args: argparse.Namespace) -> Any:
    from wellbeing_planner.core.workspace import open_database

    return open_database(_data_dir(args), demo=bool(getattr(args, "demo", False)))


def _cmd_demo(args: argparse.Namespace) -> int:
    from wellbeing_planner.core.demo import ensure_demo

    _write_out(str(ensure_demo(_data_dir(args), reset=args.reset)))
    return EXIT_OK


def _cmd_list(args: argparse.Namespace) -> int:
    from wellbeing_planner.core import plans, schools

    db = _open(args)
    try:
        all_plans = plans.list_plans(db)
        all_schools = schools.list_schools(db)
    finally:
        db.close()
    if args.json:
        _write_out(json.dumps([p.to_json() for p in all_plans], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not all_schools:
        _write_out(_("Nog geen scholen. Start de app of maak de demoschool met '{app} demo'.").format(app=APP_ID))
        return EXIT_OK
    for school in all_schools:
        _write_out(f"{school.name} ({school.school_type})")
        own = [p for p in all_plans if p.school_id == school.id]
        if not own:
            _write_out("  " + _("(nog geen plan)"))
        for plan in own:
            _write_out(f"  [{plan.id}] {plan.school_year}  {plan.title}  ({plan.status_name})")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from wellbeing_planner import paths
    from wellbeing_planner.storage.db import integrity_report

    data_dir = _data_dir(args)
    path = paths.database_path(data_dir, demo=bool(getattr(args, "demo", False)))
    if not path.exists():
        _write_out(_("Nog geen planbestand in {dir}; er is niets te controleren.").format(dir=data_dir))
        return EXIT_OK
    healthy, lines = integrity_report(path)
    for line in lines:
        _write_out(line)
    _write_out(_("Resultaat: gezond") if healthy else _("Resultaat: problemen gevonden"))
    return EXIT_OK if healthy else EXIT_BUG


def _cmd_catalogue(args: argparse.Namespace) -> int:
    from wellbeing_planner.core import catalogue as catalogue_ops

    db = _open(args)
    try:
        entries = catalogue_ops.all_interventions(db)
    finally:
        db.close()
    if args.json:
        _write_out(json.dumps([entry.to_json() for entry in entries], ensure_ascii=False, indent=2))
        return EXIT_OK
    for entry in entries:
        own = _(" (eigen)") if entry.local else ""
        _write_out(f"{entry.id}\t{entry.name}{own}\t{', '.join(entry.school_types)}\t{entry.recognition.label}")
    return EXIT_OK


def _cmd_summary(args: argparse.Namespace) -> int:
    from wellbeing_planner.core.summary import format_summary, plan_summary

    db = _open(args)
    try:
        summary = plan_summary(db, args.plan_id)
    finally:
        db.close()
    _write_out(json.dumps(summary, ensure_ascii=False, indent=2) if args.json else format_summary(summary))
    return EXIT_OK


def _cmd_carry_over(args: argparse.Namespace) -> int:
    from wellbeing_planner.core.carry_over import carry_over_plan

    db = _open(args)
    try:
        new_plan = carry_over_plan(db, args.plan_id)
    finally:
        db.close()
    _write_out(str(new_plan.id))
    return EXIT_OK


def _cmd_suggest(args: argparse.Namespace) -> int:
    from wellbeing_planner.core.suggestions import format_suggestions, suggest_for_plan

    db = _open(args)
    try:
        suggestions = suggest_for_plan(db, args.plan_id, goal_id=args.goal, limit=args.limit)
    finally:
        db.close()
    if args.json:
        _write_out(json.dumps([s.to_json() for s in suggestions], ensure_ascii=False, indent=2))
    else:
        _write_out(format_suggestions(suggestions))
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from wellbeing_planner.reports.export import export_report

    db = _open(args)
    try:
        written = export_report(db, args.plan_id, Path(args.pdf), report=args.report, warn=_write_err)
    finally:
        db.close()
    _write_out(_("Rapport opgeslagen: {path}").format(path=written))
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _cmd_demo,
    "list": _cmd_list,
    "check": _cmd_check,
    "catalogue": _cmd_catalogue,
    "summary": _cmd_summary,
    "carry-over": _cmd_carry_over,
    "suggest": _cmd_suggest,
    "export": _cmd_export,
}


def run(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run; returns the exit code (exceptions become codes and messages)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already reported
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_USER
    try:
        if args.command is None:
            from wellbeing_planner.ui.app import run_gui

            return run_gui(getattr(args, "data_dir", None), demo=bool(getattr(args, "demo", False)),
                           startup_check=args.startup_check)
        return _COMMANDS[args.command](args)
    except PlannerError as exc:
        _write_err(f"{APP_ID}: {exc.message}")
        log.info("user-facing error: %s (%s)", exc.message, exc.detail)
        return EXIT_USER
    except KeyboardInterrupt:
        return EXIT_USER
    except Exception as exc:
        log.exception("unexpected error")
        _write_err(_("{app}: onverwachte fout: {kind}: {text}").format(app=APP_ID, kind=type(exc).__name__,
                                                                        text=exc))
        return EXIT_BUG


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``wellbeing-planner`` and ``python main.py``."""
    return run(argv)


__all__ = ["UserError", "build_parser", "main", "run"]
