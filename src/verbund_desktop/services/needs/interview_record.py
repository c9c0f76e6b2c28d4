"""The funding-relevant answers of the company needs interview and the company record: one value, the record's.

The § 82 estimate, the development plan and the company report read headcount (incl. linked companies), works
council and training agreement from the company record only. The interview asks the same facts, so a new
interview starts with them prefilled from the record; an answer that says otherwise is a *difference* that the
advisor resolves, either by taking the interview's value into the record (``adopt_interview_values``, audited)
or by keeping the record. Nothing is ever written to the record without that decision.

Headcounts are compared as ``Decimal(str(x))``, so an int column and a weighted Decimal one (0.25 steps) work.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.german import format_date
from verbund_desktop.assessment.guide import InterviewGuideDefinition, is_relevant
from verbund_desktop.persistence.models import STATUS_DRAFT, Company, CompanyInterview, InterviewAnswer
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit
from verbund_desktop.services.needs.interview_guides import guide_definition
from verbund_desktop.services.organisation.companies import get_or_fail
from verbund_desktop.services.organisation.company_validation import ValidationError

# Question keys of the guide „Betriebliche Bedarfsanalyse (KMU)“, section „Förderung“.
GROUP_QUESTION = "verbundene_unternehmen"
TOTAL_QUESTION = "beschaeftigte_gesamt"
SITE_QUESTION = "beschaeftigte_betrieb"
COUNCIL_QUESTION = "betriebsrat"
AGREEMENT_QUESTION = "vereinbarung_weiterbildung"
RECORD_QUESTIONS = frozenset(
    {GROUP_QUESTION, TOTAL_QUESTION, SITE_QUESTION, COUNCIL_QUESTION, AGREEMENT_QUESTION}
)
AGREEMENT_EXISTS = frozenset({"betriebsvereinbarung", "tarifvertrag", "beides"})
AGREEMENT_NONE = "keine"  # "unbekannt" says nothing about the record

# Company column → (German label, the question whose answer gives it).
FIELDS: dict[str, tuple[str, str]] = {
    "headcount_linked": ("Beschäftigte einschließlich verbundener Unternehmen", TOTAL_QUESTION),
    "headcount": ("Beschäftigte dieses Betriebs", SITE_QUESTION),
    "works_council": ("Betriebsrat", COUNCIL_QUESTION),
    "training_agreement": ("Betriebsvereinbarung oder Tarifvertrag zur Weiterbildung", AGREEMENT_QUESTION),
}
PREFILL_REASON = "aus den Betriebsdaten vorausgefüllt"
RECORD_REASON = "Angabe aus der Bedarfsanalyse vom {day}"  # the interview's German date (the UI re-reads it)


@dataclass(frozen=True)
class RecordDifference:
    """One company column on which the interview and the record disagree."""

    field: str
    question_key: str
    label_de: str
    record_value: Any
    interview_value: Any

    @property
    def text_de(self) -> str:
        return (
            f"{self.label_de}: in den Betriebsdaten {_shown(self.record_value)}, "
            f"im Gespräch {_shown(self.interview_value)}."
        )


def prefill_answers(company: Company) -> dict[str, Any]:
    """The answers a new interview starts with, from the record (only values that map to one answer)."""
    group = _number(company.headcount_linked) > _number(company.headcount)
    answers: dict[str, Any] = {GROUP_QUESTION: group, COUNCIL_QUESTION: bool(company.works_council)}
    counts = [(TOTAL_QUESTION, company.headcount_linked)]
    if group:  # the company's own count is asked only for a group; no hidden answer is planted
        counts.append((SITE_QUESTION, company.headcount))
    for key, value in counts:
        whole = _whole(value)
        if whole is not None:  # a weighted 49.75 is no answer to a whole-number question: the advisor asks
            answers[key] = whole
    if not company.training_agreement:
        # "yes" could be either kind of agreement or both; only "none" is one answer
        answers[AGREEMENT_QUESTION] = AGREEMENT_NONE
    return answers


def implied_record(guide: InterviewGuideDefinition, answers: Mapping[str, Any]) -> dict[str, Any]:
    """Company column → the value the interview's (relevant) answers give it; a column without one is left out."""

    def answer(key: str) -> Any:
        try:
            question = guide.question(key)
        except KeyError:
            return None
        return answers.get(key) if is_relevant(question, answers) else None

    implied: dict[str, Any] = {}
    total, group = answer(TOTAL_QUESTION), answer(GROUP_QUESTION)
    if total is not None:
        implied["headcount_linked"] = total
    if group is False and total is not None:
        implied["headcount"] = total  # no group: the company is the whole count
    elif group is True and answer(SITE_QUESTION) is not None:
        implied["headcount"] = answer(SITE_QUESTION)
    if isinstance(council := answer(COUNCIL_QUESTION), bool):
        implied["works_council"] = council
    agreement = answer(AGREEMENT_QUESTION)
    if agreement in AGREEMENT_EXISTS or agreement == AGREEMENT_NONE:
        implied["training_agreement"] = agreement in AGREEMENT_EXISTS
    return implied


