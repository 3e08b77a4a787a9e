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
 * DDL: every statement is written by convert::MySqlDdlWriter (engine/convert/ddl/), which
 * says how tables, keys and indexes come out (InnoDB, utf8mb4, the AUTO_INCREMENT key, prefix
 * lengths, what is skipped with a warning); the session gives it the columns of the table as
 * the server has them. Types: mysql::nativeTypeFor (engine/types/mysql_types.h).
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
