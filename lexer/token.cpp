// Names and descriptions of the named tokens, expanded from the one list in tokens.def.
#include "lexer/token.h"

namespace miniphp {
namespace {

struct TokenInfo {
    const char* name;
    const char* description;
};

constexpr TokenInfo token_infos[] = {
#define MINIPHP_TOKEN(name, description) { #name, description },
#include "lexer/tokens.def"
#undef MINIPHP_TOKEN
};

const TokenInfo* info_for(int kind)
{
    if (kind <= TOKEN_BEFORE_FIRST_NAMED || kind >= TOKEN_AFTER_LAST_NAMED)
        return nullptr;
    return &token_infos[kind - TOKEN_BEFORE_FIRST_NAMED - 1];
}

} // namespace

const char* token_name(int kind)
{
    // PHP's parser calls `::` T_PAAMAYIM_NEKUDOTAYIM, but token_name() in its tokenizer says T_DOUBLE_COLON.
    if (kind == T_PAAMAYIM_NEKUDOTAYIM)
        return "T_DOUBLE_COLON";
    const TokenInfo* info = info_for(kind);
    return info ? info->name : nullptr;
}

const char* token_description(int kind)
{
    const TokenInfo* info = info_for(kind);
    return info ? info->description : "";
}

} // namespace miniphp
