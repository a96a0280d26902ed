#!/usr/bin/env python3
"""Generator for the blind22 evaluation sets (blind writer 26, 2026-12-02).
Writes blind22-tokyo-nrw.json, blind22-tsu.json and counts.json next to this file."""
import json, os, collections

OUT = os.path.dirname(os.path.abspath(__file__))
WRITTEN_BY = "blind writer 26, 2026-12-02"

# ---------------------------------------------------------------- region-question markers
RQ1 = ["Tokyo or NRW?", "Tokyo oder NRW?", "NRW or Tokyo?", "NRW oder Tokyo?", "Tokio oder NRW?",
       "東京とNRWのどちら", "東京とNRW、どちら", "東京かNRWか", "東京ですか、NRWですか", "東京ですか、それともNRW"]
RQ2 = ["Paris or Geneva?", "Paris ou Genève ?", "Paris ou Genève?", "Tsu, Paris or Geneva", "Tsu, Paris ou Genève",
       "パリとジュネーブのどちら", "パリ、ジュネーブのどちら", "津、パリ、ジュネーブのどちら", "パリですか、ジュネーブですか"]

# ---------------------------------------------------------------- keyword groups (facts: see README)
KK_CAP = ["1円", "1 yen", "1 Yen", "one yen", "¥1", "1-yen", "1 JPY", "JPY 1", "1日元", "1 日元", "1엔", "1 엔", "1 iene", "1 ienes"]
KK_TAX = ["15万", "150,000", "150.000", "150000", "150 000", "15 万"]
GK_TAX = ["6万", "60,000", "60.000", "60000", "60 000", "6만"]
NOTARY_FEE_SMALL = ["15,000", "15.000", "15000", "15 000", "1万5000", "1万5千", "1.5万"]
NOTARY_FEE_CORP = ["30,000", "30.000", "30000", "30 000", "3万"]
NOTARY = ["公証", "notary", "Notar", "notaire", "notaio", "notario", "公証人"]
HOMUKYOKU = ["法務局", "Legal Affairs Bureau", "Legal Affairs", "Homukyoku", "Houmukyoku", "Hōmukyoku", "Rechtsamt", "affaires juridiques"]
TAXOFFICE_JP = ["税務署", "tax office", "Finanzamt", "zeimusho", "Zeimusho", "bureau des impôts", "centre des impôts", "国税"]
VISA_BM = ["経営・管理", "経営管理", "経営･管理", "Business Manager", "business manager", "Business Management", "business management",
           "Geschäftsführer", "Unternehmensleiter", "经营管理", "經營管理", "경영관리", "gestionnaire", "Gestão", "gestão", "gerente"]
CAP_30M = ["3,000万", "3000万", "3,000 万", "30 million", "30,000,000", "30.000.000", "30 000 000", "30 Mio", "30 Millionen", "30 millions", "3000만", "3천만"]
DAYS14 = ["14日", "14 days", "14 Tage", "zwei Wochen", "two weeks", "2 Wochen", "2週間", "14 jours", "deux semaines", "14 días", "14天", "两周", "14일", "quatorze jours", "fourteen days", "14 Tagen"]
TWO_MONTHS = ["2か月", "2ヶ月", "2カ月", "二か月", "2 months", "two months", "2 Monate", "zwei Monate", "2 mois", "deux mois", "2か月以内", "2ヵ月"]
ONE_MONTH = ["1 Monat", "einen Monat", "eines Monats", "one month", "1 month", "1か月", "1ヶ月", "1カ月", "a month", "1ヵ月", "一か月"]
RESCARD = ["在留カード", "residence card", "Residence Card", "Aufenthaltskarte", "zairyu", "Zairyu", "carte de résident", "titre de séjour", "居留卡"]
EMERG_T = ["#7119", "＃7119", "#8000", "＃8000"]
GMBH_CAP = ["25.000", "25,000", "25000", "25 000", "2万5000", "2万5千", "2.5万", "25 000"]
UG_CAP = ["1 €", "1 Euro", "1€", "1 euro", "1ユーロ", "one euro", "1 EUR", "EUR 1", "€1", "1 Euro", "um euro", "1 欧元", "1欧元"]
HREG = ["Handelsregister", "commercial register", "商業登記", "商業登録", "trade register", "Registergericht", "Amtsgericht", "登記"]
TAXOFFICE_DE = ["Finanzamt", "tax office", "税務署", "Steuerbehörde", "tax authority"]
BUERGERAMT = ["Bürgeramt", "Bürgerbüro", "Bürgerservice", "Meldebehörde", "Einwohnermeldeamt", "Bürgerbüros", "registration office",
              "citizens' office", "citizens office", "Citizens", "住民登録", "住民局", "市役所", "区役所", "役所", "Anmeldung"]
LANDLORD = ["Wohnungsgeber", "landlord", "Vermieter", "家主", "大家", "入居証明", "貸主"]
DTICKET = ["Deutschlandticket", "Deutschland-Ticket", "D-Ticket", "Deutschland Ticket", "ドイツチケット", "ドイチュラントチケット"]
SIX_MONTHS = ["6 Monate", "6 months", "six months", "6か月", "6ヶ月", "6カ月", "半年", "sechs Monate", "6 Monaten", "sechs Monaten", "6ヵ月"]
TRANSL = ["翻訳", "translation", "Übersetzung", "traduction", "traducción", "tradução", "翻译", "번역"]
ONE_YEAR = ["1年", "1 year", "one year", "ein Jahr", "1 Jahr", "12 months", "12か月", "12ヶ月", "un an", "1 an", "einem Jahr", "1 año", "一年"]
KITA = ["Kita", "Kindertagesstätte", "daycare", "day care", "保育", "幼稚園", "Kindergarten", "キタ", "Krippe"]
KITA_AGE1 = ["1 Jahr", "ersten Lebensjahr", "1. Lebensjahr", "age of one", "one year", "1歳", "1 year", "age 1", "einem Jahr", "aged one", "first birthday", "vollendeten ersten"]
JISD = ["Japanische Internationale Schule", "デュッセルドルフ日本人学校", "Japanese International School", "Japanese School", "日本人学校", "JISD"]
DSTY = ["Deutsche Schule Tokyo Yokohama", "東京横浜独逸学園", "German School Tokyo Yokohama", "German School of Tokyo Yokohama", "DSTY", "ドイツ学園", "Deutsche Schule Tokio"]
SSA = ["社会保障協定", "social security agreement", "Social Security Agreement", "Sozialversicherungsabkommen", "Abkommen über Soziale Sicherheit",
       "Abkommen über soziale Sicherheit", "accord de sécurité sociale", "convention de sécurité sociale", "日独社会保障協定", "日仏社会保障協定", "日スイス社会保障協定", "totalisation"]
HI_JP = ["国民健康保険", "健康保険", "National Health Insurance", "health insurance", "Krankenversicherung", "社会保険", "assurance maladie", "assurance-maladie", "医療保険"]
HI_DE = ["Krankenversicherung", "Krankenkasse", "health insurance", "健康保険", "医療保険", "GKV", "bảo hiểm y tế", "gesetzliche"]
BOSHI = ["母子健康手帳", "母子手帳", "maternal and child health handbook", "Mother and Child Health Handbook", "mother-child", "mother and child",
         "Mutter-Kind", "boshi", "Boshi", "carnet de santé", "Mutterpass"]
MUTTERPASS = ["Mutterpass", "maternity record", "maternity pass", "母子手帳", "妊婦手帳", "母子健康手帳", "マッターパス", "ムッターパス", "ムターパス"]
HEBAMME = ["Hebamme", "midwife", "助産師", "助産婦", "ヘバメ"]
AHK = ["AHK", "German Chamber of Commerce and Industry in Japan", "Deutsche Industrie- und Handelskammer in Japan", "在日ドイツ商工会議所", "ドイツ商工会議所", "Außenhandelskammer"]
NRW_OFFICE = ["NRW Japan", "NRW.Global Business", "NRW.Global", "NRW.INVEST", "NRW Global Business", "NRW・ジャパン", "NRWジャパン"]
TOKYO_OFFICE = ["産業労働局", "商工部", "Bureau of Industrial and Labor Affairs", "Industrial and Labor Affairs", "Bureau of Industrial and Labour Affairs",
                "Büro für Industrie und Arbeit", "Amt für Industrie und Arbeit", "Tokyo Metropolitan Government", "TMG", "東京都", "Präfektur Tokyo",
                "Präfektur Tokio", "Tokyo Metropolitan", "Präfekturregierung", "Stadtregierung"]
