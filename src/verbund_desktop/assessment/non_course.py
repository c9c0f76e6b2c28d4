"""Measures other than courses for a competence gap: learning at work, mentoring, job rotation, e-learning, a
partner company's course — each with the reason it fits. Pure Python."""

from __future__ import annotations

from dataclasses import dataclass

from verbund_desktop.assessment.matching import GapRef


@dataclass(frozen=True)
class NonCourseMeasure:
    key: str
    label_de: str
    description_de: str


NON_COURSE_MEASURES: tuple[NonCourseMeasure, ...] = (
    NonCourseMeasure(
        "on_the_job",
        "Einarbeitung/Training am Arbeitsplatz",
        "Gezielte Anleitung bei der eigenen Arbeit durch erfahrene Kolleginnen und Kollegen, mit festen "
        "Lernaufgaben.",
    ),
    NonCourseMeasure(
        "mentoring",
        "Mentoring",
        "Eine erfahrene Person begleitet über einige Monate, gibt Rückmeldung und teilt Erfahrungswissen.",
    ),
    NonCourseMeasure(
        "job_rotation",
        "Job-Rotation",
        "Befristeter Wechsel in einen anderen Arbeitsbereich, um neue Aufgaben und Abläufe kennenzulernen.",
    ),
    NonCourseMeasure(
        "e_learning",
        "E-Learning (selbstgesteuert)",
        "Online-Lernmodule im eigenen Tempo, z. B. frei zugängliche Kurse oder die Lernplattform im Betrieb.",
    ),
    NonCourseMeasure(
        "partner_course",
        "Kurs eines Partnerbetriebs im Verbund",
        "Teilnahme an einer Schulung eines anderen Verbundbetriebs, der seine internen Kurse für KMU öffnet.",
    ),
)


@dataclass(frozen=True)
class NonCourseSuggestion:
    measure: NonCourseMeasure
    rationale_de: str


# Per gap size (1 step, 2 steps, 3 or more): the order of the measures and why each fits.
_ORDER = {
    "small": ("on_the_job", "e_learning", "mentoring", "job_rotation", "partner_course"),
    "medium": ("mentoring", "on_the_job", "e_learning", "partner_course", "job_rotation"),
    "large": ("partner_course", "job_rotation", "mentoring", "e_learning", "on_the_job"),
}
_RATIONALE_DE = {
    "on_the_job": {
        "small": "Eine Stufe lässt sich oft durch gezielte Übung bei der Arbeit schließen, ohne Ausfallzeit.",
        "medium": "Festigt Gelerntes direkt im Arbeitsalltag; gut in Verbindung mit Mentoring.",
        "large": "Für eine große Lücke allein zu wenig; sinnvoll, um Gelerntes nach einem Kurs anzuwenden.",
    },
    "mentoring": {
        "small": "Hilfreich, wenn im Betrieb jemand die Kompetenz bereits sicher beherrscht.",
        "medium": "Zwei Stufen brauchen Begleitung über einige Zeit; eine erfahrene Person gibt Rückmeldung.",
        "large": "Begleitet einen längeren Lernweg und sichert den Transfer in die Praxis.",
    },
    "job_rotation": {
        "small": "Eher aufwendig für eine kleine Lücke; sinnvoll, wenn ohnehin ein Wechsel ansteht.",
        "medium": "Kann fehlende Praxis in einem anderen Bereich liefern, braucht aber Planung.",
        "large": "Bei einer großen Lücke bringt ein befristeter Wechsel die nötige Praxiserfahrung.",
    },
    "e_learning": {
        "small": "Kurze Online-Module genügen oft für eine Stufe und lassen sich flexibel einplanen.",
        "medium": "Ergänzt Mentoring oder Training am Arbeitsplatz um Grundlagenwissen im eigenen Tempo.",
        "large": "Als Vorbereitung oder Ergänzung nützlich, ersetzt aber keinen strukturierten Kurs.",
    },
    "partner_course": {
        "small": "Nur sinnvoll, wenn ein Verbundbetrieb ohnehin einen passenden kurzen Kurs anbietet.",
        "medium": "Ein offener Kurs eines Verbundbetriebs kann günstiger sein als ein externes Angebot.",
        "large": "Große Lücken brauchen strukturiertes Lernen; ein Kurs im Verbund teilt die Kosten.",
    },
}


def suggest_non_course_measures(gap: GapRef) -> list[NonCourseSuggestion]:
    """Measures other than courses for one gap, most suitable first, each with a German rationale."""
    if gap.size == 0:
        return []
    size_class = "small" if gap.size == 1 else "medium" if gap.size == 2 else "large"
    measures = {measure.key: measure for measure in NON_COURSE_MEASURES}
    suggestions = [
        NonCourseSuggestion(measures[key], _RATIONALE_DE[key][size_class]) for key in _ORDER[size_class]
    ]
    if gap.priority == 1:
        first = suggestions[0]
        suggestions[0] = NonCourseSuggestion(
            first.measure, first.rationale_de + " Hohe Priorität: möglichst bald beginnen."
        )
    return suggestions
