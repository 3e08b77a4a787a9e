<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Cli</name>
    <message>
        <source>ferry: %1
Run &apos;ferry --help&apos; for usage.
</source>
        <translation>ferry: %1
使用法は &apos;ferry --help&apos; を実行して確認してください。
</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>オプション --%1 には値が必要です</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>不明なオプション --%1</translation>
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
        <translation>  場所: %1
</translation>
    </message>
    <message>
        <source>  detail: %1
</source>
        <translation>  詳細: %1
</translation>
    </message>
    <message>
        <source>  fix: %1
</source>
        <translation>  対処: %1
</translation>
    </message>
    <message>
        <source>--password-from must be &apos;env&apos;, &apos;keyring&apos; or &apos;prompt&apos;, not &apos;%1&apos;</source>
        <translation>--password-from には &apos;env&apos;、&apos;keyring&apos;、&apos;prompt&apos; のいずれかを指定してください (&apos;%1&apos; は指定できません)</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 のパスワード: </translation>
    </message>
    <message>
        <source>ferry: warning: a password in the connection URI can leak through shell history and process lists; use FERRY_%1_PASSWORD instead.
</source>
        <translation>ferry: 警告: 接続 URI 内のパスワードは、シェルの履歴やプロセス一覧から漏洩するおそれがあります。代わりに FERRY_%1_PASSWORD を使用してください。
</translation>
    </message>
    <message>
        <source>ferry: warning: --password-from prompt needs a terminal on standard input; connecting without a password.
</source>
        <translation>ferry: 警告: --password-from prompt を使用するには、標準入力が端末である必要があります。パスワードなしで接続します。
</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み取れません。</translation>
    </message>
    <message>
        <source>Check the file name and its permissions.</source>
        <translation>ファイル名とそのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>test-connection takes exactly one connection URI</source>
        <translation>test-connection には接続 URI を 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>--role must be &apos;source&apos; or &apos;target&apos;, not &apos;%1&apos;</source>
        <translation>--role には &apos;source&apos; または &apos;target&apos; を指定してください (&apos;%1&apos; は指定できません)</translation>
    </message>
    <message>
        <source>Connected to %1 %2 at %3 in %4 ms.
</source>
        <translation>%3 の %1 %2 に %4 ms で接続しました。
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告: %1
</translation>
    </message>
    <message>
        <source>%1 %2, database %3
</source>
        <translation>%1 %2、データベース %3
</translation>
    </message>
    <message numerus="yes">
        <source>schema %1: %n table(s)</source>
        <translation>
            <numerusform>スキーマ %1: テーブル %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n view(s)</source>
        <translation>
            <numerusform>、ビュー %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n routine(s)</source>
        <translation>
            <numerusform>、ルーチン %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n trigger(s)</source>
        <translation>
            <numerusform>、トリガー %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n sequence(s)</source>
        <translation>
            <numerusform>、シーケンス %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n type(s)
</source>
        <translation>
            <numerusform>、型 %n 個
</numerusform>
        </translation>
    </message>
    <message>
        <source>  table %1 (~%2 rows)
</source>
        <translation>  テーブル %1 (約 %2 行)
</translation>
    </message>
    <message>
        <source>  view %1
</source>
        <translation>  ビュー %1
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
        <translation>  トリガー %1 (%2 上)
</translation>
    </message>
    <message>
        <source>  sequence %1
</source>
        <translation>  シーケンス %1
</translation>
    </message>
    <message>
        <source>  type %1 (%2)
</source>
        <translation>  型 %1 (%2)
</translation>
    </message>
    <message>
        <source>catalog takes exactly one connection URI</source>
        <translation>catalog には接続 URI を 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>keyring needs &apos;store URI&apos; or &apos;forget URI&apos;</source>
        <translation>keyring には &apos;store URI&apos; または &apos;forget URI&apos; を指定してください</translation>
    </message>
    <message>
        <source>keyring %1 takes exactly one connection URI</source>
        <translation>keyring %1 には接続 URI を 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>remove the password from the URI; &apos;keyring store&apos; reads it from FERRY_%1_PASSWORD or a prompt</source>
        <translation>URI からパスワードを削除してください。&apos;keyring store&apos; はパスワードを FERRY_%1_PASSWORD またはプロンプトから読み取ります</translation>
    </message>
    <message>
        <source>No password was stored for %1.
</source>
        <translation>%1 のパスワードは保存されていませんでした。
</translation>
    </message>
    <message>
        <source>Removed the password for %1 from the system keyring.
</source>
        <translation>%1 のパスワードをシステムキーリングから削除しました。
</translation>
    </message>
    <message>
        <source>no password to store: set FERRY_%1_PASSWORD or run on a terminal to be prompted</source>
        <translation>保存するパスワードがありません: FERRY_%1_PASSWORD を設定するか、端末で実行してプロンプトに入力してください</translation>
    </message>
    <message>
        <source>Stored the password for %1 in the system keyring.
</source>
        <translation>%1 のパスワードをシステムキーリングに保存しました。
</translation>
    </message>
    <message>
        <source>import-dms needs TABLE_MAPPINGS.json and optionally TASK_SETTINGS.json</source>
        <translation>import-dms には TABLE_MAPPINGS.json と、必要に応じて TASK_SETTINGS.json を指定してください</translation>
    </message>
    <message>
        <source>import-dms needs --project FILE</source>
        <translation>import-dms には --project FILE が必要です</translation>
    </message>
    <message>
        <source>ferry: nothing was imported; fix the errors above.
</source>
        <translation>ferry: 何もインポートされませんでした。上記のエラーを修正してください。
</translation>
    </message>
    <message numerus="yes">
        <source>%n task setting(s) Ferry does not know were not stored in %1: %2
</source>
        <translation>
            <numerusform>Ferry が認識しないタスク設定 %n 件は %1 に保存されませんでした: %2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s) into mapping &apos;%1&apos; of %2</source>
        <translation>
            <numerusform>%n 件のルールを %2 のマッピング &apos;%1&apos; にインポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>, with task settings.
</source>
        <translation> (タスク設定を含む)。
</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>export-dms needs --project FILE</source>
        <translation>export-dms には --project FILE が必要です</translation>
    </message>
    <message>
        <source>export-dms needs either --mapping NAME or --task-settings</source>
        <translation>export-dms には --mapping NAME または --task-settings のいずれかが必要です</translation>
    </message>
    <message>
        <source>The project %1 has no mapping &apos;%2&apos;.</source>
        <translation>プロジェクト %1 にマッピング &apos;%2&apos; はありません。</translation>
    </message>
    <message>
        <source>The project defines no mappings.</source>
        <translation>プロジェクトにマッピングが定義されていません。</translation>
    </message>
    <message>
        <source>Mappings: %1.</source>
        <translation>マッピング: %1。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>不明なコマンド &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&lt; 1 s</source>
        <translation>&lt; 1 秒</translation>
    </message>
    <message>
        <source>%1 h %2 m %3 s</source>
        <translation>%1 時間 %2 分 %3 秒</translation>
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
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1  %2  %3 of %4 tables  %5 rows/s  %6 KB/s  elapsed %7%8</source>
        <translation>%1  %2  テーブル %3/%4  %5 行/秒  %6 KB/秒  経過 %7%8</translation>
    </message>
    <message>
        <source>  ETA %1</source>
        <translation>  残り %1</translation>
    </message>
    <message>
        <source>, %1 rejected</source>
        <translation>、拒否 %1</translation>
    </message>
    <message>
        <source>  ... and %1 more tables</source>
        <translation>  ... ほか %1 個のテーブル</translation>
    </message>
    <message>
        <source>%1: %2 (%3 rows%4)
</source>
        <translation>%1: %2 (%3 行%4)
</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5</source>
        <translation>%1 %2 %3 %4 %5</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Load state</source>
        <translation>ロード状態</translation>
    </message>
    <message>
        <source>Full load rows</source>
        <translation>全ロード行</translation>
    </message>
    <message>
        <source>Error rows</source>
        <translation>エラー行</translation>
    </message>
    <message>
        <source>Elapsed load time</source>
        <translation>ロード経過時間</translation>
    </message>
    <message>
        <source>    error: %1</source>
        <translation>    エラー: %1</translation>
    </message>
    <message>
        <source>%1: %2 tables loaded, %3 in error; %4 rows in %5 (%6 rows/s, %7 MB/s); %8 rows rejected; peak memory %9 MB.</source>
        <translation>%1: %2 個のテーブルをロード、%3 個がエラー。%5 で %4 行 (%6 行/秒、%7 MB/秒)。拒否された行 %8。ピークメモリ %9 MB。</translation>
    </message>
    <message>
        <source>Rejected rows and their reasons are in the target&apos;s control table exceptions (ferry_control).</source>
        <translation>拒否された行とその理由は、ターゲットの制御テーブル exceptions (ferry_control) に記録されています。</translation>
    </message>
    <message>
        <source>Log and statistics: %1</source>
        <translation>ログと統計: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a table pattern: write schema.table, with % as wildcard (e.g. &apos;sales.%&apos;).</source>
        <translation>&apos;%1&apos; はテーブルパターンではありません: schema.table の形式で、ワイルドカードには % を使用して記述してください (例: &apos;sales.%&apos;)。</translation>
    </message>
    <message>
        <source>--rows needs a number of at least 100</source>
        <translation>--rows には 100 以上の数値を指定してください</translation>
    </message>
    <message>
        <source>migrate needs SOURCE_URI and TARGET_URI</source>
        <translation>migrate には SOURCE_URI と TARGET_URI が必要です</translation>
    </message>
    <message>
        <source>run needs PROJECT</source>
        <translation>run には PROJECT が必要です</translation>
    </message>
    <message>
        <source>sample needs the path of the SQLite file to write</source>
        <translation>sample には書き込む SQLite ファイルのパスが必要です</translation>
    </message>
    <message>
        <source>demo takes no arguments</source>
        <translation>demo は引数を取りません</translation>
    </message>
    <message>
        <source>Generating the sports-ticketing sample (%1 tickets) in %2 ...
</source>
        <translation>%2 にスポーツチケット販売のサンプル (チケット %1 件) を生成しています...
</translation>
    </message>
    <message>
        <source>Migrating %1 -&gt; %2
</source>
        <translation>移行中: %1 -&gt; %2
