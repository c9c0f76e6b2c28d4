"""Values come back from PostgreSQL exactly as from SQLite: UUIDs, UTC times with microseconds (any offset in,
UTC out), decimals, weighted headcounts, dates, booleans, text and JSON (Hypothesis, both backends).

The types are the ones the models use (``Base.type_annotation_map``), on a scratch table of their own.
PostgreSQL refuses NUL characters in text columns, so text here has none; JSON strings may (they are escaped).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Boolean, Column, Engine, Integer, MetaData, Table, create_engine, insert, select

from tests import pg
from verbund_desktop.assessment.funding_format import MAX_HEADCOUNT, validate_headcount
from verbund_desktop.persistence.base import Base, UtcDateTime, WeightedHeadcount
from verbund_desktop.persistence.office_db import make_office_engine

TYPES = Base.type_annotation_map
metadata = MetaData()
values = Table(
    "portable_values",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("uid", TYPES[uuid.UUID]),
    Column("at", UtcDateTime()),
    Column("amount", TYPES[Decimal]),
    Column("headcount", WeightedHeadcount()),
    Column("day", TYPES[date]),
    Column("flag", Boolean),
    Column("text", TYPES[str]),
    Column("doc", TYPES[Any]),
)

texts = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=40)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)
offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
rows = st.fixed_dictionaries(
    {
        "uid": st.uuids(),
        "at": st.datetimes(
            min_value=datetime(1900, 1, 2), max_value=datetime(2199, 12, 30), timezones=offsets
        ),
        "amount": st.decimals(min_value=-(10**10) + 1, max_value=10**10 - 1, places=2),
        "headcount": st.integers(1, int(MAX_HEADCOUNT * 4)).map(lambda q: Decimal(q) / 4),
        "day": st.dates(),
        "flag": st.booleans(),
        "text": texts,
        "doc": json_values,
    }
)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest) -> Iterator[Engine]:
    if request.param == "sqlite":
        eng = create_engine("sqlite://")
        metadata.create_all(eng)
        yield eng
        eng.dispose()
        return
    with pg.fresh_database(migrated=False) as url:
        eng = make_office_engine(url)
        metadata.create_all(eng)
        yield eng
        eng.dispose()


@settings(max_examples=60)
@given(row=rows)
def test_every_value_comes_back_equal_and_times_in_utc(engine: Engine, row: dict[str, Any]) -> None:
    with engine.begin() as conn:
        pk = conn.execute(insert(values).values(**row).returning(values.c.pk)).scalar_one()
        back = conn.execute(select(values).where(values.c.pk == pk)).one()._asdict()
    back.pop("pk")
    assert back["at"].tzinfo == UTC and back["at"].microsecond == row["at"].microsecond
    assert back == row
    assert str(back["uid"]) == str(row["uid"]).lower()  # one text form for both
    assert back["headcount"] == row["headcount"] and back["amount"].as_tuple().exponent == -2


def test_a_headcount_beyond_the_column_is_refused_on_every_side() -> None:
    # SQLite would store it, PostgreSQL (the office) would not: the domain refuses it before either sees it.
    assert validate_headcount(MAX_HEADCOUNT) == []
    assert validate_headcount(MAX_HEADCOUNT + Decimal("0.25"))
