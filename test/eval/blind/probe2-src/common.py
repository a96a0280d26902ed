"""Shared helpers and keyword groups for the probe2 generator.

Every figure below was checked with the `search` tool (pages corpus); see facts.md / README-probe2.md.
"""

# ---------- region-question markers (go into `none` whenever a region was named) ----------
REGQ1 = ["Tokyo or NRW", "NRW or Tokyo", "Tokyo oder NRW", "Tokio oder NRW", "NRW oder Tokyo",
         "東京かNRW", "東京とNRWのどちら", "東京・NRWのどちら", "どちらの地域", "which region", "welche Region"]
REGQ2 = ["Paris or Geneva", "Paris ou Genève", "Genève ou Paris", "Tsu or Paris", "Tsu ou Paris",
         "quelle région", "which region", "どの地域", "どちらの地域", "パリかジュネーブ"]

# ---------- scope / menu words (small talk, out-of-scope) ----------
MENU1 = ["company", "business", "founding", "set up", "Unternehmen", "Gründung", "Firma", "会社", "設立", "起業",
         "daily life", "everyday", "Alltag", "生活", "support", "Unterstützung", "支援", "visa", "Visum", "ビザ"]
MENU2 = ["company", "business", "entreprise", "société", "implantation", "会社", "設立", "進出",
         "daily life", "vie quotidienne", "quotidien", "生活", "support", "soutien", "accompagnement", "支援"]

# ---------- offices (hand-over) ----------
TOKYO_OFFICE = ["産業労働局", "Bureau of Industrial and Labor Affairs", "Industrial and Labor Affairs",
                "Industrie und Arbeit", "商工部", "Tokyo Metropolitan Government", "TMG"]
NRW_OFFICE = ["NRW.Global Business", "NRW.Global", "NRW Japan", "NRWジャパン", "NRW・グローバル"]
TSU_OFFICE = ["津市", "Tsu City", "city of Tsu", "ville de Tsu", "mairie de Tsu", "Tsu City Hall", "産業政策", "商工観光"]
PARIS_OFFICE = ["Choose Paris Region", "Paris Region", "Paris Île-de-France", "Paris Ile-de-France",
                "Région Île-de-France", "Region Ile-de-France", "パリ地域", "イル＝ド＝フランス", "イル・ド・フランス",
                "Business France"]
GENEVA_OFFICE = ["Office de Promotion des Industries", "Office de promotion des industries", "Promotion of Industries",
                 "promotion des industries", "Promotion des Industries", "OPI ", "(OPI", "OPI)",
                 "OPI,", "OPI.", "「OPI", "OPI」", "OPI（", "ジュネーブ州産業振興機構", "産業振興機構"]

# ---------- figures (number formats) ----------
GMBH_CAP = ["25.000", "25,000", "25000", "25 000", "25\u00a0000", "25\u202f000", "2万5000", "2万5千", "２万５千", "2.5万"]
GMBH_HALF = ["12.500", "12,500", "12500", "12 500", "12\u00a0500", "1万2500", "1万2千5百", "1.25万"]
UG_CAP = ["1 Euro", "1 euro", "1€", "1 €", "1ユーロ", "1 EUR", "one euro", "einem Euro"]
KK_MIN = ["1 yen", "1円", "１円", "1 JPY", "one yen", "1 Yen", "einem Yen", "un yen", "1日元", "1 엔", "1엔"]
KK_TAX = ["150,000", "150.000", "150000", "150 000", "15万", "１５万"]
GK_TAX = ["60,000", "60.000", "60000", "60 000", "6万", "６万"]
NOTARY_CORP = ["30,000", "30.000", "30000", "30 000", "3万", "３万"]
BM_CAP = ["30 million", "30,000,000", "30.000.000", "3,000万", "3000万", "3.000万", "３０００万", "30 Millionen",
          "30 Mio", "30 millions", "3千万", "3천만"]
