"""Ordering content versions ("1.0", "2.10", "2.3-de", "2024-05"): the one comparator of catalogues and profiles.

``packaging.version`` would reject versions such as "2.3-de" (not PEP 440), and the content files are written by
people, not by Python packagers. A version is split into runs of digits and runs of other characters; digits compare
as numbers ("2.10" after "2.9"), text compares case-folded, and a number sorts before text at the same place, so any
two versions compare without error and "2.3" comes before "2.3-de".
"""

from __future__ import annotations

import re

VersionKey = tuple[tuple[int, int, str], ...]

_PARTS = re.compile(r"\d+|[^\W\d_]+")


def version_key(version: str) -> VersionKey:
    """A sort key: ``version_key(a) < version_key(b)`` when ``a`` is the older version."""
    return tuple(
        (0, int(part), "") if part.isdecimal() else (1, 0, part.casefold())
        for part in _PARTS.findall(version)
    )


def newer(a: str, b: str) -> bool:
    """True when version ``a`` is newer than ``b``."""
    return version_key(a) > version_key(b)
