// SPDX-License-Identifier: MIT
// The SQL lexers of engine/convert/lexer: SQLite's tokenizer (the catalog reader's parsers run
// on it; tests/unit/sqlite/tst_sqlite_ddl covers those) and PostgreSQL's placeholder numbering
// (the target session's ? parameters), on inputs written from each dialect's lexical rules.
#include "engine/convert/lexer/postgres_lexer.h"
#include "engine/convert/lexer/sqlite_lexer.h"

#include <QTest>

using namespace ferry::convert;
using namespace Qt::StringLiterals;

namespace {

QStringList values(const std::vector<Token> &tokens)
{
    QStringList result;
    for (const Token &token : tokens)
        result << QString::fromStdString(token.value);
    return result;
}

QString numbered(const char *sql, size_t *count = nullptr)
{
    size_t found = 0;
    const std::string text = numberPlaceholders(sql, &found);
    if (count)
        *count = found;
    return QString::fromStdString(text);
}

} // namespace

class TestSqlLexer : public QObject
{
    Q_OBJECT

private slots:
    /// UTF-8 letters are identifier characters (bytes >= 0x80, as SQLite's tokenizer has it);
    /// quoted identifiers unquote to their text, doubled quotes to one.
    void readsUtf8AndQuotedIdentifiers()
    {
        const auto tokens = tokenizeSql("SELECT ünïcødé_表, \"a\"\"b\", `c``d`, [e\"f] FROM t");
        QCOMPARE(values(tokens),
                 (QStringList {QStringLiteral("SELECT"), QStringLiteral("ünïcødé_表"),
                               QStringLiteral(","), QStringLiteral("a\"b"), QStringLiteral(","),
                               QStringLiteral("c`d"), QStringLiteral(","), QStringLiteral("e\"f"),
                               QStringLiteral("FROM"), QStringLiteral("t")}));
        QCOMPARE(tokens[1].kind, TokenKind::Identifier);
        QCOMPARE(tokens[3].kind, TokenKind::QuotedIdentifier);
        QCOMPARE(tokens[7].kind, TokenKind::QuotedIdentifier);
        // Offsets are bytes: "ünïcødé_表" is 15 bytes (four 2-byte letters, a 3-byte one)
        // from offset 7.
        QCOMPARE(tokens[1].begin, size_t(7));
        QCOMPARE(tokens[1].end, size_t(7 + 15));
    }

    void skipsCommentsEvenUnterminated()
    {
        QCOMPARE(values(tokenizeSql("a -- b\nc /* d")), (QStringList {"a"_L1, "c"_L1}));
        QCOMPARE(values(tokenizeSql("a/**/b")), (QStringList {"a"_L1, "b"_L1}));
        const auto open = tokenizeSql("x \"never closed");
        QCOMPARE(open.size(), size_t(2));
        QVERIFY(open[1].unterminated);
        QCOMPARE(open[1].value, std::string("never closed"));
    }

    void readsNumbersVariablesAndOperators()
    {
        const auto tokens = tokenizeSql("1e-3 0xFF 1_000 ?7 @v $w :x a->b <= c");
        QCOMPARE(values(tokens),
                 (QStringList {"1e-3"_L1, "0xFF"_L1, "1_000"_L1, "?7"_L1, "@v"_L1, "$w"_L1, ":x"_L1,
                               "a"_L1, "->"_L1, "b"_L1, "<="_L1, "c"_L1}));
        QCOMPARE(tokens[0].kind, TokenKind::Number);
        QCOMPARE(tokens[3].kind, TokenKind::Variable);
        QCOMPARE(tokens[8].kind, TokenKind::Operator);
    }

    /// PostgreSQL's lexical rules (sql-syntax-lexical): a '?' in a string constant, an escape
    /// string (where \' does not end it), a quoted identifier, a dollar-quoted string or a
    /// (nested) comment is text; anywhere else it is the next parameter.
    void numbersPostgresPlaceholders_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("count");
        const auto row = [](const char *tag, const char *sql, const char *expected, int count) {
            QTest::newRow(tag) << QString::fromUtf8(sql) << QString::fromUtf8(expected) << count;
        };
        row("none", "SELECT 1", "SELECT 1", 0);
        row("three", "INSERT INTO t VALUES (?, ?, ?)", "INSERT INTO t VALUES ($1, $2, $3)", 3);
        row("escaped quote in E string", "SELECT e'a\\'?', ?", "SELECT e'a\\'?', $1", 1);
        row("E after a letter is no escape string", "SELECT xe'?', ?", "SELECT xe'?', $1", 1);
        row("doubled quote", "SELECT '?''?', ?", "SELECT '?''?', $1", 1);
        row("identifier", "SELECT \"?\" FROM t WHERE a = ?", "SELECT \"?\" FROM t WHERE a = $1", 1);
        row("dollar tag", "SELECT $fn$ ? $x$ ? $fn$, ?", "SELECT $fn$ ? $x$ ? $fn$, $1", 1);
        row("positional parameter kept", "SELECT $1, ?", "SELECT $1, $1", 1);
        row("nested comment", "/* a /* ? */ ? */ SELECT ?", "/* a /* ? */ ? */ SELECT $1", 1);
        row("line comment", "SELECT ? -- ?\n", "SELECT $1 -- ?\n", 1);
        row("utf-8", "SELECT 'é?', \"名?\", ?", "SELECT 'é?', \"名?\", $1", 1);
        row("unterminated string", "SELECT ?, 'open ?", "SELECT $1, 'open ?", 1);
    }

    void numbersPostgresPlaceholders()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QFETCH(int, count);
        size_t found = 0;
        QCOMPARE(numbered(sql.toUtf8().constData(), &found), expected);
        QCOMPARE(found, size_t(count));
    }
};

QTEST_GUILESS_MAIN(TestSqlLexer)
#include "tst_sql_lexer.moc"
