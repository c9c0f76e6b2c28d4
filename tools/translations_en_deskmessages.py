"""English texts of the services' messages converted by the branch desk5 (issue 14), context ``ServiceMessages``:
the German templates are listed in ``ui/common/service_message_catalogue_desk.py``; merged by fill_translations.py."""

from __future__ import annotations

SHARED: dict[str, str] = {}

BY_CONTEXT: dict[str, dict[str, str | tuple[str, str]]] = {
    "ServiceMessages": {
        # A file chosen as a workspace that is none (assessment.errors.not_a_workspace_message, files.foreign_file_kind)
        "„{name}“ ist kein Arbeitsbereich von Verbund Desktop. Bitte die Datei des Arbeitsbereichs wählen (meist mit der Endung .db). Die gewählte Datei wurde nicht verändert.": "“{name}” is not a Verbund Desktop workspace. Please choose the workspace's file (usually ending in .db). The chosen file was not changed.",
        "„{name}“ ist kein Arbeitsbereich von Verbund Desktop (die Datei ist {kind}). Bitte die Datei des Arbeitsbereichs wählen (meist mit der Endung .db). Die gewählte Datei wurde nicht verändert.": "“{name}” is not a Verbund Desktop workspace (the file is {kind}). Please choose the workspace's file (usually ending in .db). The chosen file was not changed.",
        "ein PDF-Dokument": "a PDF document",
        "ein ZIP-Archiv oder Office-Dokument": "a ZIP archive or an Office document",
        "ein älteres Office-Dokument": "an older Office document",
        "ein Bild": "a picture",
        "eine Textdatei": "a text file",
        # Competency interviews (services/competency/assessments.py)
        "Bitte mindestens eine Kompetenz wählen.": "Please choose at least one competence.",
        "Für diese Person ist kein Stellenprofil mit Soll-Stufen hinterlegt. Bitte Kompetenzen aus einem Katalog wählen.": "No role profile with target levels is set for this person. Please choose competences from a catalogue.",
        "Es gibt noch kein abgeschlossenes Kompetenzgespräch, an das ein Folgegespräch anschließen kann.": "There is no completed competency interview yet that a follow-up interview could build on.",
        "Dieses Kompetenzgespräch gibt es nicht (mehr).": "This competency interview does not exist (any more).",
        "Dieses Kompetenzgespräch ist schon abgeschlossen.": "This competency interview is already completed.",
        "Ein Kompetenzgespräch ohne Kompetenzen kann nicht abgeschlossen werden.": "A competency interview without competences cannot be completed.",
        "Der Kompetenzkatalog dieser Bewertung hat keine Stufen.": "The competence catalogue of this assessment has no levels.",
        "„nicht anwendbar“ ist ja oder nein.": "“not applicable” is yes or no.",
        "Eine Notiz muss Text sein.": "A note must be text.",
        # The needs interview and its printed record (services/needs/)
        "Die Bedarfsanalyse ist abgeschlossen. Zum Ändern bitte zuerst „Wieder öffnen“ wählen.": "The needs analysis is completed. To change it, please choose “Reopen” first.",
        "Im Arbeitsbereich ist kein Gesprächsleitfaden für die Bedarfsanalyse geladen.": "No interview guide for the needs analysis is loaded in the workspace.",
        "Für diesen Betrieb gibt es noch keine Bedarfsanalyse, die gedruckt werden könnte.": "This company has no needs analysis yet that could be printed.",
        "Die Bedarfsanalyse ist abgeschlossen; ihre Angaben können älter sein als die Betriebsdaten. Bitte die Betriebsdaten im Betrieb selbst ändern oder die Bedarfsanalyse wieder öffnen.": "The needs analysis is completed; its answers may be older than the company's data. Please change the company's data in the company itself, or reopen the needs analysis.",
        "Eine abgeschlossene Bedarfsanalyse wird nicht verworfen. Bitte zuerst „Wieder öffnen“ wählen.": "A completed needs analysis is not discarded. Please choose “Reopen” first.",
        # Consent (services/protection/consent.py)
        "Diesen Zweck einer Einwilligung gibt es nicht.": "There is no such purpose of a consent.",
        "Die pseudonymisierte Nutzung im Verbund braucht eine Einwilligung der Person (schriftlich oder elektronisch).": "Pseudonymised use in the network needs the person's consent (in writing or electronically).",
        "Bitte angeben, wie die Einwilligung vorliegt (Papier, elektronisch oder andere Rechtsgrundlage).": "Please state how the consent was given (paper, electronic or another legal basis).",
        "Bitte mindestens einen Zweck ankreuzen, in den die Person einwilligt.": "Please tick at least one purpose the person consents to.",
        "Bitte die Rechtsgrundlage angeben.": "Please state the legal basis.",
        "Bitte die andere Rechtsgrundlage dokumentieren (z. B. welche Vereinbarung, von wann, wo abgelegt).": "Please document the other legal basis (e.g. which agreement, from when, where it is filed).",
        # Company headcounts, rule sets, the letterhead logo, a printed plan, the first start, sync
        "Die Zahlen der Voll- und Teilzeitkräfte müssen ganze Zahlen ab 0 sein.": "The numbers of full-time and part-time staff must be whole numbers from 0.",
        "Es wurde keine Regelwerk-Datei angegeben.": "No rule-set file was given.",
        "Das Logo muss eine PNG- oder JPEG-Datei sein.": "The logo must be a PNG or JPEG file.",
        "Das Logo muss eine PNG- oder JPEG-Datei sein (die Datei ist nicht lesbar).": "The logo must be a PNG or JPEG file (the file cannot be read).",
        "Die gespeicherte Druckfassung ist kein Entwicklungsplan.": "The stored print version is not a development plan.",
        "Bitte einen Namen für den Verbund angeben.": "Please enter a name for the network.",
        "Bitte Ihren Namen als Berater/in angeben.": "Please enter your name as the advisor.",
        "Die Änderungen der Koordinierungsstelle passen nicht zu diesem Arbeitsbereich (ein Verweis fehlt). Es wurde nichts übernommen; bitte die Synchronisierung wiederholen.": "The coordination office's changes do not fit this workspace (a reference is missing). Nothing was applied; please sync again.",
        # Templates with parameters that were f-strings (files.FileTooLargeError, the logo, consent, open levels, a held workspace of another schema, a rule set's rate, the data access folder)
        "Die Datei „{label}“ ist zu groß (mehr als {size}) und wird nicht gelesen.": "The file “{label}” is too large (more than {size}) and is not read.",
        "Das Logo ist zu groß ({size} KB); erlaubt sind höchstens 1 MB.": "The logo is too large ({size} KB); at most 1 MB is allowed.",
        "Das Logo hat {width} × {height} Pixel; erlaubt sind {low} bis {high} Pixel je Seite.": "The logo has {width} × {height} pixels; {low} to {high} pixels per side are allowed.",
        "Das Datum {day} ist nicht plausibel.": "The date {day} is not plausible.",
        "Bitte die Textfassung der Einwilligung angeben (z. B. „{example}“).": "Please state the text version of the consent (e.g. “{example}”).",
        "Noch ohne Ist- oder Soll-Stufe: {codes}. Bitte ergänzen oder als „nicht anwendbar“ markieren (Taste N).": "Still without current or target level: {codes}. Please add them or mark them as “not applicable” (key N).",
        "Noch ohne Ist- oder Soll-Stufe: {codes} und {more} weitere. Bitte ergänzen oder als „nicht anwendbar“ markieren (Taste N).": "Still without current or target level: {codes} and {more} more. Please add them or mark them as “not applicable” (key N).",
        "„{name}“ hat einen anderen Schema-Stand als dieses Programm und kann nur im Programm, das ihn gerade geöffnet hat, gelesen werden.": "“{name}” has a different schema version than this program and can only be read in the program that has it open right now.",
        "Für die Betriebsgröße {size} enthält das Regelwerk keinen Fördersatz.": "The rule set has no funding rate for a company size of {size}.",
        "Den Ordner „{folder}“ gibt es nicht.": "The folder “{folder}” does not exist.",
    },
    # The reasons the services record with an audit entry (ui/common/i18n.py DOMAIN_LABELS)
    "DomainLabels": {
        "aus den Betriebsdaten vorausgefüllt": "prefilled from the company's data",
        "Änderung eines gedruckten (eingefrorenen) Plans": "change of a printed (frozen) plan",
        "Aufbewahrungsfrist abgelaufen (Art. 5 Abs. 1 lit. e DSGVO)": "retention period expired (Art. 5(1)(e) GDPR)",
    },
    # The audit trail's frames of a field, a deleted person and a recorded yes/no (ui/protection/audit_view.py)
    "AuditTableModel": {
        "Frage „{0}“": "Question “{0}”",
        "(interner Name: {0})": "(internal name: {0})",
        "(gelöscht)": "(deleted)",
        "ja": "yes",
        "nein": "no",
        "Angabe aus der Bedarfsanalyse vom {0}": "from the needs analysis of {0}",
    },
}
