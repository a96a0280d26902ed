# Generator for blind4-tokyo-nrw.json (partnership 1: Tokyo <-> North Rhine-Westphalia).
# Facts used in keyword groups were checked with the `search` tool; URLs in README-blind4.md.
from common import Builder

b = Builder("B4TN", {"ja", "de", "en"})
A = b.add
M = b.multi

# ---- region-question markers (must not appear when a region was named) ----
RQ = ["Tokyo or NRW", "NRW or Tokyo", "Tokyo oder NRW", "Tokio oder NRW", "NRW oder Tokyo",
      "東京とNRWのどちら", "東京とNRW、どちら", "東京またはNRW", "東京かNRW", "東京・NRWのどちら",
      "which region", "welche Region", "どちらの地域"]
def N(*extra):
    return RQ + list(extra)

# ---- Tokyo facts ----
YEN1 = ["1円", "1 yen", "¥1", "one yen", "1 jpy", "1円から", "1 Yen"]
KK_TAX = ["150,000", "150.000", "150000", "150 000", "15万"]
GK_TAX = ["60,000", "60.000", "60000", "60 000", "6万"]
REGTAX = ["登録免許税", "registration tax", "registration and license tax", "Registrierungssteuer", "Eintragungssteuer", "Registersteuer", "0.7", "0,7"]
NOTFEE = ["15,000", "15.000", "15000", "15 000", "1万5", "1.5万", "30,000", "30.000", "3万", "50,000", "50.000", "5万"]
NOTFEE_SMALL = ["15,000", "15.000", "15000", "15 000", "1万5", "1.5万"]
NOTFEE_CORP = ["30,000", "30.000", "30000", "3万", "40,000", "4万", "50,000", "5万"]
GK_NONOT = ["不要", "いらない", "必要ありません", "no notar", "not required", "not need", "no need", "doesn't need", "does not need",
            "nicht erforderlich", "nicht nötig", "keine notarielle", "kein Notar", "entfällt", "nicht notwendig", "without notar", "no certification"]
STAMP = ["40,000", "40.000", "4万", "電子定款", "electronic articles", "elektronische Satzung", "elektronisch"]
BMV = ["経営・管理", "経営管理", "Business Manager", "Business-Manager", "business management", "Unternehmensführung", "Geschäftsführung und Management", "Investor/Business"]
BMV_CAP = ["3,000万", "3000万", "3.000万", "30 million", "30,000,000", "30.000.000", "30 Mio", "30 Millionen", "¥30m", "30m yen"]
BMV_EMP = ["常勤", "full-time", "full time", "Vollzeit", "1人以上", "one full", "at least one", "mindestens ein"]
BMV_OFFICE = ["原則", "no longer", "not accepted", "nicht mehr", "nicht akzeptiert", "認められ", "不可", "separate", "getrennt", "独立", "in principle", "generally not", "grundsätzlich"]
T7119 = ["#7119", "7119"]
T8000 = ["#8000", "8000"]
DAYS14 = ["14日", "14 days", "14 Tage", "14 Tagen", "two weeks", "2 weeks", "zwei Wochen", "2 Wochen", "2週間", "二週間"]
WARD = ["区役所", "市役所", "役所", "ward office", "city office", "city hall", "municipal office", "Bezirksamt", "Rathaus", "Stadtverwaltung", "Bürgeramt", "Ward Office", "Kuyakusho", "区の窓口"]
ZAIRYU = ["在留カード", "residence card", "Aufenthaltskarte", "Residence Card", "zairyu"]
TAX2M = ["2か月", "2ヶ月", "2カ月", "二か月", "2 months", "two months", "2 Monate", "zwei Monate", "2 Monaten", "zwei Monaten"]
TAXOFF = ["税務署", "tax office", "Finanzamt", "Steueramt", "tax authority", "Steuerbehörde"]
Y500K = ["50万", "500,000", "500.000", "500000", "500 000"]
BOSHI = ["母子健康手帳", "母子手帳", "Mutter-Kind-Pass", "Mutter-Kind-Heft", "Mutterpass", "Maternal and Child Health Handbook", "Mother and Child Health Handbook", "maternal and child health handbook", "mother-child handbook", "MCH handbook", "boshi"]
NINSHIN = ["妊娠届", "pregnancy notification", "pregnancy report", "Schwangerschaftsmeldung", "Schwangerschaft melden", "Schwangerschaftsanzeige", "report your pregnancy", "notify"]
SSA = ["社会保障協定", "social security agreement", "Sozialversicherungsabkommen", "Abkommen über Soziale Sicherheit", "deutsch-japanische Abkommen", "Japan-Germany agreement", "日独"]
SSA5 = ["5年", "5 years", "five years", "5 Jahre", "fünf Jahre", "60 Monate", "60 months", "60か月", "60暦月"]
COC = ["適用証明書", "certificate of coverage", "Entsendebescheinigung", "Bescheinigung", "coverage certificate", "Certificate of Coverage"]
SHAKAI = ["健康保険", "厚生年金", "社会保険", "health insurance", "pension", "Rentenversicherung", "Krankenversicherung", "Sozialversicherung", "social insurance", "年金事務所", "pension office"]
NHI = ["国民健康保険", "National Health Insurance", "nationale Krankenversicherung", "Kokumin Kenko Hoken", "国保", "NHI"]
GAIMEN = ["外免切替", "切替", "切り替え", "conversion", "convert", "Umschreibung", "umschreiben", "umtauschen", "Umtausch"]
NOTEST = ["免除", "試験なし", "試験は不要", "不要", "exempt", "without a test", "without test", "no test", "no exam", "ohne Prüfung", "keine Prüfung", "prüfungsfrei", "befreit", "no written", "no driving test"]
LIC_CENTER = ["鮫洲", "府中", "江東", "Samezu", "Fuchu", "Koto", "運転免許試験場", "driver's license center", "driving licence centre", "license center", "Führerscheinzentrum", "Fahrerlaubnisbehörde", "試験場"]
AHK = ["AHK", "Deutsche Industrie- und Handelskammer in Japan", "German Chamber of Commerce and Industry in Japan", "在日ドイツ商工会議所", "ドイツ商工会議所", "German Chamber", "Außenhandelskammer"]
JETRO = ["JETRO", "ジェトロ", "日本貿易振興機構", "Japan External Trade Organization"]
TMG = ["産業労働局", "Bureau of Industrial and Labor Affairs", "Industrial and Labor Affairs", "Büro für Industrie und Arbeit", "Amt für Industrie und Arbeit", "商工部", "Commerce and Industry Division", "Industrie und Arbeit"]
SHIKI = ["敷金", "deposit", "Kaution", "shikikin"]
REIKI = ["礼金", "key money", "Schlüsselgeld", "reikin"]
HOIKU = ["保育園", "保育所", "nursery", "daycare", "day care", "day-care", "Kita", "Kinderkrippe", "Krippe", "Hoikuen", "childcare"]
GOMI = ["分別", "separate", "sort", "trennen", "Trennung", "getrennt", "収集日", "collection day", "Abholtag", "Sammeltag"]
KOKUSEKI_SCHOOL = ["インターナショナルスクール", "international school", "internationale Schule", "Deutsche Schule", "German School", "ドイツ人学校", "OAG"]

