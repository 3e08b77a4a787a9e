// SPDX-License-Identifier: MIT
// The SQLite tokenizer and the CREATE statement parsers used by the catalog reader.
#include "engine/connectors/sqlite/sqlite_ddl.h"

#include <QTest>

using namespace ferry;
using namespace ferry::sqlite;

namespace {

QString kinds(const std::vector<Token> &tokens)
{
    QStringList names;
    for (const auto &token : tokens) {
        switch (token.kind) {
        case TokenKind::Identifier:
            names << QStringLiteral("id");
            break;
        case TokenKind::QuotedIdentifier:
            names << QStringLiteral("qid");
            break;
        case TokenKind::String:
            names << QStringLiteral("str");
            break;
        case TokenKind::Blob:
            names << QStringLiteral("blob");
            break;
        case TokenKind::Number:
            names << QStringLiteral("num");
            break;
        case TokenKind::Variable:
            names << QStringLiteral("var");
            break;
        case TokenKind::LeftParen:
            names << QStringLiteral("(");
            break;
        case TokenKind::RightParen:
            names << QStringLiteral(")");
            break;
        case TokenKind::Comma:
            names << QStringLiteral(",");
            break;
        case TokenKind::Semicolon:
            names << QStringLiteral(";");
            break;
        case TokenKind::Dot:
            names << QStringLiteral(".");
            break;
        case TokenKind::Operator:
            names << QStringLiteral("op");
            break;
        }
    }
    return names.join(QLatin1Char(' '));
}

QStringList values(const std::vector<Token> &tokens)
{
    QStringList result;
    for (const auto &token : tokens)
        result << QString::fromStdString(token.value);
    return result;
}

QStringList list(const std::vector<std::string> &items)
{
    QStringList result;
    for (const auto &item : items)
        result << QString::fromStdString(item);
    return result;
}

QString s(const std::string &text) { return QString::fromStdString(text); }

QStringList strs(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result << QString::fromUtf8(item);
    return result;
}

} // namespace

class TestSqliteDdl : public QObject
{
    Q_OBJECT

private slots:
    void tokenizesQuotesCommentsAndLiterals()
    {
        const auto tokens = tokenizeSql(
            "SELECT \"a \"\"b\"\"\", `c``d`, [e f], 'it''s', x'0aFF', 12.5e3, .5, 0x1F -- note\n"
            "/* block ( ' */ ?1, :name, a||b, c<>d, j->>'$.x';");
        QCOMPARE(kinds(tokens),
                 QStringLiteral("id qid , qid , qid , str , blob , num , num , num var , var , "
                                "id op id , id op id , id op str ;"));
        QCOMPARE(values(tokens).mid(0, 12),
                 (strs({"SELECT", "a \"b\"", ",", "c`d", ",", "e f", ",", "it's", ",", "x'0aFF'",
                        ",", "12.5e3"})));
        QCOMPARE(values(tokens).at(16), QStringLiteral("?1"));
        QCOMPARE(values(tokens).at(21), QStringLiteral("||"));
        QCOMPARE(values(tokens).at(25), QStringLiteral("<>"));
        QCOMPARE(values(tokens).at(29), QStringLiteral("->>"));
        // Offsets point into the input.
        QCOMPARE(tokens[1].begin, size_t(7));
        QCOMPARE(tokens[1].end, size_t(16));
    }

    void marksUnterminatedQuotes()
    {
        const auto tokens = tokenizeSql("SELECT 'open");
        QCOMPARE(tokens.size(), size_t(2));
        QCOMPARE(tokens[1].kind, TokenKind::String);
        QVERIFY(tokens[1].unterminated);
        QVERIFY(!tokens[0].unterminated);
    }

    void keywordsMatchBareIdentifiersOnly()
    {
        const auto tokens = tokenizeSql("check \"check\" Check");
        QVERIFY(tokens[0].is("CHECK"));
        QVERIFY(!tokens[1].is("CHECK"));
        QVERIFY(tokens[1].isName());
        QVERIFY(tokens[2].is("check"));
        QVERIFY(sameIdentifier("Customer_ID", "customer_id"));
        QVERIFY(!sameIdentifier("customer", "customers"));
    }

