"""German sentences of the advisor's desk that were still German in the English UI (branch desk5, issue 14):
a file chosen as a workspace that is none, and the plain sentences (without parameters) of the competency and
needs interviews, consent, the letterhead logo, the first start and sync that no catalogue listed.
``service_message_catalogue.SERVICE_MESSAGES`` includes them; the English is in
``tools/translations_en_deskmessages.py``, in the same order.
"""

from __future__ import annotations

from verbund_desktop.ui.common.i18n import QT_TRANSLATE_NOOP

DESK_SERVICE_MESSAGES: tuple[str, ...] = (
    # A file chosen as a workspace that is none (assessment.errors.not_a_workspace_message, files.foreign_file_kind)
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "„{name}“ ist kein Arbeitsbereich von Verbund Desktop. Bitte die Datei des Arbeitsbereichs wählen (meist mit der Endung .db). Die gewählte Datei wurde nicht verändert.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "„{name}“ ist kein Arbeitsbereich von Verbund Desktop (die Datei ist {kind}). Bitte die Datei des Arbeitsbereichs wählen (meist mit der Endung .db). Die gewählte Datei wurde nicht verändert.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "ein PDF-Dokument"),
    QT_TRANSLATE_NOOP("ServiceMessages", "ein ZIP-Archiv oder Office-Dokument"),
    QT_TRANSLATE_NOOP("ServiceMessages", "ein älteres Office-Dokument"),
    QT_TRANSLATE_NOOP("ServiceMessages", "ein Bild"),
    QT_TRANSLATE_NOOP("ServiceMessages", "eine Textdatei"),
    # Competency interviews (services/competency/assessments.py)
    QT_TRANSLATE_NOOP("ServiceMessages", "Bitte mindestens eine Kompetenz wählen."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Für diese Person ist kein Stellenprofil mit Soll-Stufen hinterlegt. Bitte Kompetenzen aus einem Katalog wählen.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Es gibt noch kein abgeschlossenes Kompetenzgespräch, an das ein Folgegespräch anschließen kann.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Dieses Kompetenzgespräch gibt es nicht (mehr)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Dieses Kompetenzgespräch ist schon abgeschlossen."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Ein Kompetenzgespräch ohne Kompetenzen kann nicht abgeschlossen werden."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Kompetenzkatalog dieser Bewertung hat keine Stufen."),
    QT_TRANSLATE_NOOP("ServiceMessages", "„nicht anwendbar“ ist ja oder nein."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Eine Notiz muss Text sein."),
    # The needs interview and its printed record (services/needs/)
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Bedarfsanalyse ist abgeschlossen. Zum Ändern bitte zuerst „Wieder öffnen“ wählen.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Im Arbeitsbereich ist kein Gesprächsleitfaden für die Bedarfsanalyse geladen."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Für diesen Betrieb gibt es noch keine Bedarfsanalyse, die gedruckt werden könnte."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Bedarfsanalyse ist abgeschlossen; ihre Angaben können älter sein als die Betriebsdaten. Bitte die Betriebsdaten im Betrieb selbst ändern oder die Bedarfsanalyse wieder öffnen.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Eine abgeschlossene Bedarfsanalyse wird nicht verworfen. Bitte zuerst „Wieder öffnen“ wählen.",
    ),
    # Consent (services/protection/consent.py)
    QT_TRANSLATE_NOOP("ServiceMessages", "Diesen Zweck einer Einwilligung gibt es nicht."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die pseudonymisierte Nutzung im Verbund braucht eine Einwilligung der Person (schriftlich oder elektronisch).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Bitte angeben, wie die Einwilligung vorliegt (Papier, elektronisch oder andere Rechtsgrundlage).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Bitte mindestens einen Zweck ankreuzen, in den die Person einwilligt."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Bitte die Rechtsgrundlage angeben."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Bitte die andere Rechtsgrundlage dokumentieren (z. B. welche Vereinbarung, von wann, wo abgelegt).",
    ),
    # Company headcounts, rule sets, the letterhead logo, a printed plan, the first start, sync
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Die Zahlen der Voll- und Teilzeitkräfte müssen ganze Zahlen ab 0 sein."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Es wurde keine Regelwerk-Datei angegeben."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Logo muss eine PNG- oder JPEG-Datei sein."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Das Logo muss eine PNG- oder JPEG-Datei sein (die Datei ist nicht lesbar)."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die gespeicherte Druckfassung ist kein Entwicklungsplan."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Bitte einen Namen für den Verbund angeben."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Bitte Ihren Namen als Berater/in angeben."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Änderungen der Koordinierungsstelle passen nicht zu diesem Arbeitsbereich (ein Verweis fehlt). Es wurde nichts übernommen; bitte die Synchronisierung wiederholen.",
    ),
    # Templates with parameters that were f-strings (files.FileTooLargeError, the logo, consent, open levels, a held workspace of another schema, a rule set's rate, the data access folder)
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Die Datei „{label}“ ist zu groß (mehr als {size}) und wird nicht gelesen."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Logo ist zu groß ({size} KB); erlaubt sind höchstens 1 MB."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Das Logo hat {width} × {height} Pixel; erlaubt sind {low} bis {high} Pixel je Seite.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Datum {day} ist nicht plausibel."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Bitte die Textfassung der Einwilligung angeben (z. B. „{example}“)."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Noch ohne Ist- oder Soll-Stufe: {codes}. Bitte ergänzen oder als „nicht anwendbar“ markieren (Taste N).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Noch ohne Ist- oder Soll-Stufe: {codes} und {more} weitere. Bitte ergänzen oder als „nicht anwendbar“ markieren (Taste N).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "„{name}“ hat einen anderen Schema-Stand als dieses Programm und kann nur im Programm, das ihn gerade geöffnet hat, gelesen werden.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Für die Betriebsgröße {size} enthält das Regelwerk keinen Fördersatz."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Den Ordner „{folder}“ gibt es nicht."),
)