</translation>
    </message>
    <message>
        <source>--reload-table needs SCHEMA.TABLE, got &apos;%1&apos;</source>
        <translation>--reload-table には SCHEMA.TABLE を指定してください (指定値: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--table needs SCHEMA.TABLE (the source table), got &apos;%1&apos;</source>
        <translation>--table には SCHEMA.TABLE (ソーステーブル) を指定してください (指定値: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>(%1 bytes, not kept)</source>
        <translation>(%1 バイト、保存されていません)</translation>
    </message>
    <message>
        <source>Task %1 has no rejected rows%2.
</source>
        <translation>タスク %1 には拒否された行がありません%2。
</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>  #%1  slice %2%3: %4
</source>
        <translation>  #%1  スライス %2%3: %4
</translation>
    </message>
    <message>
        <source>  column %1</source>
        <translation>  列 %1</translation>
    </message>
    <message>
        <source>--id needs the number of a rejected row (as &apos;ferry exceptions list&apos; shows it), got &apos;%1&apos;</source>
        <translation>--id には拒否された行の番号 (&apos;ferry exceptions list&apos; の表示どおり) を指定してください (指定値: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>No rejected rows to re-apply.
</source>
        <translation>再適用する拒否された行はありません。
</translation>
    </message>
    <message>
        <source>Changed column %1 of %2 from %3 to %4 (rule %5).
</source>
        <translation>%2 の列 %1 を %3 から %4 に変更しました (ルール %5)。
</translation>
    </message>
    <message>
        <source>Column %1 of %2 is %3; rule %5 makes it %4.
</source>
        <translation>%2 の列 %1 は %3 ですが、ルール %5 では %4 になります。
</translation>
    </message>
    <message>
        <source>Add --change-column-types to change those columns on the target (the rows already there are converted), or reload the table.
</source>
        <translation>ターゲットでこれらの列を変更するには --change-column-types を付けてください (既存の行は変換されます)。またはテーブルを再ロードしてください。
</translation>
    </message>
    <message>
        <source>exceptions needs &apos;list PROJECT&apos; or &apos;reapply PROJECT&apos;</source>
        <translation>exceptions には &apos;list PROJECT&apos; または &apos;reapply PROJECT&apos; が必要です</translation>
    </message>
    <message>
        <source>--id, --with-rules and --change-column-types are for &apos;exceptions reapply&apos;</source>
        <translation>--id、--with-rules、--change-column-types は &apos;exceptions reapply&apos; 用です</translation>
    </message>
    <message>
        <source>--change-column-types goes with --with-rules</source>
        <translation>--change-column-types は --with-rules と一緒に使います</translation>
    </message>
    <message>
        <source>%1 -&gt; %2, rejected rows: %3
</source>
        <translation>%1 -&gt; %2、拒否された行: %3
</translation>
    </message>
    <message>
        <source>Re-applied: %1, refused again: %2, not re-applied: %3.
</source>
        <translation>再適用: %1、再び拒否: %2、再適用されず: %3。
</translation>
    </message>
    <message>
        <source>    not created: %1</source>
        <translation>    作成されませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n index(es), key(s) or foreign key(s) could not be created (listed above with the server&apos;s reason); the rows of their tables are loaded.</source>
        <translation>
            <numerusform>%n 個のインデックス、キー、または外部キーを作成できませんでした (サーバーの理由とともに上に表示)。それらのテーブルの行はロード済みです。</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 LOBs truncated</source>
        <translation>、LOB 切り詰め %1</translation>
    </message>
    <message>
        <source>Truncated LOBs</source>
        <translation>切り詰められた LOB</translation>
    </message>
    <message>
        <source>%1 LOB values were truncated (limited LOB mode); the target&apos;s control table lob_truncations (ferry_control) lists each one with its row key and lengths.</source>
        <translation>LOB 値 %1 個が切り詰められました (制限付き LOB モード)。ターゲットの制御テーブル lob_truncations (ferry_control) に、行キーと長さとともに 1 件ずつ記録されています。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>ferry: cannot create the directory %1
</source>
        <translation>ferry: ディレクトリ %1 を作成できません
</translation>
    </message>
    <message>
        <source>convert needs --out DIR</source>
        <translation>convert には --out DIR が必要です</translation>
    </message>
    <message>
        <source>--target-engine must be postgresql, mysql, mariadb or sqlite</source>
        <translation>--target-engine は postgresql、mysql、mariadb、sqlite のいずれかです</translation>
    </message>
    <message numerus="yes">
        <source>Converted %Ln object(s) into %1; action items: %2 (see conversion-report.json).
</source>
        <translation>
            <numerusform>%Ln 個のオブジェクトを %1 に変換しました。対応項目: %2 (conversion-report.json を参照)。
</numerusform>
        </translation>
    </message>
    <message>
        <source>ferry: the directory %1 does not exist
</source>
        <translation>ferry: ディレクトリ %1 が存在しません
</translation>
    </message>
    <message>
        <source>  [destructive]</source>
        <translation>  [破壊的]</translation>
    </message>
    <message>
        <source>  [destructive: refused without --allow-destructive]</source>
        <translation>  [破壊的: --allow-destructive なしでは拒否]</translation>
    </message>
    <message>
        <source>  [exists on the target: this statement will fail]</source>
        <translation>  [ターゲットに存在: この文は失敗します]</translation>
    </message>
    <message numerus="yes">
        <source>Plan: %Ln statement(s), %1 destructive; nothing was changed.
</source>
        <translation>
            <numerusform>計画: %Ln 文、うち破壊的 %1。何も変更していません。
</numerusform>
        </translation>
    </message>
    <message>
        <source>apply needs --sql DIR and one target connection URI</source>
        <translation>apply には --sql DIR とターゲットの接続 URI が 1 つ必要です</translation>
    </message>
    <message>
        <source>give --pre-data or --post-data, not both (neither: both parts)</source>
        <translation>--pre-data か --post-data のどちらかを指定してください (両方は不可、どちらもなしで両方の部分)</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message numerus="yes">
        <source>Applied %1 of %Ln statement(s); failed: %2.
</source>
        <translation>
            <numerusform>%Ln 文中 %1 文を適用しました。失敗: %2。
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 takes exactly one source connection URI</source>
        <translation>%1 にはソースの接続 URI をちょうど 1 つ指定します</translation>
    </message>
    <message>
        <source>--format must be html, csv or json</source>
        <translation>--format は html、csv、json のいずれかです</translation>
    </message>
    <message>
        <source>Wrote the assessment to %1.
</source>
        <translation>評価を %1 に書き出しました。
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
        <translation>使用法: ferry [--help] [--version] COMMAND [ARGS]

Ferry はデータベースをエンジン間で移動し、何も失われていないことを証明します。

コマンド:
  test-connection URI [--role source|target] [--password-from SOURCE] [--json]
                      接続してバージョンと権限を確認し、失敗した場合はその理由を説明します。
  catalog URI [--json] [--schema S]... [--password-from SOURCE]
                      データベースのカタログを読み取ります: テーブル、列 (ネイティブ型と
                      正規型)、キー、インデックス、ビュー、ルーチン、トリガー、
                      シーケンス、ユーザー定義型。
  keyring store URI [--role source|target]
                      URI のパスワードをシステムキーリングに保存します。パスワードは
                      FERRY_SOURCE_PASSWORD (--role target の場合は FERRY_TARGET_PASSWORD)
                      または非表示の入力プロンプトから読み取り、コマンドラインからは受け取りません。
  keyring forget URI  URI 用に保存したパスワードをシステムキーリングから削除します。
  import-dms TABLE_MAPPINGS.json [TASK_SETTINGS.json] --project FILE [--mapping NAME]
                      AWS DMS のテーブルマッピング (とタスク設定) を、プロジェクト
                      ファイルにマッピング NAME (既定: JSON ファイルのベース名) として
                      取り込みます。FILE が存在しない場合はプロジェクトを作成します。
  export-dms --project FILE (--mapping NAME | --task-settings)
                      マッピング (またはプロジェクトのタスク設定) を DMS JSON として出力します。
  migrate SOURCE_URI TARGET_URI [--include &apos;schema.table%&apos;] [--exclude ...]
          [--mappings table-mappings.json] [--settings task-settings.json]
          [--task-name NAME] [--resume] [--json] [--run-dir DIR]
                      プロジェクトなしで全ロードを実行します: ターゲットにテーブルを作成し、
                      すべての行をロードしてから、キー、インデックス、外部キーを作成します。
                      状態はターゲットに保持されます: --resume で、停止または強制終了した
                      実行を続行します。
  run PROJECT [--task NAME] [--resume] [--reload-table SCHEMA.TABLE]...
          [--json] [--run-dir DIR]
                      プロジェクトファイルの全ロードタスクを実行します。--reload-table は
                      そのテーブルを最初から再ロードします (migrate でも使えます)。
  exceptions list PROJECT [--task NAME] [--table SCHEMA.TABLE] [--json]
                      タスクのターゲットが拒否した行: 理由、列、値。
  exceptions reapply PROJECT [--task NAME] [--table SCHEMA.TABLE | --id N...]
          [--with-rules [--change-column-types]] [--json]
                      それらの行を再び書き込みます (すべて、テーブル単位、または番号指定)。
                      ロードできた行は例外テーブルから消えます。--with-rules は現在の
                      プロジェクトのマッピングルールで行を導き直します。
  convert SOURCE_URI --target-engine postgresql|mysql|mariadb|sqlite --out DIR
          [--schema S]... [--mappings table-mappings.json]
                      ソースのスキーマをターゲットに作成する SQL を書き出します:
                      適用順に番号を付けたファイル (pre-data はロード前、post-data は
                      ロード後) と conversion-report.json。対応項目が残る場合は終了コード 4
                      (ファイルはどちらの場合も書き出されます)。
  assess SOURCE_URI --target-engine ENGINE [--format html|csv|json] [--out FILE]
          [--schema S]... [--mappings table-mappings.json]
                      評価: 自動で変換されるもの、工数見積もり付きの対応項目、
                      移行前チェック。
  apply --sql DIR TARGET_URI [--pre-data | --post-data] [--plan]
          [--allow-destructive]
                      それらのファイルを順にターゲットで 1 文ずつ実行します。--plan は
                      一覧を表示するだけで何も変更しません。DROP、TRUNCATE、DELETE は
                      --allow-destructive を付けたときだけ実行されます。
  demo [--rows N] [--data-dir DIR] [--json]
                      スポーツチケット販売のサンプル (既定ではチケット 1,000,000 件) を
                      生成し、SQLite のコピーに移行して進行状況を表示します。
  sample PATH [--rows N]
                      決定的なスポーツチケット販売のサンプル (SQLite) を PATH に書き込みます。
  types TYPE... --source ENGINE [--target ENGINE] [--json]
                      ソースエンジン (mysql、mariadb、postgresql、sqlite、sqlserver、
                      oracle) のネイティブ型を Ferry が各ターゲットに作成する型に対応
                      付け、ターゲットで保持できない点を示します。
  types --markdown [--source ENGINE --target ENGINE] | --write-docs DIR
                      型マッピング表 (docs/type-mapping.md) を出力するか、すべてを
                      DIR 以下に書き出します。

接続 URI:
  postgresql://user@host:5432/database?sslmode=require
  mysql://user@host:3306/database?ssl-mode=REQUIRED   (mariadb:// も可)
  sqlite:///absolute/path.db   sqlite:relative/path.db
  odbc://DSN   odbc:///?driver=NAME&amp;server=HOST&amp;database=DB

パスワードは、FERRY_SOURCE_PASSWORD (--role target の場合は FERRY_TARGET_PASSWORD)、
次にシステムキーリング (動作している場合)、次にエンジン独自のファイル
(~/.pgpass、~/.my.cnf)、最後にログイン失敗後の端末でのプロンプトの順に取得します。
--password-from env|keyring|prompt を指定すると、そのソースだけを使用します。URI に
パスワードを書くこともできますが、推奨されません。

終了コード: 0 成功、1 内部エラー、2 使用法の誤り、3 接続失敗、
4 一部失敗、5 無効な入力、130 中断。
</translation>
    </message>
    <message>
        <source>--%1 must be one of mysql, mariadb, postgresql, sqlite, sqlserver, oracle, not &apos;%2&apos;</source>
        <translation>--%1 には mysql、mariadb、postgresql、sqlite、sqlserver、oracle のいずれかを指定してください (&apos;%2&apos; は指定できません)</translation>
    </message>
    <message>
        <source>ferry: cannot write %1: %2
</source>
        <translation>ferry: %1 に書き込めません: %2
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n type-mapping document(s) under %1.
</source>
        <translation>
            <numerusform>型マッピング文書を %n 件 %1 以下に書き出しました。
</numerusform>
        </translation>
    </message>
    <message>
        <source>types --markdown needs both --source and --target, or neither (the index)</source>
        <translation>types --markdown には --source と --target の両方を指定するか、どちらも指定しないでください (索引)</translation>
    </message>
    <message>
        <source>types needs native type names and --source ENGINE</source>
        <translation>types にはネイティブ型名と --source ENGINE が必要です</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPage</name>
    <message>
        <source>Connection:</source>
        <translation>接続:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>No system keyring is available, so Ferry cannot remember this password: it will ask for it each time it connects. The password is never written to the project file.</source>
        <translation>システムキーリングを利用できないため、Ferry はこのパスワードを記憶できません。接続するたびにパスワードの入力を求めます。パスワードがプロジェクトファイルに書き込まれることはありません。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Connect with these details and check the privileges Ferry needs.</source>
        <translation>この接続情報で接続し、Ferry に必要な権限を確認します。</translation>
    </message>
    <message>
        <source>C&amp;ancel test</source>
        <translation>テストをキャンセル(&amp;A)</translation>
    </message>
    <message>
        <source>Stop the running connection test.</source>
        <translation>実行中の接続テストを停止します。</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>接続をテストしています</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>詳細を表示</translation>
    </message>
    <message>
        <source>Show the driver&apos;s own message.</source>
        <translation>ドライバー自身のメッセージを表示します。</translation>
    </message>
    <message>
        <source>&amp;Save the endpoint without a successful connection test</source>
        <translation>接続テストに成功しなくてもエンドポイントを保存する(&amp;S)</translation>
    </message>
    <message>
        <source>For a server that cannot be reached from this computer yet; you can test the endpoint again later.</source>
        <translation>このコンピューターからまだ到達できないサーバー向けです。エンドポイントは後で再度テストできます。</translation>
    </message>
</context>
<context>
    <name>EndpointChoicePage</name>
    <message>
        <source>Use an &amp;existing endpoint:</source>
        <translation>既存のエンドポイントを使用(&amp;E):</translation>
    </message>
    <message>
        <source>Existing endpoint</source>
        <translation>既存のエンドポイント</translation>
    </message>
    <message>
        <source>Create a ne&amp;w endpoint</source>
        <translation>新しいエンドポイントを作成(&amp;W)</translation>
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
        <translation>ネットワーク上またはこのコンピューター上の PostgreSQL サーバー: ホスト、ポート、データベース、ユーザーを指定します。</translation>
    </message>
    <message>
        <source>&amp;MySQL or MariaDB</source>
        <translation>MySQL または MariaDB(&amp;M)</translation>
    </message>
    <message>
        <source>A MySQL or MariaDB server on the network or on this computer: host, port, database and user.</source>
        <translation>ネットワーク上またはこのコンピューター上の MySQL または MariaDB サーバー: ホスト、ポート、データベース、ユーザーを指定します。</translation>
    </message>
    <message>
        <source>S&amp;QLite</source>
        <translation>SQLite(&amp;Q)</translation>
    </message>
    <message>
        <source>A SQLite database file on this computer.</source>
        <translation>このコンピューター上の SQLite データベースファイル。</translation>
    </message>
    <message>
        <source>&amp;ODBC data source</source>
        <translation>ODBC データソース(&amp;O)</translation>
    </message>
    <message>
        <source>Any database with an ODBC driver, through a data source (DSN) set up in the ODBC driver manager.</source>
        <translation>ODBC ドライバーがある任意のデータベース。ODBC ドライバーマネージャーで設定したデータソース (DSN) を経由して接続します。</translation>
    </message>
</context>
<context>
    <name>EngineTr</name>
    <message>
        <source>Could not use the system keyring for %1: no keyring service is running.</source>
        <translation>%1 にシステムキーリングを使用できませんでした: キーリングサービスが実行されていません。</translation>
    </message>
    <message>
        <source>Start a Secret Service provider (GNOME Keyring, KWallet or KeePassXC) in the session, or give the password through FERRY_SOURCE_PASSWORD / FERRY_TARGET_PASSWORD or the prompt.</source>
        <translation>セッションで Secret Service プロバイダー (GNOME Keyring、KWallet、KeePassXC) を起動するか、FERRY_SOURCE_PASSWORD / FERRY_TARGET_PASSWORD またはプロンプトでパスワードを指定してください。</translation>
    </message>
    <message>
        <source>Could not use the system keyring for %1: the keyring is locked.</source>
        <translation>%1 にシステムキーリングを使用できませんでした: キーリングがロックされています。</translation>
    </message>
    <message>
        <source>Unlock the keyring (log in to the desktop session or open the keyring manager), or give the password through FERRY_SOURCE_PASSWORD / FERRY_TARGET_PASSWORD or the prompt.</source>
        <translation>キーリングのロックを解除する (デスクトップセッションにログインするか、キーリングマネージャーを開く) か、FERRY_SOURCE_PASSWORD / FERRY_TARGET_PASSWORD またはプロンプトでパスワードを指定してください。</translation>
    </message>
    <message>
        <source>Check that the keyring service works (for example with &apos;secret-tool search service %1&apos;).</source>
        <translation>キーリングサービスが動作していることを確認してください (例: &apos;secret-tool search service %1&apos;)。</translation>
    </message>
    <message>
        <source>Could not read the password for %1 from the system keyring.</source>
        <translation>%1 のパスワードをシステムキーリングから読み取れませんでした。</translation>
    </message>
    <message>
        <source>The system keyring holds no password for %1.</source>
        <translation>システムキーリングに %1 のパスワードがありません。</translation>
    </message>
    <message>
        <source>Store one with &apos;ferry keyring store URI&apos;.</source>
        <translation>&apos;ferry keyring store URI&apos; で保存してください。</translation>
    </message>
    <message>
        <source>Refusing to store an empty password for %1 in the system keyring.</source>
        <translation>%1 の空のパスワードはシステムキーリングに保存しません。</translation>
    </message>
    <message>
        <source>Give the password through FERRY_SOURCE_PASSWORD or the prompt.</source>
        <translation>FERRY_SOURCE_PASSWORD またはプロンプトでパスワードを指定してください。</translation>
    </message>
    <message>
        <source>Ferry password for %1</source>
        <translation>%1 の Ferry パスワード</translation>
    </message>
    <message>
        <source>Could not store the password for %1 in the system keyring.</source>
        <translation>%1 のパスワードをシステムキーリングに保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not remove the password for %1 from the system keyring.</source>
        <translation>%1 のパスワードをシステムキーリングから削除できませんでした。</translation>
    </message>
    <message>
        <source>Use one of postgresql://user@host:5432/database, mysql://user@host:3306/database, sqlite:///path/to/file.db or odbc://DSN</source>
        <translation>postgresql://user@host:5432/database、mysql://user@host:3306/database、sqlite:///path/to/file.db、odbc://DSN のいずれかを使用してください</translation>
    </message>
    <message>
        <source>The connection URI has no scheme.</source>
        <translation>接続 URI にスキームがありません。</translation>
    </message>
    <message>
        <source>The connection URI scheme &apos;%1&apos; is not supported.</source>
        <translation>接続 URI のスキーム &apos;%1&apos; はサポートされていません。</translation>
    </message>
    <message>
        <source>The SQLite URI names no file.</source>
        <translation>SQLite URI にファイルが指定されていません。</translation>
    </message>
    <message>
        <source>The ODBC URI must start with odbc://.</source>
        <translation>ODBC URI は odbc:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>Write odbc://DSN or odbc:///?driver=NAME&amp;server=...</source>
        <translation>odbc://DSN または odbc:///?driver=NAME&amp;server=... の形式で記述してください</translation>
    </message>
    <message>
        <source>The ODBC URI names neither a DSN nor a driver.</source>
        <translation>ODBC URI に DSN もドライバーも指定されていません。</translation>
    </message>
    <message>
        <source>The connection URI is malformed: %1.</source>
        <translation>接続 URI の形式が正しくありません: %1。</translation>
    </message>
    <message>
        <source>A SQLite URI takes a file path, not a host (&apos;%1&apos;).</source>
        <translation>SQLite URI にはホスト (&apos;%1&apos;) ではなくファイルパスを指定します。</translation>
    </message>
    <message>
        <source>Write sqlite:///absolute/path.db (three slashes) or sqlite:relative/path.db.</source>
        <translation>sqlite:///absolute/path.db (スラッシュ 3 つ) または sqlite:relative/path.db と記述してください。</translation>
    </message>
    <message>
        <source>The database name &apos;%1&apos; contains a &apos;/&apos;.</source>
        <translation>データベース名 &apos;%1&apos; に &apos;/&apos; が含まれています。</translation>
    </message>
    <message>
        <source>An internal error stopped the request.</source>
        <translation>内部エラーのため要求が中止されました。</translation>
    </message>
    <message>
        <source>Please report this as a bug with the log.</source>
        <translation>ログを添えてバグとして報告してください。</translation>
    </message>
    <message>
        <source>Could not write the sample database.</source>
        <translation>サンプルデータベースを書き込めませんでした。</translation>
    </message>
    <message>
        <source>Check that the directory exists, is writable and has free space.</source>
        <translation>ディレクトリが存在し、書き込み可能で、空き容量があることを確認してください。</translation>
    </message>
    <message>
        <source>Could not move the sample database into place.</source>
        <translation>サンプルデータベースを所定の場所に移動できませんでした。</translation>
    </message>
    <message>
        <source>Use a PostgreSQL, MySQL/MariaDB or SQLite endpoint as the target.</source>
        <translation>ターゲットには PostgreSQL、MySQL/MariaDB、SQLite のいずれかのエンドポイントを使用してください。</translation>
    </message>
    <message>
        <source>Could not read the column types of %1 for its filters.</source>
        <translation>フィルター用に %1 の列の型を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The filter column %1 does not exist in table %2.</source>
        <translation>フィルター列 %1 はテーブル %2 に存在しません。</translation>
    </message>
    <message>
        <source>Could not convert a value of column %1 in table %2.</source>
        <translation>テーブル %2 の列 %1 の値を変換できませんでした。</translation>
    </message>
    <message>
        <source>PostgreSQL sent a malformed COPY row for table %1.</source>
        <translation>PostgreSQL からテーブル %1 の不正な形式の COPY 行が送信されました。</translation>
    </message>
    <message>
        <source>Could not bind the filter values for table %1.</source>
        <translation>テーブル %1 のフィルター値をバインドできませんでした。</translation>
    </message>
    <message>
        <source>Could not start reading table %1 from PostgreSQL.</source>
        <translation>PostgreSQL からテーブル %1 の読み取りを開始できませんでした。</translation>
    </message>
    <message>
        <source>Could not read the key range of %1.</source>
        <translation>%1 のキー範囲を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Column %1 of %2 is not an integer key.</source>
        <translation>%2 の列 %1 は整数キーではありません。</translation>
    </message>
    <message>
        <source>Could not write to %1: the transaction is already aborted by an earlier error.</source>
        <translation>%1 に書き込めませんでした: 前のエラーによりトランザクションは既に中止されています。</translation>
    </message>
    <message>
        <source>PostgreSQL rejected a row for table %1.</source>
        <translation>PostgreSQL がテーブル %1 の行を拒否しました。</translation>
    </message>
    <message>
        <source>PostgreSQL rejected the value of column %1 in table %2.</source>
        <translation>PostgreSQL がテーブル %2 の列 %1 の値を拒否しました。</translation>
    </message>
    <message>
        <source>The value of column %1 in table %2 contains a NUL byte, which PostgreSQL cannot store in text.</source>
        <translation>テーブル %2 の列 %1 の値に NUL バイトが含まれています。PostgreSQL はこれを text に格納できません。</translation>
    </message>
    <message>
        <source>Could not check whether table %1 exists.</source>
        <translation>テーブル %1 が存在するかどうかを確認できませんでした。</translation>
    </message>
    <message>
        <source>Could not create schema %1.</source>
        <translation>スキーマ %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not create table %1.</source>
        <translation>テーブル %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not drop table %1.</source>
        <translation>テーブル %1 を削除 (DROP) できませんでした。</translation>
    </message>
    <message>
        <source>Could not truncate table %1.</source>
        <translation>テーブル %1 を TRUNCATE できませんでした。</translation>
    </message>
    <message>
        <source>Could not delete rows from %1.</source>
        <translation>%1 から行を削除できませんでした。</translation>
    </message>
    <message>
        <source>Could not add the primary key of %1.</source>
        <translation>%1 の主キーを追加できませんでした。</translation>
    </message>
    <message>
        <source>Could not create index %1 on %2.</source>
        <translation>%2 にインデックス %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not create foreign key %1 on %2.</source>
        <translation>%2 に外部キー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not set the identity of %1.%2 past its maximum.</source>
        <translation>%1.%2 の ID 値を既存の最大値より先に進められませんでした。</translation>
    </message>
    <message>
        <source>The statement has %1 placeholders but %2 parameters were given.</source>
        <translation>ステートメントのプレースホルダーは %1 個ですが、%2 個のパラメーターが指定されました。</translation>
    </message>
    <message>
        <source>Could not read the catalog of PostgreSQL database %1.</source>
        <translation>PostgreSQL データベース %1 のカタログを読み取れませんでした。</translation>
    </message>
    <message>
        <source>The detail names the failing query&apos;s error; reading the catalog needs only a login to the database.</source>
        <translation>詳細には失敗したクエリのエラーが示されています。カタログの読み取りに必要なのは、データベースへのログインだけです。</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1: no answer within %2 seconds.</source>
        <translation>%1 の PostgreSQL に接続できませんでした: %2 秒以内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>Check the host name and port, and that no firewall silently drops the connection; if the server is only slow, raise connect_timeout.</source>
        <translation>ホスト名とポートを確認し、ファイアウォールが接続を通知なしに破棄していないことを確認してください。サーバーが遅いだけの場合は、connect_timeout を大きくしてください。</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1: the host name %2 could not be resolved.</source>
        <translation>%1 の PostgreSQL に接続できませんでした: ホスト名 %2 を解決できませんでした。</translation>
    </message>
    <message>
        <source>Check the host name for typos, or use the server&apos;s IP address; make sure this machine can resolve the name (DNS, /etc/hosts).</source>
        <translation>ホスト名に入力ミスがないか確認するか、サーバーの IP アドレスを使用してください。このマシンでその名前を解決できること (DNS、/etc/hosts) を確認してください。</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1: the connection was refused.</source>
        <translation>%1 の PostgreSQL に接続できませんでした: 接続が拒否されました。</translation>
    </message>
    <message>
        <source>Check that the server is running and listens on that host and port (listen_addresses and port in postgresql.conf), and that no firewall rejects the connection.</source>
        <translation>サーバーが実行中で、そのホストとポートで待ち受けていること (postgresql.conf の listen_addresses と port)、およびファイアウォールが接続を拒否していないことを確認してください。</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 rejected the login of user %2.</source>
        <translation>%1 の PostgreSQL がユーザー %2 のログインを拒否しました。</translation>
    </message>
    <message>
        <source>The server asks for a password but none was given: set FERRY_SOURCE_PASSWORD (or FERRY_TARGET_PASSWORD), store it in the keyring, or add it to ~/.pgpass.</source>
        <translation>サーバーがパスワードを要求しましたが、指定されていません: FERRY_SOURCE_PASSWORD (または FERRY_TARGET_PASSWORD) を設定するか、キーリングに保存するか、~/.pgpass に追加してください。</translation>
    </message>
    <message>
        <source>No pg_hba.conf rule allows this user, database and client address (with or without TLS): ask the administrator to add one, or try sslmode=require if only hostssl rules exist.</source>
        <translation>このユーザー、データベース、クライアントアドレス (TLS の有無を含む) を許可する pg_hba.conf ルールがありません: 管理者にルールの追加を依頼するか、hostssl ルールしかない場合は sslmode=require を試してください。</translation>
    </message>
    <message>
        <source>The role may not log in: ask the administrator to run ALTER ROLE %1 LOGIN, or use another user.</source>
        <translation>このロールはログインできません: 管理者に ALTER ROLE %1 LOGIN の実行を依頼するか、別のユーザーを使用してください。</translation>
    </message>
    <message>
        <source>Check the user name and the password (FERRY_SOURCE_PASSWORD or FERRY_TARGET_PASSWORD, the keyring or ~/.pgpass).</source>
        <translation>ユーザー名とパスワード (FERRY_SOURCE_PASSWORD または FERRY_TARGET_PASSWORD、キーリング、~/.pgpass) を確認してください。</translation>
    </message>
    <message>
        <source>Could not establish a TLS connection to PostgreSQL at %1.</source>
        <translation>%1 の PostgreSQL との TLS 接続を確立できませんでした。</translation>
    </message>
    <message>
        <source>The server does not offer TLS: enable ssl in postgresql.conf, or connect with sslmode=prefer or sslmode=disable.</source>
        <translation>サーバーが TLS を提供していません: postgresql.conf で ssl を有効にするか、sslmode=prefer または sslmode=disable で接続してください。</translation>
    </message>
    <message>
        <source>The CA certificate file for verifying the server is missing or unreadable: set sslrootcert to the CA that signed the server&apos;s certificate, or use sslmode=require to encrypt without verifying.</source>
        <translation>サーバーを検証するための CA 証明書ファイルが見つからないか、読み取れません: sslrootcert にサーバー証明書に署名した CA を設定するか、検証せずに暗号化する sslmode=require を使用してください。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for another name: connect with the host name in the certificate, or use sslmode=verify-ca.</source>
        <translation>サーバー証明書は別の名前に対して発行されています: 証明書内のホスト名で接続するか、sslmode=verify-ca を使用してください。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the CA in sslrootcert: point sslrootcert at the CA that signed it, or use sslmode=require to encrypt without verifying.</source>
        <translation>サーバー証明書は sslrootcert の CA によって署名されていません: sslrootcert に証明書に署名した CA を指定するか、検証せずに暗号化する sslmode=require を使用してください。</translation>
    </message>
    <message>
        <source>Check the sslmode, sslrootcert, sslcert and sslkey options and the server&apos;s TLS configuration.</source>
        <translation>sslmode、sslrootcert、sslcert、sslkey の各オプションと、サーバーの TLS 設定を確認してください。</translation>
    </message>
    <message>
        <source>The database %1 does not exist on PostgreSQL at %2.</source>
        <translation>%2 の PostgreSQL にデータベース %1 は存在しません。</translation>
    </message>
    <message>
        <source>Check the database name (names created with quotes are case sensitive) or create the database first; psql -l lists the existing ones.</source>
        <translation>データベース名を確認する (引用符付きで作成された名前は大文字と小文字が区別されます) か、先にデータベースを作成してください。既存のデータベースは psql -l で一覧表示できます。</translation>
    </message>
    <message>
        <source>User %1 may not connect to database %2 on PostgreSQL at %3.</source>
        <translation>ユーザー %1 には、%3 の PostgreSQL 上のデータベース %2 に接続する権限がありません。</translation>
    </message>
    <message>
        <source>Ask the database owner or a superuser to run GRANT CONNECT ON DATABASE %1 TO %2.</source>
        <translation>データベースの所有者またはスーパーユーザーに GRANT CONNECT ON DATABASE %1 TO %2 の実行を依頼してください。</translation>
    </message>
    <message>
        <source>The connection details for PostgreSQL at %1 are not valid.</source>
        <translation>%1 の PostgreSQL への接続情報が無効です。</translation>
    </message>
    <message>
        <source>Check the URI&apos;s port and query options (sslmode, sslrootcert, sslcert, sslkey, connect_timeout).</source>
        <translation>URI のポートとクエリオプション (sslmode、sslrootcert、sslcert、sslkey、connect_timeout) を確認してください。</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1.</source>
        <translation>%1 の PostgreSQL に接続できませんでした。</translation>
    </message>
    <message>
        <source>The server has no free connection slots: close idle sessions or raise max_connections.</source>
        <translation>サーバーに空きの接続スロットがありません: アイドル状態のセッションを閉じるか、max_connections を増やしてください。</translation>
    </message>
    <message>
        <source>The server is starting up, shutting down or in recovery: try again in a moment.</source>
        <translation>サーバーは起動中、シャットダウン中、またはリカバリ中です: しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>The detail holds the server&apos;s or the client library&apos;s reason.</source>
        <translation>詳細に、サーバーまたはクライアントライブラリが示した理由があります。</translation>
    </message>
    <message>
        <source>PostgreSQL %1 at %2 is older than version %3, the oldest Ferry supports.</source>
        <translation>%2 の PostgreSQL %1 は、Ferry がサポートする最も古いバージョン %3 より古いバージョンです。</translation>
    </message>
    <message>
        <source>server_version %1 (version number %2)</source>
        <translation>server_version %1 (バージョン番号 %2)</translation>
    </message>
    <message>
        <source>Upgrade the server to PostgreSQL %1 or later, or export the data with that server&apos;s pg_dump and load it elsewhere first.</source>
        <translation>サーバーを PostgreSQL %1 以降にアップグレードするか、先にそのサーバーの pg_dump でデータをエクスポートして別の場所にロードしてください。</translation>
    </message>
    <message>
        <source>User %1 lacks the REPLICATION attribute, which change data capture from this source needs; full loads work without it. Fix: ALTER ROLE %2 REPLICATION.</source>
        <translation>ユーザー %1 には REPLICATION 属性がありません。このソースからの変更データキャプチャ (CDC) にはこの属性が必要です。全ロードはこの属性がなくても動作します。対処: ALTER ROLE %2 REPLICATION。</translation>
    </message>
    <message>
        <source>wal_level is &apos;%1&apos; on this server, but change data capture needs &apos;logical&apos;; full loads work without it. Fix: set wal_level = logical in postgresql.conf and restart the server.</source>
        <translation>このサーバーの wal_level は &apos;%1&apos; ですが、変更データキャプチャ (CDC) には &apos;logical&apos; が必要です。全ロードはこの設定がなくても動作します。対処: postgresql.conf で wal_level = logical を設定し、サーバーを再起動してください。</translation>
    </message>
    <message>
        <source>(none on the search_path)</source>
        <translation>(search_path 上になし)</translation>
    </message>
    <message>
        <source>User %1 can neither create schemas in database %2 nor create tables in schema %3 on PostgreSQL at %4.</source>
        <translation>ユーザー %1 は、%4 の PostgreSQL で、データベース %2 にスキーマを作成することも、スキーマ %3 にテーブルを作成することもできません。</translation>
    </message>
    <message>
        <source>Ask the database owner to run GRANT CREATE ON DATABASE %1 TO %2, or GRANT CREATE ON SCHEMA %3 TO %2.</source>
        <translation>データベースの所有者に GRANT CREATE ON DATABASE %1 TO %2 または GRANT CREATE ON SCHEMA %3 TO %2 の実行を依頼してください。</translation>
    </message>
    <message>
        <source>User %1 cannot create schemas in database %2, so every target schema must exist already. Fix: GRANT CREATE ON DATABASE %3 TO %4.</source>
        <translation>ユーザー %1 はデータベース %2 にスキーマを作成できないため、ターゲットのスキーマはすべて既に存在している必要があります。対処: GRANT CREATE ON DATABASE %3 TO %4。</translation>
    </message>
    <message>
        <source>User %1 cannot create tables in schema %2; Ferry can still create and use schemas of its own. Fix: GRANT CREATE ON SCHEMA %3 TO %4.</source>
        <translation>ユーザー %1 はスキーマ %2 にテーブルを作成できません。Ferry が独自のスキーマを作成して使用することはできます。対処: GRANT CREATE ON SCHEMA %3 TO %4。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2 as %3, database %4.</source>
        <translation>%2 の PostgreSQL %1 に %3 として接続しました (データベース %4)。</translation>
    </message>
    <message>
        <source>TLS on (%1)</source>
        <translation>TLS 有効 (%1)</translation>
    </message>
    <message>
        <source>TLS off</source>
        <translation>TLS 無効</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL at %1, but could not check the user&apos;s privileges.</source>
        <translation>%1 の PostgreSQL に接続しましたが、ユーザーの権限を確認できませんでした。</translation>
    </message>
    <message>
        <source>The detail holds the server&apos;s reason; the checks read pg_roles, pg_stat_ssl and the current settings.</source>
        <translation>詳細に、サーバーが示した理由があります。この確認では pg_roles、pg_stat_ssl、現在の設定を読み取ります。</translation>
    </message>
    <message>
        <source>Read the server&apos;s message above.</source>
        <translation>上記のサーバーのメッセージを確認してください。</translation>
    </message>
    <message>
        <source>Setting up the session on %1 failed.</source>
        <translation>%1 でのセッションの準備に失敗しました。</translation>
    </message>
    <message>
        <source>Column %1 of %2 is created as %3 instead of %4: the table&apos;s columns do not fit MySQL&apos;s 65,535-byte row limit otherwise.</source>
        <translation>%2 の列 %1 は %4 ではなく %3 として作成されます: そうしないと、テーブルの列が MySQL の行サイズの上限 (65,535 バイト) に収まりません。</translation>
    </message>
    <message>
        <source>A batch for %1 has %2 columns, the reader produces %3.</source>
        <translation>%1 のバッチの列数は %2 ですが、リーダーが生成する列数は %3 です。</translation>
    </message>
    <message>
        <source>Reading %1 from the MySQL/MariaDB source failed.</source>
        <translation>MySQL/MariaDB ソースからの %1 の読み取りに失敗しました。</translation>
    </message>
    <message>
        <source>A value of column %1 of %2 cannot be converted.</source>
        <translation>%2 の列 %1 の値を変換できません。</translation>
    </message>
    <message>
        <source>Change the column&apos;s type with a mapping rule, or filter the row out.</source>
        <translation>マッピングルールで列の型を変更するか、フィルターでその行を除外してください。</translation>
    </message>
    <message>
        <source>Reading the key range of %1 from the MySQL/MariaDB source failed.</source>
        <translation>MySQL/MariaDB ソースからの %1 のキー範囲の読み取りに失敗しました。</translation>
    </message>
    <message>
        <source>Column %1 of %2 cannot split the table into key ranges: its values are not 64-bit integers.</source>
        <translation>%2 の列 %1 ではテーブルをキー範囲に分割できません: 値が 64 ビット整数ではありません。</translation>
    </message>
    <message>
        <source>Use an integer key column for parallel-load ranges, or load the table without ranges.</source>
        <translation>並列ロードの範囲には整数のキー列を使用するか、範囲を使わずにテーブルをロードしてください。</translation>
    </message>
    <message>
        <source>A statement on the MySQL/MariaDB target %1 failed.</source>
        <translation>MySQL/MariaDB ターゲット %1 でステートメントが失敗しました。</translation>
    </message>
    <message>
        <source>A query on the MySQL/MariaDB target %1 failed.</source>
        <translation>MySQL/MariaDB ターゲット %1 でクエリが失敗しました。</translation>
    </message>
    <message>
        <source>Creating database %1 on the MySQL/MariaDB target failed.</source>
        <translation>MySQL/MariaDB ターゲットでのデータベース %1 の作成に失敗しました。</translation>
    </message>
    <message>
        <source>Creating table %1 on the MySQL/MariaDB target failed.</source>
        <translation>MySQL/MariaDB ターゲットでのテーブル %1 の作成に失敗しました。</translation>
    </message>
    <message>
        <source>Dropping table %1 on the MySQL/MariaDB target failed.</source>
        <translation>MySQL/MariaDB ターゲットでのテーブル %1 の削除 (DROP) に失敗しました。</translation>
    </message>
    <message>
        <source>Emptying table %1 on the MySQL/MariaDB target failed.</source>
        <translation>MySQL/MariaDB ターゲットでテーブル %1 を空にできませんでした。</translation>
    </message>
    <message>
        <source>Deleting rows of %1 on the MySQL/MariaDB target failed.</source>
        <translation>MySQL/MariaDB ターゲットでの %1 の行の削除に失敗しました。</translation>
    </message>
    <message>
        <source>Adding the primary key of %1 on the MySQL/MariaDB target failed.</source>
        <translation>MySQL/MariaDB ターゲットでの %1 の主キーの追加に失敗しました。</translation>
    </message>
    <message>
        <source>Index %1 of %2 is not created: MySQL has no %3 indexes on these columns.</source>
        <translation>%2 のインデックス %1 は作成されません: MySQL ではこれらの列に %3 インデックスを作成できません。</translation>
    </message>
    <message>
        <source>Foreign key %1 of %2 is created with NO ACTION instead of SET DEFAULT, which InnoDB does not support.</source>
        <translation>%2 の外部キー %1 は、InnoDB がサポートしない SET DEFAULT の代わりに NO ACTION で作成されます。</translation>
    </message>
    <message>
        <source>Index %1 of %2 is not created: it indexes an expression (%3), which is not carried over.</source>
        <translation>%2 のインデックス %1 は作成されません: 式 (%3) に対するインデックスは引き継がれません。</translation>
    </message>
    <message>
        <source>Index %1 of %2 is not created: column %3 is of type %4, which MySQL cannot index this way.</source>
        <translation>%2 のインデックス %1 は作成されません: 列 %3 の型は %4 で、MySQL ではこの方法でインデックスを作成できません。</translation>
    </message>
    <message>
        <source>A batch for %1 has %2 columns, the writer expects %3.</source>
        <translation>%1 のバッチの列数は %2 ですが、ライターが想定する列数は %3 です。</translation>
    </message>
    <message>
        <source>Writing to %1 on the MySQL/MariaDB target failed.</source>
        <translation>MySQL/MariaDB ターゲットの %1 への書き込みに失敗しました。</translation>
    </message>
    <message>
        <source>The MySQL/MariaDB server %1 does not allow LOAD DATA LOCAL INFILE (local_infile is OFF), so rows are written with multi-row INSERT statements, which is several times slower. To enable the fast path run SET GLOBAL local_infile = 1 as an administrator, or put local-infile = 1 in the [mysqld] section of the server&apos;s configuration.</source>
        <translation>MySQL/MariaDB サーバー %1 では LOAD DATA LOCAL INFILE が許可されていない (local_infile が OFF) ため、行は複数行の INSERT ステートメントで書き込まれ、数倍遅くなります。高速な方法を有効にするには、管理者として SET GLOBAL local_infile = 1 を実行するか、サーバーの設定ファイルの [mysqld] セクションに local-infile = 1 を記述してください。</translation>
    </message>
    <message>
        <source>Reading the catalog of database &apos;%1&apos; on %2 failed.</source>
        <translation>%2 のデータベース &apos;%1&apos; のカタログの読み取りに失敗しました。</translation>
    </message>
    <message>
        <source>Check that the user may read information_schema for this database (SELECT and SHOW VIEW privileges) and that the server is still reachable.</source>
        <translation>ユーザーがこのデータベースの information_schema を読み取れること (SELECT 権限と SHOW VIEW 権限)、およびサーバーに引き続き到達できることを確認してください。</translation>
    </message>
    <message>
        <source>Listing the databases on %1 failed.</source>
        <translation>%1 のデータベースの一覧取得に失敗しました。</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; does not exist on %2.</source>
        <translation>%2 にデータベース &apos;%1&apos; は存在しません。</translation>
    </message>
    <message>
        <source>Check the name (case matters on most Linux servers) and that the user may see the database (SHOW DATABASES or a privilege on it).</source>
        <translation>名前 (ほとんどの Linux サーバーでは大文字と小文字が区別されます) と、ユーザーがそのデータベースを参照できること (SHOW DATABASES 権限またはそのデータベースに対する権限) を確認してください。</translation>
    </message>
    <message>
        <source>Unknown ssl-mode &apos;%1&apos;.</source>
        <translation>ssl-mode &apos;%1&apos; は不明です。</translation>
    </message>
    <message>
        <source>A query on the MySQL/MariaDB server failed.</source>
        <translation>MySQL/MariaDB サーバーでクエリが失敗しました。</translation>
    </message>
    <message>
        <source>Read the server&apos;s message above; a lost connection can be retried.</source>
        <translation>上記のサーバーのメッセージを確認してください。接続が失われた場合は再試行できます。</translation>
    </message>
    <message>
        <source>The host name &apos;%1&apos; could not be resolved.</source>
        <translation>ホスト名 &apos;%1&apos; を解決できませんでした。</translation>
    </message>
    <message>
        <source>Check the host name for typos, or use the server&apos;s IP address; make sure this machine can resolve names (DNS, /etc/hosts).</source>
        <translation>ホスト名に入力ミスがないか確認するか、サーバーの IP アドレスを使用してください。このマシンで名前を解決できること (DNS、/etc/hosts) を確認してください。</translation>
    </message>
    <message>
        <source>Nothing accepted the connection at %1.</source>
        <translation>%1 で接続を受け付けるものがありませんでした。</translation>
    </message>
    <message>
        <source>Check that the MySQL/MariaDB server is running and listens on port %1 of that address (bind-address, skip-networking), and that no firewall blocks the port.</source>
        <translation>MySQL/MariaDB サーバーが実行中で、そのアドレスのポート %1 で待ち受けていること (bind-address、skip-networking)、およびファイアウォールがそのポートをブロックしていないことを確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>The server at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 のサーバーから %n 秒以内に応答がありませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the host and port (is it a MySQL/MariaDB server?), firewalls and network routes; raise connect_timeout if the network is slow.</source>
        <translation>ホストとポート (MySQL/MariaDB サーバーかどうか)、ファイアウォール、ネットワーク経路を確認してください。ネットワークが遅い場合は connect_timeout を大きくしてください。</translation>
    </message>
    <message>
        <source>The server at %1 rejected the login of user &apos;%2&apos;.</source>
        <translation>%1 のサーバーがユーザー &apos;%2&apos; のログインを拒否しました。</translation>
    </message>
    <message>
        <source>Check the user name and the password (FERRY_SOURCE_PASSWORD or FERRY_TARGET_PASSWORD, the keyring, or ~/.my.cnf), and that an account &apos;%1&apos;@&apos;&lt;this client&apos;s host&gt;&apos; exists and may log in from here.</source>
        <translation>ユーザー名とパスワード (FERRY_SOURCE_PASSWORD または FERRY_TARGET_PASSWORD、キーリング、~/.my.cnf) を確認し、アカウント &apos;%1&apos;@&apos;&lt;このクライアントのホスト&gt;&apos; が存在して、ここからログインできることを確認してください。</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed.</source>
        <translation>%1 への TLS 接続に失敗しました。</translation>
    </message>
    <message>
        <source>Check that ssl-ca names the CA certificate that signed the server&apos;s certificate, that with ssl-mode=VERIFY_IDENTITY the host name matches the certificate, and that the server has TLS enabled; use ssl-mode=PREFERRED only on a trusted network.</source>
        <translation>ssl-ca にサーバー証明書に署名した CA の証明書が指定されていること、ssl-mode=VERIFY_IDENTITY の場合はホスト名が証明書と一致すること、サーバーで TLS が有効になっていることを確認してください。ssl-mode=PREFERRED は信頼できるネットワークでのみ使用してください。</translation>
    </message>
    <message>
        <source>Check the database name (names are case-sensitive on most Linux servers), or create the database first.</source>
        <translation>データベース名を確認する (ほとんどの Linux サーバーでは大文字と小文字が区別されます) か、先にデータベースを作成してください。</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; may not use the database &apos;%2&apos; on %3.</source>
        <translation>ユーザー &apos;%1&apos; には、%3 のデータベース &apos;%2&apos; を使用する権限がありません。</translation>
    </message>
    <message>
        <source>Ask an administrator to grant access, for example GRANT SELECT, SHOW VIEW ON `%1`.* TO &apos;%2&apos;@&apos;%&apos;.</source>
        <translation>管理者にアクセス権の付与を依頼してください (例: GRANT SELECT, SHOW VIEW ON `%1`.* TO &apos;%2&apos;@&apos;%&apos;)。</translation>
    </message>
    <message>
        <source>Could not connect to the MySQL/MariaDB server at %1.</source>
        <translation>%1 の MySQL/MariaDB サーバーに接続できませんでした。</translation>
    </message>
    <message>
        <source>Check that the address belongs to a MySQL or MariaDB server and read the server&apos;s error log for the reason.</source>
        <translation>そのアドレスが MySQL または MariaDB サーバーのものであることを確認し、サーバーのエラーログで理由を確認してください。</translation>
    </message>
    <message>
        <source>The server at %1 runs %2 %3, which is older than Ferry supports (%2 %4 or newer).</source>
        <translation>%1 のサーバーで動作している %2 %3 は、Ferry がサポートするバージョン (%2 %4 以降) より古いバージョンです。</translation>
    </message>
    <message>
        <source>Server version %1.</source>
        <translation>サーバーのバージョン %1。</translation>
    </message>
    <message>
        <source>Upgrade the server, or dump the data with mysqldump and load it into a supported server first.</source>
        <translation>サーバーをアップグレードするか、先に mysqldump でデータをダンプして、サポートされているサーバーにロードしてください。</translation>
    </message>
    <message>
        <source>Binary logging is off on the server (log_bin), so changes made during and after the full load cannot be captured.</source>
        <translation>サーバーでバイナリログが無効 (log_bin) になっているため、全ロード中および全ロード後に行われた変更をキャプチャできません。</translation>
    </message>
    <message>
        <source>binlog_format is %1, not ROW; change data capture needs row-based logging (binlog_format = ROW).</source>
        <translation>binlog_format が ROW ではなく %1 です。変更データキャプチャ (CDC) には行ベースのログ記録 (binlog_format = ROW) が必要です。</translation>
    </message>
    <message>
        <source>binlog_row_image is %1, not FULL; change data capture needs full row images (binlog_row_image = FULL).</source>
        <translation>binlog_row_image が FULL ではなく %1 です。変更データキャプチャ (CDC) には完全な行イメージ (binlog_row_image = FULL) が必要です。</translation>
    </message>
    <message>
        <source>Testing the connection to %1 failed unexpectedly.</source>
        <translation>%1 への接続テストが予期せず失敗しました。</translation>
    </message>
    <message>
        <source>Reading the catalog from %1 failed unexpectedly.</source>
        <translation>%1 からのカタログの読み取りが予期せず失敗しました。</translation>
    </message>
    <message>
        <source>The ssl-mode &apos;%1&apos; is not known.</source>
        <translation>ssl-mode &apos;%1&apos; は不明です。</translation>
    </message>
    <message>
        <source>Use ssl-mode=DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY.</source>
        <translation>ssl-mode=DISABLED、PREFERRED、REQUIRED、VERIFY_CA、VERIFY_IDENTITY のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>The port %1 is out of range.</source>
        <translation>ポート %1 は範囲外です。</translation>
    </message>
    <message>
        <source>Use a port between 1 and 65535 (MySQL&apos;s default is 3306).</source>
        <translation>1 から 65535 までのポートを使用してください (MySQL の既定値は 3306 です)。</translation>
    </message>
    <message>
        <source>The %1 file &apos;%2&apos; does not exist.</source>
        <translation>%1 ファイル &apos;%2&apos; は存在しません。</translation>
    </message>
    <message>
        <source>Give the full path of a PEM file readable by this user.</source>
        <translation>このユーザーが読み取れる PEM ファイルのフルパスを指定してください。</translation>
    </message>
    <message>
        <source>Connected to %1 %2 at %3.</source>
        <translation>%3 の %1 %2 に接続しました。</translation>
    </message>
    <message>
        <source>Server version %1; the connection is not encrypted.</source>
        <translation>サーバーのバージョン %1。接続は暗号化されていません。</translation>
    </message>
    <message>
        <source>Server version %1; TLS cipher %2.</source>
        <translation>サーバーのバージョン %1。TLS 暗号 %2。</translation>
    </message>
    <message>
        <source>The privileges of user &apos;%1&apos; could not be read (SHOW GRANTS failed), so they were not checked.</source>
        <translation>ユーザー &apos;%1&apos; の権限を読み取れなかった (SHOW GRANTS が失敗した) ため、権限は確認されていません。</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; may not create tables in the database &apos;%2&apos; on %3.</source>
        <translation>ユーザー &apos;%1&apos; には、%3 のデータベース &apos;%2&apos; にテーブルを作成する権限がありません。</translation>
    </message>
    <message>
        <source>The CREATE privilege of user &apos;%1&apos; on database &apos;%2&apos; could not be confirmed (it may come from a role).</source>
        <translation>データベース &apos;%2&apos; に対するユーザー &apos;%1&apos; の CREATE 権限を確認できませんでした (ロールから付与されている可能性があります)。</translation>
    </message>
    <message>
        <source>SHOW GRANTS lists no CREATE privilege on `%1`.* or *.* for the user.</source>
        <translation>SHOW GRANTS には、このユーザーの `%1`.* または *.* に対する CREATE 権限が表示されていません。</translation>
    </message>
    <message>
        <source>Ask an administrator to run GRANT CREATE, ALTER, DROP, INDEX, REFERENCES, SELECT, INSERT, UPDATE, DELETE ON `%1`.* TO &apos;%2&apos;@&apos;%&apos;; or choose a database the user owns.</source>
        <translation>管理者に GRANT CREATE, ALTER, DROP, INDEX, REFERENCES, SELECT, INSERT, UPDATE, DELETE ON `%1`.* TO &apos;%2&apos;@&apos;%&apos; の実行を依頼するか、ユーザーが所有するデータベースを選択してください。</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; may not create databases; choose a target database in the connection.</source>
        <translation>ユーザー &apos;%1&apos; にはデータベースを作成する権限がありません。接続でターゲットのデータベースを指定してください。</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; lacks the REPLICATION CLIENT privilege (BINLOG MONITOR on MariaDB 10.5+), which change data capture needs to read the binary log position.</source>
        <translation>ユーザー &apos;%1&apos; には REPLICATION CLIENT 権限 (MariaDB 10.5 以降では BINLOG MONITOR) がありません。変更データキャプチャ (CDC) でバイナリログの位置を読み取るには、この権限が必要です。</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; lacks the REPLICATION SLAVE privilege, which change data capture needs to stream the binary log.</source>
        <translation>ユーザー &apos;%1&apos; には REPLICATION SLAVE 権限がありません。変更データキャプチャ (CDC) でバイナリログをストリーミングするには、この権限が必要です。</translation>
    </message>
    <message>
        <source>Another connection holds a lock on the SQLite database; the load retries.</source>
        <translation>別の接続が SQLite データベースをロックしています。ロードは再試行されます。</translation>
    </message>
    <message>
        <source>Free space on the file system that holds the SQLite database.</source>
        <translation>SQLite データベースがあるファイルシステムの空き容量を増やしてください。</translation>
    </message>
    <message>
        <source>Reading the SQLite table %1 failed.</source>
        <translation>SQLite テーブル %1 の読み取りに失敗しました。</translation>
    </message>
    <message>
        <source>The value %1 in the boolean column %2 of the SQLite table %3 is not a truth value.</source>
        <translation>SQLite テーブル %3 のブール列 %2 の値 %1 は真偽値ではありません。</translation>
    </message>
    <message>
        <source>Booleans are read from 0/1 (any nonzero number is true) and from true/false, t/f, yes/no, y/n, on/off.</source>
        <translation>ブール値は 0/1 (0 以外の数値はすべて true) と、true/false、t/f、yes/no、y/n、on/off から読み取られます。</translation>
    </message>
    <message>
        <source>text or blob values</source>
        <translation>text 値または blob 値</translation>
    </message>
    <message>
        <source>NULL values</source>
        <translation>NULL 値</translation>
    </message>
    <message>
        <source>Reading the key range of the SQLite table %1 failed.</source>
        <translation>SQLite テーブル %1 のキー範囲の読み取りに失敗しました。</translation>
    </message>
    <message>
        <source>The key column %1 of the SQLite table %2 holds %3, so the table cannot be split into integer key ranges.</source>
        <translation>SQLite テーブル %2 のキー列 %1 に %3 が含まれているため、テーブルを整数のキー範囲に分割できません。</translation>
    </message>
    <message>
        <source>Load this table in one piece (table-settings parallel-load type none) or choose an integer key column.</source>
        <translation>このテーブルを分割せずにロードする (table-settings の parallel-load の type を none にする) か、整数のキー列を選択してください。</translation>
    </message>
    <message>
        <source>Could not prepare the query on the SQLite table %1.</source>
        <translation>SQLite テーブル %1 に対するクエリを準備できませんでした。</translation>
    </message>
    <message>
        <source>Check that the table and its columns exist in the source database (the catalog may be out of date).</source>
        <translation>テーブルとその列がソースデータベースに存在することを確認してください (カタログが古くなっている可能性があります)。</translation>
    </message>
    <message>
        <source>Writing a batch into the SQLite table %1 failed.</source>
        <translation>SQLite テーブル %1 へのバッチの書き込みに失敗しました。</translation>
    </message>
    <message>
        <source>The SQLite table %1 refused a row.</source>
        <translation>SQLite テーブル %1 が行を拒否しました。</translation>
    </message>
    <message>
        <source>The value %1 for the boolean column %2 of the SQLite table %3 is not a truth value.</source>
        <translation>SQLite テーブル %3 のブール列 %2 に対する値 %1 は真偽値ではありません。</translation>
    </message>
    <message>
        <source>Could not create the SQLite table %1.</source>
        <translation>SQLite テーブル %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not drop the SQLite table %1.</source>
        <translation>SQLite テーブル %1 を削除 (DROP) できませんでした。</translation>
    </message>
    <message>
        <source>Could not empty the SQLite table %1.</source>
        <translation>SQLite テーブル %1 を空にできませんでした。</translation>
    </message>
    <message>
        <source>Could not delete rows of the SQLite table %1.</source>
        <translation>SQLite テーブル %1 の行を削除できませんでした。</translation>
    </message>
    <message>
        <source>The %1 index %2 of table %3 was not created: SQLite has b-tree indexes only.</source>
        <translation>テーブル %3 の %1 インデックス %2 は作成されませんでした: SQLite には B-tree インデックスしかありません。</translation>
    </message>
    <message>
        <source>Index expressions and predicates are copied as the source wrote them; rewrite those SQLite does not understand.</source>
        <translation>インデックスの式と述語は、ソースに記述されたとおりにコピーされます。SQLite が解釈できないものは書き直してください。</translation>
    </message>
    <message>
        <source>Could not prepare the INSERT into the SQLite table %1.</source>
        <translation>SQLite テーブル %1 への INSERT を準備できませんでした。</translation>
    </message>
    <message>
        <source>A statement on the SQLite target failed.</source>
        <translation>SQLite ターゲットでステートメントが失敗しました。</translation>
    </message>
    <message>
        <source>The SQLite target %1 stays in journal mode %2 instead of WAL (another connection may hold it open); the load is slower.</source>
        <translation>SQLite ターゲット %1 のジャーナルモードが WAL ではなく %2 のままです (別の接続が開いている可能性があります)。ロードが遅くなります。</translation>
    </message>
    <message>
        <source>Setting the loading pragmas on the SQLite target %1 failed: %2.</source>
        <translation>SQLite ターゲット %1 へのロード用 PRAGMA の設定に失敗しました: %2。</translation>
    </message>
    <message>
        <source>The target SQLite database %1 is set to read-only (mode=ro).</source>
        <translation>ターゲットの SQLite データベース %1 は読み取り専用 (mode=ro) に設定されています。</translation>
    </message>
    <message>
        <source>Remove mode=ro from the target&apos;s connection URI.</source>
        <translation>ターゲットの接続 URI から mode=ro を削除してください。</translation>
    </message>
    <message>
        <source>Could not read the catalog of the SQLite database %1.</source>
        <translation>SQLite データベース %1 のカタログを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Check that the database is not damaged (sqlite3 FILE &apos;PRAGMA integrity_check;&apos;) and that every view and virtual table in it can be used.</source>
        <translation>データベースが破損していないこと (sqlite3 FILE &apos;PRAGMA integrity_check;&apos;)、およびその中のすべてのビューと仮想テーブルが使用可能であることを確認してください。</translation>
    </message>
    <message>
        <source>The SQLite database %1 has no schema &apos;%2&apos;.</source>
        <translation>SQLite データベース %1 にスキーマ &apos;%2&apos; はありません。</translation>
    </message>
    <message>
        <source>A SQLite database file has one schema, main: leave the schema out or ask for main.</source>
        <translation>SQLite データベースファイルのスキーマは main の 1 つだけです: スキーマを省略するか、main を指定してください。</translation>
    </message>
    <message>
        <source>Ferry may not read the SQLite database file %1.</source>
        <translation>Ferry には SQLite データベースファイル %1 を読み取る権限がありません。</translation>
    </message>
    <message>
        <source>Give the user running Ferry read permission on the file (for example with chmod or by adding it to the file&apos;s group).</source>
        <translation>Ferry を実行しているユーザーにファイルの読み取り権限を与えてください (例: chmod を使用する、またはユーザーをファイルのグループに追加する)。</translation>
    </message>
    <message>
        <source>The file %1 is not a SQLite database.</source>
        <translation>ファイル %1 は SQLite データベースではありません。</translation>
    </message>
    <message>
        <source>Check that the path names a SQLite 3 database file. Encrypted databases (SQLCipher, SEE) cannot be read.</source>
        <translation>パスが SQLite 3 データベースファイルを指していることを確認してください。暗号化されたデータベース (SQLCipher、SEE) は読み取れません。</translation>
    </message>
    <message>
        <source>The SQLite database file %1 is damaged.</source>
        <translation>SQLite データベースファイル %1 は破損しています。</translation>
    </message>
    <message>
        <source>Check it with: sqlite3 FILE &apos;PRAGMA integrity_check;&apos; and restore it from a backup.</source>
        <translation>sqlite3 FILE &apos;PRAGMA integrity_check;&apos; で確認し、バックアップから復元してください。</translation>
    </message>
    <message>
        <source>The SQLite database file %1 stayed locked by another connection for %2 s.</source>
        <translation>SQLite データベースファイル %1 は、別の接続によって %2 秒間ロックされたままでした。</translation>
    </message>
    <message>
        <source>Retry when the other program has finished writing, or raise connect_timeout in the connection URI.</source>
        <translation>他のプログラムの書き込みが終わってから再試行するか、接続 URI の connect_timeout を大きくしてください。</translation>
    </message>
    <message>
        <source>The SQLite database file %1 needs recovery from an interrupted write, which a read-only connection cannot do.</source>
        <translation>SQLite データベースファイル %1 は中断された書き込みからの復旧が必要ですが、読み取り専用の接続では復旧できません。</translation>
    </message>
    <message>
        <source>Open the database once with write access (for example: sqlite3 FILE &apos;PRAGMA quick_check;&apos;) and retry.</source>
        <translation>データベースを一度書き込み可能な状態で開いてから (例: sqlite3 FILE &apos;PRAGMA quick_check;&apos;)、再試行してください。</translation>
    </message>
    <message>
        <source>Could not open the SQLite database file %1.</source>
        <translation>SQLite データベースファイル %1 を開けませんでした。</translation>
    </message>
    <message>
        <source>Check that the file is a SQLite 3 database that no other program holds in an exclusive lock.</source>
        <translation>ファイルが SQLite 3 データベースであり、他のプログラムが排他ロックしていないことを確認してください。</translation>
    </message>
    <message>
        <source>The directory %1 for the new SQLite database file %2 does not exist.</source>
        <translation>新しい SQLite データベースファイル %2 のディレクトリ %1 は存在しません。</translation>
    </message>
    <message>
        <source>Create the directory first, or choose a path in an existing one.</source>
        <translation>先にディレクトリを作成するか、既存のディレクトリ内のパスを選択してください。</translation>
    </message>
    <message>
        <source>Ferry may not create the SQLite database file %1 in its directory.</source>
        <translation>Ferry には、そのディレクトリに SQLite データベースファイル %1 を作成する権限がありません。</translation>
    </message>
    <message>
        <source>Give the user running Ferry write permission on the directory, or choose a writable one.</source>
        <translation>Ferry を実行しているユーザーにディレクトリの書き込み権限を与えるか、書き込み可能なディレクトリを選択してください。</translation>
    </message>
    <message>
        <source>The SQLite connection names no database file.</source>
        <translation>SQLite 接続にデータベースファイルが指定されていません。</translation>
    </message>
    <message>
        <source>Write sqlite:///absolute/path.db or sqlite:relative/path.db.</source>
        <translation>sqlite:///absolute/path.db または sqlite:relative/path.db と記述してください。</translation>
    </message>
    <message>
        <source>The SQLite database file %1 does not exist.</source>
        <translation>SQLite データベースファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>The SQLite database file %1 does not exist: a part of its path is a file, not a directory.</source>
        <translation>SQLite データベースファイル %1 は存在しません: パスの一部がディレクトリではなくファイルです。</translation>
    </message>
    <message>
        <source>Check the path (an absolute path needs three slashes: sqlite:///path/to/file.db). Ferry does not create database files when it tests or reads them; create a new target first, for example with: sqlite3 FILE &apos;PRAGMA user_version = 0;&apos;.</source>
        <translation>パスを確認してください (絶対パスにはスラッシュが 3 つ必要です: sqlite:///path/to/file.db)。Ferry はテストや読み取りの際にデータベースファイルを作成しません。先に新しいターゲットを作成してください (例: sqlite3 FILE &apos;PRAGMA user_version = 0;&apos;)。</translation>
    </message>
    <message>
        <source>Ferry may not enter a directory on the path to the SQLite database file %1.</source>
        <translation>Ferry には、SQLite データベースファイル %1 へのパス上のディレクトリに入る権限がありません。</translation>
    </message>
    <message>
        <source>Give the user running Ferry search (x) permission on every directory of the path.</source>
        <translation>Ferry を実行しているユーザーに、パス上のすべてのディレクトリの検索 (x) 権限を与えてください。</translation>
    </message>
    <message>
        <source>Could not examine the SQLite database file %1.</source>
        <translation>SQLite データベースファイル %1 を調べられませんでした。</translation>
    </message>
    <message>
        <source>Check the path and the file system.</source>
        <translation>パスとファイルシステムを確認してください。</translation>
    </message>
    <message>
        <source>%1 is a directory, not a SQLite database file.</source>
        <translation>%1 は SQLite データベースファイルではなく、ディレクトリです。</translation>
    </message>
    <message>
        <source>Name the database file itself, for example sqlite://%1/data.db.</source>
        <translation>データベースファイル自体を指定してください (例: sqlite://%1/data.db)。</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a SQLite database.</source>
        <translation>%1 は通常のファイルではないため、SQLite データベースにはできません。</translation>
    </message>
    <message>
        <source>Name the database file itself.</source>
        <translation>データベースファイル自体を指定してください。</translation>
    </message>
    <message>
        <source>Ferry may not write to the SQLite database file %1, which it needs as a target.</source>
        <translation>Ferry には SQLite データベースファイル %1 に書き込む権限がありませんが、ターゲットには書き込みが必要です。</translation>
    </message>
    <message>
        <source>Give the user running Ferry write permission on the file, or choose a file on a writable file system.</source>
        <translation>Ferry を実行しているユーザーにファイルの書き込み権限を与えるか、書き込み可能なファイルシステム上のファイルを選択してください。</translation>
    </message>
    <message>
        <source>Ferry may not create files in the directory %1, which SQLite needs for the journal when it writes to %2.</source>
        <translation>Ferry にはディレクトリ %1 にファイルを作成する権限がありませんが、SQLite が %2 に書き込む際にはジャーナル用にこの権限が必要です。</translation>
    </message>
    <message>
        <source>Give the user running Ferry write permission on the directory, or move the database to a writable one.</source>
        <translation>Ferry を実行しているユーザーにディレクトリの書き込み権限を与えるか、データベースを書き込み可能なディレクトリに移動してください。</translation>
    </message>
    <message>
        <source>SQLite opened the database file %1 read-only, but a target must be writable.</source>
        <translation>SQLite はデータベースファイル %1 を読み取り専用で開きましたが、ターゲットは書き込み可能である必要があります。</translation>
    </message>
    <message>
        <source>Give the user running Ferry write permission on the file and its directory, on a writable file system.</source>
        <translation>書き込み可能なファイルシステム上で、Ferry を実行しているユーザーにファイルとそのディレクトリの書き込み権限を与えてください。</translation>
    </message>
    <message>
        <source>A query on the SQLite database failed.</source>
        <translation>SQLite データベースでクエリが失敗しました。</translation>
    </message>
    <message>
        <source>Opened the SQLite database file %1 read-only.</source>
        <translation>SQLite データベースファイル %1 を読み取り専用で開きました。</translation>
    </message>
    <message>
        <source>Opened the SQLite database file %1 for writing.</source>
        <translation>SQLite データベースファイル %1 を書き込み用に開きました。</translation>
    </message>
    <message>
        <source>The SQLite option mode=%1 is not supported.</source>
        <translation>SQLite のオプション mode=%1 はサポートされていません。</translation>
    </message>
    <message>
        <source>Use mode=ro (never write) or mode=rw. Ferry does not create database files.</source>
        <translation>mode=ro (書き込みなし) または mode=rw を使用してください。Ferry はデータベースファイルを作成しません。</translation>
    </message>
    <message>
        <source>The ODBC driver refused a block cursor for the table %1.</source>
        <translation>ODBC ドライバーがテーブル %1 のブロックカーソルを拒否しました。</translation>
    </message>
    <message>
        <source>Binding the column %1 of the table %2 failed.</source>
        <translation>テーブル %2 の列 %1 のバインドに失敗しました。</translation>
    </message>
    <message>
        <source>Reading the table %1 through ODBC failed.</source>
        <translation>ODBC を介したテーブル %1 の読み取りに失敗しました。</translation>
    </message>
    <message>
        <source>The ODBC driver could not convert a row of the table %1.</source>
        <translation>ODBC ドライバーがテーブル %1 の行を変換できませんでした。</translation>
    </message>
    <message>
        <source>The value %1 in the column %2 of the table %3 cannot be read as %4.</source>
        <translation>テーブル %3 の列 %2 の値 %1 は %4 として読み取れません。</translation>
    </message>
    <message>
        <source>A value in the column %1 of the table %2 is longer than the column&apos;s declared size.</source>
        <translation>テーブル %2 の列 %1 の値が、列の宣言サイズより長くなっています。</translation>
    </message>
    <message>
        <source>Load the table with a driver that enforces column sizes, or widen the column&apos;s type in the source.</source>
        <translation>列サイズを強制するドライバーでテーブルをロードするか、ソースで列の型を広げてください。</translation>
    </message>
    <message>
        <source>Reading the column %1 of the table %2 through ODBC failed.</source>
        <translation>ODBC を介したテーブル %2 の列 %1 の読み取りに失敗しました。</translation>
    </message>
    <message>
        <source>Could not allocate an ODBC statement.</source>
        <translation>ODBC ステートメントを割り当てられませんでした。</translation>
    </message>
    <message>
        <source>Setting the session time zone to UTC on the %1 failed.</source>
        <translation>%1 でセッションのタイムゾーンを UTC に設定できませんでした。</translation>
    </message>
    <message>
        <source>The key column %1 of the table %2 does not hold integers, so the table cannot be split into key ranges.</source>
        <translation>テーブル %2 のキー列 %1 の値は整数ではないため、テーブルをキー範囲に分割できません。</translation>
    </message>
    <message>
        <source>Reading the key range of the table %1 through ODBC failed.</source>
        <translation>ODBC を介したテーブル %1 のキー範囲の読み取りに失敗しました。</translation>
    </message>
    <message>
        <source>The query on the table %1 through the %2 failed.</source>
        <translation>%2 を介したテーブル %1 に対するクエリが失敗しました。</translation>
    </message>
    <message>
        <source>The ODBC connection names neither a data source nor a driver.</source>
        <translation>ODBC 接続にデータソースもドライバーも指定されていません。</translation>
    </message>
    <message>
        <source>Could not read the catalog of the %1: %2 failed.</source>
        <translation>%1 のカタログを読み取れませんでした: %2 が失敗しました。</translation>
    </message>
    <message>
        <source>Check that the user may read the database&apos;s metadata; the detail holds the driver&apos;s message.</source>
        <translation>ユーザーがデータベースのメタデータを読み取れることを確認してください。詳細にドライバーのメッセージがあります。</translation>
    </message>
    <message>
        <source>Could not start the ODBC driver manager to list its data sources.</source>
        <translation>データソースを一覧表示するための ODBC ドライバーマネージャーを起動できませんでした。</translation>
    </message>
    <message>
        <source>Check that unixODBC is installed (package unixodbc).</source>
        <translation>unixODBC (パッケージ unixodbc) がインストールされていることを確認してください。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>connection string: %1</source>
        <translation>接続文字列: %1</translation>
    </message>
    <message>
        <source>The ODBC driver manager does not know the %1.</source>
        <translation>ODBC ドライバーマネージャーは %1 を認識していません。</translation>
    </message>
    <message>
        <source>~/.odbc.ini and /etc/odbc.ini</source>
        <translation>~/.odbc.ini と /etc/odbc.ini</translation>
    </message>
    <message>
        <source>Known data sources: %1. Installed drivers: %2. unixODBC reads data sources from %3 (ODBCINI) and drivers from %4 (ODBCSYSINI); check the name or register it there.</source>
        <translation>既知のデータソース: %1。インストール済みのドライバー: %2。unixODBC はデータソースを %3 (ODBCINI) から、ドライバーを %4 (ODBCSYSINI) から読み取ります。名前を確認するか、そこに登録してください。</translation>
    </message>
    <message>
        <source>Could not log in to the %1: the user name or password was rejected.</source>
        <translation>%1 にログインできませんでした: ユーザー名またはパスワードが拒否されました。</translation>
    </message>
    <message>
        <source>Check the user name and the password: set FERRY_SOURCE_PASSWORD or FERRY_TARGET_PASSWORD, or UID and PWD in the data source.</source>
        <translation>ユーザー名とパスワードを確認してください: FERRY_SOURCE_PASSWORD または FERRY_TARGET_PASSWORD を設定するか、データソースの UID と PWD を設定してください。</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the server refused the connection.</source>
        <translation>%1 に接続できませんでした: サーバーが接続を拒否しました。</translation>
    </message>
    <message>
        <source>Check the server name and port of the data source and that the database server is running and accepts TCP connections.</source>
        <translation>データソースのサーバー名とポートを確認し、データベースサーバーが実行中で TCP 接続を受け付けていることを確認してください。</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the server&apos;s host name could not be resolved.</source>
        <translation>%1 に接続できませんでした: サーバーのホスト名を解決できませんでした。</translation>
    </message>
    <message>
        <source>Check the server name in the data source or connection options.</source>
        <translation>データソースまたは接続オプションのサーバー名を確認してください。</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the server did not answer within %2 seconds.</source>
        <translation>%1 に接続できませんでした: サーバーから %2 秒以内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>Check that the server is reachable (firewall, VPN, port) or raise connect_timeout.</source>
        <translation>サーバーに到達できること (ファイアウォール、VPN、ポート) を確認するか、connect_timeout を大きくしてください。</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the TLS (SSL) handshake or certificate check failed.</source>
        <translation>%1 に接続できませんでした: TLS (SSL) ハンドシェイクまたは証明書の検証に失敗しました。</translation>
    </message>
    <message>
        <source>Check the driver&apos;s TLS options (certificate authority file, verification mode) and whether the server offers TLS.</source>
        <translation>ドライバーの TLS オプション (認証局ファイル、検証モード) と、サーバーが TLS を提供しているかどうかを確認してください。</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the database does not exist.</source>
        <translation>%1 に接続できませんでした: データベースが存在しません。</translation>
    </message>
    <message>
        <source>Check the database name (Database=...) of the data source or create the database.</source>
        <translation>データソースのデータベース名 (Database=...) を確認するか、データベースを作成してください。</translation>
    </message>
    <message>
        <source>Could not connect to the %1: the user may not use the database.</source>
        <translation>%1 に接続できませんでした: ユーザーにはデータベースを使用する権限がありません。</translation>
    </message>
    <message>
        <source>Grant the user access to the database, or connect as another user.</source>
        <translation>ユーザーにデータベースへのアクセス権を付与するか、別のユーザーとして接続してください。</translation>
    </message>
    <message>
        <source>The file of the %1 is not a database.</source>
        <translation>%1 のファイルはデータベースではありません。</translation>
    </message>
    <message>
        <source>Check the Database= path of the data source.</source>
        <translation>データソースの Database= のパスを確認してください。</translation>
    </message>
    <message>
        <source>Could not connect to the %1.</source>
        <translation>%1 に接続できませんでした。</translation>
    </message>
    <message>
        <source>Read the driver&apos;s message in the detail; the driver&apos;s documentation lists its connection options.</source>
        <translation>詳細にあるドライバーのメッセージを確認してください。接続オプションはドライバーのドキュメントに記載されています。</translation>
    </message>
    <message>
        <source>Testing the connection to the %1 failed unexpectedly.</source>
        <translation>%1 への接続テストが予期せず失敗しました。</translation>
    </message>
    <message>
        <source>Reading the catalog of the %1 failed unexpectedly.</source>
        <translation>%1 のカタログの読み取りが予期せず失敗しました。</translation>
    </message>
    <message>
        <source>Connected to %1 %2 through the %3.</source>
        <translation>%3 を介して %1 %2 に接続しました。</translation>
    </message>
    <message>
        <source>ODBC driver %1 %2 (ODBC %3), database %4</source>
        <translation>ODBC ドライバー %1 %2 (ODBC %3)、データベース %4</translation>
    </message>
    <message>
        <source>The driver reported: %1</source>
        <translation>ドライバーからの報告: %1</translation>
    </message>
    <message>
        <source>The %1 is read-only, so it cannot be a target.</source>
        <translation>%1 は読み取り専用のため、ターゲットにできません。</translation>
    </message>
    <message>
        <source>Use a data source that allows writing (check its read-only option).</source>
        <translation>書き込みが可能なデータソースを使用してください (読み取り専用オプションを確認してください)。</translation>
    </message>
    <message>
        <source>Unexpected text after the end of the JSON document.</source>
        <translation>JSON ドキュメントの終わりの後に予期しないテキストがあります。</translation>
    </message>
    <message>
        <source>The JSON document is nested more than %1 levels deep.</source>
        <translation>JSON ドキュメントのネストが %1 レベルを超えています。</translation>
    </message>
    <message>
        <source>The JSON document ends where a value is expected.</source>
        <translation>値が必要な位置で JSON ドキュメントが終わっています。</translation>
    </message>
    <message>
        <source>Expected a JSON value.</source>
        <translation>JSON 値が必要です。</translation>
    </message>
    <message>
        <source>Expected a key in double quotes.</source>
        <translation>二重引用符で囲まれたキーが必要です。</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; appears twice in the same object.</source>
        <translation>キー &apos;%1&apos; が同じオブジェクト内に 2 回出現しています。</translation>
    </message>
    <message>
        <source>Remove one of them; JSON readers disagree on which wins.</source>
        <translation>どちらかを削除してください。どちらが優先されるかは JSON リーダーによって異なります。</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after the key.</source>
        <translation>キーの後に &apos;:&apos; が必要です。</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;}&apos; in the object.</source>
        <translation>オブジェクト内に &apos;,&apos; または &apos;}&apos; が必要です。</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;]&apos; in the list.</source>
        <translation>リスト内に &apos;,&apos; または &apos;]&apos; が必要です。</translation>
    </message>
    <message>
        <source>The string has no closing &apos;&quot;&apos;.</source>
        <translation>文字列を閉じる &apos;&quot;&apos; がありません。</translation>
    </message>
    <message>
        <source>A control character (such as a line break) inside a string.</source>
        <translation>文字列内に制御文字 (改行など) があります。</translation>
    </message>
    <message>
        <source>Write it as an escape, e.g. \n.</source>
        <translation>エスケープとして記述してください (例: \n)。</translation>
    </message>
    <message>
        <source>Invalid \u escape in a string.</source>
        <translation>文字列内の \u エスケープが無効です。</translation>
    </message>
    <message>
        <source>Invalid escape in a string.</source>
        <translation>文字列内のエスケープが無効です。</translation>
    </message>
    <message>
        <source>Write a backslash as \\.</source>
        <translation>バックスラッシュは \\ と記述してください。</translation>
    </message>
    <message>
        <source>Invalid number.</source>
        <translation>無効な数値です。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>ファイルが %1 MiB を超えています。</translation>
    </message>
    <message>
        <source>A DMS JSON document is a few hundred KB at most; check that this is the right file.</source>
        <translation>DMS JSON ドキュメントは大きくても数百 KB です。正しいファイルかどうかを確認してください。</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>ファイルは有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>Check the quotes, commas and brackets at and just before this position.</source>
        <translation>この位置とその直前の引用符、カンマ、括弧を確認してください。</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>%1 が必要ですが、%2 が指定されています。</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>ルール %1: %2</translation>
    </message>
    <message>
        <source>Rule #%1 (no rule-id): %2</source>
        <translation>ルール #%1 (rule-id なし): %2</translation>
    </message>
    <message>
        <source>a table-mapping object {&quot;rules&quot;: [...]}</source>
        <translation>テーブルマッピングのオブジェクト {&quot;rules&quot;: [...]}</translation>
    </message>
    <message>
        <source>Unknown key &apos;%1&apos;.</source>
        <translation>キー &apos;%1&apos; は不明です。</translation>
    </message>
    <message>
        <source>The table mapping has no &quot;rules&quot; list.</source>
        <translation>テーブルマッピングに &quot;rules&quot; リストがありません。</translation>
    </message>
    <message>
        <source>A DMS table mapping is {&quot;rules&quot;: [...]} with at least one selection rule.</source>
        <translation>DMS のテーブルマッピングは、少なくとも 1 つの選択ルールを含む {&quot;rules&quot;: [...]} です。</translation>
    </message>
    <message>
        <source>a task-settings object {&quot;TargetMetadata&quot;: {...}, ...}</source>
        <translation>タスク設定のオブジェクト {&quot;TargetMetadata&quot;: {...}, ...}</translation>
    </message>
    <message>
        <source>The URI of endpoint &apos;%1&apos; is not a %2 URI.</source>
        <translation>エンドポイント &apos;%1&apos; の URI は %2 の URI ではありません。</translation>
    </message>
    <message>
        <source>Make the URI scheme match the endpoint&apos;s engine.</source>
        <translation>URI のスキームをエンドポイントのエンジンに合わせてください。</translation>
    </message>
    <message>
        <source>The project cannot be saved because it is not valid: %1</source>
        <translation>プロジェクトが有効でないため保存できません: %1</translation>
    </message>
    <message>
        <source>The project cannot be saved: it would not read back unchanged.</source>
        <translation>プロジェクトを保存できません: 保存した内容を変更なしで読み戻せません。</translation>
    </message>
    <message>
        <source>This is a bug in Ferry; please report it with the project file.</source>
        <translation>これは Ferry のバグです。プロジェクトファイルを添えて報告してください。</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>Compiler-style issue line: &quot;file:line:column: error: path: message&quot;</extracomment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>The project file is empty.</source>
        <translation>プロジェクトファイルが空です。</translation>
    </message>
    <message>
        <source>Start it with the line &apos;ferry: %1&apos;.</source>
        <translation>ファイルを &apos;ferry: %1&apos; の行で始めてください。</translation>
    </message>
    <message>
        <source>The project file could not be read.</source>
        <translation>プロジェクトファイルを読み取れませんでした。</translation>
    </message>
    <message>
        <source>The project file does not exist.</source>
        <translation>プロジェクトファイルが存在しません。</translation>
    </message>
    <message>
        <source>Check the path and the current directory.</source>
        <translation>パスと現在のディレクトリを確認してください。</translation>
    </message>
    <message>
        <source>The project file could not be opened.</source>
        <translation>プロジェクトファイルを開けませんでした。</translation>
    </message>
    <message>
        <source>Check that the file is readable.</source>
        <translation>ファイルが読み取り可能であることを確認してください。</translation>
    </message>
    <message>
        <source>The project file is too large (over 64 MiB).</source>
        <translation>プロジェクトファイルが大きすぎます (64 MiB 超)。</translation>
    </message>
    <message>
        <source>Check that this is really a Ferry project file.</source>
        <translation>これが本当に Ferry のプロジェクトファイルかどうかを確認してください。</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>フォルダーが存在し、書き込み可能であることを確認してください。</translation>
    </message>
    <message>
        <source>The project file could not be written.</source>
        <translation>プロジェクトファイルに書き込めませんでした。</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>場所: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) in the file</source>
        <translation>
            <numerusform>ファイル内にほか %n 件のエラー</numerusform>
        </translation>
    </message>
    <message>
        <source>Say where the password comes from instead: password: {from: keyring}, {from: env:NAME}, {from: prompt} or {from: pgpass}.</source>
        <translation>代わりにパスワードの取得元を指定してください: password: {from: keyring}、{from: env:NAME}、{from: prompt}、{from: pgpass} のいずれか。</translation>
    </message>
    <message>
        <source>A password must not be written into the project file.</source>
        <translation>プロジェクトファイルにパスワードを書き込まないでください。</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>Put %1 in quotes to use it as text.</source>
        <translation>%1 をテキストとして使用するには、引用符で囲んでください。</translation>
    </message>
    <message>
        <source>A name must not be empty.</source>
        <translation>名前を空にすることはできません。</translation>
    </message>
    <message>
        <source>The password needs a &apos;from&apos; key.</source>
        <translation>password には &apos;from&apos; キーが必要です。</translation>
    </message>
    <message>
        <source>The password source is not one of keyring, env:NAME, prompt or pgpass.</source>
        <translation>パスワードの取得元が keyring、env:NAME、prompt、pgpass のいずれでもありません。</translation>
    </message>
    <message>
        <source>&apos;pgpass&apos; applies to PostgreSQL endpoints only.</source>
        <translation>&apos;pgpass&apos; は PostgreSQL エンドポイントにのみ適用されます。</translation>
    </message>
    <message>
        <source>Use keyring, env:NAME or prompt.</source>
        <translation>keyring、env:NAME、prompt のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid environment variable name.</source>
        <translation>&apos;%1&apos; は有効な環境変数名ではありません。</translation>
    </message>
    <message>
        <source>Write env: followed by a name of letters, digits and underscores, e.g. env:FERRY_SOURCE_PASSWORD.</source>
        <translation>env: の後に英字、数字、アンダースコアからなる名前を続けて記述してください (例: env:FERRY_SOURCE_PASSWORD)。</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; の誤りではありませんか?</translation>
    </message>
    <message>
        <source>an endpoint (a mapping with engine: ...)</source>
        <translation>エンドポイント (engine: ... を含むマッピング)</translation>
    </message>
    <message>
        <source>Use engine: mysql for MariaDB.</source>
        <translation>MariaDB には engine: mysql を使用してください。</translation>
    </message>
    <message>
        <source>Supported engines: %1.</source>
        <translation>サポートされているエンジン: %1。</translation>
    </message>
    <message>
        <source>Unknown engine &apos;%1&apos;.</source>
        <translation>エンジン &apos;%1&apos; は不明です。</translation>
    </message>
    <message>
        <source>The endpoint has no engine.</source>
        <translation>エンドポイントに engine がありません。</translation>
    </message>
    <message>
        <source>Add engine: postgresql, mysql, sqlite or odbc.</source>
        <translation>engine: postgresql、mysql、sqlite、odbc のいずれかを追加してください。</translation>
    </message>
    <message>
        <source>SQLite endpoints have no password.</source>
        <translation>SQLite エンドポイントにはパスワードがありません。</translation>
    </message>
    <message>
        <source>Remove the password key.</source>
        <translation>password キーを削除してください。</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; does not apply to %2 endpoints.</source>
        <translation>キー &apos;%1&apos; は %2 エンドポイントには適用されません。</translation>
    </message>
    <message>
        <source>Keys for %1 endpoints: %2.</source>
        <translation>%1 エンドポイントのキー: %2。</translation>
    </message>
    <message>
        <source>Give either &apos;uri&apos; or &apos;%1&apos;, not both.</source>
        <translation>&apos;uri&apos; と &apos;%1&apos; の両方ではなく、どちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>Put everything into the URI, or remove the URI and use separate keys.</source>
        <translation>すべてを URI に含めるか、URI を削除して個別のキーを使用してください。</translation>
    </message>
    <message>
        <source>The connection URI is not valid.</source>
        <translation>接続 URI が無効です。</translation>
    </message>
    <message>
        <source>The URI is a %1 URI but the endpoint&apos;s engine is %2.</source>
        <translation>URI は %1 の URI ですが、エンドポイントのエンジンは %2 です。</translation>
    </message>
    <message>
        <source>Make the URI scheme and the engine agree.</source>
        <translation>URI のスキームとエンジンを一致させてください。</translation>
    </message>
    <message>
        <source>a port number from 1 to 65535</source>
        <translation>1 から 65535 までのポート番号</translation>
    </message>
    <message>
        <source>Remove the quotes around %1.</source>
        <translation>%1 を囲む引用符を削除してください。</translation>
    </message>
    <message>
        <source>Write the port as a number, e.g. port: 5432.</source>
        <translation>ポートは数値で記述してください (例: port: 5432)。</translation>
    </message>
    <message>
        <source>a mapping of options</source>
        <translation>オプションのマッピング</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>単一の値</translation>
    </message>
    <message>
        <source>A SQLite endpoint needs a path.</source>
        <translation>SQLite エンドポイントには path が必要です。</translation>
    </message>
    <message>
        <source>Add path: with the database file, relative to the project file or absolute.</source>
        <translation>データベースファイルを指定する path: を追加してください (プロジェクトファイルからの相対パスまたは絶対パス)。</translation>
    </message>
    <message>
        <source>An ODBC endpoint needs a dsn or a driver option.</source>
        <translation>ODBC エンドポイントには dsn または driver オプションが必要です。</translation>
    </message>
    <message>
        <source>Add dsn: with a data source name from odbc.ini, or options: {driver: ...}.</source>
        <translation>odbc.ini のデータソース名を指定する dsn: か、options: {driver: ...} を追加してください。</translation>
    </message>
    <message>
        <source>a table mapping (a mapping with rules: ...)</source>
        <translation>テーブルマッピング (rules: ... を含むマッピング)</translation>
    </message>
    <message>
        <source>The table mapping has no rules list.</source>
        <translation>テーブルマッピングに rules リストがありません。</translation>
    </message>
    <message>
        <source>Add rules: with at least one selection rule.</source>
        <translation>少なくとも 1 つの選択ルールを含む rules: を追加してください。</translation>
    </message>
    <message>
        <source>Defined under %1: %2.</source>
        <translation>%1 の下に定義されているもの: %2。</translation>
    </message>
    <message>
        <source>Define it under %1 first.</source>
        <translation>先に %1 の下に定義してください。</translation>
    </message>
    <message>
        <source>a task (a mapping with source, target, ...)</source>
        <translation>タスク (source、target などを含むマッピング)</translation>
    </message>
    <message>
        <source>The task &apos;%1&apos; refers to the endpoint &apos;%2&apos;, which is not defined.</source>
        <translation>タスク &apos;%1&apos; は、定義されていないエンドポイント &apos;%2&apos; を参照しています。</translation>
    </message>
    <message>
        <source>Unknown migration type &apos;%1&apos;.</source>
        <translation>移行タイプ &apos;%1&apos; は不明です。</translation>
    </message>
    <message>
        <source>The task &apos;%1&apos; refers to the table mapping &apos;%2&apos;, which is not defined.</source>
        <translation>タスク &apos;%1&apos; は、定義されていないテーブルマッピング &apos;%2&apos; を参照しています。</translation>
    </message>
    <message>
        <source>the name of a mapping, or a mapping with rules: ...</source>
        <translation>マッピングの名前、または rules: ... を含むマッピング</translation>
    </message>
    <message>
        <source>The task &apos;%1&apos; has no %2 endpoint.</source>
        <translation>タスク &apos;%1&apos; に %2 エンドポイントがありません。</translation>
    </message>
    <message>
        <source>Add %1: with the name of an endpoint.</source>
        <translation>エンドポイントの名前を指定する %1: を追加してください。</translation>
    </message>
    <message>
        <source>The file is not a Ferry project: expected keys such as ferry, name and endpoints, found %1.</source>
        <translation>ファイルは Ferry プロジェクトではありません: ferry、name、endpoints などのキーが必要ですが、%1 が見つかりました。</translation>
    </message>
    <message>
        <source>Start the file with the line &apos;ferry: 1&apos;.</source>
        <translation>ファイルを &apos;ferry: 1&apos; の行で始めてください。</translation>
    </message>
    <message>
        <source>The file has no &apos;ferry&apos; key with the format version.</source>
        <translation>ファイルに形式バージョンを示す &apos;ferry&apos; キーがありません。</translation>
    </message>
    <message>
        <source>Add &apos;ferry: %1&apos; as the first line.</source>
        <translation>最初の行に &apos;ferry: %1&apos; を追加してください。</translation>
    </message>
    <message>
        <source>the format version %1</source>
        <translation>形式バージョン %1</translation>
    </message>
    <message>
        <source>Write &apos;ferry: %1&apos;.</source>
        <translation>&apos;ferry: %1&apos; と記述してください。</translation>
    </message>
    <message>
        <source>The project file format version %1 is not supported.</source>
        <translation>プロジェクトファイルの形式バージョン %1 はサポートされていません。</translation>
    </message>
    <message>
        <source>This Ferry reads version %1 files; open the project with a newer Ferry.</source>
        <translation>この Ferry が読み取れるのはバージョン %1 のファイルです。新しい Ferry でプロジェクトを開いてください。</translation>
    </message>
    <message>
        <source>The only version is %1: write &apos;ferry: %1&apos;.</source>
        <translation>有効なバージョンは %1 のみです: &apos;ferry: %1&apos; と記述してください。</translation>
    </message>
    <message>
        <source>The project name is empty.</source>
        <translation>プロジェクト名が空です。</translation>
    </message>
    <message>
        <source>Give the project a name, e.g. name: hr-migration.</source>
        <translation>プロジェクトに名前を付けてください (例: name: hr-migration)。</translation>
    </message>
    <message>
        <source>a mapping of endpoint names</source>
        <translation>エンドポイント名のマッピング</translation>
    </message>
    <message>
        <source>a mapping of table-mapping names</source>
        <translation>テーブルマッピング名のマッピング</translation>
    </message>
    <message>
        <source>a mapping of task names</source>
        <translation>タスク名のマッピング</translation>
    </message>
    <message>
        <source>The project has no name.</source>
        <translation>プロジェクトに名前がありません。</translation>
    </message>
    <message>
        <source>Add a line such as &apos;name: hr-migration&apos;.</source>
        <translation>&apos;name: hr-migration&apos; のような行を追加してください。</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>何もなし (null)</translation>
    </message>
    <message>
        <source>the boolean %1</source>
        <translation>ブール値 %1</translation>
    </message>
    <message>
        <source>the integer %1</source>
        <translation>整数 %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>数値 %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>文字列 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>マッピング</translation>
    </message>
    <message>
        <source>Allowed here: %1.</source>
        <translation>ここで使用できるもの: %1。</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>%1 から %2 までの整数</translation>
    </message>
    <message>
        <source>an integer of at least %1</source>
        <translation>%1 以上の整数</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string or an integer</source>
        <translation>文字列または整数</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 のいずれか</translation>
    </message>
    <message>
        <source>a mapping (key: value lines)</source>
        <translation>マッピング (キー: 値 の行)</translation>
    </message>
    <message>
        <source>Unknown value &apos;%1&apos;.</source>
        <translation>値 &apos;%1&apos; は不明です。</translation>
    </message>
    <message>
        <source>Ferry does not know the key &apos;%1&apos; and does not act on it.</source>
        <translation>Ferry はキー &apos;%1&apos; を認識しないため、このキーは無視されます。</translation>
    </message>
    <message>
        <source>The required key &apos;%1&apos; is missing.</source>
        <translation>必須キー &apos;%1&apos; がありません。</translation>
    </message>
    <message>
        <source>Filters apply only to selection rules with rule-action: include.</source>
        <translation>フィルターは rule-action: include の選択ルールにのみ適用されます。</translation>
    </message>
    <message>
        <source>Remove the filters or make the rule include tables.</source>
        <translation>フィルターを削除するか、テーブルを含める (include) ルールにしてください。</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; needs start-value and end-value (and no value).</source>
        <translation>フィルター演算子 &apos;%1&apos; には start-value と end-value が必要です (value は不要です)。</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; takes no value.</source>
        <translation>フィルター演算子 &apos;%1&apos; は値を取りません。</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; needs a value (and no start-value or end-value).</source>
        <translation>フィルター演算子 &apos;%1&apos; には value が必要です (start-value と end-value は不要です)。</translation>
    </message>
    <message>
        <source>The rule-action &apos;%1&apos; does not apply to rule-target &apos;%2&apos;.</source>
        <translation>rule-action &apos;%1&apos; は rule-target &apos;%2&apos; には適用されません。</translation>
    </message>
    <message>
        <source>Use rule-target: %1.</source>
        <translation>rule-target: %1 を使用してください。</translation>
    </message>
    <message>
        <source>The rule-action &apos;%1&apos; needs the key &apos;%2&apos;.</source>
        <translation>rule-action &apos;%1&apos; にはキー &apos;%2&apos; が必要です。</translation>
    </message>
    <message>
        <source>The object-locator needs &apos;table-name&apos; for rule-target &apos;%1&apos;.</source>
        <translation>rule-target &apos;%1&apos; の場合、object-locator には &apos;table-name&apos; が必要です。</translation>
    </message>
    <message>
        <source>The object-locator needs &apos;column-name&apos; for rule-target &apos;column&apos;.</source>
        <translation>rule-target &apos;column&apos; の場合、object-locator には &apos;column-name&apos; が必要です。</translation>
    </message>
    <message>
        <source>define-primary-key needs exact names, not wildcards.</source>
        <translation>define-primary-key にはワイルドカードではなく正確な名前が必要です。</translation>
    </message>
    <message>
        <source>Exact schema and table name required when using table settings rule.</source>
        <translation>テーブル設定ルールを使用する場合は、正確なスキーマ名とテーブル名が必要です。</translation>
    </message>
    <message>
        <source>Write one table-settings rule per table, without %.</source>
        <translation>table-settings ルールは、% を使わずにテーブルごとに 1 つずつ記述してください。</translation>
    </message>
    <message>
        <source>Parallel load by ranges needs &apos;columns&apos; and &apos;boundaries&apos;.</source>
        <translation>範囲による並列ロードには &apos;columns&apos; と &apos;boundaries&apos; が必要です。</translation>
    </message>
    <message>
        <source>Parallel load by ranges allows at most 10 columns.</source>
        <translation>範囲による並列ロードで使用できる列は最大 10 個です。</translation>
    </message>
    <message>
        <source>A boundary has %1 values but there are %2 columns.</source>
        <translation>境界の値は %1 個ですが、列は %2 個あります。</translation>
    </message>
    <message>
        <source>Give one value per column in every boundary.</source>
        <translation>すべての境界で、列ごとに 1 つの値を指定してください。</translation>
    </message>
    <message>
        <source>Parallel load by partitions-list needs &apos;partitions&apos;.</source>
        <translation>partitions-list による並列ロードには &apos;partitions&apos; が必要です。</translation>
    </message>
    <message>
        <source>Expected a rule (a mapping), found %1.</source>
        <translation>ルール (マッピング) が必要ですが、%1 が指定されています。</translation>
    </message>
    <message>
        <source>The rule has no rule-type.</source>
        <translation>ルールに rule-type がありません。</translation>
    </message>
    <message>
        <source>Add rule-type: %1.</source>
        <translation>rule-type: %1 を追加してください。</translation>
    </message>
    <message>
        <source>Unknown rule-type &apos;%1&apos;.</source>
        <translation>rule-type &apos;%1&apos; は不明です。</translation>
    </message>
    <message>
        <source>Expected a rule-type, found %1.</source>
        <translation>rule-type が必要ですが、%1 が指定されています。</translation>
    </message>
    <message>
        <source>Unknown log component &apos;%1&apos;; Ferry ignores it.</source>
        <translation>ログコンポーネント &apos;%1&apos; は不明です。Ferry はこれを無視します。</translation>
    </message>
    <message>
        <source>Expected a list of rules, found %1.</source>
        <translation>ルールのリストが必要ですが、%1 が指定されています。</translation>
    </message>
    <message>
        <source>Write each rule as a list item starting with &apos;- rule-type:&apos;.</source>
        <translation>各ルールは &apos;- rule-type:&apos; で始まるリスト項目として記述してください。</translation>
    </message>
    <message>
        <source>The rule-id &apos;%1&apos; is already used by another rule.</source>
        <translation>rule-id &apos;%1&apos; は別のルールで既に使用されています。</translation>
    </message>
    <message>
        <source>Its first use is on line %1; give each rule its own rule-id.</source>
        <translation>最初に使用されているのは %1 行目です。ルールごとに固有の rule-id を付けてください。</translation>
    </message>
    <message>
        <source>The rule-name &apos;%1&apos; is also used by rule-id &apos;%2&apos;.</source>
        <translation>rule-name &apos;%1&apos; は rule-id &apos;%2&apos; でも使用されています。</translation>
    </message>
    <message>
        <source>Unique rule names make logs easier to read.</source>
        <translation>ルール名を一意にすると、ログが読みやすくなります。</translation>
    </message>
    <message>
        <source>No selection rule includes any table, so a task with this mapping migrates nothing.</source>
        <translation>どの選択ルールもテーブルを含めていないため、このマッピングを使用するタスクでは何も移行されません。</translation>
    </message>
    <message>
        <source>Add a selection rule with rule-action: include.</source>
        <translation>rule-action: include の選択ルールを追加してください。</translation>
    </message>
    <message>
        <source>The file holds more than one YAML document.</source>
        <translation>ファイルに複数の YAML ドキュメントが含まれています。</translation>
    </message>
    <message>
        <source>Keep one project per file; remove the second &apos;---&apos; and what follows it.</source>
        <translation>1 つのファイルには 1 つのプロジェクトだけを記述してください。2 つ目の &apos;---&apos; とそれ以降を削除してください。</translation>
    </message>
    <message>
        <source>An alias refers to the node that contains it.</source>
        <translation>エイリアスが、それ自体を含むノードを参照しています。</translation>
    </message>
    <message>
        <source>Recursive aliases are not allowed; copy the value instead.</source>
        <translation>再帰的なエイリアスは使用できません。代わりに値をコピーしてください。</translation>
    </message>
    <message>
        <source>An alias refers to an unknown anchor.</source>
        <translation>エイリアスが不明なアンカーを参照しています。</translation>
    </message>
    <message>
        <source>The tag &apos;%1&apos; is not supported.</source>
        <translation>タグ &apos;%1&apos; はサポートされていません。</translation>
    </message>
    <message>
        <source>Remove the tag; project files use plain YAML values.</source>
        <translation>タグを削除してください。プロジェクトファイルではプレーンな YAML 値を使用します。</translation>
    </message>
    <message>
        <source>The file has too many values (more than %1).</source>
        <translation>ファイル内の値が多すぎます (%1 個超)。</translation>
    </message>
    <message>
        <source>Check for aliases that expand to huge structures.</source>
        <translation>巨大な構造に展開されるエイリアスがないか確認してください。</translation>
    </message>
    <message>
        <source>The values are nested too deeply (more than %1 levels).</source>
        <translation>値のネストが深すぎます (%1 レベル超)。</translation>
    </message>
    <message>
        <source>A mapping key is a list or a mapping.</source>
        <translation>マッピングのキーがリストまたはマッピングになっています。</translation>
    </message>
    <message>
        <source>Keys must be plain text.</source>
        <translation>キーはプレーンテキストである必要があります。</translation>
    </message>
    <message>
        <source>A mapping key is empty.</source>
        <translation>マッピングのキーが空です。</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; appears twice in the same mapping.</source>
        <translation>キー &apos;%1&apos; が同じマッピング内に 2 回出現しています。</translation>
    </message>
    <message>
        <source>Its first use is on line %1; remove one of them.</source>
        <translation>最初に使用されているのは %1 行目です。どちらかを削除してください。</translation>
    </message>
    <message>
        <source>YAML does not allow tabs for indentation; indent with spaces.</source>
        <translation>YAML ではインデントにタブを使用できません。スペースでインデントしてください。</translation>
    </message>
    <message>
        <source>Check the indentation, quotes and brackets at and just before this position.</source>
        <translation>この位置とその直前のインデント、引用符、括弧を確認してください。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>ファイルは UTF-8 テキストではありません。</translation>
    </message>
    <message>
        <source>Save the project file with UTF-8 encoding.</source>
        <translation>プロジェクトファイルを UTF-8 エンコーディングで保存してください。</translation>
    </message>
    <message>
        <source>The file is not valid YAML.</source>
        <translation>ファイルは有効な YAML ではありません。</translation>
    </message>
    <message>
        <source>The file could not be read as YAML.</source>
        <translation>ファイルを YAML として読み取れませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules %1 all filter table %2; Ferry applies all their filters (AND).</source>
        <translation>ルール %1 はすべてテーブル %2 をフィルターしています。Ferry はそれらのフィルターをすべて (AND で) 適用します。</translation>
    </message>
    <message numerus="yes">
        <source>selects %n view(s) (%1); Ferry loads tables only for now, so they are skipped.</source>
        <translation>
            <numerusform>%n 個のビュー (%1) を選択していますが、Ferry は現在テーブルのみをロードするため、スキップされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter names column &apos;%1&apos;, which table %2 does not have.</source>
        <translation>フィルターで指定された列 &apos;%1&apos; は、テーブル %2 にありません。</translation>
    </message>
    <message>
        <source>Filter on a column of the source table; names are case-sensitive.</source>
        <translation>ソーステーブルの列でフィルターしてください。名前は大文字と小文字が区別されます。</translation>
    </message>
    <message>
        <source>The filter names LOB column &apos;%1&apos; of table %2; source filters cannot test LOB columns.</source>
        <translation>フィルターでテーブル %2 の LOB 列 &apos;%1&apos; が指定されていますが、ソースフィルターでは LOB 列を条件に使用できません。</translation>
    </message>
    <message>
        <source>Filter on another column.</source>
        <translation>別の列でフィルターしてください。</translation>
    </message>
    <message>
        <source>The rule leaves %1 without a name.</source>
        <translation>このルールにより %1 の名前がなくなります。</translation>
    </message>
    <message>
        <source>Change the rule&apos;s value so that a name remains.</source>
        <translation>名前が残るようにルールの値を変更してください。</translation>
    </message>
    <message>
        <source>The rules remove every column of table %1.</source>
        <translation>ルールによりテーブル %1 のすべての列が削除されます。</translation>
    </message>
    <message>
        <source>Keep at least one column, or exclude the table with a selection rule.</source>
        <translation>少なくとも 1 つの列を残すか、選択ルールでテーブルを除外してください。</translation>
    </message>
    <message>
        <source>Columns %1 and %2 of table %3 would both be named %4 on the target.</source>
        <translation>テーブル %3 の列 %1 と %2 は、ターゲットでどちらも %4 という名前になります。</translation>
    </message>
    <message>
        <source>Give each target column its own name.</source>
        <translation>ターゲットの各列に固有の名前を付けてください。</translation>
    </message>
    <message>
        <source>define-primary-key names column &apos;%1&apos;, which table %2 does not have on the target.</source>
        <translation>define-primary-key で指定された列 &apos;%1&apos; は、ターゲットのテーブル %2 にありません。</translation>
    </message>
    <message>
        <source>Name columns of the table (names are case-sensitive).</source>
        <translation>テーブルの列を指定してください (名前は大文字と小文字が区別されます)。</translation>
    </message>
    <message>
        <source>Table %1 gets no primary key: rule %2 removes its key column %3.</source>
        <translation>テーブル %1 には主キーが作成されません: ルール %2 がキー列 %3 を削除します。</translation>
    </message>
    <message>
        <source>Unique key %1 of table %2 is not created: rule %3 removes its column %4.</source>
        <translation>テーブル %2 の一意キー %1 は作成されません: ルール %3 がその列 %4 を削除します。</translation>
    </message>
    <message>
        <source>Index %1 of table %2 is not created: its expressions name source columns, and rules rename or remove columns of the table.</source>
        <translation>テーブル %2 のインデックス %1 は作成されません: その式はソースの列を参照していますが、ルールによってテーブルの列の名前が変更されるか、列が削除されます。</translation>
    </message>
    <message>
        <source>Unique index %1 of table %2 is not created: rule %3 removes its column %4.</source>
        <translation>テーブル %2 の一意インデックス %1 は作成されません: ルール %3 がその列 %4 を削除します。</translation>
    </message>
    <message>
        <source>Index %1 of table %2 is not created: rule %3 removes all its columns.</source>
        <translation>テーブル %2 のインデックス %1 は作成されません: ルール %3 がそのすべての列を削除します。</translation>
    </message>
    <message>
        <source>Index %1 of table %2 loses column %3, which rule %4 removes.</source>
        <translation>テーブル %2 のインデックス %1 から列 %3 が除かれます (ルール %4 がこの列を削除します)。</translation>
    </message>
    <message>
        <source>Source tables %1 and %2 would both load into target table %3.</source>
        <translation>ソーステーブル %1 と %2 が、どちらもターゲットテーブル %3 にロードされます。</translation>
    </message>
    <message>
        <source>AWS DMS loads each source table into its own target table: exclude one of them or rename it with a transformation rule.</source>
        <translation>AWS DMS は各ソーステーブルを個別のターゲットテーブルにロードします: どちらかを除外するか、変換ルールで名前を変更してください。</translation>
    </message>
    <message>
        <source>table %1 is not selected, so its table settings do not apply.</source>
        <translation>テーブル %1 は選択されていないため、そのテーブル設定は適用されません。</translation>
    </message>
    <message>
        <source>parallel-load names column &apos;%1&apos;, which table %2 does not have.</source>
        <translation>parallel-load で指定された列 &apos;%1&apos; は、テーブル %2 にありません。</translation>
    </message>
    <message>
        <source>Use columns of the source table (names are case-sensitive), ideally indexed ones.</source>
        <translation>ソーステーブルの列 (できればインデックス付きの列) を使用してください (名前は大文字と小文字が区別されます)。</translation>
    </message>
    <message>
        <source>parallel-load cannot segment table %1 by column &apos;%2&apos;: range boundaries cannot use floating-point or LOB columns.</source>
        <translation>parallel-load ではテーブル %1 を列 &apos;%2&apos; で分割できません: 範囲の境界には浮動小数点列や LOB 列を使用できません。</translation>
    </message>
    <message>
        <source>Choose an integer, decimal, text or date column.</source>
        <translation>整数、10 進数、テキスト、日付のいずれかの列を選択してください。</translation>
    </message>
    <message>
        <source>Foreign key %1 of table %2 is not created: it references %3, which is not selected.</source>
        <translation>テーブル %2 の外部キー %1 は作成されません: 選択されていない %3 を参照しています。</translation>
    </message>
    <message>
        <source>Foreign key %1 of table %2 is not created: rule %3 removes column %4 of table %5.</source>
        <translation>テーブル %2 の外部キー %1 は作成されません: ルール %3 がテーブル %5 の列 %4 を削除します。</translation>
    </message>
    <message>
        <source>the expression of column %1 refers to $%2, which is not a column read from %3.</source>
        <translation>列 %1 の式が $%2 を参照していますが、これは %3 から読み取る列ではありません。</translation>
    </message>
    <message>
        <source>not applied to %1: rule %2 already applies to it (AWS DMS applies one transformation action per object, lowest rule-id first).</source>
        <translation>%1 には適用されません: ルール %2 が既に適用されています (AWS DMS はオブジェクトごとに 1 つの変換アクションを、rule-id の小さい順に適用します)。</translation>
    </message>
    <message>
        <source>not applied to %1 objects (%2): rules with lower rule-ids already apply to them (AWS DMS applies one transformation action per object, lowest rule-id first).</source>
        <translation>%1 個のオブジェクト (%2) には適用されません: より小さい rule-id のルールが既に適用されています (AWS DMS はオブジェクトごとに 1 つの変換アクションを、rule-id の小さい順に適用します)。</translation>
    </message>
    <message>
        <source>matches no table of the source.</source>
        <translation>ソースのどのテーブルにも一致しません。</translation>
    </message>
    <message>
        <source>matches no table of the source (table settings need the exact source schema and table name).</source>
        <translation>ソースのどのテーブルにも一致しません (テーブル設定には、ソースの正確なスキーマ名とテーブル名が必要です)。</translation>
    </message>
    <message>
        <source>matches nothing in the selected tables.</source>
        <translation>選択されたテーブル内のどれにも一致しません。</translation>
    </message>
    <message>
        <source>The rule is not a mapping of keys.</source>
        <translation>ルールがキーのマッピングではありません。</translation>
    </message>
    <message>
        <source>Write each rule as an object with rule-type, rule-id, rule-name, object-locator and rule-action.</source>
        <translation>各ルールは、rule-type、rule-id、rule-name、object-locator、rule-action を持つオブジェクトとして記述してください。</translation>
    </message>
    <message>
        <source>object-mapping rules apply to Amazon DynamoDB targets; Ferry ignores this rule.</source>
        <translation>object-mapping ルールは Amazon DynamoDB ターゲットに適用されます。Ferry はこのルールを無視します。</translation>
    </message>
    <message>
        <source>Validation rules are not supported yet; Ferry ignores this rule.</source>
        <translation>検証ルールはまだサポートされていません。Ferry はこのルールを無視します。</translation>
    </message>
    <message>
        <source>Use rule-type selection, transformation or table-settings.</source>
        <translation>rule-type には selection、transformation、table-settings のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>The rule has no object-locator.</source>
        <translation>ルールに object-locator がありません。</translation>
    </message>
    <message>
        <source>Add object-locator with schema-name (and table-name).</source>
        <translation>schema-name (と table-name) を含む object-locator を追加してください。</translation>
    </message>
    <message>
        <source>The object-locator has no schema-name.</source>
        <translation>object-locator に schema-name がありません。</translation>
    </message>
    <message>
        <source>Add schema-name (use % for every schema).</source>
        <translation>schema-name を追加してください (すべてのスキーマを対象にするには % を使用します)。</translation>
    </message>
    <message>
        <source>Unknown selection rule-action &apos;%1&apos;.</source>
        <translation>選択ルールの rule-action &apos;%1&apos; は不明です。</translation>
    </message>
    <message>
        <source>Use rule-action include, exclude or explicit.</source>
        <translation>rule-action には include、exclude、explicit のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>The object-locator has no table-name.</source>
        <translation>object-locator に table-name がありません。</translation>
    </message>
    <message>
        <source>Add table-name (use % for every table).</source>
        <translation>table-name を追加してください (すべてのテーブルを対象にするには % を使用します)。</translation>
    </message>
    <message>
        <source>Unknown table-type &apos;%1&apos;.</source>
        <translation>table-type &apos;%1&apos; は不明です。</translation>
    </message>
    <message>
        <source>Use table-type table, view or all.</source>
        <translation>table-type には table、view、all のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>An explicit selection rule names one table exactly, but this one has a % wildcard.</source>
        <translation>explicit の選択ルールでは 1 つのテーブルを正確に指定しますが、このルールには % ワイルドカードが含まれています。</translation>
    </message>
    <message>
        <source>Write the exact schema and table name, or use rule-action include.</source>
        <translation>正確なスキーマ名とテーブル名を記述するか、rule-action include を使用してください。</translation>
    </message>
    <message>
        <source>The load-order &apos;%1&apos; is not a positive integer.</source>
        <translation>load-order &apos;%1&apos; は正の整数ではありません。</translation>
    </message>
    <message>
        <source>Write load-order as a whole number; tables with higher values load first.</source>
        <translation>load-order は整数で記述してください。値が大きいテーブルから先にロードされます。</translation>
    </message>
    <message>
        <source>The filters are not a list.</source>
        <translation>filters がリストではありません。</translation>
    </message>
    <message>
        <source>Write filters as a list of {filter-type, column-name, filter-conditions}.</source>
        <translation>filters は {filter-type, column-name, filter-conditions} のリストとして記述してください。</translation>
    </message>
    <message>
        <source>Filters apply only to selection rules with rule-action include.</source>
        <translation>フィルターは rule-action include の選択ルールにのみ適用されます。</translation>
    </message>
    <message>
        <source>Source filters need an exact table name, but the table-name &apos;%1&apos; has a % wildcard.</source>
        <translation>ソースフィルターには正確なテーブル名が必要ですが、table-name &apos;%1&apos; には % ワイルドカードが含まれています。</translation>
    </message>
    <message>
        <source>Write one selection rule with filters per table.</source>
        <translation>フィルター付きの選択ルールは、テーブルごとに 1 つずつ記述してください。</translation>
    </message>
    <message>
        <source>A filter is not a mapping of keys.</source>
        <translation>フィルターがキーのマッピングではありません。</translation>
    </message>
    <message>
        <source>Write each filter as {filter-type, column-name, filter-conditions}.</source>
        <translation>各フィルターは {filter-type, column-name, filter-conditions} として記述してください。</translation>
    </message>
    <message>
        <source>Unknown filter-type &apos;%1&apos;.</source>
        <translation>filter-type &apos;%1&apos; は不明です。</translation>
    </message>
    <message>
        <source>Use filter-type source.</source>
        <translation>filter-type には source を使用してください。</translation>
    </message>
    <message>
        <source>A filter has no column-name.</source>
        <translation>フィルターに column-name がありません。</translation>
    </message>
    <message>
        <source>Name the source column the filter tests.</source>
        <translation>フィルターの条件とするソースの列を指定してください。</translation>
    </message>
    <message>
        <source>The filter on column &apos;%1&apos; has no filter-conditions.</source>
        <translation>列 &apos;%1&apos; のフィルターに filter-conditions がありません。</translation>
    </message>
    <message>
        <source>Add at least one filter condition.</source>
        <translation>フィルター条件を少なくとも 1 つ追加してください。</translation>
    </message>
    <message>
        <source>A filter condition is not a mapping.</source>
        <translation>フィルター条件がマッピングではありません。</translation>
    </message>
    <message>
        <source>Write each condition as {filter-operator, value} or {filter-operator, start-value, end-value}.</source>
        <translation>各条件は {filter-operator, value} または {filter-operator, start-value, end-value} として記述してください。</translation>
    </message>
    <message>
        <source>Unknown filter-operator &apos;%1&apos;.</source>
        <translation>filter-operator &apos;%1&apos; は不明です。</translation>
    </message>
    <message>
        <source>Use ste, lte, gte, eq, noteq, between, notbetween, null or notnull.</source>
        <translation>ste、lte、gte、eq、noteq、between、notbetween、null、notnull のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; on column &apos;%2&apos; needs start-value and end-value.</source>
        <translation>列 &apos;%2&apos; のフィルター演算子 &apos;%1&apos; には start-value と end-value が必要です。</translation>
    </message>
    <message>
        <source>Give the inclusive bounds as start-value and end-value, without value.</source>
        <translation>value は指定せず、範囲の両端 (その値を含む) を start-value と end-value で指定してください。</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; on column &apos;%2&apos; takes no value.</source>
        <translation>列 &apos;%2&apos; のフィルター演算子 &apos;%1&apos; は値を取りません。</translation>
    </message>
    <message>
        <source>Remove value, start-value and end-value from the condition.</source>
        <translation>条件から value、start-value、end-value を削除してください。</translation>
    </message>
    <message>
        <source>The filter operator &apos;%1&apos; on column &apos;%2&apos; needs a value.</source>
        <translation>列 &apos;%2&apos; のフィルター演算子 &apos;%1&apos; には値が必要です。</translation>
    </message>
    <message>
        <source>Give the value to compare with as value.</source>
        <translation>比較する値を value で指定してください。</translation>
    </message>
    <message>
        <source>The filter on column &apos;%1&apos; has %2 negative conditions; a filter may have only one.</source>
        <translation>列 &apos;%1&apos; のフィルターに否定条件が %2 個あります。1 つのフィルターに指定できる否定条件は 1 つだけです。</translation>
    </message>
    <message>
        <source>Keep one of noteq, notbetween or notnull per filter, or split the conditions into several filters (they are combined with AND).</source>
        <translation>noteq、notbetween、notnull はフィルターごとに 1 つだけにするか、条件を複数のフィルターに分割してください (フィルターは AND で結合されます)。</translation>
    </message>
    <message>
        <source>The rule has no rule-target.</source>
        <translation>ルールに rule-target がありません。</translation>
    </message>
    <message>
        <source>Unknown rule-target &apos;%1&apos;.</source>
        <translation>rule-target &apos;%1&apos; は不明です。</translation>
    </message>
    <message>
        <source>Use rule-target schema, table, column, table-tablespace or index-tablespace.</source>
        <translation>rule-target には schema、table、column、table-tablespace、index-tablespace のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>The rule has no rule-action.</source>
        <translation>ルールに rule-action がありません。</translation>
    </message>
    <message>
        <source>Unknown transformation rule-action &apos;%1&apos;.</source>
        <translation>変換ルールの rule-action &apos;%1&apos; は不明です。</translation>
    </message>
    <message>
        <source>Use one of the AWS DMS transformation actions (rename, convert-lowercase, add-column, ...).</source>
        <translation>AWS DMS の変換アクション (rename、convert-lowercase、add-column など) のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>The data masking action &apos;%1&apos; is not supported yet.</source>
        <translation>データマスキングのアクション &apos;%1&apos; はまだサポートされていません。</translation>
    </message>
    <message>
        <source>Remove the rule; Ferry would otherwise copy the column unmasked.</source>
        <translation>ルールを削除してください。削除しないと、Ferry は列をマスキングせずにコピーします。</translation>
    </message>
    <message>
        <source>Tablespace renames apply to Oracle targets only; Ferry ignores this rule.</source>
        <translation>テーブルスペースの名前変更は Oracle ターゲットにのみ適用されます。Ferry はこのルールを無視します。</translation>
    </message>
    <message>
        <source>add-before-image-columns is accepted but not supported yet (before images belong to change data capture); no column is added.</source>
        <translation>add-before-image-columns は受け付けられますが、まだサポートされていません (変更前イメージは変更データキャプチャ (CDC) の機能です)。列は追加されません。</translation>
    </message>
    <message>
        <source>The object-locator needs table-name for rule-target &apos;%1&apos;.</source>
        <translation>rule-target &apos;%1&apos; の場合、object-locator には table-name が必要です。</translation>
    </message>
    <message>
        <source>The object-locator needs column-name for rule-target &apos;column&apos;.</source>
        <translation>rule-target &apos;column&apos; の場合、object-locator には column-name が必要です。</translation>
    </message>
    <message>
        <source>Add column-name (use % for every column).</source>
        <translation>column-name を追加してください (すべての列を対象にするには % を使用します)。</translation>
    </message>
    <message>
        <source>Write one define-primary-key rule per table.</source>
        <translation>define-primary-key ルールは、テーブルごとに 1 つずつ記述してください。</translation>
    </message>
    <message>
        <source>Add %1 to the rule.</source>
        <translation>ルールに %1 を追加してください。</translation>
    </message>
    <message>
        <source>The rule-action &apos;%1&apos; needs a non-empty value.</source>
        <translation>rule-action &apos;%1&apos; には空でない value が必要です。</translation>
    </message>
    <message>
        <source>Write the new name as value.</source>
        <translation>新しい名前を value に記述してください。</translation>
    </message>
    <message>
        <source>The value &apos;%1&apos; has a &apos;${&apos; without a closing &apos;}&apos;.</source>
        <translation>値 &apos;%1&apos; に、閉じる &apos;}&apos; のない &apos;${&apos; があります。</translation>
    </message>
    <message>
        <source>Write variables as ${schema-name}, ${table-name} or ${column-name}.</source>
        <translation>変数は ${schema-name}、${table-name}、${column-name} のように記述してください。</translation>
    </message>
    <message>
        <source>The variable &apos;${%1}&apos; is not available when renaming a %2.</source>
        <translation>%2 の名前を変更する場合、変数 &apos;${%1}&apos; は使用できません。</translation>
    </message>
    <message>
        <source>Use %1.</source>
        <translation>%1 を使用してください。</translation>
    </message>
    <message>
        <source>The rule-action &apos;%1&apos; needs the key &apos;data-type&apos;.</source>
        <translation>rule-action &apos;%1&apos; にはキー &apos;data-type&apos; が必要です。</translation>
    </message>
    <message>
        <source>Add data-type: {type: ..., length/precision/scale}.</source>
        <translation>data-type: {type: ..., length/precision/scale} を追加してください。</translation>
    </message>
    <message>
        <source>The data-type %1 &apos;%2&apos; is not a whole number.</source>
        <translation>data-type の %1 &apos;%2&apos; は整数ではありません。</translation>
    </message>
    <message>
        <source>Write precision, scale and length as whole numbers.</source>
        <translation>precision、scale、length は整数で記述してください。</translation>
    </message>
    <message>
        <source>The data-type &apos;%1&apos; has no equivalent in a relational target.</source>
        <translation>data-type &apos;%1&apos; に相当する型はリレーショナルターゲットにありません。</translation>
    </message>
    <message>
        <source>Use one of string, wstring, bytes, int1-int8, uint1-uint8, numeric, real4, real8, date, time, datetime, blob, clob, nclob, boolean.</source>
        <translation>string、wstring、bytes、int1-int8、uint1-uint8、numeric、real4、real8、date、time、datetime、blob、clob、nclob、boolean のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>The rule-action &apos;define-primary-key&apos; needs the key &apos;primary-key-def&apos;.</source>
        <translation>rule-action &apos;define-primary-key&apos; にはキー &apos;primary-key-def&apos; が必要です。</translation>
    </message>
    <message>
        <source>Add primary-key-def: {name, origin, columns}.</source>
        <translation>primary-key-def: {name, origin, columns} を追加してください。</translation>
    </message>
    <message>
        <source>Unknown primary-key-def origin &apos;%1&apos;.</source>
        <translation>primary-key-def の origin &apos;%1&apos; は不明です。</translation>
    </message>
    <message>
        <source>Use origin primary-key or unique-index.</source>
        <translation>origin には primary-key または unique-index を使用してください。</translation>
    </message>
    <message>
        <source>The primary-key-def has no columns.</source>
        <translation>primary-key-def に columns がありません。</translation>
    </message>
    <message>
        <source>List the key columns under columns.</source>
        <translation>キー列を columns の下に列挙してください。</translation>
    </message>
    <message>
        <source>Name the table the settings apply to.</source>
        <translation>設定を適用するテーブルを指定してください。</translation>
    </message>
    <message>
        <source>The table-settings rule has neither parallel-load nor lob-settings; it has no effect.</source>
        <translation>table-settings ルールに parallel-load も lob-settings もないため、効果がありません。</translation>
    </message>
    <message>
        <source>The parallel-load setting is not a mapping.</source>
        <translation>parallel-load 設定がマッピングではありません。</translation>
    </message>
    <message>
        <source>Write parallel-load as {type: ...}.</source>
        <translation>parallel-load は {type: ...} として記述してください。</translation>
    </message>
    <message>
        <source>Unknown parallel-load type &apos;%1&apos;.</source>
        <translation>parallel-load の type &apos;%1&apos; は不明です。</translation>
    </message>
    <message>
        <source>Use none, ranges, partitions-auto, partitions-list or subpartitions-auto.</source>
        <translation>none、ranges、partitions-auto、partitions-list、subpartitions-auto のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>The parallel-load key &apos;%1&apos; applies to MongoDB and Amazon DocumentDB sources; Ferry ignores it.</source>
        <translation>parallel-load のキー &apos;%1&apos; は MongoDB と Amazon DocumentDB のソースに適用されます。Ferry はこのキーを無視します。</translation>
    </message>
    <message>
        <source>List the key columns and one upper bound per segment.</source>
        <translation>キー列と、セグメントごとに 1 つの上限値を列挙してください。</translation>
    </message>
    <message>
        <source>Parallel load by ranges allows at most 10 columns, this rule has %1.</source>
        <translation>範囲による並列ロードで使用できる列は最大 10 個ですが、このルールには %1 個あります。</translation>
    </message>
    <message>
        <source>Segment by the 10 most significant columns at most.</source>
        <translation>最も重要な列 (最大 10 個) でセグメント化してください。</translation>
    </message>
    <message>
        <source>Boundary %1 has %2 values but there are %3 columns.</source>
        <translation>境界 %1 の値は %2 個ですが、列は %3 個あります。</translation>
    </message>
    <message>
        <source>List the partitions to load in parallel.</source>
        <translation>並列にロードするパーティションを列挙してください。</translation>
    </message>
    <message>
        <source>The lob-settings setting is not a mapping.</source>
        <translation>lob-settings 設定がマッピングではありません。</translation>
    </message>
    <message>
        <source>Write lob-settings as {mode: ..., bulk-max-size: ...}.</source>
        <translation>lob-settings は {mode: ..., bulk-max-size: ...} として記述してください。</translation>
    </message>
    <message>
        <source>Unknown lob-settings mode &apos;%1&apos;.</source>
        <translation>lob-settings の mode &apos;%1&apos; は不明です。</translation>
    </message>
    <message>
        <source>Use mode limited, unlimited or none.</source>
        <translation>mode には limited、unlimited、none のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>The lob-settings %1 &apos;%2&apos; is not a whole number of kilobytes.</source>
        <translation>lob-settings の %1 &apos;%2&apos; はキロバイト単位の整数ではありません。</translation>
    </message>
    <message>
        <source>Write sizes in kilobytes as whole numbers.</source>
        <translation>サイズはキロバイト単位の整数で記述してください。</translation>
    </message>
    <message>
        <source>Limited LOB mode needs a nonzero bulk-max-size.</source>
        <translation>制限付き LOB モードには 0 以外の bulk-max-size が必要です。</translation>
    </message>
    <message>
        <source>Set bulk-max-size to the largest LOB in kilobytes (times three), or use mode unlimited.</source>
        <translation>bulk-max-size を最大の LOB のサイズ (キロバイト単位) の 3 倍に設定するか、mode unlimited を使用してください。</translation>
    </message>
    <message>
        <source>Write the expression in SQLite syntax with $COLUMN references to source columns, as in AWS DMS.</source>
        <translation>AWS DMS と同様に、式は SQLite の構文で記述し、ソースの列は $COLUMN で参照してください。</translation>
    </message>
    <message>
        <source>Table %1: the expression of added column %2 is not valid.</source>
        <translation>テーブル %1: 追加された列 %2 の式が無効です。</translation>
    </message>
    <message>
        <source>Table %1: the expression of added column %2 uses a parameter &apos;%3&apos;; only $COLUMN references are allowed.</source>
        <translation>テーブル %1: 追加された列 %2 の式でパラメーター &apos;%3&apos; が使用されています。使用できるのは $COLUMN 参照のみです。</translation>
    </message>
    <message>
        <source>Table %1: the expression of added column %2 refers to $%3, which is not a column the table reads.</source>
        <translation>テーブル %1: 追加された列 %2 の式が $%3 を参照していますが、これはテーブルが読み取る列ではありません。</translation>
    </message>
    <message>
        <source>The expression of added column %1 (rule %2) failed for this row.</source>
        <translation>追加された列 %1 (ルール %2) の式がこの行で失敗しました。</translation>
    </message>
    <message>
        <source>Table %1: parallel-load by partitions (rule %2) is done with key ranges.</source>
        <translation>テーブル %1: パーティションによる parallel-load (ルール %2) はキー範囲で実行されます。</translation>
    </message>
    <message>
        <source>Resuming table %1: %2 of %3 slices already loaded.</source>
        <translation>テーブル %1 を再開しています: %3 個中 %2 個のスライスはロード済みです。</translation>
    </message>
    <message>
        <source>Table %1 failed and is suspended: %2</source>
        <translation>テーブル %1 が失敗し、一時停止されました: %2</translation>
    </message>
    <message>
        <source>The task stopped because table %1 failed (TableErrorPolicy).</source>
        <translation>テーブル %1 が失敗したため、タスクが停止しました (TableErrorPolicy)。</translation>
    </message>
    <message>
        <source>Table %1: a row was rejected and DataErrorPolicy is STOP_TASK: %2</source>
        <translation>テーブル %1: 行が拒否され、DataErrorPolicy が STOP_TASK です: %2</translation>
    </message>
    <message>
        <source>Table %1 reached DataErrorEscalationCount (%2 rejected rows).</source>
        <translation>テーブル %1 が DataErrorEscalationCount (拒否された行 %2) に達しました。</translation>
    </message>
    <message>
        <source>Table %1 slice %2: recoverable error, retry %3 in %4 s: %5</source>
        <translation>テーブル %1 スライス %2: 回復可能なエラー、%4 秒後に再試行 (%3 回目): %5</translation>
    </message>
    <message>
        <source>Task %1 starting%2: %3 -&gt; %4</source>
        <translation>タスク %1 を開始しています%2: %3 -&gt; %4</translation>
    </message>
    <message>
        <source> (resume)</source>
        <translation> (再開)</translation>
    </message>
    <message>
        <source>These task settings are not acted on by Ferry&apos;s full load yet: %1</source>
        <translation>次のタスク設定は、Ferry の全ロードではまだ反映されません: %1</translation>
    </message>
    <message>
        <source>The table mapping selects no table of the source.</source>
        <translation>テーブルマッピングで、ソースのテーブルが 1 つも選択されていません。</translation>
    </message>
    <message>
        <source>Check the selection rules&apos; schema and table names (names are case-sensitive), or set ErrorBehavior.FailOnNoTablesCaptured to false.</source>
        <translation>選択ルールのスキーマ名とテーブル名を確認する (名前は大文字と小文字が区別されます) か、ErrorBehavior.FailOnNoTablesCaptured を false に設定してください。</translation>
    </message>
    <message>
        <source>Nothing to resume for task %1 on the target: starting a fresh load.</source>
        <translation>ターゲットにはタスク %1 の再開できる実行がありません: 新たにロードを開始します。</translation>
    </message>
    <message>
        <source>Table %1 prepared on the target as %2 (%3).</source>
        <translation>テーブル %1 をターゲットで %2 として準備しました (%3)。</translation>
    </message>
    <message>
        <source>SQLite targets take one writer at a time: loading one slice at a time instead of %1.</source>
        <translation>SQLite ターゲットは同時に 1 つの書き込みしか受け付けません: %1 個ではなく 1 つずつスライスをロードします。</translation>
    </message>
    <message>
        <source>Foreign key %1 of %2 was not created: the table it references (%3) did not load.</source>
        <translation>%2 の外部キー %1 は作成されませんでした: 参照先のテーブル (%3) がロードされませんでした。</translation>
    </message>
    <message>
        <source>Foreign keys of %1 could not be created: %2</source>
        <translation>%1 の外部キーを作成できませんでした: %2</translation>
    </message>
    <message>
        <source>Task %1: %2 (%3 of %4 tables loaded, %5 in error).</source>
        <translation>タスク %1: %2 (%4 個中 %3 個のテーブルをロード、%5 個がエラー)。</translation>
    </message>
    <message>
        <source>Task %1 was stopped; run it again with --resume to continue.</source>
        <translation>タスク %1 は停止されました。続行するには --resume を付けて再度実行してください。</translation>
    </message>
    <message>
        <source>The project has no task &apos;%1&apos;.</source>
        <translation>プロジェクトにタスク &apos;%1&apos; はありません。</translation>
    </message>
    <message>
        <source>Choose one of its tasks: %1.</source>
        <translation>次のいずれかのタスクを選択してください: %1。</translation>
    </message>
    <message>
        <source>The project defines no task.</source>
        <translation>プロジェクトにタスクが定義されていません。</translation>
    </message>
    <message>
        <source>Add one under &apos;tasks:&apos; naming a source and a target endpoint.</source>
        <translation>&apos;tasks:&apos; の下に、ソースとターゲットのエンドポイントを指定したタスクを追加してください。</translation>
    </message>
    <message>
        <source>The project has several tasks and none was chosen.</source>
        <translation>プロジェクトに複数のタスクがありますが、どれも選択されていません。</translation>
    </message>
    <message>
        <source>Task &apos;%1&apos; is %2; only full-load tasks run in this version.</source>
        <translation>タスク &apos;%1&apos; は %2 です。このバージョンで実行できるのは全ロード (full-load) タスクのみです。</translation>
    </message>
    <message>
        <source>Change data capture is coming; set the task&apos;s migration-type to full-load to copy the data now.</source>
        <translation>変更データキャプチャ (CDC) は今後対応予定です。今すぐデータをコピーするには、タスクの migration-type を full-load に設定してください。</translation>
    </message>
    <message>
        <source>Task &apos;%1&apos; names the endpoint &apos;%2&apos;, which the project does not define.</source>
        <translation>タスク &apos;%1&apos; は、プロジェクトで定義されていないエンドポイント &apos;%2&apos; を指定しています。</translation>
    </message>
    <message>
        <source>Add the endpoint under &apos;endpoints:&apos; or correct the task.</source>
        <translation>&apos;endpoints:&apos; の下にエンドポイントを追加するか、タスクを修正してください。</translation>
    </message>
    <message>
        <source>Ferry&apos;s embedded sports-ticketing sample (SQLite) copied into a new SQLite database.</source>
        <translation>Ferry に組み込みのスポーツチケット販売サンプル (SQLite) を、新しい SQLite データベースにコピーします。</translation>
    </message>
    <message>
        <source>Could not read table %1 from PostgreSQL.</source>
        <translation>PostgreSQL からテーブル %1 を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Could not write rows to %1 on PostgreSQL.</source>
        <translation>PostgreSQL の %1 に行を書き込めませんでした。</translation>
    </message>
    <message>
        <source>(default user)</source>
        <translation>(既定のユーザー)</translation>
    </message>
    <message>
        <source>the local socket (port %1)</source>
        <translation>ローカルソケット (ポート %1)</translation>
    </message>
    <message>
        <source>socket directory %1 (port %2)</source>
        <translation>ソケットディレクトリ %1 (ポート %2)</translation>
    </message>
    <message>
        <source>Column %1 of %2 is not created AUTO_INCREMENT: MySQL allows one, on an integer column.</source>
        <translation>%2 の列 %1 は AUTO_INCREMENT なしで作成されます: MySQL では AUTO_INCREMENT は 1 つの整数列にのみ指定できます。</translation>
    </message>
    <message>
        <source>In %1, column %2 is a %3 column: only its first %4 characters are indexed (MySQL needs a prefix length).</source>
        <translation>%1 では列 %2 が %3 列のため、先頭の %4 文字のみがインデックス化されます (MySQL ではプレフィックス長が必要です)。</translation>
    </message>
    <message>
        <source>In %1, only the first %2 characters of column %3 are indexed (InnoDB keys hold %4 bytes).</source>
        <translation>%1 では列 %3 の先頭 %2 文字のみがインデックス化されます (InnoDB のキーは %4 バイトまでです)。</translation>
    </message>
    <message>
        <source>The MySQL/MariaDB target refused a row of %1.</source>
        <translation>MySQL/MariaDB ターゲットが %1 の行を拒否しました。</translation>
    </message>
    <message>
        <source>Fix the value at the source, or change the column&apos;s type with a mapping rule.</source>
        <translation>ソースで値を修正するか、マッピングルールで列の型を変更してください。</translation>
    </message>
    <message>
        <source>the local socket %1</source>
        <translation>ローカルソケット %1</translation>
    </message>
    <message>
        <source>data source %1</source>
        <translation>データソース %1</translation>
    </message>
    <message>
        <source>driver %1</source>
        <translation>ドライバー %1</translation>
    </message>
    <message>
        <source>SQLSTATE %1 (native %2): %3</source>
        <translation>SQLSTATE %1 (ネイティブ %2): %3</translation>
    </message>
    <message>
        <source>The value does not match its tag &apos;%1&apos;.</source>
        <translation>値がタグ &apos;%1&apos; と一致しません。</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL was lost; the work is retried on a new connection.</source>
        <translation>PostgreSQL への接続が失われました。新しい接続で処理を再試行します。</translation>
    </message>
    <message>
        <source>A serialization failure or deadlock; the work is retried.</source>
        <translation>シリアライズエラーまたはデッドロックが発生しました。処理を再試行します。</translation>
    </message>
    <message>
        <source>Grant the connecting role the privilege named in the detail.</source>
        <translation>接続しているロールに、詳細に示された権限を付与してください。</translation>
    </message>
    <message>
        <source>Correct the column name in the selection rule&apos;s filters.</source>
        <translation>選択ルールのフィルター内の列名を修正してください。</translation>
    </message>
    <message>
        <source>Could not prepare the PostgreSQL session.</source>
        <translation>PostgreSQL セッションを準備できませんでした。</translation>
    </message>
    <message>
        <source>Split tables by an integer column only.</source>
        <translation>テーブルの分割には整数列のみを使用してください。</translation>
    </message>
    <message>
        <source>Roll the transaction back before writing.</source>
        <translation>書き込む前にトランザクションをロールバックしてください。</translation>
    </message>
    <message>
        <source>Remove the NUL bytes from the source value, or map the column to a binary type.</source>
        <translation>ソースの値から NUL バイトを削除するか、列をバイナリ型にマッピングしてください。</translation>
    </message>
    <message>
        <source>Could not read the default schema of the PostgreSQL target.</source>
        <translation>PostgreSQL ターゲットの既定のスキーマを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Could not begin a transaction on PostgreSQL.</source>
        <translation>PostgreSQL でトランザクションを開始できませんでした。</translation>
    </message>
    <message>
        <source>Could not commit the transaction on PostgreSQL.</source>
        <translation>PostgreSQL でトランザクションをコミットできませんでした。</translation>
    </message>
    <message>
        <source>The PostgreSQL transaction was rolled back instead of committed.</source>
        <translation>PostgreSQL のトランザクションはコミットされずにロールバックされました。</translation>
    </message>
    <message>
        <source>an earlier statement in the transaction failed</source>
        <translation>トランザクション内の前のステートメントが失敗しました</translation>
    </message>
    <message>
        <source>See the earlier error; nothing of the transaction was written.</source>
        <translation>前のエラーを確認してください。トランザクションの内容は何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Could not roll back the transaction on PostgreSQL.</source>
        <translation>PostgreSQL でトランザクションをロールバックできませんでした。</translation>
    </message>
    <message>
        <source>A statement failed on the PostgreSQL target.</source>
        <translation>PostgreSQL ターゲットでステートメントが失敗しました。</translation>
    </message>
    <message>
        <source>The target table %1 no longer exists, so its rejected rows cannot be re-applied.</source>
        <translation>ターゲットテーブル %1 はもう存在しないため、その拒否された行を再適用できません。</translation>
    </message>
    <message>
        <source>Create the table again (run the task, or create it by hand), then re-apply the rows.</source>
        <translation>テーブルを再度作成してから (タスクを実行するか、手動で作成します)、行を再適用してください。</translation>
    </message>
    <message>
        <source>The rejected row of %1 has no stored values to write.</source>
        <translation>%1 の拒否された行には、書き込む値が保存されていません。</translation>
    </message>
    <message>
        <source>Enter the row&apos;s values, then re-apply it.</source>
        <translation>行の値を入力してから、再適用してください。</translation>
    </message>
    <message>
        <source>The value of column %1 (%2 bytes) was too large to keep with the rejected row of %3.</source>
        <translation>列 %1 の値 (%2 バイト) は大きすぎるため、%3 の拒否された行と一緒に保持できませんでした。</translation>
    </message>
    <message>
        <source>Enter a value for the column, then re-apply the row.</source>
        <translation>列の値を入力してから、行を再適用してください。</translation>
    </message>
    <message>
        <source>The target table %1 has no column %2 any more.</source>
        <translation>ターゲットテーブル %1 に列 %2 はもうありません。</translation>
    </message>
    <message>
        <source>Add the column to the target table, or clear the value and re-apply the row.</source>
        <translation>ターゲットテーブルに列を追加するか、値をクリアしてから行を再適用してください。</translation>
    </message>
    <message>
        <source>Rejected row %1 of task %2 is no longer in the exceptions table.</source>
        <translation>タスク %2 の拒否された行 %1 は、例外テーブルにもうありません。</translation>
    </message>
    <message>
        <source>It was re-applied or its table was loaded again: refresh the list.</source>
        <translation>再適用されたか、そのテーブルが再度ロードされました: 一覧を更新してください。</translation>
    </message>
    <message>
        <source>Reloading table %1 from scratch (%2 slices, %3).</source>
        <translation>テーブル %1 を最初から再ロードしています (%2 スライス、%3)。</translation>
    </message>
    <message>
        <source>Table %1 cannot be reloaded: the table mapping of task %2 does not select it from the source.</source>
        <translation>テーブル %1 は再ロードできません: タスク %2 のテーブルマッピングはソースからこのテーブルを選択していません。</translation>
    </message>
    <message>
        <source>Give the source schema and table exactly as the source catalog names them (names are case-sensitive), or add a selection rule for the table and run the task with --resume.</source>
        <translation>ソースのスキーマとテーブルをソースカタログの名前どおりに指定してください (大文字と小文字は区別されます)。または、テーブルの選択ルールを追加し、--resume を付けてタスクを実行してください。</translation>
    </message>
    <message>
        <source>Table %1 cannot be reloaded: the task selects a table of that name in more than one schema.</source>
        <translation>テーブル %1 は再ロードできません: タスクは複数のスキーマでこの名前のテーブルを選択しています。</translation>
    </message>
    <message>
        <source>Name the table with its schema (SCHEMA.TABLE).</source>
        <translation>テーブルをスキーマ付きで指定してください (SCHEMA.TABLE)。</translation>
    </message>
    <message>
        <source>Task %1 has no table to reload: it never ran on this target.</source>
        <translation>タスク %1 には再ロードするテーブルがありません: このターゲットでまだ一度も実行されていません。</translation>
    </message>
    <message>
        <source>Run the task once without --reload-table first, or check the task name and ControlTablesSettings.ControlSchema.</source>
        <translation>まず --reload-table なしでタスクを一度実行するか、タスク名と ControlTablesSettings.ControlSchema を確認してください。</translation>
    </message>
    <message>
        <source>This target cannot change the type of column %1 of table %2 in place.</source>
        <translation>このターゲットでは、テーブル %2 の列 %1 の型をその場で変更できません。</translation>
    </message>
    <message>
        <source>Reload the table (Task &gt; Reload table) to create it again with the mapping&apos;s types.</source>
        <translation>テーブルを再ロードして (タスク &gt; テーブルの再ロード)、マッピングの型で作り直してください。</translation>
    </message>
    <message>
        <source>Could not change column %1 of %2 to %3.</source>
        <translation>%2 の列 %1 を %3 に変更できませんでした。</translation>
    </message>
    <message>
        <source>Changing column %2 of %1 to %3 on the MySQL/MariaDB target failed.</source>
        <translation>MySQL/MariaDB ターゲットで %1 の列 %2 を %3 に変更できませんでした。</translation>
    </message>
    <message>
        <source>The task&apos;s mapping no longer selects table %1, so its rejected rows cannot be re-applied with the mapping.</source>
        <translation>タスクのマッピングはテーブル %1 をもう選択していないため、その拒否された行はマッピングで再適用できません。</translation>
    </message>
    <message>
        <source>Select the table again in the mapping, or re-apply the rows with their stored values.</source>
        <translation>マッピングでテーブルを再び選択するか、保存された値で行を再適用してください。</translation>
    </message>
    <message>
        <source>The task&apos;s mapping now writes table %1 to %2 instead of %3.</source>
        <translation>タスクのマッピングは現在、テーブル %1 を %3 ではなく %2 に書き込みます。</translation>
    </message>
    <message>
        <source>Reload the table (Task &gt; Reload table) to load it into its new target table.</source>
        <translation>テーブルを再ロードして (タスク &gt; テーブルの再ロード)、新しいターゲットテーブルにロードしてください。</translation>
    </message>
    <message>
        <source>The rejected row of %1 has no value for source column %2.</source>
        <translation>%1 の拒否された行には、ソース列 %2 の値がありません。</translation>
    </message>
    <message>
        <source>Re-apply the row with its stored values, or reload the table.</source>
        <translation>保存された値で行を再適用するか、テーブルを再ロードしてください。</translation>
    </message>
    <message>
        <source>Column %1 of %2 is %3 on the target, but rule %4 of the mapping makes it %5.</source>
        <translation>%2 の列 %1 はターゲットでは %3 ですが、マッピングのルール %4 では %5 になります。</translation>
    </message>
    <message>
        <source>Allow Ferry to change the target column&apos;s type, or reload the table.</source>
        <translation>Ferry がターゲット列の型を変更することを許可するか、テーブルを再ロードしてください。</translation>
    </message>
    <message>
        <source>Table %1 existed on the target: its keys, indexes and foreign keys are kept as they are (TargetTablePrepMode %2).</source>
        <translation>テーブル %1 はターゲットに既に存在していました: キー、インデックス、外部キーはそのまま保持されます (TargetTablePrepMode %2)。</translation>
    </message>
    <message>
        <source>Foreign key %1 of %2, dropped to load the tables, could not be added again: %3. Its definition: %4</source>
        <translation>テーブルのロードのために削除した %2 の外部キー %1 を再作成できませんでした: %3。定義: %4</translation>
    </message>
    <message>
        <source>The rejected row of %1 has no value for column %2: the rule that computes it failed for this row.</source>
        <translation>%1 の拒否された行には列 %2 の値がありません: それを計算するルールがこの行で失敗しました。</translation>
    </message>
    <message>
        <source>Fix the rule (Edit rules...), then re-apply the row with the current rules.</source>
        <translation>ルールを修正してから (ルールの編集...)、現在のルールで行を再適用してください。</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Task state</extracomment>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>Starting</source>
        <extracomment>Task state</extracomment>
        <translation>開始中</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>Task state</extracomment>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Load complete</source>
        <extracomment>Task state: every table is loaded</extracomment>
        <translation>ロード完了</translation>
    </message>
    <message>
        <source>Stopping</source>
        <extracomment>Task state</extracomment>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>Task state</extracomment>
        <translation>停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Task state</extracomment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Before load</source>
        <translation>ロード前</translation>
    </message>
    <message>
        <source>Full load</source>
        <translation>全ロード</translation>
    </message>
    <message>
        <source>Table completed</source>
        <translation>テーブル完了</translation>
    </message>
    <message>
        <source>Table error</source>
        <translation>テーブルエラー</translation>
    </message>
    <message>
        <source>Table suspended</source>
        <translation>テーブル一時停止</translation>
    </message>
    <message>
        <source>Table cancelled</source>
        <translation>テーブルキャンセル</translation>
    </message>
    <message>
        <source>Spatial index %1 of %2 is not created: geometry columns are carried as text (WKT) on PostgreSQL, which a spatial index cannot use.</source>
        <translation>%2 の空間インデックス %1 は作成されません: ジオメトリ列は PostgreSQL ではテキスト (WKT) として転送され、空間インデックスはそれを使えません。</translation>
    </message>
    <message>
        <source>Could not create the indexes and keys of %1.</source>
        <translation>%1 のインデックスとキーを作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not read the indexes and keys of table %1.</source>
        <translation>テーブル %1 のインデックスとキーを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Could not create index %1 on the SQLite table %2.</source>
        <translation>SQLite テーブル %2 のインデックス %1 を作成できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>the name is longer than the %n characters the target allows</source>
        <translation>
            <numerusform>名前がターゲットで許される %n 文字を超えています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the name is longer than the %n bytes the target allows</source>
        <translation>
            <numerusform>名前がターゲットで許される %n バイトを超えています</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema %1 is named %2 on the target: %3.</source>
        <translation>スキーマ %1 はターゲットでは %2 という名前になります: %3。</translation>
    </message>
    <message>
        <source>Table %1 is named %2 on the target: %3.</source>
        <translation>テーブル %1 はターゲットでは %2 という名前になります: %3。</translation>
    </message>
    <message>
        <source>Column %1 of table %2 is named %3 on the target: %4.</source>
        <translation>テーブル %2 の列 %1 はターゲットでは %3 という名前になります: %4。</translation>
    </message>
    <message>
        <source>column %1 is named %2 on the target: %3.</source>
        <translation>列 %1 はターゲットでは %2 という名前になります: %3。</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>主キー</translation>
    </message>
    <message>
        <source>Unique key</source>
        <translation>一意キー</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>インデックス</translation>
    </message>
    <message>
        <source>Foreign key</source>
        <translation>外部キー</translation>
    </message>
    <message>
        <source>the name is longer than the target&apos;s identifier limit</source>
        <translation>名前がターゲットの識別子の長さ制限を超えています</translation>
    </message>
    <message>
        <source>another foreign key of the target schema has that name</source>
        <translation>ターゲットスキーマの別の外部キーがその名前を使っています</translation>
    </message>
    <message>
        <source>another table, index or key of the target scope has that name</source>
        <translation>ターゲットの同じ名前空間にある別のテーブル、インデックス、またはキーがその名前を使っています</translation>
    </message>
    <message>
        <source>%1 %2 of table %3 is named %4 on the target: %5.</source>
        <translation>テーブル %3 の%1 %2 はターゲットでは %4 という名前になります: %5。</translation>
    </message>
    <message>
        <source>The server at %1 spoke first, with a MySQL handshake (protocol 10) for server version %2.</source>
        <translation>%1 のサーバーが先に応答しました。サーバーバージョン %2 の MySQL ハンドシェイク (プロトコル 10) です。</translation>
    </message>
    <message>
        <source>The server at %1 spoke first, with a MySQL error packet: %2</source>
        <translation>%1 のサーバーが先に MySQL のエラーパケットを送信しました: %2</translation>
    </message>
    <message>
        <source>The server at %1 spoke first: %2</source>
        <translation>%1 のサーバーが先に送信しました: %2</translation>
    </message>
    <message>
        <source>The server at %1 sent no greeting within %2 ms and answered a PostgreSQL SSLRequest with: %3</source>
        <extracomment>%2 is a number of milliseconds; %3 the server&apos;s answer as text (&apos;S&apos;, &apos;N&apos;, ...)</extracomment>
        <translation>%1 のサーバーは %2 ms 以内に挨拶を送らず、PostgreSQL の SSLRequest に次の応答を返しました: %3</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL server: it answers like MySQL/MariaDB.</source>
        <translation>%1 は PostgreSQL サーバーではありません。MySQL/MariaDB のように応答しています。</translation>
    </message>
    <message>
        <source>Check the port: PostgreSQL listens on 5432 by default, MySQL and MariaDB on 3306. If this is the server you mean, connect to it as a MySQL/MariaDB endpoint (a mysql:// URI).</source>
        <translation>ポートを確認してください。PostgreSQL の既定のポートは 5432、MySQL と MariaDB は 3306 です。このサーバーで合っている場合は、MySQL/MariaDB エンドポイント (mysql:// URI) として接続してください。</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL server: it answers with another protocol (%2).</source>
        <translation>%1 は PostgreSQL サーバーではありません。別のプロトコル (%2) で応答しています。</translation>
    </message>
    <message>
        <source>Check the host name and the port (PostgreSQL listens on 5432 by default): another service answers on this one.</source>
        <translation>ホスト名とポートを確認してください (PostgreSQL の既定のポートは 5432 です)。このポートでは別のサービスが応答しています。</translation>
    </message>
    <message>
        <source>%1 is not a MySQL/MariaDB server: it is a PostgreSQL server.</source>
        <translation>%1 は MySQL/MariaDB サーバーではなく、PostgreSQL サーバーです。</translation>
    </message>
    <message>
        <source>Check the port: MySQL and MariaDB listen on 3306 by default, PostgreSQL on 5432. If this is the server you mean, connect to it as a PostgreSQL endpoint (a postgresql:// URI).</source>
        <translation>ポートを確認してください。MySQL と MariaDB の既定のポートは 3306、PostgreSQL は 5432 です。このサーバーで合っている場合は、PostgreSQL エンドポイント (postgresql:// URI) として接続してください。</translation>
    </message>
    <message>
        <source>%1 is not a MySQL/MariaDB server: it answers with another protocol (%2).</source>
        <translation>%1 は MySQL/MariaDB サーバーではありません。別のプロトコル (%2) で応答しています。</translation>
    </message>
    <message>
        <source>Check the host name and the port (MySQL and MariaDB listen on 3306 by default): another service answers on this one.</source>
        <translation>ホスト名とポートを確認してください (MySQL と MariaDB の既定のポートは 3306 です)。このポートでは別のサービスが応答しています。</translation>
    </message>
    <message>
        <source>Table %1: %2 Its rows are loaded; the table stays completed.</source>
        <translation>テーブル %1: %2 行はロード済みで、テーブルは完了のままです。</translation>
    </message>
    <message>
        <source>%1 data sources cannot be migration targets.</source>
        <translation>%1 データソースは移行先にできません。</translation>
    </message>
    <message>
        <source>Table %1: limited LOB mode, LOB values longer than %3 KB are truncated (lob-settings of table-settings rule %2).</source>
        <translation>テーブル %1: 制限付き LOB モード。%3 KB より長い LOB 値は切り詰められます (table-settings ルール %2 の lob-settings)。</translation>
    </message>
    <message>
        <source>Table %1: full LOB mode, LOB values are moved whole (lob-settings of table-settings rule %2).</source>
        <translation>テーブル %1: フル LOB モード。LOB 値は切り詰めずにそのまま転送されます (table-settings ルール %2 の lob-settings)。</translation>
    </message>
    <message>
        <source>Table %1: the value of column %2 in the row %3 is %4 bytes long, more than the %5 KB of limited LOB mode, and FailTasksOnLobTruncation stops the task instead of truncating it.</source>
        <translation>テーブル %1: 行 %3 の列 %2 の値は %4 バイトで、制限付き LOB モードの %5 KB を超えています。FailTasksOnLobTruncation により、切り詰める代わりにタスクを停止します。</translation>
    </message>
    <message>
        <source>Raise the maximum above the largest value, use full LOB mode (TargetMetadata.FullLobMode true, or lob-settings mode unlimited), or set FailTasksOnLobTruncation to false to truncate the values and list them in lob_truncations.</source>
        <translation>最大値を最大の値より大きくするか、フル LOB モード (TargetMetadata.FullLobMode を true、または lob-settings の mode を unlimited) を使用するか、FailTasksOnLobTruncation を false にして値を切り詰め、lob_truncations に記録してください。</translation>
    </message>
    <message numerus="yes">
        <source>Table %1: %n LOB value(s) longer than LobMaxSize (%2 KB) truncated (limited LOB mode); the control table lob_truncations lists each one.</source>
        <translation>
            <numerusform>テーブル %1: LobMaxSize (%2 KB) より長い LOB 値 %n 個が切り詰められました (制限付き LOB モード)。制御テーブル lob_truncations に 1 件ずつ記録されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table %1: %n LOB value(s) longer than bulk-max-size (%2 KB) of table-settings rule %3 truncated (limited LOB mode); the control table lob_truncations lists each one.</source>
        <translation>
            <numerusform>テーブル %1: table-settings ルール %3 の bulk-max-size (%2 KB) より長い LOB 値 %n 個が切り詰められました (制限付き LOB モード)。制御テーブル lob_truncations に 1 件ずつ記録されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>TargetMetadata sets both FullLobMode and LimitedSizeLobMode: full LOB mode wins and no LOB value is truncated.</source>
        <translation>TargetMetadata で FullLobMode と LimitedSizeLobMode の両方が設定されています。フル LOB モードが優先され、LOB 値は切り詰められません。</translation>
    </message>
    <message>
        <source>Full LOB mode: LOB values are moved whole.</source>
        <translation>フル LOB モード: LOB 値は切り詰めずにそのまま転送されます。</translation>
    </message>
    <message>
        <source>Full LOB mode (TargetMetadata sets no LOB mode): LOB values are moved whole.</source>
        <translation>フル LOB モード (TargetMetadata で LOB モードが指定されていません): LOB 値は切り詰めずにそのまま転送されます。</translation>
    </message>
    <message>
        <source>Limited LOB mode: a LOB value longer than %1 KB (TargetMetadata.LobMaxSize) stops the task (FailTasksOnLobTruncation).</source>
        <translation>制限付き LOB モード: %1 KB (TargetMetadata.LobMaxSize) より長い LOB 値があるとタスクが停止します (FailTasksOnLobTruncation)。</translation>
    </message>
    <message>
        <source>Limited LOB mode: LOB values longer than %1 KB (TargetMetadata.LobMaxSize) are truncated and listed in the control table lob_truncations.</source>
        <translation>制限付き LOB モード: %1 KB (TargetMetadata.LobMaxSize) より長い LOB 値は切り詰められ、制御テーブル lob_truncations に記録されます。</translation>
    </message>
    <message numerus="yes">
        <source>Task %1: %2 (%3 of %4 tables loaded, %5 in error; %n LOB value(s) truncated in table %6: limited LOB mode, see the control table lob_truncations).</source>
        <translation>
            <numerusform>タスク %1: %2 (%4 個中 %3 個のテーブルをロード、%5 個がエラー。テーブル %6 で LOB 値 %n 個を切り詰め: 制限付き LOB モード、制御テーブル lob_truncations を参照)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Task %1: %2 (%3 of %4 tables loaded, %5 in error; %n LOB value(s) truncated in %6 tables: limited LOB mode, see the control table lob_truncations).</source>
        <translation>
            <numerusform>タスク %1: %2 (%4 個中 %3 個のテーブルをロード、%5 個がエラー。%6 個のテーブルで LOB 値 %n 個を切り詰め: 制限付き LOB モード、制御テーブル lob_truncations を参照)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign key %1 of %2 cannot be added to an existing table on this target.</source>
        <translation>このターゲットでは、%2 の外部キー %1 を既存のテーブルに追加できません。</translation>
    </message>
    <message>
        <source>Could not read the foreign keys of and to table %1.</source>
        <translation>テーブル %1 の外部キーおよび %1 を参照する外部キーを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Could not drop foreign key %1 of %2.</source>
        <translation>%2 の外部キー %1 を削除できませんでした。</translation>
    </message>
    <message>
        <source>Could not add foreign key %1 of %2 again.</source>
        <translation>%2 の外部キー %1 を再追加できませんでした。</translation>
    </message>
    <message>
        <source>Could not drop the indexes and keys of %1.</source>
        <translation>%1 のインデックスとキーを削除できませんでした。</translation>
    </message>
    <message>
        <source>Dropping a foreign key of %1 on the MySQL/MariaDB target failed.</source>
        <translation>MySQL/MariaDB ターゲットで %1 の外部キーの削除に失敗しました。</translation>
    </message>
    <message>
        <source>Adding a foreign key of %1 again on the MySQL/MariaDB target failed.</source>
        <translation>MySQL/MariaDB ターゲットで %1 の外部キーの再追加に失敗しました。</translation>
    </message>
    <message>
        <source>Dropping an index of %1 on the MySQL/MariaDB target failed.</source>
        <translation>MySQL/MariaDB ターゲットで %1 のインデックスの削除に失敗しました。</translation>
    </message>
    <message>
        <source>Stopped on request.</source>
        <translation>要求により停止しました。</translation>
    </message>
    <message>
        <source>Task %1 ended (%2), but its state could not be recorded in the target&apos;s control tables: a resume would find it still running.</source>
        <translation>タスク %1 は終了しました (%2) が、その状態をターゲットの制御テーブルに記録できませんでした。再開時にはまだ実行中と見なされます。</translation>
    </message>
    <message>
        <source>Check that the target is reachable, then run the task again with --resume: it continues where this run ended.</source>
        <translation>ターゲットに到達できることを確認してから、--resume を付けてタスクを再実行してください。この実行が終了したところから続行します。</translation>
    </message>
    <message>
        <source>A load worker failed unexpectedly: %1</source>
        <translation>ロードワーカーが予期せず失敗しました: %1</translation>
    </message>
    <message>
        <source>Could not record in the control tables that the foreign keys are built: %1</source>
        <translation>外部キーが作成されたことを制御テーブルに記録できませんでした: %1</translation>
    </message>
    <message>
        <source>Task &apos;%1&apos; only validates (ValidationSettings.ValidationOnly), and validation is not available in this version.</source>
        <translation>タスク「%1」は検証のみを行います (ValidationSettings.ValidationOnly) が、このバージョンでは検証を利用できません。</translation>
    </message>
    <message>
        <source>Set ValidationOnly to false to load the data.</source>
        <translation>データをロードするには ValidationOnly を false に設定してください。</translation>
    </message>
    <message>
        <source>ValidationSettings.EnableValidation is set, but validation is not available in this version: the task loads without validating.</source>
        <translation>ValidationSettings.EnableValidation が設定されていますが、このバージョンでは検証を利用できません。タスクは検証せずにロードします。</translation>
    </message>
    <message>
        <source>The task failed unexpectedly: %1</source>
        <translation>タスクが予期せず失敗しました: %1</translation>
    </message>
    <message>
        <source>Unexpected failure while reading: %1</source>
        <translation>読み取り中に予期しない障害が発生しました: %1</translation>
    </message>
    <message>
        <source>Unexpected failure while writing: %1</source>
        <translation>書き込み中に予期しない障害が発生しました: %1</translation>
    </message>
    <message>
        <source>Could not take a consistent snapshot of the PostgreSQL source.</source>
        <translation>PostgreSQL ソースの一貫したスナップショットを取得できませんでした。</translation>
    </message>
    <message>
        <source>Could not begin a read transaction on the PostgreSQL source.</source>
        <translation>PostgreSQL ソースで読み取りトランザクションを開始できませんでした。</translation>
    </message>
    <message>
        <source>Could not read the PostgreSQL source as of the task&apos;s snapshot.</source>
        <translation>タスクのスナップショット時点の PostgreSQL ソースを読み取れませんでした。</translation>
    </message>
    <message>
        <source>The source snapshot %1 is gone: the remaining slices read the source as it is now. %2</source>
        <translation>ソーススナップショット %1 は失われました。残りのスライスは現在のソースを読み取ります。%2</translation>
    </message>
    <message>
        <source>No consistent snapshot of the source: its tables are read at slightly different moments. %1</source>
        <translation>ソースの一貫したスナップショットがありません。テーブルはわずかに異なる時点で読み取られます。%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Source snapshot %1 (change position %2): every slice reads the source as of this moment.</source>
        <translation>ソーススナップショット %1 (変更位置 %2): すべてのスライスはこの時点のソースを読み取ります。</translation>
    </message>
    <message>
        <source>The default of column %1 of %2 is not created: the column is an identity or generated column.</source>
        <translation>%2 の列 %1 のデフォルト値は作成されません: この列は ID 列または生成列です。</translation>
    </message>
    <message>
        <source>Generated column %1 of %2 is created STORED: PostgreSQL computes generated columns when rows are written.</source>
        <translation>%2 の生成列 %1 は STORED として作成されます: PostgreSQL は行の書き込み時に生成列を計算します。</translation>
    </message>
    <message>
        <source>The source cannot share a snapshot between connections: each slice reads at its own moment. Change position before the load: %1.</source>
        <translation>ソースは接続間でスナップショットを共有できません。各スライスはそれぞれの時点で読み取ります。ロード前の変更位置: %1。</translation>
    </message>
    <message>
        <source>The connection to the server was lost; the work is retried on a new connection.</source>
        <translation>サーバーとの接続が失われました。新しい接続で作業を再試行します。</translation>
    </message>
    <message>
        <source>A deadlock or lock wait timeout; the work is retried.</source>
        <translation>デッドロックまたはロック待機のタイムアウトです。作業を再試行します。</translation>
    </message>
    <message>
        <source>Grant the connecting user the privilege named in the detail.</source>
        <translation>接続ユーザーに詳細に示された権限を付与してください。</translation>
    </message>
    <message>
        <source>The server is read-only; connect to a writable server or turn read_only off.</source>
        <translation>サーバーは読み取り専用です。書き込み可能なサーバーに接続するか、read_only をオフにしてください。</translation>
    </message>
    <message>
        <source>Create the database or correct its name in the endpoint.</source>
        <translation>データベースを作成するか、エンドポイントでその名前を修正してください。</translation>
    </message>
    <message>
        <source>re-applying rejected rows</source>
        <translation>拒否された行の再適用</translation>
    </message>
    <message>
        <source>The key column %1 does not exist in table %2.</source>
        <translation>キー列 %1 はテーブル %2 に存在しません。</translation>
    </message>
    <message>
        <source>The table changed since its slices were chosen: reload it (--reload-table).</source>
        <translation>スライスを決めた後にテーブルが変更されました: テーブルを再ロードしてください (--reload-table)。</translation>
    </message>
    <message>
        <source>Table %1 slice %2: the commit whose outcome was unknown did happen; the slice is not loaded again.</source>
        <translation>テーブル %1 のスライス %2: 結果が不明だったコミットは実行されていました。スライスは再ロードしません。</translation>
    </message>
    <message>
        <source>Table %1: the slices an earlier run recorded do not fit the table&apos;s key columns now (did the mapping change?); the table is loaded again from the start.</source>
        <translation>テーブル %1: 以前の実行が記録したスライスが現在のキー列に合いません (マッピングを変更しましたか?)。テーブルを最初からロードします。</translation>
    </message>
    <message>
        <source>Table %1: parallel-load ranges (rule %2) need columns of the table and at least one boundary; the table loads as one slice.</source>
        <translation>テーブル %1: parallel-load ranges (ルール %2) にはテーブルの列と少なくとも 1 つの境界が必要です。テーブルを 1 つのスライスとしてロードします。</translation>
    </message>
    <message>
        <source>Table %1: rows with NULL in column(s) %2 are not loaded: parallel-load ranges (rule %3) cannot place them, and DMS leaves them out too.</source>
        <translation>テーブル %1: 列 %2 が NULL の行はロードされません: parallel-load ranges (ルール %3) はそれらを振り分けられず、DMS も除外します。</translation>
    </message>
    <message>
        <source>Table %1: the boundaries of parallel-load ranges (rule %2) are not in ascending order in the source (boundary %3 is below boundary %4); the table loads as one slice.</source>
        <translation>テーブル %1: parallel-load ranges (ルール %2) の境界がソースの順序で昇順になっていません (境界 %3 が境界 %4 より小さい)。テーブルを 1 つのスライスとしてロードします。</translation>
    </message>
    <message>
        <source>Table %1: %2 slices by key (%3), their boundaries chosen in one ordered pass over %4 keys (%5 ms).</source>
        <translation>テーブル %1: キー (%3) による %2 個のスライス。境界は %4 個のキーを順に 1 回読んで決めました (%5 ms)。</translation>
    </message>
    <message>
        <source>Could not read the column types of %1.</source>
        <translation>%1 の列の型を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Completed with errors</source>
        <extracomment>Table load state: every row was read, but the target rejected some rows (or refused an index or key). Shown instead of &quot;Table completed&quot;.</extracomment>
        <translation>エラーありで完了</translation>
    </message>
    <message numerus="yes">
        <source>Table %1 slice %2: %3 row(s) read, %4 loaded, %5 rejected.</source>
        <translation>
            <numerusform>テーブル %1 スライス %2: %3 行を読み取り、%4 行をロード、%5 行を拒否しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table %1 loaded: %2 row(s), %3 rejected.</source>
        <translation>
            <numerusform>テーブル %1 のロード完了: %2 行、拒否 %3 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1 of table %2 narrows from %3 to %4: longer values are rejected into the exceptions table.</source>
        <translation>テーブル %2 の列 %1 は %3 から %4 に狭められます: それより長い値は例外テーブルに拒否されます。</translation>
    </message>
    <message>
        <source>Check the object on the target; create what it needs by hand.</source>
        <translation>ターゲット上のオブジェクトを確認し、不足しているものを手動で作成してください。</translation>
    </message>
    <message>
        <source>%1 is not converted by this version of Ferry; its source definition is kept here.</source>
        <translation>%1 はこのバージョンの Ferry では変換されません。ソースの定義をここに残します。</translation>
    </message>
    <message>
        <source>Rewrite it for the target by hand and apply it after the objects it uses.</source>
        <translation>ターゲット向けに手動で書き直し、それが使うオブジェクトの後に適用してください。</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>ビュー %1</translation>
    </message>
    <message>
        <source>Procedure %1</source>
        <translation>プロシージャ %1</translation>
    </message>
    <message>
        <source>Function %1</source>
        <translation>関数 %1</translation>
    </message>
    <message>
        <source>Trigger %1 on %2</source>
        <translation>%2 のトリガー %1</translation>
    </message>
    <message>
        <source>Sequence %1</source>
        <translation>シーケンス %1</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>型 %1</translation>
    </message>
    <message>
        <source>Ferry does not write %1 schemas.</source>
        <translation>Ferry は %1 のスキーマを書き出しません。</translation>
    </message>
    <message>
        <source>Convert to postgresql, mysql, mariadb or sqlite.</source>
        <translation>postgresql、mysql、mariadb、sqlite のいずれかに変換してください。</translation>
    </message>
    <message>
        <source>%1 drops or empties data and was not run.</source>
        <translation>%1 はデータを削除または空にするため実行しませんでした。</translation>
    </message>
    <message>
        <source>Allow destructive statements to run it (--allow-destructive).</source>
        <translation>実行するには破壊的な文を許可してください (--allow-destructive)。</translation>
    </message>
    <message>
        <source>the name is longer than the target allows</source>
        <translation>名前がターゲットの上限より長いため</translation>
    </message>
    <message>
        <source>the name is taken in the target&apos;s scope</source>
        <translation>名前がターゲットの範囲内で既に使われているため</translation>
    </message>
    <message>
        <source>%1 %2 of %3 is named %4 on the target: %5.</source>
        <translation>%3 の %1 %2 はターゲットでは %4 という名前になります: %5。</translation>
    </message>
    <message>
        <source>Change scripts and code that use the old name.</source>
        <translation>古い名前を使うスクリプトとコードを変更してください。</translation>
    </message>
    <message>
        <source>Table %1 has no primary or unique key: the full load reads it as one slice, and change data capture and validation need a key.</source>
        <translation>テーブル %1 には主キーも一意キーもありません。フルロードは 1 つのスライスとして読み込み、変更データキャプチャと検証にはキーが必要です。</translation>
    </message>
    <message>
        <source>Add a primary key on the source, or a define-primary-key rule to the mapping.</source>
        <translation>ソースに主キーを追加するか、マッピングに define-primary-key ルールを追加してください。</translation>
    </message>
    <message>
        <source>Table %1 has LOB columns (%2): they are moved whole in full LOB mode; limited LOB mode truncates them.</source>
        <translation>テーブル %1 には LOB 列 (%2) があります。完全 LOB モードではそのまま移され、制限付き LOB モードでは切り詰められます。</translation>
    </message>
    <message>
        <source>Keep full LOB mode, or set LobMaxSize above the largest value.</source>
        <translation>完全 LOB モードのままにするか、LobMaxSize を最大値より大きくしてください。</translation>
    </message>
    <message>
        <source>Ferry assessment: %1 (%2) to %3</source>
        <translation>Ferry 評価: %1 (%2) から %3 へ</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;Code&lt;/th&gt;&lt;th&gt;Complexity&lt;/th&gt;&lt;th&gt;Category&lt;/th&gt;&lt;th&gt;Object&lt;/th&gt;&lt;th&gt;Message and fix&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;コード&lt;/th&gt;&lt;th&gt;複雑さ&lt;/th&gt;&lt;th&gt;カテゴリ&lt;/th&gt;&lt;th&gt;オブジェクト&lt;/th&gt;&lt;th&gt;メッセージと対処&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;Category&lt;/th&gt;&lt;th&gt;Objects&lt;/th&gt;&lt;th&gt;Automatic&lt;/th&gt;&lt;th&gt;Simple&lt;/th&gt;&lt;th&gt;Medium&lt;/th&gt;&lt;th&gt;Complex&lt;/th&gt;&lt;th&gt;Not converted&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;カテゴリ&lt;/th&gt;&lt;th&gt;オブジェクト&lt;/th&gt;&lt;th&gt;自動&lt;/th&gt;&lt;th&gt;単純&lt;/th&gt;&lt;th&gt;中程度&lt;/th&gt;&lt;th&gt;複雑&lt;/th&gt;&lt;th&gt;未変換&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Estimated effort: %1 hours (simple %2 min, medium %3 min, complex %4 min per action item).</source>
        <translation>見積もり工数: %1 時間 (対応項目ごとに単純 %2 分、中程度 %3 分、複雑 %4 分)。</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>対応項目</translation>
    </message>
    <message>
        <source>Pre-migration checks</source>
        <translation>移行前チェック</translation>
    </message>
    <message>
        <source>View %1 uses what Ferry does not translate with certainty: %2.</source>
        <translation>ビュー %1 は Ferry が確実には変換できないものを使っています: %2。</translation>
    </message>
    <message>
        <source>Rewrite those parts for the target by hand; the source definition is kept here.</source>
        <translation>その部分をターゲット向けに手動で書き直してください。ソースの定義をここに残します。</translation>
    </message>
    <message>
        <source>Trigger %1 on %2 uses what Ferry does not translate with certainty: %3.</source>
        <translation>%2 のトリガー %1 は Ferry が確実には変換できないものを使っています: %3。</translation>
    </message>
    <message>
        <source>Write the trigger function for the target by hand; the source definition is kept here.</source>
        <translation>ターゲット向けのトリガー関数を手動で書いてください。ソースの定義をここに残します。</translation>
    </message>
    <message>
        <source>Column %1 of %2 (%3 -&gt; %4): %5</source>
        <translation>%2 の列 %1 (%3 -&gt; %4): %5</translation>
    </message>
    <message>
        <source>Check the column&apos;s values on the target, or give it another type with a change-data-type rule.</source>
        <translation>ターゲットで列の値を確認するか、change-data-type ルールで別の型にしてください。</translation>
    </message>
</context>
<context>
    <name>ExceptionsView</name>
    <message>
        <source>&amp;Table:</source>
        <translation>テーブル(&amp;T):</translation>
    </message>
    <message>
        <source>Show the rejected rows of one table, or of every table</source>
        <translation>1 つのテーブル、またはすべてのテーブルの拒否された行を表示します</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>検索(&amp;H):</translation>
    </message>
    <message>
        <source>Show only rows whose table, column, error or values contain this text</source>
        <translation>テーブル、列、エラー、値にこのテキストを含む行のみを表示します</translation>
    </message>
    <message>
        <source>Error, column or value</source>
        <translation>エラー、列、値</translation>
    </message>
    <message>
        <source>Read the rejected rows from the target again (F5)</source>
        <translation>拒否された行をターゲットから再度読み取ります (F5)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Read the next page of rejected rows</source>
        <translation>拒否された行の次のページを読み取ります</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>さらに読み込む(&amp;M)</translation>
    </message>
    <message>
        <source>Rows the target refused; select one to see and fix its values</source>
        <translation>ターゲットが拒否した行です。行を選択すると、その値を確認して修正できます</translation>
    </message>
    <message>
        <source>The values of the selected row; double-click a New value cell to fix it</source>
        <translation>選択した行の値です。[新しい値] のセルをダブルクリックすると修正できます</translation>
    </message>
    <message>
        <source>Write the selected rows, with your fixes, into their target table (Ctrl+Return)</source>
        <translation>選択した行を、修正内容を含めてターゲットテーブルに書き込みます (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Re-apply &amp;selected</source>
        <translation>選択した行を再適用(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Re-apply &amp;all for this table</source>
        <translation>このテーブルのすべての行を再適用(&amp;A)</translation>
    </message>
    <message>
        <source>Forget the fixes of the selected row</source>
        <translation>選択した行の修正内容を破棄します</translation>
    </message>
    <message>
        <source>Re&amp;vert fixes</source>
        <translation>修正を元に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>Re-applying rows on the target</source>
        <translation>ターゲットに行を再適用しています</translation>
    </message>
    <message>
        <source>Stop after the table being written; tables already done stay done</source>
        <translation>書き込み中のテーブルの完了後に停止します。完了済みのテーブルはそのまま残ります</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Derive the rows again from their source values through the task&apos;s mapping as it is now (after you changed a rule), instead of writing them as they were written</source>
        <translation>書き込んだとおりに行を書くのではなく、タスクの現在のマッピング (ルールを変更した後) を通してソースの値から行を導き直します</translation>
    </message>
    <message>
        <source>With the current r&amp;ules</source>
        <translation>現在のルールで(&amp;U)</translation>
    </message>
    <message>
        <source>Change the task&apos;s mapping rules (for example a column&apos;s type or an added column&apos;s expression), then re-apply the rows with them</source>
        <translation>タスクのマッピングルール (列の型や追加列の式など) を変更してから、そのルールで行を再適用します</translation>
    </message>
    <message>
        <source>&amp;Edit rules...</source>
        <translation>ルールの編集(&amp;E)...</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Table Mapping</source>
        <translation>テーブルマッピング</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Table mapping</source>
        <translation>テーブルマッピング</translation>
    </message>
    <message>
        <source>&amp;Import DMS JSON…</source>
        <translation>DMS JSON をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Replace the rules with an AWS DMS table-mapping JSON file</source>
        <translation>ルールを AWS DMS のテーブルマッピング JSON ファイルの内容で置き換えます</translation>
    </message>
    <message>
        <source>E&amp;xport DMS JSON…</source>
        <translation>DMS JSON をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the rules as an AWS DMS table-mapping JSON file</source>
        <translation>ルールを AWS DMS のテーブルマッピング JSON ファイルとして書き出します</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>このメッセージを非表示にします</translation>
    </message>
    <message>
        <source>Source &amp;tables</source>
        <translation>ソーステーブル(&amp;T)</translation>
    </message>
    <message>
        <source>Find schema or table</source>
        <translation>スキーマまたはテーブルを検索</translation>
    </message>
    <message>
        <source>Show only the tables whose name contains this text</source>
        <translation>名前にこのテキストを含むテーブルのみを表示します</translation>
    </message>
    <message>
        <source>Check the tables to migrate; the selection rules follow</source>
        <translation>移行するテーブルをチェックしてください。選択ルールはそれに合わせて更新されます</translation>
    </message>
    <message>
        <source>&amp;Selection rules</source>
        <translation>選択ルール(&amp;S)</translation>
    </message>
    <message>
        <source>Selection rules in the order they are written (exclude rules always win)</source>
        <translation>記述された順の選択ルール (除外ルールが常に優先されます)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a selection rule</source>
        <translation>選択ルールを追加します</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected selection rule</source>
        <translation>選択した選択ルールを削除します</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move the selected rule up</source>
        <translation>選択したルールを上へ移動します</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Move the selected rule down</source>
        <translation>選択したルールを下へ移動します</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>アクション(&amp;A):</translation>
    </message>
    <message>
        <source>Include loads the matching tables; exclude leaves them out (exclude always wins)</source>
        <translation>「含める」は一致するテーブルをロードし、「除外」はそれらを除外します (除外が常に優先されます)</translation>
    </message>
    <message>
        <source>Schema name or pattern, e.g. dms_sample or %</source>
        <translation>スキーマ名またはパターン (例: dms_sample、%)</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>テーブル(&amp;T):</translation>
    </message>
    <message>
        <source>Table name or pattern, e.g. ticket% or %</source>
        <translation>テーブル名またはパターン (例: ticket%、%)</translation>
    </message>
    <message>
        <source>Object t&amp;ype:</source>
        <translation>オブジェクトの種類(&amp;Y):</translation>
    </message>
    <message>
        <source>Which objects the rule selects: tables, views or both</source>
        <translation>ルールが選択するオブジェクト: テーブル、ビュー、またはその両方</translation>
    </message>
    <message>
        <source>&amp;Load order:</source>
        <translation>ロード順序(&amp;L):</translation>
    </message>
    <message>
        <source>Tables with a higher load order are loaded first</source>
        <translation>ロード順序の値が大きいテーブルから先にロードされます</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>In patterns, % matches any run of characters and _ exactly one; [_] is a literal underscore. Names are case-sensitive.</source>
        <translation>パターンでは、% は任意の長さの文字列に、_ は任意の 1 文字に一致します。[_] はアンダースコアそのものを表します。名前は大文字と小文字が区別されます。</translation>
    </message>
    <message>
        <source>Column &amp;filters</source>
        <translation>列フィルター(&amp;F)</translation>
    </message>
    <message>
        <source>Source filters: which rows of a table are loaded</source>
        <translation>ソースフィルター: テーブルのどの行をロードするか</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Add a source filter to the table selected in the tree</source>
        <translation>ツリーで選択したテーブルにソースフィルターを追加します</translation>
    </message>
    <message>
        <source>Remove the selected filter</source>
        <translation>選択したフィルターを削除します</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>テーブル(&amp;A):</translation>
    </message>
    <message>
        <source>The source table whose rows the filter chooses</source>
        <translation>フィルターで行を選ぶ対象のソーステーブル</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>列(&amp;C):</translation>
    </message>
    <message>
        <source>The source column the conditions test</source>
        <translation>条件で判定するソースの列</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>条件:</translation>
    </message>
    <message>
        <source>Conditions on the column: a row is loaded when any of them holds</source>
        <translation>列に対する条件: いずれかの条件を満たす行がロードされます</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>演算子</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>End value</source>
        <translation>終了値</translation>
    </message>
    <message>
        <source>Add c&amp;ondition</source>
        <translation>条件を追加(&amp;O)</translation>
    </message>
    <message>
        <source>Add a condition to this filter (conditions are combined with OR)</source>
        <translation>このフィルターに条件を追加します (条件は OR で結合されます)</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>条件を削除</translation>
    </message>
    <message>
        <source>Remove the selected condition</source>
        <translation>選択した条件を削除します</translation>
    </message>
    <message>
        <source>A row is loaded when any condition of its filter holds and every filter of its table holds. Filter on columns whose values do not change.</source>
        <translation>フィルターのいずれかの条件を満たし、かつテーブルのすべてのフィルターを満たす行がロードされます。値が変化しない列でフィルターしてください。</translation>
    </message>
    <message>
        <source>T&amp;ransformations</source>
        <translation>変換(&amp;R)</translation>
    </message>
    <message>
        <source>Transformation rules; when several change the same object, the first one applies</source>
        <translation>変換ルール: 複数のルールが同じオブジェクトを変更する場合は、最初のルールが適用されます</translation>
    </message>
    <message>
        <source>Add a transformation rule</source>
        <translation>変換ルールを追加します</translation>
    </message>
    <message>
        <source>Remove the selected transformation rule</source>
        <translation>選択した変換ルールを削除します</translation>
    </message>
    <message>
        <source>Move the selected rule up (applies before later rules)</source>
        <translation>選択したルールを上へ移動します (後のルールより先に適用されます)</translation>
    </message>
    <message>
        <source>What the rule does</source>
        <translation>ルールの動作</translation>
    </message>
    <message>
        <source>Appl&amp;ies to:</source>
        <translation>適用対象(&amp;I):</translation>
    </message>
    <message>
        <source>Whether the rule changes schemas, tables or columns</source>
        <translation>ルールがスキーマ、テーブル、列のどれを変更するか</translation>
    </message>
    <message>
        <source>Schema name or pattern</source>
        <translation>スキーマ名またはパターン</translation>
    </message>
    <message>
        <source>Table name or pattern</source>
        <translation>テーブル名またはパターン</translation>
    </message>
    <message>
        <source>Col&amp;umn:</source>
        <translation>列(&amp;U):</translation>
    </message>
    <message>
        <source>Column name or pattern</source>
        <translation>列名またはパターン</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>値(&amp;V):</translation>
    </message>
    <message>
        <source>Ol&amp;d value:</source>
        <translation>古い値(&amp;D):</translation>
    </message>
    <message>
        <source>The prefix or suffix to replace</source>
        <translation>置換するプレフィックスまたはサフィックス</translation>
    </message>
    <message>
        <source>e.g. $first_name||&apos; &apos;||$last_name</source>
        <translation>例: $first_name||&apos; &apos;||$last_name</translation>
    </message>
    <message>
        <source>SQLite expression; $column reads a source column</source>
        <translation>SQLite の式。$column でソースの列を読み取ります</translation>
    </message>
    <message>
        <source>Data t&amp;ype:</source>
        <translation>データ型(&amp;Y):</translation>
    </message>
    <message>
        <source>The AWS DMS data type of the column</source>
        <translation>列の AWS DMS データ型</translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation>長さ(&amp;G):</translation>
    </message>
    <message>
        <source>Length of string, wstring and bytes types</source>
        <translation>string、wstring、bytes 型の長さ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P):</translation>
    </message>
    <message>
        <source>Digits of numeric types; fractional seconds of datetime</source>
        <translation>numeric 型の桁数、datetime の秒の小数部の桁数</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>スケール(&amp;A):</translation>
    </message>
    <message>
        <source>Digits after the decimal point of numeric types</source>
        <translation>numeric 型の小数点以下の桁数</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>プレビュー(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;excluded tables</source>
        <translation>除外されたテーブルを表示(&amp;E)</translation>
    </message>
    <message>
        <source>Also list the source tables the rules do not load</source>
        <translation>ルールによってロードされないソーステーブルも一覧表示します</translation>
    </message>
    <message>
        <source>Source tables and columns and what they become on the target</source>
        <translation>ソースのテーブルと列、およびそれらがターゲットでどうなるか</translation>
    </message>
    <message>
        <source>Sc&amp;hema:</source>
        <translation>スキーマ(&amp;H):</translation>
    </message>
    <message>
        <source>Expressio&amp;n:</source>
        <translation>式(&amp;N):</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Reading the source catalog</source>
        <translation>ソースカタログを読み取っています</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>キャンセル(&amp;A)</translation>
    </message>
    <message>
        <source>Stop reading the source catalog.</source>
        <translation>ソースカタログの読み取りを停止します。</translation>
    </message>
    <message>
        <source>&amp;Read the tables</source>
        <translation>テーブルを読み取る(&amp;R)</translation>
    </message>
    <message>
        <source>Read the source&apos;s tables again.</source>
        <translation>ソースのテーブルを再度読み取ります。</translation>
    </message>
    <message>
        <source>Source password</source>
        <translation>ソースのパスワード</translation>
    </message>
</context>
<context>
    <name>MappingText</name>
    <message>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新しい名前</translation>
    </message>
    <message>
        <source>Convert to lower case</source>
        <translation>小文字に変換</translation>
    </message>
    <message>
        <source>Convert to upper case</source>
        <translation>大文字に変換</translation>
    </message>
    <message>
        <source>Add prefix</source>
        <translation>プレフィックスを追加</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>プレフィックス</translation>
    </message>
    <message>
        <source>Remove prefix</source>
        <translation>プレフィックスを削除</translation>
    </message>
    <message>
        <source>Replace prefix</source>
        <translation>プレフィックスを置換</translation>
    </message>
    <message>
        <source>New prefix</source>
        <translation>新しいプレフィックス</translation>
    </message>
    <message>
        <source>Add suffix</source>
        <translation>サフィックスを追加</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>サフィックス</translation>
    </message>
    <message>
        <source>Remove suffix</source>
        <translation>サフィックスを削除</translation>
    </message>
    <message>
        <source>Replace suffix</source>
        <translation>サフィックスを置換</translation>
    </message>
    <message>
        <source>New suffix</source>
        <translation>新しいサフィックス</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>列を削除</translation>
    </message>
    <message>
        <source>Keep only listed columns</source>
        <translation>指定した列のみ保持</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>列を追加</translation>
    </message>
    <message>
        <source>Column name</source>
        <translation>列名</translation>
    </message>
    <message>
        <source>Change data type</source>
        <translation>データ型を変更</translation>
    </message>
    <message>
        <source>equal to</source>
        <translation>等しい</translation>
    </message>
    <message>
        <source>not equal to</source>
        <translation>等しくない</translation>
    </message>
    <message>
        <source>less than or equal to</source>
        <translation>以下</translation>
    </message>
    <message>
        <source>greater than or equal to</source>
        <translation>以上</translation>
    </message>
    <message>
        <source>between</source>
        <translation>範囲内</translation>
    </message>
    <message>
        <source>not between</source>
        <translation>範囲外</translation>
    </message>
    <message>
        <source>is null</source>
        <translation>NULL である</translation>
    </message>
    <message>
        <source>is not null</source>
        <translation>NULL でない</translation>
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
        <translation>%1 が %2 から %3 の範囲内</translation>
    </message>
    <message>
        <source>%1 not between %2 and %3</source>
        <translation>%1 が %2 から %3 の範囲外</translation>
    </message>
    <message>
        <source>%1 is null</source>
        <translation>%1 が NULL</translation>
    </message>
    <message>
        <source>%1 is not null</source>
        <translation>%1 が NULL でない</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>A rule the editor shows but does not edit: &quot;define-primary-key table inventory.ITEM&quot;.</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 (no condition)</source>
        <translation>%1 (条件なし)</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Joins the conditions of one source filter (any of them may hold).</extracomment>
        <translation> または </translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>%1 を含める</translation>
    </message>
    <message>
        <source>Exclude %1</source>
        <translation>%1 を除外</translation>
    </message>
    <message>
        <source>Include exactly %1</source>
        <translation>%1 を明示的に含める</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> (views)</source>
        <translation> (ビュー)</translation>
    </message>
    <message>
        <source> (tables and views)</source>
        <translation> (テーブルとビュー)</translation>
    </message>
    <message>
        <source>%1 where %2</source>
        <extracomment>A selection rule with source filters: &quot;Include s.t where price &gt;= 10&quot;.</extracomment>
        <translation>%1 (条件: %2)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> かつ </translation>
    </message>
    <message>
        <source>%1, load order %2</source>
        <translation>%1、ロード順序 %2</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <source>table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Rename %1 %2 to %3</source>
        <extracomment>&quot;Rename table dms_sample.person to people&quot;.</extracomment>
        <translation>%1 %2 の名前を %3 に変更</translation>
    </message>
    <message>
        <source>Lower-case %1 names in %2</source>
        <translation>%2 の%1名を小文字に変換</translation>
    </message>
    <message>
        <source>Upper-case %1 names in %2</source>
        <translation>%2 の%1名を大文字に変換</translation>
    </message>
    <message>
        <source>Add prefix %1 to %2 names in %3</source>
        <translation>%3 の%2名にプレフィックス %1 を追加</translation>
    </message>
    <message>
        <source>Remove prefix %1 from %2 names in %3</source>
        <translation>%3 の%2名からプレフィックス %1 を削除</translation>
    </message>
    <message>
        <source>Replace prefix %1 with %2 in %3 names in %4</source>
        <translation>%4 の%3名のプレフィックス %1 を %2 に置換</translation>
    </message>
    <message>
        <source>Add suffix %1 to %2 names in %3</source>
        <translation>%3 の%2名にサフィックス %1 を追加</translation>
    </message>
    <message>
        <source>Remove suffix %1 from %2 names in %3</source>
        <translation>%3 の%2名からサフィックス %1 を削除</translation>
    </message>
    <message>
        <source>Replace suffix %1 with %2 in %3 names in %4</source>
        <translation>%4 の%3名のサフィックス %1 を %2 に置換</translation>
    </message>
    <message>
        <source>Remove column %1</source>
        <translation>列 %1 を削除</translation>
    </message>
    <message>
        <source>Keep column %1</source>
        <translation>列 %1 を保持</translation>
    </message>
    <message>
        <source>Add column %1 %2 to %3</source>
        <translation>%3 に列 %1 %2 を追加</translation>
    </message>
    <message>
        <source>Add column %1 %2 = %3 to %4</source>
        <translation>%4 に列 %1 %2 = %3 を追加</translation>
    </message>
    <message>
        <source>Change type of %1 to %2</source>
        <translation>%1 の型を %2 に変更</translation>
    </message>
</context>
<context>
    <name>MigrationTypePage</name>
    <message>
        <source>&amp;Task name:</source>
        <translation>タスク名(&amp;T):</translation>
    </message>
    <message>
        <source>How the project and the command line refer to the task (ferry run PROJECT --task NAME).</source>
        <translation>プロジェクトとコマンドラインでタスクを参照するときの名前です (ferry run PROJECT --task NAME)。</translation>
    </message>
    <message>
        <source>&amp;Full load</source>
        <translation>全ロード(&amp;F)</translation>
    </message>
    <message>
        <source>Creates the selected tables on the target and copies every row once.</source>
        <translation>選択したテーブルをターゲットに作成し、すべての行を 1 回コピーします。</translation>
    </message>
    <message>
        <source>Full load and ongoing &amp;replication (CDC)</source>
        <translation>全ロードと継続的なレプリケーション (CDC)(&amp;R)</translation>
    </message>
    <message>
        <source>Coming in a later version: after the full load, keeps the target up to date with the changes made on the source.</source>
        <translation>今後のバージョンで対応予定: 全ロードの後、ソースで行われた変更をターゲットに反映し続けます。</translation>
    </message>
    <message>
        <source>&amp;Changes only (CDC)</source>
        <translation>変更のみ (CDC)(&amp;C)</translation>
    </message>
    <message>
        <source>Coming in a later version: replicates only the changes made on the source after the task starts.</source>
        <translation>今後のバージョンで対応予定: タスクの開始後にソースで行われた変更のみをレプリケートします。</translation>
    </message>
</context>
<context>
    <name>MonitoringView</name>
    <message>
        <source>&amp;Window:</source>
        <translation>表示範囲(&amp;W):</translation>
    </message>
    <message>
        <source>How much of the run the charts show</source>
        <translation>グラフに表示する実行期間の範囲</translation>
    </message>
    <message>
        <source>Freeze the charts to read them; data keeps being collected</source>
        <translation>グラフを固定して読み取れるようにします。データの収集は続行されます</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Save the charts as a PNG image</source>
        <translation>グラフを PNG 画像として保存します</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>PNG をエクスポート(&amp;N)…</translation>
    </message>
    <message>
        <source>Save every series as CSV: UTC timestamps, elapsed seconds and values with their units</source>
        <translation>すべての系列を CSV として保存します: UTC タイムスタンプ、経過秒数、単位付きの値</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV をエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Throughput charts appear here while a task runs: rows and kilobytes per second read from the source and written to the target.</source>
        <translation>タスクの実行中は、ここにスループットのグラフが表示されます: ソースから読み取った行数とキロバイト数、およびターゲットに書き込んだ行数とキロバイト数 (1 秒あたり)。</translation>
    </message>
    <message>
        <source>No CDC latency to chart: this task is a full load. For tasks that replicate ongoing changes (CDC), the latency at the source and at the target is charted here.</source>
        <translation>グラフに表示する CDC レイテンシーはありません: このタスクは全ロードです。進行中の変更をレプリケートするタスク (CDC) では、ソースとターゲットのレイテンシーがここにグラフ表示されます。</translation>
    </message>
</context>
<context>
    <name>OdbcPage</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>名前(&amp;M):</translation>
    </message>
    <message>
        <source>How the project refers to this endpoint.</source>
        <translation>プロジェクトでこのエンドポイントを参照するときの名前です。</translation>
    </message>
    <message>
        <source>&amp;Data source:</source>
        <translation>データソース(&amp;D):</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Read the data sources from the ODBC driver manager again.</source>
        <translation>ODBC ドライバーマネージャーからデータソースを再度読み取ります。</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>as set in the data source</source>
        <translation>データソースの設定どおり</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>The password is kept in memory, in the system keyring if you ask for it, and never in the project file.</source>
        <translation>パスワードはメモリ内に保持され、指定した場合はシステムキーリングにも保存されます。プロジェクトファイルに保存されることはありません。</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>システムキーリングに記憶する(&amp;R)</translation>
    </message>
    <message>
        <source>Without it, Ferry asks for the password each time it connects.</source>
        <translation>オフにすると、Ferry は接続するたびにパスワードの入力を求めます。</translation>
    </message>
    <message>
        <source>No system keyring is available, so Ferry cannot remember this password: it will ask for it each time it connects. The password is never written to the project file.</source>
        <translation>システムキーリングを利用できないため、Ferry はこのパスワードを記憶できません。接続するたびにパスワードの入力を求めます。パスワードがプロジェクトファイルに書き込まれることはありません。</translation>
    </message>
</context>
<context>
    <name>ProjectLocationPage</name>
    <message>
        <source>Project na&amp;me:</source>
        <translation>プロジェクト名(&amp;M):</translation>
    </message>
    <message>
        <source>Also gives the project file its name.</source>
        <translation>プロジェクトファイルの名前にもなります。</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>省略可能</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>The folder the project file is written to.</source>
        <translation>プロジェクトファイルの書き込み先フォルダーです。</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>参照(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the project folder.</source>
        <translation>プロジェクトフォルダーを選択します。</translation>
    </message>
    <message>
        <source>Project file:</source>
        <translation>プロジェクトファイル:</translation>
    </message>
</context>
<context>
    <name>ReloadTablesDialog</name>
    <message>
        <source>Reload Tables</source>
        <translation>テーブルの再ロード</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>フィルター(&amp;F):</translation>
    </message>
    <message>
        <source>Show only the tables whose source or target name contains this text.</source>
        <translation>ソース名またはターゲット名にこの文字列を含むテーブルだけを表示します。</translation>
    </message>
    <message>
        <source>schema or table name</source>
        <translation>スキーマ名またはテーブル名</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Check every table the filter shows.</source>
        <translation>フィルターで表示されているすべてのテーブルにチェックを付けます。</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>選択をすべて解除(&amp;N)</translation>
    </message>
    <message>
        <source>Uncheck every table the filter shows.</source>
        <translation>フィルターで表示されているすべてのテーブルのチェックを外します。</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>名前(&amp;M):</translation>
    </message>
    <message>
        <source>How the project refers to this endpoint.</source>
        <translation>プロジェクトでこのエンドポイントを参照するときの名前です。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>The server&apos;s host name or IP address.</source>
        <translation>サーバーのホスト名または IP アドレスです。</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>Leave empty for the engine&apos;s default port.</source>
        <translation>エンジンの既定のポートを使用する場合は空のままにします。</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>TLS モード(&amp;T):</translation>
    </message>
    <message>
        <source>Whether the connection is encrypted and how the server&apos;s certificate is checked.</source>
        <translation>接続を暗号化するかどうかと、サーバー証明書の検証方法です。</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>CA 証明書(&amp;A):</translation>
    </message>
    <message>
        <source>The certificate of the authority that signed the server&apos;s certificate (PEM file).</source>
        <translation>サーバー証明書に署名した認証局の証明書 (PEM ファイル) です。</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>参照(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file.</source>
        <translation>CA 証明書ファイルを選択します。</translation>
    </message>
</context>
<context>
    <name>SqlitePage</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>名前(&amp;M):</translation>
    </message>
    <message>
        <source>How the project refers to this endpoint.</source>
        <translation>プロジェクトでこのエンドポイントを参照するときの名前です。</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>データベースファイル(&amp;F):</translation>
    </message>
    <message>
        <source>The path of the SQLite database file.</source>
        <translation>SQLite データベースファイルのパスです。</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>参照(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>データベースファイルを選択します。</translation>
    </message>
    <message>
        <source>&amp;Create the file if it does not exist</source>
        <translation>ファイルが存在しない場合は作成する(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Project file:</source>
        <translation>プロジェクトファイル:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>ターゲット:</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>タスク:</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>テーブル:</translation>
    </message>
    <message>
        <source>&amp;Contents of the file:</source>
        <translation>ファイルの内容(&amp;C):</translation>
    </message>
    <message>
        <source>Target tables:</source>
        <translation>ターゲットテーブル:</translation>
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
        <translation>MySQL または MariaDB</translation>
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
        <translation>データソース %1</translation>
    </message>
    <message>
        <source>data source %1 as %2</source>
        <translation>データソース %1 (ユーザー %2)</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>ローカルソケット</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 (ユーザー %2)</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>パスワードなし</translation>
    </message>
    <message>
        <source>Read from an environment variable</source>
        <translation>環境変数から読み取る</translation>
    </message>
    <message>
        <source>Stored in the system keyring</source>
        <translation>システムキーリングに保存</translation>
    </message>
    <message>
        <source>Asked each time Ferry connects</source>
        <translation>Ferry が接続するたびに入力を求める</translation>
    </message>
    <message>
        <source>Left to the client library (~/.pgpass)</source>
        <translation>クライアントライブラリに任せる (~/.pgpass)</translation>
    </message>
    <message>
        <source>Connection succeeded</source>
        <translation>接続に成功しました</translation>
    </message>
    <message>
        <source>The connection details are incomplete or wrong</source>
        <translation>接続情報が不完全か、誤っています</translation>
    </message>
    <message>
        <source>Unknown host name</source>
        <translation>不明なホスト名</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>No answer from the server</source>
        <translation>サーバーから応答がありません</translation>
    </message>
    <message>
        <source>Login rejected: wrong user name or password</source>
        <translation>ログインが拒否されました: ユーザー名またはパスワードが誤っています</translation>
    </message>
    <message>
        <source>Secure connection (TLS) failed</source>
        <translation>セキュア接続 (TLS) に失敗しました</translation>
    </message>
    <message>
        <source>Database not found</source>
        <translation>データベースが見つかりません</translation>
    </message>
    <message>
        <source>A privilege is missing</source>
        <translation>権限が不足しています</translation>
    </message>
    <message>
        <source>Server version not supported</source>
        <translation>サポートされていないサーバーのバージョンです</translation>
    </message>
    <message>
        <source>ODBC driver or data source not found</source>
        <translation>ODBC ドライバーまたはデータソースが見つかりません</translation>
    </message>
    <message>
        <source>Not a database file</source>
        <translation>データベースファイルではありません</translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation>接続できませんでした</translation>
    </message>
    <message>
        <source>Another kind of server answers on this port</source>
        <translation>このポートでは別の種類のサーバーが応答しています</translation>
    </message>
</context>
<context>
    <name>ferry::ConnectionTestPage</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>詳細を表示</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>接続のテスト</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>詳細を非表示</translation>
    </message>
    <message>
        <source>Ferry connects as it will when it reads the source, and checks the privileges it needs.</source>
        <translation>Ferry はソースを読み取るときと同じ方法で接続し、必要な権限を確認します。</translation>
    </message>
    <message>
        <source>Ferry connects as it will when it writes the target, and checks the privileges it needs.</source>
        <translation>Ferry はターゲットに書き込むときと同じ方法で接続し、必要な権限を確認します。</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>書き込み権限のあるフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation>未テスト</translation>
    </message>
    <message>
        <source>Test the connection before you go on. To keep the endpoint without a successful test, tick the box below.</source>
        <translation>先に進む前に接続をテストしてください。テストに成功しないままエンドポイントを保存するには、下のチェックボックスをオンにしてください。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>接続をテストしています…</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>%1 に接続しています。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>再テスト(&amp;T)</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>%1 %2 answered in %3 ms.</source>
        <translation>%1 %2 が %3 ms で応答しました。</translation>
    </message>
    <message>
        <source>Test cancelled</source>
        <translation>テストはキャンセルされました</translation>
    </message>
    <message>
        <source>The connection test was cancelled before it finished.</source>
        <translation>接続テストは完了前にキャンセルされました。</translation>
    </message>
    <message>
        <source>Storing the password in the system keyring…</source>
        <translation>パスワードをシステムキーリングに保存しています…</translation>
    </message>
    <message>
        <source>Asked each time Ferry connects; never saved.</source>
        <translation>Ferry が接続するたびに入力を求めます。保存はされません。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Stored in the system keyring when you continue; never in the project file.</source>
        <translation>続行するとシステムキーリングに保存されます。プロジェクトファイルには保存されません。</translation>
    </message>
    <message>
        <source>Go Back and check the user name and the password, then test again. If they are right, ask the administrator whether this user may log in from this computer.</source>
        <translation>「戻る」でユーザー名とパスワードを確認し、もう一度テストしてください。正しい場合は、このユーザーがこのコンピューターからログインできるか管理者に確認してください。</translation>
    </message>
    <message>
        <source>The system keyring could not store the password, so Ferry will ask for it each time it connects. Continue to go on without storing it.

%1</source>
        <translation>システムキーリングにパスワードを保存できなかったため、Ferry は接続のたびにパスワードを尋ねます。保存せずに進むには続行してください。

%1</translation>
    </message>
    <message>
        <source>Kept in the system keyring as it is; never in the project file.</source>
        <translation>システムキーリングにそのまま保持されます。プロジェクトファイルには保存されません。</translation>
    </message>
</context>
<context>
    <name>ferry::EndpointChoicePage</name>
    <message>
        <source>Source endpoint</source>
        <translation>ソースエンドポイント</translation>
    </message>
    <message>
        <source>Target endpoint</source>
        <translation>ターゲットエンドポイント</translation>
    </message>
    <message>
        <source>The database Ferry reads the data from.</source>
        <translation>Ferry がデータを読み取るデータベースです。</translation>
    </message>
    <message>
        <source>The database Ferry writes the data to.</source>
        <translation>Ferry がデータを書き込むデータベースです。</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <source>The new source endpoint is also named %1. Pick another target, or go back and rename the source.</source>
        <translation>新しいソースエンドポイントも %1 という名前です。別のターゲットを選択するか、前に戻ってソースの名前を変更してください。</translation>
    </message>
    <message>
        <source>Password: %1.</source>
        <translation>パスワード: %1。</translation>
    </message>
</context>
<context>
    <name>ferry::EndpointConnection</name>
    <message>
        <source>Endpoint &apos;%1&apos; needs a password.</source>
        <translation>エンドポイント &apos;%1&apos; にはパスワードが必要です。</translation>
    </message>
    <message>
        <source>Enter it when asked; it is kept for this session only.</source>
        <translation>求められたら入力してください。パスワードはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>The project has no endpoint &apos;%1&apos;.</source>
        <translation>プロジェクトにエンドポイント &apos;%1&apos; はありません。</translation>
    </message>
</context>
<context>
    <name>ferry::EndpointDetailsPage</name>
    <message>
        <source>The project already has an endpoint named %1; choose another name.</source>
        <translation>プロジェクトには既に %1 という名前のエンドポイントがあります。別の名前を選択してください。</translation>
    </message>
</context>
<context>
    <name>ferry::EndpointWizard</name>
    <message>
        <source>New source endpoint</source>
        <translation>新しいソースエンドポイント</translation>
    </message>
    <message>
        <source>New target endpoint</source>
        <translation>新しいターゲットエンドポイント</translation>
    </message>
    <message>
        <source>Edit endpoint %1</source>
        <translation>エンドポイント %1 の編集</translation>
    </message>
</context>
<context>
    <name>ferry::EnginePage</name>
    <message>
        <source>Source database</source>
        <translation>ソースデータベース</translation>
    </message>
    <message>
        <source>Target database</source>
        <translation>ターゲットデータベース</translation>
    </message>
    <message>
        <source>Choose the kind of database Ferry reads the data from.</source>
        <translation>Ferry がデータを読み取るデータベースの種類を選択してください。</translation>
    </message>
    <message>
        <source>Choose the kind of database Ferry writes the data to.</source>
        <translation>Ferry がデータを書き込むデータベースの種類を選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) use this endpoint: %1. Their table mappings are kept as they are when the engine changes; check them with Edit Mapping afterwards.</source>
        <translation>
            <numerusform>%n 個のタスクがこのエンドポイントを使っています: %1。エンジンを変更してもテーブルマッピングはそのまま残ります。変更後に「マッピングを編集」で確認してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ErrorBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>このメッセージを隠す</translation>
    </message>
</context>
<context>
    <name>ferry::ExceptionsView</name>
    <message>
        <source>The rejected rows could not be read: %1</source>
        <translation>拒否された行を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み取っています…</translation>
    </message>
    <message>
        <source>No rejected rows</source>
        <translation>拒否された行はありません</translation>
    </message>
    <message>
        <source>No rejected rows for %1</source>
        <translation>%1 の拒否された行はありません</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rejected row(s) loaded</source>
        <translation>
            <numerusform>拒否された行 %n 行中 %1 行を読み込み済み</numerusform>
        </translation>
    </message>
    <message>
        <source>All tables (%1)</source>
        <translation>すべてのテーブル (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 into %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Select a rejected row to see its values.</source>
        <translation>拒否された行を選択すると、その値が表示されます。</translation>
    </message>
    <message>
        <source>Row from %1 into %2, slice %3 (values as read from the source)</source>
        <translation>%1 から %2 への行、スライス %3 (値はソースから読み取ったまま)</translation>
    </message>
    <message>
        <source>Row from %1 into %2, slice %3</source>
        <translation>%1 から %2 への行、スライス %3</translation>
    </message>
    <message>
        <source>%1 (The target did not name a column.)</source>
        <translation>%1 (ターゲットは列を示しませんでした。)</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (列 %2)</translation>
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
            <numerusform>選択した %n 行を再適用(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-apply &amp;selected</source>
        <translation>選択した行を再適用(&amp;S)</translation>
    </message>
    <message>
        <source>Choose a table to re-apply all of its rejected rows</source>
        <translation>テーブルを選択すると、その拒否された行をすべて再適用できます</translation>
    </message>
    <message>
        <source>Write every rejected row of %1, with your fixes, into its target table</source>
        <translation>%1 のすべての拒否された行を、修正内容を含めてターゲットテーブルに書き込みます</translation>
    </message>
    <message>
        <source>Re-applying was cancelled; tables already written stay written.</source>
        <translation>再適用はキャンセルされました。書き込み済みのテーブルはそのまま残ります。</translation>
    </message>
    <message>
        <source>The rows could not be re-applied: %1</source>
        <translation>行を再適用できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Re-applying %n row(s)…</source>
        <translation>
            <numerusform>%n 行を再適用しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) re-applied.</source>
        <translation>
            <numerusform>%n 行を再適用しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused again: see the new error.</source>
        <translation>
            <numerusform>%n 行が再度拒否されました: 新しいエラーを確認してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not re-applied.</source>
        <translation>
            <numerusform>%n 行は再適用されませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules changed: re-apply the rows to derive them again with the new rules.</source>
        <translation>ルールが変更されました: 新しいルールで導き直すには行を再適用してください。</translation>
    </message>
    <message>
        <source>The task&apos;s rules could not be used: %1</source>
        <translation>タスクのルールを使用できませんでした: %1</translation>
    </message>
    <message>
        <source>• %1.%2: %3 → %4 (rule %5)</source>
        <translation>• %1.%2: %3 → %4 (ルール %5)</translation>
    </message>
    <message numerus="yes">
        <source>The rules give %n target column(s) another type than the target table has:</source>
        <translation>
            <numerusform>ルールにより、%n 個のターゲット列の型がターゲットテーブルの型と異なります:</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the target table&apos;s columns and re-apply the rows? The rows already in the table are converted by the target; if one does not convert nothing changes.</source>
        <translation>ターゲットテーブルの列を変更して行を再適用しますか? テーブルにある既存の行はターゲットが変換します。変換できない行があれば何も変更されません。</translation>
    </message>
    <message>
        <source>Change Target Columns</source>
        <translation>ターゲット列の変更</translation>
    </message>
</context>
<context>
    <name>ferry::LogView</name>
    <message>
        <source>All severities</source>
        <translation>すべての重大度</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>情報以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告とエラー</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>すべてのコンポーネント</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>ログを検索</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>自動スクロール</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>最新の行を常に表示します</translation>
    </message>
    <message>
        <source>&amp;Copy Lines</source>
        <translation>行をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected log lines</source>
        <translation>選択したログ行をコピーします</translation>
    </message>
    <message>
        <source>Select a line to read its whole message here.</source>
        <translation>行を選択すると、そのメッセージ全体がここに表示されます。</translation>
    </message>
</context>
<context>
    <name>ferry::MainWindow</name>
    <message>
        <source>Table statistics</source>
        <translation>テーブル統計</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>モニタリング</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>No task running</source>
        <translation>実行中のタスクはありません</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>プロジェクトを開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open a Ferry project file</source>
        <translation>Ferry プロジェクトファイルを開きます</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project file</source>
        <translation>プロジェクトファイルを保存します</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>プロジェクトに新しい名前を付けて保存します</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>プロジェクトを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close the project and show the welcome page</source>
        <translation>プロジェクトを閉じて、ようこそページを表示します</translation>
    </message>
    <message>
        <source>Run sa&amp;mple migration</source>
        <translation>サンプル移行を実行(&amp;M)</translation>
    </message>
    <message>
        <source>Generate the sports-ticketing sample (1,000,000 tickets) and migrate it into an SQLite copy, with live statistics</source>
        <translation>スポーツチケット販売のサンプル (チケット 1,000,000 件) を生成し、リアルタイムの統計を表示しながら SQLite のコピーに移行します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Ferry Workbench</source>
        <translation>Ferry Workbench を終了します</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>環境設定(&amp;P)...</translation>
    </message>
    <message>
        <source>Language and colours</source>
        <translation>言語と配色</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>タスク(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>再開(&amp;E)</translation>
    </message>
    <message>
        <source>Continue the selected task&apos;s last run where it stopped</source>
        <translation>選択したタスクの前回の実行を、停止した位置から続行します</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the running task; it can be resumed (Shift+F5)</source>
        <translation>実行中のタスクを停止します。後で再開できます (Shift+F5)</translation>
    </message>
    <message>
        <source>Re&amp;fresh Catalogs</source>
        <translation>カタログを更新(&amp;F)</translation>
    </message>
    <message>
        <source>Read the source and target catalogs again</source>
        <translation>ソースとターゲットのカタログを再度読み取ります</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>Ferry について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>The sample could not be written: %1</source>
        <translation>サンプルを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Stopped; run it again to resume.</source>
        <translation>停止しました。再開するには再度実行してください。</translation>
    </message>
    <message>
        <source>The sample project could not be written: %1</source>
        <translation>サンプルプロジェクトを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Sample project ready: press Run (F5) to migrate it.</source>
        <translation>サンプルプロジェクトの準備ができました: 移行するには [実行] (F5) を押してください。</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 を開けませんでした</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>%1 を開けませんでした。

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Ferry projects (*.yaml *.yml);;All files (*)</source>
        <translation>Ferry プロジェクト (*.yaml *.yml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Run Task</source>
        <translation>タスクの実行</translation>
    </message>
    <message>
        <source>%1: connecting...</source>
        <translation>%1: 接続しています...</translation>
    </message>
    <message>
        <source>Not started: no password for %1.</source>
        <translation>開始されませんでした: %1 のパスワードがありません。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Password for endpoint %1 (kept for this session only):</source>
        <translation>エンドポイント %1 のパスワード (このセッションの間だけ保持されます):</translation>
    </message>
    <message>
        <source>%1: starting</source>
        <translation>%1: 開始しています</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The project %1 has changes that are not saved. Save them first?</source>
        <translation>プロジェクト %1 には保存されていない変更があります。先に保存しますか?</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>プロジェクトの保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>名前を付けてプロジェクトを保存</translation>
    </message>
    <message>
        <source>Ferry projects (*.ferry.yaml *.yaml)</source>
        <translation>Ferry プロジェクト (*.ferry.yaml *.yaml)</translation>
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
        <translation>Ferry について</translation>
    </message>
    <message>
        <source>Ferry Workbench %1

A database migration workbench: PostgreSQL, MySQL/MariaDB, SQLite and ODBC sources; full load with live statistics.</source>
        <translation>Ferry Workbench %1

データベース移行ワークベンチ: PostgreSQL、MySQL/MariaDB、SQLite、ODBC のソースに対応し、リアルタイムの統計を表示しながら全ロードを実行します。</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>新しいプロジェクト(&amp;N)...</translation>
    </message>
    <message>
        <source>Create a project: source and target endpoints, tables to copy</source>
        <translation>プロジェクトを作成します: ソースとターゲットのエンドポイント、コピーするテーブルを指定します</translation>
    </message>
    <message>
        <source>New &amp;Endpoint...</source>
        <translation>新しいエンドポイント(&amp;E)...</translation>
    </message>
    <message>
        <source>Add a database endpoint to the project</source>
        <translation>プロジェクトにデータベースエンドポイントを追加します</translation>
    </message>
    <message>
        <source>Edit &amp;Mapping...</source>
        <translation>マッピングを編集(&amp;M)...</translation>
    </message>
    <message>
        <source>Choose the tables of the selected task and how they are renamed or changed</source>
        <translation>選択したタスクのテーブルと、その名前の変更や変換の方法を選択します</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>例外</translation>
    </message>
    <message>
        <source>Reload Table</source>
        <translation>テーブルの再ロード</translation>
    </message>
    <message>
        <source>Load %1.%2 again from the source? Its rows in the target are replaced; the other tables of task %3 stay as they are.</source>
        <translation>%1.%2 をソースから再ロードしますか? ターゲットの行は置き換えられます。タスク %3 の他のテーブルはそのままです。</translation>
    </message>
    <message>
        <source>Run the selected task; when it ran before, asks whether to resume it or restart it (F5)</source>
        <translation>選択したタスクを実行します。以前に実行したことがある場合は、再開するか最初からやり直すかを確認します (F5)</translation>
    </message>
    <message>
        <source>Restart drops the target tables, creates them again and loads every table from the start (TargetTablePrepMode %1).</source>
        <translation>最初からやり直すと、ターゲットテーブルを削除して作成し直し、すべてのテーブルを最初からロードします (TargetTablePrepMode %1)。</translation>
    </message>
    <message>
        <source>Restart empties the target tables and loads every table from the start (TargetTablePrepMode %1).</source>
        <translation>最初からやり直すと、ターゲットテーブルを空にして、すべてのテーブルを最初からロードします (TargetTablePrepMode %1)。</translation>
    </message>
    <message>
        <source>Restart loads every table again into the target tables as they are: the rows already there stay, so rows can be doubled (TargetTablePrepMode %1).</source>
        <translation>最初からやり直すと、すべてのテーブルを現在のターゲットテーブルにもう一度ロードします。既にある行は残るため、行が重複することがあります (TargetTablePrepMode %1)。</translation>
    </message>
    <message>
        <source>Last run: %1

Resume continues that run: the tables it finished keep their rows. %2</source>
        <translation>前回の実行: %1

再開すると、その実行を続行します。完了したテーブルの行はそのまま残ります。%2</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <extracomment>Buttons of the Resume or Restart question; %1 is the prep mode, e.g. DROP_AND_CREATE</extracomment>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;start (%1)</source>
        <translation>最初からやり直す(&amp;S) (%1)</translation>
    </message>
    <message>
        <source>Resume or Restart</source>
        <translation>再開またはやり直し</translation>
    </message>
    <message>
        <source>Task %1 ran before on this target. Resume it, or restart it from the beginning?</source>
        <translation>タスク %1 はこのターゲットで以前に実行されています。再開しますか、それとも最初からやり直しますか?</translation>
    </message>
    <message>
        <source>%1: not started.</source>
        <translation>%1: 開始されていません。</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>前回の実行: %1</translation>
    </message>
    <message>
        <source>The last run of %1 could not be read: %2</source>
        <translation>%1 の前回の実行を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Task %1 failed: %2</source>
        <translation>タスク %1 が失敗しました: %2</translation>
    </message>
    <message>
        <source>The catalog of %1 could not be read: %2</source>
        <translation>%1 のカタログを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 not started: %2</source>
        <translation>%1 は開始されませんでした: %2</translation>
    </message>
    <message>
        <source>its earlier runs could not be read from the target&apos;s control tables</source>
        <translation>ターゲットの制御テーブルから以前の実行を読み取れませんでした</translation>
    </message>
    <message>
        <source>%1 not started: %2: %3</source>
        <translation>%1 は開始されませんでした: %2: %3</translation>
    </message>
    <message>
        <source>its target tables could not be checked</source>
        <translation>ターゲットテーブルを確認できませんでした</translation>
    </message>
    <message>
        <source>A run drops these tables and creates them again (TargetTablePrepMode %1).</source>
        <translation>実行するとこれらのテーブルを削除して作り直します (TargetTablePrepMode %1)。</translation>
    </message>
    <message>
        <source>A run empties these tables before loading them (TargetTablePrepMode %1).</source>
        <translation>実行するとロード前にこれらのテーブルを空にします (TargetTablePrepMode %1)。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace their rows (%1)</source>
        <extracomment>%1: the prep mode, e.g. DROP_AND_CREATE</extracomment>
        <translation>行を置き換える(&amp;R) (%1)</translation>
    </message>
    <message>
        <source>Replace existing rows</source>
        <translation>既存の行を置き換え</translation>
    </message>
    <message numerus="yes">
        <source>Task %1 has not run on this target, but %n of its target tables already hold rows.</source>
        <translation>
            <numerusform>タスク %1 はこのターゲットでまだ実行されていませんが、ターゲットテーブルのうち %n 個にすでに行があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>%1: %2 - %3, %4 rows/s</source>
        <extracomment>Status bar while a task runs: task, state, &quot;3 of 4 tables loaded&quot;, rows per second</extracomment>
        <translation>%1: %2 - %3、%4 行/秒</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 - %3, %4 in error, %Ln completed with errors</source>
        <extracomment>Status bar after a run: task, state, &quot;3 of 4 tables loaded&quot;, tables in error; %n: tables loaded whose target rejected rows (or refused an index or key)</extracomment>
        <translation>
            <numerusform>%1: %2 - %3、%4 個がエラー、%Ln 個がエラーありで完了</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln table(s) loaded</source>
        <extracomment>Status bar: %1 tables loaded of %Ln tables</extracomment>
        <translation>
            <numerusform>%Ln 個中 %1 個のテーブルをロード済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing the sample database (%1 ticket(s))...</source>
        <translation>
            <numerusform>サンプルデータベース (チケット %1 件) を書き込んでいます...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample: preparing %1 ticket(s) in %2</source>
        <translation>
            <numerusform>サンプル: %2 にチケット %1 件を準備しています</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing the connection of %1...</source>
        <translation>%1 の接続をテストしています...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: connection succeeded (%2 %3).</source>
        <translation>%1: 接続に成功しました (%2 %3)。</translation>
    </message>
    <message>
        <source>%1 has not run on its target yet: there are no tables to reload.</source>
        <translation>%1 はまだターゲットで実行されていません。再ロードできるテーブルはありません。</translation>
    </message>
</context>
<context>
    <name>ferry::MappingDialog</name>
    <message>
        <source>Table Mapping</source>
        <translation>テーブルマッピング</translation>
    </message>
    <message>
        <source>Keep the edited mapping</source>
        <translation>編集したマッピングを保持します</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>変更を破棄します</translation>
    </message>
    <message>
        <source>Table Mapping of Task %1</source>
        <extracomment>Window title of the mapping dialog: %1 is the task&apos;s name.</extracomment>
        <translation>タスク %1 のテーブルマッピング</translation>
    </message>
    <message>
        <source>Discard Mapping Changes</source>
        <translation>マッピングの変更の破棄</translation>
    </message>
    <message>
        <source>Discard the changes to the table mapping?</source>
        <translation>テーブルマッピングへの変更を破棄しますか?</translation>
    </message>
    <message>
        <source>A &quot;Change data type&quot; rule needs its columns and a type</source>
        <translation>「データ型の変更」ルールには対象の列と型が必要です</translation>
    </message>
</context>
<context>
    <name>ferry::MappingEditor</name>
    <message>
        <source>Include</source>
        <translation>含める</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Include exactly (explicit)</source>
        <extracomment>Selection rule-action &quot;explicit&quot;: exactly the named table, no wildcards.</extracomment>
        <translation>明示的に含める (explicit)</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>Tables and views</source>
        <translation>テーブルとビュー</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Add a &quot;%1&quot; rule</source>
        <translation>「%1」ルールを追加します</translation>
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
        <translation>エディターはこの %1 ルールを記述されたとおりに保持します。変更するには DMS JSON を編集してください。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Import AWS DMS Table Mapping</source>
        <translation>AWS DMS テーブルマッピングのインポート</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export AWS DMS Table Mapping</source>
        <translation>AWS DMS テーブルマッピングのエクスポート</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Not imported. %1: %2</source>
        <extracomment>Import error: &quot;table-mappings.json:3:14: &lt;what is wrong&gt; &lt;how to fix it&gt;&quot;.</extracomment>
        <translation>インポートされませんでした。%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>No source catalog has been read yet.</source>
        <translation>ソースカタログはまだ読み取られていません。</translation>
    </message>
    <message>
        <source>Imported %1 with warnings:</source>
        <translation>%1 をインポートしました (警告あり):</translation>
    </message>
    <message>
        <source>Exported the table mapping to %1.</source>
        <translation>テーブルマッピングを %1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>More warnings: %1.</source>
        <translation>その他の警告: %1 件。</translation>
    </message>
    <message>
        <source>Other rules kept as written (table settings and the like): %1.</source>
        <translation>記述どおりに保持されたその他のルール (テーブル設定など): %1 件。</translation>
    </message>
    <message>
        <source>No selection rules: every table of every non-system schema is migrated (the DMS default mapping). Untick tables or add rules to choose.</source>
        <translation>選択ルールがありません: システム以外のすべてのスキーマのすべてのテーブルが移行されます (DMS の既定のマッピング)。選択するには、テーブルのチェックを外すか、ルールを追加してください。</translation>
    </message>
    <message>
        <source>No table is selected: tick the tables to migrate.</source>
        <translation>テーブルが選択されていません: 移行するテーブルをチェックしてください。</translation>
    </message>
    <message>
        <source>Tables loaded: %1 of %2</source>
        <translation>ロードされるテーブル: %2 個中 %1 個</translation>
    </message>
    <message>
        <source>Selection rules: %1, column filters: %2, transformations: %3</source>
        <translation>選択ルール: %1、列フィルター: %2、変換: %3</translation>
    </message>
    <message>
        <source>Checked tables: %1 of %2, about %3 rows, %4</source>
        <translation>チェックしたテーブル: %2 個中 %1 個、約 %3 行、%4</translation>
    </message>
    <message>
        <source>(choose a type)</source>
        <extracomment>The data-type choice of a new &quot;Change data type&quot; rule, before one is chosen</extracomment>
        <translation>(型を選択)</translation>
    </message>
    <message>
        <source>Name the schema, table and column patterns and choose the new data type; until then the mapping cannot be kept.</source>
        <translation>スキーマ、テーブル、列のパターンを入力し、新しいデータ型を選んでください。それまではマッピングを保持できません。</translation>
    </message>
    <message>
        <source>%1 is not a table of the source catalog the mapping can show: it was renamed or dropped on the source.</source>
        <translation>%1 はマッピングが表示できるソースカタログのテーブルではありません。ソースで名前が変更されたか削除されました。</translation>
    </message>
    <message>
        <source>Table %1 has no column %2 in the mapping any more.</source>
        <translation>テーブル %1 のマッピングには列 %2 がもうありません。</translation>
    </message>
    <message>
        <source>Rule %1 decides column %2 of %3 (%4 on the target). Change the rule, then re-apply the rejected rows with the current rules.</source>
        <translation>ルール %1 が %3 の列 %2 を決めています (ターゲットでは %4)。ルールを変更してから、現在のルールで拒否された行を再適用してください。</translation>
    </message>
    <message>
        <source>No rule changes column %1 of %2: it is created as %3 from the source&apos;s type. Add a Change data type rule to give it another type, or fix the rows&apos; values.</source>
        <translation>%2 の列 %1 を変更するルールはありません。ソースの型から %3 として作成されます。別の型にするには「データ型の変更」ルールを追加するか、行の値を修正してください。</translation>
    </message>
</context>
<context>
    <name>ferry::MappingPage</name>
    <message>
        <source>Tables to migrate</source>
        <translation>移行するテーブル</translation>
    </message>
    <message>
        <source>Tick the tables to migrate and add rules to rename or change them. Leave everything unticked to migrate every non-system schema.</source>
        <translation>移行するテーブルをチェックし、名前の変更や変換のためのルールを追加してください。何もチェックしない場合は、システム以外のすべてのスキーマが移行されます。</translation>
    </message>
    <message>
        <source>Ferry needs the password of %1 to read its tables:</source>
        <translation>Ferry が %1 のテーブルを読み取るには、そのパスワードが必要です:</translation>
    </message>
    <message>
        <source>Type the password, then read the catalog.</source>
        <translation>パスワードを入力してから、カタログを読み取ってください。</translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>%1 のテーブルを読み取っています…</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) read from %1.</source>
        <translation>
            <numerusform>%1 から %n 個のテーブルを読み取りました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the catalog was cancelled. Without it the task migrates every non-system schema.</source>
        <translation>カタログの読み取りはキャンセルされました。カタログがない場合、タスクはシステム以外のすべてのスキーマを移行します。</translation>
    </message>
    <message>
        <source>Could not read the source&apos;s tables: %1 %2</source>
        <translation>ソースのテーブルを読み取れませんでした: %1 %2</translation>
    </message>
</context>
<context>
    <name>ferry::MigrationTypePage</name>
    <message>
        <source>Migration type</source>
        <translation>移行タイプ</translation>
    </message>
    <message>
        <source>What the task does when it runs.</source>
        <translation>タスクの実行時の動作です。</translation>
    </message>
</context>
<context>
    <name>ferry::MonitoringView</name>
    <message>
        <source>Last minute</source>
        <extracomment>Monitoring window choice</extracomment>
        <translation>直近 1 分間</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>直近 5 分間</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>直近 15 分間</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>実行全体</translation>
    </message>
    <message>
        <source>Read from source</source>
        <translation>ソースから読み取り</translation>
    </message>
    <message>
        <source>Written to target</source>
        <translation>ターゲットに書き込み</translation>
    </message>
    <message>
        <source>Rows per second</source>
        <translation>1 秒あたりの行数</translation>
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
        <translation>1 秒あたりのキロバイト数</translation>
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
        <translation>テーブル単位の 1 秒あたりの行数</translation>
    </message>
    <message>
        <source>CDC latency</source>
        <extracomment>Chart title: latency of change data capture</extracomment>
        <translation>CDC レイテンシー</translation>
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
        <translation>ソースのレイテンシー</translation>
    </message>
    <message>
        <source>Target latency</source>
        <translation>ターゲットのレイテンシー</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Rows per second: %1</source>
        <extracomment>Chart title; %1 is a table name such as main.ticket</extracomment>
        <translation>1 秒あたりの行数: %1</translation>
    </message>
    <message>
        <source>Select a table in Table statistics to chart its rows per second here.</source>
        <translation>[テーブル統計] でテーブルを選択すると、その 1 秒あたりの行数がここにグラフ表示されます。</translation>
    </message>
    <message>
        <source>Collecting rows per second for %1…</source>
        <translation>%1 の 1 秒あたりの行数を収集しています…</translation>
    </message>
    <message>
        <source>Paused at %1; still collecting (now at %2).</source>
        <translation>%1 で一時停止中です。収集は続行しています (現在 %2)。</translation>
    </message>
    <message>
        <source>Now: %1 rows/s read, %2 rows/s written</source>
        <translation>現在: 読み取り %1 行/秒、書き込み %2 行/秒</translation>
    </message>
    <message>
        <source>Export Charts as PNG</source>
        <translation>グラフを PNG としてエクスポート</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>The charts could not be saved to %1: %2</source>
        <translation>グラフを %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Export Throughput as CSV</source>
        <translation>スループットを CSV としてエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>The series could not be saved to %1: %2</source>
        <translation>系列を %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Ended: on average %1 rows/s read, %2 rows/s written over %3</source>
        <extracomment>After the task: %1 and %2 are rows per second over the whole run, %3 its duration</extracomment>
        <translation>終了: 平均 %1 行/秒 読み取り、%2 行/秒 書き込み (%3)</translation>
    </message>
</context>
<context>
    <name>ferry::OdbcPage</name>
    <message>
        <source>Data source</source>
        <translation>データソース</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>ドライバー</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Scope</source>
        <extracomment>user or system data source</extracomment>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>ODBC data source</source>
        <translation>ODBC データソース</translation>
    </message>
    <message>
        <source>The data sources below come from the ODBC driver manager (odbc.ini).</source>
        <translation>以下のデータソースは ODBC ドライバーマネージャー (odbc.ini) から取得したものです。</translation>
    </message>
    <message>
        <source>Reading the data sources from the ODBC driver manager…</source>
        <translation>ODBC ドライバーマネージャーからデータソースを読み取っています…</translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>scope of an ODBC data source: defined for this user (~/.odbc.ini)</extracomment>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>scope of an ODBC data source: defined for every user (odbc.ini)</extracomment>
        <translation>システム</translation>
    </message>
    <message>
        <source>The ODBC driver manager knows no data source. Add one to odbc.ini (for example with odbcinst -i -s), then refresh.</source>
        <translation>ODBC ドライバーマネージャーにデータソースが登録されていません。odbc.ini にデータソースを追加してから (例: odbcinst -i -s)、更新してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n data source(s) found.</source>
        <translation>
            <numerusform>%n 個のデータソースが見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>This endpoint connects through the driver %1 with its own connection options, which are kept. Choose a data source only to use it instead.</source>
        <translation>このエンドポイントはドライバー %1 と独自の接続オプションで接続します。これらはそのまま残ります。代わりにデータソースを使う場合にだけ選択してください。</translation>
    </message>
</context>
<context>
    <name>ferry::PasswordField</name>
    <message>
        <source>No system keyring is available, so Ferry cannot remember this password: it will ask for it each time it connects. The password is never written to the project file.</source>
        <translation>システムキーリングが利用できないため、Ferry はこのパスワードを記憶できません。接続のたびに尋ねます。パスワードがプロジェクトファイルに書き込まれることはありません。</translation>
    </message>
    <message>
        <source>unchanged: leave empty to keep it</source>
        <extracomment>placeholder of the password field when an endpoint is edited</extracomment>
        <translation>変更なし: 空のままにすると現在のパスワードを保持します</translation>
    </message>
</context>
<context>
    <name>ferry::PreferencesDialog</name>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies when Ferry starts again.</source>
        <translation>新しい言語は Ferry の次回起動時に適用されます。</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>配色(&amp;C):</translation>
    </message>
</context>
<context>
    <name>ferry::ProjectDocument</name>
    <message>
        <source>The project has no file yet.</source>
        <translation>プロジェクトにはまだファイルがありません。</translation>
    </message>
    <message>
        <source>Use File &gt; Save As to choose one.</source>
        <translation>[ファイル] &gt; [名前を付けて保存] でファイルを選択してください。</translation>
    </message>
    <message>
        <source>Add endpoint %1</source>
        <translation>エンドポイント %1 の追加</translation>
    </message>
    <message>
        <source>Edit endpoint %1</source>
        <translation>エンドポイント %1 の編集</translation>
    </message>
    <message>
        <source>Remove endpoint %1</source>
        <translation>エンドポイント %1 の削除</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>タスク %1 の追加</translation>
    </message>
    <message>
        <source>Remove task %1</source>
        <translation>タスク %1 の削除</translation>
    </message>
    <message>
        <source>Edit mapping of task %1</source>
        <translation>タスク %1 のマッピングの編集</translation>
    </message>
</context>
<context>
    <name>ferry::ProjectLocationPage</name>
    <message>
        <source>Name and location</source>
        <translation>名前と場所</translation>
    </message>
    <message>
        <source>A project is one YAML file: its endpoints, table mappings and tasks.</source>
        <translation>プロジェクトは 1 つの YAML ファイルです: エンドポイント、テーブルマッピング、タスクを含みます。</translation>
    </message>
    <message>
        <source>Choose the project folder</source>
        <translation>プロジェクトフォルダーの選択</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>フォルダーを選択してください。</translation>
    </message>
    <message>
        <source>A file named %1 already exists in this folder. Finishing the wizard replaces it.</source>
        <translation>このフォルダーには %1 という名前のファイルが既にあります。ウィザードを完了すると置き換えられます。</translation>
    </message>
    <message>
        <source>The folder does not exist yet; Ferry creates it when it saves the project.</source>
        <translation>フォルダーはまだ存在しません。プロジェクトの保存時に Ferry が作成します。</translation>
    </message>
    <message>
        <source>Replace the project file?</source>
        <translation>プロジェクトファイルを置き換えますか?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new project?</source>
        <translation>%1 は既に存在します。新しいプロジェクトで置き換えますか?</translation>
    </message>
</context>
<context>
    <name>ferry::ProjectTreeMenu</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>削除(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>再開(&amp;S)</translation>
    </message>
    <message>
        <source>Edit &amp;Mapping...</source>
        <translation>マッピングを編集(&amp;M)...</translation>
    </message>
    <message>
        <source>Delete Endpoint</source>
        <translation>エンドポイントの削除</translation>
    </message>
    <message>
        <source>Delete endpoint %1 from the project?</source>
        <translation>エンドポイント %1 をプロジェクトから削除しますか?</translation>
    </message>
    <message>
        <source>The database itself is not touched. Edit &gt; Undo brings the endpoint back.</source>
        <translation>データベース自体は変更されません。編集 &gt; 元に戻す でエンドポイントを戻せます。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete Task</source>
        <translation>タスクの削除</translation>
    </message>
    <message>
        <source>Delete task %1 from the project?</source>
        <translation>タスク %1 をプロジェクトから削除しますか?</translation>
    </message>
    <message>
        <source>Its tables and control tables on the target stay as they are. Edit &gt; Undo brings the task back.</source>
        <translation>ターゲット上のテーブルと制御テーブルはそのまま残ります。編集 &gt; 元に戻す でタスクを戻せます。</translation>
    </message>
    <message numerus="yes">
        <source>Endpoint %1 is used by %n task(s): %2. Delete them or choose other endpoints for them first.</source>
        <translation>
            <numerusform>エンドポイント %1 は %n 個のタスクで使われています: %2。先にそれらを削除するか、別のエンドポイントを選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>編集(&amp;E)...</translation>
    </message>
    <message>
        <source>Change the endpoint&apos;s name, engine and connection settings</source>
        <translation>エンドポイントの名前、エンジン、接続設定を変更します</translation>
    </message>
    <message>
        <source>Re&amp;load Tables...</source>
        <translation>テーブルを再ロード(&amp;L)...</translation>
    </message>
    <message>
        <source>Choose tables of the task&apos;s last run to load again from the source; the other tables stay as they are</source>
        <translation>前回の実行のテーブルから、ソースから再ロードするものを選びます。他のテーブルはそのままです</translation>
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
        <translation>約 %1 行</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Source catalog</source>
        <translation>ソースカタログ</translation>
    </message>
    <message>
        <source>Target catalog</source>
        <translation>ターゲットカタログ</translation>
    </message>
    <message>
        <source>Source catalog: %1 (reading...)</source>
        <translation>ソースカタログ: %1 (読み取り中...)</translation>
    </message>
    <message>
        <source>Target catalog: %1 (reading...)</source>
        <translation>ターゲットカタログ: %1 (読み取り中...)</translation>
    </message>
    <message>
        <source>Source catalog: %1</source>
        <translation>ソースカタログ: %1</translation>
    </message>
    <message>
        <source>Target catalog: %1</source>
        <translation>ターゲットカタログ: %1</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 行)</translation>
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
            <numerusform>テーブル %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>(no tables)</source>
        <translation>(テーブルなし)</translation>
    </message>
    <message>
        <source>Could not read the catalog: %1</source>
        <translation>カタログを読み取れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ferry::ProjectWizard</name>
    <message>
        <source>New project</source>
        <translation>新しいプロジェクト</translation>
    </message>
</context>
<context>
    <name>ferry::ReloadTablesDialog</name>
    <message>
        <source>Source table</source>
        <translation>ソーステーブル</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>ターゲットテーブル</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Reload Tables of %1</source>
        <translation>%1 のテーブルの再ロード</translation>
    </message>
    <message>
        <source>Check the tables to load again from the source. Task %1 resumes: the rows of the checked tables in the target are replaced; its other tables stay as they are.</source>
        <translation>ソースから再ロードするテーブルにチェックを付けてください。タスク %1 が再開され、チェックしたテーブルのターゲット側の行が置き換えられます。他のテーブルはそのままです。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 checked</source>
        <extracomment>%n: the number of checked tables, of %1 listed</extracomment>
        <translation>
            <numerusform>%1 個中 %n 個を選択</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reload %n Table(s)</source>
        <translation>
            <numerusform>%n 個のテーブルを再ロード(&amp;R)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ServerPage</name>
    <message>
        <source>MySQL or MariaDB server</source>
        <translation>MySQL または MariaDB サーバー</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL サーバー</translation>
    </message>
    <message>
        <source>Where the source server runs and how Ferry logs in.</source>
        <translation>ソースサーバーの場所と、Ferry のログイン方法を指定します。</translation>
    </message>
    <message>
        <source>Where the target server runs and how Ferry logs in.</source>
        <translation>ターゲットサーバーの場所と、Ferry のログイン方法を指定します。</translation>
    </message>
    <message>
        <source>none: all databases the user can see</source>
        <translation>なし: ユーザーが参照できるすべてのデータベース</translation>
    </message>
    <message>
        <source>the user&apos;s name</source>
        <translation>ユーザー名と同じ</translation>
    </message>
    <message>
        <source>DISABLED: never use TLS</source>
        <translation>DISABLED: TLS を使用しない</translation>
    </message>
    <message>
        <source>PREFERRED (default): use TLS when the server offers it</source>
        <translation>PREFERRED (既定): サーバーが提供する場合は TLS を使用する</translation>
    </message>
    <message>
        <source>REQUIRED: always encrypt, do not check the certificate</source>
        <translation>REQUIRED: 常に暗号化し、証明書は検証しない</translation>
    </message>
    <message>
        <source>VERIFY_CA: encrypt and check the certificate&apos;s CA</source>
        <translation>VERIFY_CA: 暗号化し、証明書の CA を検証する</translation>
    </message>
    <message>
        <source>VERIFY_IDENTITY: encrypt, check the CA and the host name</source>
        <translation>VERIFY_IDENTITY: 暗号化し、CA とホスト名を検証する</translation>
    </message>
    <message>
        <source>disable: never use TLS</source>
        <translation>disable: TLS を使用しない</translation>
    </message>
    <message>
        <source>allow: use TLS only when the server insists</source>
        <translation>allow: サーバーが要求する場合のみ TLS を使用する</translation>
    </message>
    <message>
        <source>prefer (default): use TLS when the server offers it</source>
        <translation>prefer (既定): サーバーが提供する場合は TLS を使用する</translation>
    </message>
    <message>
        <source>require: always encrypt, do not check the certificate</source>
        <translation>require: 常に暗号化し、証明書は検証しない</translation>
    </message>
    <message>
        <source>verify-ca: encrypt and check the certificate&apos;s CA</source>
        <translation>verify-ca: 暗号化し、証明書の CA を検証する</translation>
    </message>
    <message>
        <source>verify-full: encrypt, check the CA and the host name</source>
        <translation>verify-full: 暗号化し、CA とホスト名を検証する</translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs</source>
        <translation>システムで信頼されている CA</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>CA 証明書の選択</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>ferry::SqlitePage</name>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite データベースファイル</translation>
    </message>
    <message>
        <source>The file Ferry writes the migrated tables to.</source>
        <translation>Ferry が移行したテーブルを書き込むファイルです。</translation>
    </message>
    <message>
        <source>The file Ferry reads the tables from. It is opened read-only.</source>
        <translation>Ferry がテーブルを読み取るファイルです。読み取り専用で開かれます。</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite データベース (*.db *.sqlite *.sqlite3);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose the target database file</source>
        <translation>ターゲットのデータベースファイルの選択</translation>
    </message>
    <message>
        <source>Choose the source database file</source>
        <translation>ソースのデータベースファイルの選択</translation>
    </message>
    <message>
        <source>This is a folder: name the database file itself.</source>
        <translation>これはフォルダーです: データベースファイル自体を指定してください。</translation>
    </message>
    <message>
        <source>The file exists.</source>
        <translation>ファイルは存在します。</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>このパスにファイルはありません。</translation>
    </message>
    <message>
        <source>The file does not exist yet: testing the connection creates an empty database there.</source>
        <translation>ファイルはまだ存在しません: 接続をテストすると、そこに空のデータベースが作成されます。</translation>
    </message>
    <message>
        <source>The file does not exist yet, and the box below is not ticked.</source>
        <translation>ファイルはまだ存在せず、下のチェックボックスもオンになっていません。</translation>
    </message>
    <message>
        <source>Could not create the database file %1: %2</source>
        <translation>データベースファイル %1 を作成できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ferry::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Finish writes this project file. No password is written to it.</source>
        <translation>[完了] を押すと、このプロジェクトファイルが書き込まれます。パスワードは書き込まれません。</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Password: %4.</source>
        <translation>%1 (%2): %3。パスワード: %4。</translation>
    </message>
    <message>
        <source>%1: full load</source>
        <translation>%1: 全ロード</translation>
    </message>
    <message>
        <source>%1: full load and ongoing replication</source>
        <translation>%1: 全ロードと継続的なレプリケーション</translation>
    </message>
    <message>
        <source>%1: changes only</source>
        <translation>%1: 変更のみ</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping rule(s), named %1.</source>
        <translation>
            <numerusform>マッピングルール %n 個 (マッピング名: %1)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The default mapping: every table of every non-system schema.</source>
        <translation>既定のマッピング: システム以外のすべてのスキーマのすべてのテーブル。</translation>
    </message>
    <message>
        <source>Could not write the project file: %1 %2</source>
        <translation>プロジェクトファイルを書き込めませんでした: %1 %2</translation>
    </message>
    <message>
        <source>%1: a target table that already exists is dropped and created again when the task runs from the start.</source>
        <translation>%1: タスクを最初から実行するとき、既存のターゲットテーブルは削除されて作成し直されます。</translation>
    </message>
    <message>
        <source>%1: a target table that already exists is kept and emptied before it is loaded.</source>
        <translation>%1: 既存のターゲットテーブルは保持され、ロードの前に空にされます。</translation>
    </message>
    <message>
        <source>%1: a target table that already exists is kept with its rows; the loaded rows are added to them.</source>
        <translation>%1: 既存のターゲットテーブルは行ごと保持され、ロードした行が追加されます。</translation>
    </message>
</context>
<context>
    <name>ferry::TableStatisticsView</name>
    <message>
        <source>Table statistics (0)</source>
        <translation>テーブル統計 (0)</translation>
    </message>
    <message>
        <source>Find table</source>
        <translation>テーブルを検索</translation>
    </message>
    <message>
        <source>Table statistics (%1)</source>
        <translation>テーブル統計 (%1)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>行をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;Exceptions for %1</source>
        <translation>%1 の例外を表示(&amp;E)</translation>
    </message>
    <message>
        <source>%1; about %2 left</source>
        <translation>%1、残り約 %2</translation>
    </message>
    <message>
        <source>&amp;Reload Table %1</source>
        <translation>テーブル %1 を再ロード(&amp;R)</translation>
    </message>
    <message>
        <source>Load this table again from the source; the other tables stay</source>
        <translation>このテーブルをソースから再ロードします。他のテーブルはそのままです</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln table(s) loaded</source>
        <extracomment>Totals line: %1 tables loaded of %Ln tables</extracomment>
        <translation>
            <numerusform>%Ln 個中 %1 個のテーブルをロード済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 full-load row(s)</source>
        <translation>
            <numerusform>全ロード行 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 error row(s)</source>
        <translation>
            <numerusform>エラー行 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1, %2, %3</source>
        <extracomment>Totals line: the parts above, e.g. &quot;Total: 3 of 4 tables loaded, 1,000 full-load rows, 2 error rows&quot;</extracomment>
        <translation>合計: %1、%2、%3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 truncated LOB value(s)</source>
        <translation>
            <numerusform>切り詰められた LOB 値 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ThroughputChart</name>
    <message>
        <source>Elapsed time (%1)</source>
        <extracomment>Time axis title; %1 is the clock format, &quot;m:ss&quot; or &quot;h:mm:ss&quot;</extracomment>
        <translation>経過時間 (%1)</translation>
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
        <translation>データなし</translation>
    </message>
    <message>
        <source>%1 elapsed, at %2</source>
        <extracomment>Callout header: %1 elapsed time (m:ss), %2 wall-clock time</extracomment>
        <translation>経過 %1 (時刻 %2)</translation>
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
        <translation>Ferry へようこそ</translation>
    </message>
    <message>
        <source>Ferry copies databases between PostgreSQL, MySQL/MariaDB, SQLite and ODBC sources, shows every table&apos;s progress live and keeps the rows it could not load with the reason.</source>
        <translation>Ferry は PostgreSQL、MySQL/MariaDB、SQLite、ODBC のソース間でデータベースをコピーし、すべてのテーブルの進行状況をリアルタイムで表示します。ロードできなかった行は、その理由とともに保持します。</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>サンプルプロジェクトを開く</translation>
    </message>
    <message>
        <source>Generate Ferry&apos;s sports-ticketing sample (SQLite, 1,000,000 tickets) and open a project that copies it into a new SQLite database; then press Run.</source>
        <translation>Ferry のスポーツチケット販売サンプル (SQLite、チケット 1,000,000 件) を生成し、それを新しい SQLite データベースにコピーするプロジェクトを開きます。その後 [実行] を押してください。</translation>
    </message>
    <message>
        <source>New to Ferry? The sample runs a complete migration on this computer, with nothing to set up.</source>
        <translation>Ferry を初めて使用しますか? サンプルでは、何も設定せずに、このコンピューター上で一連の移行を実行できます。</translation>
    </message>
    <message>
        <source>New project...</source>
        <translation>新しいプロジェクト...</translation>
    </message>
    <message>
        <source>Create a project: a source, a target and the tables to copy</source>
        <translation>プロジェクトを作成します: ソース、ターゲット、コピーするテーブルを指定します</translation>
    </message>
    <message>
        <source>Open project...</source>
        <translation>プロジェクトを開く...</translation>
    </message>
    <message>
        <source>Open a Ferry project file</source>
        <translation>Ferry プロジェクトファイルを開きます</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近使ったプロジェクト</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (見つかりません)</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>最近使ったプロジェクトはまだありません。</translation>
    </message>
</context>
<context>
    <name>ferry::WorkbenchError</name>
    <message>
        <source>Enter the password again when asked. If the user name is wrong, edit the endpoint in the Project tree.</source>
        <translation>尋ねられたらパスワードをもう一度入力してください。ユーザー名が誤っている場合は、プロジェクトツリーでエンドポイントを編集してください。</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s settings and its password: edit the endpoint in the Project tree.</source>
        <translation>エンドポイントの設定とパスワードを確認してください。プロジェクトツリーでエンドポイントを編集できます。</translation>
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
            <numerusform>スキーマ %1: %n 個中 %2 個のテーブルを選択済み</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message numerus="yes">
        <source>%1.%2: about %3 rows, %4, %n column(s)</source>
        <translation>
            <numerusform>%1.%2: 約 %3 行、%4、%n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1, %2, nullable</source>
        <translation>列 %1、%2、NULL 可</translation>
    </message>
    <message>
        <source>Column %1, %2, not null</source>
        <translation>列 %1、%2、NOT NULL</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Catalog tree header: schema, table or column name.</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Schemas, tables and their columns</source>
        <translation>スキーマ、テーブル、およびその列</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Estimated row count, from the source&apos;s statistics</source>
        <translation>ソースの統計に基づく推定行数</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Catalog tree header: the table&apos;s size on disk.</extracomment>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Table size on the source</source>
        <translation>ソース上のテーブルサイズ</translation>
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
        <translation>拒否された行のソーステーブルと、その書き込み先</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>The slice of the table the row was loaded with</source>
        <extracomment>Column header: the slice (part of a table loaded in one transaction)</extracomment>
        <translation>行のロードに使用されたテーブルのスライス</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>スライス</translation>
    </message>
    <message>
        <source>The column whose value the target refused, when it said which</source>
        <translation>ターゲットが値を拒否した列 (ターゲットが示した場合)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Why the target refused the row</source>
        <translation>ターゲットが行を拒否した理由</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Unsaved fixes, or the outcome of the last re-apply</source>
        <extracomment>Column header: state of a rejected row (edited, re-applied, rejected again)</extracomment>
        <translation>未保存の修正、または前回の再適用の結果</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Edited</source>
        <extracomment>State of a rejected row: the user changed values that are not re-applied yet</extracomment>
        <translation>編集済み</translation>
    </message>
    <message>
        <source>Re-applied</source>
        <translation>再適用済み</translation>
    </message>
    <message>
        <source>Rejected again</source>
        <translation>再度拒否</translation>
    </message>
    <message>
        <source>Not re-applied</source>
        <translation>未再適用</translation>
    </message>
    <message>
        <source>No longer in the exceptions table</source>
        <translation>例外テーブルにもうありません</translation>
    </message>
    <message>
        <source>%1 into %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Edited: the new values are not re-applied yet.</source>
        <translation>編集済み: 新しい値はまだ再適用されていません。</translation>
    </message>
</context>
<context>
    <name>ferry::models::LogModel</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
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
        <translation>未選択</translation>
    </message>
    <message>
        <source>No selection rule selects %1, or an exclude rule excludes it.</source>
        <translation>%1 を選択する選択ルールがないか、除外ルールによって除外されています。</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <extracomment>Preview: which selection rule selects the table.</extracomment>
        <translation>ルール %1</translation>
    </message>
    <message>
        <source>load order %1</source>
        <translation>ロード順序 %1</translation>
    </message>
    <message>
        <source>%1 is loaded into %2.</source>
        <translation>%1 は %2 にロードされます。</translation>
    </message>
    <message>
        <source>Removed</source>
        <extracomment>Preview: a column a remove-column (or include-column) rule drops.</extracomment>
        <translation>削除</translation>
    </message>
    <message>
        <source>A rule removes column %1 from the target.</source>
        <translation>ルールによって、列 %1 がターゲットから削除されます。</translation>
    </message>
    <message>
        <source>Renamed, type changed</source>
        <translation>名前変更、型変更</translation>
    </message>
    <message>
        <source>Renamed, type changed (rule %1)</source>
        <translation>名前変更、型変更 (ルール %1)</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>名前変更</translation>
    </message>
    <message>
        <source>Renamed (rule %1)</source>
        <translation>名前変更 (ルール %1)</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>型変更</translation>
    </message>
    <message>
        <source>Type changed (rule %1)</source>
        <translation>型変更 (ルール %1)</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3 %4</source>
        <translation>%1 %2 -&gt; %3 %4</translation>
    </message>
    <message>
        <source>Added (rule %1)</source>
        <translation>追加 (ルール %1)</translation>
    </message>
    <message>
        <source>Added (rule %1): %2</source>
        <translation>追加 (ルール %1): %2</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Mapping preview header: the source table or column.</extracomment>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>ソースの型</translation>
    </message>
    <message>
        <source>Target</source>
        <extracomment>Mapping preview header: the target table or column.</extracomment>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>ターゲットの型</translation>
    </message>
    <message>
        <source>Rules</source>
        <extracomment>Mapping preview header: what the rules do to the object.</extracomment>
        <translation>ルール</translation>
    </message>
    <message>
        <source>source filters: %1</source>
        <extracomment>Preview: how many source filters choose the table&apos;s rows.</extracomment>
        <translation>ソースフィルター: %1</translation>
    </message>
    <message>
        <source>Shortened to the target&apos;s name limit</source>
        <extracomment>Preview: a name cut to the target&apos;s identifier limit, with a hash suffix.</extracomment>
        <translation>ターゲットの名前の長さ制限に合わせて短縮</translation>
    </message>
    <message>
        <source>Renamed: another foreign key in the target schema has this name</source>
        <extracomment>Preview: a foreign key renamed because its name is taken on the target.</extracomment>
        <translation>名前変更: ターゲットスキーマの別の外部キーがこの名前を使っています</translation>
    </message>
    <message>
        <source>Renamed: another table, index or key in the target has this name</source>
        <extracomment>Preview: an index or key renamed because its name is taken on the target.</extracomment>
        <translation>名前変更: ターゲットの別のテーブル、インデックス、またはキーがこの名前を使っています</translation>
    </message>
    <message>
        <source>%1 %2 is created as %3.</source>
        <translation>%1 %2 は %3 として作成されます。</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>主キー</translation>
    </message>
    <message>
        <source>unique key</source>
        <translation>一意キー</translation>
    </message>
    <message>
        <source>index</source>
        <translation>インデックス</translation>
    </message>
    <message>
        <source>foreign key</source>
        <translation>外部キー</translation>
    </message>
</context>
<context>
    <name>ferry::models::RowImageModel</name>
    <message>
        <source>Target column</source>
        <translation>ターゲットの列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>The value the target refused (as stored with the rejected row)</source>
        <translation>ターゲットが拒否した値 (拒否された行と一緒に保存されたもの)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>The value to write instead: double-click to edit</source>
        <translation>代わりに書き込む値: ダブルクリックして編集します</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新しい値</translation>
    </message>
    <message>
        <source>Write NULL (no value) instead</source>
        <extracomment>Column header: a checkbox that writes SQL NULL instead of a value</extracomment>
        <translation>代わりに NULL (値なし) を書き込みます</translation>
    </message>
    <message>
        <source>NULL</source>
        <extracomment>Shown for a SQL NULL value</extracomment>
        <translation>NULL</translation>
    </message>
    <message>
        <source>Why the target refused the row, next to the column it named</source>
        <translation>ターゲットが行を拒否した理由 (ターゲットが示した列の横に表示)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>(%1 not kept)</source>
        <translation>(%1 は保持されていません)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Double-click to enter a new value</source>
        <translation>ダブルクリックして新しい値を入力します</translation>
    </message>
    <message>
        <source>Write NULL (no value) for %1</source>
        <translation>%1 に NULL (値なし) を書き込みます</translation>
    </message>
    <message>
        <source>(not computed)</source>
        <extracomment>A column whose value its add-column rule did not compute for this row</extracomment>
        <translation>(未計算)</translation>
    </message>
    <message>
        <source>The rule that computes %1 failed for this row: enter a value, or fix the rule and re-apply with the current rules</source>
        <translation>%1 を計算するルールがこの行で失敗しました: 値を入力するか、ルールを修正して現在のルールで再適用してください</translation>
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
        <translation>%1 時間 %2 分 %3 秒</translation>
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
        <translation>無効</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation>スキーマ名</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Load state</source>
        <translation>ロード状態</translation>
    </message>
    <message>
        <source>Elapsed load time</source>
        <translation>ロード経過時間</translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation>挿入</translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation>削除</translation>
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
        <translation>全ロード行</translation>
    </message>
    <message>
        <source>Error rows</source>
        <translation>エラー行</translation>
    </message>
    <message>
        <source>Total rows</source>
        <translation>合計行</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Validation state</source>
        <translation>検証状態</translation>
    </message>
    <message>
        <source>Rows the target rejected during the full load; they are kept as exceptions.</source>
        <translation>全ロード中にターゲットが拒否した行です。例外として保持されます。</translation>
    </message>
    <message>
        <source>Total rows include loaded source table rows from Inserts, Deletes, Updates, DDLs, and Full load rows.</source>
        <translation>合計行には、挿入、削除、更新、DDL、全ロード行でロードされたソーステーブルの行が含まれます。</translation>
    </message>
    <message>
        <source>Rows read against the source&apos;s row estimate.</source>
        <translation>ソースの推定行数に対する読み取り済みの行数。</translation>
    </message>
    <message>
        <source>Time left</source>
        <extracomment>Estimated time until a table is loaded</extracomment>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Estimated from the table&apos;s own rate so far and the source&apos;s row estimate.</source>
        <translation>これまでのテーブルの処理速度とソースの推定行数から見積もった値です。</translation>
    </message>
    <message>
        <source>%1 of about %2 rows loaded or rejected, %3 read</source>
        <translation>約 %2 行のうち %1 行をロードまたは拒否、%3 行を読み取り</translation>
    </message>
    <message>
        <source>Every row is loaded, but the target could not build:
%1</source>
        <extracomment>Tooltip of a completed table: %1 lists indexes/keys the target refused.</extracomment>
        <translation>すべての行がロードされましたが、ターゲットは次を作成できませんでした:
%1</translation>
    </message>
    <message>
        <source>Limited LOB mode: LOB values longer than %1 KB are truncated.</source>
        <translation>制限付き LOB モード: %1 KB より長い LOB 値は切り詰められます。</translation>
    </message>
    <message>
        <source>Full LOB mode: LOB values are moved whole.</source>
        <translation>フル LOB モード: LOB 値は切り詰めずにそのまま転送されます。</translation>
    </message>
    <message>
        <source>Truncated LOBs</source>
        <extracomment>LOB values (BLOB, TEXT, bytea...) cut to the limited LOB mode&apos;s maximum size</extracomment>
        <translation>切り詰められた LOB</translation>
    </message>
    <message>
        <source>LOB values cut to the maximum size of limited LOB mode; the target&apos;s control table lob_truncations lists each one.</source>
        <translation>制限付き LOB モードの最大サイズで切り詰められた LOB 値。ターゲットの制御テーブル lob_truncations に 1 件ずつ記録されています。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: see the Exceptions tab.</source>
        <extracomment>Details of a table completed with errors</extracomment>
        <translation>
            <numerusform>%n 行が拒否されました。「例外」タブを参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <extracomment>Details of a completed table: %1 lists the indexes/keys the target refused</extracomment>
        <translation>作成されませんでした: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Column header: why a table failed or what its load left behind</extracomment>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Why a table was suspended, or what a table completed with errors left behind: rejected rows, indexes or keys the target refused.</source>
        <translation>テーブルが一時停止した理由、またはエラーありで完了したテーブルに残った問題 (拒否された行、ターゲットが拒否したインデックスやキー) です。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ferry&apos;s database migration workbench.</source>
        <translation>Ferry のデータベース移行ワークベンチ。</translation>
    </message>
    <message>
        <source>Show the main window, check that it and its icons render, and quit after a second (exit code 0 on success).</source>
        <translation>メインウィンドウを表示し、ウィンドウとアイコンが描画されることを確認して、1 秒後に終了します (成功時の終了コードは 0)。</translation>
    </message>
    <message>
        <source>A Ferry project file to open (optional).</source>
        <translation>開く Ferry プロジェクトファイル (省略可能)。</translation>
    </message>
</context>
</TS>
