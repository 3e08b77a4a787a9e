<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Cli</name>
    <message>
        <source>ferry: %1
Run &apos;ferry --help&apos; for usage.
</source>
        <translation>ferry: %1
Exécutez &apos;ferry --help&apos; pour afficher l&apos;aide.
</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>l&apos;option --%1 nécessite une valeur</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>option inconnue --%1</translation>
    </message>
    <message>
        <source>ferry: %1%2
</source>
        <translation>ferry: %1%2
</translation>
    </message>
    <message>
        <source>  where: %1
</source>
        <translation>  emplacement&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  detail: %1
</source>
        <translation>  détail&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  fix: %1
</source>
        <translation>  correction&#xa0;: %1
</translation>
    </message>
    <message>
        <source>--password-from must be &apos;env&apos;, &apos;keyring&apos; or &apos;prompt&apos;, not &apos;%1&apos;</source>
        <translation>--password-from doit valoir &apos;env&apos;, &apos;keyring&apos; ou &apos;prompt&apos;, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>ferry: warning: a password in the connection URI can leak through shell history and process lists; use FERRY_%1_PASSWORD instead.
</source>
        <translation>ferry: avertissement&#xa0;: un mot de passe dans l&apos;URI de connexion peut fuiter via l&apos;historique du shell et la liste des processus&#xa0;; utilisez plutôt FERRY_%1_PASSWORD.
</translation>
    </message>
    <message>
        <source>ferry: warning: --password-from prompt needs a terminal on standard input; connecting without a password.
</source>
        <translation>ferry: avertissement&#xa0;: --password-from prompt nécessite un terminal sur l&apos;entrée standard&#xa0;; connexion sans mot de passe.
</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Check the file name and its permissions.</source>
        <translation>Vérifiez le nom du fichier et ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>test-connection takes exactly one connection URI</source>
        <translation>test-connection attend exactement une URI de connexion</translation>
    </message>
    <message>
        <source>--role must be &apos;source&apos; or &apos;target&apos;, not &apos;%1&apos;</source>
        <translation>--role doit valoir &apos;source&apos; ou &apos;target&apos;, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Connected to %1 %2 at %3 in %4 ms.
</source>
        <translation>Connecté à %1 %2 sur %3 en %4 ms.
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>avertissement&#xa0;: %1
</translation>
    </message>
    <message>
        <source>%1 %2, database %3
</source>
        <translation>%1 %2, base de données %3
</translation>
    </message>
    <message numerus="yes">
        <source>schema %1: %n table(s)</source>
        <translation>
            <numerusform>schéma %1&#xa0;: %n table</numerusform>
            <numerusform>schéma %1&#xa0;: %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n view(s)</source>
        <translation>
            <numerusform>, %n vue</numerusform>
            <numerusform>, %n vues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n routine(s)</source>
        <translation>
            <numerusform>, %n routine</numerusform>
            <numerusform>, %n routines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n trigger(s)</source>
        <translation>
            <numerusform>, %n déclencheur</numerusform>
            <numerusform>, %n déclencheurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n sequence(s)</source>
        <translation>
            <numerusform>, %n séquence</numerusform>
            <numerusform>, %n séquences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n type(s)
</source>
        <translation>
            <numerusform>, %n type
</numerusform>
            <numerusform>, %n types
</numerusform>
        </translation>
    </message>
    <message>
        <source>  table %1 (~%2 rows)
</source>
        <translation>  table %1 (~%2 lignes)
</translation>
    </message>
    <message>
        <source>  view %1
</source>
        <translation>  vue %1
</translation>
    </message>
    <message>
        <source>  %1 %2
</source>
        <translation>  %1 %2
</translation>
    </message>
    <message>
        <source>  trigger %1 on %2
</source>
        <translation>  déclencheur %1 sur %2
</translation>
    </message>
    <message>
        <source>  sequence %1
</source>
        <translation>  séquence %1
</translation>
    </message>
    <message>
        <source>  type %1 (%2)
</source>
        <translation>  type %1 (%2)
</translation>
    </message>
    <message>
        <source>catalog takes exactly one connection URI</source>
        <translation>catalog attend exactement une URI de connexion</translation>
    </message>
    <message>
        <source>keyring needs &apos;store URI&apos; or &apos;forget URI&apos;</source>
        <translation>keyring attend &apos;store URI&apos; ou &apos;forget URI&apos;</translation>
    </message>
    <message>
        <source>keyring %1 takes exactly one connection URI</source>
        <translation>keyring %1 attend exactement une URI de connexion</translation>
    </message>
    <message>
        <source>remove the password from the URI; &apos;keyring store&apos; reads it from FERRY_%1_PASSWORD or a prompt</source>
        <translation>retirez le mot de passe de l&apos;URI&#xa0;; &apos;keyring store&apos; le lit dans FERRY_%1_PASSWORD ou le demande de manière interactive</translation>
    </message>
    <message>
        <source>No password was stored for %1.
</source>
        <translation>Aucun mot de passe n&apos;était enregistré pour %1.
</translation>
    </message>
    <message>
        <source>Removed the password for %1 from the system keyring.
</source>
        <translation>Mot de passe de %1 supprimé du trousseau de clés du système.
</translation>
    </message>
    <message>
        <source>no password to store: set FERRY_%1_PASSWORD or run on a terminal to be prompted</source>
        <translation>aucun mot de passe à enregistrer&#xa0;: définissez FERRY_%1_PASSWORD ou lancez la commande dans un terminal pour qu&apos;il vous soit demandé</translation>
    </message>
    <message>
        <source>Stored the password for %1 in the system keyring.
</source>
        <translation>Mot de passe de %1 enregistré dans le trousseau de clés du système.
</translation>
    </message>
    <message>
        <source>import-dms needs TABLE_MAPPINGS.json and optionally TASK_SETTINGS.json</source>
        <translation>import-dms attend TABLE_MAPPINGS.json et, facultativement, TASK_SETTINGS.json</translation>
    </message>
    <message>
        <source>import-dms needs --project FILE</source>
        <translation>import-dms nécessite --project FILE</translation>
    </message>
    <message>
        <source>ferry: nothing was imported; fix the errors above.
</source>
        <translation>ferry: rien n&apos;a été importé&#xa0;; corrigez les erreurs ci-dessus.
</translation>
    </message>
    <message numerus="yes">
        <source>%n task setting(s) Ferry does not know were not stored in %1: %2
</source>
        <translation>
            <numerusform>%n paramètre de tâche inconnu de Ferry n&apos;a pas été enregistré dans %1&#xa0;: %2
</numerusform>
            <numerusform>%n paramètres de tâche inconnus de Ferry n&apos;ont pas été enregistrés dans %1&#xa0;: %2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s) into mapping &apos;%1&apos; of %2</source>
        <translation>
            <numerusform>%n règle importée dans le mappage &apos;%1&apos; de %2</numerusform>
            <numerusform>%n règles importées dans le mappage &apos;%1&apos; de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>, with task settings.
</source>
        <translation>, avec les paramètres de tâche.
</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>export-dms needs --project FILE</source>
        <translation>export-dms nécessite --project FILE</translation>
    </message>
    <message>
        <source>export-dms needs either --mapping NAME or --task-settings</source>
        <translation>export-dms nécessite --mapping NAME ou --task-settings</translation>
    </message>
    <message>
        <source>The project %1 has no mapping &apos;%2&apos;.</source>
        <translation>Le projet %1 n&apos;a pas de mappage &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The project defines no mappings.</source>
        <translation>Le projet ne définit aucun mappage.</translation>
    </message>
    <message>
        <source>Mappings: %1.</source>
        <translation>Mappages&#xa0;: %1.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&lt; 1 s</source>
        <translation>&lt; 1 s</translation>
    </message>
    <message>
        <source>%1 h %2 m %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 m %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>%1  %2  %3 of %4 tables  %5 rows/s  %6 KB/s  elapsed %7%8</source>
        <translation>%1  %2  %3 tables sur %4  %5 lignes/s  %6 Ko/s  écoulé %7%8</translation>
    </message>
    <message>
        <source>  ETA %1</source>
        <translation>  temps restant %1</translation>
    </message>
    <message>
        <source>, %1 rejected</source>
        <translation>, %1 rejetées</translation>
    </message>
    <message>
        <source>  ... and %1 more tables</source>
        <translation>  ... et %1 autres tables</translation>
    </message>
    <message>
        <source>%1: %2 (%3 rows%4)
</source>
        <translation>%1&#xa0;: %2 (%3 lignes%4)
</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5</source>
        <translation>%1 %2 %3 %4 %5</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Load state</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Full load rows</source>
        <translation>Lignes chargées</translation>
    </message>
    <message>
        <source>Error rows</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Elapsed load time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>    error: %1</source>
        <translation>    erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 tables loaded, %3 in error; %4 rows in %5 (%6 rows/s, %7 MB/s); %8 rows rejected; peak memory %9 MB.</source>
        <translation>%1&#xa0;: %2 tables chargées, %3 en erreur&#xa0;; %4 lignes en %5 (%6 lignes/s, %7 Mo/s)&#xa0;; %8 lignes rejetées&#xa0;; pic de mémoire %9 Mo.</translation>
    </message>
    <message>
        <source>Rejected rows and their reasons are in the target&apos;s control table exceptions (ferry_control).</source>
        <translation>Les lignes rejetées et leurs motifs se trouvent dans la table de contrôle exceptions de la cible (ferry_control).</translation>
    </message>
    <message>
        <source>Log and statistics: %1</source>
        <translation>Journal et statistiques&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a table pattern: write schema.table, with % as wildcard (e.g. &apos;sales.%&apos;).</source>
        <translation>&apos;%1&apos; n&apos;est pas un motif de table&#xa0;: écrivez schema.table, avec % comme caractère générique (par ex. &apos;sales.%&apos;).</translation>
    </message>
    <message>
        <source>--rows needs a number of at least 100</source>
        <translation>--rows attend un nombre supérieur ou égal à 100</translation>
    </message>
    <message>
        <source>migrate needs SOURCE_URI and TARGET_URI</source>
        <translation>migrate attend SOURCE_URI et TARGET_URI</translation>
    </message>
    <message>
        <source>run needs PROJECT</source>
        <translation>run attend PROJECT</translation>
    </message>
    <message>
        <source>sample needs the path of the SQLite file to write</source>
        <translation>sample attend le chemin du fichier SQLite à écrire</translation>
    </message>
    <message>
        <source>demo takes no arguments</source>
        <translation>demo n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>Generating the sports-ticketing sample (%1 tickets) in %2 ...
</source>
        <translation>Génération de l&apos;exemple de billetterie sportive (%1 billets) dans %2 ...
</translation>
    </message>
    <message>
        <source>Migrating %1 -&gt; %2
</source>
        <translation>Migration %1 -&gt; %2
</translation>
    </message>
    <message>
        <source>--reload-table needs SCHEMA.TABLE, got &apos;%1&apos;</source>
        <translation>--reload-table attend SCHÉMA.TABLE, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--table needs SCHEMA.TABLE (the source table), got &apos;%1&apos;</source>
        <translation>--table attend SCHÉMA.TABLE (la table source), reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>(%1 bytes, not kept)</source>
        <translation>(%1 octets, non conservés)</translation>
    </message>
    <message>
        <source>Task %1 has no rejected rows%2.
</source>
        <translation>La tâche %1 n&apos;a pas de lignes rejetées%2.
</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> pour %1</translation>
    </message>
    <message>
        <source>  #%1  slice %2%3: %4
</source>
        <translation>  #%1  tranche %2%3 : %4
</translation>
    </message>
    <message>
        <source>  column %1</source>
        <translation>  colonne %1</translation>
    </message>
    <message>
        <source>--id needs the number of a rejected row (as &apos;ferry exceptions list&apos; shows it), got &apos;%1&apos;</source>
        <translation>--id attend le numéro d&apos;une ligne rejetée (tel que &apos;ferry exceptions list&apos; l&apos;affiche), reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No rejected rows to re-apply.
</source>
        <translation>Aucune ligne rejetée à réappliquer.
</translation>
    </message>
    <message>
        <source>Changed column %1 of %2 from %3 to %4 (rule %5).
</source>
        <translation>Colonne %1 de %2 changée de %3 en %4 (règle %5).
</translation>
    </message>
    <message>
        <source>Column %1 of %2 is %3; rule %5 makes it %4.
</source>
        <translation>La colonne %1 de %2 est %3 ; la règle %5 la rend %4.
</translation>
    </message>
    <message>
        <source>Add --change-column-types to change those columns on the target (the rows already there are converted), or reload the table.
</source>
        <translation>Ajoutez --change-column-types pour changer ces colonnes sur la cible (les lignes déjà présentes sont converties), ou rechargez la table.
</translation>
    </message>
    <message>
        <source>exceptions needs &apos;list PROJECT&apos; or &apos;reapply PROJECT&apos;</source>
        <translation>exceptions attend &apos;list PROJECT&apos; ou &apos;reapply PROJECT&apos;</translation>
    </message>
    <message>
        <source>--id, --with-rules and --change-column-types are for &apos;exceptions reapply&apos;</source>
        <translation>--id, --with-rules et --change-column-types sont pour &apos;exceptions reapply&apos;</translation>
    </message>
    <message>
        <source>--change-column-types goes with --with-rules</source>
        <translation>--change-column-types va avec --with-rules</translation>
    </message>
    <message>
        <source>%1 -&gt; %2, rejected rows: %3
</source>
        <translation>%1 -&gt; %2, lignes rejetées : %3
</translation>
    </message>
    <message>
        <source>Re-applied: %1, refused again: %2, not re-applied: %3.
</source>
        <translation>Réappliquées : %1, refusées de nouveau : %2, non réappliquées : %3.
</translation>
    </message>
    <message>
        <source>    not created: %1</source>
        <translation>    non créé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n index(es), key(s) or foreign key(s) could not be created (listed above with the server&apos;s reason); the rows of their tables are loaded.</source>
        <translation>
            <numerusform>%n index, clé ou clé étrangère n’a pas pu être créé (voir ci-dessus, avec la raison donnée par le serveur) ; les lignes de sa table sont chargées.</numerusform>
            <numerusform>%n index, clés ou clés étrangères n’ont pas pu être créés (voir ci-dessus, avec la raison donnée par le serveur) ; les lignes de leurs tables sont chargées.</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 LOBs truncated</source>
        <translation>, %1 LOB tronqués</translation>
    </message>
    <message>
        <source>Truncated LOBs</source>
        <translation>LOB tronqués</translation>
    </message>
    <message>
        <source>%1 LOB values were truncated (limited LOB mode); the target&apos;s control table lob_truncations (ferry_control) lists each one with its row key and lengths.</source>
        <translation>%1 valeurs LOB ont été tronquées (mode LOB limité)&#xa0;; la table de contrôle lob_truncations de la cible (ferry_control) les liste une à une avec leur clé de ligne et leurs longueurs.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>ferry: cannot create the directory %1
</source>
        <translation>ferry : impossible de créer le répertoire %1
</translation>
    </message>
    <message>
        <source>convert needs --out DIR</source>
        <translation>convert exige --out RÉPERTOIRE</translation>
    </message>
    <message>
        <source>--target-engine must be postgresql, mysql, mariadb or sqlite</source>
        <translation>--target-engine doit valoir postgresql, mysql, mariadb ou sqlite</translation>
    </message>
    <message numerus="yes">
        <source>Converted %Ln object(s) into %1; action items: %2 (see conversion-report.json).
</source>
        <translation>
            <numerusform>%Ln objet converti dans %1 ; actions à mener : %2 (voir conversion-report.json).
</numerusform>
            <numerusform>%Ln objets convertis dans %1 ; actions à mener : %2 (voir conversion-report.json).
</numerusform>
        </translation>
    </message>
    <message>
        <source>ferry: the directory %1 does not exist
</source>
        <translation>ferry : le répertoire %1 n’existe pas
</translation>
    </message>
    <message>
        <source>  [destructive]</source>
        <translation>  [destructive]</translation>
    </message>
    <message>
        <source>  [destructive: refused without --allow-destructive]</source>
        <translation>  [destructive : refusée sans --allow-destructive]</translation>
    </message>
    <message>
        <source>  [exists on the target: this statement will fail]</source>
        <translation>  [existe dans la cible : cette instruction échouera]</translation>
    </message>
    <message numerus="yes">
        <source>Plan: %Ln statement(s), %1 destructive; nothing was changed.
</source>
        <translation>
            <numerusform>Plan : %Ln instruction, %1 destructive ; rien n’a été modifié.
</numerusform>
            <numerusform>Plan : %Ln instructions, %1 destructives ; rien n’a été modifié.
</numerusform>
        </translation>
    </message>
    <message>
        <source>apply needs --sql DIR and one target connection URI</source>
        <translation>apply exige --sql RÉPERTOIRE et une URI de connexion cible</translation>
    </message>
    <message>
        <source>give --pre-data or --post-data, not both (neither: both parts)</source>
        <translation>indiquez --pre-data ou --post-data, pas les deux (aucun : les deux parties)</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1 : </translation>
    </message>
    <message numerus="yes">
        <source>Applied %1 of %Ln statement(s); failed: %2.
</source>
        <translation>
            <numerusform>%1 instruction appliquée sur %Ln ; en échec : %2.
</numerusform>
            <numerusform>%1 instructions appliquées sur %Ln ; en échec : %2.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 takes exactly one source connection URI</source>
        <translation>%1 attend exactement une URI de connexion source</translation>
    </message>
    <message>
        <source>--format must be html, csv or json</source>
        <translation>--format doit valoir html, csv ou json</translation>
    </message>
    <message>
        <source>Wrote the assessment to %1.
</source>
        <translation>Évaluation écrite dans %1.
</translation>
    </message>
    <message>
        <source>Usage: ferry [--help] [--version] COMMAND [ARGS]

Ferry moves databases between engines and proves nothing was lost.

Commands:
  test-connection URI [--role source|target] [--password-from SOURCE] [--json]
                      Connect, check version and privileges, and explain any failure.
  catalog URI [--json] [--schema S]... [--password-from SOURCE]
                      Read the database catalog: tables, columns with native and
                      canonical types, keys, indexes, views, routines, triggers,
                      sequences and user types.
  keyring store URI [--role source|target]
                      Save the password for URI in the system keyring. The password
                      comes from FERRY_SOURCE_PASSWORD (FERRY_TARGET_PASSWORD with
                      --role target) or a hidden prompt, never from the command line.
  keyring forget URI  Remove the password saved for URI from the system keyring.
  import-dms TABLE_MAPPINGS.json [TASK_SETTINGS.json] --project FILE [--mapping NAME]
                      Put an AWS DMS table mapping (and task settings) into a project
                      file as mapping NAME (default: the JSON file&apos;s base name);
                      creates the project when FILE does not exist.
  export-dms --project FILE (--mapping NAME | --task-settings)
                      Print a mapping (or the project&apos;s task settings) as DMS JSON.
  migrate SOURCE_URI TARGET_URI [--include &apos;schema.table%&apos;] [--exclude ...]
          [--mappings table-mappings.json] [--settings task-settings.json]
          [--task-name NAME] [--resume] [--json] [--run-dir DIR]
                      Full load without a project: create the tables on the target,
                      load every row, then keys, indexes and foreign keys. State is
                      kept on the target: --resume continues a stopped or killed run.
  run PROJECT [--task NAME] [--resume] [--reload-table SCHEMA.TABLE]...
          [--json] [--run-dir DIR]
                      Run a full-load task of a project file. --reload-table loads
                      that table again from scratch (also for migrate).
  exceptions list PROJECT [--task NAME] [--table SCHEMA.TABLE] [--json]
                      The rows the task&apos;s target refused: reason, column, values.
  exceptions reapply PROJECT [--task NAME] [--table SCHEMA.TABLE | --id N...]
          [--with-rules [--change-column-types]] [--json]
                      Write those rows again (all, a table&apos;s, or by number); those
                      that load leave the exceptions table. --with-rules derives them
                      again through the project&apos;s mapping rules as they are now.
  convert SOURCE_URI --target-engine postgresql|mysql|mariadb|sqlite --out DIR
          [--schema S]... [--mappings table-mappings.json]
                      Write the SQL that creates the source&apos;s schema on the target:
                      numbered files in apply order (pre-data before the load,
                      post-data after it) and conversion-report.json. Exit 4 when
                      action items remain (the files are written either way).
  assess SOURCE_URI --target-engine ENGINE [--format html|csv|json] [--out FILE]
          [--schema S]... [--mappings table-mappings.json]
                      The assessment: what converts automatically, the action
                      items with an effort estimate, and pre-migration checks.
  apply --sql DIR TARGET_URI [--pre-data | --post-data] [--plan]
          [--allow-destructive]
                      Run those files on the target in order, statement by
                      statement; --plan lists them and changes nothing. DROP,
                      TRUNCATE and DELETE run only with --allow-destructive.
  demo [--rows N] [--data-dir DIR] [--json]
                      Generate the sports-ticketing sample (1,000,000 tickets by
                      default) and migrate it into an SQLite copy, with progress.
  sample PATH [--rows N]
                      Write the deterministic sports-ticketing sample (SQLite) to PATH.
  types TYPE... --source ENGINE [--target ENGINE] [--json]
                      Map native types of a source engine (mysql, mariadb, postgresql,
                      sqlite, sqlserver, oracle) to the type Ferry creates on each
                      target, and say what the target cannot keep.
  types --markdown [--source ENGINE --target ENGINE] | --write-docs DIR
                      Print a type-mapping table (docs/type-mapping.md), or write
                      them all under DIR.

Connection URIs:
  postgresql://user@host:5432/database?sslmode=require
  mysql://user@host:3306/database?ssl-mode=REQUIRED   (also mariadb://)
  sqlite:///absolute/path.db   sqlite:relative/path.db
  odbc://DSN   odbc:///?driver=NAME&amp;server=HOST&amp;database=DB

Passwords are read from FERRY_SOURCE_PASSWORD (or FERRY_TARGET_PASSWORD with
--role target), then the system keyring when one is running, then the engine&apos;s own
files (~/.pgpass, ~/.my.cnf), then a prompt on a terminal after a failed login.
--password-from env|keyring|prompt uses that source only. A password written into
the URI works but is discouraged.

Exit codes: 0 ok, 1 internal error, 2 usage, 3 connection failed,
4 partial failure, 5 invalid input, 130 interrupted.
</source>
        <translation>Utilisation&#xa0;: ferry [--help] [--version] COMMAND [ARGS]

Ferry transfère des bases de données d&apos;un moteur à un autre et prouve que rien n&apos;a été perdu.

