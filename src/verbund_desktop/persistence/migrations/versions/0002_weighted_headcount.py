"""Weighted headcount: company headcounts in steps of 0.25 (§ 82 Abs. 6 SGB III).

Revision ID: 0002_weighted_headcount
Revises: 0001_initial

Whole-number headcounts of existing companies keep their value; the check now allows 0.25 (one part-time
employee up to 10 hours a week) instead of requiring at least 1.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import verbund_desktop.persistence.base

revision = "0002_weighted_headcount"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_company_headcount_positive"), type_="check")
        batch_op.alter_column(
            "headcount",
            existing_type=sa.Integer(),
            type_=verbund_desktop.persistence.base.WeightedHeadcount(),
            existing_nullable=False,
        )
        batch_op.alter_column(
            "headcount_linked",
            existing_type=sa.Integer(),
            type_=verbund_desktop.persistence.base.WeightedHeadcount(),
            existing_nullable=False,
        )
        batch_op.create_check_constraint(op.f("ck_company_headcount_positive"), sa.text("headcount > 0"))


def downgrade() -> None:
    # Fractions cannot be kept in an integer column: they round up, so a band is never made smaller.
    op.execute(
        "UPDATE company SET headcount = CAST(headcount + 0.75 AS INTEGER) WHERE headcount != CAST(headcount AS INTEGER)"
    )
    op.execute(
        "UPDATE company SET headcount_linked = CAST(headcount_linked + 0.75 AS INTEGER) "
        "WHERE headcount_linked != CAST(headcount_linked AS INTEGER)"
    )
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_company_headcount_positive"), type_="check")
        batch_op.alter_column(
            "headcount",
            existing_type=verbund_desktop.persistence.base.WeightedHeadcount(),
            type_=sa.Integer(),
            existing_nullable=False,
        )
        batch_op.alter_column(
            "headcount_linked",
            existing_type=verbund_desktop.persistence.base.WeightedHeadcount(),
            type_=sa.Integer(),
            existing_nullable=False,
        )
        batch_op.create_check_constraint(op.f("ck_company_headcount_positive"), sa.text("headcount >= 1"))
