"""The wire format: canonical values round-trip, unknown or missing fields are refused, never dropped."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verbund_desktop.sync.encoding import WireError, canonical_json, decode, encode
from verbund_desktop.sync.messages import Change, Changeset, changeset_from_wire, changeset_to_wire

times = st.datetimes(timezones=st.just(UTC), min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1))


@given(value=times)
def test_times_round_trip_with_microseconds(value: datetime) -> None:
    wire = encode("datetime", value)
    assert wire.endswith("Z") and decode("datetime", wire) == value


@given(
    text=st.one_of(
        times.map(lambda t: encode("datetime", t)),
        st.from_regex(r"\A[0-9]{1,5}-[0-9]{1,3}-[0-9]{1,3}T[0-9]{1,3}:[0-9]{1,3}:[0-9]{1,3}\.[0-9]{1,7}Z?\Z"),
    )
)
def test_times_are_read_as_strptime_reads_them(text: str) -> None:
    """The fast path for the canonical form gives the same value, and any other form the same value or the same
    refusal, as reading every time with ``strptime`` did."""
    try:
        expected: datetime | None = datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    except ValueError:
        expected = None
    if expected is None:
        with pytest.raises(WireError):
            decode("datetime", text)
    else:
        assert decode("datetime", text) == expected


@given(value=st.uuids())
def test_uuids_are_lowercase_and_hyphenated(value: uuid.UUID) -> None:
    assert encode("uuid", value.hex.upper()) == str(value) == encode("uuid", value)


@given(value=st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False))
def test_decimals_keep_their_scale(value: Decimal) -> None:
    wire = encode("decimal", float(value), scale=2)  # SQLite hands out a float, PostgreSQL a Decimal
    assert wire == encode("decimal", value, scale=2) and decode("decimal", wire) == value


def test_json_and_dates_are_canonical() -> None:
    assert canonical_json(encode("json", {"b": 1, "a": [1, 2]})) == b'{"a":[1,2],"b":1}'
    assert encode("date", date(2026, 12, 2)) == "2026-12-02" and encode("bool", 1) is True
    with pytest.raises(WireError):
        decode("int", "7")
    with pytest.raises(WireError):
        encode("datetime", datetime(2026, 1, 1))  # naive: refused


def sample() -> Changeset:
    return Changeset(
        id=str(uuid.uuid4()),
        replica_id=str(uuid.uuid4()),
        local_seq=3,
        schema_rev="0008_sync",
        changes=(
            Change("employee", str(uuid.uuid4()), "update", 2, {"notes": "x"}),
            Change("department", str(uuid.uuid4()), "delete", 1),
        ),
    )


def test_changesets_round_trip_and_unknown_fields_are_refused() -> None:
    changeset = sample()
    wire = changeset_to_wire(changeset)
    assert changeset_from_wire(wire) == changeset
    with pytest.raises(WireError, match="passt nicht"):
        changeset_from_wire({**wire, "priority": 1})
    with pytest.raises(WireError, match="passt nicht"):
        changeset_from_wire({k: v for k, v in wire.items() if k != "schema_rev"})
    tombstone = {**wire["changes"][1], "new": {"first_name": "Anna"}}
    with pytest.raises(WireError, match="trägt keine Inhalte"):
        changeset_from_wire({**wire, "changes": [tombstone]})
