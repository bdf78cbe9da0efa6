// A randomised test of the hash table against a simple reference model: millions of inserts, updates,
// deletes, appends and lookups with integer and string keys (numeric strings included, so PHP's key
// rule is exercised), on packed and hash layouts, with copy-on-write copies taken along the way and
// checked later to be unaffected by writes to the original.
//
// The model is a vector of (key, value) in insertion order, with tombstones, plus a std::map from key
// to vector slot, plus PHP's next-free-index counter. The model normalises string keys on its own
// (a key is an integer when printing the parsed integer gives back the same text), independently of
// the table's implementation.
#include "value_fixture.h"

#include <cerrno>
#include <cstdlib>
#include <map>
#include <optional>
#include <random>
#include <vector>

namespace {

struct ModelKey {
    bool is_int;
    zend_long number;
    std::string text;
    bool operator<(const ModelKey& other) const
    {
        if (is_int != other.is_int)
            return is_int;
        return is_int ? number < other.number : text < other.text;
    }
};

std::optional<zend_long> canonical_integer(const std::string& s)
{
    if (s.empty())
        return std::nullopt;
    errno = 0;
    char* end = nullptr;
    long long value = std::strtoll(s.c_str(), &end, 10);
    if (errno != 0 || end != s.c_str() + s.size())
        return std::nullopt;
    if (std::to_string(value) != s)
        return std::nullopt;
    return static_cast<zend_long>(value);
}

struct ModelEntry {
    ModelKey key;
    zend_long value;
    bool alive;
};

class Model {
public:
    std::vector<ModelEntry> order;
    std::map<ModelKey, size_t> index;
    size_t alive = 0;
    zend_long next_free = ZEND_LONG_MIN;

    std::optional<zend_long> find(const ModelKey& key) const
    {
        auto it = index.find(key);
        if (it == index.end())
            return std::nullopt;
        return order[it->second].value;
    }

    // Returns true when the key was new.
    bool set(const ModelKey& key, zend_long value)
    {
        auto it = index.find(key);
        if (it != index.end()) {
            order[it->second].value = value;
            return false;
        }
        index.emplace(key, order.size());
        order.push_back({ key, value, true });
        ++alive;
        return true;
    }

    void note_integer(zend_long key, bool table_packed_after_insert)
    {
        // PHP 8.2: the packed layout sets next to key + 1; the hash layout keeps the maximum.
        if (table_packed_after_insert)
            next_free = key + 1;
        else if (key >= next_free)
            next_free = key < ZEND_LONG_MAX ? key + 1 : ZEND_LONG_MAX;
    }

    bool erase(const ModelKey& key)
    {
        auto it = index.find(key);
        if (it == index.end())
            return false;
        order[it->second].alive = false;
        index.erase(it);
        --alive;
        if (order.size() > 64 && alive < order.size() / 2)
            compact();
        return true;
    }

    void compact()
    {
        std::vector<ModelEntry> kept;
        kept.reserve(alive);
        for (const ModelEntry& e : order) {
            if (e.alive)
                kept.push_back(e);
        }
        order.swap(kept);
        index.clear();
        for (size_t i = 0; i < order.size(); ++i)
            index.emplace(order[i].key, i);
    }

