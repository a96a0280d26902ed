"""Shared helpers and keyword groups for the probe4 evaluation sets.

Every keyword group that states a fact carries the URL it was checked against (see README-probe4.md).
Groups without a URL are office or concept names.
"""

P1_LANGS = ["ja", "de", "en"]          # reply languages of partnership 1 (Tokyo–NRW)
P2_LANGS = ["ja", "fr", "en"]          # reply languages of partnership 2 (Tsu–Paris Region–Geneva)

REGIONS = {"tokyo", "nrw", "tsu", "paris", "geneva", None}
TOPICS = {"company", "daily-life", "healthcare", "housing", "residence", "schooling", "support", "emergency",
          "smalltalk", "out-of-scope", "handover", "follow-up"}
KINDS = {"answer", "smalltalk", "out-of-scope", "clarify-region", "handover", "emergency", None}

# ---------------------------------------------------------------- region question (the bot asking back)
RQ1 = ["Tokyo oder NRW", "Tokio oder NRW", "NRW oder Tokyo", "NRW oder Tokio", "Tokyo or NRW", "NRW or Tokyo",
       "東京とNRWのどちら", "東京またはNRW", "東京かNRW", "東京・NRWのどちら", "NRWと東京のどちら",
       "welche Region", "which region", "どちらの地域", "どの地域"]
RQ2 = ["Paris ou Genève", "Genève ou Paris", "Paris or Geneva", "Geneva or Paris",
       "パリかジュネーブ", "パリとジュネーブのどちら", "パリまたはジュネーブ", "津、パリ", "quelle région",
       "which region", "どちらの地域", "どの地域"]

# ---------------------------------------------------------------- wrong-region markers
NOT_TOKYO_MED = ["116117", "116 117"]                 # German on-call doctor line
NOT_NRW_MED = ["#7119", "＃7119", "#8000", "＃8000"]     # Japanese advice lines
NOT_TOKYO_ADMIN = ["Bürgeramt", "Wohnungsgeberbestätigung"]
NOT_NRW_ADMIN = ["在留カード", "マイナンバー"]
NOT_PARIS = ["OCPM", "LAMal"]                          # Geneva-only institutions
NOT_GENEVA = ["SAMU", "CPAM", "carte Vitale", "Carte Vitale"]  # France-only
NOT_EUROPE_FOR_TSU = ["OCPM", "LAMal", "SAMU", "CPAM"]

# ---------------------------------------------------------------- facts (checked with `search`)
# Japan: KK from 1 yen (Companies Act 2005).  https://trans.hiragana.jp/ruby/https://en.wikipedia.org/wiki/Kabushiki_kaisha
KK_CAP = ["1円", "1 yen", "¥1 ", "¥1,", "¥1.", "1 Yen", "ein Yen", "one yen", "JPY 1 ", "1日元", "1엔", "1 iene", "1 ien",
          "no minimum", "kein Mindest", "最低資本金はありません", "最低資本金制度", "最低資本金の規制"]
# Business Manager status from 16 Oct 2025: 30 million yen. https://www.immigration-lawyers.jp/investor-visa/1016
BM_30M = ["3,000万", "3000万", "3千万", "3,000 万", "30 million", "30 Millionen", "30 Mio", "30,000,000", "30.000.000",
          "30 000 000", "三千万", "3000萬", "3천만"]
BM_NAME = ["経営・管理", "経営管理", "Business Manager", "Business Management", "Geschäftsführer", "Unternehmensleiter",
           "Investor/Business"]
# GK registration licence tax at least 60,000 yen; KK 150,000 yen. https://zeirishi-matsukiyo.jp/column/column_050.html
GK_TAX = ["60,000", "60.000", "60000", "6万", "６万", "60 000"]
# Tokyo startup visa: six months, Business Development Center TOKYO.
# https://www.seisakukikaku.metro.tokyo.jp/invest_tokyo/english/invest-tokyo/fhr.html
STARTUP_TOKYO = ["Business Development Center", "ビジネスディベロップメントセンター", "BDC", "6 months", "six months",
                 "6か月", "6ヶ月", "6カ月", "６か月", "半年", "sechs Monate", "6 Monate", "Startup Visa", "Start-up-Visum",
                 "スタートアップビザ", "外国人創業"]
