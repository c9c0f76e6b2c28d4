"""Sync bookkeeping tables (issue 12). Never captured themselves (see ``persistence.sync_capture``).

Laptop side: ``sync_state`` (one row: capture switch, trigger fingerprint, replica identity, counters, pull
cursor), the outbox ``sync_change`` rows (written by triggers) grouped into ``sync_changeset`` rows (one per local
transaction), ``sync_row_version`` (the office version each row was last based on), ``sync_conflict`` and
``sync_notice`` (what the advisor must be told, without personal data). Office side: ``office_sync_row`` (version,
total order, scope, tombstone of every row), ``office_sync_log`` (every changeset received: idempotency),
``office_sync_seq`` (the total order per network) and ``office_conflict``.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Index, Integer, String, Table, Text

from verbund_desktop.persistence.base import Base

sync_state = Table(
    "sync_state",
    Base.metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("capture", Integer, nullable=False, server_default="1"),
    Column("trigger_fingerprint", String, nullable=False, server_default=""),
    Column("replica_id", String, nullable=False, server_default=""),
    Column("next_local_seq", Integer, nullable=False, server_default="1"),
    Column("pull_cursor", Integer, nullable=False, server_default="0"),
    Column("file_seq_out", Integer, nullable=False, server_default="0"),
    Column("file_seq_in", Integer, nullable=False, server_default="0"),
    # Keys of the sync file, set at enrolment (hex): AES-GCM key shared with the office, this replica's Ed25519
    # signing key and the office's public key. Inside the encrypted workspace, never in a log.
    Column("file_key", String, nullable=False, server_default=""),
    Column("signing_key", String, nullable=False, server_default=""),
    Column("office_public_key", String, nullable=False, server_default=""),
)

sync_change = Table(
    "sync_change",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("changeset_id", String, nullable=True, index=True),
    Column("tbl", String, nullable=False),
    Column("row_id", String, nullable=False),
    Column("op", String, nullable=False),
    Column("base_version", Integer, nullable=False),
    Column("old_data", Text, nullable=True),
    Column("new_data", Text, nullable=True),
    Column("after_changeset", String, nullable=True),  # the sent, unanswered changeset of the row before
    Index("ix_sync_change_row", "tbl", "row_id"),
)

sync_changeset = Table(
    "sync_changeset",
    Base.metadata,
    Column("id", String, primary_key=True),
    Column("local_seq", Integer, nullable=False, unique=True),
    Column("status", String, nullable=False),
    Column("created_at", String, nullable=False),
    Column("server_seq", Integer, nullable=True),
    Column("message", Text, nullable=False, server_default=""),
)

sync_row_version = Table(
    "sync_row_version",
    Base.metadata,
    Column("tbl", String, primary_key=True),
    Column("row_id", String, primary_key=True),
    Column("version", Integer, nullable=False),
)

sync_conflict = Table(
    "sync_conflict",
    Base.metadata,
    Column("id", String, primary_key=True),
    Column("changeset_id", String, nullable=False, index=True),
    Column("tbl", String, nullable=False),
    Column("row_id", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("fields", Text, nullable=False, server_default="[]"),
    Column("mine", Text, nullable=True),
    Column("theirs", Text, nullable=True),
    Column("theirs_version", Integer, nullable=False, server_default="0"),
    Column("existing_id", String, nullable=True),
    Column("detected_at", String, nullable=False),
    Column("resolution", String, nullable=True),
)

sync_notice = Table(
    "sync_notice",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("created_at", String, nullable=False),
    Column("text", Text, nullable=False),
    Column("seen", Boolean, nullable=False, server_default="0"),
)

office_sync_row = Table(
    "office_sync_row",
    Base.metadata,
    Column("tbl", String, primary_key=True),
    Column("row_id", String, primary_key=True),
    Column("network_id", String, nullable=False),
    Column("company_id", String, nullable=True),
    Column("version", Integer, nullable=False),
    Column("server_seq", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False, server_default="0"),
    Column("field_versions", Text, nullable=False, server_default="{}"),  # column -> version it last changed
    Index("ix_office_sync_row_order", "network_id", "server_seq"),
)

office_sync_log = Table(
    "office_sync_log",
    Base.metadata,
    Column("changeset_id", String, primary_key=True),
    Column("replica_id", String, nullable=False),
    Column("local_seq", Integer, nullable=False),
    Column("payload_sha256", String, nullable=False),
    Column("status", String, nullable=False),
    Column("server_seq", Integer, nullable=True),
    Column("result", Text, nullable=False),
    Column("received_at", String, nullable=False),
    Index("ix_office_sync_log_replica", "replica_id", "local_seq"),
)

office_sync_seq = Table(
    "office_sync_seq",
    Base.metadata,
    Column("network_id", String, primary_key=True),
    Column("last_seq", Integer, nullable=False),
)

office_conflict = Table(
    "office_conflict",
    Base.metadata,
    Column("id", String, primary_key=True),
    Column("changeset_id", String, nullable=False, index=True),
    Column("replica_id", String, nullable=False),
    Column("tbl", String, nullable=False),
    Column("row_id", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("detected_at", String, nullable=False),
)

SYNC_TABLES = frozenset(
    t.name
    for t in (
        sync_state,
        sync_change,
        sync_changeset,
        sync_row_version,
        sync_conflict,
        sync_notice,
        office_sync_row,
        office_sync_log,
        office_sync_seq,
        office_conflict,
    )
)
# Tables whose text only mirrors domain rows (the outbox holds each row's latest synced values, coalesced by
# capture): erasure scrubs the rows themselves, never these copies (a namesake's pending insert must stay whole).
MIRROR_TABLES = frozenset({"sync_change"})
