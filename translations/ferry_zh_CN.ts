<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>ferry: %1
Run &apos;ferry --help&apos; for usage.
</source>
        <translation>ferry: %1
运行 &apos;ferry --help&apos; 查看用法。
</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>选项 --%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>未知选项 --%1</translation>
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
        <translation>  位置：%1
</translation>
    </message>
    <message>
        <source>  detail: %1
</source>
        <translation>  详细信息：%1
</translation>
    </message>
    <message>
        <source>  fix: %1
</source>
        <translation>  解决方法：%1
</translation>
    </message>
    <message>
        <source>--password-from must be &apos;env&apos;, &apos;keyring&apos; or &apos;prompt&apos;, not &apos;%1&apos;</source>
        <translation>--password-from 必须是 &apos;env&apos;、&apos;keyring&apos; 或 &apos;prompt&apos;，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>ferry: warning: a password in the connection URI can leak through shell history and process lists; use FERRY_%1_PASSWORD instead.
</source>
        <translation>ferry: 警告：连接 URI 中的密码可能通过 shell 历史记录和进程列表泄露；请改用 FERRY_%1_PASSWORD。
</translation>
    </message>
    <message>
        <source>ferry: warning: --password-from prompt needs a terminal on standard input; connecting without a password.
</source>
        <translation>ferry: 警告：--password-from prompt 要求标准输入是终端；将不使用密码进行连接。
</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Check the file name and its permissions.</source>
        <translation>请检查文件名及其权限。</translation>
    </message>
    <message>
        <source>test-connection takes exactly one connection URI</source>
        <translation>test-connection 只接受一个连接 URI</translation>
    </message>
    <message>
        <source>--role must be &apos;source&apos; or &apos;target&apos;, not &apos;%1&apos;</source>
        <translation>--role 必须是 &apos;source&apos; 或 &apos;target&apos;，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Connected to %1 %2 at %3 in %4 ms.
</source>
        <translation>已连接到 %3 上的 %1 %2，用时 %4 毫秒。
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>%1 %2, database %3
</source>
        <translation>%1 %2，数据库 %3
</translation>
    </message>
    <message numerus="yes">
        <source>schema %1: %n table(s)</source>
        <translation>
            <numerusform>架构 %1：%n 个表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n view(s)</source>
        <translation>
            <numerusform>，%n 个视图</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n routine(s)</source>
        <translation>
            <numerusform>，%n 个例程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n trigger(s)</source>
        <translation>
            <numerusform>，%n 个触发器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n sequence(s)</source>
        <translation>
            <numerusform>，%n 个序列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n type(s)
</source>
        <translation>
            <numerusform>，%n 个类型
</numerusform>
        </translation>
    </message>
    <message>
        <source>  table %1 (~%2 rows)
</source>
        <translation>  表 %1（约 %2 行）
</translation>
    </message>
    <message>
        <source>  view %1
</source>
        <translation>  视图 %1
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
        <translation>  触发器 %1（作用于 %2）
</translation>
    </message>
    <message>
        <source>  sequence %1
</source>
        <translation>  序列 %1
</translation>
    </message>
    <message>
        <source>  type %1 (%2)
</source>
        <translation>  类型 %1（%2）
</translation>
    </message>
    <message>
        <source>catalog takes exactly one connection URI</source>
        <translation>catalog 只接受一个连接 URI</translation>
    </message>
    <message>
        <source>keyring needs &apos;store URI&apos; or &apos;forget URI&apos;</source>
        <translation>keyring 需要 &apos;store URI&apos; 或 &apos;forget URI&apos;</translation>
    </message>
    <message>
        <source>keyring %1 takes exactly one connection URI</source>
        <translation>keyring %1 只接受一个连接 URI</translation>
    </message>
    <message>
        <source>remove the password from the URI; &apos;keyring store&apos; reads it from FERRY_%1_PASSWORD or a prompt</source>
        <translation>请从 URI 中删除密码；&apos;keyring store&apos; 会从 FERRY_%1_PASSWORD 或输入提示读取密码</translation>
    </message>
    <message>
        <source>No password was stored for %1.
</source>
        <translation>没有为 %1 存储密码。
</translation>
    </message>
    <message>
        <source>Removed the password for %1 from the system keyring.
</source>
        <translation>已从系统密钥环中删除 %1 的密码。
</translation>
    </message>
    <message>
        <source>no password to store: set FERRY_%1_PASSWORD or run on a terminal to be prompted</source>
        <translation>没有可存储的密码：请设置 FERRY_%1_PASSWORD，或在终端上运行以便提示输入</translation>
    </message>
    <message>
        <source>Stored the password for %1 in the system keyring.
</source>
        <translation>已将 %1 的密码存储到系统密钥环中。
</translation>
    </message>
    <message>
        <source>import-dms needs TABLE_MAPPINGS.json and optionally TASK_SETTINGS.json</source>
        <translation>import-dms 需要 TABLE_MAPPINGS.json，以及可选的 TASK_SETTINGS.json</translation>
    </message>
    <message>
        <source>import-dms needs --project FILE</source>
        <translation>import-dms 需要 --project FILE</translation>
    </message>
    <message>
        <source>ferry: nothing was imported; fix the errors above.
</source>
        <translation>ferry: 未导入任何内容；请修复上述错误。
</translation>
    </message>
    <message numerus="yes">
        <source>%n task setting(s) Ferry does not know were not stored in %1: %2
</source>
        <translation>
            <numerusform>%n 个 Ferry 无法识别的任务设置未存储到 %1 中：%2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s) into mapping &apos;%1&apos; of %2</source>
        <translation>
            <numerusform>已将 %n 条规则导入 %2 的映射 &apos;%1&apos;</numerusform>
        </translation>
    </message>
    <message>
        <source>, with task settings.
</source>
        <translation>，并包含任务设置。
</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>export-dms needs --project FILE</source>
        <translation>export-dms 需要 --project FILE</translation>
    </message>
    <message>
        <source>export-dms needs either --mapping NAME or --task-settings</source>
        <translation>export-dms 需要 --mapping NAME 或 --task-settings</translation>
    </message>
    <message>
        <source>The project %1 has no mapping &apos;%2&apos;.</source>
        <translation>项目 %1 中没有映射 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>The project defines no mappings.</source>
        <translation>该项目未定义任何映射。</translation>
    </message>
    <message>
        <source>Mappings: %1.</source>
        <translation>映射：%1。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&lt; 1 s</source>
        <translation>&lt; 1 秒</translation>
    </message>
    <message>
        <source>%1 h %2 m %3 s</source>
        <translation>%1 小时 %2 分 %3 秒</translation>
    </message>
    <message>
        <source>%1 m %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1  %2  %3 of %4 tables  %5 rows/s  %6 KB/s  elapsed %7%8</source>
        <translation>%1  %2  %3/%4 个表  %5 行/秒  %6 KB/秒  已用时间 %7%8</translation>
    </message>
    <message>
        <source>  ETA %1</source>
        <translation>  预计剩余 %1</translation>
    </message>
    <message>
        <source>, %1 rejected</source>
        <translation>，%1 行被拒绝</translation>
    </message>
    <message>
        <source>  ... and %1 more tables</source>
        <translation>  ... 以及另外 %1 个表</translation>
    </message>
    <message>
        <source>%1: %2 (%3 rows%4)
</source>
        <translation>%1：%2（%3 行%4）
</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5</source>
        <translation>%1 %2 %3 %4 %5</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Load state</source>
        <translation>加载状态</translation>
    </message>
    <message>
        <source>Full load rows</source>
        <translation>完全加载行数</translation>
    </message>
    <message>
        <source>Error rows</source>
        <translation>错误行数</translation>
    </message>
    <message>
        <source>Elapsed load time</source>
        <translation>已用加载时间</translation>
    </message>
    <message>
        <source>    error: %1</source>
        <translation>    错误：%1</translation>
    </message>
    <message>
        <source>%1: %2 tables loaded, %3 in error; %4 rows in %5 (%6 rows/s, %7 MB/s); %8 rows rejected; peak memory %9 MB.</source>
        <translation>%1：已加载 %2 个表，%3 个出错；%4 行，用时 %5（%6 行/秒，%7 MB/秒）；%8 行被拒绝；内存峰值 %9 MB。</translation>
    </message>
    <message>
        <source>Rejected rows and their reasons are in the target&apos;s control table exceptions (ferry_control).</source>
        <translation>被拒绝的行及其原因记录在目标的控制表 exceptions (ferry_control) 中。</translation>
    </message>
    <message>
        <source>Log and statistics: %1</source>
        <translation>日志和统计信息：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a table pattern: write schema.table, with % as wildcard (e.g. &apos;sales.%&apos;).</source>
        <translation>&apos;%1&apos; 不是表名模式：请写成 schema.table，用 % 作为通配符（例如 &apos;sales.%&apos;）。</translation>
    </message>
    <message>
        <source>--rows needs a number of at least 100</source>
        <translation>--rows 需要一个不小于 100 的数字</translation>
    </message>
    <message>
        <source>migrate needs SOURCE_URI and TARGET_URI</source>
        <translation>migrate 需要 SOURCE_URI 和 TARGET_URI</translation>
    </message>
    <message>
        <source>run needs PROJECT</source>
        <translation>run 需要 PROJECT</translation>
    </message>
    <message>
        <source>sample needs the path of the SQLite file to write</source>
        <translation>sample 需要要写入的 SQLite 文件的路径</translation>
    </message>
    <message>
        <source>demo takes no arguments</source>
        <translation>demo 不接受参数</translation>
    </message>
    <message>
        <source>Generating the sports-ticketing sample (%1 tickets) in %2 ...
</source>
        <translation>正在 %2 中生成体育票务示例数据（%1 张票）...
</translation>
    </message>
    <message>
        <source>Migrating %1 -&gt; %2
</source>
        <translation>正在迁移 %1 -&gt; %2
</translation>
    </message>
    <message>
        <source>--reload-table needs SCHEMA.TABLE, got &apos;%1&apos;</source>
        <translation>--reload-table 需要 SCHEMA.TABLE，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--table needs SCHEMA.TABLE (the source table), got &apos;%1&apos;</source>
        <translation>--table 需要 SCHEMA.TABLE（源表），收到 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>(%1 bytes, not kept)</source>
        <translation>（%1 字节，未保存）</translation>
    </message>
    <message>
        <source>Task %1 has no rejected rows%2.
</source>
        <translation>任务 %1 没有被拒绝的行%2。
</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>  #%1  slice %2%3: %4
</source>
        <translation>  #%1  分片 %2%3：%4
</translation>
    </message>
    <message>
        <source>  column %1</source>
        <translation>  列 %1</translation>
    </message>
    <message>
        <source>--id needs the number of a rejected row (as &apos;ferry exceptions list&apos; shows it), got &apos;%1&apos;</source>
        <translation>--id 需要被拒绝行的编号（如 &apos;ferry exceptions list&apos; 所示），收到 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No rejected rows to re-apply.
</source>
        <translation>没有要重新应用的被拒绝行。
</translation>
    </message>
    <message>
        <source>Changed column %1 of %2 from %3 to %4 (rule %5).
</source>
        <translation>已将 %2 的列 %1 从 %3 更改为 %4（规则 %5）。
</translation>
    </message>
    <message>
        <source>Column %1 of %2 is %3; rule %5 makes it %4.
</source>
        <translation>%2 的列 %1 是 %3；规则 %5 将其设为 %4。
</translation>
    </message>
    <message>
        <source>Add --change-column-types to change those columns on the target (the rows already there are converted), or reload the table.
</source>
        <translation>添加 --change-column-types 以在目标上更改这些列（已有的行会被转换），或重新加载该表。
</translation>
    </message>
    <message>
        <source>exceptions needs &apos;list PROJECT&apos; or &apos;reapply PROJECT&apos;</source>
        <translation>exceptions 需要 &apos;list PROJECT&apos; 或 &apos;reapply PROJECT&apos;</translation>
    </message>
    <message>
        <source>--id, --with-rules and --change-column-types are for &apos;exceptions reapply&apos;</source>
        <translation>--id、--with-rules 和 --change-column-types 用于 &apos;exceptions reapply&apos;</translation>
    </message>
    <message>
        <source>--change-column-types goes with --with-rules</source>
        <translation>--change-column-types 需与 --with-rules 一起使用</translation>
    </message>
    <message>
        <source>%1 -&gt; %2, rejected rows: %3
</source>
        <translation>%1 -&gt; %2，被拒绝的行：%3
</translation>
    </message>
    <message>
        <source>Re-applied: %1, refused again: %2, not re-applied: %3.
</source>
        <translation>已重新应用：%1，再次被拒绝：%2，未重新应用：%3。
</translation>
    </message>
    <message>
        <source>    not created: %1</source>
        <translation>    未创建：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n index(es), key(s) or foreign key(s) could not be created (listed above with the server&apos;s reason); the rows of their tables are loaded.</source>
        <translation>
            <numerusform>%n 个索引、键或外键无法创建（已在上方列出服务器给出的原因）；其所在表的行已加载。</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 LOBs truncated</source>
        <translation>，%1 个 LOB 被截断</translation>
    </message>
    <message>
        <source>Truncated LOBs</source>
        <translation>截断的 LOB</translation>
    </message>
    <message>
        <source>%1 LOB values were truncated (limited LOB mode); the target&apos;s control table lob_truncations (ferry_control) lists each one with its row key and lengths.</source>
        <translation>%1 个 LOB 值已被截断（受限 LOB 模式）；目标的控制表 lob_truncations (ferry_control) 逐一列出了它们的行键和长度。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>ferry: cannot create the directory %1
</source>
        <translation>ferry：无法创建目录 %1
</translation>
    </message>
    <message>
        <source>convert needs --out DIR</source>
        <translation>convert 需要 --out DIR</translation>
    </message>
    <message>
        <source>--target-engine must be postgresql, mysql, mariadb or sqlite</source>
        <translation>--target-engine 必须是 postgresql、mysql、mariadb 或 sqlite</translation>
    </message>
    <message numerus="yes">
        <source>Converted %Ln object(s) into %1; action items: %2 (see conversion-report.json).
</source>
        <translation>
            <numerusform>已将 %Ln 个对象转换到 %1；待办事项：%2（见 conversion-report.json）。
</numerusform>
        </translation>
    </message>
    <message>
        <source>ferry: the directory %1 does not exist
</source>
        <translation>ferry：目录 %1 不存在
</translation>
    </message>
    <message>
        <source>  [destructive]</source>
        <translation>  [破坏性]</translation>
    </message>
    <message>
        <source>  [destructive: refused without --allow-destructive]</source>
        <translation>  [破坏性：未指定 --allow-destructive 时拒绝]</translation>
    </message>
    <message>
        <source>  [exists on the target: this statement will fail]</source>
        <translation>  [目标上已存在：此语句将失败]</translation>
    </message>
    <message numerus="yes">
        <source>Plan: %Ln statement(s), %1 destructive; nothing was changed.
</source>
        <translation>
            <numerusform>计划：%Ln 条语句，其中 %1 条具有破坏性；未做任何更改。
</numerusform>
        </translation>
    </message>
    <message>
        <source>apply needs --sql DIR and one target connection URI</source>
        <translation>apply 需要 --sql DIR 和一个目标连接 URI</translation>
    </message>
    <message>
        <source>give --pre-data or --post-data, not both (neither: both parts)</source>
        <translation>请指定 --pre-data 或 --post-data，不能同时指定（都不指定：两部分都运行）</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1：</translation>
    </message>
    <message numerus="yes">
        <source>Applied %1 of %Ln statement(s); failed: %2.
</source>
        <translation>
            <numerusform>已应用 %Ln 条语句中的 %1 条；失败：%2。
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 takes exactly one source connection URI</source>
        <translation>%1 需要且仅需要一个源连接 URI</translation>
    </message>
    <message>
        <source>--format must be html, csv or json</source>
        <translation>--format 必须是 html、csv 或 json</translation>
    </message>
    <message>
        <source>Wrote the assessment to %1.
</source>
        <translation>已将评估写入 %1。
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
        <translation>用法：ferry [--help] [--version] COMMAND [ARGS]

Ferry 在不同数据库引擎之间迁移数据库，并证明没有丢失任何数据。

命令：
  test-connection URI [--role source|target] [--password-from SOURCE] [--json]
                      连接数据库，检查版本和权限，并解释任何失败的原因。
  catalog URI [--json] [--schema S]... [--password-from SOURCE]
                      读取数据库目录：表、列（含原生类型和规范类型）、键、
                      索引、视图、例程、触发器、序列和用户定义类型。
  keyring store URI [--role source|target]
                      将 URI 的密码保存到系统密钥环中。密码来自
                      FERRY_SOURCE_PASSWORD（使用 --role target 时为
                      FERRY_TARGET_PASSWORD）或隐藏的输入提示，绝不来自命令行。
  keyring forget URI  从系统密钥环中删除为 URI 保存的密码。
  import-dms TABLE_MAPPINGS.json [TASK_SETTINGS.json] --project FILE [--mapping NAME]
                      将 AWS DMS 表映射（及任务设置）以映射 NAME 的名称放入项目文件
                      （默认：JSON 文件的基本名称）；FILE 不存在时会创建项目。
  export-dms --project FILE (--mapping NAME | --task-settings)
                      以 DMS JSON 格式输出映射（或项目的任务设置）。
  migrate SOURCE_URI TARGET_URI [--include &apos;schema.table%&apos;] [--exclude ...]
          [--mappings table-mappings.json] [--settings task-settings.json]
          [--task-name NAME] [--resume] [--json] [--run-dir DIR]
                      不使用项目的完全加载：在目标上创建表，加载所有行，然后创建
                      键、索引和外键。状态保存在目标上：--resume 可继续已停止或
                      被终止的运行。
  run PROJECT [--task NAME] [--resume] [--reload-table SCHEMA.TABLE]...
          [--json] [--run-dir DIR]
                      运行项目文件中的完全加载任务。--reload-table 从头重新加载该表
                      （migrate 也可使用）。
  exceptions list PROJECT [--task NAME] [--table SCHEMA.TABLE] [--json]
                      任务目标拒绝的行：原因、列、值。
  exceptions reapply PROJECT [--task NAME] [--table SCHEMA.TABLE | --id N...]
          [--with-rules [--change-column-types]] [--json]
                      重新写入这些行（全部、某个表的或按编号）；成功加载的行会离开异常表。
                      --with-rules 按项目当前的映射规则重新推导这些行。
  convert SOURCE_URI --target-engine postgresql|mysql|mariadb|sqlite --out DIR
          [--schema S]... [--mappings table-mappings.json]
                      写出在目标上创建源架构的 SQL：按应用顺序编号的文件
                      （pre-data 在加载之前，post-data 在加载之后）以及
                      conversion-report.json。仍有待办事项时退出码为 4（文件照样写出）。
  assess SOURCE_URI --target-engine ENGINE [--format html|csv|json] [--out FILE]
          [--schema S]... [--mappings table-mappings.json]
                      评估：哪些对象可自动转换、带工作量估算的待办事项，
                      以及迁移前检查。
  apply --sql DIR TARGET_URI [--pre-data | --post-data] [--plan]
          [--allow-destructive]
                      按顺序在目标上逐条语句运行这些文件；--plan 只列出它们，
                      不做任何更改。DROP、TRUNCATE 和 DELETE 仅在指定
                      --allow-destructive 时运行。
  demo [--rows N] [--data-dir DIR] [--json]
                      生成体育票务示例数据（默认 1,000,000 张票）并将其迁移到
                      一个 SQLite 副本中，同时显示进度。
  sample PATH [--rows N]
                      将确定性的体育票务示例数据库（SQLite）写入 PATH。
  types TYPE... --source ENGINE [--target ENGINE] [--json]
                      将源引擎（mysql、mariadb、postgresql、sqlite、sqlserver、oracle）
                      的原生类型映射为 Ferry 在各目标上创建的类型，并说明目标无法保留
                      的内容。
  types --markdown [--source ENGINE --target ENGINE] | --write-docs DIR
                      输出一张类型映射表（docs/type-mapping.md），或将全部写入 DIR。

连接 URI：
  postgresql://user@host:5432/database?sslmode=require
  mysql://user@host:3306/database?ssl-mode=REQUIRED   （也可用 mariadb://）
  sqlite:///absolute/path.db   sqlite:relative/path.db
  odbc://DSN   odbc:///?driver=NAME&amp;server=HOST&amp;database=DB

密码依次从以下来源读取：FERRY_SOURCE_PASSWORD（使用 --role target 时为
FERRY_TARGET_PASSWORD），然后是系统密钥环（如果有正在运行的密钥环服务），然后是
引擎自己的文件（~/.pgpass、~/.my.cnf），最后在登录失败后于终端上提示输入。
--password-from env|keyring|prompt 只使用指定的来源。写在 URI 中的密码也可以
使用，但不建议这样做。

退出代码：0 成功，1 内部错误，2 用法错误，3 连接失败，
4 部分失败，5 输入无效，130 已中断。
</translation>
    </message>
    <message>
        <source>--%1 must be one of mysql, mariadb, postgresql, sqlite, sqlserver, oracle, not &apos;%2&apos;</source>
        <translation>--%1 必须是 mysql、mariadb、postgresql、sqlite、sqlserver、oracle 之一，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>ferry: cannot write %1: %2
</source>
        <translation>ferry: 无法写入 %1：%2
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n type-mapping document(s) under %1.
</source>
        <translation>
            <numerusform>已在 %1 下写入 %n 个类型映射文档。
</numerusform>
        </translation>
    </message>
    <message>
        <source>types --markdown needs both --source and --target, or neither (the index)</source>
        <translation>types --markdown 需要同时指定 --source 和 --target，或都不指定（索引）</translation>
    </message>
    <message>
        <source>types needs native type names and --source ENGINE</source>
        <translation>types 需要原生类型名和 --source ENGINE</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPage</name>
    <message>
        <source>Connection:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>No system keyring is available, so Ferry cannot remember this password: it will ask for it each time it connects. The password is never written to the project file.</source>
        <translation>没有可用的系统密钥环，因此 Ferry 无法记住此密码：每次连接时都会询问。密码绝不会写入项目文件。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Connect with these details and check the privileges Ferry needs.</source>
        <translation>使用这些详细信息进行连接，并检查 Ferry 所需的权限。</translation>
    </message>
    <message>
        <source>C&amp;ancel test</source>
        <translation>取消测试(&amp;A)</translation>
    </message>
    <message>
        <source>Stop the running connection test.</source>
        <translation>停止正在运行的连接测试。</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>正在测试连接</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>显示详细信息</translation>
    </message>
    <message>
        <source>Show the driver&apos;s own message.</source>
        <translation>显示驱动程序自身的消息。</translation>
    </message>
    <message>
        <source>&amp;Save the endpoint without a successful connection test</source>
        <translation>在连接测试未成功的情况下保存终端节点(&amp;S)</translation>
    </message>
    <message>
        <source>For a server that cannot be reached from this computer yet; you can test the endpoint again later.</source>
        <translation>适用于此计算机暂时无法访问的服务器；您可以稍后再次测试该终端节点。</translation>
    </message>
</context>
<context>
    <name>EndpointChoicePage</name>
    <message>
        <source>Use an &amp;existing endpoint:</source>
        <translation>使用现有终端节点(&amp;E)：</translation>
    </message>
    <message>
        <source>Existing endpoint</source>
        <translation>现有终端节点</translation>
    </message>
    <message>
        <source>Create a ne&amp;w endpoint</source>
        <translation>新建终端节点(&amp;W)</translation>
    </message>
</context>
<context>
    <name>EnginePage</name>
    <message>
        <source>&amp;PostgreSQL</source>
        <translation>PostgreSQL(&amp;P)</translation>
    </message>
    <message>
        <source>A PostgreSQL server on the network or on this computer: host, port, database and user.</source>
        <translation>网络上或此计算机上的 PostgreSQL 服务器：主机、端口、数据库和用户。</translation>
    </message>
    <message>
        <source>&amp;MySQL or MariaDB</source>
        <translation>MySQL 或 MariaDB(&amp;M)</translation>
    </message>
    <message>
        <source>A MySQL or MariaDB server on the network or on this computer: host, port, database and user.</source>
        <translation>网络上或此计算机上的 MySQL 或 MariaDB 服务器：主机、端口、数据库和用户。</translation>
    </message>
    <message>
        <source>S&amp;QLite</source>
        <translation>SQLite(&amp;Q)</translation>
    </message>
    <message>
        <source>A SQLite database file on this computer.</source>
        <translation>此计算机上的 SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>&amp;ODBC data source</source>
        <translation>ODBC 数据源(&amp;O)</translation>
    </message>
    <message>
        <source>Any database with an ODBC driver, through a data source (DSN) set up in the ODBC driver manager.</source>
        <translation>任何具有 ODBC 驱动程序的数据库，通过在 ODBC 驱动程序管理器中设置的数据源 (DSN) 访问。</translation>
    </message>
