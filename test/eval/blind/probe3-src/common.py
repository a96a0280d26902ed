"""Shared helpers for the probe3 evaluation sets: number formats, keyword groups, case builder, validator."""
import re

KINDS = {"answer", "smalltalk", "out-of-scope", "clarify-region", "handover", "emergency"}
REGIONS = {"tokyo", "nrw", "tsu", "paris", "geneva", None}
TOPICS = {"company", "daily-life", "healthcare", "housing", "residence", "schooling", "support", "emergency",
          "smalltalk", "out-of-scope", "handover", "follow-up"}
LANGS = {"ja", "de", "en", "fr", "zh", "ko", "tr", "es", "vi", "pt"}


def _dedupe(xs):
    seen, out = set(), []
    for x in xs:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def num(n, unit=None):
    """Every usual written form of integer n: 25000 -> 25.000, 25,000, 25 000, 25'000, 25000, 2万5000, 2.5万, 25k ..."""
    out = []
    if n >= 1000:
        base = f"{n:,}"
        for sep in [",", ".", " ", "'", "\u202f", "\u00a0", "’", ""]:
            out.append(base.replace(",", sep))
    else:
        out.append(str(n))
    if n >= 10000:
        man, rest = divmod(n, 10000)
        if rest == 0:
            out += [f"{man}万", f"{man:,}万"]
        else:
            out += [f"{man}万{rest}", f"{n / 10000:g}万"]
            if rest % 1000 == 0:
                out.append(f"{man}万{rest // 1000}千")
    if n >= 1000 and n % 1000 == 0 and n < 1_000_000:
        out += [f"{n // 1000}k", f"{n // 1000} k", f"{n // 1000} Tsd", f"{n // 1000}.000"]
    if n >= 1_000_000 and n % 100_000 == 0:
        m = f"{n / 1_000_000:g}"
        for s in (m, m.replace(".", ",")):
            out += [f"{s} million", f"{s} Mio", f"{s} Millionen", f"{s}m ", f"{s} M", f"{s} millions"]
    if unit:
        out = [f"{x}{u}" for x in out for u in unit] + out
    return _dedupe(out)


# --- region question markers (must not appear when a region was named) ---
REGQ_TN = ["Tokyo oder NRW", "Tokio oder NRW", "NRW oder Tokyo", "Tokyo or NRW", "NRW or Tokyo", "Tokyo or North Rhine",
           "東京とNRWのどちら", "東京とNRW、どちら", "東京かNRWか", "東京またはNRW", "NRWと東京のどちら", "東京・NRWのどちら",
           "Welche Region meinen", "which region do you mean", "which region are you"]
REGQ_TSU = ["Paris ou Genève", "Paris or Geneva", "Genève ou Paris", "パリとジュネーブのどちら", "パリかジュネーブか",
            "quelle région", "which region do you mean", "which region are you", "どの地域ですか", "どちらの地域"]

LANG_PRIMARY_TN = {"ja", "de", "en"}
LANG_PRIMARY_TSU = {"ja", "fr", "en"}


def make_builder(primary, regq):
    def c(lang, region, topic, turns, kind=None, all_=None, none=None, language=None):
        if isinstance(turns, str):
            turns = [turns]
        if language is None:
            language = [lang] if lang in primary else ["en", lang]
        exp = {}
        if kind:
            exp["kind"] = kind
        exp["language"] = language
        if all_:
            exp["all"] = [list(g) for g in all_]
        nn = list(none or [])
        if region is not None and kind != "clarify-region":
            nn = regq + nn
        if nn:
            exp["none"] = _dedupe(nn)
        ts = [{"text": t} for t in turns[:-1]] + [{"text": turns[-1], "expect": exp}]
        return {"lang": lang, "region": region, "topic": topic, "turns": ts}
    return c


def validate(doc, prefix, regq):
    errs = []
    if not isinstance(doc, dict) or set(doc) != {"set", "writtenBy", "cases"}:
        errs.append("top-level keys must be set, writtenBy, cases")
        return errs
    ids = set()
    for i, cs in enumerate(doc["cases"], 1):
        cid = cs.get("id", "?")
        want = f"{prefix}{i:03d}"
        if cid != want:
            errs.append(f"{cid}: expected id {want}")
        if cid in ids:
            errs.append(f"{cid}: duplicate id")
        ids.add(cid)
        if set(cs) != {"id", "lang", "region", "topic", "turns"}:
            errs.append(f"{cid}: bad keys {sorted(cs)}")
        if cs.get("lang") not in LANGS:
            errs.append(f"{cid}: bad lang")
        if cs.get("region") not in REGIONS:
            errs.append(f"{cid}: bad region")
        if cs.get("topic") not in TOPICS:
            errs.append(f"{cid}: bad topic")
        turns = cs.get("turns")
        if not isinstance(turns, list) or not turns or len(turns) > 4:
            errs.append(f"{cid}: turns must be 1-4")
            continue
        for j, t in enumerate(turns):
            if not isinstance(t.get("text"), str) or not t["text"].strip():
                errs.append(f"{cid}: empty turn text")
            last = j == len(turns) - 1
            if last != ("expect" in t):
                errs.append(f"{cid}: expect must be on last turn only")
            if set(t) - {"text", "expect"}:
                errs.append(f"{cid}: bad turn keys")
        exp = turns[-1].get("expect", {})
        if set(exp) - {"kind", "language", "all", "none"}:
            errs.append(f"{cid}: bad expect keys")
        if "kind" in exp and exp["kind"] not in KINDS:
            errs.append(f"{cid}: bad kind")
        lg = exp.get("language")
        if not isinstance(lg, list) or not lg or any(x not in LANGS for x in lg):
            errs.append(f"{cid}: bad language list")
        elif cs["lang"] not in lg and "en" not in lg:
            errs.append(f"{cid}: asker's language not accepted")
        groups = exp.get("all", [])
        if not isinstance(groups, list):
            errs.append(f"{cid}: all must be list")
            groups = []
        for g in groups:
            if not isinstance(g, list) or not g or any(not isinstance(a, str) or not a.strip() for a in g):
                errs.append(f"{cid}: bad keyword group {g}")
        none = exp.get("none", [])
        if not isinstance(none, list) or any(not isinstance(a, str) or not a.strip() for a in none):
            errs.append(f"{cid}: bad none list")
            none = []
        low_none = [n.lower() for n in none]
        for g in groups:
            for a in g:
                for n in low_none:
                    if n in a.lower():
                        errs.append(f"{cid}: alternative '{a}' contains forbidden '{n}'")
        if cs.get("region") is not None and exp.get("kind") != "clarify-region":
            if not any(q in none for q in regq):
                errs.append(f"{cid}: region named but no region question in none")
        if exp.get("kind") == "clarify-region" and cs.get("region") is not None:
            errs.append(f"{cid}: clarify-region with a named region")
        if cs.get("lang") not in LANG_PRIMARY_TN | LANG_PRIMARY_TSU and "en" not in (lg or []):
            errs.append(f"{cid}: other-language case must accept en")
    return errs
