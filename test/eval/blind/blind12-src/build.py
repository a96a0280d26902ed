"""Validate both case lists and write blind12-tokyo-nrw.json, blind12-tsu.json and counts.md."""
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import KINDS, TOPICS, REGIONS, MAIN_LANGS, RQ_TN, RQ_TS  # noqa: E402
import cases_tokyo_nrw  # noqa: E402
import cases_tsu  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
WRITTEN_BY = "blind12 helper session (written blind from SPEC/ISSUE8_WHY/seeds + search), 2026-11-30"
SETS = [
    ("blind12-tokyo-nrw", "B12TN", "blind12-tokyo-nrw.json", cases_tokyo_nrw.CASES, "tn", RQ_TN, {"tokyo", "nrw", None}),
    ("blind12-tsu", "B12TS", "blind12-tsu.json", cases_tsu.CASES, "ts", RQ_TS, {"tsu", "paris", "geneva", None}),
]


def validate(case, key, rq, regions):
    errs = []
    main = MAIN_LANGS[key]
    if set(case) != {"id", "lang", "region", "topic", "turns"}:
        errs.append(f"keys {sorted(case)}")
    if case["region"] not in REGIONS or case["region"] not in regions:
        errs.append(f"region {case['region']}")
    if case["topic"] not in TOPICS:
        errs.append(f"topic {case['topic']}")
    turns = case["turns"]
    if not turns or any(not isinstance(t.get("text"), str) or not t["text"].strip() for t in turns):
        errs.append("empty turn")
    if any("expect" in t for t in turns[:-1]) or "expect" not in turns[-1]:
        errs.append("expect must be on the last turn only")
    if len(turns) > 1 and case["topic"] != "follow-up":
        errs.append("multi-turn case should have topic follow-up")
    exp = turns[-1].get("expect", {})
    if not set(exp) <= {"kind", "language", "all", "none"}:
        errs.append(f"expect keys {sorted(exp)}")
    if "kind" in exp and exp["kind"] not in KINDS:
        errs.append(f"kind {exp['kind']}")
    lang = case["lang"]
    langs = exp.get("language")
    if not isinstance(langs, list) or not langs:
        errs.append("language missing")
    elif lang in main and langs != [lang]:
        errs.append(f"language {langs} for {lang}")
    elif lang not in main and set(langs) != {"en", lang}:
        errs.append(f"other-language case must accept en + {lang}: {langs}")
    groups = exp.get("all", [])
    for g in groups:
        if not isinstance(g, list) or not g or any(not isinstance(a, str) or not a.strip() for a in g):
            errs.append(f"bad group {g}")
        if len(set(g)) != len(g):
            errs.append(f"duplicate alternative in {g[:3]}")
    nones = exp.get("none", [])
    if any(not isinstance(n, str) or not n.strip() for n in nones):
        errs.append("bad none")
    if case["region"] is not None and not any(n in rq for n in nones):
        errs.append("region named but region question not in none")
    if exp.get("kind") in ("smalltalk", "out-of-scope") and not any(n in rq for n in nones):
        errs.append("smalltalk/out-of-scope must forbid the region question")
    if exp.get("kind") == "clarify-region" and case["region"] is not None:
        errs.append("clarify-region with a named region")
    for n in nones:
        for g in groups:
            for a in g:
                if n.lower() in a.lower():
                    errs.append(f"none {n!r} contradicts alternative {a!r}")
    return errs


def table(counter, title):
    lines = [f"| {title} | cases |", "| --- | --- |"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        lines.append(f"| {k if k is not None else 'null'} | {v} |")
    return "\n".join(lines)


def main():
    md = ["# blind12 counts", ""]
    bad = 0
    for name, prefix, fname, cases, key, rq, regions in SETS:
        out = []
        for i, raw in enumerate(cases, 1):
            case = {"id": f"{prefix}{i:03d}", **raw}
            errs = validate(case, key, rq, regions)
            for e in errs:
                print(f"{case['id']}: {e}")
            bad += len(errs)
            out.append(case)
        ids = [c["id"] for c in out]
        assert len(ids) == len(set(ids))
        with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
            json.dump({"set": name, "writtenBy": WRITTEN_BY, "cases": out}, f, ensure_ascii=False, indent=1)
            f.write("\n")
        kinds = Counter(c["turns"][-1]["expect"].get("kind", "(omitted)") for c in out)
        regs = Counter(c["region"] for c in out)
        langs = Counter(c["lang"] for c in out)
        topics = Counter(c["topic"] for c in out)
        multi = sum(1 for c in out if len(c["turns"]) > 1)
        md += [f"## {name} ({fname}) — {len(out)} cases, {multi} multi-turn ({100 * multi / len(out):.1f} %)", "",
               table(kinds, "kind"), "", table(regs, "region"), "", table(langs, "language"), "", table(topics, "topic"), ""]
        print(f"{name}: {len(out)} cases, {multi} multi-turn")
    with open(os.path.join(OUT, "counts.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(md))
    if bad:
        print(f"{bad} problems")
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
