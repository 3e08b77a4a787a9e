// SPDX-License-Identifier: MIT
#include "engine/catalog/catalog_json.h"
#include "engine/core/tr.h"

#include <QJsonArray>

namespace ferry {

namespace {

QJsonArray strings(const std::vector<std::string> &items)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(qs(item));
    return array;
}

void putOptional(QJsonObject &object, const char *key, const std::optional<std::string> &value)
{
    object.insert(QLatin1String(key), value ? QJsonValue(qs(*value)) : QJsonValue());
}

void putOptional(QJsonObject &object, const char *key, const std::optional<int64_t> &value)
{
    object.insert(QLatin1String(key), value ? QJsonValue(qint64(*value)) : QJsonValue());
}

QJsonObject columnToJson(const Column &column)
{
    QJsonObject object {
        {QStringLiteral("name"), qs(column.name)},
        {QStringLiteral("ordinal"), column.ordinal},
        {QStringLiteral("nativeType"), qs(column.nativeType)},
        {QStringLiteral("canonicalType"), qs(column.type.toString())},
        {QStringLiteral("type"), canonicalTypeToJson(column.type)},
        {QStringLiteral("nullable"), column.nullable},
        {QStringLiteral("autoIncrement"), column.autoIncrement},
        {QStringLiteral("identity"), QLatin1String(identityKindName(column.identity))},
        {QStringLiteral("generatedStored"), column.generatedStored},
        {QStringLiteral("collation"), qs(column.collation)},
        {QStringLiteral("comment"), qs(column.comment)},
    };
    putOptional(object, "default", column.defaultExpression);
    putOptional(object, "generatedExpression", column.generatedExpression);
    putOptional(object, "onUpdate", column.onUpdateExpression);
    return object;
}

QJsonArray columnsToJson(const std::vector<Column> &columns)
{
    QJsonArray array;
    for (const auto &column : columns)
        array.append(columnToJson(column));
    return array;
}

QJsonObject keyToJson(const KeyConstraint &key)
{
    return {{QStringLiteral("name"), qs(key.name)},
            {QStringLiteral("columns"), strings(key.columns)}};
}

QJsonObject tableToJson(const Table &table)
{
    QJsonObject object {{QStringLiteral("name"), qs(table.name)},
                        {QStringLiteral("comment"), qs(table.comment)},
                        {QStringLiteral("columns"), columnsToJson(table.columns)}};
    putOptional(object, "rowEstimate", table.rowEstimate);
    putOptional(object, "sizeBytes", table.sizeBytes);
    object.insert(QStringLiteral("primaryKey"),
                  table.primaryKey ? QJsonValue(keyToJson(*table.primaryKey)) : QJsonValue());
    QJsonArray uniques;
    for (const auto &key : table.uniqueKeys)
        uniques.append(keyToJson(key));
    object.insert(QStringLiteral("uniqueKeys"), uniques);
    QJsonArray foreignKeys;
    for (const auto &fk : table.foreignKeys) {
        foreignKeys.append(QJsonObject {
            {QStringLiteral("name"), qs(fk.name)},
            {QStringLiteral("columns"), strings(fk.columns)},
            {QStringLiteral("referencedSchema"), qs(fk.referencedSchema)},
            {QStringLiteral("referencedTable"), qs(fk.referencedTable)},
            {QStringLiteral("referencedColumns"), strings(fk.referencedColumns)},
            {QStringLiteral("onUpdate"), QLatin1String(referentialActionName(fk.onUpdate))},
            {QStringLiteral("onDelete"), QLatin1String(referentialActionName(fk.onDelete))},
        });
    }
    object.insert(QStringLiteral("foreignKeys"), foreignKeys);
    QJsonArray indexes;
    for (const auto &index : table.indexes) {
        QJsonArray columns;
        for (const auto &column : index.columns) {
            columns.append(QJsonObject {{QStringLiteral("name"), qs(column.name)},
                                        {QStringLiteral("expression"), qs(column.expression)},
                                        {QStringLiteral("descending"), column.descending},
                                        {QStringLiteral("prefixLength"), column.prefixLength}});
        }
        indexes.append(QJsonObject {{QStringLiteral("name"), qs(index.name)},
                                    {QStringLiteral("unique"), index.unique},
                                    {QStringLiteral("primary"), index.primary},
                                    {QStringLiteral("method"), qs(index.method)},
                                    {QStringLiteral("predicate"), qs(index.predicate)},
                                    {QStringLiteral("columns"), columns}});
    }
    object.insert(QStringLiteral("indexes"), indexes);
    QJsonArray checks;
    for (const auto &check : table.checks) {
        checks.append(QJsonObject {{QStringLiteral("name"), qs(check.name)},
                                   {QStringLiteral("expression"), qs(check.expression)}});
    }
    object.insert(QStringLiteral("checks"), checks);
    return object;
}

} // namespace

