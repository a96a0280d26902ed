# shared helpers for the blind20 generator (twenty-fourth blind writer)
WRITTEN_BY = "twenty-fourth blind writer, 2026-12-02"
KINDS = {"answer", "smalltalk", "out-of-scope", "clarify-region", "handover", "emergency"}

# number / term groups (all confirmed, see README-blind20.md)
N25K = ["25.000", "25,000", "25000", "25 000", "2万5千", "2万5000", "2.5万", "25k", "25 000"]
N12500 = ["12.500", "12,500", "12500", "12 500", "1万2500", "1万2千5百", "1.25万"]
Y150K = ["150,000", "150.000", "150000", "150 000", "15万", "15 万", "十五万"]
Y60K = ["60,000", "60.000", "60000", "60 000", "6万", "六万"]
Y15K = ["15,000", "15.000", "15000", "15 000", "1万5千", "1万5000", "1.5万"]
Y30K = ["30,000", "30.000", "30000", "30 000", "3万"]
Y40K = ["40,000", "40.000", "40000", "40 000", "4万"]
Y1 = ["1円", "1 yen", "one yen", "1 JPY", "JPY 1", "¥1", "¥ 1", "ein Yen", "1-Yen", "1 円", "un yen", "1 yen"]
Y30M = ["3,000万", "3000万", "3千万", "三千万", "30,000,000", "30.000.000", "30 000 000", "30 million", "30 Millionen", "30 Mio", "30 millions"]
D14 = ["14日", "14 days", "14 Tage", "14 Tagen", "two weeks", "2 weeks", "zwei Wochen", "2 Wochen", "2週間", "二週間", "十四日",
       "14 jours", "quatorze jours", "deux semaines", "2 semaines", "fourteen days"]
M6 = ["6 Monate", "6 Monaten", "sechs Monate", "sechs Monaten", "6 months", "six months", "6か月", "6ヶ月", "6カ月", "6ケ月", "半年", "六か月", "6 mois", "six mois"]
Y1YR = ["1年", "一年", "1 year", "one year", "ein Jahr", "1 Jahr", "einem Jahr", "12 Monate", "12 months", "un an", "1 an", "12 mois", "12か月", "12ヶ月"]
M3 = ["3 mois", "trois mois", "3 months", "three months", "3か月", "3ヶ月", "3カ月", "三か月", "90 jours", "90 days", "90日", "3 Monate", "drei Monate", "3 Monaten", "drei Monaten"]
EUR63 = ["63 €", "63€", "63 Euro", "€63", "€ 63", "63ユーロ", "63 EUR", "EUR 63", "63,00", "63.00", "63 euros"]
EUR1 = ["1 €", "1€", "1 euro", "un euro", "€1", "€ 1", "1ユーロ", "one euro", "1 EUR", "EUR 1", "1 Euro", "un (1) euro"]
CHF20K = ["20 000", "20'000", "20’000", "20,000", "20.000", "20000", "2万"]
CHF100K = ["100 000", "100'000", "100’000", "100,000", "100.000", "100000", "10万"]
CHF50K = ["50 000", "50'000", "50’000", "50,000", "50.000", "50000", "5万"]

NOTARY = ["Notar", "notary", "公証", "notaire", "notarial", "notariell"]
HREG = ["Handelsregister", "commercial register", "商業登記", "trade register", "登記", "Registergericht", "registre"]
INTERP = ["Dolmetscher", "interpreter", "通訳", "Übersetz", "übersetz", "translat", "翻訳", "traduct", "interprète"]
WARD = ["区役所", "市役所", "区市町村", "市区町村", "ward office", "city office", "city hall", "municipal", "Bezirksamt", "Rathaus",
        "Stadtverwaltung", "Ward Office", "Gemeinde", "役所", "mairie"]
BUERGERAMT = ["Bürgeramt", "Bürgerbüro", "Bürgerservice", "Meldebehörde", "Einwohnermeldeamt", "Meldeamt", "registration office",
              "citizens' office", "citizens office", "住民登録", "Anmeldung", "市役所", "役所"]
CONVERT = ["Umschreibung", "umschreiben", "umgeschrieben", "conversion", "convert", "exchange", "切替", "切り替え", "書き換え", "書換", "échange", "transfer"]
BMV = ["経営・管理", "経営管理", "Business Manager", "Business-Manager", "business manager", "Manager", "Unternehmer", "経営"]
FULLTIME = ["常勤", "full-time", "full time", "fulltime", "Vollzeit", "festangestellt", "temps plein", "employee", "Mitarbeiter", "職員"]
MIDWIFE = ["Hebamme", "midwife", "助産師", "助産婦", "sage-femme"]
MUTTERPASS = ["Mutterpass", "maternity record", "maternity pass", "母子", "Mutter-Pass"]
BOSHI = ["母子健康手帳", "母子手帳", "Maternal and Child Health", "Mother and Child", "mother-child", "Mutter-Kind", "boshi", "Mutterpass"]
PREGNOTE = ["妊娠届", "pregnancy notification", "notification of pregnancy", "Schwangerschaft", "pregnancy", "妊娠", "grossesse"]
JISD = ["Japanische Internationale Schule", "Japanese International School", "日本人学校", "JISD", "japanische Schule", "Japanese school"]
NRWGB = ["NRW.Global Business", "NRW Global Business", "NRW.Global", "NRW Japan", "NRW.INVEST"]
NRWJ = ["NRW Japan"]
TMG = ["産業労働局", "Bureau of Industrial and Labor Affairs", "Industrial and Labor", "商工部", "Industrie und Arbeit", "Industrie- und Arbeit",
       "Tokyo Metropolitan Government", "TMG", "東京都"]