# Japan residence registration within 14 days. https://www.city.toshima.lg.jp/info/jp/registration.html
DAYS14 = ["14日", "１４日", "14 days", "14 Tage", "14 Tagen", "zwei Wochen", "two weeks", "2 Wochen", "2 weeks", "2週間",
          "２週間", "14天", "14일", "14 días", "14 dias", "14 ngày", "14 jours", "quatorze jours", "deux semaines"]
WARD = ["区役所", "市役所", "役所", "ward office", "Ward Office", "city office", "City Office", "city hall", "City Hall",
        "Bezirksamt", "Rathaus", "Stadtverwaltung", "municipal", "mairie"]
MYNUMBER_MAIL = ["郵送", "郵便", "by post", "by mail", "per Post", "mailed", "送付", "送られ", "届きます", "zugeschickt",
                 "zugesandt", "Post"]
# Emergency Japan 119 / 110, Tokyo #7119, child line #8000.
# https://hlc.jp/en/blogs/tokyo/jiu-ji-che-wohu-ndahougaiikami-tutara , https://www.tokyo-icc.jp/english/lespace/index_1906.html
J119 = ["119"]
J110 = ["110"]
J7119 = ["7119"]
J8000 = ["8000"]
AMBULANCE_FREE = ["free", "kostenlos", "無料", "no charge", "gebührenfrei", "gratis", "costs nothing", "nichts", "かかりません",
                  "免费", "무료", "gratuit"]
# Tokyo licence conversion: Fuchu, Samezu, Koto; Germany/France/Switzerland exempt from the tests.
# https://www.keishicho.metro.tokyo.lg.jp/menkyo/menkyo/kokugai/kokugai05.html
TOKYO_LICENCE_PLACES = ["府中", "鮫洲", "江東", "Fuchu", "Fuchū", "Samezu", "Koto", "Kōtō"]
LICENCE_TRANSLATION = ["翻訳", "JAF", "translation", "Übersetzung", "traduction"]
TEST_EXEMPT = ["免除", "exempt", "befreit", "ohne Prüfung", "no test", "keine Prüfung", "not need to take", "no need to take",
               "不要", "entfällt", "entfallen", "without a test", "without taking", "dispens", "sans examen", "keine theoretische"]
HIMAWARI = ["ひまわり", "Himawari", "5285-8181", "AMDA"]

# Germany: GmbH 25,000 EUR (§ 5 GmbHG), UG from 1 EUR. https://welt-der-bwl.de/Stammkapital , https://vanlieradvies.nl/de/mindestkapital-3/
GMBH_CAP = ["25.000", "25,000", "25000", "25 000", "2万5000", "2万5千", "2.5万", "２万５千", "2만5천", "25.000 €", "25 000 €",
            "25 mil", "25 nghìn", "25 bin", "2万5"]
UG = ["UG", "Unternehmergesellschaft", "haftungsbeschränkt"]
ONE_EURO = ["1 €", "1€", "1 euro", "1 Euro", "1ユーロ", "ein Euro", "one euro", "€1", "1 EUR", "un euro", "1 유로", "1欧元"]
# Germany: register a new home within two weeks (§ 17 BMG). https://www.pullach.de/anmeldung/
TWO_WEEKS = ["zwei Wochen", "2 Wochen", "two weeks", "2 weeks", "14 Tage", "14 Tagen", "14 days", "2週間", "２週間", "14日",
             "二週間", "两周", "两个星期", "14天", "2주", "14일", "duas semanas", "2 semanas", "dos semanas", "14 días", "14 dias",
             "iki hafta", "2 hafta", "14 gün", "2 tuần", "14 ngày"]
ANMELDUNG_OFFICE = ["Bürgeramt", "Bürgerbüro", "Bürgerservice", "Meldebehörde", "Einwohnermeldeamt", "Meldeamt",
                    "citizens' office", "citizen office", "registration office", "住民登録", "Anmeldung", "市役所"]
