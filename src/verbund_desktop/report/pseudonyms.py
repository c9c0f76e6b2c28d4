"""Safety net for pseudonymised documents: replace employee names in every text of a view model.

The builders already print pseudonym codes where they name an employee. Free text (interview answers,
responsibilities, notes) is written by people, though, and may still mention someone by name; before a
pseudonymised document is built, every string of its view model passes through :func:`scrub_names`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T")


def _pattern(replacements: Mapping[str, str]) -> re.Pattern[str] | None:
    names = sorted((name for name in replacements if name.strip()), key=len, reverse=True)
    if not names:
        return None
    return re.compile("|".join(re.escape(name) for name in names), re.IGNORECASE)


def scrub_names(value: T, replacements: Mapping[str, str]) -> T:
    """Return a copy of ``value`` (dataclass, tuple or str) with each name replaced by its pseudonym.

    Matching ignores case and prefers the longest name. Enum members and other non-text values stay
    untouched.
    """
    pattern = _pattern(replacements)
    if pattern is None:
        return value
    lookup = {name.casefold(): code for name, code in replacements.items()}
    scrubbed: T = _scrub(value, pattern, lookup)
    return scrubbed


def _scrub(value: Any, pattern: re.Pattern[str], lookup: dict[str, str]) -> Any:
    if type(value) is str:
        return pattern.sub(lambda match: lookup[match.group(0).casefold()], value)
    if type(value) is tuple:
        return tuple(_scrub(item, pattern, lookup) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            current = getattr(value, field.name)
            scrubbed = _scrub(current, pattern, lookup)
            if scrubbed is not current:
                changes[field.name] = scrubbed
        return dataclasses.replace(value, **changes) if changes else value
    return value
