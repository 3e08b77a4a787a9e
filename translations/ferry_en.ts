<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>ferry: %1
Run &apos;ferry --help&apos; for usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ferry: %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  where: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  detail: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  fix: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-from must be &apos;env&apos;, &apos;keyring&apos; or &apos;prompt&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ferry: warning: a password in the connection URI can leak through shell history and process lists; use FERRY_%1_PASSWORD instead.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ferry: warning: --password-from prompt needs a terminal on standard input; connecting without a password.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file name and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test-connection takes exactly one connection URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be &apos;source&apos; or &apos;target&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 %2 at %3 in %4 ms.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, database %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>schema %1: %n table(s)</source>
        <translation>
            <numerusform>schema %1: %n table</numerusform>
            <numerusform>schema %1: %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n view(s)</source>
        <translation>
            <numerusform>, %n view</numerusform>
            <numerusform>, %n views</numerusform>
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
            <numerusform>, %n trigger</numerusform>
            <numerusform>, %n triggers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n sequence(s)</source>
        <translation>
            <numerusform>, %n sequence</numerusform>
            <numerusform>, %n sequences</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  view %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  trigger %1 on %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  sequence %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  type %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog takes exactly one connection URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyring needs &apos;store URI&apos; or &apos;forget URI&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyring %1 takes exactly one connection URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the password from the URI; &apos;keyring store&apos; reads it from FERRY_%1_PASSWORD or a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was stored for %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the password for %1 from the system keyring.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password to store: set FERRY_%1_PASSWORD or run on a terminal to be prompted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the password for %1 in the system keyring.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-dms needs TABLE_MAPPINGS.json and optionally TASK_SETTINGS.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-dms needs --project FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ferry: nothing was imported; fix the errors above.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task setting(s) Ferry does not know were not stored in %1: %2
</source>
        <translation>
            <numerusform>%n task setting Ferry does not know were not stored in %1: %2
