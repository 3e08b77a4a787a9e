// SPDX-License-Identifier: MIT
// ProjectDocument (undoable edits, modified state, save/open) and ProjectTreeModel (groups,
// endpoint/task rows, lazy catalog read through the real engine thread on SQLite files).
#include "engine/sample/ticketing_sample.h"
#include "models/engine_client.h"
#include "models/project/project_document.h"
#include "models/project/project_tree_model.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ferry;
using Kind = ProjectTreeModel::NodeKind;

namespace {

project::Project twoEndpointProject(const QString &dir)
{
    project::Project p;
    p.name = "shop";
    project::Endpoint a;
    a.name = "legacy";
    a.engine = Dialect::Sqlite;
    a.path = (dir + QStringLiteral("/legacy.db")).toStdString();
    project::Endpoint b;
    b.name = "copy";
    b.engine = Dialect::Sqlite;
    b.path = (dir + QStringLiteral("/copy.db")).toStdString();
    p.endpoints = {a, b};
    project::Task t;
    t.name = "nightly";
    t.source = "legacy";
    t.target = "copy";
    p.tasks = {t};
    return p;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result << QString::fromUtf8(item);
    return result;
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data(ProjectTreeModel::NameRole).toString();
    return names;
}

} // namespace

class TestProjectDocument : public QObject
{
    Q_OBJECT

private slots:
    void editsAreUndoable()
    {
        QTemporaryDir dir;
        ProjectDocument document;
        QVERIFY(!document.isOpen());
        document.reset(twoEndpointProject(dir.path()), {});
        QVERIFY(document.isModified()); // a new project is unsaved
        QSignalSpy changed(&document, &ProjectDocument::projectChanged);

        project::Endpoint third;
        third.name = "warehouse";
        third.engine = Dialect::PostgreSql;
        third.host = "db.example.invalid";
        third.database = "dw";
        document.addEndpoint(third);
        QCOMPARE(document.project().endpoints.size(), size_t(3));
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add endpoint warehouse"));

        // Renaming an endpoint renames it in the tasks too; undo restores both.
        project::Endpoint renamed = document.project().endpoints[0];
        renamed.name = "old-shop";
        document.replaceEndpoint("legacy", renamed);
        QCOMPARE(document.project().tasks[0].source, std::string("old-shop"));
        document.undoStack()->undo();
        QCOMPARE(document.project().tasks[0].source, std::string("legacy"));
        QCOMPARE(document.project().endpoints[0].name, std::string("legacy"));
        document.undoStack()->undo();
        QCOMPARE(document.project().endpoints.size(), size_t(2));
        document.undoStack()->redo();
        QCOMPARE(document.project().endpoints.size(), size_t(3));
        QCOMPARE(changed.count(), 5); // add, replace, undo, undo, redo

        // An edit that changes nothing is not an undo step.
        const int steps = document.undoStack()->count();
        document.edit(QStringLiteral("nothing"), document.project());
        QCOMPARE(document.undoStack()->count(), steps);
    }

    void saveMarksCleanAndOpenReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.ferry.yaml"));
        ProjectDocument document;
        document.reset(twoEndpointProject(dir.path()), {});
        QVERIFY(!document.save()); // no file yet: Save As is needed
        QVERIFY(document.saveAs(path));
        QVERIFY(!document.isModified());
        QCOMPARE(document.filePath(), path);

        QSignalSpy modified(&document, &ProjectDocument::modifiedChanged);
        auto parsed = project::parseProject(
            "ferry: 1\nname: m\nendpoints:\n  a: {engine: sqlite, path: a.db}\n"
            "tasks:\n  t:\n    source: a\n    target: a\n    mapping:\n      rules:\n"
            "        - rule-type: selection\n          rule-id: 1\n          rule-name: 1\n"
            "          object-locator: {schema-name: main, table-name: 'order%'}\n"
            "          rule-action: include\n",
            "inline.yaml");
        QVERIFY2(parsed, parsed ? "" : parsed.error().toString().c_str());
        document.setTaskMapping("nightly", *parsed->tasks[0].inlineMapping);
        QVERIFY(document.isModified());
        QCOMPARE(modified.count(), 1);
        document.undoStack()->undo();
        QVERIFY(!document.isModified()); // back at the saved state
        document.undoStack()->redo();
        QVERIFY(document.save());

        ProjectDocument reopened;
        QVERIFY(reopened.open(path));
        QVERIFY(!reopened.isModified());
        QCOMPARE(reopened.project().tasks[0].inlineMapping->rules[0].locator("table-name"),
                 std::string("order%"));
        QCOMPARE(reopened.project().endpoints[1].name, std::string("copy"));