</context>
<context>
    <name>EngineTr</name>
    <message>
        <source>Could not use the system keyring for %1: no keyring service is running.</source>
        <translation>无法使用系统密钥环来处理 %1：没有正在运行的密钥环服务。</translation>
    </message>
    <message>
        <source>Start a Secret Service provider (GNOME Keyring, KWallet or KeePassXC) in the session, or give the password through FERRY_SOURCE_PASSWORD / FERRY_TARGET_PASSWORD or the prompt.</source>
        <translation>请在会话中启动 Secret Service 提供程序（GNOME Keyring、KWallet 或 KeePassXC），或通过 FERRY_SOURCE_PASSWORD / FERRY_TARGET_PASSWORD 或输入提示提供密码。</translation>
    </message>
    <message>
        <source>Could not use the system keyring for %1: the keyring is locked.</source>
        <translation>无法使用系统密钥环来处理 %1：密钥环已锁定。</translation>
    </message>
    <message>
        <source>Unlock the keyring (log in to the desktop session or open the keyring manager), or give the password through FERRY_SOURCE_PASSWORD / FERRY_TARGET_PASSWORD or the prompt.</source>
        <translation>请解锁密钥环（登录桌面会话或打开密钥环管理器），或通过 FERRY_SOURCE_PASSWORD / FERRY_TARGET_PASSWORD 或输入提示提供密码。</translation>
    </message>
    <message>
        <source>Check that the keyring service works (for example with &apos;secret-tool search service %1&apos;).</source>
        <translation>请检查密钥环服务是否正常工作（例如使用 &apos;secret-tool search service %1&apos;）。</translation>
    </message>
    <message>
        <source>Could not read the password for %1 from the system keyring.</source>
        <translation>无法从系统密钥环中读取 %1 的密码。</translation>
    </message>
    <message>
        <source>The system keyring holds no password for %1.</source>
        <translation>系统密钥环中没有 %1 的密码。</translation>
    </message>
    <message>
        <source>Store one with &apos;ferry keyring store URI&apos;.</source>
        <translation>请使用 &apos;ferry keyring store URI&apos; 存储密码。</translation>
    </message>
    <message>
        <source>Refusing to store an empty password for %1 in the system keyring.</source>
        <translation>拒绝将 %1 的空密码存储到系统密钥环中。</translation>
    </message>
    <message>
        <source>Give the password through FERRY_SOURCE_PASSWORD or the prompt.</source>
        <translation>请通过 FERRY_SOURCE_PASSWORD 或输入提示提供密码。</translation>
    </message>
    <message>
        <source>Ferry password for %1</source>
        <translation>%1 的 Ferry 密码</translation>
    </message>
    <message>
        <source>Could not store the password for %1 in the system keyring.</source>
        <translation>无法将 %1 的密码存储到系统密钥环中。</translation>
    </message>
    <message>
        <source>Could not remove the password for %1 from the system keyring.</source>
        <translation>无法从系统密钥环中删除 %1 的密码。</translation>
    </message>
    <message>
        <source>Use one of postgresql://user@host:5432/database, mysql://user@host:3306/database, sqlite:///path/to/file.db or odbc://DSN</source>
        <translation>请使用以下格式之一：postgresql://user@host:5432/database、mysql://user@host:3306/database、sqlite:///path/to/file.db 或 odbc://DSN</translation>
    </message>
    <message>
        <source>The connection URI has no scheme.</source>
        <translation>连接 URI 中没有协议方案。</translation>
    </message>
    <message>
        <source>The connection URI scheme &apos;%1&apos; is not supported.</source>
        <translation>不支持连接 URI 方案 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>The SQLite URI names no file.</source>
        <translation>SQLite URI 未指定文件。</translation>
    </message>
    <message>
        <source>The ODBC URI must start with odbc://.</source>
        <translation>ODBC URI 必须以 odbc:// 开头。</translation>
    </message>
    <message>
        <source>Write odbc://DSN or odbc:///?driver=NAME&amp;server=...</source>
        <translation>请写成 odbc://DSN 或 odbc:///?driver=NAME&amp;server=...</translation>
    </message>
    <message>
        <source>The ODBC URI names neither a DSN nor a driver.</source>
        <translation>ODBC URI 既未指定 DSN，也未指定驱动程序。</translation>
    </message>
    <message>
        <source>The connection URI is malformed: %1.</source>
        <translation>连接 URI 格式不正确：%1。</translation>
    </message>
    <message>
        <source>A SQLite URI takes a file path, not a host (&apos;%1&apos;).</source>
        <translation>SQLite URI 需要文件路径，而不是主机（&apos;%1&apos;）。</translation>
    </message>
    <message>
        <source>Write sqlite:///absolute/path.db (three slashes) or sqlite:relative/path.db.</source>
        <translation>请写成 sqlite:///absolute/path.db（三个斜杠）或 sqlite:relative/path.db。</translation>
    </message>
    <message>
        <source>The database name &apos;%1&apos; contains a &apos;/&apos;.</source>
        <translation>数据库名称 &apos;%1&apos; 中包含 &apos;/&apos;。</translation>
    </message>
    <message>
        <source>An internal error stopped the request.</source>
        <translation>内部错误导致请求中止。</translation>
    </message>
    <message>
        <source>Please report this as a bug with the log.</source>
        <translation>请将此问题连同日志作为缺陷报告。</translation>
    </message>
    <message>
        <source>Could not write the sample database.</source>
        <translation>无法写入示例数据库。</translation>
    </message>
    <message>
        <source>Check that the directory exists, is writable and has free space.</source>
        <translation>请检查目录是否存在、是否可写以及是否有可用空间。</translation>
    </message>
    <message>
        <source>Could not move the sample database into place.</source>
        <translation>无法将示例数据库移动到目标位置。</translation>
    </message>
    <message>
        <source>Use a PostgreSQL, MySQL/MariaDB or SQLite endpoint as the target.</source>
        <translation>请使用 PostgreSQL、MySQL/MariaDB 或 SQLite 终端节点作为目标。</translation>
    </message>
    <message>
        <source>Could not read the column types of %1 for its filters.</source>
        <translation>无法读取 %1 的列类型以应用其筛选条件。</translation>
    </message>
    <message>
        <source>The filter column %1 does not exist in table %2.</source>
        <translation>筛选条件列 %1 在表 %2 中不存在。</translation>
    </message>
    <message>
        <source>Could not convert a value of column %1 in table %2.</source>
        <translation>无法转换表 %2 中列 %1 的值。</translation>
    </message>
    <message>
        <source>PostgreSQL sent a malformed COPY row for table %1.</source>
        <translation>PostgreSQL 为表 %1 发送了格式错误的 COPY 行。</translation>
    </message>
    <message>
        <source>Could not bind the filter values for table %1.</source>
        <translation>无法绑定表 %1 的筛选条件值。</translation>
    </message>
    <message>
        <source>Could not start reading table %1 from PostgreSQL.</source>
        <translation>无法开始从 PostgreSQL 读取表 %1。</translation>
    </message>
    <message>
        <source>Could not read the key range of %1.</source>
        <translation>无法读取 %1 的键范围。</translation>
    </message>
    <message>
        <source>Column %1 of %2 is not an integer key.</source>
        <translation>%2 的列 %1 不是整数键。</translation>
    </message>
    <message>
        <source>Could not write to %1: the transaction is already aborted by an earlier error.</source>
        <translation>无法写入 %1：事务已因之前的错误而中止。</translation>
    </message>
    <message>
        <source>PostgreSQL rejected a row for table %1.</source>
        <translation>PostgreSQL 拒绝了表 %1 的一行。</translation>
    </message>
    <message>
        <source>PostgreSQL rejected the value of column %1 in table %2.</source>
        <translation>PostgreSQL 拒绝了表 %2 中列 %1 的值。</translation>
    </message>
    <message>
        <source>The value of column %1 in table %2 contains a NUL byte, which PostgreSQL cannot store in text.</source>
        <translation>表 %2 中列 %1 的值包含 NUL 字节，PostgreSQL 无法将其存储在文本中。</translation>
    </message>
    <message>
        <source>Could not check whether table %1 exists.</source>
        <translation>无法检查表 %1 是否存在。</translation>
    </message>
    <message>
        <source>Could not create schema %1.</source>
        <translation>无法创建架构 %1。</translation>
    </message>
    <message>
        <source>Could not create table %1.</source>
        <translation>无法创建表 %1。</translation>
    </message>
    <message>
        <source>Could not drop table %1.</source>
        <translation>无法删除表 %1。</translation>
    </message>
    <message>
        <source>Could not truncate table %1.</source>
        <translation>无法截断表 %1。</translation>
    </message>
    <message>
        <source>Could not delete rows from %1.</source>
        <translation>无法从 %1 中删除行。</translation>
    </message>
    <message>
        <source>Could not add the primary key of %1.</source>
        <translation>无法添加 %1 的主键。</translation>
    </message>
    <message>
        <source>Could not create index %1 on %2.</source>
        <translation>无法在 %2 上创建索引 %1。</translation>
    </message>
    <message>
        <source>Could not create foreign key %1 on %2.</source>
        <translation>无法在 %2 上创建外键 %1。</translation>
    </message>
    <message>
        <source>Could not set the identity of %1.%2 past its maximum.</source>
        <translation>无法将 %1.%2 的标识值设置为超过其最大值。</translation>
    </message>
    <message>
        <source>The statement has %1 placeholders but %2 parameters were given.</source>
        <translation>该语句有 %1 个占位符，但提供了 %2 个参数。</translation>
    </message>
    <message>
        <source>Could not read the catalog of PostgreSQL database %1.</source>
        <translation>无法读取 PostgreSQL 数据库 %1 的目录。</translation>
    </message>
    <message>
        <source>The detail names the failing query&apos;s error; reading the catalog needs only a login to the database.</source>
        <translation>详细信息中给出了失败查询的错误；读取目录只需要能够登录数据库。</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1: no answer within %2 seconds.</source>
        <translation>无法连接到位于 %1 的 PostgreSQL：%2 秒内没有响应。</translation>
    </message>
    <message>
        <source>Check the host name and port, and that no firewall silently drops the connection; if the server is only slow, raise connect_timeout.</source>
        <translation>请检查主机名和端口，并确认没有防火墙静默丢弃连接；如果只是服务器响应较慢，请增大 connect_timeout。</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1: the host name %2 could not be resolved.</source>
        <translation>无法连接到位于 %1 的 PostgreSQL：无法解析主机名 %2。</translation>
    </message>
    <message>
        <source>Check the host name for typos, or use the server&apos;s IP address; make sure this machine can resolve the name (DNS, /etc/hosts).</source>
        <translation>请检查主机名是否有拼写错误，或使用服务器的 IP 地址；确保本机能够解析该名称（DNS、/etc/hosts）。</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1: the connection was refused.</source>
        <translation>无法连接到位于 %1 的 PostgreSQL：连接被拒绝。</translation>
    </message>
    <message>
        <source>Check that the server is running and listens on that host and port (listen_addresses and port in postgresql.conf), and that no firewall rejects the connection.</source>
        <translation>请检查服务器是否正在运行并在该主机和端口上监听（postgresql.conf 中的 listen_addresses 和 port），并确认没有防火墙拒绝该连接。</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 rejected the login of user %2.</source>
        <translation>位于 %1 的 PostgreSQL 拒绝了用户 %2 的登录。</translation>
    </message>
    <message>
        <source>The server asks for a password but none was given: set FERRY_SOURCE_PASSWORD (or FERRY_TARGET_PASSWORD), store it in the keyring, or add it to ~/.pgpass.</source>
        <translation>服务器要求提供密码，但未提供密码：请设置 FERRY_SOURCE_PASSWORD（或 FERRY_TARGET_PASSWORD）、将密码存储到密钥环中，或将其添加到 ~/.pgpass。</translation>
    </message>
    <message>
        <source>No pg_hba.conf rule allows this user, database and client address (with or without TLS): ask the administrator to add one, or try sslmode=require if only hostssl rules exist.</source>
        <translation>没有任何 pg_hba.conf 规则允许此用户、数据库和客户端地址（无论是否使用 TLS）：请让管理员添加一条规则；如果只有 hostssl 规则，请尝试 sslmode=require。</translation>
    </message>
    <message>
        <source>The role may not log in: ask the administrator to run ALTER ROLE %1 LOGIN, or use another user.</source>
        <translation>该角色不允许登录：请让管理员运行 ALTER ROLE %1 LOGIN，或使用其他用户。</translation>
    </message>
    <message>
        <source>Check the user name and the password (FERRY_SOURCE_PASSWORD or FERRY_TARGET_PASSWORD, the keyring or ~/.pgpass).</source>
        <translation>请检查用户名和密码（FERRY_SOURCE_PASSWORD 或 FERRY_TARGET_PASSWORD、密钥环或 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>Could not establish a TLS connection to PostgreSQL at %1.</source>
        <translation>无法与位于 %1 的 PostgreSQL 建立 TLS 连接。</translation>
    </message>
    <message>
        <source>The server does not offer TLS: enable ssl in postgresql.conf, or connect with sslmode=prefer or sslmode=disable.</source>
        <translation>服务器不提供 TLS：请在 postgresql.conf 中启用 ssl，或使用 sslmode=prefer 或 sslmode=disable 进行连接。</translation>
    </message>
    <message>
        <source>The CA certificate file for verifying the server is missing or unreadable: set sslrootcert to the CA that signed the server&apos;s certificate, or use sslmode=require to encrypt without verifying.</source>
        <translation>用于验证服务器的 CA 证书文件缺失或无法读取：请将 sslrootcert 设置为签署服务器证书的 CA，或使用 sslmode=require 进行加密但不验证。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for another name: connect with the host name in the certificate, or use sslmode=verify-ca.</source>
        <translation>服务器的证书是为其他名称颁发的：请使用证书中的主机名进行连接，或使用 sslmode=verify-ca。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the CA in sslrootcert: point sslrootcert at the CA that signed it, or use sslmode=require to encrypt without verifying.</source>
        <translation>服务器的证书不是由 sslrootcert 中的 CA 签署的：请将 sslrootcert 指向签署该证书的 CA，或使用 sslmode=require 进行加密但不验证。</translation>
    </message>
    <message>
        <source>Check the sslmode, sslrootcert, sslcert and sslkey options and the server&apos;s TLS configuration.</source>
        <translation>请检查 sslmode、sslrootcert、sslcert 和 sslkey 选项以及服务器的 TLS 配置。</translation>
    </message>
    <message>
        <source>The database %1 does not exist on PostgreSQL at %2.</source>
        <translation>位于 %2 的 PostgreSQL 上不存在数据库 %1。</translation>
    </message>
    <message>
        <source>Check the database name (names created with quotes are case sensitive) or create the database first; psql -l lists the existing ones.</source>
        <translation>请检查数据库名称（使用引号创建的名称区分大小写），或先创建该数据库；psql -l 可列出现有数据库。</translation>
    </message>
    <message>
        <source>User %1 may not connect to database %2 on PostgreSQL at %3.</source>
        <translation>用户 %1 不允许连接到位于 %3 的 PostgreSQL 上的数据库 %2。</translation>
    </message>
    <message>
        <source>Ask the database owner or a superuser to run GRANT CONNECT ON DATABASE %1 TO %2.</source>
        <translation>请让数据库所有者或超级用户运行 GRANT CONNECT ON DATABASE %1 TO %2。</translation>
    </message>
    <message>
        <source>The connection details for PostgreSQL at %1 are not valid.</source>
        <translation>位于 %1 的 PostgreSQL 的连接详细信息无效。</translation>
    </message>
    <message>
        <source>Check the URI&apos;s port and query options (sslmode, sslrootcert, sslcert, sslkey, connect_timeout).</source>
        <translation>请检查 URI 的端口和查询选项（sslmode、sslrootcert、sslcert、sslkey、connect_timeout）。</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1.</source>
        <translation>无法连接到位于 %1 的 PostgreSQL。</translation>
    </message>
    <message>
        <source>The server has no free connection slots: close idle sessions or raise max_connections.</source>
        <translation>服务器没有空闲的连接槽：请关闭空闲会话或增大 max_connections。</translation>
    </message>
    <message>
        <source>The server is starting up, shutting down or in recovery: try again in a moment.</source>
        <translation>服务器正在启动、关闭或处于恢复状态：请稍后重试。</translation>
    </message>
    <message>
        <source>The detail holds the server&apos;s or the client library&apos;s reason.</source>
        <translation>详细信息中给出了服务器或客户端库提供的原因。</translation>
    </message>
    <message>
        <source>PostgreSQL %1 at %2 is older than version %3, the oldest Ferry supports.</source>
        <translation>位于 %2 的 PostgreSQL %1 早于 Ferry 支持的最低版本 %3。</translation>
    </message>
    <message>
        <source>server_version %1 (version number %2)</source>
        <translation>server_version %1（版本号 %2）</translation>
    </message>
    <message>
        <source>Upgrade the server to PostgreSQL %1 or later, or export the data with that server&apos;s pg_dump and load it elsewhere first.</source>
        <translation>请将服务器升级到 PostgreSQL %1 或更高版本，或先使用该服务器的 pg_dump 导出数据并加载到其他位置。</translation>
    </message>
    <message>
        <source>User %1 lacks the REPLICATION attribute, which change data capture from this source needs; full loads work without it. Fix: ALTER ROLE %2 REPLICATION.</source>
        <translation>用户 %1 缺少 REPLICATION 属性，而从此源进行变更数据捕获 (CDC) 需要该属性；完全加载不需要它。解决方法：ALTER ROLE %2 REPLICATION。</translation>
    </message>
    <message>
        <source>wal_level is &apos;%1&apos; on this server, but change data capture needs &apos;logical&apos;; full loads work without it. Fix: set wal_level = logical in postgresql.conf and restart the server.</source>
        <translation>此服务器上的 wal_level 为 &apos;%1&apos;，但变更数据捕获 (CDC) 需要 &apos;logical&apos;；完全加载不需要它。解决方法：在 postgresql.conf 中设置 wal_level = logical 并重启服务器。</translation>
    </message>
    <message>
        <source>(none on the search_path)</source>
        <translation>（search_path 上没有架构）</translation>
    </message>
    <message>
        <source>User %1 can neither create schemas in database %2 nor create tables in schema %3 on PostgreSQL at %4.</source>
        <translation>用户 %1 既不能在位于 %4 的 PostgreSQL 上的数据库 %2 中创建架构，也不能在架构 %3 中创建表。</translation>
    </message>
    <message>
        <source>Ask the database owner to run GRANT CREATE ON DATABASE %1 TO %2, or GRANT CREATE ON SCHEMA %3 TO %2.</source>
        <translation>请让数据库所有者运行 GRANT CREATE ON DATABASE %1 TO %2，或 GRANT CREATE ON SCHEMA %3 TO %2。</translation>
    </message>
    <message>
        <source>User %1 cannot create schemas in database %2, so every target schema must exist already. Fix: GRANT CREATE ON DATABASE %3 TO %4.</source>
        <translation>用户 %1 不能在数据库 %2 中创建架构，因此每个目标架构都必须已经存在。解决方法：GRANT CREATE ON DATABASE %3 TO %4。</translation>
    </message>
    <message>
        <source>User %1 cannot create tables in schema %2; Ferry can still create and use schemas of its own. Fix: GRANT CREATE ON SCHEMA %3 TO %4.</source>
        <translation>用户 %1 不能在架构 %2 中创建表；Ferry 仍可以创建并使用自己的架构。解决方法：GRANT CREATE ON SCHEMA %3 TO %4。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2 as %3, database %4.</source>
        <translation>已以 %3 身份连接到位于 %2 的 PostgreSQL %1，数据库 %4。</translation>
    </message>
    <message>
        <source>TLS on (%1)</source>
        <translation>TLS 已启用（%1）</translation>
    </message>
    <message>
        <source>TLS off</source>
        <translation>TLS 未启用</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL at %1, but could not check the user&apos;s privileges.</source>
        <translation>已连接到位于 %1 的 PostgreSQL，但无法检查该用户的权限。</translation>
    </message>
    <message>
        <source>The detail holds the server&apos;s reason; the checks read pg_roles, pg_stat_ssl and the current settings.</source>
        <translation>详细信息中给出了服务器提供的原因；这些检查会读取 pg_roles、pg_stat_ssl 和当前设置。</translation>
    </message>
    <message>
        <source>Read the server&apos;s message above.</source>
        <translation>请阅读上面的服务器消息。</translation>
    </message>
    <message>
        <source>Setting up the session on %1 failed.</source>
        <translation>在 %1 上设置会话失败。</translation>
    </message>
    <message>
        <source>Column %1 of %2 is created as %3 instead of %4: the table&apos;s columns do not fit MySQL&apos;s 65,535-byte row limit otherwise.</source>
        <translation>%2 的列 %1 被创建为 %3 而不是 %4：否则该表的列会超出 MySQL 65,535 字节的行大小限制。</translation>
    </message>
    <message>
        <source>A batch for %1 has %2 columns, the reader produces %3.</source>
        <translation>%1 的一个批次有 %2 列，而读取器生成 %3 列。</translation>
    </message>
    <message>
        <source>Reading %1 from the MySQL/MariaDB source failed.</source>
        <translation>从 MySQL/MariaDB 源读取 %1 失败。</translation>
    </message>
    <message>
        <source>A value of column %1 of %2 cannot be converted.</source>
        <translation>无法转换 %2 的列 %1 中的一个值。</translation>
    </message>
    <message>
        <source>Change the column&apos;s type with a mapping rule, or filter the row out.</source>
        <translation>请使用映射规则更改该列的类型，或筛选掉该行。</translation>
    </message>
    <message>
        <source>Reading the key range of %1 from the MySQL/MariaDB source failed.</source>
        <translation>从 MySQL/MariaDB 源读取 %1 的键范围失败。</translation>
    </message>
    <message>
        <source>Column %1 of %2 cannot split the table into key ranges: its values are not 64-bit integers.</source>
        <translation>%2 的列 %1 无法将表拆分为键范围：其值不是 64 位整数。</translation>
    </message>
    <message>
        <source>Use an integer key column for parallel-load ranges, or load the table without ranges.</source>
        <translation>请使用整数键列作为并行加载的范围，或不使用范围加载该表。</translation>
    </message>
    <message>
        <source>A statement on the MySQL/MariaDB target %1 failed.</source>
        <translation>在 MySQL/MariaDB 目标 %1 上执行语句失败。</translation>
    </message>
    <message>
        <source>A query on the MySQL/MariaDB target %1 failed.</source>
        <translation>在 MySQL/MariaDB 目标 %1 上执行查询失败。</translation>
    </message>
    <message>
        <source>Creating database %1 on the MySQL/MariaDB target failed.</source>
        <translation>在 MySQL/MariaDB 目标上创建数据库 %1 失败。</translation>
    </message>
    <message>
        <source>Creating table %1 on the MySQL/MariaDB target failed.</source>
        <translation>在 MySQL/MariaDB 目标上创建表 %1 失败。</translation>
    </message>
    <message>
        <source>Dropping table %1 on the MySQL/MariaDB target failed.</source>
        <translation>在 MySQL/MariaDB 目标上删除表 %1 失败。</translation>
    </message>
    <message>
        <source>Emptying table %1 on the MySQL/MariaDB target failed.</source>
        <translation>在 MySQL/MariaDB 目标上清空表 %1 失败。</translation>
    </message>
    <message>
        <source>Deleting rows of %1 on the MySQL/MariaDB target failed.</source>
        <translation>在 MySQL/MariaDB 目标上删除 %1 的行失败。</translation>
    </message>
    <message>
        <source>Adding the primary key of %1 on the MySQL/MariaDB target failed.</source>
        <translation>在 MySQL/MariaDB 目标上添加 %1 的主键失败。</translation>
    </message>
    <message>
        <source>Index %1 of %2 is not created: MySQL has no %3 indexes on these columns.</source>
        <translation>未创建 %2 的索引 %1：MySQL 不支持在这些列上创建 %3 索引。</translation>
    </message>
    <message>
        <source>Foreign key %1 of %2 is created with NO ACTION instead of SET DEFAULT, which InnoDB does not support.</source>
        <translation>%2 的外键 %1 使用 NO ACTION 而不是 SET DEFAULT 创建，因为 InnoDB 不支持 SET DEFAULT。</translation>
    </message>
    <message>
        <source>Index %1 of %2 is not created: it indexes an expression (%3), which is not carried over.</source>
        <translation>未创建 %2 的索引 %1：它对表达式（%3）建立索引，而表达式不会被迁移。</translation>
    </message>
    <message>
        <source>Index %1 of %2 is not created: column %3 is of type %4, which MySQL cannot index this way.</source>
        <translation>未创建 %2 的索引 %1：列 %3 的类型为 %4，MySQL 无法以这种方式为其建立索引。</translation>
    </message>
    <message>
        <source>A batch for %1 has %2 columns, the writer expects %3.</source>
        <translation>%1 的一个批次有 %2 列，而写入器需要 %3 列。</translation>
    </message>
    <message>
        <source>Writing to %1 on the MySQL/MariaDB target failed.</source>
        <translation>写入 MySQL/MariaDB 目标上的 %1 失败。</translation>
    </message>
    <message>
        <source>The MySQL/MariaDB server %1 does not allow LOAD DATA LOCAL INFILE (local_infile is OFF), so rows are written with multi-row INSERT statements, which is several times slower. To enable the fast path run SET GLOBAL local_infile = 1 as an administrator, or put local-infile = 1 in the [mysqld] section of the server&apos;s configuration.</source>
        <translation>MySQL/MariaDB 服务器 %1 不允许 LOAD DATA LOCAL INFILE（local_infile 为 OFF），因此将使用多行 INSERT 语句写入行，速度会慢数倍。要启用快速路径，请以管理员身份运行 SET GLOBAL local_infile = 1，或在服务器配置的 [mysqld] 部分中添加 local-infile = 1。</translation>
    </message>
    <message>
        <source>Reading the catalog of database &apos;%1&apos; on %2 failed.</source>
        <translation>读取 %2 上数据库 &apos;%1&apos; 的目录失败。</translation>
    </message>
    <message>
        <source>Check that the user may read information_schema for this database (SELECT and SHOW VIEW privileges) and that the server is still reachable.</source>
        <translation>请检查该用户是否可以读取此数据库的 information_schema（SELECT 和 SHOW VIEW 权限），以及服务器是否仍可访问。</translation>
    </message>
    <message>
        <source>Listing the databases on %1 failed.</source>
        <translation>列出 %1 上的数据库失败。</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; does not exist on %2.</source>
        <translation>%2 上不存在数据库 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Check the name (case matters on most Linux servers) and that the user may see the database (SHOW DATABASES or a privilege on it).</source>
        <translation>请检查名称（在大多数 Linux 服务器上区分大小写），并确认该用户可以看到该数据库（SHOW DATABASES 或对其拥有某项权限）。</translation>
    </message>
    <message>
        <source>Unknown ssl-mode &apos;%1&apos;.</source>
        <translation>未知的 ssl-mode &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>A query on the MySQL/MariaDB server failed.</source>
        <translation>在 MySQL/MariaDB 服务器上执行查询失败。</translation>
    </message>
    <message>
        <source>Read the server&apos;s message above; a lost connection can be retried.</source>
        <translation>请阅读上面的服务器消息；连接断开时可以重试。</translation>
    </message>
    <message>
        <source>The host name &apos;%1&apos; could not be resolved.</source>
        <translation>无法解析主机名 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Check the host name for typos, or use the server&apos;s IP address; make sure this machine can resolve names (DNS, /etc/hosts).</source>
        <translation>请检查主机名是否有拼写错误，或使用服务器的 IP 地址；确保本机能够解析名称（DNS、/etc/hosts）。</translation>
    </message>
    <message>
        <source>Nothing accepted the connection at %1.</source>
        <translation>%1 上没有任何程序接受连接。</translation>
    </message>
    <message>
        <source>Check that the MySQL/MariaDB server is running and listens on port %1 of that address (bind-address, skip-networking), and that no firewall blocks the port.</source>
        <translation>请检查 MySQL/MariaDB 服务器是否正在运行并在该地址的端口 %1 上监听（bind-address、skip-networking），并确认没有防火墙阻止该端口。</translation>
    </message>
    <message numerus="yes">
        <source>The server at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 上的服务器在 %n 秒内没有响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the host and port (is it a MySQL/MariaDB server?), firewalls and network routes; raise connect_timeout if the network is slow.</source>
        <translation>请检查主机和端口（它是 MySQL/MariaDB 服务器吗？）、防火墙和网络路由；如果网络较慢，请增大 connect_timeout。</translation>
    </message>
    <message>
        <source>The server at %1 rejected the login of user &apos;%2&apos;.</source>
        <translation>%1 上的服务器拒绝了用户 &apos;%2&apos; 的登录。</translation>
    </message>
    <message>
        <source>Check the user name and the password (FERRY_SOURCE_PASSWORD or FERRY_TARGET_PASSWORD, the keyring, or ~/.my.cnf), and that an account &apos;%1&apos;@&apos;&lt;this client&apos;s host&gt;&apos; exists and may log in from here.</source>
        <translation>请检查用户名和密码（FERRY_SOURCE_PASSWORD 或 FERRY_TARGET_PASSWORD、密钥环或 ~/.my.cnf），并确认存在账户 &apos;%1&apos;@&apos;&lt;此客户端的主机&gt;&apos; 且允许从此处登录。</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed.</source>
        <translation>与 %1 的 TLS 连接失败。</translation>
    </message>
    <message>
        <source>Check that ssl-ca names the CA certificate that signed the server&apos;s certificate, that with ssl-mode=VERIFY_IDENTITY the host name matches the certificate, and that the server has TLS enabled; use ssl-mode=PREFERRED only on a trusted network.</source>
        <translation>请检查 ssl-ca 是否指定了签署服务器证书的 CA 证书；使用 ssl-mode=VERIFY_IDENTITY 时主机名是否与证书匹配；以及服务器是否已启用 TLS。仅在受信任的网络上使用 ssl-mode=PREFERRED。</translation>
    </message>
    <message>
        <source>Check the database name (names are case-sensitive on most Linux servers), or create the database first.</source>
        <translation>请检查数据库名称（在大多数 Linux 服务器上区分大小写），或先创建该数据库。</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; may not use the database &apos;%2&apos; on %3.</source>
        <translation>用户 &apos;%1&apos; 不允许使用 %3 上的数据库 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>Ask an administrator to grant access, for example GRANT SELECT, SHOW VIEW ON `%1`.* TO &apos;%2&apos;@&apos;%&apos;.</source>
        <translation>请让管理员授予访问权限，例如 GRANT SELECT, SHOW VIEW ON `%1`.* TO &apos;%2&apos;@&apos;%&apos;。</translation>
    </message>
    <message>
        <source>Could not connect to the MySQL/MariaDB server at %1.</source>
        <translation>无法连接到 %1 上的 MySQL/MariaDB 服务器。</translation>
    </message>
    <message>
        <source>Check that the address belongs to a MySQL or MariaDB server and read the server&apos;s error log for the reason.</source>
        <translation>请检查该地址是否属于 MySQL 或 MariaDB 服务器，并查看服务器的错误日志以了解原因。</translation>
    </message>
    <message>
        <source>The server at %1 runs %2 %3, which is older than Ferry supports (%2 %4 or newer).</source>
        <translation>%1 上的服务器运行的是 %2 %3，早于 Ferry 支持的版本（%2 %4 或更高版本）。</translation>
    </message>
    <message>
        <source>Server version %1.</source>
        <translation>服务器版本 %1。</translation>
    </message>
    <message>
        <source>Upgrade the server, or dump the data with mysqldump and load it into a supported server first.</source>
        <translation>请升级服务器，或先使用 mysqldump 导出数据并将其加载到受支持的服务器中。</translation>
    </message>
    <message>
        <source>Binary logging is off on the server (log_bin), so changes made during and after the full load cannot be captured.</source>
        <translation>服务器上的二进制日志已关闭（log_bin），因此无法捕获完全加载期间及之后所做的更改。</translation>
    </message>
    <message>
        <source>binlog_format is %1, not ROW; change data capture needs row-based logging (binlog_format = ROW).</source>
        <translation>binlog_format 为 %1 而不是 ROW；变更数据捕获 (CDC) 需要基于行的日志记录（binlog_format = ROW）。</translation>
    </message>
    <message>
        <source>binlog_row_image is %1, not FULL; change data capture needs full row images (binlog_row_image = FULL).</source>
        <translation>binlog_row_image 为 %1 而不是 FULL；变更数据捕获 (CDC) 需要完整的行映像（binlog_row_image = FULL）。</translation>
    </message>
    <message>
        <source>Testing the connection to %1 failed unexpectedly.</source>
        <translation>测试与 %1 的连接时意外失败。</translation>
    </message>
    <message>
        <source>Reading the catalog from %1 failed unexpectedly.</source>
        <translation>从 %1 读取目录时意外失败。</translation>
    </message>
    <message>
        <source>The ssl-mode &apos;%1&apos; is not known.</source>
        <translation>未知的 ssl-mode &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Use ssl-mode=DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY.</source>
        <translation>请使用 ssl-mode=DISABLED、PREFERRED、REQUIRED、VERIFY_CA 或 VERIFY_IDENTITY。</translation>
    </message>
    <message>
        <source>The port %1 is out of range.</source>
        <translation>端口 %1 超出范围。</translation>
    </message>
    <message>
        <source>Use a port between 1 and 65535 (MySQL&apos;s default is 3306).</source>
        <translation>请使用 1 到 65535 之间的端口（MySQL 的默认端口为 3306）。</translation>
    </message>
    <message>
        <source>The %1 file &apos;%2&apos; does not exist.</source>
        <translation>%1 文件 &apos;%2&apos; 不存在。</translation>
    </message>
    <message>
        <source>Give the full path of a PEM file readable by this user.</source>
        <translation>请提供此用户可读取的 PEM 文件的完整路径。</translation>
    </message>
    <message>
        <source>Connected to %1 %2 at %3.</source>
        <translation>已连接到 %3 上的 %1 %2。</translation>
    </message>
    <message>
        <source>Server version %1; the connection is not encrypted.</source>
        <translation>服务器版本 %1；连接未加密。</translation>
    </message>
    <message>
        <source>Server version %1; TLS cipher %2.</source>
        <translation>服务器版本 %1；TLS 密码套件 %2。</translation>
    </message>
    <message>
        <source>The privileges of user &apos;%1&apos; could not be read (SHOW GRANTS failed), so they were not checked.</source>
        <translation>无法读取用户 &apos;%1&apos; 的权限（SHOW GRANTS 失败），因此未检查权限。</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; may not create tables in the database &apos;%2&apos; on %3.</source>
        <translation>用户 &apos;%1&apos; 不允许在 %3 上的数据库 &apos;%2&apos; 中创建表。</translation>
    </message>
    <message>
        <source>The CREATE privilege of user &apos;%1&apos; on database &apos;%2&apos; could not be confirmed (it may come from a role).</source>
        <translation>无法确认用户 &apos;%1&apos; 对数据库 &apos;%2&apos; 的 CREATE 权限（该权限可能来自角色）。</translation>
    </message>
    <message>
        <source>SHOW GRANTS lists no CREATE privilege on `%1`.* or *.* for the user.</source>
        <translation>SHOW GRANTS 未列出该用户对 `%1`.* 或 *.* 的 CREATE 权限。</translation>
    </message>
    <message>
        <source>Ask an administrator to run GRANT CREATE, ALTER, DROP, INDEX, REFERENCES, SELECT, INSERT, UPDATE, DELETE ON `%1`.* TO &apos;%2&apos;@&apos;%&apos;; or choose a database the user owns.</source>
        <translation>请让管理员运行 GRANT CREATE, ALTER, DROP, INDEX, REFERENCES, SELECT, INSERT, UPDATE, DELETE ON `%1`.* TO &apos;%2&apos;@&apos;%&apos;；或选择该用户拥有的数据库。</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; may not create databases; choose a target database in the connection.</source>
        <translation>用户 &apos;%1&apos; 不允许创建数据库；请在连接中选择一个目标数据库。</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; lacks the REPLICATION CLIENT privilege (BINLOG MONITOR on MariaDB 10.5+), which change data capture needs to read the binary log position.</source>
        <translation>用户 &apos;%1&apos; 缺少 REPLICATION CLIENT 权限（在 MariaDB 10.5+ 上为 BINLOG MONITOR），变更数据捕获 (CDC) 需要该权限来读取二进制日志位置。</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; lacks the REPLICATION SLAVE privilege, which change data capture needs to stream the binary log.</source>
        <translation>用户 &apos;%1&apos; 缺少 REPLICATION SLAVE 权限，变更数据捕获 (CDC) 需要该权限来流式读取二进制日志。</translation>
    </message>
    <message>
        <source>Another connection holds a lock on the SQLite database; the load retries.</source>
        <translation>另一个连接持有 SQLite 数据库的锁；加载会重试。</translation>
    </message>
    <message>
        <source>Free space on the file system that holds the SQLite database.</source>
        <translation>请释放存放该 SQLite 数据库的文件系统上的空间。</translation>
    </message>
    <message>
        <source>Reading the SQLite table %1 failed.</source>
        <translation>读取 SQLite 表 %1 失败。</translation>
    </message>
    <message>
        <source>The value %1 in the boolean column %2 of the SQLite table %3 is not a truth value.</source>
        <translation>SQLite 表 %3 的布尔列 %2 中的值 %1 不是真值。</translation>
    </message>
    <message>
        <source>Booleans are read from 0/1 (any nonzero number is true) and from true/false, t/f, yes/no, y/n, on/off.</source>
        <translation>布尔值可以从 0/1（任何非零数字均为真）以及 true/false、t/f、yes/no、y/n、on/off 读取。</translation>
    </message>
    <message>
        <source>text or blob values</source>
        <translation>文本或 BLOB 值</translation>
    </message>
    <message>
        <source>NULL values</source>
        <translation>NULL 值</translation>
    </message>
    <message>
        <source>Reading the key range of the SQLite table %1 failed.</source>
        <translation>读取 SQLite 表 %1 的键范围失败。</translation>
    </message>
    <message>
        <source>The key column %1 of the SQLite table %2 holds %3, so the table cannot be split into integer key ranges.</source>
        <translation>SQLite 表 %2 的键列 %1 包含%3，因此无法将该表拆分为整数键范围。</translation>
    </message>
    <message>
        <source>Load this table in one piece (table-settings parallel-load type none) or choose an integer key column.</source>
        <translation>请整体加载此表（table-settings parallel-load type none），或选择一个整数键列。</translation>
    </message>
    <message>
        <source>Could not prepare the query on the SQLite table %1.</source>
        <translation>无法准备对 SQLite 表 %1 的查询。</translation>
    </message>
    <message>
        <source>Check that the table and its columns exist in the source database (the catalog may be out of date).</source>
        <translation>请检查该表及其列是否存在于源数据库中（目录可能已过时）。</translation>
    </message>
    <message>
        <source>Writing a batch into the SQLite table %1 failed.</source>
        <translation>向 SQLite 表 %1 写入批次失败。</translation>
    </message>
    <message>
        <source>The SQLite table %1 refused a row.</source>
        <translation>SQLite 表 %1 拒绝了一行。</translation>
    </message>
    <message>
        <source>The value %1 for the boolean column %2 of the SQLite table %3 is not a truth value.</source>
        <translation>SQLite 表 %3 的布尔列 %2 的值 %1 不是真值。</translation>
    </message>
    <message>
        <source>Could not create the SQLite table %1.</source>
        <translation>无法创建 SQLite 表 %1。</translation>
    </message>
    <message>
        <source>Could not drop the SQLite table %1.</source>
        <translation>无法删除 SQLite 表 %1。</translation>
    </message>
    <message>
        <source>Could not empty the SQLite table %1.</source>
        <translation>无法清空 SQLite 表 %1。</translation>
    </message>
    <message>
        <source>Could not delete rows of the SQLite table %1.</source>
        <translation>无法删除 SQLite 表 %1 的行。</translation>
    </message>
    <message>
        <source>The %1 index %2 of table %3 was not created: SQLite has b-tree indexes only.</source>
        <translation>未创建表 %3 的 %1 索引 %2：SQLite 只有 B 树索引。</translation>
    </message>
    <message>
        <source>Index expressions and predicates are copied as the source wrote them; rewrite those SQLite does not understand.</source>
        <translation>索引表达式和谓词按源中的写法原样复制；请改写 SQLite 无法理解的部分。</translation>
    </message>
    <message>
        <source>Could not prepare the INSERT into the SQLite table %1.</source>
        <translation>无法准备向 SQLite 表 %1 执行的 INSERT。</translation>
    </message>
    <message>
        <source>A statement on the SQLite target failed.</source>
        <translation>在 SQLite 目标上执行语句失败。</translation>
    </message>
    <message>
        <source>The SQLite target %1 stays in journal mode %2 instead of WAL (another connection may hold it open); the load is slower.</source>
        <translation>SQLite 目标 %1 仍处于日志模式 %2 而不是 WAL（可能有另一个连接将其保持打开）；加载速度会变慢。</translation>
    </message>
    <message>
        <source>Setting the loading pragmas on the SQLite target %1 failed: %2.</source>
        <translation>在 SQLite 目标 %1 上设置加载用的 pragma 失败：%2。</translation>
    </message>
    <message>
        <source>The target SQLite database %1 is set to read-only (mode=ro).</source>
        <translation>目标 SQLite 数据库 %1 被设置为只读（mode=ro）。</translation>
    </message>
    <message>
        <source>Remove mode=ro from the target&apos;s connection URI.</source>
        <translation>请从目标的连接 URI 中删除 mode=ro。</translation>
    </message>
    <message>
        <source>Could not read the catalog of the SQLite database %1.</source>
        <translation>无法读取 SQLite 数据库 %1 的目录。</translation>
    </message>
    <message>
        <source>Check that the database is not damaged (sqlite3 FILE &apos;PRAGMA integrity_check;&apos;) and that every view and virtual table in it can be used.</source>
        <translation>请检查数据库是否损坏（sqlite3 FILE &apos;PRAGMA integrity_check;&apos;），以及其中的每个视图和虚拟表是否都可以使用。</translation>
    </message>
    <message>
        <source>The SQLite database %1 has no schema &apos;%2&apos;.</source>
        <translation>SQLite 数据库 %1 中没有架构 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>A SQLite database file has one schema, main: leave the schema out or ask for main.</source>
        <translation>SQLite 数据库文件只有一个架构 main：请省略架构或请求 main。</translation>
    </message>
    <message>
        <source>Ferry may not read the SQLite database file %1.</source>
        <translation>Ferry 无权读取 SQLite 数据库文件 %1。</translation>
    </message>
    <message>
        <source>Give the user running Ferry read permission on the file (for example with chmod or by adding it to the file&apos;s group).</source>
        <translation>请为运行 Ferry 的用户授予该文件的读取权限（例如使用 chmod，或将该用户加入文件所属的组）。</translation>
    </message>
    <message>
        <source>The file %1 is not a SQLite database.</source>
        <translation>文件 %1 不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>Check that the path names a SQLite 3 database file. Encrypted databases (SQLCipher, SEE) cannot be read.</source>
        <translation>请检查路径是否指向 SQLite 3 数据库文件。无法读取加密数据库（SQLCipher、SEE）。</translation>
    </message>
    <message>
        <source>The SQLite database file %1 is damaged.</source>
        <translation>SQLite 数据库文件 %1 已损坏。</translation>
    </message>
    <message>
        <source>Check it with: sqlite3 FILE &apos;PRAGMA integrity_check;&apos; and restore it from a backup.</source>
        <translation>请使用 sqlite3 FILE &apos;PRAGMA integrity_check;&apos; 进行检查，并从备份中恢复。</translation>
    </message>
    <message>
        <source>The SQLite database file %1 stayed locked by another connection for %2 s.</source>
        <translation>SQLite 数据库文件 %1 被另一个连接锁定了 %2 秒。</translation>
    </message>
    <message>
        <source>Retry when the other program has finished writing, or raise connect_timeout in the connection URI.</source>
        <translation>请在另一个程序完成写入后重试，或在连接 URI 中增大 connect_timeout。</translation>
    </message>
    <message>
        <source>The SQLite database file %1 needs recovery from an interrupted write, which a read-only connection cannot do.</source>
        <translation>SQLite 数据库文件 %1 需要从中断的写入中恢复，而只读连接无法执行此操作。</translation>
    </message>
    <message>
        <source>Open the database once with write access (for example: sqlite3 FILE &apos;PRAGMA quick_check;&apos;) and retry.</source>
        <translation>请以写入权限打开该数据库一次（例如：sqlite3 FILE &apos;PRAGMA quick_check;&apos;），然后重试。</translation>
    </message>
    <message>
        <source>Could not open the SQLite database file %1.</source>
        <translation>无法打开 SQLite 数据库文件 %1。</translation>
    </message>
    <message>
        <source>Check that the file is a SQLite 3 database that no other program holds in an exclusive lock.</source>
        <translation>请检查该文件是否为 SQLite 3 数据库，并且没有被其他程序以独占方式锁定。</translation>
    </message>
    <message>
        <source>The directory %1 for the new SQLite database file %2 does not exist.</source>
        <translation>新 SQLite 数据库文件 %2 所在的目录 %1 不存在。</translation>
    </message>
    <message>
        <source>Create the directory first, or choose a path in an existing one.</source>
        <translation>请先创建该目录，或选择现有目录中的路径。</translation>
    </message>
    <message>
        <source>Ferry may not create the SQLite database file %1 in its directory.</source>
        <translation>Ferry 无权在其目录中创建 SQLite 数据库文件 %1。</translation>
    </message>
    <message>
        <source>Give the user running Ferry write permission on the directory, or choose a writable one.</source>
        <translation>请为运行 Ferry 的用户授予该目录的写入权限，或选择一个可写的目录。</translation>
    </message>
    <message>
        <source>The SQLite connection names no database file.</source>
        <translation>SQLite 连接未指定数据库文件。</translation>
    </message>
    <message>
        <source>Write sqlite:///absolute/path.db or sqlite:relative/path.db.</source>
        <translation>请写成 sqlite:///absolute/path.db 或 sqlite:relative/path.db。</translation>
    </message>
    <message>
        <source>The SQLite database file %1 does not exist.</source>
        <translation>SQLite 数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The SQLite database file %1 does not exist: a part of its path is a file, not a directory.</source>
        <translation>SQLite 数据库文件 %1 不存在：其路径中的某一部分是文件而不是目录。</translation>
    </message>
    <message>
        <source>Check the path (an absolute path needs three slashes: sqlite:///path/to/file.db). Ferry does not create database files when it tests or reads them; create a new target first, for example with: sqlite3 FILE &apos;PRAGMA user_version = 0;&apos;.</source>
        <translation>请检查路径（绝对路径需要三个斜杠：sqlite:///path/to/file.db）。Ferry 在测试或读取数据库文件时不会创建它们；请先创建新的目标，例如使用：sqlite3 FILE &apos;PRAGMA user_version = 0;&apos;。</translation>
    </message>
    <message>
        <source>Ferry may not enter a directory on the path to the SQLite database file %1.</source>
        <translation>Ferry 无权进入 SQLite 数据库文件 %1 路径上的某个目录。</translation>
    </message>
    <message>
        <source>Give the user running Ferry search (x) permission on every directory of the path.</source>
        <translation>请为运行 Ferry 的用户授予路径中每个目录的搜索（x）权限。</translation>
    </message>
    <message>
        <source>Could not examine the SQLite database file %1.</source>
        <translation>无法检查 SQLite 数据库文件 %1。</translation>
    </message>
    <message>
        <source>Check the path and the file system.</source>
        <translation>请检查路径和文件系统。</translation>
    </message>
    <message>
        <source>%1 is a directory, not a SQLite database file.</source>
        <translation>%1 是目录，而不是 SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>Name the database file itself, for example sqlite://%1/data.db.</source>
        <translation>请指定数据库文件本身，例如 sqlite://%1/data.db。</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a SQLite database.</source>
        <translation>%1 不是普通文件，因此不可能是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>Name the database file itself.</source>
        <translation>请指定数据库文件本身。</translation>
    </message>
    <message>
        <source>Ferry may not write to the SQLite database file %1, which it needs as a target.</source>
        <translation>Ferry 无权写入 SQLite 数据库文件 %1，而将其用作目标需要写入权限。</translation>
    </message>
    <message>
        <source>Give the user running Ferry write permission on the file, or choose a file on a writable file system.</source>
        <translation>请为运行 Ferry 的用户授予该文件的写入权限，或选择位于可写文件系统上的文件。</translation>
    </message>
    <message>
        <source>Ferry may not create files in the directory %1, which SQLite needs for the journal when it writes to %2.</source>
        <translation>Ferry 无权在目录 %1 中创建文件，而 SQLite 写入 %2 时需要在此创建日志文件。</translation>
    </message>
    <message>
        <source>Give the user running Ferry write permission on the directory, or move the database to a writable one.</source>
        <translation>请为运行 Ferry 的用户授予该目录的写入权限，或将数据库移动到可写的目录。</translation>
    </message>
    <message>
        <source>SQLite opened the database file %1 read-only, but a target must be writable.</source>
        <translation>SQLite 以只读方式打开了数据库文件 %1，但目标必须是可写的。</translation>
    </message>
    <message>
        <source>Give the user running Ferry write permission on the file and its directory, on a writable file system.</source>
        <translation>请在可写的文件系统上为运行 Ferry 的用户授予该文件及其目录的写入权限。</translation>
    </message>
    <message>
        <source>A query on the SQLite database failed.</source>
        <translation>在 SQLite 数据库上执行查询失败。</translation>
    </message>
    <message>
        <source>Opened the SQLite database file %1 read-only.</source>
        <translation>已以只读方式打开 SQLite 数据库文件 %1。</translation>
    </message>
    <message>
        <source>Opened the SQLite database file %1 for writing.</source>
        <translation>已以写入方式打开 SQLite 数据库文件 %1。</translation>
    </message>
    <message>
        <source>The SQLite option mode=%1 is not supported.</source>
        <translation>不支持 SQLite 选项 mode=%1。</translation>
    </message>
    <message>
        <source>Use mode=ro (never write) or mode=rw. Ferry does not create database files.</source>
        <translation>请使用 mode=ro（从不写入）或 mode=rw。Ferry 不会创建数据库文件。</translation>
    </message>
    <message>
        <source>The ODBC driver refused a block cursor for the table %1.</source>
        <translation>ODBC 驱动程序拒绝为表 %1 提供块游标。</translation>
    </message>
    <message>
        <source>Binding the column %1 of the table %2 failed.</source>
        <translation>绑定表 %2 的列 %1 失败。</translation>
    </message>
    <message>
        <source>Reading the table %1 through ODBC failed.</source>
        <translation>通过 ODBC 读取表 %1 失败。</translation>
    </message>
    <message>
        <source>The ODBC driver could not convert a row of the table %1.</source>
        <translation>ODBC 驱动程序无法转换表 %1 的一行。</translation>
    </message>
    <message>
        <source>The value %1 in the column %2 of the table %3 cannot be read as %4.</source>
        <translation>表 %3 的列 %2 中的值 %1 无法作为 %4 读取。</translation>
    </message>
    <message>
        <source>A value in the column %1 of the table %2 is longer than the column&apos;s declared size.</source>
        <translation>表 %2 的列 %1 中有一个值超出了该列声明的大小。</translation>
    </message>
    <message>
        <source>Load the table with a driver that enforces column sizes, or widen the column&apos;s type in the source.</source>
        <translation>请使用会强制检查列大小的驱动程序加载该表，或在源中加宽该列的类型。</translation>
    </message>
    <message>
        <source>Reading the column %1 of the table %2 through ODBC failed.</source>
        <translation>通过 ODBC 读取表 %2 的列 %1 失败。</translation>
    </message>
    <message>
        <source>Could not allocate an ODBC statement.</source>
        <translation>无法分配 ODBC 语句。</translation>
    </message>
    <message>
        <source>Setting the session time zone to UTC on the %1 failed.</source>
        <translation>在 %1 上将会话时区设置为 UTC 失败。</translation>
    </message>
    <message>
        <source>The key column %1 of the table %2 does not hold integers, so the table cannot be split into key ranges.</source>
        <translation>表 %2 的键列 %1 不包含整数，因此无法将该表拆分为键范围。</translation>
    </message>
    <message>
        <source>Reading the key range of the table %1 through ODBC failed.</source>
        <translation>通过 ODBC 读取表 %1 的键范围失败。</translation>
    </message>
    <message>
        <source>The query on the table %1 through the %2 failed.</source>
        <translation>通过 %2 对表 %1 执行查询失败。</translation>
    </message>
    <message>
        <source>The ODBC connection names neither a data source nor a driver.</source>
        <translation>ODBC 连接既未指定数据源，也未指定驱动程序。</translation>
    </message>
    <message>
        <source>Could not read the catalog of the %1: %2 failed.</source>
        <translation>无法读取 %1 的目录：%2 失败。</translation>
    </message>
    <message>
        <source>Check that the user may read the database&apos;s metadata; the detail holds the driver&apos;s message.</source>
        <translation>请检查该用户是否可以读取数据库的元数据；详细信息中给出了驱动程序的消息。</translation>
    </message>
    <message>
        <source>Could not start the ODBC driver manager to list its data sources.</source>
        <translation>无法启动 ODBC 驱动程序管理器来列出其数据源。</translation>
    </message>
    <message>
        <source>Check that unixODBC is installed (package unixodbc).</source>
        <translation>请检查是否已安装 unixODBC（软件包 unixodbc）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>connection string: %1</source>
        <translation>连接字符串：%1</translation>
    </message>
    <message>
        <source>The ODBC driver manager does not know the %1.</source>
        <translation>ODBC 驱动程序管理器无法识别 %1。</translation>
    </message>
    <message>
        <source>~/.odbc.ini and /etc/odbc.ini</source>
        <translation>~/.odbc.ini 和 /etc/odbc.ini</translation>
    </message>
    <message>
        <source>Known data sources: %1. Installed drivers: %2. unixODBC reads data sources from %3 (ODBCINI) and drivers from %4 (ODBCSYSINI); check the name or register it there.</source>
        <translation>已知数据源：%1。已安装的驱动程序：%2。unixODBC 从 %3 (ODBCINI) 读取数据源，从 %4 (ODBCSYSINI) 读取驱动程序；请检查名称或在其中注册。</translation>
    </message>
    <message>
        <source>Could not log in to the %1: the user name or password was rejected.</source>
        <translation>无法登录 %1：用户名或密码被拒绝。</translation>
    </message>
    <message>
        <source>Check the user name and the password: set FERRY_SOURCE_PASSWORD or FERRY_TARGET_PASSWORD, or UID and PWD in the data source.</source>
        <translation>请检查用户名和密码：设置 FERRY_SOURCE_PASSWORD 或 FERRY_TARGET_PASSWORD，或在数据源中设置 UID 和 PWD。</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the server refused the connection.</source>
        <translation>无法连接到 %1：服务器拒绝了连接。</translation>
    </message>
    <message>
        <source>Check the server name and port of the data source and that the database server is running and accepts TCP connections.</source>
        <translation>请检查数据源的服务器名称和端口，并确认数据库服务器正在运行且接受 TCP 连接。</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the server&apos;s host name could not be resolved.</source>
        <translation>无法连接到 %1：无法解析服务器的主机名。</translation>
    </message>
    <message>
        <source>Check the server name in the data source or connection options.</source>
        <translation>请检查数据源或连接选项中的服务器名称。</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the server did not answer within %2 seconds.</source>
        <translation>无法连接到 %1：服务器在 %2 秒内没有响应。</translation>
    </message>
    <message>
        <source>Check that the server is reachable (firewall, VPN, port) or raise connect_timeout.</source>
        <translation>请检查服务器是否可访问（防火墙、VPN、端口），或增大 connect_timeout。</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the TLS (SSL) handshake or certificate check failed.</source>
        <translation>无法连接到 %1：TLS (SSL) 握手或证书检查失败。</translation>
    </message>
    <message>
        <source>Check the driver&apos;s TLS options (certificate authority file, verification mode) and whether the server offers TLS.</source>
        <translation>请检查驱动程序的 TLS 选项（证书颁发机构文件、验证模式），以及服务器是否提供 TLS。</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the database does not exist.</source>
        <translation>无法连接到 %1：数据库不存在。</translation>
    </message>
    <message>
        <source>Check the database name (Database=...) of the data source or create the database.</source>
        <translation>请检查数据源的数据库名称（Database=...），或创建该数据库。</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the user may not use the database.</source>
        <translation>无法连接到 %1：该用户不允许使用此数据库。</translation>
    </message>
    <message>
        <source>Grant the user access to the database, or connect as another user.</source>
        <translation>请授予该用户访问数据库的权限，或以其他用户身份连接。</translation>
    </message>
    <message>
        <source>The file of the %1 is not a database.</source>
        <translation>%1 的文件不是数据库。</translation>
    </message>
    <message>
        <source>Check the Database= path of the data source.</source>
        <translation>请检查数据源的 Database= 路径。</translation>
    </message>
    <message>
        <source>Could not connect to the %1.</source>
        <translation>无法连接到 %1。</translation>
    </message>
    <message>
        <source>Read the driver&apos;s message in the detail; the driver&apos;s documentation lists its connection options.</source>
        <translation>请阅读详细信息中的驱动程序消息；驱动程序的文档列出了其连接选项。</translation>
    </message>
    <message>
        <source>Testing the connection to the %1 failed unexpectedly.</source>
        <translation>测试与 %1 的连接时意外失败。</translation>
    </message>
    <message>
        <source>Reading the catalog of the %1 failed unexpectedly.</source>
        <translation>读取 %1 的目录时意外失败。</translation>
    </message>
    <message>
        <source>Connected to %1 %2 through the %3.</source>
        <translation>已通过 %3 连接到 %1 %2。</translation>
    </message>
    <message>
        <source>ODBC driver %1 %2 (ODBC %3), database %4</source>
        <translation>ODBC 驱动程序 %1 %2（ODBC %3），数据库 %4</translation>
    </message>
    <message>
        <source>The driver reported: %1</source>
        <translation>驱动程序报告：%1</translation>
    </message>
    <message>
        <source>The %1 is read-only, so it cannot be a target.</source>
        <translation>%1 是只读的，因此不能作为目标。</translation>
    </message>
    <message>
        <source>Use a data source that allows writing (check its read-only option).</source>
        <translation>请使用允许写入的数据源（检查其只读选项）。</translation>
    </message>
    <message>
        <source>Unexpected text after the end of the JSON document.</source>
        <translation>JSON 文档结束后还有意外的文本。</translation>
    </message>
    <message>
        <source>The JSON document is nested more than %1 levels deep.</source>
        <translation>JSON 文档的嵌套深度超过 %1 层。</translation>
    </message>
    <message>
        <source>The JSON document ends where a value is expected.</source>
        <translation>JSON 文档在需要值的位置结束。</translation>
    </message>
    <message>
        <source>Expected a JSON value.</source>
        <translation>此处应为 JSON 值。</translation>
    </message>
    <message>
        <source>Expected a key in double quotes.</source>
        <translation>此处应为带双引号的键。</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; appears twice in the same object.</source>
        <translation>键 &apos;%1&apos; 在同一对象中出现了两次。</translation>
    </message>
    <message>
        <source>Remove one of them; JSON readers disagree on which wins.</source>
        <translation>请删除其中一个；不同的 JSON 读取器对哪一个生效的处理不一致。</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after the key.</source>
        <translation>键后面应为 &apos;:&apos;。</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;}&apos; in the object.</source>
        <translation>对象中应为 &apos;,&apos; 或 &apos;}&apos;。</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;]&apos; in the list.</source>
        <translation>列表中应为 &apos;,&apos; 或 &apos;]&apos;。</translation>
    </message>
    <message>
        <source>The string has no closing &apos;&quot;&apos;.</source>
        <translation>字符串缺少结束的 &apos;&quot;&apos;。</translation>
    </message>
    <message>
        <source>A control character (such as a line break) inside a string.</source>
        <translation>字符串中有控制字符（例如换行符）。</translation>
    </message>
    <message>
        <source>Write it as an escape, e.g. \n.</source>
        <translation>请将其写为转义序列，例如 \n。</translation>
    </message>
    <message>
        <source>Invalid \u escape in a string.</source>
        <translation>字符串中的 \u 转义无效。</translation>
    </message>
    <message>
        <source>Invalid escape in a string.</source>
        <translation>字符串中的转义无效。</translation>
    </message>
    <message>
        <source>Write a backslash as \\.</source>
        <translation>请将反斜杠写为 \\。</translation>
    </message>
    <message>
        <source>Invalid number.</source>
        <translation>数字无效。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>文件大于 %1 MiB。</translation>
    </message>
    <message>
        <source>A DMS JSON document is a few hundred KB at most; check that this is the right file.</source>
        <translation>DMS JSON 文档最多只有几百 KB；请检查这是否是正确的文件。</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>该文件不是有效的 JSON。</translation>
    </message>
    <message>
        <source>Check the quotes, commas and brackets at and just before this position.</source>
        <translation>请检查此位置及其前面的引号、逗号和括号。</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>应为%1，实际为%2。</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <source>Rule #%1 (no rule-id): %2</source>
        <translation>规则 #%1（无 rule-id）：%2</translation>
    </message>
    <message>
        <source>a table-mapping object {&quot;rules&quot;: [...]}</source>
        <translation>表映射对象 {&quot;rules&quot;: [...]}</translation>
    </message>
    <message>
        <source>Unknown key &apos;%1&apos;.</source>
        <translation>未知的键 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>The table mapping has no &quot;rules&quot; list.</source>
        <translation>表映射中没有 &quot;rules&quot; 列表。</translation>
    </message>
    <message>
        <source>A DMS table mapping is {&quot;rules&quot;: [...]} with at least one selection rule.</source>
        <translation>DMS 表映射的格式为 {&quot;rules&quot;: [...]}，且至少包含一条选择规则。</translation>
    </message>
    <message>
        <source>a task-settings object {&quot;TargetMetadata&quot;: {...}, ...}</source>
        <translation>任务设置对象 {&quot;TargetMetadata&quot;: {...}, ...}</translation>
    </message>
    <message>
        <source>The URI of endpoint &apos;%1&apos; is not a %2 URI.</source>
        <translation>终端节点 &apos;%1&apos; 的 URI 不是 %2 URI。</translation>
    </message>
    <message>
        <source>Make the URI scheme match the endpoint&apos;s engine.</source>
        <translation>请使 URI 方案与终端节点的引擎一致。</translation>
    </message>
    <message>
        <source>The project cannot be saved because it is not valid: %1</source>
        <translation>无法保存项目，因为它无效：%1</translation>
    </message>
    <message>
        <source>The project cannot be saved: it would not read back unchanged.</source>
        <translation>无法保存项目：保存后无法原样读回。</translation>
    </message>
    <message>
        <source>This is a bug in Ferry; please report it with the project file.</source>
        <translation>这是 Ferry 的缺陷；请连同项目文件一起报告。</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>Compiler-style issue line: &quot;file:line:column: error: path: message&quot;</extracomment>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>The project file is empty.</source>
        <translation>项目文件为空。</translation>
    </message>
    <message>
        <source>Start it with the line &apos;ferry: %1&apos;.</source>
        <translation>请以 &apos;ferry: %1&apos; 这一行开头。</translation>
    </message>
    <message>
        <source>The project file could not be read.</source>
        <translation>无法读取项目文件。</translation>
    </message>
    <message>
        <source>The project file does not exist.</source>
        <translation>项目文件不存在。</translation>
    </message>
    <message>
        <source>Check the path and the current directory.</source>
        <translation>请检查路径和当前目录。</translation>
    </message>
    <message>
        <source>The project file could not be opened.</source>
        <translation>无法打开项目文件。</translation>
    </message>
    <message>
        <source>Check that the file is readable.</source>
        <translation>请检查该文件是否可读。</translation>
    </message>
    <message>
        <source>The project file is too large (over 64 MiB).</source>
        <translation>项目文件太大（超过 64 MiB）。</translation>
    </message>
    <message>
        <source>Check that this is really a Ferry project file.</source>
        <translation>请检查这是否确实是 Ferry 项目文件。</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>请检查该文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>The project file could not be written.</source>
        <translation>无法写入项目文件。</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>位于 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) in the file</source>
        <translation>
            <numerusform>文件中还有 %n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Say where the password comes from instead: password: {from: keyring}, {from: env:NAME}, {from: prompt} or {from: pgpass}.</source>
        <translation>请改为说明密码的来源：password: {from: keyring}、{from: env:NAME}、{from: prompt} 或 {from: pgpass}。</translation>
    </message>
    <message>
        <source>A password must not be written into the project file.</source>
        <translation>不得将密码写入项目文件。</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>Put %1 in quotes to use it as text.</source>
        <translation>要将 %1 用作文本，请为其加上引号。</translation>
    </message>
    <message>
        <source>A name must not be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>The password needs a &apos;from&apos; key.</source>
        <translation>密码需要 &apos;from&apos; 键。</translation>
    </message>
    <message>
        <source>The password source is not one of keyring, env:NAME, prompt or pgpass.</source>
        <translation>密码来源不是 keyring、env:NAME、prompt 或 pgpass 之一。</translation>
    </message>
    <message>
        <source>&apos;pgpass&apos; applies to PostgreSQL endpoints only.</source>
        <translation>&apos;pgpass&apos; 仅适用于 PostgreSQL 终端节点。</translation>
    </message>
    <message>
        <source>Use keyring, env:NAME or prompt.</source>
        <translation>请使用 keyring、env:NAME 或 prompt。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid environment variable name.</source>
        <translation>&apos;%1&apos; 不是有效的环境变量名称。</translation>
    </message>
    <message>
        <source>Write env: followed by a name of letters, digits and underscores, e.g. env:FERRY_SOURCE_PASSWORD.</source>
        <translation>请写成 env: 后跟由字母、数字和下划线组成的名称，例如 env:FERRY_SOURCE_PASSWORD。</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>您是否指的是 &apos;%1&apos;？</translation>
    </message>
    <message>
        <source>an endpoint (a mapping with engine: ...)</source>
        <translation>终端节点（包含 engine: ... 的映射）</translation>
    </message>
    <message>
        <source>Use engine: mysql for MariaDB.</source>
        <translation>MariaDB 请使用 engine: mysql。</translation>
    </message>
    <message>
        <source>Supported engines: %1.</source>
        <translation>支持的引擎：%1。</translation>
    </message>
    <message>
        <source>Unknown engine &apos;%1&apos;.</source>
        <translation>未知的引擎 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>The endpoint has no engine.</source>
        <translation>该终端节点没有引擎。</translation>
    </message>
    <message>
        <source>Add engine: postgresql, mysql, sqlite or odbc.</source>
        <translation>请添加 engine: postgresql、mysql、sqlite 或 odbc。</translation>
    </message>
    <message>
        <source>SQLite endpoints have no password.</source>
        <translation>SQLite 终端节点没有密码。</translation>
    </message>
    <message>
        <source>Remove the password key.</source>
        <translation>请删除 password 键。</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; does not apply to %2 endpoints.</source>
        <translation>键 &apos;%1&apos; 不适用于 %2 终端节点。</translation>
    </message>
    <message>
        <source>Keys for %1 endpoints: %2.</source>
        <translation>%1 终端节点可用的键：%2。</translation>
    </message>
    <message>
        <source>Give either &apos;uri&apos; or &apos;%1&apos;, not both.</source>
        <translation>请只提供 &apos;uri&apos; 或 &apos;%1&apos; 其中之一，不要同时提供。</translation>
    </message>
    <message>
        <source>Put everything into the URI, or remove the URI and use separate keys.</source>
        <translation>请将所有内容写入 URI，或删除 URI 并使用单独的键。</translation>
    </message>
    <message>
        <source>The connection URI is not valid.</source>
        <translation>连接 URI 无效。</translation>
    </message>
    <message>
        <source>The URI is a %1 URI but the endpoint&apos;s engine is %2.</source>
        <translation>该 URI 是 %1 URI，但终端节点的引擎是 %2。</translation>
    </message>
    <message>
        <source>Make the URI scheme and the engine agree.</source>
        <translation>请使 URI 方案与引擎一致。</translation>
    </message>
    <message>
        <source>a port number from 1 to 65535</source>
        <translation>1 到 65535 之间的端口号</translation>
    </message>
    <message>
        <source>Remove the quotes around %1.</source>
        <translation>请删除 %1 两侧的引号。</translation>
    </message>
    <message>
        <source>Write the port as a number, e.g. port: 5432.</source>
        <translation>请将端口写为数字，例如 port: 5432。</translation>
    </message>
    <message>
        <source>a mapping of options</source>
        <translation>选项映射</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>单个值</translation>
    </message>
    <message>
        <source>A SQLite endpoint needs a path.</source>
        <translation>SQLite 终端节点需要路径。</translation>
    </message>
    <message>
        <source>Add path: with the database file, relative to the project file or absolute.</source>
        <translation>请添加 path: 并指定数据库文件，可以是相对于项目文件的路径或绝对路径。</translation>
    </message>
    <message>
        <source>An ODBC endpoint needs a dsn or a driver option.</source>
        <translation>ODBC 终端节点需要 dsn 或 driver 选项。</translation>
    </message>
    <message>
        <source>Add dsn: with a data source name from odbc.ini, or options: {driver: ...}.</source>
        <translation>请添加 dsn: 并指定 odbc.ini 中的数据源名称，或添加 options: {driver: ...}。</translation>
    </message>
    <message>
        <source>a table mapping (a mapping with rules: ...)</source>
        <translation>表映射（包含 rules: ... 的映射）</translation>
    </message>
    <message>
        <source>The table mapping has no rules list.</source>
        <translation>表映射中没有规则列表。</translation>
    </message>
    <message>
        <source>Add rules: with at least one selection rule.</source>
        <translation>请添加 rules: 并至少包含一条选择规则。</translation>
    </message>
    <message>
        <source>Defined under %1: %2.</source>
        <translation>%1 下已定义：%2。</translation>
    </message>
    <message>
        <source>Define it under %1 first.</source>
        <translation>请先在 %1 下定义它。</translation>
    </message>
    <message>
        <source>a task (a mapping with source, target, ...)</source>
        <translation>任务（包含 source、target 等的映射）</translation>
    </message>
    <message>
        <source>The task &apos;%1&apos; refers to the endpoint &apos;%2&apos;, which is not defined.</source>
        <translation>任务 &apos;%1&apos; 引用了未定义的终端节点 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>Unknown migration type &apos;%1&apos;.</source>
        <translation>未知的迁移类型 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>The task &apos;%1&apos; refers to the table mapping &apos;%2&apos;, which is not defined.</source>
        <translation>任务 &apos;%1&apos; 引用了未定义的表映射 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>the name of a mapping, or a mapping with rules: ...</source>
        <translation>映射的名称，或包含 rules: ... 的映射</translation>
    </message>
    <message>
        <source>The task &apos;%1&apos; has no %2 endpoint.</source>
        <translation>任务 &apos;%1&apos; 没有 %2 终端节点。</translation>
    </message>
    <message>
        <source>Add %1: with the name of an endpoint.</source>
        <translation>请添加 %1: 并指定终端节点的名称。</translation>
    </message>
    <message>
        <source>The file is not a Ferry project: expected keys such as ferry, name and endpoints, found %1.</source>
        <translation>该文件不是 Ferry 项目：应包含 ferry、name 和 endpoints 等键，但发现的是 %1。</translation>
    </message>
    <message>
        <source>Start the file with the line &apos;ferry: 1&apos;.</source>
        <translation>请以 &apos;ferry: 1&apos; 这一行作为文件开头。</translation>
    </message>
    <message>
        <source>The file has no &apos;ferry&apos; key with the format version.</source>
        <translation>该文件没有包含格式版本的 &apos;ferry&apos; 键。</translation>
    </message>
    <message>
        <source>Add &apos;ferry: %1&apos; as the first line.</source>
        <translation>请将 &apos;ferry: %1&apos; 添加为第一行。</translation>
    </message>
    <message>
        <source>the format version %1</source>
        <translation>格式版本 %1</translation>
    </message>
    <message>
        <source>Write &apos;ferry: %1&apos;.</source>
        <translation>请写成 &apos;ferry: %1&apos;。</translation>
    </message>
    <message>
        <source>The project file format version %1 is not supported.</source>
        <translation>不支持项目文件格式版本 %1。</translation>
    </message>
    <message>
        <source>This Ferry reads version %1 files; open the project with a newer Ferry.</source>
        <translation>此版本的 Ferry 读取版本 %1 的文件；请使用更新版本的 Ferry 打开该项目。</translation>
    </message>
    <message>
        <source>The only version is %1: write &apos;ferry: %1&apos;.</source>
        <translation>唯一的版本是 %1：请写成 &apos;ferry: %1&apos;。</translation>
    </message>
    <message>
        <source>The project name is empty.</source>
        <translation>项目名称为空。</translation>
    </message>
    <message>
        <source>Give the project a name, e.g. name: hr-migration.</source>
        <translation>请为项目指定名称，例如 name: hr-migration。</translation>
    </message>
    <message>
        <source>a mapping of endpoint names</source>
        <translation>以终端节点名称为键的映射</translation>
    </message>
    <message>
        <source>a mapping of table-mapping names</source>
        <translation>以表映射名称为键的映射</translation>
    </message>
    <message>
        <source>a mapping of task names</source>
        <translation>以任务名称为键的映射</translation>
    </message>
    <message>
        <source>The project has no name.</source>
        <translation>该项目没有名称。</translation>
    </message>
    <message>
        <source>Add a line such as &apos;name: hr-migration&apos;.</source>
        <translation>请添加一行，例如 &apos;name: hr-migration&apos;。</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>空值 (null)</translation>
    </message>
    <message>
        <source>the boolean %1</source>
        <translation>布尔值 %1</translation>
    </message>
    <message>
        <source>the integer %1</source>
        <translation>整数 %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>字符串 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>Allowed here: %1.</source>
        <translation>此处允许：%1。</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>an integer of at least %1</source>
        <translation>不小于 %1 的整数</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string or an integer</source>
        <translation>字符串或整数</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 之一</translation>
    </message>
    <message>
        <source>a mapping (key: value lines)</source>
        <translation>映射（“键: 值”行）</translation>
    </message>
    <message>
        <source>Unknown value &apos;%1&apos;.</source>
        <translation>未知的值 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Ferry does not know the key &apos;%1&apos; and does not act on it.</source>
        <translation>Ferry 无法识别键 &apos;%1&apos;，不会对其进行处理。</translation>
    </message>
    <message>
        <source>The required key &apos;%1&apos; is missing.</source>
        <translation>缺少必需的键 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Filters apply only to selection rules with rule-action: include.</source>
        <translation>筛选条件仅适用于 rule-action: include 的选择规则。</translation>
    </message>
    <message>
        <source>Remove the filters or make the rule include tables.</source>
        <translation>请删除筛选条件，或让该规则包含表。</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; needs start-value and end-value (and no value).</source>
        <translation>筛选运算符 &apos;%1&apos; 需要 start-value 和 end-value（且不需要 value）。</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; takes no value.</source>
        <translation>筛选运算符 &apos;%1&apos; 不接受值。</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; needs a value (and no start-value or end-value).</source>
        <translation>筛选运算符 &apos;%1&apos; 需要 value（且不需要 start-value 或 end-value）。</translation>
    </message>
    <message>
        <source>The rule-action &apos;%1&apos; does not apply to rule-target &apos;%2&apos;.</source>
        <translation>rule-action &apos;%1&apos; 不适用于 rule-target &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>Use rule-target: %1.</source>
        <translation>请使用 rule-target: %1。</translation>
    </message>
    <message>
        <source>The rule-action &apos;%1&apos; needs the key &apos;%2&apos;.</source>
        <translation>rule-action &apos;%1&apos; 需要键 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>The object-locator needs &apos;table-name&apos; for rule-target &apos;%1&apos;.</source>
        <translation>对于 rule-target &apos;%1&apos;，object-locator 需要 &apos;table-name&apos;。</translation>
    </message>
    <message>
        <source>The object-locator needs &apos;column-name&apos; for rule-target &apos;column&apos;.</source>
        <translation>对于 rule-target &apos;column&apos;，object-locator 需要 &apos;column-name&apos;。</translation>
    </message>
    <message>
        <source>define-primary-key needs exact names, not wildcards.</source>
        <translation>define-primary-key 需要确切的名称，不能使用通配符。</translation>
    </message>
    <message>
        <source>Exact schema and table name required when using table settings rule.</source>
        <translation>使用表设置规则时，需要确切的架构名和表名。</translation>
    </message>
    <message>
        <source>Write one table-settings rule per table, without %.</source>
        <translation>每个表写一条 table-settings 规则，不要使用 %。</translation>
    </message>
    <message>
        <source>Parallel load by ranges needs &apos;columns&apos; and &apos;boundaries&apos;.</source>
        <translation>按范围并行加载需要 &apos;columns&apos; 和 &apos;boundaries&apos;。</translation>
    </message>
    <message>
        <source>Parallel load by ranges allows at most 10 columns.</source>
        <translation>按范围并行加载最多允许 10 列。</translation>
    </message>
    <message>
        <source>A boundary has %1 values but there are %2 columns.</source>
        <translation>一个边界有 %1 个值，但有 %2 列。</translation>
    </message>
    <message>
        <source>Give one value per column in every boundary.</source>
        <translation>请在每个边界中为每一列提供一个值。</translation>
    </message>
    <message>
        <source>Parallel load by partitions-list needs &apos;partitions&apos;.</source>
        <translation>按 partitions-list 并行加载需要 &apos;partitions&apos;。</translation>
    </message>
    <message>
        <source>Expected a rule (a mapping), found %1.</source>
        <translation>应为规则（映射），实际为%1。</translation>
    </message>
    <message>
        <source>The rule has no rule-type.</source>
        <translation>该规则没有 rule-type。</translation>
    </message>
    <message>
        <source>Add rule-type: %1.</source>
        <translation>请添加 rule-type: %1。</translation>
    </message>
    <message>
        <source>Unknown rule-type &apos;%1&apos;.</source>
        <translation>未知的 rule-type &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Expected a rule-type, found %1.</source>
        <translation>应为 rule-type，实际为%1。</translation>
    </message>
    <message>
        <source>Unknown log component &apos;%1&apos;; Ferry ignores it.</source>
        <translation>未知的日志组件 &apos;%1&apos;；Ferry 将忽略它。</translation>
    </message>
    <message>
        <source>Expected a list of rules, found %1.</source>
        <translation>应为规则列表，实际为%1。</translation>
    </message>
    <message>
        <source>Write each rule as a list item starting with &apos;- rule-type:&apos;.</source>
        <translation>请将每条规则写为以 &apos;- rule-type:&apos; 开头的列表项。</translation>
    </message>
    <message>
        <source>The rule-id &apos;%1&apos; is already used by another rule.</source>
        <translation>rule-id &apos;%1&apos; 已被另一条规则使用。</translation>
    </message>
    <message>
        <source>Its first use is on line %1; give each rule its own rule-id.</source>
        <translation>它首次使用于第 %1 行；请为每条规则指定各自的 rule-id。</translation>
    </message>
    <message>
        <source>The rule-name &apos;%1&apos; is also used by rule-id &apos;%2&apos;.</source>
        <translation>rule-name &apos;%1&apos; 也被 rule-id &apos;%2&apos; 使用。</translation>
    </message>
    <message>
        <source>Unique rule names make logs easier to read.</source>
        <translation>唯一的规则名称可使日志更易于阅读。</translation>
    </message>
    <message>
        <source>No selection rule includes any table, so a task with this mapping migrates nothing.</source>
        <translation>没有任何选择规则包含表，因此使用此映射的任务不会迁移任何内容。</translation>
    </message>
    <message>
        <source>Add a selection rule with rule-action: include.</source>
        <translation>请添加一条 rule-action: include 的选择规则。</translation>
    </message>
    <message>
        <source>The file holds more than one YAML document.</source>
        <translation>该文件包含多个 YAML 文档。</translation>
    </message>
    <message>
        <source>Keep one project per file; remove the second &apos;---&apos; and what follows it.</source>
        <translation>每个文件只保留一个项目；请删除第二个 &apos;---&apos; 及其后面的内容。</translation>
    </message>
    <message>
        <source>An alias refers to the node that contains it.</source>
        <translation>某个别名引用了包含它的节点。</translation>
    </message>
    <message>
        <source>Recursive aliases are not allowed; copy the value instead.</source>
        <translation>不允许递归别名；请改为复制该值。</translation>
    </message>
    <message>
        <source>An alias refers to an unknown anchor.</source>
        <translation>某个别名引用了未知的锚点。</translation>
    </message>
    <message>
        <source>The tag &apos;%1&apos; is not supported.</source>
        <translation>不支持标签 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Remove the tag; project files use plain YAML values.</source>
        <translation>请删除该标签；项目文件使用普通的 YAML 值。</translation>
    </message>
    <message>
        <source>The file has too many values (more than %1).</source>
        <translation>文件中的值太多（超过 %1 个）。</translation>
    </message>
    <message>
        <source>Check for aliases that expand to huge structures.</source>
        <translation>请检查是否有展开后结构极大的别名。</translation>
    </message>
    <message>
        <source>The values are nested too deeply (more than %1 levels).</source>
        <translation>值的嵌套太深（超过 %1 层）。</translation>
    </message>
    <message>
        <source>A mapping key is a list or a mapping.</source>
        <translation>某个映射键是列表或映射。</translation>
    </message>
    <message>
        <source>Keys must be plain text.</source>
        <translation>键必须是纯文本。</translation>
    </message>
    <message>
        <source>A mapping key is empty.</source>
        <translation>某个映射键为空。</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; appears twice in the same mapping.</source>
        <translation>键 &apos;%1&apos; 在同一映射中出现了两次。</translation>
    </message>
    <message>
        <source>Its first use is on line %1; remove one of them.</source>
        <translation>它首次使用于第 %1 行；请删除其中一个。</translation>
    </message>
    <message>
        <source>YAML does not allow tabs for indentation; indent with spaces.</source>
        <translation>YAML 不允许使用制表符缩进；请使用空格缩进。</translation>
    </message>
    <message>
        <source>Check the indentation, quotes and brackets at and just before this position.</source>
        <translation>请检查此位置及其前面的缩进、引号和括号。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>该文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>Save the project file with UTF-8 encoding.</source>
        <translation>请使用 UTF-8 编码保存项目文件。</translation>
    </message>
    <message>
        <source>The file is not valid YAML.</source>
        <translation>该文件不是有效的 YAML。</translation>
    </message>
    <message>
        <source>The file could not be read as YAML.</source>
        <translation>无法将该文件作为 YAML 读取。</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules %1 all filter table %2; Ferry applies all their filters (AND).</source>
        <translation>规则 %1 都筛选表 %2；Ferry 会同时应用它们的所有筛选条件 (AND)。</translation>
    </message>
    <message numerus="yes">
        <source>selects %n view(s) (%1); Ferry loads tables only for now, so they are skipped.</source>
        <translation>
            <numerusform>选择了 %n 个视图（%1）；Ferry 目前只加载表，因此将跳过这些视图。</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter names column &apos;%1&apos;, which table %2 does not have.</source>
        <translation>筛选条件指定了列 &apos;%1&apos;，但表 %2 中没有该列。</translation>
    </message>
    <message>
        <source>Filter on a column of the source table; names are case-sensitive.</source>
        <translation>请对源表中的列进行筛选；名称区分大小写。</translation>
    </message>
    <message>
        <source>The filter names LOB column &apos;%1&apos; of table %2; source filters cannot test LOB columns.</source>
        <translation>筛选条件指定了表 %2 的 LOB 列 &apos;%1&apos;；源筛选条件无法检测 LOB 列。</translation>
    </message>
    <message>
        <source>Filter on another column.</source>
        <translation>请对其他列进行筛选。</translation>
    </message>
    <message>
        <source>The rule leaves %1 without a name.</source>
        <translation>该规则使 %1 没有名称。</translation>
    </message>
    <message>
        <source>Change the rule&apos;s value so that a name remains.</source>
        <translation>请更改该规则的值，以便保留名称。</translation>
    </message>
    <message>
        <source>The rules remove every column of table %1.</source>
        <translation>这些规则删除了表 %1 的所有列。</translation>
    </message>
    <message>
        <source>Keep at least one column, or exclude the table with a selection rule.</source>
        <translation>请至少保留一列，或使用选择规则排除该表。</translation>
    </message>
    <message>
        <source>Columns %1 and %2 of table %3 would both be named %4 on the target.</source>
        <translation>表 %3 的列 %1 和 %2 在目标上都将被命名为 %4。</translation>
    </message>
    <message>
        <source>Give each target column its own name.</source>
        <translation>请为每个目标列指定各自的名称。</translation>
    </message>
    <message>
        <source>define-primary-key names column &apos;%1&apos;, which table %2 does not have on the target.</source>
        <translation>define-primary-key 指定了列 &apos;%1&apos;，但表 %2 在目标上没有该列。</translation>
    </message>
    <message>
        <source>Name columns of the table (names are case-sensitive).</source>
        <translation>请指定该表的列（名称区分大小写）。</translation>
    </message>
    <message>
        <source>Table %1 gets no primary key: rule %2 removes its key column %3.</source>
        <translation>表 %1 将没有主键：规则 %2 删除了其键列 %3。</translation>
    </message>
    <message>
        <source>Unique key %1 of table %2 is not created: rule %3 removes its column %4.</source>
        <translation>未创建表 %2 的唯一键 %1：规则 %3 删除了其列 %4。</translation>
    </message>
    <message>
        <source>Index %1 of table %2 is not created: its expressions name source columns, and rules rename or remove columns of the table.</source>
        <translation>未创建表 %2 的索引 %1：其表达式引用了源列，而规则会重命名或删除该表的列。</translation>
    </message>
    <message>
        <source>Unique index %1 of table %2 is not created: rule %3 removes its column %4.</source>
        <translation>未创建表 %2 的唯一索引 %1：规则 %3 删除了其列 %4。</translation>
    </message>
    <message>
        <source>Index %1 of table %2 is not created: rule %3 removes all its columns.</source>
        <translation>未创建表 %2 的索引 %1：规则 %3 删除了其所有列。</translation>
    </message>
    <message>
        <source>Index %1 of table %2 loses column %3, which rule %4 removes.</source>
        <translation>表 %2 的索引 %1 将缺少列 %3，因为规则 %4 删除了该列。</translation>
    </message>
    <message>
        <source>Source tables %1 and %2 would both load into target table %3.</source>
        <translation>源表 %1 和 %2 都将加载到目标表 %3 中。</translation>
    </message>
    <message>
        <source>AWS DMS loads each source table into its own target table: exclude one of them or rename it with a transformation rule.</source>
        <translation>AWS DMS 会将每个源表加载到各自的目标表中：请排除其中一个，或使用转换规则将其重命名。</translation>
    </message>
    <message>
        <source>table %1 is not selected, so its table settings do not apply.</source>
        <translation>表 %1 未被选择，因此其表设置不适用。</translation>
    </message>
    <message>
        <source>parallel-load names column &apos;%1&apos;, which table %2 does not have.</source>
        <translation>parallel-load 指定了列 &apos;%1&apos;，但表 %2 中没有该列。</translation>
    </message>
    <message>
        <source>Use columns of the source table (names are case-sensitive), ideally indexed ones.</source>
        <translation>请使用源表的列（名称区分大小写），最好是有索引的列。</translation>
    </message>
    <message>
        <source>parallel-load cannot segment table %1 by column &apos;%2&apos;: range boundaries cannot use floating-point or LOB columns.</source>
        <translation>parallel-load 无法按列 &apos;%2&apos; 对表 %1 进行分段：范围边界不能使用浮点列或 LOB 列。</translation>
    </message>
    <message>
        <source>Choose an integer, decimal, text or date column.</source>
        <translation>请选择整数、小数、文本或日期列。</translation>
    </message>
    <message>
        <source>Foreign key %1 of table %2 is not created: it references %3, which is not selected.</source>
        <translation>未创建表 %2 的外键 %1：它引用了未被选择的 %3。</translation>
    </message>
    <message>
        <source>Foreign key %1 of table %2 is not created: rule %3 removes column %4 of table %5.</source>
        <translation>未创建表 %2 的外键 %1：规则 %3 删除了表 %5 的列 %4。</translation>
    </message>
    <message>
        <source>the expression of column %1 refers to $%2, which is not a column read from %3.</source>
        <translation>列 %1 的表达式引用了 $%2，但它不是从 %3 读取的列。</translation>
    </message>
    <message>
        <source>not applied to %1: rule %2 already applies to it (AWS DMS applies one transformation action per object, lowest rule-id first).</source>
        <translation>未应用于 %1：规则 %2 已应用于该对象（AWS DMS 对每个对象只应用一个转换操作，rule-id 最小的优先）。</translation>
    </message>
    <message>
        <source>not applied to %1 objects (%2): rules with lower rule-ids already apply to them (AWS DMS applies one transformation action per object, lowest rule-id first).</source>
        <translation>未应用于 %1 个对象（%2）：rule-id 更小的规则已应用于这些对象（AWS DMS 对每个对象只应用一个转换操作，rule-id 最小的优先）。</translation>
    </message>
    <message>
        <source>matches no table of the source.</source>
        <translation>与源中的任何表都不匹配。</translation>
    </message>
    <message>
        <source>matches no table of the source (table settings need the exact source schema and table name).</source>
        <translation>与源中的任何表都不匹配（表设置需要确切的源架构名和表名）。</translation>
    </message>
    <message>
        <source>matches nothing in the selected tables.</source>
        <translation>与所选表中的任何内容都不匹配。</translation>
    </message>
    <message>
        <source>The rule is not a mapping of keys.</source>
        <translation>该规则不是键映射。</translation>
    </message>
    <message>
        <source>Write each rule as an object with rule-type, rule-id, rule-name, object-locator and rule-action.</source>
        <translation>请将每条规则写为包含 rule-type、rule-id、rule-name、object-locator 和 rule-action 的对象。</translation>
    </message>
    <message>
        <source>object-mapping rules apply to Amazon DynamoDB targets; Ferry ignores this rule.</source>
        <translation>object-mapping 规则适用于 Amazon DynamoDB 目标；Ferry 将忽略此规则。</translation>
    </message>
    <message>
        <source>Validation rules are not supported yet; Ferry ignores this rule.</source>
        <translation>尚不支持验证规则；Ferry 将忽略此规则。</translation>
    </message>
    <message>
        <source>Use rule-type selection, transformation or table-settings.</source>
        <translation>请使用 rule-type selection、transformation 或 table-settings。</translation>
    </message>
    <message>
        <source>The rule has no object-locator.</source>
        <translation>该规则没有 object-locator。</translation>
    </message>
    <message>
        <source>Add object-locator with schema-name (and table-name).</source>
        <translation>请添加包含 schema-name（和 table-name）的 object-locator。</translation>
    </message>
    <message>
        <source>The object-locator has no schema-name.</source>
        <translation>object-locator 没有 schema-name。</translation>
    </message>
    <message>
        <source>Add schema-name (use % for every schema).</source>
        <translation>请添加 schema-name（使用 % 表示所有架构）。</translation>
    </message>
    <message>
        <source>Unknown selection rule-action &apos;%1&apos;.</source>
        <translation>未知的选择规则 rule-action &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Use rule-action include, exclude or explicit.</source>
        <translation>请使用 rule-action include、exclude 或 explicit。</translation>
    </message>
    <message>
        <source>The object-locator has no table-name.</source>
        <translation>object-locator 没有 table-name。</translation>
    </message>
    <message>
        <source>Add table-name (use % for every table).</source>
        <translation>请添加 table-name（使用 % 表示所有表）。</translation>
    </message>
    <message>
        <source>Unknown table-type &apos;%1&apos;.</source>
        <translation>未知的 table-type &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Use table-type table, view or all.</source>
        <translation>请使用 table-type table、view 或 all。</translation>
    </message>
    <message>
        <source>An explicit selection rule names one table exactly, but this one has a % wildcard.</source>
        <translation>显式选择规则应确切指定一个表，但此规则包含 % 通配符。</translation>
    </message>
    <message>
        <source>Write the exact schema and table name, or use rule-action include.</source>
        <translation>请写出确切的架构名和表名，或使用 rule-action include。</translation>
    </message>
    <message>
        <source>The load-order &apos;%1&apos; is not a positive integer.</source>
        <translation>load-order &apos;%1&apos; 不是正整数。</translation>
    </message>
    <message>
        <source>Write load-order as a whole number; tables with higher values load first.</source>
        <translation>请将 load-order 写为整数；值较大的表先加载。</translation>
    </message>
    <message>
        <source>The filters are not a list.</source>
        <translation>filters 不是列表。</translation>
    </message>
    <message>
        <source>Write filters as a list of {filter-type, column-name, filter-conditions}.</source>
        <translation>请将 filters 写为 {filter-type, column-name, filter-conditions} 的列表。</translation>
    </message>
    <message>
        <source>Filters apply only to selection rules with rule-action include.</source>
        <translation>筛选条件仅适用于 rule-action 为 include 的选择规则。</translation>
    </message>
    <message>
        <source>Source filters need an exact table name, but the table-name &apos;%1&apos; has a % wildcard.</source>
        <translation>源筛选条件需要确切的表名，但 table-name &apos;%1&apos; 包含 % 通配符。</translation>
    </message>
    <message>
        <source>Write one selection rule with filters per table.</source>
        <translation>请为每个表编写一条带筛选条件的选择规则。</translation>
    </message>
    <message>
        <source>A filter is not a mapping of keys.</source>
        <translation>某个筛选条件不是键映射。</translation>
    </message>
    <message>
        <source>Write each filter as {filter-type, column-name, filter-conditions}.</source>
        <translation>请将每个筛选条件写为 {filter-type, column-name, filter-conditions}。</translation>
    </message>
    <message>
        <source>Unknown filter-type &apos;%1&apos;.</source>
        <translation>未知的 filter-type &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Use filter-type source.</source>
        <translation>请使用 filter-type source。</translation>
    </message>
    <message>
        <source>A filter has no column-name.</source>
        <translation>某个筛选条件没有 column-name。</translation>
    </message>
    <message>
        <source>Name the source column the filter tests.</source>
        <translation>请指定该筛选条件所检测的源列。</translation>
    </message>
    <message>
        <source>The filter on column &apos;%1&apos; has no filter-conditions.</source>
        <translation>列 &apos;%1&apos; 上的筛选条件没有 filter-conditions。</translation>
    </message>
    <message>
        <source>Add at least one filter condition.</source>
        <translation>请至少添加一个筛选条件。</translation>
    </message>
    <message>
        <source>A filter condition is not a mapping.</source>
        <translation>某个筛选条件不是映射。</translation>
    </message>
    <message>
        <source>Write each condition as {filter-operator, value} or {filter-operator, start-value, end-value}.</source>
        <translation>请将每个条件写为 {filter-operator, value} 或 {filter-operator, start-value, end-value}。</translation>
    </message>
    <message>
        <source>Unknown filter-operator &apos;%1&apos;.</source>
        <translation>未知的 filter-operator &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Use ste, lte, gte, eq, noteq, between, notbetween, null or notnull.</source>
        <translation>请使用 ste、lte、gte、eq、noteq、between、notbetween、null 或 notnull。</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; on column &apos;%2&apos; needs start-value and end-value.</source>
        <translation>列 &apos;%2&apos; 上的筛选运算符 &apos;%1&apos; 需要 start-value 和 end-value。</translation>
    </message>
    <message>
        <source>Give the inclusive bounds as start-value and end-value, without value.</source>
        <translation>请以 start-value 和 end-value 提供包含边界值的范围，不要提供 value。</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; on column &apos;%2&apos; takes no value.</source>
        <translation>列 &apos;%2&apos; 上的筛选运算符 &apos;%1&apos; 不接受值。</translation>
    </message>
    <message>
        <source>Remove value, start-value and end-value from the condition.</source>
        <translation>请从该条件中删除 value、start-value 和 end-value。</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; on column &apos;%2&apos; needs a value.</source>
        <translation>列 &apos;%2&apos; 上的筛选运算符 &apos;%1&apos; 需要一个值。</translation>
    </message>
    <message>
        <source>Give the value to compare with as value.</source>
        <translation>请以 value 提供要比较的值。</translation>
    </message>
    <message>
        <source>The filter on column &apos;%1&apos; has %2 negative conditions; a filter may have only one.</source>
        <translation>列 &apos;%1&apos; 上的筛选条件有 %2 个否定条件；一个筛选条件只能有一个否定条件。</translation>
    </message>
    <message>
        <source>Keep one of noteq, notbetween or notnull per filter, or split the conditions into several filters (they are combined with AND).</source>
        <translation>每个筛选条件只保留 noteq、notbetween 或 notnull 中的一个，或将这些条件拆分到多个筛选条件中（它们以 AND 组合）。</translation>
    </message>
    <message>
        <source>The rule has no rule-target.</source>
        <translation>该规则没有 rule-target。</translation>
    </message>
    <message>
        <source>Unknown rule-target &apos;%1&apos;.</source>
        <translation>未知的 rule-target &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Use rule-target schema, table, column, table-tablespace or index-tablespace.</source>
        <translation>请使用 rule-target schema、table、column、table-tablespace 或 index-tablespace。</translation>
    </message>
    <message>
        <source>The rule has no rule-action.</source>
        <translation>该规则没有 rule-action。</translation>
    </message>
    <message>
        <source>Unknown transformation rule-action &apos;%1&apos;.</source>
        <translation>未知的转换规则 rule-action &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Use one of the AWS DMS transformation actions (rename, convert-lowercase, add-column, ...).</source>
        <translation>请使用 AWS DMS 转换操作之一（rename、convert-lowercase、add-column 等）。</translation>
    </message>
    <message>
        <source>The data masking action &apos;%1&apos; is not supported yet.</source>
        <translation>尚不支持数据掩码操作 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Remove the rule; Ferry would otherwise copy the column unmasked.</source>
        <translation>请删除该规则；否则 Ferry 会原样复制未掩码的列。</translation>
    </message>
    <message>
        <source>Tablespace renames apply to Oracle targets only; Ferry ignores this rule.</source>
        <translation>表空间重命名仅适用于 Oracle 目标；Ferry 将忽略此规则。</translation>
    </message>
    <message>
        <source>add-before-image-columns is accepted but not supported yet (before images belong to change data capture); no column is added.</source>
        <translation>add-before-image-columns 可以被接受，但尚不支持（前映像属于变更数据捕获 (CDC)）；不会添加任何列。</translation>
    </message>
    <message>
        <source>The object-locator needs table-name for rule-target &apos;%1&apos;.</source>
        <translation>对于 rule-target &apos;%1&apos;，object-locator 需要 table-name。</translation>
    </message>
    <message>
        <source>The object-locator needs column-name for rule-target &apos;column&apos;.</source>
        <translation>对于 rule-target &apos;column&apos;，object-locator 需要 column-name。</translation>
    </message>
    <message>
        <source>Add column-name (use % for every column).</source>
        <translation>请添加 column-name（使用 % 表示所有列）。</translation>
    </message>
    <message>
        <source>Write one define-primary-key rule per table.</source>
        <translation>请为每个表编写一条 define-primary-key 规则。</translation>
    </message>
    <message>
        <source>Add %1 to the rule.</source>
        <translation>请将 %1 添加到该规则中。</translation>
    </message>
    <message>
        <source>The rule-action &apos;%1&apos; needs a non-empty value.</source>
        <translation>rule-action &apos;%1&apos; 需要非空的 value。</translation>
    </message>
    <message>
        <source>Write the new name as value.</source>
        <translation>请将新名称写为 value。</translation>
    </message>
    <message>
        <source>The value &apos;%1&apos; has a &apos;${&apos; without a closing &apos;}&apos;.</source>
        <translation>值 &apos;%1&apos; 中有 &apos;${&apos; 但没有结束的 &apos;}&apos;。</translation>
    </message>
    <message>
        <source>Write variables as ${schema-name}, ${table-name} or ${column-name}.</source>
        <translation>请将变量写为 ${schema-name}、${table-name} 或 ${column-name}。</translation>
    </message>
    <message>
        <source>The variable &apos;${%1}&apos; is not available when renaming a %2.</source>
        <translation>重命名 %2 时不能使用变量 &apos;${%1}&apos;。</translation>
    </message>
    <message>
        <source>Use %1.</source>
        <translation>请使用 %1。</translation>
    </message>
    <message>
        <source>The rule-action &apos;%1&apos; needs the key &apos;data-type&apos;.</source>
        <translation>rule-action &apos;%1&apos; 需要键 &apos;data-type&apos;。</translation>
    </message>
    <message>
        <source>Add data-type: {type: ..., length/precision/scale}.</source>
        <translation>请添加 data-type: {type: ..., length/precision/scale}。</translation>
    </message>
    <message>
        <source>The data-type %1 &apos;%2&apos; is not a whole number.</source>
        <translation>data-type 的 %1 &apos;%2&apos; 不是整数。</translation>
    </message>
    <message>
        <source>Write precision, scale and length as whole numbers.</source>
        <translation>请将 precision、scale 和 length 写为整数。</translation>
    </message>
    <message>
        <source>The data-type &apos;%1&apos; has no equivalent in a relational target.</source>
        <translation>data-type &apos;%1&apos; 在关系型目标中没有对应的类型。</translation>
    </message>
    <message>
        <source>Use one of string, wstring, bytes, int1-int8, uint1-uint8, numeric, real4, real8, date, time, datetime, blob, clob, nclob, boolean.</source>
        <translation>请使用 string、wstring、bytes、int1-int8、uint1-uint8、numeric、real4、real8、date、time、datetime、blob、clob、nclob、boolean 之一。</translation>
    </message>
    <message>
        <source>The rule-action &apos;define-primary-key&apos; needs the key &apos;primary-key-def&apos;.</source>
        <translation>rule-action &apos;define-primary-key&apos; 需要键 &apos;primary-key-def&apos;。</translation>
    </message>
    <message>
        <source>Add primary-key-def: {name, origin, columns}.</source>
        <translation>请添加 primary-key-def: {name, origin, columns}。</translation>
    </message>
    <message>
        <source>Unknown primary-key-def origin &apos;%1&apos;.</source>
        <translation>未知的 primary-key-def origin &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Use origin primary-key or unique-index.</source>
        <translation>请使用 origin primary-key 或 unique-index。</translation>
    </message>
    <message>
        <source>The primary-key-def has no columns.</source>
        <translation>primary-key-def 没有列。</translation>
    </message>
    <message>
        <source>List the key columns under columns.</source>
        <translation>请在 columns 下列出键列。</translation>
    </message>
    <message>
        <source>Name the table the settings apply to.</source>
        <translation>请指定这些设置所适用的表。</translation>
    </message>
    <message>
        <source>The table-settings rule has neither parallel-load nor lob-settings; it has no effect.</source>
        <translation>该 table-settings 规则既没有 parallel-load，也没有 lob-settings；它不起作用。</translation>
    </message>
    <message>
        <source>The parallel-load setting is not a mapping.</source>
        <translation>parallel-load 设置不是映射。</translation>
    </message>
    <message>
        <source>Write parallel-load as {type: ...}.</source>
        <translation>请将 parallel-load 写为 {type: ...}。</translation>
    </message>
    <message>
        <source>Unknown parallel-load type &apos;%1&apos;.</source>
        <translation>未知的 parallel-load type &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Use none, ranges, partitions-auto, partitions-list or subpartitions-auto.</source>
        <translation>请使用 none、ranges、partitions-auto、partitions-list 或 subpartitions-auto。</translation>
    </message>
    <message>
        <source>The parallel-load key &apos;%1&apos; applies to MongoDB and Amazon DocumentDB sources; Ferry ignores it.</source>
        <translation>parallel-load 键 &apos;%1&apos; 适用于 MongoDB 和 Amazon DocumentDB 源；Ferry 将忽略它。</translation>
    </message>
    <message>
        <source>List the key columns and one upper bound per segment.</source>
        <translation>请列出键列，并为每个分段提供一个上限值。</translation>
    </message>
    <message>
        <source>Parallel load by ranges allows at most 10 columns, this rule has %1.</source>
        <translation>按范围并行加载最多允许 10 列，此规则有 %1 列。</translation>
    </message>
    <message>
        <source>Segment by the 10 most significant columns at most.</source>
        <translation>最多按 10 个最重要的列进行分段。</translation>
    </message>
    <message>
        <source>Boundary %1 has %2 values but there are %3 columns.</source>
        <translation>边界 %1 有 %2 个值，但有 %3 列。</translation>
    </message>
    <message>
        <source>List the partitions to load in parallel.</source>
        <translation>请列出要并行加载的分区。</translation>
    </message>
    <message>
        <source>The lob-settings setting is not a mapping.</source>
        <translation>lob-settings 设置不是映射。</translation>
    </message>
    <message>
        <source>Write lob-settings as {mode: ..., bulk-max-size: ...}.</source>
        <translation>请将 lob-settings 写为 {mode: ..., bulk-max-size: ...}。</translation>
    </message>
    <message>
        <source>Unknown lob-settings mode &apos;%1&apos;.</source>
        <translation>未知的 lob-settings mode &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Use mode limited, unlimited or none.</source>
        <translation>请使用 mode limited、unlimited 或 none。</translation>
    </message>
    <message>
        <source>The lob-settings %1 &apos;%2&apos; is not a whole number of kilobytes.</source>
        <translation>lob-settings 的 %1 &apos;%2&apos; 不是以千字节为单位的整数。</translation>
    </message>
    <message>
        <source>Write sizes in kilobytes as whole numbers.</source>
        <translation>请将大小写为以千字节为单位的整数。</translation>
    </message>
    <message>
        <source>Limited LOB mode needs a nonzero bulk-max-size.</source>
        <translation>受限 LOB 模式需要非零的 bulk-max-size。</translation>
    </message>
    <message>
        <source>Set bulk-max-size to the largest LOB in kilobytes (times three), or use mode unlimited.</source>
        <translation>请将 bulk-max-size 设置为最大 LOB 的千字节数（乘以三），或使用 mode unlimited。</translation>
    </message>
    <message>
        <source>Write the expression in SQLite syntax with $COLUMN references to source columns, as in AWS DMS.</source>
        <translation>请使用 SQLite 语法编写表达式，并像 AWS DMS 一样用 $COLUMN 引用源列。</translation>
    </message>
    <message>
        <source>Table %1: the expression of added column %2 is not valid.</source>
        <translation>表 %1：新增列 %2 的表达式无效。</translation>
    </message>
    <message>
        <source>Table %1: the expression of added column %2 uses a parameter &apos;%3&apos;; only $COLUMN references are allowed.</source>
        <translation>表 %1：新增列 %2 的表达式使用了参数 &apos;%3&apos;；只允许使用 $COLUMN 引用。</translation>
    </message>
    <message>
        <source>Table %1: the expression of added column %2 refers to $%3, which is not a column the table reads.</source>
        <translation>表 %1：新增列 %2 的表达式引用了 $%3，但它不是该表读取的列。</translation>
    </message>
    <message>
        <source>The expression of added column %1 (rule %2) failed for this row.</source>
        <translation>对于此行，新增列 %1（规则 %2）的表达式计算失败。</translation>
    </message>
    <message>
        <source>Table %1: parallel-load by partitions (rule %2) is done with key ranges.</source>
        <translation>表 %1：按分区进行的 parallel-load（规则 %2）将使用键范围完成。</translation>
    </message>
    <message>
        <source>Resuming table %1: %2 of %3 slices already loaded.</source>
        <translation>正在恢复表 %1：%3 个分片中已加载 %2 个。</translation>
    </message>
    <message>
        <source>Table %1 failed and is suspended: %2</source>
        <translation>表 %1 失败并已挂起：%2</translation>
    </message>
    <message>
        <source>The task stopped because table %1 failed (TableErrorPolicy).</source>
        <translation>任务已停止，因为表 %1 失败 (TableErrorPolicy)。</translation>
    </message>
    <message>
        <source>Table %1: a row was rejected and DataErrorPolicy is STOP_TASK: %2</source>
        <translation>表 %1：有一行被拒绝，且 DataErrorPolicy 为 STOP_TASK：%2</translation>
    </message>
    <message>
        <source>Table %1 reached DataErrorEscalationCount (%2 rejected rows).</source>
        <translation>表 %1 已达到 DataErrorEscalationCount（%2 行被拒绝）。</translation>
    </message>
    <message>
        <source>Table %1 slice %2: recoverable error, retry %3 in %4 s: %5</source>
        <translation>表 %1 分片 %2：可恢复的错误，%4 秒后进行第 %3 次重试：%5</translation>
    </message>
    <message>
        <source>Task %1 starting%2: %3 -&gt; %4</source>
        <translation>任务 %1 正在启动%2：%3 -&gt; %4</translation>
    </message>
    <message>
        <source> (resume)</source>
        <translation>（恢复）</translation>
    </message>
    <message>
        <source>These task settings are not acted on by Ferry&apos;s full load yet: %1</source>
        <translation>Ferry 的完全加载尚不处理以下任务设置：%1</translation>
    </message>
    <message>
        <source>The table mapping selects no table of the source.</source>
        <translation>表映射未选择源中的任何表。</translation>
    </message>
    <message>
        <source>Check the selection rules&apos; schema and table names (names are case-sensitive), or set ErrorBehavior.FailOnNoTablesCaptured to false.</source>
        <translation>请检查选择规则中的架构名和表名（名称区分大小写），或将 ErrorBehavior.FailOnNoTablesCaptured 设置为 false。</translation>
    </message>
    <message>
        <source>Nothing to resume for task %1 on the target: starting a fresh load.</source>
        <translation>目标上没有任务 %1 可恢复的内容：将开始全新的加载。</translation>
    </message>
    <message>
        <source>Table %1 prepared on the target as %2 (%3).</source>
        <translation>表 %1 已在目标上准备为 %2（%3）。</translation>
    </message>
    <message>
        <source>SQLite targets take one writer at a time: loading one slice at a time instead of %1.</source>
        <translation>SQLite 目标一次只接受一个写入器：将一次加载一个分片，而不是 %1 个。</translation>
    </message>
    <message>
        <source>Foreign key %1 of %2 was not created: the table it references (%3) did not load.</source>
        <translation>未创建 %2 的外键 %1：它引用的表（%3）未加载。</translation>
    </message>
    <message>
        <source>Foreign keys of %1 could not be created: %2</source>
        <translation>无法创建 %1 的外键：%2</translation>
    </message>
    <message>
        <source>Task %1: %2 (%3 of %4 tables loaded, %5 in error).</source>
        <translation>任务 %1：%2（已加载 %4 个表中的 %3 个，%5 个出错）。</translation>
    </message>
    <message>
        <source>Task %1 was stopped; run it again with --resume to continue.</source>
        <translation>任务 %1 已停止；请使用 --resume 再次运行以继续。</translation>
    </message>
    <message>
        <source>The project has no task &apos;%1&apos;.</source>
        <translation>该项目中没有任务 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Choose one of its tasks: %1.</source>
        <translation>请选择其任务之一：%1。</translation>
    </message>
    <message>
        <source>The project defines no task.</source>
        <translation>该项目未定义任何任务。</translation>
    </message>
    <message>
        <source>Add one under &apos;tasks:&apos; naming a source and a target endpoint.</source>
        <translation>请在 &apos;tasks:&apos; 下添加一个任务，并指定源终端节点和目标终端节点。</translation>
    </message>
    <message>
        <source>The project has several tasks and none was chosen.</source>
        <translation>该项目有多个任务，但未选择任何任务。</translation>
    </message>
    <message>
        <source>Task &apos;%1&apos; is %2; only full-load tasks run in this version.</source>
        <translation>任务 &apos;%1&apos; 是 %2；此版本只运行完全加载任务。</translation>
    </message>
    <message>
        <source>Change data capture is coming; set the task&apos;s migration-type to full-load to copy the data now.</source>
        <translation>变更数据捕获 (CDC) 即将推出；请将该任务的 migration-type 设置为 full-load，以便立即复制数据。</translation>
    </message>
    <message>
        <source>Task &apos;%1&apos; names the endpoint &apos;%2&apos;, which the project does not define.</source>
        <translation>任务 &apos;%1&apos; 指定了终端节点 &apos;%2&apos;，但项目中未定义该终端节点。</translation>
    </message>
    <message>
        <source>Add the endpoint under &apos;endpoints:&apos; or correct the task.</source>
        <translation>请在 &apos;endpoints:&apos; 下添加该终端节点，或更正该任务。</translation>
    </message>
    <message>
        <source>Ferry&apos;s embedded sports-ticketing sample (SQLite) copied into a new SQLite database.</source>
        <translation>Ferry 内置的体育票务示例数据库（SQLite），已复制到新的 SQLite 数据库中。</translation>
    </message>
    <message>
        <source>Could not read table %1 from PostgreSQL.</source>
        <translation>无法从 PostgreSQL 读取表 %1。</translation>
    </message>
    <message>
        <source>Could not write rows to %1 on PostgreSQL.</source>
        <translation>无法将行写入 PostgreSQL 上的 %1。</translation>
    </message>
    <message>
        <source>(default user)</source>
        <translation>（默认用户）</translation>
    </message>
    <message>
        <source>the local socket (port %1)</source>
        <translation>本地套接字（端口 %1）</translation>
    </message>
    <message>
        <source>socket directory %1 (port %2)</source>
        <translation>套接字目录 %1（端口 %2）</translation>
    </message>
    <message>
        <source>Column %1 of %2 is not created AUTO_INCREMENT: MySQL allows one, on an integer column.</source>
        <translation>%2 的列 %1 未创建为 AUTO_INCREMENT：MySQL 只允许一个此类列，且必须是整数列。</translation>
    </message>
    <message>
        <source>In %1, column %2 is a %3 column: only its first %4 characters are indexed (MySQL needs a prefix length).</source>
        <translation>在 %1 中，列 %2 是 %3 列：只对其前 %4 个字符建立索引（MySQL 需要前缀长度）。</translation>
    </message>
    <message>
        <source>In %1, only the first %2 characters of column %3 are indexed (InnoDB keys hold %4 bytes).</source>
        <translation>在 %1 中，只对列 %3 的前 %2 个字符建立索引（InnoDB 键最多容纳 %4 字节）。</translation>
    </message>
    <message>
        <source>The MySQL/MariaDB target refused a row of %1.</source>
        <translation>MySQL/MariaDB 目标拒绝了 %1 的一行。</translation>
    </message>
    <message>
        <source>Fix the value at the source, or change the column&apos;s type with a mapping rule.</source>
        <translation>请在源中修正该值，或使用映射规则更改该列的类型。</translation>
    </message>
    <message>
        <source>the local socket %1</source>
        <translation>本地套接字 %1</translation>
    </message>
    <message>
        <source>data source %1</source>
        <translation>数据源 %1</translation>
    </message>
    <message>
        <source>driver %1</source>
        <translation>驱动程序 %1</translation>
    </message>
    <message>
        <source>SQLSTATE %1 (native %2): %3</source>
        <translation>SQLSTATE %1（原生错误 %2）：%3</translation>
    </message>
    <message>
        <source>The value does not match its tag &apos;%1&apos;.</source>
        <translation>该值与其标签 &apos;%1&apos; 不匹配。</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL was lost; the work is retried on a new connection.</source>
        <translation>与 PostgreSQL 的连接已断开；将在新连接上重试该工作。</translation>
    </message>
    <message>
        <source>A serialization failure or deadlock; the work is retried.</source>
        <translation>发生序列化失败或死锁；将重试该工作。</translation>
    </message>
    <message>
        <source>Grant the connecting role the privilege named in the detail.</source>
        <translation>请为连接所用的角色授予详细信息中指出的权限。</translation>
    </message>
    <message>
        <source>Correct the column name in the selection rule&apos;s filters.</source>
        <translation>请更正选择规则筛选条件中的列名。</translation>
    </message>
    <message>
        <source>Could not prepare the PostgreSQL session.</source>
        <translation>无法准备 PostgreSQL 会话。</translation>
    </message>
    <message>
        <source>Split tables by an integer column only.</source>
        <translation>仅按整数列拆分表。</translation>
    </message>
    <message>
        <source>Roll the transaction back before writing.</source>
        <translation>请在写入之前回滚事务。</translation>
    </message>
    <message>
        <source>Remove the NUL bytes from the source value, or map the column to a binary type.</source>
        <translation>请从源值中删除 NUL 字节，或将该列映射为二进制类型。</translation>
    </message>
    <message>
        <source>Could not read the default schema of the PostgreSQL target.</source>
        <translation>无法读取 PostgreSQL 目标的默认架构。</translation>
    </message>
    <message>
        <source>Could not begin a transaction on PostgreSQL.</source>
        <translation>无法在 PostgreSQL 上开始事务。</translation>
    </message>
    <message>
        <source>Could not commit the transaction on PostgreSQL.</source>
        <translation>无法在 PostgreSQL 上提交事务。</translation>
    </message>
    <message>
        <source>The PostgreSQL transaction was rolled back instead of committed.</source>
        <translation>PostgreSQL 事务被回滚，而不是提交。</translation>
    </message>
    <message>
        <source>an earlier statement in the transaction failed</source>
        <translation>事务中先前的某条语句失败</translation>
    </message>
    <message>
        <source>See the earlier error; nothing of the transaction was written.</source>
        <translation>请查看之前的错误；该事务中的任何内容都未写入。</translation>
    </message>
    <message>
        <source>Could not roll back the transaction on PostgreSQL.</source>
        <translation>无法在 PostgreSQL 上回滚事务。</translation>
    </message>
    <message>
        <source>A statement failed on the PostgreSQL target.</source>
        <translation>在 PostgreSQL 目标上执行语句失败。</translation>
    </message>
    <message>
        <source>The target table %1 no longer exists, so its rejected rows cannot be re-applied.</source>
        <translation>目标表 %1 已不存在，因此无法重新应用其被拒绝的行。</translation>
    </message>
    <message>
        <source>Create the table again (run the task, or create it by hand), then re-apply the rows.</source>
        <translation>请重新创建该表（运行任务，或手动创建），然后重新应用这些行。</translation>
    </message>
    <message>
        <source>The rejected row of %1 has no stored values to write.</source>
        <translation>%1 的被拒绝行没有可写入的已存储值。</translation>
    </message>
    <message>
        <source>Enter the row&apos;s values, then re-apply it.</source>
        <translation>请输入该行的值，然后重新应用该行。</translation>
    </message>
    <message>
        <source>The value of column %1 (%2 bytes) was too large to keep with the rejected row of %3.</source>
        <translation>列 %1 的值（%2 字节）太大，无法与 %3 的被拒绝行一起保留。</translation>
    </message>
    <message>
        <source>Enter a value for the column, then re-apply the row.</source>
        <translation>请为该列输入一个值，然后重新应用该行。</translation>
    </message>
    <message>
        <source>The target table %1 has no column %2 any more.</source>
        <translation>目标表 %1 中已不再有列 %2。</translation>
    </message>
    <message>
        <source>Add the column to the target table, or clear the value and re-apply the row.</source>
        <translation>请将该列添加到目标表，或清除该值后重新应用该行。</translation>
    </message>
    <message>
        <source>Rejected row %1 of task %2 is no longer in the exceptions table.</source>
        <translation>任务 %2 的被拒绝行 %1 已不在异常表中。</translation>
    </message>
    <message>
        <source>It was re-applied or its table was loaded again: refresh the list.</source>
        <translation>该行已被重新应用，或其所在的表已重新加载：请刷新列表。</translation>
    </message>
    <message>
        <source>Reloading table %1 from scratch (%2 slices, %3).</source>
        <translation>正在从头重新加载表 %1（%2 个分片，%3）。</translation>
    </message>
    <message>
        <source>Table %1 cannot be reloaded: the table mapping of task %2 does not select it from the source.</source>
        <translation>无法重新加载表 %1：任务 %2 的表映射未从源中选择该表。</translation>
    </message>
    <message>
        <source>Give the source schema and table exactly as the source catalog names them (names are case-sensitive), or add a selection rule for the table and run the task with --resume.</source>
        <translation>请按源目录中的名称准确给出源架构和表（区分大小写），或为该表添加选择规则并使用 --resume 运行任务。</translation>
    </message>
    <message>
        <source>Table %1 cannot be reloaded: the task selects a table of that name in more than one schema.</source>
        <translation>无法重新加载表 %1：任务在多个架构中选择了同名的表。</translation>
    </message>
    <message>
        <source>Name the table with its schema (SCHEMA.TABLE).</source>
        <translation>请带架构名指定表（SCHEMA.TABLE）。</translation>
    </message>
    <message>
        <source>Task %1 has no table to reload: it never ran on this target.</source>
        <translation>任务 %1 没有可重新加载的表：它从未在此目标上运行过。</translation>
    </message>
    <message>
        <source>Run the task once without --reload-table first, or check the task name and ControlTablesSettings.ControlSchema.</source>
        <translation>请先不带 --reload-table 运行一次任务，或检查任务名称和 ControlTablesSettings.ControlSchema。</translation>
    </message>
    <message>
        <source>This target cannot change the type of column %1 of table %2 in place.</source>
        <translation>此目标无法就地更改表 %2 中列 %1 的类型。</translation>
    </message>
    <message>
        <source>Reload the table (Task &gt; Reload table) to create it again with the mapping&apos;s types.</source>
        <translation>请重新加载该表（任务 &gt; 重新加载表），以按映射的类型重新创建它。</translation>
    </message>
    <message>
        <source>Could not change column %1 of %2 to %3.</source>
        <translation>无法将 %2 的列 %1 更改为 %3。</translation>
    </message>
    <message>
        <source>Changing column %2 of %1 to %3 on the MySQL/MariaDB target failed.</source>
        <translation>在 MySQL/MariaDB 目标上将 %1 的列 %2 更改为 %3 失败。</translation>
    </message>
    <message>
        <source>The task&apos;s mapping no longer selects table %1, so its rejected rows cannot be re-applied with the mapping.</source>
        <translation>任务的映射不再选择表 %1，因此无法按映射重新应用其被拒绝的行。</translation>
    </message>
    <message>
        <source>Select the table again in the mapping, or re-apply the rows with their stored values.</source>
        <translation>请在映射中重新选择该表，或使用存储的值重新应用这些行。</translation>
    </message>
    <message>
        <source>The task&apos;s mapping now writes table %1 to %2 instead of %3.</source>
        <translation>任务的映射现在将表 %1 写入 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>Reload the table (Task &gt; Reload table) to load it into its new target table.</source>
        <translation>请重新加载该表（任务 &gt; 重新加载表），将其加载到新的目标表中。</translation>
    </message>
    <message>
        <source>The rejected row of %1 has no value for source column %2.</source>
        <translation>%1 的被拒绝行没有源列 %2 的值。</translation>
    </message>
    <message>
        <source>Re-apply the row with its stored values, or reload the table.</source>
        <translation>请使用存储的值重新应用该行，或重新加载该表。</translation>
    </message>
    <message>
        <source>Column %1 of %2 is %3 on the target, but rule %4 of the mapping makes it %5.</source>
        <translation>%2 的列 %1 在目标上是 %3，但映射的规则 %4 将其设为 %5。</translation>
    </message>
    <message>
        <source>Allow Ferry to change the target column&apos;s type, or reload the table.</source>
        <translation>请允许 Ferry 更改目标列的类型，或重新加载该表。</translation>
    </message>
    <message>
        <source>Table %1 existed on the target: its keys, indexes and foreign keys are kept as they are (TargetTablePrepMode %2).</source>
        <translation>表 %1 已存在于目标上：其键、索引和外键保持不变（TargetTablePrepMode %2）。</translation>
    </message>
    <message>
        <source>Foreign key %1 of %2, dropped to load the tables, could not be added again: %3. Its definition: %4</source>
        <translation>为加载表而删除的 %2 的外键 %1 无法重新添加：%3。其定义：%4</translation>
    </message>
    <message>
        <source>The rejected row of %1 has no value for column %2: the rule that computes it failed for this row.</source>
        <translation>%1 的被拒绝行没有列 %2 的值：计算它的规则在这一行上失败了。</translation>
    </message>
    <message>
        <source>Fix the rule (Edit rules...), then re-apply the row with the current rules.</source>
        <translation>请修正规则（编辑规则...），然后用当前规则重新应用该行。</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Task state</extracomment>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Starting</source>
        <extracomment>Task state</extracomment>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>Task state</extracomment>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Load complete</source>
        <extracomment>Task state: every table is loaded</extracomment>
        <translation>加载完成</translation>
    </message>
    <message>
        <source>Stopping</source>
        <extracomment>Task state</extracomment>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>Task state</extracomment>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Task state</extracomment>
        <translation>失败</translation>
    </message>
    <message>
        <source>Before load</source>
        <translation>加载前</translation>
    </message>
    <message>
        <source>Full load</source>
        <translation>完全加载</translation>
    </message>
    <message>
        <source>Table completed</source>
        <translation>表已完成</translation>
    </message>
    <message>
        <source>Table error</source>
        <translation>表错误</translation>
    </message>
    <message>
        <source>Table suspended</source>
        <translation>表已挂起</translation>
    </message>
    <message>
        <source>Table cancelled</source>
        <translation>表已取消</translation>
    </message>
    <message>
        <source>Spatial index %1 of %2 is not created: geometry columns are carried as text (WKT) on PostgreSQL, which a spatial index cannot use.</source>
        <translation>未创建 %2 的空间索引 %1：几何列在 PostgreSQL 中以文本 (WKT) 形式传输，空间索引无法使用。</translation>
    </message>
    <message>
        <source>Could not create the indexes and keys of %1.</source>
        <translation>无法创建 %1 的索引和键。</translation>
    </message>
    <message>
        <source>Could not read the indexes and keys of table %1.</source>
        <translation>无法读取表 %1 的索引和键。</translation>
    </message>
    <message>
        <source>Could not create index %1 on the SQLite table %2.</source>
        <translation>无法在 SQLite 表 %2 上创建索引 %1。</translation>
    </message>
    <message numerus="yes">
        <source>the name is longer than the %n characters the target allows</source>
        <translation>
            <numerusform>名称超过了目标允许的 %n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the name is longer than the %n bytes the target allows</source>
        <translation>
            <numerusform>名称超过了目标允许的 %n 个字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema %1 is named %2 on the target: %3.</source>
        <translation>模式 %1 在目标中命名为 %2：%3。</translation>
    </message>
    <message>
        <source>Table %1 is named %2 on the target: %3.</source>
        <translation>表 %1 在目标中命名为 %2：%3。</translation>
    </message>
    <message>
        <source>Column %1 of table %2 is named %3 on the target: %4.</source>
        <translation>表 %2 的列 %1 在目标中命名为 %3：%4。</translation>
    </message>
    <message>
        <source>column %1 is named %2 on the target: %3.</source>
        <translation>列 %1 在目标中命名为 %2：%3。</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>主键</translation>
    </message>
    <message>
        <source>Unique key</source>
        <translation>唯一键</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>Foreign key</source>
        <translation>外键</translation>
    </message>
    <message>
        <source>the name is longer than the target&apos;s identifier limit</source>
        <translation>名称超过了目标的标识符长度限制</translation>
    </message>
    <message>
        <source>another foreign key of the target schema has that name</source>
        <translation>目标模式中的另一个外键已使用该名称</translation>
    </message>
    <message>
        <source>another table, index or key of the target scope has that name</source>
        <translation>目标同一命名空间中的另一个表、索引或键已使用该名称</translation>
    </message>
    <message>
        <source>%1 %2 of table %3 is named %4 on the target: %5.</source>
        <translation>表 %3 的%1 %2 在目标中命名为 %4：%5。</translation>
    </message>
    <message>
        <source>The server at %1 spoke first, with a MySQL handshake (protocol 10) for server version %2.</source>
        <translation>%1 上的服务器先发送了数据：服务器版本 %2 的 MySQL 握手包（协议 10）。</translation>
    </message>
    <message>
        <source>The server at %1 spoke first, with a MySQL error packet: %2</source>
        <translation>%1 上的服务器先发送了 MySQL 错误包：%2</translation>
    </message>
    <message>
        <source>The server at %1 spoke first: %2</source>
        <translation>%1 上的服务器先发送了：%2</translation>
    </message>
    <message>
        <source>The server at %1 sent no greeting within %2 ms and answered a PostgreSQL SSLRequest with: %3</source>
        <extracomment>%2 is a number of milliseconds; %3 the server&apos;s answer as text (&apos;S&apos;, &apos;N&apos;, ...)</extracomment>
        <translation>%1 上的服务器在 %2 毫秒内没有发送问候，对 PostgreSQL SSLRequest 的应答为：%3</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL server: it answers like MySQL/MariaDB.</source>
        <translation>%1 不是 PostgreSQL 服务器：它的应答与 MySQL/MariaDB 相同。</translation>
    </message>
    <message>
        <source>Check the port: PostgreSQL listens on 5432 by default, MySQL and MariaDB on 3306. If this is the server you mean, connect to it as a MySQL/MariaDB endpoint (a mysql:// URI).</source>
        <translation>请检查端口：PostgreSQL 默认监听 5432，MySQL 和 MariaDB 默认监听 3306。如果这正是您要连接的服务器，请将其作为 MySQL/MariaDB 终端节点（mysql:// URI）连接。</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL server: it answers with another protocol (%2).</source>
        <translation>%1 不是 PostgreSQL 服务器：它以其他协议（%2）应答。</translation>
    </message>
    <message>
        <source>Check the host name and the port (PostgreSQL listens on 5432 by default): another service answers on this one.</source>
        <translation>请检查主机名和端口（PostgreSQL 默认监听 5432）：此端口上应答的是其他服务。</translation>
    </message>
    <message>
        <source>%1 is not a MySQL/MariaDB server: it is a PostgreSQL server.</source>
        <translation>%1 不是 MySQL/MariaDB 服务器，而是 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>Check the port: MySQL and MariaDB listen on 3306 by default, PostgreSQL on 5432. If this is the server you mean, connect to it as a PostgreSQL endpoint (a postgresql:// URI).</source>
        <translation>请检查端口：MySQL 和 MariaDB 默认监听 3306，PostgreSQL 默认监听 5432。如果这正是您要连接的服务器，请将其作为 PostgreSQL 终端节点（postgresql:// URI）连接。</translation>
    </message>
    <message>
        <source>%1 is not a MySQL/MariaDB server: it answers with another protocol (%2).</source>
        <translation>%1 不是 MySQL/MariaDB 服务器：它以其他协议（%2）应答。</translation>
    </message>
    <message>
        <source>Check the host name and the port (MySQL and MariaDB listen on 3306 by default): another service answers on this one.</source>
        <translation>请检查主机名和端口（MySQL 和 MariaDB 默认监听 3306）：此端口上应答的是其他服务。</translation>
    </message>
    <message>
        <source>Table %1: %2 Its rows are loaded; the table stays completed.</source>
        <translation>表 %1：%2 其行已加载；该表仍为已完成。</translation>
    </message>
    <message>
        <source>%1 data sources cannot be migration targets.</source>
        <translation>%1 数据源不能作为迁移目标。</translation>
    </message>
    <message>
        <source>Table %1: limited LOB mode, LOB values longer than %3 KB are truncated (lob-settings of table-settings rule %2).</source>
        <translation>表 %1：受限 LOB 模式，超过 %3 KB 的 LOB 值会被截断（table-settings 规则 %2 的 lob-settings）。</translation>
    </message>
    <message>
        <source>Table %1: full LOB mode, LOB values are moved whole (lob-settings of table-settings rule %2).</source>
        <translation>表 %1：完整 LOB 模式，LOB 值完整传输（table-settings 规则 %2 的 lob-settings）。</translation>
    </message>
    <message>
        <source>Table %1: the value of column %2 in the row %3 is %4 bytes long, more than the %5 KB of limited LOB mode, and FailTasksOnLobTruncation stops the task instead of truncating it.</source>
        <translation>表 %1：行 %3 中列 %2 的值长 %4 字节，超过受限 LOB 模式的 %5 KB；FailTasksOnLobTruncation 使任务停止，而不是截断该值。</translation>
    </message>
    <message>
        <source>Raise the maximum above the largest value, use full LOB mode (TargetMetadata.FullLobMode true, or lob-settings mode unlimited), or set FailTasksOnLobTruncation to false to truncate the values and list them in lob_truncations.</source>
        <translation>请将最大值调高到超过最大的值，或使用完整 LOB 模式（TargetMetadata.FullLobMode 设为 true，或 lob-settings 的 mode 设为 unlimited），或将 FailTasksOnLobTruncation 设为 false 以截断这些值并在 lob_truncations 中列出。</translation>
    </message>
    <message numerus="yes">
        <source>Table %1: %n LOB value(s) longer than LobMaxSize (%2 KB) truncated (limited LOB mode); the control table lob_truncations lists each one.</source>
        <translation>
            <numerusform>表 %1：%n 个超过 LobMaxSize（%2 KB）的 LOB 值已被截断（受限 LOB 模式）；控制表 lob_truncations 逐一列出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table %1: %n LOB value(s) longer than bulk-max-size (%2 KB) of table-settings rule %3 truncated (limited LOB mode); the control table lob_truncations lists each one.</source>
        <translation>
            <numerusform>表 %1：%n 个超过 table-settings 规则 %3 的 bulk-max-size（%2 KB）的 LOB 值已被截断（受限 LOB 模式）；控制表 lob_truncations 逐一列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>TargetMetadata sets both FullLobMode and LimitedSizeLobMode: full LOB mode wins and no LOB value is truncated.</source>
        <translation>TargetMetadata 同时设置了 FullLobMode 和 LimitedSizeLobMode：以完整 LOB 模式为准，不截断任何 LOB 值。</translation>
    </message>
    <message>
        <source>Full LOB mode: LOB values are moved whole.</source>
        <translation>完整 LOB 模式：LOB 值完整传输。</translation>
    </message>
    <message>
        <source>Full LOB mode (TargetMetadata sets no LOB mode): LOB values are moved whole.</source>
        <translation>完整 LOB 模式（TargetMetadata 未设置 LOB 模式）：LOB 值完整传输。</translation>
    </message>
    <message>
        <source>Limited LOB mode: a LOB value longer than %1 KB (TargetMetadata.LobMaxSize) stops the task (FailTasksOnLobTruncation).</source>
        <translation>受限 LOB 模式：超过 %1 KB（TargetMetadata.LobMaxSize）的 LOB 值会使任务停止（FailTasksOnLobTruncation）。</translation>
    </message>
    <message>
        <source>Limited LOB mode: LOB values longer than %1 KB (TargetMetadata.LobMaxSize) are truncated and listed in the control table lob_truncations.</source>
        <translation>受限 LOB 模式：超过 %1 KB（TargetMetadata.LobMaxSize）的 LOB 值会被截断，并列在控制表 lob_truncations 中。</translation>
    </message>
    <message numerus="yes">
        <source>Task %1: %2 (%3 of %4 tables loaded, %5 in error; %n LOB value(s) truncated in table %6: limited LOB mode, see the control table lob_truncations).</source>
        <translation>
            <numerusform>任务 %1：%2（已加载 %4 个表中的 %3 个，%5 个出错；表 %6 中有 %n 个 LOB 值被截断：受限 LOB 模式，见控制表 lob_truncations）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Task %1: %2 (%3 of %4 tables loaded, %5 in error; %n LOB value(s) truncated in %6 tables: limited LOB mode, see the control table lob_truncations).</source>
        <translation>
            <numerusform>任务 %1：%2（已加载 %4 个表中的 %3 个，%5 个出错；%6 个表中共有 %n 个 LOB 值被截断：受限 LOB 模式，见控制表 lob_truncations）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign key %1 of %2 cannot be added to an existing table on this target.</source>
        <translation>无法在此目标上向现有表添加 %2 的外键 %1。</translation>
    </message>
    <message>
        <source>Could not read the foreign keys of and to table %1.</source>
        <translation>无法读取表 %1 的外键以及引用它的外键。</translation>
    </message>
    <message>
        <source>Could not drop foreign key %1 of %2.</source>
        <translation>无法删除 %2 的外键 %1。</translation>
    </message>
    <message>
        <source>Could not add foreign key %1 of %2 again.</source>
        <translation>无法重新添加 %2 的外键 %1。</translation>
    </message>
    <message>
        <source>Could not drop the indexes and keys of %1.</source>
        <translation>无法删除 %1 的索引和键。</translation>
    </message>
    <message>
        <source>Dropping a foreign key of %1 on the MySQL/MariaDB target failed.</source>
        <translation>在 MySQL/MariaDB 目标上删除 %1 的外键失败。</translation>
    </message>
    <message>
        <source>Adding a foreign key of %1 again on the MySQL/MariaDB target failed.</source>
        <translation>在 MySQL/MariaDB 目标上重新添加 %1 的外键失败。</translation>
    </message>
    <message>
        <source>Dropping an index of %1 on the MySQL/MariaDB target failed.</source>
        <translation>在 MySQL/MariaDB 目标上删除 %1 的索引失败。</translation>
    </message>
    <message>
        <source>Stopped on request.</source>
        <translation>已按请求停止。</translation>
    </message>
    <message>
        <source>Task %1 ended (%2), but its state could not be recorded in the target&apos;s control tables: a resume would find it still running.</source>
        <translation>任务 %1 已结束（%2），但无法将其状态记录到目标的控制表中：恢复时会认为它仍在运行。</translation>
    </message>
    <message>
        <source>Check that the target is reachable, then run the task again with --resume: it continues where this run ended.</source>
        <translation>请确认目标可以访问，然后使用 --resume 再次运行任务：它会从本次运行结束处继续。</translation>
    </message>
    <message>
        <source>A load worker failed unexpectedly: %1</source>
        <translation>加载工作线程意外失败：%1</translation>
    </message>
    <message>
        <source>Could not record in the control tables that the foreign keys are built: %1</source>
        <translation>无法在控制表中记录外键已创建：%1</translation>
    </message>
    <message>
        <source>Task &apos;%1&apos; only validates (ValidationSettings.ValidationOnly), and validation is not available in this version.</source>
        <translation>任务“%1”仅进行验证（ValidationSettings.ValidationOnly），而此版本尚不提供验证。</translation>
    </message>
    <message>
        <source>Set ValidationOnly to false to load the data.</source>
        <translation>将 ValidationOnly 设为 false 以加载数据。</translation>
    </message>
    <message>
        <source>ValidationSettings.EnableValidation is set, but validation is not available in this version: the task loads without validating.</source>
        <translation>已设置 ValidationSettings.EnableValidation，但此版本尚不提供验证：任务将在不验证的情况下加载。</translation>
    </message>
    <message>
        <source>The task failed unexpectedly: %1</source>
        <translation>任务意外失败：%1</translation>
    </message>
    <message>
        <source>Unexpected failure while reading: %1</source>
        <translation>读取时发生意外故障：%1</translation>
    </message>
    <message>
        <source>Unexpected failure while writing: %1</source>
        <translation>写入时发生意外故障：%1</translation>
    </message>
    <message>
        <source>Could not take a consistent snapshot of the PostgreSQL source.</source>
        <translation>无法获取 PostgreSQL 源的一致性快照。</translation>
    </message>
    <message>
        <source>Could not begin a read transaction on the PostgreSQL source.</source>
        <translation>无法在 PostgreSQL 源上开始读取事务。</translation>
    </message>
    <message>
        <source>Could not read the PostgreSQL source as of the task&apos;s snapshot.</source>
        <translation>无法按任务快照时刻读取 PostgreSQL 源。</translation>
    </message>
    <message>
        <source>The source snapshot %1 is gone: the remaining slices read the source as it is now. %2</source>
        <translation>源快照 %1 已不存在：其余分片将读取源的当前状态。%2</translation>
    </message>
    <message>
        <source>No consistent snapshot of the source: its tables are read at slightly different moments. %1</source>
        <translation>没有源的一致性快照：其表将在略有不同的时刻被读取。%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Source snapshot %1 (change position %2): every slice reads the source as of this moment.</source>
        <translation>源快照 %1（变更位置 %2）：每个分片都按此时刻读取源。</translation>
    </message>
    <message>
        <source>The default of column %1 of %2 is not created: the column is an identity or generated column.</source>
        <translation>未创建 %2 的列 %1 的默认值：该列是标识列或生成列。</translation>
    </message>
    <message>
        <source>Generated column %1 of %2 is created STORED: PostgreSQL computes generated columns when rows are written.</source>
        <translation>%2 的生成列 %1 以 STORED 方式创建：PostgreSQL 在写入行时计算生成列。</translation>
    </message>
    <message>
        <source>The source cannot share a snapshot between connections: each slice reads at its own moment. Change position before the load: %1.</source>
        <translation>源无法在连接之间共享快照：每个分片在各自的时刻读取。加载前的变更位置：%1。</translation>
    </message>
    <message>
        <source>The connection to the server was lost; the work is retried on a new connection.</source>
        <translation>与服务器的连接已断开；将在新连接上重试该工作。</translation>
    </message>
    <message>
        <source>A deadlock or lock wait timeout; the work is retried.</source>
        <translation>发生死锁或锁等待超时；将重试该工作。</translation>
    </message>
    <message>
        <source>Grant the connecting user the privilege named in the detail.</source>
        <translation>请授予连接用户详细信息中指出的权限。</translation>
    </message>
    <message>
        <source>The server is read-only; connect to a writable server or turn read_only off.</source>
        <translation>服务器为只读；请连接到可写的服务器或关闭 read_only。</translation>
    </message>
    <message>
        <source>Create the database or correct its name in the endpoint.</source>
        <translation>请创建该数据库或在端点中更正其名称。</translation>
    </message>
    <message>
        <source>re-applying rejected rows</source>
        <translation>重新应用被拒绝的行</translation>
    </message>
    <message>
        <source>The key column %1 does not exist in table %2.</source>
        <translation>表 %2 中不存在键列 %1。</translation>
    </message>
    <message>
        <source>The table changed since its slices were chosen: reload it (--reload-table).</source>
        <translation>自选定切片以来表已更改：请重新加载该表 (--reload-table)。</translation>
    </message>
    <message>
        <source>Table %1 slice %2: the commit whose outcome was unknown did happen; the slice is not loaded again.</source>
        <translation>表 %1 切片 %2：结果未知的提交确实已完成；该切片不再重新加载。</translation>
    </message>
    <message>
        <source>Table %1: the slices an earlier run recorded do not fit the table&apos;s key columns now (did the mapping change?); the table is loaded again from the start.</source>
        <translation>表 %1：先前运行记录的切片与表当前的键列不匹配（映射是否已更改？）；该表将从头重新加载。</translation>
    </message>
    <message>
        <source>Table %1: parallel-load ranges (rule %2) need columns of the table and at least one boundary; the table loads as one slice.</source>
        <translation>表 %1：parallel-load ranges（规则 %2）需要表的列和至少一个边界；该表作为一个切片加载。</translation>
    </message>
    <message>
        <source>Table %1: rows with NULL in column(s) %2 are not loaded: parallel-load ranges (rule %3) cannot place them, and DMS leaves them out too.</source>
        <translation>表 %1：列 %2 中为 NULL 的行不会加载：parallel-load ranges（规则 %3）无法放置它们，DMS 也会略过它们。</translation>
    </message>
    <message>
        <source>Table %1: the boundaries of parallel-load ranges (rule %2) are not in ascending order in the source (boundary %3 is below boundary %4); the table loads as one slice.</source>
        <translation>表 %1：parallel-load ranges（规则 %2）的边界在源中不是升序（边界 %3 低于边界 %4）；该表作为一个切片加载。</translation>
    </message>
    <message>
        <source>Table %1: %2 slices by key (%3), their boundaries chosen in one ordered pass over %4 keys (%5 ms).</source>
        <translation>表 %1：按键（%3）分为 %2 个切片，边界通过对 %4 个键的一次有序扫描选定（%5 毫秒）。</translation>
    </message>
    <message>
        <source>Could not read the column types of %1.</source>
        <translation>无法读取 %1 的列类型。</translation>
    </message>
    <message>
        <source>Completed with errors</source>
        <extracomment>Table load state: every row was read, but the target rejected some rows (or refused an index or key). Shown instead of &quot;Table completed&quot;.</extracomment>
        <translation>已完成但有错误</translation>
    </message>
    <message numerus="yes">
        <source>Table %1 slice %2: %3 row(s) read, %4 loaded, %5 rejected.</source>
        <translation>
            <numerusform>表 %1 分片 %2：读取 %3 行，加载 %4 行，拒绝 %5 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table %1 loaded: %2 row(s), %3 rejected.</source>
        <translation>
            <numerusform>表 %1 已加载：%2 行，%3 行被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1 of table %2 narrows from %3 to %4: longer values are rejected into the exceptions table.</source>
        <translation>表 %2 的列 %1 从 %3 缩小为 %4：更长的值会被拒绝并写入异常表。</translation>
    </message>
    <message>
        <source>Check the object on the target; create what it needs by hand.</source>
        <translation>请在目标上检查该对象，并手动创建它所需的内容。</translation>
    </message>
    <message>
        <source>%1 is not converted by this version of Ferry; its source definition is kept here.</source>
        <translation>此版本的 Ferry 不转换 %1；其源定义保留在此处。</translation>
    </message>
    <message>
        <source>Rewrite it for the target by hand and apply it after the objects it uses.</source>
        <translation>请为目标手动重写它，并在它所用的对象之后应用。</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>视图 %1</translation>
    </message>
    <message>
        <source>Procedure %1</source>
        <translation>过程 %1</translation>
    </message>
    <message>
        <source>Function %1</source>
        <translation>函数 %1</translation>
    </message>
    <message>
        <source>Trigger %1 on %2</source>
        <translation>%2 上的触发器 %1</translation>
    </message>
    <message>
        <source>Sequence %1</source>
        <translation>序列 %1</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>类型 %1</translation>
    </message>
    <message>
        <source>Ferry does not write %1 schemas.</source>
        <translation>Ferry 不写出 %1 架构。</translation>
    </message>
    <message>
        <source>Convert to postgresql, mysql, mariadb or sqlite.</source>
        <translation>请转换为 postgresql、mysql、mariadb 或 sqlite。</translation>
    </message>
    <message>
        <source>%1 drops or empties data and was not run.</source>
        <translation>%1 会删除或清空数据，未运行。</translation>
    </message>
    <message>
        <source>Allow destructive statements to run it (--allow-destructive).</source>
        <translation>允许破坏性语句以运行它（--allow-destructive）。</translation>
    </message>
    <message>
        <source>the name is longer than the target allows</source>
        <translation>名称超过了目标允许的长度</translation>
    </message>
    <message>
        <source>the name is taken in the target&apos;s scope</source>
        <translation>该名称在目标范围内已被占用</translation>
    </message>
    <message>
        <source>%1 %2 of %3 is named %4 on the target: %5.</source>
        <translation>%3 的%1 %2 在目标上名为 %4：%5。</translation>
    </message>
    <message>
        <source>Change scripts and code that use the old name.</source>
        <translation>请修改使用旧名称的脚本和代码。</translation>
    </message>
    <message>
        <source>Table %1 has no primary or unique key: the full load reads it as one slice, and change data capture and validation need a key.</source>
        <translation>表 %1 没有主键或唯一键：完全加载将其作为一个分片读取，而变更数据捕获和验证需要键。</translation>
    </message>
    <message>
        <source>Add a primary key on the source, or a define-primary-key rule to the mapping.</source>
        <translation>请在源上添加主键，或在映射中添加 define-primary-key 规则。</translation>
    </message>
    <message>
        <source>Table %1 has LOB columns (%2): they are moved whole in full LOB mode; limited LOB mode truncates them.</source>
        <translation>表 %1 有 LOB 列（%2）：完整 LOB 模式下整体迁移；受限 LOB 模式会截断它们。</translation>
    </message>
    <message>
        <source>Keep full LOB mode, or set LobMaxSize above the largest value.</source>
        <translation>请保持完整 LOB 模式，或将 LobMaxSize 设置为大于最大值。</translation>
    </message>
    <message>
        <source>Ferry assessment: %1 (%2) to %3</source>
        <translation>Ferry 评估：%1（%2）到 %3</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;Code&lt;/th&gt;&lt;th&gt;Complexity&lt;/th&gt;&lt;th&gt;Category&lt;/th&gt;&lt;th&gt;Object&lt;/th&gt;&lt;th&gt;Message and fix&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;代码&lt;/th&gt;&lt;th&gt;复杂度&lt;/th&gt;&lt;th&gt;类别&lt;/th&gt;&lt;th&gt;对象&lt;/th&gt;&lt;th&gt;消息与修复&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;Category&lt;/th&gt;&lt;th&gt;Objects&lt;/th&gt;&lt;th&gt;Automatic&lt;/th&gt;&lt;th&gt;Simple&lt;/th&gt;&lt;th&gt;Medium&lt;/th&gt;&lt;th&gt;Complex&lt;/th&gt;&lt;th&gt;Not converted&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;类别&lt;/th&gt;&lt;th&gt;对象&lt;/th&gt;&lt;th&gt;自动&lt;/th&gt;&lt;th&gt;简单&lt;/th&gt;&lt;th&gt;中等&lt;/th&gt;&lt;th&gt;复杂&lt;/th&gt;&lt;th&gt;未转换&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Estimated effort: %1 hours (simple %2 min, medium %3 min, complex %4 min per action item).</source>
        <translation>估计工作量：%1 小时（每个待办事项：简单 %2 分钟，中等 %3 分钟，复杂 %4 分钟）。</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Pre-migration checks</source>
        <translation>迁移前检查</translation>
    </message>
    <message>
        <source>View %1 uses what Ferry does not translate with certainty: %2.</source>
        <translation>视图 %1 使用了 Ferry 无法确定转换的内容：%2。</translation>
    </message>
    <message>
        <source>Rewrite those parts for the target by hand; the source definition is kept here.</source>
        <translation>请为目标手动重写这些部分；源定义保留在此处。</translation>
    </message>
    <message>
        <source>Trigger %1 on %2 uses what Ferry does not translate with certainty: %3.</source>
        <translation>%2 上的触发器 %1 使用了 Ferry 无法确定转换的内容：%3。</translation>
    </message>
    <message>
        <source>Write the trigger function for the target by hand; the source definition is kept here.</source>
        <translation>请为目标手动编写触发器函数；源定义保留在此处。</translation>
    </message>
    <message>
        <source>Column %1 of %2 (%3 -&gt; %4): %5</source>
        <translation>%2 的列 %1（%3 -&gt; %4）：%5</translation>
    </message>
    <message>
        <source>Check the column&apos;s values on the target, or give it another type with a change-data-type rule.</source>
        <translation>请在目标上检查该列的值，或通过 change-data-type 规则赋予其他类型。</translation>
    </message>
</context>
<context>
    <name>ExceptionsView</name>
    <message>
        <source>&amp;Table:</source>
        <translation>表(&amp;T)：</translation>
    </message>
    <message>
        <source>Show the rejected rows of one table, or of every table</source>
        <translation>显示某个表或所有表的被拒绝行</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>搜索(&amp;H)：</translation>
    </message>
    <message>
        <source>Show only rows whose table, column, error or values contain this text</source>
        <translation>只显示表、列、错误或值中包含此文本的行</translation>
    </message>
    <message>
        <source>Error, column or value</source>
        <translation>错误、列或值</translation>
    </message>
    <message>
        <source>Read the rejected rows from the target again (F5)</source>
        <translation>从目标重新读取被拒绝的行 (F5)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Read the next page of rejected rows</source>
        <translation>读取下一页被拒绝的行</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>加载更多(&amp;M)</translation>
    </message>
    <message>
        <source>Rows the target refused; select one to see and fix its values</source>
        <translation>被目标拒绝的行；选择一行即可查看并修正其值</translation>
    </message>
    <message>
        <source>The values of the selected row; double-click a New value cell to fix it</source>
        <translation>所选行的值；双击“新值”单元格即可修正</translation>
    </message>
    <message>
        <source>Write the selected rows, with your fixes, into their target table (Ctrl+Return)</source>
        <translation>将所选行连同您的修正写入其目标表 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Re-apply &amp;selected</source>
        <translation>重新应用所选行(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Re-apply &amp;all for this table</source>
        <translation>重新应用此表的所有行(&amp;A)</translation>
    </message>
    <message>
        <source>Forget the fixes of the selected row</source>
        <translation>放弃对所选行的修正</translation>
    </message>
    <message>
        <source>Re&amp;vert fixes</source>
        <translation>还原修正(&amp;V)</translation>
    </message>
    <message>
        <source>Re-applying rows on the target</source>
        <translation>正在目标上重新应用行</translation>
    </message>
    <message>
        <source>Stop after the table being written; tables already done stay done</source>
        <translation>写完当前表后停止；已完成的表保持不变</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Derive the rows again from their source values through the task&apos;s mapping as it is now (after you changed a rule), instead of writing them as they were written</source>
        <translation>通过任务当前的映射（在您更改规则之后）从源值重新推导这些行，而不是按原先写入的样子写入</translation>
    </message>
    <message>
        <source>With the current r&amp;ules</source>
        <translation>使用当前规则(&amp;U)</translation>
    </message>
    <message>
        <source>Change the task&apos;s mapping rules (for example a column&apos;s type or an added column&apos;s expression), then re-apply the rows with them</source>
        <translation>更改任务的映射规则（例如列的类型或新增列的表达式），然后用这些规则重新应用这些行</translation>
    </message>
    <message>
        <source>&amp;Edit rules...</source>
        <translation>编辑规则(&amp;E)...</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Table Mapping</source>
        <translation>表映射</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Table mapping</source>
        <translation>表映射</translation>
    </message>
    <message>
        <source>&amp;Import DMS JSON…</source>
        <translation>导入 DMS JSON(&amp;I)…</translation>
    </message>
    <message>
        <source>Replace the rules with an AWS DMS table-mapping JSON file</source>
        <translation>用 AWS DMS 表映射 JSON 文件替换这些规则</translation>
    </message>
    <message>
        <source>E&amp;xport DMS JSON…</source>
        <translation>导出 DMS JSON(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the rules as an AWS DMS table-mapping JSON file</source>
        <translation>将这些规则写入 AWS DMS 表映射 JSON 文件</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <source>Source &amp;tables</source>
        <translation>源表(&amp;T)</translation>
    </message>
    <message>
        <source>Find schema or table</source>
        <translation>查找架构或表</translation>
    </message>
    <message>
        <source>Show only the tables whose name contains this text</source>
        <translation>只显示名称包含此文本的表</translation>
    </message>
    <message>
        <source>Check the tables to migrate; the selection rules follow</source>
        <translation>勾选要迁移的表；选择规则会随之更新</translation>
    </message>
    <message>
        <source>&amp;Selection rules</source>
        <translation>选择规则(&amp;S)</translation>
    </message>
    <message>
        <source>Selection rules in the order they are written (exclude rules always win)</source>
        <translation>按编写顺序排列的选择规则（排除规则始终优先）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a selection rule</source>
        <translation>添加选择规则</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected selection rule</source>
        <translation>删除所选的选择规则</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected rule up</source>
        <translation>上移所选规则</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected rule down</source>
        <translation>下移所选规则</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>Include loads the matching tables; exclude leaves them out (exclude always wins)</source>
        <translation>包含：加载匹配的表；排除：不加载这些表（排除始终优先）</translation>
    </message>
    <message>
        <source>Schema name or pattern, e.g. dms_sample or %</source>
        <translation>架构名称或模式，例如 dms_sample 或 %</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>表(&amp;T)：</translation>
    </message>
    <message>
        <source>Table name or pattern, e.g. ticket% or %</source>
        <translation>表名称或模式，例如 ticket% 或 %</translation>
    </message>
    <message>
        <source>Object t&amp;ype:</source>
        <translation>对象类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Which objects the rule selects: tables, views or both</source>
        <translation>规则选择哪些对象：表、视图或两者</translation>
    </message>
    <message>
        <source>&amp;Load order:</source>
        <translation>加载顺序(&amp;L)：</translation>
    </message>
    <message>
        <source>Tables with a higher load order are loaded first</source>
        <translation>加载顺序较高的表先加载</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>In patterns, % matches any run of characters and _ exactly one; [_] is a literal underscore. Names are case-sensitive.</source>
        <translation>在模式中，% 匹配任意长度的字符串，_ 恰好匹配一个字符；[_] 表示字面下划线。名称区分大小写。</translation>
    </message>
    <message>
        <source>Column &amp;filters</source>
        <translation>列筛选条件(&amp;F)</translation>
    </message>
    <message>
        <source>Source filters: which rows of a table are loaded</source>
        <translation>源筛选条件：加载表中的哪些行</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Add a source filter to the table selected in the tree</source>
        <translation>为树中所选的表添加源筛选条件</translation>
    </message>
    <message>
        <source>Remove the selected filter</source>
        <translation>删除所选的筛选条件</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>表(&amp;A)：</translation>
    </message>
    <message>
        <source>The source table whose rows the filter chooses</source>
        <translation>筛选条件从中选择行的源表</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>列(&amp;C)：</translation>
    </message>
    <message>
        <source>The source column the conditions test</source>
        <translation>条件所检测的源列</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>条件：</translation>
    </message>
    <message>
        <source>Conditions on the column: a row is loaded when any of them holds</source>
        <translation>该列上的条件：满足其中任意一个条件时即加载该行</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运算符</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>End value</source>
        <translation>结束值</translation>
    </message>
    <message>
        <source>Add c&amp;ondition</source>
        <translation>添加条件(&amp;O)</translation>
    </message>
    <message>
        <source>Add a condition to this filter (conditions are combined with OR)</source>
        <translation>向此筛选条件添加一个条件（多个条件以 OR 组合）</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>删除条件</translation>
    </message>
    <message>
        <source>Remove the selected condition</source>
        <translation>删除所选的条件</translation>
    </message>
    <message>
        <source>A row is loaded when any condition of its filter holds and every filter of its table holds. Filter on columns whose values do not change.</source>
        <translation>当某行满足其筛选条件中的任意一个条件，并且满足其表的所有筛选条件时，才会加载该行。请对值不会变化的列进行筛选。</translation>
    </message>
    <message>
        <source>T&amp;ransformations</source>
        <translation>转换(&amp;R)</translation>
    </message>
    <message>
        <source>Transformation rules; when several change the same object, the first one applies</source>
        <translation>转换规则；当多条规则更改同一对象时，只应用第一条</translation>
    </message>
    <message>
        <source>Add a transformation rule</source>
        <translation>添加转换规则</translation>
    </message>
    <message>
        <source>Remove the selected transformation rule</source>
        <translation>删除所选的转换规则</translation>
    </message>
    <message>
        <source>Move the selected rule up (applies before later rules)</source>
        <translation>上移所选规则（在后面的规则之前应用）</translation>
    </message>
    <message>
        <source>What the rule does</source>
        <translation>规则的作用</translation>
    </message>
    <message>
        <source>Appl&amp;ies to:</source>
        <translation>应用于(&amp;I)：</translation>
    </message>
    <message>
        <source>Whether the rule changes schemas, tables or columns</source>
        <translation>规则更改的是架构、表还是列</translation>
    </message>
    <message>
        <source>Schema name or pattern</source>
        <translation>架构名称或模式</translation>
    </message>
    <message>
        <source>Table name or pattern</source>
        <translation>表名称或模式</translation>
    </message>
    <message>
        <source>Col&amp;umn:</source>
        <translation>列(&amp;U)：</translation>
    </message>
    <message>
        <source>Column name or pattern</source>
        <translation>列名称或模式</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <source>Ol&amp;d value:</source>
        <translation>旧值(&amp;D)：</translation>
    </message>
    <message>
        <source>The prefix or suffix to replace</source>
        <translation>要替换的前缀或后缀</translation>
    </message>
    <message>
        <source>e.g. $first_name||&apos; &apos;||$last_name</source>
        <translation>例如 $first_name||&apos; &apos;||$last_name</translation>
    </message>
    <message>
        <source>SQLite expression; $column reads a source column</source>
        <translation>SQLite 表达式；$column 读取源列</translation>
    </message>
    <message>
        <source>Data t&amp;ype:</source>
        <translation>数据类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>The AWS DMS data type of the column</source>
        <translation>该列的 AWS DMS 数据类型</translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation>长度(&amp;G)：</translation>
    </message>
    <message>
        <source>Length of string, wstring and bytes types</source>
        <translation>string、wstring 和 bytes 类型的长度</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P)：</translation>
    </message>
    <message>
        <source>Digits of numeric types; fractional seconds of datetime</source>
        <translation>numeric 类型的位数；datetime 的秒小数位数</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>小数位数(&amp;A)：</translation>
    </message>
    <message>
        <source>Digits after the decimal point of numeric types</source>
        <translation>numeric 类型小数点后的位数</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;excluded tables</source>
        <translation>显示已排除的表(&amp;E)</translation>
    </message>
    <message>
        <source>Also list the source tables the rules do not load</source>
        <translation>同时列出规则不加载的源表</translation>
    </message>
    <message>
        <source>Source tables and columns and what they become on the target</source>
        <translation>源表和列，以及它们在目标上的结果</translation>
    </message>
    <message>
        <source>Sc&amp;hema:</source>
        <translation>架构(&amp;H)：</translation>
    </message>
    <message>
        <source>Expressio&amp;n:</source>
        <translation>表达式(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Reading the source catalog</source>
        <translation>正在读取源目录</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <source>Stop reading the source catalog.</source>
        <translation>停止读取源目录。</translation>
    </message>
    <message>
        <source>&amp;Read the tables</source>
        <translation>读取表(&amp;R)</translation>
    </message>
    <message>
        <source>Read the source&apos;s tables again.</source>
        <translation>重新读取源的表。</translation>
    </message>
    <message>
        <source>Source password</source>
        <translation>源密码</translation>
    </message>
</context>
<context>
    <name>MappingText</name>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>Convert to lower case</source>
        <translation>转换为小写</translation>
    </message>
    <message>
        <source>Convert to upper case</source>
        <translation>转换为大写</translation>
    </message>
    <message>
        <source>Add prefix</source>
        <translation>添加前缀</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Remove prefix</source>
        <translation>删除前缀</translation>
    </message>
    <message>
        <source>Replace prefix</source>
        <translation>替换前缀</translation>
    </message>
    <message>
        <source>New prefix</source>
        <translation>新前缀</translation>
    </message>
    <message>
        <source>Add suffix</source>
        <translation>添加后缀</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>后缀</translation>
    </message>
    <message>
        <source>Remove suffix</source>
        <translation>删除后缀</translation>
    </message>
    <message>
        <source>Replace suffix</source>
        <translation>替换后缀</translation>
    </message>
    <message>
        <source>New suffix</source>
        <translation>新后缀</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>删除列</translation>
    </message>
    <message>
        <source>Keep only listed columns</source>
        <translation>仅保留列出的列</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>添加列</translation>
    </message>
    <message>
        <source>Column name</source>
        <translation>列名</translation>
    </message>
    <message>
        <source>Change data type</source>
        <translation>更改数据类型</translation>
    </message>
    <message>
        <source>equal to</source>
        <translation>等于</translation>
    </message>
    <message>
        <source>not equal to</source>
        <translation>不等于</translation>
    </message>
    <message>
        <source>less than or equal to</source>
        <translation>小于或等于</translation>
    </message>
    <message>
        <source>greater than or equal to</source>
        <translation>大于或等于</translation>
    </message>
    <message>
        <source>between</source>
        <translation>介于</translation>
    </message>
    <message>
        <source>not between</source>
        <translation>不介于</translation>
    </message>
    <message>
        <source>is null</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is not null</source>
        <translation>不为空</translation>
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
        <translation>%1 介于 %2 和 %3 之间</translation>
    </message>
    <message>
        <source>%1 not between %2 and %3</source>
        <translation>%1 不介于 %2 和 %3 之间</translation>
    </message>
    <message>
        <source>%1 is null</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1 is not null</source>
        <translation>%1 不为空</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>A rule the editor shows but does not edit: &quot;define-primary-key table inventory.ITEM&quot;.</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 (no condition)</source>
        <translation>%1（无条件）</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Joins the conditions of one source filter (any of them may hold).</extracomment>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>包含 %1</translation>
    </message>
    <message>
        <source>Exclude %1</source>
        <translation>排除 %1</translation>
    </message>
    <message>
        <source>Include exactly %1</source>
        <translation>显式包含 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> (views)</source>
        <translation>（视图）</translation>
    </message>
    <message>
        <source> (tables and views)</source>
        <translation>（表和视图）</translation>
    </message>
    <message>
        <source>%1 where %2</source>
        <extracomment>A selection rule with source filters: &quot;Include s.t where price &gt;= 10&quot;.</extracomment>
        <translation>%1，条件为 %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message>
        <source>%1, load order %2</source>
        <translation>%1，加载顺序 %2</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Rename %1 %2 to %3</source>
        <extracomment>&quot;Rename table dms_sample.person to people&quot;.</extracomment>
        <translation>将%1 %2 重命名为 %3</translation>
    </message>
    <message>
        <source>Lower-case %1 names in %2</source>
        <translation>将 %2 中的%1名转换为小写</translation>
    </message>
    <message>
        <source>Upper-case %1 names in %2</source>
        <translation>将 %2 中的%1名转换为大写</translation>
    </message>
    <message>
        <source>Add prefix %1 to %2 names in %3</source>
        <translation>为 %3 中的%2名添加前缀 %1</translation>
    </message>
    <message>
        <source>Remove prefix %1 from %2 names in %3</source>
        <translation>从 %3 中的%2名删除前缀 %1</translation>
    </message>
    <message>
        <source>Replace prefix %1 with %2 in %3 names in %4</source>
        <translation>将 %4 中的%3名前缀 %1 替换为 %2</translation>
    </message>
    <message>
        <source>Add suffix %1 to %2 names in %3</source>
        <translation>为 %3 中的%2名添加后缀 %1</translation>
    </message>
    <message>
        <source>Remove suffix %1 from %2 names in %3</source>
        <translation>从 %3 中的%2名删除后缀 %1</translation>
    </message>
    <message>
        <source>Replace suffix %1 with %2 in %3 names in %4</source>
        <translation>将 %4 中的%3名后缀 %1 替换为 %2</translation>
    </message>
    <message>
        <source>Remove column %1</source>
        <translation>删除列 %1</translation>
    </message>
    <message>
        <source>Keep column %1</source>
        <translation>保留列 %1</translation>
    </message>
    <message>
        <source>Add column %1 %2 to %3</source>
        <translation>向 %3 添加列 %1 %2</translation>
    </message>
    <message>
        <source>Add column %1 %2 = %3 to %4</source>
        <translation>向 %4 添加列 %1 %2 = %3</translation>
    </message>
    <message>
        <source>Change type of %1 to %2</source>
        <translation>将 %1 的类型更改为 %2</translation>
    </message>
</context>
<context>
    <name>MigrationTypePage</name>
    <message>
        <source>&amp;Task name:</source>
        <translation>任务名称(&amp;T)：</translation>
    </message>
    <message>
        <source>How the project and the command line refer to the task (ferry run PROJECT --task NAME).</source>
        <translation>项目和命令行引用该任务时使用的名称 (ferry run PROJECT --task NAME)。</translation>
    </message>
    <message>
        <source>&amp;Full load</source>
        <translation>完全加载(&amp;F)</translation>
    </message>
    <message>
        <source>Creates the selected tables on the target and copies every row once.</source>
        <translation>在目标上创建所选的表，并将每一行复制一次。</translation>
    </message>
    <message>
        <source>Full load and ongoing &amp;replication (CDC)</source>
        <translation>完全加载和持续复制 (CDC)(&amp;R)</translation>
    </message>
    <message>
        <source>Coming in a later version: after the full load, keeps the target up to date with the changes made on the source.</source>
        <translation>将在以后的版本中提供：完全加载之后，使目标与源上所做的更改保持同步。</translation>
    </message>
    <message>
        <source>&amp;Changes only (CDC)</source>
        <translation>仅复制更改 (CDC)(&amp;C)</translation>
    </message>
    <message>
        <source>Coming in a later version: replicates only the changes made on the source after the task starts.</source>
        <translation>将在以后的版本中提供：仅复制任务启动后源上所做的更改。</translation>
    </message>
</context>
<context>
    <name>MonitoringView</name>
    <message>
        <source>&amp;Window:</source>
        <translation>时间窗口(&amp;W)：</translation>
    </message>
    <message>
        <source>How much of the run the charts show</source>
        <translation>图表显示运行过程中多长时间的数据</translation>
    </message>
    <message>
        <source>Freeze the charts to read them; data keeps being collected</source>
        <translation>冻结图表以便查看；数据仍会继续收集</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Save the charts as a PNG image</source>
        <translation>将图表保存为 PNG 图像</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>导出 PNG(&amp;N)…</translation>
    </message>
    <message>
        <source>Save every series as CSV: UTC timestamps, elapsed seconds and values with their units</source>
        <translation>将每个序列保存为 CSV：UTC 时间戳、已用秒数以及带单位的值</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Throughput charts appear here while a task runs: rows and kilobytes per second read from the source and written to the target.</source>
        <translation>任务运行时，此处会显示吞吐量图表：每秒从源读取和写入目标的行数和千字节数。</translation>
    </message>
    <message>
        <source>No CDC latency to chart: this task is a full load. For tasks that replicate ongoing changes (CDC), the latency at the source and at the target is charted here.</source>
        <translation>没有可绘制的 CDC 延迟：此任务是完全加载任务。对于复制持续变更 (CDC) 的任务，此处会绘制源和目标的延迟。</translation>
    </message>
</context>
<context>
    <name>OdbcPage</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>How the project refers to this endpoint.</source>
        <translation>项目引用此终端节点时使用的名称。</translation>
    </message>
    <message>
        <source>&amp;Data source:</source>
        <translation>数据源(&amp;D)：</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Read the data sources from the ODBC driver manager again.</source>
        <translation>重新从 ODBC 驱动程序管理器读取数据源。</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>as set in the data source</source>
        <translation>按数据源中的设置</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>The password is kept in memory, in the system keyring if you ask for it, and never in the project file.</source>
        <translation>密码保存在内存中；如果您要求，还会保存在系统密钥环中；但绝不会保存在项目文件中。</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>在系统密钥环中记住(&amp;R)</translation>
    </message>
    <message>
        <source>Without it, Ferry asks for the password each time it connects.</source>
        <translation>如果不勾选，Ferry 每次连接时都会询问密码。</translation>
    </message>
    <message>
        <source>No system keyring is available, so Ferry cannot remember this password: it will ask for it each time it connects. The password is never written to the project file.</source>
        <translation>没有可用的系统密钥环，因此 Ferry 无法记住此密码：每次连接时都会询问。密码绝不会写入项目文件。</translation>
    </message>
</context>
<context>
    <name>ProjectLocationPage</name>
    <message>
        <source>Project na&amp;me:</source>
        <translation>项目名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Also gives the project file its name.</source>
        <translation>同时用作项目文件的名称。</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>The folder the project file is written to.</source>
        <translation>项目文件所写入的文件夹。</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the project folder.</source>
        <translation>选择项目文件夹。</translation>
    </message>
    <message>
        <source>Project file:</source>
        <translation>项目文件：</translation>
    </message>
</context>
<context>
    <name>ReloadTablesDialog</name>
    <message>
        <source>Reload Tables</source>
        <translation>重新加载表</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Show only the tables whose source or target name contains this text.</source>
        <translation>只显示源名称或目标名称包含此文本的表。</translation>
    </message>
    <message>
        <source>schema or table name</source>
        <translation>架构名或表名</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Check every table the filter shows.</source>
        <translation>勾选筛选结果中的所有表。</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>Uncheck every table the filter shows.</source>
        <translation>取消勾选筛选结果中的所有表。</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>How the project refers to this endpoint.</source>
        <translation>项目引用此终端节点时使用的名称。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>The server&apos;s host name or IP address.</source>
        <translation>服务器的主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Leave empty for the engine&apos;s default port.</source>
        <translation>留空则使用引擎的默认端口。</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>TLS 模式(&amp;T)：</translation>
    </message>
    <message>
        <source>Whether the connection is encrypted and how the server&apos;s certificate is checked.</source>
        <translation>连接是否加密，以及如何检查服务器的证书。</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>CA 证书(&amp;A)：</translation>
    </message>
    <message>
        <source>The certificate of the authority that signed the server&apos;s certificate (PEM file).</source>
        <translation>签署服务器证书的证书颁发机构的证书（PEM 文件）。</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file.</source>
        <translation>选择 CA 证书文件。</translation>
    </message>
</context>
<context>
    <name>SqlitePage</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>How the project refers to this endpoint.</source>
        <translation>项目引用此终端节点时使用的名称。</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>数据库文件(&amp;F)：</translation>
    </message>
    <message>
        <source>The path of the SQLite database file.</source>
        <translation>SQLite 数据库文件的路径。</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>选择数据库文件。</translation>
    </message>
    <message>
        <source>&amp;Create the file if it does not exist</source>
        <translation>如果文件不存在则创建(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Project file:</source>
        <translation>项目文件：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>源：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>表：</translation>
    </message>
    <message>
        <source>&amp;Contents of the file:</source>
        <translation>文件内容(&amp;C)：</translation>
    </message>
    <message>
        <source>Target tables:</source>
        <translation>目标表：</translation>
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
        <translation>MySQL 或 MariaDB</translation>
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
        <translation>数据源 %1</translation>
    </message>
    <message>
        <source>data source %1 as %2</source>
        <translation>数据源 %1（用户 %2）</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>本地套接字</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1（用户 %2）</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>无密码</translation>
    </message>
    <message>
        <source>Read from an environment variable</source>
        <translation>从环境变量读取</translation>
    </message>
    <message>
        <source>Stored in the system keyring</source>
        <translation>存储在系统密钥环中</translation>
    </message>
    <message>
        <source>Asked each time Ferry connects</source>
        <translation>每次 Ferry 连接时询问</translation>
    </message>
    <message>
        <source>Left to the client library (~/.pgpass)</source>
        <translation>交由客户端库处理 (~/.pgpass)</translation>
    </message>
    <message>
        <source>Connection succeeded</source>
        <translation>连接成功</translation>
    </message>
    <message>
        <source>The connection details are incomplete or wrong</source>
        <translation>连接详细信息不完整或有误</translation>
    </message>
    <message>
        <source>Unknown host name</source>
        <translation>未知的主机名</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>No answer from the server</source>
        <translation>服务器没有响应</translation>
    </message>
    <message>
        <source>Login rejected: wrong user name or password</source>
        <translation>登录被拒绝：用户名或密码错误</translation>
    </message>
    <message>
        <source>Secure connection (TLS) failed</source>
        <translation>安全连接 (TLS) 失败</translation>
    </message>
    <message>
        <source>Database not found</source>
        <translation>找不到数据库</translation>
    </message>
    <message>
        <source>A privilege is missing</source>
        <translation>缺少某项权限</translation>
    </message>
    <message>
        <source>Server version not supported</source>
        <translation>不支持的服务器版本</translation>
    </message>
    <message>
        <source>ODBC driver or data source not found</source>
        <translation>找不到 ODBC 驱动程序或数据源</translation>
    </message>
    <message>
        <source>Not a database file</source>
        <translation>不是数据库文件</translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>Another kind of server answers on this port</source>
        <translation>此端口上应答的是另一种服务器</translation>
    </message>
</context>
<context>
    <name>ferry::ConnectionTestPage</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>显示详细信息</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>隐藏详细信息</translation>
    </message>
    <message>
        <source>Ferry connects as it will when it reads the source, and checks the privileges it needs.</source>
        <translation>Ferry 会以读取源时的方式进行连接，并检查所需的权限。</translation>
    </message>
    <message>
        <source>Ferry connects as it will when it writes the target, and checks the privileges it needs.</source>
        <translation>Ferry 会以写入目标时的方式进行连接，并检查所需的权限。</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation>尚未测试</translation>
    </message>
    <message>
        <source>Test the connection before you go on. To keep the endpoint without a successful test, tick the box below.</source>
        <translation>请在继续之前测试连接。如需在测试未成功的情况下保留该终端节点，请勾选下面的复选框。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>正在连接到 %1。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>再次测试(&amp;T)</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>%1 %2 answered in %3 ms.</source>
        <translation>%1 %2 在 %3 毫秒内响应。</translation>
    </message>
    <message>
        <source>Test cancelled</source>
        <translation>测试已取消</translation>
    </message>
    <message>
        <source>The connection test was cancelled before it finished.</source>
        <translation>连接测试在完成之前被取消。</translation>
    </message>
    <message>
        <source>Storing the password in the system keyring…</source>
        <translation>正在将密码存储到系统密钥环中…</translation>
    </message>
    <message>
        <source>Asked each time Ferry connects; never saved.</source>
        <translation>每次 Ferry 连接时询问；从不保存。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Stored in the system keyring when you continue; never in the project file.</source>
        <translation>继续时存储到系统密钥环中；绝不会保存在项目文件中。</translation>
    </message>
    <message>
        <source>Go Back and check the user name and the password, then test again. If they are right, ask the administrator whether this user may log in from this computer.</source>
        <translation>请返回检查用户名和密码，然后再次测试。如果它们正确，请询问管理员此用户是否可以从这台计算机登录。</translation>
    </message>
    <message>
        <source>The system keyring could not store the password, so Ferry will ask for it each time it connects. Continue to go on without storing it.

%1</source>
        <translation>系统密钥环无法保存该密码，因此 Ferry 每次连接时都会询问密码。继续即可在不保存的情况下进行。

%1</translation>
    </message>
    <message>
        <source>Kept in the system keyring as it is; never in the project file.</source>
        <translation>原样保留在系统密钥环中；绝不会保存在项目文件中。</translation>
    </message>
</context>
<context>
    <name>ferry::EndpointChoicePage</name>
    <message>
        <source>Source endpoint</source>
        <translation>源终端节点</translation>
    </message>
    <message>
        <source>Target endpoint</source>
        <translation>目标终端节点</translation>
    </message>
    <message>
        <source>The database Ferry reads the data from.</source>
        <translation>Ferry 从中读取数据的数据库。</translation>
    </message>
    <message>
        <source>The database Ferry writes the data to.</source>
        <translation>Ferry 向其写入数据的数据库。</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1（%2：%3）</translation>
    </message>
    <message>
        <source>The new source endpoint is also named %1. Pick another target, or go back and rename the source.</source>
        <translation>新的源终端节点也命名为 %1。请选择其他目标，或返回并重命名源。</translation>
    </message>
    <message>
        <source>Password: %1.</source>
        <translation>密码：%1。</translation>
    </message>
</context>
<context>
    <name>ferry::EndpointConnection</name>
    <message>
        <source>Endpoint &apos;%1&apos; needs a password.</source>
        <translation>终端节点 &apos;%1&apos; 需要密码。</translation>
    </message>
    <message>
        <source>Enter it when asked; it is kept for this session only.</source>
        <translation>请在提示时输入密码；密码仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>The project has no endpoint &apos;%1&apos;.</source>
        <translation>该项目中没有终端节点 &apos;%1&apos;。</translation>
    </message>
</context>
<context>
    <name>ferry::EndpointDetailsPage</name>
    <message>
        <source>The project already has an endpoint named %1; choose another name.</source>
        <translation>该项目中已有名为 %1 的终端节点；请选择其他名称。</translation>
    </message>
</context>
<context>
    <name>ferry::EndpointWizard</name>
    <message>
        <source>New source endpoint</source>
        <translation>新建源终端节点</translation>
    </message>
    <message>
        <source>New target endpoint</source>
        <translation>新建目标终端节点</translation>
    </message>
    <message>
        <source>Edit endpoint %1</source>
        <translation>编辑终端节点 %1</translation>
    </message>
</context>
<context>
    <name>ferry::EnginePage</name>
    <message>
        <source>Source database</source>
        <translation>源数据库</translation>
    </message>
    <message>
        <source>Target database</source>
        <translation>目标数据库</translation>
    </message>
    <message>
        <source>Choose the kind of database Ferry reads the data from.</source>
        <translation>请选择 Ferry 从中读取数据的数据库类型。</translation>
    </message>
    <message>
        <source>Choose the kind of database Ferry writes the data to.</source>
        <translation>请选择 Ferry 向其写入数据的数据库类型。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) use this endpoint: %1. Their table mappings are kept as they are when the engine changes; check them with Edit Mapping afterwards.</source>
        <translation>
            <numerusform>%n 个任务使用此终端节点：%1。更换引擎时，它们的表映射保持不变；之后请用“编辑映射”检查。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ErrorBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
</context>
<context>
    <name>ferry::ExceptionsView</name>
    <message>
        <source>The rejected rows could not be read: %1</source>
        <translation>无法读取被拒绝的行：%1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>No rejected rows</source>
        <translation>没有被拒绝的行</translation>
    </message>
    <message>
        <source>No rejected rows for %1</source>
        <translation>%1 没有被拒绝的行</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rejected row(s) loaded</source>
        <translation>
            <numerusform>已加载 %n 个被拒绝行中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>All tables (%1)</source>
        <translation>所有表（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 into %2 (%3)</source>
        <translation>%1 到 %2（%3）</translation>
    </message>
    <message>
        <source>Select a rejected row to see its values.</source>
        <translation>选择一个被拒绝的行以查看其值。</translation>
    </message>
    <message>
        <source>Row from %1 into %2, slice %3 (values as read from the source)</source>
        <translation>从 %1 到 %2 的行，分片 %3（值为从源读取时的值）</translation>
    </message>
    <message>
        <source>Row from %1 into %2, slice %3</source>
        <translation>从 %1 到 %2 的行，分片 %3</translation>
    </message>
    <message>
        <source>%1 (The target did not name a column.)</source>
        <translation>%1（目标未指明列。）</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1（列 %2）</translation>
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
            <numerusform>重新应用 %n 个所选行(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-apply &amp;selected</source>
        <translation>重新应用所选行(&amp;S)</translation>
    </message>
    <message>
        <source>Choose a table to re-apply all of its rejected rows</source>
        <translation>选择一个表以重新应用其所有被拒绝的行</translation>
    </message>
    <message>
        <source>Write every rejected row of %1, with your fixes, into its target table</source>
        <translation>将 %1 的所有被拒绝行连同您的修正写入其目标表</translation>
    </message>
    <message>
        <source>Re-applying was cancelled; tables already written stay written.</source>
        <translation>已取消重新应用；已写入的表保持不变。</translation>
    </message>
    <message>
        <source>The rows could not be re-applied: %1</source>
        <translation>无法重新应用这些行：%1</translation>
    </message>
    <message numerus="yes">
        <source>Re-applying %n row(s)…</source>
        <translation>
            <numerusform>正在重新应用 %n 行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) re-applied.</source>
        <translation>
            <numerusform>已重新应用 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused again: see the new error.</source>
        <translation>
            <numerusform>%n 行再次被拒绝：请查看新的错误。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not re-applied.</source>
        <translation>
            <numerusform>%n 行未重新应用。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules changed: re-apply the rows to derive them again with the new rules.</source>
        <translation>规则已更改：重新应用这些行，以便用新规则重新推导它们。</translation>
    </message>
    <message>
        <source>The task&apos;s rules could not be used: %1</source>
        <translation>无法使用任务的规则：%1</translation>
    </message>
    <message>
        <source>• %1.%2: %3 → %4 (rule %5)</source>
        <translation>• %1.%2：%3 → %4（规则 %5）</translation>
    </message>
    <message numerus="yes">
        <source>The rules give %n target column(s) another type than the target table has:</source>
        <translation>
            <numerusform>规则使 %n 个目标列的类型与目标表中的不同：</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the target table&apos;s columns and re-apply the rows? The rows already in the table are converted by the target; if one does not convert nothing changes.</source>
        <translation>更改目标表的列并重新应用这些行吗？表中已有的行由目标转换；如有无法转换的行，则不做任何更改。</translation>
    </message>
    <message>
        <source>Change Target Columns</source>
        <translation>更改目标列</translation>
    </message>
</context>
<context>
    <name>ferry::LogView</name>
    <message>
        <source>All severities</source>
        <translation>所有严重级别</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>所有组件</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>搜索日志</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>始终显示最新的一行</translation>
    </message>
    <message>
        <source>&amp;Copy Lines</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected log lines</source>
        <translation>复制所选日志行</translation>
    </message>
    <message>
        <source>Select a line to read its whole message here.</source>
        <translation>选择一行即可在此处阅读其完整消息。</translation>
    </message>
</context>
<context>
    <name>ferry::MainWindow</name>
    <message>
        <source>Table statistics</source>
        <translation>表统计信息</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>No task running</source>
        <translation>没有正在运行的任务</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>打开项目(&amp;O)...</translation>
    </message>
    <message>
        <source>Open a Ferry project file</source>
        <translation>打开 Ferry 项目文件</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project file</source>
        <translation>保存项目文件</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>以新名称保存项目</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>Close the project and show the welcome page</source>
        <translation>关闭项目并显示欢迎页</translation>
    </message>
    <message>
        <source>Run sa&amp;mple migration</source>
        <translation>运行示例迁移(&amp;M)</translation>
    </message>
    <message>
        <source>Generate the sports-ticketing sample (1,000,000 tickets) and migrate it into an SQLite copy, with live statistics</source>
        <translation>生成体育票务示例数据（1,000,000 张票）并将其迁移到一个 SQLite 副本中，同时显示实时统计信息</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Ferry Workbench</source>
        <translation>关闭 Ferry Workbench</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>首选项(&amp;P)...</translation>
    </message>
    <message>
        <source>Language and colours</source>
        <translation>语言和颜色</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>恢复(&amp;E)</translation>
    </message>
    <message>
        <source>Continue the selected task&apos;s last run where it stopped</source>
        <translation>从上次停止的位置继续所选任务的上一次运行</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the running task; it can be resumed (Shift+F5)</source>
        <translation>停止正在运行的任务；之后可以恢复 (Shift+F5)</translation>
    </message>
    <message>
        <source>Re&amp;fresh Catalogs</source>
        <translation>刷新目录(&amp;F)</translation>
    </message>
    <message>
        <source>Read the source and target catalogs again</source>
        <translation>重新读取源和目标的目录</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>关于 Ferry(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>The sample could not be written: %1</source>
        <translation>无法写入示例数据：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Stopped; run it again to resume.</source>
        <translation>已停止；再次运行即可恢复。</translation>
    </message>
    <message>
        <source>The sample project could not be written: %1</source>
        <translation>无法写入示例项目：%1</translation>
    </message>
    <message>
        <source>Sample project ready: press Run (F5) to migrate it.</source>
        <translation>示例项目已就绪：按“运行”(F5) 开始迁移。</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>无法打开 %1。

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Ferry projects (*.yaml *.yml);;All files (*)</source>
        <translation>Ferry 项目 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Run Task</source>
        <translation>运行任务</translation>
    </message>
    <message>
        <source>%1: connecting...</source>
        <translation>%1：正在连接...</translation>
    </message>
    <message>
        <source>Not started: no password for %1.</source>
        <translation>未启动：没有 %1 的密码。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password for endpoint %1 (kept for this session only):</source>
        <translation>终端节点 %1 的密码（仅在本次会话中保留）：</translation>
    </message>
    <message>
        <source>%1: starting</source>
        <translation>%1：正在启动</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The project %1 has changes that are not saved. Save them first?</source>
        <translation>项目 %1 有尚未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Ferry projects (*.ferry.yaml *.yaml)</source>
        <translation>Ferry 项目 (*.ferry.yaml *.yaml)</translation>
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
        <translation>关于 Ferry</translation>
    </message>
    <message>
        <source>Ferry Workbench %1

A database migration workbench: PostgreSQL, MySQL/MariaDB, SQLite and ODBC sources; full load with live statistics.</source>
        <translation>Ferry Workbench %1

数据库迁移工作台：支持 PostgreSQL、MySQL/MariaDB、SQLite 和 ODBC 源；提供带实时统计信息的完全加载。</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>新建项目(&amp;N)...</translation>
    </message>
    <message>
        <source>Create a project: source and target endpoints, tables to copy</source>
        <translation>创建项目：源终端节点和目标终端节点，以及要复制的表</translation>
    </message>
    <message>
        <source>New &amp;Endpoint...</source>
        <translation>新建终端节点(&amp;E)...</translation>
    </message>
    <message>
        <source>Add a database endpoint to the project</source>
        <translation>向项目添加数据库终端节点</translation>
    </message>
    <message>
        <source>Edit &amp;Mapping...</source>
        <translation>编辑映射(&amp;M)...</translation>
    </message>
    <message>
        <source>Choose the tables of the selected task and how they are renamed or changed</source>
        <translation>选择所选任务的表，以及如何重命名或更改这些表</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Reload Table</source>
        <translation>重新加载表</translation>
    </message>
    <message>
        <source>Load %1.%2 again from the source? Its rows in the target are replaced; the other tables of task %3 stay as they are.</source>
        <translation>要从源重新加载 %1.%2 吗？目标中的行将被替换；任务 %3 的其他表保持不变。</translation>
    </message>
    <message>
        <source>Run the selected task; when it ran before, asks whether to resume it or restart it (F5)</source>
        <translation>运行所选任务；如果之前运行过，会询问是恢复还是重新开始 (F5)</translation>
    </message>
    <message>
        <source>Restart drops the target tables, creates them again and loads every table from the start (TargetTablePrepMode %1).</source>
        <translation>重新开始会删除目标表、重新创建，并从头加载每个表（TargetTablePrepMode %1）。</translation>
    </message>
    <message>
        <source>Restart empties the target tables and loads every table from the start (TargetTablePrepMode %1).</source>
        <translation>重新开始会清空目标表，并从头加载每个表（TargetTablePrepMode %1）。</translation>
    </message>
    <message>
        <source>Restart loads every table again into the target tables as they are: the rows already there stay, so rows can be doubled (TargetTablePrepMode %1).</source>
        <translation>重新开始会将每个表按原样再次加载到目标表中：已有的行会保留，因此行可能重复（TargetTablePrepMode %1）。</translation>
    </message>
    <message>
        <source>Last run: %1

Resume continues that run: the tables it finished keep their rows. %2</source>
        <translation>上次运行：%1

恢复会继续该次运行：已完成的表保留其行。%2</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <extracomment>Buttons of the Resume or Restart question; %1 is the prep mode, e.g. DROP_AND_CREATE</extracomment>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;start (%1)</source>
        <translation>重新开始(&amp;S) (%1)</translation>
    </message>
    <message>
        <source>Resume or Restart</source>
        <translation>恢复或重新开始</translation>
    </message>
    <message>
        <source>Task %1 ran before on this target. Resume it, or restart it from the beginning?</source>
        <translation>任务 %1 之前已在此目标上运行过。要恢复它，还是从头重新开始？</translation>
    </message>
    <message>
        <source>%1: not started.</source>
        <translation>%1：未启动。</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>上次运行：%1</translation>
    </message>
    <message>
        <source>The last run of %1 could not be read: %2</source>
        <translation>无法读取 %1 的上次运行：%2</translation>
    </message>
    <message>
        <source>Task %1 failed: %2</source>
        <translation>任务 %1 失败：%2</translation>
    </message>
    <message>
        <source>The catalog of %1 could not be read: %2</source>
        <translation>无法读取 %1 的目录：%2</translation>
    </message>
    <message>
        <source>%1 not started: %2</source>
        <translation>%1 未启动：%2</translation>
    </message>
    <message>
        <source>its earlier runs could not be read from the target&apos;s control tables</source>
        <translation>无法从目标的控制表读取其之前的运行</translation>
    </message>
    <message>
        <source>%1 not started: %2: %3</source>
        <translation>%1 未启动：%2：%3</translation>
    </message>
    <message>
        <source>its target tables could not be checked</source>
        <translation>无法检查其目标表</translation>
    </message>
    <message>
        <source>A run drops these tables and creates them again (TargetTablePrepMode %1).</source>
        <translation>运行会删除这些表并重新创建（TargetTablePrepMode %1）。</translation>
    </message>
    <message>
        <source>A run empties these tables before loading them (TargetTablePrepMode %1).</source>
        <translation>运行会在加载前清空这些表（TargetTablePrepMode %1）。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>还有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace their rows (%1)</source>
        <extracomment>%1: the prep mode, e.g. DROP_AND_CREATE</extracomment>
        <translation>替换其行(&amp;R)（%1）</translation>
    </message>
    <message>
        <source>Replace existing rows</source>
        <translation>替换现有行</translation>
    </message>
    <message numerus="yes">
        <source>Task %1 has not run on this target, but %n of its target tables already hold rows.</source>
        <translation>
            <numerusform>任务 %1 尚未在此目标上运行，但其中 %n 个目标表已有数据行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>%1: %2 - %3, %4 rows/s</source>
        <extracomment>Status bar while a task runs: task, state, &quot;3 of 4 tables loaded&quot;, rows per second</extracomment>
        <translation>%1：%2 - %3，%4 行/秒</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 - %3, %4 in error, %Ln completed with errors</source>
        <extracomment>Status bar after a run: task, state, &quot;3 of 4 tables loaded&quot;, tables in error; %n: tables loaded whose target rejected rows (or refused an index or key)</extracomment>
        <translation>
            <numerusform>%1：%2 - %3，%4 个出错，%Ln 个已完成但有错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln table(s) loaded</source>
        <extracomment>Status bar: %1 tables loaded of %Ln tables</extracomment>
        <translation>
            <numerusform>已加载 %Ln 个表中的 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing the sample database (%1 ticket(s))...</source>
        <translation>
            <numerusform>正在写入示例数据库（%1 张票）...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample: preparing %1 ticket(s) in %2</source>
        <translation>
            <numerusform>示例：正在 %2 中准备 %1 张票</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing the connection of %1...</source>
        <translation>正在测试 %1 的连接...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: connection succeeded (%2 %3).</source>
        <translation>%1：连接成功（%2 %3）。</translation>
    </message>
    <message>
        <source>%1 has not run on its target yet: there are no tables to reload.</source>
        <translation>%1 尚未在其目标上运行：没有可重新加载的表。</translation>
    </message>
</context>
<context>
    <name>ferry::MappingDialog</name>
    <message>
        <source>Table Mapping</source>
        <translation>表映射</translation>
    </message>
    <message>
        <source>Keep the edited mapping</source>
        <translation>保留编辑后的映射</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Table Mapping of Task %1</source>
        <extracomment>Window title of the mapping dialog: %1 is the task&apos;s name.</extracomment>
        <translation>任务 %1 的表映射</translation>
    </message>
    <message>
        <source>Discard Mapping Changes</source>
        <translation>放弃映射更改</translation>
    </message>
    <message>
        <source>Discard the changes to the table mapping?</source>
        <translation>要放弃对表映射的更改吗？</translation>
    </message>
    <message>
        <source>A &quot;Change data type&quot; rule needs its columns and a type</source>
        <translation>“更改数据类型”规则需要指定列和类型</translation>
    </message>
</context>
<context>
    <name>ferry::MappingEditor</name>
    <message>
        <source>Include</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Include exactly (explicit)</source>
        <extracomment>Selection rule-action &quot;explicit&quot;: exactly the named table, no wildcards.</extracomment>
        <translation>显式包含 (explicit)</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Tables and views</source>
        <translation>表和视图</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Add a &quot;%1&quot; rule</source>
        <translation>添加“%1”规则</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The editor keeps this %1 rule as written; change it in the DMS JSON.</source>
        <translation>编辑器会按原样保留此 %1 规则；请在 DMS JSON 中进行更改。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Import AWS DMS Table Mapping</source>
        <translation>导入 AWS DMS 表映射</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export AWS DMS Table Mapping</source>
        <translation>导出 AWS DMS 表映射</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Not imported. %1: %2</source>
        <extracomment>Import error: &quot;table-mappings.json:3:14: &lt;what is wrong&gt; &lt;how to fix it&gt;&quot;.</extracomment>
        <translation>未导入。%1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>No source catalog has been read yet.</source>
        <translation>尚未读取源目录。</translation>
    </message>
    <message>
        <source>Imported %1 with warnings:</source>
        <translation>已导入 %1，但有警告：</translation>
    </message>
    <message>
        <source>Exported the table mapping to %1.</source>
        <translation>已将表映射导出到 %1。</translation>
    </message>
    <message>
        <source>More warnings: %1.</source>
        <translation>更多警告：%1 条。</translation>
    </message>
    <message>
        <source>Other rules kept as written (table settings and the like): %1.</source>
        <translation>按原样保留的其他规则（表设置等）：%1 条。</translation>
    </message>
    <message>
        <source>No selection rules: every table of every non-system schema is migrated (the DMS default mapping). Untick tables or add rules to choose.</source>
        <translation>没有选择规则：将迁移所有非系统架构中的所有表（DMS 默认映射）。取消勾选表或添加规则即可进行选择。</translation>
    </message>
    <message>
        <source>No table is selected: tick the tables to migrate.</source>
        <translation>未选择任何表：请勾选要迁移的表。</translation>
    </message>
    <message>
        <source>Tables loaded: %1 of %2</source>
        <translation>要加载的表：%2 个中的 %1 个</translation>
    </message>
    <message>
        <source>Selection rules: %1, column filters: %2, transformations: %3</source>
        <translation>选择规则：%1，列筛选条件：%2，转换：%3</translation>
    </message>
    <message>
        <source>Checked tables: %1 of %2, about %3 rows, %4</source>
        <translation>已勾选的表：%2 个中的 %1 个，约 %3 行，%4</translation>
    </message>
    <message>
        <source>(choose a type)</source>
        <extracomment>The data-type choice of a new &quot;Change data type&quot; rule, before one is chosen</extracomment>
        <translation>（选择类型）</translation>
    </message>
    <message>
        <source>Name the schema, table and column patterns and choose the new data type; until then the mapping cannot be kept.</source>
        <translation>请填写架构、表和列的模式并选择新的数据类型；在此之前无法保留该映射。</translation>
    </message>
    <message>
        <source>%1 is not a table of the source catalog the mapping can show: it was renamed or dropped on the source.</source>
        <translation>%1 不是映射可以显示的源目录中的表：它已在源中被重命名或删除。</translation>
    </message>
    <message>
        <source>Table %1 has no column %2 in the mapping any more.</source>
        <translation>表 %1 在映射中已不再有列 %2。</translation>
    </message>
    <message>
        <source>Rule %1 decides column %2 of %3 (%4 on the target). Change the rule, then re-apply the rejected rows with the current rules.</source>
        <translation>规则 %1 决定 %3 的列 %2（在目标中为 %4）。请修改该规则，然后使用当前规则重新应用被拒绝的行。</translation>
    </message>
    <message>
        <source>No rule changes column %1 of %2: it is created as %3 from the source&apos;s type. Add a Change data type rule to give it another type, or fix the rows&apos; values.</source>
        <translation>没有规则更改 %2 的列 %1：它按源的类型创建为 %3。要使用其他类型，请添加“更改数据类型”规则，或修正这些行的值。</translation>
    </message>
</context>
<context>
    <name>ferry::MappingPage</name>
    <message>
        <source>Tables to migrate</source>
        <translation>要迁移的表</translation>
    </message>
    <message>
        <source>Tick the tables to migrate and add rules to rename or change them. Leave everything unticked to migrate every non-system schema.</source>
        <translation>勾选要迁移的表，并添加规则对其进行重命名或更改。如果不勾选任何表，将迁移所有非系统架构。</translation>
    </message>
    <message>
        <source>Ferry needs the password of %1 to read its tables:</source>
        <translation>Ferry 需要 %1 的密码才能读取其表：</translation>
    </message>
    <message>
        <source>Type the password, then read the catalog.</source>
        <translation>请输入密码，然后读取目录。</translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>正在读取 %1 的表…</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) read from %1.</source>
        <translation>
            <numerusform>已从 %1 读取 %n 个表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the catalog was cancelled. Without it the task migrates every non-system schema.</source>
        <translation>已取消读取目录。不读取目录时，该任务会迁移所有非系统架构。</translation>
    </message>
    <message>
        <source>Could not read the source&apos;s tables: %1 %2</source>
        <translation>无法读取源的表：%1 %2</translation>
    </message>
</context>
<context>
    <name>ferry::MigrationTypePage</name>
    <message>
        <source>Migration type</source>
        <translation>迁移类型</translation>
    </message>
    <message>
        <source>What the task does when it runs.</source>
        <translation>任务运行时执行的操作。</translation>
    </message>
</context>
<context>
    <name>ferry::MonitoringView</name>
    <message>
        <source>Last minute</source>
        <extracomment>Monitoring window choice</extracomment>
        <translation>最近 1 分钟</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>最近 5 分钟</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>整个运行过程</translation>
    </message>
    <message>
        <source>Read from source</source>
        <translation>从源读取</translation>
    </message>
    <message>
        <source>Written to target</source>
        <translation>写入目标</translation>
    </message>
    <message>
        <source>Rows per second</source>
        <translation>每秒行数</translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>行/秒</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 行/秒</translation>
    </message>
    <message>
        <source>Kilobytes per second</source>
        <translation>每秒千字节数</translation>
    </message>
    <message>
        <source>KB/s</source>
        <translation>KB/秒</translation>
    </message>
    <message>
        <source>%1 KB/s</source>
        <translation>%1 KB/秒</translation>
    </message>
    <message>
        <source>Rows per second for one table</source>
        <translation>单个表的每秒行数</translation>
    </message>
    <message>
        <source>CDC latency</source>
        <extracomment>Chart title: latency of change data capture</extracomment>
        <translation>CDC 延迟</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Source latency</source>
        <translation>源延迟</translation>
    </message>
    <message>
        <source>Target latency</source>
        <translation>目标延迟</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Rows per second: %1</source>
        <extracomment>Chart title; %1 is a table name such as main.ticket</extracomment>
        <translation>每秒行数：%1</translation>
    </message>
    <message>
        <source>Select a table in Table statistics to chart its rows per second here.</source>
        <translation>在“表统计信息”中选择一个表，即可在此处绘制其每秒行数。</translation>
    </message>
    <message>
        <source>Collecting rows per second for %1…</source>
        <translation>正在收集 %1 的每秒行数…</translation>
    </message>
    <message>
        <source>Paused at %1; still collecting (now at %2).</source>
        <translation>已暂停于 %1；仍在收集数据（当前为 %2）。</translation>
    </message>
    <message>
        <source>Now: %1 rows/s read, %2 rows/s written</source>
        <translation>当前：读取 %1 行/秒，写入 %2 行/秒</translation>
    </message>
    <message>
        <source>Export Charts as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>The charts could not be saved to %1: %2</source>
        <translation>无法将图表保存到 %1：%2</translation>
    </message>
    <message>
        <source>Export Throughput as CSV</source>
        <translation>将吞吐量导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The series could not be saved to %1: %2</source>
        <translation>无法将序列保存到 %1：%2</translation>
    </message>
    <message>
        <source>Ended: on average %1 rows/s read, %2 rows/s written over %3</source>
        <extracomment>After the task: %1 and %2 are rows per second over the whole run, %3 its duration</extracomment>
        <translation>已结束：平均每秒读取 %1 行，写入 %2 行，用时 %3</translation>
    </message>
</context>
<context>
    <name>ferry::OdbcPage</name>
    <message>
        <source>Data source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驱动程序</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Scope</source>
        <extracomment>user or system data source</extracomment>
        <translation>范围</translation>
    </message>
    <message>
        <source>ODBC data source</source>
        <translation>ODBC 数据源</translation>
    </message>
    <message>
        <source>The data sources below come from the ODBC driver manager (odbc.ini).</source>
        <translation>下面的数据源来自 ODBC 驱动程序管理器 (odbc.ini)。</translation>
    </message>
    <message>
        <source>Reading the data sources from the ODBC driver manager…</source>
        <translation>正在从 ODBC 驱动程序管理器读取数据源…</translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>scope of an ODBC data source: defined for this user (~/.odbc.ini)</extracomment>
        <translation>用户</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>scope of an ODBC data source: defined for every user (odbc.ini)</extracomment>
        <translation>系统</translation>
    </message>
    <message>
        <source>The ODBC driver manager knows no data source. Add one to odbc.ini (for example with odbcinst -i -s), then refresh.</source>
        <translation>ODBC 驱动程序管理器中没有任何数据源。请将数据源添加到 odbc.ini（例如使用 odbcinst -i -s），然后刷新。</translation>
    </message>
    <message numerus="yes">
        <source>%n data source(s) found.</source>
        <translation>
            <numerusform>找到 %n 个数据源。</numerusform>
        </translation>
    </message>
    <message>
        <source>This endpoint connects through the driver %1 with its own connection options, which are kept. Choose a data source only to use it instead.</source>
        <translation>此终端节点通过驱动程序 %1 及其自身的连接选项进行连接，这些选项将保留。只有在要改用数据源时才选择数据源。</translation>
    </message>
</context>
<context>
    <name>ferry::PasswordField</name>
    <message>
        <source>No system keyring is available, so Ferry cannot remember this password: it will ask for it each time it connects. The password is never written to the project file.</source>
        <translation>没有可用的系统密钥环，因此 Ferry 无法记住此密码：每次连接时都会询问。密码绝不会写入项目文件。</translation>
    </message>
    <message>
        <source>unchanged: leave empty to keep it</source>
        <extracomment>placeholder of the password field when an endpoint is edited</extracomment>
        <translation>不变：留空以保留当前密码</translation>
    </message>
</context>
<context>
    <name>ferry::PreferencesDialog</name>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies when Ferry starts again.</source>
        <translation>新语言将在 Ferry 重新启动后生效。</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>ferry::ProjectDocument</name>
    <message>
        <source>The project has no file yet.</source>
        <translation>该项目还没有文件。</translation>
    </message>
    <message>
        <source>Use File &gt; Save As to choose one.</source>
        <translation>请使用“文件 &gt; 另存为”选择一个文件。</translation>
    </message>
    <message>
        <source>Add endpoint %1</source>
        <translation>添加终端节点 %1</translation>
    </message>
    <message>
        <source>Edit endpoint %1</source>
        <translation>编辑终端节点 %1</translation>
    </message>
    <message>
        <source>Remove endpoint %1</source>
        <translation>删除终端节点 %1</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>添加任务 %1</translation>
    </message>
    <message>
        <source>Remove task %1</source>
        <translation>删除任务 %1</translation>
    </message>
    <message>
        <source>Edit mapping of task %1</source>
        <translation>编辑任务 %1 的映射</translation>
    </message>
</context>
<context>
    <name>ferry::ProjectLocationPage</name>
    <message>
        <source>Name and location</source>
        <translation>名称和位置</translation>
    </message>
    <message>
        <source>A project is one YAML file: its endpoints, table mappings and tasks.</source>
        <translation>一个项目就是一个 YAML 文件：包含其终端节点、表映射和任务。</translation>
    </message>
    <message>
        <source>Choose the project folder</source>
        <translation>选择项目文件夹</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>请选择一个文件夹。</translation>
    </message>
    <message>
        <source>A file named %1 already exists in this folder. Finishing the wizard replaces it.</source>
        <translation>此文件夹中已存在名为 %1 的文件。完成向导时将替换该文件。</translation>
    </message>
    <message>
        <source>The folder does not exist yet; Ferry creates it when it saves the project.</source>
        <translation>该文件夹尚不存在；Ferry 保存项目时会创建它。</translation>
    </message>
    <message>
        <source>Replace the project file?</source>
        <translation>要替换项目文件吗？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new project?</source>
        <translation>%1 已存在。要用新项目替换它吗？</translation>
    </message>
</context>
<context>
    <name>ferry::ProjectTreeMenu</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>删除(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>继续(&amp;S)</translation>
    </message>
    <message>
        <source>Edit &amp;Mapping...</source>
        <translation>编辑映射(&amp;M)...</translation>
    </message>
    <message>
        <source>Delete Endpoint</source>
        <translation>删除端点</translation>
    </message>
    <message>
        <source>Delete endpoint %1 from the project?</source>
        <translation>从项目中删除端点 %1？</translation>
    </message>
    <message>
        <source>The database itself is not touched. Edit &gt; Undo brings the endpoint back.</source>
        <translation>数据库本身不受影响。编辑 &gt; 撤销 可恢复该端点。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete Task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Delete task %1 from the project?</source>
        <translation>从项目中删除任务 %1？</translation>
    </message>
    <message>
        <source>Its tables and control tables on the target stay as they are. Edit &gt; Undo brings the task back.</source>
        <translation>目标上的表和控制表保持不变。编辑 &gt; 撤销 可恢复该任务。</translation>
    </message>
    <message numerus="yes">
        <source>Endpoint %1 is used by %n task(s): %2. Delete them or choose other endpoints for them first.</source>
        <translation>
            <numerusform>端点 %1 被 %n 个任务使用：%2。请先删除这些任务或为其选择其他端点。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>编辑(&amp;E)...</translation>
    </message>
    <message>
        <source>Change the endpoint&apos;s name, engine and connection settings</source>
        <translation>更改终端节点的名称、引擎和连接设置</translation>
    </message>
    <message>
        <source>Re&amp;load Tables...</source>
        <translation>重新加载表(&amp;L)...</translation>
    </message>
    <message>
        <source>Choose tables of the task&apos;s last run to load again from the source; the other tables stay as they are</source>
        <translation>从上次运行的表中选择要从源重新加载的表；其他表保持不变</translation>
    </message>
</context>
<context>
    <name>ferry::ProjectTreeModel</name>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 rows</source>
        <translation>约 %1 行</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>终端节点</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Source catalog</source>
        <translation>源目录</translation>
    </message>
    <message>
        <source>Target catalog</source>
        <translation>目标目录</translation>
    </message>
    <message>
        <source>Source catalog: %1 (reading...)</source>
        <translation>源目录：%1（正在读取...）</translation>
    </message>
    <message>
        <source>Target catalog: %1 (reading...)</source>
        <translation>目标目录：%1（正在读取...）</translation>
    </message>
    <message>
        <source>Source catalog: %1</source>
        <translation>源目录：%1</translation>
    </message>
    <message>
        <source>Target catalog: %1</source>
        <translation>目标目录：%1</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1（%2 行）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3)</source>
        <translation>%1 -&gt; %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n 个表</numerusform>
        </translation>
    </message>
    <message>
        <source>(no tables)</source>
        <translation>（无表）</translation>
    </message>
    <message>
        <source>Could not read the catalog: %1</source>
        <translation>无法读取目录：%1</translation>
    </message>
</context>
<context>
    <name>ferry::ProjectWizard</name>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
</context>
<context>
    <name>ferry::ReloadTablesDialog</name>
    <message>
        <source>Source table</source>
        <translation>源表</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>目标表</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reload Tables of %1</source>
        <translation>重新加载 %1 的表</translation>
    </message>
    <message>
        <source>Check the tables to load again from the source. Task %1 resumes: the rows of the checked tables in the target are replaced; its other tables stay as they are.</source>
        <translation>勾选要从源重新加载的表。任务 %1 将继续运行：目标中已勾选表的行将被替换；其他表保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 checked</source>
        <extracomment>%n: the number of checked tables, of %1 listed</extracomment>
        <translation>
            <numerusform>已勾选 %n 个，共 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reload %n Table(s)</source>
        <translation>
            <numerusform>重新加载 %n 个表(&amp;R)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ServerPage</name>
    <message>
        <source>MySQL or MariaDB server</source>
        <translation>MySQL 或 MariaDB 服务器</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>Where the source server runs and how Ferry logs in.</source>
        <translation>源服务器的运行位置以及 Ferry 的登录方式。</translation>
    </message>
    <message>
        <source>Where the target server runs and how Ferry logs in.</source>
        <translation>目标服务器的运行位置以及 Ferry 的登录方式。</translation>
    </message>
    <message>
        <source>none: all databases the user can see</source>
        <translation>无：用户可见的所有数据库</translation>
    </message>
    <message>
        <source>the user&apos;s name</source>
        <translation>与用户名相同</translation>
    </message>
    <message>
        <source>DISABLED: never use TLS</source>
        <translation>DISABLED：从不使用 TLS</translation>
    </message>
    <message>
        <source>PREFERRED (default): use TLS when the server offers it</source>
        <translation>PREFERRED（默认）：服务器提供 TLS 时使用 TLS</translation>
    </message>
    <message>
        <source>REQUIRED: always encrypt, do not check the certificate</source>
        <translation>REQUIRED：始终加密，不检查证书</translation>
    </message>
    <message>
        <source>VERIFY_CA: encrypt and check the certificate&apos;s CA</source>
        <translation>VERIFY_CA：加密并检查证书的 CA</translation>
    </message>
    <message>
        <source>VERIFY_IDENTITY: encrypt, check the CA and the host name</source>
        <translation>VERIFY_IDENTITY：加密，并检查 CA 和主机名</translation>
    </message>
    <message>
        <source>disable: never use TLS</source>
        <translation>disable：从不使用 TLS</translation>
    </message>
    <message>
        <source>allow: use TLS only when the server insists</source>
        <translation>allow：仅在服务器要求时使用 TLS</translation>
    </message>
    <message>
        <source>prefer (default): use TLS when the server offers it</source>
        <translation>prefer（默认）：服务器提供 TLS 时使用 TLS</translation>
    </message>
    <message>
        <source>require: always encrypt, do not check the certificate</source>
        <translation>require：始终加密，不检查证书</translation>
    </message>
    <message>
        <source>verify-ca: encrypt and check the certificate&apos;s CA</source>
        <translation>verify-ca：加密并检查证书的 CA</translation>
    </message>
    <message>
        <source>verify-full: encrypt, check the CA and the host name</source>
        <translation>verify-full：加密，并检查 CA 和主机名</translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs</source>
        <translation>系统信任的 CA</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ferry::SqlitePage</name>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite 数据库文件</translation>
    </message>
    <message>
        <source>The file Ferry writes the migrated tables to.</source>
        <translation>Ferry 将迁移的表写入此文件。</translation>
    </message>
    <message>
        <source>The file Ferry reads the tables from. It is opened read-only.</source>
        <translation>Ferry 从此文件读取表。该文件以只读方式打开。</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite 数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the target database file</source>
        <translation>选择目标数据库文件</translation>
    </message>
    <message>
        <source>Choose the source database file</source>
        <translation>选择源数据库文件</translation>
    </message>
    <message>
        <source>This is a folder: name the database file itself.</source>
        <translation>这是一个文件夹：请指定数据库文件本身。</translation>
    </message>
    <message>
        <source>The file exists.</source>
        <translation>文件已存在。</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>此路径下没有文件。</translation>
    </message>
    <message>
        <source>The file does not exist yet: testing the connection creates an empty database there.</source>
        <translation>文件尚不存在：测试连接时会在该位置创建一个空数据库。</translation>
    </message>
    <message>
        <source>The file does not exist yet, and the box below is not ticked.</source>
        <translation>文件尚不存在，且未勾选下面的复选框。</translation>
    </message>
    <message>
        <source>Could not create the database file %1: %2</source>
        <translation>无法创建数据库文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ferry::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Finish writes this project file. No password is written to it.</source>
        <translation>单击“完成”将写入此项目文件。不会向其中写入任何密码。</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Password: %4.</source>
        <translation>%1（%2）：%3。密码：%4。</translation>
    </message>
    <message>
        <source>%1: full load</source>
        <translation>%1：完全加载</translation>
    </message>
    <message>
        <source>%1: full load and ongoing replication</source>
        <translation>%1：完全加载和持续复制</translation>
    </message>
    <message>
        <source>%1: changes only</source>
        <translation>%1：仅复制更改</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping rule(s), named %1.</source>
        <translation>
            <numerusform>%n 条映射规则，名称为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The default mapping: every table of every non-system schema.</source>
        <translation>默认映射：所有非系统架构中的所有表。</translation>
    </message>
    <message>
        <source>Could not write the project file: %1 %2</source>
        <translation>无法写入项目文件：%1 %2</translation>
    </message>
    <message>
        <source>%1: a target table that already exists is dropped and created again when the task runs from the start.</source>
        <translation>%1：从头运行任务时，已存在的目标表会被删除并重新创建。</translation>
    </message>
    <message>
        <source>%1: a target table that already exists is kept and emptied before it is loaded.</source>
        <translation>%1：已存在的目标表会保留，并在加载前清空。</translation>
    </message>
    <message>
        <source>%1: a target table that already exists is kept with its rows; the loaded rows are added to them.</source>
        <translation>%1：已存在的目标表连同其行一起保留；加载的行会添加到其中。</translation>
    </message>
</context>
<context>
    <name>ferry::TableStatisticsView</name>
    <message>
        <source>Table statistics (0)</source>
        <translation>表统计信息（0）</translation>
    </message>
    <message>
        <source>Find table</source>
        <translation>查找表</translation>
    </message>
    <message>
        <source>Table statistics (%1)</source>
        <translation>表统计信息（%1）</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;Exceptions for %1</source>
        <translation>显示 %1 的异常(&amp;E)</translation>
    </message>
    <message>
        <source>%1; about %2 left</source>
        <translation>%1；约剩 %2</translation>
    </message>
    <message>
        <source>&amp;Reload Table %1</source>
        <translation>重新加载表 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Load this table again from the source; the other tables stay</source>
        <translation>从源重新加载此表；其他表保持不变</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln table(s) loaded</source>
        <extracomment>Totals line: %1 tables loaded of %Ln tables</extracomment>
        <translation>
            <numerusform>已加载 %Ln 个表中的 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 full-load row(s)</source>
        <translation>
            <numerusform>完全加载行数 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 error row(s)</source>
        <translation>
            <numerusform>错误行数 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1, %2, %3</source>
        <extracomment>Totals line: the parts above, e.g. &quot;Total: 3 of 4 tables loaded, 1,000 full-load rows, 2 error rows&quot;</extracomment>
        <translation>总计：%1，%2，%3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 truncated LOB value(s)</source>
        <translation>
            <numerusform>截断的 LOB 值 %1 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ThroughputChart</name>
    <message>
        <source>Elapsed time (%1)</source>
        <extracomment>Time axis title; %1 is the clock format, &quot;m:ss&quot; or &quot;h:mm:ss&quot;</extracomment>
        <translation>已用时间（%1）</translation>
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
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 elapsed, at %2</source>
        <extracomment>Callout header: %1 elapsed time (m:ss), %2 wall-clock time</extracomment>
        <translation>已用 %1，时间 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Callout line: %1 series name (&quot;Read from source&quot;), %2 value with unit</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ferry::WelcomePage</name>
    <message>
        <source>Welcome to Ferry</source>
        <translation>欢迎使用 Ferry</translation>
    </message>
    <message>
        <source>Ferry copies databases between PostgreSQL, MySQL/MariaDB, SQLite and ODBC sources, shows every table&apos;s progress live and keeps the rows it could not load with the reason.</source>
        <translation>Ferry 可在 PostgreSQL、MySQL/MariaDB、SQLite 和 ODBC 源之间复制数据库，实时显示每个表的进度，并保留无法加载的行及其原因。</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>打开示例项目</translation>
    </message>
    <message>
        <source>Generate Ferry&apos;s sports-ticketing sample (SQLite, 1,000,000 tickets) and open a project that copies it into a new SQLite database; then press Run.</source>
        <translation>生成 Ferry 的体育票务示例数据（SQLite，1,000,000 张票），并打开一个将其复制到新 SQLite 数据库的项目；然后按“运行”。</translation>
    </message>
    <message>
        <source>New to Ferry? The sample runs a complete migration on this computer, with nothing to set up.</source>
        <translation>初次使用 Ferry？示例会在此计算机上运行一次完整的迁移，无需任何设置。</translation>
    </message>
    <message>
        <source>New project...</source>
        <translation>新建项目...</translation>
    </message>
    <message>
        <source>Create a project: a source, a target and the tables to copy</source>
        <translation>创建项目：一个源、一个目标以及要复制的表</translation>
    </message>
    <message>
        <source>Open project...</source>
        <translation>打开项目...</translation>
    </message>
    <message>
        <source>Open a Ferry project file</source>
        <translation>打开 Ferry 项目文件</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>还没有最近的项目。</translation>
    </message>
</context>
<context>
    <name>ferry::WorkbenchError</name>
    <message>
        <source>Enter the password again when asked. If the user name is wrong, edit the endpoint in the Project tree.</source>
        <translation>在询问时重新输入密码。如果用户名有误，请在项目树中编辑该端点。</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s settings and its password: edit the endpoint in the Project tree.</source>
        <translation>请检查端点的设置及其密码：在项目树中编辑该端点。</translation>
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
            <numerusform>架构 %1：已选择 %n 个表中的 %2 个</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%1.%2: about %3 rows, %4, %n column(s)</source>
        <translation>
            <numerusform>%1.%2：约 %3 行，%4，%n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1, %2, nullable</source>
        <translation>列 %1，%2，可为空</translation>
    </message>
    <message>
        <source>Column %1, %2, not null</source>
        <translation>列 %1，%2，非空</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Catalog tree header: schema, table or column name.</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Schemas, tables and their columns</source>
        <translation>架构、表及其列</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Estimated row count, from the source&apos;s statistics</source>
        <translation>估计行数，来自源的统计信息</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Catalog tree header: the table&apos;s size on disk.</extracomment>
        <translation>大小</translation>
    </message>
    <message>
        <source>Table size on the source</source>
        <translation>源上的表大小</translation>
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
        <translation>被拒绝行的源表，以及它要写入的位置</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>The slice of the table the row was loaded with</source>
        <extracomment>Column header: the slice (part of a table loaded in one transaction)</extracomment>
        <translation>加载该行时所属的表分片</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>The column whose value the target refused, when it said which</source>
        <translation>目标拒绝其值的列（如果目标指明了该列）</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Why the target refused the row</source>
        <translation>目标拒绝该行的原因</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Unsaved fixes, or the outcome of the last re-apply</source>
        <extracomment>Column header: state of a rejected row (edited, re-applied, rejected again)</extracomment>
        <translation>未保存的修正，或上次重新应用的结果</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Edited</source>
        <extracomment>State of a rejected row: the user changed values that are not re-applied yet</extracomment>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Re-applied</source>
        <translation>已重新应用</translation>
    </message>
    <message>
        <source>Rejected again</source>
        <translation>再次被拒绝</translation>
    </message>
    <message>
        <source>Not re-applied</source>
        <translation>未重新应用</translation>
    </message>
    <message>
        <source>No longer in the exceptions table</source>
        <translation>已不在异常表中</translation>
    </message>
    <message>
        <source>%1 into %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Edited: the new values are not re-applied yet.</source>
        <translation>已编辑：新值尚未重新应用。</translation>
    </message>
</context>
<context>
    <name>ferry::models::LogModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>ferry::models::MappingPreviewModel</name>
    <message>
        <source>%1: %2 %3</source>
        <extracomment>The engine rejected the mapping: where (e.g. &quot;rule 3&quot;), what, how to fix it.</extracomment>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>Not selected</source>
        <extracomment>Preview: the table is not migrated.</extracomment>
        <translation>未选择</translation>
    </message>
    <message>
        <source>No selection rule selects %1, or an exclude rule excludes it.</source>
        <translation>没有选择规则选择 %1，或者有排除规则将其排除。</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <extracomment>Preview: which selection rule selects the table.</extracomment>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>load order %1</source>
        <translation>加载顺序 %1</translation>
    </message>
    <message>
        <source>%1 is loaded into %2.</source>
        <translation>%1 加载到 %2 中。</translation>
    </message>
    <message>
        <source>Removed</source>
        <extracomment>Preview: a column a remove-column (or include-column) rule drops.</extracomment>
        <translation>已删除</translation>
    </message>
    <message>
        <source>A rule removes column %1 from the target.</source>
        <translation>某条规则从目标中删除了列 %1。</translation>
    </message>
    <message>
        <source>Renamed, type changed</source>
        <translation>已重命名，类型已更改</translation>
    </message>
    <message>
        <source>Renamed, type changed (rule %1)</source>
        <translation>已重命名，类型已更改（规则 %1）</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>已重命名</translation>
    </message>
    <message>
        <source>Renamed (rule %1)</source>
        <translation>已重命名（规则 %1）</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>类型已更改</translation>
    </message>
    <message>
        <source>Type changed (rule %1)</source>
        <translation>类型已更改（规则 %1）</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3 %4</source>
        <translation>%1 %2 -&gt; %3 %4</translation>
    </message>
    <message>
        <source>Added (rule %1)</source>
        <translation>已添加（规则 %1）</translation>
    </message>
    <message>
        <source>Added (rule %1): %2</source>
        <translation>已添加（规则 %1）：%2</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Mapping preview header: the source table or column.</extracomment>
        <translation>源</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>源类型</translation>
    </message>
    <message>
        <source>Target</source>
        <extracomment>Mapping preview header: the target table or column.</extracomment>
        <translation>目标</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>目标类型</translation>
    </message>
    <message>
        <source>Rules</source>
        <extracomment>Mapping preview header: what the rules do to the object.</extracomment>
        <translation>规则</translation>
    </message>
    <message>
        <source>source filters: %1</source>
        <extracomment>Preview: how many source filters choose the table&apos;s rows.</extracomment>
        <translation>源筛选条件：%1</translation>
    </message>
    <message>
        <source>Shortened to the target&apos;s name limit</source>
        <extracomment>Preview: a name cut to the target&apos;s identifier limit, with a hash suffix.</extracomment>
        <translation>已缩短到目标的名称长度限制</translation>
    </message>
    <message>
        <source>Renamed: another foreign key in the target schema has this name</source>
        <extracomment>Preview: a foreign key renamed because its name is taken on the target.</extracomment>
        <translation>已重命名：目标模式中的另一个外键已使用此名称</translation>
    </message>
    <message>
        <source>Renamed: another table, index or key in the target has this name</source>
        <extracomment>Preview: an index or key renamed because its name is taken on the target.</extracomment>
        <translation>已重命名：目标中的另一个表、索引或键已使用此名称</translation>
    </message>
    <message>
        <source>%1 %2 is created as %3.</source>
        <translation>%1 %2 创建为 %3。</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>主键</translation>
    </message>
    <message>
        <source>unique key</source>
        <translation>唯一键</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>foreign key</source>
        <translation>外键</translation>
    </message>
</context>
<context>
    <name>ferry::models::RowImageModel</name>
    <message>
        <source>Target column</source>
        <translation>目标列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>The value the target refused (as stored with the rejected row)</source>
        <translation>目标拒绝的值（与被拒绝的行一起存储的值）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>The value to write instead: double-click to edit</source>
        <translation>改为写入的值：双击即可编辑</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Write NULL (no value) instead</source>
        <extracomment>Column header: a checkbox that writes SQL NULL instead of a value</extracomment>
        <translation>改为写入 NULL（无值）</translation>
    </message>
    <message>
        <source>NULL</source>
        <extracomment>Shown for a SQL NULL value</extracomment>
        <translation>NULL</translation>
    </message>
    <message>
        <source>Why the target refused the row, next to the column it named</source>
        <translation>目标拒绝该行的原因，显示在其指明的列旁</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>(%1 not kept)</source>
        <translation>（%1，未保留）</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Double-click to enter a new value</source>
        <translation>双击以输入新值</translation>
    </message>
    <message>
        <source>Write NULL (no value) for %1</source>
        <translation>为 %1 写入 NULL（无值）</translation>
    </message>
    <message>
        <source>(not computed)</source>
        <extracomment>A column whose value its add-column rule did not compute for this row</extracomment>
        <translation>(未计算)</translation>
    </message>
    <message>
        <source>The rule that computes %1 failed for this row: enter a value, or fix the rule and re-apply with the current rules</source>
        <translation>计算 %1 的规则对此行失败：请输入一个值，或修正规则后按当前规则重新应用</translation>
    </message>
</context>
<context>
    <name>ferry::models::TableStatisticsModel</name>
    <message>
        <source>&lt; 1 s</source>
        <translation>&lt; 1 秒</translation>
    </message>
    <message>
        <source>%1 h %2 m %3 s</source>
        <translation>%1 小时 %2 分 %3 秒</translation>
    </message>
    <message>
        <source>%1 m %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>Progress percent, e.g. &quot;42.5 %&quot;</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Not enabled</source>
        <translation>未启用</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation>架构名称</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Load state</source>
        <translation>加载状态</translation>
    </message>
    <message>
        <source>Elapsed load time</source>
        <translation>已用加载时间</translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>DDLs</source>
        <translation>DDL</translation>
    </message>
    <message>
        <source>Full load rows</source>
        <translation>完全加载行数</translation>
    </message>
    <message>
        <source>Error rows</source>
        <translation>错误行数</translation>
    </message>
    <message>
        <source>Total rows</source>
        <translation>总行数</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Validation state</source>
        <translation>验证状态</translation>
    </message>
    <message>
        <source>Rows the target rejected during the full load; they are kept as exceptions.</source>
        <translation>完全加载期间被目标拒绝的行；这些行作为异常保留。</translation>
    </message>
    <message>
        <source>Total rows include loaded source table rows from Inserts, Deletes, Updates, DDLs, and Full load rows.</source>
        <translation>总行数包括来自插入、删除、更新、DDL 和完全加载行数的已加载源表行。</translation>
    </message>
    <message>
        <source>Rows read against the source&apos;s row estimate.</source>
        <translation>已读取的行数与源估计行数之比。</translation>
    </message>
    <message>
        <source>Time left</source>
        <extracomment>Estimated time until a table is loaded</extracomment>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Estimated from the table&apos;s own rate so far and the source&apos;s row estimate.</source>
        <translation>根据该表迄今的速率和源的行数估计值估算。</translation>
    </message>
    <message>
        <source>%1 of about %2 rows loaded or rejected, %3 read</source>
        <translation>约 %2 行中已加载或拒绝 %1 行，已读取 %3 行</translation>
    </message>
    <message>
        <source>Every row is loaded, but the target could not build:
%1</source>
        <extracomment>Tooltip of a completed table: %1 lists indexes/keys the target refused.</extracomment>
        <translation>所有行均已加载，但目标无法创建：
%1</translation>
    </message>
    <message>
        <source>Limited LOB mode: LOB values longer than %1 KB are truncated.</source>
        <translation>受限 LOB 模式：超过 %1 KB 的 LOB 值会被截断。</translation>
    </message>
    <message>
        <source>Full LOB mode: LOB values are moved whole.</source>
        <translation>完整 LOB 模式：LOB 值完整传输。</translation>
    </message>
    <message>
        <source>Truncated LOBs</source>
        <extracomment>LOB values (BLOB, TEXT, bytea...) cut to the limited LOB mode&apos;s maximum size</extracomment>
        <translation>截断的 LOB</translation>
    </message>
    <message>
        <source>LOB values cut to the maximum size of limited LOB mode; the target&apos;s control table lob_truncations lists each one.</source>
        <translation>按受限 LOB 模式的最大大小截断的 LOB 值；目标的控制表 lob_truncations 逐一列出。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: see the Exceptions tab.</source>
        <extracomment>Details of a table completed with errors</extracomment>
        <translation>
            <numerusform>%n 行被拒绝：请参阅“异常”选项卡。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <extracomment>Details of a completed table: %1 lists the indexes/keys the target refused</extracomment>
        <translation>未创建：%1</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Column header: why a table failed or what its load left behind</extracomment>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Why a table was suspended, or what a table completed with errors left behind: rejected rows, indexes or keys the target refused.</source>
        <translation>表被挂起的原因，或已完成但有错误的表留下的问题：被拒绝的行、被目标拒绝的索引或键。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ferry&apos;s database migration workbench.</source>
        <translation>Ferry 数据库迁移工作台。</translation>
    </message>
    <message>
        <source>Show the main window, check that it and its icons render, and quit after a second (exit code 0 on success).</source>
        <translation>显示主窗口，检查主窗口及其图标能否正常渲染，并在一秒后退出（成功时退出代码为 0）。</translation>
    </message>
    <message>
        <source>A Ferry project file to open (optional).</source>
        <translation>要打开的 Ferry 项目文件（可选）。</translation>
    </message>
</context>
</TS>
