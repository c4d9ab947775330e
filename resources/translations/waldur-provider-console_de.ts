<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/AboutDialog.ui" line="+6"/>
        <source>About Waldur Provider Console</source>
        <translation>Über Waldur Provider Console</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copyright © Waldur Provider Console contributors</source>
        <translation>Copyright © Mitwirkende an der Waldur Provider Console</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/ConnectDialog.ui" line="+6"/>
        <source>Connect to Waldur</source>
        <translation>Mit Waldur verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the address of your Waldur server and an API token of a service-provider or staff account. The token is kept in memory only.</source>
        <translation>Geben Sie die Adresse Ihres Waldur-Servers und ein API-Token eines Anbieter- oder Staff-Kontos ein. Das Token wird nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://waldur.example.com</source>
        <translation>https://waldur.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
</context>
<context>
    <name>JsonTree</name>
    <message>
        <location filename="../../ui/JsonTree.cpp" line="+44"/>
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
    <name>ResourceColumns</name>
    <message>
        <location filename="../../models/ResourceColumns.cpp" line="+19"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
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
</context>
<context>
    <name>ResourceState</name>
    <message>
        <location filename="../../models/domain/Resource.cpp" line="+20"/>
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
    <name>wpc::AboutDialog</name>
    <message>
        <location filename="../../ui/AboutDialog.cpp" line="+27"/>
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
        <location line="+1"/>
        <source>Released under the &lt;a href=&quot;%1&quot;&gt;MIT License&lt;/a&gt;.</source>
        <translation>Veröffentlicht unter der &lt;a href="%1"&gt;MIT-Lizenz&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>wpc::ApiClient</name>
    <message>
        <location filename="../../models/api/ApiClient.cpp" line="+105"/>
        <source>The server redirected the request to another site (%1). The request was stopped and the API token was not sent there.</source>
        <translation>Der Server hat die Anfrage an eine andere Website umgeleitet (%1). Die Anfrage wurde abgebrochen, und das API-Token wurde nicht dorthin gesendet.</translation>
    </message>
    <message>
        <location line="+314"/>
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
        <location filename="../../app/Application.cpp" line="+51"/>
        <source>The demo simulator could not start: %1</source>
        <translation>Der Demo-Simulator konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Nothing was loaded within %1 seconds.</source>
        <translation>Innerhalb von %1 Sekunden wurde nichts geladen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write the screenshot to &quot;%1&quot;.</source>
        <translation>Das Bildschirmfoto konnte nicht nach „%1“ geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>wpc::CommandLine</name>
    <message>
        <location filename="../../app/CommandLine.cpp" line="+32"/>
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
        <source>Save a PNG of the window once the first page is shown, then exit (1 if loading failed).</source>
        <translation>Ein PNG des Fensters speichern, sobald die erste Seite angezeigt wird, und dann beenden (1, wenn das Laden fehlschlug).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use either --demo or --url, not both.</source>
        <translation>Verwenden Sie entweder --demo oder --url, nicht beides.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save a screenshot to &quot;%1&quot;: the folder does not exist.</source>
        <translation>Bildschirmfoto kann nicht nach „%1“ gespeichert werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <message>
        <location line="+6"/>
        <source>--screenshot needs --demo or --url.</source>
        <translation>--screenshot erfordert --demo oder --url.</translation>
    </message>
</context>
<context>
    <name>wpc::ConnectDialog</name>
    <message>
        <location filename="../../ui/ConnectDialog.cpp" line="+45"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
</context>
<context>
    <name>wpc::ErrorBanner</name>
    <message>
        <location filename="../../ui/ErrorBanner.cpp" line="+16"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>wpc::FilterBar</name>
    <message>
        <location filename="../../ui/FilterBar.cpp" line="+50"/>
        <source>Include terminated</source>
        <translation>Beendete einbeziehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused: any</source>
        <translation>Pausiert: alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not paused</source>
        <translation>Nicht pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downscaled: any</source>
        <translation>Herunterskaliert: alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Downscaled</source>
        <translation>Herunterskaliert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not downscaled</source>
        <translation>Nicht herunterskaliert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access: any</source>
        <translation>Zugriff: alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not restricted</source>
        <translation>Nicht eingeschränkt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show resources in these states</source>
        <translation>Ressourcen in diesen Zuständen anzeigen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Also list resources whose termination has finished</source>
        <translation>Auch Ressourcen auflisten, deren Beendigung abgeschlossen ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All offerings</source>
        <translation>Alle Angebote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search name, slug, UUID or backend ID</source>
        <translation>Name, Slug, UUID oder Backend-ID suchen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>States: all active</source>
        <translation>Zustände: alle aktiven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>States: none</source>
        <translation>Zustände: keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>States: %1</source>
        <translation>Zustände: %1</translation>
    </message>
