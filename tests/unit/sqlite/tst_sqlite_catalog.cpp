// SPDX-License-Identifier: MIT
// Reads the catalog of a SQLite file built here and checks it field by field against
// hand-written expectations.
#include "engine/connectors/endpoint.h"
#include "tests/unit/sqlite/sqlite_test_db.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;

namespace {

const char *const FixtureSql = R"sql(
PRAGMA page_size = 4096;
CREATE TABLE customer (
    id INTEGER PRIMARY KEY,
    email VARCHAR(120) NOT NULL COLLATE NOCASE,
    name NVARCHAR(80),
    code CHAR(8),
    notes TEXT,
    photo BLOB,
    anything,
    score REAL DEFAULT 0.0,
    ratio DOUBLE PRECISION,
    weight FLOAT,
    balance DECIMAL(12, 2) DEFAULT 0,
    amount NUMERIC,
    active BOOLEAN NOT NULL DEFAULT 1,
    born DATE,
    created DATETIME DEFAULT CURRENT_TIMESTAMP,
    updated TIMESTAMP,
    alarm TIME,
    profile JSON,
    token UUID,
    small SMALLINT,
    tiny TINYINT,
    medium MEDIUMINT,
    big BIGINT,
    plain INT,
    ubig UNSIGNED BIG INT,
    odd STRING,
    fp FLOATING POINT,
    CONSTRAINT uq_customer_email UNIQUE (email),
    CHECK (length(code) = 8 OR code IS NULL)
);
CREATE TABLE invoice (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    number TEXT NOT NULL UNIQUE,
    quantity INTEGER NOT NULL CONSTRAINT ck_quantity_positive CHECK (quantity > 0),
    unit_price NUMERIC(10,2) NOT NULL,
    total NUMERIC(12,2) GENERATED ALWAYS AS (quantity * unit_price) VIRTUAL,
    label TEXT AS ('INV-' || number) STORED,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid', 'void'))
);
CREATE TABLE invoice_line (
    invoice_id INTEGER NOT NULL,
    line_no INTEGER,
    product_code TEXT,
    note TEXT,
    PRIMARY KEY (invoice_id, line_no),
    CONSTRAINT fk_line_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id) ON DELETE CASCADE,
    FOREIGN KEY (product_code) REFERENCES product ON UPDATE SET NULL
) WITHOUT ROWID;
CREATE TABLE product (
    code TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    price REAL
);
CREATE INDEX ix_invoice_open ON invoice (customer_id) WHERE status = 'open';
CREATE INDEX ix_customer_lower_name ON customer (lower(name), born DESC);
CREATE UNIQUE INDEX ux_product_title ON product (title COLLATE NOCASE DESC);
CREATE VIEW open_invoice AS SELECT i.id, c.email, i.total
    FROM invoice AS i JOIN customer AS c ON c.id = i.customer_id WHERE i.status = 'open';
CREATE TRIGGER trg_invoice_number BEFORE INSERT ON invoice FOR EACH ROW WHEN NEW.number = ''
BEGIN
    SELECT RAISE(ABORT, 'number required');
END;
CREATE TRIGGER trg_product_price AFTER UPDATE OF price, title ON product
BEGIN
    UPDATE invoice SET status = status WHERE 0;
END;
CREATE TRIGGER trg_open_invoice_delete INSTEAD OF DELETE ON open_invoice
BEGIN
    UPDATE invoice SET status = 'void' WHERE id = OLD.id;
END;
INSERT INTO customer (id, email) VALUES (1, 'a@example.com');
INSERT INTO invoice (customer_id, number, quantity, unit_price)
    VALUES (1, 'A1', 2, 5.5), (1, 'A2', 1, 3);
DELETE FROM invoice WHERE number = 'A2';
ANALYZE;
)sql";

struct ExpectedColumn
{
    const char *name;
    const char *nativeType;
    const char *canonical;
    bool nullable = true;
    const char *defaultExpression = nullptr; ///< nullptr: no default
    const char *collation = "";
    bool autoIncrement = false;
    IdentityKind identity = IdentityKind::None;
    const char *generated = nullptr; ///< nullptr: not generated
    bool stored = false;
};