MWIDE = ["MWIDE", "Wirtschaft, Innovation, Digitalisierung und Energie", "経済・イノベーション・デジタル化・エネルギー省", "Economic Affairs, Innovation, Digitalisation",
         "Innovation, Digitalization", "Innovation, Digitalisation", "Innovation, Digitalisierung"]
MWIKE = ["MWIKE", "Industrie, Klimaschutz", "Industry, Climate", "気候保護", "Industrie, Klima"]
ONESTOP = ["ワンストップ", "One-Stop", "One Stop", "one-stop", "Onestop"]
CONCIERGE_ETC = ["ビジネスコンシェルジュ", "Business Concierge", "ワンストップ", "One-Stop", "One Stop", "JETRO", "ジェトロ"]
EXEMPT = ["exempt", "免除", "without a test", "no test", "ohne Prüfung", "keine Prüfung", "no need to take", "not need to take", "befreit",
          "試験なし", "試験は不要", "不要", "no written", "no exam", "without any test", "nicht erforderlich", "entfällt", "sans examen", "pas de test", "no driving test"]
INTERPRETER = ["通訳", "interpreter", "Dolmetscher", "翻訳", "translator", "Übersetzer", "Dolmetscherin", "interprète", "interprete"]
IHK = ["IHK", "chamber of industry", "Industrie- und Handelskammer", "商工会議所", "Chamber of Commerce"]
AUSLBEH = ["Ausländerbehörde", "Immigration Office", "immigration office", "foreigners' office", "foreigners office", "外国人局", "Ausländeramt",
           "immigration authority", "Einwanderungsbehörde", "Amt für Migration", "Migration"]
WARD = ["区役所", "ward office", "Bezirksamt", "ward", "Bezirk", "区", "city office", "Rathaus"]

# Tsu / Paris / Geneva
MIE_CHILD = ["#8000", "＃8000", "059-232-9955"]
MIE_INFO = ["059-229-1199", "救急医療情報センター", "医療ネットみえ", "Iryo Net Mie", "emergency medical information"]
MIEF = ["三重県国際交流財団", "MIEF", "Mie International Exchange Foundation", "MieCo", "みえ外国人相談サポートセンター", "Mie International"]
TSU_OFFICE = ["津市", "Tsu City", "Ville de Tsu", "ville de Tsu", "Tsu city", "city of Tsu", "Tsu"]
SAS_CAP = ["1 €", "1 euro", "1€", "1 Euro", "un euro", "1ユーロ", "€1", "one euro", "EUR 1", "1 EUR", "1欧元", "1 欧元", "symbolique"]
GUICHET = ["guichet unique", "Guichet unique", "Guichet Unique", "INPI", "ギシェ・ユニーク"]
CPR = ["Choose Paris Region", "ARD", "Paris Region Entreprises", "チューズ・パリ・リージョン"]
OPI = ["OPI", "Office de promotion des industries", "Office de Promotion des Industries", "Office for the Promotion of Industries",
       "産業振興機構", "Promotion des Industries", "promotion des industries"]
SARL_CH = ["20'000", "20 000", "20,000", "20.000", "20000", "2万", "20’000", "20 000", "20mila", "20.000"]
SA_CH = ["100'000", "100 000", "100,000", "100.000", "100000", "10万", "100’000", "100 000"]
SA_PAID = ["50'000", "50 000", "50,000", "50.000", "50000", "5万", "50’000", "50 000"]
RC = ["registre du commerce", "Registre du commerce", "commercial register", "商業登記", "Handelsregister", "商業登録", "registro di commercio", "registro mercantil"]
MONTHS3 = ["3 mois", "trois mois", "3 months", "three months", "3か月", "3ヶ月", "3カ月", "三か月", "90 jours", "90 days", "3ヵ月"]
LAMAL = ["LAMal", "assurance-maladie", "assurance maladie", "health insurance", "健康保険", "医療保険", "Krankenversicherung"]
OCPM = ["OCPM", "Office cantonal de la population", "Cantonal Population Office", "Cantonal Office for Population", "population", "人口"]
MONTHS12 = ["12 mois", "12 months", "douze mois", "1 an", "un an", "one year", "1年", "12か月", "12ヶ月", "twelve months", "1 year", "12 Monate", "一年"]
OCV = ["OCV", "Office cantonal des véhicules", "cantonal vehicle", "véhicules", "車両", "vehicle office"]
PUMA = ["PUMa", "Puma", "PUMA", "Assurance maladie", "assurance maladie", "CPAM", "carte Vitale", "Sécurité sociale", "sécurité sociale", "health insurance", "健康保険", "医療保険", "ameli"]
FR_EXCH = ["ANTS", "échange", "exchange", "切替", "切り替え", "書き換え", "交換", "échanger"]
PARIS_SCHOOL = ["パリ日本人学校", "École Japonaise de Paris", "Ecole japonaise de Paris", "École japonaise de Paris", "Japanese School of Paris",
                "Institut Culturel Franco-Japonais", "Montigny", "日本人学校", "Lycée International", "lycée international", "Saint-Germain", "サン・ジェルマン", "リセ・アンテルナショナル"]
FAIRS_PARIS = ["Villepinte", "Porte de Versailles", "Paris Expo", "Viparis", "ヴィルパント", "ポルト・ド・ヴェルサイユ"]
ECOLINT = ["Ecolint", "École internationale de Genève", "Ecole internationale de Genève", "International School of Geneva", "ジュネーブ・インターナショナル",
           "インターナショナルスクール", "international school", "International School", "école internationale"]
HOSHUKO = ["補習", "hoshuko", "Hoshuko", "supplementary", "complémentaire", "Japanese language school", "日本語補習", "weekend school"]
GENEVA_EXEMPT = ["pas de test", "sans examen", "exempt", "dispens", "sans test", "no test", "試験なし", "免除", "pas d'examen", "aucun examen",
                 "exempté", "exemptés", "without a test", "no exam", "不要", "pas besoin", "sans course de contrôle"]

CASES = {"tn": [], "ts": []}
P1 = {"ja", "de", "en"}
P2 = {"ja", "fr", "en"}


def _spaces(group):
    """Add no-break / narrow no-break space variants of digit groups ("150 000" -> "150\u00a0000", "150\u202f000")."""
    import re
    out = []
    for x in group:
        for v in (x, re.sub(r"(?<=\d) (?=\d)", "\u00a0", x), re.sub(r"(?<=\d) (?=\d)", "\u202f", x)):
            if v not in out:
                out.append(v)
    return out


def C(setkey, lang, region, topic, turns, kind="answer", all_=None, none=None, language=None, rq=True):
    plangs = P1 if setkey == "tn" else P2
    if language is None:
        language = [lang] if lang in plangs else ["en", lang]
    none = list(none or [])
    if rq and kind != "clarify-region":
        none = none + (RQ1 if setkey == "tn" else RQ2)
    if all_:
        all_ = [_spaces(g) for g in all_]
    expect = {}
    if kind:
        expect["kind"] = kind
    expect["language"] = language
    if all_:
        expect["all"] = all_
    if none:
        expect["none"] = none
    if isinstance(turns, str):
        turns = [turns]
    tl = [{"text": t} for t in turns[:-1]] + [{"text": turns[-1], "expect": expect}]
    CASES[setkey].append({"lang": lang, "region": region, "topic": topic, "turns": tl})


def T(*a, **k):
    C("tn", *a, **k)


def S(*a, **k):
    C("ts", *a, **k)


NOT_TOKYO_EMERG = ["116117", "116 117"]
NOT_NRW_EMERG = ["#7119", "＃7119", "#8000", "＃8000"]
CLAR1 = [["Tokyo", "東京", "Tokio", "Tōkyō"], ["NRW", "Nordrhein", "North Rhine", "ノルトライン"]]
CLAR2 = [["Paris", "パリ", "Île-de-France", "Ile-de-France"], ["Genève", "Geneva", "ジュネーブ", "Genf", "Ginevra", "Ginebra"]]

# ================================================================ Tokyo–NRW set
# ---- Tokyo: company
T("de", "tokyo", "company", "mindestkapital für ne KK in tokio?? 🤔", all_=[KK_CAP])
T("en", "tokyo", "company", "how much does setting up a kk in tokyo cost, like registration tax etc", all_=[KK_TAX])
T("de", "tokyo", "company", "was kostet eine GK gründung in Tokio, bitte mit zahlen 🙏", all_=[GK_TAX])
T("ja", "tokyo", "company", "東京でKK作るとき定款認証の手数料っていくら？資本金50万で発起人は私ひとり、取締役会なし", all_=[NOTARY_FEE_SMALL])
T("en", "tokyo", "company", "our german parent co will be the only shareholder of the new KK in tokyo – what's the notary fee for the articles then?", all_=[NOTARY_FEE_CORP, NOTARY])
T("de", "tokyo", "company", "brauch ich nen notar in japan wenn wir ne GK gründen? büro wär in shibuya",
  all_=[["不要", "nicht erforderlich", "nicht nötig", "nicht notwendig", "not required", "no notar", "not need", "entfällt", "kein Notar", "keine notarielle", "keine Beglaubigung", "nicht beglaubigt"]])
