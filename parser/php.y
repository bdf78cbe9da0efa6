/* The PHP 8.2 grammar: an LALR(1) Bison grammar that builds the AST of parser/ast.h.
 *
 * Syntax errors must read exactly as PHP's ("syntax error, unexpected token "}", expecting ";""), and Bison
 * computes the "expecting" list from the state the automaton is in when the error is found. So at every point
 * where an error can be detected the automaton must be PHP's: this grammar keeps the same nonterminals, the same
 * precedence table and the same empty helper rules (line and doc-comment captures) as php-src's, and declares
 * the symbols in the same order, because Bison lists expected tokens in symbol order. The AST and the actions are
 * our own. The %token declarations are generated from lexer/tokens.def and inserted where the marker below is
 * (see make_grammar.py); the precedence lines come first because that is where PHP's grammar puts them, and the
 * order of first appearance is the symbol order.
 *
 * The file reads top-down: declarations, then names and attributes, top-level statements, statements, classes
 * and functions, types, expressions, variables, strings. parser.cpp holds the token feed and error wording. */

%require "3.8"
%define api.pure full
%define api.prefix {miniphp_yy}
%define api.token.prefix {MINIPHP_YY_}
%define parse.error custom
%expect 0
%parse-param {miniphp::ParserContext* ctx}
%lex-param {miniphp::ParserContext* ctx}

%code requires {
#include "parser/parser_context.h"
}

%union {
    miniphp::Node* node;
    uint32_t number;
    miniphp::Word word;
}

%code {
using namespace miniphp;
int miniphp_yylex(MINIPHP_YYSTYPE* value, ParserContext* ctx);
static void miniphp_yyerror(ParserContext* ctx, const char* message);
}

%precedence T_THROW
%precedence PREC_ARROW_FUNCTION
%precedence T_INCLUDE T_INCLUDE_ONCE T_REQUIRE T_REQUIRE_ONCE
%left T_LOGICAL_OR
%left T_LOGICAL_XOR
%left T_LOGICAL_AND
%precedence T_PRINT
%precedence T_YIELD
%precedence T_DOUBLE_ARROW
%precedence T_YIELD_FROM
%precedence '=' T_PLUS_EQUAL T_MINUS_EQUAL T_MUL_EQUAL T_DIV_EQUAL T_CONCAT_EQUAL T_MOD_EQUAL T_AND_EQUAL T_OR_EQUAL T_XOR_EQUAL T_SL_EQUAL T_SR_EQUAL T_POW_EQUAL T_COALESCE_EQUAL
%left '?' ':'
%right T_COALESCE
%left T_BOOLEAN_OR
%left T_BOOLEAN_AND
%left '|'
%left '^'
%left T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG
%nonassoc T_IS_EQUAL T_IS_NOT_EQUAL T_IS_IDENTICAL T_IS_NOT_IDENTICAL T_SPACESHIP
%nonassoc '<' T_IS_SMALLER_OR_EQUAL '>' T_IS_GREATER_OR_EQUAL
%left '.'
%left T_SL T_SR
%left '+' '-'
%left '*' '/' '%'
%precedence '!'
%precedence T_INSTANCEOF
%precedence '~' T_INT_CAST T_DOUBLE_CAST T_STRING_CAST T_ARRAY_CAST T_OBJECT_CAST T_BOOL_CAST T_UNSET_CAST '@'
%right T_POW
%precedence T_CLONE

/* The dangling else goes to the nearest if. */
%precedence T_NOELSE
%precedence T_ELSEIF
%precedence T_ELSE

/* @TOKENS@ */

/* The remaining single-character tokens, in the order PHP's grammar first uses them. */
%token ',' ']' '(' ')' ';' '{' '}' '[' '`' '"' '$'

%type <node> T_LNUMBER T_DNUMBER T_STRING T_NAME_FULLY_QUALIFIED T_NAME_RELATIVE T_NAME_QUALIFIED T_VARIABLE
%type <node> T_INLINE_HTML T_ENCAPSED_AND_WHITESPACE T_CONSTANT_ENCAPSED_STRING T_STRING_VARNAME T_NUM_STRING

%type <word> T_INCLUDE T_INCLUDE_ONCE T_EVAL T_REQUIRE T_REQUIRE_ONCE T_LOGICAL_OR T_LOGICAL_XOR T_LOGICAL_AND
%type <word> T_PRINT T_YIELD T_YIELD_FROM T_INSTANCEOF T_NEW T_CLONE T_EXIT T_IF T_ELSEIF T_ELSE T_ENDIF T_ECHO
%type <word> T_DO T_WHILE T_ENDWHILE T_FOR T_ENDFOR T_FOREACH T_ENDFOREACH T_DECLARE T_ENDDECLARE T_AS T_SWITCH
%type <word> T_ENDSWITCH T_CASE T_DEFAULT T_MATCH T_BREAK T_CONTINUE T_GOTO T_FUNCTION T_FN T_CONST T_RETURN T_TRY
%type <word> T_CATCH T_FINALLY T_THROW T_USE T_INSTEADOF T_GLOBAL T_STATIC T_ABSTRACT T_FINAL T_PRIVATE
%type <word> T_PROTECTED T_PUBLIC T_READONLY T_VAR T_UNSET T_ISSET T_EMPTY T_HALT_COMPILER T_CLASS T_TRAIT
%type <word> T_INTERFACE T_ENUM T_EXTENDS T_IMPLEMENTS T_NAMESPACE T_LIST T_ARRAY T_CALLABLE T_LINE T_FILE T_DIR
%type <word> T_CLASS_C T_TRAIT_C T_METHOD_C T_FUNC_C T_NS_C
%type <word> reserved_non_modifiers semi_reserved

%type <node> top_statement namespace_name name statement function_declaration_statement
%type <node> class_declaration_statement trait_declaration_statement legacy_namespace_name
%type <node> interface_declaration_statement interface_extends_list
%type <node> group_use_declaration inline_use_declarations inline_use_declaration
%type <node> mixed_group_use_declaration use_declaration unprefixed_use_declaration
%type <node> unprefixed_use_declarations const_decl inner_statement
%type <node> expr optional_expr while_statement for_statement foreach_variable
%type <node> foreach_statement declare_statement finally_statement unset_variable variable
%type <node> extends_from parameter optional_type_without_static argument global_var
%type <node> static_var class_statement trait_adaptation trait_precedence trait_alias
%type <node> absolute_trait_method_reference trait_method_reference property echo_expr
%type <node> new_expr anonymous_class class_name class_name_reference simple_variable
%type <node> internal_functions_in_yacc
%type <node> exit_expr scalar backticks_expr lexical_var function_call member_name property_name
%type <node> variable_class_name dereferenceable_scalar constant class_constant
%type <node> fully_dereferenceable array_object_dereferenceable
%type <node> callable_expr callable_variable static_member new_variable
%type <node> encaps_var encaps_var_offset isset_variables
%type <node> top_statement_list use_declarations const_list inner_statement_list if_stmt
%type <node> alt_if_stmt for_exprs switch_case_list global_var_list static_var_list
%type <node> echo_expr_list unset_variables catch_name_list catch_list optional_variable parameter_list
%type <node> class_statement_list implements_list case_list if_stmt_without_else
%type <node> non_empty_parameter_list argument_list non_empty_argument_list property_list
%type <node> class_const_list class_const_decl class_name_list trait_adaptations method_body non_empty_for_exprs
%type <node> ctor_arguments alt_if_stmt_without_else trait_adaptation_list lexical_vars
%type <node> lexical_var_list encaps_list
%type <node> array_pair non_empty_array_pair_list array_pair_list possible_array_pair
%type <node> isset_variable type return_type type_expr type_without_static
%type <node> identifier type_expr_without_static union_type_without_static_element union_type_without_static
%type <node> intersection_type_without_static inline_function union_type_element union_type intersection_type
%type <node> attributed_statement attributed_class_statement attributed_parameter
%type <node> attribute_decl attribute attributes attribute_group namespace_declaration_name
%type <node> match match_arm_list non_empty_match_arm_list match_arm match_arm_cond_list
%type <node> enum_declaration_statement enum_backing_type enum_case enum_case_expr
%type <node> function_name backup_doc_comment

%type <number> returns_ref function fn is_reference is_variadic variable_modifiers
%type <number> method_modifiers non_empty_member_modifiers member_modifier
%type <number> optional_property_modifiers property_modifier
%type <number> class_modifiers class_modifier use_type backup_fn_flags backup_lex_pos

%%

