"""Compare the words of two plain texts, leaving out numbers and the labels Word numbers."""
import re
import sys

LABELS = {"article", "paragraph", "стаття", "пункт"}


def words(path):
    text = open(path, encoding="utf-8").read().lower()
    out = []
    for w in re.findall(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*", text):
        if w not in LABELS:
            out.append(w)
    return out


a, b = words(sys.argv[1]), words(sys.argv[2])
if a != b:
    import difflib
    for line in list(difflib.unified_diff(b, a, "markdown", "docx", lineterm="", n=2))[:40]:
        print(line, file=sys.stderr)
    sys.exit(1)
