"""Step 3 — vision and goals: SMART goals with sub-goals, rated on five criteria into a priority order.

Priority formula (shown in the app and the jaarplan):

    prioriteit = (2 × belang + draagvlak + haalbaarheid + (6 − kosten) + (6 − tijd)) / 6

Every rating is 1–5; high importance, commitment and feasibility raise the priority,
high cost and time lower it.  The result lies between 1 and 5 (one decimal).  A goal
is only given a priority once all five ratings are filled in.  The list is ordered:
goals pinned to *dit schooljaar* first, then by priority (unrated last), then by the
order in which they were made; sub-goals follow their parent.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import records, validation
from wellbeing_planner.core.plans import load_plan
from wellbeing_planner.core.views import GoalView, goal_from
from wellbeing_planner.errors import ValidationError
from wellbeing_planner.i18n import Labels, _
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import Goal, Indicator

FORMULA_TEXT = _("prioriteit = (2 × belang + draagvlak + haalbaarheid + (6 − kosten) + (6 − tijd)) / 6")

#: The five rating criteria with their 1–5 scale descriptions.
RATINGS: dict[str, tuple[str, tuple[str, str, str, str, str]]] = {
    "importance": (_("Belang"), (_("1 · nauwelijks nodig"), _("2 · wenselijk"), _("3 · belangrijk"),
                                 _("4 · zeer belangrijk"), _("5 · urgent voor leerlingen"))),
    "cost": (_("Kosten"), (_("1 · vrijwel gratis"), _("2 · minder dan € 1.000"), _("3 · € 1.000–5.000"),
                           _("4 · € 5.000–15.000"), _("5 · meer dan € 15.000"))),
    "time": (_("Tijd"), (_("1 · enkele uren"), _("2 · enkele dagdelen"), _("3 · een paar dagen per jaar"),
                         _("4 · wekelijks werk"), _("5 · een meerjarig traject"))),
    "commitment": (_("Draagvlak"), (_("1 · weinig steun"), _("2 · enkelen willen het"), _("3 · de helft van "
                                    "het team"), _("4 · het meeste team en de ouders"), _("5 · iedereen staat "
                                                                                            "erachter"))),
    "feasibility": (_("Haalbaarheid"), (_("1 · lijkt onhaalbaar"), _("2 · lastig"), _("3 · haalbaar met moeite"),
                                        _("4 · goed haalbaar"), _("5 · zeker haalbaar"))),
}
HORIZONS = Labels({"dit_schooljaar": _("Dit schooljaar"), "later": _("Later")})
_DATE = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")


def parse_date(value: Any) -> dt.date | None:
    """Dutch date input: ``31-05-2027`` (also ``31/5/2027``) or ISO; empty → ``None``."""
    if value is None or isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    match = _DATE.match(text)
    try:
        if match:
            return dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(_("'{text}' is geen datum; schrijf bijvoorbeeld 31-05-2027.").format(text=text),
                              field="deadline") from None


def _pillars(value: Any) -> list[str]:
    items = validation.id_list(value, [p.id for p in framework().pillars], message=_("Onbekende pijler: {value}"),
                               field="pillars")
    return [p.id for p in framework().pillars if p.id in items]


def _rating(name: str) -> records.Cleaner:
    return records.whole_number(RATINGS[name][0], 1, 5)




GOAL = records.RecordKind(
    model=Goal, parent_field="plan_id", required=("title",), label=_("doel"),
    fields={
        "title": records.text(_("De titel van het doel"), required=True, max_length=300),
        "description": records.long_text(_("De beschrijving")),
        "parent_id": records.optional_id,
        "pillars": _pillars,
        "themes": validation.themes,
        "prevention_layer": records.choice(_("Preventielaag"), lambda: [p.id for p in framework().prevention_layers],
                                           required=False),
        "indicator_id": records.optional_id,
        "indicator_text": records.text(_("De indicator"), max_length=300),
        "baseline": records.text(_("De beginwaarde"), max_length=120),
        "target": records.text(_("De streefwaarde"), max_length=120),
        "deadline": parse_date,
        "importance": _rating("importance"),
        "cost": _rating("cost"),
        "time": _rating("time"),
        "commitment": _rating("commitment"),
        "feasibility": _rating("feasibility"),
        "horizon": records.choice(_("Planning"), lambda: list(HORIZONS)),
        "measured_value": records.text(_("De gemeten waarde"), max_length=120),
        "reached": lambda v: None if v in (None, "", "onbekend") else v in (True, "ja", "1", 1),
        "attainment_note": records.long_text(_("De toelichting")),
        "layers": lambda value: _layers(value),
        "roadmap_goal_id": records.optional_id,
    })


def _layers(value: Any) -> list[str]:
    from wellbeing_planner.core.roadmap import _layers as clean_layers

    return clean_layers(value)


def priority_score(goal: GoalView) -> Decimal | None:
    """The documented priority formula; ``None`` until all five ratings are given."""
    ratings = (goal.importance, goal.cost, goal.time, goal.commitment, goal.feasibility)
    if any(r is None for r in ratings):
        return None
    importance, cost, time, commitment, feasibility = (Decimal(r or 0) for r in ratings)
    raw = (2 * importance + commitment + feasibility + (6 - cost) + (6 - time)) / Decimal(6)
    return raw.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def ordered_goals(goals: Sequence[GoalView]) -> list[GoalView]:
    """Top-level goals in priority order (see module docstring), each followed by its sub-goals."""
    def key(goal: GoalView) -> tuple[int, Decimal, int, int]:
        score = priority_score(goal)
        return (0 if goal.horizon == "dit_schooljaar" else 1, -(score if score is not None else Decimal(-1)),
                goal.position, goal.id)

    tops = sorted((g for g in goals if g.parent_id is None), key=key)
    ordered: list[GoalView] = []
    for top in tops:
        ordered.append(top)
        ordered.extend(sorted((g for g in goals if g.parent_id == top.id), key=key))
    placed = {g.id for g in ordered}  # by id: comparing whole goals made a 60-goal plan quadratic
    return ordered + [g for g in goals if g.id not in placed]


def goal_view(g: Goal) -> GoalView:
    return goal_from(g)


def goals(db: Database, plan_id: int) -> list[GoalView]:
    """All goals of the plan in priority order."""
    return ordered_goals([goal_view(g) for g in records.rows(db, GOAL, plan_id)])


def _sync_layers(clean: dict[str, Any]) -> dict[str, Any]:
    """``layers`` (one or more) and the older single ``prevention_layer`` always tell the same story."""
    if "layers" in clean:
        clean["prevention_layer"] = clean["layers"][0] if clean["layers"] else None
    elif "prevention_layer" in clean:
        clean["layers"] = [clean["prevention_layer"]] if clean["prevention_layer"] else []
    return clean


def add_goal(db: Database, plan_id: int, title: str, **values: Any) -> int:
    values.setdefault("horizon", "dit_schooljaar")
    clean = _sync_layers(GOAL.clean({"title": title, **values}))
    _check_deadline(db, plan_id, clean.get("deadline"))
    _check_references(db, plan_id, None, clean)
    return records.add(db, GOAL, plan_id, clean)


def update_goal(db: Database, goal_id: int, *, expected_version: int | None = None,
                **changes: Any) -> dict[str, Any]:
    clean = _sync_layers(GOAL.clean(changes))
    with db.reading() as session:
        goal = session.get(Goal, goal_id)
        plan_id = goal.plan_id if goal is not None else 0
    if "deadline" in clean:
        _check_deadline(db, plan_id, clean["deadline"])
    if clean.get("parent_id") is not None and clean["parent_id"] == goal_id:
        raise ValidationError(_("Een doel kan geen subdoel van zichzelf zijn."), field="parent_id")
    _check_references(db, plan_id, goal_id, clean)
    return records.update(db, GOAL, goal_id, clean, expected_version=expected_version)


def _check_references(db: Database, plan_id: int, goal_id: int | None, clean: dict[str, Any]) -> None:
    """The parent goal and the indicator must exist in the same plan; a sub-goal has no sub-goals."""
    if clean.get("parent_id") is None and clean.get("indicator_id") is None:
        return
    with db.reading() as session:
        rows = session.execute(select(Goal.id, Goal.parent_id).where(Goal.plan_id == plan_id)).all()
        indicator_ids = list(session.scalars(select(Indicator.id).where(Indicator.plan_id == plan_id)))
    tops = [row[0] for row in rows if row[1] is None and row[0] != goal_id]
    validation.reference(clean.get("parent_id"), tops, label=_("Het hoofddoel"), field="parent_id")
    if clean.get("parent_id") is not None and goal_id is not None and any(row[1] == goal_id for row in rows):
        raise ValidationError(_("Dit doel heeft zelf subdoelen en kan daarom geen subdoel worden."),
                              field="parent_id")
    validation.reference(clean.get("indicator_id"), indicator_ids, label=_("Het cijfer"), field="indicator_id")


def _check_deadline(db: Database, plan_id: int, value: Any) -> None:
    from wellbeing_planner.core.roadmap import span_of_plan

    deadline = parse_date(value)
    if deadline is None:
        return
    with db.reading() as session:
        plan = load_plan(session, plan_id)
        first, last = span_of_plan(session, plan)
        year = plan.school_year
    check_deadline(deadline, year if first == last else first, last)


def check_deadline(deadline: dt.date | None, start_year: int, last_year: int | None = None) -> None:
    """A goal's deadline lies inside the plan's school year, or inside its meerjarenplan."""
    if deadline is not None:
        last = start_year if last_year is None else last_year
        message = (_("De deadline moet in het schooljaar liggen ({start} t/m {end}).") if last == start_year
                   else _("De deadline moet binnen het meerjarenplan liggen ({start} t/m {end})."))
        validation.day_in_year(deadline, start_year, field="deadline", message=message, last_year=last)


def set_vision(db: Database, plan_id: int, text: str | None) -> str | None:
    """Store the plan's vision; return the previous text."""
    clean = validation.long_text(text, label=_("De visie"), field="vision")
    with db.unit_of_work() as session:
        plan = load_plan(session, plan_id)
        old = plan.vision
        plan.vision = clean
        return old


