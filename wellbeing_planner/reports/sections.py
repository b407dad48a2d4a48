"""Sections that several reports share, each a list of flowables built from a PlanView."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer

from wellbeing_planner.content.catalogue import catalogue
from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import activities as activity_ops
from wellbeing_planner.core import goals as goal_ops
from wellbeing_planner.core import planning, scan
from wellbeing_planner.core.formatting import format_date, format_money, format_number, format_percent
from wellbeing_planner.core.plans import PLAN_STATUSES
from wellbeing_planner.core.startfoto import STAKEHOLDER_GROUPS
from wellbeing_planner.core.views import ActivityView, PlanView
from wellbeing_planner.errors import ValidationError
from wellbeing_planner.i18n import Labels, _, count
from wellbeing_planner.reports.charts import marker_legend, radar, timeline_table
from wellbeing_planner.reports.common import Heading, markup, safe, table, text

WIDTH = 174 * mm  # A4 portrait text width
NO_VISION = _("Er is nog geen visie vastgelegd.")
MATRIX_NAMES = 12  # offers named per cell of the Preventiematrix; the rest are counted


def _months(activity: ActivityView) -> str:
    from wellbeing_planner.core.formatting import format_month

    if activity.start_month is None:
        return "—"
    start = format_month(activity.start_month, short=True)
    if activity.end_month is None or activity.end_month == activity.start_month:
        return f"{start} {activity.start_month.year}"
    return f"{start} – {format_month(activity.end_month, short=True)} {activity.end_month.year}"


def intervention_name(activity: ActivityView) -> str:
    if activity.intervention_id:
        entry = catalogue().get(activity.intervention_id)
        return entry.name if entry else activity.intervention_id
    return _("eigen interventie") if activity.local_intervention_id else ""


def cover(view: PlanView, report_title: str) -> list[Flowable]:
    from xml.sax.saxutils import escape

    story: list[Flowable] = [Spacer(1, 30 * mm)]
    if view.school.logo:
        import io

        image = Image(io.BytesIO(view.school.logo))
        ratio = image.imageWidth / max(1, image.imageHeight)
        image.drawHeight = 28 * mm
        image.drawWidth = min(80 * mm, 28 * mm * ratio)
        image.hAlign = "LEFT"
        story += [image, Spacer(1, 10 * mm)]
    story += [markup(escape(report_title), "title"), markup(safe(view.school.name), "subtitle"),
              markup(safe(view.title), "subtitle"),
              markup(escape(_("Schooljaar {year}").format(year=view.school_year)), "subtitle"), Spacer(1, 8 * mm)]
    facts = [
        (_("Status"), PLAN_STATUSES.get(view.status, view.status)),
        (_("Schooltype"), framework().school_type(view.school.school_type).name),
        (_("Gemeente"), view.school.gemeente or "—"),
        (_("BRIN"), view.school.brin or "—"),
        (_("Datum"), format_date(__import__("datetime").date.today())),
    ]
    facts_table = table([_("Gegevens"), ""], facts, [45 * mm, 80 * mm])
    facts_table.hAlign = "LEFT"
    story.append(facts_table)
    return story


def summary(view: PlanView) -> list[Flowable]:
    budget = activity_ops.budget_overview(view)
    ordered = [g for g in goal_ops.ordered_goals(list(view.goals)) if g.parent_id is None][:5]
    story: list[Flowable] = [Heading(_("Samenvatting")), text(view.vision or NO_VISION)]
    if ordered:
        story.append(markup(_("<b>Belangrijkste doelen</b>"), "body"))
        for index, goal in enumerate(ordered, start=1):
            story.append(text(f"{index}. {goal.title}", "body"))
    else:
        story.append(text(_("Er zijn nog geen doelen vastgelegd."), "body"))
    story.append(markup(_("<b>Begroting</b>: {planned} begroot{total}").format(
        planned=format_money(budget.total_planned),
        total=_(" van een budget van {b}").format(b=format_money(budget.budget_total))
        if budget.budget_total is not None else ""), "body"))
    problems = planning.find_problems(view)
    if problems:
        story.append(markup(_("<b>Aandachtspunten</b> ({n})").format(n=len(problems)), "body"))
        story += [text(f"• {line}", "body") for line in problem_lines(view, problems)]
    return story


#: Problems of one kind that are listed together when there are more than GROUP_FROM of them.
PROBLEM_GROUPS = Labels({
    "geen_eigenaar": _("Activiteiten zonder eigenaar"),
    "niet_gepland": _("Activiteiten zonder maanden"),
    "buiten_schooljaar": _("Activiteiten (deels) buiten het schooljaar"),
    "doel_zonder_activiteit": _("Doelen zonder activiteiten"),
    "deadline_na_periode": _("Doelen met een deadline na dit schooljaar"),
})
GROUP_FROM = 4


def problem_lines(view: PlanView, problems: list[planning.Problem]) -> list[str]:
    """Every problem ``summary`` lists, in its order; many of one kind on one line with the titles they concern."""
    lines: list[str] = []
    done: set[str] = set()
    for problem in problems:
        same = [p for p in problems if p.kind == problem.kind]
        if problem.kind not in PROBLEM_GROUPS or len(same) < GROUP_FROM:
            lines.append(problem.message)
        elif problem.kind not in done:
            done.add(problem.kind)
            titles = [_subject(view, p) for p in same]
            lines.append(f"{PROBLEM_GROUPS[problem.kind]} ({len(same)}): " + ", ".join(f"'{t}'" for t in titles))
    return lines


def _subject(view: PlanView, problem: planning.Problem) -> str:
    if problem.activity_id is not None:
        return next((a.title for a in view.activities if a.id == problem.activity_id), "")
    goal = view.goal(problem.goal_id)
    return goal.title if goal else ""


def _with_unit(number: str, unit: str | None) -> str:
    unit = (unit or "").strip()
    return f"{number}%" if unit == "%" else f"{number} {unit}".strip()  # "86%", as format_percent writes it


def working_group(view: PlanView) -> list[Flowable]:
    """Who does it: the working group with roles, and the partners by kind with what they bring."""
    from wellbeing_planner.core.werkgroep import ecosystem

    fw = framework()
    roles = {r.id: r.name for r in fw.working_group_roles}
    story: list[Flowable] = [Heading(_("Wie doet het")), Heading(_("Werkgroep"), 1)]
    story.append(table([_("Naam"), _("Rol")], [[m.name, roles.get(m.role, m.role)] for m in view.members]
                       or [[_("Nog geen werkgroep samengesteld."), ""]], [90 * mm, 84 * mm]))
    story.append(Heading(_("Partners"), 1))
    rows = [[kind, p.organisation, p.contact_person or "", p.contribution or ""]
            for kind, partners in ecosystem(list(view.partners)) for p in partners]
    story.append(table([_("Soort"), _("Organisatie"), _("Contactpersoon"), _("Bijdrage")],
                       rows or [[_("Nog geen partners vastgelegd."), "", "", ""]],
                       [36 * mm, 40 * mm, 32 * mm, 66 * mm]))
    if view.roles:
        from wellbeing_planner.core.roadmap import role_name

        names = {("lid", m.id): m.name for m in view.members}
        names.update({("partner", p.id): p.organisation for p in view.partners})
        per_party: dict[tuple[str, int], list[str]] = {}
        for role in view.roles:
            key = ("lid", role.member_id or 0) if role.member_id is not None else ("partner", role.partner_id or 0)
            per_party.setdefault(key, []).append(role_name(role.role))
        story.append(Heading(_("Wie doet wat: rollen in de aanpak"), 1))
        story.append(table([_("Wie"), _("Rollen")], [[names.get(key, "?"), ", ".join(roles)]
                                                     for key, roles in per_party.items()], [70 * mm, 104 * mm]))
    return story


def roadmap_section(view: PlanView) -> list[Flowable]:
    """The meerjarenplan this year belongs to, and how the working group got here."""
    from wellbeing_planner.core.schoolyear import SchoolYear

    roadmap = view.roadmap
    if roadmap is None:
        return []
    fw = framework()
    story: list[Flowable] = [Heading(_("Meerjarenplan {a} t/m {b}").format(
        a=SchoolYear(roadmap.first_year), b=SchoolYear(roadmap.last_year)))]
    for label, value in ((_("Ambitie"), roadmap.ambition), (_("Waarom"), roadmap.why),
                         (_("Definitie"), roadmap.definition)):
        if value:
            story += [Heading(label, 1), text(value)]
    if roadmap.basic_skills:
        story += [Heading(_("Basisvaardigheden"), 1), text(" · ".join(roadmap.basic_skills))]
    years = list(roadmap.school_years)
    if roadmap.goals:
        story.append(Heading(_("Doelen per schooljaar"), 1))
        widths = [58 * mm] + [116 * mm / len(years)] * len(years)
        rows = [[g.title + (f" ({', '.join(fw.name_of('prevention_layers', lay) for lay in g.layers)})"
                            if g.layers else "")] + [g.target_for(y.start_year) or "—" for y in years]
                for g in roadmap.goals]
        story.append(table([_("Doel"), *[str(y) for y in years]], rows, widths))
    story.append(Heading(_("Hoe we hier kwamen"), 1))
    story.append(table([_("Datum"), _("Stap"), _("Klaar"), _("Wat eruit kwam")],
                       [[format_date(s.date), s.title, _("ja") if s.done else _("nee"), s.outcome or ""]
                        for s in roadmap.steps] or [[_("Nog geen stappen vastgelegd."), "", "", ""]],
                       [26 * mm, 70 * mm, 14 * mm, 64 * mm]))
    if roadmap.conclusions:
        story += [Heading(_("Conclusies uit de inbreng"), 1), text(roadmap.conclusions)]
    if roadmap.advice:
        story.append(Heading(_("Adviesmomenten"), 1))
        story.append(table([_("Datum"), _("Aan"), _("Uitkomst")],
                           [[format_date(a.date), a.body, a.outcome or ""] for a in roadmap.advice],
                           [26 * mm, 58 * mm, 90 * mm]))
    return story


def prevention_section(view: PlanView) -> list[Flowable]:
    """The Preventiematrix (setting × layer) and the pyramid of effort over the roadmap's years."""
    from wellbeing_planner.core.prevention import layer_effort, preventiematrix
    from wellbeing_planner.reports.charts import pyramid_chart

    matrix = preventiematrix(view)
    story: list[Flowable] = [Heading(_("Preventie")), Heading(_("Preventiematrix"), 1), text(_(
        "Het aanbod per omgeving en preventielaag: lege vakken laten zien waar niets is, ‘dubbel’ waar hetzelfde "
        "aanbod op één laag twee keer voorkomt."), "muted")]
    rows = []
    for row_id, row_name in matrix.rows:
        cells = [row_name]
        for layer_id, _name in matrix.layers:
            cell = matrix.cell(row_id, layer_id)
            names = ", ".join(o.name for o in cell.offers[:MATRIX_NAMES]) if not cell.empty else "—"
            if len(cell.offers) > MATRIX_NAMES:
                names += " " + _("en nog {n}").format(n=len(cell.offers) - MATRIX_NAMES)
            cells.append(names + (f" ({_('dubbel')})" if cell.doubled else ""))
        rows.append(cells)
    layer_width = 130 * mm / len(matrix.layers)
    story.append(table([_("Omgeving"), *[name for _i, name in matrix.layers]], rows,
                       [44 * mm] + [layer_width] * len(matrix.layers)))
    if matrix.unplaced:
        names = ", ".join(matrix.unplaced[:MATRIX_NAMES])
        if len(matrix.unplaced) > MATRIX_NAMES:
            names += " " + _("en nog {n}").format(n=len(matrix.unplaced) - MATRIX_NAMES)
        story.append(text(_("Nog op geen laag geplaatst ({count}): {names}.").format(
            count=len(matrix.unplaced), names=names), "muted"))
    effort = layer_effort(view)
    fw = framework()
    story.append(Heading(_("Inzet per preventielaag"), 1))
    story.append(table([_("Laag"), _("Activiteiten"), _("Uren"), _("Budget")],
                       [[fw.name_of("prevention_layers", layer), str(e.activities), format_number(e.hours),
                         format_money(e.budget)] for layer, e in effort.items()],
                       [60 * mm, 30 * mm, 34 * mm, 50 * mm], right=(1, 2, 3)))
    if view.pyramid is not None and len(view.pyramid.years) > 1:
        story.append(Heading(_("Piramide van inzet per schooljaar"), 1))
        story.append(text(view.pyramid.sentence()))
        story.append(pyramid_chart(view.pyramid, WIDTH))
        story.append(text(_("Van onder naar boven: universeel, selectief, geïndiceerd, zorg; de breedte is het "
                            "deel van de uren van dat schooljaar."), "muted"))
    return story


