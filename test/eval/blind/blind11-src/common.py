"""Shared helpers and keyword groups for the blind11 evaluation sets.

Keyword groups hold only facts confirmed with the `search` tool (URLs in README-blind11.md)
or official office/concept names, with spellings in every accepted reply language and
the usual number formats (25.000 / 25,000 / 25000 / 2万5000 ...).
"""

WRITTEN_BY = "blind11 helper session (blind writer, no access to knowledge/ or test/), 2026-11-30"

REGIONS = {"tokyo", "nrw", "tsu", "paris", "geneva", None}
TOPICS = {"company", "daily-life", "healthcare", "housing", "residence", "schooling", "support",
          "emergency", "smalltalk", "out-of-scope", "handover", "follow-up"}
KINDS = {"answer", "smalltalk", "out-of-scope", "clarify-region", "handover", "emergency"}

P1_LANGS = {"ja", "de", "en"}
P2_LANGS = {"ja", "fr", "en"}

# ---------------------------------------------------------------- region question markers
REGIONQ_P1 = ["Tokyo oder NRW", "Tokyo or NRW", "Tokio oder NRW", "NRW or Tokyo", "NRW oder Tokyo",
              "東京とNRWのどちら", "東京かNRW", "東京またはNRW", "東京・NRWのどちら", "NRWと東京のどちら",
              "which region", "welche Region", "welcher Region", "どちらの地域"]
REGIONQ_P2 = ["which region", "quelle région", "quelle region", "welche Region", "どちらの地域",
              "Tsu, Paris ou Genève", "Tsu, Paris or Geneva", "Tsu, Paris oder Genf",
              "津・パリ・ジュネーブのどれ", "津、パリ、ジュネーブのどちら", "津・パリ・ジュネーブのどちら"]

# ---------------------------------------------------------------- number / fact groups (Japan)
YEN1 = ["1円", "1 yen", "1 Yen", "one yen", "¥1", "1 JPY", "einen Yen", "ein Yen", "1 円", "un yen", "1엔", "1日元", "1 日元"]
KK_REGTAX = ["150,000", "150.000", "150000", "150 000", "15万", "15 万"]
GK_REGTAX = ["60,000", "60.000", "60000", "60 000", "6万", "6 万"]
NOTARY_JP = ["公証", "notar", "notaire", "Notariat"]
TEIKAN_15K = ["15,000", "15.000", "15000", "15 000", "1万5000", "1万5千", "1.5万"]
TEIKAN_30K_PLUS = ["30,000", "30.000", "30000", "30 000", "3万", "40,000", "40.000", "40000", "4万",
                   "50,000", "50.000", "50000", "5万"]
STAMP_40K = ["40,000", "40.000", "40000", "40 000", "4万"]
E_TEIKAN = ["電子定款", "electronic articles", "electronic", "elektronisch", "électronique", "PDF"]
BM_VISA = ["経営・管理", "経営管理", "Business Manager", "Business-Manager", "business manager",
           "Business/Manager", "Investor/Business", "gestion d'entreprise", "Geschäftsführ", "Management"]
CAP_30M = ["3,000万", "3000万", "3千万", "30 million", "30 Millionen", "30,000,000", "30.000.000",
           "30 000 000", "30 Mio", "30 millions", "30 milhões", "30 millones", "30 milioni", "3000만", "3,000만"]
JP_STAFF = ["常勤", "full-time", "Vollzeit", "employee", "Mitarbeiter", "employé", "salarié", "職員"]
JP_B2 = ["B2", "N2", "日本語", "Japanese language", "Japanisch", "japonais"]
DAYS14 = ["14日", "14 days", "14 Tage", "14 Tagen", "fourteen", "vierzehn", "2週間", "two weeks", "2 weeks",
          "zwei Wochen", "2 Wochen", "14 jours", "quatorze", "deux semaines", "2 semaines", "１４日"]
JP_CITYOFFICE = ["区役所", "市役所", "ward office", "Ward Office", "city office", "City Office", "city hall",
                 "City Hall", "Bezirksamt", "Rathaus", "市区町村", "municipal", "Municipal", "Stadtverwaltung",
                 "mairie", "hôtel de ville", "Gemeinde", "役所", "Kuyakusho", "kuyakusho"]
RES_CARD = ["在留カード", "residence card", "Residence Card", "Aufenthaltskarte", "carte de résident",
            "carte de séjour", "zairyu", "Zairyu"]
TAX_NOTIF_JP = ["法人設立届", "設立届", "notification of incorporation", "incorporation notification",
                "establishment notification", "notification of establishment", "Gründungsanzeige",
                "Anzeige", "déclaration de création", "notification"]