QString s(const std::string &text) { return QString::fromStdString(text); }
QString s(const char *text) { return QString::fromUtf8(text); }

QStringList strs(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result << QString::fromUtf8(item);
    return result;
}

QStringList list(const std::vector<std::string> &items)
{
    QStringList result;
    for (const auto &item : items)
        result << QString::fromStdString(item);
    return result;
}

void checkColumns(const std::vector<Column> &actual, const std::vector<ExpectedColumn> &expected)
{
    QStringList actualNames;
    for (const auto &column : actual)
        actualNames << s(column.name);
    QStringList expectedNames;
    for (const auto &column : expected)
        expectedNames << s(column.name);
    QCOMPARE(actualNames, expectedNames);
    for (size_t i = 0; i < expected.size(); ++i) {
        const Column &column = actual[i];
        const ExpectedColumn &want = expected[i];
        const QByteArray where = QByteArray("column ") + want.name;
        QVERIFY2(column.ordinal == int(i) + 1, where);
        QCOMPARE(s(column.nativeType), s(want.nativeType));
        QVERIFY2(s(column.type.toString()) == s(want.canonical),
                 where + ": " + QByteArray::fromStdString(column.type.toString()));
        QVERIFY2(column.nullable == want.nullable, where + " nullable");
        QVERIFY2(column.defaultExpression.has_value() == (want.defaultExpression != nullptr),
                 where + " has default");
        if (want.defaultExpression)
            QCOMPARE(s(*column.defaultExpression), s(want.defaultExpression));
        QVERIFY2(s(column.collation) == s(want.collation), where + " collation");
        QVERIFY2(column.autoIncrement == want.autoIncrement, where + " autoIncrement");
        QVERIFY2(column.identity == want.identity, where + " identity");
        QVERIFY2(column.generatedExpression.has_value() == (want.generated != nullptr),
                 where + " generated");
        if (want.generated)
            QCOMPARE(s(*column.generatedExpression), s(want.generated));
        QVERIFY2(column.generatedStored == want.stored, where + " stored");
    }
}

ConnectionSpec specFor(const QString &path)
{
    ConnectionSpec spec;
    spec.dialect = Dialect::Sqlite;
    spec.path = path.toStdString();
    return spec;
}

} // namespace