def startfoto(view: PlanView) -> list[Flowable]:
    fw = framework()
    story: list[Flowable] = [Heading(_("Startfoto")), Heading(_("Cijfers"), 1)]
    rows = [[i.name, _with_unit(format_number(i.value), i.unit) if i.value is not None else "—",
             format_number(i.comparison_value) + (f" ({i.comparison_label})" if i.comparison_label else "")
             if i.comparison_value is not None else "", i.source or "", str(i.year or "")] for i in view.indicators]
    story.append(table([_("Cijfer"), _("Waarde"), _("Vergelijking"), _("Bron"), _("Jaar")], rows or [["—"] * 5],
                       [62 * mm, 18 * mm, 30 * mm, 50 * mm, 14 * mm], right=(1,)))
    story.append(Heading(_("Wat de school al doet"), 1))
    story.append(table([_("Activiteit"), _("Sinds"), _("Groepen"), _("Hoe het gaat")],
                       [[i.name, str(i.since_year or ""), i.grades or "", i.assessment or ""] for i in view.inventory]
                       or [["—"] * 4], [50 * mm, 14 * mm, 25 * mm, 85 * mm]))
    story.append(Heading(_("Wat betrokkenen zeggen"), 1))
    story.append(table([_("Groep"), _("Werkwijze"), _("Conclusies")],
                       [[STAKEHOLDER_GROUPS.get(s.group, s.group), s.method or "", s.conclusions or ""]
                        for s in view.stakeholder_inputs] or [["—"] * 3], [25 * mm, 45 * mm, 104 * mm]))
    story.append(Heading(_("Verplichtingen"), 1))
    stored = {o.obligation_id: o for o in view.obligations}
    rows = []
    for item in fw.obligations_for(view.school.school_type):
        check = stored.get(item.id)
        rows.append([item.name, fw.name_of("obligation_statuses", check.status if check else "onbekend"),
                     check.note if check and check.note else ""])
    story.append(table([_("Verplichting"), _("Status"), _("Toelichting")], rows, [70 * mm, 28 * mm, 76 * mm]))
    return story


