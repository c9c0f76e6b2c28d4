"""JSON encoding of printed view models, so a frozen plan version can be shown exactly as it was printed.

The snapshot of a :class:`DevelopmentPlanView` is stored in ``DevelopmentPlan.snapshot`` (a JSON column).
Decimals become strings (no binary rounding), dates ISO strings, enum members their value; decoding reads
the dataclass type hints, so every value comes back with its original type. :func:`to_json_value` is also
used for the old/new values of audit events.
"""

from __future__ import annotations

import dataclasses
import types
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import cache
from typing import Any, Union, get_args, get_origin, get_type_hints

from verbund_desktop.assessment.errors import UserError
from verbund_desktop.report.viewmodels import DevelopmentPlanView

SNAPSHOT_FORMAT = 1
SNAPSHOT_KIND = "development_plan"


class SnapshotError(UserError, ValueError):
    """A stored snapshot cannot be read; the message is German."""


def to_json_value(value: Any) -> Any:
    """A JSON-compatible copy of ``value`` (dataclass, tuple/list, dict, Decimal, date, enum, scalars)."""
    if value is None or isinstance(value, bool | int | str):
        return value.value if isinstance(value, Enum) else value
    if isinstance(value, Enum):
        return to_json_value(value.value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json_value(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [to_json_value(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_json_value(item) for key, item in value.items()}
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")


def encode_plan_view(view: DevelopmentPlanView) -> dict[str, Any]:
    """The snapshot stored with a frozen plan version."""
    return {"format": SNAPSHOT_FORMAT, "kind": SNAPSHOT_KIND, "view": to_json_value(view)}


def decode_plan_view(snapshot: Any) -> DevelopmentPlanView:
    """The view model of a stored snapshot; raises SnapshotError when it is damaged or of another format."""
    if not isinstance(snapshot, dict) or snapshot.get("kind") != SNAPSHOT_KIND:
        raise SnapshotError("Die gespeicherte Druckfassung ist kein Entwicklungsplan.")
    if snapshot.get("format") != SNAPSHOT_FORMAT:
        raise SnapshotError(
            f"Die gespeicherte Druckfassung hat das Format {snapshot.get('format')!r}; "
            f"dieses Programm liest Format {SNAPSHOT_FORMAT}."
        )
    try:
        view: DevelopmentPlanView = from_json_value(DevelopmentPlanView, snapshot.get("view"))
    except (TypeError, ValueError, KeyError, InvalidOperation) as exc:
        raise SnapshotError(f"Die gespeicherte Druckfassung ist beschädigt: {exc}") from exc
    return view


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def from_json_value(tp: Any, raw: Any) -> Any:
    """Rebuild a value of type ``tp`` from :func:`to_json_value` output (raises TypeError/ValueError)."""
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = get_args(tp)
        if raw is None and type(None) in args:
            return None
        rest = [arg for arg in args if arg is not type(None)]
        if len(rest) != 1:
            raise TypeError(f"unsupported union {tp}")
        return from_json_value(rest[0], raw)
    if origin is tuple:
        if not isinstance(raw, list):
            raise TypeError(f"expected a list for {tp}, got {type(raw).__name__}")
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_json_value(args[0], item) for item in raw)
        if len(args) != len(raw):
            raise ValueError(f"expected {len(args)} items, got {len(raw)}")
        return tuple(from_json_value(arg, item) for arg, item in zip(args, raw, strict=True))
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dataclass(tp, raw)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(raw)
    if tp is Decimal:
        if not isinstance(raw, str):
            raise TypeError(f"expected a decimal string, got {raw!r}")
        return Decimal(raw)
    if tp is date:
        if not isinstance(raw, str):
            raise TypeError(f"expected an ISO date, got {raw!r}")
        return date.fromisoformat(raw)
    if tp is bool:
        if not isinstance(raw, bool):
            raise TypeError(f"expected true/false, got {raw!r}")
        return raw
    if tp is int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise TypeError(f"expected an integer, got {raw!r}")
        return raw
    if tp is str:
        if not isinstance(raw, str):
            raise TypeError(f"expected text, got {raw!r}")
        return raw
    if tp is Any:
        return raw
    raise TypeError(f"unsupported type {tp}")


def _dataclass(cls: type, raw: Any) -> Any:
    if not isinstance(raw, dict):
        raise TypeError(f"expected an object for {cls.__name__}, got {type(raw).__name__}")
    hints = _hints(cls)
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name in raw:
            values[f.name] = from_json_value(hints[f.name], raw[f.name])
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise KeyError(f"{cls.__name__}.{f.name} fehlt")
    return cls(**values)
