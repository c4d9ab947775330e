<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/AboutDialog.ui" line="+7"/>
        <source>About Waldur Provider Console</source>
        <translation>Über Waldur Provider Console</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copyright © Waldur Provider Console contributors</source>
        <translation>Copyright © Mitwirkende an der Waldur Provider Console</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Third-party notices</source>
        <translation>Hinweise zu Drittanbietern</translation>
    </message>
</context>
<context>
    <name>BackendMetadataDialog</name>
    <message>
        <location filename="../../ui/actions/BackendMetadataDialog.ui" line="+10"/>
        <source>Set backend metadata</source>
        <translation>Backend-Metadaten setzen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Merge: set these keys in each resource&apos;s metadata and keep its other keys</source>
        <translation>&amp;Zusammenführen: diese Schlüssel in den Metadaten jeder Ressource setzen und ihre übrigen Schlüssel behalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>R&amp;eplace: each resource&apos;s metadata becomes exactly this; keys missing here are removed</source>
        <translation>&amp;Ersetzen: die Metadaten jeder Ressource werden genau zu diesen; hier fehlende Schlüssel werden entfernt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Keys and values</source>
        <translation>&amp;Schlüssel und Werte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove row</source>
        <translation>Zeile &amp;löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Values are text; write JSON (42, true, {…}) for other types.</source>
        <translation>Werte sind Text; schreiben Sie JSON (42, true, {…}) für andere Typen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Raw &amp;JSON</source>
        <translation>&amp;JSON (roh)</translation>
    </message>
</context>
<context>
    <name>EditResourceDialog</name>
    <message>
        <location filename="../../ui/actions/EditResourceDialog.ui" line="+10"/>
        <source>Edit resource</source>
        <translation>Ressource bearbeiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Ends on:</source>
        <translation>&amp;Endet am:</translation>
    </message>
</context>
<context>
    <name>EndDateDialog</name>
    <message>
        <location filename="../../ui/actions/EndDateDialog.ui" line="+10"/>
        <source>Set end date</source>
        <translation>Enddatum setzen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Clear the end date (the resource is not terminated on a date)</source>
        <translation>Enddatum ent&amp;fernen (die Ressource wird nicht an einem Datum beendet)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;End date:</source>
        <translation>&amp;Enddatum:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Use the &amp;project&apos;s date</source>
        <translation>Datum des &amp;Projekts verwenden</translation>
    </message>