# 116117 on-call doctors, 112 emergency. https://www.bkkrwe.de/news-detailansicht/aerztlicher-bereitschaftsdienst-jetzt-bundesweit-unter-116117.html
D116117 = ["116117", "116 117"]
D112 = ["112"]
D110 = ["110"]
# Deutschlandticket 63 EUR/month since 1 Jan 2026. https://www.adac.de/news/49-euro-ticket
DTICKET = ["63"]
# Kita: legal right from the first birthday (§ 24 SGB VIII). https://www.kommunalbrevier.de/kommunalbrevier/Kommunalpolitik-A-Z/kindertagesstaetten/rechtsanspruch/
KITA_RIGHT = ["Rechtsanspruch", "legal right", "legal entitlement", "entitled", "entitlement", "権利", "法的", "請求権"]
# Foreign (non-EU) licence valid 6 months after moving to Germany. https://www.udos-fahrschule.eu/informationen/auslaendischer-fuehrerschein
SIX_MONTHS = ["6 Monate", "sechs Monate", "6 Monaten", "sechs Monaten", "6 months", "six months", "6か月", "6ヶ月", "6カ月",
              "６か月", "半年", "6 meses", "seis meses", "6개월", "6个月", "六个月", "6 ay", "6 tháng"]
LICENCE_OFFICE_DE = ["Führerscheinstelle", "Straßenverkehrsamt", "Fahrerlaubnisbehörde", "driving licence office",
                     "driver's license office", "licensing authority", "licence office", "license office", "運転免許",
                     "Bürgerbüro", "Bürgeramt"]

# France: SAS from 1 EUR. https://legalstart.fr/fiches-pratiques/sas/capital-social-minimum-sas
SAS_CAP = ["1 €", "1€", "1 euro", "un euro", "1 Euro", "one euro", "€1", "1ユーロ", "1 EUR", "pas de capital minimum",
           "no minimum", "libre", "librement"]
# France emergency 15 SAMU / 17 police / 18 pompiers / 112. https://www.sdis04.fr/quels-numeros-composer-18-112-15-ou-17/
F15 = ["15"]
F17 = ["17"]
F18 = ["18"]
# Switzerland 117 police / 118 fire / 144 ambulance / 112. https://ch.ch/en/road-accident-what-should-i-do
CH144 = ["144"]
CH117 = ["117"]
CH118 = ["118"]
# Switzerland: Sàrl CHF 20,000; SA CHF 100,000 (50,000 paid in). https://notaires-geneve.ch/fr/activites-societes-sa-ou-sarl
SARL_CAP = ["20 000", "20'000", "20’000", "20.000", "20,000", "20000", "2万", "２万"]
SA_CAP = ["100 000", "100'000", "100’000", "100.000", "100,000", "100000", "10万", "１０万"]
# Geneva: announce arrival at the OCPM within 14 days; LAMal within 3 months.
# https://www.ge.ch/en/taxonomy/term/4160/impression , https://www.ge.ch/en/welcome-geneva/health
OCPM = ["OCPM", "Office cantonal de la population", "Cantonal Office for Population", "population et des migrations",
        "州人口移民局", "人口・移民局", "人口移民"]
THREE_MONTHS = ["3 mois", "trois mois", "3 months", "three months", "3か月", "3ヶ月", "3カ月", "３か月", "三か月", "90日",
                "3 Monate", "3 meses", "3개월", "3个月"]
LAMAL = ["LAMal", "assurance-maladie", "assurance maladie", "health insurance", "健康保険", "医療保険", "Krankenversicherung",
         "KVG"]
# Mie: child line #8000 (みえ子ども医療ダイヤル), medical information centre 059-229-1199.
# https://www-pref-mie-lg-jp.cache.yimg.jp/IRYOS/HP/24271023383_00001.htm , https://www.tokyooffice.city.tsu.mie.jp/www/sp/contents/1001000007201/index.html
MIE_INFO = ["229-1199", "2291199", "医療ネットみえ", "救急医療情報", "Iryo Net Mie", "medical information"]
# Mie is among the regions offering the startup visa. https://kobelp.com/en/japanese-startup-visas-program
STARTUP_MIE = ["三重県", "Mie", "スタートアップビザ", "startup visa", "Startup Visa", "visa startup", "visa start-up",
               "外国人創業", "起業準備"]

# ---------------------------------------------------------------- offices and concept names
TOKYO_OFFICE = ["産業労働局", "Bureau of Industrial and Labor Affairs", "Industrial and Labor Affairs", "商工部",
                "Büro für Industrie und Arbeit", "Industrie und Arbeit", "Tokyo Metropolitan Government", "TMG",
                "東京都", "Metropolitan Government", "Stadtregierung", "Präfekturregierung", "Tokioter Regierung",
                "Tokyo Metropolitan"]
