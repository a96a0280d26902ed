"""Shared helpers and validator for the blind7 sets (kakehashi)."""
import json

KINDS = {"answer", "smalltalk", "out-of-scope", "clarify-region", "handover", "emergency"}
REGIONS = {"tokyo", "nrw", "tsu", "paris", "geneva", None}
TOPICS = {"company", "daily-life", "healthcare", "housing", "residence", "schooling", "support",
          "emergency", "smalltalk", "out-of-scope", "handover", "follow-up"}
P1_LANGS = {"ja", "de", "en"}
P2_LANGS = {"ja", "fr", "en"}

# region question markers (must not occur where a region is named / on small talk)
RQ1 = ["Tokyo oder NRW", "Tokio oder NRW", "Tokyo or NRW", "Tokyo or North Rhine", "東京とNRWのどちら",
       "東京またはNRW", "東京かNRW", "東京とノルトライン", "Welche Region meinen", "which region do you mean"]
RQ2 = ["Paris ou Genève", "Paris or Geneva", "Paris oder Genf", "Tsu, Paris", "パリとジュネーブのどちら",
       "パリかジュネーブ", "quelle région", "which region do you mean"]

def num(n, extra=()):
    """all usual spellings of an integer (de/en/fr/ch)."""
    s = str(n)
    out = [s]
    if n >= 1000:
        g = f"{n:,}"
        out += [g, g.replace(",", "."), g.replace(",", " "), g.replace(",", "'"), g.replace(",", "’"),
                g.replace(",", "\u202f"), g.replace(",", "\u00a0")]
    out += list(extra)
    seen = []
    for x in out:
        if x not in seen:
            seen.append(x)
    return seen

def make(partner, lang, region, topic, turns, kind=None, all=(), none=(), language=None, no_rq=None):
    langs = P1_LANGS if partner == 1 else P2_LANGS
    if isinstance(turns, str):
        turns = [turns]
    if language is None:
        language = [lang] if lang in langs else ["en", lang]
    none = list(none)
    rq = RQ1 if partner == 1 else RQ2
    if no_rq is None:
        no_rq = (region is not None) or kind in ("smalltalk", "out-of-scope", "emergency")
    if no_rq and kind != "clarify-region":
        none = rq + [x for x in none if x not in rq]
    exp = {}
    if kind:
        exp["kind"] = kind
    exp["language"] = language
    if all:
        exp["all"] = [list(g) for g in all]
    if none:
        exp["none"] = none
    ts = [{"text": t} for t in turns[:-1]] + [{"text": turns[-1], "expect": exp}]
    return {"lang": lang, "region": region, "topic": topic, "turns": ts}

def build(name, prefix, writer, cases):
    out = []
    for i, c in enumerate(cases, 1):
        d = {"id": f"{prefix}{i:03d}"}
        d.update(c)
        out.append(d)
    return {"set": name, "writtenBy": writer, "cases": out}

def validate(doc, partner):
    errs = []
    langs = P1_LANGS if partner == 1 else P2_LANGS
    ids = set()
    for c in doc["cases"]:
        cid = c.get("id")
        if cid in ids: errs.append(f"dup id {cid}")
        ids.add(cid)
        if set(c) != {"id", "lang", "region", "topic", "turns"}: errs.append(f"{cid}: keys {set(c)}")
        if c["region"] not in REGIONS: errs.append(f"{cid}: region")
        if partner == 1 and c["region"] not in ("tokyo", "nrw", None): errs.append(f"{cid}: region p1")
        if partner == 2 and c["region"] not in ("tsu", "paris", "geneva", None): errs.append(f"{cid}: region p2")
        if c["topic"] not in TOPICS: errs.append(f"{cid}: topic")
        t = c["turns"]
        if not (1 <= len(t) <= 3): errs.append(f"{cid}: turns len")
        for j, turn in enumerate(t):
            if not turn.get("text", "").strip(): errs.append(f"{cid}: empty text")
            if j < len(t) - 1 and "expect" in turn: errs.append(f"{cid}: expect on non-last turn")
        e = t[-1].get("expect")
        if not e: errs.append(f"{cid}: no expect"); continue
        if set(e) - {"kind", "language", "all", "none"}: errs.append(f"{cid}: expect keys")
        if "kind" in e and e["kind"] not in KINDS: errs.append(f"{cid}: kind")
        lg = e.get("language")
        if not lg or not all(isinstance(x, str) for x in lg): errs.append(f"{cid}: language")
        if c["lang"] in langs and lg != [c["lang"]] and c["lang"] not in lg: errs.append(f"{cid}: asker lang not accepted")
        if c["lang"] not in langs and ("en" not in lg or c["lang"] not in lg): errs.append(f"{cid}: other-lang rule")
        for g in e.get("all", []):
            if not g or not all(isinstance(x, str) and x.strip() for x in g): errs.append(f"{cid}: bad group")
        for x in e.get("none", []):
            if not isinstance(x, str) or not x.strip(): errs.append(f"{cid}: bad none")
        # a 'none' marker must not also be an 'all' alternative
        low = {x.lower() for x in e.get("none", [])}
        for g in e.get("all", []):
            for x in g:
                if x.lower() in low: errs.append(f"{cid}: '{x}' in all and none")
        if e.get("kind") == "clarify-region" and c["region"] is not None: errs.append(f"{cid}: clarify with region")
    return errs
