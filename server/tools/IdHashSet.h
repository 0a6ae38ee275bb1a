#pragma once

#include <QByteArrayView>
#include <QHashFunctions>

#include <cstdint>
#include <vector>

namespace sellercrm::server {

// A compact set of opaque IDs for import checks over millions of rows (duplicate IDs, unknown
// foreign keys): it keeps a 64-bit hash of each ID (8 bytes per slot, open addressing) instead of
// the strings. A false "present" needs two different IDs with the same 64-bit hash (probability
// about n^2 / 2^65, below 10^-5 for 10 million IDs); a "missing" answer is always right.
class IdHashSet final
{
public:
    // Returns false when the ID was (probably, see above) present already.
    bool insert(QByteArrayView id)
    {
        if ((m_size + 1) * 10 > m_slots.size() * 7)
            grow();
        const std::uint64_t key = hashOf(id);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t slot = key & mask;; slot = (slot + 1) & mask) {
            if (m_slots[slot] == key)
                return false;
            if (m_slots[slot] == 0) {
                m_slots[slot] = key;
                ++m_size;
                return true;
            }
        }
    }

    bool contains(QByteArrayView id) const
    {
        if (m_slots.empty())
            return false;
        const std::uint64_t key = hashOf(id);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t slot = key & mask;; slot = (slot + 1) & mask) {
            if (m_slots[slot] == key)
                return true;
            if (m_slots[slot] == 0)
                return false;
        }
    }

    std::size_t size() const { return m_size; }

private:
    static std::uint64_t hashOf(QByteArrayView id)
    {
        const std::uint64_t hash = qHashBits(id.data(), static_cast<size_t>(id.size()), 0x5eed5e11e4c4a7ULL);
        return hash == 0 ? 1 : hash;
    }

    void grow()
    {
        std::vector<std::uint64_t> old;
        old.swap(m_slots);
        m_slots.assign(old.empty() ? 1024 : old.size() * 2, 0);
        const std::size_t mask = m_slots.size() - 1;
        for (const std::uint64_t key : old) {
            if (key == 0)
                continue;
            std::size_t slot = key & mask;
            while (m_slots[slot] != 0)
                slot = (slot + 1) & mask;
            m_slots[slot] = key;
        }
    }

    std::vector<std::uint64_t> m_slots;
    std::size_t m_size = 0;
};

} // namespace sellercrm::server
