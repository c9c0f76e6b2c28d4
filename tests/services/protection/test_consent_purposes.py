"""Consent per purpose: recorded and withdrawn separately, and every use checks its own purpose.

(1) ratings and plans, (2) funding estimates, (3) pooled counts across companies. The Must-hold: a person who
refused pooling appears in no pooled count, report or export outside their own plan.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.report.test_report_common import pdf_text
from tests.support.plan_support import ACTOR, company_id, employee_id
from tests.workspaces import open_copy
from verbund_desktop.assessment.consent_purposes import PURPOSES_IN_ORDER, ConsentPurpose
from verbund_desktop.persistence.models import Company, ConsentRecord, Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report import build_company_report
from verbund_desktop.services.needs.company_report import company_report_view
from verbund_desktop.services.planning import plans
from verbund_desktop.services.planning.plan_documents import development_plan_view
from verbund_desktop.services.planning.plan_funding import NO_FUNDING_CONSENT
from verbund_desktop.services.planning.plan_queries import latest_complete_assessment, plan_state
from verbund_desktop.services.planning.suggestions import suggestions_for_plan
from verbund_desktop.services.protection import privacy
from verbund_desktop.services.protection.consent import (
    METHOD_OTHER_BASIS,
    METHOD_PAPER,
    OTHER_LEGAL_BASES,
    ConsentError,
    ConsentMissingError,
    consent_state,
    has_consent,
    mark_withdrawn,
    record_consents,
    require_consent,
)
from verbund_desktop.services.protection.consent_sheet import consent_sheet_view
from verbund_desktop.services.protection.person_data import collect_person_data

TODAY = date(2026, 11, 26)
LINE = re.compile(r"^(\S+) .+?: (\d+) Beschäftigte hier, (\d+) in (\d+) weitere")
COMPANIES = ("Bäckerei Möller GmbH", "Metallbau Schäfer & Söhne KG", "Südwest Logistik AG")


@pytest.fixture
def ws(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_copy(demo_template, tmp_path)
    yield workspace
    workspace.close()


def new_person(ws: Workspace, code: str = "MS-90") -> uuid.UUID:
    with ws.unit_of_work() as uow:
        company = uow.session.scalars(select(Company).where(Company.name == COMPANIES[1])).one()
        person = Employee(company_id=company.id, first_name="Ida", last_name="Nußbaum", pseudonym_code=code)
        uow.session.add(person)
        uow.commit()
        return person.id


def records(ws: Workspace, person: uuid.UUID) -> list[ConsentRecord]:
    with ws.unit_of_work() as uow:
        rows = list(uow.session.scalars(select(ConsentRecord).where(ConsentRecord.employee_id == person)))
        uow.session.expunge_all()
        return rows


def valid_record(ws: Workspace, person: uuid.UUID, purpose: ConsentPurpose) -> uuid.UUID:
    info = consent_state(ws, person)[purpose]
    assert info is not None
    return info.id


def pooled_counts(ws: Workspace, name: str) -> dict[str, tuple[int, int, int]]:
    """Competence code → (here, elsewhere, other companies) from the company report's pooling lines."""
    view = company_report_view(ws, company_id(ws, name), today=TODAY)
    result = {}
    for line in view.pooling_needs:
        match = LINE.match(line)
        assert match is not None, line
        result[match[1]] = (int(match[2]), int(match[3]), int(match[4]))
    return result


def gap_codes(ws: Workspace, person: uuid.UUID) -> set[str]:
    """The competences in which the person's latest complete interview shows a gap."""
    with ws.unit_of_work() as uow:
        assessment = latest_complete_assessment(uow.session, person)
        assert assessment is not None
        return {
            r.competence.code
            for r in assessment.ratings
            if not r.not_applicable
            and r.agreed_level is not None
            and r.target_level is not None
            and r.target_level > r.agreed_level
        }


# -------------------------------------------------------------------------------------- recording


def test_each_purpose_is_recorded_on_its_own_and_a_refusal_stores_nothing(ws: Workspace) -> None:
    person = new_person(ws)
    decisions = {p: p is not ConsentPurpose.NETWORK_POOLING for p in ConsentPurpose}
    infos = record_consents(
        ws, person, decisions, method=METHOD_PAPER, given_on=TODAY, actor=ACTOR, today=TODAY
    )
    assert [i.purpose for i in infos] == ["kompetenzerhebung", "foerderantrag"]
    stored = records(ws, person)
    assert {r.purpose for r in stored} == {"kompetenzerhebung", "foerderantrag"}
    assert all(
        (r.method, r.given_on, r.recorded_by, r.status) == ("paper", TODAY, ACTOR, "given") for r in stored
    )
    state = consent_state(ws, person)
    assert state[ConsentPurpose.NETWORK_POOLING] is None
    with ws.unit_of_work() as uow:
        require_consent(uow.session, person, ConsentPurpose.FUNDING_APPLICATION)
        with pytest.raises(ConsentMissingError, match="pseudonymisierten Nutzung im Verbund"):
            require_consent(uow.session, person, ConsentPurpose.NETWORK_POOLING)
    # Later the person agrees to pooling too: one new record, the others are not duplicated.
    again = record_consents(
        ws,
        person,
        dict.fromkeys(ConsentPurpose, True),
        method=METHOD_PAPER,
        given_on=TODAY,
        actor=ACTOR,
        today=TODAY,
    )
    assert [i.purpose for i in again] == ["verbund"]
    assert len(records(ws, person)) == 3