MONTHS2 = ["2か月", "2ヶ月", "2カ月", "2ヵ月", "2ケ月", "二か月", "2 months", "two months", "2 Monate",
           "zwei Monate", "2 Monaten", "zwei Monaten", "2 mois", "deux mois", "２か月"]
TAX_OFFICE_JP = ["税務署", "tax office", "Tax Office", "Finanzamt", "Steueramt", "bureau des impôts",
                 "centre des impôts", "service des impôts"]
JP_EMERG_AMB = ["119"]
JP_EMERG_POL = ["110"]
TOKYO_7119 = ["#7119", "7119"]
JP_8000 = ["#8000", "8000"]
JP_LICENCE_CENTRES = ["鮫洲", "府中", "江東", "Samezu", "Fuchu", "Fuchū", "Koto", "Kōtō"]
CONVERT = ["切替", "切り替え", "書き換え", "書換", "conversion", "convert", "Umschreib", "umschreib",
           "Umtausch", "umtausch", "échange", "exchange", "交換", "Umwandl"]
JP_BIRTH_LUMP = ["50万", "500,000", "500.000", "500000", "500 000"]
BOSHI = ["母子健康手帳", "母子手帳", "Boshi", "boshi", "Mother and Child", "mother and child", "Mother-Child",
         "Mutter-Kind", "Mutter und Kind", "maternal and child", "Maternal and Child", "carnet de santé"]
JP_HEALTH_INS = ["国民健康保険", "健康保険", "National Health Insurance", "health insurance", "Health Insurance",
                 "Krankenversicherung", "assurance maladie", "assurance-maladie", "Kokumin"]
AHK = ["AHK", "German Chamber of Commerce and Industry in Japan", "在日ドイツ商工会議所", "ドイツ商工会議所",
       "Deutsche Industrie- und Handelskammer in Japan", "Deutschen Industrie- und Handelskammer in Japan"]
JETRO = ["JETRO", "ジェトロ", "日本貿易振興機構", "Japan External Trade"]
ONESTOP_TOKYO = ["ワンストップ", "One-Stop", "One Stop", "one-stop", "Onestop", "OneStop"]
BIGSIGHT = ["ビッグサイト", "Big Sight", "BigSight"]
TOKYO_OFFICE = ["産業労働局", "Bureau of Industrial and Labor Affairs", "Industrial and Labor Affairs",
                "Industrie und Arbeit", "Industrie- und Arbeit", "商工部", "Commerce and Industry Division",
                "Tokyo Metropolitan Government", "東京都", "TMG", "Metropolregierung", "Stadtregierung"]

# ---------------------------------------------------------------- Germany / NRW
GMBH_CAP = ["25.000", "25,000", "25000", "25 000", "2万5000", "2万5千", "2.5万", "25.000,00"]
GMBH_HALF = ["12.500", "12,500", "12500", "12 500", "1万2500", "1万2千5百", "1.25万", "Hälfte", "half", "半分",
             "半額", "2分の1", "50 %", "50%"]
UG_1EUR = ["1 Euro", "1 €", "1€", "€1", "€ 1", "1ユーロ", "1 EUR", "one euro", "ein Euro", "einem Euro"]
NOTAR = ["Notar", "公証"]
HREG = ["Handelsregister", "commercial register", "Commercial Register", "商業登記", "商業登録", "登記",
        "trade register", "Registergericht", "registry"]
GEWERBE = ["Gewerbe", "trade registration", "trade office", "business registration", "営業届", "営業登録",
           "事業届", "営業許可", "Trade Office"]
FINANZAMT = ["Finanzamt", "tax office", "Tax Office", "税務署", "Finanzämter"]
STEUER_ERF = ["steuerlichen Erfassung", "Fragebogen", "questionnaire", "税務登録", "税務調査票", "質問票",
              "tax registration", "ELSTER", "Elster"]
DE_2WEEKS = ["zwei Wochen", "2 Wochen", "14 Tage", "14 Tagen", "two weeks", "2 weeks", "14 days",
             "2週間", "14日", "２週間", "二週間"]
WOHNUNGSGEBER = ["Wohnungsgeber", "landlord", "Landlord", "Vermieter", "家主", "大家", "貸主",
                 "入居証明", "Einzugsbestätigung"]
BUERGERAMT = ["Bürgeramt", "Bürgerbüro", "Bürgerservice", "Bürgerbüros", "Meldebehörde", "Einwohnermeldeamt",
              "Meldeamt", "citizens' office", "Citizens' Office", "citizens office", "registration office",
              "住民登録窓口", "市役所", "区役所", "Bürgerämter", "Kundencenter", "Bezirksverwaltungsstelle"]