start:
        top_statement_list { ctx->root = $1; }
;

/* ---- Names. Keywords are names after `->`, `::`, `const`, `function` in classes, and so on. ---- */

reserved_non_modifiers:
          T_INCLUDE | T_INCLUDE_ONCE | T_EVAL | T_REQUIRE | T_REQUIRE_ONCE | T_LOGICAL_OR | T_LOGICAL_XOR | T_LOGICAL_AND
        | T_INSTANCEOF | T_NEW | T_CLONE | T_EXIT | T_IF | T_ELSEIF | T_ELSE | T_ENDIF | T_ECHO | T_DO | T_WHILE | T_ENDWHILE
        | T_FOR | T_ENDFOR | T_FOREACH | T_ENDFOREACH | T_DECLARE | T_ENDDECLARE | T_AS | T_TRY | T_CATCH | T_FINALLY
        | T_THROW | T_USE | T_INSTEADOF | T_GLOBAL | T_VAR | T_UNSET | T_ISSET | T_EMPTY | T_CONTINUE | T_GOTO
        | T_FUNCTION | T_CONST | T_RETURN | T_PRINT | T_YIELD | T_LIST | T_SWITCH | T_ENDSWITCH | T_CASE | T_DEFAULT | T_BREAK
        | T_ARRAY | T_CALLABLE | T_EXTENDS | T_IMPLEMENTS | T_NAMESPACE | T_TRAIT | T_INTERFACE | T_CLASS
        | T_CLASS_C | T_TRAIT_C | T_FUNC_C | T_METHOD_C | T_LINE | T_FILE | T_DIR | T_NS_C | T_FN | T_MATCH | T_ENUM
;

semi_reserved:
          reserved_non_modifiers
        | T_STATIC | T_ABSTRACT | T_FINAL | T_PRIVATE | T_PROTECTED | T_PUBLIC | T_READONLY
;

ampersand:
          T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG
        | T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG
;

identifier:
          T_STRING { $$ = $1; }
        | semi_reserved { $$ = ctx->keyword_identifier($1); if (!$$) YYABORT; }
;

top_statement_list:
          top_statement_list top_statement { $$ = ctx->append($1, $2); }
        | %empty { $$ = ctx->list(NodeKind::StatementList); }
;

/* A namespace declaration may be named by a keyword-like identifier, never with a leading backslash. */
namespace_declaration_name:
          identifier { $$ = $1; $$->kind = NodeKind::Name; $$->flags = NameNotFq; }
        | T_NAME_QUALIFIED { $$ = $1; }
;

/* Names imported by `use`: a leading backslash only where the legacy form allows it. */
namespace_name:
          T_STRING { $$ = $1; $$->kind = NodeKind::Name; $$->flags = NameNotFq; }
        | T_NAME_QUALIFIED { $$ = $1; }
;

legacy_namespace_name:
          namespace_name { $$ = $1; }
        | T_NAME_FULLY_QUALIFIED { $$ = $1; }
;

name:
          T_STRING { $$ = $1; $$->kind = NodeKind::Name; $$->flags = NameNotFq; }
        | T_NAME_QUALIFIED { $$ = $1; }
        | T_NAME_FULLY_QUALIFIED { $$ = $1; }
        | T_NAME_RELATIVE { $$ = $1; }
;

/* ---- Attributes: #[A, B(1)] #[C] ---- */

attribute_decl:
          class_name { $$ = ctx->node(NodeKind::Attribute, { $1, nullptr }); }
        | class_name argument_list { $$ = ctx->node(NodeKind::Attribute, { $1, $2 }); }
;

attribute_group:
          attribute_decl { $$ = ctx->list(NodeKind::AttributeGroup, $1); }
        | attribute_group ',' attribute_decl { $$ = ctx->append($1, $3); }
;

attribute:
          T_ATTRIBUTE attribute_group possible_comma ']' { $$ = $2; }
;

attributes:
          attribute { $$ = ctx->list(NodeKind::AttributeList, $1); }
        | attributes attribute { $$ = ctx->append($1, $2); }
;

attributed_statement:
          function_declaration_statement { $$ = $1; }
        | class_declaration_statement { $$ = $1; }
        | trait_declaration_statement { $$ = $1; }
        | interface_declaration_statement { $$ = $1; }
        | enum_declaration_statement { $$ = $1; }
;

/* ---- Top-level statements: namespaces, imports, constants, __halt_compiler. ---- */

top_statement:
          statement { $$ = $1; }
        | attributed_statement { $$ = $1; }
        | attributes attributed_statement { $$ = attach_attributes($2, $1); }
        | T_HALT_COMPILER '(' ')' ';'
            {
                /* The data after the statement is the script's own payload: stop reading tokens. */
                size_t offset = static_cast<size_t>(ctx->last_text + ctx->last_length - ctx->source);
                $$ = ctx->node(NodeKind::HaltCompiler, { make_integer(ctx->arena, ctx->line, static_cast<int64_t>(offset)) });
                ctx->stop_lexing = true;
            }
        | T_NAMESPACE namespace_declaration_name ';'
            { $$ = ctx->node(NodeKind::Namespace, { $2, nullptr }); ctx->doc_comment = nullptr; }
        | T_NAMESPACE namespace_declaration_name { ctx->doc_comment = nullptr; } '{' top_statement_list '}'
            { $$ = ctx->node(NodeKind::Namespace, { $2, $5 }); }
        | T_NAMESPACE { ctx->doc_comment = nullptr; } '{' top_statement_list '}'
            { $$ = ctx->node(NodeKind::Namespace, { nullptr, $4 }); }
        | T_USE mixed_group_use_declaration ';' { $$ = $2; }
        | T_USE use_type group_use_declaration ';' { $$ = $3; $$->children[1]->flags = $2; }
        | T_USE use_declarations ';' { $$ = $2; $$->flags = UseClass; }
        | T_USE use_type use_declarations ';' { $$ = $3; $$->flags = $2; }
        | T_CONST const_list ';' { $$ = $2; }
;

use_type:
          T_FUNCTION { $$ = UseFunction; }
        | T_CONST { $$ = UseConst; }
;

group_use_declaration:
          legacy_namespace_name T_NS_SEPARATOR '{' unprefixed_use_declarations possible_comma '}'
            { $$ = ctx->node(NodeKind::GroupUse, { $1, $4 }); }
;

mixed_group_use_declaration:
          legacy_namespace_name T_NS_SEPARATOR '{' inline_use_declarations possible_comma '}'
            { $$ = ctx->node(NodeKind::GroupUse, { $1, $4 }); }
;

possible_comma:
          %empty
        | ','
;

inline_use_declarations:
          inline_use_declarations ',' inline_use_declaration { $$ = ctx->append($1, $3); }
        | inline_use_declaration { $$ = ctx->list(NodeKind::UseList, $1); }
;

unprefixed_use_declarations:
          unprefixed_use_declarations ',' unprefixed_use_declaration { $$ = ctx->append($1, $3); }
        | unprefixed_use_declaration { $$ = ctx->list(NodeKind::UseList, $1); }
;

use_declarations:
          use_declarations ',' use_declaration { $$ = ctx->append($1, $3); }
        | use_declaration { $$ = ctx->list(NodeKind::UseList, $1); }
;

inline_use_declaration:
          unprefixed_use_declaration { $$ = $1; $$->flags = UseClass; }
        | use_type unprefixed_use_declaration { $$ = $2; $$->flags = $1; }
;

unprefixed_use_declaration:
          namespace_name { $$ = ctx->node(NodeKind::UseElement, { $1, nullptr }); }
        | namespace_name T_AS T_STRING { $$ = ctx->node(NodeKind::UseElement, { $1, $3 }); }
;

use_declaration:
          legacy_namespace_name { $$ = ctx->node(NodeKind::UseElement, { $1, nullptr }); }
        | legacy_namespace_name T_AS T_STRING { $$ = ctx->node(NodeKind::UseElement, { $1, $3 }); }
;

const_list:
          const_list ',' const_decl { $$ = ctx->append($1, $3); }
        | const_decl { $$ = ctx->list(NodeKind::ConstDeclaration, $1); }
;

inner_statement_list:
          inner_statement_list inner_statement { $$ = ctx->append($1, $2); }
        | %empty { $$ = ctx->list(NodeKind::StatementList); }
;

inner_statement:
          statement { $$ = $1; }
        | attributed_statement { $$ = $1; }
        | attributes attributed_statement { $$ = attach_attributes($2, $1); }
        | T_HALT_COMPILER '(' ')' ';'
            { $$ = nullptr; ctx->fatal("__HALT_COMPILER() can only be used from the outermost scope"); YYABORT; }