    void parsesColumnsAndConstraints()
    {
        const auto table = parseCreateTable(
            "CREATE TABLE IF NOT EXISTS main.\"order\" (\n"
            "  id INTEGER CONSTRAINT pk_order PRIMARY KEY DESC ON CONFLICT ABORT AUTOINCREMENT,\n"
            "  code VARCHAR(10, 2) NOT NULL COLLATE NOCASE CONSTRAINT uq_code UNIQUE,\n"
            "  note TEXT DEFAULT 'a, (b)' CHECK (note <> ')' AND length(note) < 10),\n"
            "  parent INT REFERENCES \"order\"(id) ON DELETE SET DEFAULT CHECK (parent > 0),\n"
            "  amount REAL DEFAULT -1.5 CONSTRAINT ck_amount CHECK (amount >= -1.5),\n"
            "  total REAL GENERATED ALWAYS AS (amount * 2) STORED,\n"
            "  half REAL AS (amount / 2),\n"
            "  [weird name] BLOB,\n"
            "  CONSTRAINT ck_pair CHECK (code IS NOT NULL OR note IS NOT NULL)\n"
            "  UNIQUE (code, note) ON CONFLICT REPLACE,\n"
            "  FOREIGN KEY (parent, code) REFERENCES other (a, b) ON UPDATE CASCADE "
            "DEFERRABLE INITIALLY DEFERRED\n"
            ") WITHOUT ROWID, STRICT;");
        QVERIFY(table);
        QCOMPARE(s(table->name), QStringLiteral("order"));
        QVERIFY(!table->isVirtual);
        QVERIFY(table->withoutRowId);
        QVERIFY(table->strict);

        QCOMPARE(table->columns.size(), size_t(8));
        QStringList names;
        for (const auto &column : table->columns)
            names << s(column.name);
        QCOMPARE(names,
                 (strs({"id", "code", "note", "parent", "amount", "total", "half", "weird name"})));
        QVERIFY(table->columns[0].autoIncrement);
        QVERIFY(!table->columns[1].autoIncrement);
        QCOMPARE(s(table->columns[1].collation), QStringLiteral("NOCASE"));
        QVERIFY(!table->columns[4].generatedExpression);
        QCOMPARE(s(table->columns[5].generatedExpression.value_or("?")),
                 QStringLiteral("amount * 2"));
        QVERIFY(table->columns[5].generatedStored);
        QCOMPARE(s(table->columns[6].generatedExpression.value_or("?")),
                 QStringLiteral("amount / 2"));
        QVERIFY(!table->columns[6].generatedStored);
        QVERIFY(table->column("WEIRD NAME"));
        QVERIFY(!table->column("missing"));

        const auto &constraints = table->constraints;
        QCOMPARE(constraints.size(), size_t(9));
        QCOMPARE(constraints[0].kind, ConstraintKind::PrimaryKey);
        QCOMPARE(s(constraints[0].name), QStringLiteral("pk_order"));
        QCOMPARE(list(constraints[0].columns), strs({"id"}));
        QCOMPARE(constraints[1].kind, ConstraintKind::Unique);
        QCOMPARE(s(constraints[1].name), QStringLiteral("uq_code"));
        QCOMPARE(constraints[2].kind, ConstraintKind::Check);
        QCOMPARE(s(constraints[2].name), QString());
        QCOMPARE(s(constraints[2].expression), QStringLiteral("note <> ')' AND length(note) < 10"));
        QCOMPARE(constraints[3].kind, ConstraintKind::ForeignKey);
        QCOMPARE(list(constraints[3].columns), strs({"parent"}));
        QCOMPARE(s(constraints[3].referencedTable), QStringLiteral("order"));
        QCOMPARE(list(constraints[3].referencedColumns), strs({"id"}));
        // The CHECK after ON DELETE SET DEFAULT is not swallowed by the DEFAULT.
        QCOMPARE(constraints[4].kind, ConstraintKind::Check);
        QCOMPARE(s(constraints[4].expression), QStringLiteral("parent > 0"));
        QCOMPARE(s(constraints[5].name), QStringLiteral("ck_amount"));
        QCOMPARE(s(constraints[5].expression), QStringLiteral("amount >= -1.5"));
        QCOMPARE(s(constraints[6].name), QStringLiteral("ck_pair"));
        QCOMPARE(s(constraints[6].expression),
                 QStringLiteral("code IS NOT NULL OR note IS NOT NULL"));
        // Table constraints need no comma between them.
        QCOMPARE(constraints[7].kind, ConstraintKind::Unique);
        QCOMPARE(s(constraints[7].name), QString());
        QCOMPARE(list(constraints[7].columns), (strs({"code", "note"})));
        QCOMPARE(constraints[8].kind, ConstraintKind::ForeignKey);
        QCOMPARE(list(constraints[8].columns), (strs({"parent", "code"})));
        QCOMPARE(s(constraints[8].referencedTable), QStringLiteral("other"));
        QCOMPARE(list(constraints[8].referencedColumns), (strs({"a", "b"})));
    }

