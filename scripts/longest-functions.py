#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Lists the longest function bodies of C++ sources (default: engine/), longest first.

    scripts/longest-functions.py [--top N] [--over LINES] [PATH...]

A heuristic reader, not a parser: it strips comments and string literals, then finds each
top-level or class-level `{` that follows a parameter list `)` (optionally with const,
override, noexcept, a trailing return type or a constructor's initializer list) and counts the
lines to its matching `}`. Lambdas inside a function count towards that function. With --over,
exits 1 when a function in PATH is longer than LINES (for a check in review or CI).
"""
import argparse
import os
import re
import sys

CONTROL = {"if", "for", "while", "switch", "catch", "return", "sizeof", "decltype",
           "alignof", "static_assert", "noexcept"}


def strip(text):
    """Comments and literals become spaces (newlines kept, so line numbers stay)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == 'R' and text.startswith('R"', i):
            m = re.match(r'R"([^(]*)\(', text[i:])
            if not m:
                out.append(c)
                i += 1
                continue
            end = ")" + m.group(1) + '"'
            j = text.find(end, i)
            j = n if j < 0 else j + len(end)
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == "'" and i > 0 and text[i - 1].isalnum():
            out.append(c)  # a digit separator (10'000), not a character literal
            i += 1
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def functions(path):
    text = strip(open(path, encoding="utf-8", errors="replace").read())
    results = []
    depth_stack = []  # for each open brace: (kind, start, name)
    i = 0
    while i < len(text):
        c = text[i]
        if c == "{":
            kind, name = "block", None
            enclosing_function = any(k == "function" for k, _, _ in depth_stack)
            if not enclosing_function:
                head = text[max(0, i - 600):i]
                # the text before the brace: ") const override", ") -> T", ") : a(b), c{d}"
                m = re.search(r"([A-Za-z_~][\w:~<>,\s*&]*?)\s*\(([^()]|\([^()]*\))*\)"
                              r"(\s*(const|override|final|noexcept|mutable|&|&&|->\s*[\w:<>,\s*&]+))*"
                              r"(\s*:\s*[^;{}]*)?\s*$", head, re.S)
                if m:
                    words = m.group(1).split()
                    candidate = words[-1] if words else ""
                    bare = candidate.split("::")[-1]
                    if bare and bare not in CONTROL and not bare.startswith("operator") or \
                            candidate.endswith("operator"):
                        kind, name = "function", candidate
            depth_stack.append((kind, text.count("\n", 0, i) + 1, name))
        elif c == "}" and depth_stack:
            kind, start, name = depth_stack.pop()
            if kind == "function":
                end = text.count("\n", 0, i) + 1
                results.append((end - start + 1, name, path, start))
        i += 1
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=["engine"])
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--over", type=int, default=0)
    args = parser.parse_args()
    found = []
    for root in args.paths:
        files = [root] if os.path.isfile(root) else [
            os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs
            if f.endswith((".cpp", ".h"))]
        for path in sorted(files):
            found.extend(functions(path))
    found.sort(key=lambda f: (-f[0], f[2], f[3]))
    for lines, name, path, start in found[:args.top]:
        print(f"{lines:5d}  {path}:{start}  {name}")
    if args.over and any(lines > args.over for lines, *_ in found):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