;

/* ---- Statements. ---- */

statement:
          '{' inner_statement_list '}' { $$ = $2; }
        | if_stmt { $$ = $1; }
        | alt_if_stmt { $$ = $1; }
        | T_WHILE '(' expr ')' while_statement { $$ = ctx->node(NodeKind::While, { $3, $5 }); }
        | T_DO statement T_WHILE '(' expr ')' ';' { $$ = ctx->node(NodeKind::DoWhile, { $2, $5 }); }
        | T_FOR '(' for_exprs ';' for_exprs ';' for_exprs ')' for_statement
            { $$ = ctx->node(NodeKind::For, { $3, $5, $7, $9 }); $$->line = $1.line; }
        | T_SWITCH '(' expr ')' switch_case_list { $$ = ctx->node(NodeKind::Switch, { $3, $5 }); }
        | T_BREAK optional_expr ';' { $$ = ctx->node(NodeKind::Break, { $2 }); $$->line = $1.line; }
        | T_CONTINUE optional_expr ';' { $$ = ctx->node(NodeKind::Continue, { $2 }); $$->line = $1.line; }
        | T_RETURN optional_expr ';' { $$ = ctx->node(NodeKind::Return, { $2 }); $$->line = $1.line; }
        | T_GLOBAL global_var_list ';' { $$ = $2; }
        | T_STATIC static_var_list ';' { $$ = $2; }
        | T_ECHO echo_expr_list ';' { $$ = $2; }
        | T_INLINE_HTML { $$ = ctx->node(NodeKind::Echo, { $1 }); }
        | expr ';' { $$ = $1; }
        | T_UNSET '(' unset_variables possible_comma ')' ';' { $$ = $3; }
        | T_FOREACH '(' expr T_AS foreach_variable ')' foreach_statement
            { $$ = ctx->node(NodeKind::Foreach, { $3, $5, nullptr, $7 }); }
        | T_FOREACH '(' expr T_AS foreach_variable T_DOUBLE_ARROW foreach_variable ')' foreach_statement
            { $$ = ctx->node(NodeKind::Foreach, { $3, $7, $5, $9 }); }
        | T_DECLARE '(' const_list ')' { if (!ctx->check_encoding_declaration($3)) YYABORT; } declare_statement
            { $$ = ctx->node(NodeKind::Declare, { $3, $6 }); }
        | ';' { $$ = nullptr; }
        | T_TRY '{' inner_statement_list '}' catch_list finally_statement
            { $$ = ctx->node(NodeKind::Try, { $3, $5, $6 }); }
        | T_GOTO T_STRING ';' { $$ = ctx->node(NodeKind::Goto, { $2 }); }
        | T_STRING ':' { $$ = ctx->node(NodeKind::Label, { $1 }); }
;

catch_list:
          %empty { $$ = ctx->list(NodeKind::CatchList); }
        | catch_list T_CATCH '(' catch_name_list optional_variable ')' '{' inner_statement_list '}'
            { $$ = ctx->append($1, ctx->node(NodeKind::Catch, { $4, $5, $8 })); }
;

catch_name_list:
          class_name { $$ = ctx->list(NodeKind::NameList, $1); }
        | catch_name_list '|' class_name { $$ = ctx->append($1, $3); }
;

optional_variable:
          %empty { $$ = nullptr; }
        | T_VARIABLE { $$ = $1; }
;

finally_statement:
          %empty { $$ = nullptr; }
        | T_FINALLY '{' inner_statement_list '}' { $$ = $3; }
;

unset_variables:
          unset_variable { $$ = ctx->list(NodeKind::StatementList, $1); }
        | unset_variables ',' unset_variable { $$ = ctx->append($1, $3); }
;

unset_variable:
          variable { $$ = ctx->node(NodeKind::Unset, { $1 }); }
;

function_name:
          T_STRING { $$ = $1; }
        | T_READONLY { $$ = ctx->word($1); }
;

function_declaration_statement:
          function returns_ref function_name backup_doc_comment '(' parameter_list ')' return_type
          backup_fn_flags '{' inner_statement_list '}' backup_fn_flags
            {
                $$ = ctx->declaration(NodeKind::FunctionDeclaration, $2 | $13, $1, $4, $3, $6, nullptr, $11, $8);
                ctx->function_flags = $9;
            }
;

is_reference:
          %empty { $$ = 0; }
        | T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG { $$ = ByReference; }
;

is_variadic:
          %empty { $$ = 0; }
        | T_ELLIPSIS { $$ = Variadic; }
;

/* ---- Classes, traits, interfaces, enums. ---- */

class_declaration_statement:
          class_modifiers T_CLASS { $<number>$ = ctx->line; }
          T_STRING extends_from implements_list backup_doc_comment '{' class_statement_list '}'
            { $$ = ctx->declaration(NodeKind::ClassDeclaration, $1, $<number>3, $7, $4, $5, $6, $9, nullptr); }
        | T_CLASS { $<number>$ = ctx->line; }
          T_STRING extends_from implements_list backup_doc_comment '{' class_statement_list '}'
            { $$ = ctx->declaration(NodeKind::ClassDeclaration, 0, $<number>2, $6, $3, $4, $5, $8, nullptr); }
;

class_modifiers:
          class_modifier { $$ = $1; }
        | class_modifiers class_modifier { $$ = ctx->add_class_modifier($1, $2); if (!$$) YYABORT; }
;

class_modifier:
          T_ABSTRACT { $$ = ModifierAbstract; }
        | T_FINAL { $$ = ModifierFinal; }
        | T_READONLY { $$ = ModifierReadonly; }
;

trait_declaration_statement:
          T_TRAIT { $<number>$ = ctx->line; }
          T_STRING backup_doc_comment '{' class_statement_list '}'
            { $$ = ctx->declaration(NodeKind::ClassDeclaration, ClassTrait, $<number>2, $4, $3, nullptr, nullptr, $6, nullptr); }
;

interface_declaration_statement:
          T_INTERFACE { $<number>$ = ctx->line; }
          T_STRING interface_extends_list backup_doc_comment '{' class_statement_list '}'
            { $$ = ctx->declaration(NodeKind::ClassDeclaration, ClassInterface, $<number>2, $5, $3, $4, nullptr, $7, nullptr); }
;

enum_declaration_statement:
          T_ENUM { $<number>$ = ctx->line; }
          T_STRING enum_backing_type implements_list backup_doc_comment '{' class_statement_list '}'
            { $$ = ctx->declaration(NodeKind::ClassDeclaration, ClassEnum | ModifierFinal, $<number>2, $6, $3, nullptr, $5, $8, $4); }
;

enum_backing_type:
          %empty { $$ = nullptr; }
        | ':' type_expr { $$ = $2; }
;

enum_case:
          T_CASE backup_doc_comment identifier enum_case_expr ';'
            { $$ = ctx->node(NodeKind::EnumCase, { $3, $4, $2, nullptr }); }
;

enum_case_expr:
          %empty { $$ = nullptr; }
        | '=' expr { $$ = $2; }
;

extends_from:
          %empty { $$ = nullptr; }
        | T_EXTENDS class_name { $$ = $2; }
;

interface_extends_list:
          %empty { $$ = nullptr; }
        | T_EXTENDS class_name_list { $$ = $2; }
;

implements_list:
          %empty { $$ = nullptr; }
        | T_IMPLEMENTS class_name_list { $$ = $2; }
;

foreach_variable:
          variable { $$ = $1; }
        | ampersand variable { $$ = ctx->node(NodeKind::Reference, { $2 }); }
        | T_LIST '(' array_pair_list ')' { $$ = $3; $$->flags = ArraySyntaxList; }
        | '[' array_pair_list ']' { $$ = $2; $$->flags = ArraySyntaxShort; }
;

for_statement:
          statement { $$ = $1; }
        | ':' inner_statement_list T_ENDFOR ';' { $$ = $2; }
;

foreach_statement:
          statement { $$ = $1; }
        | ':' inner_statement_list T_ENDFOREACH ';' { $$ = $2; }
;

declare_statement:
          statement { $$ = $1; }
        | ':' inner_statement_list T_ENDDECLARE ';' { $$ = $2; }
;

switch_case_list:
          '{' case_list '}' { $$ = $2; }
        | '{' ';' case_list '}' { $$ = $3; }
        | ':' case_list T_ENDSWITCH ';' { $$ = $2; }
        | ':' ';' case_list T_ENDSWITCH ';' { $$ = $3; }
