"""joint courses (Verbundmaßnahmen), their seats and follow-up interviews

Revision ID: 0006_network
Revises: 0005_offers
Create Date: 2026-12-02 06:30:00

Three new tables, nothing existing is rewritten. Plain CREATE TABLE works on SQLite and PostgreSQL alike.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from verbund_desktop.persistence.base import UtcDateTime

revision: str = "0006_network"
down_revision: str | None = "0005_offers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _entity_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", UtcDateTime(timezone=True), nullable=False),
    ]


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def _index(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "joint_course",
        sa.Column("network_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("competence_id", sa.Uuid(), nullable=False),
        sa.Column("target_level", sa.Integer(), nullable=False),
        sa.Column("offer_id", sa.Uuid(), nullable=True),
        sa.Column("host_company_id", sa.Uuid(), nullable=True),
        sa.Column("provider", sa.String(), nullable=False),
        sa.Column("min_seats", sa.Integer(), nullable=False),
        sa.Column("max_seats", sa.Integer(), nullable=False),
        sa.Column("hours", sa.Numeric(12, 2), nullable=True),
        sa.Column("total_cost_eur", sa.Numeric(12, 2), nullable=True),
        sa.Column("azav", sa.Boolean(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        *_entity_columns(),
        sa.CheckConstraint(
            "status IN ('planung', 'bestaetigt', 'laeuft', 'abgeschlossen', 'abgesagt')",
            name=op.f("ck_joint_course_status"),
        ),
        sa.CheckConstraint("min_seats >= 1 AND max_seats >= min_seats", name=op.f("ck_joint_course_seats")),
        _fk("joint_course", "network_id", "network", "CASCADE"),
        _fk("joint_course", "competence_id", "competence"),
        _fk("joint_course", "offer_id", "training_offer", "SET NULL"),
        _fk("joint_course", "host_company_id", "company", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_joint_course")),
    )
    _index("joint_course", "network_id", "competence_id")
    op.create_table(
        "joint_course_seat",
        sa.Column("course_id", sa.Uuid(), nullable=False),
        sa.Column("employee_id", sa.Uuid(), nullable=False),
        sa.Column("company_id", sa.Uuid(), nullable=False),
        sa.Column("measure_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("confirmed_by", sa.String(), nullable=False),
        sa.Column("confirmed_on", sa.Date(), nullable=True),
        *_entity_columns(),
        sa.CheckConstraint(
            "status IN ('vorgeschlagen', 'bestaetigt')", name=op.f("ck_joint_course_seat_status")
        ),
        _fk("joint_course_seat", "course_id", "joint_course", "CASCADE"),
        _fk("joint_course_seat", "employee_id", "employee", "CASCADE"),
        _fk("joint_course_seat", "company_id", "company", "CASCADE"),
        _fk("joint_course_seat", "measure_id", "plan_measure", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_joint_course_seat")),
        sa.UniqueConstraint(
            "course_id", "employee_id", name=op.f("uq_joint_course_seat_course_id_employee_id")
        ),
    )
    _index("joint_course_seat", "course_id", "employee_id", "company_id")
    op.create_table(
        "follow_up",
        sa.Column("employee_id", sa.Uuid(), nullable=False),
        sa.Column("measure_id", sa.Uuid(), nullable=True),
        sa.Column("advisor_id", sa.Uuid(), nullable=True),
        sa.Column("measure_title", sa.String(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_assessment_id", sa.Uuid(), nullable=True),
        *_entity_columns(),
        _fk("follow_up", "employee_id", "employee", "CASCADE"),
        _fk("follow_up", "measure_id", "plan_measure", "SET NULL"),
        _fk("follow_up", "advisor_id", "advisor", "SET NULL"),
        _fk("follow_up", "done_assessment_id", "competency_assessment", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
        sa.UniqueConstraint(
            "employee_id", "measure_title", name=op.f("uq_follow_up_employee_id_measure_title")
        ),
    )
    _index("follow_up", "employee_id", "advisor_id", "due_on")


def downgrade() -> None:
    for table in ("follow_up", "joint_course_seat", "joint_course"):
        op.drop_table(table)
