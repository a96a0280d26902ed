#!/usr/bin/env python3
"""Generator for the blind6 evaluation sets (kakehashi).
Written without access to knowledge/ or test/. Validates ids, turns, languages,
keyword groups and writes blind6-tokyo-nrw.json, blind6-tsu.json and the count
tables of README-blind6.md."""
import json, collections, os, sys

OUT = os.path.dirname(os.path.abspath(__file__))
WRITTEN_BY = "blind6 helper session (no access to knowledge/ or test/), 2026-11-30"
KINDS = {"answer", "smalltalk", "out-of-scope", "clarify-region", "handover", "emergency"}
TOPICS = {"company", "daily-life", "healthcare", "housing", "residence", "schooling", "support",
          "emergency", "smalltalk", "out-of-scope", "handover", "follow-up"}
REGIONS = {"tokyo", "nrw", "tsu", "paris", "geneva", None}
LANGS = {"ja", "de", "en", "fr", "zh", "ko", "es", "tr", "vi", "pt", "it"}
HOME = {"tn": {"ja", "de", "en"}, "ts": {"ja", "fr", "en"}}

# ---------- shared keyword groups (all confirmed, see README) ----------
RQ_TN = ["Tokyo or NRW", "Tokyo oder NRW", "NRW or Tokyo", "NRW oder Tokyo", "東京とNRWのどちら",
         "東京またはNRW", "東京かNRWか", "Tokio oder NRW"]
RQ_TS = ["Paris or Geneva", "Paris ou Genève", "Tsu, Paris or Geneva", "Tsu, Paris ou Genève",
         "パリとジュネーブのどちら", "パリかジュネーブか", "Quelle région", "quelle région"]
D14 = ["14日", "14 days", "14 Tage", "14 Tagen", "two weeks", "2 weeks", "zwei Wochen", "2 Wochen",
       "2週間", "14 jours", "quatorze jours", "14 ngày", "14일", "14 dias", "14 días", "14 giorni", "14 gün", "14天"]
G25K = ["25.000", "25,000", "25000", "25 000", "2万5千", "2万5000", "2.5万", "25k", "25K"]
G12K = ["12.500", "12,500", "12500", "12 500", "1万2500", "Hälfte", "half", "半分", "半額"]
YEN1 = ["1円", "1 yen", "1 Yen", "one yen", "¥1", "1日元", "1엔", "1 yên", "un yen", "1 iene"]
REGTAX_KK = ["15万", "150,000", "150.000", "150000", "150 000"]
REGTAX_GK = ["6万", "60,000", "60.000", "60000", "60 000"]
BMV = ["経営・管理", "経営管理", "Business Manager", "Business Management", "business manager",
       "Investor/Business", "경영관리", "經營管理"]
MIO30 = ["3,000万", "3000万", "3千万", "30 million", "30 Mio", "30 Millionen", "30,000,000", "30.000.000",
         "30 millions", "3천만"]
M6 = ["6 Monate", "sechs Monate", "6 months", "six months", "6か月", "6ヶ月", "6カ月", "６か月", "半年", "6个月", "六个月"]
K1 = ["1 Jahr", "ersten Geburtstag", "1. Geburtstag", "ersten Lebensjahr", "age of one", "1歳", "one year",
      "1 year", "first birthday", "1 año", "un año", "Rechtsanspruch", "legal right", "legal entitlement"]
NOTARY = ["公証", "Notar", "notary", "Notary", "notaire", "noter"]
EUR1 = ["1 €", "1 euro", "1 Euro", "1€", "€1", "1ユーロ", "un euro", "one euro", "1유로", "1 euros"]
CHF20K = ["20'000", "20’000", "20 000", "20,000", "20.000", "20000", "2万"]
CHF100K = ["100'000", "100’000", "100 000", "100,000", "100.000", "100000", "10万"]
CHF50K = ["50'000", "50’000", "50 000", "50,000", "50.000", "50000", "5万"]
M3 = ["3 mois", "trois mois", "3か月", "3ヶ月", "3カ月", "three months", "3 months", "3 Monate"]
YEAR1 = ["1 an", "un an", "1年", "一年", "one year", "1 year", "12 mois", "12 months", "12か月", "12ヶ月",
         "ein Jahr", "1 año", "un año"]
