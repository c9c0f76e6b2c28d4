"""More German templates of the services' messages (issue 14, branch messages2), listed for ``make translations``.

Joint courses, follow-ups, funding input, erasure and consent, backups and restore, sync files, connecting,
conflicts, the funder's report period, ESCO imports and offer review, why a file operation failed;
``service_message_catalogue.SERVICE_MESSAGES`` includes them. The English is in
``tools/translations_en_messages2.py``, in the same order.
"""

from __future__ import annotations

from verbund_desktop.ui.common.i18n import QT_TRANSLATE_NOOP

MORE_SERVICE_MESSAGES: tuple[str, ...] = (
    # Joint courses (services/network/joint_courses.py, joint_course_views.py; assessment/network_terms.py)
    QT_TRANSLATE_NOOP("ServiceMessages", "Diese Kompetenz gibt es nicht (mehr)."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Mindestzahl der Plätze muss mindestens 1 sein und darf die Höchstzahl nicht übersteigen.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Ende der Verbundmaßnahme liegt vor ihrem Beginn."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Für dieses Angebot fehlen noch die Unterrichtsstunden (openQCAT enthält keine Stundenzahl): bitte erst unter Angebote › Angebote prüfen … eintragen.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Diesen Betrieb gibt es nicht (mehr)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Im Arbeitsbereich ist noch kein Verbund angelegt."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Diese Verbundmaßnahme gibt es nicht (mehr)."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Die Verbundmaßnahme ist {label}; Plätze werden nicht mehr vergeben."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Diese Person hat in der Verbundmaßnahme schon einen Platz."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Alle {count} Plätze der Verbundmaßnahme sind vergeben."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Diesen Platz gibt es nicht (mehr)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Dieser Platz ist schon bestätigt."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Für diese Person gibt es noch keinen Entwicklungsplan; legen Sie zuerst einen an."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Den Platz bestätigt die Beraterin oder der Berater der Person ({name}), die ihren Entwicklungsplan betreut.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Eine Verbundmaßnahme, die {old} ist, kann nicht {new} werden."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Bestätigt werden kann die Verbundmaßnahme erst mit {count} bestätigten Plätzen (bisher {taken}).",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "in Planung"),
    QT_TRANSLATE_NOOP("ServiceMessages", "bestätigt"),
    QT_TRANSLATE_NOOP("ServiceMessages", "läuft"),
    QT_TRANSLATE_NOOP("ServiceMessages", "abgeschlossen"),
    QT_TRANSLATE_NOOP("ServiceMessages", "abgesagt"),
    # Follow-ups (services/network/follow_ups.py)
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Der Abstand des Nachgesprächs muss zwischen 1 und 36 Monaten liegen."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Dieses Nachgespräch gibt es nicht (mehr)."),
    # Funding input (assessment/funding_format.py, funding_input.py, qualifizierungsgeld.py)
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Angaben sind nicht möglich: {problems}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{first} {second}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Freistellungsdauer in Monaten"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Anteil der vom Wandel betroffenen Beschäftigten"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zu groß: {what} kann höchstens 1 Milliarde betragen."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Stundenzahl muss größer als 0 sein."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Das Alter {age} ist nicht möglich (erlaubt: {low} bis {high} Jahre)."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Für den Arbeitsentgeltzuschuss werden Monatsentgelt und Freistellungsmonate gemeinsam benötigt.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Der Anteil der vom Wandel betroffenen Beschäftigten darf höchstens 100 % betragen.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Ein Abschlussjahr ist angegeben, obwohl kein Berufsabschluss vorliegt."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Abschlussjahr {year} liegt nach dem Maßnahmebeginn ({start})."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Abschlussjahr {year} ist nicht plausibel."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Das Ende der letzten geförderten Teilnahme ({end}) liegt nach dem Maßnahmebeginn ({start}).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Der Anteil der betroffenen Beschäftigten muss zwischen 0 und 100 % liegen."
    ),
    # Erasure, consent, retention (services/protection/erasure.py, privacy.py, retention.py)
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Mindestens eine geprüfte Erwähnung steht nicht mehr an derselben Stelle; die Texte wurden seit der Prüfung geändert. Es wurde nichts gelöscht. Bitte die Löschung neu beginnen.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Diese Person gibt es nicht (mehr) im Arbeitsbereich."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Eine Schwerbehinderung darf nur mit ausdrücklicher, gesonderter Einwilligung gespeichert werden (Art. 9 DSGVO). Bitte zuerst die Einwilligung „Schwerbehinderung“ erfassen; für eine einzelne Förderschätzung kann die Angabe auch ohne Speichern verwendet werden.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Diese Einwilligung gibt es nicht (mehr)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Diese Einwilligung ist schon widerrufen."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Widerruf kann nicht vor der Einwilligung liegen."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Datum {day} liegt in der Zukunft."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zur Bestätigung bitte „{word}“ eingeben."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Bitte mindestens einen Eintrag auswählen."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Mindestens ein ausgewählter Eintrag ist nicht (mehr) über der Aufbewahrungsfrist; es wurde nichts gelöscht. Bitte die Liste neu laden.",
    ),
    # Backups and restore (persistence/backup.py, backup_verify.py, restore.py; services/protection)
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Sicherung „{path}“ gibt es nicht."),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{path}“ kann nicht gelesen werden: {reason}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{name}“ ist leer und keine Sicherung eines Arbeitsbereichs."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "„{name}“ stammt von einer neueren Version von Verbund Desktop (Schema {revision}) und kann mit diesem Programm nicht wiederhergestellt werden.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "„{name}“ ist beschädigt (Integritätsprüfung: {problems}); die Sicherung ist nicht verwendbar.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{name}“ ist beschädigt oder keine Datenbank von Verbund Desktop."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "„{name}“ ist eine fremde Datenbank, keine Sicherung von Verbund Desktop."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{name}“ ist beschädigt; die Sicherung ist nicht verwendbar."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Sicherung „{path}“ kann nicht geschrieben werden: {reason}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datenbank kann nicht gesichert werden. {why}"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "„{path}“ gibt es schon; eine vorhandene Datei wird nicht überschrieben."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Sicherung muss eine andere Datei als der Arbeitsbereich sein."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datenbank kann vor der Aktualisierung nicht gesichert werden."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Die Sicherung ist der Arbeitsbereich selbst; bitte eine Sicherungsdatei wählen."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Sicherung „{name}“ ist unverschlüsselt, der Arbeitsbereich aber verschlüsselt. Bitte die Passphrase angeben, mit der die Daten verschlüsselt werden sollen; es wurde nichts geändert.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Wiederherstellung ist fehlgeschlagen ({reason}); der bisherige Arbeitsbereich ist unverändert. Ist die Datei noch in einem anderen Programm geöffnet?",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die tägliche Sicherung wurde abgebrochen; es wurde keine Sicherungsdatei angelegt.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Beim Zugriff auf „{name}“ ist ein unerwarteter Fehler der Datenbank aufgetreten."
    ),
    # Sync files, the sync wire format, pulling (services/sync/sync_file.py, pull.py; sync/sealed.py, messages.py)
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Dieser Arbeitsbereich ist noch nicht mit der Koordinierungsstelle verbunden; ohne ihre Schlüssel gibt es keine Sync-Datei. Bitte zuerst „Mit der Koordinierungsstelle verbinden“.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Sync-Datei ist ungültig: {why}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Inhalt der Sync-Datei ist ungültig. Es wurde nichts geändert."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Sync-Datei „{name}“ kann nicht gelesen werden."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Diese Datei ist keine Sync-Datei von Verbund Desktop. Es wurde nichts geändert."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Sync-Datei ist verändert worden oder stammt nicht von der Koordinierungsstelle bzw. dem verbundenen Gerät. Es wurde nichts geändert.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Diese Sync-Datei ist für einen anderen Arbeitsbereich bestimmt. Es wurde nichts geändert.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Diese Sync-Datei wurde schon eingelesen (oder ist älter als die zuletzt eingelesene). Es wurde nichts geändert.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Sync-Datei lässt sich mit dem Schlüssel dieses Geräts nicht entschlüsseln. Es wurde nichts geändert.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Das Änderungspaket {changeset} ändert die Zeile {row} der Tabelle „{table}“ zweimal; ein Änderungspaket enthält jede Zeile höchstens einmal. Es wurde nichts übernommen.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{what}: Eine Zeile kommt zweimal vor; die Antwort ist verändert worden. Es wurde nichts übernommen.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Abruf"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Diese Änderungen der Koordinierungsstelle schließen nicht an den Stand dieses Arbeitsbereichs an (eine frühere Sync-Datei fehlt). Es wurde nichts übernommen.",
    ),
    # Resolving a sync conflict (services/sync/conflicts.py)
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Diesen Konflikt gibt es nicht mehr; er wurde schon gelöst oder die Daten wurden gelöscht.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Diese Lösung passt nicht zu diesem Konflikt. Bitte eine der angebotenen wählen."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Für „bearbeitet“ bitte mindestens ein Feld ändern."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Diese Planversion gibt es hier nicht mehr; bitte zuerst synchronisieren."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Ihre Fassung wurde schon als Version {version} gedruckt; eine neue Nummer passte nicht mehr zum gedruckten Plan. Bitte mit der Koordinierungsstelle klären, welche Fassung gilt. Nichts wurde geändert.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Feld „{name}“ gibt es hier nicht."),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{text}“ ist keine Zahl. Nichts wurde geändert."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Der Name oder das Kürzel ist hier noch vergeben. Bitte einen anderen wählen; nichts wurde geändert.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Der vorhandene Eintrag ist nicht bekannt; bitte zuerst synchronisieren."
    ),
    # Connecting to the office and syncing over the network (services/sync/client.py, http_transport.py)
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Die Adresse muss mit „https://“ beginnen oder nur Rechner und Port nennen."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Port der Adresse ist keine gültige Zahl."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Koordinierungsstelle unter {host}:{port} ist nicht erreichbar oder spricht kein HTTPS.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Koordinierungsstelle zeigt ein anderes Zertifikat als das bestätigte. Es wurde nichts gesendet. Bitte in der Koordinierungsstelle nachfragen, bevor Sie neu verbinden.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Koordinierungsstelle ist nicht erreichbar."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Verbindung zur Koordinierungsstelle ist abgebrochen."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Die Koordinierungsstelle zeigt ein anderes Zertifikat als das bestätigte."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Koordinierungsstelle antwortet mit Fehler {code}."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Dieser Arbeitsbereich ist schon mit einer Koordinierungsstelle verbunden."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Dieser Arbeitsbereich ist mit keiner Koordinierungsstelle verbunden."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Antwort der Koordinierungsstelle ist unverständlich."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Die Koordinierungsstelle hat nicht jedes Änderungspaket beantwortet."
    ),
    # The office's refusals, sent to the laptop as German text (services/office/devices.py, auth.py, ...)
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Geräteschlüssel ist ungültig."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Der Code ist ungültig, abgelaufen oder schon benutzt. Bitte in der Koordinierungsstelle einen neuen Code erstellen lassen.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Dieses Gerät ist schon verbunden."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Dieses Gerät ist in der Büro-Datenbank nicht bekannt."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Anfrage ist nicht signiert."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Uhr dieses Geräts weicht mehr als fünf Minuten von der Koordinierungsstelle ab; bitte die Uhrzeit des Laptops prüfen.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Anfrage ist nicht gültig signiert (unbekanntes Gerät oder veränderte Anfrage).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Dieses Gerät wurde in der Koordinierungsstelle gesperrt; bitte dort melden."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Diese Anfrage wurde schon einmal gestellt und wird nicht wiederholt."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Diese Änderungen tragen die Kennung eines Arbeitsbereichs, der mit einem anderen Gerät verbunden ist; es wurde nichts übernommen.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Dieser Betrieb ist Ihnen nicht zugeordnet."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Kennung des Arbeitsbereichs fehlt oder ist ungültig."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Anfrage ist zu groß."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Interner Fehler in der Koordinierungsstelle; bitte später erneut versuchen."
    ),
    # The funder's report period (services/network/funder_report.py)
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Den Zeitraum „{text}“ verstehe ich nicht; erwartet wird z. B. 2026-01..2026-12."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Zeitraum „{text}“ enthält ein ungültiges Datum."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Ende des Zeitraums liegt vor seinem Beginn."),
    # ESCO imports, offer files, reviewing offers (assessment/esco.py; services/offers/)
    QT_TRANSLATE_NOOP("ServiceMessages", "Die ESCO-Datei ist nicht UTF-8-kodiert."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile 1: Spalten fehlen: {missing}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die CSV-Datei ist fehlerhaft ({why})."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei enthält mehr als {count} Konzepte."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile {number}: mehr Werte als Spalten."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile {number}: conceptUri oder preferredLabel fehlt."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile {number}: Das Konzept {uri} kommt mehrfach vor."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die CSV-Datei ist nicht lesbar ({why})."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei enthält kein Konzept mit der URI {uri}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Unter „{label}“ ({uri}) liegen keine Fertigkeiten."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die ESCO-Version ist aus dem Dateinamen nicht erkennbar; bitte angeben (z. B. 1.2.0).",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{name}“ ist in der ESCO-Version {version} schon geladen."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei kann nicht gelesen werden: {reason}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Dieses Angebot gibt es nicht mehr."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Eine Kompetenz ist mehrfach gewählt."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Eine gewählte Kompetenz gehört zu keinem aktuellen Katalog."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Bei „{competence}“ muss die Ausgangsstufe kleiner als die Zielstufe sein und beide müssen in der Skala {low}–{high} liegen.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Bitte die Unterrichtsstunden des Angebots eintragen (Dauer laut Anbieter: {duration}): openQCAT enthält keine Stundenzahl, ohne sie gibt es weder Vorschlag noch Förderschätzung.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Bitte die Unterrichtsstunden des Angebots eintragen: openQCAT enthält keine Stundenzahl, ohne sie gibt es weder Vorschlag noch Förderschätzung.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Stundenzahl muss größer als 0 und höchstens {limit} sein."),
    # openQCAT files that are no openQCAT at all (assessment/openqcat.py)
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile {line}: Die Datei ist kein wohlgeformtes XML ({why})."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile 1: Die Datei kann nicht gelesen werden ({why})."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Zeile 1: Das Wurzelelement „{tag}“ ist kein openQCAT-Katalog (erwartet: OPENQCAT).",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile 1: Eine DOCTYPE-Angabe ist in openQCAT nicht erlaubt."),
    # Rule-set files: the file itself (assessment/funding_rules.py, read_json_document)
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei „{path}“ wurde nicht gefunden."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei „{name}“ kann nicht gelesen werden ({why})."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei „{name}“ ist zu tief verschachtelt."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei „{name}“ enthält kein gültiges JSON: {why}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei „{name}“ entspricht nicht dem Schema: {why}"),
    # Why a workspace file cannot be used (persistence/errors.py, describe_failure)
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "„{name}“ wird gerade von einem anderen Programm beschrieben (etwa einem zweiten Fenster von Verbund Desktop oder dem Befehl „verbund“). Bitte das andere Programm schließen und es noch einmal versuchen. Es wurde nichts geändert.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "„{name}“ oder sein Ordner ist schreibgeschützt (etwa ein gesperrter USB-Stick oder ein Archivordner). Bitte die Datei in einen beschreibbaren Ordner kopieren. Es wurde nichts geändert.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Der Datenträger mit „{name}“ ist voll. Bitte Platz schaffen und es noch einmal versuchen. Was vorher gespeichert war, bleibt erhalten; der letzte Schritt wurde nicht gespeichert.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "„{name}“ ist beschädigt (oder abgeschnitten) und kann nicht gelesen werden. Bitte eine Sicherung wiederherstellen. Die Datei wurde nicht verändert.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Der Dateiname „{name}…“ ist zu lang für das Dateisystem. Bitte einen kürzeren Namen wählen.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Beim Lesen oder Schreiben von „{name}“ hat der Datenträger einen Fehler gemeldet (etwa ein entfernter USB-Stick oder eine unterbrochene Netzwerkfreigabe). Der letzte Schritt wurde nicht gespeichert.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{name}“ oder sein Ordner ist nicht (mehr) vorhanden."),
    # Why a file operation failed (files.failure_reason)
    QT_TRANSLATE_NOOP("ServiceMessages", "der Datenträger ist voll"),
    QT_TRANSLATE_NOOP("ServiceMessages", "der Datenträger ist schreibgeschützt"),
    QT_TRANSLATE_NOOP("ServiceMessages", "die Berechtigung fehlt (Datei oder Ordner schreibgeschützt?)"),
    QT_TRANSLATE_NOOP("ServiceMessages", "die Datei oder ihr Ordner ist nicht vorhanden"),
    QT_TRANSLATE_NOOP("ServiceMessages", "der Name ist zu lang"),
    QT_TRANSLATE_NOOP("ServiceMessages", "dort liegt ein Ordner, keine Datei"),
    QT_TRANSLATE_NOOP("ServiceMessages", "ein Teil des Pfads ist kein Ordner"),
    QT_TRANSLATE_NOOP("ServiceMessages", "dort liegt schon eine Datei"),
    QT_TRANSLATE_NOOP("ServiceMessages", "der Datenträger hat einen Lese- oder Schreibfehler gemeldet"),
    QT_TRANSLATE_NOOP("ServiceMessages", "der Speicherplatz des Benutzerkontos ist ausgeschöpft"),
)