T("en", "tokyo", "residence", "which visa do i need to run my own company in tokyo", all_=[VISA_BM, CAP_30M])
T("de", "tokyo", "residence", "business manager visum tokyo – wie viel kapital braucht man seit der reform?", all_=[CAP_30M])
T("ja", "tokyo", "company", "港区で会社設立したあと、税務署に出す書類と期限おしえて", all_=[["法人設立届出書", "法人設立届"], TWO_MONTHS])
T("en", "tokyo", "company", "after registering our KK in chiyoda what do we have to file with the tax office and by when?", all_=[TAXOFFICE_JP, TWO_MONTHS])
T("de", "tokyo", "company", "wo wird die KK in tokio eigentlich eingetragen? gibts sowas wie ein handelsregister?", all_=[HOMUKYOKU])
T("en", "tokyo", "company", "is there a one stop place in tokyo where i can do articles, registration and tax stuff together?", all_=[ONESTOP])
T("ja", "tokyo", "support", "東京都で外国企業向けの相談窓口ってある？英語で相談したい", all_=[CONCIERGE_ETC])
T("de", "tokyo", "support", "wir sind ein KMU aus Dortmund und wollen nach Tokyo – welche stelle der tokioter regierung ist für uns zuständig?", all_=[TOKYO_OFFICE])
T("en", "tokyo", "support", "trade fairs in tokyo for german machinery SMEs + who can help us with a booth?", all_=[AHK])
T("de", "tokyo", "support", "messe in tokio – wer hilft deutschen firmen mit nem gemeinschaftsstand?", all_=[AHK])
T("ja", "tokyo", "support", "東京ビッグサイトの展示会に出たい。ドイツの会社なんだけどサポートしてくれるとこある？", all_=[AHK + ["JETRO", "ジェトロ"]])
T("en", "tokyo", "handover", "can you introduce us to robotics startups or VCs in tokyo?", kind="handover", all_=[TOKYO_OFFICE])
T("ja", "tokyo", "handover", "東京の大学と共同研究したいです。どこか紹介してもらえますか？（ドイツの中小企業です）", kind="handover", all_=[TOKYO_OFFICE])
T("de", "tokyo", "handover", "kann mich jemand vom tokio-büro anrufen? wir gründen ne tochter in tokio", kind="handover", all_=[TOKYO_OFFICE])
T("en", "tokyo", "handover", "pls connect me w a real person, we're a gmbh from essen opening a subsidiary in tokio", kind="handover", all_=[TOKYO_OFFICE])
# ---- Tokyo: daily life
T("de", "tokyo", "daily-life", "wie meld ich mich in tokyo beim amt an wenn wir umziehen, gibts ne frist?", all_=[DAYS14, WARD])
T("en", "tokyo", "daily-life", "just moved into an apartment in setagaya, what do i need to register at the ward??", all_=[DAYS14, RESCARD])
T("ja", "tokyo", "daily-life", "品川区に引っ越してきたドイツ人の夫の住民登録、期限ってある？", all_=[DAYS14])
T("de", "tokyo", "daily-life", "kann ich mit meinem deutschen führerschein in tokio autofahren? 🚗", all_=[TRANSL, ONE_YEAR])
T("en", "tokyo", "daily-life", "convert german driving license to a japanese one in tokyo – do i have to take a test?", all_=[EXEMPT])
T("ja", "tokyo", "emergency", "東京で子どもが夜中に39度の熱😢 救急車呼ぶべき？", kind="emergency", all_=[EMERG_T, ["119"]], none=NOT_TOKYO_EMERG)
T("en", "tokyo", "emergency", "my husband collapsed in our flat in minato ku what number do i call", kind="emergency", all_=[["119"]], none=NOT_TOKYO_EMERG)
T("de", "tokyo", "emergency", "notruf in tokio?? bei uns in meguro wurde eingebrochen", kind="emergency", all_=[["110"]], none=NOT_TOKYO_EMERG)
T("ja", "tokyo", "emergency", "渋谷で財布盗まれた、警察って何番？", kind="emergency", all_=[["110"]], none=NOT_TOKYO_EMERG)
T("en", "tokyo", "healthcare", "health insurance for my family in tokyo, do we have to join something?", all_=[HI_JP])
T("de", "tokyo", "healthcare", "bin schwanger, wir wohnen in nerima – gibts in japan sowas wie den mutterpass?", all_=[BOSHI])
T("en", "tokyo", "schooling", "german school in the tokyo area for our 8yo?", all_=[DSTY])
T("ja", "tokyo", "schooling", "東京でドイツ語で授業する学校ある？子ども2人のドイツ人家庭です", all_=[DSTY])
T("de", "tokyo", "schooling", "kita in tokio – wie kriegen wir nen platz in setagaya?", all_=[["保育園", "hoikuen", "Hoikuen", "nursery", "Kita", "Kindergarten", "幼稚園", "daycare", "Krippe"], WARD])
T("en", "tokyo", "daily-life", "how does garbage separation work in tokyo? burnable / non burnable lol", all_=[["可燃", "burnable", "combustible", "brennbar", "燃やす"], WARD])
T("de", "tokyo", "daily-life", "müll trennen in tokyo, wer sagt mir die abholtage?", all_=[WARD])
T("ja", "tokyo", "daily-life", "東京で銀行口座作るのに何が必要？来日したばかりのドイツ人社員です", all_=[RESCARD])
T("en", "tokyo", "daily-life", "sim card / mobile contract in tokyo without a japanese credit card possible?", all_=[RESCARD + ["passport", "パスポート", "Reisepass", "prepaid", "プリペイド", "eSIM"]])
T("de", "tokyo", "daily-life", "rente: ich werde von düsseldorf nach tokio entsandt – muss ich in japan in die rentenkasse zahlen?", all_=[SSA])
T("en", "tokyo", "housing", "renting an apartment in tokyo as a foreigner – key money, guarantor??", all_=[["礼金", "key money", "reikin", "Reikin", "Schlüsselgeld"], ["保証", "guarantor", "guarantee", "Bürge"]])
T("ja", "tokyo", "housing", "東京で部屋探し中。外国人でも保証会社って使える？", all_=[["保証会社", "保証", "guarantor"]])
T("de", "tokyo", "daily-life", "steuern: bin ich in japan steuerpflichtig wenn ich 2 jahre in tokyo arbeite?", all_=[["住民税", "Einkommensteuer", "income tax", "所得税", "resident", "居住者", "ansässig", "Wohnsitz"]])
T("en", "tokyo", "daily-life", "public transport tokyo – which ic card do i get", all_=[["Suica", "PASMO", "Pasmo"]])
T("ja", "tokyo", "daily-life", "在留カードの住所変更ってどこでやるの？港区住み", all_=[WARD, DAYS14])
T("en", "tokyo", "emergency", "earthquake just now in shinjuku!! what should we do", kind="emergency", all_=[["119", "110", "避難", "evacuat", "Evakuier", "shelter", "safe"]], none=NOT_TOKYO_EMERG)
# ---- Tokyo: follow-ups
T("en", "tokyo", "follow-up", ["planning to open a GK in shinagawa next spring", "ok and how many weeks does all that usually take?"],
  all_=[["GK", "合同会社", "Godo", "registration", "登記", "Legal Affairs", "法務局", "week"]], none=["working hours", "Arbeitszeit", "労働時間"])
T("de", "tokyo", "follow-up", ["wie gründe ich eine KK in tokio", "und was kostet mich das ungefähr?"], all_=[KK_TAX])
T("ja", "tokyo", "follow-up", ["東京でドイツの免許を日本の免許に切り替えたい", "それって予約いる？"],
  all_=[["免許", "license", "licence", "Führerschein", "切替", "運転免許"]], none=["医師", "doctor", "Arzt", "病院"])
