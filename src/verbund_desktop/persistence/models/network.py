"""Joint courses (Verbundmaßnahmen), their seats in employees' plans, and follow-up interviews."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from verbund_desktop.persistence.base import Entity
from verbund_desktop.persistence.models.catalog import Competence, TrainingOffer
from verbund_desktop.persistence.models.organisation import Company, Employee

COURSE_STATUS_CHECK = "status IN ('planung', 'bestaetigt', 'laeuft', 'abgeschlossen', 'abgesagt')"
SEAT_STATUS_CHECK = "status IN ('vorgeschlagen', 'bestaetigt')"


class JointCourse(Entity):
    """A course several member companies fill together, formed from one cell of the pooled demand.

    Linked to an offer of the catalogue, or ``offer_id`` None: still to be tendered. ``host_company_id``: a
    member company opened its in-house course to the network.
    """

    __tablename__ = "joint_course"
    __table_args__ = (
        CheckConstraint(COURSE_STATUS_CHECK, name="status"),
        CheckConstraint("min_seats >= 1 AND max_seats >= min_seats", name="seats"),
    )

    network_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    title: Mapped[str]
    competence_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("competence.id"), index=True)
    target_level: Mapped[int]
    offer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("training_offer.id", ondelete="SET NULL"), default=None
    )
    host_company_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("company.id", ondelete="SET NULL"), default=None
    )
    provider: Mapped[str] = mapped_column(default="")
    min_seats: Mapped[int]
    max_seats: Mapped[int]
    hours: Mapped[Decimal | None] = mapped_column(default=None)
    total_cost_eur: Mapped[Decimal | None] = mapped_column(default=None)
    azav: Mapped[bool] = mapped_column(default=False)
    start_date: Mapped[date | None] = mapped_column(default=None)
    end_date: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(default="planung")

    competence: Mapped[Competence] = relationship()
    offer: Mapped[TrainingOffer | None] = relationship()
    host_company: Mapped[Company | None] = relationship()
    seats: Mapped[list[JointCourseSeat]] = relationship(
        back_populates="course", cascade="all, delete-orphan", order_by="JointCourseSeat.created_at"
    )


class JointCourseSeat(Entity):
    """One person's seat; the person's advisor confirms it, which puts the course into the person's plan."""

    __tablename__ = "joint_course_seat"
    __table_args__ = (
        UniqueConstraint("course_id", "employee_id"),
        CheckConstraint(SEAT_STATUS_CHECK, name="status"),
    )

    course_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("joint_course.id", ondelete="CASCADE"), index=True
    )
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"), index=True)
    measure_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("plan_measure.id", ondelete="SET NULL"), default=None
    )
    status: Mapped[str] = mapped_column(default="vorgeschlagen")
    confirmed_by: Mapped[str] = mapped_column(default="")
    confirmed_on: Mapped[date | None] = mapped_column(default=None)

    course: Mapped[JointCourse] = relationship(back_populates="seats")
    employee: Mapped[Employee] = relationship()


class FollowUp(Entity):
    """A follow-up interview scheduled by a completed measure (one per person and measure title)."""

    __tablename__ = "follow_up"
    __table_args__ = (UniqueConstraint("employee_id", "measure_title"),)

    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    measure_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("plan_measure.id", ondelete="SET NULL"), default=None
    )
    advisor_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("advisor.id", ondelete="SET NULL"), default=None, index=True
    )
    measure_title: Mapped[str]
    completed_on: Mapped[date]
    due_on: Mapped[date] = mapped_column(index=True)
    done_assessment_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("competency_assessment.id", ondelete="SET NULL"), default=None
    )

    employee: Mapped[Employee] = relationship()
