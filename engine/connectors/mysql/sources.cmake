# SPDX-License-Identifier: MIT
# Sources of the mysql connector, added to ferry_engine (included from engine/CMakeLists.txt).
ferry_units(ferry_engine connectors/mysql
    mysql_load mysql_load_support mysql_source mysql_target mysql_writer mysql_where mysql_catalog
    mysql_connection mysql_diagnosis mysql_endpoint)
ferry_units(ferry_engine types
    mysql_types)