NRW_OFFICE = ["NRW.Global Business", "NRW.Global", "NRW Global", "NRW Japan", "NRW.グローバル", "NRWジャパン",
              "MWIKE", "MWIDE", "Wirtschaftsministerium", "Ministerium für Wirtschaft", "経済・産業", "経済省",
              "経済・イノベーション", "Ministry of Economic", "economics ministry", "Economic Affairs"]
NRW_JAPAN = ["NRW Japan", "NRW.Global Business Japan", "NRW.Global", "NRW Global", "NRWジャパン", "NRW.グローバル"]
TOKYO_PARTNERS = ["AHK", "German Chamber", "Deutsche Industrie- und Handelskammer", "ドイツ商工会議所", "在日ドイツ商工会議所",
                  "JETRO", "ジェトロ", "日本貿易振興機構"]
MWIDE = ["MWIDE", "MWIKE", "Ministerium für Wirtschaft", "Wirtschaftsministerium", "経済・イノベーション", "経済省",
         "Ministry of Economic", "economics ministry", "Ministry for Economic", "Economic Affairs"]
NOTARY = ["Notar", "notary", "公証", "notaire", "noter", "notario", "公証人", "公證", "공증"]
LEGAL_BUREAU = ["法務局", "Legal Affairs Bureau", "Legal Affairs", "Rechtsamt", "Justizamt", "登記所"]
TAX_OFFICE = ["税務署", "tax office", "Finanzamt", "Steueramt", "Tax Office", "Zeimusho", "zeimusho"]
COMMERCIAL_REGISTER = ["Handelsregister", "commercial register", "商業登記", "登記", "Registergericht", "trade register"]
IHK = ["IHK", "Industrie- und Handelskammer", "商工会議所", "Chamber of Commerce"]
GEWERBE = ["Gewerbeamt", "Gewerbeanmeldung", "Gewerbe", "営業届", "trade office", "business registration"]
INTERPRETER = ["通訳", "interpreter", "Dolmetscher", "翻訳", "Übersetz", "translator", "translation"]
JAPANESE_SCHOOL_D = ["日本人学校", "Japanische Internationale Schule", "Japanese International School", "Japanische Schule",
                     "Japanese School", "JIS", "補習", "supplementary school", "Ergänzungsschule"]
INTL_SCHOOL_TOKYO = ["Deutsche Schule", "German School", "ドイツ学園", "DSTY", "international school", "International School",
                     "インターナショナルスクール", "Internationale Schule"]
BOARD_OF_EDUCATION = ["教育委員会", "board of education", "Board of Education", "Schulamt", "区役所", "ward office",
                      "Bildungsausschuss", "Bildungsamt"]
MATERNITY_JP = ["母子健康手帳", "母子手帳", "Mutter-Kind", "Maternal and Child Health", "maternal and child", "Boshi", "MCH"]
MATERNITY_DE = ["Frauenarzt", "Frauenärzt", "Gynäkolog", "gynaecolog", "gynecolog", "婦人科", "産婦人科", "Hebamme", "midwife",
                "助産", "OB/GYN", "ob-gyn"]
HEBAMME = ["Hebamme", "助産", "midwife", "Hebammen"]
RESIDENCE_CARD = ["在留カード", "residence card", "Residence Card", "Aufenthaltskarte", "zairyu", "Zairyu"]
AUSLAENDERBEHOERDE = ["Ausländerbehörde", "Ausländeramt", "immigration office", "foreigners' office", "foreigners office",
                      "Foreigners' Authority", "外国人局", "外国人役所", "Immigration Office", "Ausländerbehörden"]
JP_HEALTH_INS = ["国民健康保険", "National Health Insurance", "健康保険", "health insurance", "Krankenversicherung",
                 "社会保険", "Shakai Hoken", "shakai hoken", "kokumin"]
