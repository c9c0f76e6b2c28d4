"""One canonical encoding of every column value, identical whether it was read from SQLite or PostgreSQL.

Each column has a *kind* (decided from its SQLAlchemy type by the services); a value is encoded for its kind:

- ``uuid``: lowercase, hyphenated text; ``datetime``: ISO 8601 in UTC with microseconds and ``Z``;
- ``date``: ``YYYY-MM-DD``; ``decimal``: text with the column's scale (``"49.75"``, ``"1200.00"``);
- ``bool``, ``int``, ``float``, ``str``: the JSON value; ``json``: the value itself, serialised with sorted keys.

Byte-identical encodings on both sides mean a value that did not change never looks changed (geodiff's false
conflicts came from SQLite and PostgreSQL storing times, decimals and UUIDs differently).
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from verbund_desktop.assessment.errors import UserError

KINDS = frozenset({"uuid", "datetime", "date", "decimal", "bool", "int", "float", "str", "json"})
_DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
# The exact form ``encode`` writes (four-digit year, two-digit fields, six-digit microseconds): read by
# ``datetime.fromisoformat``, about 8 times cheaper than ``strptime`` (which also looks up the locale per call).
_CANONICAL_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z")
_PLAIN: dict[str, type | tuple[type, ...]] = {"bool": bool, "int": int, "float": (int, float), "str": str}


class WireError(UserError):
    """A message that does not follow the sync format; nothing of it is applied."""


def encode(kind: str, value: Any, scale: int | None = None) -> Any:
    """The canonical JSON-able form of ``value`` for a column of ``kind`` (None stays None)."""
    if value is None:
        return None
    if kind == "uuid":
        return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))
    if kind == "datetime":
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise WireError("Ein Zeitpunkt ohne Zeitzone kann nicht übertragen werden.")
        return value.astimezone(UTC).strftime(_DATETIME_FORMAT)
    if kind == "date":
        return value.isoformat()
    if kind == "decimal":
        number = Decimal(str(value))
        return str(number.quantize(Decimal(1).scaleb(-scale)) if scale is not None else number)
    if kind == "bool":
        return bool(value)
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    if kind == "str":
        return str(value)
    if kind == "json":
        return value  # already the Python value (a JSON string stays a string)
    raise WireError(f"Unbekannte Wertart „{kind}“.")


def decode(kind: str, wire: Any) -> Any:
    """The Python value of the canonical ``wire`` form; a malformed value raises WireError."""
    if wire is None:
        return None
    try:
        return _decode(kind, wire)
    except (ValueError, TypeError, InvalidOperation) as exc:
        raise WireError(f"Ein Wert der Art „{kind}“ ist nicht im Sync-Format.") from exc


def _decode(kind: str, wire: Any) -> Any:
    if kind == "uuid":
        return uuid.UUID(_text(wire))
    if kind == "datetime":
        return _datetime(_text(wire))
    if kind == "date":
        return date.fromisoformat(_text(wire))
    if kind == "decimal":
        return Decimal(_text(wire))
    if kind in _PLAIN:
        if not isinstance(wire, _PLAIN[kind]) or (kind in ("int", "float") and isinstance(wire, bool)):
            raise TypeError(kind)
        return float(wire) if isinstance(wire, int | float) and kind == "float" else wire
    if kind == "json":
        return wire
    raise WireError(f"Unbekannte Wertart „{kind}“.")


def _datetime(text: str) -> datetime:
    """The time of ``text`` in :data:`_DATETIME_FORMAT`; the canonical form the fast way, any other form exactly as
    ``strptime`` reads it (the same values and the same refusals as before)."""
    if _CANONICAL_DATETIME.fullmatch(text):
        return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)
    return datetime.strptime(text, _DATETIME_FORMAT).replace(tzinfo=UTC)


def _text(wire: Any) -> str:
    if not isinstance(wire, str):
        raise TypeError("text expected")
    return wire


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the bytes that are hashed, signed and compared."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode()
