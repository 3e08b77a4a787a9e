# SPDX-License-Identifier: MIT
# Sources of the odbc connector, added to ferry_engine (included from engine/CMakeLists.txt).
# Paths are relative to engine/. The unixODBC headers appear in the .cpp files and in the
# private odbc_handles.h / odbc_catalog_reader.h only.
target_sources(ferry_engine PRIVATE
    connectors/odbc/odbc_load.cpp
    connectors/odbc/odbc_load.h
    connectors/odbc/odbc_catalog_reader.cpp
    connectors/odbc/odbc_catalog_reader.h
    connectors/odbc/odbc_data_sources.cpp
    connectors/odbc/odbc_data_sources.h
    connectors/odbc/odbc_connection_string.cpp
    connectors/odbc/odbc_connection_string.h
    connectors/odbc/odbc_diagnosis.cpp
    connectors/odbc/odbc_diagnosis.h
    connectors/odbc/odbc_endpoint.cpp
    connectors/odbc/odbc_endpoint.h
    connectors/odbc/odbc_handles.cpp
    connectors/odbc/odbc_handles.h
    connectors/odbc/odbc_where.cpp
    connectors/odbc/odbc_where.h
    types/odbc_types.cpp
    types/odbc_types.h
)
# listOdbcDataSources reads each DSN's Description through the installer library.
pkg_check_modules(ODBCINST REQUIRED IMPORTED_TARGET GLOBAL odbcinst)
target_link_libraries(ferry_engine PRIVATE PkgConfig::ODBCINST)