</context>
<context>
    <name>wpc::JsonReader</name>
    <message>
        <location filename="../../models/domain/Entities.cpp" line="+35"/>
        <location filename="../../models/domain/Offering.cpp" line="+12"/>
        <source>field &quot;%1&quot; should be an object</source>
        <translation>Feld „%1“ sollte ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../../models/domain/JsonReader.cpp" line="+86"/>
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
    <name>wpc::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+37"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waldur Provider Console — %1 [DEMO]</source>
        <translation>Waldur Provider Console — %1 [DEMO]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waldur Provider Console — %1</source>
        <translation>Waldur Provider Console — %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the list again from the server (F5)</source>
        <translation>Die Liste erneut vom Server laden (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load all</source>
        <translation>Alle laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load every matching resource instead of a page at a time</source>
        <translation>Alle passenden Ressourcen laden statt seitenweise</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show every field of the selected resource (Ctrl+I, or double-click a row)</source>
        <translation>Alle Felder der ausgewählten Ressource anzeigen (Strg+I oder Doppelklick auf eine Zeile)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Signed-in user unknown</source>
        <translation>Angemeldeter Benutzer unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+57"/>
        <source>Loading %v of %m</source>
        <translation>Lade %v von %m</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 resources</source>
        <translation>%1 von %2 Ressourcen</translation>
    </message>
</context>
<context>
    <name>wpc::ProviderResourcesApi</name>
    <message>
        <location filename="../../models/api/ProviderResourcesApi.cpp" line="+20"/>
        <source>The server&apos;s reply did not have the expected form: %1</source>
        <translation>Die Antwort des Servers hatte nicht die erwartete Form: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a list was expected</source>
        <translation>eine Liste wurde erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>item %1 of the list is not an object</source>
        <translation>Eintrag %1 der Liste ist kein Objekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>item %1 of the list: %2</source>
        <translation>Eintrag %1 der Liste: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+42"/>
        <location line="+62"/>
        <location line="+50"/>
        <source>an object was expected</source>
        <translation>ein Objekt wurde erwartet</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The action &quot;%1&quot; is incomplete and was not sent.</source>
        <translation>Die Aktion „%1“ ist unvollständig und wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>wpc::ReplyInterpreter</name>
    <message>
        <location filename="../../models/api/ReplyInterpreter.cpp" line="+34"/>
        <source>the server</source>
        <translation>dem Server</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+5"/>
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
        <location line="+6"/>
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
        <location line="+3"/>
        <source>The server did not accept the API token (%1). Check the token in the connection settings.</source>
        <translation>Der Server hat das API-Token nicht akzeptiert (%1). Prüfen Sie das Token in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not accept the API token. Check the token in the connection settings.</source>
        <translation>Der Server hat das API-Token nicht akzeptiert. Prüfen Sie das Token in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+8"/>
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
        <location line="+181"/>
        <source>The server&apos;s reply could not be read: %1 at offset %2</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1 an Position %2</translation>
    </message>
</context>
<context>
    <name>wpc::ResourceAction</name>
    <message>
        <location filename="../../models/api/ResourceAction.cpp" line="+113"/>
        <source>Edit resource %1</source>
        <translation>Ressource %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull resource %1 from its backend</source>
        <translation>Ressource %1 von ihrem Backend abrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink resource %1</source>
        <translation>Verknüpfung von Ressource %1 lösen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update options of resource %1</source>
        <translation>Optionen von Ressource %1 aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update options of resource %1 directly</source>
        <translation>Optionen von Ressource %1 direkt aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move resource %1 to another project</source>
        <translation>Ressource %1 in ein anderes Projekt verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the last sync time of resource %1</source>
        <translation>Zeitpunkt des letzten Abgleichs von Ressource %1 aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark resource %1 as erred</source>
        <translation>Ressource %1 als fehlerhaft markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark resource %1 as OK</source>
        <translation>Ressource %1 als OK markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the backend ID of resource %1 to &quot;%2&quot;</source>
        <translation>Backend-ID von Ressource %1 auf „%2“ setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the backend metadata of resource %1</source>
        <translation>Backend-Metadaten von Ressource %1 setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downscale resource %1</source>
        <translation>Ressource %1 herunterskalieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop downscaling resource %1</source>
        <translation>Herunterskalierung von Ressource %1 aufheben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause resource %1</source>
        <translation>Ressource %1 pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume resource %1</source>
        <translation>Ressource %1 fortsetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restrict member access to resource %1</source>
        <translation>Mitgliederzugriff auf Ressource %1 einschränken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow member access to resource %1</source>
        <translation>Mitgliederzugriff auf Ressource %1 erlauben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the end date of resource %1 to %2</source>
        <translation>Enddatum von Ressource %1 auf %2 setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the end date of resource %1</source>
        <translation>Enddatum von Ressource %1 entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the limits of resource %1</source>
        <translation>Limits von Ressource %1 setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the slug of resource %1 to &quot;%2&quot;</source>
        <translation>Slug von Ressource %1 auf „%2“ setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit a report for resource %1</source>
        <translation>Bericht für Ressource %1 einreichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminate resource %1</source>
        <translation>Ressource %1 beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown action on resource %1</source>
        <translation>Unbekannte Aktion für Ressource %1</translation>
    </message>
</context>
<context>
    <name>wpc::ResourceDetailsDialog</name>
    <message>
        <location filename="../../ui/ResourceDetailsDialog.cpp" line="+23"/>
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
    <name>wpc::ResourceTableModel</name>
    <message>
        <location filename="../../models/ResourceTableModel.cpp" line="+60"/>
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
    <message>
        <location line="+63"/>
        <source>The server cannot sort by %1.</source>
        <translation>Der Server kann nicht nach %1 sortieren.</translation>
    </message>
</context>
</TS>
