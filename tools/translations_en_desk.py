"""English texts of the desk fixes (issue 14, item 1): merged into tools/translations_en.py's tables."""

from __future__ import annotations

SHARED: dict[str, str] = {}

BY_CONTEXT: dict[str, dict[str, str]] = {
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
    },
}
