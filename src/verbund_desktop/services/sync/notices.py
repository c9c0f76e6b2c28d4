"""What sync must tell the advisor (local changes dropped because of a deletion): read once, then marked seen."""

from __future__ import annotations

from sqlalchemy import select

from verbund_desktop.persistence.models.sync import sync_notice
from verbund_desktop.persistence.workspace import Workspace


def take_notices(ws: Workspace) -> list[str]:
    """The unseen notices, oldest first; they are marked seen."""
    with ws.unit_of_work() as uow:
        rows = uow.session.execute(
            select(sync_notice.c.id, sync_notice.c.text)
            .where(sync_notice.c.seen.is_(False))
            .order_by(sync_notice.c.id)
        ).all()
        if rows:
            uow.session.execute(
                sync_notice.update().where(sync_notice.c.id.in_([r.id for r in rows])).values(seen=True)
            )
            uow.commit()
    return [r.text for r in rows]