DE_116117 = ["116117", "116 117"]
DE_112 = ["112"]
DE_110 = ["110"]
DE_6MONTHS = ["6 Monate", "sechs Monate", "6 Monaten", "sechs Monaten", "6 months", "six months",
              "6か月", "6ヶ月", "6カ月", "6ヵ月", "半年", "６か月", "6개월"]
FS_STELLE = ["Führerscheinstelle", "Fahrerlaubnisbehörde", "Straßenverkehrsamt", "driving licence office",
             "driver's license office", "driving license office", "licensing office", "運転免許", "免許",
             "Bürgeramt", "Führerscheinbehörde"]
AUSLAENDERBEHOERDE = ["Ausländerbehörde", "Ausländeramt", "immigration office", "Immigration Office",
                      "foreigners' office", "Foreigners' Office", "foreigners office", "foreigners authority",
                      "外国人局", "外国人役所", "外国人課", "移民局", "Ausländerbehörden", "Amt für Migration",
                      "Immigration Authority", "immigration authority"]
DAYS90 = ["90", "3 Monate", "drei Monate", "three months", "3 months", "3か月", "3ヶ月", "3カ月", "３か月"]
D_TICKET = ["63"]
MUTTERPASS = ["Mutterpass", "maternity record", "maternity passport", "母子手帳", "母子健康手帳"]
HEBAMME = ["Hebamme", "midwife", "Midwife", "助産師", "助産婦"]
NRW_GLOBAL = ["NRW.Global Business", "NRW.GLOBAL Business", "NRW Global Business", "NRW.Global", "NRW.GLOBAL"]
NRW_JAPAN_KK = ["NRW Japan", "NRW.Global Business Japan", "NRW Japan K.K."]
JIHK = ["JIHK", "Japanische Industrie- und Handelskammer", "Japanische IHK", "日本商工会議所",
        "Japanese Chamber of Commerce", "Japanese Chamber of Commerce and Industry", "商工会議所"]
JAP_SCHOOL_DUS = ["日本人学校", "Japanische Internationale Schule", "Japanese International School",
                  "Japanese School", "japanische Schule", "Japanische Schule", "JISD"]
MWIDE = ["MWIDE", "Innovation, Digitalisierung und Energie", "Innovation, Digitalization and Energy",
         "Innovation, Digitalisation and Energy", "イノベーション・デジタル化・エネルギー"]
MWIKE = ["MWIKE", "Industrie, Klimaschutz und Energie", "Industry, Climate Action and Energy",
         "Industry, Climate Protection and Energy", "産業・気候保護・エネルギー", "Klimaschutz"]
MOU_END = ["2023年3月31日", "31. März 2023", "31 March 2023", "March 31, 2023", "31.03.2023", "2023-03-31",
           "31 Mar 2023", "2023年３月31日", "2023年3月末"]
MONTHS6_NOTICE = ["6か月", "6ヶ月", "6カ月", "６か月", "six months", "6 months", "sechs Monate", "6 Monate",
                  "sechs Monaten", "6 Monaten"]
MOU_SIGNED = ["2021"]

# ---------------------------------------------------------------- France / Paris
SAS_1EUR = ["1 €", "1€", "1 euro", "1 Euro", "€1", "1 EUR", "1ユーロ", "un euro", "one euro", "aucun minimum",
            "pas de minimum", "no minimum", "no legal minimum", "librement", "freely"]
GUICHET = ["guichet unique", "Guichet unique", "INPI", "one-stop", "One-Stop", "single window", "ワンストップ"]
RCS = ["RCS", "Kbis", "K-bis", "registre du commerce", "Registre du commerce", "trade and companies register",
       "Trade and Companies Register", "商業登記", "商業・会社登記", "登記"]
FR_112 = ["112"]
FR_SAMU = ["SAMU", "Samu"]
FR_FIRE = ["18", "pompier", "firefighter", "fire brigade", "消防"]
FR_LIC_1Y = ["1 an", "un an", "one year", "1 year", "12 mois", "12 months", "1年", "一年", "12か月", "12ヶ月", "1 ano", "um ano", "12 meses"]
FR_LIC_WHERE = ["ANTS", "préfecture", "Préfecture", "prefecture", "Prefecture", "県庁"]
TALENT = ["Talent", "talent", "タレント"]
YEARS4 = ["4 ans", "quatre ans", "4 years", "four years", "4年", "最長4年", "４年"]
INV_300K = ["300 000", "300,000", "300.000", "300000", "30万ユーロ", "30万€", "30 万", "300 k", "300k"]
DEPOSIT_1M = ["1 mois", "un mois", "one month", "1 month", "1か月", "1ヶ月", "1カ月", "一か月", "１か月", "1 tháng", "một tháng"]
DEPOSIT_2M = ["2 mois", "deux mois", "two months", "2 months", "2か月", "2ヶ月", "2カ月", "二か月", "２か月"]
CHOOSE_PARIS = ["Choose Paris Region", "Choose Paris Région", "チューズ・パリ・リージョン", "Choose Paris"]
ARD = ["ARD", "Agence Régionale de Développement", "パリ地域経済開発局", "Paris Region Entreprises"]

