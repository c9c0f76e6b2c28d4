"""English texts of the openQCAT import, the hours at the review step and the follow-up's gaps; merged by
fill_translations.py."""

from __future__ import annotations

Translation = str | tuple[str, str]

SHARED: dict[str, Translation] = {}

BY_CONTEXT: dict[str, dict[str, Translation]] = {
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