# ---- NRW facts ----
E25K = ["25.000", "25,000", "25000", "25 000", "2万5", "2.5万"]
E12K = ["12.500", "12,500", "12500", "12 500", "1万2500", "1万2,500", "1.25万", "Hälfte", "half", "半分"]
UG = ["UG", "Unternehmergesellschaft", "1 €", "1 Euro", "1ユーロ", "1 euro", "€1"]
DT63 = ["63"]
DTNAME = ["Deutschlandticket", "Deutschland-Ticket", "D-Ticket", "ドイツチケット", "Germany ticket"]
T116 = ["116117", "116 117"]
T112 = ["112"]
RENT3 = ["3か月", "3ヶ月", "3カ月", "三か月", "3 months", "three months", "3 Monats", "drei Monats", "3 Kaltmieten", "drei Kaltmieten", "3 Nettokaltmieten", "drei Nettokaltmieten", "Dreifache", "3倍", "3 Monatsmieten", "drei Monatsmieten", "three times", "3x", "3 month", "家賃3", "3つ分", "三つ分"]
RATES = ["3回", "分割", "3 Raten", "drei Raten", "Raten", "instalment", "installment", "three parts", "3 parts"]
WEEKS2 = ["2週間", "二週間", "14日", "two weeks", "2 weeks", "14 days", "zwei Wochen", "2 Wochen", "14 Tage", "14 Tagen"]
WGB = ["Wohnungsgeberbestätigung", "Wohnungsgeberbescheinigung", "landlord confirmation", "landlord's confirmation", "confirmation from your landlord", "Einzugsbestätigung", "Vermieterbescheinigung", "家主", "大家", "入居証明"]
MELDE = ["Bürgeramt", "Bürgerbüro", "Bürgerdienste", "Kundenzentrum", "Meldebehörde", "Bürgerservice", "Meldeamt", "citizens' office", "citizens office", "registration office", "住民登録", "住民局", "市役所", "区役所", "Bezirksverwaltungsstelle", "Anmeldung"]
W6 = ["6週", "６週", "6 weeks", "six weeks", "6 Wochen", "sechs Wochen"]
W8 = ["8週", "８週", "8 weeks", "eight weeks", "8 Wochen", "acht Wochen"]
MPASS = ["Mutterpass", "maternity record", "maternity passport", "母子手帳", "母子健康手帳", "Mutterschaftspass"]
HEBAMME = ["Hebamme", "midwife", "助産師", "助産婦"]
FEV6M = ["6か月", "6ヶ月", "6カ月", "半年", "6 months", "six months", "6 Monate", "sechs Monate", "6 Monaten", "sechs Monaten"]
DE_NOTEST = ["ohne Prüfung", "keine Prüfung", "keine theoretische", "prüfungsfrei", "試験なし", "試験は不要", "試験不要", "免除", "without a test", "without test", "no test", "no exam", "without taking", "Anlage 11", "exempt", "no theory", "no practical"]
INTERP = ["Dolmetscher", "interpreter", "通訳", "Übersetz", "translat", "翻訳"]
GERMAN = ["Deutsch", "German", "ドイツ語"]
NOTAR = ["Notar", "notary", "公証人", "公証"]
HREG = ["Handelsregister", "commercial register", "商業登記", "商業登録", "登記", "trade register"]
GEWERBE = ["Gewerbeanmeldung", "Gewerbeamt", "Gewerbe anmelden", "trade registration", "business registration", "営業届", "Gewerbe"]
FINANZ = ["Finanzamt", "tax office", "税務署", "Fragebogen zur steuerlichen Erfassung", "tax registration", "ELSTER", "steuerliche Erfassung"]
KV = ["Krankenversicherung", "health insurance", "健康保険", "Krankenkasse", "医療保険", "gesetzliche"]
JIHK = ["JIHK", "Japanische Industrie- und Handelskammer", "Japanese Chamber of Commerce", "日本商工会議所", "デュッセルドルフ日本商工会議所", "JETRO", "ジェトロ"]
NRWJ = ["NRW Japan", "NRW.Global Business", "NRW.GLOBAL", "NRW Global Business", "NRW.Global"]
KITANAV = ["Kita-Navigator", "Kita Navigator", "Kitanavigator", "キタ・ナビゲーター", "キタナビ"]
LITTLEBIRD = ["Little Bird", "LITTLE BIRD", "Familienbüro", "Kita-Portal", "Jugendamt"]
KGELD = ["Kindergeld", "child benefit", "児童手当", "子ども手当", "Familienkasse", "家族手当"]
FAMK = ["Familienkasse", "family benefits office", "Family Benefits Office", "家族手当金庫", "ファミリエンカッセ", "Bundesagentur für Arbeit"]
JSCHOOL = ["Japanische Internationale Schule", "日本人学校", "Japanese International School", "Japanese school", "Japanische Schule", "デュッセルドルフ日本人学校"]
ISCHOOL = ["international school", "internationale Schule", "インターナショナルスクール", "International School", "Bonn International School", "St. George", "ISR", "ISD"]
KITA = ["Kita", "Kindertagesstätte", "Kindergarten", "幼稚園", "保育", "daycare", "day care", "nursery", "Krippe", "Tagespflege"]
MWIDE = ["MWIDE", "MWIKE", "Wirtschaft, Innovation, Digitalisierung und Energie", "Wirtschaft, Industrie, Klimaschutz und Energie", "経済・イノベーション・デジタル化・エネルギー省", "経済・イノベーション", "Economic Affairs, Innovation, Digitalisation and Energy", "Economic Affairs, Industry, Climate Action and Energy", "Wirtschaftsministerium", "economics ministry", "Ministry of Economic Affairs"]
Y2021 = ["2021"]
MOU_END = ["2023", "3月31日", "31 March", "March 31", "31. März"]
MON6 = ["6か月", "6ヶ月", "６か月", "6 months", "six months", "6 Monate", "sechs Monate", "6 Monaten", "sechs Monaten"]
MESSE = ["Messe Düsseldorf", "Koelnmesse", "Messe Essen", "Westfalenhallen", "Messe Dortmund", "NRW.Global", "NRW Japan"]
IHK = ["IHK", "Industrie- und Handelskammer", "Chamber of Commerce", "商工会議所"]
BANK = ["Girokonto", "Konto", "bank account", "銀行口座", "口座", "Geschäftskonto", "business account", "Sparkasse", "Schufa", "SCHUFA"]
TRASH_DE = ["Gelbe Tonne", "Gelber Sack", "Biotonne", "Restmüll", "Papier", "yellow bin", "yellow bag", "organic", "residual", "黄色", "生ごみ", "Altpapier", "blaue Tonne", "Glascontainer"]

