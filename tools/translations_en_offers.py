"""English texts of the offer catalogue UI (menu „Angebote“, the competence review); merged by fill_translations."""

from __future__ import annotations

Translation = str | tuple[str, str]

SHARED: dict[str, str] = {}

BY_CONTEXT: dict[str, dict[str, Translation]] = {
    "OfferActions": {
        "Angeb&ote": "Offe&rs",
        "Angebote &importieren …": "&Import offers …",
        "Angebote &prüfen …": "&Review offers …",
        "Angebote importieren": "Import offers",
        "Angebotskataloge (*.xml *.csv *.xlsx);;openQCAT (*.xml);;Angebotsvorlage (*.csv *.xlsx)": (
            "Offer catalogues (*.xml *.csv *.xlsx);;openQCAT (*.xml);;Offer template (*.csv *.xlsx)"
        ),
        "{0}: {1} neu, {2} geändert, {3} unverändert, {4} zurückgezogen.": (
            "{0}: {1} new, {2} changed, {3} unchanged, {4} retired."
        ),
        "Bei {0} Angeboten warten die Kompetenzen auf Ihre Prüfung; erst dann werden sie in Plänen "
        "vorgeschlagen. Jetzt prüfen?": (
            "{0} offers wait for you to review their competences; only then are they suggested in plans. "
            "Review now?"
        ),
    },
    "OfferReviewDialog": {
        "Angebote prüfen": "Review offers",
        "Angebote, deren Kompetenzen zu prüfen sind": "Offers whose competences need review",
        "Kompetenz": "Competence",
        "von Stufe": "from level",
        "bis Stufe": "to level",
        "Treffer im Text": "Matches in the text",
        "Katalog": "Catalogue",
        "Kompetenzen des Angebots": "Competences of the offer",
        "Bestä&tigen": "&Confirm",
        "Auch &bestätigte Angebote zeigen (zum Korrigieren)": "Also show confirmed offers (to co&rrect them)",
        " (bestätigt)": " (confirmed)",
        "Keine Angebote zu prüfen.": "No offers to review.",
        "Vorgeschlagen aus Titel und Beschreibung (bitte prüfen, ergänzen oder abwählen):": (
            "Suggested from title and description (please check, add or untick):"
        ),
    },
}
BY_CONTEXT["OfferActions"].update(
    {
        "&ESCO-Zweig als Katalog laden …": "Load an &ESCO branch as a catalogue …",
        "ESCO-Zweig laden": "Load ESCO branch",
        "ESCO-Fertigkeiten (*.csv)": "ESCO skills (*.csv)",
        "URI der Fertigkeitengruppe (des Zweigs):": "URI of the skill group (the branch):",
        "ESCO-Version (z. B. 1.2.0):": "ESCO version (e.g. 1.2.0):",
        "Katalog „{0}“ geladen: {1} Bereiche, {2} Kompetenzen.\n\n{3}": (
            "Catalogue “{0}” loaded: {1} areas, {2} competences.\n\n{3}"
        ),
    }
)
BY_CONTEXT["OfferReviewDialog"].update(
    {
        "Weitere Kompetenzen suchen (Name oder Code) …": "Search further competences (name or code) …",
        "Weitere Kompetenzen suchen": "Search further competences",
    }
)
