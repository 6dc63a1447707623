<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Keeping the superuser&apos;s password in {store}…</source>
        <translation>Enregistrement du mot de passe du superutilisateur dans {store}…</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>Écriture de {path}…</translation>
    </message>
    <message>
        <source>The configuration could not be written to {path}: {error}. Check that the folder is writable.</source>
        <translation>Impossible d&apos;écrire la configuration dans {path} : {error}. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Starting the connector service…</source>
        <translation>Démarrage du service du connecteur…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Office 365</source>
        <extracomment>Where Autodiscover is asked, ``{domain}`` replaced by the address&apos;s domain. Autodiscover redirections (address, URL or HTTP) followed in one search. Larger Autodiscover answers are not read. IMAP settings of the hosted services. Domains whose sub-domains are tenants of the provider (contoso.onmicrosoft.com).</extracomment>
        <translation>Office 365</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an email address. Enter one like alice@example.com.</source>
        <extracomment>Where it was found first, as a short sentence. The mail server product, when the source tells. Further sources that found the same host, port and security.</extracomment>
        <translation>« {value} » n&apos;est pas une adresse e-mail. Saisissez-en une comme alice@example.com.</translation>
    </message>
    <message>
        <source>the answer is not XML</source>
        <extracomment>&quot;settings&quot;, &quot;redirectAddr&quot;, &quot;redirectUrl&quot; or &quot;error&quot;. The address or URL to go to, for a redirection. The error&apos;s code and message, for &quot;error&quot;. IMAP servers listed: host, port, security.</extracomment>
        <translation>la réponse n&apos;est pas du XML</translation>
    </message>
    <message>
        <source>the answer declares a document type, which Autodiscover never does; it was not read</source>
        <translation>la réponse déclare un type de document, ce que Autodiscover ne fait jamais ; elle n&apos;a pas été lue</translation>
    </message>
    <message>
        <source>the answer is not well-formed XML ({error})</source>
        <translation>la réponse n&apos;est pas du XML bien formé ({error})</translation>
    </message>
    <message>
        <source>the answer is XML but not Autodiscover (&lt;{tag}&gt;)</source>
        <translation>la réponse est du XML mais pas Autodiscover (&lt;{tag}&gt;)</translation>
    </message>
    <message>
        <source>no answer from the name server within {seconds:g} s</source>
        <extracomment>Without the final dot; &quot;.&quot; for the root (&quot;service not offered&quot;).</extracomment>
        <translation>pas de réponse du serveur de noms en {seconds:g} s</translation>
    </message>
    <message>
        <source>this computer has no name server configured</source>
        <translation>aucun serveur de noms n&apos;est configuré sur cet ordinateur</translation>
    </message>
    <message>
        <source>no record (the name does not exist)</source>
        <translation>aucun enregistrement (le nom n&apos;existe pas)</translation>
    </message>
    <message>
        <source>no SRV record</source>
        <translation>aucun enregistrement SRV</translation>
    </message>
    <message>
        <source>no name server gave a usable answer</source>
        <translation>aucun serveur de noms n&apos;a donné de réponse utilisable</translation>
    </message>
    <message>
        <source>the lookup failed: {error}</source>
        <translation>la recherche a échoué : {error}</translation>
    </message>
    <message>
        <source>gave up after {count} redirections</source>
        <translation>abandon après {count} redirections</translation>
    </message>
    <message>
        <source>Known providers (Office 365, Google)</source>
        <translation>Fournisseurs connus (Office 365, Google)</translation>
    </message>
    <message>
        <source>{domain} is not one of their domains</source>
        <translation>{domain} ne fait pas partie de leurs domaines</translation>
    </message>
    <message>
        <source>{provider} preset</source>
        <translation>Préréglage {provider}</translation>
    </message>
    <message>
        <source>DNS SRV {name}</source>
        <translation>DNS SRV {name}</translation>
    </message>
    <message>
        <source>the domain says it does not offer this service (target &apos;.&apos;)</source>
        <translation>le domaine indique qu&apos;il n&apos;offre pas ce service (cible « . »)</translation>
    </message>
    <message>
        <source>DNS SRV {name} (priority {priority}, weight {weight})</source>
        <translation>DNS SRV {name} (priorité {priority}, poids {weight})</translation>
    </message>
    <message>
        <source>Exchange Autodiscover for {address}</source>
        <translation>Exchange Autodiscover pour {address}</translation>
    </message>
    <message>
        <source>the redirections go round in a circle ({address})</source>
        <translation>les redirections tournent en rond ({address})</translation>
    </message>
    <message>
        <source>the domain says it does not offer Autodiscover (target &apos;.&apos;)</source>
        <translation>le domaine indique qu&apos;il n&apos;offre pas Autodiscover (cible « . »)</translation>
    </message>
    <message>
        <source>Exchange Autodiscover at {url}</source>
        <translation>Exchange Autodiscover à {url}</translation>
    </message>
    <message>
        <source>redirects to {url}, which is not https; not followed</source>
        <translation>redirige vers {url}, qui n&apos;est pas en https ; non suivi</translation>
    </message>
    <message>
        <source>redirects to {url}</source>
        <translation>redirige vers {url}</translation>
    </message>
    <message>
        <source>asks for a login (HTTP 401): this Autodiscover service needs credentials, which this search does not send. Enter the server by hand, or ask the mail administrator for it.</source>
        <translation>demande une connexion (HTTP 401) : ce service Autodiscover exige des identifiants, que cette recherche n&apos;envoie pas. Saisissez le serveur à la main ou demandez-le à l&apos;administrateur de la messagerie.</translation>
    </message>
    <message>
        <source>answered HTTP {status} {reason}: no Autodiscover here</source>
        <translation>a répondu HTTP {status} {reason} : pas d&apos;Autodiscover ici</translation>
    </message>
    <message>
        <source>{problem} (Content-Type: {type})</source>
        <translation>{problem} (Content-Type : {type})</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>aucun indiqué</translation>
    </message>
    <message>
        <source>Autodiscover answered with an error: {error}</source>
        <translation>Autodiscover a répondu par une erreur : {error}</translation>
    </message>
    <message>
        <source>redirects to an empty address</source>
        <translation>redirige vers une adresse vide</translation>
    </message>
    <message>
        <source>redirects to the address {address}</source>
        <translation>redirige vers l&apos;adresse {address}</translation>
    </message>
    <message>
        <source>Autodiscover answered but lists no IMAP server (IMAP may not be published or switched on)</source>
        <translation>Autodiscover a répondu mais n&apos;indique aucun serveur IMAP (IMAP n&apos;est peut-être pas publié ou pas activé)</translation>
    </message>
    <message>
        <source>lists &apos;{host}&apos;, which is not a host name</source>
        <translation>indique « {host} », qui n&apos;est pas un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>not an https address; not asked</source>
        <translation>pas une adresse https ; non interrogée</translation>
    </message>
    <message>
        <source>the address has a bad port number</source>
        <translation>l&apos;adresse a un numéro de port incorrect</translation>
    </message>
    <message>
        <source>the answer is larger than {size} KiB; not read</source>
        <translation>la réponse dépasse {size} Kio ; non lue</translation>
    </message>
    <message>
        <source>no answer within {seconds:g} s</source>
        <translation>pas de réponse en {seconds:g} s</translation>
    </message>
    <message>
        <source>its certificate is not trusted: {reason}</source>
        <translation>son certificat n&apos;est pas approuvé : {reason}</translation>
    </message>
    <message>
        <source>the TLS handshake failed: {reason}</source>
        <translation>la négociation TLS a échoué : {reason}</translation>
    </message>
    <message>
        <source>the name {host} is not known</source>
        <translation>le nom {host} est inconnu</translation>
    </message>
    <message>
        <source>nothing answers on port {port} (connection refused)</source>
        <translation>rien ne répond sur le port {port} (connexion refusée)</translation>
    </message>
    <message>
        <source>the answer is not HTTP ({error})</source>
        <translation>la réponse n&apos;est pas du HTTP ({error})</translation>
    </message>
    <message>
        <source>the connection failed: {error}</source>
        <translation>la connexion a échoué : {error}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of seconds</source>
        <translation>« {value} » n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>must be more than 0 seconds, not {value}</source>
        <translation>doit dépasser 0 seconde, pas {value}</translation>
    </message>
    <message>
        <source>{path} has {n} problem(s):</source>
        <translation>{path} présente {n} problème(s) :</translation>
    </message>
    <message>
        <source>Password of the superuser {su} on {host}: </source>
        <translation>Mot de passe du superutilisateur {su} sur {host} : </translation>
    </message>
    <message>
        <source>No password for the superuser {su}. Set {env} or run this command at a terminal to be asked.</source>
        <translation>Aucun mot de passe pour le superutilisateur {su}. Définissez {env} ou lancez cette commande dans un terminal pour qu&apos;il vous soit demandé.</translation>
    </message>
    <message>
        <source>Adapter: {adapter} — {reason}</source>
        <translation>Adaptateur : {adapter} — {reason}</translation>
    </message>
    <message>
        <source>(acknowledged)</source>
        <translation>(accepté)</translation>
    </message>
    <message>
        <source>Warnings must be acknowledged: add their keys to &apos;acknowledged&apos; in the answer file ({keys}).</source>
        <translation>Les avertissements doivent être acceptés : ajoutez leurs clés à « acknowledged » dans le fichier de réponses ({keys}).</translation>
    </message>
    <message>
        <source>Apply failed at &apos;store&apos;: {error}</source>
        <translation>L&apos;application a échoué à l&apos;étape « store » : {error}</translation>
    </message>
    <message>
        <source>Apply failed at &apos;{step}&apos;: {error}</source>
        <translation>L&apos;application a échoué à l&apos;étape « {step} » : {error}</translation>
    </message>
    <message>
        <source>Configuration: {path}</source>
        <translation>Configuration : {path}</translation>
    </message>
    <message>
        <source>Password kept in: {store} ({ref})</source>
        <translation>Mot de passe conservé dans : {store} ({ref})</translation>
    </message>
    <message>
        <source>--secrets-stdin expects one JSON line with superuser_password.</source>
        <translation>--secrets-stdin attend une ligne JSON avec superuser_password.</translation>
    </message>
    <message>
        <source>To run the service by hand without the store, pipe the password in with --secrets-stdin.</source>
        <translation>Pour lancer le service à la main sans le magasin, transmettez le mot de passe avec --secrets-stdin.</translation>
    </message>
    <message>
        <source>Sync failed: {error}</source>
        <translation>Échec de la synchronisation : {error}</translation>
    </message>
    <message>
        <source>Service stopped.</source>
        <translation>Service arrêté.</translation>
    </message>
    <message>
        <source>The service was not running.</source>
        <translation>Le service ne tournait pas.</translation>
    </message>
    <message>
        <source>Demo IMAP server on {host}:{port} (STARTTLS), CA file {ca}</source>
        <translation>Serveur IMAP de démonstration sur {host}:{port} (STARTTLS), fichier CA {ca}</translation>
    </message>
    <message>
        <source>Superuser {su} / {pw}; users: {users}</source>
        <translation>Superutilisateur {su} / {pw} ; utilisateurs : {users}</translation>
    </message>
    <message>
        <source>Connect a voicemail system to its mail server, without the wizard.</source>
        <translation>Relie un système de messagerie vocale à son serveur de messagerie, sans l&apos;assistant.</translation>
    </message>
    <message>
        <source>log protocol details</source>
        <translation>journaliser les détails du protocole</translation>
    </message>
    <message>
        <source>run the live connection test</source>
        <translation>lancer le test de connexion en direct</translation>
    </message>
    <message>
        <source>answer file (TOML)</source>
        <translation>fichier de réponses (TOML)</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>afficher le rapport en JSON</translation>
    </message>
    <message>
        <source>limit for the whole test in seconds</source>
        <translation>limite pour tout le test, en secondes</translation>
    </message>
    <message>
        <source>test, configure and start the service</source>
        <translation>tester, configurer et démarrer le service</translation>
    </message>
    <message>
        <source>where to write the configuration (default: %(default)s)</source>
        <translation>où écrire la configuration (par défaut : %(default)s)</translation>
    </message>
    <message>
        <source>do not run the connection test first</source>
        <translation>ne pas lancer le test de connexion avant</translation>
    </message>
    <message>
        <source>write and store, but do not start the service</source>
        <translation>écrire et enregistrer, sans démarrer le service</translation>
    </message>
    <message>
        <source>run or control the service</source>
        <translation>exécuter ou piloter le service</translation>
    </message>
    <message>
        <source>run the connector in the foreground</source>
        <translation>exécuter le connecteur au premier plan</translation>
    </message>
    <message>
        <source>folder for the journal, status and log</source>
        <translation>dossier du journal, de l&apos;état et du log</translation>
    </message>
    <message>
        <source>read the password as JSON from standard input</source>
        <translation>lire le mot de passe en JSON sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>one sync, then exit</source>
        <translation>une synchronisation, puis quitter</translation>
    </message>
    <message>
        <source>log only to the service log, not to the terminal</source>
        <translation>journaliser seulement dans le log du service, pas dans le terminal</translation>
    </message>
    <message>
        <source>stop the service</source>
        <translation>arrêter le service</translation>
    </message>
    <message>
        <source>show the service&apos;s status</source>
        <translation>afficher l&apos;état du service</translation>
    </message>
    <message>
        <source>the configuration (default: %(default)s)</source>
        <translation>la configuration (par défaut : %(default)s)</translation>
    </message>
    <message>
        <source>print the status as JSON</source>
        <translation>afficher l&apos;état en JSON</translation>
    </message>
    <message>
        <source>check the deployment rules</source>
        <translation>vérifier les règles de déploiement</translation>
    </message>
    <message>
        <source>print the verdict as JSON</source>
        <translation>afficher le verdict en JSON</translation>
    </message>
    <message>
        <source>run the demo mail server</source>
        <translation>lancer le serveur de messagerie de démonstration</translation>
    </message>
    <message>
        <source>{where} must be a table.</source>
        <translation>{where} doit être une table.</translation>
    </message>
    <message>
        <source>{where} must be a list.</source>
        <translation>{where} doit être une liste.</translation>
    </message>
    <message>
        <source>{where} is &apos;{value}&apos;; use one of: {choices}.</source>
        <translation>{where} vaut « {value} » ; utilisez l&apos;une de ces valeurs : {choices}.</translation>
    </message>
    <message>
        <source>{where} must be {kind}, not {value}.</source>
        <translation>{where} doit être {kind}, pas {value}.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>du texte entre guillemets</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>{where} has unknown setting(s): {names}. Check the spelling against the documented format.</source>
        <translation>{where} contient un ou des réglages inconnus : {names}. Vérifiez l&apos;orthographe d&apos;après le format documenté.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>schema_version {found} is not supported; this version of umconnect reads {ours}.</source>
        <translation>schema_version {found} n&apos;est pas prise en charge ; cette version d&apos;umconnect lit {ours}.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {error}.</source>
        <translation>{path} n&apos;est pas du TOML valide : {error}.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text; save it as UTF-8.</source>
        <translation>{path} n&apos;est pas du texte UTF-8 ; enregistrez-le en UTF-8.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}.</source>
        <translation>{path} ne peut pas être lu : {error}.</translation>
    </message>
    <message>
        <source>Unexpected problem: {error}</source>
        <extracomment>Service states, as ``status.json`` and ``umconnect status`` show them. The longest wait between retries while something is wrong. Seconds between status saves while a backlog is being delivered. Names a state folder of ours holds; only such a folder is made private. Voicemail that cannot be delivered as its files are: ``file``, ``reason``. Problems scan reported, each logged once while it lasts. Voicemail set aside by identity, until its files change.</extracomment>
        <translation>Problème inattendu : {error}</translation>
    </message>
    <message>
        <source>The server refused {n} voicemail(s)</source>
        <translation>Le serveur a refusé {n} message(s) vocal(aux)</translation>
    </message>
    <message>
        <source>Check the mailbox&apos;s quota and the server&apos;s size limit; the service tries again.</source>
        <translation>Vérifiez le quota de la boîte aux lettres et la taille maximale du serveur ; le service réessaie.</translation>
    </message>
    <message>
        <source>Cannot open {user}&apos;s inbox</source>
        <translation>Impossible d&apos;ouvrir la boîte de réception de {user}</translation>
    </message>
    <message>
        <source>Check that the mailbox exists and that the superuser may open it.</source>
        <translation>Vérifiez que la boîte aux lettres existe et que le superutilisateur peut l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The voicemail spool {path} is not a folder</source>
        <translation>Le spool de messagerie vocale {path} n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>The voicemail spool {path} does not exist</source>
        <translation>Le spool de messagerie vocale {path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>The voicemail spool {path} cannot be read ({error})</source>
        <translation>Le spool de messagerie vocale {path} ne peut pas être lu ({error})</translation>
    </message>
    <message>
        <source>Check the spool setting in the configuration, and that the PBX stores voicemail there; the service keeps looking.</source>
        <translation>Vérifiez le réglage du spool dans la configuration et que le PBX y range les messages vocaux ; le service continue de chercher.</translation>
    </message>
    <message>
        <source>Gave up: the server is too slow</source>
        <translation>Abandon : le serveur est trop lent</translation>
    </message>
    <message>
        <source>The exchange took longer than the time limit; the service tries again.</source>
        <translation>L&apos;échange a dépassé la limite de temps ; le service réessaie.</translation>
    </message>
    <message>
        <source>The connection to the server was interrupted</source>
        <translation>La connexion au serveur a été interrompue</translation>
    </message>
    <message>
        <source>The service tries again; if this keeps happening, check the network and the server&apos;s log.</source>
        <translation>Le service réessaie ; si cela se répète, vérifiez le réseau et le journal du serveur.</translation>
    </message>
    <message>
        <source>Retrying with back-off.</source>
        <translation>Nouvel essai avec délai croissant.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>The refused certificate&apos;s SHA-256 when trusting it by its fingerprint would make the connection work (the wizard offers exactly that). How long a second connection, made only to read the server&apos;s certificate or TLS version, may take.</extracomment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Run the test again when ready.</source>
        <translation>Relancez le test quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Names: {names}</source>
        <extracomment>The names the certificate is valid for (subject alternative names). How many certificates the server sent, if Python can tell. How many certificates the verified chain had (server to authority). Subject and issuer are the same: the certificate signed itself.</extracomment>
        <translation>Noms : {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Chain: {chain} certificates, {sent} sent by the server</source>
        <translation>Chaîne : {chain} certificats, {sent} envoyés par le serveur</translation>
    </message>
    <message>
        <source>Certificates sent by the server: {n}</source>
        <translation>Certificats envoyés par le serveur : {n}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <extracomment>OpenSSL&apos;s verification results (X509_V_ERR_*) that get their own verdict. What Python calls the versions older than TLS 1.2, and what people call them. OpenSSL reasons that may mean &quot;the server speaks only an older TLS&quot;.</extracomment>
        <translation>Sujet : {subject}</translation>
    </message>
    <message>
        <source>Issuer: {issuer}</source>
        <translation>Émetteur : {issuer}</translation>
    </message>
    <message>
        <source>Valid from: {when}</source>
        <translation>Valide à partir du : {when}</translation>
    </message>
    <message>
        <source>Valid until: {when} (days left: {days})</source>
        <translation>Valide jusqu&apos;au : {when} (jours restants : {days})</translation>
    </message>
    <message>
        <source>SHA-256: {fp}</source>
        <translation>SHA-256 : {fp}</translation>
    </message>
    <message>
        <source>Certificate does not match the trusted one</source>
        <translation>Le certificat ne correspond pas à celui approuvé</translation>
    </message>
    <message>
        <source>The server now shows a different certificate. If the server administrator renewed it, compare the new fingerprint with them before trusting it.</source>
        <translation>Le serveur présente maintenant un autre certificat. Si l&apos;administrateur du serveur l&apos;a renouvelé, comparez avec lui la nouvelle empreinte avant de l&apos;approuver.</translation>
    </message>
    <message>
        <source>Trusted: {expected}
Server:  {actual}</source>
        <translation>Approuvé : {expected}
Serveur :  {actual}</translation>
    </message>
    <message>
        <source>The server offers only {version}</source>
        <translation>Le serveur ne propose que {version}</translation>
    </message>
    <message>
        <source>Enable TLS 1.2 on the mail server: this program needs TLS 1.2 or newer, and {version} is no longer safe. On Exchange 2010 or 2013 on Windows, install the current updates and enable TLS 1.2 in SCHANNEL.</source>
        <translation>Activez TLS 1.2 sur le serveur de messagerie : ce programme exige TLS 1.2 ou plus récent, et {version} n&apos;est plus sûr. Sur Exchange 2010 ou 2013 sous Windows, installez les mises à jour actuelles et activez TLS 1.2 dans SCHANNEL.</translation>
    </message>
    <message>
        <source>With older versions allowed, the server chose {version}.</source>
        <translation>Avec les anciennes versions autorisées, le serveur a choisi {version}.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the server administrator before trusting it.</source>
        <translation>Comparez l&apos;empreinte avec l&apos;administrateur du serveur avant de l&apos;approuver.</translation>
    </message>
    <message>
        <source>The server needs legacy renegotiation</source>
        <translation>Le serveur exige l&apos;ancienne renégociation (legacy renegotiation)</translation>
    </message>
    <message>
        <source>The server lacks secure renegotiation (RFC 5746), which this program requires. Update the mail server&apos;s TLS software; on Windows, install the current updates.</source>
        <translation>Le serveur n&apos;offre pas la renégociation sécurisée (RFC 5746) exigée par ce programme. Mettez à jour le logiciel TLS du serveur de messagerie ; sous Windows, installez les mises à jour actuelles.</translation>
    </message>
    <message>
        <source>The server did not answer with TLS</source>
        <translation>Le serveur n&apos;a pas répondu en TLS</translation>
    </message>
    <message>
        <source>This port does not speak TLS: choose STARTTLS or plain text for this port, or use the server&apos;s TLS port (usually 993).</source>
        <translation>Ce port ne parle pas TLS : choisissez STARTTLS ou le texte en clair pour ce port, ou utilisez le port TLS du serveur (en général 993).</translation>
    </message>
    <message>
        <source>Server offers only an outdated TLS version</source>
        <translation>Le serveur ne propose qu&apos;une version de TLS dépassée</translation>
    </message>
    <message>
        <source>Enable TLS 1.2 or newer on the mail server; TLS 1.0 and 1.1 are no longer safe.</source>
        <translation>Activez TLS 1.2 ou plus récent sur le serveur de messagerie ; TLS 1.0 et 1.1 ne sont plus sûrs.</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>Échec de la négociation TLS</translation>
    </message>
    <message>
        <source>Check that {host} offers TLS on this port and that its TLS settings are current.</source>
        <translation>Vérifiez que {host} propose TLS sur ce port et que ses réglages TLS sont à jour.</translation>
    </message>
    <message>
        <source>The certificate could not be read on a second connection.</source>
        <translation>Le certificat n&apos;a pas pu être lu par une seconde connexion.</translation>
    </message>
    <message>
        <source>Verification: {reason}</source>
        <translation>Vérification : {reason}</translation>
    </message>
    <message>
        <source>The certificate expired on {date}. Ask the server administrator to renew it.</source>
        <translation>Le certificat a expiré le {date}. Demandez à l&apos;administrateur du serveur de le renouveler.</translation>
    </message>
    <message>
        <source>A certificate of the server&apos;s chain has expired. Ask the server administrator to install a current chain.</source>
        <translation>Un certificat de la chaîne du serveur a expiré. Demandez à l&apos;administrateur du serveur d&apos;installer une chaîne à jour.</translation>
    </message>
    <message>
        <source>Ask the server administrator to renew the mail server&apos;s certificate.</source>
        <translation>Demandez à l&apos;administrateur du serveur de renouveler le certificat du serveur de messagerie.</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>Certificat expiré</translation>
    </message>
    <message>
        <source>Certificate not yet valid</source>
        <translation>Certificat pas encore valide</translation>
    </message>
    <message>
        <source>The certificate is valid only from {date}. Check the date and time of this computer and of the server; if both are right, ask the administrator for a certificate that is valid now.</source>
        <translation>Le certificat n&apos;est valide qu&apos;à partir du {date}. Vérifiez la date et l&apos;heure de cet ordinateur et du serveur ; si elles sont justes, demandez à l&apos;administrateur un certificat valide dès maintenant.</translation>
    </message>
    <message>
        <source>Certificate is for another name</source>
        <translation>Le certificat est établi pour un autre nom</translation>
    </message>
    <message>
        <source>The certificate is for {names}, but the test connected to {host}. Enter one of those names as the server, or trust this certificate.</source>
        <translation>Le certificat est établi pour {names}, mais le test s&apos;est connecté à {host}. Saisissez l&apos;un de ces noms comme serveur, ou approuvez ce certificat.</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Certificat auto-signé</translation>
    </message>
    <message>
        <source>The server signed its own certificate, so no authority vouches for it. Ask the administrator for a certificate from an authority, or trust this one by its fingerprint.</source>
        <translation>Le serveur a signé lui-même son certificat ; aucune autorité ne s&apos;en porte garante. Demandez à l&apos;administrateur un certificat d&apos;une autorité, ou approuvez celui-ci par son empreinte.</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>The server may not send its intermediate certificate; ask the administrator to install the full chain, or add the authority&apos;s CA file ({issuer}), or trust this certificate.</source>
        <translation>Le serveur n&apos;envoie peut-être pas son certificat intermédiaire ; demandez à l&apos;administrateur d&apos;installer la chaîne complète, ajoutez le fichier CA de l&apos;autorité ({issuer}), ou approuvez ce certificat.</translation>
    </message>
    <message>
        <source>Certificate from an unknown authority</source>
        <translation>Certificat d&apos;une autorité inconnue</translation>
    </message>
    <message>
        <source>This computer does not know the authority that issued the certificate ({issuer}). Add the authority&apos;s CA file, or trust this certificate.</source>
        <translation>Cet ordinateur ne connaît pas l&apos;autorité qui a émis le certificat ({issuer}). Ajoutez le fichier CA de l&apos;autorité, ou approuvez ce certificat.</translation>
    </message>
    <message>
        <source>Add the authority that issued the certificate (CA file), or trust this certificate by its fingerprint.</source>
        <translation>Ajoutez l&apos;autorité qui a émis le certificat (fichier CA), ou approuvez ce certificat par son empreinte.</translation>
    </message>
    <message>
        <source>The server sent a line of over 1 MB</source>
        <extracomment>The longest line accepted, in bytes (imaplib&apos;s own limit).</extracomment>
        <translation>Le serveur a envoyé une ligne de plus de 1 Mo</translation>
    </message>
    <message>
        <source>No IMAP answer is that long ({when}). Check that this port belongs to the IMAP server, and show the transcript to its administrator.</source>
        <translation>Aucune réponse IMAP n&apos;est aussi longue ({when}). Vérifiez que ce port appartient au serveur IMAP, et montrez la transcription à son administrateur.</translation>
    </message>
    <message>
        <source>The server hung up: {reason}</source>
        <translation>Le serveur a raccroché : {reason}</translation>
    </message>
    <message>
        <source>The connection ended {when}, for the reason quoted. Check the server&apos;s log, or show the reason to its administrator.</source>
        <translation>La connexion s&apos;est terminée {when}, pour la raison citée. Vérifiez le journal du serveur, ou montrez la raison à son administrateur.</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>Le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>The connection ended {when}. Check the port and the security setting (TLS or STARTTLS), then the server&apos;s log.</source>
        <translation>La connexion s&apos;est terminée {when}. Vérifiez le port et le réglage de sécurité (TLS ou STARTTLS), puis le journal du serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not IMAP</source>
        <translation>La réponse du serveur n&apos;est pas de l&apos;IMAP</translation>
    </message>
    <message>
        <source>It broke the IMAP protocol {when}. Show the transcript to the server administrator.</source>
        <translation>Il a enfreint le protocole IMAP {when}. Montrez la transcription à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The whole exchange took longer than the time limit. Check the network path to the server, or raise the time limit.</source>
        <translation>L&apos;échange complet a dépassé la limite de temps. Vérifiez le chemin réseau vers le serveur, ou augmentez la limite.</translation>
    </message>
    <message>
        <source>Name lookup timed out</source>
        <translation>Délai dépassé pour la résolution du nom</translation>
    </message>
    <message>
        <source>The DNS server did not answer. Check this computer&apos;s DNS settings, or enter the server&apos;s IP address.</source>
        <translation>Le serveur DNS n&apos;a pas répondu. Vérifiez les réglages DNS de cet ordinateur, ou saisissez l&apos;adresse IP du serveur.</translation>
    </message>
    <message>
        <source>Unknown server name</source>
        <translation>Nom de serveur inconnu</translation>
    </message>
    <message>
        <source>&apos;{host}&apos; could not be found in DNS. Check the spelling, or enter the server&apos;s IP address.</source>
        <translation>« {host} » est introuvable dans le DNS. Vérifiez l&apos;orthographe, ou saisissez l&apos;adresse IP du serveur.</translation>
    </message>
    <message>
        <source>Connection refused on port {port}</source>
        <translation>Connexion refusée sur le port {port}</translation>
    </message>
    <message>
        <source>Nothing listens on port {port} of {host}. Check the port number, and that the IMAP service is running.</source>
        <translation>Rien n&apos;écoute sur le port {port} de {host}. Vérifiez le numéro de port et que le service IMAP tourne.</translation>
    </message>
    <message>
        <source>No answer from {host}</source>
        <translation>Pas de réponse de {host}</translation>
    </message>
    <message>
        <source>The server did not answer within {s:g} s. Check the address, and that no firewall blocks port {port} between here and the server.</source>
        <translation>Le serveur n&apos;a pas répondu en {s:g} s. Vérifiez l&apos;adresse, et qu&apos;aucun pare-feu ne bloque le port {port} entre ici et le serveur.</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <source>This computer has no route to {host}. Check the address and the network connection.</source>
        <translation>Cet ordinateur n&apos;a pas de route vers {host}. Vérifiez l&apos;adresse et la connexion réseau.</translation>
    </message>
    <message>
        <source>during the TLS handshake</source>
        <translation>pendant la négociation TLS</translation>
    </message>
    <message>
        <source>No IMAP greeting is that long: whatever answers on port {port} is not a working IMAP server. Check the port number.</source>
        <translation>Aucun message d&apos;accueil IMAP n&apos;est aussi long : ce qui répond sur le port {port} n&apos;est pas un serveur IMAP en état de marche. Vérifiez le numéro de port.</translation>
    </message>
    <message>
        <source>Server refused the connection: {reason}</source>
        <translation>Le serveur a refusé la connexion : {reason}</translation>
    </message>
    <message>
        <source>The server said goodbye before any login. If it names too many connections, close other programs connected to it from this computer or wait a minute; otherwise show its message to the server administrator.</source>
        <translation>Le serveur a dit au revoir avant toute connexion. S&apos;il parle de trop de connexions, fermez les autres programmes connectés à lui depuis cet ordinateur ou attendez une minute ; sinon montrez son message à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>A web server answers, not IMAP</source>
        <translation>Un serveur web répond, pas IMAP</translation>
    </message>
    <message>
        <source>A mail relay (SMTP) answers, not IMAP</source>
        <translation>Un relais de messagerie (SMTP) répond, pas IMAP</translation>
    </message>
    <message>
        <source>An SSH server answers, not IMAP</source>
        <translation>Un serveur SSH répond, pas IMAP</translation>
    </message>
    <message>
        <source>A POP3 server answers, not IMAP</source>
        <translation>Un serveur POP3 répond, pas IMAP</translation>
    </message>
    <message>
        <source>An FTP server answers, not IMAP</source>
        <translation>Un serveur FTP répond, pas IMAP</translation>
    </message>
    <message>
        <source>Not an IMAP server</source>
        <translation>Pas un serveur IMAP</translation>
    </message>
    <message>
        <source>Port {port} does not speak IMAP. IMAP servers listen on port 993 (TLS) or 143 (STARTTLS); check the port number.</source>
        <translation>Le port {port} ne parle pas IMAP. Les serveurs IMAP écoutent sur le port 993 (TLS) ou 143 (STARTTLS) ; vérifiez le numéro de port.</translation>
    </message>
    <message>
        <source>Port {port} belongs to a web server, which sent no IMAP greeting but answered a web request. IMAP servers listen on port 993 (TLS) or 143 (STARTTLS); check the port number.</source>
        <translation>Le port {port} appartient à un serveur web, qui n&apos;a envoyé aucun accueil IMAP mais a répondu à une requête web. Les serveurs IMAP écoutent sur le port 993 (TLS) ou 143 (STARTTLS) ; vérifiez le numéro de port.</translation>
    </message>
    <message>
        <source>No greeting from the server</source>
        <translation>Pas de message d&apos;accueil du serveur</translation>
    </message>
    <message>
        <source>Something accepts connections on port {port} but sent no IMAP greeting within {s:g} s. Check the port number, and whether the server is overloaded.</source>
        <translation>Quelque chose accepte les connexions sur le port {port} mais n&apos;a envoyé aucun accueil IMAP en {s:g} s. Vérifiez le numéro de port, et si le serveur est surchargé.</translation>
    </message>
    <message>
        <source>before the greeting</source>
        <translation>avant le message d&apos;accueil</translation>
    </message>
    <message>
        <source>Server logged in without a password (PREAUTH)</source>
        <translation>Le serveur a ouvert la session sans mot de passe (PREAUTH)</translation>
    </message>
    <message>
        <source>The server pre-authenticates this connection, so the superuser cannot log in for each mailbox. Use the server&apos;s regular IMAP port, or ask its administrator to stop pre-authenticating connections from this computer.</source>
        <translation>Le serveur pré-authentifie cette connexion, donc le superutilisateur ne peut pas se connecter pour chaque boîte aux lettres. Utilisez le port IMAP normal du serveur, ou demandez à son administrateur de ne plus pré-authentifier les connexions de cet ordinateur.</translation>
    </message>
    <message>
        <source>Server does not offer STARTTLS</source>
        <translation>Le serveur ne propose pas STARTTLS</translation>
    </message>
    <message>
        <source>Choose TLS from the start (usually port 993), or ask the server administrator to enable STARTTLS.</source>
        <translation>Choisissez TLS dès le départ (en général port 993), ou demandez à l&apos;administrateur du serveur d&apos;activer STARTTLS.</translation>
    </message>
    <message>
        <source>during STARTTLS</source>
        <translation>pendant STARTTLS</translation>
    </message>
    <message>
        <source>The server refused STARTTLS</source>
        <translation>Le serveur a refusé STARTTLS</translation>
    </message>
    <message>
        <source>It offers STARTTLS but did not start it. Choose TLS from the start (usually port 993), or show the transcript to the server administrator.</source>
        <translation>Il propose STARTTLS mais ne l&apos;a pas démarré. Choisissez TLS dès le départ (en général port 993), ou montrez la transcription à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>while asking for capabilities</source>
        <translation>lors de la demande des capacités</translation>
    </message>
    <message>
        <source>The server would not list its capabilities</source>
        <translation>Le serveur n&apos;a pas voulu lister ses capacités</translation>
    </message>
    <message>
        <source>It answered CAPABILITY with an error. Show the transcript to the server administrator.</source>
        <translation>Il a répondu à CAPABILITY par une erreur. Montrez la transcription à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>Server does not offer SASL PLAIN</source>
        <translation>Le serveur ne propose pas SASL PLAIN</translation>
    </message>
    <message>
        <source>Choose the login form this server uses for master users (user*superuser, or DOMAIN\superuser\alias).</source>
        <translation>Choisissez la forme de connexion que ce serveur utilise pour les utilisateurs maîtres (user*superuser, ou DOMAIN\superuser\alias).</translation>
    </message>
    <message>
        <source>Server refuses passwords on this connection</source>
        <translation>Le serveur refuse les mots de passe sur cette connexion</translation>
    </message>
    <message>
        <source>Use TLS or STARTTLS: the server disables LOGIN without encryption.</source>
        <translation>Utilisez TLS ou STARTTLS : le serveur désactive LOGIN sans chiffrement.</translation>
    </message>
    <message>
        <source>Password cannot be sent to this server</source>
        <translation>Le mot de passe ne peut pas être envoyé à ce serveur</translation>
    </message>
    <message>
        <source>The server offers only LOGIN, which cannot carry non-ASCII characters. Use an ASCII password for the superuser.</source>
        <translation>Le serveur ne propose que LOGIN, qui ne peut pas transporter de caractères non ASCII. Utilisez un mot de passe ASCII pour le superutilisateur.</translation>
    </message>
    <message>
        <source>during login</source>
        <translation>pendant la connexion</translation>
    </message>
    <message>
        <source>The certificate authority file cannot be used</source>
        <translation>Le fichier de l&apos;autorité de certification est inutilisable</translation>
    </message>
    <message>
        <source>Choose a PEM file with the authority&apos;s certificate, or leave the field empty to rely on the system&apos;s authorities.</source>
        <translation>Choisissez un fichier PEM contenant le certificat de l&apos;autorité, ou laissez le champ vide pour vous fier aux autorités du système.</translation>
    </message>
    <message>
        <source>This port expects TLS from the start</source>
        <translation>Ce port attend TLS dès le départ</translation>
    </message>
    <message>
        <source>Choose TLS (usually port 993) instead of {chosen} for port {port}: this port sends its greeting only after a TLS handshake.</source>
        <translation>Choisissez TLS (en général port 993) au lieu de {chosen} pour le port {port} : ce port n&apos;envoie son accueil qu&apos;après une négociation TLS.</translation>
    </message>
    <message>
        <source>A TLS handshake on a second connection succeeded ({version}).</source>
        <translation>Une négociation TLS sur une seconde connexion a réussi ({version}).</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>Le serveur ne répond plus</translation>
    </message>
    <message>
        <source>No reply within {s:g} s {when}. Check that this is the IMAP port and that the server is not overloaded.</source>
        <translation>Pas de réponse en {s:g} s {when}. Vérifiez que c&apos;est bien le port IMAP et que le serveur n&apos;est pas surchargé.</translation>
    </message>
    <message>
        <source>No mailbox {user}, or the superuser may not open it</source>
        <translation>Pas de boîte aux lettres {user}, ou le superutilisateur ne peut pas l&apos;ouvrir</translation>
    </message>
    <message>
        <source>The password is right, but the server would not let {su} open {user}&apos;s mailbox. Check that the mailbox {user} exists on this server (spelling, domain part), then that {su} has full access to it (master user, or FullAccess on Exchange).</source>
        <translation>Le mot de passe est bon, mais le serveur n&apos;a pas laissé {su} ouvrir la boîte aux lettres de {user}. Vérifiez que la boîte {user} existe sur ce serveur (orthographe, partie domaine), puis que {su} y a un accès complet (utilisateur maître, ou FullAccess sur Exchange).</translation>
    </message>
    <message>
        <source>Mailbox {user} is not on this server, or the superuser has no rights on it</source>
        <translation>La boîte aux lettres {user} n&apos;est pas sur ce serveur, ou le superutilisateur n&apos;a aucun droit dessus</translation>
    </message>
    <message>
        <source>Exchange accepted the password but could not open {user}&apos;s mailbox. Check the alias {user}, that its mailbox lives on this server (not moved to another one or to Exchange Online), and that {su} has FullAccess on it.</source>
        <translation>Exchange a accepté le mot de passe mais n&apos;a pas pu ouvrir la boîte aux lettres de {user}. Vérifiez l&apos;alias {user}, que sa boîte est sur ce serveur (pas déplacée vers un autre ni vers Exchange Online), et que {su} a FullAccess dessus.</translation>
    </message>
    <message>
        <source>The test logged in as {name}.</source>
        <translation>Le test s&apos;est connecté en tant que {name}.</translation>
    </message>
    <message>
        <source>Exchange needs the login form DOMAIN\superuser\alias: choose it for the superuser.</source>
        <translation>Exchange exige la forme de connexion DOMAIN\superuser\alias : choisissez-la pour le superutilisateur.</translation>
    </message>
    <message>
        <source>Exchange refused the login</source>
        <translation>Exchange a refusé la connexion</translation>
    </message>
    <message>
        <source>Either the password is wrong or {su} lacks FullAccess on {user}&apos;s mailbox. Check the password and grant FullAccess (Add-MailboxPermission).</source>
        <translation>Soit le mot de passe est faux, soit {su} n&apos;a pas FullAccess sur la boîte aux lettres de {user}. Vérifiez le mot de passe et accordez FullAccess (Add-MailboxPermission).</translation>
    </message>
    <message>
        <source>Google requires an app password</source>
        <translation>Google exige un mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>The account {su} uses 2-Step Verification. Create an app password for it (Google Account, Security, App passwords) and enter that instead of the normal password.</source>
        <translation>Le compte {su} utilise la validation en deux étapes. Créez-lui un mot de passe d&apos;application (Compte Google, Sécurité, Mots de passe des applications) et saisissez-le à la place du mot de passe habituel.</translation>
    </message>
    <message>
        <source>Google wants a sign-in in a web browser first</source>
        <translation>Google demande d&apos;abord une connexion dans un navigateur web</translation>
    </message>
    <message>
        <source>Google blocked this login as unusual. Sign in to {su} in a web browser on this network, confirm that it was you, then run the test again.</source>
        <translation>Google a bloqué cette connexion comme inhabituelle. Connectez-vous à {su} dans un navigateur web sur ce réseau, confirmez que c&apos;était vous, puis relancez le test.</translation>
    </message>
    <message>
        <source>IMAP is switched off for this Google Workspace domain</source>
        <translation>IMAP est désactivé pour ce domaine Google Workspace</translation>
    </message>
    <message>
        <source>A Google Workspace administrator must allow IMAP for the users (Admin console, Apps, Google Workspace, Gmail, End User Access).</source>
        <translation>Un administrateur Google Workspace doit autoriser IMAP pour les utilisateurs (console d&apos;administration, Applications, Google Workspace, Gmail, Accès des utilisateurs finaux).</translation>
    </message>
    <message>
        <source>IMAP is switched off for this Gmail account</source>
        <translation>IMAP est désactivé pour ce compte Gmail</translation>
    </message>
    <message>
        <source>Turn IMAP on in the settings of {su}&apos;s Gmail (Forwarding and POP/IMAP, Enable IMAP), then test again.</source>
        <translation>Activez IMAP dans les paramètres Gmail de {su} (Transfert et POP/IMAP, Activer IMAP), puis relancez le test.</translation>
    </message>
    <message>
        <source>Google refused the account name or password</source>
        <translation>Google a refusé le nom du compte ou le mot de passe</translation>
    </message>
    <message>
        <source>Check that {su} is the full address of the Google account and that the password is right; with 2-Step Verification, use an app password.</source>
        <translation>Vérifiez que {su} est l&apos;adresse complète du compte Google et que le mot de passe est juste ; avec la validation en deux étapes, utilisez un mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>Login is disabled on this connection</source>
        <translation>La connexion est désactivée sur cette liaison</translation>
    </message>
    <message>
        <source>Use TLS or STARTTLS so that the server accepts passwords.</source>
        <translation>Utilisez TLS ou STARTTLS pour que le serveur accepte les mots de passe.</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Check the superuser&apos;s name and password, and that {su} may open other users&apos; mailboxes (login form: {form}).</source>
        <translation>Vérifiez le nom et le mot de passe du superutilisateur, et que {su} peut ouvrir les boîtes aux lettres des autres utilisateurs (forme de connexion : {form}).</translation>
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
        <translation>Connecteur IMAP</translation>
    </message>
    <message>
        <source>Exchange gateway (MAPI gateway)</source>
        <translation>Passerelle Exchange (passerelle MAPI)</translation>
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
        <translation>aucun chiffrement</translation>
    </message>
    <message>
        <source>TLS from the start (port 993)</source>
        <translation>TLS dès le départ (port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <source>No encryption (not recommended)</source>
        <translation>Aucun chiffrement (déconseillé)</translation>
    </message>
    <message>
        <source>SASL PLAIN with authorization identity</source>
        <extracomment>SASL PLAIN with the user as authorization identity (RFC 4616); Dovecot master users and most modern servers accept it. LOGIN as ``user*superuser``: Dovecot&apos;s master-user separator. LOGIN as ``DOMAIN\superuser\alias``: Exchange&apos;s FullAccess form.</extracomment>
        <translation>SASL PLAIN avec identité d&apos;autorisation</translation>
    </message>
    <message>
        <source>Master user login (user*superuser)</source>
        <translation>Connexion en utilisateur maître (user*superuser)</translation>
    </message>
    <message>
        <source>Exchange login (DOMAIN\superuser\alias)</source>
        <translation>Connexion Exchange (DOMAIN\superuser\alias)</translation>
    </message>
    <message>
        <source>Number of UM users</source>
        <extracomment>&quot;2010&quot;, &quot;2013&quot;, &quot;2016&quot;, &quot;2019&quot; or &quot;SE&quot;; empty until entered or probed. Name of the UM server (the gateway must not run on it). The Exchange servers, for the gateway; names and versions. Extra certificate authority file (PEM) to trust besides the system&apos;s. Trust exactly this server certificate (SHA-256, ``AB:CD:…``). The technician has confirmed that credentials may cross the network unencrypted; only meaningful with :attr:`Security.PLAIN`. Windows domain for :attr:`Impersonation.EXCHANGE` logins. A voicemail is taken once its files have not changed for this long, so a message still being recorded is never sent half-written. How often the service logs in (as the first user) to prove the server, the superuser&apos;s password and its rights still work without voicemail. Login of the UM user whose mailbox the connection test opens. Warnings the technician has read and accepted, by finding key.</extracomment>
        <translation>Nombre d&apos;utilisateurs UM</translation>
    </message>
    <message>
        <source>must be between 1 and 100,000, not {value}.</source>
        <translation>doit être compris entre 1 et 100 000, pas {value}.</translation>
    </message>
    <message>
        <source>Count the users who have a voicemail box.</source>
        <translation>Comptez les utilisateurs qui ont une boîte vocale.</translation>
    </message>
    <message>
        <source>Number of mail servers</source>
        <translation>Nombre de serveurs de messagerie</translation>
    </message>
    <message>
        <source>must be between 1 and 50, not {value}.</source>
        <translation>doit être compris entre 1 et 50, pas {value}.</translation>
    </message>
    <message>
        <source>Count the mail servers that hold UM users&apos; mailboxes.</source>
        <translation>Comptez les serveurs de messagerie qui hébergent les boîtes aux lettres des utilisateurs UM.</translation>
    </message>
    <message>
        <source>UM server</source>
        <translation>Serveur UM</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>est vide.</translation>
    </message>
    <message>
        <source>Enter the name of the computer the UM system runs on.</source>
        <translation>Saisissez le nom de l&apos;ordinateur sur lequel tourne le système UM.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a host name or IP address.</source>
        <translation>« {value} » n&apos;est ni un nom d&apos;hôte ni une adresse IP.</translation>
    </message>
    <message>
        <source>Enter only the computer&apos;s name, e.g. um01.example.com.</source>
        <translation>Saisissez seulement le nom de l&apos;ordinateur, par ex. um01.example.com.</translation>
    </message>
    <message>
        <source>Exchange servers</source>
        <translation>Serveurs Exchange</translation>
    </message>
    <message>
        <source>the list is empty.</source>
        <translation>la liste est vide.</translation>
    </message>
    <message>
        <source>Add each Exchange server that holds UM users&apos; mailboxes.</source>
        <translation>Ajoutez chaque serveur Exchange qui héberge des boîtes aux lettres d&apos;utilisateurs UM.</translation>
    </message>
    <message>
        <source>Exchange server {n}</source>
        <translation>Serveur Exchange {n}</translation>
    </message>
    <message>
        <source>Enter the server&apos;s full name, e.g. ex01.example.com.</source>
        <translation>Saisissez le nom complet du serveur, par ex. ex01.example.com.</translation>
    </message>
    <message>
        <source>version &apos;{value}&apos; is unknown.</source>
        <translation>la version « {value} » est inconnue.</translation>
    </message>
    <message>
        <source>Use one of {choices}, or leave it empty for the connection test to read it.</source>
        <translation>Utilisez l&apos;une de {choices}, ou laissez vide pour que le test de connexion la lise.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s name, e.g. mail.example.com.</source>
        <translation>Saisissez le nom du serveur de messagerie, par ex. mail.example.com.</translation>
    </message>
    <message>
        <source>Enter only the name, without &apos;imap://&apos;, a path or spaces.</source>
        <translation>Saisissez seulement le nom, sans « imap:// », chemin ni espaces.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>{value} is not a port number.</source>
        <translation>{value} n&apos;est pas un numéro de port.</translation>
    </message>
    <message>
        <source>Use 993 for TLS or 143 for STARTTLS, unless the server administrator gave you another.</source>
        <translation>Utilisez 993 pour TLS ou 143 pour STARTTLS, sauf si l&apos;administrateur du serveur vous en a donné un autre.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>without encryption the superuser&apos;s password crosses the network readable by anyone on the way.</source>
        <translation>sans chiffrement, le mot de passe du superutilisateur traverse le réseau lisible par quiconque sur le chemin.</translation>
    </message>
    <message>
        <source>Choose TLS or STARTTLS, or tick the box confirming that this network is trusted.</source>
        <translation>Choisissez TLS ou STARTTLS, ou cochez la case confirmant que ce réseau est de confiance.</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Certificat approuvé</translation>
    </message>
    <message>
        <source>is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>n&apos;est pas une empreinte SHA-256 (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>Copy the fingerprint exactly as the connection test shows it.</source>
        <translation>Copiez l&apos;empreinte exactement comme le test de connexion l&apos;affiche.</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Fichier de l&apos;autorité de certification</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a folder, not a file.</source>
        <translation>« {value} » est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; does not exist.</source>
        <translation>« {value} » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Choose the PEM file of the authority that signed the server&apos;s certificate, or leave the field empty.</source>
        <translation>Choisissez le fichier PEM de l&apos;autorité qui a signé le certificat du serveur, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Superuser account</source>
        <translation>Compte superutilisateur</translation>
    </message>
    <message>
        <source>Enter the account that may open every UM user&apos;s mailbox, e.g. NPUMAdmin.</source>
        <translation>Saisissez le compte qui peut ouvrir la boîte aux lettres de chaque utilisateur UM, par ex. NPUMAdmin.</translation>
    </message>
    <message>
        <source>Windows domain</source>
        <translation>Domaine Windows</translation>
    </message>
    <message>
        <source>Enter the NetBIOS domain of the superuser, e.g. EXAMPLE.</source>
        <translation>Saisissez le domaine NetBIOS du superutilisateur, par ex. EXAMPLE.</translation>
    </message>
    <message>
        <source>UM users</source>
        <translation>Utilisateurs UM</translation>
    </message>
    <message>
        <source>Add at least one voicemail box and its mailbox login.</source>
        <translation>Ajoutez au moins une boîte vocale et l&apos;identifiant de sa boîte aux lettres.</translation>
    </message>
    <message>
        <source>UM user {n}</source>
        <translation>Utilisateur UM {n}</translation>
    </message>
    <message>
        <source>voicemail box &apos;{value}&apos; is not a box number.</source>
        <translation>la boîte vocale « {value} » n&apos;est pas un numéro de boîte.</translation>
    </message>
    <message>
        <source>Use the extension as the UM system shows it, e.g. 1001.</source>
        <translation>Utilisez le poste tel que le système UM l&apos;affiche, par ex. 1001.</translation>
    </message>
    <message>
        <source>the mailbox login is empty.</source>
        <translation>l&apos;identifiant de la boîte aux lettres est vide.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s mail login, e.g. alice@example.com.</source>
        <translation>Saisissez l&apos;identifiant de messagerie de l&apos;utilisateur, par ex. alice@example.com.</translation>
    </message>
    <message>
        <source>voicemail box {value} is listed twice.</source>
        <translation>la boîte vocale {value} figure deux fois.</translation>
    </message>
    <message>
        <source>Remove the duplicate row.</source>
        <translation>Supprimez la ligne en double.</translation>
    </message>
    <message>
        <source>Test mailbox</source>
        <translation>Boîte de test</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the UM users.</source>
        <translation>« {value} » ne fait pas partie des utilisateurs UM.</translation>
    </message>
    <message>
        <source>Pick the test mailbox from the UM user list.</source>
        <translation>Choisissez la boîte de test dans la liste des utilisateurs UM.</translation>
    </message>
    <message>
        <source>Voicemail spool folder</source>
        <translation>Dossier spool de la messagerie vocale</translation>
    </message>
    <message>
        <source>Choose the UM system&apos;s voicemail folder, e.g. /var/spool/asterisk/voicemail.</source>
        <translation>Choisissez le dossier de messagerie vocale du système UM, par ex. /var/spool/asterisk/voicemail.</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>Intervalle d&apos;interrogation</translation>
    </message>
    <message>
        <source>{value} s is out of range.</source>
        <translation>{value} s est hors limites.</translation>
    </message>
    <message>
        <source>Use a value between 0.2 and 3600 seconds.</source>
        <translation>Utilisez une valeur entre 0,2 et 3600 secondes.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; does not exist on this computer.</source>
        <translation>« {value} » n&apos;existe pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Check the path; the UM system&apos;s voicemail folder must be reachable from here.</source>
        <translation>Vérifiez le chemin ; le dossier de messagerie vocale du système UM doit être accessible d&apos;ici.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a file, not a folder.</source>
        <translation>« {value} » est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Choose the folder that holds one folder per voicemail context.</source>
        <translation>Choisissez le dossier qui contient un dossier par contexte de messagerie vocale.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>{done} of {total} steps passed</source>
        <extracomment>SHA-256 of a refused certificate that may be trusted by its fingerprint once the technician has compared it with the server administrator.</extracomment>
        <translation>{done} étapes réussies sur {total}</translation>
    </message>
    <message>
        <source>{count} — the test was cancelled</source>
        <translation>{count} — le test a été annulé</translation>
    </message>
    <message>
        <source>{count} — with {n} warning(s): {first}</source>
        <translation>{count} — avec {n} avertissement(s) : {first}</translation>
    </message>
    <message>
        <source>{count} — ready to apply</source>
        <translation>{count} — prêt à appliquer</translation>
    </message>
    <message>
        <source>Connection test of {target}, {when}</source>
        <translation>Test de connexion de {target}, {when}</translation>
    </message>
    <message>
        <source>What to do: {remedy}</source>
        <translation>Que faire : {remedy}</translation>
    </message>
    <message>
        <source>Protocol transcript (passwords hidden):</source>
        <translation>Transcription du protocole (mots de passe masqués) :</translation>
    </message>
    <message>
        <source>Protocol transcript</source>
        <translation>Transcription du protocole</translation>
    </message>
    <message>
        <source>Connection test of {target}</source>
        <translation>Test de connexion de {target}</translation>
    </message>
    <message>
        <source>pinned certificate</source>
        <translation>certificat épinglé</translation>
    </message>
    <message>
        <source>certificate trusted</source>
        <translation>certificat approuvé</translation>
    </message>
    <message>
        <source>Cipher: {cipher}
Subject: {subject}
Issuer: {issuer}
Expires: {expires} ({days} days left)
SHA-256: {fp}</source>
        <translation>Chiffrement : {cipher}
Sujet : {subject}
Émetteur : {issuer}
Expire : {expires} ({days} jours restants)
SHA-256 : {fp}</translation>
    </message>
    <message>
        <source>Certificate expires in {n} days</source>
        <translation>Le certificat expire dans {n} jours</translation>
    </message>
    <message>
        <source>Ask the server administrator to renew it soon: the service stops when it expires.</source>
        <translation>Demandez à l&apos;administrateur du serveur de le renouveler bientôt : le service s&apos;arrête à son expiration.</translation>
    </message>
    <message>
        <source>Look up {host}</source>
        <extracomment>Extensions that IMAP4rev2 (RFC 9051) includes without naming them. Names of folders whose use the server does not mark (Exchange, in English and German, and common others), tried in this order. What the steps learn for the later ones: the inbox&apos;s message count when opened, and the test message&apos;s UID and Message-ID.</extracomment>
        <translation>Résoudre {host}</translation>
    </message>
    <message>
        <source>Connect to port {port}</source>
        <translation>Se connecter au port {port}</translation>
    </message>
    <message>
        <source>Secure the connection (TLS)</source>
        <translation>Sécuriser la connexion (TLS)</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>Accueil du serveur</translation>
    </message>
    <message>
        <source>Secure the connection (STARTTLS)</source>
        <translation>Sécuriser la connexion (STARTTLS)</translation>
    </message>
    <message>
        <source>Server capabilities</source>
        <translation>Capacités du serveur</translation>
    </message>
    <message>
        <source>Superuser login for {user}</source>
        <translation>Connexion du superutilisateur pour {user}</translation>
    </message>
    <message>
        <source>Open {user}&apos;s inbox</source>
        <translation>Ouvrir la boîte de réception de {user}</translation>
    </message>
    <message>
        <source>List {user}&apos;s folders</source>
        <translation>Lister les dossiers de {user}</translation>
    </message>
    <message>
        <source>Write a test message</source>
        <translation>Écrire un message de test</translation>
    </message>
    <message>
        <source>Flag the test message</source>
        <translation>Marquer le message de test</translation>
    </message>
    <message>
        <source>Remove the test message</source>
        <translation>Supprimer le message de test</translation>
    </message>
    <message>
        <source>Sync features</source>
        <translation>Fonctions de synchronisation</translation>
    </message>
    <message>
        <source>Connected to {peer}</source>
        <translation>Connecté à {peer}</translation>
    </message>
    <message>
        <source>Greeting received over an unencrypted connection</source>
        <translation>Accueil reçu sur une connexion non chiffrée</translation>
    </message>
    <message>
        <source>Passwords will cross the network readable; use TLS if the server offers it.</source>
        <translation>Les mots de passe traverseront le réseau en clair ; utilisez TLS si le serveur le propose.</translation>
    </message>
    <message>
        <source>Login methods: {methods}</source>
        <translation>Méthodes de connexion : {methods}</translation>
    </message>
    <message>
        <source>none offered</source>
        <translation>aucune proposée</translation>
    </message>
    <message>
        <source>Logged in as {su} for {user}</source>
        <translation>Connecté en tant que {su} pour {user}</translation>
    </message>
    <message>
        <source>The inbox cannot be opened</source>
        <translation>La boîte de réception ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>Check that {user} has a mailbox on this server and that the superuser has full access to it.</source>
        <translation>Vérifiez que {user} a une boîte aux lettres sur ce serveur et que le superutilisateur y a un accès complet.</translation>
    </message>
    <message>
        <source>while opening the inbox</source>
        <translation>à l&apos;ouverture de la boîte de réception</translation>
    </message>
    <message>
        <source>The inbox opens read-only</source>
        <translation>La boîte de réception s&apos;ouvre en lecture seule</translation>
    </message>
    <message>
        <source>The superuser may read {user}&apos;s inbox but not change it. Grant it full access, not only the right to read.</source>
        <translation>Le superutilisateur peut lire la boîte de réception de {user} mais pas la modifier. Accordez-lui un accès complet, pas seulement le droit de lecture.</translation>
    </message>
    <message>
        <source>UIDVALIDITY {validity}, UIDNEXT {next}</source>
        <translation>UIDVALIDITY {validity}, UIDNEXT {next}</translation>
    </message>
    <message>
        <source>Opened: {n} message(s)</source>
        <translation>Ouverte : {n} message(s)</translation>
    </message>
    <message>
        <source>The folder list was refused</source>
        <translation>La liste des dossiers a été refusée</translation>
    </message>
    <message>
        <source>The server would not list {user}&apos;s folders. Check that the superuser has full access to the whole mailbox, not only to the inbox.</source>
        <translation>Le serveur n&apos;a pas voulu lister les dossiers de {user}. Vérifiez que le superutilisateur a un accès complet à toute la boîte aux lettres, pas seulement à la boîte de réception.</translation>
    </message>
    <message>
        <source>while listing the folders</source>
        <translation>lors du listage des dossiers</translation>
    </message>
    <message>
        <source>INBOX is not in the folder list</source>
        <translation>INBOX ne figure pas dans la liste des dossiers</translation>
    </message>
    <message>
        <source>The server lists {n} folders for {user} but no INBOX. Show the transcript to the server administrator.</source>
        <translation>Le serveur liste {n} dossiers pour {user} mais aucun INBOX. Montrez la transcription à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>INBOX</source>
        <translation>INBOX</translation>
    </message>
    <message>
        <source>Folders listed: {n}</source>
        <translation>Dossiers listés : {n}</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>{use}: not found</source>
        <translation>{use} : introuvable</translation>
    </message>
    <message>
        <source>{use}: &apos;{name}&apos;, marked {mark} by the server</source>
        <translation>{use} : « {name} », marqué {mark} par le serveur</translation>
    </message>
    <message>
        <source>{use}: &apos;{name}&apos;, found by its name (not marked)</source>
        <translation>{use} : « {name} », trouvé par son nom (non marqué)</translation>
    </message>
    <message>
        <source>Found {folders}</source>
        <translation>{folders} trouvé(s)</translation>
    </message>
    <message>
        <source>no {folders}</source>
        <translation>pas de {folders}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>The mailbox is full</source>
        <translation>La boîte aux lettres est pleine</translation>
    </message>
    <message>
        <source>{user}&apos;s mailbox is over its quota, so no voicemail can be stored. Free space in it or raise its quota.</source>
        <translation>La boîte aux lettres de {user} dépasse son quota ; aucun message vocal ne peut y être déposé. Libérez de la place ou augmentez son quota.</translation>
    </message>
    <message>
        <source>Writing to the mailbox failed</source>
        <translation>L&apos;écriture dans la boîte aux lettres a échoué</translation>
    </message>
    <message>
        <source>The superuser must be allowed to add messages to {user}&apos;s inbox (full access).</source>
        <translation>Le superutilisateur doit pouvoir ajouter des messages dans la boîte de réception de {user} (accès complet).</translation>
    </message>
    <message>
        <source>while writing the test message</source>
        <translation>lors de l&apos;écriture du message de test</translation>
    </message>
    <message>
        <source>The test message vanished</source>
        <translation>Le message de test a disparu</translation>
    </message>
    <message>
        <source>The server accepted the message but does not show it. Check server-side rules that move or delete mail.</source>
        <translation>Le serveur a accepté le message mais ne l&apos;affiche pas. Vérifiez les règles côté serveur qui déplacent ou suppriment le courrier.</translation>
    </message>
    <message>
        <source>Appended message UID {uid}</source>
        <translation>Message ajouté, UID {uid}</translation>
    </message>
    <message>
        <source>Message-ID: {id}</source>
        <translation>Message-ID : {id}</translation>
    </message>
    <message>
        <source>Setting a flag was refused</source>
        <translation>La pose d&apos;un indicateur a été refusée</translation>
    </message>
    <message>
        <source>The superuser must be allowed to change flags in {user}&apos;s inbox (full access).</source>
        <translation>Le superutilisateur doit pouvoir modifier les indicateurs dans la boîte de réception de {user} (accès complet).</translation>
    </message>
    <message>
        <source>while flagging the test message</source>
        <translation>lors du marquage du message de test</translation>
    </message>
    <message>
        <source>The flag did not stick</source>
        <translation>L&apos;indicateur n&apos;a pas tenu</translation>
    </message>
    <message>
        <source>The server accepted \Flagged but does not show it on the test message. The superuser may lack the right to change flags in {user}&apos;s inbox (full access).</source>
        <translation>Le serveur a accepté \Flagged mais ne l&apos;affiche pas sur le message de test. Le superutilisateur n&apos;a peut-être pas le droit de modifier les indicateurs dans la boîte de réception de {user} (accès complet).</translation>
    </message>
    <message>
        <source>FLAGS after setting \Flagged: ({flags})</source>
        <translation>FLAGS après la pose de \Flagged : ({flags})</translation>
    </message>
    <message>
        <source>\Flagged set and read back</source>
        <translation>\Flagged posé et relu</translation>
    </message>
    <message>
        <source>FLAGS: ({flags})</source>
        <translation>FLAGS : ({flags})</translation>
    </message>
    <message>
        <source>Removing the test message failed</source>
        <translation>La suppression du message de test a échoué</translation>
    </message>
    <message>
        <source>The superuser must be allowed to delete messages in {user}&apos;s inbox (full access). Delete the test message (UID {uid}) by hand.</source>
        <translation>Le superutilisateur doit pouvoir supprimer des messages dans la boîte de réception de {user} (accès complet). Supprimez le message de test (UID {uid}) à la main.</translation>
    </message>
    <message>
        <source>while removing the test message</source>
        <translation>lors de la suppression du message de test</translation>
    </message>
    <message>
        <source>The test message could not be removed alone</source>
        <translation>Le message de test n&apos;a pas pu être supprimé seul</translation>
    </message>
    <message>
        <source>The server lacks UIDPLUS, so the test cannot expunge only its own message. It stays marked deleted until {user}&apos;s mail program or the server expunges the inbox.</source>
        <translation>Le serveur n&apos;offre pas UIDPLUS, le test ne peut donc pas effacer seulement son propre message. Il reste marqué supprimé jusqu&apos;à ce que la messagerie de {user} ou le serveur purge la boîte de réception.</translation>
    </message>
    <message>
        <source>UID {uid} is marked \Deleted.</source>
        <translation>L&apos;UID {uid} est marqué \Deleted.</translation>
    </message>
    <message>
        <source>The test message is still there</source>
        <translation>Le message de test est toujours là</translation>
    </message>
    <message>
        <source>The server confirmed the removal but still finds the test message. Delete it by hand and show the transcript to the server administrator.</source>
        <translation>Le serveur a confirmé la suppression mais trouve encore le message de test. Supprimez-le à la main et montrez la transcription à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>Found by Message-ID: UID {uids}</source>
        <translation>Trouvé par Message-ID : UID {uids}</translation>
    </message>
    <message>
        <source>No message with Message-ID {id} is left.
Messages in the inbox: {before} before the test, {after} after.</source>
        <translation>Aucun message avec la Message-ID {id} ne reste.
Messages dans la boîte de réception : {before} avant le test, {after} après.</translation>
    </message>
    <message>
        <source>The inbox holds {after} message(s), {before} before the test</source>
        <translation>La boîte de réception contient {after} message(s), {before} avant le test</translation>
    </message>
    <message>
        <source>The test message is gone, but the count changed. If no mail arrived or was deleted meanwhile, look at {user}&apos;s inbox, then run the test again.</source>
        <translation>Le message de test a disparu, mais le nombre a changé. Si aucun courrier n&apos;est arrivé ni n&apos;a été supprimé entre-temps, regardez la boîte de réception de {user}, puis relancez le test.</translation>
    </message>
    <message>
        <source>Removed UID {uid}; the inbox is as before ({n} message(s))</source>
        <translation>UID {uid} supprimé ; la boîte de réception est comme avant ({n} message(s))</translation>
    </message>
    <message>
        <source>IDLE: new mail is noticed at once.</source>
        <translation>IDLE : le nouveau courrier est remarqué aussitôt.</translation>
    </message>
    <message>
        <source>IDLE: not offered.</source>
        <translation>IDLE : non proposé.</translation>
    </message>
    <message>
        <source>CONDSTORE: only flags that changed are read again.</source>
        <translation>CONDSTORE : seuls les indicateurs modifiés sont relus.</translation>
    </message>
    <message>
        <source>CONDSTORE: not offered; each check reads the flags of every message.</source>
        <translation>CONDSTORE : non proposé ; chaque vérification relit les indicateurs de tous les messages.</translation>
    </message>
    <message>
        <source>QRESYNC: after a reconnect, only what changed is read.</source>
        <translation>QRESYNC : après une reconnexion, seul ce qui a changé est lu.</translation>
    </message>
    <message>
        <source>QRESYNC: not offered; after a reconnect the whole inbox is compared.</source>
        <translation>QRESYNC : non proposé ; après une reconnexion, toute la boîte de réception est comparée.</translation>
    </message>
    <message>
        <source>NOTIFY: changes in every folder arrive on one connection.</source>
        <translation>NOTIFY : les changements de tous les dossiers arrivent sur une seule connexion.</translation>
    </message>
    <message>
        <source>NOTIFY: not offered; each folder is watched on its own.</source>
        <translation>NOTIFY : non proposé ; chaque dossier est surveillé séparément.</translation>
    </message>
    <message>
        <source>MOVE: deleting to Trash is one step.</source>
        <translation>MOVE : mettre à la corbeille se fait en une étape.</translation>
    </message>
    <message>
        <source>MOVE: not offered; deleting to Trash takes copy + delete.</source>
        <translation>MOVE : non proposé ; mettre à la corbeille demande copie + suppression.</translation>
    </message>
    <message>
        <source>SPECIAL-USE: Trash and Sent are found by their marks, in any language.</source>
        <translation>SPECIAL-USE : Corbeille et Envoyés sont reconnus à leur marque, dans toutes les langues.</translation>
    </message>
    <message>
        <source>SPECIAL-USE: not offered; Trash and Sent are found by their names.</source>
        <translation>SPECIAL-USE : non proposé ; Corbeille et Envoyés sont reconnus à leur nom.</translation>
    </message>
    <message>
        <source>UIDPLUS: the service removes exactly its own messages.</source>
        <translation>UIDPLUS : le service supprime exactement ses propres messages.</translation>
    </message>
    <message>
        <source>UIDPLUS: not offered; the test message could not be removed alone.</source>
        <translation>UIDPLUS : non proposé ; le message de test n&apos;a pas pu être supprimé seul.</translation>
    </message>
    <message>
        <source>Without IDLE or NOTIFY the service polls every {n:g} s.</source>
        <translation>Sans IDLE ni NOTIFY, le service interroge toutes les {n:g} s.</translation>
    </message>
    <message>
        <source>No IDLE or NOTIFY: the service polls every {n:g} s</source>
        <translation>Ni IDLE ni NOTIFY : le service interroge toutes les {n:g} s</translation>
    </message>
    <message>
        <source>Changes in the mailbox reach the service only at each poll, up to {n:g} s late. Enable IDLE on the mail server if it can, or accept the delay.</source>
        <translation>Les changements de la boîte aux lettres n&apos;atteignent le service qu&apos;à chaque interrogation, jusqu&apos;à {n:g} s plus tard. Activez IDLE sur le serveur de messagerie si possible, ou acceptez le délai.</translation>
    </message>
    <message>
        <source>Offered: {names}</source>
        <translation>Proposé : {names}</translation>
    </message>
    <message>
        <source>not offered: {names}</source>
        <translation>non proposé : {names}</translation>
    </message>
    <message>
        <source>The test message was removed again.</source>
        <translation>Le message de test a été supprimé.</translation>
    </message>
    <message>
        <source>The test message (UID {uid}) may still be in {user}&apos;s inbox; delete it by hand.</source>
        <translation>Le message de test (UID {uid}) est peut-être encore dans la boîte de réception de {user} ; supprimez-le à la main.</translation>
    </message>
    <message>
        <source>The test message is marked deleted; it goes at the next expunge.</source>
        <translation>Le message de test est marqué supprimé ; il disparaîtra à la prochaine purge.</translation>
    </message>
    <message>
        <source>This message checks that voicemail can be written to this mailbox. It is deleted again at once.</source>
        <translation>Ce message vérifie que des messages vocaux peuvent être écrits dans cette boîte aux lettres. Il est supprimé aussitôt.</translation>
    </message>
    <message>
        <source>umconnect connection test (removed automatically)</source>
        <translation>Test de connexion umconnect (supprimé automatiquement)</translation>
    </message>
    <message>
        <source>Not run: the test was cancelled.</source>
        <translation>Non exécuté : le test a été annulé.</translation>
    </message>
    <message>
        <source>Not run: &apos;{step}&apos; failed.</source>
        <translation>Non exécuté : « {step} » a échoué.</translation>
    </message>
    <message>
        <source>Cancelled while running</source>
        <translation>Annulé en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Run the test again; if it repeats, save the report and send it to support.</source>
        <translation>Relancez le test ; si cela se répète, enregistrez le rapport et envoyez-le au support.</translation>
    </message>
    <message>
        <source>Google Workspace is always reached through the IMAP connector; the Exchange gateway does not support it.</source>
        <extracomment>Addresses of each name the rules compare (UM server, Exchange servers).</extracomment>
        <translation>Google Workspace est toujours joint par le connecteur IMAP ; la passerelle Exchange ne le prend pas en charge.</translation>
    </message>
    <message>
        <source>Office 365 is reached through the IMAP connector: Exchange Online no longer offers the web services the gateway uses.</source>
        <translation>Office 365 est joint par le connecteur IMAP : Exchange Online ne propose plus les services web qu&apos;utilise la passerelle.</translation>
    </message>
    <message>
        <source>{n:,} Exchange servers need the Exchange gateway: the IMAP connector serves exactly one mail server.</source>
        <translation>{n:,} serveurs Exchange exigent la passerelle Exchange : le connecteur IMAP sert exactement un serveur de messagerie.</translation>
    </message>
    <message>
        <source>{n:,} UM users need the Exchange gateway: the IMAP connector serves at most 500 users on Exchange.</source>
        <translation>{n:,} utilisateurs UM exigent la passerelle Exchange : le connecteur IMAP sert au plus 500 utilisateurs avec Exchange.</translation>
    </message>
    <message>
        <source>{n:,} UM users on one Exchange server fit the IMAP connector (up to 500), the default adapter.</source>
        <translation>{n:,} utilisateurs UM sur un seul serveur Exchange conviennent au connecteur IMAP (jusqu&apos;à 500), l&apos;adaptateur par défaut.</translation>
    </message>
    <message>
        <source>{kind} is not on the documented list (Exchange 2010, 2013, 2016). It offers the same IMAP4 and web services as Exchange 2016, so both adapters are expected to work.</source>
        <translation>{kind} ne figure pas sur la liste documentée (Exchange 2010, 2013, 2016). Il offre les mêmes services IMAP4 et web qu&apos;Exchange 2016 ; les deux adaptateurs devraient donc fonctionner.</translation>
    </message>
    <message>
        <source>Continue only if the customer accepts an undocumented configuration; the connection test shows whether it works.</source>
        <translation>Ne continuez que si le client accepte une configuration non documentée ; le test de connexion montre si elle fonctionne.</translation>
    </message>
    <message>
        <source>Enter 1: {kind} is one service, however many data centres it uses.</source>
        <translation>Saisissez 1 : {kind} est un seul service, quel que soit le nombre de centres de données.</translation>
    </message>
    <message>
        <source>Use the Exchange gateway (choose &apos;Recommended&apos;), or connect only the users of one mail server.</source>
        <translation>Utilisez la passerelle Exchange (choisissez « Recommandé »), ou ne reliez que les utilisateurs d&apos;un seul serveur de messagerie.</translation>
    </message>
    <message>
        <source>The IMAP connector serves exactly one mail server; this site has {n}.</source>
        <translation>Le connecteur IMAP sert exactement un serveur de messagerie ; ce site en a {n}.</translation>
    </message>
    <message>
        <source>The IMAP connector serves at most 2,500 UM users with Google Workspace; this site has {n:,}.</source>
        <translation>Le connecteur IMAP sert au plus 2 500 utilisateurs UM avec Google Workspace ; ce site en a {n:,}.</translation>
    </message>
    <message>
        <source>Split the users across UM systems of at most 2,500 users each.</source>
        <translation>Répartissez les utilisateurs sur des systèmes UM de 2 500 utilisateurs au plus chacun.</translation>
    </message>
    <message>
        <source>Office 365 with {n:,} UM users has no documented configuration: the IMAP connector stops at 500 users, and the gateway cannot reach Exchange Online.</source>
        <translation>Office 365 avec {n:,} utilisateurs UM n&apos;a pas de configuration documentée : le connecteur IMAP s&apos;arrête à 500 utilisateurs, et la passerelle ne peut pas joindre Exchange Online.</translation>
    </message>
    <message>
        <source>Split the users across UM systems of at most 500 users each, or ask the UM vendor for a supported design.</source>
        <translation>Répartissez les utilisateurs sur des systèmes UM de 500 utilisateurs au plus chacun, ou demandez au fournisseur UM une architecture prise en charge.</translation>
    </message>
    <message>
        <source>The IMAP connector serves at most 500 UM users on Exchange; this site has {n:,}.</source>
        <translation>Le connecteur IMAP sert au plus 500 utilisateurs UM avec Exchange ; ce site en a {n:,}.</translation>
    </message>
    <message>
        <source>Use the Exchange gateway (choose &apos;Recommended&apos;).</source>
        <translation>Utilisez la passerelle Exchange (choisissez « Recommandé »).</translation>
    </message>
    <message>
        <source>With more than 500 UM users or two or more Exchange servers, Exchange needs the Exchange gateway on a separate Windows computer in the Exchange domain.</source>
        <translation>Avec plus de 500 utilisateurs UM ou au moins deux serveurs Exchange, Exchange exige la passerelle Exchange sur un ordinateur Windows distinct du domaine Exchange.</translation>
    </message>
    <message>
        <source>The Exchange gateway does not support Google Workspace.</source>
        <translation>La passerelle Exchange ne prend pas en charge Google Workspace.</translation>
    </message>
    <message>
        <source>Use the IMAP connector (choose &apos;Recommended&apos;).</source>
        <translation>Utilisez le connecteur IMAP (choisissez « Recommandé »).</translation>
    </message>
    <message>
        <source>The Exchange gateway cannot serve Office 365: Exchange Online has turned off the web services (EWS) and the impersonation role it needs.</source>
        <translation>La passerelle Exchange ne peut pas servir Office 365 : Exchange Online a coupé les services web (EWS) et le rôle d&apos;emprunt d&apos;identité dont elle a besoin.</translation>
    </message>
    <message>
        <source>Use the IMAP connector with OAuth 2.0 (choose &apos;Recommended&apos;).</source>
        <translation>Utilisez le connecteur IMAP avec OAuth 2.0 (choisissez « Recommandé »).</translation>
    </message>
    <message>
        <source>The Exchange gateway serves at most 2,500 UM users; this site has {n:,}.</source>
        <translation>La passerelle Exchange sert au plus 2 500 utilisateurs UM ; ce site en a {n:,}.</translation>
    </message>
    <message>
        <source>The Exchange gateway runs on Windows; this computer runs {product}.</source>
        <extracomment>R8&apos;s documented list: (product family, editions, bit widths).</extracomment>
        <translation>La passerelle Exchange tourne sous Windows ; cet ordinateur tourne sous {product}.</translation>
    </message>
    <message>
        <source>Run this wizard on the Windows computer that will be the gateway.</source>
        <translation>Lancez cet assistant sur l&apos;ordinateur Windows qui sera la passerelle.</translation>
    </message>
    <message>
        <source>{product} cannot join an Active Directory domain, which the gateway needs.</source>
        <translation>{product} ne peut pas rejoindre un domaine Active Directory, ce dont la passerelle a besoin.</translation>
    </message>
    <message>
        <source>Use a Professional or Server edition of Windows.</source>
        <translation>Utilisez une édition Professionnel ou Server de Windows.</translation>
    </message>
    <message>
        <source>{product} ({bits}-bit) is not on the documented list for the gateway, which ends at Windows 10 and Windows Server 2012 R2. Newer Windows runs the same services, so it is expected to work.</source>
        <translation>{product} ({bits} bits) ne figure pas sur la liste documentée pour la passerelle, qui s&apos;arrête à Windows 10 et Windows Server 2012 R2. Les Windows plus récents offrent les mêmes services ; il devrait donc fonctionner.</translation>
    </message>
    <message>
        <source>Continue only if the customer accepts an undocumented host.</source>
        <translation>Ne continuez que si le client accepte un hôte non documenté.</translation>
    </message>
    <message>
        <source>{product} is {why} for the gateway.</source>
        <translation>{product} est {why} pour la passerelle.</translation>
    </message>
    <message>
        <source>too old</source>
        <translation>trop ancien</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>non pris en charge</translation>
    </message>
    <message>
        <source>Use Windows 10 (64-bit) or Windows Server 2012 R2 or newer.</source>
        <translation>Utilisez Windows 10 (64 bits) ou Windows Server 2012 R2 ou plus récent.</translation>
    </message>
    <message>
        <source>{product} is documented for the gateway only as 64-bit; this computer runs the 32-bit edition.</source>
        <translation>{product} n&apos;est documenté pour la passerelle qu&apos;en 64 bits ; cet ordinateur exécute l&apos;édition 32 bits.</translation>
    </message>
    <message>
        <source>Use a 64-bit installation of Windows.</source>
        <translation>Utilisez une installation 64 bits de Windows.</translation>
    </message>
    <message>
        <source>{product} is documented for the gateway only in its Professional edition. Other editions that can join a domain run the same services.</source>
        <translation>{product} n&apos;est documenté pour la passerelle que dans son édition Professionnel. Les autres éditions capables de rejoindre un domaine offrent les mêmes services.</translation>
    </message>
    <message>
        <source>Continue only if the customer accepts an undocumented edition.</source>
        <translation>Ne continuez que si le client accepte une édition non documentée.</translation>
    </message>
    <message>
        <source>its name {name} is this computer&apos;s name ({mine})</source>
        <translation>son nom {name} est le nom de cet ordinateur ({mine})</translation>
    </message>
    <message>
        <source>{name} resolves to {address}, an address of this computer</source>
        <translation>{name} se résout en {address}, une adresse de cet ordinateur</translation>
    </message>
    <message>
        <source>The gateway must not run on the UM server, but {why}.</source>
        <translation>La passerelle ne doit pas tourner sur le serveur UM, mais {why}.</translation>
    </message>
    <message>
        <source>Run the gateway on its own Windows computer.</source>
        <translation>Faites tourner la passerelle sur son propre ordinateur Windows.</translation>
    </message>
    <message>
        <source>This computer ({name}) is not joined to an Active Directory domain; the gateway must be in the Exchange servers&apos; domain.</source>
        <translation>Cet ordinateur ({name}) n&apos;a rejoint aucun domaine Active Directory ; la passerelle doit être dans le domaine des serveurs Exchange.</translation>
    </message>
    <message>
        <source>Join this computer to the Exchange domain, then run the wizard again.</source>
        <translation>Joignez cet ordinateur au domaine Exchange, puis relancez l&apos;assistant.</translation>
    </message>
    <message>
        <source>The gateway and Exchange must be on different computers, but {why}.</source>
        <translation>La passerelle et Exchange doivent être sur des ordinateurs différents, mais {why}.</translation>
    </message>
    <message>
        <source>Cannot tell which domain &apos;{name}&apos; is in from its name, so it cannot be compared with this computer&apos;s domain {domain}.</source>
        <translation>Le nom « {name} » ne dit pas dans quel domaine il se trouve ; il ne peut donc pas être comparé au domaine {domain} de cet ordinateur.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s full name (e.g. ex01.{domain}).</source>
        <translation>Saisissez le nom complet du serveur (par ex. ex01.{domain}).</translation>
    </message>
    <message>
        <source>Exchange server {name} is not in this computer&apos;s domain {domain}.</source>
        <translation>Le serveur Exchange {name} n&apos;est pas dans le domaine {domain} de cet ordinateur.</translation>
    </message>
    <message>
        <source>Install the gateway on a computer of the Exchange domain, or check the server&apos;s name.</source>
        <translation>Installez la passerelle sur un ordinateur du domaine Exchange, ou vérifiez le nom du serveur.</translation>
    </message>
    <message>
        <source>The gateway signs in as the superuser (NPUMAdmin), which needs the right to open every UM user&apos;s mailbox on that user&apos;s behalf (impersonation), beyond an ordinary administrator&apos;s rights.</source>
        <translation>La passerelle se connecte en tant que superutilisateur (NPUMAdmin), qui doit avoir le droit d&apos;ouvrir la boîte aux lettres de chaque utilisateur UM en son nom (emprunt d&apos;identité), au-delà des droits d&apos;un administrateur ordinaire.</translation>
    </message>
    <message>
        <source>The site is set up for {kind}, but {listing}.</source>
        <translation>Le site est configuré pour {kind}, mais {listing}.</translation>
    </message>
    <message>
        <source>{host} runs Exchange {version}</source>
        <translation>{host} exécute Exchange {version}</translation>
    </message>
    <message>
        <source>Choose the Exchange version the servers run on the site page, or correct the version entered here.</source>
        <translation>Choisissez sur la page du site la version d&apos;Exchange des serveurs, ou corrigez la version saisie ici.</translation>
    </message>
    <message>
        <source>All Exchange servers must run the same Exchange version; found {listing}.</source>
        <translation>Tous les serveurs Exchange doivent avoir la même version ; trouvé : {listing}.</translation>
    </message>
    <message>
        <source>Upgrade the servers to one version before setting up the gateway.</source>
        <translation>Mettez les serveurs à la même version avant d&apos;installer la passerelle.</translation>
    </message>
    <message>
        <source>The Exchange version of {names} is not known, so the rule that all servers run the same version cannot be checked yet.</source>
        <translation>La version d&apos;Exchange de {names} est inconnue ; la règle selon laquelle tous les serveurs ont la même version ne peut pas encore être vérifiée.</translation>
    </message>
    <message>
        <source>Enter each server&apos;s version; the connection test also reads it.</source>
        <translation>Saisissez la version de chaque serveur ; le test de connexion la lit aussi.</translation>
    </message>
    <message>
        <source>The gateway&apos;s link to Exchange is encrypted: Exchange 2007 and newer require TLS for their web services by default.</source>
        <translation>Le lien de la passerelle vers Exchange est chiffré : Exchange 2007 et plus récent exigent TLS par défaut pour leurs services web.</translation>
    </message>
    <message>
        <source>Hosted mail can deliver late: a voicemail&apos;s email may carry a later time than the call itself. That is expected.</source>
        <translation>Une messagerie hébergée peut livrer en retard : l&apos;e-mail d&apos;un message vocal peut porter une heure plus tardive que l&apos;appel lui-même. C&apos;est normal.</translation>
    </message>
    <message>
        <source>{kind} accepts only OAuth 2.0 sign-in for a superuser that opens other users&apos; mailboxes, which this version cannot set up yet.</source>
        <translation>{kind} n&apos;accepte que la connexion OAuth 2.0 pour un superutilisateur qui ouvre les boîtes aux lettres d&apos;autres utilisateurs, ce que cette version ne sait pas encore configurer.</translation>
    </message>
    <message>
        <source>Set up the connector by hand with the UM system&apos;s manual, or wait for the version with OAuth 2.0 support.</source>
        <translation>Configurez le connecteur à la main d&apos;après le manuel du système UM, ou attendez la version prenant en charge OAuth 2.0.</translation>
    </message>
    <message>
        <source>This version of the wizard checks the gateway computer but cannot set up the Exchange gateway itself yet.</source>
        <translation>Cette version de l&apos;assistant vérifie l&apos;ordinateur de la passerelle mais ne sait pas encore installer la passerelle Exchange elle-même.</translation>
    </message>
    <message>
        <source>Install the gateway by hand as the UM system&apos;s manual describes, using the checks on this page.</source>
        <translation>Installez la passerelle à la main comme le décrit le manuel du système UM, en vous aidant des vérifications de cette page.</translation>
    </message>
    <message>
        <source>Where the documented rules are silent, umconnect decides as a careful technician would and says so as a warning.</source>
        <translation>Là où les règles documentées sont muettes, umconnect décide comme le ferait un technicien soigneux et le signale par un avertissement.</translation>
    </message>
    <message>
        <source>Supported mail servers</source>
        <extracomment>The rules in the order they are reported.</extracomment>
        <translation>Serveurs de messagerie pris en charge</translation>
    </message>
    <message>
        <source>The IMAP connector works with Exchange 2010, 2013 and 2016, Office 365 and Google Workspace. Exchange 2019 and Subscription Edition are not documented; they speak the same protocols, so they pass with a warning to acknowledge.</source>
        <translation>Le connecteur IMAP fonctionne avec Exchange 2010, 2013 et 2016, Office 365 et Google Workspace. Exchange 2019 et Subscription Edition ne sont pas documentés ; ils parlent les mêmes protocoles et passent donc avec un avertissement à accepter.</translation>
    </message>
    <message>
        <source>One mail server per IMAP connector</source>
        <translation>Un serveur de messagerie par connecteur IMAP</translation>
    </message>
    <message>
        <source>The IMAP connector serves exactly one mail server.</source>
        <translation>Le connecteur IMAP sert exactement un serveur de messagerie.</translation>
    </message>
    <message>
        <source>IMAP connector capacity</source>
        <translation>Capacité du connecteur IMAP</translation>
    </message>
    <message>
        <source>At most 500 UM users with Exchange or Office 365, at most 2,500 with Google. Office 365 above 500 users has no documented configuration and is blocked.</source>
        <translation>Au plus 500 utilisateurs UM avec Exchange ou Office 365, au plus 2 500 avec Google. Office 365 au-delà de 500 utilisateurs n&apos;a pas de configuration documentée et est bloqué.</translation>
    </message>
    <message>
        <source>When Exchange needs the gateway</source>
        <translation>Quand Exchange exige la passerelle</translation>
    </message>
    <message>
        <source>More than 500 UM users, or two or more Exchange servers, require the Exchange gateway.</source>
        <translation>Plus de 500 utilisateurs UM, ou au moins deux serveurs Exchange, exigent la passerelle Exchange.</translation>
    </message>
    <message>
        <source>No gateway for hosted mail</source>
        <translation>Pas de passerelle pour la messagerie hébergée</translation>
    </message>
    <message>
        <source>The gateway is not supported with Google. Since Exchange Online switched off EWS and impersonation, it cannot serve Office 365 either.</source>
        <translation>La passerelle n&apos;est pas prise en charge avec Google. Depuis qu&apos;Exchange Online a coupé EWS et l&apos;emprunt d&apos;identité, elle ne peut pas non plus servir Office 365.</translation>
    </message>
    <message>
        <source>Gateway capacity</source>
        <translation>Capacité de la passerelle</translation>
    </message>
    <message>
        <source>The gateway serves at most 2,500 UM users.</source>
        <translation>La passerelle sert au plus 2 500 utilisateurs UM.</translation>
    </message>
    <message>
        <source>Gateway operating system</source>
        <translation>Système d&apos;exploitation de la passerelle</translation>
    </message>
    <message>
        <source>Documented: Windows 7 Professional (32/64-bit), Windows 8 Professional, Windows 10, Windows Server 2008 R2 and 2012 R2 (all 64-bit). Newer Windows (8.1, 11, Server 2012, 2016, 2019, 2022, 2025) passes with a warning; Home editions cannot join a domain; 32-bit where only 64-bit is listed, and anything not Windows, is an error.</source>
        <translation>Documenté : Windows 7 Professionnel (32/64 bits), Windows 8 Professionnel, Windows 10, Windows Server 2008 R2 et 2012 R2 (tous 64 bits). Les Windows plus récents (8.1, 11, Server 2012, 2016, 2019, 2022, 2025) passent avec un avertissement ; les éditions Famille ne peuvent pas rejoindre un domaine ; le 32 bits là où seul le 64 bits est listé, et tout ce qui n&apos;est pas Windows, est une erreur.</translation>
    </message>
    <message>
        <source>Gateway not on the UM server</source>
        <translation>Passerelle pas sur le serveur UM</translation>
    </message>
    <message>
        <source>The gateway runs on its own computer. The UM server&apos;s name and addresses are compared with this computer&apos;s.</source>
        <translation>La passerelle tourne sur son propre ordinateur. Le nom et les adresses du serveur UM sont comparés à ceux de cet ordinateur.</translation>
    </message>
    <message>
        <source>Gateway and Exchange in one domain</source>
        <translation>Passerelle et Exchange dans un même domaine</translation>
    </message>
    <message>
        <source>The gateway and Exchange are in the same domain, on different computers. A server given by IP address or short name cannot be placed in a domain: warning.</source>
        <translation>La passerelle et Exchange sont dans le même domaine, sur des ordinateurs différents. Un serveur donné par adresse IP ou nom court ne peut pas être situé dans un domaine : avertissement.</translation>
    </message>
    <message>
        <source>The superuser account</source>
        <translation>Le compte superutilisateur</translation>
    </message>
    <message>
        <source>The gateway needs the superuser (NPUMAdmin), which opens every UM user&apos;s mailbox on that user&apos;s behalf.</source>
        <translation>La passerelle a besoin du superutilisateur (NPUMAdmin), qui ouvre la boîte aux lettres de chaque utilisateur UM en son nom.</translation>
    </message>
    <message>
        <source>One Exchange version</source>
        <translation>Une seule version d&apos;Exchange</translation>
    </message>
    <message>
        <source>All Exchange servers run the same version; unknown versions are a warning until entered or read by the connection test.</source>
        <translation>Tous les serveurs Exchange ont la même version ; une version inconnue est un avertissement jusqu&apos;à ce qu&apos;elle soit saisie ou lue par le test de connexion.</translation>
    </message>
    <message>
        <source>Encrypted link to Exchange</source>
        <translation>Lien chiffré vers Exchange</translation>
    </message>
    <message>
        <source>Exchange 2007 and newer encrypt the gateway&apos;s link by default.</source>
        <translation>Exchange 2007 et plus récent chiffrent par défaut le lien de la passerelle.</translation>
    </message>
    <message>
        <source>Delivery delay with hosted mail</source>
        <translation>Délai de livraison avec la messagerie hébergée</translation>
    </message>
    <message>
        <source>Hosted mail may deliver late; the email&apos;s time can differ from the voicemail&apos;s. Informational only.</source>
        <translation>Une messagerie hébergée peut livrer en retard ; l&apos;heure de l&apos;e-mail peut différer de celle du message vocal. Pour information seulement.</translation>
    </message>
    <message>
        <source>Sign-in to hosted mail</source>
        <translation>Connexion à la messagerie hébergée</translation>
    </message>
    <message>
        <source>Office 365 and Google need OAuth 2.0 for a superuser that opens other mailboxes.</source>
        <translation>Office 365 et Google exigent OAuth 2.0 pour un superutilisateur qui ouvre d&apos;autres boîtes aux lettres.</translation>
    </message>
    <message>
        <source>Gateway set-up</source>
        <translation>Installation de la passerelle</translation>
    </message>
    <message>
        <source>The wizard checks the gateway computer; setting up the gateway itself comes in a later version.</source>
        <translation>L&apos;assistant vérifie l&apos;ordinateur de la passerelle ; l&apos;installation de la passerelle elle-même viendra dans une version ultérieure.</translation>
    </message>
    <message>
        <source>The credential store &apos;{name}&apos; keeps passwords in a file anyone with access to this account can read. Remove the keyrings.alt package and use the system&apos;s credential store.</source>
        <extracomment>Backends that do not keep secrets safe: they fail, discard or write clear text.</extracomment>
        <translation>Le magasin d&apos;identifiants « {name} » garde les mots de passe dans un fichier lisible par quiconque a accès à ce compte. Supprimez le paquet keyrings.alt et utilisez le magasin d&apos;identifiants du système.</translation>
    </message>
    <message>
        <source>No credential store is available on this computer, so passwords cannot be kept safely. On Linux, install and unlock a Secret Service (e.g. &apos;apt install gnome-keyring&apos; and log in to a desktop session); on Windows the Credential Manager is built in.</source>
        <translation>Aucun magasin d&apos;identifiants n&apos;est disponible sur cet ordinateur ; les mots de passe ne peuvent donc pas être gardés en sûreté. Sous Linux, installez et déverrouillez un Secret Service (par ex. « apt install gnome-keyring » et ouverture d&apos;une session de bureau) ; sous Windows, le Gestionnaire d&apos;identification est intégré.</translation>
    </message>
    <message>
        <source>The credential store refused to keep the password for {ref}: {error}</source>
        <translation>Le magasin d&apos;identifiants a refusé de garder le mot de passe pour {ref} : {error}</translation>
    </message>
    <message>
        <source>The credential store could not be read for {ref}: {error}</source>
        <translation>Le magasin d&apos;identifiants n&apos;a pas pu être lu pour {ref} : {error}</translation>
    </message>
    <message>
        <source>No password is stored for {ref}. Run the wizard or &apos;umconnect apply&apos; again to store it.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour {ref}. Relancez l&apos;assistant ou « umconnect apply » pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>The state folder {path} cannot be used: {error}</source>
        <extracomment>What the process prints before its log is set up (usage errors, crashes). Where ``umconnect`` takes the password from; never handed to the service. How long ``service run`` tries for the lock: long enough to outlast a status probe holding it for a moment, short enough for a clear refusal.</extracomment>
        <translation>Le dossier d&apos;état {path} est inutilisable : {error}</translation>
    </message>
    <message>
        <source>process {pid}</source>
        <translation>processus {pid}</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>un autre processus</translation>
    </message>
    <message>
        <source>The service for {path} is already running ({who}). Stop it first with &apos;umconnect service stop&apos;, or use another state folder.</source>
        <translation>Le service pour {path} tourne déjà ({who}). Arrêtez-le d&apos;abord avec « umconnect service stop », ou utilisez un autre dossier d&apos;état.</translation>
    </message>
    <message>
        <source>The state folder {path} cannot be locked: {error}. Use a local folder.</source>
        <translation>Le dossier d&apos;état {path} ne peut pas être verrouillé : {error}. Utilisez un dossier local.</translation>
    </message>
    <message>
        <source>The service is not running.</source>
        <translation>Le service ne tourne pas.</translation>
    </message>
    <message>
        <source>Its last problem: {error}</source>
        <translation>Son dernier problème : {error}</translation>
    </message>
    <message>
        <source>The service is running (process {pid}), starting its first sync.</source>
        <translation>Le service tourne (processus {pid}) et commence sa première synchronisation.</translation>
    </message>
    <message>
        <source>The service is running (process {pid}); last sync {when}, {n} voicemail(s) delivered.</source>
        <translation>Le service tourne (processus {pid}) ; dernière synchronisation {when}, {n} message(s) vocal(aux) livré(s).</translation>
    </message>
    <message>
        <source>The service is running (process {pid}) but has not completed a sync yet.</source>
        <translation>Le service tourne (processus {pid}) mais n&apos;a encore terminé aucune synchronisation.</translation>
    </message>
    <message>
        <source>Mail server unreachable: {error}</source>
        <translation>Serveur de messagerie injoignable : {error}</translation>
    </message>
    <message>
        <source>It cannot deliver voicemail: {error}</source>
        <translation>Il ne peut pas livrer les messages vocaux : {error}</translation>
    </message>
    <message>
        <source>{n} voicemail(s) set aside, as their files cannot be used; the log says why.</source>
        <translation>{n} message(s) vocal(aux) mis de côté, car leurs fichiers sont inutilisables ; le journal dit pourquoi.</translation>
    </message>
    <message>
        <source>The service stopped right after starting (exit code {code}). It said:
{log}</source>
        <translation>Le service s&apos;est arrêté juste après son démarrage (code de sortie {code}). Il a dit :
{log}</translation>
    </message>
    <message>
        <source>{path} has no [message] section.</source>
        <extracomment>Seconds after its text file was written that a voicemail without audio is reported as incomplete (a PBX writes both within moments of each other). Modification time of the text file when it was scanned (None: ask the file), the call time when the spool gives none that can be used.</extracomment>
        <translation>{path} n&apos;a pas de section [message].</translation>
    </message>
    <message>
        <source>incomplete: its audio file {name} is a link to {target}, which does not exist</source>
        <translation>incomplet : son fichier audio {name} est un lien vers {target}, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>incomplete: no audio file ({name}) beside it {s:g} s after it was written</source>
        <translation>incomplet : aucun fichier audio ({name}) à côté, {s:g} s après son écriture</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>un appelant inconnu</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Message vocal</translation>
    </message>
    <message>
        <source>Voicemail from {who}, {length}</source>
        <translation>Message vocal de {who}, {length}</translation>
    </message>
    <message>
        <source>{who} left you a voicemail of {length} on {when}.

The recording is attached ({name}); open it to listen.
</source>
        <translation>{who} vous a laissé un message vocal de {length} le {when}.

L&apos;enregistrement est joint ({name}) ; ouvrez-le pour l&apos;écouter.
</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Superuser account</source>
        <translation>Compte superutilisateur</translation>
    </message>
    <message>
        <source>The account that opens every UM user&apos;s mailbox (called NPUMAdmin in the UM documentation).</source>
        <translation>Le compte qui ouvre la boîte aux lettres de chaque utilisateur UM (appelé NPUMAdmin dans la documentation UM).</translation>
    </message>
    <message>
        <source>e.g. npumadmin</source>
        <translation>par ex. npumadmin</translation>
    </message>
    <message>
        <source>Superuser password</source>
        <translation>Mot de passe du superutilisateur</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Show the password as typed, to check it; nothing else changes.</source>
        <translation>Afficher le mot de passe tel que saisi, pour le vérifier ; rien d&apos;autre ne change.</translation>
    </message>
    <message>
        <source>e.g. EXAMPLE</source>
        <translation>par ex. EXAMPLE</translation>
    </message>
    <message>
        <source>Superuser &amp;login:</source>
        <translation>&amp;Identifiant du superutilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Mailbox &amp;access:</source>
        <translation>&amp;Accès aux boîtes :</translation>
    </message>
    <message>
        <source>Windows &amp;domain:</source>
        <translation>&amp;Domaine Windows :</translation>
    </message>
    <message>
        <source>Account name as the mail server knows it.</source>
        <translation>Nom du compte tel que le serveur de messagerie le connaît.</translation>
    </message>
    <message>
        <source>Kept in the credential store, never in the configuration file.</source>
        <translation>Gardé dans le magasin d&apos;identifiants, jamais dans le fichier de configuration.</translation>
    </message>
    <message>
        <source>Dovecot and most servers: SASL PLAIN. Exchange: DOMAIN\superuser\alias.</source>
        <translation>Dovecot et la plupart des serveurs : SASL PLAIN. Exchange : DOMAIN\superuser\alias.</translation>
    </message>
    <message>
        <source>ℹ The password will be kept in the credential store: {store}.</source>
        <translation>ℹ Le mot de passe sera gardé dans le magasin d&apos;identifiants : {store}.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>est vide.</translation>
    </message>
    <message>
        <source>Enter the superuser&apos;s password.</source>
        <translation>Saisissez le mot de passe du superutilisateur.</translation>
    </message>
</context>
<context>
    <name>AutodetectDialog</name>
    <message>
        <source>Find the mail server from an email address</source>
        <extracomment>Where the search looks (None: this computer&apos;s resolver, the real Autodiscover addresses and the system&apos;s authorities).</extracomment>
        <translation>Trouver le serveur de messagerie depuis une adresse e-mail</translation>
    </message>
    <message>
        <source>Enter the address of any mailbox on the mail server. The wizard looks at known providers, the domain&apos;s DNS records (SRV) and Exchange Autodiscover. Only the address is sent, to the domain&apos;s own servers; no password.</source>
        <translation>Saisissez l&apos;adresse de n&apos;importe quelle boîte aux lettres du serveur. L&apos;assistant consulte les fournisseurs connus, les enregistrements DNS du domaine (SRV) et Exchange Autodiscover. Seule l&apos;adresse est envoyée, aux serveurs du domaine lui-même ; aucun mot de passe.</translation>
    </message>
    <message>
        <source>e.g. alice@example.com</source>
        <translation>par ex. alice@example.com</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Find the mail server</source>
        <translation>Rechercher le serveur de messagerie</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the search</source>
        <translation>Arrêter la recherche</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Servers found</source>
        <translation>Serveurs trouvés</translation>
    </message>
    <message>
        <source>Each server with its port, its security and where it was found.</source>
        <translation>Chaque serveur avec son port, sa sécurité et l&apos;endroit où il a été trouvé.</translation>
    </message>
    <message>
        <source>Se&amp;rvers found:</source>
        <translation>Ser&amp;veurs trouvés :</translation>
    </message>
    <message>
        <source>Places looked at without result</source>
        <translation>Sources consultées sans résultat</translation>
    </message>
    <message>
        <source>&amp;Looked at without result:</source>
        <translation>Consultées &amp;sans résultat :</translation>
    </message>
    <message>
        <source>You can always close this window and enter the server by hand.</source>
        <translation>Vous pouvez toujours fermer cette fenêtre et saisir le serveur à la main.</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Utiliser</translation>
    </message>
    <message>
        <source>Use the chosen server</source>
        <translation>Utiliser le serveur choisi</translation>
    </message>
    <message>
        <source>Close without choosing</source>
        <translation>Fermer sans choisir</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Looking at {source}…</source>
        <translation>Consultation de {source}…</translation>
    </message>
    <message>
        <source>• {source}: {outcome}</source>
        <translation>• {source} : {outcome}</translation>
    </message>
    <message>
        <source>Search stopped. What was found until then is listed.</source>
        <translation>Recherche arrêtée. Ce qui a été trouvé jusque-là est listé.</translation>
    </message>
    <message>
        <source>✔ Found one server.</source>
        <translation>✔ Un serveur trouvé.</translation>
    </message>
    <message>
        <source>✔ Found {count} servers.</source>
        <translation>✔ {count} serveurs trouvés.</translation>
    </message>
    <message>
        <source>Choose one and press Use.</source>
        <translation>Choisissez-en un et appuyez sur Utiliser.</translation>
    </message>
    <message>
        <source>✘ No server found. Close this window and enter the server by hand, or ask the mail administrator for its name.</source>
        <translation>✘ Aucun serveur trouvé. Fermez cette fenêtre et saisissez le serveur à la main, ou demandez son nom à l&apos;administrateur de la messagerie.</translation>
    </message>
    <message>
        <source>✘ The search failed: {error}</source>
        <translation>✘ La recherche a échoué : {error}</translation>
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
trouvé par :
{sources}</translation>
    </message>
</context>
<context>
    <name>ComputerPage</name>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>The gateway runs on its own Windows computer in the Exchange servers&apos; domain.</source>
        <translation>La passerelle tourne sur son propre ordinateur Windows dans le domaine des serveurs Exchange.</translation>
    </message>
    <message>
        <source>The computer the UM system runs on; the gateway must not run there.</source>
        <translation>L&apos;ordinateur sur lequel tourne le système UM ; la passerelle ne doit pas y tourner.</translation>
    </message>
    <message>
        <source>Exchange server</source>
        <translation>Serveur Exchange</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Exchange servers</source>
        <translation>Serveurs Exchange</translation>
    </message>
    <message>
        <source>One row per Exchange server: its full name and its version (2010, 2013, 2016, 2019 or SE).</source>
        <translation>Une ligne par serveur Exchange : son nom complet et sa version (2010, 2013, 2016, 2019 ou SE).</translation>
    </message>
    <message>
        <source>A&amp;dd server</source>
        <translation>A&amp;jouter un serveur</translation>
    </message>
    <message>
        <source>Re&amp;move server</source>
        <translation>&amp;Retirer le serveur</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Système d&apos;exploitation :</translation>
    </message>
    <message>
        <source>Computer name:</source>
        <translation>Nom de l&apos;ordinateur :</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domaine :</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adresses :</translation>
    </message>
    <message>
        <source>&amp;UM server:</source>
        <translation>Serveur &amp;UM :</translation>
    </message>
    <message>
        <source>E&amp;xchange servers:</source>
        <translation>Serveurs E&amp;xchange :</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <source>{product} ({bits}-bit)</source>
        <translation>{product} ({bits} bits)</translation>
    </message>
    <message>
        <source>not joined to a domain</source>
        <translation>membre d&apos;aucun domaine</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucune trouvée</translation>
    </message>
    <message>
        <source>Checking this computer and the server names…</source>
        <translation>Vérification de cet ordinateur et des noms de serveurs…</translation>
    </message>
    <message>
        <source>Checked.</source>
        <translation>Vérifié.</translation>
    </message>
    <message>
        <source>Could not read this computer&apos;s facts: {error}</source>
        <translation>Impossible de lire les caractéristiques de cet ordinateur : {error}</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPage</name>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Every step the connector will take, tried live against the server. Nothing is left behind.</source>
        <translation>Chaque étape que fera le connecteur, essayée en direct sur le serveur. Rien n&apos;est laissé derrière.</translation>
    </message>
    <message>
        <source>Press Test connection to start.</source>
        <translation>Appuyez sur « Tester la connexion » pour commencer.</translation>
    </message>
    <message>
        <source>Test verdict</source>
        <translation>Verdict du test</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>C&amp;opy report</source>
        <translation>C&amp;opier le rapport</translation>
    </message>
    <message>
        <source>Sa&amp;ve report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Cance&amp;l test</source>
        <translation>&amp;Annuler le test</translation>
    </message>
    <message>
        <source>Trust this &amp;certificate…</source>
        <translation>&amp;Faire confiance à ce certificat…</translation>
    </message>
    <message>
        <source>Trust exactly the certificate the server showed, after comparing its fingerprint with the server administrator.</source>
        <translation>Approuver exactement le certificat présenté par le serveur, après avoir comparé son empreinte avec l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>Go to the page to fix it</source>
        <extracomment>After a failure: back to the page where its setting is made.</extracomment>
        <translation>Aller à la page où corriger</translation>
    </message>
    <message>
        <source>Go back to the page where the setting behind the failed step is made; the answers on the pages between are kept.</source>
        <translation>Revenir à la page où se fait le réglage de l&apos;étape en échec ; les réponses des pages intermédiaires sont conservées.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation>Étapes du test</translation>
    </message>
    <message>
        <source>One row per step: its status in words, the step, the result in a few words and how long it took. Select a row for its details.</source>
        <translation>Une ligne par étape : son état en toutes lettres, l&apos;étape, le résultat en quelques mots et sa durée. Choisissez une ligne pour voir ses détails.</translation>
    </message>
    <message>
        <source>Details of the selected step</source>
        <translation>Détails de l&apos;étape choisie</translation>
    </message>
    <message>
        <source>What to do first, then what happened and the protocol transcript.</source>
        <translation>D&apos;abord que faire, puis ce qui s&apos;est passé et la transcription du protocole.</translation>
    </message>
    <message>
        <source>Select a step to see its details.</source>
        <translation>Choisissez une étape pour voir ses détails.</translation>
    </message>
    <message>
        <source>Continue &amp;despite the warnings above</source>
        <translation>Continuer &amp;malgré les avertissements ci-dessus</translation>
    </message>
    <message>
        <source>The test passed with warnings; tick to go on once you have read them and they are acceptable at this site.</source>
        <translation>Le test a réussi avec des avertissements ; cochez pour continuer une fois que vous les avez lus et qu&apos;ils sont acceptables sur ce site.</translation>
    </message>
    <message>
        <source>The settings changed since the last test. Press Test connection again.</source>
        <translation>Les réglages ont changé depuis le dernier test. Appuyez de nouveau sur « Tester la connexion ».</translation>
    </message>
    <message>
        <source>Testing {host}…</source>
        <translation>Test de {host}…</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Approuver ce certificat ?</translation>
    </message>
    <message>
        <source>Compare this SHA-256 fingerprint with the one the server&apos;s administrator reads from the server:

{fp}

Trust exactly this certificate from now on?</source>
        <translation>Comparez cette empreinte SHA-256 avec celle que l&apos;administrateur lit sur le serveur :

{fp}

Approuver désormais exactement ce certificat ?</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
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
        <translation>Test en cours… {done} étapes sur {total} faites</translation>
    </message>
    <message>
        <source>&amp;Go to the page to fix it: {page}</source>
        <translation>Aller à la pa&amp;ge pour corriger : {page}</translation>
    </message>
    <message>
        <source>The test could not run: {error}</source>
        <translation>Le test n&apos;a pas pu s&apos;exécuter : {error}</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>This step has not run yet.</source>
        <translation>Cette étape n&apos;a pas encore été exécutée.</translation>
    </message>
    <message>
        <source>(report copied)</source>
        <translation>(rapport copié)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Web page (*.html);;Text (*.txt)</source>
        <translation>Page web (*.html);;Texte (*.txt)</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>Protocol transcript (passwords hidden)</source>
        <translation>Transcription du protocole (mots de passe masqués)</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>umconnect — details</source>
        <translation>umconnect — détails</translation>
    </message>
    <message>
        <source>Live log</source>
        <translation>Journal en direct</translation>
    </message>
    <message>
        <source>What the wizard does, line by line, newest at the bottom. Passwords are masked.</source>
        <translation>Ce que fait l&apos;assistant, ligne par ligne, le plus récent en bas. Les mots de passe sont masqués.</translation>
    </message>
    <message>
        <source>&amp;Log of this session:</source>
        <translation>&amp;Journal de cette session :</translation>
    </message>
    <message>
        <source>Save support &amp;bundle…</source>
        <translation>Enregistrer le &amp;paquet d&apos;assistance…</translation>
    </message>
    <message>
        <source>One zip for the helpdesk: the configuration, the last test report, the log tails and the versions. Passwords are never in it.</source>
        <translation>Un zip pour l&apos;assistance : la configuration, le dernier rapport de test, la fin des journaux et les versions. Il ne contient jamais de mot de passe.</translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation>Enregistrer le paquet d&apos;assistance</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <source>Support bundle not saved</source>
        <translation>Paquet d&apos;assistance non enregistré</translation>
    </message>
    <message>
        <source>{path} could not be written: {error}. Choose another folder.</source>
        <translation>{path} n&apos;a pas pu être écrit : {error}. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>The live log of this session, and a support bundle for the helpdesk.</source>
        <translation>Le journal en direct de cette session, et un paquet pour l&apos;assistance.</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Rule findings</source>
        <translation>Constats des règles</translation>
    </message>
    <message>
        <source>What to do: {remedy}</source>
        <translation>Que faire : {remedy}</translation>
    </message>
    <message>
        <source>{level} {rule}</source>
        <translation>{level} {rule}</translation>
    </message>
    <message>
        <source>I have checked this with the customer; continue anyway</source>
        <translation>J&apos;ai vérifié cela avec le client ; continuer quand même</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Setting up the connector</source>
        <translation>Installation du connecteur</translation>
    </message>
    <message>
        <source>The connector keeps running after this window closes.</source>
        <translation>Le connecteur continue de tourner après la fermeture de cette fenêtre.</translation>
    </message>
    <message>
        <source>Keep the password in the credential store</source>
        <translation>Garder le mot de passe dans le magasin d&apos;identifiants</translation>
    </message>
    <message>
        <source>Write the configuration</source>
        <translation>Écrire la configuration</translation>
    </message>
    <message>
        <source>Start the connector service</source>
        <translation>Démarrer le service du connecteur</translation>
    </message>
    <message>
        <source>Service status</source>
        <translation>État du service</translation>
    </message>
    <message>
        <source>Last lines of the service log</source>
        <translation>Dernières lignes du journal du service</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Open log folder</source>
        <translation>&amp;Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <source>Leave a &amp;voicemail for the test mailbox</source>
        <translation>Laisser un message &amp;vocal pour la boîte de test</translation>
    </message>
    <message>
        <source>Writes a short voicemail into the spool, as the UM system would; it shows up in the mailbox within seconds.</source>
        <translation>Écrit un court message vocal dans le spool, comme le ferait le système UM ; il apparaît dans la boîte aux lettres en quelques secondes.</translation>
    </message>
    <message>
        <source>Service &amp;log:</source>
        <translation>&amp;Journal du service :</translation>
    </message>
    <message>
        <source>This is the demo: the connector and the demo mail server stop when this window closes.</source>
        <translation>Ceci est la démo : le connecteur et le serveur de démonstration s&apos;arrêtent à la fermeture de cette fenêtre.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>The connector is set up</source>
        <translation>Le connecteur est installé</translation>
    </message>
    <message>
        <source>Setup did not finish: {error}</source>
        <translation>L&apos;installation n&apos;a pas abouti : {error}</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>Re&amp;commencer</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Dossier du journal</translation>
    </message>
    <message>
        <source>No file manager could be started. The log is in:
{path}</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a pu être lancé. Le journal se trouve dans :
{path}</translation>
    </message>
    <message>
        <source>Voicemail left for {box}; watch it arrive…</source>
        <translation>Message vocal laissé pour {box} ; regardez-le arriver…</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>This wizard connects the voicemail system to the customer&apos;s mail server. It asks about the site, the server and the superuser, tests every step live, and only changes something when you press Apply. A prepared answer file (Load answers…) fills every page in; passwords are never part of it.</source>
        <translation>Cet assistant relie le système de messagerie vocale au serveur de messagerie du client. Il demande le site, le serveur et le superutilisateur, teste chaque étape en direct et ne modifie rien avant que vous n&apos;appuyiez sur « Appliquer ». Un fichier de réponses préparé (« Charger des réponses… ») remplit toutes les pages ; il ne contient jamais de mot de passe.</translation>
    </message>
    <message>
        <source>The kind of mail server and the number of UM users decide which adapter the site needs: the IMAP connector (one mail server, up to 500 users on Exchange) or the Exchange gateway on its own Windows computer. An error here keeps Next off and says why; a warning needs your tick after checking it with the customer.</source>
        <translation>Le type de serveur de messagerie et le nombre d&apos;utilisateurs UM décident de l&apos;adaptateur nécessaire : le connecteur IMAP (un serveur, jusqu&apos;à 500 utilisateurs avec Exchange) ou la passerelle Exchange sur son propre ordinateur Windows. Une erreur ici bloque « Suivant » et dit pourquoi ; un avertissement demande votre coche après vérification avec le client.</translation>
    </message>
    <message>
        <source>The Exchange gateway runs on a Windows computer of its own, in the same domain as the Exchange servers and never on the UM server. This page reads this computer&apos;s facts and checks them, and the names you enter, against those rules.</source>
        <translation>La passerelle Exchange tourne sur son propre ordinateur Windows, dans le même domaine que les serveurs Exchange et jamais sur le serveur UM. Cette page lit les caractéristiques de cet ordinateur et les vérifie, ainsi que les noms saisis, au regard de ces règles.</translation>
    </message>
    <message>
        <source>The IMAP server the connector logs in to. Use the name on the server&apos;s certificate, port 993 with TLS or 143 with STARTTLS. A private certificate authority or one trusted certificate can be given here; the connection test offers the fingerprint when a certificate is refused.</source>
        <translation>Le serveur IMAP auquel le connecteur se connecte. Utilisez le nom figurant sur le certificat du serveur, le port 993 avec TLS ou 143 avec STARTTLS. Une autorité de certification privée ou un certificat approuvé peut être indiqué ici ; le test de connexion propose l&apos;empreinte quand un certificat est refusé.</translation>
    </message>
    <message>
        <source>The superuser (NPUMAdmin) opens every UM user&apos;s mailbox on that user&apos;s behalf. Choose how the server lets it do so: a SASL authorization identity (Dovecot and most servers), a master user login, or Exchange&apos;s DOMAIN\superuser\alias form. The password goes to the credential store, never to a file.</source>
        <translation>Le superutilisateur (NPUMAdmin) ouvre la boîte aux lettres de chaque utilisateur UM en son nom. Choisissez comment le serveur le permet : une identité d&apos;autorisation SASL (Dovecot et la plupart des serveurs), une connexion en utilisateur maître, ou la forme Exchange DOMAIN\superuser\alias. Le mot de passe va dans le magasin d&apos;identifiants, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The spool is the folder where the UM system keeps voicemail, one folder per context and box inside. Each row ties a voicemail box to the mail login of its owner. The connection test writes and removes one message in the test mailbox chosen here.</source>
        <translation>Le spool est le dossier où le système UM range les messages vocaux, avec un dossier par contexte et par boîte. Chaque ligne relie une boîte vocale à l&apos;identifiant de messagerie de son propriétaire. Le test de connexion écrit puis supprime un message dans la boîte de test choisie ici.</translation>
    </message>
    <message>
        <source>The test takes every step the connector will take, against the real server, and times each one. A failed step opens by itself and says what to do first; Go to the page takes you where the setting is made. The test leaves nothing behind in the mailbox.</source>
        <translation>Le test fait chaque étape que fera le connecteur, sur le vrai serveur, et chronomètre chacune. Une étape en échec s&apos;ouvre d&apos;elle-même et dit d&apos;abord quoi faire ; « Aller à la page » vous mène là où se fait le réglage. Le test ne laisse rien dans la boîte aux lettres.</translation>
    </message>
    <message>
        <source>What Apply will write and start, for a last look. Nothing has been changed yet. Go Back to correct an answer; the connection test then runs again.</source>
        <translation>Ce qu&apos;« Appliquer » va écrire et démarrer, pour un dernier coup d&apos;œil. Rien n&apos;a encore été modifié. Revenez en arrière pour corriger une réponse ; le test de connexion sera alors relancé.</translation>
    </message>
    <message>
        <source>Apply keeps the password in the credential store, writes the configuration and starts the connector. The status below is live: whether the service runs, its last sync and its last log lines.</source>
        <translation>« Appliquer » garde le mot de passe dans le magasin d&apos;identifiants, écrit la configuration et démarre le connecteur. L&apos;état ci-dessous est en direct : si le service tourne, sa dernière synchronisation et ses dernières lignes de journal.</translation>
    </message>
    <message>
        <source>What is this?</source>
        <translation>Qu&apos;est-ce que c&apos;est ?</translation>
    </message>
    <message>
        <source>Explain this page (F1)</source>
        <translation>Expliquer cette page (F1)</translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <source>Problems on this page</source>
        <translation>Problèmes sur cette page</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>The IMAP server the connector talks to.</source>
        <translation>Le serveur IMAP auquel parle le connecteur.</translation>
    </message>
    <message>
        <source>e.g. mail.example.com</source>
        <translation>par ex. mail.example.com</translation>
    </message>
    <message>
        <source>I understand the password will cross the network &amp;unencrypted</source>
        <translation>Je comprends que le mot de passe traversera le réseau &amp;non chiffré</translation>
    </message>
    <message>
        <source>optional: PEM file of the authority that signed it</source>
        <translation>facultatif : fichier PEM de l&apos;autorité qui l&apos;a signé</translation>
    </message>
    <message>
        <source>optional: SHA-256 of one certificate to trust</source>
        <translation>facultatif : SHA-256 d&apos;un certificat à approuver</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Séc&amp;urité :</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Needed only with no encryption: confirms that this network is trusted, since anyone on the way could read the password.</source>
        <translation>Nécessaire seulement sans chiffrement : confirme que ce réseau est de confiance, puisque quiconque sur le chemin pourrait lire le mot de passe.</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Fichier de l&apos;autorité de certification</translation>
    </message>
    <message>
        <source>Browse for the certificate authority file</source>
        <translation>Parcourir pour le fichier de l&apos;autorité de certification</translation>
    </message>
    <message>
        <source>Cer&amp;tificate authority:</source>
        <translation>Autorité de &amp;certification :</translation>
    </message>
    <message>
        <source>Trusted &amp;fingerprint:</source>
        <translation>&amp;Empreinte approuvée :</translation>
    </message>
    <message>
        <source>Name or IP address of the IMAP server.</source>
        <translation>Nom ou adresse IP du serveur IMAP.</translation>
    </message>
    <message>
        <source>993 for TLS, 143 for STARTTLS, unless told otherwise.</source>
        <translation>993 pour TLS, 143 pour STARTTLS, sauf indication contraire.</translation>
    </message>
    <message>
        <source>TLS from the start is the safest choice.</source>
        <translation>TLS dès le départ est le choix le plus sûr.</translation>
    </message>
    <message>
        <source>Only for servers whose certificate comes from a private authority.</source>
        <translation>Seulement pour les serveurs dont le certificat vient d&apos;une autorité privée.</translation>
    </message>
    <message>
        <source>Trust exactly one certificate, e.g. a self-signed one; the test shows it.</source>
        <translation>Approuver exactement un certificat, par ex. auto-signé ; le test l&apos;affiche.</translation>
    </message>
    <message>
        <source>F&amp;ind from an email address…</source>
        <translation>Trouver depuis une adresse e-ma&amp;il…</translation>
    </message>
    <message>
        <source>Look the server up from any mailbox address on it: known providers, DNS records and Exchange Autodiscover. Optional.</source>
        <translation>Trouver le serveur depuis l&apos;adresse d&apos;une de ses boîtes aux lettres : fournisseurs connus, enregistrements DNS et Exchange Autodiscover. Facultatif.</translation>
    </message>
    <message>
        <source>{kind} uses known settings; they are filled in. Press Edit to change them.</source>
        <translation>{kind} utilise des réglages connus ; ils sont remplis. Appuyez sur « Modifier » pour les changer.</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Mail server kind</source>
        <translation>Type de serveur de messagerie</translation>
    </message>
    <message>
        <source>Go back to the site page.</source>
        <translation>Revenez à la page du site.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>umconnect — connect voicemail to mail</source>
        <extracomment>Ask before Cancel throws answers away (scripts turn it off). Facts about this computer, read once (tests pass them in).</extracomment>
        <translation>umconnect — relier la messagerie vocale au courrier</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Leave the wizard?</source>
        <translation>Quitter l&apos;assistant ?</translation>
    </message>
    <message>
        <source>Nothing has been written or started yet. Leave the wizard and lose the answers given so far?</source>
        <translation>Rien n&apos;a encore été écrit ni démarré. Quitter l&apos;assistant et perdre les réponses données jusqu&apos;ici ?</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>The customer&apos;s site</source>
        <translation>Le site du client</translation>
    </message>
    <message>
        <source>Which mail server, and how many voicemail users?</source>
        <translation>Quel serveur de messagerie, et combien d&apos;utilisateurs de messagerie vocale ?</translation>
    </message>
    <message>
        <source>The UM system is a &amp;cluster</source>
        <translation>Le système UM est en &amp;grappe (cluster)</translation>
    </message>
    <message>
        <source>Tick when several UM servers share the voicemail; every member must then use the same Exchange version.</source>
        <translation>Cochez si plusieurs serveurs UM se partagent la messagerie vocale ; chaque membre doit alors utiliser la même version d&apos;Exchange.</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>Serveur de &amp;messagerie :</translation>
    </message>
    <message>
        <source>The product that holds the users&apos; mailboxes.</source>
        <translation>Le produit qui héberge les boîtes aux lettres des utilisateurs.</translation>
    </message>
    <message>
        <source>UM &amp;users:</source>
        <translation>&amp;Utilisateurs UM :</translation>
    </message>
    <message>
        <source>Users who have a voicemail box.</source>
        <translation>Utilisateurs qui ont une boîte vocale.</translation>
    </message>
    <message>
        <source>Mail server c&amp;ount:</source>
        <translation>&amp;Nombre de serveurs :</translation>
    </message>
    <message>
        <source>Servers that hold UM users&apos; mailboxes.</source>
        <translation>Serveurs qui hébergent les boîtes aux lettres des utilisateurs UM.</translation>
    </message>
    <message>
        <source>&amp;Adapter:</source>
        <translation>A&amp;daptateur :</translation>
    </message>
    <message>
        <source>Keep &apos;Recommended&apos; unless the UM vendor told you otherwise.</source>
        <translation>Gardez « Recommandé » sauf indication contraire du fournisseur UM.</translation>
    </message>
    <message>
        <source>Recommended adapter</source>
        <translation>Adaptateur recommandé</translation>
    </message>
    <message>
        <source>Recommended: {adapter}</source>
        <translation>Recommandé : {adapter}</translation>
    </message>
    <message>
        <source>Adapter: {adapter}
{reason}</source>
        <translation>Adaptateur : {adapter}
{reason}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>{host}, port {port}, {security}</source>
        <translation>{host}, port {port}, {security}</translation>
    </message>
    <message>
        <source>the connector, started in the background as this user; its log and status are kept in {folder}</source>
        <translation>le connecteur, démarré en arrière-plan sous cet utilisateur ; son journal et son état sont gardés dans {folder}</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adaptateur</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>Superuser</source>
        <translation>Superutilisateur</translation>
    </message>
    <message>
        <source>Voicemail boxes</source>
        <translation>Boîtes vocales</translation>
    </message>
    <message>
        <source>Spool folder</source>
        <translation>Dossier spool</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Fichier de configuration</translation>
    </message>
    <message>
        <source>Password kept in</source>
        <translation>Mot de passe gardé dans</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Press Apply to write the configuration, keep the password and start the connector.</source>
        <translation>Appuyez sur « Appliquer » pour écrire la configuration, garder le mot de passe et démarrer le connecteur.</translation>
    </message>
    <message>
        <source>What will be set up</source>
        <translation>Ce qui sera installé</translation>
    </message>
    <message>
        <source>Sa&amp;ve answers…</source>
        <translation>&amp;Enregistrer les réponses…</translation>
    </message>
    <message>
        <source>Keep these answers as an answer file (TOML, no password) to fill the wizard in next time, or for &apos;umconnect apply&apos; on another computer.</source>
        <translation>Garder ces réponses dans un fichier de réponses (TOML, sans mot de passe) pour remplir l&apos;assistant la prochaine fois, ou pour « umconnect apply » sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Enregistrer les réponses</translation>
    </message>
    <message>
        <source>Answer files (*.toml)</source>
        <translation>Fichiers de réponses (*.toml)</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Réponses non enregistrées</translation>
    </message>
    <message>
        <source>{path} could not be written: {error}. Choose another folder.</source>
        <translation>{path} n&apos;a pas pu être écrit : {error}. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Voicemail boxes</source>
        <translation>Boîtes vocales</translation>
    </message>
    <message>
        <source>Where the UM system keeps voicemail, and which box belongs to which mailbox.</source>
        <translation>Où le système UM range les messages vocaux, et quelle boîte vocale correspond à quelle boîte aux lettres.</translation>
    </message>
    <message>
        <source>e.g. /var/spool/asterisk/voicemail</source>
        <translation>par ex. /var/spool/asterisk/voicemail</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Spool folder</source>
        <translation>Dossier spool</translation>
    </message>
    <message>
        <source>The folder where the UM system keeps voicemail, one folder per context inside.</source>
        <translation>Le dossier où le système UM range les messages vocaux, avec un dossier par contexte.</translation>
    </message>
    <message>
        <source>Browse for the spool folder</source>
        <translation>Parcourir pour le dossier spool</translation>
    </message>
    <message>
        <source>Voicemail box</source>
        <translation>Boîte vocale</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Mail login</source>
        <translation>Identifiant de messagerie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>UM users</source>
        <translation>Utilisateurs UM</translation>
    </message>
    <message>
        <source>One row per voicemail box: its number, context, the mailbox login it is kept in step with, and the user&apos;s name.</source>
        <translation>Une ligne par boîte vocale : son numéro, son contexte, l&apos;identifiant de la boîte aux lettres tenue à jour avec elle, et le nom de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>A&amp;dd box</source>
        <translation>A&amp;jouter une boîte</translation>
    </message>
    <message>
        <source>Re&amp;move box</source>
        <translation>&amp;Retirer la boîte</translation>
    </message>
    <message>
        <source>The connection test writes and removes one message in this mailbox.</source>
        <translation>Le test de connexion écrit puis supprime un message dans cette boîte aux lettres.</translation>
    </message>
    <message>
        <source>&amp;Spool folder:</source>
        <translation>&amp;Dossier spool :</translation>
    </message>
    <message>
        <source>&amp;Test with mailbox:</source>
        <translation>&amp;Boîte de test :</translation>
    </message>
    <message>
        <source>&amp;UM users:</source>
        <translation>&amp;Utilisateurs UM :</translation>
    </message>
    <message>
        <source>Voicemail spool</source>
        <translation>Spool de messagerie vocale</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Connect voicemail to the mail server</source>
        <extracomment>Known IMAP settings of hosted services, filled in and locked until &quot;Edit&quot;.</extracomment>
        <translation>Relier la messagerie vocale au serveur de messagerie</translation>
    </message>
    <message>
        <source>This wizard sets up the IMAP connector, tests it live and starts it. It takes about five minutes.</source>
        <translation>Cet assistant installe le connecteur IMAP, le teste en direct et le démarre. Cela prend environ cinq minutes.</translation>
    </message>
    <message>
        <source>Have at hand:
  •  the mail server&apos;s name or address, and its IMAP port
  •  the superuser account (NPUMAdmin) that may open every UM user&apos;s mailbox, and its password
  •  the voicemail boxes to connect, and one user&apos;s mailbox to test with

Nothing is changed on this computer or the server until you press Apply on the summary page.</source>
        <translation>Ayez sous la main :
  •  le nom ou l&apos;adresse du serveur de messagerie, et son port IMAP
  •  le compte superutilisateur (NPUMAdmin) qui peut ouvrir la boîte aux lettres de chaque utilisateur UM, et son mot de passe
  •  les boîtes vocales à relier, et la boîte aux lettres d&apos;un utilisateur pour le test

Rien n&apos;est modifié sur cet ordinateur ni sur le serveur avant que vous n&apos;appuyiez sur « Appliquer » à la page de résumé.</translation>
    </message>
    <message>
        <source>&amp;Load answers…</source>
        <translation>&amp;Charger des réponses…</translation>
    </message>
    <message>
        <source>Fill the wizard from a prepared answer file (TOML, no passwords).</source>
        <translation>Remplir l&apos;assistant depuis un fichier de réponses préparé (TOML, sans mots de passe).</translation>
    </message>
    <message>
        <source>Demo mode: a demo mail server runs on this computer (127.0.0.1, port {port}) with the superuser &apos;{su}&apos; (password &apos;{pw}&apos;) and the users alice and bob. Everything is filled in; press Next to walk through. The demo server stops when the wizard closes.</source>
        <translation>Mode démo : un serveur de messagerie de démonstration tourne sur cet ordinateur (127.0.0.1, port {port}) avec le superutilisateur « {su} » (mot de passe « {pw} ») et les utilisateurs alice et bob. Tout est rempli ; appuyez sur « Suivant » pour parcourir. Le serveur de démo s&apos;arrête à la fermeture de l&apos;assistant.</translation>
    </message>
    <message>
        <source>Load answers</source>
        <translation>Charger des réponses</translation>
    </message>
    <message>
        <source>Answer files (*.toml)</source>
        <translation>Fichiers de réponses (*.toml)</translation>
    </message>
    <message>
        <source>Answer file not loaded</source>
        <translation>Fichier de réponses non chargé</translation>
    </message>
</context>
</TS>