T("en", "tokyo", "follow-up", ["we just moved to meguro with 2 kids", "what about school for them?"], all_=[["school", "学校", "Schule"]])
T("ja", "tokyo", "follow-up", ["東京で会社を経営するのに必要なビザは？", "資本金はいくら必要？"], all_=[CAP_30M])
# ---- Tokyo: other languages
T("zh", "tokyo", "company", "我想在东京成立株式会社，最低资本金是多少？", all_=[KK_CAP])
T("ko", "tokyo", "company", "도쿄에서 합동회사(GK) 설립 비용이 얼마예요?", all_=[GK_TAX])
T("es", "tokyo", "daily-life", "hola, cómo registro mi domicilio en tokio? acabo de llegar", all_=[DAYS14])
T("vi", "tokyo", "emergency", "số điện thoại cấp cứu ở Tokyo là gì? con tôi bị ngã", kind="emergency", all_=[["119"]], none=NOT_TOKYO_EMERG)
T("pt", "tokyo", "residence", "preciso de visto para abrir empresa em tóquio?", all_=[VISA_BM])

# ---- NRW: company
T("en", "nrw", "company", "minimum share capital gmbh düsseldorf?", all_=[GMBH_CAP], none=["IHK Stuttgart"])
T("ja", "nrw", "company", "KölnでGmbH作るのに資本金いくら？", all_=[GMBH_CAP])
T("de", "nrw", "company", "UG statt GmbH in Essen, wie viel stammkapital mindestens?", all_=[UG_CAP])
T("ja", "nrw", "company", "Düsseldorfに子会社つくるとき、公証人のところでドイツ語話せないとダメ？", all_=[INTERPRETER, NOTARY])
T("en", "nrw", "company", "our md doesn't speak german – is that a problem for the notary appointment in bonn?", all_=[INTERPRETER])
T("de", "nrw", "company", "gmbh online gründen in nrw – geht das per video beim notar?", all_=[["online", "Online", "Video", "オンライン"], NOTARY])
T("en", "nrw", "company", "what do i need to found a company in cologne? just the big picture pls", all_=[NOTARY, HREG, TAXOFFICE_DE], none=["IHK Stuttgart"])
T("ja", "nrw", "company", "デュッセルドルフでGmbH設立したあと税務署への届出は？期限ある？", all_=[TAXOFFICE_DE, ONE_MONTH])
T("de", "nrw", "company", "gewerbeanmeldung für unsere gmbh in duisburg – wo mach ich das?", all_=[["Gewerbeamt", "Gewerbeanmeldung", "Gewerbemeldestelle", "Ordnungsamt", "Bürgerbüro", "trade office", "Gewerbe"]])
T("en", "nrw", "company", "is IHK membership mandatory for our gmbh in dortmund?", all_=[IHK], none=["IHK Stuttgart"])
T("ja", "nrw", "support", "ノルトライン＝ヴェストファーレン州で日本企業を支援してくれるのはどこ？", all_=[NRW_OFFICE])
T("en", "nrw", "support", "who supports japanese SMEs moving to NRW?", all_=[NRW_OFFICE])
T("de", "nrw", "support", "förderprogramme für gründungen in nrw? wir sind ein japanisches startup in essen", all_=[["NRW.BANK", "NRW.Bank", "NRW Bank", "NRW.Global", "Förderbank"]])
T("ja", "nrw", "support", "メッセ・デュッセルドルフの展示会に出展したい。何かサポートある？", all_=[NRW_OFFICE + ["JETRO", "ジェトロ"]])
T("en", "nrw", "support", "trade fairs in NRW for medtech? we're an osaka company", all_=[["MEDICA", "Medica", "Messe Düsseldorf", "Düsseldorf"]])
T("ja", "nrw", "handover", "エッセンの企業とか大学を紹介してほしいです", kind="handover", all_=[NRW_OFFICE])
T("de", "nrw", "handover", "können sie uns mit investoren in nrw zusammenbringen? wir sind ein start-up aus tokio", kind="handover", all_=[NRW_OFFICE])
T("en", "nrw", "handover", "i'd like to talk to someone from NRW Japan about setting up in krefeld", kind="handover", all_=[NRW_OFFICE])
T("ja", "nrw", "handover", "NRWの担当者と直接話したい。ケルンに拠点を検討中", kind="handover", all_=[NRW_OFFICE])
T("de", "nrw", "support", "wer hat das memorandum auf nrw-seite unterschrieben und wie heißt das ministerium heute?", all_=[MWIDE, MWIKE])
# ---- NRW: daily life
T("en", "nrw", "daily-life", "we moved to essen last week – how do i register our address?", all_=[DAYS14, BUERGERAMT])
T("ja", "nrw", "daily-life", "Düsseldorfで住所登録（Anmeldung）しないといけない期限は？", all_=[DAYS14])
T("de", "nrw", "daily-life", "anmeldung in köln – was muss der vermieter dafür unterschreiben?", all_=[LANDLORD])
T("ja", "nrw", "daily-life", "ボンで住民登録するのに大家さんの書類いる？", all_=[LANDLORD])
T("en", "nrw", "daily-life", "monthly ticket for bus+train in düsseldorf, how much?", all_=[["63"], DTICKET])
T("ja", "nrw", "daily-life", "ドイチュラントチケットって今いくら？デュッセルドルフ在住です", all_=[["63"]])
T("de", "nrw", "daily-life", "japanischer führerschein in nrw – wie lange darf ich damit fahren?", all_=[SIX_MONTHS])
T("ja", "nrw", "daily-life", "日本の免許、ケルンで書き換えるのに試験ある？", all_=[EXEMPT + ["なし", "no test"], TRANSL])
T("en", "nrw", "schooling", "my kid (2) needs a kita spot in cologne – are we entitled to one?", all_=[KITA_AGE1])
T("ja", "nrw", "schooling", "ケルンに日本語補習校ある？小学生の息子がいます", all_=[["Japanische Schule Köln", "ケルン日本語補習", "ケルン日本人", "補習", "Köln"]])
T("de", "nrw", "schooling", "japanische schule in düsseldorf – bis welche klasse geht die?", all_=[JISD, ["9", "中学"]])
T("en", "nrw", "schooling", "international schools in bonn or düsseldorf for english speaking kids?", all_=[["International School", "internationale Schule", "インターナショナルスクール", "international school"]])
T("ja", "nrw", "emergency", "デュッセルドルフで夜中に子どもが高熱、どこに電話すれば？", kind="emergency", all_=[["116117", "116 117"], ["112"]], none=NOT_NRW_EMERG)
T("de", "nrw", "emergency", "mein mann hat starke brustschmerzen!!! wir sind in neuss", kind="emergency", all_=[["112"]], none=NOT_NRW_EMERG)
T("en", "nrw", "emergency", "car accident on the A3 near leverkusen, who do i call", kind="emergency", all_=[["112"], ["110"]], none=NOT_NRW_EMERG)
T("ja", "nrw", "emergency", "ドルトムントで空き巣に入られた、警察は何番？", kind="emergency", all_=[["110"]], none=NOT_NRW_EMERG)
T("de", "nrw", "healthcare", "schwanger in düsseldorf, bin japanerin – wie finde ich eine hebamme und brauch ich einen mutterpass?", all_=[MUTTERPASS, HEBAMME])
T("ja", "nrw", "healthcare", "デュッセルドルフで妊娠がわかりました。まず何をすればいい？", all_=[["婦人科", "Frauenarzt", "産婦人科", "gynaecolog", "gynecolog", "Gynäkolog", "Frauenärzt"]])
T("en", "nrw", "healthcare", "health insurance for japanese expats in NRW – public or private?", all_=[HI_DE])
T("de", "nrw", "daily-life", "rente: ich werde von tokio für 3 jahre nach köln entsandt – zahl ich in deutschland ein?", all_=[SSA])
T("ja", "nrw", "daily-life", "ドイツと日本の年金、二重に払わなくていいの？デュッセルドルフ赴任予定", all_=[SSA])
T("en", "nrw", "residence", "residence permit for japanese in germany – can i apply after arriving in düsseldorf?", all_=[AUSLBEH])
T("ja", "nrw", "residence", "日本人はビザなしで入国してデュッセルドルフで滞在許可を申請できる？", all_=[AUSLBEH])
T("de", "nrw", "daily-life", "müll in köln: gelbe tonne, was darf da rein?", all_=[["Verpackung", "packaging", "包装", "Leichtverpackung"]])
T("ja", "nrw", "daily-life", "ゴミの分別、デュッセルドルフってどうなってる？", all_=[["黄色", "gelbe", "Gelbe", "yellow", "Verpackung", "包装", "Bio", "生ごみ", "紙"]])
T("en", "nrw", "daily-life", "opening a german bank account in düsseldorf – what do i need?", all_=[["Meldebescheinigung", "Meldebestätigung", "Anmeldung", "registration certificate", "address registration", "住民登録", "proof of address"], ["passport", "Reisepass", "パスポート"]])
T("de", "nrw", "daily-life", "handyvertrag ohne schufa in dortmund möglich?", all_=[["Prepaid", "prepaid", "プリペイド", "Prepaid-"]])
T("ja", "nrw", "housing", "ケルンでアパート探し中、Kaution って何？", all_=[["Kaution", "敷金", "deposit", "保証金", "デポジット"]])
T("en", "nrw", "daily-life", "tax id – when do i get my steuer-id after registering in bochum?", all_=[["Steuer-ID", "Steueridentifikationsnummer", "tax ID", "Tax ID", "tax identification", "Identifikationsnummer", "税番号"]])
T("de", "nrw", "daily-life", "rundfunkbeitrag in nrw auch für japanische expats?", all_=[["Rundfunkbeitrag", "broadcasting", "放送", "受信料", "Beitragsservice"]])
# ---- NRW: follow-ups
T("en", "nrw", "follow-up", ["how do i register my address in münster?", "do i need to book a slot for that or can i just walk in?"],
  all_=[["Termin", "appointment", "予約", "booking", "online", "walk-in", "walk in"]], none=["Hausarzt", "doctor's", "医師", "Arztpraxis"])