# =====================================================================
# TOKYO — company founding
A("en", "tokyo", "company", "min capital for a kk in tokyo??", [YEN1], N())
A("de", "tokyo", "company", "wie viel stammkapital brauch ich für ne KK in Tokio", [YEN1], N())
A("ja", "tokyo", "company", "株式会社の資本金っていくらから作れる？港区で設立予定", [YEN1], N())
A("en", "tokyo", "company", "what does it cost to set up a GK in tokyo roughly, govt fees only", [GK_TAX, REGTAX + ["登録免許税"]], N())
A("de", "tokyo", "company", "was kostet ne GK gründung in tokyo an gebühren? (godo kaisha)", [GK_TAX], N())
A("ja", "tokyo", "company", "合同会社だと登録免許税いくら？", [GK_TAX], N())
A("en", "tokyo", "company", "kk registration tax minimum? we're a small german gmbh opening a sub in shibuya", [KK_TAX], N())
A("en", "tokyo", "company", "notary fee for the articles of a kk, capital 500k yen, 2 founders both people, no board", [NOTFEE_SMALL], N())
A("de", "tokyo", "company", "unsere GmbH aus Bochum gründet eine KK in Tokyo, was kostet die beglaubigung der satzung beim notar?", [NOTFEE_CORP, ["公証", "notar", "Notar", "notary"]], N())
A("ja", "tokyo", "company", "定款認証の手数料って今いくら？資本金100万未満で発起人は私ひとり", [NOTFEE_SMALL], N())
A("en", "tokyo", "company", "does a GK need notarised articles like a KK?", [GK_NONOT], N())
A("de", "tokyo", "company", "muss bei der godo kaisha die satzung notariell beglaubigt werden", [GK_NONOT], N())
A("en", "tokyo", "company", "which visa do i need to run my own company in tokyo", [BMV], N())
A("de", "tokyo", "company", "welches visum brauche ich als gründer in tokyo? 🙏", [BMV], N())
A("ja", "tokyo", "company", "東京で起業するドイツ人の在留資格は何が必要？", [BMV], N())
A("en", "tokyo", "company", "business manager visa capital requirement after the 2025 change?", [BMV_CAP], N())
A("ja", "tokyo", "company", "経営管理ビザ、2025年の改正で資本金いくら必要になった？", [BMV_CAP], N())
A("en", "tokyo", "company", "can i use my apartment in meguro as the office for the business manager visa", [BMV_OFFICE], N())
A("en", "tokyo", "company", "do i have to hire someone full time for the biz manager status now", [BMV_EMP], N())
A("de", "tokyo", "company", "nach der KK gründung: bis wann muss ich das dem finanzamt melden (tokyo)", [TAX2M, TAXOFF], N())
A("ja", "tokyo", "company", "法人設立届出書っていつまでに税務署に出すの", [TAX2M], N())
A("en", "tokyo", "company", "we hire 2 locals in tokyo, which social insurance do we have to enroll them in", [SHAKAI], N())
A("de", "tokyo", "company", "mitarbeiter aus D nach tokyo entsenden – muss er in die japanische rentenversicherung?", [SSA, SSA5 + COC], N())
A("ja", "tokyo", "company", "ドイツ本社からの出向者、日本の年金入らなくていい？", [SSA + COC], N())
A("de", "tokyo", "company", "was brauch ich alles um in tokyo eine firma zu gründen? überblick pls", [["定款", "Satzung", "articles"], ["登記", "Handelsregister", "Register", "registration", "Eintragung"]], N())

