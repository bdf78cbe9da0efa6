#!/usr/bin/env python3
"""Checks that a guide's code is the worked example's code: every fenced block of the guide must appear,
word for word, in the example's files. A block's language says where to look:

    cpp    the example's .cpp and .h files
    cmake  docs/examples/CMakeLists.txt
    php    the example's .php scripts
    text   the example's .expect files (what the scripts print)

Blocks of any other language (console, for output that depends on the machine) are not checked.

    check_guide_code.py GUIDE EXAMPLE_DIR
"""
import pathlib
import re
import sys

SOURCES = {
    "cpp": ["**/*.cpp", "**/*.h"],
    "php": ["**/*.php"],
    "text": ["**/*.expect"],
}


def blocks(guide_text):
    """(line number, language, body) of each fenced block."""
    for match in re.finditer(r"^```(\w*)\n(.*?)^```$", guide_text, re.MULTILINE | re.DOTALL):
        line = guide_text.count("\n", 0, match.start()) + 1
        yield line, match.group(1), match.group(2)


def main():
    guide = pathlib.Path(sys.argv[1])
    example = pathlib.Path(sys.argv[2])
    corpus = {}
    for language, patterns in SOURCES.items():
        corpus[language] = "\n".join(path.read_text() for pattern in patterns
                                     for path in sorted(example.glob(pattern)))
    corpus["cmake"] = (example.parent / "CMakeLists.txt").read_text()
    failures = 0
    checked = 0
    for line, language, body in blocks(guide.read_text()):
        if language not in corpus:
            continue
        checked += 1
        if body not in corpus[language]:
            failures += 1
            print(f"{guide}:{line}: this {language} block is not in the example's files:\n{body}")
    print(f"{checked} blocks checked, {failures} not found")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
