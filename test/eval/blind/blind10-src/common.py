"""Shared helpers for the blind10 evaluation sets (written fresh, 2026-11-30)."""

KINDS = {"answer", "smalltalk", "out-of-scope", "clarify-region", "handover", "emergency"}
REGIONS = {"tokyo", "nrw", "tsu", "paris", "geneva", None}
TOPICS = {"company", "daily-life", "healthcare", "housing", "residence", "schooling", "support", "emergency",
          "smalltalk", "out-of-scope", "handover", "follow-up"}
PRIMARY = {"tn": {"ja", "de", "en"}, "ts": {"ja", "fr", "en"}}

# region question markers (must not occur when a region was named, nor on small talk / off-topic)
RQ_TN = ["Tokyo oder NRW", "Tokyo or NRW", "Tokio oder NRW", "NRW oder Tokyo", "NRW or Tokyo",
         "東京とNRWのどちら", "東京とNRW、どちら", "東京かNRW", "東京またはNRW", "welche Region", "which region",
         "どちらの地域"]
RQ_TS = ["Paris ou Genève", "Paris or Geneva", "Paris, Genève ou Tsu", "パリとジュネーブのどちら", "パリかジュネーブ",
         "quelle région", "which region", "どちらの地域", "どの地域"]

# markers of the wrong region (used on emergency / health cases where a region is named)
WRONG = {
    "tokyo": ["116117", "116 117"],
    "nrw": ["#7119", "#8000"],
    "tsu": ["SAMU", "116117"],
    "paris": ["#7119", "116117"],
    "geneva": ["SAMU", "#7119"],
}

# concept / office name groups (alternatives in every reply language)
TOKYO_OFFICE = ["産業労働局", "商工部", "Bureau of Industrial and Labor", "Industrial and Labor Affairs",
                "Büro für Industrie und Arbeit", "Amt für Industrie und Arbeit", "Tokyo Metropolitan Government",
                "TMG", "東京都"]
NRW_OFFICE = ["NRW.Global", "NRW Global", "NRW Japan", "NRW.Global Business"]
TSU_OFFICE = ["津市", "Tsu", "産業政策", "商工観光部"]
PARIS_OFFICE = ["Choose Paris Region", "Paris Region", "ARD", "Paris Île-de-France", "Paris Ile-de-France",
                "パリ地域", "Agence Régionale de Développement"]
GENEVA_OFFICE = ["OPI", "Office de Promotion des Industries", "ジュネーブ州産業振興機構", "Promotion des Industries"]

TOKYO_W = ["Tokyo", "Tokio", "東京"]
NRW_W = ["NRW", "Nordrhein", "North Rhine", "ノルトライン", "Düsseldorf", "デュッセルドルフ"]
PARIS_W = ["Paris", "パリ", "Île-de-France", "Ile-de-France"]
GENEVA_W = ["Genève", "Geneva", "Genf", "ジュネーブ", "Genfer"]

# facts (checked with search, see README)
GMBH_CAP = ["25.000", "25,000", "25000", "25 000", "2万5000", "2万5千", "2.5万"]
KK_CAP = ["1円", "1 yen", "1 Yen", "¥1", "JPY 1", "1 JPY", "one yen", "einem Yen", "ein Yen"]
NOTARY = ["Notar", "notary", "公証", "notaire", "notarial"]
REGISTER_DE = ["Handelsregister", "commercial register", "商業登記", "登記", "Registergericht", "trade register"]
TWO_WEEKS = ["zwei Wochen", "2 Wochen", "two weeks", "2 weeks", "14 Tage", "14 days", "2週間", "14日", "14 Tagen"]
ANMELDUNG = ["Anmeldung", "Bürgeramt", "Bürgerbüro", "Meldebehörde", "住民登録", "registration", "Einwohnermeldeamt",
             "転入", "register"]
TENNYU = ["転入", "住民登録", "住所", "moving-in", "residence registration", "address", "Wohnsitz", "Anmeldung",
          "区役所", "市役所", "ward office", "city office", "Bezirksamt", "Rathaus"]
BM_VISA = ["経営・管理", "経営管理", "Business Manager", "Business Management", "business/management",
           "Geschäftsführer", "Unternehmensführung"]
ZAIRYU = ["在留カード", "residence card", "Aufenthaltskarte", "zairyu", "Residence Card", "carte de résident"]
JP_EMERG = ["119"]
JP_POLICE = ["110"]
TOKYO_ADVICE = ["#7119", "7119", "#8000", "8000"]
KID_ADVICE = ["#8000", "8000"]
DE_EMERG = ["112"]
DE_ADVICE = ["116117", "116 117"]
DE_POLICE = ["110"]
CH_AMB = ["144"]
CH_POLICE = ["117"]
CH_FIRE = ["118"]
FR_SAMU = ["15", "SAMU", "Samu"]
FR_POLICE = ["17"]
FR_FIRE = ["18"]
SARL_CAP = ["20'000", "20’000", "20 000", "20,000", "20.000", "20000", "2万"]
SAS_CAP = ["1 €", "1€", "1 euro", "un euro", "1 EUR", "1ユーロ", "one euro", "1 Euro", "un (1) euro"]
JP_LICENCE = ["JAF", "翻訳", "translation", "Übersetzung", "traduction", "免許センター", "Führerscheinstelle",
              "運転免許", "driving licence", "driver's license", "Führerschein"]
