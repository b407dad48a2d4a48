"""Working group, partners and the startfoto without Qt."""

from __future__ import annotations

from decimal import Decimal

import pytest

from wellbeing_planner.core import plans, records, schools, startfoto, werkgroep
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.errors import ValidationError
from wellbeing_planner.storage.db import Database


@pytest.fixture
def plan_id(db: Database) -> int:
    school = schools.create_school(db, "OBS De Linde", "PO")
    return plans.create_plan(db, school.id, SchoolYear(2026)).id


def test_members_and_partners_are_validated_and_ordered(db: Database, plan_id: int) -> None:
    school_id = plans.get_plan(db, plan_id).school_id
    werkgroep.add_member(db, school_id, "Fatima el Amrani", "ib", "f.elamrani@delinde.nl")
    werkgroep.add_member(db, school_id, "Joost de Vries", "directeur")
    with pytest.raises(ValidationError, match="geen geldig e-mailadres"):
        werkgroep.add_member(db, school_id, "X", "ib", "geen-adres")
    with pytest.raises(ValidationError, match="Kies een rol"):
        werkgroep.add_member(db, school_id, "X", "")
    assert [m.name for m in werkgroep.members(db, school_id)] == ["Fatima el Amrani", "Joost de Vries"]
    werkgroep.add_partner(db, school_id, "GGD regio Utrecht", "jgz", "Anouk Smit", "Jeugdverpleegkundige op school")
    werkgroep.add_partner(db, school_id, "Wijkteam Noord", "wijkteam")
    groups = werkgroep.ecosystem(werkgroep.partners(db, school_id))
    assert [(name, [p.organisation for p in items]) for name, items in groups] == [
        ("Jeugdgezondheidszorg (JGZ)", ["GGD regio Utrecht"]), ("Wijkteam of jeugdteam", ["Wijkteam Noord"])]


def test_indicators_check_percentages_and_keep_exact_values(db: Database, plan_id: int) -> None:
    ident = startfoto.add_indicator_from_template(db, plan_id, "veilig_voelen")
    startfoto.update_indicator(db, ident, value="87,5", year="2025", comparison_value="91")
    [row] = startfoto.indicators(db, plan_id)
    assert (row.name, row.unit, row.value, row.comparison_value, row.year) == (
        "Leerlingen die zich veilig voelen op school", "%", Decimal("87.50"), Decimal("91.00"), 2025)
    with pytest.raises(ValidationError, match="tussen 0 en 100"):
        startfoto.update_indicator(db, ident, value="120")
    with pytest.raises(ValidationError, match="getal"):
        startfoto.update_indicator(db, ident, value="veel")
    assert startfoto.indicators(db, plan_id)[0].value == Decimal("87.50")


def test_an_indicator_names_the_source_a_school_of_its_type_uses(db: Database, plan_id: int) -> None:
    po = startfoto.add_indicator_from_template(db, plan_id, "psychosociale_problemen")
    school = schools.create_school(db, "Het Baken College", "VO")
    vo_plan = plans.create_plan(db, school.id, SchoolYear(2026)).id
    vo = startfoto.add_indicator_from_template(db, vo_plan, "psychosociale_problemen")
    [po_row] = [r for r in startfoto.indicators(db, plan_id) if r.id == po]
    [vo_row] = [r for r in startfoto.indicators(db, vo_plan) if r.id == vo]
    assert po_row.source and po_row.source.startswith("Jeugdgezondheidszorg")
    assert vo_row.source and "Gezondheidsmonitor Jeugd" in vo_row.source


def test_delete_and_restore_put_the_same_row_back(db: Database, plan_id: int) -> None:
    ident = records.add(db, startfoto.STAKEHOLDER, plan_id, {"group": "ouders", "method": "Ouderpanel",
                                                            "conclusions": "Meer uitleg over de Kanjerpetten"})
    values = records.delete(db, startfoto.STAKEHOLDER, ident)
    assert startfoto.stakeholder_inputs(db, plan_id) == []
    records.restore(db, startfoto.STAKEHOLDER, values)
    [back] = startfoto.stakeholder_inputs(db, plan_id)
    assert (back.id, back.method) == (ident, "Ouderpanel")


def test_obligations_default_to_not_yet_checked(db: Database, plan_id: int) -> None:
    states = startfoto.obligations(db, plan_id, "PO")
    assert {s.status for s in states} == {"onbekend"}
    assert "monitor_sociale_veiligheid" in {s.obligation_id for s in states}
    old = startfoto.set_obligation(db, plan_id, "anti_pestcoordinator", status="voldaan", note="Mw. Jansen")
    assert old == ("onbekend", None)
    state = {s.obligation_id: s for s in startfoto.obligations(db, plan_id, "PO")}["anti_pestcoordinator"]
    assert (state.status, state.note) == ("voldaan", "Mw. Jansen")
    assert "monitor_sociale_veiligheid" not in {s.obligation_id for s in startfoto.obligations(db, plan_id, "MBO")}