# TOKYO — support / agreement / fairs
A("en", "tokyo", "support", "which tokyo govt office do i contact as a company from nrw?", [TMG], N())
A("de", "tokyo", "support", "wer hilft uns als NRW mittelständler beim markteintritt in tokyo, welche stelle beim TMG?", [TMG], N())
A("ja", "tokyo", "support", "ドイツのNRW州の企業が東京進出するとき、都のどこの部署が窓口？", [TMG], N())
A("en", "tokyo", "support", "we want to exhibit at a trade fair in tokyo, who can help a german sme", [AHK + JETRO], N())
A("de", "tokyo", "support", "messe in tokyo – gibt es einen deutschen gemeinschaftsstand o.ä.? wer organisiert das", [AHK], N())
A("en", "tokyo", "support", "can you introduce us to startups or universities in tokyo? we do medtech, based in aachen", [["introduc", "紹介", "vermitt", "Vorstellung", "matching", "マッチング", "network", "Netzwerk"]], N())
A("en", "tokyo", "support", "is the tokyo nrw agreement still valid? i read it ended 2023", [MOU_END, ["automatic", "extended", "延長", "verlängert", "automatisch", "renew"]], N())

# TOKYO — residence / registration
A("en", "tokyo", "residence", "just moved to setagaya, how long do i have to register my address", [DAYS14], N("Wohnungsgeberbestätigung"))
A("de", "tokyo", "residence", "Wie melde ich meinen Wohnsitz in Tokyo an?", [WARD, ZAIRYU + DAYS14], N("Wohnungsgeberbestätigung", "Bürgeramt Düsseldorf"))
A("ja", "tokyo", "residence", "品川区に引っ越した外国人社員、住所の届出はどこで？何日以内？", [DAYS14], N())
A("en", "tokyo", "residence", "what do i bring to the ward office in minato for the address registration", [ZAIRYU], N())
A("de", "tokyo", "residence", "meine frau kommt nach, kann sie in tokyo arbeiten mit dependent visa?", [["資格外活動", "permission", "Erlaubnis", "家族滞在", "Dependent", "dependent"]], N())

