// SPDX-License-Identifier: MIT
// The loader never crashes and never half-loads: every truncated prefix of the example file,
// and a set of hostile inputs, give either a complete project or an error.
#include "engine/project/project_file.h"

#include <QFile>
#include <QTest>

#include <random>

using namespace ferry;
using namespace ferry::project;

class TestProjectRobustness : public QObject
{
    Q_OBJECT

private:
    static void checkOutcome(const std::string &text, int *loadedCount = nullptr)
    {
        LoadReport report;
        auto loaded = parseProject(text, "prefix.yaml", &report);
        if (loaded.ok()) {
            QVERIFY(report.errors.empty());
            // Whatever loaded must also save and load back identically.
            auto saved = projectToYaml(*loaded);
            QVERIFY2(saved.ok(), text.c_str());
            auto again = parseProject(*saved, "again.yaml");
            QVERIFY2(again.ok(), saved->c_str());
            QVERIFY(*again == *loaded);
            if (loadedCount)
                ++*loadedCount;
        } else {
            QVERIFY(!report.errors.empty());
            QVERIFY(!loaded.error().message.empty());
            QCOMPARE(loaded.error().code, ErrorCode::ProjectInvalid);
        }
    }

private slots:
    void everyPrefixLoadsOrFails()
    {
        QFile file(QStringLiteral(FERRY_SOURCE_DIR "/tests/unit/project/data/example.ferry.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::string text = file.readAll().toStdString();
        QVERIFY(text.size() > 1000);
        int loaded = 0;
        for (size_t length = 0; length <= text.size(); ++length) {
            checkOutcome(text.substr(0, length), &loaded);
            if (QTest::currentTestFailed()) {
                qWarning("failed at prefix length %zu", length);
                return;
            }
        }
        // Prefixes ending inside the mappings or later are complete projects; the whole file is.
        QVERIFY(loaded > 100);
    }

    void randomByteEditsLoadOrFail()
    {
        QFile file(QStringLiteral(FERRY_SOURCE_DIR "/tests/unit/project/data/example.ferry.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::string original = file.readAll().toStdString();
        // Deterministic: the same edits on every run, so a failure reproduces.
        std::mt19937 random(20240611);
        const std::string alphabet = " \n\t:-#{}[],'\"&*!|>%@`?0aZ\xc3\xa9";
        for (int round = 0; round < 1500; ++round) {
            std::string text = original;
            const int edits = 1 + int(random() % 3);
            for (int e = 0; e < edits; ++e) {
                const size_t at = random() % text.size();
                switch (random() % 3) {
                case 0: text[at] = alphabet[random() % alphabet.size()]; break;
                case 1: text.erase(at, 1 + random() % 8); break;
                default: text.insert(at, 1, alphabet[random() % alphabet.size()]); break;
                }
            }
            checkOutcome(text);
            if (QTest::currentTestFailed()) {
                qWarning("failed in round %d", round);
                return;
            }
        }
    }

    void hostileInputsFailCleanly_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("self alias") << QByteArray("&a [*a]");
        QTest::newRow("unclosed flow") << QByteArray("{{{{[[[[");
        QTest::newRow("deep nesting") << QByteArray(5000, '[');
        QTest::newRow("alias bomb")
            << QByteArray("a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                          "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                          "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                          "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                          "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                          "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                          "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n");
        QTest::newRow("nul bytes") << QByteArray("ferry: 1\nname: \0\0\0\n", 19);
        QTest::newRow("invalid utf-8") << QByteArray("ferry: 1\nname: \xff\xfe\n");
        QTest::newRow("complex key") << QByteArray("? [a, b]\n: c\n");
        QTest::newRow("custom tag") << QByteArray("ferry: !custom 1\n");
        QTest::newRow("tagged mismatch") << QByteArray("ferry: !!int abc\n");
        QTest::newRow("huge integer") << QByteArray("ferry: 99999999999999999999999\n");
        QTest::newRow("rules not a list")
            << QByteArray("ferry: 1\nname: x\nmappings:\n  m:\n    rules: 5\n");
        QTest::newRow("rule not a map")
            << QByteArray("ferry: 1\nname: x\nmappings:\n  m:\n    rules: [5, null, []]\n");
        QTest::newRow("settings not a map") << QByteArray("ferry: 1\nname: x\nsettings: [1]\n");
        QTest::newRow("endpoint null")
            << QByteArray("ferry: 1\nname: x\nendpoints:\n  a:\n  b: ~\n");
        QTest::newRow("task null") << QByteArray("ferry: 1\nname: x\ntasks:\n  a:\n");
        QTest::newRow("empty key") << QByteArray("ferry: 1\nname: x\n\"\": 1\n");
        QTest::newRow("null key") << QByteArray("ferry: 1\n? \n: x\n");
    }

    void hostileInputsFailCleanly()
    {
        QFETCH(QByteArray, text);
        LoadReport report;
        auto loaded = parseProject(std::string_view(text.constData(), size_t(text.size())),
                                   "hostile.yaml", &report);
        QVERIFY(!loaded.ok());
        QVERIFY(!report.errors.empty());
        QVERIFY(!loaded.error().message.empty());
    }
};

QTEST_GUILESS_MAIN(TestProjectRobustness)
#include "tst_project_robustness.moc"