def differences(
    company: Company, guide: InterviewGuideDefinition, answers: Mapping[str, Any]
) -> list[RecordDifference]:
    """Where the interview's answers and the company record disagree, in the order of ``FIELDS``."""
    implied = implied_record(guide, answers)
    found = []
    for field, (label, key) in FIELDS.items():
        if field not in implied:
            continue
        stored, said = getattr(company, field), implied[field]
        if not _same(stored, said):
            if field == "headcount" and said == implied.get("headcount_linked"):
                key = TOTAL_QUESTION  # derived from the total when there is no group
            found.append(RecordDifference(field, key, label, stored, said))
    return found


def record_differences(ws: Workspace, interview_id: uuid.UUID) -> list[RecordDifference]:
    """Read-only: the differences between the interview's answers and its company's record now."""
    with ws.unit_of_work() as uow:
        _interview, company, guide, answers = _load(uow.session, interview_id)
        return differences(company, guide, answers)


def adopt_interview_values(
    ws: Workspace, interview_id: uuid.UUID, fields: Iterable[str], *, actor: str
) -> list[RecordDifference]:
    """Take the interview's values for ``fields`` into the company record; returns what was changed.

    The one place where the interview writes to the record: every changed column leaves an audit event with the
    interview as its reason. Only a draft can do so (a completed interview may be older than the record). A
    combination the record cannot hold (more staff in the company than in the group) raises ValidationError
    with a German message and changes nothing.
    """
    wanted = set(fields)
    with ws.unit_of_work() as uow:
        s = uow.session
        interview, company, guide, answers = _load(s, interview_id)
        if interview.status != STATUS_DRAFT:
            raise ValueError(
                "Die Bedarfsanalyse ist abgeschlossen; ihre Angaben können älter sein als die Betriebsdaten. "
                "Bitte die Betriebsdaten im Betrieb selbst ändern oder die Bedarfsanalyse wieder öffnen."
            )
        chosen = [d for d in differences(company, guide, answers) if d.field in wanted]
        new = {field: getattr(company, field) for field in FIELDS}
        new.update({d.field: d.interview_value for d in chosen})
        _check_headcounts(new["headcount"], new["headcount_linked"])
        when = format_date(interview.conducted_on)
        for d in chosen:
            setattr(company, d.field, _column_value(getattr(company, d.field), d.interview_value))
            audit.record(
                s,
                actor=actor,
                action="update",
                entity_type="company",
                entity_id=company.id,
                field=d.field,
                old=_json(d.record_value),
                new=_json(d.interview_value),
                reason=RECORD_REASON.format(day=when),
            )
        if chosen:
            uow.commit()
        return chosen


def _load(
    s: Session, interview_id: uuid.UUID
) -> tuple[CompanyInterview, Company, InterviewGuideDefinition, dict[str, Any]]:
    interview: CompanyInterview = get_or_fail(s, CompanyInterview, interview_id, "Die Bedarfsanalyse")
    company: Company = get_or_fail(s, Company, interview.company_id, "Den Betrieb")
    rows = s.scalars(select(InterviewAnswer).where(InterviewAnswer.interview_id == interview.id))
    answers = {a.question_key: a.value for a in rows if a.value is not None}
    return interview, company, guide_definition(s, interview.guide_id), answers


def _check_headcounts(headcount: Any, linked: Any) -> None:
    problems = {}
    if _number(headcount) < 1:
        problems["headcount"] = "Die Zahl der Beschäftigten des Betriebs muss mindestens 1 sein."
    elif _number(linked) < _number(headcount):
        problems["headcount_linked"] = (
            f"Die Zahl der Beschäftigten einschließlich verbundener Unternehmen ({_shown(linked)}) darf nicht "
            f"kleiner sein als die Zahl der Beschäftigten des Betriebs ({_shown(headcount)}). Bitte die "
            "Antworten der Bedarfsanalyse prüfen; die Betriebsdaten bleiben unverändert."
        )
    if problems:
        raise ValidationError(problems)


def _number(value: Any) -> Decimal:
    return Decimal(str(value))


def _whole(value: Any) -> int | None:
    number = _number(value)
    return int(number) if number == number.to_integral_value() else None


def _same(stored: Any, said: Any) -> bool:
    if isinstance(stored, bool) or isinstance(said, bool):
        return bool(stored) == said
    return _number(stored) == _number(said)


def _column_value(current: Any, value: Any) -> Any:
    """An interview number in the column's own type (a Decimal column stays Decimal)."""
    return _number(value) if isinstance(current, Decimal) else value


def _json(value: Any) -> Any:
    return str(value) if isinstance(value, Decimal) else value


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "„ja“" if value else "„nein“"
    number = _number(value)
    text = (
        str(int(number))
        if number == number.to_integral_value()
        else f"{number.normalize()}".replace(".", ",")
    )
    return f"„{text}“"