ONE_YEAR = ["1年", "one year", "1 year", "ein Jahr", "1 Jahr", "einem Jahr", "un an", "12 months", "12 Monate", "一年"]
HEALTH_INS_JP = ["国民健康保険", "健康保険", "National Health Insurance", "health insurance", "Krankenversicherung",
                 "assurance maladie", "社会保険"]
HEALTH_INS_DE = ["Krankenversicherung", "Krankenkasse", "health insurance", "健康保険", "医療保険", "保険"]
TAX_JP = ["税務署", "tax office", "Finanzamt", "法人設立届", "tax"]
TAX_DE = ["Finanzamt", "tax office", "税務署", "Steuer"]
LEGAL_BUREAU = ["法務局", "Legal Affairs Bureau", "登記", "registration", "Handelsregister", "commercial register",
                "Register"]
AHK = ["AHK", "Deutsche Industrie- und Handelskammer in Japan", "在日ドイツ商工会議所", "German Chamber"]
JP_SCHOOL_DUS = ["日本人学校", "Japanese school", "japanische Schule", "Japanische Internationale Schule",
                 "Japanese International School"]
INTL_SCHOOL = ["international school", "インターナショナルスクール", "internationale Schule", "International School",
               "Deutsche Schule", "ドイツ学園", "école internationale", "Ecole internationale", "Lycée"]
KITA = ["Kita", "Kindergarten", "保育", "幼稚園", "daycare", "day care", "Kindertagesstätte", "crèche", "creche", "nursery"]
HOKUEN = ["保育園", "保育所", "daycare", "day care", "nursery", "Kita", "Kindertagesstätte", "幼稚園", "crèche"]
MATERNITY_JP = ["母子健康手帳", "母子手帳", "Mother and Child Health Handbook", "maternal and child", "Mutterpass",
                "妊娠届", "pregnancy notification", "Boshi"]
MATERNITY_DE = ["Hebamme", "midwife", "助産", "Mutterpass", "Frauenarzt", "gynecolog", "gynaecolog", "婦人科",
                "産婦人科"]
CREATION_FR = ["Kbis", "greffe", "RCS", "registre du commerce", "INPI", "guichet unique", "登記", "commercial register",
               "trade register"]
REGISTER_CH = ["registre du commerce", "Registre du commerce", "commercial register", "Handelsregister", "商業登記",
               "登記", "RC"]
PERMIT_CH = ["OCPM", "permis", "permit", "Aufenthaltsbewilligung", "在留許可", "滞在許可", "居住許可", "autorisation"]
PERMIT_FR = ["titre de séjour", "carte de séjour", "residence permit", "滞在許可", "在留許可", "passeport talent",
             "Talent Passport", "visa", "ビザ", "査証"]
TRADE_FAIR = ["見本市", "展示会", "trade fair", "Messe", "salon", "exhibition", "showroom", "ショールーム", "fair"]
UNIVERSITY = ["大学", "university", "Universität", "université", "universities", "Hochschule", "EPFL", "UNIGE",
              "research", "研究"]
SUPPORT_ORG = ["支援機関", "support organisation", "support organization", "Fördereinrichtung", "Anlaufstelle",
               "organisme", "support"]


def lang_ok(lang, pset):
    return [lang] if lang in PRIMARY[pset] else ["en", lang]


def make(pset, lang, region, topic, turns, kind=None, all_=(), none=(), rq=None, wrong=False, langs=None):
    """Build one case. turns: str or list of str (last one graded)."""
    if isinstance(turns, str):
        turns = [turns]
    none = list(none)
    if rq is None:
        rq = bool(region) or kind in ("smalltalk", "out-of-scope", "emergency")
    if rq and kind != "clarify-region":
        none += RQ_TN if pset == "tn" else RQ_TS
    if wrong and region in WRONG:
        none += WRONG[region]
    exp = {}
    if kind:
        exp["kind"] = kind
    exp["language"] = langs or lang_ok(lang, pset)
    exp["all"] = [list(g) for g in all_]
    exp["none"] = list(dict.fromkeys(none))
    ts = [{"text": t} for t in turns[:-1]] + [{"text": turns[-1], "expect": exp}]
    return {"lang": lang, "region": region, "topic": topic, "turns": ts}


def number(cases, prefix):
    out = []
    for i, c in enumerate(cases, 1):
        d = {"id": f"{prefix}{i:03d}"}
        d.update(c)
        out.append(d)
    return out
