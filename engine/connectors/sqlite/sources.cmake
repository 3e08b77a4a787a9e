# SPDX-License-Identifier: MIT
# Sources of the sqlite connector, added to ferry_engine (included from engine/CMakeLists.txt).
target_sources(ferry_engine PRIVATE
    connectors/sqlite/sqlite_load.cpp
    connectors/sqlite/sqlite_load.h
    connectors/sqlite/sqlite_load_common.h
    connectors/sqlite/sqlite_source.cpp
    connectors/sqlite/sqlite_target.cpp
    connectors/sqlite/sqlite_catalog.cpp
    connectors/sqlite/sqlite_catalog.h
    connectors/sqlite/sqlite_connection.cpp
    connectors/sqlite/sqlite_connection.h
    connectors/sqlite/sqlite_ddl.cpp
    connectors/sqlite/sqlite_ddl.h
    connectors/sqlite/sqlite_endpoint.cpp
    connectors/sqlite/sqlite_endpoint.h
    types/sqlite_types.cpp
    types/sqlite_types.h
)
