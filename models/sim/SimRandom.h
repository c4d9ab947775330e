// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>

namespace wpc::sim {

// A 128-bit id rendered the way Waldur renders its ids: 32 lowercase hex digits without hyphens.
struct Uuid
{
    quint64 hi = 0;
    quint64 lo = 0;

    bool isNull() const
    {
        return hi == 0 && lo == 0;
    }
    QString hex() const;
    // Accepts 32 hex digits, or the hyphenated 8-4-4-4-12 form, in either case.
    static std::optional<Uuid> parse(QStringView text);

    friend bool operator==(const Uuid &a, const Uuid &b)
    {
        return a.hi == b.hi && a.lo == b.lo;
    }
    friend size_t qHash(const Uuid &u, size_t seed = 0)
    {
        return qHashMulti(seed, u.hi, u.lo);
    }
};

// splitmix64 finaliser: also used to derive stable per-object values (e.g. a VM's IP) from an id.
constexpr quint64 mix64(quint64 z)
{
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// The simulator's only source of randomness. std:: distributions differ between standard libraries, so
// the same seed would give different data on MSVC and libstdc++; this does not.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Inclusive on both ends.
    qint64 range(qint64 lo, qint64 hi)
    {
        return lo + qint64(next() % quint64(hi - lo + 1));
    }
    double unit()
    {
        return double(next() >> 11) * (1.0 / 9007199254740992.0);
    }
    bool chance(double p)
    {
        return unit() < p;
    }
    template <typename T, std::size_t N> const T &pick(const T (&items)[N])
    {
        return items[next() % N];
    }
    // A version-4 shaped id, like Python's uuid4().
    Uuid uuid()
    {
        Uuid u { next(), next() };
        u.hi = (u.hi & ~0xf000ULL) | 0x4000ULL;
        u.lo = (u.lo & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
        return u;
    }

private:
    quint64 m_state;
};

// An id derived from another one and a purpose tag, stable across runs (e.g. a resource's plugin scope).
inline Uuid derivedUuid(const Uuid &base, quint64 tag)
{
    Random r(mix64(base.hi ^ mix64(base.lo + tag)));
    return r.uuid();
}

} // namespace wpc::sim
