"""Evaluatierapport: goal attainment, the status of every activity, reflections and the year review."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from wellbeing_planner.core.views import PlanView
from wellbeing_planner.i18n import _
from wellbeing_planner.reports import sections
from wellbeing_planner.reports.common import Heading, text

TITLE = _("Evaluatierapport")


def story(view: PlanView) -> list[Flowable]:
    parts: list[Any] = [*sections.cover(view, _(TITLE)), NextPageTemplate("later"), PageBreak()]
    parts += [Heading(_("Jaarevaluatie")), text(view.year_evaluation or _("Nog geen jaarevaluatie geschreven."))]
    parts += sections.attainment(view)
    parts += sections.activity_status(view)
    parts += sections.evaluation_schedule(view)
    parts += sections.scan_overview(view, with_criteria=False)
    return parts
