"""offers without hours (openQCAT has no hour count) and openQCAT's duration class

Revision ID: 0012_offer_hours
Revises: 0007_desk
Create Date: 2026-12-02 18:30:00

Two new columns on ``training_offer``: ``hours_missing`` (the hours are still to be entered in the review; until
then the offer is neither suggested nor taken into a plan or a joint course) and ``duration_class`` (openQCAT's
``DURATION type``, 1 = bis 3 Tage … 9 = mehr als 3 Jahre). ``hours`` itself stays NOT NULL (0 while missing):
making it nullable would recreate the table on SQLite (see 0003 for why migrations here must not). SQLite adds
both columns in place; the sync capture triggers are generated again from the live schema after the upgrade.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_offer_hours"
down_revision: str | None = "0007_desk"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("training_offer", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("hours_missing", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("duration_class", sa.Integer(), nullable=True))


def _drop_capture_triggers() -> None:
    """SQLite refuses to drop a column a trigger names: drop the offer table's sync capture triggers and clear
    their fingerprint, so that the next open generates them again from the schema as it then is."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for kind in ("ins", "upd", "del"):
        op.execute(f'DROP TRIGGER IF EXISTS "sync_capture_training_offer_{kind}"')
    state = bind.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'")
    if state.first() is not None:
        op.execute("UPDATE sync_state SET trigger_fingerprint = ''")


def downgrade() -> None:
    _drop_capture_triggers()
    with op.batch_alter_table("training_offer", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("duration_class")
        batch_op.drop_column("hours_missing")
