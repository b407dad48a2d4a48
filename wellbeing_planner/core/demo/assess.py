"""Demo part: De Vlinderboom's working group, partners, startfoto and two years of zelfscan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_planner.core import records, scan, startfoto, werkgroep

if TYPE_CHECKING:
    from wellbeing_planner.core.demo import DemoContext
    from wellbeing_planner.storage.db import Database

MEMBERS = [
    ("ib", "Fatima el Amrani", "ib", "f.elamrani@vlinderboom.example"),
    ("directeur", "Joost de Vries", "directeur", "j.devries@vlinderboom.example"),
    ("leerkracht_1", "Sanne Bakker", "leerkracht", None),
    ("leerkracht_2", "Mehmet Yilmaz", "leerkracht", None),
    ("anti_pest", "Ingrid Jansen", "anti_pestcoordinator", "i.jansen@vlinderboom.example"),
    ("ouder", "Lotte Visser (MR)", "ouder", None),
    ("ggd", "Anouk Smit", "ggd_adviseur", "a.smit@ggd.example"),
]

PARTNERS = [
    ("jgz", "GGD regio Utrecht — JGZ", "jgz", "Marloes de Boer", "Jeugdverpleegkundige: spreekuur op school en "
     "groepsbespreking van de GGD-monitor."),
    ("smw", "Schoolmaatschappelijk werk Amersfoort", "smw", "Karim Haddou", "Wekelijks inloopuur voor ouders."),
    ("wijkteam", "Wijkteam Amersfoort-Noord", "wijkteam", "Esther Koster", "Snelle toegang tot jeugdhulp."),
    ("swv", "Samenwerkingsverband Eemland", "samenwerkingsverband", "Paul Verhoef",
     "Arrangementen en de orthopedagoog voor het zorgoverleg."),
    ("sport", "Buurtsportcoach Amersfoort", "sport_cultuur", "Daan Mulder", "Pleinspelen en beweegactiviteiten."),
    ("leerplicht", "Leerplicht Amersfoort", "leerplicht", None, "Meedenken bij zorgelijk verzuim."),
]

INDICATORS = [
    # key, template, value, year, comparison, comparison label
    ("veilig_voelen", "veilig_voelen", "86", 2025, "91", "landelijk PO"),
    ("gepest", "gepest", "14", 2025, "11", "landelijk PO"),
    ("welbevinden", "welbevinden", "82", 2025, "85", "landelijk PO"),
    ("psychosociaal", "psychosociale_problemen", "12", 2024, "10", "regio Utrecht"),
    ("eenzaam", "eenzaam", "9", 2024, "8", "regio Utrecht"),
    ("verzuim", "verzuim", "7", 2025, None, None),
    ("ouders", "tevredenheid_ouders", "78", 2025, None, None),
    ("werkplezier", "werkplezier", "71", 2025, None, None),
]

INVENTORY = [
    ("Kanjertraining", "kanjertraining", 2019, "groep 1-8", "Goed ingebed; petten-taal leeft, nieuwe collega's "
     "missen soms de training."),
    ("Monitor met KanVAS", "kanvas", 2019, "groep 5-8", "Twee keer per jaar; de uitkomsten worden nog weinig "
     "per groep besproken."),
    ("Pleinafspraken en pleinwacht", None, 2021, "groep 1-8", "Duidelijke afspraken, maar wisselend toezicht."),
    ("Kindgesprekken", None, 2023, "groep 3-8", "In de meeste groepen twee keer per jaar."),
]

STAKEHOLDERS = [
    ("leerlingen", "Leerlingenraad en vragenlijst groep 5-8",
     "Kinderen voelen zich meestal veilig in de klas, maar minder op het plein en in de gymkleedkamer. Ze willen "
     "vaker met een volwassene praten als er iets is."),
    ("ouders", "Ouderpanel (12 ouders) en de oudertevredenheidspeiling",
     "Ouders waarderen de Kanjertraining maar weten niet goed wat er in de lessen gebeurt. Zorgen over "
     "appgroepen en online pesten."),
    ("team", "Teamvergadering met werkvorm 'tops en tips'",
     "Het team wil meer handvatten bij onrustige groepen en duidelijke afspraken wie wat doet bij zorgen."),
    ("professionals", "Gesprek met JGZ, schoolmaatschappelijk werk en wijkteam",
     "Signalen komen laat binnen; er is behoefte aan vaste momenten om zorgen samen te bespreken."),
]

OBLIGATIONS = {
    "monitor_sociale_veiligheid": ("voldaan", "KanVAS, jaarlijks in maart; aangeleverd bij de inspectie."),
    "anti_pestcoordinator": ("voldaan", "Ingrid Jansen; staat in de schoolgids."),
    "aanspreekpunt_pesten": ("deels", "Bekend bij ouders, minder bij leerlingen van de onderbouw."),
    "veiligheidsbeleid": ("deels", "Veiligheidsplan uit 2021; moet worden bijgewerkt."),
    "schoolondersteuningsprofiel": ("voldaan", "Vastgesteld in 2024."),
    "meldcode": ("voldaan", "Aandachtsfunctionaris: de intern begeleider."),
    "verzuimbeleid": ("voldaan", None),
    "ondersteuningsstructuur": ("deels", "Zorgoverleg zonder vaste deelname van de JGZ."),
    "vertrouwenspersoon": ("voldaan", None),
}

# criterion: (previous year, this year, priority); None = n.v.t. this year
SCORES: dict[str, tuple[int | None, int | None, str | None]] = {
    "po-edu-01": (2, 3, None), "po-edu-02": (2, 2, "midden"), "po-edu-03": (1, 2, "midden"),
    "po-edu-04": (1, 1, "hoog"), "po-edu-05": (1, 1, "hoog"),
    "po-omg-01": (2, 2, "hoog"), "po-omg-02": (1, 2, None), "po-omg-03": (1, 1, "midden"),
    "po-omg-04": (1, 2, "laag"), "po-omg-05": (1, 2, "midden"),
    "po-sig-01": (1, 2, "hoog"), "po-sig-02": (0, 1, "hoog"), "po-sig-03": (1, 2, None),
    "po-sig-04": (0, 1, "hoog"), "po-sig-05": (1, 1, "midden"),
    "po-bel-01": (1, 2, None), "po-bel-02": (2, 2, None), "po-bel-03": (1, 1, "hoog"),
    "po-bel-04": (1, 2, None), "po-bel-05": (2, 2, "midden"), "po-bel-06": (0, 1, "midden"),
    "po-bel-07": (1, 1, "midden"),
}

# criterion: participants per level 0..3 in the team meeting of September (the consensus is the median)
TEAM_ROUNDS: dict[str, tuple[int, int, int, int]] = {
    "po-omg-01": (0, 4, 10, 0),
    "po-sig-02": (3, 7, 4, 0),
    "po-sig-04": (2, 6, 4, 2),  # views differ two levels or more: the team talked it through
}

EVIDENCE = {
    "po-edu-01": "Kanjertraining in alle groepen; licentie en trainingen op orde.",
    "po-edu-04": "Drie nieuwe collega's hebben de Kanjertraining nog niet gevolgd.",
    "po-sig-01": "KanVAS twee keer per jaar; bespreking per groep nog niet vast.",
    "po-sig-02": "Geen gezamenlijke scholing over signaleren van angst en somberheid.",
    "po-sig-04": "Zorgroute bestaat op papier, maar is niet bij iedereen bekend.",
    "po-bel-03": "Pestprotocol uit 2019; draaiboek ingrijpende gebeurtenissen ontbreekt.",
}


def build_assess(db: Database, ctx: DemoContext) -> None:
    add_logo(db, ctx)
    for key, name, role, email in MEMBERS:
        ctx.members[key] = werkgroep.add_member(db, ctx.school_id, name, role, email)
    for key, organisation, kind, contact, contribution in PARTNERS:
        ctx.partners[key] = werkgroep.add_partner(db, ctx.school_id, organisation, kind, contact, contribution)
    for plan_id, year_shift in ((ctx.current_plan_id, 0), (ctx.previous_plan_id, -1)):
        for key, template, value, year, comparison, label in INDICATORS:
            ident = startfoto.add_indicator_from_template(db, plan_id, template)
            previous_value = str(int(value) + (3 if key in ("gepest", "eenzaam") else -3)) if year_shift else value
            startfoto.update_indicator(db, ident, value=previous_value, year=str(year + year_shift),
                                       comparison_value=comparison, comparison_label=label)
            if plan_id == ctx.current_plan_id:
                ctx.indicators[key] = ident
        for name, intervention_id, since, grades, assessment in INVENTORY:
            if intervention_id is None:
                records.add(db, startfoto.INVENTORY, plan_id, {"name": name, "since_year": since,
                                                               "grades": grades, "assessment": assessment})
        for group, method, conclusions in STAKEHOLDERS:
            records.add(db, startfoto.STAKEHOLDER, plan_id, {"group": group, "method": method,
                                                             "conclusions": conclusions})
        for obligation_id, (status, note) in OBLIGATIONS.items():
            startfoto.set_obligation(db, plan_id, obligation_id, status=status, note=note)
    _annotate_catalogue_items(db, ctx)
    for criterion_id, (previous, current, priority) in SCORES.items():
        scan.update_score(db, ctx.previous_plan_id, criterion_id, score=previous)
        scan.update_score(db, ctx.current_plan_id, criterion_id, score=current, priority=priority,
                          evidence=EVIDENCE.get(criterion_id))
    for criterion_id, counts in TEAM_ROUNDS.items():
        scan.adopt_team_score(db, ctx.current_plan_id, criterion_id, counts)
    scan.update_score(db, ctx.current_plan_id, "po-omg-04", not_applicable=True,
                      na_reason="Vrijwel geen nieuwkomers; armoede loopt via het schoolfonds.")


def _annotate_catalogue_items(db: Database, ctx: DemoContext) -> None:
    """The catalogue part marked Kanjertraining and KanVAS in use; add since when and how it goes."""
    for plan_id in (ctx.current_plan_id, ctx.previous_plan_id):
        for item in startfoto.inventory(db, plan_id):
            for _name, intervention_id, since, grades, assessment in INVENTORY:
                if intervention_id and item.intervention_id == intervention_id:
                    records.update(db, startfoto.INVENTORY, item.id, {"since_year": since, "grades": grades,
                                                                       "assessment": assessment})


def add_logo(db: Database, ctx: DemoContext) -> None:
    """The demo school's (fictional) logo, shipped as resources/demo/logo.png."""
    from wellbeing_planner import paths
    from wellbeing_planner.core import schools

    schools.set_school_logo(db, ctx.school_id, paths.resource_path("demo", "logo.png").read_bytes(), "image/png")
