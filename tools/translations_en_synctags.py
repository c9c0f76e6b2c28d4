"""English texts of the replica code tags (issue 12, helper synctags): merged into tools/translations_en.py's
tables."""

from __future__ import annotations

SHARED: dict[str, str] = {}

BY_CONTEXT: dict[str, dict[str, str | tuple[str, str]]] = {
    "ServiceMessages": {
        "Die Kennung des Arbeitsbereichs fehlt oder ist ungültig.": "The workspace's identifier is missing or invalid.",
    },
}
