"""Whether a device may write a row at all: its scope, checked before anything else of the change.

An advisor's device writes the rows of the companies assigned to the advisor (a new company too). An office
user's device (no company filter) writes every row of its network: the network's own rows (network, advisors,
companies, joint courses) and every company's rows, found through the company's ``network_id``. Neither writes
another network's rows — a row naming another network, or belonging to a company of one, refuses the whole
changeset — nor the content every network of the office shares (catalogues, guides, offers): each network pulls
its own order of changes, so a device's edit of shared content would reach its own network only. An identical
copy of shared content (a laptop that sends the bundled content it holds) is no change and passes.
"""

from __future__ import annotations

import uuid
from typing import Any

from verbund_desktop.assessment.errors import UserError
from verbund_desktop.persistence.scope import NETWORK_TABLES, SHARED_TABLES
from verbund_desktop.services.sync.office_lookup import RowLookup
from verbund_desktop.services.sync.office_rows import Scope, as_uuid
from verbund_desktop.services.sync.schema import synced_table

NOT_ASSIGNED = (
    "Dieses Gerät darf diesen Datensatz nicht ändern: Er gehört zu keinem der zugeordneten Betriebe "
    "(Kataloge und Angebote pflegt die Koordinierungsstelle). Nichts wurde übernommen."
)
OTHER_NETWORK = "Dieses Gerät darf diesen Datensatz nicht ändern: Er gehört zu einem anderen Verbund. Nichts wurde übernommen."
SHARED_CONTENT = (
    "Kataloge, Leitfäden und Angebote gelten für alle Verbünde der Koordinierungsstelle und werden nicht über "
    "ein Gerät geändert. Nichts wurde übernommen."
)


class Rejected(UserError):
    """A change the device may not make at all (outside its scope); the whole changeset is refused."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def _same(value: Any, network_id: str) -> bool:
    try:
        return value is not None and uuid.UUID(str(value)) == uuid.UUID(network_id)
    except ValueError:
        return False


def check_scope(
    lookup: RowLookup,
    device: Scope,
    table: str,
    company_id: str | None,
    values: dict[str, Any] | None,
    *,
    new_company: bool = False,
) -> None:
    """Refuse (:class:`Rejected`) a row the device may not write; ``values`` are the row's (merged) values."""
    if table in NETWORK_TABLES and values is not None:
        own = values.get("id") if table == "network" else values.get(NETWORK_TABLES[table])
        if not _same(own, device.network_id):
            raise Rejected("scope", OTHER_NETWORK)
    if device.company_ids is not None:
        if new_company:
            return
        if company_id is None or company_id not in device.company_ids:
            raise Rejected("scope", NOT_ASSIGNED)
        return
    if company_id is not None and table != "company":
        company = lookup.parent(synced_table("company"), as_uuid(company_id))
        # A company the office does not have yet is inserted by the same changeset (and checked there) or the
        # database refuses the row's foreign key.
        if company is not None and not _same(company.get("network_id"), device.network_id):
            raise Rejected("scope", OTHER_NETWORK)


def refuse_shared_write(device: Scope, table: str) -> None:
    """A real change (not an identical copy) of the content every network shares: refused for every device."""
    if table in SHARED_TABLES:
        raise Rejected("scope", SHARED_CONTENT)
