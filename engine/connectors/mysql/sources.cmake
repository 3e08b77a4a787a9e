# SPDX-License-Identifier: MIT
# Sources of the mysql connector, added to ferry_engine (included from engine/CMakeLists.txt).
target_sources(ferry_engine PRIVATE
    connectors/mysql/mysql_load.cpp
    connectors/mysql/mysql_load.h
    connectors/mysql/mysql_load_support.cpp
    connectors/mysql/mysql_load_support.h
    connectors/mysql/mysql_source.cpp
    connectors/mysql/mysql_source.h
    connectors/mysql/mysql_target.cpp
    connectors/mysql/mysql_target.h
    connectors/mysql/mysql_writer.cpp
    connectors/mysql/mysql_writer.h
    connectors/mysql/mysql_where.cpp
    connectors/mysql/mysql_where.h
    connectors/mysql/mysql_catalog.cpp
    connectors/mysql/mysql_catalog.h
    connectors/mysql/mysql_connection.cpp
    connectors/mysql/mysql_connection.h
    connectors/mysql/mysql_diagnosis.cpp
    connectors/mysql/mysql_diagnosis.h
    connectors/mysql/mysql_endpoint.cpp
    connectors/mysql/mysql_endpoint.h
    types/mysql_types.cpp
    types/mysql_types.h
)
