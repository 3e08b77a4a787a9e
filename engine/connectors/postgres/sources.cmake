# SPDX-License-Identifier: MIT
# Sources of the postgres connector, added to ferry_engine (included from engine/CMakeLists.txt).
# Paths are relative to engine/.
target_sources(ferry_engine PRIVATE
    connectors/postgres/postgres_copy_text.cpp
    connectors/postgres/postgres_copy_text.h
    connectors/postgres/postgres_load.cpp
    connectors/postgres/postgres_load.h
    connectors/postgres/postgres_load_sql.cpp
    connectors/postgres/postgres_load_sql.h
    connectors/postgres/postgres_catalog_reader.cpp
    connectors/postgres/postgres_catalog_reader.h
    connectors/postgres/postgres_diagnosis.cpp
    connectors/postgres/postgres_diagnosis.h
    connectors/postgres/postgres_endpoint.cpp
    connectors/postgres/postgres_endpoint.h
    connectors/postgres/postgres_session.cpp
    connectors/postgres/postgres_session.h
    connectors/postgres/postgres_sql.cpp
    connectors/postgres/postgres_sql.h
    types/postgres_types.cpp
    types/postgres_types.h
)
