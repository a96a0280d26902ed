"""Shared helpers for the blind12 evaluation sets (written blind: no project files read)."""

KINDS = {"answer", "smalltalk", "out-of-scope", "clarify-region", "handover", "emergency"}
TOPICS = {"company", "daily-life", "healthcare", "housing", "residence", "schooling", "support",
          "emergency", "smalltalk", "out-of-scope", "handover", "follow-up"}
REGIONS = {"tokyo", "nrw", "tsu", "paris", "geneva", None}
MAIN_LANGS = {"tn": {"ja", "de", "en"}, "ts": {"ja", "fr", "en"}}

# Region questions (question forms only, so that a menu naming the regions does not trip them)
RQ_TN = ["Tokyo or NRW?", "Tokyo oder NRW?", "NRW or Tokyo?", "NRW oder Tokyo?", "東京とNRWのどちら",
         "東京・NRWのどちら", "東京とNRW、どちら", "which region", "welche Region", "どちらの地域", "どの地域"]
RQ_TS = ["which region", "quelle région", "quelle region", "どちらの地域", "どの地域",
         "Tsu, Paris or Geneva?", "Tsu, Paris ou Genève ?", "Tsu, Paris ou Genève?", "津・パリ・ジュネーブのどちら"]


def num(v, extra=()):
    """Tolerant spellings of an integer: 25,000 / 25.000 / 25000 / 25 000 (+ 万 form)."""
    out = [f"{v:,}", f"{v:,}".replace(",", "."), str(v), f"{v:,}".replace(",", " "),
           f"{v:,}".replace(",", "\u202f"), f"{v:,}".replace(",", "'"), f"{v:,}".replace(",", "’")]
    if v >= 10000 and v % 10000 == 0:
        man = v // 10000
        out += [f"{man}万", f"{man:,}万"]
    elif v >= 10000 and v % 1000 == 0:
        man, rest = divmod(v, 10000)
        out += [f"{man}万{rest}", f"{man}.{rest // 1000}万"]
    seen, res = set(), []
    for o in list(out) + list(extra):
        if o not in seen:
            seen.add(o)
            res.append(o)
    return res


def mk(lang, region, topic, turns, kind, all_=None, none=None, language=None, main=None):
    """Build one case dict. turns: list of str; only the last turn carries expect."""
    if language is None:
        language = [lang] if lang in main else ["en", lang]
    exp = {}
    if kind:
        exp["kind"] = kind
    exp["language"] = language
    if all_:
        exp["all"] = all_
    if none:
        exp["none"] = none
    ts = [{"text": t} for t in turns[:-1]] + [{"text": turns[-1], "expect": exp}]
    return {"lang": lang, "region": region, "topic": topic, "turns": ts}
