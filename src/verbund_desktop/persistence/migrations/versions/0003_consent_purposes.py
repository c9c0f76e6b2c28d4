"""consent per purpose: controller address, data protection officer and supervisory authority

Revision ID: 0003_consent_purposes
Revises: 0002_weighted_headcount
Create Date: 2026-12-01 22:00:00

Consent records keep their purpose string: every existing record has purpose "kompetenzerhebung", which is
purpose (1), so an old record counts for the interview and plan only. New columns carry the facts the Art. 13
sheet needs; they start empty (the sheet then says what is missing), no row is rewritten.

Never recreate a table here: the workspace runs migrations with foreign keys on (the PRAGMA cannot change
inside the migration's transaction), and dropping the old copy of ``network`` or ``company`` would cascade
into every company, person and record. SQLite adds and drops these plain columns in place. The
empty server default lets rows written without the new columns (older code, raw SQL) still insert.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_consent_purposes"
down_revision: str | None = "0002_weighted_headcount"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NETWORK_COLUMNS = ("street", "postcode", "city", "contact", "dpo_name", "dpo_contact", "authority_name")
COMPANY_COLUMNS = ("street", "dpo_name", "dpo_contact")


def upgrade() -> None:
    with op.batch_alter_table("network", schema=None, recreate="never") as batch_op:
        for name in NETWORK_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("authority_address", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("company", schema=None, recreate="never") as batch_op:
        for name in COMPANY_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("company", schema=None, recreate="never") as batch_op:
        for name in reversed(COMPANY_COLUMNS):
            batch_op.drop_column(name)
    with op.batch_alter_table("network", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("authority_address")
        for name in reversed(NETWORK_COLUMNS):
            batch_op.drop_column(name)