def scan_overview(view: PlanView, *, with_criteria: bool = True) -> list[Flowable]:
    fw = framework()
    school_type = view.school.school_type
    now = scan.pillar_scores(view.scores, school_type)
    before = scan.pillar_scores(view.previous_scores, school_type) if view.previous_scores else None
    labels = [p.name for p in fw.pillars]
    chart = radar(labels, [now[p.id].share for p in fw.pillars],
                  [before[p.id].share for p in fw.pillars] if before else None, str(view.school_year),
                  str(view.previous_school_year or ""))
    total = scan.total_score(view.scores, school_type)
    previous_total = scan.total_score(view.previous_scores, school_type) if view.previous_scores else None
    rows = [[p.name, format_percent(now[p.id].share), format_percent(before[p.id].share) if before else "—",
             f"{now[p.id].scored + now[p.id].not_applicable}/{now[p.id].criteria}"] for p in fw.pillars]
    rows.append([_("Totaal"), format_percent(total.share),
                 format_percent(previous_total.share) if previous_total else "—",
                 f"{total.scored + total.not_applicable}/{total.criteria}"])
    story: list[Flowable] = [Heading(_("Zelfscan")), text(_(
        "Score per pijler als deel van het maximum. Niet gescoorde criteria tellen niet mee; 'niet van "
        "toepassing' verlaagt het maximum."), "muted"), chart,
        table([_("Pijler"), _("Dit jaar"), _("Vorig jaar"), _("Gescoord")], rows, [60 * mm, 30 * mm, 30 * mm,
                                                                                   30 * mm], right=(1, 2, 3))]
    if with_criteria:
        scores = {s.criterion_id: s for s in view.scores}
        for pillar in fw.pillars:
            story.append(Heading(_("Pijler {name}").format(name=pillar.name), 1))
            rows = []
            for criterion in fw.criteria_for(school_type):
                if criterion.pillar != pillar.id:
                    continue
                score = scores.get(criterion.id)
                shown = _("n.v.t.") if score and score.not_applicable else (
                    str(score.score) if score and score.score is not None else "—")
                note = (score.na_reason if score.not_applicable else score.evidence) if score else None
                if score and score.team_counts and not score.not_applicable:
                    note = "\n".join(part for part in (note, team_round_text(score.team_counts)) if part)
                rows.append([criterion.statement, shown, scan.PRIORITIES.get(score.priority or "", "") if score else "",
                             note or ""])
            story.append(table([_("Criterium"), _("Score"), _("Prioriteit"), _("Onderbouwing")], rows,
                               [70 * mm, 15 * mm, 22 * mm, 67 * mm], right=(1,)))
    return story


