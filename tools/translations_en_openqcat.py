"""English texts of the openQCAT import, the hours at the review step and the follow-up's gaps; merged by
fill_translations.py."""

from __future__ import annotations

Translation = str | tuple[str, str]

SHARED: dict[str, Translation] = {}

BY_CONTEXT: dict[str, dict[str, Translation]] = {
    "OfferActions": {
        "openQCAT enthält keine Stundenzahl: die Stunden werden bei der Prüfung eingetragen.": (
            "openQCAT has no hour count: the hours are entered in the review."
        ),
        "Offizielles openQCAT-&Schema (XSD) festlegen …": "Set the official openQCAT &schema (XSD) …",
        "Offizielles openQCAT-Schema": "Official openQCAT schema",
        "XML-Schema (*.xsd)": "XML Schema (*.xsd)",
        "openQCAT-Dateien nicht mehr gegen „{0}“ prüfen?": "Stop checking openQCAT files against “{0}”?",
        "openQCAT-Dateien werden beim Import zusätzlich gegen „{0}“ geprüft.": (
            "openQCAT files are now also checked against “{0}” when imported."
        ),
    },
    "OfferReviewDialog": {
        "Unterrichtsstunden": "Teaching hours",
        "&Unterrichtsstunden:": "Teaching &hours:",
        "Bitte eintragen: openQCAT enthält keine Stundenzahl.": "Please enter them: openQCAT has no hour count.",
        "Dauer laut Anbieter: {0}": "Duration according to the provider: {0}",
        "Zeitmodell: {0}": "Schedule: {0}",
    },
    "FollowUpsView": {
        "noch 1 Stufe": "1 level to go",
        "noch {0} Stufen": "{0} levels to go",
    },
}
