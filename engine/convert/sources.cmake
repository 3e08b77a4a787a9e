# SPDX-License-Identifier: MIT
# Sources of engine/convert (pure: no connections), added to ferry_engine. DDL writers per SQL
# dialect and SQL lexers; schema conversion grows here.
ferry_units(ferry_engine convert/ddl
    ddl_support ddl_writer mysql_ddl_writer postgres_ddl_writer sqlite_ddl_writer)
ferry_units(ferry_engine convert/lexer
    postgres_lexer sqlite_lexer statement_splitter)
ferry_units(ferry_engine convert/rewrite
    query_rewriter)
