"""English texts of the services' and the domain's messages (issue 14), context ``ServiceMessages``: the German
templates are listed in ``ui/common/service_message_catalogue.py``; merged by fill_translations.py."""

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
        # Plans, measures, competency interviews, consent gates, records gone meanwhile
        "Version {version} ist nicht die aktuelle Fassung dieses Plans; geändert werden kann nur Version {newest}.": "Version {version} is not the current version of this plan; only version {newest} can be changed.",
        "Die Kompetenz {names} wurde in der Kompetenzerhebung dieses Plans nicht eingeschätzt; eine Maßnahme kann nur Lücken aus dieser Erhebung schließen.": "The competence {names} was not rated in this plan's competency interview; a measure can only close gaps from that interview.",
        "Das Ende ({end}) liegt vor dem Beginn ({start}).": "The end ({end}) lies before the start ({start}).",
        "Stufe {value} gibt es in diesem Katalog nicht; erlaubt sind {low}–{high}.": "Level {value} does not exist in this catalogue; allowed are {low}–{high}.",
        "Priorität {value} gibt es nicht; erlaubt sind 1 (hoch), 2 (mittel), 3 (niedrig).": "Priority {value} does not exist; allowed are 1 (high), 2 (medium), 3 (low).",
        "Es gibt schon ein offenes Kompetenzgespräch vom {day}; bitte dort weitermachen.": "There is already an open competency interview of {day}; please continue there.",
        "Diese Person gibt es nicht (mehr).": "This person does not exist (any more).",
        "Für diese Person liegt noch keine abgeschlossene Kompetenzerhebung vor. Ein Entwicklungsplan baut auf ihr auf.": "This person has no completed competency interview yet. A development plan builds on one.",
        "Diesen Plan gibt es nicht (mehr).": "This plan does not exist (any more).",
        "Dieses Weiterbildungsangebot gibt es nicht (mehr).": "This training offer does not exist (any more).",
        "Diese Maßnahme gibt es nicht (mehr).": "This measure does not exist (any more).",
        "Eine der gewählten Kompetenzen gibt es nicht (mehr).": "One of the chosen competences does not exist (any more).",
        "Diese Bewertung gibt es nicht (mehr).": "This rating does not exist (any more).",
        "Dieses Kompetenzgespräch ist abgeschlossen und bleibt unverändert. Für neue Einschätzungen bitte ein Folgegespräch beginnen.": "This competency interview is completed and stays unchanged. For new ratings please start a follow-up interview.",
        "Diese Person ist archiviert; mit ihr wird kein Kompetenzgespräch geführt.": "This person is archived; no competency interview is held with them.",
        "Mindestens eine gewählte Kompetenz gibt es nicht (mehr).": "At least one chosen competence does not exist (any more).",
        "Für diese Person liegt keine gültige Einwilligung (oder andere dokumentierte Rechtsgrundlage) zur Kompetenzerhebung vor. Ohne sie wird keine Bewertung gespeichert.": "This person has no valid consent (or other documented legal basis) for the competency interview. Without it no rating is saved.",
        "Für diese Person liegt keine Einwilligung vor, ihre Daten für einen Förderantrag zu verwenden und an die Agentur für Arbeit weiterzugeben.": "This person has not consented to their data being used for a funding application and passed to the Federal Employment Agency.",
        "Für diese Person liegt keine Einwilligung zur pseudonymisierten Nutzung im Verbund vor.": "This person has not consented to pseudonymised use in the network.",
        "Der Arbeitsbereich hat noch keinen Verbund; bitte zuerst einen Verbund anlegen.": "The workspace has no network yet; please create a network first.",
        "{what} gibt es nicht (mehr); bitte die Ansicht aktualisieren (F5).": "{what} does not exist (any more); please refresh the view (F5).",
        "Das Stellenprofil": "The role profile",
        "Den Betrieb": "The company",
        "Die Abteilung": "The department",
        "Die Bedarfsanalyse": "The needs analysis",
        "Die Person": "The person",
        # Printing all plans: who was skipped and why (services/planning/printing.py, batch_files.py)
        "{who}: {why}": "{who}: {why}",
        "{who}: kein Entwicklungsplan": "{who}: no development plan",
        "{who}: keine gültige Einwilligung": "{who}: no valid consent",
        # Sync conflicts: what happened, which table, which field (services/sync/conflict_texts.py)
        "Dasselbe Feld wurde hier und in der Koordinierungsstelle geändert.": "The same field was changed here and at the coordination office.",
        "Der Eintrag wurde in der Koordinierungsstelle inzwischen geändert (in anderen Feldern).": "The entry has been changed at the coordination office meanwhile (in other fields).",
        "Sie haben einen Eintrag geändert, den die Koordinierungsstelle inzwischen gelöscht hat.": "You changed an entry that the coordination office has deleted meanwhile.",
        "Sie haben einen Eintrag gelöscht, der in der Koordinierungsstelle inzwischen geändert wurde.": "You deleted an entry that has been changed at the coordination office meanwhile.",
        "Einen Eintrag mit demselben Namen oder Kürzel gibt es in der Koordinierungsstelle schon.": "The coordination office already has an entry with the same name or code.",
        "Zu derselben Planversion gibt es in der Koordinierungsstelle schon eine Nachfolgeversion.": "The coordination office already has a successor of the same plan version.",
        "Die Änderung passt nicht zu den Daten der Koordinierungsstelle (ein Verweis fehlt oder ist doppelt).": "The change does not fit the coordination office's data (a reference is missing or doubled).",
        "Betrieb": "Company",
        "Abteilung": "Department",
        "Rollenprofil": "Role profile",
        "Soll-Kompetenz": "Target competence",
        "Person": "Person",
        "Beraterin/Berater": "Advisor",
        "Betriebsgespräch": "Company interview",
        "Antwort im Betriebsgespräch": "Answer in the company interview",
        "Kompetenzerhebung": "Competency assessment",
        "Bewertung": "Rating",
        "Entwicklungsplan": "Development plan",
        "Maßnahme": "Measure",
        "Lücke einer Maßnahme": "Gap of a measure",
        "Einwilligung": "Consent",
        "Weiterbildungsangebot": "Training offer",
        "Verbund": "Network",
        "Name": "Name",
        "Notizen": "Notes",
        "Vorname": "First name",
        "Nachname": "Last name",
        "Kürzel": "Code",
        "Tätigkeit": "Job",
        "Ansprechperson": "Contact person",
        "Version": "Version",
        "Status": "Status",
        "Vereinbarte Stufe": "Agreed level",
        "Beantwortet am": "Answered on",
        "Archiviert am": "Archived on",
        "Erhoben am": "Assessed on",
        "Geburtsjahr": "Year of birth",
        "Abschluss": "Certificate",
        "Ort": "Place",
        "Kompetenz": "Competence",
        "Abgeschlossen am": "Completed on",
        "Geführt am": "Held on",
        "Kontakt": "Contact",
        "E-Mail der Ansprechperson": "Contact person's e-mail",
        "Telefon der Ansprechperson": "Contact person's phone",
        "Kosten (EUR)": "Cost (EUR)",
        "Angelegt am": "Created on",
        "Beschreibung": "Description",
        "E-Mail": "E-mail",
        "Ende": "End",
        "Form": "Form",
        "Ziele": "Goals",
        "Berufsabschluss": "Vocational qualification",
        "Beschäftigte": "Employees",
        "Stunden": "Hours",
        "Branche": "Industry",
        "Gesprächspartner": "Interviewee",
        "Art": "Kind",
        "Ort der Maßnahme": "Place of the measure",
        "Höchstens Teilnehmende": "Maximum participants",
        "Methode": "Method",
        "Mindestens Teilnehmende": "Minimum participants",
        "Monatsentgelt (EUR)": "Monthly pay (EUR)",
        "Notiz": "Note",
        "Angebot": "Offer",
        "Reihenfolge": "Order",
        "Postleitzahl": "Postcode",
        "Priorität": "Priority",
        "Anbieter": "Provider",
        "Zweck": "Purpose",
        "Abschlussjahr": "Year of qualification",
        "Region": "Region",
        "Freistellung (Stunden)": "Release from work (hours)",
        "Stunden fehlen": "Hours missing",
        "Dauerklasse (openQCAT)": "Duration class (openQCAT)",
        "Aufgaben": "Tasks",
        "Verantwortung": "Responsibility",
        "Überprüfung am": "Review on",
        "Zeitplan": "Schedule",
        "Selbsteinschätzung": "Self-assessment",
        "Schwerbehindert": "Severely disabled",
        "Beginn": "Start",
        "Ausgangslage": "Starting point",
        "Straße": "Street",
        "Einschätzung der Führungskraft": "Manager's assessment",
        "Soll-Stufe": "Target level",
        "Titel": "Title",
        "Wert": "Value",
        "Widerrufen am": "Withdrawn on",
        "Betriebsrat": "Works council",
    },
}
