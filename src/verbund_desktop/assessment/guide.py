"""Interview guides (Gesprächsleitfäden): sections of typed questions with relevance conditions.

Answers are JSON-compatible values keyed by question key: text -> str; single_choice -> str (option value);
multiple_choice -> list[str]; scale -> int; number -> int | float; yes_no -> bool; unanswered -> None or missing.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from verbund_desktop.assessment.content_files import (
    ContentError,
    builtin_files,
    find_duplicates,
    load_json_document,
    shown_value,
)

GUIDE_SCHEMA = "guide"
NUMBER_MESSAGE = "Bitte eine ganze Zahl ab 0 eingeben."


class QuestionType(StrEnum):
    TEXT = "text"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    SCALE = "scale"
    NUMBER = "number"
    YES_NO = "yes_no"


@dataclass(frozen=True)
class ChoiceOption:
    value: str
    label_de: str


@dataclass(frozen=True)
class RelevanceCondition:
    """Show a question only if an earlier answer satisfies ``operator``/``value``.

    Operators: "equals", "not_equals", "in" (value is a sequence), "contains" (a multiple-choice answer holds
    value), "gte"/"lte" (numeric answers), "answered". Every operator is false while the referenced question is
    unanswered. ``referenced`` is the referenced question itself, filled in by the loader so that a condition on a
    question that is itself not relevant counts as false (chains); conditions built by hand may leave it None.
    """

    question_key: str
    operator: str
    value: Any = None
    referenced: GuideQuestion | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class GuideQuestion:
    key: str
    text_de: str
    type: QuestionType
    required: bool
    help_de: str
    options: tuple[ChoiceOption, ...] = ()
    scale_min: int | None = None
    scale_max: int | None = None
    scale_labels_de: tuple[str, str] | None = None
    unit_de: str | None = None
    relevance: RelevanceCondition | None = None
    number_max: int | None = None

    def option_label(self, value: str) -> str:
        """The German label of an option value (the value itself if unknown)."""
        for option in self.options:
            if option.value == value:
                return option.label_de
        return value


@dataclass(frozen=True)
class GuideSection:
    key: str
    title_de: str
    description_de: str
    questions: tuple[GuideQuestion, ...]


@dataclass(frozen=True)
class InterviewGuideDefinition:
    key: str
    name: str
    version: str
    source: str
    licence: str
    sections: tuple[GuideSection, ...]

    def questions(self) -> Iterator[GuideQuestion]:
        """All questions in guide order."""
        for section in self.sections:
            yield from section.questions

    def question(self, key: str) -> GuideQuestion:
        """The question with ``key``; raises KeyError if the guide has none."""
        for question in self.questions():
            if question.key == key:
                return question
        raise KeyError(key)


def is_answered(value: Any) -> bool:
    """Whether an answer value counts as given: not None, not blank text, not an empty list."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple):
        return bool(value)
    return True


def is_relevant(question: GuideQuestion, answers: Mapping[str, Any]) -> bool:
    """Whether ``question`` applies given the answers so far (a question without condition always applies)."""
    condition = question.relevance
    if condition is None:
        return True
    if condition.referenced is not None and not is_relevant(condition.referenced, answers):
        return False
    return _condition_holds(condition, answers.get(condition.question_key))


def validate_answer(question: GuideQuestion, value: Any) -> str | None:
    """None if ``value`` is an acceptable answer (or unanswered), else a German message saying what is wrong."""
    if value is None:
        return None
    kind = question.type
    if kind is QuestionType.TEXT:
        return None if isinstance(value, str) else "Bitte einen Text eingeben."
    if kind is QuestionType.YES_NO:
        return None if isinstance(value, bool) else "Bitte „Ja“ oder „Nein“ wählen."
    allowed = {option.value for option in question.options}
    if kind is QuestionType.SINGLE_CHOICE:
        if not isinstance(value, str):
            return "Bitte genau eine der vorgegebenen Antworten wählen."
        return (
            None if value in allowed else f"Die Antwort „{value}“ ist keine der vorgegebenen Möglichkeiten."
        )
    if kind is QuestionType.MULTIPLE_CHOICE:
        if not isinstance(value, list | tuple) or not all(isinstance(item, str) for item in value):
            return "Bitte eine oder mehrere der vorgegebenen Antworten wählen."
        unknown = [item for item in value if item not in allowed]
        if unknown:
            return f"Die Antwort „{unknown[0]}“ ist keine der vorgegebenen Möglichkeiten."
        if len(set(value)) != len(value):
            return "Jede Antwort darf nur einmal gewählt werden."
        return None
    if kind is QuestionType.SCALE:
        low, high = question.scale_min, question.scale_max
        if (
            not _is_whole_number(value)
            or (low is not None and value < low)
            or (high is not None and value > high)
        ):
            return f"Bitte einen Wert von {low} bis {high} wählen."
        return None
    return _number_problem(question, value)