class TestSqliteCatalog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    Catalog m_catalog;

    const Table *table(const char *name) const { return m_catalog.schemas.at(0).table(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("shop.db"));
        QCOMPARE(test::executeSqlite(m_path, FixtureSql), QString());
        auto catalog = makeEndpoint(specFor(m_path))->readCatalog({});
        QVERIFY2(catalog.ok(), catalog.ok() ? "" : catalog.error().toString().c_str());
        m_catalog = std::move(catalog.value());
    }

    void describesTheDatabase()
    {
        QCOMPARE(m_catalog.dialect, Dialect::Sqlite);
        QCOMPARE(s(m_catalog.product), QStringLiteral("SQLite"));
        QCOMPARE(s(m_catalog.serverVersion), QStringLiteral(SQLITE_VERSION));
        QCOMPARE(s(m_catalog.database), m_path);
        QCOMPARE(m_catalog.schemas.size(), size_t(1));
        const Schema &schema = m_catalog.schemas[0];
        QCOMPARE(s(schema.name), QStringLiteral("main"));
        QStringList tables;
        for (const auto &table : schema.tables)
            tables << s(table.name);
        // sqlite_sequence and sqlite_stat1 are internal.
        QCOMPARE(tables, strs({"customer", "invoice", "invoice_line", "product"}));
        QVERIFY(schema.routines.empty());
        QVERIFY(schema.types.empty());
    }

    void readsEveryAffinityAndRefinedType()
    {
        const Table *customer = table("customer");
        QVERIFY(customer);
        checkColumns(
            customer->columns,
            {
                {.name = "id",
                 .nativeType = "INTEGER",
                 .canonical = "integer(8)",
                 .nullable = false,
                 .identity = IdentityKind::ByDefault},
                {.name = "email",
                 .nativeType = "VARCHAR(120)",
                 .canonical = "string(120)",
                 .nullable = false,
                 .collation = "NOCASE"},
                {.name = "name", .nativeType = "NVARCHAR(80)", .canonical = "string(80)"},
                {.name = "code", .nativeType = "CHAR(8)", .canonical = "char(8)"},
                {.name = "notes", .nativeType = "TEXT", .canonical = "string(lob)"},
                {.name = "photo", .nativeType = "BLOB", .canonical = "varbinary(lob)"},
                {.name = "anything", .nativeType = "", .canonical = "varbinary(lob)"},
                {.name = "score",
                 .nativeType = "REAL",
                 .canonical = "float(8)",
                 .defaultExpression = "0.0"},
                {.name = "ratio", .nativeType = "DOUBLE PRECISION", .canonical = "float(8)"},
                {.name = "weight", .nativeType = "FLOAT", .canonical = "float(8)"},
                {.name = "balance",
                 .nativeType = "DECIMAL(12, 2)",
                 .canonical = "decimal(12,2)",
                 .defaultExpression = "0"},
                {.name = "amount", .nativeType = "NUMERIC", .canonical = "decimal"},
                {.name = "active",
                 .nativeType = "BOOLEAN",
                 .canonical = "boolean",
                 .nullable = false,
                 .defaultExpression = "1"},
                {.name = "born", .nativeType = "DATE", .canonical = "date"},
                {.name = "created",
                 .nativeType = "DATETIME",
                 .canonical = "timestamp",
                 .defaultExpression = "CURRENT_TIMESTAMP"},
                {.name = "updated", .nativeType = "TIMESTAMP", .canonical = "timestamp"},
                {.name = "alarm", .nativeType = "TIME", .canonical = "time"},
                {.name = "profile", .nativeType = "JSON", .canonical = "json"},
                {.name = "token", .nativeType = "UUID", .canonical = "uuid"},
                {.name = "small", .nativeType = "SMALLINT", .canonical = "integer(2)"},
                {.name = "tiny", .nativeType = "TINYINT", .canonical = "integer(1)"},
                {.name = "medium", .nativeType = "MEDIUMINT", .canonical = "integer(3)"},
                {.name = "big", .nativeType = "BIGINT", .canonical = "integer(8)"},
                {.name = "plain", .nativeType = "INT", .canonical = "integer(4)"},
                {.name = "ubig",
                 .nativeType = "UNSIGNED BIG INT",
                 .canonical = "integer(8,unsigned)"},
                {.name = "odd", .nativeType = "STRING", .canonical = "decimal"},
                {.name = "fp", .nativeType = "FLOATING POINT", .canonical = "float(8)"},
            });
    }

    void readsKeysOfTheRowidTable()
    {
        const Table *customer = table("customer");
        QVERIFY(customer);
        QVERIFY(customer->primaryKey);
        QCOMPARE(s(customer->primaryKey->name), QString());
        QCOMPARE(list(customer->primaryKey->columns), strs({"id"}));
        QCOMPARE(customer->uniqueKeys.size(), size_t(1));
        QCOMPARE(s(customer->uniqueKeys[0].name), QStringLiteral("uq_customer_email"));
        QCOMPARE(list(customer->uniqueKeys[0].columns), strs({"email"}));
        QVERIFY(customer->foreignKeys.empty());
        QCOMPARE(customer->checks.size(), size_t(1));
        QCOMPARE(s(customer->checks[0].name), QString());
        QCOMPARE(s(customer->checks[0].expression),
                 QStringLiteral("length(code) = 8 OR code IS NULL"));
        QCOMPARE(customer->rowEstimate, std::optional<int64_t>(1));
        QCOMPARE(customer->sizeBytes, std::optional<int64_t>(4096));
    }

    void readsExpressionAndDescendingIndexes()
    {
        const Table *customer = table("customer");
        QVERIFY(customer);
        // The index behind UNIQUE (sqlite_autoindex_customer_1) is the unique key, not listed.
        QCOMPARE(customer->indexes.size(), size_t(1));
        const Index &index = customer->indexes[0];
        QCOMPARE(s(index.name), QStringLiteral("ix_customer_lower_name"));
        QVERIFY(!index.unique);
        QVERIFY(!index.primary);
        QCOMPARE(s(index.method), QStringLiteral("btree"));
        QCOMPARE(s(index.predicate), QString());
        QCOMPARE(index.columns.size(), size_t(2));
        QCOMPARE(s(index.columns[0].name), QString());
        QCOMPARE(s(index.columns[0].expression), QStringLiteral("lower(name)"));
        QVERIFY(!index.columns[0].descending);
        QCOMPARE(s(index.columns[1].name), QStringLiteral("born"));
        QCOMPARE(s(index.columns[1].expression), QString());
        QVERIFY(index.columns[1].descending);

        const Table *product = table("product");
        QVERIFY(product);
        QCOMPARE(product->indexes.size(), size_t(1));
        QCOMPARE(s(product->indexes[0].name), QStringLiteral("ux_product_title"));
        QVERIFY(product->indexes[0].unique);
        QCOMPARE(product->indexes[0].columns.size(), size_t(1));
        QCOMPARE(s(product->indexes[0].columns[0].name), QStringLiteral("title"));
        QVERIFY(product->indexes[0].columns[0].descending);
    }

    void readsAutoincrementGeneratedColumnsAndPartialIndex()
    {
        const Table *invoice = table("invoice");
        QVERIFY(invoice);
        checkColumns(invoice->columns,
                     {
                         {.name = "id",
                          .nativeType = "INTEGER",
                          .canonical = "integer(8)",
                          .nullable = false,
                          .autoIncrement = true,
                          .identity = IdentityKind::ByDefault},
                         {.name = "customer_id",
                          .nativeType = "INTEGER",
                          .canonical = "integer(8)",
                          .nullable = false},
                         {.name = "number",
                          .nativeType = "TEXT",
                          .canonical = "string(lob)",
                          .nullable = false},
                         {.name = "quantity",
                          .nativeType = "INTEGER",
                          .canonical = "integer(8)",
                          .nullable = false},
                         {.name = "unit_price",
                          .nativeType = "NUMERIC(10,2)",
                          .canonical = "decimal(10,2)",
                          .nullable = false},
                         {.name = "total",
                          .nativeType = "NUMERIC(12,2)",
                          .canonical = "decimal(12,2)",
                          .generated = "quantity * unit_price",
                          .stored = false},
                         {.name = "label",
                          .nativeType = "TEXT",
                          .canonical = "string(lob)",
                          .generated = "'INV-' || number",
                          .stored = true},
                         {.name = "status",
                          .nativeType = "TEXT",
                          .canonical = "string(lob)",
                          .nullable = false,
                          .defaultExpression = "'open'"},
                     });
        QVERIFY(invoice->primaryKey);
        QCOMPARE(list(invoice->primaryKey->columns), strs({"id"}));
        QCOMPARE(invoice->uniqueKeys.size(), size_t(1));
        QCOMPARE(s(invoice->uniqueKeys[0].name), QString());
        QCOMPARE(list(invoice->uniqueKeys[0].columns), strs({"number"}));

        QCOMPARE(invoice->foreignKeys.size(), size_t(1));
        const ForeignKey &key = invoice->foreignKeys[0];
        QCOMPARE(s(key.name), QString());
        QCOMPARE(list(key.columns), strs({"customer_id"}));
        QCOMPARE(s(key.referencedSchema), QStringLiteral("main"));
        QCOMPARE(s(key.referencedTable), QStringLiteral("customer"));
        QCOMPARE(list(key.referencedColumns), strs({"id"}));
        QCOMPARE(key.onDelete, ReferentialAction::Cascade);
        QCOMPARE(key.onUpdate, ReferentialAction::NoAction);

        QCOMPARE(invoice->checks.size(), size_t(2));
        QCOMPARE(s(invoice->checks[0].name), QStringLiteral("ck_quantity_positive"));
        QCOMPARE(s(invoice->checks[0].expression), QStringLiteral("quantity > 0"));
        QCOMPARE(s(invoice->checks[1].name), QString());
        QCOMPARE(s(invoice->checks[1].expression),
                 QStringLiteral("status IN ('open', 'paid', 'void')"));

        QCOMPARE(invoice->indexes.size(), size_t(1));
        const Index &index = invoice->indexes[0];
        QCOMPARE(s(index.name), QStringLiteral("ix_invoice_open"));
        QVERIFY(!index.unique);
        QCOMPARE(s(index.predicate), QStringLiteral("status = 'open'"));
        QCOMPARE(index.columns.size(), size_t(1));
        QCOMPARE(s(index.columns[0].name), QStringLiteral("customer_id"));
        QCOMPARE(invoice->rowEstimate, std::optional<int64_t>(1));

        // AUTOINCREMENT: the last value handed out (2) survives the delete of row 2.
        const Schema &schema = m_catalog.schemas[0];
        QCOMPARE(schema.sequences.size(), size_t(1));
        const Sequence &sequence = schema.sequences[0];
        QCOMPARE(s(sequence.name), QStringLiteral("invoice"));
        QCOMPARE(s(sequence.dataType), QStringLiteral("INTEGER"));
        QCOMPARE(sequence.start, int64_t(1));
        QCOMPARE(sequence.increment, int64_t(1));
        QCOMPARE(sequence.currentValue, std::optional<int64_t>(2));
        QCOMPARE(sequence.maxValue, std::optional<int64_t>(9223372036854775807LL));
        QCOMPARE(s(sequence.ownedBy), QStringLiteral("invoice.id"));
    }

    void readsWithoutRowidCompositeKeyAndForeignKeys()
    {
        const Table *line = table("invoice_line");
        QVERIFY(line);
        // WITHOUT ROWID enforces NOT NULL on key columns, declared or not; no rowid alias.
        checkColumns(line->columns,
                     {
                         {.name = "invoice_id",
                          .nativeType = "INTEGER",
                          .canonical = "integer(8)",
                          .nullable = false},
                         {.name = "line_no",
                          .nativeType = "INTEGER",
                          .canonical = "integer(8)",
                          .nullable = false},
                         {.name = "product_code", .nativeType = "TEXT", .canonical = "string(lob)"},
                         {.name = "note", .nativeType = "TEXT", .canonical = "string(lob)"},
                     });
        QVERIFY(line->primaryKey);
        QCOMPARE(list(line->primaryKey->columns), strs({"invoice_id", "line_no"}));
        QVERIFY(line->uniqueKeys.empty());
        QVERIFY(line->indexes.empty());
        QVERIFY(line->checks.empty());

        QCOMPARE(line->foreignKeys.size(), size_t(2));
        const ForeignKey &toInvoice = line->foreignKeys[0];
        QCOMPARE(s(toInvoice.name), QStringLiteral("fk_line_invoice"));
        QCOMPARE(list(toInvoice.columns), strs({"invoice_id"}));
        QCOMPARE(s(toInvoice.referencedTable), QStringLiteral("invoice"));
        QCOMPARE(list(toInvoice.referencedColumns), strs({"id"}));
        QCOMPARE(toInvoice.onDelete, ReferentialAction::Cascade);
        QCOMPARE(toInvoice.onUpdate, ReferentialAction::NoAction);
        const ForeignKey &toProduct = line->foreignKeys[1];
        QCOMPARE(s(toProduct.name), QString());
        QCOMPARE(list(toProduct.columns), strs({"product_code"}));
        QCOMPARE(s(toProduct.referencedTable), QStringLiteral("product"));
        // REFERENCES product without columns: the parent's primary key.
        QCOMPARE(list(toProduct.referencedColumns), strs({"code"}));
        QCOMPARE(toProduct.onUpdate, ReferentialAction::SetNull);
        QCOMPARE(toProduct.onDelete, ReferentialAction::NoAction);
        QCOMPARE(line->rowEstimate, std::optional<int64_t>());
    }

    void nonIntegerPrimaryKeyIsNoRowidAlias()
    {
        const Table *product = table("product");
        QVERIFY(product);
        // SQLite lets NULL into a TEXT PRIMARY KEY of a rowid table; the catalog says so.
        checkColumns(product->columns,
                     {
                         {.name = "code", .nativeType = "TEXT", .canonical = "string(lob)"},
                         {.name = "title",
                          .nativeType = "TEXT",
                          .canonical = "string(lob)",
                          .nullable = false},
                         {.name = "price", .nativeType = "REAL", .canonical = "float(8)"},
                     });
        QVERIFY(product->primaryKey);
        QCOMPARE(list(product->primaryKey->columns), strs({"code"}));
        QVERIFY(product->uniqueKeys.empty());
    }

    void readsViewsWithColumns()
    {
        const Schema &schema = m_catalog.schemas[0];
        QCOMPARE(schema.views.size(), size_t(1));
        const View &view = schema.views[0];
        QCOMPARE(s(view.name), QStringLiteral("open_invoice"));
        QCOMPARE(s(view.definition),
                 QStringLiteral("SELECT i.id, c.email, i.total\n    FROM invoice AS i JOIN "
                                "customer AS c ON c.id = i.customer_id WHERE i.status = 'open'"));
        QVERIFY(!view.materialized);
        checkColumns(
            view.columns,
            {
                {.name = "id", .nativeType = "INTEGER", .canonical = "integer(8)"},
                {.name = "email", .nativeType = "VARCHAR(120)", .canonical = "string(120)"},
                {.name = "total", .nativeType = "NUMERIC(12,2)", .canonical = "decimal(12,2)"},
            });
    }

    void readsTriggers()
    {
        const Schema &schema = m_catalog.schemas[0];
        QCOMPARE(schema.triggers.size(), size_t(3));
        const Trigger &number = schema.triggers[0];
        QCOMPARE(s(number.name), QStringLiteral("trg_invoice_number"));
        QCOMPARE(s(number.table), QStringLiteral("invoice"));
        QCOMPARE(number.timing, TriggerTiming::Before);
        QCOMPARE(list(number.events), strs({"INSERT"}));
        QVERIFY(number.updateColumns.empty());
        QVERIFY(number.forEachRow);
        QCOMPARE(s(number.condition), QStringLiteral("NEW.number = ''"));
        QCOMPARE(s(number.body),
                 QStringLiteral("BEGIN\n    SELECT RAISE(ABORT, 'number required');\nEND"));

        const Trigger &instead = schema.triggers[1];
        QCOMPARE(s(instead.name), QStringLiteral("trg_open_invoice_delete"));
        QCOMPARE(s(instead.table), QStringLiteral("open_invoice"));
        QCOMPARE(instead.timing, TriggerTiming::InsteadOf);
        QCOMPARE(list(instead.events), strs({"DELETE"}));
        QCOMPARE(s(instead.condition), QString());
        QCOMPARE(s(instead.body),
                 QStringLiteral("BEGIN\n    UPDATE invoice SET status = 'void' WHERE id = "
                                "OLD.id;\nEND"));

        const Trigger &price = schema.triggers[2];
        QCOMPARE(s(price.name), QStringLiteral("trg_product_price"));
        QCOMPARE(s(price.table), QStringLiteral("product"));
        QCOMPARE(price.timing, TriggerTiming::After);
        QCOMPARE(list(price.events), strs({"UPDATE"}));
        QCOMPARE(list(price.updateColumns), strs({"price", "title"}));
        QVERIFY(price.forEachRow);
        QCOMPARE(s(price.condition), QString());
        QCOMPARE(s(price.body),
                 QStringLiteral("BEGIN\n    UPDATE invoice SET status = status WHERE 0;\nEND"));
    }

    void listsInternalTablesOnRequest()
    {
        CatalogFilter filter;
        filter.includeSystemSchemas = true;
        auto catalog = makeEndpoint(specFor(m_path))->readCatalog(filter);
        QVERIFY(catalog.ok());
        QStringList tables;
        for (const auto &table : catalog->schemas.at(0).tables)
            tables << s(table.name);
        QCOMPARE(tables,
                 strs({"customer", "invoice", "invoice_line", "product", "sqlite_sequence",
                       "sqlite_stat1"}));
    }

    void acceptsMainAndRejectsOtherSchemas()
    {
        CatalogFilter main;
        main.schemas = {"main"};
        auto catalog = makeEndpoint(specFor(m_path))->readCatalog(main);
        QVERIFY(catalog.ok());
        QCOMPARE(catalog->schemas.size(), size_t(1));
        QCOMPARE(catalog->schemas[0].tables.size(), size_t(4));

        CatalogFilter other;
        other.schemas = {"public"};
        auto failed = makeEndpoint(specFor(m_path))->readCatalog(other);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::DatabaseNotFound);
        QVERIFY(s(failed.error().message).contains(QStringLiteral("no schema 'public'")));
        QVERIFY(s(failed.error().hint).contains(QStringLiteral("main")));
    }

    void brokenViewAndVirtualTablesDoNotBreakTheCatalog()
    {
        const QString path = m_dir.filePath(QStringLiteral("odd.db"));
        QCOMPARE(test::executeSqlite(path, R"sql(
            CREATE TABLE gone (a INTEGER);
            CREATE TABLE kept (b TEXT);
            CREATE VIEW broken AS SELECT a FROM gone;
            CREATE VIEW fine AS SELECT b, b || 'x' AS bx FROM kept;
            DROP TABLE gone;
            CREATE VIRTUAL TABLE docs USING fts5(title, body);
        )sql"),
                 QString());
        auto catalog = makeEndpoint(specFor(path))->readCatalog({});
        QVERIFY2(catalog.ok(), catalog.ok() ? "" : catalog.error().toString().c_str());
        const Schema &schema = catalog->schemas.at(0);
        QStringList tables;
        for (const auto &table : schema.tables)
            tables << s(table.name);
        // fts5's shadow tables (docs_data, docs_idx, ...) belong to docs and are not listed.
        QCOMPARE(tables, strs({"docs", "kept"}));
        checkColumns(schema.tables[0].columns,
                     {
                         {.name = "title", .nativeType = "", .canonical = "varbinary(lob)"},
                         {.name = "body", .nativeType = "", .canonical = "varbinary(lob)"},
                     });
        QCOMPARE(schema.views.size(), size_t(2));
        QCOMPARE(s(schema.views[0].name), QStringLiteral("broken"));
        QVERIFY(schema.views[0].columns.empty());
        QCOMPARE(s(schema.views[0].definition), QStringLiteral("SELECT a FROM gone"));
        QCOMPARE(s(schema.views[1].name), QStringLiteral("fine"));
        checkColumns(schema.views[1].columns,
                     {
                         {.name = "b", .nativeType = "TEXT", .canonical = "string(lob)"},
                         {.name = "bx", .nativeType = "", .canonical = "varbinary(lob)"},
                     });
    }

    void readsTwoThousandTablesQuickly()
    {
        const QString path = m_dir.filePath(QStringLiteral("wide.db"));
        QByteArray sql = "BEGIN;";
        for (int i = 0; i < 2000; ++i) {
            const QByteArray n = QByteArray::number(i);
            sql += "CREATE TABLE t" + n + " (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES t"
                + QByteArray::number(i == 0 ? 0 : i - 1)
                + "(id), name VARCHAR(40) NOT NULL "
                  "UNIQUE, amount DECIMAL(10,2) CHECK (amount >= 0), note TEXT);"
                  "CREATE INDEX ix"
                + n + " ON t" + n + " (amount DESC);";
        }
        sql += "COMMIT;";
        QCOMPARE(test::executeSqlite(path, sql.constData()), QString());
        QElapsedTimer timer;
        timer.start();
        auto catalog = makeEndpoint(specFor(path))->readCatalog({});
        const qint64 elapsed = timer.elapsed();
        QVERIFY(catalog.ok());
        const Schema &schema = catalog->schemas.at(0);
        QCOMPARE(schema.tables.size(), size_t(2000));
        const Table *last = schema.table("t1999");
        QVERIFY(last);
        QCOMPARE(last->columns.size(), size_t(5));
        QCOMPARE(last->foreignKeys.size(), size_t(1));
        QCOMPARE(s(last->foreignKeys[0].referencedTable), QStringLiteral("t1998"));
        QCOMPARE(last->uniqueKeys.size(), size_t(1));
        QCOMPARE(last->indexes.size(), size_t(1));
        QCOMPARE(last->checks.size(), size_t(1));
        // Speed is measured in bench/catalog.sh, not asserted here.
        qInfo("2000 tables read in %lld ms", elapsed);
    }
};

QTEST_GUILESS_MAIN(TestSqliteCatalog)
#include "tst_sqlite_catalog.moc"
