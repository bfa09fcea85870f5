#!/usr/bin/env python3
"""The straightforward alternative the export is measured against (docs/PERFORMANCE.md).

Reads every file under the given folders (sorted relative paths), takes the inline tags
`[LABEL text  ]` out with one regular expression, and writes one JSON line per file:
{"id", "text", "spans": [{"start", "end", "label"}], "meta": {"source"}}, offsets in code
points. No HTML, character references, encodings other than UTF-8 (else Windows-1252),
nesting or stored corrections: what a one-off script would do.

    python3 inline_to_jsonl.py OUT.jsonl FOLDER...
"""
import json
import os
import re
import sys

TAG = re.compile(r"\[([A-Z][A-Z0-9_-]*) (.*?)  \]", re.S)


def files(folder):
    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if not name.startswith("."):
                path = os.path.join(root, name)
                found.append((os.path.relpath(path, folder).replace(os.sep, "/"), path))
    return sorted(found)


def convert(raw):
    try:
        source = raw.decode("utf-8")
    except UnicodeDecodeError:
        source = raw.decode("cp1252", errors="replace")
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    text, spans, last = [], [], 0
    length = 0
    for match in TAG.finditer(source):
        before = source[last:match.start()]
        text.append(before)
        length += len(before)
        inner = match.group(2)
        spans.append({"start": length, "end": length + len(inner), "label": match.group(1)})
        text.append(inner)
        length += len(inner)
        last = match.end()
    text.append(source[last:])
    return "".join(text), spans


def main():
    out_path, folders = sys.argv[1], sys.argv[2:]
    with open(out_path, "w", encoding="utf-8") as out:
        for folder in folders:
            for name, path in files(folder):
                with open(path, "rb") as f:
                    text, spans = convert(f.read())
                ident = name.rsplit(".", 1)[0]
                line = {"id": ident, "text": text, "spans": spans, "meta": {"source": name}}
                out.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
