"""Demo part: what De Vlinderboom already uses from the catalogue, and two interventions of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_planner.core import catalogue as cat

if TYPE_CHECKING:
    from wellbeing_planner.core.demo import DemoContext
    from wellbeing_planner.storage.db import Database


def build_catalogue(db: Database, ctx: DemoContext) -> None:
    gouden_weken = cat.create_local_intervention(db, cat.LocalInterventionInput(
        name="Gouden weken in alle groepen",
        description="De eerste weken na de zomervakantie werkt elke groep bewust aan groepsvorming: "
                    "kennismakingsspellen, samen klassenregels maken en een kennismakingsgesprek met ouders.",
        provider="Eigen team De Vlinderboom", kind="interventie", school_types=("PO",), grade_min=1, grade_max=8,
        pillars=("omgeving", "educatie"), themes=("klassenklimaat", "sociaal-emotioneel", "ouderbetrokkenheid"),
        prevention_layers=("universeel",), scope=("schoolbreed", "klas"), duration="Augustus tot de herfstvakantie",
        training="Teambijeenkomst van een uur bij de start van het schooljaar"))
    cat.create_local_intervention(db, cat.LocalInterventionInput(
        name="Maatjes groep 8 en groep 4",
        description="Leerlingen uit groep 8 zijn maatje van een leerling uit groep 4: samen lezen, samen "
                    "buitenspelen en bij ruzie op het plein eerst naar je maatje.",
        provider="Eigen team De Vlinderboom", school_types=("PO",), grade_min=4, grade_max=8,
        pillars=("omgeving",), themes=("klassenklimaat", "anti-pesten"), prevention_layers=("universeel",),
        scope=("groep",), duration="Het hele schooljaar, twee keer per maand"))
    for plan_id in (ctx.previous_plan_id, ctx.current_plan_id):
        cat.mark_in_use(db, plan_id, "kanjertraining")
        cat.mark_in_use(db, plan_id, "kanvas")
        cat.mark_in_use(db, plan_id, gouden_weken.id)
