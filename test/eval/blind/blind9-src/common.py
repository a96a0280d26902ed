"""Shared helpers and keyword groups for the blind9 evaluation sets.

Every figure in a keyword group was checked with the `search` tool (corpus `pages`);
the URLs are listed in README-blind9.md. Groups without figures hold office or concept
names only.
"""

KINDS = {"answer", "smalltalk", "out-of-scope", "clarify-region", "handover", "emergency"}
REGIONS = {"tokyo", "nrw", "tsu", "paris", "geneva", None}
TOPICS = {"company", "daily-life", "healthcare", "housing", "residence", "schooling", "support",
          "emergency", "smalltalk", "out-of-scope", "handover", "follow-up"}
LANGS = {"ja", "de", "en", "fr", "zh", "ko", "tr", "es", "vi", "pt"}

PARTNER_LANGS = {"tn": {"ja", "de", "en"}, "tsu": {"ja", "fr", "en"}}

# --- the region question (must never appear when a region was named) -------------------
REGQ_TN = ["Tokyo oder NRW", "Tokio oder NRW", "Tokyo or NRW", "NRW oder Tokyo", "NRW or Tokyo",
           "東京とNRWのどちら", "東京かNRW", "東京またはNRW", "NRWか東京", "東京・NRWのどちら",
           "Which region", "Welche Region", "どちらの地域", "どの地域"]
REGQ_TSU = ["Tsu, Paris or Geneva", "Tsu, Paris ou Genève", "Paris or Geneva", "Paris ou Genève",
            "Paris, Genève ou Tsu", "津・パリ・ジュネーブのどれ", "津、パリ、ジュネーブのどれ", "パリかジュネーブ",
            "Which region", "Quelle région", "どちらの地域", "どの地域"]

# --- markers of the wrong region ---------------------------------------------------------
WRONG_FOR_TOKYO = ["116117", "116 117", "Bürgeramt", "Wohnungsgeberbestätigung"]
WRONG_FOR_NRW = ["#7119", "#8000", "法務局", "在留カード", "マイナンバー"]
WRONG_FOR_TSU = ["SAMU", "OCPM", "LAMal", "carte Vitale"]
WRONG_FOR_PARIS = ["OCPM", "LAMal", "119番", "在留カード"]
WRONG_FOR_GENEVA = ["SAMU", "carte Vitale", "CPAM", "119番", "在留カード"]

# --- partnership 1 keyword groups -------------------------------------------------------
K_TOKYO_OFFICE = ["産業労働局", "Bureau of Industrial and Labor Affairs", "Industrial and Labor Affairs",
                  "商工部", "Amt für Industrie und Arbeit", "Büro für Industrie und Arbeit",
                  "Tokyo Metropolitan Government", "Tokyo Metropolitan Gov", "TMG", "Stadtregierung Tokyo",
                  "Präfekturregierung Tokio", "Präfektur Tokyo", "東京都"]
K_NRW_OFFICE = ["NRW.Global Business", "NRW Global Business", "NRW.GLOBAL", "NRW Japan", "NRWジャパン",
                "NRW・ジャパン", "NRW.INVEST", "NRW.Invest"]
K_AHK = ["AHK Japan", "AHK", "Deutsche Industrie- und Handelskammer in Japan",
         "German Chamber of Commerce and Industry in Japan", "在日ドイツ商工会議所", "ドイツ商工会議所"]
K_JETRO = ["JETRO", "ジェトロ", "日本貿易振興機構", "Japan External Trade Organization"]
K_TOKYO_STARTUP = ["Business Development Center TOKYO", "Business Development Center Tokyo", "TOSBEC",
                   "One-Stop Business Establishment", "One-stop Business Establishment", "開業ワンストップ",
                   "ワンストップ", "Business Concierge", "ビジネスコンシェルジュ", "JETRO", "ジェトロ"]
K_NOTARY = ["Notar", "notary", "公証"]
K_HR = ["Handelsregister", "commercial register", "Commercial Register", "商業登記", "商業登録", "trade register",
        "Registergericht", "登記"]
K_LEGAL_BUREAU = ["法務局", "Legal Affairs Bureau", "Homukyoku", "Hōmukyoku", "Rechtsamt", "Justizamt",
                  "Registeramt", "登記所"]
