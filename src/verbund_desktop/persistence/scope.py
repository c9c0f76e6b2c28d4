"""Which network (and which company) every table's rows belong to — the scope the office syncs by.

Decision (docs/office.md): a ``network_id`` column only where the row hangs directly under the network
(``advisor``, ``company``; ``network`` is its own). Every other synced row belongs to a company and is derived
through its parent chain (``measure_gap → plan_measure → development_plan → employee → company``), which never
changes after creation; a second copy of ``network_id`` on every row would be one more thing that could disagree.
Catalogue content (competences, guides, offers) is shared by every network of the office and pulled by everyone;
local-only tables never leave their database. ``tests/office/test_scope.py`` proves every table is classified and
every hop is a real foreign key, so a new table must decide here.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Select, select
from sqlalchemy.sql.expression import ColumnElement

from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.models.office import OFFICE_ONLY_TABLES

# Rows with a network_id column of their own (network: its id).
NETWORK_TABLES = {"network": "id", "advisor": "network_id", "company": "network_id"}

# Rows of a company: table → (column, parent table); the chain ends at ``company``.
COMPANY_PARENT = {
    "department": ("company_id", "company"),
    "role_profile": ("company_id", "company"),
    "employee": ("company_id", "company"),
    "company_interview": ("company_id", "company"),
    "role_target": ("role_id", "role_profile"),
    "interview_answer": ("interview_id", "company_interview"),
    "competency_assessment": ("employee_id", "employee"),
    "consent_record": ("employee_id", "employee"),
    "development_plan": ("employee_id", "employee"),
    "competency_rating": ("assessment_id", "competency_assessment"),
    "plan_measure": ("plan_id", "development_plan"),
    "measure_gap": ("measure_id", "plan_measure"),
}

# Content every network of the office shares: owned by the office, pulled read-only by every laptop.
SHARED_TABLES = frozenset(
    {
        "competence_catalog",
        "catalog_level",
        "competence_area",
        "competence",
        "interview_guide",
        "guide_section",
        "guide_question",
        "training_offer",
        "offer_competence",
    }
)

# Never synced: per-replica state (settings hold the device credential; the audit trail is each replica's own
# record of what happened there) and the office's own tables.
LOCAL_ONLY_TABLES = frozenset({"workspace_setting", "content_version", "audit_event"}) | OFFICE_ONLY_TABLES
# Sync bookkeeping and the office's own tables are local by their name (as in ``persistence.sync_capture``).
LOCAL_ONLY_PREFIXES = ("sync_", "office_", "device_")


def is_local_only(table: str) -> bool:
    return table in LOCAL_ONLY_TABLES or table.startswith(LOCAL_ONLY_PREFIXES)


def company_path(table: str) -> list[tuple[str, str, str]]:
    """The hops (table, column, parent) from ``table`` up to ``company``; empty for ``company`` itself."""
    hops: list[tuple[str, str, str]] = []
    while table != "company":
        if table not in COMPANY_PARENT:
            raise KeyError(f"{table} is not a company's table")
        column, parent = COMPANY_PARENT[table]
        hops.append((table, column, parent))
        table = parent
    return hops


def company_of(table: str, row_id: uuid.UUID) -> Select[tuple[uuid.UUID]]:
    """``SELECT company.id`` of the row ``row_id`` of a company's table (a row of ``company``: itself)."""
    tables = Base.metadata.tables
    company = tables["company"]
    query = select(company.c.id)
    where: ColumnElement[bool] = tables[table].c.id == row_id
    for child, column, parent in company_path(table):
        query = query.join_from(tables[child], tables[parent], tables[child].c[column] == tables[parent].c.id)
    return query.where(where)


def network_of(table: str, row_id: uuid.UUID) -> Select[tuple[uuid.UUID]]:
    """``SELECT network_id`` of the row ``row_id`` of any network's or company's table."""
    tables = Base.metadata.tables
    if table in NETWORK_TABLES:
        own = tables[table]
        return select(own.c[NETWORK_TABLES[table]]).where(own.c.id == row_id)
    inner = company_of(table, row_id).scalar_subquery()
    company = tables["company"]
    return select(company.c.network_id).where(company.c.id == inner)
