<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Keeping the superuser&apos;s {kind} in {store}…</source>
        <translation>Die Anmeldedaten des Superusers ({kind}) werden in {store} abgelegt…</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>{path} wird geschrieben…</translation>
    </message>
    <message>
        <source>The configuration could not be written to {path}: {error}. Check that the folder is writable.</source>
        <translation>Die Konfiguration konnte nicht nach {path} geschrieben werden: {error}. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Starting the service of the {adapter}…</source>
        <translation>Der Dienst wird gestartet ({adapter})…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Office 365</source>
        <translation>Office 365</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an email address. Enter one like alice@example.com.</source>
        <translation>„{value}“ ist keine E-Mail-Adresse. Geben Sie eine wie alice@example.com ein.</translation>
    </message>
    <message>
        <source>the answer is not XML</source>
        <translation>die Antwort ist kein XML</translation>
    </message>
    <message>
        <source>the answer declares a document type, which Autodiscover never does; it was not read</source>
        <translation>die Antwort deklariert einen Dokumenttyp, was Autodiscover nie tut; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>the answer is not well-formed XML ({error})</source>
        <translation>die Antwort ist kein wohlgeformtes XML ({error})</translation>
    </message>
    <message>
        <source>the answer is XML but not Autodiscover (&lt;{tag}&gt;)</source>
        <translation>die Antwort ist XML, aber kein Autodiscover (&lt;{tag}&gt;)</translation>
    </message>
    <message>
        <source>no answer from the name server within {seconds:g} s</source>
        <translation>keine Antwort vom Nameserver innerhalb von {seconds:g} s</translation>
    </message>
    <message>
        <source>this computer has no name server configured</source>
        <translation>auf diesem Computer ist kein Nameserver eingerichtet</translation>
    </message>
    <message>
        <source>no record (the name does not exist)</source>
        <translation>kein Eintrag (der Name existiert nicht)</translation>
    </message>
    <message>
        <source>no SRV record</source>
        <translation>kein SRV-Eintrag</translation>
    </message>
    <message>
        <source>no name server gave a usable answer</source>
        <translation>kein Nameserver gab eine brauchbare Antwort</translation>
    </message>
    <message>
        <source>the lookup failed: {error}</source>
        <translation>die Abfrage schlug fehl: {error}</translation>
    </message>
    <message>
        <source>gave up after {count} redirections</source>
        <translation>nach {count} Weiterleitungen aufgegeben</translation>
    </message>
    <message>
        <source>Known providers (Office 365, Google)</source>
        <translation>Bekannte Anbieter (Office 365, Google)</translation>
    </message>
    <message>
        <source>{domain} is not one of their domains</source>
        <translation>{domain} gehört nicht zu deren Domänen</translation>
    </message>
    <message>
        <source>{provider} preset</source>
        <translation>Voreinstellung {provider}</translation>
    </message>
    <message>
        <source>DNS SRV {name}</source>
        <translation>DNS-SRV {name}</translation>
    </message>
    <message>
        <source>the domain says it does not offer this service (target &apos;.&apos;)</source>
        <translation>die Domäne gibt an, diesen Dienst nicht anzubieten (Ziel „.“)</translation>
    </message>
    <message>
        <source>DNS SRV {name} (priority {priority}, weight {weight})</source>
        <translation>DNS-SRV {name} (Priorität {priority}, Gewicht {weight})</translation>
    </message>
    <message>
        <source>Exchange Autodiscover for {address}</source>
        <translation>Exchange Autodiscover für {address}</translation>
    </message>
    <message>
        <source>the redirections go round in a circle ({address})</source>
        <translation>die Weiterleitungen drehen sich im Kreis ({address})</translation>
    </message>
    <message>
        <source>the domain says it does not offer Autodiscover (target &apos;.&apos;)</source>
        <translation>die Domäne gibt an, kein Autodiscover anzubieten (Ziel „.“)</translation>
    </message>
    <message>
        <source>Exchange Autodiscover at {url}</source>
        <translation>Exchange Autodiscover unter {url}</translation>
    </message>
    <message>
        <source>redirects to {url}, which is not https; not followed</source>
        <translation>leitet auf {url} weiter, das nicht https ist; nicht gefolgt</translation>
    </message>
    <message>
        <source>redirects to {url}</source>
        <translation>leitet auf {url} weiter</translation>
    </message>
    <message>
        <source>asks for a login (HTTP 401): this Autodiscover service needs credentials, which this search does not send. Enter the server by hand, or ask the mail administrator for it.</source>
        <translation>verlangt eine Anmeldung (HTTP 401): Dieser Autodiscover-Dienst braucht Zugangsdaten, die diese Suche nicht sendet. Geben Sie den Server von Hand ein oder fragen Sie den Mail-Administrator danach.</translation>
    </message>
    <message>
        <source>answered HTTP {status} {reason}: no Autodiscover here</source>
        <translation>antwortete HTTP {status} {reason}: hier gibt es kein Autodiscover</translation>
    </message>
    <message>
        <source>{problem} (Content-Type: {type})</source>
        <translation>{problem} (Content-Type: {type})</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keiner angegeben</translation>
    </message>
    <message>
        <source>Autodiscover answered with an error: {error}</source>
        <translation>Autodiscover antwortete mit einem Fehler: {error}</translation>
    </message>
    <message>
        <source>redirects to an empty address</source>
        <translation>leitet auf eine leere Adresse weiter</translation>
    </message>
    <message>
        <source>redirects to the address {address}</source>
        <translation>leitet auf die Adresse {address} weiter</translation>
    </message>
    <message>
        <source>Autodiscover answered but lists no IMAP server (IMAP may not be published or switched on)</source>
        <translation>Autodiscover antwortete, nennt aber keinen IMAP-Server (IMAP ist vielleicht nicht veröffentlicht oder nicht eingeschaltet)</translation>
    </message>
    <message>
        <source>lists &apos;{host}&apos;, which is not a host name</source>
        <translation>nennt „{host}“, das kein Hostname ist</translation>
    </message>
    <message>
        <source>not an https address; not asked</source>
        <translation>keine https-Adresse; nicht gefragt</translation>
    </message>
    <message>
        <source>the address has a bad port number</source>
        <translation>die Adresse hat eine ungültige Portnummer</translation>
    </message>
    <message>
        <source>the answer is larger than {size} KiB; not read</source>
        <translation>die Antwort ist größer als {size} KiB; nicht gelesen</translation>
    </message>
    <message>
        <source>no answer within {seconds:g} s</source>
        <translation>keine Antwort innerhalb von {seconds:g} s</translation>
    </message>
    <message>
        <source>its certificate is not trusted: {reason}</source>
        <translation>sein Zertifikat ist nicht vertrauenswürdig: {reason}</translation>
    </message>
    <message>
        <source>the TLS handshake failed: {reason}</source>
        <translation>der TLS-Handshake schlug fehl: {reason}</translation>
    </message>
    <message>
        <source>the name {host} is not known</source>
        <translation>der Name {host} ist unbekannt</translation>
    </message>
    <message>
        <source>nothing answers on port {port} (connection refused)</source>
        <translation>auf Port {port} antwortet nichts (Verbindung abgelehnt)</translation>
    </message>
    <message>
        <source>the answer is not HTTP ({error})</source>
        <translation>die Antwort ist kein HTTP ({error})</translation>
    </message>
    <message>
        <source>the connection failed: {error}</source>
        <translation>die Verbindung schlug fehl: {error}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of seconds</source>
        <translation>„{value}“ ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>must be more than 0 seconds, not {value}</source>
        <translation>muss mehr als 0 Sekunden sein, nicht {value}</translation>
    </message>
    <message>
        <source>{path} has {n} problem(s):</source>
        <translation>{path} hat {n} Problem(e):</translation>
    </message>
    <message>
        <source>The {kind} of {su} for {host}: </source>
        <translation>{kind} von {su} für {host}: </translation>
    </message>
    <message>
        <source>No {kind} for the superuser {su}. Set {env} or run this command at a terminal to be asked.</source>
        <translation>Für den Superuser {su} fehlt: {kind}. Setzen Sie {env} oder führen Sie diesen Befehl in einem Terminal aus, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>Adapter: {adapter} — {reason}</source>
        <translation>Adapter: {adapter} — {reason}</translation>
    </message>
    <message>
        <source>(acknowledged)</source>
        <translation>(bestätigt)</translation>
    </message>
    <message>
        <source>Warnings must be acknowledged: add their keys to &apos;acknowledged&apos; in the answer file ({keys}).</source>
        <translation>Warnungen müssen bestätigt werden: Tragen Sie ihre Schlüssel unter „acknowledged“ in die Antwortdatei ein ({keys}).</translation>
    </message>
    <message>
        <source>Apply failed at &apos;store&apos;: {error}</source>
        <translation>Übernehmen scheiterte bei „store“: {error}</translation>
    </message>
    <message>
        <source>Apply failed at &apos;{step}&apos;: {error}</source>
        <translation>Übernehmen scheiterte bei „{step}“: {error}</translation>
    </message>
    <message>
        <source>Configuration: {path}</source>
        <translation>Konfiguration: {path}</translation>
    </message>
    <message>
        <source>Password kept in: {store} ({ref})</source>
        <translation>Passwort abgelegt in: {store} ({ref})</translation>
    </message>
    <message>
        <source>--secrets-stdin expects one JSON line with superuser_password.</source>
        <translation>--secrets-stdin erwartet eine JSON-Zeile mit superuser_password.</translation>
    </message>
    <message>
        <source>To run the service by hand without the store, pipe the password in with --secrets-stdin.</source>
        <translation>Um den Dienst ohne Speicher von Hand zu starten, übergeben Sie das Passwort mit --secrets-stdin.</translation>
    </message>
    <message>
        <source>Synchronising voicemail</source>
        <translation>Voicemail wird synchronisiert</translation>
    </message>
    <message>
        <source>Sync failed: {error}</source>
        <translation>Synchronisation fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Service definition: {path}</source>
        <translation>Dienstdefinition: {path}</translation>
    </message>
    <message>
        <source>Service started.</source>
        <translation>Dienst gestartet.</translation>
    </message>
    <message>
        <source>Service uninstalled; its journal stays in {path}.</source>
        <translation>Dienst deinstalliert; sein Journal bleibt in {path}.</translation>
    </message>
    <message>
        <source>Service stopped.</source>
        <translation>Dienst angehalten.</translation>
    </message>
    <message>
        <source>The service was not running.</source>
        <translation>Der Dienst lief nicht.</translation>
    </message>
    <message>
        <source>--user: &apos;{login}&apos; is not a UM user in {path}. Use one of: {logins}.</source>
        <translation>--user: &apos;{login}&apos; ist kein UM-Benutzer in {path}. Verwenden Sie einen von: {logins}.</translation>
    </message>
    <message>
        <source>Cannot read {user}&apos;s mailbox: {error} {remedy}</source>
        <translation>Das Postfach von {user} kann nicht gelesen werden: {error} {remedy}</translation>
    </message>
    <message>
        <source>Speech written to {path}</source>
        <translation>Sprachausgabe gespeichert in {path}</translation>
    </message>
    <message>
        <source>Demo IMAP server on {host}:{port} (STARTTLS), CA file {ca}</source>
        <translation>Demo-IMAP-Server auf {host}:{port} (STARTTLS), CA-Datei {ca}</translation>
    </message>
    <message>
        <source>Superuser {su} / {pw}; users: {users}</source>
        <translation>Superuser {su} / {pw}; Benutzer: {users}</translation>
    </message>
    <message>
        <source>Connect a voicemail system to its mail server, without the wizard.</source>
        <translation>Verbindet ein Voicemail-System mit seinem Mailserver, ohne den Assistenten.</translation>
    </message>
    <message>
        <source>log protocol details</source>
        <translation>Protokolldetails aufzeichnen</translation>
    </message>
    <message>
        <source>run the live connection test</source>
        <translation>den Live-Verbindungstest ausführen</translation>
    </message>
    <message>
        <source>answer file (TOML)</source>
        <translation>Antwortdatei (TOML)</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>den Bericht als JSON ausgeben</translation>
    </message>
    <message>
        <source>limit for the whole test in seconds</source>
        <translation>Zeitlimit für den ganzen Test in Sekunden</translation>
    </message>
    <message>
        <source>test, configure and start the service</source>
        <translation>testen, konfigurieren und den Dienst starten</translation>
    </message>
    <message>
        <source>where to write the configuration (default: %(default)s)</source>
        <translation>wohin die Konfiguration geschrieben wird (Standard: %(default)s)</translation>
    </message>
    <message>
        <source>do not run the connection test first</source>
        <translation>den Verbindungstest vorher nicht ausführen</translation>
    </message>
    <message>
        <source>write and store, but do not start the service</source>
        <translation>schreiben und speichern, aber den Dienst nicht starten</translation>
    </message>
    <message>
        <source>run or control the service</source>
        <translation>den Dienst ausführen oder steuern</translation>
    </message>
    <message>
        <source>run the connector in the foreground</source>
        <translation>den Connector im Vordergrund ausführen</translation>
    </message>
    <message>
        <source>folder for the journal, status and log</source>
        <translation>Ordner für Journal, Status und Protokoll</translation>
    </message>
    <message>
        <source>read the password as JSON from standard input</source>
        <translation>das Passwort als JSON von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>one sync, then exit</source>
        <translation>eine Synchronisation, dann beenden</translation>
    </message>
    <message>
        <source>log only to the service log, not to the terminal</source>
        <translation>nur ins Dienstprotokoll schreiben, nicht ins Terminal</translation>
    </message>
    <message>
        <source>install or upgrade the system service and start it</source>
        <translation>den Systemdienst installieren oder aktualisieren und starten</translation>
    </message>
    <message>
        <source>start the system service</source>
        <translation>den Systemdienst starten</translation>
    </message>
    <message>
        <source>remove the system service</source>
        <translation>den Systemdienst entfernen</translation>
    </message>
    <message>
        <source>stop the service</source>
        <translation>den Dienst anhalten</translation>
    </message>
    <message>
        <source>show the service&apos;s status</source>
        <translation>den Status des Dienstes zeigen</translation>
    </message>
    <message>
        <source>the configuration (default: %(default)s)</source>
        <translation>die Konfiguration (Standard: %(default)s)</translation>
    </message>
    <message>
        <source>print the status as JSON</source>
        <translation>den Status als JSON ausgeben</translation>
    </message>
    <message>
        <source>install into this system image instead of this computer (Linux)</source>
        <translation>in dieses System-Image statt auf diesem Computer installieren (Linux)</translation>
    </message>
    <message>
        <source>check the deployment rules</source>
        <translation>die Bereitstellungsregeln prüfen</translation>
    </message>
    <message>
        <source>print the verdict as JSON</source>
        <translation>das Urteil als JSON ausgeben</translation>
    </message>
    <message>
        <source>a user&apos;s new emails, to read aloud</source>
        <translation>die neuen E-Mails eines Benutzers, zum Vorlesen</translation>
    </message>
    <message>
        <source>the UM user&apos;s mail login</source>
        <translation>die Mail-Anmeldung des UM-Benutzers</translation>
    </message>
    <message>
        <source>speak it into this WAV file (espeak-ng)</source>
        <translation>als Sprache in diese WAV-Datei schreiben (espeak-ng)</translation>
    </message>
    <message>
        <source>espeak-ng voice, e.g. en-us or de</source>
        <translation>espeak-ng-Stimme, z. B. en-us oder de</translation>
    </message>
    <message>
        <source>run the demo mail server</source>
        <translation>den Demo-Mailserver starten</translation>
    </message>
    <message>
        <source>{where} must be a table.</source>
        <translation>{where} muss eine Tabelle sein.</translation>
    </message>
    <message>
        <source>{where} must be a list.</source>
        <translation>{where} muss eine Liste sein.</translation>
    </message>
    <message>
        <source>{where} is &apos;{value}&apos;; use one of: {choices}.</source>
        <translation>{where} ist „{value}“; verwenden Sie eines von: {choices}.</translation>
    </message>
    <message>
        <source>{where} must be {kind}, not {value}.</source>
        <translation>{where} muss {kind} sein, nicht {value}.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>{where} has unknown setting(s): {names}. Check the spelling against the documented format.</source>
        <translation>{where} hat unbekannte Einstellung(en): {names}. Prüfen Sie die Schreibweise anhand des dokumentierten Formats.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>schema_version {found} is not supported; this version of umconnect reads {ours}.</source>
        <translation>schema_version {found} wird nicht unterstützt; diese Version von umconnect liest {ours}.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {error}.</source>
        <translation>{path} ist kein gültiges TOML: {error}.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text; save it as UTF-8.</source>
        <translation>{path} ist kein UTF-8-Text; speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}.</source>
        <translation>{path} kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>Unexpected problem: {error}</source>
        <translation>Unerwartetes Problem: {error}</translation>
    </message>
    <message>
        <source>The server refused {n} voicemail(s)</source>
        <translation>Der Server hat {n} Voicemail(s) abgelehnt</translation>
    </message>
    <message>
        <source>Check the mailbox&apos;s quota and the server&apos;s size limit; the service tries again.</source>
        <translation>Prüfen Sie das Kontingent des Postfachs und die Größenbeschränkung des Servers; der Dienst versucht es erneut.</translation>
    </message>
    <message>
        <source>Cannot open {user}&apos;s inbox</source>
        <translation>Der Posteingang von {user} kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Check that the mailbox exists and that the superuser may open it.</source>
        <translation>Prüfen Sie, ob das Postfach existiert und der Superuser es öffnen darf.</translation>
    </message>
    <message>
        <source>The voicemail spool {path} is not a folder</source>
        <translation>Der Voicemail-Spool {path} ist kein Ordner</translation>
    </message>
    <message>
        <source>The voicemail spool {path} does not exist</source>
        <translation>Der Voicemail-Spool {path} existiert nicht</translation>
    </message>
    <message>
        <source>The voicemail spool {path} cannot be read ({error})</source>
        <translation>Der Voicemail-Spool {path} kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>Check the spool setting in the configuration, and that the PBX stores voicemail there; the service keeps looking.</source>
        <translation>Prüfen Sie die Spool-Einstellung in der Konfiguration und ob die TK-Anlage die Voicemail dort ablegt; der Dienst sucht weiter.</translation>
    </message>
    <message>
        <source>The server refused a request on {user}&apos;s mailbox</source>
        <translation>Der Server hat eine Anfrage an das Postfach von {user} abgelehnt</translation>
    </message>
    <message>
        <source>Check the superuser&apos;s rights on the mailbox; the service tries again.</source>
        <translation>Prüfen Sie die Rechte des Superusers auf dem Postfach; der Dienst versucht es erneut.</translation>
    </message>
    <message>
        <source>Gave up: the server is too slow</source>
        <translation>Aufgegeben: Der Server ist zu langsam</translation>
    </message>
    <message>
        <source>The exchange took longer than the time limit; the service tries again.</source>
        <translation>Der Austausch dauerte länger als das Zeitlimit; der Dienst versucht es erneut.</translation>
    </message>
    <message>
        <source>The connection to the server was interrupted</source>
        <translation>Die Verbindung zum Server wurde unterbrochen</translation>
    </message>
    <message>
        <source>The service tries again; if this keeps happening, check the network and the server&apos;s log.</source>
        <translation>Der Dienst versucht es erneut; wenn das immer wieder passiert, prüfen Sie das Netzwerk und das Protokoll des Servers.</translation>
    </message>
    <message>
        <source>Retrying with back-off.</source>
        <translation>Neuer Versuch mit wachsendem Abstand.</translation>
    </message>
    <message>
        <source>The server refused the access token for {user}</source>
        <translation>Der Server hat das Zugriffstoken für {user} abgelehnt</translation>
    </message>
    <message>
        <source>Check that the application may open {user}&apos;s mailbox.</source>
        <translation>Prüfen Sie, ob die Anwendung das Postfach von {user} öffnen darf.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Run the test again when ready.</source>
        <translation>Führen Sie den Test erneut aus, sobald Sie bereit sind.</translation>
    </message>
    <message>
        <source>Names: {names}</source>
        <translation>Namen: {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Chain: {chain} certificates, {sent} sent by the server</source>
        <translation>Kette: {chain} Zertifikate, {sent} vom Server gesendet</translation>
    </message>
    <message>
        <source>Certificates sent by the server: {n}</source>
        <translation>Vom Server gesendete Zertifikate: {n}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Inhaber: {subject}</translation>
    </message>
    <message>
        <source>Issuer: {issuer}</source>
        <translation>Aussteller: {issuer}</translation>
    </message>
    <message>
        <source>Valid from: {when}</source>
        <translation>Gültig ab: {when}</translation>
    </message>
    <message>
        <source>Valid until: {when} (days left: {days})</source>
        <translation>Gültig bis: {when} (verbleibende Tage: {days})</translation>
    </message>
    <message>
        <source>SHA-256: {fp}</source>
        <translation>SHA-256: {fp}</translation>
    </message>
    <message>
        <source>Certificate does not match the trusted one</source>
        <translation>Das Zertifikat stimmt nicht mit dem vertrauten überein</translation>
    </message>
    <message>
        <source>The server now shows a different certificate. If the server administrator renewed it, compare the new fingerprint with them before trusting it.</source>
        <translation>Der Server zeigt jetzt ein anderes Zertifikat. Falls der Server-Administrator es erneuert hat, vergleichen Sie den neuen Fingerabdruck mit ihm, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Trusted: {expected}
Server:  {actual}</source>
        <translation>Vertraut: {expected}
Server:   {actual}</translation>
    </message>
    <message>
        <source>The server offers only {version}</source>
        <translation>Der Server bietet nur {version} an</translation>
    </message>
    <message>
        <source>Enable TLS 1.2 on the mail server: this program needs TLS 1.2 or newer, and {version} is no longer safe. On Exchange 2010 or 2013 on Windows, install the current updates and enable TLS 1.2 in SCHANNEL.</source>
        <translation>Schalten Sie TLS 1.2 auf dem Mailserver ein: Dieses Programm braucht TLS 1.2 oder neuer, und {version} ist nicht mehr sicher. Auf Exchange 2010 oder 2013 unter Windows installieren Sie die aktuellen Updates und schalten TLS 1.2 in SCHANNEL ein.</translation>
    </message>
    <message>
        <source>With older versions allowed, the server chose {version}.</source>
        <translation>Mit erlaubten älteren Versionen wählte der Server {version}.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the server administrator before trusting it.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem Server-Administrator, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>The server needs legacy renegotiation</source>
        <translation>Der Server braucht veraltete Neuaushandlung (legacy renegotiation)</translation>
    </message>
    <message>
        <source>The server lacks secure renegotiation (RFC 5746), which this program requires. Update the mail server&apos;s TLS software; on Windows, install the current updates.</source>
        <translation>Dem Server fehlt die sichere Neuaushandlung (RFC 5746), die dieses Programm verlangt. Aktualisieren Sie die TLS-Software des Mailservers; unter Windows installieren Sie die aktuellen Updates.</translation>
    </message>
    <message>
        <source>The server did not answer with TLS</source>
        <translation>Der Server antwortete nicht mit TLS</translation>
    </message>
    <message>
        <source>This port does not speak TLS: choose STARTTLS or plain text for this port, or use the server&apos;s TLS port (usually 993).</source>
        <translation>Dieser Port spricht kein TLS: Wählen Sie für diesen Port STARTTLS oder Klartext, oder verwenden Sie den TLS-Port des Servers (meist 993).</translation>
    </message>
    <message>
        <source>Server offers only an outdated TLS version</source>
        <translation>Der Server bietet nur eine veraltete TLS-Version an</translation>
    </message>
    <message>
        <source>Enable TLS 1.2 or newer on the mail server; TLS 1.0 and 1.1 are no longer safe.</source>
        <translation>Schalten Sie TLS 1.2 oder neuer auf dem Mailserver ein; TLS 1.0 und 1.1 sind nicht mehr sicher.</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check that {host} offers TLS on this port and that its TLS settings are current.</source>
        <translation>Prüfen Sie, ob {host} auf diesem Port TLS anbietet und seine TLS-Einstellungen aktuell sind.</translation>
    </message>
    <message>
        <source>The certificate could not be read on a second connection.</source>
        <translation>Das Zertifikat konnte über eine zweite Verbindung nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Verification: {reason}</source>
        <translation>Prüfung: {reason}</translation>
    </message>
    <message>
        <source>The certificate expired on {date}. Ask the server administrator to renew it.</source>
        <translation>Das Zertifikat ist am {date} abgelaufen. Bitten Sie den Server-Administrator, es zu erneuern.</translation>
    </message>
    <message>
        <source>A certificate of the server&apos;s chain has expired. Ask the server administrator to install a current chain.</source>
        <translation>Ein Zertifikat in der Kette des Servers ist abgelaufen. Bitten Sie den Server-Administrator, eine aktuelle Kette zu installieren.</translation>
    </message>
    <message>
        <source>Ask the server administrator to renew the mail server&apos;s certificate.</source>
        <translation>Bitten Sie den Server-Administrator, das Zertifikat des Mailservers zu erneuern.</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>Zertifikat abgelaufen</translation>
    </message>
    <message>
        <source>Certificate not yet valid</source>
        <translation>Zertifikat noch nicht gültig</translation>
    </message>
    <message>
        <source>The certificate is valid only from {date}. Check the date and time of this computer and of the server; if both are right, ask the administrator for a certificate that is valid now.</source>
        <translation>Das Zertifikat ist erst ab {date} gültig. Prüfen Sie Datum und Uhrzeit dieses Computers und des Servers; stimmen beide, bitten Sie den Administrator um ein Zertifikat, das jetzt gültig ist.</translation>
    </message>
    <message>
        <source>Certificate is for another name</source>
        <translation>Zertifikat gilt für einen anderen Namen</translation>
    </message>
    <message>
        <source>The certificate is for {names}, but the test connected to {host}. Enter one of those names as the server, or trust this certificate.</source>
        <translation>Das Zertifikat gilt für {names}, aber der Test hat sich mit {host} verbunden. Geben Sie einen dieser Namen als Server ein oder vertrauen Sie diesem Zertifikat.</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <source>The server signed its own certificate, so no authority vouches for it. Ask the administrator for a certificate from an authority, or trust this one by its fingerprint.</source>
        <translation>Der Server hat sein Zertifikat selbst signiert, also bürgt keine Zertifizierungsstelle dafür. Bitten Sie den Administrator um ein Zertifikat einer Zertifizierungsstelle oder vertrauen Sie diesem anhand seines Fingerabdrucks.</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The server may not send its intermediate certificate; ask the administrator to install the full chain, or add the authority&apos;s CA file ({issuer}), or trust this certificate.</source>
        <translation>Der Server sendet vielleicht sein Zwischenzertifikat nicht; bitten Sie den Administrator, die vollständige Kette zu installieren, fügen Sie die CA-Datei der Zertifizierungsstelle hinzu ({issuer}) oder vertrauen Sie diesem Zertifikat.</translation>
    </message>
    <message>
        <source>Certificate from an unknown authority</source>
        <translation>Zertifikat einer unbekannten Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>This computer does not know the authority that issued the certificate ({issuer}). Add the authority&apos;s CA file, or trust this certificate.</source>
        <translation>Dieser Computer kennt die Zertifizierungsstelle nicht, die das Zertifikat ausgestellt hat ({issuer}). Fügen Sie die CA-Datei der Stelle hinzu oder vertrauen Sie diesem Zertifikat.</translation>
    </message>
    <message>
        <source>Add the authority that issued the certificate (CA file), or trust this certificate by its fingerprint.</source>
        <translation>Fügen Sie die Zertifizierungsstelle hinzu, die das Zertifikat ausgestellt hat (CA-Datei), oder vertrauen Sie diesem Zertifikat anhand seines Fingerabdrucks.</translation>
    </message>
    <message>
        <source>The server sent a line of over 1 MB</source>
        <translation>Der Server sandte eine Zeile von über 1 MB</translation>
    </message>
    <message>
        <source>No IMAP answer is that long ({when}). Check that this port belongs to the IMAP server, and show the transcript to its administrator.</source>
        <translation>Keine IMAP-Antwort ist so lang ({when}). Prüfen Sie, ob dieser Port zum IMAP-Server gehört, und zeigen Sie das Protokoll dessen Administrator.</translation>
    </message>
    <message>
        <source>The server hung up: {reason}</source>
        <translation>Der Server hat aufgelegt: {reason}</translation>
    </message>
    <message>
        <source>The connection ended {when}, for the reason quoted. Check the server&apos;s log, or show the reason to its administrator.</source>
        <translation>Die Verbindung endete {when}, aus dem zitierten Grund. Prüfen Sie das Protokoll des Servers oder zeigen Sie den Grund dessen Administrator.</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>Der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The connection ended {when}. Check the port and the security setting (TLS or STARTTLS), then the server&apos;s log.</source>
        <translation>Die Verbindung endete {when}. Prüfen Sie den Port und die Sicherheitseinstellung (TLS oder STARTTLS), dann das Protokoll des Servers.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not IMAP</source>
        <translation>Die Antwort des Servers ist kein IMAP</translation>
    </message>
    <message>
        <source>It broke the IMAP protocol {when}. Show the transcript to the server administrator.</source>
        <translation>Er hat das IMAP-Protokoll verletzt ({when}). Zeigen Sie das Protokoll dem Server-Administrator.</translation>
    </message>
    <message>
        <source>The whole exchange took longer than the time limit. Check the network path to the server, or raise the time limit.</source>
        <translation>Der ganze Austausch dauerte länger als das Zeitlimit. Prüfen Sie den Netzwerkweg zum Server oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <source>Name lookup timed out</source>
        <translation>Zeitüberschreitung bei der Namensauflösung</translation>
    </message>
    <message>
        <source>The DNS server did not answer. Check this computer&apos;s DNS settings, or enter the server&apos;s IP address.</source>
        <translation>Der DNS-Server hat nicht geantwortet. Prüfen Sie die DNS-Einstellungen dieses Computers oder geben Sie die IP-Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Unknown server name</source>
        <translation>Unbekannter Servername</translation>
    </message>
    <message>
        <source>&apos;{host}&apos; could not be found in DNS. Check the spelling, or enter the server&apos;s IP address.</source>
        <translation>„{host}“ wurde im DNS nicht gefunden. Prüfen Sie die Schreibweise oder geben Sie die IP-Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Connection refused on port {port}</source>
        <translation>Verbindung auf Port {port} abgelehnt</translation>
    </message>
    <message>
        <source>Nothing listens on port {port} of {host}. Check the port number, and that the IMAP service is running.</source>
        <translation>Auf Port {port} von {host} lauscht nichts. Prüfen Sie die Portnummer und ob der IMAP-Dienst läuft.</translation>
    </message>
    <message>
        <source>No answer from {host}</source>
        <translation>Keine Antwort von {host}</translation>
    </message>
    <message>
        <source>The server did not answer within {s:g} s. Check the address, and that no firewall blocks port {port} between here and the server.</source>
        <translation>Der Server hat nicht innerhalb von {s:g} s geantwortet. Prüfen Sie die Adresse und ob eine Firewall zwischen hier und dem Server Port {port} sperrt.</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>This computer has no route to {host}. Check the address and the network connection.</source>
        <translation>Dieser Computer hat keine Route zu {host}. Prüfen Sie die Adresse und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>during the TLS handshake</source>
        <translation>während des TLS-Handshakes</translation>
    </message>
    <message>
        <source>No IMAP greeting is that long: whatever answers on port {port} is not a working IMAP server. Check the port number.</source>
        <translation>Keine IMAP-Begrüßung ist so lang: Was auf Port {port} antwortet, ist kein funktionierender IMAP-Server. Prüfen Sie die Portnummer.</translation>
    </message>
    <message>
        <source>Server refused the connection: {reason}</source>
        <translation>Der Server hat die Verbindung abgewiesen: {reason}</translation>
    </message>
    <message>
        <source>The server said goodbye before any login. If it names too many connections, close other programs connected to it from this computer or wait a minute; otherwise show its message to the server administrator.</source>
        <translation>Der Server hat sich vor jeder Anmeldung verabschiedet. Nennt er zu viele Verbindungen, schließen Sie andere Programme, die von diesem Computer aus mit ihm verbunden sind, oder warten Sie eine Minute; sonst zeigen Sie seine Meldung dem Server-Administrator.</translation>
    </message>
    <message>
        <source>A web server answers, not IMAP</source>
        <translation>Ein Webserver antwortet, kein IMAP</translation>
    </message>
    <message>
        <source>A mail relay (SMTP) answers, not IMAP</source>
        <translation>Ein Mail-Relay (SMTP) antwortet, kein IMAP</translation>
    </message>
    <message>
        <source>An SSH server answers, not IMAP</source>
        <translation>Ein SSH-Server antwortet, kein IMAP</translation>
    </message>
    <message>
        <source>A POP3 server answers, not IMAP</source>
        <translation>Ein POP3-Server antwortet, kein IMAP</translation>
    </message>
    <message>
        <source>An FTP server answers, not IMAP</source>
        <translation>Ein FTP-Server antwortet, kein IMAP</translation>
    </message>
    <message>
        <source>Not an IMAP server</source>
        <translation>Kein IMAP-Server</translation>
    </message>
    <message>
        <source>Port {port} does not speak IMAP. IMAP servers listen on port 993 (TLS) or 143 (STARTTLS); check the port number.</source>
        <translation>Port {port} spricht kein IMAP. IMAP-Server lauschen auf Port 993 (TLS) oder 143 (STARTTLS); prüfen Sie die Portnummer.</translation>
    </message>
    <message>
        <source>Port {port} belongs to a web server, which sent no IMAP greeting but answered a web request. IMAP servers listen on port 993 (TLS) or 143 (STARTTLS); check the port number.</source>
        <translation>Port {port} gehört zu einem Webserver, der keine IMAP-Begrüßung sandte, aber eine Webanfrage beantwortete. IMAP-Server lauschen auf Port 993 (TLS) oder 143 (STARTTLS); prüfen Sie die Portnummer.</translation>
    </message>
    <message>
        <source>No greeting from the server</source>
        <translation>Keine Begrüßung vom Server</translation>
    </message>
    <message>
        <source>Something accepts connections on port {port} but sent no IMAP greeting within {s:g} s. Check the port number, and whether the server is overloaded.</source>
        <translation>Etwas nimmt auf Port {port} Verbindungen an, sandte aber innerhalb von {s:g} s keine IMAP-Begrüßung. Prüfen Sie die Portnummer und ob der Server überlastet ist.</translation>
    </message>
    <message>
        <source>before the greeting</source>
        <translation>vor der Begrüßung</translation>
    </message>
    <message>
        <source>Server logged in without a password (PREAUTH)</source>
        <translation>Der Server meldete an, ohne Passwort (PREAUTH)</translation>
    </message>
    <message>
        <source>The server pre-authenticates this connection, so the superuser cannot log in for each mailbox. Use the server&apos;s regular IMAP port, or ask its administrator to stop pre-authenticating connections from this computer.</source>
        <translation>Der Server authentifiziert diese Verbindung im Voraus, also kann sich der Superuser nicht für jedes Postfach anmelden. Verwenden Sie den regulären IMAP-Port des Servers oder bitten Sie dessen Administrator, Verbindungen von diesem Computer nicht mehr vorab zu authentifizieren.</translation>
    </message>
    <message>
        <source>Server does not offer STARTTLS</source>
        <translation>Der Server bietet kein STARTTLS an</translation>
    </message>
    <message>
        <source>Choose TLS from the start (usually port 993), or ask the server administrator to enable STARTTLS.</source>
        <translation>Wählen Sie TLS von Anfang an (meist Port 993) oder bitten Sie den Server-Administrator, STARTTLS einzuschalten.</translation>
    </message>
    <message>
        <source>during STARTTLS</source>
        <translation>während STARTTLS</translation>
    </message>
    <message>
        <source>The server refused STARTTLS</source>
        <translation>Der Server hat STARTTLS abgelehnt</translation>
    </message>
    <message>
        <source>It offers STARTTLS but did not start it. Choose TLS from the start (usually port 993), or show the transcript to the server administrator.</source>
        <translation>Er bietet STARTTLS an, hat es aber nicht gestartet. Wählen Sie TLS von Anfang an (meist Port 993) oder zeigen Sie das Protokoll dem Server-Administrator.</translation>
    </message>
    <message>
        <source>while asking for capabilities</source>
        <translation>bei der Abfrage der Fähigkeiten</translation>
    </message>
    <message>
        <source>The server would not list its capabilities</source>
        <translation>Der Server wollte seine Fähigkeiten nicht auflisten</translation>
    </message>
    <message>
        <source>It answered CAPABILITY with an error. Show the transcript to the server administrator.</source>
        <translation>Er beantwortete CAPABILITY mit einem Fehler. Zeigen Sie das Protokoll dem Server-Administrator.</translation>
    </message>
    <message>
        <source>Server does not offer SASL PLAIN</source>
        <translation>Der Server bietet kein SASL PLAIN an</translation>
    </message>
    <message>
        <source>Choose the login form this server uses for master users (user*superuser, or DOMAIN\superuser\alias).</source>
        <translation>Wählen Sie die Anmeldeform, die dieser Server für Master-Benutzer verwendet (user*superuser oder DOMAIN\superuser\alias).</translation>
    </message>
    <message>
        <source>Server refuses passwords on this connection</source>
        <translation>Der Server lehnt Passwörter auf dieser Verbindung ab</translation>
    </message>
    <message>
        <source>Use TLS or STARTTLS: the server disables LOGIN without encryption.</source>
        <translation>Verwenden Sie TLS oder STARTTLS: Der Server sperrt LOGIN ohne Verschlüsselung.</translation>
    </message>
    <message>
        <source>Password cannot be sent to this server</source>
        <translation>Das Passwort kann an diesen Server nicht gesendet werden</translation>
    </message>
    <message>
        <source>The server offers only LOGIN, which cannot carry non-ASCII characters. Use an ASCII password for the superuser.</source>
        <translation>Der Server bietet nur LOGIN an, das keine Nicht-ASCII-Zeichen übertragen kann. Verwenden Sie ein ASCII-Passwort für den Superuser.</translation>
    </message>
    <message>
        <source>during login</source>
        <translation>bei der Anmeldung</translation>
    </message>
    <message>
        <source>The server does not offer OAuth 2.0 sign-in</source>
        <translation>Der Server bietet keine OAuth-2.0-Anmeldung an</translation>
    </message>
    <message>
        <source>It lists no AUTH=XOAUTH2. Check the server address: Office 365 is outlook.office365.com and Google is imap.gmail.com, both on port 993 with TLS.</source>
        <translation>Er nennt kein AUTH=XOAUTH2. Prüfen Sie die Serveradresse: Office 365 ist outlook.office365.com und Google ist imap.gmail.com, beide auf Port 993 mit TLS.</translation>
    </message>
    <message>
        <source>The certificate authority file cannot be used</source>
        <translation>Die Datei der Zertifizierungsstelle ist nicht verwendbar</translation>
    </message>
    <message>
        <source>Choose a PEM file with the authority&apos;s certificate, or leave the field empty to rely on the system&apos;s authorities.</source>
        <translation>Wählen Sie eine PEM-Datei mit dem Zertifikat der Zertifizierungsstelle oder lassen Sie das Feld leer, um die Zertifizierungsstellen des Systems zu verwenden.</translation>
    </message>
    <message>
        <source>This port expects TLS from the start</source>
        <translation>Dieser Port erwartet TLS von Anfang an</translation>
    </message>
    <message>
        <source>Choose TLS (usually port 993) instead of {chosen} for port {port}: this port sends its greeting only after a TLS handshake.</source>
        <translation>Wählen Sie für Port {port} TLS (meist Port 993) statt {chosen}: Dieser Port sendet seine Begrüßung erst nach einem TLS-Handshake.</translation>
    </message>
    <message>
        <source>A TLS handshake on a second connection succeeded ({version}).</source>
        <translation>Ein TLS-Handshake über eine zweite Verbindung gelang ({version}).</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>Der Server antwortet nicht mehr</translation>
    </message>
    <message>
        <source>No reply within {s:g} s {when}. Check that this is the IMAP port and that the server is not overloaded.</source>
        <translation>Keine Antwort innerhalb von {s:g} s {when}. Prüfen Sie, ob dies der IMAP-Port ist und der Server nicht überlastet ist.</translation>
    </message>
    <message>
        <source>No mailbox {user}, or the superuser may not open it</source>
        <translation>Kein Postfach {user}, oder der Superuser darf es nicht öffnen</translation>
    </message>
    <message>
        <source>The password is right, but the server would not let {su} open {user}&apos;s mailbox. Check that the mailbox {user} exists on this server (spelling, domain part), then that {su} has full access to it (master user, or FullAccess on Exchange).</source>
        <translation>Das Passwort stimmt, aber der Server ließ {su} das Postfach von {user} nicht öffnen. Prüfen Sie, ob das Postfach {user} auf diesem Server existiert (Schreibweise, Domänenteil), dann ob {su} vollen Zugriff darauf hat (Master-Benutzer oder FullAccess bei Exchange).</translation>
    </message>
    <message>
        <source>Mailbox {user} is not on this server, or the superuser has no rights on it</source>
        <translation>Das Postfach {user} liegt nicht auf diesem Server, oder der Superuser hat keine Rechte daran</translation>
    </message>
    <message>
        <source>Exchange accepted the password but could not open {user}&apos;s mailbox. Check the alias {user}, that its mailbox lives on this server (not moved to another one or to Exchange Online), and that {su} has FullAccess on it.</source>
        <translation>Exchange hat das Passwort angenommen, konnte aber das Postfach von {user} nicht öffnen. Prüfen Sie den Alias {user}, ob sein Postfach auf diesem Server liegt (nicht auf einen anderen oder nach Exchange Online verschoben) und ob {su} FullAccess darauf hat.</translation>
    </message>
    <message>
        <source>The test logged in as {name}.</source>
        <translation>Der Test hat sich als {name} angemeldet.</translation>
    </message>
    <message>
        <source>Exchange needs the login form DOMAIN\superuser\alias: choose it for the superuser.</source>
        <translation>Exchange braucht die Anmeldeform DOMAIN\superuser\alias: Wählen Sie sie für den Superuser.</translation>
    </message>
    <message>
        <source>Exchange refused the login</source>
        <translation>Exchange hat die Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Either the password is wrong or {su} lacks FullAccess on {user}&apos;s mailbox. Check the password and grant FullAccess (Add-MailboxPermission).</source>
        <translation>Entweder ist das Passwort falsch, oder {su} fehlt FullAccess auf das Postfach von {user}. Prüfen Sie das Passwort und gewähren Sie FullAccess (Add-MailboxPermission).</translation>
    </message>
    <message>
        <source>Google requires an app password</source>
        <translation>Google verlangt ein App-Passwort</translation>
    </message>
    <message>
        <source>The account {su} uses 2-Step Verification. Create an app password for it (Google Account, Security, App passwords) and enter that instead of the normal password.</source>
        <translation>Das Konto {su} verwendet die Bestätigung in zwei Schritten. Erstellen Sie dafür ein App-Passwort (Google-Konto, Sicherheit, App-Passwörter) und geben Sie es statt des normalen Passworts ein.</translation>
    </message>
    <message>
        <source>Google wants a sign-in in a web browser first</source>
        <translation>Google verlangt zuerst eine Anmeldung im Webbrowser</translation>
    </message>
    <message>
        <source>Google blocked this login as unusual. Sign in to {su} in a web browser on this network, confirm that it was you, then run the test again.</source>
        <translation>Google hat diese Anmeldung als ungewöhnlich gesperrt. Melden Sie sich in einem Webbrowser in diesem Netzwerk bei {su} an, bestätigen Sie, dass Sie es waren, und führen Sie den Test erneut aus.</translation>
    </message>
    <message>
        <source>IMAP is switched off for this Google Workspace domain</source>
        <translation>IMAP ist für diese Google-Workspace-Domäne ausgeschaltet</translation>
    </message>
    <message>
        <source>A Google Workspace administrator must allow IMAP for the users (Admin console, Apps, Google Workspace, Gmail, End User Access).</source>
        <translation>Ein Google-Workspace-Administrator muss IMAP für die Benutzer erlauben (Admin-Konsole, Apps, Google Workspace, Gmail, Endnutzerzugriff).</translation>
    </message>
    <message>
        <source>IMAP is switched off for this Gmail account</source>
        <translation>IMAP ist für dieses Gmail-Konto ausgeschaltet</translation>
    </message>
    <message>
        <source>Turn IMAP on in the settings of {su}&apos;s Gmail (Forwarding and POP/IMAP, Enable IMAP), then test again.</source>
        <translation>Schalten Sie IMAP in den Gmail-Einstellungen von {su} ein (Weiterleitung und POP/IMAP, IMAP aktivieren) und testen Sie erneut.</translation>
    </message>
    <message>
        <source>Google refused the account name or password</source>
        <translation>Google hat Kontoname oder Passwort abgelehnt</translation>
    </message>
    <message>
        <source>Check that {su} is the full address of the Google account and that the password is right; with 2-Step Verification, use an app password.</source>
        <translation>Prüfen Sie, ob {su} die vollständige Adresse des Google-Kontos ist und das Passwort stimmt; mit Bestätigung in zwei Schritten verwenden Sie ein App-Passwort.</translation>
    </message>
    <message>
        <source>Login is disabled on this connection</source>
        <translation>Anmeldung ist auf dieser Verbindung gesperrt</translation>
    </message>
    <message>
        <source>Use TLS or STARTTLS so that the server accepts passwords.</source>
        <translation>Verwenden Sie TLS oder STARTTLS, damit der Server Passwörter annimmt.</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Check the superuser&apos;s name and password, and that {su} may open other users&apos; mailboxes (login form: {form}).</source>
        <translation>Prüfen Sie Name und Passwort des Superusers und ob {su} die Postfächer anderer Benutzer öffnen darf (Anmeldeform: {form}).</translation>
    </message>
    <message>
        <source>Exchange 2010</source>
        <translation>Exchange 2010</translation>
    </message>
    <message>
        <source>Exchange 2013</source>
        <translation>Exchange 2013</translation>
    </message>
    <message>
        <source>Exchange 2016</source>
        <translation>Exchange 2016</translation>
    </message>
    <message>
        <source>Exchange 2019</source>
        <translation>Exchange 2019</translation>
    </message>
    <message>
        <source>Exchange Server Subscription Edition</source>
        <translation>Exchange Server Subscription Edition</translation>
    </message>
    <message>
        <source>Office 365 (Exchange Online)</source>
        <translation>Office 365 (Exchange Online)</translation>
    </message>
    <message>
        <source>Google Workspace (Gmail)</source>
        <translation>Google Workspace (Gmail)</translation>
    </message>
    <message>
        <source>IMAP connector</source>
        <translation>IMAP-Connector</translation>
    </message>
    <message>
        <source>Exchange gateway (MAPI gateway)</source>
        <translation>Exchange-Gateway (MAPI-Gateway)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>TLS from the start (port 993)</source>
        <translation>TLS von Anfang an (Port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (Port 143)</translation>
    </message>
    <message>
        <source>No encryption (not recommended)</source>
        <translation>Keine Verschlüsselung (nicht empfohlen)</translation>
    </message>
    <message>
        <source>SASL PLAIN with authorization identity</source>
        <translation>SASL PLAIN mit Autorisierungsidentität</translation>
    </message>
    <message>
        <source>Master user login (user*superuser)</source>
        <translation>Anmeldung als Master-Benutzer (user*superuser)</translation>
    </message>
    <message>
        <source>Exchange login (DOMAIN\superuser\alias)</source>
        <translation>Exchange-Anmeldung (DOMAIN\superuser\alias)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>OAuth 2.0 app registration (Office 365)</source>
        <translation>OAuth-2.0-App-Registrierung (Office 365)</translation>
    </message>
    <message>
        <source>OAuth 2.0 service account (Google Workspace)</source>
        <translation>OAuth-2.0-Dienstkonto (Google Workspace)</translation>
    </message>
    <message>
        <source>As the server offers (NTLM first)</source>
        <translation>Wie vom Server angeboten (NTLM zuerst)</translation>
    </message>
    <message>
        <source>NTLM (Windows sign-in)</source>
        <translation>NTLM (Windows-Anmeldung)</translation>
    </message>
    <message>
        <source>Basic (password over TLS)</source>
        <translation>Basic (Passwort über TLS)</translation>
    </message>
    <message>
        <source>Number of UM users</source>
        <translation>Anzahl der UM-Benutzer</translation>
    </message>
    <message>
        <source>must be between 1 and 100,000, not {value}.</source>
        <translation>muss zwischen 1 und 100.000 liegen, nicht {value}.</translation>
    </message>
    <message>
        <source>Count the users who have a voicemail box.</source>
        <translation>Zählen Sie die Benutzer, die ein Voicemail-Postfach haben.</translation>
    </message>
    <message>
        <source>Number of mail servers</source>
        <translation>Anzahl der Mailserver</translation>
    </message>
    <message>
        <source>must be between 1 and 50, not {value}.</source>
        <translation>muss zwischen 1 und 50 liegen, nicht {value}.</translation>
    </message>
    <message>
        <source>Count the mail servers that hold UM users&apos; mailboxes.</source>
        <translation>Zählen Sie die Mailserver, auf denen die Postfächer der UM-Benutzer liegen.</translation>
    </message>
    <message>
        <source>UM server</source>
        <translation>UM-Server</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>ist leer.</translation>
    </message>
    <message>
        <source>Enter the name of the computer the UM system runs on.</source>
        <translation>Geben Sie den Namen des Computers ein, auf dem das UM-System läuft.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a host name or IP address.</source>
        <translation>„{value}“ ist weder ein Hostname noch eine IP-Adresse.</translation>
    </message>
    <message>
        <source>Enter only the computer&apos;s name, e.g. um01.example.com.</source>
        <translation>Geben Sie nur den Namen des Computers ein, z. B. um01.example.com.</translation>
    </message>
    <message>
        <source>Exchange servers</source>
        <translation>Exchange-Server</translation>
    </message>
    <message>
        <source>the list is empty.</source>
        <translation>die Liste ist leer.</translation>
    </message>
    <message>
        <source>Add each Exchange server that holds UM users&apos; mailboxes.</source>
        <translation>Fügen Sie jeden Exchange-Server hinzu, auf dem Postfächer von UM-Benutzern liegen.</translation>
    </message>
    <message>
        <source>Exchange server {n}</source>
        <translation>Exchange-Server {n}</translation>
    </message>
    <message>
        <source>Enter the server&apos;s full name, e.g. ex01.example.com.</source>
        <translation>Geben Sie den vollständigen Namen des Servers ein, z. B. ex01.example.com.</translation>
    </message>
    <message>
        <source>version &apos;{value}&apos; is unknown.</source>
        <translation>Version „{value}“ ist unbekannt.</translation>
    </message>
    <message>
        <source>Use one of {choices}, or leave it empty for the connection test to read it.</source>
        <translation>Verwenden Sie eine von {choices} oder lassen Sie das Feld leer, damit der Verbindungstest sie ausliest.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither DOMAIN\account nor account@domain.</source>
        <translation>„{value}“ ist weder DOMAIN\account noch account@domain.</translation>
    </message>
    <message>
        <source>Enter it as EXAMPLE\NPUMAdmin or npumadmin@example.com.</source>
        <translation>Geben Sie es als EXAMPLE\NPUMAdmin oder npumadmin@example.com ein.</translation>
    </message>
    <message>
        <source>EWS address of {host}</source>
        <translation>EWS-Adresse von {host}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an https:// address.</source>
        <translation>„{value}“ ist keine https://-Adresse.</translation>
    </message>
    <message>
        <source>Enter e.g. https://ex01.example.com/EWS/Exchange.asmx, or leave it empty for Autodiscover to find it.</source>
        <translation>Geben Sie z. B. https://ex01.example.com/EWS/Exchange.asmx ein, oder lassen Sie es leer, damit Autodiscover sie findet.</translation>
    </message>
    <message>
        <source>Autodiscover address</source>
        <translation>Autodiscover-Adresse</translation>
    </message>
    <message>
        <source>Enter e.g. https://autodiscover.example.com/autodiscover/autodiscover.xml, or leave it empty to try the standard ones.</source>
        <translation>Geben Sie z. B. https://autodiscover.example.com/autodiscover/autodiscover.xml ein, oder lassen Sie es leer, um die Standardadressen zu versuchen.</translation>
    </message>
    <message>
        <source>Choose the PEM file of the authority that signed Exchange&apos;s certificate, or leave the field empty.</source>
        <translation>Wählen Sie die PEM-Datei der Stelle, die das Zertifikat von Exchange signiert hat, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s name, e.g. mail.example.com.</source>
        <translation>Geben Sie den Namen des Mailservers ein, z. B. mail.example.com.</translation>
    </message>
    <message>
        <source>Enter only the name, without &apos;imap://&apos;, a path or spaces.</source>
        <translation>Geben Sie nur den Namen ein, ohne „imap://“, Pfad oder Leerzeichen.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>{value} is not a port number.</source>
        <translation>{value} ist keine Portnummer.</translation>
    </message>
    <message>
        <source>Use 993 for TLS or 143 for STARTTLS, unless the server administrator gave you another.</source>
        <translation>Verwenden Sie 993 für TLS oder 143 für STARTTLS, sofern der Server-Administrator keinen anderen genannt hat.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>without encryption the superuser&apos;s password crosses the network readable by anyone on the way.</source>
        <translation>ohne Verschlüsselung geht das Passwort des Superusers für jeden unterwegs lesbar über das Netzwerk.</translation>
    </message>
    <message>
        <source>Choose TLS or STARTTLS, or tick the box confirming that this network is trusted.</source>
        <translation>Wählen Sie TLS oder STARTTLS oder kreuzen Sie das Feld an, das bestätigt, dass dieses Netzwerk vertrauenswürdig ist.</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Vertrautes Zertifikat</translation>
    </message>
    <message>
        <source>is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>Copy the fingerprint exactly as the connection test shows it.</source>
        <translation>Kopieren Sie den Fingerabdruck genau so, wie der Verbindungstest ihn zeigt.</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a folder, not a file.</source>
        <translation>„{value}“ ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; does not exist.</source>
        <translation>„{value}“ existiert nicht.</translation>
    </message>
    <message>
        <source>Choose the PEM file of the authority that signed the server&apos;s certificate, or leave the field empty.</source>
        <translation>Wählen Sie die PEM-Datei der Zertifizierungsstelle, die das Serverzertifikat signiert hat, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Superuser account</source>
        <translation>Superuser-Konto</translation>
    </message>
    <message>
        <source>Enter the account that may open every UM user&apos;s mailbox, e.g. NPUMAdmin.</source>
        <translation>Geben Sie das Konto ein, das jedes Postfach der UM-Benutzer öffnen darf, z. B. NPUMAdmin.</translation>
    </message>
    <message>
        <source>Windows domain</source>
        <translation>Windows-Domäne</translation>
    </message>
    <message>
        <source>Enter the NetBIOS domain of the superuser, e.g. EXAMPLE.</source>
        <translation>Geben Sie die NetBIOS-Domäne des Superusers ein, z. B. EXAMPLE.</translation>
    </message>
    <message>
        <source>UM users</source>
        <translation>UM-Benutzer</translation>
    </message>
    <message>
        <source>Add at least one voicemail box and its mailbox login.</source>
        <translation>Fügen Sie mindestens ein Voicemail-Postfach mit seiner Postfach-Anmeldung hinzu.</translation>
    </message>
    <message>
        <source>UM user {n}</source>
        <translation>UM-Benutzer {n}</translation>
    </message>
    <message>
        <source>voicemail box &apos;{value}&apos; is not a box number.</source>
        <translation>Voicemail-Postfach „{value}“ ist keine Postfachnummer.</translation>
    </message>
    <message>
        <source>Use the extension as the UM system shows it, e.g. 1001.</source>
        <translation>Verwenden Sie die Durchwahl, wie das UM-System sie anzeigt, z. B. 1001.</translation>
    </message>
    <message>
        <source>the mailbox login is empty.</source>
        <translation>die Postfach-Anmeldung ist leer.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s mail login, e.g. alice@example.com.</source>
        <translation>Geben Sie die Mail-Anmeldung des Benutzers ein, z. B. alice@example.com.</translation>
    </message>
    <message>
        <source>voicemail box {value} is listed twice.</source>
        <translation>Voicemail-Postfach {value} steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>Remove the duplicate row.</source>
        <translation>Entfernen Sie die doppelte Zeile.</translation>
    </message>
    <message>
        <source>Test mailbox</source>
        <translation>Testpostfach</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the UM users.</source>
        <translation>„{value}“ ist keiner der UM-Benutzer.</translation>
    </message>
    <message>
        <source>Pick the test mailbox from the UM user list.</source>
        <translation>Wählen Sie das Testpostfach aus der Liste der UM-Benutzer.</translation>
    </message>
    <message>
        <source>Directory (tenant) ID</source>
        <translation>Verzeichnis-ID (Mandant)</translation>
    </message>
    <message>
        <source>Copy it from the app registration&apos;s Overview page in the Microsoft Entra admin center.</source>
        <translation>Kopieren Sie sie von der Übersichtsseite der App-Registrierung im Microsoft Entra Admin Center.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither a GUID nor a domain name.</source>
        <translation>„{value}“ ist weder eine GUID noch ein Domänenname.</translation>
    </message>
    <message>
        <source>Use the GUID from the app registration&apos;s Overview page, or the tenant&apos;s name such as contoso.onmicrosoft.com.</source>
        <translation>Verwenden Sie die GUID von der Übersichtsseite der App-Registrierung oder den Namen des Mandanten, etwa contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a GUID.</source>
        <translation>„{value}“ ist keine GUID.</translation>
    </message>
    <message>
        <source>Copy the Application (client) ID from the app registration&apos;s Overview page.</source>
        <translation>Kopieren Sie die Anwendungs-ID (Client) von der Übersichtsseite der App-Registrierung.</translation>
    </message>
    <message>
        <source>Certificate thumbprint</source>
        <translation>Zertifikat-Fingerabdruck</translation>
    </message>
    <message>
        <source>is not 40 hexadecimal digits.</source>
        <translation>hat nicht 40 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>Copy the thumbprint shown under Certificates &amp; secrets, Certificates, in the app registration.</source>
        <translation>Kopieren Sie den Fingerabdruck, der in der App-Registrierung unter Zertifikate &amp; Geheimnisse, Zertifikate angezeigt wird.</translation>
    </message>
    <message>
        <source>Service account key</source>
        <translation>Schlüssel des Dienstkontos</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>fehlt.</translation>
    </message>
    <message>
        <source>Choose the service account&apos;s JSON key file.</source>
        <translation>Wählen Sie die JSON-Schlüsseldatei des Dienstkontos.</translation>
    </message>
    <message>
        <source>Token service authority file</source>
        <translation>Datei der Stelle des Tokendienstes</translation>
    </message>
    <message>
        <source>Choose the PEM file of the authority that signed the token service&apos;s certificate, or leave the field empty.</source>
        <translation>Wählen Sie die PEM-Datei der Stelle, die das Zertifikat des Tokendienstes signiert hat, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Voicemail spool folder</source>
        <translation>Voicemail-Spool-Ordner</translation>
    </message>
    <message>
        <source>Choose the UM system&apos;s voicemail folder, e.g. /var/spool/asterisk/voicemail.</source>
        <translation>Wählen Sie den Voicemail-Ordner des UM-Systems, z. B. /var/spool/asterisk/voicemail.</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>Abfrageintervall</translation>
    </message>
    <message>
        <source>{value} s is out of range.</source>
        <translation>{value} s liegt außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>Use a value between 0.2 and 3600 seconds.</source>
        <translation>Verwenden Sie einen Wert zwischen 0,2 und 3600 Sekunden.</translation>
    </message>
    <message>
        <source>{value:g} is out of range.</source>
        <translation>{value:g} liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>Use a value between {low:g} and {high:g}.</source>
        <translation>Verwenden Sie einen Wert zwischen {low:g} und {high:g}.</translation>
    </message>
    <message>
        <source>Mailbox check interval (s)</source>
        <translation>Intervall der Postfachprüfung (s)</translation>
    </message>
    <message>
        <source>Maximum connections</source>
        <translation>Höchstzahl an Verbindungen</translation>
    </message>
    <message>
        <source>Longest retry interval (s)</source>
        <translation>Längster Abstand zwischen Wiederholungen (s)</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>Löschregel</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a policy.</source>
        <translation>&apos;{value}&apos; ist keine gültige Regel.</translation>
    </message>
    <message>
        <source>Use one of: {choices}.</source>
        <translation>Verwenden Sie eine von: {choices}.</translation>
    </message>
    <message>
        <source>Trash folder</source>
        <translation>Papierkorb-Ordner</translation>
    </message>
    <message>
        <source>Name the mail folder deleted voicemail goes to, e.g. Trash or Deleted Items.</source>
        <translation>Geben Sie den Mailordner an, in den gelöschte Sprachnachrichten verschoben werden, z. B. Trash oder Gelöschte Elemente.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; does not exist on this computer.</source>
        <translation>„{value}“ existiert auf diesem Computer nicht.</translation>
    </message>
    <message>
        <source>Check the path; the UM system&apos;s voicemail folder must be reachable from here.</source>
        <translation>Prüfen Sie den Pfad; der Voicemail-Ordner des UM-Systems muss von hier aus erreichbar sein.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a file, not a folder.</source>
        <translation>„{value}“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Choose the folder that holds one folder per voicemail context.</source>
        <translation>Wählen Sie den Ordner, der je Voicemail-Kontext einen Ordner enthält.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>{done} of {total} steps passed</source>
        <translation>{done} von {total} Schritten bestanden</translation>
    </message>
    <message>
        <source>{count} — the test was cancelled</source>
        <translation>{count} — der Test wurde abgebrochen</translation>
    </message>
    <message>
        <source>{count} — with {n} warning(s): {first}</source>
        <translation>{count} — mit {n} Warnung(en): {first}</translation>
    </message>
    <message>
        <source>{count} — ready to apply</source>
        <translation>{count} — bereit zum Übernehmen</translation>
    </message>
    <message>
        <source>Connection test of {target}, {when}</source>
        <translation>Verbindungstest von {target}, {when}</translation>
    </message>
    <message>
        <source>What to do: {remedy}</source>
        <translation>Was zu tun ist: {remedy}</translation>
    </message>
    <message>
        <source>Protocol transcript (passwords hidden):</source>
        <translation>Protokollmitschnitt (Passwörter verborgen):</translation>
    </message>
    <message>
        <source>Protocol transcript</source>
        <translation>Protokollmitschnitt</translation>
    </message>
    <message>
        <source>Connection test of {target}</source>
        <translation>Verbindungstest von {target}</translation>
    </message>
    <message>
        <source>pinned certificate</source>
        <translation>festgelegtes Zertifikat</translation>
    </message>
    <message>
        <source>certificate trusted</source>
        <translation>Zertifikat vertrauenswürdig</translation>
    </message>
    <message>
        <source>Cipher: {cipher}
Subject: {subject}
Issuer: {issuer}
Expires: {expires} ({days} days left)
SHA-256: {fp}</source>
        <translation>Cipher: {cipher}
Inhaber: {subject}
Aussteller: {issuer}
Läuft ab: {expires} (noch {days} Tage)
SHA-256: {fp}</translation>
    </message>
    <message>
        <source>Certificate expires in {n} days</source>
        <translation>Zertifikat läuft in {n} Tagen ab</translation>
    </message>
    <message>
        <source>Ask the server administrator to renew it soon: the service stops when it expires.</source>
        <translation>Bitten Sie den Server-Administrator, es bald zu erneuern: Der Dienst hält an, wenn es abläuft.</translation>
    </message>
    <message>
        <source>Look up {host}</source>
        <translation>{host} nachschlagen</translation>
    </message>
    <message>
        <source>Connect to port {port}</source>
        <translation>Mit Port {port} verbinden</translation>
    </message>
    <message>
        <source>Secure the connection (TLS)</source>
        <translation>Verbindung sichern (TLS)</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>Begrüßung des Servers</translation>
    </message>
    <message>
        <source>Secure the connection (STARTTLS)</source>
        <translation>Verbindung sichern (STARTTLS)</translation>
    </message>
    <message>
        <source>Server capabilities</source>
        <translation>Fähigkeiten des Servers</translation>
    </message>
    <message>
        <source>Superuser login for {user}</source>
        <translation>Superuser-Anmeldung für {user}</translation>
    </message>
    <message>
        <source>Microsoft Entra ID</source>
        <translation>Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Access token from {provider}</source>
        <translation>Zugriffstoken von {provider}</translation>
    </message>
    <message>
        <source>OAuth 2.0 sign-in to {user}&apos;s mailbox</source>
        <translation>OAuth-2.0-Anmeldung am Postfach von {user}</translation>
    </message>
    <message>
        <source>Open {user}&apos;s inbox</source>
        <translation>Posteingang von {user} öffnen</translation>
    </message>
    <message>
        <source>List {user}&apos;s folders</source>
        <translation>Ordner von {user} auflisten</translation>
    </message>
    <message>
        <source>Write a test message</source>
        <translation>Testnachricht schreiben</translation>
    </message>
    <message>
        <source>Flag the test message</source>
        <translation>Testnachricht markieren</translation>
    </message>
    <message>
        <source>Remove the test message</source>
        <translation>Testnachricht entfernen</translation>
    </message>
    <message>
        <source>Sync features</source>
        <translation>Sync-Funktionen</translation>
    </message>
    <message>
        <source>Connected to {peer}</source>
        <translation>Verbunden mit {peer}</translation>
    </message>
    <message>
        <source>Greeting received over an unencrypted connection</source>
        <translation>Begrüßung über eine unverschlüsselte Verbindung erhalten</translation>
    </message>
    <message>
        <source>Passwords will cross the network readable; use TLS if the server offers it.</source>
        <translation>Passwörter gehen lesbar über das Netzwerk; verwenden Sie TLS, falls der Server es anbietet.</translation>
    </message>
    <message>
        <source>Login methods: {methods}</source>
        <translation>Anmeldeverfahren: {methods}</translation>
    </message>
    <message>
        <source>none offered</source>
        <translation>keine angeboten</translation>
    </message>
    <message>
        <source>Logged in as {su} for {user}</source>
        <translation>Als {su} für {user} angemeldet</translation>
    </message>
    <message>
        <source>Token for the application, valid {n} min</source>
        <translation>Token für die Anwendung, {n} min gültig</translation>
    </message>
    <message>
        <source>Application: {app}
Tenant: {tenant}
Roles: {roles}
Renewed automatically before it expires.</source>
        <translation>Anwendung: {app}
Mandant: {tenant}
Rollen: {roles}
Wird vor dem Ablauf automatisch erneuert.</translation>
    </message>
    <message>
        <source>Token for {user}, valid {n} min</source>
        <translation>Token für {user}, {n} min gültig</translation>
    </message>
    <message>
        <source>Service account: {sa}
Scope: https://mail.google.com/
Renewed automatically before it expires.</source>
        <translation>Dienstkonto: {sa}
Bereich: https://mail.google.com/
Wird vor dem Ablauf automatisch erneuert.</translation>
    </message>
    <message>
        <source>Signed in to {user}&apos;s mailbox with XOAUTH2</source>
        <translation>Mit XOAUTH2 am Postfach von {user} angemeldet</translation>
    </message>
    <message>
        <source>The inbox cannot be opened</source>
        <translation>Der Posteingang lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Check that {user} has a mailbox on this server and that the superuser has full access to it.</source>
        <translation>Prüfen Sie, ob {user} ein Postfach auf diesem Server hat und der Superuser vollen Zugriff darauf hat.</translation>
    </message>
    <message>
        <source>while opening the inbox</source>
        <translation>beim Öffnen des Posteingangs</translation>
    </message>
    <message>
        <source>The inbox opens read-only</source>
        <translation>Der Posteingang öffnet sich nur lesend</translation>
    </message>
    <message>
        <source>The superuser may read {user}&apos;s inbox but not change it. Grant it full access, not only the right to read.</source>
        <translation>Der Superuser darf den Posteingang von {user} lesen, aber nicht ändern. Gewähren Sie vollen Zugriff, nicht nur das Leserecht.</translation>
    </message>
    <message>
        <source>UIDVALIDITY {validity}, UIDNEXT {next}</source>
        <translation>UIDVALIDITY {validity}, UIDNEXT {next}</translation>
    </message>
    <message>
        <source>Opened: {n} message(s)</source>
        <translation>Geöffnet: {n} Nachricht(en)</translation>
    </message>
    <message>
        <source>The folder list was refused</source>
        <translation>Die Ordnerliste wurde verweigert</translation>
    </message>
    <message>
        <source>The server would not list {user}&apos;s folders. Check that the superuser has full access to the whole mailbox, not only to the inbox.</source>
        <translation>Der Server wollte die Ordner von {user} nicht auflisten. Prüfen Sie, ob der Superuser vollen Zugriff auf das ganze Postfach hat, nicht nur auf den Posteingang.</translation>
    </message>
    <message>
        <source>while listing the folders</source>
        <translation>beim Auflisten der Ordner</translation>
    </message>
    <message>
        <source>INBOX is not in the folder list</source>
        <translation>INBOX fehlt in der Ordnerliste</translation>
    </message>
    <message>
        <source>The server lists {n} folders for {user} but no INBOX. Show the transcript to the server administrator.</source>
        <translation>Der Server listet {n} Ordner für {user}, aber keinen INBOX. Zeigen Sie das Protokoll dem Server-Administrator.</translation>
    </message>
    <message>
        <source>INBOX</source>
        <translation>INBOX</translation>
    </message>
    <message>
        <source>Folders listed: {n}</source>
        <translation>Aufgelistete Ordner: {n}</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>{use}: not found</source>
        <translation>{use}: nicht gefunden</translation>
    </message>
    <message>
        <source>{use}: &apos;{name}&apos;, marked {mark} by the server</source>
        <translation>{use}: „{name}“, vom Server als {mark} markiert</translation>
    </message>
    <message>
        <source>{use}: &apos;{name}&apos;, found by its name (not marked)</source>
        <translation>{use}: „{name}“, am Namen erkannt (nicht markiert)</translation>
    </message>
    <message>
        <source>Found {folders}</source>
        <translation>{folders} gefunden</translation>
    </message>
    <message>
        <source>no {folders}</source>
        <translation>kein {folders}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>The mailbox is full</source>
        <translation>Das Postfach ist voll</translation>
    </message>
    <message>
        <source>{user}&apos;s mailbox is over its quota, so no voicemail can be stored. Free space in it or raise its quota.</source>
        <translation>Das Postfach von {user} ist über seinem Kontingent, daher kann keine Voicemail abgelegt werden. Geben Sie darin Platz frei oder erhöhen Sie das Kontingent.</translation>
    </message>
    <message>
        <source>Writing to the mailbox failed</source>
        <translation>Schreiben in das Postfach fehlgeschlagen</translation>
    </message>
    <message>
        <source>The superuser must be allowed to add messages to {user}&apos;s inbox (full access).</source>
        <translation>Der Superuser muss Nachrichten in den Posteingang von {user} schreiben dürfen (voller Zugriff).</translation>
    </message>
    <message>
        <source>while writing the test message</source>
        <translation>beim Schreiben der Testnachricht</translation>
    </message>
    <message>
        <source>The test message vanished</source>
        <translation>Die Testnachricht ist verschwunden</translation>
    </message>
    <message>
        <source>The server accepted the message but does not show it. Check server-side rules that move or delete mail.</source>
        <translation>Der Server hat die Nachricht angenommen, zeigt sie aber nicht. Prüfen Sie serverseitige Regeln, die Mail verschieben oder löschen.</translation>
    </message>
    <message>
        <source>Appended message UID {uid}</source>
        <translation>Nachricht angehängt, UID {uid}</translation>
    </message>
    <message>
        <source>Message-ID: {id}</source>
        <translation>Message-ID: {id}</translation>
    </message>
    <message>
        <source>The server rejected the message it offered to take at once</source>
        <translation>Der Server wies die Nachricht zurück, die er ohne Rückfrage annehmen wollte</translation>
    </message>
    <message>
        <source>It announces LITERAL+ (messages sent without waiting for its go-ahead) but refused one. Show the transcript to the server administrator.</source>
        <translation>Er kündigt LITERAL+ an (Nachrichten werden ohne Warten auf seine Freigabe gesendet), hat eine solche aber abgelehnt. Zeigen Sie das Protokoll dem Server-Administrator.</translation>
    </message>
    <message>
        <source>Setting a flag was refused</source>
        <translation>Das Setzen einer Markierung wurde verweigert</translation>
    </message>
    <message>
        <source>The superuser must be allowed to change flags in {user}&apos;s inbox (full access).</source>
        <translation>Der Superuser muss Markierungen im Posteingang von {user} ändern dürfen (voller Zugriff).</translation>
    </message>
    <message>
        <source>while flagging the test message</source>
        <translation>beim Markieren der Testnachricht</translation>
    </message>
    <message>
        <source>The flag did not stick</source>
        <translation>Die Markierung blieb nicht erhalten</translation>
    </message>
    <message>
        <source>The server accepted \Flagged but does not show it on the test message. The superuser may lack the right to change flags in {user}&apos;s inbox (full access).</source>
        <translation>Der Server hat \Flagged angenommen, zeigt es aber nicht an der Testnachricht. Dem Superuser fehlt vielleicht das Recht, Markierungen im Posteingang von {user} zu ändern (voller Zugriff).</translation>
    </message>
    <message>
        <source>FLAGS after setting \Flagged: ({flags})</source>
        <translation>FLAGS nach dem Setzen von \Flagged: ({flags})</translation>
    </message>
    <message>
        <source>\Flagged set and read back</source>
        <translation>\Flagged gesetzt und zurückgelesen</translation>
    </message>
    <message>
        <source>FLAGS: ({flags})</source>
        <translation>FLAGS: ({flags})</translation>
    </message>
    <message>
        <source>Removing the test message failed</source>
        <translation>Entfernen der Testnachricht fehlgeschlagen</translation>
    </message>
    <message>
        <source>The superuser must be allowed to delete messages in {user}&apos;s inbox (full access). Delete the test message (UID {uid}) by hand.</source>
        <translation>Der Superuser muss Nachrichten im Posteingang von {user} löschen dürfen (voller Zugriff). Löschen Sie die Testnachricht (UID {uid}) von Hand.</translation>
    </message>
    <message>
        <source>while removing the test message</source>
        <translation>beim Entfernen der Testnachricht</translation>
    </message>
    <message>
        <source>The test message could not be removed alone</source>
        <translation>Die Testnachricht ließ sich nicht einzeln entfernen</translation>
    </message>
    <message>
        <source>The server lacks UIDPLUS, so the test cannot expunge only its own message. It stays marked deleted until {user}&apos;s mail program or the server expunges the inbox.</source>
        <translation>Dem Server fehlt UIDPLUS, daher kann der Test nicht nur seine eigene Nachricht endgültig löschen. Sie bleibt als gelöscht markiert, bis das Mailprogramm von {user} oder der Server den Posteingang bereinigt.</translation>
    </message>
    <message>
        <source>UID {uid} is marked \Deleted.</source>
        <translation>UID {uid} ist als \Deleted markiert.</translation>
    </message>
    <message>
        <source>The server reported the test message (UID {uid}) expunged.</source>
        <translation>Der Server hat die Testnachricht (UID {uid}) als endgültig gelöscht gemeldet.</translation>
    </message>
    <message>
        <source>No message with Message-ID {id} is left.</source>
        <translation>Keine Nachricht mit der Message-ID {id} ist übrig.</translation>
    </message>
    <message>
        <source>The test message is still there</source>
        <translation>Die Testnachricht ist noch da</translation>
    </message>
    <message>
        <source>The server confirmed the removal but still finds the test message. Delete it by hand and show the transcript to the server administrator.</source>
        <translation>Der Server hat das Entfernen bestätigt, findet die Testnachricht aber noch. Löschen Sie sie von Hand und zeigen Sie das Protokoll dem Server-Administrator.</translation>
    </message>
    <message>
        <source>Found by Message-ID: UID {uids}</source>
        <translation>Über Message-ID gefunden: UID {uids}</translation>
    </message>
    <message>
        <source>Messages in the inbox: {before} before the test, {after} after.</source>
        <translation>Nachrichten im Posteingang: {before} vor dem Test, {after} danach.</translation>
    </message>
    <message>
        <source>The inbox holds {after} message(s), {before} before the test</source>
        <translation>Der Posteingang enthält {after} Nachricht(en), vor dem Test {before}</translation>
    </message>
    <message>
        <source>The test message is gone, but the count changed. If no mail arrived or was deleted meanwhile, look at {user}&apos;s inbox, then run the test again.</source>
        <translation>Die Testnachricht ist weg, aber die Anzahl hat sich geändert. Falls inzwischen keine Mail ankam oder gelöscht wurde, sehen Sie im Posteingang von {user} nach und führen Sie den Test erneut aus.</translation>
    </message>
    <message>
        <source>Removed UID {uid}; the inbox is as before ({n} message(s))</source>
        <translation>UID {uid} entfernt; der Posteingang ist wie vorher ({n} Nachricht(en))</translation>
    </message>
    <message>
        <source>IDLE: new mail is noticed at once.</source>
        <translation>IDLE: Neue Mail wird sofort bemerkt.</translation>
    </message>
    <message>
        <source>IDLE: not offered.</source>
        <translation>IDLE: nicht angeboten.</translation>
    </message>
    <message>
        <source>CONDSTORE: only flags that changed are read again.</source>
        <translation>CONDSTORE: Nur geänderte Markierungen werden neu gelesen.</translation>
    </message>
    <message>
        <source>CONDSTORE: not offered; each check reads the flags of every message.</source>
        <translation>CONDSTORE: nicht angeboten; jede Prüfung liest die Markierungen aller Nachrichten.</translation>
    </message>
    <message>
        <source>QRESYNC: after a reconnect, only what changed is read.</source>
        <translation>QRESYNC: Nach einer Neuverbindung wird nur Geändertes gelesen.</translation>
    </message>
    <message>
        <source>QRESYNC: not offered; after a reconnect the whole inbox is compared.</source>
        <translation>QRESYNC: nicht angeboten; nach einer Neuverbindung wird der ganze Posteingang verglichen.</translation>
    </message>
    <message>
        <source>NOTIFY: changes in every folder arrive on one connection.</source>
        <translation>NOTIFY: Änderungen in allen Ordnern kommen über eine Verbindung.</translation>
    </message>
    <message>
        <source>NOTIFY: not offered; each folder is watched on its own.</source>
        <translation>NOTIFY: nicht angeboten; jeder Ordner wird einzeln beobachtet.</translation>
    </message>
    <message>
        <source>MOVE: deleting to Trash is one step.</source>
        <translation>MOVE: Löschen in den Papierkorb ist ein Schritt.</translation>
    </message>
    <message>
        <source>MOVE: not offered; deleting to Trash takes copy + delete.</source>
        <translation>MOVE: nicht angeboten; Löschen in den Papierkorb braucht Kopieren + Löschen.</translation>
    </message>
    <message>
        <source>SPECIAL-USE: Trash and Sent are found by their marks, in any language.</source>
        <translation>SPECIAL-USE: Papierkorb und Gesendet werden an ihrer Markierung erkannt, in jeder Sprache.</translation>
    </message>
    <message>
        <source>SPECIAL-USE: not offered; Trash and Sent are found by their names.</source>
        <translation>SPECIAL-USE: nicht angeboten; Papierkorb und Gesendet werden an ihrem Namen erkannt.</translation>
    </message>
    <message>
        <source>UIDPLUS: the service removes exactly its own messages.</source>
        <translation>UIDPLUS: Der Dienst entfernt genau seine eigenen Nachrichten.</translation>
    </message>
    <message>
        <source>UIDPLUS: not offered; the test message could not be removed alone.</source>
        <translation>UIDPLUS: nicht angeboten; die Testnachricht ließ sich nicht einzeln entfernen.</translation>
    </message>
    <message>
        <source>Without IDLE or NOTIFY the service polls every {n:g} s.</source>
        <translation>Ohne IDLE oder NOTIFY fragt der Dienst alle {n:g} s ab.</translation>
    </message>
    <message>
        <source>No IDLE or NOTIFY: the service polls every {n:g} s</source>
        <translation>Kein IDLE oder NOTIFY: Der Dienst fragt alle {n:g} s ab</translation>
    </message>
    <message>
        <source>Changes in the mailbox reach the service only at each poll, up to {n:g} s late. Enable IDLE on the mail server if it can, or accept the delay.</source>
        <translation>Änderungen im Postfach erreichen den Dienst nur bei jeder Abfrage, bis zu {n:g} s später. Schalten Sie IDLE auf dem Mailserver ein, wenn möglich, oder nehmen Sie die Verzögerung hin.</translation>
    </message>
    <message>
        <source>Offered: {names}</source>
        <translation>Angeboten: {names}</translation>
    </message>
    <message>
        <source>not offered: {names}</source>
        <translation>nicht angeboten: {names}</translation>
    </message>
    <message>
        <source>The test message was removed again.</source>
        <translation>Die Testnachricht wurde wieder entfernt.</translation>
    </message>
    <message>
        <source>The test message (UID {uid}) may still be in {user}&apos;s inbox; delete it by hand.</source>
        <translation>Die Testnachricht (UID {uid}) ist vielleicht noch im Posteingang von {user}; löschen Sie sie von Hand.</translation>
    </message>
    <message>
        <source>The test message is marked deleted; it goes at the next expunge.</source>
        <translation>Die Testnachricht ist als gelöscht markiert; sie verschwindet beim nächsten Bereinigen.</translation>
    </message>
    <message>
        <source>This message checks that voicemail can be written to this mailbox. It is deleted again at once.</source>
        <translation>Diese Nachricht prüft, ob Voicemail in dieses Postfach geschrieben werden kann. Sie wird sofort wieder gelöscht.</translation>
    </message>
    <message>
        <source>Autodiscover for {user}</source>
        <translation>Autodiscover für {user}</translation>
    </message>
    <message>
        <source>Look up the EWS server</source>
        <translation>EWS-Server ermitteln</translation>
    </message>
    <message>
        <source>Connect to the EWS server</source>
        <translation>Mit dem EWS-Server verbinden</translation>
    </message>
    <message>
        <source>EWS endpoint</source>
        <translation>EWS-Endpunkt</translation>
    </message>
    <message>
        <source>Superuser sign-in</source>
        <translation>Superuser-Anmeldung</translation>
    </message>
    <message>
        <source>Exchange version of every server</source>
        <translation>Exchange-Version jedes Servers</translation>
    </message>
    <message>
        <source>Impersonate {user}</source>
        <translation>Identitätswechsel zu {user}</translation>
    </message>
    <message>
        <source>Read {user}&apos;s inbox</source>
        <translation>Posteingang von {user} lesen</translation>
    </message>
    <message>
        <source>Write a test item</source>
        <translation>Ein Testelement schreiben</translation>
    </message>
    <message>
        <source>Remove the test item</source>
        <translation>Das Testelement entfernen</translation>
    </message>
    <message>
        <source>{host} is not known to the name service</source>
        <translation>{host} ist dem Namensdienst nicht bekannt</translation>
    </message>
    <message>
        <source>Check the Exchange server&apos;s name; the gateway must resolve it through the domain&apos;s DNS.</source>
        <translation>Prüfen Sie den Namen des Exchange-Servers; das Gateway muss ihn über das DNS der Domäne auflösen.</translation>
    </message>
    <message>
        <source>Connected to {address}:{port}</source>
        <translation>Verbunden mit {address}:{port}</translation>
    </message>
    <message>
        <source>Port {port} of {host} does not answer</source>
        <translation>Port {port} von {host} antwortet nicht</translation>
    </message>
    <message>
        <source>Check that Exchange&apos;s web site (IIS) runs and that no firewall blocks port {port} between this computer and Exchange.</source>
        <translation>Prüfen Sie, ob die Website von Exchange (IIS) läuft und keine Firewall Port {port} zwischen diesem Computer und Exchange sperrt.</translation>
    </message>
    <message>
        <source>The certificate of {host} is refused: {why}</source>
        <translation>Das Zertifikat von {host} wird abgelehnt: {why}</translation>
    </message>
    <message>
        <source>Choose the authority file (PEM) that signed Exchange&apos;s certificate on the Exchange servers page, or use the name the certificate was issued for.</source>
        <translation>Wählen Sie auf der Seite der Exchange-Server die Datei der Zertifizierungsstelle (PEM), die das Zertifikat von Exchange signiert hat, oder verwenden Sie den Namen, auf den das Zertifikat ausgestellt ist.</translation>
    </message>
    <message>
        <source>TLS with {host} failed</source>
        <translation>TLS mit {host} fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check that port {port} is Exchange&apos;s HTTPS port.</source>
        <translation>Prüfen Sie, ob Port {port} der HTTPS-Port von Exchange ist.</translation>
    </message>
    <message>
        <source>Expires: {expires}
SHA-256: {fp}</source>
        <translation>Läuft ab: {expires}
SHA-256: {fp}</translation>
    </message>
    <message>
        <source>{version}, certificate trusted</source>
        <translation>{version}, Zertifikat vertrauenswürdig</translation>
    </message>
    <message>
        <source>Found {url}</source>
        <translation>Gefunden: {url}</translation>
    </message>
    <message>
        <source>Autodiscover names {found}, not the typed {url}</source>
        <translation>Autodiscover nennt {found}, nicht das eingegebene {url}</translation>
    </message>
    <message>
        <source>The gateway uses the typed address. Check which one is right; leave the field empty to use Autodiscover&apos;s.</source>
        <translation>Das Gateway verwendet die eingegebene Adresse. Prüfen Sie, welche richtig ist; lassen Sie das Feld leer, um die von Autodiscover zu verwenden.</translation>
    </message>
    <message>
        <source>Confirms {url}</source>
        <translation>Bestätigt {url}</translation>
    </message>
    <message>
        <source>Autodiscover found nothing; the typed address is used</source>
        <translation>Autodiscover fand nichts; die eingegebene Adresse wird verwendet</translation>
    </message>
    <message>
        <source>The gateway does not need Autodiscover when the EWS address is typed. Outlook and the UM system&apos;s other parts may, so tell the Exchange administrator.</source>
        <translation>Das Gateway braucht Autodiscover nicht, wenn die EWS-Adresse eingegeben ist. Outlook und die anderen Teile des UM-Systems eventuell schon; sagen Sie es daher dem Exchange-Administrator.</translation>
    </message>
    <message>
        <source>Autodiscover found no EWS address for {user}</source>
        <translation>Autodiscover fand keine EWS-Adresse für {user}</translation>
    </message>
    <message>
        <source>Type the EWS address of each server on the Exchange servers page (https://&lt;server&gt;/EWS/Exchange.asmx), or give the Autodiscover address the Exchange administrator uses.</source>
        <translation>Geben Sie auf der Seite der Exchange-Server die EWS-Adresse jedes Servers ein (https://&lt;server&gt;/EWS/Exchange.asmx), oder geben Sie die Autodiscover-Adresse an, die der Exchange-Administrator verwendet.</translation>
    </message>
    <message>
        <source>Offers {names}</source>
        <translation>Bietet {names} an</translation>
    </message>
    <message>
        <source>{url} offers {names}; sign-in used: {auth}</source>
        <translation>{url} bietet {names} an; verwendete Anmeldung: {auth}</translation>
    </message>
    <message>
        <source>NTLM is not offered; Basic sign-in will be used</source>
        <translation>NTLM wird nicht angeboten; die Basic-Anmeldung wird verwendet</translation>
    </message>
    <message>
        <source>Signed in as {su} ({auth})</source>
        <translation>Angemeldet als {su} ({auth})</translation>
    </message>
    <message>
        <source>Server build {build}</source>
        <translation>Server-Build {build}</translation>
    </message>
    <message>
        <source>{host}: {problem}</source>
        <translation>{host}: {problem}</translation>
    </message>
    <message>
        <source>{host}: Exchange {product} (build {build})</source>
        <translation>{host}: Exchange {product} (Build {build})</translation>
    </message>
    <message>
        <source>The Exchange servers run different versions: {listing}</source>
        <translation>Auf den Exchange-Servern laufen verschiedene Versionen: {listing}</translation>
    </message>
    <message>
        <source>Rule R12: every server the gateway serves must run the same Exchange version. Upgrade the servers to one version first.</source>
        <translation>Regel R12: Auf jedem Server, den das Gateway bedient, muss dieselbe Exchange-Version laufen. Bringen Sie die Server zuerst auf eine Version.</translation>
    </message>
    <message>
        <source>{host} runs Exchange {product}, not {typed} as entered</source>
        <translation>Auf {host} läuft Exchange {product}, nicht {typed} wie eingegeben</translation>
    </message>
    <message>
        <source>Correct the version on the &apos;This computer&apos; page.</source>
        <translation>Korrigieren Sie die Version auf der Seite „Dieser Computer“.</translation>
    </message>
    <message>
        <source>The servers run Exchange {product}, but the site is set up for {kind}</source>
        <translation>Auf den Servern läuft Exchange {product}, aber der Standort ist für {kind} eingerichtet</translation>
    </message>
    <message>
        <source>Choose Exchange {product} on the site page.</source>
        <translation>Wählen Sie Exchange {product} auf der Standortseite.</translation>
    </message>
    <message>
        <source>Exchange {product} on {n} server(s)</source>
        <translation>Exchange {product} auf {n} Server(n)</translation>
    </message>
    <message>
        <source>{su} opens {user}&apos;s mailbox</source>
        <translation>{su} öffnet das Postfach von {user}</translation>
    </message>
    <message>
        <source>{n} message(s) in the inbox</source>
        <translation>{n} Nachricht(en) im Posteingang</translation>
    </message>
    <message>
        <source>umconnect connection test (removed automatically)</source>
        <translation>umconnect-Verbindungstest (wird automatisch entfernt)</translation>
    </message>
    <message>
        <source>This item checks that voicemail can be written to this mailbox. It is deleted again at once.</source>
        <translation>Dieses Element prüft, ob Voicemail in dieses Postfach geschrieben werden kann. Es wird sofort wieder gelöscht.</translation>
    </message>
    <message>
        <source>Created item {id}</source>
        <translation>Element {id} angelegt</translation>
    </message>
    <message>
        <source>The test item is still there</source>
        <translation>Das Testelement ist noch vorhanden</translation>
    </message>
    <message>
        <source>Delete it by hand from {user}&apos;s inbox and show the report to the Exchange administrator.</source>
        <translation>Löschen Sie es von Hand aus dem Posteingang von {user} und zeigen Sie den Bericht dem Exchange-Administrator.</translation>
    </message>
    <message>
        <source>Removed; the inbox is as before</source>
        <translation>Entfernt; der Posteingang ist wie vorher</translation>
    </message>
    <message>
        <source>(no Exchange server)</source>
        <translation>(kein Exchange-Server)</translation>
    </message>
    <message>
        <source>Not run: the test was cancelled.</source>
        <translation>Nicht ausgeführt: Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not run: &apos;{step}&apos; failed.</source>
        <translation>Nicht ausgeführt: „{step}“ ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Gave up: the test ran longer than {s:g} s</source>
        <translation>Abgebrochen: Der Test lief länger als {s:g} s</translation>
    </message>
    <message>
        <source>Exchange answers very slowly. Check its load and the network, then run the test again.</source>
        <translation>Exchange antwortet sehr langsam. Prüfen Sie seine Last und das Netzwerk, und starten Sie den Test erneut.</translation>
    </message>
    <message>
        <source>Exchange asked to wait {n} time(s), {s:.1f} s in all (ErrorServerBusy).</source>
        <translation>Exchange bat {n}-mal zu warten, insgesamt {s:.1f} s (ErrorServerBusy).</translation>
    </message>
    <message>
        <source>{summary} (after waiting for a busy server)</source>
        <translation>{summary} (nach Warten auf einen ausgelasteten Server)</translation>
    </message>
    <message>
        <source>Cancelled while running</source>
        <translation>Während der Ausführung abgebrochen</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted</source>
        <translation>Das Zertifikat von {host} ist nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Choose the authority file (PEM) that signed Exchange&apos;s certificate on the gateway page, or install it in the system&apos;s store.</source>
        <translation>Wählen Sie auf der Gateway-Seite die Datei der Zertifizierungsstelle (PEM), die das Zertifikat von Exchange signiert hat, oder installieren Sie sie im Speicher des Systems.</translation>
    </message>
    <message>
        <source>No answer from {url}</source>
        <translation>Keine Antwort von {url}</translation>
    </message>
    <message>
        <source>Check the address, and that a firewall lets the gateway reach port {port} of the Exchange server.</source>
        <translation>Prüfen Sie die Adresse und ob eine Firewall das Gateway Port {port} des Exchange-Servers erreichen lässt.</translation>
    </message>
    <message>
        <source>{url} is not an EWS address (404 Not Found)</source>
        <translation>{url} ist keine EWS-Adresse (404 Not Found)</translation>
    </message>
    <message>
        <source>Use the server&apos;s EWS address, usually https://&lt;server&gt;/EWS/Exchange.asmx, or let Autodiscover find it.</source>
        <translation>Verwenden Sie die EWS-Adresse des Servers, meist https://&lt;server&gt;/EWS/Exchange.asmx, oder lassen Sie Autodiscover sie finden.</translation>
    </message>
    <message>
        <source>{url} answered {status} instead of asking to sign in</source>
        <translation>{url} antwortete {status}, statt nach einer Anmeldung zu fragen</translation>
    </message>
    <message>
        <source>Check that the address is Exchange&apos;s EWS virtual directory and that anonymous access to it is off.</source>
        <translation>Prüfen Sie, ob die Adresse das virtuelle EWS-Verzeichnis von Exchange ist und der anonyme Zugriff darauf ausgeschaltet ist.</translation>
    </message>
    <message>
        <source>Turn on Windows authentication for EWS on the Exchange server (Exchange Management Shell: Get-WebServicesVirtualDirectory | Set-WebServicesVirtualDirectory -WindowsAuthentication $true)</source>
        <translation>Schalten Sie auf dem Exchange-Server die Windows-Authentifizierung für EWS ein (Exchange-Verwaltungsshell: Get-WebServicesVirtualDirectory | Set-WebServicesVirtualDirectory -WindowsAuthentication $true)</translation>
    </message>
    <message>
        <source>The server does not offer NTLM (it offers {names})</source>
        <translation>Der Server bietet kein NTLM an (er bietet {names})</translation>
    </message>
    <message>
        <source>or choose Basic sign-in on the superuser page.</source>
        <translation>oder wählen Sie die Basic-Anmeldung auf der Superuser-Seite.</translation>
    </message>
    <message>
        <source>The server does not offer Basic sign-in (it offers {names})</source>
        <translation>Der Server bietet keine Basic-Anmeldung an (er bietet {names})</translation>
    </message>
    <message>
        <source>Choose NTLM on the superuser page, or turn on Basic authentication for EWS: Set-WebServicesVirtualDirectory -BasicAuthentication $true.</source>
        <translation>Wählen Sie NTLM auf der Superuser-Seite, oder schalten Sie die Standardauthentifizierung für EWS ein: Set-WebServicesVirtualDirectory -BasicAuthentication $true.</translation>
    </message>
    <message>
        <source>NTLM is not offered, only Basic: the password crosses the (TLS-protected) link with every request.</source>
        <translation>NTLM wird nicht angeboten, nur Basic: Das Passwort geht mit jeder Anfrage über die (TLS-geschützte) Verbindung.</translation>
    </message>
    <message>
        <source>The server offers no sign-in the gateway can use ({names})</source>
        <translation>Der Server bietet keine Anmeldung an, die das Gateway verwenden kann ({names})</translation>
    </message>
    <message>
        <source>Autodiscover error: {text}</source>
        <translation>Autodiscover-Fehler: {text}</translation>
    </message>
    <message>
        <source>the answer lists no EWS address (EwsUrl)</source>
        <translation>die Antwort nennt keine EWS-Adresse (EwsUrl)</translation>
    </message>
    <message>
        <source>the answer lists no EWS address</source>
        <translation>die Antwort nennt keine EWS-Adresse</translation>
    </message>
    <message>
        <source>the answer declares a document type; it was not read</source>
        <translation>die Antwort deklariert einen Dokumenttyp; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>the answer is not XML ({error})</source>
        <translation>die Antwort ist kein XML ({error})</translation>
    </message>
    <message>
        <source>POX</source>
        <translation>POX</translation>
    </message>
    <message>
        <source>SOAP</source>
        <translation>SOAP</translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>no connection ({error})</source>
        <translation>keine Verbindung ({error})</translation>
    </message>
    <message>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <source>(sign-in refused)</source>
        <translation>(Anmeldung abgelehnt)</translation>
    </message>
    <message>
        <source>EWS address {url}</source>
        <translation>EWS-Adresse {url}</translation>
    </message>
    <message>
        <source>Exchange&apos;s throttling policy limits the superuser. Give it a policy of its own: New-ThrottlingPolicy UMGateway -EwsMaxConcurrency Unlimited -EwsMaxBurst Unlimited -EwsRechargeRate Unlimited; Set-ThrottlingPolicyAssociation {account} -ThrottlingPolicy UMGateway.</source>
        <translation>Die Drosselungsrichtlinie von Exchange begrenzt den Superuser. Geben Sie ihm eine eigene Richtlinie: New-ThrottlingPolicy UMGateway -EwsMaxConcurrency Unlimited -EwsMaxBurst Unlimited -EwsRechargeRate Unlimited; Set-ThrottlingPolicyAssociation {account} -ThrottlingPolicy UMGateway.</translation>
    </message>
    <message>
        <source>{su} may not impersonate {user}</source>
        <translation>{su} darf nicht die Identität von {user} annehmen</translation>
    </message>
    <message>
        <source>Give the superuser the ApplicationImpersonation role: in the Exchange Management Shell run: {command}  (limit it with -RecipientRelativeWriteScope or a management scope if the customer wants), then wait a few minutes and test again.</source>
        <translation>Geben Sie dem Superuser die Rolle ApplicationImpersonation: Führen Sie in der Exchange-Verwaltungsshell aus: {command}  (auf Wunsch des Kunden mit -RecipientRelativeWriteScope oder einem Verwaltungsbereich einschränken), warten Sie dann einige Minuten und testen Sie erneut.</translation>
    </message>
    <message>
        <source>Exchange has no mailbox for {user}</source>
        <translation>Exchange hat kein Postfach für {user}</translation>
    </message>
    <message>
        <source>Check the address on the voicemail boxes page: it must be the user&apos;s primary SMTP address (Get-Mailbox {user} | fl PrimarySmtpAddress), and the mailbox must be on these Exchange servers.</source>
        <translation>Prüfen Sie die Adresse auf der Seite der Voicemail-Postfächer: Es muss die primäre SMTP-Adresse des Benutzers sein (Get-Mailbox {user} | fl PrimarySmtpAddress), und das Postfach muss auf diesen Exchange-Servern liegen.</translation>
    </message>
    <message>
        <source>Exchange denied {su} access to {user}&apos;s mailbox</source>
        <translation>Exchange hat {su} den Zugriff auf das Postfach von {user} verweigert</translation>
    </message>
    <message>
        <source>Check that the ApplicationImpersonation role assignment covers this mailbox (Get-ManagementRoleAssignment -Role ApplicationImpersonation), that EWS is allowed for the superuser (Set-CASMailbox {account} -EwsEnabled $true) and for the user&apos;s organisation (Get-OrganizationConfig | fl Ews*).</source>
        <translation>Prüfen Sie, ob die Rollenzuweisung ApplicationImpersonation dieses Postfach abdeckt (Get-ManagementRoleAssignment -Role ApplicationImpersonation), ob EWS für den Superuser erlaubt ist (Set-CASMailbox {account} -EwsEnabled $true) und für die Organisation des Benutzers (Get-OrganizationConfig | fl Ews*).</translation>
    </message>
    <message>
        <source>Exchange is throttling the superuser (asked to wait {s:.1f} s)</source>
        <translation>Exchange drosselt den Superuser (bat, {s:.1f} s zu warten)</translation>
    </message>
    <message>
        <source>Exchange refused the sign-in of {su}</source>
        <translation>Exchange hat die Anmeldung von {su} abgelehnt</translation>
    </message>
    <message>
        <source>Check the superuser&apos;s name (DOMAIN\account or its UPN) and password, and that the account is not locked out or expired.</source>
        <translation>Prüfen Sie den Namen des Superusers (DOMAIN\account oder sein UPN) und das Passwort, und ob das Konto nicht gesperrt oder abgelaufen ist.</translation>
    </message>
    <message>
        <source>The connection to Exchange failed</source>
        <translation>Die Verbindung zu Exchange ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check the network path to the Exchange server and its EWS address; the detail below says what went wrong.</source>
        <translation>Prüfen Sie den Netzwerkweg zum Exchange-Server und seine EWS-Adresse; das Detail unten sagt, was schiefging.</translation>
    </message>
    <message>
        <source>Exchange answered {code}</source>
        <translation>Exchange antwortete {code}</translation>
    </message>
    <message>
        <source>Look the code up in Exchange&apos;s EWS error list; save the report for the Exchange administrator.</source>
        <translation>Schlagen Sie den Code in der EWS-Fehlerliste von Exchange nach; speichern Sie den Bericht für den Exchange-Administrator.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Run the test again; if it repeats, save the report and send it to support.</source>
        <translation>Führen Sie den Test erneut aus; wiederholt es sich, speichern Sie den Bericht und senden Sie ihn an den Support.</translation>
    </message>
    <message>
        <source>Google Workspace is always reached through the IMAP connector; the Exchange gateway does not support it.</source>
        <translation>Google Workspace wird immer über den IMAP-Connector erreicht; das Exchange-Gateway unterstützt es nicht.</translation>
    </message>
    <message>
        <source>Office 365 is reached through the IMAP connector: Exchange Online no longer offers the web services the gateway uses.</source>
        <translation>Office 365 wird über den IMAP-Connector erreicht: Exchange Online bietet die Webdienste, die das Gateway nutzt, nicht mehr an.</translation>
    </message>
    <message>
        <source>{n:,} Exchange servers need the Exchange gateway: the IMAP connector serves exactly one mail server.</source>
        <translation>{n:,} Exchange-Server brauchen das Exchange-Gateway: Der IMAP-Connector bedient genau einen Mailserver.</translation>
    </message>
    <message>
        <source>{n:,} UM users need the Exchange gateway: the IMAP connector serves at most 500 users on Exchange.</source>
        <translation>{n:,} UM-Benutzer brauchen das Exchange-Gateway: Der IMAP-Connector bedient höchstens 500 Benutzer mit Exchange.</translation>
    </message>
    <message>
        <source>{n:,} UM users on one Exchange server fit the IMAP connector (up to 500), the default adapter.</source>
        <translation>{n:,} UM-Benutzer auf einem Exchange-Server passen zum IMAP-Connector (bis 500), dem Standardadapter.</translation>
    </message>
    <message>
        <source>{kind} is not on the documented list (Exchange 2010, 2013, 2016). It offers the same IMAP4 and web services as Exchange 2016, so both adapters are expected to work.</source>
        <translation>{kind} steht nicht auf der dokumentierten Liste (Exchange 2010, 2013, 2016). Es bietet dieselben IMAP4- und Webdienste wie Exchange 2016, daher sollten beide Adapter funktionieren.</translation>
    </message>
    <message>
        <source>Continue only if the customer accepts an undocumented configuration; the connection test shows whether it works.</source>
        <translation>Fahren Sie nur fort, wenn der Kunde eine nicht dokumentierte Konfiguration akzeptiert; der Verbindungstest zeigt, ob sie funktioniert.</translation>
    </message>
    <message>
        <source>Enter 1: {kind} is one service, however many data centres it uses.</source>
        <translation>Geben Sie 1 ein: {kind} ist ein Dienst, gleich wie viele Rechenzentren er nutzt.</translation>
    </message>
    <message>
        <source>Use the Exchange gateway (choose &apos;Recommended&apos;), or connect only the users of one mail server.</source>
        <translation>Verwenden Sie das Exchange-Gateway (wählen Sie „Empfohlen“) oder verbinden Sie nur die Benutzer eines Mailservers.</translation>
    </message>
    <message>
        <source>The IMAP connector serves exactly one mail server; this site has {n}.</source>
        <translation>Der IMAP-Connector bedient genau einen Mailserver; dieser Standort hat {n}.</translation>
    </message>
    <message>
        <source>The IMAP connector serves at most 2,500 UM users with Google Workspace; this site has {n:,}.</source>
        <translation>Der IMAP-Connector bedient mit Google Workspace höchstens 2.500 UM-Benutzer; dieser Standort hat {n:,}.</translation>
    </message>
    <message>
        <source>Split the users across UM systems of at most 2,500 users each.</source>
        <translation>Verteilen Sie die Benutzer auf UM-Systeme mit je höchstens 2.500 Benutzern.</translation>
    </message>
    <message>
        <source>Office 365 with {n:,} UM users has no documented configuration: the IMAP connector stops at 500 users, and the gateway cannot reach Exchange Online.</source>
        <translation>Office 365 mit {n:,} UM-Benutzern hat keine dokumentierte Konfiguration: Der IMAP-Connector endet bei 500 Benutzern, und das Gateway erreicht Exchange Online nicht.</translation>
    </message>
    <message>
        <source>Split the users across UM systems of at most 500 users each, or ask the UM vendor for a supported design.</source>
        <translation>Verteilen Sie die Benutzer auf UM-Systeme mit je höchstens 500 Benutzern oder fragen Sie den UM-Hersteller nach einem unterstützten Aufbau.</translation>
    </message>
    <message>
        <source>The IMAP connector serves at most 500 UM users on Exchange; this site has {n:,}.</source>
        <translation>Der IMAP-Connector bedient mit Exchange höchstens 500 UM-Benutzer; dieser Standort hat {n:,}.</translation>
    </message>
    <message>
        <source>Use the Exchange gateway (choose &apos;Recommended&apos;).</source>
        <translation>Verwenden Sie das Exchange-Gateway (wählen Sie „Empfohlen“).</translation>
    </message>
    <message>
        <source>With more than 500 UM users or two or more Exchange servers, Exchange needs the Exchange gateway on a separate Windows computer in the Exchange domain.</source>
        <translation>Mit mehr als 500 UM-Benutzern oder zwei oder mehr Exchange-Servern braucht Exchange das Exchange-Gateway auf einem eigenen Windows-Computer in der Exchange-Domäne.</translation>
    </message>
    <message>
        <source>The Exchange gateway does not support Google Workspace.</source>
        <translation>Das Exchange-Gateway unterstützt Google Workspace nicht.</translation>
    </message>
    <message>
        <source>Use the IMAP connector (choose &apos;Recommended&apos;).</source>
        <translation>Verwenden Sie den IMAP-Connector (wählen Sie „Empfohlen“).</translation>
    </message>
    <message>
        <source>The Exchange gateway cannot serve Office 365: Exchange Online has turned off the web services (EWS) and the impersonation role it needs.</source>
        <translation>Das Exchange-Gateway kann Office 365 nicht bedienen: Exchange Online hat die Webdienste (EWS) und die Impersonation-Rolle abgeschaltet, die es braucht.</translation>
    </message>
    <message>
        <source>Use the IMAP connector with OAuth 2.0 (choose &apos;Recommended&apos;).</source>
        <translation>Verwenden Sie den IMAP-Connector mit OAuth 2.0 (wählen Sie „Empfohlen“).</translation>
    </message>
    <message>
        <source>The Exchange gateway serves at most 2,500 UM users; this site has {n:,}.</source>
        <translation>Das Exchange-Gateway bedient höchstens 2.500 UM-Benutzer; dieser Standort hat {n:,}.</translation>
    </message>
    <message>
        <source>The Exchange gateway runs on Windows; this computer runs {product}.</source>
        <translation>Das Exchange-Gateway läuft unter Windows; dieser Computer läuft mit {product}.</translation>
    </message>
    <message>
        <source>Run this wizard on the Windows computer that will be the gateway.</source>
        <translation>Führen Sie diesen Assistenten auf dem Windows-Computer aus, der das Gateway wird.</translation>
    </message>
    <message>
        <source>{product} cannot join an Active Directory domain, which the gateway needs.</source>
        <translation>{product} kann keiner Active-Directory-Domäne beitreten, was das Gateway braucht.</translation>
    </message>
    <message>
        <source>Use a Professional or Server edition of Windows.</source>
        <translation>Verwenden Sie eine Professional- oder Server-Edition von Windows.</translation>
    </message>
    <message>
        <source>{product} ({bits}-bit) is not on the documented list for the gateway, which ends at Windows 10 and Windows Server 2012 R2. Newer Windows runs the same services, so it is expected to work.</source>
        <translation>{product} ({bits}-Bit) steht nicht auf der dokumentierten Liste für das Gateway, die bei Windows 10 und Windows Server 2012 R2 endet. Neuere Windows-Versionen bieten dieselben Dienste, daher sollte es funktionieren.</translation>
    </message>
    <message>
        <source>Continue only if the customer accepts an undocumented host.</source>
        <translation>Fahren Sie nur fort, wenn der Kunde einen nicht dokumentierten Host akzeptiert.</translation>
    </message>
    <message>
        <source>{product} is {why} for the gateway.</source>
        <translation>{product} ist für das Gateway {why}.</translation>
    </message>
    <message>
        <source>too old</source>
        <translation>zu alt</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <source>Use Windows 10 (64-bit) or Windows Server 2012 R2 or newer.</source>
        <translation>Verwenden Sie Windows 10 (64-Bit) oder Windows Server 2012 R2 oder neuer.</translation>
    </message>
    <message>
        <source>{product} is documented for the gateway only as 64-bit; this computer runs the 32-bit edition.</source>
        <translation>{product} ist für das Gateway nur als 64-Bit-Version dokumentiert; dieser Computer läuft mit der 32-Bit-Edition.</translation>
    </message>
    <message>
        <source>Use a 64-bit installation of Windows.</source>
        <translation>Verwenden Sie eine 64-Bit-Installation von Windows.</translation>
    </message>
    <message>
        <source>{product} is documented for the gateway only in its Professional edition. Other editions that can join a domain run the same services.</source>
        <translation>{product} ist für das Gateway nur in der Professional-Edition dokumentiert. Andere Editionen, die einer Domäne beitreten können, bieten dieselben Dienste.</translation>
    </message>
    <message>
        <source>Continue only if the customer accepts an undocumented edition.</source>
        <translation>Fahren Sie nur fort, wenn der Kunde eine nicht dokumentierte Edition akzeptiert.</translation>
    </message>
    <message>
        <source>its name {name} is this computer&apos;s name ({mine})</source>
        <translation>sein Name {name} ist der Name dieses Computers ({mine})</translation>
    </message>
    <message>
        <source>{name} resolves to {address}, an address of this computer</source>
        <translation>{name} wird zu {address} aufgelöst, einer Adresse dieses Computers</translation>
    </message>
    <message>
        <source>The gateway must not run on the UM server, but {why}.</source>
        <translation>Das Gateway darf nicht auf dem UM-Server laufen, aber {why}.</translation>
    </message>
    <message>
        <source>Run the gateway on its own Windows computer.</source>
        <translation>Betreiben Sie das Gateway auf einem eigenen Windows-Computer.</translation>
    </message>
    <message>
        <source>This computer ({name}) is not joined to an Active Directory domain; the gateway must be in the Exchange servers&apos; domain.</source>
        <translation>Dieser Computer ({name}) ist keiner Active-Directory-Domäne beigetreten; das Gateway muss in der Domäne der Exchange-Server sein.</translation>
    </message>
    <message>
        <source>Join this computer to the Exchange domain, then run the wizard again.</source>
        <translation>Nehmen Sie diesen Computer in die Exchange-Domäne auf und starten Sie dann den Assistenten erneut.</translation>
    </message>
    <message>
        <source>The gateway and Exchange must be on different computers, but {why}.</source>
        <translation>Gateway und Exchange müssen auf verschiedenen Computern laufen, aber {why}.</translation>
    </message>
    <message>
        <source>Cannot tell which domain &apos;{name}&apos; is in from its name, so it cannot be compared with this computer&apos;s domain {domain}.</source>
        <translation>Aus dem Namen „{name}“ lässt sich die Domäne nicht ablesen, daher kann sie nicht mit der Domäne {domain} dieses Computers verglichen werden.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s full name (e.g. ex01.{domain}).</source>
        <translation>Geben Sie den vollständigen Namen des Servers ein (z. B. ex01.{domain}).</translation>
    </message>
    <message>
        <source>Exchange server {name} is not in this computer&apos;s domain {domain}.</source>
        <translation>Exchange-Server {name} ist nicht in der Domäne {domain} dieses Computers.</translation>
    </message>
    <message>
        <source>Install the gateway on a computer of the Exchange domain, or check the server&apos;s name.</source>
        <translation>Installieren Sie das Gateway auf einem Computer der Exchange-Domäne oder prüfen Sie den Namen des Servers.</translation>
    </message>
    <message>
        <source>The gateway signs in as the superuser (NPUMAdmin), which needs the right to open every UM user&apos;s mailbox on that user&apos;s behalf (impersonation), beyond an ordinary administrator&apos;s rights.</source>
        <translation>Das Gateway meldet sich als Superuser (NPUMAdmin) an, der das Recht braucht, jedes Postfach der UM-Benutzer in deren Namen zu öffnen (Impersonation), über die Rechte eines gewöhnlichen Administrators hinaus.</translation>
    </message>
    <message>
        <source>The site is set up for {kind}, but {listing}.</source>
        <translation>Der Standort ist für {kind} eingerichtet, aber {listing}.</translation>
    </message>
    <message>
        <source>{host} runs Exchange {version}</source>
        <translation>{host} läuft mit Exchange {version}</translation>
    </message>
    <message>
        <source>Choose the Exchange version the servers run on the site page, or correct the version entered here.</source>
        <translation>Wählen Sie auf der Standortseite die Exchange-Version der Server oder korrigieren Sie die hier eingegebene Version.</translation>
    </message>
    <message>
        <source>All Exchange servers must run the same Exchange version; found {listing}.</source>
        <translation>Alle Exchange-Server müssen dieselbe Exchange-Version haben; gefunden: {listing}.</translation>
    </message>
    <message>
        <source>Upgrade the servers to one version before setting up the gateway.</source>
        <translation>Bringen Sie die Server auf eine Version, bevor Sie das Gateway einrichten.</translation>
    </message>
    <message>
        <source>The Exchange version of {names} is not known, so the rule that all servers run the same version cannot be checked yet.</source>
        <translation>Die Exchange-Version von {names} ist unbekannt, daher lässt sich die Regel, dass alle Server dieselbe Version haben, noch nicht prüfen.</translation>
    </message>
    <message>
        <source>Enter each server&apos;s version; the connection test also reads it.</source>
        <translation>Geben Sie die Version jedes Servers ein; der Verbindungstest liest sie auch aus.</translation>
    </message>
    <message>
        <source>The gateway&apos;s link to Exchange is encrypted: Exchange 2007 and newer require TLS for their web services by default.</source>
        <translation>Die Verbindung des Gateways zu Exchange ist verschlüsselt: Exchange 2007 und neuer verlangen standardmäßig TLS für ihre Webdienste.</translation>
    </message>
    <message>
        <source>Hosted mail can deliver late: a voicemail&apos;s email may carry a later time than the call itself. That is expected.</source>
        <translation>Gehostete Mail kann verspätet zustellen: Die E-Mail zu einer Voicemail kann eine spätere Zeit tragen als der Anruf selbst. Das ist normal.</translation>
    </message>
    <message>
        <source>Office 365 accepts no passwords over IMAP: the connector signs in with OAuth 2.0 as an app registration (tenant ID, client ID, client secret or certificate) that the tenant administrator allows to open the UM users&apos; mailboxes.</source>
        <translation>Office 365 nimmt über IMAP keine Passwörter an: Der Connector meldet sich mit OAuth 2.0 als App-Registrierung an (Mandanten-ID, Client-ID, geheimer Clientschlüssel oder Zertifikat), der der Mandantenadministrator erlaubt, die Postfächer der UM-Benutzer zu öffnen.</translation>
    </message>
    <message>
        <source>Google Workspace signs in with OAuth 2.0 as a service account with domain-wide delegation (its JSON key), or with an app password of an account that may open the mailboxes.</source>
        <translation>Google Workspace meldet sich mit OAuth 2.0 als Dienstkonto mit domänenweiter Delegierung an (über dessen JSON-Schlüssel) oder mit einem App-Passwort eines Kontos, das die Postfächer öffnen darf.</translation>
    </message>
    <message>
        <source>The gateway reaches Exchange through Exchange Web Services (EWS), signed in as the superuser and opening each UM user&apos;s mailbox by impersonation; the connection test checks every part of that.</source>
        <translation>Das Gateway erreicht Exchange über die Exchange-Webdienste (EWS), angemeldet als Superuser, und öffnet das Postfach jedes UM-Benutzers per Identitätswechsel; der Verbindungstest prüft jeden Teil davon.</translation>
    </message>
    <message>
        <source>The EWS address of {host} ({url}) is not encrypted (https).</source>
        <translation>Die EWS-Adresse von {host} ({url}) ist nicht verschlüsselt (https).</translation>
    </message>
    <message>
        <source>Use the https:// address; Exchange serves EWS over TLS.</source>
        <translation>Verwenden Sie die https://-Adresse; Exchange stellt EWS über TLS bereit.</translation>
    </message>
    <message>
        <source>Office 365 and Google sign in with OAuth 2.0 (an app registration or a service account); informational.</source>
        <translation>Office 365 und Google melden sich mit OAuth 2.0 an (eine App-Registrierung oder ein Dienstkonto); zur Information.</translation>
    </message>
    <message>
        <source>Gateway link to Exchange</source>
        <translation>Gateway-Verbindung zu Exchange</translation>
    </message>
    <message>
        <source>The gateway talks Exchange Web Services (EWS) with impersonation, since MAPI/RPC has no client here; EWS addresses must use https.</source>
        <translation>Das Gateway spricht Exchange-Webdienste (EWS) mit Identitätswechsel, da es hier keinen MAPI/RPC-Client gibt; EWS-Adressen müssen https verwenden.</translation>
    </message>
    <message>
        <source>Where the documented rules are silent, umconnect decides as a careful technician would and says so as a warning.</source>
        <translation>Wo die dokumentierten Regeln schweigen, entscheidet umconnect wie ein sorgfältiger Techniker und sagt es als Warnung.</translation>
    </message>
    <message>
        <source>Supported mail servers</source>
        <translation>Unterstützte Mailserver</translation>
    </message>
    <message>
        <source>The IMAP connector works with Exchange 2010, 2013 and 2016, Office 365 and Google Workspace. Exchange 2019 and Subscription Edition are not documented; they speak the same protocols, so they pass with a warning to acknowledge.</source>
        <translation>Der IMAP-Connector arbeitet mit Exchange 2010, 2013 und 2016, Office 365 und Google Workspace. Exchange 2019 und Subscription Edition sind nicht dokumentiert; sie sprechen dieselben Protokolle und werden daher mit einer zu bestätigenden Warnung zugelassen.</translation>
    </message>
    <message>
        <source>One mail server per IMAP connector</source>
        <translation>Ein Mailserver je IMAP-Connector</translation>
    </message>
    <message>
        <source>The IMAP connector serves exactly one mail server.</source>
        <translation>Der IMAP-Connector bedient genau einen Mailserver.</translation>
    </message>
    <message>
        <source>IMAP connector capacity</source>
        <translation>Kapazität des IMAP-Connectors</translation>
    </message>
    <message>
        <source>At most 500 UM users with Exchange or Office 365, at most 2,500 with Google. Office 365 above 500 users has no documented configuration and is blocked.</source>
        <translation>Höchstens 500 UM-Benutzer mit Exchange oder Office 365, höchstens 2.500 mit Google. Office 365 mit mehr als 500 Benutzern hat keine dokumentierte Konfiguration und wird blockiert.</translation>
    </message>
    <message>
        <source>When Exchange needs the gateway</source>
        <translation>Wann Exchange das Gateway braucht</translation>
    </message>
    <message>
        <source>More than 500 UM users, or two or more Exchange servers, require the Exchange gateway.</source>
        <translation>Mehr als 500 UM-Benutzer oder zwei oder mehr Exchange-Server verlangen das Exchange-Gateway.</translation>
    </message>
    <message>
        <source>No gateway for hosted mail</source>
        <translation>Kein Gateway für gehostete Mail</translation>
    </message>
    <message>
        <source>The gateway is not supported with Google. Since Exchange Online switched off EWS and impersonation, it cannot serve Office 365 either.</source>
        <translation>Das Gateway wird mit Google nicht unterstützt. Seit Exchange Online EWS und Impersonation abgeschaltet hat, kann es auch Office 365 nicht bedienen.</translation>
    </message>
    <message>
        <source>Gateway capacity</source>
        <translation>Kapazität des Gateways</translation>
    </message>
    <message>
        <source>The gateway serves at most 2,500 UM users.</source>
        <translation>Das Gateway bedient höchstens 2.500 UM-Benutzer.</translation>
    </message>
    <message>
        <source>Gateway operating system</source>
        <translation>Betriebssystem des Gateways</translation>
    </message>
    <message>
        <source>Documented: Windows 7 Professional (32/64-bit), Windows 8 Professional, Windows 10, Windows Server 2008 R2 and 2012 R2 (all 64-bit). Newer Windows (8.1, 11, Server 2012, 2016, 2019, 2022, 2025) passes with a warning; Home editions cannot join a domain; 32-bit where only 64-bit is listed, and anything not Windows, is an error.</source>
        <translation>Dokumentiert: Windows 7 Professional (32/64-Bit), Windows 8 Professional, Windows 10, Windows Server 2008 R2 und 2012 R2 (alle 64-Bit). Neuere Windows-Versionen (8.1, 11, Server 2012, 2016, 2019, 2022, 2025) werden mit einer Warnung zugelassen; Home-Editionen können keiner Domäne beitreten; 32-Bit, wo nur 64-Bit gelistet ist, und alles außer Windows ist ein Fehler.</translation>
    </message>
    <message>
        <source>Gateway not on the UM server</source>
        <translation>Gateway nicht auf dem UM-Server</translation>
    </message>
    <message>
        <source>The gateway runs on its own computer. The UM server&apos;s name and addresses are compared with this computer&apos;s.</source>
        <translation>Das Gateway läuft auf einem eigenen Computer. Name und Adressen des UM-Servers werden mit denen dieses Computers verglichen.</translation>
    </message>
    <message>
        <source>Gateway and Exchange in one domain</source>
        <translation>Gateway und Exchange in einer Domäne</translation>
    </message>
    <message>
        <source>The gateway and Exchange are in the same domain, on different computers. A server given by IP address or short name cannot be placed in a domain: warning.</source>
        <translation>Gateway und Exchange sind in derselben Domäne, auf verschiedenen Computern. Ein per IP-Adresse oder Kurznamen angegebener Server lässt sich keiner Domäne zuordnen: Warnung.</translation>
    </message>
    <message>
        <source>The superuser account</source>
        <translation>Das Superuser-Konto</translation>
    </message>
    <message>
        <source>The gateway needs the superuser (NPUMAdmin), which opens every UM user&apos;s mailbox on that user&apos;s behalf.</source>
        <translation>Das Gateway braucht den Superuser (NPUMAdmin), der jedes Postfach der UM-Benutzer in deren Namen öffnet.</translation>
    </message>
    <message>
        <source>One Exchange version</source>
        <translation>Eine Exchange-Version</translation>
    </message>
    <message>
        <source>All Exchange servers run the same version; unknown versions are a warning until entered or read by the connection test.</source>
        <translation>Alle Exchange-Server haben dieselbe Version; unbekannte Versionen sind eine Warnung, bis sie eingegeben oder vom Verbindungstest gelesen werden.</translation>
    </message>
    <message>
        <source>Encrypted link to Exchange</source>
        <translation>Verschlüsselte Verbindung zu Exchange</translation>
    </message>
    <message>
        <source>Exchange 2007 and newer encrypt the gateway&apos;s link by default.</source>
        <translation>Exchange 2007 und neuer verschlüsseln die Verbindung des Gateways standardmäßig.</translation>
    </message>
    <message>
        <source>Delivery delay with hosted mail</source>
        <translation>Zustellverzögerung bei gehosteter Mail</translation>
    </message>
    <message>
        <source>Hosted mail may deliver late; the email&apos;s time can differ from the voicemail&apos;s. Informational only.</source>
        <translation>Gehostete Mail kann verspätet zustellen; die Zeit der E-Mail kann von der der Voicemail abweichen. Nur zur Information.</translation>
    </message>
    <message>
        <source>Sign-in to hosted mail</source>
        <translation>Anmeldung bei gehosteter Mail</translation>
    </message>
    <message>
        <source>certificate private key</source>
        <translation>Privater Zertifikatsschlüssel</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>service account key</source>
        <translation>Dienstkontoschlüssel</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The credential store &apos;{name}&apos; keeps passwords in a file anyone with access to this account can read. Remove the keyrings.alt package and use the system&apos;s credential store.</source>
        <translation>Der Anmeldedatenspeicher „{name}“ legt Passwörter in einer Datei ab, die jeder mit Zugriff auf dieses Konto lesen kann. Entfernen Sie das Paket keyrings.alt und verwenden Sie den Anmeldedatenspeicher des Systems.</translation>
    </message>
    <message>
        <source>No credential store is available on this computer, so passwords cannot be kept safely. On Linux, install and unlock a Secret Service (e.g. &apos;apt install gnome-keyring&apos; and log in to a desktop session); on Windows the Credential Manager is built in.</source>
        <translation>Auf diesem Computer ist kein Anmeldedatenspeicher verfügbar, daher können Passwörter nicht sicher aufbewahrt werden. Unter Linux installieren und entsperren Sie einen Secret Service (z. B. „apt install gnome-keyring“ und Anmeldung an einer Desktop-Sitzung); unter Windows ist die Anmeldeinformationsverwaltung eingebaut.</translation>
    </message>
    <message>
        <source>The credential store refused to keep the password for {ref}: {error}</source>
        <translation>Der Anmeldedatenspeicher hat sich geweigert, das Passwort für {ref} aufzubewahren: {error}</translation>
    </message>
    <message>
        <source>The credential &apos;{name}&apos; handed to the service cannot be read: {error}</source>
        <translation>Die dem Dienst übergebenen Anmeldedaten „{name}“ können nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>The credential store could not be read for {ref}: {error}</source>
        <translation>Der Anmeldedatenspeicher konnte für {ref} nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>No password is stored for {ref}. Run the wizard or &apos;umconnect apply&apos; again to store it.</source>
        <translation>Für {ref} ist kein Passwort gespeichert. Führen Sie den Assistenten oder „umconnect apply“ erneut aus, um es zu speichern.</translation>
    </message>
    <message>
        <source>The state folder {path} cannot be used: {error}</source>
        <translation>Der Statusordner {path} ist nicht verwendbar: {error}</translation>
    </message>
    <message>
        <source>process {pid}</source>
        <translation>Prozess {pid}</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>ein anderer Prozess</translation>
    </message>
    <message>
        <source>The service for {path} is already running ({who}). Stop it first with &apos;umconnect service stop&apos;, or use another state folder.</source>
        <translation>Der Dienst für {path} läuft bereits ({who}). Halten Sie ihn zuerst mit „umconnect service stop“ an oder verwenden Sie einen anderen Statusordner.</translation>
    </message>
    <message>
        <source>The state folder {path} cannot be locked: {error}. Use a local folder.</source>
        <translation>Der Statusordner {path} lässt sich nicht sperren: {error}. Verwenden Sie einen lokalen Ordner.</translation>
    </message>
    <message>
        <source>The service is not running.</source>
        <translation>Der Dienst läuft nicht.</translation>
    </message>
    <message>
        <source>Its last problem: {error}</source>
        <translation>Sein letztes Problem: {error}</translation>
    </message>
    <message>
        <source>The service is running (process {pid}), starting its first sync.</source>
        <translation>Der Dienst läuft (Prozess {pid}) und beginnt seine erste Synchronisation.</translation>
    </message>
    <message>
        <source>The service is running (process {pid}); last sync {when}, {n} voicemail(s) delivered.</source>
        <translation>Der Dienst läuft (Prozess {pid}); letzte Synchronisation {when}, {n} Voicemail(s) zugestellt.</translation>
    </message>
    <message>
        <source>The service is running (process {pid}) but has not completed a sync yet.</source>
        <translation>Der Dienst läuft (Prozess {pid}), hat aber noch keine Synchronisation abgeschlossen.</translation>
    </message>
    <message>
        <source>Mail server unreachable: {error}</source>
        <translation>Mailserver nicht erreichbar: {error}</translation>
    </message>
    <message>
        <source>It cannot deliver voicemail: {error}</source>
        <translation>Er kann keine Voicemail zustellen: {error}</translation>
    </message>
    <message>
        <source>{n} voicemail(s) set aside, as their files cannot be used; the log says why.</source>
        <translation>{n} Voicemail(s) zurückgestellt, da ihre Dateien unbrauchbar sind; das Protokoll sagt, warum.</translation>
    </message>
    <message>
        <source>The service stopped right after starting (exit code {code}). It said:
{log}</source>
        <translation>Der Dienst hielt direkt nach dem Start an (Exit-Code {code}). Er meldete:
{log}</translation>
    </message>
    <message>
        <source>{path} has no [message] section.</source>
        <translation>{path} hat keinen Abschnitt [message].</translation>
    </message>
    <message>
        <source>incomplete: its audio file {name} is a link to {target}, which does not exist</source>
        <translation>unvollständig: Seine Audiodatei {name} ist ein Link auf {target}, das nicht existiert</translation>
    </message>
    <message>
        <source>incomplete: no audio file ({name}) beside it {s:g} s after it was written</source>
        <translation>unvollständig: keine Audiodatei ({name}) daneben, {s:g} s nachdem sie geschrieben wurde</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>ein unbekannter Anrufer</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>Urgent voicemail from {who}, {length}</source>
        <translation>Dringende Sprachnachricht von {who}, {length}</translation>
    </message>
    <message>
        <source>Voicemail from {who}, {length}</source>
        <translation>Voicemail von {who}, {length}</translation>
    </message>
    <message>
        <source>{who} left you a voicemail of {length} on {when}.

The recording is attached ({name}); open it to listen.
</source>
        <translation>{who} hat Ihnen am {when} eine Voicemail von {length} hinterlassen.

Die Aufnahme ist angehängt ({name}); öffnen Sie sie zum Anhören.
</translation>
    </message>
    <message>
        <source>Autodiscover found no EWS address</source>
        <translation>Autodiscover fand keine EWS-Adresse</translation>
    </message>
    <message>
        <source>Put the EWS address in the configuration (site.exchange_servers[0].ews_url).</source>
        <translation>Tragen Sie die EWS-Adresse in die Konfiguration ein (site.exchange_servers[0].ews_url).</translation>
    </message>
    <message>
        <source>Check the spool setting in the configuration.</source>
        <translation>Prüfen Sie die Spool-Einstellung in der Konfiguration.</translation>
    </message>
    <message>
        <source>the application</source>
        <translation>die Anwendung</translation>
    </message>
    <message>
        <source>Admin consent for IMAP is missing</source>
        <translation>Die Administratorzustimmung für IMAP fehlt</translation>
    </message>
    <message>
        <source>The token carries no {role} permission. In the Entra admin center, open the app registration, API permissions: add Office 365 Exchange Online, Application permissions, {role}, then press &apos;Grant admin consent&apos;.</source>
        <translation>Das Token enthält keine Berechtigung {role}. Öffnen Sie im Entra Admin Center die App-Registrierung, API-Berechtigungen: Fügen Sie Office 365 Exchange Online, Anwendungsberechtigungen, {role} hinzu und klicken Sie dann auf „Administratorzustimmung erteilen“.</translation>
    </message>
    <message>
        <source>Roles in the token: {roles}</source>
        <translation>Rollen im Token: {roles}</translation>
    </message>
    <message>
        <source>The key file is not JSON</source>
        <translation>Die Schlüsseldatei ist kein JSON</translation>
    </message>
    <message>
        <source>Choose the JSON key file downloaded for the service account (Google Cloud console, IAM, Service accounts, Keys), not a P12 file.</source>
        <translation>Wählen Sie die JSON-Schlüsseldatei, die für das Dienstkonto heruntergeladen wurde (Google Cloud Console, IAM, Dienstkonten, Schlüssel), keine P12-Datei.</translation>
    </message>
    <message>
        <source>This is not a service account key</source>
        <translation>Das ist kein Schlüssel eines Dienstkontos</translation>
    </message>
    <message>
        <source>The file must be a service account&apos;s JSON key (its &quot;type&quot; is &quot;service_account&quot;); OAuth client files for people do not work without someone signing in.</source>
        <translation>Die Datei muss der JSON-Schlüssel eines Dienstkontos sein (sein „type“ ist „service_account“); OAuth-Clientdateien für Personen funktionieren nicht, ohne dass sich jemand anmeldet.</translation>
    </message>
    <message>
        <source>The key file is incomplete</source>
        <translation>Die Schlüsseldatei ist unvollständig</translation>
    </message>
    <message>
        <source>It lacks {fields}. Download a new JSON key for the service account.</source>
        <translation>Es fehlt {fields}. Laden Sie einen neuen JSON-Schlüssel für das Dienstkonto herunter.</translation>
    </message>
    <message>
        <source>Tenant {tenant} not found</source>
        <translation>Mandant {tenant} nicht gefunden</translation>
    </message>
    <message>
        <source>Microsoft knows no directory {tenant}. Copy the Directory (tenant) ID from the app registration&apos;s Overview page in the Entra admin center, or use the tenant&apos;s name (contoso.onmicrosoft.com).</source>
        <translation>Microsoft kennt kein Verzeichnis {tenant}. Kopieren Sie die Verzeichnis-ID (Mandant) von der Übersichtsseite der App-Registrierung im Entra Admin Center, oder verwenden Sie den Namen des Mandanten (contoso.onmicrosoft.com).</translation>
    </message>
    <message>
        <source>The sign-in service cannot be reached</source>
        <translation>Der Anmeldedienst ist nicht erreichbar</translation>
    </message>
    <message>
        <source>No answer from {where}. Check this computer&apos;s internet access, proxy and firewall for HTTPS (port 443).</source>
        <translation>Keine Antwort von {where}. Prüfen Sie Internetzugang, Proxy und Firewall dieses Computers für HTTPS (Port 443).</translation>
    </message>
    <message>
        <source>The private key cannot be used</source>
        <translation>Der private Schlüssel ist nicht verwendbar</translation>
    </message>
    <message>
        <source>Paste the certificate&apos;s private key as PEM text (BEGIN PRIVATE KEY), or the service account&apos;s JSON key file, as it was downloaded.</source>
        <translation>Fügen Sie den privaten Schlüssel des Zertifikats als PEM-Text ein (BEGIN PRIVATE KEY) oder die JSON-Schlüsseldatei des Dienstkontos, so wie sie heruntergeladen wurde.</translation>
    </message>
    <message>
        <source>Unknown application (client) ID</source>
        <translation>Unbekannte Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>The tenant has no app registration {client}. Copy the Application (client) ID from the app registration&apos;s Overview page, and check that the tenant ID belongs to the same directory.</source>
        <translation>Der Mandant hat keine App-Registrierung {client}. Kopieren Sie die Anwendungs-ID (Client) von der Übersichtsseite der App-Registrierung, und prüfen Sie, ob die Mandanten-ID zum selben Verzeichnis gehört.</translation>
    </message>
    <message>
        <source>The secret&apos;s ID was entered, not its value</source>
        <translation>Die ID des geheimen Schlüssels wurde eingegeben, nicht sein Wert</translation>
    </message>
    <message>
        <source>What was entered is the secret&apos;s ID (a GUID). Enter the secret&apos;s Value instead; Entra shows it only right after the secret is created, so create a new client secret if it was not copied.</source>
        <translation>Eingegeben wurde die ID des geheimen Schlüssels (eine GUID). Geben Sie stattdessen seinen Wert ein; Entra zeigt ihn nur direkt nach dem Erstellen, erstellen Sie also einen neuen geheimen Clientschlüssel, falls er nicht kopiert wurde.</translation>
    </message>
    <message>
        <source>The client secret is wrong</source>
        <translation>Der geheime Clientschlüssel ist falsch</translation>
    </message>
    <message>
        <source>Copy the client secret&apos;s Value again (Certificates &amp; secrets), or create a new secret and enter its value.</source>
        <translation>Kopieren Sie den Wert des geheimen Clientschlüssels erneut (Zertifikate &amp; Geheimnisse), oder erstellen Sie einen neuen geheimen Schlüssel und geben Sie seinen Wert ein.</translation>
    </message>
    <message>
        <source>The client secret has expired</source>
        <translation>Der geheime Clientschlüssel ist abgelaufen</translation>
    </message>
    <message>
        <source>Create a new client secret for the app registration (Certificates &amp; secrets) and enter its value.</source>
        <translation>Erstellen Sie einen neuen geheimen Clientschlüssel für die App-Registrierung (Zertifikate &amp; Geheimnisse) und geben Sie seinen Wert ein.</translation>
    </message>
    <message>
        <source>The certificate was not accepted</source>
        <translation>Das Zertifikat wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>Upload the certificate (.cer) to the app registration, Certificates &amp; secrets, and check that the thumbprint and private key entered here belong to it.</source>
        <translation>Laden Sie das Zertifikat (.cer) in die App-Registrierung hoch (Zertifikate &amp; Geheimnisse), und prüfen Sie, ob der hier eingegebene Fingerabdruck und private Schlüssel dazu gehören.</translation>
    </message>
    <message>
        <source>In the Entra admin center, open the app registration, API permissions, add Office 365 Exchange Online, {role}, and press &apos;Grant admin consent&apos;.</source>
        <translation>Öffnen Sie im Entra Admin Center die App-Registrierung, API-Berechtigungen, fügen Sie Office 365 Exchange Online, {role} hinzu und klicken Sie auf „Administratorzustimmung erteilen“.</translation>
    </message>
    <message>
        <source>The application&apos;s credential was refused</source>
        <translation>Die Anmeldedaten der Anwendung wurden abgelehnt</translation>
    </message>
    <message>
        <source>Check the client secret&apos;s value or the certificate of the app registration.</source>
        <translation>Prüfen Sie den Wert des geheimen Clientschlüssels oder das Zertifikat der App-Registrierung.</translation>
    </message>
    <message>
        <source>Microsoft refused the token request</source>
        <translation>Microsoft hat die Token-Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Read Microsoft&apos;s message below (its AADSTS code names the cause) and check the app registration.</source>
        <translation>Lesen Sie die Meldung von Microsoft unten (ihr AADSTS-Code nennt die Ursache) und prüfen Sie die App-Registrierung.</translation>
    </message>
    <message>
        <source>Domain-wide delegation is not granted</source>
        <translation>Die domänenweite Delegierung ist nicht erteilt</translation>
    </message>
    <message>
        <source>In the Google Admin console (Security, Access and data control, API controls, Manage domain-wide delegation) add client ID {client} with the scope {scope}.</source>
        <translation>Fügen Sie in der Google Admin-Konsole (Sicherheit, Zugriffs- und Datenkontrolle, API-Steuerung, Domainweite Delegierung verwalten) die Client-ID {client} mit dem Bereich {scope} hinzu.</translation>
    </message>
    <message>
        <source>Delegation denied for {user}</source>
        <translation>Delegierung für {user} verweigert</translation>
    </message>
    <message>
        <source>Google will not let the service account act for {user}. Use the user&apos;s full address in this Google Workspace domain, and check that the account exists and is not suspended.</source>
        <translation>Google lässt das Dienstkonto nicht für {user} handeln. Verwenden Sie die vollständige Adresse des Benutzers in dieser Google-Workspace-Domäne, und prüfen Sie, ob das Konto existiert und nicht gesperrt ist.</translation>
    </message>
    <message>
        <source>Google refused the service account key</source>
        <translation>Google hat den Schlüssel des Dienstkontos abgelehnt</translation>
    </message>
    <message>
        <source>The key may have been deleted or the service account disabled. Create a new JSON key (Google Cloud console, IAM, Service accounts, Keys) and load it here; check this computer&apos;s clock too.</source>
        <translation>Der Schlüssel wurde vielleicht gelöscht oder das Dienstkonto deaktiviert. Erstellen Sie einen neuen JSON-Schlüssel (Google Cloud Console, IAM, Dienstkonten, Schlüssel) und laden Sie ihn hier; prüfen Sie auch die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>Google refused the token request</source>
        <translation>Google hat die Token-Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Read Google&apos;s message below and check the service account and its domain-wide delegation.</source>
        <translation>Lesen Sie die Meldung von Google unten und prüfen Sie das Dienstkonto und seine domänenweite Delegierung.</translation>
    </message>
    <message>
        <source>IMAP is switched off for {user}</source>
        <translation>IMAP ist für {user} ausgeschaltet</translation>
    </message>
    <message>
        <source>A Google Workspace administrator must allow IMAP (Admin console, Apps, Google Workspace, Gmail, End User Access, &apos;Enable IMAP access for all users&apos;), or the user turns it on in Gmail&apos;s settings (Forwarding and POP/IMAP).</source>
        <translation>Ein Google-Workspace-Administrator muss IMAP erlauben (Admin-Konsole, Apps, Google Workspace, Gmail, Endnutzerzugriff, „IMAP-Zugriff für alle Nutzer aktivieren“), oder der Benutzer schaltet es in den Gmail-Einstellungen ein (Weiterleitung und POP/IMAP).</translation>
    </message>
    <message>
        <source>Gmail refused the token for {user}</source>
        <translation>Gmail hat das Token für {user} abgelehnt</translation>
    </message>
    <message>
        <source>Check that {user} has Gmail in this Google Workspace domain and that the service account&apos;s delegation includes {scope}.</source>
        <translation>Prüfen Sie, ob {user} Gmail in dieser Google-Workspace-Domäne hat und ob die Delegierung des Dienstkontos {scope} enthält.</translation>
    </message>
    <message>
        <source>The application may not open {user}&apos;s mailbox</source>
        <translation>Die Anwendung darf das Postfach von {user} nicht öffnen</translation>
    </message>
    <message>
        <source>The token opens {other}&apos;s mailbox but not {user}&apos;s. Grant the service principal FullAccess on it: Add-MailboxPermission -Identity {user} -User &lt;service principal ID&gt; -AccessRights FullAccess.</source>
        <translation>Das Token öffnet das Postfach von {other}, aber nicht das von {user}. Erteilen Sie dem Dienstprinzipal FullAccess darauf: Add-MailboxPermission -Identity {user} -User &lt;service principal ID&gt; -AccessRights FullAccess.</translation>
    </message>
    <message>
        <source>Exchange Online does not know the application</source>
        <translation>Exchange Online kennt die Anwendung nicht</translation>
    </message>
    <message>
        <source>The token opens neither {user}&apos;s nor {other}&apos;s mailbox: register the app in Exchange Online with New-ServicePrincipal (see the commands on the sign-in page), then grant it FullAccess on the mailboxes.</source>
        <translation>Das Token öffnet weder das Postfach von {user} noch das von {other}: Registrieren Sie die App in Exchange Online mit New-ServicePrincipal (siehe die Befehle auf der Anmeldeseite), und erteilen Sie ihr dann FullAccess auf die Postfächer.</translation>
    </message>
    <message>
        <source>Exchange Online refused the application for {user}</source>
        <translation>Exchange Online hat die Anwendung für {user} abgelehnt</translation>
    </message>
    <message>
        <source>Either Exchange Online does not know the app (run New-ServicePrincipal) or it lacks FullAccess on {user}&apos;s mailbox (Add-MailboxPermission). Add a second voicemail user to let the test tell which.</source>
        <translation>Entweder kennt Exchange Online die App nicht (führen Sie New-ServicePrincipal aus), oder ihr fehlt FullAccess auf das Postfach von {user} (Add-MailboxPermission). Fügen Sie einen zweiten Voicemail-Benutzer hinzu, damit der Test unterscheiden kann, was zutrifft.</translation>
    </message>
    <message>
        <source>The program &apos;{name}&apos; is not installed on this computer.</source>
        <translation>Das Programm „{name}“ ist auf diesem Computer nicht installiert.</translation>
    </message>
    <message>
        <source>&apos;{command}&apos; did not finish within {n:.0f} s.</source>
        <translation>„{command}“ wurde nicht innerhalb von {n:.0f} s fertig.</translation>
    </message>
    <message>
        <source>No service manager runs on this computer (systemd is not its init system, as in a container), so the connector cannot run as a system service here. Run it in the foreground with &apos;umconnect service run&apos;, or let the wizard start it in the background for this user.</source>
        <translation>Auf diesem Computer läuft kein Dienstmanager (systemd ist nicht sein Init-System, etwa in einem Container), daher kann der Connector hier nicht als Systemdienst laufen. Führen Sie ihn mit „umconnect service run“ im Vordergrund aus, oder lassen Sie den Assistenten ihn für diesen Benutzer im Hintergrund starten.</translation>
    </message>
    <message>
        <source>Installing a system service needs administrator rights. Run &apos;sudo umconnect service install&apos; (or start the wizard with sudo).</source>
        <translation>Einen Systemdienst zu installieren braucht Administratorrechte. Führen Sie „sudo umconnect service install“ aus (oder starten Sie den Assistenten mit sudo).</translation>
    </message>
    <message>
        <source>systemd-creds could not encrypt the password: {error}. It needs systemd 250 or newer and administrator rights.</source>
        <translation>systemd-creds konnte das Passwort nicht verschlüsseln: {error}. Es braucht systemd 250 oder neuer und Administratorrechte.</translation>
    </message>
    <message>
        <source>No password to hand to the service: keep it in the credential store first (wizard or &apos;umconnect apply&apos;) or set {env}.</source>
        <translation>Kein Passwort, das dem Dienst übergeben werden kann: Legen Sie es zuerst im Anmeldedatenspeicher ab (Assistent oder „umconnect apply“) oder setzen Sie {env}.</translation>
    </message>
    <message>
        <source>The service files are written, but nothing was started.</source>
        <translation>Die Dienstdateien sind geschrieben, aber es wurde nichts gestartet.</translation>
    </message>
    <message>
        <source>The service {unit} is {how} and started; it starts again at boot and after a failure.</source>
        <translation>Der Dienst {unit} ist {how} und gestartet; er startet beim Hochfahren und nach einem Fehler erneut.</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <source>&apos;systemctl {command}&apos; failed: {error}</source>
        <translation>„systemctl {command}“ ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>The system service is not installed. Install it with &apos;sudo umconnect service install&apos;.</source>
        <translation>Der Systemdienst ist nicht installiert. Installieren Sie ihn mit „sudo umconnect service install“.</translation>
    </message>
    <message>
        <source>The system service is not installed.</source>
        <translation>Der Systemdienst ist nicht installiert.</translation>
    </message>
    <message>
        <source>The system service is installed, but cannot run here.</source>
        <translation>Der Systemdienst ist installiert, kann hier aber nicht laufen.</translation>
    </message>
    <message>
        <source>System service {unit}: {active} ({sub}), restarted {n} time(s).</source>
        <translation>Systemdienst {unit}: {active} ({sub}), {n}-mal neu gestartet.</translation>
    </message>
    <message>
        <source>systemd-analyze is not installed.</source>
        <translation>systemd-analyze ist nicht installiert.</translation>
    </message>
    <message>
        <source>Sealing secrets for a Windows service needs pywin32 and Windows.</source>
        <translation>Geheimnisse für einen Windows-Dienst zu versiegeln braucht pywin32 und Windows.</translation>
    </message>
    <message>
        <source>umconnect service starting</source>
        <translation>umconnect-Dienst startet</translation>
    </message>
    <message>
        <source>umconnect service stopped: {error}</source>
        <translation>umconnect-Dienst beendet: {error}</translation>
    </message>
    <message>
        <source>umconnect service stopped</source>
        <translation>umconnect-Dienst beendet</translation>
    </message>
    <message>
        <source>&apos;sc.exe {command}&apos; failed: {error}</source>
        <translation>„sc.exe {command}“ ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>No password to hand to the service: keep it in the credential store first.</source>
        <translation>Kein Passwort, das dem Dienst übergeben werden kann: Legen Sie es zuerst im Anmeldedatenspeicher ab.</translation>
    </message>
    <message>
        <source>The rights on {path} could not be set: {error}</source>
        <translation>Die Rechte auf {path} konnten nicht gesetzt werden: {error}</translation>
    </message>
    <message>
        <source>The Windows service {name} is installed and started.</source>
        <translation>Der Windows-Dienst {name} ist installiert und gestartet.</translation>
    </message>
    <message>
        <source>The Windows service is not installed.</source>
        <translation>Der Windows-Dienst ist nicht installiert.</translation>
    </message>
    <message>
        <source>Windows service {name}: {state}.</source>
        <translation>Windows-Dienst {name}: {state}.</translation>
    </message>
    <message>
        <source>keyring&apos;s backend &apos;{name}&apos; is missing (found: {found}); the bundle lost keyring&apos;s entry points</source>
        <translation>Das keyring-Backend „{name}“ fehlt (gefunden: {found}); dem Paket fehlen die Entry Points von keyring</translation>
    </message>
    <message>
        <source>backends {names}; in use here: {active}</source>
        <translation>Backends {names}; hier verwendet: {active}</translation>
    </message>
    <message>
        <source>the style sheet is empty</source>
        <translation>das Stylesheet ist leer</translation>
    </message>
    <message>
        <source>{name} cannot be drawn (image plug-ins missing?)</source>
        <translation>{name} kann nicht gezeichnet werden (fehlen Bild-Plug-ins?)</translation>
    </message>
    <message>
        <source>style sheet and icons from {path}</source>
        <translation>Stylesheet und Symbole aus {path}</translation>
    </message>
    <message>
        <source>{page} could not be drawn</source>
        <translation>{page} konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>{n} pages: {names}</source>
        <translation>{n} Seiten: {names}</translation>
    </message>
    <message>
        <source>wizard pages</source>
        <translation>Assistentenseiten</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>credential store</source>
        <translation>Anmeldedatenspeicher</translation>
    </message>
    <message>
        <source>self-test passed</source>
        <translation>Selbsttest bestanden</translation>
    </message>
    <message>
        <source>self-test failed ({n})</source>
        <translation>Selbsttest fehlgeschlagen ({n})</translation>
    </message>
    <message>
        <source>the connection was closed ({why})</source>
        <translation>die Verbindung wurde geschlossen ({why})</translation>
    </message>
    <message>
        <source>an unknown sender</source>
        <translation>ein unbekannter Absender</translation>
    </message>
    <message>
        <source>no subject</source>
        <translation>kein Betreff</translation>
    </message>
    <message>
        <source>From {sender}. Subject: {subject}.
{body}</source>
        <translation>Von {sender}. Betreff: {subject}.
{body}</translation>
    </message>
    <message>
        <source>You have no new emails.</source>
        <translation>Sie haben keine neuen E-Mails.</translation>
    </message>
    <message>
        <source>You have {n} new email(s).</source>
        <translation>Sie haben {n} neue E-Mail(s).</translation>
    </message>
    <message>
        <source>Email {number}.</source>
        <translation>E-Mail {number}.</translation>
    </message>
    <message>
        <source>espeak-ng is not installed. Install it (Debian: apt install espeak-ng) to make speech.</source>
        <translation>espeak-ng ist nicht installiert. Installieren Sie es (Debian: apt install espeak-ng), um Sprache zu erzeugen.</translation>
    </message>
    <message>
        <source>espeak-ng took longer than {s:g} s; try a shorter text.</source>
        <translation>espeak-ng hat länger als {s:g} s gebraucht; versuchen Sie einen kürzeren Text.</translation>
    </message>
    <message>
        <source>espeak-ng failed ({code}): {error}</source>
        <translation>espeak-ng ist fehlgeschlagen ({code}): {error}</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;umconnect {version}&lt;/h3&gt;&lt;p&gt;Connects a voicemail system to its mail server: a setup wizard and the connector service it installs.&lt;/p&gt;&lt;p&gt;Python {python}, Qt {qt} (PySide6 {pyside})&lt;br&gt;Credential store: {store}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;umconnect {version}&lt;/h3&gt;&lt;p&gt;Verbindet ein Voicemail-System mit seinem Mailserver: ein Einrichtungsassistent und der Connector-Dienst, den er installiert.&lt;/p&gt;&lt;p&gt;Python {python}, Qt {qt} (PySide6 {pyside})&lt;br&gt;Anmeldedatenspeicher: {store}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About umconnect</source>
        <translation>Über umconnect</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Superuser account</source>
        <translation>Superuser-Konto</translation>
    </message>
    <message>
        <source>The account that opens every UM user&apos;s mailbox (called NPUMAdmin in the UM documentation).</source>
        <translation>Das Konto, das jedes Postfach der UM-Benutzer öffnet (in der UM-Dokumentation NPUMAdmin genannt).</translation>
    </message>
    <message>
        <source>e.g. npumadmin</source>
        <translation>z. B. npumadmin</translation>
    </message>
    <message>
        <source>Superuser password</source>
        <translation>Passwort des Superusers</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the password as typed, to check it; nothing else changes.</source>
        <translation>Das Passwort wie eingegeben anzeigen, um es zu prüfen; sonst ändert sich nichts.</translation>
    </message>
    <message>
        <source>e.g. EXAMPLE</source>
        <translation>z. B. EXAMPLE</translation>
    </message>
    <message>
        <source>Superuser &amp;login:</source>
        <translation>Superuser-Anme&amp;ldung:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Mailbox &amp;access:</source>
        <translation>Post&amp;fachzugriff:</translation>
    </message>
    <message>
        <source>Windows &amp;domain:</source>
        <translation>Windows-&amp;Domäne:</translation>
    </message>
    <message>
        <source>Account name as the mail server knows it.</source>
        <translation>Kontoname, wie der Mailserver ihn kennt.</translation>
    </message>
    <message>
        <source>Kept in the credential store, never in the configuration file.</source>
        <translation>Wird im Anmeldedatenspeicher abgelegt, nie in der Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>Dovecot and most servers: SASL PLAIN. Exchange: DOMAIN\superuser\alias.</source>
        <translation>Dovecot und die meisten Server: SASL PLAIN. Exchange: DOMAIN\superuser\alias.</translation>
    </message>
    <message>
        <source>ℹ The password will be kept in the credential store: {store}.</source>
        <translation>ℹ Das Passwort wird im Anmeldedatenspeicher abgelegt: {store}.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>ist leer.</translation>
    </message>
    <message>
        <source>Enter the superuser&apos;s password.</source>
        <translation>Geben Sie das Passwort des Superusers ein.</translation>
    </message>
</context>
<context>
    <name>AutodetectDialog</name>
    <message>
        <source>Find the mail server from an email address</source>
        <translation>Mailserver aus einer E-Mail-Adresse ermitteln</translation>
    </message>
    <message>
        <source>Enter the address of any mailbox on the mail server. The wizard looks at known providers, the domain&apos;s DNS records (SRV) and Exchange Autodiscover. Only the address is sent, to the domain&apos;s own servers; no password.</source>
        <translation>Geben Sie die Adresse eines beliebigen Postfachs auf dem Mailserver ein. Der Assistent prüft bekannte Anbieter, die DNS-Einträge der Domäne (SRV) und Exchange Autodiscover. Nur die Adresse wird gesendet, an die Server der Domäne selbst; kein Passwort.</translation>
    </message>
    <message>
        <source>e.g. alice@example.com</source>
        <translation>z. B. alice@example.com</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Find the mail server</source>
        <translation>Mailserver suchen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Sto&amp;pp</translation>
    </message>
    <message>
        <source>Stop the search</source>
        <translation>Suche anhalten</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Stand der Suche</translation>
    </message>
    <message>
        <source>Servers found</source>
        <translation>Gefundene Server</translation>
    </message>
    <message>
        <source>Each server with its port, its security and where it was found.</source>
        <translation>Jeder Server mit Port, Sicherheit und Fundort.</translation>
    </message>
    <message>
        <source>Se&amp;rvers found:</source>
        <translation>Gefundene Se&amp;rver:</translation>
    </message>
    <message>
        <source>Places looked at without result</source>
        <translation>Ohne Ergebnis geprüfte Quellen</translation>
    </message>
    <message>
        <source>&amp;Looked at without result:</source>
        <translation>&amp;Ohne Ergebnis geprüft:</translation>
    </message>
    <message>
        <source>You can always close this window and enter the server by hand.</source>
        <translation>Sie können dieses Fenster jederzeit schließen und den Server von Hand eingeben.</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Verwenden</translation>
    </message>
    <message>
        <source>Use the chosen server</source>
        <translation>Den gewählten Server verwenden</translation>
    </message>
    <message>
        <source>Close without choosing</source>
        <translation>Ohne Auswahl schließen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Looking at {source}…</source>
        <translation>Prüfe {source}…</translation>
    </message>
    <message>
        <source>• {source}: {outcome}</source>
        <translation>• {source}: {outcome}</translation>
    </message>
    <message>
        <source>Search stopped. What was found until then is listed.</source>
        <translation>Suche angehalten. Was bis dahin gefunden wurde, ist aufgelistet.</translation>
    </message>
    <message>
        <source>✔ Found one server.</source>
        <translation>✔ Ein Server gefunden.</translation>
    </message>
    <message>
        <source>✔ Found {count} servers.</source>
        <translation>✔ {count} Server gefunden.</translation>
    </message>
    <message>
        <source>Choose one and press Use.</source>
        <translation>Wählen Sie einen und drücken Sie Verwenden.</translation>
    </message>
    <message>
        <source>✘ No server found. Close this window and enter the server by hand, or ask the mail administrator for its name.</source>
        <translation>✘ Kein Server gefunden. Schließen Sie dieses Fenster und geben Sie den Server von Hand ein, oder fragen Sie den Mail-Administrator nach seinem Namen.</translation>
    </message>
    <message>
        <source>✘ The search failed: {error}</source>
        <translation>✘ Die Suche ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>{address} — {security}</source>
        <translation>{address} — {security}</translation>
    </message>
    <message>
        <source>{server}
found by:
{sources}</source>
        <translation>{server}
gefunden über:
{sources}</translation>
    </message>
</context>
<context>
    <name>ComputerPage</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>The gateway runs on its own Windows computer in the Exchange servers&apos; domain.</source>
        <translation>Das Gateway läuft auf einem eigenen Windows-Computer in der Domäne der Exchange-Server.</translation>
    </message>
    <message>
        <source>The computer the UM system runs on; the gateway must not run there.</source>
        <translation>Der Computer, auf dem das UM-System läuft; dort darf das Gateway nicht laufen.</translation>
    </message>
    <message>
        <source>Exchange server</source>
        <translation>Exchange-Server</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Exchange servers</source>
        <translation>Exchange-Server</translation>
    </message>
    <message>
        <source>One row per Exchange server: its full name and its version (2010, 2013, 2016, 2019 or SE).</source>
        <translation>Eine Zeile je Exchange-Server: sein vollständiger Name und seine Version (2010, 2013, 2016, 2019 oder SE).</translation>
    </message>
    <message>
        <source>A&amp;dd server</source>
        <translation>Server &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move server</source>
        <translation>Server ent&amp;fernen</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Betriebssystem:</translation>
    </message>
    <message>
        <source>Computer name:</source>
        <translation>Computername:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domäne:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adressen:</translation>
    </message>
    <message>
        <source>&amp;UM server:</source>
        <translation>&amp;UM-Server:</translation>
    </message>
    <message>
        <source>E&amp;xchange servers:</source>
        <translation>E&amp;xchange-Server:</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>{product} ({bits}-bit)</source>
        <translation>{product} ({bits}-Bit)</translation>
    </message>
    <message>
        <source>not joined to a domain</source>
        <translation>keiner Domäne beigetreten</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>Checking this computer and the server names…</source>
        <translation>Dieser Computer und die Servernamen werden geprüft…</translation>
    </message>
    <message>
        <source>Checked.</source>
        <translation>Geprüft.</translation>
    </message>
    <message>
        <source>The check could not finish: {error}. Change an answer to run it again.</source>
        <translation>Die Prüfung konnte nicht abgeschlossen werden: {error}. Ändern Sie eine Antwort, um sie erneut auszuführen.</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPage</name>
    <message>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Every step the connector will take, tried live against the server. Nothing is left behind.</source>
        <translation>Jeder Schritt, den der Connector gehen wird, live gegen den Server probiert. Es bleibt nichts zurück.</translation>
    </message>
    <message>
        <source>Press Test connection to start.</source>
        <translation>Drücken Sie „Verbindung testen“, um zu beginnen.</translation>
    </message>
    <message>
        <source>Test verdict</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>C&amp;opy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Sa&amp;ve report…</source>
        <translation>Bericht spei&amp;chern…</translation>
    </message>
    <message>
        <source>Cance&amp;l test</source>
        <translation>Test &amp;abbrechen</translation>
    </message>
    <message>
        <source>Trust this &amp;certificate…</source>
        <translation>Diesem Zertifikat &amp;vertrauen…</translation>
    </message>
    <message>
        <source>Trust exactly the certificate the server showed, after comparing its fingerprint with the server administrator.</source>
        <translation>Genau dem Zertifikat vertrauen, das der Server gezeigt hat, nachdem Sie seinen Fingerabdruck mit dem Server-Administrator verglichen haben.</translation>
    </message>
    <message>
        <source>Go to the page to fix it</source>
        <translation>Zur Seite gehen, auf der es behoben wird</translation>
    </message>
    <message>
        <source>Go back to the page where the setting behind the failed step is made; the answers on the pages between are kept.</source>
        <translation>Zurück zur Seite, auf der die Einstellung hinter dem fehlgeschlagenen Schritt gemacht wird; die Antworten auf den Seiten dazwischen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation>Testschritte</translation>
    </message>
    <message>
        <source>One row per step: its status in words, the step, the result in a few words and how long it took. Select a row for its details.</source>
        <translation>Eine Zeile je Schritt: sein Status in Worten, der Schritt, das Ergebnis in wenigen Worten und seine Dauer. Wählen Sie eine Zeile für ihre Details.</translation>
    </message>
    <message>
        <source>Details of the selected step</source>
        <translation>Details des gewählten Schritts</translation>
    </message>
    <message>
        <source>What to do first, then what happened and the protocol transcript.</source>
        <translation>Zuerst, was zu tun ist, dann was geschah, und der Protokollmitschnitt.</translation>
    </message>
    <message>
        <source>Select a step to see its details.</source>
        <translation>Wählen Sie einen Schritt, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Continue &amp;despite the warnings above</source>
        <translation>Trotz der Warnungen oben &amp;fortfahren</translation>
    </message>
    <message>
        <source>The test passed with warnings; tick to go on once you have read them and they are acceptable at this site.</source>
        <translation>Der Test ist mit Warnungen bestanden; kreuzen Sie an, um fortzufahren, sobald Sie sie gelesen haben und sie an diesem Standort hinnehmbar sind.</translation>
    </message>
    <message>
        <source>The settings changed since the last test. Press Test connection again.</source>
        <translation>Die Einstellungen haben sich seit dem letzten Test geändert. Drücken Sie erneut „Verbindung testen“.</translation>
    </message>
    <message>
        <source>Testing {host}…</source>
        <translation>{host} wird getestet…</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>Compare this SHA-256 fingerprint with the one the server&apos;s administrator reads from the server:

{fp}

Trust exactly this certificate from now on?</source>
        <translation>Vergleichen Sie diesen SHA-256-Fingerabdruck mit dem, den der Administrator des Servers auf dem Server abliest:

{fp}

Ab jetzt genau diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>{s} s…</source>
        <translation>{s} s…</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <source>Testing… {done} of {total} steps done</source>
        <translation>Test läuft… {done} von {total} Schritten erledigt</translation>
    </message>
    <message>
        <source>&amp;Go to the page to fix it: {page}</source>
        <translation>Zur Seite &amp;gehen, um es zu beheben: {page}</translation>
    </message>
    <message>
        <source>The test could not run: {error}</source>
        <translation>Der Test konnte nicht laufen: {error}</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>&amp;Erneut testen</translation>
    </message>
    <message>
        <source>This step has not run yet.</source>
        <translation>Dieser Schritt ist noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>(report copied)</source>
        <translation>(Bericht kopiert)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Web page (*.html);;Text (*.txt)</source>
        <translation>Webseite (*.html);;Text (*.txt)</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Protocol transcript (passwords hidden)</source>
        <translation>Protokollmitschnitt (Passwörter verborgen)</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>umconnect — details</source>
        <translation>umconnect — Details</translation>
    </message>
    <message>
        <source>Live log</source>
        <translation>Live-Protokoll</translation>
    </message>
    <message>
        <source>What the wizard does, line by line, newest at the bottom. Passwords are masked.</source>
        <translation>Was der Assistent tut, Zeile für Zeile, das Neueste unten. Passwörter sind maskiert.</translation>
    </message>
    <message>
        <source>&amp;Log of this session:</source>
        <translation>&amp;Protokoll dieser Sitzung:</translation>
    </message>
    <message>
        <source>Save support &amp;bundle…</source>
        <translation>Support-Paket &amp;speichern…</translation>
    </message>
    <message>
        <source>One zip for the helpdesk: the configuration, the last test report, the log tails and the versions. Passwords are never in it.</source>
        <translation>Eine Zip-Datei für den Support: die Konfiguration, der letzte Testbericht, die letzten Protokollzeilen und die Versionen. Passwörter sind nie darin.</translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation>Support-Paket speichern</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Support bundle not saved</source>
        <translation>Support-Paket nicht gespeichert</translation>
    </message>
    <message>
        <source>{path} could not be written: {error}. Choose another folder.</source>
        <translation>{path} konnte nicht geschrieben werden: {error}. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The live log of this session, and a support bundle for the helpdesk.</source>
        <translation>Das Live-Protokoll dieser Sitzung und ein Support-Paket für den Helpdesk.</translation>
    </message>
</context>
<context>
    <name>ExchangeServersPage</name>
    <message>
        <source>Exchange Web Services</source>
        <translation>Exchange-Webdienste</translation>
    </message>
    <message>
        <source>The gateway reaches each Exchange server through its web services (EWS).</source>
        <translation>Das Gateway erreicht jeden Exchange-Server über dessen Webdienste (EWS).</translation>
    </message>
    <message>
        <source>ℹ The Exchange gateway (MAPI gateway) talks to on-premises Exchange through Exchange Web Services, opening each UM user&apos;s mailbox as the superuser by impersonation. It is not offered for Office 365: Exchange Online has switched EWS and the impersonation role off, so Office 365 is reached through the IMAP connector with OAuth 2.0.</source>
        <translation>ℹ Das Exchange-Gateway (MAPI-Gateway) spricht mit lokalem Exchange über die Exchange-Webdienste und öffnet das Postfach jedes UM-Benutzers als Superuser per Identitätswechsel. Für Office 365 wird es nicht angeboten: Exchange Online hat EWS und die Identitätswechsel-Rolle abgeschaltet, daher wird Office 365 über den IMAP-Connector mit OAuth 2.0 erreicht.</translation>
    </message>
    <message>
        <source>Exchange server</source>
        <translation>Exchange-Server</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>EWS address</source>
        <translation>EWS-Adresse</translation>
    </message>
    <message>
        <source>EWS addresses</source>
        <translation>EWS-Adressen</translation>
    </message>
    <message>
        <source>One row per Exchange server; type its EWS address, or leave it empty for Autodiscover to find it.</source>
        <translation>Eine Zeile je Exchange-Server; geben Sie seine EWS-Adresse ein, oder lassen Sie sie leer, damit Autodiscover sie findet.</translation>
    </message>
    <message>
        <source>empty: the standard Autodiscover addresses of the test mailbox&apos;s domain</source>
        <translation>leer: die Standard-Autodiscover-Adressen der Domäne des Testpostfachs</translation>
    </message>
    <message>
        <source>empty: the system&apos;s authorities</source>
        <translation>leer: die Stellen des Systems</translation>
    </message>
    <message>
        <source>Autodiscover address</source>
        <translation>Autodiscover-Adresse</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle suchen</translation>
    </message>
    <message>
        <source>A&amp;utodiscover address:</source>
        <translation>A&amp;utodiscover-Adresse:</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>Zertifizierungs&amp;stelle:</translation>
    </message>
    <message>
        <source>Only if the standard addresses (autodiscover.&lt;domain&gt;) do not answer.</source>
        <translation>Nur wenn die Standardadressen (autodiscover.&lt;domain&gt;) nicht antworten.</translation>
    </message>
    <message>
        <source>The PEM file of the authority that signed Exchange&apos;s certificate, if it is private.</source>
        <translation>Die PEM-Datei der Stelle, die das Zertifikat von Exchange signiert hat, falls sie privat ist.</translation>
    </message>
    <message>
        <source>E&amp;WS address of each server:</source>
        <translation>&amp;EWS-Adresse jedes Servers:</translation>
    </message>
    <message>
        <source>An empty address is found by Autodiscover during the test; usually it is https://&lt;server&gt;/EWS/Exchange.asmx.</source>
        <translation>Eine leere Adresse findet Autodiscover während des Tests; meist ist es https://&lt;server&gt;/EWS/Exchange.asmx.</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Rule findings</source>
        <translation>Ergebnisse der Regelprüfung</translation>
    </message>
    <message>
        <source>What to do: {remedy}</source>
        <translation>Was zu tun ist: {remedy}</translation>
    </message>
    <message>
        <source>{level} {rule}</source>
        <translation>{level} {rule}</translation>
    </message>
    <message>
        <source>I have checked this with the customer; continue anyway</source>
        <translation>Ich habe das mit dem Kunden geklärt; trotzdem fortfahren</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Setting up the connector</source>
        <translation>Der Connector wird eingerichtet</translation>
    </message>
    <message>
        <source>The connector keeps running after this window closes.</source>
        <translation>Der Connector läuft weiter, wenn dieses Fenster geschlossen wird.</translation>
    </message>
    <message>
        <source>Keep the password in the credential store</source>
        <translation>Passwort im Anmeldedatenspeicher ablegen</translation>
    </message>
    <message>
        <source>Write the configuration</source>
        <translation>Konfiguration schreiben</translation>
    </message>
    <message>
        <source>Start the connector service</source>
        <translation>Connector-Dienst starten</translation>
    </message>
    <message>
        <source>Service status</source>
        <translation>Dienststatus</translation>
    </message>
    <message>
        <source>Last lines of the service log</source>
        <translation>Letzte Zeilen des Dienstprotokolls</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Open log folder</source>
        <translation>Protokoll&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Leave a &amp;voicemail for the test mailbox</source>
        <translation>&amp;Voicemail für das Testpostfach hinterlassen</translation>
    </message>
    <message>
        <source>Writes a short voicemail into the spool, as the UM system would; it shows up in the mailbox within seconds.</source>
        <translation>Schreibt eine kurze Voicemail in den Spool, wie es das UM-System täte; sie erscheint binnen Sekunden im Postfach.</translation>
    </message>
    <message>
        <source>System service</source>
        <translation>Systemdienst</translation>
    </message>
    <message>
        <source>Install as a s&amp;ystem service</source>
        <translation>Als S&amp;ystemdienst installieren</translation>
    </message>
    <message>
        <source>Starts the connector at boot under an account of its own; it is handed the password encrypted for this computer only.</source>
        <translation>Startet den Connector beim Hochfahren unter einem eigenen Konto; er erhält das Passwort nur für diesen Computer verschlüsselt.</translation>
    </message>
    <message>
        <source>S&amp;top the service</source>
        <translation>Dienst &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Remove the system service</source>
        <translation>Systemdienst entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Stops it and removes its unit, configuration and password; its journal stays, so nothing is delivered twice later.</source>
        <translation>Hält ihn an und entfernt seine Unit, Konfiguration und sein Passwort; sein Journal bleibt, damit später nichts doppelt zugestellt wird.</translation>
    </message>
    <message>
        <source>Service &amp;log:</source>
        <translation>Dienst&amp;protokoll:</translation>
    </message>
    <message>
        <source>This is the demo: the connector and the demo mail server stop when this window closes.</source>
        <translation>Dies ist die Demo: Connector und Demo-Mailserver halten an, wenn dieses Fenster geschlossen wird.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>The connector is set up</source>
        <translation>Der Connector ist eingerichtet</translation>
    </message>
    <message>
        <source>The connector runs in the background for this user until it is installed as a system service.</source>
        <translation>Der Connector läuft für diesen Benutzer im Hintergrund, bis er als Systemdienst installiert wird.</translation>
    </message>
    <message>
        <source>Setup did not finish: {error}</source>
        <translation>Die Einrichtung wurde nicht abgeschlossen: {error}</translation>
    </message>
    <message>
        <source>&amp;Start the service</source>
        <translation>Dienst s&amp;tarten</translation>
    </message>
    <message>
        <source>Start a&amp;gain</source>
        <translation>&amp;Erneut starten</translation>
    </message>
    <message>
        <source>Installing the system service…</source>
        <translation>Systemdienst wird installiert…</translation>
    </message>
    <message>
        <source>&amp;Upgrade the system service</source>
        <translation>Systemdienst akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>The system service is removed; its journal stays in {path}.</source>
        <translation>Der Systemdienst ist entfernt; sein Journal bleibt in {path}.</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>No file manager could be started. The log is in:
{path}</source>
        <translation>Es ließ sich kein Dateimanager starten. Das Protokoll liegt in:
{path}</translation>
    </message>
    <message>
        <source>Voicemail left for {box}; watch it arrive…</source>
        <translation>Voicemail für {box} hinterlassen; sehen Sie zu, wie sie ankommt…</translation>
    </message>
</context>
<context>
    <name>GatewayAccountsPage</name>
    <message>
        <source>Superuser account</source>
        <translation>Superuser-Konto</translation>
    </message>
    <message>
        <source>The account that opens every UM user&apos;s mailbox by impersonation (NPUMAdmin in the UM documentation).</source>
        <translation>Das Konto, das per Identitätswechsel das Postfach jedes UM-Benutzers öffnet (NPUMAdmin in der UM-Dokumentation).</translation>
    </message>
    <message>
        <source>EXAMPLE\NPUMAdmin or npumadmin@example.com</source>
        <translation>EXAMPLE\NPUMAdmin oder npumadmin@example.com</translation>
    </message>
    <message>
        <source>Superuser password</source>
        <translation>Superuser-Passwort</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Das Passwort anzeigen</translation>
    </message>
    <message>
        <source>Show the password as typed, to check it; nothing else changes.</source>
        <translation>Das Passwort wie eingegeben anzeigen, um es zu prüfen; sonst ändert sich nichts.</translation>
    </message>
    <message>
        <source>Superuser login</source>
        <translation>Superuser-Anmeldung</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>Superuser &amp;login:</source>
        <translation>Superuser-Anme&amp;ldung:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign-in:</source>
        <translation>Anmelde&amp;verfahren:</translation>
    </message>
    <message>
        <source>DOMAIN\account (down-level name) or the account&apos;s UPN.</source>
        <translation>DOMAIN\account (Down-Level-Name) oder der UPN des Kontos.</translation>
    </message>
    <message>
        <source>Kept in the credential store, never in the configuration file.</source>
        <translation>Wird im Anmeldedatenspeicher abgelegt, nie in der Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>NTLM is the Windows sign-in Exchange offers by default; the test reads what the server offers and says when NTLM is missing.</source>
        <translation>NTLM ist die Windows-Anmeldung, die Exchange standardmäßig anbietet; der Test liest, was der Server anbietet, und meldet, wenn NTLM fehlt.</translation>
    </message>
    <message>
        <source>ℹ The superuser needs the ApplicationImpersonation role in Exchange (more than an ordinary administrator&apos;s rights). The connection test checks it and shows the PowerShell that grants it if it is missing.</source>
        <translation>ℹ Der Superuser braucht in Exchange die Rolle ApplicationImpersonation (mehr als die Rechte eines gewöhnlichen Administrators). Der Verbindungstest prüft sie und zeigt die PowerShell-Befehle, die sie erteilen, falls sie fehlt.</translation>
    </message>
    <message>
        <source>ℹ The password will be kept in the credential store: {store}.</source>
        <translation>ℹ Das Passwort wird im Anmeldedatenspeicher abgelegt: {store}.</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>ist leer.</translation>
    </message>
    <message>
        <source>Enter it as EXAMPLE\NPUMAdmin or npumadmin@example.com.</source>
        <translation>Geben Sie es als EXAMPLE\NPUMAdmin oder npumadmin@example.com ein.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Enter the superuser&apos;s password.</source>
        <translation>Geben Sie das Passwort des Superusers ein.</translation>
    </message>
</context>
<context>
    <name>GooglePage</name>
    <message>
        <source>Google Workspace sign-in (OAuth 2.0)</source>
        <translation>Google-Workspace-Anmeldung (OAuth 2.0)</translation>
    </message>
    <message>
        <source>Google takes no ordinary passwords over IMAP. A service account with domain-wide delegation opens every user&apos;s mailbox; an app password works for one account that may open the others.</source>
        <translation>Google nimmt über IMAP keine gewöhnlichen Passwörter an. Ein Dienstkonto mit domänenweiter Delegierung öffnet das Postfach jedes Benutzers; ein App-Passwort geht für ein Konto, das die anderen öffnen darf.</translation>
    </message>
    <message>
        <source>&amp;Service account with domain-wide delegation (recommended)</source>
        <translation>&amp;Dienstkonto mit domänenweiter Delegierung (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;App password instead</source>
        <translation>Stattdessen &amp;App-Passwort</translation>
    </message>
    <message>
        <source>the service account&apos;s JSON key</source>
        <translation>der JSON-Schlüssel des Dienstkontos</translation>
    </message>
    <message>
        <source>Service account key file</source>
        <translation>Schlüsseldatei des Dienstkontos</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durchs&amp;uchen…</translation>
    </message>
    <message>
        <source>Browse for the service account key file</source>
        <translation>Schlüsseldatei des Dienstkontos suchen</translation>
    </message>
    <message>
        <source>system authorities</source>
        <translation>Stellen des Systems</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Service account:</source>
        <translation>Dienstkonto:</translation>
    </message>
    <message>
        <source>Token service CA &amp;file:</source>
        <translation>CA-Dat&amp;ei des Tokendienstes:</translation>
    </message>
    <message>
        <source>Token service certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle des Tokendienstes</translation>
    </message>
    <message>
        <source>One key opens every UM user&apos;s mailbox; the Workspace administrator allows it once.</source>
        <translation>Ein Schlüssel öffnet das Postfach jedes UM-Benutzers; der Workspace-Administrator erlaubt es einmal.</translation>
    </message>
    <message>
        <source>One account&apos;s app password; that account must be allowed to open the others.</source>
        <translation>Das App-Passwort eines Kontos; dieses Konto muss die anderen öffnen dürfen.</translation>
    </message>
    <message>
        <source>The JSON key downloaded when the service account&apos;s key was created (Google Cloud console, IAM, Service accounts, Keys).</source>
        <translation>Der JSON-Schlüssel, der beim Erstellen des Schlüssels des Dienstkontos heruntergeladen wurde (Google Cloud Console, IAM, Dienstkonten, Schlüssel).</translation>
    </message>
    <message>
        <source>Only if a proxy inspects TLS: the PEM file of its certificate authority.</source>
        <translation>Nur wenn ein Proxy TLS untersucht: die PEM-Datei seiner Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>What the Workspace administrator does once</source>
        <translation>Was der Workspace-Administrator einmal tut</translation>
    </message>
    <message>
        <source>Steps for the Workspace administrator</source>
        <translation>Schritte für den Workspace-Administrator</translation>
    </message>
    <message>
        <source>Next asks for the account and its app password (Google Account, Security, 2-Step Verification, App passwords). That account must be allowed to open the other users&apos; mailboxes.</source>
        <translation>Weiter fragt nach dem Konto und seinem App-Passwort (Google-Konto, Sicherheit, Bestätigung in zwei Schritten, App-Passwörter). Dieses Konto muss die Postfächer der anderen Benutzer öffnen dürfen.</translation>
    </message>
    <message>
        <source>Service account key</source>
        <translation>Schlüssel des Dienstkontos</translation>
    </message>
    <message>
        <source>JSON key files (*.json);;All files (*)</source>
        <translation>JSON-Schlüsseldateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>{email} (client ID {client})</source>
        <translation>{email} (Client-ID {client})</translation>
    </message>
    <message>
        <source>&lt;the key file&apos;s client ID&gt;</source>
        <translation>&lt;Client-ID aus der Schlüsseldatei&gt;</translation>
    </message>
    <message>
        <source>1. Admin console: Security &gt; Access and data control &gt; API controls &gt; Manage Domain Wide Delegation &gt; Add new</source>
        <translation>1. Admin-Konsole: Sicherheit &gt; Zugriffs- und Datenkontrolle &gt; API-Steuerung &gt; Domainweite Delegierung verwalten &gt; Neu hinzufügen</translation>
    </message>
    <message>
        <source>   Client ID: {client}</source>
        <translation>   Client-ID: {client}</translation>
    </message>
    <message>
        <source>   OAuth scopes: {scope}</source>
        <translation>   OAuth-Bereiche: {scope}</translation>
    </message>
    <message>
        <source>2. Admin console: Apps &gt; Google Workspace &gt; Gmail &gt; End User Access &gt; POP and IMAP access: enable IMAP for the UM users.</source>
        <translation>2. Admin-Konsole: Apps &gt; Google Workspace &gt; Gmail &gt; Endnutzerzugriff &gt; POP- und IMAP-Zugriff: IMAP für die UM-Benutzer aktivieren.</translation>
    </message>
</context>
<context>
    <name>OAuthPages</name>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Den geheimen Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Show the secret as typed, to check it; nothing else changes.</source>
        <translation>Den geheimen Schlüssel wie eingegeben anzeigen, um ihn zu prüfen; sonst ändert sich nichts.</translation>
    </message>
    <message>
        <source>ℹ The {kind} will be kept in the credential store ({store}), never in the configuration file.</source>
        <translation>ℹ {kind} wird im Anmeldedatenspeicher ({store}) abgelegt, nie in der Konfigurationsdatei.</translation>
    </message>
</context>
<context>
    <name>Office365Page</name>
    <message>
        <source>Office 365 sign-in (OAuth 2.0)</source>
        <translation>Office-365-Anmeldung (OAuth 2.0)</translation>
    </message>
    <message>
        <source>Office 365 takes no passwords over IMAP. The connector signs in as an app registration that the tenant administrator allows to open the UM users&apos; mailboxes.</source>
        <translation>Office 365 nimmt über IMAP keine Passwörter an. Der Connector meldet sich als App-Registrierung an, der der Mandantenadministrator erlaubt, die Postfächer der UM-Benutzer zu öffnen.</translation>
    </message>
    <message>
        <source>GUID, or contoso.onmicrosoft.com</source>
        <translation>GUID oder contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>Application (client) ID, a GUID</source>
        <translation>Anwendungs-ID (Client), eine GUID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Client secret value</source>
        <translation>Wert des geheimen Clientschlüssels</translation>
    </message>
    <message>
        <source>the secret&apos;s Value, not its ID</source>
        <translation>der Wert des geheimen Schlüssels, nicht seine ID</translation>
    </message>
    <message>
        <source>40 hexadecimal digits</source>
        <translation>40 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>.pfx or PEM file with the private key</source>
        <translation>.pfx- oder PEM-Datei mit dem privaten Schlüssel</translation>
    </message>
    <message>
        <source>only for a .pfx or an encrypted key</source>
        <translation>nur für eine .pfx-Datei oder einen verschlüsselten Schlüssel</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durchs&amp;uchen…</translation>
    </message>
    <message>
        <source>Browse for the private key file</source>
        <translation>Datei mit dem privaten Schlüssel suchen</translation>
    </message>
    <message>
        <source>system authorities</source>
        <translation>Stellen des Systems</translation>
    </message>
    <message>
        <source>Directory (&amp;tenant) ID:</source>
        <translation>Verzeichnis-ID (&amp;Mandant):</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>Anwendungs-ID (&amp;Client):</translation>
    </message>
    <message>
        <source>C&amp;redential:</source>
        <translation>Anmelde&amp;daten:</translation>
    </message>
    <message>
        <source>Client &amp;secret value:</source>
        <translation>Wert des &amp;geheimen Clientschlüssels:</translation>
    </message>
    <message>
        <source>Certificate thu&amp;mbprint:</source>
        <translation>Zertifikat-&amp;Fingerabdruck:</translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation>Datei mit privatem &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Key fi&amp;le password:</source>
        <translation>&amp;Passwort der Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Sign-in service (national clouds only)</source>
        <translation>Anmeldedienst (nur nationale Clouds)</translation>
    </message>
    <message>
        <source>A&amp;uthority:</source>
        <translation>Auth&amp;ority:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA-Dat&amp;ei:</translation>
    </message>
    <message>
        <source>Entra admin center, App registrations, your app, Overview: Directory (tenant) ID.</source>
        <translation>Entra Admin Center, App-Registrierungen, Ihre App, Übersicht: Verzeichnis-ID (Mandant).</translation>
    </message>
    <message>
        <source>Same page: Application (client) ID.</source>
        <translation>Dieselbe Seite: Anwendungs-ID (Client).</translation>
    </message>
    <message>
        <source>A client secret, or a certificate uploaded to the app registration (its private key stays here).</source>
        <translation>Ein geheimer Clientschlüssel oder ein Zertifikat, das in die App-Registrierung hochgeladen wurde (sein privater Schlüssel bleibt hier).</translation>
    </message>
    <message>
        <source>Certificates &amp; secrets: the Value column, shown only when the secret is created.</source>
        <translation>Zertifikate &amp; Geheimnisse: die Spalte „Wert“, nur beim Erstellen des geheimen Schlüssels angezeigt.</translation>
    </message>
    <message>
        <source>Certificates &amp; secrets, Certificates: the Thumbprint column.</source>
        <translation>Zertifikate &amp; Geheimnisse, Zertifikate: die Spalte „Fingerabdruck“.</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key: the .pfx the certificate was exported to, or a PEM file (BEGIN PRIVATE KEY).</source>
        <translation>Der private Schlüssel des Zertifikats: die .pfx-Datei, in die das Zertifikat exportiert wurde, oder eine PEM-Datei (BEGIN PRIVATE KEY).</translation>
    </message>
    <message>
        <source>The password the .pfx (or the encrypted PEM key) was exported with. It only opens the file here and is not kept.</source>
        <translation>Das Passwort, mit dem die .pfx-Datei (oder der verschlüsselte PEM-Schlüssel) exportiert wurde. Es öffnet nur hier die Datei und wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Certificate keys (*.pfx *.p12 *.pem *.key);;All files (*)</source>
        <translation>Zertifikatschlüssel (*.pfx *.p12 *.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the .pfx the certificate was exported to, or a PEM file with its private key.</source>
        <translation>Wählen Sie die .pfx-Datei, in die das Zertifikat exportiert wurde, oder eine PEM-Datei mit seinem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Only for a national cloud: its sign-in address. Empty: the global Microsoft sign-in service.</source>
        <translation>Nur für eine nationale Cloud: ihre Anmeldeadresse. Leer: der globale Anmeldedienst von Microsoft.</translation>
    </message>
    <message>
        <source>Only if a proxy inspects TLS: the PEM file of its certificate authority.</source>
        <translation>Nur wenn ein Proxy TLS untersucht: die PEM-Datei seiner Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Directory (tenant) ID</source>
        <translation>Verzeichnis-ID (Mandant)</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>Certificate thumbprint</source>
        <translation>Zertifikat-Fingerabdruck</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei mit privatem Schlüssel</translation>
    </message>
    <message>
        <source>Key file password</source>
        <translation>Passwort der Schlüsseldatei</translation>
    </message>
    <message>
        <source>Sign-in authority</source>
        <translation>Anmeldeautorität</translation>
    </message>
    <message>
        <source>Sign-in service certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle des Anmeldedienstes</translation>
    </message>
    <message>
        <source>What the tenant administrator does once</source>
        <translation>Was der Mandantenadministrator einmal tut</translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center: App registrations, New registration; API permissions, Add a permission, APIs my organization uses, Office 365 Exchange Online, Application permissions, {role}; then Grant admin consent. Then in Exchange Online PowerShell:</source>
        <translation>Im Microsoft Entra Admin Center: App-Registrierungen, Neue Registrierung; API-Berechtigungen, Berechtigung hinzufügen, Von meiner Organisation verwendete APIs, Office 365 Exchange Online, Anwendungsberechtigungen, {role}; dann Administratorzustimmung erteilen. Danach in Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>PowerShell for the tenant administrator</source>
        <translation>PowerShell für den Mandantenadministrator</translation>
    </message>
    <message>
        <source>Co&amp;py commands</source>
        <translation>Befehle &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the PowerShell commands</source>
        <translation>Die PowerShell-Befehle kopieren</translation>
    </message>
    <message>
        <source>Private key of the certificate</source>
        <translation>Privater Schlüssel des Zertifikats</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>ist leer.</translation>
    </message>
    <message>
        <source>Enter the client secret&apos;s Value.</source>
        <translation>Geben Sie den Wert des geheimen Clientschlüssels ein.</translation>
    </message>
    <message>
        <source>this is the secret&apos;s ID (a GUID), not its value.</source>
        <translation>das ist die ID des geheimen Schlüssels (eine GUID), nicht sein Wert.</translation>
    </message>
    <message>
        <source>Enter the Value column of Certificates &amp; secrets; if it was not copied when created, create a new secret.</source>
        <translation>Geben Sie die Spalte „Wert“ unter Zertifikate &amp; Geheimnisse ein; wurde er beim Erstellen nicht kopiert, erstellen Sie einen neuen geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be read.</source>
        <translation>„{path}“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the path, and that this account may read the file.</source>
        <translation>Prüfen Sie den Pfad und ob dieses Konto die Datei lesen darf.</translation>
    </message>
    <message>
        <source>does not open &apos;{path}&apos;.</source>
        <translation>öffnet „{path}“ nicht.</translation>
    </message>
    <message>
        <source>is needed to open &apos;{path}&apos;.</source>
        <translation>wird zum Öffnen von „{path}“ benötigt.</translation>
    </message>
    <message>
        <source>Enter the password the certificate was exported with.</source>
        <translation>Geben Sie das Passwort ein, mit dem das Zertifikat exportiert wurde.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; holds no private key.</source>
        <translation>„{path}“ enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Choose the .pfx the certificate was exported to with its private key, or a PEM file with BEGIN PRIVATE KEY.</source>
        <translation>Wählen Sie die .pfx-Datei, in die das Zertifikat mit seinem privaten Schlüssel exportiert wurde, oder eine PEM-Datei mit BEGIN PRIVATE KEY.</translation>
    </message>
    <message>
        <source>holds an {kind} key; Office 365 signs applications in with RSA certificates only.</source>
        <translation>enthält einen {kind}-Schlüssel; Office 365 meldet Anwendungen nur mit RSA-Zertifikaten an.</translation>
    </message>
    <message>
        <source>Create the certificate with an RSA key (2048 bits or more), upload it to the app registration and export it with its key.</source>
        <translation>Erstellen Sie das Zertifikat mit einem RSA-Schlüssel (2048 Bit oder mehr), laden Sie es in die App-Registrierung hoch und exportieren Sie es mit seinem Schlüssel.</translation>
    </message>
    <message>
        <source>does not match the certificate in &apos;{path}&apos; ({thumbprint}).</source>
        <translation>passt nicht zum Zertifikat in „{path}“ ({thumbprint}).</translation>
    </message>
    <message>
        <source>Upload that certificate to the app registration and use its thumbprint, or choose the key of the certificate uploaded.</source>
        <translation>Laden Sie dieses Zertifikat in die App-Registrierung hoch und verwenden Sie seinen Fingerabdruck, oder wählen Sie den Schlüssel des hochgeladenen Zertifikats.</translation>
    </message>
    <message>
        <source># The Object ID comes from Enterprise applications, not from App registrations.</source>
        <translation># Die Objekt-ID stammt aus „Unternehmensanwendungen“, nicht aus „App-Registrierungen“.</translation>
    </message>
    <message>
        <source># FullAccess on each UM user&apos;s mailbox, and on no other: this scopes the application.</source>
        <translation># FullAccess auf das Postfach jedes UM-Benutzers und auf kein anderes: Das begrenzt die Anwendung.</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>This wizard connects the voicemail system to the customer&apos;s mail server. It asks about the site, the server and the superuser, tests every step live, and only changes something when you press Apply. A prepared answer file (Load answers…) fills every page in; passwords are never part of it.</source>
        <translation>Dieser Assistent verbindet das Voicemail-System mit dem Mailserver des Kunden. Er fragt nach Standort, Server und Superuser, testet jeden Schritt live und ändert erst etwas, wenn Sie „Anwenden“ drücken. Eine vorbereitete Antwortdatei („Antworten laden…“) füllt alle Seiten aus; Passwörter enthält sie nie.</translation>
    </message>
    <message>
        <source>The kind of mail server and the number of UM users decide which adapter the site needs: the IMAP connector (one mail server, up to 500 users on Exchange) or the Exchange gateway on its own Windows computer. An error here keeps Next off and says why; a warning needs your tick after checking it with the customer.</source>
        <translation>Art des Mailservers und Zahl der UM-Benutzer entscheiden, welchen Adapter der Standort braucht: den IMAP-Connector (ein Mailserver, bis 500 Benutzer mit Exchange) oder das Exchange-Gateway auf einem eigenen Windows-Computer. Ein Fehler hier sperrt „Weiter“ und sagt warum; eine Warnung braucht Ihr Häkchen, nachdem Sie sie mit dem Kunden geklärt haben.</translation>
    </message>
    <message>
        <source>The Exchange gateway runs on a Windows computer of its own, in the same domain as the Exchange servers and never on the UM server. This page reads this computer&apos;s facts and checks them, and the names you enter, against those rules.</source>
        <translation>Das Exchange-Gateway läuft auf einem eigenen Windows-Computer, in derselben Domäne wie die Exchange-Server und nie auf dem UM-Server. Diese Seite liest die Angaben dieses Computers und prüft sie und die eingegebenen Namen gegen diese Regeln.</translation>
    </message>
    <message>
        <source>The gateway reaches each Exchange server through Exchange Web Services (EWS). Type a server&apos;s EWS address, or leave it empty and the test finds it by Autodiscover from the test mailbox&apos;s domain. A private certificate authority that signed Exchange&apos;s certificate is given here as a PEM file.</source>
        <translation>Das Gateway erreicht jeden Exchange-Server über die Exchange-Webdienste (EWS). Geben Sie die EWS-Adresse eines Servers ein, oder lassen Sie sie leer; dann findet der Test sie per Autodiscover aus der Domäne des Testpostfachs. Eine private Zertifizierungsstelle, die das Zertifikat von Exchange signiert hat, wird hier als PEM-Datei angegeben.</translation>
    </message>
    <message>
        <source>The superuser (NPUMAdmin) opens every UM user&apos;s mailbox through EWS impersonation, so it needs the ApplicationImpersonation role. Give it as DOMAIN\account or as its UPN; NTLM is the sign-in Exchange offers by default. The password goes to the credential store, never to a file.</source>
        <translation>Der Superuser (NPUMAdmin) öffnet das Postfach jedes UM-Benutzers per EWS-Identitätswechsel und braucht daher die Rolle ApplicationImpersonation. Geben Sie ihn als DOMAIN\account oder mit seinem UPN an; NTLM ist die Anmeldung, die Exchange standardmäßig anbietet. Das Passwort kommt in den Anmeldedatenspeicher, nie in eine Datei.</translation>
    </message>
    <message>
        <source>Office 365 takes no passwords over IMAP: the connector signs in with OAuth 2.0 as an app registration. Copy the tenant and client IDs and the client secret&apos;s Value (or a certificate) from the Entra admin center; the tenant administrator then runs the commands shown once, which open only the UM users&apos; mailboxes to the app.</source>
        <translation>Office 365 nimmt über IMAP keine Passwörter an: Der Connector meldet sich mit OAuth 2.0 als App-Registrierung an. Kopieren Sie Mandanten- und Client-ID sowie den Wert des geheimen Clientschlüssels (oder ein Zertifikat) aus dem Entra Admin Center; der Mandantenadministrator führt dann einmal die angezeigten Befehle aus, die der App nur die Postfächer der UM-Benutzer öffnen.</translation>
    </message>
    <message>
        <source>Google Workspace takes no ordinary passwords over IMAP. A service account&apos;s JSON key, with domain-wide delegation granted once by the Workspace administrator, opens every UM user&apos;s mailbox with OAuth 2.0. An app password works instead for one account that may open the others. The key goes to the credential store, never to a file.</source>
        <translation>Google Workspace nimmt über IMAP keine gewöhnlichen Passwörter an. Der JSON-Schlüssel eines Dienstkontos, dem der Workspace-Administrator einmal die domänenweite Delegierung erteilt, öffnet mit OAuth 2.0 das Postfach jedes UM-Benutzers. Stattdessen geht auch ein App-Passwort für ein Konto, das die anderen öffnen darf. Der Schlüssel kommt in den Anmeldedatenspeicher, nie in eine Datei.</translation>
    </message>
    <message>
        <source>The IMAP server the connector logs in to. Use the name on the server&apos;s certificate, port 993 with TLS or 143 with STARTTLS. A private certificate authority or one trusted certificate can be given here; the connection test offers the fingerprint when a certificate is refused.</source>
        <translation>Der IMAP-Server, bei dem sich der Connector anmeldet. Verwenden Sie den Namen aus dem Zertifikat des Servers, Port 993 mit TLS oder 143 mit STARTTLS. Eine private Zertifizierungsstelle oder ein einzelnes vertrautes Zertifikat kann hier angegeben werden; der Verbindungstest bietet den Fingerabdruck an, wenn ein Zertifikat abgelehnt wird.</translation>
    </message>
    <message>
        <source>The superuser (NPUMAdmin) opens every UM user&apos;s mailbox on that user&apos;s behalf. Choose how the server lets it do so: a SASL authorization identity (Dovecot and most servers), a master user login, or Exchange&apos;s DOMAIN\superuser\alias form. The password goes to the credential store, never to a file.</source>
        <translation>Der Superuser (NPUMAdmin) öffnet jedes Postfach der UM-Benutzer in deren Namen. Wählen Sie, wie der Server das erlaubt: eine SASL-Autorisierungsidentität (Dovecot und die meisten Server), eine Master-Benutzer-Anmeldung oder die Exchange-Form DOMAIN\superuser\alias. Das Passwort kommt in den Anmeldedatenspeicher, nie in eine Datei.</translation>
    </message>
    <message>
        <source>The spool is the folder where the UM system keeps voicemail, one folder per context and box inside. Each row ties a voicemail box to the mail login of its owner. The connection test writes and removes one message in the test mailbox chosen here.</source>
        <translation>Der Spool ist der Ordner, in dem das UM-System Voicemail ablegt, darin ein Ordner je Kontext und Postfach. Jede Zeile verknüpft ein Voicemail-Postfach mit der Mail-Anmeldung seines Besitzers. Der Verbindungstest schreibt und entfernt eine Nachricht im hier gewählten Testpostfach.</translation>
    </message>
    <message>
        <source>The test takes every step the connector will take, against the real server, and times each one. A failed step opens by itself and says what to do first; Go to the page takes you where the setting is made. The test leaves nothing behind in the mailbox.</source>
        <translation>Der Test geht jeden Schritt, den der Connector gehen wird, gegen den echten Server und misst jeden. Ein fehlgeschlagener Schritt öffnet sich von selbst und sagt zuerst, was zu tun ist; „Zur Seite gehen“ bringt Sie dorthin, wo die Einstellung gemacht wird. Der Test lässt nichts im Postfach zurück.</translation>
    </message>
    <message>
        <source>What Apply will write and start, for a last look. Nothing has been changed yet. Go Back to correct an answer; the connection test then runs again.</source>
        <translation>Was „Anwenden“ schreiben und starten wird, zum letzten Durchsehen. Noch wurde nichts geändert. Gehen Sie zurück, um eine Antwort zu korrigieren; der Verbindungstest läuft dann erneut.</translation>
    </message>
    <message>
        <source>Apply keeps the password in the credential store, writes the configuration and starts the connector. The status below is live: whether the service runs, its last sync and its last log lines.</source>
        <translation>„Anwenden“ legt das Passwort im Anmeldedatenspeicher ab, schreibt die Konfiguration und startet den Connector. Der Status unten ist live: ob der Dienst läuft, seine letzte Synchronisation und seine letzten Protokollzeilen.</translation>
    </message>
    <message>
        <source>What is this?</source>
        <translation>Was ist das?</translation>
    </message>
    <message>
        <source>Explain this page (F1)</source>
        <translation>Diese Seite erklären (F1)</translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <source>Problems on this page</source>
        <translation>Probleme auf dieser Seite</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>The IMAP server the connector talks to.</source>
        <translation>Der IMAP-Server, mit dem der Connector spricht.</translation>
    </message>
    <message>
        <source>e.g. mail.example.com</source>
        <translation>z. B. mail.example.com</translation>
    </message>
    <message>
        <source>I understand the password will cross the network &amp;unencrypted</source>
        <translation>Mir ist klar, dass das Passwort &amp;unverschlüsselt über das Netzwerk geht</translation>
    </message>
    <message>
        <source>optional: PEM file of the authority that signed it</source>
        <translation>optional: PEM-Datei der Stelle, die es signiert hat</translation>
    </message>
    <message>
        <source>optional: SHA-256 of one certificate to trust</source>
        <translation>optional: SHA-256 eines Zertifikats, dem vertraut wird</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>&amp;Sicherheit:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Needed only with no encryption: confirms that this network is trusted, since anyone on the way could read the password.</source>
        <translation>Nur ohne Verschlüsselung nötig: bestätigt, dass dieses Netzwerk vertrauenswürdig ist, da jeder unterwegs das Passwort lesen könnte.</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Browse for the certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle suchen</translation>
    </message>
    <message>
        <source>Cer&amp;tificate authority:</source>
        <translation>Zertifizierungsstelle (&amp;CA):</translation>
    </message>
    <message>
        <source>Trusted &amp;fingerprint:</source>
        <translation>Vertrauter &amp;Fingerabdruck:</translation>
    </message>
    <message>
        <source>Name or IP address of the IMAP server.</source>
        <translation>Name oder IP-Adresse des IMAP-Servers.</translation>
    </message>
    <message>
        <source>993 for TLS, 143 for STARTTLS, unless told otherwise.</source>
        <translation>993 für TLS, 143 für STARTTLS, sofern nicht anders angegeben.</translation>
    </message>
    <message>
        <source>TLS from the start is the safest choice.</source>
        <translation>TLS von Anfang an ist die sicherste Wahl.</translation>
    </message>
    <message>
        <source>Only for servers whose certificate comes from a private authority.</source>
        <translation>Nur für Server, deren Zertifikat von einer privaten Stelle stammt.</translation>
    </message>
    <message>
        <source>Trust exactly one certificate, e.g. a self-signed one; the test shows it.</source>
        <translation>Genau einem Zertifikat vertrauen, z. B. einem selbstsignierten; der Test zeigt es.</translation>
    </message>
    <message>
        <source>F&amp;ind from an email address…</source>
        <translation>Aus einer E-Mail-Adresse &amp;ermitteln…</translation>
    </message>
    <message>
        <source>Look the server up from any mailbox address on it: known providers, DNS records and Exchange Autodiscover. Optional.</source>
        <translation>Den Server über eine beliebige Postfachadresse darauf ermitteln: bekannte Anbieter, DNS-Einträge und Exchange Autodiscover. Optional.</translation>
    </message>
    <message>
        <source>{kind} uses known settings; they are filled in. Press Edit to change them.</source>
        <translation>{kind} verwendet bekannte Einstellungen; sie sind eingetragen. Drücken Sie „Bearbeiten“, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Mail server kind</source>
        <translation>Art des Mailservers</translation>
    </message>
    <message>
        <source>Go back to the site page.</source>
        <translation>Gehen Sie zurück zur Seite „Standort“.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>umconnect — connect voicemail to mail</source>
        <translation>umconnect — Voicemail mit E-Mail verbinden</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Leave the wizard?</source>
        <translation>Assistenten verlassen?</translation>
    </message>
    <message>
        <source>Nothing has been written or started yet. Leave the wizard and lose the answers given so far?</source>
        <translation>Es wurde noch nichts geschrieben oder gestartet. Den Assistenten verlassen und die bisherigen Antworten verwerfen?</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>The customer&apos;s site</source>
        <translation>Der Standort des Kunden</translation>
    </message>
    <message>
        <source>Which mail server, and how many voicemail users?</source>
        <translation>Welcher Mailserver, und wie viele Voicemail-Benutzer?</translation>
    </message>
    <message>
        <source>The UM system is a &amp;cluster</source>
        <translation>Das UM-System ist ein &amp;Cluster</translation>
    </message>
    <message>
        <source>Tick when several UM servers share the voicemail; every member must then use the same Exchange version.</source>
        <translation>Ankreuzen, wenn sich mehrere UM-Server die Voicemail teilen; alle Mitglieder müssen dann dieselbe Exchange-Version verwenden.</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>Mail&amp;server:</translation>
    </message>
    <message>
        <source>The product that holds the users&apos; mailboxes.</source>
        <translation>Das Produkt, das die Postfächer der Benutzer enthält.</translation>
    </message>
    <message>
        <source>UM &amp;users:</source>
        <translation>&amp;UM-Benutzer:</translation>
    </message>
    <message>
        <source>Users who have a voicemail box.</source>
        <translation>Benutzer, die ein Voicemail-Postfach haben.</translation>
    </message>
    <message>
        <source>Mail server c&amp;ount:</source>
        <translation>Anzahl &amp;Mailserver:</translation>
    </message>
    <message>
        <source>Servers that hold UM users&apos; mailboxes.</source>
        <translation>Server, auf denen Postfächer von UM-Benutzern liegen.</translation>
    </message>
    <message>
        <source>&amp;Adapter:</source>
        <translation>&amp;Adapter:</translation>
    </message>
    <message>
        <source>Keep &apos;Recommended&apos; unless the UM vendor told you otherwise.</source>
        <translation>Belassen Sie „Empfohlen“, sofern der UM-Hersteller nichts anderes sagt.</translation>
    </message>
    <message>
        <source>Recommended adapter</source>
        <translation>Empfohlener Adapter</translation>
    </message>
    <message>
        <source>Recommended: {adapter}</source>
        <translation>Empfohlen: {adapter}</translation>
    </message>
    <message>
        <source>Adapter: {adapter}
{reason}</source>
        <translation>Adapter: {adapter}
{reason}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>{host}, port {port}, {security}</source>
        <translation>{host}, Port {port}, {security}</translation>
    </message>
    <message>
        <source>{kind} kept in</source>
        <translation>{kind} abgelegt in</translation>
    </message>
    <message>
        <source>the connector, started in the background as this user; its log and status are kept in {folder}</source>
        <translation>der Connector, im Hintergrund als dieser Benutzer gestartet; Protokoll und Status liegen in {folder}</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>EWS address by Autodiscover</source>
        <translation>EWS-Adresse über Autodiscover</translation>
    </message>
    <message>
        <source>Exchange {v}</source>
        <translation>Exchange {v}</translation>
    </message>
    <message>
        <source>{login}, sign-in: {auth}, by impersonation</source>
        <translation>{login}, Anmeldung: {auth}, per Identitätswechsel</translation>
    </message>
    <message>
        <source>Exchange servers</source>
        <translation>Exchange-Server</translation>
    </message>
    <message>
        <source>Superuser</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <source>Voicemail boxes</source>
        <translation>Voicemail-Postfächer</translation>
    </message>
    <message>
        <source>Spool folder</source>
        <translation>Spool-Ordner</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Press Apply to write the configuration, keep the password and start the connector.</source>
        <translation>Drücken Sie „Anwenden“, um die Konfiguration zu schreiben, das Passwort abzulegen und den Connector zu starten.</translation>
    </message>
    <message>
        <source>What will be set up</source>
        <translation>Was eingerichtet wird</translation>
    </message>
    <message>
        <source>Sa&amp;ve answers…</source>
        <translation>Antworten &amp;speichern…</translation>
    </message>
    <message>
        <source>Keep these answers as an answer file (TOML, no password) to fill the wizard in next time, or for &apos;umconnect apply&apos; on another computer.</source>
        <translation>Diese Antworten als Antwortdatei aufbewahren (TOML, ohne Passwort), um den Assistenten beim nächsten Mal zu füllen, oder für „umconnect apply“ auf einem anderen Computer.</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Antworten speichern</translation>
    </message>
    <message>
        <source>Answer files (*.toml)</source>
        <translation>Antwortdateien (*.toml)</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Antworten nicht gespeichert</translation>
    </message>
    <message>
        <source>{path} could not be written: {error}. Choose another folder.</source>
        <translation>{path} konnte nicht geschrieben werden: {error}. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Voicemail boxes</source>
        <translation>Voicemail-Postfächer</translation>
    </message>
    <message>
        <source>Where the UM system keeps voicemail, and which box belongs to which mailbox.</source>
        <translation>Wo das UM-System Voicemail ablegt und welches Voicemail-Postfach zu welchem Postfach gehört.</translation>
    </message>
    <message>
        <source>e.g. /var/spool/asterisk/voicemail</source>
        <translation>z. B. /var/spool/asterisk/voicemail</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Spool folder</source>
        <translation>Spool-Ordner</translation>
    </message>
    <message>
        <source>The folder where the UM system keeps voicemail, one folder per context inside.</source>
        <translation>Der Ordner, in dem das UM-System Voicemail ablegt, darin ein Ordner je Kontext.</translation>
    </message>
    <message>
        <source>Browse for the spool folder</source>
        <translation>Spool-Ordner suchen</translation>
    </message>
    <message>
        <source>Voicemail box</source>
        <translation>Voicemail-Postfach</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Mail login</source>
        <translation>Mail-Anmeldung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>UM users</source>
        <translation>UM-Benutzer</translation>
    </message>
    <message>
        <source>One row per voicemail box: its number, context, the mailbox login it is kept in step with, and the user&apos;s name.</source>
        <translation>Eine Zeile je Voicemail-Postfach: seine Nummer, sein Kontext, die Postfach-Anmeldung, mit der es abgeglichen wird, und der Name des Benutzers.</translation>
    </message>
    <message>
        <source>A&amp;dd box</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move box</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>The connection test writes and removes one message in this mailbox.</source>
        <translation>Der Verbindungstest schreibt und entfernt eine Nachricht in diesem Postfach.</translation>
    </message>
    <message>
        <source>&amp;Spool folder:</source>
        <translation>&amp;Spool-Ordner:</translation>
    </message>
    <message>
        <source>&amp;Test with mailbox:</source>
        <translation>&amp;Testen mit Postfach:</translation>
    </message>
    <message>
        <source>&amp;UM users:</source>
        <translation>&amp;UM-Benutzer:</translation>
    </message>
    <message>
        <source>Voicemail spool</source>
        <translation>Voicemail-Spool</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Connect voicemail to the mail server</source>
        <translation>Voicemail mit dem Mailserver verbinden</translation>
    </message>
    <message>
        <source>This wizard sets up the IMAP connector or the Exchange gateway, tests it live and starts it. It takes about five minutes.</source>
        <translation>Dieser Assistent richtet den IMAP-Connector oder das Exchange-Gateway ein, testet die Verbindung live und startet den Dienst. Das dauert etwa fünf Minuten.</translation>
    </message>
    <message>
        <source>Have at hand:
  •  the mail server&apos;s name or address, and its IMAP port (for the gateway: the Exchange servers)
  •  the superuser account (NPUMAdmin) that may open every UM user&apos;s mailbox, and its password (Office 365 and Google: the app registration or service account instead)
  •  the voicemail boxes to connect, and one user&apos;s mailbox to test with

Nothing is changed on this computer or the server until you press Apply on the summary page.</source>
        <translation>Halten Sie bereit:
  •  Name oder Adresse des Mailservers und seinen IMAP-Port (für das Gateway: die Exchange-Server)
  •  das Superuser-Konto (NPUMAdmin), das jedes Postfach der UM-Benutzer öffnen darf, und sein Passwort (Office 365 und Google: stattdessen die App-Registrierung bzw. das Dienstkonto)
  •  die zu verbindenden Voicemail-Postfächer und das Postfach eines Benutzers für den Test

Auf diesem Computer und dem Server wird nichts geändert, bevor Sie auf der Zusammenfassungsseite „Anwenden“ drücken.</translation>
    </message>
    <message>
        <source>&amp;Load answers…</source>
        <translation>Antworten &amp;laden…</translation>
    </message>
    <message>
        <source>Fill the wizard from a prepared answer file (TOML, no passwords).</source>
        <translation>Den Assistenten aus einer vorbereiteten Antwortdatei füllen (TOML, ohne Passwörter).</translation>
    </message>
    <message>
        <source>Demo mode: a demo mail server runs on this computer (127.0.0.1, port {port}) with the superuser &apos;{su}&apos; (password &apos;{pw}&apos;) and the users alice and bob. Everything is filled in; press Next to walk through. The demo server stops when the wizard closes.</source>
        <translation>Demomodus: Auf diesem Computer läuft ein Demo-Mailserver (127.0.0.1, Port {port}) mit dem Superuser „{su}“ (Passwort „{pw}“) und den Benutzern alice und bob. Alles ist ausgefüllt; drücken Sie „Weiter“, um durchzugehen. Der Demo-Server hält an, wenn der Assistent geschlossen wird.</translation>
    </message>
    <message>
        <source>Load answers</source>
        <translation>Antworten laden</translation>
    </message>
    <message>
        <source>Answer files (*.toml)</source>
        <translation>Antwortdateien (*.toml)</translation>
    </message>
    <message>
        <source>Answer file not loaded</source>
        <translation>Antwortdatei nicht geladen</translation>
    </message>
</context>
</TS>
