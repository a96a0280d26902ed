"""Validate both probe5 sets, assign ids, write JSON files and counts.md."""
import json, collections, sys
from common import validate
import cases_tokyo_nrw, cases_tsu

WRITTEN_BY = "probe5 blind writer (helper session), 2026-11-30"
SETS = [("probe5-tokyo-nrw", "P5TN", cases_tokyo_nrw.cases(), "probe5-tokyo-nrw.json"),
        ("probe5-tsu", "P5TS", cases_tsu.cases(), "probe5-tsu.json")]


def counts(cases):
    k = collections.Counter(); r = collections.Counter(); l = collections.Counter(); t = collections.Counter()
    mt = collections.Counter()
    for x in cases:
        e = x["turns"][-1]["expect"]
        k[e.get("kind", "(several fair)")] += 1
        r[str(x["region"])] += 1
        l[x["lang"]] += 1
        t[x["topic"]] += 1
        mt[f"{len(x['turns'])} turn(s)"] += 1
    return {"kind": k, "region": r, "language": l, "topic": t, "turns": mt}


def table(title, c):
    rows = [f"| {title} | n |", "|---|---|"] + [f"| {a} | {b} |" for a, b in sorted(c.items(), key=lambda z: (-z[1], z[0]))]
    return "\n".join(rows)


def main():
    md = ["# probe5 counts", ""]
    bad = []
    for name, prefix, cases, fn in SETS:
        for i, x in enumerate(cases, 1):
            x_id = f"{prefix}{i:03d}"
            cases[i - 1] = {"id": x_id, **x}
        bad += validate(cases, prefix)
        texts = [" || ".join(t["text"] for t in x["turns"]) for x in cases]
        dup = [t for t, n in collections.Counter(texts).items() if n > 1]
        bad += [f"{name}: duplicate conversation {d}" for d in dup]
        with open(fn, "w", encoding="utf-8") as f:
            json.dump({"set": name, "writtenBy": WRITTEN_BY, "cases": cases}, f, ensure_ascii=False, indent=1)
        c = counts(cases)
        multi = sum(1 for x in cases if len(x["turns"]) > 1)
        md += [f"## {name} ({len(cases)} cases, {multi} multi-turn = {100*multi/len(cases):.0f} %)", ""]
        for key in ("kind", "region", "language", "topic", "turns"):
            md += [table(key, c[key]), ""]
    open("counts.md", "w", encoding="utf-8").write("\n".join(md))
    if bad:
        print("\n".join(bad)); sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