# TOKYO — healthcare / family
A("en", "tokyo", "healthcare", "my kid has 39 fever at night in bunkyo, not sure if ambulance, who can i call", [T8000 + T7119], N("116117"), kind=None)
A("de", "tokyo", "healthcare", "kind hat nachts fieber, wir wohnen in shinagawa, gibts ne hotline?", [T8000 + T7119], N("116117"), kind=None)
A("ja", "tokyo", "healthcare", "夜中に子どもが熱出した、救急車呼ぶか迷う 目黒区", [T8000 + T7119], N("116117"), kind=None)
A("en", "tokyo", "healthcare", "as a freelancer in tokyo which health insurance do i join", [NHI], N("Krankenkasse"))
A("en", "tokyo", "healthcare", "pregnant in tokyo 🤰 what's the first step at the ward", [BOSHI, NINSHIN + WARD], N("Mutterpass"))
A("de", "tokyo", "healthcare", "schwanger in tokio, bekomm ich so ein mutterpass ding?", [BOSHI], N())
A("ja", "tokyo", "healthcare", "東京で出産、出産育児一時金っていくらもらえる？", [Y500K], N())
A("en", "tokyo", "healthcare", "how much is the childbirth lump sum in japan now", [Y500K], N())

# TOKYO — schooling / childcare
A("en", "tokyo", "schooling", "german school in tokyo for my 8yo? we'd live in yokohama border", [KOKUSEKI_SCHOOL], N("Japanische Internationale Schule"))
A("de", "tokyo", "schooling", "gibt es eine deutsche schule in tokyo", [["Deutsche Schule", "German School", "ドイツ人学校", "DSTY", "Yokohama", "横浜"]], N())
A("ja", "tokyo", "schooling", "世田谷で保育園入れたい、申し込みはどこ？", [HOIKU, WARD + ["区", "Bezirk"]], N())

# TOKYO — housing
A("en", "tokyo", "housing", "what is reikin and do i get it back", [REIKI, ["not refund", "non-refundable", "not returned", "返ってこない", "戻らない", "返還されない", "nicht zurück", "not get it back", "won't get", "不返還"]], N())
A("de", "tokyo", "housing", "wohnung in tokyo: was ist shikikin und reikin", [SHIKI, REIKI], N())

# TOKYO — daily life
A("en", "tokyo", "daily-life", "german driving licence to japanese one, do i need a test?", [GAIMEN + ["切替"], NOTEST], N("Anlage 11"))
A("de", "tokyo", "daily-life", "führerschein umschreiben in tokyo, wo mach ich das", [LIC_CENTER], N())
A("ja", "tokyo", "daily-life", "ドイツの免許から日本の免許に切り替えたい、試験ある？", [NOTEST], N())
A("en", "tokyo", "daily-life", "garbage rules in meguro?? i keep getting my bags left behind 😭", [GOMI], N("Gelbe Tonne"))
A("en", "tokyo", "daily-life", "opening a bank account in tokyo as a new arrival what do i need", [ZAIRYU + ["residence card", "在留カード"]], N())

# =====================================================================
# NRW — company founding
A("en", "nrw", "company", "how much capital for a gmbh", [E25K], N(), )
A("ja", "nrw", "company", "GmbHの資本金っていくら必要？ケルンで会社作りたい", [E25K], N())
A("ja", "nrw", "company", "Kölnで有限会社つくるなら最低資本金は？", [E25K], N())
A("en", "nrw", "company", "gmbh in essen - do we need to pay in the whole 25k before registration?", [E12K], N())
A("de", "nrw", "company", "gmbh gründung dortmund, wieviel muss vor der eintragung eingezahlt sein", [E12K], N())
A("en", "nrw", "company", "cheapest limited company in germany? heard about a 1 euro gmbh", [UG], N())
A("en", "nrw", "company", "do i need to speak german at the notary when we found the gmbh in duesseldorf?", [INTERP], N())
A("ja", "nrw", "company", "公証人のところでドイツ語できないとダメ？Düsseldorfで設立", [INTERP], N())
A("ja", "nrw", "company", "ドイツのGmbH、現物出資でもオンライン設立できる？", [["2023", "Sacheinlage", "contribution in kind", "contributions in kind", "現物出資"]], N())
A("en", "nrw", "company", "what do i need to found a company in düsseldorf?", [NOTAR, HREG, GEWERBE + FINANZ], N())
A("ja", "nrw", "company", "Düsseldorfに子会社を作る流れをざっくり教えて", [NOTAR, HREG], N())
A("de", "nrw", "company", "nach der handelsregistereintragung: was muss ich beim finanzamt machen", [["Fragebogen zur steuerlichen Erfassung", "steuerliche Erfassung", "ELSTER", "Steuernummer"]], N())
A("en", "nrw", "company", "is ihk membership optional for our gmbh in krefeld?", [IHK, ["law", "Gesetz", "IHKG", "automatic", "automatisch", "法律", "mandatory", "Pflicht", "compulsory"]], N())
A("en", "nrw", "company", "we send a japanese engineer to our neuss office for 3 years, japanese pension or german?", [SSA + COC, SSA5], N())
A("ja", "nrw", "company", "NRWで起業する日本人、どのビザ取ればいい？", [["Aufenthaltserlaubnis", "滞在許可", "residence permit", "selbständig", "自営", "§ 21", "§21", "Selbständigkeit", "self-employ"]], N())
A("en", "nrw", "company", "residence permit to run my own startup in cologne as a japanese citizen", [["Aufenthaltserlaubnis", "residence permit", "self-employ", "§ 21", "§21", "selbständig", "Selbständigkeit", "Ausländerbehörde", "immigration office"]], N())

