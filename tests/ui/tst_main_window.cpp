// SPDX-License-Identifier: MIT
#include "ui/main_window.h"

#include <QApplication>
#include <QDockWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("FerryTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
    }

    void showsProjectTreeAndCentralTabs()
    {
        ferry::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Table statistics"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Monitoring"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Logs"));
        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("projectTree"));
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 4);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Endpoints"));
        QCOMPARE(tree->topLevelItem(3)->text(0), QStringLiteral("Tasks"));
    }

    void restoresGeometryAfterRestart()
    {
        QRect saved;
        {
            ferry::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(777, 555);
            QTRY_COMPARE(window.size(), QSize(777, 555));
            saved = window.geometry();
            window.close();
        }
        ferry::MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), saved.size());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
