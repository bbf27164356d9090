#!/usr/bin/env python3
"""Replaces the text between <!-- bench:NAME:begin --> and <!-- bench:NAME:end --> in a
Markdown file. As a command, with the text on standard input:
    write_between.py FILE NAME < text"""
import sys
from pathlib import Path


def write_between(path, name, text):
    begin, end = f"<!-- bench:{name}:begin -->", f"<!-- bench:{name}:end -->"
    content = Path(path).read_text()
    if begin not in content or end not in content:
        sys.exit(f"bench: {path} has no {begin} … {end} markers to write between")
    head, rest = content.split(begin, 1)
    _, tail = rest.split(end, 1)
    Path(path).write_text(f"{head}{begin}\n{text.strip()}\n{end}{tail}")


if __name__ == "__main__":
    write_between(sys.argv[1], sys.argv[2], sys.stdin.read())
