// HTML5's named character references, for the ENT_HTML5 document type of the HTML functions
// (html.cpp). See html_entities_html5.cpp for the data and where it comes from.
#pragma once

#include <cstddef>
#include <cstdint>

namespace standard {

// One character (or pair of characters: `second` not 0) and the name PHP writes for it.
struct Html5Entity {
    uint32_t first;
    uint32_t second;
    const char* name;
};

// Every entry, in PHP's order (by first character; a character's own name before its pairs).
const Html5Entity* html5_entities(size_t* count);

// The name htmlentities writes for `first`, using `next` (the following character, 0 if none) when the
// two have a name together (then *used_next is set); null when `first` has no name on its own.
const char* html5_entity_for(uint32_t first, uint32_t next, bool* used_next);

// The character(s) of "&name;" (`name` without & and ;), or false.
bool html5_entity_by_name(const char* name, size_t length, uint32_t* first, uint32_t* second);

} // namespace standard