TOKYO_OFFICE = ["産業労働局", "Industrial and Labor", "Industry and Labor", "Industrie und Arbeit",
                "Tokyo Metropolitan Government", "TMG", "東京都", "Präfektur Tokyo", "Präfekturregierung",
                "Tokyo Metropolitan"]
NRW_OFFICE = ["NRW.Global", "NRW Japan", "MWIKE", "MWIDE", "Wirtschaftsministerium", "Ministry of Economic",
              "経済・産業・気候保護・エネルギー省", "経済・イノベーション・デジタル化・エネルギー省"]
TSU_OFFICE = ["津市", "Tsu City", "ville de Tsu", "Tsu-shi", "City of Tsu", "Ville de Tsu", "商工観光部", "産業政策"]
PARIS_OFFICE = ["Choose Paris Region", "Paris Region Entreprises", "ARD", "Paris Île-de-France",
                "Paris Ile-de-France", "Île-de-France", "Ile-de-France", "イル＝ド＝フランス", "イル・ド・フランス"]
GENEVA_OFFICE = ["OPI", "Office de Promotion des Industries", "promotion économique", "Genève", "Geneva",
                 "ジュネーブ"]
TOKYO_W = ["Tokyo", "Tokio", "東京", "도쿄", "东京"]
NRW_W = ["NRW", "Nordrhein", "North Rhine", "ノルトライン", "Düsseldorf"]
CH8000 = ["#8000", "8000", "059-232-9955", "みえ子ども医療ダイヤル"]


class SetBuilder:
    def __init__(self, key, prefix, name):
        self.key, self.prefix, self.name, self.cases = key, prefix, name, []

    def c(self, lang, region, topic, text, k=None, a=None, n=None, language=None):
        turns = text if isinstance(text, list) else [text]
        if language is None:
            language = [lang] if lang in HOME[self.key] else ["en", lang]
        exp = {}
        if k:
            exp["kind"] = k
        exp["language"] = language
        if region is not None and k != "clarify-region":
            rq = RQ_TN if self.key == "tn" else RQ_TS
            n = list(n or []) + [x for x in rq if x not in (n or [])]
        if a:
            exp["all"] = a
        if n:
            exp["none"] = n
        ts = [{"text": t} for t in turns[:-1]] + [{"text": turns[-1], "expect": exp}]
        cid = f"{self.prefix}{len(self.cases) + 1:03d}"
        self.cases.append({"id": cid, "lang": lang, "region": region, "topic": topic, "turns": ts})


