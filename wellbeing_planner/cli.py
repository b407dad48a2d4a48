"""Command line: without a sub-command the GUI starts; sub-commands run headless.

Exit codes: 0 ok · 1 unexpected error (a bug) · 2 the user asked for something
that cannot be done, or the machine is in the way (one Dutch line on stderr).
``check`` exits 2 when it finds the database unhealthy.  No traceback ever
reaches the terminal: details of a bug go to the log in the data folder.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from wellbeing_planner import APP_ID, APP_NAME, __version__, i18n
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
    "one of the arguments %s is required": "kies één van %s",
    "not allowed with argument %s": "kan niet samen met %s",
}


class DutchArgumentParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line (Dutch, or English with ``--lang en``) and exit code 2."""

    def error(self, message: str) -> NoReturn:
        _write_err(f"{APP_ID}: " + _("fout: {message}").format(message=message))
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
    dutch = i18n.language() == "nl"
    argparse._ = lambda text: _ARGPARSE_NL.get(text, text) if dutch else text  # type: ignore[attr-defined]
    common = DutchArgumentParser(add_help=False)
    common.add_argument("--lang", choices=tuple(i18n.LANGUAGES), default=argparse.SUPPRESS,
                        help=_("taal van het venster, de rapporten en de meldingen: nl (Nederlands, standaard) of "
                               "en (English)"))
    common.add_argument("--data-dir", metavar=_("MAP"), default=argparse.SUPPRESS,
                        help=_("map met de gegevens (standaard: de gegevensmap van de gebruiker)"))
    common.add_argument("--demo", action="store_true", default=argparse.SUPPRESS,
                        help=_("gebruik de demoschool (eigen database, los van echte plannen)"))
    common.add_argument("--database-url", metavar="ADRES", default=argparse.SUPPRESS,
                        help=_("gedeelde database van het schoolbestuur: postgresql+psycopg://gebruiker@server/"
                               "database (wachtwoord in ~/.pgpass of PGPASSFILE; zie docs/board.md)"))

    parser = DutchArgumentParser(prog=APP_ID, description=_("{app}: plan, voer uit en evalueer een schoolbrede "
                                                            "aanpak voor welbevinden.").format(app=APP_NAME),
                                 parents=[common])
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help=_("toon het versienummer en stop"))
    parser.add_argument("--startup-check", action="store_true",
                        help=_("open het hoofdvenster, wacht tot het laatste plan getoond wordt en stop (test)"))
    parser.add_argument("--presentation", action="store_true",
                        help=_("start in presentatiemodus: volledig scherm, grote letters, geen privévelden"))
    parser.add_argument("--first-paint-check", action="store_true", help=argparse.SUPPRESS)  # benchmarks
    sub = parser.add_subparsers(dest="command", metavar=_("OPDRACHT"), parser_class=DutchArgumentParser)

    demo = sub.add_parser("demo", parents=[common], help=_("maak de demoschool aan en toon het id van het demoplan"))
    demo.add_argument("--reset", action="store_true", help=_("gooi de demoschool weg en maak hem opnieuw"))

    lst = sub.add_parser("list", parents=[common], help=_("toon scholen en plannen"))
    lst.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))

    sub.add_parser("check", parents=[common], help=_("controleer de database en de schemaversie"))

    backup = sub.add_parser("backup", parents=[common],
                            help=_("maak een gecontroleerde reservekopie (standaard in de map backups/)"))
    backup.add_argument("--to", metavar=_("BESTAND"), help=_("schrijf de reservekopie naar dit bestand"))

    restore = sub.add_parser("restore", parents=[common],
                             help=_("zet een reservekopie terug (het huidige planbestand wordt eerst bewaard)"))
    restore.add_argument("file", metavar=_("BESTAND"), help=_("de reservekopie die teruggezet wordt"))

    backups = sub.add_parser("backups", parents=[common], help=_("toon de reservekopieën"))
    backups.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))

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

    export = sub.add_parser("export", parents=[common], help=_("exporteer een rapport als PDF of het plan als "
                                                                 "planbestand"))
    export.add_argument("plan_id", metavar="PLAN_ID", type=_positive_int)
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--pdf", metavar=_("BESTAND"), help=_("het PDF-bestand dat geschreven wordt"))
    target.add_argument("--plan-file", metavar=_("BESTAND"),
                        help=_("schrijf het hele plan als planbestand (.wbplan) om te verhuizen of te delen"))
    export.add_argument("--report", choices=REPORT_KINDS, default="jaarplan",
                        help=_("welk rapport (standaard: jaarplan)"))

    imp = sub.add_parser("import", parents=[common],
                         help=_("lees een planbestand (.wbplan) in en toon het id van het nieuwe plan"))
    imp.add_argument("file", metavar=_("BESTAND"), help=_("het planbestand; een school met dezelfde BRIN-code krijgt "
                                                       "het plan erbij"))

    cat = sub.add_parser("catalogue", parents=[common],
                         help=_("toon de interventiecatalogus (ook eigen interventies)"))
    cat.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))
    update = sub.add_parser("catalogue-update", parents=[common],
                            help=_("neem een nieuwere interventiecatalogus in gebruik (plannen blijven zoals ze zijn)"))
    update.add_argument("file", metavar=_("BESTAND"), help=_("het catalogusbestand (JSON) van de leverancier"))
    update.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))

    board = sub.add_parser("board", parents=[common],
                           help=_("bestuursoverzicht: alle scholen naast elkaar (status, zelfscan, geld)"))
    board.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))
    board.add_argument("--school-type", metavar="TYPE", help=_("alleen scholen van dit type (PO, SO, SBO, VO, ...)"))
    board.add_argument("--region", metavar="REGIO", help=_("alleen scholen in deze gemeente of GGD-regio"))
    board.add_argument("--csv", metavar="BESTAND", help=_("schrijf het overzicht ook als CSV-bestand"))
    board.add_argument("--pdf", metavar="BESTAND", help=_("schrijf het overzicht ook als PDF-rapport"))

    history = sub.add_parser("history", parents=[common], help=_("wie wat wanneer aan een plan heeft veranderd"))
    history.add_argument("plan_id", metavar="PLAN_ID", type=_positive_int)
    history.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))

    return parser