    void constraintNameDoesNotLeakToALaterConstraint()
    {
        const auto table
            = parseCreateTable("CREATE TABLE t(a INT CONSTRAINT nn NOT NULL CHECK (a > 1), "
                               "b INT CONSTRAINT d DEFAULT 3 UNIQUE)");
        QVERIFY(table);
        QCOMPARE(table->constraints.size(), size_t(2));
        QCOMPARE(table->constraints[0].kind, ConstraintKind::Check);
        QCOMPARE(s(table->constraints[0].name), QString());
        QCOMPARE(table->constraints[1].kind, ConstraintKind::Unique);
        QCOMPARE(s(table->constraints[1].name), QString());
    }

    void parsesPrimaryKeyTableConstraintWithDirections()
    {
        const auto table = parseCreateTable("CREATE TABLE w(a TEXT, b INT, CONSTRAINT pk_w PRIMARY "
                                            "KEY (a COLLATE NOCASE, b DESC))");
        QVERIFY(table);
        QVERIFY(!table->withoutRowId);
        QCOMPARE(table->columns.size(), size_t(2));
        QCOMPARE(table->constraints.size(), size_t(1));
        QCOMPARE(s(table->constraints[0].name), QStringLiteral("pk_w"));
        QCOMPARE(list(table->constraints[0].columns), (strs({"a", "b"})));
    }

    void parsesVirtualTables()
    {
        const auto table = parseCreateTable("CREATE VIRTUAL TABLE docs USING fts5(title, body)");
        QVERIFY(table);
        QVERIFY(table->isVirtual);
        QCOMPARE(s(table->name), QStringLiteral("docs"));
        QCOMPARE(s(table->module), QStringLiteral("fts5"));
        QVERIFY(table->columns.empty());
    }

    void rejectsOtherStatements()
    {
        QVERIFY(!parseCreateTable("CREATE VIEW v AS SELECT 1"));
        QVERIFY(!parseCreateTable("CREATE TABLE t"));
        QVERIFY(!parseCreateTable("CREATE TABLE t(a"));
        QVERIFY(!parseCreateIndex("CREATE TABLE t(a)"));
        QVERIFY(!parseCreateView("CREATE TABLE t(a)"));
        QVERIFY(!parseCreateTrigger("CREATE TRIGGER x AFTER INSERT ON t SELECT 1;"));
    }