def test_bad_input_stores_no_purpose_at_all(ws: Workspace) -> None:
    person = new_person(ws)
    with pytest.raises(ConsentError, match="mindestens einen Zweck"):
        record_consents(ws, person, {}, method=METHOD_PAPER, given_on=TODAY, actor=ACTOR, today=TODAY)
    with pytest.raises(ConsentError, match="braucht eine Einwilligung der Person"):
        record_consents(
            ws,
            person,
            dict.fromkeys(ConsentPurpose, True),
            method=METHOD_OTHER_BASIS,
            legal_basis=OTHER_LEGAL_BASES[0],
            note="Betriebsvereinbarung vom 01.02.2026",
            given_on=TODAY,
            actor=ACTOR,
            today=TODAY,
        )
    with pytest.raises(ConsentError, match="Zukunft"):
        record_consents(
            ws,
            person,
            dict.fromkeys(ConsentPurpose, True),
            method=METHOD_PAPER,
            given_on=date(2026, 12, 24),
            actor=ACTOR,
            today=TODAY,
        )
    assert records(ws, person) == []


def test_withdrawing_pooling_or_funding_keeps_the_interview_and_plan(ws: Workspace) -> None:
    person = employee_id(ws, "SL-02")
    before = plan_state(ws, person, today=TODAY)
    assert before is not None and before.measures
    for purpose in (ConsentPurpose.NETWORK_POOLING, ConsentPurpose.FUNDING_APPLICATION):
        result = privacy.withdraw_consent(ws, actor=ACTOR, consent_id=valid_record(ws, person, purpose))
        assert result.purpose == purpose.value and not result.data_removed
    after = plan_state(ws, person, today=TODAY)
    assert after is not None and [m.id for m in after.measures] == [m.id for m in before.measures]
    state = consent_state(ws, person)
    assert state[ConsentPurpose.INTERVIEW_AND_PLAN] is not None
    assert state[ConsentPurpose.FUNDING_APPLICATION] is None and state[ConsentPurpose.NETWORK_POOLING] is None


# -------------------------------------------------------------------------------------- purpose (2)


def test_without_consent_to_the_funding_application_there_is_no_estimate_anywhere(ws: Workspace) -> None:
    person = employee_id(ws, "SL-01")
    plan = plan_state(ws, person, today=TODAY)
    assert plan is not None and any(m.funding.estimate is not None for m in plan.measures)
    mark_withdrawn(
        ws, valid_record(ws, person, ConsentPurpose.FUNDING_APPLICATION), withdrawn_on=TODAY, actor=ACTOR
    )
    plan = plan_state(ws, person, today=TODAY)
    assert plan is not None
    assert all(m.funding.estimate is None and m.funding.problem == NO_FUNDING_CONSENT for m in plan.measures)
    printed = development_plan_view(ws, plan.plan_id, today=TODAY)
    assert all(m.funding is None for m in printed.measures)
    suggestions = suggestions_for_plan(ws, plan.plan_id, today=TODAY)
    offers = [o for g in suggestions for o in g.offers]
    assert offers and all(o.funding is None and o.net_cost == o.cost for o in offers)
    # The person's plan itself is untouched: purpose (1) still holds.
    with ws.unit_of_work() as uow:
        assert has_consent(uow.session, person, ConsentPurpose.INTERVIEW_AND_PLAN)


# -------------------------------------------------------------------------------------- purpose (3)


def test_the_demo_person_who_refused_pooling_is_in_no_pooled_count(ws: Workspace) -> None:
    """MS-02 refused pooling in the demo; agreeing later adds exactly him to the counts of his gaps."""
    person = employee_id(ws, "MS-02")
    gaps = gap_codes(ws, person)
    assert gaps, "the demo person needs gaps for this test to say anything"
    before = {name: pooled_counts(ws, name) for name in COMPANIES}
    record_consents(
        ws,
        person,
        {ConsentPurpose.NETWORK_POOLING: True},
        method=METHOD_PAPER,
        given_on=TODAY,
        actor=ACTOR,
        today=TODAY,
    )
    after = {name: pooled_counts(ws, name) for name in COMPANIES}
    changed = 0
    for name in COMPANIES:
        for code in before[name].keys() & after[name].keys():
            here, elsewhere, _firms = before[name][code]
            now_here, now_elsewhere, _ = after[name][code]
            own = name == COMPANIES[1]
            expected = (here + (code in gaps and own), elsewhere + (code in gaps and not own))
            assert (now_here, now_elsewhere) == expected, (name, code)
            changed += (now_here, now_elsewhere) != (here, elsewhere)
    assert changed > 0