Commandes&#xa0;:
  test-connection URI [--role source|target] [--password-from SOURCE] [--json]
                      Se connecte, vérifie la version et les privilèges, et explique
                      tout échec.
  catalog URI [--json] [--schema S]... [--password-from SOURCE]
                      Lit le catalogue de la base de données&#xa0;: tables, colonnes avec
                      types natifs et canoniques, clés, index, vues, routines,
                      déclencheurs, séquences et types utilisateur.
  keyring store URI [--role source|target]
                      Enregistre le mot de passe de URI dans le trousseau de clés du
                      système. Le mot de passe provient de FERRY_SOURCE_PASSWORD
                      (FERRY_TARGET_PASSWORD avec --role target) ou d&apos;une saisie
                      masquée, jamais de la ligne de commande.
  keyring forget URI  Supprime du trousseau de clés du système le mot de passe
                      enregistré pour URI.
  import-dms TABLE_MAPPINGS.json [TASK_SETTINGS.json] --project FILE [--mapping NAME]
                      Place un mappage de tables AWS DMS (et des paramètres de tâche)
                      dans un fichier de projet, sous le nom de mappage NAME (par
                      défaut&#xa0;: le nom de base du fichier JSON)&#xa0;; crée le projet si
                      FILE n&apos;existe pas.
  export-dms --project FILE (--mapping NAME | --task-settings)
                      Affiche un mappage (ou les paramètres de tâche du projet) au
                      format JSON DMS.
  migrate SOURCE_URI TARGET_URI [--include &apos;schema.table%&apos;] [--exclude ...]
          [--mappings table-mappings.json] [--settings task-settings.json]
          [--task-name NAME] [--resume] [--json] [--run-dir DIR]
                      Chargement complet sans projet&#xa0;: crée les tables sur la cible,
                      charge toutes les lignes, puis les clés, les index et les clés
                      étrangères. L&apos;état est conservé sur la cible&#xa0;: --resume reprend
                      une exécution arrêtée ou interrompue.
  run PROJECT [--task NAME] [--resume] [--reload-table SCHEMA.TABLE]...
          [--json] [--run-dir DIR]
                      Exécute une tâche de chargement complet d&apos;un fichier de projet.
                      --reload-table recharge cette table depuis le début (aussi pour migrate).
  exceptions list PROJECT [--task NAME] [--table SCHEMA.TABLE] [--json]
                      Les lignes refusées par la cible de la tâche : raison, colonne, valeurs.
  exceptions reapply PROJECT [--task NAME] [--table SCHEMA.TABLE | --id N...]
          [--with-rules [--change-column-types]] [--json]
                      Réécrire ces lignes (toutes, celles d&apos;une table ou par numéro) ;
                      celles qui se chargent quittent la table des exceptions. --with-rules
                      les dérive de nouveau avec les règles de mappage actuelles du projet.
  convert SOURCE_URI --target-engine postgresql|mysql|mariadb|sqlite --out DIR
          [--schema S]... [--mappings table-mappings.json]
                      Écrit le SQL qui crée le schéma de la source dans la cible :
                      des fichiers numérotés dans l’ordre d’application (pre-data avant
                      le chargement, post-data après) et conversion-report.json. Code 4
                      s’il reste des actions à mener (les fichiers sont écrits quand même).
  assess SOURCE_URI --target-engine ENGINE [--format html|csv|json] [--out FILE]
          [--schema S]... [--mappings table-mappings.json]
                      L’évaluation : ce qui se convertit automatiquement, les actions à
                      mener avec une estimation de l’effort, et les vérifications préalables.
  apply --sql DIR TARGET_URI [--pre-data | --post-data] [--plan]
          [--allow-destructive]
                      Exécute ces fichiers dans l’ordre sur la cible, instruction par
                      instruction ; --plan les liste sans rien modifier. DROP,
                      TRUNCATE et DELETE ne s’exécutent qu’avec --allow-destructive.
  demo [--rows N] [--data-dir DIR] [--json]
                      Génère l&apos;exemple de billetterie sportive (1&#xa0;000&#xa0;000 de billets
                      par défaut) et le migre vers une copie SQLite, en affichant la
                      progression.
  sample PATH [--rows N]
                      Écrit l&apos;exemple déterministe de billetterie sportive (SQLite)
                      dans PATH.
  types natifs et canoniques, clés, index, vues, routines,
                      déclencheurs, séquences et types utilisateur.
  keyring store URI [--role source|target]
                      Enregistre le mot de passe de URI dans le trousseau de clés du
                      système. Le mot de passe provient de FERRY_SOURCE_PASSWORD
                      (FERRY_TARGET_PASSWORD avec --role target) ou d&apos;une saisie
                      masquée, jamais de la ligne de commande.
  keyring forget URI  Supprime du trousseau de clés du système le mot de passe
                      enregistré pour URI.
  import-dms TABLE_MAPPINGS.json [TASK_SETTINGS.json] --project FILE [--mapping NAME]
                      Place un mappage de tables AWS DMS (et des paramètres de tâche)
                      dans un fichier de projet, sous le nom de mappage NAME (par
                      défaut&#xa0;: le nom de base du fichier JSON)&#xa0;; crée le projet si
                      FILE n&apos;existe pas.
  export-dms --project FILE (--mapping NAME | --task-settings)
                      Affiche un mappage (ou les paramètres de tâche du projet) au
                      format JSON DMS.
  migrate SOURCE_URI TARGET_URI [--include &apos;schema.table%&apos;] [--exclude ...]
          [--mappings table-mappings.json] [--settings task-settings.json]
          [--task-name NAME] [--resume] [--json] [--run-dir DIR]
                      Chargement complet sans projet&#xa0;: crée les tables sur la cible,
                      charge toutes les lignes, puis les clés, les index et les clés
                      étrangères. L&apos;état est conservé sur la cible&#xa0;: --resume reprend
                      une exécution arrêtée ou interrompue.
  run PROJECT [--task NAME] [--resume] [--reload-table SCHEMA.TABLE]...
          [--json] [--run-dir DIR]
                      Exécute une tâche de chargement complet d&apos;un fichier de projet.
                      --reload-table recharge cette table depuis le début (aussi pour migrate).
  exceptions list PROJECT [--task NAME] [--table SCHEMA.TABLE] [--json]
                      Les lignes refusées par la cible de la tâche : raison, colonne, valeurs.
  exceptions reapply PROJECT [--task NAME] [--table SCHEMA.TABLE | --id N...]
          [--with-rules [--change-column-types]] [--json]
                      Réécrire ces lignes (toutes, celles d&apos;une table ou par numéro) ;
                      celles qui se chargent quittent la table des exceptions. --with-rules
                      les dérive de nouveau avec les règles de mappage actuelles du projet.
  demo [--rows N] [--data-dir DIR] [--json]
                      Génère l&apos;exemple de billetterie sportive (1&#xa0;000&#xa0;000 de billets
                      par défaut) et le migre vers une copie SQLite, en affichant la
                      progression.
  sample PATH [--rows N]
                      Écrit l&apos;exemple déterministe de billetterie sportive (SQLite)
                      dans PATH.
  types TYPE... --source ENGINE [--target ENGINE] [--json]
                      Fait correspondre des types natifs d&apos;un moteur source (mysql,
                      mariadb, postgresql, sqlite, sqlserver, oracle) au type que Ferry
                      crée sur chaque cible, et dit ce que la cible ne peut conserver.
  types --markdown [--source ENGINE --target ENGINE] | --write-docs DIR
                      Affiche une table de correspondance des types
                      (docs/type-mapping.md), ou les écrit toutes dans DIR.

URI de connexion&#xa0;:
  postgresql://user@host:5432/database?sslmode=require
  mysql://user@host:3306/database?ssl-mode=REQUIRED   (également mariadb://)
  sqlite:///absolute/path.db   sqlite:relative/path.db
  odbc://DSN   odbc:///?driver=NAME&amp;server=HOST&amp;database=DB

Les mots de passe sont lus dans FERRY_SOURCE_PASSWORD (ou FERRY_TARGET_PASSWORD avec
--role target), puis dans le trousseau de clés du système s&apos;il est actif, puis dans les
fichiers propres au moteur (~/.pgpass, ~/.my.cnf), puis demandés dans le terminal après
un échec de connexion. --password-from env|keyring|prompt n&apos;utilise que cette source.
Un mot de passe écrit dans l&apos;URI fonctionne, mais c&apos;est déconseillé.

Codes de sortie&#xa0;: 0 succès, 1 erreur interne, 2 utilisation incorrecte, 3 échec de
connexion, 4 échec partiel, 5 entrée non valide, 130 interrompu.
</translation>
    </message>
    <message>
        <source>--%1 must be one of mysql, mariadb, postgresql, sqlite, sqlserver, oracle, not &apos;%2&apos;</source>
        <translation>--%1 doit valoir mysql, mariadb, postgresql, sqlite, sqlserver ou oracle, et non &apos;%2&apos;</translation>
    </message>
    <message>
        <source>ferry: cannot write %1: %2
</source>
        <translation>ferry: impossible d&apos;écrire %1&#xa0;: %2
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n type-mapping document(s) under %1.
</source>
        <translation>
            <numerusform>%n document de correspondance des types écrit sous %1.
</numerusform>
            <numerusform>%n documents de correspondance des types écrits sous %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>types --markdown needs both --source and --target, or neither (the index)</source>
        <translation>types --markdown nécessite --source et --target, ou aucun des deux (l&apos;index)</translation>
    </message>
    <message>
        <source>types needs native type names and --source ENGINE</source>
        <translation>types nécessite des noms de types natifs et --source ENGINE</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPage</name>
    <message>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>No system keyring is available, so Ferry cannot remember this password: it will ask for it each time it connects. The password is never written to the project file.</source>
        <translation>Aucun trousseau de clés du système n&apos;est disponible&#xa0;; Ferry ne peut donc pas mémoriser ce mot de passe et le demandera à chaque connexion. Le mot de passe n&apos;est jamais écrit dans le fichier de projet.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>Connect with these details and check the privileges Ferry needs.</source>
        <translation>Se connecter avec ces paramètres et vérifier les privilèges dont Ferry a besoin.</translation>
    </message>
    <message>
        <source>C&amp;ancel test</source>
        <translation>&amp;Annuler le test</translation>
    </message>
    <message>
        <source>Stop the running connection test.</source>
        <translation>Arrêter le test de connexion en cours.</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Test de la connexion</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Show the driver&apos;s own message.</source>
        <translation>Afficher le message d&apos;origine du pilote.</translation>
    </message>
    <message>
        <source>&amp;Save the endpoint without a successful connection test</source>
        <translation>&amp;Enregistrer le point de terminaison sans test de connexion réussi</translation>
    </message>
    <message>
        <source>For a server that cannot be reached from this computer yet; you can test the endpoint again later.</source>
        <translation>Pour un serveur qui n&apos;est pas encore joignable depuis cet ordinateur&#xa0;; vous pourrez tester de nouveau le point de terminaison plus tard.</translation>
    </message>
</context>
<context>
    <name>EndpointChoicePage</name>
    <message>
        <source>Use an &amp;existing endpoint:</source>
        <translation>Utiliser un point de terminaison &amp;existant&#xa0;:</translation>
    </message>
    <message>
        <source>Existing endpoint</source>
        <translation>Point de terminaison existant</translation>
    </message>
    <message>
        <source>Create a ne&amp;w endpoint</source>
        <translation>Créer un &amp;nouveau point de terminaison</translation>
    </message>
</context>
<context>
    <name>EnginePage</name>
    <message>
        <source>&amp;PostgreSQL</source>
        <translation>&amp;PostgreSQL</translation>
    </message>
    <message>
        <source>A PostgreSQL server on the network or on this computer: host, port, database and user.</source>
        <translation>Un serveur PostgreSQL sur le réseau ou sur cet ordinateur&#xa0;: hôte, port, base de données et utilisateur.</translation>
    </message>
    <message>
        <source>&amp;MySQL or MariaDB</source>
        <translation>&amp;MySQL ou MariaDB</translation>
    </message>
    <message>
        <source>A MySQL or MariaDB server on the network or on this computer: host, port, database and user.</source>
        <translation>Un serveur MySQL ou MariaDB sur le réseau ou sur cet ordinateur&#xa0;: hôte, port, base de données et utilisateur.</translation>
    </message>
    <message>
        <source>S&amp;QLite</source>
        <translation>S&amp;QLite</translation>
    </message>
    <message>
        <source>A SQLite database file on this computer.</source>
        <translation>Un fichier de base de données SQLite sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;ODBC data source</source>
        <translation>Source de données &amp;ODBC</translation>
    </message>
    <message>
        <source>Any database with an ODBC driver, through a data source (DSN) set up in the ODBC driver manager.</source>
        <translation>Toute base de données disposant d&apos;un pilote ODBC, via une source de données (DSN) configurée dans le gestionnaire de pilotes ODBC.</translation>
    </message>
</context>
<context>
    <name>EngineTr</name>
    <message>
        <source>Could not use the system keyring for %1: no keyring service is running.</source>
        <translation>Impossible d&apos;utiliser le trousseau de clés du système pour %1&#xa0;: aucun service de trousseau n&apos;est actif.</translation>
    </message>
    <message>
        <source>Start a Secret Service provider (GNOME Keyring, KWallet or KeePassXC) in the session, or give the password through FERRY_SOURCE_PASSWORD / FERRY_TARGET_PASSWORD or the prompt.</source>
        <translation>Démarrez un fournisseur Secret Service (GNOME Keyring, KWallet ou KeePassXC) dans la session, ou fournissez le mot de passe via FERRY_SOURCE_PASSWORD / FERRY_TARGET_PASSWORD ou la saisie interactive.</translation>
    </message>
    <message>
        <source>Could not use the system keyring for %1: the keyring is locked.</source>
        <translation>Impossible d&apos;utiliser le trousseau de clés du système pour %1&#xa0;: le trousseau est verrouillé.</translation>
    </message>
    <message>
        <source>Unlock the keyring (log in to the desktop session or open the keyring manager), or give the password through FERRY_SOURCE_PASSWORD / FERRY_TARGET_PASSWORD or the prompt.</source>
        <translation>Déverrouillez le trousseau (ouvrez la session de bureau ou le gestionnaire de trousseau), ou fournissez le mot de passe via FERRY_SOURCE_PASSWORD / FERRY_TARGET_PASSWORD ou la saisie interactive.</translation>
    </message>
    <message>
        <source>Check that the keyring service works (for example with &apos;secret-tool search service %1&apos;).</source>
        <translation>Vérifiez que le service de trousseau fonctionne (par exemple avec &apos;secret-tool search service %1&apos;).</translation>
    </message>
    <message>
        <source>Could not read the password for %1 from the system keyring.</source>
        <translation>Impossible de lire le mot de passe de %1 dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>The system keyring holds no password for %1.</source>
        <translation>Le trousseau de clés du système ne contient aucun mot de passe pour %1.</translation>
    </message>
    <message>
        <source>Store one with &apos;ferry keyring store URI&apos;.</source>
        <translation>Enregistrez-en un avec &apos;ferry keyring store URI&apos;.</translation>
    </message>
    <message>
        <source>Refusing to store an empty password for %1 in the system keyring.</source>
        <translation>Refus d&apos;enregistrer un mot de passe vide pour %1 dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Give the password through FERRY_SOURCE_PASSWORD or the prompt.</source>
        <translation>Fournissez le mot de passe via FERRY_SOURCE_PASSWORD ou la saisie interactive.</translation>
    </message>
    <message>
        <source>Ferry password for %1</source>
        <translation>Mot de passe Ferry pour %1</translation>
    </message>
    <message>
        <source>Could not store the password for %1 in the system keyring.</source>
        <translation>Impossible d&apos;enregistrer le mot de passe de %1 dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Could not remove the password for %1 from the system keyring.</source>
        <translation>Impossible de supprimer le mot de passe de %1 du trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Use one of postgresql://user@host:5432/database, mysql://user@host:3306/database, sqlite:///path/to/file.db or odbc://DSN</source>
        <translation>Utilisez postgresql://user@host:5432/database, mysql://user@host:3306/database, sqlite:///path/to/file.db ou odbc://DSN</translation>
    </message>
    <message>
        <source>The connection URI has no scheme.</source>
        <translation>Il manque le schéma de l&apos;URI de connexion.</translation>
    </message>
    <message>
        <source>The connection URI scheme &apos;%1&apos; is not supported.</source>
        <translation>Le schéma d&apos;URI &apos;%1&apos; n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>The SQLite URI names no file.</source>
        <translation>L&apos;URI SQLite n&apos;indique aucun fichier.</translation>
    </message>
    <message>
        <source>The ODBC URI must start with odbc://.</source>
        <translation>L&apos;URI ODBC doit commencer par odbc://.</translation>
    </message>
    <message>
        <source>Write odbc://DSN or odbc:///?driver=NAME&amp;server=...</source>
        <translation>Écrivez odbc://DSN ou odbc:///?driver=NAME&amp;server=...</translation>
    </message>
    <message>
        <source>The ODBC URI names neither a DSN nor a driver.</source>
        <translation>L&apos;URI ODBC n&apos;indique ni DSN ni pilote.</translation>
    </message>
    <message>
        <source>The connection URI is malformed: %1.</source>
        <translation>L&apos;URI de connexion est mal formée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A SQLite URI takes a file path, not a host (&apos;%1&apos;).</source>
        <translation>Une URI SQLite attend un chemin de fichier, pas un hôte (&apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Write sqlite:///absolute/path.db (three slashes) or sqlite:relative/path.db.</source>
        <translation>Écrivez sqlite:///absolute/path.db (trois barres obliques) ou sqlite:relative/path.db.</translation>
    </message>
    <message>
        <source>The database name &apos;%1&apos; contains a &apos;/&apos;.</source>
        <translation>Le nom de base de données &apos;%1&apos; contient un &apos;/&apos;.</translation>
    </message>
    <message>
        <source>An internal error stopped the request.</source>
        <translation>Une erreur interne a interrompu la requête.</translation>
    </message>
    <message>
        <source>Please report this as a bug with the log.</source>
        <translation>Veuillez signaler ce bogue en joignant le journal.</translation>
    </message>
    <message>
        <source>Could not write the sample database.</source>
        <translation>Impossible d&apos;écrire la base de données d&apos;exemple.</translation>
    </message>
    <message>
        <source>Check that the directory exists, is writable and has free space.</source>
        <translation>Vérifiez que le répertoire existe, qu&apos;il est accessible en écriture et qu&apos;il reste de l&apos;espace libre.</translation>
    </message>
    <message>
        <source>Could not move the sample database into place.</source>
        <translation>Impossible de mettre en place la base de données d&apos;exemple.</translation>
    </message>
    <message>
        <source>Use a PostgreSQL, MySQL/MariaDB or SQLite endpoint as the target.</source>
        <translation>Utilisez un point de terminaison PostgreSQL, MySQL/MariaDB ou SQLite comme cible.</translation>
    </message>
    <message>
        <source>Could not read the column types of %1 for its filters.</source>
        <translation>Impossible de lire les types de colonnes de %1 pour ses filtres.</translation>
    </message>
    <message>
        <source>The filter column %1 does not exist in table %2.</source>
        <translation>La colonne de filtre %1 n&apos;existe pas dans la table %2.</translation>
    </message>
    <message>
        <source>Could not convert a value of column %1 in table %2.</source>
        <translation>Impossible de convertir une valeur de la colonne %1 de la table %2.</translation>
    </message>
    <message>
        <source>PostgreSQL sent a malformed COPY row for table %1.</source>
        <translation>PostgreSQL a envoyé une ligne COPY mal formée pour la table %1.</translation>
    </message>
    <message>
        <source>Could not bind the filter values for table %1.</source>
        <translation>Impossible de lier les valeurs de filtre de la table %1.</translation>
    </message>
    <message>
        <source>Could not start reading table %1 from PostgreSQL.</source>
        <translation>Impossible de commencer la lecture de la table %1 depuis PostgreSQL.</translation>
    </message>
    <message>
        <source>Could not read the key range of %1.</source>
        <translation>Impossible de lire la plage de clés de %1.</translation>
    </message>
    <message>
        <source>Column %1 of %2 is not an integer key.</source>
        <translation>La colonne %1 de %2 n&apos;est pas une clé entière.</translation>
    </message>
    <message>
        <source>Could not write to %1: the transaction is already aborted by an earlier error.</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: la transaction a déjà été annulée par une erreur précédente.</translation>
    </message>
    <message>
        <source>PostgreSQL rejected a row for table %1.</source>
        <translation>PostgreSQL a rejeté une ligne de la table %1.</translation>
    </message>
    <message>
        <source>PostgreSQL rejected the value of column %1 in table %2.</source>
        <translation>PostgreSQL a rejeté la valeur de la colonne %1 de la table %2.</translation>
    </message>
    <message>
        <source>The value of column %1 in table %2 contains a NUL byte, which PostgreSQL cannot store in text.</source>
        <translation>La valeur de la colonne %1 de la table %2 contient un octet NUL, que PostgreSQL ne peut pas stocker dans du texte.</translation>
    </message>
    <message>
        <source>Could not check whether table %1 exists.</source>
        <translation>Impossible de vérifier si la table %1 existe.</translation>
    </message>
    <message>
        <source>Could not create schema %1.</source>
        <translation>Impossible de créer le schéma %1.</translation>
    </message>
    <message>
        <source>Could not create table %1.</source>
        <translation>Impossible de créer la table %1.</translation>
    </message>
    <message>
        <source>Could not drop table %1.</source>
        <translation>Impossible de supprimer la table %1.</translation>
    </message>
    <message>
        <source>Could not truncate table %1.</source>
        <translation>Impossible de vider la table %1.</translation>
    </message>
    <message>
        <source>Could not delete rows from %1.</source>
        <translation>Impossible de supprimer des lignes de %1.</translation>
    </message>
    <message>
        <source>Could not add the primary key of %1.</source>
        <translation>Impossible d&apos;ajouter la clé primaire de %1.</translation>
    </message>
    <message>
        <source>Could not create index %1 on %2.</source>
        <translation>Impossible de créer l&apos;index %1 sur %2.</translation>
    </message>
    <message>
        <source>Could not create foreign key %1 on %2.</source>
        <translation>Impossible de créer la clé étrangère %1 sur %2.</translation>
    </message>
    <message>
        <source>Could not set the identity of %1.%2 past its maximum.</source>
        <translation>Impossible de positionner l&apos;identité de %1.%2 au-delà de son maximum.</translation>
    </message>
    <message>
        <source>The statement has %1 placeholders but %2 parameters were given.</source>
        <translation>L&apos;instruction comporte %1 espaces réservés, mais %2 paramètres ont été fournis.</translation>
    </message>
    <message>
        <source>Could not read the catalog of PostgreSQL database %1.</source>
        <translation>Impossible de lire le catalogue de la base de données PostgreSQL %1.</translation>
    </message>
    <message>
        <source>The detail names the failing query&apos;s error; reading the catalog needs only a login to the database.</source>
        <translation>Le détail indique l&apos;erreur de la requête en échec&#xa0;; la lecture du catalogue ne nécessite qu&apos;une connexion à la base de données.</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1: no answer within %2 seconds.</source>
        <translation>Impossible de se connecter à PostgreSQL sur %1&#xa0;: aucune réponse dans un délai de %2 secondes.</translation>
    </message>
    <message>
        <source>Check the host name and port, and that no firewall silently drops the connection; if the server is only slow, raise connect_timeout.</source>
        <translation>Vérifiez le nom d&apos;hôte et le port, et qu&apos;aucun pare-feu n&apos;abandonne silencieusement la connexion&#xa0;; si le serveur est simplement lent, augmentez connect_timeout.</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1: the host name %2 could not be resolved.</source>
        <translation>Impossible de se connecter à PostgreSQL sur %1&#xa0;: le nom d&apos;hôte %2 n&apos;a pas pu être résolu.</translation>
    </message>
    <message>
        <source>Check the host name for typos, or use the server&apos;s IP address; make sure this machine can resolve the name (DNS, /etc/hosts).</source>
        <translation>Vérifiez que le nom d&apos;hôte ne comporte pas de faute de frappe, ou utilisez l&apos;adresse IP du serveur&#xa0;; assurez-vous que cette machine peut résoudre le nom (DNS, /etc/hosts).</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1: the connection was refused.</source>
        <translation>Impossible de se connecter à PostgreSQL sur %1&#xa0;: la connexion a été refusée.</translation>
    </message>
    <message>
        <source>Check that the server is running and listens on that host and port (listen_addresses and port in postgresql.conf), and that no firewall rejects the connection.</source>
        <translation>Vérifiez que le serveur est démarré et écoute sur cet hôte et ce port (listen_addresses et port dans postgresql.conf), et qu&apos;aucun pare-feu ne rejette la connexion.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 rejected the login of user %2.</source>
        <translation>PostgreSQL sur %1 a refusé l&apos;ouverture de session de l&apos;utilisateur %2.</translation>
    </message>
    <message>
        <source>The server asks for a password but none was given: set FERRY_SOURCE_PASSWORD (or FERRY_TARGET_PASSWORD), store it in the keyring, or add it to ~/.pgpass.</source>
        <translation>Le serveur demande un mot de passe, mais aucun n&apos;a été fourni&#xa0;: définissez FERRY_SOURCE_PASSWORD (ou FERRY_TARGET_PASSWORD), enregistrez-le dans le trousseau de clés ou ajoutez-le à ~/.pgpass.</translation>
    </message>
    <message>
        <source>No pg_hba.conf rule allows this user, database and client address (with or without TLS): ask the administrator to add one, or try sslmode=require if only hostssl rules exist.</source>
        <translation>Aucune règle de pg_hba.conf n&apos;autorise cet utilisateur, cette base de données et cette adresse cliente (avec ou sans TLS)&#xa0;: demandez à l&apos;administrateur d&apos;en ajouter une, ou essayez sslmode=require s&apos;il n&apos;existe que des règles hostssl.</translation>
    </message>
    <message>
        <source>The role may not log in: ask the administrator to run ALTER ROLE %1 LOGIN, or use another user.</source>
        <translation>Le rôle n&apos;est pas autorisé à se connecter&#xa0;: demandez à l&apos;administrateur d&apos;exécuter ALTER ROLE %1 LOGIN, ou utilisez un autre utilisateur.</translation>
    </message>
    <message>
        <source>Check the user name and the password (FERRY_SOURCE_PASSWORD or FERRY_TARGET_PASSWORD, the keyring or ~/.pgpass).</source>
        <translation>Vérifiez le nom d&apos;utilisateur et le mot de passe (FERRY_SOURCE_PASSWORD ou FERRY_TARGET_PASSWORD, le trousseau de clés ou ~/.pgpass).</translation>
    </message>
    <message>
        <source>Could not establish a TLS connection to PostgreSQL at %1.</source>
        <translation>Impossible d&apos;établir une connexion TLS avec PostgreSQL sur %1.</translation>
    </message>
    <message>
        <source>The server does not offer TLS: enable ssl in postgresql.conf, or connect with sslmode=prefer or sslmode=disable.</source>
        <translation>Le serveur ne propose pas TLS&#xa0;: activez ssl dans postgresql.conf, ou connectez-vous avec sslmode=prefer ou sslmode=disable.</translation>
    </message>
    <message>
        <source>The CA certificate file for verifying the server is missing or unreadable: set sslrootcert to the CA that signed the server&apos;s certificate, or use sslmode=require to encrypt without verifying.</source>
        <translation>Le fichier du certificat d&apos;AC servant à vérifier le serveur est absent ou illisible&#xa0;: indiquez dans sslrootcert l&apos;AC qui a signé le certificat du serveur, ou utilisez sslmode=require pour chiffrer sans vérifier.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for another name: connect with the host name in the certificate, or use sslmode=verify-ca.</source>
        <translation>Le certificat du serveur a été émis pour un autre nom&#xa0;: connectez-vous avec le nom d&apos;hôte figurant dans le certificat, ou utilisez sslmode=verify-ca.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the CA in sslrootcert: point sslrootcert at the CA that signed it, or use sslmode=require to encrypt without verifying.</source>
        <translation>Le certificat du serveur n&apos;est pas signé par l&apos;AC de sslrootcert&#xa0;: faites pointer sslrootcert vers l&apos;AC qui l&apos;a signé, ou utilisez sslmode=require pour chiffrer sans vérifier.</translation>
    </message>
    <message>
        <source>Check the sslmode, sslrootcert, sslcert and sslkey options and the server&apos;s TLS configuration.</source>
        <translation>Vérifiez les options sslmode, sslrootcert, sslcert et sslkey ainsi que la configuration TLS du serveur.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on PostgreSQL at %2.</source>
        <translation>La base de données %1 n&apos;existe pas dans PostgreSQL sur %2.</translation>
    </message>
    <message>
        <source>Check the database name (names created with quotes are case sensitive) or create the database first; psql -l lists the existing ones.</source>
        <translation>Vérifiez le nom de la base de données (les noms créés entre guillemets sont sensibles à la casse) ou créez d&apos;abord la base de données&#xa0;; psql -l liste celles qui existent.</translation>
    </message>
    <message>
        <source>User %1 may not connect to database %2 on PostgreSQL at %3.</source>
        <translation>L&apos;utilisateur %1 n&apos;est pas autorisé à se connecter à la base de données %2 de PostgreSQL sur %3.</translation>
    </message>
    <message>
        <source>Ask the database owner or a superuser to run GRANT CONNECT ON DATABASE %1 TO %2.</source>
        <translation>Demandez au propriétaire de la base de données ou à un superutilisateur d&apos;exécuter GRANT CONNECT ON DATABASE %1 TO %2.</translation>
    </message>
    <message>
        <source>The connection details for PostgreSQL at %1 are not valid.</source>
        <translation>Les paramètres de connexion à PostgreSQL sur %1 ne sont pas valides.</translation>
    </message>
    <message>
        <source>Check the URI&apos;s port and query options (sslmode, sslrootcert, sslcert, sslkey, connect_timeout).</source>
        <translation>Vérifiez le port et les options de requête de l&apos;URI (sslmode, sslrootcert, sslcert, sslkey, connect_timeout).</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1.</source>
        <translation>Impossible de se connecter à PostgreSQL sur %1.</translation>
    </message>
    <message>
        <source>The server has no free connection slots: close idle sessions or raise max_connections.</source>
        <translation>Le serveur n&apos;a plus d&apos;emplacement de connexion libre&#xa0;: fermez les sessions inactives ou augmentez max_connections.</translation>
    </message>
    <message>
        <source>The server is starting up, shutting down or in recovery: try again in a moment.</source>
        <translation>Le serveur est en cours de démarrage, d&apos;arrêt ou de récupération&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The detail holds the server&apos;s or the client library&apos;s reason.</source>
        <translation>Le détail indique la raison donnée par le serveur ou par la bibliothèque cliente.</translation>
    </message>
    <message>
        <source>PostgreSQL %1 at %2 is older than version %3, the oldest Ferry supports.</source>
        <translation>PostgreSQL %1 sur %2 est antérieur à la version %3, la plus ancienne prise en charge par Ferry.</translation>
    </message>
    <message>
        <source>server_version %1 (version number %2)</source>
        <translation>server_version %1 (numéro de version %2)</translation>
    </message>
    <message>
        <source>Upgrade the server to PostgreSQL %1 or later, or export the data with that server&apos;s pg_dump and load it elsewhere first.</source>
        <translation>Mettez à niveau le serveur vers PostgreSQL %1 ou ultérieur, ou exportez d&apos;abord les données avec le pg_dump de ce serveur et chargez-les ailleurs.</translation>
    </message>
    <message>
        <source>User %1 lacks the REPLICATION attribute, which change data capture from this source needs; full loads work without it. Fix: ALTER ROLE %2 REPLICATION.</source>
        <translation>L&apos;utilisateur %1 n&apos;a pas l&apos;attribut REPLICATION, nécessaire à la capture des données modifiées (CDC) depuis cette source&#xa0;; les chargements complets fonctionnent sans. Correction&#xa0;: ALTER ROLE %2 REPLICATION.</translation>
    </message>
    <message>
        <source>wal_level is &apos;%1&apos; on this server, but change data capture needs &apos;logical&apos;; full loads work without it. Fix: set wal_level = logical in postgresql.conf and restart the server.</source>
        <translation>wal_level vaut &apos;%1&apos; sur ce serveur, mais la capture des données modifiées (CDC) nécessite &apos;logical&apos;&#xa0;; les chargements complets fonctionnent sans. Correction&#xa0;: définissez wal_level = logical dans postgresql.conf et redémarrez le serveur.</translation>
    </message>
    <message>
        <source>(none on the search_path)</source>
        <translation>(aucun dans le search_path)</translation>
    </message>
    <message>
        <source>User %1 can neither create schemas in database %2 nor create tables in schema %3 on PostgreSQL at %4.</source>
        <translation>L&apos;utilisateur %1 ne peut ni créer de schémas dans la base de données %2, ni créer de tables dans le schéma %3 de PostgreSQL sur %4.</translation>
    </message>
    <message>
        <source>Ask the database owner to run GRANT CREATE ON DATABASE %1 TO %2, or GRANT CREATE ON SCHEMA %3 TO %2.</source>
        <translation>Demandez au propriétaire de la base de données d&apos;exécuter GRANT CREATE ON DATABASE %1 TO %2, ou GRANT CREATE ON SCHEMA %3 TO %2.</translation>
    </message>
    <message>
        <source>User %1 cannot create schemas in database %2, so every target schema must exist already. Fix: GRANT CREATE ON DATABASE %3 TO %4.</source>
        <translation>L&apos;utilisateur %1 ne peut pas créer de schémas dans la base de données %2&#xa0;; chaque schéma cible doit donc déjà exister. Correction&#xa0;: GRANT CREATE ON DATABASE %3 TO %4.</translation>
    </message>
    <message>
        <source>User %1 cannot create tables in schema %2; Ferry can still create and use schemas of its own. Fix: GRANT CREATE ON SCHEMA %3 TO %4.</source>
        <translation>L&apos;utilisateur %1 ne peut pas créer de tables dans le schéma %2&#xa0;; Ferry peut tout de même créer et utiliser ses propres schémas. Correction&#xa0;: GRANT CREATE ON SCHEMA %3 TO %4.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2 as %3, database %4.</source>
        <translation>Connecté à PostgreSQL %1 sur %2 en tant que %3, base de données %4.</translation>
    </message>
    <message>
        <source>TLS on (%1)</source>
        <translation>TLS activé (%1)</translation>
    </message>
    <message>
        <source>TLS off</source>
        <translation>TLS désactivé</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL at %1, but could not check the user&apos;s privileges.</source>
        <translation>Connecté à PostgreSQL sur %1, mais impossible de vérifier les privilèges de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The detail holds the server&apos;s reason; the checks read pg_roles, pg_stat_ssl and the current settings.</source>
        <translation>Le détail indique la raison donnée par le serveur&#xa0;; les vérifications lisent pg_roles, pg_stat_ssl et les paramètres en vigueur.</translation>
    </message>
    <message>
        <source>Read the server&apos;s message above.</source>
        <translation>Lisez le message du serveur ci-dessus.</translation>
    </message>
    <message>
        <source>Setting up the session on %1 failed.</source>
        <translation>La configuration de la session sur %1 a échoué.</translation>
    </message>
    <message>
        <source>Column %1 of %2 is created as %3 instead of %4: the table&apos;s columns do not fit MySQL&apos;s 65,535-byte row limit otherwise.</source>
        <translation>La colonne %1 de %2 est créée en %3 au lieu de %4&#xa0;: sinon, les colonnes de la table ne tiennent pas dans la limite de 65&#xa0;535 octets par ligne de MySQL.</translation>
    </message>
    <message>
        <source>A batch for %1 has %2 columns, the reader produces %3.</source>
        <translation>Un lot pour %1 compte %2 colonnes, le lecteur en produit %3.</translation>
    </message>
    <message>
        <source>Reading %1 from the MySQL/MariaDB source failed.</source>
        <translation>La lecture de %1 depuis la source MySQL/MariaDB a échoué.</translation>
    </message>
    <message>
        <source>A value of column %1 of %2 cannot be converted.</source>
        <translation>Une valeur de la colonne %1 de %2 ne peut pas être convertie.</translation>
    </message>
    <message>
        <source>Change the column&apos;s type with a mapping rule, or filter the row out.</source>
        <translation>Modifiez le type de la colonne avec une règle de mappage, ou excluez la ligne par un filtre.</translation>
    </message>
    <message>
        <source>Reading the key range of %1 from the MySQL/MariaDB source failed.</source>
        <translation>La lecture de la plage de clés de %1 depuis la source MySQL/MariaDB a échoué.</translation>
    </message>
    <message>
        <source>Column %1 of %2 cannot split the table into key ranges: its values are not 64-bit integers.</source>
        <translation>La colonne %1 de %2 ne permet pas de découper la table en plages de clés&#xa0;: ses valeurs ne sont pas des entiers 64 bits.</translation>
    </message>
    <message>
        <source>Use an integer key column for parallel-load ranges, or load the table without ranges.</source>
        <translation>Utilisez une colonne clé entière pour les plages du chargement parallèle, ou chargez la table sans plages.</translation>
    </message>
    <message>
        <source>A statement on the MySQL/MariaDB target %1 failed.</source>
        <translation>Une instruction sur la cible MySQL/MariaDB %1 a échoué.</translation>
    </message>
    <message>
        <source>A query on the MySQL/MariaDB target %1 failed.</source>
        <translation>Une requête sur la cible MySQL/MariaDB %1 a échoué.</translation>
    </message>
    <message>
        <source>Creating database %1 on the MySQL/MariaDB target failed.</source>
        <translation>La création de la base de données %1 sur la cible MySQL/MariaDB a échoué.</translation>
    </message>
    <message>
        <source>Creating table %1 on the MySQL/MariaDB target failed.</source>
        <translation>La création de la table %1 sur la cible MySQL/MariaDB a échoué.</translation>
    </message>
    <message>
        <source>Dropping table %1 on the MySQL/MariaDB target failed.</source>
        <translation>La suppression de la table %1 sur la cible MySQL/MariaDB a échoué.</translation>
    </message>
    <message>
        <source>Emptying table %1 on the MySQL/MariaDB target failed.</source>
        <translation>Le vidage de la table %1 sur la cible MySQL/MariaDB a échoué.</translation>
    </message>
    <message>
        <source>Deleting rows of %1 on the MySQL/MariaDB target failed.</source>
        <translation>La suppression des lignes de %1 sur la cible MySQL/MariaDB a échoué.</translation>
    </message>
    <message>
        <source>Adding the primary key of %1 on the MySQL/MariaDB target failed.</source>
        <translation>L&apos;ajout de la clé primaire de %1 sur la cible MySQL/MariaDB a échoué.</translation>
    </message>
    <message>
        <source>Index %1 of %2 is not created: MySQL has no %3 indexes on these columns.</source>
        <translation>L&apos;index %1 de %2 n&apos;est pas créé&#xa0;: MySQL ne propose pas d&apos;index %3 sur ces colonnes.</translation>
    </message>
    <message>
        <source>Foreign key %1 of %2 is created with NO ACTION instead of SET DEFAULT, which InnoDB does not support.</source>
        <translation>La clé étrangère %1 de %2 est créée avec NO ACTION au lieu de SET DEFAULT, qu&apos;InnoDB ne prend pas en charge.</translation>
    </message>
    <message>
        <source>Index %1 of %2 is not created: it indexes an expression (%3), which is not carried over.</source>
        <translation>L&apos;index %1 de %2 n&apos;est pas créé&#xa0;: il indexe une expression (%3), qui n&apos;est pas reprise.</translation>
    </message>
    <message>
        <source>Index %1 of %2 is not created: column %3 is of type %4, which MySQL cannot index this way.</source>
        <translation>L&apos;index %1 de %2 n&apos;est pas créé&#xa0;: la colonne %3 est de type %4, que MySQL ne peut pas indexer de cette façon.</translation>
    </message>
    <message>
        <source>A batch for %1 has %2 columns, the writer expects %3.</source>
        <translation>Un lot pour %1 compte %2 colonnes, le module d&apos;écriture en attend %3.</translation>
    </message>
    <message>
        <source>Writing to %1 on the MySQL/MariaDB target failed.</source>
        <translation>L&apos;écriture dans %1 sur la cible MySQL/MariaDB a échoué.</translation>
    </message>
    <message>
        <source>The MySQL/MariaDB server %1 does not allow LOAD DATA LOCAL INFILE (local_infile is OFF), so rows are written with multi-row INSERT statements, which is several times slower. To enable the fast path run SET GLOBAL local_infile = 1 as an administrator, or put local-infile = 1 in the [mysqld] section of the server&apos;s configuration.</source>
        <translation>Le serveur MySQL/MariaDB %1 n&apos;autorise pas LOAD DATA LOCAL INFILE (local_infile vaut OFF)&#xa0;: les lignes sont donc écrites avec des instructions INSERT multilignes, ce qui est plusieurs fois plus lent. Pour activer la voie rapide, exécutez SET GLOBAL local_infile = 1 en tant qu&apos;administrateur, ou ajoutez local-infile = 1 dans la section [mysqld] de la configuration du serveur.</translation>
    </message>
    <message>
        <source>Reading the catalog of database &apos;%1&apos; on %2 failed.</source>
        <translation>La lecture du catalogue de la base de données &apos;%1&apos; sur %2 a échoué.</translation>
    </message>
    <message>
        <source>Check that the user may read information_schema for this database (SELECT and SHOW VIEW privileges) and that the server is still reachable.</source>
        <translation>Vérifiez que l&apos;utilisateur peut lire information_schema pour cette base de données (privilèges SELECT et SHOW VIEW) et que le serveur est toujours joignable.</translation>
    </message>
    <message>
        <source>Listing the databases on %1 failed.</source>
        <translation>L&apos;énumération des bases de données sur %1 a échoué.</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; does not exist on %2.</source>
        <translation>La base de données &apos;%1&apos; n&apos;existe pas sur %2.</translation>
    </message>
    <message>
        <source>Check the name (case matters on most Linux servers) and that the user may see the database (SHOW DATABASES or a privilege on it).</source>
        <translation>Vérifiez le nom (la casse compte sur la plupart des serveurs Linux) et que l&apos;utilisateur peut voir la base de données (SHOW DATABASES ou un privilège sur celle-ci).</translation>
    </message>
    <message>
        <source>Unknown ssl-mode &apos;%1&apos;.</source>
        <translation>Valeur de ssl-mode inconnue&#xa0;: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A query on the MySQL/MariaDB server failed.</source>
        <translation>Une requête sur le serveur MySQL/MariaDB a échoué.</translation>
    </message>
    <message>
        <source>Read the server&apos;s message above; a lost connection can be retried.</source>
        <translation>Lisez le message du serveur ci-dessus&#xa0;; une connexion perdue peut être retentée.</translation>
    </message>
    <message>
        <source>The host name &apos;%1&apos; could not be resolved.</source>
        <translation>Le nom d&apos;hôte &apos;%1&apos; n&apos;a pas pu être résolu.</translation>
    </message>
    <message>
        <source>Check the host name for typos, or use the server&apos;s IP address; make sure this machine can resolve names (DNS, /etc/hosts).</source>
        <translation>Vérifiez que le nom d&apos;hôte ne comporte pas de faute de frappe, ou utilisez l&apos;adresse IP du serveur&#xa0;; assurez-vous que cette machine peut résoudre les noms (DNS, /etc/hosts).</translation>
    </message>
    <message>
        <source>Nothing accepted the connection at %1.</source>
        <translation>Aucun service n&apos;a accepté la connexion sur %1.</translation>
    </message>
    <message>
        <source>Check that the MySQL/MariaDB server is running and listens on port %1 of that address (bind-address, skip-networking), and that no firewall blocks the port.</source>
        <translation>Vérifiez que le serveur MySQL/MariaDB est démarré et écoute sur le port %1 de cette adresse (bind-address, skip-networking), et qu&apos;aucun pare-feu ne bloque le port.</translation>
    </message>
    <message numerus="yes">
        <source>The server at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le serveur sur %1 n&apos;a pas répondu en %n seconde.</numerusform>
            <numerusform>Le serveur sur %1 n&apos;a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the host and port (is it a MySQL/MariaDB server?), firewalls and network routes; raise connect_timeout if the network is slow.</source>
        <translation>Vérifiez l&apos;hôte et le port (s&apos;agit-il bien d&apos;un serveur MySQL/MariaDB&#xa0;?), les pare-feu et les routes réseau&#xa0;; augmentez connect_timeout si le réseau est lent.</translation>
    </message>
    <message>
        <source>The server at %1 rejected the login of user &apos;%2&apos;.</source>
        <translation>Le serveur sur %1 a refusé l&apos;ouverture de session de l&apos;utilisateur &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Check the user name and the password (FERRY_SOURCE_PASSWORD or FERRY_TARGET_PASSWORD, the keyring, or ~/.my.cnf), and that an account &apos;%1&apos;@&apos;&lt;this client&apos;s host&gt;&apos; exists and may log in from here.</source>
        <translation>Vérifiez le nom d&apos;utilisateur et le mot de passe (FERRY_SOURCE_PASSWORD ou FERRY_TARGET_PASSWORD, le trousseau de clés ou ~/.my.cnf), et qu&apos;un compte &apos;%1&apos;@&apos;&lt;hôte de ce client&gt;&apos; existe et peut se connecter depuis cette machine.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed.</source>
        <translation>La connexion TLS avec %1 a échoué.</translation>
    </message>
    <message>
        <source>Check that ssl-ca names the CA certificate that signed the server&apos;s certificate, that with ssl-mode=VERIFY_IDENTITY the host name matches the certificate, and that the server has TLS enabled; use ssl-mode=PREFERRED only on a trusted network.</source>
        <translation>Vérifiez que ssl-ca désigne le certificat de l&apos;AC qui a signé le certificat du serveur, qu&apos;avec ssl-mode=VERIFY_IDENTITY le nom d&apos;hôte correspond au certificat et que TLS est activé sur le serveur&#xa0;; n&apos;utilisez ssl-mode=PREFERRED que sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>Check the database name (names are case-sensitive on most Linux servers), or create the database first.</source>
        <translation>Vérifiez le nom de la base de données (les noms sont sensibles à la casse sur la plupart des serveurs Linux), ou créez d&apos;abord la base de données.</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; may not use the database &apos;%2&apos; on %3.</source>
        <translation>L&apos;utilisateur &apos;%1&apos; n&apos;est pas autorisé à utiliser la base de données &apos;%2&apos; sur %3.</translation>
    </message>
    <message>
        <source>Ask an administrator to grant access, for example GRANT SELECT, SHOW VIEW ON `%1`.* TO &apos;%2&apos;@&apos;%&apos;.</source>
        <translation>Demandez à un administrateur d&apos;accorder l&apos;accès, par exemple GRANT SELECT, SHOW VIEW ON `%1`.* TO &apos;%2&apos;@&apos;%&apos;.</translation>
    </message>
    <message>
        <source>Could not connect to the MySQL/MariaDB server at %1.</source>
        <translation>Impossible de se connecter au serveur MySQL/MariaDB sur %1.</translation>
    </message>
    <message>
        <source>Check that the address belongs to a MySQL or MariaDB server and read the server&apos;s error log for the reason.</source>
        <translation>Vérifiez que l&apos;adresse correspond bien à un serveur MySQL ou MariaDB et consultez le journal d&apos;erreurs du serveur pour en connaître la raison.</translation>
    </message>
    <message>
        <source>The server at %1 runs %2 %3, which is older than Ferry supports (%2 %4 or newer).</source>
        <translation>Le serveur sur %1 exécute %2 %3, une version plus ancienne que celles prises en charge par Ferry (%2 %4 ou ultérieure).</translation>
    </message>
    <message>
        <source>Server version %1.</source>
        <translation>Version du serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Upgrade the server, or dump the data with mysqldump and load it into a supported server first.</source>
        <translation>Mettez à niveau le serveur, ou exportez d&apos;abord les données avec mysqldump et chargez-les dans un serveur pris en charge.</translation>
    </message>
    <message>
        <source>Binary logging is off on the server (log_bin), so changes made during and after the full load cannot be captured.</source>
        <translation>La journalisation binaire est désactivée sur le serveur (log_bin)&#xa0;: les modifications effectuées pendant et après le chargement complet ne peuvent donc pas être capturées.</translation>
    </message>
    <message>
        <source>binlog_format is %1, not ROW; change data capture needs row-based logging (binlog_format = ROW).</source>
        <translation>binlog_format vaut %1 et non ROW&#xa0;; la capture des données modifiées (CDC) nécessite une journalisation par ligne (binlog_format = ROW).</translation>
    </message>
    <message>
        <source>binlog_row_image is %1, not FULL; change data capture needs full row images (binlog_row_image = FULL).</source>
        <translation>binlog_row_image vaut %1 et non FULL&#xa0;; la capture des données modifiées (CDC) nécessite des images de ligne complètes (binlog_row_image = FULL).</translation>
    </message>
    <message>
        <source>Testing the connection to %1 failed unexpectedly.</source>
        <translation>Le test de connexion avec %1 a échoué de manière inattendue.</translation>
    </message>
    <message>
        <source>Reading the catalog from %1 failed unexpectedly.</source>
        <translation>La lecture du catalogue depuis %1 a échoué de manière inattendue.</translation>
    </message>
    <message>
        <source>The ssl-mode &apos;%1&apos; is not known.</source>
        <translation>La valeur de ssl-mode &apos;%1&apos; est inconnue.</translation>
    </message>
    <message>
        <source>Use ssl-mode=DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY.</source>
        <translation>Utilisez ssl-mode=DISABLED, PREFERRED, REQUIRED, VERIFY_CA ou VERIFY_IDENTITY.</translation>
    </message>
    <message>
        <source>The port %1 is out of range.</source>
        <translation>Le port %1 est hors limites.</translation>
    </message>
    <message>
        <source>Use a port between 1 and 65535 (MySQL&apos;s default is 3306).</source>
        <translation>Utilisez un port entre 1 et 65535 (le port par défaut de MySQL est 3306).</translation>
    </message>
    <message>
        <source>The %1 file &apos;%2&apos; does not exist.</source>
        <translation>Le fichier %1 &apos;%2&apos; n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Give the full path of a PEM file readable by this user.</source>
        <translation>Indiquez le chemin complet d&apos;un fichier PEM lisible par cet utilisateur.</translation>
    </message>
    <message>
        <source>Connected to %1 %2 at %3.</source>
        <translation>Connecté à %1 %2 sur %3.</translation>
    </message>
    <message>
        <source>Server version %1; the connection is not encrypted.</source>
        <translation>Version du serveur %1&#xa0;; la connexion n&apos;est pas chiffrée.</translation>
    </message>
    <message>
        <source>Server version %1; TLS cipher %2.</source>
        <translation>Version du serveur %1&#xa0;; suite de chiffrement TLS %2.</translation>
    </message>
    <message>
        <source>The privileges of user &apos;%1&apos; could not be read (SHOW GRANTS failed), so they were not checked.</source>
        <translation>Les privilèges de l&apos;utilisateur &apos;%1&apos; n&apos;ont pas pu être lus (échec de SHOW GRANTS)&#xa0;; ils n&apos;ont donc pas été vérifiés.</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; may not create tables in the database &apos;%2&apos; on %3.</source>
        <translation>L&apos;utilisateur &apos;%1&apos; n&apos;est pas autorisé à créer des tables dans la base de données &apos;%2&apos; sur %3.</translation>
    </message>
    <message>
        <source>The CREATE privilege of user &apos;%1&apos; on database &apos;%2&apos; could not be confirmed (it may come from a role).</source>
        <translation>Le privilège CREATE de l&apos;utilisateur &apos;%1&apos; sur la base de données &apos;%2&apos; n&apos;a pas pu être confirmé (il provient peut-être d&apos;un rôle).</translation>
    </message>
    <message>
        <source>SHOW GRANTS lists no CREATE privilege on `%1`.* or *.* for the user.</source>
        <translation>SHOW GRANTS n&apos;indique aucun privilège CREATE sur `%1`.* ou *.* pour l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Ask an administrator to run GRANT CREATE, ALTER, DROP, INDEX, REFERENCES, SELECT, INSERT, UPDATE, DELETE ON `%1`.* TO &apos;%2&apos;@&apos;%&apos;; or choose a database the user owns.</source>
        <translation>Demandez à un administrateur d&apos;exécuter GRANT CREATE, ALTER, DROP, INDEX, REFERENCES, SELECT, INSERT, UPDATE, DELETE ON `%1`.* TO &apos;%2&apos;@&apos;%&apos;&#xa0;; ou choisissez une base de données dont l&apos;utilisateur est propriétaire.</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; may not create databases; choose a target database in the connection.</source>
        <translation>L&apos;utilisateur &apos;%1&apos; n&apos;est pas autorisé à créer des bases de données&#xa0;; choisissez une base de données cible dans la connexion.</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; lacks the REPLICATION CLIENT privilege (BINLOG MONITOR on MariaDB 10.5+), which change data capture needs to read the binary log position.</source>
        <translation>L&apos;utilisateur &apos;%1&apos; n&apos;a pas le privilège REPLICATION CLIENT (BINLOG MONITOR sur MariaDB 10.5+), dont la capture des données modifiées (CDC) a besoin pour lire la position du journal binaire.</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; lacks the REPLICATION SLAVE privilege, which change data capture needs to stream the binary log.</source>
        <translation>L&apos;utilisateur &apos;%1&apos; n&apos;a pas le privilège REPLICATION SLAVE, dont la capture des données modifiées (CDC) a besoin pour diffuser le journal binaire.</translation>
    </message>
    <message>
        <source>Another connection holds a lock on the SQLite database; the load retries.</source>
        <translation>Une autre connexion détient un verrou sur la base de données SQLite&#xa0;; le chargement réessaie.</translation>
    </message>
    <message>
        <source>Free space on the file system that holds the SQLite database.</source>
        <translation>Libérez de l&apos;espace sur le système de fichiers qui contient la base de données SQLite.</translation>
    </message>
    <message>
        <source>Reading the SQLite table %1 failed.</source>
        <translation>La lecture de la table SQLite %1 a échoué.</translation>
    </message>
    <message>
        <source>The value %1 in the boolean column %2 of the SQLite table %3 is not a truth value.</source>
        <translation>La valeur %1 de la colonne booléenne %2 de la table SQLite %3 n&apos;est pas une valeur de vérité.</translation>
    </message>
    <message>
        <source>Booleans are read from 0/1 (any nonzero number is true) and from true/false, t/f, yes/no, y/n, on/off.</source>
        <translation>Les booléens sont lus à partir de 0/1 (tout nombre non nul vaut vrai) et de true/false, t/f, yes/no, y/n, on/off.</translation>
    </message>
    <message>
        <source>text or blob values</source>
        <translation>des valeurs texte ou blob</translation>
    </message>
    <message>
        <source>NULL values</source>
        <translation>des valeurs NULL</translation>
    </message>
    <message>
        <source>Reading the key range of the SQLite table %1 failed.</source>
        <translation>La lecture de la plage de clés de la table SQLite %1 a échoué.</translation>
    </message>
    <message>
        <source>The key column %1 of the SQLite table %2 holds %3, so the table cannot be split into integer key ranges.</source>
        <translation>La colonne clé %1 de la table SQLite %2 contient %3&#xa0;: la table ne peut donc pas être découpée en plages de clés entières.</translation>
    </message>
    <message>
        <source>Load this table in one piece (table-settings parallel-load type none) or choose an integer key column.</source>
        <translation>Chargez cette table d&apos;un seul tenant (table-settings parallel-load type none) ou choisissez une colonne clé entière.</translation>
    </message>
    <message>
        <source>Could not prepare the query on the SQLite table %1.</source>
        <translation>Impossible de préparer la requête sur la table SQLite %1.</translation>
    </message>
    <message>
        <source>Check that the table and its columns exist in the source database (the catalog may be out of date).</source>
        <translation>Vérifiez que la table et ses colonnes existent dans la base de données source (le catalogue n&apos;est peut-être plus à jour).</translation>
    </message>
    <message>
        <source>Writing a batch into the SQLite table %1 failed.</source>
        <translation>L&apos;écriture d&apos;un lot dans la table SQLite %1 a échoué.</translation>
    </message>
    <message>
        <source>The SQLite table %1 refused a row.</source>
        <translation>La table SQLite %1 a refusé une ligne.</translation>
    </message>
    <message>
        <source>The value %1 for the boolean column %2 of the SQLite table %3 is not a truth value.</source>
        <translation>La valeur %1 destinée à la colonne booléenne %2 de la table SQLite %3 n&apos;est pas une valeur de vérité.</translation>
    </message>
    <message>
        <source>Could not create the SQLite table %1.</source>
        <translation>Impossible de créer la table SQLite %1.</translation>
    </message>
    <message>
        <source>Could not drop the SQLite table %1.</source>
        <translation>Impossible de supprimer la table SQLite %1.</translation>
    </message>
    <message>
        <source>Could not empty the SQLite table %1.</source>
        <translation>Impossible de vider la table SQLite %1.</translation>
    </message>
    <message>
        <source>Could not delete rows of the SQLite table %1.</source>
        <translation>Impossible de supprimer des lignes de la table SQLite %1.</translation>
    </message>
    <message>
        <source>The %1 index %2 of table %3 was not created: SQLite has b-tree indexes only.</source>
        <translation>L&apos;index %2 de type %1 de la table %3 n&apos;a pas été créé&#xa0;: SQLite ne connaît que les index B-tree.</translation>
    </message>
    <message>
        <source>Index expressions and predicates are copied as the source wrote them; rewrite those SQLite does not understand.</source>
        <translation>Les expressions et prédicats d&apos;index sont copiés tels que la source les a écrits&#xa0;; réécrivez ceux que SQLite ne comprend pas.</translation>
    </message>
    <message>
        <source>Could not prepare the INSERT into the SQLite table %1.</source>
        <translation>Impossible de préparer l&apos;INSERT dans la table SQLite %1.</translation>
    </message>
    <message>
        <source>A statement on the SQLite target failed.</source>
        <translation>Une instruction sur la cible SQLite a échoué.</translation>
    </message>
    <message>
        <source>The SQLite target %1 stays in journal mode %2 instead of WAL (another connection may hold it open); the load is slower.</source>
        <translation>La cible SQLite %1 reste en mode de journal %2 au lieu de WAL (une autre connexion la maintient peut-être ouverte)&#xa0;; le chargement est plus lent.</translation>
    </message>
    <message>
        <source>Setting the loading pragmas on the SQLite target %1 failed: %2.</source>
        <translation>La définition des pragmas de chargement sur la cible SQLite %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The target SQLite database %1 is set to read-only (mode=ro).</source>
        <translation>La base de données SQLite cible %1 est en lecture seule (mode=ro).</translation>
    </message>
    <message>
        <source>Remove mode=ro from the target&apos;s connection URI.</source>
        <translation>Retirez mode=ro de l&apos;URI de connexion de la cible.</translation>
    </message>
    <message>
        <source>Could not read the catalog of the SQLite database %1.</source>
        <translation>Impossible de lire le catalogue de la base de données SQLite %1.</translation>
    </message>
    <message>
        <source>Check that the database is not damaged (sqlite3 FILE &apos;PRAGMA integrity_check;&apos;) and that every view and virtual table in it can be used.</source>
        <translation>Vérifiez que la base de données n&apos;est pas endommagée (sqlite3 FILE &apos;PRAGMA integrity_check;&apos;) et que chacune de ses vues et tables virtuelles est utilisable.</translation>
    </message>
    <message>
        <source>The SQLite database %1 has no schema &apos;%2&apos;.</source>
        <translation>La base de données SQLite %1 n&apos;a pas de schéma &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>A SQLite database file has one schema, main: leave the schema out or ask for main.</source>
        <translation>Un fichier de base de données SQLite n&apos;a qu&apos;un schéma, main&#xa0;: omettez le schéma ou demandez main.</translation>
    </message>
    <message>
        <source>Ferry may not read the SQLite database file %1.</source>
        <translation>Ferry n&apos;a pas le droit de lire le fichier de base de données SQLite %1.</translation>
    </message>
    <message>
        <source>Give the user running Ferry read permission on the file (for example with chmod or by adding it to the file&apos;s group).</source>
        <translation>Donnez à l&apos;utilisateur qui exécute Ferry le droit de lecture sur le fichier (par exemple avec chmod ou en l&apos;ajoutant au groupe du fichier).</translation>
    </message>
    <message>
        <source>The file %1 is not a SQLite database.</source>
        <translation>Le fichier %1 n&apos;est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>Check that the path names a SQLite 3 database file. Encrypted databases (SQLCipher, SEE) cannot be read.</source>
        <translation>Vérifiez que le chemin désigne un fichier de base de données SQLite 3. Les bases de données chiffrées (SQLCipher, SEE) ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>The SQLite database file %1 is damaged.</source>
        <translation>Le fichier de base de données SQLite %1 est endommagé.</translation>
    </message>
    <message>
        <source>Check it with: sqlite3 FILE &apos;PRAGMA integrity_check;&apos; and restore it from a backup.</source>
        <translation>Vérifiez-le avec&#xa0;: sqlite3 FILE &apos;PRAGMA integrity_check;&apos; et restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The SQLite database file %1 stayed locked by another connection for %2 s.</source>
        <translation>Le fichier de base de données SQLite %1 est resté verrouillé par une autre connexion pendant %2 s.</translation>
    </message>
    <message>
        <source>Retry when the other program has finished writing, or raise connect_timeout in the connection URI.</source>
        <translation>Réessayez lorsque l&apos;autre programme aura fini d&apos;écrire, ou augmentez connect_timeout dans l&apos;URI de connexion.</translation>
    </message>
    <message>
        <source>The SQLite database file %1 needs recovery from an interrupted write, which a read-only connection cannot do.</source>
        <translation>Le fichier de base de données SQLite %1 doit être récupéré après une écriture interrompue, ce qu&apos;une connexion en lecture seule ne peut pas faire.</translation>
    </message>
    <message>
        <source>Open the database once with write access (for example: sqlite3 FILE &apos;PRAGMA quick_check;&apos;) and retry.</source>
        <translation>Ouvrez une fois la base de données avec un accès en écriture (par exemple&#xa0;: sqlite3 FILE &apos;PRAGMA quick_check;&apos;) puis réessayez.</translation>
    </message>
    <message>
        <source>Could not open the SQLite database file %1.</source>
        <translation>Impossible d&apos;ouvrir le fichier de base de données SQLite %1.</translation>
    </message>
    <message>
        <source>Check that the file is a SQLite 3 database that no other program holds in an exclusive lock.</source>
        <translation>Vérifiez que le fichier est une base de données SQLite 3 qu&apos;aucun autre programme ne verrouille en mode exclusif.</translation>
    </message>
    <message>
        <source>The directory %1 for the new SQLite database file %2 does not exist.</source>
        <translation>Le répertoire %1 du nouveau fichier de base de données SQLite %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Create the directory first, or choose a path in an existing one.</source>
        <translation>Créez d&apos;abord le répertoire, ou choisissez un chemin dans un répertoire existant.</translation>
    </message>
    <message>
        <source>Ferry may not create the SQLite database file %1 in its directory.</source>
        <translation>Ferry n&apos;a pas le droit de créer le fichier de base de données SQLite %1 dans son répertoire.</translation>
    </message>
    <message>
        <source>Give the user running Ferry write permission on the directory, or choose a writable one.</source>
        <translation>Donnez à l&apos;utilisateur qui exécute Ferry le droit d&apos;écriture sur le répertoire, ou choisissez-en un accessible en écriture.</translation>
    </message>
    <message>
        <source>The SQLite connection names no database file.</source>
        <translation>La connexion SQLite n&apos;indique aucun fichier de base de données.</translation>
    </message>
    <message>
        <source>Write sqlite:///absolute/path.db or sqlite:relative/path.db.</source>
        <translation>Écrivez sqlite:///absolute/path.db ou sqlite:relative/path.db.</translation>
    </message>
    <message>
        <source>The SQLite database file %1 does not exist.</source>
        <translation>Le fichier de base de données SQLite %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The SQLite database file %1 does not exist: a part of its path is a file, not a directory.</source>
        <translation>Le fichier de base de données SQLite %1 n&apos;existe pas&#xa0;: une partie de son chemin est un fichier et non un répertoire.</translation>
    </message>
    <message>
        <source>Check the path (an absolute path needs three slashes: sqlite:///path/to/file.db). Ferry does not create database files when it tests or reads them; create a new target first, for example with: sqlite3 FILE &apos;PRAGMA user_version = 0;&apos;.</source>
        <translation>Vérifiez le chemin (un chemin absolu nécessite trois barres obliques&#xa0;: sqlite:///path/to/file.db). Ferry ne crée pas de fichiers de base de données lorsqu&apos;il les teste ou les lit&#xa0;; créez d&apos;abord une nouvelle cible, par exemple avec&#xa0;: sqlite3 FILE &apos;PRAGMA user_version = 0;&apos;.</translation>
    </message>
    <message>
        <source>Ferry may not enter a directory on the path to the SQLite database file %1.</source>
        <translation>Ferry n&apos;a pas le droit d&apos;entrer dans un répertoire du chemin menant au fichier de base de données SQLite %1.</translation>
    </message>
    <message>
        <source>Give the user running Ferry search (x) permission on every directory of the path.</source>
        <translation>Donnez à l&apos;utilisateur qui exécute Ferry le droit de recherche (x) sur chaque répertoire du chemin.</translation>
    </message>
    <message>
        <source>Could not examine the SQLite database file %1.</source>
        <translation>Impossible d&apos;examiner le fichier de base de données SQLite %1.</translation>
    </message>
    <message>
        <source>Check the path and the file system.</source>
        <translation>Vérifiez le chemin et le système de fichiers.</translation>
    </message>
    <message>
        <source>%1 is a directory, not a SQLite database file.</source>
        <translation>%1 est un répertoire, et non un fichier de base de données SQLite.</translation>
    </message>
    <message>
        <source>Name the database file itself, for example sqlite://%1/data.db.</source>
        <translation>Indiquez le fichier de base de données lui-même, par exemple sqlite://%1/data.db.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a SQLite database.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire&#xa0;; ce ne peut donc pas être une base de données SQLite.</translation>
    </message>
    <message>
        <source>Name the database file itself.</source>
        <translation>Indiquez le fichier de base de données lui-même.</translation>
    </message>
    <message>
        <source>Ferry may not write to the SQLite database file %1, which it needs as a target.</source>
        <translation>Ferry n&apos;a pas le droit d&apos;écrire dans le fichier de base de données SQLite %1, ce qui est nécessaire pour une cible.</translation>
    </message>
    <message>
        <source>Give the user running Ferry write permission on the file, or choose a file on a writable file system.</source>
        <translation>Donnez à l&apos;utilisateur qui exécute Ferry le droit d&apos;écriture sur le fichier, ou choisissez un fichier sur un système de fichiers accessible en écriture.</translation>
    </message>
    <message>
        <source>Ferry may not create files in the directory %1, which SQLite needs for the journal when it writes to %2.</source>
        <translation>Ferry n&apos;a pas le droit de créer des fichiers dans le répertoire %1, ce dont SQLite a besoin pour le journal lorsqu&apos;il écrit dans %2.</translation>
    </message>
    <message>
        <source>Give the user running Ferry write permission on the directory, or move the database to a writable one.</source>
        <translation>Donnez à l&apos;utilisateur qui exécute Ferry le droit d&apos;écriture sur le répertoire, ou déplacez la base de données dans un répertoire accessible en écriture.</translation>
    </message>
    <message>
        <source>SQLite opened the database file %1 read-only, but a target must be writable.</source>
        <translation>SQLite a ouvert le fichier de base de données %1 en lecture seule, mais une cible doit être accessible en écriture.</translation>
    </message>
    <message>
        <source>Give the user running Ferry write permission on the file and its directory, on a writable file system.</source>
        <translation>Donnez à l&apos;utilisateur qui exécute Ferry le droit d&apos;écriture sur le fichier et sur son répertoire, dans un système de fichiers accessible en écriture.</translation>
    </message>
    <message>
        <source>A query on the SQLite database failed.</source>
        <translation>Une requête sur la base de données SQLite a échoué.</translation>
    </message>
    <message>
        <source>Opened the SQLite database file %1 read-only.</source>
        <translation>Fichier de base de données SQLite %1 ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Opened the SQLite database file %1 for writing.</source>
        <translation>Fichier de base de données SQLite %1 ouvert en écriture.</translation>
    </message>
    <message>
        <source>The SQLite option mode=%1 is not supported.</source>
        <translation>L&apos;option SQLite mode=%1 n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>Use mode=ro (never write) or mode=rw. Ferry does not create database files.</source>
        <translation>Utilisez mode=ro (jamais d&apos;écriture) ou mode=rw. Ferry ne crée pas de fichiers de base de données.</translation>
    </message>
    <message>
        <source>The ODBC driver refused a block cursor for the table %1.</source>
        <translation>Le pilote ODBC a refusé un curseur de bloc pour la table %1.</translation>
    </message>
    <message>
        <source>Binding the column %1 of the table %2 failed.</source>
        <translation>La liaison de la colonne %1 de la table %2 a échoué.</translation>
    </message>
    <message>
        <source>Reading the table %1 through ODBC failed.</source>
        <translation>La lecture de la table %1 via ODBC a échoué.</translation>
    </message>
    <message>
        <source>The ODBC driver could not convert a row of the table %1.</source>
        <translation>Le pilote ODBC n&apos;a pas pu convertir une ligne de la table %1.</translation>
    </message>
    <message>
        <source>The value %1 in the column %2 of the table %3 cannot be read as %4.</source>
        <translation>La valeur %1 de la colonne %2 de la table %3 ne peut pas être lue en tant que %4.</translation>
    </message>
    <message>
        <source>A value in the column %1 of the table %2 is longer than the column&apos;s declared size.</source>
        <translation>Une valeur de la colonne %1 de la table %2 dépasse la taille déclarée de la colonne.</translation>
    </message>
    <message>
        <source>Load the table with a driver that enforces column sizes, or widen the column&apos;s type in the source.</source>
        <translation>Chargez la table avec un pilote qui applique les tailles de colonne, ou élargissez le type de la colonne dans la source.</translation>
    </message>
    <message>
        <source>Reading the column %1 of the table %2 through ODBC failed.</source>
        <translation>La lecture de la colonne %1 de la table %2 via ODBC a échoué.</translation>
    </message>
    <message>
        <source>Could not allocate an ODBC statement.</source>
        <translation>Impossible d&apos;allouer une instruction ODBC.</translation>
    </message>
    <message>
        <source>Setting the session time zone to UTC on the %1 failed.</source>
        <translation>Le passage du fuseau horaire de la session à UTC a échoué pour %1.</translation>
    </message>
    <message>
        <source>The key column %1 of the table %2 does not hold integers, so the table cannot be split into key ranges.</source>
        <translation>La colonne clé %1 de la table %2 ne contient pas d&apos;entiers&#xa0;: la table ne peut donc pas être découpée en plages de clés.</translation>
    </message>
    <message>
        <source>Reading the key range of the table %1 through ODBC failed.</source>
        <translation>La lecture de la plage de clés de la table %1 via ODBC a échoué.</translation>
    </message>
    <message>
        <source>The query on the table %1 through the %2 failed.</source>
        <translation>La requête sur la table %1 via %2 a échoué.</translation>
    </message>
    <message>
        <source>The ODBC connection names neither a data source nor a driver.</source>
        <translation>La connexion ODBC n&apos;indique ni source de données ni pilote.</translation>
    </message>
    <message>
        <source>Could not read the catalog of the %1: %2 failed.</source>
        <translation>Impossible de lire le catalogue via %1&#xa0;: échec de %2.</translation>
    </message>
    <message>
        <source>Check that the user may read the database&apos;s metadata; the detail holds the driver&apos;s message.</source>
        <translation>Vérifiez que l&apos;utilisateur peut lire les métadonnées de la base de données&#xa0;; le détail contient le message du pilote.</translation>
    </message>
    <message>
        <source>Could not start the ODBC driver manager to list its data sources.</source>
        <translation>Impossible de démarrer le gestionnaire de pilotes ODBC pour lister ses sources de données.</translation>
    </message>
    <message>
        <source>Check that unixODBC is installed (package unixodbc).</source>
        <translation>Vérifiez qu&apos;unixODBC est installé (paquet unixodbc).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>connection string: %1</source>
        <translation>chaîne de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The ODBC driver manager does not know the %1.</source>
        <translation>Le gestionnaire de pilotes ODBC ne connaît pas %1.</translation>
    </message>
    <message>
        <source>~/.odbc.ini and /etc/odbc.ini</source>
        <translation>~/.odbc.ini et /etc/odbc.ini</translation>
    </message>
    <message>
        <source>Known data sources: %1. Installed drivers: %2. unixODBC reads data sources from %3 (ODBCINI) and drivers from %4 (ODBCSYSINI); check the name or register it there.</source>
        <translation>Sources de données connues&#xa0;: %1. Pilotes installés&#xa0;: %2. unixODBC lit les sources de données dans %3 (ODBCINI) et les pilotes dans %4 (ODBCSYSINI)&#xa0;; vérifiez le nom ou enregistrez-le à cet endroit.</translation>
    </message>
    <message>
        <source>Could not log in to the %1: the user name or password was rejected.</source>
        <translation>Impossible de s&apos;authentifier via %1&#xa0;: le nom d&apos;utilisateur ou le mot de passe a été refusé.</translation>
    </message>
    <message>
        <source>Check the user name and the password: set FERRY_SOURCE_PASSWORD or FERRY_TARGET_PASSWORD, or UID and PWD in the data source.</source>
        <translation>Vérifiez le nom d&apos;utilisateur et le mot de passe&#xa0;: définissez FERRY_SOURCE_PASSWORD ou FERRY_TARGET_PASSWORD, ou UID et PWD dans la source de données.</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the server refused the connection.</source>
        <translation>Impossible de se connecter via %1&#xa0;: le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>Check the server name and port of the data source and that the database server is running and accepts TCP connections.</source>
        <translation>Vérifiez le nom du serveur et le port de la source de données, et que le serveur de base de données est démarré et accepte les connexions TCP.</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the server&apos;s host name could not be resolved.</source>
        <translation>Impossible de se connecter via %1&#xa0;: le nom d&apos;hôte du serveur n&apos;a pas pu être résolu.</translation>
    </message>
    <message>
        <source>Check the server name in the data source or connection options.</source>
        <translation>Vérifiez le nom du serveur dans la source de données ou dans les options de connexion.</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the server did not answer within %2 seconds.</source>
        <translation>Impossible de se connecter via %1&#xa0;: le serveur n&apos;a pas répondu dans un délai de %2 secondes.</translation>
    </message>
    <message>
        <source>Check that the server is reachable (firewall, VPN, port) or raise connect_timeout.</source>
        <translation>Vérifiez que le serveur est joignable (pare-feu, VPN, port) ou augmentez connect_timeout.</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the TLS (SSL) handshake or certificate check failed.</source>
        <translation>Impossible de se connecter via %1&#xa0;: la négociation TLS (SSL) ou la vérification du certificat a échoué.</translation>
    </message>
    <message>
        <source>Check the driver&apos;s TLS options (certificate authority file, verification mode) and whether the server offers TLS.</source>
        <translation>Vérifiez les options TLS du pilote (fichier de l&apos;autorité de certification, mode de vérification) et que le serveur propose TLS.</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the database does not exist.</source>
        <translation>Impossible de se connecter via %1&#xa0;: la base de données n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check the database name (Database=...) of the data source or create the database.</source>
        <translation>Vérifiez le nom de la base de données (Database=...) de la source de données, ou créez la base de données.</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the user may not use the database.</source>
        <translation>Impossible de se connecter via %1&#xa0;: l&apos;utilisateur n&apos;est pas autorisé à utiliser la base de données.</translation>
    </message>
    <message>
        <source>Grant the user access to the database, or connect as another user.</source>
        <translation>Accordez à l&apos;utilisateur l&apos;accès à la base de données, ou connectez-vous avec un autre utilisateur.</translation>
    </message>
    <message>
        <source>The file of the %1 is not a database.</source>
        <translation>Le fichier utilisé par %1 n&apos;est pas une base de données.</translation>
    </message>
    <message>
        <source>Check the Database= path of the data source.</source>
        <translation>Vérifiez le chemin Database= de la source de données.</translation>
    </message>
    <message>
        <source>Could not connect to the %1.</source>
        <translation>Impossible de se connecter via %1.</translation>
    </message>
    <message>
        <source>Read the driver&apos;s message in the detail; the driver&apos;s documentation lists its connection options.</source>
        <translation>Lisez le message du pilote dans le détail&#xa0;; la documentation du pilote indique ses options de connexion.</translation>
    </message>
    <message>
        <source>Testing the connection to the %1 failed unexpectedly.</source>
        <translation>Le test de connexion via %1 a échoué de manière inattendue.</translation>
    </message>
    <message>
        <source>Reading the catalog of the %1 failed unexpectedly.</source>
        <translation>La lecture du catalogue via %1 a échoué de manière inattendue.</translation>
    </message>
    <message>
        <source>Connected to %1 %2 through the %3.</source>
        <translation>Connecté à %1 %2 via %3.</translation>
    </message>
    <message>
        <source>ODBC driver %1 %2 (ODBC %3), database %4</source>
        <translation>Pilote ODBC %1 %2 (ODBC %3), base de données %4</translation>
    </message>
    <message>
        <source>The driver reported: %1</source>
        <translation>Le pilote a signalé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The %1 is read-only, so it cannot be a target.</source>
        <translation>Impossible d&apos;utiliser %1 comme cible&#xa0;: l&apos;accès est en lecture seule.</translation>
    </message>
    <message>
        <source>Use a data source that allows writing (check its read-only option).</source>
        <translation>Utilisez une source de données qui autorise l&apos;écriture (vérifiez son option de lecture seule).</translation>
    </message>
    <message>
        <source>Unexpected text after the end of the JSON document.</source>
        <translation>Texte inattendu après la fin du document JSON.</translation>
    </message>
    <message>
        <source>The JSON document is nested more than %1 levels deep.</source>
        <translation>Le document JSON est imbriqué sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>The JSON document ends where a value is expected.</source>
        <translation>Le document JSON se termine là où une valeur est attendue.</translation>
    </message>
    <message>
        <source>Expected a JSON value.</source>
        <translation>Valeur JSON attendue.</translation>
    </message>
    <message>
        <source>Expected a key in double quotes.</source>
        <translation>Clé entre guillemets doubles attendue.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; appears twice in the same object.</source>
        <translation>La clé &apos;%1&apos; apparaît deux fois dans le même objet.</translation>
    </message>
    <message>
        <source>Remove one of them; JSON readers disagree on which wins.</source>
        <translation>Supprimez l&apos;une des deux&#xa0;; les lecteurs JSON ne s&apos;accordent pas sur celle qui l&apos;emporte.</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after the key.</source>
        <translation>&apos;:&apos; attendu après la clé.</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;}&apos; in the object.</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu dans l&apos;objet.</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;]&apos; in the list.</source>
        <translation>&apos;,&apos; ou &apos;]&apos; attendu dans la liste.</translation>
    </message>
    <message>
        <source>The string has no closing &apos;&quot;&apos;.</source>
        <translation>La chaîne n&apos;a pas de &apos;&quot;&apos; fermant.</translation>
    </message>
    <message>
        <source>A control character (such as a line break) inside a string.</source>
        <translation>Caractère de contrôle (tel qu&apos;un saut de ligne) dans une chaîne.</translation>
    </message>
    <message>
        <source>Write it as an escape, e.g. \n.</source>
        <translation>Écrivez-le sous forme d&apos;échappement, par ex. \n.</translation>
    </message>
    <message>
        <source>Invalid \u escape in a string.</source>
        <translation>Échappement \u non valide dans une chaîne.</translation>
    </message>
    <message>
        <source>Invalid escape in a string.</source>
        <translation>Échappement non valide dans une chaîne.</translation>
    </message>
    <message>
        <source>Write a backslash as \\.</source>
        <translation>Écrivez une barre oblique inverse sous la forme \\.</translation>
    </message>
    <message>
        <source>Invalid number.</source>
        <translation>Nombre non valide.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Le fichier dépasse %1 Mio.</translation>
    </message>
    <message>
        <source>A DMS JSON document is a few hundred KB at most; check that this is the right file.</source>
        <translation>Un document JSON DMS fait au plus quelques centaines de Ko&#xa0;; vérifiez qu&apos;il s&apos;agit du bon fichier.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Le fichier n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>Check the quotes, commas and brackets at and just before this position.</source>
        <translation>Vérifiez les guillemets, les virgules et les crochets à cette position et juste avant.</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Attendu&#xa0;: %1&#xa0;; trouvé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Règle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Rule #%1 (no rule-id): %2</source>
        <translation>Règle n° %1 (sans rule-id)&#xa0;: %2</translation>
    </message>
    <message>
        <source>a table-mapping object {&quot;rules&quot;: [...]}</source>
        <translation>un objet de mappage de tables {&quot;rules&quot;: [...]}</translation>
    </message>
    <message>
        <source>Unknown key &apos;%1&apos;.</source>
        <translation>Clé inconnue &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The table mapping has no &quot;rules&quot; list.</source>
        <translation>Le mappage de tables n&apos;a pas de liste &quot;rules&quot;.</translation>
    </message>
    <message>
        <source>A DMS table mapping is {&quot;rules&quot;: [...]} with at least one selection rule.</source>
        <translation>Un mappage de tables DMS a la forme {&quot;rules&quot;: [...]} avec au moins une règle de sélection.</translation>
    </message>
    <message>
        <source>a task-settings object {&quot;TargetMetadata&quot;: {...}, ...}</source>
        <translation>un objet de paramètres de tâche {&quot;TargetMetadata&quot;: {...}, ...}</translation>
    </message>
    <message>
        <source>The URI of endpoint &apos;%1&apos; is not a %2 URI.</source>
        <translation>L&apos;URI du point de terminaison &apos;%1&apos; n&apos;est pas une URI %2.</translation>
    </message>
    <message>
        <source>Make the URI scheme match the endpoint&apos;s engine.</source>
        <translation>Faites correspondre le schéma de l&apos;URI au moteur du point de terminaison.</translation>
    </message>
    <message>
        <source>The project cannot be saved because it is not valid: %1</source>
        <translation>Le projet ne peut pas être enregistré, car il n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The project cannot be saved: it would not read back unchanged.</source>
        <translation>Le projet ne peut pas être enregistré&#xa0;: il ne serait pas relu à l&apos;identique.</translation>
    </message>
    <message>
        <source>This is a bug in Ferry; please report it with the project file.</source>
        <translation>Il s&apos;agit d&apos;un bogue de Ferry&#xa0;; veuillez le signaler en joignant le fichier de projet.</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>Compiler-style issue line: &quot;file:line:column: error: path: message&quot;</extracomment>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>The project file is empty.</source>
        <translation>Le fichier de projet est vide.</translation>
    </message>
    <message>
        <source>Start it with the line &apos;ferry: %1&apos;.</source>
        <translation>Commencez-le par la ligne &apos;ferry: %1&apos;.</translation>
    </message>
    <message>
        <source>The project file could not be read.</source>
        <translation>Le fichier de projet n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The project file does not exist.</source>
        <translation>Le fichier de projet n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check the path and the current directory.</source>
        <translation>Vérifiez le chemin et le répertoire courant.</translation>
    </message>
    <message>
        <source>The project file could not be opened.</source>
        <translation>Le fichier de projet n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Check that the file is readable.</source>
        <translation>Vérifiez que le fichier est lisible.</translation>
    </message>
    <message>
        <source>The project file is too large (over 64 MiB).</source>
        <translation>Le fichier de projet est trop volumineux (plus de 64 Mio).</translation>
    </message>
    <message>
        <source>Check that this is really a Ferry project file.</source>
        <translation>Vérifiez qu&apos;il s&apos;agit bien d&apos;un fichier de projet Ferry.</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>Vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>The project file could not be written.</source>
        <translation>Le fichier de projet n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) in the file</source>
        <translation>
            <numerusform>%n autre erreur dans le fichier</numerusform>
            <numerusform>%n autres erreurs dans le fichier</numerusform>
        </translation>
    </message>
    <message>
        <source>Say where the password comes from instead: password: {from: keyring}, {from: env:NAME}, {from: prompt} or {from: pgpass}.</source>
        <translation>Indiquez plutôt d&apos;où vient le mot de passe&#xa0;: password: {from: keyring}, {from: env:NAME}, {from: prompt} ou {from: pgpass}.</translation>
    </message>
    <message>
        <source>A password must not be written into the project file.</source>
        <translation>Un mot de passe ne doit pas être écrit dans le fichier de projet.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>Put %1 in quotes to use it as text.</source>
        <translation>Mettez %1 entre guillemets pour l&apos;utiliser comme texte.</translation>
    </message>
    <message>
        <source>A name must not be empty.</source>
        <translation>Un nom ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The password needs a &apos;from&apos; key.</source>
        <translation>Le mot de passe nécessite une clé &apos;from&apos;.</translation>
    </message>
    <message>
        <source>The password source is not one of keyring, env:NAME, prompt or pgpass.</source>
        <translation>La source du mot de passe n&apos;est ni keyring, ni env:NAME, ni prompt, ni pgpass.</translation>
    </message>
    <message>
        <source>&apos;pgpass&apos; applies to PostgreSQL endpoints only.</source>
        <translation>&apos;pgpass&apos; ne s&apos;applique qu&apos;aux points de terminaison PostgreSQL.</translation>
    </message>
    <message>
        <source>Use keyring, env:NAME or prompt.</source>
        <translation>Utilisez keyring, env:NAME ou prompt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid environment variable name.</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom de variable d&apos;environnement valide.</translation>
    </message>
    <message>
        <source>Write env: followed by a name of letters, digits and underscores, e.g. env:FERRY_SOURCE_PASSWORD.</source>
        <translation>Écrivez env: suivi d&apos;un nom composé de lettres, de chiffres et de traits de soulignement, par ex. env:FERRY_SOURCE_PASSWORD.</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>Vouliez-vous dire &apos;%1&apos;&#xa0;?</translation>
    </message>
    <message>
        <source>an endpoint (a mapping with engine: ...)</source>
        <translation>un point de terminaison (un dictionnaire avec engine: ...)</translation>
    </message>
    <message>
        <source>Use engine: mysql for MariaDB.</source>
        <translation>Utilisez engine: mysql pour MariaDB.</translation>
    </message>
    <message>
        <source>Supported engines: %1.</source>
        <translation>Moteurs pris en charge&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Unknown engine &apos;%1&apos;.</source>
        <translation>Moteur inconnu&#xa0;: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The endpoint has no engine.</source>
        <translation>Le point de terminaison n&apos;a pas de moteur.</translation>
    </message>
    <message>
        <source>Add engine: postgresql, mysql, sqlite or odbc.</source>
        <translation>Ajoutez engine: postgresql, mysql, sqlite ou odbc.</translation>
    </message>
    <message>
        <source>SQLite endpoints have no password.</source>
        <translation>Les points de terminaison SQLite n&apos;ont pas de mot de passe.</translation>
    </message>
    <message>
        <source>Remove the password key.</source>
        <translation>Supprimez la clé password.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; does not apply to %2 endpoints.</source>
        <translation>La clé &apos;%1&apos; ne s&apos;applique pas aux points de terminaison %2.</translation>
    </message>
    <message>
        <source>Keys for %1 endpoints: %2.</source>
        <translation>Clés des points de terminaison %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Give either &apos;uri&apos; or &apos;%1&apos;, not both.</source>
        <translation>Indiquez soit &apos;uri&apos;, soit &apos;%1&apos;, mais pas les deux.</translation>
    </message>
    <message>
        <source>Put everything into the URI, or remove the URI and use separate keys.</source>
        <translation>Mettez tout dans l&apos;URI, ou supprimez l&apos;URI et utilisez des clés distinctes.</translation>
    </message>
    <message>
        <source>The connection URI is not valid.</source>
        <translation>L&apos;URI de connexion n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The URI is a %1 URI but the endpoint&apos;s engine is %2.</source>
        <translation>L&apos;URI est une URI %1, mais le moteur du point de terminaison est %2.</translation>
    </message>
    <message>
        <source>Make the URI scheme and the engine agree.</source>
        <translation>Mettez en accord le schéma de l&apos;URI et le moteur.</translation>
    </message>
    <message>
        <source>a port number from 1 to 65535</source>
        <translation>un numéro de port de 1 à 65535</translation>
    </message>
    <message>
        <source>Remove the quotes around %1.</source>
        <translation>Supprimez les guillemets autour de %1.</translation>
    </message>
    <message>
        <source>Write the port as a number, e.g. port: 5432.</source>
        <translation>Écrivez le port sous forme de nombre, par ex. port: 5432.</translation>
    </message>
    <message>
        <source>a mapping of options</source>
        <translation>un dictionnaire d&apos;options</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>une valeur unique</translation>
    </message>
    <message>
        <source>A SQLite endpoint needs a path.</source>
        <translation>Un point de terminaison SQLite nécessite un chemin.</translation>
    </message>
    <message>
        <source>Add path: with the database file, relative to the project file or absolute.</source>
        <translation>Ajoutez path: avec le fichier de base de données, relatif au fichier de projet ou absolu.</translation>
    </message>
    <message>
        <source>An ODBC endpoint needs a dsn or a driver option.</source>
        <translation>Un point de terminaison ODBC nécessite une option dsn ou driver.</translation>
    </message>
    <message>
        <source>Add dsn: with a data source name from odbc.ini, or options: {driver: ...}.</source>
        <translation>Ajoutez dsn: avec un nom de source de données d&apos;odbc.ini, ou options: {driver: ...}.</translation>
    </message>
    <message>
        <source>a table mapping (a mapping with rules: ...)</source>
        <translation>un mappage de tables (un dictionnaire avec rules: ...)</translation>
    </message>
    <message>
        <source>The table mapping has no rules list.</source>
        <translation>Le mappage de tables n&apos;a pas de liste rules.</translation>
    </message>
    <message>
        <source>Add rules: with at least one selection rule.</source>
        <translation>Ajoutez rules: avec au moins une règle de sélection.</translation>
    </message>
    <message>
        <source>Defined under %1: %2.</source>
        <translation>Définis sous %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Define it under %1 first.</source>
        <translation>Définissez-le d&apos;abord sous %1.</translation>
    </message>
    <message>
        <source>a task (a mapping with source, target, ...)</source>
        <translation>une tâche (un dictionnaire avec source, target, ...)</translation>
    </message>
    <message>
        <source>The task &apos;%1&apos; refers to the endpoint &apos;%2&apos;, which is not defined.</source>
        <translation>La tâche &apos;%1&apos; fait référence au point de terminaison &apos;%2&apos;, qui n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>Unknown migration type &apos;%1&apos;.</source>
        <translation>Type de migration inconnu&#xa0;: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The task &apos;%1&apos; refers to the table mapping &apos;%2&apos;, which is not defined.</source>
        <translation>La tâche &apos;%1&apos; fait référence au mappage de tables &apos;%2&apos;, qui n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>the name of a mapping, or a mapping with rules: ...</source>
        <translation>le nom d&apos;un mappage, ou un dictionnaire avec rules: ...</translation>
    </message>
    <message>
        <source>The task &apos;%1&apos; has no %2 endpoint.</source>
        <translation>La tâche &apos;%1&apos; n&apos;a pas de point de terminaison %2.</translation>
    </message>
    <message>
        <source>Add %1: with the name of an endpoint.</source>
        <translation>Ajoutez %1: avec le nom d&apos;un point de terminaison.</translation>
    </message>
    <message>
        <source>The file is not a Ferry project: expected keys such as ferry, name and endpoints, found %1.</source>
        <translation>Le fichier n&apos;est pas un projet Ferry&#xa0;: des clés telles que ferry, name et endpoints sont attendues, mais %1 a été trouvé.</translation>
    </message>
    <message>
        <source>Start the file with the line &apos;ferry: 1&apos;.</source>
        <translation>Commencez le fichier par la ligne &apos;ferry: 1&apos;.</translation>
    </message>
    <message>
        <source>The file has no &apos;ferry&apos; key with the format version.</source>
        <translation>Le fichier n&apos;a pas de clé &apos;ferry&apos; indiquant la version du format.</translation>
    </message>
    <message>
        <source>Add &apos;ferry: %1&apos; as the first line.</source>
        <translation>Ajoutez &apos;ferry: %1&apos; en première ligne.</translation>
    </message>
    <message>
        <source>the format version %1</source>
        <translation>la version de format %1</translation>
    </message>
    <message>
        <source>Write &apos;ferry: %1&apos;.</source>
        <translation>Écrivez &apos;ferry: %1&apos;.</translation>
    </message>
    <message>
        <source>The project file format version %1 is not supported.</source>
        <translation>La version %1 du format de fichier de projet n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>This Ferry reads version %1 files; open the project with a newer Ferry.</source>
        <translation>Cette version de Ferry lit les fichiers de version %1&#xa0;; ouvrez le projet avec une version plus récente de Ferry.</translation>
    </message>
    <message>
        <source>The only version is %1: write &apos;ferry: %1&apos;.</source>
        <translation>La seule version est %1&#xa0;: écrivez &apos;ferry: %1&apos;.</translation>
    </message>
    <message>
        <source>The project name is empty.</source>
        <translation>Le nom du projet est vide.</translation>
    </message>
    <message>
        <source>Give the project a name, e.g. name: hr-migration.</source>
        <translation>Donnez un nom au projet, par ex. name: hr-migration.</translation>
    </message>
    <message>
        <source>a mapping of endpoint names</source>
        <translation>un dictionnaire de noms de points de terminaison</translation>
    </message>
    <message>
        <source>a mapping of table-mapping names</source>
        <translation>un dictionnaire de noms de mappages de tables</translation>
    </message>
    <message>
        <source>a mapping of task names</source>
        <translation>un dictionnaire de noms de tâches</translation>
    </message>
    <message>
        <source>The project has no name.</source>
        <translation>Le projet n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Add a line such as &apos;name: hr-migration&apos;.</source>
        <translation>Ajoutez une ligne telle que &apos;name: hr-migration&apos;.</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>rien (null)</translation>
    </message>
    <message>
        <source>the boolean %1</source>
        <translation>le booléen %1</translation>
    </message>
    <message>
        <source>the integer %1</source>
        <translation>l&apos;entier %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>le nombre %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>la chaîne &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un dictionnaire</translation>
    </message>
    <message>
        <source>Allowed here: %1.</source>
        <translation>Autorisé ici&#xa0;: %1.</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>un entier de %1 à %2</translation>
    </message>
    <message>
        <source>an integer of at least %1</source>
        <translation>un entier supérieur ou égal à %1</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string or an integer</source>
        <translation>une chaîne ou un entier</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>une valeur parmi %1</translation>
    </message>
    <message>
        <source>a mapping (key: value lines)</source>
        <translation>un dictionnaire (lignes clé: valeur)</translation>
    </message>
    <message>
        <source>Unknown value &apos;%1&apos;.</source>
        <translation>Valeur inconnue&#xa0;: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Ferry does not know the key &apos;%1&apos; and does not act on it.</source>
        <translation>Ferry ne connaît pas la clé &apos;%1&apos; et n&apos;en tient pas compte.</translation>
    </message>
    <message>
        <source>The required key &apos;%1&apos; is missing.</source>
        <translation>La clé obligatoire &apos;%1&apos; est absente.</translation>
    </message>
    <message>
        <source>Filters apply only to selection rules with rule-action: include.</source>
        <translation>Les filtres ne s&apos;appliquent qu&apos;aux règles de sélection avec rule-action: include.</translation>
    </message>
    <message>
        <source>Remove the filters or make the rule include tables.</source>
        <translation>Supprimez les filtres ou faites en sorte que la règle inclue des tables.</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; needs start-value and end-value (and no value).</source>
        <translation>L&apos;opérateur de filtre &apos;%1&apos; nécessite start-value et end-value (et pas de value).</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; takes no value.</source>
        <translation>L&apos;opérateur de filtre &apos;%1&apos; n&apos;accepte pas de valeur.</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; needs a value (and no start-value or end-value).</source>
        <translation>L&apos;opérateur de filtre &apos;%1&apos; nécessite une valeur (et ni start-value ni end-value).</translation>
    </message>
    <message>
        <source>The rule-action &apos;%1&apos; does not apply to rule-target &apos;%2&apos;.</source>
        <translation>La rule-action &apos;%1&apos; ne s&apos;applique pas à la rule-target &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Use rule-target: %1.</source>
        <translation>Utilisez rule-target: %1.</translation>
    </message>
    <message>
        <source>The rule-action &apos;%1&apos; needs the key &apos;%2&apos;.</source>
        <translation>La rule-action &apos;%1&apos; nécessite la clé &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The object-locator needs &apos;table-name&apos; for rule-target &apos;%1&apos;.</source>
        <translation>L&apos;object-locator nécessite &apos;table-name&apos; pour la rule-target &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The object-locator needs &apos;column-name&apos; for rule-target &apos;column&apos;.</source>
        <translation>L&apos;object-locator nécessite &apos;column-name&apos; pour la rule-target &apos;column&apos;.</translation>
    </message>
    <message>
        <source>define-primary-key needs exact names, not wildcards.</source>
        <translation>define-primary-key nécessite des noms exacts, sans caractères génériques.</translation>
    </message>
    <message>
        <source>Exact schema and table name required when using table settings rule.</source>
        <translation>Un nom exact de schéma et de table est requis pour une règle de paramètres de table.</translation>
    </message>
    <message>
        <source>Write one table-settings rule per table, without %.</source>
        <translation>Écrivez une règle table-settings par table, sans %.</translation>
    </message>
    <message>
        <source>Parallel load by ranges needs &apos;columns&apos; and &apos;boundaries&apos;.</source>
        <translation>Le chargement parallèle par plages nécessite &apos;columns&apos; et &apos;boundaries&apos;.</translation>
    </message>
    <message>
        <source>Parallel load by ranges allows at most 10 columns.</source>
        <translation>Le chargement parallèle par plages accepte au plus 10 colonnes.</translation>
    </message>
    <message>
        <source>A boundary has %1 values but there are %2 columns.</source>
        <translation>Une limite compte %1 valeurs, mais il y a %2 colonnes.</translation>
    </message>
    <message>
        <source>Give one value per column in every boundary.</source>
        <translation>Donnez une valeur par colonne dans chaque limite.</translation>
    </message>
    <message>
        <source>Parallel load by partitions-list needs &apos;partitions&apos;.</source>
        <translation>Le chargement parallèle par partitions-list nécessite &apos;partitions&apos;.</translation>
    </message>
    <message>
        <source>Expected a rule (a mapping), found %1.</source>
        <translation>Attendu&#xa0;: une règle (un dictionnaire)&#xa0;; trouvé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The rule has no rule-type.</source>
        <translation>La règle n&apos;a pas de rule-type.</translation>
    </message>
    <message>
        <source>Add rule-type: %1.</source>
        <translation>Ajoutez rule-type: %1.</translation>
    </message>
    <message>
        <source>Unknown rule-type &apos;%1&apos;.</source>
        <translation>rule-type inconnu&#xa0;: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Expected a rule-type, found %1.</source>
        <translation>Attendu&#xa0;: un rule-type&#xa0;; trouvé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Unknown log component &apos;%1&apos;; Ferry ignores it.</source>
        <translation>Composant de journal inconnu&#xa0;: &apos;%1&apos;&#xa0;; Ferry l&apos;ignore.</translation>
    </message>
    <message>
        <source>Expected a list of rules, found %1.</source>
        <translation>Attendu&#xa0;: une liste de règles&#xa0;; trouvé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Write each rule as a list item starting with &apos;- rule-type:&apos;.</source>
        <translation>Écrivez chaque règle comme un élément de liste commençant par &apos;- rule-type:&apos;.</translation>
    </message>
    <message>
        <source>The rule-id &apos;%1&apos; is already used by another rule.</source>
        <translation>Le rule-id &apos;%1&apos; est déjà utilisé par une autre règle.</translation>
    </message>
    <message>
        <source>Its first use is on line %1; give each rule its own rule-id.</source>
        <translation>Sa première utilisation est à la ligne %1&#xa0;; donnez à chaque règle son propre rule-id.</translation>
    </message>
    <message>
        <source>The rule-name &apos;%1&apos; is also used by rule-id &apos;%2&apos;.</source>
        <translation>Le rule-name &apos;%1&apos; est aussi utilisé par le rule-id &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Unique rule names make logs easier to read.</source>
        <translation>Des noms de règle uniques rendent les journaux plus lisibles.</translation>
    </message>
    <message>
        <source>No selection rule includes any table, so a task with this mapping migrates nothing.</source>
        <translation>Aucune règle de sélection n&apos;inclut de table&#xa0;: une tâche utilisant ce mappage ne migre donc rien.</translation>
    </message>
    <message>
        <source>Add a selection rule with rule-action: include.</source>
        <translation>Ajoutez une règle de sélection avec rule-action: include.</translation>
    </message>
    <message>
        <source>The file holds more than one YAML document.</source>
        <translation>Le fichier contient plus d&apos;un document YAML.</translation>
    </message>
    <message>
        <source>Keep one project per file; remove the second &apos;---&apos; and what follows it.</source>
        <translation>Gardez un seul projet par fichier&#xa0;; supprimez le second &apos;---&apos; et ce qui le suit.</translation>
    </message>
    <message>
        <source>An alias refers to the node that contains it.</source>
        <translation>Un alias fait référence au nœud qui le contient.</translation>
    </message>
    <message>
        <source>Recursive aliases are not allowed; copy the value instead.</source>
        <translation>Les alias récursifs ne sont pas autorisés&#xa0;; copiez plutôt la valeur.</translation>
    </message>
    <message>
        <source>An alias refers to an unknown anchor.</source>
        <translation>Un alias fait référence à une ancre inconnue.</translation>
    </message>
    <message>
        <source>The tag &apos;%1&apos; is not supported.</source>
        <translation>La balise &apos;%1&apos; n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>Remove the tag; project files use plain YAML values.</source>
        <translation>Supprimez la balise&#xa0;; les fichiers de projet utilisent des valeurs YAML simples.</translation>
    </message>
    <message>
        <source>The file has too many values (more than %1).</source>
        <translation>Le fichier contient trop de valeurs (plus de %1).</translation>
    </message>
    <message>
        <source>Check for aliases that expand to huge structures.</source>
        <translation>Recherchez des alias qui se développent en structures énormes.</translation>
    </message>
    <message>
        <source>The values are nested too deeply (more than %1 levels).</source>
        <translation>Les valeurs sont imbriquées trop profondément (plus de %1 niveaux).</translation>
    </message>
    <message>
        <source>A mapping key is a list or a mapping.</source>
        <translation>Une clé de dictionnaire est une liste ou un dictionnaire.</translation>
    </message>
    <message>
        <source>Keys must be plain text.</source>
        <translation>Les clés doivent être du texte simple.</translation>
    </message>
    <message>
        <source>A mapping key is empty.</source>
        <translation>Une clé de dictionnaire est vide.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; appears twice in the same mapping.</source>
        <translation>La clé &apos;%1&apos; apparaît deux fois dans le même dictionnaire.</translation>
    </message>
    <message>
        <source>Its first use is on line %1; remove one of them.</source>
        <translation>Sa première utilisation est à la ligne %1&#xa0;; supprimez l&apos;une des deux.</translation>
    </message>
    <message>
        <source>YAML does not allow tabs for indentation; indent with spaces.</source>
        <translation>YAML n&apos;autorise pas les tabulations pour l&apos;indentation&#xa0;; indentez avec des espaces.</translation>
    </message>
    <message>
        <source>Check the indentation, quotes and brackets at and just before this position.</source>
        <translation>Vérifiez l&apos;indentation, les guillemets et les crochets à cette position et juste avant.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>Save the project file with UTF-8 encoding.</source>
        <translation>Enregistrez le fichier de projet avec l&apos;encodage UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid YAML.</source>
        <translation>Le fichier n&apos;est pas du YAML valide.</translation>
    </message>
    <message>
        <source>The file could not be read as YAML.</source>
        <translation>Le fichier n&apos;a pas pu être lu en tant que YAML.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules %1 all filter table %2; Ferry applies all their filters (AND).</source>
        <translation>Les règles %1 filtrent toutes la table %2&#xa0;; Ferry applique tous leurs filtres (ET).</translation>
    </message>
    <message numerus="yes">
        <source>selects %n view(s) (%1); Ferry loads tables only for now, so they are skipped.</source>
        <translation>
            <numerusform>sélectionne %n vue (%1)&#xa0;; Ferry ne charge pour l&apos;instant que des tables, elle est donc ignorée.</numerusform>
            <numerusform>sélectionne %n vues (%1)&#xa0;; Ferry ne charge pour l&apos;instant que des tables, elles sont donc ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter names column &apos;%1&apos;, which table %2 does not have.</source>
        <translation>Le filtre désigne la colonne &apos;%1&apos;, que la table %2 ne possède pas.</translation>
    </message>
    <message>
        <source>Filter on a column of the source table; names are case-sensitive.</source>
        <translation>Filtrez sur une colonne de la table source&#xa0;; les noms sont sensibles à la casse.</translation>
    </message>
    <message>
        <source>The filter names LOB column &apos;%1&apos; of table %2; source filters cannot test LOB columns.</source>
        <translation>Le filtre désigne la colonne LOB &apos;%1&apos; de la table %2&#xa0;; les filtres source ne peuvent pas tester les colonnes LOB.</translation>
    </message>
    <message>
        <source>Filter on another column.</source>
        <translation>Filtrez sur une autre colonne.</translation>
    </message>
    <message>
        <source>The rule leaves %1 without a name.</source>
        <translation>La règle laisse %1 sans nom.</translation>
    </message>
    <message>
        <source>Change the rule&apos;s value so that a name remains.</source>
        <translation>Modifiez la valeur de la règle pour qu&apos;il reste un nom.</translation>
    </message>
    <message>
        <source>The rules remove every column of table %1.</source>
        <translation>Les règles suppriment toutes les colonnes de la table %1.</translation>
    </message>
    <message>
        <source>Keep at least one column, or exclude the table with a selection rule.</source>
        <translation>Conservez au moins une colonne, ou excluez la table avec une règle de sélection.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 of table %3 would both be named %4 on the target.</source>
        <translation>Les colonnes %1 et %2 de la table %3 porteraient toutes deux le nom %4 sur la cible.</translation>
    </message>
    <message>
        <source>Give each target column its own name.</source>
        <translation>Donnez à chaque colonne cible un nom qui lui est propre.</translation>
    </message>
    <message>
        <source>define-primary-key names column &apos;%1&apos;, which table %2 does not have on the target.</source>
        <translation>define-primary-key désigne la colonne &apos;%1&apos;, que la table %2 ne possède pas sur la cible.</translation>
    </message>
    <message>
        <source>Name columns of the table (names are case-sensitive).</source>
        <translation>Indiquez des colonnes de la table (les noms sont sensibles à la casse).</translation>
    </message>
    <message>
        <source>Table %1 gets no primary key: rule %2 removes its key column %3.</source>
        <translation>La table %1 n&apos;a pas de clé primaire&#xa0;: la règle %2 supprime sa colonne clé %3.</translation>
    </message>
    <message>
        <source>Unique key %1 of table %2 is not created: rule %3 removes its column %4.</source>
        <translation>La clé unique %1 de la table %2 n&apos;est pas créée&#xa0;: la règle %3 supprime sa colonne %4.</translation>
    </message>
    <message>
        <source>Index %1 of table %2 is not created: its expressions name source columns, and rules rename or remove columns of the table.</source>
        <translation>L&apos;index %1 de la table %2 n&apos;est pas créé&#xa0;: ses expressions désignent des colonnes source, et des règles renomment ou suppriment des colonnes de la table.</translation>
    </message>
    <message>
        <source>Unique index %1 of table %2 is not created: rule %3 removes its column %4.</source>
        <translation>L&apos;index unique %1 de la table %2 n&apos;est pas créé&#xa0;: la règle %3 supprime sa colonne %4.</translation>
    </message>
    <message>
        <source>Index %1 of table %2 is not created: rule %3 removes all its columns.</source>
        <translation>L&apos;index %1 de la table %2 n&apos;est pas créé&#xa0;: la règle %3 supprime toutes ses colonnes.</translation>
    </message>
    <message>
        <source>Index %1 of table %2 loses column %3, which rule %4 removes.</source>
        <translation>L&apos;index %1 de la table %2 perd la colonne %3, que la règle %4 supprime.</translation>
    </message>
    <message>
        <source>Source tables %1 and %2 would both load into target table %3.</source>
        <translation>Les tables source %1 et %2 seraient toutes deux chargées dans la table cible %3.</translation>
    </message>
    <message>
        <source>AWS DMS loads each source table into its own target table: exclude one of them or rename it with a transformation rule.</source>
        <translation>AWS DMS charge chaque table source dans sa propre table cible&#xa0;: excluez l&apos;une d&apos;elles ou renommez-la avec une règle de transformation.</translation>
    </message>
    <message>
        <source>table %1 is not selected, so its table settings do not apply.</source>
        <translation>la table %1 n&apos;est pas sélectionnée&#xa0;: ses paramètres de table ne s&apos;appliquent donc pas.</translation>
    </message>
    <message>
        <source>parallel-load names column &apos;%1&apos;, which table %2 does not have.</source>
        <translation>parallel-load désigne la colonne &apos;%1&apos;, que la table %2 ne possède pas.</translation>
    </message>
    <message>
        <source>Use columns of the source table (names are case-sensitive), ideally indexed ones.</source>
        <translation>Utilisez des colonnes de la table source (les noms sont sensibles à la casse), idéalement indexées.</translation>
    </message>
    <message>
        <source>parallel-load cannot segment table %1 by column &apos;%2&apos;: range boundaries cannot use floating-point or LOB columns.</source>
        <translation>parallel-load ne peut pas segmenter la table %1 selon la colonne &apos;%2&apos;&#xa0;: les limites de plage ne peuvent pas utiliser de colonnes à virgule flottante ou LOB.</translation>
    </message>
    <message>
        <source>Choose an integer, decimal, text or date column.</source>
        <translation>Choisissez une colonne de type entier, décimal, texte ou date.</translation>
    </message>
    <message>
        <source>Foreign key %1 of table %2 is not created: it references %3, which is not selected.</source>
        <translation>La clé étrangère %1 de la table %2 n&apos;est pas créée&#xa0;: elle fait référence à %3, qui n&apos;est pas sélectionnée.</translation>
    </message>
    <message>
        <source>Foreign key %1 of table %2 is not created: rule %3 removes column %4 of table %5.</source>
        <translation>La clé étrangère %1 de la table %2 n&apos;est pas créée&#xa0;: la règle %3 supprime la colonne %4 de la table %5.</translation>
    </message>
    <message>
        <source>the expression of column %1 refers to $%2, which is not a column read from %3.</source>
        <translation>l&apos;expression de la colonne %1 fait référence à $%2, qui n&apos;est pas une colonne lue depuis %3.</translation>
    </message>
    <message>
        <source>not applied to %1: rule %2 already applies to it (AWS DMS applies one transformation action per object, lowest rule-id first).</source>
        <translation>non appliquée à %1&#xa0;: la règle %2 s&apos;y applique déjà (AWS DMS applique une seule action de transformation par objet, en commençant par le plus petit rule-id).</translation>
    </message>
    <message>
        <source>not applied to %1 objects (%2): rules with lower rule-ids already apply to them (AWS DMS applies one transformation action per object, lowest rule-id first).</source>
        <translation>non appliquée à %1 objets (%2)&#xa0;: des règles de rule-id inférieur s&apos;y appliquent déjà (AWS DMS applique une seule action de transformation par objet, en commençant par le plus petit rule-id).</translation>
    </message>
    <message>
        <source>matches no table of the source.</source>
        <translation>ne correspond à aucune table de la source.</translation>
    </message>
    <message>
        <source>matches no table of the source (table settings need the exact source schema and table name).</source>
        <translation>ne correspond à aucune table de la source (les paramètres de table nécessitent le nom exact du schéma et de la table source).</translation>
    </message>
    <message>
        <source>matches nothing in the selected tables.</source>
        <translation>ne correspond à rien dans les tables sélectionnées.</translation>
    </message>
    <message>
        <source>The rule is not a mapping of keys.</source>
        <translation>La règle n&apos;est pas un dictionnaire de clés.</translation>
    </message>
    <message>
        <source>Write each rule as an object with rule-type, rule-id, rule-name, object-locator and rule-action.</source>
        <translation>Écrivez chaque règle comme un objet avec rule-type, rule-id, rule-name, object-locator et rule-action.</translation>
    </message>
    <message>
        <source>object-mapping rules apply to Amazon DynamoDB targets; Ferry ignores this rule.</source>
        <translation>Les règles object-mapping s&apos;appliquent aux cibles Amazon DynamoDB&#xa0;; Ferry ignore cette règle.</translation>
    </message>
    <message>
        <source>Validation rules are not supported yet; Ferry ignores this rule.</source>
        <translation>Les règles de validation ne sont pas encore prises en charge&#xa0;; Ferry ignore cette règle.</translation>
    </message>
    <message>
        <source>Use rule-type selection, transformation or table-settings.</source>
        <translation>Utilisez le rule-type selection, transformation ou table-settings.</translation>
    </message>
    <message>
        <source>The rule has no object-locator.</source>
        <translation>La règle n&apos;a pas d&apos;object-locator.</translation>
    </message>
    <message>
        <source>Add object-locator with schema-name (and table-name).</source>
        <translation>Ajoutez object-locator avec schema-name (et table-name).</translation>
    </message>
    <message>
        <source>The object-locator has no schema-name.</source>
        <translation>L&apos;object-locator n&apos;a pas de schema-name.</translation>
    </message>
    <message>
        <source>Add schema-name (use % for every schema).</source>
        <translation>Ajoutez schema-name (utilisez % pour tous les schémas).</translation>
    </message>
    <message>
        <source>Unknown selection rule-action &apos;%1&apos;.</source>
        <translation>rule-action de sélection inconnue&#xa0;: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use rule-action include, exclude or explicit.</source>
        <translation>Utilisez la rule-action include, exclude ou explicit.</translation>
    </message>
    <message>
        <source>The object-locator has no table-name.</source>
        <translation>L&apos;object-locator n&apos;a pas de table-name.</translation>
    </message>
    <message>
        <source>Add table-name (use % for every table).</source>
        <translation>Ajoutez table-name (utilisez % pour toutes les tables).</translation>
    </message>
    <message>
        <source>Unknown table-type &apos;%1&apos;.</source>
        <translation>table-type inconnu&#xa0;: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use table-type table, view or all.</source>
        <translation>Utilisez le table-type table, view ou all.</translation>
    </message>
    <message>
        <source>An explicit selection rule names one table exactly, but this one has a % wildcard.</source>
        <translation>Une règle de sélection explicit désigne exactement une table, mais celle-ci contient un caractère générique %.</translation>
    </message>
    <message>
        <source>Write the exact schema and table name, or use rule-action include.</source>
        <translation>Écrivez le nom exact du schéma et de la table, ou utilisez rule-action include.</translation>
    </message>
    <message>
        <source>The load-order &apos;%1&apos; is not a positive integer.</source>
        <translation>Le load-order &apos;%1&apos; n&apos;est pas un entier positif.</translation>
    </message>
    <message>
        <source>Write load-order as a whole number; tables with higher values load first.</source>
        <translation>Écrivez load-order sous forme de nombre entier&#xa0;; les tables ayant les valeurs les plus élevées sont chargées en premier.</translation>
    </message>
    <message>
        <source>The filters are not a list.</source>
        <translation>Les filtres ne sont pas une liste.</translation>
    </message>
    <message>
        <source>Write filters as a list of {filter-type, column-name, filter-conditions}.</source>
        <translation>Écrivez filters sous forme de liste de {filter-type, column-name, filter-conditions}.</translation>
    </message>
    <message>
        <source>Filters apply only to selection rules with rule-action include.</source>
        <translation>Les filtres ne s&apos;appliquent qu&apos;aux règles de sélection avec rule-action include.</translation>
    </message>
    <message>
        <source>Source filters need an exact table name, but the table-name &apos;%1&apos; has a % wildcard.</source>
        <translation>Les filtres source nécessitent un nom de table exact, mais le table-name &apos;%1&apos; contient un caractère générique %.</translation>
    </message>
    <message>
        <source>Write one selection rule with filters per table.</source>
        <translation>Écrivez une règle de sélection avec filtres par table.</translation>
    </message>
    <message>
        <source>A filter is not a mapping of keys.</source>
        <translation>Un filtre n&apos;est pas un dictionnaire de clés.</translation>
    </message>
    <message>
        <source>Write each filter as {filter-type, column-name, filter-conditions}.</source>
        <translation>Écrivez chaque filtre sous la forme {filter-type, column-name, filter-conditions}.</translation>
    </message>
    <message>
        <source>Unknown filter-type &apos;%1&apos;.</source>
        <translation>filter-type inconnu&#xa0;: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use filter-type source.</source>
        <translation>Utilisez filter-type source.</translation>
    </message>
    <message>
        <source>A filter has no column-name.</source>
        <translation>Un filtre n&apos;a pas de column-name.</translation>
    </message>
    <message>
        <source>Name the source column the filter tests.</source>
        <translation>Indiquez la colonne source testée par le filtre.</translation>
    </message>
    <message>
        <source>The filter on column &apos;%1&apos; has no filter-conditions.</source>
        <translation>Le filtre sur la colonne &apos;%1&apos; n&apos;a pas de filter-conditions.</translation>
    </message>
    <message>
        <source>Add at least one filter condition.</source>
        <translation>Ajoutez au moins une condition de filtre.</translation>
    </message>
    <message>
        <source>A filter condition is not a mapping.</source>
        <translation>Une condition de filtre n&apos;est pas un dictionnaire.</translation>
    </message>
    <message>
        <source>Write each condition as {filter-operator, value} or {filter-operator, start-value, end-value}.</source>
        <translation>Écrivez chaque condition sous la forme {filter-operator, value} ou {filter-operator, start-value, end-value}.</translation>
    </message>
    <message>
        <source>Unknown filter-operator &apos;%1&apos;.</source>
        <translation>filter-operator inconnu&#xa0;: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use ste, lte, gte, eq, noteq, between, notbetween, null or notnull.</source>
        <translation>Utilisez ste, lte, gte, eq, noteq, between, notbetween, null ou notnull.</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; on column &apos;%2&apos; needs start-value and end-value.</source>
        <translation>L&apos;opérateur de filtre &apos;%1&apos; sur la colonne &apos;%2&apos; nécessite start-value et end-value.</translation>
    </message>
    <message>
        <source>Give the inclusive bounds as start-value and end-value, without value.</source>
        <translation>Indiquez les bornes incluses dans start-value et end-value, sans value.</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; on column &apos;%2&apos; takes no value.</source>
        <translation>L&apos;opérateur de filtre &apos;%1&apos; sur la colonne &apos;%2&apos; n&apos;accepte pas de valeur.</translation>
    </message>
    <message>
        <source>Remove value, start-value and end-value from the condition.</source>
        <translation>Supprimez value, start-value et end-value de la condition.</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; on column &apos;%2&apos; needs a value.</source>
        <translation>L&apos;opérateur de filtre &apos;%1&apos; sur la colonne &apos;%2&apos; nécessite une valeur.</translation>
    </message>
    <message>
        <source>Give the value to compare with as value.</source>
        <translation>Indiquez dans value la valeur à comparer.</translation>
    </message>
    <message>
        <source>The filter on column &apos;%1&apos; has %2 negative conditions; a filter may have only one.</source>
        <translation>Le filtre sur la colonne &apos;%1&apos; comporte %2 conditions négatives&#xa0;; un filtre ne peut en avoir qu&apos;une.</translation>
    </message>
    <message>
        <source>Keep one of noteq, notbetween or notnull per filter, or split the conditions into several filters (they are combined with AND).</source>
        <translation>Conservez une seule condition noteq, notbetween ou notnull par filtre, ou répartissez les conditions dans plusieurs filtres (ils sont combinés par ET).</translation>
    </message>
    <message>
        <source>The rule has no rule-target.</source>
        <translation>La règle n&apos;a pas de rule-target.</translation>
    </message>
    <message>
        <source>Unknown rule-target &apos;%1&apos;.</source>
        <translation>rule-target inconnue&#xa0;: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use rule-target schema, table, column, table-tablespace or index-tablespace.</source>
        <translation>Utilisez la rule-target schema, table, column, table-tablespace ou index-tablespace.</translation>
    </message>
    <message>
        <source>The rule has no rule-action.</source>
        <translation>La règle n&apos;a pas de rule-action.</translation>
    </message>
    <message>
        <source>Unknown transformation rule-action &apos;%1&apos;.</source>
        <translation>rule-action de transformation inconnue&#xa0;: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use one of the AWS DMS transformation actions (rename, convert-lowercase, add-column, ...).</source>
        <translation>Utilisez l&apos;une des actions de transformation AWS DMS (rename, convert-lowercase, add-column, ...).</translation>
    </message>
    <message>
        <source>The data masking action &apos;%1&apos; is not supported yet.</source>
        <translation>L&apos;action de masquage des données &apos;%1&apos; n&apos;est pas encore prise en charge.</translation>
    </message>
    <message>
        <source>Remove the rule; Ferry would otherwise copy the column unmasked.</source>
        <translation>Supprimez la règle&#xa0;; sinon, Ferry copierait la colonne sans masquage.</translation>
    </message>
    <message>
        <source>Tablespace renames apply to Oracle targets only; Ferry ignores this rule.</source>
        <translation>Le renommage des espaces de table ne s&apos;applique qu&apos;aux cibles Oracle&#xa0;; Ferry ignore cette règle.</translation>
    </message>
    <message>
        <source>add-before-image-columns is accepted but not supported yet (before images belong to change data capture); no column is added.</source>
        <translation>add-before-image-columns est accepté mais pas encore pris en charge (les images avant relèvent de la capture des données modifiées)&#xa0;; aucune colonne n&apos;est ajoutée.</translation>
    </message>
    <message>
        <source>The object-locator needs table-name for rule-target &apos;%1&apos;.</source>
        <translation>L&apos;object-locator nécessite table-name pour la rule-target &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The object-locator needs column-name for rule-target &apos;column&apos;.</source>
        <translation>L&apos;object-locator nécessite column-name pour la rule-target &apos;column&apos;.</translation>
    </message>
    <message>
        <source>Add column-name (use % for every column).</source>
        <translation>Ajoutez column-name (utilisez % pour toutes les colonnes).</translation>
    </message>
    <message>
        <source>Write one define-primary-key rule per table.</source>
        <translation>Écrivez une règle define-primary-key par table.</translation>
    </message>
    <message>
        <source>Add %1 to the rule.</source>
        <translation>Ajoutez %1 à la règle.</translation>
    </message>
    <message>
        <source>The rule-action &apos;%1&apos; needs a non-empty value.</source>
        <translation>La rule-action &apos;%1&apos; nécessite une valeur non vide.</translation>
    </message>
    <message>
        <source>Write the new name as value.</source>
        <translation>Écrivez le nouveau nom dans value.</translation>
    </message>
    <message>
        <source>The value &apos;%1&apos; has a &apos;${&apos; without a closing &apos;}&apos;.</source>
        <translation>La valeur &apos;%1&apos; contient un &apos;${&apos; sans &apos;}&apos; fermant.</translation>
    </message>
    <message>
        <source>Write variables as ${schema-name}, ${table-name} or ${column-name}.</source>
        <translation>Écrivez les variables sous la forme ${schema-name}, ${table-name} ou ${column-name}.</translation>
    </message>
    <message>
        <source>The variable &apos;${%1}&apos; is not available when renaming a %2.</source>
        <translation>La variable &apos;${%1}&apos; n&apos;est pas disponible lors du renommage d&apos;un objet %2.</translation>
    </message>
    <message>
        <source>Use %1.</source>
        <translation>Utilisez %1.</translation>
    </message>
    <message>
        <source>The rule-action &apos;%1&apos; needs the key &apos;data-type&apos;.</source>
        <translation>La rule-action &apos;%1&apos; nécessite la clé &apos;data-type&apos;.</translation>
    </message>
    <message>
        <source>Add data-type: {type: ..., length/precision/scale}.</source>
        <translation>Ajoutez data-type: {type: ..., length/precision/scale}.</translation>
    </message>
    <message>
        <source>The data-type %1 &apos;%2&apos; is not a whole number.</source>
        <translation>La valeur %1 &apos;%2&apos; du data-type n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Write precision, scale and length as whole numbers.</source>
        <translation>Écrivez precision, scale et length sous forme de nombres entiers.</translation>
    </message>
    <message>
        <source>The data-type &apos;%1&apos; has no equivalent in a relational target.</source>
        <translation>Le data-type &apos;%1&apos; n&apos;a pas d&apos;équivalent dans une cible relationnelle.</translation>
    </message>
    <message>
        <source>Use one of string, wstring, bytes, int1-int8, uint1-uint8, numeric, real4, real8, date, time, datetime, blob, clob, nclob, boolean.</source>
        <translation>Utilisez l&apos;un des types string, wstring, bytes, int1-int8, uint1-uint8, numeric, real4, real8, date, time, datetime, blob, clob, nclob, boolean.</translation>
    </message>
    <message>
        <source>The rule-action &apos;define-primary-key&apos; needs the key &apos;primary-key-def&apos;.</source>
        <translation>La rule-action &apos;define-primary-key&apos; nécessite la clé &apos;primary-key-def&apos;.</translation>
    </message>
    <message>
        <source>Add primary-key-def: {name, origin, columns}.</source>
        <translation>Ajoutez primary-key-def: {name, origin, columns}.</translation>
    </message>
    <message>
        <source>Unknown primary-key-def origin &apos;%1&apos;.</source>
        <translation>origin de primary-key-def inconnue&#xa0;: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use origin primary-key or unique-index.</source>
        <translation>Utilisez origin primary-key ou unique-index.</translation>
    </message>
    <message>
        <source>The primary-key-def has no columns.</source>
        <translation>Le primary-key-def n&apos;a pas de colonnes.</translation>
    </message>
    <message>
        <source>List the key columns under columns.</source>
        <translation>Listez les colonnes de la clé sous columns.</translation>
    </message>
    <message>
        <source>Name the table the settings apply to.</source>
        <translation>Indiquez la table à laquelle s&apos;appliquent les paramètres.</translation>
    </message>
    <message>
        <source>The table-settings rule has neither parallel-load nor lob-settings; it has no effect.</source>
        <translation>La règle table-settings n&apos;a ni parallel-load ni lob-settings&#xa0;; elle est sans effet.</translation>
    </message>
    <message>
        <source>The parallel-load setting is not a mapping.</source>
        <translation>Le paramètre parallel-load n&apos;est pas un dictionnaire.</translation>
    </message>
    <message>
        <source>Write parallel-load as {type: ...}.</source>
        <translation>Écrivez parallel-load sous la forme {type: ...}.</translation>
    </message>
    <message>
        <source>Unknown parallel-load type &apos;%1&apos;.</source>
        <translation>Type parallel-load inconnu&#xa0;: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use none, ranges, partitions-auto, partitions-list or subpartitions-auto.</source>
        <translation>Utilisez none, ranges, partitions-auto, partitions-list ou subpartitions-auto.</translation>
    </message>
    <message>
        <source>The parallel-load key &apos;%1&apos; applies to MongoDB and Amazon DocumentDB sources; Ferry ignores it.</source>
        <translation>La clé parallel-load &apos;%1&apos; s&apos;applique aux sources MongoDB et Amazon DocumentDB&#xa0;; Ferry l&apos;ignore.</translation>
    </message>
    <message>
        <source>List the key columns and one upper bound per segment.</source>
        <translation>Listez les colonnes clés et une borne supérieure par segment.</translation>
    </message>
    <message>
        <source>Parallel load by ranges allows at most 10 columns, this rule has %1.</source>
        <translation>Le chargement parallèle par plages accepte au plus 10 colonnes&#xa0;; cette règle en a %1.</translation>
    </message>
    <message>
        <source>Segment by the 10 most significant columns at most.</source>
        <translation>Segmentez selon au plus les 10 colonnes les plus significatives.</translation>
    </message>
    <message>
        <source>Boundary %1 has %2 values but there are %3 columns.</source>
        <translation>La limite %1 compte %2 valeurs, mais il y a %3 colonnes.</translation>
    </message>
    <message>
        <source>List the partitions to load in parallel.</source>
        <translation>Listez les partitions à charger en parallèle.</translation>
    </message>
    <message>
        <source>The lob-settings setting is not a mapping.</source>
        <translation>Le paramètre lob-settings n&apos;est pas un dictionnaire.</translation>
    </message>
    <message>
        <source>Write lob-settings as {mode: ..., bulk-max-size: ...}.</source>
        <translation>Écrivez lob-settings sous la forme {mode: ..., bulk-max-size: ...}.</translation>
    </message>
    <message>
        <source>Unknown lob-settings mode &apos;%1&apos;.</source>
        <translation>Mode lob-settings inconnu&#xa0;: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use mode limited, unlimited or none.</source>
        <translation>Utilisez le mode limited, unlimited ou none.</translation>
    </message>
    <message>
        <source>The lob-settings %1 &apos;%2&apos; is not a whole number of kilobytes.</source>
        <translation>La valeur lob-settings %1 &apos;%2&apos; n&apos;est pas un nombre entier de kilo-octets.</translation>
    </message>
    <message>
        <source>Write sizes in kilobytes as whole numbers.</source>
        <translation>Écrivez les tailles en kilo-octets sous forme de nombres entiers.</translation>
    </message>
    <message>
        <source>Limited LOB mode needs a nonzero bulk-max-size.</source>
        <translation>Le mode LOB limité nécessite un bulk-max-size non nul.</translation>
    </message>
    <message>
        <source>Set bulk-max-size to the largest LOB in kilobytes (times three), or use mode unlimited.</source>
        <translation>Définissez bulk-max-size sur la taille du plus grand LOB en kilo-octets (multipliée par trois), ou utilisez le mode unlimited.</translation>
    </message>
    <message>
        <source>Write the expression in SQLite syntax with $COLUMN references to source columns, as in AWS DMS.</source>
        <translation>Écrivez l&apos;expression en syntaxe SQLite, avec des références $COLUMN aux colonnes source, comme dans AWS DMS.</translation>
    </message>
    <message>
        <source>Table %1: the expression of added column %2 is not valid.</source>
        <translation>Table %1&#xa0;: l&apos;expression de la colonne ajoutée %2 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Table %1: the expression of added column %2 uses a parameter &apos;%3&apos;; only $COLUMN references are allowed.</source>
        <translation>Table %1&#xa0;: l&apos;expression de la colonne ajoutée %2 utilise un paramètre &apos;%3&apos;&#xa0;; seules les références $COLUMN sont autorisées.</translation>
    </message>
    <message>
        <source>Table %1: the expression of added column %2 refers to $%3, which is not a column the table reads.</source>
        <translation>Table %1&#xa0;: l&apos;expression de la colonne ajoutée %2 fait référence à $%3, qui n&apos;est pas une colonne lue par la table.</translation>
    </message>
    <message>
        <source>The expression of added column %1 (rule %2) failed for this row.</source>
        <translation>L&apos;expression de la colonne ajoutée %1 (règle %2) a échoué pour cette ligne.</translation>
    </message>
    <message>
        <source>Table %1: parallel-load by partitions (rule %2) is done with key ranges.</source>
        <translation>Table %1&#xa0;: le chargement parallèle par partitions (règle %2) est réalisé avec des plages de clés.</translation>
    </message>
    <message>
        <source>Resuming table %1: %2 of %3 slices already loaded.</source>
        <translation>Reprise de la table %1&#xa0;: %2 tranches sur %3 déjà chargées.</translation>
    </message>
    <message>
        <source>Table %1 failed and is suspended: %2</source>
        <translation>La table %1 a échoué et est suspendue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The task stopped because table %1 failed (TableErrorPolicy).</source>
        <translation>La tâche s&apos;est arrêtée, car la table %1 a échoué (TableErrorPolicy).</translation>
    </message>
    <message>
        <source>Table %1: a row was rejected and DataErrorPolicy is STOP_TASK: %2</source>
        <translation>Table %1&#xa0;: une ligne a été rejetée et DataErrorPolicy vaut STOP_TASK&#xa0;: %2</translation>
    </message>
    <message>
        <source>Table %1 reached DataErrorEscalationCount (%2 rejected rows).</source>
        <translation>La table %1 a atteint DataErrorEscalationCount (%2 lignes rejetées).</translation>
    </message>
    <message>
        <source>Table %1 slice %2: recoverable error, retry %3 in %4 s: %5</source>
        <translation>Table %1, tranche %2&#xa0;: erreur récupérable, nouvelle tentative %3 dans %4 s&#xa0;: %5</translation>
    </message>
    <message>
        <source>Task %1 starting%2: %3 -&gt; %4</source>
        <translation>Démarrage de la tâche %1%2&#xa0;: %3 -&gt; %4</translation>
    </message>
    <message>
        <source> (resume)</source>
        <translation> (reprise)</translation>
    </message>
    <message>
        <source>These task settings are not acted on by Ferry&apos;s full load yet: %1</source>
        <translation>Ces paramètres de tâche ne sont pas encore pris en compte par le chargement complet de Ferry&#xa0;: %1</translation>
    </message>
    <message>
        <source>The table mapping selects no table of the source.</source>
        <translation>Le mappage de tables ne sélectionne aucune table de la source.</translation>
    </message>
    <message>
        <source>Check the selection rules&apos; schema and table names (names are case-sensitive), or set ErrorBehavior.FailOnNoTablesCaptured to false.</source>
        <translation>Vérifiez les noms de schéma et de table des règles de sélection (les noms sont sensibles à la casse), ou définissez ErrorBehavior.FailOnNoTablesCaptured sur false.</translation>
    </message>
    <message>
        <source>Nothing to resume for task %1 on the target: starting a fresh load.</source>
        <translation>Rien à reprendre pour la tâche %1 sur la cible&#xa0;: démarrage d&apos;un nouveau chargement.</translation>
    </message>
    <message>
        <source>Table %1 prepared on the target as %2 (%3).</source>
        <translation>Table %1 préparée sur la cible sous le nom %2 (%3).</translation>
    </message>
    <message>
        <source>SQLite targets take one writer at a time: loading one slice at a time instead of %1.</source>
        <translation>Les cibles SQLite n&apos;acceptent qu&apos;un seul écrivain à la fois&#xa0;: chargement d&apos;une tranche à la fois au lieu de %1.</translation>
    </message>
    <message>
        <source>Foreign key %1 of %2 was not created: the table it references (%3) did not load.</source>
        <translation>La clé étrangère %1 de %2 n&apos;a pas été créée&#xa0;: la table qu&apos;elle référence (%3) n&apos;a pas été chargée.</translation>
    </message>
    <message>
        <source>Foreign keys of %1 could not be created: %2</source>
        <translation>Les clés étrangères de %1 n&apos;ont pas pu être créées&#xa0;: %2</translation>
    </message>
    <message>
        <source>Task %1: %2 (%3 of %4 tables loaded, %5 in error).</source>
        <translation>Tâche %1&#xa0;: %2 (%3 tables chargées sur %4, %5 en erreur).</translation>
    </message>
    <message>
        <source>Task %1 was stopped; run it again with --resume to continue.</source>
        <translation>La tâche %1 a été arrêtée&#xa0;; relancez-la avec --resume pour continuer.</translation>
    </message>
    <message>
        <source>The project has no task &apos;%1&apos;.</source>
        <translation>Le projet n&apos;a pas de tâche &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Choose one of its tasks: %1.</source>
        <translation>Choisissez l&apos;une de ses tâches&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The project defines no task.</source>
        <translation>Le projet ne définit aucune tâche.</translation>
    </message>
    <message>
        <source>Add one under &apos;tasks:&apos; naming a source and a target endpoint.</source>
        <translation>Ajoutez-en une sous &apos;tasks:&apos; en indiquant un point de terminaison source et un point de terminaison cible.</translation>
    </message>
    <message>
        <source>The project has several tasks and none was chosen.</source>
        <translation>Le projet comporte plusieurs tâches et aucune n&apos;a été choisie.</translation>
    </message>
    <message>
        <source>Task &apos;%1&apos; is %2; only full-load tasks run in this version.</source>
        <translation>La tâche &apos;%1&apos; est de type %2&#xa0;; seules les tâches full-load s&apos;exécutent dans cette version.</translation>
    </message>
    <message>
        <source>Change data capture is coming; set the task&apos;s migration-type to full-load to copy the data now.</source>
        <translation>La capture des données modifiées (CDC) arrive bientôt&#xa0;; définissez le migration-type de la tâche sur full-load pour copier les données dès maintenant.</translation>
    </message>
    <message>
        <source>Task &apos;%1&apos; names the endpoint &apos;%2&apos;, which the project does not define.</source>
        <translation>La tâche &apos;%1&apos; désigne le point de terminaison &apos;%2&apos;, que le projet ne définit pas.</translation>
    </message>
    <message>
        <source>Add the endpoint under &apos;endpoints:&apos; or correct the task.</source>
        <translation>Ajoutez le point de terminaison sous &apos;endpoints:&apos; ou corrigez la tâche.</translation>
    </message>
    <message>
        <source>Ferry&apos;s embedded sports-ticketing sample (SQLite) copied into a new SQLite database.</source>
        <translation>Exemple de billetterie sportive intégré à Ferry (SQLite), copié dans une nouvelle base de données SQLite.</translation>
    </message>
    <message>
        <source>Could not read table %1 from PostgreSQL.</source>
        <translation>Impossible de lire la table %1 depuis PostgreSQL.</translation>
    </message>
    <message>
        <source>Could not write rows to %1 on PostgreSQL.</source>
        <translation>Impossible d&apos;écrire des lignes dans %1 sur PostgreSQL.</translation>
    </message>
    <message>
        <source>(default user)</source>
        <translation>(utilisateur par défaut)</translation>
    </message>
    <message>
        <source>the local socket (port %1)</source>
        <translation>le socket local (port %1)</translation>
    </message>
    <message>
        <source>socket directory %1 (port %2)</source>
        <translation>le répertoire de sockets %1 (port %2)</translation>
    </message>
    <message>
        <source>Column %1 of %2 is not created AUTO_INCREMENT: MySQL allows one, on an integer column.</source>
        <translation>La colonne %1 de %2 n&apos;est pas créée en AUTO_INCREMENT&#xa0;: MySQL n&apos;en autorise qu&apos;une, sur une colonne entière.</translation>
    </message>
    <message>
        <source>In %1, column %2 is a %3 column: only its first %4 characters are indexed (MySQL needs a prefix length).</source>
        <translation>Dans %1, la colonne %2 est de type %3&#xa0;: seuls ses %4 premiers caractères sont indexés (MySQL exige une longueur de préfixe).</translation>
    </message>
    <message>
        <source>In %1, only the first %2 characters of column %3 are indexed (InnoDB keys hold %4 bytes).</source>
        <translation>Dans %1, seuls les %2 premiers caractères de la colonne %3 sont indexés (les clés InnoDB sont limitées à %4 octets).</translation>
    </message>
    <message>
        <source>The MySQL/MariaDB target refused a row of %1.</source>
        <translation>La cible MySQL/MariaDB a refusé une ligne de %1.</translation>
    </message>
    <message>
        <source>Fix the value at the source, or change the column&apos;s type with a mapping rule.</source>
        <translation>Corrigez la valeur dans la source, ou modifiez le type de la colonne avec une règle de mappage.</translation>
    </message>
    <message>
        <source>the local socket %1</source>
        <translation>le socket local %1</translation>
    </message>
    <message>
        <source>data source %1</source>
        <translation>la source de données %1</translation>
    </message>
    <message>
        <source>driver %1</source>
        <translation>le pilote %1</translation>
    </message>
    <message>
        <source>SQLSTATE %1 (native %2): %3</source>
        <translation>SQLSTATE %1 (natif %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The value does not match its tag &apos;%1&apos;.</source>
        <translation>La valeur ne correspond pas à sa balise &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL was lost; the work is retried on a new connection.</source>
        <translation>La connexion à PostgreSQL a été perdue&#xa0;; le travail est relancé sur une nouvelle connexion.</translation>
    </message>
    <message>
        <source>A serialization failure or deadlock; the work is retried.</source>
        <translation>Échec de sérialisation ou interblocage&#xa0;; le travail est relancé.</translation>
    </message>
    <message>
        <source>Grant the connecting role the privilege named in the detail.</source>
        <translation>Accordez au rôle de connexion le privilège indiqué dans le détail.</translation>
    </message>
    <message>
        <source>Correct the column name in the selection rule&apos;s filters.</source>
        <translation>Corrigez le nom de colonne dans les filtres de la règle de sélection.</translation>
    </message>
    <message>
        <source>Could not prepare the PostgreSQL session.</source>
        <translation>Impossible de préparer la session PostgreSQL.</translation>
    </message>
    <message>
        <source>Split tables by an integer column only.</source>
        <translation>Découpez les tables uniquement selon une colonne entière.</translation>
    </message>
    <message>
        <source>Roll the transaction back before writing.</source>
        <translation>Annulez la transaction (rollback) avant d&apos;écrire.</translation>
    </message>
    <message>
        <source>Remove the NUL bytes from the source value, or map the column to a binary type.</source>
        <translation>Supprimez les octets NUL de la valeur source, ou mappez la colonne vers un type binaire.</translation>
    </message>
    <message>
        <source>Could not read the default schema of the PostgreSQL target.</source>
        <translation>Impossible de lire le schéma par défaut de la cible PostgreSQL.</translation>
    </message>
    <message>
        <source>Could not begin a transaction on PostgreSQL.</source>
        <translation>Impossible de démarrer une transaction sur PostgreSQL.</translation>
    </message>
    <message>
        <source>Could not commit the transaction on PostgreSQL.</source>
        <translation>Impossible de valider la transaction sur PostgreSQL.</translation>
    </message>
    <message>
        <source>The PostgreSQL transaction was rolled back instead of committed.</source>
        <translation>La transaction PostgreSQL a été annulée au lieu d&apos;être validée.</translation>
    </message>
    <message>
        <source>an earlier statement in the transaction failed</source>
        <translation>une instruction précédente de la transaction a échoué</translation>
    </message>
    <message>
        <source>See the earlier error; nothing of the transaction was written.</source>
        <translation>Consultez l&apos;erreur précédente&#xa0;; aucune donnée de la transaction n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>Could not roll back the transaction on PostgreSQL.</source>
        <translation>Impossible d&apos;annuler la transaction sur PostgreSQL.</translation>
    </message>
    <message>
        <source>A statement failed on the PostgreSQL target.</source>
        <translation>Une instruction a échoué sur la cible PostgreSQL.</translation>
    </message>
    <message>
        <source>The target table %1 no longer exists, so its rejected rows cannot be re-applied.</source>
        <translation>La table cible %1 n&apos;existe plus&#xa0;; ses lignes rejetées ne peuvent donc pas être réappliquées.</translation>
    </message>
    <message>
        <source>Create the table again (run the task, or create it by hand), then re-apply the rows.</source>
        <translation>Recréez la table (exécutez la tâche ou créez-la manuellement), puis réappliquez les lignes.</translation>
    </message>
    <message>
        <source>The rejected row of %1 has no stored values to write.</source>
        <translation>La ligne rejetée de %1 n&apos;a aucune valeur enregistrée à écrire.</translation>
    </message>
    <message>
        <source>Enter the row&apos;s values, then re-apply it.</source>
        <translation>Saisissez les valeurs de la ligne, puis réappliquez-la.</translation>
    </message>
    <message>
        <source>The value of column %1 (%2 bytes) was too large to keep with the rejected row of %3.</source>
        <translation>La valeur de la colonne %1 (%2 octets) était trop volumineuse pour être conservée avec la ligne rejetée de %3.</translation>
    </message>
    <message>
        <source>Enter a value for the column, then re-apply the row.</source>
        <translation>Saisissez une valeur pour la colonne, puis réappliquez la ligne.</translation>
    </message>
    <message>
        <source>The target table %1 has no column %2 any more.</source>
        <translation>La table cible %1 n&apos;a plus de colonne %2.</translation>
    </message>
    <message>
        <source>Add the column to the target table, or clear the value and re-apply the row.</source>
        <translation>Ajoutez la colonne à la table cible, ou effacez la valeur et réappliquez la ligne.</translation>
    </message>
    <message>
        <source>Rejected row %1 of task %2 is no longer in the exceptions table.</source>
        <translation>La ligne rejetée %1 de la tâche %2 ne figure plus dans la table exceptions.</translation>
    </message>
    <message>
        <source>It was re-applied or its table was loaded again: refresh the list.</source>
        <translation>Elle a été réappliquée ou sa table a été rechargée&#xa0;: actualisez la liste.</translation>
    </message>
    <message>
        <source>Reloading table %1 from scratch (%2 slices, %3).</source>
        <translation>Rechargement complet de la table %1 (%2 tranches, %3).</translation>
    </message>
    <message>
        <source>Table %1 cannot be reloaded: the table mapping of task %2 does not select it from the source.</source>
        <translation>La table %1 ne peut pas être rechargée : le mappage de tables de la tâche %2 ne la sélectionne pas dans la source.</translation>
    </message>
    <message>
        <source>Give the source schema and table exactly as the source catalog names them (names are case-sensitive), or add a selection rule for the table and run the task with --resume.</source>
        <translation>Indiquez le schéma et la table source exactement comme le catalogue source les nomme (la casse compte), ou ajoutez une règle de sélection pour la table et exécutez la tâche avec --resume.</translation>
    </message>
    <message>
        <source>Table %1 cannot be reloaded: the task selects a table of that name in more than one schema.</source>
        <translation>La table %1 ne peut pas être rechargée : la tâche sélectionne une table de ce nom dans plusieurs schémas.</translation>
    </message>
    <message>
        <source>Name the table with its schema (SCHEMA.TABLE).</source>
        <translation>Nommez la table avec son schéma (SCHÉMA.TABLE).</translation>
    </message>
    <message>
        <source>Task %1 has no table to reload: it never ran on this target.</source>
        <translation>La tâche %1 n&apos;a aucune table à recharger : elle n&apos;a jamais été exécutée sur cette cible.</translation>
    </message>
    <message>
        <source>Run the task once without --reload-table first, or check the task name and ControlTablesSettings.ControlSchema.</source>
        <translation>Exécutez d&apos;abord la tâche une fois sans --reload-table, ou vérifiez le nom de la tâche et ControlTablesSettings.ControlSchema.</translation>
    </message>
    <message>
        <source>This target cannot change the type of column %1 of table %2 in place.</source>
        <translation>Cette cible ne peut pas changer sur place le type de la colonne %1 de la table %2.</translation>
    </message>
    <message>
        <source>Reload the table (Task &gt; Reload table) to create it again with the mapping&apos;s types.</source>
        <translation>Rechargez la table (Tâche &gt; Recharger la table) pour la recréer avec les types du mappage.</translation>
    </message>
    <message>
        <source>Could not change column %1 of %2 to %3.</source>
        <translation>Impossible de changer la colonne %1 de %2 en %3.</translation>
    </message>
    <message>
        <source>Changing column %2 of %1 to %3 on the MySQL/MariaDB target failed.</source>
        <translation>La modification de la colonne %2 de %1 en %3 sur la cible MySQL/MariaDB a échoué.</translation>
    </message>
    <message>
        <source>The task&apos;s mapping no longer selects table %1, so its rejected rows cannot be re-applied with the mapping.</source>
        <translation>Le mappage de la tâche ne sélectionne plus la table %1 : ses lignes rejetées ne peuvent donc pas être réappliquées avec le mappage.</translation>
    </message>
    <message>
        <source>Select the table again in the mapping, or re-apply the rows with their stored values.</source>
        <translation>Sélectionnez de nouveau la table dans le mappage, ou réappliquez les lignes avec leurs valeurs enregistrées.</translation>
    </message>
    <message>
        <source>The task&apos;s mapping now writes table %1 to %2 instead of %3.</source>
        <translation>Le mappage de la tâche écrit maintenant la table %1 dans %2 au lieu de %3.</translation>
    </message>
    <message>
        <source>Reload the table (Task &gt; Reload table) to load it into its new target table.</source>
        <translation>Rechargez la table (Tâche &gt; Recharger la table) pour la charger dans sa nouvelle table cible.</translation>
    </message>
    <message>
        <source>The rejected row of %1 has no value for source column %2.</source>
        <translation>La ligne rejetée de %1 n&apos;a pas de valeur pour la colonne source %2.</translation>
    </message>
    <message>
        <source>Re-apply the row with its stored values, or reload the table.</source>
        <translation>Réappliquez la ligne avec ses valeurs enregistrées, ou rechargez la table.</translation>
    </message>
    <message>
        <source>Column %1 of %2 is %3 on the target, but rule %4 of the mapping makes it %5.</source>
        <translation>La colonne %1 de %2 est de type %3 sur la cible, mais la règle %4 du mappage la rend %5.</translation>
    </message>
    <message>
        <source>Allow Ferry to change the target column&apos;s type, or reload the table.</source>
        <translation>Autorisez Ferry à changer le type de la colonne cible, ou rechargez la table.</translation>
    </message>
    <message>
        <source>Table %1 existed on the target: its keys, indexes and foreign keys are kept as they are (TargetTablePrepMode %2).</source>
        <translation>La table %1 existait sur la cible : ses clés, index et clés étrangères sont conservés tels quels (TargetTablePrepMode %2).</translation>
    </message>
    <message>
        <source>Foreign key %1 of %2, dropped to load the tables, could not be added again: %3. Its definition: %4</source>
        <translation>La clé étrangère %1 de %2, supprimée pour charger les tables, n&apos;a pas pu être recréée : %3. Sa définition : %4</translation>
    </message>
    <message>
        <source>The rejected row of %1 has no value for column %2: the rule that computes it failed for this row.</source>
        <translation>La ligne rejetée de %1 n&apos;a pas de valeur pour la colonne %2 : la règle qui la calcule a échoué pour cette ligne.</translation>
    </message>
    <message>
        <source>Fix the rule (Edit rules...), then re-apply the row with the current rules.</source>
        <translation>Corrigez la règle (Modifier les règles...), puis réappliquez la ligne avec les règles actuelles.</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Task state</extracomment>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Starting</source>
        <extracomment>Task state</extracomment>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>Task state</extracomment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Load complete</source>
        <extracomment>Task state: every table is loaded</extracomment>
        <translation>Chargement terminé</translation>
    </message>
    <message>
        <source>Stopping</source>
        <extracomment>Task state</extracomment>
        <translation>Arrêt en cours</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>Task state</extracomment>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Task state</extracomment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Before load</source>
        <translation>Avant le chargement</translation>
    </message>
    <message>
        <source>Full load</source>
        <translation>Chargement complet</translation>
    </message>
    <message>
        <source>Table completed</source>
        <translation>Table terminée</translation>
    </message>
    <message>
        <source>Table error</source>
        <translation>Erreur de table</translation>
    </message>
    <message>
        <source>Table suspended</source>
        <translation>Table suspendue</translation>
    </message>
    <message>
        <source>Table cancelled</source>
        <translation>Table annulée</translation>
    </message>
    <message>
        <source>Spatial index %1 of %2 is not created: geometry columns are carried as text (WKT) on PostgreSQL, which a spatial index cannot use.</source>
        <translation>L’index spatial %1 de %2 n’est pas créé : les colonnes géométriques sont transférées sous forme de texte (WKT) dans PostgreSQL, qu’un index spatial ne peut pas utiliser.</translation>
    </message>
    <message>
        <source>Could not create the indexes and keys of %1.</source>
        <translation>Impossible de créer les index et les clés de %1.</translation>
    </message>
    <message>
        <source>Could not read the indexes and keys of table %1.</source>
        <translation>Impossible de lire les index et les clés de la table %1.</translation>
    </message>
    <message>
        <source>Could not create index %1 on the SQLite table %2.</source>
        <translation>Impossible de créer l’index %1 de la table SQLite %2.</translation>
    </message>
    <message numerus="yes">
        <source>the name is longer than the %n characters the target allows</source>
        <translation>
            <numerusform>le nom dépasse le %n caractère autorisé par la cible</numerusform>
            <numerusform>le nom dépasse les %n caractères autorisés par la cible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the name is longer than the %n bytes the target allows</source>
        <translation>
            <numerusform>le nom dépasse le %n octet autorisé par la cible</numerusform>
            <numerusform>le nom dépasse les %n octets autorisés par la cible</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema %1 is named %2 on the target: %3.</source>
        <translation>Le schéma %1 s’appelle %2 sur la cible : %3.</translation>
    </message>
    <message>
        <source>Table %1 is named %2 on the target: %3.</source>
        <translation>La table %1 s’appelle %2 sur la cible : %3.</translation>
    </message>
    <message>
        <source>Column %1 of table %2 is named %3 on the target: %4.</source>
        <translation>La colonne %1 de la table %2 s’appelle %3 sur la cible : %4.</translation>
    </message>
    <message>
        <source>column %1 is named %2 on the target: %3.</source>
        <translation>la colonne %1 s’appelle %2 sur la cible : %3.</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Clé primaire</translation>
    </message>
    <message>
        <source>Unique key</source>
        <translation>Clé unique</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Foreign key</source>
        <translation>Clé étrangère</translation>
    </message>
    <message>
        <source>the name is longer than the target&apos;s identifier limit</source>
        <translation>le nom dépasse la longueur d’identifiant autorisée par la cible</translation>
    </message>
    <message>
        <source>another foreign key of the target schema has that name</source>
        <translation>une autre clé étrangère du schéma cible porte ce nom</translation>
    </message>
    <message>
        <source>another table, index or key of the target scope has that name</source>
        <translation>une autre table, un autre index ou une autre clé du même espace de noms de la cible porte ce nom</translation>
    </message>
    <message>
        <source>%1 %2 of table %3 is named %4 on the target: %5.</source>
        <translation>%1 %2 de la table %3 s’appelle %4 sur la cible : %5.</translation>
    </message>
    <message>
        <source>The server at %1 spoke first, with a MySQL handshake (protocol 10) for server version %2.</source>
        <translation>Le serveur à l&apos;adresse %1 a parlé en premier, avec une poignée de main MySQL (protocole 10) pour la version de serveur %2.</translation>
    </message>
    <message>
        <source>The server at %1 spoke first, with a MySQL error packet: %2</source>
        <translation>Le serveur à l&apos;adresse %1 a parlé en premier, avec un paquet d&apos;erreur MySQL&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server at %1 spoke first: %2</source>
        <translation>Le serveur à l&apos;adresse %1 a parlé en premier&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server at %1 sent no greeting within %2 ms and answered a PostgreSQL SSLRequest with: %3</source>
        <extracomment>%2 is a number of milliseconds; %3 the server&apos;s answer as text (&apos;S&apos;, &apos;N&apos;, ...)</extracomment>
        <translation>Le serveur à l&apos;adresse %1 n&apos;a envoyé aucun message d&apos;accueil en %2 ms et a répondu à une SSLRequest PostgreSQL par&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL server: it answers like MySQL/MariaDB.</source>
        <translation>%1 n&apos;est pas un serveur PostgreSQL&#xa0;: il répond comme MySQL/MariaDB.</translation>
    </message>
    <message>
        <source>Check the port: PostgreSQL listens on 5432 by default, MySQL and MariaDB on 3306. If this is the server you mean, connect to it as a MySQL/MariaDB endpoint (a mysql:// URI).</source>
        <translation>Vérifiez le port&#xa0;: PostgreSQL écoute par défaut sur 5432, MySQL et MariaDB sur 3306. Si c&apos;est bien ce serveur que vous visez, connectez-vous-y comme point de terminaison MySQL/MariaDB (une URI mysql://).</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL server: it answers with another protocol (%2).</source>
        <translation>%1 n&apos;est pas un serveur PostgreSQL&#xa0;: il répond avec un autre protocole (%2).</translation>
    </message>
    <message>
        <source>Check the host name and the port (PostgreSQL listens on 5432 by default): another service answers on this one.</source>
        <translation>Vérifiez le nom d&apos;hôte et le port (PostgreSQL écoute par défaut sur 5432)&#xa0;: un autre service répond sur celui-ci.</translation>
    </message>
    <message>
        <source>%1 is not a MySQL/MariaDB server: it is a PostgreSQL server.</source>
        <translation>%1 n&apos;est pas un serveur MySQL/MariaDB&#xa0;: c&apos;est un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>Check the port: MySQL and MariaDB listen on 3306 by default, PostgreSQL on 5432. If this is the server you mean, connect to it as a PostgreSQL endpoint (a postgresql:// URI).</source>
        <translation>Vérifiez le port&#xa0;: MySQL et MariaDB écoutent par défaut sur 3306, PostgreSQL sur 5432. Si c&apos;est bien ce serveur que vous visez, connectez-vous-y comme point de terminaison PostgreSQL (une URI postgresql://).</translation>
    </message>
    <message>
        <source>%1 is not a MySQL/MariaDB server: it answers with another protocol (%2).</source>
        <translation>%1 n&apos;est pas un serveur MySQL/MariaDB&#xa0;: il répond avec un autre protocole (%2).</translation>
    </message>
    <message>
        <source>Check the host name and the port (MySQL and MariaDB listen on 3306 by default): another service answers on this one.</source>
        <translation>Vérifiez le nom d&apos;hôte et le port (MySQL et MariaDB écoutent par défaut sur 3306)&#xa0;: un autre service répond sur celui-ci.</translation>
    </message>
    <message>
        <source>Table %1: %2 Its rows are loaded; the table stays completed.</source>
        <translation>Table %1 : %2 Ses lignes sont chargées ; la table reste terminée.</translation>
    </message>
    <message>
        <source>%1 data sources cannot be migration targets.</source>
        <translation>Les sources de données %1 ne peuvent pas être des cibles de migration.</translation>
    </message>
    <message>
        <source>Table %1: limited LOB mode, LOB values longer than %3 KB are truncated (lob-settings of table-settings rule %2).</source>
        <translation>Table %1&#xa0;: mode LOB limité, les valeurs LOB de plus de %3 Ko sont tronquées (lob-settings de la règle table-settings %2).</translation>
    </message>
    <message>
        <source>Table %1: full LOB mode, LOB values are moved whole (lob-settings of table-settings rule %2).</source>
        <translation>Table %1&#xa0;: mode LOB complet, les valeurs LOB sont transférées entières (lob-settings de la règle table-settings %2).</translation>
    </message>
    <message>
        <source>Table %1: the value of column %2 in the row %3 is %4 bytes long, more than the %5 KB of limited LOB mode, and FailTasksOnLobTruncation stops the task instead of truncating it.</source>
        <translation>Table %1&#xa0;: la valeur de la colonne %2 dans la ligne %3 fait %4 octets, plus que les %5 Ko du mode LOB limité, et FailTasksOnLobTruncation arrête la tâche au lieu de la tronquer.</translation>
    </message>
    <message>
        <source>Raise the maximum above the largest value, use full LOB mode (TargetMetadata.FullLobMode true, or lob-settings mode unlimited), or set FailTasksOnLobTruncation to false to truncate the values and list them in lob_truncations.</source>
        <translation>Augmentez le maximum au-delà de la plus grande valeur, utilisez le mode LOB complet (TargetMetadata.FullLobMode true, ou lob-settings mode unlimited), ou mettez FailTasksOnLobTruncation à false pour tronquer les valeurs et les lister dans lob_truncations.</translation>
    </message>
    <message numerus="yes">
        <source>Table %1: %n LOB value(s) longer than LobMaxSize (%2 KB) truncated (limited LOB mode); the control table lob_truncations lists each one.</source>
        <translation>
            <numerusform>Table %1&#xa0;: %n valeur LOB dépassant LobMaxSize (%2 Ko) a été tronquée (mode LOB limité)&#xa0;; la table de contrôle lob_truncations la liste.</numerusform>
            <numerusform>Table %1&#xa0;: %n valeurs LOB dépassant LobMaxSize (%2 Ko) ont été tronquées (mode LOB limité)&#xa0;; la table de contrôle lob_truncations les liste une à une.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table %1: %n LOB value(s) longer than bulk-max-size (%2 KB) of table-settings rule %3 truncated (limited LOB mode); the control table lob_truncations lists each one.</source>
        <translation>
            <numerusform>Table %1&#xa0;: %n valeur LOB dépassant bulk-max-size (%2 Ko) de la règle table-settings %3 a été tronquée (mode LOB limité)&#xa0;; la table de contrôle lob_truncations la liste.</numerusform>
            <numerusform>Table %1&#xa0;: %n valeurs LOB dépassant bulk-max-size (%2 Ko) de la règle table-settings %3 ont été tronquées (mode LOB limité)&#xa0;; la table de contrôle lob_truncations les liste une à une.</numerusform>
        </translation>
    </message>
    <message>
        <source>TargetMetadata sets both FullLobMode and LimitedSizeLobMode: full LOB mode wins and no LOB value is truncated.</source>
        <translation>TargetMetadata active à la fois FullLobMode et LimitedSizeLobMode&#xa0;: le mode LOB complet l&apos;emporte et aucune valeur LOB n&apos;est tronquée.</translation>
    </message>
    <message>
        <source>Full LOB mode: LOB values are moved whole.</source>
        <translation>Mode LOB complet&#xa0;: les valeurs LOB sont transférées entières.</translation>
    </message>
    <message>
        <source>Full LOB mode (TargetMetadata sets no LOB mode): LOB values are moved whole.</source>
        <translation>Mode LOB complet (TargetMetadata ne fixe aucun mode LOB)&#xa0;: les valeurs LOB sont transférées entières.</translation>
    </message>
    <message>
        <source>Limited LOB mode: a LOB value longer than %1 KB (TargetMetadata.LobMaxSize) stops the task (FailTasksOnLobTruncation).</source>
        <translation>Mode LOB limité&#xa0;: une valeur LOB de plus de %1 Ko (TargetMetadata.LobMaxSize) arrête la tâche (FailTasksOnLobTruncation).</translation>
    </message>
    <message>
        <source>Limited LOB mode: LOB values longer than %1 KB (TargetMetadata.LobMaxSize) are truncated and listed in the control table lob_truncations.</source>
        <translation>Mode LOB limité&#xa0;: les valeurs LOB de plus de %1 Ko (TargetMetadata.LobMaxSize) sont tronquées et listées dans la table de contrôle lob_truncations.</translation>
    </message>
    <message numerus="yes">
        <source>Task %1: %2 (%3 of %4 tables loaded, %5 in error; %n LOB value(s) truncated in table %6: limited LOB mode, see the control table lob_truncations).</source>
        <translation>
            <numerusform>Tâche %1&#xa0;: %2 (%3 tables chargées sur %4, %5 en erreur&#xa0;; %n valeur LOB tronquée dans la table %6&#xa0;: mode LOB limité, voir la table de contrôle lob_truncations).</numerusform>
            <numerusform>Tâche %1&#xa0;: %2 (%3 tables chargées sur %4, %5 en erreur&#xa0;; %n valeurs LOB tronquées dans la table %6&#xa0;: mode LOB limité, voir la table de contrôle lob_truncations).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Task %1: %2 (%3 of %4 tables loaded, %5 in error; %n LOB value(s) truncated in %6 tables: limited LOB mode, see the control table lob_truncations).</source>
        <translation>
            <numerusform>Tâche %1&#xa0;: %2 (%3 tables chargées sur %4, %5 en erreur&#xa0;; %n valeur LOB tronquée dans %6 tables&#xa0;: mode LOB limité, voir la table de contrôle lob_truncations).</numerusform>
            <numerusform>Tâche %1&#xa0;: %2 (%3 tables chargées sur %4, %5 en erreur&#xa0;; %n valeurs LOB tronquées dans %6 tables&#xa0;: mode LOB limité, voir la table de contrôle lob_truncations).</numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign key %1 of %2 cannot be added to an existing table on this target.</source>
        <translation>La clé étrangère %1 de %2 ne peut pas être ajoutée à une table existante sur cette cible.</translation>
    </message>
    <message>
        <source>Could not read the foreign keys of and to table %1.</source>
        <translation>Impossible de lire les clés étrangères de la table %1 et vers elle.</translation>
    </message>
    <message>
        <source>Could not drop foreign key %1 of %2.</source>
        <translation>Impossible de supprimer la clé étrangère %1 de %2.</translation>
    </message>
    <message>
        <source>Could not add foreign key %1 of %2 again.</source>
        <translation>Impossible de rajouter la clé étrangère %1 de %2.</translation>
    </message>
    <message>
        <source>Could not drop the indexes and keys of %1.</source>
        <translation>Impossible de supprimer les index et les clés de %1.</translation>
    </message>
    <message>
        <source>Dropping a foreign key of %1 on the MySQL/MariaDB target failed.</source>
        <translation>La suppression d’une clé étrangère de %1 sur la cible MySQL/MariaDB a échoué.</translation>
    </message>
    <message>
        <source>Adding a foreign key of %1 again on the MySQL/MariaDB target failed.</source>
        <translation>Le rajout d’une clé étrangère de %1 sur la cible MySQL/MariaDB a échoué.</translation>
    </message>
    <message>
        <source>Dropping an index of %1 on the MySQL/MariaDB target failed.</source>
        <translation>La suppression d’un index de %1 sur la cible MySQL/MariaDB a échoué.</translation>
    </message>
    <message>
        <source>Stopped on request.</source>
        <translation>Arrêté à la demande.</translation>
    </message>
    <message>
        <source>Task %1 ended (%2), but its state could not be recorded in the target&apos;s control tables: a resume would find it still running.</source>
        <translation>La tâche %1 est terminée (%2), mais son état n’a pas pu être enregistré dans les tables de contrôle de la cible : une reprise la trouverait encore en cours.</translation>
    </message>
    <message>
        <source>Check that the target is reachable, then run the task again with --resume: it continues where this run ended.</source>
        <translation>Vérifiez que la cible est joignable, puis relancez la tâche avec --resume : elle reprend là où cette exécution s’est arrêtée.</translation>
    </message>
    <message>
        <source>A load worker failed unexpectedly: %1</source>
        <translation>Un worker de chargement a échoué de manière inattendue : %1</translation>
    </message>
    <message>
        <source>Could not record in the control tables that the foreign keys are built: %1</source>
        <translation>Impossible d’enregistrer dans les tables de contrôle que les clés étrangères sont créées : %1</translation>
    </message>
    <message>
        <source>Task &apos;%1&apos; only validates (ValidationSettings.ValidationOnly), and validation is not available in this version.</source>
        <translation>La tâche « %1 » ne fait que valider (ValidationSettings.ValidationOnly), et la validation n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Set ValidationOnly to false to load the data.</source>
        <translation>Mettez ValidationOnly à false pour charger les données.</translation>
    </message>
    <message>
        <source>ValidationSettings.EnableValidation is set, but validation is not available in this version: the task loads without validating.</source>
        <translation>ValidationSettings.EnableValidation est activé, mais la validation n’est pas disponible dans cette version : la tâche charge sans valider.</translation>
    </message>
    <message>
        <source>The task failed unexpectedly: %1</source>
        <translation>La tâche a échoué de manière inattendue : %1</translation>
    </message>
    <message>
        <source>Unexpected failure while reading: %1</source>
        <translation>Échec inattendu pendant la lecture : %1</translation>
    </message>
    <message>
        <source>Unexpected failure while writing: %1</source>
        <translation>Échec inattendu pendant l’écriture : %1</translation>
    </message>
    <message>
        <source>Could not take a consistent snapshot of the PostgreSQL source.</source>
        <translation>Impossible de prendre un instantané cohérent de la source PostgreSQL.</translation>
    </message>
    <message>
        <source>Could not begin a read transaction on the PostgreSQL source.</source>
        <translation>Impossible de commencer une transaction de lecture sur la source PostgreSQL.</translation>
    </message>
    <message>
        <source>Could not read the PostgreSQL source as of the task&apos;s snapshot.</source>
        <translation>Impossible de lire la source PostgreSQL telle qu’à l’instantané de la tâche.</translation>
    </message>
    <message>
        <source>The source snapshot %1 is gone: the remaining slices read the source as it is now. %2</source>
        <translation>L’instantané de la source %1 n’existe plus : les tranches restantes lisent la source telle qu’elle est maintenant. %2</translation>
    </message>
    <message>
        <source>No consistent snapshot of the source: its tables are read at slightly different moments. %1</source>
        <translation>Pas d’instantané cohérent de la source : ses tables sont lues à des moments légèrement différents. %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Source snapshot %1 (change position %2): every slice reads the source as of this moment.</source>
        <translation>Instantané de la source %1 (position des modifications %2) : chaque tranche lit la source telle qu’elle était à ce moment.</translation>
    </message>
    <message>
        <source>The default of column %1 of %2 is not created: the column is an identity or generated column.</source>
        <translation>La valeur par défaut de la colonne %1 de %2 n’est pas créée&#xa0;: la colonne est une colonne d’identité ou générée.</translation>
    </message>
    <message>
        <source>Generated column %1 of %2 is created STORED: PostgreSQL computes generated columns when rows are written.</source>
        <translation>La colonne générée %1 de %2 est créée STORED&#xa0;: PostgreSQL calcule les colonnes générées à l’écriture des lignes.</translation>
    </message>
    <message>
        <source>The source cannot share a snapshot between connections: each slice reads at its own moment. Change position before the load: %1.</source>
        <translation>La source ne peut pas partager un instantané entre connexions : chaque tranche lit à son propre moment. Position des modifications avant le chargement : %1.</translation>
    </message>
    <message>
        <source>The connection to the server was lost; the work is retried on a new connection.</source>
        <translation>La connexion au serveur a été perdue ; le travail est repris sur une nouvelle connexion.</translation>
    </message>
    <message>
        <source>A deadlock or lock wait timeout; the work is retried.</source>
        <translation>Un interblocage ou un délai d&apos;attente de verrou dépassé ; le travail est repris.</translation>
    </message>
    <message>
        <source>Grant the connecting user the privilege named in the detail.</source>
        <translation>Accordez à l&apos;utilisateur connecté le privilège indiqué dans le détail.</translation>
    </message>
    <message>
        <source>The server is read-only; connect to a writable server or turn read_only off.</source>
        <translation>Le serveur est en lecture seule ; connectez-vous à un serveur accessible en écriture ou désactivez read_only.</translation>
    </message>
    <message>
        <source>Create the database or correct its name in the endpoint.</source>
        <translation>Créez la base de données ou corrigez son nom dans le point de terminaison.</translation>
    </message>
    <message>
        <source>re-applying rejected rows</source>
        <translation>réapplication des lignes rejetées</translation>
    </message>
    <message>
        <source>The key column %1 does not exist in table %2.</source>
        <translation>La colonne de clé %1 n&apos;existe pas dans la table %2.</translation>
    </message>
    <message>
        <source>The table changed since its slices were chosen: reload it (--reload-table).</source>
        <translation>La table a changé depuis le choix de ses tranches : rechargez-la (--reload-table).</translation>
    </message>
    <message>
        <source>Table %1 slice %2: the commit whose outcome was unknown did happen; the slice is not loaded again.</source>
        <translation>Table %1, tranche %2 : le commit dont l&apos;issue était inconnue a bien eu lieu ; la tranche n&apos;est pas rechargée.</translation>
    </message>
    <message>
        <source>Table %1: the slices an earlier run recorded do not fit the table&apos;s key columns now (did the mapping change?); the table is loaded again from the start.</source>
        <translation>Table %1 : les tranches enregistrées par une exécution précédente ne correspondent plus aux colonnes de clé de la table (le mappage a-t-il changé ?) ; la table est rechargée depuis le début.</translation>
    </message>
    <message>
        <source>Table %1: parallel-load ranges (rule %2) need columns of the table and at least one boundary; the table loads as one slice.</source>
        <translation>Table %1 : parallel-load ranges (règle %2) nécessite des colonnes de la table et au moins une borne ; la table est chargée en une seule tranche.</translation>
    </message>
    <message>
        <source>Table %1: rows with NULL in column(s) %2 are not loaded: parallel-load ranges (rule %3) cannot place them, and DMS leaves them out too.</source>
        <translation>Table %1 : les lignes avec NULL dans la ou les colonnes %2 ne sont pas chargées : parallel-load ranges (règle %3) ne peut pas les placer, et DMS les omet aussi.</translation>
    </message>
    <message>
        <source>Table %1: the boundaries of parallel-load ranges (rule %2) are not in ascending order in the source (boundary %3 is below boundary %4); the table loads as one slice.</source>
        <translation>Table %1 : les bornes de parallel-load ranges (règle %2) ne sont pas dans l&apos;ordre croissant de la source (la borne %3 est inférieure à la borne %4) ; la table est chargée en une seule tranche.</translation>
    </message>
    <message>
        <source>Table %1: %2 slices by key (%3), their boundaries chosen in one ordered pass over %4 keys (%5 ms).</source>
        <translation>Table %1 : %2 tranches par clé (%3), bornes choisies en un seul parcours ordonné de %4 clés (%5 ms).</translation>
    </message>
    <message>
        <source>Could not read the column types of %1.</source>
        <translation>Impossible de lire les types de colonnes de %1.</translation>
    </message>
    <message>
        <source>Completed with errors</source>
        <extracomment>Table load state: every row was read, but the target rejected some rows (or refused an index or key). Shown instead of &quot;Table completed&quot;.</extracomment>
        <translation>Terminée avec des erreurs</translation>
    </message>
    <message numerus="yes">
        <source>Table %1 slice %2: %3 row(s) read, %4 loaded, %5 rejected.</source>
        <translation>
            <numerusform>Table %1, tranche %2&#xa0;: %3 ligne lue, %4 chargées, %5 rejetées.</numerusform>
            <numerusform>Table %1, tranche %2&#xa0;: %3 lignes lues, %4 chargées, %5 rejetées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table %1 loaded: %2 row(s), %3 rejected.</source>
        <translation>
            <numerusform>Table %1 chargée&#xa0;: %2 ligne, %3 rejetées.</numerusform>
            <numerusform>Table %1 chargée&#xa0;: %2 lignes, %3 rejetées.</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1 of table %2 narrows from %3 to %4: longer values are rejected into the exceptions table.</source>
        <translation>la colonne %1 de la table %2 passe de %3 à %4&#xa0;: les valeurs plus longues sont rejetées dans la table des exceptions.</translation>
    </message>
    <message>
        <source>Check the object on the target; create what it needs by hand.</source>
        <translation>Vérifiez l’objet dans la cible ; créez à la main ce qui lui manque.</translation>
    </message>
    <message>
        <source>%1 is not converted by this version of Ferry; its source definition is kept here.</source>
        <translation>%1 n’est pas converti par cette version de Ferry ; sa définition source est conservée ici.</translation>
    </message>
    <message>
        <source>Rewrite it for the target by hand and apply it after the objects it uses.</source>
        <translation>Réécrivez-le à la main pour la cible et appliquez-le après les objets qu’il utilise.</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Vue %1</translation>
    </message>
    <message>
        <source>Procedure %1</source>
        <translation>Procédure %1</translation>
    </message>
    <message>
        <source>Function %1</source>
        <translation>Fonction %1</translation>
    </message>
    <message>
        <source>Trigger %1 on %2</source>
        <translation>Déclencheur %1 sur %2</translation>
    </message>
    <message>
        <source>Sequence %1</source>
        <translation>Séquence %1</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Type %1</translation>
    </message>
    <message>
        <source>Ferry does not write %1 schemas.</source>
        <translation>Ferry n’écrit pas de schémas %1.</translation>
    </message>
    <message>
        <source>Convert to postgresql, mysql, mariadb or sqlite.</source>
        <translation>Convertissez vers postgresql, mysql, mariadb ou sqlite.</translation>
    </message>
    <message>
        <source>%1 drops or empties data and was not run.</source>
        <translation>%1 supprime ou vide des données et n’a pas été exécutée.</translation>
    </message>
    <message>
        <source>Allow destructive statements to run it (--allow-destructive).</source>
        <translation>Autorisez les instructions destructives pour l’exécuter (--allow-destructive).</translation>
    </message>
    <message>
        <source>the name is longer than the target allows</source>
        <translation>le nom est plus long que ce que la cible autorise</translation>
    </message>
    <message>
        <source>the name is taken in the target&apos;s scope</source>
        <translation>le nom est déjà pris dans la portée de la cible</translation>
    </message>
    <message>
        <source>%1 %2 of %3 is named %4 on the target: %5.</source>
        <translation>%1 %2 de %3 s’appelle %4 dans la cible : %5.</translation>
    </message>
    <message>
        <source>Change scripts and code that use the old name.</source>
        <translation>Modifiez les scripts et le code qui utilisent l’ancien nom.</translation>
    </message>
    <message>
        <source>Table %1 has no primary or unique key: the full load reads it as one slice, and change data capture and validation need a key.</source>
        <translation>La table %1 n’a pas de clé primaire ni unique : le chargement complet la lit en une seule tranche, et la capture des modifications et la validation ont besoin d’une clé.</translation>
    </message>
    <message>
        <source>Add a primary key on the source, or a define-primary-key rule to the mapping.</source>
        <translation>Ajoutez une clé primaire dans la source, ou une règle define-primary-key au mappage.</translation>
    </message>
    <message>
        <source>Table %1 has LOB columns (%2): they are moved whole in full LOB mode; limited LOB mode truncates them.</source>
        <translation>La table %1 a des colonnes LOB (%2) : elles sont copiées entières en mode LOB complet ; le mode LOB limité les tronque.</translation>
    </message>
    <message>
        <source>Keep full LOB mode, or set LobMaxSize above the largest value.</source>
        <translation>Gardez le mode LOB complet, ou réglez LobMaxSize au-dessus de la plus grande valeur.</translation>
    </message>
    <message>
        <source>Ferry assessment: %1 (%2) to %3</source>
        <translation>Évaluation Ferry : %1 (%2) vers %3</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;Code&lt;/th&gt;&lt;th&gt;Complexity&lt;/th&gt;&lt;th&gt;Category&lt;/th&gt;&lt;th&gt;Object&lt;/th&gt;&lt;th&gt;Message and fix&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;Code&lt;/th&gt;&lt;th&gt;Complexité&lt;/th&gt;&lt;th&gt;Catégorie&lt;/th&gt;&lt;th&gt;Objet&lt;/th&gt;&lt;th&gt;Message et correction&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;Category&lt;/th&gt;&lt;th&gt;Objects&lt;/th&gt;&lt;th&gt;Automatic&lt;/th&gt;&lt;th&gt;Simple&lt;/th&gt;&lt;th&gt;Medium&lt;/th&gt;&lt;th&gt;Complex&lt;/th&gt;&lt;th&gt;Not converted&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;Catégorie&lt;/th&gt;&lt;th&gt;Objets&lt;/th&gt;&lt;th&gt;Automatique&lt;/th&gt;&lt;th&gt;Simple&lt;/th&gt;&lt;th&gt;Moyen&lt;/th&gt;&lt;th&gt;Complexe&lt;/th&gt;&lt;th&gt;Non converti&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Estimated effort: %1 hours (simple %2 min, medium %3 min, complex %4 min per action item).</source>
        <translation>Effort estimé : %1 heures (simple %2 min, moyen %3 min, complexe %4 min par action).</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <source>Pre-migration checks</source>
        <translation>Vérifications préalables à la migration</translation>
    </message>
    <message>
        <source>View %1 uses what Ferry does not translate with certainty: %2.</source>
        <translation>La vue %1 utilise ce que Ferry ne traduit pas avec certitude : %2.</translation>
    </message>
    <message>
        <source>Rewrite those parts for the target by hand; the source definition is kept here.</source>
        <translation>Réécrivez ces parties à la main pour la cible ; la définition source est conservée ici.</translation>
    </message>
    <message>
        <source>Trigger %1 on %2 uses what Ferry does not translate with certainty: %3.</source>
        <translation>Le déclencheur %1 sur %2 utilise ce que Ferry ne traduit pas avec certitude : %3.</translation>
    </message>
    <message>
        <source>Write the trigger function for the target by hand; the source definition is kept here.</source>
        <translation>Écrivez à la main la fonction de déclencheur pour la cible ; la définition source est conservée ici.</translation>
    </message>
    <message>
        <source>Column %1 of %2 (%3 -&gt; %4): %5</source>
        <translation>Colonne %1 de %2 (%3 -&gt; %4) : %5</translation>
    </message>
    <message>
        <source>Check the column&apos;s values on the target, or give it another type with a change-data-type rule.</source>
        <translation>Vérifiez les valeurs de la colonne dans la cible, ou donnez-lui un autre type avec une règle change-data-type.</translation>
    </message>
</context>
<context>
    <name>ExceptionsView</name>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table&#xa0;:</translation>
    </message>
    <message>
        <source>Show the rejected rows of one table, or of every table</source>
        <translation>Afficher les lignes rejetées d&apos;une table ou de toutes les tables</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Show only rows whose table, column, error or values contain this text</source>
        <translation>Afficher uniquement les lignes dont la table, la colonne, l&apos;erreur ou les valeurs contiennent ce texte</translation>
    </message>
    <message>
        <source>Error, column or value</source>
        <translation>Erreur, colonne ou valeur</translation>
    </message>
    <message>
        <source>Read the rejected rows from the target again (F5)</source>
        <translation>Relire les lignes rejetées depuis la cible (F5)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Read the next page of rejected rows</source>
        <translation>Lire la page suivante de lignes rejetées</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <source>Rows the target refused; select one to see and fix its values</source>
        <translation>Lignes refusées par la cible&#xa0;; sélectionnez-en une pour afficher et corriger ses valeurs</translation>
    </message>
    <message>
        <source>The values of the selected row; double-click a New value cell to fix it</source>
        <translation>Les valeurs de la ligne sélectionnée&#xa0;; double-cliquez sur une cellule Nouvelle valeur pour la corriger</translation>
    </message>
    <message>
        <source>Write the selected rows, with your fixes, into their target table (Ctrl+Return)</source>
        <translation>Écrire les lignes sélectionnées, avec vos corrections, dans leur table cible (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Re-apply &amp;selected</source>
        <translation>Réappliquer la &amp;sélection</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Re-apply &amp;all for this table</source>
        <translation>Réappliquer t&amp;out pour cette table</translation>
    </message>
    <message>
        <source>Forget the fixes of the selected row</source>
        <translation>Abandonner les corrections de la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Re&amp;vert fixes</source>
        <translation>Abandonner les &amp;corrections</translation>
    </message>
    <message>
        <source>Re-applying rows on the target</source>
        <translation>Réapplication des lignes sur la cible</translation>
    </message>
    <message>
        <source>Stop after the table being written; tables already done stay done</source>
        <translation>Arrêter après la table en cours d&apos;écriture&#xa0;; les tables déjà traitées le restent</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Derive the rows again from their source values through the task&apos;s mapping as it is now (after you changed a rule), instead of writing them as they were written</source>
        <translation>Dériver de nouveau les lignes de leurs valeurs source avec le mappage actuel de la tâche (après la modification d&apos;une règle), au lieu de les écrire telles qu&apos;elles ont été écrites</translation>
    </message>
    <message>
        <source>With the current r&amp;ules</source>
        <translation>Avec les rè&amp;gles actuelles</translation>
    </message>
    <message>
        <source>Change the task&apos;s mapping rules (for example a column&apos;s type or an added column&apos;s expression), then re-apply the rows with them</source>
        <translation>Modifier les règles de mappage de la tâche (par exemple le type d&apos;une colonne ou l&apos;expression d&apos;une colonne ajoutée), puis réappliquer les lignes avec elles</translation>
    </message>
    <message>
        <source>&amp;Edit rules...</source>
        <translation>Modifier les règ&amp;les...</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Table Mapping</source>
        <translation>Mappage de tables</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Table mapping</source>
        <translation>Mappage de tables</translation>
    </message>
    <message>
        <source>&amp;Import DMS JSON…</source>
        <translation>&amp;Importer un JSON DMS…</translation>
    </message>
    <message>
        <source>Replace the rules with an AWS DMS table-mapping JSON file</source>
        <translation>Remplacer les règles par un fichier JSON de mappage de tables AWS DMS</translation>
    </message>
    <message>
        <source>E&amp;xport DMS JSON…</source>
        <translation>E&amp;xporter en JSON DMS…</translation>
    </message>
    <message>
        <source>Write the rules as an AWS DMS table-mapping JSON file</source>
        <translation>Écrire les règles dans un fichier JSON de mappage de tables AWS DMS</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Source &amp;tables</source>
        <translation>&amp;Tables source</translation>
    </message>
    <message>
        <source>Find schema or table</source>
        <translation>Rechercher un schéma ou une table</translation>
    </message>
    <message>
        <source>Show only the tables whose name contains this text</source>
        <translation>Afficher uniquement les tables dont le nom contient ce texte</translation>
    </message>
    <message>
        <source>Check the tables to migrate; the selection rules follow</source>
        <translation>Cochez les tables à migrer&#xa0;; les règles de sélection s&apos;adaptent en conséquence</translation>
    </message>
    <message>
        <source>&amp;Selection rules</source>
        <translation>Règles de &amp;sélection</translation>
    </message>
    <message>
        <source>Selection rules in the order they are written (exclude rules always win)</source>
        <translation>Règles de sélection dans l&apos;ordre où elles sont écrites (les règles d&apos;exclusion l&apos;emportent toujours)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a selection rule</source>
        <translation>Ajouter une règle de sélection</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected selection rule</source>
        <translation>Supprimer la règle de sélection choisie</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected rule up</source>
        <translation>Monter la règle sélectionnée</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected rule down</source>
        <translation>Descendre la règle sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <source>Include loads the matching tables; exclude leaves them out (exclude always wins)</source>
        <translation>Inclure charge les tables correspondantes&#xa0;; Exclure les écarte (l&apos;exclusion l&apos;emporte toujours)</translation>
    </message>
    <message>
        <source>Schema name or pattern, e.g. dms_sample or %</source>
        <translation>Nom ou motif de schéma, par ex. dms_sample ou %</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table&#xa0;:</translation>
    </message>
    <message>
        <source>Table name or pattern, e.g. ticket% or %</source>
        <translation>Nom ou motif de table, par ex. ticket% ou %</translation>
    </message>
    <message>
        <source>Object t&amp;ype:</source>
        <translation>T&amp;ype d&apos;objet&#xa0;:</translation>
    </message>
    <message>
        <source>Which objects the rule selects: tables, views or both</source>
        <translation>Les objets que la règle sélectionne&#xa0;: tables, vues ou les deux</translation>
    </message>
    <message>
        <source>&amp;Load order:</source>
        <translation>&amp;Ordre de chargement&#xa0;:</translation>
    </message>
    <message>
        <source>Tables with a higher load order are loaded first</source>
        <translation>Les tables ayant l&apos;ordre de chargement le plus élevé sont chargées en premier</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>In patterns, % matches any run of characters and _ exactly one; [_] is a literal underscore. Names are case-sensitive.</source>
        <translation>Dans les motifs, % correspond à toute suite de caractères et _ à exactement un caractère&#xa0;; [_] désigne un trait de soulignement littéral. Les noms sont sensibles à la casse.</translation>
    </message>
    <message>
        <source>Column &amp;filters</source>
        <translation>&amp;Filtres de colonnes</translation>
    </message>
    <message>
        <source>Source filters: which rows of a table are loaded</source>
        <translation>Filtres source&#xa0;: les lignes d&apos;une table qui sont chargées</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Add a source filter to the table selected in the tree</source>
        <translation>Ajouter un filtre source à la table sélectionnée dans l&apos;arborescence</translation>
    </message>
    <message>
        <source>Remove the selected filter</source>
        <translation>Supprimer le filtre sélectionné</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>T&amp;able&#xa0;:</translation>
    </message>
    <message>
        <source>The source table whose rows the filter chooses</source>
        <translation>La table source dont le filtre choisit les lignes</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Colonne&#xa0;:</translation>
    </message>
    <message>
        <source>The source column the conditions test</source>
        <translation>La colonne source testée par les conditions</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Conditions&#xa0;:</translation>
    </message>
    <message>
        <source>Conditions on the column: a row is loaded when any of them holds</source>
        <translation>Conditions sur la colonne&#xa0;: une ligne est chargée lorsque l&apos;une d&apos;elles est vraie</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>End value</source>
        <translation>Valeur de fin</translation>
    </message>
    <message>
        <source>Add c&amp;ondition</source>
        <translation>Ajouter une c&amp;ondition</translation>
    </message>
    <message>
        <source>Add a condition to this filter (conditions are combined with OR)</source>
        <translation>Ajouter une condition à ce filtre (les conditions sont combinées par OU)</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Supprimer la condition</translation>
    </message>
    <message>
        <source>Remove the selected condition</source>
        <translation>Supprimer la condition sélectionnée</translation>
    </message>
    <message>
        <source>A row is loaded when any condition of its filter holds and every filter of its table holds. Filter on columns whose values do not change.</source>
        <translation>Une ligne est chargée lorsqu&apos;au moins une condition de son filtre est vraie et que chaque filtre de sa table est satisfait. Filtrez sur des colonnes dont les valeurs ne changent pas.</translation>
    </message>
    <message>
        <source>T&amp;ransformations</source>
        <translation>T&amp;ransformations</translation>
    </message>
    <message>
        <source>Transformation rules; when several change the same object, the first one applies</source>
        <translation>Règles de transformation&#xa0;; lorsque plusieurs modifient le même objet, la première s&apos;applique</translation>
    </message>
    <message>
        <source>Add a transformation rule</source>
        <translation>Ajouter une règle de transformation</translation>
    </message>
    <message>
        <source>Remove the selected transformation rule</source>
        <translation>Supprimer la règle de transformation sélectionnée</translation>
    </message>
    <message>
        <source>Move the selected rule up (applies before later rules)</source>
        <translation>Monter la règle sélectionnée (elle s&apos;applique avant les règles suivantes)</translation>
    </message>
    <message>
        <source>What the rule does</source>
        <translation>Ce que fait la règle</translation>
    </message>
    <message>
        <source>Appl&amp;ies to:</source>
        <translation>S&apos;appl&amp;ique à&#xa0;:</translation>
    </message>
    <message>
        <source>Whether the rule changes schemas, tables or columns</source>
        <translation>Indique si la règle modifie des schémas, des tables ou des colonnes</translation>
    </message>
    <message>
        <source>Schema name or pattern</source>
        <translation>Nom ou motif de schéma</translation>
    </message>
    <message>
        <source>Table name or pattern</source>
        <translation>Nom ou motif de table</translation>
    </message>
    <message>
        <source>Col&amp;umn:</source>
        <translation>Co&amp;lonne&#xa0;:</translation>
    </message>
    <message>
        <source>Column name or pattern</source>
        <translation>Nom ou motif de colonne</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Ol&amp;d value:</source>
        <translation>Ancie&amp;nne valeur&#xa0;:</translation>
    </message>
    <message>
        <source>The prefix or suffix to replace</source>
        <translation>Le préfixe ou le suffixe à remplacer</translation>
    </message>
    <message>
        <source>e.g. $first_name||&apos; &apos;||$last_name</source>
        <translation>par ex. $first_name||&apos; &apos;||$last_name</translation>
    </message>
    <message>
        <source>SQLite expression; $column reads a source column</source>
        <translation>Expression SQLite&#xa0;; $colonne lit une colonne source</translation>
    </message>
    <message>
        <source>Data t&amp;ype:</source>
        <translation>T&amp;ype de données&#xa0;:</translation>
    </message>
    <message>
        <source>The AWS DMS data type of the column</source>
        <translation>Le type de données AWS DMS de la colonne</translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation>Lon&amp;gueur&#xa0;:</translation>
    </message>
    <message>
        <source>Length of string, wstring and bytes types</source>
        <translation>Longueur des types string, wstring et bytes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Précision&#xa0;:</translation>
    </message>
    <message>
        <source>Digits of numeric types; fractional seconds of datetime</source>
        <translation>Chiffres des types numériques&#xa0;; fractions de seconde de datetime</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <source>Digits after the decimal point of numeric types</source>
        <translation>Chiffres après la virgule des types numériques</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Show &amp;excluded tables</source>
        <translation>Afficher les tables &amp;exclues</translation>
    </message>
    <message>
        <source>Also list the source tables the rules do not load</source>
        <translation>Lister aussi les tables source que les règles ne chargent pas</translation>
    </message>
    <message>
        <source>Source tables and columns and what they become on the target</source>
        <translation>Tables et colonnes source, et ce qu&apos;elles deviennent sur la cible</translation>
    </message>
    <message>
        <source>Sc&amp;hema:</source>
        <translation>Sc&amp;héma&#xa0;:</translation>
    </message>
    <message>
        <source>Expressio&amp;n:</source>
        <translation>Expressio&amp;n&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Reading the source catalog</source>
        <translation>Lecture du catalogue source</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop reading the source catalog.</source>
        <translation>Arrêter la lecture du catalogue source.</translation>
    </message>
    <message>
        <source>&amp;Read the tables</source>
        <translation>&amp;Lire les tables</translation>
    </message>
    <message>
        <source>Read the source&apos;s tables again.</source>
        <translation>Relire les tables de la source.</translation>
    </message>
    <message>
        <source>Source password</source>
        <translation>Mot de passe de la source</translation>
    </message>
</context>
<context>
    <name>MappingText</name>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <source>Convert to lower case</source>
        <translation>Convertir en minuscules</translation>
    </message>
    <message>
        <source>Convert to upper case</source>
        <translation>Convertir en majuscules</translation>
    </message>
    <message>
        <source>Add prefix</source>
        <translation>Ajouter un préfixe</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Remove prefix</source>
        <translation>Supprimer le préfixe</translation>
    </message>
    <message>
        <source>Replace prefix</source>
        <translation>Remplacer le préfixe</translation>
    </message>
    <message>
        <source>New prefix</source>
        <translation>Nouveau préfixe</translation>
    </message>
    <message>
        <source>Add suffix</source>
        <translation>Ajouter un suffixe</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffixe</translation>
    </message>
    <message>
        <source>Remove suffix</source>
        <translation>Supprimer le suffixe</translation>
    </message>
    <message>
        <source>Replace suffix</source>
        <translation>Remplacer le suffixe</translation>
    </message>
    <message>
        <source>New suffix</source>
        <translation>Nouveau suffixe</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Supprimer la colonne</translation>
    </message>
    <message>
        <source>Keep only listed columns</source>
        <translation>Conserver uniquement les colonnes listées</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Ajouter une colonne</translation>
    </message>
    <message>
        <source>Column name</source>
        <translation>Nom de la colonne</translation>
    </message>
    <message>
        <source>Change data type</source>
        <translation>Modifier le type de données</translation>
    </message>
    <message>
        <source>equal to</source>
        <translation>égal à</translation>
    </message>
    <message>
        <source>not equal to</source>
        <translation>différent de</translation>
    </message>
    <message>
        <source>less than or equal to</source>
        <translation>inférieur ou égal à</translation>
    </message>
    <message>
        <source>greater than or equal to</source>
        <translation>supérieur ou égal à</translation>
    </message>
    <message>
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <source>not between</source>
        <translation>non compris entre</translation>
    </message>
    <message>
        <source>is null</source>
        <translation>est NULL</translation>
    </message>
    <message>
        <source>is not null</source>
        <translation>n&apos;est pas NULL</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 &lt;&gt; %2</source>
        <translation>%1 &lt;&gt; %2</translation>
    </message>
    <message>
        <source>%1 &lt;= %2</source>
        <translation>%1 &lt;= %2</translation>
    </message>
    <message>
        <source>%1 &gt;= %2</source>
        <translation>%1 &gt;= %2</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 entre %2 et %3</translation>
    </message>
    <message>
        <source>%1 not between %2 and %3</source>
        <translation>%1 non compris entre %2 et %3</translation>
    </message>
    <message>
        <source>%1 is null</source>
        <translation>%1 est NULL</translation>
    </message>
    <message>
        <source>%1 is not null</source>
        <translation>%1 n&apos;est pas NULL</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>A rule the editor shows but does not edit: &quot;define-primary-key table inventory.ITEM&quot;.</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 (no condition)</source>
        <translation>%1 (aucune condition)</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Joins the conditions of one source filter (any of them may hold).</extracomment>
        <translation> ou </translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Inclure %1</translation>
    </message>
    <message>
        <source>Exclude %1</source>
        <translation>Exclure %1</translation>
    </message>
    <message>
        <source>Include exactly %1</source>
        <translation>Inclure exactement %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> (views)</source>
        <translation> (vues)</translation>
    </message>
    <message>
        <source> (tables and views)</source>
        <translation> (tables et vues)</translation>
    </message>
    <message>
        <source>%1 where %2</source>
        <extracomment>A selection rule with source filters: &quot;Include s.t where price &gt;= 10&quot;.</extracomment>
        <translation>%1 où %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>%1, load order %2</source>
        <translation>%1, ordre de chargement %2</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schéma</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>Rename %1 %2 to %3</source>
        <extracomment>&quot;Rename table dms_sample.person to people&quot;.</extracomment>
        <translation>Renommer %2 (%1) en %3</translation>
    </message>
    <message>
        <source>Lower-case %1 names in %2</source>
        <translation>Noms de %1 en minuscules dans %2</translation>
    </message>
    <message>
        <source>Upper-case %1 names in %2</source>
        <translation>Noms de %1 en majuscules dans %2</translation>
    </message>
    <message>
        <source>Add prefix %1 to %2 names in %3</source>
        <translation>Ajouter le préfixe %1 aux noms de %2 dans %3</translation>
    </message>
    <message>
        <source>Remove prefix %1 from %2 names in %3</source>
        <translation>Supprimer le préfixe %1 des noms de %2 dans %3</translation>
    </message>
    <message>
        <source>Replace prefix %1 with %2 in %3 names in %4</source>
        <translation>Remplacer le préfixe %1 par %2 dans les noms de %3 de %4</translation>
    </message>
    <message>
        <source>Add suffix %1 to %2 names in %3</source>
        <translation>Ajouter le suffixe %1 aux noms de %2 dans %3</translation>
    </message>
    <message>
        <source>Remove suffix %1 from %2 names in %3</source>
        <translation>Supprimer le suffixe %1 des noms de %2 dans %3</translation>
    </message>
    <message>
        <source>Replace suffix %1 with %2 in %3 names in %4</source>
        <translation>Remplacer le suffixe %1 par %2 dans les noms de %3 de %4</translation>
    </message>
    <message>
        <source>Remove column %1</source>
        <translation>Supprimer la colonne %1</translation>
    </message>
    <message>
        <source>Keep column %1</source>
        <translation>Conserver la colonne %1</translation>
    </message>
    <message>
        <source>Add column %1 %2 to %3</source>
        <translation>Ajouter la colonne %1 %2 à %3</translation>
    </message>
    <message>
        <source>Add column %1 %2 = %3 to %4</source>
        <translation>Ajouter la colonne %1 %2 = %3 à %4</translation>
    </message>
    <message>
        <source>Change type of %1 to %2</source>
        <translation>Changer le type de %1 en %2</translation>
    </message>
</context>
<context>
    <name>MigrationTypePage</name>
    <message>
        <source>&amp;Task name:</source>
        <translation>Nom de la &amp;tâche&#xa0;:</translation>
    </message>
    <message>
        <source>How the project and the command line refer to the task (ferry run PROJECT --task NAME).</source>
        <translation>Nom sous lequel le projet et la ligne de commande désignent la tâche (ferry run PROJECT --task NAME).</translation>
    </message>
    <message>
        <source>&amp;Full load</source>
        <translation>Chargement &amp;complet</translation>
    </message>
    <message>
        <source>Creates the selected tables on the target and copies every row once.</source>
        <translation>Crée les tables sélectionnées sur la cible et copie chaque ligne une fois.</translation>
    </message>
    <message>
        <source>Full load and ongoing &amp;replication (CDC)</source>
        <translation>Chargement complet et &amp;réplication continue (CDC)</translation>
    </message>
    <message>
        <source>Coming in a later version: after the full load, keeps the target up to date with the changes made on the source.</source>
        <translation>Disponible dans une version ultérieure&#xa0;: après le chargement complet, maintient la cible à jour avec les modifications apportées à la source.</translation>
    </message>
    <message>
        <source>&amp;Changes only (CDC)</source>
        <translation>&amp;Modifications uniquement (CDC)</translation>
    </message>
    <message>
        <source>Coming in a later version: replicates only the changes made on the source after the task starts.</source>
        <translation>Disponible dans une version ultérieure&#xa0;: réplique uniquement les modifications apportées à la source après le démarrage de la tâche.</translation>
    </message>
</context>
<context>
    <name>MonitoringView</name>
    <message>
        <source>&amp;Window:</source>
        <translation>Péri&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>How much of the run the charts show</source>
        <translation>La portion de l&apos;exécution affichée par les graphiques</translation>
    </message>
    <message>
        <source>Freeze the charts to read them; data keeps being collected</source>
        <translation>Figer les graphiques pour les lire&#xa0;; la collecte des données continue</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Save the charts as a PNG image</source>
        <translation>Enregistrer les graphiques sous forme d&apos;image PNG</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>Exporter en P&amp;NG…</translation>
    </message>
    <message>
        <source>Save every series as CSV: UTC timestamps, elapsed seconds and values with their units</source>
        <translation>Enregistrer toutes les séries au format CSV&#xa0;: horodatages UTC, secondes écoulées et valeurs avec leurs unités</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Throughput charts appear here while a task runs: rows and kilobytes per second read from the source and written to the target.</source>
        <translation>Les graphiques de débit s&apos;affichent ici pendant l&apos;exécution d&apos;une tâche&#xa0;: lignes et kilo-octets par seconde lus depuis la source et écrits dans la cible.</translation>
    </message>
    <message>
        <source>No CDC latency to chart: this task is a full load. For tasks that replicate ongoing changes (CDC), the latency at the source and at the target is charted here.</source>
        <translation>Aucune latence CDC à afficher&#xa0;: cette tâche est un chargement complet. Pour les tâches qui répliquent les modifications en cours (CDC), la latence côté source et côté cible est représentée ici.</translation>
    </message>
</context>
<context>
    <name>OdbcPage</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>How the project refers to this endpoint.</source>
        <translation>Nom sous lequel le projet désigne ce point de terminaison.</translation>
    </message>
    <message>
        <source>&amp;Data source:</source>
        <translation>Source de &amp;données&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the data sources from the ODBC driver manager again.</source>
        <translation>Relire les sources de données depuis le gestionnaire de pilotes ODBC.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>as set in the data source</source>
        <translation>tel que défini dans la source de données</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>The password is kept in memory, in the system keyring if you ask for it, and never in the project file.</source>
        <translation>Le mot de passe est conservé en mémoire, dans le trousseau de clés du système si vous le demandez, et jamais dans le fichier de projet.</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Enregistrer dans le trousseau de clés du système</translation>
    </message>
    <message>
        <source>Without it, Ferry asks for the password each time it connects.</source>
        <translation>Sinon, Ferry demande le mot de passe à chaque connexion.</translation>
    </message>
    <message>
        <source>No system keyring is available, so Ferry cannot remember this password: it will ask for it each time it connects. The password is never written to the project file.</source>
        <translation>Aucun trousseau de clés du système n&apos;est disponible&#xa0;; Ferry ne peut donc pas mémoriser ce mot de passe et le demandera à chaque connexion. Le mot de passe n&apos;est jamais écrit dans le fichier de projet.</translation>
    </message>
</context>
<context>
    <name>ProjectLocationPage</name>
    <message>
        <source>Project na&amp;me:</source>
        <translation>&amp;Nom du projet&#xa0;:</translation>
    </message>
    <message>
        <source>Also gives the project file its name.</source>
        <translation>Donne aussi son nom au fichier de projet.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Doss&amp;ier&#xa0;:</translation>
    </message>
    <message>
        <source>The folder the project file is written to.</source>
        <translation>Le dossier dans lequel le fichier de projet est écrit.</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose the project folder.</source>
        <translation>Choisir le dossier du projet.</translation>
    </message>
    <message>
        <source>Project file:</source>
        <translation>Fichier de projet&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReloadTablesDialog</name>
    <message>
        <source>Reload Tables</source>
        <translation>Recharger des tables</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <source>Show only the tables whose source or target name contains this text.</source>
        <translation>N’afficher que les tables dont le nom source ou cible contient ce texte.</translation>
    </message>
    <message>
        <source>schema or table name</source>
        <translation>nom de schéma ou de table</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <source>Check every table the filter shows.</source>
        <translation>Cocher toutes les tables affichées par le filtre.</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <source>Uncheck every table the filter shows.</source>
        <translation>Décocher toutes les tables affichées par le filtre.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>How the project refers to this endpoint.</source>
        <translation>Nom sous lequel le projet désigne ce point de terminaison.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>The server&apos;s host name or IP address.</source>
        <translation>Le nom d&apos;hôte ou l&apos;adresse IP du serveur.</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Leave empty for the engine&apos;s default port.</source>
        <translation>Laissez vide pour utiliser le port par défaut du moteur.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>Mode &amp;TLS&#xa0;:</translation>
    </message>
    <message>
        <source>Whether the connection is encrypted and how the server&apos;s certificate is checked.</source>
        <translation>Indique si la connexion est chiffrée et comment le certificat du serveur est vérifié.</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>Certificat d&apos;&amp;AC&#xa0;:</translation>
    </message>
    <message>
        <source>The certificate of the authority that signed the server&apos;s certificate (PEM file).</source>
        <translation>Le certificat de l&apos;autorité qui a signé le certificat du serveur (fichier PEM).</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file.</source>
        <translation>Choisir le fichier de certificat d&apos;AC.</translation>
    </message>
</context>
<context>
    <name>SqlitePage</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>How the project refers to this endpoint.</source>
        <translation>Nom sous lequel le projet désigne ce point de terminaison.</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>&amp;Fichier de base de données&#xa0;:</translation>
    </message>
    <message>
        <source>The path of the SQLite database file.</source>
        <translation>Le chemin du fichier de base de données SQLite.</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Choisir le fichier de base de données.</translation>
    </message>
    <message>
        <source>&amp;Create the file if it does not exist</source>
        <translation>&amp;Créer le fichier s&apos;il n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Project file:</source>
        <translation>Fichier de projet&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Cible&#xa0;:</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Tâche&#xa0;:</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>Tables&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contents of the file:</source>
        <translation>&amp;Contenu du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Target tables:</source>
        <translation>Tables cibles&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Wizards</name>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>MySQL or MariaDB</source>
        <translation>MySQL ou MariaDB</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>ODBC</source>
        <translation>ODBC</translation>
    </message>
    <message>
        <source>data source %1</source>
        <translation>source de données %1</translation>
    </message>
    <message>
        <source>data source %1 as %2</source>
        <translation>source de données %1 en tant que %2</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>socket local</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 en tant que %2</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Pas de mot de passe</translation>
    </message>
    <message>
        <source>Read from an environment variable</source>
        <translation>Lu dans une variable d&apos;environnement</translation>
    </message>
    <message>
        <source>Stored in the system keyring</source>
        <translation>Enregistré dans le trousseau de clés du système</translation>
    </message>
    <message>
        <source>Asked each time Ferry connects</source>
        <translation>Demandé à chaque connexion de Ferry</translation>
    </message>
    <message>
        <source>Left to the client library (~/.pgpass)</source>
        <translation>Laissé à la bibliothèque cliente (~/.pgpass)</translation>
    </message>
    <message>
        <source>Connection succeeded</source>
        <translation>Connexion réussie</translation>
    </message>
    <message>
        <source>The connection details are incomplete or wrong</source>
        <translation>Les paramètres de connexion sont incomplets ou erronés</translation>
    </message>
    <message>
        <source>Unknown host name</source>
        <translation>Nom d&apos;hôte inconnu</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>No answer from the server</source>
        <translation>Aucune réponse du serveur</translation>
    </message>
    <message>
        <source>Login rejected: wrong user name or password</source>
        <translation>Connexion rejetée&#xa0;: nom d&apos;utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>Secure connection (TLS) failed</source>
        <translation>Échec de la connexion sécurisée (TLS)</translation>
    </message>
    <message>
        <source>Database not found</source>
        <translation>Base de données introuvable</translation>
    </message>
    <message>
        <source>A privilege is missing</source>
        <translation>Un privilège est manquant</translation>
    </message>
    <message>
        <source>Server version not supported</source>
        <translation>Version du serveur non prise en charge</translation>
    </message>
    <message>
        <source>ODBC driver or data source not found</source>
        <translation>Pilote ou source de données ODBC introuvable</translation>
    </message>
    <message>
        <source>Not a database file</source>
        <translation>Ce n&apos;est pas un fichier de base de données</translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <source>Another kind of server answers on this port</source>
        <translation>Un autre type de serveur répond sur ce port</translation>
    </message>
</context>
<context>
    <name>ferry::ConnectionTestPage</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>Ferry connects as it will when it reads the source, and checks the privileges it needs.</source>
        <translation>Ferry se connecte comme il le fera pour lire la source, et vérifie les privilèges dont il a besoin.</translation>
    </message>
    <message>
        <source>Ferry connects as it will when it writes the target, and checks the privileges it needs.</source>
        <translation>Ferry se connecte comme il le fera pour écrire dans la cible, et vérifie les privilèges dont il a besoin.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation>Pas encore testé</translation>
    </message>
    <message>
        <source>Test the connection before you go on. To keep the endpoint without a successful test, tick the box below.</source>
        <translation>Testez la connexion avant de continuer. Pour conserver le point de terminaison sans test réussi, cochez la case ci-dessous.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>Connexion à %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>Tester à &amp;nouveau</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Le serveur</translation>
    </message>
    <message>
        <source>%1 %2 answered in %3 ms.</source>
        <translation>%1 %2 a répondu en %3 ms.</translation>
    </message>
    <message>
        <source>Test cancelled</source>
        <translation>Test annulé</translation>
    </message>
    <message>
        <source>The connection test was cancelled before it finished.</source>
        <translation>Le test de connexion a été annulé avant la fin.</translation>
    </message>
    <message>
        <source>Storing the password in the system keyring…</source>
        <translation>Enregistrement du mot de passe dans le trousseau de clés du système…</translation>
    </message>
    <message>
        <source>Asked each time Ferry connects; never saved.</source>
        <translation>Demandé à chaque connexion de Ferry&#xa0;; jamais enregistré.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Stored in the system keyring when you continue; never in the project file.</source>
        <translation>Enregistré dans le trousseau de clés du système lorsque vous continuez&#xa0;; jamais dans le fichier de projet.</translation>
    </message>
    <message>
        <source>Go Back and check the user name and the password, then test again. If they are right, ask the administrator whether this user may log in from this computer.</source>
        <translation>Revenez en arrière, vérifiez le nom d&apos;utilisateur et le mot de passe, puis testez à nouveau. S&apos;ils sont corrects, demandez à l&apos;administrateur si cet utilisateur peut se connecter depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>The system keyring could not store the password, so Ferry will ask for it each time it connects. Continue to go on without storing it.

%1</source>
        <translation>Le trousseau système n&apos;a pas pu enregistrer le mot de passe ; Ferry le demandera donc à chaque connexion. Continuez pour poursuivre sans l&apos;enregistrer.

%1</translation>
    </message>
    <message>
        <source>Kept in the system keyring as it is; never in the project file.</source>
        <translation>Conservé tel quel dans le trousseau de clés du système&#xa0;; jamais dans le fichier de projet.</translation>
    </message>
</context>
<context>
    <name>ferry::EndpointChoicePage</name>
    <message>
        <source>Source endpoint</source>
        <translation>Point de terminaison source</translation>
    </message>
    <message>
        <source>Target endpoint</source>
        <translation>Point de terminaison cible</translation>
    </message>
    <message>
        <source>The database Ferry reads the data from.</source>
        <translation>La base de données dans laquelle Ferry lit les données.</translation>
    </message>
    <message>
        <source>The database Ferry writes the data to.</source>
        <translation>La base de données dans laquelle Ferry écrit les données.</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>The new source endpoint is also named %1. Pick another target, or go back and rename the source.</source>
        <translation>Le nouveau point de terminaison source s&apos;appelle aussi %1. Choisissez une autre cible, ou revenez en arrière et renommez la source.</translation>
    </message>
    <message>
        <source>Password: %1.</source>
        <translation>Mot de passe&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ferry::EndpointConnection</name>
    <message>
        <source>Endpoint &apos;%1&apos; needs a password.</source>
        <translation>Le point de terminaison &apos;%1&apos; nécessite un mot de passe.</translation>
    </message>
    <message>
        <source>Enter it when asked; it is kept for this session only.</source>
        <translation>Saisissez-le lorsqu&apos;il vous est demandé&#xa0;; il n&apos;est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>The project has no endpoint &apos;%1&apos;.</source>
        <translation>Le projet n&apos;a pas de point de terminaison &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>ferry::EndpointDetailsPage</name>
    <message>
        <source>The project already has an endpoint named %1; choose another name.</source>
        <translation>Le projet comporte déjà un point de terminaison nommé %1&#xa0;; choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>ferry::EndpointWizard</name>
    <message>
        <source>New source endpoint</source>
        <translation>Nouveau point de terminaison source</translation>
    </message>
    <message>
        <source>New target endpoint</source>
        <translation>Nouveau point de terminaison cible</translation>
    </message>
    <message>
        <source>Edit endpoint %1</source>
        <translation>Modifier le point de terminaison %1</translation>
    </message>
</context>
<context>
    <name>ferry::EnginePage</name>
    <message>
        <source>Source database</source>
        <translation>Base de données source</translation>
    </message>
    <message>
        <source>Target database</source>
        <translation>Base de données cible</translation>
    </message>
    <message>
        <source>Choose the kind of database Ferry reads the data from.</source>
        <translation>Choisissez le type de base de données dans laquelle Ferry lit les données.</translation>
    </message>
    <message>
        <source>Choose the kind of database Ferry writes the data to.</source>
        <translation>Choisissez le type de base de données dans laquelle Ferry écrit les données.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) use this endpoint: %1. Their table mappings are kept as they are when the engine changes; check them with Edit Mapping afterwards.</source>
        <translation>
            <numerusform>%n tâche utilise ce point de terminaison&#xa0;: %1. Son mappage de tables est conservé tel quel si le moteur change&#xa0;; vérifiez-le ensuite avec Modifier le mappage.</numerusform>
            <numerusform>%n tâches utilisent ce point de terminaison&#xa0;: %1. Leurs mappages de tables sont conservés tels quels si le moteur change&#xa0;; vérifiez-les ensuite avec Modifier le mappage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ErrorBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>ferry::ExceptionsView</name>
    <message>
        <source>The rejected rows could not be read: %1</source>
        <translation>Les lignes rejetées n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>No rejected rows</source>
        <translation>Aucune ligne rejetée</translation>
    </message>
    <message>
        <source>No rejected rows for %1</source>
        <translation>Aucune ligne rejetée pour %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rejected row(s) loaded</source>
        <translation>
            <numerusform>Ligne rejetée chargée&#xa0;: %1 sur %n</numerusform>
            <numerusform>Lignes rejetées chargées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>All tables (%1)</source>
        <translation>Toutes les tables (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 into %2 (%3)</source>
        <translation>%1 vers %2 (%3)</translation>
    </message>
    <message>
        <source>Select a rejected row to see its values.</source>
        <translation>Sélectionnez une ligne rejetée pour afficher ses valeurs.</translation>
    </message>
    <message>
        <source>Row from %1 into %2, slice %3 (values as read from the source)</source>
        <translation>Ligne de %1 vers %2, tranche %3 (valeurs telles que lues depuis la source)</translation>
    </message>
    <message>
        <source>Row from %1 into %2, slice %3</source>
        <translation>Ligne de %1 vers %2, tranche %3</translation>
    </message>
    <message>
        <source>%1 (The target did not name a column.)</source>
        <translation>%1 (La cible n&apos;a pas indiqué de colonne.)</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (colonne %2)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message numerus="yes">
        <source>Re-apply %n &amp;selected row(s)</source>
        <translation>
            <numerusform>Réappliquer %n ligne &amp;sélectionnée</numerusform>
            <numerusform>Réappliquer %n lignes &amp;sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-apply &amp;selected</source>
        <translation>Réappliquer la &amp;sélection</translation>
    </message>
    <message>
        <source>Choose a table to re-apply all of its rejected rows</source>
        <translation>Choisissez une table pour réappliquer toutes ses lignes rejetées</translation>
    </message>
    <message>
        <source>Write every rejected row of %1, with your fixes, into its target table</source>
        <translation>Écrire chaque ligne rejetée de %1, avec vos corrections, dans sa table cible</translation>
    </message>
    <message>
        <source>Re-applying was cancelled; tables already written stay written.</source>
        <translation>La réapplication a été annulée&#xa0;; les tables déjà écrites le restent.</translation>
    </message>
    <message>
        <source>The rows could not be re-applied: %1</source>
        <translation>Les lignes n&apos;ont pas pu être réappliquées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Re-applying %n row(s)…</source>
        <translation>
            <numerusform>Réapplication de %n ligne…</numerusform>
            <numerusform>Réapplication de %n lignes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) re-applied.</source>
        <translation>
            <numerusform>%n ligne réappliquée.</numerusform>
            <numerusform>%n lignes réappliquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused again: see the new error.</source>
        <translation>
            <numerusform>%n ligne de nouveau refusée&#xa0;: consultez la nouvelle erreur.</numerusform>
            <numerusform>%n lignes de nouveau refusées&#xa0;: consultez la nouvelle erreur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not re-applied.</source>
        <translation>
            <numerusform>%n ligne non réappliquée.</numerusform>
            <numerusform>%n lignes non réappliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules changed: re-apply the rows to derive them again with the new rules.</source>
        <translation>Les règles ont changé : réappliquez les lignes pour les dériver de nouveau avec les nouvelles règles.</translation>
    </message>
    <message>
        <source>The task&apos;s rules could not be used: %1</source>
        <translation>Les règles de la tâche n&apos;ont pas pu être utilisées : %1</translation>
    </message>
    <message>
        <source>• %1.%2: %3 → %4 (rule %5)</source>
        <translation>• %1.%2 : %3 → %4 (règle %5)</translation>
    </message>
    <message numerus="yes">
        <source>The rules give %n target column(s) another type than the target table has:</source>
        <translation>
            <numerusform>Les règles donnent à %n colonne cible un autre type que celui de la table cible :</numerusform>
            <numerusform>Les règles donnent à %n colonnes cibles un autre type que celui de la table cible :</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the target table&apos;s columns and re-apply the rows? The rows already in the table are converted by the target; if one does not convert nothing changes.</source>
        <translation>Changer les colonnes de la table cible et réappliquer les lignes ? Les lignes déjà dans la table sont converties par la cible ; si l&apos;une ne se convertit pas, rien ne change.</translation>
    </message>
    <message>
        <source>Change Target Columns</source>
        <translation>Changer les colonnes cibles</translation>
    </message>
</context>
<context>
    <name>ferry::LogView</name>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Informations et plus graves</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>Tous les composants</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>Garder la ligne la plus récente visible</translation>
    </message>
    <message>
        <source>&amp;Copy Lines</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <source>Copy the selected log lines</source>
        <translation>Copier les lignes de journal sélectionnées</translation>
    </message>
    <message>
        <source>Select a line to read its whole message here.</source>
        <translation>Sélectionnez une ligne pour lire ici son message complet.</translation>
    </message>
</context>
<context>
    <name>ferry::MainWindow</name>
    <message>
        <source>Table statistics</source>
        <translation>Statistiques de table</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>No task running</source>
        <translation>Aucune tâche en cours</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>&amp;Ouvrir un projet...</translation>
    </message>
    <message>
        <source>Open a Ferry project file</source>
        <translation>Ouvrir un fichier de projet Ferry</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the project file</source>
        <translation>Enregistrer le fichier de projet</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Enregistrer &amp;sous...</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Enregistrer le projet sous un nouveau nom</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>Close the project and show the welcome page</source>
        <translation>Fermer le projet et afficher la page d&apos;accueil</translation>
    </message>
    <message>
        <source>Run sa&amp;mple migration</source>
        <translation>Lancer la migration d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>Generate the sports-ticketing sample (1,000,000 tickets) and migrate it into an SQLite copy, with live statistics</source>
        <translation>Générer l&apos;exemple de billetterie sportive (1&#xa0;000&#xa0;000 de billets) et le migrer vers une copie SQLite, avec des statistiques en direct</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Ferry Workbench</source>
        <translation>Fermer Ferry Workbench</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences...</translation>
    </message>
    <message>
        <source>Language and colours</source>
        <translation>Langue et couleurs</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Continue the selected task&apos;s last run where it stopped</source>
        <translation>Poursuivre la dernière exécution de la tâche sélectionnée là où elle s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the running task; it can be resumed (Shift+F5)</source>
        <translation>Arrêter la tâche en cours&#xa0;; elle pourra être reprise (Maj+F5)</translation>
    </message>
    <message>
        <source>Re&amp;fresh Catalogs</source>
        <translation>Actualiser les &amp;catalogues</translation>
    </message>
    <message>
        <source>Read the source and target catalogs again</source>
        <translation>Relire les catalogues de la source et de la cible</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>À &amp;propos de Ferry</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>The sample could not be written: %1</source>
        <translation>L&apos;exemple n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped; run it again to resume.</source>
        <translation>Arrêtée&#xa0;; relancez-la pour reprendre.</translation>
    </message>
    <message>
        <source>The sample project could not be written: %1</source>
        <translation>Le projet d&apos;exemple n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sample project ready: press Run (F5) to migrate it.</source>
        <translation>Projet d&apos;exemple prêt&#xa0;: appuyez sur Exécuter (F5) pour le migrer.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>%1 n&apos;a pas pu être ouvert.

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Ferry projects (*.yaml *.yml);;All files (*)</source>
        <translation>Projets Ferry (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Run Task</source>
        <translation>Exécuter la tâche</translation>
    </message>
    <message>
        <source>%1: connecting...</source>
        <translation>%1&#xa0;: connexion...</translation>
    </message>
    <message>
        <source>Not started: no password for %1.</source>
        <translation>Non démarrée&#xa0;: aucun mot de passe pour %1.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password for endpoint %1 (kept for this session only):</source>
        <translation>Mot de passe du point de terminaison %1 (conservé pour cette session uniquement)&#xa0;:</translation>
    </message>
    <message>
        <source>%1: starting</source>
        <translation>%1&#xa0;: démarrage</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The project %1 has changes that are not saved. Save them first?</source>
        <translation>Le projet %1 comporte des modifications non enregistrées. Voulez-vous d&apos;abord les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Ferry projects (*.ferry.yaml *.yaml)</source>
        <translation>Projets Ferry (*.ferry.yaml *.yaml)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Ferry Workbench</source>
        <translation>Ferry Workbench</translation>
    </message>
    <message>
        <source>%1[*] - Ferry Workbench</source>
        <translation>%1[*] - Ferry Workbench</translation>
    </message>
    <message>
        <source>About Ferry</source>
        <translation>À propos de Ferry</translation>
    </message>
    <message>
        <source>Ferry Workbench %1

A database migration workbench: PostgreSQL, MySQL/MariaDB, SQLite and ODBC sources; full load with live statistics.</source>
        <translation>Ferry Workbench %1

Un atelier de migration de bases de données&#xa0;: sources PostgreSQL, MySQL/MariaDB, SQLite et ODBC&#xa0;; chargement complet avec statistiques en direct.</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>&amp;Nouveau projet...</translation>
    </message>
    <message>
        <source>Create a project: source and target endpoints, tables to copy</source>
        <translation>Créer un projet&#xa0;: points de terminaison source et cible, tables à copier</translation>
    </message>
    <message>
        <source>New &amp;Endpoint...</source>
        <translation>Nouveau point de &amp;terminaison...</translation>
    </message>
    <message>
        <source>Add a database endpoint to the project</source>
        <translation>Ajouter un point de terminaison de base de données au projet</translation>
    </message>
    <message>
        <source>Edit &amp;Mapping...</source>
        <translation>Modifier le &amp;mappage...</translation>
    </message>
    <message>
        <source>Choose the tables of the selected task and how they are renamed or changed</source>
        <translation>Choisir les tables de la tâche sélectionnée et la façon dont elles sont renommées ou modifiées</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>Reload Table</source>
        <translation>Recharger la table</translation>
    </message>
    <message>
        <source>Load %1.%2 again from the source? Its rows in the target are replaced; the other tables of task %3 stay as they are.</source>
        <translation>Recharger %1.%2 depuis la source ? Ses lignes dans la cible sont remplacées ; les autres tables de la tâche %3 restent inchangées.</translation>
    </message>
    <message>
        <source>Run the selected task; when it ran before, asks whether to resume it or restart it (F5)</source>
        <translation>Exécuter la tâche sélectionnée&#xa0;; si elle a déjà été exécutée, demande s&apos;il faut la reprendre ou la redémarrer (F5)</translation>
    </message>
    <message>
        <source>Restart drops the target tables, creates them again and loads every table from the start (TargetTablePrepMode %1).</source>
        <translation>Redémarrer supprime les tables cibles, les recrée et charge chaque table depuis le début (TargetTablePrepMode %1).</translation>
    </message>
    <message>
        <source>Restart empties the target tables and loads every table from the start (TargetTablePrepMode %1).</source>
        <translation>Redémarrer vide les tables cibles et charge chaque table depuis le début (TargetTablePrepMode %1).</translation>
    </message>
    <message>
        <source>Restart loads every table again into the target tables as they are: the rows already there stay, so rows can be doubled (TargetTablePrepMode %1).</source>
        <translation>Redémarrer charge de nouveau chaque table dans les tables cibles telles qu&apos;elles sont&#xa0;: les lignes déjà présentes restent, des lignes peuvent donc être en double (TargetTablePrepMode %1).</translation>
    </message>
    <message>
        <source>Last run: %1

Resume continues that run: the tables it finished keep their rows. %2</source>
        <translation>Dernière exécution&#xa0;: %1

Reprendre poursuit cette exécution&#xa0;: les tables qu&apos;elle a terminées gardent leurs lignes. %2</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <extracomment>Buttons of the Resume or Restart question; %1 is the prep mode, e.g. DROP_AND_CREATE</extracomment>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Re&amp;start (%1)</source>
        <translation>Re&amp;démarrer (%1)</translation>
    </message>
    <message>
        <source>Resume or Restart</source>
        <translation>Reprendre ou redémarrer</translation>
    </message>
    <message>
        <source>Task %1 ran before on this target. Resume it, or restart it from the beginning?</source>
        <translation>La tâche %1 a déjà été exécutée sur cette cible. La reprendre, ou la redémarrer depuis le début&#xa0;?</translation>
    </message>
    <message>
        <source>%1: not started.</source>
        <translation>%1&#xa0;: non démarrée.</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Dernière exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>The last run of %1 could not be read: %2</source>
        <translation>La dernière exécution de %1 n&apos;a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>Task %1 failed: %2</source>
        <translation>La tâche %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The catalog of %1 could not be read: %2</source>
        <translation>Le catalogue de %1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1 not started: %2</source>
        <translation>%1 non démarrée : %2</translation>
    </message>
    <message>
        <source>its earlier runs could not be read from the target&apos;s control tables</source>
        <translation>ses exécutions précédentes n&apos;ont pas pu être lues dans les tables de contrôle de la cible</translation>
    </message>
    <message>
        <source>%1 not started: %2: %3</source>
        <translation>%1 non démarrée : %2 : %3</translation>
    </message>
    <message>
        <source>its target tables could not be checked</source>
        <translation>ses tables cibles n&apos;ont pas pu être vérifiées</translation>
    </message>
    <message>
        <source>A run drops these tables and creates them again (TargetTablePrepMode %1).</source>
        <translation>Une exécution supprime ces tables et les recrée (TargetTablePrepMode %1).</translation>
    </message>
    <message>
        <source>A run empties these tables before loading them (TargetTablePrepMode %1).</source>
        <translation>Une exécution vide ces tables avant de les charger (TargetTablePrepMode %1).</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace their rows (%1)</source>
        <extracomment>%1: the prep mode, e.g. DROP_AND_CREATE</extracomment>
        <translation>&amp;Remplacer leurs lignes (%1)</translation>
    </message>
    <message>
        <source>Replace existing rows</source>
        <translation>Remplacer les lignes existantes</translation>
    </message>
    <message numerus="yes">
        <source>Task %1 has not run on this target, but %n of its target tables already hold rows.</source>
        <translation>
            <numerusform>La tâche %1 n&apos;a pas encore été exécutée sur cette cible, mais %n de ses tables cibles contient déjà des lignes.</numerusform>
            <numerusform>La tâche %1 n&apos;a pas encore été exécutée sur cette cible, mais %n de ses tables cibles contiennent déjà des lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>%1: %2 - %3, %4 rows/s</source>
        <extracomment>Status bar while a task runs: task, state, &quot;3 of 4 tables loaded&quot;, rows per second</extracomment>
        <translation>%1&#xa0;: %2 - %3, %4 lignes/s</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 - %3, %4 in error, %Ln completed with errors</source>
        <extracomment>Status bar after a run: task, state, &quot;3 of 4 tables loaded&quot;, tables in error; %n: tables loaded whose target rejected rows (or refused an index or key)</extracomment>
        <translation>
            <numerusform>%1&#xa0;: %2 - %3, %4 en erreur, %Ln terminée avec des erreurs</numerusform>
            <numerusform>%1&#xa0;: %2 - %3, %4 en erreur, %Ln terminées avec des erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln table(s) loaded</source>
        <extracomment>Status bar: %1 tables loaded of %Ln tables</extracomment>
        <translation>
            <numerusform>%1 table chargée sur %Ln</numerusform>
            <numerusform>%1 tables chargées sur %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing the sample database (%1 ticket(s))...</source>
        <translation>
            <numerusform>Écriture de la base de données d&apos;exemple (%1 billet)...</numerusform>
            <numerusform>Écriture de la base de données d&apos;exemple (%1 billets)...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample: preparing %1 ticket(s) in %2</source>
        <translation>
            <numerusform>Exemple&#xa0;: préparation de %1 billet dans %2</numerusform>
            <numerusform>Exemple&#xa0;: préparation de %1 billets dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing the connection of %1...</source>
        <translation>Test de la connexion de %1...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: connection succeeded (%2 %3).</source>
        <translation>%1&#xa0;: connexion réussie (%2 %3).</translation>
    </message>
    <message>
        <source>%1 has not run on its target yet: there are no tables to reload.</source>
        <translation>%1 n’a pas encore été exécutée sur sa cible&#xa0;: il n’y a aucune table à recharger.</translation>
    </message>
</context>
<context>
    <name>ferry::MappingDialog</name>
    <message>
        <source>Table Mapping</source>
        <translation>Mappage de tables</translation>
    </message>
    <message>
        <source>Keep the edited mapping</source>
        <translation>Conserver le mappage modifié</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Table Mapping of Task %1</source>
        <extracomment>Window title of the mapping dialog: %1 is the task&apos;s name.</extracomment>
        <translation>Mappage de tables de la tâche %1</translation>
    </message>
    <message>
        <source>Discard Mapping Changes</source>
        <translation>Abandonner les modifications du mappage</translation>
    </message>
    <message>
        <source>Discard the changes to the table mapping?</source>
        <translation>Abandonner les modifications du mappage de tables&#xa0;?</translation>
    </message>
    <message>
        <source>A &quot;Change data type&quot; rule needs its columns and a type</source>
        <translation>Une règle «&#xa0;Changer le type de données&#xa0;» doit nommer ses colonnes et un type</translation>
    </message>
</context>
<context>
    <name>ferry::MappingEditor</name>
    <message>
        <source>Include</source>
        <translation>Inclure</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Include exactly (explicit)</source>
        <extracomment>Selection rule-action &quot;explicit&quot;: exactly the named table, no wildcards.</extracomment>
        <translation>Inclure exactement (explicit)</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Tables and views</source>
        <translation>Tables et vues</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>Schémas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Add a &quot;%1&quot; rule</source>
        <translation>Ajouter une règle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The editor keeps this %1 rule as written; change it in the DMS JSON.</source>
        <translation>L&apos;éditeur conserve cette règle %1 telle qu&apos;elle est écrite&#xa0;; modifiez-la dans le JSON DMS.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Import AWS DMS Table Mapping</source>
        <translation>Importer un mappage de tables AWS DMS</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export AWS DMS Table Mapping</source>
        <translation>Exporter un mappage de tables AWS DMS</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not imported. %1: %2</source>
        <extracomment>Import error: &quot;table-mappings.json:3:14: &lt;what is wrong&gt; &lt;how to fix it&gt;&quot;.</extracomment>
        <translation>Non importé. %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>No source catalog has been read yet.</source>
        <translation>Aucun catalogue source n&apos;a encore été lu.</translation>
    </message>
    <message>
        <source>Imported %1 with warnings:</source>
        <translation>%1 importé avec des avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>Exported the table mapping to %1.</source>
        <translation>Mappage de tables exporté vers %1.</translation>
    </message>
    <message>
        <source>More warnings: %1.</source>
        <translation>Autres avertissements&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Other rules kept as written (table settings and the like): %1.</source>
        <translation>Autres règles conservées telles qu&apos;elles sont écrites (paramètres de table, etc.)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No selection rules: every table of every non-system schema is migrated (the DMS default mapping). Untick tables or add rules to choose.</source>
        <translation>Aucune règle de sélection&#xa0;: toutes les tables de tous les schémas non système sont migrées (le mappage par défaut de DMS). Décochez des tables ou ajoutez des règles pour choisir.</translation>
    </message>
    <message>
        <source>No table is selected: tick the tables to migrate.</source>
        <translation>Aucune table n&apos;est sélectionnée&#xa0;: cochez les tables à migrer.</translation>
    </message>
    <message>
        <source>Tables loaded: %1 of %2</source>
        <translation>Tables chargées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Selection rules: %1, column filters: %2, transformations: %3</source>
        <translation>Règles de sélection&#xa0;: %1, filtres de colonnes&#xa0;: %2, transformations&#xa0;: %3</translation>
    </message>
    <message>
        <source>Checked tables: %1 of %2, about %3 rows, %4</source>
        <translation>Tables cochées&#xa0;: %1 sur %2, environ %3 lignes, %4</translation>
    </message>
    <message>
        <source>(choose a type)</source>
        <extracomment>The data-type choice of a new &quot;Change data type&quot; rule, before one is chosen</extracomment>
        <translation>(choisir un type)</translation>
    </message>
    <message>
        <source>Name the schema, table and column patterns and choose the new data type; until then the mapping cannot be kept.</source>
        <translation>Indiquez les motifs de schéma, de table et de colonne et choisissez le nouveau type de données&#xa0;; d&apos;ici là, le mappage ne peut pas être conservé.</translation>
    </message>
    <message>
        <source>%1 is not a table of the source catalog the mapping can show: it was renamed or dropped on the source.</source>
        <translation>%1 n’est pas une table du catalogue source que le mappage peut afficher : elle a été renommée ou supprimée dans la source.</translation>
    </message>
    <message>
        <source>Table %1 has no column %2 in the mapping any more.</source>
        <translation>La table %1 n’a plus de colonne %2 dans le mappage.</translation>
    </message>
    <message>
        <source>Rule %1 decides column %2 of %3 (%4 on the target). Change the rule, then re-apply the rejected rows with the current rules.</source>
        <translation>La règle %1 détermine la colonne %2 de %3 (%4 dans la cible). Modifiez la règle, puis réappliquez les lignes rejetées avec les règles actuelles.</translation>
    </message>
    <message>
        <source>No rule changes column %1 of %2: it is created as %3 from the source&apos;s type. Add a Change data type rule to give it another type, or fix the rows&apos; values.</source>
        <translation>Aucune règle ne modifie la colonne %1 de %2 : elle est créée en %3 d’après le type de la source. Ajoutez une règle « Changer le type de données » pour lui donner un autre type, ou corrigez les valeurs des lignes.</translation>
    </message>
</context>
<context>
    <name>ferry::MappingPage</name>
    <message>
        <source>Tables to migrate</source>
        <translation>Tables à migrer</translation>
    </message>
    <message>
        <source>Tick the tables to migrate and add rules to rename or change them. Leave everything unticked to migrate every non-system schema.</source>
        <translation>Cochez les tables à migrer et ajoutez des règles pour les renommer ou les modifier. Laissez tout décoché pour migrer tous les schémas non système.</translation>
    </message>
    <message>
        <source>Ferry needs the password of %1 to read its tables:</source>
        <translation>Ferry a besoin du mot de passe de %1 pour lire ses tables&#xa0;:</translation>
    </message>
    <message>
        <source>Type the password, then read the catalog.</source>
        <translation>Saisissez le mot de passe, puis lisez le catalogue.</translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>Lecture des tables de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) read from %1.</source>
        <translation>
            <numerusform>%n table lue depuis %1.</numerusform>
            <numerusform>%n tables lues depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the catalog was cancelled. Without it the task migrates every non-system schema.</source>
        <translation>La lecture du catalogue a été annulée. Sans lui, la tâche migre tous les schémas non système.</translation>
    </message>
    <message>
        <source>Could not read the source&apos;s tables: %1 %2</source>
        <translation>Impossible de lire les tables de la source&#xa0;: %1 %2</translation>
    </message>
</context>
<context>
    <name>ferry::MigrationTypePage</name>
    <message>
        <source>Migration type</source>
        <translation>Type de migration</translation>
    </message>
    <message>
        <source>What the task does when it runs.</source>
        <translation>Ce que fait la tâche lorsqu&apos;elle s&apos;exécute.</translation>
    </message>
</context>
<context>
    <name>ferry::MonitoringView</name>
    <message>
        <source>Last minute</source>
        <extracomment>Monitoring window choice</extracomment>
        <translation>Dernière minute</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>Toute l&apos;exécution</translation>
    </message>
    <message>
        <source>Read from source</source>
        <translation>Lu depuis la source</translation>
    </message>
    <message>
        <source>Written to target</source>
        <translation>Écrit dans la cible</translation>
    </message>
    <message>
        <source>Rows per second</source>
        <translation>Lignes par seconde</translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>lignes/s</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 lignes/s</translation>
    </message>
    <message>
        <source>Kilobytes per second</source>
        <translation>Kilo-octets par seconde</translation>
    </message>
    <message>
        <source>KB/s</source>
        <translation>Ko/s</translation>
    </message>
    <message>
        <source>%1 KB/s</source>
        <translation>%1 Ko/s</translation>
    </message>
    <message>
        <source>Rows per second for one table</source>
        <translation>Lignes par seconde pour une table</translation>
    </message>
    <message>
        <source>CDC latency</source>
        <extracomment>Chart title: latency of change data capture</extracomment>
        <translation>Latence CDC</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Source latency</source>
        <translation>Latence source</translation>
    </message>
    <message>
        <source>Target latency</source>
        <translation>Latence cible</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Rows per second: %1</source>
        <extracomment>Chart title; %1 is a table name such as main.ticket</extracomment>
        <translation>Lignes par seconde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a table in Table statistics to chart its rows per second here.</source>
        <translation>Sélectionnez une table dans Statistiques de table pour afficher ici ses lignes par seconde.</translation>
    </message>
    <message>
        <source>Collecting rows per second for %1…</source>
        <translation>Collecte des lignes par seconde pour %1…</translation>
    </message>
    <message>
        <source>Paused at %1; still collecting (now at %2).</source>
        <translation>En pause à %1&#xa0;; la collecte continue (actuellement à %2).</translation>
    </message>
    <message>
        <source>Now: %1 rows/s read, %2 rows/s written</source>
        <translation>Actuellement&#xa0;: %1 lignes/s lues, %2 lignes/s écrites</translation>
    </message>
    <message>
        <source>Export Charts as PNG</source>
        <translation>Exporter les graphiques en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>The charts could not be saved to %1: %2</source>
        <translation>Les graphiques n&apos;ont pas pu être enregistrés dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export Throughput as CSV</source>
        <translation>Exporter le débit en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The series could not be saved to %1: %2</source>
        <translation>Les séries n&apos;ont pas pu être enregistrées dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Ended: on average %1 rows/s read, %2 rows/s written over %3</source>
        <extracomment>After the task: %1 and %2 are rows per second over the whole run, %3 its duration</extracomment>
        <translation>Terminée : en moyenne %1 lignes/s lues, %2 lignes/s écrites en %3</translation>
    </message>
</context>
<context>
    <name>ferry::OdbcPage</name>
    <message>
        <source>Data source</source>
        <translation>Source de données</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Scope</source>
        <extracomment>user or system data source</extracomment>
        <translation>Portée</translation>
    </message>
    <message>
        <source>ODBC data source</source>
        <translation>Source de données ODBC</translation>
    </message>
    <message>
        <source>The data sources below come from the ODBC driver manager (odbc.ini).</source>
        <translation>Les sources de données ci-dessous proviennent du gestionnaire de pilotes ODBC (odbc.ini).</translation>
    </message>
    <message>
        <source>Reading the data sources from the ODBC driver manager…</source>
        <translation>Lecture des sources de données depuis le gestionnaire de pilotes ODBC…</translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>scope of an ODBC data source: defined for this user (~/.odbc.ini)</extracomment>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>scope of an ODBC data source: defined for every user (odbc.ini)</extracomment>
        <translation>Système</translation>
    </message>
    <message>
        <source>The ODBC driver manager knows no data source. Add one to odbc.ini (for example with odbcinst -i -s), then refresh.</source>
        <translation>Le gestionnaire de pilotes ODBC ne connaît aucune source de données. Ajoutez-en une dans odbc.ini (par exemple avec odbcinst -i -s), puis actualisez.</translation>
    </message>
    <message numerus="yes">
        <source>%n data source(s) found.</source>
        <translation>
            <numerusform>%n source de données trouvée.</numerusform>
            <numerusform>%n sources de données trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>This endpoint connects through the driver %1 with its own connection options, which are kept. Choose a data source only to use it instead.</source>
        <translation>Ce point de terminaison se connecte par le pilote %1 avec ses propres options de connexion, qui sont conservées. Ne choisissez une source de données que pour l’utiliser à la place.</translation>
    </message>
</context>
<context>
    <name>ferry::PasswordField</name>
    <message>
        <source>No system keyring is available, so Ferry cannot remember this password: it will ask for it each time it connects. The password is never written to the project file.</source>
        <translation>Aucun trousseau système n&apos;est disponible, Ferry ne peut donc pas retenir ce mot de passe : il le demandera à chaque connexion. Le mot de passe n&apos;est jamais écrit dans le fichier de projet.</translation>
    </message>
    <message>
        <source>unchanged: leave empty to keep it</source>
        <extracomment>placeholder of the password field when an endpoint is edited</extracomment>
        <translation>inchangé&#xa0;: laisser vide pour le conserver</translation>
    </message>
</context>
<context>
    <name>ferry::PreferencesDialog</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies when Ferry starts again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Ferry.</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ferry::ProjectDocument</name>
    <message>
        <source>The project has no file yet.</source>
        <translation>Le projet n&apos;a pas encore de fichier.</translation>
    </message>
    <message>
        <source>Use File &gt; Save As to choose one.</source>
        <translation>Utilisez Fichier &gt; Enregistrer sous pour en choisir un.</translation>
    </message>
    <message>
        <source>Add endpoint %1</source>
        <translation>Ajouter le point de terminaison %1</translation>
    </message>
    <message>
        <source>Edit endpoint %1</source>
        <translation>Modifier le point de terminaison %1</translation>
    </message>
    <message>
        <source>Remove endpoint %1</source>
        <translation>Supprimer le point de terminaison %1</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>Ajouter la tâche %1</translation>
    </message>
    <message>
        <source>Remove task %1</source>
        <translation>Supprimer la tâche %1</translation>
    </message>
    <message>
        <source>Edit mapping of task %1</source>
        <translation>Modifier le mappage de la tâche %1</translation>
    </message>
</context>
<context>
    <name>ferry::ProjectLocationPage</name>
    <message>
        <source>Name and location</source>
        <translation>Nom et emplacement</translation>
    </message>
    <message>
        <source>A project is one YAML file: its endpoints, table mappings and tasks.</source>
        <translation>Un projet est un unique fichier YAML&#xa0;: ses points de terminaison, ses mappages de tables et ses tâches.</translation>
    </message>
    <message>
        <source>Choose the project folder</source>
        <translation>Choisir le dossier du projet</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Choisissez un dossier.</translation>
    </message>
    <message>
        <source>A file named %1 already exists in this folder. Finishing the wizard replaces it.</source>
        <translation>Un fichier nommé %1 existe déjà dans ce dossier. Il sera remplacé à la fin de l&apos;assistant.</translation>
    </message>
    <message>
        <source>The folder does not exist yet; Ferry creates it when it saves the project.</source>
        <translation>Le dossier n&apos;existe pas encore&#xa0;; Ferry le créera en enregistrant le projet.</translation>
    </message>
    <message>
        <source>Replace the project file?</source>
        <translation>Remplacer le fichier de projet&#xa0;?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new project?</source>
        <translation>%1 existe déjà. Le remplacer par le nouveau projet&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ferry::ProjectTreeMenu</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Supprimer...</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <source>Edit &amp;Mapping...</source>
        <translation>Modifier le &amp;mappage...</translation>
    </message>
    <message>
        <source>Delete Endpoint</source>
        <translation>Supprimer le point de terminaison</translation>
    </message>
    <message>
        <source>Delete endpoint %1 from the project?</source>
        <translation>Supprimer le point de terminaison %1 du projet&#xa0;?</translation>
    </message>
    <message>
        <source>The database itself is not touched. Edit &gt; Undo brings the endpoint back.</source>
        <translation>La base de données elle-même n&apos;est pas modifiée. Édition &gt; Annuler rétablit le point de terminaison.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete Task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Delete task %1 from the project?</source>
        <translation>Supprimer la tâche %1 du projet&#xa0;?</translation>
    </message>
    <message>
        <source>Its tables and control tables on the target stay as they are. Edit &gt; Undo brings the task back.</source>
        <translation>Ses tables et tables de contrôle sur la cible restent telles quelles. Édition &gt; Annuler rétablit la tâche.</translation>
    </message>
    <message numerus="yes">
        <source>Endpoint %1 is used by %n task(s): %2. Delete them or choose other endpoints for them first.</source>
        <translation>
            <numerusform>Le point de terminaison %1 est utilisé par %n tâche&#xa0;: %2. Supprimez-la ou choisissez-lui d&apos;abord d&apos;autres points de terminaison.</numerusform>
            <numerusform>Le point de terminaison %1 est utilisé par %n tâches&#xa0;: %2. Supprimez-les ou choisissez-leur d&apos;abord d&apos;autres points de terminaison.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>Change the endpoint&apos;s name, engine and connection settings</source>
        <translation>Modifier le nom, le moteur et les paramètres de connexion du point de terminaison</translation>
    </message>
    <message>
        <source>Re&amp;load Tables...</source>
        <translation>Re&amp;charger des tables...</translation>
    </message>
    <message>
        <source>Choose tables of the task&apos;s last run to load again from the source; the other tables stay as they are</source>
        <translation>Choisir des tables de la dernière exécution à recharger depuis la source&#xa0;; les autres tables restent inchangées</translation>
    </message>
</context>
<context>
    <name>ferry::ProjectTreeModel</name>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 rows</source>
        <translation>environ %1 lignes</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Source catalog</source>
        <translation>Catalogue source</translation>
    </message>
    <message>
        <source>Target catalog</source>
        <translation>Catalogue cible</translation>
    </message>
    <message>
        <source>Source catalog: %1 (reading...)</source>
        <translation>Catalogue source&#xa0;: %1 (lecture...)</translation>
    </message>
    <message>
        <source>Target catalog: %1 (reading...)</source>
        <translation>Catalogue cible&#xa0;: %1 (lecture...)</translation>
    </message>
    <message>
        <source>Source catalog: %1</source>
        <translation>Catalogue source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Target catalog: %1</source>
        <translation>Catalogue cible&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 lignes)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3)</source>
        <translation>%1 -&gt; %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message>
        <source>(no tables)</source>
        <translation>(aucune table)</translation>
    </message>
    <message>
        <source>Could not read the catalog: %1</source>
        <translation>Impossible de lire le catalogue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ferry::ProjectWizard</name>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
</context>
<context>
    <name>ferry::ReloadTablesDialog</name>
    <message>
        <source>Source table</source>
        <translation>Table source</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>Table cible</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reload Tables of %1</source>
        <translation>Recharger des tables de %1</translation>
    </message>
    <message>
        <source>Check the tables to load again from the source. Task %1 resumes: the rows of the checked tables in the target are replaced; its other tables stay as they are.</source>
        <translation>Cochez les tables à recharger depuis la source. La tâche %1 reprend&#xa0;: les lignes des tables cochées sont remplacées dans la cible&#xa0;; ses autres tables restent inchangées.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 checked</source>
        <extracomment>%n: the number of checked tables, of %1 listed</extracomment>
        <translation>
            <numerusform>%n sur %1 cochée</numerusform>
            <numerusform>%n sur %1 cochées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reload %n Table(s)</source>
        <translation>
            <numerusform>&amp;Recharger %n table</numerusform>
            <numerusform>&amp;Recharger %n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ServerPage</name>
    <message>
        <source>MySQL or MariaDB server</source>
        <translation>Serveur MySQL ou MariaDB</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Where the source server runs and how Ferry logs in.</source>
        <translation>Où s&apos;exécute le serveur source et comment Ferry s&apos;y connecte.</translation>
    </message>
    <message>
        <source>Where the target server runs and how Ferry logs in.</source>
        <translation>Où s&apos;exécute le serveur cible et comment Ferry s&apos;y connecte.</translation>
    </message>
    <message>
        <source>none: all databases the user can see</source>
        <translation>aucune&#xa0;: toutes les bases de données visibles par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>the user&apos;s name</source>
        <translation>le nom de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>DISABLED: never use TLS</source>
        <translation>DISABLED&#xa0;: ne jamais utiliser TLS</translation>
    </message>
    <message>
        <source>PREFERRED (default): use TLS when the server offers it</source>
        <translation>PREFERRED (par défaut)&#xa0;: utiliser TLS si le serveur le propose</translation>
    </message>
    <message>
        <source>REQUIRED: always encrypt, do not check the certificate</source>
        <translation>REQUIRED&#xa0;: toujours chiffrer, sans vérifier le certificat</translation>
    </message>
    <message>
        <source>VERIFY_CA: encrypt and check the certificate&apos;s CA</source>
        <translation>VERIFY_CA&#xa0;: chiffrer et vérifier l&apos;AC du certificat</translation>
    </message>
    <message>
        <source>VERIFY_IDENTITY: encrypt, check the CA and the host name</source>
        <translation>VERIFY_IDENTITY&#xa0;: chiffrer, vérifier l&apos;AC et le nom d&apos;hôte</translation>
    </message>
    <message>
        <source>disable: never use TLS</source>
        <translation>disable&#xa0;: ne jamais utiliser TLS</translation>
    </message>
    <message>
        <source>allow: use TLS only when the server insists</source>
        <translation>allow&#xa0;: n&apos;utiliser TLS que si le serveur l&apos;exige</translation>
    </message>
    <message>
        <source>prefer (default): use TLS when the server offers it</source>
        <translation>prefer (par défaut)&#xa0;: utiliser TLS si le serveur le propose</translation>
    </message>
    <message>
        <source>require: always encrypt, do not check the certificate</source>
        <translation>require&#xa0;: toujours chiffrer, sans vérifier le certificat</translation>
    </message>
    <message>
        <source>verify-ca: encrypt and check the certificate&apos;s CA</source>
        <translation>verify-ca&#xa0;: chiffrer et vérifier l&apos;AC du certificat</translation>
    </message>
    <message>
        <source>verify-full: encrypt, check the CA and the host name</source>
        <translation>verify-full&#xa0;: chiffrer, vérifier l&apos;AC et le nom d&apos;hôte</translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs</source>
        <translation>les AC de confiance du système</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>Choisir le certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ferry::SqlitePage</name>
    <message>
        <source>SQLite database file</source>
        <translation>Fichier de base de données SQLite</translation>
    </message>
    <message>
        <source>The file Ferry writes the migrated tables to.</source>
        <translation>Le fichier dans lequel Ferry écrit les tables migrées.</translation>
    </message>
    <message>
        <source>The file Ferry reads the tables from. It is opened read-only.</source>
        <translation>Le fichier dans lequel Ferry lit les tables. Il est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases de données SQLite (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the target database file</source>
        <translation>Choisir le fichier de base de données cible</translation>
    </message>
    <message>
        <source>Choose the source database file</source>
        <translation>Choisir le fichier de base de données source</translation>
    </message>
    <message>
        <source>This is a folder: name the database file itself.</source>
        <translation>Ceci est un dossier&#xa0;: indiquez le fichier de base de données lui-même.</translation>
    </message>
    <message>
        <source>The file exists.</source>
        <translation>Le fichier existe.</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>Aucun fichier à cet emplacement.</translation>
    </message>
    <message>
        <source>The file does not exist yet: testing the connection creates an empty database there.</source>
        <translation>Le fichier n&apos;existe pas encore&#xa0;: le test de connexion y créera une base de données vide.</translation>
    </message>
    <message>
        <source>The file does not exist yet, and the box below is not ticked.</source>
        <translation>Le fichier n&apos;existe pas encore, et la case ci-dessous n&apos;est pas cochée.</translation>
    </message>
    <message>
        <source>Could not create the database file %1: %2</source>
        <translation>Impossible de créer le fichier de base de données %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ferry::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Finish writes this project file. No password is written to it.</source>
        <translation>Le bouton Terminer écrit ce fichier de projet. Aucun mot de passe n&apos;y est écrit.</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Password: %4.</source>
        <translation>%1 (%2)&#xa0;: %3. Mot de passe&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1: full load</source>
        <translation>%1&#xa0;: chargement complet</translation>
    </message>
    <message>
        <source>%1: full load and ongoing replication</source>
        <translation>%1&#xa0;: chargement complet et réplication continue</translation>
    </message>
    <message>
        <source>%1: changes only</source>
        <translation>%1&#xa0;: modifications uniquement</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping rule(s), named %1.</source>
        <translation>
            <numerusform>Mappage %1&#xa0;: %n règle.</numerusform>
            <numerusform>Mappage %1&#xa0;: %n règles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The default mapping: every table of every non-system schema.</source>
        <translation>Le mappage par défaut&#xa0;: toutes les tables de tous les schémas non système.</translation>
    </message>
    <message>
        <source>Could not write the project file: %1 %2</source>
        <translation>Impossible d&apos;écrire le fichier de projet&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>%1: a target table that already exists is dropped and created again when the task runs from the start.</source>
        <translation>%1&#xa0;: une table cible qui existe déjà est supprimée puis recréée quand la tâche est exécutée depuis le début.</translation>
    </message>
    <message>
        <source>%1: a target table that already exists is kept and emptied before it is loaded.</source>
        <translation>%1&#xa0;: une table cible qui existe déjà est conservée et vidée avant d&apos;être chargée.</translation>
    </message>
    <message>
        <source>%1: a target table that already exists is kept with its rows; the loaded rows are added to them.</source>
        <translation>%1&#xa0;: une table cible qui existe déjà est conservée avec ses lignes&#xa0;; les lignes chargées s&apos;y ajoutent.</translation>
    </message>
</context>
<context>
    <name>ferry::TableStatisticsView</name>
    <message>
        <source>Table statistics (0)</source>
        <translation>Statistiques de table (0)</translation>
    </message>
    <message>
        <source>Find table</source>
        <translation>Rechercher une table</translation>
    </message>
    <message>
        <source>Table statistics (%1)</source>
        <translation>Statistiques de table (%1)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <source>Show &amp;Exceptions for %1</source>
        <translation>Afficher les &amp;exceptions de %1</translation>
    </message>
    <message>
        <source>%1; about %2 left</source>
        <translation>%1 ; environ %2 restant</translation>
    </message>
    <message>
        <source>&amp;Reload Table %1</source>
        <translation>&amp;Recharger la table %1</translation>
    </message>
    <message>
        <source>Load this table again from the source; the other tables stay</source>
        <translation>Recharger cette table depuis la source ; les autres tables restent inchangées</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln table(s) loaded</source>
        <extracomment>Totals line: %1 tables loaded of %Ln tables</extracomment>
        <translation>
            <numerusform>%1 table chargée sur %Ln</numerusform>
            <numerusform>%1 tables chargées sur %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 full-load row(s)</source>
        <translation>
            <numerusform>%1 ligne de chargement complet</numerusform>
            <numerusform>%1 lignes de chargement complet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 error row(s)</source>
        <translation>
            <numerusform>%1 ligne en erreur</numerusform>
            <numerusform>%1 lignes en erreur</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1, %2, %3</source>
        <extracomment>Totals line: the parts above, e.g. &quot;Total: 3 of 4 tables loaded, 1,000 full-load rows, 2 error rows&quot;</extracomment>
        <translation>Total&#xa0;: %1, %2, %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 truncated LOB value(s)</source>
        <translation>
            <numerusform>%1 valeur LOB tronquée</numerusform>
            <numerusform>%1 valeurs LOB tronquées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ThroughputChart</name>
    <message>
        <source>Elapsed time (%1)</source>
        <extracomment>Time axis title; %1 is the clock format, &quot;m:ss&quot; or &quot;h:mm:ss&quot;</extracomment>
        <translation>Temps écoulé (%1)</translation>
    </message>
    <message>
        <source>h:mm:ss</source>
        <translation>h:mm:ss</translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation>m:ss</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>%1 elapsed, at %2</source>
        <extracomment>Callout header: %1 elapsed time (m:ss), %2 wall-clock time</extracomment>
        <translation>%1 écoulé, à %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Callout line: %1 series name (&quot;Read from source&quot;), %2 value with unit</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ferry::WelcomePage</name>
    <message>
        <source>Welcome to Ferry</source>
        <translation>Bienvenue dans Ferry</translation>
    </message>
    <message>
        <source>Ferry copies databases between PostgreSQL, MySQL/MariaDB, SQLite and ODBC sources, shows every table&apos;s progress live and keeps the rows it could not load with the reason.</source>
        <translation>Ferry copie des bases de données entre des sources PostgreSQL, MySQL/MariaDB, SQLite et ODBC, affiche en direct la progression de chaque table et conserve, avec leur motif, les lignes qu&apos;il n&apos;a pas pu charger.</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>Ouvrir le projet d&apos;exemple</translation>
    </message>
    <message>
        <source>Generate Ferry&apos;s sports-ticketing sample (SQLite, 1,000,000 tickets) and open a project that copies it into a new SQLite database; then press Run.</source>
        <translation>Générer l&apos;exemple de billetterie sportive de Ferry (SQLite, 1&#xa0;000&#xa0;000 de billets) et ouvrir un projet qui le copie dans une nouvelle base de données SQLite&#xa0;; appuyez ensuite sur Exécuter.</translation>
    </message>
    <message>
        <source>New to Ferry? The sample runs a complete migration on this computer, with nothing to set up.</source>
        <translation>Vous découvrez Ferry&#xa0;? L&apos;exemple exécute une migration complète sur cet ordinateur, sans rien à configurer.</translation>
    </message>
    <message>
        <source>New project...</source>
        <translation>Nouveau projet...</translation>
    </message>
    <message>
        <source>Create a project: a source, a target and the tables to copy</source>
        <translation>Créer un projet&#xa0;: une source, une cible et les tables à copier</translation>
    </message>
    <message>
        <source>Open project...</source>
        <translation>Ouvrir un projet...</translation>
    </message>
    <message>
        <source>Open a Ferry project file</source>
        <translation>Ouvrir un fichier de projet Ferry</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Aucun projet récent pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>ferry::WorkbenchError</name>
    <message>
        <source>Enter the password again when asked. If the user name is wrong, edit the endpoint in the Project tree.</source>
        <translation>Saisissez à nouveau le mot de passe lorsqu&apos;il est demandé. Si le nom d&apos;utilisateur est incorrect, modifiez le point de terminaison dans l&apos;arborescence du projet.</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s settings and its password: edit the endpoint in the Project tree.</source>
        <translation>Vérifiez les paramètres du point de terminaison et son mot de passe : modifiez le point de terminaison dans l&apos;arborescence du projet.</translation>
    </message>
</context>
<context>
    <name>ferry::models::CatalogTreeModel</name>
    <message>
        <source>%1 : %2</source>
        <extracomment>A column in the catalog tree: its name and its type.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Schema %1: %2 of %n table(s) selected</source>
        <translation>
            <numerusform>Schéma %1&#xa0;: %2 sur %n table sélectionnée</numerusform>
            <numerusform>Schéma %1&#xa0;: %2 sur %n tables sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%1.%2: about %3 rows, %4, %n column(s)</source>
        <translation>
            <numerusform>%1.%2&#xa0;: environ %3 lignes, %4, %n colonne</numerusform>
            <numerusform>%1.%2&#xa0;: environ %3 lignes, %4, %n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1, %2, nullable</source>
        <translation>Colonne %1, %2, NULL autorisé</translation>
    </message>
    <message>
        <source>Column %1, %2, not null</source>
        <translation>Colonne %1, %2, non NULL</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Catalog tree header: schema, table or column name.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Schemas, tables and their columns</source>
        <translation>Schémas, tables et leurs colonnes</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Estimated row count, from the source&apos;s statistics</source>
        <translation>Nombre de lignes estimé, d&apos;après les statistiques de la source</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Catalog tree header: the table&apos;s size on disk.</extracomment>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Table size on the source</source>
        <translation>Taille de la table sur la source</translation>
    </message>
</context>
<context>
    <name>ferry::models::ExceptionsModel</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A rejected row&apos;s reason: %1 the sentence, %2 the database&apos;s own message</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The source table of the rejected row, and where it was to go</source>
        <translation>La table source de la ligne rejetée, et sa destination prévue</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>The slice of the table the row was loaded with</source>
        <extracomment>Column header: the slice (part of a table loaded in one transaction)</extracomment>
        <translation>La tranche de la table avec laquelle la ligne a été chargée</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>The column whose value the target refused, when it said which</source>
        <translation>La colonne dont la cible a refusé la valeur, lorsqu&apos;elle l&apos;a indiquée</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Why the target refused the row</source>
        <translation>Pourquoi la cible a refusé la ligne</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Unsaved fixes, or the outcome of the last re-apply</source>
        <extracomment>Column header: state of a rejected row (edited, re-applied, rejected again)</extracomment>
        <translation>Corrections non enregistrées, ou résultat de la dernière réapplication</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Edited</source>
        <extracomment>State of a rejected row: the user changed values that are not re-applied yet</extracomment>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Re-applied</source>
        <translation>Réappliquée</translation>
    </message>
    <message>
        <source>Rejected again</source>
        <translation>De nouveau rejetée</translation>
    </message>
    <message>
        <source>Not re-applied</source>
        <translation>Non réappliquée</translation>
    </message>
    <message>
        <source>No longer in the exceptions table</source>
        <translation>Ne figure plus dans la table exceptions</translation>
    </message>
    <message>
        <source>%1 into %2</source>
        <translation>%1 vers %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Edited: the new values are not re-applied yet.</source>
        <translation>Modifiée&#xa0;: les nouvelles valeurs ne sont pas encore réappliquées.</translation>
    </message>
</context>
<context>
    <name>ferry::models::LogModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ferry::models::MappingPreviewModel</name>
    <message>
        <source>%1: %2 %3</source>
        <extracomment>The engine rejected the mapping: where (e.g. &quot;rule 3&quot;), what, how to fix it.</extracomment>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>Not selected</source>
        <extracomment>Preview: the table is not migrated.</extracomment>
        <translation>Non sélectionnée</translation>
    </message>
    <message>
        <source>No selection rule selects %1, or an exclude rule excludes it.</source>
        <translation>Aucune règle de sélection ne sélectionne %1, ou une règle d&apos;exclusion l&apos;exclut.</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <extracomment>Preview: which selection rule selects the table.</extracomment>
        <translation>Règle %1</translation>
    </message>
    <message>
        <source>load order %1</source>
        <translation>ordre de chargement %1</translation>
    </message>
    <message>
        <source>%1 is loaded into %2.</source>
        <translation>%1 est chargée dans %2.</translation>
    </message>
    <message>
        <source>Removed</source>
        <extracomment>Preview: a column a remove-column (or include-column) rule drops.</extracomment>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>A rule removes column %1 from the target.</source>
        <translation>Une règle supprime la colonne %1 de la cible.</translation>
    </message>
    <message>
        <source>Renamed, type changed</source>
        <translation>Renommée, type modifié</translation>
    </message>
    <message>
        <source>Renamed, type changed (rule %1)</source>
        <translation>Renommée, type modifié (règle %1)</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renommée</translation>
    </message>
    <message>
        <source>Renamed (rule %1)</source>
        <translation>Renommée (règle %1)</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>Type modifié</translation>
    </message>
    <message>
        <source>Type changed (rule %1)</source>
        <translation>Type modifié (règle %1)</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3 %4</source>
        <translation>%1 %2 -&gt; %3 %4</translation>
    </message>
    <message>
        <source>Added (rule %1)</source>
        <translation>Ajoutée (règle %1)</translation>
    </message>
    <message>
        <source>Added (rule %1): %2</source>
        <translation>Ajoutée (règle %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Mapping preview header: the source table or column.</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Type source</translation>
    </message>
    <message>
        <source>Target</source>
        <extracomment>Mapping preview header: the target table or column.</extracomment>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Type cible</translation>
    </message>
    <message>
        <source>Rules</source>
        <extracomment>Mapping preview header: what the rules do to the object.</extracomment>
        <translation>Règles</translation>
    </message>
    <message>
        <source>source filters: %1</source>
        <extracomment>Preview: how many source filters choose the table&apos;s rows.</extracomment>
        <translation>filtres source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shortened to the target&apos;s name limit</source>
        <extracomment>Preview: a name cut to the target&apos;s identifier limit, with a hash suffix.</extracomment>
        <translation>Raccourci à la longueur de nom de la cible</translation>
    </message>
    <message>
        <source>Renamed: another foreign key in the target schema has this name</source>
        <extracomment>Preview: a foreign key renamed because its name is taken on the target.</extracomment>
        <translation>Renommé : une autre clé étrangère du schéma cible porte ce nom</translation>
    </message>
    <message>
        <source>Renamed: another table, index or key in the target has this name</source>
        <extracomment>Preview: an index or key renamed because its name is taken on the target.</extracomment>
        <translation>Renommé : une autre table, un autre index ou une autre clé de la cible porte ce nom</translation>
    </message>
    <message>
        <source>%1 %2 is created as %3.</source>
        <translation>%1 %2 est créé sous le nom %3.</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>clé primaire</translation>
    </message>
    <message>
        <source>unique key</source>
        <translation>clé unique</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>foreign key</source>
        <translation>clé étrangère</translation>
    </message>
</context>
<context>
    <name>ferry::models::RowImageModel</name>
    <message>
        <source>Target column</source>
        <translation>Colonne cible</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>The value the target refused (as stored with the rejected row)</source>
        <translation>La valeur refusée par la cible (telle que conservée avec la ligne rejetée)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>The value to write instead: double-click to edit</source>
        <translation>La valeur à écrire à la place&#xa0;: double-cliquez pour la modifier</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Write NULL (no value) instead</source>
        <extracomment>Column header: a checkbox that writes SQL NULL instead of a value</extracomment>
        <translation>Écrire NULL (aucune valeur) à la place</translation>
    </message>
    <message>
        <source>NULL</source>
        <extracomment>Shown for a SQL NULL value</extracomment>
        <translation>NULL</translation>
    </message>
    <message>
        <source>Why the target refused the row, next to the column it named</source>
        <translation>Pourquoi la cible a refusé la ligne, en regard de la colonne qu&apos;elle a indiquée</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>(%1 not kept)</source>
        <translation>(%1 non conservés)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Double-click to enter a new value</source>
        <translation>Double-cliquez pour saisir une nouvelle valeur</translation>
    </message>
    <message>
        <source>Write NULL (no value) for %1</source>
        <translation>Écrire NULL (aucune valeur) pour %1</translation>
    </message>
    <message>
        <source>(not computed)</source>
        <extracomment>A column whose value its add-column rule did not compute for this row</extracomment>
        <translation>(non calculé)</translation>
    </message>
    <message>
        <source>The rule that computes %1 failed for this row: enter a value, or fix the rule and re-apply with the current rules</source>
        <translation>La règle qui calcule %1 a échoué pour cette ligne : saisissez une valeur, ou corrigez la règle et réappliquez avec les règles actuelles</translation>
    </message>
</context>
<context>
    <name>ferry::models::TableStatisticsModel</name>
    <message>
        <source>&lt; 1 s</source>
        <translation>&lt; 1 s</translation>
    </message>
    <message>
        <source>%1 h %2 m %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 m %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>Progress percent, e.g. &quot;42.5 %&quot;</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Not enabled</source>
        <translation>Non activée</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation>Nom du schéma</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Load state</source>
        <translation>État du chargement</translation>
    </message>
    <message>
        <source>Elapsed load time</source>
        <translation>Temps de chargement écoulé</translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation>Insertions</translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation>Suppressions</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>DDLs</source>
        <translation>DDL</translation>
    </message>
    <message>
        <source>Full load rows</source>
        <translation>Lignes de chargement complet</translation>
    </message>
    <message>
        <source>Error rows</source>
        <translation>Lignes en erreur</translation>
    </message>
    <message>
        <source>Total rows</source>
        <translation>Total des lignes</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Validation state</source>
        <translation>État de la validation</translation>
    </message>
    <message>
        <source>Rows the target rejected during the full load; they are kept as exceptions.</source>
        <translation>Lignes rejetées par la cible pendant le chargement complet&#xa0;; elles sont conservées comme exceptions.</translation>
    </message>
    <message>
        <source>Total rows include loaded source table rows from Inserts, Deletes, Updates, DDLs, and Full load rows.</source>
        <translation>Le total des lignes comprend les lignes de table source chargées issues des insertions, suppressions, mises à jour, DDL et lignes de chargement complet.</translation>
    </message>
    <message>
        <source>Rows read against the source&apos;s row estimate.</source>
        <translation>Lignes lues par rapport au nombre de lignes estimé de la source.</translation>
    </message>
    <message>
        <source>Time left</source>
        <extracomment>Estimated time until a table is loaded</extracomment>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Estimated from the table&apos;s own rate so far and the source&apos;s row estimate.</source>
        <translation>Estimé d&apos;après le débit de la table jusqu&apos;ici et l&apos;estimation du nombre de lignes de la source.</translation>
    </message>
    <message>
        <source>%1 of about %2 rows loaded or rejected, %3 read</source>
        <translation>%1 sur environ %2 lignes chargées ou rejetées, %3 lues</translation>
    </message>
    <message>
        <source>Every row is loaded, but the target could not build:
%1</source>
        <extracomment>Tooltip of a completed table: %1 lists indexes/keys the target refused.</extracomment>
        <translation>Toutes les lignes sont chargées, mais la cible n’a pas pu créer :
%1</translation>
    </message>
    <message>
        <source>Limited LOB mode: LOB values longer than %1 KB are truncated.</source>
        <translation>Mode LOB limité&#xa0;: les valeurs LOB de plus de %1 Ko sont tronquées.</translation>
    </message>
    <message>
        <source>Full LOB mode: LOB values are moved whole.</source>
        <translation>Mode LOB complet&#xa0;: les valeurs LOB sont transférées entières.</translation>
    </message>
    <message>
        <source>Truncated LOBs</source>
        <extracomment>LOB values (BLOB, TEXT, bytea...) cut to the limited LOB mode&apos;s maximum size</extracomment>
        <translation>LOB tronqués</translation>
    </message>
    <message>
        <source>LOB values cut to the maximum size of limited LOB mode; the target&apos;s control table lob_truncations lists each one.</source>
        <translation>Valeurs LOB tronquées à la taille maximale du mode LOB limité&#xa0;; la table de contrôle lob_truncations de la cible les liste une à une.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: see the Exceptions tab.</source>
        <extracomment>Details of a table completed with errors</extracomment>
        <translation>
            <numerusform>%n ligne rejetée&#xa0;: voir l&apos;onglet Exceptions.</numerusform>
            <numerusform>%n lignes rejetées&#xa0;: voir l&apos;onglet Exceptions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <extracomment>Details of a completed table: %1 lists the indexes/keys the target refused</extracomment>
        <translation>Non créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Column header: why a table failed or what its load left behind</extracomment>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Why a table was suspended, or what a table completed with errors left behind: rejected rows, indexes or keys the target refused.</source>
        <translation>Pourquoi une table a été suspendue, ou ce qu&apos;une table terminée avec des erreurs a laissé&#xa0;: lignes rejetées, index ou clés refusés par la cible.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ferry&apos;s database migration workbench.</source>
        <translation>Atelier de migration de bases de données de Ferry.</translation>
    </message>
    <message>
        <source>Show the main window, check that it and its icons render, and quit after a second (exit code 0 on success).</source>
        <translation>Afficher la fenêtre principale, vérifier qu&apos;elle et ses icônes s&apos;affichent correctement, puis quitter au bout d&apos;une seconde (code de sortie 0 en cas de succès).</translation>
    </message>
    <message>
        <source>A Ferry project file to open (optional).</source>
        <translation>Un fichier de projet Ferry à ouvrir (facultatif).</translation>
    </message>
</context>
</TS>
