"""English texts of the services' messages converted by the branch english4 (issue 14), context
``ServiceMessages``: the German templates are listed in ``ui/common/service_message_catalogue_english3.py``;
merged by fill_translations.py."""

from __future__ import annotations

SHARED: dict[str, str] = {}

BY_CONTEXT: dict[str, dict[str, str | tuple[str, str]]] = {
    "ServiceMessages": {
        # Why a file operation failed, without a German text of its own (assessment.errors.failure_message)
        "Systemmeldung „{text}“": "system message “{text}”",
        # Opening and creating a workspace (persistence/workspace.py, inspection.py, file_guard.py, rekey.py)
        "„{name}“ ist nur zum Lesen geöffnet, weil ein anderes Programm ihn bearbeitet; Wiederherstellen, Passphrase ändern und Löschen sind hier nicht möglich.": "“{name}” is open read-only because another program is editing it; restoring, changing the passphrase and erasing are not possible here.",
        "„{name}“ wurde mit einer neueren Version von Verbund Desktop erstellt (Schema {revision}). Bitte das Programm aktualisieren; die Datei bleibt unverändert.": "“{name}” was created with a newer version of Verbund Desktop (schema {revision}). Please update the program; the file stays unchanged.",
        "„{name}“ kann nicht auf den Stand dieses Programms gebracht werden: {cause}. Die Aktualisierung wurde vollständig zurückgenommen; die Datei ist wie vorher. {advice}": "“{name}” cannot be brought up to the level of this program: {cause}. The upgrade was undone completely; the file is as it was. {advice}",
        "Der Datenträger ist voll": "The disk is full",
        "Die Datei oder ihr Ordner ist schreibgeschützt": "The file or its folder is write-protected",
        "Ein anderes Programm schreibt gerade in die Datei": "Another program is writing to the file right now",
        "Die Datei enthält schon Teile des neuen Schemas, aber nicht dessen Versionsangabe": "The file already holds parts of the new schema, but not its version",
        "Ein Schritt der Aktualisierung ist fehlgeschlagen": "A step of the upgrade failed",
        "Vermutlich wurde eine frühere Aktualisierung mit einer älteren Programmversion abgebrochen und die Datei ist nur halb aktualisiert: Bitte eine Sicherung aus der Zeit vor diesem Abbruch wiederherstellen (die eben angelegte Sicherung „Vor Programm-Aktualisierung“ hat denselben Stand).": "Probably an earlier upgrade with an older version of the program was interrupted and the file is only half upgraded: please restore a backup from before that interruption (the backup “Before program update” just made has the same state).",
        "Bitte die Ursache beheben und die Datei erneut öffnen, oder eine Sicherung wiederherstellen.": "Please remove the cause and open the file again, or restore a backup.",
        "Die Aktualisierung hätte Verweise zwischen Datensätzen zerstört und wurde nicht übernommen; die Datei ist unverändert.": "The upgrade would have destroyed references between records and was not applied; the file is unchanged.",
        "Die Passphrase darf nicht leer sein.": "The passphrase must not be empty.",
        "Der Ordner „{folder}“ kann nicht angelegt werden: {reason}.": "The folder “{folder}” cannot be created: {reason}.",
        "„{name}“ ist nur zum Lesen geöffnet, weil ein anderes Programm ihn gerade bearbeitet. Die Änderung wurde nicht gespeichert.": "“{name}” is open read-only because another program is editing it right now. The change was not saved.",
        "„{path}“ ist keine Datei.": "“{path}” is not a file.",
        "Die Datei „{path}“ kann nicht gelesen werden: {reason}.": "The file “{path}” cannot be read: {reason}.",
        "„{name}“ ist eine fremde Datenbank, keine Verbund-Desktop-Datenbank.": "“{name}” is a foreign database, not a Verbund Desktop database.",
        "„{name}“ ist unvollständig: Das Anlegen oder Aktualisieren des Arbeitsbereichs wurde abgebrochen, bevor alle Tabellen bestanden. Die Datei wurde nicht verändert. Bitte eine Sicherung wiederherstellen oder den Arbeitsbereich neu anlegen.": "“{name}” is incomplete: creating or upgrading the workspace was interrupted before all its tables existed. The file was not changed. Please restore a backup or create the workspace anew.",
        "„{name}“ kann nicht geöffnet werden. Die Datei wurde nicht verändert.": "“{name}” cannot be opened. The file was not changed.",
        "Die Passphrase wurde nicht geändert: „{name}“ ist beschädigt. Bitte zuerst eine Sicherung wiederherstellen. Es wurde nichts geändert.": "The passphrase was not changed: “{name}” is damaged. Please restore a backup first. Nothing was changed.",
        "Die Passphrase konnte nicht geändert werden. {why}": "The passphrase could not be changed. {why}",
        "Der Arbeitsbereich konnte nicht verschlüsselt werden. {why}": "The workspace could not be encrypted. {why}",
        "Die neue Passphrase öffnet die Datei nicht; bitte eine Sicherung prüfen.": "The new passphrase does not open the file; please check a backup.",
        "Die verschlüsselte Kopie lässt sich nicht öffnen; es wurde nichts geändert.": "The encrypted copy cannot be opened; nothing was changed.",
        # The writer lock (persistence/writer_lock.py)
        "{program} auf „{host}“ (Anmeldung „{user}“, Prozess {pid}, seit {since})": "{program} on “{host}” (login “{user}”, process {pid}, since {since})",
        "{day} {clock} Uhr": "{day} {clock}",
        "unbekannt": "unknown",
        "einem anderen Programm": "another program",
        "„{name}“ ist gerade in {who} geöffnet. Bitte dort schließen und es dann erneut versuchen. Es wurde nichts geändert.": "“{name}” is open in {who} right now. Please close it there and then try again. Nothing was changed.",
        "Die Sperrdatei „{name}“ kann nicht angelegt werden ({reason}); ist der Ordner schreibgeschützt? Es wurde nichts geändert.": "The lock file “{name}” cannot be created ({reason}); is the folder write-protected? Nothing was changed.",
        "„{name}“ kann nicht gesperrt werden ({reason}); Arbeitsbereiche auf diesem Laufwerk werden nicht unterstützt. Es wurde nichts geändert.": "“{name}” cannot be locked ({reason}); workspaces on this drive are not supported. Nothing was changed.",
        "Die Sperrdatei „{name}“ kann nicht geschrieben werden ({reason}). Es wurde nichts geändert.": "The lock file “{name}” cannot be written ({reason}). Nothing was changed.",
        "„{name}“ war noch von {holder} gesperrt; dieses Programm läuft nicht mehr (abgestürzt oder ausgeschaltet). Die Sperre wurde übernommen. Bitte prüfen Sie die zuletzt eingegebenen Daten.": "“{name}” was still locked by {holder}; that program is no longer running (it crashed or was switched off). The lock was taken over. Please check the data entered last.",
    },
}
