"""office tables: devices, one-time enrolment codes, advisor–company assignments, office users, request nonces

Revision ID: 0004_office
Revises: 0008_sync
Create Date: 2026-12-02 06:24:27

Only new tables (no table of a workspace is rebuilt). They are local to the office database and never synced; a
laptop workspace gets them empty. Runs on SQLite/SQLCipher and PostgreSQL alike (tests/office/test_office_db.py).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import verbund_desktop.persistence.base

revision: str = "0004_office"
# Brief: "0003_consent_purposes"; chained after 0008_sync of the changes branch while both are unmerged
# (the lead re-chains the revisions when merging).
down_revision: str | None = "0008_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "office_user",
        sa.Column("network_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", verbund_desktop.persistence.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", verbund_desktop.persistence.base.UtcDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("role IN ('admin', 'coordinator')", name=op.f("ck_office_user_role")),
        sa.ForeignKeyConstraint(
            ["network_id"], ["network.id"], name=op.f("fk_office_user_network_id_network"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_user")),
        sa.UniqueConstraint("network_id", "name", name=op.f("uq_office_user_network_id_name")),
    )
    with op.batch_alter_table("office_user", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_office_user_network_id"), ["network_id"], unique=False)

    op.create_table(
        "office_assignment",
        sa.Column("advisor_id", sa.Uuid(), nullable=False),
        sa.Column("company_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", verbund_desktop.persistence.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", verbund_desktop.persistence.base.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["advisor_id"],
            ["advisor.id"],
            name=op.f("fk_office_assignment_advisor_id_advisor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["company.id"],
            name=op.f("fk_office_assignment_company_id_company"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_assignment")),
        sa.UniqueConstraint(
            "advisor_id", "company_id", name=op.f("uq_office_assignment_advisor_id_company_id")
        ),
    )
    with op.batch_alter_table("office_assignment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_office_assignment_advisor_id"), ["advisor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_office_assignment_company_id"), ["company_id"], unique=False)

    op.create_table(
        "office_device",
        sa.Column("network_id", sa.Uuid(), nullable=False),
        sa.Column("advisor_id", sa.Uuid(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(length=32), nullable=False),
        sa.Column("enrolled_at", verbund_desktop.persistence.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", verbund_desktop.persistence.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("last_seen_at", verbund_desktop.persistence.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", verbund_desktop.persistence.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", verbund_desktop.persistence.base.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["advisor_id"],
            ["advisor.id"],
            name=op.f("fk_office_device_advisor_id_advisor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
            name=op.f("fk_office_device_network_id_network"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_device")),
        sa.UniqueConstraint("public_key", name=op.f("uq_office_device_public_key")),
    )
    with op.batch_alter_table("office_device", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_office_device_advisor_id"), ["advisor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_office_device_network_id"), ["network_id"], unique=False)

    op.create_table(
        "office_enrolment",
        sa.Column("network_id", sa.Uuid(), nullable=False),
        sa.Column("advisor_id", sa.Uuid(), nullable=False),
        sa.Column("code_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("expires_at", verbund_desktop.persistence.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("used_at", verbund_desktop.persistence.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", verbund_desktop.persistence.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", verbund_desktop.persistence.base.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["advisor_id"],
            ["advisor.id"],
            name=op.f("fk_office_enrolment_advisor_id_advisor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["device_id"],
            ["office_device.id"],
            name=op.f("fk_office_enrolment_device_id_office_device"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
            name=op.f("fk_office_enrolment_network_id_network"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_enrolment")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_office_enrolment_code_hash")),
    )
    with op.batch_alter_table("office_enrolment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_office_enrolment_advisor_id"), ["advisor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_office_enrolment_network_id"), ["network_id"], unique=False)

    op.create_table(
        "office_nonce",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("nonce", sa.String(), nullable=False),
        sa.Column("seen_at", verbund_desktop.persistence.base.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"],
            ["office_device.id"],
            name=op.f("fk_office_nonce_device_id_office_device"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("device_id", "nonce", name=op.f("pk_office_nonce")),
    )
    with op.batch_alter_table("office_nonce", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_office_nonce_seen_at"), ["seen_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("office_nonce", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_office_nonce_seen_at"))

    op.drop_table("office_nonce")
    with op.batch_alter_table("office_enrolment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_office_enrolment_network_id"))
        batch_op.drop_index(batch_op.f("ix_office_enrolment_advisor_id"))

    op.drop_table("office_enrolment")
    with op.batch_alter_table("office_device", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_office_device_network_id"))
        batch_op.drop_index(batch_op.f("ix_office_device_advisor_id"))

    op.drop_table("office_device")
    with op.batch_alter_table("office_assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_office_assignment_company_id"))
        batch_op.drop_index(batch_op.f("ix_office_assignment_advisor_id"))

    op.drop_table("office_assignment")
    with op.batch_alter_table("office_user", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_office_user_network_id"))

    op.drop_table("office_user")