def team_round_text(counts: tuple[int, ...]) -> str:
    """One line for a criterion scored by the team: participants, hands per level, median, a wide spread."""
    try:
        spread = scan.team_spread(counts)
    except ValidationError:
        return ""
    hands = " · ".join(f"{level}: {n}" for level, n in enumerate(spread.counts))
    line = _("Teamronde: {participants} ({hands}), mediaan {median}.").format(
        participants=count(spread.participants, "deelnemer", "deelnemers"), hands=hands, median=spread.median)
    if spread.differs_widely:
        line += " " + _("De meningen liepen twee niveaus of meer uiteen.")
    return line


#: The focus holds what most needs attention: a scored criterion whose gap to the top score, weighted by its
#: priority (see core.scan), is at least FOCUS_WEIGHT — a 0 or 1 with priority midden or hoog — and at most
#: FOCUS_MAX of them, the most urgent first.
FOCUS_WEIGHT = 4
FOCUS_MAX = 8


def focus_items(view: PlanView) -> list[scan.FocusItem]:
    items = scan.focus_list(view.scores, view.school.school_type)
    return [item for item in items if item.weight >= FOCUS_WEIGHT][:FOCUS_MAX]


def focus(view: PlanView) -> list[Flowable]:
    items = focus_items(view)
    rows = [[item.criterion.statement, framework().pillar(item.criterion.pillar).name, str(item.score),
             scan.PRIORITIES.get(item.priority or "", "—")] for item in items]
    return [Heading(_("Focus: lage score, hoge prioriteit")), text(_(
        "Alleen de criteria die het meest aandacht vragen: score 0 of 1 bij prioriteit midden of hoog, hoogstens "
        "{n}, de urgentste eerst (het verschil met de hoogste score maal het gewicht van de prioriteit). Dit is de "
        "brug naar de doelen.").format(n=FOCUS_MAX), "muted"),
        table([_("Criterium"), _("Pijler"), _("Score"), _("Prioriteit")], rows or [["—"] * 4],
              [100 * mm, 30 * mm, 16 * mm, 28 * mm], right=(2,))]


