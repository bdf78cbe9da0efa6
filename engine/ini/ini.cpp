// The ini table (see ini.h): registration, lookup, changes and their undoing at request end.
//
// The table is an array of entry pointers kept sorted by name, so lookups are a binary search and
// ini_get_all walks it in PHP's (alphabetical) order. Each entry is allocated on its own, so a pointer
// handed out by `find` stays valid while later registrations grow the array. Configuration values that
// arrive before their entry is registered (an extension's setting given with -d) wait in a list.
//
// Entries changed during a request are chained in `modified` (persistent memory, like the values), so
// request end can restore them without walking the whole table.
#include "engine/ini/ini.h"

#include <cstdlib>
#include <cstring>
#include <strings.h>

#include "engine/context.h"
#include "engine/error/error.h"
#include "engine/ini/config_value.h"
#include "engine/ini/core_entries.h"
#include "engine/ini/ini_messages.h"
#include "engine/memory/heap.h"

namespace miniphp::ini {

struct PendingConfig {
    char* name;
    char* value;
    size_t value_length;
    PendingConfig* next;
};

struct IniState {
    Entry** entries = nullptr; // sorted by name
    size_t count = 0;
    size_t capacity = 0;
    Entry* core[static_cast<size_t>(CoreSetting::Count)] = {};
    Entry** modified = nullptr; // entries changed during this request
    size_t modified_count = 0;
    size_t modified_capacity = 0;
    PendingConfig* pending = nullptr;
};

namespace {

IniState* state()
{
    Context* context = current_context();
    return context ? context->ini : nullptr;
}

char* copy_text(const char* text, size_t length)
{
    char* copy = static_cast<char*>(std::malloc(length + 1));
    if (!copy)
        std::abort();
    std::memcpy(copy, text, length);
    copy[length] = '\0';
    return copy;
}

int compare_name(const Entry* entry, const char* name, size_t length)
{
    size_t shorter = entry->name_length < length ? entry->name_length : length;
    int order = std::memcmp(entry->name, name, shorter);
    if (order != 0)
        return order;
    return entry->name_length < length ? -1 : entry->name_length > length ? 1 : 0;
}

// The index of `name` in the sorted array, or where it would go (with *found false).
size_t search(IniState* ini, const char* name, size_t length, bool* found)
{
    size_t low = 0;
    size_t high = ini->count;
    while (low < high) {
        size_t middle = (low + high) / 2;
        int order = compare_name(ini->entries[middle], name, length);
        if (order == 0) {
            *found = true;
            return middle;
        }
        if (order < 0)
            low = middle + 1;
        else
            high = middle;
    }
    *found = false;
    return low;
}

void refresh_cached_forms(Entry* entry)
{
    const char* value = entry->value ? entry->value : "";
    entry->long_value = std::strtoll(value, nullptr, 0);
    entry->double_value = std::strtod(value, nullptr);
    entry->bool_value = parse_bool(value, entry->value_length);
}

void set_value(Entry* entry, const char* value, size_t length)
{
    entry->value = value ? copy_text(value, length) : nullptr;
    entry->value_length = value ? length : 0;
    refresh_cached_forms(entry);
}

PendingConfig* take_pending(IniState* ini, const char* name, size_t length)
{
    for (PendingConfig** link = &ini->pending; *link; link = &(*link)->next) {
        PendingConfig* pending = *link;
        if (std::strlen(pending->name) == length && std::memcmp(pending->name, name, length) == 0) {
            *link = pending->next;
            return pending;
        }
    }
    return nullptr;
}

void free_pending(PendingConfig* pending)
{
    std::free(pending->name);
    std::free(pending->value);
    std::free(pending);
}

// A configuration value replaces the start-up value: the callback sees it at the start-up stage, and a
// value it refuses leaves the default (PHP warns from the callback where it has something to say).
void apply_config(Entry* entry, const char* value, size_t length)
{
    if (entry->on_modify && !entry->on_modify(entry, value, length, Stage::Startup))
        return;
    char* old_value = entry->value;
    set_value(entry, value, length);
    std::free(old_value);
}

void remember_modified(IniState* ini, Entry* entry)
{
    if (ini->modified_count == ini->modified_capacity) {
        size_t capacity = ini->modified_capacity ? ini->modified_capacity * 2 : 16;
        auto* grown = static_cast<Entry**>(std::realloc(ini->modified, capacity * sizeof(Entry*)));
        if (!grown)
            std::abort();
        ini->modified = grown;
        ini->modified_capacity = capacity;
    }
    ini->modified[ini->modified_count++] = entry;
}

void forget_modified(IniState* ini, Entry* entry)
{
    for (size_t index = 0; index < ini->modified_count; ++index) {
        if (ini->modified[index] == entry) {
            ini->modified[index] = ini->modified[--ini->modified_count];
            return;
        }
    }
}

// Puts the start-up value back. The callback is told, so what it applied (a limit, a mask) follows.
void restore_entry(IniState* ini, Entry* entry, Stage stage)
{
    if (!entry->modified)
        return;
    if (entry->on_modify)
        entry->on_modify(entry, entry->original_value, entry->original_length, stage);
    std::free(entry->value);
    entry->value = entry->original_value;
    entry->value_length = entry->original_length;
    entry->original_value = nullptr;
    entry->original_length = 0;
    entry->modified = false;
    refresh_cached_forms(entry);
    forget_modified(ini, entry);
}

void free_entry(Entry* entry)
{
    if (entry->modified)
        std::free(entry->original_value);
    std::free(entry->value);
    std::free(entry->name);
    std::free(entry);
}

}

// --- Engine lifetime --------------------------------------------------------------------------------------

void engine_startup(const ConfigValue* config, size_t count)
{
    Context* context = current_context();
    if (context->ini)
        engine_shutdown();
    context->ini = new IniState;
    for (size_t index = 0; index < count; ++index)
        set_config(config[index].name, std::strlen(config[index].name), config[index].value,
                   std::strlen(config[index].value));
    register_entries(core_definitions(), 0);
    for (size_t index = 0; index < static_cast<size_t>(CoreSetting::Count); ++index)
        context->ini->core[index] = find(core_definitions()[index].name);
}

void engine_shutdown()
{
    Context* context = current_context();
    IniState* ini = context->ini;
    if (!ini)
        return;
    for (size_t index = 0; index < ini->count; ++index)
        free_entry(ini->entries[index]);
    while (PendingConfig* pending = ini->pending) {
        ini->pending = pending->next;
        free_pending(pending);
    }
    std::free(ini->entries);
    std::free(ini->modified);
    delete ini;
    context->ini = nullptr;
}

void set_config(const char* name, size_t name_length, const char* value, size_t value_length)
{
    IniState* ini = state();
    if (!ini)
        return;
    // The configuration's syntax first: On/Off, constant expressions, quotes, comments.
    char normalized[1024];
    size_t normalized_length = normalize_config_value(value, value_length, normalized, sizeof normalized);
    if (normalized_length < sizeof normalized) {
        value = normalized;
        value_length = normalized_length;
    }
    if (Entry* entry = find(name, name_length)) {
        apply_config(entry, value, value_length);
        return;
    }
    if (PendingConfig* old = take_pending(ini, name, name_length))
        free_pending(old);
    auto* pending = static_cast<PendingConfig*>(std::malloc(sizeof(PendingConfig)));
    if (!pending)
        std::abort();
    pending->name = copy_text(name, name_length);
    pending->value = copy_text(value, value_length);
    pending->value_length = value_length;
    pending->next = ini->pending;
    ini->pending = pending;
}

const ConfigValue* command_line_defaults(size_t* count)
{
    // php_cli.c's INI_DEFAULT lines (and php_embed.c's HARDCODED_INI, which agree on these).
    static const ConfigValue defaults[] = {
        { "display_errors", "1" },
        { "register_argc_argv", "1" },
        { "html_errors", "0" },
        { "implicit_flush", "1" },
        { "output_buffering", "0" },
        { "max_execution_time", "0" },
        { "max_input_time", "-1" },
    };
    *count = sizeof defaults / sizeof defaults[0];
    return defaults;
}

// --- Request lifetime ----------------------------------------------------------------------------------

void request_startup()
{
    // A host that skipped request_shutdown (or a test) must not carry changes into this request.
    request_shutdown();
}

void request_shutdown()
{
    IniState* ini = state();
    if (!ini)
        return;
    while (ini->modified_count)
        restore_entry(ini, ini->modified[ini->modified_count - 1], Stage::Deactivate);
}

// --- Registration --------------------------------------------------------------------------------------

bool register_entries(const EntryDefinition* definitions, int module_number)
{
    IniState* ini = state();
    if (!ini)
        return false;
    for (const EntryDefinition* definition = definitions; definition->name; ++definition) {
        bool found;
        size_t name_length = std::strlen(definition->name);
        size_t at = search(ini, definition->name, name_length, &found);
        if (found) {
            // As PHP: a module that registers a name twice fails to start; undo what it registered.
            unregister_entries(module_number);
            return false;
        }
        auto* entry = static_cast<Entry*>(std::calloc(1, sizeof(Entry)));
        if (!entry)
            std::abort();
        entry->name = copy_text(definition->name, name_length);
        entry->name_length = name_length;
        entry->modifiable = definition->modifiable;
        entry->on_modify = definition->on_modify;
        entry->module_number = module_number;
        if (ini->count == ini->capacity) {
            size_t capacity = ini->capacity ? ini->capacity * 2 : 128;
            auto* grown = static_cast<Entry**>(std::realloc(ini->entries, capacity * sizeof(Entry*)));
            if (!grown)
                std::abort();
            ini->entries = grown;
            ini->capacity = capacity;
        }
        std::memmove(ini->entries + at + 1, ini->entries + at, (ini->count - at) * sizeof(Entry*));
        ini->entries[at] = entry;
        ++ini->count;

        // The default first, told to the callback so it can apply it; then configuration on top.
        const char* value = definition->default_value;
        size_t length = value ? std::strlen(value) : 0;
        if (entry->on_modify)
            entry->on_modify(entry, value, length, Stage::Startup);
        set_value(entry, value, length);
        if (PendingConfig* pending = take_pending(ini, definition->name, name_length)) {
            apply_config(entry, pending->value, pending->value_length);
            free_pending(pending);
        }
    }
    return true;
}

void unregister_entries(int module_number)
{
    IniState* ini = state();
    if (!ini)
        return;
    size_t kept = 0;
    for (size_t index = 0; index < ini->count; ++index) {
        Entry* entry = ini->entries[index];
        if (entry->module_number == module_number) {
            forget_modified(ini, entry);
            free_entry(entry);
        } else {
            ini->entries[kept++] = entry;
        }
    }
    ini->count = kept;
}

// --- Reading -------------------------------------------------------------------------------------------

Entry* find(const char* name, size_t length)
{
    IniState* ini = state();
    if (!ini)
        return nullptr;
    bool found;
    size_t at = search(ini, name, length, &found);
    return found ? ini->entries[at] : nullptr;
}

Entry* find(const char* name) { return find(name, std::strlen(name)); }

Entry* core(CoreSetting setting)
{
    IniState* ini = state();
    return ini ? ini->core[static_cast<size_t>(setting)] : nullptr;
}

const char* get(const char* name, size_t length, bool original, size_t* value_length)
{
    Entry* entry = find(name, length);
    if (!entry)
        return nullptr;
    const char* value = original && entry->modified ? entry->original_value : entry->value;
    size_t size = original && entry->modified ? entry->original_length : entry->value_length;
    if (value_length)
        *value_length = value ? size : 0;
    return value ? value : "";
}

int64_t get_long(const char* name, bool original)
{
    Entry* entry = find(name);
    if (!entry)
        return 0;
    if (original && entry->modified)
        return entry->original_value ? std::strtoll(entry->original_value, nullptr, 0) : 0;
    return entry->long_value;
}

double get_double(const char* name, bool original)
{
    Entry* entry = find(name);
    if (!entry)
        return 0;
    if (original && entry->modified)
        return entry->original_value ? std::strtod(entry->original_value, nullptr) : 0;
    return entry->double_value;
}

bool get_bool(const char* name, bool original)
{
    Entry* entry = find(name);
    if (!entry)
        return false;
    if (original && entry->modified)
        return entry->original_value && parse_bool(entry->original_value, entry->original_length);
    return entry->bool_value;
}

void for_each(void (*visit)(void* user, const Entry* entry), void* user)
{
    IniState* ini = state();
    if (!ini)
        return;
    for (size_t index = 0; index < ini->count; ++index)
        visit(user, ini->entries[index]);
}

// --- Changing -------------------------------------------------------------------------------------------

bool alter(Entry* entry, const char* value, size_t value_length, uint8_t modifier, Stage stage)
{
    IniState* ini = state();
    if (!ini || !entry || !(entry->modifiable & modifier))
        return false;
    if (stage == Stage::Startup) {
        apply_config(entry, value, value_length);
        return true;
    }
    if (entry->on_modify && !entry->on_modify(entry, value, value_length, stage))
        return false;
    if (!entry->modified) {
        entry->original_value = entry->value;
        entry->original_length = entry->value_length;
        entry->modified = true;
        remember_modified(ini, entry);
    } else {
        std::free(entry->value);
    }
    set_value(entry, value, value_length);
    return true;
}

bool alter(const char* name, size_t name_length, const char* value, size_t value_length, uint8_t modifier,
           Stage stage)
{
    return alter(find(name, name_length), value, value_length, modifier, stage);
}

bool restore(const char* name, size_t name_length)
{
    IniState* ini = state();
    Entry* entry = find(name, name_length);
    if (!entry || !(entry->modifiable & kUser))
        return false;
    restore_entry(ini, entry, Stage::Runtime);
    return true;
}

// --- Parsing -------------------------------------------------------------------------------------------

bool parse_bool(const char* value, size_t length)
{
    if ((length == 4 && strncasecmp(value, "true", 4) == 0) || (length == 3 && strncasecmp(value, "yes", 3) == 0)
        || (length == 2 && strncasecmp(value, "on", 2) == 0))
        return true;
    return std::atoi(value) != 0;
}

int64_t parse_quantity_warn(const char* value, size_t length, const char* setting_name)
{
    // engine/memory parses the unsigned form for memory_limit; the signed form is the same text with
    // an optional minus sign in front, which PHP accepts for any number here.
    const char* text = value;
    size_t text_length = length;
    while (text_length && (*text == ' ' || *text == '\t' || *text == '\n' || *text == '\r' || *text == '\v'
                           || *text == '\f')) {
        ++text;
        --text_length;
    }
    bool negative = text_length > 1 && text[0] == '-' && text[1] >= '0' && text[1] <= '9';
    if (negative) {
        ++text;
        --text_length;
    }
    char warning[512];
    size_t magnitude = memory::parse_memory_limit(text, text_length, warning, sizeof warning);
    if (warning[0]) {
        // The warning names the whole value, sign included: parse again for the text when negative.
        if (negative)
            memory::parse_memory_limit(value, length, warning, sizeof warning);
        zend_error(E_WARNING, messages::kInvalidSetting, setting_name, warning);
    }
    return negative ? -static_cast<int64_t>(magnitude) : static_cast<int64_t>(magnitude);
}

}
