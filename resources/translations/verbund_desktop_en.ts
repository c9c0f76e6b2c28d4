<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de_DE">
<context>
    <name>About</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/shell/about.py" line="+21"/>
        <source>&lt;p&gt;Bedarfsanalyse, Kompetenzerhebung und Entwicklungspläne für Weiterbildungsverbünde.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Needs analysis, competency interviews and development plans for continuing-education networks.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;Mitgelieferte Inhalte und Lizenzen&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Bundled content and licences&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;li&gt;&lt;b&gt;Beispielangebote&lt;/b&gt; – {0}&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Example offers&lt;/b&gt; – {0}&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;li&gt;&lt;b&gt;Schrift DejaVu Sans&lt;/b&gt; – freie Lizenz (Bitstream Vera / Arev), in PDF-Dokumente eingebettet.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Font DejaVu Sans&lt;/b&gt; – free licence (Bitstream Vera / Arev), embedded in PDF documents.&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;Förderbeträge sind immer unverbindliche Schätzungen.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Funding amounts are always non-binding estimates.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Über Verbund Desktop</source>
        <translation>About Verbund Desktop</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/organisation/company_dialogs.py" line="+155"/>
        <source>Archiv</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Betrieb wiederherstellen</source>
        <translation>Restore company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person wiederherstellen</source>
        <translation>Restore person</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archivierte Betriebe:</source>
        <translation>Archived companies:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archivierte Beschäftigte:</source>
        <translation>Archived employees:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0}  (archiviert am {1})</source>
        <translation>{0}  (archived on {1})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bitte zuerst einen Eintrag auswählen.</source>
        <translation>Please select an entry first.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/audit_view.py" line="+290"/>
        <source>Änderungsprotokoll</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location line="-236"/>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objekt</source>
        <translation>Object</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt</source>
        <translation>Old</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Frage „{0}“</source>
        <translation>Question “{0}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(interner Name: {0})</source>
        <translation>(internal name: {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(gelöscht)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angabe aus der Bedarfsanalyse vom {0}</source>
        <translation>from the needs analysis of {0}</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location line="+103"/>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter zurücksetzen</source>
        <translation>Reset filters</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Änderungsprotokoll</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objekt:</source>
        <translation>Object:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wer:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zeitraum:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>diese Person</source>
        <translation>this person</translation>
    </message>
    <message>
        <location line="+35"/>
        <source> (nur die neuesten {0})</source>
        <translation> (only the latest {0})</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Einträge</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/backup_dialogs.py" line="+68"/>
        <location line="+41"/>
        <source>Sicherung erstellen</source>
        <translation>Create backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbund-Desktop-Sicherung (*.db)</source>
        <translation>Verbund Desktop backup (*.db)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>verschlüsselt</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NICHT verschlüsselt</source>
        <translation>NOT encrypted</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sicherung erstellt</source>
        <translation>Backup created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Sicherung wurde geschrieben und geprüft ({0}):
{1}</source>
        <translation>The backup was written and verified ({0}):
{1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sicherung wird erstellt</source>
        <translation>Writing the backup</translation>
    </message>
    <message>
        <location line="+164"/>
        <location line="+22"/>
        <location line="+66"/>
        <location filename="../../src/verbund_desktop/ui/protection/restore_job.py" line="+27"/>
        <source>Wiederherstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>„{0}“ durch die Sicherung „{1}“ ersetzen?

Der jetzige Stand wird aufbewahrt (Ordner „{2}“); Änderungen nach dem Zeitpunkt der Sicherung sind danach nicht mehr im Arbeitsbereich.</source>
        <translation>Replace “{0}” with the backup “{1}”?

The current state is kept (folder “{2}”); changes made after the backup was taken will no longer be in the workspace.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Die Sicherung wird geprüft und wiederhergestellt …</source>
        <translation>Checking and restoring the backup …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/restore_job.py" line="+4"/>
        <source>Wiederhergestellt aus „{0}“.</source>
        <translation>Restored from “{0}”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>

Der bisherige Stand liegt in:
{0}</source>
        <translation>

The previous state is in:
{0}</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/backup_dialogs.py" line="+38"/>
        <location filename="../../src/verbund_desktop/ui/protection/restore_job.py" line="+18"/>
        <source>Sicherung wird wiederhergestellt</source>
        <translation>Restoring the backup</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/restore_job.py" line="+24"/>
        <source>Wiederhergestellt</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bitte warten, bis „{0}“ fertig ist (Statusleiste), und dann erneut wiederherstellen.</source>
        <translation>Please wait until “{0}” has finished (status bar), then restore again.</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/backup_dialogs.py" line="+59"/>
        <source>{0}

Es gibt Sicherungen dieses Arbeitsbereichs. Aus einer Sicherung wiederherstellen? Die jetzige Datei wird dabei nicht gelöscht, sondern aufbewahrt.</source>
        <translation>{0}

There are backups of this workspace. Restore from a backup? The current file is not deleted but kept.</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/printing/batch_print.py" line="+81"/>
        <source>Ordner für die Entwicklungspläne</source>
        <translation>Folder for the development plans</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Entwicklungspläne werden gedruckt …</source>
        <translation>Printing development plans …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+62"/>
        <location line="+115"/>
        <location line="+65"/>
        <source>Entwicklungspläne drucken</source>
        <translation>Print development plans</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Wohin sollen die Entwicklungspläne gehen?</source>
        <translation>Where should the development plans go?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auf einem &amp;Drucker …</source>
        <translation>On a &amp;printer …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Als &amp;PDF-Dateien in einen Ordner …</source>
        <translation>As PDF &amp;files into a folder …</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Entwicklungspläne werden gespeichert</source>
        <translation>Saving development plans</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0} von {1}: {2}</source>
        <translation>{0} of {1}: {2}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{0} Entwicklungsplan gespeichert in {1}.</source>
        <translation>{0} development plan saved in {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} Entwicklungspläne gespeichert in {1}.</source>
        <translation>{0} development plans saved in {1}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Abgebrochen: die übrigen Pläne wurden nicht gedruckt.</source>
        <translation>Cancelled: the remaining plans were not printed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nicht gedruckt:</source>
        <translation>Not printed:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} Entwicklungsplan an „{1}“ gesendet.</source>
        <translation>{0} development plan sent to “{1}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} Entwicklungspläne an „{1}“ gesendet.</source>
        <translation>{0} development plans sent to “{1}”.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Es gibt keinen Entwicklungsplan zum Drucken.</source>
        <translation>There is no development plan to print.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Alle &amp;Entwicklungspläne drucken …</source>
        <translation>Print all &amp;development plans …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Den aktuellen Plan aller Beschäftigten auf einem Drucker drucken oder als PDF-Dateien in einen Ordner schreiben</source>
        <translation>Print the current plan of every employee on a printer or write them as PDF files into a folder</translation>
    </message>