    void clear()
    {
        order.clear();
        index.clear();
        alive = 0;
        next_free = ZEND_LONG_MIN;
    }
};

// Checks that the table holds exactly the model's entries in the model's order.
::testing::AssertionResult same_contents(const HashTable* ht, const Model& model)
{
    if (zend_hash_num_elements(ht) != model.alive)
        return ::testing::AssertionFailure() << "count " << zend_hash_num_elements(ht) << " vs " << model.alive;
    size_t m = 0;
    size_t position = 0;
    for (miniphp::HashEntry entry : miniphp::hash_entries(ht)) {
        while (m < model.order.size() && !model.order[m].alive)
            ++m;
        if (m == model.order.size())
            return ::testing::AssertionFailure() << "table has more entries than the model";
        const ModelEntry& expected = model.order[m++];
        const bool is_int = entry.key == nullptr;
        if (is_int != expected.key.is_int)
            return ::testing::AssertionFailure() << "key kind differs at position " << position;
        if (is_int && static_cast<zend_long>(entry.h) != expected.key.number)
            return ::testing::AssertionFailure() << "int key " << static_cast<zend_long>(entry.h) << " vs "
                                                 << expected.key.number << " at position " << position;
        if (!is_int && std::string(ZSTR_VAL(entry.key), ZSTR_LEN(entry.key)) != expected.key.text)
            return ::testing::AssertionFailure() << "string key differs at position " << position;
        const zval* v = entry.value;
        const zend_long value = Z_TYPE_P(v) == IS_LONG ? Z_LVAL_P(v) : std::atoll(Z_STRVAL_P(v));
        if (value != expected.value)
            return ::testing::AssertionFailure() << "value " << value << " vs " << expected.value << " at position " << position;
        ++position;
    }
    return ::testing::AssertionSuccess();
}

struct Snapshot {
    zval array;
    Model model;
};

class RandomRun {
public:
    explicit RandomRun(uint32_t seed)
        : m_random(seed)
    {
        for (int i = 0; i < 1500; ++i)
            m_string_keys.push_back("key" + std::to_string(i));
        // Numeric-looking strings: some are integer keys, some stay strings.
        for (int i = -20; i < 300; ++i) {
            m_string_keys.push_back(std::to_string(i));
            m_string_keys.push_back("0" + std::to_string(i));
            m_string_keys.push_back(std::to_string(i) + ".0");
        }
        m_string_keys.push_back("-0");
        m_string_keys.push_back(" 7");
        m_string_keys.push_back("9223372036854775808");
        m_string_keys.push_back("");
        for (const std::string& s : m_string_keys)
            m_interned.push_back(zend_string_init_interned(s.data(), s.size(), false));
        ZVAL_ARR(&m_array, zend_new_array(0));
    }

    void run(size_t operations)
    {
        for (size_t op = 0; op < operations; ++op) {
            // Phases: list-like work keeps the table packed for a while, then keys scatter.
            const bool list_phase = ((op / 20000) % 3) == 0;
            if (list_phase && !m_list_phase)
                start_over(); // `$a = []`: a list starts packed
            m_list_phase = list_phase;
            step();
            ASSERT_EQ(zend_hash_num_elements(table()), m_model.alive) << "after operation " << op;
            if (op % 997 == 0) {
                ASSERT_TRUE(same_contents(table(), m_model)) << "after operation " << op;
            }
            if (HT_IS_PACKED(table()))
                ++m_packed_steps;
        }
        ASSERT_TRUE(same_contents(table(), m_model));
        for (Snapshot& s : m_snapshots)
            ASSERT_TRUE(same_contents(Z_ARR(s.array), s.model)) << "a copy changed";
        EXPECT_GT(m_packed_steps, operations / 10) << "the packed layout was exercised";
        EXPECT_GT(m_copies, operations / 1000);
    }

    ~RandomRun()
    {
        for (Snapshot& s : m_snapshots)
            zval_ptr_dtor(&s.array);
        zval_ptr_dtor(&m_array);
    }

private:
    HashTable* table() { return Z_ARR(m_array); }

    // The VM separates before every write; so do we.
    HashTable* writable()
    {
        SEPARATE_ARRAY(&m_array);
        return Z_ARR(m_array);
    }

    zend_long random_int_key()
    {
        if (m_list_phase) {
            // Updates of existing elements and appends; now and then a small gap. (Writing into a hole
            // would turn the list into a hash, and holes are common: `unset($a[last]); $a[] = x;`
            // leaves one, since the next key does not go back down.)
            const zend_long next = m_model.next_free < 0 ? 0 : m_model.next_free;
            if (std::uniform_int_distribution<int>(0, 999)(m_random) == 0)
                return next + 2;
            if (!m_model.order.empty()) {
                const ModelEntry& e = m_model.order[std::uniform_int_distribution<size_t>(0, m_model.order.size() - 1)(m_random)];
                if (e.alive && e.key.is_int)
                    return e.key.number;
            }
            return next;
        }
        switch (std::uniform_int_distribution<int>(0, 9)(m_random)) {
        case 0:
            return std::uniform_int_distribution<zend_long>(-50, -1)(m_random);
        case 1:
            return std::uniform_int_distribution<zend_long>(0, 1 << 30)(m_random);
        default:
            return std::uniform_int_distribution<zend_long>(0, 3000)(m_random);
        }
    }

