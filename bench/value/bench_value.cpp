// The hash table against std::unordered_map: insert, lookup, delete and iterate, with the same keys.
//
// Keys are integers (sequential, which PHP stores as a packed list, and scattered, which needs the hash
// layout) and short strings ("key123456"). For string keys there are two lookup flavours on our side:
// with a zend_string whose hash is cached (what the VM has for literal and interned keys) and with a
// char pointer and length, hashed on every call (what an extension doing zend_hash_str_find pays),
// which is the like-for-like comparison with std::unordered_map<std::string, ...>.
//
// Neither container reserves space ahead: PHP arrays grow as they fill, and so does the map here.
// Run with the request heap (the engine's allocator) as PHP would; the map uses glibc malloc.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/context.h"
#include "engine/memory/heap.h"
#include "engine/value/hash_table.h"
#include "engine/value/refcount.h"
#include "engine/value/value_state.h"

namespace {

std::vector<zend_long> sequential_keys(size_t n)
{
    std::vector<zend_long> keys(n);
    for (size_t i = 0; i < n; ++i)
        keys[i] = static_cast<zend_long>(i);
    return keys;
}

std::vector<zend_long> scattered_keys(size_t n)
{
    // The same 31-bit LCG as array_work.php, so both see the same keys.
    std::vector<zend_long> keys(n);
    zend_long state = 42;
    for (size_t i = 0; i < n; ++i) {
        state = (state * 1103515245 + 12345) & 0x7fffffff;
        keys[i] = state;
    }
    return keys;
}

std::vector<std::string> string_keys(size_t n)
{
    std::vector<std::string> keys(n);
    for (size_t i = 0; i < n; ++i)
        keys[i] = "key" + std::to_string(i * 7 + 1);
    return keys;
}

// Lookup order: a shuffled copy, so neither container gets a sequential access pattern for free.
template<typename T>
std::vector<T> shuffled(std::vector<T> v)
{
    std::mt19937_64 random(7);
    std::shuffle(v.begin(), v.end(), random);
    return v;
}

struct ZendStrings {
    std::vector<zend_string*> strings;
    explicit ZendStrings(const std::vector<std::string>& keys)
    {
        for (const std::string& k : keys) {
            zend_string* s = zend_string_init(k.data(), k.size(), false);
            ZSTR_HASH(s);
            strings.push_back(s);
        }
    }
    ~ZendStrings()
    {
        for (zend_string* s : strings)
            zend_string_release(s);
    }
};

HashTable* build_int_table(const std::vector<zend_long>& keys)
{
    HashTable* ht = zend_new_array(0);
    for (zend_long k : keys) {
        zval zv;
        ZVAL_LONG(&zv, k);
        zend_hash_index_update(ht, static_cast<zend_ulong>(k), &zv);
    }
    return ht;
}

std::unordered_map<zend_long, zend_long> build_int_map(const std::vector<zend_long>& keys)
{
    std::unordered_map<zend_long, zend_long> map;
    for (zend_long k : keys)
        map[k] = k;
    return map;
}

void release(HashTable* ht)
{
    if (GC_DELREF(ht) == 0)
        zend_array_destroy(ht);
}

const std::vector<zend_long>& int_keys(bool scattered, size_t n)
{
    static std::vector<zend_long> cache[2];
    static size_t cached_n[2] = { 0, 0 };
    if (cached_n[scattered] != n) {
        cache[scattered] = scattered ? scattered_keys(n) : sequential_keys(n);
        cached_n[scattered] = n;
    }
    return cache[scattered];
}

// --- integer keys --------------------------------------------------------------------------------

void BM_Int_Insert_HashTable(benchmark::State& state)
{
    const auto& keys = int_keys(state.range(1), state.range(0));
    for (auto _ : state) {
        HashTable* ht = build_int_table(keys);
        benchmark::DoNotOptimize(ht);
        release(ht);
    }
    state.SetItemsProcessed(state.iterations() * keys.size());
}

void BM_Int_Insert_UnorderedMap(benchmark::State& state)
{
    const auto& keys = int_keys(state.range(1), state.range(0));
    for (auto _ : state) {
        auto map = build_int_map(keys);
        benchmark::DoNotOptimize(map);
    }
    state.SetItemsProcessed(state.iterations() * keys.size());
}

void BM_Int_Lookup_HashTable(benchmark::State& state)
{
    const auto& keys = int_keys(state.range(1), state.range(0));
    const auto order = shuffled(keys);
    HashTable* ht = build_int_table(keys);
    for (auto _ : state) {
        zend_long sum = 0;
        for (zend_long k : order)
            sum += Z_LVAL_P(zend_hash_index_find(ht, static_cast<zend_ulong>(k)));
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * keys.size());
    release(ht);
}

void BM_Int_Lookup_UnorderedMap(benchmark::State& state)
{
    const auto& keys = int_keys(state.range(1), state.range(0));
    const auto order = shuffled(keys);
    auto map = build_int_map(keys);
    for (auto _ : state) {
        zend_long sum = 0;
        for (zend_long k : order)
            sum += map.find(k)->second;
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * keys.size());
}

// Insert all, then delete all in shuffled order; items = deletions (the insert half is the same work
// as the insert benchmark and can be subtracted from it).
void BM_Int_InsertDelete_HashTable(benchmark::State& state)
{
    const auto& keys = int_keys(state.range(1), state.range(0));
    const auto order = shuffled(keys);
    for (auto _ : state) {
        HashTable* ht = build_int_table(keys);
        for (zend_long k : order)
            zend_hash_index_del(ht, static_cast<zend_ulong>(k));
        benchmark::DoNotOptimize(ht);
        release(ht);
    }
    state.SetItemsProcessed(state.iterations() * keys.size());
}

void BM_Int_InsertDelete_UnorderedMap(benchmark::State& state)
{
    const auto& keys = int_keys(state.range(1), state.range(0));
    const auto order = shuffled(keys);
    for (auto _ : state) {
        auto map = build_int_map(keys);
        for (zend_long k : order)
            map.erase(k);
        benchmark::DoNotOptimize(map);
    }
    state.SetItemsProcessed(state.iterations() * keys.size());
}

void BM_Int_Iterate_HashTable(benchmark::State& state)
{
    const auto& keys = int_keys(state.range(1), state.range(0));
    HashTable* ht = build_int_table(keys);
    for (auto _ : state) {
        zend_long sum = 0;
        for (miniphp::HashEntry entry : miniphp::hash_entries(ht))
            sum += Z_LVAL_P(entry.value);
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * keys.size());
    release(ht);
}

void BM_Int_Iterate_UnorderedMap(benchmark::State& state)
{
    const auto& keys = int_keys(state.range(1), state.range(0));
    auto map = build_int_map(keys);
    for (auto _ : state) {
        zend_long sum = 0;
        for (const auto& [k, v] : map)
            sum += v;
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * keys.size());
}

// --- string keys ---------------------------------------------------------------------------------

void BM_Str_Insert_HashTable(benchmark::State& state)
{
    const auto keys = string_keys(state.range(0));
    ZendStrings zkeys(keys);
    for (auto _ : state) {
        HashTable* ht = zend_new_array(0);
        for (size_t i = 0; i < keys.size(); ++i) {
            zval zv;
            ZVAL_LONG(&zv, static_cast<zend_long>(i));
            zend_hash_update(ht, zkeys.strings[i], &zv);
        }
        benchmark::DoNotOptimize(ht);
        release(ht);
    }
    state.SetItemsProcessed(state.iterations() * keys.size());
}

void BM_Str_Insert_UnorderedMap(benchmark::State& state)
{
    const auto keys = string_keys(state.range(0));
    for (auto _ : state) {
        std::unordered_map<std::string, zend_long> map;
        for (size_t i = 0; i < keys.size(); ++i)
            map[keys[i]] = static_cast<zend_long>(i);
        benchmark::DoNotOptimize(map);
    }
    state.SetItemsProcessed(state.iterations() * keys.size());
}

HashTable* build_str_table(const ZendStrings& zkeys)
{
    HashTable* ht = zend_new_array(0);
    for (size_t i = 0; i < zkeys.strings.size(); ++i) {
        zval zv;
        ZVAL_LONG(&zv, static_cast<zend_long>(i));
        zend_hash_update(ht, zkeys.strings[i], &zv);
    }
    return ht;
}

// Lookups with different zend_string objects of the same contents (hash cached), as a script's
// literal keys are: the pointer test fails and the contents are compared.
void BM_Str_Lookup_HashTable_CachedHash(benchmark::State& state)
{
    const auto keys = string_keys(state.range(0));
    ZendStrings zkeys(keys);
    ZendStrings probes(shuffled(keys));
    HashTable* ht = build_str_table(zkeys);
    for (auto _ : state) {
        zend_long sum = 0;
        for (zend_string* k : probes.strings)
            sum += Z_LVAL_P(zend_hash_find(ht, k));
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * keys.size());
    release(ht);
}

// Lookups with the very strings used as keys, as the VM does with interned names and literals: the
// pointer comparison succeeds and the key's bytes are never read.
void BM_Str_Lookup_HashTable_SameString(benchmark::State& state)
{
    const auto keys = string_keys(state.range(0));
    ZendStrings zkeys(keys);
    HashTable* ht = build_str_table(zkeys);
    std::vector<zend_string*> probes = shuffled(zkeys.strings);
    for (auto _ : state) {
        zend_long sum = 0;
        for (zend_string* k : probes)
            sum += Z_LVAL_P(zend_hash_find(ht, k));
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * keys.size());
    release(ht);
}

void BM_Str_Lookup_HashTable_CharPointer(benchmark::State& state)
{
    const auto keys = string_keys(state.range(0));
    ZendStrings zkeys(keys);
    const auto probes = shuffled(keys);
    HashTable* ht = build_str_table(zkeys);
    for (auto _ : state) {
        zend_long sum = 0;
        for (const std::string& k : probes)
            sum += Z_LVAL_P(zend_hash_str_find(ht, k.data(), k.size()));
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * keys.size());
    release(ht);
}

void BM_Str_Lookup_UnorderedMap(benchmark::State& state)
{
    const auto keys = string_keys(state.range(0));
    const auto probes = shuffled(keys);
    std::unordered_map<std::string, zend_long> map;
    for (size_t i = 0; i < keys.size(); ++i)
        map[keys[i]] = static_cast<zend_long>(i);
    for (auto _ : state) {
        zend_long sum = 0;
        for (const std::string& k : probes)
            sum += map.find(k)->second;
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * keys.size());
}

void BM_Str_InsertDelete_HashTable(benchmark::State& state)
{
    const auto keys = string_keys(state.range(0));
    ZendStrings zkeys(keys);
    ZendStrings probes(shuffled(keys));
    for (auto _ : state) {
        HashTable* ht = build_str_table(zkeys);
        for (zend_string* k : probes.strings)
            zend_hash_del(ht, k);
        benchmark::DoNotOptimize(ht);
        release(ht);
    }
    state.SetItemsProcessed(state.iterations() * keys.size());
}

void BM_Str_InsertDelete_UnorderedMap(benchmark::State& state)
{
    const auto keys = string_keys(state.range(0));
    const auto probes = shuffled(keys);
    for (auto _ : state) {
        std::unordered_map<std::string, zend_long> map;
        for (size_t i = 0; i < keys.size(); ++i)
            map[keys[i]] = static_cast<zend_long>(i);
        for (const std::string& k : probes)
            map.erase(k);
        benchmark::DoNotOptimize(map);
    }
    state.SetItemsProcessed(state.iterations() * keys.size());
}

void BM_Str_Iterate_HashTable(benchmark::State& state)
{
    const auto keys = string_keys(state.range(0));
    ZendStrings zkeys(keys);
    HashTable* ht = build_str_table(zkeys);
    for (auto _ : state) {
        zend_long sum = 0;
        for (miniphp::HashEntry entry : miniphp::hash_entries(ht))
            sum += Z_LVAL_P(entry.value) + static_cast<zend_long>(ZSTR_LEN(entry.key));
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * keys.size());
    release(ht);
}

void BM_Str_Iterate_UnorderedMap(benchmark::State& state)
{
    const auto keys = string_keys(state.range(0));
    std::unordered_map<std::string, zend_long> map;
    for (size_t i = 0; i < keys.size(); ++i)
        map[keys[i]] = static_cast<zend_long>(i);
    for (auto _ : state) {
        zend_long sum = 0;
        for (const auto& [k, v] : map)
            sum += v + static_cast<zend_long>(k.size());
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * keys.size());
}

// Copy on write: `$b = $a; $b[] = 1;` duplicates the whole array once.
void BM_Int_Separate_HashTable(benchmark::State& state)
{
    const auto& keys = int_keys(state.range(1), state.range(0));
    HashTable* ht = build_int_table(keys);
    for (auto _ : state) {
        HashTable* copy = zend_array_dup(ht);
        benchmark::DoNotOptimize(copy);
        release(copy);
    }
    state.SetItemsProcessed(state.iterations() * keys.size());
    release(ht);
}

void BM_Int_Separate_UnorderedMap(benchmark::State& state)
{
    const auto& keys = int_keys(state.range(1), state.range(0));
    auto map = build_int_map(keys);
    for (auto _ : state) {
        auto copy = map;
        benchmark::DoNotOptimize(copy);
    }
    state.SetItemsProcessed(state.iterations() * keys.size());
}

void int_args(benchmark::internal::Benchmark* b)
{
    for (int64_t n : { 1 << 10, 1 << 16, 1 << 20 })
        for (int64_t scattered : { 0, 1 })
            b->Args({ n, scattered });
    b->ArgNames({ "n", "scattered" });
}

void str_args(benchmark::internal::Benchmark* b)
{
    for (int64_t n : { 1 << 10, 1 << 16, 1 << 20 })
        b->Arg(n);
    b->ArgNames({ "n" });
}

} // namespace

