"""Revision 0002_weighted_headcount: a 0001 workspace with companies migrates without losing a record."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from verbund_desktop.persistence.migrate import alembic_config
from verbund_desktop.persistence.models import Company

NOW = "2024-01-01 00:00:00.000000"


def _insert_0001_companies(conn: object, rows: list[tuple[str, int, int]]) -> list[str]:
    network = uuid.uuid4().hex
    conn.execute(  # type: ignore[attr-defined]
        text(
            "INSERT INTO network (id, name, region, description, created_at, updated_at) "
            "VALUES (:id, 'Verbund', '', '', :now, :now)"
        ),
        {"id": network, "now": NOW},
    )
    ids = []
    for name, headcount, linked in rows:
        ident = uuid.uuid4().hex
        ids.append(ident)
        conn.execute(  # type: ignore[attr-defined]
            text(
                "INSERT INTO company (id, network_id, name, industry, headcount, headcount_linked, postcode, "
                "region, works_council, training_agreement, contact_name, contact_email, contact_phone, notes, "
                "retention_months, created_at, updated_at) VALUES (:id, :network, :name, '', :headcount, "
                ":linked, '', '', 1, 1, 'Kontakt', '', '', 'Notiz', 36, :now, :now)"
            ),
            {
                "id": ident,
                "network": network,
                "name": name,
                "headcount": headcount,
                "linked": linked,
                "now": NOW,
            },
        )
    return ids


def test_integer_headcounts_migrate_unchanged_and_quarters_can_be_stored(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    rows = [("Klein GmbH", 1, 1), ("Mittel KG", 49, 120), ("Südwest Logistik AG", 320, 610)]
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001_initial")
        _insert_0001_companies(conn, rows)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with Session(engine) as session:
        stored = {
            c.name: (c.headcount, c.headcount_linked, c.notes, c.training_agreement)
            for c in session.scalars(select(Company))
        }
        assert stored == {name: (Decimal(own), Decimal(group), "Notiz", True) for name, own, group in rows}
        assert all(str(h) in {"1", "49", "320"} for h, *_ in stored.values())  # no "49.00"
        company = session.scalars(select(Company).where(Company.name == "Mittel KG")).one()
        company.headcount = Decimal("49.75")
        session.commit()
    with Session(engine) as session:
        company = session.scalars(select(Company).where(Company.name == "Mittel KG")).one()
        assert company.headcount == Decimal("49.75") and str(company.headcount) == "49.75"


def test_the_check_still_refuses_a_headcount_of_zero(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'new.db'}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with pytest.raises(IntegrityError), engine.begin() as conn:
        _insert_0001_companies(conn, [("Null GmbH", 0, 0)])
