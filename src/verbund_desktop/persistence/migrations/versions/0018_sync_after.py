"""a change sent before the answer to an earlier change of the same row names that changeset (``after``)

Revision ID: 0018_sync_after
Revises: 0017_gap_rows_index
Create Date: 2026-12-04 22:00:00

``sync_change.after_changeset``: set when the change is first handed to the office, to the sent, unanswered
changeset of this replica that changed the same row before (two sync files exported before the first one's
answer came back, or an answer lost over HTTPS). The office then takes the change's base version when every
version since is that changeset's own (``services/sync/office_checks.py``), instead of a conflict of the
advisor with herself. Nullable, no row changes; a column is added, no table recreated.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018_sync_after"
down_revision: str | None = "0017_gap_rows_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("sync_change", sa.Column("after_changeset", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_change") as batch:
        batch.drop_column("after_changeset")
