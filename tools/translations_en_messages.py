"""English texts of the services' and the domain's messages (issue 14): ``ui/common/service_messages.py`` lists
the German templates under the context ``ServiceMessages``; merged by fill_translations.py."""

from __future__ import annotations

SHARED: dict[str, str] = {}

BY_CONTEXT: dict[str, dict[str, str | tuple[str, str]]] = {
    "ServiceMessages": {
        # Parts of sentences (who or what a message is about)
        "Der Betrieb": "The company",
        "Der Beginn": "The start",
        "Das Ende": "The end",
        "Der Überprüfungstermin": "The review date",
        "Das Datum": "The date",
        "Der Wert": "The value",
        "Der Tag der Antragstellung": "The date of application",
        "Das Ende der letzten geförderten Teilnahme": "The end of the last funded participation",
        "Die Stundenzahl": "The number of hours",
        "Die Freistellung": "The release from work",
        "Die Kosten": "The costs",
        "Die Gesamtkosten": "The total costs",
        "Die Lehrgangskosten": "The course costs",
        "Das Monatsentgelt": "The monthly pay",
        "Der Träger": "The provider",
        "Das Format": "The format",
        "Die Verantwortung": "The responsibility",
        "Die Verbundmaßnahme": "The joint course",
        "Der Text": "The text",
        # Dates and numbers of plans and measures (services/planning/plan_values.py)
        "{what}: „{text}“ ist keine Zahl (z. B. 1.234,56).": "{what}: “{text}” is not a number (e.g. 1,234.56).",
        "{what}: „{text}“ ist keine Zahl.": "{what}: “{text}” is not a number.",
        "{what}: „{text}“ ist kein gültiges Datum (TT.MM.JJJJ).": "{what}: “{text}” is not a valid date (DD/MM/YYYY).",
        "{what} ist kein Datum.": "{what} is not a date.",
        "{what} {day} ist nicht plausibel (erlaubt: 2000 bis 2100).": (
            "{what} {day} is not plausible (allowed: 2000 to 2100)."
        ),
        "{what} ist keine Zahl.": "{what} is not a number.",
        "{what} sind keine Zahl.": "{what} are not a number.",
        "{what} ist keine gültige Zahl.": "{what} is not a valid number.",
        "{what} sind keine gültige Zahl.": "{what} are not a valid number.",
        "{what} darf nicht negativ sein.": "{what} must not be negative.",
        "{what} dürfen nicht negativ sein.": "{what} must not be negative.",
        "{what} ist unplausibel hoch (höchstens {limit} Stunden).": "{what} is implausibly high (at most {limit} hours).",
        "{what} ist unplausibel hoch (höchstens {limit} €).": "{what} is implausibly high (at most €{limit}).",
        "{what} sind unplausibel hoch (höchstens {limit} Stunden).": (
            "{what} are implausibly high (at most {limit} hours)."
        ),
        "{what} sind unplausibel hoch (höchstens {limit} €).": "{what} are implausibly high (at most €{limit}).",
        "{what}: bitte höchstens zwei Nachkommastellen angeben.": "{what}: please give at most two decimal places.",
        "{what} ist zu lang (höchstens {limit} Zeichen).": "{what} is too long (at most {limit} characters).",
        "Unbekannte Art der Maßnahme „{kind}“.": "Unknown kind of measure “{kind}”.",
        "Bitte einen Titel für die Maßnahme angeben.": "Please enter a title for the measure.",
        "Bitte Text eingeben.": "Please enter text.",
        "AZAV-Zulassung: bitte ja oder nein angeben.": "AZAV approval: please answer yes or no.",
        # Headcounts (assessment/funding_format.py)
        "{who}: Die Zahl der Beschäftigten ist keine gültige Zahl.": "{who}: the number of employees is not a valid number.",
        "{who} muss mindestens 0,25 Beschäftigte haben (eine Teilzeitkraft bis 10 Wochenstunden).": (
            "{who} must have at least 0.25 employees (one part-time employee up to 10 hours a week)."
        ),
        "{who}: {count} Beschäftigte sind mehr, als gespeichert werden kann.": (
            "{who}: {count} employees are more than can be stored."
        ),
        "{who}: Die Zahl der Beschäftigten {count} ist nicht möglich; Teilzeitkräfte zählen nach § 82 Abs. 6 SGB III "
        "mit 0,25, 0,5 oder 0,75 (Schritte von 0,25).": (
            "{who}: {count} employees is not possible; part-time employees count 0.25, 0.5 or 0.75 under "
            "§ 82 (6) SGB III (steps of 0.25)."
        ),
        "„{text}“ ist keine Zahl der Beschäftigten (z. B. 50 oder 49,75; ohne Tausenderpunkt).": (
            "“{text}” is not a number of employees (e.g. 50 or 49.75; without a thousands separator)."
        ),
        "„{text}“ ist keine Zahl.": "“{text}” is not a number.",
        "Die Zahl der Beschäftigten ist keine Zahl.": "The number of employees is not a number.",
        # Companies, people, departments (services/organisation)
        "Bitte den Namen des Betriebs angeben.": "Please enter the company's name.",
        "Bitte die Zahl der Beschäftigten angeben (Teilzeitkräfte anteilig, z. B. 49,75).": (
            "Please enter the number of employees (part-time staff pro rata, e.g. 49.75)."
        ),
        "Die Zahl der Beschäftigten inklusive verbundener Unternehmen ({linked}) darf nicht kleiner sein als die "
        "Zahl der Beschäftigten des Betriebs ({headcount}).": (
            "The number of employees including linked companies ({linked}) must not be smaller than the "
            "company's own number of employees ({headcount})."
        ),
        "Beschäftigte inklusive verbundener Unternehmen: {problem}": "Employees including linked companies: {problem}",
        "Die Postleitzahl muss aus fünf Ziffern bestehen (oder leer bleiben).": (
            "The postcode must have five digits (or stay empty)."
        ),
        "Die E-Mail-Adresse „{email}“ ist ungültig.": "The e-mail address “{email}” is not valid.",
        "Bitte den Vornamen angeben.": "Please enter the first name.",
        "Bitte den Nachnamen angeben.": "Please enter the last name.",
        "Das Geburtsjahr muss eine ganze Zahl sein.": "The year of birth must be a whole number.",
        "Das Geburtsjahr muss zwischen {earliest} und {latest} liegen.": (
            "The year of birth must lie between {earliest} and {latest}."
        ),
        "Das Abschlussjahr muss eine ganze Zahl sein.": "The year of qualification must be a whole number.",
        "Ohne Berufsabschluss bitte kein Abschlussjahr angeben (oder „Berufsabschluss vorhanden“ wählen).": (
            "Without a vocational qualification please give no year of qualification (or choose “Has a "
            "vocational qualification”)."
        ),
        "Das Abschlussjahr darf nicht in der Zukunft liegen.": "The year of qualification must not lie in the future.",
        "Das Abschlussjahr kann nicht vor {earliest} liegen (Geburtsjahr + {age}).": (
            "The year of qualification cannot be before {earliest} (year of birth + {age})."
        ),
        "Das Abschlussjahr kann nicht vor {earliest} liegen.": "The year of qualification cannot be before {earliest}.",
        "Bitte einen Pseudonym-Code angeben, z. B. „{code}“.": "Please enter a pseudonym code, e.g. “{code}”.",
        "Der Pseudonym-Code darf nur Buchstaben ohne Umlaute, Ziffern, „-“ und „_“ enthalten (höchstens {limit} "
        "Zeichen), z. B. „BM-06“.": (
            "The pseudonym code may only contain letters without umlauts, digits, “-” and “_” (at most {limit} "
            "characters), e.g. “BM-06”."
        ),
        "Den Pseudonym-Code „{code}“ gibt es in diesem Betrieb schon. Der nächste freie Code ist „{free}“.": (
            "The pseudonym code “{code}” already exists in this company. The next free code is “{free}”."
        ),
        "Bitte einen Namen für die Abteilung angeben.": "Please enter a name for the department.",
        "Die Abteilung „{name}“ gibt es in diesem Betrieb schon.": "The department “{name}” already exists in this company.",
        # Passphrases and workspace files (assessment/passphrase_rule.py, persistence)
        "Die Passphrase muss mindestens {length} Zeichen lang sein.": "The passphrase must be at least {length} characters long.",
        "Die Passphrase darf kein Nullzeichen enthalten.": "The passphrase must not contain a null character.",
        "Die Passphrase darf nicht mit Leerzeichen beginnen oder enden.": "The passphrase must not begin or end with a space.",
        "Die Passphrase ist falsch. Die Datei wurde nicht verändert.": "The passphrase is wrong. The file was not changed.",
        "Die Passphrase ist falsch, oder der Anfang der Datei ist beschädigt. Die Datei wurde nicht verändert.": (
            "The passphrase is wrong, or the beginning of the file is damaged. The file was not changed."
        ),
        "Die bisherige Passphrase ist falsch. Es wurde nichts geändert.": "The current passphrase is wrong. Nothing was changed.",
        "Die neue Passphrase ist dieselbe wie die bisherige.": "The new passphrase is the same as the current one.",
        "Dieser Arbeitsbereich ist nicht verschlüsselt; bitte zuerst verschlüsseln.": (
            "This workspace is not encrypted; please encrypt it first."
        ),
        "Dieser Arbeitsbereich ist schon verschlüsselt.": "This workspace is already encrypted.",
        "Der Arbeitsbereich ist gesperrt oder geschlossen; bitte zuerst entsperren oder neu öffnen.": (
            "The workspace is locked or closed; please unlock or reopen it first."
        ),
        "„{name}“ ist verschlüsselt (oder keine Datenbank). Bitte die Passphrase angeben.": (
            "“{name}” is encrypted (or not a database). Please enter the passphrase."
        ),
        "„{name}“ ist leer oder abgeschnitten und keine Verbund-Desktop-Datenbank.": (
            "“{name}” is empty or truncated and not a Verbund Desktop database."
        ),
        "„{name}“ ist beschädigt oder keine Verbund-Desktop-Datenbank.": "“{name}” is damaged or not a Verbund Desktop database.",
        "„{name}“ ist leer oder abgeschnitten und keine Sicherung.": "“{name}” is empty or truncated and not a backup.",
        "„{name}“ lässt sich nicht öffnen: Die Passphrase passt nicht, oder die Datei ist beschädigt oder keine "
        "Sicherung von Verbund Desktop. Es wurde nichts verändert.": (
            "“{name}” cannot be opened: the passphrase does not fit, or the file is damaged or not a Verbund "
            "Desktop backup. Nothing was changed."
        ),
        "Die Datei „{path}“ gibt es nicht.": "The file “{path}” does not exist.",
        "„{name}“ ist schon verschlüsselt.": "“{name}” is already encrypted.",
        # Importing a provider's catalogue (assessment/offer_import.py, offer_sheet.py; services/offers)
        "Die Datei „{file}“ wurde nicht eingelesen, es wurde nichts geändert:": (
            "The file “{file}” was not imported; nothing was changed:"
        ),
        "– {problem}": "– {problem}",
        "… und {count} weitere Probleme.": "… and {count} more problems.",
        "Unbekannte Dateiart: erwartet wird openQCAT (.xml) oder die Angebotsvorlage (.csv, .xlsx).": (
            "Unknown kind of file: openQCAT (.xml) or the offers template (.csv, .xlsx) is expected."
        ),
        "Die Datei ist leer: die Kopfzeile mit den Spaltennamen fehlt.": (
            "The file is empty: the header row with the column names is missing."
        ),
        "Die Zeichenkodierung ist weder UTF-8 noch Windows-1252.": "The character encoding is neither UTF-8 nor Windows-1252.",
        "Die Datei ist keine Textdatei (CSV).": "The file is not a text file (CSV).",
        "Die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx).": "The file is not a readable Excel workbook (.xlsx).",
        "Die Datei enthält mehr als {count} Zeilen.": "The file has more than {count} rows.",
        "Zeile {number}": "Row {number}",
        "Zeile {number}: mehr Werte als Spalten in der Kopfzeile.": "Row {number}: more values than columns in the header row.",
        "Zeile 1: Unbekannte Spalten: {unknown} (erlaubt: {allowed}).": "Row 1: unknown columns: {unknown} (allowed: {allowed}).",
        "Zeile 1: Pflichtspalten fehlen: {missing}.": "Row 1: required columns are missing: {missing}.",
        "Zeile 1: Spalten kommen mehrfach vor: {doubled}.": "Row 1: columns appear more than once: {doubled}.",
        "{where}, Spalte „{column}“: {problem}": "{where}, column “{column}”: {problem}",
        "Der Wert fehlt.": "The value is missing.",
        "Die Kennung ist länger als 64 Zeichen.": "The identifier is longer than 64 characters.",
        "„{value}“ ist keine gültige Zahl.": "“{value}” is not a valid number.",
        "„{value}“ ist keine ganze Zahl ≥ 0.": "“{value}” is not a whole number ≥ 0.",
        "„{value}“ ist weder „ja“ noch „nein“.": "“{value}” is neither “ja” (yes) nor “nein” (no).",
        "„{value}“ ist kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT).": (
            "“{value}” is not a valid date (DD.MM.YYYY or YYYY-MM-DD)."
        ),
    },
}