;

case_list:
          %empty { $$ = ctx->list(NodeKind::SwitchList); }
        | case_list T_CASE expr case_separator inner_statement_list
            { $$ = ctx->append($1, ctx->node(NodeKind::SwitchCase, { $3, $5 })); }
        | case_list T_DEFAULT case_separator inner_statement_list
            { $$ = ctx->append($1, ctx->node(NodeKind::SwitchCase, { nullptr, $4 })); }
;

case_separator:
          ':'
        | ';'
;

match:
          T_MATCH '(' expr ')' '{' match_arm_list '}' { $$ = ctx->node(NodeKind::Match, { $3, $6 }); }
;

match_arm_list:
          %empty { $$ = ctx->list(NodeKind::MatchArmList); }
        | non_empty_match_arm_list possible_comma { $$ = $1; }
;

non_empty_match_arm_list:
          match_arm { $$ = ctx->list(NodeKind::MatchArmList, $1); }
        | non_empty_match_arm_list ',' match_arm { $$ = ctx->append($1, $3); }
;

match_arm:
          match_arm_cond_list possible_comma T_DOUBLE_ARROW expr { $$ = ctx->node(NodeKind::MatchArm, { $1, $4 }); }
        | T_DEFAULT possible_comma T_DOUBLE_ARROW expr { $$ = ctx->node(NodeKind::MatchArm, { nullptr, $4 }); }
;

match_arm_cond_list:
          expr { $$ = ctx->list(NodeKind::ExpressionList, $1); }
        | match_arm_cond_list ',' expr { $$ = ctx->append($1, $3); }
;

while_statement:
          statement { $$ = $1; }
        | ':' inner_statement_list T_ENDWHILE ';' { $$ = $2; }
;

if_stmt_without_else:
          T_IF '(' expr ')' statement
            { $$ = ctx->list(NodeKind::IfList, ctx->node(NodeKind::IfElement, { $3, $5 })); }
        | if_stmt_without_else T_ELSEIF '(' expr ')' statement
            { $$ = ctx->append($1, ctx->node(NodeKind::IfElement, { $4, $6 })); }
;

if_stmt:
          if_stmt_without_else %prec T_NOELSE { $$ = $1; }
        | if_stmt_without_else T_ELSE statement
            { $$ = ctx->append($1, ctx->node(NodeKind::IfElement, { nullptr, $3 })); }
;

alt_if_stmt_without_else:
          T_IF '(' expr ')' ':' inner_statement_list
            { $$ = ctx->list(NodeKind::IfList, ctx->node(NodeKind::IfElement, { $3, $6 })); }
        | alt_if_stmt_without_else T_ELSEIF '(' expr ')' ':' inner_statement_list
            { $$ = ctx->append($1, ctx->node(NodeKind::IfElement, { $4, $7 })); }
;

alt_if_stmt:
          alt_if_stmt_without_else T_ENDIF ';' { $$ = $1; }
        | alt_if_stmt_without_else T_ELSE ':' inner_statement_list T_ENDIF ';'
            { $$ = ctx->append($1, ctx->node(NodeKind::IfElement, { nullptr, $4 })); }
;

/* ---- Parameters and types. ---- */

parameter_list:
          non_empty_parameter_list possible_comma { $$ = $1; }
        | %empty { $$ = ctx->list(NodeKind::ParameterList); }
;

non_empty_parameter_list:
          attributed_parameter { $$ = ctx->list(NodeKind::ParameterList, $1); }
        | non_empty_parameter_list ',' attributed_parameter { $$ = ctx->append($1, $3); }
;

attributed_parameter:
          attributes parameter { $$ = attach_attributes($2, $1); }
        | parameter { $$ = $1; }
;

optional_property_modifiers:
          %empty { $$ = 0; }
        | optional_property_modifiers property_modifier
            { $$ = ctx->add_member_modifier($1, $2); if (!$$) YYABORT; }
;

property_modifier:
          T_PUBLIC { $$ = ModifierPublic; }
        | T_PROTECTED { $$ = ModifierProtected; }
        | T_PRIVATE { $$ = ModifierPrivate; }
        | T_READONLY { $$ = ModifierReadonly; }
;

parameter:
          optional_property_modifiers optional_type_without_static is_reference is_variadic T_VARIABLE backup_doc_comment
            { $$ = ctx->node(NodeKind::Parameter, { $2, $5, nullptr, $6, nullptr }, $1 | $3 | $4); $$->line = $5->line; }
        | optional_property_modifiers optional_type_without_static is_reference is_variadic T_VARIABLE backup_doc_comment '=' expr
            { $$ = ctx->node(NodeKind::Parameter, { $2, $5, $8, $6, nullptr }, $1 | $3 | $4); $$->line = $5->line; }
;

optional_type_without_static:
          %empty { $$ = nullptr; }
        | type_expr_without_static { $$ = $1; }
;

type_expr:
          type { $$ = $1; }
        | '?' type { $$ = $2; $$->flags |= TypeNullable; }
        | union_type { $$ = $1; }
        | intersection_type { $$ = $1; }
;

type:
          type_without_static { $$ = $1; }
        | T_STATIC { $$ = make_node(ctx->arena, NodeKind::BuiltinType, $1.line, {}, TypeStatic); }
;

union_type_element:
          type { $$ = $1; }
        | '(' intersection_type ')' { $$ = $2; }
;

union_type:
          union_type_element '|' union_type_element
            { $$ = ctx->append(ctx->list(NodeKind::UnionType, $1), $3); }
        | union_type '|' union_type_element { $$ = ctx->append($1, $3); }
;

intersection_type:
          type T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG type
            { $$ = ctx->append(ctx->list(NodeKind::IntersectionType, $1), $3); }
        | intersection_type T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG type { $$ = ctx->append($1, $3); }
;

/* The same types without `static`, which would clash with the `static` modifier of properties. */
type_expr_without_static:
          type_without_static { $$ = $1; }
        | '?' type_without_static { $$ = $2; $$->flags |= TypeNullable; }
        | union_type_without_static { $$ = $1; }
        | intersection_type_without_static { $$ = $1; }
;

type_without_static:
          T_ARRAY { $$ = make_node(ctx->arena, NodeKind::BuiltinType, $1.line, {}, TypeArray); }
        | T_CALLABLE { $$ = make_node(ctx->arena, NodeKind::BuiltinType, $1.line, {}, TypeCallable); }
        | name { $$ = $1; }
;

union_type_without_static_element:
          type_without_static { $$ = $1; }
        | '(' intersection_type_without_static ')' { $$ = $2; }
;

union_type_without_static:
          union_type_without_static_element '|' union_type_without_static_element
            { $$ = ctx->append(ctx->list(NodeKind::UnionType, $1), $3); }
        | union_type_without_static '|' union_type_without_static_element { $$ = ctx->append($1, $3); }
;

intersection_type_without_static:
          type_without_static T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG type_without_static
            { $$ = ctx->append(ctx->list(NodeKind::IntersectionType, $1), $3); }
        | intersection_type_without_static T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG type_without_static
            { $$ = ctx->append($1, $3); }
;

return_type:
          %empty { $$ = nullptr; }
        | ':' type_expr { $$ = $2; }
;

/* ---- Calls. ---- */

argument_list:
          '(' ')' { $$ = ctx->list(NodeKind::ArgumentList); }
        | '(' non_empty_argument_list possible_comma ')' { $$ = $2; }
        | '(' T_ELLIPSIS ')' { $$ = ctx->node(NodeKind::CallableConvert, {}); }
;

non_empty_argument_list:
          argument { $$ = ctx->list(NodeKind::ArgumentList, $1); }
        | non_empty_argument_list ',' argument { $$ = ctx->append($1, $3); }
;

argument:
          expr { $$ = $1; }
        | identifier ':' expr { $$ = ctx->node(NodeKind::NamedArgument, { $1, $3 }); }
        | T_ELLIPSIS expr { $$ = ctx->node(NodeKind::Unpack, { $2 }); }
;

global_var_list:
          global_var_list ',' global_var { $$ = ctx->append($1, $3); }
        | global_var { $$ = ctx->list(NodeKind::StatementList, $1); }
;

global_var:
          simple_variable { $$ = ctx->node(NodeKind::Global, { ctx->node(NodeKind::Variable, { $1 }) }); }
;

static_var_list:
          static_var_list ',' static_var { $$ = ctx->append($1, $3); }
        | static_var { $$ = ctx->list(NodeKind::StatementList, $1); }