# --- handlers ---------------------------------------------------------------------------------


def _data_dir(args: argparse.Namespace) -> Path:
    from wellbeing_planner import paths
    from wellbeing_planner.core.workspace import setup_logging

    directory = paths.resolve_data_dir(getattr(args, "data_dir", None))
    setup_logging(directory)
    return directory


def _open(args: argparse.Namespace, *, write: bool = False) -> Any:
    """Open the database; a write holds the writer lock (waiting briefly while the window has it)."""
    from wellbeing_planner.core.workspace import open_database

    db = open_database(_data_dir(args), demo=bool(getattr(args, "demo", False)), writer=write,
                       url=_server_url(args))
    for notice in db.notices:
        _write_err(f"{APP_ID}: {notice}")
    return db


def _server_url(args: argparse.Namespace) -> str | None:
    """The ``--database-url`` given (a board's server), checked; ``None`` for the local plan file."""
    url = getattr(args, "database_url", None)
    if not url:
        return None
    from wellbeing_planner.storage import server

    if getattr(args, "demo", False):
        raise UserError(_("De demoschool staat altijd in een eigen bestand op deze pc; laat --database-url weg."))
    server.parse(url)
    return str(url)


def _file_only(args: argparse.Namespace) -> None:
    """Backups of a server database are the board's pg_dump, not the app's copies."""
    if _server_url(args):
        raise UserError(_("'{command}' werkt met het planbestand op deze pc. Een gedeelde database op de server "
                          "wordt bewaard met pg_dump door de beheerder (zie docs/board.md).").format(
                              command=args.command))


