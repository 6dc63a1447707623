<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Keeping the superuser&apos;s {kind} in {store}…</source>
        <translation>Enregistrement du secret du superutilisateur ({kind}) dans {store}…</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>Écriture de {path}…</translation>
    </message>
    <message>
        <source>The configuration could not be written to {path}: {error}. Check that the folder is writable.</source>
        <translation>Impossible d&apos;écrire la configuration dans {path}&#xa0;: {error}. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Starting the service of the {adapter}…</source>
        <translation>Démarrage du service ({adapter})…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
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
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une adresse e-mail. Saisissez-en une comme alice@example.com.</translation>
    </message>
    <message>
        <source>the answer is not XML</source>
        <translation>la réponse n&apos;est pas du XML</translation>
    </message>
    <message>
        <source>the answer declares a document type, which Autodiscover never does; it was not read</source>
        <translation>la réponse déclare un type de document, ce que Autodiscover ne fait jamais&#xa0;; elle n&apos;a pas été lue</translation>
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
        <translation>la recherche a échoué&#xa0;: {error}</translation>
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
        <translation>le domaine indique qu&apos;il n&apos;offre pas ce service (cible «&#xa0;.&#xa0;»)</translation>
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
        <translation>le domaine indique qu&apos;il n&apos;offre pas Autodiscover (cible «&#xa0;.&#xa0;»)</translation>
    </message>
    <message>
        <source>Exchange Autodiscover at {url}</source>
        <translation>Exchange Autodiscover à {url}</translation>
    </message>
    <message>
        <source>redirects to {url}, which is not https; not followed</source>
        <translation>redirige vers {url}, qui n&apos;est pas en https&#xa0;; non suivi</translation>
    </message>
    <message>
        <source>redirects to {url}</source>
        <translation>redirige vers {url}</translation>
    </message>
    <message>
        <source>asks for a login (HTTP 401): this Autodiscover service needs credentials, which this search does not send. Enter the server by hand, or ask the mail administrator for it.</source>
        <translation>demande une connexion (HTTP 401)&#xa0;: ce service Autodiscover exige des identifiants, que cette recherche n&apos;envoie pas. Saisissez le serveur à la main ou demandez-le à l&apos;administrateur de la messagerie.</translation>
    </message>
    <message>
        <source>answered HTTP {status} {reason}: no Autodiscover here</source>
        <translation>a répondu HTTP {status} {reason}&#xa0;: pas d&apos;Autodiscover ici</translation>
    </message>
    <message>
        <source>{problem} (Content-Type: {type})</source>
        <translation>{problem} (Content-Type&#xa0;: {type})</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>aucun indiqué</translation>
    </message>
    <message>
        <source>Autodiscover answered with an error: {error}</source>
        <translation>Autodiscover a répondu par une erreur&#xa0;: {error}</translation>
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
        <translation>indique «&#xa0;{host}&#xa0;», qui n&apos;est pas un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>not an https address; not asked</source>
        <translation>pas une adresse https&#xa0;; non interrogée</translation>
    </message>
    <message>
        <source>the address has a bad port number</source>
        <translation>l&apos;adresse a un numéro de port incorrect</translation>
    </message>
    <message>
        <source>the answer is larger than {size} KiB; not read</source>
        <translation>la réponse dépasse {size} Kio&#xa0;; non lue</translation>
    </message>
    <message>
        <source>no answer within {seconds:g} s</source>
        <translation>pas de réponse en {seconds:g} s</translation>
    </message>
    <message>
        <source>its certificate is not trusted: {reason}</source>
        <translation>son certificat n&apos;est pas approuvé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the TLS handshake failed: {reason}</source>
        <translation>la négociation TLS a échoué&#xa0;: {reason}</translation>
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
        <translation>la connexion a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of seconds</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>must be more than 0 seconds, not {value}</source>
        <translation>doit dépasser 0 seconde, pas {value}</translation>
    </message>
    <message>
        <source>{path} has {n} problem(s):</source>
        <translation>{path} présente {n} problème(s)&#xa0;:</translation>
    </message>
    <message>
        <source>The {kind} of {su} for {host}: </source>
        <translation>Secret ({kind}) de {su} pour {host}&#xa0;: </translation>
    </message>
    <message>
        <source>No {kind} for the superuser {su}. Set {env} or run this command at a terminal to be asked.</source>
        <translation>Il manque au superutilisateur {su}&#xa0;: {kind}. Définissez {env} ou exécutez cette commande dans un terminal pour qu&apos;on vous le demande.</translation>
    </message>
    <message>
        <source>Adapter: {adapter} — {reason}</source>
        <translation>Adaptateur&#xa0;: {adapter} — {reason}</translation>
    </message>
    <message>
        <source>(acknowledged)</source>
        <translation>(accepté)</translation>
    </message>
    <message>
        <source>Warnings must be acknowledged: add their keys to &apos;acknowledged&apos; in the answer file ({keys}).</source>
        <translation>Les avertissements doivent être acceptés&#xa0;: ajoutez leurs clés à «&#xa0;acknowledged&#xa0;» dans le fichier de réponses ({keys}).</translation>
    </message>
    <message>
        <source>Apply failed at &apos;store&apos;: {error}</source>
        <translation>L&apos;application a échoué à l&apos;étape «&#xa0;store&#xa0;»&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Apply failed at &apos;{step}&apos;: {error}</source>
        <translation>L&apos;application a échoué à l&apos;étape «&#xa0;{step}&#xa0;»&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Configuration: {path}</source>
        <translation>Configuration&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Password kept in: {store} ({ref})</source>
        <translation>Mot de passe conservé dans&#xa0;: {store} ({ref})</translation>
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
        <source>Synchronising voicemail</source>
        <translation>Synchronisation de la messagerie vocale</translation>
    </message>
    <message>
        <source>Sync failed: {error}</source>
        <translation>Échec de la synchronisation&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Service definition: {path}</source>
        <translation>Définition du service&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Service started.</source>
        <translation>Service démarré.</translation>
    </message>
    <message>
        <source>Service uninstalled; its journal stays in {path}.</source>
        <translation>Service désinstallé&#xa0;; son journal reste dans {path}.</translation>
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
        <source>--user: &apos;{login}&apos; is not a UM user in {path}. Use one of: {logins}.</source>
        <translation>--user&#xa0;: &apos;{login}&apos; n&apos;est pas un utilisateur UM dans {path}. Utilisez l&apos;un de&#xa0;: {logins}.</translation>
    </message>
    <message>
        <source>Cannot read {user}&apos;s mailbox: {error} {remedy}</source>
        <translation>Impossible de lire la boîte aux lettres de {user}&#xa0;: {error} {remedy}</translation>
    </message>
    <message>
        <source>Speech written to {path}</source>
        <translation>Synthèse vocale écrite dans {path}</translation>
    </message>
    <message>
        <source>Demo IMAP server on {host}:{port} (STARTTLS), CA file {ca}</source>
        <translation>Serveur IMAP de démonstration sur {host}:{port} (STARTTLS), fichier CA {ca}</translation>
    </message>
    <message>
        <source>Superuser {su} / {pw}; users: {users}</source>
        <translation>Superutilisateur {su} / {pw}&#xa0;; utilisateurs&#xa0;: {users}</translation>
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
        <translation>où écrire la configuration (par défaut&#xa0;: %(default)s)</translation>
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
        <source>install or upgrade the system service and start it</source>
        <translation>installer ou mettre à niveau le service système et le démarrer</translation>
    </message>
    <message>
        <source>start the system service</source>
        <translation>démarrer le service système</translation>
    </message>
    <message>
        <source>remove the system service</source>
        <translation>supprimer le service système</translation>
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
        <translation>la configuration (par défaut&#xa0;: %(default)s)</translation>
    </message>
    <message>
        <source>print the status as JSON</source>
        <translation>afficher l&apos;état en JSON</translation>
    </message>
    <message>
        <source>install into this system image instead of this computer (Linux)</source>
        <translation>installer dans cette image système au lieu de cet ordinateur (Linux)</translation>
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
        <source>a user&apos;s new emails, to read aloud</source>
        <translation>les nouveaux e-mails d&apos;un utilisateur, à lire à voix haute</translation>
    </message>
    <message>
        <source>the UM user&apos;s mail login</source>
        <translation>l&apos;identifiant de messagerie de l&apos;utilisateur UM</translation>
    </message>
    <message>
        <source>speak it into this WAV file (espeak-ng)</source>
        <translation>le prononcer dans ce fichier WAV (espeak-ng)</translation>
    </message>
    <message>
        <source>espeak-ng voice, e.g. en-us or de</source>
        <translation>voix espeak-ng, par ex. en-us ou fr</translation>
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
        <translation>{where} vaut «&#xa0;{value}&#xa0;»&#xa0;; utilisez l&apos;une de ces valeurs&#xa0;: {choices}.</translation>
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
        <translation>{where} contient un ou des réglages inconnus&#xa0;: {names}. Vérifiez l&apos;orthographe d&apos;après le format documenté.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>schema_version {found} is not supported; this version of umconnect reads {ours}.</source>
        <translation>schema_version {found} n&apos;est pas prise en charge&#xa0;; cette version d&apos;umconnect lit {ours}.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {error}.</source>
        <translation>{path} n&apos;est pas du TOML valide&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text; save it as UTF-8.</source>
        <translation>{path} n&apos;est pas du texte UTF-8&#xa0;; enregistrez-le en UTF-8.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}.</source>
        <translation>{path} ne peut pas être lu&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Unexpected problem: {error}</source>
        <translation>Problème inattendu&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The server refused {n} voicemail(s)</source>
        <translation>Le serveur a refusé {n} message(s) vocal(aux)</translation>
    </message>
    <message>
        <source>Check the mailbox&apos;s quota and the server&apos;s size limit; the service tries again.</source>
        <translation>Vérifiez le quota de la boîte aux lettres et la taille maximale du serveur&#xa0;; le service réessaie.</translation>
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
        <translation>Vérifiez le réglage du spool dans la configuration et que le PBX y range les messages vocaux&#xa0;; le service continue de chercher.</translation>
    </message>
    <message>
        <source>The server refused a request on {user}&apos;s mailbox</source>
        <translation>Le serveur a refusé une requête sur la boîte aux lettres de {user}</translation>
    </message>
    <message>
        <source>Check the superuser&apos;s rights on the mailbox; the service tries again.</source>
        <translation>Vérifiez les droits du superutilisateur sur la boîte aux lettres&#xa0;; le service réessaie.</translation>
    </message>
    <message>
        <source>Gave up: the server is too slow</source>
        <translation>Abandon&#xa0;: le serveur est trop lent</translation>
    </message>
    <message>
        <source>The exchange took longer than the time limit; the service tries again.</source>
        <translation>L&apos;échange a dépassé la limite de temps&#xa0;; le service réessaie.</translation>
    </message>
    <message>
        <source>The connection to the server was interrupted</source>
        <translation>La connexion au serveur a été interrompue</translation>
    </message>
    <message>
        <source>The service tries again; if this keeps happening, check the network and the server&apos;s log.</source>
        <translation>Le service réessaie&#xa0;; si cela se répète, vérifiez le réseau et le journal du serveur.</translation>
    </message>
    <message>
        <source>Retrying with back-off.</source>
        <translation>Nouvel essai avec délai croissant.</translation>
    </message>
    <message>
        <source>The server refused the access token for {user}</source>
        <translation>Le serveur a refusé le jeton d&apos;accès pour {user}</translation>
    </message>
    <message>
        <source>Check that the application may open {user}&apos;s mailbox.</source>
        <translation>Vérifiez que l&apos;application peut ouvrir la boîte aux lettres de {user}.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Run the test again when ready.</source>
        <translation>Relancez le test quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Names: {names}</source>
        <translation>Noms&#xa0;: {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Chain: {chain} certificates, {sent} sent by the server</source>
        <translation>Chaîne&#xa0;: {chain} certificats, {sent} envoyés par le serveur</translation>
    </message>
    <message>
        <source>Certificates sent by the server: {n}</source>
        <translation>Certificats envoyés par le serveur&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Sujet&#xa0;: {subject}</translation>
    </message>
    <message>
        <source>Issuer: {issuer}</source>
        <translation>Émetteur&#xa0;: {issuer}</translation>
    </message>
    <message>
        <source>Valid from: {when}</source>
        <translation>Valide à partir du&#xa0;: {when}</translation>
    </message>
    <message>
        <source>Valid until: {when} (days left: {days})</source>
        <translation>Valide jusqu&apos;au&#xa0;: {when} (jours restants&#xa0;: {days})</translation>
    </message>
    <message>
        <source>SHA-256: {fp}</source>
        <translation>SHA-256&#xa0;: {fp}</translation>
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
        <translation>Approuvé&#xa0;: {expected}
Serveur&#xa0;:  {actual}</translation>
    </message>
    <message>
        <source>The server offers only {version}</source>
        <translation>Le serveur ne propose que {version}</translation>
    </message>
    <message>
        <source>Enable TLS 1.2 on the mail server: this program needs TLS 1.2 or newer, and {version} is no longer safe. On Exchange 2010 or 2013 on Windows, install the current updates and enable TLS 1.2 in SCHANNEL.</source>
        <translation>Activez TLS 1.2 sur le serveur de messagerie&#xa0;: ce programme exige TLS 1.2 ou plus récent, et {version} n&apos;est plus sûr. Sur Exchange 2010 ou 2013 sous Windows, installez les mises à jour actuelles et activez TLS 1.2 dans SCHANNEL.</translation>
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
        <translation>Le serveur n&apos;offre pas la renégociation sécurisée (RFC 5746) exigée par ce programme. Mettez à jour le logiciel TLS du serveur de messagerie&#xa0;; sous Windows, installez les mises à jour actuelles.</translation>
    </message>
    <message>
        <source>The server did not answer with TLS</source>
        <translation>Le serveur n&apos;a pas répondu en TLS</translation>
    </message>
    <message>
        <source>This port does not speak TLS: choose STARTTLS or plain text for this port, or use the server&apos;s TLS port (usually 993).</source>
        <translation>Ce port ne parle pas TLS&#xa0;: choisissez STARTTLS ou le texte en clair pour ce port, ou utilisez le port TLS du serveur (en général 993).</translation>
    </message>
    <message>
        <source>Server offers only an outdated TLS version</source>
        <translation>Le serveur ne propose qu&apos;une version de TLS dépassée</translation>
    </message>
    <message>
        <source>Enable TLS 1.2 or newer on the mail server; TLS 1.0 and 1.1 are no longer safe.</source>
        <translation>Activez TLS 1.2 ou plus récent sur le serveur de messagerie&#xa0;; TLS 1.0 et 1.1 ne sont plus sûrs.</translation>
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
        <translation>Vérification&#xa0;: {reason}</translation>
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
        <translation>Le certificat n&apos;est valide qu&apos;à partir du {date}. Vérifiez la date et l&apos;heure de cet ordinateur et du serveur&#xa0;; si elles sont justes, demandez à l&apos;administrateur un certificat valide dès maintenant.</translation>
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
        <translation>Le serveur a signé lui-même son certificat&#xa0;; aucune autorité ne s&apos;en porte garante. Demandez à l&apos;administrateur un certificat d&apos;une autorité, ou approuvez celui-ci par son empreinte.</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>The server may not send its intermediate certificate; ask the administrator to install the full chain, or add the authority&apos;s CA file ({issuer}), or trust this certificate.</source>
        <translation>Le serveur n&apos;envoie peut-être pas son certificat intermédiaire&#xa0;; demandez à l&apos;administrateur d&apos;installer la chaîne complète, ajoutez le fichier CA de l&apos;autorité ({issuer}), ou approuvez ce certificat.</translation>
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
        <translation>Le serveur a envoyé une ligne de plus de 1 Mo</translation>
    </message>
    <message>
        <source>No IMAP answer is that long ({when}). Check that this port belongs to the IMAP server, and show the transcript to its administrator.</source>
        <translation>Aucune réponse IMAP n&apos;est aussi longue ({when}). Vérifiez que ce port appartient au serveur IMAP, et montrez la transcription à son administrateur.</translation>
    </message>
    <message>
        <source>The server hung up: {reason}</source>
        <translation>Le serveur a raccroché&#xa0;: {reason}</translation>
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
        <translation>«&#xa0;{host}&#xa0;» est introuvable dans le DNS. Vérifiez l&apos;orthographe, ou saisissez l&apos;adresse IP du serveur.</translation>
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
        <translation>Aucun message d&apos;accueil IMAP n&apos;est aussi long&#xa0;: ce qui répond sur le port {port} n&apos;est pas un serveur IMAP en état de marche. Vérifiez le numéro de port.</translation>
    </message>
    <message>
        <source>Server refused the connection: {reason}</source>
        <translation>Le serveur a refusé la connexion&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The server said goodbye before any login. If it names too many connections, close other programs connected to it from this computer or wait a minute; otherwise show its message to the server administrator.</source>
        <translation>Le serveur a dit au revoir avant toute connexion. S&apos;il parle de trop de connexions, fermez les autres programmes connectés à lui depuis cet ordinateur ou attendez une minute&#xa0;; sinon montrez son message à l&apos;administrateur du serveur.</translation>
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
        <translation>Le port {port} ne parle pas IMAP. Les serveurs IMAP écoutent sur le port 993 (TLS) ou 143 (STARTTLS)&#xa0;; vérifiez le numéro de port.</translation>
    </message>
    <message>
        <source>Port {port} belongs to a web server, which sent no IMAP greeting but answered a web request. IMAP servers listen on port 993 (TLS) or 143 (STARTTLS); check the port number.</source>
        <translation>Le port {port} appartient à un serveur web, qui n&apos;a envoyé aucun accueil IMAP mais a répondu à une requête web. Les serveurs IMAP écoutent sur le port 993 (TLS) ou 143 (STARTTLS)&#xa0;; vérifiez le numéro de port.</translation>
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
        <translation>Utilisez TLS ou STARTTLS&#xa0;: le serveur désactive LOGIN sans chiffrement.</translation>
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
        <source>The server does not offer OAuth 2.0 sign-in</source>
        <translation>Le serveur ne propose pas la connexion OAuth 2.0</translation>
    </message>
    <message>
        <source>It lists no AUTH=XOAUTH2. Check the server address: Office 365 is outlook.office365.com and Google is imap.gmail.com, both on port 993 with TLS.</source>
        <translation>Il n&apos;annonce pas AUTH=XOAUTH2. Vérifiez l&apos;adresse du serveur&#xa0;: Office 365 est outlook.office365.com et Google est imap.gmail.com, tous deux sur le port 993 avec TLS.</translation>
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
        <translation>Choisissez TLS (en général port 993) au lieu de {chosen} pour le port {port}&#xa0;: ce port n&apos;envoie son accueil qu&apos;après une négociation TLS.</translation>
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
        <translation>Exchange exige la forme de connexion DOMAIN\superuser\alias&#xa0;: choisissez-la pour le superutilisateur.</translation>
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
        <translation>Vérifiez que {su} est l&apos;adresse complète du compte Google et que le mot de passe est juste&#xa0;; avec la validation en deux étapes, utilisez un mot de passe d&apos;application.</translation>
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
        <translation>Vérifiez le nom et le mot de passe du superutilisateur, et que {su} peut ouvrir les boîtes aux lettres des autres utilisateurs (forme de connexion&#xa0;: {form}).</translation>
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
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>OAuth 2.0 app registration (Office 365)</source>
        <translation>Inscription d&apos;application OAuth 2.0 (Office 365)</translation>
    </message>
    <message>
        <source>OAuth 2.0 service account (Google Workspace)</source>
        <translation>Compte de service OAuth 2.0 (Google Workspace)</translation>
    </message>
    <message>
        <source>As the server offers (NTLM first)</source>
        <translation>Selon l&apos;offre du serveur (NTLM d&apos;abord)</translation>
    </message>
    <message>
        <source>NTLM (Windows sign-in)</source>
        <translation>NTLM (connexion Windows)</translation>
    </message>
    <message>
        <source>Basic (password over TLS)</source>
        <translation>Basic (mot de passe sur TLS)</translation>
    </message>
    <message>
        <source>Number of UM users</source>
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
        <translation>«&#xa0;{value}&#xa0;» n&apos;est ni un nom d&apos;hôte ni une adresse IP.</translation>
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
        <translation>la version «&#xa0;{value}&#xa0;» est inconnue.</translation>
    </message>
    <message>
        <source>Use one of {choices}, or leave it empty for the connection test to read it.</source>
        <translation>Utilisez l&apos;une de {choices}, ou laissez vide pour que le test de connexion la lise.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither DOMAIN\account nor account@domain.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est ni DOMAIN\account ni account@domain.</translation>
    </message>
    <message>
        <source>Enter it as EXAMPLE\NPUMAdmin or npumadmin@example.com.</source>
        <translation>Saisissez-le sous la forme EXAMPLE\NPUMAdmin ou npumadmin@example.com.</translation>
    </message>
    <message>
        <source>EWS address of {host}</source>
        <translation>Adresse EWS de {host}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an https:// address.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une adresse https://.</translation>
    </message>
    <message>
        <source>Enter e.g. https://ex01.example.com/EWS/Exchange.asmx, or leave it empty for Autodiscover to find it.</source>
        <translation>Saisissez par ex. https://ex01.example.com/EWS/Exchange.asmx, ou laissez vide pour qu&apos;Autodiscover la trouve.</translation>
    </message>
    <message>
        <source>Autodiscover address</source>
        <translation>Adresse Autodiscover</translation>
    </message>
    <message>
        <source>Enter e.g. https://autodiscover.example.com/autodiscover/autodiscover.xml, or leave it empty to try the standard ones.</source>
        <translation>Saisissez par ex. https://autodiscover.example.com/autodiscover/autodiscover.xml, ou laissez vide pour essayer les adresses standard.</translation>
    </message>
    <message>
        <source>Choose the PEM file of the authority that signed Exchange&apos;s certificate, or leave the field empty.</source>
        <translation>Choisissez le fichier PEM de l&apos;autorité qui a signé le certificat d&apos;Exchange, ou laissez le champ vide.</translation>
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
        <translation>Saisissez seulement le nom, sans «&#xa0;imap://&#xa0;», chemin ni espaces.</translation>
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
        <translation>«&#xa0;{value}&#xa0;» est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; does not exist.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;existe pas.</translation>
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
        <translation>la boîte vocale «&#xa0;{value}&#xa0;» n&apos;est pas un numéro de boîte.</translation>
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
        <translation>«&#xa0;{value}&#xa0;» ne fait pas partie des utilisateurs UM.</translation>
    </message>
    <message>
        <source>Pick the test mailbox from the UM user list.</source>
        <translation>Choisissez la boîte de test dans la liste des utilisateurs UM.</translation>
    </message>
    <message>
        <source>Directory (tenant) ID</source>
        <translation>ID de l&apos;annuaire (tenant)</translation>
    </message>
    <message>
        <source>Copy it from the app registration&apos;s Overview page in the Microsoft Entra admin center.</source>
        <translation>Copiez-le depuis la page Vue d&apos;ensemble de l&apos;inscription d&apos;application dans le centre d&apos;administration Microsoft Entra.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither a GUID nor a domain name.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est ni un GUID ni un nom de domaine.</translation>
    </message>
    <message>
        <source>Use the GUID from the app registration&apos;s Overview page, or the tenant&apos;s name such as contoso.onmicrosoft.com.</source>
        <translation>Utilisez le GUID de la page Vue d&apos;ensemble de l&apos;inscription d&apos;application, ou le nom du tenant, par ex. contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID d&apos;application (client)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a GUID.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un GUID.</translation>
    </message>
    <message>
        <source>Copy the Application (client) ID from the app registration&apos;s Overview page.</source>
        <translation>Copiez l&apos;ID d&apos;application (client) depuis la page Vue d&apos;ensemble de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>Certificate thumbprint</source>
        <translation>Empreinte du certificat</translation>
    </message>
    <message>
        <source>is not 40 hexadecimal digits.</source>
        <translation>ne compte pas 40 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>Copy the thumbprint shown under Certificates &amp; secrets, Certificates, in the app registration.</source>
        <translation>Copiez l&apos;empreinte affichée sous Certificats &amp; secrets, Certificats, dans l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>Service account key</source>
        <translation>Clé du compte de service</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>manque.</translation>
    </message>
    <message>
        <source>Choose the service account&apos;s JSON key file.</source>
        <translation>Choisissez le fichier de clé JSON du compte de service.</translation>
    </message>
    <message>
        <source>Token service authority file</source>
        <translation>Fichier de l&apos;autorité du service de jetons</translation>
    </message>
    <message>
        <source>Choose the PEM file of the authority that signed the token service&apos;s certificate, or leave the field empty.</source>
        <translation>Choisissez le fichier PEM de l&apos;autorité qui a signé le certificat du service de jetons, ou laissez le champ vide.</translation>
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
        <source>{value:g} is out of range.</source>
        <translation>{value:g} est hors limites.</translation>
    </message>
    <message>
        <source>Use a value between {low:g} and {high:g}.</source>
        <translation>Utilisez une valeur entre {low:g} et {high:g}.</translation>
    </message>
    <message>
        <source>Mailbox check interval (s)</source>
        <translation>Intervalle de vérification des boîtes aux lettres (s)</translation>
    </message>
    <message>
        <source>Maximum connections</source>
        <translation>Nombre maximal de connexions</translation>
    </message>
    <message>
        <source>Longest retry interval (s)</source>
        <translation>Plus long délai entre deux tentatives (s)</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>Règle de suppression</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a policy.</source>
        <translation>&apos;{value}&apos; n&apos;est pas une règle valide.</translation>
    </message>
    <message>
        <source>Use one of: {choices}.</source>
        <translation>Utilisez l&apos;une de&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>Trash folder</source>
        <translation>Dossier corbeille</translation>
    </message>
    <message>
        <source>Name the mail folder deleted voicemail goes to, e.g. Trash or Deleted Items.</source>
        <translation>Indiquez le dossier de messagerie où vont les messages vocaux supprimés, par ex. Trash ou Éléments supprimés.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; does not exist on this computer.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;existe pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Check the path; the UM system&apos;s voicemail folder must be reachable from here.</source>
        <translation>Vérifiez le chemin&#xa0;; le dossier de messagerie vocale du système UM doit être accessible d&apos;ici.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a file, not a folder.</source>
        <translation>«&#xa0;{value}&#xa0;» est un fichier, pas un dossier.</translation>
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
        <translation>{done} étapes réussies sur {total}</translation>
    </message>
    <message>
        <source>{count} — the test was cancelled</source>
        <translation>{count} — le test a été annulé</translation>
    </message>
    <message>
        <source>{count} — with {n} warning(s): {first}</source>
        <translation>{count} — avec {n} avertissement(s)&#xa0;: {first}</translation>
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
        <translation>Que faire&#xa0;: {remedy}</translation>
    </message>
    <message>
        <source>Protocol transcript (passwords hidden):</source>
        <translation>Transcription du protocole (mots de passe masqués)&#xa0;:</translation>
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
        <translation>Chiffrement&#xa0;: {cipher}
Sujet&#xa0;: {subject}
Émetteur&#xa0;: {issuer}
Expire&#xa0;: {expires} ({days} jours restants)
SHA-256&#xa0;: {fp}</translation>
    </message>
    <message>
        <source>Certificate expires in {n} days</source>
        <translation>Le certificat expire dans {n} jours</translation>
    </message>
    <message>
        <source>Ask the server administrator to renew it soon: the service stops when it expires.</source>
        <translation>Demandez à l&apos;administrateur du serveur de le renouveler bientôt&#xa0;: le service s&apos;arrête à son expiration.</translation>
    </message>
    <message>
        <source>Look up {host}</source>
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
        <source>Microsoft Entra ID</source>
        <translation>Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Access token from {provider}</source>
        <translation>Jeton d&apos;accès de {provider}</translation>
    </message>
    <message>
        <source>OAuth 2.0 sign-in to {user}&apos;s mailbox</source>
        <translation>Connexion OAuth 2.0 à la boîte aux lettres de {user}</translation>
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
        <translation>Les mots de passe traverseront le réseau en clair&#xa0;; utilisez TLS si le serveur le propose.</translation>
    </message>
    <message>
        <source>Login methods: {methods}</source>
        <translation>Méthodes de connexion&#xa0;: {methods}</translation>
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
        <source>Token for the application, valid {n} min</source>
        <translation>Jeton pour l&apos;application, valable {n} min</translation>
    </message>
    <message>
        <source>Application: {app}
Tenant: {tenant}
Roles: {roles}
Renewed automatically before it expires.</source>
        <translation>Application&#xa0;: {app}
Tenant&#xa0;: {tenant}
Rôles&#xa0;: {roles}
Renouvelé automatiquement avant son expiration.</translation>
    </message>
    <message>
        <source>Token for {user}, valid {n} min</source>
        <translation>Jeton pour {user}, valable {n} min</translation>
    </message>
    <message>
        <source>Service account: {sa}
Scope: https://mail.google.com/
Renewed automatically before it expires.</source>
        <translation>Compte de service&#xa0;: {sa}
Étendue&#xa0;: https://mail.google.com/
Renouvelé automatiquement avant son expiration.</translation>
    </message>
    <message>
        <source>Signed in to {user}&apos;s mailbox with XOAUTH2</source>
        <translation>Connecté à la boîte aux lettres de {user} avec XOAUTH2</translation>
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
        <translation>Ouverte&#xa0;: {n} message(s)</translation>
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
        <translation>Dossiers listés&#xa0;: {n}</translation>
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
        <translation>{use}&#xa0;: introuvable</translation>
    </message>
    <message>
        <source>{use}: &apos;{name}&apos;, marked {mark} by the server</source>
        <translation>{use}&#xa0;: «&#xa0;{name}&#xa0;», marqué {mark} par le serveur</translation>
    </message>
    <message>
        <source>{use}: &apos;{name}&apos;, found by its name (not marked)</source>
        <translation>{use}&#xa0;: «&#xa0;{name}&#xa0;», trouvé par son nom (non marqué)</translation>
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
        <translation>La boîte aux lettres de {user} dépasse son quota&#xa0;; aucun message vocal ne peut y être déposé. Libérez de la place ou augmentez son quota.</translation>
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
        <translation>Message-ID&#xa0;: {id}</translation>
    </message>
    <message>
        <source>The server rejected the message it offered to take at once</source>
        <translation>Le serveur a refusé le message qu&apos;il proposait d&apos;accepter sans attendre</translation>
    </message>
    <message>
        <source>It announces LITERAL+ (messages sent without waiting for its go-ahead) but refused one. Show the transcript to the server administrator.</source>
        <translation>Il annonce LITERAL+ (messages envoyés sans attendre son accord) mais en a refusé un. Montrez la transcription à l&apos;administrateur du serveur.</translation>
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
        <translation>FLAGS après la pose de \Flagged&#xa0;: ({flags})</translation>
    </message>
    <message>
        <source>\Flagged set and read back</source>
        <translation>\Flagged posé et relu</translation>
    </message>
    <message>
        <source>FLAGS: ({flags})</source>
        <translation>FLAGS&#xa0;: ({flags})</translation>
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
        <source>The server reported the test message (UID {uid}) expunged.</source>
        <translation>Le serveur a signalé la suppression définitive du message de test (UID {uid}).</translation>
    </message>
    <message>
        <source>No message with Message-ID {id} is left.</source>
        <translation>Il ne reste aucun message avec le Message-ID {id}.</translation>
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
        <translation>Trouvé par Message-ID&#xa0;: UID {uids}</translation>
    </message>
    <message>
        <source>Messages in the inbox: {before} before the test, {after} after.</source>
        <translation>Messages dans la boîte de réception&#xa0;: {before} avant le test, {after} après.</translation>
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
        <translation>UID {uid} supprimé&#xa0;; la boîte de réception est comme avant ({n} message(s))</translation>
    </message>
    <message>
        <source>IDLE: new mail is noticed at once.</source>
        <translation>IDLE&#xa0;: le nouveau courrier est remarqué aussitôt.</translation>
    </message>
    <message>
        <source>IDLE: not offered.</source>
        <translation>IDLE&#xa0;: non proposé.</translation>
    </message>
    <message>
        <source>CONDSTORE: only flags that changed are read again.</source>
        <translation>CONDSTORE&#xa0;: seuls les indicateurs modifiés sont relus.</translation>
    </message>
    <message>
        <source>CONDSTORE: not offered; each check reads the flags of every message.</source>
        <translation>CONDSTORE&#xa0;: non proposé&#xa0;; chaque vérification relit les indicateurs de tous les messages.</translation>
    </message>
    <message>
        <source>QRESYNC: after a reconnect, only what changed is read.</source>
        <translation>QRESYNC&#xa0;: après une reconnexion, seul ce qui a changé est lu.</translation>
    </message>
    <message>
        <source>QRESYNC: not offered; after a reconnect the whole inbox is compared.</source>
        <translation>QRESYNC&#xa0;: non proposé&#xa0;; après une reconnexion, toute la boîte de réception est comparée.</translation>
    </message>
    <message>
        <source>NOTIFY: changes in every folder arrive on one connection.</source>
        <translation>NOTIFY&#xa0;: les changements de tous les dossiers arrivent sur une seule connexion.</translation>
    </message>
    <message>
        <source>NOTIFY: not offered; each folder is watched on its own.</source>
        <translation>NOTIFY&#xa0;: non proposé&#xa0;; chaque dossier est surveillé séparément.</translation>
    </message>
    <message>
        <source>MOVE: deleting to Trash is one step.</source>
        <translation>MOVE&#xa0;: mettre à la corbeille se fait en une étape.</translation>
    </message>
    <message>
        <source>MOVE: not offered; deleting to Trash takes copy + delete.</source>
        <translation>MOVE&#xa0;: non proposé&#xa0;; mettre à la corbeille demande copie + suppression.</translation>
    </message>
    <message>
        <source>SPECIAL-USE: Trash and Sent are found by their marks, in any language.</source>
        <translation>SPECIAL-USE&#xa0;: Corbeille et Envoyés sont reconnus à leur marque, dans toutes les langues.</translation>
    </message>
    <message>
        <source>SPECIAL-USE: not offered; Trash and Sent are found by their names.</source>
        <translation>SPECIAL-USE&#xa0;: non proposé&#xa0;; Corbeille et Envoyés sont reconnus à leur nom.</translation>
    </message>
    <message>
        <source>UIDPLUS: the service removes exactly its own messages.</source>
        <translation>UIDPLUS&#xa0;: le service supprime exactement ses propres messages.</translation>
    </message>
    <message>
        <source>UIDPLUS: not offered; the test message could not be removed alone.</source>
        <translation>UIDPLUS&#xa0;: non proposé&#xa0;; le message de test n&apos;a pas pu être supprimé seul.</translation>
    </message>
    <message>
        <source>Without IDLE or NOTIFY the service polls every {n:g} s.</source>
        <translation>Sans IDLE ni NOTIFY, le service interroge toutes les {n:g} s.</translation>
    </message>
    <message>
        <source>No IDLE or NOTIFY: the service polls every {n:g} s</source>
        <translation>Ni IDLE ni NOTIFY&#xa0;: le service interroge toutes les {n:g} s</translation>
    </message>
    <message>
        <source>Changes in the mailbox reach the service only at each poll, up to {n:g} s late. Enable IDLE on the mail server if it can, or accept the delay.</source>
        <translation>Les changements de la boîte aux lettres n&apos;atteignent le service qu&apos;à chaque interrogation, jusqu&apos;à {n:g} s plus tard. Activez IDLE sur le serveur de messagerie si possible, ou acceptez le délai.</translation>
    </message>
    <message>
        <source>Offered: {names}</source>
        <translation>Proposé&#xa0;: {names}</translation>
    </message>
    <message>
        <source>not offered: {names}</source>
        <translation>non proposé&#xa0;: {names}</translation>
    </message>
    <message>
        <source>The test message was removed again.</source>
        <translation>Le message de test a été supprimé.</translation>
    </message>
    <message>
        <source>The test message (UID {uid}) may still be in {user}&apos;s inbox; delete it by hand.</source>
        <translation>Le message de test (UID {uid}) est peut-être encore dans la boîte de réception de {user}&#xa0;; supprimez-le à la main.</translation>
    </message>
    <message>
        <source>The test message is marked deleted; it goes at the next expunge.</source>
        <translation>Le message de test est marqué supprimé&#xa0;; il disparaîtra à la prochaine purge.</translation>
    </message>
    <message>
        <source>This message checks that voicemail can be written to this mailbox. It is deleted again at once.</source>
        <translation>Ce message vérifie que des messages vocaux peuvent être écrits dans cette boîte aux lettres. Il est supprimé aussitôt.</translation>
    </message>
    <message>
        <source>Autodiscover for {user}</source>
        <translation>Autodiscover pour {user}</translation>
    </message>
    <message>
        <source>Look up the EWS server</source>
        <translation>Trouver le serveur EWS</translation>
    </message>
    <message>
        <source>Connect to the EWS server</source>
        <translation>Se connecter au serveur EWS</translation>
    </message>
    <message>
        <source>EWS endpoint</source>
        <translation>Point de terminaison EWS</translation>
    </message>
    <message>
        <source>Superuser sign-in</source>
        <translation>Connexion du superutilisateur</translation>
    </message>
    <message>
        <source>Exchange version of every server</source>
        <translation>Version d&apos;Exchange de chaque serveur</translation>
    </message>
    <message>
        <source>Impersonate {user}</source>
        <translation>Emprunter l&apos;identité de {user}</translation>
    </message>
    <message>
        <source>Read {user}&apos;s inbox</source>
        <translation>Lire la boîte de réception de {user}</translation>
    </message>
    <message>
        <source>Write a test item</source>
        <translation>Écrire un élément de test</translation>
    </message>
    <message>
        <source>Remove the test item</source>
        <translation>Supprimer l&apos;élément de test</translation>
    </message>
    <message>
        <source>{host} is not known to the name service</source>
        <translation>{host} est inconnu du service de noms</translation>
    </message>
    <message>
        <source>Check the Exchange server&apos;s name; the gateway must resolve it through the domain&apos;s DNS.</source>
        <translation>Vérifiez le nom du serveur Exchange&#xa0;; la passerelle doit le résoudre par le DNS du domaine.</translation>
    </message>
    <message>
        <source>Connected to {address}:{port}</source>
        <translation>Connecté à {address}:{port}</translation>
    </message>
    <message>
        <source>Port {port} of {host} does not answer</source>
        <translation>Le port {port} de {host} ne répond pas</translation>
    </message>
    <message>
        <source>Check that Exchange&apos;s web site (IIS) runs and that no firewall blocks port {port} between this computer and Exchange.</source>
        <translation>Vérifiez que le site web d&apos;Exchange (IIS) fonctionne et qu&apos;aucun pare-feu ne bloque le port {port} entre cet ordinateur et Exchange.</translation>
    </message>
    <message>
        <source>The certificate of {host} is refused: {why}</source>
        <translation>Le certificat de {host} est refusé&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Choose the authority file (PEM) that signed Exchange&apos;s certificate on the Exchange servers page, or use the name the certificate was issued for.</source>
        <translation>Choisissez sur la page des serveurs Exchange le fichier de l&apos;autorité (PEM) qui a signé le certificat d&apos;Exchange, ou utilisez le nom pour lequel le certificat a été émis.</translation>
    </message>
    <message>
        <source>TLS with {host} failed</source>
        <translation>TLS avec {host} a échoué</translation>
    </message>
    <message>
        <source>Check that port {port} is Exchange&apos;s HTTPS port.</source>
        <translation>Vérifiez que le port {port} est le port HTTPS d&apos;Exchange.</translation>
    </message>
    <message>
        <source>Expires: {expires}
SHA-256: {fp}</source>
        <translation>Expire&#xa0;: {expires}
SHA-256&#xa0;: {fp}</translation>
    </message>
    <message>
        <source>{version}, certificate trusted</source>
        <translation>{version}, certificat approuvé</translation>
    </message>
    <message>
        <source>Found {url}</source>
        <translation>Trouvé&#xa0;: {url}</translation>
    </message>
    <message>
        <source>Autodiscover names {found}, not the typed {url}</source>
        <translation>Autodiscover indique {found}, et non l&apos;adresse saisie {url}</translation>
    </message>
    <message>
        <source>The gateway uses the typed address. Check which one is right; leave the field empty to use Autodiscover&apos;s.</source>
        <translation>La passerelle utilise l&apos;adresse saisie. Vérifiez laquelle est la bonne&#xa0;; laissez le champ vide pour utiliser celle d&apos;Autodiscover.</translation>
    </message>
    <message>
        <source>Confirms {url}</source>
        <translation>Confirme {url}</translation>
    </message>
    <message>
        <source>Autodiscover found nothing; the typed address is used</source>
        <translation>Autodiscover n&apos;a rien trouvé&#xa0;; l&apos;adresse saisie est utilisée</translation>
    </message>
    <message>
        <source>The gateway does not need Autodiscover when the EWS address is typed. Outlook and the UM system&apos;s other parts may, so tell the Exchange administrator.</source>
        <translation>La passerelle n&apos;a pas besoin d&apos;Autodiscover quand l&apos;adresse EWS est saisie. Outlook et les autres parties du système UM peuvent en avoir besoin&#xa0;: prévenez l&apos;administrateur Exchange.</translation>
    </message>
    <message>
        <source>Autodiscover found no EWS address for {user}</source>
        <translation>Autodiscover n&apos;a trouvé aucune adresse EWS pour {user}</translation>
    </message>
    <message>
        <source>Type the EWS address of each server on the Exchange servers page (https://&lt;server&gt;/EWS/Exchange.asmx), or give the Autodiscover address the Exchange administrator uses.</source>
        <translation>Saisissez l&apos;adresse EWS de chaque serveur sur la page des serveurs Exchange (https://&lt;server&gt;/EWS/Exchange.asmx), ou indiquez l&apos;adresse Autodiscover qu&apos;utilise l&apos;administrateur Exchange.</translation>
    </message>
    <message>
        <source>Offers {names}</source>
        <translation>Propose {names}</translation>
    </message>
    <message>
        <source>{url} offers {names}; sign-in used: {auth}</source>
        <translation>{url} propose {names}&#xa0;; connexion utilisée&#xa0;: {auth}</translation>
    </message>
    <message>
        <source>NTLM is not offered; Basic sign-in will be used</source>
        <translation>NTLM n&apos;est pas proposé&#xa0;; la connexion Basic sera utilisée</translation>
    </message>
    <message>
        <source>Signed in as {su} ({auth})</source>
        <translation>Connecté en tant que {su} ({auth})</translation>
    </message>
    <message>
        <source>Server build {build}</source>
        <translation>Build du serveur {build}</translation>
    </message>
    <message>
        <source>{host}: {problem}</source>
        <translation>{host}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{host}: Exchange {product} (build {build})</source>
        <translation>{host}&#xa0;: Exchange {product} (build {build})</translation>
    </message>
    <message>
        <source>The Exchange servers run different versions: {listing}</source>
        <translation>Les serveurs Exchange exécutent des versions différentes&#xa0;: {listing}</translation>
    </message>
    <message>
        <source>Rule R12: every server the gateway serves must run the same Exchange version. Upgrade the servers to one version first.</source>
        <translation>Règle R12&#xa0;: chaque serveur desservi par la passerelle doit exécuter la même version d&apos;Exchange. Mettez d&apos;abord les serveurs à une même version.</translation>
    </message>
    <message>
        <source>{host} runs Exchange {product}, not {typed} as entered</source>
        <translation>{host} exécute Exchange {product}, et non {typed} comme saisi</translation>
    </message>
    <message>
        <source>Correct the version on the &apos;This computer&apos; page.</source>
        <translation>Corrigez la version sur la page «&#xa0;Cet ordinateur&#xa0;».</translation>
    </message>
    <message>
        <source>The servers run Exchange {product}, but the site is set up for {kind}</source>
        <translation>Les serveurs exécutent Exchange {product}, mais le site est configuré pour {kind}</translation>
    </message>
    <message>
        <source>Choose Exchange {product} on the site page.</source>
        <translation>Choisissez Exchange {product} sur la page du site.</translation>
    </message>
    <message>
        <source>Exchange {product} on {n} server(s)</source>
        <translation>Exchange {product} sur {n} serveur(s)</translation>
    </message>
    <message>
        <source>{su} opens {user}&apos;s mailbox</source>
        <translation>{su} ouvre la boîte aux lettres de {user}</translation>
    </message>
    <message>
        <source>{n} message(s) in the inbox</source>
        <translation>{n} message(s) dans la boîte de réception</translation>
    </message>
    <message>
        <source>umconnect connection test (removed automatically)</source>
        <translation>Test de connexion umconnect (supprimé automatiquement)</translation>
    </message>
    <message>
        <source>This item checks that voicemail can be written to this mailbox. It is deleted again at once.</source>
        <translation>Cet élément vérifie que la messagerie vocale peut écrire dans cette boîte aux lettres. Il est aussitôt supprimé.</translation>
    </message>
    <message>
        <source>Created item {id}</source>
        <translation>Élément {id} créé</translation>
    </message>
    <message>
        <source>The test item is still there</source>
        <translation>L&apos;élément de test est toujours là</translation>
    </message>
    <message>
        <source>Delete it by hand from {user}&apos;s inbox and show the report to the Exchange administrator.</source>
        <translation>Supprimez-le à la main de la boîte de réception de {user} et montrez le rapport à l&apos;administrateur Exchange.</translation>
    </message>
    <message>
        <source>Removed; the inbox is as before</source>
        <translation>Supprimé&#xa0;; la boîte de réception est comme avant</translation>
    </message>
    <message>
        <source>(no Exchange server)</source>
        <translation>(aucun serveur Exchange)</translation>
    </message>
    <message>
        <source>Not run: the test was cancelled.</source>
        <translation>Non exécuté&#xa0;: le test a été annulé.</translation>
    </message>
    <message>
        <source>Not run: &apos;{step}&apos; failed.</source>
        <translation>Non exécuté&#xa0;: «&#xa0;{step}&#xa0;» a échoué.</translation>
    </message>
    <message>
        <source>Gave up: the test ran longer than {s:g} s</source>
        <translation>Abandon&#xa0;: le test a duré plus de {s:g} s</translation>
    </message>
    <message>
        <source>Exchange answers very slowly. Check its load and the network, then run the test again.</source>
        <translation>Exchange répond très lentement. Vérifiez sa charge et le réseau, puis relancez le test.</translation>
    </message>
    <message>
        <source>Exchange asked to wait {n} time(s), {s:.1f} s in all (ErrorServerBusy).</source>
        <translation>Exchange a demandé d&apos;attendre {n} fois, {s:.1f} s en tout (ErrorServerBusy).</translation>
    </message>
    <message>
        <source>{summary} (after waiting for a busy server)</source>
        <translation>{summary} (après attente d&apos;un serveur occupé)</translation>
    </message>
    <message>
        <source>Cancelled while running</source>
        <translation>Annulé en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted</source>
        <translation>Le certificat de {host} n&apos;est pas approuvé</translation>
    </message>
    <message>
        <source>Choose the authority file (PEM) that signed Exchange&apos;s certificate on the gateway page, or install it in the system&apos;s store.</source>
        <translation>Choisissez sur la page de la passerelle le fichier de l&apos;autorité (PEM) qui a signé le certificat d&apos;Exchange, ou installez-la dans le magasin du système.</translation>
    </message>
    <message>
        <source>No answer from {url}</source>
        <translation>Pas de réponse de {url}</translation>
    </message>
    <message>
        <source>Check the address, and that a firewall lets the gateway reach port {port} of the Exchange server.</source>
        <translation>Vérifiez l&apos;adresse, et qu&apos;un pare-feu laisse la passerelle joindre le port {port} du serveur Exchange.</translation>
    </message>
    <message>
        <source>{url} is not an EWS address (404 Not Found)</source>
        <translation>{url} n&apos;est pas une adresse EWS (404 Not Found)</translation>
    </message>
    <message>
        <source>Use the server&apos;s EWS address, usually https://&lt;server&gt;/EWS/Exchange.asmx, or let Autodiscover find it.</source>
        <translation>Utilisez l&apos;adresse EWS du serveur, en général https://&lt;server&gt;/EWS/Exchange.asmx, ou laissez Autodiscover la trouver.</translation>
    </message>
    <message>
        <source>{url} answered {status} instead of asking to sign in</source>
        <translation>{url} a répondu {status} au lieu de demander une connexion</translation>
    </message>
    <message>
        <source>Check that the address is Exchange&apos;s EWS virtual directory and that anonymous access to it is off.</source>
        <translation>Vérifiez que l&apos;adresse est le répertoire virtuel EWS d&apos;Exchange et que l&apos;accès anonyme y est désactivé.</translation>
    </message>
    <message>
        <source>Turn on Windows authentication for EWS on the Exchange server (Exchange Management Shell: Get-WebServicesVirtualDirectory | Set-WebServicesVirtualDirectory -WindowsAuthentication $true)</source>
        <translation>Activez l&apos;authentification Windows pour EWS sur le serveur Exchange (Exchange Management Shell&#xa0;: Get-WebServicesVirtualDirectory | Set-WebServicesVirtualDirectory -WindowsAuthentication $true)</translation>
    </message>
    <message>
        <source>The server does not offer NTLM (it offers {names})</source>
        <translation>Le serveur ne propose pas NTLM (il propose {names})</translation>
    </message>
    <message>
        <source>or choose Basic sign-in on the superuser page.</source>
        <translation>ou choisissez la connexion Basic sur la page du superutilisateur.</translation>
    </message>
    <message>
        <source>The server does not offer Basic sign-in (it offers {names})</source>
        <translation>Le serveur ne propose pas la connexion Basic (il propose {names})</translation>
    </message>
    <message>
        <source>Choose NTLM on the superuser page, or turn on Basic authentication for EWS: Set-WebServicesVirtualDirectory -BasicAuthentication $true.</source>
        <translation>Choisissez NTLM sur la page du superutilisateur, ou activez l&apos;authentification Basic pour EWS&#xa0;: Set-WebServicesVirtualDirectory -BasicAuthentication $true.</translation>
    </message>
    <message>
        <source>NTLM is not offered, only Basic: the password crosses the (TLS-protected) link with every request.</source>
        <translation>NTLM n&apos;est pas proposé, seulement Basic&#xa0;: le mot de passe traverse la liaison (protégée par TLS) à chaque requête.</translation>
    </message>
    <message>
        <source>The server offers no sign-in the gateway can use ({names})</source>
        <translation>Le serveur ne propose aucune connexion utilisable par la passerelle ({names})</translation>
    </message>
    <message>
        <source>Autodiscover error: {text}</source>
        <translation>Erreur Autodiscover&#xa0;: {text}</translation>
    </message>
    <message>
        <source>the answer lists no EWS address (EwsUrl)</source>
        <translation>la réponse n&apos;indique aucune adresse EWS (EwsUrl)</translation>
    </message>
    <message>
        <source>the answer lists no EWS address</source>
        <translation>la réponse n&apos;indique aucune adresse EWS</translation>
    </message>
    <message>
        <source>the answer declares a document type; it was not read</source>
        <translation>la réponse déclare un type de document&#xa0;; elle n&apos;a pas été lue</translation>
    </message>
    <message>
        <source>the answer is not XML ({error})</source>
        <translation>la réponse n&apos;est pas du XML ({error})</translation>
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
        <translation>certificat non approuvé</translation>
    </message>
    <message>
        <source>no connection ({error})</source>
        <translation>pas de connexion ({error})</translation>
    </message>
    <message>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <source>(sign-in refused)</source>
        <translation>(connexion refusée)</translation>
    </message>
    <message>
        <source>EWS address {url}</source>
        <translation>Adresse EWS {url}</translation>
    </message>
    <message>
        <source>Exchange&apos;s throttling policy limits the superuser. Give it a policy of its own: New-ThrottlingPolicy UMGateway -EwsMaxConcurrency Unlimited -EwsMaxBurst Unlimited -EwsRechargeRate Unlimited; Set-ThrottlingPolicyAssociation {account} -ThrottlingPolicy UMGateway.</source>
        <translation>La stratégie de limitation d&apos;Exchange restreint le superutilisateur. Donnez-lui sa propre stratégie&#xa0;: New-ThrottlingPolicy UMGateway -EwsMaxConcurrency Unlimited -EwsMaxBurst Unlimited -EwsRechargeRate Unlimited; Set-ThrottlingPolicyAssociation {account} -ThrottlingPolicy UMGateway.</translation>
    </message>
    <message>
        <source>{su} may not impersonate {user}</source>
        <translation>{su} ne peut pas emprunter l&apos;identité de {user}</translation>
    </message>
    <message>
        <source>Give the superuser the ApplicationImpersonation role: in the Exchange Management Shell run: {command}  (limit it with -RecipientRelativeWriteScope or a management scope if the customer wants), then wait a few minutes and test again.</source>
        <translation>Donnez au superutilisateur le rôle ApplicationImpersonation&#xa0;: dans Exchange Management Shell, exécutez&#xa0;: {command}  (limitez-le avec -RecipientRelativeWriteScope ou une étendue de gestion si le client le souhaite), puis attendez quelques minutes et relancez le test.</translation>
    </message>
    <message>
        <source>Exchange has no mailbox for {user}</source>
        <translation>Exchange n&apos;a pas de boîte aux lettres pour {user}</translation>
    </message>
    <message>
        <source>Check the address on the voicemail boxes page: it must be the user&apos;s primary SMTP address (Get-Mailbox {user} | fl PrimarySmtpAddress), and the mailbox must be on these Exchange servers.</source>
        <translation>Vérifiez l&apos;adresse sur la page des boîtes vocales&#xa0;: ce doit être l&apos;adresse SMTP principale de l&apos;utilisateur (Get-Mailbox {user} | fl PrimarySmtpAddress), et la boîte aux lettres doit se trouver sur ces serveurs Exchange.</translation>
    </message>
    <message>
        <source>Exchange denied {su} access to {user}&apos;s mailbox</source>
        <translation>Exchange a refusé à {su} l&apos;accès à la boîte aux lettres de {user}</translation>
    </message>
    <message>
        <source>Check that the ApplicationImpersonation role assignment covers this mailbox (Get-ManagementRoleAssignment -Role ApplicationImpersonation), that EWS is allowed for the superuser (Set-CASMailbox {account} -EwsEnabled $true) and for the user&apos;s organisation (Get-OrganizationConfig | fl Ews*).</source>
        <translation>Vérifiez que l&apos;attribution du rôle ApplicationImpersonation couvre cette boîte aux lettres (Get-ManagementRoleAssignment -Role ApplicationImpersonation), que EWS est autorisé pour le superutilisateur (Set-CASMailbox {account} -EwsEnabled $true) et pour l&apos;organisation de l&apos;utilisateur (Get-OrganizationConfig | fl Ews*).</translation>
    </message>
    <message>
        <source>Exchange is throttling the superuser (asked to wait {s:.1f} s)</source>
        <translation>Exchange limite le superutilisateur (attente demandée&#xa0;: {s:.1f} s)</translation>
    </message>
    <message>
        <source>Exchange refused the sign-in of {su}</source>
        <translation>Exchange a refusé la connexion de {su}</translation>
    </message>
    <message>
        <source>Check the superuser&apos;s name (DOMAIN\account or its UPN) and password, and that the account is not locked out or expired.</source>
        <translation>Vérifiez le nom du superutilisateur (DOMAIN\account ou son UPN) et son mot de passe, et que le compte n&apos;est ni verrouillé ni expiré.</translation>
    </message>
    <message>
        <source>The connection to Exchange failed</source>
        <translation>La connexion à Exchange a échoué</translation>
    </message>
    <message>
        <source>Check the network path to the Exchange server and its EWS address; the detail below says what went wrong.</source>
        <translation>Vérifiez le chemin réseau vers le serveur Exchange et son adresse EWS&#xa0;; le détail ci-dessous indique ce qui a échoué.</translation>
    </message>
    <message>
        <source>Exchange answered {code}</source>
        <translation>Exchange a répondu {code}</translation>
    </message>
    <message>
        <source>Look the code up in Exchange&apos;s EWS error list; save the report for the Exchange administrator.</source>
        <translation>Cherchez le code dans la liste des erreurs EWS d&apos;Exchange&#xa0;; enregistrez le rapport pour l&apos;administrateur Exchange.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Run the test again; if it repeats, save the report and send it to support.</source>
        <translation>Relancez le test&#xa0;; si cela se répète, enregistrez le rapport et envoyez-le au support.</translation>
    </message>
    <message>
        <source>Google Workspace is always reached through the IMAP connector; the Exchange gateway does not support it.</source>
        <translation>Google Workspace est toujours joint par le connecteur IMAP&#xa0;; la passerelle Exchange ne le prend pas en charge.</translation>
    </message>
    <message>
        <source>Office 365 is reached through the IMAP connector: Exchange Online no longer offers the web services the gateway uses.</source>
        <translation>Office 365 est joint par le connecteur IMAP&#xa0;: Exchange Online ne propose plus les services web qu&apos;utilise la passerelle.</translation>
    </message>
    <message>
        <source>{n:,} Exchange servers need the Exchange gateway: the IMAP connector serves exactly one mail server.</source>
        <translation>{n:,} serveurs Exchange exigent la passerelle Exchange&#xa0;: le connecteur IMAP sert exactement un serveur de messagerie.</translation>
    </message>
    <message>
        <source>{n:,} UM users need the Exchange gateway: the IMAP connector serves at most 500 users on Exchange.</source>
        <translation>{n:,} utilisateurs UM exigent la passerelle Exchange&#xa0;: le connecteur IMAP sert au plus 500 utilisateurs avec Exchange.</translation>
    </message>
    <message>
        <source>{n:,} UM users on one Exchange server fit the IMAP connector (up to 500), the default adapter.</source>
        <translation>{n:,} utilisateurs UM sur un seul serveur Exchange conviennent au connecteur IMAP (jusqu&apos;à 500), l&apos;adaptateur par défaut.</translation>
    </message>
    <message>
        <source>{kind} is not on the documented list (Exchange 2010, 2013, 2016). It offers the same IMAP4 and web services as Exchange 2016, so both adapters are expected to work.</source>
        <translation>{kind} ne figure pas sur la liste documentée (Exchange 2010, 2013, 2016). Il offre les mêmes services IMAP4 et web qu&apos;Exchange 2016&#xa0;; les deux adaptateurs devraient donc fonctionner.</translation>
    </message>
    <message>
        <source>Continue only if the customer accepts an undocumented configuration; the connection test shows whether it works.</source>
        <translation>Ne continuez que si le client accepte une configuration non documentée&#xa0;; le test de connexion montre si elle fonctionne.</translation>
    </message>
    <message>
        <source>Enter 1: {kind} is one service, however many data centres it uses.</source>
        <translation>Saisissez 1&#xa0;: {kind} est un seul service, quel que soit le nombre de centres de données.</translation>
    </message>
    <message>
        <source>Use the Exchange gateway (choose &apos;Recommended&apos;), or connect only the users of one mail server.</source>
        <translation>Utilisez la passerelle Exchange (choisissez «&#xa0;Recommandé&#xa0;»), ou ne reliez que les utilisateurs d&apos;un seul serveur de messagerie.</translation>
    </message>
    <message>
        <source>The IMAP connector serves exactly one mail server; this site has {n}.</source>
        <translation>Le connecteur IMAP sert exactement un serveur de messagerie&#xa0;; ce site en a {n}.</translation>
    </message>
    <message>
        <source>The IMAP connector serves at most 2,500 UM users with Google Workspace; this site has {n:,}.</source>
        <translation>Le connecteur IMAP sert au plus 2 500 utilisateurs UM avec Google Workspace&#xa0;; ce site en a {n:,}.</translation>
    </message>
    <message>
        <source>Split the users across UM systems of at most 2,500 users each.</source>
        <translation>Répartissez les utilisateurs sur des systèmes UM de 2 500 utilisateurs au plus chacun.</translation>
    </message>
    <message>
        <source>Office 365 with {n:,} UM users has no documented configuration: the IMAP connector stops at 500 users, and the gateway cannot reach Exchange Online.</source>
        <translation>Office 365 avec {n:,} utilisateurs UM n&apos;a pas de configuration documentée&#xa0;: le connecteur IMAP s&apos;arrête à 500 utilisateurs, et la passerelle ne peut pas joindre Exchange Online.</translation>
    </message>
    <message>
        <source>Split the users across UM systems of at most 500 users each, or ask the UM vendor for a supported design.</source>
        <translation>Répartissez les utilisateurs sur des systèmes UM de 500 utilisateurs au plus chacun, ou demandez au fournisseur UM une architecture prise en charge.</translation>
    </message>
    <message>
        <source>The IMAP connector serves at most 500 UM users on Exchange; this site has {n:,}.</source>
        <translation>Le connecteur IMAP sert au plus 500 utilisateurs UM avec Exchange&#xa0;; ce site en a {n:,}.</translation>
    </message>
    <message>
        <source>Use the Exchange gateway (choose &apos;Recommended&apos;).</source>
        <translation>Utilisez la passerelle Exchange (choisissez «&#xa0;Recommandé&#xa0;»).</translation>
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
        <translation>Utilisez le connecteur IMAP (choisissez «&#xa0;Recommandé&#xa0;»).</translation>
    </message>
    <message>
        <source>The Exchange gateway cannot serve Office 365: Exchange Online has turned off the web services (EWS) and the impersonation role it needs.</source>
        <translation>La passerelle Exchange ne peut pas servir Office 365&#xa0;: Exchange Online a coupé les services web (EWS) et le rôle d&apos;emprunt d&apos;identité dont elle a besoin.</translation>
    </message>
    <message>
        <source>Use the IMAP connector with OAuth 2.0 (choose &apos;Recommended&apos;).</source>
        <translation>Utilisez le connecteur IMAP avec OAuth 2.0 (choisissez «&#xa0;Recommandé&#xa0;»).</translation>
    </message>
    <message>
        <source>The Exchange gateway serves at most 2,500 UM users; this site has {n:,}.</source>
        <translation>La passerelle Exchange sert au plus 2 500 utilisateurs UM&#xa0;; ce site en a {n:,}.</translation>
    </message>
    <message>
        <source>The Exchange gateway runs on Windows; this computer runs {product}.</source>
        <translation>La passerelle Exchange tourne sous Windows&#xa0;; cet ordinateur tourne sous {product}.</translation>
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
        <translation>{product} ({bits} bits) ne figure pas sur la liste documentée pour la passerelle, qui s&apos;arrête à Windows 10 et Windows Server 2012 R2. Les Windows plus récents offrent les mêmes services&#xa0;; il devrait donc fonctionner.</translation>
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
        <translation>{product} n&apos;est documenté pour la passerelle qu&apos;en 64 bits&#xa0;; cet ordinateur exécute l&apos;édition 32 bits.</translation>
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
        <translation>Cet ordinateur ({name}) n&apos;a rejoint aucun domaine Active Directory&#xa0;; la passerelle doit être dans le domaine des serveurs Exchange.</translation>
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
        <translation>Le nom «&#xa0;{name}&#xa0;» ne dit pas dans quel domaine il se trouve&#xa0;; il ne peut donc pas être comparé au domaine {domain} de cet ordinateur.</translation>
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
        <translation>Tous les serveurs Exchange doivent avoir la même version&#xa0;; trouvé&#xa0;: {listing}.</translation>
    </message>
    <message>
        <source>Upgrade the servers to one version before setting up the gateway.</source>
        <translation>Mettez les serveurs à la même version avant d&apos;installer la passerelle.</translation>
    </message>
    <message>
        <source>The Exchange version of {names} is not known, so the rule that all servers run the same version cannot be checked yet.</source>
        <translation>La version d&apos;Exchange de {names} est inconnue&#xa0;; la règle selon laquelle tous les serveurs ont la même version ne peut pas encore être vérifiée.</translation>
    </message>
    <message>
        <source>Enter each server&apos;s version; the connection test also reads it.</source>
        <translation>Saisissez la version de chaque serveur&#xa0;; le test de connexion la lit aussi.</translation>
    </message>
    <message>
        <source>The gateway&apos;s link to Exchange is encrypted: Exchange 2007 and newer require TLS for their web services by default.</source>
        <translation>Le lien de la passerelle vers Exchange est chiffré&#xa0;: Exchange 2007 et plus récent exigent TLS par défaut pour leurs services web.</translation>
    </message>
    <message>
        <source>Hosted mail can deliver late: a voicemail&apos;s email may carry a later time than the call itself. That is expected.</source>
        <translation>Une messagerie hébergée peut livrer en retard&#xa0;: l&apos;e-mail d&apos;un message vocal peut porter une heure plus tardive que l&apos;appel lui-même. C&apos;est normal.</translation>
    </message>
    <message>
        <source>Office 365 accepts no passwords over IMAP: the connector signs in with OAuth 2.0 as an app registration (tenant ID, client ID, client secret or certificate) that the tenant administrator allows to open the UM users&apos; mailboxes.</source>
        <translation>Office 365 n&apos;accepte aucun mot de passe sur IMAP&#xa0;: le connecteur se connecte avec OAuth 2.0 en tant qu&apos;inscription d&apos;application (ID de tenant, ID client, secret client ou certificat) que l&apos;administrateur du tenant autorise à ouvrir les boîtes aux lettres des utilisateurs UM.</translation>
    </message>
    <message>
        <source>Google Workspace signs in with OAuth 2.0 as a service account with domain-wide delegation (its JSON key), or with an app password of an account that may open the mailboxes.</source>
        <translation>Google Workspace se connecte avec OAuth 2.0 en tant que compte de service avec délégation au niveau du domaine (sa clé JSON), ou avec le mot de passe d&apos;application d&apos;un compte autorisé à ouvrir les boîtes aux lettres.</translation>
    </message>
    <message>
        <source>The gateway reaches Exchange through Exchange Web Services (EWS), signed in as the superuser and opening each UM user&apos;s mailbox by impersonation; the connection test checks every part of that.</source>
        <translation>La passerelle joint Exchange par les services web Exchange (EWS), connectée en tant que superutilisateur, et ouvre la boîte aux lettres de chaque utilisateur UM par emprunt d&apos;identité&#xa0;; le test de connexion vérifie chacune de ces étapes.</translation>
    </message>
    <message>
        <source>The EWS address of {host} ({url}) is not encrypted (https).</source>
        <translation>L&apos;adresse EWS de {host} ({url}) n&apos;est pas chiffrée (https).</translation>
    </message>
    <message>
        <source>Use the https:// address; Exchange serves EWS over TLS.</source>
        <translation>Utilisez l&apos;adresse https://&#xa0;; Exchange sert EWS sur TLS.</translation>
    </message>
    <message>
        <source>Office 365 and Google sign in with OAuth 2.0 (an app registration or a service account); informational.</source>
        <translation>Office 365 et Google se connectent avec OAuth 2.0 (une inscription d&apos;application ou un compte de service)&#xa0;; pour information.</translation>
    </message>
    <message>
        <source>Gateway link to Exchange</source>
        <translation>Liaison de la passerelle vers Exchange</translation>
    </message>
    <message>
        <source>The gateway talks Exchange Web Services (EWS) with impersonation, since MAPI/RPC has no client here; EWS addresses must use https.</source>
        <translation>La passerelle utilise les services web Exchange (EWS) avec emprunt d&apos;identité, car il n&apos;y a pas de client MAPI/RPC ici&#xa0;; les adresses EWS doivent utiliser https.</translation>
    </message>
    <message>
        <source>Where the documented rules are silent, umconnect decides as a careful technician would and says so as a warning.</source>
        <translation>Là où les règles documentées sont muettes, umconnect décide comme le ferait un technicien soigneux et le signale par un avertissement.</translation>
    </message>
    <message>
        <source>Supported mail servers</source>
        <translation>Serveurs de messagerie pris en charge</translation>
    </message>
    <message>
        <source>The IMAP connector works with Exchange 2010, 2013 and 2016, Office 365 and Google Workspace. Exchange 2019 and Subscription Edition are not documented; they speak the same protocols, so they pass with a warning to acknowledge.</source>
        <translation>Le connecteur IMAP fonctionne avec Exchange 2010, 2013 et 2016, Office 365 et Google Workspace. Exchange 2019 et Subscription Edition ne sont pas documentés&#xa0;; ils parlent les mêmes protocoles et passent donc avec un avertissement à accepter.</translation>
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
        <translation>Documenté&#xa0;: Windows 7 Professionnel (32/64 bits), Windows 8 Professionnel, Windows 10, Windows Server 2008 R2 et 2012 R2 (tous 64 bits). Les Windows plus récents (8.1, 11, Server 2012, 2016, 2019, 2022, 2025) passent avec un avertissement&#xa0;; les éditions Famille ne peuvent pas rejoindre un domaine&#xa0;; le 32 bits là où seul le 64 bits est listé, et tout ce qui n&apos;est pas Windows, est une erreur.</translation>
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
        <translation>La passerelle et Exchange sont dans le même domaine, sur des ordinateurs différents. Un serveur donné par adresse IP ou nom court ne peut pas être situé dans un domaine&#xa0;: avertissement.</translation>
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
        <translation>Tous les serveurs Exchange ont la même version&#xa0;; une version inconnue est un avertissement jusqu&apos;à ce qu&apos;elle soit saisie ou lue par le test de connexion.</translation>
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
        <translation>Une messagerie hébergée peut livrer en retard&#xa0;; l&apos;heure de l&apos;e-mail peut différer de celle du message vocal. Pour information seulement.</translation>
    </message>
    <message>
        <source>Sign-in to hosted mail</source>
        <translation>Connexion à la messagerie hébergée</translation>
    </message>
    <message>
        <source>certificate private key</source>
        <translation>clé privée du certificat</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <source>service account key</source>
        <translation>clé du compte de service</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>The credential store &apos;{name}&apos; keeps passwords in a file anyone with access to this account can read. Remove the keyrings.alt package and use the system&apos;s credential store.</source>
        <translation>Le magasin d&apos;identifiants «&#xa0;{name}&#xa0;» garde les mots de passe dans un fichier lisible par quiconque a accès à ce compte. Supprimez le paquet keyrings.alt et utilisez le magasin d&apos;identifiants du système.</translation>
    </message>
    <message>
        <source>No credential store is available on this computer, so passwords cannot be kept safely. On Linux, install and unlock a Secret Service (e.g. &apos;apt install gnome-keyring&apos; and log in to a desktop session); on Windows the Credential Manager is built in.</source>
        <translation>Aucun magasin d&apos;identifiants n&apos;est disponible sur cet ordinateur&#xa0;; les mots de passe ne peuvent donc pas être gardés en sûreté. Sous Linux, installez et déverrouillez un Secret Service (par ex. «&#xa0;apt install gnome-keyring&#xa0;» et ouverture d&apos;une session de bureau)&#xa0;; sous Windows, le Gestionnaire d&apos;identification est intégré.</translation>
    </message>
    <message>
        <source>The credential store refused to keep the password for {ref}: {error}</source>
        <translation>Le magasin d&apos;identifiants a refusé de garder le mot de passe pour {ref}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The credential &apos;{name}&apos; handed to the service cannot be read: {error}</source>
        <translation>L&apos;identifiant «&#xa0;{name}&#xa0;» transmis au service ne peut pas être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The credential store could not be read for {ref}: {error}</source>
        <translation>Le magasin d&apos;identifiants n&apos;a pas pu être lu pour {ref}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>No password is stored for {ref}. Run the wizard or &apos;umconnect apply&apos; again to store it.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour {ref}. Relancez l&apos;assistant ou «&#xa0;umconnect apply&#xa0;» pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>The state folder {path} cannot be used: {error}</source>
        <translation>Le dossier d&apos;état {path} est inutilisable&#xa0;: {error}</translation>
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
        <translation>Le service pour {path} tourne déjà ({who}). Arrêtez-le d&apos;abord avec «&#xa0;umconnect service stop&#xa0;», ou utilisez un autre dossier d&apos;état.</translation>
    </message>
    <message>
        <source>The state folder {path} cannot be locked: {error}. Use a local folder.</source>
        <translation>Le dossier d&apos;état {path} ne peut pas être verrouillé&#xa0;: {error}. Utilisez un dossier local.</translation>
    </message>
    <message>
        <source>The service is not running.</source>
        <translation>Le service ne tourne pas.</translation>
    </message>
    <message>
        <source>Its last problem: {error}</source>
        <translation>Son dernier problème&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The service is running (process {pid}), starting its first sync.</source>
        <translation>Le service tourne (processus {pid}) et commence sa première synchronisation.</translation>
    </message>
    <message>
        <source>The service is running (process {pid}); last sync {when}, {n} voicemail(s) delivered.</source>
        <translation>Le service tourne (processus {pid})&#xa0;; dernière synchronisation {when}, {n} message(s) vocal(aux) livré(s).</translation>
    </message>
    <message>
        <source>The service is running (process {pid}) but has not completed a sync yet.</source>
        <translation>Le service tourne (processus {pid}) mais n&apos;a encore terminé aucune synchronisation.</translation>
    </message>
    <message>
        <source>Mail server unreachable: {error}</source>
        <translation>Serveur de messagerie injoignable&#xa0;: {error}</translation>
    </message>
    <message>
        <source>It cannot deliver voicemail: {error}</source>
        <translation>Il ne peut pas livrer les messages vocaux&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{n} voicemail(s) set aside, as their files cannot be used; the log says why.</source>
        <translation>{n} message(s) vocal(aux) mis de côté, car leurs fichiers sont inutilisables&#xa0;; le journal dit pourquoi.</translation>
    </message>
    <message>
        <source>The service stopped right after starting (exit code {code}). It said:
{log}</source>
        <translation>Le service s&apos;est arrêté juste après son démarrage (code de sortie {code}). Il a dit&#xa0;:
{log}</translation>
    </message>
    <message>
        <source>{path} has no [message] section.</source>
        <translation>{path} n&apos;a pas de section [message].</translation>
    </message>
    <message>
        <source>incomplete: its audio file {name} is a link to {target}, which does not exist</source>
        <translation>incomplet&#xa0;: son fichier audio {name} est un lien vers {target}, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>incomplete: no audio file ({name}) beside it {s:g} s after it was written</source>
        <translation>incomplet&#xa0;: aucun fichier audio ({name}) à côté, {s:g} s après son écriture</translation>
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
        <source>Urgent voicemail from {who}, {length}</source>
        <translation>Message vocal urgent de {who}, {length}</translation>
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

L&apos;enregistrement est joint ({name})&#xa0;; ouvrez-le pour l&apos;écouter.
</translation>
    </message>
    <message>
        <source>Autodiscover found no EWS address</source>
        <translation>Autodiscover n&apos;a trouvé aucune adresse EWS</translation>
    </message>
    <message>
        <source>Put the EWS address in the configuration (site.exchange_servers[0].ews_url).</source>
        <translation>Indiquez l&apos;adresse EWS dans la configuration (site.exchange_servers[0].ews_url).</translation>
    </message>
    <message>
        <source>Check the spool setting in the configuration.</source>
        <translation>Vérifiez le réglage du spool dans la configuration.</translation>
    </message>
    <message>
        <source>the application</source>
        <translation>l&apos;application</translation>
    </message>
    <message>
        <source>Admin consent for IMAP is missing</source>
        <translation>Le consentement administrateur pour IMAP manque</translation>
    </message>
    <message>
        <source>The token carries no {role} permission. In the Entra admin center, open the app registration, API permissions: add Office 365 Exchange Online, Application permissions, {role}, then press &apos;Grant admin consent&apos;.</source>
        <translation>Le jeton ne porte pas l&apos;autorisation {role}. Dans le centre d&apos;administration Entra, ouvrez l&apos;inscription d&apos;application, Autorisations d&apos;API&#xa0;: ajoutez Office 365 Exchange Online, Autorisations d&apos;application, {role}, puis cliquez sur «&#xa0;Accorder le consentement administrateur&#xa0;».</translation>
    </message>
    <message>
        <source>Roles in the token: {roles}</source>
        <translation>Rôles dans le jeton&#xa0;: {roles}</translation>
    </message>
    <message>
        <source>The key file is not JSON</source>
        <translation>Le fichier de clé n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>Choose the JSON key file downloaded for the service account (Google Cloud console, IAM, Service accounts, Keys), not a P12 file.</source>
        <translation>Choisissez le fichier de clé JSON téléchargé pour le compte de service (console Google Cloud, IAM, Comptes de service, Clés), pas un fichier P12.</translation>
    </message>
    <message>
        <source>This is not a service account key</source>
        <translation>Ce n&apos;est pas une clé de compte de service</translation>
    </message>
    <message>
        <source>The file must be a service account&apos;s JSON key (its &quot;type&quot; is &quot;service_account&quot;); OAuth client files for people do not work without someone signing in.</source>
        <translation>Le fichier doit être la clé JSON d&apos;un compte de service (son «&#xa0;type&#xa0;» vaut «&#xa0;service_account&#xa0;»)&#xa0;; les fichiers de client OAuth destinés à des personnes ne fonctionnent pas sans que quelqu&apos;un se connecte.</translation>
    </message>
    <message>
        <source>The key file is incomplete</source>
        <translation>Le fichier de clé est incomplet</translation>
    </message>
    <message>
        <source>It lacks {fields}. Download a new JSON key for the service account.</source>
        <translation>Il manque {fields}. Téléchargez une nouvelle clé JSON pour le compte de service.</translation>
    </message>
    <message>
        <source>Tenant {tenant} not found</source>
        <translation>Tenant {tenant} introuvable</translation>
    </message>
    <message>
        <source>Microsoft knows no directory {tenant}. Copy the Directory (tenant) ID from the app registration&apos;s Overview page in the Entra admin center, or use the tenant&apos;s name (contoso.onmicrosoft.com).</source>
        <translation>Microsoft ne connaît pas d&apos;annuaire {tenant}. Copiez l&apos;ID de l&apos;annuaire (tenant) depuis la page Vue d&apos;ensemble de l&apos;inscription d&apos;application dans le centre d&apos;administration Entra, ou utilisez le nom du tenant (contoso.onmicrosoft.com).</translation>
    </message>
    <message>
        <source>The sign-in service cannot be reached</source>
        <translation>Le service de connexion est injoignable</translation>
    </message>
    <message>
        <source>No answer from {where}. Check this computer&apos;s internet access, proxy and firewall for HTTPS (port 443).</source>
        <translation>Pas de réponse de {where}. Vérifiez l&apos;accès à Internet, le proxy et le pare-feu de cet ordinateur pour HTTPS (port 443).</translation>
    </message>
    <message>
        <source>The private key cannot be used</source>
        <translation>La clé privée est inutilisable</translation>
    </message>
    <message>
        <source>Paste the certificate&apos;s private key as PEM text (BEGIN PRIVATE KEY), or the service account&apos;s JSON key file, as it was downloaded.</source>
        <translation>Collez la clé privée du certificat en texte PEM (BEGIN PRIVATE KEY), ou le fichier de clé JSON du compte de service tel qu&apos;il a été téléchargé.</translation>
    </message>
    <message>
        <source>Unknown application (client) ID</source>
        <translation>ID d&apos;application (client) inconnu</translation>
    </message>
    <message>
        <source>The tenant has no app registration {client}. Copy the Application (client) ID from the app registration&apos;s Overview page, and check that the tenant ID belongs to the same directory.</source>
        <translation>Le tenant n&apos;a pas d&apos;inscription d&apos;application {client}. Copiez l&apos;ID d&apos;application (client) depuis la page Vue d&apos;ensemble de l&apos;inscription d&apos;application, et vérifiez que l&apos;ID de tenant appartient au même annuaire.</translation>
    </message>
    <message>
        <source>The secret&apos;s ID was entered, not its value</source>
        <translation>L&apos;ID du secret a été saisi, pas sa valeur</translation>
    </message>
    <message>
        <source>What was entered is the secret&apos;s ID (a GUID). Enter the secret&apos;s Value instead; Entra shows it only right after the secret is created, so create a new client secret if it was not copied.</source>
        <translation>Ce qui a été saisi est l&apos;ID du secret (un GUID). Saisissez plutôt sa valeur&#xa0;; Entra ne l&apos;affiche que juste après la création du secret&#xa0;: créez donc un nouveau secret client s&apos;il n&apos;a pas été copié.</translation>
    </message>
    <message>
        <source>The client secret is wrong</source>
        <translation>Le secret client est erroné</translation>
    </message>
    <message>
        <source>Copy the client secret&apos;s Value again (Certificates &amp; secrets), or create a new secret and enter its value.</source>
        <translation>Copiez à nouveau la valeur du secret client (Certificats &amp; secrets), ou créez un nouveau secret et saisissez sa valeur.</translation>
    </message>
    <message>
        <source>The client secret has expired</source>
        <translation>Le secret client a expiré</translation>
    </message>
    <message>
        <source>Create a new client secret for the app registration (Certificates &amp; secrets) and enter its value.</source>
        <translation>Créez un nouveau secret client pour l&apos;inscription d&apos;application (Certificats &amp; secrets) et saisissez sa valeur.</translation>
    </message>
    <message>
        <source>The certificate was not accepted</source>
        <translation>Le certificat n&apos;a pas été accepté</translation>
    </message>
    <message>
        <source>Upload the certificate (.cer) to the app registration, Certificates &amp; secrets, and check that the thumbprint and private key entered here belong to it.</source>
        <translation>Téléversez le certificat (.cer) dans l&apos;inscription d&apos;application, Certificats &amp; secrets, et vérifiez que l&apos;empreinte et la clé privée saisies ici lui correspondent.</translation>
    </message>
    <message>
        <source>In the Entra admin center, open the app registration, API permissions, add Office 365 Exchange Online, {role}, and press &apos;Grant admin consent&apos;.</source>
        <translation>Dans le centre d&apos;administration Entra, ouvrez l&apos;inscription d&apos;application, Autorisations d&apos;API, ajoutez Office 365 Exchange Online, {role}, et cliquez sur «&#xa0;Accorder le consentement administrateur&#xa0;».</translation>
    </message>
    <message>
        <source>The application&apos;s credential was refused</source>
        <translation>Les informations d&apos;identification de l&apos;application ont été refusées</translation>
    </message>
    <message>
        <source>Check the client secret&apos;s value or the certificate of the app registration.</source>
        <translation>Vérifiez la valeur du secret client ou le certificat de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>Microsoft refused the token request</source>
        <translation>Microsoft a refusé la demande de jeton</translation>
    </message>
    <message>
        <source>Read Microsoft&apos;s message below (its AADSTS code names the cause) and check the app registration.</source>
        <translation>Lisez le message de Microsoft ci-dessous (son code AADSTS en indique la cause) et vérifiez l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>Domain-wide delegation is not granted</source>
        <translation>La délégation au niveau du domaine n&apos;est pas accordée</translation>
    </message>
    <message>
        <source>In the Google Admin console (Security, Access and data control, API controls, Manage domain-wide delegation) add client ID {client} with the scope {scope}.</source>
        <translation>Dans la console d&apos;administration Google (Sécurité, Contrôle des accès et des données, Commandes des API, Gérer la délégation au niveau du domaine), ajoutez l&apos;ID client {client} avec l&apos;étendue {scope}.</translation>
    </message>
    <message>
        <source>Delegation denied for {user}</source>
        <translation>Délégation refusée pour {user}</translation>
    </message>
    <message>
        <source>Google will not let the service account act for {user}. Use the user&apos;s full address in this Google Workspace domain, and check that the account exists and is not suspended.</source>
        <translation>Google ne laisse pas le compte de service agir pour {user}. Utilisez l&apos;adresse complète de l&apos;utilisateur dans ce domaine Google Workspace, et vérifiez que le compte existe et n&apos;est pas suspendu.</translation>
    </message>
    <message>
        <source>Google refused the service account key</source>
        <translation>Google a refusé la clé du compte de service</translation>
    </message>
    <message>
        <source>The key may have been deleted or the service account disabled. Create a new JSON key (Google Cloud console, IAM, Service accounts, Keys) and load it here; check this computer&apos;s clock too.</source>
        <translation>La clé a peut-être été supprimée ou le compte de service désactivé. Créez une nouvelle clé JSON (console Google Cloud, IAM, Comptes de service, Clés) et chargez-la ici&#xa0;; vérifiez aussi l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>Google refused the token request</source>
        <translation>Google a refusé la demande de jeton</translation>
    </message>
    <message>
        <source>Read Google&apos;s message below and check the service account and its domain-wide delegation.</source>
        <translation>Lisez le message de Google ci-dessous et vérifiez le compte de service et sa délégation au niveau du domaine.</translation>
    </message>
    <message>
        <source>IMAP is switched off for {user}</source>
        <translation>IMAP est désactivé pour {user}</translation>
    </message>
    <message>
        <source>A Google Workspace administrator must allow IMAP (Admin console, Apps, Google Workspace, Gmail, End User Access, &apos;Enable IMAP access for all users&apos;), or the user turns it on in Gmail&apos;s settings (Forwarding and POP/IMAP).</source>
        <translation>Un administrateur Google Workspace doit autoriser IMAP (console d&apos;administration, Applications, Google Workspace, Gmail, Accès des utilisateurs finaux, «&#xa0;Activer l&apos;accès IMAP pour tous les utilisateurs&#xa0;»), ou l&apos;utilisateur l&apos;active dans les paramètres de Gmail (Transfert et POP/IMAP).</translation>
    </message>
    <message>
        <source>Gmail refused the token for {user}</source>
        <translation>Gmail a refusé le jeton pour {user}</translation>
    </message>
    <message>
        <source>Check that {user} has Gmail in this Google Workspace domain and that the service account&apos;s delegation includes {scope}.</source>
        <translation>Vérifiez que {user} a Gmail dans ce domaine Google Workspace et que la délégation du compte de service inclut {scope}.</translation>
    </message>
    <message>
        <source>The application may not open {user}&apos;s mailbox</source>
        <translation>L&apos;application ne peut pas ouvrir la boîte aux lettres de {user}</translation>
    </message>
    <message>
        <source>The token opens {other}&apos;s mailbox but not {user}&apos;s. Grant the service principal FullAccess on it: Add-MailboxPermission -Identity {user} -User &lt;service principal ID&gt; -AccessRights FullAccess.</source>
        <translation>Le jeton ouvre la boîte aux lettres de {other} mais pas celle de {user}. Accordez au principal de service FullAccess dessus&#xa0;: Add-MailboxPermission -Identity {user} -User &lt;service principal ID&gt; -AccessRights FullAccess.</translation>
    </message>
    <message>
        <source>Exchange Online does not know the application</source>
        <translation>Exchange Online ne connaît pas l&apos;application</translation>
    </message>
    <message>
        <source>The token opens neither {user}&apos;s nor {other}&apos;s mailbox: register the app in Exchange Online with New-ServicePrincipal (see the commands on the sign-in page), then grant it FullAccess on the mailboxes.</source>
        <translation>Le jeton n&apos;ouvre ni la boîte aux lettres de {user} ni celle de {other}&#xa0;: inscrivez l&apos;application dans Exchange Online avec New-ServicePrincipal (voir les commandes sur la page de connexion), puis accordez-lui FullAccess sur les boîtes aux lettres.</translation>
    </message>
    <message>
        <source>Exchange Online refused the application for {user}</source>
        <translation>Exchange Online a refusé l&apos;application pour {user}</translation>
    </message>
    <message>
        <source>Either Exchange Online does not know the app (run New-ServicePrincipal) or it lacks FullAccess on {user}&apos;s mailbox (Add-MailboxPermission). Add a second voicemail user to let the test tell which.</source>
        <translation>Soit Exchange Online ne connaît pas l&apos;application (exécutez New-ServicePrincipal), soit il lui manque FullAccess sur la boîte aux lettres de {user} (Add-MailboxPermission). Ajoutez un deuxième utilisateur de messagerie vocale pour que le test puisse faire la différence.</translation>
    </message>
    <message>
        <source>The program &apos;{name}&apos; is not installed on this computer.</source>
        <translation>Le programme «&#xa0;{name}&#xa0;» n&apos;est pas installé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&apos;{command}&apos; did not finish within {n:.0f} s.</source>
        <translation>«&#xa0;{command}&#xa0;» ne s&apos;est pas terminé en {n:.0f} s.</translation>
    </message>
    <message>
        <source>No service manager runs on this computer (systemd is not its init system, as in a container), so the connector cannot run as a system service here. Run it in the foreground with &apos;umconnect service run&apos;, or let the wizard start it in the background for this user.</source>
        <translation>Aucun gestionnaire de services ne tourne sur cet ordinateur (systemd n&apos;est pas son système d&apos;init, comme dans un conteneur)&#xa0;: le connecteur ne peut donc pas fonctionner ici comme service système. Exécutez-le au premier plan avec «&#xa0;umconnect service run&#xa0;», ou laissez l&apos;assistant le démarrer en arrière-plan pour cet utilisateur.</translation>
    </message>
    <message>
        <source>Installing a system service needs administrator rights. Run &apos;sudo umconnect service install&apos; (or start the wizard with sudo).</source>
        <translation>L&apos;installation d&apos;un service système demande les droits d&apos;administrateur. Exécutez «&#xa0;sudo umconnect service install&#xa0;» (ou lancez l&apos;assistant avec sudo).</translation>
    </message>
    <message>
        <source>systemd-creds could not encrypt the password: {error}. It needs systemd 250 or newer and administrator rights.</source>
        <translation>systemd-creds n&apos;a pas pu chiffrer le mot de passe&#xa0;: {error}. Il faut systemd 250 ou plus récent et les droits d&apos;administrateur.</translation>
    </message>
    <message>
        <source>No password to hand to the service: keep it in the credential store first (wizard or &apos;umconnect apply&apos;) or set {env}.</source>
        <translation>Aucun mot de passe à transmettre au service&#xa0;: enregistrez-le d&apos;abord dans le magasin d&apos;identifiants (assistant ou «&#xa0;umconnect apply&#xa0;») ou définissez {env}.</translation>
    </message>
    <message>
        <source>The service files are written, but nothing was started.</source>
        <translation>Les fichiers du service sont écrits, mais rien n&apos;a été démarré.</translation>
    </message>
    <message>
        <source>The service {unit} is {how} and started; it starts again at boot and after a failure.</source>
        <translation>Le service {unit} est {how} et démarré&#xa0;; il redémarre au démarrage de l&apos;ordinateur et après une panne.</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>mis à niveau</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installé</translation>
    </message>
    <message>
        <source>&apos;systemctl {command}&apos; failed: {error}</source>
        <translation>«&#xa0;systemctl {command}&#xa0;» a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The system service is not installed. Install it with &apos;sudo umconnect service install&apos;.</source>
        <translation>Le service système n&apos;est pas installé. Installez-le avec «&#xa0;sudo umconnect service install&#xa0;».</translation>
    </message>
    <message>
        <source>The system service is not installed.</source>
        <translation>Le service système n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>The system service is installed, but cannot run here.</source>
        <translation>Le service système est installé, mais ne peut pas fonctionner ici.</translation>
    </message>
    <message>
        <source>System service {unit}: {active} ({sub}), restarted {n} time(s).</source>
        <translation>Service système {unit}&#xa0;: {active} ({sub}), redémarré {n} fois.</translation>
    </message>
    <message>
        <source>systemd-analyze is not installed.</source>
        <translation>systemd-analyze n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Sealing secrets for a Windows service needs pywin32 and Windows.</source>
        <translation>Sceller des secrets pour un service Windows nécessite pywin32 et Windows.</translation>
    </message>
    <message>
        <source>umconnect service starting</source>
        <translation>démarrage du service umconnect</translation>
    </message>
    <message>
        <source>umconnect service stopped: {error}</source>
        <translation>service umconnect arrêté&#xa0;: {error}</translation>
    </message>
    <message>
        <source>umconnect service stopped</source>
        <translation>service umconnect arrêté</translation>
    </message>
    <message>
        <source>&apos;sc.exe {command}&apos; failed: {error}</source>
        <translation>«&#xa0;sc.exe {command}&#xa0;» a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>No password to hand to the service: keep it in the credential store first.</source>
        <translation>Aucun mot de passe à transmettre au service&#xa0;: enregistrez-le d&apos;abord dans le magasin d&apos;identifiants.</translation>
    </message>
    <message>
        <source>The rights on {path} could not be set: {error}</source>
        <translation>Les droits sur {path} n&apos;ont pas pu être définis&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The Windows service {name} is installed and started.</source>
        <translation>Le service Windows {name} est installé et démarré.</translation>
    </message>
    <message>
        <source>The Windows service is not installed.</source>
        <translation>Le service Windows n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Windows service {name}: {state}.</source>
        <translation>Service Windows {name}&#xa0;: {state}.</translation>
    </message>
    <message>
        <source>keyring&apos;s backend &apos;{name}&apos; is missing (found: {found}); the bundle lost keyring&apos;s entry points</source>
        <translation>le backend keyring «&#xa0;{name}&#xa0;» manque (trouvés&#xa0;: {found})&#xa0;; le paquet a perdu les points d&apos;entrée de keyring</translation>
    </message>
    <message>
        <source>backends {names}; in use here: {active}</source>
        <translation>backends {names}&#xa0;; utilisé ici&#xa0;: {active}</translation>
    </message>
    <message>
        <source>the style sheet is empty</source>
        <translation>la feuille de style est vide</translation>
    </message>
    <message>
        <source>{name} cannot be drawn (image plug-ins missing?)</source>
        <translation>{name} ne peut pas être dessiné (plug-ins d&apos;image manquants&#xa0;?)</translation>
    </message>
    <message>
        <source>style sheet and icons from {path}</source>
        <translation>feuille de style et icônes depuis {path}</translation>
    </message>
    <message>
        <source>{page} could not be drawn</source>
        <translation>{page} n&apos;a pas pu être dessinée</translation>
    </message>
    <message>
        <source>{n} pages: {names}</source>
        <translation>{n} pages&#xa0;: {names}</translation>
    </message>
    <message>
        <source>wizard pages</source>
        <translation>pages de l&apos;assistant</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>ressources</translation>
    </message>
    <message>
        <source>credential store</source>
        <translation>magasin d&apos;identifiants</translation>
    </message>
    <message>
        <source>self-test passed</source>
        <translation>auto-test réussi</translation>
    </message>
    <message>
        <source>self-test failed ({n})</source>
        <translation>auto-test échoué ({n})</translation>
    </message>
    <message>
        <source>the connection was closed ({why})</source>
        <translation>la connexion a été fermée ({why})</translation>
    </message>
    <message>
        <source>an unknown sender</source>
        <translation>un expéditeur inconnu</translation>
    </message>
    <message>
        <source>no subject</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>From {sender}. Subject: {subject}.
{body}</source>
        <translation>De {sender}. Objet&#xa0;: {subject}.
{body}</translation>
    </message>
    <message>
        <source>You have no new emails.</source>
        <translation>Vous n&apos;avez aucun nouvel e-mail.</translation>
    </message>
    <message>
        <source>You have {n} new email(s).</source>
        <translation>Vous avez {n} nouvel(s) e-mail(s).</translation>
    </message>
    <message>
        <source>Email {number}.</source>
        <translation>E-mail {number}.</translation>
    </message>
    <message>
        <source>espeak-ng is not installed. Install it (Debian: apt install espeak-ng) to make speech.</source>
        <translation>espeak-ng n&apos;est pas installé. Installez-le (Debian&#xa0;: apt install espeak-ng) pour produire la synthèse vocale.</translation>
    </message>
    <message>
        <source>espeak-ng took longer than {s:g} s; try a shorter text.</source>
        <translation>espeak-ng a mis plus de {s:g} s&#xa0;; essayez un texte plus court.</translation>
    </message>
    <message>
        <source>espeak-ng failed ({code}): {error}</source>
        <translation>espeak-ng a échoué ({code})&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;umconnect {version}&lt;/h3&gt;&lt;p&gt;Connects a voicemail system to its mail server: a setup wizard and the connector service it installs.&lt;/p&gt;&lt;p&gt;Python {python}, Qt {qt} (PySide6 {pyside})&lt;br&gt;Credential store: {store}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;umconnect {version}&lt;/h3&gt;&lt;p&gt;Relie un système de messagerie vocale à son serveur de messagerie&#xa0;: un assistant de configuration et le service connecteur qu&apos;il installe.&lt;/p&gt;&lt;p&gt;Python {python}, Qt {qt} (PySide6 {pyside})&lt;br&gt;Magasin d&apos;identifiants&#xa0;: {store}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About umconnect</source>
        <translation>À propos d&apos;umconnect</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
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
        <translation>Afficher le mot de passe tel que saisi, pour le vérifier&#xa0;; rien d&apos;autre ne change.</translation>
    </message>
    <message>
        <source>e.g. EXAMPLE</source>
        <translation>par ex. EXAMPLE</translation>
    </message>
    <message>
        <source>Superuser &amp;login:</source>
        <translation>&amp;Identifiant du superutilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Mailbox &amp;access:</source>
        <translation>&amp;Accès aux boîtes&#xa0;:</translation>
    </message>
    <message>
        <source>Windows &amp;domain:</source>
        <translation>&amp;Domaine Windows&#xa0;:</translation>
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
        <translation>Dovecot et la plupart des serveurs&#xa0;: SASL PLAIN. Exchange&#xa0;: DOMAIN\superuser\alias.</translation>
    </message>
    <message>
        <source>ℹ The password will be kept in the credential store: {store}.</source>
        <translation>ℹ Le mot de passe sera gardé dans le magasin d&apos;identifiants&#xa0;: {store}.</translation>
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
        <translation>Trouver le serveur de messagerie depuis une adresse e-mail</translation>
    </message>
    <message>
        <source>Enter the address of any mailbox on the mail server. The wizard looks at known providers, the domain&apos;s DNS records (SRV) and Exchange Autodiscover. Only the address is sent, to the domain&apos;s own servers; no password.</source>
        <translation>Saisissez l&apos;adresse de n&apos;importe quelle boîte aux lettres du serveur. L&apos;assistant consulte les fournisseurs connus, les enregistrements DNS du domaine (SRV) et Exchange Autodiscover. Seule l&apos;adresse est envoyée, aux serveurs du domaine lui-même&#xa0;; aucun mot de passe.</translation>
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
        <translation>Adresse &amp;e-mail&#xa0;:</translation>
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
        <translation>Ser&amp;veurs trouvés&#xa0;:</translation>
    </message>
    <message>
        <source>Places looked at without result</source>
        <translation>Sources consultées sans résultat</translation>
    </message>
    <message>
        <source>&amp;Looked at without result:</source>
        <translation>Consultées &amp;sans résultat&#xa0;:</translation>
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
        <translation>• {source}&#xa0;: {outcome}</translation>
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
        <translation>✘ La recherche a échoué&#xa0;: {error}</translation>
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
trouvé par&#xa0;:
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
        <translation>L&apos;ordinateur sur lequel tourne le système UM&#xa0;; la passerelle ne doit pas y tourner.</translation>
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
        <translation>Une ligne par serveur Exchange&#xa0;: son nom complet et sa version (2010, 2013, 2016, 2019 ou SE).</translation>
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
        <translation>Système d&apos;exploitation&#xa0;:</translation>
    </message>
    <message>
        <source>Computer name:</source>
        <translation>Nom de l&apos;ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adresses&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;UM server:</source>
        <translation>Serveur &amp;UM&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xchange servers:</source>
        <translation>Serveurs E&amp;xchange&#xa0;:</translation>
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
        <source>The check could not finish: {error}. Change an answer to run it again.</source>
        <translation>La vérification n&apos;a pas pu aboutir&#xa0;: {error}. Modifiez une réponse pour la relancer.</translation>
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
        <translation>Appuyez sur «&#xa0;Tester la connexion&#xa0;» pour commencer.</translation>
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
        <translation>Aller à la page où corriger</translation>
    </message>
    <message>
        <source>Go back to the page where the setting behind the failed step is made; the answers on the pages between are kept.</source>
        <translation>Revenir à la page où se fait le réglage de l&apos;étape en échec&#xa0;; les réponses des pages intermédiaires sont conservées.</translation>
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
        <translation>Une ligne par étape&#xa0;: son état en toutes lettres, l&apos;étape, le résultat en quelques mots et sa durée. Choisissez une ligne pour voir ses détails.</translation>
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
        <translation>Le test a réussi avec des avertissements&#xa0;; cochez pour continuer une fois que vous les avez lus et qu&apos;ils sont acceptables sur ce site.</translation>
    </message>
    <message>
        <source>The settings changed since the last test. Press Test connection again.</source>
        <translation>Les réglages ont changé depuis le dernier test. Appuyez de nouveau sur «&#xa0;Tester la connexion&#xa0;».</translation>
    </message>
    <message>
        <source>Testing {host}…</source>
        <translation>Test de {host}…</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Approuver ce certificat&#xa0;?</translation>
    </message>
    <message>
        <source>Compare this SHA-256 fingerprint with the one the server&apos;s administrator reads from the server:

{fp}

Trust exactly this certificate from now on?</source>
        <translation>Comparez cette empreinte SHA-256 avec celle que l&apos;administrateur lit sur le serveur&#xa0;:

{fp}

Approuver désormais exactement ce certificat&#xa0;?</translation>
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
        <translation>Aller à la pa&amp;ge pour corriger&#xa0;: {page}</translation>
    </message>
    <message>
        <source>The test could not run: {error}</source>
        <translation>Le test n&apos;a pas pu s&apos;exécuter&#xa0;: {error}</translation>
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
        <translation>Que faire&#xa0;:</translation>
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
        <translation>&amp;Journal de cette session&#xa0;:</translation>
    </message>
    <message>
        <source>Save support &amp;bundle…</source>
        <translation>Enregistrer le &amp;paquet d&apos;assistance…</translation>
    </message>
    <message>
        <source>One zip for the helpdesk: the configuration, the last test report, the log tails and the versions. Passwords are never in it.</source>
        <translation>Un zip pour l&apos;assistance&#xa0;: la configuration, le dernier rapport de test, la fin des journaux et les versions. Il ne contient jamais de mot de passe.</translation>
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
        <translation>{path} n&apos;a pas pu être écrit&#xa0;: {error}. Choisissez un autre dossier.</translation>
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
    <name>ExchangeServersPage</name>
    <message>
        <source>Exchange Web Services</source>
        <translation>Services web Exchange</translation>
    </message>
    <message>
        <source>The gateway reaches each Exchange server through its web services (EWS).</source>
        <translation>La passerelle joint chaque serveur Exchange par ses services web (EWS).</translation>
    </message>
    <message>
        <source>ℹ The Exchange gateway (MAPI gateway) talks to on-premises Exchange through Exchange Web Services, opening each UM user&apos;s mailbox as the superuser by impersonation. It is not offered for Office 365: Exchange Online has switched EWS and the impersonation role off, so Office 365 is reached through the IMAP connector with OAuth 2.0.</source>
        <translation>ℹ La passerelle Exchange (passerelle MAPI) dialogue avec Exchange sur site par les services web Exchange, en ouvrant la boîte aux lettres de chaque utilisateur UM en tant que superutilisateur par emprunt d&apos;identité. Elle n&apos;est pas proposée pour Office 365&#xa0;: Exchange Online a désactivé EWS et le rôle d&apos;emprunt d&apos;identité, Office 365 est donc joint par le connecteur IMAP avec OAuth 2.0.</translation>
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
        <source>EWS address</source>
        <translation>Adresse EWS</translation>
    </message>
    <message>
        <source>EWS addresses</source>
        <translation>Adresses EWS</translation>
    </message>
    <message>
        <source>One row per Exchange server; type its EWS address, or leave it empty for Autodiscover to find it.</source>
        <translation>Une ligne par serveur Exchange&#xa0;; saisissez son adresse EWS, ou laissez-la vide pour qu&apos;Autodiscover la trouve.</translation>
    </message>
    <message>
        <source>empty: the standard Autodiscover addresses of the test mailbox&apos;s domain</source>
        <translation>vide&#xa0;: les adresses Autodiscover standard du domaine de la boîte de test</translation>
    </message>
    <message>
        <source>empty: the system&apos;s authorities</source>
        <translation>vide&#xa0;: les autorités du système</translation>
    </message>
    <message>
        <source>Autodiscover address</source>
        <translation>Adresse Autodiscover</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Fichier de l&apos;autorité de certification</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Browse for the certificate authority file</source>
        <translation>Parcourir pour le fichier de l&apos;autorité de certification</translation>
    </message>
    <message>
        <source>A&amp;utodiscover address:</source>
        <translation>Adresse A&amp;utodiscover&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>&amp;Autorité de certification&#xa0;:</translation>
    </message>
    <message>
        <source>Only if the standard addresses (autodiscover.&lt;domain&gt;) do not answer.</source>
        <translation>Seulement si les adresses standard (autodiscover.&lt;domain&gt;) ne répondent pas.</translation>
    </message>
    <message>
        <source>The PEM file of the authority that signed Exchange&apos;s certificate, if it is private.</source>
        <translation>Le fichier PEM de l&apos;autorité qui a signé le certificat d&apos;Exchange, si elle est privée.</translation>
    </message>
    <message>
        <source>E&amp;WS address of each server:</source>
        <translation>Adresse E&amp;WS de chaque serveur&#xa0;:</translation>
    </message>
    <message>
        <source>An empty address is found by Autodiscover during the test; usually it is https://&lt;server&gt;/EWS/Exchange.asmx.</source>
        <translation>Une adresse vide est trouvée par Autodiscover pendant le test&#xa0;; c&apos;est en général https://&lt;server&gt;/EWS/Exchange.asmx.</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
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
        <translation>Que faire&#xa0;: {remedy}</translation>
    </message>
    <message>
        <source>{level} {rule}</source>
        <translation>{level} {rule}</translation>
    </message>
    <message>
        <source>I have checked this with the customer; continue anyway</source>
        <translation>J&apos;ai vérifié cela avec le client&#xa0;; continuer quand même</translation>
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
        <source>Try a&amp;gain</source>
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
        <translation>Écrit un court message vocal dans le spool, comme le ferait le système UM&#xa0;; il apparaît dans la boîte aux lettres en quelques secondes.</translation>
    </message>
    <message>
        <source>System service</source>
        <translation>Service système</translation>
    </message>
    <message>
        <source>Install as a s&amp;ystem service</source>
        <translation>Installer comme service s&amp;ystème</translation>
    </message>
    <message>
        <source>Starts the connector at boot under an account of its own; it is handed the password encrypted for this computer only.</source>
        <translation>Démarre le connecteur au démarrage sous un compte qui lui est propre&#xa0;; il reçoit le mot de passe chiffré pour cet ordinateur uniquement.</translation>
    </message>
    <message>
        <source>S&amp;top the service</source>
        <translation>Arrêt&amp;er le service</translation>
    </message>
    <message>
        <source>&amp;Remove the system service</source>
        <translation>S&amp;upprimer le service système</translation>
    </message>
    <message>
        <source>Stops it and removes its unit, configuration and password; its journal stays, so nothing is delivered twice later.</source>
        <translation>L&apos;arrête et supprime son unité, sa configuration et son mot de passe&#xa0;; son journal reste, pour que rien ne soit livré deux fois plus tard.</translation>
    </message>
    <message>
        <source>Service &amp;log:</source>
        <translation>&amp;Journal du service&#xa0;:</translation>
    </message>
    <message>
        <source>This is the demo: the connector and the demo mail server stop when this window closes.</source>
        <translation>Ceci est la démo&#xa0;: le connecteur et le serveur de démonstration s&apos;arrêtent à la fermeture de cette fenêtre.</translation>
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
        <source>The connector runs in the background for this user until it is installed as a system service.</source>
        <translation>Le connecteur fonctionne en arrière-plan pour cet utilisateur jusqu&apos;à son installation comme service système.</translation>
    </message>
    <message>
        <source>Setup did not finish: {error}</source>
        <translation>L&apos;installation n&apos;a pas abouti&#xa0;: {error}</translation>
    </message>
    <message>
        <source>&amp;Start the service</source>
        <translation>&amp;Démarrer le service</translation>
    </message>
    <message>
        <source>Start a&amp;gain</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Installing the system service…</source>
        <translation>Installation du service système…</translation>
    </message>
    <message>
        <source>&amp;Upgrade the system service</source>
        <translation>&amp;Mettre à niveau le service système</translation>
    </message>
    <message>
        <source>The system service is removed; its journal stays in {path}.</source>
        <translation>Le service système est supprimé&#xa0;; son journal reste dans {path}.</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Dossier du journal</translation>
    </message>
    <message>
        <source>No file manager could be started. The log is in:
{path}</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a pu être lancé. Le journal se trouve dans&#xa0;:
{path}</translation>
    </message>
    <message>
        <source>Voicemail left for {box}; watch it arrive…</source>
        <translation>Message vocal laissé pour {box}&#xa0;; regardez-le arriver…</translation>
    </message>
</context>
<context>
    <name>GatewayAccountsPage</name>
    <message>
        <source>Superuser account</source>
        <translation>Compte superutilisateur</translation>
    </message>
    <message>
        <source>The account that opens every UM user&apos;s mailbox by impersonation (NPUMAdmin in the UM documentation).</source>
        <translation>Le compte qui ouvre la boîte aux lettres de chaque utilisateur UM par emprunt d&apos;identité (NPUMAdmin dans la documentation UM).</translation>
    </message>
    <message>
        <source>EXAMPLE\NPUMAdmin or npumadmin@example.com</source>
        <translation>EXAMPLE\NPUMAdmin ou npumadmin@example.com</translation>
    </message>
    <message>
        <source>Superuser password</source>
        <translation>Mot de passe du superutilisateur</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Show the password as typed, to check it; nothing else changes.</source>
        <translation>Afficher le mot de passe tel que saisi, pour le vérifier&#xa0;; rien d&apos;autre ne change.</translation>
    </message>
    <message>
        <source>Superuser login</source>
        <translation>Identifiant du superutilisateur</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Mode de connexion</translation>
    </message>
    <message>
        <source>Superuser &amp;login:</source>
        <translation>&amp;Identifiant du superutilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign-in:</source>
        <translation>Mode de &amp;connexion&#xa0;:</translation>
    </message>
    <message>
        <source>DOMAIN\account (down-level name) or the account&apos;s UPN.</source>
        <translation>DOMAIN\account (nom de niveau inférieur) ou l&apos;UPN du compte.</translation>
    </message>
    <message>
        <source>Kept in the credential store, never in the configuration file.</source>
        <translation>Gardé dans le magasin d&apos;identifiants, jamais dans le fichier de configuration.</translation>
    </message>
    <message>
        <source>NTLM is the Windows sign-in Exchange offers by default; the test reads what the server offers and says when NTLM is missing.</source>
        <translation>NTLM est la connexion Windows qu&apos;Exchange propose par défaut&#xa0;; le test lit ce que le serveur propose et signale l&apos;absence de NTLM.</translation>
    </message>
    <message>
        <source>ℹ The superuser needs the ApplicationImpersonation role in Exchange (more than an ordinary administrator&apos;s rights). The connection test checks it and shows the PowerShell that grants it if it is missing.</source>
        <translation>ℹ Le superutilisateur a besoin du rôle ApplicationImpersonation dans Exchange (plus que les droits d&apos;un administrateur ordinaire). Le test de connexion le vérifie et affiche le PowerShell qui l&apos;accorde s&apos;il manque.</translation>
    </message>
    <message>
        <source>ℹ The password will be kept in the credential store: {store}.</source>
        <translation>ℹ Le mot de passe sera gardé dans le magasin d&apos;identifiants&#xa0;: {store}.</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>est vide.</translation>
    </message>
    <message>
        <source>Enter it as EXAMPLE\NPUMAdmin or npumadmin@example.com.</source>
        <translation>Saisissez-le sous la forme EXAMPLE\NPUMAdmin ou npumadmin@example.com.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Enter the superuser&apos;s password.</source>
        <translation>Saisissez le mot de passe du superutilisateur.</translation>
    </message>
</context>
<context>
    <name>GooglePage</name>
    <message>
        <source>Google Workspace sign-in (OAuth 2.0)</source>
        <translation>Connexion Google Workspace (OAuth 2.0)</translation>
    </message>
    <message>
        <source>Google takes no ordinary passwords over IMAP. A service account with domain-wide delegation opens every user&apos;s mailbox; an app password works for one account that may open the others.</source>
        <translation>Google n&apos;accepte pas de mots de passe ordinaires sur IMAP. Un compte de service avec délégation au niveau du domaine ouvre la boîte aux lettres de chaque utilisateur&#xa0;; un mot de passe d&apos;application convient pour un compte autorisé à ouvrir les autres.</translation>
    </message>
    <message>
        <source>&amp;Service account with domain-wide delegation (recommended)</source>
        <translation>&amp;Compte de service avec délégation au niveau du domaine (recommandé)</translation>
    </message>
    <message>
        <source>&amp;App password instead</source>
        <translation>Mot de passe d&apos;&amp;application à la place</translation>
    </message>
    <message>
        <source>the service account&apos;s JSON key</source>
        <translation>la clé JSON du compte de service</translation>
    </message>
    <message>
        <source>Service account key file</source>
        <translation>Fichier de clé du compte de service</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <source>Browse for the service account key file</source>
        <translation>Parcourir pour le fichier de clé du compte de service</translation>
    </message>
    <message>
        <source>system authorities</source>
        <translation>autorités du système</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Compte de service</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Fichier de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Service account:</source>
        <translation>Compte de service&#xa0;:</translation>
    </message>
    <message>
        <source>Token service CA &amp;file:</source>
        <translation>Fichier CA du service de &amp;jetons&#xa0;:</translation>
    </message>
    <message>
        <source>Token service certificate authority file</source>
        <translation>Fichier de l&apos;autorité de certification du service de jetons</translation>
    </message>
    <message>
        <source>One key opens every UM user&apos;s mailbox; the Workspace administrator allows it once.</source>
        <translation>Une clé ouvre la boîte aux lettres de chaque utilisateur UM&#xa0;; l&apos;administrateur Workspace l&apos;autorise une fois.</translation>
    </message>
    <message>
        <source>One account&apos;s app password; that account must be allowed to open the others.</source>
        <translation>Le mot de passe d&apos;application d&apos;un compte&#xa0;; ce compte doit être autorisé à ouvrir les autres.</translation>
    </message>
    <message>
        <source>The JSON key downloaded when the service account&apos;s key was created (Google Cloud console, IAM, Service accounts, Keys).</source>
        <translation>La clé JSON téléchargée lors de la création de la clé du compte de service (console Google Cloud, IAM, Comptes de service, Clés).</translation>
    </message>
    <message>
        <source>Only if a proxy inspects TLS: the PEM file of its certificate authority.</source>
        <translation>Seulement si un proxy inspecte TLS&#xa0;: le fichier PEM de son autorité de certification.</translation>
    </message>
    <message>
        <source>What the Workspace administrator does once</source>
        <translation>Ce que l&apos;administrateur Workspace fait une fois</translation>
    </message>
    <message>
        <source>Steps for the Workspace administrator</source>
        <translation>Étapes pour l&apos;administrateur Workspace</translation>
    </message>
    <message>
        <source>Next asks for the account and its app password (Google Account, Security, 2-Step Verification, App passwords). That account must be allowed to open the other users&apos; mailboxes.</source>
        <translation>Suivant demande le compte et son mot de passe d&apos;application (Compte Google, Sécurité, Validation en deux étapes, Mots de passe des applications). Ce compte doit être autorisé à ouvrir les boîtes aux lettres des autres utilisateurs.</translation>
    </message>
    <message>
        <source>Service account key</source>
        <translation>Clé du compte de service</translation>
    </message>
    <message>
        <source>JSON key files (*.json);;All files (*)</source>
        <translation>Fichiers de clé JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>{email} (client ID {client})</source>
        <translation>{email} (ID client {client})</translation>
    </message>
    <message>
        <source>&lt;the key file&apos;s client ID&gt;</source>
        <translation>&lt;ID client du fichier de clé&gt;</translation>
    </message>
    <message>
        <source>1. Admin console: Security &gt; Access and data control &gt; API controls &gt; Manage Domain Wide Delegation &gt; Add new</source>
        <translation>1. Console d&apos;administration&#xa0;: Sécurité &gt; Contrôle des accès et des données &gt; Commandes des API &gt; Gérer la délégation au niveau du domaine &gt; Ajouter</translation>
    </message>
    <message>
        <source>   Client ID: {client}</source>
        <translation>   ID client&#xa0;: {client}</translation>
    </message>
    <message>
        <source>   OAuth scopes: {scope}</source>
        <translation>   Étendues OAuth&#xa0;: {scope}</translation>
    </message>
    <message>
        <source>2. Admin console: Apps &gt; Google Workspace &gt; Gmail &gt; End User Access &gt; POP and IMAP access: enable IMAP for the UM users.</source>
        <translation>2. Console d&apos;administration&#xa0;: Applications &gt; Google Workspace &gt; Gmail &gt; Accès des utilisateurs finaux &gt; Accès POP et IMAP&#xa0;: activez IMAP pour les utilisateurs UM.</translation>
    </message>
</context>
<context>
    <name>OAuthPages</name>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Show the secret as typed, to check it; nothing else changes.</source>
        <translation>Afficher le secret tel que saisi, pour le vérifier&#xa0;; rien d&apos;autre ne change.</translation>
    </message>
    <message>
        <source>ℹ The {kind} will be kept in the credential store ({store}), never in the configuration file.</source>
        <translation>ℹ Le secret ({kind}) sera gardé dans le magasin d&apos;identifiants ({store}), jamais dans le fichier de configuration.</translation>
    </message>
</context>
<context>
    <name>Office365Page</name>
    <message>
        <source>Office 365 sign-in (OAuth 2.0)</source>
        <translation>Connexion Office 365 (OAuth 2.0)</translation>
    </message>
    <message>
        <source>Office 365 takes no passwords over IMAP. The connector signs in as an app registration that the tenant administrator allows to open the UM users&apos; mailboxes.</source>
        <translation>Office 365 n&apos;accepte aucun mot de passe sur IMAP. Le connecteur se connecte en tant qu&apos;inscription d&apos;application que l&apos;administrateur du tenant autorise à ouvrir les boîtes aux lettres des utilisateurs UM.</translation>
    </message>
    <message>
        <source>GUID, or contoso.onmicrosoft.com</source>
        <translation>GUID, ou contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>Application (client) ID, a GUID</source>
        <translation>ID d&apos;application (client), un GUID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Client secret value</source>
        <translation>Valeur du secret client</translation>
    </message>
    <message>
        <source>the secret&apos;s Value, not its ID</source>
        <translation>la valeur du secret, pas son ID</translation>
    </message>
    <message>
        <source>40 hexadecimal digits</source>
        <translation>40 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>.pfx or PEM file with the private key</source>
        <translation>fichier .pfx ou PEM avec la clé privée</translation>
    </message>
    <message>
        <source>only for a .pfx or an encrypted key</source>
        <translation>seulement pour un .pfx ou une clé chiffrée</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <source>Browse for the private key file</source>
        <translation>Parcourir pour le fichier de clé privée</translation>
    </message>
    <message>
        <source>system authorities</source>
        <translation>autorités du système</translation>
    </message>
    <message>
        <source>Directory (&amp;tenant) ID:</source>
        <translation>ID de l&apos;annuaire (&amp;tenant)&#xa0;:</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>ID d&apos;application (&amp;client)&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;redential:</source>
        <translation>Info&amp;rmations d&apos;identification&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;secret value:</source>
        <translation>&amp;Valeur du secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate thu&amp;mbprint:</source>
        <translation>&amp;Empreinte du certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation>Fic&amp;hier de clé privée&#xa0;:</translation>
    </message>
    <message>
        <source>Key fi&amp;le password:</source>
        <translation>&amp;Mot de passe du fichier de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in service (national clouds only)</source>
        <translation>Service de connexion (clouds nationaux seulement)</translation>
    </message>
    <message>
        <source>A&amp;uthority:</source>
        <translation>A&amp;utorité&#xa0;:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;Fichier CA&#xa0;:</translation>
    </message>
    <message>
        <source>Entra admin center, App registrations, your app, Overview: Directory (tenant) ID.</source>
        <translation>Centre d&apos;administration Entra, Inscriptions d&apos;applications, votre application, Vue d&apos;ensemble&#xa0;: ID de l&apos;annuaire (tenant).</translation>
    </message>
    <message>
        <source>Same page: Application (client) ID.</source>
        <translation>Même page&#xa0;: ID d&apos;application (client).</translation>
    </message>
    <message>
        <source>A client secret, or a certificate uploaded to the app registration (its private key stays here).</source>
        <translation>Un secret client, ou un certificat téléversé dans l&apos;inscription d&apos;application (sa clé privée reste ici).</translation>
    </message>
    <message>
        <source>Certificates &amp; secrets: the Value column, shown only when the secret is created.</source>
        <translation>Certificats &amp; secrets&#xa0;: la colonne Valeur, affichée seulement à la création du secret.</translation>
    </message>
    <message>
        <source>Certificates &amp; secrets, Certificates: the Thumbprint column.</source>
        <translation>Certificats &amp; secrets, Certificats&#xa0;: la colonne Empreinte.</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key: the .pfx the certificate was exported to, or a PEM file (BEGIN PRIVATE KEY).</source>
        <translation>La clé privée du certificat&#xa0;: le fichier .pfx dans lequel le certificat a été exporté, ou un fichier PEM (BEGIN PRIVATE KEY).</translation>
    </message>
    <message>
        <source>The password the .pfx (or the encrypted PEM key) was exported with. It only opens the file here and is not kept.</source>
        <translation>Le mot de passe avec lequel le .pfx (ou la clé PEM chiffrée) a été exporté. Il sert seulement à ouvrir le fichier ici et n&apos;est pas conservé.</translation>
    </message>
    <message>
        <source>Certificate keys (*.pfx *.p12 *.pem *.key);;All files (*)</source>
        <translation>Clés de certificat (*.pfx *.p12 *.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the .pfx the certificate was exported to, or a PEM file with its private key.</source>
        <translation>Choisissez le .pfx dans lequel le certificat a été exporté, ou un fichier PEM avec sa clé privée.</translation>
    </message>
    <message>
        <source>Only for a national cloud: its sign-in address. Empty: the global Microsoft sign-in service.</source>
        <translation>Seulement pour un cloud national&#xa0;: son adresse de connexion. Vide&#xa0;: le service de connexion mondial de Microsoft.</translation>
    </message>
    <message>
        <source>Only if a proxy inspects TLS: the PEM file of its certificate authority.</source>
        <translation>Seulement si un proxy inspecte TLS&#xa0;: le fichier PEM de son autorité de certification.</translation>
    </message>
    <message>
        <source>Directory (tenant) ID</source>
        <translation>ID de l&apos;annuaire (tenant)</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID d&apos;application (client)</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Informations d&apos;identification</translation>
    </message>
    <message>
        <source>Certificate thumbprint</source>
        <translation>Empreinte du certificat</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Fichier de clé privée</translation>
    </message>
    <message>
        <source>Key file password</source>
        <translation>Mot de passe du fichier de clé</translation>
    </message>
    <message>
        <source>Sign-in authority</source>
        <translation>Autorité de connexion</translation>
    </message>
    <message>
        <source>Sign-in service certificate authority file</source>
        <translation>Fichier de l&apos;autorité de certification du service de connexion</translation>
    </message>
    <message>
        <source>What the tenant administrator does once</source>
        <translation>Ce que l&apos;administrateur du tenant fait une fois</translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center: App registrations, New registration; API permissions, Add a permission, APIs my organization uses, Office 365 Exchange Online, Application permissions, {role}; then Grant admin consent. Then in Exchange Online PowerShell:</source>
        <translation>Dans le centre d&apos;administration Microsoft Entra&#xa0;: Inscriptions d&apos;applications, Nouvelle inscription&#xa0;; Autorisations d&apos;API, Ajouter une autorisation, API utilisées par mon organisation, Office 365 Exchange Online, Autorisations d&apos;application, {role}&#xa0;; puis Accorder le consentement administrateur. Ensuite, dans Exchange Online PowerShell&#xa0;:</translation>
    </message>
    <message>
        <source>PowerShell for the tenant administrator</source>
        <translation>PowerShell pour l&apos;administrateur du tenant</translation>
    </message>
    <message>
        <source>Co&amp;py commands</source>
        <translation>C&amp;opier les commandes</translation>
    </message>
    <message>
        <source>Copy the PowerShell commands</source>
        <translation>Copier les commandes PowerShell</translation>
    </message>
    <message>
        <source>Private key of the certificate</source>
        <translation>Clé privée du certificat</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>est vide.</translation>
    </message>
    <message>
        <source>Enter the client secret&apos;s Value.</source>
        <translation>Saisissez la valeur du secret client.</translation>
    </message>
    <message>
        <source>this is the secret&apos;s ID (a GUID), not its value.</source>
        <translation>c&apos;est l&apos;ID du secret (un GUID), pas sa valeur.</translation>
    </message>
    <message>
        <source>Enter the Value column of Certificates &amp; secrets; if it was not copied when created, create a new secret.</source>
        <translation>Saisissez la colonne Valeur de Certificats &amp; secrets&#xa0;; si elle n&apos;a pas été copiée à la création, créez un nouveau secret.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be read.</source>
        <translation>«&#xa0;{path}&#xa0;» ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Check the path, and that this account may read the file.</source>
        <translation>Vérifiez le chemin, et que ce compte peut lire le fichier.</translation>
    </message>
    <message>
        <source>does not open &apos;{path}&apos;.</source>
        <translation>n&apos;ouvre pas «&#xa0;{path}&#xa0;».</translation>
    </message>
    <message>
        <source>is needed to open &apos;{path}&apos;.</source>
        <translation>est nécessaire pour ouvrir «&#xa0;{path}&#xa0;».</translation>
    </message>
    <message>
        <source>Enter the password the certificate was exported with.</source>
        <translation>Saisissez le mot de passe avec lequel le certificat a été exporté.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; holds no private key.</source>
        <translation>«&#xa0;{path}&#xa0;» ne contient aucune clé privée.</translation>
    </message>
    <message>
        <source>Choose the .pfx the certificate was exported to with its private key, or a PEM file with BEGIN PRIVATE KEY.</source>
        <translation>Choisissez le .pfx dans lequel le certificat a été exporté avec sa clé privée, ou un fichier PEM avec BEGIN PRIVATE KEY.</translation>
    </message>
    <message>
        <source>holds an {kind} key; Office 365 signs applications in with RSA certificates only.</source>
        <translation>contient une clé {kind}&#xa0;; Office 365 ne connecte les applications qu&apos;avec des certificats RSA.</translation>
    </message>
    <message>
        <source>Create the certificate with an RSA key (2048 bits or more), upload it to the app registration and export it with its key.</source>
        <translation>Créez le certificat avec une clé RSA (2048 bits ou plus), chargez-le dans l&apos;inscription d&apos;application et exportez-le avec sa clé.</translation>
    </message>
    <message>
        <source>does not match the certificate in &apos;{path}&apos; ({thumbprint}).</source>
        <translation>ne correspond pas au certificat de «&#xa0;{path}&#xa0;» ({thumbprint}).</translation>
    </message>
    <message>
        <source>Upload that certificate to the app registration and use its thumbprint, or choose the key of the certificate uploaded.</source>
        <translation>Chargez ce certificat dans l&apos;inscription d&apos;application et utilisez son empreinte, ou choisissez la clé du certificat chargé.</translation>
    </message>
    <message>
        <source># The Object ID comes from Enterprise applications, not from App registrations.</source>
        <translation># L&apos;ID d&apos;objet provient des applications d&apos;entreprise, pas des inscriptions d&apos;applications.</translation>
    </message>
    <message>
        <source># FullAccess on each UM user&apos;s mailbox, and on no other: this scopes the application.</source>
        <translation># FullAccess sur la boîte aux lettres de chaque utilisateur UM, et sur aucune autre&#xa0;: cela limite l&apos;application.</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>This wizard connects the voicemail system to the customer&apos;s mail server. It asks about the site, the server and the superuser, tests every step live, and only changes something when you press Apply. A prepared answer file (Load answers…) fills every page in; passwords are never part of it.</source>
        <translation>Cet assistant relie le système de messagerie vocale au serveur de messagerie du client. Il demande le site, le serveur et le superutilisateur, teste chaque étape en direct et ne modifie rien avant que vous n&apos;appuyiez sur «&#xa0;Appliquer&#xa0;». Un fichier de réponses préparé («&#xa0;Charger des réponses…&#xa0;») remplit toutes les pages&#xa0;; il ne contient jamais de mot de passe.</translation>
    </message>
    <message>
        <source>The kind of mail server and the number of UM users decide which adapter the site needs: the IMAP connector (one mail server, up to 500 users on Exchange) or the Exchange gateway on its own Windows computer. An error here keeps Next off and says why; a warning needs your tick after checking it with the customer.</source>
        <translation>Le type de serveur de messagerie et le nombre d&apos;utilisateurs UM décident de l&apos;adaptateur nécessaire&#xa0;: le connecteur IMAP (un serveur, jusqu&apos;à 500 utilisateurs avec Exchange) ou la passerelle Exchange sur son propre ordinateur Windows. Une erreur ici bloque «&#xa0;Suivant&#xa0;» et dit pourquoi&#xa0;; un avertissement demande votre coche après vérification avec le client.</translation>
    </message>
    <message>
        <source>The Exchange gateway runs on a Windows computer of its own, in the same domain as the Exchange servers and never on the UM server. This page reads this computer&apos;s facts and checks them, and the names you enter, against those rules.</source>
        <translation>La passerelle Exchange tourne sur son propre ordinateur Windows, dans le même domaine que les serveurs Exchange et jamais sur le serveur UM. Cette page lit les caractéristiques de cet ordinateur et les vérifie, ainsi que les noms saisis, au regard de ces règles.</translation>
    </message>
    <message>
        <source>The gateway reaches each Exchange server through Exchange Web Services (EWS). Type a server&apos;s EWS address, or leave it empty and the test finds it by Autodiscover from the test mailbox&apos;s domain. A private certificate authority that signed Exchange&apos;s certificate is given here as a PEM file.</source>
        <translation>La passerelle joint chaque serveur Exchange par les services web Exchange (EWS). Saisissez l&apos;adresse EWS d&apos;un serveur, ou laissez-la vide&#xa0;: le test la trouve alors par Autodiscover à partir du domaine de la boîte de test. Une autorité de certification privée qui a signé le certificat d&apos;Exchange est indiquée ici sous forme de fichier PEM.</translation>
    </message>
    <message>
        <source>The superuser (NPUMAdmin) opens every UM user&apos;s mailbox through EWS impersonation, so it needs the ApplicationImpersonation role. Give it as DOMAIN\account or as its UPN; NTLM is the sign-in Exchange offers by default. The password goes to the credential store, never to a file.</source>
        <translation>Le superutilisateur (NPUMAdmin) ouvre la boîte aux lettres de chaque utilisateur UM par emprunt d&apos;identité EWS&#xa0;; il lui faut donc le rôle ApplicationImpersonation. Indiquez-le sous la forme DOMAIN\account ou par son UPN&#xa0;; NTLM est la connexion qu&apos;Exchange propose par défaut. Le mot de passe va dans le magasin d&apos;identifiants, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Office 365 takes no passwords over IMAP: the connector signs in with OAuth 2.0 as an app registration. Copy the tenant and client IDs and the client secret&apos;s Value (or a certificate) from the Entra admin center; the tenant administrator then runs the commands shown once, which open only the UM users&apos; mailboxes to the app.</source>
        <translation>Office 365 n&apos;accepte aucun mot de passe sur IMAP&#xa0;: le connecteur se connecte avec OAuth 2.0 en tant qu&apos;inscription d&apos;application. Copiez les ID de tenant et de client et la valeur du secret client (ou un certificat) depuis le centre d&apos;administration Entra&#xa0;; l&apos;administrateur du tenant exécute ensuite une fois les commandes affichées, qui n&apos;ouvrent à l&apos;application que les boîtes aux lettres des utilisateurs UM.</translation>
    </message>
    <message>
        <source>Google Workspace takes no ordinary passwords over IMAP. A service account&apos;s JSON key, with domain-wide delegation granted once by the Workspace administrator, opens every UM user&apos;s mailbox with OAuth 2.0. An app password works instead for one account that may open the others. The key goes to the credential store, never to a file.</source>
        <translation>Google Workspace n&apos;accepte pas de mots de passe ordinaires sur IMAP. La clé JSON d&apos;un compte de service, auquel l&apos;administrateur Workspace accorde une fois la délégation au niveau du domaine, ouvre avec OAuth 2.0 la boîte aux lettres de chaque utilisateur UM. Un mot de passe d&apos;application convient aussi, pour un compte autorisé à ouvrir les autres. La clé va dans le magasin d&apos;identifiants, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The IMAP server the connector logs in to. Use the name on the server&apos;s certificate, port 993 with TLS or 143 with STARTTLS. A private certificate authority or one trusted certificate can be given here; the connection test offers the fingerprint when a certificate is refused.</source>
        <translation>Le serveur IMAP auquel le connecteur se connecte. Utilisez le nom figurant sur le certificat du serveur, le port 993 avec TLS ou 143 avec STARTTLS. Une autorité de certification privée ou un certificat approuvé peut être indiqué ici&#xa0;; le test de connexion propose l&apos;empreinte quand un certificat est refusé.</translation>
    </message>
    <message>
        <source>The superuser (NPUMAdmin) opens every UM user&apos;s mailbox on that user&apos;s behalf. Choose how the server lets it do so: a SASL authorization identity (Dovecot and most servers), a master user login, or Exchange&apos;s DOMAIN\superuser\alias form. The password goes to the credential store, never to a file.</source>
        <translation>Le superutilisateur (NPUMAdmin) ouvre la boîte aux lettres de chaque utilisateur UM en son nom. Choisissez comment le serveur le permet&#xa0;: une identité d&apos;autorisation SASL (Dovecot et la plupart des serveurs), une connexion en utilisateur maître, ou la forme Exchange DOMAIN\superuser\alias. Le mot de passe va dans le magasin d&apos;identifiants, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The spool is the folder where the UM system keeps voicemail, one folder per context and box inside. Each row ties a voicemail box to the mail login of its owner. The connection test writes and removes one message in the test mailbox chosen here.</source>
        <translation>Le spool est le dossier où le système UM range les messages vocaux, avec un dossier par contexte et par boîte. Chaque ligne relie une boîte vocale à l&apos;identifiant de messagerie de son propriétaire. Le test de connexion écrit puis supprime un message dans la boîte de test choisie ici.</translation>
    </message>
    <message>
        <source>The test takes every step the connector will take, against the real server, and times each one. A failed step opens by itself and says what to do first; Go to the page takes you where the setting is made. The test leaves nothing behind in the mailbox.</source>
        <translation>Le test fait chaque étape que fera le connecteur, sur le vrai serveur, et chronomètre chacune. Une étape en échec s&apos;ouvre d&apos;elle-même et dit d&apos;abord quoi faire&#xa0;; «&#xa0;Aller à la page&#xa0;» vous mène là où se fait le réglage. Le test ne laisse rien dans la boîte aux lettres.</translation>
    </message>
    <message>
        <source>What Apply will write and start, for a last look. Nothing has been changed yet. Go Back to correct an answer; the connection test then runs again.</source>
        <translation>Ce qu&apos;«&#xa0;Appliquer&#xa0;» va écrire et démarrer, pour un dernier coup d&apos;œil. Rien n&apos;a encore été modifié. Revenez en arrière pour corriger une réponse&#xa0;; le test de connexion sera alors relancé.</translation>
    </message>
    <message>
        <source>Apply keeps the password in the credential store, writes the configuration and starts the connector. The status below is live: whether the service runs, its last sync and its last log lines.</source>
        <translation>«&#xa0;Appliquer&#xa0;» garde le mot de passe dans le magasin d&apos;identifiants, écrit la configuration et démarre le connecteur. L&apos;état ci-dessous est en direct&#xa0;: si le service tourne, sa dernière synchronisation et ses dernières lignes de journal.</translation>
    </message>
    <message>
        <source>What is this?</source>
        <translation>Qu&apos;est-ce que c&apos;est&#xa0;?</translation>
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
        <translation>facultatif&#xa0;: fichier PEM de l&apos;autorité qui l&apos;a signé</translation>
    </message>
    <message>
        <source>optional: SHA-256 of one certificate to trust</source>
        <translation>facultatif&#xa0;: SHA-256 d&apos;un certificat à approuver</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Séc&amp;urité&#xa0;:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Needed only with no encryption: confirms that this network is trusted, since anyone on the way could read the password.</source>
        <translation>Nécessaire seulement sans chiffrement&#xa0;: confirme que ce réseau est de confiance, puisque quiconque sur le chemin pourrait lire le mot de passe.</translation>
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
        <translation>Autorité de &amp;certification&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted &amp;fingerprint:</source>
        <translation>&amp;Empreinte approuvée&#xa0;:</translation>
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
        <translation>Approuver exactement un certificat, par ex. auto-signé&#xa0;; le test l&apos;affiche.</translation>
    </message>
    <message>
        <source>F&amp;ind from an email address…</source>
        <translation>Trouver depuis une adresse e-ma&amp;il…</translation>
    </message>
    <message>
        <source>Look the server up from any mailbox address on it: known providers, DNS records and Exchange Autodiscover. Optional.</source>
        <translation>Trouver le serveur depuis l&apos;adresse d&apos;une de ses boîtes aux lettres&#xa0;: fournisseurs connus, enregistrements DNS et Exchange Autodiscover. Facultatif.</translation>
    </message>
    <message>
        <source>{kind} uses known settings; they are filled in. Press Edit to change them.</source>
        <translation>{kind} utilise des réglages connus&#xa0;; ils sont remplis. Appuyez sur «&#xa0;Modifier&#xa0;» pour les changer.</translation>
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
        <translation>Quitter l&apos;assistant&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing has been written or started yet. Leave the wizard and lose the answers given so far?</source>
        <translation>Rien n&apos;a encore été écrit ni démarré. Quitter l&apos;assistant et perdre les réponses données jusqu&apos;ici&#xa0;?</translation>
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
        <translation>Quel serveur de messagerie, et combien d&apos;utilisateurs de messagerie vocale&#xa0;?</translation>
    </message>
    <message>
        <source>The UM system is a &amp;cluster</source>
        <translation>Le système UM est en &amp;grappe (cluster)</translation>
    </message>
    <message>
        <source>Tick when several UM servers share the voicemail; every member must then use the same Exchange version.</source>
        <translation>Cochez si plusieurs serveurs UM se partagent la messagerie vocale&#xa0;; chaque membre doit alors utiliser la même version d&apos;Exchange.</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>Serveur de &amp;messagerie&#xa0;:</translation>
    </message>
    <message>
        <source>The product that holds the users&apos; mailboxes.</source>
        <translation>Le produit qui héberge les boîtes aux lettres des utilisateurs.</translation>
    </message>
    <message>
        <source>UM &amp;users:</source>
        <translation>&amp;Utilisateurs UM&#xa0;:</translation>
    </message>
    <message>
        <source>Users who have a voicemail box.</source>
        <translation>Utilisateurs qui ont une boîte vocale.</translation>
    </message>
    <message>
        <source>Mail server c&amp;ount:</source>
        <translation>&amp;Nombre de serveurs&#xa0;:</translation>
    </message>
    <message>
        <source>Servers that hold UM users&apos; mailboxes.</source>
        <translation>Serveurs qui hébergent les boîtes aux lettres des utilisateurs UM.</translation>
    </message>
    <message>
        <source>&amp;Adapter:</source>
        <translation>A&amp;daptateur&#xa0;:</translation>
    </message>
    <message>
        <source>Keep &apos;Recommended&apos; unless the UM vendor told you otherwise.</source>
        <translation>Gardez «&#xa0;Recommandé&#xa0;» sauf indication contraire du fournisseur UM.</translation>
    </message>
    <message>
        <source>Recommended adapter</source>
        <translation>Adaptateur recommandé</translation>
    </message>
    <message>
        <source>Recommended: {adapter}</source>
        <translation>Recommandé&#xa0;: {adapter}</translation>
    </message>
    <message>
        <source>Adapter: {adapter}
{reason}</source>
        <translation>Adaptateur&#xa0;: {adapter}
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
        <source>{kind} kept in</source>
        <translation>{kind}&#xa0;: emplacement</translation>
    </message>
    <message>
        <source>the connector, started in the background as this user; its log and status are kept in {folder}</source>
        <translation>le connecteur, démarré en arrière-plan sous cet utilisateur&#xa0;; son journal et son état sont gardés dans {folder}</translation>
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
        <source>EWS address by Autodiscover</source>
        <translation>Adresse EWS par Autodiscover</translation>
    </message>
    <message>
        <source>Exchange {v}</source>
        <translation>Exchange {v}</translation>
    </message>
    <message>
        <source>{login}, sign-in: {auth}, by impersonation</source>
        <translation>{login}, connexion&#xa0;: {auth}, par emprunt d&apos;identité</translation>
    </message>
    <message>
        <source>Exchange servers</source>
        <translation>Serveurs Exchange</translation>
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
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Press Apply to write the configuration, keep the password and start the connector.</source>
        <translation>Appuyez sur «&#xa0;Appliquer&#xa0;» pour écrire la configuration, garder le mot de passe et démarrer le connecteur.</translation>
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
        <translation>Garder ces réponses dans un fichier de réponses (TOML, sans mot de passe) pour remplir l&apos;assistant la prochaine fois, ou pour «&#xa0;umconnect apply&#xa0;» sur un autre ordinateur.</translation>
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
        <translation>{path} n&apos;a pas pu être écrit&#xa0;: {error}. Choisissez un autre dossier.</translation>
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
        <translation>Une ligne par boîte vocale&#xa0;: son numéro, son contexte, l&apos;identifiant de la boîte aux lettres tenue à jour avec elle, et le nom de l&apos;utilisateur.</translation>
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
        <translation>&amp;Dossier spool&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test with mailbox:</source>
        <translation>&amp;Boîte de test&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;UM users:</source>
        <translation>&amp;Utilisateurs UM&#xa0;:</translation>
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
        <translation>Relier la messagerie vocale au serveur de messagerie</translation>
    </message>
    <message>
        <source>This wizard sets up the IMAP connector or the Exchange gateway, tests it live and starts it. It takes about five minutes.</source>
        <translation>Cet assistant installe le connecteur IMAP ou la passerelle Exchange, teste la connexion en direct et démarre le service. Cela prend environ cinq minutes.</translation>
    </message>
    <message>
        <source>Have at hand:
  •  the mail server&apos;s name or address, and its IMAP port (for the gateway: the Exchange servers)
  •  the superuser account (NPUMAdmin) that may open every UM user&apos;s mailbox, and its password (Office 365 and Google: the app registration or service account instead)
  •  the voicemail boxes to connect, and one user&apos;s mailbox to test with

Nothing is changed on this computer or the server until you press Apply on the summary page.</source>
        <translation>Ayez sous la main&#xa0;:
  •  le nom ou l&apos;adresse du serveur de messagerie, et son port IMAP (pour la passerelle&#xa0;: les serveurs Exchange)
  •  le compte superutilisateur (NPUMAdmin) qui peut ouvrir la boîte aux lettres de chaque utilisateur UM, et son mot de passe (Office 365 et Google&#xa0;: à la place, l&apos;inscription d&apos;application ou le compte de service)
  •  les boîtes vocales à relier, et la boîte aux lettres d&apos;un utilisateur pour le test

Rien n&apos;est modifié sur cet ordinateur ni sur le serveur avant que vous n&apos;appuyiez sur «&#xa0;Appliquer&#xa0;» à la page de résumé.</translation>
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
        <translation>Mode démo&#xa0;: un serveur de messagerie de démonstration tourne sur cet ordinateur (127.0.0.1, port {port}) avec le superutilisateur «&#xa0;{su}&#xa0;» (mot de passe «&#xa0;{pw}&#xa0;») et les utilisateurs alice et bob. Tout est rempli&#xa0;; appuyez sur «&#xa0;Suivant&#xa0;» pour parcourir. Le serveur de démo s&apos;arrête à la fermeture de l&apos;assistant.</translation>
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
