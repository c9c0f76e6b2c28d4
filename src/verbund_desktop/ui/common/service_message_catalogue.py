"""The German templates of the services' and the domain's messages, listed for ``make translations``.

lupdate reads only the UI, so every ``Message(...)`` template (and every plain sentence that should be English
in the English UI) is named here under the context ``ServiceMessages``; ``ui/common/service_messages.py``
looks them up. The English is in ``tools/translations_en_messages.py``, in the same order; the templates
converted later are in ``service_message_catalogue_more.py`` (English: ``tools/translations_en_messages2.py``).
"""

from __future__ import annotations

from verbund_desktop.ui.common.i18n import QT_TRANSLATE_NOOP
from verbund_desktop.ui.common.service_message_catalogue_desk import DESK_SERVICE_MESSAGES
from verbund_desktop.ui.common.service_message_catalogue_english import ENGLISH_SERVICE_MESSAGES
from verbund_desktop.ui.common.service_message_catalogue_english3 import LAST_SERVICE_MESSAGES
from verbund_desktop.ui.common.service_message_catalogue_more import MORE_SERVICE_MESSAGES

# Grouped by where they are raised (tools/translations_en_messages.py has the English in the same order).
SERVICE_MESSAGES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Betrieb"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Beginn"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Ende"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Überprüfungstermin"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Datum"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Wert"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Tag der Antragstellung"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Ende der letzten geförderten Teilnahme"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Stundenzahl"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Freistellung"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Kosten"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Gesamtkosten"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Lehrgangskosten"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Monatsentgelt"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Träger"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Format"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Verantwortung"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Verbundmaßnahme"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Text"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what}: „{text}“ ist keine Zahl (z. B. 1.234,56)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what}: „{text}“ ist keine Zahl."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what}: „{text}“ ist kein gültiges Datum (TT.MM.JJJJ)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} ist kein Datum."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} {day} ist nicht plausibel (erlaubt: 2000 bis 2100)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} ist keine Zahl."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} sind keine Zahl."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} ist keine gültige Zahl."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} sind keine gültige Zahl."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} darf nicht negativ sein."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} dürfen nicht negativ sein."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} ist unplausibel hoch (höchstens {limit} Stunden)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} ist unplausibel hoch (höchstens {limit} €)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} sind unplausibel hoch (höchstens {limit} Stunden)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} sind unplausibel hoch (höchstens {limit} €)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what}: bitte höchstens zwei Nachkommastellen angeben."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} ist zu lang (höchstens {limit} Zeichen)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Unbekannte Art der Maßnahme „{kind}“."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Bitte einen Titel für die Maßnahme angeben."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Bitte Text eingeben."),
    QT_TRANSLATE_NOOP("ServiceMessages", "AZAV-Zulassung: bitte ja oder nein angeben."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{who}: Die Zahl der Beschäftigten ist keine gültige Zahl."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{who} muss mindestens 0,25 Beschäftigte haben (eine Teilzeitkraft bis 10 Wochenstunden).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "{who}: {count} Beschäftigte sind mehr, als gespeichert werden kann."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{who}: Die Zahl der Beschäftigten {count} ist nicht möglich; Teilzeitkräfte zählen nach § 82 Abs. 6 SGB III mit 0,25, 0,5 oder 0,75 (Schritte von 0,25).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "„{text}“ ist keine Zahl der Beschäftigten (z. B. 50 oder 49,75; ohne Tausenderpunkt).",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{text}“ ist keine Zahl."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Zahl der Beschäftigten ist keine Zahl."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Bitte den Namen des Betriebs angeben."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Bitte die Zahl der Beschäftigten angeben (Teilzeitkräfte anteilig, z. B. 49,75)."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Zahl der Beschäftigten inklusive verbundener Unternehmen ({linked}) darf nicht kleiner sein als die Zahl der Beschäftigten des Betriebs ({headcount}).",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Beschäftigte inklusive verbundener Unternehmen: {problem}"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Die Postleitzahl muss aus fünf Ziffern bestehen (oder leer bleiben)."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die E-Mail-Adresse „{email}“ ist ungültig."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Bitte den Vornamen angeben."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Bitte den Nachnamen angeben."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Geburtsjahr muss eine ganze Zahl sein."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Geburtsjahr muss zwischen {earliest} und {latest} liegen."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Abschlussjahr muss eine ganze Zahl sein."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Ohne Berufsabschluss bitte kein Abschlussjahr angeben (oder „Berufsabschluss vorhanden“ wählen).",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Abschlussjahr darf nicht in der Zukunft liegen."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Das Abschlussjahr kann nicht vor {earliest} liegen (Geburtsjahr + {age})."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Abschlussjahr kann nicht vor {earliest} liegen."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Bitte einen Pseudonym-Code angeben, z. B. „{code}“."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Der Pseudonym-Code darf nur Buchstaben ohne Umlaute, Ziffern, „-“ und „_“ enthalten (höchstens {limit} Zeichen), z. B. „BM-06“.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Den Pseudonym-Code „{code}“ gibt es in diesem Betrieb schon. Der nächste freie Code ist „{free}“.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Bitte einen Namen für die Abteilung angeben."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Abteilung „{name}“ gibt es in diesem Betrieb schon."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Passphrase muss mindestens {length} Zeichen lang sein."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Passphrase darf kein Nullzeichen enthalten."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Passphrase darf nicht mit Leerzeichen beginnen oder enden."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Passphrase ist falsch. Die Datei wurde nicht verändert."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Passphrase ist falsch, oder der Anfang der Datei ist beschädigt. Die Datei wurde nicht verändert.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die bisherige Passphrase ist falsch. Es wurde nichts geändert."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die neue Passphrase ist dieselbe wie die bisherige."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Dieser Arbeitsbereich ist nicht verschlüsselt; bitte zuerst verschlüsseln."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Dieser Arbeitsbereich ist schon verschlüsselt."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Der Arbeitsbereich ist gesperrt oder geschlossen; bitte zuerst entsperren oder neu öffnen.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "„{name}“ ist verschlüsselt (oder keine Datenbank). Bitte die Passphrase angeben."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "„{name}“ ist leer oder abgeschnitten und keine Verbund-Desktop-Datenbank."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{name}“ ist beschädigt oder keine Verbund-Desktop-Datenbank."),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{name}“ ist leer oder abgeschnitten und keine Sicherung."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "„{name}“ lässt sich nicht öffnen: Die Passphrase passt nicht, oder die Datei ist beschädigt oder keine Sicherung von Verbund Desktop. Es wurde nichts verändert.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei „{path}“ gibt es nicht."),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{name}“ ist schon verschlüsselt."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Die Datei „{file}“ wurde nicht eingelesen, es wurde nichts geändert:"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "– {problem}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "… und {count} weitere Probleme."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Unbekannte Dateiart: erwartet wird openQCAT (.xml) oder die Angebotsvorlage (.csv, .xlsx).",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei ist leer: die Kopfzeile mit den Spaltennamen fehlt."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Zeichenkodierung ist weder UTF-8 noch Windows-1252."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei ist keine Textdatei (CSV)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei enthält mehr als {count} Zeilen."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile {number}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile {number}: mehr Werte als Spalten in der Kopfzeile."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile 1: Unbekannte Spalten: {unknown} (erlaubt: {allowed})."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile 1: Pflichtspalten fehlen: {missing}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile 1: Spalten kommen mehrfach vor: {doubled}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{where}, Spalte „{column}“: {problem}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Wert fehlt."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Kennung ist länger als 64 Zeichen."),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{value}“ ist keine gültige Zahl."),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{value}“ ist keine ganze Zahl ≥ 0."),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{value}“ ist weder „ja“ noch „nein“."),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{value}“ ist kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT)."),
    # Plans, measures, competency interviews, consent gates, records gone meanwhile
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Version {version} ist nicht die aktuelle Fassung dieses Plans; geändert werden kann nur Version {newest}.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Kompetenz {names} wurde in der Kompetenzerhebung dieses Plans nicht eingeschätzt; eine Maßnahme kann nur Lücken aus dieser Erhebung schließen.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Ende ({end}) liegt vor dem Beginn ({start})."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Stufe {value} gibt es in diesem Katalog nicht; erlaubt sind {low}–{high}."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Priorität {value} gibt es nicht; erlaubt sind 1 (hoch), 2 (mittel), 3 (niedrig)."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Es gibt schon ein offenes Kompetenzgespräch vom {day}; bitte dort weitermachen."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Diese Person gibt es nicht (mehr)."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Für diese Person liegt noch keine abgeschlossene Kompetenzerhebung vor. Ein Entwicklungsplan baut auf ihr auf.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Diesen Plan gibt es nicht (mehr)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Dieses Weiterbildungsangebot gibt es nicht (mehr)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Diese Maßnahme gibt es nicht (mehr)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Eine der gewählten Kompetenzen gibt es nicht (mehr)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Diese Bewertung gibt es nicht (mehr)."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Dieses Kompetenzgespräch ist abgeschlossen und bleibt unverändert. Für neue Einschätzungen bitte ein Folgegespräch beginnen.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Diese Person ist archiviert; mit ihr wird kein Kompetenzgespräch geführt."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Mindestens eine gewählte Kompetenz gibt es nicht (mehr)."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Für diese Person liegt keine gültige Einwilligung (oder andere dokumentierte Rechtsgrundlage) zur Kompetenzerhebung vor. Ohne sie wird keine Bewertung gespeichert.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Für diese Person liegt keine Einwilligung vor, ihre Daten für einen Förderantrag zu verwenden und an die Agentur für Arbeit weiterzugeben.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Für diese Person liegt keine Einwilligung zur pseudonymisierten Nutzung im Verbund vor.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Der Arbeitsbereich hat noch keinen Verbund; bitte zuerst einen Verbund anlegen."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "{what} gibt es nicht (mehr); bitte die Ansicht aktualisieren (F5)."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Stellenprofil"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Den Betrieb"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Abteilung"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Bedarfsanalyse"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Person"),
    # Printing all plans: who was skipped and why (services/planning/printing.py, batch_files.py)
    QT_TRANSLATE_NOOP("ServiceMessages", "{who}: {why}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{who}: kein Entwicklungsplan"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{who}: keine gültige Einwilligung"),
    # Sync conflicts (services/sync/conflict_texts.py: KIND_TEXTS, TABLE_LABELS, COLUMN_LABELS)
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Dasselbe Feld wurde hier und in der Koordinierungsstelle geändert."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Der Eintrag wurde in der Koordinierungsstelle inzwischen geändert (in anderen Feldern).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Sie haben einen Eintrag geändert, den die Koordinierungsstelle inzwischen gelöscht hat.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Sie haben einen Eintrag gelöscht, der in der Koordinierungsstelle inzwischen geändert wurde.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Einen Eintrag mit demselben Namen oder Kürzel gibt es in der Koordinierungsstelle schon.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Zu derselben Planversion gibt es in der Koordinierungsstelle schon eine Nachfolgeversion.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Änderung passt nicht zu den Daten der Koordinierungsstelle (ein Verweis fehlt oder ist doppelt).",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Betrieb"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Abteilung"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Rollenprofil"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Soll-Kompetenz"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Person"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Beraterin/Berater"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Betriebsgespräch"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Antwort im Betriebsgespräch"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Kompetenzerhebung"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Bewertung"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Entwicklungsplan"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Maßnahme"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Lücke einer Maßnahme"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Einwilligung"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Weiterbildungsangebot"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Verbund"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Name"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Notizen"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Vorname"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Nachname"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Kürzel"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Tätigkeit"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Ansprechperson"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Version"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Status"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Vereinbarte Stufe"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Beantwortet am"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Archiviert am"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Erhoben am"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Geburtsjahr"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Abschluss"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Ort"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Kompetenz"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Abgeschlossen am"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Geführt am"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Kontakt"),
    QT_TRANSLATE_NOOP("ServiceMessages", "E-Mail der Ansprechperson"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Telefon der Ansprechperson"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Kosten (EUR)"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Angelegt am"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Beschreibung"),
    QT_TRANSLATE_NOOP("ServiceMessages", "E-Mail"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Ende"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Form"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Ziele"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Berufsabschluss"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Beschäftigte"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Stunden"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Branche"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Gesprächspartner"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Art"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Ort der Maßnahme"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Höchstens Teilnehmende"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Methode"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Mindestens Teilnehmende"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Monatsentgelt (EUR)"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Notiz"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Angebot"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Reihenfolge"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Postleitzahl"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Priorität"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Anbieter"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zweck"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Abschlussjahr"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Region"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Freistellung (Stunden)"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Stunden fehlen"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Dauerklasse (openQCAT)"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Aufgaben"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Verantwortung"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Überprüfung am"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeitplan"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Selbsteinschätzung"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Schwerbehindert"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Beginn"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Ausgangslage"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Straße"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Einschätzung der Führungskraft"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Soll-Stufe"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Titel"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Wert"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Widerrufen am"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Betriebsrat"),
)

# Converted later (branch messages2): joint courses, follow-ups, funding input, erasure, backups, file failures.
SERVICE_MESSAGES += MORE_SERVICE_MESSAGES
# Converted by the branch english2: openQCAT row problems, the review's hours, rule sets, workspaces, sync files.
SERVICE_MESSAGES += ENGLISH_SERVICE_MESSAGES
# Converted by the branch english4: workspace and lock messages, OS reasons, rule-set contents, sync wire errors.
SERVICE_MESSAGES += LAST_SERVICE_MESSAGES
# Converted by the branch desk5: a foreign file chosen as a workspace, the desk's unlisted plain sentences.
SERVICE_MESSAGES += DESK_SERVICE_MESSAGES
