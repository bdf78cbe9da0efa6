// The ini table: PHP's configuration settings (`memory_limit`, `display_errors`, `precision`, ...).
//
// Every setting is an `Entry` in one table per engine, hanging off the Context. The engine registers its
// own settings at start-up from one list (engine/ini/core_entries.h); an extension registers its settings
// the way a PHP extension does, by passing a table built with PHP_INI_BEGIN/PHP_INI_ENTRY/PHP_INI_END to
// `zend_register_ini_entries` from its MINIT. Each entry has a default, a scope (who may change it: the
// script with ini_set, or only the configuration) and an optional on-modify callback that validates a new
// value and applies it (the memory limit, error_reporting). A callback that refuses a value leaves the
// entry unchanged.
//
// Lifetimes. Entries and their values are persistent memory (the C library), never request memory, so an
// entry never points into a heap that a request end has already released, whatever order the host tears
// down in. A value set during a request (ini_set, error_reporting()) remembers the start-up value; at
// request end `request_shutdown` puts every such entry back, calling its callback again, so the next
// request starts from the configuration. Values given on the command line (`php -d name=value`) or by an
// embedder are configuration: they become the entry's start-up value, before or after the entry is
// registered.
//
// Reading. `find` returns a pointer that stays valid until engine shutdown, so hot readers (the VM's
// `precision`) may keep it and read its cached forms (`long_value`, `double_value`, `bool_value`), which
// are refreshed on every change. The PHP spellings (INI_INT, INI_STR, INI_BOOL, INI_FLT) look the name up.
//
// Bailout. Setting a value may raise warnings (a malformed quantity) and the memory-limit callback may
// raise them too; nothing here keeps C++ objects with destructors alive across those calls.
#pragma once

#include <cstddef>
#include <cstdint>

namespace miniphp::ini {

// Who may change an entry: PHP's PHP_INI_USER (scripts, ini_set), PHP_INI_PERDIR and PHP_INI_SYSTEM
// (configuration only). The values are PHP's.
enum Modifiable : uint8_t {
    kUser = 1,
    kPerDir = 2,
    kSystem = 4,
    kAll = kUser | kPerDir | kSystem,
};

// When a change happens, as PHP's ZEND_INI_STAGE_*: at start-up (configuration), at run time (ini_set),
// or when request end restores the start-up value.
enum class Stage : uint8_t { Startup, Runtime, Deactivate };

struct Entry;

// Validates and applies a new value; false refuses it (the entry keeps its old value). `value` is
// NUL-terminated, or null for "no value" (PHP's NULL default, read back as ""). The entry still holds the
// old value while the callback runs.
using OnModify = bool (*)(Entry* entry, const char* value, size_t length, Stage stage);

// One line of a registration table (PHP_INI_ENTRY). A null `name` ends the table.
struct EntryDefinition {
    const char* name;
    const char* default_value; // null: no value
    uint8_t modifiable;
    OnModify on_modify;
};

struct Entry {
    char* name;
    size_t name_length;
    char* value; // persistent, NUL-terminated; null when the entry has no value
    size_t value_length;
    // The configuration's value while a run-time change is in effect (modified is true).
    char* original_value;
    size_t original_length;
    bool modified;
    uint8_t modifiable;
    OnModify on_modify;
    int module_number;
    // The value read as PHP's typed readers read it, refreshed on every change.
    int64_t long_value;   // strtol with base detection, as zend_ini_long
    double double_value;  // strtod, as zend_ini_double
    bool bool_value;      // on/yes/true or a non-zero number, as OnUpdateBool
};

struct IniState;

// A configuration value given before the engine reads its settings (-d, an embedder's defaults).
struct ConfigValue {
    const char* name;
    const char* value;
};

// --- Engine lifetime (on the current context) ------------------------------------------------------
// Creates the table and registers the engine's own settings, applying `config` (null/0: none) on top of
// their defaults. Values for settings registered later (extensions) are kept and applied when they come.
void engine_startup(const ConfigValue* config = nullptr, size_t count = 0);
// Frees every entry (after the modules' MSHUTDOWN have unregistered theirs, or not).
void engine_shutdown();
// Adds configuration after start-up (the CLI's -d options): the value becomes the entry's start-up value.
void set_config(const char* name, size_t name_length, const char* value, size_t value_length);
// The values a command-line host runs with, as php's CLI and embed SAPIs hard-code them (display_errors=1,
// html_errors=0, implicit_flush=1, max_execution_time=0, register_argc_argv=1).
const ConfigValue* command_line_defaults(size_t* count);

// --- Request lifetime ----------------------------------------------------------------------------------
void request_startup();
// Restores every entry changed during the request to its start-up value.
void request_shutdown();

// --- Registration (extensions' MINIT/MSHUTDOWN) ----------------------------------------------------
// Registers each definition up to the terminator; a name already registered fails the whole call.
bool register_entries(const EntryDefinition* definitions, int module_number);
void unregister_entries(int module_number);

// --- Reading -------------------------------------------------------------------------------------------
Entry* find(const char* name, size_t length);
Entry* find(const char* name);
// The current value (or, with `original`, the start-up value); "" for an entry without a value; null for
// an unknown name.
const char* get(const char* name, size_t length, bool original = false, size_t* value_length = nullptr);
int64_t get_long(const char* name, bool original = false);
double get_double(const char* name, bool original = false);
bool get_bool(const char* name, bool original = false);
// Calls `visit` for each entry in name order (ini_get_all).
void for_each(void (*visit)(void* user, const Entry* entry), void* user);

// --- Changing -------------------------------------------------------------------------------------------
// Changes an entry as `modifier` (kUser for scripts, kSystem for the host) at `stage`. Fails, changing
// nothing, for an unknown name, a scope that does not allow it, or a value the callback refuses.
bool alter(const char* name, size_t name_length, const char* value, size_t value_length, uint8_t modifier,
           Stage stage);
bool alter(Entry* entry, const char* value, size_t value_length, uint8_t modifier, Stage stage);
// ini_restore(): back to the start-up value.
bool restore(const char* name, size_t name_length);

// --- Parsing, as PHP reads values ----------------------------------------------------------------------
// "on", "yes", "true" (any case) are true; anything else is read as a number (atoi).
bool parse_bool(const char* value, size_t length);
// A quantity with an optional K/M/G multiplier ("128M", "0x10K", "-1"): zend_ini_parse_quantity. Raises
// PHP's warning `Invalid "NAME" setting. ...` for malformed text and returns what PHP returns for it.
int64_t parse_quantity_warn(const char* value, size_t length, const char* setting_name);

}

