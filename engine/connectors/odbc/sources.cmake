# SPDX-License-Identifier: MIT
# Sources of the odbc connector, added to ferry_engine (included from engine/CMakeLists.txt).
# Paths are relative to engine/. The unixODBC headers appear in the .cpp files and in the
# private odbc_handles.h / odbc_catalog_reader.h only.
ferry_units(ferry_engine connectors/odbc
    odbc_load odbc_catalog_reader odbc_data_sources odbc_connection_string odbc_diagnosis
    odbc_endpoint odbc_handles odbc_where)
ferry_units(ferry_engine types
    odbc_types)
# listOdbcDataSources reads each DSN's Description through the installer library.
pkg_check_modules(ODBCINST REQUIRED IMPORTED_TARGET GLOBAL odbcinst)
target_link_libraries(ferry_engine PRIVATE PkgConfig::ODBCINST)
