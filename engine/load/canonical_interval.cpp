// SPDX-License-Identifier: MIT
#include "engine/load/canonical_interval.h"

#include "engine/core/text.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace ferry::load {

namespace {

constexpr int64_t MicrosPerSecond = 1'000'000;
constexpr int64_t MicrosPerMinute = 60 * MicrosPerSecond;
constexpr int64_t MicrosPerHour = 60 * MicrosPerMinute;
constexpr int64_t MicrosPerDay = 24 * MicrosPerHour;
/// Fraction digits read; more are ignored (far below a microsecond of a millennium).
constexpr int MaxFractionDigits = 15;

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool isLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

char lowered(char c) { return char(std::tolower(static_cast<unsigned char>(c))); }

/// A number as read: sign, whole part and a decimal fraction numerator / denominator.
struct Number
{
    bool negative = false;
    bool explicitSign = false;
    int64_t whole = 0;
    int64_t numerator = 0;
    int64_t denominator = 1;
};

/// Reads [+-]digits[.digits] at text[pos]; false when there are no digits.
bool readNumber(std::string_view text, size_t &pos, Number &number)
{
    size_t i = pos;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
        number.explicitSign = true;
        number.negative = text[i] == '-';
        ++i;
    }
    const size_t digitsStart = i;
    for (; i < text.size() && isDigit(text[i]); ++i) {
        if (__builtin_mul_overflow(number.whole, 10, &number.whole)
            || __builtin_add_overflow(number.whole, text[i] - '0', &number.whole))
            return false;
    }
    bool any = i > digitsStart;
    if (i < text.size() && text[i] == '.') {
        ++i;
        for (int digits = 0; i < text.size() && isDigit(text[i]); ++i, ++digits) {
            any = true;
            if (digits < MaxFractionDigits) {
                number.numerator = number.numerator * 10 + (text[i] - '0');
                number.denominator *= 10;
            }
        }
    }
    if (!any)
        return false;
    pos = i;
    return true;
}

__extension__ typedef __int128 Wide; // numerator x scale needs up to 90 bits

/// numerator * scale / denominator rounded to the nearest integer, ties to even.
int64_t scaledFraction(const Number &number, int64_t scale)
{
    const Wide product = Wide(number.numerator) * scale;
    Wide quotient = product / number.denominator;
    const Wide remainder = product % number.denominator;
    if (2 * remainder > number.denominator
        || (2 * remainder == number.denominator && (quotient & 1)))
        ++quotient;
    return int64_t(quotient);
}

/// Sums an interval's parts, failing on overflow.
class Accumulator
{
public:
    bool addMonths(int64_t months) { return add(m_value.months, months); }
    bool addDays(int64_t days) { return add(m_value.days, days); }
    bool addMicros(int64_t micros) { return add(m_value.microseconds, micros); }

    /// number x unit microseconds (a time unit), the fraction rounded to a microsecond.
    bool addTime(const Number &number, int64_t unit)
    {
        int64_t whole = 0;
        if (__builtin_mul_overflow(number.whole, unit, &whole))
            return false;
        const int64_t micros = whole + scaledFraction(number, unit);
        return addMicros(number.negative ? -micros : micros);
    }

    /// number x days: the fraction of a day becomes microseconds.
    bool addDayCount(const Number &number, int64_t daysPerUnit)
    {
        int64_t days = 0;
        if (__builtin_mul_overflow(number.whole, daysPerUnit, &days))
            return false;
        // The fraction in whole days, then the rest of a day in microseconds.
        const int64_t fractionMicros = scaledFraction(number, daysPerUnit * MicrosPerDay);
        days += fractionMicros / MicrosPerDay;
        const int64_t micros = fractionMicros % MicrosPerDay;
        return addDays(number.negative ? -days : days)
            && addMicros(number.negative ? -micros : micros);
    }

    /// number x months: PostgreSQL turns the fraction of a month into days of 30.
    bool addMonthCount(const Number &number, int64_t monthsPerUnit)
    {
        int64_t months = 0;
        if (__builtin_mul_overflow(number.whole, monthsPerUnit, &months))
            return false;
        if (monthsPerUnit > 1) {
            // Years and longer: the fraction as whole months, rounded.
            months += scaledFraction(number, monthsPerUnit);
            return addMonths(number.negative ? -months : months);
        }
        Number fraction = number;
        fraction.whole = 0;
        return addMonths(number.negative ? -months : months) && addDayCount(fraction, 30);
    }

