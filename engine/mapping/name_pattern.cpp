// SPDX-License-Identifier: MIT
// matchesPattern: the wildcards of DMS object-locators.
#include "engine/mapping/mapping_plan.h"

#include <utility>
#include <vector>

namespace ferry::mapping {

namespace {

/// Decodes UTF-8 into code points; an invalid byte stands for itself so nothing is lost.
std::u32string decodeUtf8(std::string_view text)
{
    std::u32string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        int extra = -1;
        if (lead < 0x80)
            extra = 0;
        else if ((lead >> 5) == 0x6)
            extra = 1;
        else if ((lead >> 4) == 0xE)
            extra = 2;
        else if ((lead >> 3) == 0x1E)
            extra = 3;
        if (extra < 0 || i + size_t(extra) >= text.size()) {
            out.push_back(lead);
            ++i;
            continue;
        }
        char32_t code = extra == 0 ? lead : lead & (0x3F >> extra);
        bool valid = true;
        for (int k = 1; k <= extra; ++k) {
            const auto next = static_cast<unsigned char>(text[i + size_t(k)]);
            if ((next & 0xC0) != 0x80) {
                valid = false;
                break;
            }
            code = (code << 6) | (next & 0x3F);
        }
        if (!valid) {
            out.push_back(lead);
            ++i;
            continue;
        }
        out.push_back(code);
        i += size_t(extra) + 1;
    }
    return out;
}

/// One element of a pattern: `%`, or something that matches exactly one character.
struct Token
{
    enum class Kind { AnyRun, AnyOne, Literal, Set };
    Kind kind = Kind::Literal;
    char32_t literal = 0;
    std::vector<std::pair<char32_t, char32_t>> ranges; ///< Set: inclusive ranges

    bool matches(char32_t c) const
    {
        switch (kind) {
        case Kind::AnyOne:
            return true;
        case Kind::Literal:
            return c == literal;
        case Kind::Set:
            for (const auto &[low, high] : ranges) {
                if (c >= low && c <= high)
                    return true;
            }
            return false;
        case Kind::AnyRun:
            break;
        }
        return false;
    }
};

/**
 * DMS wildcards (reference §2.3, [REF Wildcards]): `%` any run of characters, `_` one
 * character, `[ab]` a set, `[a-d]` a range, `[_]` a literal underscore. A `[` without a
 * closing `]` is an ordinary character. No escape character: DMS has one only through an
 * Oracle endpoint attribute (escapeCharacter), which Ferry's sources do not have.
 */
std::vector<Token> tokenize(const std::u32string &pattern)
{
    std::vector<Token> tokens;
    for (size_t i = 0; i < pattern.size(); ++i) {
        const char32_t c = pattern[i];
        Token token;
        if (c == U'%') {
            if (!tokens.empty() && tokens.back().kind == Token::Kind::AnyRun)
                continue;
            token.kind = Token::Kind::AnyRun;
        } else if (c == U'_') {
            token.kind = Token::Kind::AnyOne;
        } else if (c == U'[') {
            const size_t close = pattern.find(U']', i + 2);
            if (close == std::u32string::npos) {
                token.literal = c;
            } else {
                token.kind = Token::Kind::Set;
                for (size_t k = i + 1; k < close; ++k) {
                    if (k + 2 < close && pattern[k + 1] == U'-') {
                        token.ranges.emplace_back(pattern[k], pattern[k + 2]);
                        k += 2;
                    } else {
                        token.ranges.emplace_back(pattern[k], pattern[k]);
                    }
                }
                i = close;
            }
        } else {
            token.literal = c;
        }
        tokens.push_back(std::move(token));
    }
    return tokens;
}

} // namespace

bool matchesPattern(std::string_view pattern, std::string_view name)
{
    // Most locators are "%" or an exact name: decide those without decoding anything.
    if (pattern == "%")
        return true;
    if (pattern.find_first_of("%_[") == std::string_view::npos)
        return pattern == name;
    const std::vector<Token> tokens = tokenize(decodeUtf8(pattern));
    const std::u32string text = decodeUtf8(name);
    // Greedy matching with backtracking to the last `%` (linear in practice, O(n*m) at worst).
    size_t t = 0;
    size_t p = 0;
    size_t starToken = std::string::npos;
    size_t starText = 0;
    while (t < text.size()) {
        if (p < tokens.size() && tokens[p].kind == Token::Kind::AnyRun) {
            starToken = p++;
            starText = t;
        } else if (p < tokens.size() && tokens[p].matches(text[t])) {
            ++p;
            ++t;
        } else if (starToken != std::string::npos) {
            p = starToken + 1;
            t = ++starText;
        } else {
            return false;
        }
    }
    while (p < tokens.size() && tokens[p].kind == Token::Kind::AnyRun)
        ++p;
    return p == tokens.size();
}

} // namespace ferry::mapping
