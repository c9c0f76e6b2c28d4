"""The company needs interview service: each answer committed at once, validation, completion, reopening."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from verbund_desktop.assessment.guide import builtin_guides, is_relevant
from verbund_desktop.persistence.models import AuditEvent, CompanyInterview, InterviewAnswer
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.needs import company_interview as ci
from verbund_desktop.services.needs.interview_record import PREFILL_REASON
from verbund_desktop.services.organisation.companies import CompanyInput, create_company
from verbund_desktop.services.workspace.workspace_service import create_new, open_existing

ACTOR = "Dr. Sabine Kröger"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("interview") / "template.db"
    ws = create_new(path, None, network_name="Verbund Test", advisor_name=ACTOR)
    create_company(ws, CompanyInput("Bäckerei Möller GmbH", 8, contact_name="Gerda Möller"), actor=ACTOR)
    ws.close()
    return path


@pytest.fixture
def ws(template: Path, tmp_path: Path) -> Iterator[Workspace]:
    path = tmp_path / "ws.db"
    shutil.copy(template, path)
    workspace = open_existing(path, None)
    yield workspace
    workspace.close()


@pytest.fixture
def started(ws: Workspace) -> ci.InterviewState:
    from verbund_desktop.services.organisation.directory import Directory

    company = Directory(ws).companies()[0]
    return ci.start_interview(ws, company.id, actor=ACTOR, today=date(2026, 10, 12))


# What a new interview of "Bäckerei Möller GmbH" (8 staff, no group, no works council, no agreement) starts with.
RECORD_PREFILL = {
    "verbundene_unternehmen": False,
    "beschaeftigte_gesamt": 8,
    "betriebsrat": False,
    "vereinbarung_weiterbildung": "keine",
}


def stored_answers(ws: Workspace, state: ci.InterviewState) -> dict[str, Any]:
    with ws.unit_of_work() as uow:
        rows = uow.session.scalars(select(InterviewAnswer).where(InterviewAnswer.interview_id == state.id))
        return {r.question_key: r.value for r in rows}


def test_start_uses_newest_guide_and_resume_returns_the_same_draft(
    ws: Workspace, started: ci.InterviewState
) -> None:
    assert started.status == "draft"
    assert started.guide.key == "bedarfsanalyse-kmu"
    assert started.interviewees == "Gerda Möller"
    assert started.conducted_on == date(2026, 10, 12)
    again = ci.start_interview(ws, started.company_id, actor=ACTOR)
    assert again.id == started.id
    latest = ci.latest_interview(ws, started.company_id)
    assert latest is not None and latest.id == started.id


def test_stored_guide_equals_the_bundled_definition(ws: Workspace, started: ci.InterviewState) -> None:
    bundled = builtin_guides()[0]
    assert [q.key for q in started.guide.questions()] == [q.key for q in bundled.questions()]
    assert started.guide.question("anteil_strukturwandel").number_max == 100
    chain = started.guide.question("wb_planung_turnus")
    assert chain.relevance is not None and chain.relevance.referenced is not None


def test_each_answer_is_committed_and_audited(ws: Workspace, started: ci.InterviewState) -> None:
    ci.save_answer(ws, started.id, "branche", "Lebensmittelhandwerk", actor=ACTOR)
    ci.save_answer(ws, started.id, "kundengruppen", ["gewerbekunden", "privatkunden"], actor=ACTOR)
    ci.save_answer(ws, started.id, "fachkraefteengpass", True, actor=ACTOR)
    ci.save_answer(ws, started.id, "standorte_anzahl", 2.0, actor=ACTOR)
    answers = stored_answers(ws, started)
    options = [o.value for o in started.guide.question("kundengruppen").options]
    assert answers["branche"] == "Lebensmittelhandwerk"
    assert answers["kundengruppen"] == sorted(["gewerbekunden", "privatkunden"], key=options.index)
    assert answers["fachkraefteengpass"] is True
    assert answers["standorte_anzahl"] == 2 and isinstance(answers["standorte_anzahl"], int)
    with ws.unit_of_work() as uow:
        events = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "answer", AuditEvent.reason != PREFILL_REASON)
        ).all()
        assert {e.field for e in events} == {
            "branche",
            "kundengruppen",
            "fachkraefteengpass",
            "standorte_anzahl",
        }
        interview = uow.session.get(CompanyInterview, started.id)
        assert interview is not None
        assert (interview.last_section_key, interview.last_question_key) == (
            "a1_basisdaten",
            "standorte_anzahl",
        )


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("anteil_strukturwandel", 140, "von 0 bis 100"),
        ("standorte_anzahl", -1, "ganze Zahl ab 0"),
        ("rechtsform", "aktiengesellschaft_xyz", "keine der vorgegebenen"),
        ("fachkraefteengpass", "ja", "„Ja“ oder „Nein“"),
        ("wettbewerbsposition", 9, "Bitte einen Wert von"),
    ],
)
def test_invalid_answers_are_refused_and_not_stored(
    ws: Workspace, started: ci.InterviewState, key: str, value: Any, message: str
) -> None:
    with pytest.raises(ci.AnswerError, match=message):
        ci.save_answer(ws, started.id, key, value, actor=ACTOR)
    assert key not in stored_answers(ws, started)


def test_unknown_question_is_refused(ws: Workspace, started: ci.InterviewState) -> None:
    with pytest.raises(ValueError, match="gehört nicht zum Leitfaden"):
        ci.save_answer(ws, started.id, "gibt_es_nicht", "x", actor=ACTOR)


def test_clearing_an_answer_keeps_the_note(ws: Workspace, started: ci.InterviewState) -> None:
    ci.save_answer(ws, started.id, "branche", "Handwerk", actor=ACTOR)
    ci.save_note(ws, started.id, "branche", "Inhaberin ergänzt später", actor=ACTOR)
    ci.save_answer(ws, started.id, "branche", "   ", actor=ACTOR)  # blank text means no answer
    state = ci.latest_interview(ws, started.company_id)
    assert state is not None
    assert "branche" not in state.answers
    assert state.notes == {"branche": "Inhaberin ergänzt später"}
    ci.save_note(ws, started.id, "branche", "", actor=ACTOR)
    assert "branche" not in stored_answers(ws, started)  # neither value nor note: the row is gone


def test_hidden_answers_are_kept_but_ignored(ws: Workspace, started: ci.InterviewState) -> None:
    ci.save_answer(ws, started.id, "wb_beauftragte_vorhanden", True, actor=ACTOR)
    ci.save_answer(ws, started.id, "wb_beauftragte_name", "Frau Öztürk", actor=ACTOR)
    ci.save_answer(ws, started.id, "wb_beauftragte_vorhanden", False, actor=ACTOR)
    state = ci.latest_interview(ws, started.company_id)
    assert state is not None
    assert state.answers["wb_beauftragte_name"] == "Frau Öztürk"
    question = state.guide.question("wb_beauftragte_name")
    assert not is_relevant(question, state.answers)
    assert "wb_beauftragte_name" not in {q.question_key for q in state.open_required()}


def answer_all_required(ws: Workspace, state: ci.InterviewState) -> None:
    answers: dict[str, Any] = {}
    for question in state.guide.questions():
        if not question.required or not is_relevant(question, answers):
            continue
        value = sample_answer(question)
        ci.save_answer(ws, state.id, question.key, value, actor=ACTOR)
        answers[question.key] = value


def sample_answer(question: Any) -> Any:
    kind = str(question.type)
    if kind == "text":
        return "Antwort für " + question.key
    if kind == "yes_no":
        return False
    if kind == "single_choice":
        return question.options[0].value
    if kind == "multiple_choice":
        return [question.options[0].value]
    if kind == "scale":
        return question.scale_min
    return 10


def test_complete_lists_open_questions_until_none_are_left(ws: Workspace, started: ci.InterviewState) -> None:
    still_open = ci.complete_interview(ws, started.id, actor=ACTOR)
    assert still_open[0].question_key == "branche"
    assert still_open[0].section_title == "A1 Basisdaten"
    assert ci.latest_interview(ws, started.company_id).status == "draft"  # type: ignore[union-attr]
    answer_all_required(ws, started)
    assert ci.complete_interview(ws, started.id, actor=ACTOR) == []
    done = ci.latest_interview(ws, started.company_id)
    assert done is not None and done.complete and done.completed_at is not None
    with pytest.raises(ValueError, match="abgeschlossen"):
        ci.save_answer(ws, started.id, "branche", "Neu", actor=ACTOR)


def test_reopen_continues_where_the_advisor_left(ws: Workspace, started: ci.InterviewState) -> None:
    answer_all_required(ws, started)
    ci.remember_position(ws, started.id, "demografie", "beschaeftigte_ab_55")
    ci.complete_interview(ws, started.id, actor=ACTOR)
    ci.reopen_interview(ws, started.id, actor=ACTOR)
    state = ci.start_interview(ws, started.company_id, actor=ACTOR)
    assert state.id == started.id and state.status == "draft" and state.completed_at is None
    assert (state.last_section_key, state.last_question_key) == ("demografie", "beschaeftigte_ab_55")
    with ws.unit_of_work() as uow:
        actions = list(
            uow.session.scalars(select(AuditEvent.action).where(AuditEvent.entity_id == started.id))
        )
    assert "complete" in actions and "reopen" in actions


def test_new_interview_after_a_complete_one(ws: Workspace, started: ci.InterviewState) -> None:
    answer_all_required(ws, started)
    ci.complete_interview(ws, started.id, actor=ACTOR)
    fresh = ci.start_interview(ws, started.company_id, actor=ACTOR)
    assert fresh.id != started.id and fresh.status == "draft"
    assert fresh.answers == RECORD_PREFILL  # only what the company record says, nothing of the old interview


def test_interviewees_are_saved(ws: Workspace, started: ci.InterviewState) -> None:
    ci.set_interviewees(ws, started.id, " Gerda Möller, Jörg Fuß ", actor=ACTOR)
    state = ci.latest_interview(ws, started.company_id)
    assert state is not None and state.interviewees == "Gerda Möller, Jörg Fuß"