    IntervalValue value() const { return m_value; }

private:
    static bool add(int64_t &total, int64_t value)
    {
        return !__builtin_add_overflow(total, value, &total);
    }

    IntervalValue m_value;
};

enum class Unit {
    None,
    Micro,
    Milli,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
    Millennium
};

Unit unitOf(std::string_view word)
{
    struct Name
    {
        std::string_view name;
        Unit unit;
    };
    static constexpr Name Names[] = {
        {"microsecond", Unit::Micro},
        {"microseconds", Unit::Micro},
        {"us", Unit::Micro},
        {"usec", Unit::Micro},
        {"usecs", Unit::Micro},
        {"millisecond", Unit::Milli},
        {"milliseconds", Unit::Milli},
        {"ms", Unit::Milli},
        {"msec", Unit::Milli},
        {"msecs", Unit::Milli},
        {"second", Unit::Second},
        {"seconds", Unit::Second},
        {"s", Unit::Second},
        {"sec", Unit::Second},
        {"secs", Unit::Second},
        {"minute", Unit::Minute},
        {"minutes", Unit::Minute},
        {"m", Unit::Minute},
        {"min", Unit::Minute},
        {"mins", Unit::Minute},
        {"hour", Unit::Hour},
        {"hours", Unit::Hour},
        {"h", Unit::Hour},
        {"hr", Unit::Hour},
        {"hrs", Unit::Hour},
        {"day", Unit::Day},
        {"days", Unit::Day},
        {"d", Unit::Day},
        {"week", Unit::Week},
        {"weeks", Unit::Week},
        {"w", Unit::Week},
        {"month", Unit::Month},
        {"months", Unit::Month},
        {"mon", Unit::Month},
        {"mons", Unit::Month},
        {"year", Unit::Year},
        {"years", Unit::Year},
        {"y", Unit::Year},
        {"yr", Unit::Year},
        {"yrs", Unit::Year},
        {"decade", Unit::Decade},
        {"decades", Unit::Decade},
        {"dec", Unit::Decade},
        {"century", Unit::Century},
        {"centuries", Unit::Century},
        {"c", Unit::Century},
        {"cent", Unit::Century},
        {"millennium", Unit::Millennium},
        {"millennia", Unit::Millennium},
        {"mil", Unit::Millennium},
        {"mils", Unit::Millennium},
    };
    for (const Name &name : Names) {
        if (name.name == word)
            return name.unit;
    }
    return Unit::None;
}

bool addUnit(Accumulator &sum, const Number &number, Unit unit)
{
    switch (unit) {
    case Unit::Micro:
        return sum.addTime(number, 1);
    case Unit::Milli:
        return sum.addTime(number, 1000);
    case Unit::Second:
        return sum.addTime(number, MicrosPerSecond);
    case Unit::Minute:
        return sum.addTime(number, MicrosPerMinute);
    case Unit::Hour:
        return sum.addTime(number, MicrosPerHour);
    case Unit::Day:
        return sum.addDayCount(number, 1);
    case Unit::Week:
        return sum.addDayCount(number, 7);
    case Unit::Month:
        return sum.addMonthCount(number, 1);
    case Unit::Year:
        return sum.addMonthCount(number, 12);
    case Unit::Decade:
        return sum.addMonthCount(number, 120);
    case Unit::Century:
        return sum.addMonthCount(number, 1200);
    case Unit::Millennium:
        return sum.addMonthCount(number, 12000);
    case Unit::None:
        return false;
    }
    return false;
}

/// ISO 8601 with designators: P[nY][nM][nW][nD][T[nH][nM][nS]], parts signed as PostgreSQL
/// prints them.
std::optional<IntervalValue> parseIso(std::string_view text)
{
    Accumulator sum;
    size_t pos = 1; // after P
    bool time = false;
    bool any = false;
    while (pos < text.size()) {
        if (!time && text[pos] == 'T') {
            time = true;
            ++pos;
            continue;
        }
        Number number;
        if (!readNumber(text, pos, number) || pos >= text.size())
            return std::nullopt;
        const char designator = text[pos++];
        Unit unit = Unit::None;
        switch (designator) {
        case 'Y':
            unit = time ? Unit::None : Unit::Year;
            break;
        case 'M':
            unit = time ? Unit::Minute : Unit::Month;
            break;
        case 'W':
            unit = time ? Unit::None : Unit::Week;
            break;
        case 'D':
            unit = time ? Unit::None : Unit::Day;
            break;
        case 'H':
            unit = time ? Unit::Hour : Unit::None;
            break;
        case 'S':
            unit = time ? Unit::Second : Unit::None;
            break;
        default:
            break;
        }
        if (!addUnit(sum, number, unit))
            return std::nullopt;
        any = true;
    }
    if (!any)
        return std::nullopt;
    return sum.value();
}

