"""Build probe3-tokyo-nrw.json and probe3-tsu.json, validate them, write counts.md. Exit 1 on any error."""
import json, sys
from collections import Counter
from common import validate, REGQ_TN, REGQ_TSU
import cases_tokyo_nrw, cases_tsu

WRITTEN_BY = "probe3 helper session, 2026-11-30"
SETS = [("probe3-tokyo-nrw", "P3TN", cases_tokyo_nrw.cases, REGQ_TN, "probe3-tokyo-nrw.json"),
        ("probe3-tsu", "P3TS", cases_tsu.cases, REGQ_TSU, "probe3-tsu.json")]


def main():
    errs, md = [], ["# counts\n"]
    for name, prefix, fn, regq, path in SETS:
        cs = fn()
        out = []
        for i, c in enumerate(cs, 1):
            out.append({"id": f"{prefix}{i:03d}", **c})
        doc = {"set": name, "writtenBy": WRITTEN_BY, "cases": out}
        e = validate(doc, prefix, regq)
        errs += [f"{name}: {x}" for x in e]
        texts = [" / ".join(t["text"] for t in c["turns"]) for c in out]
        dup = [t for t, n in Counter(texts).items() if n > 1]
        errs += [f"{name}: duplicate case text {d}" for d in dup]
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
        with open(path, encoding="utf-8") as f:
            json.load(f)
        md.append(f"## {name} ({len(out)} cases)\n")
        multi = sum(len(c["turns"]) > 1 for c in out)
        md.append(f"- multi-turn: {multi} ({100 * multi / len(out):.0f} %), turns: "
                  + ", ".join(f"{k}: {v}" for k, v in sorted(Counter(len(c['turns']) for c in out).items())))
        for label, key in [("kind", lambda c: c["turns"][-1]["expect"].get("kind", "(open)")),
                           ("region", lambda c: str(c["region"])),
                           ("language", lambda c: c["lang"]),
                           ("topic", lambda c: c["topic"])]:
            cnt = Counter(key(c) for c in out)
            md.append(f"- {label}: " + ", ".join(f"{k} {v}" for k, v in sorted(cnt.items())))
        md.append("")
    with open("counts.md", "w", encoding="utf-8") as f:
        f.write("\n".join(md) + "\n")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("\n".join(md))


if __name__ == "__main__":
    main()