T("ja", "nrw", "follow-up", ["ケルンでGmbHを作りたい", "資本金はいくら？"], all_=[GMBH_CAP])
T("de", "nrw", "follow-up", ["kita-platz in bonn, wie bewerbe ich mich?", "und ab welchem alter hat man anspruch?"], all_=[KITA_AGE1])
T("en", "nrw", "follow-up", ["we're a japanese SME looking at düsseldorf as our EU base", "great – can you put me in touch with someone?"], kind="handover", all_=[NRW_OFFICE])
T("ja", "nrw", "follow-up", ["デュッセルドルフの日本人学校について教えて", "学費はどれくらい？"], all_=[["学費", "授業料", "Schulgeld", "fee", "ユーロ", "€", "Euro"]])
T("de", "nrw", "follow-up", ["notar für die gmbh-gründung in düsseldorf finden?", "und wie lange dauert dann die eintragung?"], all_=[HREG], none=["Arbeitszeit"])
# ---- NRW: other languages
T("tr", "nrw", "company", "Düsseldorf'ta GmbH kurmak için minimum sermaye ne kadar?", all_=[GMBH_CAP])
T("zh", "nrw", "daily-life", "在科隆登记住址需要在多长时间内完成？", all_=[DAYS14])
T("ko", "nrw", "emergency", "뒤셀도르프에서 응급 번호가 뭐예요? 아이가 아파요", kind="emergency", all_=[["112"]], none=NOT_NRW_EMERG)
T("it", "nrw", "company", "ciao, serve un notaio per aprire una GmbH a Colonia?", all_=[NOTARY])
T("es", "nrw", "daily-life", "cuánto cuesta el Deutschlandticket en Düsseldorf?", all_=[["63"]])
T("vi", "nrw", "healthcare", "tôi có cần bảo hiểm y tế khi sống ở Essen không?", all_=[HI_DE])
T("pt", "nrw", "company", "quero abrir uma UG em Essen, qual o capital mínimo?", all_=[UG_CAP])

# ---- region-less: small talk
for lang, txt in [("de", "hallo"), ("ja", "こんにちは〜"), ("en", "hi there 👋"), ("de", "danke dir, super hilfreich!"),
                  ("ja", "ありがとうございました！助かりました🙏"), ("de", "moin 🙂"), ("ja", "おはようございます"), ("en", "thx bye")]:
    T(lang, None, "smalltalk", txt, kind="smalltalk")
T("en", None, "smalltalk", "good morning! what can you do?", kind="smalltalk",
  all_=[["compan", "Unternehmen", "Firma", "会社", "business", "Gründung", "設立", "incorporat"]])
T("zh", None, "smalltalk", "你好", kind="smalltalk")
T("ko", None, "smalltalk", "안녕하세요", kind="smalltalk")
T("tr", None, "smalltalk", "merhaba", kind="smalltalk")
# ---- out of scope
T("de", "nrw", "out-of-scope", "wie wird das wetter morgen in düsseldorf?", kind="out-of-scope")
T("en", "nrw", "out-of-scope", "who won the leverkusen game yesterday?", kind="out-of-scope")
T("ja", "tokyo", "out-of-scope", "東京の明日の天気は？", kind="out-of-scope")
T("en", None, "out-of-scope", "tell me a joke", kind="out-of-scope")
T("de", None, "out-of-scope", "kannst du mir bei meinen mathe hausaufgaben helfen? 3x+5=20", kind="out-of-scope")
T("en", None, "out-of-scope", "write me a python script that scrapes websites", kind="out-of-scope")
T("ja", "tokyo", "out-of-scope", "新宿でおすすめのラーメン屋教えて🍜", kind="out-of-scope")
T("de", None, "out-of-scope", "wer ist der beste fußballer aller zeiten", kind="out-of-scope")
T("en", None, "out-of-scope", "what's the bitcoin price rn", kind="out-of-scope")
T("ja", None, "out-of-scope", "宿題手伝って、英作文なんだけど", kind="out-of-scope")
# ---- clarify region
T("en", None, "company", "how much capital do i need to start a company?", kind="clarify-region", all_=CLAR1)
T("de", None, "daily-life", "wo melde ich meinen wohnsitz an?", kind="clarify-region", all_=CLAR1)
T("ja", None, "emergency", "救急の番号は？", kind="emergency", all_=[["119"], ["112"]])
T("en", None, "residence", "which visa do i need?", kind="clarify-region", all_=CLAR1)
T("ja", None, "company", "会社設立の手続き教えて", kind="clarify-region", all_=CLAR1)
T("de", None, "daily-life", "wie teuer ist der nahverkehr?", kind="clarify-region", all_=CLAR1)
T("en", None, "schooling", "is there a kindergarten near us? we have a 3 yo", kind="clarify-region", all_=CLAR1)
T("ja", None, "daily-life", "運転免許の切り替えってどうする？", kind="clarify-region", all_=CLAR1)
# ---- region-less answers
T("en", None, "support", "what is this bot for exactly?", kind=None, all_=[["Tokyo", "東京", "Tokio"], ["NRW", "Nordrhein", "North Rhine"]])
T("de", None, "support", "welche leistungen bietet die kooperation tokyo–nrw für kmu?",
  all_=[["Messe", "trade fair", "Messen", "見本市", "Ausstellung"], ["Behörde", "Verwaltung", "administrative", "行政", "Gründung", "Verwaltungsverfahren"]])
T("ja", None, "support", "東京とNRWの覚書って誰と誰が結んだの？", all_=[["産業労働局", "Bureau of Industrial and Labor Affairs"], MWIDE + MWIKE + ["経済"]])
T("en", None, "support", "is the tokyo-nrw memorandum legally binding? does it cost us anything?",
  all_=[["not legally binding", "no legal", "non-binding", "not binding", "nicht rechtlich bindend", "rechtlich nicht bindend", "法的拘束力", "拘束しない", "not legally"]])
