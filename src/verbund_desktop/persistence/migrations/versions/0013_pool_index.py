"""an index for the pooled demand: the ratings' levels in (competence, target level) order

Revision ID: 0013_pool_index
Revises: 0010_sync_ids
Create Date: 2026-12-02 19:00:00

One covering index on ``competency_rating``: the pooled demand counts the gaps per competence and target level
over the whole network; with every column it reads in the index, SQLite (the laptop) walks the index in the
order of the grouping instead of sorting the rows, and reads no table page (bench_network). Building it reads
the ratings once (a few seconds for 130,000 ratings); no table is recreated and no row changes.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013_pool_index"
down_revision: str | None = "0010_sync_ids"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = [
    "competence_id",
    "target_level",
    "assessment_id",
    "agreed_level",
    "self_level",
    "supervisor_level",
    "not_applicable",
]


def upgrade() -> None:
    op.create_index("ix_competency_rating_pool", "competency_rating", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_competency_rating_pool", table_name="competency_rating")