QJsonObject canonicalTypeToJson(const CanonicalType &type)
{
    QJsonObject object{{QStringLiteral("family"), QLatin1String(typeFamilyName(type.family))}};
    if (type.byteWidth)
        object.insert(QStringLiteral("byteWidth"), type.byteWidth);
    if (type.isUnsigned)
        object.insert(QStringLiteral("unsigned"), true);
    if (type.length >= 0)
        object.insert(QStringLiteral("length"), qint64(type.length));
    if (type.precision >= 0)
        object.insert(QStringLiteral("precision"), type.precision);
    if (type.scale >= 0)
        object.insert(QStringLiteral("scale"), type.scale);
    if (type.fractionalDigits >= 0)
        object.insert(QStringLiteral("fractionalDigits"), type.fractionalDigits);
    if (type.withTimeZone)
        object.insert(QStringLiteral("withTimeZone"), true);
    if (type.wideRange)
        object.insert(QStringLiteral("wideRange"), true);
    if (type.isLob)
        object.insert(QStringLiteral("lob"), true);
    if (type.binaryJson)
        object.insert(QStringLiteral("binaryJson"), true);
    if (!type.charset.empty())
        object.insert(QStringLiteral("charset"), qs(type.charset));
    if (!type.subtype.empty())
        object.insert(QStringLiteral("subtype"), qs(type.subtype));
    if (!type.name.empty())
        object.insert(QStringLiteral("name"), qs(type.name));
    if (!type.labels.empty())
        object.insert(QStringLiteral("labels"), strings(type.labels));
    if (type.element)
        object.insert(QStringLiteral("element"), canonicalTypeToJson(*type.element));
    return object;
}

QJsonObject catalogToJson(const Catalog &catalog)
{
    QJsonArray schemas;
    for (const auto &schema : catalog.schemas) {
        QJsonArray tables;
        for (const auto &table : schema.tables)
            tables.append(tableToJson(table));
        QJsonArray views;
        for (const auto &view : schema.views) {
            views.append(QJsonObject {{QStringLiteral("name"), qs(view.name)},
                                      {QStringLiteral("definition"), qs(view.definition)},
                                      {QStringLiteral("materialized"), view.materialized},
                                      {QStringLiteral("comment"), qs(view.comment)},
                                      {QStringLiteral("columns"), columnsToJson(view.columns)}});
        }
        QJsonArray routines;
        for (const auto &routine : schema.routines) {
            QJsonArray arguments;
            for (const auto &argument : routine.arguments) {
                arguments.append(
                    QJsonObject {{QStringLiteral("name"), qs(argument.name)},
                                 {QStringLiteral("mode"), qs(argument.mode)},
                                 {QStringLiteral("nativeType"), qs(argument.nativeType)}});
            }
            routines.append(
                QJsonObject {{QStringLiteral("name"), qs(routine.name)},
                             {QStringLiteral("kind"), QLatin1String(routineKindName(routine.kind))},
                             {QStringLiteral("language"), qs(routine.language)},
                             {QStringLiteral("arguments"), arguments},
                             {QStringLiteral("returnType"), qs(routine.returnType)},
                             {QStringLiteral("body"), qs(routine.body)}});
        }
        QJsonArray triggers;
        for (const auto &trigger : schema.triggers) {
            triggers.append(QJsonObject {
                {QStringLiteral("name"), qs(trigger.name)},
                {QStringLiteral("table"), qs(trigger.table)},
                {QStringLiteral("timing"), QLatin1String(triggerTimingName(trigger.timing))},
                {QStringLiteral("events"), strings(trigger.events)},
                {QStringLiteral("forEachRow"), trigger.forEachRow},
                {QStringLiteral("body"), qs(trigger.body)},
                {QStringLiteral("updateColumns"), strings(trigger.updateColumns)},
                {QStringLiteral("condition"), qs(trigger.condition)}});
        }
        QJsonArray sequences;
        for (const auto &sequence : schema.sequences) {
            QJsonObject object {{QStringLiteral("name"), qs(sequence.name)},
                                {QStringLiteral("dataType"), qs(sequence.dataType)},
                                {QStringLiteral("start"), qint64(sequence.start)},
                                {QStringLiteral("increment"), qint64(sequence.increment)},
                                {QStringLiteral("cycle"), sequence.cycle},
                                {QStringLiteral("ownedBy"), qs(sequence.ownedBy)}};
            putOptional(object, "minValue", sequence.minValue);
            putOptional(object, "maxValue", sequence.maxValue);
            putOptional(object, "currentValue", sequence.currentValue);
            sequences.append(object);
        }
        QJsonArray types;
        for (const auto &type : schema.types) {
            QJsonArray checks;
            for (const auto &check : type.checks) {
                checks.append(QJsonObject {{QStringLiteral("name"), qs(check.name)},
                                           {QStringLiteral("expression"), qs(check.expression)}});
            }
            QJsonObject object {
                {QStringLiteral("name"), qs(type.name)},
                {QStringLiteral("kind"), QLatin1String(userTypeKindName(type.kind))},
                {QStringLiteral("labels"), strings(type.labels)},
                {QStringLiteral("baseType"), qs(type.baseType)},
                {QStringLiteral("canonicalType"), qs(type.type.toString())},
                {QStringLiteral("nullable"), type.nullable},
                {QStringLiteral("checks"), checks},
                {QStringLiteral("attributes"), columnsToJson(type.attributes)}};
            putOptional(object, "default", type.defaultExpression);
            types.append(object);
        }
        schemas.append(QJsonObject {{QStringLiteral("name"), qs(schema.name)},
                                    {QStringLiteral("tables"), tables},
                                    {QStringLiteral("views"), views},
                                    {QStringLiteral("routines"), routines},
                                    {QStringLiteral("triggers"), triggers},
                                    {QStringLiteral("sequences"), sequences},
                                    {QStringLiteral("types"), types}});
    }
    return {{QStringLiteral("dialect"), QLatin1String(dialectName(catalog.dialect))},
            {QStringLiteral("sqlDialect"), QLatin1String(sqlDialectName(catalog.sqlDialect))},
            {QStringLiteral("product"), qs(catalog.product)},
            {QStringLiteral("serverVersion"), qs(catalog.serverVersion)},
            {QStringLiteral("database"), qs(catalog.database)},
            {QStringLiteral("schemas"), schemas}};
}

} // namespace ferry