    void parsesIndexes()
    {
        const auto index = parseCreateIndex(
            "CREATE UNIQUE INDEX IF NOT EXISTS main.ix ON t (lower(name) COLLATE NOCASE DESC, "
            "born, \"a b\" ASC, (x + y) * 2) WHERE status = 'open' AND x > 0;");
        QVERIFY(index);
        QVERIFY(index->unique);
        QCOMPARE(s(index->name), QStringLiteral("ix"));
        QCOMPARE(s(index->table), QStringLiteral("t"));
        QCOMPARE(index->columns.size(), size_t(4));
        QCOMPARE(s(index->columns[0].expression), QStringLiteral("lower(name)"));
        QCOMPARE(s(index->columns[0].collation), QStringLiteral("NOCASE"));
        QVERIFY(index->columns[0].descending);
        QCOMPARE(s(index->columns[1].expression), QStringLiteral("born"));
        QVERIFY(!index->columns[1].descending);
        QCOMPARE(s(index->columns[2].expression), QStringLiteral("\"a b\""));
        QCOMPARE(s(index->columns[3].expression), QStringLiteral("(x + y) * 2"));
        QCOMPARE(s(index->predicate), QStringLiteral("status = 'open' AND x > 0"));

        const auto plain = parseCreateIndex("CREATE INDEX i2 ON t(a)");
        QVERIFY(plain);
        QVERIFY(!plain->unique);
        QCOMPARE(s(plain->predicate), QString());
    }

    void parsesViews()
    {
        const auto view = parseCreateView(
            "CREATE VIEW IF NOT EXISTS v(a, \"b c\") AS\n  SELECT x, y FROM t -- tail\n;");
        QVERIFY(view);
        QCOMPARE(s(view->name), QStringLiteral("v"));
        QCOMPARE(list(view->columnNames), (strs({"a", "b c"})));
        QCOMPARE(s(view->select), QStringLiteral("SELECT x, y FROM t"));

        const auto simple
            = parseCreateView("CREATE TEMP VIEW w AS WITH c AS (SELECT 1) SELECT * FROM c");
        QVERIFY(simple);
        QCOMPARE(s(simple->select), QStringLiteral("WITH c AS (SELECT 1) SELECT * FROM c"));
    }

    void parsesTriggers()
    {
        const auto before = parseCreateTrigger(
            "CREATE TRIGGER trg BEFORE INSERT ON invoice FOR EACH ROW WHEN NEW.n = '' "
            "BEGIN SELECT RAISE(ABORT, 'n required'); END");
        QVERIFY(before);
        QCOMPARE(s(before->name), QStringLiteral("trg"));
        QCOMPARE(s(before->table), QStringLiteral("invoice"));
        QCOMPARE(before->timing, TriggerTiming::Before);
        QCOMPARE(s(before->event), QStringLiteral("INSERT"));
        QVERIFY(before->forEachRow);
        QCOMPARE(s(before->condition), QStringLiteral("NEW.n = ''"));
        QCOMPARE(s(before->body), QStringLiteral("BEGIN SELECT RAISE(ABORT, 'n required'); END"));

        const auto after = parseCreateTrigger(
            "CREATE TRIGGER IF NOT EXISTS main.t2 AFTER UPDATE OF price, \"title\" ON product "
            "BEGIN UPDATE x SET y = 1; END;");
        QVERIFY(after);
        QCOMPARE(s(after->name), QStringLiteral("t2"));
        QCOMPARE(after->timing, TriggerTiming::After);
        QCOMPARE(s(after->event), QStringLiteral("UPDATE"));
        QCOMPARE(list(after->updateColumns), (strs({"price", "title"})));
        QCOMPARE(s(after->table), QStringLiteral("product"));
        QCOMPARE(s(after->condition), QString());
        QCOMPARE(s(after->body), QStringLiteral("BEGIN UPDATE x SET y = 1; END"));

        const auto instead = parseCreateTrigger("CREATE TEMP TRIGGER t3 INSTEAD OF DELETE ON v "
                                                "BEGIN DELETE FROM t WHERE id = OLD.id; END");
        QVERIFY(instead);
        QCOMPARE(instead->timing, TriggerTiming::InsteadOf);
        QCOMPARE(s(instead->event), QStringLiteral("DELETE"));
        QVERIFY(instead->updateColumns.empty());

        const auto noTiming
            = parseCreateTrigger("CREATE TRIGGER t4 UPDATE ON t BEGIN SELECT 1; END");
        QVERIFY(noTiming);
        QCOMPARE(noTiming->timing, TriggerTiming::Before);
        QCOMPARE(s(noTiming->event), QStringLiteral("UPDATE"));
    }
};

QTEST_GUILESS_MAIN(TestSqliteDdl)
#include "tst_sqlite_ddl.moc"
