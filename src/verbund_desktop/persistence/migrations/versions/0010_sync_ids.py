"""office devices get a number: their laptops' code tag, so that suggested pseudonym codes cannot collide

Revision ID: 0010_sync_ids
Revises: 0011_office_users
Create Date: 2026-12-02 18:40:00

One nullable column on ``office_device`` with a unique index: the device's number at the office (1, 2, …),
handed to the laptop at enrolment as letters ("A", "B", …) that every pseudonym code it suggests carries
("BM-C06"; docs/sync.md, "Identity"). Devices enrolled before get numbers in the order of their enrolment (their
laptops learn them only when connected anew). No table is recreated (see 0003 for why that matters): SQLite
adds the column and the index in place.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_sync_ids"
down_revision: str | None = "0011_office_users"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_office_device_code_tag_number"


def upgrade() -> None:
    with op.batch_alter_table("office_device", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("code_tag_number", sa.Integer(), nullable=True))
    conn = op.get_bind()
    devices = sa.table(
        "office_device", sa.column("id"), sa.column("enrolled_at"), sa.column("code_tag_number")
    )
    ids = conn.execute(sa.select(devices.c.id).order_by(devices.c.enrolled_at, devices.c.id)).scalars().all()
    for number, ident in enumerate(ids, start=1):
        conn.execute(devices.update().where(devices.c.id == ident).values(code_tag_number=number))
    op.create_index(INDEX, "office_device", ["code_tag_number"], unique=True)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="office_device")
    with op.batch_alter_table("office_device", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("code_tag_number")