def _db_path(args: argparse.Namespace) -> Path:
    from wellbeing_planner import paths

    _file_only(args)

    return paths.database_path(_data_dir(args), demo=bool(getattr(args, "demo", False)))


def _cmd_demo(args: argparse.Namespace) -> int:
    from wellbeing_planner.core.demo import ensure_demo

    _file_only(args)
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
    from wellbeing_planner.core.roadmap import KINDS

    for school in all_schools:
        kind = school.school_type if school.kind == "school" else KINDS.get(school.kind, school.kind).lower()
        _write_out(f"{school.name} ({kind})")
        own = [p for p in all_plans if p.school_id == school.id]
        if not own:
            _write_out("  " + _("(nog geen plan)"))
        for plan in own:
            _write_out(f"  [{plan.id}] {plan.school_year}  {plan.title}  ({plan.status_name})")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from wellbeing_planner.storage.db import integrity_report

    url = _server_url(args)
    if url:
        return _check_server(url)
    path = _db_path(args)
    if not path.exists() and not path.is_symlink():
        _write_out(_("Nog geen planbestand in {dir}; er is niets te controleren.").format(dir=path.parent))
        return EXIT_OK
    healthy, lines = integrity_report(path)
    for line in lines:
        _write_out(line)
    _write_out(_("Resultaat: gezond") if healthy else _("Resultaat: problemen gevonden"))
    return EXIT_OK if healthy else EXIT_USER


def _check_server(url: str) -> int:
    from wellbeing_planner.storage import server

    engine = server.make_engine(server.parse(url))
    try:
        healthy, lines = server.check_report(engine)
    finally:
        engine.dispose()
    for line in lines:
        _write_out(line)
    _write_out(_("Resultaat: gezond") if healthy else _("Resultaat: problemen gevonden"))
    return EXIT_OK if healthy else EXIT_USER


def _cmd_backup(args: argparse.Namespace) -> int:
    from wellbeing_planner import paths
    from wellbeing_planner.storage import backups, migrate

    path = _db_path(args)
    if not path.exists():
        raise UserError(_("Er is nog geen planbestand in {dir}; er is niets om te bewaren.").format(dir=path.parent))
    migrate.check_not_newer(migrate.stored_revision(path))
    if args.to:
        target = Path(args.to).expanduser()
        if target.is_dir():
            raise UserError(_("'{path}' is een map; geef een bestandsnaam op.").format(path=target))
        if target.exists():
            raise UserError(_("'{path}' bestaat al; kies een nieuwe naam (er wordt niets overschreven).").format(
                path=target))
        if not target.parent.is_dir():
            raise UserError(_("De map '{path}' bestaat niet.").format(path=target.parent))
        written = backups.make_backup(path, target)
    else:
        written = backups.backup(path, paths.backup_dir(path.parent), backups.MANUAL)
    _write_out(_("Reservekopie gemaakt en gecontroleerd: {path}").format(path=written))
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from wellbeing_planner import paths
    from wellbeing_planner.storage import backups

    path = _db_path(args)
    source = Path(args.file).expanduser()
    saved = backups.restore(path, source, paths.backup_dir(path.parent))
    _write_out(_("Teruggezet: {source}").format(source=source))
    if saved is not None:
        _write_out(_("Het vorige planbestand is bewaard als {path}").format(path=saved))
    db = _open(args)  # brings an older backup up to the current schema (after its own copy)
    db.close()
    return EXIT_OK