def get_vision(db: Database, plan_id: int) -> str | None:
    with db.reading() as session:
        return load_plan(session, plan_id).vision


def goal_numbers(all_goals: Iterable[GoalView]) -> dict[int, str]:
    """Goal id → its number in priority order: ``"2"`` for the second goal, ``"2.1"`` for its first sub-goal.

    Work it out once for a list of goals and look labels up in it (a report of 300 activities asked
    :func:`goal_label` 600 times, sorting all goals each time)."""
    ordered = ordered_goals(list(all_goals))
    numbers: dict[int, str] = {}
    tops = [g for g in ordered if g.parent_id is None]
    for index, top in enumerate(tops, start=1):
        numbers[top.id] = str(index)
        subs = [g for g in ordered if g.parent_id == top.id]
        for sub_index, sub in enumerate(subs, start=1):
            numbers[sub.id] = f"{index}.{sub_index}"
    return numbers


def label_with(goal: GoalView, numbers: dict[int, str]) -> str:
    """``"2. Titel"`` / ``"2.1 Titel"`` with ``numbers`` from :func:`goal_numbers`; the bare title without one."""
    number = numbers.get(goal.id)
    if number is None:
        return goal.title
    return f"{number}. {goal.title}" if goal.parent_id is None else f"{number} {goal.title}"


def goal_label(goal: GoalView, all_goals: Iterable[GoalView]) -> str:
    """``"2.1 Titel"``-style numbering in priority order (for many labels use :func:`goal_numbers` once)."""
    return label_with(goal, goal_numbers(all_goals))
