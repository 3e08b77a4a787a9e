// SPDX-License-Identifier: MIT
// Issue #13, "Shows that it is done": a first migration driven end to end through the workbench's
// widgets. The harness's MariaDB holds a small Sakila-like database (actor, film, film_actor,
// staff; foreign keys; actor and film each with an index named idx_last_update; a 40 KB picture
// in staff); File > New Project creates a MariaDB -> PostgreSQL project whose mapping ticks that
// database and adds a "Change data type" rule narrowing film.title to string(4). The project is
// opened again (passwords forgotten, as on the next day) and run: a wrong MariaDB password is
// refused and asked again, the run ends, every table completes except film ("Completed with
// errors", its long titles rejected into the exceptions control table), nothing is truncated, the
// same-named indexes both exist on the target, and Run again asks Resume / Restart. The target is
// checked with plain SQL (tests/support/plain_sql.h), never through Ferry's readers.
#include "engine/catalog/catalog.h"
#include "engine/project/project_file.h"
#include "models/mapping/catalog_tree_model.h"
#include "models/project/project_document.h"
#include "models/table_statistics_model.h"
#include "tests/support/plain_sql.h"
#include "tests/support/test_support.h"
#include "tests/ui/wizards/wizard_test_support.h"
#include "ui/dialogs.h"
#include "ui/error_banner.h"
#include "ui/exceptions/exceptions_view.h"
#include "ui/main_window.h"
#include "ui/mapping/mapping_dialog.h"
#include "ui/mapping/mapping_editor.h"
#include "ui/table_statistics_view.h"
#include "ui/wizards/endpoint/connection_test_page.h"
#include "ui/wizards/project/mapping_page.h"
#include "ui/wizards/project_wizard.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <string>
#include <vector>

using namespace ferry;
using ferry::test::child;
using ferry::test::press;
using ferry::test::typeInto;
using Page = ProjectWizard::Page;
using StatColumn = models::TableStatisticsModel::Column;

namespace {

constexpr int TimeoutMs = 60'000;

QString q(const std::string &text) { return QString::fromStdString(text); }

/// The film titles: Sakila's own, and a few of at most 4 characters. The rule narrows the
/// column to string(4), so every longer title is rejected by the target.
const std::vector<std::string> &filmTitles()
{
    static const std::vector<std::string> titles = {
        "ACADEMY DINOSAUR",
        "ACE GOLDFINGER",
        "ADAPTATION HOLES",
        "JAWS",
        "AFFAIR PREJUDICE",
        "AFRICAN EGG",
        "HEAT",
        "AGENT TRUMAN",
        "UP",
        "AIRPLANE SIERRA",
        "AIRPORT POLLOCK",
        "ALABAMA DEVIL",
        "ZOË",
        "ALI",
        "ALADDIN CALENDAR",
        "ALAMO VIDEOTAPE",
        "ALASKA PHANTOM",
        "BIRD",
        "ALIEN CENTER",
        "ALLEY EVOLUTION",
    };
    return titles;
}

/// A picture of 40 KB (40,960 bytes), as hex text: every byte value 0..255 (NUL first), then
/// pseudo-random bytes.
QByteArray pictureHex()
{
    QByteArray bytes(40 * 1024, '\0');
    quint32 state = 2006;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        state = state * 1'103'515'245u + 12'345u;
        bytes[i] = char(i < 256 ? i : (state >> 16) & 0xff);
    }
    return bytes.toHex();
}

/// The harness server of an engine as a project endpoint, its database given.
struct ServerFields
{
    std::string name;
    std::string host;
    int port = 0;
    std::string database;
    std::string user;
    std::string password;
};

ServerFields harnessFields(const std::string &name, const ConnectionSpec &spec,
                           const std::string &database)
{
    return {name, spec.host, spec.port, database, spec.user, spec.password.reveal()};
}

} // namespace

