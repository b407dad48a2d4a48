"""The only module that knows where things live.

* Resources (framework, catalogue, schemas, fonts, ...) are read-only data that
  ship with the app.  They are found in a source checkout (``resources/`` at the
  top level), in an installed wheel (``wellbeing_planner/resources``) and in a
  frozen bundle (``sys._MEIPASS/resources``) — :func:`resource_dir` decides.
* User data (the plan database, backups, logs) lives in the per-user *local*
  data directory, or in ``--data-dir``, or — in portable mode, when a file named
  ``portable`` sits beside ``main.py`` or the frozen executable — in ``data/``
  beside it.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from wellbeing_planner import APP_ID, ORG_NAME
from wellbeing_planner.errors import UserError
from wellbeing_planner.i18n import _

DATABASE_NAME = "planner.sqlite3"
DEMO_DATABASE_NAME = "demo.sqlite3"
BACKUP_DIR_NAME = "backups"
LOG_DIR_NAME = "logs"
PORTABLE_MARKER = "portable"

_PACKAGE_DIR = Path(__file__).resolve().parent


def is_frozen() -> bool:
    """True inside a PyInstaller (or similar) bundle."""
    return bool(getattr(sys, "frozen", False))


@cache
def resource_dir() -> Path:
    """Return the directory holding the app's read-only resources."""
    candidates: list[Path] = []
    if is_frozen():
        bundle = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
        candidates.append(bundle / "resources")
    candidates.append(_PACKAGE_DIR / "resources")  # installed wheel
    candidates.append(_PACKAGE_DIR.parent / "resources")  # source checkout
    for candidate in candidates:
        if (candidate / "framework").is_dir():
            return candidate
    raise FileNotFoundError(f"resources not found; looked in {', '.join(map(str, candidates))}")


def resource_path(*parts: str) -> Path:
    """Path of a file inside the resource directory."""
    return resource_dir().joinpath(*parts)


def app_home() -> Path:
    """Directory of the program itself: beside the frozen exe, or beside ``main.py``."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return _PACKAGE_DIR.parent


def portable_data_dir() -> Path | None:
    """``data/`` beside the program when the ``portable`` marker file exists."""
    home = app_home()
    if (home / PORTABLE_MARKER).is_file():
        return home / "data"
    return None


def default_data_dir() -> Path:
    """The per-user local (not roaming) data directory."""
    portable = portable_data_dir()
    if portable is not None:
        return portable
    from platformdirs import user_data_path

    return user_data_path(APP_ID, ORG_NAME, roaming=False)


def resolve_data_dir(override: str | os.PathLike[str] | None = None, *, create: bool = True) -> Path:
    """Return the data directory to use, creating it when needed.

    Raises :class:`UserError` with a Dutch message when ``override`` cannot be used.
    """
    path = Path(override).expanduser() if override else default_data_dir()
    if path.exists() and not path.is_dir():
        raise UserError(_("De gegevensmap '{path}' is een bestand, geen map.").format(path=path))
    if create:
        existed = path.exists()
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(_("De gegevensmap '{path}' kan niet worden aangemaakt: {reason}.").format(
                path=path, reason=exc.strerror or exc)) from exc
        if not existed or not override:
            _make_private(path)
    if path.exists() and not os.access(path, os.W_OK):
        raise UserError(_("In de gegevensmap '{path}' mag niet worden geschreven.").format(path=path))
    return path.resolve() if path.exists() else path


def _make_private(directory: Path) -> None:
    """Only the user may look inside the data folder (Linux/macOS; on Windows it sits in the user's profile).

    Applied to folders the app made and to its default folder; a folder chosen with
    ``--data-dir`` that already existed keeps the permissions its owner gave it.
    """
    if os.name != "posix":
        return
    try:
        os.chmod(directory, 0o700)
    except OSError:
        pass


def database_path(data_dir: Path, *, demo: bool = False) -> Path:
    """Path of the plan database (or the separate demo database) in ``data_dir``."""
    return data_dir / (DEMO_DATABASE_NAME if demo else DATABASE_NAME)


def backup_dir(data_dir: Path) -> Path:
    """Where copies of the database are kept (before upgrades, later also rotating backups)."""
    return data_dir / BACKUP_DIR_NAME


def log_dir(data_dir: Path) -> Path:
    """Where the rotating log files live."""
    return data_dir / LOG_DIR_NAME


_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "afs", "9p", "fuse.sshfs", "ncpfs", "davfs",
               "fuse.davfs2", "glusterfs", "ceph", "lustre", "virtiofs"}


def is_local_path(path: Path) -> bool:
    """Best guess whether ``path`` is on a local disk (WAL mode is unsafe on network shares)."""
    path = path.resolve()
    if sys.platform == "win32":
        text = str(path)
        if text.startswith("\\\\"):
            return False
        try:
            import ctypes

            drive = os.path.splitdrive(text)[0] + "\\"
            drive_remote = 4
            return int(ctypes.windll.kernel32.GetDriveTypeW(drive)) != drive_remote  # type: ignore[attr-defined]
        except Exception:  # pragma: no cover - defensive: unknown means "not local"
            return False
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return True  # macOS and others: assume local
    best, fstype = "", ""
    text = str(path)
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (text == mount_point or text.startswith(mount_point.rstrip("/") + "/")) and len(mount_point) > len(best):
            best, fstype = mount_point, parts[2]
    return fstype not in _NETWORK_FS
