// SPDX-License-Identifier: MIT
// MySQL -> PostgreSQL query rewriting, one rule per test: MariaDB's own view definitions in,
// the PostgreSQL text written here by hand from the PostgreSQL documentation out.
#include "engine/convert/rewrite/query_rewriter.h"

#include <QTest>

using namespace ferry;
using convert::rewriteMySqlQueryForPostgres;

namespace {

const std::map<std::string, std::string> Schemas {{"sakila", "sakila_pg"}};

QString rewritten(const char *mysql)
{
    const auto result = rewriteMySqlQueryForPostgres(mysql, Schemas);
    if (!result.complete())
        return QStringLiteral("UNCONVERTED: %1")
            .arg(QString::fromStdString(result.unconverted.front()));
    return QString::fromStdString(result.sql);
}

} // namespace

class TstQueryRewriter : public QObject
{
    Q_OBJECT

private slots:
    void quotingAndSchemas()
    {
        QCOMPARE(rewritten("select `sakila`.`film`.`title` AS `ti\"tle` from `sakila`.`film` "
                           "`f` where `f`.`id` = 1"),
                 QStringLiteral("select \"sakila_pg\".\"film\".\"title\" AS \"ti\"\"tle\" from "
                                "\"sakila_pg\".\"film\" \"f\" where \"f\".\"id\" = 1"));
        // An alias named like another schema is not a schema: only known schemas are renamed.
        QCOMPARE(rewritten("select `x`.`a` from `t` `x`"),
                 QStringLiteral("select \"x\".\"a\" from \"t\" \"x\""));
    }

    void characterSetIntroducersAreDropped()
    {
        QCOMPARE(rewritten("select _utf8mb4'active' AS `a`, _latin1'x'"),
                 QStringLiteral("select 'active' AS \"a\", 'x'"));
    }

    void ifnullBecomesCoalesce()
    {
        QCOMPARE(rewritten("select ifnull(`a`,'none') from `t`"),
                 QStringLiteral("select COALESCE(\"a\", 'none') from \"t\""));
    }

    void ifBecomesCaseWithMySqlTruth()
    {
        QCOMPARE(rewritten("select if(`cu`.`active`,'active','') AS `notes` from `c` `cu`"),
                 QStringLiteral("select (CASE WHEN (\"cu\".\"active\")::int <> 0 THEN 'active' "
                                "ELSE '' END) AS \"notes\" from \"c\" \"cu\""));
    }

    void concatKeepsNullIn()
    {
        QCOMPARE(rewritten("select concat(`s`.`first_name`,' ',`s`.`last_name`) AS `name`"),
                 QStringLiteral("select ((\"s\".\"first_name\")::text || (' ')::text || "
                                "(\"s\".\"last_name\")::text) AS \"name\""));
    }

    void groupConcatBecomesStringAgg()
    {
        QCOMPARE(rewritten("select group_concat(`f`.`title` order by `f`.`title` ASC separator "
                           "', ') from `f`"),
                 QStringLiteral("select string_agg((\"f\".\"title\")::text, ', ' ORDER BY "
                                "\"f\".\"title\" ASC) from \"f\""));
        // No separator: MySQL's default, a comma.
        QCOMPARE(rewritten("select group_concat(`x`) from `t`"),
                 QStringLiteral("select string_agg((\"x\")::text, ',') from \"t\""));
        // DISTINCT ordered by its own argument: PostgreSQL wants the same expression.
        QCOMPARE(rewritten("select group_concat(distinct `x` order by `x` desc separator ';') "
                           "from `t`"),
                 QStringLiteral("select string_agg(DISTINCT (\"x\")::text, ';' ORDER BY "
                                "(\"x\")::text desc) from \"t\""));
        // DISTINCT ordered by another expression: PostgreSQL refuses it, so it is not guessed.
        QCOMPARE(rewritten("select group_concat(distinct `x` order by `y` separator ';') from "
                           "`t`"),
                 QStringLiteral("UNCONVERTED: GROUP_CONCAT(DISTINCT ...) ordered by another "
                                "expression"));
    }

    void functionsRenamedOrKept()
    {
        QCOMPARE(rewritten("select ucase(substr(`a`,1,1)), lcase(`b`), length(`c`), "
                           "char_length(`c`), curdate(), now()"),
                 QStringLiteral("select upper(substr(\"a\", 1, 1)), lower(\"b\"), "
                                "octet_length(\"c\"), char_length(\"c\"), CURRENT_DATE, now()"));
    }

    void implicitGroupByColumnsMadeExplicit()
    {
        // MariaDB's sales_by_store: grouped by the store, the city, country and manager it
        // selects and orders by depend on it.
        QCOMPARE(rewritten("select concat(`c`.`city`,',',`cy`.`country`) AS `store`,"
                           "sum(`p`.`amount`) AS `total_sales` from `p` group by `s`.`store_id` "
                           "order by `cy`.`country`,`c`.`city`"),
                 QStringLiteral("select ((\"c\".\"city\")::text || (',')::text || "
                                "(\"cy\".\"country\")::text) AS \"store\", sum(\"p\".\"amount\") "
                                "AS \"total_sales\" from \"p\" group by \"s\".\"store_id\", "
                                "((\"c\".\"city\")::text || (',')::text || "
                                "(\"cy\".\"country\")::text), \"cy\".\"country\", \"c\".\"city\" "
                                "order by \"cy\".\"country\", \"c\".\"city\""));
        // Already grouped, aggregated or constant: nothing added.
        QCOMPARE(rewritten("select `a`, count(*), 1 from `t` group by `a`"),
                 QStringLiteral("select \"a\", count(*), 1 from \"t\" group by \"a\""));
    }

    void subqueriesAreRewrittenToo()
    {
        QCOMPARE(rewritten("select (select ifnull(max(`x`),0) from `sakila`.`t`) AS `m`"),
                 QStringLiteral("select (select COALESCE(max(\"x\"), 0) from "
                                "\"sakila_pg\".\"t\") AS \"m\""));
    }

    void whatIsNotUnderstoodIsNotGuessed()
    {
        QCOMPARE(rewritten("select field(`a`,1,2) from `t`"),
                 QStringLiteral("UNCONVERTED: the function field()"));
        QCOMPARE(rewritten("select `a` || `b` from `t`"),
                 QStringLiteral("UNCONVERTED: the operator ||"));
        QCOMPARE(rewritten("select `a` div 2 from `t`"),
                 QStringLiteral("UNCONVERTED: the operator div"));
        QCOMPARE(rewritten("select `a` from `t` limit 5, 10"),
                 QStringLiteral("UNCONVERTED: LIMIT offset, count"));
        QCOMPARE(rewritten("select 'it\\'s' from `t`"),
                 QStringLiteral("UNCONVERTED: a string with a backslash (MySQL escape "
                                "sequences)"));
        QCOMPARE(rewritten("select greatest(`a`,`b`) from `t`"),
                 QStringLiteral("UNCONVERTED: the function greatest()"));
    }
};

QTEST_MAIN(TstQueryRewriter)
#include "tst_query_rewriter.moc"
