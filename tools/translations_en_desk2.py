"""English texts of the desk work of the second round (issue 14: dates in the UI language, file dialogs)."""

from __future__ import annotations

SHARED: dict[str, str] = {}

BY_CONTEXT: dict[str, dict[str, str | tuple[str, str]]] = {  # a plural (%n) maps to (singular, plural)
    "CompetencyView": {"Gespräch abgeschlossen am {0}.": "Interview completed on {0}."},
    "Operations": {"{0} …": "{0} …"},
    "PreviewDialog": {"Wird gedruckt …": "Printing …", "Wird gespeichert …": "Saving …"},
    "DomainLabels": {
        "in Planung": "being planned",
        "bestätigt": "confirmed",
        "abgesagt": "cancelled",
        "unter 50 Beschäftigte": "under 50 employees",
        "50 bis 499 Beschäftigte": "50 to 499 employees",
        "ab 500 Beschäftigte": "500 employees or more",
    },
}