def open_required(guide: InterviewGuideDefinition, answers: Mapping[str, Any]) -> list[GuideQuestion]:
    """Required questions that are relevant but not yet answered, in guide order."""
    return [
        question
        for question in guide.questions()
        if question.required and is_relevant(question, answers) and not is_answered(answers.get(question.key))
    ]


def section_progress(section: GuideSection, answers: Mapping[str, Any]) -> tuple[int, int]:
    """``(answered relevant questions, relevant questions)`` of one section."""
    relevant = [question for question in section.questions if is_relevant(question, answers)]
    answered = sum(1 for question in relevant if is_answered(answers.get(question.key)))
    return answered, len(relevant)


def load_guide(path: Path) -> InterviewGuideDefinition:
    """Read, validate and check one interview guide file; raises ContentError on any problem."""
    document = load_json_document(path, GUIDE_SCHEMA)
    duplicate_sections = find_duplicates(section["key"] for section in document["sections"])
    if duplicate_sections:
        raise ContentError.in_file(
            path, f"Der Abschnittsschlüssel „{duplicate_sections[0]}“ kommt mehrfach vor."
        )
    all_keys = [item["key"] for section in document["sections"] for item in section["questions"]]
    duplicate_questions = find_duplicates(all_keys)
    if duplicate_questions:
        raise ContentError.in_file(
            path, f"Der Fragenschlüssel „{duplicate_questions[0]}“ kommt mehrfach vor."
        )
    earlier: dict[str, GuideQuestion] = {}
    sections: list[GuideSection] = []
    for section in document["sections"]:
        questions: list[GuideQuestion] = []
        for item in section["questions"]:
            problem = _reference_problem(item, earlier, all_keys)
            if problem is not None:
                raise ContentError.in_file(path, f"Frage „{item['key']}“: {problem}")
            question = _question(item, earlier)
            problem = _question_problem(question)
            if problem is not None:
                raise ContentError.in_file(path, f"Frage „{question.key}“: {problem}")
            earlier[question.key] = question
            questions.append(question)
        sections.append(
            GuideSection(
                key=section["key"],
                title_de=section["title_de"],
                description_de=section.get("description_de", ""),
                questions=tuple(questions),
            )
        )
    return InterviewGuideDefinition(
        key=document["key"],
        name=document["name"],
        version=document["version"],
        source=document["source"],
        licence=document["licence"],
        sections=tuple(sections),
    )


@cache
def builtin_guides() -> tuple[InterviewGuideDefinition, ...]:
    """All interview guides shipped in ``resources/guides``, sorted by key."""
    guides = [load_guide(path) for path in builtin_files("guides")]
    return tuple(sorted(guides, key=lambda guide: guide.key))


def _question(item: dict[str, Any], earlier: Mapping[str, GuideQuestion]) -> GuideQuestion:
    labels = item.get("scale_labels_de")
    relevance = item.get("relevance")
    condition = None
    if relevance is not None:
        value = relevance.get("value")
        condition = RelevanceCondition(
            question_key=relevance["question_key"],
            operator=relevance["operator"],
            value=_frozen(value),
            referenced=earlier[relevance["question_key"]],
        )
    return GuideQuestion(
        key=item["key"],
        text_de=item["text_de"],
        type=QuestionType(item["type"]),
        required=item.get("required", False),
        help_de=item.get("help_de", ""),
        options=tuple(ChoiceOption(o["value"], o["label_de"]) for o in item.get("options", ())),
        scale_min=_optional_int(item.get("scale_min")),
        scale_max=_optional_int(item.get("scale_max")),
        scale_labels_de=(labels[0], labels[1]) if labels is not None else None,
        unit_de=item.get("unit_de"),
        relevance=condition,
        number_max=_optional_int(item.get("number_max")),
    )


def _reference_problem(
    item: dict[str, Any], earlier: Mapping[str, GuideQuestion], keys: list[str]
) -> str | None:
    relevance = item.get("relevance")
    if relevance is None or relevance["question_key"] in earlier:
        return None
    target = relevance["question_key"]
    if target == item["key"]:
        return "Die Relevanzbedingung darf sich nicht auf die Frage selbst beziehen."
    if target in keys:
        return f"Die Relevanzbedingung verweist auf die spätere Frage „{target}“; erlaubt sind nur frühere Fragen."
    return f"Die Relevanzbedingung verweist auf die unbekannte Frage „{target}“."


