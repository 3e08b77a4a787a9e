// SPDX-License-Identifier: MIT
#include "engine/connectors/sqlite/sqlite_ddl.h"
#include "engine/core/text.h"

namespace ferry::sqlite {

namespace {

/// Walks a token list of one statement.
class Cursor
{
public:
    Cursor(std::string_view sql, std::vector<Token> tokens)
        : m_sql(sql), m_tokens(std::move(tokens))
    {
        // A trailing semicolon is not part of the statement.
        while (!m_tokens.empty() && m_tokens.back().kind == TokenKind::Semicolon)
            m_tokens.pop_back();
    }

    size_t size() const { return m_tokens.size(); }
    size_t position() const { return m_position; }
    void setPosition(size_t position) { m_position = position; }
    bool atEnd() const { return m_position >= m_tokens.size(); }
    const Token &at(size_t index) const { return m_tokens[index]; }

    const Token *peek(size_t ahead = 0) const
    {
        return m_position + ahead < m_tokens.size() ? &m_tokens[m_position + ahead] : nullptr;
    }

    bool peekIs(std::string_view keyword, size_t ahead = 0) const
    {
        const Token *token = peek(ahead);
        return token && token->is(keyword);
    }

    bool peekKind(TokenKind kind, size_t ahead = 0) const
    {
        const Token *token = peek(ahead);
        return token && token->kind == kind;
    }

    bool accept(std::string_view keyword)
    {
        if (!peekIs(keyword))
            return false;
        ++m_position;
        return true;
    }

    bool acceptKind(TokenKind kind)
    {
        if (!peekKind(kind))
            return false;
        ++m_position;
        return true;
    }

    const Token *next() { return m_position < m_tokens.size() ? &m_tokens[m_position++] : nullptr; }

    /// Index of the parenthesis closing the one at open; size() when unbalanced.
    size_t matchingParen(size_t open) const
    {
        int depth = 0;
        for (size_t i = open; i < m_tokens.size(); ++i) {
            if (m_tokens[i].kind == TokenKind::LeftParen)
                ++depth;
            else if (m_tokens[i].kind == TokenKind::RightParen && --depth == 0)
                return i;
        }
        return m_tokens.size();
    }

    /// The source text from token first to token last (inclusive), as written.
    std::string text(size_t first, size_t last) const
    {
        if (first > last || last >= m_tokens.size())
            return {};
        const size_t begin = m_tokens[first].begin;
        return std::string(trimmed(m_sql.substr(begin, m_tokens[last].end - begin)));
    }

    /// The source text strictly inside the parentheses at open and close, as written.
    std::string inside(size_t open, size_t close) const
    {
        if (close >= m_tokens.size() || close <= open)
            return {};
        const size_t begin = m_tokens[open].end;
        return std::string(trimmed(m_sql.substr(begin, m_tokens[close].begin - begin)));
    }

    /// The source text from token first to the end of the statement.
    std::string rest(size_t first) const
    {
        return first < m_tokens.size() ? text(first, m_tokens.size() - 1) : std::string();
    }

    /// Reads "[schema .] name" and returns name.
    std::optional<std::string> qualifiedName()
    {
        const Token *first = peek();
        if (!first || !first->isName())
            return std::nullopt;
        ++m_position;
        if (peekKind(TokenKind::Dot) && peek(1) && peek(1)->isName()) {
            m_position += 2;
            return m_tokens[m_position - 1].value;
        }
        return first->value;
    }

    /// Splits tokens (open, close) at depth-0 commas into [first, last] ranges.
    std::vector<std::pair<size_t, size_t>> items(size_t open, size_t close) const
    {
        std::vector<std::pair<size_t, size_t>> result;
        int depth = 0;
        size_t start = open + 1;
        for (size_t i = open + 1; i < close; ++i) {
            const TokenKind kind = m_tokens[i].kind;
            if (kind == TokenKind::LeftParen) {
                ++depth;
            } else if (kind == TokenKind::RightParen) {
                --depth;
            } else if (kind == TokenKind::Comma && depth == 0) {
                if (i > start)
                    result.emplace_back(start, i - 1);
                start = i + 1;
            }
        }
        if (close > start)
            result.emplace_back(start, close - 1);
        return result;
    }

