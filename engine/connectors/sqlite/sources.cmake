# SPDX-License-Identifier: MIT
# Sources of the sqlite connector, added to ferry_engine (included from engine/CMakeLists.txt).
ferry_units(ferry_engine connectors/sqlite
    sqlite_load sqlite_load_common sqlite_source sqlite_target sqlite_catalog sqlite_connection
    sqlite_ddl sqlite_endpoint)
ferry_units(ferry_engine types
    sqlite_types)
