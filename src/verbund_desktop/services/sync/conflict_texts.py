"""Conflicts in plain German: what happened, and what each choice does."""

from __future__ import annotations

KIND_TEXTS = {
    "same_field": "Dasselbe Feld wurde hier und in der Koordinierungsstelle geändert.",
    "other_fields": "Der Eintrag wurde in der Koordinierungsstelle inzwischen geändert (in anderen Feldern).",
    "deleted_there": "Sie haben einen Eintrag geändert, den die Koordinierungsstelle inzwischen gelöscht hat.",
    "changed_there": "Sie haben einen Eintrag gelöscht, der in der Koordinierungsstelle inzwischen geändert wurde.",
    "duplicate": "Einen Eintrag mit demselben Namen oder Kürzel gibt es in der Koordinierungsstelle schon.",
    "plan_successor": "Zu derselben Planversion gibt es in der Koordinierungsstelle schon eine Nachfolgeversion.",
    "constraint": "Die Änderung passt nicht zu den Daten der Koordinierungsstelle (ein Verweis fehlt oder ist doppelt).",
}

CHOICE_TEXTS = {
    "mine": "Meine Fassung behalten",
    "theirs": "Fassung der Koordinierungsstelle übernehmen",
    "edited": "Bearbeitete Fassung speichern",
    "merge": "Mit dem vorhandenen Eintrag zusammenführen",
    "after": "Meine Fassung als nächste Version danach behalten",  # plan_successor: both versions stay
}

TABLE_LABELS = {
    "company": "Betrieb",
    "department": "Abteilung",
    "role_profile": "Rollenprofil",
    "role_target": "Soll-Kompetenz",
    "employee": "Person",
    "advisor": "Beraterin/Berater",
    "company_interview": "Betriebsgespräch",
    "interview_answer": "Antwort im Betriebsgespräch",
    "competency_assessment": "Kompetenzerhebung",
    "competency_rating": "Bewertung",
    "development_plan": "Entwicklungsplan",
    "plan_measure": "Maßnahme",
    "measure_gap": "Lücke einer Maßnahme",
    "consent_record": "Einwilligung",
    "training_offer": "Weiterbildungsangebot",
    "network": "Verbund",
}

COLUMN_LABELS = {
    "name": "Name",
    "notes": "Notizen",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "pseudonym_code": "Kürzel",
    "job_title": "Tätigkeit",
    "department_id": "Abteilung",
    "role_id": "Rollenprofil",
    "contact_name": "Ansprechperson",
    "version": "Version",
    "status": "Status",
    "advisor_id": "Beraterin/Berater",
    "agreed_level": "Vereinbarte Stufe",
    "answered_at": "Beantwortet am",
    "archived_at": "Archiviert am",
    "assessed_on": "Erhoben am",
    "birth_year": "Geburtsjahr",
    "certificate": "Abschluss",
    "city": "Ort",
    "company_id": "Betrieb",
    "competence_id": "Kompetenz",
    "completed_at": "Abgeschlossen am",
    "conducted_on": "Geführt am",
    "contact": "Kontakt",
    "contact_email": "E-Mail der Ansprechperson",
    "contact_phone": "Telefon der Ansprechperson",
    "cost_eur": "Kosten (EUR)",
    "created_at": "Angelegt am",
    "description": "Beschreibung",
    "email": "E-Mail",
    "employee_id": "Person",
    "end_date": "Ende",
    "format": "Form",
    "goals": "Ziele",
    "has_vocational_qualification": "Berufsabschluss",
    "headcount": "Beschäftigte",
    "hours": "Stunden",
    "hours_missing": "Stunden fehlen",
    "duration_class": "Dauerklasse (openQCAT)",
    "industry": "Branche",
    "interviewees": "Gesprächspartner",
    "kind": "Art",
    "location": "Ort der Maßnahme",
    "max_participants": "Höchstens Teilnehmende",
    "method": "Methode",
    "min_participants": "Mindestens Teilnehmende",
    "monthly_pay_eur": "Monatsentgelt (EUR)",
    "note": "Notiz",
    "offer_id": "Angebot",
    "plan_id": "Entwicklungsplan",
    "position": "Reihenfolge",
    "postcode": "Postleitzahl",
    "priority": "Priorität",
    "provider": "Anbieter",
    "purpose": "Zweck",
    "qualification_year": "Abschlussjahr",
    "region": "Region",
    "release_hours": "Freistellung (Stunden)",
    "responsibilities": "Aufgaben",
    "responsibility": "Verantwortung",
    "review_date": "Überprüfung am",
    "schedule": "Zeitplan",
    "self_level": "Selbsteinschätzung",
    "severely_disabled": "Schwerbehindert",
    "start_date": "Beginn",
    "starting_point": "Ausgangslage",
    "street": "Straße",
    "supervisor_level": "Einschätzung der Führungskraft",
    "target_level": "Soll-Stufe",
    "title": "Titel",
    "value": "Wert",
    "withdrawn_on": "Widerrufen am",
    "works_council": "Betriebsrat",
}


def choices_for(kind: str) -> tuple[str, ...]:
    if kind == "duplicate":
        return ("edited", "theirs", "merge")
    if kind == "plan_successor":
        return ("after", "theirs", "edited")
    if kind == "deleted_there":
        return ("mine", "theirs")
    return ("mine", "theirs", "edited")


def shown(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "ja" if value else "nein"
    return str(value)
