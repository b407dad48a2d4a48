"""A throw-away PostgreSQL server for the tests: a temporary data folder, a free port on 127.0.0.1, gone afterwards.

``python3 tools/throwaway_postgres.py start`` prints shell ``export`` lines (``WBP_TEST_POSTGRES_URL`` and
``WBP_PG_DIR``) for ``eval``; ``python3 tools/throwaway_postgres.py stop DIR`` stops the server and removes the
folder.  PostgreSQL refuses to run as root, so as root the server runs as the ``postgres`` user (``runuser``).
The server only listens on 127.0.0.1 and its Unix socket inside the temporary folder; its superuser has a random
password that exists only in the printed URL.  Durability is switched off (``fsync=off``): it holds test data.

Standard library only: .ci/run calls it before the project's virtual environment exists.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

USER = "wbp_test"
DATABASE = "wbp_test"


def _bin_dir() -> Path:
    found = shutil.which("pg_ctl")
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    if found:
        return Path(found).parent
    raise SystemExit("PostgreSQL's initdb was not found (Debian: apt-get install postgresql)")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _run(command: list[str]) -> None:
    result = subprocess.run(_as_server_user(command), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"failed: {' '.join(command[:2])}")


def start() -> tuple[str, Path]:
    """Start a server; return (URL, folder)."""
    bin_dir = _bin_dir()
    folder = Path(tempfile.mkdtemp(prefix="wbp-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    password = secrets.token_urlsafe(18)
    pwfile = folder / "pw"
    fd = os.open(pwfile, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(password + "\n")
    if os.geteuid() == 0:
        shutil.chown(pwfile, "postgres", "postgres")
    data = folder / "data"
    try:
        _run([str(bin_dir / "initdb"), "-D", str(data), "-U", USER, "--pwfile", str(pwfile), "-A", "scram-sha-256",
              "-E", "UTF8", "--no-locale", "--no-sync"])
    finally:
        pwfile.unlink(missing_ok=True)
    port = _free_port()
    options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
               "-c full_page_writes=off -c max_connections=60")
    _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "server.log"), "-w",
          "-t", "60", "start"])
    url = f"postgresql+psycopg://{USER}:{password}@127.0.0.1:{port}/postgres"
    _create_database(url)
    return url.rsplit("/", 1)[0] + f"/{DATABASE}", folder


def _create_database(url: str) -> None:
    """CREATE DATABASE through psql on the server's own socket (no driver needed here)."""
    port = url.rsplit(":", 1)[1].split("/")[0]
    host = url.split("@", 1)[1].split(":")[0]
    password = url.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]
    psql = shutil.which("psql") or str(_bin_dir() / "psql")
    env = dict(os.environ, PGPASSWORD=password)
    for _attempt in range(20):
        result = subprocess.run([psql, "-h", host, "-p", port, "-U", USER, "-d", "postgres", "-v", "ON_ERROR_STOP=1",
                                 "-c", f"CREATE DATABASE {DATABASE}"], capture_output=True, text=True, env=env,
                                check=False)
        if result.returncode == 0:
            return
        time.sleep(0.25)
    sys.stderr.write(result.stderr)
    raise SystemExit("could not create the test database")


def stop(folder: Path) -> None:
    data = folder / "data"
    if (data / "postmaster.pid").exists():
        subprocess.run(_as_server_user([str(_bin_dir() / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w",
                                        "stop"]), capture_output=True, check=False)
    shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["start"]:
        url, folder = start()
        print(f"export WBP_TEST_POSTGRES_URL='{url}'")
        print(f"export WBP_PG_DIR='{folder}'")
        return 0
    if argv[:1] == ["stop"] and len(argv) == 2:
        stop(Path(argv[1]))
        return 0
    sys.stderr.write("usage: throwaway_postgres.py start | stop DIR\n")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