</numerusform>
            <numerusform>%n task settings Ferry does not know were not stored in %1: %2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s) into mapping &apos;%1&apos; of %2</source>
        <translation>
            <numerusform>Imported %n rule into mapping &apos;%1&apos; of %2</numerusform>
            <numerusform>Imported %n rules into mapping &apos;%1&apos; of %2</numerusform>
        </translation>
    </message>
    <message>
        <source>, with task settings.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-dms needs --project FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-dms needs either --mapping NAME or --task-settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 has no mapping &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project defines no mappings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 m %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3 of %4 tables  %5 rows/s  %6 KB/s  elapsed %7%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ... and %1 more tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 rows%4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full load rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed load time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 tables loaded, %3 in error; %4 rows in %5 (%6 rows/s, %7 MB/s); %8 rows rejected; peak memory %9 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows and their reasons are in the target&apos;s control table exceptions (ferry_control).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log and statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a table pattern: write schema.table, with % as wildcard (e.g. &apos;sales.%&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rows needs a number of at least 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate needs SOURCE_URI and TARGET_URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run needs PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample needs the path of the SQLite file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the sports-ticketing sample (%1 tickets) in %2 ...
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating %1 -&gt; %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reload-table needs SCHEMA.TABLE, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table needs SCHEMA.TABLE (the source table), got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 bytes, not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 has no rejected rows%2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  #%1  slice %2%3: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id needs the number of a rejected row (as &apos;ferry exceptions list&apos; shows it), got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rejected rows to re-apply.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed column %1 of %2 from %3 to %4 (rule %5).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of %2 is %3; rule %5 makes it %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --change-column-types to change those columns on the target (the rows already there are converted), or reload the table.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceptions needs &apos;list PROJECT&apos; or &apos;reapply PROJECT&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id, --with-rules and --change-column-types are for &apos;exceptions reapply&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--change-column-types goes with --with-rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2, rejected rows: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-applied: %1, refused again: %2, not re-applied: %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n index(es), key(s) or foreign key(s) could not be created (listed above with the server&apos;s reason); the rows of their tables are loaded.</source>
        <translation>
            <numerusform>%n index, key or foreign key could not be created (listed above with the server&apos;s reason); the rows of its table are loaded.</numerusform>
            <numerusform>%n indexes, keys or foreign keys could not be created (listed above with the server&apos;s reason); the rows of their tables are loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 LOBs truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated LOBs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 LOB values were truncated (limited LOB mode); the target&apos;s control table lob_truncations (ferry_control) lists each one with its row key and lengths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ferry: cannot create the directory %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert needs --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--target-engine must be postgresql, mysql, mariadb or sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Converted %Ln object(s) into %1; action items: %2 (see conversion-report.json).
</source>
        <translation>
            <numerusform>Converted %Ln object into %1; action items: %2 (see conversion-report.json).
</numerusform>
            <numerusform>Converted %Ln objects into %1; action items: %2 (see conversion-report.json).
</numerusform>
        </translation>
    </message>
    <message>
        <source>ferry: the directory %1 does not exist
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [destructive]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [destructive: refused without --allow-destructive]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [exists on the target: this statement will fail]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan: %Ln statement(s), %1 destructive; nothing was changed.
</source>
        <translation>
            <numerusform>Plan: %Ln statement, %1 destructive; nothing was changed.
</numerusform>
            <numerusform>Plan: %Ln statements, %1 destructive; nothing was changed.
</numerusform>
        </translation>
    </message>
    <message>
        <source>apply needs --sql DIR and one target connection URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --pre-data or --post-data, not both (neither: both parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied %1 of %Ln statement(s); failed: %2.
</source>
        <translation>
            <numerusform>Applied %1 of %Ln statement; failed: %2.
</numerusform>
            <numerusform>Applied %1 of %Ln statements; failed: %2.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 takes exactly one source connection URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be html, csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the assessment to %1.
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be one of mysql, mariadb, postgresql, sqlite, sqlserver, oracle, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ferry: cannot write %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n type-mapping document(s) under %1.
</source>
        <translation>
            <numerusform>Wrote %n type-mapping document under %1.
</numerusform>
            <numerusform>Wrote %n type-mapping documents under %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>types --markdown needs both --source and --target, or neither (the index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>types needs native type names and --source ENGINE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTestPage</name>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available, so Ferry cannot remember this password: it will ask for it each time it connects. The password is never written to the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with these details and check the privileges Ferry needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running connection test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the driver&apos;s own message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the endpoint without a successful connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a server that cannot be reached from this computer yet; you can test the endpoint again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointChoicePage</name>
    <message>
        <source>Use an &amp;existing endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a ne&amp;w endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnginePage</name>
    <message>
        <source>&amp;PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL server on the network or on this computer: host, port, database and user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MySQL or MariaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A MySQL or MariaDB server on the network or on this computer: host, port, database and user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;QLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite database file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ODBC data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any database with an ODBC driver, through a data source (DSN) set up in the ODBC driver manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineTr</name>
    <message>
        <source>Could not use the system keyring for %1: no keyring service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a Secret Service provider (GNOME Keyring, KWallet or KeePassXC) in the session, or give the password through FERRY_SOURCE_PASSWORD / FERRY_TARGET_PASSWORD or the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not use the system keyring for %1: the keyring is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the keyring (log in to the desktop session or open the keyring manager), or give the password through FERRY_SOURCE_PASSWORD / FERRY_TARGET_PASSWORD or the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the keyring service works (for example with &apos;secret-tool search service %1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the password for %1 from the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring holds no password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store one with &apos;ferry keyring store URI&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to store an empty password for %1 in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password through FERRY_SOURCE_PASSWORD or the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the password for %1 in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the password for %1 from the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of postgresql://user@host:5432/database, mysql://user@host:3306/database, sqlite:///path/to/file.db or odbc://DSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection URI has no scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection URI scheme &apos;%1&apos; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite URI names no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ODBC URI must start with odbc://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write odbc://DSN or odbc:///?driver=NAME&amp;server=...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ODBC URI names neither a DSN nor a driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection URI is malformed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite URI takes a file path, not a host (&apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write sqlite:///absolute/path.db (three slashes) or sqlite:relative/path.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database name &apos;%1&apos; contains a &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error stopped the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please report this as a bug with the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the sample database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the directory exists, is writable and has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the sample database into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry&apos;s embedded sports-ticketing sample (SQLite) copied into a new SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a PostgreSQL, MySQL/MariaDB or SQLite endpoint as the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to PostgreSQL was lost; the work is retried on a new connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serialization failure or deadlock; the work is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the connecting role the privilege named in the detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the PostgreSQL session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the column types of %1 for its filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter column %1 does not exist in table %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the column name in the selection rule&apos;s filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read table %1 from PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not convert a value of column %1 in table %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL sent a malformed COPY row for table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not bind the filter values for table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start reading table %1 from PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the key range of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of %2 is not an integer key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split tables by an integer column only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to %1: the transaction is already aborted by an earlier error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll the transaction back before writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write rows to %1 on PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL rejected a row for table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL rejected the value of column %1 in table %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of column %1 in table %2 contains a NUL byte, which PostgreSQL cannot store in text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the NUL bytes from the source value, or map the column to a binary type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the default schema of the PostgreSQL target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not begin a transaction on PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not commit the transaction on PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL transaction was rolled back instead of committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier statement in the transaction failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the earlier error; nothing of the transaction was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not roll back the transaction on PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether table %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create schema %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not drop table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not truncate table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete rows from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the primary key of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create index %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create foreign key %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the identity of %1.%2 past its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement has %1 placeholders but %2 parameters were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement failed on the PostgreSQL target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the catalog of PostgreSQL database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detail names the failing query&apos;s error; reading the catalog needs only a login to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local socket (port %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket directory %1 (port %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1: no answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host name and port, and that no firewall silently drops the connection; if the server is only slow, raise connect_timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1: the host name %2 could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host name for typos, or use the server&apos;s IP address; make sure this machine can resolve the name (DNS, /etc/hosts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1: the connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server is running and listens on that host and port (listen_addresses and port in postgresql.conf), and that no firewall rejects the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL at %1 rejected the login of user %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for a password but none was given: set FERRY_SOURCE_PASSWORD (or FERRY_TARGET_PASSWORD), store it in the keyring, or add it to ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pg_hba.conf rule allows this user, database and client address (with or without TLS): ask the administrator to add one, or try sslmode=require if only hostssl rules exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role may not log in: ask the administrator to run ALTER ROLE %1 LOGIN, or use another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and the password (FERRY_SOURCE_PASSWORD or FERRY_TARGET_PASSWORD, the keyring or ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not establish a TLS connection to PostgreSQL at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer TLS: enable ssl in postgresql.conf, or connect with sslmode=prefer or sslmode=disable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file for verifying the server is missing or unreadable: set sslrootcert to the CA that signed the server&apos;s certificate, or use sslmode=require to encrypt without verifying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for another name: connect with the host name in the certificate, or use sslmode=verify-ca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the CA in sslrootcert: point sslrootcert at the CA that signed it, or use sslmode=require to encrypt without verifying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the sslmode, sslrootcert, sslcert and sslkey options and the server&apos;s TLS configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist on PostgreSQL at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database name (names created with quotes are case sensitive) or create the database first; psql -l lists the existing ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 may not connect to database %2 on PostgreSQL at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the database owner or a superuser to run GRANT CONNECT ON DATABASE %1 TO %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection details for PostgreSQL at %1 are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the URI&apos;s port and query options (sslmode, sslrootcert, sslcert, sslkey, connect_timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no free connection slots: close idle sessions or raise max_connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is starting up, shutting down or in recovery: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detail holds the server&apos;s or the client library&apos;s reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1 at %2 is older than version %3, the oldest Ferry supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server_version %1 (version number %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the server to PostgreSQL %1 or later, or export the data with that server&apos;s pg_dump and load it elsewhere first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 lacks the REPLICATION attribute, which change data capture from this source needs; full loads work without it. Fix: ALTER ROLE %2 REPLICATION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wal_level is &apos;%1&apos; on this server, but change data capture needs &apos;logical&apos;; full loads work without it. Fix: set wal_level = logical in postgresql.conf and restart the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none on the search_path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 can neither create schemas in database %2 nor create tables in schema %3 on PostgreSQL at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the database owner to run GRANT CREATE ON DATABASE %1 TO %2, or GRANT CREATE ON SCHEMA %3 TO %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 cannot create schemas in database %2, so every target schema must exist already. Fix: GRANT CREATE ON DATABASE %3 TO %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 cannot create tables in schema %2; Ferry can still create and use schemas of its own. Fix: GRANT CREATE ON SCHEMA %3 TO %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2 as %3, database %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS on (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to PostgreSQL at %1, but could not check the user&apos;s privileges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detail holds the server&apos;s reason; the checks read pg_roles, pg_stat_ssl and the current settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the server&apos;s message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the session on %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of %2 is created as %3 instead of %4: the table&apos;s columns do not fit MySQL&apos;s 65,535-byte row limit otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of %2 is not created AUTO_INCREMENT: MySQL allows one, on an integer column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, column %2 is a %3 column: only its first %4 characters are indexed (MySQL needs a prefix length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, only the first %2 characters of column %3 are indexed (InnoDB keys hold %4 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch for %1 has %2 columns, the reader produces %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 from the MySQL/MariaDB source failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value of column %1 of %2 cannot be converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the column&apos;s type with a mapping rule, or filter the row out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the key range of %1 from the MySQL/MariaDB source failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of %2 cannot split the table into key ranges: its values are not 64-bit integers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an integer key column for parallel-load ranges, or load the table without ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement on the MySQL/MariaDB target %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A query on the MySQL/MariaDB target %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating database %1 on the MySQL/MariaDB target failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating table %1 on the MySQL/MariaDB target failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropping table %1 on the MySQL/MariaDB target failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emptying table %1 on the MySQL/MariaDB target failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting rows of %1 on the MySQL/MariaDB target failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the primary key of %1 on the MySQL/MariaDB target failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1 of %2 is not created: MySQL has no %3 indexes on these columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key %1 of %2 is created with NO ACTION instead of SET DEFAULT, which InnoDB does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1 of %2 is not created: it indexes an expression (%3), which is not carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1 of %2 is not created: column %3 is of type %4, which MySQL cannot index this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch for %1 has %2 columns, the writer expects %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to %1 on the MySQL/MariaDB target failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MySQL/MariaDB target refused a row of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the value at the source, or change the column&apos;s type with a mapping rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MySQL/MariaDB server %1 does not allow LOAD DATA LOCAL INFILE (local_infile is OFF), so rows are written with multi-row INSERT statements, which is several times slower. To enable the fast path run SET GLOBAL local_infile = 1 as an administrator, or put local-infile = 1 in the [mysqld] section of the server&apos;s configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the catalog of database &apos;%1&apos; on %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the user may read information_schema for this database (SELECT and SHOW VIEW privileges) and that the server is still reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the databases on %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; does not exist on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name (case matters on most Linux servers) and that the user may see the database (SHOW DATABASES or a privilege on it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown ssl-mode &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A query on the MySQL/MariaDB server failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the server&apos;s message above; a lost connection can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local socket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name &apos;%1&apos; could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host name for typos, or use the server&apos;s IP address; make sure this machine can resolve names (DNS, /etc/hosts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepted the connection at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the MySQL/MariaDB server is running and listens on port %1 of that address (bind-address, skip-networking), and that no firewall blocks the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server at %1 did not answer within %n second.</numerusform>
            <numerusform>The server at %1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the host and port (is it a MySQL/MariaDB server?), firewalls and network routes; raise connect_timeout if the network is slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 rejected the login of user &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and the password (FERRY_SOURCE_PASSWORD or FERRY_TARGET_PASSWORD, the keyring, or ~/.my.cnf), and that an account &apos;%1&apos;@&apos;&lt;this client&apos;s host&gt;&apos; exists and may log in from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that ssl-ca names the CA certificate that signed the server&apos;s certificate, that with ssl-mode=VERIFY_IDENTITY the host name matches the certificate, and that the server has TLS enabled; use ssl-mode=PREFERRED only on a trusted network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database name (names are case-sensitive on most Linux servers), or create the database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &apos;%1&apos; may not use the database &apos;%2&apos; on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to grant access, for example GRANT SELECT, SHOW VIEW ON `%1`.* TO &apos;%2&apos;@&apos;%&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the MySQL/MariaDB server at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the address belongs to a MySQL or MariaDB server and read the server&apos;s error log for the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 runs %2 %3, which is older than Ferry supports (%2 %4 or newer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the server, or dump the data with mysqldump and load it into a supported server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary logging is off on the server (log_bin), so changes made during and after the full load cannot be captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binlog_format is %1, not ROW; change data capture needs row-based logging (binlog_format = ROW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binlog_row_image is %1, not FULL; change data capture needs full row images (binlog_row_image = FULL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1 failed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the catalog from %1 failed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ssl-mode &apos;%1&apos; is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use ssl-mode=DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a port between 1 and 65535 (MySQL&apos;s default is 3306).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file &apos;%2&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the full path of a PEM file readable by this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version %1; the connection is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version %1; TLS cipher %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privileges of user &apos;%1&apos; could not be read (SHOW GRANTS failed), so they were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &apos;%1&apos; may not create tables in the database &apos;%2&apos; on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CREATE privilege of user &apos;%1&apos; on database &apos;%2&apos; could not be confirmed (it may come from a role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHOW GRANTS lists no CREATE privilege on `%1`.* or *.* for the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to run GRANT CREATE, ALTER, DROP, INDEX, REFERENCES, SELECT, INSERT, UPDATE, DELETE ON `%1`.* TO &apos;%2&apos;@&apos;%&apos;; or choose a database the user owns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &apos;%1&apos; may not create databases; choose a target database in the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &apos;%1&apos; lacks the REPLICATION CLIENT privilege (BINLOG MONITOR on MariaDB 10.5+), which change data capture needs to read the binary log position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &apos;%1&apos; lacks the REPLICATION SLAVE privilege, which change data capture needs to stream the binary log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connection holds a lock on the SQLite database; the load retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space on the file system that holds the SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the SQLite table %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value %1 in the boolean column %2 of the SQLite table %3 is not a truth value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booleans are read from 0/1 (any nonzero number is true) and from true/false, t/f, yes/no, y/n, on/off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or blob values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the key range of the SQLite table %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key column %1 of the SQLite table %2 holds %3, so the table cannot be split into integer key ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this table in one piece (table-settings parallel-load type none) or choose an integer key column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the query on the SQLite table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the table and its columns exist in the source database (the catalog may be out of date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a batch into the SQLite table %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite table %1 refused a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value %1 for the boolean column %2 of the SQLite table %3 is not a truth value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the SQLite table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not drop the SQLite table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not empty the SQLite table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete rows of the SQLite table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 index %2 of table %3 was not created: SQLite has b-tree indexes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index expressions and predicates are copied as the source wrote them; rewrite those SQLite does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the INSERT into the SQLite table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement on the SQLite target failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite target %1 stays in journal mode %2 instead of WAL (another connection may hold it open); the load is slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the loading pragmas on the SQLite target %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target SQLite database %1 is set to read-only (mode=ro).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mode=ro from the target&apos;s connection URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the catalog of the SQLite database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the database is not damaged (sqlite3 FILE &apos;PRAGMA integrity_check;&apos;) and that every view and virtual table in it can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database %1 has no schema &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite database file has one schema, main: leave the schema out or ask for main.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry may not read the SQLite database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user running Ferry read permission on the file (for example with chmod or by adding it to the file&apos;s group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the path names a SQLite 3 database file. Encrypted databases (SQLCipher, SEE) cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it with: sqlite3 FILE &apos;PRAGMA integrity_check;&apos; and restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database file %1 stayed locked by another connection for %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry when the other program has finished writing, or raise connect_timeout in the connection URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database file %1 needs recovery from an interrupted write, which a read-only connection cannot do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database once with write access (for example: sqlite3 FILE &apos;PRAGMA quick_check;&apos;) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the SQLite database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file is a SQLite 3 database that no other program holds in an exclusive lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory %1 for the new SQLite database file %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the directory first, or choose a path in an existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry may not create the SQLite database file %1 in its directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user running Ferry write permission on the directory, or choose a writable one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite connection names no database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write sqlite:///absolute/path.db or sqlite:relative/path.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database file %1 does not exist: a part of its path is a file, not a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path (an absolute path needs three slashes: sqlite:///path/to/file.db). Ferry does not create database files when it tests or reads them; create a new target first, for example with: sqlite3 FILE &apos;PRAGMA user_version = 0;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry may not enter a directory on the path to the SQLite database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user running Ferry search (x) permission on every directory of the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not examine the SQLite database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path and the file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directory, not a SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database file itself, for example sqlite://%1/data.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry may not write to the SQLite database file %1, which it needs as a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user running Ferry write permission on the file, or choose a file on a writable file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry may not create files in the directory %1, which SQLite needs for the journal when it writes to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user running Ferry write permission on the directory, or move the database to a writable one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite opened the database file %1 read-only, but a target must be writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user running Ferry write permission on the file and its directory, on a writable file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A query on the SQLite database failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the SQLite database file %1 read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the SQLite database file %1 for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite option mode=%1 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use mode=ro (never write) or mode=rw. Ferry does not create database files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ODBC driver refused a block cursor for the table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding the column %1 of the table %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the table %1 through ODBC failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ODBC driver could not convert a row of the table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value %1 in the column %2 of the table %3 cannot be read as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value in the column %1 of the table %2 is longer than the column&apos;s declared size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the table with a driver that enforces column sizes, or widen the column&apos;s type in the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the column %1 of the table %2 through ODBC failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not allocate an ODBC statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the session time zone to UTC on the %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key column %1 of the table %2 does not hold integers, so the table cannot be split into key ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the key range of the table %1 through ODBC failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query on the table %1 through the %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ODBC connection names neither a data source nor a driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the catalog of the %1: %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the user may read the database&apos;s metadata; the detail holds the driver&apos;s message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the ODBC driver manager to list its data sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that unixODBC is installed (package unixodbc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLSTATE %1 (native %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection string: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ODBC driver manager does not know the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.odbc.ini and /etc/odbc.ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known data sources: %1. Installed drivers: %2. unixODBC reads data sources from %3 (ODBCINI) and drivers from %4 (ODBCSYSINI); check the name or register it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log in to the %1: the user name or password was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and the password: set FERRY_SOURCE_PASSWORD or FERRY_TARGET_PASSWORD, or UID and PWD in the data source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the %1: the server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server name and port of the data source and that the database server is running and accepts TCP connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the %1: the server&apos;s host name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server name in the data source or connection options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the %1: the server did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server is reachable (firewall, VPN, port) or raise connect_timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the %1: the TLS (SSL) handshake or certificate check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the driver&apos;s TLS options (certificate authority file, verification mode) and whether the server offers TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the %1: the database does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database name (Database=...) of the data source or create the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the %1: the user may not use the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the user access to the database, or connect as another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of the %1 is not a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Database= path of the data source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the driver&apos;s message in the detail; the driver&apos;s documentation lists its connection options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to the %1 failed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the catalog of the %1 failed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 %2 through the %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODBC driver %1 %2 (ODBC %3), database %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is read-only, so it cannot be a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a data source that allows writing (check its read-only option).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after the end of the JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON document is nested more than %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON document ends where a value is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a JSON value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a key in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; appears twice in the same object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove one of them; JSON readers disagree on which wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;}&apos; in the object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;]&apos; in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The string has no closing &apos;&quot;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A control character (such as a line break) inside a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as an escape, e.g. \n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid \u escape in a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid escape in a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a backslash as \\.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DMS JSON document is a few hundred KB at most; check that this is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the quotes, commas and brackets at and just before this position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule #%1 (no rule-id): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table-mapping object {&quot;rules&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table mapping has no &quot;rules&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DMS table mapping is {&quot;rules&quot;: [...]} with at least one selection rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task-settings object {&quot;TargetMetadata&quot;: {...}, ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URI of endpoint &apos;%1&apos; is not a %2 URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the URI scheme match the endpoint&apos;s engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project cannot be saved because it is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project cannot be saved: it would not read back unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug in Ferry; please report it with the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>Compiler-style issue line: &quot;file:line:column: error: path: message&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it with the line &apos;ferry: %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path and the current directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file is too large (over 64 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this is really a Ferry project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) in the file</source>
        <translation>
            <numerusform>%n more error in the file</numerusform>
            <numerusform>%n more errors in the file</numerusform>
        </translation>
    </message>
    <message>
        <source>Say where the password comes from instead: password: {from: keyring}, {from: env:NAME}, {from: prompt} or {from: pgpass}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password must not be written into the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1 in quotes to use it as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs a &apos;from&apos; key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password source is not one of keyring, env:NAME, prompt or pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;pgpass&apos; applies to PostgreSQL endpoints only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use keyring, env:NAME or prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid environment variable name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write env: followed by a name of letters, digits and underscores, e.g. env:FERRY_SOURCE_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an endpoint (a mapping with engine: ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use engine: mysql for MariaDB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported engines: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown engine &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint has no engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add engine: postgresql, mysql, sqlite or odbc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite endpoints have no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the password key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; does not apply to %2 endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys for %1 endpoints: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either &apos;uri&apos; or &apos;%1&apos;, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put everything into the URI, or remove the URI and use separate keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection URI is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URI is a %1 URI but the endpoint&apos;s engine is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the URI scheme and the engine agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the quotes around %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the port as a number, e.g. port: 5432.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping of options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite endpoint needs a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add path: with the database file, relative to the project file or absolute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ODBC endpoint needs a dsn or a driver option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dsn: with a data source name from odbc.ini, or options: {driver: ...}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table mapping (a mapping with rules: ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table mapping has no rules list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rules: with at least one selection rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined under %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define it under %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task (a mapping with source, target, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task &apos;%1&apos; refers to the endpoint &apos;%2&apos;, which is not defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown migration type &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task &apos;%1&apos; refers to the table mapping &apos;%2&apos;, which is not defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of a mapping, or a mapping with rules: ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task &apos;%1&apos; has no %2 endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1: with the name of an endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Ferry project: expected keys such as ferry, name and endpoints, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the file with the line &apos;ferry: 1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no &apos;ferry&apos; key with the format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &apos;ferry: %1&apos; as the first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &apos;ferry: %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file format version %1 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Ferry reads version %1 files; open the project with a newer Ferry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only version is %1: write &apos;ferry: %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the project a name, e.g. name: hr-migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping of endpoint names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping of table-mapping names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping of task names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line such as &apos;name: hr-migration&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the boolean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer of at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string or an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping (key: value lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown value &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry does not know the key &apos;%1&apos; and does not act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required key &apos;%1&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters apply only to selection rules with rule-action: include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the filters or make the rule include tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; needs start-value and end-value (and no value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; needs a value (and no start-value or end-value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule-action &apos;%1&apos; does not apply to rule-target &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use rule-target: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule-action &apos;%1&apos; needs the key &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object-locator needs &apos;table-name&apos; for rule-target &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object-locator needs &apos;column-name&apos; for rule-target &apos;column&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>define-primary-key needs exact names, not wildcards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact schema and table name required when using table settings rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one table-settings rule per table, without %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel load by ranges needs &apos;columns&apos; and &apos;boundaries&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel load by ranges allows at most 10 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A boundary has %1 values but there are %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one value per column in every boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel load by partitions-list needs &apos;partitions&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a rule (a mapping), found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule has no rule-type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule-type: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown rule-type &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a rule-type, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown log component &apos;%1&apos;; Ferry ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of rules, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each rule as a list item starting with &apos;- rule-type:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule-id &apos;%1&apos; is already used by another rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its first use is on line %1; give each rule its own rule-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule-name &apos;%1&apos; is also used by rule-id &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique rule names make logs easier to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No selection rule includes any table, so a task with this mapping migrates nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a selection rule with rule-action: include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds more than one YAML document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one project per file; remove the second &apos;---&apos; and what follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias refers to the node that contains it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recursive aliases are not allowed; copy the value instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias refers to an unknown anchor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &apos;%1&apos; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tag; project files use plain YAML values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value does not match its tag &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has too many values (more than %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for aliases that expand to huge structures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values are nested too deeply (more than %1 levels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping key is a list or a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys must be plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; appears twice in the same mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its first use is on line %1; remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML does not allow tabs for indentation; indent with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the indentation, quotes and brackets at and just before this position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project file with UTF-8 encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid YAML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read as YAML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules %1 all filter table %2; Ferry applies all their filters (AND).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>selects %n view(s) (%1); Ferry loads tables only for now, so they are skipped.</source>
        <translation>
            <numerusform>selects %n view (%1); Ferry loads tables only for now, so they are skipped.</numerusform>
            <numerusform>selects %n views (%1); Ferry loads tables only for now, so they are skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter names column &apos;%1&apos;, which table %2 does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter on a column of the source table; names are case-sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter names LOB column &apos;%1&apos; of table %2; source filters cannot test LOB columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter on another column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule leaves %1 without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the rule&apos;s value so that a name remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules remove every column of table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one column, or exclude the table with a selection rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns %1 and %2 of table %3 would both be named %4 on the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each target column its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>define-primary-key names column &apos;%1&apos;, which table %2 does not have on the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name columns of the table (names are case-sensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 gets no primary key: rule %2 removes its key column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique key %1 of table %2 is not created: rule %3 removes its column %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1 of table %2 is not created: its expressions name source columns, and rules rename or remove columns of the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique index %1 of table %2 is not created: rule %3 removes its column %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1 of table %2 is not created: rule %3 removes all its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1 of table %2 loses column %3, which rule %4 removes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source tables %1 and %2 would both load into target table %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS DMS loads each source table into its own target table: exclude one of them or rename it with a transformation rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 is not selected, so its table settings do not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallel-load names column &apos;%1&apos;, which table %2 does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use columns of the source table (names are case-sensitive), ideally indexed ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallel-load cannot segment table %1 by column &apos;%2&apos;: range boundaries cannot use floating-point or LOB columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an integer, decimal, text or date column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key %1 of table %2 is not created: it references %3, which is not selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key %1 of table %2 is not created: rule %3 removes column %4 of table %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression of column %1 refers to $%2, which is not a column read from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied to %1: rule %2 already applies to it (AWS DMS applies one transformation action per object, lowest rule-id first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied to %1 objects (%2): rules with lower rule-ids already apply to them (AWS DMS applies one transformation action per object, lowest rule-id first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches no table of the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches no table of the source (table settings need the exact source schema and table name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches nothing in the selected tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule is not a mapping of keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each rule as an object with rule-type, rule-id, rule-name, object-locator and rule-action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object-mapping rules apply to Amazon DynamoDB targets; Ferry ignores this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation rules are not supported yet; Ferry ignores this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use rule-type selection, transformation or table-settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule has no object-locator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add object-locator with schema-name (and table-name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object-locator has no schema-name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add schema-name (use % for every schema).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown selection rule-action &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use rule-action include, exclude or explicit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object-locator has no table-name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add table-name (use % for every table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown table-type &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use table-type table, view or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An explicit selection rule names one table exactly, but this one has a % wildcard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the exact schema and table name, or use rule-action include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load-order &apos;%1&apos; is not a positive integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write load-order as a whole number; tables with higher values load first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write filters as a list of {filter-type, column-name, filter-conditions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters apply only to selection rules with rule-action include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source filters need an exact table name, but the table-name &apos;%1&apos; has a % wildcard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one selection rule with filters per table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter is not a mapping of keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each filter as {filter-type, column-name, filter-conditions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown filter-type &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use filter-type source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter has no column-name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the source column the filter tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter on column &apos;%1&apos; has no filter-conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one filter condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter condition is not a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each condition as {filter-operator, value} or {filter-operator, start-value, end-value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown filter-operator &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use ste, lte, gte, eq, noteq, between, notbetween, null or notnull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; on column &apos;%2&apos; needs start-value and end-value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the inclusive bounds as start-value and end-value, without value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; on column &apos;%2&apos; takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove value, start-value and end-value from the condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; on column &apos;%2&apos; needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the value to compare with as value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter on column &apos;%1&apos; has %2 negative conditions; a filter may have only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one of noteq, notbetween or notnull per filter, or split the conditions into several filters (they are combined with AND).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule has no rule-target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown rule-target &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use rule-target schema, table, column, table-tablespace or index-tablespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule has no rule-action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown transformation rule-action &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of the AWS DMS transformation actions (rename, convert-lowercase, add-column, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data masking action &apos;%1&apos; is not supported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rule; Ferry would otherwise copy the column unmasked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablespace renames apply to Oracle targets only; Ferry ignores this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-before-image-columns is accepted but not supported yet (before images belong to change data capture); no column is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object-locator needs table-name for rule-target &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object-locator needs column-name for rule-target &apos;column&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column-name (use % for every column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one define-primary-key rule per table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule-action &apos;%1&apos; needs a non-empty value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the new name as value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value &apos;%1&apos; has a &apos;${&apos; without a closing &apos;}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write variables as ${schema-name}, ${table-name} or ${column-name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable &apos;${%1}&apos; is not available when renaming a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule-action &apos;%1&apos; needs the key &apos;data-type&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add data-type: {type: ..., length/precision/scale}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data-type %1 &apos;%2&apos; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write precision, scale and length as whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data-type &apos;%1&apos; has no equivalent in a relational target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of string, wstring, bytes, int1-int8, uint1-uint8, numeric, real4, real8, date, time, datetime, blob, clob, nclob, boolean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule-action &apos;define-primary-key&apos; needs the key &apos;primary-key-def&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add primary-key-def: {name, origin, columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown primary-key-def origin &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use origin primary-key or unique-index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary-key-def has no columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the key columns under columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the table the settings apply to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table-settings rule has neither parallel-load nor lob-settings; it has no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parallel-load setting is not a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write parallel-load as {type: ...}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown parallel-load type &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use none, ranges, partitions-auto, partitions-list or subpartitions-auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parallel-load key &apos;%1&apos; applies to MongoDB and Amazon DocumentDB sources; Ferry ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the key columns and one upper bound per segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel load by ranges allows at most 10 columns, this rule has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment by the 10 most significant columns at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary %1 has %2 values but there are %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the partitions to load in parallel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lob-settings setting is not a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write lob-settings as {mode: ..., bulk-max-size: ...}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown lob-settings mode &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use mode limited, unlimited or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lob-settings %1 &apos;%2&apos; is not a whole number of kilobytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write sizes in kilobytes as whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited LOB mode needs a nonzero bulk-max-size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set bulk-max-size to the largest LOB in kilobytes (times three), or use mode unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the expression in SQLite syntax with $COLUMN references to source columns, as in AWS DMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: the expression of added column %2 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: the expression of added column %2 uses a parameter &apos;%3&apos;; only $COLUMN references are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: the expression of added column %2 refers to $%3, which is not a column the table reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expression of added column %1 (rule %2) failed for this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target table %1 no longer exists, so its rejected rows cannot be re-applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the table again (run the task, or create it by hand), then re-apply the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected row of %1 has no stored values to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the row&apos;s values, then re-apply it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of column %1 (%2 bytes) was too large to keep with the rejected row of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value for the column, then re-apply the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target table %1 has no column %2 any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the column to the target table, or clear the value and re-apply the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected row %1 of task %2 is no longer in the exceptions table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was re-applied or its table was loaded again: refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: parallel-load by partitions (rule %2) is done with key ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming table %1: %2 of %3 slices already loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 failed and is suspended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task stopped because table %1 failed (TableErrorPolicy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: a row was rejected and DataErrorPolicy is STOP_TASK: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 reached DataErrorEscalationCount (%2 rejected rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 slice %2: recoverable error, retry %3 in %4 s: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 starting%2: %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These task settings are not acted on by Ferry&apos;s full load yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table mapping selects no table of the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the selection rules&apos; schema and table names (names are case-sensitive), or set ErrorBehavior.FailOnNoTablesCaptured to false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to resume for task %1 on the target: starting a fresh load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 prepared on the target as %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite targets take one writer at a time: loading one slice at a time instead of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key %1 of %2 was not created: the table it references (%3) did not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys of %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1: %2 (%3 of %4 tables loaded, %5 in error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 was stopped; run it again with --resume to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no task &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of its tasks: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project defines no task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one under &apos;tasks:&apos; naming a source and a target endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has several tasks and none was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task &apos;%1&apos; is %2; only full-load tasks run in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change data capture is coming; set the task&apos;s migration-type to full-load to copy the data now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task &apos;%1&apos; names the endpoint &apos;%2&apos;, which the project does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the endpoint under &apos;endpoints:&apos; or correct the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading table %1 from scratch (%2 slices, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 cannot be reloaded: the table mapping of task %2 does not select it from the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the source schema and table exactly as the source catalog names them (names are case-sensitive), or add a selection rule for the table and run the task with --resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 cannot be reloaded: the task selects a table of that name in more than one schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the table with its schema (SCHEMA.TABLE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 has no table to reload: it never ran on this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the task once without --reload-table first, or check the task name and ControlTablesSettings.ControlSchema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This target cannot change the type of column %1 of table %2 in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the table (Task &gt; Reload table) to create it again with the mapping&apos;s types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change column %1 of %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing column %2 of %1 to %3 on the MySQL/MariaDB target failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s mapping no longer selects table %1, so its rejected rows cannot be re-applied with the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the table again in the mapping, or re-apply the rows with their stored values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s mapping now writes table %1 to %2 instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the table (Task &gt; Reload table) to load it into its new target table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected row of %1 has no value for source column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-apply the row with its stored values, or reload the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of %2 is %3 on the target, but rule %4 of the mapping makes it %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Ferry to change the target column&apos;s type, or reload the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 existed on the target: its keys, indexes and foreign keys are kept as they are (TargetTablePrepMode %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key %1 of %2, dropped to load the tables, could not be added again: %3. Its definition: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected row of %1 has no value for column %2: the rule that computes it failed for this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the rule (Edit rules...), then re-apply the row with the current rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Task state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <extracomment>Task state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>Task state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load complete</source>
        <extracomment>Task state: every table is loaded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <extracomment>Task state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>Task state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Task state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spatial index %1 of %2 is not created: geometry columns are carried as text (WKT) on PostgreSQL, which a spatial index cannot use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the indexes and keys of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the indexes and keys of table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create index %1 on the SQLite table %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the name is longer than the %n characters the target allows</source>
        <translation>
            <numerusform>the name is longer than the %n character the target allows</numerusform>
            <numerusform>the name is longer than the %n characters the target allows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the name is longer than the %n bytes the target allows</source>
        <translation>
            <numerusform>the name is longer than the %n byte the target allows</numerusform>
            <numerusform>the name is longer than the %n bytes the target allows</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema %1 is named %2 on the target: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 is named %2 on the target: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of table %2 is named %3 on the target: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 is named %2 on the target: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than the target&apos;s identifier limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another foreign key of the target schema has that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another table, index or key of the target scope has that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of table %3 is named %4 on the target: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 spoke first, with a MySQL handshake (protocol 10) for server version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 spoke first, with a MySQL error packet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 spoke first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 sent no greeting within %2 ms and answered a PostgreSQL SSLRequest with: %3</source>
        <extracomment>%2 is a number of milliseconds; %3 the server&apos;s answer as text (&apos;S&apos;, &apos;N&apos;, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL server: it answers like MySQL/MariaDB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the port: PostgreSQL listens on 5432 by default, MySQL and MariaDB on 3306. If this is the server you mean, connect to it as a MySQL/MariaDB endpoint (a mysql:// URI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL server: it answers with another protocol (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host name and the port (PostgreSQL listens on 5432 by default): another service answers on this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a MySQL/MariaDB server: it is a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the port: MySQL and MariaDB listen on 3306 by default, PostgreSQL on 5432. If this is the server you mean, connect to it as a PostgreSQL endpoint (a postgresql:// URI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a MySQL/MariaDB server: it answers with another protocol (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host name and the port (MySQL and MariaDB listen on 3306 by default): another service answers on this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: %2 Its rows are loaded; the table stays completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 data sources cannot be migration targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: limited LOB mode, LOB values longer than %3 KB are truncated (lob-settings of table-settings rule %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: full LOB mode, LOB values are moved whole (lob-settings of table-settings rule %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: the value of column %2 in the row %3 is %4 bytes long, more than the %5 KB of limited LOB mode, and FailTasksOnLobTruncation stops the task instead of truncating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the maximum above the largest value, use full LOB mode (TargetMetadata.FullLobMode true, or lob-settings mode unlimited), or set FailTasksOnLobTruncation to false to truncate the values and list them in lob_truncations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Table %1: %n LOB value(s) longer than LobMaxSize (%2 KB) truncated (limited LOB mode); the control table lob_truncations lists each one.</source>
        <translation>
            <numerusform>Table %1: %n LOB value longer than LobMaxSize (%2 KB) was truncated (limited LOB mode); the control table lob_truncations lists it.</numerusform>
            <numerusform>Table %1: %n LOB values longer than LobMaxSize (%2 KB) were truncated (limited LOB mode); the control table lob_truncations lists each one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table %1: %n LOB value(s) longer than bulk-max-size (%2 KB) of table-settings rule %3 truncated (limited LOB mode); the control table lob_truncations lists each one.</source>
        <translation>
            <numerusform>Table %1: %n LOB value longer than bulk-max-size (%2 KB) of table-settings rule %3 was truncated (limited LOB mode); the control table lob_truncations lists it.</numerusform>
            <numerusform>Table %1: %n LOB values longer than bulk-max-size (%2 KB) of table-settings rule %3 were truncated (limited LOB mode); the control table lob_truncations lists each one.</numerusform>
        </translation>
    </message>
    <message>
        <source>TargetMetadata sets both FullLobMode and LimitedSizeLobMode: full LOB mode wins and no LOB value is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full LOB mode: LOB values are moved whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full LOB mode (TargetMetadata sets no LOB mode): LOB values are moved whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited LOB mode: a LOB value longer than %1 KB (TargetMetadata.LobMaxSize) stops the task (FailTasksOnLobTruncation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited LOB mode: LOB values longer than %1 KB (TargetMetadata.LobMaxSize) are truncated and listed in the control table lob_truncations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Task %1: %2 (%3 of %4 tables loaded, %5 in error; %n LOB value(s) truncated in table %6: limited LOB mode, see the control table lob_truncations).</source>
        <translation>
            <numerusform>Task %1: %2 (%3 of %4 tables loaded, %5 in error; %n LOB value truncated in table %6: limited LOB mode, see the control table lob_truncations).</numerusform>
            <numerusform>Task %1: %2 (%3 of %4 tables loaded, %5 in error; %n LOB values truncated in table %6: limited LOB mode, see the control table lob_truncations).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Task %1: %2 (%3 of %4 tables loaded, %5 in error; %n LOB value(s) truncated in %6 tables: limited LOB mode, see the control table lob_truncations).</source>
        <translation>
            <numerusform>Task %1: %2 (%3 of %4 tables loaded, %5 in error; %n LOB value truncated in %6 tables: limited LOB mode, see the control table lob_truncations).</numerusform>
            <numerusform>Task %1: %2 (%3 of %4 tables loaded, %5 in error; %n LOB values truncated in %6 tables: limited LOB mode, see the control table lob_truncations).</numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign key %1 of %2 cannot be added to an existing table on this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the foreign keys of and to table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not drop foreign key %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add foreign key %1 of %2 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not drop the indexes and keys of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropping a foreign key of %1 on the MySQL/MariaDB target failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a foreign key of %1 again on the MySQL/MariaDB target failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropping an index of %1 on the MySQL/MariaDB target failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 ended (%2), but its state could not be recorded in the target&apos;s control tables: a resume would find it still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the target is reachable, then run the task again with --resume: it continues where this run ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A load worker failed unexpectedly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record in the control tables that the foreign keys are built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task &apos;%1&apos; only validates (ValidationSettings.ValidationOnly), and validation is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set ValidationOnly to false to load the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValidationSettings.EnableValidation is set, but validation is not available in this version: the task loads without validating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task failed unexpectedly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected failure while reading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected failure while writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not take a consistent snapshot of the PostgreSQL source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not begin a read transaction on the PostgreSQL source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the PostgreSQL source as of the task&apos;s snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source snapshot %1 is gone: the remaining slices read the source as it is now. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consistent snapshot of the source: its tables are read at slightly different moments. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source snapshot %1 (change position %2): every slice reads the source as of this moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default of column %1 of %2 is not created: the column is an identity or generated column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated column %1 of %2 is created STORED: PostgreSQL computes generated columns when rows are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source cannot share a snapshot between connections: each slice reads at its own moment. Change position before the load: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost; the work is retried on a new connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadlock or lock wait timeout; the work is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the connecting user the privilege named in the detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is read-only; connect to a writable server or turn read_only off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database or correct its name in the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-applying rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key column %1 does not exist in table %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table changed since its slices were chosen: reload it (--reload-table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 slice %2: the commit whose outcome was unknown did happen; the slice is not loaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: the slices an earlier run recorded do not fit the table&apos;s key columns now (did the mapping change?); the table is loaded again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: parallel-load ranges (rule %2) need columns of the table and at least one boundary; the table loads as one slice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: rows with NULL in column(s) %2 are not loaded: parallel-load ranges (rule %3) cannot place them, and DMS leaves them out too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: the boundaries of parallel-load ranges (rule %2) are not in ascending order in the source (boundary %3 is below boundary %4); the table loads as one slice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: %2 slices by key (%3), their boundaries chosen in one ordered pass over %4 keys (%5 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the column types of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed with errors</source>
        <extracomment>Table load state: every row was read, but the target rejected some rows (or refused an index or key). Shown instead of &quot;Table completed&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Table %1 slice %2: %3 row(s) read, %4 loaded, %5 rejected.</source>
        <translation>
            <numerusform>Table %1 slice %2: %3 row read, %4 loaded, %5 rejected.</numerusform>
            <numerusform>Table %1 slice %2: %3 rows read, %4 loaded, %5 rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table %1 loaded: %2 row(s), %3 rejected.</source>
        <translation>
            <numerusform>Table %1 loaded: %2 row, %3 rejected.</numerusform>
            <numerusform>Table %1 loaded: %2 rows, %3 rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1 of table %2 narrows from %3 to %4: longer values are rejected into the exceptions table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the object on the target; create what it needs by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not converted by this version of Ferry; its source definition is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite it for the target by hand and apply it after the objects it uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry does not write %1 schemas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to postgresql, mysql, mariadb or sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 drops or empties data and was not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow destructive statements to run it (--allow-destructive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than the target allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is taken in the target&apos;s scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 is named %4 on the target: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change scripts and code that use the old name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 has no primary or unique key: the full load reads it as one slice, and change data capture and validation need a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a primary key on the source, or a define-primary-key rule to the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 has LOB columns (%2): they are moved whole in full LOB mode; limited LOB mode truncates them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep full LOB mode, or set LobMaxSize above the largest value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry assessment: %1 (%2) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;Code&lt;/th&gt;&lt;th&gt;Complexity&lt;/th&gt;&lt;th&gt;Category&lt;/th&gt;&lt;th&gt;Object&lt;/th&gt;&lt;th&gt;Message and fix&lt;/th&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;Category&lt;/th&gt;&lt;th&gt;Objects&lt;/th&gt;&lt;th&gt;Automatic&lt;/th&gt;&lt;th&gt;Simple&lt;/th&gt;&lt;th&gt;Medium&lt;/th&gt;&lt;th&gt;Complex&lt;/th&gt;&lt;th&gt;Not converted&lt;/th&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated effort: %1 hours (simple %2 min, medium %3 min, complex %4 min per action item).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-migration checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1 uses what Ferry does not translate with certainty: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite those parts for the target by hand; the source definition is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger %1 on %2 uses what Ferry does not translate with certainty: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the trigger function for the target by hand; the source definition is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of %2 (%3 -&gt; %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the column&apos;s values on the target, or give it another type with a change-data-type rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionsView</name>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rejected rows of one table, or of every table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows whose table, column, error or values contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error, column or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the rejected rows from the target again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the next page of rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows the target refused; select one to see and fix its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values of the selected row; double-click a New value cell to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected rows, with your fixes, into their target table (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-apply &amp;selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-apply &amp;all for this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the fixes of the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-applying rows on the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the table being written; tables already done stay done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derive the rows again from their source values through the task&apos;s mapping as it is now (after you changed a rule), instead of writing them as they were written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the current r&amp;ules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the task&apos;s mapping rules (for example a column&apos;s type or an added column&apos;s expression), then re-apply the rows with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit rules...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Table Mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Table mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import DMS JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the rules with an AWS DMS table-mapping JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport DMS JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rules as an AWS DMS table-mapping JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find schema or table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the tables whose name contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the tables to migrate; the selection rules follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selection rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection rules in the order they are written (exclude rules always win)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a selection rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected selection rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected rule up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected rule down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include loads the matching tables; exclude leaves them out (exclude always wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema name or pattern, e.g. dms_sample or %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table name or pattern, e.g. ticket% or %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which objects the rule selects: tables, views or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables with a higher load order are loaded first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In patterns, % matches any run of characters and _ exactly one; [_] is a literal underscore. Names are case-sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &amp;filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source filters: which rows of a table are loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a source filter to the table selected in the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source table whose rows the filter chooses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source column the conditions test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions on the column: a row is loaded when any of them holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add c&amp;ondition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a condition to this filter (conditions are combined with OR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row is loaded when any condition of its filter holds and every filter of its table holds. Filter on columns whose values do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ransformations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformation rules; when several change the same object, the first one applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a transformation rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected transformation rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected rule up (applies before later rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rule does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;ies to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the rule changes schemas, tables or columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema name or pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table name or pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Col&amp;umn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column name or pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ol&amp;d value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix or suffix to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expressio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. $first_name||&apos; &apos;||$last_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite expression; $column reads a source column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS DMS data type of the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of string, wstring and bytes types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits of numeric types; fractional seconds of datetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits after the decimal point of numeric types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;excluded tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list the source tables the rules do not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source tables and columns and what they become on the target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Reading the source catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading the source catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the source&apos;s tables again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingText</name>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to upper case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only listed columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change data type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not equal to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than or equal to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greater than or equal to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;= %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &gt;= %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>A rule the editor shows but does not edit: &quot;define-primary-key table inventory.ITEM&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no condition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Joins the conditions of one source filter (any of them may hold).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include exactly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (views)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (tables and views)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 where %2</source>
        <extracomment>A selection rule with source filters: &quot;Include s.t where price &gt;= 10&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, load order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 %2 to %3</source>
        <extracomment>&quot;Rename table dms_sample.person to people&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case %1 names in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper-case %1 names in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add prefix %1 to %2 names in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove prefix %1 from %2 names in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace prefix %1 with %2 in %3 names in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add suffix %1 to %2 names in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove suffix %1 from %2 names in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace suffix %1 with %2 in %3 names in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column %1 %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column %1 %2 = %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change type of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationTypePage</name>
    <message>
        <source>&amp;Task name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the project and the command line refer to the task (ferry run PROJECT --task NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the selected tables on the target and copies every row once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full load and ongoing &amp;replication (CDC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming in a later version: after the full load, keeps the target up to date with the changes made on the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes only (CDC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming in a later version: replicates only the changes made on the source after the task starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringView</name>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the run the charts show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the charts to read them; data keeps being collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the charts as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every series as CSV: UTC timestamps, elapsed seconds and values with their units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput charts appear here while a task runs: rows and kilobytes per second read from the source and written to the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CDC latency to chart: this task is a full load. For tasks that replicate ongoing changes (CDC), the latency at the source and at the target is charted here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdbcPage</name>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the project refers to this endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the data sources from the ODBC driver manager again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as set in the data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>The password is kept in memory, in the system keyring if you ask for it, and never in the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, Ferry asks for the password each time it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available, so Ferry cannot remember this password: it will ask for it each time it connects. The password is never written to the project file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectLocationPage</name>
    <message>
        <source>Project na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also gives the project file its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder the project file is written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReloadTablesDialog</name>
    <message>
        <source>Reload Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the tables whose source or target name contains this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema or table name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every table the filter shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck every table the filter shows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the project refers to this endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the engine&apos;s default port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the connection is encrypted and how the server&apos;s certificate is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the authority that signed the server&apos;s certificate (PEM file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlitePage</name>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the project refers to this endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path of the SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the file if it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Project file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target tables:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizards</name>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL or MariaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODBC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data source %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from an environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked each time Ferry connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to the client library (~/.pgpass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection details are incomplete or wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login rejected: wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection (TLS) failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A privilege is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODBC driver or data source not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another kind of server answers on this port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::ConnectionTestPage</name>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry connects as it will when it reads the source, and checks the privileges it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry connects as it will when it writes the target, and checks the privileges it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection before you go on. To keep the endpoint without a successful test, tick the box below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 answered in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test was cancelled before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the password in the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keyring when you continue; never in the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked each time Ferry connects; never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Back and check the user name and the password, then test again. If they are right, ask the administrator whether this user may log in from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring could not store the password, so Ferry will ask for it each time it connects. Continue to go on without storing it.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keyring as it is; never in the project file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::EndpointChoicePage</name>
    <message>
        <source>Source endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database Ferry reads the data from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database Ferry writes the data to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new source endpoint is also named %1. Pick another target, or go back and rename the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::EndpointConnection</name>
    <message>
        <source>Endpoint &apos;%1&apos; needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it when asked; it is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no endpoint &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::EndpointDetailsPage</name>
    <message>
        <source>The project already has an endpoint named %1; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::EndpointWizard</name>
    <message>
        <source>New source endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New target endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::EnginePage</name>
    <message>
        <source>Source database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of database Ferry reads the data from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of database Ferry writes the data to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) use this endpoint: %1. Their table mappings are kept as they are when the engine changes; check them with Edit Mapping afterwards.</source>
        <translation>
            <numerusform>%n task uses this endpoint: %1. Its table mapping is kept as it is when the engine changes; check it with Edit Mapping afterwards.</numerusform>
            <numerusform>%n tasks use this endpoint: %1. Their table mappings are kept as they are when the engine changes; check them with Edit Mapping afterwards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ErrorBanner</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::ExceptionsView</name>
    <message>
        <source>The rejected rows could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rejected rows for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rejected row(s) loaded</source>
        <translation>
            <numerusform>%1 of %n rejected row loaded</numerusform>
            <numerusform>%1 of %n rejected rows loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>All tables (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 into %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rejected row to see its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row from %1 into %2, slice %3 (values as read from the source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row from %1 into %2, slice %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (The target did not name a column.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-apply %n &amp;selected row(s)</source>
        <translation>
            <numerusform>Re-apply %n &amp;selected row</numerusform>
            <numerusform>Re-apply %n &amp;selected rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-apply &amp;selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a table to re-apply all of its rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every rejected row of %1, with your fixes, into its target table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-applying was cancelled; tables already written stay written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows could not be re-applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-applying %n row(s)…</source>
        <translation>
            <numerusform>Re-applying %n row…</numerusform>
            <numerusform>Re-applying %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) re-applied.</source>
        <translation>
            <numerusform>%n row re-applied.</numerusform>
            <numerusform>%n rows re-applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused again: see the new error.</source>
        <translation>
            <numerusform>%n row refused again: see the new error.</numerusform>
            <numerusform>%n rows refused again: see the new error.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not re-applied.</source>
        <translation>
            <numerusform>%n row not re-applied.</numerusform>
            <numerusform>%n rows not re-applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules changed: re-apply the rows to derive them again with the new rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s rules could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1.%2: %3 → %4 (rule %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The rules give %n target column(s) another type than the target table has:</source>
        <translation>
            <numerusform>The rules give %n target column another type than the target table has:</numerusform>
            <numerusform>The rules give %n target columns another type than the target table has:</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the target table&apos;s columns and re-apply the rows? The rows already in the table are converted by the target; if one does not convert nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Target Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::LogView</name>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a line to read its whole message here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::MainWindow</name>
    <message>
        <source>Table statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project: source and target endpoints, tables to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Ferry project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the project and show the welcome page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run sa&amp;mple migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the sports-ticketing sample (1,000,000 tickets) and migrate it into an SQLite copy, with live statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Ferry Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Endpoint...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a database endpoint to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Mapping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tables of the selected task and how they are renamed or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the selected task&apos;s last run where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running task; it can be resumed (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh Catalogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the source and target catalogs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; run it again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample project could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample project ready: press Run (F5) to migrate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry projects (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connecting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: no password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for endpoint %1 (kept for this session only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry projects (*.ferry.yaml *.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] - Ferry Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Ferry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry Workbench %1

A database migration workbench: PostgreSQL, MySQL/MariaDB, SQLite and ODBC sources; full load with live statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1.%2 again from the source? Its rows in the target are replaced; the other tables of task %3 stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected task; when it ran before, asks whether to resume it or restart it (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart drops the target tables, creates them again and loads every table from the start (TargetTablePrepMode %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart empties the target tables and loads every table from the start (TargetTablePrepMode %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart loads every table again into the target tables as they are: the rows already there stay, so rows can be doubled (TargetTablePrepMode %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run: %1

Resume continues that run: the tables it finished keep their rows. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <extracomment>Buttons of the Resume or Restart question; %1 is the prep mode, e.g. DROP_AND_CREATE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume or Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 ran before on this target. Resume it, or restart it from the beginning?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last run of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 - %3, %4 rows/s</source>
        <extracomment>Status bar while a task runs: task, state, &quot;3 of 4 tables loaded&quot;, rows per second</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 - %3, %4 in error, %Ln completed with errors</source>
        <extracomment>Status bar after a run: task, state, &quot;3 of 4 tables loaded&quot;, tables in error; %n: tables loaded whose target rejected rows (or refused an index or key)</extracomment>
        <translation>
            <numerusform>%1: %2 - %3, %4 in error, %Ln completed with errors</numerusform>
            <numerusform>%1: %2 - %3, %4 in error, %Ln completed with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln table(s) loaded</source>
        <extracomment>Status bar: %1 tables loaded of %Ln tables</extracomment>
        <translation>
            <numerusform>%1 of %Ln table loaded</numerusform>
            <numerusform>%1 of %Ln tables loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing the sample database (%1 ticket(s))...</source>
        <translation>
            <numerusform>Writing the sample database (%1 ticket)...</numerusform>
            <numerusform>Writing the sample database (%1 tickets)...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample: preparing %1 ticket(s) in %2</source>
        <translation>
            <numerusform>Sample: preparing %1 ticket in %2</numerusform>
            <numerusform>Sample: preparing %1 tickets in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>its earlier runs could not be read from the target&apos;s control tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not started: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its target tables could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run drops these tables and creates them again (TargetTablePrepMode %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run empties these tables before loading them (TargetTablePrepMode %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace their rows (%1)</source>
        <extracomment>%1: the prep mode, e.g. DROP_AND_CREATE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace existing rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Task %1 has not run on this target, but %n of its target tables already hold rows.</source>
        <translation>
            <numerusform>Task %1 has not run on this target, but %n of its target tables already holds rows.</numerusform>
            <numerusform>Task %1 has not run on this target, but %n of its target tables already hold rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing the connection of %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connection succeeded (%2 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not run on its target yet: there are no tables to reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::MappingDialog</name>
    <message>
        <source>Table Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the edited mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table Mapping of Task %1</source>
        <extracomment>Window title of the mapping dialog: %1 is the task&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Mapping Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to the table mapping?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;Change data type&quot; rule needs its columns and a type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::MappingEditor</name>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include exactly (explicit)</source>
        <extracomment>Selection rule-action &quot;explicit&quot;: exactly the named table, no wildcards.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables and views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &quot;%1&quot; rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editor keeps this %1 rule as written; change it in the DMS JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import AWS DMS Table Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export AWS DMS Table Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported. %1: %2</source>
        <extracomment>Import error: &quot;table-mappings.json:3:14: &lt;what is wrong&gt; &lt;how to fix it&gt;&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 with warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the table mapping to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More warnings: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other rules kept as written (table settings and the like): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No selection rules: every table of every non-system schema is migrated (the DMS default mapping). Untick tables or add rules to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table is selected: tick the tables to migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables loaded: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection rules: %1, column filters: %2, transformations: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source catalog has been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked tables: %1 of %2, about %3 rows, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a type)</source>
        <extracomment>The data-type choice of a new &quot;Change data type&quot; rule, before one is chosen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the schema, table and column patterns and choose the new data type; until then the mapping cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a table of the source catalog the mapping can show: it was renamed or dropped on the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 has no column %2 in the mapping any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 decides column %2 of %3 (%4 on the target). Change the rule, then re-apply the rejected rows with the current rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule changes column %1 of %2: it is created as %3 from the source&apos;s type. Add a Change data type rule to give it another type, or fix the rows&apos; values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::MappingPage</name>
    <message>
        <source>Tables to migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the tables to migrate and add rules to rename or change them. Leave everything unticked to migrate every non-system schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry needs the password of %1 to read its tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password, then read the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) read from %1.</source>
        <translation>
            <numerusform>%n table read from %1.</numerusform>
            <numerusform>%n tables read from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the catalog was cancelled. Without it the task migrates every non-system schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the source&apos;s tables: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::MigrationTypePage</name>
    <message>
        <source>Migration type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the task does when it runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::MonitoringView</name>
    <message>
        <source>Last minute</source>
        <extracomment>Monitoring window choice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilobytes per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per second for one table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDC latency</source>
        <extracomment>Chart title: latency of change data capture</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per second: %1</source>
        <extracomment>Chart title; %1 is a table name such as main.ticket</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a table in Table statistics to chart its rows per second here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting rows per second for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at %1; still collecting (now at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1 rows/s read, %2 rows/s written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Charts as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Throughput as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: on average %1 rows/s read, %2 rows/s written over %3</source>
        <extracomment>After the task: %1 and %2 are rows per second over the whole run, %3 its duration</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::OdbcPage</name>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <extracomment>user or system data source</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODBC data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data sources below come from the ODBC driver manager (odbc.ini).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the data sources from the ODBC driver manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>scope of an ODBC data source: defined for this user (~/.odbc.ini)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>scope of an ODBC data source: defined for every user (odbc.ini)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ODBC driver manager knows no data source. Add one to odbc.ini (for example with odbcinst -i -s), then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n data source(s) found.</source>
        <translation>
            <numerusform>%n data source found.</numerusform>
            <numerusform>%n data sources found.</numerusform>
        </translation>
    </message>
    <message>
        <source>This endpoint connects through the driver %1 with its own connection options, which are kept. Choose a data source only to use it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::PasswordField</name>
    <message>
        <source>No system keyring is available, so Ferry cannot remember this password: it will ask for it each time it connects. The password is never written to the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged: leave empty to keep it</source>
        <extracomment>placeholder of the password field when an endpoint is edited</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::PreferencesDialog</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Ferry starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::ProjectDocument</name>
    <message>
        <source>The project has no file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use File &gt; Save As to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit mapping of task %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::ProjectLocationPage</name>
    <message>
        <source>Name and location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project is one YAML file: its endpoints, table mappings and tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file named %1 already exists in this folder. Finishing the wizard replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not exist yet; Ferry creates it when it saves the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the project file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new project?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::ProjectTreeMenu</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Mapping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete endpoint %1 from the project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database itself is not touched. Edit &gt; Undo brings the endpoint back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task %1 from the project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its tables and control tables on the target stay as they are. Edit &gt; Undo brings the task back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Endpoint %1 is used by %n task(s): %2. Delete them or choose other endpoints for them first.</source>
        <translation>
            <numerusform>Endpoint %1 is used by %n task: %2. Delete it or choose other endpoints for it first.</numerusform>
            <numerusform>Endpoint %1 is used by %n tasks: %2. Delete them or choose other endpoints for them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the endpoint&apos;s name, engine and connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load Tables...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose tables of the task&apos;s last run to load again from the source; the other tables stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::ProjectTreeModel</name>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source catalog: %1 (reading...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target catalog: %1 (reading...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::ProjectWizard</name>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::ReloadTablesDialog</name>
    <message>
        <source>Source table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload Tables of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the tables to load again from the source. Task %1 resumes: the rows of the checked tables in the target are replaced; its other tables stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 checked</source>
        <extracomment>%n: the number of checked tables, of %1 listed</extracomment>
        <translation>
            <numerusform>%n of %1 checked</numerusform>
            <numerusform>%n of %1 checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reload %n Table(s)</source>
        <translation>
            <numerusform>&amp;Reload %n Table</numerusform>
            <numerusform>&amp;Reload %n Tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ServerPage</name>
    <message>
        <source>MySQL or MariaDB server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the source server runs and how Ferry logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the target server runs and how Ferry logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: all databases the user can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISABLED: never use TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREFERRED (default): use TLS when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUIRED: always encrypt, do not check the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERIFY_CA: encrypt and check the certificate&apos;s CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERIFY_IDENTITY: encrypt, check the CA and the host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable: never use TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow: use TLS only when the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefer (default): use TLS when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require: always encrypt, do not check the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-ca: encrypt and check the certificate&apos;s CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full: encrypt, check the CA and the host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::SqlitePage</name>
    <message>
        <source>SQLite database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file Ferry writes the migrated tables to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file Ferry reads the tables from. It is opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the target database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the source database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder: name the database file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist yet: testing the connection creates an empty database there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist yet, and the box below is not ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the database file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish writes this project file. No password is written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3. Password: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: full load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: full load and ongoing replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mapping rule(s), named %1.</source>
        <translation>
            <numerusform>%n mapping rule, named %1.</numerusform>
            <numerusform>%n mapping rules, named %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The default mapping: every table of every non-system schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the project file: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a target table that already exists is dropped and created again when the task runs from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a target table that already exists is kept and emptied before it is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a target table that already exists is kept with its rows; the loaded rows are added to them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::TableStatisticsView</name>
    <message>
        <source>Table statistics (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table statistics (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Exceptions for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; about %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this table again from the source; the other tables stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln table(s) loaded</source>
        <extracomment>Totals line: %1 tables loaded of %Ln tables</extracomment>
        <translation>
            <numerusform>%1 of %Ln table loaded</numerusform>
            <numerusform>%1 of %Ln tables loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 full-load row(s)</source>
        <translation>
            <numerusform>%1 full-load row</numerusform>
            <numerusform>%1 full-load rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 error row(s)</source>
        <translation>
            <numerusform>%1 error row</numerusform>
            <numerusform>%1 error rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1, %2, %3</source>
        <extracomment>Totals line: the parts above, e.g. &quot;Total: 3 of 4 tables loaded, 1,000 full-load rows, 2 error rows&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 truncated LOB value(s)</source>
        <translation>
            <numerusform>%1 truncated LOB value</numerusform>
            <numerusform>%1 truncated LOB values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ThroughputChart</name>
    <message>
        <source>Elapsed time (%1)</source>
        <extracomment>Time axis title; %1 is the clock format, &quot;m:ss&quot; or &quot;h:mm:ss&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h:mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 elapsed, at %2</source>
        <extracomment>Callout header: %1 elapsed time (m:ss), %2 wall-clock time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Callout line: %1 series name (&quot;Read from source&quot;), %2 value with unit</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::WelcomePage</name>
    <message>
        <source>Welcome to Ferry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry copies databases between PostgreSQL, MySQL/MariaDB, SQLite and ODBC sources, shows every table&apos;s progress live and keeps the rows it could not load with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate Ferry&apos;s sports-ticketing sample (SQLite, 1,000,000 tickets) and open a project that copies it into a new SQLite database; then press Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to Ferry? The sample runs a complete migration on this computer, with nothing to set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project: a source, a target and the tables to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Ferry project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::WorkbenchError</name>
    <message>
        <source>Enter the password again when asked. If the user name is wrong, edit the endpoint in the Project tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s settings and its password: edit the endpoint in the Project tree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::models::CatalogTreeModel</name>
    <message>
        <source>%1 : %2</source>
        <extracomment>A column in the catalog tree: its name and its type.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Schema %1: %2 of %n table(s) selected</source>
        <translation>
            <numerusform>Schema %1: %2 of %n table selected</numerusform>
            <numerusform>Schema %1: %2 of %n tables selected</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1.%2: about %3 rows, %4, %n column(s)</source>
        <translation>
            <numerusform>%1.%2: about %3 rows, %4, %n column</numerusform>
            <numerusform>%1.%2: about %3 rows, %4, %n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1, %2, nullable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1, %2, not null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Catalog tree header: schema, table or column name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemas, tables and their columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated row count, from the source&apos;s statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Catalog tree header: the table&apos;s size on disk.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table size on the source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::models::ExceptionsModel</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A rejected row&apos;s reason: %1 the sentence, %2 the database&apos;s own message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source table of the rejected row, and where it was to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slice of the table the row was loaded with</source>
        <extracomment>Column header: the slice (part of a table loaded in one transaction)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column whose value the target refused, when it said which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the target refused the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved fixes, or the outcome of the last re-apply</source>
        <extracomment>Column header: state of a rejected row (edited, re-applied, rejected again)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <extracomment>State of a rejected row: the user changed values that are not re-applied yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not re-applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in the exceptions table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited: the new values are not re-applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::models::LogModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::models::MappingPreviewModel</name>
    <message>
        <source>%1: %2 %3</source>
        <extracomment>The engine rejected the mapping: where (e.g. &quot;rule 3&quot;), what, how to fix it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not selected</source>
        <extracomment>Preview: the table is not migrated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No selection rule selects %1, or an exclude rule excludes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <extracomment>Preview: which selection rule selects the table.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source filters: %1</source>
        <extracomment>Preview: how many source filters choose the table&apos;s rows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is loaded into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <extracomment>Preview: a column a remove-column (or include-column) rule drops.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule removes column %1 from the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed, type changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed, type changed (rule %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed (rule %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type changed (rule %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added (rule %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added (rule %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Mapping preview header: the source table or column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <extracomment>Mapping preview header: the target table or column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <extracomment>Mapping preview header: what the rules do to the object.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortened to the target&apos;s name limit</source>
        <extracomment>Preview: a name cut to the target&apos;s identifier limit, with a hash suffix.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed: another foreign key in the target schema has this name</source>
        <extracomment>Preview: a foreign key renamed because its name is taken on the target.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed: another table, index or key in the target has this name</source>
        <extracomment>Preview: an index or key renamed because its name is taken on the target.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is created as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::models::RowImageModel</name>
    <message>
        <source>Target column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value the target refused (as stored with the rejected row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value to write instead: double-click to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write NULL (no value) instead</source>
        <extracomment>Column header: a checkbox that writes SQL NULL instead of a value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL</source>
        <extracomment>Shown for a SQL NULL value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the target refused the row, next to the column it named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to enter a new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write NULL (no value) for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not computed)</source>
        <extracomment>A column whose value its add-column rule did not compute for this row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule that computes %1 failed for this row: enter a value, or fix the rule and re-apply with the current rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::models::TableStatisticsModel</name>
    <message>
        <source>&lt; 1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 m %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>Progress percent, e.g. &quot;42.5 %&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed load time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full load rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows the target rejected during the full load; they are kept as exceptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total rows include loaded source table rows from Inserts, Deletes, Updates, DDLs, and Full load rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read against the source&apos;s row estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <extracomment>Estimated time until a table is loaded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated from the table&apos;s own rate so far and the source&apos;s row estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of about %2 rows loaded or rejected, %3 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is loaded, but the target could not build:
%1</source>
        <extracomment>Tooltip of a completed table: %1 lists indexes/keys the target refused.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited LOB mode: LOB values longer than %1 KB are truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full LOB mode: LOB values are moved whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated LOBs</source>
        <extracomment>LOB values (BLOB, TEXT, bytea...) cut to the limited LOB mode&apos;s maximum size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOB values cut to the maximum size of limited LOB mode; the target&apos;s control table lob_truncations lists each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: see the Exceptions tab.</source>
        <extracomment>Details of a table completed with errors</extracomment>
        <translation>
            <numerusform>%n row rejected: see the Exceptions tab.</numerusform>
            <numerusform>%n rows rejected: see the Exceptions tab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <extracomment>Details of a completed table: %1 lists the indexes/keys the target refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Column header: why a table failed or what its load left behind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a table was suspended, or what a table completed with errors left behind: rejected rows, indexes or keys the target refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ferry&apos;s database migration workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the main window, check that it and its icons render, and quit after a second (exit code 0 on success).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Ferry project file to open (optional).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