K_KK_CAP = ["1円", "1 円", "1 yen", "1 Yen", "one yen", "ein Yen", "einen Yen", "1-Yen", "JPY 1 ", "一円"]
K_REGTAX_KK = ["150,000", "150.000", "150000", "150 000", "15万", "15 万", "十五万"]
K_REGTAX_GK = ["60,000", "60.000", "60000", "60 000", "6万", "6 万", "六万"]
K_NOTARY_FEE = ["15,000", "15.000", "15000", "15 000", "1万5千", "1万5000", "1.5万",
                "30,000", "30.000", "30000", "3万", "50,000", "50.000", "50000", "5万"]
K_BMV_CAP = ["3,000万", "3000万", "3千万", "30 million", "30 Millionen", "30 Mio", "30,000,000", "30.000.000",
             "¥30m", "JPY 30m", "30M"]
K_BMV = ["経営・管理", "経営管理", "Business Manager", "business manager", "Business-Manager",
         "Unternehmensleiter", "Keiei"]
K_14D = ["14日", "14 days", "14 Tage", "14 Tagen", "two weeks", "2 weeks", "zwei Wochen", "2 Wochen", "2週間",
         "fourteen days", "vierzehn Tage", "14 jours", "quatorze jours", "deux semaines", "2 semaines"]
K_WARD = ["区役所", "市役所", "役所", "ward office", "Ward Office", "city office", "City Office", "municipal office",
          "Bezirksamt", "Stadtverwaltung", "Rathaus", "Kuyakusho", "Gemeindeamt", "mairie", "city hall"]
K_119 = ["119"]
K_110 = ["110"]
K_7119 = ["#7119", "7119"]
K_8000 = ["#8000", "8000"]
K_112 = ["112"]
K_116117 = ["116117", "116 117"]
K_GMBH_CAP = ["25.000", "25,000", "25000", "25 000", "2万5千", "2万5000", "2.5万"]
K_UG_CAP = ["1 Euro", "1 €", "1€", "€1", "1ユーロ", "one euro", "ein Euro", "einem Euro", "1 euro"]
K_2W = ["zwei Wochen", "2 Wochen", "two weeks", "2 weeks", "14 Tage", "14 Tagen", "14 days", "2週間", "14日"]
K_BUERGERAMT = ["Bürgeramt", "Bürgerbüro", "Bürgerservice", "Meldebehörde", "Einwohnermeldeamt", "Meldeamt",
                "registration office", "Registration Office", "citizens' office", "Citizens' Office",
                "residents' registration", "住民登録", "住民届", "住民局", "住民課", "市役所"]
K_WGB = ["Wohnungsgeber", "landlord", "Vermieter", "家主", "大家", "貸主"]
K_DTICKET = ["Deutschlandticket", "Deutschland-Ticket", "D-Ticket", "Deutschland Ticket", "ドイツチケット"]
K_63 = ["63 €", "63 Euro", "63€", "€63", "€ 63", "63ユーロ", "63 EUR", "EUR 63", "63,00", "63 euros"]
K_6M = ["6 Monate", "6 Monaten", "sechs Monate", "sechs Monaten", "6 months", "six months", "6か月", "6ヶ月",
        "6カ月", "6ケ月", "半年"]
K_NO_TEST = ["ohne Prüfung", "keine Prüfung", "ohne Test", "kein Test", "prüfungsfrei", "without a test",
             "without test", "without any test", "no test", "without taking", "no exam", "without an exam",
             "exempt", "no need to take", "don't need to take", "do not need to take", "not required", "試験なし",
             "試験は不要", "無試験", "試験免除", "免除", "試験不要", "試験はありません", "試験はなく", "試験は必要ありません",
             "sans examen", "pas d'examen", "dispensé", "exempté"]
K_3W = ["3 Wochen", "drei Wochen", "3 weeks", "three weeks", "3週間"]
K_LICENCE_CONV = ["外免切替", "外国免許", "切替", "切り替え", "書き換え", "書換", "Umschreibung", "umschreiben",
                  "umtauschen", "Umtausch", "conversion", "convert", "Gaimen", "Kirikae"]
K_KITA = ["Kita", "KiTa", "Kindertagesstätte", "daycare", "day care", "nursery", "保育", "幼稚園", "Kindergarten",
          "Tagesmutter", "Tagespflege"]
K_JIS = ["Japanische Internationale Schule", "Japanese International School", "日本人学校", "International School",
         "internationale Schule", "インターナショナルスクール", "補習授業校"]
K_INTL_SCHOOL = ["International School", "international school", "internationale Schule",
                 "Internationale Schule", "インターナショナルスクール", "国際学校", "école internationale",
                 "Ecole Internationale", "École internationale"]
