"""English texts of the services' messages converted by the branch messages2 (issue 14: joint courses,
follow-ups, erasure, funding input, backups and restore, file failures), context ``ServiceMessages``: the
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
