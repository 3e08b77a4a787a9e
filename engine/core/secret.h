// SPDX-License-Identifier: MIT
#pragma once

#include <ostream>
#include <string>

namespace ferry {

/// A password or other secret. No implicit conversion to string; prints as "***".
/// reveal() is called only where the secret is handed to a client library.
class Secret
{
public:
    Secret() = default;
    explicit Secret(std::string value) : m_value(std::move(value)) {}
    ~Secret() { wipe(); }
    Secret(const Secret &) = default;
    Secret &operator=(const Secret &) = default;
    Secret(Secret &&other) noexcept : m_value(std::move(other.m_value)) { other.wipe(); }
    Secret &operator=(Secret &&other) noexcept
    {
        if (this != &other) {
            wipe();
            m_value = std::move(other.m_value);
            other.wipe();
        }
        return *this;
    }

    bool isEmpty() const { return m_value.empty(); }
    const std::string &reveal() const { return m_value; }

private:
    void wipe()
    {
        for (char &c : m_value)
            *static_cast<volatile char *>(&c) = 0;
        m_value.clear();
    }
    std::string m_value;
};

inline std::ostream &operator<<(std::ostream &out, const Secret &) { return out << "***"; }

} // namespace ferry