class TestFirstMigration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_database; ///< the Sakila-like source database, and the target schema
    std::string m_taskName;
    int m_longTitles = 0; ///< films whose title is longer than 4 characters

    /// Engine, server fields and a successful connection test for one endpoint set.
    static bool createServerEndpoint(QWizard *wizard, Page enginePage, const char *radio,
                                     Page serverPage, Page testPage, const ServerFields &fields)
    {
        if (wizard->currentPage() != wizard->page(int(enginePage)))
            return false;
        auto *choice = child<QRadioButton>(wizard->page(int(enginePage)), radio);
        QTest::mouseClick(choice, Qt::LeftButton, {}, QPoint(8, choice->height() / 2));
        if (!press(wizard, QWizard::NextButton))
            return false;
        QWizardPage *server = wizard->page(int(serverPage));
        if (wizard->currentPage() != server)
            return false;
        if (child<QLineEdit>(server, "nameEdit")->text() != q(fields.name))
            return false; // "source" and "target" are proposed
        typeInto(child<QLineEdit>(server, "hostEdit"), fields.host);
        typeInto(child<QLineEdit>(server, "portEdit"), QString::number(fields.port));
        typeInto(child<QLineEdit>(server, "databaseEdit"), fields.database);
        typeInto(child<QLineEdit>(server, "userEdit"), fields.user);
        typeInto(child<QLineEdit>(server, "passwordEdit"), fields.password);
        // No keyring in this process: the password is asked each time.
        auto *remember = child<QCheckBox>(server, "rememberPasswordCheck");
        if (!QTest::qWaitFor([remember] { return !remember->isEnabled(); }, TimeoutMs))
            return false;
        if (!press(wizard, QWizard::NextButton))
            return false;
        auto *test = static_cast<ConnectionTestPage *>(wizard->page(int(testPage)));
        if (wizard->currentPage() != test)
            return false;
        QTest::mouseClick(child<QPushButton>(test, "testConnectionButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([test] { return !test->isTesting(); }, TimeoutMs))
            return false;
        if (!test->lastDiagnosis() || !test->lastDiagnosis()->ok()) {
            qWarning("test failed: %s",
                     test->lastDiagnosis() ? test->lastDiagnosis()->message.c_str() : "-");
            return false;
        }
        return press(wizard, QWizard::NextButton);
    }

    /// The "Change data type" rule film.title -> string(4), typed into the mapping editor's
    /// transformation form as a user does.
    static bool addNarrowingRule(MappingEditor *editor, const std::string &schema)
    {
        auto *add
            = editor->findChild<QAction *>(QStringLiteral("addTransformation_change-data-type"));
        if (!add)
            return false;
        add->trigger();
        typeInto(child<QLineEdit>(editor, "transformationSchemaEdit"), schema);
        typeInto(child<QLineEdit>(editor, "transformationTableEdit"), QStringLiteral("film"));
        typeInto(child<QLineEdit>(editor, "transformationColumnEdit"), QStringLiteral("title"));
        auto *type = child<QComboBox>(editor, "transformationTypeCombo");
        const int string = type->findData(QStringLiteral("string"));
        if (string < 0)
            return false;
        type->setCurrentIndex(string);
        auto *length = child<QSpinBox>(editor, "transformationLengthSpin");
        length->setFocus();
        length->selectAll();
        QTest::keyClicks(length, QStringLiteral("4"));
        return length->value() == 4 && editor->isComplete();
    }

    /// Waits for the window's password prompt (a real, window-modal QInputDialog), checks that
    /// it asks for `endpoint`, types `password` and presses OK.
    static bool answerPassword(MainWindow &window, const QString &endpoint, const QString &password)
    {
        QPointer<QInputDialog> prompt;
        const bool shown = QTest::qWaitFor(
            [&] {
                prompt = window.findChild<QInputDialog *>(QStringLiteral("textInputDialog"));
                return prompt && prompt->isVisible();
            },
            TimeoutMs);
        if (!shown) {
            qWarning("no password prompt for %s", qPrintable(endpoint));
            return false;
        }
        if (!prompt->labelText().contains(QStringLiteral("endpoint %1 ").arg(endpoint))) {
            qWarning("prompt for %s says: %s", qPrintable(endpoint),
                     qPrintable(prompt->labelText()));
            return false;
        }
        if (prompt->textEchoMode() != QLineEdit::Password)
            return false;
        auto *edit = prompt->findChild<QLineEdit *>();
        typeInto(edit, password);
        QTest::keyClick(edit, Qt::Key_Return);
        // WA_DeleteOnClose: gone before the next prompt can be found.
        return QTest::qWaitFor([&prompt] { return prompt.isNull(); }, TimeoutMs);
    }

    static QString bannerText(MainWindow &window)
    {
        auto *banner = window.findChild<ErrorBanner *>(QStringLiteral("errorBanner"));
        return banner && banner->isVisible() ? banner->text() : QString();
    }

    static QString status(MainWindow &window)
    {
        return window.findChild<QLabel *>(QStringLiteral("taskStatus"))->text();
    }

    std::string pgTable(const char *table) const
    {
        return "\"" + m_database + "\".\"" + table + "\"";
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QCoreApplication::setOrganizationName(QStringLiteral("FerryTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_first_migration"));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keyring: passwords are asked at Run
        qunsetenv("PGPASSWORD");
        m_database = test::uniqueName("sakila");
        m_taskName = test::uniqueName("first-load");

        test::PlainSql my(test::mysqlSpec());
        QVERIFY2(my.isOpen(), my.lastError().c_str());
        const auto run = [&my](const std::string &sql) {
            const bool ok = my.execute(sql);
            if (!ok)
                qWarning("%s: %s", sql.c_str(), my.lastError().c_str());
            return ok;
        };
        QVERIFY(run("CREATE DATABASE `" + m_database + "` CHARACTER SET utf8mb4"));
        const std::string db = "`" + m_database + "`.";
        // Sakila's shapes, smaller. actor and film both have an index named idx_last_update.
        QVERIFY(run("CREATE TABLE " + db
                    + "actor (actor_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT, "
                      "first_name VARCHAR(45) NOT NULL, last_name VARCHAR(45) NOT NULL, "
                      "last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, "
                      "PRIMARY KEY (actor_id), KEY idx_actor_last_name (last_name), "
                      "KEY idx_last_update (last_update))"));
        QVERIFY(run("CREATE TABLE " + db
                    + "film (film_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT, "
                      "title VARCHAR(45) NOT NULL, description TEXT, release_year YEAR, "
                      "rental_rate DECIMAL(4,2) NOT NULL DEFAULT 4.99, "
                      "last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, "
                      "PRIMARY KEY (film_id), KEY idx_title (title), "
                      "KEY idx_last_update (last_update))"));
        QVERIFY(run("CREATE TABLE " + db
                    + "film_actor (actor_id SMALLINT UNSIGNED NOT NULL, "
                      "film_id SMALLINT UNSIGNED NOT NULL, "
                      "last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, "
                      "PRIMARY KEY (actor_id, film_id), KEY idx_fk_film_id (film_id), "
                      "CONSTRAINT fk_film_actor_actor FOREIGN KEY (actor_id) "
                      "REFERENCES actor (actor_id), "
                      "CONSTRAINT fk_film_actor_film FOREIGN KEY (film_id) "
                      "REFERENCES film (film_id))"));
        QVERIFY(run("CREATE TABLE " + db
                    + "staff (staff_id TINYINT UNSIGNED NOT NULL AUTO_INCREMENT, "
                      "first_name VARCHAR(45) NOT NULL, last_name VARCHAR(45) NOT NULL, "
                      "picture LONGBLOB, email VARCHAR(50), username VARCHAR(16) NOT NULL, "
                      "last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, "
                      "PRIMARY KEY (staff_id))"));

        // 60 actors, some names not ASCII.
        std::string actors;
        for (int id = 1; id <= 60; ++id) {
            actors += (id > 1 ? ", (" : "(") + std::to_string(id) + ", 'Penélope "
                + std::to_string(id) + "', '" + (id % 3 == 0 ? "GUINESS-ŽIŽEK" : "WAHLBERG")
                + std::to_string(id) + "', '2006-02-15 04:34:33')";
        }
        QVERIFY(run("INSERT INTO " + db + "actor VALUES " + actors));
        // The films, with a description of a few hundred characters each.
        std::string films;
        const std::vector<std::string> &titles = filmTitles();
        std::vector<int> shortFilms;
        for (size_t i = 0; i < titles.size(); ++i) {
            const int id = int(i) + 1;
            films += (i ? ", (" : "(") + std::to_string(id) + ", '" + titles[i]
                + "', CONCAT('A Epic Drama of a Feminist and a Mad Scientist who must Battle a "
                  "Teacher in The Canadian Rockies, part ', "
                + std::to_string(id) + ", REPEAT(' and so on', " + std::to_string(id * 10)
                + ")), 2006, " + (id % 2 ? "0.99" : "4.99") + ", '2006-02-15 05:03:42')";
            if (QString::fromStdString(titles[i]).size() > 4)
                ++m_longTitles;
            else
                shortFilms.push_back(id);
        }
        QVERIFY(run("INSERT INTO " + db + "film VALUES " + films));
        // film_actor names only films the target keeps: their foreign key can be added back.
        std::string roles;
        for (int actor = 1; actor <= 60; ++actor) {
            for (size_t k = 0; k < 2; ++k) {
                const int film = shortFilms[(size_t(actor) + k * 2) % shortFilms.size()];
                roles += std::string(roles.empty() ? "(" : ", (") + std::to_string(actor) + ", "
                    + std::to_string(film) + ", '2006-02-15 05:05:03')";
            }
        }
        QVERIFY(run("INSERT IGNORE INTO " + db + "film_actor VALUES " + roles));
        // Staff: Mike has a 40 KB picture, Jon none.
        QVERIFY(my.execute("INSERT INTO " + db
                               + "staff VALUES (1, 'Mike', 'Hillyer', UNHEX(?), "
                                 "'Mike.Hillyer@sakilastaff.com', 'Mike', "
                                 "'2006-02-15 03:57:16'), (2, 'Jon', 'Stephens', NULL, "
                                 "'Jon.Stephens@sakilastaff.com', 'Jon', '2006-02-15 03:57:16')",
                           {pictureHex().toStdString()}));
        auto rows = my.rows("SELECT COUNT(*) FROM " + db + "film WHERE CHAR_LENGTH(title) > 4");
        QVERIFY2(rows, my.lastError().c_str());
        QCOMPARE(QString::fromStdString(rows->at(0).at(0).value_or("")).toInt(), m_longTitles);
        QVERIFY(m_longTitles > 0 && m_longTitles < int(titles.size()));
    }

    void init() { Dialogs::clearAnswers(); }

    void cleanup()
    {
        QCOMPARE(Dialogs::pendingAnswers(), 0);
        Dialogs::clearAnswers();
    }

    void cleanupTestCase()
    {
        if (m_database.empty())
            return;
        test::PlainSql my(test::mysqlSpec());
        if (my.isOpen())
            (void)my.execute("DROP DATABASE IF EXISTS `" + m_database + "`");
        test::PlainSql pg(test::postgresSpec());
        if (pg.isOpen())
            (void)pg.execute("DROP SCHEMA IF EXISTS \"" + m_database + "\" CASCADE");
    }

    /// What a new user does on the first day: File > New Project from the Sakila database to
    /// PostgreSQL with one data-type rule, Run, and the truth in the table statistics.
    void firstMigrationFromMariadbToPostgres()
    {
        QElapsedTimer clock;
        clock.start();
        MainWindow window;
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        QSignalSpy ended(&window, &MainWindow::taskEnded);

        // File > New Project.
        window.findChild<QAction *>(QStringLiteral("newProjectAction"))->trigger();
        auto *wizard = window.findChild<ProjectWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QWizardPage *location = wizard->page(int(Page::Location));
        QCOMPARE(wizard->currentPage(), location);
        typeInto(child<QLineEdit>(location, "projectNameEdit"), QStringLiteral("Sakila to PG"));
        Dialogs::queueAnswer(m_dir.path());
        QTest::mouseClick(child<QPushButton>(location, "browseFolderButton"), Qt::LeftButton);
        QCOMPARE(Dialogs::pendingAnswers(), 0);
        QVERIFY(press(wizard, QWizard::NextButton));

        // MariaDB (the Sakila database) to PostgreSQL; the target schema follows the database.
        QVERIFY(createServerEndpoint(wizard, Page::SourceEngine, "mysqlRadio", Page::SourceServer,
                                     Page::SourceTest,
                                     harnessFields("source", test::mysqlSpec(), m_database)));
        QVERIFY(createServerEndpoint(
            wizard, Page::TargetEngine, "postgresqlRadio", Page::TargetServer, Page::TargetTest,
            harnessFields("target", test::postgresSpec(), test::postgresSpec().database)));

        // Full load, under a task name of this run (the control tables are shared).
        QWizardPage *type = wizard->page(int(Page::MigrationType));
        QCOMPARE(wizard->currentPage(), type);
        typeInto(child<QLineEdit>(type, "taskNameEdit"), m_taskName);
        QVERIFY(press(wizard, QWizard::NextButton));

        // Mapping: tick the database in the catalog tree, then the data-type rule.
        auto *mapping = static_cast<MappingPage *>(wizard->page(int(Page::Mapping)));
        QCOMPARE(wizard->currentPage(), mapping);
        QTRY_VERIFY_WITH_TIMEOUT(mapping->catalog() != nullptr, TimeoutMs);
        const Schema *sakila = mapping->catalog()->schema(m_database);
        QVERIFY(sakila);
        QCOMPARE(sakila->tables.size(), size_t(4));
        QAbstractItemModel *tree = child<QTreeView>(mapping, "catalogTree")->model();
        QModelIndex schemaIndex;
        for (int row = 0; row < tree->rowCount(); ++row) {
            if (tree->index(row, 0).data().toString() == q(m_database))
                schemaIndex = tree->index(row, 0);
        }
        QVERIFY(schemaIndex.isValid());
        QVERIFY(tree->setData(schemaIndex, Qt::Checked, Qt::CheckStateRole));
        MappingEditor *editor = mapping->editor();
        QCOMPARE(editor->catalogModel()->checkedTableCount(), 4);
        QVERIFY(addNarrowingRule(editor, m_database));
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy(), TimeoutMs);
        QVERIFY(press(wizard, QWizard::NextButton));
        QCOMPARE(wizard->currentPage(), wizard->page(int(Page::Summary)));
        QVERIFY(press(wizard, QWizard::FinishButton));
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, TimeoutMs);
        const QString projectPath = opened.at(0).at(0).toString();

        // The file has the rule as typed.
        auto written = project::loadProjectFile(projectPath.toStdString());
        QVERIFY2(written, written ? "" : written.error().toString().c_str());
        QCOMPARE(written->mappings.size(), size_t(1));
        bool narrowed = false;
        for (const project::MappingRule &rule : written->mappings.front().mapping.rules) {
            const project::Value *dataType = rule.fields.find("data-type");
            narrowed |= rule.ruleAction() == "change-data-type"
                && rule.locator("table-name") == "film" && rule.locator("column-name") == "title"
                && dataType && dataType->find("type") && dataType->find("type")->text() == "string"
                && dataType->find("length") && dataType->find("length")->text() == "4";
        }
        QVERIFY2(narrowed, qPrintable(projectPath));

        // The next day: File > Open Project. The passwords typed in the wizard are gone.
        Dialogs::queueAnswer(projectPath);
        window.findChild<QAction *>(QStringLiteral("openProjectAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, TimeoutMs);
        QCOMPARE(window.document()->password("source"), nullptr);

        // Run: a wrong MariaDB password is refused and asked again; the target's is asked once.
        const QString sourcePassword = q(test::mysqlSpec().password.reveal());
        auto *run = window.findChild<QAction *>(QStringLiteral("runTaskAction"));
        QVERIFY(run->isEnabled());
        run->trigger();
        QVERIFY(answerPassword(window, QStringLiteral("source"), QStringLiteral("not-sakila")));
        QVERIFY(answerPassword(window, QStringLiteral("target"),
                               q(test::postgresSpec().password.reveal())));
        // Refused: that attempt ends (failed), the banner says why, the refused password is
        // forgotten and the source's asked again.
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, TimeoutMs);
        QCOMPARE(ended.at(0).at(0).toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.findChild<QInputDialog *>(QStringLiteral("textInputDialog")), TimeoutMs);
        QVERIFY2(bannerText(window).contains(QStringLiteral("password again")),
                 qPrintable(bannerText(window)));
        QCOMPARE(window.document()->password("source"), nullptr);
        QVERIFY(answerPassword(window, QStringLiteral("source"), sourcePassword));
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, TimeoutMs);
        QVERIFY2(ended.at(1).at(0).toBool(), qPrintable(ended.at(1).at(1).toString()));
        QVERIFY(!window.findChild<QInputDialog *>(QStringLiteral("textInputDialog")));

        // The table statistics: every table completed, film with its long titles rejected.
        models::TableStatisticsModel *statistics = window.tableStatistics()->model();
        QCOMPARE(statistics->rowCount(), 4);
        const auto cell = [&](const char *table, StatColumn column, int role = Qt::DisplayRole) {
            const int row = statistics->rowOf(m_database, table);
            return row < 0 ? QVariant() : statistics->index(row, int(column)).data(role);
        };
        const int sortRole = models::TableStatisticsModel::SortRole;
        const std::vector<std::pair<const char *, qint64>> expected
            = {{"actor", 60},
               {"film", qint64(filmTitles().size()) - m_longTitles},
               {"film_actor", 120},
               {"staff", 2}};
        for (const auto &[table, rows] : expected) {
            const bool film = std::string(table) == "film";
            QCOMPARE(cell(table, StatColumn::LoadState).toString(),
                     film ? QStringLiteral("Completed with errors")
                          : QStringLiteral("Table completed"));
            QCOMPARE(cell(table, StatColumn::FullLoadRows, sortRole).toLongLong(), rows);
            QCOMPARE(cell(table, StatColumn::ErrorRows, sortRole).toLongLong(),
                     film ? qint64(m_longTitles) : 0);
            QCOMPARE(cell(table, StatColumn::TruncatedLobs, sortRole).toLongLong(), 0);
        }
        QVERIFY2(status(window).endsWith(QLatin1String("0 in error, 1 completed with errors")),
                 qPrintable(status(window)));

        // The target, read with plain SQL: every row of the other tables, value for value.
        test::PlainSql my(test::mysqlSpec());
        test::PlainSql pg(test::postgresSpec());
        QVERIFY2(my.isOpen(), my.lastError().c_str());
        QVERIFY2(pg.isOpen(), pg.lastError().c_str());
        const std::string db = "`" + m_database + "`.";
        const struct
        {
            std::string mariadb;
            std::string postgres;
        } same[] = {
            {"SELECT actor_id, first_name, last_name, DATE_FORMAT(last_update, '%Y-%m-%d "
             "%H:%i:%s') FROM "
                 + db + "actor ORDER BY actor_id",
             "SELECT actor_id, first_name, last_name, to_char(last_update, 'YYYY-MM-DD "
             "HH24:MI:SS') FROM "
                 + pgTable("actor") + " ORDER BY actor_id"},
            {"SELECT actor_id, film_id FROM " + db + "film_actor ORDER BY actor_id, film_id",
             "SELECT actor_id, film_id FROM " + pgTable("film_actor")
                 + " ORDER BY actor_id, film_id"},
            {"SELECT staff_id, first_name, last_name, email, username, LENGTH(picture), "
             "MD5(picture) FROM "
                 + db + "staff ORDER BY staff_id",
             "SELECT staff_id, first_name, last_name, email, username, length(picture), "
             "md5(picture) FROM "
                 + pgTable("staff") + " ORDER BY staff_id"},
            // The films kept: the short titles, each whole, and every description whole.
            {"SELECT film_id, title, description, release_year, rental_rate FROM " + db
                 + "film WHERE CHAR_LENGTH(title) <= 4 ORDER BY film_id",
             "SELECT film_id, title, description, release_year, rental_rate FROM " + pgTable("film")
                 + " ORDER BY film_id"},
        };
        for (const auto &query : same) {
            const auto source = my.rows(query.mariadb);
            QVERIFY2(source, my.lastError().c_str());
            const auto target = pg.rows(query.postgres);
            QVERIFY2(target, pg.lastError().c_str());
            QVERIFY(!source->empty());
            QCOMPARE(target->size(), source->size());
            for (size_t row = 0; row < source->size(); ++row) {
                for (size_t column = 0; column < source->at(row).size(); ++column) {
                    const std::string expectedValue = source->at(row)[column].value_or("NULL");
                    const std::string actual = target->at(row).at(column).value_or("NULL");
                    QVERIFY2(actual == expectedValue,
                             qPrintable(QStringLiteral("%1, row %2, column %3: %4 != %5")
                                            .arg(q(query.postgres))
                                            .arg(row)
                                            .arg(column)
                                            .arg(q(actual).left(80), q(expectedValue).left(80))));
                }
            }
        }
        // The picture: 40 KB on both sides, byte for byte (the loop above compared md5).
        auto picture
            = pg.rows("SELECT length(picture) FROM " + pgTable("staff") + " WHERE staff_id = 1");
        QVERIFY2(picture, pg.lastError().c_str());
        QCOMPARE(picture->at(0).at(0).value_or(""), std::string("40960"));

        // Both indexes named idx_last_update exist on the target, one per table, under the
        // names Ferry gave them (one schema cannot hold the same index name twice).
        auto indexes = pg.rows("SELECT tablename, indexname FROM pg_indexes WHERE schemaname = ? "
                               "AND indexdef LIKE '%(last_update)' ORDER BY tablename",
                               {m_database});
        QVERIFY2(indexes, pg.lastError().c_str());
        QCOMPARE(indexes->size(), size_t(2));
        QCOMPARE(indexes->at(0).at(0).value_or(""), std::string("actor"));
        QCOMPARE(indexes->at(1).at(0).value_or(""), std::string("film"));
        QVERIFY(indexes->at(0).at(1) != indexes->at(1).at(1));
        // The foreign keys of film_actor are back (its rows name only films the target kept).
        auto keys = pg.rows("SELECT conname FROM pg_constraint WHERE contype = 'f' AND conrelid = "
                            "to_regclass(?) ORDER BY conname",
                            {pgTable("film_actor")});
        QVERIFY2(keys, pg.lastError().c_str());
        QCOMPARE(keys->size(), size_t(2));
        QCOMPARE(keys->at(0).at(0).value_or(""), std::string("fk_film_actor_actor"));
        QCOMPARE(keys->at(1).at(0).value_or(""), std::string("fk_film_actor_film"));

        // The exceptions control table holds the rejected films, and only those.
        auto rejected = pg.rows("SELECT source_table, COUNT(*) FROM ferry_control.exceptions "
                                "WHERE task_name = ? AND source_schema = ? "
                                "GROUP BY source_table",
                                {m_taskName, m_database});
        QVERIFY2(rejected, pg.lastError().c_str());
        QCOMPARE(rejected->size(), size_t(1));
        QCOMPARE(rejected->at(0).at(0).value_or(""), std::string("film"));
        QCOMPARE(rejected->at(0).at(1).value_or(""), std::to_string(m_longTitles));
        auto longTitles = pg.rows("SELECT COUNT(*) FROM ferry_control.exceptions "
                                  "WHERE task_name = ? AND source_table = 'film' "
                                  "AND row_image LIKE '%ACADEMY DINOSAUR%'",
                                  {m_taskName});
        QVERIFY2(longTitles, pg.lastError().c_str());
        QCOMPARE(longTitles->at(0).at(0).value_or(""), std::string("1"));

        // Run again: Resume or Restart is asked; Cancel starts nothing.
        run->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = window.findChild<QMessageBox *>(QStringLiteral("choiceBox"))) != nullptr
                && box->isVisible(),
            TimeoutMs);
        QCOMPARE(box->windowTitle(), QStringLiteral("Resume or Restart"));
        QVERIFY(box->findChild<QPushButton *>(QStringLiteral("choiceButton0")));
        QVERIFY(box->findChild<QPushButton *>(QStringLiteral("choiceButton1")));
        auto *cancel = box->findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(run->isEnabled());
        QCOMPARE(ended.size(), 2);
        QCOMPARE(status(window), q(m_taskName + ": not started."));
        QCOMPARE(cell("film", StatColumn::LoadState).toString(),
                 QStringLiteral("Completed with errors"));
        // Exceptions > "Edit rules..." on a rejected film opens the mapping editor on the rule
        // that narrowed film.title, the one typed in above.
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
        auto *exceptions = window.findChild<ferry::ExceptionsView *>();
        QVERIFY(tabs && exceptions);
        tabs->setCurrentWidget(exceptions);
        auto *list = exceptions->findChild<QTableView *>(QStringLiteral("exceptionsList"));
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), int(m_longTitles), TimeoutMs);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(list->model()->index(0, 1)).center());
        QTest::mouseClick(exceptions->findChild<QPushButton *>(QStringLiteral("editRulesButton")),
                          Qt::LeftButton);
        ferry::MappingDialog *rulesDialog = nullptr;
        QTRY_VERIFY((rulesDialog = window.findChild<ferry::MappingDialog *>()) != nullptr);
        MappingEditor *rulesEditor = rulesDialog->editor();
        QTRY_VERIFY_WITH_TIMEOUT(!rulesEditor->isBusy(), TimeoutMs);
        QTRY_VERIFY2(rulesEditor->messageText().startsWith(QStringLiteral("Rule ")),
                     qPrintable(rulesEditor->messageText()));
        QVERIFY2(rulesEditor->messageText().contains(q(" decides column title of " + m_database
                                                       + ".film (varchar(4) on the target)")),
                 qPrintable(rulesEditor->messageText()));
        QCOMPARE(rulesEditor->findChild<QTabWidget *>(QStringLiteral("ruleTabs"))
                     ->currentWidget()
                     ->objectName(),
                 QStringLiteral("transformationTab"));
        QCOMPARE(rulesEditor->findChild<QComboBox *>(QStringLiteral("transformationActionCombo"))
                     ->currentData()
                     .toString(),
                 QStringLiteral("change-data-type"));
        QCOMPARE(
            rulesEditor->findChild<QLineEdit *>(QStringLiteral("transformationColumnEdit"))->text(),
            QStringLiteral("title"));
        if (const QString keep = qEnvironmentVariable("FERRY_SCREENSHOT_DIR"); !keep.isEmpty())
            QVERIFY(rulesDialog->grab().save(
                keep + QStringLiteral("/mapping-rule-of-rejected-row.png")));
        rulesDialog->reject();

        // Only the folder and the project file were picked through the seam; every password
        // was typed into a real prompt.
        QCOMPARE(Dialogs::answeredTitles().size(), 2);
        qInfo("first migration: %lld ms", static_cast<long long>(clock.elapsed()));
    }
};

QTEST_MAIN(TestFirstMigration)
#include "tst_first_migration.moc"