K_HEALTH_DE = ["Krankenversicherung", "Krankenkasse", "health insurance", "健康保険", "医療保険", "保険"]
K_HEALTH_JP = ["国民健康保険", "健康保険", "National Health Insurance", "health insurance", "Krankenversicherung",
               "社会保険", "Kokumin", "保険証"]
K_BOSHI = ["母子健康手帳", "母子手帳", "Mutter-Kind-Handbuch", "Mutter-Kind-Heft", "Maternal and Child Health Handbook",
           "maternal and child health handbook", "mother and child handbook", "Boshi"]
K_MUTTERPASS = ["Mutterpass", "maternity record", "母子手帳", "マタニティパス", "Mutterschaftspass"]
K_HEBAMME = ["Hebamme", "midwife", "助産師", "sage-femme"]
K_IHK = ["IHK", "Industrie- und Handelskammer", "Chamber of Commerce", "商工会議所"]
K_GEWERBE = ["Gewerbeanmeldung", "Gewerbeamt", "Gewerbe", "trade registration", "trade office", "営業届"]
K_FINANZAMT = ["Finanzamt", "tax office", "Tax Office", "税務署", "Steuernummer"]
K_TAX_JP = ["税務署", "tax office", "Tax Office", "Finanzamt", "Steueramt", "法人設立届"]
K_MESSE_DE = ["Messe", "trade fair", "trade show", "見本市", "展示会", "メッセ"]
K_MESSE_JP = ["Big Sight", "ビッグサイト", "Makuhari", "幕張", "見本市", "展示会", "trade fair", "Messe", "trade show"]
K_UNI = ["Universit", "大学", "university", "Hochschule", "Forschung", "research"]
K_STARTUP = ["Start-up", "Startup", "start-up", "startup", "スタートアップ", "Gründerzentrum", "incubator", "Inkubator"]
K_RESIDENCE_DE = ["Aufenthaltstitel", "Aufenthaltserlaubnis", "residence permit", "在留", "滞在許可", "Ausländerbehörde",
                  "Visum", "visa", "ビザ", "査証", "Blaue Karte", "Blue Card"]
K_AUSLAENDERBEHOERDE = ["Ausländerbehörde", "Ausländeramt", "immigration office", "foreigners' office",
                        "外国人局", "外国人課", "Amt für Migration", "Einwanderungsbehörde", "移民局"]
K_IMMIGRATION_JP = ["出入国在留管理", "入管", "Immigration Services Agency", "immigration bureau",
                    "Immigration Bureau", "Einwanderungsbehörde", "Immigration", "Ausländerbehörde"]
K_ZAIRYU = ["在留カード", "residence card", "Residence Card", "Aufenthaltskarte", "Zairyu", "carte de résident",
            "carte de séjour"]
K_RENT_DE = ["Kaution", "deposit", "敷金", "Mietkaution", "保証金"]
K_RENT_JP = ["敷金", "礼金", "deposit", "key money", "Kaution", "Schlüsselgeld", "保証人", "guarantor", "Bürge"]
K_TRASH = ["Müll", "Abfall", "garbage", "trash", "waste", "ゴミ", "ごみ", "déchets"]
K_BANK = ["Bank", "bank", "銀行", "Konto", "account", "口座", "compte"]
K_HANKO = ["印鑑", "Hanko", "hanko", "seal", "Siegel", "Stempel", "inkan", "Inkan"]

# --- partnership 2 keyword groups -------------------------------------------------------
K_SAS_CAP = ["1 €", "1€", "€1", "1 euro", "1 Euro", "un euro", "1ユーロ", "one euro", "1 euros"]
K_SARL_CAP = ["20 000", "20'000", "20’000", "20,000", "20.000", "20000", "2万"]
K_CHF = ["CHF", "franc", "Franken", "フラン"]
K_SA_CH_CAP = ["100 000", "100'000", "100’000", "100,000", "100.000", "100000", "10万"]
K_OCPM = ["OCPM", "Office cantonal de la population", "Cantonal Office for Population", "Cantonal Population",
          "population et des migrations", "Population and Migration", "人口移民局", "人口・移民局"]
K_LAMAL = ["LAMal", "assurance maladie", "assurance-maladie", "health insurance", "caisse maladie",
           "caisse-maladie", "健康保険", "医療保険"]
