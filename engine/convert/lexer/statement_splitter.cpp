// SPDX-License-Identifier: MIT
#include "engine/convert/lexer/statement_splitter.h"

#include "engine/core/text.h"

#include <algorithm>
#include <cctype>

namespace ferry::convert {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }
bool isWordChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$'
        || static_cast<unsigned char>(c) >= 0x80;
}

/// How the current statement ends.
enum class Ending {
    Terminator, ///< at the delimiter (";" or the mysql client's DELIMITER)
    TriggerBody, ///< SQLite CREATE TRIGGER: at ";" once its BEGIN ... END closed
    SlashLine, ///< PL/SQL block: at a line holding only "/"
    GoLine, ///< T-SQL: at a line holding only GO
};

class Splitter
{
public:
    Splitter(std::string_view script, SqlDialect dialect) : m_s(script), m_dialect(dialect)
    {
        if (m_dialect == SqlDialect::TSql)
            m_ending = Ending::GoLine;
    }

    std::vector<SqlStatement> run()
    {
        while (m_pos < m_s.size()) {
            if (atLineStart() && lineCommand())
                continue;
            if (skipQuotedOrComment())
                continue;
            if (isWordChar(m_s[m_pos])) {
                word();
                continue;
            }
            if (m_ending != Ending::SlashLine && m_ending != Ending::GoLine
                && m_s.substr(m_pos, m_delimiter.size()) == m_delimiter
                && (m_ending == Ending::Terminator || (m_seenBegin && m_depth == 0))) {
                finish(m_pos, m_pos + m_delimiter.size());
                continue;
            }
            ++m_pos;
        }
        finish(m_s.size(), m_s.size());
        return std::move(m_out);
    }

private:
    bool mysqlFamily() const { return isMySqlFamily(m_dialect); }

    bool atLineStart() const
    {
        size_t p = m_pos;
        while (p > 0 && (m_s[p - 1] == ' ' || m_s[p - 1] == '\t'))
            --p;
        return p == 0 || m_s[p - 1] == '\n';
    }

    /// The rest of the current line, trimmed; m_lineEnd is set to the position after it.
    std::string_view restOfLine()
    {
        size_t end = m_s.find('\n', m_pos);
        m_lineEnd = end == std::string_view::npos ? m_s.size() : end + 1;
        return trimmed(m_s.substr(m_pos, m_lineEnd - m_pos));
    }

    /// Client commands that own a whole line: DELIMITER (mysql), GO (sqlcmd), / (SQL*Plus).
    bool lineCommand()
    {
        const std::string_view line = restOfLine();
        if (mysqlFamily() && line.size() > 10 && asciiUpper(line.substr(0, 10)) == "DELIMITER "
            && m_head.empty()) {
            std::string_view delimiter = line.substr(10);
            while (!delimiter.empty() && isSpace(delimiter.front()))
                delimiter.remove_prefix(1);
            m_delimiter = std::string(delimiter.empty() ? ";" : delimiter);
            m_pos = m_start = m_lineEnd;
            return true;
        }
        if (m_dialect == SqlDialect::TSql && asciiUpper(line) == "GO") {
            finish(m_pos, m_lineEnd);
            return true;
        }
        if (m_dialect == SqlDialect::PlSql && line == "/") {
            finish(m_pos, m_lineEnd);
            return true;
        }
        return false;
    }

    bool skipQuotedOrComment()
    {
        const char c = m_s[m_pos];
        const char next = m_pos + 1 < m_s.size() ? m_s[m_pos + 1] : '\0';
        if ((c == '-' && next == '-') || (c == '#' && mysqlFamily())) {
            const size_t end = m_s.find('\n', m_pos);
            m_pos = end == std::string_view::npos ? m_s.size() : end;
            return true;
        }
        if (c == '/' && next == '*') {
            skipBlockComment();
            return true;
        }
        if (c == '\'') {
            const bool escapes = mysqlFamily()
                || (m_dialect == SqlDialect::PostgreSql && m_pos > 0
                    && (m_s[m_pos - 1] == 'E' || m_s[m_pos - 1] == 'e'));
            skipQuoted('\'', escapes);
            return true;
        }
        if (c == '"') {
            skipQuoted('"', mysqlFamily());
            return true;
        }
        if (c == '`' && m_dialect != SqlDialect::PostgreSql) {
            skipQuoted('`', false);
            return true;
        }
        if (c == '[' && (m_dialect == SqlDialect::Sqlite || m_dialect == SqlDialect::TSql)) {
            skipQuoted(']', false);
            return true;
        }
        if (c == '$' && m_dialect == SqlDialect::PostgreSql)
            return skipDollarQuoted();
        return false;
    }

    void skipBlockComment() { m_pos = blockCommentEnd(m_pos); }

    /// The position after the block comment opening at `from` (PostgreSQL's nest).
    size_t blockCommentEnd(size_t from) const
    {
        int depth = 0;
        size_t p = from;
        while (p < m_s.size()) {
            if (m_s.compare(p, 2, "/*") == 0) {
                ++depth;
                p += 2;
            } else if (m_s.compare(p, 2, "*/") == 0) {
                p += 2;
                if (--depth == 0 || m_dialect != SqlDialect::PostgreSql)
                    return p;
            } else {
                ++p;
            }
        }
        return p;
    }