def goals_section(view: PlanView) -> list[Flowable]:
    fw = framework()
    story: list[Flowable] = [Heading(_("Visie en doelen")), markup(_("<b>Visie</b>")), text(view.vision or NO_VISION),
                             text(_("De doelen staan in volgorde van prioriteit, berekend als {formula}.").format(
                                 formula=_(goal_ops.FORMULA_TEXT)), "muted")]
    if not view.goals:
        story.append(text(_("Er zijn nog geen doelen vastgelegd."), "body"))
    indicators = {i.id: i.name for i in view.indicators}
    numbers = goal_ops.goal_numbers(view.goals)
    for goal in goal_ops.ordered_goals(list(view.goals)):
        label = goal_ops.label_with(goal, numbers)
        score = goal_ops.priority_score(goal)
        rows: list[list[Any]] = [
            [_("Pijlers"), ", ".join(fw.pillar(p).name for p in goal.pillars) or "—"],
            [_("Preventielaag"), fw.name_of("prevention_layers", goal.prevention_layer) or "—"],
            [_("Indicator"), indicators.get(goal.indicator_id or -1, goal.indicator_text or "—")],
            [_("Van → naar"), f"{goal.baseline or '—'} → {goal.target or '—'}"],
            [_("Streefdatum"), format_date(goal.deadline, empty="—")],
            [_("Prioriteit"), (str(score).replace(".", ",") if score is not None else _("nog niet beoordeeld"))
             + f" · {goal_ops.HORIZONS.get(goal.horizon, goal.horizon)}"],
        ]
        if goal.description:
            rows.insert(0, [_("Beschrijving"), goal.description])
        story.append(KeepTogether([Heading(label, 1), table([_("Onderdeel"), _("Invulling")], rows,
                                                            [40 * mm, 134 * mm])]))
    return story


