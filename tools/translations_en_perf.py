"""English texts of the network-scale work (F5 reading the tree in a job); merged by fill_translations.py."""

from __future__ import annotations

Translation = str | tuple[str, str]

SHARED: dict[str, Translation] = {}

BY_CONTEXT: dict[str, dict[str, Translation]] = {
    "MainWindow": {
        "Aktualisieren": "Refreshing",
    },
}
