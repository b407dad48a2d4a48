"""Jaarplan welbevinden: the complete annual plan a director signs."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from wellbeing_planner.core.views import PlanView
from wellbeing_planner.i18n import _
from wellbeing_planner.reports import sections
from wellbeing_planner.reports.common import markup, toc

TITLE = _("Jaarplan welbevinden")


def story(view: PlanView) -> list[Flowable]:
    parts: list[Any] = [*sections.cover(view, _(TITLE)), NextPageTemplate("later"), PageBreak(),
                        markup(_("Inhoud"), "h1"), toc(), PageBreak()]
    for section in (sections.summary, sections.working_group, sections.roadmap_section, sections.startfoto,
                    sections.scan_overview, sections.goals_section,
                    sections.activities_section, sections.timeline_section, sections.totals_section,
                    sections.prevention_section, sections.evaluation_schedule, sections.sign_off):
        part = section(view)
        if part:
            parts += part
            parts.append(PageBreak())
    return parts[:-1]
