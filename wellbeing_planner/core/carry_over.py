"""Carry a plan over to the next school year (*Doorzetten naar volgend schooljaar*).

The new plan of the same school gets: the vision and budget total; the goals that
were not reached (``reached`` is not yes), with their sub-goals; the activities that
were not finished (status not *afgerond* or *vervallen*), reset to *gepland* with
progress and reflection cleared and their months moved one year on.  Measured values
and evaluation moments are not copied: they belong to the old year.  This year's
plan becomes the new plan's baseline, so its scan is the comparison next year.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from wellbeing_planner.core.plans import PlanInfo, default_title, load_plan, plan_info
from wellbeing_planner.core.roadmap import MAX_YEARS
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.errors import UserError
from wellbeing_planner.i18n import _
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import Activity, Goal, Plan, Roadmap, RoadmapTarget


def _next_year(day: dt.date | None) -> dt.date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def _roadmap_for(session: Any, old: Plan, next_year: int) -> int | None:
    """The roadmap the next year's plan follows: the old plan's, stretched by a year when it ends (max. 5)."""
    if old.roadmap_id is None:
        return None
    roadmap = session.get(Roadmap, old.roadmap_id)
    if roadmap is None:
        return None
    if next_year > roadmap.last_year:
        if next_year - roadmap.first_year + 1 > MAX_YEARS:
            return None  # the roadmap is over: a new one is for the working group to make
        roadmap.last_year = next_year
    return int(roadmap.id)


def carry_over_plan(db: Database, plan_id: int) -> PlanInfo:
    """Create next year's plan from ``plan_id``; refuse when that plan exists already."""
    with db.unit_of_work() as session:
        old = load_plan(session, plan_id)
        year = SchoolYear(old.school_year).next()
        exists = session.scalar(select(Plan.id).where(Plan.school_id == old.school_id,
                                                      Plan.school_year == year.start_year))
        if exists is not None:
            raise UserError(_("{school} heeft al een plan voor schooljaar {year} (plan {id}).").format(
                school=old.school.name, year=year, id=exists))
        new = Plan(school_id=old.school_id, school_year=year.start_year, title=default_title(year),
                   status="concept", vision=old.vision, budget_total=old.budget_total, baseline_plan_id=old.id,
                   roadmap_id=_roadmap_for(session, old, year.start_year))
        session.add(new)
        session.flush()
        open_goals = [g for g in old.goals if g.reached is not True]
        kept = {g.id for g in open_goals}
        goal_map: dict[int, Goal] = {}
        for goal in sorted(open_goals, key=lambda g: (g.parent_id is not None, g.position, g.id)):
            copy = Goal(plan_id=new.id, title=goal.title, description=goal.description, pillars=list(goal.pillars),
                        themes=list(goal.themes), prevention_layer=goal.prevention_layer,
                        indicator_text=goal.indicator_text, baseline=goal.measured_value or goal.baseline,
                        target=goal.target, deadline=_next_year(goal.deadline), importance=goal.importance,
                        cost=goal.cost, time=goal.time, commitment=goal.commitment, feasibility=goal.feasibility,
                        horizon=goal.horizon, position=goal.position, layers=list(goal.layers or []),
                        roadmap_goal_id=goal.roadmap_goal_id, parent_id=None)
            if goal.roadmap_goal_id is not None and goal.parent_id is None:
                # one goal across the years: this year's target comes from the roadmap when it has one
                target = session.scalar(select(RoadmapTarget.target).where(
                    RoadmapTarget.roadmap_goal_id == goal.roadmap_goal_id,
                    RoadmapTarget.school_year == year.start_year))
                copy.target = target or goal.target
            if goal.parent_id is not None and goal.parent_id in kept:
                parent = goal_map.get(goal.parent_id)
                copy.parent_id = parent.id if parent is not None else None
            session.add(copy)
            session.flush()
            goal_map[goal.id] = copy
        next_start = dt.date(year.start_year, 8, 1)
        for activity in old.activities:
            if activity.status in ("afgerond", "vervallen"):
                continue
            if activity.end_month is not None and activity.end_month >= next_start:
                continue  # it runs on into the new year by itself: the same activity, shown in both timelines
            goal_copy = goal_map.get(activity.goal_id) if activity.goal_id is not None else None
            session.add(Activity(
                plan_id=new.id, goal_id=goal_copy.id if goal_copy else None, title=activity.title,
                description=activity.description, owner_id=activity.owner_id, approach_role=activity.approach_role,
                partner_ids=list(activity.partner_ids), start_month=_next_year(activity.start_month),
                end_month=_next_year(activity.end_month), hours=activity.hours, budget=activity.budget,
                funding_source=activity.funding_source, status="gepland", progress=None, reflection=None,
                intervention_id=activity.intervention_id, local_intervention_id=activity.local_intervention_id,
                layers=list(activity.layers or []), setting=activity.setting, position=activity.position))
        session.flush()
        return plan_info(new)
