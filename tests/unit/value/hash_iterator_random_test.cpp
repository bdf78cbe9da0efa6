// A randomised test of external iterators: a table under random inserts, updates, appends, deletes
// and clears (through packed and hash layouts, growth and compaction) carries several registered
// iterators, and after every operation each iterator must stand on the element a model says it should:
// the element it stood on if that still exists, else the next one in insertion order, or the end (where
// it must then see elements appended later, as foreach by reference does).
#include "value_fixture.h"

#include <map>
#include <random>
#include <vector>

namespace {

struct Entry {
    bool is_int;
    zend_long number;
    std::string text;
    bool alive;
};

class IteratorRun {
public:
    explicit IteratorRun(uint32_t seed)
        : m_random(seed)
    {
        m_table = zend_new_array(0);
        for (int i = 0; i < 3; ++i) {
            m_iterators.push_back(zend_hash_iterator_add(m_table, 0));
            m_positions.push_back(0);
        }
    }

    ~IteratorRun()
    {
        for (uint32_t it : m_iterators)
            zend_hash_iterator_del(it);
        if (GC_DELREF(m_table) == 0)
            zend_array_destroy(m_table);
    }

    void run(size_t operations)
    {
        for (size_t op = 0; op < operations; ++op) {
            m_list_phase = ((op / 5000) % 2) == 0;
            step();
            for (size_t i = 0; i < m_iterators.size(); ++i)
                ASSERT_TRUE(check(i)) << "iterator " << i << " after operation " << op;
        }
        EXPECT_GT(m_packed_steps, 0u);
    }

private:
    // The model's element for iterator i: first alive entry at or after its model position.
    size_t expected_index(size_t i) const
    {
        size_t m = m_positions[i];
        while (m < m_order.size() && !m_order[m].alive)
            ++m;
        return m;
    }

    ::testing::AssertionResult check(size_t i)
    {
        const HashPosition pos = zend_hash_skip_holes(m_table, zend_hash_iterator_pos(m_iterators[i], m_table));
        const size_t m = expected_index(i);
        if (m == m_order.size()) {
            if (pos != m_table->nNumUsed)
                return ::testing::AssertionFailure() << "expected the end, table is at " << pos << " of " << m_table->nNumUsed;
            return ::testing::AssertionSuccess();
        }
        if (pos >= m_table->nNumUsed)
            return ::testing::AssertionFailure() << "table iterator at the end, model expects entry " << m;
        const Entry& e = m_order[m];
        zend_string* key = nullptr;
        zend_ulong number = 0;
        HashPosition p = pos;
        const int type = zend_hash_get_current_key_ex(m_table, &key, &number, &p);
        if (e.is_int != (type == HASH_KEY_IS_LONG))
            return ::testing::AssertionFailure() << "key kind differs";
        if (e.is_int && static_cast<zend_long>(number) != e.number)
            return ::testing::AssertionFailure() << "at key " << static_cast<zend_long>(number) << ", expected " << e.number;
        if (!e.is_int && std::string(ZSTR_VAL(key), ZSTR_LEN(key)) != e.text)
            return ::testing::AssertionFailure() << "at a different string key";
        return ::testing::AssertionSuccess();
    }

    void model_add(bool is_int, zend_long number, const std::string& text)
    {
        const std::string id = is_int ? "i" + std::to_string(number) : "s" + text;
        if (m_index.count(id))
            return;
        m_index[id] = m_order.size();
        m_order.push_back({ is_int, number, text, true });
        if (is_int)
            m_next = is_int && m_list_packed_rule() ? number + 1 : std::max(m_next, number + 1);
    }

    // PHP 8.2's packed layout sets the next key to key + 1 (see hash_table.cpp); mirror it.
    bool m_list_packed_rule() const { return HT_IS_PACKED(m_table); }

    void model_erase(const std::string& id)
    {
        auto it = m_index.find(id);
        if (it == m_index.end())
            return;
        m_order[it->second].alive = false;
        m_index.erase(it);
    }

