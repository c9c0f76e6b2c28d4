"""The program's bundled content loaded into the office database (``verbund office init`` after the upgrade).

A laptop with a newer program loads the catalogues, guides and example offers it lacks at open
(``services/workspace/content.py``); the office does the same here, with the same loader, so that laptops still
on the older program pull that content (and a rating of a competence only the newer version has is not refused
by the office's foreign key). The changed rows enter the network's sync order (``office_content_order``). Only
an office that holds its network (seeded or in use) is loaded: an empty one gets the content with
``verbund office seed``, which refuses a database that already holds rows. An office with several networks is
left alone (a shared row can stand in one network's order only; loading it for one would hide it from the
others). Run again, nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text

from verbund_desktop.persistence.models import Network
from verbund_desktop.services.office.database import OfficeDatabase
from verbund_desktop.services.sync.office_content_order import enter_content_changes, shared_rows
from verbund_desktop.services.workspace.content import ContentSyncReport, sync_builtin_content

_CONTENT_LOCK = 0x5642_434F  # "VBCO": two inits load one after the other


@dataclass(frozen=True)
class OfficeContentReport:
    loaded: ContentSyncReport | None  # None: not loaded (see ``skipped``)
    rows_entered: int = 0
    skipped: str | None = None  # why nothing was loaded, in German


def load_bundled_content(office: OfficeDatabase) -> OfficeContentReport:
    """Load the bundled content the office lacks and enter it into the sync order (see the module text)."""
    with office.unit_of_work() as uow:
        s = uow.session
        s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _CONTENT_LOCK})
        networks = [str(n) for n in s.scalars(select(Network.id))]
        if not networks:
            return OfficeContentReport(
                None,
                skipped="Die Büro-Datenbank hat noch keinen Verbund; die Inhalte kommen mit „office seed“.",
            )
        if len(networks) > 1:
            return OfficeContentReport(
                None, skipped="Die Büro-Datenbank hat mehrere Verbünde; mitgelieferte Inhalte nicht geladen."
            )
        before = shared_rows(s)
        report = sync_builtin_content(s)
        s.flush()
        entered = enter_content_changes(s, networks[0], before, shared_rows(s)) if report.changed else 0
        uow.commit()
    return OfficeContentReport(report, rows_entered=entered)
