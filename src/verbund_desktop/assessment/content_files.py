"""Reading the bundled and imported data files: UTF-8 JSON, validated against a JSON Schema.

Every problem with a data file (missing, unreadable, not UTF-8, not JSON, not matching its schema, or failing a
semantic check in one of the loaders) surfaces as :class:`ContentError` with a German message that names the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError, ValidationError, best_match

from verbund_desktop.assessment.errors import Message, UserError, too_large_message
from verbund_desktop.files import FileTooLargeError, failure_reason, read_limited
from verbund_desktop.resources import resource_path

_MAX_SHOWN_VALUE = 60

_TYPE_NAMES_DE = {
    "string": "Text",
    "integer": "ganze Zahl",
    "number": "Zahl",
    "boolean": "Wahrheitswert (true/false)",
    "array": "Liste",
    "object": "Objekt",
    "null": "null",
}


class ContentError(UserError, ValueError):
    """A data file is malformed. ``str(err)`` is a clear German message naming the file and the problem."""

    def __init__(self, message: str, *, path: Path | None = None, problem: str | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.problem = problem if problem is not None else message

    @classmethod
    def in_file(cls, path: Path, problem: str) -> ContentError:
        """A semantic problem in ``path``, e.g. ``ContentError.in_file(p, "Der Code „1.1“ ist doppelt.")``."""
        return cls(f"Die Datei „{path.name}“ ist fehlerhaft: {problem}", path=path, problem=problem)


def load_json_document(path: Path, schema_name: str) -> dict[str, Any]:
    """Read ``path`` as UTF-8 JSON and validate it against ``resources/schemas/{schema_name}.schema.json``.

    Raises:
        ContentError: for every kind of problem; never JSONDecodeError, ValidationError, OSError or UnicodeError.
    """
    name = f"„{path.name}“"
    try:
        raw = read_limited(path)
    except FileTooLargeError as exc:
        raise ContentError(too_large_message(exc), path=path) from None
    except FileNotFoundError:
        raise ContentError(f"Die Datei {name} wurde nicht gefunden ({path}).", path=path) from None
    except OSError as exc:
        reason = failure_reason(exc)
        raise ContentError(f"Die Datei {name} konnte nicht gelesen werden ({reason}).", path=path) from None
    if not raw.strip():
        raise ContentError(f"Die Datei {name} ist leer.", path=path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError(
            f"Die Datei {name} ist nicht UTF-8-kodiert (ungültiges Byte an Position {exc.start}).", path=path
        ) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ContentError(
            f"Die Datei {name} enthält kein gültiges JSON (Zeile {exc.lineno}, Spalte {exc.colno}).",
            path=path,
        ) from None
    except (ValueError, RecursionError):
        # Over-long integers and absurdly deep nesting: valid JSON syntax that Python refuses to build.
        raise ContentError(
            f"Die Datei {name} enthält JSON, das nicht verarbeitet werden kann.", path=path
        ) from None
    if not isinstance(document, dict):
        raise ContentError(
            f"Die Datei {name} muss ein JSON-Objekt enthalten, gefunden wurde: {_json_type_de(document)}.",
            path=path,
        )
    validator = _validator(schema_name)
    try:
        error = best_match(validator.iter_errors(document))
    except RecursionError:
        raise ContentError(f"Die Datei {name} ist zu tief verschachtelt.", path=path) from None
    if error is not None:
        problem = describe_validation_error(error)
        raise ContentError(
            f"Die Datei {name} entspricht nicht dem erwarteten Aufbau: {problem}", path=path, problem=problem
        )
    return document


def builtin_files(folder: str) -> tuple[Path, ...]:
    """All ``*.json`` files in one folder of the bundled resources, sorted by file name."""
    directory = resource_path(folder)
    if not directory.is_dir():
        return ()
    return tuple(sorted(p for p in directory.iterdir() if p.suffix == ".json" and p.is_file()))


def schema_path(schema_name: str) -> Path:
    """Where the JSON Schema called ``schema_name`` lives."""
    return resource_path("schemas", f"{schema_name}.schema.json")


def find_duplicates(values: Iterable[str]) -> list[str]:
    """Values occurring more than once, in order of their second occurrence."""
    seen: set[str] = set()
    duplicates: list[str] = []
    for value in values:
        if value in seen and value not in duplicates:
            duplicates.append(value)
        seen.add(value)
    return duplicates


@cache
def _validator(schema_name: str) -> Draft202012Validator:
    path = schema_path(schema_name)
    try:
        schema = json.loads(path.read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
    except (OSError, ValueError, SchemaError) as exc:
        raise ContentError(
            f"Das Schema „{schema_name}“ ist nicht verfügbar oder ungültig ({type(exc).__name__}).", path=path
        ) from None
    return Draft202012Validator(schema)


def describe_validation_error(error: ValidationError) -> Message:
    """A German sentence for one JSON-Schema violation, naming where in the document it is (a message the UI
    says in its language; the field names and values of the file stay as written)."""
    where = _location(error.absolute_path)
    subject = Message("Der Eintrag „{where}“", where=where) if where else Message("Das Dokument")
    inside = Message("Im Eintrag „{where}“", where=where) if where else Message("Im Dokument")
    kind, expected, instance = error.validator, error.validator_value, error.instance
    if kind == "required" and isinstance(instance, dict):
        missing = [str(field) for field in expected if field not in instance]
        return Message(
            "{inside} fehlt das Pflichtfeld „{field}“.", inside=inside, field=missing[0] if missing else "?"
        )
    if kind == "additionalProperties" and isinstance(instance, dict):
        known = set(error.schema.get("properties", {})) if isinstance(error.schema, dict) else set()
        extra = sorted(str(field) for field in instance if field not in known)
        return Message(
            "{inside} steht das unbekannte Feld „{field}“.",
            inside=inside,
            field=_shorten(extra[0] if extra else "?"),
        )
    return _subject_error(error, subject)


def _subject_error(error: ValidationError, subject: Message) -> Message:
    """The violations that say what is wrong with the entry itself (its type, value, length, count, bounds)."""
    kind, expected, instance = error.validator, error.validator_value, error.instance
    if kind == "type":
        names = [expected] if isinstance(expected, str) else list(expected)
        return Message(
            "{subject} muss vom Typ {wanted} sein, ist aber {actual}.",
            subject=subject,
            wanted=_either([_TYPE_NAMES_DE.get(n, str(n)) for n in names]),
            actual=Message(_json_type_de(instance)),
        )
    if kind in ("enum", "const"):
        allowed = [expected] if kind == "const" else list(expected)
        return Message(
            "{subject} hat den unzulässigen Wert {value}; erlaubt: {allowed}.",
            subject=subject,
            value=shown_value(instance),
            allowed=", ".join(shown_value(value) for value in allowed),
        )
    if kind == "minLength":
        if expected == 1:
            return Message("{subject} darf nicht leer sein.", subject=subject)
        return Message("{subject} ist zu kurz.", subject=subject)
    if kind == "maxLength":
        return Message("{subject} ist zu lang (höchstens {limit} Zeichen).", subject=subject, limit=expected)
    if kind == "pattern":
        return Message(
            "{subject} hat nicht das erwartete Format (Muster {pattern}).", subject=subject, pattern=expected
        )
    if kind == "minItems":
        return Message(
            "{subject} muss mindestens {count} Einträge enthalten.", subject=subject, count=expected
        )
    if kind == "maxItems":
        return Message(
            "{subject} darf höchstens {count} Einträge enthalten.", subject=subject, count=expected
        )
    if kind == "uniqueItems":
        return Message("{subject} enthält doppelte Einträge.", subject=subject)
    bounds = {
        "minimum": Message("mindestens"),
        "maximum": Message("höchstens"),
        "exclusiveMinimum": Message("größer als"),
        "exclusiveMaximum": Message("kleiner als"),
    }
    if kind in bounds:
        return Message(
            "{subject} muss {bound} {limit} sein, ist aber {value}.",
            subject=subject,
            bound=bounds[kind],
            limit=expected,
            value=shown_value(instance),
        )
    return Message(
        "{subject} ist ungültig ({kind}: {detail}).",
        subject=subject,
        kind=kind,
        detail=_shorten(error.message),
    )


def _either(names: list[str]) -> Message:
    """„Text oder ganze Zahl“: the schema's type names, each translated."""
    text = Message(names[0])
    for name in names[1:]:
        text = Message("{first} oder {second}", first=text, second=Message(name))
    return text


def _location(path: Sequence[str | int] | Iterable[str | int]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return _shorten(text)


def _json_type_de(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "ein Wahrheitswert"
    if isinstance(value, int):
        return "eine ganze Zahl"
    if isinstance(value, float):
        return "eine Zahl"
    if isinstance(value, str):
        return "ein Text"
    if isinstance(value, list):
        return "eine Liste"
    return "ein Objekt"


def shown_value(value: Any) -> str:
    """A short JSON rendering of ``value`` for error messages."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return _shorten(text)


def _shorten(text: str) -> str:
    return text if len(text) <= _MAX_SHOWN_VALUE else text[: _MAX_SHOWN_VALUE - 1] + "…"