    void step()
    {
        const int choice = std::uniform_int_distribution<int>(0, 99)(m_random);
        zval zv;
        ZVAL_LONG(&zv, choice);
        if (choice < 30) {
            zend_hash_next_index_insert(m_table, &zv);
            model_add(true, m_next == ZEND_LONG_MIN ? 0 : m_next, {});
        } else if (choice < 45) {
            const zend_long key = m_list_phase ? std::uniform_int_distribution<zend_long>(0, std::max<zend_long>(m_next, 0))(m_random)
                                               : std::uniform_int_distribution<zend_long>(-5, 500)(m_random);
            zend_hash_index_update(m_table, static_cast<zend_ulong>(key), &zv);
            model_add(true, key, {});
        } else if (choice < 55 && !m_list_phase) {
            const std::string key = "s" + std::to_string(std::uniform_int_distribution<int>(0, 300)(m_random));
            zend_hash_str_update(m_table, key.data(), key.size(), &zv);
            model_add(false, 0, key);
        } else if (choice < 80) {
            if (m_order.empty())
                return;
            // Delete a random entry, often one an iterator stands on.
            size_t m = std::uniform_int_distribution<size_t>(0, m_order.size() - 1)(m_random);
            if (choice < 65)
                m = expected_index(std::uniform_int_distribution<size_t>(0, m_iterators.size() - 1)(m_random));
            if (m >= m_order.size() || !m_order[m].alive)
                return;
            const Entry e = m_order[m];
            if (e.is_int) {
                ASSERT_EQ(zend_hash_index_del(m_table, static_cast<zend_ulong>(e.number)), SUCCESS);
                model_erase("i" + std::to_string(e.number));
            } else {
                ASSERT_EQ(zend_hash_str_del(m_table, e.text.data(), e.text.size()), SUCCESS);
                model_erase("s" + e.text);
            }
        } else if (choice < 97) {
            // foreach step: the iterator moves past its element.
            const size_t i = std::uniform_int_distribution<size_t>(0, m_iterators.size() - 1)(m_random);
            const HashPosition pos = zend_hash_skip_holes(m_table, zend_hash_iterator_pos(m_iterators[i], m_table));
            const size_t m = expected_index(i);
            if (pos < m_table->nNumUsed) {
                zend_hash_iterator_set_pos(m_iterators[i], pos + 1);
                m_positions[i] = m + 1;
            }
        } else if (choice < 98) {
            // Restart an iterator from the beginning (a new foreach).
            const size_t i = std::uniform_int_distribution<size_t>(0, m_iterators.size() - 1)(m_random);
            zend_hash_iterator_set_pos(m_iterators[i], 0);
            m_positions[i] = 0;
        } else if (std::uniform_int_distribution<int>(0, 30)(m_random) == 0) {
            zend_hash_clean(m_table);
            m_order.clear();
            m_index.clear();
            m_next = ZEND_LONG_MIN;
            for (size_t& p : m_positions)
                p = 0;
        }
        if (HT_IS_PACKED(m_table))
            ++m_packed_steps;
        if (m_order.size() > 256 && m_index.size() < m_order.size() / 2)
            compact_model();
    }

    void compact_model()
    {
        std::vector<size_t> alive_before(m_order.size() + 1, 0);
        for (size_t m = 0; m < m_order.size(); ++m)
            alive_before[m + 1] = alive_before[m] + (m_order[m].alive ? 1 : 0);
        for (size_t& p : m_positions)
            p = alive_before[std::min(p, m_order.size())];
        std::vector<Entry> kept;
        for (const Entry& e : m_order) {
            if (e.alive)
                kept.push_back(e);
        }
        m_order.swap(kept);
        m_index.clear();
        for (size_t m = 0; m < m_order.size(); ++m)
            m_index[m_order[m].is_int ? "i" + std::to_string(m_order[m].number) : "s" + m_order[m].text] = m;
    }

    std::mt19937 m_random;
    HashTable* m_table;
    std::vector<uint32_t> m_iterators;
    std::vector<size_t> m_positions; // model index each iterator stands at
    std::vector<Entry> m_order;
    std::map<std::string, size_t> m_index;
    zend_long m_next = ZEND_LONG_MIN;
    bool m_list_phase = true;
    size_t m_packed_steps = 0;
};

} // namespace

class HashIteratorRandomTest : public ValueTest, public ::testing::WithParamInterface<uint32_t> { };

TEST_P(HashIteratorRandomTest, IteratorsFollowTheirElements)
{
    IteratorRun run(GetParam());
    run.run(200000);
}

INSTANTIATE_TEST_SUITE_P(Seeds, HashIteratorRandomTest, ::testing::Values(11u, 12u, 13u));
