# SPDX-License-Identifier: MIT
# Sources of the postgres connector, added to ferry_engine (included from engine/CMakeLists.txt).
# Paths are relative to engine/.
ferry_units(ferry_engine connectors/postgres
    postgres_copy_text postgres_load postgres_load_sql postgres_catalog_reader postgres_diagnosis
    postgres_endpoint postgres_session postgres_sql)
ferry_units(ferry_engine types
    postgres_types)