# NRW — support / agreement
A("en", "nrw", "support", "who supports japanese companies in nrw", [NRWJ, JIHK], N())
A("ja", "nrw", "support", "NRW州に進出したい日本の中小企業を支援してくれる機関は？", [NRWJ], N())
A("en", "nrw", "support", "who signed the mou on the nrw side?", [MWIDE], N())
A("de", "nrw", "support", "wann wurde das memorandum tokyo–nrw unterschrieben", [Y2021], N())
A("ja", "nrw", "support", "東京都とNRW州の覚書っていつ結ばれた？何をしてくれるの？", [Y2021], N())
A("en", "nrw", "support", "trade fairs in nrw for our robotics startup from tokyo?", [MESSE], N())
A("ja", "nrw", "support", "デュッセルドルフの見本市に出たい、どこに相談？", [NRWJ + ["Messe Düsseldorf", "メッセ・デュッセルドルフ", "JETRO", "ジェトロ"]], N())
A("en", "nrw", "support", "can you connect us with investors or universities around aachen / bochum", [["introduc", "紹介", "connect", "Kontakt", "contact", "vermitteln", "NRW.Global", "NRW Japan"]], N())

# NRW — residence / registration
A("en", "nrw", "residence", "we moved to essen, how do i register my address", [MELDE, WGB], N("区役所", "在留カード"))
A("ja", "nrw", "residence", "Essenに引っ越したけど住民登録どうするの", [WEEKS2, WGB], N())
A("ja", "nrw", "residence", "住民登録（Anmeldung）の期限は？ボンに住んでます", [WEEKS2], N())
A("de", "nrw", "residence", "anmeldung in köln, was muss ich mitbringen", [WGB], N())
A("ja", "nrw", "residence", "日本人はビザなしでドイツ入国して、現地で滞在許可とれる？", [["ビザなし", "visa-free", "visumfrei", "滞在許可", "Aufenthaltserlaubnis", "residence permit", "Ausländerbehörde", "外国人局"]], N())

# NRW — healthcare / family
A("en", "nrw", "healthcare", "my child has fever at night in bonn, who do i call", [T116], N("#7119", "#8000"), kind=None)
A("ja", "nrw", "healthcare", "夜に子どもが熱、デュッセルドルフ 救急じゃないけど相談先ある？", [T116], N("#7119", "#8000"), kind=None)
A("en", "nrw", "healthcare", "is health insurance mandatory in germany for my family", [KV], N("国民健康保険"))
A("ja", "nrw", "healthcare", "ドイツで妊娠がわかった、まず何する？ケルン在住", [MPASS + HEBAMME], N("区役所"))
A("ja", "nrw", "healthcare", "ドイツの産休（Mutterschutz）って何週間？", [W6, W8], N())
A("en", "nrw", "healthcare", "maternity leave in germany how many weeks before and after birth", [W6, W8], N())
A("en", "nrw", "healthcare", "can we get kindergeld as japanese expats in nrw?", [KGELD], N())

# NRW — schooling / childcare
A("ja", "nrw", "schooling", "デュッセルドルフの日本人学校について教えて", [JSCHOOL], N())
A("en", "nrw", "schooling", "international schools near cologne or bonn?", [ISCHOOL], N())
A("en", "nrw", "schooling", "kita place in düsseldorf how to apply", [KITANAV], N())
A("ja", "nrw", "schooling", "ケルンでKita（保育園）の申し込み方法は？", [LITTLEBIRD + ["Kita", "Jugendamt"]], N())
A("en", "nrw", "schooling", "kindergarten in essen for a 3 year old, do we have a right to a place", [["Rechtsanspruch", "legal right", "right to a place", "entitled", "権利", "Anspruch"]], N())
A("ja", "nrw", "schooling", "ドイツの小学校は何歳から？義務？", [["Schulpflicht", "compulsory", "義務", "schulpflichtig", "Grundschule", "小学校", "primary school"]], N())

# NRW — housing
A("en", "nrw", "housing", "landlord in dortmund wants 4 months deposit, is that legal", [RENT3], N("敷金", "礼金"))
A("ja", "nrw", "housing", "ドイツの敷金（Kaution）って家賃何か月分まで？", [RENT3], N("礼金"))
A("de", "nrw", "housing", "kaution in raten zahlen erlaubt? wohnung in bochum", [RATES], N())

# NRW — daily life
A("en", "nrw", "daily-life", "deutschlandticket price?", [DT63], N())
A("ja", "nrw", "daily-life", "ドイツチケット（Deutschlandticket）って今月いくら？", [DT63], N())
A("en", "nrw", "daily-life", "japanese driving licence in germany, can i just swap it", [DE_NOTEST], N("外免切替"))
A("ja", "nrw", "daily-life", "日本の免許でドイツで運転できるのいつまで？", [FEV6M], N())
A("ja", "nrw", "daily-life", "ドイツの免許に書き換えるのに試験いる？Krefeld", [DE_NOTEST], N())
A("en", "nrw", "daily-life", "how does trash separation work in bochum", [TRASH_DE], N("燃えるごみ"))
A("en", "nrw", "daily-life", "opening a german bank account without anmeldung possible?", [BANK + ["Anmeldung", "Meldebescheinigung"]], N())
A("ja", "nrw", "daily-life", "ドイツの放送受信料って払わなきゃいけないの？", [["Rundfunkbeitrag", "放送", "broadcast", "GEZ", "Beitragsservice"]], N())

