"""English texts of the input fields that read and show English dates and numbers (issue 14, entry side)."""

from __future__ import annotations

SHARED: dict[str, str] = {}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "UiLocale": {
        "TT.MM.JJJJ": "DD/MM/YYYY",
    },
}
