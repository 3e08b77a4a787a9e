<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <source>ferry: %1
Run &apos;ferry --help&apos; for usage.
</source>
        <translation>ferry: %1
Rufen Sie &apos;ferry --help&apos; auf, um die Verwendung anzuzeigen.
</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>Die Option --%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>unbekannte Option --%1</translation>
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
        <translation>  wo: %1
</translation>
    </message>
    <message>
        <source>  detail: %1
</source>
        <translation>  Detail: %1
</translation>
    </message>
    <message>
        <source>  fix: %1
</source>
        <translation>  Abhilfe: %1
</translation>
    </message>
    <message>
        <source>--password-from must be &apos;env&apos;, &apos;keyring&apos; or &apos;prompt&apos;, not &apos;%1&apos;</source>
        <translation>--password-from muss &apos;env&apos;, &apos;keyring&apos; oder &apos;prompt&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>ferry: warning: a password in the connection URI can leak through shell history and process lists; use FERRY_%1_PASSWORD instead.
</source>
        <translation>ferry: Warnung: Ein Passwort in der Verbindungs-URI kann über den Shell-Verlauf und Prozesslisten bekannt werden; verwenden Sie stattdessen FERRY_%1_PASSWORD.
</translation>
    </message>
    <message>
        <source>ferry: warning: --password-from prompt needs a terminal on standard input; connecting without a password.
</source>
        <translation>ferry: Warnung: --password-from prompt braucht ein Terminal als Standardeingabe; Verbindung wird ohne Passwort aufgebaut.
</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the file name and its permissions.</source>
        <translation>Prüfen Sie den Dateinamen und die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>test-connection takes exactly one connection URI</source>
        <translation>test-connection erwartet genau eine Verbindungs-URI</translation>
    </message>
    <message>
        <source>--role must be &apos;source&apos; or &apos;target&apos;, not &apos;%1&apos;</source>
        <translation>--role muss &apos;source&apos; oder &apos;target&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Connected to %1 %2 at %3 in %4 ms.
</source>
        <translation>Verbunden mit %1 %2 auf %3 in %4 ms.
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>%1 %2, database %3
</source>
        <translation>%1 %2, Datenbank %3
</translation>
    </message>
    <message numerus="yes">
        <source>schema %1: %n table(s)</source>
        <translation>
            <numerusform>Schema %1: eine Tabelle</numerusform>
            <numerusform>Schema %1: %n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n view(s)</source>
        <translation>
            <numerusform>, eine Ansicht</numerusform>
            <numerusform>, %n Ansichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n routine(s)</source>
        <translation>
            <numerusform>, eine Routine</numerusform>
            <numerusform>, %n Routinen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n trigger(s)</source>
        <translation>
            <numerusform>, ein Trigger</numerusform>
            <numerusform>, %n Trigger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n sequence(s)</source>
        <translation>
            <numerusform>, eine Sequenz</numerusform>
            <numerusform>, %n Sequenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n type(s)
</source>
        <translation>
            <numerusform>, ein Typ
</numerusform>
            <numerusform>, %n Typen
</numerusform>
        </translation>
    </message>
    <message>
        <source>  table %1 (~%2 rows)
</source>
        <translation>  Tabelle %1 (~%2 Zeilen)
</translation>
    </message>
    <message>
        <source>  view %1
</source>
        <translation>  Ansicht %1
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
        <translation>  Trigger %1 auf %2
</translation>
    </message>
    <message>
        <source>  sequence %1
</source>
        <translation>  Sequenz %1
</translation>
    </message>
    <message>
        <source>  type %1 (%2)
</source>
        <translation>  Typ %1 (%2)
</translation>
    </message>
    <message>
        <source>catalog takes exactly one connection URI</source>
        <translation>catalog erwartet genau eine Verbindungs-URI</translation>
    </message>
    <message>
        <source>keyring needs &apos;store URI&apos; or &apos;forget URI&apos;</source>
        <translation>keyring braucht &apos;store URI&apos; oder &apos;forget URI&apos;</translation>
    </message>
    <message>
        <source>keyring %1 takes exactly one connection URI</source>
        <translation>keyring %1 erwartet genau eine Verbindungs-URI</translation>
    </message>
    <message>
        <source>remove the password from the URI; &apos;keyring store&apos; reads it from FERRY_%1_PASSWORD or a prompt</source>
        <translation>Entfernen Sie das Passwort aus der URI; &apos;keyring store&apos; liest es aus FERRY_%1_PASSWORD oder fragt danach</translation>
    </message>
    <message>
        <source>No password was stored for %1.
</source>
        <translation>Für %1 war kein Passwort gespeichert.
</translation>
    </message>
    <message>
        <source>Removed the password for %1 from the system keyring.
</source>
        <translation>Das Passwort für %1 wurde aus dem System-Schlüsselbund entfernt.
</translation>
    </message>
    <message>
        <source>no password to store: set FERRY_%1_PASSWORD or run on a terminal to be prompted</source>
        <translation>Kein Passwort zum Speichern: Setzen Sie FERRY_%1_PASSWORD oder starten Sie den Befehl in einem Terminal, um danach gefragt zu werden</translation>
    </message>
    <message>
        <source>Stored the password for %1 in the system keyring.
</source>
        <translation>Das Passwort für %1 wurde im System-Schlüsselbund gespeichert.
</translation>
    </message>
    <message>
        <source>import-dms needs TABLE_MAPPINGS.json and optionally TASK_SETTINGS.json</source>
        <translation>import-dms braucht TABLE_MAPPINGS.json und optional TASK_SETTINGS.json</translation>
    </message>
    <message>
        <source>import-dms needs --project FILE</source>
        <translation>import-dms braucht --project FILE</translation>
    </message>
    <message>
        <source>ferry: nothing was imported; fix the errors above.
</source>
        <translation>ferry: Es wurde nichts importiert; beheben Sie die obigen Fehler.
</translation>
    </message>
    <message numerus="yes">
        <source>%n task setting(s) Ferry does not know were not stored in %1: %2
</source>
        <translation>
            <numerusform>Eine Aufgabeneinstellung, die Ferry nicht kennt, wurde nicht in %1 gespeichert: %2
</numerusform>
            <numerusform>%n Aufgabeneinstellungen, die Ferry nicht kennt, wurden nicht in %1 gespeichert: %2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s) into mapping &apos;%1&apos; of %2</source>
        <translation>
            <numerusform>Eine Regel in die Zuordnung &apos;%1&apos; von %2 importiert</numerusform>
            <numerusform>%n Regeln in die Zuordnung &apos;%1&apos; von %2 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>, with task settings.
</source>
        <translation>, mit Aufgabeneinstellungen.
</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>export-dms needs --project FILE</source>
        <translation>export-dms braucht --project FILE</translation>
    </message>
    <message>
        <source>export-dms needs either --mapping NAME or --task-settings</source>
        <translation>export-dms braucht entweder --mapping NAME oder --task-settings</translation>
    </message>
    <message>
        <source>The project %1 has no mapping &apos;%2&apos;.</source>
        <translation>Das Projekt %1 hat keine Zuordnung &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The project defines no mappings.</source>
        <translation>Das Projekt definiert keine Zuordnungen.</translation>
    </message>
    <message>
        <source>Mappings: %1.</source>
        <translation>Zuordnungen: %1.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
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
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1  %2  %3 of %4 tables  %5 rows/s  %6 KB/s  elapsed %7%8</source>
        <translation>%1  %2  %3 von %4 Tabellen  %5 Zeilen/s  %6 KB/s  vergangen %7%8</translation>
    </message>
    <message>
        <source>  ETA %1</source>
        <translation>  Restzeit %1</translation>
    </message>
    <message>
        <source>, %1 rejected</source>
        <translation>, %1 abgelehnt</translation>
    </message>
    <message>
        <source>  ... and %1 more tables</source>
        <translation>  ... und %1 weitere Tabellen</translation>
    </message>
    <message>
        <source>%1: %2 (%3 rows%4)
</source>
        <translation>%1: %2 (%3 Zeilen%4)
</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5</source>
        <translation>%1 %2 %3 %4 %5</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Load state</source>
        <translation>Ladestatus</translation>
    </message>
    <message>
        <source>Full load rows</source>
        <translation>Volllastzeilen</translation>
    </message>
    <message>
        <source>Error rows</source>
        <translation>Fehlerzeilen</translation>
    </message>
    <message>
        <source>Elapsed load time</source>
        <translation>Verstrichene Ladezeit</translation>
    </message>
    <message>
        <source>    error: %1</source>
        <translation>    Fehler: %1</translation>
    </message>
    <message>
        <source>%1: %2 tables loaded, %3 in error; %4 rows in %5 (%6 rows/s, %7 MB/s); %8 rows rejected; peak memory %9 MB.</source>
        <translation>%1: %2 Tabellen geladen, %3 mit Fehler; %4 Zeilen in %5 (%6 Zeilen/s, %7 MB/s); %8 Zeilen abgelehnt; Spitzenspeicher %9 MB.</translation>
    </message>
    <message>
        <source>Rejected rows and their reasons are in the target&apos;s control table exceptions (ferry_control).</source>
        <translation>Abgelehnte Zeilen und die Gründe dafür stehen in der Kontrolltabelle exceptions des Ziels (ferry_control).</translation>
    </message>
    <message>
        <source>Log and statistics: %1</source>
        <translation>Protokoll und Statistik: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a table pattern: write schema.table, with % as wildcard (e.g. &apos;sales.%&apos;).</source>
        <translation>&apos;%1&apos; ist kein Tabellenmuster: Schreiben Sie schema.table, mit % als Platzhalter (z. B. &apos;sales.%&apos;).</translation>
    </message>
    <message>
        <source>--rows needs a number of at least 100</source>
        <translation>--rows braucht eine Zahl von mindestens 100</translation>
    </message>
    <message>
        <source>migrate needs SOURCE_URI and TARGET_URI</source>
        <translation>migrate braucht SOURCE_URI und TARGET_URI</translation>
    </message>
    <message>
        <source>run needs PROJECT</source>
        <translation>run braucht PROJECT</translation>
    </message>
    <message>
        <source>sample needs the path of the SQLite file to write</source>
        <translation>sample braucht den Pfad der zu schreibenden SQLite-Datei</translation>
    </message>
    <message>
        <source>demo takes no arguments</source>
        <translation>demo erwartet keine Argumente</translation>
    </message>
    <message>
        <source>Generating the sports-ticketing sample (%1 tickets) in %2 ...
</source>
        <translation>Das Sportticket-Beispiel (%1 Tickets) wird in %2 erzeugt ...
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
        <translation>--reload-table erwartet SCHEMA.TABELLE, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--table needs SCHEMA.TABLE (the source table), got &apos;%1&apos;</source>
        <translation>--table erwartet SCHEMA.TABELLE (die Quelltabelle), erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>(%1 bytes, not kept)</source>
        <translation>(%1 Bytes, nicht aufbewahrt)</translation>
    </message>
    <message>
        <source>Task %1 has no rejected rows%2.
</source>
        <translation>Aufgabe %1 hat keine abgelehnten Zeilen%2.
</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> für %1</translation>
    </message>
    <message>
        <source>  #%1  slice %2%3: %4
</source>
        <translation>  #%1  Segment %2%3: %4
</translation>
    </message>
    <message>
        <source>  column %1</source>
        <translation>  Spalte %1</translation>
    </message>
    <message>
        <source>--id needs the number of a rejected row (as &apos;ferry exceptions list&apos; shows it), got &apos;%1&apos;</source>
        <translation>--id erwartet die Nummer einer abgelehnten Zeile (wie &apos;ferry exceptions list&apos; sie zeigt), erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No rejected rows to re-apply.
</source>
        <translation>Keine abgelehnten Zeilen zum erneuten Anwenden.
</translation>
    </message>
    <message>
        <source>Changed column %1 of %2 from %3 to %4 (rule %5).
</source>
        <translation>Spalte %1 von %2 von %3 in %4 geändert (Regel %5).
</translation>
    </message>
    <message>
        <source>Column %1 of %2 is %3; rule %5 makes it %4.
</source>
        <translation>Spalte %1 von %2 ist %3; Regel %5 macht sie zu %4.
</translation>
    </message>
    <message>
        <source>Add --change-column-types to change those columns on the target (the rows already there are converted), or reload the table.
</source>
        <translation>Fügen Sie --change-column-types hinzu, um diese Spalten im Ziel zu ändern (die vorhandenen Zeilen werden umgewandelt), oder laden Sie die Tabelle neu.
</translation>
    </message>
    <message>
        <source>exceptions needs &apos;list PROJECT&apos; or &apos;reapply PROJECT&apos;</source>
        <translation>exceptions braucht &apos;list PROJECT&apos; oder &apos;reapply PROJECT&apos;</translation>
    </message>
    <message>
        <source>--id, --with-rules and --change-column-types are for &apos;exceptions reapply&apos;</source>
        <translation>--id, --with-rules und --change-column-types gehören zu &apos;exceptions reapply&apos;</translation>
    </message>
    <message>
        <source>--change-column-types goes with --with-rules</source>
        <translation>--change-column-types gehört zu --with-rules</translation>
    </message>
    <message>
        <source>%1 -&gt; %2, rejected rows: %3
</source>
        <translation>%1 -&gt; %2, abgelehnte Zeilen: %3
</translation>
    </message>
    <message>
        <source>Re-applied: %1, refused again: %2, not re-applied: %3.
</source>
        <translation>Erneut angewendet: %1, erneut abgelehnt: %2, nicht erneut angewendet: %3.
</translation>
    </message>
    <message>
        <source>    not created: %1</source>
        <translation>    nicht angelegt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n index(es), key(s) or foreign key(s) could not be created (listed above with the server&apos;s reason); the rows of their tables are loaded.</source>
        <translation>
            <numerusform>Ein Index, Schlüssel oder Fremdschlüssel konnte nicht angelegt werden (oben mit dem Grund des Servers aufgeführt); die Zeilen seiner Tabelle sind geladen.</numerusform>
            <numerusform>%n Indizes, Schlüssel oder Fremdschlüssel konnten nicht angelegt werden (oben mit dem Grund des Servers aufgeführt); die Zeilen ihrer Tabellen sind geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 LOBs truncated</source>
        <translation>, %1 LOBs abgeschnitten</translation>
    </message>
    <message>
        <source>Truncated LOBs</source>
        <translation>Abgeschnittene LOBs</translation>
    </message>
    <message>
        <source>%1 LOB values were truncated (limited LOB mode); the target&apos;s control table lob_truncations (ferry_control) lists each one with its row key and lengths.</source>
        <translation>%1 LOB-Werte wurden abgeschnitten (eingeschränkter LOB-Modus); die Kontrolltabelle lob_truncations des Ziels (ferry_control) führt jeden mit Zeilenschlüssel und Längen auf.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>ferry: cannot create the directory %1
</source>
        <translation>ferry: Verzeichnis %1 kann nicht angelegt werden
</translation>
    </message>
    <message>
        <source>convert needs --out DIR</source>
        <translation>convert braucht --out VERZEICHNIS</translation>
    </message>
    <message>
        <source>--target-engine must be postgresql, mysql, mariadb or sqlite</source>
        <translation>--target-engine muss postgresql, mysql, mariadb oder sqlite sein</translation>
    </message>
    <message numerus="yes">
        <source>Converted %Ln object(s) into %1; action items: %2 (see conversion-report.json).
</source>
        <translation>
            <numerusform>%Ln Objekt nach %1 konvertiert; Aktionspunkte: %2 (siehe conversion-report.json).
</numerusform>
            <numerusform>%Ln Objekte nach %1 konvertiert; Aktionspunkte: %2 (siehe conversion-report.json).
</numerusform>
        </translation>
    </message>
    <message>
        <source>ferry: the directory %1 does not exist
</source>
        <translation>ferry: das Verzeichnis %1 existiert nicht
</translation>
    </message>
    <message>
        <source>  [destructive]</source>
        <translation>  [destruktiv]</translation>
    </message>
    <message>
        <source>  [destructive: refused without --allow-destructive]</source>
        <translation>  [destruktiv: ohne --allow-destructive abgelehnt]</translation>
    </message>
    <message>
        <source>  [exists on the target: this statement will fail]</source>
        <translation>  [existiert im Ziel: diese Anweisung wird fehlschlagen]</translation>
    </message>
    <message numerus="yes">
        <source>Plan: %Ln statement(s), %1 destructive; nothing was changed.
</source>
        <translation>
            <numerusform>Plan: %Ln Anweisung, %1 destruktiv; nichts wurde geändert.
</numerusform>
            <numerusform>Plan: %Ln Anweisungen, %1 destruktiv; nichts wurde geändert.
</numerusform>
        </translation>
    </message>
    <message>
        <source>apply needs --sql DIR and one target connection URI</source>
        <translation>apply braucht --sql VERZEICHNIS und eine Verbindungs-URI des Ziels</translation>
    </message>
    <message>
        <source>give --pre-data or --post-data, not both (neither: both parts)</source>
        <translation>geben Sie --pre-data oder --post-data an, nicht beide (keines: beide Teile)</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message numerus="yes">
        <source>Applied %1 of %Ln statement(s); failed: %2.
</source>
        <translation>
            <numerusform>%1 von %Ln Anweisung ausgeführt; fehlgeschlagen: %2.
</numerusform>
            <numerusform>%1 von %Ln Anweisungen ausgeführt; fehlgeschlagen: %2.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 takes exactly one source connection URI</source>
        <translation>%1 erwartet genau eine Verbindungs-URI der Quelle</translation>
    </message>
    <message>
        <source>--format must be html, csv or json</source>
        <translation>--format muss html, csv oder json sein</translation>
    </message>
    <message>
        <source>Wrote the assessment to %1.
</source>
        <translation>Die Bewertung wurde nach %1 geschrieben.
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
        <translation>Aufruf: ferry [--help] [--version] BEFEHL [ARGUMENTE]

Ferry überträgt Datenbanken zwischen Engines und weist nach, dass nichts verloren ging.

Befehle:
  test-connection URI [--role source|target] [--password-from SOURCE] [--json]
                      Verbinden, Version und Berechtigungen prüfen und jeden Fehler
                      erklären.
  catalog URI [--json] [--schema S]... [--password-from SOURCE]
                      Den Datenbankkatalog lesen: Tabellen, Spalten mit nativen und
                      kanonischen Typen, Schlüssel, Indizes, Ansichten, Routinen,
                      Trigger, Sequenzen und benutzerdefinierte Typen.
  keyring store URI [--role source|target]
                      Das Passwort für URI im System-Schlüsselbund speichern. Das
                      Passwort kommt aus FERRY_SOURCE_PASSWORD (FERRY_TARGET_PASSWORD
                      mit --role target) oder einer verdeckten Eingabeaufforderung,
                      nie von der Befehlszeile.
  keyring forget URI  Das für URI gespeicherte Passwort aus dem System-Schlüsselbund
                      entfernen.
  import-dms TABLE_MAPPINGS.json [TASK_SETTINGS.json] --project FILE [--mapping NAME]
                      Eine AWS-DMS-Tabellenzuordnung (und Aufgabeneinstellungen) als
                      Zuordnung NAME in eine Projektdatei übernehmen (Standard: der
                      Basisname der JSON-Datei); legt das Projekt an, wenn FILE
                      nicht existiert.
  export-dms --project FILE (--mapping NAME | --task-settings)
                      Eine Zuordnung (oder die Aufgabeneinstellungen des Projekts)
                      als DMS-JSON ausgeben.
  migrate SOURCE_URI TARGET_URI [--include &apos;schema.table%&apos;] [--exclude ...]
          [--mappings table-mappings.json] [--settings task-settings.json]
          [--task-name NAME] [--resume] [--json] [--run-dir DIR]
                      Volllast ohne Projekt: die Tabellen im Ziel anlegen, alle
                      Zeilen laden, dann Schlüssel, Indizes und Fremdschlüssel. Der
                      Zustand wird im Ziel gespeichert: --resume setzt einen
                      gestoppten oder abgebrochenen Lauf fort.
  run PROJECT [--task NAME] [--resume] [--reload-table SCHEMA.TABLE]...
          [--json] [--run-dir DIR]
                      Eine Volllast-Aufgabe einer Projektdatei ausführen. --reload-table
                      lädt diese Tabelle von Grund auf neu (auch für migrate).
  exceptions list PROJECT [--task NAME] [--table SCHEMA.TABLE] [--json]
                      Die Zeilen, die das Ziel der Aufgabe abgelehnt hat: Grund, Spalte, Werte.
  exceptions reapply PROJECT [--task NAME] [--table SCHEMA.TABLE | --id N...]
          [--with-rules [--change-column-types]] [--json]
                      Diese Zeilen erneut schreiben (alle, die einer Tabelle oder nach
                      Nummer); geladene verlassen die Ausnahmetabelle. --with-rules leitet
                      sie über die aktuellen Zuordnungsregeln des Projekts neu ab.
  convert SOURCE_URI --target-engine postgresql|mysql|mariadb|sqlite --out DIR
          [--schema S]... [--mappings table-mappings.json]
                      Schreibt das SQL, das das Schema der Quelle im Ziel anlegt:
                      nummerierte Dateien in Anwendungsreihenfolge (pre-data vor dem
                      Laden, post-data danach) und conversion-report.json. Exit 4,
                      wenn Aktionspunkte bleiben (die Dateien werden trotzdem geschrieben).
  assess SOURCE_URI --target-engine ENGINE [--format html|csv|json] [--out FILE]
          [--schema S]... [--mappings table-mappings.json]
                      Die Bewertung: was automatisch konvertiert wird, die
                      Aktionspunkte mit Aufwandsschätzung und die Prüfungen vor der Migration.
  apply --sql DIR TARGET_URI [--pre-data | --post-data] [--plan]
          [--allow-destructive]
                      Führt diese Dateien der Reihe nach Anweisung für Anweisung im
                      Ziel aus; --plan listet sie auf und ändert nichts. DROP,
                      TRUNCATE und DELETE laufen nur mit --allow-destructive.
  demo [--rows N] [--data-dir DIR] [--json]
                      Das Sportticket-Beispiel erzeugen (standardmäßig 1.000.000
                      Tickets) und mit Fortschrittsanzeige in eine SQLite-Kopie
                      migrieren.
  sample PATH [--rows N]
                      Das deterministische Sportticket-Beispiel (SQLite) nach PATH
                      schreiben.
  types TYPE... --source ENGINE [--target ENGINE] [--json]
                      Native Typen eines Quellsystems (mysql, mariadb, postgresql,
                      sqlite, sqlserver, oracle) auf den Typ abbilden, den Ferry auf
                      jedem Ziel anlegt, und sagen, was das Ziel nicht bewahren kann.
  types --markdown [--source ENGINE --target ENGINE] | --write-docs DIR
                      Eine Typabbildungstabelle ausgeben (docs/type-mapping.md) oder
                      alle unter DIR schreiben.

Verbindungs-URIs:
  postgresql://user@host:5432/database?sslmode=require
  mysql://user@host:3306/database?ssl-mode=REQUIRED   (auch mariadb://)
  sqlite:///absolute/path.db   sqlite:relative/path.db
  odbc://DSN   odbc:///?driver=NAME&amp;server=HOST&amp;database=DB

Passwörter werden aus FERRY_SOURCE_PASSWORD (oder FERRY_TARGET_PASSWORD mit
--role target) gelesen, dann aus dem System-Schlüsselbund, sofern einer läuft, dann
aus den eigenen Dateien der Engine (~/.pgpass, ~/.my.cnf), dann nach einer
fehlgeschlagenen Anmeldung über eine Eingabeaufforderung im Terminal.
--password-from env|keyring|prompt verwendet nur diese Quelle. Ein in die URI
geschriebenes Passwort funktioniert, wird aber nicht empfohlen.

Exit-Codes: 0 OK, 1 interner Fehler, 2 falscher Aufruf, 3 Verbindung fehlgeschlagen,
4 teilweise fehlgeschlagen, 5 ungültige Eingabe, 130 unterbrochen.
</translation>
    </message>
    <message>
        <source>--%1 must be one of mysql, mariadb, postgresql, sqlite, sqlserver, oracle, not &apos;%2&apos;</source>
        <translation>--%1 muss mysql, mariadb, postgresql, sqlite, sqlserver oder oracle sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>ferry: cannot write %1: %2
</source>
        <translation>ferry: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n type-mapping document(s) under %1.
</source>
        <translation>
            <numerusform>%n Typabbildungsdokument unter %1 geschrieben.
</numerusform>
            <numerusform>%n Typabbildungsdokumente unter %1 geschrieben.
</numerusform>
        </translation>
    </message>
    <message>
        <source>types --markdown needs both --source and --target, or neither (the index)</source>
        <translation>types --markdown braucht --source und --target oder keines von beiden (den Index)</translation>
    </message>
    <message>
        <source>types needs native type names and --source ENGINE</source>
        <translation>types braucht native Typnamen und --source ENGINE</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPage</name>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>No system keyring is available, so Ferry cannot remember this password: it will ask for it each time it connects. The password is never written to the project file.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar, daher kann Ferry sich dieses Passwort nicht merken und fragt bei jeder Verbindung danach. Das Passwort wird nie in die Projektdatei geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect with these details and check the privileges Ferry needs.</source>
        <translation>Mit diesen Angaben verbinden und die Berechtigungen prüfen, die Ferry braucht.</translation>
    </message>
    <message>
        <source>C&amp;ancel test</source>
        <translation>Test a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop the running connection test.</source>
        <translation>Den laufenden Verbindungstest stoppen.</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Show the driver&apos;s own message.</source>
        <translation>Die Originalmeldung des Treibers anzeigen.</translation>
    </message>
    <message>
        <source>&amp;Save the endpoint without a successful connection test</source>
        <translation>&amp;Endpunkt ohne erfolgreichen Verbindungstest speichern</translation>
    </message>
    <message>
        <source>For a server that cannot be reached from this computer yet; you can test the endpoint again later.</source>
        <translation>Für einen Server, der von diesem Computer aus noch nicht erreichbar ist; Sie können den Endpunkt später erneut testen.</translation>
    </message>
</context>
<context>
    <name>EndpointChoicePage</name>
    <message>
        <source>Use an &amp;existing endpoint:</source>
        <translation>&amp;Vorhandenen Endpunkt verwenden:</translation>
    </message>
    <message>
        <source>Existing endpoint</source>
        <translation>Vorhandener Endpunkt</translation>
    </message>
    <message>
        <source>Create a ne&amp;w endpoint</source>
        <translation>&amp;Neuen Endpunkt anlegen</translation>
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
        <translation>Ein PostgreSQL-Server im Netzwerk oder auf diesem Computer: Host, Port, Datenbank und Benutzer.</translation>
    </message>
    <message>
        <source>&amp;MySQL or MariaDB</source>
        <translation>&amp;MySQL oder MariaDB</translation>
    </message>
    <message>
        <source>A MySQL or MariaDB server on the network or on this computer: host, port, database and user.</source>
        <translation>Ein MySQL- oder MariaDB-Server im Netzwerk oder auf diesem Computer: Host, Port, Datenbank und Benutzer.</translation>
    </message>
    <message>
        <source>S&amp;QLite</source>
        <translation>S&amp;QLite</translation>
    </message>
    <message>
        <source>A SQLite database file on this computer.</source>
        <translation>Eine SQLite-Datenbankdatei auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;ODBC data source</source>
        <translation>&amp;ODBC-Datenquelle</translation>
    </message>
    <message>
        <source>Any database with an ODBC driver, through a data source (DSN) set up in the ODBC driver manager.</source>
        <translation>Jede Datenbank mit ODBC-Treiber, über eine im ODBC-Treiber-Manager eingerichtete Datenquelle (DSN).</translation>
    </message>