def validate(b):
    errs, ids = [], set()
    home = HOME[b.key]
    for i, cs in enumerate(b.cases, 1):
        cid = cs["id"]
        if cid != f"{b.prefix}{i:03d}" or cid in ids:
            errs.append(f"{cid}: bad/duplicate id")
        ids.add(cid)
        if cs["lang"] not in LANGS: errs.append(f"{cid}: lang {cs['lang']}")
        if cs["region"] not in REGIONS: errs.append(f"{cid}: region {cs['region']}")
        if cs["topic"] not in TOPICS: errs.append(f"{cid}: topic {cs['topic']}")
        t = cs["turns"]
        if not 1 <= len(t) <= 3: errs.append(f"{cid}: {len(t)} turns")
        if any("expect" in x for x in t[:-1]): errs.append(f"{cid}: expect on non-last turn")
        if "expect" not in t[-1]: errs.append(f"{cid}: no expect on last turn")
        if any(not x["text"].strip() for x in t): errs.append(f"{cid}: empty text")
        if len(t) > 1 and cs["topic"] != "follow-up": errs.append(f"{cid}: multi-turn must be follow-up")
        e = t[-1]["expect"]
        if "kind" in e and e["kind"] not in KINDS: errs.append(f"{cid}: kind {e['kind']}")
        lg = e["language"]
        if cs["lang"] in home:
            if lg != [cs["lang"]]: errs.append(f"{cid}: language {lg}")
        else:
            if lg != ["en", cs["lang"]]: errs.append(f"{cid}: other-language must be ['en', lang], got {lg}")
        groups = e.get("all", [])
        if len(groups) > 3: errs.append(f"{cid}: {len(groups)} groups (max 3)")
        for g in groups:
            if not isinstance(g, list) or not g or not all(isinstance(s, str) and s.strip() for s in g):
                errs.append(f"{cid}: bad group {g}")
            if len(set(g)) != len(g): errs.append(f"{cid}: duplicate alternative in {g}")
        for s in e.get("none", []):
            if not isinstance(s, str) or not s.strip(): errs.append(f"{cid}: bad none {s}")
            for g in groups:
                if s in g: errs.append(f"{cid}: '{s}' both required and forbidden")
        if e.get("kind") == "clarify-region" and cs["region"] is not None:
            errs.append(f"{cid}: clarify-region but region named")
        if cs["region"] is not None and e.get("kind") not in ("clarify-region",):
            rq = RQ_TN if b.key == "tn" else RQ_TS
            if e.get("kind") in ("answer", "handover", "emergency") and not set(rq) & set(e.get("none", [])):
                errs.append(f"{cid}: region named but region question not in none")
    return errs


def counts(b):
    res = {}
    for field in ("kind", "region", "lang", "topic"):
        cnt = collections.Counter()
        for cs in b.cases:
            v = cs["turns"][-1]["expect"].get("kind", "(omitted)") if field == "kind" else cs[field]
            cnt[str(v) if v is not None else "(none)"] += 1
        res[field] = dict(sorted(cnt.items(), key=lambda x: (-x[1], x[0])))
    res["multi-turn"] = sum(1 for cs in b.cases if len(cs["turns"]) > 1)
    res["total"] = len(b.cases)
    return res


from cases_tn import build_tn  # noqa: E402
from cases_ts import build_ts  # noqa: E402

if __name__ == "__main__":
    sys.path.insert(0, OUT)
    tn = SetBuilder("tn", "B6TN", "blind6-tokyo-nrw"); build_tn(tn, sys.modules[__name__])
    ts = SetBuilder("ts", "B6TS", "blind6-tsu"); build_ts(ts, sys.modules[__name__])
    bad = validate(tn) + validate(ts)
    if bad:
        print("\n".join(bad)); sys.exit(1)
    for b, fn in ((tn, "blind6-tokyo-nrw.json"), (ts, "blind6-tsu.json")):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            json.dump({"set": b.name, "writtenBy": WRITTEN_BY, "cases": b.cases}, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "counts-blind6.json"), "w", encoding="utf-8") as f:
        json.dump({"blind6-tokyo-nrw": counts(tn), "blind6-tsu": counts(ts)}, f, ensure_ascii=False, indent=1)
    from readme_text import HEAD, FACTS
    lines = [HEAD.format(tn_last=len(tn.cases), ts_last=len(ts.cases)), "## Counts\n"]
    for b in (tn, ts):
        cn = counts(b)
        lines.append(f"### {b.name}: {cn['total']} cases, {cn['multi-turn']} multi-turn "
                     f"({100 * cn['multi-turn'] / cn['total']:.0f} %)\n")
        for field in ("kind", "region", "lang", "topic"):
            lines.append(f"- {field}: " + ", ".join(f"{k} {v}" for k, v in cn[field].items()))
        lines.append("")
    lines.append(FACTS)
    with open(os.path.join(OUT, "README-blind6.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(json.dumps({"blind6-tokyo-nrw": counts(tn), "blind6-tsu": counts(ts)}, ensure_ascii=False, indent=1))
