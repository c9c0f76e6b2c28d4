"""Audit trail entries in the words a person uses: no internal keys such as ``plan.freeze`` or ``starting_point``.

Actions, kinds of record and field names get German labels here (``audit_view`` holds the older ones); an
answer of the needs interview is named by its question (the key, e.g. ``fachkraefteengpass``, is an internal
name). Whatever has no label yet is shown as „(interner Name: …)“, so it is at least recognisable as such.
"""

from __future__ import annotations

from functools import cache

from verbund_desktop.assessment.guide import builtin_guides

MORE_ACTIONS = {
    "plan.create": "Plan angelegt",
    "plan.freeze": "Plan gedruckt und festgeschrieben",
    "plan.new_version": "neue Planversion angelegt",
    "plan.update": "Plan geändert",
    "measure.add": "Maßnahme hinzugefügt",
    "measure.remove": "Maßnahme entfernt",
    "measure.update": "Maßnahme geändert",
    "discard": "Entwurf verworfen",
    "regelwerk_geladen": "Förderregeln geladen",
    "regelwerke_zurueckgesetzt": "Förderregeln zurückgesetzt",
}
MORE_ENTITIES = {
    "funding_rules": "Förderregeln",
    "funding_rule_set": "Förderregeln",
    "interview_guide": "Gesprächsleitfaden",
}
MORE_FIELDS = {
    # development plan
    "starting_point": "Ausgangslage",
    "goals": "Ziele",
    "responsibilities": "Verantwortlichkeiten",
    "review_date": "Überprüfung am",
    "frozen_at": "festgeschrieben am",
    "version": "Version",
    # measure
    "title": "Titel",
    "kind": "Art",
    "provider": "Anbieter",
    "format": "Lernform",
    "start_date": "Beginn",
    "end_date": "Ende",
    "responsibility": "Verantwortlich",
    "hours": "Stunden",
    "cost_eur": "Kosten (€)",
    "release_hours": "Freistellung (Stunden)",
    "azav": "AZAV-zugelassen",
    "pooled_note": "Hinweis zur Bündelung",
    "monthly_pay_eur": "Monatsentgelt (€)",
    "position": "Reihenfolge",
    # company and people
    "name": "Name",
    "industry": "Branche",
    "headcount": "Beschäftigte",
    "headcount_linked": "Beschäftigte (verbundene Unternehmen)",
    "street": "Straße",
    "postcode": "PLZ",
    "region": "Ort/Region",
    "dpo_name": "Datenschutzbeauftragte/r",
    "dpo_contact": "Kontakt Datenschutz",
    "works_council": "Betriebsrat",
    "training_agreement": "Qualifizierungsvereinbarung",
    "contact_name": "Ansprechperson",
    "contact_email": "E-Mail",
    "contact_phone": "Telefon",
    "retention_months": "Aufbewahrung (Monate)",
    "archived_at": "archiviert am",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "pseudonym_code": "Pseudonym-Code",
    "job_title": "Tätigkeit",
    "has_vocational_qualification": "Berufsabschluss",
    "description": "Beschreibung",
}


@cache
def _question_texts() -> dict[str, str]:
    return {q.key: q.text_de for guide in builtin_guides() for q in guide.questions()}


QUESTION_FRAME = "Frage „{0}“"
INTERNAL_FRAME = "(interner Name: {0})"


def field_frame(field: str, known: dict[str, str]) -> tuple[str, str]:
    """The label of a changed field as a frame and its part: ``("{0}", label)`` for a known one,
    ``(QUESTION_FRAME, question)`` for an answer of the needs interview, ``(INTERNAL_FRAME, key)`` otherwise;
    the UI says the frame in its language (the question stays German: interview content)."""
    if field in known:
        return "{0}", known[field]
    if field.startswith("target:"):
        return "{0}", "Soll-Stufe im Stellenprofil"
    question = _question_texts().get(field)
    if question is not None:
        return QUESTION_FRAME, question
    return INTERNAL_FRAME, field


def field_words(field: str, known: dict[str, str]) -> str:
    """The label of a changed field: a known one, a question of the needs interview, or the marked key."""
    if not field:
        return ""
    frame, part = field_frame(field, known)
    return frame.format(part)
