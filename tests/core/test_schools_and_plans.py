"""School profile validation and plans per school year."""

from __future__ import annotations

import pytest

from wellbeing_planner.core import plans, schools
from wellbeing_planner.core.schoolyear import SchoolYear, school_year_choices
from wellbeing_planner.errors import UserError, ValidationError
from wellbeing_planner.storage.db import Database


def test_a_new_school_gets_the_full_grade_range_of_its_type(db: Database) -> None:
    po = schools.create_school(db, "OBS De Linde", "PO")
    vo = schools.create_school(db, "Het College", "VO")
    assert (po.grade_min, po.grade_max, po.grades_text) == (1, 8, "groep 1-8")
    assert (vo.grade_min, vo.grade_max) == (1, 6)


@pytest.mark.parametrize(("field", "value", "message"), [
    ("brin", "1234", "2 cijfers en 2 letters"),
    ("brin", "AB12", "2 cijfers en 2 letters"),
    ("pupils", "-3", "tussen 0 en"),
    ("pupils", "veel", "heel getal"),
    ("name", "  ", "verplicht"),
    ("school_type", "HBO", "Kies een schooltype"),
    ("grade_max", "9", "tussen 1 en 8"),
])
def test_invalid_profile_values_are_refused_and_nothing_changes(db: Database, field: str, value: str,
                                                               message: str) -> None:
    school = schools.create_school(db, "OBS De Linde", "PO", brin="12AB", pupils="200")
    with pytest.raises(ValidationError, match=message) as info:
        schools.update_school(db, school.id, **{field: value})
    assert info.value.field == field
    assert schools.get_school(db, school.id) == school


def test_valid_profile_values_are_normalised_and_stored(db: Database) -> None:
    school = schools.create_school(db, "OBS De Linde", "PO")
    updated = schools.update_school(db, school.id, brin=" 12ab ", pupils="245", gemeente="Deventer",
                                    grade_min="3", grade_max="8")
    assert (updated.brin, updated.pupils, updated.gemeente, updated.grade_min) == ("12AB", 245, "Deventer", 3)
    with pytest.raises(ValidationError, match="laagste leerjaar"):
        schools.update_school(db, school.id, grade_min="8", grade_max="4")


def test_changing_the_school_type_resets_the_grade_range(db: Database) -> None:
    school = schools.create_school(db, "Campus Noord", "PO")
    updated = schools.update_school(db, school.id, school_type="MBO")
    assert (updated.school_type, updated.grade_min, updated.grade_max) == ("MBO", 1, 4)


def test_one_plan_per_school_year(db: Database) -> None:
    school = schools.create_school(db, "OBS De Linde", "PO")
    plan = plans.create_plan(db, school.id, SchoolYear(2026))
    assert (plan.title, plan.status, str(plan.school_year)) == ("Plan welbevinden 2026-2027", "concept", "2026-2027")
    with pytest.raises(UserError, match="al een plan voor schooljaar 2026-2027"):
        plans.create_plan(db, school.id, SchoolYear(2026))
    plans.create_plan(db, school.id, SchoolYear(2025), "Vorig jaar")
    assert [p.title for p in plans.list_plans(db)] == ["Plan welbevinden 2026-2027", "Vorig jaar"]
    assert plans.previous_plan_id(db, plan.id) == plans.list_plans(db)[1].id


def test_school_year_value_type() -> None:
    year = SchoolYear.parse("2026-2027")
    assert str(year) == "2026-2027" and str(year.next()) == "2027-2028"
    assert year.first_day.isoformat() == "2026-08-01" and year.last_day.isoformat() == "2027-07-31"
    assert [m.month for m in year.months()][:2] == [8, 9]
    with pytest.raises(ValidationError, match="geen schooljaar"):
        SchoolYear.parse("2026-2028")
    assert len(school_year_choices(year)) == 6
