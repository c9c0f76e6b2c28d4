"""Stored interview guides as domain definitions (``assessment.guide``), and the newest guide version."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from verbund_desktop.assessment import guide as domain
from verbund_desktop.assessment.versions import version_key
from verbund_desktop.persistence.models import GuideSection, InterviewGuide

# A stored guide version never changes (new versions are added beside it), so its definition can be cached.
_DEFINITIONS: dict[uuid.UUID, domain.InterviewGuideDefinition] = {}


def newest_guide(s: Session) -> InterviewGuide | None:
    guides = list(s.scalars(select(InterviewGuide)))
    return max(guides, key=lambda g: (version_key(g.version), g.key), default=None)


def guide_definition(s: Session, guide_id: uuid.UUID) -> domain.InterviewGuideDefinition:
    """The stored guide as the domain definition (cached: a stored guide version never changes)."""
    cached = _DEFINITIONS.get(guide_id)
    if cached is not None:
        return cached
    guide = s.scalars(
        select(InterviewGuide)
        .where(InterviewGuide.id == guide_id)
        .options(selectinload(InterviewGuide.sections).selectinload(GuideSection.questions))
    ).one()
    bundled = next(
        (g for g in domain.builtin_guides() if (g.key, g.version) == (guide.key, guide.version)), None
    )
    limits = {q.key: q.number_max for q in bundled.questions()} if bundled is not None else {}
    earlier: dict[str, domain.GuideQuestion] = {}
    sections = []
    for section in guide.sections:
        questions = []
        for row in section.questions:
            question = domain.GuideQuestion(
                key=row.key,
                text_de=row.text_de,
                type=domain.QuestionType(row.type),
                required=row.required,
                help_de=row.help_de,
                options=tuple(domain.ChoiceOption(o["value"], o["label_de"]) for o in row.options),
                scale_min=row.scale_min,
                scale_max=row.scale_max,
                scale_labels_de=(row.scale_labels_de[0], row.scale_labels_de[1])
                if row.scale_labels_de
                else None,
                unit_de=row.unit_de,
                relevance=_condition(row.relevance, earlier),
                number_max=limits.get(row.key),
            )
            earlier[question.key] = question
            questions.append(question)
        sections.append(
            domain.GuideSection(section.key, section.title_de, section.description_de, tuple(questions))
        )
    definition = domain.InterviewGuideDefinition(
        guide.key, guide.name, guide.version, guide.source, guide.licence, tuple(sections)
    )
    _DEFINITIONS[guide_id] = definition
    return definition


def _condition(
    stored: dict[str, Any] | None, earlier: Mapping[str, domain.GuideQuestion]
) -> domain.RelevanceCondition | None:
    if stored is None:
        return None
    value = stored.get("value")
    return domain.RelevanceCondition(
        question_key=stored["question_key"],
        operator=stored["operator"],
        value=tuple(value) if isinstance(value, list) else value,
        referenced=earlier.get(stored["question_key"]),
    )
