"""Every user setting, declared once with its type and default, stored with QSettings (INI, per user)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from wellbeing_planner import APP_ID, ORG_NAME


class Settings:
    """Typed access to the app's settings.  Tests point QSettings at a temp dir with ``QSettings.setPath``."""

    def __init__(self) -> None:
        self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_ID)

    @staticmethod
    def _db_key(database: Path) -> str:
        # One "last plan" per database file (real data and the demo are kept apart).
        return hashlib.sha1(str(database.resolve()).encode("utf-8")).hexdigest()[:12]

    def last_plan_id(self, database: Path) -> int | None:
        value = self._qs.value(f"last_plan/{self._db_key(database)}")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def set_last_plan_id(self, database: Path, plan_id: int | None) -> None:
        key = f"last_plan/{self._db_key(database)}"
        if plan_id is None:
            self._qs.remove(key)
        else:
            self._qs.setValue(key, plan_id)

    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)

    def last_page(self) -> str:
        value = self._qs.value("window/page", "school")
        return str(value)

    def set_last_page(self, page_id: str) -> None:
        self._qs.setValue("window/page", page_id)

    def zoom(self) -> float:
        try:
            value = float(self._qs.value("view/zoom", 1.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 1.0
        return value if 0.5 <= value <= 3.0 else 1.0

    def set_zoom(self, zoom: float) -> None:
        self._qs.setValue("view/zoom", zoom)

    def guidance_hidden(self) -> bool:
        return str(self._qs.value("view/guidance_hidden", "false")).lower() == "true"

    def set_guidance_hidden(self, hidden: bool) -> None:
        self._qs.setValue("view/guidance_hidden", "true" if hidden else "false")

    def language(self) -> str:
        """The language of the window, reports and messages (*Instellingen → Taal*); Dutch by default."""
        from wellbeing_planner.i18n import DEFAULT_LANGUAGE, LANGUAGES

        value = str(self._qs.value("view/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        self._qs.setValue("view/language", language)

    def database_url(self) -> str | None:
        """The board's shared database (``postgresql+psycopg://user@host/db``), or None for the local plan file."""
        value = str(self._qs.value("database/url", "") or "")
        return value or None

    def set_database_url(self, url: str | None) -> None:
        """Remember the shared database; a password in ``url`` is taken out first (it belongs in ~/.pgpass)."""
        if not url:
            self._qs.remove("database/url")
            return
        from wellbeing_planner.storage.server import without_password

        self._qs.setValue("database/url", without_password(url))

    def sync(self) -> None:
        self._qs.sync()
