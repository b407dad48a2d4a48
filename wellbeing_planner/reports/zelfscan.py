"""Zelfscan-rapport: scores per pillar with the radar, every criterion, and the focus list."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from wellbeing_planner.core.views import PlanView
from wellbeing_planner.i18n import _
from wellbeing_planner.reports import sections

TITLE = _("Zelfscan-rapport")


def story(view: PlanView) -> list[Flowable]:
    parts: list[Any] = [*sections.cover(view, _(TITLE)), NextPageTemplate("later"), PageBreak()]
    parts += sections.scan_overview(view)
    parts.append(PageBreak())
    parts += sections.focus(view)
    return parts
