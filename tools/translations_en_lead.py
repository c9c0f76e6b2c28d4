"""English for texts the lead added while merging (same shape as tools/translations_en.py)."""

from __future__ import annotations

SHARED: dict[str, str] = {}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "JobIndicator": {
        "Laufende Arbeit abbrechen": "Cancel the running work",
        "{0} wird abgebrochen …": "Cancelling {0} …",
        "{0} …": "{0} …",
        " (+{0} weitere)": " (+{0} more)",
    },
    "WorkspaceLauncher": {
        "Arbeitsbereich „{0}“ wird geöffnet …": "Opening workspace “{0}” …",
    },
}
BY_CONTEXT["ReadOnlyBanner"] = {
    "<b>Nur zum Lesen geöffnet.</b> Dieser Arbeitsbereich ist in einem anderen Fenster geöffnet; "
    "hier kann nichts gespeichert werden. Zum Bearbeiten das andere Fenster verwenden.": (
        "<b>Opened read-only.</b> This workspace is open in another window; nothing can be saved here. "
        "Use the other window to make changes."
    ),
    "Hinweis: nur zum Lesen geöffnet": "Note: opened read-only",
}
BY_CONTEXT["DomainLabels"] = {
    "AZAV-zugelassen": "AZAV-approved",
    "Anbieter": "Provider",
    "Ansprechperson": "Contact person",
    "Art": "Kind",
    "Aufbewahrung (Monate)": "Retention (months)",
    "Ausgangslage": "Starting point",
    "Beginn": "Start",
    "Berufsabschluss": "Vocational qualification",
    "Beschreibung": "Description",
    "Beschäftigte": "Employees",
    "Beschäftigte (verbundene Unternehmen)": "Employees (linked companies)",
    "Betriebsrat": "Works council",
    "Branche": "Industry",
    "Datenschutzbeauftragte/r": "Data protection officer",
    "E-Mail": "Email",
    "Ende": "End",
    "Entwurf verworfen": "Draft discarded",
    "Freistellung (Stunden)": "Paid leave (hours)",
    "Förderregeln": "Funding rules",
    "Förderregeln geladen": "Funding rules loaded",
    "Förderregeln zurückgesetzt": "Funding rules reset",
    "Gesprächsleitfaden": "Interview guide",
    "Hinweis zur Bündelung": "Note on pooling",
    "Kontakt Datenschutz": "Data protection contact",
    "Kosten (€)": "Costs (€)",
    "Lernform": "Learning format",
    "Maßnahme entfernt": "Measure removed",
    "Maßnahme geändert": "Measure changed",
    "Maßnahme hinzugefügt": "Measure added",
    "Monatsentgelt (€)": "Monthly pay (€)",
    "Nachname": "Last name",
    "Name": "Name",
    "Ort/Region": "Town/region",
    "PLZ": "Postcode",
    "Plan angelegt": "Plan created",
    "Plan gedruckt und festgeschrieben": "Plan printed and frozen",
    "Plan geändert": "Plan changed",
    "Pseudonym-Code": "Pseudonym code",
    "Qualifizierungsvereinbarung": "Training agreement",
    "Reihenfolge": "Order",
    "Straße": "Street",
    "Stunden": "Hours",
    "Telefon": "Phone",
    "Titel": "Title",
    "Tätigkeit": "Job",
    "Verantwortlich": "Responsible",
    "Verantwortlichkeiten": "Responsibilities",
    "Version": "Version",
    "Vorname": "First name",
    "Ziele": "Goals",
    "archiviert am": "archived on",
    "festgeschrieben am": "frozen on",
    "neue Planversion angelegt": "new plan version created",
    "Überprüfung am": "review on",
}
