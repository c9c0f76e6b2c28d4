"""English texts of the desk fixes (issue 14, item 1): merged into tools/translations_en.py's tables."""

from __future__ import annotations

SHARED: dict[str, str] = {}

BY_CONTEXT: dict[str, dict[str, str | tuple[str, str]]] = {  # a plural (%n) maps to (singular, plural)
    "MessageBanner": {"Hinweis schließen": "Close this note"},
    "Prompts": {"Abbrechen": "Cancel"},
    "InterviewPage": {
        "Stand der Bedarfsanalyse": "Needs analysis version",
        "Neue Bedarfsanalyse beginnen …": "Start a new needs analysis …",
        "Entwurf verwerfen …": "Discard draft …",
    },
    "QuestionBlock": {
        "Antwort löschen": "Delete answer",
        "Die Antwort wird entfernt, die Frage gilt wieder als offen (bei Auswahlfragen auch mit Entf)": (
            "The answer is removed and the question is open again (Del on choices, too)"
        ),
    },
    "SingleChoiceCombo": {"– nicht beantwortet –": "– not answered –"},
    "CompanyInterviewView": {
        "Abgeschlossen am {0}": "Completed on {0}",
        "Entwurf vom {0}": "Draft of {0}",
        "Neue Bedarfsanalyse beginnen": "Start a new needs analysis",
        "Eine neue Bedarfsanalyse beginnen? Die abgeschlossene bleibt unverändert und ist oben unter "
        "„Stand“ weiter einsehbar.": (
            "Start a new needs analysis? The completed one stays unchanged and can still be viewed at the top."
        ),
        "Neue beginnen": "Start new",
        "Entwurf verwerfen": "Discard draft",
        "Den Entwurf mit allen seinen Antworten löschen? Das lässt sich nicht rückgängig machen; "
        "abgeschlossene Bedarfsanalysen bleiben erhalten.": (
            "Delete the draft with all its answers? This cannot be undone; completed needs analyses are kept."
        ),
        "Der Entwurf wurde verworfen.": "The draft was discarded.",
        "Wird abgeschlossen …": "Completing …",
        "Rückgängig": "Undo",
        "Wiederholen": "Redo",
    },
}

BY_CONTEXT["LockScreen"] = {
    "Der Arbeitsbereich „{0}“ wurde gesperrt (Jetzt sperren, Strg+L).": (
        "The workspace “{0}” was locked (Lock now, Ctrl+L)."
    ),
    "Der Arbeitsbereich „{0}“ wurde nach längerer Inaktivität gesperrt.": (
        "The workspace “{0}” was locked after a period of inactivity."
    ),
    "Bitte die Passphrase eingeben. Nicht gespeicherte Eingaben bleiben erhalten.": (
        "Please enter the passphrase. Unsaved input is kept."
    ),
    "Er ist nicht verschlüsselt; zum Entsperren genügt ein Klick.": (
        "It is not encrypted; one click unlocks it."
    ),
}

BY_CONTEXT["DomainLabels"] = {
    "Förderregeln": "Funding rules",
    "Gesprächsleitfaden": "Interview guide",
    "Plan angelegt": "Plan created",
    "Plan gedruckt und festgeschrieben": "Plan printed and frozen",
    "neue Planversion angelegt": "New plan version created",
    "Plan geändert": "Plan changed",
    "Maßnahme hinzugefügt": "Measure added",
    "Maßnahme entfernt": "Measure removed",
    "Maßnahme geändert": "Measure changed",
    "Entwurf verworfen": "Draft discarded",
    "Förderregeln geladen": "Funding rules loaded",
    "Förderregeln zurückgesetzt": "Funding rules reset",
    "Ausgangslage": "Starting point",
    "Ziele": "Goals",
    "Verantwortlichkeiten": "Responsibilities",
    "Überprüfung am": "Review on",
    "festgeschrieben am": "Frozen on",
    "Version": "Version",
    "Titel": "Title",
    "Art": "Kind",
    "Anbieter": "Provider",
    "Lernform": "Format",
    "Beginn": "Start",
    "Ende": "End",
    "Verantwortlich": "Responsible",
    "Stunden": "Hours",
    "Kosten (€)": "Cost (€)",
    "Freistellung (Stunden)": "Release (hours)",
    "AZAV-zugelassen": "AZAV-approved",
    "Hinweis zur Bündelung": "Pooling note",
    "Monatsentgelt (€)": "Monthly pay (€)",
    "Reihenfolge": "Order",
    "Name": "Name",
    "Branche": "Industry",
    "Beschäftigte": "Employees",
    "Beschäftigte (verbundene Unternehmen)": "Employees (linked companies)",
    "Straße": "Street",
    "PLZ": "Postcode",
    "Ort/Region": "Town/region",
    "Datenschutzbeauftragte/r": "Data protection officer",
    "Kontakt Datenschutz": "Data protection contact",
    "Betriebsrat": "Works council",
    "Qualifizierungsvereinbarung": "Training agreement",
    "Ansprechperson": "Contact person",
    "E-Mail": "E-mail",
    "Telefon": "Phone",
    "Aufbewahrung (Monate)": "Retention (months)",
    "archiviert am": "Archived on",
    "Vorname": "First name",
    "Nachname": "Last name",
    "Pseudonym-Code": "Pseudonym code",
    "Tätigkeit": "Job",
    "Berufsabschluss": "Vocational qualification",
    "Beschreibung": "Description",
    "Soll-Stufe im Stellenprofil": "Target level in the role profile",
}

BY_CONTEXT["WorkspaceLauncher"] = {
    "Der Arbeitsbereich wird angelegt und verschlüsselt … Das dauert einige Sekunden.": (
        "Creating and encrypting the workspace … This takes a few seconds."
    ),
}

# The UI language marker of ui/common/locale_format: the English UI formats dates and numbers the British way.
BY_CONTEXT["UiLocale"] = {"de_DE": "en_GB"}

BY_CONTEXT["CompanyReportTab"] = {
    "&Gespräch wie erfasst (Vorschau) …": "Interview as &entered (preview) …",
    "Bedarfsanalyse – Gespräch wie erfasst": "Needs analysis – interview as entered",
}

BY_CONTEXT["PlanEditor"] = {"Rückgängig": "Undo", "Wiederholen": "Redo"}

BY_CONTEXT["MeasureForm"] = {
    "brutto, für den Arbeitsentgeltzuschuss": "gross, for the wage subsidy",
    "Monatsentgelt (€, br&utto):": "Monthly pay (€, gr&oss):",
}

BY_CONTEXT["GapChart"] = {
    "%n Lücke(n)": ("%n gap", "%n gaps"),
    ", zusammen %n Stufe(n)": (", %n level in all", ", %n levels in all"),
    ", %n mit hoher Priorität": (", %n of high priority", ", %n of high priority"),
    "Keine Lücken": "No gaps",
    "{0} von {1} Kompetenzen mit Ist und Soll": "{0} of {1} competences with current and target level",
}

BY_CONTEXT["InterviewHeader"] = {
    "Andere Rechtsgrundlage: {0}, dokumentiert am {1}": "Other legal basis: {0}, documented on {1}",
    "{0} am {1}, Textfassung {2}": "{0} on {1}, text version {2}",
    " – widerrufen": " – withdrawn",
}