# =====================================================================
# OTHER LANGUAGES (answer in English with a note)
A("zh", "tokyo", "company", "在东京成立株式会社最低资本金是多少？", [YEN1 + ["1日元"]], N())
A("zh", "nrw", "company", "在杜塞尔多夫成立GmbH需要多少注册资本？", [E25K], N())
A("ko", "nrw", "company", "뒤셀도르프에서 GmbH 설립하려면 자본금 얼마 필요해요?", [E25K], N())
A("ko", "tokyo", "healthcare", "도쿄에서 밤에 아이가 열이 나면 어디에 전화해요?", [T8000 + T7119], N("116117"), kind=None)
A("tr", "nrw", "residence", "Köln'de adres kaydı (Anmeldung) için kaç gün var?", [WEEKS2], N())
A("tr", "nrw", "company", "Essen'de GmbH kurmak için sermaye ne kadar?", [E25K], N())
A("es", "tokyo", "company", "¿qué visado necesito para abrir una empresa en Tokio?", [BMV], N())
A("vi", "tokyo", "residence", "mới chuyển đến Tokyo, đăng ký địa chỉ trong bao nhiêu ngày?", [DAYS14], N())
A("it", "nrw", "housing", "cauzione affitto a Düsseldorf quanti mesi al massimo?", [RENT3 + ["3 mesi", "tre mesi"]], N())
A("pt", "nrw", "daily-life", "quanto custa o Deutschlandticket agora?", [DT63], N())

# =====================================================================
# FOLLOW-UPS (last turn points back)
M("en", "tokyo", ["I want to found a company in Tokyo", "and how long does that take?"],
  [["登記", "registration", "register", "定款", "articles", "week", "Woche", "週", "day", "日"]], N("opening hours", "Öffnungszeiten", "営業時間"))
M("de", "nrw", ["wir wollen ne gmbh in köln gründen", "und was kostet das ungefähr?"],
  [NOTAR + ["Handelsregister", "Gebühr", "fee", "Kosten"]], N("Tokyo", "東京", "登録免許税"))
M("en", "nrw", ["how do i register my address in düsseldorf?", "do i need an appointment for that?"],
  [["appointment", "Termin", "予約", "online", "booking"]], N("doctor", "Arzt", "Hausarzt", "医師"))
M("ja", "tokyo", ["港区で住所の届出をしたい", "それって予約いる？"],
  [["予約", "窓口", "区役所", "不要", "必要"]], N("116117", "Bürgeramt"))
M("ja", "nrw", ["Essenで子ども用のKitaを探してます", "申し込みの締め切りってある？"],
  [["Kita", "Jugendamt", "申し込", "Anmeldung", "早め", "Kita-Navigator", "Little Bird"]], N("区役所"))
M("de", "tokyo", ["welches visum brauche ich als gründer in tokio?", "und wie lange gilt das?"],
  [BMV + ["Jahr", "year", "年", "Aufenthaltsdauer", "period of stay", "在留期間"]], N())
M("en", "nrw", ["who supports japanese companies in nrw?", "can you put me in touch with them?"],
  [NRWJ], N(), kind="handover")
M("ja", "tokyo", ["東京で合同会社を作りたい", "株式会社と比べて費用はどれくらい違う？"],
  [GK_TAX, KK_TAX], N())
M("en", "tokyo", ["what's the min capital for a KK?", "and for a GK?"],
  [YEN1], N())
M("de", "nrw", ["kaution in dortmund wie hoch max?", "und muss ich die auf einmal zahlen?"],
  [RATES], N("敷金"))
M("en", "tokyo", ["pregnant, we live in nakano", "what do we get financially for the birth?"],
  [Y500K], N("Elterngeld", "Kindergeld"))
M("ja", "nrw", ["ドイツで運転したい、日本の免許あります", "それって何か月まで有効？"],
  [FEV6M], N())
M("de", "nrw", ["gmbh in bonn gründen, muss ich zum notar?", "geht das auch auf englisch?"],
  [INTERP + ["English", "Englisch", "英語"]], N())
M("en", "tokyo", ["my son has high fever tonight, we're in ota-ku", "should I call an ambulance or is there someone to ask?"],
  [T8000 + T7119], N("116117"), kind=None)
M("ja", "nrw", ["Düsseldorfの日本人学校", "幼稚園もある？"],
  [["幼稚園", "Kindergarten", "kindergarten", "Kita", "保育"]], N())
M("en", "nrw", ["deutschlandticket in nrw?", "does my employer pay for it?"],
  [["Jobticket", "job ticket", "employer", "Arbeitgeber", "雇用主", "会社"]], N())
