"""English texts of the imports as cancellable jobs (issue 11): merged into tools/translations_en.py's tables."""

from __future__ import annotations

SHARED: dict[str, str] = {}

BY_CONTEXT: dict[str, dict[str, str | tuple[str, str]]] = {  # a plural (%n) maps to (singular, plural)
    "OfferActions": {"ESCO-Katalog wird geladen": "Loading the ESCO catalogue"},
    "FundingRuleActions": {"Förderregelwerk wird geladen": "Loading the funding rule set"},
    "SyncMenu": {"Sync-Datei wird eingelesen": "Reading the sync file"},
}