</context>
<context>
    <name>EngineTr</name>
    <message>
        <source>Could not use the system keyring for %1: no keyring service is running.</source>
        <translation>Der System-Schlüsselbund konnte für %1 nicht verwendet werden: Es läuft kein Schlüsselbunddienst.</translation>
    </message>
    <message>
        <source>Start a Secret Service provider (GNOME Keyring, KWallet or KeePassXC) in the session, or give the password through FERRY_SOURCE_PASSWORD / FERRY_TARGET_PASSWORD or the prompt.</source>
        <translation>Starten Sie in der Sitzung einen Secret-Service-Anbieter (GNOME Keyring, KWallet oder KeePassXC) oder geben Sie das Passwort über FERRY_SOURCE_PASSWORD / FERRY_TARGET_PASSWORD oder die Eingabeaufforderung an.</translation>
    </message>
    <message>
        <source>Could not use the system keyring for %1: the keyring is locked.</source>
        <translation>Der System-Schlüsselbund konnte für %1 nicht verwendet werden: Der Schlüsselbund ist gesperrt.</translation>
    </message>
    <message>
        <source>Unlock the keyring (log in to the desktop session or open the keyring manager), or give the password through FERRY_SOURCE_PASSWORD / FERRY_TARGET_PASSWORD or the prompt.</source>
        <translation>Entsperren Sie den Schlüsselbund (melden Sie sich an der Desktop-Sitzung an oder öffnen Sie die Schlüsselbundverwaltung) oder geben Sie das Passwort über FERRY_SOURCE_PASSWORD / FERRY_TARGET_PASSWORD oder die Eingabeaufforderung an.</translation>
    </message>
    <message>
        <source>Check that the keyring service works (for example with &apos;secret-tool search service %1&apos;).</source>
        <translation>Prüfen Sie, ob der Schlüsselbunddienst funktioniert (zum Beispiel mit &apos;secret-tool search service %1&apos;).</translation>
    </message>
    <message>
        <source>Could not read the password for %1 from the system keyring.</source>
        <translation>Das Passwort für %1 konnte nicht aus dem System-Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <source>The system keyring holds no password for %1.</source>
        <translation>Der System-Schlüsselbund enthält kein Passwort für %1.</translation>
    </message>
    <message>
        <source>Store one with &apos;ferry keyring store URI&apos;.</source>
        <translation>Speichern Sie eines mit &apos;ferry keyring store URI&apos;.</translation>
    </message>
    <message>
        <source>Refusing to store an empty password for %1 in the system keyring.</source>
        <translation>Ein leeres Passwort für %1 wird nicht im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Give the password through FERRY_SOURCE_PASSWORD or the prompt.</source>
        <translation>Geben Sie das Passwort über FERRY_SOURCE_PASSWORD oder die Eingabeaufforderung an.</translation>
    </message>
    <message>
        <source>Ferry password for %1</source>
        <translation>Ferry-Passwort für %1</translation>
    </message>
    <message>
        <source>Could not store the password for %1 in the system keyring.</source>
        <translation>Das Passwort für %1 konnte nicht im System-Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not remove the password for %1 from the system keyring.</source>
        <translation>Das Passwort für %1 konnte nicht aus dem System-Schlüsselbund entfernt werden.</translation>
    </message>
    <message>
        <source>Use one of postgresql://user@host:5432/database, mysql://user@host:3306/database, sqlite:///path/to/file.db or odbc://DSN</source>
        <translation>Verwenden Sie postgresql://user@host:5432/database, mysql://user@host:3306/database, sqlite:///path/to/file.db oder odbc://DSN</translation>
    </message>
    <message>
        <source>The connection URI has no scheme.</source>
        <translation>Die Verbindungs-URI hat kein Schema.</translation>
    </message>
    <message>
        <source>The connection URI scheme &apos;%1&apos; is not supported.</source>
        <translation>Das Schema &apos;%1&apos; der Verbindungs-URI wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The SQLite URI names no file.</source>
        <translation>Die SQLite-URI nennt keine Datei.</translation>
    </message>
    <message>
        <source>The ODBC URI must start with odbc://.</source>
        <translation>Die ODBC-URI muss mit odbc:// beginnen.</translation>
    </message>
    <message>
        <source>Write odbc://DSN or odbc:///?driver=NAME&amp;server=...</source>
        <translation>Schreiben Sie odbc://DSN oder odbc:///?driver=NAME&amp;server=...</translation>
    </message>
    <message>
        <source>The ODBC URI names neither a DSN nor a driver.</source>
        <translation>Die ODBC-URI nennt weder einen DSN noch einen Treiber.</translation>
    </message>
    <message>
        <source>The connection URI is malformed: %1.</source>
        <translation>Die Verbindungs-URI ist fehlerhaft: %1.</translation>
    </message>
    <message>
        <source>A SQLite URI takes a file path, not a host (&apos;%1&apos;).</source>
        <translation>Eine SQLite-URI erwartet einen Dateipfad, keinen Host (&apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Write sqlite:///absolute/path.db (three slashes) or sqlite:relative/path.db.</source>
        <translation>Schreiben Sie sqlite:///absolute/path.db (drei Schrägstriche) oder sqlite:relative/path.db.</translation>
    </message>
    <message>
        <source>The database name &apos;%1&apos; contains a &apos;/&apos;.</source>
        <translation>Der Datenbankname &apos;%1&apos; enthält ein &apos;/&apos;.</translation>
    </message>
    <message>
        <source>An internal error stopped the request.</source>
        <translation>Ein interner Fehler hat die Anfrage abgebrochen.</translation>
    </message>
    <message>
        <source>Please report this as a bug with the log.</source>
        <translation>Bitte melden Sie dies als Fehler und fügen Sie das Protokoll bei.</translation>
    </message>
    <message>
        <source>Could not write the sample database.</source>
        <translation>Die Beispieldatenbank konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Check that the directory exists, is writable and has free space.</source>
        <translation>Prüfen Sie, ob das Verzeichnis existiert, beschreibbar ist und genug freien Speicherplatz hat.</translation>
    </message>
    <message>
        <source>Could not move the sample database into place.</source>
        <translation>Die Beispieldatenbank konnte nicht an ihren Platz verschoben werden.</translation>
    </message>
    <message>
        <source>Use a PostgreSQL, MySQL/MariaDB or SQLite endpoint as the target.</source>
        <translation>Verwenden Sie einen PostgreSQL-, MySQL/MariaDB- oder SQLite-Endpunkt als Ziel.</translation>
    </message>
    <message>
        <source>Could not read the column types of %1 for its filters.</source>
        <translation>Die Spaltentypen von %1 konnten für die Filter nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The filter column %1 does not exist in table %2.</source>
        <translation>Die Filterspalte %1 existiert in Tabelle %2 nicht.</translation>
    </message>
    <message>
        <source>Could not convert a value of column %1 in table %2.</source>
        <translation>Ein Wert der Spalte %1 in Tabelle %2 konnte nicht konvertiert werden.</translation>
    </message>
    <message>
        <source>PostgreSQL sent a malformed COPY row for table %1.</source>
        <translation>PostgreSQL hat für Tabelle %1 eine fehlerhafte COPY-Zeile gesendet.</translation>
    </message>
    <message>
        <source>Could not bind the filter values for table %1.</source>
        <translation>Die Filterwerte für Tabelle %1 konnten nicht gebunden werden.</translation>
    </message>
    <message>
        <source>Could not start reading table %1 from PostgreSQL.</source>
        <translation>Das Lesen von Tabelle %1 aus PostgreSQL konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Could not read the key range of %1.</source>
        <translation>Der Schlüsselbereich von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Column %1 of %2 is not an integer key.</source>
        <translation>Spalte %1 von %2 ist kein ganzzahliger Schlüssel.</translation>
    </message>
    <message>
        <source>Could not write to %1: the transaction is already aborted by an earlier error.</source>
        <translation>In %1 kann nicht geschrieben werden: Die Transaktion wurde bereits durch einen früheren Fehler abgebrochen.</translation>
    </message>
    <message>
        <source>PostgreSQL rejected a row for table %1.</source>
        <translation>PostgreSQL hat eine Zeile für Tabelle %1 abgelehnt.</translation>
    </message>
    <message>
        <source>PostgreSQL rejected the value of column %1 in table %2.</source>
        <translation>PostgreSQL hat den Wert der Spalte %1 in Tabelle %2 abgelehnt.</translation>
    </message>
    <message>
        <source>The value of column %1 in table %2 contains a NUL byte, which PostgreSQL cannot store in text.</source>
        <translation>Der Wert der Spalte %1 in Tabelle %2 enthält ein NUL-Byte, das PostgreSQL in Text nicht speichern kann.</translation>
    </message>
    <message>
        <source>Could not check whether table %1 exists.</source>
        <translation>Es konnte nicht geprüft werden, ob Tabelle %1 existiert.</translation>
    </message>
    <message>
        <source>Could not create schema %1.</source>
        <translation>Schema %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not create table %1.</source>
        <translation>Tabelle %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not drop table %1.</source>
        <translation>Tabelle %1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Could not truncate table %1.</source>
        <translation>Tabelle %1 konnte nicht geleert werden.</translation>
    </message>
    <message>
        <source>Could not delete rows from %1.</source>
        <translation>Zeilen aus %1 konnten nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Could not add the primary key of %1.</source>
        <translation>Der Primärschlüssel von %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not create index %1 on %2.</source>
        <translation>Index %1 auf %2 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not create foreign key %1 on %2.</source>
        <translation>Fremdschlüssel %1 auf %2 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not set the identity of %1.%2 past its maximum.</source>
        <translation>Die Identität von %1.%2 konnte nicht über ihr Maximum hinaus gesetzt werden.</translation>
    </message>
    <message>
        <source>The statement has %1 placeholders but %2 parameters were given.</source>
        <translation>Die Anweisung hat %1 Platzhalter, es wurden aber %2 Parameter übergeben.</translation>
    </message>
    <message>
        <source>Could not read the catalog of PostgreSQL database %1.</source>
        <translation>Der Katalog der PostgreSQL-Datenbank %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The detail names the failing query&apos;s error; reading the catalog needs only a login to the database.</source>
        <translation>Das Detail nennt den Fehler der fehlgeschlagenen Abfrage; zum Lesen des Katalogs genügt eine Anmeldung an der Datenbank.</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1: no answer within %2 seconds.</source>
        <translation>Keine Verbindung zu PostgreSQL auf %1: keine Antwort innerhalb von %2 Sekunden.</translation>
    </message>
    <message>
        <source>Check the host name and port, and that no firewall silently drops the connection; if the server is only slow, raise connect_timeout.</source>
        <translation>Prüfen Sie Hostname und Port und ob eine Firewall die Verbindung stillschweigend verwirft; ist der Server nur langsam, erhöhen Sie connect_timeout.</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1: the host name %2 could not be resolved.</source>
        <translation>Keine Verbindung zu PostgreSQL auf %1: Der Hostname %2 konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Check the host name for typos, or use the server&apos;s IP address; make sure this machine can resolve the name (DNS, /etc/hosts).</source>
        <translation>Prüfen Sie den Hostnamen auf Tippfehler oder verwenden Sie die IP-Adresse des Servers; stellen Sie sicher, dass dieser Rechner den Namen auflösen kann (DNS, /etc/hosts).</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1: the connection was refused.</source>
        <translation>Keine Verbindung zu PostgreSQL auf %1: Die Verbindung wurde abgewiesen.</translation>
    </message>
    <message>
        <source>Check that the server is running and listens on that host and port (listen_addresses and port in postgresql.conf), and that no firewall rejects the connection.</source>
        <translation>Prüfen Sie, ob der Server läuft und auf diesem Host und Port lauscht (listen_addresses und port in postgresql.conf) und ob keine Firewall die Verbindung abweist.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 rejected the login of user %2.</source>
        <translation>PostgreSQL auf %1 hat die Anmeldung von Benutzer %2 abgelehnt.</translation>
    </message>
    <message>
        <source>The server asks for a password but none was given: set FERRY_SOURCE_PASSWORD (or FERRY_TARGET_PASSWORD), store it in the keyring, or add it to ~/.pgpass.</source>
        <translation>Der Server verlangt ein Passwort, es wurde aber keines angegeben: Setzen Sie FERRY_SOURCE_PASSWORD (oder FERRY_TARGET_PASSWORD), speichern Sie es im Schlüsselbund oder tragen Sie es in ~/.pgpass ein.</translation>
    </message>
    <message>
        <source>No pg_hba.conf rule allows this user, database and client address (with or without TLS): ask the administrator to add one, or try sslmode=require if only hostssl rules exist.</source>
        <translation>Keine pg_hba.conf-Regel erlaubt diesen Benutzer, diese Datenbank und diese Client-Adresse (mit oder ohne TLS): Bitten Sie den Administrator, eine hinzuzufügen, oder versuchen Sie sslmode=require, falls es nur hostssl-Regeln gibt.</translation>
    </message>
    <message>
        <source>The role may not log in: ask the administrator to run ALTER ROLE %1 LOGIN, or use another user.</source>
        <translation>Die Rolle darf sich nicht anmelden: Bitten Sie den Administrator, ALTER ROLE %1 LOGIN auszuführen, oder verwenden Sie einen anderen Benutzer.</translation>
    </message>
    <message>
        <source>Check the user name and the password (FERRY_SOURCE_PASSWORD or FERRY_TARGET_PASSWORD, the keyring or ~/.pgpass).</source>
        <translation>Prüfen Sie Benutzername und Passwort (FERRY_SOURCE_PASSWORD oder FERRY_TARGET_PASSWORD, den Schlüsselbund oder ~/.pgpass).</translation>
    </message>
    <message>
        <source>Could not establish a TLS connection to PostgreSQL at %1.</source>
        <translation>Es konnte keine TLS-Verbindung zu PostgreSQL auf %1 hergestellt werden.</translation>
    </message>
    <message>
        <source>The server does not offer TLS: enable ssl in postgresql.conf, or connect with sslmode=prefer or sslmode=disable.</source>
        <translation>Der Server bietet kein TLS an: Aktivieren Sie ssl in postgresql.conf oder verbinden Sie sich mit sslmode=prefer oder sslmode=disable.</translation>
    </message>
    <message>
        <source>The CA certificate file for verifying the server is missing or unreadable: set sslrootcert to the CA that signed the server&apos;s certificate, or use sslmode=require to encrypt without verifying.</source>
        <translation>Die CA-Zertifikatsdatei zur Prüfung des Servers fehlt oder ist nicht lesbar: Setzen Sie sslrootcert auf die CA, die das Serverzertifikat signiert hat, oder verwenden Sie sslmode=require, um ohne Prüfung zu verschlüsseln.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for another name: connect with the host name in the certificate, or use sslmode=verify-ca.</source>
        <translation>Das Serverzertifikat wurde für einen anderen Namen ausgestellt: Verbinden Sie sich mit dem Hostnamen aus dem Zertifikat oder verwenden Sie sslmode=verify-ca.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the CA in sslrootcert: point sslrootcert at the CA that signed it, or use sslmode=require to encrypt without verifying.</source>
        <translation>Das Serverzertifikat ist nicht von der CA in sslrootcert signiert: Lassen Sie sslrootcert auf die CA verweisen, die es signiert hat, oder verwenden Sie sslmode=require, um ohne Prüfung zu verschlüsseln.</translation>
    </message>
    <message>
        <source>Check the sslmode, sslrootcert, sslcert and sslkey options and the server&apos;s TLS configuration.</source>
        <translation>Prüfen Sie die Optionen sslmode, sslrootcert, sslcert und sslkey sowie die TLS-Konfiguration des Servers.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on PostgreSQL at %2.</source>
        <translation>Die Datenbank %1 existiert nicht auf PostgreSQL auf %2.</translation>
    </message>
    <message>
        <source>Check the database name (names created with quotes are case sensitive) or create the database first; psql -l lists the existing ones.</source>
        <translation>Prüfen Sie den Datenbanknamen (mit Anführungszeichen angelegte Namen unterscheiden Groß- und Kleinschreibung) oder legen Sie die Datenbank zuerst an; psql -l listet die vorhandenen auf.</translation>
    </message>
    <message>
        <source>User %1 may not connect to database %2 on PostgreSQL at %3.</source>
        <translation>Benutzer %1 darf sich nicht mit Datenbank %2 auf PostgreSQL auf %3 verbinden.</translation>
    </message>
    <message>
        <source>Ask the database owner or a superuser to run GRANT CONNECT ON DATABASE %1 TO %2.</source>
        <translation>Bitten Sie den Eigentümer der Datenbank oder einen Superuser, GRANT CONNECT ON DATABASE %1 TO %2 auszuführen.</translation>
    </message>
    <message>
        <source>The connection details for PostgreSQL at %1 are not valid.</source>
        <translation>Die Verbindungsangaben für PostgreSQL auf %1 sind ungültig.</translation>
    </message>
    <message>
        <source>Check the URI&apos;s port and query options (sslmode, sslrootcert, sslcert, sslkey, connect_timeout).</source>
        <translation>Prüfen Sie Port und Abfrageoptionen der URI (sslmode, sslrootcert, sslcert, sslkey, connect_timeout).</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1.</source>
        <translation>Keine Verbindung zu PostgreSQL auf %1.</translation>
    </message>
    <message>
        <source>The server has no free connection slots: close idle sessions or raise max_connections.</source>
        <translation>Der Server hat keine freien Verbindungsplätze: Schließen Sie inaktive Sitzungen oder erhöhen Sie max_connections.</translation>
    </message>
    <message>
        <source>The server is starting up, shutting down or in recovery: try again in a moment.</source>
        <translation>Der Server startet gerade, fährt herunter oder befindet sich in der Wiederherstellung: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The detail holds the server&apos;s or the client library&apos;s reason.</source>
        <translation>Das Detail enthält den Grund des Servers oder der Client-Bibliothek.</translation>
    </message>
    <message>
        <source>PostgreSQL %1 at %2 is older than version %3, the oldest Ferry supports.</source>
        <translation>PostgreSQL %1 auf %2 ist älter als Version %3, die älteste von Ferry unterstützte.</translation>
    </message>
    <message>
        <source>server_version %1 (version number %2)</source>
        <translation>server_version %1 (Versionsnummer %2)</translation>
    </message>
    <message>
        <source>Upgrade the server to PostgreSQL %1 or later, or export the data with that server&apos;s pg_dump and load it elsewhere first.</source>
        <translation>Aktualisieren Sie den Server auf PostgreSQL %1 oder neuer oder exportieren Sie die Daten zuerst mit pg_dump dieses Servers und laden Sie sie anderswo.</translation>
    </message>
    <message>
        <source>User %1 lacks the REPLICATION attribute, which change data capture from this source needs; full loads work without it. Fix: ALTER ROLE %2 REPLICATION.</source>
        <translation>Benutzer %1 fehlt das Attribut REPLICATION, das Change Data Capture (CDC) aus dieser Quelle braucht; Volllasten funktionieren auch ohne. Abhilfe: ALTER ROLE %2 REPLICATION.</translation>
    </message>
    <message>
        <source>wal_level is &apos;%1&apos; on this server, but change data capture needs &apos;logical&apos;; full loads work without it. Fix: set wal_level = logical in postgresql.conf and restart the server.</source>
        <translation>wal_level ist auf diesem Server &apos;%1&apos;, Change Data Capture (CDC) braucht aber &apos;logical&apos;; Volllasten funktionieren auch ohne. Abhilfe: wal_level = logical in postgresql.conf setzen und den Server neu starten.</translation>
    </message>
    <message>
        <source>(none on the search_path)</source>
        <translation>(keines im search_path)</translation>
    </message>
    <message>
        <source>User %1 can neither create schemas in database %2 nor create tables in schema %3 on PostgreSQL at %4.</source>
        <translation>Benutzer %1 kann in Datenbank %2 weder Schemas anlegen noch Tabellen in Schema %3 auf PostgreSQL auf %4 anlegen.</translation>
    </message>
    <message>
        <source>Ask the database owner to run GRANT CREATE ON DATABASE %1 TO %2, or GRANT CREATE ON SCHEMA %3 TO %2.</source>
        <translation>Bitten Sie den Eigentümer der Datenbank, GRANT CREATE ON DATABASE %1 TO %2 oder GRANT CREATE ON SCHEMA %3 TO %2 auszuführen.</translation>
    </message>
    <message>
        <source>User %1 cannot create schemas in database %2, so every target schema must exist already. Fix: GRANT CREATE ON DATABASE %3 TO %4.</source>
        <translation>Benutzer %1 kann in Datenbank %2 keine Schemas anlegen, daher muss jedes Zielschema bereits existieren. Abhilfe: GRANT CREATE ON DATABASE %3 TO %4.</translation>
    </message>
    <message>
        <source>User %1 cannot create tables in schema %2; Ferry can still create and use schemas of its own. Fix: GRANT CREATE ON SCHEMA %3 TO %4.</source>
        <translation>Benutzer %1 kann in Schema %2 keine Tabellen anlegen; Ferry kann aber eigene Schemas anlegen und verwenden. Abhilfe: GRANT CREATE ON SCHEMA %3 TO %4.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2 as %3, database %4.</source>
        <translation>Verbunden mit PostgreSQL %1 auf %2 als %3, Datenbank %4.</translation>
    </message>
    <message>
        <source>TLS on (%1)</source>
        <translation>TLS an (%1)</translation>
    </message>
    <message>
        <source>TLS off</source>
        <translation>TLS aus</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL at %1, but could not check the user&apos;s privileges.</source>
        <translation>Verbunden mit PostgreSQL auf %1, die Berechtigungen des Benutzers konnten aber nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The detail holds the server&apos;s reason; the checks read pg_roles, pg_stat_ssl and the current settings.</source>
        <translation>Das Detail enthält den Grund des Servers; die Prüfungen lesen pg_roles, pg_stat_ssl und die aktuellen Einstellungen.</translation>
    </message>
    <message>
        <source>Read the server&apos;s message above.</source>
        <translation>Lesen Sie die obige Meldung des Servers.</translation>
    </message>
    <message>
        <source>Setting up the session on %1 failed.</source>
        <translation>Das Einrichten der Sitzung auf %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Column %1 of %2 is created as %3 instead of %4: the table&apos;s columns do not fit MySQL&apos;s 65,535-byte row limit otherwise.</source>
        <translation>Spalte %1 von %2 wird als %3 statt als %4 angelegt: Sonst passen die Spalten der Tabelle nicht in die MySQL-Zeilengrenze von 65.535 Byte.</translation>
    </message>
    <message>
        <source>A batch for %1 has %2 columns, the reader produces %3.</source>
        <translation>Ein Stapel für %1 hat %2 Spalten, der Leser liefert %3.</translation>
    </message>
    <message>
        <source>Reading %1 from the MySQL/MariaDB source failed.</source>
        <translation>Das Lesen von %1 aus der MySQL/MariaDB-Quelle ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A value of column %1 of %2 cannot be converted.</source>
        <translation>Ein Wert der Spalte %1 von %2 kann nicht konvertiert werden.</translation>
    </message>
    <message>
        <source>Change the column&apos;s type with a mapping rule, or filter the row out.</source>
        <translation>Ändern Sie den Typ der Spalte mit einer Zuordnungsregel oder filtern Sie die Zeile heraus.</translation>
    </message>
    <message>
        <source>Reading the key range of %1 from the MySQL/MariaDB source failed.</source>
        <translation>Das Lesen des Schlüsselbereichs von %1 aus der MySQL/MariaDB-Quelle ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Column %1 of %2 cannot split the table into key ranges: its values are not 64-bit integers.</source>
        <translation>Spalte %1 von %2 kann die Tabelle nicht in Schlüsselbereiche aufteilen: Ihre Werte sind keine 64-Bit-Ganzzahlen.</translation>
    </message>
    <message>
        <source>Use an integer key column for parallel-load ranges, or load the table without ranges.</source>
        <translation>Verwenden Sie für Bereiche beim parallelen Laden eine ganzzahlige Schlüsselspalte oder laden Sie die Tabelle ohne Bereiche.</translation>
    </message>
    <message>
        <source>A statement on the MySQL/MariaDB target %1 failed.</source>
        <translation>Eine Anweisung auf dem MySQL/MariaDB-Ziel %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A query on the MySQL/MariaDB target %1 failed.</source>
        <translation>Eine Abfrage auf dem MySQL/MariaDB-Ziel %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Creating database %1 on the MySQL/MariaDB target failed.</source>
        <translation>Das Anlegen der Datenbank %1 auf dem MySQL/MariaDB-Ziel ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Creating table %1 on the MySQL/MariaDB target failed.</source>
        <translation>Das Anlegen der Tabelle %1 auf dem MySQL/MariaDB-Ziel ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Dropping table %1 on the MySQL/MariaDB target failed.</source>
        <translation>Das Löschen der Tabelle %1 auf dem MySQL/MariaDB-Ziel ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Emptying table %1 on the MySQL/MariaDB target failed.</source>
        <translation>Das Leeren der Tabelle %1 auf dem MySQL/MariaDB-Ziel ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Deleting rows of %1 on the MySQL/MariaDB target failed.</source>
        <translation>Das Löschen von Zeilen aus %1 auf dem MySQL/MariaDB-Ziel ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Adding the primary key of %1 on the MySQL/MariaDB target failed.</source>
        <translation>Das Anlegen des Primärschlüssels von %1 auf dem MySQL/MariaDB-Ziel ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Index %1 of %2 is not created: MySQL has no %3 indexes on these columns.</source>
        <translation>Index %1 von %2 wird nicht angelegt: MySQL hat keine %3-Indizes auf diesen Spalten.</translation>
    </message>
    <message>
        <source>Foreign key %1 of %2 is created with NO ACTION instead of SET DEFAULT, which InnoDB does not support.</source>
        <translation>Fremdschlüssel %1 von %2 wird mit NO ACTION statt SET DEFAULT angelegt, da InnoDB SET DEFAULT nicht unterstützt.</translation>
    </message>
    <message>
        <source>Index %1 of %2 is not created: it indexes an expression (%3), which is not carried over.</source>
        <translation>Index %1 von %2 wird nicht angelegt: Er indiziert einen Ausdruck (%3), der nicht übernommen wird.</translation>
    </message>
    <message>
        <source>Index %1 of %2 is not created: column %3 is of type %4, which MySQL cannot index this way.</source>
        <translation>Index %1 von %2 wird nicht angelegt: Spalte %3 hat den Typ %4, den MySQL so nicht indizieren kann.</translation>
    </message>
    <message>
        <source>A batch for %1 has %2 columns, the writer expects %3.</source>
        <translation>Ein Stapel für %1 hat %2 Spalten, der Schreiber erwartet %3.</translation>
    </message>
    <message>
        <source>Writing to %1 on the MySQL/MariaDB target failed.</source>
        <translation>Das Schreiben in %1 auf dem MySQL/MariaDB-Ziel ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The MySQL/MariaDB server %1 does not allow LOAD DATA LOCAL INFILE (local_infile is OFF), so rows are written with multi-row INSERT statements, which is several times slower. To enable the fast path run SET GLOBAL local_infile = 1 as an administrator, or put local-infile = 1 in the [mysqld] section of the server&apos;s configuration.</source>
        <translation>Der MySQL/MariaDB-Server %1 erlaubt kein LOAD DATA LOCAL INFILE (local_infile ist OFF), daher werden Zeilen mit mehrzeiligen INSERT-Anweisungen geschrieben, was um ein Mehrfaches langsamer ist. Für den schnellen Weg führen Sie als Administrator SET GLOBAL local_infile = 1 aus oder tragen Sie local-infile = 1 im Abschnitt [mysqld] der Serverkonfiguration ein.</translation>
    </message>
    <message>
        <source>Reading the catalog of database &apos;%1&apos; on %2 failed.</source>
        <translation>Das Lesen des Katalogs der Datenbank &apos;%1&apos; auf %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check that the user may read information_schema for this database (SELECT and SHOW VIEW privileges) and that the server is still reachable.</source>
        <translation>Prüfen Sie, ob der Benutzer information_schema für diese Datenbank lesen darf (Berechtigungen SELECT und SHOW VIEW) und ob der Server noch erreichbar ist.</translation>
    </message>
    <message>
        <source>Listing the databases on %1 failed.</source>
        <translation>Das Auflisten der Datenbanken auf %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; does not exist on %2.</source>
        <translation>Die Datenbank &apos;%1&apos; existiert nicht auf %2.</translation>
    </message>
    <message>
        <source>Check the name (case matters on most Linux servers) and that the user may see the database (SHOW DATABASES or a privilege on it).</source>
        <translation>Prüfen Sie den Namen (auf den meisten Linux-Servern zählt die Groß- und Kleinschreibung) und ob der Benutzer die Datenbank sehen darf (SHOW DATABASES oder eine Berechtigung darauf).</translation>
    </message>
    <message>
        <source>Unknown ssl-mode &apos;%1&apos;.</source>
        <translation>Unbekannter ssl-mode &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A query on the MySQL/MariaDB server failed.</source>
        <translation>Eine Abfrage auf dem MySQL/MariaDB-Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Read the server&apos;s message above; a lost connection can be retried.</source>
        <translation>Lesen Sie die obige Meldung des Servers; bei einer verlorenen Verbindung kann der Vorgang wiederholt werden.</translation>
    </message>
    <message>
        <source>The host name &apos;%1&apos; could not be resolved.</source>
        <translation>Der Hostname &apos;%1&apos; konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Check the host name for typos, or use the server&apos;s IP address; make sure this machine can resolve names (DNS, /etc/hosts).</source>
        <translation>Prüfen Sie den Hostnamen auf Tippfehler oder verwenden Sie die IP-Adresse des Servers; stellen Sie sicher, dass dieser Rechner Namen auflösen kann (DNS, /etc/hosts).</translation>
    </message>
    <message>
        <source>Nothing accepted the connection at %1.</source>
        <translation>Unter %1 hat nichts die Verbindung angenommen.</translation>
    </message>
    <message>
        <source>Check that the MySQL/MariaDB server is running and listens on port %1 of that address (bind-address, skip-networking), and that no firewall blocks the port.</source>
        <translation>Prüfen Sie, ob der MySQL/MariaDB-Server läuft und auf Port %1 dieser Adresse lauscht (bind-address, skip-networking) und ob keine Firewall den Port sperrt.</translation>
    </message>
    <message numerus="yes">
        <source>The server at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Server auf %1 hat nicht innerhalb einer Sekunde geantwortet.</numerusform>
            <numerusform>Der Server auf %1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the host and port (is it a MySQL/MariaDB server?), firewalls and network routes; raise connect_timeout if the network is slow.</source>
        <translation>Prüfen Sie Host und Port (ist es ein MySQL/MariaDB-Server?), Firewalls und Netzwerkrouten; erhöhen Sie connect_timeout, wenn das Netzwerk langsam ist.</translation>
    </message>
    <message>
        <source>The server at %1 rejected the login of user &apos;%2&apos;.</source>
        <translation>Der Server auf %1 hat die Anmeldung von Benutzer &apos;%2&apos; abgelehnt.</translation>
    </message>
    <message>
        <source>Check the user name and the password (FERRY_SOURCE_PASSWORD or FERRY_TARGET_PASSWORD, the keyring, or ~/.my.cnf), and that an account &apos;%1&apos;@&apos;&lt;this client&apos;s host&gt;&apos; exists and may log in from here.</source>
        <translation>Prüfen Sie Benutzername und Passwort (FERRY_SOURCE_PASSWORD oder FERRY_TARGET_PASSWORD, den Schlüsselbund oder ~/.my.cnf) und ob ein Konto &apos;%1&apos;@&apos;&lt;Host dieses Clients&gt;&apos; existiert, das sich von hier aus anmelden darf.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed.</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check that ssl-ca names the CA certificate that signed the server&apos;s certificate, that with ssl-mode=VERIFY_IDENTITY the host name matches the certificate, and that the server has TLS enabled; use ssl-mode=PREFERRED only on a trusted network.</source>
        <translation>Prüfen Sie, ob ssl-ca das CA-Zertifikat nennt, das das Serverzertifikat signiert hat, ob bei ssl-mode=VERIFY_IDENTITY der Hostname zum Zertifikat passt und ob TLS auf dem Server aktiviert ist; verwenden Sie ssl-mode=PREFERRED nur in einem vertrauenswürdigen Netzwerk.</translation>
    </message>
    <message>
        <source>Check the database name (names are case-sensitive on most Linux servers), or create the database first.</source>
        <translation>Prüfen Sie den Datenbanknamen (auf den meisten Linux-Servern wird Groß- und Kleinschreibung unterschieden) oder legen Sie die Datenbank zuerst an.</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; may not use the database &apos;%2&apos; on %3.</source>
        <translation>Benutzer &apos;%1&apos; darf die Datenbank &apos;%2&apos; auf %3 nicht verwenden.</translation>
    </message>
    <message>
        <source>Ask an administrator to grant access, for example GRANT SELECT, SHOW VIEW ON `%1`.* TO &apos;%2&apos;@&apos;%&apos;.</source>
        <translation>Bitten Sie einen Administrator, Zugriff zu gewähren, zum Beispiel mit GRANT SELECT, SHOW VIEW ON `%1`.* TO &apos;%2&apos;@&apos;%&apos;.</translation>
    </message>
    <message>
        <source>Could not connect to the MySQL/MariaDB server at %1.</source>
        <translation>Keine Verbindung zum MySQL/MariaDB-Server auf %1.</translation>
    </message>
    <message>
        <source>Check that the address belongs to a MySQL or MariaDB server and read the server&apos;s error log for the reason.</source>
        <translation>Prüfen Sie, ob die Adresse zu einem MySQL- oder MariaDB-Server gehört, und lesen Sie den Grund im Fehlerprotokoll des Servers nach.</translation>
    </message>
    <message>
        <source>The server at %1 runs %2 %3, which is older than Ferry supports (%2 %4 or newer).</source>
        <translation>Auf dem Server %1 läuft %2 %3, eine ältere Version, als Ferry unterstützt (%2 %4 oder neuer).</translation>
    </message>
    <message>
        <source>Server version %1.</source>
        <translation>Serverversion %1.</translation>
    </message>
    <message>
        <source>Upgrade the server, or dump the data with mysqldump and load it into a supported server first.</source>
        <translation>Aktualisieren Sie den Server oder sichern Sie die Daten zuerst mit mysqldump und laden Sie sie in einen unterstützten Server.</translation>
    </message>
    <message>
        <source>Binary logging is off on the server (log_bin), so changes made during and after the full load cannot be captured.</source>
        <translation>Das Binärlog ist auf dem Server ausgeschaltet (log_bin), daher können Änderungen während und nach der Volllast nicht erfasst werden.</translation>
    </message>
    <message>
        <source>binlog_format is %1, not ROW; change data capture needs row-based logging (binlog_format = ROW).</source>
        <translation>binlog_format ist %1, nicht ROW; Change Data Capture (CDC) braucht zeilenbasiertes Logging (binlog_format = ROW).</translation>
    </message>
    <message>
        <source>binlog_row_image is %1, not FULL; change data capture needs full row images (binlog_row_image = FULL).</source>
        <translation>binlog_row_image ist %1, nicht FULL; Change Data Capture (CDC) braucht vollständige Zeilenabbilder (binlog_row_image = FULL).</translation>
    </message>
    <message>
        <source>Testing the connection to %1 failed unexpectedly.</source>
        <translation>Der Test der Verbindung zu %1 ist unerwartet fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the catalog from %1 failed unexpectedly.</source>
        <translation>Das Lesen des Katalogs von %1 ist unerwartet fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The ssl-mode &apos;%1&apos; is not known.</source>
        <translation>Der ssl-mode &apos;%1&apos; ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Use ssl-mode=DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY.</source>
        <translation>Verwenden Sie ssl-mode=DISABLED, PREFERRED, REQUIRED, VERIFY_CA oder VERIFY_IDENTITY.</translation>
    </message>
    <message>
        <source>The port %1 is out of range.</source>
        <translation>Der Port %1 liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>Use a port between 1 and 65535 (MySQL&apos;s default is 3306).</source>
        <translation>Verwenden Sie einen Port zwischen 1 und 65535 (Standard von MySQL ist 3306).</translation>
    </message>
    <message>
        <source>The %1 file &apos;%2&apos; does not exist.</source>
        <translation>Die %1-Datei &apos;%2&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>Give the full path of a PEM file readable by this user.</source>
        <translation>Geben Sie den vollständigen Pfad einer PEM-Datei an, die dieser Benutzer lesen kann.</translation>
    </message>
    <message>
        <source>Connected to %1 %2 at %3.</source>
        <translation>Verbunden mit %1 %2 auf %3.</translation>
    </message>
    <message>
        <source>Server version %1; the connection is not encrypted.</source>
        <translation>Serverversion %1; die Verbindung ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Server version %1; TLS cipher %2.</source>
        <translation>Serverversion %1; TLS-Cipher %2.</translation>
    </message>
    <message>
        <source>The privileges of user &apos;%1&apos; could not be read (SHOW GRANTS failed), so they were not checked.</source>
        <translation>Die Berechtigungen von Benutzer &apos;%1&apos; konnten nicht gelesen werden (SHOW GRANTS ist fehlgeschlagen), daher wurden sie nicht geprüft.</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; may not create tables in the database &apos;%2&apos; on %3.</source>
        <translation>Benutzer &apos;%1&apos; darf in der Datenbank &apos;%2&apos; auf %3 keine Tabellen anlegen.</translation>
    </message>
    <message>
        <source>The CREATE privilege of user &apos;%1&apos; on database &apos;%2&apos; could not be confirmed (it may come from a role).</source>
        <translation>Die CREATE-Berechtigung von Benutzer &apos;%1&apos; für Datenbank &apos;%2&apos; konnte nicht bestätigt werden (sie stammt möglicherweise aus einer Rolle).</translation>
    </message>
    <message>
        <source>SHOW GRANTS lists no CREATE privilege on `%1`.* or *.* for the user.</source>
        <translation>SHOW GRANTS nennt für den Benutzer keine CREATE-Berechtigung auf `%1`.* oder *.*.</translation>
    </message>
    <message>
        <source>Ask an administrator to run GRANT CREATE, ALTER, DROP, INDEX, REFERENCES, SELECT, INSERT, UPDATE, DELETE ON `%1`.* TO &apos;%2&apos;@&apos;%&apos;; or choose a database the user owns.</source>
        <translation>Bitten Sie einen Administrator, GRANT CREATE, ALTER, DROP, INDEX, REFERENCES, SELECT, INSERT, UPDATE, DELETE ON `%1`.* TO &apos;%2&apos;@&apos;%&apos; auszuführen, oder wählen Sie eine Datenbank, die dem Benutzer gehört.</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; may not create databases; choose a target database in the connection.</source>
        <translation>Benutzer &apos;%1&apos; darf keine Datenbanken anlegen; wählen Sie in der Verbindung eine Zieldatenbank.</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; lacks the REPLICATION CLIENT privilege (BINLOG MONITOR on MariaDB 10.5+), which change data capture needs to read the binary log position.</source>
        <translation>Benutzer &apos;%1&apos; fehlt die Berechtigung REPLICATION CLIENT (BINLOG MONITOR ab MariaDB 10.5), die Change Data Capture (CDC) braucht, um die Position im Binärlog zu lesen.</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; lacks the REPLICATION SLAVE privilege, which change data capture needs to stream the binary log.</source>
        <translation>Benutzer &apos;%1&apos; fehlt die Berechtigung REPLICATION SLAVE, die Change Data Capture (CDC) braucht, um das Binärlog zu streamen.</translation>
    </message>
    <message>
        <source>Another connection holds a lock on the SQLite database; the load retries.</source>
        <translation>Eine andere Verbindung hält eine Sperre auf der SQLite-Datenbank; der Ladevorgang versucht es erneut.</translation>
    </message>
    <message>
        <source>Free space on the file system that holds the SQLite database.</source>
        <translation>Schaffen Sie freien Speicherplatz auf dem Dateisystem, auf dem die SQLite-Datenbank liegt.</translation>
    </message>
    <message>
        <source>Reading the SQLite table %1 failed.</source>
        <translation>Das Lesen der SQLite-Tabelle %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The value %1 in the boolean column %2 of the SQLite table %3 is not a truth value.</source>
        <translation>Der Wert %1 in der booleschen Spalte %2 der SQLite-Tabelle %3 ist kein Wahrheitswert.</translation>
    </message>
    <message>
        <source>Booleans are read from 0/1 (any nonzero number is true) and from true/false, t/f, yes/no, y/n, on/off.</source>
        <translation>Boolesche Werte werden aus 0/1 (jede Zahl ungleich null ist wahr) und aus true/false, t/f, yes/no, y/n, on/off gelesen.</translation>
    </message>
    <message>
        <source>text or blob values</source>
        <translation>Text- oder BLOB-Werte</translation>
    </message>
    <message>
        <source>NULL values</source>
        <translation>NULL-Werte</translation>
    </message>
    <message>
        <source>Reading the key range of the SQLite table %1 failed.</source>
        <translation>Das Lesen des Schlüsselbereichs der SQLite-Tabelle %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The key column %1 of the SQLite table %2 holds %3, so the table cannot be split into integer key ranges.</source>
        <translation>Die Schlüsselspalte %1 der SQLite-Tabelle %2 enthält %3, daher kann die Tabelle nicht in ganzzahlige Schlüsselbereiche aufgeteilt werden.</translation>
    </message>
    <message>
        <source>Load this table in one piece (table-settings parallel-load type none) or choose an integer key column.</source>
        <translation>Laden Sie diese Tabelle in einem Stück (table-settings parallel-load type none) oder wählen Sie eine ganzzahlige Schlüsselspalte.</translation>
    </message>
    <message>
        <source>Could not prepare the query on the SQLite table %1.</source>
        <translation>Die Abfrage auf die SQLite-Tabelle %1 konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>Check that the table and its columns exist in the source database (the catalog may be out of date).</source>
        <translation>Prüfen Sie, ob die Tabelle und ihre Spalten in der Quelldatenbank existieren (der Katalog ist möglicherweise veraltet).</translation>
    </message>
    <message>
        <source>Writing a batch into the SQLite table %1 failed.</source>
        <translation>Das Schreiben eines Stapels in die SQLite-Tabelle %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The SQLite table %1 refused a row.</source>
        <translation>Die SQLite-Tabelle %1 hat eine Zeile abgewiesen.</translation>
    </message>
    <message>
        <source>The value %1 for the boolean column %2 of the SQLite table %3 is not a truth value.</source>
        <translation>Der Wert %1 für die boolesche Spalte %2 der SQLite-Tabelle %3 ist kein Wahrheitswert.</translation>
    </message>
    <message>
        <source>Could not create the SQLite table %1.</source>
        <translation>Die SQLite-Tabelle %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not drop the SQLite table %1.</source>
        <translation>Die SQLite-Tabelle %1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Could not empty the SQLite table %1.</source>
        <translation>Die SQLite-Tabelle %1 konnte nicht geleert werden.</translation>
    </message>
    <message>
        <source>Could not delete rows of the SQLite table %1.</source>
        <translation>Zeilen der SQLite-Tabelle %1 konnten nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The %1 index %2 of table %3 was not created: SQLite has b-tree indexes only.</source>
        <translation>Der %1-Index %2 der Tabelle %3 wurde nicht angelegt: SQLite kennt nur B-Tree-Indizes.</translation>
    </message>
    <message>
        <source>Index expressions and predicates are copied as the source wrote them; rewrite those SQLite does not understand.</source>
        <translation>Indexausdrücke und -prädikate werden so kopiert, wie die Quelle sie geschrieben hat; schreiben Sie diejenigen um, die SQLite nicht versteht.</translation>
    </message>
    <message>
        <source>Could not prepare the INSERT into the SQLite table %1.</source>
        <translation>Das INSERT in die SQLite-Tabelle %1 konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>A statement on the SQLite target failed.</source>
        <translation>Eine Anweisung auf dem SQLite-Ziel ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The SQLite target %1 stays in journal mode %2 instead of WAL (another connection may hold it open); the load is slower.</source>
        <translation>Das SQLite-Ziel %1 bleibt im Journalmodus %2 statt WAL (möglicherweise hält eine andere Verbindung es offen); der Ladevorgang ist langsamer.</translation>
    </message>
    <message>
        <source>Setting the loading pragmas on the SQLite target %1 failed: %2.</source>
        <translation>Das Setzen der Lade-Pragmas auf dem SQLite-Ziel %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The target SQLite database %1 is set to read-only (mode=ro).</source>
        <translation>Die SQLite-Zieldatenbank %1 ist schreibgeschützt eingestellt (mode=ro).</translation>
    </message>
    <message>
        <source>Remove mode=ro from the target&apos;s connection URI.</source>
        <translation>Entfernen Sie mode=ro aus der Verbindungs-URI des Ziels.</translation>
    </message>
    <message>
        <source>Could not read the catalog of the SQLite database %1.</source>
        <translation>Der Katalog der SQLite-Datenbank %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check that the database is not damaged (sqlite3 FILE &apos;PRAGMA integrity_check;&apos;) and that every view and virtual table in it can be used.</source>
        <translation>Prüfen Sie, ob die Datenbank unbeschädigt ist (sqlite3 FILE &apos;PRAGMA integrity_check;&apos;) und ob jede Ansicht und jede virtuelle Tabelle darin verwendbar ist.</translation>
    </message>
    <message>
        <source>The SQLite database %1 has no schema &apos;%2&apos;.</source>
        <translation>Die SQLite-Datenbank %1 hat kein Schema &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>A SQLite database file has one schema, main: leave the schema out or ask for main.</source>
        <translation>Eine SQLite-Datenbankdatei hat genau ein Schema, main: Lassen Sie das Schema weg oder fragen Sie nach main.</translation>
    </message>
    <message>
        <source>Ferry may not read the SQLite database file %1.</source>
        <translation>Ferry darf die SQLite-Datenbankdatei %1 nicht lesen.</translation>
    </message>
    <message>
        <source>Give the user running Ferry read permission on the file (for example with chmod or by adding it to the file&apos;s group).</source>
        <translation>Geben Sie dem Benutzer, unter dem Ferry läuft, Leserechte auf die Datei (zum Beispiel mit chmod oder indem Sie ihn der Gruppe der Datei hinzufügen).</translation>
    </message>
    <message>
        <source>The file %1 is not a SQLite database.</source>
        <translation>Die Datei %1 ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>Check that the path names a SQLite 3 database file. Encrypted databases (SQLCipher, SEE) cannot be read.</source>
        <translation>Prüfen Sie, ob der Pfad eine SQLite-3-Datenbankdatei bezeichnet. Verschlüsselte Datenbanken (SQLCipher, SEE) können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The SQLite database file %1 is damaged.</source>
        <translation>Die SQLite-Datenbankdatei %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>Check it with: sqlite3 FILE &apos;PRAGMA integrity_check;&apos; and restore it from a backup.</source>
        <translation>Prüfen Sie sie mit sqlite3 FILE &apos;PRAGMA integrity_check;&apos; und stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The SQLite database file %1 stayed locked by another connection for %2 s.</source>
        <translation>Die SQLite-Datenbankdatei %1 blieb %2 s lang von einer anderen Verbindung gesperrt.</translation>
    </message>
    <message>
        <source>Retry when the other program has finished writing, or raise connect_timeout in the connection URI.</source>
        <translation>Versuchen Sie es erneut, wenn das andere Programm mit dem Schreiben fertig ist, oder erhöhen Sie connect_timeout in der Verbindungs-URI.</translation>
    </message>
    <message>
        <source>The SQLite database file %1 needs recovery from an interrupted write, which a read-only connection cannot do.</source>
        <translation>Die SQLite-Datenbankdatei %1 muss nach einem unterbrochenen Schreibvorgang wiederhergestellt werden, was eine schreibgeschützte Verbindung nicht kann.</translation>
    </message>
    <message>
        <source>Open the database once with write access (for example: sqlite3 FILE &apos;PRAGMA quick_check;&apos;) and retry.</source>
        <translation>Öffnen Sie die Datenbank einmal mit Schreibzugriff (zum Beispiel: sqlite3 FILE &apos;PRAGMA quick_check;&apos;) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not open the SQLite database file %1.</source>
        <translation>Die SQLite-Datenbankdatei %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Check that the file is a SQLite 3 database that no other program holds in an exclusive lock.</source>
        <translation>Prüfen Sie, ob die Datei eine SQLite-3-Datenbank ist, die kein anderes Programm exklusiv gesperrt hält.</translation>
    </message>
    <message>
        <source>The directory %1 for the new SQLite database file %2 does not exist.</source>
        <translation>Das Verzeichnis %1 für die neue SQLite-Datenbankdatei %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Create the directory first, or choose a path in an existing one.</source>
        <translation>Legen Sie zuerst das Verzeichnis an oder wählen Sie einen Pfad in einem vorhandenen Verzeichnis.</translation>
    </message>
    <message>
        <source>Ferry may not create the SQLite database file %1 in its directory.</source>
        <translation>Ferry darf die SQLite-Datenbankdatei %1 in ihrem Verzeichnis nicht anlegen.</translation>
    </message>
    <message>
        <source>Give the user running Ferry write permission on the directory, or choose a writable one.</source>
        <translation>Geben Sie dem Benutzer, unter dem Ferry läuft, Schreibrechte auf das Verzeichnis oder wählen Sie ein beschreibbares.</translation>
    </message>
    <message>
        <source>The SQLite connection names no database file.</source>
        <translation>Die SQLite-Verbindung nennt keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>Write sqlite:///absolute/path.db or sqlite:relative/path.db.</source>
        <translation>Schreiben Sie sqlite:///absolute/path.db oder sqlite:relative/path.db.</translation>
    </message>
    <message>
        <source>The SQLite database file %1 does not exist.</source>
        <translation>Die SQLite-Datenbankdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The SQLite database file %1 does not exist: a part of its path is a file, not a directory.</source>
        <translation>Die SQLite-Datenbankdatei %1 existiert nicht: Ein Teil ihres Pfades ist eine Datei, kein Verzeichnis.</translation>
    </message>
    <message>
        <source>Check the path (an absolute path needs three slashes: sqlite:///path/to/file.db). Ferry does not create database files when it tests or reads them; create a new target first, for example with: sqlite3 FILE &apos;PRAGMA user_version = 0;&apos;.</source>
        <translation>Prüfen Sie den Pfad (ein absoluter Pfad braucht drei Schrägstriche: sqlite:///path/to/file.db). Ferry legt keine Datenbankdateien an, wenn es sie testet oder liest; legen Sie zuerst ein neues Ziel an, zum Beispiel mit: sqlite3 FILE &apos;PRAGMA user_version = 0;&apos;.</translation>
    </message>
    <message>
        <source>Ferry may not enter a directory on the path to the SQLite database file %1.</source>
        <translation>Ferry darf ein Verzeichnis auf dem Pfad zur SQLite-Datenbankdatei %1 nicht betreten.</translation>
    </message>
    <message>
        <source>Give the user running Ferry search (x) permission on every directory of the path.</source>
        <translation>Geben Sie dem Benutzer, unter dem Ferry läuft, das Suchrecht (x) auf jedes Verzeichnis des Pfades.</translation>
    </message>
    <message>
        <source>Could not examine the SQLite database file %1.</source>
        <translation>Die SQLite-Datenbankdatei %1 konnte nicht untersucht werden.</translation>
    </message>
    <message>
        <source>Check the path and the file system.</source>
        <translation>Prüfen Sie den Pfad und das Dateisystem.</translation>
    </message>
    <message>
        <source>%1 is a directory, not a SQLite database file.</source>
        <translation>%1 ist ein Verzeichnis, keine SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>Name the database file itself, for example sqlite://%1/data.db.</source>
        <translation>Geben Sie die Datenbankdatei selbst an, zum Beispiel sqlite://%1/data.db.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a SQLite database.</source>
        <translation>%1 ist keine reguläre Datei und kann daher keine SQLite-Datenbank sein.</translation>
    </message>
    <message>
        <source>Name the database file itself.</source>
        <translation>Geben Sie die Datenbankdatei selbst an.</translation>
    </message>
    <message>
        <source>Ferry may not write to the SQLite database file %1, which it needs as a target.</source>
        <translation>Ferry darf nicht in die SQLite-Datenbankdatei %1 schreiben, was es für ein Ziel braucht.</translation>
    </message>
    <message>
        <source>Give the user running Ferry write permission on the file, or choose a file on a writable file system.</source>
        <translation>Geben Sie dem Benutzer, unter dem Ferry läuft, Schreibrechte auf die Datei oder wählen Sie eine Datei auf einem beschreibbaren Dateisystem.</translation>
    </message>
    <message>
        <source>Ferry may not create files in the directory %1, which SQLite needs for the journal when it writes to %2.</source>
        <translation>Ferry darf im Verzeichnis %1 keine Dateien anlegen, was SQLite für das Journal braucht, wenn es in %2 schreibt.</translation>
    </message>
    <message>
        <source>Give the user running Ferry write permission on the directory, or move the database to a writable one.</source>
        <translation>Geben Sie dem Benutzer, unter dem Ferry läuft, Schreibrechte auf das Verzeichnis oder verschieben Sie die Datenbank in ein beschreibbares.</translation>
    </message>
    <message>
        <source>SQLite opened the database file %1 read-only, but a target must be writable.</source>
        <translation>SQLite hat die Datenbankdatei %1 schreibgeschützt geöffnet, ein Ziel muss aber beschreibbar sein.</translation>
    </message>
    <message>
        <source>Give the user running Ferry write permission on the file and its directory, on a writable file system.</source>
        <translation>Geben Sie dem Benutzer, unter dem Ferry läuft, Schreibrechte auf die Datei und ihr Verzeichnis, auf einem beschreibbaren Dateisystem.</translation>
    </message>
    <message>
        <source>A query on the SQLite database failed.</source>
        <translation>Eine Abfrage auf der SQLite-Datenbank ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Opened the SQLite database file %1 read-only.</source>
        <translation>Die SQLite-Datenbankdatei %1 wurde schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Opened the SQLite database file %1 for writing.</source>
        <translation>Die SQLite-Datenbankdatei %1 wurde zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>The SQLite option mode=%1 is not supported.</source>
        <translation>Die SQLite-Option mode=%1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Use mode=ro (never write) or mode=rw. Ferry does not create database files.</source>
        <translation>Verwenden Sie mode=ro (nie schreiben) oder mode=rw. Ferry legt keine Datenbankdateien an.</translation>
    </message>
    <message>
        <source>The ODBC driver refused a block cursor for the table %1.</source>
        <translation>Der ODBC-Treiber hat einen Block-Cursor für die Tabelle %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Binding the column %1 of the table %2 failed.</source>
        <translation>Das Binden der Spalte %1 der Tabelle %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the table %1 through ODBC failed.</source>
        <translation>Das Lesen der Tabelle %1 über ODBC ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The ODBC driver could not convert a row of the table %1.</source>
        <translation>Der ODBC-Treiber konnte eine Zeile der Tabelle %1 nicht konvertieren.</translation>
    </message>
    <message>
        <source>The value %1 in the column %2 of the table %3 cannot be read as %4.</source>
        <translation>Der Wert %1 in der Spalte %2 der Tabelle %3 kann nicht als %4 gelesen werden.</translation>
    </message>
    <message>
        <source>A value in the column %1 of the table %2 is longer than the column&apos;s declared size.</source>
        <translation>Ein Wert in der Spalte %1 der Tabelle %2 ist länger als die deklarierte Größe der Spalte.</translation>
    </message>
    <message>
        <source>Load the table with a driver that enforces column sizes, or widen the column&apos;s type in the source.</source>
        <translation>Laden Sie die Tabelle mit einem Treiber, der Spaltengrößen durchsetzt, oder vergrößern Sie den Typ der Spalte in der Quelle.</translation>
    </message>
    <message>
        <source>Reading the column %1 of the table %2 through ODBC failed.</source>
        <translation>Das Lesen der Spalte %1 der Tabelle %2 über ODBC ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not allocate an ODBC statement.</source>
        <translation>Es konnte keine ODBC-Anweisung angelegt werden.</translation>
    </message>
    <message>
        <source>Setting the session time zone to UTC on the %1 failed.</source>
        <translation>Das Setzen der Sitzungszeitzone auf UTC für %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The key column %1 of the table %2 does not hold integers, so the table cannot be split into key ranges.</source>
        <translation>Die Schlüsselspalte %1 der Tabelle %2 enthält keine Ganzzahlen, daher kann die Tabelle nicht in Schlüsselbereiche aufgeteilt werden.</translation>
    </message>
    <message>
        <source>Reading the key range of the table %1 through ODBC failed.</source>
        <translation>Das Lesen des Schlüsselbereichs der Tabelle %1 über ODBC ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The query on the table %1 through the %2 failed.</source>
        <translation>Die Abfrage auf die Tabelle %1 über %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The ODBC connection names neither a data source nor a driver.</source>
        <translation>Die ODBC-Verbindung nennt weder eine Datenquelle noch einen Treiber.</translation>
    </message>
    <message>
        <source>Could not read the catalog of the %1: %2 failed.</source>
        <translation>Der Katalog von %1 konnte nicht gelesen werden: %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check that the user may read the database&apos;s metadata; the detail holds the driver&apos;s message.</source>
        <translation>Prüfen Sie, ob der Benutzer die Metadaten der Datenbank lesen darf; das Detail enthält die Meldung des Treibers.</translation>
    </message>
    <message>
        <source>Could not start the ODBC driver manager to list its data sources.</source>
        <translation>Der ODBC-Treiber-Manager konnte nicht gestartet werden, um seine Datenquellen aufzulisten.</translation>
    </message>
    <message>
        <source>Check that unixODBC is installed (package unixodbc).</source>
        <translation>Prüfen Sie, ob unixODBC installiert ist (Paket unixodbc).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>connection string: %1</source>
        <translation>Verbindungszeichenfolge: %1</translation>
    </message>
    <message>
        <source>The ODBC driver manager does not know the %1.</source>
        <translation>Der ODBC-Treiber-Manager kennt %1 nicht.</translation>
    </message>
    <message>
        <source>~/.odbc.ini and /etc/odbc.ini</source>
        <translation>~/.odbc.ini und /etc/odbc.ini</translation>
    </message>
    <message>
        <source>Known data sources: %1. Installed drivers: %2. unixODBC reads data sources from %3 (ODBCINI) and drivers from %4 (ODBCSYSINI); check the name or register it there.</source>
        <translation>Bekannte Datenquellen: %1. Installierte Treiber: %2. unixODBC liest Datenquellen aus %3 (ODBCINI) und Treiber aus %4 (ODBCSYSINI); prüfen Sie den Namen oder registrieren Sie ihn dort.</translation>
    </message>
    <message>
        <source>Could not log in to the %1: the user name or password was rejected.</source>
        <translation>Anmeldung bei %1 nicht möglich: Benutzername oder Passwort wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Check the user name and the password: set FERRY_SOURCE_PASSWORD or FERRY_TARGET_PASSWORD, or UID and PWD in the data source.</source>
        <translation>Prüfen Sie Benutzername und Passwort: Setzen Sie FERRY_SOURCE_PASSWORD oder FERRY_TARGET_PASSWORD oder UID und PWD in der Datenquelle.</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the server refused the connection.</source>
        <translation>Keine Verbindung zu %1: Der Server hat die Verbindung abgewiesen.</translation>
    </message>
    <message>
        <source>Check the server name and port of the data source and that the database server is running and accepts TCP connections.</source>
        <translation>Prüfen Sie Servername und Port der Datenquelle und ob der Datenbankserver läuft und TCP-Verbindungen annimmt.</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the server&apos;s host name could not be resolved.</source>
        <translation>Keine Verbindung zu %1: Der Hostname des Servers konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Check the server name in the data source or connection options.</source>
        <translation>Prüfen Sie den Servernamen in der Datenquelle oder in den Verbindungsoptionen.</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the server did not answer within %2 seconds.</source>
        <translation>Keine Verbindung zu %1: Der Server hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>Check that the server is reachable (firewall, VPN, port) or raise connect_timeout.</source>
        <translation>Prüfen Sie, ob der Server erreichbar ist (Firewall, VPN, Port), oder erhöhen Sie connect_timeout.</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the TLS (SSL) handshake or certificate check failed.</source>
        <translation>Keine Verbindung zu %1: Der TLS-(SSL-)Handshake oder die Zertifikatsprüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check the driver&apos;s TLS options (certificate authority file, verification mode) and whether the server offers TLS.</source>
        <translation>Prüfen Sie die TLS-Optionen des Treibers (CA-Datei, Prüfmodus) und ob der Server TLS anbietet.</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the database does not exist.</source>
        <translation>Keine Verbindung zu %1: Die Datenbank existiert nicht.</translation>
    </message>
    <message>
        <source>Check the database name (Database=...) of the data source or create the database.</source>
        <translation>Prüfen Sie den Datenbanknamen (Database=...) der Datenquelle oder legen Sie die Datenbank an.</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the user may not use the database.</source>
        <translation>Keine Verbindung zu %1: Der Benutzer darf die Datenbank nicht verwenden.</translation>
    </message>
    <message>
        <source>Grant the user access to the database, or connect as another user.</source>
        <translation>Gewähren Sie dem Benutzer Zugriff auf die Datenbank oder verbinden Sie sich als anderer Benutzer.</translation>
    </message>
    <message>
        <source>The file of the %1 is not a database.</source>
        <translation>Die Datei von %1 ist keine Datenbank.</translation>
    </message>
    <message>
        <source>Check the Database= path of the data source.</source>
        <translation>Prüfen Sie den Pfad unter Database= in der Datenquelle.</translation>
    </message>
    <message>
        <source>Could not connect to the %1.</source>
        <translation>Keine Verbindung zu %1.</translation>
    </message>
    <message>
        <source>Read the driver&apos;s message in the detail; the driver&apos;s documentation lists its connection options.</source>
        <translation>Lesen Sie die Meldung des Treibers im Detail; die Dokumentation des Treibers listet seine Verbindungsoptionen auf.</translation>
    </message>
    <message>
        <source>Testing the connection to the %1 failed unexpectedly.</source>
        <translation>Der Test der Verbindung zu %1 ist unerwartet fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the catalog of the %1 failed unexpectedly.</source>
        <translation>Das Lesen des Katalogs von %1 ist unerwartet fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Connected to %1 %2 through the %3.</source>
        <translation>Verbunden mit %1 %2 über %3.</translation>
    </message>
    <message>
        <source>ODBC driver %1 %2 (ODBC %3), database %4</source>
        <translation>ODBC-Treiber %1 %2 (ODBC %3), Datenbank %4</translation>
    </message>
    <message>
        <source>The driver reported: %1</source>
        <translation>Der Treiber meldete: %1</translation>
    </message>
    <message>
        <source>The %1 is read-only, so it cannot be a target.</source>
        <translation>%1 ist schreibgeschützt und kann daher kein Ziel sein.</translation>
    </message>
    <message>
        <source>Use a data source that allows writing (check its read-only option).</source>
        <translation>Verwenden Sie eine Datenquelle, die Schreiben erlaubt (prüfen Sie ihre Schreibschutzoption).</translation>
    </message>
    <message>
        <source>Unexpected text after the end of the JSON document.</source>
        <translation>Unerwarteter Text nach dem Ende des JSON-Dokuments.</translation>
    </message>
    <message>
        <source>The JSON document is nested more than %1 levels deep.</source>
        <translation>Das JSON-Dokument ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>The JSON document ends where a value is expected.</source>
        <translation>Das JSON-Dokument endet, wo ein Wert erwartet wird.</translation>
    </message>
    <message>
        <source>Expected a JSON value.</source>
        <translation>Ein JSON-Wert wurde erwartet.</translation>
    </message>
    <message>
        <source>Expected a key in double quotes.</source>
        <translation>Ein Schlüssel in doppelten Anführungszeichen wurde erwartet.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; appears twice in the same object.</source>
        <translation>Der Schlüssel &apos;%1&apos; kommt im selben Objekt zweimal vor.</translation>
    </message>
    <message>
        <source>Remove one of them; JSON readers disagree on which wins.</source>
        <translation>Entfernen Sie einen davon; JSON-Leser sind sich nicht einig, welcher gilt.</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after the key.</source>
        <translation>Nach dem Schlüssel wurde &apos;:&apos; erwartet.</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;}&apos; in the object.</source>
        <translation>Im Objekt wurde &apos;,&apos; oder &apos;}&apos; erwartet.</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;]&apos; in the list.</source>
        <translation>In der Liste wurde &apos;,&apos; oder &apos;]&apos; erwartet.</translation>
    </message>
    <message>
        <source>The string has no closing &apos;&quot;&apos;.</source>
        <translation>Der Zeichenkette fehlt das schließende &apos;&quot;&apos;.</translation>
    </message>
    <message>
        <source>A control character (such as a line break) inside a string.</source>
        <translation>Ein Steuerzeichen (etwa ein Zeilenumbruch) in einer Zeichenkette.</translation>
    </message>
    <message>
        <source>Write it as an escape, e.g. \n.</source>
        <translation>Schreiben Sie es als Escape-Sequenz, z. B. \n.</translation>
    </message>
    <message>
        <source>Invalid \u escape in a string.</source>
        <translation>Ungültige \u-Escape-Sequenz in einer Zeichenkette.</translation>
    </message>
    <message>
        <source>Invalid escape in a string.</source>
        <translation>Ungültige Escape-Sequenz in einer Zeichenkette.</translation>
    </message>
    <message>
        <source>Write a backslash as \\.</source>
        <translation>Schreiben Sie einen Backslash als \\.</translation>
    </message>
    <message>
        <source>Invalid number.</source>
        <translation>Ungültige Zahl.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Die Datei ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>A DMS JSON document is a few hundred KB at most; check that this is the right file.</source>
        <translation>Ein DMS-JSON-Dokument ist höchstens einige hundert KB groß; prüfen Sie, ob dies die richtige Datei ist.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Die Datei ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>Check the quotes, commas and brackets at and just before this position.</source>
        <translation>Prüfen Sie Anführungszeichen, Kommas und Klammern an dieser Stelle und direkt davor.</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Erwartet: %1; gefunden: %2.</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Rule #%1 (no rule-id): %2</source>
        <translation>Regel #%1 (ohne rule-id): %2</translation>
    </message>
    <message>
        <source>a table-mapping object {&quot;rules&quot;: [...]}</source>
        <translation>ein Tabellenzuordnungsobjekt {&quot;rules&quot;: [...]}</translation>
    </message>
    <message>
        <source>Unknown key &apos;%1&apos;.</source>
        <translation>Unbekannter Schlüssel &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The table mapping has no &quot;rules&quot; list.</source>
        <translation>Die Tabellenzuordnung hat keine Liste &quot;rules&quot;.</translation>
    </message>
    <message>
        <source>A DMS table mapping is {&quot;rules&quot;: [...]} with at least one selection rule.</source>
        <translation>Eine DMS-Tabellenzuordnung ist {&quot;rules&quot;: [...]} mit mindestens einer Auswahlregel.</translation>
    </message>
    <message>
        <source>a task-settings object {&quot;TargetMetadata&quot;: {...}, ...}</source>
        <translation>ein Aufgabeneinstellungsobjekt {&quot;TargetMetadata&quot;: {...}, ...}</translation>
    </message>
    <message>
        <source>The URI of endpoint &apos;%1&apos; is not a %2 URI.</source>
        <translation>Die URI des Endpunkts &apos;%1&apos; ist keine %2-URI.</translation>
    </message>
    <message>
        <source>Make the URI scheme match the endpoint&apos;s engine.</source>
        <translation>Passen Sie das URI-Schema an die Engine des Endpunkts an.</translation>
    </message>
    <message>
        <source>The project cannot be saved because it is not valid: %1</source>
        <translation>Das Projekt kann nicht gespeichert werden, weil es nicht gültig ist: %1</translation>
    </message>
    <message>
        <source>The project cannot be saved: it would not read back unchanged.</source>
        <translation>Das Projekt kann nicht gespeichert werden: Es ließe sich nicht unverändert zurücklesen.</translation>
    </message>
    <message>
        <source>This is a bug in Ferry; please report it with the project file.</source>
        <translation>Dies ist ein Fehler in Ferry; bitte melden Sie ihn zusammen mit der Projektdatei.</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>Compiler-style issue line: &quot;file:line:column: error: path: message&quot;</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>The project file is empty.</source>
        <translation>Die Projektdatei ist leer.</translation>
    </message>
    <message>
        <source>Start it with the line &apos;ferry: %1&apos;.</source>
        <translation>Beginnen Sie sie mit der Zeile &apos;ferry: %1&apos;.</translation>
    </message>
    <message>
        <source>The project file could not be read.</source>
        <translation>Die Projektdatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The project file does not exist.</source>
        <translation>Die Projektdatei existiert nicht.</translation>
    </message>
    <message>
        <source>Check the path and the current directory.</source>
        <translation>Prüfen Sie den Pfad und das aktuelle Verzeichnis.</translation>
    </message>
    <message>
        <source>The project file could not be opened.</source>
        <translation>Die Projektdatei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Check that the file is readable.</source>
        <translation>Prüfen Sie, ob die Datei lesbar ist.</translation>
    </message>
    <message>
        <source>The project file is too large (over 64 MiB).</source>
        <translation>Die Projektdatei ist zu groß (über 64 MiB).</translation>
    </message>
    <message>
        <source>Check that this is really a Ferry project file.</source>
        <translation>Prüfen Sie, ob dies wirklich eine Ferry-Projektdatei ist.</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The project file could not be written.</source>
        <translation>Die Projektdatei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) in the file</source>
        <translation>
            <numerusform>ein weiterer Fehler in der Datei</numerusform>
            <numerusform>%n weitere Fehler in der Datei</numerusform>
        </translation>
    </message>
    <message>
        <source>Say where the password comes from instead: password: {from: keyring}, {from: env:NAME}, {from: prompt} or {from: pgpass}.</source>
        <translation>Geben Sie stattdessen an, woher das Passwort kommt: password: {from: keyring}, {from: env:NAME}, {from: prompt} oder {from: pgpass}.</translation>
    </message>
    <message>
        <source>A password must not be written into the project file.</source>
        <translation>Ein Passwort darf nicht in die Projektdatei geschrieben werden.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>Put %1 in quotes to use it as text.</source>
        <translation>Setzen Sie %1 in Anführungszeichen, um es als Text zu verwenden.</translation>
    </message>
    <message>
        <source>A name must not be empty.</source>
        <translation>Ein Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The password needs a &apos;from&apos; key.</source>
        <translation>Das Passwort braucht einen Schlüssel &apos;from&apos;.</translation>
    </message>
    <message>
        <source>The password source is not one of keyring, env:NAME, prompt or pgpass.</source>
        <translation>Die Passwortquelle ist keine von keyring, env:NAME, prompt oder pgpass.</translation>
    </message>
    <message>
        <source>&apos;pgpass&apos; applies to PostgreSQL endpoints only.</source>
        <translation>&apos;pgpass&apos; gilt nur für PostgreSQL-Endpunkte.</translation>
    </message>
    <message>
        <source>Use keyring, env:NAME or prompt.</source>
        <translation>Verwenden Sie keyring, env:NAME oder prompt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid environment variable name.</source>
        <translation>&apos;%1&apos; ist kein gültiger Name für eine Umgebungsvariable.</translation>
    </message>
    <message>
        <source>Write env: followed by a name of letters, digits and underscores, e.g. env:FERRY_SOURCE_PASSWORD.</source>
        <translation>Schreiben Sie env: gefolgt von einem Namen aus Buchstaben, Ziffern und Unterstrichen, z. B. env:FERRY_SOURCE_PASSWORD.</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>Meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>an endpoint (a mapping with engine: ...)</source>
        <translation>ein Endpunkt (ein Mapping mit engine: ...)</translation>
    </message>
    <message>
        <source>Use engine: mysql for MariaDB.</source>
        <translation>Verwenden Sie engine: mysql für MariaDB.</translation>
    </message>
    <message>
        <source>Supported engines: %1.</source>
        <translation>Unterstützte Engines: %1.</translation>
    </message>
    <message>
        <source>Unknown engine &apos;%1&apos;.</source>
        <translation>Unbekannte Engine &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The endpoint has no engine.</source>
        <translation>Der Endpunkt hat keine Engine.</translation>
    </message>
    <message>
        <source>Add engine: postgresql, mysql, sqlite or odbc.</source>
        <translation>Fügen Sie engine: postgresql, mysql, sqlite oder odbc hinzu.</translation>
    </message>
    <message>
        <source>SQLite endpoints have no password.</source>
        <translation>SQLite-Endpunkte haben kein Passwort.</translation>
    </message>
    <message>
        <source>Remove the password key.</source>
        <translation>Entfernen Sie den Schlüssel password.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; does not apply to %2 endpoints.</source>
        <translation>Der Schlüssel &apos;%1&apos; gilt nicht für %2-Endpunkte.</translation>
    </message>
    <message>
        <source>Keys for %1 endpoints: %2.</source>
        <translation>Schlüssel für %1-Endpunkte: %2.</translation>
    </message>
    <message>
        <source>Give either &apos;uri&apos; or &apos;%1&apos;, not both.</source>
        <translation>Geben Sie entweder &apos;uri&apos; oder &apos;%1&apos; an, nicht beides.</translation>
    </message>
    <message>
        <source>Put everything into the URI, or remove the URI and use separate keys.</source>
        <translation>Schreiben Sie alles in die URI oder entfernen Sie die URI und verwenden Sie einzelne Schlüssel.</translation>
    </message>
    <message>
        <source>The connection URI is not valid.</source>
        <translation>Die Verbindungs-URI ist ungültig.</translation>
    </message>
    <message>
        <source>The URI is a %1 URI but the endpoint&apos;s engine is %2.</source>
        <translation>Die URI ist eine %1-URI, die Engine des Endpunkts ist aber %2.</translation>
    </message>
    <message>
        <source>Make the URI scheme and the engine agree.</source>
        <translation>Bringen Sie URI-Schema und Engine in Übereinstimmung.</translation>
    </message>
    <message>
        <source>a port number from 1 to 65535</source>
        <translation>eine Portnummer von 1 bis 65535</translation>
    </message>
    <message>
        <source>Remove the quotes around %1.</source>
        <translation>Entfernen Sie die Anführungszeichen um %1.</translation>
    </message>
    <message>
        <source>Write the port as a number, e.g. port: 5432.</source>
        <translation>Schreiben Sie den Port als Zahl, z. B. port: 5432.</translation>
    </message>
    <message>
        <source>a mapping of options</source>
        <translation>ein Mapping von Optionen</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <source>A SQLite endpoint needs a path.</source>
        <translation>Ein SQLite-Endpunkt braucht einen Pfad.</translation>
    </message>
    <message>
        <source>Add path: with the database file, relative to the project file or absolute.</source>
        <translation>Fügen Sie path: mit der Datenbankdatei hinzu, relativ zur Projektdatei oder absolut.</translation>
    </message>
    <message>
        <source>An ODBC endpoint needs a dsn or a driver option.</source>
        <translation>Ein ODBC-Endpunkt braucht eine dsn- oder driver-Option.</translation>
    </message>
    <message>
        <source>Add dsn: with a data source name from odbc.ini, or options: {driver: ...}.</source>
        <translation>Fügen Sie dsn: mit einem Datenquellennamen aus odbc.ini oder options: {driver: ...} hinzu.</translation>
    </message>
    <message>
        <source>a table mapping (a mapping with rules: ...)</source>
        <translation>eine Tabellenzuordnung (ein Mapping mit rules: ...)</translation>
    </message>
    <message>
        <source>The table mapping has no rules list.</source>
        <translation>Die Tabellenzuordnung hat keine Liste rules.</translation>
    </message>
    <message>
        <source>Add rules: with at least one selection rule.</source>
        <translation>Fügen Sie rules: mit mindestens einer Auswahlregel hinzu.</translation>
    </message>
    <message>
        <source>Defined under %1: %2.</source>
        <translation>Definiert unter %1: %2.</translation>
    </message>
    <message>
        <source>Define it under %1 first.</source>
        <translation>Definieren Sie ihn zuerst unter %1.</translation>
    </message>
    <message>
        <source>a task (a mapping with source, target, ...)</source>
        <translation>eine Aufgabe (ein Mapping mit source, target, ...)</translation>
    </message>
    <message>
        <source>The task &apos;%1&apos; refers to the endpoint &apos;%2&apos;, which is not defined.</source>
        <translation>Die Aufgabe &apos;%1&apos; verweist auf den Endpunkt &apos;%2&apos;, der nicht definiert ist.</translation>
    </message>
    <message>
        <source>Unknown migration type &apos;%1&apos;.</source>
        <translation>Unbekannter Migrationstyp &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The task &apos;%1&apos; refers to the table mapping &apos;%2&apos;, which is not defined.</source>
        <translation>Die Aufgabe &apos;%1&apos; verweist auf die Tabellenzuordnung &apos;%2&apos;, die nicht definiert ist.</translation>
    </message>
    <message>
        <source>the name of a mapping, or a mapping with rules: ...</source>
        <translation>der Name einer Tabellenzuordnung oder ein Mapping mit rules: ...</translation>
    </message>
    <message>
        <source>The task &apos;%1&apos; has no %2 endpoint.</source>
        <translation>Die Aufgabe &apos;%1&apos; hat keinen %2-Endpunkt.</translation>
    </message>
    <message>
        <source>Add %1: with the name of an endpoint.</source>
        <translation>Fügen Sie %1: mit dem Namen eines Endpunkts hinzu.</translation>
    </message>
    <message>
        <source>The file is not a Ferry project: expected keys such as ferry, name and endpoints, found %1.</source>
        <translation>Die Datei ist kein Ferry-Projekt: Erwartet wurden Schlüssel wie ferry, name und endpoints, gefunden: %1.</translation>
    </message>
    <message>
        <source>Start the file with the line &apos;ferry: 1&apos;.</source>
        <translation>Beginnen Sie die Datei mit der Zeile &apos;ferry: 1&apos;.</translation>
    </message>
    <message>
        <source>The file has no &apos;ferry&apos; key with the format version.</source>
        <translation>Die Datei hat keinen Schlüssel &apos;ferry&apos; mit der Formatversion.</translation>
    </message>
    <message>
        <source>Add &apos;ferry: %1&apos; as the first line.</source>
        <translation>Fügen Sie &apos;ferry: %1&apos; als erste Zeile hinzu.</translation>
    </message>
    <message>
        <source>the format version %1</source>
        <translation>die Formatversion %1</translation>
    </message>
    <message>
        <source>Write &apos;ferry: %1&apos;.</source>
        <translation>Schreiben Sie &apos;ferry: %1&apos;.</translation>
    </message>
    <message>
        <source>The project file format version %1 is not supported.</source>
        <translation>Die Formatversion %1 der Projektdatei wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>This Ferry reads version %1 files; open the project with a newer Ferry.</source>
        <translation>Diese Ferry-Version liest Dateien der Version %1; öffnen Sie das Projekt mit einer neueren Ferry-Version.</translation>
    </message>
    <message>
        <source>The only version is %1: write &apos;ferry: %1&apos;.</source>
        <translation>Die einzige Version ist %1: Schreiben Sie &apos;ferry: %1&apos;.</translation>
    </message>
    <message>
        <source>The project name is empty.</source>
        <translation>Der Projektname ist leer.</translation>
    </message>
    <message>
        <source>Give the project a name, e.g. name: hr-migration.</source>
        <translation>Geben Sie dem Projekt einen Namen, z. B. name: hr-migration.</translation>
    </message>
    <message>
        <source>a mapping of endpoint names</source>
        <translation>ein Mapping von Endpunktnamen</translation>
    </message>
    <message>
        <source>a mapping of table-mapping names</source>
        <translation>ein Mapping von Tabellenzuordnungsnamen</translation>
    </message>
    <message>
        <source>a mapping of task names</source>
        <translation>ein Mapping von Aufgabennamen</translation>
    </message>
    <message>
        <source>The project has no name.</source>
        <translation>Das Projekt hat keinen Namen.</translation>
    </message>
    <message>
        <source>Add a line such as &apos;name: hr-migration&apos;.</source>
        <translation>Fügen Sie eine Zeile wie &apos;name: hr-migration&apos; hinzu.</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>nichts (null)</translation>
    </message>
    <message>
        <source>the boolean %1</source>
        <translation>der boolesche Wert %1</translation>
    </message>
    <message>
        <source>the integer %1</source>
        <translation>die Ganzzahl %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>die Zeichenkette &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>Allowed here: %1.</source>
        <translation>Hier erlaubt: %1.</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>eine Ganzzahl von %1 bis %2</translation>
    </message>
    <message>
        <source>an integer of at least %1</source>
        <translation>eine Ganzzahl von mindestens %1</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string or an integer</source>
        <translation>eine Zeichenkette oder eine Ganzzahl</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>a mapping (key: value lines)</source>
        <translation>ein Mapping (Zeilen der Form key: value)</translation>
    </message>
    <message>
        <source>Unknown value &apos;%1&apos;.</source>
        <translation>Unbekannter Wert &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Ferry does not know the key &apos;%1&apos; and does not act on it.</source>
        <translation>Ferry kennt den Schlüssel &apos;%1&apos; nicht und berücksichtigt ihn nicht.</translation>
    </message>
    <message>
        <source>The required key &apos;%1&apos; is missing.</source>
        <translation>Der erforderliche Schlüssel &apos;%1&apos; fehlt.</translation>
    </message>
    <message>
        <source>Filters apply only to selection rules with rule-action: include.</source>
        <translation>Filter gelten nur für Auswahlregeln mit rule-action: include.</translation>
    </message>
    <message>
        <source>Remove the filters or make the rule include tables.</source>
        <translation>Entfernen Sie die Filter oder lassen Sie die Regel Tabellen einschließen.</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; needs start-value and end-value (and no value).</source>
        <translation>Der Filteroperator &apos;%1&apos; braucht start-value und end-value (und keinen value).</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; takes no value.</source>
        <translation>Der Filteroperator &apos;%1&apos; nimmt keinen Wert.</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; needs a value (and no start-value or end-value).</source>
        <translation>Der Filteroperator &apos;%1&apos; braucht einen value (und keinen start-value oder end-value).</translation>
    </message>
    <message>
        <source>The rule-action &apos;%1&apos; does not apply to rule-target &apos;%2&apos;.</source>
        <translation>Die rule-action &apos;%1&apos; gilt nicht für rule-target &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Use rule-target: %1.</source>
        <translation>Verwenden Sie rule-target: %1.</translation>
    </message>
    <message>
        <source>The rule-action &apos;%1&apos; needs the key &apos;%2&apos;.</source>
        <translation>Die rule-action &apos;%1&apos; braucht den Schlüssel &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The object-locator needs &apos;table-name&apos; for rule-target &apos;%1&apos;.</source>
        <translation>Der object-locator braucht &apos;table-name&apos; für rule-target &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The object-locator needs &apos;column-name&apos; for rule-target &apos;column&apos;.</source>
        <translation>Der object-locator braucht &apos;column-name&apos; für rule-target &apos;column&apos;.</translation>
    </message>
    <message>
        <source>define-primary-key needs exact names, not wildcards.</source>
        <translation>define-primary-key braucht exakte Namen, keine Platzhalter.</translation>
    </message>
    <message>
        <source>Exact schema and table name required when using table settings rule.</source>
        <translation>Für eine Tabelleneinstellungsregel sind exakte Schema- und Tabellennamen erforderlich.</translation>
    </message>
    <message>
        <source>Write one table-settings rule per table, without %.</source>
        <translation>Schreiben Sie eine table-settings-Regel pro Tabelle, ohne %.</translation>
    </message>
    <message>
        <source>Parallel load by ranges needs &apos;columns&apos; and &apos;boundaries&apos;.</source>
        <translation>Paralleles Laden nach Bereichen braucht &apos;columns&apos; und &apos;boundaries&apos;.</translation>
    </message>
    <message>
        <source>Parallel load by ranges allows at most 10 columns.</source>
        <translation>Paralleles Laden nach Bereichen erlaubt höchstens 10 Spalten.</translation>
    </message>
    <message>
        <source>A boundary has %1 values but there are %2 columns.</source>
        <translation>Eine Grenze hat %1 Werte, es gibt aber %2 Spalten.</translation>
    </message>
    <message>
        <source>Give one value per column in every boundary.</source>
        <translation>Geben Sie in jeder Grenze einen Wert pro Spalte an.</translation>
    </message>
    <message>
        <source>Parallel load by partitions-list needs &apos;partitions&apos;.</source>
        <translation>Paralleles Laden nach partitions-list braucht &apos;partitions&apos;.</translation>
    </message>
    <message>
        <source>Expected a rule (a mapping), found %1.</source>
        <translation>Erwartet: eine Regel (ein Mapping); gefunden: %1.</translation>
    </message>
    <message>
        <source>The rule has no rule-type.</source>
        <translation>Die Regel hat keinen rule-type.</translation>
    </message>
    <message>
        <source>Add rule-type: %1.</source>
        <translation>Fügen Sie rule-type: %1 hinzu.</translation>
    </message>
    <message>
        <source>Unknown rule-type &apos;%1&apos;.</source>
        <translation>Unbekannter rule-type &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Expected a rule-type, found %1.</source>
        <translation>Erwartet: ein rule-type; gefunden: %1.</translation>
    </message>
    <message>
        <source>Unknown log component &apos;%1&apos;; Ferry ignores it.</source>
        <translation>Unbekannte Protokollkomponente &apos;%1&apos;; Ferry ignoriert sie.</translation>
    </message>
    <message>
        <source>Expected a list of rules, found %1.</source>
        <translation>Erwartet: eine Liste von Regeln; gefunden: %1.</translation>
    </message>
    <message>
        <source>Write each rule as a list item starting with &apos;- rule-type:&apos;.</source>
        <translation>Schreiben Sie jede Regel als Listeneintrag, der mit &apos;- rule-type:&apos; beginnt.</translation>
    </message>
    <message>
        <source>The rule-id &apos;%1&apos; is already used by another rule.</source>
        <translation>Die rule-id &apos;%1&apos; wird bereits von einer anderen Regel verwendet.</translation>
    </message>
    <message>
        <source>Its first use is on line %1; give each rule its own rule-id.</source>
        <translation>Sie wird zuerst in Zeile %1 verwendet; geben Sie jeder Regel eine eigene rule-id.</translation>
    </message>
    <message>
        <source>The rule-name &apos;%1&apos; is also used by rule-id &apos;%2&apos;.</source>
        <translation>Der rule-name &apos;%1&apos; wird auch von rule-id &apos;%2&apos; verwendet.</translation>
    </message>
    <message>
        <source>Unique rule names make logs easier to read.</source>
        <translation>Eindeutige Regelnamen machen Protokolle leichter lesbar.</translation>
    </message>
    <message>
        <source>No selection rule includes any table, so a task with this mapping migrates nothing.</source>
        <translation>Keine Auswahlregel schließt eine Tabelle ein, daher migriert eine Aufgabe mit dieser Zuordnung nichts.</translation>
    </message>
    <message>
        <source>Add a selection rule with rule-action: include.</source>
        <translation>Fügen Sie eine Auswahlregel mit rule-action: include hinzu.</translation>
    </message>
    <message>
        <source>The file holds more than one YAML document.</source>
        <translation>Die Datei enthält mehr als ein YAML-Dokument.</translation>
    </message>
    <message>
        <source>Keep one project per file; remove the second &apos;---&apos; and what follows it.</source>
        <translation>Legen Sie ein Projekt pro Datei ab; entfernen Sie das zweite &apos;---&apos; und alles danach.</translation>
    </message>
    <message>
        <source>An alias refers to the node that contains it.</source>
        <translation>Ein Alias verweist auf den Knoten, der ihn enthält.</translation>
    </message>
    <message>
        <source>Recursive aliases are not allowed; copy the value instead.</source>
        <translation>Rekursive Aliasse sind nicht erlaubt; kopieren Sie stattdessen den Wert.</translation>
    </message>
    <message>
        <source>An alias refers to an unknown anchor.</source>
        <translation>Ein Alias verweist auf einen unbekannten Anker.</translation>
    </message>
    <message>
        <source>The tag &apos;%1&apos; is not supported.</source>
        <translation>Das Tag &apos;%1&apos; wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Remove the tag; project files use plain YAML values.</source>
        <translation>Entfernen Sie das Tag; Projektdateien verwenden einfache YAML-Werte.</translation>
    </message>
    <message>
        <source>The file has too many values (more than %1).</source>
        <translation>Die Datei hat zu viele Werte (mehr als %1).</translation>
    </message>
    <message>
        <source>Check for aliases that expand to huge structures.</source>
        <translation>Prüfen Sie, ob Aliasse zu riesigen Strukturen expandieren.</translation>
    </message>
    <message>
        <source>The values are nested too deeply (more than %1 levels).</source>
        <translation>Die Werte sind zu tief verschachtelt (mehr als %1 Ebenen).</translation>
    </message>
    <message>
        <source>A mapping key is a list or a mapping.</source>
        <translation>Ein Mapping-Schlüssel ist eine Liste oder ein Mapping.</translation>
    </message>
    <message>
        <source>Keys must be plain text.</source>
        <translation>Schlüssel müssen einfacher Text sein.</translation>
    </message>
    <message>
        <source>A mapping key is empty.</source>
        <translation>Ein Mapping-Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; appears twice in the same mapping.</source>
        <translation>Der Schlüssel &apos;%1&apos; kommt im selben Mapping zweimal vor.</translation>
    </message>
    <message>
        <source>Its first use is on line %1; remove one of them.</source>
        <translation>Er wird zuerst in Zeile %1 verwendet; entfernen Sie einen davon.</translation>
    </message>
    <message>
        <source>YAML does not allow tabs for indentation; indent with spaces.</source>
        <translation>YAML erlaubt keine Tabulatoren zum Einrücken; rücken Sie mit Leerzeichen ein.</translation>
    </message>
    <message>
        <source>Check the indentation, quotes and brackets at and just before this position.</source>
        <translation>Prüfen Sie Einrückung, Anführungszeichen und Klammern an dieser Stelle und direkt davor.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>Save the project file with UTF-8 encoding.</source>
        <translation>Speichern Sie die Projektdatei in UTF-8-Kodierung.</translation>
    </message>
    <message>
        <source>The file is not valid YAML.</source>
        <translation>Die Datei ist kein gültiges YAML.</translation>
    </message>
    <message>
        <source>The file could not be read as YAML.</source>
        <translation>Die Datei konnte nicht als YAML gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ein weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules %1 all filter table %2; Ferry applies all their filters (AND).</source>
        <translation>Die Regeln %1 filtern alle Tabelle %2; Ferry wendet alle ihre Filter an (AND).</translation>
    </message>
    <message numerus="yes">
        <source>selects %n view(s) (%1); Ferry loads tables only for now, so they are skipped.</source>
        <translation>
            <numerusform>wählt eine Ansicht aus (%1); Ferry lädt vorerst nur Tabellen, daher wird sie übersprungen.</numerusform>
            <numerusform>wählt %n Ansichten aus (%1); Ferry lädt vorerst nur Tabellen, daher werden sie übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter names column &apos;%1&apos;, which table %2 does not have.</source>
        <translation>Der Filter nennt die Spalte &apos;%1&apos;, die Tabelle %2 nicht hat.</translation>
    </message>
    <message>
        <source>Filter on a column of the source table; names are case-sensitive.</source>
        <translation>Filtern Sie nach einer Spalte der Quelltabelle; bei Namen wird Groß- und Kleinschreibung unterschieden.</translation>
    </message>
    <message>
        <source>The filter names LOB column &apos;%1&apos; of table %2; source filters cannot test LOB columns.</source>
        <translation>Der Filter nennt die LOB-Spalte &apos;%1&apos; von Tabelle %2; Quellfilter können keine LOB-Spalten prüfen.</translation>
    </message>
    <message>
        <source>Filter on another column.</source>
        <translation>Filtern Sie nach einer anderen Spalte.</translation>
    </message>
    <message>
        <source>The rule leaves %1 without a name.</source>
        <translation>Die Regel lässt %1 ohne Namen zurück.</translation>
    </message>
    <message>
        <source>Change the rule&apos;s value so that a name remains.</source>
        <translation>Ändern Sie den Wert der Regel so, dass ein Name übrig bleibt.</translation>
    </message>
    <message>
        <source>The rules remove every column of table %1.</source>
        <translation>Die Regeln entfernen jede Spalte von Tabelle %1.</translation>
    </message>
    <message>
        <source>Keep at least one column, or exclude the table with a selection rule.</source>
        <translation>Behalten Sie mindestens eine Spalte oder schließen Sie die Tabelle mit einer Auswahlregel aus.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 of table %3 would both be named %4 on the target.</source>
        <translation>Die Spalten %1 und %2 von Tabelle %3 würden im Ziel beide %4 heißen.</translation>
    </message>
    <message>
        <source>Give each target column its own name.</source>
        <translation>Geben Sie jeder Zielspalte einen eigenen Namen.</translation>
    </message>
    <message>
        <source>define-primary-key names column &apos;%1&apos;, which table %2 does not have on the target.</source>
        <translation>define-primary-key nennt die Spalte &apos;%1&apos;, die Tabelle %2 im Ziel nicht hat.</translation>
    </message>
    <message>
        <source>Name columns of the table (names are case-sensitive).</source>
        <translation>Nennen Sie Spalten der Tabelle (bei Namen wird Groß- und Kleinschreibung unterschieden).</translation>
    </message>
    <message>
        <source>Table %1 gets no primary key: rule %2 removes its key column %3.</source>
        <translation>Tabelle %1 erhält keinen Primärschlüssel: Regel %2 entfernt ihre Schlüsselspalte %3.</translation>
    </message>
    <message>
        <source>Unique key %1 of table %2 is not created: rule %3 removes its column %4.</source>
        <translation>Der eindeutige Schlüssel %1 von Tabelle %2 wird nicht angelegt: Regel %3 entfernt seine Spalte %4.</translation>
    </message>
    <message>
        <source>Index %1 of table %2 is not created: its expressions name source columns, and rules rename or remove columns of the table.</source>
        <translation>Index %1 von Tabelle %2 wird nicht angelegt: Seine Ausdrücke nennen Quellspalten, und Regeln benennen Spalten der Tabelle um oder entfernen sie.</translation>
    </message>
    <message>
        <source>Unique index %1 of table %2 is not created: rule %3 removes its column %4.</source>
        <translation>Der eindeutige Index %1 von Tabelle %2 wird nicht angelegt: Regel %3 entfernt seine Spalte %4.</translation>
    </message>
    <message>
        <source>Index %1 of table %2 is not created: rule %3 removes all its columns.</source>
        <translation>Index %1 von Tabelle %2 wird nicht angelegt: Regel %3 entfernt alle seine Spalten.</translation>
    </message>
    <message>
        <source>Index %1 of table %2 loses column %3, which rule %4 removes.</source>
        <translation>Index %1 von Tabelle %2 verliert die Spalte %3, die Regel %4 entfernt.</translation>
    </message>
    <message>
        <source>Source tables %1 and %2 would both load into target table %3.</source>
        <translation>Die Quelltabellen %1 und %2 würden beide in die Zieltabelle %3 geladen.</translation>
    </message>
    <message>
        <source>AWS DMS loads each source table into its own target table: exclude one of them or rename it with a transformation rule.</source>
        <translation>AWS DMS lädt jede Quelltabelle in eine eigene Zieltabelle: Schließen Sie eine davon aus oder benennen Sie sie mit einer Transformationsregel um.</translation>
    </message>
    <message>
        <source>table %1 is not selected, so its table settings do not apply.</source>
        <translation>Tabelle %1 ist nicht ausgewählt, daher gelten ihre Tabelleneinstellungen nicht.</translation>
    </message>
    <message>
        <source>parallel-load names column &apos;%1&apos;, which table %2 does not have.</source>
        <translation>parallel-load nennt die Spalte &apos;%1&apos;, die Tabelle %2 nicht hat.</translation>
    </message>
    <message>
        <source>Use columns of the source table (names are case-sensitive), ideally indexed ones.</source>
        <translation>Verwenden Sie Spalten der Quelltabelle (bei Namen wird Groß- und Kleinschreibung unterschieden), am besten indizierte.</translation>
    </message>
    <message>
        <source>parallel-load cannot segment table %1 by column &apos;%2&apos;: range boundaries cannot use floating-point or LOB columns.</source>
        <translation>parallel-load kann Tabelle %1 nicht nach Spalte &apos;%2&apos; segmentieren: Bereichsgrenzen können keine Gleitkomma- oder LOB-Spalten verwenden.</translation>
    </message>
    <message>
        <source>Choose an integer, decimal, text or date column.</source>
        <translation>Wählen Sie eine Ganzzahl-, Dezimal-, Text- oder Datumsspalte.</translation>
    </message>
    <message>
        <source>Foreign key %1 of table %2 is not created: it references %3, which is not selected.</source>
        <translation>Fremdschlüssel %1 von Tabelle %2 wird nicht angelegt: Er verweist auf %3, die nicht ausgewählt ist.</translation>
    </message>
    <message>
        <source>Foreign key %1 of table %2 is not created: rule %3 removes column %4 of table %5.</source>
        <translation>Fremdschlüssel %1 von Tabelle %2 wird nicht angelegt: Regel %3 entfernt Spalte %4 von Tabelle %5.</translation>
    </message>
    <message>
        <source>the expression of column %1 refers to $%2, which is not a column read from %3.</source>
        <translation>Der Ausdruck von Spalte %1 verweist auf $%2, das keine aus %3 gelesene Spalte ist.</translation>
    </message>
    <message>
        <source>not applied to %1: rule %2 already applies to it (AWS DMS applies one transformation action per object, lowest rule-id first).</source>
        <translation>nicht auf %1 angewendet: Regel %2 gilt bereits dafür (AWS DMS wendet pro Objekt eine Transformationsaktion an, die niedrigste rule-id zuerst).</translation>
    </message>
    <message>
        <source>not applied to %1 objects (%2): rules with lower rule-ids already apply to them (AWS DMS applies one transformation action per object, lowest rule-id first).</source>
        <translation>nicht auf %1 Objekte angewendet (%2): Regeln mit niedrigeren rule-ids gelten bereits dafür (AWS DMS wendet pro Objekt eine Transformationsaktion an, die niedrigste rule-id zuerst).</translation>
    </message>
    <message>
        <source>matches no table of the source.</source>
        <translation>trifft auf keine Tabelle der Quelle zu.</translation>
    </message>
    <message>
        <source>matches no table of the source (table settings need the exact source schema and table name).</source>
        <translation>trifft auf keine Tabelle der Quelle zu (Tabelleneinstellungen brauchen den exakten Schema- und Tabellennamen der Quelle).</translation>
    </message>
    <message>
        <source>matches nothing in the selected tables.</source>
        <translation>trifft auf nichts in den ausgewählten Tabellen zu.</translation>
    </message>
    <message>
        <source>The rule is not a mapping of keys.</source>
        <translation>Die Regel ist kein Mapping aus Schlüsseln.</translation>
    </message>
    <message>
        <source>Write each rule as an object with rule-type, rule-id, rule-name, object-locator and rule-action.</source>
        <translation>Schreiben Sie jede Regel als Objekt mit rule-type, rule-id, rule-name, object-locator und rule-action.</translation>
    </message>
    <message>
        <source>object-mapping rules apply to Amazon DynamoDB targets; Ferry ignores this rule.</source>
        <translation>object-mapping-Regeln gelten für Amazon-DynamoDB-Ziele; Ferry ignoriert diese Regel.</translation>
    </message>
    <message>
        <source>Validation rules are not supported yet; Ferry ignores this rule.</source>
        <translation>Validierungsregeln werden noch nicht unterstützt; Ferry ignoriert diese Regel.</translation>
    </message>
    <message>
        <source>Use rule-type selection, transformation or table-settings.</source>
        <translation>Verwenden Sie rule-type selection, transformation oder table-settings.</translation>
    </message>
    <message>
        <source>The rule has no object-locator.</source>
        <translation>Die Regel hat keinen object-locator.</translation>
    </message>
    <message>
        <source>Add object-locator with schema-name (and table-name).</source>
        <translation>Fügen Sie object-locator mit schema-name (und table-name) hinzu.</translation>
    </message>
    <message>
        <source>The object-locator has no schema-name.</source>
        <translation>Der object-locator hat keinen schema-name.</translation>
    </message>
    <message>
        <source>Add schema-name (use % for every schema).</source>
        <translation>Fügen Sie schema-name hinzu (% für alle Schemas).</translation>
    </message>
    <message>
        <source>Unknown selection rule-action &apos;%1&apos;.</source>
        <translation>Unbekannte rule-action &apos;%1&apos; für Auswahlregeln.</translation>
    </message>
    <message>
        <source>Use rule-action include, exclude or explicit.</source>
        <translation>Verwenden Sie rule-action include, exclude oder explicit.</translation>
    </message>
    <message>
        <source>The object-locator has no table-name.</source>
        <translation>Der object-locator hat keinen table-name.</translation>
    </message>
    <message>
        <source>Add table-name (use % for every table).</source>
        <translation>Fügen Sie table-name hinzu (% für alle Tabellen).</translation>
    </message>
    <message>
        <source>Unknown table-type &apos;%1&apos;.</source>
        <translation>Unbekannter table-type &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use table-type table, view or all.</source>
        <translation>Verwenden Sie table-type table, view oder all.</translation>
    </message>
    <message>
        <source>An explicit selection rule names one table exactly, but this one has a % wildcard.</source>
        <translation>Eine explicit-Auswahlregel nennt genau eine Tabelle, diese enthält aber einen Platzhalter %.</translation>
    </message>
    <message>
        <source>Write the exact schema and table name, or use rule-action include.</source>
        <translation>Schreiben Sie den exakten Schema- und Tabellennamen oder verwenden Sie rule-action include.</translation>
    </message>
    <message>
        <source>The load-order &apos;%1&apos; is not a positive integer.</source>
        <translation>Die load-order &apos;%1&apos; ist keine positive Ganzzahl.</translation>
    </message>
    <message>
        <source>Write load-order as a whole number; tables with higher values load first.</source>
        <translation>Schreiben Sie load-order als ganze Zahl; Tabellen mit höheren Werten werden zuerst geladen.</translation>
    </message>
    <message>
        <source>The filters are not a list.</source>
        <translation>Der Wert von filters ist keine Liste.</translation>
    </message>
    <message>
        <source>Write filters as a list of {filter-type, column-name, filter-conditions}.</source>
        <translation>Schreiben Sie filters als Liste von {filter-type, column-name, filter-conditions}.</translation>
    </message>
    <message>
        <source>Filters apply only to selection rules with rule-action include.</source>
        <translation>Filter gelten nur für Auswahlregeln mit rule-action include.</translation>
    </message>
    <message>
        <source>Source filters need an exact table name, but the table-name &apos;%1&apos; has a % wildcard.</source>
        <translation>Quellfilter brauchen einen exakten Tabellennamen, der table-name &apos;%1&apos; enthält aber einen Platzhalter %.</translation>
    </message>
    <message>
        <source>Write one selection rule with filters per table.</source>
        <translation>Schreiben Sie pro Tabelle eine Auswahlregel mit Filtern.</translation>
    </message>
    <message>
        <source>A filter is not a mapping of keys.</source>
        <translation>Ein Filter ist kein Mapping aus Schlüsseln.</translation>
    </message>
    <message>
        <source>Write each filter as {filter-type, column-name, filter-conditions}.</source>
        <translation>Schreiben Sie jeden Filter als {filter-type, column-name, filter-conditions}.</translation>
    </message>
    <message>
        <source>Unknown filter-type &apos;%1&apos;.</source>
        <translation>Unbekannter filter-type &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use filter-type source.</source>
        <translation>Verwenden Sie filter-type source.</translation>
    </message>
    <message>
        <source>A filter has no column-name.</source>
        <translation>Ein Filter hat keinen column-name.</translation>
    </message>
    <message>
        <source>Name the source column the filter tests.</source>
        <translation>Nennen Sie die Quellspalte, die der Filter prüft.</translation>
    </message>
    <message>
        <source>The filter on column &apos;%1&apos; has no filter-conditions.</source>
        <translation>Der Filter auf Spalte &apos;%1&apos; hat keine filter-conditions.</translation>
    </message>
    <message>
        <source>Add at least one filter condition.</source>
        <translation>Fügen Sie mindestens eine Filterbedingung hinzu.</translation>
    </message>
    <message>
        <source>A filter condition is not a mapping.</source>
        <translation>Eine Filterbedingung ist kein Mapping.</translation>
    </message>
    <message>
        <source>Write each condition as {filter-operator, value} or {filter-operator, start-value, end-value}.</source>
        <translation>Schreiben Sie jede Bedingung als {filter-operator, value} oder {filter-operator, start-value, end-value}.</translation>
    </message>
    <message>
        <source>Unknown filter-operator &apos;%1&apos;.</source>
        <translation>Unbekannter filter-operator &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use ste, lte, gte, eq, noteq, between, notbetween, null or notnull.</source>
        <translation>Verwenden Sie ste, lte, gte, eq, noteq, between, notbetween, null oder notnull.</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; on column &apos;%2&apos; needs start-value and end-value.</source>
        <translation>Der Filteroperator &apos;%1&apos; auf Spalte &apos;%2&apos; braucht start-value und end-value.</translation>
    </message>
    <message>
        <source>Give the inclusive bounds as start-value and end-value, without value.</source>
        <translation>Geben Sie die einschließlichen Grenzen als start-value und end-value an, ohne value.</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; on column &apos;%2&apos; takes no value.</source>
        <translation>Der Filteroperator &apos;%1&apos; auf Spalte &apos;%2&apos; nimmt keinen Wert.</translation>
    </message>
    <message>
        <source>Remove value, start-value and end-value from the condition.</source>
        <translation>Entfernen Sie value, start-value und end-value aus der Bedingung.</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; on column &apos;%2&apos; needs a value.</source>
        <translation>Der Filteroperator &apos;%1&apos; auf Spalte &apos;%2&apos; braucht einen value.</translation>
    </message>
    <message>
        <source>Give the value to compare with as value.</source>
        <translation>Geben Sie den Vergleichswert als value an.</translation>
    </message>
    <message>
        <source>The filter on column &apos;%1&apos; has %2 negative conditions; a filter may have only one.</source>
        <translation>Der Filter auf Spalte &apos;%1&apos; hat %2 negative Bedingungen; ein Filter darf nur eine haben.</translation>
    </message>
    <message>
        <source>Keep one of noteq, notbetween or notnull per filter, or split the conditions into several filters (they are combined with AND).</source>
        <translation>Behalten Sie pro Filter nur eines von noteq, notbetween oder notnull oder teilen Sie die Bedingungen auf mehrere Filter auf (sie werden mit AND verknüpft).</translation>
    </message>
    <message>
        <source>The rule has no rule-target.</source>
        <translation>Die Regel hat kein rule-target.</translation>
    </message>
    <message>
        <source>Unknown rule-target &apos;%1&apos;.</source>
        <translation>Unbekanntes rule-target &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use rule-target schema, table, column, table-tablespace or index-tablespace.</source>
        <translation>Verwenden Sie rule-target schema, table, column, table-tablespace oder index-tablespace.</translation>
    </message>
    <message>
        <source>The rule has no rule-action.</source>
        <translation>Die Regel hat keine rule-action.</translation>
    </message>
    <message>
        <source>Unknown transformation rule-action &apos;%1&apos;.</source>
        <translation>Unbekannte rule-action &apos;%1&apos; für Transformationsregeln.</translation>
    </message>
    <message>
        <source>Use one of the AWS DMS transformation actions (rename, convert-lowercase, add-column, ...).</source>
        <translation>Verwenden Sie eine der Transformationsaktionen von AWS DMS (rename, convert-lowercase, add-column, ...).</translation>
    </message>
    <message>
        <source>The data masking action &apos;%1&apos; is not supported yet.</source>
        <translation>Die Datenmaskierungsaktion &apos;%1&apos; wird noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>Remove the rule; Ferry would otherwise copy the column unmasked.</source>
        <translation>Entfernen Sie die Regel; Ferry würde die Spalte sonst unmaskiert kopieren.</translation>
    </message>
    <message>
        <source>Tablespace renames apply to Oracle targets only; Ferry ignores this rule.</source>
        <translation>Tablespace-Umbenennungen gelten nur für Oracle-Ziele; Ferry ignoriert diese Regel.</translation>
    </message>
    <message>
        <source>add-before-image-columns is accepted but not supported yet (before images belong to change data capture); no column is added.</source>
        <translation>add-before-image-columns wird akzeptiert, aber noch nicht unterstützt (Before-Images gehören zu Change Data Capture); es wird keine Spalte hinzugefügt.</translation>
    </message>
    <message>
        <source>The object-locator needs table-name for rule-target &apos;%1&apos;.</source>
        <translation>Der object-locator braucht table-name für rule-target &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The object-locator needs column-name for rule-target &apos;column&apos;.</source>
        <translation>Der object-locator braucht column-name für rule-target &apos;column&apos;.</translation>
    </message>
    <message>
        <source>Add column-name (use % for every column).</source>
        <translation>Fügen Sie column-name hinzu (% für alle Spalten).</translation>
    </message>
    <message>
        <source>Write one define-primary-key rule per table.</source>
        <translation>Schreiben Sie eine define-primary-key-Regel pro Tabelle.</translation>
    </message>
    <message>
        <source>Add %1 to the rule.</source>
        <translation>Fügen Sie der Regel %1 hinzu.</translation>
    </message>
    <message>
        <source>The rule-action &apos;%1&apos; needs a non-empty value.</source>
        <translation>Die rule-action &apos;%1&apos; braucht einen nicht leeren value.</translation>
    </message>
    <message>
        <source>Write the new name as value.</source>
        <translation>Schreiben Sie den neuen Namen als value.</translation>
    </message>
    <message>
        <source>The value &apos;%1&apos; has a &apos;${&apos; without a closing &apos;}&apos;.</source>
        <translation>Der Wert &apos;%1&apos; enthält ein &apos;${&apos; ohne schließendes &apos;}&apos;.</translation>
    </message>
    <message>
        <source>Write variables as ${schema-name}, ${table-name} or ${column-name}.</source>
        <translation>Schreiben Sie Variablen als ${schema-name}, ${table-name} oder ${column-name}.</translation>
    </message>
    <message>
        <source>The variable &apos;${%1}&apos; is not available when renaming a %2.</source>
        <translation>Die Variable &apos;${%1}&apos; ist beim Umbenennen mit rule-target %2 nicht verfügbar.</translation>
    </message>
    <message>
        <source>Use %1.</source>
        <translation>Verwenden Sie %1.</translation>
    </message>
    <message>
        <source>The rule-action &apos;%1&apos; needs the key &apos;data-type&apos;.</source>
        <translation>Die rule-action &apos;%1&apos; braucht den Schlüssel &apos;data-type&apos;.</translation>
    </message>
    <message>
        <source>Add data-type: {type: ..., length/precision/scale}.</source>
        <translation>Fügen Sie data-type: {type: ..., length/precision/scale} hinzu.</translation>
    </message>
    <message>
        <source>The data-type %1 &apos;%2&apos; is not a whole number.</source>
        <translation>Der data-type-Wert %1 &apos;%2&apos; ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Write precision, scale and length as whole numbers.</source>
        <translation>Schreiben Sie precision, scale und length als ganze Zahlen.</translation>
    </message>
    <message>
        <source>The data-type &apos;%1&apos; has no equivalent in a relational target.</source>
        <translation>Der data-type &apos;%1&apos; hat keine Entsprechung in einem relationalen Ziel.</translation>
    </message>
    <message>
        <source>Use one of string, wstring, bytes, int1-int8, uint1-uint8, numeric, real4, real8, date, time, datetime, blob, clob, nclob, boolean.</source>
        <translation>Verwenden Sie einen von string, wstring, bytes, int1-int8, uint1-uint8, numeric, real4, real8, date, time, datetime, blob, clob, nclob, boolean.</translation>
    </message>
    <message>
        <source>The rule-action &apos;define-primary-key&apos; needs the key &apos;primary-key-def&apos;.</source>
        <translation>Die rule-action &apos;define-primary-key&apos; braucht den Schlüssel &apos;primary-key-def&apos;.</translation>
    </message>
    <message>
        <source>Add primary-key-def: {name, origin, columns}.</source>
        <translation>Fügen Sie primary-key-def: {name, origin, columns} hinzu.</translation>
    </message>
    <message>
        <source>Unknown primary-key-def origin &apos;%1&apos;.</source>
        <translation>Unbekannter origin &apos;%1&apos; in primary-key-def.</translation>
    </message>
    <message>
        <source>Use origin primary-key or unique-index.</source>
        <translation>Verwenden Sie origin primary-key oder unique-index.</translation>
    </message>
    <message>
        <source>The primary-key-def has no columns.</source>
        <translation>Die primary-key-def hat keine columns.</translation>
    </message>
    <message>
        <source>List the key columns under columns.</source>
        <translation>Listen Sie die Schlüsselspalten unter columns auf.</translation>
    </message>
    <message>
        <source>Name the table the settings apply to.</source>
        <translation>Nennen Sie die Tabelle, für die die Einstellungen gelten.</translation>
    </message>
    <message>
        <source>The table-settings rule has neither parallel-load nor lob-settings; it has no effect.</source>
        <translation>Die table-settings-Regel hat weder parallel-load noch lob-settings; sie hat keine Wirkung.</translation>
    </message>
    <message>
        <source>The parallel-load setting is not a mapping.</source>
        <translation>Die Einstellung parallel-load ist kein Mapping.</translation>
    </message>
    <message>
        <source>Write parallel-load as {type: ...}.</source>
        <translation>Schreiben Sie parallel-load als {type: ...}.</translation>
    </message>
    <message>
        <source>Unknown parallel-load type &apos;%1&apos;.</source>
        <translation>Unbekannter parallel-load-Typ &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use none, ranges, partitions-auto, partitions-list or subpartitions-auto.</source>
        <translation>Verwenden Sie none, ranges, partitions-auto, partitions-list oder subpartitions-auto.</translation>
    </message>
    <message>
        <source>The parallel-load key &apos;%1&apos; applies to MongoDB and Amazon DocumentDB sources; Ferry ignores it.</source>
        <translation>Der parallel-load-Schlüssel &apos;%1&apos; gilt für MongoDB- und Amazon-DocumentDB-Quellen; Ferry ignoriert ihn.</translation>
    </message>
    <message>
        <source>List the key columns and one upper bound per segment.</source>
        <translation>Listen Sie die Schlüsselspalten und eine Obergrenze pro Segment auf.</translation>
    </message>
    <message>
        <source>Parallel load by ranges allows at most 10 columns, this rule has %1.</source>
        <translation>Paralleles Laden nach Bereichen erlaubt höchstens 10 Spalten, diese Regel hat %1.</translation>
    </message>
    <message>
        <source>Segment by the 10 most significant columns at most.</source>
        <translation>Segmentieren Sie nach höchstens den 10 aussagekräftigsten Spalten.</translation>
    </message>
    <message>
        <source>Boundary %1 has %2 values but there are %3 columns.</source>
        <translation>Grenze %1 hat %2 Werte, es gibt aber %3 Spalten.</translation>
    </message>
    <message>
        <source>List the partitions to load in parallel.</source>
        <translation>Listen Sie die Partitionen auf, die parallel geladen werden sollen.</translation>
    </message>
    <message>
        <source>The lob-settings setting is not a mapping.</source>
        <translation>Die Einstellung lob-settings ist kein Mapping.</translation>
    </message>
    <message>
        <source>Write lob-settings as {mode: ..., bulk-max-size: ...}.</source>
        <translation>Schreiben Sie lob-settings als {mode: ..., bulk-max-size: ...}.</translation>
    </message>
    <message>
        <source>Unknown lob-settings mode &apos;%1&apos;.</source>
        <translation>Unbekannter lob-settings-Modus &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use mode limited, unlimited or none.</source>
        <translation>Verwenden Sie mode limited, unlimited oder none.</translation>
    </message>
    <message>
        <source>The lob-settings %1 &apos;%2&apos; is not a whole number of kilobytes.</source>
        <translation>Der lob-settings-Wert %1 &apos;%2&apos; ist keine ganze Zahl von Kilobyte.</translation>
    </message>
    <message>
        <source>Write sizes in kilobytes as whole numbers.</source>
        <translation>Schreiben Sie Größen in Kilobyte als ganze Zahlen.</translation>
    </message>
    <message>
        <source>Limited LOB mode needs a nonzero bulk-max-size.</source>
        <translation>Der eingeschränkte LOB-Modus braucht eine bulk-max-size ungleich null.</translation>
    </message>
    <message>
        <source>Set bulk-max-size to the largest LOB in kilobytes (times three), or use mode unlimited.</source>
        <translation>Setzen Sie bulk-max-size auf das größte LOB in Kilobyte (mal drei) oder verwenden Sie mode unlimited.</translation>
    </message>
    <message>
        <source>Write the expression in SQLite syntax with $COLUMN references to source columns, as in AWS DMS.</source>
        <translation>Schreiben Sie den Ausdruck in SQLite-Syntax mit $COLUMN-Verweisen auf Quellspalten, wie in AWS DMS.</translation>
    </message>
    <message>
        <source>Table %1: the expression of added column %2 is not valid.</source>
        <translation>Tabelle %1: Der Ausdruck der hinzugefügten Spalte %2 ist ungültig.</translation>
    </message>
    <message>
        <source>Table %1: the expression of added column %2 uses a parameter &apos;%3&apos;; only $COLUMN references are allowed.</source>
        <translation>Tabelle %1: Der Ausdruck der hinzugefügten Spalte %2 verwendet einen Parameter &apos;%3&apos;; nur $COLUMN-Verweise sind erlaubt.</translation>
    </message>
    <message>
        <source>Table %1: the expression of added column %2 refers to $%3, which is not a column the table reads.</source>
        <translation>Tabelle %1: Der Ausdruck der hinzugefügten Spalte %2 verweist auf $%3, das keine von der Tabelle gelesene Spalte ist.</translation>
    </message>
    <message>
        <source>The expression of added column %1 (rule %2) failed for this row.</source>
        <translation>Der Ausdruck der hinzugefügten Spalte %1 (Regel %2) ist für diese Zeile fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Table %1: parallel-load by partitions (rule %2) is done with key ranges.</source>
        <translation>Tabelle %1: parallel-load nach Partitionen (Regel %2) wird mit Schlüsselbereichen umgesetzt.</translation>
    </message>
    <message>
        <source>Resuming table %1: %2 of %3 slices already loaded.</source>
        <translation>Tabelle %1 wird fortgesetzt: %2 von %3 Segmenten bereits geladen.</translation>
    </message>
    <message>
        <source>Table %1 failed and is suspended: %2</source>
        <translation>Tabelle %1 ist fehlgeschlagen und wurde ausgesetzt: %2</translation>
    </message>
    <message>
        <source>The task stopped because table %1 failed (TableErrorPolicy).</source>
        <translation>Die Aufgabe wurde gestoppt, weil Tabelle %1 fehlgeschlagen ist (TableErrorPolicy).</translation>
    </message>
    <message>
        <source>Table %1: a row was rejected and DataErrorPolicy is STOP_TASK: %2</source>
        <translation>Tabelle %1: Eine Zeile wurde abgelehnt und DataErrorPolicy ist STOP_TASK: %2</translation>
    </message>
    <message>
        <source>Table %1 reached DataErrorEscalationCount (%2 rejected rows).</source>
        <translation>Tabelle %1 hat DataErrorEscalationCount erreicht (%2 abgelehnte Zeilen).</translation>
    </message>
    <message>
        <source>Table %1 slice %2: recoverable error, retry %3 in %4 s: %5</source>
        <translation>Tabelle %1, Segment %2: behebbarer Fehler, Wiederholung %3 in %4 s: %5</translation>
    </message>
    <message>
        <source>Task %1 starting%2: %3 -&gt; %4</source>
        <translation>Aufgabe %1 startet%2: %3 -&gt; %4</translation>
    </message>
    <message>
        <source> (resume)</source>
        <translation> (Fortsetzung)</translation>
    </message>
    <message>
        <source>These task settings are not acted on by Ferry&apos;s full load yet: %1</source>
        <translation>Diese Aufgabeneinstellungen berücksichtigt die Volllast von Ferry noch nicht: %1</translation>
    </message>
    <message>
        <source>The table mapping selects no table of the source.</source>
        <translation>Die Tabellenzuordnung wählt keine Tabelle der Quelle aus.</translation>
    </message>
    <message>
        <source>Check the selection rules&apos; schema and table names (names are case-sensitive), or set ErrorBehavior.FailOnNoTablesCaptured to false.</source>
        <translation>Prüfen Sie die Schema- und Tabellennamen der Auswahlregeln (bei Namen wird Groß- und Kleinschreibung unterschieden) oder setzen Sie ErrorBehavior.FailOnNoTablesCaptured auf false.</translation>
    </message>
    <message>
        <source>Nothing to resume for task %1 on the target: starting a fresh load.</source>
        <translation>Für Aufgabe %1 gibt es im Ziel nichts fortzusetzen: Es wird eine neue Last gestartet.</translation>
    </message>
    <message>
        <source>Table %1 prepared on the target as %2 (%3).</source>
        <translation>Tabelle %1 im Ziel als %2 vorbereitet (%3).</translation>
    </message>
    <message>
        <source>SQLite targets take one writer at a time: loading one slice at a time instead of %1.</source>
        <translation>SQLite-Ziele erlauben jeweils nur einen Schreiber: Es wird ein Segment nach dem anderen geladen statt %1 gleichzeitig.</translation>
    </message>
    <message>
        <source>Foreign key %1 of %2 was not created: the table it references (%3) did not load.</source>
        <translation>Fremdschlüssel %1 von %2 wurde nicht angelegt: Die referenzierte Tabelle (%3) wurde nicht geladen.</translation>
    </message>
    <message>
        <source>Foreign keys of %1 could not be created: %2</source>
        <translation>Die Fremdschlüssel von %1 konnten nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Task %1: %2 (%3 of %4 tables loaded, %5 in error).</source>
        <translation>Aufgabe %1: %2 (%3 von %4 Tabellen geladen, %5 mit Fehler).</translation>
    </message>
    <message>
        <source>Task %1 was stopped; run it again with --resume to continue.</source>
        <translation>Aufgabe %1 wurde gestoppt; führen Sie sie mit --resume erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>The project has no task &apos;%1&apos;.</source>
        <translation>Das Projekt hat keine Aufgabe &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Choose one of its tasks: %1.</source>
        <translation>Wählen Sie eine seiner Aufgaben: %1.</translation>
    </message>
    <message>
        <source>The project defines no task.</source>
        <translation>Das Projekt definiert keine Aufgabe.</translation>
    </message>
    <message>
        <source>Add one under &apos;tasks:&apos; naming a source and a target endpoint.</source>
        <translation>Fügen Sie unter &apos;tasks:&apos; eine hinzu, die einen Quell- und einen Zielendpunkt nennt.</translation>
    </message>
    <message>
        <source>The project has several tasks and none was chosen.</source>
        <translation>Das Projekt hat mehrere Aufgaben, und keine wurde ausgewählt.</translation>
    </message>
    <message>
        <source>Task &apos;%1&apos; is %2; only full-load tasks run in this version.</source>
        <translation>Aufgabe &apos;%1&apos; ist %2; in dieser Version laufen nur full-load-Aufgaben.</translation>
    </message>
    <message>
        <source>Change data capture is coming; set the task&apos;s migration-type to full-load to copy the data now.</source>
        <translation>Change Data Capture (CDC) kommt bald; setzen Sie den migration-type der Aufgabe auf full-load, um die Daten jetzt zu kopieren.</translation>
    </message>
    <message>
        <source>Task &apos;%1&apos; names the endpoint &apos;%2&apos;, which the project does not define.</source>
        <translation>Aufgabe &apos;%1&apos; nennt den Endpunkt &apos;%2&apos;, den das Projekt nicht definiert.</translation>
    </message>
    <message>
        <source>Add the endpoint under &apos;endpoints:&apos; or correct the task.</source>
        <translation>Fügen Sie den Endpunkt unter &apos;endpoints:&apos; hinzu oder korrigieren Sie die Aufgabe.</translation>
    </message>
    <message>
        <source>Ferry&apos;s embedded sports-ticketing sample (SQLite) copied into a new SQLite database.</source>
        <translation>Das eingebettete Sportticket-Beispiel von Ferry (SQLite), kopiert in eine neue SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>Could not read table %1 from PostgreSQL.</source>
        <translation>Tabelle %1 konnte nicht aus PostgreSQL gelesen werden.</translation>
    </message>
    <message>
        <source>Could not write rows to %1 on PostgreSQL.</source>
        <translation>Zeilen konnten nicht in %1 auf PostgreSQL geschrieben werden.</translation>
    </message>
    <message>
        <source>(default user)</source>
        <translation>(Standardbenutzer)</translation>
    </message>
    <message>
        <source>the local socket (port %1)</source>
        <translation>der lokale Socket (Port %1)</translation>
    </message>
    <message>
        <source>socket directory %1 (port %2)</source>
        <translation>Socket-Verzeichnis %1 (Port %2)</translation>
    </message>
    <message>
        <source>Column %1 of %2 is not created AUTO_INCREMENT: MySQL allows one, on an integer column.</source>
        <translation>Spalte %1 von %2 wird nicht als AUTO_INCREMENT angelegt: MySQL erlaubt nur eine solche Spalte, und zwar eine ganzzahlige.</translation>
    </message>
    <message>
        <source>In %1, column %2 is a %3 column: only its first %4 characters are indexed (MySQL needs a prefix length).</source>
        <translation>In %1 ist Spalte %2 eine %3-Spalte: Nur ihre ersten %4 Zeichen werden indiziert (MySQL braucht eine Präfixlänge).</translation>
    </message>
    <message>
        <source>In %1, only the first %2 characters of column %3 are indexed (InnoDB keys hold %4 bytes).</source>
        <translation>In %1 werden nur die ersten %2 Zeichen von Spalte %3 indiziert (InnoDB-Schlüssel fassen %4 Byte).</translation>
    </message>
    <message>
        <source>The MySQL/MariaDB target refused a row of %1.</source>
        <translation>Das MySQL/MariaDB-Ziel hat eine Zeile von %1 abgewiesen.</translation>
    </message>
    <message>
        <source>Fix the value at the source, or change the column&apos;s type with a mapping rule.</source>
        <translation>Korrigieren Sie den Wert in der Quelle oder ändern Sie den Typ der Spalte mit einer Zuordnungsregel.</translation>
    </message>
    <message>
        <source>the local socket %1</source>
        <translation>der lokale Socket %1</translation>
    </message>
    <message>
        <source>data source %1</source>
        <translation>Datenquelle %1</translation>
    </message>
    <message>
        <source>driver %1</source>
        <translation>Treiber %1</translation>
    </message>
    <message>
        <source>SQLSTATE %1 (native %2): %3</source>
        <translation>SQLSTATE %1 (nativ %2): %3</translation>
    </message>
    <message>
        <source>The value does not match its tag &apos;%1&apos;.</source>
        <translation>Der Wert passt nicht zu seinem Tag &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL was lost; the work is retried on a new connection.</source>
        <translation>Die Verbindung zu PostgreSQL ging verloren; die Arbeit wird über eine neue Verbindung wiederholt.</translation>
    </message>
    <message>
        <source>A serialization failure or deadlock; the work is retried.</source>
        <translation>Ein Serialisierungsfehler oder Deadlock; die Arbeit wird wiederholt.</translation>
    </message>
    <message>
        <source>Grant the connecting role the privilege named in the detail.</source>
        <translation>Gewähren Sie der verbindenden Rolle die im Detail genannte Berechtigung.</translation>
    </message>
    <message>
        <source>Correct the column name in the selection rule&apos;s filters.</source>
        <translation>Korrigieren Sie den Spaltennamen in den Filtern der Auswahlregel.</translation>
    </message>
    <message>
        <source>Could not prepare the PostgreSQL session.</source>
        <translation>Die PostgreSQL-Sitzung konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>Split tables by an integer column only.</source>
        <translation>Teilen Sie Tabellen nur nach einer ganzzahligen Spalte auf.</translation>
    </message>
    <message>
        <source>Roll the transaction back before writing.</source>
        <translation>Setzen Sie die Transaktion vor dem Schreiben zurück.</translation>
    </message>
    <message>
        <source>Remove the NUL bytes from the source value, or map the column to a binary type.</source>
        <translation>Entfernen Sie die NUL-Bytes aus dem Quellwert oder ordnen Sie die Spalte einem Binärtyp zu.</translation>
    </message>
    <message>
        <source>Could not read the default schema of the PostgreSQL target.</source>
        <translation>Das Standardschema des PostgreSQL-Ziels konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not begin a transaction on PostgreSQL.</source>
        <translation>Auf PostgreSQL konnte keine Transaktion begonnen werden.</translation>
    </message>
    <message>
        <source>Could not commit the transaction on PostgreSQL.</source>
        <translation>Die Transaktion auf PostgreSQL konnte nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>The PostgreSQL transaction was rolled back instead of committed.</source>
        <translation>Die PostgreSQL-Transaktion wurde zurückgesetzt statt bestätigt.</translation>
    </message>
    <message>
        <source>an earlier statement in the transaction failed</source>
        <translation>eine frühere Anweisung in der Transaktion ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>See the earlier error; nothing of the transaction was written.</source>
        <translation>Siehe den früheren Fehler; von der Transaktion wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Could not roll back the transaction on PostgreSQL.</source>
        <translation>Die Transaktion auf PostgreSQL konnte nicht zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>A statement failed on the PostgreSQL target.</source>
        <translation>Eine Anweisung auf dem PostgreSQL-Ziel ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The target table %1 no longer exists, so its rejected rows cannot be re-applied.</source>
        <translation>Die Zieltabelle %1 existiert nicht mehr, daher können ihre abgelehnten Zeilen nicht erneut angewendet werden.</translation>
    </message>
    <message>
        <source>Create the table again (run the task, or create it by hand), then re-apply the rows.</source>
        <translation>Legen Sie die Tabelle erneut an (indem Sie die Aufgabe ausführen oder die Tabelle manuell anlegen) und wenden Sie die Zeilen dann erneut an.</translation>
    </message>
    <message>
        <source>The rejected row of %1 has no stored values to write.</source>
        <translation>Die abgelehnte Zeile von %1 hat keine gespeicherten Werte, die geschrieben werden könnten.</translation>
    </message>
    <message>
        <source>Enter the row&apos;s values, then re-apply it.</source>
        <translation>Geben Sie die Werte der Zeile ein und wenden Sie sie dann erneut an.</translation>
    </message>
    <message>
        <source>The value of column %1 (%2 bytes) was too large to keep with the rejected row of %3.</source>
        <translation>Der Wert der Spalte %1 (%2 Byte) war zu groß, um ihn mit der abgelehnten Zeile von %3 aufzubewahren.</translation>
    </message>
    <message>
        <source>Enter a value for the column, then re-apply the row.</source>
        <translation>Geben Sie einen Wert für die Spalte ein und wenden Sie die Zeile dann erneut an.</translation>
    </message>
    <message>
        <source>The target table %1 has no column %2 any more.</source>
        <translation>Die Zieltabelle %1 hat keine Spalte %2 mehr.</translation>
    </message>
    <message>
        <source>Add the column to the target table, or clear the value and re-apply the row.</source>
        <translation>Fügen Sie die Spalte der Zieltabelle hinzu oder leeren Sie den Wert und wenden Sie die Zeile erneut an.</translation>
    </message>
    <message>
        <source>Rejected row %1 of task %2 is no longer in the exceptions table.</source>
        <translation>Die abgelehnte Zeile %1 der Aufgabe %2 ist nicht mehr in der Ausnahmetabelle.</translation>
    </message>
    <message>
        <source>It was re-applied or its table was loaded again: refresh the list.</source>
        <translation>Sie wurde bereits erneut angewendet oder ihre Tabelle wurde neu geladen: Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>Reloading table %1 from scratch (%2 slices, %3).</source>
        <translation>Tabelle %1 wird von Grund auf neu geladen (%2 Segmente, %3).</translation>
    </message>
    <message>
        <source>Table %1 cannot be reloaded: the table mapping of task %2 does not select it from the source.</source>
        <translation>Tabelle %1 kann nicht neu geladen werden: Die Tabellenzuordnung der Aufgabe %2 wählt sie in der Quelle nicht aus.</translation>
    </message>
    <message>
        <source>Give the source schema and table exactly as the source catalog names them (names are case-sensitive), or add a selection rule for the table and run the task with --resume.</source>
        <translation>Geben Sie Quellschema und Tabelle genau so an, wie der Quellkatalog sie nennt (Groß-/Kleinschreibung zählt), oder fügen Sie eine Auswahlregel für die Tabelle hinzu und führen Sie die Aufgabe mit --resume aus.</translation>
    </message>
    <message>
        <source>Table %1 cannot be reloaded: the task selects a table of that name in more than one schema.</source>
        <translation>Tabelle %1 kann nicht neu geladen werden: Die Aufgabe wählt eine Tabelle dieses Namens in mehr als einem Schema aus.</translation>
    </message>
    <message>
        <source>Name the table with its schema (SCHEMA.TABLE).</source>
        <translation>Nennen Sie die Tabelle mit ihrem Schema (SCHEMA.TABELLE).</translation>
    </message>
    <message>
        <source>Task %1 has no table to reload: it never ran on this target.</source>
        <translation>Aufgabe %1 hat keine Tabelle zum Neuladen: Sie ist auf diesem Ziel noch nie gelaufen.</translation>
    </message>
    <message>
        <source>Run the task once without --reload-table first, or check the task name and ControlTablesSettings.ControlSchema.</source>
        <translation>Führen Sie die Aufgabe zuerst einmal ohne --reload-table aus, oder prüfen Sie den Aufgabennamen und ControlTablesSettings.ControlSchema.</translation>
    </message>
    <message>
        <source>This target cannot change the type of column %1 of table %2 in place.</source>
        <translation>Dieses Ziel kann den Typ der Spalte %1 der Tabelle %2 nicht direkt ändern.</translation>
    </message>
    <message>
        <source>Reload the table (Task &gt; Reload table) to create it again with the mapping&apos;s types.</source>
        <translation>Laden Sie die Tabelle neu (Aufgabe &gt; Tabelle neu laden), um sie mit den Typen der Zuordnung neu anzulegen.</translation>
    </message>
    <message>
        <source>Could not change column %1 of %2 to %3.</source>
        <translation>Spalte %1 von %2 konnte nicht in %3 geändert werden.</translation>
    </message>
    <message>
        <source>Changing column %2 of %1 to %3 on the MySQL/MariaDB target failed.</source>
        <translation>Das Ändern der Spalte %2 von %1 in %3 auf dem MySQL/MariaDB-Ziel ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The task&apos;s mapping no longer selects table %1, so its rejected rows cannot be re-applied with the mapping.</source>
        <translation>Die Zuordnung der Aufgabe wählt die Tabelle %1 nicht mehr aus, daher können ihre abgelehnten Zeilen nicht mit der Zuordnung erneut angewendet werden.</translation>
    </message>
    <message>
        <source>Select the table again in the mapping, or re-apply the rows with their stored values.</source>
        <translation>Wählen Sie die Tabelle in der Zuordnung wieder aus, oder wenden Sie die Zeilen mit ihren gespeicherten Werten erneut an.</translation>
    </message>
    <message>
        <source>The task&apos;s mapping now writes table %1 to %2 instead of %3.</source>
        <translation>Die Zuordnung der Aufgabe schreibt die Tabelle %1 jetzt nach %2 statt nach %3.</translation>
    </message>
    <message>
        <source>Reload the table (Task &gt; Reload table) to load it into its new target table.</source>
        <translation>Laden Sie die Tabelle neu (Aufgabe &gt; Tabelle neu laden), um sie in ihre neue Zieltabelle zu laden.</translation>
    </message>
    <message>
        <source>The rejected row of %1 has no value for source column %2.</source>
        <translation>Die abgelehnte Zeile von %1 hat keinen Wert für die Quellspalte %2.</translation>
    </message>
    <message>
        <source>Re-apply the row with its stored values, or reload the table.</source>
        <translation>Wenden Sie die Zeile mit ihren gespeicherten Werten erneut an, oder laden Sie die Tabelle neu.</translation>
    </message>
    <message>
        <source>Column %1 of %2 is %3 on the target, but rule %4 of the mapping makes it %5.</source>
        <translation>Spalte %1 von %2 ist im Ziel %3, aber Regel %4 der Zuordnung macht sie zu %5.</translation>
    </message>
    <message>
        <source>Allow Ferry to change the target column&apos;s type, or reload the table.</source>
        <translation>Erlauben Sie Ferry, den Typ der Zielspalte zu ändern, oder laden Sie die Tabelle neu.</translation>
    </message>
    <message>
        <source>Table %1 existed on the target: its keys, indexes and foreign keys are kept as they are (TargetTablePrepMode %2).</source>
        <translation>Tabelle %1 war im Ziel bereits vorhanden: Ihre Schlüssel, Indizes und Fremdschlüssel bleiben, wie sie sind (TargetTablePrepMode %2).</translation>
    </message>
    <message>
        <source>Foreign key %1 of %2, dropped to load the tables, could not be added again: %3. Its definition: %4</source>
        <translation>Fremdschlüssel %1 von %2, der zum Laden der Tabellen entfernt wurde, konnte nicht wieder angelegt werden: %3. Seine Definition: %4</translation>
    </message>
    <message>
        <source>The rejected row of %1 has no value for column %2: the rule that computes it failed for this row.</source>
        <translation>Die abgelehnte Zeile von %1 hat keinen Wert für die Spalte %2: Die Regel, die ihn berechnet, ist für diese Zeile fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Fix the rule (Edit rules...), then re-apply the row with the current rules.</source>
        <translation>Korrigieren Sie die Regel (Regeln bearbeiten...) und wenden Sie die Zeile dann mit den aktuellen Regeln erneut an.</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Task state</extracomment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Starting</source>
        <extracomment>Task state</extracomment>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>Task state</extracomment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Load complete</source>
        <extracomment>Task state: every table is loaded</extracomment>
        <translation>Laden abgeschlossen</translation>
    </message>
    <message>
        <source>Stopping</source>
        <extracomment>Task state</extracomment>
        <translation>Wird angehalten</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>Task state</extracomment>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Task state</extracomment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Before load</source>
        <translation>Vor dem Laden</translation>
    </message>
    <message>
        <source>Full load</source>
        <translation>Volllast</translation>
    </message>
    <message>
        <source>Table completed</source>
        <translation>Tabelle abgeschlossen</translation>
    </message>
    <message>
        <source>Table error</source>
        <translation>Tabellenfehler</translation>
    </message>
    <message>
        <source>Table suspended</source>
        <translation>Tabelle ausgesetzt</translation>
    </message>
    <message>
        <source>Table cancelled</source>
        <translation>Tabelle abgebrochen</translation>
    </message>
    <message>
        <source>Spatial index %1 of %2 is not created: geometry columns are carried as text (WKT) on PostgreSQL, which a spatial index cannot use.</source>
        <translation>Der räumliche Index %1 von %2 wird nicht angelegt: Geometriespalten werden in PostgreSQL als Text (WKT) übertragen, den ein räumlicher Index nicht nutzen kann.</translation>
    </message>
    <message>
        <source>Could not create the indexes and keys of %1.</source>
        <translation>Die Indizes und Schlüssel von %1 konnten nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not read the indexes and keys of table %1.</source>
        <translation>Die Indizes und Schlüssel der Tabelle %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not create index %1 on the SQLite table %2.</source>
        <translation>Der Index %1 der SQLite-Tabelle %2 konnte nicht angelegt werden.</translation>
    </message>
    <message numerus="yes">
        <source>the name is longer than the %n characters the target allows</source>
        <translation>
            <numerusform>der Name ist länger als das eine Zeichen, das das Ziel erlaubt</numerusform>
            <numerusform>der Name ist länger als die %n Zeichen, die das Ziel erlaubt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the name is longer than the %n bytes the target allows</source>
        <translation>
            <numerusform>der Name ist länger als das eine Byte, das das Ziel erlaubt</numerusform>
            <numerusform>der Name ist länger als die %n Bytes, die das Ziel erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema %1 is named %2 on the target: %3.</source>
        <translation>Schema %1 heißt im Ziel %2: %3.</translation>
    </message>
    <message>
        <source>Table %1 is named %2 on the target: %3.</source>
        <translation>Tabelle %1 heißt im Ziel %2: %3.</translation>
    </message>
    <message>
        <source>Column %1 of table %2 is named %3 on the target: %4.</source>
        <translation>Spalte %1 der Tabelle %2 heißt im Ziel %3: %4.</translation>
    </message>
    <message>
        <source>column %1 is named %2 on the target: %3.</source>
        <translation>Spalte %1 heißt im Ziel %2: %3.</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Unique key</source>
        <translation>Eindeutiger Schlüssel</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>the name is longer than the target&apos;s identifier limit</source>
        <translation>der Name ist länger, als das Ziel für Bezeichner erlaubt</translation>
    </message>
    <message>
        <source>another foreign key of the target schema has that name</source>
        <translation>ein anderer Fremdschlüssel im Zielschema hat diesen Namen</translation>
    </message>
    <message>
        <source>another table, index or key of the target scope has that name</source>
        <translation>eine andere Tabelle, ein anderer Index oder Schlüssel im selben Namensraum des Ziels hat diesen Namen</translation>
    </message>
    <message>
        <source>%1 %2 of table %3 is named %4 on the target: %5.</source>
        <translation>%1 %2 der Tabelle %3 heißt im Ziel %4: %5.</translation>
    </message>
    <message>
        <source>The server at %1 spoke first, with a MySQL handshake (protocol 10) for server version %2.</source>
        <translation>Der Server unter %1 hat zuerst gesprochen, mit einem MySQL-Handshake (Protokoll 10) für die Serverversion %2.</translation>
    </message>
    <message>
        <source>The server at %1 spoke first, with a MySQL error packet: %2</source>
        <translation>Der Server unter %1 hat zuerst gesprochen, mit einem MySQL-Fehlerpaket: %2</translation>
    </message>
    <message>
        <source>The server at %1 spoke first: %2</source>
        <translation>Der Server unter %1 hat zuerst gesprochen: %2</translation>
    </message>
    <message>
        <source>The server at %1 sent no greeting within %2 ms and answered a PostgreSQL SSLRequest with: %3</source>
        <extracomment>%2 is a number of milliseconds; %3 the server&apos;s answer as text (&apos;S&apos;, &apos;N&apos;, ...)</extracomment>
        <translation>Der Server unter %1 hat innerhalb von %2 ms keine Begrüßung gesendet und eine PostgreSQL-SSLRequest beantwortet mit: %3</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL server: it answers like MySQL/MariaDB.</source>
        <translation>%1 ist kein PostgreSQL-Server: Er antwortet wie MySQL/MariaDB.</translation>
    </message>
    <message>
        <source>Check the port: PostgreSQL listens on 5432 by default, MySQL and MariaDB on 3306. If this is the server you mean, connect to it as a MySQL/MariaDB endpoint (a mysql:// URI).</source>
        <translation>Prüfen Sie den Port: PostgreSQL lauscht standardmäßig auf 5432, MySQL und MariaDB auf 3306. Wenn Sie diesen Server meinen, verbinden Sie sich mit ihm als MySQL/MariaDB-Endpunkt (eine mysql://-URI).</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL server: it answers with another protocol (%2).</source>
        <translation>%1 ist kein PostgreSQL-Server: Er antwortet mit einem anderen Protokoll (%2).</translation>
    </message>
    <message>
        <source>Check the host name and the port (PostgreSQL listens on 5432 by default): another service answers on this one.</source>
        <translation>Prüfen Sie Hostnamen und Port (PostgreSQL lauscht standardmäßig auf 5432): Auf diesem Port antwortet ein anderer Dienst.</translation>
    </message>
    <message>
        <source>%1 is not a MySQL/MariaDB server: it is a PostgreSQL server.</source>
        <translation>%1 ist kein MySQL/MariaDB-Server, sondern ein PostgreSQL-Server.</translation>
    </message>
    <message>
        <source>Check the port: MySQL and MariaDB listen on 3306 by default, PostgreSQL on 5432. If this is the server you mean, connect to it as a PostgreSQL endpoint (a postgresql:// URI).</source>
        <translation>Prüfen Sie den Port: MySQL und MariaDB lauschen standardmäßig auf 3306, PostgreSQL auf 5432. Wenn Sie diesen Server meinen, verbinden Sie sich mit ihm als PostgreSQL-Endpunkt (eine postgresql://-URI).</translation>
    </message>
    <message>
        <source>%1 is not a MySQL/MariaDB server: it answers with another protocol (%2).</source>
        <translation>%1 ist kein MySQL/MariaDB-Server: Er antwortet mit einem anderen Protokoll (%2).</translation>
    </message>
    <message>
        <source>Check the host name and the port (MySQL and MariaDB listen on 3306 by default): another service answers on this one.</source>
        <translation>Prüfen Sie Hostnamen und Port (MySQL und MariaDB lauschen standardmäßig auf 3306): Auf diesem Port antwortet ein anderer Dienst.</translation>
    </message>
    <message>
        <source>Table %1: %2 Its rows are loaded; the table stays completed.</source>
        <translation>Tabelle %1: %2 Ihre Zeilen sind geladen; die Tabelle bleibt abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 data sources cannot be migration targets.</source>
        <translation>%1-Datenquellen können kein Migrationsziel sein.</translation>
    </message>
    <message>
        <source>Table %1: limited LOB mode, LOB values longer than %3 KB are truncated (lob-settings of table-settings rule %2).</source>
        <translation>Tabelle %1: eingeschränkter LOB-Modus, LOB-Werte länger als %3 KB werden abgeschnitten (lob-settings der table-settings-Regel %2).</translation>
    </message>
    <message>
        <source>Table %1: full LOB mode, LOB values are moved whole (lob-settings of table-settings rule %2).</source>
        <translation>Tabelle %1: vollständiger LOB-Modus, LOB-Werte werden vollständig übertragen (lob-settings der table-settings-Regel %2).</translation>
    </message>
    <message>
        <source>Table %1: the value of column %2 in the row %3 is %4 bytes long, more than the %5 KB of limited LOB mode, and FailTasksOnLobTruncation stops the task instead of truncating it.</source>
        <translation>Tabelle %1: Der Wert der Spalte %2 in der Zeile %3 ist %4 Bytes lang, mehr als die %5 KB des eingeschränkten LOB-Modus, und FailTasksOnLobTruncation hält die Aufgabe an, statt ihn abzuschneiden.</translation>
    </message>
    <message>
        <source>Raise the maximum above the largest value, use full LOB mode (TargetMetadata.FullLobMode true, or lob-settings mode unlimited), or set FailTasksOnLobTruncation to false to truncate the values and list them in lob_truncations.</source>
        <translation>Erhöhen Sie das Maximum über den größten Wert, verwenden Sie den vollständigen LOB-Modus (TargetMetadata.FullLobMode true oder lob-settings mode unlimited) oder setzen Sie FailTasksOnLobTruncation auf false, um die Werte abzuschneiden und in lob_truncations aufzuführen.</translation>
    </message>
    <message numerus="yes">
        <source>Table %1: %n LOB value(s) longer than LobMaxSize (%2 KB) truncated (limited LOB mode); the control table lob_truncations lists each one.</source>
        <translation>
            <numerusform>Tabelle %1: ein LOB-Wert länger als LobMaxSize (%2 KB) wurde abgeschnitten (eingeschränkter LOB-Modus); die Kontrolltabelle lob_truncations führt ihn auf.</numerusform>
            <numerusform>Tabelle %1: %n LOB-Werte länger als LobMaxSize (%2 KB) wurden abgeschnitten (eingeschränkter LOB-Modus); die Kontrolltabelle lob_truncations führt jeden auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table %1: %n LOB value(s) longer than bulk-max-size (%2 KB) of table-settings rule %3 truncated (limited LOB mode); the control table lob_truncations lists each one.</source>
        <translation>
            <numerusform>Tabelle %1: ein LOB-Wert länger als bulk-max-size (%2 KB) der table-settings-Regel %3 wurde abgeschnitten (eingeschränkter LOB-Modus); die Kontrolltabelle lob_truncations führt ihn auf.</numerusform>
            <numerusform>Tabelle %1: %n LOB-Werte länger als bulk-max-size (%2 KB) der table-settings-Regel %3 wurden abgeschnitten (eingeschränkter LOB-Modus); die Kontrolltabelle lob_truncations führt jeden auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>TargetMetadata sets both FullLobMode and LimitedSizeLobMode: full LOB mode wins and no LOB value is truncated.</source>
        <translation>TargetMetadata setzt sowohl FullLobMode als auch LimitedSizeLobMode: der vollständige LOB-Modus hat Vorrang, kein LOB-Wert wird abgeschnitten.</translation>
    </message>
    <message>
        <source>Full LOB mode: LOB values are moved whole.</source>
        <translation>Vollständiger LOB-Modus: LOB-Werte werden vollständig übertragen.</translation>
    </message>
    <message>
        <source>Full LOB mode (TargetMetadata sets no LOB mode): LOB values are moved whole.</source>
        <translation>Vollständiger LOB-Modus (TargetMetadata legt keinen LOB-Modus fest): LOB-Werte werden vollständig übertragen.</translation>
    </message>
    <message>
        <source>Limited LOB mode: a LOB value longer than %1 KB (TargetMetadata.LobMaxSize) stops the task (FailTasksOnLobTruncation).</source>
        <translation>Eingeschränkter LOB-Modus: ein LOB-Wert länger als %1 KB (TargetMetadata.LobMaxSize) hält die Aufgabe an (FailTasksOnLobTruncation).</translation>
    </message>
    <message>
        <source>Limited LOB mode: LOB values longer than %1 KB (TargetMetadata.LobMaxSize) are truncated and listed in the control table lob_truncations.</source>
        <translation>Eingeschränkter LOB-Modus: LOB-Werte länger als %1 KB (TargetMetadata.LobMaxSize) werden abgeschnitten und in der Kontrolltabelle lob_truncations aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>Task %1: %2 (%3 of %4 tables loaded, %5 in error; %n LOB value(s) truncated in table %6: limited LOB mode, see the control table lob_truncations).</source>
        <translation>
            <numerusform>Aufgabe %1: %2 (%3 von %4 Tabellen geladen, %5 mit Fehler; ein LOB-Wert in Tabelle %6 abgeschnitten: eingeschränkter LOB-Modus, siehe Kontrolltabelle lob_truncations).</numerusform>
            <numerusform>Aufgabe %1: %2 (%3 von %4 Tabellen geladen, %5 mit Fehler; %n LOB-Werte in Tabelle %6 abgeschnitten: eingeschränkter LOB-Modus, siehe Kontrolltabelle lob_truncations).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Task %1: %2 (%3 of %4 tables loaded, %5 in error; %n LOB value(s) truncated in %6 tables: limited LOB mode, see the control table lob_truncations).</source>
        <translation>
            <numerusform>Aufgabe %1: %2 (%3 von %4 Tabellen geladen, %5 mit Fehler; ein LOB-Wert in %6 Tabellen abgeschnitten: eingeschränkter LOB-Modus, siehe Kontrolltabelle lob_truncations).</numerusform>
            <numerusform>Aufgabe %1: %2 (%3 von %4 Tabellen geladen, %5 mit Fehler; %n LOB-Werte in %6 Tabellen abgeschnitten: eingeschränkter LOB-Modus, siehe Kontrolltabelle lob_truncations).</numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign key %1 of %2 cannot be added to an existing table on this target.</source>
        <translation>Der Fremdschlüssel %1 von %2 kann auf diesem Ziel nicht zu einer bestehenden Tabelle hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Could not read the foreign keys of and to table %1.</source>
        <translation>Die Fremdschlüssel von und zu Tabelle %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not drop foreign key %1 of %2.</source>
        <translation>Der Fremdschlüssel %1 von %2 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Could not add foreign key %1 of %2 again.</source>
        <translation>Der Fremdschlüssel %1 von %2 konnte nicht wieder hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Could not drop the indexes and keys of %1.</source>
        <translation>Die Indizes und Schlüssel von %1 konnten nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Dropping a foreign key of %1 on the MySQL/MariaDB target failed.</source>
        <translation>Das Löschen eines Fremdschlüssels von %1 auf dem MySQL/MariaDB-Ziel ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Adding a foreign key of %1 again on the MySQL/MariaDB target failed.</source>
        <translation>Das erneute Hinzufügen eines Fremdschlüssels von %1 auf dem MySQL/MariaDB-Ziel ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Dropping an index of %1 on the MySQL/MariaDB target failed.</source>
        <translation>Das Löschen eines Index von %1 auf dem MySQL/MariaDB-Ziel ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Stopped on request.</source>
        <translation>Auf Anforderung angehalten.</translation>
    </message>
    <message>
        <source>Task %1 ended (%2), but its state could not be recorded in the target&apos;s control tables: a resume would find it still running.</source>
        <translation>Task %1 ist beendet (%2), aber sein Zustand konnte nicht in den Steuertabellen des Ziels festgehalten werden: eine Fortsetzung fände ihn noch laufend vor.</translation>
    </message>
    <message>
        <source>Check that the target is reachable, then run the task again with --resume: it continues where this run ended.</source>
        <translation>Prüfen Sie, ob das Ziel erreichbar ist, und führen Sie den Task dann erneut mit --resume aus: er setzt dort fort, wo dieser Lauf endete.</translation>
    </message>
    <message>
        <source>A load worker failed unexpectedly: %1</source>
        <translation>Ein Lade-Worker ist unerwartet fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not record in the control tables that the foreign keys are built: %1</source>
        <translation>In den Steuertabellen konnte nicht festgehalten werden, dass die Fremdschlüssel erstellt sind: %1</translation>
    </message>
    <message>
        <source>Task &apos;%1&apos; only validates (ValidationSettings.ValidationOnly), and validation is not available in this version.</source>
        <translation>Task „%1“ validiert nur (ValidationSettings.ValidationOnly), und die Validierung ist in dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Set ValidationOnly to false to load the data.</source>
        <translation>Setzen Sie ValidationOnly auf false, um die Daten zu laden.</translation>
    </message>
    <message>
        <source>ValidationSettings.EnableValidation is set, but validation is not available in this version: the task loads without validating.</source>
        <translation>ValidationSettings.EnableValidation ist gesetzt, aber die Validierung ist in dieser Version nicht verfügbar: der Task lädt ohne zu validieren.</translation>
    </message>
    <message>
        <source>The task failed unexpectedly: %1</source>
        <translation>Der Task ist unerwartet fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Unexpected failure while reading: %1</source>
        <translation>Unerwarteter Fehler beim Lesen: %1</translation>
    </message>
    <message>
        <source>Unexpected failure while writing: %1</source>
        <translation>Unerwarteter Fehler beim Schreiben: %1</translation>
    </message>
    <message>
        <source>Could not take a consistent snapshot of the PostgreSQL source.</source>
        <translation>Es konnte kein konsistenter Snapshot der PostgreSQL-Quelle erstellt werden.</translation>
    </message>
    <message>
        <source>Could not begin a read transaction on the PostgreSQL source.</source>
        <translation>Auf der PostgreSQL-Quelle konnte keine Lesetransaktion begonnen werden.</translation>
    </message>
    <message>
        <source>Could not read the PostgreSQL source as of the task&apos;s snapshot.</source>
        <translation>Die PostgreSQL-Quelle konnte nicht zum Snapshot-Zeitpunkt des Tasks gelesen werden.</translation>
    </message>
    <message>
        <source>The source snapshot %1 is gone: the remaining slices read the source as it is now. %2</source>
        <translation>Der Quell-Snapshot %1 ist nicht mehr vorhanden: die übrigen Slices lesen die Quelle im aktuellen Zustand. %2</translation>
    </message>
    <message>
        <source>No consistent snapshot of the source: its tables are read at slightly different moments. %1</source>
        <translation>Kein konsistenter Snapshot der Quelle: ihre Tabellen werden zu leicht unterschiedlichen Zeitpunkten gelesen. %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Source snapshot %1 (change position %2): every slice reads the source as of this moment.</source>
        <translation>Quell-Snapshot %1 (Änderungsposition %2): jeder Slice liest die Quelle zu diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>The default of column %1 of %2 is not created: the column is an identity or generated column.</source>
        <translation>Der Standardwert der Spalte %1 von %2 wird nicht angelegt: Die Spalte ist eine Identitäts- oder generierte Spalte.</translation>
    </message>
    <message>
        <source>Generated column %1 of %2 is created STORED: PostgreSQL computes generated columns when rows are written.</source>
        <translation>Die generierte Spalte %1 von %2 wird als STORED angelegt: PostgreSQL berechnet generierte Spalten beim Schreiben der Zeilen.</translation>
    </message>
    <message>
        <source>The source cannot share a snapshot between connections: each slice reads at its own moment. Change position before the load: %1.</source>
        <translation>Die Quelle kann keinen Snapshot zwischen Verbindungen teilen: jeder Slice liest zu seinem eigenen Zeitpunkt. Änderungsposition vor dem Laden: %1.</translation>
    </message>
    <message>
        <source>The connection to the server was lost; the work is retried on a new connection.</source>
        <translation>Die Verbindung zum Server ist abgebrochen; die Arbeit wird über eine neue Verbindung wiederholt.</translation>
    </message>
    <message>
        <source>A deadlock or lock wait timeout; the work is retried.</source>
        <translation>Ein Deadlock oder eine Zeitüberschreitung beim Warten auf eine Sperre; die Arbeit wird wiederholt.</translation>
    </message>
    <message>
        <source>Grant the connecting user the privilege named in the detail.</source>
        <translation>Erteilen Sie dem verbindenden Benutzer das in den Details genannte Recht.</translation>
    </message>
    <message>
        <source>The server is read-only; connect to a writable server or turn read_only off.</source>
        <translation>Der Server ist schreibgeschützt; verbinden Sie sich mit einem beschreibbaren Server oder schalten Sie read_only aus.</translation>
    </message>
    <message>
        <source>Create the database or correct its name in the endpoint.</source>
        <translation>Legen Sie die Datenbank an oder korrigieren Sie ihren Namen im Endpunkt.</translation>
    </message>
    <message>
        <source>re-applying rejected rows</source>
        <translation>Erneutes Anwenden abgewiesener Zeilen</translation>
    </message>
    <message>
        <source>The key column %1 does not exist in table %2.</source>
        <translation>Die Schlüsselspalte %1 existiert in Tabelle %2 nicht.</translation>
    </message>
    <message>
        <source>The table changed since its slices were chosen: reload it (--reload-table).</source>
        <translation>Die Tabelle hat sich geändert, seit ihre Abschnitte gewählt wurden: Laden Sie sie neu (--reload-table).</translation>
    </message>
    <message>
        <source>Table %1 slice %2: the commit whose outcome was unknown did happen; the slice is not loaded again.</source>
        <translation>Tabelle %1, Abschnitt %2: Der Commit mit unbekanntem Ausgang hat stattgefunden; der Abschnitt wird nicht erneut geladen.</translation>
    </message>
    <message>
        <source>Table %1: the slices an earlier run recorded do not fit the table&apos;s key columns now (did the mapping change?); the table is loaded again from the start.</source>
        <translation>Tabelle %1: Die Abschnitte, die ein früherer Lauf aufgezeichnet hat, passen nicht mehr zu den Schlüsselspalten der Tabelle (wurde die Zuordnung geändert?); die Tabelle wird von vorn geladen.</translation>
    </message>
    <message>
        <source>Table %1: parallel-load ranges (rule %2) need columns of the table and at least one boundary; the table loads as one slice.</source>
        <translation>Tabelle %1: parallel-load ranges (Regel %2) braucht Spalten der Tabelle und mindestens eine Grenze; die Tabelle wird als ein Abschnitt geladen.</translation>
    </message>
    <message>
        <source>Table %1: rows with NULL in column(s) %2 are not loaded: parallel-load ranges (rule %3) cannot place them, and DMS leaves them out too.</source>
        <translation>Tabelle %1: Zeilen mit NULL in Spalte(n) %2 werden nicht geladen: parallel-load ranges (Regel %3) kann sie nicht zuordnen, und DMS lässt sie ebenfalls aus.</translation>
    </message>
    <message>
        <source>Table %1: the boundaries of parallel-load ranges (rule %2) are not in ascending order in the source (boundary %3 is below boundary %4); the table loads as one slice.</source>
        <translation>Tabelle %1: Die Grenzen von parallel-load ranges (Regel %2) sind in der Quelle nicht aufsteigend geordnet (Grenze %3 liegt unter Grenze %4); die Tabelle wird als ein Abschnitt geladen.</translation>
    </message>
    <message>
        <source>Table %1: %2 slices by key (%3), their boundaries chosen in one ordered pass over %4 keys (%5 ms).</source>
        <translation>Tabelle %1: %2 Abschnitte nach Schlüssel (%3), ihre Grenzen in einem geordneten Durchlauf über %4 Schlüssel gewählt (%5 ms).</translation>
    </message>
    <message>
        <source>Could not read the column types of %1.</source>
        <translation>Die Spaltentypen von %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Completed with errors</source>
        <extracomment>Table load state: every row was read, but the target rejected some rows (or refused an index or key). Shown instead of &quot;Table completed&quot;.</extracomment>
        <translation>Mit Fehlern abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Table %1 slice %2: %3 row(s) read, %4 loaded, %5 rejected.</source>
        <translation>
            <numerusform>Tabelle %1, Segment %2: %3 Zeile gelesen, %4 geladen, %5 abgelehnt.</numerusform>
            <numerusform>Tabelle %1, Segment %2: %3 Zeilen gelesen, %4 geladen, %5 abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table %1 loaded: %2 row(s), %3 rejected.</source>
        <translation>
            <numerusform>Tabelle %1 geladen: %2 Zeile, %3 abgelehnt.</numerusform>
            <numerusform>Tabelle %1 geladen: %2 Zeilen, %3 abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1 of table %2 narrows from %3 to %4: longer values are rejected into the exceptions table.</source>
        <translation>Spalte %1 der Tabelle %2 wird von %3 auf %4 verkleinert: längere Werte werden in die Ausnahmetabelle abgelehnt.</translation>
    </message>
    <message>
        <source>Check the object on the target; create what it needs by hand.</source>
        <translation>Prüfen Sie das Objekt im Ziel; legen Sie an, was ihm fehlt, von Hand an.</translation>
    </message>
    <message>
        <source>%1 is not converted by this version of Ferry; its source definition is kept here.</source>
        <translation>%1 wird von dieser Ferry-Version nicht konvertiert; die Definition der Quelle steht hier.</translation>
    </message>
    <message>
        <source>Rewrite it for the target by hand and apply it after the objects it uses.</source>
        <translation>Schreiben Sie es von Hand für das Ziel um und wenden Sie es nach den Objekten an, die es verwendet.</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Sicht %1</translation>
    </message>
    <message>
        <source>Procedure %1</source>
        <translation>Prozedur %1</translation>
    </message>
    <message>
        <source>Function %1</source>
        <translation>Funktion %1</translation>
    </message>
    <message>
        <source>Trigger %1 on %2</source>
        <translation>Trigger %1 auf %2</translation>
    </message>
    <message>
        <source>Sequence %1</source>
        <translation>Sequenz %1</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>Ferry does not write %1 schemas.</source>
        <translation>Ferry schreibt keine %1-Schemas.</translation>
    </message>
    <message>
        <source>Convert to postgresql, mysql, mariadb or sqlite.</source>
        <translation>Konvertieren Sie nach postgresql, mysql, mariadb oder sqlite.</translation>
    </message>
    <message>
        <source>%1 drops or empties data and was not run.</source>
        <translation>%1 löscht oder leert Daten und wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Allow destructive statements to run it (--allow-destructive).</source>
        <translation>Erlauben Sie destruktive Anweisungen, um sie auszuführen (--allow-destructive).</translation>
    </message>
    <message>
        <source>the name is longer than the target allows</source>
        <translation>der Name ist länger, als das Ziel erlaubt</translation>
    </message>
    <message>
        <source>the name is taken in the target&apos;s scope</source>
        <translation>der Name ist im Geltungsbereich des Ziels schon vergeben</translation>
    </message>
    <message>
        <source>%1 %2 of %3 is named %4 on the target: %5.</source>
        <translation>%1 %2 von %3 heißt im Ziel %4: %5.</translation>
    </message>
    <message>
        <source>Change scripts and code that use the old name.</source>
        <translation>Ändern Sie Skripte und Code, die den alten Namen verwenden.</translation>
    </message>
    <message>
        <source>Table %1 has no primary or unique key: the full load reads it as one slice, and change data capture and validation need a key.</source>
        <translation>Tabelle %1 hat keinen Primär- oder eindeutigen Schlüssel: der Volllade liest sie als einen Abschnitt, und Änderungserfassung und Validierung brauchen einen Schlüssel.</translation>
    </message>
    <message>
        <source>Add a primary key on the source, or a define-primary-key rule to the mapping.</source>
        <translation>Legen Sie in der Quelle einen Primärschlüssel an oder fügen Sie der Zuordnung eine define-primary-key-Regel hinzu.</translation>
    </message>
    <message>
        <source>Table %1 has LOB columns (%2): they are moved whole in full LOB mode; limited LOB mode truncates them.</source>
        <translation>Tabelle %1 hat LOB-Spalten (%2): im vollständigen LOB-Modus werden sie ganz übertragen, der begrenzte LOB-Modus kürzt sie.</translation>
    </message>
    <message>
        <source>Keep full LOB mode, or set LobMaxSize above the largest value.</source>
        <translation>Behalten Sie den vollständigen LOB-Modus bei oder setzen Sie LobMaxSize über den größten Wert.</translation>
    </message>
    <message>
        <source>Ferry assessment: %1 (%2) to %3</source>
        <translation>Ferry-Bewertung: %1 (%2) nach %3</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;Code&lt;/th&gt;&lt;th&gt;Complexity&lt;/th&gt;&lt;th&gt;Category&lt;/th&gt;&lt;th&gt;Object&lt;/th&gt;&lt;th&gt;Message and fix&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;Code&lt;/th&gt;&lt;th&gt;Komplexität&lt;/th&gt;&lt;th&gt;Kategorie&lt;/th&gt;&lt;th&gt;Objekt&lt;/th&gt;&lt;th&gt;Meldung und Abhilfe&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;Category&lt;/th&gt;&lt;th&gt;Objects&lt;/th&gt;&lt;th&gt;Automatic&lt;/th&gt;&lt;th&gt;Simple&lt;/th&gt;&lt;th&gt;Medium&lt;/th&gt;&lt;th&gt;Complex&lt;/th&gt;&lt;th&gt;Not converted&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;Kategorie&lt;/th&gt;&lt;th&gt;Objekte&lt;/th&gt;&lt;th&gt;Automatisch&lt;/th&gt;&lt;th&gt;Einfach&lt;/th&gt;&lt;th&gt;Mittel&lt;/th&gt;&lt;th&gt;Komplex&lt;/th&gt;&lt;th&gt;Nicht konvertiert&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Estimated effort: %1 hours (simple %2 min, medium %3 min, complex %4 min per action item).</source>
        <translation>Geschätzter Aufwand: %1 Stunden (einfach %2 min, mittel %3 min, komplex %4 min je Aktionspunkt).</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aktionspunkte</translation>
    </message>
    <message>
        <source>Pre-migration checks</source>
        <translation>Prüfungen vor der Migration</translation>
    </message>
    <message>
        <source>View %1 uses what Ferry does not translate with certainty: %2.</source>
        <translation>Sicht %1 verwendet, was Ferry nicht sicher übersetzt: %2.</translation>
    </message>
    <message>
        <source>Rewrite those parts for the target by hand; the source definition is kept here.</source>
        <translation>Schreiben Sie diese Teile von Hand für das Ziel um; die Definition der Quelle steht hier.</translation>
    </message>
    <message>
        <source>Trigger %1 on %2 uses what Ferry does not translate with certainty: %3.</source>
        <translation>Trigger %1 auf %2 verwendet, was Ferry nicht sicher übersetzt: %3.</translation>
    </message>
    <message>
        <source>Write the trigger function for the target by hand; the source definition is kept here.</source>
        <translation>Schreiben Sie die Triggerfunktion für das Ziel von Hand; die Definition der Quelle steht hier.</translation>
    </message>
    <message>
        <source>Column %1 of %2 (%3 -&gt; %4): %5</source>
        <translation>Spalte %1 von %2 (%3 -&gt; %4): %5</translation>
    </message>
    <message>
        <source>Check the column&apos;s values on the target, or give it another type with a change-data-type rule.</source>
        <translation>Prüfen Sie die Werte der Spalte im Ziel oder geben Sie ihr mit einer change-data-type-Regel einen anderen Typ.</translation>
    </message>
</context>
<context>
    <name>ExceptionsView</name>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>Show the rejected rows of one table, or of every table</source>
        <translation>Die abgelehnten Zeilen einer Tabelle oder aller Tabellen anzeigen</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Show only rows whose table, column, error or values contain this text</source>
        <translation>Nur Zeilen anzeigen, deren Tabelle, Spalte, Fehler oder Werte diesen Text enthalten</translation>
    </message>
    <message>
        <source>Error, column or value</source>
        <translation>Fehler, Spalte oder Wert</translation>
    </message>
    <message>
        <source>Read the rejected rows from the target again (F5)</source>
        <translation>Die abgelehnten Zeilen erneut aus dem Ziel lesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Read the next page of rejected rows</source>
        <translation>Die nächste Seite abgelehnter Zeilen lesen</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Rows the target refused; select one to see and fix its values</source>
        <translation>Zeilen, die das Ziel abgelehnt hat; wählen Sie eine aus, um ihre Werte anzuzeigen und zu korrigieren</translation>
    </message>
    <message>
        <source>The values of the selected row; double-click a New value cell to fix it</source>
        <translation>Die Werte der ausgewählten Zeile; doppelklicken Sie auf eine Zelle in „Neuer Wert“, um sie zu korrigieren</translation>
    </message>
    <message>
        <source>Write the selected rows, with your fixes, into their target table (Ctrl+Return)</source>
        <translation>Die ausgewählten Zeilen mit Ihren Korrekturen in ihre Zieltabelle schreiben (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Re-apply &amp;selected</source>
        <translation>Ausgewählte &amp;erneut anwenden</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Re-apply &amp;all for this table</source>
        <translation>A&amp;lle dieser Tabelle erneut anwenden</translation>
    </message>
    <message>
        <source>Forget the fixes of the selected row</source>
        <translation>Die Korrekturen der ausgewählten Zeile verwerfen</translation>
    </message>
    <message>
        <source>Re&amp;vert fixes</source>
        <translation>Korrekturen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Re-applying rows on the target</source>
        <translation>Zeilen werden im Ziel erneut angewendet</translation>
    </message>
    <message>
        <source>Stop after the table being written; tables already done stay done</source>
        <translation>Nach der gerade geschriebenen Tabelle anhalten; bereits erledigte Tabellen bleiben erledigt</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Derive the rows again from their source values through the task&apos;s mapping as it is now (after you changed a rule), instead of writing them as they were written</source>
        <translation>Die Zeilen erneut aus ihren Quellwerten über die aktuelle Zuordnung der Aufgabe ableiten (nachdem Sie eine Regel geändert haben), statt sie so zu schreiben, wie sie geschrieben wurden</translation>
    </message>
    <message>
        <source>With the current r&amp;ules</source>
        <translation>Mit den aktuellen &amp;Regeln</translation>
    </message>
    <message>
        <source>Change the task&apos;s mapping rules (for example a column&apos;s type or an added column&apos;s expression), then re-apply the rows with them</source>
        <translation>Die Zuordnungsregeln der Aufgabe ändern (zum Beispiel den Typ einer Spalte oder den Ausdruck einer hinzugefügten Spalte) und die Zeilen dann damit erneut anwenden</translation>
    </message>
    <message>
        <source>&amp;Edit rules...</source>
        <translation>Regeln &amp;bearbeiten...</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Table Mapping</source>
        <translation>Tabellenzuordnung</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Table mapping</source>
        <translation>Tabellenzuordnung</translation>
    </message>
    <message>
        <source>&amp;Import DMS JSON…</source>
        <translation>DMS-JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>Replace the rules with an AWS DMS table-mapping JSON file</source>
        <translation>Die Regeln durch eine AWS-DMS-Tabellenzuordnung (JSON-Datei) ersetzen</translation>
    </message>
    <message>
        <source>E&amp;xport DMS JSON…</source>
        <translation>DMS-JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the rules as an AWS DMS table-mapping JSON file</source>
        <translation>Die Regeln als AWS-DMS-Tabellenzuordnung (JSON-Datei) schreiben</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Source &amp;tables</source>
        <translation>&amp;Quelltabellen</translation>
    </message>
    <message>
        <source>Find schema or table</source>
        <translation>Schema oder Tabelle suchen</translation>
    </message>
    <message>
        <source>Show only the tables whose name contains this text</source>
        <translation>Nur die Tabellen anzeigen, deren Name diesen Text enthält</translation>
    </message>
    <message>
        <source>Check the tables to migrate; the selection rules follow</source>
        <translation>Haken Sie die zu migrierenden Tabellen an; die Auswahlregeln werden entsprechend angepasst</translation>
    </message>
    <message>
        <source>&amp;Selection rules</source>
        <translation>A&amp;uswahlregeln</translation>
    </message>
    <message>
        <source>Selection rules in the order they are written (exclude rules always win)</source>
        <translation>Auswahlregeln in der Reihenfolge, in der sie geschrieben sind (exclude-Regeln haben immer Vorrang)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a selection rule</source>
        <translation>Auswahlregel hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected selection rule</source>
        <translation>Die ausgewählte Auswahlregel entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected rule up</source>
        <translation>Die ausgewählte Regel nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected rule down</source>
        <translation>Die ausgewählte Regel nach unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>Include loads the matching tables; exclude leaves them out (exclude always wins)</source>
        <translation>Einschließen lädt die passenden Tabellen; Ausschließen lässt sie weg (Ausschließen hat immer Vorrang)</translation>
    </message>
    <message>
        <source>Schema name or pattern, e.g. dms_sample or %</source>
        <translation>Schemaname oder Muster, z. B. dms_sample oder %</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>Table name or pattern, e.g. ticket% or %</source>
        <translation>Tabellenname oder Muster, z. B. ticket% oder %</translation>
    </message>
    <message>
        <source>Object t&amp;ype:</source>
        <translation>Ob&amp;jekttyp:</translation>
    </message>
    <message>
        <source>Which objects the rule selects: tables, views or both</source>
        <translation>Welche Objekte die Regel auswählt: Tabellen, Ansichten oder beides</translation>
    </message>
    <message>
        <source>&amp;Load order:</source>
        <translation>&amp;Ladereihenfolge:</translation>
    </message>
    <message>
        <source>Tables with a higher load order are loaded first</source>
        <translation>Tabellen mit höherer Ladereihenfolge werden zuerst geladen</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>In patterns, % matches any run of characters and _ exactly one; [_] is a literal underscore. Names are case-sensitive.</source>
        <translation>In Mustern steht % für eine beliebige Zeichenfolge und _ für genau ein Zeichen; [_] ist ein echter Unterstrich. Bei Namen wird Groß- und Kleinschreibung unterschieden.</translation>
    </message>
    <message>
        <source>Column &amp;filters</source>
        <translation>Spalten&amp;filter</translation>
    </message>
    <message>
        <source>Source filters: which rows of a table are loaded</source>
        <translation>Quellfilter: welche Zeilen einer Tabelle geladen werden</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Add a source filter to the table selected in the tree</source>
        <translation>Der im Baum ausgewählten Tabelle einen Quellfilter hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected filter</source>
        <translation>Den ausgewählten Filter entfernen</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>Ta&amp;belle:</translation>
    </message>
    <message>
        <source>The source table whose rows the filter chooses</source>
        <translation>Die Quelltabelle, deren Zeilen der Filter auswählt</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>Spalt&amp;e:</translation>
    </message>
    <message>
        <source>The source column the conditions test</source>
        <translation>Die Quellspalte, die die Bedingungen prüfen</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Bedingungen:</translation>
    </message>
    <message>
        <source>Conditions on the column: a row is loaded when any of them holds</source>
        <translation>Bedingungen für die Spalte: Eine Zeile wird geladen, wenn eine davon zutrifft</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>End value</source>
        <translation>Endwert</translation>
    </message>
    <message>
        <source>Add c&amp;ondition</source>
        <translation>Bedingung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a condition to this filter (conditions are combined with OR)</source>
        <translation>Diesem Filter eine Bedingung hinzufügen (Bedingungen werden mit OR verknüpft)</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <source>Remove the selected condition</source>
        <translation>Die ausgewählte Bedingung entfernen</translation>
    </message>
    <message>
        <source>A row is loaded when any condition of its filter holds and every filter of its table holds. Filter on columns whose values do not change.</source>
        <translation>Eine Zeile wird geladen, wenn eine Bedingung ihres Filters und jeder Filter ihrer Tabelle zutrifft. Filtern Sie nach Spalten, deren Werte sich nicht ändern.</translation>
    </message>
    <message>
        <source>T&amp;ransformations</source>
        <translation>T&amp;ransformationen</translation>
    </message>
    <message>
        <source>Transformation rules; when several change the same object, the first one applies</source>
        <translation>Transformationsregeln; wenn mehrere dasselbe Objekt ändern, gilt die erste</translation>
    </message>
    <message>
        <source>Add a transformation rule</source>
        <translation>Transformationsregel hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected transformation rule</source>
        <translation>Die ausgewählte Transformationsregel entfernen</translation>
    </message>
    <message>
        <source>Move the selected rule up (applies before later rules)</source>
        <translation>Die ausgewählte Regel nach oben verschieben (gilt vor späteren Regeln)</translation>
    </message>
    <message>
        <source>What the rule does</source>
        <translation>Was die Regel bewirkt</translation>
    </message>
    <message>
        <source>Appl&amp;ies to:</source>
        <translation>&amp;Gilt für:</translation>
    </message>
    <message>
        <source>Whether the rule changes schemas, tables or columns</source>
        <translation>Ob die Regel Schemas, Tabellen oder Spalten ändert</translation>
    </message>
    <message>
        <source>Schema name or pattern</source>
        <translation>Schemaname oder Muster</translation>
    </message>
    <message>
        <source>Table name or pattern</source>
        <translation>Tabellenname oder Muster</translation>
    </message>
    <message>
        <source>Col&amp;umn:</source>
        <translation>Spa&amp;lte:</translation>
    </message>
    <message>
        <source>Column name or pattern</source>
        <translation>Spaltenname oder Muster</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Ol&amp;d value:</source>
        <translation>Alter W&amp;ert:</translation>
    </message>
    <message>
        <source>The prefix or suffix to replace</source>
        <translation>Das zu ersetzende Präfix oder Suffix</translation>
    </message>
    <message>
        <source>e.g. $first_name||&apos; &apos;||$last_name</source>
        <translation>z. B. $first_name||&apos; &apos;||$last_name</translation>
    </message>
    <message>
        <source>SQLite expression; $column reads a source column</source>
        <translation>SQLite-Ausdruck; $column liest eine Quellspalte</translation>
    </message>
    <message>
        <source>Data t&amp;ype:</source>
        <translation>Datent&amp;yp:</translation>
    </message>
    <message>
        <source>The AWS DMS data type of the column</source>
        <translation>Der AWS-DMS-Datentyp der Spalte</translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation>L&amp;änge:</translation>
    </message>
    <message>
        <source>Length of string, wstring and bytes types</source>
        <translation>Länge der Typen string, wstring und bytes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>Genauig&amp;keit:</translation>
    </message>
    <message>
        <source>Digits of numeric types; fractional seconds of datetime</source>
        <translation>Stellen numerischer Typen; Sekundenbruchteile bei datetime</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>&amp;Nachkommastellen:</translation>
    </message>
    <message>
        <source>Digits after the decimal point of numeric types</source>
        <translation>Stellen nach dem Dezimalkomma bei numerischen Typen</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Show &amp;excluded tables</source>
        <translation>Ausgeschlossene Tabellen an&amp;zeigen</translation>
    </message>
    <message>
        <source>Also list the source tables the rules do not load</source>
        <translation>Auch die Quelltabellen auflisten, die die Regeln nicht laden</translation>
    </message>
    <message>
        <source>Source tables and columns and what they become on the target</source>
        <translation>Quelltabellen und -spalten und was im Ziel aus ihnen wird</translation>
    </message>
    <message>
        <source>Sc&amp;hema:</source>
        <translation>Sc&amp;hema:</translation>
    </message>
    <message>
        <source>Expressio&amp;n:</source>
        <translation>Aus&amp;druck:</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Reading the source catalog</source>
        <translation>Quellkatalog wird gelesen</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop reading the source catalog.</source>
        <translation>Das Lesen des Quellkatalogs stoppen.</translation>
    </message>
    <message>
        <source>&amp;Read the tables</source>
        <translation>Tabellen &amp;lesen</translation>
    </message>
    <message>
        <source>Read the source&apos;s tables again.</source>
        <translation>Die Tabellen der Quelle erneut lesen.</translation>
    </message>
    <message>
        <source>Source password</source>
        <translation>Passwort der Quelle</translation>
    </message>
</context>
<context>
    <name>MappingText</name>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>Convert to lower case</source>
        <translation>In Kleinbuchstaben umwandeln</translation>
    </message>
    <message>
        <source>Convert to upper case</source>
        <translation>In Großbuchstaben umwandeln</translation>
    </message>
    <message>
        <source>Add prefix</source>
        <translation>Präfix hinzufügen</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Remove prefix</source>
        <translation>Präfix entfernen</translation>
    </message>
    <message>
        <source>Replace prefix</source>
        <translation>Präfix ersetzen</translation>
    </message>
    <message>
        <source>New prefix</source>
        <translation>Neues Präfix</translation>
    </message>
    <message>
        <source>Add suffix</source>
        <translation>Suffix hinzufügen</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>Remove suffix</source>
        <translation>Suffix entfernen</translation>
    </message>
    <message>
        <source>Replace suffix</source>
        <translation>Suffix ersetzen</translation>
    </message>
    <message>
        <source>New suffix</source>
        <translation>Neues Suffix</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Spalte entfernen</translation>
    </message>
    <message>
        <source>Keep only listed columns</source>
        <translation>Nur aufgeführte Spalten behalten</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Column name</source>
        <translation>Spaltenname</translation>
    </message>
    <message>
        <source>Change data type</source>
        <translation>Datentyp ändern</translation>
    </message>
    <message>
        <source>equal to</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>not equal to</source>
        <translation>ungleich</translation>
    </message>
    <message>
        <source>less than or equal to</source>
        <translation>kleiner oder gleich</translation>
    </message>
    <message>
        <source>greater than or equal to</source>
        <translation>größer oder gleich</translation>
    </message>
    <message>
        <source>between</source>
        <translation>zwischen</translation>
    </message>
    <message>
        <source>not between</source>
        <translation>nicht zwischen</translation>
    </message>
    <message>
        <source>is null</source>
        <translation>ist NULL</translation>
    </message>
    <message>
        <source>is not null</source>
        <translation>ist nicht NULL</translation>
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
        <translation>%1 zwischen %2 und %3</translation>
    </message>
    <message>
        <source>%1 not between %2 and %3</source>
        <translation>%1 nicht zwischen %2 und %3</translation>
    </message>
    <message>
        <source>%1 is null</source>
        <translation>%1 ist NULL</translation>
    </message>
    <message>
        <source>%1 is not null</source>
        <translation>%1 ist nicht NULL</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>A rule the editor shows but does not edit: &quot;define-primary-key table inventory.ITEM&quot;.</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 (no condition)</source>
        <translation>%1 (keine Bedingung)</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Joins the conditions of one source filter (any of them may hold).</extracomment>
        <translation> oder </translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>%1 einschließen</translation>
    </message>
    <message>
        <source>Exclude %1</source>
        <translation>%1 ausschließen</translation>
    </message>
    <message>
        <source>Include exactly %1</source>
        <translation>Genau %1 einschließen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> (views)</source>
        <translation> (Ansichten)</translation>
    </message>
    <message>
        <source> (tables and views)</source>
        <translation> (Tabellen und Ansichten)</translation>
    </message>
    <message>
        <source>%1 where %2</source>
        <extracomment>A selection rule with source filters: &quot;Include s.t where price &gt;= 10&quot;.</extracomment>
        <translation>%1, nur Zeilen mit %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1, load order %2</source>
        <translation>%1, Ladereihenfolge %2</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Rename %1 %2 to %3</source>
        <extracomment>&quot;Rename table dms_sample.person to people&quot;.</extracomment>
        <translation>%1 %2 in %3 umbenennen</translation>
    </message>
    <message>
        <source>Lower-case %1 names in %2</source>
        <translation>Namen (%1) in %2 in Kleinbuchstaben umwandeln</translation>
    </message>
    <message>
        <source>Upper-case %1 names in %2</source>
        <translation>Namen (%1) in %2 in Großbuchstaben umwandeln</translation>
    </message>
    <message>
        <source>Add prefix %1 to %2 names in %3</source>
        <translation>Präfix %1 zu Namen (%2) in %3 hinzufügen</translation>
    </message>
    <message>
        <source>Remove prefix %1 from %2 names in %3</source>
        <translation>Präfix %1 von Namen (%2) in %3 entfernen</translation>
    </message>
    <message>
        <source>Replace prefix %1 with %2 in %3 names in %4</source>
        <translation>Präfix %1 in Namen (%3) in %4 durch %2 ersetzen</translation>
    </message>
    <message>
        <source>Add suffix %1 to %2 names in %3</source>
        <translation>Suffix %1 zu Namen (%2) in %3 hinzufügen</translation>
    </message>
    <message>
        <source>Remove suffix %1 from %2 names in %3</source>
        <translation>Suffix %1 von Namen (%2) in %3 entfernen</translation>
    </message>
    <message>
        <source>Replace suffix %1 with %2 in %3 names in %4</source>
        <translation>Suffix %1 in Namen (%3) in %4 durch %2 ersetzen</translation>
    </message>
    <message>
        <source>Remove column %1</source>
        <translation>Spalte %1 entfernen</translation>
    </message>
    <message>
        <source>Keep column %1</source>
        <translation>Spalte %1 behalten</translation>
    </message>
    <message>
        <source>Add column %1 %2 to %3</source>
        <translation>Spalte %1 %2 zu %3 hinzufügen</translation>
    </message>
    <message>
        <source>Add column %1 %2 = %3 to %4</source>
        <translation>Spalte %1 %2 = %3 zu %4 hinzufügen</translation>
    </message>
    <message>
        <source>Change type of %1 to %2</source>
        <translation>Typ von %1 in %2 ändern</translation>
    </message>
</context>
<context>
    <name>MigrationTypePage</name>
    <message>
        <source>&amp;Task name:</source>
        <translation>&amp;Aufgabenname:</translation>
    </message>
    <message>
        <source>How the project and the command line refer to the task (ferry run PROJECT --task NAME).</source>
        <translation>Unter diesem Namen verweisen das Projekt und die Befehlszeile auf die Aufgabe (ferry run PROJECT --task NAME).</translation>
    </message>
    <message>
        <source>&amp;Full load</source>
        <translation>&amp;Volllast</translation>
    </message>
    <message>
        <source>Creates the selected tables on the target and copies every row once.</source>
        <translation>Legt die ausgewählten Tabellen im Ziel an und kopiert jede Zeile einmal.</translation>
    </message>
    <message>
        <source>Full load and ongoing &amp;replication (CDC)</source>
        <translation>Volllast und laufende &amp;Replikation (CDC)</translation>
    </message>
    <message>
        <source>Coming in a later version: after the full load, keeps the target up to date with the changes made on the source.</source>
        <translation>Folgt in einer späteren Version: Hält das Ziel nach der Volllast mit den Änderungen in der Quelle auf dem aktuellen Stand.</translation>
    </message>
    <message>
        <source>&amp;Changes only (CDC)</source>
        <translation>Nur Ä&amp;nderungen (CDC)</translation>
    </message>
    <message>
        <source>Coming in a later version: replicates only the changes made on the source after the task starts.</source>
        <translation>Folgt in einer späteren Version: Repliziert nur die Änderungen, die nach dem Start der Aufgabe in der Quelle vorgenommen werden.</translation>
    </message>
</context>
<context>
    <name>MonitoringView</name>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message>
        <source>How much of the run the charts show</source>
        <translation>Wie viel des Laufs die Diagramme zeigen</translation>
    </message>
    <message>
        <source>Freeze the charts to read them; data keeps being collected</source>
        <translation>Die Diagramme zum Ablesen anhalten; die Daten werden weiter erfasst</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Save the charts as a PNG image</source>
        <translation>Die Diagramme als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>P&amp;NG exportieren…</translation>
    </message>
    <message>
        <source>Save every series as CSV: UTC timestamps, elapsed seconds and values with their units</source>
        <translation>Alle Datenreihen als CSV speichern: UTC-Zeitstempel, vergangene Sekunden und Werte mit ihren Einheiten</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Throughput charts appear here while a task runs: rows and kilobytes per second read from the source and written to the target.</source>
        <translation>Hier erscheinen Durchsatzdiagramme, während eine Aufgabe läuft: Zeilen und Kilobyte pro Sekunde, gelesen aus der Quelle und geschrieben ins Ziel.</translation>
    </message>
    <message>
        <source>No CDC latency to chart: this task is a full load. For tasks that replicate ongoing changes (CDC), the latency at the source and at the target is charted here.</source>
        <translation>Keine CDC-Latenz darzustellen: Diese Aufgabe ist eine Volllast. Bei Aufgaben, die laufende Änderungen replizieren (CDC), wird hier die Latenz an Quelle und Ziel dargestellt.</translation>
    </message>
</context>
<context>
    <name>OdbcPage</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>How the project refers to this endpoint.</source>
        <translation>Unter diesem Namen verweist das Projekt auf diesen Endpunkt.</translation>
    </message>
    <message>
        <source>&amp;Data source:</source>
        <translation>&amp;Datenquelle:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the data sources from the ODBC driver manager again.</source>
        <translation>Die Datenquellen erneut aus dem ODBC-Treiber-Manager lesen.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>as set in the data source</source>
        <translation>wie in der Datenquelle festgelegt</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>P&amp;asswort:</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>The password is kept in memory, in the system keyring if you ask for it, and never in the project file.</source>
        <translation>Das Passwort wird im Arbeitsspeicher aufbewahrt, auf Wunsch im System-Schlüsselbund und nie in der Projektdatei.</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Without it, Ferry asks for the password each time it connects.</source>
        <translation>Ohne diese Option fragt Ferry bei jeder Verbindung nach dem Passwort.</translation>
    </message>
    <message>
        <source>No system keyring is available, so Ferry cannot remember this password: it will ask for it each time it connects. The password is never written to the project file.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar, daher kann Ferry sich dieses Passwort nicht merken und fragt bei jeder Verbindung danach. Das Passwort wird nie in die Projektdatei geschrieben.</translation>
    </message>
</context>
<context>
    <name>ProjectLocationPage</name>
    <message>
        <source>Project na&amp;me:</source>
        <translation>Projekt&amp;name:</translation>
    </message>
    <message>
        <source>Also gives the project file its name.</source>
        <translation>Bestimmt auch den Namen der Projektdatei.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>The folder the project file is written to.</source>
        <translation>Der Ordner, in den die Projektdatei geschrieben wird.</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the project folder.</source>
        <translation>Den Projektordner auswählen.</translation>
    </message>
    <message>
        <source>Project file:</source>
        <translation>Projektdatei:</translation>
    </message>
</context>
<context>
    <name>ReloadTablesDialog</name>
    <message>
        <source>Reload Tables</source>
        <translation>Tabellen neu laden</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Show only the tables whose source or target name contains this text.</source>
        <translation>Nur die Tabellen zeigen, deren Quell- oder Zielname diesen Text enthält.</translation>
    </message>
    <message>
        <source>schema or table name</source>
        <translation>Schema- oder Tabellenname</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Check every table the filter shows.</source>
        <translation>Alle Tabellen ankreuzen, die der Filter zeigt.</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Uncheck every table the filter shows.</source>
        <translation>Bei allen Tabellen, die der Filter zeigt, das Kreuz entfernen.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>How the project refers to this endpoint.</source>
        <translation>Unter diesem Namen verweist das Projekt auf diesen Endpunkt.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>The server&apos;s host name or IP address.</source>
        <translation>Hostname oder IP-Adresse des Servers.</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Leave empty for the engine&apos;s default port.</source>
        <translation>Leer lassen für den Standardport der Engine.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>P&amp;asswort:</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>&amp;TLS-Modus:</translation>
    </message>
    <message>
        <source>Whether the connection is encrypted and how the server&apos;s certificate is checked.</source>
        <translation>Ob die Verbindung verschlüsselt wird und wie das Zertifikat des Servers geprüft wird.</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>The certificate of the authority that signed the server&apos;s certificate (PEM file).</source>
        <translation>Das Zertifikat der Zertifizierungsstelle, die das Serverzertifikat signiert hat (PEM-Datei).</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file.</source>
        <translation>Die CA-Zertifikatsdatei auswählen.</translation>
    </message>
</context>
<context>
    <name>SqlitePage</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>How the project refers to this endpoint.</source>
        <translation>Unter diesem Namen verweist das Projekt auf diesen Endpunkt.</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>Datenbank&amp;datei:</translation>
    </message>
    <message>
        <source>The path of the SQLite database file.</source>
        <translation>Der Pfad der SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Die Datenbankdatei auswählen.</translation>
    </message>
    <message>
        <source>&amp;Create the file if it does not exist</source>
        <translation>Datei an&amp;legen, falls sie nicht existiert</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Project file:</source>
        <translation>Projektdatei:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>Tabellen:</translation>
    </message>
    <message>
        <source>&amp;Contents of the file:</source>
        <translation>&amp;Inhalt der Datei:</translation>
    </message>
    <message>
        <source>Target tables:</source>
        <translation>Zieltabellen:</translation>
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
        <translation>MySQL oder MariaDB</translation>
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
        <translation>Datenquelle %1</translation>
    </message>
    <message>
        <source>data source %1 as %2</source>
        <translation>Datenquelle %1 als %2</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>lokaler Socket</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Kein Passwort</translation>
    </message>
    <message>
        <source>Read from an environment variable</source>
        <translation>Aus einer Umgebungsvariable gelesen</translation>
    </message>
    <message>
        <source>Stored in the system keyring</source>
        <translation>Im System-Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Asked each time Ferry connects</source>
        <translation>Bei jeder Verbindung von Ferry abgefragt</translation>
    </message>
    <message>
        <source>Left to the client library (~/.pgpass)</source>
        <translation>Der Client-Bibliothek überlassen (~/.pgpass)</translation>
    </message>
    <message>
        <source>Connection succeeded</source>
        <translation>Verbindung erfolgreich</translation>
    </message>
    <message>
        <source>The connection details are incomplete or wrong</source>
        <translation>Die Verbindungsangaben sind unvollständig oder falsch</translation>
    </message>
    <message>
        <source>Unknown host name</source>
        <translation>Unbekannter Hostname</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgewiesen</translation>
    </message>
    <message>
        <source>No answer from the server</source>
        <translation>Keine Antwort vom Server</translation>
    </message>
    <message>
        <source>Login rejected: wrong user name or password</source>
        <translation>Anmeldung abgelehnt: falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>Secure connection (TLS) failed</source>
        <translation>Sichere Verbindung (TLS) fehlgeschlagen</translation>
    </message>
    <message>
        <source>Database not found</source>
        <translation>Datenbank nicht gefunden</translation>
    </message>
    <message>
        <source>A privilege is missing</source>
        <translation>Eine Berechtigung fehlt</translation>
    </message>
    <message>
        <source>Server version not supported</source>
        <translation>Serverversion nicht unterstützt</translation>
    </message>
    <message>
        <source>ODBC driver or data source not found</source>
        <translation>ODBC-Treiber oder Datenquelle nicht gefunden</translation>
    </message>
    <message>
        <source>Not a database file</source>
        <translation>Keine Datenbankdatei</translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>Another kind of server answers on this port</source>
        <translation>Auf diesem Port antwortet eine andere Art von Server</translation>
    </message>
</context>
<context>
    <name>ferry::ConnectionTestPage</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <source>Ferry connects as it will when it reads the source, and checks the privileges it needs.</source>
        <translation>Ferry verbindet sich genauso wie beim Lesen der Quelle und prüft die Berechtigungen, die es braucht.</translation>
    </message>
    <message>
        <source>Ferry connects as it will when it writes the target, and checks the privileges it needs.</source>
        <translation>Ferry verbindet sich genauso wie beim Schreiben ins Ziel und prüft die Berechtigungen, die es braucht.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation>Noch nicht getestet</translation>
    </message>
    <message>
        <source>Test the connection before you go on. To keep the endpoint without a successful test, tick the box below.</source>
        <translation>Testen Sie die Verbindung, bevor Sie fortfahren. Um den Endpunkt ohne erfolgreichen Test zu behalten, setzen Sie unten den Haken.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>Verbindung mit %1 wird hergestellt.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>Erneut &amp;testen</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <source>%1 %2 answered in %3 ms.</source>
        <translation>%1 %2 hat in %3 ms geantwortet.</translation>
    </message>
    <message>
        <source>Test cancelled</source>
        <translation>Test abgebrochen</translation>
    </message>
    <message>
        <source>The connection test was cancelled before it finished.</source>
        <translation>Der Verbindungstest wurde abgebrochen, bevor er fertig war.</translation>
    </message>
    <message>
        <source>Storing the password in the system keyring…</source>
        <translation>Passwort wird im System-Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Asked each time Ferry connects; never saved.</source>
        <translation>Wird bei jeder Verbindung von Ferry abgefragt und nie gespeichert.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Stored in the system keyring when you continue; never in the project file.</source>
        <translation>Wird beim Fortfahren im System-Schlüsselbund gespeichert, nie in der Projektdatei.</translation>
    </message>
    <message>
        <source>Go Back and check the user name and the password, then test again. If they are right, ask the administrator whether this user may log in from this computer.</source>
        <translation>Gehen Sie zurück, prüfen Sie Benutzername und Passwort und testen Sie erneut. Stimmen sie, fragen Sie den Administrator, ob sich dieser Benutzer von diesem Computer aus anmelden darf.</translation>
    </message>
    <message>
        <source>The system keyring could not store the password, so Ferry will ask for it each time it connects. Continue to go on without storing it.

%1</source>
        <translation>Der System-Schlüsselbund konnte das Passwort nicht speichern; Ferry fragt deshalb bei jeder Verbindung danach. Klicken Sie auf Weiter, um ohne Speichern fortzufahren.

%1</translation>
    </message>
    <message>
        <source>Kept in the system keyring as it is; never in the project file.</source>
        <translation>Bleibt unverändert im System-Schlüsselbund, nie in der Projektdatei.</translation>
    </message>
</context>
<context>
    <name>ferry::EndpointChoicePage</name>
    <message>
        <source>Source endpoint</source>
        <translation>Quellendpunkt</translation>
    </message>
    <message>
        <source>Target endpoint</source>
        <translation>Zielendpunkt</translation>
    </message>
    <message>
        <source>The database Ferry reads the data from.</source>
        <translation>Die Datenbank, aus der Ferry die Daten liest.</translation>
    </message>
    <message>
        <source>The database Ferry writes the data to.</source>
        <translation>Die Datenbank, in die Ferry die Daten schreibt.</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <source>The new source endpoint is also named %1. Pick another target, or go back and rename the source.</source>
        <translation>Der neue Quellendpunkt heißt ebenfalls %1. Wählen Sie ein anderes Ziel oder gehen Sie zurück und benennen Sie die Quelle um.</translation>
    </message>
    <message>
        <source>Password: %1.</source>
        <translation>Passwort: %1.</translation>
    </message>
</context>
<context>
    <name>ferry::EndpointConnection</name>
    <message>
        <source>Endpoint &apos;%1&apos; needs a password.</source>
        <translation>Endpunkt &apos;%1&apos; braucht ein Passwort.</translation>
    </message>
    <message>
        <source>Enter it when asked; it is kept for this session only.</source>
        <translation>Geben Sie es ein, wenn Sie danach gefragt werden; es wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The project has no endpoint &apos;%1&apos;.</source>
        <translation>Das Projekt hat keinen Endpunkt &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>ferry::EndpointDetailsPage</name>
    <message>
        <source>The project already has an endpoint named %1; choose another name.</source>
        <translation>Das Projekt hat bereits einen Endpunkt namens %1; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>ferry::EndpointWizard</name>
    <message>
        <source>New source endpoint</source>
        <translation>Neuer Quellendpunkt</translation>
    </message>
    <message>
        <source>New target endpoint</source>
        <translation>Neuer Zielendpunkt</translation>
    </message>
    <message>
        <source>Edit endpoint %1</source>
        <translation>Endpunkt %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>ferry::EnginePage</name>
    <message>
        <source>Source database</source>
        <translation>Quelldatenbank</translation>
    </message>
    <message>
        <source>Target database</source>
        <translation>Zieldatenbank</translation>
    </message>
    <message>
        <source>Choose the kind of database Ferry reads the data from.</source>
        <translation>Wählen Sie die Art der Datenbank, aus der Ferry die Daten liest.</translation>
    </message>
    <message>
        <source>Choose the kind of database Ferry writes the data to.</source>
        <translation>Wählen Sie die Art der Datenbank, in die Ferry die Daten schreibt.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) use this endpoint: %1. Their table mappings are kept as they are when the engine changes; check them with Edit Mapping afterwards.</source>
        <translation>
            <numerusform>Ein Task verwendet diesen Endpunkt: %1. Seine Tabellenzuordnung bleibt beim Wechsel der Datenbank unverändert; prüfen Sie sie danach mit „Zuordnung bearbeiten“.</numerusform>
            <numerusform>%n Tasks verwenden diesen Endpunkt: %1. Ihre Tabellenzuordnungen bleiben beim Wechsel der Datenbank unverändert; prüfen Sie sie danach mit „Zuordnung bearbeiten“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ErrorBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>ferry::ExceptionsView</name>
    <message>
        <source>The rejected rows could not be read: %1</source>
        <translation>Die abgelehnten Zeilen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>No rejected rows</source>
        <translation>Keine abgelehnten Zeilen</translation>
    </message>
    <message>
        <source>No rejected rows for %1</source>
        <translation>Keine abgelehnten Zeilen für %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rejected row(s) loaded</source>
        <translation>
            <numerusform>%1 von einer abgelehnten Zeile geladen</numerusform>
            <numerusform>%1 von %n abgelehnten Zeilen geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>All tables (%1)</source>
        <translation>Alle Tabellen (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 into %2 (%3)</source>
        <translation>%1 nach %2 (%3)</translation>
    </message>
    <message>
        <source>Select a rejected row to see its values.</source>
        <translation>Wählen Sie eine abgelehnte Zeile aus, um ihre Werte zu sehen.</translation>
    </message>
    <message>
        <source>Row from %1 into %2, slice %3 (values as read from the source)</source>
        <translation>Zeile aus %1 nach %2, Segment %3 (Werte wie aus der Quelle gelesen)</translation>
    </message>
    <message>
        <source>Row from %1 into %2, slice %3</source>
        <translation>Zeile aus %1 nach %2, Segment %3</translation>
    </message>
    <message>
        <source>%1 (The target did not name a column.)</source>
        <translation>%1 (Das Ziel hat keine Spalte genannt.)</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (Spalte %2)</translation>
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
            <numerusform>Eine ausgewählte Zeile &amp;erneut anwenden</numerusform>
            <numerusform>%n ausgewählte Zeilen &amp;erneut anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-apply &amp;selected</source>
        <translation>Ausgewählte &amp;erneut anwenden</translation>
    </message>
    <message>
        <source>Choose a table to re-apply all of its rejected rows</source>
        <translation>Wählen Sie eine Tabelle, um alle ihre abgelehnten Zeilen erneut anzuwenden</translation>
    </message>
    <message>
        <source>Write every rejected row of %1, with your fixes, into its target table</source>
        <translation>Alle abgelehnten Zeilen von %1 mit Ihren Korrekturen in ihre Zieltabelle schreiben</translation>
    </message>
    <message>
        <source>Re-applying was cancelled; tables already written stay written.</source>
        <translation>Das erneute Anwenden wurde abgebrochen; bereits geschriebene Tabellen bleiben geschrieben.</translation>
    </message>
    <message>
        <source>The rows could not be re-applied: %1</source>
        <translation>Die Zeilen konnten nicht erneut angewendet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Re-applying %n row(s)…</source>
        <translation>
            <numerusform>Eine Zeile wird erneut angewendet…</numerusform>
            <numerusform>%n Zeilen werden erneut angewendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) re-applied.</source>
        <translation>
            <numerusform>Eine Zeile erneut angewendet.</numerusform>
            <numerusform>%n Zeilen erneut angewendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused again: see the new error.</source>
        <translation>
            <numerusform>Eine Zeile wurde erneut abgelehnt; beachten Sie den neuen Fehler.</numerusform>
            <numerusform>%n Zeilen wurden erneut abgelehnt; beachten Sie den neuen Fehler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not re-applied.</source>
        <translation>
            <numerusform>Eine Zeile nicht erneut angewendet.</numerusform>
            <numerusform>%n Zeilen nicht erneut angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules changed: re-apply the rows to derive them again with the new rules.</source>
        <translation>Die Regeln haben sich geändert: Wenden Sie die Zeilen erneut an, um sie mit den neuen Regeln abzuleiten.</translation>
    </message>
    <message>
        <source>The task&apos;s rules could not be used: %1</source>
        <translation>Die Regeln der Aufgabe konnten nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>• %1.%2: %3 → %4 (rule %5)</source>
        <translation>• %1.%2: %3 → %4 (Regel %5)</translation>
    </message>
    <message numerus="yes">
        <source>The rules give %n target column(s) another type than the target table has:</source>
        <translation>
            <numerusform>Die Regeln geben einer Zielspalte einen anderen Typ, als die Zieltabelle hat:</numerusform>
            <numerusform>Die Regeln geben %n Zielspalten einen anderen Typ, als die Zieltabelle hat:</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the target table&apos;s columns and re-apply the rows? The rows already in the table are converted by the target; if one does not convert nothing changes.</source>
        <translation>Die Spalten der Zieltabelle ändern und die Zeilen erneut anwenden? Die Zeilen, die schon in der Tabelle sind, wandelt das Ziel um; lässt sich eine nicht umwandeln, ändert sich nichts.</translation>
    </message>
    <message>
        <source>Change Target Columns</source>
        <translation>Zielspalten ändern</translation>
    </message>
</context>
<context>
    <name>ferry::LogView</name>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>Alle Komponenten</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>Die neueste Zeile sichtbar halten</translation>
    </message>
    <message>
        <source>&amp;Copy Lines</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected log lines</source>
        <translation>Die ausgewählten Protokollzeilen kopieren</translation>
    </message>
    <message>
        <source>Select a line to read its whole message here.</source>
        <translation>Wählen Sie eine Zeile aus, um hier ihre vollständige Meldung zu lesen.</translation>
    </message>
</context>
<context>
    <name>ferry::MainWindow</name>
    <message>
        <source>Table statistics</source>
        <translation>Tabellenstatistik</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>No task running</source>
        <translation>Keine Aufgabe aktiv</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>Projekt ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open a Ferry project file</source>
        <translation>Eine Ferry-Projektdatei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the project file</source>
        <translation>Die Projektdatei speichern</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Das Projekt unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <source>Close the project and show the welcome page</source>
        <translation>Das Projekt schließen und die Startseite anzeigen</translation>
    </message>
    <message>
        <source>Run sa&amp;mple migration</source>
        <translation>Beispiel&amp;migration ausführen</translation>
    </message>
    <message>
        <source>Generate the sports-ticketing sample (1,000,000 tickets) and migrate it into an SQLite copy, with live statistics</source>
        <translation>Das Sportticket-Beispiel (1.000.000 Tickets) erzeugen und mit Live-Statistik in eine SQLite-Kopie migrieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Ferry Workbench</source>
        <translation>Ferry Workbench beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Language and colours</source>
        <translation>Sprache und Farben</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>Auf&amp;gabe</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the selected task&apos;s last run where it stopped</source>
        <translation>Den letzten Lauf der ausgewählten Aufgabe dort fortsetzen, wo er gestoppt wurde</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop the running task; it can be resumed (Shift+F5)</source>
        <translation>Die laufende Aufgabe stoppen; sie kann fortgesetzt werden (Umschalt+F5)</translation>
    </message>
    <message>
        <source>Re&amp;fresh Catalogs</source>
        <translation>Kataloge neu &amp;lesen</translation>
    </message>
    <message>
        <source>Read the source and target catalogs again</source>
        <translation>Quell- und Zielkatalog erneut lesen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>Ü&amp;ber Ferry</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>The sample could not be written: %1</source>
        <translation>Das Beispiel konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stopped; run it again to resume.</source>
        <translation>Gestoppt; führen Sie die Aufgabe erneut aus, um fortzusetzen.</translation>
    </message>
    <message>
        <source>The sample project could not be written: %1</source>
        <translation>Das Beispielprojekt konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Sample project ready: press Run (F5) to migrate it.</source>
        <translation>Beispielprojekt bereit: Drücken Sie Ausführen (F5), um es zu migrieren.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>%1 konnte nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Ferry projects (*.yaml *.yml);;All files (*)</source>
        <translation>Ferry-Projekte (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Run Task</source>
        <translation>Aufgabe ausführen</translation>
    </message>
    <message>
        <source>%1: connecting...</source>
        <translation>%1: Verbindung wird hergestellt...</translation>
    </message>
    <message>
        <source>Not started: no password for %1.</source>
        <translation>Nicht gestartet: kein Passwort für %1.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for endpoint %1 (kept for this session only):</source>
        <translation>Passwort für Endpunkt %1 (wird nur für diese Sitzung aufbewahrt):</translation>
    </message>
    <message>
        <source>%1: starting</source>
        <translation>%1: wird gestartet</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The project %1 has changes that are not saved. Save them first?</source>
        <translation>Das Projekt %1 hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Ferry projects (*.ferry.yaml *.yaml)</source>
        <translation>Ferry-Projekte (*.ferry.yaml *.yaml)</translation>
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
        <translation>Über Ferry</translation>
    </message>
    <message>
        <source>Ferry Workbench %1

A database migration workbench: PostgreSQL, MySQL/MariaDB, SQLite and ODBC sources; full load with live statistics.</source>
        <translation>Ferry Workbench %1

Eine Werkbank für Datenbankmigrationen: Quellen PostgreSQL, MySQL/MariaDB, SQLite und ODBC; Volllast mit Live-Statistik.</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>&amp;Neues Projekt...</translation>
    </message>
    <message>
        <source>Create a project: source and target endpoints, tables to copy</source>
        <translation>Ein Projekt anlegen: Quell- und Zielendpunkt, zu kopierende Tabellen</translation>
    </message>
    <message>
        <source>New &amp;Endpoint...</source>
        <translation>&amp;Neuer Endpunkt...</translation>
    </message>
    <message>
        <source>Add a database endpoint to the project</source>
        <translation>Dem Projekt einen Datenbankendpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Edit &amp;Mapping...</source>
        <translation>&amp;Zuordnung bearbeiten...</translation>
    </message>
    <message>
        <source>Choose the tables of the selected task and how they are renamed or changed</source>
        <translation>Die Tabellen der ausgewählten Aufgabe wählen und festlegen, wie sie umbenannt oder geändert werden</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Reload Table</source>
        <translation>Tabelle neu laden</translation>
    </message>
    <message>
        <source>Load %1.%2 again from the source? Its rows in the target are replaced; the other tables of task %3 stay as they are.</source>
        <translation>%1.%2 erneut aus der Quelle laden? Ihre Zeilen im Ziel werden ersetzt; die anderen Tabellen der Aufgabe %3 bleiben unverändert.</translation>
    </message>
    <message>
        <source>Run the selected task; when it ran before, asks whether to resume it or restart it (F5)</source>
        <translation>Die ausgewählte Aufgabe ausführen; lief sie schon einmal, wird gefragt, ob sie fortgesetzt oder neu gestartet werden soll (F5)</translation>
    </message>
    <message>
        <source>Restart drops the target tables, creates them again and loads every table from the start (TargetTablePrepMode %1).</source>
        <translation>Neustart löscht die Zieltabellen, legt sie neu an und lädt jede Tabelle von Anfang an (TargetTablePrepMode %1).</translation>
    </message>
    <message>
        <source>Restart empties the target tables and loads every table from the start (TargetTablePrepMode %1).</source>
        <translation>Neustart leert die Zieltabellen und lädt jede Tabelle von Anfang an (TargetTablePrepMode %1).</translation>
    </message>
    <message>
        <source>Restart loads every table again into the target tables as they are: the rows already there stay, so rows can be doubled (TargetTablePrepMode %1).</source>
        <translation>Neustart lädt jede Tabelle erneut in die Zieltabellen, so wie sie sind: Die vorhandenen Zeilen bleiben, Zeilen können also doppelt vorkommen (TargetTablePrepMode %1).</translation>
    </message>
    <message>
        <source>Last run: %1

Resume continues that run: the tables it finished keep their rows. %2</source>
        <translation>Letzter Lauf: %1

Fortsetzen setzt diesen Lauf fort: Die Tabellen, die er abgeschlossen hat, behalten ihre Zeilen. %2</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <extracomment>Buttons of the Resume or Restart question; %1 is the prep mode, e.g. DROP_AND_CREATE</extracomment>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Re&amp;start (%1)</source>
        <translation>&amp;Neu starten (%1)</translation>
    </message>
    <message>
        <source>Resume or Restart</source>
        <translation>Fortsetzen oder neu starten</translation>
    </message>
    <message>
        <source>Task %1 ran before on this target. Resume it, or restart it from the beginning?</source>
        <translation>Die Aufgabe %1 lief bereits auf diesem Ziel. Soll sie fortgesetzt oder von Anfang an neu gestartet werden?</translation>
    </message>
    <message>
        <source>%1: not started.</source>
        <translation>%1: nicht gestartet.</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Letzter Lauf: %1</translation>
    </message>
    <message>
        <source>The last run of %1 could not be read: %2</source>
        <translation>Der letzte Lauf von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Task %1 failed: %2</source>
        <translation>Aufgabe %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The catalog of %1 could not be read: %2</source>
        <translation>Der Katalog von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 not started: %2</source>
        <translation>%1 nicht gestartet: %2</translation>
    </message>
    <message>
        <source>its earlier runs could not be read from the target&apos;s control tables</source>
        <translation>seine früheren Läufe konnten nicht aus den Steuertabellen des Ziels gelesen werden</translation>
    </message>
    <message>
        <source>%1 not started: %2: %3</source>
        <translation>%1 nicht gestartet: %2: %3</translation>
    </message>
    <message>
        <source>its target tables could not be checked</source>
        <translation>seine Zieltabellen konnten nicht geprüft werden</translation>
    </message>
    <message>
        <source>A run drops these tables and creates them again (TargetTablePrepMode %1).</source>
        <translation>Ein Lauf löscht diese Tabellen und legt sie neu an (TargetTablePrepMode %1).</translation>
    </message>
    <message>
        <source>A run empties these tables before loading them (TargetTablePrepMode %1).</source>
        <translation>Ein Lauf leert diese Tabellen vor dem Laden (TargetTablePrepMode %1).</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace their rows (%1)</source>
        <extracomment>%1: the prep mode, e.g. DROP_AND_CREATE</extracomment>
        <translation>Zeilen &amp;ersetzen (%1)</translation>
    </message>
    <message>
        <source>Replace existing rows</source>
        <translation>Vorhandene Zeilen ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>Task %1 has not run on this target, but %n of its target tables already hold rows.</source>
        <translation>
            <numerusform>Task %1 lief noch nicht auf diesem Ziel, aber %n seiner Zieltabellen enthält bereits Zeilen.</numerusform>
            <numerusform>Task %1 lief noch nicht auf diesem Ziel, aber %n seiner Zieltabellen enthalten bereits Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>%1: %2 - %3, %4 rows/s</source>
        <extracomment>Status bar while a task runs: task, state, &quot;3 of 4 tables loaded&quot;, rows per second</extracomment>
        <translation>%1: %2 - %3, %4 Zeilen/s</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 - %3, %4 in error, %Ln completed with errors</source>
        <extracomment>Status bar after a run: task, state, &quot;3 of 4 tables loaded&quot;, tables in error; %n: tables loaded whose target rejected rows (or refused an index or key)</extracomment>
        <translation>
            <numerusform>%1: %2 - %3, %4 mit Fehler, %Ln mit Fehlern abgeschlossen</numerusform>
            <numerusform>%1: %2 - %3, %4 mit Fehler, %Ln mit Fehlern abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln table(s) loaded</source>
        <extracomment>Status bar: %1 tables loaded of %Ln tables</extracomment>
        <translation>
            <numerusform>%1 von %Ln Tabelle geladen</numerusform>
            <numerusform>%1 von %Ln Tabellen geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing the sample database (%1 ticket(s))...</source>
        <translation>
            <numerusform>Beispieldatenbank wird geschrieben (%1 Ticket)...</numerusform>
            <numerusform>Beispieldatenbank wird geschrieben (%1 Tickets)...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample: preparing %1 ticket(s) in %2</source>
        <translation>
            <numerusform>Beispiel: %1 Ticket wird in %2 vorbereitet</numerusform>
            <numerusform>Beispiel: %1 Tickets werden in %2 vorbereitet</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing the connection of %1...</source>
        <translation>Verbindung von %1 wird getestet...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: connection succeeded (%2 %3).</source>
        <translation>%1: Verbindung erfolgreich (%2 %3).</translation>
    </message>
    <message>
        <source>%1 has not run on its target yet: there are no tables to reload.</source>
        <translation>%1 ist auf seinem Ziel noch nicht gelaufen: Es gibt keine Tabellen zum Neuladen.</translation>
    </message>
</context>
<context>
    <name>ferry::MappingDialog</name>
    <message>
        <source>Table Mapping</source>
        <translation>Tabellenzuordnung</translation>
    </message>
    <message>
        <source>Keep the edited mapping</source>
        <translation>Die bearbeitete Zuordnung übernehmen</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Die Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Table Mapping of Task %1</source>
        <extracomment>Window title of the mapping dialog: %1 is the task&apos;s name.</extracomment>
        <translation>Tabellenzuordnung der Aufgabe %1</translation>
    </message>
    <message>
        <source>Discard Mapping Changes</source>
        <translation>Zuordnungsänderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard the changes to the table mapping?</source>
        <translation>Die Änderungen an der Tabellenzuordnung verwerfen?</translation>
    </message>
    <message>
        <source>A &quot;Change data type&quot; rule needs its columns and a type</source>
        <translation>Eine Regel „Datentyp ändern“ braucht ihre Spalten und einen Typ</translation>
    </message>
</context>
<context>
    <name>ferry::MappingEditor</name>
    <message>
        <source>Include</source>
        <translation>Einschließen</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Include exactly (explicit)</source>
        <extracomment>Selection rule-action &quot;explicit&quot;: exactly the named table, no wildcards.</extracomment>
        <translation>Genau einschließen (explicit)</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Tables and views</source>
        <translation>Tabellen und Ansichten</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>Schemas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Add a &quot;%1&quot; rule</source>
        <translation>Regel „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The editor keeps this %1 rule as written; change it in the DMS JSON.</source>
        <translation>Der Editor behält diese %1-Regel unverändert bei; ändern Sie sie im DMS-JSON.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Import AWS DMS Table Mapping</source>
        <translation>AWS-DMS-Tabellenzuordnung importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export AWS DMS Table Mapping</source>
        <translation>AWS-DMS-Tabellenzuordnung exportieren</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Not imported. %1: %2</source>
        <extracomment>Import error: &quot;table-mappings.json:3:14: &lt;what is wrong&gt; &lt;how to fix it&gt;&quot;.</extracomment>
        <translation>Nicht importiert. %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>No source catalog has been read yet.</source>
        <translation>Es wurde noch kein Quellkatalog gelesen.</translation>
    </message>
    <message>
        <source>Imported %1 with warnings:</source>
        <translation>%1 mit Warnungen importiert:</translation>
    </message>
    <message>
        <source>Exported the table mapping to %1.</source>
        <translation>Die Tabellenzuordnung wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>More warnings: %1.</source>
        <translation>Weitere Warnungen: %1.</translation>
    </message>
    <message>
        <source>Other rules kept as written (table settings and the like): %1.</source>
        <translation>Weitere unverändert beibehaltene Regeln (Tabelleneinstellungen und Ähnliches): %1.</translation>
    </message>
    <message>
        <source>No selection rules: every table of every non-system schema is migrated (the DMS default mapping). Untick tables or add rules to choose.</source>
        <translation>Keine Auswahlregeln: Jede Tabelle jedes Nicht-System-Schemas wird migriert (die DMS-Standardzuordnung). Entfernen Sie Haken bei Tabellen oder fügen Sie Regeln hinzu, um eine Auswahl zu treffen.</translation>
    </message>
    <message>
        <source>No table is selected: tick the tables to migrate.</source>
        <translation>Keine Tabelle ausgewählt: Haken Sie die zu migrierenden Tabellen an.</translation>
    </message>
    <message>
        <source>Tables loaded: %1 of %2</source>
        <translation>Geladene Tabellen: %1 von %2</translation>
    </message>
    <message>
        <source>Selection rules: %1, column filters: %2, transformations: %3</source>
        <translation>Auswahlregeln: %1, Spaltenfilter: %2, Transformationen: %3</translation>
    </message>
    <message>
        <source>Checked tables: %1 of %2, about %3 rows, %4</source>
        <translation>Angehakte Tabellen: %1 von %2, etwa %3 Zeilen, %4</translation>
    </message>
    <message>
        <source>(choose a type)</source>
        <extracomment>The data-type choice of a new &quot;Change data type&quot; rule, before one is chosen</extracomment>
        <translation>(Typ wählen)</translation>
    </message>
    <message>
        <source>Name the schema, table and column patterns and choose the new data type; until then the mapping cannot be kept.</source>
        <translation>Geben Sie die Muster für Schema, Tabelle und Spalte an und wählen Sie den neuen Datentyp; bis dahin kann die Zuordnung nicht übernommen werden.</translation>
    </message>
    <message>
        <source>%1 is not a table of the source catalog the mapping can show: it was renamed or dropped on the source.</source>
        <translation>%1 ist keine Tabelle des Quellkatalogs, die die Zuordnung anzeigen kann: Sie wurde in der Quelle umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <source>Table %1 has no column %2 in the mapping any more.</source>
        <translation>Tabelle %1 hat in der Zuordnung keine Spalte %2 mehr.</translation>
    </message>
    <message>
        <source>Rule %1 decides column %2 of %3 (%4 on the target). Change the rule, then re-apply the rejected rows with the current rules.</source>
        <translation>Regel %1 bestimmt Spalte %2 von %3 (%4 im Ziel). Ändern Sie die Regel und wenden Sie die abgelehnten Zeilen dann mit den aktuellen Regeln erneut an.</translation>
    </message>
    <message>
        <source>No rule changes column %1 of %2: it is created as %3 from the source&apos;s type. Add a Change data type rule to give it another type, or fix the rows&apos; values.</source>
        <translation>Keine Regel ändert Spalte %1 von %2: Sie wird aus dem Typ der Quelle als %3 angelegt. Fügen Sie eine Regel „Datentyp ändern“ hinzu, um ihr einen anderen Typ zu geben, oder korrigieren Sie die Werte der Zeilen.</translation>
    </message>
</context>
<context>
    <name>ferry::MappingPage</name>
    <message>
        <source>Tables to migrate</source>
        <translation>Zu migrierende Tabellen</translation>
    </message>
    <message>
        <source>Tick the tables to migrate and add rules to rename or change them. Leave everything unticked to migrate every non-system schema.</source>
        <translation>Haken Sie die zu migrierenden Tabellen an und fügen Sie Regeln hinzu, um sie umzubenennen oder zu ändern. Lassen Sie alle Haken weg, um jedes Nicht-System-Schema zu migrieren.</translation>
    </message>
    <message>
        <source>Ferry needs the password of %1 to read its tables:</source>
        <translation>Ferry braucht das Passwort von %1, um die Tabellen zu lesen:</translation>
    </message>
    <message>
        <source>Type the password, then read the catalog.</source>
        <translation>Geben Sie das Passwort ein und lesen Sie dann den Katalog.</translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>Tabellen von %1 werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) read from %1.</source>
        <translation>
            <numerusform>Eine Tabelle aus %1 gelesen.</numerusform>
            <numerusform>%n Tabellen aus %1 gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the catalog was cancelled. Without it the task migrates every non-system schema.</source>
        <translation>Das Lesen des Katalogs wurde abgebrochen. Ohne Katalog migriert die Aufgabe jedes Nicht-System-Schema.</translation>
    </message>
    <message>
        <source>Could not read the source&apos;s tables: %1 %2</source>
        <translation>Die Tabellen der Quelle konnten nicht gelesen werden: %1 %2</translation>
    </message>
</context>
<context>
    <name>ferry::MigrationTypePage</name>
    <message>
        <source>Migration type</source>
        <translation>Migrationstyp</translation>
    </message>
    <message>
        <source>What the task does when it runs.</source>
        <translation>Was die Aufgabe bei der Ausführung tut.</translation>
    </message>
</context>
<context>
    <name>ferry::MonitoringView</name>
    <message>
        <source>Last minute</source>
        <extracomment>Monitoring window choice</extracomment>
        <translation>Letzte Minute</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>Gesamter Lauf</translation>
    </message>
    <message>
        <source>Read from source</source>
        <translation>Aus der Quelle gelesen</translation>
    </message>
    <message>
        <source>Written to target</source>
        <translation>In das Ziel geschrieben</translation>
    </message>
    <message>
        <source>Rows per second</source>
        <translation>Zeilen pro Sekunde</translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>Zeilen/s</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>Kilobytes per second</source>
        <translation>Kilobyte pro Sekunde</translation>
    </message>
    <message>
        <source>KB/s</source>
        <translation>KB/s</translation>
    </message>
    <message>
        <source>%1 KB/s</source>
        <translation>%1 KB/s</translation>
    </message>
    <message>
        <source>Rows per second for one table</source>
        <translation>Zeilen pro Sekunde für eine Tabelle</translation>
    </message>
    <message>
        <source>CDC latency</source>
        <extracomment>Chart title: latency of change data capture</extracomment>
        <translation>CDC-Latenz</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Source latency</source>
        <translation>Quelllatenz</translation>
    </message>
    <message>
        <source>Target latency</source>
        <translation>Ziellatenz</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Rows per second: %1</source>
        <extracomment>Chart title; %1 is a table name such as main.ticket</extracomment>
        <translation>Zeilen pro Sekunde: %1</translation>
    </message>
    <message>
        <source>Select a table in Table statistics to chart its rows per second here.</source>
        <translation>Wählen Sie in der Tabellenstatistik eine Tabelle aus, um hier ihre Zeilen pro Sekunde darzustellen.</translation>
    </message>
    <message>
        <source>Collecting rows per second for %1…</source>
        <translation>Zeilen pro Sekunde für %1 werden erfasst…</translation>
    </message>
    <message>
        <source>Paused at %1; still collecting (now at %2).</source>
        <translation>Angehalten bei %1; die Erfassung läuft weiter (jetzt bei %2).</translation>
    </message>
    <message>
        <source>Now: %1 rows/s read, %2 rows/s written</source>
        <translation>Aktuell: %1 Zeilen/s gelesen, %2 Zeilen/s geschrieben</translation>
    </message>
    <message>
        <source>Export Charts as PNG</source>
        <translation>Diagramme als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>The charts could not be saved to %1: %2</source>
        <translation>Die Diagramme konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Export Throughput as CSV</source>
        <translation>Durchsatz als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The series could not be saved to %1: %2</source>
        <translation>Die Datenreihen konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Ended: on average %1 rows/s read, %2 rows/s written over %3</source>
        <extracomment>After the task: %1 and %2 are rows per second over the whole run, %3 its duration</extracomment>
        <translation>Beendet: durchschnittlich %1 Zeilen/s gelesen, %2 Zeilen/s geschrieben in %3</translation>
    </message>
</context>
<context>
    <name>ferry::OdbcPage</name>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Scope</source>
        <extracomment>user or system data source</extracomment>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>ODBC data source</source>
        <translation>ODBC-Datenquelle</translation>
    </message>
    <message>
        <source>The data sources below come from the ODBC driver manager (odbc.ini).</source>
        <translation>Die folgenden Datenquellen stammen aus dem ODBC-Treiber-Manager (odbc.ini).</translation>
    </message>
    <message>
        <source>Reading the data sources from the ODBC driver manager…</source>
        <translation>Datenquellen werden aus dem ODBC-Treiber-Manager gelesen…</translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>scope of an ODBC data source: defined for this user (~/.odbc.ini)</extracomment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>scope of an ODBC data source: defined for every user (odbc.ini)</extracomment>
        <translation>System</translation>
    </message>
    <message>
        <source>The ODBC driver manager knows no data source. Add one to odbc.ini (for example with odbcinst -i -s), then refresh.</source>
        <translation>Der ODBC-Treiber-Manager kennt keine Datenquelle. Fügen Sie eine in odbc.ini hinzu (zum Beispiel mit odbcinst -i -s) und aktualisieren Sie dann.</translation>
    </message>
    <message numerus="yes">
        <source>%n data source(s) found.</source>
        <translation>
            <numerusform>Eine Datenquelle gefunden.</numerusform>
            <numerusform>%n Datenquellen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>This endpoint connects through the driver %1 with its own connection options, which are kept. Choose a data source only to use it instead.</source>
        <translation>Dieser Endpunkt verbindet sich über den Treiber %1 mit eigenen Verbindungsoptionen, die erhalten bleiben. Wählen Sie nur dann eine Datenquelle, wenn sie stattdessen verwendet werden soll.</translation>
    </message>
</context>
<context>
    <name>ferry::PasswordField</name>
    <message>
        <source>No system keyring is available, so Ferry cannot remember this password: it will ask for it each time it connects. The password is never written to the project file.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar, daher kann Ferry dieses Passwort nicht speichern: Es wird bei jeder Verbindung danach gefragt. Das Passwort wird nie in die Projektdatei geschrieben.</translation>
    </message>
    <message>
        <source>unchanged: leave empty to keep it</source>
        <extracomment>placeholder of the password field when an endpoint is edited</extracomment>
        <translation>unverändert: leer lassen, um es zu behalten</translation>
    </message>
</context>
<context>
    <name>ferry::PreferencesDialog</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when Ferry starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Ferry.</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
</context>
<context>
    <name>ferry::ProjectDocument</name>
    <message>
        <source>The project has no file yet.</source>
        <translation>Das Projekt hat noch keine Datei.</translation>
    </message>
    <message>
        <source>Use File &gt; Save As to choose one.</source>
        <translation>Wählen Sie mit Datei &gt; Speichern unter eine aus.</translation>
    </message>
    <message>
        <source>Add endpoint %1</source>
        <translation>Endpunkt %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit endpoint %1</source>
        <translation>Endpunkt %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove endpoint %1</source>
        <translation>Endpunkt %1 entfernen</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>Aufgabe %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove task %1</source>
        <translation>Aufgabe %1 entfernen</translation>
    </message>
    <message>
        <source>Edit mapping of task %1</source>
        <translation>Zuordnung der Aufgabe %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>ferry::ProjectLocationPage</name>
    <message>
        <source>Name and location</source>
        <translation>Name und Speicherort</translation>
    </message>
    <message>
        <source>A project is one YAML file: its endpoints, table mappings and tasks.</source>
        <translation>Ein Projekt ist eine einzige YAML-Datei mit seinen Endpunkten, Tabellenzuordnungen und Aufgaben.</translation>
    </message>
    <message>
        <source>Choose the project folder</source>
        <translation>Projektordner auswählen</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>A file named %1 already exists in this folder. Finishing the wizard replaces it.</source>
        <translation>In diesem Ordner gibt es bereits eine Datei namens %1. Beim Abschließen des Assistenten wird sie ersetzt.</translation>
    </message>
    <message>
        <source>The folder does not exist yet; Ferry creates it when it saves the project.</source>
        <translation>Der Ordner existiert noch nicht; Ferry legt ihn beim Speichern des Projekts an.</translation>
    </message>
    <message>
        <source>Replace the project file?</source>
        <translation>Projektdatei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new project?</source>
        <translation>%1 existiert bereits. Durch das neue Projekt ersetzen?</translation>
    </message>
</context>
<context>
    <name>ferry::ProjectTreeMenu</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Löschen...</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Edit &amp;Mapping...</source>
        <translation>&amp;Zuordnung bearbeiten...</translation>
    </message>
    <message>
        <source>Delete Endpoint</source>
        <translation>Endpunkt löschen</translation>
    </message>
    <message>
        <source>Delete endpoint %1 from the project?</source>
        <translation>Endpunkt %1 aus dem Projekt löschen?</translation>
    </message>
    <message>
        <source>The database itself is not touched. Edit &gt; Undo brings the endpoint back.</source>
        <translation>Die Datenbank selbst bleibt unberührt. Bearbeiten &gt; Rückgängig holt den Endpunkt zurück.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete Task</source>
        <translation>Task löschen</translation>
    </message>
    <message>
        <source>Delete task %1 from the project?</source>
        <translation>Task %1 aus dem Projekt löschen?</translation>
    </message>
    <message>
        <source>Its tables and control tables on the target stay as they are. Edit &gt; Undo brings the task back.</source>
        <translation>Seine Tabellen und Steuertabellen auf dem Ziel bleiben, wie sie sind. Bearbeiten &gt; Rückgängig holt den Task zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Endpoint %1 is used by %n task(s): %2. Delete them or choose other endpoints for them first.</source>
        <translation>
            <numerusform>Endpunkt %1 wird von %n Task verwendet: %2. Löschen Sie ihn oder wählen Sie zuerst andere Endpunkte dafür.</numerusform>
            <numerusform>Endpunkt %1 wird von %n Tasks verwendet: %2. Löschen Sie sie oder wählen Sie zuerst andere Endpunkte dafür.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>Change the endpoint&apos;s name, engine and connection settings</source>
        <translation>Namen, Datenbanktyp und Verbindungseinstellungen des Endpunkts ändern</translation>
    </message>
    <message>
        <source>Re&amp;load Tables...</source>
        <translation>Tabellen neu &amp;laden...</translation>
    </message>
    <message>
        <source>Choose tables of the task&apos;s last run to load again from the source; the other tables stay as they are</source>
        <translation>Tabellen des letzten Laufs wählen, die erneut aus der Quelle geladen werden; die anderen Tabellen bleiben unverändert</translation>
    </message>
</context>
<context>
    <name>ferry::ProjectTreeModel</name>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 rows</source>
        <translation>etwa %1 Zeilen</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Source catalog</source>
        <translation>Quellkatalog</translation>
    </message>
    <message>
        <source>Target catalog</source>
        <translation>Zielkatalog</translation>
    </message>
    <message>
        <source>Source catalog: %1 (reading...)</source>
        <translation>Quellkatalog: %1 (wird gelesen...)</translation>
    </message>
    <message>
        <source>Target catalog: %1 (reading...)</source>
        <translation>Zielkatalog: %1 (wird gelesen...)</translation>
    </message>
    <message>
        <source>Source catalog: %1</source>
        <translation>Quellkatalog: %1</translation>
    </message>
    <message>
        <source>Target catalog: %1</source>
        <translation>Zielkatalog: %1</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 Zeilen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3)</source>
        <translation>%1 -&gt; %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>(no tables)</source>
        <translation>(keine Tabellen)</translation>
    </message>
    <message>
        <source>Could not read the catalog: %1</source>
        <translation>Der Katalog konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ferry::ProjectWizard</name>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
</context>
<context>
    <name>ferry::ReloadTablesDialog</name>
    <message>
        <source>Source table</source>
        <translation>Quelltabelle</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>Zieltabelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reload Tables of %1</source>
        <translation>Tabellen von %1 neu laden</translation>
    </message>
    <message>
        <source>Check the tables to load again from the source. Task %1 resumes: the rows of the checked tables in the target are replaced; its other tables stay as they are.</source>
        <translation>Kreuzen Sie die Tabellen an, die erneut aus der Quelle geladen werden sollen. Task %1 wird fortgesetzt: Die Zeilen der angekreuzten Tabellen im Ziel werden ersetzt, seine anderen Tabellen bleiben unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 checked</source>
        <extracomment>%n: the number of checked tables, of %1 listed</extracomment>
        <translation>
            <numerusform>%n von %1 angekreuzt</numerusform>
            <numerusform>%n von %1 angekreuzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reload %n Table(s)</source>
        <translation>
            <numerusform>Eine Tabelle &amp;neu laden</numerusform>
            <numerusform>%n Tabellen &amp;neu laden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ServerPage</name>
    <message>
        <source>MySQL or MariaDB server</source>
        <translation>MySQL- oder MariaDB-Server</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>Where the source server runs and how Ferry logs in.</source>
        <translation>Wo der Quellserver läuft und wie Ferry sich anmeldet.</translation>
    </message>
    <message>
        <source>Where the target server runs and how Ferry logs in.</source>
        <translation>Wo der Zielserver läuft und wie Ferry sich anmeldet.</translation>
    </message>
    <message>
        <source>none: all databases the user can see</source>
        <translation>keine: alle Datenbanken, die der Benutzer sehen kann</translation>
    </message>
    <message>
        <source>the user&apos;s name</source>
        <translation>der Name des Benutzers</translation>
    </message>
    <message>
        <source>DISABLED: never use TLS</source>
        <translation>DISABLED: TLS nie verwenden</translation>
    </message>
    <message>
        <source>PREFERRED (default): use TLS when the server offers it</source>
        <translation>PREFERRED (Standard): TLS verwenden, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>REQUIRED: always encrypt, do not check the certificate</source>
        <translation>REQUIRED: immer verschlüsseln, Zertifikat nicht prüfen</translation>
    </message>
    <message>
        <source>VERIFY_CA: encrypt and check the certificate&apos;s CA</source>
        <translation>VERIFY_CA: verschlüsseln und die CA des Zertifikats prüfen</translation>
    </message>
    <message>
        <source>VERIFY_IDENTITY: encrypt, check the CA and the host name</source>
        <translation>VERIFY_IDENTITY: verschlüsseln, CA und Hostname prüfen</translation>
    </message>
    <message>
        <source>disable: never use TLS</source>
        <translation>disable: TLS nie verwenden</translation>
    </message>
    <message>
        <source>allow: use TLS only when the server insists</source>
        <translation>allow: TLS nur verwenden, wenn der Server darauf besteht</translation>
    </message>
    <message>
        <source>prefer (default): use TLS when the server offers it</source>
        <translation>prefer (Standard): TLS verwenden, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>require: always encrypt, do not check the certificate</source>
        <translation>require: immer verschlüsseln, Zertifikat nicht prüfen</translation>
    </message>
    <message>
        <source>verify-ca: encrypt and check the certificate&apos;s CA</source>
        <translation>verify-ca: verschlüsseln und die CA des Zertifikats prüfen</translation>
    </message>
    <message>
        <source>verify-full: encrypt, check the CA and the host name</source>
        <translation>verify-full: verschlüsseln, CA und Hostname prüfen</translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs</source>
        <translation>die vertrauenswürdigen CAs des Systems</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>CA-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ferry::SqlitePage</name>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>The file Ferry writes the migrated tables to.</source>
        <translation>Die Datei, in die Ferry die migrierten Tabellen schreibt.</translation>
    </message>
    <message>
        <source>The file Ferry reads the tables from. It is opened read-only.</source>
        <translation>Die Datei, aus der Ferry die Tabellen liest. Sie wird schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the target database file</source>
        <translation>Zieldatenbankdatei auswählen</translation>
    </message>
    <message>
        <source>Choose the source database file</source>
        <translation>Quelldatenbankdatei auswählen</translation>
    </message>
    <message>
        <source>This is a folder: name the database file itself.</source>
        <translation>Dies ist ein Ordner: Geben Sie die Datenbankdatei selbst an.</translation>
    </message>
    <message>
        <source>The file exists.</source>
        <translation>Die Datei existiert.</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>Unter diesem Pfad gibt es keine Datei.</translation>
    </message>
    <message>
        <source>The file does not exist yet: testing the connection creates an empty database there.</source>
        <translation>Die Datei existiert noch nicht: Beim Testen der Verbindung wird dort eine leere Datenbank angelegt.</translation>
    </message>
    <message>
        <source>The file does not exist yet, and the box below is not ticked.</source>
        <translation>Die Datei existiert noch nicht, und das Kästchen unten ist nicht angehakt.</translation>
    </message>
    <message>
        <source>Could not create the database file %1: %2</source>
        <translation>Die Datenbankdatei %1 konnte nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>ferry::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Finish writes this project file. No password is written to it.</source>
        <translation>„Abschließen“ schreibt diese Projektdatei. Es wird kein Passwort hineingeschrieben.</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Password: %4.</source>
        <translation>%1 (%2): %3. Passwort: %4.</translation>
    </message>
    <message>
        <source>%1: full load</source>
        <translation>%1: Volllast</translation>
    </message>
    <message>
        <source>%1: full load and ongoing replication</source>
        <translation>%1: Volllast und laufende Replikation</translation>
    </message>
    <message>
        <source>%1: changes only</source>
        <translation>%1: nur Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping rule(s), named %1.</source>
        <translation>
            <numerusform>Eine Zuordnungsregel in der Zuordnung %1.</numerusform>
            <numerusform>%n Zuordnungsregeln in der Zuordnung %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The default mapping: every table of every non-system schema.</source>
        <translation>Die Standardzuordnung: jede Tabelle jedes Nicht-System-Schemas.</translation>
    </message>
    <message>
        <source>Could not write the project file: %1 %2</source>
        <translation>Die Projektdatei konnte nicht geschrieben werden: %1 %2</translation>
    </message>
    <message>
        <source>%1: a target table that already exists is dropped and created again when the task runs from the start.</source>
        <translation>%1: Eine bereits vorhandene Zieltabelle wird gelöscht und neu angelegt, wenn die Aufgabe von Anfang an läuft.</translation>
    </message>
    <message>
        <source>%1: a target table that already exists is kept and emptied before it is loaded.</source>
        <translation>%1: Eine bereits vorhandene Zieltabelle bleibt erhalten und wird vor dem Laden geleert.</translation>
    </message>
    <message>
        <source>%1: a target table that already exists is kept with its rows; the loaded rows are added to them.</source>
        <translation>%1: Eine bereits vorhandene Zieltabelle bleibt mit ihren Zeilen erhalten; die geladenen Zeilen kommen hinzu.</translation>
    </message>
</context>
<context>
    <name>ferry::TableStatisticsView</name>
    <message>
        <source>Table statistics (0)</source>
        <translation>Tabellenstatistik (0)</translation>
    </message>
    <message>
        <source>Find table</source>
        <translation>Tabelle suchen</translation>
    </message>
    <message>
        <source>Table statistics (%1)</source>
        <translation>Tabellenstatistik (%1)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Show &amp;Exceptions for %1</source>
        <translation>&amp;Ausnahmen für %1 anzeigen</translation>
    </message>
    <message>
        <source>%1; about %2 left</source>
        <translation>%1; noch etwa %2</translation>
    </message>
    <message>
        <source>&amp;Reload Table %1</source>
        <translation>Tabelle %1 &amp;neu laden</translation>
    </message>
    <message>
        <source>Load this table again from the source; the other tables stay</source>
        <translation>Diese Tabelle erneut aus der Quelle laden; die anderen Tabellen bleiben unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln table(s) loaded</source>
        <extracomment>Totals line: %1 tables loaded of %Ln tables</extracomment>
        <translation>
            <numerusform>%1 von %Ln Tabelle geladen</numerusform>
            <numerusform>%1 von %Ln Tabellen geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 full-load row(s)</source>
        <translation>
            <numerusform>%1 Volllastzeile</numerusform>
            <numerusform>%1 Volllastzeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 error row(s)</source>
        <translation>
            <numerusform>%1 Fehlerzeile</numerusform>
            <numerusform>%1 Fehlerzeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1, %2, %3</source>
        <extracomment>Totals line: the parts above, e.g. &quot;Total: 3 of 4 tables loaded, 1,000 full-load rows, 2 error rows&quot;</extracomment>
        <translation>Gesamt: %1, %2, %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 truncated LOB value(s)</source>
        <translation>
            <numerusform>%1 abgeschnittener LOB-Wert</numerusform>
            <numerusform>%1 abgeschnittene LOB-Werte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ThroughputChart</name>
    <message>
        <source>Elapsed time (%1)</source>
        <extracomment>Time axis title; %1 is the clock format, &quot;m:ss&quot; or &quot;h:mm:ss&quot;</extracomment>
        <translation>Verstrichene Zeit (%1)</translation>
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
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 elapsed, at %2</source>
        <extracomment>Callout header: %1 elapsed time (m:ss), %2 wall-clock time</extracomment>
        <translation>%1 vergangen, um %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Callout line: %1 series name (&quot;Read from source&quot;), %2 value with unit</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ferry::WelcomePage</name>
    <message>
        <source>Welcome to Ferry</source>
        <translation>Willkommen bei Ferry</translation>
    </message>
    <message>
        <source>Ferry copies databases between PostgreSQL, MySQL/MariaDB, SQLite and ODBC sources, shows every table&apos;s progress live and keeps the rows it could not load with the reason.</source>
        <translation>Ferry kopiert Datenbanken zwischen PostgreSQL, MySQL/MariaDB, SQLite und ODBC-Quellen, zeigt den Fortschritt jeder Tabelle live an und bewahrt die Zeilen, die es nicht laden konnte, mit dem Grund auf.</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>Beispielprojekt öffnen</translation>
    </message>
    <message>
        <source>Generate Ferry&apos;s sports-ticketing sample (SQLite, 1,000,000 tickets) and open a project that copies it into a new SQLite database; then press Run.</source>
        <translation>Das Sportticket-Beispiel von Ferry (SQLite, 1.000.000 Tickets) erzeugen und ein Projekt öffnen, das es in eine neue SQLite-Datenbank kopiert; dann auf Ausführen drücken.</translation>
    </message>
    <message>
        <source>New to Ferry? The sample runs a complete migration on this computer, with nothing to set up.</source>
        <translation>Neu bei Ferry? Das Beispiel führt eine vollständige Migration auf diesem Computer aus, ohne dass Sie etwas einrichten müssen.</translation>
    </message>
    <message>
        <source>New project...</source>
        <translation>Neues Projekt...</translation>
    </message>
    <message>
        <source>Create a project: a source, a target and the tables to copy</source>
        <translation>Ein Projekt anlegen: eine Quelle, ein Ziel und die zu kopierenden Tabellen</translation>
    </message>
    <message>
        <source>Open project...</source>
        <translation>Projekt öffnen...</translation>
    </message>
    <message>
        <source>Open a Ferry project file</source>
        <translation>Eine Ferry-Projektdatei öffnen</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt verwendete Projekte</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Noch keine zuletzt verwendeten Projekte.</translation>
    </message>
</context>
<context>
    <name>ferry::WorkbenchError</name>
    <message>
        <source>Enter the password again when asked. If the user name is wrong, edit the endpoint in the Project tree.</source>
        <translation>Geben Sie das Passwort erneut ein, wenn Sie danach gefragt werden. Ist der Benutzername falsch, bearbeiten Sie den Endpunkt im Projektbaum.</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s settings and its password: edit the endpoint in the Project tree.</source>
        <translation>Prüfen Sie die Einstellungen des Endpunkts und sein Passwort: Bearbeiten Sie den Endpunkt im Projektbaum.</translation>
    </message>
</context>
<context>
    <name>ferry::models::CatalogTreeModel</name>
    <message>
        <source>%1 : %2</source>
        <extracomment>A column in the catalog tree: its name and its type.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Schema %1: %2 of %n table(s) selected</source>
        <translation>
            <numerusform>Schema %1: %2 von %n Tabelle ausgewählt</numerusform>
            <numerusform>Schema %1: %2 von %n Tabellen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%1.%2: about %3 rows, %4, %n column(s)</source>
        <translation>
            <numerusform>%1.%2: etwa %3 Zeilen, %4, eine Spalte</numerusform>
            <numerusform>%1.%2: etwa %3 Zeilen, %4, %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1, %2, nullable</source>
        <translation>Spalte %1, %2, NULL erlaubt</translation>
    </message>
    <message>
        <source>Column %1, %2, not null</source>
        <translation>Spalte %1, %2, NOT NULL</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Catalog tree header: schema, table or column name.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Schemas, tables and their columns</source>
        <translation>Schemas, Tabellen und ihre Spalten</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Estimated row count, from the source&apos;s statistics</source>
        <translation>Geschätzte Zeilenzahl aus den Statistiken der Quelle</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Catalog tree header: the table&apos;s size on disk.</extracomment>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Table size on the source</source>
        <translation>Tabellengröße in der Quelle</translation>
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
        <translation>Die Quelltabelle der abgelehnten Zeile und wohin sie geschrieben werden sollte</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>The slice of the table the row was loaded with</source>
        <extracomment>Column header: the slice (part of a table loaded in one transaction)</extracomment>
        <translation>Das Segment der Tabelle, mit dem die Zeile geladen wurde</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>The column whose value the target refused, when it said which</source>
        <translation>Die Spalte, deren Wert das Ziel abgelehnt hat, sofern es sie genannt hat</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Why the target refused the row</source>
        <translation>Warum das Ziel die Zeile abgelehnt hat</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Unsaved fixes, or the outcome of the last re-apply</source>
        <extracomment>Column header: state of a rejected row (edited, re-applied, rejected again)</extracomment>
        <translation>Ungespeicherte Korrekturen oder das Ergebnis des letzten erneuten Anwendens</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Edited</source>
        <extracomment>State of a rejected row: the user changed values that are not re-applied yet</extracomment>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Re-applied</source>
        <translation>Erneut angewendet</translation>
    </message>
    <message>
        <source>Rejected again</source>
        <translation>Erneut abgelehnt</translation>
    </message>
    <message>
        <source>Not re-applied</source>
        <translation>Nicht erneut angewendet</translation>
    </message>
    <message>
        <source>No longer in the exceptions table</source>
        <translation>Nicht mehr in der Ausnahmetabelle</translation>
    </message>
    <message>
        <source>%1 into %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Edited: the new values are not re-applied yet.</source>
        <translation>Bearbeitet: Die neuen Werte wurden noch nicht erneut angewendet.</translation>
    </message>
</context>
<context>
    <name>ferry::models::LogModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ferry::models::MappingPreviewModel</name>
    <message>
        <source>%1: %2 %3</source>
        <extracomment>The engine rejected the mapping: where (e.g. &quot;rule 3&quot;), what, how to fix it.</extracomment>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Not selected</source>
        <extracomment>Preview: the table is not migrated.</extracomment>
        <translation>Nicht ausgewählt</translation>
    </message>
    <message>
        <source>No selection rule selects %1, or an exclude rule excludes it.</source>
        <translation>Keine Auswahlregel wählt %1 aus, oder eine exclude-Regel schließt sie aus.</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <extracomment>Preview: which selection rule selects the table.</extracomment>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>load order %1</source>
        <translation>Ladereihenfolge %1</translation>
    </message>
    <message>
        <source>%1 is loaded into %2.</source>
        <translation>%1 wird in %2 geladen.</translation>
    </message>
    <message>
        <source>Removed</source>
        <extracomment>Preview: a column a remove-column (or include-column) rule drops.</extracomment>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>A rule removes column %1 from the target.</source>
        <translation>Eine Regel entfernt Spalte %1 aus dem Ziel.</translation>
    </message>
    <message>
        <source>Renamed, type changed</source>
        <translation>Umbenannt, Typ geändert</translation>
    </message>
    <message>
        <source>Renamed, type changed (rule %1)</source>
        <translation>Umbenannt, Typ geändert (Regel %1)</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Umbenannt</translation>
    </message>
    <message>
        <source>Renamed (rule %1)</source>
        <translation>Umbenannt (Regel %1)</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>Typ geändert</translation>
    </message>
    <message>
        <source>Type changed (rule %1)</source>
        <translation>Typ geändert (Regel %1)</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3 %4</source>
        <translation>%1 %2 -&gt; %3 %4</translation>
    </message>
    <message>
        <source>Added (rule %1)</source>
        <translation>Hinzugefügt (Regel %1)</translation>
    </message>
    <message>
        <source>Added (rule %1): %2</source>
        <translation>Hinzugefügt (Regel %1): %2</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Mapping preview header: the source table or column.</extracomment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Quelltyp</translation>
    </message>
    <message>
        <source>Target</source>
        <extracomment>Mapping preview header: the target table or column.</extracomment>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Zieltyp</translation>
    </message>
    <message>
        <source>Rules</source>
        <extracomment>Mapping preview header: what the rules do to the object.</extracomment>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>source filters: %1</source>
        <extracomment>Preview: how many source filters choose the table&apos;s rows.</extracomment>
        <translation>Quellfilter: %1</translation>
    </message>
    <message>
        <source>Shortened to the target&apos;s name limit</source>
        <extracomment>Preview: a name cut to the target&apos;s identifier limit, with a hash suffix.</extracomment>
        <translation>Auf die Namenslänge des Ziels gekürzt</translation>
    </message>
    <message>
        <source>Renamed: another foreign key in the target schema has this name</source>
        <extracomment>Preview: a foreign key renamed because its name is taken on the target.</extracomment>
        <translation>Umbenannt: Ein anderer Fremdschlüssel im Zielschema hat diesen Namen</translation>
    </message>
    <message>
        <source>Renamed: another table, index or key in the target has this name</source>
        <extracomment>Preview: an index or key renamed because its name is taken on the target.</extracomment>
        <translation>Umbenannt: Eine andere Tabelle, ein anderer Index oder Schlüssel im Ziel hat diesen Namen</translation>
    </message>
    <message>
        <source>%1 %2 is created as %3.</source>
        <translation>%1 %2 wird als %3 angelegt.</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>unique key</source>
        <translation>eindeutiger Schlüssel</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
</context>
<context>
    <name>ferry::models::RowImageModel</name>
    <message>
        <source>Target column</source>
        <translation>Zielspalte</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>The value the target refused (as stored with the rejected row)</source>
        <translation>Der Wert, den das Ziel abgelehnt hat (wie mit der abgelehnten Zeile gespeichert)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The value to write instead: double-click to edit</source>
        <translation>Der stattdessen zu schreibende Wert: zum Bearbeiten doppelklicken</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Write NULL (no value) instead</source>
        <extracomment>Column header: a checkbox that writes SQL NULL instead of a value</extracomment>
        <translation>Stattdessen NULL (kein Wert) schreiben</translation>
    </message>
    <message>
        <source>NULL</source>
        <extracomment>Shown for a SQL NULL value</extracomment>
        <translation>NULL</translation>
    </message>
    <message>
        <source>Why the target refused the row, next to the column it named</source>
        <translation>Warum das Ziel die Zeile abgelehnt hat, neben der Spalte, die es genannt hat</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>(%1 not kept)</source>
        <translation>(%1 nicht aufbewahrt)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Double-click to enter a new value</source>
        <translation>Doppelklicken, um einen neuen Wert einzugeben</translation>
    </message>
    <message>
        <source>Write NULL (no value) for %1</source>
        <translation>NULL (kein Wert) für %1 schreiben</translation>
    </message>
    <message>
        <source>(not computed)</source>
        <extracomment>A column whose value its add-column rule did not compute for this row</extracomment>
        <translation>(nicht berechnet)</translation>
    </message>
    <message>
        <source>The rule that computes %1 failed for this row: enter a value, or fix the rule and re-apply with the current rules</source>
        <translation>Die Regel, die %1 berechnet, ist für diese Zeile fehlgeschlagen: Geben Sie einen Wert ein oder korrigieren Sie die Regel und wenden Sie die Zeile mit den aktuellen Regeln erneut an</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Not enabled</source>
        <translation>Nicht aktiviert</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation>Schemaname</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Load state</source>
        <translation>Ladestatus</translation>
    </message>
    <message>
        <source>Elapsed load time</source>
        <translation>Verstrichene Ladezeit</translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation>Einfügungen</translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation>Löschungen</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Aktualisierungen</translation>
    </message>
    <message>
        <source>DDLs</source>
        <translation>DDLs</translation>
    </message>
    <message>
        <source>Full load rows</source>
        <translation>Volllastzeilen</translation>
    </message>
    <message>
        <source>Error rows</source>
        <translation>Fehlerzeilen</translation>
    </message>
    <message>
        <source>Total rows</source>
        <translation>Zeilen gesamt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Validation state</source>
        <translation>Validierungsstatus</translation>
    </message>
    <message>
        <source>Rows the target rejected during the full load; they are kept as exceptions.</source>
        <translation>Zeilen, die das Ziel während der Volllast abgelehnt hat; sie werden als Ausnahmen aufbewahrt.</translation>
    </message>
    <message>
        <source>Total rows include loaded source table rows from Inserts, Deletes, Updates, DDLs, and Full load rows.</source>
        <translation>Zeilen gesamt umfasst die geladenen Zeilen der Quelltabelle aus Einfügungen, Löschungen, Aktualisierungen, DDLs und Volllastzeilen.</translation>
    </message>
    <message>
        <source>Rows read against the source&apos;s row estimate.</source>
        <translation>Gelesene Zeilen im Verhältnis zur Zeilenschätzung der Quelle.</translation>
    </message>
    <message>
        <source>Time left</source>
        <extracomment>Estimated time until a table is loaded</extracomment>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Estimated from the table&apos;s own rate so far and the source&apos;s row estimate.</source>
        <translation>Geschätzt aus der bisherigen Rate der Tabelle und der Zeilenschätzung der Quelle.</translation>
    </message>
    <message>
        <source>%1 of about %2 rows loaded or rejected, %3 read</source>
        <translation>%1 von etwa %2 Zeilen geladen oder abgelehnt, %3 gelesen</translation>
    </message>
    <message>
        <source>Every row is loaded, but the target could not build:
%1</source>
        <extracomment>Tooltip of a completed table: %1 lists indexes/keys the target refused.</extracomment>
        <translation>Alle Zeilen sind geladen, aber das Ziel konnte Folgendes nicht anlegen:
%1</translation>
    </message>
    <message>
        <source>Limited LOB mode: LOB values longer than %1 KB are truncated.</source>
        <translation>Eingeschränkter LOB-Modus: LOB-Werte länger als %1 KB werden abgeschnitten.</translation>
    </message>
    <message>
        <source>Full LOB mode: LOB values are moved whole.</source>
        <translation>Vollständiger LOB-Modus: LOB-Werte werden vollständig übertragen.</translation>
    </message>
    <message>
        <source>Truncated LOBs</source>
        <extracomment>LOB values (BLOB, TEXT, bytea...) cut to the limited LOB mode&apos;s maximum size</extracomment>
        <translation>Abgeschnittene LOBs</translation>
    </message>
    <message>
        <source>LOB values cut to the maximum size of limited LOB mode; the target&apos;s control table lob_truncations lists each one.</source>
        <translation>LOB-Werte, die auf die Maximalgröße des eingeschränkten LOB-Modus abgeschnitten wurden; die Kontrolltabelle lob_truncations des Ziels führt jeden auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: see the Exceptions tab.</source>
        <extracomment>Details of a table completed with errors</extracomment>
        <translation>
            <numerusform>%n Zeile abgelehnt: siehe Registerkarte Ausnahmen.</numerusform>
            <numerusform>%n Zeilen abgelehnt: siehe Registerkarte Ausnahmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <extracomment>Details of a completed table: %1 lists the indexes/keys the target refused</extracomment>
        <translation>Nicht angelegt: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Column header: why a table failed or what its load left behind</extracomment>
        <translation>Details</translation>
    </message>
    <message>
        <source>Why a table was suspended, or what a table completed with errors left behind: rejected rows, indexes or keys the target refused.</source>
        <translation>Warum eine Tabelle ausgesetzt wurde, oder was eine mit Fehlern abgeschlossene Tabelle hinterlassen hat: abgelehnte Zeilen, Indizes oder Schlüssel, die das Ziel verweigert hat.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ferry&apos;s database migration workbench.</source>
        <translation>Die Datenbankmigrations-Werkbank von Ferry.</translation>
    </message>
    <message>
        <source>Show the main window, check that it and its icons render, and quit after a second (exit code 0 on success).</source>
        <translation>Das Hauptfenster anzeigen, prüfen, dass es und seine Symbole dargestellt werden, und nach einer Sekunde beenden (Exit-Code 0 bei Erfolg).</translation>
    </message>
    <message>
        <source>A Ferry project file to open (optional).</source>
        <translation>Eine zu öffnende Ferry-Projektdatei (optional).</translation>
    </message>
</context>
</TS>