ACTIVITY_HEADER = (_("Activiteit"), _("Doel"), _("Eigenaar"), _("Maanden"), _("Budget"), _("Financiering"),
                   _("Interventie"))


def activity_rows(view: PlanView) -> list[list[str]]:
    """The rows of the activities table, by goal in priority order, activities without a goal last."""
    fw = framework()
    rows = []
    numbers = goal_ops.goal_numbers(view.goals)
    for goal in [*goal_ops.ordered_goals(list(view.goals)), None]:
        items = view.activities_of(goal.id) if goal else tuple(
            a for a in view.activities if a.goal_id is None or view.goal(a.goal_id) is None)
        for activity in items:
            rows.append([activity.title, goal_ops.label_with(goal, numbers).split(" ")[0] if goal else "—",
                         view.member_name(activity.owner_id) or "—", _months(activity),
                         format_money(activity.budget, empty="—"),
                         fw.name_of("funding_sources", activity.funding_source) or "—", intervention_name(activity)])
    return rows


def activities_section(view: PlanView) -> list[Flowable]:
    return [Heading(_("Activiteiten")),
            table([_(h) for h in ACTIVITY_HEADER], activity_rows(view) or [["—"] * 7],
                  [38 * mm, 11 * mm, 24 * mm, 23 * mm, 22 * mm, 25 * mm, 31 * mm], right=(4,))]


def timeline_section(view: PlanView) -> list[Flowable]:
    return [Heading(_("Jaarplanning")), text(_("Augustus tot en met juli, per doel in volgorde van prioriteit."),
                                             "muted"),
            marker_legend(), timeline_table(planning.timeline(view), WIDTH)]


def totals_section(view: PlanView) -> list[Flowable]:
    fw = framework()
    totals = planning.plan_totals(view)

    def rows(items: list[tuple[str, planning.TotalRow]]) -> list[list[str]]:
        return [[name, format_number(row.hours), format_money(row.budget), str(row.activities)] for name, row in items]

    head = [_("Onderdeel"), _("Uren"), _("Budget"), _("Activiteiten")]
    widths = [80 * mm, 25 * mm, 40 * mm, 29 * mm]
    pillar_rows = rows([(fw.pillar(p).name, r) for p, r in totals.per_pillar.items()])
    funding_rows = rows([(fw.name_of("funding_sources", k) if k != "onbekend" else _("(niet ingevuld)"), r)
                         for k, r in sorted(totals.per_funding.items(), key=lambda kv: -kv[1].budget)])
    total_row = [_("Totaal"), format_number(totals.total.hours), format_money(totals.total.budget),
                 str(totals.total.activities)]
    return [Heading(_("Uren en geld")),
            Heading(_("Per pijler"), 1),
            text(_("Let op: een activiteit telt mee bij elke pijler van haar doel, dus samen tellen de pijlers op "
                   "tot meer dan het totaal van {total} (zie per financieringsbron).").format(
                       total=format_money(totals.total.budget)), "muted"),
            table(head, pillar_rows, widths, right=(1, 2, 3)),
            Heading(_("Per financieringsbron"), 1), table(head, [*funding_rows, total_row], widths,
                                                          right=(1, 2, 3))]