        // A broken file leaves the open document as it was.
        QFile broken(dir.filePath(QStringLiteral("broken.ferry.yaml")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("ferry: 1\nendpoints: [\n");
        broken.close();
        project::LoadReport report;
        QVERIFY(!reopened.open(broken.fileName(), &report));
        QVERIFY(!report.errors.empty());
        QCOMPARE(reopened.filePath(), path);
    }

    void runTimePasswordsAreNeverSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ferry.yaml"));
        ProjectDocument document;
        project::Project p = twoEndpointProject(dir.path());
        p.endpoints[0].engine = Dialect::PostgreSql;
        p.endpoints[0].path.clear();
        p.endpoints[0].host = "127.0.0.1";
        p.endpoints[0].database = "shop";
        p.endpoints[0].user = "app";
        p.endpoints[0].passwordSource = PasswordSource::Prompt;
        document.reset(p, {});
        document.setPassword("legacy", Secret("s3cret-typed"));
        QVERIFY(document.saveAs(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("s3cret-typed"));
        QVERIFY(text.contains("from: prompt"));
        QCOMPARE(document.password("legacy")->reveal(), std::string("s3cret-typed"));
    }

    void treeShowsProjectAndReadsCatalogLazily()
    {
        QTemporaryDir dir;
        const project::Project p = twoEndpointProject(dir.path());
        QVERIFY(sample::generateTicketingSample(p.endpoints[0].path, 1000));
        EngineClient client;
        ProjectDocument document;
        ProjectTreeModel model(&document, &client);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!model.canFetchMore(model.groupIndex(Kind::SourceCatalogGroup))); // no task

        document.reset(p, {});
        const QModelIndex endpoints = model.groupIndex(Kind::EndpointsGroup);
        QCOMPARE(childNames(model, endpoints), list({"legacy", "copy"}));
        QCOMPARE(childNames(model, model.groupIndex(Kind::TasksGroup)), list({"nightly"}));
        const QModelIndex source = model.groupIndex(Kind::SourceCatalogGroup);
        QCOMPARE(source.data().toString(), QStringLiteral("Source catalog: legacy"));
        QVERIFY(model.hasChildren(source));
        QCOMPARE(model.rowCount(source), 0); // nothing read before it is expanded

        QSignalSpy finished(&model, &ProjectTreeModel::catalogFinished);
        QVERIFY(model.canFetchMore(source));
        model.fetchMore(source);
        QCOMPARE(model.catalogState(EndpointRole::Source), ProjectTreeModel::CatalogState::Reading);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(model.catalogState(EndpointRole::Source), ProjectTreeModel::CatalogState::Read);
        QCOMPARE(childNames(model, source), list({"main"}));
        const QModelIndex mainSchema = model.index(0, 0, source);
        QCOMPARE(model.rowCount(mainSchema), 0); // tables inserted on expand
        QVERIFY(model.canFetchMore(mainSchema));
        model.fetchMore(mainSchema);
        QCOMPARE(childNames(model, mainSchema),
                 list({"customer", "event", "sample_info", "sport", "team", "ticket", "venue"}));
        // From here the tester checks every change (it also fetches whatever it can).
        QAbstractItemModelTester tester(&model);
        // Adding an endpoint inserts a row without touching the catalog already read.
        project::Endpoint extra;
        extra.name = "archive";
        extra.engine = Dialect::Sqlite;
        extra.path = "archive.db";
        document.addEndpoint(extra);
        QCOMPARE(childNames(model, endpoints), list({"legacy", "copy", "archive"}));
        QCOMPARE(model.catalogState(EndpointRole::Source), ProjectTreeModel::CatalogState::Read);

        // Pointing the task at a missing database: the read fails with the reason as a row.
        project::Project broken = document.project();
        broken.endpoints[0].path = (dir.path() + QStringLiteral("/missing/none.db")).toStdString();
        document.edit(QStringLiteral("break"), broken);
        // The endpoint changed: the catalog read before is gone (the tester may re-read it).
        QVERIFY(model.catalogState(EndpointRole::Source) != ProjectTreeModel::CatalogState::Read);
        if (model.canFetchMore(source))
            model.fetchMore(source);
        QTRY_COMPARE_WITH_TIMEOUT(model.catalogState(EndpointRole::Source),
                                  ProjectTreeModel::CatalogState::Failed, 30000);
        QCOMPARE(model.rowCount(source), 1);
        QVERIFY(model.index(0, 0, source).data().toString().startsWith(
            QStringLiteral("Could not read the catalog:")));
    }

    void promptEndpointAsksForPassword()
    {
        EngineClient client;
        ProjectDocument document;
        ProjectTreeModel model(&document, &client);
        project::Project p;
        p.name = "pw";
        project::Endpoint pg;
        pg.name = "pg";
        pg.engine = Dialect::PostgreSql;
        pg.host = "127.0.0.1";
        pg.port = 1; // never contacted: the password is asked first
        pg.database = "x";
        pg.user = "u";
        pg.passwordSource = PasswordSource::Prompt;
        p.endpoints = {pg};
        project::Task t;
        t.name = "t";
        t.source = "pg";
        t.target = "pg";
        p.tasks = {t};
        document.reset(p, {});
        QSignalSpy asked(&model, &ProjectTreeModel::passwordNeeded);
        model.readCatalog(EndpointRole::Source);
        QTRY_COMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("pg"));
        QCOMPARE(model.catalogState(EndpointRole::Source), ProjectTreeModel::CatalogState::NotRead);
    }
};

QTEST_GUILESS_MAIN(TestProjectDocument)
#include "tst_project_document.moc"