    size_t random_string_index() { return std::uniform_int_distribution<size_t>(0, m_string_keys.size() - 1)(m_random); }

    ModelKey model_key_of_string(const std::string& s)
    {
        if (auto number = canonical_integer(s))
            return { true, *number, {} };
        return { false, 0, s };
    }

    zval make_value(zend_long v)
    {
        zval zv;
        if (v % 5 == 0) {
            std::string text = std::to_string(v);
            ZVAL_STRINGL(&zv, text.data(), text.size()); // refcounted values catch leaks and double frees
        } else {
            ZVAL_LONG(&zv, v);
        }
        return zv;
    }

    void insert_int(zend_long key, zend_long value)
    {
        zval zv = make_value(value);
        HashTable* ht = writable();
        zend_hash_index_update(ht, static_cast<zend_ulong>(key), &zv);
        const bool added = m_model.set({ true, key, {} }, value);
        if (added)
            m_model.note_integer(key, HT_IS_PACKED(ht));
        else
            m_model.note_integer(key, false); // an update never moves the counter past the key
    }

    void insert_string(size_t which, zend_long value)
    {
        const std::string& text = m_string_keys[which];
        zval zv = make_value(value);
        HashTable* ht = writable();
        const ModelKey key = model_key_of_string(text);
        if (std::uniform_int_distribution<int>(0, 1)(m_random)) {
            zend_symtable_update(ht, m_interned[which], &zv);
        } else {
            zend_symtable_str_update(ht, text.data(), text.size(), &zv);
        }
        const bool added = m_model.set(key, value);
        if (key.is_int)
            m_model.note_integer(key.number, added && HT_IS_PACKED(ht));
    }

    void step()
    {
        const int choice = std::uniform_int_distribution<int>(0, 99)(m_random);
        const zend_long value = std::uniform_int_distribution<zend_long>(0, 1000000)(m_random);
        if (choice < 20) {
            insert_int(random_int_key(), value);
        } else if (choice < 32) {
            if (m_list_phase)
                insert_int(random_int_key(), value);
            else
                insert_string(random_string_index(), value);
        } else if (choice < 47) {
            // $a[] = value
            zval zv = make_value(value);
            HashTable* ht = writable();
            const zend_long expected_key = m_model.next_free == ZEND_LONG_MIN ? 0 : m_model.next_free;
            zval* stored = zend_hash_next_index_insert(ht, &zv);
            ASSERT_NE(stored, nullptr);
            m_model.set({ true, expected_key, {} }, value);
            m_model.note_integer(expected_key, HT_IS_PACKED(ht));
            ASSERT_EQ(zend_hash_index_find(ht, static_cast<zend_ulong>(expected_key)), stored);
        } else if (choice < 62 && m_list_phase && std::uniform_int_distribution<int>(0, 2)(m_random) != 0) {
            // Lists mostly grow: most deletes become updates in the list phase.
            insert_int(random_int_key(), value);
        } else if (choice < 62) {
            // unset($a[k]): usually the last element in the list phase, to exercise trimming.
            ModelKey key;
            if (m_list_phase || std::uniform_int_distribution<int>(0, 1)(m_random)) {
                key = { true, random_int_key(), {} };
                if (m_list_phase && m_model.alive > 0 && std::uniform_int_distribution<int>(0, 999)(m_random) != 0) {
                    for (size_t i = m_model.order.size(); i > 0; --i) {
                        if (m_model.order[i - 1].alive) {
                            key = m_model.order[i - 1].key;
                            break;
                        }
                    }
                }
            } else {
                key = model_key_of_string(m_string_keys[random_string_index()]);
            }
            HashTable* ht = writable();
            const zend_result result = key.is_int ? zend_hash_index_del(ht, static_cast<zend_ulong>(key.number))
                                                  : zend_hash_str_del(ht, key.text.data(), key.text.size());
            ASSERT_EQ(result == SUCCESS, m_model.erase(key));
        } else if (choice < 88) {
            // Lookups, by integer, by string and by interned string.
            const zend_long int_key = random_int_key();
            const zval* found = zend_hash_index_find(table(), static_cast<zend_ulong>(int_key));
            check_found(found, m_model.find({ true, int_key, {} }));
            const size_t which = random_string_index();
            const ModelKey key = model_key_of_string(m_string_keys[which]);
            check_found(zend_symtable_find(table(), m_interned[which]), m_model.find(key));
            check_found(zend_symtable_str_find(table(), m_string_keys[which].data(), m_string_keys[which].size()),
                        m_model.find(key));
        } else if (choice < 93) {
            // add: must fail on an existing key and leave the value alone.
            const zend_long key = random_int_key();
            zval zv = make_value(value);
            HashTable* ht = writable();
            const bool exists = m_model.find({ true, key, {} }).has_value();
            zval* stored = zend_hash_index_add(ht, static_cast<zend_ulong>(key), &zv);
            ASSERT_EQ(stored == nullptr, exists);
            if (exists) {
                zval_ptr_dtor(&zv);
            } else {
                m_model.set({ true, key, {} }, value);
                m_model.note_integer(key, HT_IS_PACKED(ht));
            }
        } else if (choice < 98) {
            if (std::uniform_int_distribution<int>(0, 9)(m_random) == 0)
                take_copy();
            else
                check_found(zend_hash_index_find(table(), 0), m_model.find({ true, 0, {} }));
        } else if (choice < 99 && std::uniform_int_distribution<int>(0, 20)(m_random) == 0) {
            start_over();
        } else if (std::uniform_int_distribution<int>(0, 50)(m_random) == 0) {
            zend_hash_clean(writable());
            m_model.clear();
        }
    }