</context>
<context>
    <name>CompanyActions</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/organisation/company_actions.py" line="+41"/>
        <source>Be&amp;trieb</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neuer &amp;Betrieb …</source>
        <translation>New &amp;company …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neue/r Besc&amp;häftigte/r …</source>
        <translation>New &amp;employee …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auswahl &amp;bearbeiten …</source>
        <translation>E&amp;dit selection …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Abteilungen …</source>
        <translation>De&amp;partments …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auswahl a&amp;rchivieren …</source>
        <translation>&amp;Archive selection …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arc&amp;hiv: wiederherstellen …</source>
        <translation>Archi&amp;ve: restore …</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Den Betrieb „{0}“ mit allen Beschäftigten archivieren?</source>
        <translation>Archive the company “{0}” with all its employees?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>„{0}“ archivieren?</source>
        <translation>Archive “{0}”?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Archivieren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archivierte Einträge sind ausgeblendet und über „Archiv“ wiederherstellbar.</source>
        <translation>Archived entries are hidden and can be restored from “Archive”.</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/organisation/company_editor.py" line="+134"/>
        <source>Neuer Betrieb</source>
        <translation>New company</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Betrieb bearbeiten</source>
        <translation>Edit company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>z. B. Bäckerei Möller GmbH</source>
        <translation>e.g. Bäckerei Möller GmbH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z. B. Metallverarbeitung</source>
        <translation>e.g. metalworking</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Straße und Hausnummer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Es gibt einen Betriebsrat</source>
        <translation>There is a works council</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Betriebs- oder Tarifvereinbarung zur Weiterbildung vorhanden</source>
        <translation>Company or collective agreement on training in place</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>leer = keine/r benannt</source>
        <translation>empty = none appointed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mail oder Telefon</source>
        <translation>E-mail or phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name: *</source>
        <translation>&amp;Name: *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ranche:</source>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>leer = keine verbundenen; z. B. 610,5</source>
        <translation>empty = no linked companies; e.g. 610,5</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Beschäftigte (gewichtet): *</source>
        <translation>&amp;Employees (weighted): *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beschäftigte inkl. &amp;verbundener Unternehmen:</source>
        <translation>Employees incl. &amp;linked companies:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Straße:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PLZ:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ort / Region:</source>
        <translation>&amp;Town / region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitbestimmung:</source>
        <translation>Co-determination:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ansprechperson:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-Mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefon:</source>
        <translation>Telep&amp;hone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datenschutzbeauftragte/r:</source>
        <translation>&amp;Data protection officer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kontakt Datenschutz:</source>
        <translation>Officer&apos;s contact det&amp;ails:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noti&amp;zen:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>CompanyDialogs</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/organisation/company_dialogs.py" line="-161"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CompanyInterviewView</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/needs/company_interview_view.py" line="+139"/>
        <source>Leitfaden: {0}, Version {1}</source>
        <translation>Guide: {0}, version {1}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../src/verbund_desktop/ui/needs/interview_layout.py" line="+49"/>
        <source>Abgeschlossen am {0}</source>
        <translation>Completed on {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entwurf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Alle Pflichtfragen beantwortet.</source>
        <translation>All required questions answered.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offene Pflichtfragen: {0}</source>
        <translation>Open required questions: {0}</translation>
    </message>
    <message>
        <location line="+49"/>
        <location filename="../../src/verbund_desktop/ui/needs/interview_layout.py" line="+80"/>
        <source>Alle Pflichtfragen sind beantwortet.</source>
        <translation>All required questions are answered.</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/needs/interview_version_actions.py" line="+52"/>
        <source>Der Entwurf wurde verworfen.</source>
        <translation>The draft was discarded.</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/needs/company_interview_view.py" line="+48"/>
        <source>Wird abgeschlossen …</source>
        <translation>Completing …</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/needs/interview_layout.py" line="-89"/>
        <source>&lt;br&gt;… und {0} weitere.</source>
        <translation>&lt;br&gt;… and {0} more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noch nicht abgeschlossen: {0} Pflichtfrage(n) offen.&lt;ul&gt;{1}&lt;/ul&gt;{2}</source>
        <translation>Not completed yet: {0} required question(s) open.&lt;ul&gt;{1}&lt;/ul&gt;{2}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Entwurf vom {0}</source>
        <translation>Draft of {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Neue Bedarfsanalyse beginnen</source>
        <translation>Start a new needs analysis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eine neue Bedarfsanalyse beginnen? Die abgeschlossene bleibt unverändert und ist oben unter „Stand“ weiter einsehbar.</source>
        <translation>Start a new needs analysis? The completed one stays unchanged and can still be viewed at the top.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neue beginnen</source>
        <translation>Start new</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Entwurf verwerfen</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Den Entwurf mit allen seinen Antworten löschen? Das lässt sich nicht rückgängig machen; abgeschlossene Bedarfsanalysen bleiben erhalten.</source>
        <translation>Delete the draft with all its answers? This cannot be undone; completed needs analyses are kept.</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/needs/company_interview_view.py" line="+10"/>
        <source>Die Bedarfsanalyse ist abgeschlossen.</source>
        <translation>The needs analysis is completed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bedarfsanalyse</source>
        <translation>Needs analysis</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/needs/interview_undo.py" line="+42"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wiederholen</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>CompanyReportTab</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/needs/company_report_tab.py" line="+36"/>
        <source>Bedarfsanalyse</source>
        <translation>Needs analysis</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Person</source>
        <translation>person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personen</source>
        <translation>people</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kompetenz-Heatmap: {0} {1} × {2} Kompetenzen</source>
        <translation>Competence heat map: {0} {1} × {2} competences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empfohlene Maßnahmen: {0}, Kosten {1}, geschätzte Förderung der Lehrgangskosten {2} (Schätzung)</source>
        <translation>Recommended measures: {0}, costs {1}, estimated funding of course costs {2} (estimate)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bündelbare Bedarfe mit anderen Verbundbetrieben: {0}</source>
        <translation>Needs that could be pooled with other network companies: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bericht zur Bedarfsanalyse</source>
        <translation>Needs analysis report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beschäftigte nur mit &amp;Kürzeln zeigen (pseudonymisiert)</source>
        <translation>Show employees by &amp;codes only (pseudonymised)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>V&amp;orschau</source>
        <translation>Previe&amp;w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als &amp;PDF speichern …</source>
        <translation>&amp;Save as PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle &amp;Entwicklungspläne des Betriebs drucken …</source>
        <translation>Print all &amp;development plans of the company …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gespräch wie erfasst (Vorschau) …</source>
        <translation>Interview as &amp;entered (preview) …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Der Bericht enthält Profil, Treiber des Wandels aus der Bedarfsanalyse, die Kompetenz-Heatmap, priorisierte Handlungsfelder sowie Maßnahmen mit Kosten- und Förderübersicht (Schätzung).</source>
        <translation>The report contains the profile, the drivers of change from the needs analysis, the competence heat map, prioritised fields of action and measures with an overview of costs and funding (estimate).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Die Übersicht wird berechnet …</source>
        <translation>Computing the overview …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bericht zur Bedarfsanalyse – {0}</source>
        <translation>Needs analysis report – {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berichtsübersicht wird berechnet</source>
        <translation>Computing the report overview</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Bericht zur Bedarfsanalyse wird erstellt</source>
        <translation>Creating the needs analysis report</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Bedarfsanalyse – Gespräch wie erfasst</source>
        <translation>Needs analysis – interview as entered</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bericht</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>CompetenceInfo</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/competency/competence_info.py" line="+20"/>
        <source>Selbst</source>
        <translation>Self</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fremd</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ist</source>
        <translation>Current</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soll</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Beschreibung der Kompetenz und ihrer Stufen</source>
        <translation>Description of the competence and its levels</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Eine Kompetenz im Raster wählen: hier stehen ihre Beschreibung und die Stufen.</source>
        <translation>Choose a competence in the grid: its description and levels are shown here.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;p&gt;&lt;b&gt;Als „nicht anwendbar“ markiert.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Marked as “not applicable”.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stufen</source>
        <translation>Levels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> – Spalte „{0}“</source>
        <translation> – column “{0}”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;p&gt;&lt;b&gt;Notiz:&lt;/b&gt; {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; {0}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CompetencePicker</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/competency/competence_picker.py" line="+40"/>
        <source>Kompetenzen für das Gespräch wählen</source>
        <translation>Choose competences for the interview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filtern: Code oder Name …</source>
        <translation>Filter: code or name …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kompetenz</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stufen</source>
        <translation>Levels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kataloge, Bereiche und Kompetenzen</source>
        <translation>Catalogues, areas and competences</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Gespräch beginnen</source>
        <translation>Start interview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0} Kompetenzen gewählt</source>
        <translation>{0} competences chosen</translation>
    </message>
</context>
<context>
    <name>CompetencyView</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/competency/competency_view.py" line="+70"/>
        <source>Hinweise</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nächste offene Eingabe</source>
        <translation>Next open entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wiederholen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Noch kein Kompetenzgespräch. Beginnen mit „Gespräch aus Stellenprofil beginnen“ (Alt+G) oder „Kompetenzen wählen …“ (Alt+K).</source>
        <translation>No competency interview yet. Start with “Start interview from role profile” (Alt+R) or “Choose competences …” (Alt+M).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noch kein Kompetenzgespräch mit dieser Person.</source>
        <translation>No competency interview with this person yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Abgeschlossen und unveränderlich. Für neue Einschätzungen: „Folgegespräch beginnen“ (Alt+F).</source>
        <translation>Completed and unchangeable. For new ratings: “Start follow-up interview” (Alt+F).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Zuerst die Einwilligung erfassen: ohne sie wird keine Einschätzung gespeichert.</source>
        <translation>Record the consent first: without it no rating is stored.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Noch ohne Ist- oder Soll-Stufe: {0}. Bitte ergänzen oder mit N als nicht anwendbar markieren.</source>
        <translation>Still without current or target level: {0}. Please add them or mark them as not applicable with N.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gespräch abschließen</source>
        <translation>Complete interview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Das Gespräch wird mit dem heutigen Datum abgeschlossen und danach nicht mehr verändert. Spätere Einschätzungen kommen in ein Folgegespräch.</source>
        <translation>The interview is completed with today&apos;s date and is not changed afterwards. Later ratings go into a follow-up interview.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Abschließen</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Gespräch abgeschlossen am {0}.</source>
        <translation>Interview completed on {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kompetenzgespräch</source>
        <translation>Competency interview</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/sync/conflicts_dialog.py" line="+41"/>
        <location line="+126"/>
        <source>Konflikte lösen</source>
        <translation>Resolve conflicts</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausgangsstand</source>
        <translation>Base (both started from)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hier (meine Fassung)</source>
        <translation>Here (my version)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koordinierungsstelle</source>
        <translation>Coordination office</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Meine Fassung behalten</source>
        <translation>Keep &amp;my version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fassung der &amp;Koordinierungsstelle übernehmen</source>
        <translation>Take the &amp;office&apos;s version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bearbeitete Fassung speichern</source>
        <translation>Save the &amp;edited version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mit dem vorhandenen Eintrag &amp;zusammenführen</source>
        <translation>Mer&amp;ge into the existing entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meine Fassung als nächste &amp;Version danach behalten</source>
        <translation>Keep mine as the next &amp;version after it</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keine offenen Konflikte.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Löschung übernehmen</source>
        <translation>Accept the &amp;deletion</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hier und in der Koordinierungsstelle geändert</source>
        <translation>Changed here and at the coordination office</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(nicht bekannt)</source>
        <translation>(not known)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(neu angelegt)</source>
        <translation>(newly created)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/sync/connect_dialog.py" line="+38"/>
        <source>Mit der Koordinierungsstelle verbinden</source>
        <translation>Connect to the coordination office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z. B. buero.example.de:8443</source>
        <translation>e.g. office.example.org:8443</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Einmal-Code aus der Koordinierungsstelle</source>
        <translation>One-time code from the coordination office</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>&amp;Zertifikat abrufen</source>
        <translation>Fetch &amp;certificate</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+31"/>
        <location line="+53"/>
        <source>Noch kein Zertifikat abgerufen.</source>
        <translation>No certificate fetched yet.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Der &amp;Fingerabdruck stimmt mit dem der Koordinierungsstelle überein.</source>
        <translation>The &amp;fingerprint matches the one the coordination office gave me.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Verbinden</source>
        <translation>Co&amp;nnect</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Adresse:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einmal-&amp;Code:</source>
        <translation>One-time c&amp;ode:</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+40"/>
        <source>Zertifikat abrufen</source>
        <translation>Fetch certificate</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Abr&amp;ufen abbrechen</source>
        <translation>Cancel fetc&amp;hing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Zertifikat wird abgerufen …</source>
        <translation>Fetching the certificate …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abgebrochen. Noch kein Zertifikat abgerufen.</source>
        <translation>Cancelled. No certificate fetched yet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SHA-256-Fingerabdruck des Zertifikats:
{0}
Bitte mit dem Fingerabdruck vergleichen, den Ihnen die Koordinierungsstelle genannt hat.</source>
        <translation>SHA-256 fingerprint of the certificate:
{0}
Please compare it with the fingerprint the coordination office gave you.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/consent_dialog.py" line="+79"/>
        <source>Einwilligung erfassen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bevor eine Einschätzung von {0} gespeichert wird, braucht es die Einwilligung der Person – schriftlich oder elektronisch – oder eine andere, dokumentierte Rechtsgrundlage. Jeder Zweck wird einzeln erfasst: Kreuzen Sie an, was die Person angekreuzt hat.</source>
        <translation>Before a rating of {0} is stored, the person&apos;s consent is needed – in writing or electronically – or another, documented legal basis. Each purpose is recorded on its own: tick what the person ticked.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zwecke, in die die Person einwilligt</source>
        <translation>Purposes the person consents to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zweck &amp;{0}: {1}</source>
        <translation>Purpose &amp;{0}: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Nutzung im Verbund (Zweck 3) braucht immer eine Einwilligung der Person.</source>
        <translation>Use in the network (purpose 3) always needs the person&apos;s consent.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Welche Grundlage, von wann, wo abgelegt (z. B. Betriebsvereinbarung …)</source>
        <translation>Which basis, since when, where it is filed (e.g. company agreement …)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Wie liegt sie vor?</source>
        <translation>&amp;How was it given?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Textfassung:</source>
        <translation>&amp;Text version:</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+6"/>
        <source>Einwilligung und Information</source>
        <translation>Consent and information</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>&amp;Rechtsgrundlage:</source>
        <translation>&amp;Legal basis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;okumentation:</source>
        <translation>D&amp;ocumentation:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blatt für die Person, angekreuzt wie oben:</source>
        <translation>Sheet for the person, ticked as above:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blatt &amp;anzeigen …</source>
        <translation>Sho&amp;w sheet …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blatt dr&amp;ucken …</source>
        <translation>P&amp;rint sheet …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blatt als PDF &amp;speichern …</source>
        <translation>Sa&amp;ve sheet as PDF …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Erfassen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/network/course_dialog.py" line="+35"/>
        <source>Verbundmaßnahme bilden</source>
        <translation>Form a joint course</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}, Zielstufe {1}: {2} Personen aus {3} Betrieben</source>
        <translation>{0}, target level {1}: {2} people from {3} companies</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>– noch auszuschreiben –</source>
        <translation>– to be tendered –</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>– kein Inhouse-Kurs –</source>
        <translation>– no in-house course –</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Maßnahme und Träger nach AZAV zugelassen</source>
        <translation>Measure and provider approved under AZAV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Angebot:</source>
        <translation>&amp;Offer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inhouse-Kurs von:</source>
        <translation>&amp;In-house course of:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mindestplätze:</source>
        <translation>&amp;Minimum seats:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Höchstplätze:</source>
        <translation>Ma&amp;ximum seats:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stunden:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gesamt&amp;kosten (€):</source>
        <translation>Total &amp;cost (€):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;eginn:</source>
        <translation>St&amp;art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nde:</source>
        <translation>E&amp;nd:</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/shell/daily_backup.py" line="+28"/>
        <source>Tägliche Sicherung erstellt und geprüft.</source>
        <translation>Daily backup written and verified.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tägliche Sicherung: heute nicht nötig oder nicht möglich (siehe Protokoll).</source>
        <translation>Daily backup: not needed today or not possible (see the log file).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tägliche Sicherung läuft …</source>
        <translation>Daily backup running …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tägliche Sicherung</source>
        <translation>Daily backup</translation>
    </message>
</context>
<context>
    <name>DepartmentsDialog</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/organisation/company_dialogs.py" line="+22"/>
        <source>Abteilungen</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Neue Abteilung, z. B. Backstube</source>
        <translation>New department, e.g. bakehouse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Umbenennen …</source>
        <translation>Rename …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0}  ({1} Personen)</source>
        <translation>{0}  ({1} people)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Abteilung umbenennen</source>
        <translation>Rename department</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neuer Name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bitte einen Namen für die Abteilung angeben.</source>
        <translation>Please enter a name for the department.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Abteilung „{0}“ gibt es in diesem Betrieb schon.</source>
        <translation>The department “{0}” already exists in this company.</translation>
    </message>
</context>
<context>
    <name>DetailPages</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/shell/detail_pages.py" line="+14"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+37"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betriebe</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entwurf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgeschlossen</source>
        <translation>completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noch nicht begonnen</source>
        <translation>not started yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branche</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschäftigte</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beschäftigte inkl. verbundener Unternehmen</source>
        <translation>Employees incl. linked companies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PLZ / Region</source>
        <translation>Postcode / region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betriebsrat</source>
        <translation>Works council</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betriebs-/Tarifvereinbarung zur Weiterbildung</source>
        <translation>Company/collective agreement on training</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ansprechperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erfasste Beschäftigte</source>
        <translation>Employees recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarfsanalyse</source>
        <translation>Needs analysis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pseudonym-Code</source>
        <translation>Pseudonym code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betrieb</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ohne Berufsabschluss</source>
        <translation>no vocational qualification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tätigkeit</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stellenprofil</source>
        <translation>Role profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geburtsjahr</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berufsabschluss (Jahr)</source>
        <translation>Vocational qualification (year)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kompetenzgespräche</source>
        <translation>Competency interviews</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entwicklungspläne</source>
        <translation>Development plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/organisation/directory_model.py" line="+52"/>
        <source>Verbund, Betriebe und Beschäftigte</source>
        <translation>Network, companies and employees</translation>
    </message>
</context>
<context>
    <name>DisabilityConsentDialog</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/privacy_dialogs.py" line="+251"/>
        <source>Einwilligung Schwerbehinderung erfassen</source>
        <translation>Record consent for severe disability</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eine Schwerbehinderung ist eine Gesundheitsangabe (Art. 9 DSGVO). Sie darf nur mit gesonderter, ausdrücklicher Einwilligung gespeichert werden.</source>
        <translation>A severe disability is health data (Art. 9 GDPR). It may only be stored with separate, explicit consent.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Form:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Textfassung:</source>
        <translation>Text version:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erfassen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/common/i18n.py" line="+31"/>
        <source>Hoch</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mittel</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niedrig</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selbsteinschätzung</source>
        <translation>Self rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fremdeinschätzung</source>
        <translation>Supervisor rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ist (vereinbart)</source>
        <translation>Current (agreed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soll</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priorität</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht anwendbar</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in Bearbeitung</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/verbund_desktop/ui/planning/plan_model.py" line="+91"/>
        <source>abgeschlossen</source>
        <translation>completed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Einwilligung schriftlich (Papier)</source>
        <translation>Consent in writing (paper)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einwilligung elektronisch</source>
        <translation>Consent given electronically</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>andere Rechtsgrundlage (dokumentiert)</source>
        <translation>other legal basis (documented)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kompetenzgespräch und Entwicklungsplan</source>
        <translation>Competency interview and development plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förderantrag und Weitergabe an die Agentur für Arbeit</source>
        <translation>Funding application and passing the data to the employment agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonymisierte Nutzung im Weiterbildungsverbund</source>
        <translation>Pseudonymised use in the network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angabe einer Schwerbehinderung (Art. 9 DSGVO)</source>
        <translation>Statement of a severe disability (Art. 9 GDPR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erteilt</source>
        <translation>given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>widerrufen</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tägliche Sicherung</source>
        <translation>Daily backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vor Programm-Aktualisierung</source>
        <translation>Before program update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manuelle Sicherung</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand vor einer Wiederherstellung</source>
        <translation>State before a restore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betrieb</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschäftigte/r</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stellenprofil</source>
        <translation>Role profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedarfsanalyse</source>
        <translation>Needs analysis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kompetenzgespräch</source>
        <translation>Competency interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewertung</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entwicklungsplan</source>
        <translation>Development plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeitsbereich</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbund</source>
        <translation>Network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angelegt</source>
        <translation>created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archiviert</source>
        <translation>archived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wiederhergestellt</source>
        <translation>restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>begonnen</source>
        <translation>started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beantwortet</source>
        <translation>answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wieder geöffnet</source>
        <translation>reopened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewertung gesetzt</source>
        <translation>rating set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gespräch begonnen</source>
        <translation>interview started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gespräch abgeschlossen</source>
        <translation>interview completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einwilligung erfasst</source>
        <translation>consent recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einwilligung widerrufen</source>
        <translation>consent withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daten nach Widerruf entfernt</source>
        <translation>data removed after withdrawal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person gelöscht</source>
        <translation>person deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betrieb gelöscht</source>
        <translation>company deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auskunft (Art. 15) erstellt</source>
        <translation>data access copy (Art. 15) created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokument gespeichert</source>
        <translation>document saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nur der Vorname</source>
        <translation>first name only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nur der Nachname</source>
        <translation>surname only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eine andere Person heißt gleich</source>
        <translation>another person has the same name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auskunft nach Art. 15 DSGVO (JSON und PDF)</source>
        <translation>Data access copy under Art. 15 GDPR (JSON and PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gespeichertes Dokument</source>
        <translation>Saved document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entwicklungsplan gedruckt oder gespeichert (Ablageort unbekannt)</source>
        <translation>Development plan printed or saved (location unknown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schwerbehinderung</source>
        <translation>Severe disability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geburtsjahr</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jahr des Berufsabschlusses</source>
        <translation>Year of vocational qualification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AZAV-zugelassen</source>
        <translation>AZAV-approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anbieter</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansprechperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufbewahrung (Monate)</source>
        <translation>Retention (months)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausgangslage</source>
        <translation>Starting point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berufsabschluss</source>
        <translation>Vocational qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschäftigte</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschäftigte (verbundene Unternehmen)</source>
        <translation>Employees (linked companies)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betriebsrat</source>
        <translation>Works council</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branche</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenschutzbeauftragte/r</source>
        <translation>Data protection officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entwurf verworfen</source>
        <translation>Draft discarded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freistellung (Stunden)</source>
        <translation>Release (hours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förderregeln</source>
        <translation>Funding rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förderregeln geladen</source>
        <translation>Funding rules loaded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förderregeln zurückgesetzt</source>
        <translation>Funding rules reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gesprächsleitfaden</source>
        <translation>Interview guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinweis zur Bündelung</source>
        <translation>Pooling note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontakt Datenschutz</source>
        <translation>Data protection contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kosten (€)</source>
        <translation>Cost (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lernform</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maßnahme entfernt</source>
        <translation>Measure removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maßnahme geändert</source>
        <translation>Measure changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maßnahme hinzugefügt</source>
        <translation>Measure added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monatsentgelt (€)</source>
        <translation>Monthly pay (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort/Region</source>
        <translation>Town/region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan angelegt</source>
        <translation>Plan created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan gedruckt und festgeschrieben</source>
        <translation>Plan printed and frozen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan geändert</source>
        <translation>Plan changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym-Code</source>
        <translation>Pseudonym code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualifizierungsvereinbarung</source>
        <translation>Training agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reihenfolge</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tätigkeit</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verantwortlichkeiten</source>
        <translation>Responsibilities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ziele</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archiviert am</source>
        <translation>Archived on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>festgeschrieben am</source>
        <translation>Frozen on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neue Planversion angelegt</source>
        <translation>New plan version created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Überprüfung am</source>
        <translation>Review on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soll-Stufe im Stellenprofil</source>
        <translation>Target level in the role profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aus den Betriebsdaten vorausgefüllt</source>
        <translation>prefilled from the company&apos;s data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Änderung eines gedruckten (eingefrorenen) Plans</source>
        <translation>change of a printed (frozen) plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufbewahrungsfrist abgelaufen (Art. 5 Abs. 1 lit. e DSGVO)</source>
        <translation>retention period expired (Art. 5(1)(e) GDPR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in Planung</source>
        <translation>being planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bestätigt</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abgesagt</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unter 50 Beschäftigte</source>
        <translation>under 50 employees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>50 bis 499 Beschäftigte</source>
        <translation>50 to 499 employees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ab 500 Beschäftigte</source>
        <translation>500 employees or more</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/planning/plan_model.py" line="-10"/>
        <source>Kurs</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training am Arbeitsplatz</source>
        <translation>On-the-job training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentoring</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job-Rotation</source>
        <translation>Job rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Learning</source>
        <translation>E-learning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurs eines Partnerbetriebs</source>
        <translation>Course at a partner company</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angemeldet</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/common/i18n.py" line="-4"/>
        <location filename="../../src/verbund_desktop/ui/planning/plan_model.py" line="+1"/>
        <source>läuft</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/planning/plan_model.py" line="+2"/>
        <source>abgebrochen</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Präsenz</source>
        <translation>Classroom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blended Learning</source>
        <translation>Blended learning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inhouse</source>
        <translation>In-house</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/organisation/company_editor.py" line="+44"/>
        <source>Neue/r Beschäftigte/r</source>
        <translation>New employee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beschäftigte/n bearbeiten</source>
        <translation>Edit employee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steht statt des Namens in pseudonymisierten Ansichten und Auswertungen.</source>
        <translation>Shown instead of the name in pseudonymised views and evaluations.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>– keine –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>– keines –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Berufsabschluss vorhanden</source>
        <translation>Has a vocational qualification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Vorname: *</source>
        <translation>&amp;First name: *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nachname: *</source>
        <translation>&amp;Last name: *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pseudonym-Code: *</source>
        <translation>&amp;Pseudonym code: *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tätigkeit:</source>
        <translation>Job &amp;title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Abteilung:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stellenprofil:</source>
        <translation>&amp;Role profile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Geburtsjahr:</source>
        <translation>Year of &amp;birth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berufsabschluss:</source>
        <translation>Vocational qualification:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abschluss&amp;jahr:</source>
        <translation>Qualification &amp;year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noti&amp;zen:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/privacy_dialogs.py" line="-152"/>
        <source>Person endgültig löschen</source>
        <translation>Delete person permanently</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{0}“ wird mit allen Daten gelöscht: Stammdaten, Einwilligungen, Kompetenzgespräche, Bewertungen, Entwicklungspläne und Notizen. Erwähnungen des Namens in anderen Texten werden ersetzt, das Änderungsprotokoll behält nur, dass gelöscht wurde. Das kann nicht rückgängig gemacht werden. Ältere Sicherungen enthalten die Person noch, bis sie durch neue ersetzt sind.</source>
        <translation>“{0}” is deleted with all data: master data, consents, competency interviews, ratings, development plans and notes. Mentions of the name in other texts are replaced; the audit trail only keeps the fact that a deletion took place. This cannot be undone. Older backups still contain the person until they are replaced by new ones.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zur Bestätigung bitte den Pseudonym-Code „{0}“ eingeben:</source>
        <translation>To confirm, please enter the pseudonym code “{0}”:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pseudonym-Code zur Bestätigung</source>
        <translation>Pseudonym code for confirmation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Endgültig löschen</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Das Programm hat zu dieser Person folgende Dateien erstellt. Bitte löschen Sie diese Kopien (und Ausdrucke auf Papier) ebenfalls; nach der Löschung kennt das Programm sie nicht mehr:</source>
        <translation>The program created these files about the person. Please delete these copies (and paper printouts) too; after the deletion the program no longer knows them:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bekannte Dateien der Person</source>
        <translation>Known files of the person</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bei diesen Erwähnungen ist nicht sicher, dass die Person gemeint ist. Angehakte werden ersetzt, die anderen bleiben stehen:</source>
        <translation>For these mentions it is not certain that the person is meant. Ticked ones are replaced, the others stay as written:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>„…{0}[{1}]{2}…“ – {3}</source>
        <translation>“…{0}[{1}]{2}…” – {3}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsichere Erwähnungen</source>
        <translation>Uncertain mentions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Alle ersetzen</source>
        <translation>Replace &amp;all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle &amp;belassen</source>
        <translation>&amp;Keep all</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ablageort unbekannt</source>
        <translation>location unknown</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/network/follow_up_view.py" line="+49"/>
        <source>Nur &amp;meine Nachgespräche ({0})</source>
        <translation>Only &amp;my follow-ups ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nur &amp;fällige</source>
        <translation>Only &amp;due</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kürzel</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betrieb</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beraterin/Berater</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/verbund_desktop/ui/network/network_tabs.py" line="+29"/>
        <source>Nachgespräche</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kompetenz</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vorher</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soll</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nachher</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lücke</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vorher und nachher</source>
        <translation>Before and after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nachgespräche nach abgeschlossenen Maßnahmen</source>
        <translation>Follow-up interviews after completed measures</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vorher/nachher der Kompetenzen, die die Maßnahme adressiert hat:</source>
        <translation>Before/after of the competences the measure addressed:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fällig</source>
        <translation>due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>geplant</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>geschlossen</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>noch 1 Stufe</source>
        <translation>1 level to go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noch {0} Stufen</source>
        <translation>{0} levels to go</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/organisation/company_editor.py" line="-207"/>
        <source>Mit * markierte Angaben sind Pflicht.</source>
        <translation>Fields marked with * are required.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FundingRuleActions</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/funding/funding_rules_menu.py" line="+30"/>
        <source>Förderregelwerk &amp;laden …</source>
        <translation>Load &amp;funding rule set …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förderregelwerke zurück&amp;setzen</source>
        <translation>Reset funding r&amp;ule sets</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+32"/>
        <source>Förderregelwerk laden</source>
        <translation>Load funding rule set</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Regelwerke (*.json)</source>
        <translation>Rule sets (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Förderregelwerk wird geladen</source>
        <translation>Loading the funding rule set</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Es ersetzt das mitgelieferte Regelwerk mit demselben Schlüssel.</source>
        <translation>It replaces the bundled rule set with the same key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Es gilt zusätzlich zu den mitgelieferten Regelwerken.</source>
        <translation>It applies in addition to the bundled rule sets.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regelwerk „{0}“ ({1}) geladen. {2} Alle Schätzungen verwenden es ab jetzt.</source>
        <translation>Rule set “{0}” ({1}) loaded. {2} All estimates use it from now on.</translation>
    </message>
</context>
<context>
    <name>FundingView</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/funding/funding_view.py" line="+48"/>
        <source>✔ erfüllt</source>
        <translation>✔ met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✘ nicht erfüllt</source>
        <translation>✘ not met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>? nicht beurteilbar</source>
        <translation>? cannot be assessed</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Voraussichtlich förderfähig – Schätzung nach „{0}“, Stand {1}</source>
        <translation>Probably eligible for funding – estimate under “{0}”, as of {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voraussichtlich nicht förderfähig – Schätzung nach „{0}“, Stand {1}</source>
        <translation>Probably not eligible for funding – estimate under “{0}”, as of {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lehrgangskosten: {0} = &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>Course costs: {0} = &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nicht berechnet</source>
        <translation>not calculated</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arbeitsentgeltzuschuss: {0} = {1}</source>
        <translation>Wage subsidy: {0} = {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Beim Arbeitsentgeltzuschuss ist eine Kann-Leistung als Höchstwert eingerechnet; ohne sie: {0} = {1}. Ob sie gewährt wird, entscheidet die Agentur für Arbeit.</source>
        <translation>The wage subsidy includes a discretionary benefit at its maximum; without it: {0} = {1}. Whether it is granted is for the employment agency to decide.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Antragstellung: {0}</source>
        <translation>Application: {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+174"/>
        <source>Förderung</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Qualifizierungsgeld</source>
        <translation>Qualifizierungsgeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualifizierungsgeld (§§ 82a–c SGB III) – Information</source>
        <translation>Qualifizierungsgeld (§§ 82a–c SGB III) – information</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gewichtet, z. B. 49,75</source>
        <translation>weighted, e.g. 49.75</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teilzeitkräfte zählen nach § 82 Abs. 6 SGB III anteilig: bis 10 Wochenstunden 0,25, bis 20 Stunden 0,5, bis 30 Stunden 0,75.</source>
        <translation>Part-time staff count pro rata under § 82 (6) SGB III: up to 10 hours a week 0.25, up to 20 hours 0.5, up to 30 hours 0.75.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Betriebsvereinbarung oder Tarifvertrag zur Weiterbildung</source>
        <translation>Company or collective agreement on training</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z. B. 160</source>
        <translation>e.g. 160</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euro, z. B. 2.400,00</source>
        <translation>euros, e.g. 2,400.00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jahr, z. B. 2012</source>
        <translation>year, e.g. 2012</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ohne Berufsabschluss</source>
        <translation>no vocational qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maßnahme führt zu einem Berufsabschluss</source>
        <translation>The measure leads to a vocational qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TT.MM.JJJJ (leer: Tag vor dem Beginn)</source>
        <translation>DD/MM/YYYY (empty: the day before the start)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TT.MM.JJJJ (falls bekannt)</source>
        <translation>DD/MM/YYYY (if known)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schwerbehindert (nur mit ausdrücklicher Einwilligung)</source>
        <translation>severely disabled (only with explicit consent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maßnahme und Träger nach AZAV zugelassen</source>
        <translation>Measure and provider approved under AZAV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Euro brutto im Monat (optional)</source>
        <translation>euros gross per month (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monate Freistellung (optional)</source>
        <translation>months of release from work (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schätzen</source>
        <translation>&amp;Estimate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ergebnis der Schätzung</source>
        <translation>Result of the estimate</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Beschäftigte inkl. &amp;verbundener Unternehmen:</source>
        <translation>Employees incl. &amp;linked companies:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Beginn der Maßnahme:</source>
        <translation>&amp;Start of the measure:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An&amp;trag gestellt am:</source>
        <translation>Applica&amp;tion filed on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stunden:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lehrgangskosten:</source>
        <translation>&amp;Course costs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alter bei Beginn:</source>
        <translation>&amp;Age at start:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berufsabschluss im &amp;Jahr:</source>
        <translation>Qualification in &amp;year:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letzte geförderte Teilnahme (§ 82) endete am:</source>
        <translation>Last funded participation (§ 82) ended on:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{0}: {1} Beschäftigte im Betrieb (ohne verbundene Unternehmen); vom Strukturwandel betroffen: {2} (aus der Bedarfsanalyse).</source>
        <translation>{0}: {1} employees in the establishment (without linked companies); affected by structural change: {2} (from the needs analysis).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Beschäftigte: {0}</source>
        <translation>Employees: {0}</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&amp;Monatsentgelt:</source>
        <translation>&amp;Monthly pay:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freistellung in M&amp;onaten:</source>
        <translation>Release from work in m&amp;onths:</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Förderung nach § 82 SGB III schätzen</source>
        <translation>Estimate funding under § 82 SGB III</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Förderung – {0}</source>
        <translation>Funding – {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Angaben eintragen und „Schätzen“ wählen. Das Ergebnis ist eine Schätzung.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Enter the details and choose “Estimate”. The result is an estimate.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nicht erfasst</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bitte den Beginn der Maßnahme angeben (TT.MM.JJJJ).</source>
        <translation>Please enter the start of the measure (DD/MM/YYYY).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bitte Stunden und Lehrgangskosten angeben.</source>
        <translation>Please enter the hours and the course costs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berufsabschluss: „{0}“ ist keine Jahreszahl.</source>
        <translation>Vocational qualification: “{0}” is not a year.</translation>
    </message>
</context>
<context>
    <name>GapChart</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/competency/gap_chart.py" line="+40"/>
        <source>Lücken: Ist gegen Soll</source>
        <translation>Gaps: current against target</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kein Kompetenzgespräch</source>
        <translation>No competency interview</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keine Lücken</source>
        <translation>No gaps</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Lücke(n)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, zusammen %n Stufe(n)</source>
        <translation>
            <numerusform>, %n level in all</numerusform>
            <numerusform>, %n levels in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n mit hoher Priorität</source>
        <translation>
            <numerusform>, %n of high priority</numerusform>
            <numerusform>, %n of high priority</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} von {1} Kompetenzen mit Ist und Soll</source>
        <translation>{0} of {1} competences with current and target level</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} {1}: Ist {2}{3}, Soll {4}, Priorität {5}</source>
        <translation>{0} {1}: current {2}{3}, target {4}, priority {5}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (vorläufig)</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>… und {0} weitere (Tooltip)</source>
        <translation>… and {0} more (tool tip)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ist</source>
        <translation>Current</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lücke hoch</source>
        <translation>Gap high</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mittel</source>
        <translation>medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niedrig</source>
        <translation>low</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Soll</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>HeadcountInput</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/organisation/headcount_input.py" line="+23"/>
        <source>z. B. 49,75</source>
        <translation>e.g. 49.75</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vollzeitkräfte (mehr als 30 Wochenstunden)</source>
        <translation>Full-time staff (more than 30 hours a week)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teilzeitkräfte bis 10 Wochenstunden</source>
        <translation>Part-time staff up to 10 hours a week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teilzeitkräfte bis 20 Wochenstunden</source>
        <translation>Part-time staff up to 20 hours a week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teilzeitkräfte bis 30 Wochenstunden</source>
        <translation>Part-time staff up to 30 hours a week</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>Oder Voll- und Teilzeitkräfte eintragen:</source>
        <translation>Or enter full-time and part-time staff:</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Vollzeit (über 30 Std.):</source>
        <translation>Full-time (over 30 h):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bis 10 Std.:</source>
        <translation>up to 10 h:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bis 20 Std.:</source>
        <translation>up to 20 h:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bis 30 Std.:</source>
        <translation>up to 30 h:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>= {0} Beschäftigte, gewichtet nach § 82 Abs. 6 SGB III (Teilzeit 0,25 / 0,5 / 0,75)</source>
        <translation>= {0} employees, weighted under § 82 (6) SGB III (part-time 0.25 / 0.5 / 0.75)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/competency/history_view.py" line="+66"/>
        <source>In diesem Gespräch nicht erhoben</source>
        <translation>Not rated in this interview</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>n. a.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nicht anwendbar</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ist {0} · Soll {1}</source>
        <translation>Current {0} · target {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selbst {0}, Fremd {1}, Ist {2}, Soll {3}</source>
        <translation>Self {0}, supervisor {1}, current {2}, target {3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Notiz: {0}</source>
        <translation>
Note: {0}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Kompetenz</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Veränderung
Ist</source>
        <translation>Change
current</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>nur ein Wert</source>
        <translation>only one value</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>von {0} auf {1}</source>
        <translation>from {0} to {1}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location line="+98"/>
        <source>Verlauf je Kompetenz</source>
        <translation>History per competence</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stufen je Kompetenz und Gespräch</source>
        <translation>Levels per competence and interview</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0} Gespräche, {1} Kompetenzen</source>
        <translation>{0} interviews, {1} competences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noch kein Kompetenzgespräch mit dieser Person.</source>
        <translation>No competency interview with this person yet.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/lock.py" line="+293"/>
        <source>Verbund Desktop – gesperrt</source>
        <translation>Verbund Desktop – locked</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Die Passphrase ist falsch. Der Arbeitsbereich bleibt gesperrt.</source>
        <translation>The passphrase is wrong. The workspace stays locked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bitte die Passphrase eingeben.</source>
        <translation>Please enter the passphrase.</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/shell/instance.py" line="+107"/>
        <source>„{0}“ ist schon geöffnet: {1}.

Ein Arbeitsbereich kann nur in einem Programm zugleich bearbeitet werden, damit keine Änderung verloren geht.</source>
        <translation>“{0}” is already open: {1}.

A workspace can be edited in only one program at a time, so that no change is lost.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zum geöffneten Fenster wechseln</source>
        <translation>Switch to the open window</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nur zum Lesen öffnen</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>InterviewHeader</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/needs/interview_header.py" line="+31"/>
        <source>Andere Rechtsgrundlage: {0}, dokumentiert am {1}</source>
        <translation>Other legal basis: {0}, documented on {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} am {1}, Textfassung {2}</source>
        <translation>{0} on {1}, text version {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> – widerrufen</source>
        <translation> – withdrawn</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kompetenzgespräch</source>
        <translation>Competency interview</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gespräch &amp;vom:</source>
        <translation>Interview &amp;date:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Einwilligung erfassen …</source>
        <translation>Record &amp;consent …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gespräch aus Stellenprofil beginnen</source>
        <translation>Start interview from &amp;role profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kompetenzen wählen …</source>
        <translation>Choose co&amp;mpetences …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folgegespräch beginnen</source>
        <translation>Start &amp;follow-up interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gespräch ab&amp;schließen</source>
        <translation>Complete &amp;interview</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stellenprofil {0} · </source>
        <translation>Role profile {0} · </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rechtsgrundlage: {0}</source>
        <translation>Legal basis: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Keine Einwilligung erfasst.&lt;/b&gt; Vor der ersten Einschätzung erforderlich.</source>
        <translation>&lt;b&gt;No consent recorded.&lt;/b&gt; Required before the first rating.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kein Stellenprofil mit Soll-Stufen</source>
        <translation>No role profile with target levels</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>abgeschlossen · {0} Kompetenzen</source>
        <translation>completed · {0} competences</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in Bearbeitung · {0} von {1} Kompetenzen mit offenen Eingaben</source>
        <translation>in progress · {0} of {1} competences with open entries</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/needs/interview_layout.py" line="+89"/>
        <location line="+1"/>
        <source>Gesprächspartner/innen</source>
        <translation>Interviewees</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stand der Bedarfsanalyse</source>
        <translation>Needs analysis version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neue Bedarfsanalyse beginnen …</source>
        <translation>Start a new needs analysis …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entwurf verwerfen …</source>
        <translation>Discard draft …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gesprächspartner/innen:</source>
        <translation>Interviewees:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Abschnitte des Leitfadens</source>
        <translation>Sections of the guide</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nächste offene Pflichtfrage (F8)</source>
        <translation>Next open required question (F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abschließen (Strg+Enter)</source>
        <translation>Complete (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wieder öffnen (Strg+Umschalt+O)</source>
        <translation>Reopen (Ctrl+Shift+O)</translation>
    </message>
</context>
<context>
    <name>JobIndicator</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/common/job_indicator.py" line="+23"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laufende Arbeit abbrechen</source>
        <translation>Cancel the running work</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} wird abgebrochen …</source>
        <translation>Cancelling {0} …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} …</source>
        <translation>{0} …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (+{0} weitere)</source>
        <translation> (+{0} more)</translation>
    </message>
</context>
<context>
    <name>JointCoursesView</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/network/joint_course_view.py" line="+68"/>
        <location filename="../../src/verbund_desktop/ui/network/network_tabs.py" line="-7"/>
        <source>Verbundmaßnahmen</source>
        <translation>Joint courses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sicht</source>
        <translation>View</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plätze</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Kürzel</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Betrieb</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platz</source>
        <translation>Seat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förderung (Schätzung)</source>
        <translation>Funding (estimate)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mögliche Teilnehmende</source>
        <translation>Possible participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platz &amp;vorschlagen</source>
        <translation>Pr&amp;opose seat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platz bestätigen</source>
        <translation>Confirm se&amp;at</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neuer Stand</source>
        <translation>New status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand &amp;setzen</source>
        <translation>Set stat&amp;us</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;icht:</source>
        <translation>Sho&amp;w as:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plätze:</source>
        <translation>Seats:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mögliche Teilnehmende (Lücke, Einwilligung in Zweck 3):</source>
        <translation>Possible participants (gap, consent to purpose 3):</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Koordinierungsstelle (alle Betriebe)</source>
        <translation>Coordination office (all companies)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sicht des Betriebs {0}</source>
        <translation>As seen by {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}
{1} · {2}/{3} Plätze bestätigt (mind. {4})</source>
        <translation>{0}
{1} · {2}/{3} seats confirmed (min. {4})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Noch keine Verbundmaßnahme. Im Reiter „Bedarf im Verbund“ eine Zelle wählen und Strg+Umschalt+N drücken.</source>
        <translation>No joint course yet. Pick a cell on the “Pooled demand” tab and press Ctrl+Shift+N.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>noch auszuschreiben</source>
        <translation>to be tendered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Angebot</source>
        <translation>offer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stand: {0} · Anbieter: {1}</source>
        <translation>Status: {0} · Provider: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plätze: {0} vergeben, {1} bestätigt, mindestens {2}, höchstens {3}</source>
        <translation>Seats: {0} taken, {1} confirmed, at least {2}, at most {3}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kosten gesamt {0}, je Platz {1}; {2} Stunden; Beginn {3}</source>
        <translation>Total cost {0}, per seat {1}; {2} hours; start {3}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inhouse-Kurs von {0}, für den Verbund geöffnet</source>
        <translation>In-house course of {0}, opened to the network</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Andere Betriebe: {0} Plätze aus {1} Betrieben (nur als Anzahl)</source>
        <translation>Other companies: {0} seats from {1} companies (counts only)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bestätigt</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vorgeschlagen</source>
        <translation>proposed</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{0} = {1} (Schätzung, {2})</source>
        <translation>{0} = {1} (estimate, {2})</translation>
    </message>
</context>
<context>
    <name>LetterheadBox</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/printing/letterhead_box.py" line="+29"/>
        <source>Logo für den Briefkopf wählen</source>
        <translation>Choose the letterhead logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+51"/>
        <location line="+7"/>
        <source>Briefkopf</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Logo im Briefkopf</source>
        <translation>Logo on the letterhead</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Logo wählen …</source>
        <translation>Choose &amp;logo …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo &amp;entfernen</source>
        <translation>R&amp;emove logo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Das Logo des Verbunds steht oben rechts auf jedem Ausdruck (PNG oder JPEG, höchstens 1 MB). Es wird im Arbeitsbereich gespeichert.</source>
        <translation>The network&apos;s logo is printed at the top right of every printout (PNG or JPEG, at most 1 MB). It is kept in the workspace.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kein Logo: die Ausdrucke tragen nur den Namen des Verbunds.</source>
        <translation>No logo: printouts carry only the network&apos;s name.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}, {1} × {2} Pixel</source>
        <translation>{0}, {1} × {2} pixels</translation>
    </message>
</context>
<context>
    <name>LevelTrendChart</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/competency/history_view.py" line="-280"/>
        <source>Ist (vereinbart)</source>
        <translation>Current (agreed)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Soll</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selbst</source>
        <translation>Self</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fremd</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Eine Kompetenz in der Tabelle wählen.</source>
        <translation>Choose a competence in the table.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/lock.py" line="-205"/>
        <source>Verbund Desktop ist gesperrt</source>
        <translation>Verbund Desktop is locked</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Der Arbeitsbereich „{0}“ wurde gesperrt (Jetzt sperren, Strg+L).</source>
        <translation>The workspace “{0}” was locked (Lock now, Ctrl+L).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der Arbeitsbereich „{0}“ wurde nach längerer Inaktivität gesperrt.</source>
        <translation>The workspace “{0}” was locked after a period of inactivity.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bitte die Passphrase eingeben. Nicht gespeicherte Eingaben bleiben erhalten.</source>
        <translation>Please enter the passphrase. Unsaved input is kept.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Er ist nicht verschlüsselt; zum Entsperren genügt ein Klick.</source>
        <translation>It is not encrypted; one click unlocks it.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase zum Entsperren</source>
        <translation>Passphrase to unlock</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entsperren</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/shell/main_window.py" line="+84"/>
        <source>Verbund Desktop – {0}</source>
        <translation>Verbund Desktop – {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbund Desktop – {0} (nur lesen)</source>
        <translation>Verbund Desktop – {0} (read-only)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Suchen: Betrieb, Name, Code … (Strg+F)</source>
        <translation>Search: company, name, code … (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verbund, Betriebe und Beschäftigte</source>
        <translation>Network, companies and employees</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Links einen Betrieb oder eine Person auswählen.</source>
        <translation>Select a company or a person on the left.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Überblick</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>verschlüsselt</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NICHT verschlüsselt</source>
        <translation>NOT encrypted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arbeitsbereich geöffnet ({0}): {1}</source>
        <translation>Workspace opened ({0}): {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gespeichert {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+153"/>
        <source>Betrieb</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/printing/batch_print.py" line="+8"/>
        <location filename="../../src/verbund_desktop/ui/shell/main_window.py" line="-140"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/shell/main_window.py" line="+1"/>
        <source>&amp;Neuer Arbeitsbereich …</source>
        <translation>&amp;New workspace …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ö&amp;ffnen …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Beenden</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suchen</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aktualisieren</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nur &amp;Pseudonym-Codes zeigen</source>
        <translation>Show only &amp;pseudonym codes</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/protection_menu.py" line="+46"/>
        <location filename="../../src/verbund_desktop/ui/shell/main_window.py" line="+6"/>
        <location filename="../../src/verbund_desktop/ui/sync/sync_menu.py" line="+50"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/shell/main_window.py" line="+1"/>
        <source>Ü&amp;ber Verbund Desktop</source>
        <translation>&amp;About Verbund Desktop</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Aktualisieren</source>
        <translation>Refreshing</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Verbund</source>
        <translation>Network</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Beschäftigte/r</source>
        <translation>Employee</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/planning/measure_form.py" line="+98"/>
        <source>Ausgewählte Maßnahme</source>
        <translation>Selected measure</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bildungsträger oder „intern“</source>
        <translation>Training provider or “in-house”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z. B. Präsenz, Online, am Arbeitsplatz</source>
        <translation>e.g. classroom, online, on the job</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wer kümmert sich?</source>
        <translation>Who takes care of it?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euro, z. B. 1.234,56</source>
        <translation>euros, e.g. 1,234.56</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brutto, für den Arbeitsentgeltzuschuss</source>
        <translation>gross, for the wage subsidy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maßnahme und Träger nach AZAV zugelassen</source>
        <translation>Measure and provider approved under AZAV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name der Verbundmaßnahme, falls gebündelt</source>
        <translation>Name of the pooled course, if pooled</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Geschlossene Lücken</source>
        <translation>Gaps closed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Einzelheiten der Förderschätzung</source>
        <translation>Details of the funding estimate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Art:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trä&amp;ger:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Beginn:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ende:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verantwortlich:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stunden:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Freistellung (Std.):</source>
        <translation>Re&amp;lease (hours):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kosten (€):</source>
        <translation>&amp;Cost (€):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monatsentgelt (€, br&amp;utto):</source>
        <translation>Monthly pay (€, gr&amp;oss):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbund&amp;maßnahme:</source>
        <translation>Pooled co&amp;urse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schließt &amp;Lücken:</source>
        <translation>Closes &amp;gaps:</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{0} {1} (Ist {2} → Soll {3})</source>
        <translation>{0} {1} (current {2} → target {3})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keine Maßnahme ausgewählt.</source>
        <translation>No measure selected.</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/planning/plan_model.py" line="-32"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lücken</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Std.</source>
        <translation>Hrs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freistellung (Std.)</source>
        <translation>Release (hrs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kosten</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förderung (Schätzung)</source>
        <translation>Funding (estimate)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>nicht förderfähig</source>
        <translation>not eligible</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Art: {0}</source>
        <translation>Type: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Träger: {0}</source>
        <translation>Provider: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format: {0}</source>
        <translation>Format: {0}</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/needs/interview_layout.py" line="-114"/>
        <location line="+1"/>
        <source>Hinweis schließen</source>
        <translation>Close this note</translation>
    </message>
</context>
<context>
    <name>NetworkPrivacyDialog</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/network_privacy_dialog.py" line="+28"/>
        <location line="+78"/>
        <source>Datenschutz-Angaben des Verbunds</source>
        <translation>The network&apos;s data protection facts</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diese Angaben stehen auf jedem Einwilligungsblatt (Information nach Art. 13 DSGVO): Für die Nutzung im Verbund ist die Koordinierungsstelle selbst verantwortlich.</source>
        <translation>These facts are printed on every consent sheet (information under Art. 13 GDPR): for the use in the network the coordination office is a controller itself.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Straße und Hausnummer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Telefon, E-Mail</source>
        <translation>Phone, e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leer = keine/r benannt</source>
        <translation>empty = none appointed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mail oder Telefon</source>
        <translation>E-mail or phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>– Vorlage wählen –</source>
        <translation>– choose a template –</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Straße:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PLZ:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ort:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kontakt:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datenschutzbeauftragte/r:</source>
        <translation>&amp;Data protection officer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontakt Datensc&amp;hutz:</source>
        <translation>Officer&apos;s contact det&amp;ails:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufsichtsbehörde &amp;aus Vorlage:</source>
        <translation>Authority from te&amp;mplate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufsichts&amp;behörde:</source>
        <translation>Super&amp;visory authority:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nschrift der Behörde:</source>
        <translation>Address of the aut&amp;hority:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Vorlagen je Land stammen aus den Seiten der Behörden und sind nicht amtlich geprüft: Bitte Name und Anschrift vor dem ersten Druck prüfen.</source>
        <translation>The templates per federal state come from the authorities&apos; web pages and are not officially checked: please check name and address before the first print.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Dieser Arbeitsbereich hat noch keinen Verbund.</source>
        <translation>This workspace has no network yet.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/passphrase.py" line="+90"/>
        <source>Ohne Verschlüsselung (nicht empfohlen)</source>
        <translation>Without encryption (not recommended)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Achtung: Ohne Verschlüsselung kann jede Person mit Zugriff auf die Datei die Daten der Beschäftigten lesen. Für Laptops verlangt Art. 32 DSGVO Verschlüsselung.</source>
        <translation>Caution: without encryption anyone with access to the file can read the employees&apos; data. Art. 32 GDPR requires encryption on laptops.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiederholen:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Die Passphrase muss mindestens {0} Zeichen lang sein.</source>
        <translation>The passphrase must be at least {0} characters long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Passphrase darf kein Nullzeichen enthalten.</source>
        <translation>The passphrase must not contain a null character.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Passphrase darf nicht mit Leerzeichen beginnen oder enden.</source>
        <translation>The passphrase must not begin or end with a space.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die beiden Eingaben stimmen nicht überein.</source>
        <translation>The two entries do not match.</translation>
    </message>
</context>
<context>
    <name>OfferActions</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/offers/offer_menu.py" line="+37"/>
        <source>Angeb&amp;ote</source>
        <translation>Offe&amp;rs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Angebote &amp;importieren …</source>
        <translation>&amp;Import offers …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Angebote &amp;prüfen …</source>
        <translation>&amp;Review offers …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;ESCO-Zweig als Katalog laden …</source>
        <translation>Load an &amp;ESCO branch as a catalogue …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offizielles openQCAT-&amp;Schema (XSD) festlegen …</source>
        <translation>Set the official openQCAT &amp;schema (XSD) …</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+59"/>
        <location line="+9"/>
        <source>Angebote importieren</source>
        <translation>Import offers</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Angebotskataloge (*.xml *.csv *.xlsx);;openQCAT (*.xml);;Angebotsvorlage (*.csv *.xlsx)</source>
        <translation>Offer catalogues (*.xml *.csv *.xlsx);;openQCAT (*.xml);;Offer template (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Angebote werden importiert</source>
        <translation>Importing offers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offizielles openQCAT-Schema</source>
        <translation>Official openQCAT schema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XML-Schema (*.xsd)</source>
        <translation>XML Schema (*.xsd)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>openQCAT-Dateien nicht mehr gegen „{0}“ prüfen?</source>
        <translation>Stop checking openQCAT files against “{0}”?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>openQCAT-Dateien werden beim Import zusätzlich gegen „{0}“ geprüft.</source>
        <translation>openQCAT files are now also checked against “{0}” when imported.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0}: {1} neu, {2} geändert, {3} unverändert, {4} zurückgezogen.</source>
        <translation>{0}: {1} new, {2} changed, {3} unchanged, {4} retired.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bei {0} Angeboten warten die Kompetenzen auf Ihre Prüfung; erst dann werden sie in Plänen vorgeschlagen. Jetzt prüfen?</source>
        <translation>{0} offers wait for you to review their competences; only then are they suggested in plans. Review now?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>openQCAT enthält keine Stundenzahl: die Stunden werden bei der Prüfung eingetragen.</source>
        <translation>openQCAT has no hour count: the hours are entered in the review.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+46"/>
        <source>ESCO-Zweig laden</source>
        <translation>Load ESCO branch</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>ESCO-Fertigkeiten (*.csv)</source>
        <translation>ESCO skills (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>URI der Fertigkeitengruppe (des Zweigs):</source>
        <translation>URI of the skill group (the branch):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ESCO-Version (z. B. 1.2.0):</source>
        <translation>ESCO version (e.g. 1.2.0):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ESCO-Katalog wird geladen</source>
        <translation>Loading the ESCO catalogue</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Katalog „{0}“ geladen: {1} Bereiche, {2} Kompetenzen.

{3}</source>
        <translation>Catalogue “{0}” loaded: {1} areas, {2} competences.

{3}</translation>
    </message>
</context>
<context>
    <name>OfferReviewDialog</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/offers/offer_review_dialog.py" line="+56"/>
        <location line="+226"/>
        <source>Angebote prüfen</source>
        <translation>Review offers</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Angebote, deren Kompetenzen zu prüfen sind</source>
        <translation>Offers whose competences need review</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unterrichtsstunden</source>
        <translation>Teaching hours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kompetenz</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+159"/>
        <source>von Stufe</source>
        <translation>from level</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+158"/>
        <source>bis Stufe</source>
        <translation>to level</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Katalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treffer im Text</source>
        <translation>Matches in the text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kompetenzen des Angebots</source>
        <translation>Competences of the offer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weitere Kompetenzen suchen (Name oder Code) …</source>
        <translation>Search further competences (name or code) …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weitere Kompetenzen suchen</source>
        <translation>Search further competences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bestä&amp;tigen</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Unterrichtsstunden:</source>
        <translation>Teaching &amp;hours:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source> (bestätigt)</source>
        <translation> (confirmed)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Bitte eintragen: openQCAT enthält keine Stundenzahl.</source>
        <translation>Please enter them: openQCAT has no hour count.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dauer laut Anbieter: {0}</source>
        <translation>Duration according to the provider: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zeitmodell: {0}</source>
        <translation>Schedule: {0}</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Keine Angebote zu prüfen.</source>
        <translation>No offers to review.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auch &amp;bestätigte Angebote zeigen (zum Korrigieren)</source>
        <translation>Also show confirmed offers (to co&amp;rrect them)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Vorgeschlagen aus Titel und Beschreibung (bitte prüfen, ergänzen oder abwählen):</source>
        <translation>Suggested from title and description (please check, add or untick):</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/common/operations.py" line="+34"/>
        <source>Das hat leider nicht geklappt: Im Programm ist ein interner Fehler aufgetreten. Es wurde nichts geändert. Einzelheiten für die Fehlersuche stehen in der Protokolldatei „{0}“.</source>
        <translation>Sorry, that did not work: an internal error occurred in the program. Nothing was changed. Details for troubleshooting are in the log file “{0}”.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{0} …</source>
        <translation>{0} …</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/passphrase.py" line="-95"/>
        <source>Zu kurz: mindestens {0} Zeichen.</source>
        <translation>Too short: at least {0} characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schwach: länger ist besser, z. B. mehrere Wörter.</source>
        <translation>Weak: longer is better, e.g. several words.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mäßig: noch ein paar Zeichen oder Wörter mehr.</source>
        <translation>Fair: a few more characters or words.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gut.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stark.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sehr stark.</source>
        <translation>Very strong.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location line="+10"/>
        <source>Arbeitsbereich entsperren</source>
        <translation>Unlock workspace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase für „{0}“:</source>
        <translation>Passphrase for “{0}”:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entsperren</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PdfRender</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/printing/pdf_render.py" line="+34"/>
        <source>Das Dokument ist kein lesbares PDF.</source>
        <translation>The document is not a readable PDF.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/planning/plan_printing.py" line="+29"/>
        <source>Vorschau (Strg+Umschalt+P)</source>
        <translation>Preview (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drucken (Strg+P) – die gedruckte Version wird festgeschrieben</source>
        <translation>Print (Ctrl+P) – the printed version is frozen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als PDF speichern (Strg+Umschalt+S) – die Version wird festgeschrieben</source>
        <translation>Save as PDF (Ctrl+Shift+S) – the version is frozen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Version {0} – in Bearbeitung</source>
        <translation>Version {0} – in progress</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {0} – gedruckt am {1}</source>
        <translation>Version {0} – printed on {1}</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/planning/plan_editor.py" line="+72"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Neuen Plan anlegen</source>
        <translation>&amp;New plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;orschau</source>
        <translation>Previe&amp;w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als &amp;PDF speichern …</source>
        <translation>&amp;Save as PDF …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Maßnahmen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maßnahme &amp;hinzufügen</source>
        <translation>&amp;Add measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maßnahme &amp;entfernen</source>
        <translation>&amp;Remove measure</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Lücken und Vorschläge</source>
        <translation>&amp;Gaps and suggestions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Maßnahmen</source>
        <translation>&amp;Measures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausgangslage und &amp;Ziele</source>
        <translation>Starting point and g&amp;oals</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Noch kein Entwicklungsplan. „Neuen Plan anlegen“ baut ihn auf der letzten Kompetenzerhebung auf.</source>
        <translation>No development plan yet. “New plan” builds it on the latest competency interview.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Für einen Entwicklungsplan braucht es zuerst eine abgeschlossene Kompetenzerhebung.</source>
        <translation>A development plan needs a completed competency interview first.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Kompetenzgespräch vom {0}</source>
        <translation>competency interview of {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: keine gültige Einwilligung – der Plan kann nicht geändert oder gedruckt werden.</source>
        <translation>{0}: no valid consent – the plan cannot be changed or printed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} · Version {1} wurde gedruckt und wird so gezeigt, wie sie gedruckt wurde (nur lesen).</source>
        <translation>{0} · version {1} was printed and is shown as it was printed (read only).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} · {1} · Version {2} ist gedruckt; eine Änderung legt Version {3} an.</source>
        <translation>{0} · {1} · version {2} is printed; a change creates version {3}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} · {1} · Version {2} in Bearbeitung; jede Eingabe wird sofort gespeichert.</source>
        <translation>{0} · {1} · version {2} in progress; every entry is saved at once.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Version {0} angelegt – die gedruckte Version bleibt unverändert.</source>
        <translation>Version {0} created – the printed version stays unchanged.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Einen neuen Plan aus der letzten Kompetenzerhebung anlegen? Der bisherige Plan bleibt erhalten.</source>
        <translation>Create a new plan from the latest competency interview? The previous plan is kept.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Neue Maßnahme</source>
        <translation>New measure</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Die Maßnahme „{0}“ aus dem Plan entfernen?</source>
        <translation>Remove the measure “{0}” from the plan?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Übernommen als Maßnahme {0}: {1}</source>
        <translation>Adopted as measure {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/planning/plan_printing.py" line="-24"/>
        <source>Entwicklungsplan</source>
        <translation>Development plan</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Entwicklungsplan {0} (Version {1})</source>
        <translation>Development plan {0} (version {1})</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/planning/plan_undo.py" line="+44"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wiederholen</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>PlanFieldsForm</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/planning/measure_form.py" line="+20"/>
        <source>Eine Zeile je Beteiligte/r, z. B. „Personalleitung: Anmeldung.“</source>
        <translation>One line per person involved, e.g. “HR manager: registration.”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ausgangslage:</source>
        <translation>&amp;Starting point:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ziele:</source>
        <translation>&amp;Goals:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verantwortlichkeiten:</source>
        <translation>&amp;Responsibilities:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächste Über&amp;prüfung:</source>
        <translation>Next re&amp;view:</translation>
    </message>
</context>
<context>
    <name>PoolView</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/network/pool_view.py" line="+51"/>
        <source>Gebündelter Bedarf im Verbund</source>
        <translation>Pooled demand in the network</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personen mit einer Lücke je Kompetenz und Zielstufe, mit der Zahl ihrer Betriebe. Gezählt werden nur Personen, die der pseudonymisierten Nutzung im Verbund zugestimmt haben.</source>
        <translation>People with a gap per competence and target level, with the number of their companies. Only people who consented to the pseudonymised use in the network are counted.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Größenklasse</source>
        <translation>Size band</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alle Größen</source>
        <translation>all sizes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verbundmaßnahme b&amp;ilden …</source>
        <translation>Form &amp;joint course …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Größe:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Heatmap: Kompetenzen × Zielstufen</source>
        <translation>Heat map: competences × target levels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tabelle des gebündelten Bedarfs</source>
        <translation>Table of the pooled demand</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>alle Regionen</source>
        <translation>all regions</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stufe {0}</source>
        <translation>Level {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} P. / {1} B.</source>
        <translation>{0} p. / {1} c.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}, Zielstufe {1}: {2} Personen aus {3} Betrieben</source>
        <translation>{0}, target level {1}: {2} people from {3} companies</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kompetenz</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Katalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zielstufe</source>
        <translation>Target level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betriebe</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/network/network_tabs.py" line="-7"/>
        <source>Bedarf im Verbund</source>
        <translation>Pooled demand</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/printing/print_preview.py" line="+50"/>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+51"/>
        <source>Als PDF speichern</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/printing/print_pages.py" line="+36"/>
        <source>Der Drucker kann nicht angesprochen werden.</source>
        <translation>The printer cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/printing/print_preview.py" line="+16"/>
        <source>Wird gedruckt …</source>
        <translation>Printing …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drucken nicht möglich: {0}</source>
        <translation>Printing is not possible: {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wird gespeichert …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Vorschau – {0}</source>
        <translation>Preview – {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>◀ Vorige Seite</source>
        <translation>◀ Previous page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächste Seite ▶</source>
        <translation>Next page ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verkleinern</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vergrößern</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als PDF &amp;speichern …</source>
        <translation>&amp;Save as PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorige Seite (Bild↑)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nächste Seite (Bild↓)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verkleinern (Strg+Minus)</source>
        <translation>Zoom out (Ctrl+Minus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vergrößern (Strg+Plus)</source>
        <translation>Zoom in (Ctrl+Plus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drucken (Strg+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als PDF speichern (Strg+Umschalt+S)</source>
        <translation>Save as PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schließen (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Seiten</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+86"/>
        <source>Seite {0} von {1}</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>{0} %</source>
        <translation>{0}%</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/privacy_view.py" line="+44"/>
        <source>keine Angabe</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Textfassung</source>
        <translation>Text version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erteilt am</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Widerrufen am</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erfasst von</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Einwilligungen und Rechtsgrundlagen</source>
        <translation>Consents and legal bases</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Einwilligungen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Einwilligung je &amp;Zweck erfassen …</source>
        <translation>Record consent per &amp;purpose …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einwilligung &amp;widerrufen …</source>
        <translation>&amp;Withdraw consent …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einwilligung Schwerbehinderung erfassen …</source>
        <translation>Record consent for severe disability …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Schwerbehinderung (Art. 9 DSGVO)</source>
        <translation>Severe disability (Art. 9 GDPR)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gespeicherte Angabe:</source>
        <translation>Stored value:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rechte der Person</source>
        <translation>The person&apos;s rights</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auskunft (Art. 15) &amp;exportieren …</source>
        <translation>&amp;Export data access copy (Art. 15) …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Änderungsprotokoll …</source>
        <translation>Audit trail …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person &amp;löschen …</source>
        <translation>&amp;Delete person …</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Diese Person gibt es nicht mehr.</source>
        <translation>This person no longer exists.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Datenschutz: {0}</source>
        <translation>Data protection: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letzte Bearbeitung {0}; Aufbewahrungsfrist des Betriebs {1} Monate, also bis {2}.</source>
        <translation>Last edited {0}; the company&apos;s retention period is {1} months, so until {2}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Einwilligung liegt vor.</source>
        <translation>Consent has been given.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ohne gesonderte Einwilligung wird keine Angabe gespeichert; für eine einzelne Förderschätzung kann sie dort angegeben werden, ohne sie zu speichern.</source>
        <translation>Without separate consent nothing is stored; for a single funding estimate it can be entered there without storing it.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Einwilligung widerrufen</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Einwilligung erfassen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Schwerbehinderung</source>
        <translation>Severe disability</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Auskunft exportieren</source>
        <translation>Export data access copy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ordner für die Auskunft wählen</source>
        <translation>Choose a folder for the data access copy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auskunft exportiert</source>
        <translation>Data access copy exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Auskunft wurde gespeichert:
{0}
{1}</source>
        <translation>The data access copy was saved:
{0}
{1}</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+14"/>
        <source>Person löschen</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Die Person wurde gelöscht; {0} Erwähnungen in Texten wurden ersetzt.</source>
        <translation>The person was deleted; {0} mentions in texts were replaced.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} unsichere Erwähnungen wurden wie gewünscht nicht verändert.</source>
        <translation>{0} uncertain mentions were left unchanged as chosen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bitte löschen Sie auch diese Dateien; das Programm kennt sie ab jetzt nicht mehr:</source>
        <translation>Please delete these files too; from now on the program no longer knows them:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Person gelöscht</source>
        <translation>Person deleted</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/common/prompts.py" line="+25"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProtectionMenu</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/protection_menu.py" line="-18"/>
        <source>E&amp;xtras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jetzt &amp;sperren</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sicherung &amp;erstellen …</source>
        <translation>&amp;Create backup …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aus Sicherung &amp;wiederherstellen …</source>
        <translation>&amp;Restore from backup …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Änderungs&amp;protokoll …</source>
        <translation>&amp;Audit trail …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Aufbewahrungsfristen prüfen …</source>
        <translation>Check r&amp;etention periods …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Datenschutz-Angaben des Verbunds …</source>
        <translation>Network&apos;s data protection &amp;facts …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings …</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/needs/question_block.py" line="+64"/>
        <source>Antwort löschen</source>
        <translation>Delete answer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Antwort wird entfernt, die Frage gilt wieder als offen (bei Auswahlfragen auch mit Entf)</source>
        <translation>The answer is removed and the question is open again (Del on choices, too)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Notiz zu dieser Frage (F2)</source>
        <translation>Note on this question (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notiz: {0}</source>
        <translation>Note: {0}</translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/competency/rating_editor.py" line="+31"/>
        <source>Ziffer: Stufe · Entf: leeren · N: nicht anwendbar · Enter/F2: Notiz · F8: nächste offene Eingabe · Strg+Z/Strg+Umschalt+Z: rückgängig/wiederholen</source>
        <translation>Digit: level · Del: clear · N: not applicable · Enter/F2: note · F8: next open entry · Ctrl+Z/Ctrl+Shift+Z: undo/redo</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Dieses Gespräch ist abgeschlossen und bleibt unverändert.</source>
        <translation>This interview is completed and stays unchanged.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Stufe {0} gibt es im Katalog „{1}“ nicht: erlaubt sind {2}. Nichts geändert.</source>
        <translation>Level {0} does not exist in the catalogue “{1}”: allowed are {2}. Nothing changed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Priorität: 1 (hoch), 2 (mittel) oder 3 (niedrig). Nichts geändert.</source>
        <translation>Priority: 1 (high), 2 (medium) or 3 (low). Nothing changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ziffern in den Spalten Selbst, Fremd, Ist, Soll oder Priorität eingeben.</source>
        <translation>Type digits in the columns Self, Supervisor, Current, Target or Priority.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Alle Kompetenzen haben Selbst-, Fremd-, Ist- und Soll-Stufe oder sind n. a.</source>
        <translation>All competences have self, supervisor, current and target levels or are n/a.</translation>
    </message>
</context>
<context>
    <name>RatingGrid</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/competency/rating_grid.py" line="+57"/>
        <source>Kompetenzen mit Selbst-, Fremd-, Ist- und Soll-Stufe</source>
        <translation>Competences with self, supervisor, current and target level</translation>
    </message>
</context>
<context>
    <name>RatingModel</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/competency/rating_model.py" line="+65"/>
        <source>Kompetenz</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kompetenz (Katalog, Bereich)</source>
        <translation>Competence (catalogue, area)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selbst</source>
        <translation>Self</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selbsteinschätzung der/des Beschäftigten</source>
        <translation>The employee&apos;s self rating</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fremd</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fremdeinschätzung durch die Führungskraft</source>
        <translation>Rating by the supervisor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ist</source>
        <translation>Current</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ist-Stufe, im Gespräch vereinbart</source>
        <translation>Current level, agreed in the interview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Soll</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soll-Stufe (aus dem Stellenprofil, je Person anpassbar)</source>
        <translation>Target level (from the role profile, adjustable per person)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lücke</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soll minus Ist (berechnet); in Klammern vorläufig ohne vereinbarte Ist-Stufe</source>
        <translation>Target minus current (calculated); in brackets: provisional, without an agreed current level</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priorität</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hoch, 2 mittel, 3 niedrig</source>
        <translation>1 high, 2 medium, 3 low</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notiz zur Kompetenz (Enter oder F2 zum Bearbeiten)</source>
        <translation>Note on the competence (Enter or F2 to edit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>n. a.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+179"/>
        <source>nicht anwendbar (Taste N)</source>
        <translation>not applicable (key N)</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>noch nicht eingetragen</source>
        <translation>not entered yet</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>keine Priorität</source>
        <translation>no priority</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priorität {0}</source>
        <translation>Priority {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter oder F2: Notiz schreiben</source>
        <translation>Enter or F2: write a note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nicht anwendbar</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keine Soll-Stufe</source>
        <translation>no target level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keine Lücke</source>
        <translation>no gap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vorläufig {0} Stufen: noch keine vereinbarte Ist-Stufe</source>
        <translation>provisionally {0} levels: no agreed current level yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} Stufen bis zum Soll</source>
        <translation>{0} levels to the target</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/shell/read_only.py" line="+18"/>
        <source>&lt;b&gt;Nur zum Lesen geöffnet.&lt;/b&gt; Dieser Arbeitsbereich ist in einem anderen Fenster geöffnet; hier kann nichts gespeichert werden. Zum Bearbeiten das andere Fenster verwenden.</source>
        <translation>&lt;b&gt;Opened read-only.&lt;/b&gt; This workspace is open in another window; nothing can be saved here. Use the other window to make changes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hinweis: nur zum Lesen geöffnet</source>
        <translation>Note: opened read-only</translation>
    </message>
</context>
<context>
    <name>RecordDifferencesBar</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/needs/interview_record_bar.py" line="+29"/>
        <source>Betriebsdaten ändern</source>
        <translation>Change company record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betriebsdaten beibehalten</source>
        <translation>Keep company record</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Die Antworten weichen von den Betriebsdaten ab:&lt;ul&gt;{0}&lt;/ul&gt;Entwicklungsplan, Bericht und Förderschätzung verwenden die Betriebsdaten. Sollen die Betriebsdaten wie im Gespräch geändert werden?</source>
        <translation>The answers differ from the company record:&lt;ul&gt;{0}&lt;/ul&gt;The development plan, the report and the funding estimate use the company record. Change the company record as said in the interview?</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/backup_dialogs.py" line="-245"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erstellt</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aus Sicherung wiederherstellen</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Die gewählte Sicherung wird vollständig geprüft, bevor etwas ersetzt wird. Der jetzige Stand von „{0}“ wird im Ordner „{1}“ aufbewahrt.</source>
        <translation>The chosen backup is verified completely before anything is replaced. The current state of “{0}” is kept in the folder “{1}”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Andere Datei wählen …</source>
        <translation>Choose another file …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase der Sicherung</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase der Sicherung:</source>
        <translation>Passphrase of the backup:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase der Sicherung (nur nötig, wenn sie eine andere ist als die jetzige):</source>
        <translation>Passphrase of the backup (only needed if it differs from the current one):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wiederherstellen …</source>
        <translation>Restore …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sicherung wählen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datenbank (*.db);;Alle Dateien (*)</source>
        <translation>Database (*.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bitte eine Sicherung auswählen.</source>
        <translation>Please select a backup.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/retention_dialog.py" line="+43"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>Betrieb</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Person / Betrieb</source>
        <translation>Person / company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letzte Bearbeitung</source>
        <translation>Last edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frist (Monate)</source>
        <translation>Period (months)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abgelaufen seit</source>
        <translation>Expired since</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+45"/>
        <location line="+60"/>
        <source>Aufbewahrungsfristen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Personen und Betriebe, deren letzte Bearbeitung länger zurückliegt als die Aufbewahrungsfrist des Betriebs. Ihre Daten sollen gelöscht werden (Art. 5 Abs. 1 lit. e DSGVO). Zum Löschen die Einträge ankreuzen und „{0}“ eingeben.</source>
        <translation>People and companies last edited longer ago than the company&apos;s retention period. Their data should be deleted (Art. 5(1)(e) GDPR). To delete, tick the entries and enter “{0}”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keine Daten über der Aufbewahrungsfrist.</source>
        <translation>No data beyond the retention period.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zur Bestätigung „{0}“ eingeben</source>
        <translation>Enter “{0}” to confirm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bestätigung</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Angekreuzte endgültig löschen</source>
        <translation>Delete ticked entries permanently</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Gelöscht: {0} Personen, {1} Betriebe.</source>
        <translation>Deleted: {0} people, {1} companies.</translation>
    </message>
</context>
<context>
    <name>RoleProfileDialog</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/organisation/role_editor.py" line="+48"/>
        <source>Neues Stellenprofil</source>
        <translation>New role profile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stellenprofil bearbeiten</source>
        <translation>Edit role profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>z. B. Verkauf, Fertigung, Disposition</source>
        <translation>e.g. sales, production, scheduling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name: *</source>
        <translation>&amp;Name: *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Beschreibung:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kompetenzen filtern …</source>
        <translation>Filter competences …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kompetenzkataloge (Leertaste: auswählen)</source>
        <translation>Competence catalogues (space: select)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kompetenzkataloge</source>
        <translation>Competence catalogues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kompetenz</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soll-Niveau</source>
        <translation>Target level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priorität</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ausgewählte Kompetenzen</source>
        <translation>Selected competences</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ausgewählte Kompetenzen mit Soll-Niveau und Priorität:</source>
        <translation>Selected competences with target level and priority:</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>&amp;Kompetenzen:</source>
        <translation>&amp;Competences:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{0} – Skala {1}–{2}</source>
        <translation>{0} – scale {1}–{2}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Soll-Niveau für {0}</source>
        <translation>Target level for {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Priorität für {0}</source>
        <translation>Priority for {0}</translation>
    </message>
</context>
<context>
    <name>RoleProfilesTab</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/organisation/role_profiles_tab.py" line="+43"/>
        <location line="+184"/>
        <source>Stellenprofile</source>
        <translation>Role profiles</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Kompetenz</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Katalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soll-Niveau</source>
        <translation>Target level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priorität</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Neues Stellenprofil …</source>
        <translation>New role profile …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Löschen …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{0}
{1} Kompetenzen · {2} Personen</source>
        <translation>{0}
{1} competences · {2} people</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Noch kein Stellenprofil. Mit „Neues Stellenprofil …“ anlegen.</source>
        <translation>No role profile yet. Create one with “New role profile …”.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Stellenprofil löschen</source>
        <translation>Delete role profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Das Stellenprofil „{0}“ löschen? Beschäftigte und frühere Kompetenzgespräche bleiben erhalten, nur die Zuordnung zu diesem Profil entfällt.</source>
        <translation>Delete the role profile “{0}”? Employees and earlier competency interviews are kept; only their link to this profile is removed.</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/needs/interview_sections_model.py" line="+70"/>
        <source>{0}: {1} von {2} Fragen beantwortet</source>
        <translation>{0}: {1} of {2} questions answered</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} von {1} Fragen beantwortet</source>
        <translation>{0} of {1} questions answered</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n Pflichtfrage(n) offen</source>
        <translation>
            <numerusform>; %n required question open</numerusform>
            <numerusform>; %n required questions open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/common/service_message_catalogue.py" line="+19"/>
        <source>Der Betrieb</source>
        <translation>The company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Beginn</source>
        <translation>The start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Ende</source>
        <translation>The end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Überprüfungstermin</source>
        <translation>The review date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Datum</source>
        <translation>The date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Wert</source>
        <translation>The value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Tag der Antragstellung</source>
        <translation>The date of application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Ende der letzten geförderten Teilnahme</source>
        <translation>The end of the last funded participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Stundenzahl</source>
        <translation>The number of hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Freistellung</source>
        <translation>The release from work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Kosten</source>
        <translation>The costs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Gesamtkosten</source>
        <translation>The total costs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Lehrgangskosten</source>
        <translation>The course costs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Monatsentgelt</source>
        <translation>The monthly pay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Träger</source>
        <translation>The provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Format</source>
        <translation>The format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Verantwortung</source>
        <translation>The responsibility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Verbundmaßnahme</source>
        <translation>The joint course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Text</source>
        <translation>The text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: „{text}“ ist keine Zahl (z. B. 1.234,56).</source>
        <translation>{what}: “{text}” is not a number (e.g. 1,234.56).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: „{text}“ ist keine Zahl.</source>
        <translation>{what}: “{text}” is not a number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: „{text}“ ist kein gültiges Datum (TT.MM.JJJJ).</source>
        <translation>{what}: “{text}” is not a valid date (DD/MM/YYYY).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} ist kein Datum.</source>
        <translation>{what} is not a date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} {day} ist nicht plausibel (erlaubt: 2000 bis 2100).</source>
        <translation>{what} {day} is not plausible (allowed: 2000 to 2100).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} ist keine Zahl.</source>
        <translation>{what} is not a number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} sind keine Zahl.</source>
        <translation>{what} are not a number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} ist keine gültige Zahl.</source>
        <translation>{what} is not a valid number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} sind keine gültige Zahl.</source>
        <translation>{what} are not a valid number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} darf nicht negativ sein.</source>
        <translation>{what} must not be negative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} dürfen nicht negativ sein.</source>
        <translation>{what} must not be negative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} ist unplausibel hoch (höchstens {limit} Stunden).</source>
        <translation>{what} is implausibly high (at most {limit} hours).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} ist unplausibel hoch (höchstens {limit} €).</source>
        <translation>{what} is implausibly high (at most €{limit}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} sind unplausibel hoch (höchstens {limit} Stunden).</source>
        <translation>{what} are implausibly high (at most {limit} hours).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} sind unplausibel hoch (höchstens {limit} €).</source>
        <translation>{what} are implausibly high (at most €{limit}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: bitte höchstens zwei Nachkommastellen angeben.</source>
        <translation>{what}: please give at most two decimal places.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} ist zu lang (höchstens {limit} Zeichen).</source>
        <translation>{what} is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unbekannte Art der Maßnahme „{kind}“.</source>
        <translation>Unknown kind of measure “{kind}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte einen Titel für die Maßnahme angeben.</source>
        <translation>Please enter a title for the measure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte Text eingeben.</source>
        <translation>Please enter text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AZAV-Zulassung: bitte ja oder nein angeben.</source>
        <translation>AZAV approval: please answer yes or no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who}: Die Zahl der Beschäftigten ist keine gültige Zahl.</source>
        <translation>{who}: the number of employees is not a valid number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} muss mindestens 0,25 Beschäftigte haben (eine Teilzeitkraft bis 10 Wochenstunden).</source>
        <translation>{who} must have at least 0.25 employees (one part-time employee up to 10 hours a week).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who}: {count} Beschäftigte sind mehr, als gespeichert werden kann.</source>
        <translation>{who}: {count} employees are more than can be stored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who}: Die Zahl der Beschäftigten {count} ist nicht möglich; Teilzeitkräfte zählen nach § 82 Abs. 6 SGB III mit 0,25, 0,5 oder 0,75 (Schritte von 0,25).</source>
        <translation>{who}: {count} employees is not possible; part-time employees count 0.25, 0.5 or 0.75 under § 82 (6) SGB III (steps of 0.25).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{text}“ ist keine Zahl der Beschäftigten (z. B. 50 oder 49,75; ohne Tausenderpunkt).</source>
        <translation>“{text}” is not a number of employees (e.g. 50 or 49.75; without a thousands separator).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{text}“ ist keine Zahl.</source>
        <translation>“{text}” is not a number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Zahl der Beschäftigten ist keine Zahl.</source>
        <translation>The number of employees is not a number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte den Namen des Betriebs angeben.</source>
        <translation>Please enter the company&apos;s name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte die Zahl der Beschäftigten angeben (Teilzeitkräfte anteilig, z. B. 49,75).</source>
        <translation>Please enter the number of employees (part-time staff pro rata, e.g. 49.75).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Zahl der Beschäftigten inklusive verbundener Unternehmen ({linked}) darf nicht kleiner sein als die Zahl der Beschäftigten des Betriebs ({headcount}).</source>
        <translation>The number of employees including linked companies ({linked}) must not be smaller than the company&apos;s own number of employees ({headcount}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beschäftigte inklusive verbundener Unternehmen: {problem}</source>
        <translation>Employees including linked companies: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Postleitzahl muss aus fünf Ziffern bestehen (oder leer bleiben).</source>
        <translation>The postcode must have five digits (or stay empty).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die E-Mail-Adresse „{email}“ ist ungültig.</source>
        <translation>The e-mail address “{email}” is not valid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte den Vornamen angeben.</source>
        <translation>Please enter the first name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte den Nachnamen angeben.</source>
        <translation>Please enter the last name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Geburtsjahr muss eine ganze Zahl sein.</source>
        <translation>The year of birth must be a whole number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Geburtsjahr muss zwischen {earliest} und {latest} liegen.</source>
        <translation>The year of birth must lie between {earliest} and {latest}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Abschlussjahr muss eine ganze Zahl sein.</source>
        <translation>The year of qualification must be a whole number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ohne Berufsabschluss bitte kein Abschlussjahr angeben (oder „Berufsabschluss vorhanden“ wählen).</source>
        <translation>Without a vocational qualification please give no year of qualification (or choose “Has a vocational qualification”).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Das Abschlussjahr darf nicht in der Zukunft liegen.</source>
        <translation>The year of qualification must not lie in the future.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Abschlussjahr kann nicht vor {earliest} liegen (Geburtsjahr + {age}).</source>
        <translation>The year of qualification cannot be before {earliest} (year of birth + {age}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Das Abschlussjahr kann nicht vor {earliest} liegen.</source>
        <translation>The year of qualification cannot be before {earliest}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte einen Pseudonym-Code angeben, z. B. „{code}“.</source>
        <translation>Please enter a pseudonym code, e.g. “{code}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Pseudonym-Code darf nur Buchstaben ohne Umlaute, Ziffern, „-“ und „_“ enthalten (höchstens {limit} Zeichen), z. B. „BM-06“.</source>
        <translation>The pseudonym code may only contain letters without umlauts, digits, “-” and “_” (at most {limit} characters), e.g. “BM-06”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Den Pseudonym-Code „{code}“ gibt es in diesem Betrieb schon. Der nächste freie Code ist „{free}“.</source>
        <translation>The pseudonym code “{code}” already exists in this company. The next free code is “{free}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bitte einen Namen für die Abteilung angeben.</source>
        <translation>Please enter a name for the department.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Abteilung „{name}“ gibt es in diesem Betrieb schon.</source>
        <translation>The department “{name}” already exists in this company.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Passphrase muss mindestens {length} Zeichen lang sein.</source>
        <translation>The passphrase must be at least {length} characters long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Passphrase darf kein Nullzeichen enthalten.</source>
        <translation>The passphrase must not contain a null character.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Passphrase darf nicht mit Leerzeichen beginnen oder enden.</source>
        <translation>The passphrase must not begin or end with a space.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Passphrase ist falsch. Die Datei wurde nicht verändert.</source>
        <translation>The passphrase is wrong. The file was not changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Passphrase ist falsch, oder der Anfang der Datei ist beschädigt. Die Datei wurde nicht verändert.</source>
        <translation>The passphrase is wrong, or the beginning of the file is damaged. The file was not changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die bisherige Passphrase ist falsch. Es wurde nichts geändert.</source>
        <translation>The current passphrase is wrong. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die neue Passphrase ist dieselbe wie die bisherige.</source>
        <translation>The new passphrase is the same as the current one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dieser Arbeitsbereich ist nicht verschlüsselt; bitte zuerst verschlüsseln.</source>
        <translation>This workspace is not encrypted; please encrypt it first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dieser Arbeitsbereich ist schon verschlüsselt.</source>
        <translation>This workspace is already encrypted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Arbeitsbereich ist gesperrt oder geschlossen; bitte zuerst entsperren oder neu öffnen.</source>
        <translation>The workspace is locked or closed; please unlock or reopen it first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{name}“ ist verschlüsselt (oder keine Datenbank). Bitte die Passphrase angeben.</source>
        <translation>“{name}” is encrypted (or not a database). Please enter the passphrase.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{name}“ ist leer oder abgeschnitten und keine Verbund-Desktop-Datenbank.</source>
        <translation>“{name}” is empty or truncated and not a Verbund Desktop database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{name}“ ist beschädigt oder keine Verbund-Desktop-Datenbank.</source>
        <translation>“{name}” is damaged or not a Verbund Desktop database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{name}“ ist leer oder abgeschnitten und keine Sicherung.</source>
        <translation>“{name}” is empty or truncated and not a backup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{name}“ lässt sich nicht öffnen: Die Passphrase passt nicht, oder die Datei ist beschädigt oder keine Sicherung von Verbund Desktop. Es wurde nichts verändert.</source>
        <translation>“{name}” cannot be opened: the passphrase does not fit, or the file is damaged or not a Verbund Desktop backup. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Datei „{path}“ gibt es nicht.</source>
        <translation>The file “{path}” does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{name}“ ist schon verschlüsselt.</source>
        <translation>“{name}” is already encrypted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datei „{file}“ wurde nicht eingelesen, es wurde nichts geändert:</source>
        <translation>The file “{file}” was not imported; nothing was changed:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>– {problem}</source>
        <translation>– {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… und {count} weitere Probleme.</source>
        <translation>… and {count} more problems.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unbekannte Dateiart: erwartet wird openQCAT (.xml) oder die Angebotsvorlage (.csv, .xlsx).</source>
        <translation>Unknown kind of file: openQCAT (.xml) or the offers template (.csv, .xlsx) is expected.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Datei ist leer: die Kopfzeile mit den Spaltennamen fehlt.</source>
        <translation>The file is empty: the header row with the column names is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Zeichenkodierung ist weder UTF-8 noch Windows-1252.</source>
        <translation>The character encoding is neither UTF-8 nor Windows-1252.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datei ist keine Textdatei (CSV).</source>
        <translation>The file is not a text file (CSV).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx).</source>
        <translation>The file is not a readable Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datei enthält mehr als {count} Zeilen.</source>
        <translation>The file has more than {count} rows.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeile {number}</source>
        <translation>Row {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeile {number}: mehr Werte als Spalten in der Kopfzeile.</source>
        <translation>Row {number}: more values than columns in the header row.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeile 1: Unbekannte Spalten: {unknown} (erlaubt: {allowed}).</source>
        <translation>Row 1: unknown columns: {unknown} (allowed: {allowed}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeile 1: Pflichtspalten fehlen: {missing}.</source>
        <translation>Row 1: required columns are missing: {missing}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeile 1: Spalten kommen mehrfach vor: {doubled}.</source>
        <translation>Row 1: columns appear more than once: {doubled}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}, Spalte „{column}“: {problem}</source>
        <translation>{where}, column “{column}”: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Wert fehlt.</source>
        <translation>The value is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Kennung ist länger als 64 Zeichen.</source>
        <translation>The identifier is longer than 64 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{value}“ ist keine gültige Zahl.</source>
        <translation>“{value}” is not a valid number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{value}“ ist keine ganze Zahl ≥ 0.</source>
        <translation>“{value}” is not a whole number ≥ 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{value}“ ist weder „ja“ noch „nein“.</source>
        <translation>“{value}” is neither “ja” (yes) nor “nein” (no).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{value}“ ist kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT).</source>
        <translation>“{value}” is not a valid date (DD.MM.YYYY or YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} ist nicht die aktuelle Fassung dieses Plans; geändert werden kann nur Version {newest}.</source>
        <translation>Version {version} is not the current version of this plan; only version {newest} can be changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Kompetenz {names} wurde in der Kompetenzerhebung dieses Plans nicht eingeschätzt; eine Maßnahme kann nur Lücken aus dieser Erhebung schließen.</source>
        <translation>The competence {names} was not rated in this plan&apos;s competency interview; a measure can only close gaps from that interview.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Das Ende ({end}) liegt vor dem Beginn ({start}).</source>
        <translation>The end ({end}) lies before the start ({start}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stufe {value} gibt es in diesem Katalog nicht; erlaubt sind {low}–{high}.</source>
        <translation>Level {value} does not exist in this catalogue; allowed are {low}–{high}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priorität {value} gibt es nicht; erlaubt sind 1 (hoch), 2 (mittel), 3 (niedrig).</source>
        <translation>Priority {value} does not exist; allowed are 1 (high), 2 (medium), 3 (low).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Es gibt schon ein offenes Kompetenzgespräch vom {day}; bitte dort weitermachen.</source>
        <translation>There is already an open competency interview of {day}; please continue there.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diese Person gibt es nicht (mehr).</source>
        <translation>This person does not exist (any more).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Für diese Person liegt noch keine abgeschlossene Kompetenzerhebung vor. Ein Entwicklungsplan baut auf ihr auf.</source>
        <translation>This person has no completed competency interview yet. A development plan builds on one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diesen Plan gibt es nicht (mehr).</source>
        <translation>This plan does not exist (any more).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dieses Weiterbildungsangebot gibt es nicht (mehr).</source>
        <translation>This training offer does not exist (any more).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diese Maßnahme gibt es nicht (mehr).</source>
        <translation>This measure does not exist (any more).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eine der gewählten Kompetenzen gibt es nicht (mehr).</source>
        <translation>One of the chosen competences does not exist (any more).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diese Bewertung gibt es nicht (mehr).</source>
        <translation>This rating does not exist (any more).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dieses Kompetenzgespräch ist abgeschlossen und bleibt unverändert. Für neue Einschätzungen bitte ein Folgegespräch beginnen.</source>
        <translation>This competency interview is completed and stays unchanged. For new ratings please start a follow-up interview.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diese Person ist archiviert; mit ihr wird kein Kompetenzgespräch geführt.</source>
        <translation>This person is archived; no competency interview is held with them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mindestens eine gewählte Kompetenz gibt es nicht (mehr).</source>
        <translation>At least one chosen competence does not exist (any more).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Für diese Person liegt keine gültige Einwilligung (oder andere dokumentierte Rechtsgrundlage) zur Kompetenzerhebung vor. Ohne sie wird keine Bewertung gespeichert.</source>
        <translation>This person has no valid consent (or other documented legal basis) for the competency interview. Without it no rating is saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Für diese Person liegt keine Einwilligung vor, ihre Daten für einen Förderantrag zu verwenden und an die Agentur für Arbeit weiterzugeben.</source>
        <translation>This person has not consented to their data being used for a funding application and passed to the Federal Employment Agency.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Für diese Person liegt keine Einwilligung zur pseudonymisierten Nutzung im Verbund vor.</source>
        <translation>This person has not consented to pseudonymised use in the network.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der Arbeitsbereich hat noch keinen Verbund; bitte zuerst einen Verbund anlegen.</source>
        <translation>The workspace has no network yet; please create a network first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} gibt es nicht (mehr); bitte die Ansicht aktualisieren (F5).</source>
        <translation>{what} does not exist (any more); please refresh the view (F5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Das Stellenprofil</source>
        <translation>The role profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den Betrieb</source>
        <translation>The company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Abteilung</source>
        <translation>The department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Bedarfsanalyse</source>
        <translation>The needs analysis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Person</source>
        <translation>The person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who}: {why}</source>
        <translation>{who}: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who}: kein Entwicklungsplan</source>
        <translation>{who}: no development plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who}: keine gültige Einwilligung</source>
        <translation>{who}: no valid consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dasselbe Feld wurde hier und in der Koordinierungsstelle geändert.</source>
        <translation>The same field was changed here and at the coordination office.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Eintrag wurde in der Koordinierungsstelle inzwischen geändert (in anderen Feldern).</source>
        <translation>The entry has been changed at the coordination office meanwhile (in other fields).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sie haben einen Eintrag geändert, den die Koordinierungsstelle inzwischen gelöscht hat.</source>
        <translation>You changed an entry that the coordination office has deleted meanwhile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sie haben einen Eintrag gelöscht, der in der Koordinierungsstelle inzwischen geändert wurde.</source>
        <translation>You deleted an entry that has been changed at the coordination office meanwhile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Einen Eintrag mit demselben Namen oder Kürzel gibt es in der Koordinierungsstelle schon.</source>
        <translation>The coordination office already has an entry with the same name or code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zu derselben Planversion gibt es in der Koordinierungsstelle schon eine Nachfolgeversion.</source>
        <translation>The coordination office already has a successor of the same plan version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Änderung passt nicht zu den Daten der Koordinierungsstelle (ein Verweis fehlt oder ist doppelt).</source>
        <translation>The change does not fit the coordination office&apos;s data (a reference is missing or doubled).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Betrieb</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollenprofil</source>
        <translation>Role profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soll-Kompetenz</source>
        <translation>Target competence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beraterin/Berater</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betriebsgespräch</source>
        <translation>Company interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antwort im Betriebsgespräch</source>
        <translation>Answer in the company interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kompetenzerhebung</source>
        <translation>Competency assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewertung</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entwicklungsplan</source>
        <translation>Development plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lücke einer Maßnahme</source>
        <translation>Gap of a measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weiterbildungsangebot</source>
        <translation>Training offer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbund</source>
        <translation>Network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kürzel</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tätigkeit</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansprechperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vereinbarte Stufe</source>
        <translation>Agreed level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beantwortet am</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archiviert am</source>
        <translation>Archived on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erhoben am</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geburtsjahr</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abschluss</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kompetenz</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abgeschlossen am</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geführt am</source>
        <translation>Held on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mail der Ansprechperson</source>
        <translation>Contact person&apos;s e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon der Ansprechperson</source>
        <translation>Contact person&apos;s phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kosten (EUR)</source>
        <translation>Cost (EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angelegt am</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ziele</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berufsabschluss</source>
        <translation>Vocational qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschäftigte</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branche</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gesprächspartner</source>
        <translation>Interviewee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ort der Maßnahme</source>
        <translation>Place of the measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Höchstens Teilnehmende</source>
        <translation>Maximum participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mindestens Teilnehmende</source>
        <translation>Minimum participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monatsentgelt (EUR)</source>
        <translation>Monthly pay (EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angebot</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reihenfolge</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postleitzahl</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priorität</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anbieter</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abschlussjahr</source>
        <translation>Year of qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freistellung (Stunden)</source>
        <translation>Release from work (hours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stunden fehlen</source>
        <translation>Hours missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dauerklasse (openQCAT)</source>
        <translation>Duration class (openQCAT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aufgaben</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verantwortung</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Überprüfung am</source>
        <translation>Review on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeitplan</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selbsteinschätzung</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schwerbehindert</source>
        <translation>Severely disabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ausgangslage</source>
        <translation>Starting point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einschätzung der Führungskraft</source>
        <translation>Manager&apos;s assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soll-Stufe</source>
        <translation>Target level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Widerrufen am</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betriebsrat</source>
        <translation>Works council</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/common/service_message_catalogue_more.py" line="+15"/>
        <source>Diese Kompetenz gibt es nicht (mehr).</source>
        <translation>This competence no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Mindestzahl der Plätze muss mindestens 1 sein und darf die Höchstzahl nicht übersteigen.</source>
        <translation>The minimum number of seats must be at least 1 and may not exceed the maximum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Das Ende der Verbundmaßnahme liegt vor ihrem Beginn.</source>
        <translation>The joint course ends before it starts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Für dieses Angebot fehlen noch die Unterrichtsstunden (openQCAT enthält keine Stundenzahl): bitte erst unter Angebote › Angebote prüfen … eintragen.</source>
        <translation>This offer still lacks its teaching hours (openQCAT has no number of hours): please enter them under Offers › Review offers … first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diesen Betrieb gibt es nicht (mehr).</source>
        <translation>This company no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Im Arbeitsbereich ist noch kein Verbund angelegt.</source>
        <translation>No network has been set up in this workspace yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diese Verbundmaßnahme gibt es nicht (mehr).</source>
        <translation>This joint course no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Verbundmaßnahme ist {label}; Plätze werden nicht mehr vergeben.</source>
        <translation>The joint course is {label}; no more seats are given.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diese Person hat in der Verbundmaßnahme schon einen Platz.</source>
        <translation>This person already has a seat in the joint course.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle {count} Plätze der Verbundmaßnahme sind vergeben.</source>
        <translation>All {count} seats of the joint course are taken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diesen Platz gibt es nicht (mehr).</source>
        <translation>This seat no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dieser Platz ist schon bestätigt.</source>
        <translation>This seat is already confirmed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Für diese Person gibt es noch keinen Entwicklungsplan; legen Sie zuerst einen an.</source>
        <translation>This person has no development plan yet; please create one first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Den Platz bestätigt die Beraterin oder der Berater der Person ({name}), die ihren Entwicklungsplan betreut.</source>
        <translation>The seat is confirmed by the person&apos;s advisor ({name}), who looks after their development plan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eine Verbundmaßnahme, die {old} ist, kann nicht {new} werden.</source>
        <translation>A joint course that is {old} cannot become {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bestätigt werden kann die Verbundmaßnahme erst mit {count} bestätigten Plätzen (bisher {taken}).</source>
        <translation>The joint course can only be confirmed with {count} confirmed seats (so far {taken}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in Planung</source>
        <translation>in planning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bestätigt</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>läuft</source>
        <translation>running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgeschlossen</source>
        <translation>completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abgesagt</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Abstand des Nachgesprächs muss zwischen 1 und 36 Monaten liegen.</source>
        <translation>The interval of the follow-up must be between 1 and 36 months.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dieses Nachgespräch gibt es nicht (mehr).</source>
        <translation>This follow-up no longer exists.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Angaben sind nicht möglich: {problems}</source>
        <translation>The details are not possible: {problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Freistellungsdauer in Monaten</source>
        <translation>The months of release from work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Anteil der vom Wandel betroffenen Beschäftigten</source>
        <translation>The share of employees affected by the change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zu groß: {what} kann höchstens 1 Milliarde betragen.</source>
        <translation>Too large: {what} can be at most 1 billion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Stundenzahl muss größer als 0 sein.</source>
        <translation>The number of hours must be greater than 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Alter {age} ist nicht möglich (erlaubt: {low} bis {high} Jahre).</source>
        <translation>The age {age} is not possible (allowed: {low} to {high} years).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Für den Arbeitsentgeltzuschuss werden Monatsentgelt und Freistellungsmonate gemeinsam benötigt.</source>
        <translation>The wage subsidy needs both the monthly pay and the months of release from work.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der Anteil der vom Wandel betroffenen Beschäftigten darf höchstens 100 % betragen.</source>
        <translation>The share of employees affected by the change can be at most 100%.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ein Abschlussjahr ist angegeben, obwohl kein Berufsabschluss vorliegt.</source>
        <translation>A year of qualification is given although there is no vocational qualification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Das Abschlussjahr {year} liegt nach dem Maßnahmebeginn ({start}).</source>
        <translation>The year of qualification {year} lies after the start of the course ({start}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Abschlussjahr {year} ist nicht plausibel.</source>
        <translation>The year of qualification {year} is not plausible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Ende der letzten geförderten Teilnahme ({end}) liegt nach dem Maßnahmebeginn ({start}).</source>
        <translation>The end of the last funded participation ({end}) lies after the start of the course ({start}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der Anteil der betroffenen Beschäftigten muss zwischen 0 und 100 % liegen.</source>
        <translation>The share of affected employees must be between 0 and 100%.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mindestens eine geprüfte Erwähnung steht nicht mehr an derselben Stelle; die Texte wurden seit der Prüfung geändert. Es wurde nichts gelöscht. Bitte die Löschung neu beginnen.</source>
        <translation>At least one reviewed mention is no longer in the same place; the texts were changed since the review. Nothing was erased. Please start the erasure again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diese Person gibt es nicht (mehr) im Arbeitsbereich.</source>
        <translation>This person no longer exists in the workspace.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eine Schwerbehinderung darf nur mit ausdrücklicher, gesonderter Einwilligung gespeichert werden (Art. 9 DSGVO). Bitte zuerst die Einwilligung „Schwerbehinderung“ erfassen; für eine einzelne Förderschätzung kann die Angabe auch ohne Speichern verwendet werden.</source>
        <translation>A severe disability may only be stored with an explicit, separate consent (Art. 9 GDPR). Please record the consent “Schwerbehinderung” first; for a single funding estimate the detail can also be used without storing it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diese Einwilligung gibt es nicht (mehr).</source>
        <translation>This consent no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diese Einwilligung ist schon widerrufen.</source>
        <translation>This consent has already been withdrawn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Widerruf kann nicht vor der Einwilligung liegen.</source>
        <translation>The withdrawal cannot lie before the consent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Datum {day} liegt in der Zukunft.</source>
        <translation>The date {day} lies in the future.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zur Bestätigung bitte „{word}“ eingeben.</source>
        <translation>To confirm, please type “{word}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte mindestens einen Eintrag auswählen.</source>
        <translation>Please select at least one entry.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mindestens ein ausgewählter Eintrag ist nicht (mehr) über der Aufbewahrungsfrist; es wurde nichts gelöscht. Bitte die Liste neu laden.</source>
        <translation>At least one selected entry is no longer past its retention period; nothing was erased. Please reload the list.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Sicherung „{path}“ gibt es nicht.</source>
        <translation>The backup “{path}” does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{path}“ kann nicht gelesen werden: {reason}.</source>
        <translation>“{path}” cannot be read: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{name}“ ist leer und keine Sicherung eines Arbeitsbereichs.</source>
        <translation>“{name}” is empty and not a backup of a workspace.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{name}“ stammt von einer neueren Version von Verbund Desktop (Schema {revision}) und kann mit diesem Programm nicht wiederhergestellt werden.</source>
        <translation>“{name}” comes from a newer version of Verbund Desktop (schema {revision}) and cannot be restored with this program.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{name}“ ist beschädigt (Integritätsprüfung: {problems}); die Sicherung ist nicht verwendbar.</source>
        <translation>“{name}” is damaged (integrity check: {problems}); the backup cannot be used.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{name}“ ist beschädigt oder keine Datenbank von Verbund Desktop.</source>
        <translation>“{name}” is damaged or not a Verbund Desktop database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{name}“ ist eine fremde Datenbank, keine Sicherung von Verbund Desktop.</source>
        <translation>“{name}” is another program&apos;s database, not a Verbund Desktop backup.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{name}“ ist beschädigt; die Sicherung ist nicht verwendbar.</source>
        <translation>“{name}” is damaged; the backup cannot be used.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Sicherung „{path}“ kann nicht geschrieben werden: {reason}.</source>
        <translation>The backup “{path}” cannot be written: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datenbank kann nicht gesichert werden. {why}</source>
        <translation>The database cannot be backed up. {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{path}“ gibt es schon; eine vorhandene Datei wird nicht überschrieben.</source>
        <translation>“{path}” already exists; an existing file is not overwritten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Sicherung muss eine andere Datei als der Arbeitsbereich sein.</source>
        <translation>The backup must be a different file from the workspace.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datenbank kann vor der Aktualisierung nicht gesichert werden.</source>
        <translation>The database cannot be backed up before the update.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Sicherung ist der Arbeitsbereich selbst; bitte eine Sicherungsdatei wählen.</source>
        <translation>The backup is the workspace itself; please choose a backup file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Sicherung „{name}“ ist unverschlüsselt, der Arbeitsbereich aber verschlüsselt. Bitte die Passphrase angeben, mit der die Daten verschlüsselt werden sollen; es wurde nichts geändert.</source>
        <translation>The backup “{name}” is not encrypted, but the workspace is. Please give the passphrase the data should be encrypted with; nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Wiederherstellung ist fehlgeschlagen ({reason}); der bisherige Arbeitsbereich ist unverändert. Ist die Datei noch in einem anderen Programm geöffnet?</source>
        <translation>The restore failed ({reason}); the workspace is unchanged. Is the file still open in another program?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die tägliche Sicherung wurde abgebrochen; es wurde keine Sicherungsdatei angelegt.</source>
        <translation>The daily backup was cancelled; no backup file was created.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beim Zugriff auf „{name}“ ist ein unerwarteter Fehler der Datenbank aufgetreten.</source>
        <translation>An unexpected database error occurred while accessing “{name}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dieser Arbeitsbereich ist noch nicht mit der Koordinierungsstelle verbunden; ohne ihre Schlüssel gibt es keine Sync-Datei. Bitte zuerst „Mit der Koordinierungsstelle verbinden“.</source>
        <translation>This workspace is not connected to the coordination office yet; without its keys there is no sync file. Please use “Connect to the coordination office” first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Sync-Datei ist ungültig: {why}</source>
        <translation>The sync file is invalid: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Inhalt der Sync-Datei ist ungültig. Es wurde nichts geändert.</source>
        <translation>The content of the sync file is invalid. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Sync-Datei „{name}“ kann nicht gelesen werden.</source>
        <translation>The sync file “{name}” cannot be read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diese Datei ist keine Sync-Datei von Verbund Desktop. Es wurde nichts geändert.</source>
        <translation>This file is not a Verbund Desktop sync file. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Sync-Datei ist verändert worden oder stammt nicht von der Koordinierungsstelle bzw. dem verbundenen Gerät. Es wurde nichts geändert.</source>
        <translation>The sync file has been altered or does not come from the coordination office or the connected device. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diese Sync-Datei ist für einen anderen Arbeitsbereich bestimmt. Es wurde nichts geändert.</source>
        <translation>This sync file is meant for another workspace. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diese Sync-Datei wurde schon eingelesen (oder ist älter als die zuletzt eingelesene). Es wurde nichts geändert.</source>
        <translation>This sync file has already been read (or is older than the last one read). Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Sync-Datei lässt sich mit dem Schlüssel dieses Geräts nicht entschlüsseln. Es wurde nichts geändert.</source>
        <translation>The sync file cannot be decrypted with this device&apos;s key. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Das Änderungspaket {changeset} ändert die Zeile {row} der Tabelle „{table}“ zweimal; ein Änderungspaket enthält jede Zeile höchstens einmal. Es wurde nichts übernommen.</source>
        <translation>The changeset {changeset} changes row {row} of table “{table}” twice; a changeset contains each row at most once. Nothing was taken over.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}: Eine Zeile kommt zweimal vor; die Antwort ist verändert worden. Es wurde nichts übernommen.</source>
        <translation>{what}: A row appears twice; the answer has been altered. Nothing was taken over.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abruf</source>
        <translation>Fetch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diese Änderungen der Koordinierungsstelle schließen nicht an den Stand dieses Arbeitsbereichs an (eine frühere Sync-Datei fehlt). Es wurde nichts übernommen.</source>
        <translation>These changes of the coordination office do not follow on from the state of this workspace (an earlier sync file is missing). Nothing was taken over.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diesen Konflikt gibt es nicht mehr; er wurde schon gelöst oder die Daten wurden gelöscht.</source>
        <translation>This conflict no longer exists; it was already resolved or the data were deleted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diese Lösung passt nicht zu diesem Konflikt. Bitte eine der angebotenen wählen.</source>
        <translation>This resolution does not fit this conflict. Please choose one of those offered.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Für „bearbeitet“ bitte mindestens ein Feld ändern.</source>
        <translation>For an edited version, please change at least one field.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diese Planversion gibt es hier nicht mehr; bitte zuerst synchronisieren.</source>
        <translation>This plan version no longer exists here; please synchronise first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ihre Fassung wurde schon als Version {version} gedruckt; eine neue Nummer passte nicht mehr zum gedruckten Plan. Bitte mit der Koordinierungsstelle klären, welche Fassung gilt. Nichts wurde geändert.</source>
        <translation>Your version was already printed as version {version}; a new number would no longer match the printed plan. Please agree with the coordination office which version applies. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Das Feld „{name}“ gibt es hier nicht.</source>
        <translation>The field “{name}” does not exist here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{text}“ ist keine Zahl. Nichts wurde geändert.</source>
        <translation>“{text}” is not a number. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Name oder das Kürzel ist hier noch vergeben. Bitte einen anderen wählen; nichts wurde geändert.</source>
        <translation>The name or the abbreviation is still taken here. Please choose another; nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der vorhandene Eintrag ist nicht bekannt; bitte zuerst synchronisieren.</source>
        <translation>The existing entry is not known; please synchronise first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Adresse muss mit „https://“ beginnen oder nur Rechner und Port nennen.</source>
        <translation>The address must begin with “https://” or name only the host and port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Port der Adresse ist keine gültige Zahl.</source>
        <translation>The port of the address is not a valid number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Koordinierungsstelle unter {host}:{port} ist nicht erreichbar oder spricht kein HTTPS.</source>
        <translation>The coordination office at {host}:{port} cannot be reached or does not speak HTTPS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Koordinierungsstelle zeigt ein anderes Zertifikat als das bestätigte. Es wurde nichts gesendet. Bitte in der Koordinierungsstelle nachfragen, bevor Sie neu verbinden.</source>
        <translation>The coordination office shows a different certificate from the one confirmed. Nothing was sent. Please ask at the coordination office before you connect again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Koordinierungsstelle ist nicht erreichbar.</source>
        <translation>The coordination office cannot be reached.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Verbindung zur Koordinierungsstelle ist abgebrochen.</source>
        <translation>The connection to the coordination office was interrupted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Koordinierungsstelle zeigt ein anderes Zertifikat als das bestätigte.</source>
        <translation>The coordination office shows a different certificate from the one confirmed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Koordinierungsstelle antwortet mit Fehler {code}.</source>
        <translation>The coordination office answers with error {code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dieser Arbeitsbereich ist schon mit einer Koordinierungsstelle verbunden.</source>
        <translation>This workspace is already connected to a coordination office.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dieser Arbeitsbereich ist mit keiner Koordinierungsstelle verbunden.</source>
        <translation>This workspace is not connected to any coordination office.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Antwort der Koordinierungsstelle ist unverständlich.</source>
        <translation>The answer of the coordination office cannot be understood.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Koordinierungsstelle hat nicht jedes Änderungspaket beantwortet.</source>
        <translation>The coordination office did not answer every changeset.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der Geräteschlüssel ist ungültig.</source>
        <translation>The device key is invalid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Code ist ungültig, abgelaufen oder schon benutzt. Bitte in der Koordinierungsstelle einen neuen Code erstellen lassen.</source>
        <translation>The code is invalid, expired or already used. Please ask the coordination office for a new code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dieses Gerät ist schon verbunden.</source>
        <translation>This device is already connected.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dieses Gerät ist in der Büro-Datenbank nicht bekannt.</source>
        <translation>This device is not known in the office database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Anfrage ist nicht signiert.</source>
        <translation>The request is not signed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Uhr dieses Geräts weicht mehr als fünf Minuten von der Koordinierungsstelle ab; bitte die Uhrzeit des Laptops prüfen.</source>
        <translation>This device&apos;s clock differs from the coordination office&apos;s by more than five minutes; please check the laptop&apos;s time.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Anfrage ist nicht gültig signiert (unbekanntes Gerät oder veränderte Anfrage).</source>
        <translation>The request is not validly signed (unknown device or altered request).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dieses Gerät wurde in der Koordinierungsstelle gesperrt; bitte dort melden.</source>
        <translation>This device has been blocked at the coordination office; please contact them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diese Anfrage wurde schon einmal gestellt und wird nicht wiederholt.</source>
        <translation>This request was already made once and is not repeated.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diese Änderungen tragen die Kennung eines Arbeitsbereichs, der mit einem anderen Gerät verbunden ist; es wurde nichts übernommen.</source>
        <translation>These changes carry the identifier of a workspace connected to another device; nothing was taken over.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dieser Betrieb ist Ihnen nicht zugeordnet.</source>
        <translation>This company is not assigned to you.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Kennung des Arbeitsbereichs fehlt oder ist ungültig.</source>
        <translation>The workspace&apos;s identifier is missing or invalid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Anfrage ist zu groß.</source>
        <translation>The request is too large.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interner Fehler in der Koordinierungsstelle; bitte später erneut versuchen.</source>
        <translation>Internal error at the coordination office; please try again later.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Den Zeitraum „{text}“ verstehe ich nicht; erwartet wird z. B. 2026-01..2026-12.</source>
        <translation>The period “{text}” cannot be read; expected is e.g. 2026-01..2026-12.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Zeitraum „{text}“ enthält ein ungültiges Datum.</source>
        <translation>The period “{text}” contains an invalid date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Ende des Zeitraums liegt vor seinem Beginn.</source>
        <translation>The end of the period lies before its start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die ESCO-Datei ist nicht UTF-8-kodiert.</source>
        <translation>The ESCO file is not UTF-8 encoded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeile 1: Spalten fehlen: {missing}.</source>
        <translation>Row 1: columns missing: {missing}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die CSV-Datei ist fehlerhaft ({why}).</source>
        <translation>The CSV file is faulty ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datei enthält mehr als {count} Konzepte.</source>
        <translation>The file contains more than {count} concepts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeile {number}: mehr Werte als Spalten.</source>
        <translation>Row {number}: more values than columns.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeile {number}: conceptUri oder preferredLabel fehlt.</source>
        <translation>Row {number}: conceptUri or preferredLabel is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeile {number}: Das Konzept {uri} kommt mehrfach vor.</source>
        <translation>Row {number}: the concept {uri} occurs more than once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die CSV-Datei ist nicht lesbar ({why}).</source>
        <translation>The CSV file cannot be read ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datei enthält kein Konzept mit der URI {uri}.</source>
        <translation>The file contains no concept with the URI {uri}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unter „{label}“ ({uri}) liegen keine Fertigkeiten.</source>
        <translation>There are no skills below “{label}” ({uri}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die ESCO-Version ist aus dem Dateinamen nicht erkennbar; bitte angeben (z. B. 1.2.0).</source>
        <translation>The ESCO version cannot be told from the file name; please give it (e.g. 1.2.0).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{name}“ ist in der ESCO-Version {version} schon geladen.</source>
        <translation>“{name}” is already loaded in ESCO version {version}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datei kann nicht gelesen werden: {reason}.</source>
        <translation>The file cannot be read: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dieses Angebot gibt es nicht mehr.</source>
        <translation>This offer no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eine Kompetenz ist mehrfach gewählt.</source>
        <translation>A competence is chosen more than once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eine gewählte Kompetenz gehört zu keinem aktuellen Katalog.</source>
        <translation>A chosen competence belongs to no current catalogue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bei „{competence}“ muss die Ausgangsstufe kleiner als die Zielstufe sein und beide müssen in der Skala {low}–{high} liegen.</source>
        <translation>For “{competence}” the starting level must be lower than the target level and both must lie in the scale {low}–{high}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bitte die Unterrichtsstunden des Angebots eintragen (Dauer laut Anbieter: {duration}): openQCAT enthält keine Stundenzahl, ohne sie gibt es weder Vorschlag noch Förderschätzung.</source>
        <translation>Please enter the offer&apos;s teaching hours (duration according to the provider: {duration}): openQCAT has no number of hours, and without them there is neither a suggestion nor a funding estimate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bitte die Unterrichtsstunden des Angebots eintragen: openQCAT enthält keine Stundenzahl, ohne sie gibt es weder Vorschlag noch Förderschätzung.</source>
        <translation>Please enter the offer&apos;s teaching hours: openQCAT has no number of hours, and without them there is neither a suggestion nor a funding estimate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Stundenzahl muss größer als 0 und höchstens {limit} sein.</source>
        <translation>The number of hours must be greater than 0 and at most {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zeile {line}: Die Datei ist kein wohlgeformtes XML ({why}).</source>
        <translation>Line {line}: the file is not well-formed XML ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeile 1: Die Datei kann nicht gelesen werden ({why}).</source>
        <translation>Line 1: the file cannot be read ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeile 1: Das Wurzelelement „{tag}“ ist kein openQCAT-Katalog (erwartet: OPENQCAT).</source>
        <translation>Line 1: the root element “{tag}” is not an openQCAT catalogue (expected: OPENQCAT).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zeile 1: Eine DOCTYPE-Angabe ist in openQCAT nicht erlaubt.</source>
        <translation>Line 1: a DOCTYPE declaration is not allowed in openQCAT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Datei „{path}“ wurde nicht gefunden.</source>
        <translation>The file “{path}” was not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datei „{name}“ kann nicht gelesen werden ({why}).</source>
        <translation>The file “{name}” cannot be read ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datei „{name}“ ist zu tief verschachtelt.</source>
        <translation>The file “{name}” is nested too deeply.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datei „{name}“ enthält kein gültiges JSON: {why}</source>
        <translation>The file “{name}” contains no valid JSON: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datei „{name}“ entspricht nicht dem Schema: {why}</source>
        <translation>The file “{name}” does not match the schema: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>„{name}“ wird gerade von einem anderen Programm beschrieben (etwa einem zweiten Fenster von Verbund Desktop oder dem Befehl „verbund“). Bitte das andere Programm schließen und es noch einmal versuchen. Es wurde nichts geändert.</source>
        <translation>“{name}” is being written by another program right now (such as a second window of Verbund Desktop or the “verbund” command). Please close the other program and try again. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{name}“ oder sein Ordner ist schreibgeschützt (etwa ein gesperrter USB-Stick oder ein Archivordner). Bitte die Datei in einen beschreibbaren Ordner kopieren. Es wurde nichts geändert.</source>
        <translation>“{name}” or its folder is write-protected (such as a locked USB stick or an archive folder). Please copy the file into a writable folder. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der Datenträger mit „{name}“ ist voll. Bitte Platz schaffen und es noch einmal versuchen. Was vorher gespeichert war, bleibt erhalten; der letzte Schritt wurde nicht gespeichert.</source>
        <translation>The disk holding “{name}” is full. Please make room and try again. What was saved before is kept; the last step was not saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{name}“ ist beschädigt (oder abgeschnitten) und kann nicht gelesen werden. Bitte eine Sicherung wiederherstellen. Die Datei wurde nicht verändert.</source>
        <translation>“{name}” is damaged (or truncated) and cannot be read. Please restore a backup. The file was not changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der Dateiname „{name}…“ ist zu lang für das Dateisystem. Bitte einen kürzeren Namen wählen.</source>
        <translation>The file name “{name}…” is too long for the file system. Please choose a shorter name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beim Lesen oder Schreiben von „{name}“ hat der Datenträger einen Fehler gemeldet (etwa ein entfernter USB-Stick oder eine unterbrochene Netzwerkfreigabe). Der letzte Schritt wurde nicht gespeichert.</source>
        <translation>While reading or writing “{name}” the disk reported an error (such as a removed USB stick or an interrupted network share). The last step was not saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{name}“ oder sein Ordner ist nicht (mehr) vorhanden.</source>
        <translation>“{name}” or its folder no longer exists.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>der Datenträger ist voll</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>der Datenträger ist schreibgeschützt</source>
        <translation>the disk is write-protected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>die Berechtigung fehlt (Datei oder Ordner schreibgeschützt?)</source>
        <translation>permission is missing (file or folder write-protected?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>die Datei oder ihr Ordner ist nicht vorhanden</source>
        <translation>the file or its folder does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>der Name ist zu lang</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dort liegt ein Ordner, keine Datei</source>
        <translation>there is a folder there, not a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ein Teil des Pfads ist kein Ordner</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dort liegt schon eine Datei</source>
        <translation>there is already a file there</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>der Datenträger hat einen Lese- oder Schreibfehler gemeldet</source>
        <translation>the disk reported a read or write error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>der Speicherplatz des Benutzerkontos ist ausgeschöpft</source>
        <translation>the user account&apos;s storage quota is used up</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/common/service_message_catalogue_english.py" line="+13"/>
        <source>Zeile {line}, SERVICE „{product}“</source>
        <translation>Line {line}, SERVICE “{product}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeile {line}, {path}</source>
        <translation>Line {line}, {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{before}SERVICE „{product}“{after}</source>
        <translation>{before}SERVICE “{product}”{after}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeile {line}: {problem}</source>
        <translation>Line {line}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeile {line}: Widerspricht {schema}: {message}</source>
        <translation>Line {line}: Violates {schema}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dem openQCAT-Schema</source>
        <translation>the openQCAT schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dem offiziellen openQCAT-Schema</source>
        <translation>the official openQCAT schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Element „{element}“ ist an dieser Stelle nicht erlaubt (erwartet: {expected}).</source>
        <translation>Element “{element}” is not allowed here (expected: {expected}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Element „{element}“ ist an dieser Stelle nicht erlaubt.</source>
        <translation>Element “{element}” is not allowed here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Element „{element}“ fehlt ein Pflichtelement (erwartet: {expected}).</source>
        <translation>Element “{element}” lacks a required element (expected: {expected}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Element „{element}“{attribute}: Der Wert „{value}“ ist nicht zulässig.</source>
        <translation>Element “{element}”{attribute}: the value “{value}” is not allowed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Element „{element}“{attribute}: „{value}“ ist kein gültiger Wert (Datum JJJJ-MM-TT, Zahl mit Punkt oder Ganzzahl).</source>
        <translation>Element “{element}”{attribute}: “{value}” is not a valid value (date YYYY-MM-DD, number with a point, or integer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Element „{element}“: Das Pflichtattribut „{name}“ fehlt.</source>
        <translation>Element “{element}”: the required attribute “{name}” is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Element „{element}“: Das Attribut „{name}“ ist nicht erlaubt.</source>
        <translation>Element “{element}”: the attribute “{name}” is not allowed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, Attribut „{name}“</source>
        <translation>, attribute “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Schema-Datei (XSD) kann nicht verwendet werden: {why}.</source>
        <translation>The schema file (XSD) cannot be used: {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: SERVICE_DETAILS/SERVICE_MODULE/EDUCATION fehlt (Angebot oder Termin?).</source>
        <translation>{where}: SERVICE_DETAILS/SERVICE_MODULE/EDUCATION is missing (offer or dated run?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: Bei einem Angebot muss COURSE_ID gleich PRODUCT_ID sein.</source>
        <translation>{where}: for an offer, COURSE_ID must equal PRODUCT_ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: Bei einem Angebot muss COURSE_ID gleich PRODUCT_ID sein (oder fehlen).</source>
        <translation>{where}: for an offer, COURSE_ID must equal PRODUCT_ID (or be left out).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: Die Unterrichtsart „{instruction}“ (INSTRUCTION_TYPE) ist unbekannt.</source>
        <translation>{where}: the type of instruction “{instruction}” (INSTRUCTION_TYPE) is unknown.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: Die Dauer in Stunden fehlt (COURSE/DURATION type=&quot;hours&quot;).</source>
        <translation>{where}: the duration in hours is missing (COURSE/DURATION type=&quot;hours&quot;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: SUPPLIER_ID_REF nennt keinen der Anbieter im HEADER (bei mehreren Anbietern ist die Angabe nötig).</source>
        <translation>{where}: SUPPLIER_ID_REF names none of the providers in the HEADER (it is needed when there are several providers).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: Ein Termin (EDUCATION type=&quot;false&quot;) braucht COURSE_ID, die ID seines Angebots.</source>
        <translation>{where}: a dated run (EDUCATION type=&quot;false&quot;) needs COURSE_ID, the ID of its offer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: Die Unterrichtsform {code} („{text}“, EXTENDED_INFO/INSTRUCTION_FORM) ist unbekannt.</source>
        <translation>{where}: the form of instruction {code} (“{text}”, EXTENDED_INFO/INSTRUCTION_FORM) is unknown.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: Die Stundenzahl muss größer als 0 und höchstens {limit} sein.</source>
        <translation>{where}: the number of hours must be greater than 0 and at most {limit}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: Die Kosten müssen zwischen 0 und {limit} Euro liegen.</source>
        <translation>{where}: the costs must be between 0 and {limit} euros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: Mehr als {limit} Teilnehmende sind nicht vorgesehen.</source>
        <translation>{where}: more than {limit} participants are not provided for.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: Eine AZAV-zugelassene Maßnahme setzt einen zugelassenen Träger voraus.</source>
        <translation>{where}: a measure approved under the AZAV requires an approved provider.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: Die Mindestzahl ({low}) ist größer als die Höchstzahl ({high}) der Teilnehmenden.</source>
        <translation>{where}: the minimum ({low}) is greater than the maximum ({high}) number of participants.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: Ein Beginn-Datum kommt mehrfach vor.</source>
        <translation>{where}: a start date occurs more than once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: Der Termin endet ({end}) vor seinem Beginn ({start}).</source>
        <translation>{where}: the run ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: Die Kurs-ID „{course}“ des Anbieters „{provider}“ kommt schon bei {first} vor.</source>
        <translation>{where}: the course ID “{course}” of the provider “{provider}” already occurs at {first}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: Der Termin verweist auf das Angebot „{course}“, das die Datei nicht enthält.</source>
        <translation>{where}: the run refers to the offer “{course}”, which the file does not contain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: Die ID „{ident}“ kommt mehrfach vor.</source>
        <translation>{where}: the ID “{ident}” occurs more than once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datei enthält mehr als {count} Angebote.</source>
        <translation>The file contains more than {count} offers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Version „{version}“ wird nicht gelesen (erwartet: 1.1).</source>
        <translation>Version “{version}” is not read (expected: 1.1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Pflichtelement {path} fehlt.</source>
        <translation>The required element {path} is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Pflichtelement SUPPLIER (Bildungsanbieter) fehlt.</source>
        <translation>The required element SUPPLIER (training provider) is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genau eines von NEW_CATALOG (Vollkatalog) oder UPDATE_CATALOG (Aktualisierung) muss folgen.</source>
        <translation>Exactly one of NEW_CATALOG (full catalogue) or UPDATE_CATALOG (update) must follow.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dieses Element ist hier nicht erlaubt.</source>
        <translation>This element is not allowed here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die ID ist länger als {limit} Zeichen.</source>
        <translation>The ID is longer than {limit} characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Attribut mode=„{mode}“ gibt es nicht (nur „new“).</source>
        <translation>The attribute mode=“{mode}” does not exist (only “new”).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{value}“ ist kein Angebotstyp (1 bis 5).</source>
        <translation>“{value}” is not a type of offer (1 to 5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Titel ist länger als {limit} Zeichen.</source>
        <translation>The title is longer than {limit} characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SERVICE_DATE darf je SERVICE nur einmal vorkommen.</source>
        <translation>SERVICE_DATE may occur only once per SERVICE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SERVICE_MODULE/EDUCATION fehlt: die Leistung ist kein Bildungsangebot.</source>
        <translation>SERVICE_MODULE/EDUCATION is missing: the service is no training offer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nur Preise in Euro werden gelesen, nicht „{value}“.</source>
        <translation>Only prices in euros are read, not “{value}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Attribut type fehlt (type=&quot;true&quot;: Angebot, &quot;false&quot;: Termin).</source>
        <translation>The attribute type is missing (type=&quot;true&quot;: offer, &quot;false&quot;: dated run).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{value}“ ist kein Datum (JJJJ-MM-TTThh:mm:ss mit Zeitzone oder JJJJ-MM-TT).</source>
        <translation>“{value}” is not a date (YYYY-MM-DDThh:mm:ss with time zone, or YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} „{value}“ ist nicht zulässig (erwartet: {kind}).</source>
        <translation>{what} “{value}” is not allowed (expected: {kind}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Attribut {name}</source>
        <translation>The attribute {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true oder false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eine ganze Zahl</source>
        <translation>an integer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eine ganze Zahl ab 0</source>
        <translation>an integer from 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eine Zahl mit Punkt</source>
        <translation>a number with a decimal point</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dauerklasse {number}</source>
        <translation>Duration class {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keine Angabe</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bis 3 Tage</source>
        <translation>up to 3 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mehr als 3 Tage bis 1 Woche</source>
        <translation>more than 3 days up to 1 week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mehr als 1 Woche bis 1 Monat</source>
        <translation>more than 1 week up to 1 month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mehr als 1 Monat bis 3 Monate</source>
        <translation>more than 1 month up to 3 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mehr als 3 Monate bis 6 Monate</source>
        <translation>more than 3 months up to 6 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mehr als 6 Monate bis 1 Jahr</source>
        <translation>more than 6 months up to 1 year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mehr als 1 Jahr bis 2 Jahre</source>
        <translation>more than 1 year up to 2 years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mehr als 2 Jahre bis 3 Jahre</source>
        <translation>more than 2 years up to 3 years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mehr als 3 Jahre</source>
        <translation>more than 3 years</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/common/service_message_catalogue_english3.py" line="+14"/>
        <source>Systemmeldung „{text}“</source>
        <translation>system message “{text}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>„{name}“ ist nur zum Lesen geöffnet, weil ein anderes Programm ihn bearbeitet; Wiederherstellen, Passphrase ändern und Löschen sind hier nicht möglich.</source>
        <translation>“{name}” is open read-only because another program is editing it; restoring, changing the passphrase and erasing are not possible here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{name}“ wurde mit einer neueren Version von Verbund Desktop erstellt (Schema {revision}). Bitte das Programm aktualisieren; die Datei bleibt unverändert.</source>
        <translation>“{name}” was created with a newer version of Verbund Desktop (schema {revision}). Please update the program; the file stays unchanged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{name}“ kann nicht auf den Stand dieses Programms gebracht werden: {cause}. Die Aktualisierung wurde vollständig zurückgenommen; die Datei ist wie vorher. {advice}</source>
        <translation>“{name}” cannot be brought up to the level of this program: {cause}. The upgrade was undone completely; the file is as it was. {advice}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der Datenträger ist voll</source>
        <translation>The disk is full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datei oder ihr Ordner ist schreibgeschützt</source>
        <translation>The file or its folder is write-protected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ein anderes Programm schreibt gerade in die Datei</source>
        <translation>Another program is writing to the file right now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datei enthält schon Teile des neuen Schemas, aber nicht dessen Versionsangabe</source>
        <translation>The file already holds parts of the new schema, but not its version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ein Schritt der Aktualisierung ist fehlgeschlagen</source>
        <translation>A step of the upgrade failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vermutlich wurde eine frühere Aktualisierung mit einer älteren Programmversion abgebrochen und die Datei ist nur halb aktualisiert: Bitte eine Sicherung aus der Zeit vor diesem Abbruch wiederherstellen (die eben angelegte Sicherung „Vor Programm-Aktualisierung“ hat denselben Stand).</source>
        <translation>Probably an earlier upgrade with an older version of the program was interrupted and the file is only half upgraded: please restore a backup from before that interruption (the backup “Before program update” just made has the same state).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bitte die Ursache beheben und die Datei erneut öffnen, oder eine Sicherung wiederherstellen.</source>
        <translation>Please remove the cause and open the file again, or restore a backup.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Aktualisierung hätte Verweise zwischen Datensätzen zerstört und wurde nicht übernommen; die Datei ist unverändert.</source>
        <translation>The upgrade would have destroyed references between records and was not applied; the file is unchanged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Passphrase darf nicht leer sein.</source>
        <translation>The passphrase must not be empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Ordner „{folder}“ kann nicht angelegt werden: {reason}.</source>
        <translation>The folder “{folder}” cannot be created: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{name}“ ist nur zum Lesen geöffnet, weil ein anderes Programm ihn gerade bearbeitet. Die Änderung wurde nicht gespeichert.</source>
        <translation>“{name}” is open read-only because another program is editing it right now. The change was not saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{path}“ ist keine Datei.</source>
        <translation>“{path}” is not a file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datei „{path}“ kann nicht gelesen werden: {reason}.</source>
        <translation>The file “{path}” cannot be read: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{name}“ ist eine fremde Datenbank, keine Verbund-Desktop-Datenbank.</source>
        <translation>“{name}” is a foreign database, not a Verbund Desktop database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>„{name}“ ist unvollständig: Das Anlegen oder Aktualisieren des Arbeitsbereichs wurde abgebrochen, bevor alle Tabellen bestanden. Die Datei wurde nicht verändert. Bitte eine Sicherung wiederherstellen oder den Arbeitsbereich neu anlegen.</source>
        <translation>“{name}” is incomplete: creating or upgrading the workspace was interrupted before all its tables existed. The file was not changed. Please restore a backup or create the workspace anew.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{name}“ kann nicht geöffnet werden. Die Datei wurde nicht verändert.</source>
        <translation>“{name}” cannot be opened. The file was not changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Passphrase wurde nicht geändert: „{name}“ ist beschädigt. Bitte zuerst eine Sicherung wiederherstellen. Es wurde nichts geändert.</source>
        <translation>The passphrase was not changed: “{name}” is damaged. Please restore a backup first. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Passphrase konnte nicht geändert werden. {why}</source>
        <translation>The passphrase could not be changed. {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Arbeitsbereich konnte nicht verschlüsselt werden. {why}</source>
        <translation>The workspace could not be encrypted. {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die neue Passphrase öffnet die Datei nicht; bitte eine Sicherung prüfen.</source>
        <translation>The new passphrase does not open the file; please check a backup.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die verschlüsselte Kopie lässt sich nicht öffnen; es wurde nichts geändert.</source>
        <translation>The encrypted copy cannot be opened; nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{program} auf „{host}“ (Anmeldung „{user}“, Prozess {pid}, seit {since})</source>
        <translation>{program} on “{host}” (login “{user}”, process {pid}, since {since})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} {clock} Uhr</source>
        <translation>{day} {clock}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>einem anderen Programm</source>
        <translation>another program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{name}“ ist gerade in {who} geöffnet. Bitte dort schließen und es dann erneut versuchen. Es wurde nichts geändert.</source>
        <translation>“{name}” is open in {who} right now. Please close it there and then try again. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Sperrdatei „{name}“ kann nicht angelegt werden ({reason}); ist der Ordner schreibgeschützt? Es wurde nichts geändert.</source>
        <translation>The lock file “{name}” cannot be created ({reason}); is the folder write-protected? Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{name}“ kann nicht gesperrt werden ({reason}); Arbeitsbereiche auf diesem Laufwerk werden nicht unterstützt. Es wurde nichts geändert.</source>
        <translation>“{name}” cannot be locked ({reason}); workspaces on this drive are not supported. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Sperrdatei „{name}“ kann nicht geschrieben werden ({reason}). Es wurde nichts geändert.</source>
        <translation>The lock file “{name}” cannot be written ({reason}). Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{name}“ war noch von {holder} gesperrt; dieses Programm läuft nicht mehr (abgestürzt oder ausgeschaltet). Die Sperre wurde übernommen. Bitte prüfen Sie die zuletzt eingegebenen Daten.</source>
        <translation>“{name}” was still locked by {holder}; that program is no longer running (it crashed or was switched off). The lock was taken over. Please check the data entered last.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regelwerk „{name}“ abgelehnt: {why}</source>
        <translation>Rule set “{name}” refused: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regelwerke abgelehnt: {problems}</source>
        <translation>Rule sets refused: {problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der Schlüssel „{key}“ kommt in mehreren Regelwerken vor.</source>
        <translation>The key “{key}” occurs in more than one rule set.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Gültigkeit von „{earlier}“ ({earlier_validity}) überschneidet sich mit „{later}“ ({later_validity}).</source>
        <translation>The validity of “{earlier}” ({earlier_validity}) overlaps with “{later}” ({later_validity}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gültig ab {start}</source>
        <translation>valid from {start}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gültig vom {start} bis {end}</source>
        <translation>valid from {start} to {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Für einen Maßnahmebeginn am {start} liegt kein Regelwerk vor (vorhandene Regelwerke: {known}).</source>
        <translation>There is no rule set for a measure starting on {start} (rule sets available: {known}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{title}“ {validity}</source>
        <translation>“{title}” {validity}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{name}“ ist in JSON nicht erlaubt</source>
        <translation>“{name}” is not allowed in JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{text}“ ist kein gültiges Kalenderdatum.</source>
        <translation>“{text}” is not a valid calendar date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Ende der Gültigkeit ({end}) liegt vor ihrem Beginn ({start}).</source>
        <translation>The end of the validity ({end}) lies before its start ({start}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lehrgangskosten</source>
        <translation>Course costs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbeitsentgeltzuschuss</source>
        <translation>Wage subsidy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}, Band {index}</source>
        <translation>{what}, band {index}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonderregel ab 45 Jahren/Schwerbehinderung</source>
        <translation>Special rule from age 45/severe disability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonderregel ohne Berufsabschluss</source>
        <translation>Special rule without vocational qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bemessungsgrundlage des Arbeitsentgeltzuschusses</source>
        <translation>Basis of assessment of the wage subsidy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zuschlag „{kind}“</source>
        <translation>Bonus “{kind}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: Der Anteil „{name}“ = {value} liegt nicht zwischen 0 und 1 (0 % bis 100 %).</source>
        <translation>{label}: the share “{name}” = {value} does not lie between 0 and 1 (0% to 100%).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der Zuschlag „{kind}“ beginnt am {start}, außerhalb der Gültigkeit des Regelwerks ({validity}).</source>
        <translation>The bonus “{kind}” starts on {start}, outside the validity of the rule set ({validity}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der Zuschlag „structural_change“ braucht „min_share“ und „min_share_sme“.</source>
        <translation>The bonus “structural_change” needs “min_share” and “min_share_sme”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Zuschlag „{kind}“ nennt „min_share_sme“ ohne „sme_below_employees“.</source>
        <translation>The bonus “{kind}” names “min_share_sme” without “sme_below_employees”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: Es beginnt bei {start} Beschäftigten und überschneidet sich mit dem vorigen Band (erwartet: {expected}); Bänder müssen lückenlos bei 0 beginnen.</source>
        <translation>{where}: it starts at {start} employees and overlaps the previous band (expected: {expected}); bands must start at 0 without gaps.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: Es beginnt bei {start} Beschäftigten und lässt eine Lücke nach dem vorigen Band (erwartet: {expected}); Bänder müssen lückenlos bei 0 beginnen.</source>
        <translation>{where}: it starts at {start} employees and leaves a gap after the previous band (expected: {expected}); bands must start at 0 without gaps.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: Nur das letzte Band darf nach oben offen sein.</source>
        <translation>{where}: only the last band may be open at the top.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: Die Obergrenze liegt nicht über der Untergrenze.</source>
        <translation>{where}: the upper limit does not lie above the lower limit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: Das letzte Band muss nach oben offen sein (below_employees: null).</source>
        <translation>{what}: the last band must be open at the top (below_employees: null).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die im Arbeitsbereich geladenen Regelwerke passen nicht zu den mitgelieferten Regelwerken dieser Programmversion. Bitte die geladenen Regelwerke zurücksetzen oder eine angepasste Fassung laden. ({why})</source>
        <translation>The rule sets loaded in the workspace do not fit the rule sets bundled with this version of the program. Please reset the loaded rule sets or load an adapted version. ({why})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der Eintrag „{where}“</source>
        <translation>The entry “{where}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Dokument</source>
        <translation>The document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Im Eintrag „{where}“</source>
        <translation>In the entry “{where}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Im Dokument</source>
        <translation>In the document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{inside} fehlt das Pflichtfeld „{field}“.</source>
        <translation>{inside}, the required field “{field}” is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{inside} steht das unbekannte Feld „{field}“.</source>
        <translation>{inside}, there is the unknown field “{field}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject} muss vom Typ {wanted} sein, ist aber {actual}.</source>
        <translation>{subject} must be of the type {wanted}, but is {actual}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} oder {second}</source>
        <translation>{first} or {second}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ganze Zahl</source>
        <translation>integer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zahl</source>
        <translation>number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wahrheitswert (true/false)</source>
        <translation>truth value (true/false)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste</source>
        <translation>list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objekt</source>
        <translation>object</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ein Wahrheitswert</source>
        <translation>a truth value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eine Zahl</source>
        <translation>a number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ein Text</source>
        <translation>a text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eine Liste</source>
        <translation>a list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ein Objekt</source>
        <translation>an object</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject} hat den unzulässigen Wert {value}; erlaubt: {allowed}.</source>
        <translation>{subject} has the value {value}, which is not allowed; allowed: {allowed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject} darf nicht leer sein.</source>
        <translation>{subject} must not be empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject} ist zu kurz.</source>
        <translation>{subject} is too short.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject} ist zu lang (höchstens {limit} Zeichen).</source>
        <translation>{subject} is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject} hat nicht das erwartete Format (Muster {pattern}).</source>
        <translation>{subject} does not have the expected format (pattern {pattern}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject} muss mindestens {count} Einträge enthalten.</source>
        <translation>{subject} must contain at least {count} entries.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject} darf höchstens {count} Einträge enthalten.</source>
        <translation>{subject} may contain at most {count} entries.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject} enthält doppelte Einträge.</source>
        <translation>{subject} contains duplicate entries.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject} muss {bound} {limit} sein, ist aber {value}.</source>
        <translation>{subject} must be {bound} {limit}, but is {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mindestens</source>
        <translation>at least</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>höchstens</source>
        <translation>at most</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>größer als</source>
        <translation>greater than</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kleiner als</source>
        <translation>less than</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject} ist ungültig ({kind}: {detail}).</source>
        <translation>{subject} is invalid ({kind}: {detail}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}: Die Nachricht passt nicht zu dieser Programmversion (Felder: {names}). Nichts wurde übernommen.</source>
        <translation>{what}: the message does not fit this version of the program (fields: {names}). Nothing was taken over.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Änderung</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Änderungspaket</source>
        <translation>Changeset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antwort</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>„{path}“ kann nicht geschrieben werden: {reason}.</source>
        <translation>“{path}” cannot be written: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„{folder}“ kann nicht beschrieben werden: {reason}.</source>
        <translation>“{folder}” cannot be written to: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Datei „{name}“ kann nicht gelesen werden: {reason}.</source>
        <translation>The file “{name}” cannot be read: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Auskunft kann nicht gespeichert werden: {reason}.</source>
        <translation>The data access copy cannot be saved: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/common/service_message_catalogue_desk.py" line="+14"/>
        <source>„{name}“ ist kein Arbeitsbereich von Verbund Desktop. Bitte die Datei des Arbeitsbereichs wählen (meist mit der Endung .db). Die gewählte Datei wurde nicht verändert.</source>
        <translation>“{name}” is not a Verbund Desktop workspace. Please choose the workspace&apos;s file (usually ending in .db). The chosen file was not changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{name}“ ist kein Arbeitsbereich von Verbund Desktop (die Datei ist {kind}). Bitte die Datei des Arbeitsbereichs wählen (meist mit der Endung .db). Die gewählte Datei wurde nicht verändert.</source>
        <translation>“{name}” is not a Verbund Desktop workspace (the file is {kind}). Please choose the workspace&apos;s file (usually ending in .db). The chosen file was not changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ein PDF-Dokument</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ein ZIP-Archiv oder Office-Dokument</source>
        <translation>a ZIP archive or an Office document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ein älteres Office-Dokument</source>
        <translation>an older Office document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ein Bild</source>
        <translation>a picture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eine Textdatei</source>
        <translation>a text file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bitte mindestens eine Kompetenz wählen.</source>
        <translation>Please choose at least one competence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Für diese Person ist kein Stellenprofil mit Soll-Stufen hinterlegt. Bitte Kompetenzen aus einem Katalog wählen.</source>
        <translation>No role profile with target levels is set for this person. Please choose competences from a catalogue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Es gibt noch kein abgeschlossenes Kompetenzgespräch, an das ein Folgegespräch anschließen kann.</source>
        <translation>There is no completed competency interview yet that a follow-up interview could build on.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dieses Kompetenzgespräch gibt es nicht (mehr).</source>
        <translation>This competency interview does not exist (any more).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dieses Kompetenzgespräch ist schon abgeschlossen.</source>
        <translation>This competency interview is already completed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ein Kompetenzgespräch ohne Kompetenzen kann nicht abgeschlossen werden.</source>
        <translation>A competency interview without competences cannot be completed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der Kompetenzkatalog dieser Bewertung hat keine Stufen.</source>
        <translation>The competence catalogue of this assessment has no levels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>„nicht anwendbar“ ist ja oder nein.</source>
        <translation>“not applicable” is yes or no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eine Notiz muss Text sein.</source>
        <translation>A note must be text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Die Bedarfsanalyse ist abgeschlossen. Zum Ändern bitte zuerst „Wieder öffnen“ wählen.</source>
        <translation>The needs analysis is completed. To change it, please choose “Reopen” first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Im Arbeitsbereich ist kein Gesprächsleitfaden für die Bedarfsanalyse geladen.</source>
        <translation>No interview guide for the needs analysis is loaded in the workspace.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Für diesen Betrieb gibt es noch keine Bedarfsanalyse, die gedruckt werden könnte.</source>
        <translation>This company has no needs analysis yet that could be printed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die Bedarfsanalyse ist abgeschlossen; ihre Angaben können älter sein als die Betriebsdaten. Bitte die Betriebsdaten im Betrieb selbst ändern oder die Bedarfsanalyse wieder öffnen.</source>
        <translation>The needs analysis is completed; its answers may be older than the company&apos;s data. Please change the company&apos;s data in the company itself, or reopen the needs analysis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eine abgeschlossene Bedarfsanalyse wird nicht verworfen. Bitte zuerst „Wieder öffnen“ wählen.</source>
        <translation>A completed needs analysis is not discarded. Please choose “Reopen” first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diesen Zweck einer Einwilligung gibt es nicht.</source>
        <translation>There is no such purpose of a consent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die pseudonymisierte Nutzung im Verbund braucht eine Einwilligung der Person (schriftlich oder elektronisch).</source>
        <translation>Pseudonymised use in the network needs the person&apos;s consent (in writing or electronically).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bitte angeben, wie die Einwilligung vorliegt (Papier, elektronisch oder andere Rechtsgrundlage).</source>
        <translation>Please state how the consent was given (paper, electronic or another legal basis).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bitte mindestens einen Zweck ankreuzen, in den die Person einwilligt.</source>
        <translation>Please tick at least one purpose the person consents to.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte die Rechtsgrundlage angeben.</source>
        <translation>Please state the legal basis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte die andere Rechtsgrundlage dokumentieren (z. B. welche Vereinbarung, von wann, wo abgelegt).</source>
        <translation>Please document the other legal basis (e.g. which agreement, from when, where it is filed).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Zahlen der Voll- und Teilzeitkräfte müssen ganze Zahlen ab 0 sein.</source>
        <translation>The numbers of full-time and part-time staff must be whole numbers from 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Es wurde keine Regelwerk-Datei angegeben.</source>
        <translation>No rule-set file was given.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Logo muss eine PNG- oder JPEG-Datei sein.</source>
        <translation>The logo must be a PNG or JPEG file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Logo muss eine PNG- oder JPEG-Datei sein (die Datei ist nicht lesbar).</source>
        <translation>The logo must be a PNG or JPEG file (the file cannot be read).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die gespeicherte Druckfassung ist kein Entwicklungsplan.</source>
        <translation>The stored print version is not a development plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte einen Namen für den Verbund angeben.</source>
        <translation>Please enter a name for the network.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte Ihren Namen als Berater/in angeben.</source>
        <translation>Please enter your name as the advisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die Änderungen der Koordinierungsstelle passen nicht zu diesem Arbeitsbereich (ein Verweis fehlt). Es wurde nichts übernommen; bitte die Synchronisierung wiederholen.</source>
        <translation>The coordination office&apos;s changes do not fit this workspace (a reference is missing). Nothing was applied; please sync again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Datei „{label}“ ist zu groß (mehr als {size}) und wird nicht gelesen.</source>
        <translation>The file “{label}” is too large (more than {size}) and is not read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Das Logo ist zu groß ({size} KB); erlaubt sind höchstens 1 MB.</source>
        <translation>The logo is too large ({size} KB); at most 1 MB is allowed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das Logo hat {width} × {height} Pixel; erlaubt sind {low} bis {high} Pixel je Seite.</source>
        <translation>The logo has {width} × {height} pixels; {low} to {high} pixels per side are allowed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Das Datum {day} ist nicht plausibel.</source>
        <translation>The date {day} is not plausible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitte die Textfassung der Einwilligung angeben (z. B. „{example}“).</source>
        <translation>Please state the text version of the consent (e.g. “{example}”).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noch ohne Ist- oder Soll-Stufe: {codes}. Bitte ergänzen oder als „nicht anwendbar“ markieren (Taste N).</source>
        <translation>Still without current or target level: {codes}. Please add them or mark them as “not applicable” (key N).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noch ohne Ist- oder Soll-Stufe: {codes} und {more} weitere. Bitte ergänzen oder als „nicht anwendbar“ markieren (Taste N).</source>
        <translation>Still without current or target level: {codes} and {more} more. Please add them or mark them as “not applicable” (key N).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>„{name}“ hat einen anderen Schema-Stand als dieses Programm und kann nur im Programm, das ihn gerade geöffnet hat, gelesen werden.</source>
        <translation>“{name}” has a different schema version than this program and can only be read in the program that has it open right now.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Für die Betriebsgröße {size} enthält das Regelwerk keinen Fördersatz.</source>
        <translation>The rule set has no funding rate for a company size of {size}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Den Ordner „{folder}“ gibt es nicht.</source>
        <translation>The folder “{folder}” does not exist.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/settings_dialog.py" line="+52"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Schutz und Sicherungen</source>
        <translation>Protection and backups</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatisch sperren nach:</source>
        <translation>Lock automatically after:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tägliche Sicherungen aufbewahren:</source>
        <translation>Daily backups to keep:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+75"/>
        <source>Passphrase ändern</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Arbeitsbereich verschlüsseln</source>
        <translation>Encrypt workspace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bisherige Passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neue Passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neue Passphrase wiederholen</source>
        <translation>Repeat new passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bisherige Passphrase:</source>
        <translation>Current passphrase:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dieser Arbeitsbereich ist NICHT verschlüsselt. Für Laptops verlangt Art. 32 DSGVO Verschlüsselung. Ältere Sicherungen bleiben unverschlüsselt und sollten gelöscht werden.</source>
        <translation>This workspace is NOT encrypted. Art. 32 GDPR requires encryption on laptops. Older backups stay unencrypted and should be deleted.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neue Passphrase:</source>
        <translation>New passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiederholen:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase jetzt ändern</source>
        <translation>Change passphrase now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jetzt verschlüsseln</source>
        <translation>Encrypt now</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bitte die bisherige Passphrase eingeben.</source>
        <translation>Please enter the current passphrase.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die beiden Eingaben stimmen nicht überein.</source>
        <translation>The two entries do not match.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Die Passphrase wurde nicht geändert.</source>
        <translation>The passphrase was not changed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verschlüsseln</source>
        <translation>Encrypt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Arbeitsbereich wurde nicht verschlüsselt.</source>
        <translation>The workspace was not encrypted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Arbeitsbereich ist jetzt verschlüsselt.</source>
        <translation>The workspace is now encrypted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verschlüsselt</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Der Arbeitsbereich ist jetzt verschlüsselt. Beim nächsten Start wird nach der Passphrase gefragt. Unverschlüsselte Sicherungen von vorher liegen noch im Ordner „Sicherungen“.</source>
        <translation>The workspace is now encrypted. The next start asks for the passphrase. Unencrypted backups from before are still in the folder “Sicherungen”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Die Passphrase wurde geändert; {0} Sicherungen wurden umgeschlüsselt.</source>
        <translation>The passphrase was changed; {0} backups were re-encrypted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> {0} Sicherungen haben eine andere Passphrase und blieben unverändert.</source>
        <translation> {0} backups have a different passphrase and were left unchanged.</translation>
    </message>
</context>
<context>
    <name>SingleChoiceCombo</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/needs/question_widgets.py" line="+340"/>
        <source>– nicht beantwortet –</source>
        <translation>– not answered –</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/needs/interview_layout.py" line="+35"/>
        <source>Für diesen Betrieb gibt es noch keine Bedarfsanalyse.</source>
        <translation>There is no needs analysis for this company yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedarfsanalyse beginnen</source>
        <translation>Start needs analysis</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/planning/plan_suggestions.py" line="+109"/>
        <source> · noch keine Maßnahme</source>
        <translation> · no measure yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (vorläufig)</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    Ist {0} → Soll {1}{2}, Priorität {3}{4}</source>
        <translation>    current {0} → target {1}{2}, priority {3}{4}</translation>
    </message>
    <message>
        <location line="-80"/>
        <source> · ab {0}</source>
        <translation> · from {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> → {0} nach Förderung (Schätzung)</source>
        <translation> → {0} after funding (estimate)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>    {0} Std. · {1} · {2}{3}{4}</source>
        <translation>    {0} hrs · {1} · {2}{3}{4}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lücken</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vorschläge – warum vorgeschlagen</source>
        <translation>Suggestions – why suggested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorschläge</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Als &amp;Maßnahme übernehmen</source>
        <translation>Adopt as &amp;measure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Angebote sind trägerneutral gereiht: nach Abdeckung der Lücke, Kosten nach geschätzter Förderung, Umfang, Format und Termin – nie nach dem Träger.</source>
        <translation>Offers are ranked provider-neutrally: by how well they cover the gap, cost after estimated funding, scope, format and date – never by provider.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Lücken</source>
        <translation>&amp;Gaps</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source> · %n Maßnahme(n)</source>
        <translation>
            <numerusform> · %n measure</numerusform>
            <numerusform> · %n measures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Weiterbildungsangebote ({0})</source>
        <translation>Training offers ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andere Maßnahmen</source>
        <translation>Other measures</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kein passendes Angebot im Katalog.</source>
        <translation>No matching offer in the catalogue.</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/sync/sync_menu.py" line="-15"/>
        <source>S&amp;ynchronisation</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nicht mit der Koordinierungsstelle verbunden</source>
        <translation>Not connected to a coordination office</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mit der Koordinierungsstelle &amp;verbinden …</source>
        <translation>Connect to the coordination &amp;office …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jetzt a&amp;bgleichen</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Konflikte lösen …</source>
        <translation>Resolve &amp;conflicts …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync-Datei ex&amp;portieren …</source>
        <translation>&amp;Export sync file …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync-Datei &amp;einlesen …</source>
        <translation>&amp;Import sync file …</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n Änderung(en) nicht übertragen</source>
        <translation>
            <numerusform>%n change not sent</numerusform>
            <numerusform>%n changes not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Konflikt(e)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n abgelehnt</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: {0}</source>
        <translation>Sync: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+12"/>
        <source>Abgleich</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Übernommen: {0}, Konflikte: {1}, abgewiesen: {2}, geholt: {3}.</source>
        <translation>Accepted: {0}, conflicts: {1}, refused: {2}, pulled: {3}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sync-Datei exportieren</source>
        <translation>Export sync file</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n Änderungspaket(e) in „{0}“ geschrieben. Bitte der Koordinierungsstelle bringen.</source>
        <translation>
            <numerusform>%n changeset written to “{0}”. Please take it to the coordination office.</numerusform>
            <numerusform>%n changesets written to “{0}”. Please take them to the coordination office.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+34"/>
        <source>Sync-Datei einlesen</source>
        <translation>Import sync file</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Sync-Datei wird eingelesen</source>
        <translation>Reading the sync file</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Übernommen: {0}, Konflikte: {1}, abgelehnt: {2}; {3} Einträge von der Koordinierungsstelle.</source>
        <translation>Accepted: {0}, conflicts: {1}, refused: {2}; {3} entries from the coordination office.</translation>
    </message>
</context>
<context>
    <name>UiLocale</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/common/locale_format.py" line="+25"/>
        <source>de_DE</source>
        <translation>en_GB</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD/MM/YYYY</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/shell/welcome.py" line="+46"/>
        <source>Willkommen bei Verbund Desktop</source>
        <translation>Welcome to Verbund Desktop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verbund Desktop speichert alle Daten in einer Datei auf diesem Rechner. Legen Sie einen neuen Arbeitsbereich an, probieren Sie den Demo-Arbeitsbereich aus oder öffnen Sie eine vorhandene Datei.</source>
        <translation>Verbund Desktop keeps all data in one file on this computer. Create a new workspace, try the demo workspace or open an existing file.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Neuen Arbeitsbereich anlegen</source>
        <translation>Create a &amp;new workspace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Demo-Arbeitsbereich anlegen (erfundene Beispieldaten)</source>
        <translation>Create a &amp;demo workspace (invented sample data)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorhandene Datei ö&amp;ffnen</source>
        <translation>&amp;Open an existing file</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>z. B. Weiterbildungsverbund Südwestfalen</source>
        <translation>e.g. Weiterbildungsverbund Südwestfalen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Durchsuchen …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name des Verbunds:</source>
        <translation>Name of the network:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ihr Name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datei:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Weiter</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Arbeitsbereich öffnen</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arbeitsbereich anlegen</source>
        <translation>Create workspace</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bitte eine Datei angeben.</source>
        <translation>Please enter a file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Die Datei „{0}“ gibt es nicht.</source>
        <translation>The file “{0}” does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>„{0}“ gibt es schon; bitte einen anderen Dateinamen wählen.</source>
        <translation>“{0}” already exists; please choose another file name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bitte einen Namen für den Verbund angeben.</source>
        <translation>Please enter a name for the network.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bitte Ihren Namen angeben.</source>
        <translation>Please enter your name.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/privacy_dialogs.py" line="-170"/>
        <source>Einwilligung widerrufen</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die gespeicherte Angabe zur Schwerbehinderung wird gelöscht.</source>
        <translation>The stored statement on severe disability is deleted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Für diese Person werden keine Förderschätzungen mehr erstellt und keine Daten mehr für einen Förderantrag verwendet. Gespräch und Entwicklungsplan bleiben.</source>
        <translation>No more funding estimates are made for this person and no data are used for a funding application any more. Interview and development plan stay.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Die Person wird ab sofort in keiner Zählung und keinem Bericht des Verbunds mehr berücksichtigt. Gespräch und Entwicklungsplan bleiben.</source>
        <translation>From now on the person is left out of every count and report of the network. Interview and development plan stay.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alle Kompetenzgespräche mit ihren Bewertungen, alle Entwicklungspläne, Notizen, Geburtsjahr und Abschlussjahr dieser Person werden gelöscht, ebenso die Werte dazu im Änderungsprotokoll. Name, Betrieb und der Nachweis des Widerrufs bleiben.</source>
        <translation>All competency interviews with their ratings, all development plans, notes, year of birth and year of qualification of this person are deleted, as are the related values in the audit trail. Name, company and the record of the withdrawal remain.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Widerruf der Einwilligung „{0}“ (wirkt für die Zukunft). {1}</source>
        <translation>Withdrawal of the consent “{0}” (takes effect for the future). {1}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>z. B. „mündlich im Gespräch“, „per E-Mail“</source>
        <translation>e.g. “verbally in the interview”, “by e-mail”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Widerrufen am:</source>
        <translation>Withdrawn on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie/Anlass:</source>
        <translation>How/occasion:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Widerruf erfassen</source>
        <translation>Record withdrawal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WorkspaceLauncher</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/shell/launcher.py" line="+110"/>
        <source>Der Arbeitsbereich wird angelegt und verschlüsselt … Das dauert einige Sekunden.</source>
        <translation>Creating and encrypting the workspace … This takes a few seconds.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Arbeitsbereich öffnen</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>„{0}“ kann nicht gelesen werden: {1}.</source>
        <translation>“{0}” cannot be read: {1}.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Die Passphrase ist falsch. Die Datei wurde nicht verändert.</source>
        <translation>The passphrase is wrong. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/shell/app.py" line="+149"/>
        <location filename="../../src/verbund_desktop/ui/shell/launcher.py" line="+36"/>
        <source>Arbeitsbereich „{0}“ wird geöffnet …</source>
        <translation>Opening workspace “{0}” …</translation>
    </message>
    <message>
        <location filename="../../src/verbund_desktop/ui/shell/launcher.py" line="+31"/>
        <source>Das geöffnete Fenster hat nicht geantwortet. Bitte wechseln Sie über die Taskleiste dorthin.</source>
        <translation>The open window did not answer. Please switch to it through the task bar.</translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/needs/question_widgets.py" line="-108"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nein</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>_WindowCover</name>
    <message>
        <location filename="../../src/verbund_desktop/ui/protection/lock.py" line="+25"/>
        <source>Gesperrt – bitte im Hauptfenster entsperren.</source>
        <translation>Locked – please unlock in the main window.</translation>
    </message>
</context>
</TS>