T("en", None, "support", "when was the tokyo-nrw SME agreement signed and is it still valid?", all_=[["2021"], ["2023"]])
T("de", None, "handover", "ich will mit einem menschen sprechen.", kind=None, all_=[["Tokyo", "Tokio", "東京", "NRW"]], rq=False)
T("en", None, "handover", "can i get the contact of your office?", kind=None, all_=[["Tokyo", "Tokio", "東京", "NRW"]], rq=False)
# ---- region-less start, region in follow-up
T("en", "nrw", "follow-up", ["hi", "i need help registering a GmbH in wuppertal"], all_=[NOTARY, HREG])
T("ja", "tokyo", "follow-up", ["こんにちは", "横浜じゃなくて東京の大田区で会社を作る予定です。最初に何をすればいい？"], all_=[["定款", "articles", "Satzung", "印鑑", "商号"]])
T("de", "tokyo", "follow-up", ["wir ziehen nach tokio", "und was ist mit der krankenversicherung?"], all_=[HI_JP])
T("en", "tokyo", "follow-up", ["what's the notary fee for KK articles?", "and if the shareholder is a company, not a person?"], all_=[NOTARY_FEE_CORP])
T("ja", "nrw", "follow-up", ["デュッセルドルフで車を運転したい", "免許の翻訳はどこで頼める？"], all_=[["総領事館", "領事館", "consulate", "Generalkonsulat", "ADAC", "公認翻訳", "翻訳士"]])
# ---- mixed scripts / glued place names
T("ja", "nrw", "daily-life", "Essenに引っ越しました！Anmeldungってどこで？", all_=[BUERGERAMT])
T("ja", "nrw", "schooling", "Bonnで子どものKita探してます", all_=[["Jugendamt", "青少年局", "Stadt Bonn", "ボン市", "youth office", "Kita-Navigator", "Kita Navigator", "Little Bird"]])
T("ja", "tokyo", "company", "TokyoでKKとGK、作るならどっちが安い？", all_=[KK_TAX, GK_TAX])
T("de", "tokyo", "daily-life", "Tokioでの住民登録 frist?", all_=[DAYS14], language=["de", "ja"])
T("en", "nrw", "healthcare", "Dusseldorf (no umlaut sry) – is there a japanese speaking doctor?", all_=[["Japanese", "日本語", "japanisch"]])
T("ja", "nrw", "daily-life", "Düsseldorfに来たばかり、スマホの契約どうしたらいい？", all_=[["Prepaid", "プリペイド", "SIM", "契約", "Vertrag"]])
T("de", "tokyo", "company", "firma in 品川区 anmelden – welche behörde ist zuständig?", all_=[HOMUKYOKU])
T("en", "tokyo", "company", "kk vs gk – which is better for a small german subsidiary in tokyo?", all_=[["株式会社", "KK", "Kabushiki"], ["合同会社", "GK", "Godo"]])
T("ja", "nrw", "company", "NRWで法人作るならGmbHとUGどっちがいい？資本金あんまりない", all_=[GMBH_CAP, UG_CAP])
T("de", "nrw", "company", "finanzamt düsseldorf – fragebogen zur steuerlichen erfassung, bis wann muss der raus?", all_=[ONE_MONTH])
T("en", "tokyo", "healthcare", "#7119 what is that number", all_=[["救急相談", "consultation", "advice", "ambulance", "救急車", "Rettungswagen", "whether"]])
T("ja", "nrw", "healthcare", "116117ってなに？", all_=[["Bereitschaftsdienst", "当番医", "夜間", "休日", "on-call", "after-hours", "医師", "診療"]])
T("de", None, "company", "was ist der unterschied zwischen einer KK und einer GmbH?", all_=[["株式会社", "Kabushiki", "KK"], ["GmbH"]])
T("en", "tokyo", "follow-up", ["we need office space in tokyo for 3 people", "also, does that address work for the business manager visa?"], all_=[VISA_BM])

# ================================================================ Tsu / Paris Region / Geneva set
NOT_TSU_EMERG = ["Tox Info", "116117"]
NOT_PARIS_EMERG = ["Tox Info", "救急相談センター"]
NOT_GENEVA_EMERG = ["SAMU", "#7119", "＃7119"]
# ---- Tsu
S("fr", "tsu", "company", "bonjour, on veut créer une filiale à Tsu (Mie), quel capital minimum pour une KK ?", all_=[KK_CAP])
S("en", "tsu", "company", "registering a GK in tsu city – which legal affairs bureau?", all_=[["津地方法務局", "Tsu District Legal Affairs Bureau", "法務局", "Legal Affairs Bureau", "Legal Affairs"]])
S("fr", "tsu", "company", "frais d'enregistrement (taxe) pour une KK à Tsu ?", all_=[KK_TAX])
S("ja", "tsu", "company", "津市でフランスの会社が日本法人つくった時、届出する税務署は？", all_=[["津税務署", "税務署"]])
S("en", "tsu", "daily-life", "moving to tsu with family from lyon – deadline to register our address?", all_=[DAYS14])
S("fr", "tsu", "daily-life", "on s'installe à Hisai (Tsu), il faut s'enregistrer à la mairie en combien de jours ?", all_=[DAYS14])
S("ja", "tsu", "emergency", "久居に住んでるスイス人社員の子どもが夜に熱、どこに相談すれば？", kind="emergency", all_=[MIE_CHILD], none=NOT_TSU_EMERG)
S("en", "tsu", "emergency", "ambulance number in tsu, mie??", kind="emergency", all_=[["119"]], none=NOT_TSU_EMERG)
S("fr", "tsu", "emergency", "urgence à Tsu, un collègue s'est blessé à l'usine, quel numéro ?!", kind="emergency", all_=[["119"]], none=NOT_TSU_EMERG)
S("ja", "tsu", "healthcare", "津で日曜に開いてる病院を探したい", all_=[MIE_INFO])
S("en", "tsu", "support", "is there a multilingual help desk for foreign residents in mie / tsu?", all_=[MIEF])
S("fr", "tsu", "support", "où trouver de l'aide pour la vie quotidienne à Tsu quand on ne parle pas japonais ?", all_=[MIEF])
S("en", "tsu", "daily-life", "swiss engineer moving to tsu – can he drive with his swiss licence?", all_=[TRANSL, ONE_YEAR])
S("fr", "tsu", "daily-life", "permis de conduire français au Japon (Tsu) : il faut la traduction JAF ?", all_=[["JAF", "Japan Automobile Federation"], ONE_YEAR])
S("ja", "tsu", "schooling", "津市でフランス人の子どもが通える学校ってある？", all_=[["教育委員会", "Board of Education", "公立", "市立", "小学校", "public school", "école publique", "インターナショナル"]])
S("en", "tsu", "healthcare", "health insurance for a french employee posted to our tsu office?", all_=[HI_JP])
S("fr", "tsu", "daily-life", "retraite : un salarié détaché de Paris à Tsu cotise où ?", all_=[SSA])
S("ja", "tsu", "daily-life", "津市のゴミの出し方ってどうなってる？", all_=[["分別", "separat", "tri"], ["津市", "Tsu"]])
S("en", "tsu", "daily-life", "train from tsu to nagoya – best option?", all_=[["近鉄", "Kintetsu", "JR"]])
S("fr", "tsu", "residence", "visa pour diriger une filiale à Tsu ?", all_=[VISA_BM, CAP_30M])
S("ja", "tsu", "follow-up", ["フランスの会社との商談、津市でサポートしてもらえる？", "担当の人と直接話せる？"], kind="handover", all_=[TSU_OFFICE])
S("en", "tsu", "handover", "could someone from tsu city introduce us to local manufacturers? we're a geneva cleantech firm", kind="handover", all_=[TSU_OFFICE])
S("fr", "tsu", "handover", "je voudrais un contact à la ville de Tsu pour un partenariat industriel", kind="handover", all_=[TSU_OFFICE])
S("ja", "tsu", "support", "三重県内でフランス企業と商談できるイベントある？", all_=[["JETRO", "ジェトロ", "津市", "三重県産業支援センター", "Tsu"]])
S("en", "tsu", "support", "which industries does tsu focus on in the paris/geneva cooperation?", all_=[["mechatronic", "mécatronique", "メカトロニクス"]])
S("en", "tsu", "daily-life", "bank account in tsu for a newly arrived french employee – what docs?", all_=[RESCARD])
S("fr", "tsu", "daily-life", "forfait mobile au Japon sans carte de crédit japonaise, possible à Tsu ?", all_=[RESCARD + ["prépayé", "prepaid", "プリペイド", "eSIM"]])
S("ja", "tsu", "housing", "津で部屋借りるとき、外国人社員だと保証人いる？", all_=[["保証", "guarantor", "garant"]])
S("fr", "tsu", "housing", "logement à Tsu : c'est quoi le « reikin » ?", all_=[["礼金", "key money", "reikin", "Reikin", "non remboursable", "cadeau"]])
S("en", "tsu", "company", "is there a reduced notary fee for a small KK in tsu? capital 500k yen, 1 founder", all_=[NOTARY_FEE_SMALL])
S("fr", "tsu", "follow-up", ["nous ouvrons un bureau à Tsu", "et combien de temps pour l'enregistrement de la société ?"],
  all_=[["法務局", "Legal Affairs Bureau", "affaires juridiques", "登記", "enregistrement", "registration", "immatriculation"]], none=["horaires d'ouverture"])
