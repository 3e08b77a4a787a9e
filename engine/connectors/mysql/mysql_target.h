// SPDX-License-Identifier: MIT
#pragma once

#include "engine/load/load_session.h"

namespace ferry::mysql {

/**
 * The MySQL/MariaDB TargetSession (engine/load/load_session.h), private to the connector;
 * reached through mysql::openTargetSession.
 *
 * A session is one connection with utf8mb4, time_zone '+00:00', sql_mode
 * 'STRICT_ALL_TABLES,NO_AUTO_VALUE_ON_ZERO,NO_ENGINE_SUBSTITUTION' (zero dates allowed) and
 * foreign_key_checks = 0 (foreign keys are created after the load, without re-checking the
 * loaded rows). Transactions are explicit: begin() is START TRANSACTION, commit()/rollback()
 * end it; outside one every statement commits by itself (autocommit stays on, so a query does
 * not keep metadata locks that would block another session's DROP). As everywhere in MySQL, a
 * DDL statement commits an open transaction. A writer called outside a transaction wraps each
 * batch in one of its own.
 *
 * Types: see nativeTypeFor (mysql_ddl.h). Tables are InnoDB, utf8mb4. A table with an
 * AUTO_INCREMENT column gets its primary key at create time even when the load creates keys
 * afterwards, when the key starts with that column (MySQL requires a key on it); otherwise the
 * column gets an index of its own (ferry_auto_increment). Index columns of TEXT/BLOB type get a
 * 255-character prefix (a warning says so), except in MariaDB 10.4+ unique keys; expression
 * and partial indexes, spatial indexes and indexes on JSON columns are skipped with a warning.
 * resetIdentity() does nothing: InnoDB moves AUTO_INCREMENT past every explicitly inserted
 * value by itself (tested).
 *
 * Writers: see detail::makeWriter (mysql_writer.h). When the server's local_infile is off,
 * warnings() says so and how to enable it, and writers use multi-row INSERT.
 *
 * Thread: one thread; the writers' cancel() from any thread.
 */
[[nodiscard]] Result<std::unique_ptr<load::TargetSession>>
openMySqlTarget(const ConnectionSpec &spec);

} // namespace ferry::mysql
