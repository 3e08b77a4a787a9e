// SPDX-License-Identifier: MIT
// The canonical interval text (engine/load/canonical_interval.h): ISO 8601 as PostgreSQL's
// IntervalStyle iso_8601 prints it, from every style engines print.
#include "engine/load/canonical_interval.h"

#include <QtTest>

#include <string>

using namespace ferry::load;

namespace {

std::string canonical(std::string_view text, std::string_view fields = {})
{
    std::string out;
    if (!appendCanonicalInterval(out, text, fields))
        return "<not an interval>";
    return out;
}

} // namespace

class TestCanonicalInterval : public QObject
{
    Q_OBJECT

private slots:
    void postgresStylesGiveOneText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // The same value as PostgreSQL prints it in its four IntervalStyles (checked on
        // PostgreSQL 15): postgres, postgres_verbose, sql_standard, iso_8601.
        const auto row = [](const char *name, const char *text, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
        };
        row("postgres", "1 year 2 mons 3 days 04:05:06.789", "P1Y2M3DT4H5M6.789S");
        row("verbose", "@ 1 year 2 mons 3 days 4 hours 5 mins 6.789 secs", "P1Y2M3DT4H5M6.789S");
        row("sql standard", "+1-2 +3 +4:05:06.789", "P1Y2M3DT4H5M6.789S");
        row("iso", "P1Y2M3DT4H5M6.789S", "P1Y2M3DT4H5M6.789S");
        // Mixed signs: each part keeps its own.
        row("mixed postgres", "-1 years -2 mons +3 days -04:05:06", "P-1Y-2M3DT-4H-5M-6S");
        row("mixed verbose", "@ 1 year 2 mons -3 days 4 hours 5 mins 6 secs ago",
            "P-1Y-2M3DT-4H-5M-6S");
        row("mixed sql standard", "-1-2 +3 -4:05:06", "P-1Y-2M3DT-4H-5M-6S");
        row("mixed iso", "P-1Y-2M3DT-4H-5M-6S", "P-1Y-2M3DT-4H-5M-6S");
        // Negative values.
        row("negative days", "-1 days", "P-1D");
        row("negative seconds", "-00:00:01.5", "PT-1.5S");
        row("negative seconds verbose", "@ 1.5 secs ago", "PT-1.5S");
        row("negative seconds iso", "PT-1.5S", "PT-1.5S");
        row("days and negative time", "1 day -02:00:00", "P1DT-2H");
        row("negative days and time", "-1 days +02:00:00", "P-1DT2H");
        row("negative fraction", "-00:00:00.5", "PT-0.5S");
        // Zero.
        row("zero postgres", "00:00:00", "PT0S");
        row("zero verbose", "@ 0", "PT0S");
        row("zero iso", "PT0S", "PT0S");
        // Beyond a day of hours, microseconds.
        row("hours", "838:59:59", "PT838H59M59S");
        row("hundred hours", "100:00:00", "PT100H");
        row("microsecond", "00:00:00.000001", "PT0.000001S");
        row("milli and micro", "1 millisecond 2 microseconds", "PT0.001002S");
    }

    void postgresStylesGiveOneText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(canonical(text.toStdString())), expected);
    }

    void monthsDaysAndTimeStayApart()
    {
        // PostgreSQL's = calls them equal, but they are stored apart and add differently to
        // a timestamp ('2024-01-31' + 1 mon vs + 30 days): different values, different texts.
        QCOMPARE(canonical("1 mon"), std::string("P1M"));
        QCOMPARE(canonical("30 days"), std::string("P30D"));
        QCOMPARE(canonical("1 day"), std::string("P1D"));
        QCOMPARE(canonical("24:00:00"), std::string("PT24H"));
        QCOMPARE(canonical("12 mons"), std::string("P1Y"));
        QCOMPARE(canonical("14 mons"), std::string("P1Y2M"));
        QCOMPARE(canonical("-14 mons"), std::string("P-1Y-2M"));
        QCOMPARE(canonical("2 weeks"), std::string("P14D"));
        QCOMPARE(canonical("P2W"), std::string("P14D"));
    }

    void fractionsOfUnitsAsPostgresTakesThem()
    {
        // Checked against PostgreSQL 15's input.
        QCOMPARE(canonical("2 weeks 1.5 days"), std::string("P15DT12H"));
        QCOMPARE(canonical("P0.5Y"), std::string("P6M"));
        QCOMPARE(canonical("1.5 mons"), std::string("P1M15D"));
        QCOMPARE(canonical("1 decade 1 century 1 millennium"), std::string("P1110Y"));
        QCOMPARE(canonical("12 mins 1 sec"), std::string("PT12M1S"));
        QCOMPARE(canonical("1.00000049 sec"), std::string("PT1S")); // to the microsecond
        QCOMPARE(canonical("1.00000051 sec"), std::string("PT1.000001S"));
        QCOMPARE(canonical("1day"), std::string("P1D"));
        QCOMPARE(canonical("1 day ago"), std::string("P-1D"));
    }

    void sqlStandardFormsAndDeclaredFields()
    {
        // Without declared fields, PostgreSQL's reading: a sign belongs to its own field.
        QCOMPARE(canonical("-1 2:03:04"), std::string("P-1DT2H3M4S"));
        QCOMPARE(canonical("1-2"), std::string("P1Y2M"));
        QCOMPARE(canonical("-1-2"), std::string("P-1Y-2M"));
        QCOMPARE(canonical("+1-2 -3"), std::string("P1Y2MT-3S"));
        QCOMPARE(canonical("10"), std::string("PT10S"));
        QCOMPARE(canonical("1:2"), std::string("PT1H2M"));
        // An SQL interval (ODBC): a leading sign applies to every field.
        QCOMPARE(canonical("-1 2:03:04", "day to second"), std::string("P-1DT-2H-3M-4S"));
        QCOMPARE(canonical("-1 -2:03:04", "day to second"), std::string("P-1DT-2H-3M-4S"));
        QCOMPARE(canonical("-1 +2:03:04", "day to second"), std::string("P-1DT2H3M4S"));
        QCOMPARE(canonical("5", "day"), std::string("P5D"));
        QCOMPARE(canonical("5", "year"), std::string("P5Y"));
        QCOMPARE(canonical("3 4", "day to hour"), std::string("P3DT4H"));
        QCOMPARE(canonical("1:2", "minute to second"), std::string("PT1M2S"));
        QCOMPARE(canonical("1 day 02:00:00", "day to second"), std::string("P1DT2H"));
    }

    void valuesAreThreeParts()
    {
        const std::optional<IntervalValue> value
            = parseInterval("-1 years -2 mons +3 days -00:00:01");
        QVERIFY(value);
        QCOMPARE(value->months, int64_t(-14));
        QCOMPARE(value->days, int64_t(3));
        QCOMPARE(value->microseconds, int64_t(-1'000'000));
        std::string out;
        appendInterval(out, IntervalValue {0, 0, -90'061'000'001});
        QCOMPARE(out, std::string("PT-25H-1M-1.000001S"));
    }

    void refusesWhatIsNotAnInterval()
    {
        for (const char *bad : {"", " ", "P", "PT", "P1", "P1X", "PT1Y", "1 fortnight", "abc",
                                "1 day 2 days later", "1::2", "1:2:3:4", "1.5:30", "ago", "-P1D",
                                "99999999999999999999 days", "1 day ago ago"}) {
            QVERIFY2(canonical(bad) == "<not an interval>", bad);
        }
    }
};

QTEST_GUILESS_MAIN(TestCanonicalInterval)
#include "tst_canonical_interval.moc"
