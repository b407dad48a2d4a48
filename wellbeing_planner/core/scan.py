"""Step 2 — the zelfscan: scoring criteria 0–3 per pillar, and what the scores add up to.

Scoring rules (shown to users in the app and in reports):

* A pillar's score is the share of the maximum: the points of the scored criteria
  divided by 3 × the number of scored criteria.
* Unscored criteria are *not* counted as 0: they are left out until scored, so a
  team can stop halfway; a pillar with nothing scored has no score (``None``).
* A criterion marked *niet van toepassing* leaves the maximum.
* The focus list puts first what most needs attention: the gap ``3 − score``
  weighted by the priority (hoog 3, midden 2, laag 1, none 1); ties go to the
  higher priority, then the lower score, then the order of the criteria.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from wellbeing_planner.content.framework import Criterion, framework
from wellbeing_planner.core import validation
from wellbeing_planner.core.plans import load_plan
from wellbeing_planner.core.views import ScoreView
from wellbeing_planner.errors import ValidationError
from wellbeing_planner.i18n import Labels, _
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import ScanScore

MAX_SCORE = 3
PRIORITIES = Labels({"laag": _("laag"), "midden": _("midden"), "hoog": _("hoog")})
PRIORITY_WEIGHT: dict[str | None, int] = {"hoog": 3, "midden": 2, "laag": 1, None: 1}

EMPTY = ScoreView("", None, False, None, None, None)


@dataclass(frozen=True, slots=True)
class PillarScore:
    pillar: str
    criteria: int  # criteria of this pillar for the school type
    scored: int  # scored and applicable
    not_applicable: int
    points: int
    maximum: int  # 3 × scored
    share: float | None  # points / maximum; None while nothing is scored

    @property
    def unscored(self) -> int:
        return self.criteria - self.scored - self.not_applicable


@dataclass(frozen=True, slots=True)
class FocusItem:
    criterion: Criterion
    score: int
    priority: str | None
    weight: int


@dataclass(frozen=True, slots=True)
class PillarComparison:
    pillar: str
    current: float | None
    previous: float | None

    @property
    def change(self) -> float | None:
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous


def _by_id(scores: Iterable[ScoreView]) -> dict[str, ScoreView]:
    return {s.criterion_id: s for s in scores}


def _summarise(pillar: str, criteria: list[Criterion], scores: Mapping[str, ScoreView]) -> PillarScore:
    scored = points = not_applicable = 0
    for criterion in criteria:
        score = scores.get(criterion.id, EMPTY)
        if score.not_applicable:
            not_applicable += 1
        elif score.score is not None:
            scored += 1
            points += score.score
    maximum = MAX_SCORE * scored
    return PillarScore(pillar, len(criteria), scored, not_applicable, points, maximum,
                       points / maximum if maximum else None)


def pillar_scores(scores: Iterable[ScoreView], school_type: str) -> dict[str, PillarScore]:
    """Score per pillar (framework order) for the criteria of ``school_type``."""
    by_id = _by_id(scores)
    criteria = framework().criteria_for(school_type)
    return {p.id: _summarise(p.id, [c for c in criteria if c.pillar == p.id], by_id) for p in framework().pillars}


def total_score(scores: Iterable[ScoreView], school_type: str) -> PillarScore:
    """All pillars together (pillar id ``"totaal"``)."""
    return _summarise("totaal", list(framework().criteria_for(school_type)), _by_id(scores))


def focus_list(scores: Iterable[ScoreView], school_type: str) -> list[FocusItem]:
    """Scored, applicable criteria below the top score, most urgent first (see the module docstring)."""
    by_id = _by_id(scores)
    items = []
    for order, criterion in enumerate(framework().criteria_for(school_type)):
        score = by_id.get(criterion.id, EMPTY)
        if score.not_applicable or score.score is None or score.score >= MAX_SCORE:
            continue
        weight = (MAX_SCORE - score.score) * PRIORITY_WEIGHT.get(score.priority, 1)
        items.append((-weight, -PRIORITY_WEIGHT.get(score.priority, 1), score.score, order,
                      FocusItem(criterion, score.score, score.priority, weight)))
    return [item[-1] for item in sorted(items, key=lambda i: i[:4])]


def compare_with_previous(scores: Iterable[ScoreView], previous: Iterable[ScoreView],
                          school_type: str) -> list[PillarComparison]:
    now = pillar_scores(scores, school_type)
    before = pillar_scores(previous, school_type)
    return [PillarComparison(p, now[p].share, before[p].share) for p in now]


def progress(scores: Iterable[ScoreView], school_type: str) -> tuple[int, int]:
    """(criteria scored or marked n.v.t., criteria in total)."""
    total = total_score(scores, school_type)
    return total.scored + total.not_applicable, total.criteria


# --- writing --------------------------------------------------------------------------------------


def scan_scores(db: Database, plan_id: int) -> dict[str, ScoreView]:
    with db.reading() as session:
        rows = session.scalars(select(ScanScore).where(ScanScore.plan_id == plan_id))
        return {r.criterion_id: ScoreView(r.criterion_id, r.score, r.not_applicable, r.na_reason, r.evidence,
                                          r.priority, tuple(r.team_counts or ())) for r in rows}


_FIELDS = ("score", "not_applicable", "na_reason", "evidence", "priority", "team_counts")


def _clean(field: str, value: Any) -> Any:
    if field == "score":
        if value is None:
            return None
        if not isinstance(value, int) or not 0 <= value <= MAX_SCORE:
            raise ValidationError(_("Een score is 0, 1, 2 of 3."), field="score")
        return value
    if field == "not_applicable":
        return bool(value)
    if field == "priority":
        if value not in (None, *PRIORITIES):
            raise ValidationError(_("Kies als prioriteit laag, midden of hoog."), field="priority")
        return value
    if field in ("na_reason", "evidence"):
        return validation.text(value, label=_("De toelichting"), field=field, max_length=5000, multiline=True)
    if field == "team_counts":
        return list(clean_team_counts(value)) if value else None
    raise ValidationError(_("Onbekend veld: {field}").format(field=field))


#: The check of one field of a criterion's score (also used by the plan-file importer).
clean_field = _clean


def update_score(db: Database, plan_id: int, criterion_id: str, **changes: Any) -> ScoreView:
    """Change score, n.v.t. (with reason), evidence or priority of one criterion; return the OLD state."""
    clean = {field: _clean(field, value) for field, value in changes.items()}
    with db.unit_of_work() as session:
        plan = load_plan(session, plan_id)
        if criterion_id not in {c.id for c in framework().criteria_for(plan.school.school_type)}:
            raise ValidationError(_("Dit criterium hoort niet bij het schooltype van de school."))
        row = session.scalar(select(ScanScore).where(ScanScore.plan_id == plan_id,
                                                     ScanScore.criterion_id == criterion_id))
        if row is None:
            row = ScanScore(plan_id=plan_id, criterion_id=criterion_id, not_applicable=False)
            session.add(row)
        old = ScoreView(criterion_id, row.score, bool(row.not_applicable), row.na_reason, row.evidence, row.priority,
                        tuple(row.team_counts or ()))
        for field, value in clean.items():
            setattr(row, field, value)
        if clean.get("not_applicable"):
            row.score = None
        if clean.get("score") is not None:
            row.not_applicable = False
        return old


def restore_score(db: Database, plan_id: int, state: ScoreView) -> None:
    """Put a criterion back in an earlier state (undo)."""
    update_score(db, plan_id, state.criterion_id, score=state.score, not_applicable=state.not_applicable,
                 na_reason=state.na_reason, evidence=state.evidence, priority=state.priority,
                 team_counts=list(state.team_counts) or None)


# --- team scoring ---------------------------------------------------------------------------------

#: A team round holds at most this many participants (a whole team in a meeting room).
MAX_PARTICIPANTS = 200


@dataclass(frozen=True, slots=True)
class TeamSpread:
    """What a team round shows: participants per level, the median, and whether views differ widely."""

    counts: tuple[int, int, int, int]
    participants: int
    median: int | None
    lowest: int | None
    highest: int | None

    @property
    def differs_widely(self) -> bool:
        """Two levels or more between the lowest and the highest view: talk before settling."""
        return self.lowest is not None and self.highest is not None and self.highest - self.lowest >= 2


def clean_team_counts(value: Any) -> tuple[int, int, int, int]:
    """Four whole numbers ≥ 0 (participants per level 0–3), at least one participant; Dutch message otherwise."""
    if not isinstance(value, list | tuple) or len(value) != 4:
        raise ValidationError(_("Een teamronde heeft voor elk niveau 0 tot en met 3 een aantal."), field="team_counts")
    counts = []
    for item in value:
        if isinstance(item, bool) or not isinstance(item, int) or item < 0:
            raise ValidationError(_("Het aantal deelnemers per niveau is een heel getal van 0 of meer."),
                                  field="team_counts")
        counts.append(item)
    total = sum(counts)
    if total == 0:
        raise ValidationError(_("Vul voor minstens één deelnemer een score in."), field="team_counts")
    if total > MAX_PARTICIPANTS:
        raise ValidationError(_("Een teamronde heeft hoogstens {n} deelnemers.").format(n=MAX_PARTICIPANTS),
                              field="team_counts")
    return counts[0], counts[1], counts[2], counts[3]


def counts_from_scores(text: str) -> tuple[int, int, int, int]:
    """Participants' scores typed one after another ("2 3 2 1 2" or "23212") → participants per level."""
    digits = [c for c in text if not c.isspace() and c not in ",;"]
    if not digits or any(c not in "0123" for c in digits):
        raise ValidationError(_("Typ per deelnemer een score 0, 1, 2 of 3, bijvoorbeeld: 2 3 2 1 2."),
                              field="team_counts")
    return clean_team_counts([digits.count(str(level)) for level in range(4)])


def team_spread(counts: Any) -> TeamSpread:
    """The spread of a team round; the median is the lower middle score (a cautious consensus)."""
    clean = clean_team_counts(list(counts))
    participants = sum(clean)
    scores = [level for level, n in enumerate(clean) for _ in range(n)]
    return TeamSpread(counts=clean, participants=participants, median=scores[(participants - 1) // 2],
                      lowest=scores[0], highest=scores[-1])


def adopt_team_score(db: Database, plan_id: int, criterion_id: str, counts: Any, score: int | None = None
                     ) -> ScoreView:
    """*Neem teamscore over*: store the consensus (the median unless the team chose otherwise) with the spread.

    Returns the OLD state (for undo).
    """
    spread = team_spread(counts)
    chosen = spread.median if score is None else score
    return update_score(db, plan_id, criterion_id, score=chosen, team_counts=list(spread.counts))