DTICKET = ["63 €", "63€", "63 Euro", "63 euro", "€63", "63ユーロ", "63 EUR", "63,00"]
NAVIGO = ["90,80", "90.80", "90€80", "90 € 80"]
METRO_TICKET = ["2,55", "2.55"]
SARL_CAP = ["20 000", "20'000", "20’000", "20,000", "20.000", "20000", "20\u00a0000", "20\u202f000", "2万"]
SA_CAP = ["100 000", "100'000", "100’000", "100,000", "100.000", "100000", "100\u00a0000", "100\u202f000", "10万"]
SA_PAID = ["50 000", "50'000", "50’000", "50,000", "50.000", "50000", "50\u00a0000", "50\u202f000", "5万"]
MINWAGE_DE = ["13,90", "13.90"]
MINWAGE_TK = ["1,226", "1.226", "1226", "1 226"]
RUNDFUNK = ["18,36", "18.36"]
BIRTH_LUMP = ["500,000", "500.000", "500000", "500 000", "500\u00a0000", "500\u202f000", "50万", "５０万"]
DAYS14 = ["14 days", "14日", "１４日", "14 Tage", "14 Tagen", "14 jours", "two weeks", "2 weeks", "zwei Wochen",
          "2 Wochen", "deux semaines", "2 semaines", "2週間", "二週間"]
MONTHS3 = ["3 months", "three months", "3 mois", "trois mois", "3か月", "3ヶ月", "3カ月", "三か月", "３か月", "3 Monate", "drei Monate"]
MONTHS6 = ["6 months", "six months", "6 Monate", "sechs Monate", "6か月", "6ヶ月", "6カ月", "半年", "６か月"]
ONE_YEAR = ["1 year", "one year", "12 months", "1 Jahr", "ein Jahr", "einem Jahr", "12 Monate", "1年", "１年", "un an",
            "1 an", "12 mois", "12か月", "12ヶ月"]
ANNUAL = ["once a year", "every year", "annual", "yearly", "年1回", "年に1回", "毎年", "jährlich", "einmal im Jahr",
          "une fois par an", "chaque année", "1年に1回"]

# ---------- emergency numbers ----------
TOKYO_ADVICE = ["#7119", "7119", "#8000", "03-3212-2323"]
NRW_ADVICE = ["116117", "116 117"]
MIE_CHILD = ["#8000", "059-232-9955"]
MIE_INFO = ["059-229-1199", "医療ネットみえ", "Iryo Net Mie", "救急医療情報センター", "Emergency Medical Information"]


class Builder:
    def __init__(self, prefix, home_langs):
        self.prefix = prefix
        self.home = home_langs
        self.cases = []

    def add(self, lang, region, topic, turns, all_, kind=None, none=None, language=None):
        if isinstance(turns, str):
            turns = [turns]
        if language is None:
            language = [lang] if lang in self.home else ["en", lang]
        expect = {}
        if kind:
            expect["kind"] = kind
        expect["language"] = language
        expect["all"] = all_
        if none:
            expect["none"] = list(dict.fromkeys(none))
        t = [{"text": x} for x in turns[:-1]] + [{"text": turns[-1], "expect": expect}]
        cid = "%s%03d" % (self.prefix, len(self.cases) + 1)
        self.cases.append({"id": cid, "lang": lang, "region": region, "topic": topic, "turns": t})


def validate(cases, home):
    ids = set()
    for c in cases:
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        assert c["region"] in (None, "tokyo", "nrw", "tsu", "paris", "geneva"), c
        assert c["topic"] in ("company", "daily-life", "healthcare", "housing", "residence", "schooling", "support",
                              "emergency", "smalltalk", "out-of-scope", "handover", "follow-up"), c
        turns = c["turns"]
        assert turns and all(t["text"].strip() for t in turns), c
        for t in turns[:-1]:
            assert "expect" not in t, c
        e = turns[-1]["expect"]
        assert e["language"], c
        if c["lang"] not in home:
            assert e["language"] == ["en", c["lang"]], c
        else:
            assert e["language"] == [c["lang"]], c
        assert e["all"] and all(g and all(isinstance(x, str) and x for x in g) for g in e["all"]), c
        if "kind" in e:
            assert e["kind"] in ("answer", "smalltalk", "out-of-scope", "clarify-region", "handover", "emergency"), c
        if c["region"] and e.get("kind") != "clarify-region":
            # region named -> the region question must be forbidden
            assert e.get("none"), c["id"]
