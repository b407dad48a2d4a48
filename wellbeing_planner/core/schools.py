"""Use cases for schools: create, read, validate and update the school profile."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import validation
from wellbeing_planner.errors import NotFoundError, ValidationError
from wellbeing_planner.i18n import _
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import School

MAX_PUPILS = 20000

#: The fields of the school profile that :func:`update_school` accepts.
PROFILE_FIELDS = ("name", "brin", "school_type", "grade_min", "grade_max", "pupils", "gemeente", "ggd_region")


@dataclass(frozen=True, slots=True)
class SchoolInfo:
    id: int
    name: str
    brin: str | None
    school_type: str
    grade_min: int | None
    grade_max: int | None
    pupils: int | None
    gemeente: str | None
    ggd_region: str | None
    has_logo: bool
    kind: str = "school"  # school, kinderopvang or keten

    @property
    def grades_text(self) -> str:
        """E.g. ``"groep 1-8"`` or ``""`` when unknown."""
        if self.grade_min is None or self.grade_max is None:
            return ""
        label = framework().school_type(self.school_type).grade_label
        return f"{label} {self.grade_min}-{self.grade_max}"


def school_info(school: School) -> SchoolInfo:
    return SchoolInfo(id=school.id, name=school.name, brin=school.brin, school_type=school.school_type,
                      grade_min=school.grade_min, grade_max=school.grade_max, pupils=school.pupils,
                      gemeente=school.gemeente, ggd_region=school.ggd_region,
                      has_logo=school.logo_mime is not None,  # the logo itself is loaded only when asked for
                      kind=school.kind or "school")


def _text(value: Any, field: str, label: str, *, required: bool = False, max_length: int = 200) -> str | None:
    return validation.text(value, label=label, field=field, required=required, max_length=max_length)


def _whole_number(value: Any, field: str, label: str, *, minimum: int, maximum: int) -> int | None:
    return validation.whole_number(value, label=label, field=field, minimum=minimum, maximum=maximum)


def validate_school_field(field: str, value: Any, *, school_type: str = "PO") -> Any:
    """Check and normalise one profile field; raise :class:`ValidationError` with a Dutch message."""
    if field == "name":
        return _text(value, field, _("De naam van de school"), required=True)
    if field == "brin":
        return validation.brin(value, field=field)
    if field == "school_type":
        ids = [kind.id for kind in framework().school_types]
        text = value.strip().upper() if isinstance(value, str) else ""
        if text not in ids:
            raise ValidationError(_("Kies een schooltype: {types}.").format(types=", ".join(ids)), field=field)
        return text
    if field in ("grade_min", "grade_max"):
        kind = framework().school_type(school_type)
        label = _("Het laagste leerjaar") if field == "grade_min" else _("Het hoogste leerjaar")
        return _whole_number(value, field, label, minimum=kind.grade_min, maximum=kind.grade_max)
    if field == "pupils":
        return _whole_number(value, field, _("Het aantal leerlingen"), minimum=0, maximum=MAX_PUPILS)
    if field in ("gemeente", "ggd_region"):
        label = _("De gemeente") if field == "gemeente" else _("De GGD-regio")
        return _text(value, field, label, max_length=120)
    raise ValidationError(_("Onbekend veld: {field}").format(field=field), field=field)


def _load(session: Any, school_id: int) -> School:
    school = session.get(School, school_id)
    if school is None:
        raise NotFoundError(_("School {id} bestaat niet (meer).").format(id=school_id))
    return school  # type: ignore[no-any-return]


def create_school(db: Database, name: str, school_type: str = "PO", *, kind: str = "school",
                  **fields: Any) -> SchoolInfo:
    """Create a school (or a kinderopvang or keten: ``kind``); grades default to the full range of its type."""
    from wellbeing_planner.core.roadmap import KINDS

    if kind not in KINDS:
        raise ValidationError(_("Kies school, kinderopvang of keten."), field="kind")
    clean_type = validate_school_field("school_type", school_type)
    values: dict[str, Any] = {"name": validate_school_field("name", name), "school_type": clean_type}
    type_info = framework().school_type(clean_type)
    values["grade_min"], values["grade_max"] = type_info.grade_min, type_info.grade_max
    for field, value in fields.items():
        values[field] = validate_school_field(field, value, school_type=clean_type)
    _check_grade_order(values["grade_min"], values["grade_max"])
    with db.unit_of_work() as session:
        check_brin_unique(session, values.get("brin"), None)
        school = School(kind=kind, **values)
        session.add(school)
        session.flush()
        return school_info(school)


def school_with_brin(session: Any, brin: str | None) -> School | None:
    """The school that already has BRIN code ``brin`` (inside an open session), if any."""
    if not brin:
        return None
    return session.scalar(select(School).where(School.brin == brin).order_by(School.id).limit(1))  # type: ignore[no-any-return]


def check_brin_unique(session: Any, brin: str | None, school_id: int | None) -> None:
    """A BRIN code belongs to one school only."""
    other = school_with_brin(session, brin)
    if other is not None and other.id != school_id:
        raise ValidationError(_("BRIN-code {brin} is al in gebruik bij {school}.").format(brin=brin, school=other.name),
                              field="brin")


def _check_grade_order(lo: int | None, hi: int | None) -> None:
    if lo is not None and hi is not None and lo > hi:
        raise ValidationError(_("Het laagste leerjaar kan niet hoger zijn dan het hoogste."), field="grade_min")


def get_school(db: Database, school_id: int) -> SchoolInfo:
    with db.reading() as session:
        return school_info(_load(session, school_id))


def list_schools(db: Database) -> list[SchoolInfo]:
    with db.reading() as session:
        return [school_info(s) for s in session.scalars(select(School).order_by(School.name, School.id))]


def update_school(db: Database, school_id: int, **changes: Any) -> SchoolInfo:
    """Validate and store profile changes; on any invalid value nothing is stored."""
    with db.unit_of_work() as session:
        school = _load(session, school_id)
        school_type = school.school_type
        if "school_type" in changes:
            school_type = validate_school_field("school_type", changes["school_type"])
        clean = {f: validate_school_field(f, v, school_type=school_type) for f, v in changes.items()}
        lo = clean.get("grade_min", school.grade_min)
        hi = clean.get("grade_max", school.grade_max)
        if "school_type" in clean and clean["school_type"] != school.school_type:
            kind = framework().school_type(school_type)
            if "grade_min" not in clean:
                lo = kind.grade_min
            if "grade_max" not in clean:
                hi = kind.grade_max
            clean["grade_min"], clean["grade_max"] = lo, hi
        _check_grade_order(lo, hi)
        if clean.get("brin"):
            check_brin_unique(session, clean["brin"], school.id)
        for field, value in clean.items():
            setattr(school, field, value)
        session.flush()
        return school_info(school)


def set_school_logo(db: Database, school_id: int, data: bytes | None, mime: str | None) -> SchoolInfo:
    """Store (or remove, with ``None``) the school's logo image, already scaled by the caller.

    The image is decoded here (with a pixel limit) so that nothing unreadable is ever stored;
    the stored MIME type is the one the picture really has.
    """
    if data is not None:
        if mime not in ("image/png", "image/jpeg"):
            raise ValidationError(_("Het logo moet een PNG- of JPEG-afbeelding zijn."), field="logo")
        mime = validation.image(data)
    with db.unit_of_work() as session:
        school = _load(session, school_id)
        school.logo, school.logo_mime = data, (mime if data is not None else None)
        session.flush()
        return school_info(school)


def get_school_logo(db: Database, school_id: int) -> tuple[bytes, str] | None:
    with db.reading() as session:
        school = _load(session, school_id)
        if school.logo is None:
            return None
        return school.logo, school.logo_mime or "image/png"
