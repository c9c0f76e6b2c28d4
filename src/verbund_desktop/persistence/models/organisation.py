"""Network, advisors, companies, departments, employees and role profiles."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from verbund_desktop.persistence.base import Entity, WeightedHeadcount

if TYPE_CHECKING:
    from verbund_desktop.persistence.models.catalog import Competence


class Network(Entity):
    """A continuing-education network (Weiterbildungsverbund); one workspace holds one network."""

    __tablename__ = "network"

    name: Mapped[str]
    region: Mapped[str] = mapped_column(default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # The coordination office as controller for pooled use (purpose 3) and the Art. 13 sheet's other facts,
    # entered once by the office (docs/data-protection.md).
    street: Mapped[str] = mapped_column(default="", server_default="")
    postcode: Mapped[str] = mapped_column(default="", server_default="")
    city: Mapped[str] = mapped_column(default="", server_default="")
    contact: Mapped[str] = mapped_column(default="", server_default="")
    dpo_name: Mapped[str] = mapped_column(default="", server_default="")
    dpo_contact: Mapped[str] = mapped_column(default="", server_default="")
    authority_name: Mapped[str] = mapped_column(default="", server_default="")
    authority_address: Mapped[str] = mapped_column(
        Text, default="", server_default=""
    )  # one line per address line

    companies: Mapped[list[Company]] = relationship(back_populates="network", order_by="Company.name")
    advisors: Mapped[list[Advisor]] = relationship(back_populates="network", order_by="Advisor.name")


class Advisor(Entity):
    """A person of the coordination office who uses the program (Berater*in)."""

    __tablename__ = "advisor"

    network_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    name: Mapped[str]
    email: Mapped[str] = mapped_column(default="")
    is_current: Mapped[bool] = mapped_column(default=False)

    network: Mapped[Network] = relationship(back_populates="advisors")


class Company(Entity):
    """A member company (Betrieb). Headcount incl. linked companies decides the § 82 funding band.

    Headcounts are weighted (§ 82 Abs. 6 SGB III: part-time staff 0.25/0.5/0.75), e.g. 49.75.
    """

    __tablename__ = "company"
    __table_args__ = (
        CheckConstraint("headcount > 0", name="headcount_positive"),
        CheckConstraint("headcount_linked >= headcount", name="linked_not_smaller"),
    )

    network_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    name: Mapped[str]
    industry: Mapped[str] = mapped_column(default="")
    headcount: Mapped[Decimal] = mapped_column(WeightedHeadcount())
    headcount_linked: Mapped[Decimal] = mapped_column(WeightedHeadcount())
    street: Mapped[str] = mapped_column(default="", server_default="")
    postcode: Mapped[str] = mapped_column(default="")
    region: Mapped[str] = mapped_column(default="")
    dpo_name: Mapped[str] = mapped_column(
        default="", server_default=""
    )  # the company's data protection officer (Art. 13 (1) b)
    dpo_contact: Mapped[str] = mapped_column(default="", server_default="")
    works_council: Mapped[bool] = mapped_column(default=False)
    training_agreement: Mapped[bool] = mapped_column(default=False)
    contact_name: Mapped[str] = mapped_column(default="")
    contact_email: Mapped[str] = mapped_column(default="")
    contact_phone: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    retention_months: Mapped[int] = mapped_column(default=36)
    archived_at: Mapped[datetime | None] = mapped_column(default=None)

    network: Mapped[Network] = relationship(back_populates="companies")
    departments: Mapped[list[Department]] = relationship(
        back_populates="company", order_by="Department.name", cascade="all, delete-orphan"
    )
    employees: Mapped[list[Employee]] = relationship(
        back_populates="company",
        order_by="(Employee.last_name, Employee.first_name)",
        cascade="all, delete-orphan",
    )
    roles: Mapped[list[RoleProfile]] = relationship(
        back_populates="company", order_by="RoleProfile.name", cascade="all, delete-orphan"
    )


class Department(Entity):
    __tablename__ = "department"
    __table_args__ = (UniqueConstraint("company_id", "name"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"), index=True)
    name: Mapped[str]

    company: Mapped[Company] = relationship(back_populates="departments")


class RoleProfile(Entity):
    """A job profile in one company (Stellenprofil) with target levels per competence."""

    __tablename__ = "role_profile"
    __table_args__ = (UniqueConstraint("company_id", "name"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"), index=True)
    name: Mapped[str]
    description: Mapped[str] = mapped_column(Text, default="")

    company: Mapped[Company] = relationship(back_populates="roles")
    targets: Mapped[list[RoleTarget]] = relationship(back_populates="role", cascade="all, delete-orphan")


class RoleTarget(Entity):
    __tablename__ = "role_target"
    __table_args__ = (UniqueConstraint("role_id", "competence_id"),)

    role_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("role_profile.id", ondelete="CASCADE"), index=True)
    competence_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("competence.id"), index=True)
    target_level: Mapped[int]
    priority: Mapped[int] = mapped_column(default=2)

    role: Mapped[RoleProfile] = relationship(back_populates="targets")
    competence: Mapped[Competence] = relationship()


class Employee(Entity):
    """An interviewed person (Beschäftigte/r): personal data, see docs/data-protection.md."""

    __tablename__ = "employee"
    __table_args__ = (
        UniqueConstraint("company_id", "pseudonym_code"),
        CheckConstraint(
            "birth_year IS NULL OR (birth_year >= 1900 AND birth_year <= 2100)", name="birth_year"
        ),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"), index=True)
    department_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), index=True, default=None
    )
    role_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("role_profile.id", ondelete="SET NULL"), index=True, default=None
    )
    first_name: Mapped[str]
    last_name: Mapped[str]
    pseudonym_code: Mapped[str]
    job_title: Mapped[str] = mapped_column(default="")
    birth_year: Mapped[int | None] = mapped_column(default=None)
    has_vocational_qualification: Mapped[bool] = mapped_column(default=True)
    qualification_year: Mapped[int | None] = mapped_column(default=None)
    # Art. 9 GDPR: only stored with explicit consent (see ConsentRecord purpose "schwerbehinderung").
    severely_disabled: Mapped[bool | None] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(default=None)

    company: Mapped[Company] = relationship(back_populates="employees")
    department: Mapped[Department | None] = relationship()
    role: Mapped[RoleProfile | None] = relationship()

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()