;

static_var:
          T_VARIABLE { $$ = ctx->node(NodeKind::Static, { $1, nullptr }); }
        | T_VARIABLE '=' expr { $$ = ctx->node(NodeKind::Static, { $1, $3 }); }
;

/* ---- Class members. ---- */

class_statement_list:
          class_statement_list class_statement { $$ = ctx->append($1, $2); }
        | %empty { $$ = ctx->list(NodeKind::StatementList); }
;

attributed_class_statement:
          variable_modifiers optional_type_without_static property_list ';'
            { $$ = ctx->node(NodeKind::PropertyGroup, { $2, $3, nullptr }, $1); }
        | method_modifiers T_CONST class_const_list ';'
            { $$ = ctx->node(NodeKind::ClassConstGroup, { $3, nullptr }, $1); }
        | method_modifiers function returns_ref identifier backup_doc_comment '(' parameter_list ')'
          return_type backup_fn_flags method_body backup_fn_flags
            {
                $$ = ctx->declaration(NodeKind::MethodDeclaration, $1 | $3 | $12, $2, $5, $4, $7, nullptr, $11, $9);
                ctx->function_flags = $10;
            }
        | enum_case { $$ = $1; }
;

class_statement:
          attributed_class_statement { $$ = $1; }
        | attributes attributed_class_statement { $$ = attach_attributes($2, $1); }
        | T_USE class_name_list trait_adaptations { $$ = ctx->node(NodeKind::UseTrait, { $2, $3 }); }
;

class_name_list:
          class_name { $$ = ctx->list(NodeKind::NameList, $1); }
        | class_name_list ',' class_name { $$ = ctx->append($1, $3); }
;

trait_adaptations:
          ';' { $$ = nullptr; }
        | '{' '}' { $$ = nullptr; }
        | '{' trait_adaptation_list '}' { $$ = $2; }
;

trait_adaptation_list:
          trait_adaptation { $$ = ctx->list(NodeKind::TraitAdaptations, $1); }
        | trait_adaptation_list trait_adaptation { $$ = ctx->append($1, $2); }
;

trait_adaptation:
          trait_precedence ';' { $$ = $1; }
        | trait_alias ';' { $$ = $1; }
;

trait_precedence:
          absolute_trait_method_reference T_INSTEADOF class_name_list
            { $$ = ctx->node(NodeKind::TraitPrecedence, { $1, $3 }); }
;

trait_alias:
          trait_method_reference T_AS T_STRING { $$ = ctx->node(NodeKind::TraitAlias, { $1, $3 }); }
        | trait_method_reference T_AS reserved_non_modifiers
            {
                Node* alias = ctx->keyword_identifier($3);
                if (!alias)
                    YYABORT;
                $$ = ctx->node(NodeKind::TraitAlias, { $1, alias });
            }
        | trait_method_reference T_AS member_modifier identifier
            { $$ = ctx->node(NodeKind::TraitAlias, { $1, $4 }, $3); }
        | trait_method_reference T_AS member_modifier
            { $$ = ctx->node(NodeKind::TraitAlias, { $1, nullptr }, $3); }
;

trait_method_reference:
          identifier { $$ = ctx->node(NodeKind::MethodReference, { nullptr, $1 }); }
        | absolute_trait_method_reference { $$ = $1; }
;

absolute_trait_method_reference:
          class_name T_PAAMAYIM_NEKUDOTAYIM identifier { $$ = ctx->node(NodeKind::MethodReference, { $1, $3 }); }
;

method_body:
          ';' { $$ = nullptr; }
        | '{' inner_statement_list '}' { $$ = $2; }
;

variable_modifiers:
          non_empty_member_modifiers { $$ = $1; }
        | T_VAR { $$ = ModifierPublic; }
;

method_modifiers:
          %empty { $$ = ModifierPublic; }
        | non_empty_member_modifiers
            {
                $$ = $1;
                if (!($$ & (ModifierPublic | ModifierProtected | ModifierPrivate)))
                    $$ |= ModifierPublic;
            }
;

non_empty_member_modifiers:
          member_modifier { $$ = $1; }
        | non_empty_member_modifiers member_modifier
            { $$ = ctx->add_member_modifier($1, $2); if (!$$) YYABORT; }
;

member_modifier:
          T_PUBLIC { $$ = ModifierPublic; }
        | T_PROTECTED { $$ = ModifierProtected; }
        | T_PRIVATE { $$ = ModifierPrivate; }
        | T_STATIC { $$ = ModifierStatic; }
        | T_ABSTRACT { $$ = ModifierAbstract; }
        | T_FINAL { $$ = ModifierFinal; }
        | T_READONLY { $$ = ModifierReadonly; }
;

property_list:
          property_list ',' property { $$ = ctx->append($1, $3); }
        | property { $$ = ctx->list(NodeKind::PropertyDeclaration, $1); }
;

property:
          T_VARIABLE backup_doc_comment { $$ = ctx->node(NodeKind::PropertyElement, { $1, nullptr, $2 }); }
        | T_VARIABLE '=' expr backup_doc_comment { $$ = ctx->node(NodeKind::PropertyElement, { $1, $3, $4 }); }
;

class_const_list:
          class_const_list ',' class_const_decl { $$ = ctx->append($1, $3); }
        | class_const_decl { $$ = ctx->list(NodeKind::ClassConstDeclaration, $1); }
;

class_const_decl:
          identifier '=' expr backup_doc_comment { $$ = ctx->node(NodeKind::ConstElement, { $1, $3, $4 }); }
;

const_decl:
          T_STRING '=' expr backup_doc_comment { $$ = ctx->node(NodeKind::ConstElement, { $1, $3, $4 }); }
;

echo_expr_list:
          echo_expr_list ',' echo_expr { $$ = ctx->append($1, $3); }
        | echo_expr { $$ = ctx->list(NodeKind::StatementList, $1); }
;

echo_expr:
          expr { $$ = ctx->node(NodeKind::Echo, { $1 }); }
;

for_exprs:
          %empty { $$ = nullptr; }
        | non_empty_for_exprs { $$ = $1; }
;

non_empty_for_exprs:
          non_empty_for_exprs ',' expr { $$ = ctx->append($1, $3); }
        | expr { $$ = ctx->list(NodeKind::ExpressionList, $1); }
;

anonymous_class:
          T_CLASS { $<number>$ = ctx->line; } ctor_arguments extends_from implements_list backup_doc_comment
          '{' class_statement_list '}'
            {
                Node* decl = ctx->declaration(NodeKind::ClassDeclaration, ClassAnonymous, $<number>2, $6, nullptr,
                                              $4, $5, $8, nullptr);
                $$ = make_node(ctx->arena, NodeKind::New, $<number>2, { decl, $3 });
            }
;

new_expr:
          T_NEW class_name_reference ctor_arguments { $$ = ctx->node(NodeKind::New, { $2, $3 }); }
        | T_NEW anonymous_class { $$ = $2; }
        | T_NEW attributes anonymous_class { attach_attributes($3->children[0], $2); $$ = $3; }
;

/* ---- Expressions. ---- */