K_117 = ["117"]
K_118 = ["118"]
K_144 = ["144"]
K_145 = ["145", "Tox Info", "Tox info"]
K_SAMU = ["SAMU", "Samu"]
K_VITALE = ["carte Vitale", "Carte Vitale", "Vitale", "CPAM", "Assurance Maladie", "assurance maladie",
            "Sécurité sociale", "sécurité sociale", "social security", "Social Security", "社会保障", "健康保険",
            "カルト・ヴィタル", "カルトヴィタル", "ヴィタル"]
K_FR_SEJOUR = ["titre de séjour", "Titre de séjour", "residence permit", "滞在許可", "Passeport Talent",
               "passeport talent", "Talent Passport", "talent passport", "visa", "ビザ", "préfecture", "Préfecture",
               "ANEF"]
K_CH_PERMIT = ["permis B", "permit B", "B permit", "permis L", "L permit", "autorisation de séjour", "residence permit",
               "滞在許可", "Bewilligung", "permis de séjour", "livret", "permis de travail", "work permit"]
K_CHOOSE = ["Choose Paris Region", "Paris Region Entreprises", "Business France", "ビジネスフランス", "CCI Paris",
            "Agence régionale de développement", "パリ地域経済開発局", "Chambre de commerce et d'industrie de Paris",
            "チューズ・パリ・リージョン"]
K_GENEVA_ORG = ["Office de Promotion des Industries", "OPI Genève", "(OPI)", "OPI）", "l'OPI", "GGBa",
                "Greater Geneva", "promotion économique", "Promotion économique", "economic promotion",
                "ジュネーブ州産業振興機構", "産業振興機構", "FER Genève", "CCIG",
                "Chambre de commerce, d'industrie et des services"]
K_TSU_OFFICE = ["津市", "City of Tsu", "Tsu City", "Tsu city", "ville de Tsu", "Ville de Tsu", "mairie de Tsu",
                "Tsu-shi", "Tsu City Hall", "Tsu city office", "商工観光部", "産業政策"]
K_MIE_8000 = ["#8000", "8000", "みえ子ども医療ダイヤル", "059-232-9955"]
K_MIE_INFO = ["059-229-1199", "救急医療情報センター", "医療ネットみえ", "Emergency Medical Information",
              "medical information center", "medical information centre", "information médicale"]
K_SCHOOL_GE_AGE = ["4 ans", "4 years", "four years", "quatre ans", "4歳", "age 4", "age of 4", "aged 4",
                   "four-year", "4-year", "âge de 4", "4 Jahre"]
K_RCS = ["registre du commerce", "Registre du commerce", "RCS", "commercial register", "trade register", "商業登記",
         "登記", "guichet unique", "Guichet unique", "INPI", "greffe"]
K_NOTAIRE = ["notaire", "notary", "公証", "Notar"]
K_JP_RESIDENCE_FR = ["在留資格", "status of residence", "statut de résidence", "visa", "ビザ", "Business Manager",
                     "経営・管理", "gérant", "在留カード", "carte de résident", "residence card"]


def rq(partner):
    return REGQ_TN if partner == "tn" else REGQ_TSU


def case(partner, lang, region, topic, turns, kind=None, all=None, none=None, language=None):
    """Build one case (without id). `turns` is a string or a list of strings; only the last
    turn carries `expect`. The region question is added to `none` when a region was named,
    and for small talk, out-of-scope and emergencies (these must never ask back).
    A hand-over without a region may fairly ask which office, so it gets no such marker."""
    if isinstance(turns, str):
        turns = [turns]
    if language is None:
        language = [lang] if lang in PARTNER_LANGS[partner] else ["en", lang]
    exp = {}
    if kind:
        exp["kind"] = kind
    exp["language"] = list(language)
    groups = [list(g) for g in (all or [])]
    if groups:
        exp["all"] = groups
    nn = list(none or [])
    if region is not None or kind in ("smalltalk", "out-of-scope", "emergency"):
        for m in rq(partner):
            if m not in nn:
                nn.append(m)
    if nn:
        exp["none"] = nn
    t = [{"text": x} for x in turns[:-1]]
    t.append({"text": turns[-1], "expect": exp})
    return {"lang": lang, "region": region, "topic": topic, "turns": t}


def number(cases, prefix):
    out = []
    for i, c in enumerate(cases, 1):
        d = {"id": f"{prefix}{i:03d}"}
        d.update(c)
        out.append(d)
    return out


def minus(group, *drop):
    """A keyword group without the words the question itself already contains (so an echo cannot pass)."""
    return [x for x in group if x not in drop]
