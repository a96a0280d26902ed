"""Validate the blind9 cases and write the two JSON sets and counts.md.

Exit code 0 only when every check passes.
"""
import collections
import json
import re
import sys
import unicodedata

import common
import cases_tokyo_nrw
import cases_tsu

WRITTEN_BY = "blind9 helper session (fresh questions, facts checked with search), 2026-11-30"
ISSUE8_EXAMPLES = [
    "Hallo", "こんにちは", "Hi", "do I need an appointment for that?", "and how long does that take?",
    "I want to found a company in Tokyo", "we moved to Essen", "Kölnで", "Düsseldorfに",
    "which Tokyo government office do I contact as a company from NRW?",
    "Wie melde ich meinen Wohnsitz in Tokyo an?", "minimum capital for a KK?", "how much capital for a GmbH?",
    "what does founding a GK cost?", "do I need to speak German at the notary?",
    "which visa do I need to open a company in Tokyo?", "who supports Japanese companies in NRW",
    "what do I need to found a company in Düsseldorf?",
]


def norm(s):
    return unicodedata.normalize("NFKC", s).casefold().strip()


def validate(setname, prefix, partner, cases, errors):
    langs_ok = common.PARTNER_LANGS[partner]
    regq = [norm(x) for x in common.rq(partner)]
    ids = set()
    for i, c in enumerate(cases, 1):
        cid = c.get("id")
        where = f"{setname}/{cid}"
        if cid != f"{prefix}{i:03d}":
            errors.append(f"{where}: id out of sequence (expected {prefix}{i:03d})")
        if cid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(cid)
        if set(c) != {"id", "lang", "region", "topic", "turns"}:
            errors.append(f"{where}: unexpected keys {sorted(c)}")
        if c["lang"] not in common.LANGS:
            errors.append(f"{where}: bad lang {c['lang']}")
        if c["region"] not in common.REGIONS:
            errors.append(f"{where}: bad region {c['region']}")
        allowed_regions = {"tokyo", "nrw", None} if partner == "tn" else {"tsu", "paris", "geneva", None}
        if c["region"] not in allowed_regions:
            errors.append(f"{where}: region {c['region']} not in this partnership")
        if c["topic"] not in common.TOPICS:
            errors.append(f"{where}: bad topic {c['topic']}")
        turns = c["turns"]
        if not isinstance(turns, list) or not turns:
            errors.append(f"{where}: turns must be a non-empty list")
            continue
        for j, t in enumerate(turns):
            if not isinstance(t.get("text"), str) or not t["text"].strip():
                errors.append(f"{where}: turn {j} has no text")
            if j < len(turns) - 1 and "expect" in t:
                errors.append(f"{where}: only the last turn may carry expect")
        exp = turns[-1].get("expect")
        if not isinstance(exp, dict):
            errors.append(f"{where}: last turn has no expect")
            continue
        if set(exp) - {"kind", "language", "all", "none"}:
            errors.append(f"{where}: unexpected expect keys {sorted(exp)}")
        kind = exp.get("kind")
        if kind is not None and kind not in common.KINDS:
            errors.append(f"{where}: bad kind {kind}")
        lang_exp = exp.get("language")
        if not isinstance(lang_exp, list) or not lang_exp:
            errors.append(f"{where}: language must be a non-empty list")
        elif c["lang"] in langs_ok:
            if lang_exp != [c["lang"]]:
                errors.append(f"{where}: reply language should be [{c['lang']}]")
        elif "en" not in lang_exp or c["lang"] not in lang_exp:
            errors.append(f"{where}: other language needs ['en', '{c['lang']}']")
        groups = exp.get("all", [])
        if not isinstance(groups, list) or any(not isinstance(g, list) or not g for g in groups):
            errors.append(f"{where}: all must be a list of non-empty lists")
            groups = []
        for g in groups:
            for a in g:
                if not isinstance(a, str) or not a.strip():
                    errors.append(f"{where}: empty alternative in all")
        none = exp.get("none", [])
        if not isinstance(none, list) or any(not isinstance(x, str) or not x.strip() for x in none):
            errors.append(f"{where}: none must be a list of strings")
            none = []
        nn = [norm(x) for x in none]
        # the region question must be forbidden wherever a region was named
        if c["region"] is not None and not any(x in nn for x in regq):
            errors.append(f"{where}: region named but region question not in none")
        if kind in ("smalltalk", "out-of-scope", "emergency") and not any(x in nn for x in regq):
            errors.append(f"{where}: {kind} must forbid the region question")
        if kind == "clarify-region":
            if c["region"] is not None:
                errors.append(f"{where}: clarify-region case names a region")
            if any(x in nn for x in regq):
                errors.append(f"{where}: clarify-region case forbids the region question")
        if kind in ("answer", "handover", "emergency", "clarify-region") and not groups:
            errors.append(f"{where}: {kind} case without keyword groups")
        # no contradiction between all and none
        for g in groups:
            for a in g:
                na = norm(a)
                for x in nn:
                    if x in na:  # a required word would always trip the ban
                        errors.append(f"{where}: all alternative {a!r} collides with none {x!r}")
        # wrong-region markers must not be in the user's own words
        text_all = norm(" ".join(t["text"] for t in turns))
        for x in nn:
            if x in text_all:
                errors.append(f"{where}: none marker {x!r} occurs in the question itself")
        for x in ISSUE8_EXAMPLES:
            for t in turns:
                if norm(t["text"]) == norm(x):
                    errors.append(f"{where}: copies an ISSUE8 example: {x!r}")