def evaluation_schedule(view: PlanView) -> list[Flowable]:
    from wellbeing_planner.core.evaluation import KINDS

    rows = [[format_date(e.date), KINDS.get(e.kind, e.kind), e.title, e.focus or ""] for e in view.evaluations]
    return [Heading(_("Evaluatieschema")), table([_("Datum"), _("Soort"), _("Moment"), _("Waar we naar kijken")],
                                                 rows or [["—"] * 4], [28 * mm, 34 * mm, 48 * mm, 64 * mm])]


def adoption_text(view: PlanView) -> str:
    """What the Vaststelling page says, following the plan's status."""
    if view.status == "concept":
        return _("Dit is een concept. Het plan is nog niet vastgesteld: het wordt eerst met het team besproken "
                 "en aan de MR voorgelegd, daarna stelt de directeur het vast.")
    signed = view.director_signed_on or view.mr_signed_on
    when = _(" op {date}").format(date=format_date(signed)) if signed else ""
    if view.status == "afgerond":
        return _("Dit jaarplan is vastgesteld{when} en uitgevoerd; het schooljaar is afgesloten met een "
                 "evaluatie (zie het evaluatierapport).").format(when=when)
    return _("Dit jaarplan is met het team besproken en vastgesteld{when}.").format(when=when)


def sign_off(view: PlanView) -> list[Flowable]:
    def cell(value: str | None) -> Any:
        return value if value else Spacer(1, 1)  # an empty line to fill in by hand, never a dash

    rows = [[_("Directeur"), cell(view.director_name), cell(format_date(view.director_signed_on, empty="")), ""],
            [_("Namens de MR"), cell(view.mr_name), cell(format_date(view.mr_signed_on, empty="")), ""]]
    rows = [[*row[:3], Spacer(1, 1)] for row in rows]
    signature = table([_("Rol"), _("Naam"), _("Datum"), _("Handtekening")], rows, [35 * mm, 50 * mm, 30 * mm, 59 * mm],
                      min_row_height=14 * mm)  # room to sign
    return [Heading(_("Vaststelling")), text(adoption_text(view), "body"), Spacer(1, 4 * mm), signature]


def attainment(view: PlanView) -> list[Flowable]:
    reached = {True: _("ja"), False: _("nee"), None: _("nog niet bekend")}
    rows = [[g.title, g.target or "—", g.measured_value or "—", reached[g.reached], g.attainment_note or ""]
            for g in goal_ops.ordered_goals(list(view.goals))]
    return [Heading(_("Doelrealisatie")), table([_("Doel"), _("Streefwaarde"), _("Gemeten"), _("Gehaald"),
                                                 _("Toelichting")], rows or [["—"] * 5],
                                                [46 * mm, 28 * mm, 24 * mm, 22 * mm, 54 * mm])]


def activity_status(view: PlanView) -> list[Flowable]:
    rows = [[a.title, activity_ops.STATUSES.get(a.status, a.status), activity_ops.PROGRESS.get(a.progress or "", "—"),
             a.reflection or ""] for a in view.activities]
    return [Heading(_("Voortgang van de activiteiten")),
            table([_("Activiteit"), _("Status"), _("Voortgang"), _("Reflectie")], rows or [["—"] * 4],
                  [60 * mm, 22 * mm, 24 * mm, 68 * mm])]


def money(amount: Decimal | None) -> str:
    return format_money(amount, empty="—")