TOSBEC = ["TOSBEC", "One-Stop", "One Stop", "ワンストップ", "Business Establishment Center", "開業ワンストップ"]
AHK = ["AHK", "German Chamber of Commerce and Industry in Japan", "在日ドイツ商工会議所", "Deutsche Industrie- und Handelskammer in Japan", "ドイツ商工会議所"]
JETRO = ["JETRO", "ジェトロ", "日本貿易振興機構", "Japan External Trade"]
JIHK = ["Japanische Industrie- und Handelskammer", "Japanische IHK", "JIHK", "日本商工会議所", "Japanese Chamber of Commerce", "日本人商工会議所"]
MESSE = ["Messe", "メッセ", "trade fair", "見本市", "展示会", "fair", "salon"]
MWI = ["MWIKE", "MWIDE", "Wirtschaft, Industrie, Klimaschutz", "Wirtschaft, Innovation, Digitalisierung", "経済・イノベーション", "経済・産業",
       "Wirtschaftsministerium", "economics ministry", "Ministry of Economic", "ministry of economics", "経済省"]

PUMA = ["PUMa", "Assurance Maladie", "assurance maladie", "CPAM", "Sécurité sociale", "sécurité sociale", "Vitale", "health insurance", "健康保険", "医療保険"]
LAMAL = ["LAMal", "assurance maladie", "assurance-maladie", "health insurance", "健康保険", "医療保険", "caisse", "Krankenversicherung", "Krankenkasse"]
OCPM = ["OCPM", "Office cantonal de la population", "population et des migrations", "cantonal population office", "州住民移民局", "住民移民局"]
MAIRIE = ["mairie", "town hall", "city hall", "市役所", "役所", "区役所", "municipal", "Rathaus"]
GUICHET = ["guichet unique", "INPI", "one-stop", "one stop", "ワンストップ", "formalites.entreprises", "窓口"]
CPR = ["Choose Paris Region", "Business France", "CCI Paris", "Paris Region", "パリ・リージョン", "Paris Région"]
OPI = ["OPI", "promotion des industries", "Service de la promotion économique", "SPEG", "promotion économique"]
PALEXPO = ["Palexpo", "パレクスポ"]
MIECO = ["MieCo", "みえこ", "みえ外国人相談サポートセンター", "三重県国際交流財団", "MIEF", "Mie International Exchange"]
TSUCITY = ["津市", "Tsu City", "city of Tsu", "Ville de Tsu", "ville de Tsu", "Tsu city", "Stadt Tsu", "Tsu-shi", "mairie de Tsu"]
JAF = ["JAF", "翻訳", "translation", "traduction", "Übersetzung", "Japan Automobile Federation"]

RQ_TN = ["Tokyo or NRW", "Tokyo oder NRW", "NRW or Tokyo", "NRW oder Tokyo", "Tokio oder NRW", "NRW oder Tokio", "東京とNRWのどちら",
         "東京とNRW、どちら", "東京またはNRW", "東京かNRW", "NRWか東京", "which region", "welche Region", "どちらの地域", "どの地域"]
RQ_TS = ["Tsu, Paris or Geneva", "Tsu, Paris ou Genève", "Paris or Geneva", "Paris ou Genève", "Paris oder Genf", "which region",
         "quelle région", "welche Region", "どちらの地域", "どの地域", "津、パリ、ジュネーブ", "津・パリ・ジュネーブ"]


def case(cases, prefix, lang, region, topic, turns, kind=None, all_=None, none=None, language=None, reply_langs=("en",)):
    if isinstance(turns, str):
        turns = [turns]
    if language is None:
        language = [lang] if lang in reply_langs else ["en", lang]
    exp = {}
    if kind:
        exp["kind"] = kind
    exp["language"] = language
    if all_:
        exp["all"] = all_
    if none:
        exp["none"] = none
    ts = [{"text": t} for t in turns[:-1]] + [{"text": turns[-1], "expect": exp}]
    cid = "%s%03d" % (prefix, len(cases) + 1)
    cases.append({"id": cid, "lang": lang, "region": region, "topic": topic, "turns": ts})


def validate(doc, allowed_regions):
    import collections
    ids = [c["id"] for c in doc["cases"]]
    assert len(ids) == len(set(ids)), "duplicate ids"
    topics = {"company", "daily-life", "healthcare", "housing", "residence", "schooling", "support", "emergency", "smalltalk",
              "out-of-scope", "handover", "follow-up"}
    for c in doc["cases"]:
        assert c["region"] in allowed_regions, c
        assert c["topic"] in topics, c
        ts = c["turns"]
        assert ts and all("text" in t and t["text"].strip() for t in ts), c
        assert "expect" in ts[-1], c
        assert all("expect" not in t for t in ts[:-1]), c
        e = ts[-1]["expect"]
        if "kind" in e:
            assert e["kind"] in KINDS, c
        assert e["language"], c
        for g in e.get("all", []):
            assert isinstance(g, list) and g and all(isinstance(x, str) and x for x in g), c
        for x in e.get("none", []):
            assert isinstance(x, str) and x
    return collections.Counter(len(c["turns"]) > 1 for c in doc["cases"])