S("ja", "tsu", "follow-up", ["津市に引っ越してきました", "子どもの予防接種はどこで受ける？"], all_=[["保健センター", "health center", "centre de santé", "保健", "市役所", "小児科"]])
S("en", "tsu", "follow-up", ["my wife and i live in tsu now", "she's pregnant – what's the first step here?"], all_=[BOSHI])
S("zh", "tsu", "residence", "在津市开公司需要什么签证？", all_=[VISA_BM])
S("pt", "tsu", "emergency", "moro em Tsu, qual o número de emergência para ambulância?", kind="emergency", all_=[["119"]], none=NOT_TSU_EMERG)
S("vi", "tsu", "support", "tôi sống ở Tsu, Mie. Ở đâu có hỗ trợ cho người nước ngoài?", all_=[MIEF])
S("de", "tsu", "company", "wir sind ein genfer unternehmen und wollen in tsu eine GK gründen – kosten?", all_=[GK_TAX])
# ---- Paris Region
S("ja", "paris", "company", "パリでSAS作るのに資本金いくら必要？", all_=[SAS_CAP])
S("en", "paris", "company", "our tsu company wants a SASU in boulogne-billancourt, how much share capital minimum?", all_=[SAS_CAP])
S("fr", "paris", "company", "où fait-on l'immatriculation d'une SAS à Paris maintenant ?", all_=[GUICHET])
S("ja", "paris", "company", "フランスの会社登記ってオンライン窓口ある？パリに作る予定", all_=[GUICHET])
S("en", "paris", "company", "SAS vs SARL for a japanese subsidiary in paris?", all_=[["SAS"], ["SARL"]])
S("fr", "paris", "company", "filiale japonaise à Paris : faut-il un notaire pour les statuts d'une SAS ?",
  all_=[["sous seing privé", "pas obligatoire", "n'est pas obligatoire", "pas nécessaire", "not required", "not mandatory", "facultatif", "vous-même", "不要"]])
S("ja", "paris", "emergency", "パリで子どもが夜中に高熱、救急は何番？", kind="emergency", all_=[["15"], ["112"]], none=NOT_PARIS_EMERG)
S("fr", "paris", "emergency", "urgence à Saint-Denis, quelqu'un fait un malaise dans le bureau", kind="emergency", all_=[["15"], ["112"]], none=NOT_PARIS_EMERG)
S("en", "paris", "emergency", "police number in paris? my bag got stolen at gare du nord", kind="emergency", all_=[["17"]], none=NOT_PARIS_EMERG)
S("ja", "paris", "schooling", "パリ周辺で日本人の子どもが通える学校は？", all_=[PARIS_SCHOOL])
S("fr", "paris", "schooling", "section japonaise du lycée international de Saint-Germain, c'est payant ?", all_=[["AAFJ", "1 000", "1000", "1,000", "frais de scolarité", "cotisation", "association"]])
S("en", "paris", "healthcare", "health insurance in france for a japanese employee – from when are we covered?", all_=[PUMA])
S("ja", "paris", "healthcare", "フランスの公的医療保険っていつから入れる？パリ在住", all_=[MONTHS3 + ["就労", "salarié", "employee", "働"]])
S("fr", "paris", "daily-life", "permis japonais, je m'installe à Versailles, échange possible ?", all_=[FR_EXCH, ONE_YEAR])
S("ja", "paris", "daily-life", "日本の免許をフランスの免許に切り替えたい、パリ近郊です", all_=[ONE_YEAR, FR_EXCH])
S("en", "paris", "residence", "residence permit for a japanese manager of a paris subsidiary?", all_=[["passeport talent", "Passeport talent", "talent passport", "Talent Passport", "titre de séjour", "residence permit"]])
S("fr", "paris", "residence", "titre de séjour pour un salarié japonais détaché à Paris, quelle démarche ?", all_=[["titre de séjour", "ANEF", "préfecture", "visa", "Préfecture"]])
S("ja", "paris", "housing", "パリで部屋借りる時の保証人ってどうする？", all_=[["garant", "Visale", "保証人", "guarantor", "caution"]])
S("en", "paris", "daily-life", "how does public transport work in paris region, monthly pass?", all_=[["Navigo"]])
S("fr", "paris", "daily-life", "tri des déchets à Paris, le bac jaune c'est pour quoi ?", all_=[["emballages", "packaging", "包装", "papiers"]])
S("ja", "paris", "daily-life", "パリで銀行口座開くのに何がいる？", all_=[["パスポート", "passport", "passeport", "justificatif de domicile", "住所証明", "proof of address", "滞在許可"]])
S("en", "paris", "company", "tax office for a new SAS in paris – what's it called?", all_=[["SIE", "Service des impôts des entreprises", "impots.gouv", "tax office", "centre des impôts"]])
S("fr", "paris", "support", "je cherche des salons professionnels en Île-de-France pour la mécatronique", all_=[FAIRS_PARIS])
S("ja", "paris", "support", "パリの見本市に出展したい。大きい会場はどこ？", all_=[FAIRS_PARIS])
S("en", "paris", "support", "who helps japanese companies set up in the paris region?", all_=[CPR])
S("fr", "paris", "support", "quel organisme accompagne l'implantation des entreprises étrangères en Île-de-France ?", all_=[CPR])
S("ja", "paris", "handover", "Paris Regionの担当者を紹介してほしい。津市の企業です", kind="handover", all_=[CPR])
S("en", "paris", "handover", "can you introduce us to startups or investors in the paris region?", kind="handover", all_=[CPR])
S("fr", "paris", "handover", "je veux parler à quelqu'un de Choose Paris Region", kind="handover", all_=[CPR])
S("ja", "paris", "support", "津市と協定を結んだパリ地域のARDって今もあるの？", all_=[["Choose Paris Region", "チューズ・パリ・リージョン"]])
S("en", "paris", "daily-life", "french social security for a japanese seconded employee – do we pay in both countries?", all_=[SSA])
S("fr", "paris", "schooling", "mon enfant de 2 ans, une crèche à Boulogne, comment faire ?", all_=[["crèche", "mairie", "RPE", "RAM", "assistante maternelle"]])
S("fr", "paris", "follow-up", ["je crée une SAS à Paris pour une PME de Tsu", "et combien de temps ça prend ?"],
  all_=[["Kbis", "guichet unique", "INPI", "immatriculation", "jours", "semaine"]], none=["horaires d'ouverture"])