    // $a = []: start over from the shared empty array.
    void start_over()
    {
        zval_ptr_dtor(&m_array);
        ZVAL_EMPTY_ARRAY(&m_array);
        m_model.clear();
        m_model.next_free = 0;
    }

    void check_found(const zval* found, std::optional<zend_long> expected)
    {
        ASSERT_EQ(found != nullptr, expected.has_value());
        if (found) {
            const zend_long value = Z_TYPE_P(found) == IS_LONG ? Z_LVAL_P(found) : std::atoll(Z_STRVAL_P(found));
            ASSERT_EQ(value, *expected);
        }
    }

    void take_copy()
    {
        ++m_copies;
        if (m_snapshots.size() == 4) {
            // Verify and drop the oldest copy: writes to the original must not have reached it.
            Snapshot& oldest = m_snapshots.front();
            ASSERT_TRUE(same_contents(Z_ARR(oldest.array), oldest.model)) << "a copy changed";
            zval_ptr_dtor(&oldest.array);
            m_snapshots.erase(m_snapshots.begin());
        }
        Snapshot s;
        ZVAL_COPY(&s.array, &m_array); // $copy = $a: shares until either side writes
        s.model = m_model;
        s.model.compact();
        m_snapshots.push_back(std::move(s));
    }

    std::mt19937_64 m_random;
    std::vector<std::string> m_string_keys;
    std::vector<zend_string*> m_interned;
    zval m_array;
    Model m_model;
    std::vector<Snapshot> m_snapshots;
    bool m_list_phase = false;
    size_t m_packed_steps = 0;
    size_t m_copies = 0;
};

size_t operations_per_seed()
{
    if (const char* env = std::getenv("MINIPHP_RANDOM_OPS"))
        return static_cast<size_t>(std::atoll(env));
    return 1000000;
}

} // namespace

class HashRandomTest : public ValueTest, public ::testing::WithParamInterface<uint32_t> { };

TEST_P(HashRandomTest, MatchesTheReferenceModel)
{
    RandomRun run(GetParam());
    run.run(operations_per_seed());
}

INSTANTIATE_TEST_SUITE_P(Seeds, HashRandomTest, ::testing::Values(1u, 2u, 3u));
