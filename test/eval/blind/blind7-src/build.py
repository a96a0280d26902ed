"""Build blind7-tokyo-nrw.json and blind7-tsu.json, validate them, print count tables."""
import json, collections, sys
from common import build, validate
import cases_tokyo_nrw, cases_tsu

WRITER = "blind7 question writer (no access to knowledge/ or test/), 2026-11-30"

def counts(doc):
    c = {k: collections.Counter() for k in ("kind", "region", "lang", "topic", "turns")}
    for x in doc["cases"]:
        e = x["turns"][-1]["expect"]
        c["kind"][e.get("kind", "(several fair)")] += 1
        c["region"][str(x["region"])] += 1
        c["lang"][x["lang"]] += 1
        c["topic"][x["topic"]] += 1
        c["turns"]["multi-turn" if len(x["turns"]) > 1 else "single"] += 1
    return c

def table(title, c):
    lines = [f"### {title}", ""]
    for k, cnt in c.items():
        lines.append(f"- **{k}**: " + ", ".join(f"{a} {b}" for a, b in sorted(cnt.items(), key=lambda t: (-t[1], t[0]))))
    return "\n".join(lines) + "\n"

ok = True
out = {}
for fname, name, prefix, mod, partner in [
        ("blind7-tokyo-nrw.json", "blind7-tokyo-nrw", "B7TN", cases_tokyo_nrw, 1),
        ("blind7-tsu.json", "blind7-tsu", "B7TS", cases_tsu, 2)]:
    doc = build(name, prefix, WRITER, mod.cases())
    errs = validate(doc, partner)
    if errs:
        ok = False
        print(fname, "\n".join(errs))
    json.dump(doc, open(fname, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    out[name] = counts(doc)
    print(fname, len(doc["cases"]), "cases")
with open("counts.md", "w") as f:
    for n, c in out.items():
        f.write(table(f"{n} ({sum(c['kind'].values())} cases)", c) + "\n")
print(open("counts.md").read())
sys.exit(0 if ok else 1)
