"""Shared helpers and tolerant keyword groups for the probe5 sets.
Every figure in a keyword group was confirmed with the `search` tool (corpus pages); see README-probe5.md."""

LANGS = {"ja", "de", "en", "fr", "zh", "ko", "tr", "es", "vi", "pt", "it", "th", "id"}
REGIONS = {"tokyo", "nrw", "tsu", "paris", "geneva", None}
TOPICS = {"company", "daily-life", "healthcare", "housing", "residence", "schooling", "support", "emergency",
          "smalltalk", "out-of-scope", "handover", "follow-up"}
KINDS = {"answer", "smalltalk", "out-of-scope", "clarify-region", "handover", "emergency"}

# ---- "which region?" markers (must not appear once a region was named) ----
REGQ_TN = ["Tokyo oder NRW?", "Tokyo or NRW?", "which region", "NRW or Tokyo?", "NRW oder Tokyo?", "Tokio oder NRW?",
           "Tokyo oder Nordrhein-Westfalen?", "Tokyo or North Rhine-Westphalia?", "東京ですか、NRW", "東京・NRWのどちら",
           "東京とNRWのどちら", "東京かNRWか", "東京またはNRW", "東京とノルトライン", "どちらの地域",
           "welche Region", "Welche der beiden Regionen"]
REGQ_TS = ["which region", "quelle région", "Paris ou Genève ?", "quelle region", "どちらの地域", "どの地域についてですか",
           "Paris ou Genève?", "Paris or Geneva?", "Genève ou Paris ?", "Geneva or Paris?", "パリとジュネーブのどちら",
           "津、パリ、ジュネーブのどちら"]

# ---- offices / concepts ----
NOTARY = ["Notar", "notary", "notaire", "公証"]
HREG = ["Handelsregister", "commercial register", "trade register", "registre du commerce", "商業登記", "登記", "Registergericht"]
NRW_OFFICE = ["NRW.Global Business", "NRW.GLOBAL", "NRW Global Business", "NRW Japan", "NRW.Global"]
TOKYO_OFFICE = ["産業労働局", "Industrial and Labor", "Industrie und Arbeit", "Tokyo Metropolitan Government", "東京都",
                "TMG", "Tokyo Metropolitan"]
TSU_OFFICE = ["津市", "Tsu City", "Tsu city", "ville de Tsu", "mairie de Tsu", "City of Tsu", "Ville de Tsu"]
PARIS_ORG = ["Choose Paris Region", "Paris Region", "ARD", "Business France", "パリ地域"]
GENEVA_ORG = ["OPI", "promotion économique", "promotion economique", "Promotion économique", "SPEG",
              "Office de promotion des industries", "産業振興機構", "Economic Development", "economic promotion"]

# ---- figures (number formats in all reply languages) ----
EUR_25000 = ["25.000", "25,000", "25000", "25 000", "2万5000", "2万5千", "2.5万", "25'000"]
EUR_12500 = ["12.500", "12,500", "12500", "12 500", "1万2500", "1万2千5百", "半分", "Hälfte", "half", "50 %", "50%"]
YEN_1 = ["1円", "1 yen", "1 Yen", "¥1", "1 JPY", "one yen", "1 円", "ein Yen", "1 Jen"]
YEN_150K = ["150,000", "150.000", "150000", "15万", "150 000"]
YEN_60K = ["60,000", "60.000", "60000", "6万", "60 000"]
YEN_15K = ["15,000", "15.000", "15000", "1万5000", "1万5千", "1.5万", "15 000"]
YEN_30K = ["30,000", "30.000", "30000", "3万", "30 000"]
YEN_40K = ["40,000", "40.000", "40000", "4万", "40 000"]
YEN_30M = ["3,000万", "3000万", "3千万", "30 million", "30,000,000", "30.000.000", "30 Millionen", "30 Mio",
           "30 millions", "30 000 000"]
B2 = ["B2", "N2", "日本語能力", "Japanese language", "Japanischkenntnisse", "Japanese proficiency", "japonais"]
FULLTIME_1 = ["常勤", "full-time", "Vollzeit", "full time", "temps plein", "1人以上", "one employee", "einen Mitarbeiter",
              "1 employee", "at least one", "mindestens ein"]
TWO_WEEKS = ["2 Wochen", "zwei Wochen", "14 Tage", "two weeks", "2 weeks", "14 days", "2週間", "14日", "deux semaines",
             "14 jours", "2 semaines"]
