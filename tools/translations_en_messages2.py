"""English texts of the services' messages converted by the branch messages2 (issue 14: joint courses,
follow-ups, erasure, funding input, backups and restore, sync files, connecting, resolving conflicts, the
funder's report period, ESCO imports and reviewing offers, file failures), context ``ServiceMessages``: the
German templates are listed in ``ui/common/service_message_catalogue_more.py``; merged by fill_translations.py."""

from __future__ import annotations

SHARED: dict[str, str] = {}

BY_CONTEXT: dict[str, dict[str, str | tuple[str, str]]] = {
    "ServiceMessages": {
        # Joint courses (services/network/joint_courses.py, joint_course_views.py; assessment/network_terms.py)
        "Diese Kompetenz gibt es nicht (mehr).": "This competence no longer exists.",
        "Die Mindestzahl der Plätze muss mindestens 1 sein und darf die Höchstzahl nicht übersteigen.": (
            "The minimum number of seats must be at least 1 and may not exceed the maximum."
        ),
        "Das Ende der Verbundmaßnahme liegt vor ihrem Beginn.": "The joint course ends before it starts.",
        "Für dieses Angebot fehlen noch die Unterrichtsstunden (openQCAT enthält keine Stundenzahl): bitte erst "
        "unter Angebote › Angebote prüfen … eintragen.": (
            "This offer still lacks its teaching hours (openQCAT has no number of hours): please enter them "
            "under Offers › Review offers … first."
        ),
        "Diesen Betrieb gibt es nicht (mehr).": "This company no longer exists.",
        "Im Arbeitsbereich ist noch kein Verbund angelegt.": "No network has been set up in this workspace yet.",
        "Diese Verbundmaßnahme gibt es nicht (mehr).": "This joint course no longer exists.",
        "Die Verbundmaßnahme ist {label}; Plätze werden nicht mehr vergeben.": (
            "The joint course is {label}; no more seats are given."
        ),
        "Diese Person hat in der Verbundmaßnahme schon einen Platz.": (
            "This person already has a seat in the joint course."
        ),
        "Alle {count} Plätze der Verbundmaßnahme sind vergeben.": "All {count} seats of the joint course are taken.",
        "Diesen Platz gibt es nicht (mehr).": "This seat no longer exists.",
        "Dieser Platz ist schon bestätigt.": "This seat is already confirmed.",
        "Für diese Person gibt es noch keinen Entwicklungsplan; legen Sie zuerst einen an.": (
            "This person has no development plan yet; please create one first."
        ),
        "Den Platz bestätigt die Beraterin oder der Berater der Person ({name}), die ihren Entwicklungsplan "
        "betreut.": "The seat is confirmed by the person's advisor ({name}), who looks after their development plan.",
        "Eine Verbundmaßnahme, die {old} ist, kann nicht {new} werden.": (
            "A joint course that is {old} cannot become {new}."
        ),
        "Bestätigt werden kann die Verbundmaßnahme erst mit {count} bestätigten Plätzen (bisher {taken}).": (
            "The joint course can only be confirmed with {count} confirmed seats (so far {taken})."
        ),
        "in Planung": "in planning",
        "bestätigt": "confirmed",
        "läuft": "running",
        "abgeschlossen": "completed",
        "abgesagt": "cancelled",
        # Follow-ups (services/network/follow_ups.py)
        "Der Abstand des Nachgesprächs muss zwischen 1 und 36 Monaten liegen.": (
            "The interval of the follow-up must be between 1 and 36 months."
        ),
        "Dieses Nachgespräch gibt es nicht (mehr).": "This follow-up no longer exists.",
        # Funding input (assessment/funding_format.py, funding_input.py, qualifizierungsgeld.py)
        "Die Angaben sind nicht möglich: {problems}": "The details are not possible: {problems}",
        "{first} {second}": "{first} {second}",
        "Die Freistellungsdauer in Monaten": "The months of release from work",
        "Der Anteil der vom Wandel betroffenen Beschäftigten": "The share of employees affected by the change",
        "Zu groß: {what} kann höchstens 1 Milliarde betragen.": "Too large: {what} can be at most 1 billion.",
        "Die Stundenzahl muss größer als 0 sein.": "The number of hours must be greater than 0.",
        "Das Alter {age} ist nicht möglich (erlaubt: {low} bis {high} Jahre).": (
            "The age {age} is not possible (allowed: {low} to {high} years)."
        ),
        "Für den Arbeitsentgeltzuschuss werden Monatsentgelt und Freistellungsmonate gemeinsam benötigt.": (
            "The wage subsidy needs both the monthly pay and the months of release from work."
        ),
        "Der Anteil der vom Wandel betroffenen Beschäftigten darf höchstens 100 % betragen.": (
            "The share of employees affected by the change can be at most 100%."
        ),
        "Ein Abschlussjahr ist angegeben, obwohl kein Berufsabschluss vorliegt.": (
            "A year of qualification is given although there is no vocational qualification."
        ),
        "Das Abschlussjahr {year} liegt nach dem Maßnahmebeginn ({start}).": (
            "The year of qualification {year} lies after the start of the course ({start})."
        ),
        "Das Abschlussjahr {year} ist nicht plausibel.": "The year of qualification {year} is not plausible.",
        "Das Ende der letzten geförderten Teilnahme ({end}) liegt nach dem Maßnahmebeginn ({start}).": (
            "The end of the last funded participation ({end}) lies after the start of the course ({start})."
        ),
        "Der Anteil der betroffenen Beschäftigten muss zwischen 0 und 100 % liegen.": (
            "The share of affected employees must be between 0 and 100%."
        ),
        # Erasure, consent, retention (services/protection/erasure.py, privacy.py, retention.py)
        "Mindestens eine geprüfte Erwähnung steht nicht mehr an derselben Stelle; die Texte wurden seit der "
        "Prüfung geändert. Es wurde nichts gelöscht. Bitte die Löschung neu beginnen.": (
            "At least one reviewed mention is no longer in the same place; the texts were changed since the "
            "review. Nothing was erased. Please start the erasure again."
        ),
        "Diese Person gibt es nicht (mehr) im Arbeitsbereich.": "This person no longer exists in the workspace.",
        "Eine Schwerbehinderung darf nur mit ausdrücklicher, gesonderter Einwilligung gespeichert werden (Art. 9 "
        "DSGVO). Bitte zuerst die Einwilligung „Schwerbehinderung“ erfassen; für eine einzelne Förderschätzung "
        "kann die Angabe auch ohne Speichern verwendet werden.": (
            "A severe disability may only be stored with an explicit, separate consent (Art. 9 GDPR). Please "
            "record the consent “Schwerbehinderung” first; for a single funding estimate the detail can also be "
            "used without storing it."
        ),
        "Diese Einwilligung gibt es nicht (mehr).": "This consent no longer exists.",
        "Diese Einwilligung ist schon widerrufen.": "This consent has already been withdrawn.",
        "Der Widerruf kann nicht vor der Einwilligung liegen.": "The withdrawal cannot lie before the consent.",
        "Das Datum {day} liegt in der Zukunft.": "The date {day} lies in the future.",
        "Zur Bestätigung bitte „{word}“ eingeben.": "To confirm, please type “{word}”.",
        "Bitte mindestens einen Eintrag auswählen.": "Please select at least one entry.",
        "Mindestens ein ausgewählter Eintrag ist nicht (mehr) über der Aufbewahrungsfrist; es wurde nichts "
        "gelöscht. Bitte die Liste neu laden.": (
            "At least one selected entry is no longer past its retention period; nothing was erased. Please "
            "reload the list."
        ),
        # Backups and restore (persistence/backup.py, backup_verify.py, restore.py; services/protection)
        "Die Sicherung „{path}“ gibt es nicht.": "The backup “{path}” does not exist.",
        "„{path}“ kann nicht gelesen werden: {reason}.": "“{path}” cannot be read: {reason}.",
        "„{name}“ ist leer und keine Sicherung eines Arbeitsbereichs.": (
            "“{name}” is empty and not a backup of a workspace."
        ),
        "„{name}“ stammt von einer neueren Version von Verbund Desktop (Schema {revision}) und kann mit diesem "
        "Programm nicht wiederhergestellt werden.": (
            "“{name}” comes from a newer version of Verbund Desktop (schema {revision}) and cannot be restored "
            "with this program."
        ),
        "„{name}“ ist beschädigt (Integritätsprüfung: {problems}); die Sicherung ist nicht verwendbar.": (
            "“{name}” is damaged (integrity check: {problems}); the backup cannot be used."
        ),
        "„{name}“ ist beschädigt oder keine Datenbank von Verbund Desktop.": (
            "“{name}” is damaged or not a Verbund Desktop database."
        ),
        "„{name}“ ist eine fremde Datenbank, keine Sicherung von Verbund Desktop.": (
            "“{name}” is another program's database, not a Verbund Desktop backup."
        ),
        "„{name}“ ist beschädigt; die Sicherung ist nicht verwendbar.": "“{name}” is damaged; the backup cannot be used.",
        "Die Sicherung „{path}“ kann nicht geschrieben werden: {reason}.": (
            "The backup “{path}” cannot be written: {reason}."
        ),
        "Die Datenbank kann nicht gesichert werden. {why}": "The database cannot be backed up. {why}",
        "„{path}“ gibt es schon; eine vorhandene Datei wird nicht überschrieben.": (
            "“{path}” already exists; an existing file is not overwritten."
        ),
        "Die Sicherung muss eine andere Datei als der Arbeitsbereich sein.": (
            "The backup must be a different file from the workspace."
        ),
        "Die Datenbank kann vor der Aktualisierung nicht gesichert werden.": (
            "The database cannot be backed up before the update."
        ),
        "Die Sicherung ist der Arbeitsbereich selbst; bitte eine Sicherungsdatei wählen.": (
            "The backup is the workspace itself; please choose a backup file."
        ),
        "Die Sicherung „{name}“ ist unverschlüsselt, der Arbeitsbereich aber verschlüsselt. Bitte die Passphrase "
        "angeben, mit der die Daten verschlüsselt werden sollen; es wurde nichts geändert.": (
            "The backup “{name}” is not encrypted, but the workspace is. Please give the passphrase the data "
            "should be encrypted with; nothing was changed."
        ),
        "Die Wiederherstellung ist fehlgeschlagen ({reason}); der bisherige Arbeitsbereich ist unverändert. Ist "
        "die Datei noch in einem anderen Programm geöffnet?": (
            "The restore failed ({reason}); the workspace is unchanged. Is the file still open in another program?"
        ),
        "Die tägliche Sicherung wurde abgebrochen; es wurde keine Sicherungsdatei angelegt.": (
            "The daily backup was cancelled; no backup file was created."
        ),
        "Beim Zugriff auf „{name}“ ist ein unerwarteter Fehler der Datenbank aufgetreten.": (
            "An unexpected database error occurred while accessing “{name}”."
        ),
        # Sync files, the sync wire format, pulling (services/sync/sync_file.py, pull.py; sync/sealed.py, messages.py)
        "Dieser Arbeitsbereich ist noch nicht mit der Koordinierungsstelle verbunden; ohne ihre Schlüssel gibt es "
        "keine Sync-Datei. Bitte zuerst „Mit der Koordinierungsstelle verbinden“.": (
            "This workspace is not connected to the coordination office yet; without its keys there is no sync "
            "file. Please use “Connect to the coordination office” first."
        ),
        "Die Sync-Datei ist ungültig: {why}": "The sync file is invalid: {why}",
        "Der Inhalt der Sync-Datei ist ungültig. Es wurde nichts geändert.": (
            "The content of the sync file is invalid. Nothing was changed."
        ),
        "Die Sync-Datei „{name}“ kann nicht gelesen werden.": "The sync file “{name}” cannot be read.",
        "Diese Datei ist keine Sync-Datei von Verbund Desktop. Es wurde nichts geändert.": (
            "This file is not a Verbund Desktop sync file. Nothing was changed."
        ),
        "Die Sync-Datei ist verändert worden oder stammt nicht von der Koordinierungsstelle bzw. dem verbundenen "
        "Gerät. Es wurde nichts geändert.": (
            "The sync file has been altered or does not come from the coordination office or the connected "
            "device. Nothing was changed."
        ),
        "Diese Sync-Datei ist für einen anderen Arbeitsbereich bestimmt. Es wurde nichts geändert.": (
            "This sync file is meant for another workspace. Nothing was changed."
        ),
        "Diese Sync-Datei wurde schon eingelesen (oder ist älter als die zuletzt eingelesene). Es wurde nichts "
        "geändert.": "This sync file has already been read (or is older than the last one read). Nothing was changed.",
        "Die Sync-Datei lässt sich mit dem Schlüssel dieses Geräts nicht entschlüsseln. Es wurde nichts geändert.": (
            "The sync file cannot be decrypted with this device's key. Nothing was changed."
        ),
        "Das Änderungspaket {changeset} ändert die Zeile {row} der Tabelle „{table}“ zweimal; ein Änderungspaket "
        "enthält jede Zeile höchstens einmal. Es wurde nichts übernommen.": (
            "The changeset {changeset} changes row {row} of table “{table}” twice; a changeset contains each row "
            "at most once. Nothing was taken over."
        ),
        "{what}: Eine Zeile kommt zweimal vor; die Antwort ist verändert worden. Es wurde nichts übernommen.": (
            "{what}: A row appears twice; the answer has been altered. Nothing was taken over."
        ),
        "Abruf": "Fetch",
        "Diese Änderungen der Koordinierungsstelle schließen nicht an den Stand dieses Arbeitsbereichs an (eine "
        "frühere Sync-Datei fehlt). Es wurde nichts übernommen.": (
            "These changes of the coordination office do not follow on from the state of this workspace (an "
            "earlier sync file is missing). Nothing was taken over."
        ),
        # Resolving a sync conflict (services/sync/conflicts.py)
        "Diesen Konflikt gibt es nicht mehr; er wurde schon gelöst oder die Daten wurden gelöscht.": (
            "This conflict no longer exists; it was already resolved or the data were deleted."
        ),
        "Diese Lösung passt nicht zu diesem Konflikt. Bitte eine der angebotenen wählen.": (
            "This resolution does not fit this conflict. Please choose one of those offered."
        ),
        "Für „bearbeitet“ bitte mindestens ein Feld ändern.": "For an edited version, please change at least one field.",
        "Diese Planversion gibt es hier nicht mehr; bitte zuerst synchronisieren.": (
            "This plan version no longer exists here; please synchronise first."
        ),
        "Ihre Fassung wurde schon als Version {version} gedruckt; eine neue Nummer passte nicht mehr zum gedruckten "
        "Plan. Bitte mit der Koordinierungsstelle klären, welche Fassung gilt. Nichts wurde geändert.": (
            "Your version was already printed as version {version}; a new number would no longer match the printed "
            "plan. Please agree with the coordination office which version applies. Nothing was changed."
        ),
        "Das Feld „{name}“ gibt es hier nicht.": "The field “{name}” does not exist here.",
        "„{text}“ ist keine Zahl. Nichts wurde geändert.": "“{text}” is not a number. Nothing was changed.",
        "Der Name oder das Kürzel ist hier noch vergeben. Bitte einen anderen wählen; nichts wurde geändert.": (
            "The name or the abbreviation is still taken here. Please choose another; nothing was changed."
        ),
        "Der vorhandene Eintrag ist nicht bekannt; bitte zuerst synchronisieren.": (
            "The existing entry is not known; please synchronise first."
        ),
        # Connecting to the office and syncing over the network (services/sync/client.py, http_transport.py)
        "Die Adresse muss mit „https://“ beginnen oder nur Rechner und Port nennen.": (
            "The address must begin with “https://” or name only the host and port."
        ),
        "Der Port der Adresse ist keine gültige Zahl.": "The port of the address is not a valid number.",
        "Die Koordinierungsstelle unter {host}:{port} ist nicht erreichbar oder spricht kein HTTPS.": (
            "The coordination office at {host}:{port} cannot be reached or does not speak HTTPS."
        ),
        "Die Koordinierungsstelle zeigt ein anderes Zertifikat als das bestätigte. Es wurde nichts gesendet. Bitte "
        "in der Koordinierungsstelle nachfragen, bevor Sie neu verbinden.": (
            "The coordination office shows a different certificate from the one confirmed. Nothing was sent. "
            "Please ask at the coordination office before you connect again."
        ),
        "Die Koordinierungsstelle ist nicht erreichbar.": "The coordination office cannot be reached.",
        "Die Verbindung zur Koordinierungsstelle ist abgebrochen.": (
            "The connection to the coordination office was interrupted."
        ),
        "Die Koordinierungsstelle zeigt ein anderes Zertifikat als das bestätigte.": (
            "The coordination office shows a different certificate from the one confirmed."
        ),
        "Die Koordinierungsstelle antwortet mit Fehler {code}.": "The coordination office answers with error {code}.",
        "Dieser Arbeitsbereich ist schon mit einer Koordinierungsstelle verbunden.": (
            "This workspace is already connected to a coordination office."
        ),
        "Dieser Arbeitsbereich ist mit keiner Koordinierungsstelle verbunden.": (
            "This workspace is not connected to any coordination office."
        ),
        "Die Antwort der Koordinierungsstelle ist unverständlich.": (
            "The answer of the coordination office cannot be understood."
        ),
        "Die Koordinierungsstelle hat nicht jedes Änderungspaket beantwortet.": (
            "The coordination office did not answer every changeset."
        ),
        # The office's refusals, sent to the laptop as German text (services/office/devices.py, auth.py, ...)
        "Der Geräteschlüssel ist ungültig.": "The device key is invalid.",
        "Der Code ist ungültig, abgelaufen oder schon benutzt. Bitte in der Koordinierungsstelle einen neuen Code "
        "erstellen lassen.": (
            "The code is invalid, expired or already used. Please ask the coordination office for a new code."
        ),
        "Dieses Gerät ist schon verbunden.": "This device is already connected.",
        "Dieses Gerät ist in der Büro-Datenbank nicht bekannt.": "This device is not known in the office database.",
        "Die Anfrage ist nicht signiert.": "The request is not signed.",
        "Die Uhr dieses Geräts weicht mehr als fünf Minuten von der Koordinierungsstelle ab; bitte die Uhrzeit des "
        "Laptops prüfen.": (
            "This device's clock differs from the coordination office's by more than five minutes; please check "
            "the laptop's time."
        ),
        "Die Anfrage ist nicht gültig signiert (unbekanntes Gerät oder veränderte Anfrage).": (
            "The request is not validly signed (unknown device or altered request)."
        ),
        "Dieses Gerät wurde in der Koordinierungsstelle gesperrt; bitte dort melden.": (
            "This device has been blocked at the coordination office; please contact them."
        ),
        "Diese Anfrage wurde schon einmal gestellt und wird nicht wiederholt.": (
            "This request was already made once and is not repeated."
        ),
        "Diese Änderungen tragen die Kennung eines Arbeitsbereichs, der mit einem anderen Gerät verbunden ist; es "
        "wurde nichts übernommen.": (
            "These changes carry the identifier of a workspace connected to another device; nothing was taken over."
        ),
        "Dieser Betrieb ist Ihnen nicht zugeordnet.": "This company is not assigned to you.",
        "Die Anfrage ist zu groß.": "The request is too large.",
        "Interner Fehler in der Koordinierungsstelle; bitte später erneut versuchen.": (
            "Internal error at the coordination office; please try again later."
        ),
        # The funder's report period (services/network/funder_report.py)
        "Den Zeitraum „{text}“ verstehe ich nicht; erwartet wird z. B. 2026-01..2026-12.": (
            "The period “{text}” cannot be read; expected is e.g. 2026-01..2026-12."
        ),
        "Der Zeitraum „{text}“ enthält ein ungültiges Datum.": "The period “{text}” contains an invalid date.",
        "Das Ende des Zeitraums liegt vor seinem Beginn.": "The end of the period lies before its start.",
        # ESCO imports, offer files, reviewing offers (assessment/esco.py; services/offers/)
        "Die ESCO-Datei ist nicht UTF-8-kodiert.": "The ESCO file is not UTF-8 encoded.",
        "Zeile 1: Spalten fehlen: {missing}.": "Row 1: columns missing: {missing}.",
        "Die CSV-Datei ist fehlerhaft ({why}).": "The CSV file is faulty ({why}).",
        "Die Datei enthält mehr als {count} Konzepte.": "The file contains more than {count} concepts.",
        "Zeile {number}: mehr Werte als Spalten.": "Row {number}: more values than columns.",
        "Zeile {number}: conceptUri oder preferredLabel fehlt.": "Row {number}: conceptUri or preferredLabel is missing.",
        "Zeile {number}: Das Konzept {uri} kommt mehrfach vor.": "Row {number}: the concept {uri} occurs more than once.",
        "Die CSV-Datei ist nicht lesbar ({why}).": "The CSV file cannot be read ({why}).",
        "Die Datei enthält kein Konzept mit der URI {uri}.": "The file contains no concept with the URI {uri}.",
        "Unter „{label}“ ({uri}) liegen keine Fertigkeiten.": "There are no skills below “{label}” ({uri}).",
        "Die ESCO-Version ist aus dem Dateinamen nicht erkennbar; bitte angeben (z. B. 1.2.0).": (
            "The ESCO version cannot be told from the file name; please give it (e.g. 1.2.0)."
        ),
        "„{name}“ ist in der ESCO-Version {version} schon geladen.": "“{name}” is already loaded in ESCO version {version}.",
        "Die Datei kann nicht gelesen werden: {reason}.": "The file cannot be read: {reason}.",
        "Dieses Angebot gibt es nicht mehr.": "This offer no longer exists.",
        "Eine Kompetenz ist mehrfach gewählt.": "A competence is chosen more than once.",
        "Eine gewählte Kompetenz gehört zu keinem aktuellen Katalog.": "A chosen competence belongs to no current catalogue.",
        "Bei „{competence}“ muss die Ausgangsstufe kleiner als die Zielstufe sein und beide müssen in der Skala "
        "{low}–{high} liegen.": (
            "For “{competence}” the starting level must be lower than the target level and both must lie in the "
            "scale {low}–{high}."
        ),
        "Bitte die Unterrichtsstunden des Angebots eintragen (Dauer laut Anbieter: {duration}): openQCAT enthält "
        "keine Stundenzahl, ohne sie gibt es weder Vorschlag noch Förderschätzung.": (
            "Please enter the offer's teaching hours (duration according to the provider: {duration}): openQCAT "
            "has no number of hours, and without them there is neither a suggestion nor a funding estimate."
        ),
        "Bitte die Unterrichtsstunden des Angebots eintragen: openQCAT enthält keine Stundenzahl, ohne sie gibt es "
        "weder Vorschlag noch Förderschätzung.": (
            "Please enter the offer's teaching hours: openQCAT has no number of hours, and without them there is "
            "neither a suggestion nor a funding estimate."
        ),
        "Die Stundenzahl muss größer als 0 und höchstens {limit} sein.": (
            "The number of hours must be greater than 0 and at most {limit}."
        ),
        # openQCAT files that are no openQCAT at all (assessment/openqcat.py)
        "Zeile {line}: Die Datei ist kein wohlgeformtes XML ({why}).": "Line {line}: the file is not well-formed XML ({why}).",
        "Zeile 1: Die Datei kann nicht gelesen werden ({why}).": "Line 1: the file cannot be read ({why}).",
        "Zeile 1: Das Wurzelelement „{tag}“ ist kein openQCAT-Katalog (erwartet: OPENQCAT).": (
            "Line 1: the root element “{tag}” is not an openQCAT catalogue (expected: OPENQCAT)."
        ),
        "Zeile 1: Eine DOCTYPE-Angabe ist in openQCAT nicht erlaubt.": "Line 1: a DOCTYPE declaration is not allowed in openQCAT.",
        # Rule-set files: the file itself (assessment/funding_rules.py, read_json_document)
        "Die Datei „{path}“ wurde nicht gefunden.": "The file “{path}” was not found.",
        "Die Datei „{name}“ kann nicht gelesen werden ({why}).": "The file “{name}” cannot be read ({why}).",
        "Die Datei „{name}“ ist zu tief verschachtelt.": "The file “{name}” is nested too deeply.",
        "Die Datei „{name}“ enthält kein gültiges JSON: {why}": "The file “{name}” contains no valid JSON: {why}",
        "Die Datei „{name}“ entspricht nicht dem Schema: {why}": "The file “{name}” does not match the schema: {why}",
        # Why a workspace file cannot be used (persistence/errors.py, describe_failure)
        "„{name}“ wird gerade von einem anderen Programm beschrieben (etwa einem zweiten Fenster von Verbund "
        "Desktop oder dem Befehl „verbund“). Bitte das andere Programm schließen und es noch einmal versuchen. Es "
        "wurde nichts geändert.": (
            "“{name}” is being written by another program right now (such as a second window of Verbund Desktop "
            "or the “verbund” command). Please close the other program and try again. Nothing was changed."
        ),
        "„{name}“ oder sein Ordner ist schreibgeschützt (etwa ein gesperrter USB-Stick oder ein Archivordner). "
        "Bitte die Datei in einen beschreibbaren Ordner kopieren. Es wurde nichts geändert.": (
            "“{name}” or its folder is write-protected (such as a locked USB stick or an archive folder). Please "
            "copy the file into a writable folder. Nothing was changed."
        ),
        "Der Datenträger mit „{name}“ ist voll. Bitte Platz schaffen und es noch einmal versuchen. Was vorher "
        "gespeichert war, bleibt erhalten; der letzte Schritt wurde nicht gespeichert.": (
            "The disk holding “{name}” is full. Please make room and try again. What was saved before is kept; "
            "the last step was not saved."
        ),
        "„{name}“ ist beschädigt (oder abgeschnitten) und kann nicht gelesen werden. Bitte eine Sicherung "
        "wiederherstellen. Die Datei wurde nicht verändert.": (
            "“{name}” is damaged (or truncated) and cannot be read. Please restore a backup. The file was not "
            "changed."
        ),
        "Der Dateiname „{name}…“ ist zu lang für das Dateisystem. Bitte einen kürzeren Namen wählen.": (
            "The file name “{name}…” is too long for the file system. Please choose a shorter name."
        ),
        "Beim Lesen oder Schreiben von „{name}“ hat der Datenträger einen Fehler gemeldet (etwa ein entfernter "
        "USB-Stick oder eine unterbrochene Netzwerkfreigabe). Der letzte Schritt wurde nicht gespeichert.": (
            "While reading or writing “{name}” the disk reported an error (such as a removed USB stick or an "
            "interrupted network share). The last step was not saved."
        ),
        "„{name}“ oder sein Ordner ist nicht (mehr) vorhanden.": "“{name}” or its folder no longer exists.",
        # Why a file operation failed (files.failure_reason)
        "der Datenträger ist voll": "the disk is full",
        "der Datenträger ist schreibgeschützt": "the disk is write-protected",
        "die Berechtigung fehlt (Datei oder Ordner schreibgeschützt?)": (
            "permission is missing (file or folder write-protected?)"
        ),
        "die Datei oder ihr Ordner ist nicht vorhanden": "the file or its folder does not exist",
        "der Name ist zu lang": "the name is too long",
        "dort liegt ein Ordner, keine Datei": "there is a folder there, not a file",
        "ein Teil des Pfads ist kein Ordner": "part of the path is not a folder",
        "dort liegt schon eine Datei": "there is already a file there",
        "der Datenträger hat einen Lese- oder Schreibfehler gemeldet": "the disk reported a read or write error",
        "der Speicherplatz des Benutzerkontos ist ausgeschöpft": "the user account's storage quota is used up",
    },
}