</context>
<context>
    <name>FileTokenStore</name>
    <message>
        <location filename="../../models/secrets/FileTokenStore.cpp" line="+86"/>
        <source>The token could not be saved: %1 is not a folder.</source>
        <translation>Das Token konnte nicht gespeichert werden: %1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>The token could not be saved: the folder %1 is read-only.</source>
        <translation>Das Token konnte nicht gespeichert werden: Der Ordner %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The token could not be saved: the folder %1 could not be made.</source>
        <translation>Das Token konnte nicht gespeichert werden: Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The token could not be saved: there is no space left on the disk for it (%1).</source>
        <translation>Das Token konnte nicht gespeichert werden: Auf dem Datenträger ist dafür kein Platz mehr frei (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token could not be saved in %1 (%2).</source>
        <translation>Das Token konnte nicht in %1 gespeichert werden (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No token is saved in %1 for this connection.</source>
        <translation>In %1 ist für diese Verbindung kein Token gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>The saved token could not be read from %1 (%2).</source>
        <translation>Das gespeicherte Token konnte nicht aus %1 gelesen werden (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token file %1 is empty.</source>
        <translation>Die Token-Datei %1 ist leer.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The token could not be saved as %1 (%2).</source>
        <translation>Das Token konnte nicht als %1 gespeichert werden (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The saved token could not be deleted: the folder %1 is read-only.</source>
        <translation>Das gespeicherte Token konnte nicht gelöscht werden: Der Ordner %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved token %1 could not be deleted (%2).</source>
        <translation>Das gespeicherte Token %1 konnte nicht gelöscht werden (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” cannot be used as the name of a token file.</source>
        <translation>„%1“ kann nicht als Name einer Token-Datei verwendet werden.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>a plain file (not encrypted)</source>
        <translation>einer einfachen Datei (unverschlüsselt)</translation>
    </message>
</context>
<context>
    <name>JsonTree</name>
    <message>
        <location filename="../../ui/widgets/JsonTree.cpp" line="+45"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>JsonViewerDialog</name>
    <message>
        <location filename="../../ui/actions/JsonViewerDialog.ui" line="+20"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>KeychainTokenStore</name>
    <message>
        <location filename="../../app/keychain/KeychainTokenStore.cpp" line="+37"/>
        <source>No keychain answered (%1). The token is kept for this session only.</source>
        <translation>Kein Schlüsselbund hat geantwortet (%1). Das Token wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain is locked or access was refused.</source>
        <translation>Der Schlüsselbund ist gesperrt, oder der Zugriff wurde verweigert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No token is saved in the keychain for this connection.</source>
        <translation>Im Schlüsselbund ist für diese Verbindung kein Token gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>MoveResourceDialog</name>
    <message>
        <location filename="../../ui/actions/MoveResourceDialog.ui" line="+10"/>
        <source>Move resource</source>
        <translation>Ressource verschieben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search projects by name</source>
        <translation>Projekte nach Namen suchen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/actions/ConfirmationHelper.cpp" line="+38"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/details/OfferingTab.cpp" line="+36"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>ResourceColumns</name>
    <message>
        <location filename="../../models/ResourceColumns.cpp" line="+22"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offering</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend ID</source>
        <translation>Backend-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>Letzter Abgleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downscaled</source>
        <translation>Herunterskaliert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
</context>
<context>
    <name>ResourceState</name>
    <message>
        <location filename="../../models/domain/Resource.cpp" line="+22"/>
        <source>Creating</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erred</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updating</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminating</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>SetBackendIdDialog</name>
    <message>
        <location filename="../../ui/actions/SetBackendIdDialog.ui" line="+10"/>
        <source>Set backend ID</source>
        <translation>Backend-ID setzen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Backend ID:</source>
        <translation>&amp;Backend-ID:</translation>
    </message>
</context>
<context>
    <name>SetErredDialog</name>
    <message>
        <location filename="../../ui/actions/SetErredDialog.ui" line="+10"/>
        <source>Set as erred</source>
        <translation>Als fehlerhaft markieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Error &amp;message:</source>
        <translation>&amp;Fehlermeldung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What went wrong, in one line</source>
        <translation>Was schiefgelaufen ist, in einer Zeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Traceback:</source>
        <translation>&amp;Traceback:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Optional: the backend&apos;s log or stack trace</source>
        <translation>Optional: das Protokoll oder der Stacktrace des Backends</translation>
    </message>
</context>
<context>
    <name>SetLimitsDialog</name>
    <message>
        <location filename="../../ui/actions/SetLimitsDialog.ui" line="+10"/>
        <source>Set limits</source>
        <translation>Limits setzen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current usage</source>
        <translation>Aktuelle Nutzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current limit</source>
        <translation>Aktuelles Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New limit</source>
        <translation>Neues Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This offering has no limit-based components, so there are no limits to set.</source>
        <translation>Dieses Angebot hat keine limitbasierten Komponenten, daher gibt es keine Limits zu setzen.</translation>
    </message>
</context>
<context>
    <name>SetSlugDialog</name>
    <message>
        <location filename="../../ui/actions/SetSlugDialog.ui" line="+10"/>
        <source>Set slug</source>
        <translation>Slug setzen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Slug:</source>
        <translation>&amp;Slug:</translation>
    </message>
</context>
<context>
    <name>SubmitReportDialog</name>
    <message>
        <location filename="../../ui/actions/SubmitReportDialog.ui" line="+10"/>
        <source>Submit report</source>
        <translation>Bericht einreichen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Add section</source>
        <translation>Abschnitt &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Header:</source>
        <translation>Ü&amp;berschrift:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Body:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <location filename="../../ui/actions/TerminateDialog.ui" line="+10"/>
        <source>Terminate resource</source>
        <translation>Ressource beenden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Resource:</source>
        <translation>Ressource:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offering:</source>
        <translation>Angebot:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Attributes for the order (optional JSON object):</source>
        <translation>&amp;Attribute für die Bestellung (optionales JSON-Objekt):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{&quot;delete_volumes&quot;: true}</source>
        <translation>{&quot;delete_volumes&quot;: true}</translation>
    </message>
</context>
<context>
    <name>UnlinkDialog</name>
    <message>
        <location filename="../../ui/actions/UnlinkDialog.ui" line="+10"/>
        <source>Unlink resource</source>
        <translation>Verknüpfung der Ressource lösen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Resource:</source>
        <translation>Ressource:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offering:</source>
        <translation>Angebot:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
</context>
<context>
    <name>UpdateOptionsDialog</name>
    <message>
        <location filename="../../ui/actions/UpdateOptionsDialog.ui" line="+10"/>
        <source>Update options</source>
        <translation>Optionen aktualisieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This offering defines no resource options, so there is nothing to update.</source>
        <translation>Dieses Angebot definiert keine Ressourcenoptionen, daher gibt es nichts zu aktualisieren.</translation>
    </message>
</context>
<context>
    <name>ViewStore</name>
    <message>
        <location filename="../../models/views/ViewStore.cpp" line="+72"/>
        <source>Erred</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In transition</source>
        <translation>Im Übergang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downscaled</source>
        <translation>Herunterskaliert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All including terminated</source>
        <translation>Alle, auch beendete</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Give the view a name.</source>
        <translation>Geben Sie der Ansicht einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is a view called “%1” already.</source>
        <translation>Es gibt bereits eine Ansicht namens „%1“.</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <location filename="../../ui/actions/OneClickActions.cpp" line="+37"/>
        <source>Pause resource</source>
        <translation>Ressource pausieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause %1?</source>
        <translation>%1 pausieren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its users cannot use it until it is unpaused.</source>
        <translation>Ihre Benutzer können sie erst wieder nutzen, wenn sie fortgesetzt wird.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused %1.</source>
        <translation>%1 pausiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pausing %1 failed</source>
        <translation>Pausieren von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpause resource</source>
        <translation>Ressource fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpause %1?</source>
        <translation>%1 fortsetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its users can use it again.</source>
        <translation>Ihre Benutzer können sie wieder nutzen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpause</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaused %1.</source>
        <translation>%1 fortgesetzt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpausing %1 failed</source>
        <translation>Fortsetzen von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as downscaled</source>
        <translation>Als herunterskaliert markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as downscaled?</source>
        <translation>%1 als herunterskaliert markieren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The resource is shown as running with reduced capacity.</source>
        <translation>Die Ressource wird so angezeigt, dass sie mit verringerter Kapazität läuft.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked %1 as downscaled.</source>
        <translation>%1 als herunterskaliert markiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marking %1 as downscaled failed</source>
        <translation>Markieren von %1 als herunterskaliert fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmark downscaled</source>
        <translation>Markierung „herunterskaliert“ aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmark %1 as downscaled?</source>
        <translation>Markierung von %1 als herunterskaliert aufheben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The resource is shown as running with its full capacity again.</source>
        <translation>Die Ressource wird wieder so angezeigt, dass sie mit voller Kapazität läuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmark</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmarked %1 as downscaled.</source>
        <translation>Markierung von %1 als herunterskaliert aufgehoben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmarking %1 as downscaled failed</source>
        <translation>Aufheben der Markierung von %1 als herunterskaliert fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restrict member access</source>
        <translation>Mitgliederzugriff einschränken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restrict member access to %1?</source>
        <translation>Mitgliederzugriff auf %1 einschränken?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain project members lose access; project managers and administrators keep it.</source>
        <translation>Einfache Projektmitglieder verlieren den Zugriff; Projektmanager und Administratoren behalten ihn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restrict</source>
        <translation>Einschränken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restricted member access to %1.</source>
        <translation>Mitgliederzugriff auf %1 eingeschränkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricting member access to %1 failed</source>
        <translation>Einschränken des Mitgliederzugriffs auf %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow member access</source>
        <translation>Mitgliederzugriff erlauben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow project members to access %1 again?</source>
        <translation>Projektmitgliedern wieder Zugriff auf %1 erlauben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every member of the project gets access again.</source>
        <translation>Jedes Mitglied des Projekts erhält wieder Zugriff.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed member access to %1.</source>
        <translation>Mitgliederzugriff auf %1 erlaubt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allowing member access to %1 failed</source>
        <translation>Erlauben des Mitgliederzugriffs auf %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Set as OK</source>
        <translation>Als OK markieren</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Set %1 to OK?</source>
        <translation>%1 auf OK setzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is now %1. Its error message and traceback are cleared.</source>
        <translation>Ihr Status ist derzeit %1. Ihre Fehlermeldung und ihr Traceback werden gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set %1 to OK.</source>
        <translation>%1 auf OK gesetzt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setting %1 to OK failed</source>
        <translation>Setzen von %1 auf OK fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh last sync</source>
        <translation>Letzten Abgleich aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that %1 was synchronised just now?</source>
        <translation>Vermerken, dass %1 soeben abgeglichen wurde?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its last sync time becomes the current time; nothing is read from the backend.</source>
        <translation>Der Zeitpunkt ihres letzten Abgleichs wird auf die aktuelle Zeit gesetzt; vom Backend wird nichts gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refreshed the last sync time of %1.</source>
        <translation>Zeitpunkt des letzten Abgleichs von %1 aktualisiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refreshing the last sync time of %1 failed</source>
        <translation>Aktualisieren des letzten Abgleichs von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull from backend</source>
        <translation>Vom Backend abrufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pull %1 from its backend?</source>
        <translation>%1 von ihrem Backend abrufen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waldur schedules a pull that reads the resource with backend ID “%1” and updates its record.</source>
        <translation>Waldur plant einen Abruf, der die Ressource mit der Backend-ID „%1“ liest und ihren Datensatz aktualisiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pull of %1 was scheduled; its record changes when the pull has run.</source>
        <translation>Ein Abruf von %1 wurde eingeplant; ihr Datensatz ändert sich, sobald der Abruf gelaufen ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulling %1 failed</source>
        <translation>Abrufen von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/actions/ResourceViews.cpp" line="+28"/>
        <source>The plugin object has no fields.</source>
        <translation>Das Plugin-Objekt hat keine Felder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This resource has no plugin object behind it (or the plugin does not describe it).</source>
        <translation>Hinter dieser Ressource steht kein Plugin-Objekt (oder das Plugin beschreibt es nicht).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The offering has no fields.</source>
        <translation>Das Angebot hat keine Felder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No offerings are available for sub-resources.</source>
        <translation>Für Unterressourcen sind keine Angebote verfügbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The resource has no plan periods.</source>
        <translation>Die Ressource hat keine Planperioden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The resource&apos;s project has no members.</source>
        <translation>Das Projekt der Ressource hat keine Mitglieder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The GLauth configuration is empty.</source>
        <translation>Die GLauth-Konfiguration ist leer.</translation>
    </message>
</context>
<context>
    <name>wpc</name>
    <message>
        <location filename="../../models/journal/JournalDatabase.cpp" line="+40"/>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another program holds it locked (%1)</source>
        <translation>ein anderes Programm hält es gesperrt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk refused a write: it may be full or failing (%1)</source>
        <translation>der Datenträger hat einen Schreibvorgang verweigert: Er ist möglicherweise voll oder defekt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full (%1)</source>
        <translation>der Datenträger ist voll (%1)</translation>
    </message>
</context>
<context>
    <name>wpc::AboutDialog</name>
    <message>
        <location filename="../../ui/AboutDialog.cpp" line="+29"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (erstellt mit Qt %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or later. It comes with no warranty.</source>
        <translation>Freie Software unter der &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, Version 3 oder später. Sie wird ohne jegliche Gewährleistung bereitgestellt.</translation>
    </message>
</context>
<context>
    <name>wpc::ActionCatalog</name>
    <message>
        <location filename="../../models/actions/ActionCatalog.cpp" line="+38"/>
        <source>Pull needs a backend ID; set one first.</source>
        <translation>Abrufen benötigt eine Backend-ID; setzen Sie zuerst eine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The resource is already OK.</source>
        <translation>Die Ressource ist bereits OK.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Select a resource first.</source>
        <translation>Wählen Sie zuerst eine Ressource aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your permissions are still being loaded from the server.</source>
        <translation>Ihre Berechtigungen werden noch vom Server geladen.</translation>
    </message>
</context>
<context>
    <name>wpc::ActionDialog</name>
    <message>
        <location filename="../../ui/actions/ActionDialog.cpp" line="+101"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln resource(s)</source>
        <translation>
            <numerusform>%Ln Ressource</numerusform>
            <numerusform>%Ln Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+92"/>
        <source>%1 no longer exists on the server; it was removed from the list.</source>
        <translation>%1 existiert auf dem Server nicht mehr und wurde aus der Liste entfernt.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>The current values could not be loaded: %1</source>
        <translation>Die aktuellen Werte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this dialog and discard what you entered for %1?</source>
        <translation>Diesen Dialog schließen und Ihre Eingaben für %1 verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been sent to the server.</source>
        <translation>An den Server wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server did not accept the marked values. Correct them and try again.</source>
        <translation>Der Server hat die markierten Werte nicht akzeptiert. Korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server did not accept the request: %1</source>
        <translation>Der Server hat die Anfrage nicht akzeptiert: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 The change may or may not have been applied; check the resource before trying again.</source>
        <translation>%1 Die Änderung wurde möglicherweise angewendet, möglicherweise auch nicht; prüfen Sie die Ressource, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Nothing was sent; you can try again.</source>
        <translation>%1 Es wurde nichts gesendet; Sie können es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>wpc::ApiClient</name>
    <message>
        <location filename="../../models/api/ApiClient.cpp" line="+135"/>
        <source>The server redirected the request to another site (%1). The request was stopped and the API token was not sent there.</source>
        <translation>Der Server hat die Anfrage an eine andere Website umgeleitet (%1). Die Anfrage wurde abgebrochen, und das API-Token wurde nicht dorthin gesendet.</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Not sent: the server no longer accepts the token. Sign in again, then try once more.</source>
        <translation>Nicht gesendet: Der Server akzeptiert das Token nicht mehr. Melden Sie sich erneut an und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Not sent: the address is plain http://, so the token would travel unencrypted to %1. Use https://, or allow plain http for this profile.</source>
        <translation>Nicht gesendet: Die Adresse verwendet unverschlüsseltes http://, daher würde das Token unverschlüsselt an %1 übertragen. Verwenden Sie https:// oder erlauben Sie unverschlüsseltes http für dieses Profil.</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>Nothing was changed. Sign in again, then try once more.</source>
        <translation>Es wurde nichts geändert. Melden Sie sich erneut an und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Enter the address of the Waldur server.</source>
        <translation>Geben Sie die Adresse des Waldur-Servers ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation>„%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address must start with https:// or http://, not %1://.</source>
        <translation>Die Adresse muss mit https:// oder http:// beginnen, nicht mit %1://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address has no host name.</source>
        <translation>Die Adresse enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address must not contain a user name or password; sign in with an API token.</source>
        <translation>Die Adresse darf keinen Benutzernamen und kein Passwort enthalten; melden Sie sich mit einem API-Token an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must not contain a query (?) or a fragment (#).</source>
        <translation>Die Adresse darf keine Abfrage (?) und kein Fragment (#) enthalten.</translation>
    </message>
</context>
<context>
    <name>wpc::Application</name>
    <message>
        <location filename="../../app/Session.cpp" line="+38"/>
        <source>%1 is plain http: the token would travel unencrypted. Use https://, or save a profile for it with File ▸ Connect to…, allow plain http there and start with --profile.</source>
        <translation>%1 verwendet unverschlüsseltes http: Das Token würde unverschlüsselt übertragen. Verwenden Sie https://, oder speichern Sie über Datei ▸ Verbinden mit… ein Profil dafür, erlauben Sie dort unverschlüsseltes http und starten Sie mit --profile.</translation>
    </message>
    <message>
        <location filename="../../app/Application.cpp" line="+110"/>
        <source>There is no profile called &quot;%1&quot;. The profiles are: %2.</source>
        <translation>Es gibt kein Profil namens „%1“. Die Profile sind: %2.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>A bulk action is still running in %1: let it finish, or stop it, before connecting elsewhere.</source>
        <translation>In %1 läuft noch eine Massenaktion: Lassen Sie sie zu Ende laufen oder halten Sie sie an, bevor Sie sich anderswo verbinden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The demo simulator could not start: %1</source>
        <translation>Der Demo-Simulator konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is plain http: allow it for this profile first, or use https://.</source>
        <translation>%1 verwendet unverschlüsseltes http: Erlauben Sie es zuerst für dieses Profil, oder verwenden Sie https://.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Paste the token for %1.</source>
        <translation>Fügen Sie das Token für %1 ein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No token is remembered for %1: paste it to connect.</source>
        <translation>Für %1 ist kein Token gespeichert: Fügen Sie es ein, um sich zu verbinden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Paste the token to connect; it is kept for this session.</source>
        <translation>%1 Fügen Sie das Token ein, um sich zu verbinden; es wird für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The token could not be remembered (%1); it is kept for this session only.</source>
        <translation>Das Token konnte nicht gespeichert werden (%1); es wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>sign-in was put off.</source>
        <translation>die Anmeldung wurde aufgeschoben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this session</source>
        <translation>dieser Sitzung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This token belongs to %1, not to %2. To work as %1, use File ▸ Connect to… instead.</source>
        <translation>Dieses Token gehört zu %1, nicht zu %2. Um als %1 zu arbeiten, verwenden Sie stattdessen „Datei ▸ Verbinden mit…“.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing was loaded within %1 seconds.</source>
        <translation>Innerhalb von %1 Sekunden wurde nichts geladen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not write the screenshot to &quot;%1&quot;.</source>
        <translation>Das Bildschirmfoto konnte nicht nach „%1“ geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>wpc::BackendMetadataDialog</name>
    <message>
        <location filename="../../models/domain/MetadataText.cpp" line="+16"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../../ui/actions/BackendMetadataDialog.cpp" line="+33"/>
        <source>Set backend metadata of %1</source>
        <translation>Backend-Metadaten von %1 setzen</translation>
    </message>
    <message numerus="yes">
        <location line="+226"/>
        <source>The backend metadata of each of the %Ln selected resource(s) is replaced as a whole by what you send: keys missing here are removed on the server.</source>
        <translation>
            <numerusform>Die Backend-Metadaten der %Ln ausgewählten Ressource werden vollständig durch das ersetzt, was Sie senden: Hier fehlende Schlüssel werden auf dem Server entfernt.</numerusform>
            <numerusform>Die Backend-Metadaten jeder der %Ln ausgewählten Ressourcen werden vollständig durch das ersetzt, was Sie senden: Hier fehlende Schlüssel werden auf dem Server entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The backend metadata of %1 is replaced as a whole by what you send: keys you remove here are removed on the server.</source>
        <translation>Die Backend-Metadaten von %1 werden vollständig durch das ersetzt, was Sie senden: Schlüssel, die Sie hier entfernen, werden auf dem Server entfernt.</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Replace metadata</source>
        <translation>Metadaten ersetzen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reading the current metadata of the resources…</source>
        <translation>Die aktuellen Metadaten der Ressourcen werden gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the current metadata of the resources: %1 of %2…</source>
        <translation>Die aktuellen Metadaten der Ressourcen werden gelesen: %1 von %2…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current metadata could not be read (%1), so it cannot be merged. Replace it, or close and try again.</source>
        <translation>Die aktuellen Metadaten konnten nicht gelesen werden (%1), daher können sie nicht zusammengeführt werden. Ersetzen Sie sie, oder schließen Sie den Dialog und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading the current metadata…</source>
        <translation>Lade die aktuellen Metadaten…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Row %1 has a value but no key.</source>
        <translation>Zeile %1 hat einen Wert, aber keinen Schlüssel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key “%1” appears more than once.</source>
        <translation>Der Schlüssel „%1“ kommt mehr als einmal vor.</translation>
    </message>
    <message>
        <location filename="../../models/domain/MetadataText.cpp" line="+38"/>
        <source>The JSON is not valid at %1: %2.</source>
        <translation>Das JSON ist ungültig (%1): %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The metadata must be a JSON object: {&quot;key&quot;: value, …}.</source>
        <translation>Die Metadaten müssen ein JSON-Objekt sein: {&quot;key&quot;: value, …}.</translation>
    </message>
    <message>
        <location filename="../../ui/actions/BackendMetadataDialog.cpp" line="+52"/>
        <source>The current metadata is not loaded yet.</source>
        <translation>Die aktuellen Metadaten sind noch nicht geladen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing has been changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the keys to set in each resource&apos;s metadata.</source>
        <translation>Fügen Sie die Schlüssel hinzu, die in den Metadaten jeder Ressource gesetzt werden sollen.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>The keys below are set in the backend metadata of each of the %Ln selected resource(s); their other keys stay as they are.</source>
        <translation>
            <numerusform>Die folgenden Schlüssel werden in den Backend-Metadaten der %Ln ausgewählten Ressource gesetzt; ihre übrigen Schlüssel bleiben unverändert.</numerusform>
            <numerusform>Die folgenden Schlüssel werden in den Backend-Metadaten jeder der %Ln ausgewählten Ressourcen gesetzt; ihre übrigen Schlüssel bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Already has these keys and values.</source>
        <translation>Hat diese Schlüssel und Werte bereits.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replaced the backend metadata of %1.</source>
        <translation>Backend-Metadaten von %1 ersetzt.</translation>
    </message>
</context>
<context>
    <name>wpc::BulkActionDialog</name>
    <message>
        <location filename="../../ui/actions/BulkActionDialog.cpp" line="+68"/>
        <source>Cancel the run</source>
        <translation>Durchlauf abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %Ln selected resource(s)</source>
        <translation>
            <numerusform>%1: %Ln ausgewählte Ressource</numerusform>
            <numerusform>%1: %Ln ausgewählte Ressourcen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>%1 of the %Ln selected resource(s) will be acted on; %2 skipped.</source>
        <translation>
            <numerusform>Die Aktion wird auf %1 der %Ln ausgewählten Ressource angewendet; %2 übersprungen.</numerusform>
            <numerusform>Die Aktion wird auf %1 der %Ln ausgewählten Ressourcen angewendet; %2 übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln skipped: %1</source>
        <translation>
            <numerusform>%Ln übersprungen: %1</numerusform>
            <numerusform>%Ln übersprungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+199"/>
        <source>(no body)</source>
        <translation>(kein Inhalt)</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>Each request sends:</source>
        <translation>Jede Anfrage sendet:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Change:</source>
        <translation>Änderung:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>How many requests are sent at once (1–%1).</source>
        <translation>Wie viele Anfragen gleichzeitig gesendet werden (1–%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests at once:</source>
        <translation>Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Type %1 to confirm:</source>
        <translation>Geben Sie zur Bestätigung %1 ein:</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+228"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>%1 of the %Ln matching resource(s) will be acted on; %2 skipped.</source>
        <translation>
            <numerusform>Die Aktion wird auf %1 der %Ln passenden Ressource angewendet; %2 übersprungen.</numerusform>
            <numerusform>Die Aktion wird auf %1 der %Ln passenden Ressourcen angewendet; %2 übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>The %Ln selected resource(s)</source>
        <translation>
            <numerusform>Die %Ln ausgewählte Ressource</numerusform>
            <numerusform>Die %Ln ausgewählten Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+59"/>
        <source>All %1 resources matching the current filter</source>
        <translation>Alle %1 Ressourcen, die dem aktuellen Filter entsprechen</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>All resources matching the current filter</source>
        <translation>Alle Ressourcen, die dem aktuellen Filter entsprechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read from the server page by page, also the rows not loaded in the table.</source>
        <translation>Seitenweise vom Server lesen, auch die Zeilen, die nicht in der Tabelle geladen sind.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Act on:</source>
        <translation>Anwenden auf:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the matching resources…</source>
        <translation>Die passenden Ressourcen werden gelesen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the matching resources: %1 of %2…</source>
        <translation>Die passenden Ressourcen werden gelesen: %1 von %2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the matching resources: %1…</source>
        <translation>Die passenden Ressourcen werden gelesen: %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Choose “All” again to retry.</source>
        <translation>%1 Wählen Sie erneut „Alle“, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The list changed while it was read: the server now counts %1. Choose “All” again to read it afresh.</source>
        <translation>Die Liste hat sich beim Lesen geändert: Der Server zählt jetzt %1. Wählen Sie erneut „Alle“, um sie neu zu lesen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>None of the selected resources can take this action.</source>
        <translation>Diese Aktion ist auf keine der ausgewählten Ressourcen anwendbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what to change.</source>
        <translation>Wählen Sie aus, was geändert werden soll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the number of resources that will be acted on (%1) to confirm.</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der betroffenen Ressourcen (%1) ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(choose the change first)</source>
        <translation>(wählen Sie zuerst die Änderung)</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>The server asked to slow down: waiting %1 s, then %Ln request(s) at once.</source>
        <translation>
            <numerusform>Der Server hat um Drosselung gebeten: %1 s warten, dann %Ln Anfrage gleichzeitig.</numerusform>
            <numerusform>Der Server hat um Drosselung gebeten: %1 s warten, dann %Ln Anfragen gleichzeitig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server asked to sign in again: the run waits, and goes on after sign-in.</source>
        <translation>Der Server verlangt eine erneute Anmeldung: Der Durchlauf wartet und wird nach der Anmeldung fortgesetzt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done %1 · failed %2 · unknown %3 · skipped %4 · %5 sending</source>
        <translation>Erledigt %1 · fehlgeschlagen %2 · unbekannt %3 · übersprungen %4 · %5 im Versand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About %1 s left.</source>
        <translation>Noch etwa %1 s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for sign-in: nothing is sent until you enter a new token.</source>
        <translation>Warten auf Anmeldung: Es wird nichts gesendet, bis Sie ein neues Token eingeben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 succeeded, %2 failed, %3 unknown, %4 skipped, %5 not sent.</source>
        <translation>%1 erfolgreich, %2 fehlgeschlagen, %3 unbekannt, %4 übersprungen, %5 nicht gesendet.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+14"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved the report to %1.</source>
        <translation>Bericht in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report could not be saved to %1: %2</source>
        <translation>Der Bericht konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stop the run?</source>
        <translation>Durchlauf anhalten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sending? The requests already sent finish and are reported; the rest are not sent.</source>
        <translation>Senden anhalten? Bereits gesendete Anfragen werden abgeschlossen und gemeldet; der Rest wird nicht gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
</context>
<context>
    <name>wpc::BulkRun</name>
    <message>
        <location filename="../../models/actions/BulkRun.cpp" line="+96"/>
        <source>Not sent: the run was closed before its turn came.</source>
        <translation>Nicht gesendet: Der Durchlauf wurde geschlossen, bevor die Anfrage an der Reihe war.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+18"/>
        <location line="+4"/>
        <source>Not sent: the run was cancelled.</source>
        <translation>Nicht gesendet: Der Durchlauf wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Order %1 was created.</source>
        <translation>Bestellung %1 wurde erstellt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not applied yet: waiting for sign-in, then sent again.</source>
        <translation>Noch nicht angewendet: wartet auf die Anmeldung und wird dann erneut gesendet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No answer came (%1); the change may or may not have been applied. The row was read again.</source>
        <translation>Keine Antwort erhalten (%1); die Änderung wurde möglicherweise angewendet, möglicherweise auch nicht. Die Zeile wurde erneut gelesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The resource no longer exists.</source>
        <translation>Die Ressource existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gone</source>
        <translation>Nicht mehr vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>wpc::CommandLine</name>
    <message>
        <location filename="../../app/CommandLine.cpp" line="+212"/>
        <source>Watch and act on the resources of your Waldur offerings.</source>
        <translation>Die Ressourcen Ihrer Waldur-Angebote beobachten und verwalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waldur server address; the API token is read from WALDUR_TOKEN.</source>
        <translation>Adresse des Waldur-Servers; das API-Token wird aus WALDUR_TOKEN gelesen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a built-in Waldur simulator and connect to it as staff.</source>
        <translation>Einen eingebauten Waldur-Simulator starten und sich als Staff mit ihm verbinden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many resources the demo simulator holds (default 5000).</source>
        <translation>Anzahl der Ressourcen im Demo-Simulator (Standard: 5000).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect with a saved profile (File ▸ Connect to…); its token comes from the keychain, or from WALDUR_TOKEN when set.</source>
        <translation>Mit einem gespeicherten Profil verbinden (Datei ▸ Verbinden mit…); sein Token stammt aus dem Schlüsselbund oder, falls gesetzt, aus WALDUR_TOKEN.</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+106"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>With --export: the filters, search, sort and columns of this saved view (View ▸ Views) of the profile, instead of --state and the others.</source>
        <translation>Mit --export: Filter, Suche, Sortierung und Spalten dieser gespeicherten Ansicht (Ansicht ▸ Ansichten) des Profils, statt --state und der anderen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--state, --offering, --customer, --project, --query, --columns and --view go with --export.</source>
        <translation>--state, --offering, --customer, --project, --query, --columns und --view gehören zu --export.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--view brings its own filters and columns: leave out --state and the others.</source>
        <translation>--view bringt eigene Filter und Spalten mit: Lassen Sie --state und die anderen weg.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Save a PNG of the window once the first page is shown, then exit (1 if loading failed).</source>
        <translation>Ein PNG des Fensters speichern, sobald die erste Seite angezeigt wird, und dann beenden (1, wenn das Laden fehlschlug).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Qt&apos;s own options work too, e.g. -platform xcb, -style fusion, -reverse, -qwindowgeometry 1280x720+0+0.</source>
        <translation>Auch die Qt-eigenen Optionen funktionieren, z. B. -platform xcb, -style fusion, -reverse, -qwindowgeometry 1280x720+0+0.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use one of --demo, --url and --profile, not several.</source>
        <translation>Verwenden Sie nur eine der Optionen --demo, --url und --profile, nicht mehrere.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--export needs --url, --profile or --demo.</source>
        <translation>--export braucht --url, --profile oder --demo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use --export or --screenshot, not both.</source>
        <translation>Verwenden Sie --export oder --screenshot, nicht beides.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--profile needs the name of a profile.</source>
        <translation>--profile erwartet den Namen eines Profils.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--screenshot needs --demo, --url or --profile.</source>
        <translation>--screenshot erfordert --demo, --url oder --profile.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Cannot save a screenshot to &quot;%1&quot;: the folder does not exist.</source>
        <translation>Bildschirmfoto kann nicht nach „%1“ gespeichert werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Write every resource the filters match to FILE (.csv, .json or .xlsx) without a window, then exit: 0 when written, 1 when the server, the network or the disk failed, 2 for a wrong command line.</source>
        <translation>Schreibt jede Ressource, auf die die Filter passen, ohne Fenster in DATEI (.csv, .json oder .xlsx) und beendet sich: 0, wenn geschrieben, 1, wenn Server, Netzwerk oder Datenträger versagt haben, 2 bei einer falschen Befehlszeile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --export: only resources in this state (Creating, OK, Erred, Updating, Terminating, Terminated); repeat it for several. Without it, every state but Terminated.</source>
        <translation>Mit --export: nur Ressourcen in diesem Zustand (Creating, OK, Erred, Updating, Terminating, Terminated); für mehrere wiederholen. Ohne die Option jeder Zustand außer Terminated.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --export: only this offering&apos;s resources; repeat it for several.</source>
        <translation>Mit --export: nur die Ressourcen dieses Angebots; für mehrere wiederholen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>With --export: only this customer&apos;s resources.</source>
        <translation>Mit --export: nur die Ressourcen dieses Kunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --export: only this project&apos;s resources.</source>
        <translation>Mit --export: nur die Ressourcen dieses Projekts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --export: resources whose name, slug, UUID or backend ID contain TEXT.</source>
        <translation>Mit --export: Ressourcen, deren Name, Slug, UUID oder Backend-ID TEXT enthält.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --export: the columns, comma-separated, from: %1. The UUID always comes last.</source>
        <translation>Mit --export: die Spalten, durch Kommas getrennt, aus: %1. Die UUID steht immer am Ende.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KEYS</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--export writes .csv, .json or .xlsx files, not &quot;%1&quot;.</source>
        <translation>--export schreibt .csv-, .json- oder .xlsx-Dateien, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export to &quot;%1&quot;: the folder does not exist.</source>
        <translation>Export nach „%1“ nicht möglich: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown state &quot;%1&quot;: use Creating, OK, Erred, Updating, Terminating or Terminated.</source>
        <translation>Unbekannter Zustand „%1“: Verwenden Sie Creating, OK, Erred, Updating, Terminating oder Terminated.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>--%1 needs a UUID, not &quot;%2&quot;.</source>
        <translation>--%1 braucht eine UUID, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown column &quot;%1&quot;: use %2.</source>
        <translation>Unbekannte Spalte „%1“: Verwenden Sie %2.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>--demo-resources needs a whole number from 0 to 1000000.</source>
        <translation>--demo-resources erwartet eine ganze Zahl von 0 bis 1000000.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid --url: %1</source>
        <translation>Ungültige --url: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set WALDUR_TOKEN to your Waldur API token to use --url.</source>
        <translation>Setzen Sie WALDUR_TOKEN auf Ihr Waldur-API-Token, um --url zu verwenden.</translation>
    </message>
</context>
<context>
    <name>wpc::CommandPalette</name>
    <message>
        <location filename="../../ui/views/CommandPalette.cpp" line="+41"/>
        <source>Command &amp;palette…</source>
        <translation>Befehls&amp;palette…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Find any command, view, column or resource by typing (Ctrl+K)</source>
        <translation>Jeden Befehl, jede Ansicht, Spalte oder Ressource durch Tippen finden (Strg+K)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a command, a view, a column, or a resource&apos;s name, UUID or backend ID</source>
        <translation>Befehl, Ansicht, Spalte oder Name, UUID oder Backend-ID einer Ressource eingeben</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>View: %1</source>
        <translation>Ansicht: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln resource(s)</source>
        <translation>
            <numerusform>%Ln Ressource</numerusform>
            <numerusform>%Ln Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>  (on)</source>
        <translation>  (an)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  (off)</source>
        <translation>  (aus)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not available now.</source>
        <translation>Gerade nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The best %1 of %2 matches; type more to narrow them.</source>
        <translation>Die besten %1 von %2 Treffern; tippen Sie weiter, um sie einzugrenzen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Resource: %1</source>
        <translation>Ressource: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not available here.</source>
        <translation>Hier nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>wpc::ConnectWindow</name>
    <message>
        <location filename="../../ui/connect/ConnectWindow.cpp" line="+45"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remember the token</source>
        <translation>Token &amp;merken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it in a plain &amp;file instead (not encrypted)</source>
        <translation>Stattdessen in einer einfachen &amp;Datei aufbewahren (unverschlüsselt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow plain &amp;http to this server</source>
        <translation>Unverschlüsseltes http zu diesem Server &amp;erlauben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;rust this certificate for this profile</source>
        <translation>Diesem &amp;Zertifikat für dieses Profil vertrauen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect to a Waldur server</source>
        <translation>Mit einem Waldur-Server verbinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the profile without connecting</source>
        <translation>Profil speichern, ohne sich zu verbinden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Token: a Waldur API token</source>
        <translation>Token: ein Waldur-API-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer: a personal access token or OIDC token</source>
        <translation>Bearer: ein persönliches Zugriffstoken oder OIDC-Token</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address is plain http:// to another computer: the API token would travel unencrypted, readable by anyone on the way. Use https:// if the server offers it.</source>
        <translation>Die Adresse verwendet unverschlüsseltes http:// zu einem anderen Computer: Das API-Token würde unverschlüsselt übertragen und wäre für jeden auf dem Weg lesbar. Verwenden Sie https://, wenn der Server es anbietet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only for a server whose authority this computer does not trust</source>
        <translation>Nur für einen Server, dessen Zertifizierungsstelle dieser Computer nicht vertraut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a CA bundle file (PEM)</source>
        <translation>Wählen Sie eine CA-Bundle-Datei (PEM)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token &amp;kind:</source>
        <translation>Token-&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CA &amp;bundle:</source>
        <translation>CA-&amp;Bundle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trusted certificate:</source>
        <translation>Vertrauenswürdiges Zertifikat:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The built-in simulator</source>
        <translation>Der eingebaute Simulator</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Runs a Waldur simulator inside the console, with made-up resources: no server and no token needed. Changes you make there are forgotten when the console quits.</source>
        <translation>Führt einen Waldur-Simulator mit erfundenen Ressourcen innerhalb der Konsole aus: Es werden weder Server noch Token benötigt. Änderungen, die Sie dort vornehmen, gehen verloren, wenn die Konsole beendet wird.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Tick &quot;Allow plain http&quot; to send the token unencrypted, or use https://.</source>
        <translation>Aktivieren Sie „Unverschlüsseltes http erlauben“, um das Token unverschlüsselt zu senden, oder verwenden Sie https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the API token.</source>
        <translation>Fügen Sie das API-Token ein.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connects to %1api/.</source>
        <translation>Verbindet mit %1api/.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token will be written unencrypted to a file only you can read. Anyone with access to your account or a backup of it can use it.</source>
        <translation>Das Token wird unverschlüsselt in eine Datei geschrieben, die nur Sie lesen können. Jeder mit Zugriff auf Ihr Konto oder auf eine Sicherung davon kann es verwenden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remembered; type a new one to replace it</source>
        <translation>Gespeichert; geben Sie ein neues ein, um es zu ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the token</source>
        <translation>Token einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The copy has its own token: paste it before connecting.</source>
        <translation>Die Kopie hat ein eigenes Token: Fügen Sie es ein, bevor Sie sich verbinden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile &quot;%1&quot;? Its remembered token and its saved filters and columns are deleted too.</source>
        <translation>Das Profil „%1“ löschen? Sein gespeichertes Token sowie seine gespeicherten Filter und Spalten werden ebenfalls gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profile &quot;%1&quot; was deleted.</source>
        <translation>Das Profil „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Check that the whole token was pasted. A personal access token or an OIDC token needs the token kind Bearer.</source>
        <translation>Prüfen Sie, ob das ganze Token eingefügt wurde. Ein persönliches Zugriffstoken oder ein OIDC-Token benötigt die Token-Art Bearer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the whole token was pasted. A Waldur API token (user profile ▸ Credentials ▸ API token) needs the token kind Token.</source>
        <translation>Prüfen Sie, ob das ganze Token eingefügt wurde. Ein Waldur-API-Token (user profile ▸ Credentials ▸ API token) benötigt die Token-Art Token.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The connection was stopped before the token was sent.</source>
        <translation>Die Verbindung wurde abgebrochen, bevor das Token gesendet wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>wpc::DateLineEdit</name>
    <message>
        <location filename="../../ui/widgets/DateLineEdit.cpp" line="+26"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type a date as YYYY-MM-DD.</source>
        <translation>Geben Sie ein Datum als JJJJ-MM-TT ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a whole date yet: type it as YYYY-MM-DD, e.g. %2.</source>
        <translation>„%1“ ist noch kein vollständiges Datum: Geben Sie es als JJJJ-MM-TT ein, z. B. %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a date in the calendar.</source>
        <translation>%1 ist kein gültiges Kalenderdatum.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Datum in einem Kalender auswählen (Alt+Pfeil nach unten)</translation>
    </message>
</context>
<context>
    <name>wpc::DetailsFormat</name>
    <message>
        <location filename="../../ui/details/DetailsFormat.cpp" line="+20"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>wpc::DetailsTab</name>
    <message>
        <location filename="../../ui/details/DetailsTab.cpp" line="+17"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>wpc::EditResourceDialog</name>
    <message>
        <location filename="../../ui/actions/EditResourceDialog.cpp" line="+24"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the name, description or end date of %1. Fields you leave alone are not sent.</source>
        <translation>Name, Beschreibung oder Enddatum von %1 ändern. Felder, die Sie unverändert lassen, werden nicht gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit accepts today or any later day; the offering may add rules of its own. “Set end date…” (Ctrl+E) notifies the customer and needs %1 days ahead.</source>
        <translation>Bearbeiten akzeptiert heute oder einen späteren Tag; das Angebot kann eigene Regeln hinzufügen. „Enddatum setzen…“ (Strg+E) benachrichtigt den Kunden und erfordert %1 Tage Vorlauf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the past: Waldur refuses an end date before today.</source>
        <translation>In der Vergangenheit: Waldur lehnt ein Enddatum vor dem heutigen Tag ab.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the current values…</source>
        <translation>Lade die aktuellen Werte…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The current values are not loaded yet.</source>
        <translation>Die aktuellen Werte sind noch nicht geladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name has %1 characters; Waldur takes at most %2.</source>
        <translation>Der Name hat %1 Zeichen; Waldur erlaubt höchstens %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The description is longer than %1 characters.</source>
        <translation>Die Beschreibung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waldur refuses an end date in the past: choose today (%1) or later.</source>
        <translation>Waldur lehnt ein Enddatum in der Vergangenheit ab: Wählen Sie heute (%1) oder später.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing has been changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved the changes to %1.</source>
        <translation>Änderungen an %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>wpc::EndDateDialog</name>
    <message>
        <location filename="../../ui/actions/EndDateDialog.cpp" line="+27"/>
        <location line="+10"/>
        <source>Set end date of %1 as staff</source>
        <translation>Enddatum von %1 als Staff setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As staff, choose the last day of %1 in project “%2”, or clear its end date. The request is recorded as yours.</source>
        <translation>Wählen Sie als Staff den letzten Tag von %1 im Projekt „%2“, oder entfernen Sie das Enddatum. Die Anfrage wird als Ihre erfasst.</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+14"/>
        <source>Set end date of %1</source>
        <translation>Enddatum von %1 setzen</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>As staff, choose the last day of each of the %Ln selected resource(s), or clear their end dates. The requests are recorded as yours.</source>
        <translation>
            <numerusform>Wählen Sie als Staff den letzten Tag der %Ln ausgewählten Ressource, oder entfernen Sie ihr Enddatum. Die Anfrage wird als Ihre erfasst.</numerusform>
            <numerusform>Wählen Sie als Staff den letzten Tag jeder der %Ln ausgewählten Ressourcen, oder entfernen Sie ihre Enddaten. Die Anfragen werden als Ihre erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>As the service provider, choose the last day of each of the %Ln selected resource(s), or clear their end dates. Their customers are notified.</source>
        <translation>
            <numerusform>Wählen Sie als Dienstanbieter den letzten Tag der %Ln ausgewählten Ressource, oder entfernen Sie ihr Enddatum. Ihr Kunde wird benachrichtigt.</numerusform>
            <numerusform>Wählen Sie als Dienstanbieter den letzten Tag jeder der %Ln ausgewählten Ressourcen, oder entfernen Sie ihre Enddaten. Ihre Kunden werden benachrichtigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>As the service provider, choose the last day of %1 in project “%2”, or clear its end date. The customer is notified.</source>
        <translation>Wählen Sie als Dienstanbieter den letzten Tag von %1 im Projekt „%2“, oder entfernen Sie das Enddatum. Der Kunde wird benachrichtigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date is inclusive: the resource is available until the end of that day and is terminated after it. Waldur accepts an end date set this way only at least %1 days ahead, %2 or later; Edit (F2) has other rules.</source>
        <translation>Das Datum ist inklusive: Die Ressource ist bis zum Ende dieses Tages verfügbar und wird danach beendet. Waldur akzeptiert ein auf diese Weise gesetztes Enddatum nur mindestens %1 Tage im Voraus, also ab %2; für Bearbeiten (F2) gelten andere Regeln.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Less than %1 days ahead: Waldur refuses this date.</source>
        <translation>Weniger als %1 Tage im Voraus: Waldur lehnt dieses Datum ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set end date</source>
        <translation>Enddatum setzen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each resource&apos;s current end date is replaced by this one.</source>
        <translation>Das aktuelle Enddatum jeder Ressource wird durch dieses ersetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading the current end dates…</source>
        <translation>Lade die aktuellen Enddaten…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The resource now ends on %1.</source>
        <translation>Die Ressource endet jetzt am %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The resource has no end date now.</source>
        <translation>Die Ressource hat jetzt kein Enddatum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its project ends on %1.</source>
        <translation>Ihr Projekt endet am %1.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Date conflict: the project ends on %1, before this date. The resource ends with its project at the latest.</source>
        <translation>Datumskonflikt: Das Projekt endet am %1, also vor diesem Datum. Die Ressource endet spätestens mit ihrem Projekt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The current end date is not loaded yet.</source>
        <translation>Das aktuelle Enddatum ist noch nicht geladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The resource has no end date to clear.</source>
        <translation>Die Ressource hat kein Enddatum, das entfernt werden könnte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the last day in the calendar, or type it as YYYY-MM-DD.</source>
        <translation>Wählen Sie den letzten Tag im Kalender, oder geben Sie ihn als JJJJ-MM-TT ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waldur refuses an end date less than %1 days ahead: choose %2 or later.</source>
        <translation>Waldur lehnt ein Enddatum ab, das weniger als %1 Tage im Voraus liegt: Wählen Sie %2 oder später.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is already the resource&apos;s end date.</source>
        <translation>Dies ist bereits das Enddatum der Ressource.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cleared the end date of %1.</source>
        <translation>Enddatum von %1 entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the end date of %1 to %2.</source>
        <translation>Enddatum von %1 auf %2 gesetzt.</translation>
    </message>
</context>
<context>
    <name>wpc::ErrorBanner</name>
    <message>
        <location filename="../../ui/ErrorBanner.cpp" line="+19"/>
        <location line="+40"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>wpc::ExportController</name>
    <message>
        <location filename="../../ui/views/ExportController.cpp" line="+45"/>
        <source>&amp;Export view…</source>
        <translation>Ansicht &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write every resource of this view to a CSV, JSON or Excel file</source>
        <translation>Jede Ressource dieser Ansicht in eine CSV-, JSON- oder Excel-Datei schreiben</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>An export is still running: wait for it, or cancel it in the status bar.</source>
        <translation>Ein Export läuft noch: Warten Sie darauf oder brechen Sie ihn in der Statusleiste ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export view</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV, for any spreadsheet (*.csv)</source>
        <translation>CSV, für jede Tabellenkalkulation (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON, the server&apos;s objects (*.json)</source>
        <translation>JSON, die Objekte des Servers (*.json)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a file ending in .csv, .xlsx or .json.</source>
        <translation>Wählen Sie eine Datei mit der Endung .csv, .xlsx oder .json.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting: %L1 of %L2…</source>
        <translation>Export: %L1 von %L2…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Exported %Ln resources to %1.</source>
        <translation>
            <numerusform>%Ln Ressource nach %1 exportiert.</numerusform>
            <numerusform>%Ln Ressourcen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export to %1 did not finish and wrote nothing: %2</source>
        <translation>Der Export nach %1 wurde nicht beendet und hat nichts geschrieben: %2</translation>
    </message>
</context>
<context>
    <name>wpc::ExportValues</name>
    <message>
        <location filename="../../models/export/ExportValues.cpp" line="+56"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
</context>
<context>
    <name>wpc::ExportWriter</name>
    <message>
        <location filename="../../models/export/ExportWriter.cpp" line="+147"/>
        <source>the server sent a resource the console cannot read (%1)</source>
        <translation>der Server hat eine Ressource gesendet, die die Konsole nicht lesen kann (%1)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../models/export/XlsxExportWriter.cpp" line="+56"/>
        <source>the spreadsheet library could not start a workbook</source>
        <translation>die Tabellenbibliothek konnte keine Arbeitsmappe anlegen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the spreadsheet library ran out of memory</source>
        <translation>der Tabellenbibliothek ging der Speicher aus</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a spreadsheet holds at most %L1 rows; export to CSV or JSON instead</source>
        <translation>eine Tabelle fasst höchstens %L1 Zeilen; exportieren Sie stattdessen nach CSV oder JSON</translation>
    </message>
</context>
<context>
    <name>wpc::FilterBar</name>
    <message>
        <location filename="../../ui/FilterBar.cpp" line="+42"/>
        <source>Include &amp;terminated</source>
        <translation>&amp;Beendete einbeziehen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Search name, slug, UUID or backend ID (Ctrl+F)</source>
        <translation>Name, Slug, UUID oder Backend-ID suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>More filters (%1)</source>
        <translation>Weitere Filter (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More filters</source>
        <translation>Weitere Filter</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Also list resources whose termination has finished</source>
        <translation>Auch Ressourcen auflisten, deren Beendigung abgeschlossen ist</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>All offerings</source>
        <translation>Alle Angebote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Every other filter: project, provider, category, plan, dates, flags… (Ctrl+Shift+F)</source>
        <translation>Alle weiteren Filter: Projekt, Anbieter, Kategorie, Plan, Datum, Merkmale … (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>wpc::FilterChips</name>
    <message>
        <location filename="../../ui/filters/FilterChips.cpp" line="+29"/>
        <source>Clear these filters</source>
        <translation>Diese Filter entfernen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove filter: %1</source>
        <translation>Filter entfernen: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
</context>
<context>
    <name>wpc::FilterSpec</name>
    <message>
        <location filename="../../ui/filters/FilterCatalog.cpp" line="+69"/>
        <source>Name contains</source>
        <translation>Name enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources whose name contains this text, in any case</source>
        <translation>Ressourcen, deren Name diesen Text enthält (Groß-/Kleinschreibung egal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact name</source>
        <translation>Genauer Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources named exactly this, case included</source>
        <translation>Ressourcen mit genau diesem Namen, auch in der Schreibweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend ID</source>
        <translation>Backend-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources with exactly this backend ID</source>
        <translation>Ressourcen mit genau dieser Backend-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runtime state</source>
        <translation>Laufzeitstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backend&apos;s own state, exactly as the plugin reports it (ACTIVE, SHUTOFF, online…)</source>
        <translation>Der Status im Backend, genau wie das Plugin ihn meldet (ACTIVE, SHUTOFF, online …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources of one project</source>
        <translation>Ressourcen eines Projekts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources of projects named exactly this</source>
        <translation>Ressourcen von Projekten mit genau diesem Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created after</source>
        <translation>Erstellt nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources created at or after this time (your time zone)</source>
        <translation>Ressourcen, die zu oder nach dieser Zeit erstellt wurden (Ihre Zeitzone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified after</source>
        <translation>Geändert nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources changed at or after this time (your time zone)</source>
        <translation>Ressourcen, die zu oder nach dieser Zeit geändert wurden (Ihre Zeitzone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether a termination date is set</source>
        <translation>Ob ein Kündigungsdatum gesetzt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has an end date</source>
        <translation>Mit Enddatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No end date</source>
        <translation>Ohne Enddatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources of offerings of one service provider</source>
        <translation>Ressourcen der Angebote eines Dienstanbieters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources of offerings in one marketplace category</source>
        <translation>Ressourcen der Angebote einer Marktplatzkategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offering type</source>
        <translation>Angebotstyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The offering&apos;s plugin type, such as Marketplace.Slurm</source>
        <translation>Der Plugin-Typ des Angebots, etwa Marketplace.Slurm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources on one plan of the offering chosen above the table</source>
        <translation>Ressourcen in einem Plan des über der Tabelle gewählten Angebots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent offering</source>
        <translation>Übergeordnetes Angebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources of offerings that belong to this offering</source>
        <translation>Ressourcen von Angeboten, die zu diesem Angebot gehören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the offering is billed</source>
        <translation>Ob das Angebot abgerechnet wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billable offering</source>
        <translation>Abgerechnetes Angebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offering not billed</source>
        <translation>Angebot ohne Abrechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the offering is shared with all customers</source>
        <translation>Ob das Angebot allen Kunden offensteht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared offering</source>
        <translation>Öffentliches Angebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private offering</source>
        <translation>Privates Angebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offerings with exactly this many components</source>
        <translation>Angebote mit genau so vielen Komponenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit components</source>
        <translation>Limit-Komponenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offerings with exactly this many limit-based components</source>
        <translation>Angebote mit genau so vielen limitbasierten Komponenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Whether the resource is paused</source>
        <translation>Ob die Ressource pausiert ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not paused</source>
        <translation>Nicht pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Downscaled</source>
        <translation>Herunterskaliert</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Whether the resource is downscaled</source>
        <translation>Ob die Ressource herunterskaliert ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not downscaled</source>
        <translation>Nicht herunterskaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member access</source>
        <translation>Mitgliederzugriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether project members&apos; access is restricted</source>
        <translation>Ob der Zugriff der Projektmitglieder eingeschränkt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not restricted</source>
        <translation>Nicht eingeschränkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Usage-based</source>
        <translation>Nutzungsbasiert</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Whether the offering has a usage-based component</source>
        <translation>Ob das Angebot eine nutzungsbasierte Komponente hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not usage-based</source>
        <translation>Nicht nutzungsbasiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Limit-based</source>
        <translation>Limitbasiert</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Whether the offering has a limit-based component</source>
        <translation>Ob das Angebot eine limitbasierte Komponente hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not limit-based</source>
        <translation>Nicht limitbasiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only usage</source>
        <translation>Nur Nutzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the offering has usage-based components and no limit-based ones</source>
        <translation>Ob das Angebot nutzungsbasierte und keine limitbasierten Komponenten hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only usage-based</source>
        <translation>Nur nutzungsbasiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not only usage-based</source>
        <translation>Nicht nur nutzungsbasiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only limits</source>
        <translation>Nur Limits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the offering has limit-based components and no usage-based ones</source>
        <translation>Ob das Angebot limitbasierte und keine nutzungsbasierten Komponenten hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only limit-based</source>
        <translation>Nur limitbasiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not only limit-based</source>
        <translation>Nicht nur limitbasiert</translation>
    </message>
</context>
<context>
    <name>wpc::GlauthTab</name>
    <message>
        <location filename="../../ui/details/GlauthTab.cpp" line="+28"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The GLAuth configuration is empty: nobody in the project has an offering username.</source>
        <translation>Die GLAuth-Konfiguration ist leer: Niemand im Projekt hat einen Angebots-Benutzernamen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save GLAuth configuration</source>
        <translation>GLAuth-Konfiguration speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>wpc::HeadlessExport</name>
    <message>
        <location filename="../../app/HeadlessExport.cpp" line="+46"/>
        <source>The demo simulator could not start: %1</source>
        <translation>Der Demo-Simulator konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no profile called &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 remembers no token: set WALDUR_TOKEN.</source>
        <translation>%1 hat kein gespeichertes Token: Setzen Sie WALDUR_TOKEN.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No token for %1: %2 Set WALDUR_TOKEN.</source>
        <translation>Kein Token für %1: %2 Setzen Sie WALDUR_TOKEN.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no view called &quot;%1&quot; for %2. The views are: %3.</source>
        <translation>Es gibt keine Ansicht namens „%1“ für %2. Die Ansichten sind: %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Wrote %Ln resources to %1.</source>
        <translation>
            <numerusform>%Ln Ressource nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Ressourcen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%L1 of %L2 resources written</source>
        <translation>%L1 von %L2 Ressourcen geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 resources written</source>
        <translation>%L1 Ressourcen geschrieben</translation>
    </message>
</context>
<context>
    <name>wpc::HistoryTab</name>
    <message>
        <location filename="../../ui/details/HistoryTab.cpp" line="+98"/>
        <source>The journal opens once you are signed in.</source>
        <translation>Das Journal wird geöffnet, sobald Sie angemeldet sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal is unavailable: %1</source>
        <translation>Das Journal ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change to this resource has been made through this console (as %1).</source>
        <translation>An dieser Ressource wurde über diese Konsole keine Änderung vorgenommen (als %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes made to this resource through this console, newest first. View ▸ Journal shows them all.</source>
        <translation>Über diese Konsole an dieser Ressource vorgenommene Änderungen, neueste zuerst. Ansicht ▸ Journal zeigt alle.</translation>
    </message>
</context>
<context>
    <name>wpc::JournalController</name>
    <message>
        <location filename="../../ui/journal/JournalController.cpp" line="+30"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-read and settle</source>
        <translation>Erneut lesen und klären</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every change made through this console, with its outcome (Ctrl+Shift+J)</source>
        <translation>Jede über diese Konsole vorgenommene Änderung mit ihrem Ergebnis (Strg+Umschalt+J)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read each of those resources again and record what the server now shows</source>
        <translation>Jede dieser Ressourcen erneut lesen und festhalten, was der Server jetzt anzeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message numerus="yes">
        <location line="+108"/>
        <source>Outcome unknown for %n change(s): the console stopped before the server answered. Re-read the resources and settle from what the server shows now?</source>
        <translation>
            <numerusform>Ergebnis unbekannt für %n Änderung: Die Konsole wurde beendet, bevor der Server antwortete. Die Ressource erneut lesen und anhand dessen klären, was der Server jetzt anzeigt?</numerusform>
            <numerusform>Ergebnis unbekannt für %n Änderungen: Die Konsole wurde beendet, bevor der Server antwortete. Die Ressourcen erneut lesen und anhand dessen klären, was der Server jetzt anzeigt?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the resources again…</source>
        <translation>Die Ressourcen werden erneut gelesen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the resources again… %1 of %2</source>
        <translation>Die Ressourcen werden erneut gelesen… %1 von %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settled: %1 shown as applied, %2 not applied, %3 gone; %4 cannot be told from the resource, %5 could not be read.</source>
        <translation>Geklärt: %1 als angewendet angezeigt, %2 nicht angewendet, %3 nicht mehr vorhanden; bei %4 lässt es sich an der Ressource nicht erkennen, %5 konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>wpc::JournalDatabase</name>
    <message>
        <location filename="../../models/journal/JournalDatabase.cpp" line="+173"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+65"/>
        <source>its folder %1 cannot be created</source>
        <translation>sein Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>the file is read-only: past changes can be read, new ones are not recorded</source>
        <translation>die Datei ist schreibgeschützt: Frühere Änderungen können gelesen werden, neue werden nicht erfasst</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>attempt to write a readonly database</source>
        <translation>Versuch, in eine schreibgeschützte Datenbank zu schreiben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its session lock %1 cannot be written</source>
        <translation>seine Sitzungssperre %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>it was written by a newer version of the console (schema %1; this one knows %2)</source>
        <translation>es wurde von einer neueren Version der Konsole geschrieben (Schema %1; diese kennt %2)</translation>
    </message>
    <message>
        <location line="+212"/>
        <source>The journal could not be written while this run went on: it may have been sent. Re-read the resource to settle it.</source>
        <translation>Das Journal konnte während dieses Durchlaufs nicht geschrieben werden: Die Anfrage wurde möglicherweise gesendet. Lesen Sie die Ressource erneut, um es zu klären.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The console stopped before the answer came: re-read the resource to settle it.</source>
        <translation>Die Konsole wurde beendet, bevor die Antwort kam: Lesen Sie die Ressource erneut, um es zu klären.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Not sent: the console stopped before its turn came.</source>
        <translation>Nicht gesendet: Die Konsole wurde beendet, bevor die Anfrage an der Reihe war.</translation>
    </message>
</context>
<context>
    <name>wpc::JournalEntryView</name>
    <message>
        <location filename="../../ui/journal/JournalEntryView.cpp" line="+53"/>
        <source>Select an entry to see what was sent and what it overwrote.</source>
        <translation>Wählen Sie einen Eintrag aus, um zu sehen, was gesendet wurde und was dabei überschrieben wurde.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resource: %1 (%2)</source>
        <translation>Ressource: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offering: %1 · Customer: %2 · Project: %3</source>
        <translation>Angebot: %1 · Kunde: %2 · Projekt: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time: %1 (UTC %2)</source>
        <translation>Zeit: %1 (UTC %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered: %1</source>
        <translation>Beantwortet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server: %1 · User: %2</source>
        <translation>Server: %1 · Benutzer: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request: #%1</source>
        <translation>Anfrage: #%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bulk run: %1</source>
        <translation>Massendurchlauf: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent:</source>
        <translation>Gesendet:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no body)</source>
        <translation>(kein Inhalt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Show this resource&apos;s changes</source>
        <translation>Änderungen dieser Ressource anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this bulk run</source>
        <translation>Diesen Massendurchlauf anzeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Undo %n change(s)…</source>
        <translation>
            <numerusform>%n Änderung rückgängig machen…</numerusform>
            <numerusform>%n Änderungen rückgängig machen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo this bulk run…</source>
        <translation>Diesen Massendurchlauf rückgängig machen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy resource UUID</source>
        <translation>UUID der Ressource kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy entry</source>
        <translation>Eintrag kopieren</translation>
    </message>
</context>
<context>
    <name>wpc::JournalExport</name>
    <message>
        <location filename="../../models/journal/JournalExport.cpp" line="+94"/>
        <source>the journal was closed</source>
        <translation>das Journal wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>wpc::JournalModel</name>
    <message>
        <location filename="../../models/journal/JournalModel.cpp" line="+196"/>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>wpc::JournalOutcomes</name>
    <message>
        <location filename="../../models/journal/JournalDatabase.cpp" line="+108"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Gone</source>
        <translation>Nicht mehr vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
</context>
<context>
    <name>wpc::JournalSettler</name>
    <message>
        <location filename="../../models/actions/JournalSettler.cpp" line="+44"/>
        <source>Settled by re-reading: the resource no longer exists.</source>
        <translation>Durch erneutes Lesen geklärt: Die Ressource existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settled by re-reading: the resource shows this change.</source>
        <translation>Durch erneutes Lesen geklärt: Die Ressource zeigt diese Änderung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settled by re-reading: the resource does not show this change (it was not applied, or was changed again since).</source>
        <translation>Durch erneutes Lesen geklärt: Die Ressource zeigt diese Änderung nicht (sie wurde nicht angewendet oder seitdem erneut geändert).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-read: the resource cannot show whether this change was applied; see its events in Waldur.</source>
        <translation>Erneut gelesen: An der Ressource lässt sich nicht erkennen, ob diese Änderung angewendet wurde; siehe ihre Ereignisse in Waldur.</translation>
    </message>
</context>
<context>
    <name>wpc::JournalWindow</name>
    <message>
        <location filename="../../ui/journal/JournalWindow.cpp" line="+56"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-read and settle</source>
        <translation>Erneut lesen und klären</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo…</source>
        <translation>&amp;Rückgängig machen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between…</source>
        <translation>Zwischen…</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>From (inclusive)</source>
        <translation>Von (einschließlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until (exclusive)</source>
        <translation>Bis (ausschließlich)</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>All operations</source>
        <translation>Alle Vorgänge</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any outcome</source>
        <translation>Beliebiges Ergebnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resource name or UUID</source>
        <translation>Ressourcenname oder UUID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search messages, bodies, projects…</source>
        <translation>Meldungen, Inhalte, Projekte durchsuchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing one bulk run; click to show every entry again</source>
        <translation>Zeigt einen Massendurchlauf; klicken, um wieder alle Einträge anzuzeigen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write the entries the filters keep to a file</source>
        <translation>Die von den Filtern behaltenen Einträge in eine Datei schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As CSV…</source>
        <translation>Als CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As JSON…</source>
        <translation>Als JSON…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read each resource with an unknown outcome again and record what the server now shows</source>
        <translation>Jede Ressource mit unbekanntem Ergebnis erneut lesen und festhalten, was der Server jetzt anzeigt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take the selected changes back, after a preview (select them in the table)</source>
        <translation>Die ausgewählten Änderungen nach einer Vorschau zurücknehmen (wählen Sie sie in der Tabelle aus)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The journal could not be read: %1</source>
        <translation>Das Journal konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Bulk run %1 ✕</source>
        <translation>Massendurchlauf %1 ✕</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The journal is unavailable: %1</source>
        <translation>Das Journal ist nicht verfügbar: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 shown; scroll for more)</source>
        <translation> (%1 angezeigt; für mehr scrollen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the journal…</source>
        <translation>Das Journal wird gelesen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the journal as JSON</source>
        <translation>Journal als JSON exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the journal as CSV</source>
        <translation>Journal als CSV exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %Ln entries to %1</source>
        <translation>
            <numerusform>%Ln Eintrag nach %1 exportiert</numerusform>
            <numerusform>%Ln Einträge nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wpc::JsonReader</name>
    <message>
        <location filename="../../models/domain/Entities.cpp" line="+36"/>
        <location filename="../../models/domain/Offering.cpp" line="+13"/>
        <source>field &quot;%1&quot; should be an object</source>
        <translation>Feld „%1“ sollte ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../../models/domain/JsonReader.cpp" line="+88"/>
        <source>field &quot;%1&quot; should be %2 but is %3</source>
        <extracomment>%1 is a JSON field name, %2 the expected kind of value (&quot;a string&quot;), %3 what was there instead.</extracomment>
        <translation>Feld „%1“ sollte %2 sein, ist aber %3</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>field &quot;%1&quot; is not a decimal number: &quot;%2&quot;</source>
        <translation>Feld „%1“ ist keine Dezimalzahl: „%2“</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>field &quot;%1&quot; is not a date: &quot;%2&quot;</source>
        <translation>Feld „%1“ ist kein Datum: „%2“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>field &quot;%1&quot; is not a date and time: &quot;%2&quot;</source>
        <translation>Feld „%1“ ist kein Zeitpunkt: „%2“</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>field &quot;%1&quot; should be a number but is %2</source>
        <translation>Feld „%1“ sollte eine Zahl sein, ist aber %2</translation>
    </message>
</context>
<context>
    <name>wpc::JsonViewerDialog</name>
    <message>
        <location filename="../../ui/actions/JsonViewerDialog.cpp" line="+24"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>wpc::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+129"/>
        <source>Journal unavailable</source>
        <translation>Journal nicht verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 [DEMO] — Waldur Provider Console</source>
        <translation>%1 [DEMO] — Waldur Provider Console</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — Waldur Provider Console</source>
        <translation>%1 — Waldur Provider Console</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowActions.cpp" line="+61"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect to…</source>
        <translation>&amp;Verbinden mit…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>resources</source>
        <translation>ressourcen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected rows as tab-separated text with a header line</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text mit einer Kopfzeile kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search by name, slug, UUID or backend ID</source>
        <translation>Nach Name, Slug, UUID oder Backend-ID suchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the list again from the server (F5)</source>
        <translation>Die Liste erneut vom Server laden (F5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load all</source>
        <translation>Alle laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load every matching resource instead of a page at a time</source>
        <translation>Alle passenden Ressourcen laden statt seitenweise</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show every field of the selected resource (Ctrl+I, or double-click a row)</source>
        <translation>Alle Felder der ausgewählten Ressource anzeigen (Strg+I oder Doppelklick auf eine Zeile)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details &amp;pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show or hide the details beside the table (F9)</source>
        <translation>Die Details neben der Tabelle ein- oder ausblenden (F9)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resources per offering and state, as a chart; a click opens them here</source>
        <translation>Ressourcen je Angebot und Zustand als Diagramm; ein Klick öffnet sie hier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy UUID</source>
        <translation>UUID kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied the UUID of “%1”.</source>
        <translation>UUID von „%1“ kopiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy link to Waldur</source>
        <translation>Link zu Waldur kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The resource&apos;s page in Waldur&apos;s web interface</source>
        <translation>Die Seite der Ressource in der Weboberfläche von Waldur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Waldur Provider Console</source>
        <translation>Ü&amp;ber Waldur Provider Console</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Copied %Ln row(s) as tab-separated text.</source>
        <translation>
            <numerusform>%Ln Zeile als tabulatorgetrennten Text kopiert.</numerusform>
            <numerusform>%Ln Zeilen als tabulatorgetrennten Text kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escape in the search box</source>
        <translation>Esc im Suchfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open every field of a resource</source>
        <translation>Alle Felder einer Ressource öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter or double-click on a row</source>
        <translation>Eingabetaste oder Doppelklick auf eine Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next control; leave the table</source>
        <translation>Nächstes Steuerelement; Tabelle verlassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a date&apos;s calendar</source>
        <translation>Kalender eines Datumsfelds öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+Down in a date field</source>
        <translation>Alt+Pfeil nach unten in einem Datumsfeld</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="+194"/>
        <source>%Ln selected — the actions marked “selected” act on all of them; the others on “%1” only</source>
        <translation>
            <numerusform>%Ln ausgewählt — die mit „ausgewählt“ markierten Aktionen wirken auf alle; die übrigen nur auf „%1“</numerusform>
            <numerusform>%Ln ausgewählt — die mit „ausgewählt“ markierten Aktionen wirken auf alle; die übrigen nur auf „%1“</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Showing the rows loaded at %1: refreshing failed</source>
        <translation>Angezeigt werden die um %1 geladenen Zeilen: Aktualisierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No resources match these filters.</source>
        <translation>Keine Ressourcen entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No resources yet: nothing has been ordered from your offerings.</source>
        <translation>Noch keine Ressourcen: Aus Ihren Angeboten wurde noch nichts bestellt.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The view “%1” filters on an offering that no longer exists (%2), so it shows nothing. Remove that offering from the view to see the rest.</source>
        <translation>Die Ansicht „%1“ filtert nach einem Angebot, das es nicht mehr gibt (%2), und zeigt daher nichts. Entfernen Sie dieses Angebot aus der Ansicht, um den Rest zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove it from the view</source>
        <translation>Aus der Ansicht entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowActions.cpp" line="+15"/>
        <source>The name stays: a row needs something to recognise it by</source>
        <translation>Der Name bleibt: Eine Zeile braucht etwas, woran man sie erkennt</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+62"/>
        <source>The journal is unavailable (%1): changes still go through, but are not recorded.</source>
        <translation>Das Journal ist nicht verfügbar (%1): Änderungen werden weiterhin ausgeführt, aber nicht erfasst.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Signed-in user unknown</source>
        <translation>Angemeldeter Benutzer unbekannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) at %3</source>
        <translation>%1 (%2) auf %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 [DEMO] — %2 — Waldur Provider Console</source>
        <translation>%1 [DEMO] — %2 — Waldur Provider Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 — Waldur Provider Console</source>
        <translation>%1 — %2 — Waldur Provider Console</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Nothing is loaded or changed until you sign in again; what is shown stays as it was.</source>
        <translation>Bis Sie sich erneut anmelden, wird nichts geladen oder geändert; die Anzeige bleibt, wie sie war.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The rows shown were loaded at %1.</source>
        <translation>Die angezeigten Zeilen wurden um %1 geladen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+2"/>
        <source>Loading %1 of %2</source>
        <translation>Lade %1 von %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 loaded, more on the server</source>
        <translation>%1 geladen, weitere auf dem Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading resources…</source>
        <translation>Lade Ressourcen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No resources loaded</source>
        <translation>Keine Ressourcen geladen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln resource(s)</source>
        <translation>
            <numerusform>%Ln Ressource</numerusform>
            <numerusform>%Ln Ressourcen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %Ln resource(s)</source>
        <translation>
            <numerusform>%1 von %Ln Ressource</numerusform>
            <numerusform>%1 von %Ln Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Stop the bulk action?</source>
        <translation>Massenaktion anhalten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bulk action is still sending requests. Stop it and close the window?</source>
        <translation>Eine Massenaktion sendet noch Anfragen. Anhalten und das Fenster schließen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing more is sent; the requests already sent finish first.</source>
        <translation>Es wird nichts mehr gesendet; bereits gesendete Anfragen werden zuerst abgeschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop and close</source>
        <translation>Anhalten und schließen</translation>
    </message>
</context>
<context>
    <name>wpc::MoreFiltersPanel</name>
    <message>
        <location filename="../../ui/filters/MoreFiltersPanel.cpp" line="+77"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offering</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+8"/>
        <location line="+26"/>
        <location line="+9"/>
        <location line="+8"/>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose an offering above the table first: plans belong to one offering.</source>
        <translation>Wählen Sie zuerst über der Tabelle ein Angebot: Pläne gehören zu einem Angebot.</translation>
    </message>
</context>
<context>
    <name>wpc::MoveResourceDialog</name>
    <message>
        <location filename="../../ui/actions/MoveResourceDialog.cpp" line="+23"/>
        <source>Move %1 to another project</source>
        <translation>%1 in ein anderes Projekt verschieben</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Choose the project to move the %Ln selected resource(s) to; their orders and pending invoice items move with them.</source>
        <translation>
            <numerusform>Wählen Sie das Projekt, in das die %Ln ausgewählte Ressource verschoben werden soll; ihre Bestellungen und offenen Rechnungsposten werden mit verschoben.</numerusform>
            <numerusform>Wählen Sie das Projekt, in das die %Ln ausgewählten Ressourcen verschoben werden sollen; ihre Bestellungen und offenen Rechnungsposten werden mit verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in project “%2” of customer “%3”. Choose the project to move it to; its orders and pending invoice items move with it.</source>
        <translation>%1 befindet sich in Projekt „%2“ des Kunden „%3“. Wählen Sie das Projekt, in das sie verschoben werden soll; ihre Bestellungen und offenen Rechnungsposten werden mit verschoben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading projects…</source>
        <translation>Lade Projekte…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Projects could not be loaded: %1</source>
        <translation>Projekte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / %2 (current project)</source>
        <translation>%1 / %2 (aktuelles Projekt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There are no projects.</source>
        <translation>Es gibt keine Projekte.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No project&apos;s name contains “%1”.</source>
        <translation>Kein Projektname enthält „%1“.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n project(s) shown.</source>
        <translation>
            <numerusform>%n Projekt angezeigt.</numerusform>
            <numerusform>%n Projekte angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move to project “%1” of customer “%2”.</source>
        <translation>In Projekt „%1“ des Kunden „%2“ verschieben.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the project to move the resource to.</source>
        <translation>Wählen Sie das Projekt, in das die Ressource verschoben werden soll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The resource is already in this project.</source>
        <translation>Die Ressource befindet sich bereits in diesem Projekt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move resource</source>
        <translation>Ressource verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move %1 from project “%2” (%3) to project “%4” (%5)?</source>
        <translation>%1 von Projekt „%2“ (%3) in Projekt „%4“ (%5) verschieben?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its orders and pending invoice items move with it. Members of “%1” lose access to it through their project.</source>
        <translation>Ihre Bestellungen und offenen Rechnungsposten werden mit verschoben. Mitglieder von „%1“ verlieren den Zugriff, den sie über ihr Projekt hatten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Already in project “%1”.</source>
        <translation>Bereits in Projekt „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moved %1 to project “%2”.</source>
        <translation>%1 in Projekt „%2“ verschoben.</translation>
    </message>
</context>
<context>
    <name>wpc::OfferingTab</name>
    <message>
        <location filename="../../ui/details/OfferingTab.cpp" line="+32"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billing type</source>
        <translation>Abrechnungsart</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Limit period</source>
        <translation>Limitzeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource options</source>
        <translation>Ressourcenoptionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugin options</source>
        <translation>Plugin-Optionen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, %3</translation>
    </message>
</context>
<context>
    <name>wpc::OneClickActions</name>
    <message>
        <location filename="../../ui/actions/OneClickActions.cpp" line="+20"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in project “%2” (%3)</source>
        <translation>%1 in Projekt „%2“ (%3)</translation>
    </message>
</context>
<context>
    <name>wpc::OperationTable</name>
    <message>
        <location filename="../../models/actions/OperationTable.cpp" line="+32"/>
        <source>List</source>
        <translation>Auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the resources of your offerings.</source>
        <translation>Die Ressourcen Ihrer Angebote auflisten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read one resource in full.</source>
        <translation>Eine Ressource vollständig lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pull from backend</source>
        <translation>Vom Backend abrufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule a pull of the resource from its backend.</source>
        <translation>Einen Abruf der Ressource von ihrem Backend einplanen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only resources in state OK or Erred can be pulled; this one is %1.</source>
        <translation>Nur Ressourcen im Status OK oder Fehlerhaft können abgerufen werden; diese hat den Status %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull resource %1 from its backend</source>
        <translation>Ressource %1 von ihrem Backend abrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink…</source>
        <translation>Verknüpfung lösen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the resource&apos;s record from Waldur without any cleanup in the backend.</source>
        <translation>Den Datensatz der Ressource aus Waldur entfernen, ohne im Backend etwas zu bereinigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only staff can unlink resources.</source>
        <translation>Nur Staff-Benutzer können die Verknüpfung von Ressourcen lösen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink resource %1</source>
        <translation>Verknüpfung von Ressource %1 lösen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update options (order)…</source>
        <translation>Optionen aktualisieren (Bestellung)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the resource options through an update order.</source>
        <translation>Die Ressourcenoptionen über eine Änderungsbestellung ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options can be changed through an order only in state OK; this one is %1. “Update options directly” works in any state.</source>
        <translation>Optionen können über eine Bestellung nur im Status OK geändert werden; diese hat den Status %1. „Optionen direkt aktualisieren“ funktioniert in jedem Status.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update options of resource %1</source>
        <translation>Optionen von Ressource %1 aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update options directly…</source>
        <translation>Optionen direkt aktualisieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the recorded resource options at once, without an order.</source>
        <translation>Die gespeicherten Ressourcenoptionen sofort ändern, ohne Bestellung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update options of resource %1 directly</source>
        <translation>Optionen von Ressource %1 direkt aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Change the name, description and end date.</source>
        <translation>Name, Beschreibung und Enddatum ändern.</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Edit resource %1</source>
        <translation>Ressource %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plugin details</source>
        <translation>Plugin-Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Show what the server returns for this resource.</source>
        <translation>Anzeigen, was der Server für diese Ressource zurückgibt.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>GLauth users config</source>
        <translation>GLauth-Benutzerkonfiguration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offerings for sub-resources</source>
        <translation>Angebote für Unterressourcen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offering</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan periods</source>
        <translation>Planzeiträume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move to another project…</source>
        <translation>In ein anderes Projekt verschieben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the resource, its orders and pending invoice items to another project.</source>
        <translation>Die Ressource, ihre Bestellungen und offenen Rechnungsposten in ein anderes Projekt verschieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only staff can move resources to another project.</source>
        <translation>Nur Staff-Benutzer können Ressourcen in ein anderes Projekt verschieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move resource %1 to another project</source>
        <translation>Ressource %1 in ein anderes Projekt verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh last sync</source>
        <translation>Letzten Abgleich aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the resource was synchronised just now.</source>
        <translation>Festhalten, dass die Ressource soeben abgeglichen wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the last sync time of resource %1</source>
        <translation>Zeitpunkt des letzten Abgleichs von Ressource %1 aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set as erred…</source>
        <translation>Als fehlerhaft markieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the resource to Erred, with an error message and traceback.</source>
        <translation>Die Ressource mit Fehlermeldung und Traceback auf „Fehlerhaft“ setzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark resource %1 as erred</source>
        <translation>Ressource %1 als fehlerhaft markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set as OK</source>
        <translation>Als OK markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the resource back to OK and clear its error.</source>
        <translation>Die Ressource wieder auf OK setzen und ihren Fehler löschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A terminated resource cannot be set back to OK.</source>
        <translation>Eine beendete Ressource kann nicht wieder auf OK gesetzt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark resource %1 as OK</source>
        <translation>Ressource %1 als OK markieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set backend ID…</source>
        <translation>Backend-ID setzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the ID of the resource in the backend.</source>
        <translation>Die ID der Ressource im Backend ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the backend ID of resource %1 to &quot;%2&quot;</source>
        <translation>Backend-ID von Ressource %1 auf „%2“ setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set backend metadata…</source>
        <translation>Backend-Metadaten setzen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace the backend metadata.</source>
        <translation>Die Backend-Metadaten ersetzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the backend metadata of resource %1</source>
        <translation>Backend-Metadaten von Ressource %1 setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as downscaled</source>
        <translation>Als herunterskaliert markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark downscaled</source>
        <translation>Markierung „herunterskaliert“ entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark or unmark the resource as downscaled.</source>
        <translation>Die Ressource als herunterskaliert markieren oder die Markierung entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only staff can mark resources as downscaled.</source>
        <translation>Nur Staff-Benutzer können Ressourcen als herunterskaliert markieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downscale resource %1</source>
        <translation>Ressource %1 herunterskalieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop downscaling resource %1</source>
        <translation>Herunterskalierung von Ressource %1 aufheben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set end date…</source>
        <translation>Enddatum setzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set or clear the date on which the resource is terminated, as its service provider.</source>
        <translation>Das Datum, an dem die Ressource beendet wird, als ihr Dienstanbieter setzen oder entfernen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Set the end date of resource %1 to %2</source>
        <translation>Enddatum von Ressource %1 auf %2 setzen</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Clear the end date of resource %1</source>
        <translation>Enddatum von Ressource %1 entfernen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Set end date as staff…</source>
        <translation>Enddatum als Staff setzen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set or clear the end date as staff.</source>
        <translation>Das Enddatum als Staff setzen oder entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only staff can set the end date as staff.</source>
        <translation>Nur Staff-Benutzer können das Enddatum als Staff setzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set limits…</source>
        <translation>Limits setzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the limits of the offering&apos;s limit-based components.</source>
        <translation>Die Limits der limitbasierten Komponenten des Angebots ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the limits of resource %1</source>
        <translation>Limits von Ressource %1 setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpause</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause or unpause the resource.</source>
        <translation>Die Ressource pausieren oder fortsetzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only staff can pause or unpause resources.</source>
        <translation>Nur Staff-Benutzer können Ressourcen pausieren oder fortsetzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause resource %1</source>
        <translation>Ressource %1 pausieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume resource %1</source>
        <translation>Ressource %1 fortsetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restrict member access</source>
        <translation>Mitgliederzugriff einschränken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allow member access</source>
        <translation>Mitgliederzugriff erlauben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restrict or allow access for project members.</source>
        <translation>Den Zugriff für Projektmitglieder einschränken oder erlauben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only staff can restrict member access.</source>
        <translation>Nur Staff-Benutzer können den Mitgliederzugriff einschränken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restrict member access to resource %1</source>
        <translation>Mitgliederzugriff auf Ressource %1 einschränken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow member access to resource %1</source>
        <translation>Mitgliederzugriff auf Ressource %1 erlauben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set slug…</source>
        <translation>Slug setzen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the resource&apos;s slug.</source>
        <translation>Den Slug der Ressource ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only staff can change the slug.</source>
        <translation>Nur Staff-Benutzer können den Slug ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the slug of resource %1 to &quot;%2&quot;</source>
        <translation>Slug von Ressource %1 auf „%2“ setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit report…</source>
        <translation>Bericht einreichen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submit a report made of sections.</source>
        <translation>Einen aus Abschnitten bestehenden Bericht einreichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit a report for resource %1</source>
        <translation>Bericht für Ressource %1 einreichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminate…</source>
        <translation>Beenden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create an order that terminates the resource.</source>
        <translation>Eine Bestellung erstellen, die die Ressource beendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only resources in state OK or Erred can be terminated; this one is %1.</source>
        <translation>Nur Ressourcen im Status OK oder Fehlerhaft können beendet werden; diese hat den Status %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminate resource %1</source>
        <translation>Ressource %1 beenden</translation>
    </message>
</context>
<context>
    <name>wpc::OptionSchema</name>
    <message>
        <location filename="../../models/domain/OptionSchema.cpp" line="+45"/>
        <source>The offering defines %1 options; at most %2 are shown.</source>
        <translation>Das Angebot definiert %1 Optionen; höchstens %2 werden angezeigt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The option “%1” offers %2 choices; at most %3 are shown.</source>
        <translation>Die Option „%1“ bietet %2 Auswahlmöglichkeiten; höchstens %3 werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>wpc::OptionsForm</name>
    <message>
        <location filename="../../ui/actions/OptionsForm.cpp" line="+42"/>
        <source>%1 *:</source>
        <translation>%1 *:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>“%1” must be between %2 and %3.</source>
        <translation>„%1“ muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is required.</source>
        <translation>„%1“ ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>wpc::OverviewTab</name>
    <message>
        <location filename="../../ui/details/OverviewTab.cpp" line="+137"/>
        <source>Offering and plan</source>
        <translation>Angebot und Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offering:</source>
        <translation>Angebot:</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+148"/>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Parent offering:</source>
        <translation>Übergeordnetes Angebot:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offering state:</source>
        <translation>Angebotsstatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer and project</source>
        <translation>Kunde und Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project end date:</source>
        <translation>Projektenddatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project end requested by:</source>
        <translation>Projektende angefordert von:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End date:</source>
        <translation>Enddatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date requested by:</source>
        <translation>Enddatum angefordert von:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync:</source>
        <translation>Letzter Abgleich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal:</source>
        <translation>Verlängerung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused:</source>
        <translation>Pausiert:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Downscaled:</source>
        <translation>Herunterskaliert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restrict member access:</source>
        <translation>Mitgliederzugriff eingeschränkt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usage based:</source>
        <translation>Nutzungsbasiert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit based:</source>
        <translation>Limitbasiert:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Can terminate:</source>
        <translation>Kann beendet werden:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend metadata</source>
        <translation>Backend-Metadaten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>user %1…</source>
        <translation>Benutzer %1…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+79"/>
        <location line="+20"/>
        <location line="+22"/>
        <location line="+14"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Slug:</source>
        <translation>Slug:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend ID</source>
        <translation>Backend-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective ID:</source>
        <translation>Effektive ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent resource:</source>
        <translation>Übergeordnete Ressource:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plugin object:</source>
        <translation>Plugin-Objekt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service settings:</source>
        <translation>Diensteinstellungen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 order, %2</source>
        <translation>%1-Bestellung, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order in progress:</source>
        <translation>Laufende Bestellung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Traceback</source>
        <translation>Traceback</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Limits and current usage</source>
        <translation>Limits und aktuelle Nutzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No limits or usage reported.</source>
        <translation>Keine Limits oder Nutzung gemeldet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 used, no limit</source>
        <translation>%1 genutzt, kein Limit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 / %2 — over the limit</source>
        <translation>%1 / %2 — über dem Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage is above the limit: %1 more than allowed.</source>
        <translation>Die Nutzung liegt über dem Limit: %1 mehr als erlaubt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No endpoints.</source>
        <translation>Keine Endpunkte.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No report submitted.</source>
        <translation>Kein Bericht eingereicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>wpc::OverviewWindow</name>
    <message>
        <location filename="../../ui/views/OverviewWindow.cpp" line="+55"/>
        <source>Overview: resources per offering and state</source>
        <translation>Übersicht: Ressourcen je Angebot und Zustand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Some counts are missing: %1</source>
        <translation>Einige Zählungen fehlen: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading the offerings…</source>
        <translation>Die Angebote werden geladen…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No offerings.</source>
        <translation>Keine Angebote.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Click a bar to open that offering&apos;s resources in that state.</source>
        <translation>Klicken Sie auf einen Balken, um die Ressourcen dieses Angebots in diesem Zustand zu öffnen.</translation>
    </message>
</context>
<context>
    <name>wpc::PluginDetailsTab</name>
    <message>
        <location filename="../../ui/details/PluginDetailsTab.cpp" line="+23"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No details for this resource.</source>
        <translation>Keine Details für diese Ressource.</translation>
    </message>
</context>
<context>
    <name>wpc::ProfileStore</name>
    <message>
        <location filename="../../models/profiles/ProfileStore.cpp" line="+58"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>New server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Ein anderes Profil heißt bereits „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the address of the Waldur server.</source>
        <translation>Geben Sie die Adresse des Waldur-Servers ein.</translation>
    </message>
</context>
<context>
    <name>wpc::ProviderResourcesApi</name>
    <message>
        <location filename="../../models/api/ProviderResourcesApi.cpp" line="+22"/>
        <source>The server&apos;s reply did not have the expected form: %1</source>
        <translation>Die Antwort des Servers hatte nicht die erwartete Form: %1</translation>
    </message>
    <message>
        <location filename="../../models/api/ReplyDecoders.h" line="+24"/>
        <source>a list was expected</source>
        <translation>eine Liste wurde erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the list has %1 items, and at most %2 are read from one reply</source>
        <translation>die Liste hat %1 Einträge, und aus einer Antwort werden höchstens %2 gelesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>item %1 of the list is not an object</source>
        <translation>Eintrag %1 der Liste ist kein Objekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>item %1 of the list: %2</source>
        <translation>Eintrag %1 der Liste: %2</translation>
    </message>
    <message>
        <location filename="../../models/api/ProviderResourcesApi.cpp" line="+198"/>
        <location filename="../../models/api/ReplyDecoders.cpp" line="+28"/>
        <location line="+18"/>
        <location filename="../../models/api/ReplyDecoders.h" line="+18"/>
        <source>an object was expected</source>
        <translation>ein Objekt wurde erwartet</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>The action &quot;%1&quot; is incomplete and was not sent.</source>
        <translation>Die Aktion „%1“ ist unvollständig und wurde nicht gesendet.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>an object or a list was expected</source>
        <translation>ein Objekt oder eine Liste wurde erwartet</translation>
    </message>
</context>
<context>
    <name>wpc::ReplyInterpreter</name>
    <message>
        <location filename="../../models/api/ReplyInterpreter.cpp" line="+42"/>
        <source>the server</source>
        <translation>dem Server</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+7"/>
        <source>The server did not answer in time. Check the connection and try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A secure connection to %1 could not be established: %2</source>
        <translation>Eine sichere Verbindung zu %1 konnte nicht hergestellt werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the server was closed before it answered.</source>
        <translation>Die Verbindung zum Server wurde geschlossen, bevor er geantwortet hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server redirected the request in a way that is not followed: %1</source>
        <translation>Der Server hat die Anfrage auf eine Weise umgeleitet, der nicht gefolgt wird: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+4"/>
        <source>The server rejected the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server rejected the request as invalid.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not accept the API token: %1</source>
        <translation>Der Server hat das API-Token nicht akzeptiert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept the API token.</source>
        <translation>Der Server hat das API-Token nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not have permission to do this: %1</source>
        <translation>Dazu fehlt Ihnen die Berechtigung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not have permission to do this.</source>
        <translation>Dazu fehlt Ihnen die Berechtigung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The resource was not found; it may have been deleted.</source>
        <translation>Die Ressource wurde nicht gefunden; möglicherweise wurde sie gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the action in the resource&apos;s current state: %1</source>
        <translation>Der Server hat die Aktion im aktuellen Zustand der Ressource abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the action in the resource&apos;s current state.</source>
        <translation>Der Server hat die Aktion im aktuellen Zustand der Ressource abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered with a redirect (HTTP %1) that was not followed.</source>
        <translation>Der Server hat mit einer Umleitung (HTTP %1) geantwortet, der nicht gefolgt wurde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server asked to slow down (HTTP 429); nothing was changed.</source>
        <translation>Der Server bittet darum, weniger Anfragen zu senden (HTTP 429); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asked to slow down (HTTP 429); nothing was changed: %1</source>
        <translation>Der Server bittet darum, weniger Anfragen zu senden (HTTP 429); es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server failed while handling the request (HTTP %1): %2</source>
        <translation>Beim Bearbeiten der Anfrage ist auf dem Server ein Fehler aufgetreten (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server failed while handling the request (HTTP %1).</source>
        <translation>Beim Bearbeiten der Anfrage ist auf dem Server ein Fehler aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered with the unexpected status HTTP %1: %2</source>
        <translation>Der Server hat mit dem unerwarteten Status HTTP %1 geantwortet: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server answered with the unexpected status HTTP %1.</source>
        <translation>Der Server hat mit dem unerwarteten Status HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server answered with a web page instead of data (HTTP %1). A proxy or gateway in front of Waldur may be failing.</source>
        <translation>Der Server hat statt Daten eine Webseite geliefert (HTTP %1). Möglicherweise gibt es ein Problem mit einem Proxy oder Gateway vor Waldur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered with a web page instead of data (HTTP %1, &quot;%2&quot;). A proxy or gateway in front of Waldur may be failing.</source>
        <translation>Der Server hat statt Daten eine Webseite geliefert (HTTP %1, „%2“). Möglicherweise gibt es ein Problem mit einem Proxy oder Gateway vor Waldur.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The server&apos;s reply was not read: %1</source>
        <translation>Die Antwort des Servers wurde nicht gelesen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its %1 header is %2 bytes long, and at most %3 are accepted</source>
        <translation>ihr Header %1 ist %2 Byte lang, und höchstens %3 werden angenommen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is larger than %1 MiB (%2 bytes sent or announced)</source>
        <translation>sie ist größer als %1 MiB (%2 Byte gesendet oder angekündigt)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>its JSON is nested deeper than %1 levels</source>
        <translation>ihr JSON ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its JSON holds more than %1 objects and arrays</source>
        <translation>ihr JSON enthält mehr als %1 Objekte und Arrays</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The server&apos;s reply could not be read: %1 at offset %2</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1 an Position %2</translation>
    </message>
</context>
<context>
    <name>wpc::ResourceAction</name>
    <message>
        <location filename="../../models/api/ResourceAction.cpp" line="+60"/>
        <source>Unknown action on resource %1</source>
        <translation>Unbekannte Aktion für Ressource %1</translation>
    </message>
</context>
<context>
    <name>wpc::ResourceActionsController</name>
    <message>
        <location filename="../../ui/actions/ResourceActionsController.cpp" line="+34"/>
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Provider actions</source>
        <translation>Anbieter-Aktionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staff actions</source>
        <translation>Staff-Aktionen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last bulk report…</source>
        <translation>Letzter Massenaktionsbericht…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+200"/>
        <source>No bulk action has run yet.</source>
        <translation>Es wurde noch keine Massenaktion ausgeführt.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Another action on this resource is still running.</source>
        <translation>Eine andere Aktion für diese Ressource läuft noch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 (%Ln selected)…</source>
        <translation>
            <numerusform>%1 (%Ln ausgewählt)…</numerusform>
            <numerusform>%1 (%Ln ausgewählt)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+94"/>
        <source>A bulk action is still running; start the next one when it has finished.</source>
        <translation>Eine Massenaktion läuft noch; starten Sie die nächste, wenn sie abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the report of the last bulk action again.</source>
        <translation>Den Bericht der letzten Massenaktion erneut anzeigen.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-358"/>
        <source>The change was made, but “%1” could not be read again: %2</source>
        <translation>Die Änderung wurde vorgenommen, aber „%1“ konnte nicht erneut gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+373"/>
        <source>“%1” no longer exists on the server; it was removed from the list.</source>
        <translation>„%1“ existiert auf dem Server nicht mehr und wurde aus der Liste entfernt.</translation>
    </message>
</context>
<context>
    <name>wpc::ResourceDetailsDialog</name>
    <message>
        <location filename="../../ui/ResourceDetailsDialog.cpp" line="+24"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resource %1</source>
        <translation>Ressource %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading the resource…</source>
        <translation>Lade die Ressource…</translation>
    </message>
</context>
<context>
    <name>wpc::ResourceDetailsPane</name>
    <message>
        <location filename="../../ui/details/ResourceDetailsPane.cpp" line="+43"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Load this resource&apos;s details again</source>
        <translation>Die Details dieser Ressource erneut laden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offering</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-resources</source>
        <translation>Unterressourcen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GLAuth</source>
        <translation>GLAuth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a resource</source>
        <translation>Wählen Sie eine Ressource aus</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · order in progress</source>
        <translation>%1 · Bestellung in Bearbeitung</translation>
    </message>
</context>
<context>
    <name>wpc::ResourceExport</name>
    <message>
        <location filename="../../models/export/ResourceExport.cpp" line="+21"/>
        <source>a list was expected</source>
        <translation>eine Liste wurde erwartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>item %1 of the list is not an object</source>
        <translation>Eintrag %1 der Liste ist kein Objekt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server&apos;s reply did not have the expected form: %1</source>
        <translation>Die Antwort des Servers hatte nicht die erwartete Form: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>wpc::ResourceTableModel</name>
    <message>
        <location filename="../../models/ResourceTableModel.cpp" line="+155"/>
        <source>The server cannot sort by %1.</source>
        <translation>Der Server kann nicht nach %1 sortieren.</translation>
    </message>
</context>
<context>
    <name>wpc::ResourceViews</name>
    <message>
        <location filename="../../ui/actions/ResourceViews.cpp" line="+21"/>
        <source>%1 of “%2”</source>
        <translation>%1 von „%2“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s answer is empty.</source>
        <translation>Die Antwort des Servers ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server has nothing of this kind for this resource.</source>
        <translation>Der Server hat nichts dieser Art für diese Ressource.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This operation has no view.</source>
        <translation>Für diese Operation gibt es keine Ansicht.</translation>
    </message>
</context>
<context>
    <name>wpc::SearchableComboBox</name>
    <message>
        <location filename="../../ui/widgets/SearchableComboBox.cpp" line="+23"/>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type to search by name</source>
        <translation>Zum Suchen nach Namen tippen</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nothing is called like “%1”.</source>
        <translation>Nichts heißt wie „%1“.</translation>
    </message>
</context>
<context>
    <name>wpc::SetBackendIdDialog</name>
    <message>
        <location filename="../../ui/actions/SetBackendIdDialog.cpp" line="+13"/>
        <source>Set backend ID of %1</source>
        <translation>Backend-ID von %1 setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID under which the backend knows %1. Pull and the site agent use it to find the resource.</source>
        <translation>Die ID, unter der das Backend %1 kennt. Das Abrufen vom Backend und der Site-Agent verwenden sie, um die Ressource zu finden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The resource has no backend ID now.</source>
        <translation>Die Ressource hat derzeit keine Backend-ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: “%1”.</source>
        <translation>Derzeit: „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set backend ID</source>
        <translation>Backend-ID setzen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A backend ID is required.</source>
        <translation>Eine Backend-ID ist erforderlich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backend ID has %1 characters; Waldur takes at most 255.</source>
        <translation>Die Backend-ID hat %1 Zeichen; Waldur akzeptiert höchstens 255.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is already the backend ID.</source>
        <translation>Dies ist bereits die Backend-ID.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set the backend ID of %1 to “%2”.</source>
        <translation>Backend-ID von %1 auf „%2“ gesetzt.</translation>
    </message>
</context>
<context>
    <name>wpc::SetErredDialog</name>
    <message>
        <location filename="../../ui/actions/SetErredDialog.cpp" line="+20"/>
        <source>Set %1 as erred</source>
        <translation>%1 als fehlerhaft markieren</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The %Ln selected resource(s) will be set to Erred. Users see the error message; fields left empty keep the texts each resource already has.</source>
        <translation>
            <numerusform>Die %Ln ausgewählte Ressource wird auf „Fehlerhaft“ gesetzt. Benutzer sehen die Fehlermeldung; leer gelassene Felder behalten die Texte, die die Ressource bereits hat.</numerusform>
            <numerusform>Die %Ln ausgewählten Ressourcen werden auf „Fehlerhaft“ gesetzt. Benutzer sehen die Fehlermeldung; leer gelassene Felder behalten die Texte, die jede Ressource bereits hat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (now %2) will be set to Erred. Users see the error message; fields left empty keep the texts the resource already has.</source>
        <translation>%1 (derzeit %2) wird auf „Fehlerhaft“ gesetzt. Benutzer sehen die Fehlermeldung; leer gelassene Felder behalten die Texte, die die Ressource bereits hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set as erred</source>
        <translation>Als fehlerhaft markieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Set %1 as erred.</source>
        <translation>%1 als fehlerhaft markiert.</translation>
    </message>
</context>
<context>
    <name>wpc::SetLimitsDialog</name>
    <message>
        <location filename="../../ui/actions/SetLimitsDialog.cpp" line="+52"/>
        <source>Set limits of %1</source>
        <translation>Limits von %1 setzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Limits of %1 (offering “%2”). Only limit-based components are listed; the values are whole numbers within each component&apos;s bounds.</source>
        <translation>Limits von %1 (Angebot „%2“). Nur limitbasierte Komponenten werden aufgeführt; die Werte sind ganze Zahlen innerhalb der Grenzen der jeweiligen Komponente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set limits</source>
        <translation>Limits setzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading the offering&apos;s components and the current limits…</source>
        <translation>Lade die Komponenten des Angebots und die aktuellen Limits…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+120"/>
        <location line="+200"/>
        <location line="+26"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>Between %1 and %2</source>
        <translation>Zwischen %1 und %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no maximum</source>
        <translation>kein Maximum</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+226"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location line="-228"/>
        <location line="+20"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <location line="-182"/>
        <source>Limits of the %Ln selected resource(s). Only the limit-based components that all their offerings have are listed, each within the tightest bounds of those offerings. Tick the ones to change; the others stay as each resource has them.</source>
        <translation>
            <numerusform>Limits der %Ln ausgewählten Ressource. Nur die limitbasierten Komponenten, die alle zugehörigen Angebote haben, werden aufgeführt, jeweils innerhalb der engsten Grenzen dieser Angebote. Haken Sie die zu ändernden an; die übrigen bleiben, wie sie bei der Ressource sind.</numerusform>
            <numerusform>Limits der %Ln ausgewählten Ressourcen. Nur die limitbasierten Komponenten, die alle zugehörigen Angebote haben, werden aufgeführt, jeweils innerhalb der engsten Grenzen dieser Angebote. Haken Sie die zu ändernden an; die übrigen bleiben, wie sie bei jeder Ressource sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Offerings</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The offerings of the selected resources have no limit-based component in common.</source>
        <translation>Die Angebote der ausgewählten Ressourcen haben keine gemeinsame limitbasierte Komponente.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Tick to change this limit on every selected resource.</source>
        <translation>Anhaken, um dieses Limit bei allen ausgewählten Ressourcen zu ändern.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Below the current usage of %1.</source>
        <translation>Unter der aktuellen Nutzung von %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is already using %2, more than the new limit of %3</source>
        <translation>%1 nutzt bereits %2, mehr als das neue Limit von %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Will change: %1.</source>
        <translation>Wird geändert: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: %1. The resource will be over its limit.</source>
        <translation>Warnung: %1. Die Ressource wird über ihrem Limit liegen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The components are not loaded yet.</source>
        <translation>Die Komponenten sind noch nicht geladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected resources&apos; offerings have no limit-based component in common.</source>
        <translation>Die Angebote der ausgewählten Ressourcen haben keine gemeinsame limitbasierte Komponente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The offering has no limit-based components.</source>
        <translation>Das Angebot hat keine limitbasierten Komponenten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 is below the offering&apos;s minimum of %3.</source>
        <translation>%1: %2 liegt unter dem Minimum des Angebots von %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is above the offering&apos;s maximum of %3.</source>
        <translation>%1: %2 liegt über dem Maximum des Angebots von %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No limit has been changed.</source>
        <translation>Es wurde kein Limit geändert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tick the limits to change.</source>
        <translation>Haken Sie die zu ändernden Limits an.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Reading the offerings and the current limits of %Ln resource(s)…</source>
        <translation>
            <numerusform>Lese die Angebote und aktuellen Limits von %Ln Ressource…</numerusform>
            <numerusform>Lese die Angebote und aktuellen Limits von %Ln Ressourcen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading the current limits: %1 of %2…</source>
        <translation>Lese die aktuellen Limits: %1 von %2…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>varies</source>
        <translation>unterschiedlich</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Already has these limits.</source>
        <translation>Hat bereits diese Limits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Updated the limits of %1: %2.</source>
        <translation>Limits von %1 aktualisiert: %2.</translation>
    </message>
</context>
<context>
    <name>wpc::SetSlugDialog</name>
    <message>
        <location filename="../../ui/actions/SetSlugDialog.cpp" line="+15"/>
        <source>Set slug of %1</source>
        <translation>Slug von %1 setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slug is the short, URL-safe name of %1.</source>
        <translation>Der Slug ist der kurze, URL-sichere Name von %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters, digits, hyphens and underscores; 1 to %1 characters.</source>
        <translation>Buchstaben, Ziffern, Bindestriche und Unterstriche; 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set slug</source>
        <translation>Slug setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the current slug…</source>
        <translation>Lade den aktuellen Slug…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A slug is required.</source>
        <translation>Ein Slug ist erforderlich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A slug has at most %1 characters.</source>
        <translation>Ein Slug hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only letters, digits, hyphens and underscores are allowed.</source>
        <translation>Nur Buchstaben, Ziffern, Bindestriche und Unterstriche sind erlaubt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The current slug is not loaded yet.</source>
        <translation>Der aktuelle Slug ist noch nicht geladen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is already the slug.</source>
        <translation>Dies ist bereits der Slug.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set the slug of %1 to “%2”.</source>
        <translation>Slug von %1 auf „%2“ gesetzt.</translation>
    </message>
</context>
<context>
    <name>wpc::ShortcutsDialog</name>
    <message>
        <location filename="../../ui/ShortcutsDialog.cpp" line="+52"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the table and fields</source>
        <translation>In der Tabelle und in Feldern</translation>
    </message>
</context>
<context>
    <name>wpc::SignInPrompt</name>
    <message>
        <location filename="../../ui/connect/SignInPrompt.cpp" line="+25"/>
        <source>Sign in again to %1</source>
        <translation>Erneut bei %1 anmelden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not accept the token of %2: %3

Enter a new token to go on. The console waits: what was loading is loaded afterwards, a bulk run goes on, and open dialogs keep what you typed.</source>
        <translation>%1 akzeptiert das Token von %2 nicht: %3

Geben Sie ein neues Token ein, um fortzufahren. Die Konsole wartet: Was gerade geladen wurde, wird danach geladen, eine laufende Massenaktion wird fortgesetzt, und offene Dialoge behalten Ihre Eingaben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer</source>
        <translation>Bearer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste the new token</source>
        <translation>Neues Token einfügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token &amp;kind:</source>
        <translation>Token-&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking the token…</source>
        <translation>Prüfe das Token…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paste the new token first.</source>
        <translation>Fügen Sie zuerst das neue Token ein.</translation>
    </message>
</context>
<context>
    <name>wpc::StateFilterButton</name>
    <message>
        <location filename="../../ui/StateFilterButton.cpp" line="+30"/>
        <source>Show resources in these states</source>
        <translation>Ressourcen in diesen Status anzeigen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>only</source>
        <translation>nur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only %1 resources</source>
        <translation>Nur Ressourcen im Status %1 anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+77"/>
        <source>States %1/%2</source>
        <translation>Status %1/%2</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+1"/>
        <location line="+72"/>
        <source>States: all active</source>
        <translation>Status: alle aktiven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No state chosen: close to keep the previous choice</source>
        <translation>Kein Status gewählt: Schließen, um die vorherige Auswahl beizubehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
</context>
<context>
    <name>wpc::SubmitReportDialog</name>
    <message>
        <location filename="../../ui/actions/SubmitReportDialog.cpp" line="+15"/>
        <source>Submit a report for %1</source>
        <translation>Bericht für %1 einreichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report replaces the one %1 has. Each section needs a header and a body.</source>
        <translation>Der Bericht ersetzt den bisherigen Bericht von %1. Jeder Abschnitt braucht eine Überschrift und einen Text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit report</source>
        <translation>Bericht einreichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading the current report…</source>
        <translation>Lade den aktuellen Bericht…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1. (no header yet)</source>
        <translation>%1. (noch keine Überschrift)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The current report is not loaded yet.</source>
        <translation>Der aktuelle Bericht ist noch nicht geladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A report needs at least one section.</source>
        <translation>Ein Bericht braucht mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Section %1 needs a header.</source>
        <translation>Abschnitt %1 braucht eine Überschrift.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Section %1 needs a body.</source>
        <translation>Abschnitt %1 braucht einen Text.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Submitted a report of %n section(s) for %1.</source>
        <translation>
            <numerusform>Bericht mit %n Abschnitt für %1 eingereicht.</numerusform>
            <numerusform>Bericht mit %n Abschnitten für %1 eingereicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wpc::SubresourcesTab</name>
    <message>
        <location filename="../../ui/details/SubresourcesTab.cpp" line="+22"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offering UUID</source>
        <translation>Angebots-UUID</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No sub-resource offerings for this resource.</source>
        <translation>Keine Unterressourcen-Angebote für diese Ressource.</translation>
    </message>
</context>
<context>
    <name>wpc::TargetCollector</name>
    <message>
        <location filename="../../models/actions/TargetCollector.cpp" line="+44"/>
        <source>Page %1 of the matching resources could not be read: %2</source>
        <translation>Seite %1 der passenden Ressourcen konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>wpc::TeamMember</name>
    <message>
        <location filename="../../models/domain/Entities.cpp" line="+25"/>
        <location line="+6"/>
        <source>Project administrator</source>
        <translation>Projektadministrator</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Project manager</source>
        <translation>Projektmanager</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Project member</source>
        <translation>Projektmitglied</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Organization owner</source>
        <translation>Organisationsinhaber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization manager</source>
        <translation>Organisationsmanager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization support</source>
        <translation>Organisationssupport</translation>
    </message>
</context>
<context>
    <name>wpc::TeamTab</name>
    <message>
        <location filename="../../ui/details/TeamTab.cpp" line="+23"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offering username</source>
        <translation>Benutzername im Angebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offering user state</source>
        <translation>Status des Angebotsbenutzers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nobody in this resource&apos;s project.</source>
        <translation>Niemand im Projekt dieser Ressource.</translation>
    </message>
</context>
<context>
    <name>wpc::TerminateDialog</name>
    <message>
        <location filename="../../ui/actions/TerminateDialog.cpp" line="+17"/>
        <source>Terminate %1</source>
        <translation>%1 beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminate resource %1 from project “%2” (%3)?</source>
        <translation>Ressource %1 aus Projekt „%2“ (%3) beenden?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A termination order is created. The resource becomes Terminating and is terminated in the backend when the order is processed; this cannot be undone.</source>
        <translation>Es wird eine Beendigungsbestellung erstellt. Die Ressource wechselt in den Status „Wird beendet“ und wird im Backend beendet, sobald die Bestellung bearbeitet wird; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Terminate</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The attributes are not valid JSON: %1 (at character %2).</source>
        <translation>Die Attribute sind kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attributes must be a JSON object: {&quot;name&quot;: value, …}.</source>
        <translation>Die Attribute müssen ein JSON-Objekt sein: {&quot;name&quot;: value, …}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Requested the termination of %1.</source>
        <translation>Beendigung von %1 angefordert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested the termination of %1: order %2 was created.</source>
        <translation>Beendigung von %1 angefordert: Bestellung %2 wurde erstellt.</translation>
    </message>
</context>
<context>
    <name>wpc::TlsPolicy</name>
    <message>
        <location filename="../../models/api/TlsPolicy.cpp" line="+22"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no host name</source>
        <translation>kein Hostname</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The server&apos;s certificate was refused.</source>
        <translation>Das Zertifikat des Servers wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate has changed since it was trusted for this profile.</source>
        <translation>Das Zertifikat des Servers hat sich geändert, seit ihm für dieses Profil vertraut wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is not for %1.</source>
        <translation>Das Zertifikat des Servers gilt nicht für %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is not trusted: it is self-signed or its issuer is unknown.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: Es ist selbstsigniert oder sein Aussteller ist unbekannt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>Das Zertifikat des Servers wurde abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject: %1</source>
        <translation>Antragsteller: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from: %1</source>
        <translation>Gültig ab: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until: %1</source>
        <translation>Gültig bis: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The CA bundle %1 cannot be read: %2.</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The CA bundle %1 holds no certificate (a PEM or DER file is expected).</source>
        <translation>Das CA-Bundle %1 enthält kein Zertifikat (erwartet wird eine PEM- oder DER-Datei).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The pinned certificate for this profile has changed.</source>
        <translation>Das für dieses Profil fest hinterlegte Zertifikat hat sich geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The certificate has expired (on %1).</source>
        <translation>Das Zertifikat ist abgelaufen (am %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate is not valid before %1.</source>
        <translation>Das Zertifikat ist erst ab %1 gültig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate is for %1, not %2.</source>
        <translation>Das Zertifikat gilt für %1, nicht für %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The certificate was not issued by an authority this computer trusts (self-signed or unknown issuer).</source>
        <translation>Das Zertifikat wurde nicht von einer Stelle ausgestellt, der dieser Computer vertraut (selbstsigniert oder unbekannter Aussteller).</translation>
    </message>
</context>
<context>
    <name>wpc::TypedNumbers</name>
    <message>
        <location filename="../../ui/widgets/TypedNumbers.cpp" line="+51"/>
        <source>%1 is empty: type a number.</source>
        <translation>%1 ist leer: Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: „%2“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>wpc::UndoDialog</name>
    <message>
        <location filename="../../ui/journal/UndoDialog.cpp" line="+28"/>
        <source>Will be undone</source>
        <translation>Wird rückgängig gemacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since</source>
        <translation>Seitdem geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gone</source>
        <translation>Nicht mehr vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot be undone</source>
        <translation>Nicht umkehrbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not read</source>
        <translation>Nicht gelesen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo changes</source>
        <translation>Änderungen rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Reading %n resource(s) again to find changes made since…</source>
        <translation>
            <numerusform>%n Ressource wird erneut gelesen, um seitdem vorgenommene Änderungen zu finden…</numerusform>
            <numerusform>%n Ressourcen werden erneut gelesen, um seitdem vorgenommene Änderungen zu finden…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo sends</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the resources again…</source>
        <translation>Die Ressourcen werden erneut gelesen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled: waiting for the answers to the requests already sent…</source>
        <translation>Abgebrochen: Warte auf die Antworten auf die bereits gesendeten Anfragen…</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Overwrite the %n change(s) made since</source>
        <translation>
            <numerusform>Die %n seitdem vorgenommene Änderung überschreiben</numerusform>
            <numerusform>Die %n seitdem vorgenommenen Änderungen überschreiben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n change(s) will be undone</source>
        <translation>
            <numerusform>%n Änderung wird rückgängig gemacht</numerusform>
            <numerusform>%n Änderungen werden rückgängig gemacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n will not (see why below)</source>
        <translation>
            <numerusform>; %n wird nicht rückgängig gemacht (Grund siehe unten)</numerusform>
            <numerusform>; %n werden nicht rückgängig gemacht (Gründe siehe unten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each goes through the same path as any change, and is journaled as an undo that can itself be undone.</source>
        <translation>Jede durchläuft denselben Weg wie jede andere Änderung und wird als Rückgängigmachung protokolliert, die selbst wieder rückgängig gemacht werden kann.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Undo %n change(s)</source>
        <translation>
            <numerusform>%n Änderung rückgängig machen</numerusform>
            <numerusform>%n Änderungen rückgängig machen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing here can be undone.</source>
        <translation>Hier kann nichts rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Undoing… %1 of %2 done</source>
        <translation>Wird rückgängig gemacht… %1 von %2 erledigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undone: %1. Failed: %2. No answer: %3. Not sent: %4.</source>
        <translation>Rückgängig gemacht: %1. Fehlgeschlagen: %2. Keine Antwort: %3. Nicht gesendet: %4.</translation>
    </message>
</context>
<context>
    <name>wpc::UndoPlan</name>
    <message>
        <location filename="../../models/actions/UndoPlan.cpp" line="+35"/>
        <source>This console does not know the operation “%1”.</source>
        <translation>Diese Konsole kennt die Operation „%1“ nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Setting a resource as erred cannot be undone: its earlier error message and traceback are not kept. Use Set as OK once it is fine again.</source>
        <translation>Das Markieren einer Ressource als fehlerhaft kann nicht rückgängig gemacht werden: Ihre frühere Fehlermeldung und ihr Traceback werden nicht aufbewahrt. Verwenden Sie „Als OK markieren“, sobald sie wieder in Ordnung ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options cannot be undone: Waldur merges the options sent into the resource&apos;s, so an option the change added would stay.</source>
        <translation>Optionen können nicht rückgängig gemacht werden: Waldur führt die gesendeten Optionen mit denen der Ressource zusammen, sodass eine durch die Änderung hinzugefügte Option bestehen bliebe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” cannot be undone.</source>
        <translation>„%1“ kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a change that was made can be undone; this one is “%1”.</source>
        <translation>Nur eine durchgeführte Änderung kann rückgängig gemacht werden; diese hat das Ergebnis „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its earlier value of “%1” was not recorded, so it cannot be restored.</source>
        <translation>Der frühere Wert von „%1“ wurde nicht aufgezeichnet und kann daher nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its earlier project was not recorded, so it cannot be moved back.</source>
        <translation>Das frühere Projekt wurde nicht aufgezeichnet, daher kann die Ressource nicht zurückverschoben werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It sent nothing that could be restored.</source>
        <translation>Die Änderung hat nichts gesendet, was wiederhergestellt werden könnte.</translation>
    </message>
</context>
<context>
    <name>wpc::UndoPlanner</name>
    <message>
        <location line="+23"/>
        <source>Undone with the later change of it to this resource: back to the value before this one.</source>
        <translation>Wird mit der späteren Änderung dieser Ressource rückgängig gemacht: zurück auf den Wert vor dieser Änderung.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changes of different operations are undone one operation at a time.</source>
        <translation>Änderungen verschiedener Operationen werden Operation für Operation rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The resource no longer exists.</source>
        <translation>Die Ressource existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It could not be read again: %1</source>
        <translation>Sie konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changed since: now %1.</source>
        <translation>Seitdem geändert: jetzt %1.</translation>
    </message>
</context>
<context>
    <name>wpc::UnlinkDialog</name>
    <message>
        <location filename="../../ui/actions/UnlinkDialog.cpp" line="+15"/>
        <source>Unlink %1</source>
        <translation>Verknüpfung von %1 lösen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlink %1 from project “%2” (%3)?</source>
        <translation>Verknüpfung von %1 in Projekt „%2“ (%3) lösen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlinking only deletes Waldur&apos;s record of the resource. Nothing is cleaned up in the backend: the VM, allocation or share keeps running and is no longer tracked or billed. It is meant for resources stuck in a transitional state.</source>
        <translation>Das Lösen der Verknüpfung löscht nur den Datensatz der Ressource in Waldur. Im Backend wird nichts bereinigt: Die VM, Zuteilung oder Freigabe läuft weiter und wird nicht mehr verfolgt oder abgerechnet. Dies ist für Ressourcen gedacht, die in einem Übergangszustand festhängen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the resource&apos;s name, %1, to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Namen der Ressource (%1) ein:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type the resource&apos;s name exactly to confirm.</source>
        <translation>Geben Sie zur Bestätigung den Namen der Ressource exakt ein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlinked %1: its record was deleted from Waldur; nothing was cleaned up in the backend.</source>
        <translation>Verknüpfung von %1 gelöst: Der Datensatz wurde aus Waldur gelöscht; im Backend wurde nichts bereinigt.</translation>
    </message>
</context>
<context>
    <name>wpc::UpdateOptionsDialog</name>
    <message>
        <location filename="../../ui/actions/UpdateOptionsDialog.cpp" line="+26"/>
        <source>Update options of %1 directly</source>
        <translation>Optionen von %1 direkt aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directly, without an order</source>
        <translation>Direkt, ohne Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new values are recorded at once. No order is created and nothing is changed in the backend: use this to correct what Waldur records.</source>
        <translation>Die neuen Werte werden sofort gespeichert. Es wird keine Bestellung erstellt und im Backend wird nichts geändert: Verwenden Sie dies, um die in Waldur gespeicherten Angaben zu korrigieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update options of %1 through an order</source>
        <translation>Optionen von %1 über eine Bestellung aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through an order</source>
        <translation>Über eine Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new values are submitted as a change of the resource; the backend applies them. Only changed values are sent.</source>
        <translation>Die neuen Werte werden als Änderung der Ressource übermittelt; das Backend wendet sie an. Nur geänderte Werte werden gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update directly</source>
        <translation>Direkt aktualisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submit change</source>
        <translation>Änderung übermitteln</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the offering&apos;s options…</source>
        <translation>Lade die Optionen des Angebots…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This offering creates an update order for option changes; the backend applies them when the order is processed.</source>
        <translation>Dieses Angebot erstellt für Optionsänderungen eine Änderungsbestellung; das Backend wendet sie an, wenn die Bestellung bearbeitet wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This offering records option changes without an order; the backend picks them up on its next sync.</source>
        <translation>Dieses Angebot speichert Optionsänderungen ohne Bestellung; das Backend übernimmt sie beim nächsten Abgleich.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The options are not loaded yet.</source>
        <translation>Die Optionen sind noch nicht geladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This offering defines no resource options.</source>
        <translation>Dieses Angebot definiert keine Ressourcenoptionen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No option has been changed.</source>
        <translation>Es wurde keine Option geändert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Updated the options of %1 directly.</source>
        <translation>Optionen von %1 direkt aktualisiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submitted new options for %1: order %2 was created.</source>
        <translation>Neue Optionen für %1 übermittelt: Bestellung %2 wurde erstellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted new options for %1.</source>
        <translation>Neue Optionen für %1 übermittelt.</translation>
    </message>
</context>
<context>
    <name>wpc::UsageCsv</name>
    <message>
        <location filename="../../ui/details/UsageCsv.cpp" line="+47"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>wpc::UsageTab</name>
    <message>
        <location filename="../../ui/details/UsageTab.cpp" line="+230"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No plan periods for this resource.</source>
        <translation>Keine Planzeiträume für diese Ressource.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No usage reported for this resource this month.</source>
        <translation>Für diese Ressource wurde in diesem Monat keine Nutzung gemeldet.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Export usage as CSV</source>
        <translation>Nutzung als CSV exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usage-%1.csv</source>
        <translation>nutzung-%1.csv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>wpc::ViewCounter</name>
    <message>
        <location filename="../../models/views/ViewCounter.cpp" line="+64"/>
        <source>The server sent no X-Result-Count.</source>
        <translation>Der Server hat kein X-Result-Count gesendet.</translation>
    </message>
</context>
<context>
    <name>wpc::ViewNameDialog</name>
    <message>
        <location filename="../../ui/views/ViewNameDialog.cpp" line="+31"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>wpc::ViewsPanel</name>
    <message>
        <location filename="../../ui/views/ViewsPanel.cpp" line="+25"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Views</source>
        <translation>&amp;Ansichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save view…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+98"/>
        <source>&amp;Update view</source>
        <translation>Ansicht &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>&amp;Rename view…</source>
        <translation>Ansicht &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete view…</source>
        <translation>Ansicht &amp;löschen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Views &amp;panel</source>
        <translation>Ansichten-&amp;Leiste</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not count: %1</source>
        <translation>Zählen nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep the current filters, search, sort and columns under a name</source>
        <translation>Die aktuellen Filter, Suche, Sortierung und Spalten unter einem Namen behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Built in: %1</source>
        <translation>Eingebaut: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Update “%1”</source>
        <translation>„%1“ &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a view of your own first; built-in views stay as they are</source>
        <translation>Öffnen Sie zuerst eine eigene Ansicht; eingebaute Ansichten bleiben, wie sie sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the current filters and columns in the open view</source>
        <translation>Die aktuellen Filter und Spalten in der geöffneten Ansicht behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the open view another name</source>
        <translation>Der geöffneten Ansicht einen anderen Namen geben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the open view; the resources stay as they are</source>
        <translation>Die geöffnete Ansicht löschen; die Ressourcen bleiben, wie sie sind</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 now; %2 when you last opened it</source>
        <translation>%1 jetzt; %2 beim letzten Öffnen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln resource(s)</source>
        <translation>
            <numerusform>%Ln Ressource</numerusform>
            <numerusform>%Ln Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Rename view</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+3"/>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete the view “%1”? The resources stay as they are.</source>
        <translation>Die Ansicht „%1“ löschen? Die Ressourcen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Update with the current filters</source>
        <translation>Mit den aktuellen Filtern &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
</TS>