DE_HEALTH_INS = ["Krankenversicherung", "Krankenkasse", "健康保険", "health insurance", "公的保険", "gesetzlich", "statutory"]
GARBAGE_JP = ["燃やすごみ", "燃えるごみ", "可燃", "burnable", "combustible", "brennbar", "燃やせる", "資源", "recycl"]
GARBAGE_DE = ["Gelbe", "gelb", "Verpackung", "packaging", "包装", "容器", "Grüner Punkt", "yellow"]
KK_PROCEDURE = ["定款", "articles of incorporation", "Satzung", "Gesellschaftsvertrag", "登記", "法務局"]
TRADE_FAIR = ["Messe", "trade fair", "trade show", "見本市", "展示会", "メッセ", "Big Sight", "ビッグサイト", "salon", "exhibition"]
FUNDING_NRW = ["NRW.BANK", "NRW.Global", "NRW Global", "Förderprogramm", "Fördermittel", "funding programme", "助成", "補助"]
INTRACOMPANY = ["企業内転勤", "Intra-company", "Intra-Company", "Intracompany", "intra-company", "innerbetrieblich",
                "Konzernversetzung"]
DEPENDENT = ["家族滞在", "Dependent", "dependent", "Dependant", "dependant", "Familienangehörig", "Familiennachzug"]
APPOINTMENT = ["Termin", "appointment", "予約", "rendez-vous"]
TSU_OFFICE = ["津市", "Tsu City", "Tsu city", "ville de Tsu", "Tsu-shi", "mairie de Tsu", "municipalité de Tsu",
              "産業政策", "Tsu Municipal"]
PARIS_OFFICE = ["Choose Paris Region", "Paris Region", "ARD", "Agence Régionale de Développement", "パリ地域", "パリ・リージョン",
                "パリ地域経済開発局", "Paris Île-de-France", "Paris Ile-de-France"]
GENEVA_OFFICE = ["OPI", "Office de Promotion des Industries", "Promotion des Industries", "ジュネーブ州産業振興機構",
                 "産業振興機構", "Office for the Promotion of Industries"]
FR_HEALTH = ["Assurance Maladie", "assurance maladie", "CPAM", "carte Vitale", "Carte Vitale", "Ameli", "ameli",
             "sécurité sociale", "Sécurité sociale", "health insurance", "健康保険", "医療保険"]
TITRE_SEJOUR = ["titre de séjour", "residence permit", "滞在許可", "在留許可", "préfecture", "Préfecture", "prefecture",
                "passeport talent", "Passeport Talent", "ANEF", "visa long séjour", "VLS-TS"]
GE_PERMIT = ["permis B", "permis L", "B permit", "L permit", "Permit B", "Permit L", "滞在許可", "在留許可", "OCPM",
             "autorisation de séjour", "residence permit"]
SCHOOL_FR = ["mairie", "town hall", "city hall", "市役所", "役所", "inscription scolaire", "école publique", "public school",
             "公立", "lycée international", "international school", "インターナショナルスクール", "école internationale"]
SCHOOL_GE = ["DIP", "département de l'instruction publique", "école publique", "public school", "公立", "international school",
             "École internationale", "Ecolint", "インターナショナルスクール", "école internationale"]
LICENCE_JP_CONVERT = ["外免切替", "外国免許", "切替", "切り替え", "conversion", "convert", "échange", "運転免許センター",
                      "運転免許試験場", "driver's license center", "licence centre"]
LICENCE_FR = ["échange", "exchange", "ANTS", "préfecture", "一年", "1年", "1 an", "un an", "one year", "1 year", "12 mois"]
LICENCE_CH = ["12 mois", "12 months", "1年", "一年", "un an", "one year", "1 year", "service des automobiles", "SCAN",
              "Office cantonal des véhicules", "OCV", "office des véhicules"]


def case(lang, region, topic, turns, kind=None, all=(), none=(), language=None, partnership=1):
    """Build one case dict (id added by build.py)."""
    if isinstance(turns, str):
        turns = [turns]
    if language is None:
        ok = P1_LANGS if partnership == 1 else P2_LANGS
        language = [lang] if lang in ok else ["en", lang]
    expect = {}
    if kind is not None:
        expect["kind"] = kind
    expect["language"] = list(language)
    expect["all"] = [list(g) for g in all]
    expect["none"] = list(none)
    ts = [{"text": t} for t in turns[:-1]] + [{"text": turns[-1], "expect": expect}]
    return {"lang": lang, "region": region, "topic": topic, "turns": ts}


def rq(partnership, region):
    """Region-question markers belong in `none` whenever a region was named."""
    if region is None:
        return []
    return list(RQ1 if partnership == 1 else RQ2)
