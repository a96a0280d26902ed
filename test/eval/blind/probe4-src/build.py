#!/usr/bin/env python3
"""Build and validate probe4-tokyo-nrw.json and probe4-tsu.json; write counts.md. Exit 1 on any error."""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import KINDS, REGIONS, TOPICS, RQ1, RQ2  # noqa: E402
import cases_tokyo_nrw  # noqa: E402
import cases_tsu  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
WRITTEN_BY = "probe4 helper session (blind, from SPEC.md + seeds + search), 2026-11-30"
LANGS = {"ja", "de", "en", "fr", "zh", "ko", "tr", "es", "vi", "pt"}
P_REGIONS = {1: {"tokyo", "nrw", None}, 2: {"tsu", "paris", "geneva", None}}
P_LANGS = {1: {"ja", "de", "en"}, 2: {"ja", "fr", "en"}}

# Examples quoted in ISSUE8_WHY.md must not be copied.
ISSUE8_EXAMPLES = [
    "hallo", "こんにちは", "hi", "do i need an appointment for that?", "and how long does that take?", "kölnで",
    "düsseldorfに", "we moved to essen", "which tokyo government office do i contact as a company from nrw?",
    "wie melde ich meinen wohnsitz in tokyo an?", "minimum capital for a kk?", "how much capital for a gmbh?",
    "what does founding a gk cost?", "do i need to speak german at the notary?",
    "which visa do i need to open a company in tokyo?", "what do i need to found a company in düsseldorf?",
    "who supports japanese companies in nrw", "i want to found a company in tokyo",
]


def norm(s):
    return unicodedata.normalize("NFKC", s).casefold()


def validate(cases, partnership, prefix, errors):
    seen_texts = set()
    for c in cases:
        cid = c["id"]
        if not re.fullmatch(prefix + r"\d{3}", cid):
            errors.append(f"{cid}: bad id")
        if c["lang"] not in LANGS:
            errors.append(f"{cid}: bad lang {c['lang']}")
        if c["region"] not in REGIONS or c["region"] not in P_REGIONS[partnership]:
            errors.append(f"{cid}: bad region {c['region']}")
        if c["topic"] not in TOPICS:
            errors.append(f"{cid}: bad topic {c['topic']}")
        turns = c["turns"]
        if not (1 <= len(turns) <= 4):
            errors.append(f"{cid}: {len(turns)} turns")
        for i, t in enumerate(turns):
            if not isinstance(t.get("text"), str) or not t["text"].strip():
                errors.append(f"{cid}: empty turn {i}")
            if ("expect" in t) != (i == len(turns) - 1):
                errors.append(f"{cid}: expect must be on the last turn only")
            if norm(t["text"]).strip() in ISSUE8_EXAMPLES:
                errors.append(f"{cid}: copies an ISSUE8 example: {t['text']!r}")
        key = tuple(norm(t["text"]) for t in turns)
        if key in seen_texts:
            errors.append(f"{cid}: duplicate conversation")
        seen_texts.add(key)
        e = turns[-1].get("expect", {})
        kind = e.get("kind")
        if kind not in KINDS:
            errors.append(f"{cid}: bad kind {kind}")
        lang_ok = e.get("language")
        if not lang_ok or not isinstance(lang_ok, list):
            errors.append(f"{cid}: language missing")
        else:
            if c["lang"] in P_LANGS[partnership] and c["lang"] not in lang_ok:
                errors.append(f"{cid}: asker language {c['lang']} not accepted")
            if c["lang"] not in P_LANGS[partnership] and "en" not in lang_ok:
                errors.append(f"{cid}: other-language case must accept en")
        groups = e.get("all")
        if not isinstance(groups, list) or any(not isinstance(g, list) or not g or
                                                 any(not isinstance(a, str) or not a.strip() for a in g) for g in groups):
            errors.append(f"{cid}: bad all groups")
            groups = []
        none = e.get("none")
        if not isinstance(none, list) or any(not isinstance(a, str) or not a for a in none):
            errors.append(f"{cid}: bad none")
            none = []
        if kind in ("answer", "handover", "emergency") and not groups:
            errors.append(f"{cid}: {kind} without keyword groups")
        # a `none` marker must not be able to hit a required alternative
        for g in groups:
            for a in g:
                for n in none:
                    if norm(n) in norm(a):
                        errors.append(f"{cid}: none {n!r} conflicts with alternative {a!r}")
        # region question must be forbidden wherever a region was named (and never on small talk / off-topic)
        rq = RQ1 if partnership == 1 else RQ2
        if (c["region"] is not None or kind in ("smalltalk", "out-of-scope")) and kind != "clarify-region":
            if not any(n in rq for n in none):
                errors.append(f"{cid}: region named but region question not in none")
        if kind == "clarify-region" and c["region"] is not None:
            errors.append(f"{cid}: clarify-region with a named region")
        if len(groups) > 4:
            errors.append(f"{cid}: too many groups ({len(groups)}) – keep few, robust ones")


def counts(cases):
    k = Counter(c["turns"][-1]["expect"].get("kind") or "(open)" for c in cases)
    r = Counter(c["region"] or "null" for c in cases)
    lang = Counter(c["lang"] for c in cases)
    t = Counter(c["topic"] for c in cases)
    multi = sum(1 for c in cases if len(c["turns"]) > 1)
    return k, r, lang, t, multi


def table(title, counter):
    rows = [f"| {title} | n |", "|---|---|"] + [f"| {a} | {b} |" for a, b in sorted(counter.items(), key=lambda x: (-x[1], x[0]))]
    return "\n".join(rows)


def main():
    errors = []
    sets = [("probe4-tokyo-nrw", "P4TN", cases_tokyo_nrw.CASES, 1),
            ("probe4-tsu", "P4TS", cases_tsu.CASES, 2)]
    md = ["# probe4 counts (generated by build.py)", ""]
    for name, prefix, cases, p in sets:
        out = []
        for i, c in enumerate(cases, 1):
            out.append({"id": f"{prefix}{i:03d}", **c})
        validate(out, p, prefix, errors)
        k, r, lang, t, multi = counts(out)
        share = multi / len(out)
        if not (0.25 <= share <= 0.40):
            errors.append(f"{name}: multi-turn share {share:.0%} outside 25–40 %")
        data = {"set": name, "writtenBy": WRITTEN_BY, "cases": out}
        with open(os.path.join(OUT, f"{name}.json"), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
        md += [f"## {name}: {len(out)} cases, {multi} multi-turn ({share:.0%})", "",
               table("kind", k), "", table("region", r), "", table("language", lang), "", table("topic", t), ""]
        print(f"{name}: {len(out)} cases, multi-turn {multi} ({share:.0%}); kinds {dict(k)}")
    with open(os.path.join(OUT, "counts.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(md))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