def test_withdrawing_pooling_removes_the_person_from_every_pooled_count(ws: Workspace) -> None:
    person = employee_id(ws, "BM-02")
    gaps = gap_codes(ws, person)
    before = {name: pooled_counts(ws, name) for name in COMPANIES}
    privacy.withdraw_consent(
        ws, actor=ACTOR, consent_id=valid_record(ws, person, ConsentPurpose.NETWORK_POOLING)
    )
    after = {name: pooled_counts(ws, name) for name in COMPANIES}
    for name in COMPANIES:
        own = name == COMPANIES[0]
        for code in before[name].keys() & after[name].keys():
            here, elsewhere, _ = before[name][code]
            assert after[name][code][:2] == (
                here - (code in gaps and own),
                elsewhere - (code in gaps and not own),
            )


def test_when_nobody_consented_to_pooling_no_pooled_line_is_printed(ws: Workspace) -> None:
    with ws.unit_of_work() as uow:
        ids = list(uow.session.scalars(select(Employee.id)))
    for person in ids:
        info = consent_state(ws, person)[ConsentPurpose.NETWORK_POOLING]
        if info is not None:
            mark_withdrawn(ws, info.id, withdrawn_on=TODAY, actor=ACTOR)
    for name in COMPANIES:
        view = company_report_view(ws, company_id(ws, name), today=TODAY)
        assert view.pooling_needs == ()
        assert view.rows  # the company's own heat map (purpose 1) is still there
        text = pdf_text(build_company_report(view))
        assert "weiteren Betrieben des Verbunds" not in text and "weiterem Betrieb des Verbunds" not in text


def test_old_records_count_for_purpose_one_only(ws: Workspace) -> None:
    person = new_person(ws)
    with ws.unit_of_work() as uow:  # as every record before consent per purpose looked
        uow.session.add(
            ConsentRecord(
                employee_id=person, purpose="kompetenzerhebung", text_version="2026-01", given_on=TODAY
            )
        )
        uow.commit()
    state = consent_state(ws, person)
    assert [p for p in PURPOSES_IN_ORDER if state[p] is not None] == [ConsentPurpose.INTERVIEW_AND_PLAN]


def test_the_art15_copy_names_only_the_purposes_and_recipients_consented_to(ws: Workspace) -> None:
    with ws.unit_of_work() as uow:
        refused = collect_person_data(uow.session, employee_id(ws, "MS-02"))["verarbeitung"]
        agreed = collect_person_data(uow.session, employee_id(ws, "MS-01"))["verarbeitung"]
    assert agreed["zwecke"] == [p.label_de for p in PURPOSES_IN_ORDER]
    assert refused["zwecke"] == [p.label_de for p in PURPOSES_IN_ORDER[:2]]
    assert any("Agentur für Arbeit" in r for r in refused["empfänger"])
    assert not any("nur pseudonymisiert" in r for r in refused["empfänger"])
    assert any("nur pseudonymisiert" in r for r in agreed["empfänger"])


def test_a_frozen_plan_reprinted_after_the_funding_withdrawal_leaves_the_estimates_out(ws: Workspace) -> None:
    person = employee_id(ws, "SL-01")
    plan = plan_state(ws, person, today=TODAY)
    assert plan is not None
    plans.freeze_plan(ws, plan.plan_id, actor=ACTOR, today=TODAY)
    assert any(m.funding is not None for m in development_plan_view(ws, plan.plan_id, today=TODAY).measures)
    privacy.withdraw_consent(
        ws, actor=ACTOR, consent_id=valid_record(ws, person, ConsentPurpose.FUNDING_APPLICATION)
    )
    reprinted = development_plan_view(ws, plan.plan_id, today=TODAY)
    assert reprinted.measures and all(m.funding is None for m in reprinted.measures)


def test_the_sheet_shows_ticks_as_recorded_and_is_a_blank_form_before_any_decision(ws: Workspace) -> None:
    refused = consent_sheet_view(ws, employee_id(ws, "MS-02"), today=TODAY)
    assert refused.recorded and [p.ticked for p in refused.purposes] == [True, True, False]
    person = new_person(ws)
    blank = consent_sheet_view(ws, person, today=TODAY)
    undecided = consent_sheet_view(ws, person, today=TODAY, decisions=dict.fromkeys(ConsentPurpose, False))
    for view in (blank, undecided):
        assert not view.recorded and not any(p.ticked for p in view.purposes)
    entered = consent_sheet_view(ws, person, today=TODAY, decisions={ConsentPurpose.NETWORK_POOLING: True})
    assert entered.recorded and [p.ticked for p in entered.purposes] == [False, False, True]