expr:
          variable { $$ = $1; }
        | T_LIST '(' array_pair_list ')' '=' expr
            { $3->flags = ArraySyntaxList; $$ = ctx->node(NodeKind::Assign, { $3, $6 }); }
        | '[' array_pair_list ']' '=' expr
            { $2->flags = ArraySyntaxShort; $$ = ctx->node(NodeKind::Assign, { $2, $5 }); }
        | variable '=' expr { $$ = ctx->node(NodeKind::Assign, { $1, $3 }); }
        | variable '=' ampersand variable { $$ = ctx->node(NodeKind::AssignReference, { $1, $4 }); }
        | T_CLONE expr { $$ = ctx->node(NodeKind::Clone, { $2 }); }
        | variable T_PLUS_EQUAL expr { $$ = ctx->node(NodeKind::AssignOperation, { $1, $3 }, OpAdd); }
        | variable T_MINUS_EQUAL expr { $$ = ctx->node(NodeKind::AssignOperation, { $1, $3 }, OpSubtract); }
        | variable T_MUL_EQUAL expr { $$ = ctx->node(NodeKind::AssignOperation, { $1, $3 }, OpMultiply); }
        | variable T_POW_EQUAL expr { $$ = ctx->node(NodeKind::AssignOperation, { $1, $3 }, OpPower); }
        | variable T_DIV_EQUAL expr { $$ = ctx->node(NodeKind::AssignOperation, { $1, $3 }, OpDivide); }
        | variable T_CONCAT_EQUAL expr { $$ = ctx->node(NodeKind::AssignOperation, { $1, $3 }, OpConcat); }
        | variable T_MOD_EQUAL expr { $$ = ctx->node(NodeKind::AssignOperation, { $1, $3 }, OpModulo); }
        | variable T_AND_EQUAL expr { $$ = ctx->node(NodeKind::AssignOperation, { $1, $3 }, OpBitwiseAnd); }
        | variable T_OR_EQUAL expr { $$ = ctx->node(NodeKind::AssignOperation, { $1, $3 }, OpBitwiseOr); }
        | variable T_XOR_EQUAL expr { $$ = ctx->node(NodeKind::AssignOperation, { $1, $3 }, OpBitwiseXor); }
        | variable T_SL_EQUAL expr { $$ = ctx->node(NodeKind::AssignOperation, { $1, $3 }, OpShiftLeft); }
        | variable T_SR_EQUAL expr { $$ = ctx->node(NodeKind::AssignOperation, { $1, $3 }, OpShiftRight); }
        | variable T_COALESCE_EQUAL expr { $$ = ctx->node(NodeKind::AssignCoalesce, { $1, $3 }); }
        | variable T_INC { $$ = ctx->node(NodeKind::PostIncrement, { $1 }); }
        | T_INC variable { $$ = ctx->node(NodeKind::PreIncrement, { $2 }); }
        | variable T_DEC { $$ = ctx->node(NodeKind::PostDecrement, { $1 }); }
        | T_DEC variable { $$ = ctx->node(NodeKind::PreDecrement, { $2 }); }
        | expr T_BOOLEAN_OR expr { $$ = ctx->node(NodeKind::LogicalOr, { $1, $3 }); }
        | expr T_BOOLEAN_AND expr { $$ = ctx->node(NodeKind::LogicalAnd, { $1, $3 }); }
        | expr T_LOGICAL_OR expr { $$ = ctx->node(NodeKind::LogicalOr, { $1, $3 }); }
        | expr T_LOGICAL_AND expr { $$ = ctx->node(NodeKind::LogicalAnd, { $1, $3 }); }
        | expr T_LOGICAL_XOR expr { $$ = ctx->node(NodeKind::BinaryOperation, { $1, $3 }, OpBooleanXor); }
        | expr '|' expr { $$ = ctx->node(NodeKind::BinaryOperation, { $1, $3 }, OpBitwiseOr); }
        | expr T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG expr
            { $$ = ctx->node(NodeKind::BinaryOperation, { $1, $3 }, OpBitwiseAnd); }
        | expr T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG expr
            { $$ = ctx->node(NodeKind::BinaryOperation, { $1, $3 }, OpBitwiseAnd); }
        | expr '^' expr { $$ = ctx->node(NodeKind::BinaryOperation, { $1, $3 }, OpBitwiseXor); }
        | expr '.' expr { $$ = ctx->node(NodeKind::BinaryOperation, { $1, $3 }, OpConcat); }
        | expr '+' expr { $$ = ctx->node(NodeKind::BinaryOperation, { $1, $3 }, OpAdd); }
        | expr '-' expr { $$ = ctx->node(NodeKind::BinaryOperation, { $1, $3 }, OpSubtract); }
        | expr '*' expr { $$ = ctx->node(NodeKind::BinaryOperation, { $1, $3 }, OpMultiply); }
        | expr T_POW expr { $$ = ctx->node(NodeKind::BinaryOperation, { $1, $3 }, OpPower); }
        | expr '/' expr { $$ = ctx->node(NodeKind::BinaryOperation, { $1, $3 }, OpDivide); }
        | expr '%' expr { $$ = ctx->node(NodeKind::BinaryOperation, { $1, $3 }, OpModulo); }
        | expr T_SL expr { $$ = ctx->node(NodeKind::BinaryOperation, { $1, $3 }, OpShiftLeft); }
        | expr T_SR expr { $$ = ctx->node(NodeKind::BinaryOperation, { $1, $3 }, OpShiftRight); }
        | '+' expr %prec '~' { $$ = ctx->node(NodeKind::UnaryPlus, { $2 }); }
        | '-' expr %prec '~' { $$ = ctx->node(NodeKind::UnaryMinus, { $2 }); }
        | '!' expr { $$ = ctx->node(NodeKind::UnaryOperation, { $2 }, UnaryNot); }
        | '~' expr { $$ = ctx->node(NodeKind::UnaryOperation, { $2 }, UnaryBitwiseNot); }
        | expr T_IS_IDENTICAL expr { $$ = ctx->node(NodeKind::BinaryOperation, { $1, $3 }, OpIdentical); }
        | expr T_IS_NOT_IDENTICAL expr { $$ = ctx->node(NodeKind::BinaryOperation, { $1, $3 }, OpNotIdentical); }
        | expr T_IS_EQUAL expr { $$ = ctx->node(NodeKind::BinaryOperation, { $1, $3 }, OpEqual); }
        | expr T_IS_NOT_EQUAL expr { $$ = ctx->node(NodeKind::BinaryOperation, { $1, $3 }, OpNotEqual); }
        | expr '<' expr { $$ = ctx->node(NodeKind::BinaryOperation, { $1, $3 }, OpSmaller); }
        | expr T_IS_SMALLER_OR_EQUAL expr { $$ = ctx->node(NodeKind::BinaryOperation, { $1, $3 }, OpSmallerOrEqual); }
        | expr '>' expr { $$ = ctx->node(NodeKind::Greater, { $1, $3 }); }
        | expr T_IS_GREATER_OR_EQUAL expr { $$ = ctx->node(NodeKind::GreaterEqual, { $1, $3 }); }
        | expr T_SPACESHIP expr { $$ = ctx->node(NodeKind::BinaryOperation, { $1, $3 }, OpSpaceship); }
        | expr T_INSTANCEOF class_name_reference { $$ = ctx->node(NodeKind::Instanceof, { $1, $3 }); }
        | '(' expr ')'
            {
                $$ = $2;
                if ($$->kind == NodeKind::Conditional)
                    $$->flags |= Parenthesized;
            }
        | new_expr { $$ = $1; }
        | expr '?' expr ':' expr { $$ = ctx->node(NodeKind::Conditional, { $1, $3, $5 }); }
        | expr '?' ':' expr { $$ = ctx->node(NodeKind::Conditional, { $1, nullptr, $4 }); }
        | expr T_COALESCE expr { $$ = ctx->node(NodeKind::Coalesce, { $1, $3 }); }
        | internal_functions_in_yacc { $$ = $1; }
        | T_INT_CAST expr { $$ = ctx->node(NodeKind::Cast, { $2 }, CastInt); }
        | T_DOUBLE_CAST expr { $$ = ctx->node(NodeKind::Cast, { $2 }, CastFloat); }
        | T_STRING_CAST expr { $$ = ctx->node(NodeKind::Cast, { $2 }, CastString); }
        | T_ARRAY_CAST expr { $$ = ctx->node(NodeKind::Cast, { $2 }, CastArray); }
        | T_OBJECT_CAST expr { $$ = ctx->node(NodeKind::Cast, { $2 }, CastObject); }
        | T_BOOL_CAST expr { $$ = ctx->node(NodeKind::Cast, { $2 }, CastBool); }
        | T_UNSET_CAST expr { $$ = ctx->node(NodeKind::Cast, { $2 }, CastUnset); }
        | T_EXIT exit_expr { $$ = ctx->node(NodeKind::Exit, { $2 }); $$->line = $1.line; }
        | '@' expr { $$ = ctx->node(NodeKind::Silence, { $2 }); }
        | scalar { $$ = $1; }
        | '`' backticks_expr '`' { $$ = ctx->node(NodeKind::ShellExec, { $2 }); }
        | T_PRINT expr { $$ = ctx->node(NodeKind::Print, { $2 }); }
        | T_YIELD { $$ = ctx->node(NodeKind::Yield, { nullptr, nullptr }); ctx->function_flags |= Generator; }
        | T_YIELD expr { $$ = ctx->node(NodeKind::Yield, { $2, nullptr }); ctx->function_flags |= Generator; }
        | T_YIELD expr T_DOUBLE_ARROW expr
            { $$ = ctx->node(NodeKind::Yield, { $4, $2 }); ctx->function_flags |= Generator; }
        | T_YIELD_FROM expr { $$ = ctx->node(NodeKind::YieldFrom, { $2 }); ctx->function_flags |= Generator; }
        | T_THROW expr { $$ = ctx->node(NodeKind::Throw, { $2 }); }
        | inline_function { $$ = $1; }
        | attributes inline_function { $$ = attach_attributes($2, $1); }
        | T_STATIC inline_function { $$ = $2; $$->flags |= ModifierStatic; }
        | attributes T_STATIC inline_function { $$ = attach_attributes($3, $1); $$->flags |= ModifierStatic; }
        | match { $$ = $1; }
