# SPDX-License-Identifier: MIT
# Sources of engine/convert (pure: no connections), added to ferry_engine. DDL writers per SQL
# dialect and SQL lexers; schema conversion grows here.
target_sources(ferry_engine PRIVATE
    convert/ddl/ddl_support.h
    convert/ddl/ddl_writer.cpp convert/ddl/ddl_writer.h
    convert/ddl/mysql_ddl_writer.cpp convert/ddl/mysql_ddl_writer.h
    convert/ddl/postgres_ddl_writer.cpp convert/ddl/postgres_ddl_writer.h
    convert/ddl/sqlite_ddl_writer.cpp convert/ddl/sqlite_ddl_writer.h
    convert/lexer/postgres_lexer.cpp convert/lexer/postgres_lexer.h
    convert/lexer/sqlite_lexer.cpp convert/lexer/sqlite_lexer.h
)