    /// From an opening quote past its closing one; a doubled quote stays inside.
    void skipQuoted(char close, bool backslashEscapes)
    {
        ++m_pos;
        while (m_pos < m_s.size()) {
            const char c = m_s[m_pos];
            if (backslashEscapes && c == '\\') {
                m_pos += 2;
                continue;
            }
            ++m_pos;
            if (c == close) {
                if (m_pos < m_s.size() && m_s[m_pos] == close && close != ']') {
                    ++m_pos;
                    continue;
                }
                return;
            }
        }
    }

    /// $tag$ ... $tag$ (the tag may be empty); false when this "$" starts no dollar quote
    /// ($1 parameters, a $ inside a word).
    bool skipDollarQuoted()
    {
        if (m_pos > 0 && isWordChar(m_s[m_pos - 1]))
            return false;
        size_t end = m_pos + 1;
        while (end < m_s.size() && isWordChar(m_s[end]) && m_s[end] != '$')
            ++end;
        if (end >= m_s.size() || m_s[end] != '$'
            || (end > m_pos + 1 && std::isdigit(static_cast<unsigned char>(m_s[m_pos + 1]))))
            return false;
        const std::string_view tag = m_s.substr(m_pos, end - m_pos + 1);
        const size_t close = m_s.find(tag, end + 1);
        m_pos = close == std::string_view::npos ? m_s.size() : close + tag.size();
        return true;
    }

    /// A word outside quotes: the statement's first words choose how it ends; inside a
    /// SQLite trigger body, BEGIN/CASE and END nest.
    void word()
    {
        const size_t begin = m_pos;
        while (m_pos < m_s.size() && isWordChar(m_s[m_pos]))
            ++m_pos;
        const std::string text = asciiUpper(m_s.substr(begin, m_pos - begin));
        if (m_head.size() < 6)
            classify(text);
        if (m_ending != Ending::TriggerBody)
            return;
        if (text == "BEGIN" || text == "CASE") {
            m_seenBegin = m_seenBegin || text == "BEGIN";
            ++m_depth;
        } else if (text == "END" && m_depth > 0) {
            --m_depth;
        }
    }

    void classify(const std::string &text)
    {
        m_head.push_back(text);
        if (m_dialect == SqlDialect::Sqlite && text == "TRIGGER" && m_head.front() == "CREATE")
            m_ending = Ending::TriggerBody;
        if (m_dialect != SqlDialect::PlSql)
            return;
        static const char *const Blocks[] = {"FUNCTION", "PROCEDURE", "PACKAGE", "TRIGGER", "TYPE"};
        const bool anonymous = m_head.size() == 1 && (text == "DECLARE" || text == "BEGIN");
        const bool created = m_head.front() == "CREATE"
            && std::find(std::begin(Blocks), std::end(Blocks), text) != std::end(Blocks);
        if (anonymous || created)
            m_ending = Ending::SlashLine;
    }

    /// Ends the statement at `end` (its terminator excluded) and starts the next at `next`.
    void finish(size_t end, size_t next)
    {
        size_t begin = m_start;
        // Leading blank space and comments belong to no statement.
        for (;;) {
            while (begin < end && isSpace(m_s[begin]))
                ++begin;
            if (m_s.compare(begin, 2, "--") == 0
                || (mysqlFamily() && begin < end && m_s[begin] == '#')) {
                const size_t eol = m_s.find('\n', begin);
                begin = eol == std::string_view::npos || eol > end ? end : eol + 1;
                continue;
            }
            if (m_s.compare(begin, 2, "/*") == 0) {
                begin = std::min(blockCommentEnd(begin), end);
                continue;
            }
            break;
        }
        size_t stop = end;
        while (stop > begin && isSpace(m_s[stop - 1]))
            --stop;
        if (stop > begin)
            m_out.push_back({std::string(m_s.substr(begin, stop - begin)), lineOf(begin)});
        m_pos = m_start = next;
        m_head.clear();
        m_depth = 0;
        m_seenBegin = false;
        m_ending = m_dialect == SqlDialect::TSql ? Ending::GoLine : Ending::Terminator;
    }

    int lineOf(size_t position)
    {
        for (; m_countedTo < position; ++m_countedTo)
            m_line += m_s[m_countedTo] == '\n' ? 1 : 0;
        return m_line;
    }

    std::string_view m_s;
    SqlDialect m_dialect;
    size_t m_pos = 0;
    size_t m_start = 0;
    size_t m_lineEnd = 0;
    std::string m_delimiter = ";";
    Ending m_ending = Ending::Terminator;
    std::vector<std::string> m_head; ///< the statement's first words, upper case
    int m_depth = 0; ///< SQLite trigger body: open BEGIN/CASE
    bool m_seenBegin = false;
    size_t m_countedTo = 0;
    int m_line = 1;
    std::vector<SqlStatement> m_out;
};

} // namespace

std::vector<SqlStatement> splitStatements(std::string_view script, SqlDialect dialect)
{
    return Splitter(script, dialect).run();
}

} // namespace ferry::convert