;

inline_function:
          function returns_ref backup_doc_comment '(' parameter_list ')' lexical_vars return_type
          backup_fn_flags '{' inner_statement_list '}' backup_fn_flags
            {
                $$ = ctx->declaration(NodeKind::Closure, $2 | $13, $1, $3, nullptr, $5, $7, $11, $8);
                ctx->function_flags = $9;
            }
        | fn returns_ref backup_doc_comment '(' parameter_list ')' return_type
          T_DOUBLE_ARROW backup_fn_flags backup_lex_pos expr backup_fn_flags
            {
                Node* body = ctx->node(NodeKind::Return, { $11 });
                $$ = ctx->declaration(NodeKind::ArrowFunction, $2 | $12, $1, $3, nullptr, $5, nullptr, body, $7);
                ctx->function_flags = $9;
            }
;

fn:
          T_FN { $$ = $1.line; }
;

function:
          T_FUNCTION { $$ = $1.line; }
;

backup_doc_comment:
          %empty { $$ = ctx->take_doc_comment(); }
;

/* Saves the generator flag of the enclosing function while a nested one is parsed (and restores it after). */
backup_fn_flags:
          %prec PREC_ARROW_FUNCTION %empty { $$ = ctx->function_flags; ctx->function_flags = 0; }
;

/* PHP records the source position of an arrow function's body here; kept for the same automaton. */
backup_lex_pos:
          %empty { $$ = 0; }
;

returns_ref:
          %empty { $$ = 0; }
        | ampersand { $$ = ReturnsReference; }
;

lexical_vars:
          %empty { $$ = nullptr; }
        | T_USE '(' lexical_var_list possible_comma ')' { $$ = $3; }
;

lexical_var_list:
          lexical_var_list ',' lexical_var { $$ = ctx->append($1, $3); }
        | lexical_var { $$ = ctx->list(NodeKind::ClosureUses, $1); }
;

lexical_var:
          T_VARIABLE { $$ = $1; }
        | ampersand T_VARIABLE { $$ = $2; $$->flags |= ByReference; }
;

function_call:
          name argument_list { $$ = ctx->node(NodeKind::Call, { $1, $2 }); }
        | T_READONLY argument_list
            {
                Node* callee = make_text(ctx->arena, NodeKind::Name, $1.line, $1.text, $1.length, NameNotFq);
                $$ = ctx->node(NodeKind::Call, { callee, $2 });
            }
        | class_name T_PAAMAYIM_NEKUDOTAYIM member_name argument_list
            { $$ = ctx->node(NodeKind::StaticCall, { $1, $3, $4 }); }
        | variable_class_name T_PAAMAYIM_NEKUDOTAYIM member_name argument_list
            { $$ = ctx->node(NodeKind::StaticCall, { $1, $3, $4 }); }
        | callable_expr { $<number>$ = ctx->line; } argument_list
            { $$ = ctx->node(NodeKind::Call, { $1, $3 }); $$->line = $<number>2; }
;

class_name:
          T_STATIC { $$ = make_text(ctx->arena, NodeKind::Name, $1.line, "static", 6, NameNotFq); }
        | name { $$ = $1; }
;

class_name_reference:
          class_name { $$ = $1; }
        | new_variable { $$ = $1; }
        | '(' expr ')' { $$ = $2; }
;

exit_expr:
          %empty { $$ = nullptr; }
        | '(' optional_expr ')' { $$ = $2; }
;

backticks_expr:
          %empty { $$ = ctx->string("", 0); }
        | T_ENCAPSED_AND_WHITESPACE { $$ = $1; }
        | encaps_list { $$ = $1; }
;

ctor_arguments:
          %empty { $$ = ctx->list(NodeKind::ArgumentList); }
        | argument_list { $$ = $1; }
;

dereferenceable_scalar:
          T_ARRAY '(' array_pair_list ')' { $$ = $3; $$->flags = ArraySyntaxLong; }
        | '[' array_pair_list ']' { $$ = $2; $$->flags = ArraySyntaxShort; }
        | T_CONSTANT_ENCAPSED_STRING { $$ = $1; }
        | '"' encaps_list '"' { $$ = $2; }
;

scalar:
          T_LNUMBER { $$ = $1; }
        | T_DNUMBER { $$ = $1; }
        | T_START_HEREDOC T_ENCAPSED_AND_WHITESPACE T_END_HEREDOC { $$ = $2; }
        | T_START_HEREDOC T_END_HEREDOC { $$ = ctx->string("", 0); }
        | T_START_HEREDOC encaps_list T_END_HEREDOC { $$ = $2; }
        | dereferenceable_scalar { $$ = $1; }
        | constant { $$ = $1; }
        | class_constant { $$ = $1; }
;

constant:
          name { $$ = ctx->node(NodeKind::Constant, { $1 }); }
        | T_LINE { $$ = make_node(ctx->arena, NodeKind::MagicConst, $1.line, {}, MINIPHP_YY_T_LINE); }
        | T_FILE { $$ = make_node(ctx->arena, NodeKind::MagicConst, $1.line, {}, MINIPHP_YY_T_FILE); }
        | T_DIR { $$ = make_node(ctx->arena, NodeKind::MagicConst, $1.line, {}, MINIPHP_YY_T_DIR); }
        | T_TRAIT_C { $$ = make_node(ctx->arena, NodeKind::MagicConst, $1.line, {}, MINIPHP_YY_T_TRAIT_C); }
        | T_METHOD_C { $$ = make_node(ctx->arena, NodeKind::MagicConst, $1.line, {}, MINIPHP_YY_T_METHOD_C); }
        | T_FUNC_C { $$ = make_node(ctx->arena, NodeKind::MagicConst, $1.line, {}, MINIPHP_YY_T_FUNC_C); }
        | T_NS_C { $$ = make_node(ctx->arena, NodeKind::MagicConst, $1.line, {}, MINIPHP_YY_T_NS_C); }
        | T_CLASS_C { $$ = make_node(ctx->arena, NodeKind::MagicConst, $1.line, {}, MINIPHP_YY_T_CLASS_C); }
;

class_constant:
          class_name T_PAAMAYIM_NEKUDOTAYIM identifier { $$ = class_constant_or_name(*ctx, $1, $3); }
        | variable_class_name T_PAAMAYIM_NEKUDOTAYIM identifier { $$ = class_constant_or_name(*ctx, $1, $3); }
;

optional_expr:
          %empty { $$ = nullptr; }
        | expr { $$ = $1; }
;

/* ---- Variables: what may be dereferenced, called, assigned to. ---- */

variable_class_name:
          fully_dereferenceable { $$ = $1; }
;

fully_dereferenceable:
          variable { $$ = $1; }
        | '(' expr ')' { $$ = $2; }
        | dereferenceable_scalar { $$ = $1; }
        | class_constant { $$ = $1; }
;

array_object_dereferenceable:
          fully_dereferenceable { $$ = $1; }
        | constant { $$ = $1; }
;

callable_expr:
          callable_variable { $$ = $1; }
        | '(' expr ')' { $$ = $2; }
        | dereferenceable_scalar { $$ = $1; }
;

callable_variable:
          simple_variable { $$ = ctx->node(NodeKind::Variable, { $1 }); }
        | array_object_dereferenceable '[' optional_expr ']' { $$ = ctx->node(NodeKind::Dimension, { $1, $3 }); }
        | array_object_dereferenceable '{' expr '}'
            { $$ = ctx->node(NodeKind::Dimension, { $1, $3 }, DimAlternativeSyntax); }
        | array_object_dereferenceable T_OBJECT_OPERATOR property_name argument_list
            { $$ = ctx->node(NodeKind::MethodCall, { $1, $3, $4 }); }
        | array_object_dereferenceable T_NULLSAFE_OBJECT_OPERATOR property_name argument_list
            { $$ = ctx->node(NodeKind::NullsafeMethodCall, { $1, $3, $4 }); }
        | function_call { $$ = $1; }
;

