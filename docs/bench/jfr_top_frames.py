#!/usr/bin/env python3
"""Aggregates `jfr print --events jdk.ExecutionSample FILE.jfr` output: share of samples per top frame and per frame on the stack (docs/PERFORMANCE.md)."""
import sys, re, collections
# usage: jfr print --events jdk.ExecutionSample x.jfr | python3 agg.py [N]
N = int(sys.argv[1]) if len(sys.argv) > 1 else 25
self_c = collections.Counter(); incl = collections.Counter(); total = 0
stack = None
for line in sys.stdin:
    s = line.strip()
    if s.startswith('jdk.ExecutionSample'):
        stack = []
    elif s.startswith('stackTrace = ['):
        stack = []
    elif stack is not None and re.match(r'^[\w$.<>/]+\(.*\)\s+line:', s):
        stack.append(re.sub(r'\s+line:.*', '', s))
    elif stack is not None and s == ']':
        if stack:
            total += 1
            self_c[stack[0]] += 1
            for f in set(stack):
                incl[re.sub(r'\(.*', '', f)] += 1
        stack = None
print('samples', total)
print('--- self (top frame)')
for f, c in self_c.most_common(N):
    print(f'{100*c/total:5.1f}%  {f}')
print('--- inclusive (cabletag/selected frames)')
for f, c in incl.most_common(400):
    if 'cabletag' in f or 'jackson' in f:
        print(f'{100*c/total:5.1f}%  {f}')
