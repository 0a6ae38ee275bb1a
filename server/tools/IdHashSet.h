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

    static std::uint64_t hashOf(QByteArrayView id)
    {
        const std::uint64_t hash = qHashBits(id.data(), static_cast<size_t>(id.size()), 0x5eed5e11e4c4a7ULL);
        return hash == 0 ? 1 : hash;
    }

private:
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

// IdHashSet with a small integer per ID (e.g. the index of a product's seller); same hashing and
// the same caveat about collisions. find() returns -1 for a missing ID.
class IdHashMap final
{
public:
    // Returns false (and keeps the old value) when the ID was present already.
    bool insert(QByteArrayView id, std::int32_t value)
    {
        if ((m_size + 1) * 10 > m_keys.size() * 7)
            grow();
        const std::uint64_t key = IdHashSet::hashOf(id);
        const std::size_t mask = m_keys.size() - 1;
        for (std::size_t slot = key & mask;; slot = (slot + 1) & mask) {
            if (m_keys[slot] == key)
                return false;
            if (m_keys[slot] == 0) {
                m_keys[slot] = key;
                m_values[slot] = value;
                ++m_size;
                return true;
            }
        }
    }

    std::int32_t find(QByteArrayView id) const
    {
        if (m_keys.empty())
            return -1;
        const std::uint64_t key = IdHashSet::hashOf(id);
        const std::size_t mask = m_keys.size() - 1;
        for (std::size_t slot = key & mask;; slot = (slot + 1) & mask) {
            if (m_keys[slot] == key)
                return m_values[slot];
            if (m_keys[slot] == 0)
                return -1;
        }
    }

private:
    void grow()
    {
        std::vector<std::uint64_t> oldKeys;
        std::vector<std::int32_t> oldValues;
        oldKeys.swap(m_keys);
        oldValues.swap(m_values);
        const std::size_t size = oldKeys.empty() ? 1024 : oldKeys.size() * 2;
        m_keys.assign(size, 0);
        m_values.assign(size, -1);
        const std::size_t mask = size - 1;
        for (std::size_t i = 0; i < oldKeys.size(); ++i) {
            if (oldKeys[i] == 0)
                continue;
            std::size_t slot = oldKeys[i] & mask;
            while (m_keys[slot] != 0)
                slot = (slot + 1) & mask;
            m_keys[slot] = oldKeys[i];
            m_values[slot] = oldValues[i];
        }
    }

    std::vector<std::uint64_t> m_keys;
    std::vector<std::int32_t> m_values;
    std::size_t m_size = 0;
};

} // namespace sellercrm::server
