#!/usr/bin/env python3
"""Write the grammar Bison reads: parser/php.y with the %token declarations made from lexer/tokens.def.

The declarations replace the line `/* @TOKENS@ */` of the grammar (or go in front when it has none). Where they
go matters: Bison numbers symbols in order of first appearance and lists expected tokens in that order.

Usage: make_grammar.py TOKENS_DEF GRAMMAR OUTPUT

Tokens are numbered 258, 259, ... in the order of tokens.def, the same numbers the lexer's X-macro gives them,
so the two sides agree by construction.
"""
import re
import sys

tokens_def, grammar, output = sys.argv[1:4]
pattern = re.compile(r'^MINIPHP_TOKEN\(([A-Z_]+), *("(?:[^"\\]|\\.)*")\)\s*$')
declarations = ['%token END 0 "end of file"']
number = 258
with open(tokens_def, encoding='utf-8') as f:
    for line in f:
        if not line.startswith('MINIPHP_TOKEN('):
            continue
        match = pattern.match(line)
        if not match:
            sys.exit(f'{tokens_def}: cannot read line: {line.rstrip()}')
        name, description = match.groups()
        alias = '' if description == '""' else ' ' + description
        declarations.append(f'%token {name} {number}{alias}')
        number += 1
with open(grammar, encoding='utf-8') as f:
    text = f.read()
marker = '/* @TOKENS@ */\n'
block = '\n'.join(declarations) + '\n'
if marker in text:
    text = text.replace(marker, block, 1)
else:
    text = block + text
with open(output, 'w', encoding='utf-8') as f:
    f.write('/* Generated from lexer/tokens.def and parser/php.y: edit those. */\n')
    f.write(text)