# ---------------------------------------------------------------- Switzerland / Geneva
CH_144 = ["144"]
CH_POLICE_FIRE = ["117", "118", "112"]
GE_PED_LINE = ["0844 022 022", "0844022022", "0844 022022", "0844-022-022"]
SA_100K = ["100'000", "100 000", "100,000", "100.000", "100000", "10万", "100’000"]
SA_50K = ["50'000", "50 000", "50,000", "50.000", "50000", "5万", "50’000", "moitié", "half", "半分"]
SARL_20K = ["20'000", "20 000", "20,000", "20.000", "20000", "2万", "20’000"]
NOTAIRE = ["notaire", "Notaire", "notary", "Notary", "公証"]
CH_RC = ["registre du commerce", "Registre du commerce", "commercial register", "Commercial Register",
         "商業登記", "商業登録", "登記", "Handelsregister"]
OCPM = ["OCPM", "Office cantonal de la population", "Cantonal Office for Population", "cantonal population",
        "州人口", "人口・移民", "人口移民"]
LAMAL = ["LAMal", "assurance-maladie", "assurance maladie", "health insurance", "Health insurance",
         "健康保険", "医療保険", "Krankenversicherung"]
MONTHS3 = ["3 mois", "trois mois", "three months", "3 months", "3か月", "3ヶ月", "3カ月", "三か月", "３か月", "3개월"]
CH_LIC_12M = ["12 mois", "douze mois", "12 months", "twelve months", "1 an", "un an", "one year", "1 year",
              "12か月", "12ヶ月", "12カ月", "1年", "一年"]
OCV = ["OCV", "Office cantonal des véhicules", "Cantonal Vehicle", "cantonal vehicle", "車両局", "州車両"]
GE_SCHOOL_4 = ["4 ans", "quatre ans", "4 years", "four years", "4歳", "age 4", "aged 4", "4-year", "age of 4",
               "４歳"]
GGBA = ["GGBa", "GGBA", "Greater Geneva Bern", "Greater Geneva Berne"]
OPI = ["OPI", "Office de Promotion des Industries", "ジュネーブ州産業振興機構", "産業振興機構"]

# ---------------------------------------------------------------- Tsu / Mie
MIE_8000 = ["#8000", "8000", "みえ子ども医療ダイヤル", "059-232-9955", "Mie Children", "Kodomo"]
MIE_INFO = ["059-229-1199", "救急医療情報センター", "医療ネットみえ", "Iryo Net Mie", "iryo-net", "Mie Emergency",
            "centre d'information"]
TSU_CITYOFFICE = ["津市役所", "市役所", "city hall", "City Hall", "city office", "City Office", "mairie",
                  "Mairie", "hôtel de ville", "Tsu City", "Tsu city", "役所"]
LEGAL_BUREAU = ["法務局", "Legal Affairs Bureau", "legal affairs bureau", "affaires juridiques",
                "Bureau des affaires juridiques", "Houmukyoku"]


def reply_langs(lang, partnership):
    allowed = P1_LANGS if partnership == 1 else P2_LANGS
    return [lang] if lang in allowed else ["en", lang]


class Builder:
    """Collects cases for one set and numbers them."""

    def __init__(self, set_name, prefix, partnership):
        self.set_name = set_name
        self.prefix = prefix
        self.partnership = partnership
        self.cases = []

    def add(self, lang, region, topic, turns, kind="answer", all=(), none=(), language=None,
            regionq=None):
        if isinstance(turns, str):
            turns = [turns]
        expect = {}
        if kind:
            expect["kind"] = kind
        expect["language"] = language or reply_langs(lang, self.partnership)
        groups = [list(dict.fromkeys(g)) for g in all]
        if groups:
            expect["all"] = groups
        nn = list(none)
        if regionq is None:
            regionq = region is not None or kind in ("smalltalk", "out-of-scope")
        if regionq:
            nn += REGIONQ_P1 if self.partnership == 1 else REGIONQ_P2
        if nn:
            expect["none"] = list(dict.fromkeys(nn))
        tl = [{"text": t} for t in turns[:-1]] + [{"text": turns[-1], "expect": expect}]
        cid = f"{self.prefix}{len(self.cases) + 1:03d}"
        self.cases.append({"id": cid, "lang": lang, "region": region, "topic": topic, "turns": tl})
        return cid

    def doc(self):
        return {"set": self.set_name, "writtenBy": WRITTEN_BY, "cases": self.cases}
