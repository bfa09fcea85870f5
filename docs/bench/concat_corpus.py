#!/usr/bin/env python3
"""Builds the "200 files of 1 MB" corpus of docs/PERFORMANCE.md from a corpus of small cables:
the cables, in sorted order, appended to one another until each file holds about SIZE bytes.

    python3 concat_corpus.py SOURCE_FOLDER TARGET_FOLDER COUNT SIZE
    python3 concat_corpus.py /tmp/bench-24k /tmp/bench-200x1m 200 1000000
"""
import os
import sys


def main():
    source, target, count, size = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    cables = sorted(os.path.join(root, name) for root, _, names in os.walk(source) for name in names)
    os.makedirs(target, exist_ok=True)
    next_cable = 0
    for number in range(count):
        with open(os.path.join(target, "big%03d.txt" % number), "wb") as out:
            written = 0
            while written < size:
                with open(cables[next_cable % len(cables)], "rb") as f:
                    data = f.read()
                out.write(data if data.endswith(b"\n") else data + b"\n")
                written += len(data) + 1
                next_cable += 1


if __name__ == "__main__":
    main()
