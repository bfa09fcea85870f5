"""Makes a benchmark corpus from the two seed cables: N cables in folders of 200, four tagged (seed 004)
for one plain (seed 000), each with a numbered first line so no two are equal, every tenth with CRLF
line ends.  Usage: python3 make_corpus.py SEEDS_DIR OUT_DIR N"""
import os
import sys

seeds, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
plain = open(os.path.join(seeds, "000_cb2ef8ccb40cf302.txt"), "rb").read()
tagged = open(os.path.join(seeds, "004_139b5bbd77eb63a8.txt"), "rb").read()
for i in range(count):
    folder = os.path.join(out, "f%04d" % (i // 200))
    if i % 200 == 0:
        os.makedirs(folder, exist_ok=True)
    body = b"Cable %d\n" % i + (plain if i % 5 == 4 else tagged)
    if i % 10 == 9:
        body = body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(folder, "c%06d.txt" % i), "wb") as f:
        f.write(body)
