"""English texts of the preview on PDFium, batch printing to a printer and the letterhead logo (merged into
tools/translations_en.py's dictionaries by tools/fill_translations.py)."""

from __future__ import annotations

SHARED: dict[str, str] = {}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "PdfRender": {
        "Das Dokument ist kein lesbares PDF.": "The document is not a readable PDF.",
    },
    "PreviewDialog": {
        "◀ Vorige Seite": "◀ Previous page",
        "Nächste Seite ▶": "Next page ▶",
        "Vorige Seite (Bild↑)": "Previous page (Page Up)",
        "Nächste Seite (Bild↓)": "Next page (Page Down)",
        "Verkleinern (Strg+Minus)": "Zoom out (Ctrl+Minus)",
        "Vergrößern (Strg+Plus)": "Zoom in (Ctrl+Plus)",
        "Schließen (Esc)": "Close (Esc)",
        "{0} %": "{0}%",  # English writes no space before the percent sign
    },
    "BatchPrint": {
        "Wohin sollen die Entwicklungspläne gehen?": "Where should the development plans go?",
        "Auf einem &Drucker …": "On a &printer …",
        "Als &PDF-Dateien in einen Ordner …": "As PDF &files into a folder …",
        "{0} Entwicklungsplan an „{1}“ gesendet.": "{0} development plan sent to “{1}”.",
        "{0} Entwicklungspläne an „{1}“ gesendet.": "{0} development plans sent to “{1}”.",
    },
    "LetterheadBox": {
        "Logo für den Briefkopf wählen": "Choose the letterhead logo",
        "Bilder (*.png *.jpg *.jpeg)": "Images (*.png *.jpg *.jpeg)",
        "Briefkopf": "Letterhead",
        "Logo im Briefkopf": "Logo on the letterhead",
        "&Logo wählen …": "Choose &logo …",
        "Logo &entfernen": "R&emove logo",
        "Das Logo des Verbunds steht oben rechts auf jedem Ausdruck (PNG oder JPEG, höchstens 1 MB). "
        "Es wird im Arbeitsbereich gespeichert.": (
            "The network's logo is printed at the top right of every printout (PNG or JPEG, at most 1 MB). "
            "It is kept in the workspace."
        ),
        "Kein Logo: die Ausdrucke tragen nur den Namen des Verbunds.": (
            "No logo: printouts carry only the network's name."
        ),
        "{0}, {1} × {2} Pixel": "{0}, {1} × {2} pixels",
    },
}
