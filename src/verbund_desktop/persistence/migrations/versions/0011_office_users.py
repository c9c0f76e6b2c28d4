"""office users' devices: a device and an enrolment code belong to an advisor or to an office user

Revision ID: 0011_office_users
Revises: 0012_offer_hours
Create Date: 2026-12-02 18:30:00

``office_device`` and ``office_enrolment`` get ``office_user_id`` (an office user's device sees the whole
network), ``advisor_id`` becomes nullable, and a check says that exactly one of the two is set. Both tables are
the office's own (never synced, empty on a laptop): on SQLite they are rebuilt (foreign keys are off during
migrations, ``persistence.engine.make_schema_engine``), on PostgreSQL altered in place.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_office_users"
down_revision: str | None = "0012_offer_hours"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("office_device", "office_enrolment")
ONE_HOLDER = "(advisor_id IS NULL) <> (office_user_id IS NULL)"


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("office_user_id", sa.Uuid(), nullable=True))
            batch_op.alter_column("advisor_id", existing_type=sa.Uuid(), nullable=True)
            batch_op.create_index(batch_op.f(f"ix_{table}_office_user_id"), ["office_user_id"], unique=False)
            batch_op.create_foreign_key(
                batch_op.f(f"fk_{table}_office_user_id_office_user"),
                "office_user",
                ["office_user_id"],
                ["id"],
                ondelete="CASCADE",
            )
            batch_op.create_check_constraint(batch_op.f(f"ck_{table}_one_holder"), ONE_HOLDER)


def downgrade() -> None:
    for table in TABLES:
        op.execute(sa.text(f"DELETE FROM {table} WHERE advisor_id IS NULL"))  # office users' devices go
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f"ck_{table}_one_holder"), type_="check")
            batch_op.drop_constraint(batch_op.f(f"fk_{table}_office_user_id_office_user"), type_="foreignkey")
            batch_op.drop_index(batch_op.f(f"ix_{table}_office_user_id"))
            batch_op.alter_column("advisor_id", existing_type=sa.Uuid(), nullable=False)
            batch_op.drop_column("office_user_id")