S("en", "paris", "follow-up", ["i'm moving to neuilly next month for work", "what about health insurance then?"], all_=[PUMA])
S("ja", "paris", "follow-up", ["パリで法人作りたい", "資本金は最低いくら？"], all_=[SAS_CAP])
S("fr", "paris", "follow-up", ["mon mari est hospitalisé à Créteil", "il faut une carte Vitale pour payer ?"], all_=[["Vitale"], ["Assurance maladie", "CPAM", "ameli", "rembours", "mutuelle"]])
S("zh", "paris", "company", "在巴黎注册SAS的最低资本是多少？", all_=[SAS_CAP])
S("ko", "paris", "emergency", "파리에서 응급 상황이면 몇 번에 전화해요?", kind="emergency", all_=[["112"]], none=NOT_PARIS_EMERG)
S("es", "paris", "company", "¿necesito un notario para crear una SAS en París?", all_=[["notaire", "notary", "notario", "not required", "not mandatory", "sous seing privé", "no es obligatorio"]])
S("it", "paris", "company", "ciao, dove si registra una società a Parigi?", all_=[GUICHET])
S("de", "paris", "support", "wir sind ein unternehmen aus tsu – gibt es in paris eine agentur für ausländische firmen?", all_=[CPR])
# ---- Geneva
S("ja", "geneva", "company", "ジュネーブでSàrl作るには資本金いくら？", all_=[SARL_CH])
S("en", "geneva", "company", "minimum capital for an SA in geneva and how much must be paid in?", all_=[SA_CH, SA_PAID])
S("fr", "geneva", "company", "créer une Sàrl à Carouge : faut-il passer chez le notaire ?", all_=[["notaire", "notary", "acte authentique", "公証"], RC])
S("ja", "geneva", "company", "ジュネーブで会社登記するのはどこ？", all_=[RC])
S("en", "geneva", "company", "sarl vs sa in geneva for a japanese sme – capital?", all_=[SARL_CH, SA_CH])
S("fr", "geneva", "company", "le capital d'une Sàrl à Genève peut-il être en yens ?", all_=[["yen", "円", "JPY"]])
S("ja", "geneva", "daily-life", "ジュネーブに引っ越したら何日以内に届け出？", all_=[DAYS14, OCPM])
S("en", "geneva", "daily-life", "moved to carouge last week, where do i announce my arrival?", all_=[OCPM, DAYS14])
S("fr", "geneva", "healthcare", "assurance maladie obligatoire à Genève, quel délai ?", all_=[MONTHS3, LAMAL])
S("ja", "geneva", "healthcare", "ジュネーブの健康保険、加入期限は？", all_=[MONTHS3])
S("en", "geneva", "daily-life", "japanese driving licence in geneva – how long can i use it?", all_=[MONTHS12])
S("fr", "geneva", "daily-life", "échanger mon permis japonais à Genève, il faut repasser un test ?", all_=[GENEVA_EXEMPT])
S("ja", "geneva", "emergency", "ジュネーブで夜中に子どもが熱、どこに電話？", kind="emergency", all_=[["144"]], none=NOT_GENEVA_EMERG)
S("fr", "geneva", "emergency", "incendie dans l'immeuble à Meyrin !!", kind="emergency", all_=[["118"]], none=NOT_GENEVA_EMERG)
S("en", "geneva", "emergency", "my kid swallowed cleaning liquid, geneva, what number??", kind="emergency", all_=[["145", "144"]], none=NOT_GENEVA_EMERG)
S("ja", "geneva", "emergency", "ジュネーブで警察って何番？", kind="emergency", all_=[["117"]], none=NOT_GENEVA_EMERG)
S("en", "geneva", "schooling", "international schools in geneva for our 10-year-old? japanese family", all_=[ECOLINT])
S("ja", "geneva", "schooling", "ジュネーブに日本人学校ある？", all_=[HOSHUKO])
S("fr", "geneva", "residence", "permis de séjour pour un cadre japonais à Genève, B ou L ?", all_=[["OCPM", "Office cantonal de la population", "SEM", "Secrétariat d'État aux migrations", "contingent", "quota", "OCIRT"]])
S("en", "geneva", "residence", "work permit for a japanese manager sent to our geneva office?", all_=[["OCPM", "Office cantonal de la population", "quota", "contingent", "third-country", "third country", "pays tiers", "État tiers", "OCIRT"]])
S("ja", "geneva", "housing", "ジュネーブの家探しは大変って聞いたけど、コツある？", all_=[["régie", "Régie", "不動産", "agence", "agency", "garantie", "caution", "deposit"]])
S("fr", "geneva", "daily-life", "transports publics à Genève, quel abonnement ?", all_=[["TPG", "tpg", "Unireso", "unireso", "Léman Pass", "Leman Pass"]])
S("en", "geneva", "support", "who promotes industry and tech in geneva and can help japanese SMEs?", all_=[OPI])
S("fr", "geneva", "follow-up", ["on prépare une mission d'entreprises de Tsu à Genève", "pouvez-vous me donner un contact à l'OPI ?"], kind="handover", all_=[OPI])
S("ja", "geneva", "handover", "ジュネーブの企業や大学とつないでほしいです", kind="handover", all_=[OPI])
S("en", "geneva", "handover", "pls connect me with someone in geneva, we're a tsu company planning a Sàrl", kind="handover", all_=[OPI])
S("fr", "geneva", "support", "salons professionnels à Genève pour la medtech ?", all_=[["Palexpo", "EPHJ", "OPI", "salon"]])
S("ja", "geneva", "handover", "CERNと関係のあるジュネーブの企業を紹介してもらえる？", kind="handover", all_=[OPI])
S("en", "geneva", "daily-life", "avs / pension in switzerland for japanese seconded staff – double contributions?", all_=[SSA + ["AVS"]])
S("fr", "geneva", "daily-life", "impôt à la source à Genève pour un permis B ?", all_=[["impôt à la source", "withholding", "源泉"]])
S("en", "geneva", "follow-up", ["we're setting up a Sàrl in geneva", "how much capital again, and does it all have to be paid in?"],
  all_=[SARL_CH, ["entièrement", "fully", "full", "全額", "100%", "entire", "intégralement", "in full", "vollständig"]])
S("ja", "geneva", "follow-up", ["ジュネーブに転勤になりました", "健康保険はどうすればいい？"], all_=[LAMAL, MONTHS3])
S("fr", "geneva", "follow-up", ["nous habitons à Lancy depuis peu", "et pour l'école des enfants ?"],
  all_=[["DIP", "instruction publique", "commune", "inscription", "Ecolint", "internationale", "école publique", "établissement"]])
S("en", "geneva", "follow-up", ["how do i exchange my licence in geneva?", "is there a deadline?"], all_=[MONTHS12])
S("it", "geneva", "company", "quanto capitale serve per una Sàrl a Ginevra?", all_=[SARL_CH])
S("tr", "geneva", "emergency", "Cenevre'de acil ambulans numarası nedir?", kind="emergency", all_=[["144"]], none=NOT_GENEVA_EMERG)
S("es", "geneva", "company", "¿cuánto capital mínimo para una SA en Ginebra?", all_=[SA_CH])
S("de", "geneva", "company", "sàrl in genf gründen – brauche ich einen notar?", all_=[NOTARY])
# ---- region-less
for lang, txt in [("fr", "bonjour"), ("ja", "こんにちは！"), ("en", "hey 🙂"), ("fr", "merci beaucoup !"), ("ja", "ありがとう〜助かった")]:
    S(lang, None, "smalltalk", txt, kind="smalltalk")
S("es", None, "smalltalk", "hola!", kind="smalltalk")
S("fr", "geneva", "out-of-scope", "quel temps fera-t-il à Genève demain ?", kind="out-of-scope")
S("en", "paris", "out-of-scope", "who won the PSG match last night", kind="out-of-scope")
S("ja", "tsu", "out-of-scope", "津のおすすめ観光スポットは？", kind="out-of-scope")
S("fr", None, "out-of-scope", "écris-moi un poème sur le fromage", kind="out-of-scope")
S("en", None, "out-of-scope", "solve this: integral of x^2 dx", kind="out-of-scope")
S("fr", None, "company", "quel capital minimum pour créer une société ?", kind="clarify-region", all_=CLAR2)
S("en", None, "emergency", "what's the emergency number?", kind=None, all_=[["119", "112", "144", "15"]], rq=False)
S("ja", None, "daily-life", "住所の登録はどこでする？", kind="clarify-region", all_=[["津", "Tsu", "パリ", "Paris", "ジュネーブ", "Genève", "Geneva"]])
S("en", None, "daily-life", "how do i exchange my driving licence?", kind="clarify-region", all_=[["Tsu", "津", "Japan", "Paris", "France", "Geneva", "Genève", "Switzerland"]])
S("ja", None, "support", "津市とパリ・ジュネーブの協定って何をしてくれるの？", all_=[["ARD", "Choose Paris Region", "パリ地域"], ["OPI", "ジュネーブ州産業振興機構", "産業振興機構"]])
S("fr", None, "support", "l'accord entre Tsu et Genève a été signé quand ?", all_=[["2012", "平成24"], OPI])
S("ja", None, "support", "津市とパリ地域の協定っていつ結んだの？相手はどこ？", all_=[["2012", "平成24"], ["ARD", "Agence Régionale de Développement", "パリ地域経済開発局", "Choose Paris Region"]])
S("fr", None, "follow-up", ["salut", "je voudrais parler à quelqu'un"], kind=None, all_=[["Tsu", "津", "Paris", "Genève", "Geneva", "OPI", "Choose Paris Region"]], rq=False)


def finish(setkey, name, prefix, fname):
    cases = CASES[setkey]
    for i, c in enumerate(cases, 1):
        c_id = f"{prefix}{i:03d}"
        cases[i - 1] = {"id": c_id, **c}
    doc = {"set": name, "writtenBy": WRITTEN_BY, "cases": cases}
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return doc


def counts(doc):
    c = {"cases": len(doc["cases"]), "multi_turn": 0, "kind": collections.Counter(), "region": collections.Counter(),
         "lang": collections.Counter(), "topic": collections.Counter()}
    for case in doc["cases"]:
        e = case["turns"][-1]["expect"]
        c["kind"][e.get("kind", "(any)")] += 1
        c["region"][str(case["region"])] += 1
        c["lang"][case["lang"]] += 1
        c["topic"][case["topic"]] += 1
        if len(case["turns"]) > 1:
            c["multi_turn"] += 1
    for k in ("kind", "region", "lang", "topic"):
        c[k] = dict(sorted(c[k].items(), key=lambda kv: -kv[1]))
    return c


if __name__ == "__main__":
    a = finish("tn", "blind22-tokyo-nrw", "B22TN", "blind22-tokyo-nrw.json")
    b = finish("ts", "blind22-tsu", "B22TS", "blind22-tsu.json")
    out = {"blind22-tokyo-nrw": counts(a), "blind22-tsu": counts(b)}
    with open(os.path.join(OUT, "counts.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(json.dumps({k: {"cases": v["cases"], "multi_turn": v["multi_turn"]} for k, v in out.items()}))
