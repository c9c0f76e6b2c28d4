"""offer catalogues from providers: provider and course IDs, runs, limits, retirement, review; ESCO URIs

Revision ID: 0005_offers
Revises: 0004_office
Create Date: 2026-12-02 06:40:00

Only new columns, each with a server default, so no row is rewritten and no table is recreated (a rebuild with
foreign keys on would cascade into plan measures). Offers already stored keep ``competences_confirmed`` true:
their competences came from a checked content file. ``competence.uri`` keeps an ESCO concept's URI.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_offers"
down_revision: str | None = "0004_office"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEXT_COLUMNS = ("provider_id", "course_id", "source_catalog", "schedule", "certificate")


def upgrade() -> None:
    with op.batch_alter_table("training_offer", schema=None, recreate="never") as batch_op:
        for name in TEXT_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("sessions", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("min_participants", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("max_participants", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("retired", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("retired_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("competences_confirmed", sa.Boolean(), nullable=False, server_default=sa.true())
        )
    op.create_index("ix_training_offer_provider_id", "training_offer", ["provider_id"])
    with op.batch_alter_table("competence", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("uri", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("competence", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("uri")
    op.drop_index("ix_training_offer_provider_id", table_name="training_offer")
    with op.batch_alter_table("training_offer", schema=None, recreate="never") as batch_op:
        for name in (
            "competences_confirmed",
            "retired_on",
            "retired",
            "max_participants",
            "min_participants",
            "sessions",
            *reversed(TEXT_COLUMNS),
        ):
            batch_op.drop_column(name)