def counts(cases):
    c = {k: collections.Counter() for k in ("kind", "region", "lang", "topic", "turns")}
    for x in cases:
        exp = x["turns"][-1]["expect"]
        c["kind"][exp.get("kind", "(several fair)")] += 1
        c["region"][str(x["region"]) if x["region"] else "none named"] += 1
        c["lang"][x["lang"]] += 1
        c["topic"][x["topic"]] += 1
        c["turns"]["multi-turn" if len(x["turns"]) > 1 else "single"] += 1
    return c


def table(counter, title):
    lines = [f"| {title} | cases |", "|---|---:|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| {k} | {v} |")
    return "\n".join(lines)


def main():
    errors = []
    sets = [
        ("blind9-tokyo-nrw", "B9TN", "tn", "blind9-tokyo-nrw.json", cases_tokyo_nrw.CASES),
        ("blind9-tsu", "B9TS", "tsu", "blind9-tsu.json", cases_tsu.CASES),
    ]
    seen_texts = {}
    md = ["# blind9 case counts", "", "Generated by build.py.", ""]
    for name, prefix, partner, fname, raw in sets:
        cases = common.number(raw, prefix)
        validate(name, prefix, partner, cases, errors)
        for c in cases:
            key = tuple(norm(t["text"]) for t in c["turns"])
            if key in seen_texts:
                errors.append(f"{name}/{c['id']}: same conversation as {seen_texts[key]}")
            seen_texts[key] = f"{name}/{c['id']}"
        multi = sum(1 for c in cases if len(c["turns"]) > 1)
        share = multi / len(cases)
        if not 0.07 <= share <= 0.15:
            errors.append(f"{name}: multi-turn share {share:.1%} is not about 10 %")
        other = sum(1 for c in cases if c["lang"] not in common.PARTNER_LANGS[partner])
        if other < 5:
            errors.append(f"{name}: too few questions in other languages ({other})")
        kinds = {c["turns"][-1]["expect"].get("kind") for c in cases}
        missing = common.KINDS - kinds
        if missing:
            errors.append(f"{name}: kinds missing: {sorted(missing)}")
        doc = {"set": name, "writtenBy": WRITTEN_BY, "cases": cases}
        text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
        json.loads(text)
        with open(fname, "w", encoding="utf-8") as f:
            f.write(text)
        cnt = counts(cases)
        md += [f"## {name} ({len(cases)} cases, {multi} multi-turn = {share:.0%}, "
               f"{other} in other languages)", ""]
        for key, title in (("kind", "kind"), ("region", "region"), ("lang", "language"), ("topic", "topic"),
                           ("turns", "turns")):
            md += [table(cnt[key], title), ""]
    with open("counts.md", "w", encoding="utf-8") as f:
        f.write("\n".join(md))
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} error(s)")
        return 1
    print("ok:", ", ".join(f"{s[3]}" for s in sets), "and counts.md written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
