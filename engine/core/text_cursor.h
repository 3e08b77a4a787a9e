// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string_view>

namespace ferry {

/**
 * A read position in a text, with the steps the small hand-written parsers share (canonical
 * JSON, array and WKT text, row images, DMS JSON files). A parser derives from it and reads
 * m_text at m_pos. Does not own the text.
 */
class TextCursor
{
public:
    explicit TextCursor(std::string_view text) : m_text(text) { }

    /// JSON's whitespace: space, tab, line feed, carriage return.
    static bool isJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

protected:
    [[nodiscard]] bool atEnd() const { return m_pos >= m_text.size(); }
    /// The next character; '\0' at the end.
    [[nodiscard]] char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    /// Takes `c` when it comes next.
    bool take(char c)
    {
        if (peek() != c || atEnd())
            return false;
        ++m_pos;
        return true;
    }

    /// Takes `word` when the text goes on with it.
    bool takeWord(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        return true;
    }

    enum class AfterItem { Next, Closed, Bad };

    /// What follows an item of a list or object after any space: ',' (taken, and the space
    /// after it), the closing `close` (taken), or anything else (left where it is).
    AfterItem afterItem(char close)
    {
        skipSpace();
        if (take(close))
            return AfterItem::Closed;
        if (!take(','))
            return AfterItem::Bad;
        skipSpace();
        return AfterItem::Next;
    }

    /// Skips the characters `isSpace` says are space (JSON's by default).
    void skipSpace(bool (*isSpace)(char) = &isJsonSpace)
    {
        while (!atEnd() && isSpace(m_text[m_pos]))
            ++m_pos;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace ferry