BENCHMARK(BM_Int_Insert_HashTable)->Apply(int_args);
BENCHMARK(BM_Int_Insert_UnorderedMap)->Apply(int_args);
BENCHMARK(BM_Int_Lookup_HashTable)->Apply(int_args);
BENCHMARK(BM_Int_Lookup_UnorderedMap)->Apply(int_args);
BENCHMARK(BM_Int_InsertDelete_HashTable)->Apply(int_args);
BENCHMARK(BM_Int_InsertDelete_UnorderedMap)->Apply(int_args);
BENCHMARK(BM_Int_Iterate_HashTable)->Apply(int_args);
BENCHMARK(BM_Int_Iterate_UnorderedMap)->Apply(int_args);
BENCHMARK(BM_Int_Separate_HashTable)->Apply(int_args);
BENCHMARK(BM_Int_Separate_UnorderedMap)->Apply(int_args);
BENCHMARK(BM_Str_Insert_HashTable)->Apply(str_args);
BENCHMARK(BM_Str_Insert_UnorderedMap)->Apply(str_args);
BENCHMARK(BM_Str_Lookup_HashTable_CachedHash)->Apply(str_args);
BENCHMARK(BM_Str_Lookup_HashTable_SameString)->Apply(str_args);
BENCHMARK(BM_Str_Lookup_HashTable_CharPointer)->Apply(str_args);
BENCHMARK(BM_Str_Lookup_UnorderedMap)->Apply(str_args);
BENCHMARK(BM_Str_InsertDelete_HashTable)->Apply(str_args);
BENCHMARK(BM_Str_InsertDelete_UnorderedMap)->Apply(str_args);
BENCHMARK(BM_Str_Iterate_HashTable)->Apply(str_args);
BENCHMARK(BM_Str_Iterate_UnorderedMap)->Apply(str_args);

int main(int argc, char** argv)
{
    // One engine and one request around all benchmarks, with no memory limit.
    miniphp::Context* context = miniphp::context_create();
    miniphp::set_current_context(context);
    miniphp::value_engine_startup();
    miniphp::value_engine_startup_done();
    miniphp::request_startup();
    miniphp::value_request_startup();
    miniphp::memory::set_memory_limit(SIZE_MAX);

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    miniphp::value_request_shutdown();
    miniphp::request_shutdown();
    miniphp::value_engine_shutdown();
    miniphp::set_current_context(nullptr);
    miniphp::context_destroy(context);
    return 0;
}