DAYS14 = ["14日", "14 days", "14 Tage", "two weeks", "2 weeks", "zwei Wochen", "2週間", "14 jours", "deux semaines"]
EUR_63 = ["63"]
MONTHS_6 = ["6 Monate", "sechs Monate", "six months", "6 months", "6か月", "6ヶ月", "6カ月", "半年", "6 mois", "six mois"]
MONTHS_3 = ["3 Monate", "drei Monate", "three months", "3 months", "3か月", "3ヶ月", "3カ月", "3 mois", "trois mois"]
ONE_YEAR = ["1年", "one year", "1 year", "ein Jahr", "1 Jahr", "un an", "1 an", "12 Monate", "12 months", "12 mois", "1 an"]
CHF_20000 = ["20'000", "20 000", "20.000", "20,000", "20000", "2万"]
CHF_100000 = ["100'000", "100 000", "100.000", "100,000", "100000", "10万"]
CHF_50000 = ["50'000", "50 000", "50.000", "50,000", "50000", "5万"]
EUR_1 = ["1 €", "1€", "1 euro", "1 Euro", "un euro", "1ユーロ", "one euro", "€1", "1 EUR", "aucun capital minimum",
         "no minimum", "pas de capital minimum", "librement", "freely"]
PT_300K = ["300 000", "300.000", "300,000", "300000", "30万"]

# ---- emergency numbers ----
JP_AMB = ["119"]
JP_POL = ["110"]
TOKYO_ADVICE = ["#7119", "7119"]
CHILD_8000 = ["#8000", "8000"]
DE_112 = ["112"]
DE_110 = ["110"]
DE_116117 = ["116117", "116 117"]
MIE_INFO = ["059-229-1199", "0592291199", "医療ネットみえ", "Iryo Net Mie", "救急医療情報"]
FR_SAMU = ["SAMU", "15"]
FR_112 = ["112"]
CH_144 = ["144"]
CH_117 = ["117"]
CH_118 = ["118"]

REPLY_LANG = {"ja": ["ja"], "de": ["de"], "en": ["en"], "fr": ["fr"]}


def c(lang, region, topic, kind, turns, all_=(), none=(), language=None):
    """Build one case. turns: str or list of str; only the last turn carries expect."""
    if isinstance(turns, str):
        turns = [turns]
    if language is None:
        language = REPLY_LANG.get(lang, ["en", lang])
    expect = {}
    if kind:
        expect["kind"] = kind
    expect["language"] = list(language)
    expect["all"] = [list(g) for g in all_]
    expect["none"] = list(none)
    out = [{"text": t} for t in turns[:-1]] + [{"text": turns[-1], "expect": expect}]
    return {"lang": lang, "region": region, "topic": topic, "turns": out}


def validate(cases, prefix):
    problems = []
    seen = set()
    for x in cases:
        cid = x.get("id", "?")
        if not cid.startswith(prefix):
            problems.append(f"{cid}: bad prefix")
        if cid in seen:
            problems.append(f"{cid}: duplicate id")
        seen.add(cid)
        if x["lang"] not in LANGS:
            problems.append(f"{cid}: lang {x['lang']}")
        if x["region"] not in REGIONS:
            problems.append(f"{cid}: region {x['region']}")
        if x["topic"] not in TOPICS:
            problems.append(f"{cid}: topic {x['topic']}")
        t = x["turns"]
        if not (1 <= len(t) <= 4):
            problems.append(f"{cid}: {len(t)} turns")
        for i, turn in enumerate(t):
            if not turn.get("text", "").strip():
                problems.append(f"{cid}: empty turn {i}")
            if i < len(t) - 1 and "expect" in turn:
                problems.append(f"{cid}: expect on non-last turn")
        e = t[-1].get("expect")
        if not e:
            problems.append(f"{cid}: no expect on last turn")
            continue
        if "kind" in e and e["kind"] not in KINDS:
            problems.append(f"{cid}: kind {e['kind']}")
        if not e.get("language"):
            problems.append(f"{cid}: no language")
        for g in e.get("all", []):
            if not g or not all(isinstance(s, str) and s for s in g):
                problems.append(f"{cid}: empty group")
        # a named region must forbid the region question
        if x["region"] is not None and e.get("kind") != "clarify-region":
            regq = REGQ_TN if prefix.startswith("P5TN") else REGQ_TS
            if not any(s in e.get("none", []) for s in regq[:3]) and e.get("kind") not in ("smalltalk", "out-of-scope"):
                problems.append(f"{cid}: region named but region question not in none")
    return problems