M("de", "tokyo", ["müll trennen in shibuya?", "und sperrmüll?"],
  [["粗大ごみ", "oversized", "bulky", "Sperrmüll", "予約", "reservation", "Anmeldung", "申し込"]], N("AWB", "Gelbe Tonne"))

# =====================================================================
# SMALLTALK
A("de", None, "smalltalk", "Hallo", None, RQ, kind="smalltalk")
A("ja", None, "smalltalk", "こんにちは", None, RQ, kind="smalltalk")
A("en", None, "smalltalk", "hi 👋", None, RQ, kind="smalltalk")
A("en", None, "smalltalk", "thanks, that helped a lot!", None, RQ, kind="smalltalk")
A("de", None, "smalltalk", "danke dir 🙏", None, RQ, kind="smalltalk")
A("ja", None, "smalltalk", "ありがとう！助かりました", None, RQ, kind="smalltalk")
A("en", None, "smalltalk", "what can you do?", None, RQ, kind="smalltalk")
A("zh", None, "smalltalk", "你好", None, RQ, kind="smalltalk", language=["en", "zh"])

# OUT OF SCOPE
A("en", "nrw", "out-of-scope", "weather in düsseldorf tomorrow?", None, RQ + ["Quelle:", "Source:"], kind="out-of-scope")
A("de", "nrw", "out-of-scope", "wer hat gestern gewonnen, köln gegen gladbach?", None, RQ + ["Quelle:", "Source:"], kind="out-of-scope")
A("ja", "tokyo", "out-of-scope", "渋谷でおすすめのラーメン屋教えて", None, RQ + ["出典"], kind="out-of-scope")
A("en", None, "out-of-scope", "write me a poem about sushi", None, RQ, kind="out-of-scope")
A("de", None, "out-of-scope", "wie steht der yen zum euro gerade", None, RQ, kind="out-of-scope")
A("ja", "tokyo", "out-of-scope", "明日の東京の天気は？", None, RQ + ["出典"], kind="out-of-scope")
A("en", "tokyo", "out-of-scope", "best bar in roppongi tonight?", None, RQ, kind="out-of-scope")

# CLARIFY (truly ambiguous: no region, procedure differs)
A("en", None, "residence", "how do i register my address?", None, None, kind="clarify-region")
A("de", None, "housing", "wie hoch darf die kaution sein?", None, None, kind="clarify-region")
A("ja", None, "healthcare", "子どもが夜熱出したらどこに電話すればいい？", None, None, kind=None)
A("en", None, "company", "what's the minimum capital for a company?", None, None, kind="clarify-region")
A("ja", None, "daily-life", "免許の切り替えってどうやるの？", None, None, kind="clarify-region")

# HANDOVER
A("en", "tokyo", "handover", "talk to a person pls, we're founding a subsidiary in tokio", [TMG], N(), kind="handover")
A("de", "nrw", "handover", "kann ich bitte mit jemandem von NRW Japan sprechen", [NRWJ], N(), kind="handover")
A("ja", "nrw", "handover", "NRWでの紹介をお願いしたい、担当者につないで", [NRWJ], N(), kind="handover")
A("en", "nrw", "handover", "i need a real human for introductions to companies in the ruhr area", [NRWJ], N(), kind="handover")
A("ja", "tokyo", "handover", "東京都の担当の人と直接話せますか", [TMG], N(), kind="handover")
A("de", "tokyo", "handover", "mensch bitte. wir brauchen hilfe bei der KK gründung in tokyo", [TMG], N(), kind="handover")
A("en", None, "handover", "can i speak to someone?", None, None, kind=None)

# EMERGENCY
A("en", "tokyo", "emergency", "my colleague collapsed in our office in shinjuku!!", [["119"]], N("116117", "112 "), kind="emergency")
A("ja", "tokyo", "emergency", "火事です 大田区の倉庫", [["119"]], N("112", "116117"), kind="emergency")
A("de", "nrw", "emergency", "unfall auf der A3 bei leverkusen, jemand verletzt", [T112], N("119", "#7119"), kind="emergency")
A("ja", "nrw", "emergency", "Kölnで子どもが息してない、救急車！", [T112], N("119", "#7119"), kind="emergency")
A("en", "nrw", "emergency", "someone broke into our flat in duisburg right now", [["110"]], N("119", "#7119"), kind="emergency")
A("de", "tokyo", "emergency", "einbruch in unsere wohnung in tokyo, polizei nummer?", [["110"]], N("116117"), kind="emergency")
A("de", "nrw", "emergency", "es brennt in unserem lager in essen!!", [T112], N("119", "#7119"), kind="emergency")
A("ja", "tokyo", "emergency", "地震で同僚が頭から血を流してる 江東区", [["119"]], N("112", "116117"), kind="emergency")
A("en", None, "emergency", "emergency number??", None, None, kind=None)

n = b.write("blind4-tokyo-nrw.json", "blind4-tokyo-nrw-2026-11-30")
print(n)
