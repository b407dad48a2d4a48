"""The plan database on a PostgreSQL server: a school board's shared database.

Chosen with ``--database-url postgresql+psycopg://user@host/dbname``.  The same models and the same Alembic
migrations as the SQLite file; only this module (and :mod:`~wellbeing_planner.storage.db`) knows which backend
is in use.  Nothing of the SQLite file's care applies here (no file diagnosis, writer lock, backups or WAL): the
server does its own locking, and backups are the board's ``pg_dump`` (see ``docs/board.md``).

Opening brings the database to the current schema in one transaction (PostgreSQL has transactional DDL): a
failed upgrade leaves the database exactly as it was.  An advisory lock makes a second client that starts at
the same moment wait for the first one's upgrade instead of running it twice.

Passwords: the app never stores one.  libpq finds it in PostgreSQL's own password file (``~/.pgpass``, or the
file named by ``PGPASSFILE``), or it is part of the URL given on the command line; what is shown or logged of
a URL never contains it (:func:`display`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from wellbeing_planner.errors import EnvironmentProblem, NotAPlannerFile, UserError
from wellbeing_planner.i18n import _
from wellbeing_planner.storage import migrate

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Connection, Engine

log = logging.getLogger(__name__)

DRIVER = "postgresql+psycopg"
#: Same for every client of every board database: "the schema of this database is being changed".
MIGRATION_LOCK_KEY = 0x57425031  # "WBP1"
CONNECT_TIMEOUT_S = 10


def is_server_url(text: str | None) -> bool:
    """True for a PostgreSQL URL (``postgresql://`` or ``postgresql+psycopg://``)."""
    return bool(text) and str(text).split("://", 1)[0] in ("postgresql", "postgres", DRIVER)


def parse(text: str) -> URL:
    """A database URL as SQLAlchemy's URL, with the psycopg 3 driver; a Dutch message for anything else."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text.strip())
    except ArgumentError:
        raise UserError(_("Dit is geen geldig database-adres. Gebruik de vorm "
                          "postgresql+psycopg://gebruiker@server/database.")) from None
    if url.get_backend_name() not in ("postgresql", "postgres"):
        raise UserError(_("Alleen een PostgreSQL-server kan als gedeelde database dienen (adres begint met "
                          "postgresql+psycopg://). Zonder adres gebruikt de app het planbestand op deze pc."))
    if url.get_driver_name() not in ("psycopg", "postgresql", "postgres", ""):
        raise UserError(_("Gebruik het stuurprogramma psycopg (postgresql+psycopg://...)."))
    if not url.database:
        raise UserError(_("Het database-adres noemt geen database (…/naam aan het eind)."))
    return url.set(drivername=DRIVER)


def display(url: URL | str) -> str:
    """The URL as shown to users and written to logs: never with the password."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True) if isinstance(url, str) else \
        url.render_as_string(hide_password=True)


def without_password(text: str) -> str:
    """The URL to remember in the settings: the password taken out (it belongs in ~/.pgpass)."""
    from sqlalchemy.engine import URL

    url = parse(text)
    return URL.create(url.drivername, url.username, None, url.host, url.port, url.database,
                      url.query).render_as_string(hide_password=False)


def make_engine(url: URL) -> Engine:
    """An engine on the server; parameters never appear in error messages (they hold what users typed)."""
    from sqlalchemy import create_engine

    return create_engine(url, hide_parameters=True, pool_pre_ping=True, pool_size=5, max_overflow=5,
                         connect_args={"connect_timeout": CONNECT_TIMEOUT_S,
                                       "application_name": "Welbevinden Planner"})


def user_tables(connection: Connection) -> dict[str, set[str]]:
    """Table name → column names in the connection's current schema."""
    from sqlalchemy import inspect

    inspector = inspect(connection)
    return {name: {column["name"] for column in inspector.get_columns(name)}
            for name in inspector.get_table_names()}


def stored_revision(connection: Connection) -> str | None:
    """The Alembic revision in the database; ``None`` for an empty database; refuses someone else's."""
    tables = user_tables(connection)
    if "alembic_version" not in tables:
        if tables:
            raise NotAPlannerFile(_("De database op de server bevat al tabellen van een ander programma. Hij wordt "
                                    "niet gebruikt of gewijzigd; vraag de beheerder om een eigen, lege database "
                                    "voor Welbevinden Planner."))
        return None
    version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return None if version is None else str(version)


def before_commit(connection: Connection) -> None:
    """Called inside the migration transaction just before it commits; tests replace it to fail there."""


def prepare(engine: Engine) -> str | None:
    """Bring the server database to the current schema in one transaction; return the revision found before."""
    with engine.begin() as connection:
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
        revision = stored_revision(connection)
        migrate.check_not_newer(revision)
        if revision == migrate.HEAD_REVISION:
            problems = migrate.schema_problems(user_tables(connection))
            if problems:
                raise _incomplete(problems)
            return revision
        if revision is not None:
            problems = migrate.differences(user_tables(connection), migrate.schema_at(revision))
            if problems:
                raise _incomplete(problems)
        migrate.upgrade(connection)
        problems = migrate.schema_problems(user_tables(connection))
        if problems:
            raise _incomplete(problems)
        before_commit(connection)
    log.info("server database at %s (was %s)", migrate.HEAD_REVISION, revision)
    return revision


def _incomplete(problems: list[str]) -> EnvironmentProblem:
    from wellbeing_planner.errors import DatabaseDamaged

    return DatabaseDamaged(_("De database op de server is onvolledig ({what}); er is niets veranderd. Vraag de "
                             "beheerder om de laatste pg_dump-reservekopie terug te zetten.").format(
                                 what="; ".join(problems[:3])))


def check_report(engine: Engine) -> tuple[bool, list[str]]:
    """``check`` for a server database: schema version and tables (read-only)."""
    lines: list[str] = [_("Database: {url}").format(url=display(engine.url))]
    with engine.connect() as connection:
        revision = stored_revision(connection)
        tables = user_tables(connection)
        connection.rollback()
    if revision is None:
        return False, [*lines, _("Schema: nog leeg (wordt bij het eerste openen aangemaakt)")]
    try:
        migrate.check_not_newer(revision)
    except EnvironmentProblem as exc:
        return False, [*lines, exc.message]
    if revision == migrate.HEAD_REVISION:
        lines.append(_("Schema: actueel ({revision})").format(revision=revision))
        problems = migrate.schema_problems(tables)
    else:
        lines.append(_("Schema: {revision}, wordt bij het openen bijgewerkt naar {head}").format(
            revision=revision, head=migrate.HEAD_REVISION))
        problems = migrate.differences(tables, migrate.schema_at(revision))
    if problems:
        lines.append(_("Tabellen: onvolledig of half bijgewerkt — {what}").format(what="; ".join(problems)))
        return False, lines
    lines.append(_("Tabellen: compleet"))
    return True, lines