// --- PHP's spellings, for extension code -------------------------------------------------------------
#define PHP_INI_USER ::miniphp::ini::kUser
#define PHP_INI_PERDIR ::miniphp::ini::kPerDir
#define PHP_INI_SYSTEM ::miniphp::ini::kSystem
#define PHP_INI_ALL ::miniphp::ini::kAll
#define ZEND_INI_USER PHP_INI_USER
#define ZEND_INI_PERDIR PHP_INI_PERDIR
#define ZEND_INI_SYSTEM PHP_INI_SYSTEM
#define ZEND_INI_ALL PHP_INI_ALL

// An on-modify callback: `static PHP_INI_MH(OnChangeFoo) { ... return true; }`.
#define PHP_INI_MH(name) \
    bool name([[maybe_unused]] ::miniphp::ini::Entry* entry, [[maybe_unused]] const char* new_value, \
              [[maybe_unused]] size_t new_value_length, [[maybe_unused]] ::miniphp::ini::Stage stage)
#define ZEND_INI_MH(name) PHP_INI_MH(name)

#define PHP_INI_BEGIN() static const ::miniphp::ini::EntryDefinition ini_entries[] = {
#define PHP_INI_ENTRY(name, default_value, modifiable, on_modify) { name, default_value, modifiable, on_modify },
#define PHP_INI_END() { nullptr, nullptr, 0, nullptr } };
#define REGISTER_INI_ENTRIES() ::miniphp::ini::register_entries(ini_entries, module_number)
#define UNREGISTER_INI_ENTRIES() ::miniphp::ini::unregister_entries(module_number)

#define INI_INT(name) ::miniphp::ini::get_long(name, false)
#define INI_FLT(name) ::miniphp::ini::get_double(name, false)
#define INI_STR(name) ::miniphp::ini::get(name, sizeof(name) - 1, false)
#define INI_BOOL(name) ::miniphp::ini::get_bool(name, false)
#define INI_ORIG_INT(name) ::miniphp::ini::get_long(name, true)
#define INI_ORIG_FLT(name) ::miniphp::ini::get_double(name, true)
#define INI_ORIG_STR(name) ::miniphp::ini::get(name, sizeof(name) - 1, true)
#define INI_ORIG_BOOL(name) ::miniphp::ini::get_bool(name, true)

#define zend_alter_ini_entry_chars(name, name_length, value, value_length, modifier, stage) \
    ::miniphp::ini::alter((name), (name_length), (value), (value_length), (modifier), (stage))
#define zend_restore_ini_entry(name, name_length) ::miniphp::ini::restore((name), (name_length))
