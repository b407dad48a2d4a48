"""The jaarplan of a keten carries its meerjarenplan: roles, partners, steps, conclusions, matrix and pyramid."""

from __future__ import annotations

import re
from pathlib import Path

from tests.core.test_roadmap import GOALS, build_keten
from tests.reports.conftest import pdf_pages
from wellbeing_planner.core import activities, plans, roadmap
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.views import load_plan_view
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.reports.export import render_report


def squeeze(text: str) -> str:
    return re.sub(r"[\s\-\xad]", "", text)


def test_the_keten_jaarplan_prints_roles_steps_conclusions_matrix_and_pyramid(data_dir: Path) -> None:
    db = open_database(data_dir)
    try:
        ids = build_keten(db)
        later = plans.create_plan(db, ids["keten"], SchoolYear(2024))
        roadmap.attach_plan(db, later.id, ids["roadmap"])
        activities.add_activity(db, ids["plan"], "Behandeltraject", hours="80", layers=["zorg"],
                                start_month="2023-10")
        activities.add_activity(db, later.id, "Weerbaarheidslessen in alle groepen", hours="200",
                                layers=["universeel"], start_month="2024-09")
        view = load_plan_view(db, ids["plan"])
    finally:
        db.close()
    text = squeeze("\n".join(pdf_pages(render_report(view, "jaarplan"))))
    for expected in ("Wie doet wat: rollen in de aanpak", "Anouk Verbeek", "Projectleider, Regisseur",
                     "Signaleringsteam", "GGD regio Eemdal", "JGZ-verpleegkundigen",
                     "Meerjarenplan 2022-2023 t/m 2026-2027", GOALS[5], "Doel 6 bereikt", "Emoties herkennen",
                     "Hoe we hier kwamen", "Definitie en basisvaardigheden afgesproken",
                     "Infographic mentale weerbaarheid.pdf", "Conclusies uit de inbreng",
                     "het aanbod in de kinderopvang is onbekend bij scholen", "Stuurgroep jeugd",
                     "Preventiematrix", "Kanjertraining in de BSO", "KOPP-groep", "(dubbel)",
                     "Piramide van inzet per schooljaar", "De basis groeit: een groter deel", "2024-2025"):
        assert squeeze(expected) in text, expected