    /// Names of a parenthesized list "(a, b COLLATE x DESC)": the first token of each item.
    std::vector<std::string> nameList(size_t open, size_t close) const
    {
        std::vector<std::string> names;
        for (const auto &[first, last] : items(open, close)) {
            if (m_tokens[first].isName())
                names.push_back(m_tokens[first].value);
        }
        return names;
    }

private:
    std::string_view m_sql;
    std::vector<Token> m_tokens;
    size_t m_position = 0;
};

bool acceptIfNotExists(Cursor &cursor)
{
    if (!cursor.peekIs("IF"))
        return true;
    cursor.next();
    return cursor.accept("NOT") && cursor.accept("EXISTS");
}

/// Reads "CREATE [TEMP | TEMPORARY] <kind> [IF NOT EXISTS] <name>" into name; false when the
/// statement does not start so. With isVirtual, VIRTUAL may stand before the kind (tables).
bool acceptCreate(Cursor &cursor, std::string_view kind, std::string &name,
                  bool *isVirtual = nullptr)
{
    if (!cursor.accept("CREATE"))
        return false;
    if (!cursor.accept("TEMP"))
        cursor.accept("TEMPORARY");
    if (isVirtual)
        *isVirtual = cursor.accept("VIRTUAL");
    if (!cursor.accept(kind) || !acceptIfNotExists(cursor))
        return false;
    std::optional<std::string> qualified = cursor.qualifiedName();
    if (!qualified)
        return false;
    name = std::move(*qualified);
    return true;
}

/// Skips the clauses after REFERENCES t(cols): ON DELETE/UPDATE action, MATCH name,
/// [NOT] DEFERRABLE [INITIALLY DEFERRED|IMMEDIATE]. Stops at anything else.
void skipForeignKeyClauses(Cursor &cursor, size_t end)
{
    while (cursor.position() < end) {
        if (cursor.peekIs("ON") && (cursor.peekIs("DELETE", 1) || cursor.peekIs("UPDATE", 1))) {
            cursor.setPosition(cursor.position() + 2);
            if (cursor.accept("SET")) {
                cursor.next(); // NULL or DEFAULT
            } else if (cursor.accept("NO")) {
                cursor.next(); // ACTION
            } else {
                cursor.next(); // CASCADE or RESTRICT
            }
        } else if (cursor.accept("MATCH")) {
            cursor.next();
        } else if (cursor.peekIs("NOT") && cursor.peekIs("DEFERRABLE", 1)) {
            cursor.setPosition(cursor.position() + 2);
        } else if (cursor.accept("DEFERRABLE")) {
        } else if (cursor.accept("INITIALLY")) {
            cursor.next();
        } else {
            return;
        }
    }
}

/// Reads "REFERENCES table [(columns)] clauses" at the cursor (REFERENCES already consumed).
void readReferences(Cursor &cursor, size_t end, ParsedConstraint &constraint)
{
    if (auto table = cursor.qualifiedName())
        constraint.referencedTable = *table;
    if (cursor.peekKind(TokenKind::LeftParen)) {
        const size_t open = cursor.position();
        const size_t close = cursor.matchingParen(open);
        constraint.referencedColumns = cursor.nameList(open, close);
        cursor.setPosition(std::min(close + 1, end));
    }
    skipForeignKeyClauses(cursor, end);
}

bool isTableConstraintStart(const Cursor &cursor, size_t first, size_t last)
{
    const Token &token = cursor.at(first);
    const Token *following = first < last ? &cursor.at(first + 1) : nullptr;
    if (token.is("CONSTRAINT"))
        return true;
    if (!following)
        return false;
    if (token.is("PRIMARY") || token.is("FOREIGN"))
        return following->is("KEY");
    if (token.is("UNIQUE") || token.is("CHECK"))
        return following->kind == TokenKind::LeftParen;
    return false;
}

void parseColumnDefinition(Cursor &cursor, size_t first, size_t last, ParsedTable &table)
{
    ParsedColumn column;
    column.name = cursor.at(first).value;
    std::string pendingName;
    const size_t end = last + 1;
    cursor.setPosition(first + 1);
    const auto addConstraint = [&](ParsedConstraint constraint) {
        constraint.name = std::move(pendingName);
        pendingName.clear();
        table.constraints.push_back(std::move(constraint));
    };
    while (cursor.position() < end) {
        const size_t position = cursor.position();
        const Token &token = cursor.at(position);
        if (token.kind == TokenKind::LeftParen) {
            cursor.setPosition(std::min(cursor.matchingParen(position) + 1, end));
        } else if (token.is("CONSTRAINT")) {
            cursor.next();
            if (const Token *name = cursor.next())
                pendingName = name->value;
        } else if (token.is("PRIMARY")) {
            cursor.next();
            addConstraint({.kind = ConstraintKind::PrimaryKey, .columns = {column.name}});
        } else if (token.is("UNIQUE")) {
            cursor.next();
            addConstraint({.kind = ConstraintKind::Unique, .columns = {column.name}});
        } else if (token.is("CHECK") && cursor.peekKind(TokenKind::LeftParen, 1)) {
            const size_t close = cursor.matchingParen(position + 1);
            addConstraint(
                {.kind = ConstraintKind::Check, .expression = cursor.inside(position + 1, close)});
            cursor.setPosition(std::min(close + 1, end));
        } else if (token.is("REFERENCES")) {
            cursor.next();
            ParsedConstraint constraint {.kind = ConstraintKind::ForeignKey,
                                         .columns = {column.name}};
            readReferences(cursor, end, constraint);
            addConstraint(std::move(constraint));
        } else if (token.is("DEFAULT")) {
            cursor.next();
            if (cursor.peekKind(TokenKind::LeftParen)) {
                cursor.setPosition(std::min(cursor.matchingParen(cursor.position()) + 1, end));
            } else {
                const Token *value = cursor.next();
                if (value && value->kind == TokenKind::Operator
                    && (value->value == "+" || value->value == "-"))
                    cursor.next();
            }
            pendingName.clear();
        } else if (token.is("COLLATE")) {
            cursor.next();
            if (const Token *name = cursor.next())
                column.collation = name->value;
            pendingName.clear();
        } else if (token.is("NOT") || token.is("NULL") || token.is("GENERATED")) {
            cursor.next();
            pendingName.clear();
        } else if (token.is("AUTOINCREMENT")) {
            cursor.next();
            column.autoIncrement = true;
        } else if (token.is("AS") && cursor.peekKind(TokenKind::LeftParen, 1)) {
            const size_t close = cursor.matchingParen(position + 1);
            column.generatedExpression = cursor.inside(position + 1, close);
            cursor.setPosition(std::min(close + 1, end));
            if (cursor.accept("STORED"))
                column.generatedStored = true;
            else
                cursor.accept("VIRTUAL");
            pendingName.clear();
        } else {
            cursor.next();
        }
    }
    table.columns.push_back(std::move(column));
}

void parseTableConstraints(Cursor &cursor, size_t first, size_t last, ParsedTable &table)
{
    std::string pendingName;
    const size_t end = last + 1;
    cursor.setPosition(first);
    const auto keyColumns = [&cursor, end](ParsedConstraint &constraint) {
        if (!cursor.peekKind(TokenKind::LeftParen))
            return;
        const size_t open = cursor.position();
        const size_t close = cursor.matchingParen(open);
        constraint.columns = cursor.nameList(open, close);
        cursor.setPosition(std::min(close + 1, end));
    };
    while (cursor.position() < end) {
        const size_t position = cursor.position();
        const Token &token = cursor.at(position);
        ParsedConstraint constraint;
        bool found = true;
        if (token.is("CONSTRAINT")) {
            cursor.next();
            if (const Token *name = cursor.next())
                pendingName = name->value;
            continue;
        }
        if (token.is("PRIMARY") && cursor.peekIs("KEY", 1)) {
            cursor.setPosition(position + 2);
            constraint.kind = ConstraintKind::PrimaryKey;
            keyColumns(constraint);
        } else if (token.is("UNIQUE")) {
            cursor.next();
            constraint.kind = ConstraintKind::Unique;
            keyColumns(constraint);
        } else if (token.is("CHECK") && cursor.peekKind(TokenKind::LeftParen, 1)) {
            const size_t close = cursor.matchingParen(position + 1);
            constraint.kind = ConstraintKind::Check;
            constraint.expression = cursor.inside(position + 1, close);
            cursor.setPosition(std::min(close + 1, end));
        } else if (token.is("FOREIGN") && cursor.peekIs("KEY", 1)) {
            cursor.setPosition(position + 2);
            constraint.kind = ConstraintKind::ForeignKey;
            keyColumns(constraint);
            if (cursor.accept("REFERENCES"))
                readReferences(cursor, end, constraint);
        } else {
            found = false;
            if (token.kind == TokenKind::LeftParen)
                cursor.setPosition(std::min(cursor.matchingParen(position) + 1, end));
            else
                cursor.next();
        }
        if (found) {
            constraint.name = std::move(pendingName);
            pendingName.clear();
            table.constraints.push_back(std::move(constraint));
        }
    }
}

} // namespace

const ParsedColumn *ParsedTable::column(std::string_view columnName) const
{
    for (const auto &column : columns) {
        if (sameIdentifier(column.name, columnName))
            return &column;
    }
    return nullptr;
}

std::optional<ParsedTable> parseCreateTable(std::string_view sql)
{
    Cursor cursor(sql, tokenizeSql(sql));
    ParsedTable table;
    if (!acceptCreate(cursor, "TABLE", table.name, &table.isVirtual))
        return std::nullopt;
    if (table.isVirtual) {
        if (!cursor.accept("USING") || !cursor.peek() || !cursor.peek()->isName())
            return std::nullopt;
        table.module = cursor.next()->value;
        return table;
    }
    if (!cursor.peekKind(TokenKind::LeftParen))
        return std::nullopt;
    const size_t open = cursor.position();
    const size_t close = cursor.matchingParen(open);
    if (close >= cursor.size())
        return std::nullopt;

    bool inConstraints = false;
    for (const auto &[first, last] : cursor.items(open, close)) {
        if (!inConstraints && isTableConstraintStart(cursor, first, last))
            inConstraints = true;
        if (inConstraints)
            parseTableConstraints(cursor, first, last, table);
        else if (cursor.at(first).isName())
            parseColumnDefinition(cursor, first, last, table);
    }

    cursor.setPosition(close + 1);
    while (!cursor.atEnd()) {
        if (cursor.accept("WITHOUT")) {
            if (cursor.accept("ROWID"))
                table.withoutRowId = true;
        } else if (cursor.accept("STRICT")) {
            table.strict = true;
        } else {
            cursor.next();
        }
    }
    return table;
}

std::optional<ParsedIndex> parseCreateIndex(std::string_view sql)
{
    Cursor cursor(sql, tokenizeSql(sql));
    ParsedIndex index;
    if (!cursor.accept("CREATE"))
        return std::nullopt;
    index.unique = cursor.accept("UNIQUE");
    if (!cursor.accept("INDEX") || !acceptIfNotExists(cursor))
        return std::nullopt;
    auto name = cursor.qualifiedName();
    if (!name || !cursor.accept("ON"))
        return std::nullopt;
    index.name = *name;
    auto table = cursor.qualifiedName();
    if (!table || !cursor.peekKind(TokenKind::LeftParen))
        return std::nullopt;
    index.table = *table;
    const size_t open = cursor.position();
    const size_t close = cursor.matchingParen(open);
    if (close >= cursor.size())
        return std::nullopt;
    for (auto [first, last] : cursor.items(open, close)) {
        ParsedIndexColumn column;
        if (last > first && (cursor.at(last).is("DESC") || cursor.at(last).is("ASC"))) {
            column.descending = cursor.at(last).is("DESC");
            --last;
        }
        if (last > first + 1 && cursor.at(last - 1).is("COLLATE")) {
            column.collation = cursor.at(last).value;
            last -= 2;
        }
        column.expression = cursor.text(first, last);
        index.columns.push_back(std::move(column));
    }
    cursor.setPosition(close + 1);
    if (cursor.accept("WHERE"))
        index.predicate = cursor.rest(cursor.position());
    return index;
}

std::optional<ParsedView> parseCreateView(std::string_view sql)
{
    Cursor cursor(sql, tokenizeSql(sql));
    ParsedView view;
    if (!acceptCreate(cursor, "VIEW", view.name))
        return std::nullopt;
    if (cursor.peekKind(TokenKind::LeftParen)) {
        const size_t open = cursor.position();
        const size_t close = cursor.matchingParen(open);
        if (close >= cursor.size())
            return std::nullopt;
        view.columnNames = cursor.nameList(open, close);
        cursor.setPosition(close + 1);
    }
    if (!cursor.accept("AS") || cursor.atEnd())
        return std::nullopt;
    view.select = cursor.rest(cursor.position());
    return view;
}

std::optional<ParsedTrigger> parseCreateTrigger(std::string_view sql)
{
    Cursor cursor(sql, tokenizeSql(sql));
    ParsedTrigger trigger;
    if (!acceptCreate(cursor, "TRIGGER", trigger.name))
        return std::nullopt;
    if (cursor.accept("BEFORE")) {
        trigger.timing = TriggerTiming::Before;
    } else if (cursor.accept("AFTER")) {
        trigger.timing = TriggerTiming::After;
    } else if (cursor.peekIs("INSTEAD") && cursor.peekIs("OF", 1)) {
        cursor.setPosition(cursor.position() + 2);
        trigger.timing = TriggerTiming::InsteadOf;
    }
    if (cursor.accept("INSERT")) {
        trigger.event = "INSERT";
    } else if (cursor.accept("DELETE")) {
        trigger.event = "DELETE";
    } else if (cursor.accept("UPDATE")) {
        trigger.event = "UPDATE";
        if (cursor.accept("OF")) {
            while (cursor.peek() && cursor.peek()->isName() && !cursor.peekIs("ON")) {
                trigger.updateColumns.push_back(cursor.next()->value);
                if (!cursor.acceptKind(TokenKind::Comma))
                    break;
            }
        }
    } else {
        return std::nullopt;
    }
    if (!cursor.accept("ON"))
        return std::nullopt;
    auto table = cursor.qualifiedName();
    if (!table)
        return std::nullopt;
    trigger.table = *table;
    if (cursor.peekIs("FOR") && cursor.peekIs("EACH", 1) && cursor.peekIs("ROW", 2))
        cursor.setPosition(cursor.position() + 3);
    size_t begin = cursor.size();
    for (size_t i = cursor.position(); i < cursor.size(); ++i) {
        if (cursor.at(i).is("BEGIN")) {
            begin = i;
            break;
        }
    }
    if (begin >= cursor.size())
        return std::nullopt;
    if (cursor.accept("WHEN") && cursor.position() < begin)
        trigger.condition = cursor.text(cursor.position(), begin - 1);
    trigger.body = cursor.rest(begin);
    return trigger;
}

} // namespace ferry::sqlite