variable:
          callable_variable { $$ = $1; }
        | static_member { $$ = $1; }
        | array_object_dereferenceable T_OBJECT_OPERATOR property_name
            { $$ = ctx->node(NodeKind::Property, { $1, $3 }); }
        | array_object_dereferenceable T_NULLSAFE_OBJECT_OPERATOR property_name
            { $$ = ctx->node(NodeKind::NullsafeProperty, { $1, $3 }); }
;

simple_variable:
          T_VARIABLE { $$ = $1; }
        | '$' '{' expr '}' { $$ = $3; }
        | '$' simple_variable { $$ = ctx->node(NodeKind::Variable, { $2 }); }
;

static_member:
          class_name T_PAAMAYIM_NEKUDOTAYIM simple_variable { $$ = ctx->node(NodeKind::StaticProperty, { $1, $3 }); }
        | variable_class_name T_PAAMAYIM_NEKUDOTAYIM simple_variable
            { $$ = ctx->node(NodeKind::StaticProperty, { $1, $3 }); }
;

new_variable:
          simple_variable { $$ = ctx->node(NodeKind::Variable, { $1 }); }
        | new_variable '[' optional_expr ']' { $$ = ctx->node(NodeKind::Dimension, { $1, $3 }); }
        | new_variable '{' expr '}' { $$ = ctx->node(NodeKind::Dimension, { $1, $3 }, DimAlternativeSyntax); }
        | new_variable T_OBJECT_OPERATOR property_name { $$ = ctx->node(NodeKind::Property, { $1, $3 }); }
        | new_variable T_NULLSAFE_OBJECT_OPERATOR property_name
            { $$ = ctx->node(NodeKind::NullsafeProperty, { $1, $3 }); }
        | class_name T_PAAMAYIM_NEKUDOTAYIM simple_variable { $$ = ctx->node(NodeKind::StaticProperty, { $1, $3 }); }
        | new_variable T_PAAMAYIM_NEKUDOTAYIM simple_variable { $$ = ctx->node(NodeKind::StaticProperty, { $1, $3 }); }
;

member_name:
          identifier { $$ = $1; }
        | '{' expr '}' { $$ = $2; }
        | simple_variable { $$ = ctx->node(NodeKind::Variable, { $1 }); }
;

property_name:
          T_STRING { $$ = $1; }
        | '{' expr '}' { $$ = $2; }
        | simple_variable { $$ = ctx->node(NodeKind::Variable, { $1 }); }
;

/* ---- Arrays and destructuring. ---- */

array_pair_list:
          non_empty_array_pair_list
            {
                /* One trailing comma is allowed: drop the empty slot it leaves. */
                $$ = $1;
                if ($$->count && !$$->children[$$->count - 1])
                    --$$->count;
            }
;

possible_array_pair:
          %empty { $$ = nullptr; }
        | array_pair { $$ = $1; }
;

non_empty_array_pair_list:
          non_empty_array_pair_list ',' possible_array_pair { $$ = ctx->append($1, $3); }
        | possible_array_pair { $$ = ctx->list(NodeKind::Array, $1); }
;

array_pair:
          expr T_DOUBLE_ARROW expr { $$ = ctx->node(NodeKind::ArrayElement, { $3, $1 }); }
        | expr { $$ = ctx->node(NodeKind::ArrayElement, { $1, nullptr }); }
        | expr T_DOUBLE_ARROW ampersand variable { $$ = ctx->node(NodeKind::ArrayElement, { $4, $1 }, ByReference); }
        | ampersand variable { $$ = ctx->node(NodeKind::ArrayElement, { $2, nullptr }, ByReference); }
        | T_ELLIPSIS expr { $$ = ctx->node(NodeKind::Unpack, { $2 }); }
        | expr T_DOUBLE_ARROW T_LIST '(' array_pair_list ')'
            { $5->flags = ArraySyntaxList; $$ = ctx->node(NodeKind::ArrayElement, { $5, $1 }); }
        | T_LIST '(' array_pair_list ')'
            { $3->flags = ArraySyntaxList; $$ = ctx->node(NodeKind::ArrayElement, { $3, nullptr }); }
;

/* ---- Interpolated strings. ---- */

encaps_list:
          encaps_list encaps_var { $$ = ctx->append($1, $2); }
        | encaps_list T_ENCAPSED_AND_WHITESPACE { $$ = ctx->append($1, $2); }
        | encaps_var { $$ = ctx->list(NodeKind::EncapsList, $1); }
        | T_ENCAPSED_AND_WHITESPACE encaps_var { $$ = ctx->append(ctx->list(NodeKind::EncapsList, $1), $2); }
;

encaps_var:
          T_VARIABLE { $$ = ctx->node(NodeKind::Variable, { $1 }); }
        | T_VARIABLE '[' encaps_var_offset ']'
            { $$ = ctx->node(NodeKind::Dimension, { ctx->node(NodeKind::Variable, { $1 }), $3 }); }
        | T_VARIABLE T_OBJECT_OPERATOR T_STRING
            { $$ = ctx->node(NodeKind::Property, { ctx->node(NodeKind::Variable, { $1 }), $3 }); }
        | T_VARIABLE T_NULLSAFE_OBJECT_OPERATOR T_STRING
            { $$ = ctx->node(NodeKind::NullsafeProperty, { ctx->node(NodeKind::Variable, { $1 }), $3 }); }
        | T_DOLLAR_OPEN_CURLY_BRACES expr '}'
            { $$ = ctx->node(NodeKind::Variable, { $2 }, EncapsDollarCurlyExpression); }
        | T_DOLLAR_OPEN_CURLY_BRACES T_STRING_VARNAME '}'
            { $$ = ctx->node(NodeKind::Variable, { $2 }, EncapsDollarCurly); }
        | T_DOLLAR_OPEN_CURLY_BRACES T_STRING_VARNAME '[' expr ']' '}'
            { $$ = ctx->node(NodeKind::Dimension, { ctx->node(NodeKind::Variable, { $2 }), $4 }, EncapsDollarCurly); }
        | T_CURLY_OPEN variable '}' { $$ = $2; }
;

encaps_var_offset:
          T_STRING { $$ = $1; }
        | T_NUM_STRING { $$ = $1; }
        | '-' T_NUM_STRING { $$ = negate_offset(*ctx, $2); }
        | T_VARIABLE { $$ = ctx->node(NodeKind::Variable, { $1 }); }
;

internal_functions_in_yacc:
          T_ISSET '(' isset_variables possible_comma ')' { $$ = $3; }
        | T_EMPTY '(' expr ')' { $$ = ctx->node(NodeKind::Empty, { $3 }); }
        | T_INCLUDE expr { $$ = ctx->node(NodeKind::IncludeOrEval, { $2 }, Include); }
        | T_INCLUDE_ONCE expr { $$ = ctx->node(NodeKind::IncludeOrEval, { $2 }, IncludeOnce); }
        | T_EVAL '(' expr ')' { $$ = ctx->node(NodeKind::IncludeOrEval, { $3 }, Eval); }
        | T_REQUIRE expr { $$ = ctx->node(NodeKind::IncludeOrEval, { $2 }, Require); }
        | T_REQUIRE_ONCE expr { $$ = ctx->node(NodeKind::IncludeOrEval, { $2 }, RequireOnce); }
;

isset_variables:
          isset_variable { $$ = $1; }
        | isset_variables ',' isset_variable { $$ = ctx->node(NodeKind::LogicalAnd, { $1, $3 }); }
;

isset_variable:
          expr { $$ = ctx->node(NodeKind::Isset, { $1 }); }
;

%%

/* Bison asks for the wording of a syntax error here, where the parser's context type is visible; the wording
 * itself is in parser.cpp. At most four expected tokens are listed, as Bison's verbose mode (PHP's) does. */
static int yyreport_syntax_error(const yypcontext_t* context, miniphp::ParserContext* ctx)
{
    yysymbol_kind_t expected[4];
    int count = yypcontext_expected_tokens(context, expected, 4);
    const char* names[4];
    for (int i = 0; i < count; ++i)
        names[i] = yysymbol_name(expected[i]);
    miniphp::report_syntax_error(*ctx, yysymbol_name(yypcontext_token(context)), names, count < 0 ? 0 : count);
    return 0;
}

/* Only reached when the parser's stack overflows; PHP reports Bison's message as the parse error. */
static void miniphp_yyerror(miniphp::ParserContext* ctx, const char* message)
{
    ctx->failed = true;
    ctx->diagnostics.push_back({ miniphp::ParseDiagnostic::Level::ParseError, message, ctx->line });
}