/// The last field of a declared field list ("day to second" -> second).
Unit lastField(std::string_view fields)
{
    const size_t space = fields.find_last_of(' ');
    const std::string_view last
        = space == std::string_view::npos ? fields : fields.substr(space + 1);
    const Unit unit = unitOf(last);
    return unit == Unit::None ? Unit::Second : unit;
}

/// One item of the PostgreSQL and SQL-standard forms.
struct Item
{
    enum class Kind { Quantity, Bare, Time, YearMonth } kind = Kind::Bare;
    Number number; ///< Quantity, Bare: the number; Time: seconds; YearMonth: years
    Unit unit = Unit::None; ///< Quantity
    int64_t hours = 0; ///< Time
    int64_t minutes = 0; ///< Time
    int64_t months = 0; ///< YearMonth
};

/// H:M[:S[.f]] (M:S[.f] when minutesFirst) after the first number, at text[pos] == ':'.
bool readTime(std::string_view text, size_t &pos, Item &item, bool minutesFirst)
{
    std::vector<Number> parts {item.number};
    while (pos < text.size() && text[pos] == ':' && parts.size() < 3) {
        ++pos;
        Number part;
        if (pos >= text.size() || !isDigit(text[pos]) || !readNumber(text, pos, part))
            return false;
        parts.push_back(part);
    }
    for (size_t i = 0; i + 1 < parts.size(); ++i) {
        if (parts[i].numerator != 0)
            return false; // only the seconds may have a fraction
    }
    item.kind = Item::Kind::Time;
    const bool hasHours = parts.size() == 3 || !minutesFirst;
    item.hours = hasHours ? parts[0].whole : 0;
    item.minutes = parts.size() == 3 ? parts[1].whole : hasHours ? parts[1].whole : parts[0].whole;
    item.number = parts.size() == 3 ? parts[2] : hasHours ? Number {} : parts[1];
    item.number.negative = parts[0].negative;
    item.number.explicitSign = parts[0].explicitSign;
    return true;
}

bool readWord(std::string_view text, size_t &pos, std::string &word)
{
    word.clear();
    while (pos < text.size() && isLetter(text[pos]))
        word.push_back(lowered(text[pos++]));
    return !word.empty();
}

/// Reads the items of the PostgreSQL / SQL-standard forms; false on anything else.
bool readItems(std::string_view text, std::string_view fields, std::vector<Item> &items, bool &ago)
{
    const bool minutesFirst = fields == "minute to second";
    std::string word;
    size_t pos = 0;
    while (pos < text.size()) {
        if (isSpace(text[pos]) || text[pos] == '@') {
            ++pos;
            continue;
        }
        if (isLetter(text[pos])) {
            readWord(text, pos, word);
            if (word != "ago" || ago)
                return false;
            ago = true;
            continue;
        }
        Item item;
        if (!readNumber(text, pos, item.number))
            return false;
        if (pos < text.size() && text[pos] == ':') {
            if (!readTime(text, pos, item, minutesFirst))
                return false;
        } else if (pos + 1 < text.size() && text[pos] == '-' && isDigit(text[pos + 1])
                   && item.number.numerator == 0) {
            ++pos;
            Number month;
            if (!readNumber(text, pos, month) || month.numerator != 0)
                return false;
            item.kind = Item::Kind::YearMonth;
            item.months = item.number.whole * 12 + month.whole;
        } else {
            size_t next = pos;
            while (next < text.size() && isSpace(text[next]))
                ++next;
            if (next < text.size() && isLetter(text[next])) {
                readWord(text, next, word);
                item.unit = unitOf(word);
                if (item.unit != Unit::None) {
                    item.kind = Item::Kind::Quantity;
                    pos = next;
                }
            }
        }
        items.push_back(item);
    }
    return !items.empty();
}

/// The unit of each bare number: days before a time or another bare number (the SQL
/// standard's "D H:M:S" and "D H"), the declared last field otherwise.
void assignBareUnits(std::vector<Item> &items, std::string_view fields)
{
    for (size_t i = 0; i < items.size(); ++i) {
        Item &item = items[i];
        if (item.kind != Item::Kind::Bare)
            continue;
        const bool beforeTime = i + 1 < items.size()
            && (items[i + 1].kind == Item::Kind::Time || items[i + 1].kind == Item::Kind::Bare);
        item.kind = Item::Kind::Quantity;
        item.unit = beforeTime ? Unit::Day : lastField(fields);
    }
}

