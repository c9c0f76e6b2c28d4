"""a measure's monthly pay, so that the wage subsidy (Arbeitsentgeltzuschuss) can be estimated

Revision ID: 0007_desk
Revises: 0006_network
Create Date: 2026-12-02 07:30:00

One nullable column on ``plan_measure``: the employee's gross monthly pay during the measure. Existing measures
keep it empty (the estimate then says that the wage subsidy was not estimated). SQLite adds the column in place;
no table is recreated (see 0003 for why that matters).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_desk"
down_revision: str | None = "0006_network"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("plan_measure", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("monthly_pay_eur", sa.Numeric(precision=12, scale=2), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("plan_measure", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("monthly_pay_eur")
