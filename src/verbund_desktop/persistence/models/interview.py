"""Company needs interviews and employee competency assessments."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    ColumnElement,
    ForeignKey,
    Index,
    Text,
    UniqueConstraint,
    and_,
    case,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from verbund_desktop.persistence.base import Entity, utcnow
from verbund_desktop.persistence.models.catalog import Competence, CompetenceCatalog, InterviewGuide
from verbund_desktop.persistence.models.organisation import Advisor, Company, Employee, RoleProfile

STATUS_DRAFT = "draft"
STATUS_COMPLETE = "complete"


class CompanyInterview(Entity):
    """A needs analysis (Bedarfsanalyse) of one company, driven by one guide version."""

    __tablename__ = "company_interview"
    __table_args__ = (CheckConstraint("status IN ('draft', 'complete')", name="status"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"), index=True)
    guide_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("interview_guide.id"), index=True)
    advisor_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("advisor.id", ondelete="SET NULL"), default=None
    )
    interviewees: Mapped[str] = mapped_column(default="")
    status: Mapped[str] = mapped_column(default=STATUS_DRAFT)
    conducted_on: Mapped[date]
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
    last_section_key: Mapped[str | None] = mapped_column(default=None)
    last_question_key: Mapped[str | None] = mapped_column(default=None)

    company: Mapped[Company] = relationship()
    guide: Mapped[InterviewGuide] = relationship()
    advisor: Mapped[Advisor | None] = relationship()
    answers: Mapped[list[InterviewAnswer]] = relationship(
        back_populates="interview", cascade="all, delete-orphan"
    )


class InterviewAnswer(Entity):
    """One answer; hidden (irrelevant) answers are kept but ignored, as ODK does."""

    __tablename__ = "interview_answer"
    __table_args__ = (UniqueConstraint("interview_id", "question_key"),)

    interview_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("company_interview.id", ondelete="CASCADE"), index=True
    )
    question_key: Mapped[str]
    value: Mapped[Any | None] = mapped_column(default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)

    interview: Mapped[CompanyInterview] = relationship(back_populates="answers")


class CompetencyAssessment(Entity):
    """A dated competency interview of one employee. A re-interview adds a new assessment; none is overwritten."""

    __tablename__ = "competency_assessment"
    __table_args__ = (CheckConstraint("status IN ('draft', 'complete')", name="status"),)

    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    advisor_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("advisor.id", ondelete="SET NULL"), default=None
    )
    role_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("role_profile.id", ondelete="SET NULL"), default=None
    )
    previous_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("competency_assessment.id", ondelete="SET NULL"), default=None
    )
    assessed_on: Mapped[date]
    status: Mapped[str] = mapped_column(default=STATUS_DRAFT)
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
    note: Mapped[str] = mapped_column(Text, default="")

    employee: Mapped[Employee] = relationship()
    advisor: Mapped[Advisor | None] = relationship()
    role: Mapped[RoleProfile | None] = relationship()
    ratings: Mapped[list[CompetencyRating]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", order_by="CompetencyRating.position"
    )


POOL_INDEX_COLUMNS = (
    "competence_id",
    "target_level",
    "assessment_id",
    "agreed_level",
    "self_level",
    "supervisor_level",
    "not_applicable",
)


class CompetencyRating(Entity):
    """Self, supervisor, agreed current and target level of one competence in one assessment."""

    __tablename__ = "competency_rating"
    __table_args__ = (
        UniqueConstraint("assessment_id", "competence_id"),
        CheckConstraint("priority IS NULL OR priority BETWEEN 1 AND 3", name="priority"),
        # Pooled demand (services/network/pooling.py) reads every rating's levels in (competence, target
        # level) order from this index alone, so it groups without sorting and without the table (0013).
        Index("ix_competency_rating_pool", *POOL_INDEX_COLUMNS),
    )

    # No index of their own: assessment_id leads the unique index above, competence_id the pool index (0016).
    assessment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("competency_assessment.id", ondelete="CASCADE")
    )
    competence_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("competence.id"))
    # The catalogue version used; the competence row belongs to exactly that version too.
    catalog_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("competence_catalog.id"), index=True)
    catalog_version: Mapped[str]
    self_level: Mapped[int | None] = mapped_column(default=None)
    supervisor_level: Mapped[int | None] = mapped_column(default=None)
    agreed_level: Mapped[int | None] = mapped_column(default=None)
    target_level: Mapped[int | None] = mapped_column(default=None)
    priority: Mapped[int | None] = mapped_column(default=2)
    note: Mapped[str] = mapped_column(Text, default="")
    not_applicable: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)

    assessment: Mapped[CompetencyAssessment] = relationship(back_populates="ratings")
    competence: Mapped[Competence] = relationship()
    catalog: Mapped[CompetenceCatalog] = relationship()


def current_level() -> ColumnElement[Any]:
    """A rating's current level in SQL: the agreed level, else the lower of self and supervisor rating (as
    ``RatingLevels.current``)."""
    r = CompetencyRating
    lower = case(
        (r.self_level.is_(None), r.supervisor_level),
        (r.supervisor_level.is_(None), r.self_level),
        (r.self_level < r.supervisor_level, r.self_level),
        else_=r.supervisor_level,
    )
    return func.coalesce(r.agreed_level, lower)


def gap_terms() -> tuple[ColumnElement[bool], ...]:
    """A rating with a gap: applicable, with a target above the current level (the terms of a WHERE)."""
    r = CompetencyRating
    return (r.not_applicable.is_(False), r.target_level.is_not(None), r.target_level > current_level())


# Only the ratings with a gap (two in three), in interview order, with their catalogue: the funder's gap figures
# (services/network/funder_figures.gap_people) count each interview's gaps and digital gaps from it. A query
# whose WHERE has ``gap_terms()`` is answered from this partial index alone: SQLite takes the terms as the
# index's own and reads neither the levels nor a table page (0017; it replaced 0015's covering index).
GAP_INDEX_COLUMNS = ("assessment_id", "catalog_id")
Index(
    "ix_competency_rating_gap_rows",
    *(getattr(CompetencyRating, column) for column in GAP_INDEX_COLUMNS),
    sqlite_where=and_(*gap_terms()),
    postgresql_where=and_(*gap_terms()),
)
