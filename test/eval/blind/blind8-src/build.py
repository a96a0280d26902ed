#!/usr/bin/env python3
"""Build blind8 JSON sets, validate them, write counts.md."""
import json, sys, collections, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import assign_ids, validate
import cases_tokyo_nrw, cases_tsu

HERE = os.path.dirname(os.path.abspath(__file__))
WHO = "blind8 helper session, 2026-11-30"
SETS = [("blind8-tokyo-nrw", "B8TN", cases_tokyo_nrw.CASES, "blind8-tokyo-nrw.json"),
        ("blind8-tsu", "B8TS", cases_tsu.CASES, "blind8-tsu.json")]


def counts(cases):
    out = {}
    for key, f in [("kind", lambda c: c["turns"][-1]["expect"].get("kind", "(several)")),
                   ("region", lambda c: str(c["region"])), ("lang", lambda c: c["lang"]), ("topic", lambda c: c["topic"]),
                   ("turns", lambda c: "multi-turn" if len(c["turns"]) > 1 else "single")]:
        out[key] = collections.Counter(f(c) for c in cases)
    return out


def main():
    errors = 0
    md = ["# blind8 counts", ""]
    for name, prefix, cases, fn in SETS:
        doc = {"set": name, "writtenBy": WHO, "cases": assign_ids(cases, prefix)}
        errs = validate(doc, prefix)
        for e in errs:
            print(f"{name}: {e}", file=sys.stderr)
        errors += len(errs)
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        # round-trip check
        with open(os.path.join(HERE, fn), encoding="utf-8") as f:
            errors += len(validate(json.load(f), prefix))
        md += [f"## {name} ({len(doc['cases'])} cases, ids {prefix}001–{prefix}{len(doc['cases']):03d})", ""]
        for key, ctr in counts(doc["cases"]).items():
            md.append(f"- **{key}**: " + ", ".join(f"{k} {v}" for k, v in sorted(ctr.items(), key=lambda kv: -kv[1])))
        md.append("")
        print(f"{fn}: {len(doc['cases'])} cases, {len(errs)} errors")
    with open(os.path.join(HERE, "counts.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(md) + "\n")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
