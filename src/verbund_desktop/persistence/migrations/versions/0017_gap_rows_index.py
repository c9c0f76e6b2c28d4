"""the funder's gap index holds only the ratings with a gap: a partial index in place of 0015's covering one

Revision ID: 0017_gap_rows_index
Revises: 0016_rating_indexes
Create Date: 2026-12-04 18:30:00

``ix_competency_rating_gap_rows (assessment_id, catalog_id) WHERE <the rating has a gap>`` replaces
``ix_competency_rating_gaps`` (0015: every rating with its four levels and catalogue). The funder's gap figures
(``funder_figures.gap_people``) count each interview's gaps and digital gaps; their WHERE is the index's own,
so SQLite reads only the 84,000 gap entries of the 126,000 ratings (assessment and catalogue) and evaluates no
level: that pass over bench_network's 300 companies 62 → 17 ms CPU (warm cache), ``gap_people`` in the report
(cold cache) 125 → 95 ms CPU; the index is about half the size of the old one. The condition is
written out as ``persistence.models.interview.gap_terms`` renders it (on SQLite ``IS 0``, on PostgreSQL
``IS false``). No table is recreated and no row changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_gap_rows_index"
down_revision: str | None = "0016_rating_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ABOVE_CURRENT = (
    "target_level IS NOT NULL AND target_level > coalesce(agreed_level, CASE WHEN (self_level IS NULL) THEN "
    "supervisor_level WHEN (supervisor_level IS NULL) THEN self_level WHEN (self_level < supervisor_level) THEN "
    "self_level ELSE supervisor_level END)"
)
OLD_COLUMNS = [
    "assessment_id",
    "target_level",
    "agreed_level",
    "self_level",
    "supervisor_level",
    "not_applicable",
    "catalog_id",
]


def upgrade() -> None:
    op.drop_index("ix_competency_rating_gaps", table_name="competency_rating")
    op.create_index(
        "ix_competency_rating_gap_rows",
        "competency_rating",
        ["assessment_id", "catalog_id"],
        sqlite_where=sa.text(f"not_applicable IS 0 AND {_ABOVE_CURRENT}"),
        postgresql_where=sa.text(f"not_applicable IS false AND {_ABOVE_CURRENT}"),
    )


def downgrade() -> None:
    op.drop_index("ix_competency_rating_gap_rows", table_name="competency_rating")
    op.create_index("ix_competency_rating_gaps", "competency_rating", OLD_COLUMNS)
