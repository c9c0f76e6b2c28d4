"""office replicas get a code tag of their own: a restored backup never suggests its newer self's codes

Revision ID: 0014_replica_tags
Revises: 0013_pool_index
Create Date: 2026-12-02 22:05:00

One nullable column on ``office_replica`` with a unique index: the number the office allots to a replica (a
workspace identity) that asks for a code tag of its own (``POST /v1/replica``), from the same series as the
devices' numbers (``office_device.code_tag_number``), so no tag is ever handed out twice. A restored backup or a
renamed copy is a new replica without a tag until the office gives it one (docs/sync.md, "Identity"). Existing
replicas keep none: they go on with their device's tag. No table is recreated: SQLite adds the column and the
index in place.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_replica_tags"
down_revision: str | None = "0013_pool_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_office_replica_code_tag_number"


def upgrade() -> None:
    with op.batch_alter_table("office_replica", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("code_tag_number", sa.Integer(), nullable=True))
    op.create_index(INDEX, "office_replica", ["code_tag_number"], unique=True)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="office_replica")
    with op.batch_alter_table("office_replica", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("code_tag_number")
