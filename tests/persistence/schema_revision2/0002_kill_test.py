"""Test-only revision 2 (not shipped): a real schema change with DDL and data, to kill and to fail.

A new table filled from ``audit_event``, and through batch mode a new column on a rebuilt ``audit_event`` table
(SQLite's copy-drop-rename; no table refers to it), so that an interrupted upgrade visibly leaves half a schema.
``VERBUND_TEST_MIGRATION_FAIL=1`` makes it fail after all of its DDL ran.
"""

import os

import sqlalchemy as sa
from alembic import op

from verbund_desktop.persistence.migrations import HEAD_REVISION

revision = "0002_kill_test"
down_revision = HEAD_REVISION  # revision 1 of these tests is the shipped head
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kill_test_note",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.String, nullable=False),
        sa.Column("text", sa.String, nullable=False),
    )
    op.execute("INSERT INTO kill_test_note (event_id, text) SELECT id, actor FROM audit_event")
    with op.batch_alter_table("audit_event", recreate="always") as batch:
        batch.add_column(sa.Column("kill_test_label", sa.String, nullable=True))
    op.execute("UPDATE audit_event SET kill_test_label = 'R2:' || actor")
    if os.environ.get("VERBUND_TEST_MIGRATION_FAIL") == "1":
        raise RuntimeError("revision 2 fails on purpose")


def downgrade() -> None:
    with op.batch_alter_table("audit_event", recreate="always") as batch:
        batch.drop_column("kill_test_label")
    op.drop_table("kill_test_note")