def _cmd_backups(args: argparse.Namespace) -> int:
    from wellbeing_planner import paths
    from wellbeing_planner.core.formatting import format_number
    from wellbeing_planner.storage import backups

    path = _db_path(args)
    found = backups.list_backups(paths.backup_dir(path.parent), path.stem)
    if args.json:
        _write_out(json.dumps([b.to_json() for b in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        _write_out(_("Nog geen reservekopieën in {dir}.").format(dir=paths.backup_dir(path.parent)))
    for item in found:
        state = "" if item.healthy else _("  (beschadigd)")
        _write_out(f"{item.made:%Y-%m-%d %H:%M}  {item.kind_label:<17} "
                   + _("{plans} plan(nen), {size} kB").format(plans=item.plans if item.plans is not None else "?",
                                                              size=format_number(round(item.size / 1024)))
                   + f"  {item.path.name}{state}")
    return EXIT_OK


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
        _write_out(f"{entry.id}\t{entry.name}{own}\t{', '.join(entry.school_types)}\t{_(entry.recognition.label)}")
    return EXIT_OK


def _cmd_catalogue_update(args: argparse.Namespace) -> int:
    from wellbeing_planner.exchange.catalogue_update import install_update, update_report

    update = install_update(_data_dir(args), Path(args.file))  # checked completely before anything is kept
    db = _open(args)
    try:
        references = update_report(db)
    finally:
        db.close()
    if args.json:
        _write_out(json.dumps({
            "version": update.version, "previous_version": update.previous_version,
            "interventions": update.interventions, "added": list(update.added), "removed": list(update.removed),
            "plans": [{"plan_id": plan_id, "plan": name, "references": lines} for plan_id, name, lines in references],
        }, ensure_ascii=False, indent=2))
        return EXIT_OK
    _write_out(update.summary())
    for plan_id, name, lines in references:
        _write_out(_("Plan {id} ({name}):").format(id=plan_id, name=name))
        for line in lines:
            _write_out(f"  {line}")
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

    db = _open(args, write=True)
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
    if args.plan_file:
        return _export_plan_file(args)
    from wellbeing_planner.reports.export import export_report

    db = _open(args)
    try:
        written = export_report(db, args.plan_id, Path(args.pdf), report=args.report, warn=_write_err)
    finally:
        db.close()
    _write_out(_("Rapport opgeslagen: {path}").format(path=written))
    return EXIT_OK


def _export_plan_file(args: argparse.Namespace) -> int:
    from wellbeing_planner.exchange.export import export_plan

    db = _open(args)
    try:
        written = export_plan(db, args.plan_id, Path(args.plan_file))
    finally:
        db.close()
    _write_out(_("Planbestand opgeslagen: {path}").format(path=written))
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from wellbeing_planner.exchange.importer import import_prepared, read_plan_file

    prepared = read_plan_file(Path(args.file))  # every check before the database is even opened
    db = _open(args, write=True)
    try:
        result = import_prepared(db, prepared, add_to_existing=True)
    finally:
        db.close()
    _write_out(str(result.plan_id))
    if result.added_to_existing_school:
        log.info("plan %s added to existing school %s", result.plan_id, result.school_name)
    return EXIT_OK


def _cmd_board(args: argparse.Namespace) -> int:
    from wellbeing_planner.core import board

    db = _open(args)
    try:
        overview = board.board_overview(db, board.BoardFilter(school_type=args.school_type, region=args.region))
    finally:
        db.close()
    if args.csv:
        _write_err(_("CSV opgeslagen: {path}").format(path=board.export_csv(overview, Path(args.csv))))
    if args.pdf:
        from wellbeing_planner.reports.bestuur import export_board_report

        _write_err(_("Rapport opgeslagen: {path}").format(path=export_board_report(overview, Path(args.pdf))))
    if args.json:
        _write_out(json.dumps(overview.to_json(), ensure_ascii=False, indent=2))
    else:
        _write_out(board.format_board(overview))
    return EXIT_OK


def _cmd_history(args: argparse.Namespace) -> int:
    from wellbeing_planner.core.history import format_history, plan_history

    db = _open(args)
    try:
        entries = plan_history(db, args.plan_id)
    finally:
        db.close()
    if args.json:
        _write_out(json.dumps([entry.to_json() for entry in entries], ensure_ascii=False, indent=2))
    else:
        _write_out(format_history(entries))
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _cmd_demo,
    "list": _cmd_list,
    "check": _cmd_check,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "backups": _cmd_backups,
    "catalogue": _cmd_catalogue,
    "catalogue-update": _cmd_catalogue_update,
    "summary": _cmd_summary,
    "carry-over": _cmd_carry_over,
    "suggest": _cmd_suggest,
    "export": _cmd_export,
    "import": _cmd_import,
    "board": _cmd_board,
    "history": _cmd_history,
}


def run(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run; returns the exit code (exceptions become codes and messages)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    chosen = _chosen_language(arguments)
    i18n.set_language(chosen or i18n.DEFAULT_LANGUAGE)  # before the parser: its help is translated too
    parser = build_parser()
    opened = _opened_plan_file(arguments)
    if opened is not None:  # a double-click on a .wbplan file (the installer's file association)
        arguments.remove(str(opened))
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exc:  # --help, --version, or a usage error already reported
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_USER
    _quiet_logging(args)
    try:
        if args.command is None:
            from wellbeing_planner.ui.app import run_gui

            return run_gui(getattr(args, "data_dir", None), demo=bool(getattr(args, "demo", False)),
                           startup_check=args.startup_check, first_paint_check=args.first_paint_check,
                           presentation=args.presentation, open_file=opened, language=chosen,
                           database_url=_server_url(args))
        return _COMMANDS[args.command](args)
    except PlannerError as exc:
        _write_err(f"{APP_ID}: {exc.message}")
        log.info("user-facing problem: %s", type(exc).__name__)
        return EXIT_USER
    except KeyboardInterrupt:
        return EXIT_USER
    except BrokenPipeError:  # the reader went away (e.g. `list | head`): nothing is wrong, stop quietly
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:
        from wellbeing_planner.errors import environment_problem_from

        problem = environment_problem_from(exc)
        if problem is not None:
            _write_err(f"{APP_ID}: {problem.message}")
            log.info("machine problem: %s", problem.detail)
            return EXIT_USER
        log.exception("unexpected error")
        _write_err(_("{app}: onverwachte fout ({kind}). Wat al was opgeslagen blijft bewaard; de details staan in "
                     "het logboek in de gegevensmap (logs/).").format(app=APP_ID, kind=type(exc).__name__))
        return EXIT_BUG


def _chosen_language(arguments: list[str]) -> str | None:
    """The language asked for with ``--lang xx`` or ``--lang=xx`` anywhere on the line (``None``: not asked).

    Read before parsing, so that the parser's own help and errors speak it; an
    unknown value is left for the parser to report.
    """
    for index, argument in enumerate(arguments):
        value = None
        if argument == "--lang" and index + 1 < len(arguments):
            value = arguments[index + 1]
        elif argument.startswith("--lang="):
            value = argument.partition("=")[2]
        if value in i18n.LANGUAGES:
            return value
    return None


def _opened_plan_file(arguments: list[str]) -> Path | None:
    """The plan file named on the command line without a sub-command (``wellbeing-planner plan.wbplan``)."""
    for argument in arguments:
        if argument.lower().endswith(".wbplan") and not argument.startswith("-"):
            position = arguments.index(argument)
            if position == 0 or arguments[position - 1] not in ("--data-dir",):
                return Path(argument) if not any(a in _COMMANDS for a in arguments) else None
    return None


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at nothing so Python's own flush at exit stays quiet."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass


def _quiet_logging(args: argparse.Namespace) -> None:
    """Log to the data folder's log file; without one, records go nowhere — never onto the terminal."""
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())
    if args.command is None:
        return  # the window sets up its own log
    try:
        _data_dir(args)
    except PlannerError:
        pass  # the command itself reports an unusable data folder


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``wellbeing-planner`` and ``python main.py``."""
    return run(argv)


__all__ = ["UserError", "build_parser", "main", "run"]
