"""two ratings indexes less: each was the first column of another index

Revision ID: 0016_rating_indexes
Revises: 0015_funder_sql
Create Date: 2026-12-02 22:30:00

``ix_competency_rating_assessment_id`` is the first column of the unique (assessment, competence) index, and
``ix_competency_rating_competence_id`` the first column of ``ix_competency_rating_pool`` (0013): every lookup by
assessment or by competence, and the cascades of deleting either, use those indexes just as well. The two only
cost: 10.5 of 96 MiB in the 300-company workspace, a third of `verbund check`'s integrity check (it verifies
every index against its table) and a part of every rating's write. No table is recreated and no row changes.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016_rating_indexes"
down_revision: str | None = "0015_funder_sql"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DROPPED = {
    "ix_competency_rating_assessment_id": "assessment_id",
    "ix_competency_rating_competence_id": "competence_id",
}


def upgrade() -> None:
    for name in DROPPED:
        op.drop_index(name, table_name="competency_rating")


def downgrade() -> None:
    for name, column in DROPPED.items():
        op.create_index(name, "competency_rating", [column])