bool addItem(Accumulator &sum, const Item &item)
{
    switch (item.kind) {
    case Item::Kind::Quantity:
        return addUnit(sum, item.number, item.unit);
    case Item::Kind::YearMonth:
        return sum.addMonths(item.number.negative ? -item.months : item.months);
    case Item::Kind::Time: {
        int64_t micros = 0;
        if (__builtin_mul_overflow(item.hours, MicrosPerHour, &micros)
            || __builtin_add_overflow(micros, item.minutes * MicrosPerMinute, &micros))
            return false;
        Number seconds = item.number;
        seconds.negative = false;
        const int64_t fraction
            = seconds.whole * MicrosPerSecond + scaledFraction(seconds, MicrosPerSecond);
        if (__builtin_add_overflow(micros, fraction, &micros))
            return false;
        return sum.addMicros(item.number.negative ? -micros : micros);
    }
    case Item::Kind::Bare:
        return false;
    }
    return false;
}

/// The SQL standard's sign rule, for text without unit words: a leading minus applies to every
/// field when no other field has a sign ("-1 2:03:04" is minus 1 day 2:03:04).
bool leadingSignAppliesToAll(const std::vector<Item> &items, std::string_view fields)
{
    if (fields.empty() || !items[0].number.negative)
        return false;
    return std::none_of(items.begin() + 1, items.end(),
                        [](const Item &item) { return item.number.explicitSign; });
}

std::optional<IntervalValue> parseWords(std::string_view text, std::string_view fields)
{
    std::vector<Item> items;
    bool ago = false;
    if (!readItems(text, fields, items, ago))
        return std::nullopt;
    const bool unitWords = std::any_of(items.begin(), items.end(), [](const Item &item) {
        return item.kind == Item::Kind::Quantity;
    });
    const bool negateAll = !unitWords && leadingSignAppliesToAll(items, fields);
    assignBareUnits(items, fields);
    Accumulator sum;
    for (Item &item : items) {
        if (negateAll)
            item.number.negative = true;
        if (!addItem(sum, item))
            return std::nullopt;
    }
    IntervalValue value = sum.value();
    if (ago) {
        value.months = -value.months;
        value.days = -value.days;
        value.microseconds = -value.microseconds;
    }
    return value;
}

void appendPart(std::string &out, int64_t value, char designator)
{
    if (value == 0)
        return;
    out += std::to_string(value);
    out.push_back(designator);
}

} // namespace

std::optional<IntervalValue> parseInterval(std::string_view text, std::string_view fields)
{
    text = trimmed(text);
    if (text.empty())
        return std::nullopt;
    if (text.front() == 'P')
        return parseIso(text);
    return parseWords(text, fields);
}

void appendInterval(std::string &out, const IntervalValue &value)
{
    if (value.months == 0 && value.days == 0 && value.microseconds == 0) {
        out += "PT0S";
        return;
    }
    out.push_back('P');
    appendPart(out, value.months / 12, 'Y');
    appendPart(out, value.months % 12, 'M');
    appendPart(out, value.days, 'D');
    const int64_t micros = value.microseconds;
    if (micros == 0)
        return;
    out.push_back('T');
    appendPart(out, micros / MicrosPerHour, 'H');
    appendPart(out, micros % MicrosPerHour / MicrosPerMinute, 'M');
    const int64_t rest = micros % MicrosPerMinute;
    if (rest == 0)
        return;
    if (rest < 0)
        out.push_back('-');
    const int64_t absolute = rest < 0 ? -rest : rest;
    out += std::to_string(absolute / MicrosPerSecond);
    int64_t fraction = absolute % MicrosPerSecond;
    if (fraction != 0) {
        std::string digits = std::to_string(fraction + MicrosPerSecond).substr(1);
        digits.erase(digits.find_last_not_of('0') + 1);
        out.push_back('.');
        out += digits;
    }
    out.push_back('S');
}

bool appendCanonicalInterval(std::string &out, std::string_view text, std::string_view fields)
{
    const std::optional<IntervalValue> value = parseInterval(text, fields);
    if (!value)
        return false;
    appendInterval(out, *value);
    return true;
}

} // namespace ferry::load
