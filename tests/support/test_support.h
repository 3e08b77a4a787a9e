// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/connection_spec.h"

#include <QString>

#include <string>

class QTranslator;

namespace ferry::test {

/**
 * Loads the connection details the server fixture wrote (FERRY_TEST_SERVERS_FILE) into the
 * process environment, so ODBCSYSINI/ODBCINI reach unixODBC too. Returns false (and the reason
 * in *why) when the servers are not running; integration tests then fail, never skip.
 */
bool loadServerEnvironment(QString *why = nullptr);

/// A variable from the environment loaded above; empty when unset.
std::string env(const char *name);

/// Connection specs for the harness servers: the ordinary user ("ferry") or the administrator.
ConnectionSpec postgresSpec(bool admin = false);
ConnectionSpec mysqlSpec(bool admin = false);
/// A spec for the SQLite file at `path`.
ConnectionSpec sqliteSpec(const QString &path);

/// A name unique to this process run, for schemas/databases tests create: prefix_<pid>_<n>.
std::string uniqueName(const std::string &prefix);

/// Path of a built executable in build/bin (ferry, ferry-workbench).
QString binary(const QString &name);

/// US English number formats and English plural forms ("1 row", "3 rows", not "row(s)"), as
/// the workbench installs them, through translator (the embedded ferry_en.qm: link
/// ferry_translations). False when the translations are not embedded.
bool useEnglish(QTranslator &translator);

} // namespace ferry::test

/// Fails the current test function when the servers are not available.
#define FERRY_REQUIRE_SERVERS()                                                                    \
    do {                                                                                           \
        QString why_;                                                                              \
        if (!ferry::test::loadServerEnvironment(&why_))                                            \
            QFAIL(qPrintable(why_));                                                               \
    } while (false)