def _question_problem(question: GuideQuestion) -> str | None:
    choice = question.type in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE)
    if choice and len(question.options) < 2:
        return "Auswahlfragen brauchen mindestens zwei Antwortmöglichkeiten."
    if not choice and question.options:
        return "Antwortmöglichkeiten sind nur bei Auswahlfragen erlaubt."
    duplicates = find_duplicates(option.value for option in question.options)
    if duplicates:
        return f"Die Antwortmöglichkeit „{duplicates[0]}“ kommt mehrfach vor."
    has_scale = (question.scale_min, question.scale_max, question.scale_labels_de) != (None, None, None)
    if question.type is QuestionType.SCALE:
        if (
            question.scale_min is None
            or question.scale_max is None
            or question.scale_min >= question.scale_max
        ):
            return "Bei einer Skala muss scale_min kleiner als scale_max sein."
    elif has_scale:
        return "Angaben zur Skala sind nur bei Skalenfragen erlaubt."
    if question.number_max is not None and question.type is not QuestionType.NUMBER:
        return "number_max ist nur bei Zahlenfragen erlaubt."
    return None if question.relevance is None else _condition_problem(question.relevance)


def _condition_problem(condition: RelevanceCondition) -> str | None:
    referenced, operator, value = condition.referenced, condition.operator, condition.value
    if referenced is None:
        return None
    if operator == "answered":
        return None if value is None else "Der Operator „answered“ erwartet keinen Wert."
    if operator in ("gte", "lte"):
        if referenced.type not in (QuestionType.SCALE, QuestionType.NUMBER):
            return f"Der Operator „{operator}“ ist nur bei Skalen- und Zahlenfragen möglich."
        if not _is_number(value) or not math.isfinite(value):
            return f"Der Operator „{operator}“ erwartet eine Zahl als Wert."
        return None
    if operator == "contains":
        if referenced.type is not QuestionType.MULTIPLE_CHOICE:
            return "Der Operator „contains“ ist nur bei Mehrfachauswahl möglich."
        if not isinstance(value, str) or value not in {option.value for option in referenced.options}:
            return f"Der Vergleichswert {shown_value(value)} ist keine Antwortmöglichkeit der Frage „{referenced.key}“."
        return None
    if operator == "in":
        if not isinstance(value, tuple) or not value:
            return "Der Operator „in“ erwartet eine nicht leere Liste von Werten."
        return _allowed_value_problem(referenced, list(value))
    return _allowed_value_problem(referenced, [value])


def _allowed_value_problem(referenced: GuideQuestion, values: list[Any]) -> str | None:
    for value in values:
        if value is None or validate_answer(referenced, value) is not None:
            return f"Der Vergleichswert {shown_value(value)} ist für die Frage „{referenced.key}“ keine zulässige Antwort."
    return None


def _frozen(value: Any) -> Any:
    # JSON lists become tuples so that questions stay hashable like every other frozen definition.
    return tuple(_frozen(item) for item in value) if isinstance(value, list) else value


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _is_whole_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return isinstance(value, float) and value.is_integer()


def _number_problem(question: GuideQuestion, value: Any) -> str | None:
    limit = question.number_max
    if _is_whole_number(value) and value >= 0 and (limit is None or value <= limit):
        return None
    return f"Bitte eine ganze Zahl von 0 bis {limit} eingeben." if limit is not None else NUMBER_MESSAGE


def _same(answer: Any, expected: Any) -> bool:
    # True == 1 in Python; a yes/no answer must never match a number and vice versa.
    if isinstance(answer, bool) or isinstance(expected, bool):
        return isinstance(answer, bool) and isinstance(expected, bool) and answer is expected
    if isinstance(answer, list | tuple) or isinstance(expected, list | tuple):
        return (
            isinstance(answer, list | tuple)
            and isinstance(expected, list | tuple)
            and list(answer) == list(expected)
        )
    return bool(answer == expected)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _condition_holds(condition: RelevanceCondition, answer: Any) -> bool:
    if not is_answered(answer):
        return False
    operator, expected = condition.operator, condition.value
    if operator == "answered":
        return True
    if operator == "equals":
        return _same(answer, expected)
    if operator == "not_equals":
        return not _same(answer, expected)
    if operator == "in":
        return isinstance(expected, list | tuple) and any(_same(answer, item) for item in expected)
    if operator == "contains":
        return isinstance(answer, list | tuple) and any(_same(item, expected) for item in answer)
    if operator in ("gte", "lte") and _is_number(answer) and _is_number(expected):
        return bool(answer >= expected) if operator == "gte" else bool(answer <= expected)
    return False
