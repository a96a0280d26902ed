"""Cases for blind12-tokyo-nrw (Tokyo Metropolitan Government <-> North Rhine-Westphalia)."""
from common import mk, num, RQ_TN, MAIN_LANGS

T, N = "tokyo", "nrw"


def c(lang, region, topic, turns, kind, all_=None, none=None, language=None):
    none = list(none or [])
    if region is not None or kind in ("smalltalk", "out-of-scope"):
        none = none + [x for x in RQ_TN if x not in none]
    if isinstance(turns, str):
        turns = [turns]
    return mk(lang, region, topic, turns, kind, all_, none, language, MAIN_LANGS["tn"])


# ---- keyword groups (facts checked, see README) ----
GMBH_CAP = num(25000, ["2万5000", "2.5万", "25k", "25 000"])
HALF = num(12500, ["半分", "half", "Hälfte", "50 %", "50%"])
NOTAR = ["Notar", "notary", "公証人", "公証", "notari"]
HREG = ["Handelsregister", "commercial register", "Registergericht", "register court", "商業登記", "登記", "商業登記簿"]
KK_TAX = num(150000)
GK_TAX = num(60000)
STAMP = num(40000)
NOTARY_FEE_JP = num(30000) + num(40000) + num(50000) + num(15000)
KOSHO = ["公証役場", "公証人", "notary", "Notar", "notar"]
HOMUKYOKU = ["法務局", "Legal Affairs Bureau", "Rechtsamt", "Legal Affairs", "Justizbehörde", "登記所", "registry"]
BMV_CAP = ["3,000万", "3000万", "3.000万", "3千万", "30,000,000", "30.000.000", "30000000", "30 million",
           "30 Mio", "30 Millionen", "30百万", "30 000 000", "30 Million"]
KEIEI = ["経営・管理", "経営管理", "Business Manager", "business manager", "Business-Manager", "Management",
         "Geschäftsführung", "Unternehmensleitung"]
EMPLOYEE = ["常勤", "full-time", "Vollzeit", "employee", "Mitarbeiter", "従業員", "職員", "Angestellte"]
B2 = ["B2", "N2", "日本語", "Japanese", "Japanisch"]
OCT2025 = ["2025", "令和7"]
ANM_DEADLINE = ["zwei Wochen", "2 Wochen", "14 Tage", "two weeks", "2 weeks", "14 days", "2週間", "14日", "２週間", "１４日"]
WGB = ["Wohnungsgeberbestätigung", "Wohnungsgeberbescheinigung", "Wohnungsgeber", "landlord", "家主", "大家", "貸主",
       "住居提供者", "Vermieter"]
JP_ADDR_DEADLINE = ["14日", "１４日", "14 days", "14 Tage", "2週間", "two weeks", "zwei Wochen", "2 weeks", "2 Wochen"]
JP_ADDR_PLACE = ["区役所", "市役所", "役所", "ward office", "city office", "city hall", "Bezirksamt", "Rathaus", "Stadtverwaltung",
                 "municipal office", "Bürgeramt", "区民事務所", "窓口"]
ZAIRYU = ["在留カード", "residence card", "Aufenthaltskarte", "Residence Card", "zairyu"]
SIX_MONTHS = ["6 Monate", "sechs Monate", "6 Monaten", "sechs Monaten", "6 months", "six months", "6か月", "6ヶ月", "6カ月",
              "６か月", "半年"]
NO_TEST = ["ohne Prüfung", "keine Prüfung", "prüfungsfrei", "no test", "without a test", "without test", "no exam",
           "without an exam", "without any test", "免除", "試験なし", "試験は不要", "試験不要", "Anlage 11", "exempt", "不要"]
GAIMEN = ["外免切替", "外国免許", "切替", "切り替え", "conversion", "convert", "Umschreibung", "umschreiben", "umtauschen"]
GAIMEN_EXEMPT = ["免除", "exempt", "ohne Prüfung", "keine Prüfung", "no test", "without", "no written", "no driving test",
                 "知識確認", "技能確認", "不要", "prüfungsfrei", "entfällt", "nicht nötig"]
MENKYO_PLACE = ["府中", "鮫洲", "江東", "Fuchu", "Samezu", "Koto", "Kōtō", "Fuchū"]
SSA = ["社会保障協定", "social security agreement", "Sozialversicherungsabkommen", "Abkommen über Soziale Sicherheit",
       "Abkommen", "Social Security Agreement", "協定"]
FIVE_Y = ["5年", "５年", "5 years", "five years", "5 Jahre", "fünf Jahre", "60 Monate", "60 months", "60暦月", "5 Jahren", "fünf Jahren"]
DTICKET = ["63"]
KITA_AGE = ["1 Jahr", "ersten Lebensjahr", "1. Lebensjahr", "vollendeten ersten", "einem Jahr", "age of one", "age one",
            "one year", "1 year", "first birthday", "1歳", "１歳", "first year"]
KITA_NAVI = ["Kita-Navigator", "Kita Navigator", "KitaNavigator", "Kita-navigator"]
KITA = ["Kita", "Kindertagesstätte", "Kindergarten", "daycare", "day care", "childcare", "保育", "幼稚園", "Tagespflege", "nursery"]
MUTTERPASS = ["Mutterpass", "maternity record", "maternity passport", "母子手帳", "母子健康手帳"]
HEBAMME = ["Hebamme", "midwife", "助産師", "助産婦"]
BOSHI = ["母子健康手帳", "母子手帳", "Maternal and Child Health Handbook", "maternal and child health", "Mother and Child",
         "mother-child", "boshi", "Mutter-Kind", "Mutterpass"]
NINSHIN = ["妊娠届", "妊娠の届", "pregnancy notification", "notification of pregnancy", "Schwangerschaftsanzeige",
           "Schwangerschaft melden", "Meldung der Schwangerschaft", "report the pregnancy", "register the pregnancy", "妊娠届出"]
NRWJ = ["NRW Japan", "NRW.Global", "NRW Global", "NRW.GLOBAL", "NRWジャパン", "NRW.INVEST"]
TMG_OFFICE = ["産業労働局", "Bureau of Industrial and Labor Affairs", "Industrial and Labor Affairs", "Industrie und Arbeit",
              "商工部", "Commerce and Industry Division", "Tokyo Metropolitan Government", "東京都"]
AHK = ["AHK", "Deutsche Industrie- und Handelskammer in Japan", "German Chamber of Commerce and Industry in Japan",
       "在日ドイツ商工会議所", "German Chamber", "Handelskammer"]
JETRO = ["JETRO", "ジェトロ", "日本貿易振興機構"]
ONESTOP = ["開業ワンストップ", "One-Stop", "One Stop", "Onestop", "ワンストップ", "One-stop"]
MESSE_NRW = ["Messe Düsseldorf", "Koelnmesse", "Kölnmesse", "Messe Essen", "Messe Dortmund", "Westfalenhallen",
             "メッセ・デュッセルドルフ", "デュッセルドルフ見本市", "ケルンメッセ", "Messe Köln", "メッセデュッセルドルフ"]
MESSE_TOKYO = ["Big Sight", "ビッグサイト", "Makuhari", "幕張", "東京国際展示場", "Tokyo International Exhibition"]
SIGNED = ["2021"]
MOU_TERM = ["2023"]
MOU_NOTICE = ["6 Monate", "sechs Monate", "6 months", "six months", "6か月", "６か月", "6ヶ月", "6カ月", "半年"]
MWIKE = ["MWIKE", "Wirtschaft, Industrie, Klimaschutz und Energie", "Economic Affairs, Industry, Climate Action and Energy",
         "Economic Affairs, Industry, Climate Protection and Energy", "経済・産業・気候保護・エネルギー", "気候保護"]
E119 = ["119"]
E110 = ["110"]
E112 = ["112"]
ADV_TOKYO = ["#7119", "＃7119", "7119"]
ADV_CHILD_JP = ["#8000", "＃8000", "8000"]
ADV_NRW = ["116117", "116 117"]
KV_DE = ["Krankenversicherung", "health insurance", "健康保険", "医療保険", "Krankenkasse"]
KV_JP = ["国民健康保険", "健康保険", "National Health Insurance", "health insurance", "Krankenversicherung", "社会保険"]
FINANZAMT = ["Finanzamt", "tax office", "税務署", "Steuer-ID", "Steuernummer", "tax number"]
ZEIMUSHO = ["税務署", "tax office", "Finanzamt", "法人設立届", "設立届出"]
DOLM = ["Dolmetscher", "interpreter", "通訳", "Übersetzer", "translator", "翻訳"]
INTL_SCHOOL = ["インターナショナルスクール", "international school", "internationale Schule", "Internationale Schule",
               "Deutsche Schule", "ドイツ学園", "German School", "ドイツ人学校"]
JP_SCHOOL_NRW = ["日本人学校", "Japanische Internationale Schule", "Japanese International School", "Japanese school",
                 "japanische Schule", "補習校", "補習授業校"]
KAUTION = ["Kaution", "deposit", "敷金", "保証金", "Mietkaution"]
SHIKIKIN = ["敷金", "礼金", "deposit", "key money", "Kaution", "Schlüsselgeld"]
HOSHO = ["保証会社", "保証人", "guarantor", "Bürge", "guarantee company", "Bürgschaft", "保証"]
HAFTPFLICHT = ["Haftpflicht", "liability insurance", "liability", "賠償責任", "個人賠償"]
PENSION_JP = ["厚生年金", "国民年金", "pension", "Rente", "年金", "Rentenversicherung"]
RENTE_DE = ["Rentenversicherung", "Deutsche Rentenversicherung", "pension insurance", "年金", "Rente", "pension"]
KURZ_TOKYO_ONLY = ["116117"]   # NRW marker, wrong in a Tokyo answer
NRW_ONLY_WRONG = ["#7119", "＃7119"]

CASES = [
    # ---------------- company founding / capital / costs / notary / register / tax ----------------
    c("de", N, "company", "wie viel stammkapital brauch ich für ne gmbh in düsseldorf??", "answer",
      [GMBH_CAP, NOTAR + HREG]),
    c("en", N, "company", "min capital for a GmbH in Cologne? and do we have to pay all of it upfront", "answer",
      [GMBH_CAP, HALF]),
    c("ja", N, "company", "Düsseldorfでgmbh作るには資本金いくら必要ですか", "answer", [GMBH_CAP]),
    c("ja", N, "company", "ケルンでドイツ法人つくりたい。公証人って絶対いるの？", "answer", [NOTAR, HREG]),
    c("de", N, "company", "muss ich für die gmbh gründung in essen echt zum notar? geht das auch online", "answer",
      [NOTAR, ["online", "Video", "オンライン"]]),
    c("en", N, "company", "can we do the GmbH notarisation online from Japan or do i have to fly to Bonn", "answer",
      [NOTAR, ["online", "video", "Video", "オンライン"]]),
    c("ja", N, "company", "デュッセルドルフのgmbh設立、公証はオンラインでもできる？現物出資の場合は？", "answer",
      [["オンライン", "online", "ビデオ", "Video"], ["現物出資", "Sacheinlage", "Sachgründung", "contribution in kind", "in kind", "2023"]]),
    c("de", T, "company", "was kostet die gründung einer KK in tokio? registrierungssteuer usw", "answer",
      [KK_TAX, ["Registrierungssteuer", "Registersteuer", "registration tax", "登録免許税", "Eintragungssteuer", "Registrierungs"]]),
    c("en", T, "company", "whats cheaper in tokyo, kk or gk? need the real numbers pls", "answer",
      [KK_TAX, GK_TAX]),
    c("ja", T, "company", "東京で合同会社を作る場合の登録免許税はいくら？", "answer", [GK_TAX]),
    c("en", T, "company", "do we need a notary for a godo kaisha in minato-ku?", "answer",
      [["not required", "no notar", "not need", "don't need", "do not need", "no need", "不要", "nicht nötig", "nicht erforderlich",
        "keine notarielle", "kein Notar", "not necessary", "unnecessary"]]),
    c("de", T, "company", "KK in shibuya: satzung beglaubigen lassen, was kostet der notar da?", "answer",
      [NOTARY_FEE_JP, KOSHO + ["Notariat", "Notaramt"]]),
    c("en", T, "company", "paper articles vs electronic articles in japan, whats the stamp duty difference", "answer",
      [STAMP, ["電子定款", "electronic", "elektronisch", "PDF"]]),
    c("de", T, "company", "mindestkapital für eine kabushiki kaisha??", "answer",
      [["1 Yen", "1 yen", "1円", "¥1", "1 JPY", "ein Yen", "one yen"]]),
    c("ja", T, "company", "品川区で株式会社設立、登記はどこに申請する？", "answer", [HOMUKYOKU]),
    c("en", T, "company", "where do we register the company in tokyo, some kind of bureau?", "answer", [HOMUKYOKU]),
    c("de", T, "company", "gibt es in tokyo eine stelle wo man alle gründungsformalitäten an einem ort machen kann?", "answer",
      [ONESTOP]),
    c("ja", N, "company", "NRWで会社作った後、税務署への届出は？", "answer", [FINANZAMT]),
    c("en", N, "company", "after founding our gmbh in neuss what do we send to the tax office", "answer",
      [FINANZAMT, ["Fragebogen", "questionnaire", "steuerlichen Erfassung", "tax registration", "ELSTER"]]),
    c("de", T, "company", "nach der KK-gründung in chiyoda: was muss ich beim finanzamt / steueramt melden?", "answer",
      [ZEIMUSHO]),
    c("en", N, "company", "do i need to speak german at the notary in düsseldorf? my german is bad lol", "answer",
      [DOLM]),
    c("ja", N, "company", "ドイツの公証人のところ、ドイツ語わからないけど大丈夫？", "answer", [DOLM]),
    c("en", N, "company", "what do i need to found a company in Düsseldorf? just an overview pls", "answer",
      [NOTAR, HREG, FINANZAMT + ["Gewerbe", "trade office", "営業届"]]),
    c("de", N, "company", "UG statt GmbH in Münster – wie wenig kapital geht?", "answer",
      [["1 Euro", "1 €", "1€", "ein Euro", "one euro", "1ユーロ", "€1", "1 EUR"]]),
    c("ja", N, "company", "ドルトムントで子会社（GmbH）つくる場合、資本金の半分だけ先に払えばいい？", "answer", [HALF]),
    c("en", N, "company", "is there a transparency register thing in germany we must file for our gmbh in essen", "answer",
      [["Transparenzregister", "transparency register", "透明性登録"]]),
    c("de", T, "company", "wer ist bei der tokioter stadtregierung zuständig wenn wir als firma aus NRW nach tokyo wollen?", "answer",
      [TMG_OFFICE], ["NRW.Global Business GmbH ist Ihr Ansprechpartner in Tokyo"]),
    c("en", T, "support", "which tokyo govt office handles companies coming from north rhine westphalia?", "answer",
      [TMG_OFFICE]),
    # ---------------- visa / residence ----------------
    c("en", T, "residence", "which visa do i need to open a company in tokyo", "answer",
      [KEIEI, BMV_CAP]),
    c("de", T, "residence", "welches visum brauch ich als geschäftsführer unserer neuen KK in tokio? gelten die neuen regeln?", "answer",
      [KEIEI, BMV_CAP]),
    c("ja", T, "residence", "経営管理ビザ 資本金500万でまだいける？", "answer", [BMV_CAP, OCT2025 + ["改正", "変更"]]),
    c("en", T, "residence", "business manager visa japan – do i have to hire someone now??", "answer",
      [EMPLOYEE, BMV_CAP]),
    c("de", T, "residence", "braucht man für das business manager visum jetzt japanischkenntnisse?", "answer",
      [B2]),
    c("en", T, "residence", "can i use my apartment in setagaya as the office for the business manager visa", "answer",
      [["home", "Wohnung", "自宅", "residence", "住居", "apartment"], KEIEI + ["office", "事務所", "Büro"]]),
    c("ja", N, "residence", "ケルンに駐在する夫の家族ビザ、どこで申請しますか", "answer",
      [["Ausländerbehörde", "外国人局", "immigration office", "Ausländeramt", "foreigners' office", "Foreigners Office", "外国人役所"]]),
    c("en", N, "residence", "residence permit in Düsseldorf for our japanese engineer – which authority?", "answer",
      [["Ausländerbehörde", "foreigners office", "immigration office", "foreigners' authority", "Amt für Migration", "外国人局",
        "Ausländeramt", "Immigration Office"]]),
    c("de", T, "residence", "meine frau kommt mit nach tokyo, welche aufenthaltsstatus bekommt sie?", "answer",
      [["Dependent", "家族滞在", "Familienangehörige", "Familiennachzug", "dependent", "Family"]]),
    c("ja", T, "residence", "在留カードの住所変更っていつまで？港区に引っ越した", "answer", [JP_ADDR_DEADLINE, ZAIRYU + JP_ADDR_PLACE]),
    # ---------------- address registration ----------------
    c("de", T, "daily-life", "Wie melde ich meinen Wohnsitz in Tokyo an?", "answer", [JP_ADDR_DEADLINE, JP_ADDR_PLACE]),
    c("en", T, "daily-life", "just moved to nakano, how many days do i have to register my address", "answer",
      [JP_ADDR_DEADLINE]),
    c("ja", N, "daily-life", "エッセンに引っ越しました。住所登録の期限は？", "answer", [ANM_DEADLINE, ["Bürgeramt", "Bürgerbüro", "住民登録", "Anmeldung", "市役所", "区役所"]]),
    c("en", N, "daily-life", "we moved to Essen last week – what do we have to do for the Anmeldung", "answer",
      [ANM_DEADLINE, WGB]),
    c("de", N, "daily-life", "anmeldung in bochum: reicht der mietvertrag?", "answer", [WGB]),
    c("ja", N, "daily-life", "Düsseldorfに着いたばかり。アンメルドゥングに何持っていけばいい？", "answer", [WGB, ["パスポート", "旅券", "Reisepass", "passport"]]),
    # ---------------- driving licence ----------------
    c("ja", N, "daily-life", "日本の運転免許、ドイツで何ヶ月使える？デュッセルドルフ住み", "answer", [SIX_MONTHS]),
    c("en", N, "daily-life", "japanese licence to german one in krefeld, do i need a driving test", "answer",
      [NO_TEST, SIX_MONTHS + ["Fahrerlaubnisbehörde", "Führerscheinstelle", "licensing office", "運転免許"]]),
    c("de", T, "daily-life", "deutschen führerschein in japan umschreiben lassen – prüfung nötig? wohne in koto", "answer",
      [GAIMEN_EXEMPT, MENKYO_PLACE + ["運転免許試験場", "Führerscheinzentrum", "driver's license center", "licence centre", "Fahrprüfungszentrum"]]),
    c("en", T, "daily-life", "can i convert my german driving license in tokyo? where", "answer",
      [GAIMEN, MENKYO_PLACE]),
    c("ja", T, "daily-life", "ドイツ人の同僚がドイツの免許を日本のに切り替えたい。試験ある？", "answer", [GAIMEN_EXEMPT]),
    # ---------------- insurance / pension ----------------
    c("en", N, "daily-life", "is health insurance mandatory for us in germany, we r posted from osaka to duisburg", "answer",
      [KV_DE, SSA + ["適用証明書", "certificate of coverage", "Entsendebescheinigung", "Bescheinigung"]]),
    c("de", T, "daily-life", "krankenversicherung in japan für entsandte mitarbeiter in tokyo – was gilt?", "answer",
      [KV_JP]),
    c("ja", N, "daily-life", "ドイツに5年出向する場合、年金は日独どっちに払う？", "answer", [SSA, FIVE_Y]),
    c("en", T, "daily-life", "german staff seconded to tokyo for 3 yrs – do they pay into japanese pension too", "answer",
      [SSA, FIVE_Y + ["certificate", "Bescheinigung", "適用証明書"]]),
    c("de", N, "daily-life", "welche versicherungen sollte man in köln privat haben? haftpflicht pflicht?", "answer",
      [HAFTPFLICHT]),
    c("ja", T, "daily-life", "ドイツから来た社員、日本の年金に入る必要ある？", "answer", [PENSION_JP, SSA]),
    # ---------------- healthcare ----------------
    c("en", N, "healthcare", "how do i find a doctor that speaks japanese in düsseldorf", "answer",
      [["Arztsuche", "Kassenärztliche", "KV Nordrhein", "116117", "116 117", "Japanese", "日本語", "japanisch", "Japanese-speaking"]]),
    c("de", T, "healthcare", "hausarzt in tokyo der englisch oder deutsch spricht?", "answer",
      [["ひまわり", "Himawari", "AMDA", "medical information", "医療情報", "Medical Information", "English", "englisch", "英語"]]),
    c("ja", N, "healthcare", "ケルンで妊娠がわかりました。まず何をすればいい？", "answer", [["Frauenarzt", "婦人科", "産婦人科", "gynaecolog", "gynecolog", "Gynäkolog"], MUTTERPASS + HEBAMME]),
    c("en", N, "healthcare", "my wife is pregnant, we live in bonn. midwife? how does it work here", "answer", [HEBAMME, MUTTERPASS + ["Krankenkasse", "health insurance", "Frauenarzt", "gynaecolog", "gynecolog"]]),
    c("de", T, "healthcare", "schwanger in tokio – was ist dieses mutter-kind-heft und wo kriege ich das?", "answer",
      [BOSHI, NINSHIN + JP_ADDR_PLACE]),
    c("en", T, "healthcare", "pregnant in meguro, what do i need to register?", "answer", [BOSHI, NINSHIN + JP_ADDR_PLACE]),
    c("de", N, "healthcare", "abends ist unser kind krank aber kein notfall, wen ruf ich in aachen an", "answer",
      [ADV_NRW], NRW_ONLY_WRONG),
    c("ja", T, "healthcare", "夜中に子どもが熱、救急車呼ぶほどじゃない。世田谷です", "answer", [ADV_CHILD_JP + ADV_TOKYO], ["116117"]),
    c("en", T, "healthcare", "not sure if i need an ambulance, feeling dizzy, tokyo. is there a hotline?", "answer",
      [ADV_TOKYO], ["116117"]),
    # ---------------- schooling / childcare ----------------
    c("en", N, "schooling", "international schools in cologne or bonn? not düsseldorf pls", "answer",
      [["Bonn", "Köln", "Cologne", "ボン", "ケルン"], ["International School", "internationale Schule", "Internationale Schule", "インターナショナルスクール", "international school"]]),
    c("ja", N, "schooling", "デュッセルドルフに日本人学校ありますか？", "answer", [JP_SCHOOL_NRW]),
    c("de", T, "schooling", "gibt es eine deutsche schule in tokio für unsere kinder?", "answer", [INTL_SCHOOL]),
    c("en", T, "schooling", "can my 7yo go to a normal japanese public school in shinagawa? were german", "answer",
      [["public school", "公立", "öffentliche Schule", "小学校", "elementary", "Grundschule"], ["教育委員会", "board of education", "Schulamt", "ward office", "区役所", "Bildungsausschuss"]]),
    c("ja", N, "schooling", "エッセンで1歳の子を保育に預けたい。権利あるの？", "answer", [KITA_AGE, KITA]),
    c("en", N, "schooling", "kita place in düsseldorf how to apply", "answer", [KITA_NAVI]),
    c("de", N, "schooling", "kitaplatz in köln finden – wie läuft das, wir sind japanische familie", "answer",
      [KITA, ["Jugendamt", "Stadt Köln", "youth welfare", "Little Bird", "青少年局", "Kita-Portal", "Online"]]),
    c("en", T, "schooling", "daycare for our 2 year old in minato – how do we apply", "answer",
      [["保育園", "保育所", "nursery", "daycare", "day care", "Kita", "Kinderkrippe", "Krippe"], JP_ADDR_PLACE]),
    c("de", N, "schooling", "ab wann hat ein kind in NRW anspruch auf einen kitaplatz?", "answer", [KITA_AGE]),
    # ---------------- housing ----------------
    c("en", T, "housing", "renting an apartment in tokyo as a foreigner – what are these extra fees", "answer",
      [SHIKIKIN, HOSHO]),
    c("de", T, "housing", "wohnung in tokio mieten: was ist reikin?", "answer",
      [["礼金", "Reikin", "key money", "Schlüsselgeld", "Dankesgeld", "gift"]]),
    c("ja", N, "housing", "デュッセルドルフで部屋探し中。SCHUFAって何？", "answer", [["SCHUFA", "Schufa", "信用"]]),
    c("en", N, "housing", "flat hunting in düsseldorf, how much deposit can the landlord ask", "answer",
      [KAUTION, ["drei", "three", "3 Monat", "3 month", "3か月", "３か月", "3ヶ月", "3カ月", "dreifache", "3 Kaltmieten", "3 x", "3x", "3 net"]]),
    c("ja", N, "housing", "ケルンで住む部屋、Kautionってなに？", "answer", [KAUTION]),
    # ---------------- daily life misc ----------------
    c("en", N, "daily-life", "how much is the deutschlandticket now", "answer", [DTICKET]),
    c("ja", N, "daily-life", "ドイツチケットって今月いくら？デュッセルドルフで通勤", "answer", [DTICKET]),
    c("de", N, "daily-life", "was kostet das d-ticket 2026 in NRW", "answer", [DTICKET], ["58 €", "58 Euro"]),
    # ---------------- trade fairs / events / support / introductions ----------------
    c("ja", N, "support", "NRWで日本企業を支援してくれるところは？", "answer", [NRWJ]),
    c("en", N, "support", "who supports japanese companies in NRW?", "answer", [NRWJ]),
    c("de", N, "support", "gibt es in NRW eine förderstelle speziell für japanische firmen? und in tokio ein büro davon?", "answer",
      [NRWJ]),
    c("de", T, "support", "hilfe bei messen in tokyo für uns als deutscher mittelständler?", "answer", [AHK + JETRO]),
    c("en", T, "support", "trade fair in tokyo – who can help a german sme exhibit", "answer", [AHK, MESSE_TOKYO + JETRO]),
    c("ja", N, "support", "ドイツの見本市に出展したい。NRWの主要な見本市会場は？", "answer", [MESSE_NRW]),
    c("en", N, "support", "biggest trade fair venues in NRW? we're a tokyo sme", "answer", [MESSE_NRW]),
    c("de", T, "support", "gibt es in tokio ein showroom oder ausstellungsflächen für ausländische kmu?", "answer",
      [AHK + JETRO + TMG_OFFICE + ["Showroom", "ショールーム", "展示"]]),
    c("ja", T, "support", "東京でドイツ企業向けの支援機関を教えて", "answer", [AHK + JETRO]),
    c("en", T, "support", "we want to meet tokyo startups and universities – does the tokyo–nrw agreement cover that?", "answer",
      [["startup", "Startup", "スタートアップ", "Start-up", "start-up"], ["universit", "Universität", "大学", "Hochschule"]]),
    c("de", N, "support", "wann wurde die absichtserklärung zwischen tokyo und NRW unterschrieben?", "answer",
      [SIGNED, ["Mai", "May", "5月"]]),
    c("en", N, "support", "is the tokyo nrw memorandum still valid? thought it ended in 2023", "answer",
      [MOU_TERM, ["automatic", "automatisch", "自動", "extended", "verlängert", "延長", "renew"]]),
    c("ja", N, "support", "東京都とNRW州の覚書、NRW側の署名機関は今なんていう名前？", "answer", [MWIKE]),
    c("de", N, "support", "welches ministerium in NRW ist heute partner von tokyo im memorandum?", "answer", [MWIKE]),
    c("en", T, "support", "what does the tokyo nrw memorandum actually offer german smes", "answer",
      [["administrative", "Verwaltung", "行政手続", "procedures", "Behörden"], ["trade fair", "Messe", "見本市", "展示会", "exhibition"]]),
    # ---------------- emergencies ----------------
    c("en", T, "emergency", "HELP car accident in shibuya someone hurt", "emergency", [E119, E110], ["112", "116117"]),
    c("de", N, "emergency", "es brennt in unserer wohnung in köln!!!", "emergency", [E112], ["119", "#7119"]),
    c("ja", N, "emergency", "デュッセルドルフで財布盗まれた、警察は何番？", "emergency", [E110], ["119", "#7119"]),
    c("ja", T, "emergency", "夫が倒れて意識ない！！港区", "emergency", [E119], ["112", "116117"]),
    c("en", N, "emergency", "my son has 40 fever in the middle of the night, we are in Dortmund, what to call", "emergency",
      [E112, ADV_NRW], ["#7119", "#8000"]),
    c("de", T, "emergency", "erdbeben gerade in tokio, was tun, welche nummer", "emergency", [E119 + E110], ["116117"]),
    c("en", None, "emergency", "emergency!!! someone collapsed in the office", "emergency", [E119 + E112]),
    c("ja", T, "emergency", "子供が夜中に39度の熱、江東区。救急車呼ぶべき？", "emergency", [E119, ADV_CHILD_JP + ADV_TOKYO], ["116117"]),
    # ---------------- region-less -> clarify ----------------
    c("en", None, "company", "whats the minimum capital for a company", "clarify-region"),
    c("de", None, "daily-life", "wie lange darf ich mit meinem führerschein fahren?", "clarify-region"),
    c("ja", None, "daily-life", "住所の登録って何日以内？", "clarify-region"),
    c("en", None, "housing", "how do i find an apartment", "clarify-region"),
    c("de", None, "schooling", "wie melde ich mein kind in der schule an", "clarify-region"),
    c("ja", None, "company", "会社設立の費用はいくらくらい？", "clarify-region"),
    c("en", None, "healthcare", "which number for a doctor on the weekend", "clarify-region"),
    # ---------------- smalltalk ----------------
    c("de", None, "smalltalk", "Hallo", "smalltalk"),
    c("ja", None, "smalltalk", "こんにちは〜", "smalltalk"),
    c("en", None, "smalltalk", "hi there 👋", "smalltalk"),
    c("en", None, "smalltalk", "thx a lot!!", "smalltalk"),
    c("de", None, "smalltalk", "danke dir, super hilfreich", "smalltalk"),
    c("ja", None, "smalltalk", "ありがとうございました！", "smalltalk"),
    c("ja", None, "smalltalk", "おはよう", "smalltalk"),
    c("de", None, "smalltalk", "moin, wer bist du eigentlich?", "smalltalk"),
    c("en", None, "smalltalk", "what can you do", "smalltalk"),
    # ---------------- out of scope ----------------
    c("en", None, "out-of-scope", "will it rain in tokyo tomorrow?", "out-of-scope", None, ["116117", "#7119"]),
    c("de", None, "out-of-scope", "wie hat der 1. FC Köln gestern gespielt", "out-of-scope", None, ["Kita", "Anmeldung"]),
    c("ja", None, "out-of-scope", "面白いジョーク言って", "out-of-scope"),
    c("en", None, "out-of-scope", "write me a python script that sorts a list", "out-of-scope", None, ["def "]),
    c("de", None, "out-of-scope", "kannst du meine mathe hausaufgaben machen? 3x+5=20", "out-of-scope", None, ["x = 5", "x=5"]),
    c("ja", None, "out-of-scope", "デュッセルドルフのおすすめラーメン屋は？", "out-of-scope"),
    c("en", None, "out-of-scope", "who will win the bundesliga this year", "out-of-scope"),
    c("de", None, "out-of-scope", "wie wird das wetter am wochenende in düsseldorf", "out-of-scope", None, ["Anmeldung"]),
    # ---------------- handover ----------------
    c("en", T, "handover", "i want to talk to a real person. we're founding a subsidiary in tokio", "handover", [TMG_OFFICE + NRWJ]),
    c("de", N, "handover", "können Sie uns kontakte zu firmen in NRW vermitteln? wir sind ein KMU aus tokyo", "handover", [NRWJ]),
    c("ja", N, "handover", "NRWの担当者と直接話したいです", "handover", [NRWJ]),
    c("de", T, "handover", "ich hätte gern einen ansprechpartner in tokyo, keine bot-antwort bitte", "handover", [TMG_OFFICE + NRWJ]),
    c("en", N, "handover", "can someone introduce us to investors in düsseldorf? pls give me a contact", "handover", [NRWJ]),
    c("ja", T, "handover", "東京都の窓口の人につないでもらえますか？ドイツ企業の進出の件", "handover", [TMG_OFFICE]),
    c("en", T, "handover", "need an intro to tokyo universities for joint research, who do i email", "handover", [TMG_OFFICE + NRWJ]),
    c("de", N, "handover", "bitte verbinden sie mich mit nrw.global business", "handover", [NRWJ]),
    # ---------------- other languages (answer in English with a note) ----------------
    c("zh", N, "company", "在杜塞尔多夫成立GmbH最低注册资本是多少？", "answer", [GMBH_CAP]),
    c("ko", T, "residence", "도쿄에서 회사 설립하려면 어떤 비자가 필요해요?", "answer", [KEIEI, BMV_CAP]),
    c("tr", N, "company", "Köln'de GmbH kurmak için noter gerekli mi?", "answer", [NOTAR]),
    c("es", T, "company", "cuánto cuesta registrar una KK en Tokio?", "answer", [KK_TAX]),
    c("vi", N, "daily-life", "tôi mới chuyển đến Essen, đăng ký địa chỉ trong bao lâu?", "answer", [ANM_DEADLINE]),
    c("pt", N, "emergency", "emergência em Düsseldorf, qual número?", "emergency", [E112], ["119"]),
    c("it", T, "daily-life", "posso convertire la patente tedesca a Tokyo?", "answer", [GAIMEN]),
    c("zh", T, "emergency", "东京 品川区 有人受伤了 救护车电话？", "emergency", [E119], ["112"]),
    c("ko", N, "support", "NRW에서 일본 기업을 지원하는 기관은?", "answer", [NRWJ]),
    c("fr", N, "company", "capital minimum pour une GmbH à Cologne ?", "answer", [GMBH_CAP]),
    c("pl", N, "daily-life", "ile kosztuje deutschlandticket?", "answer", [DTICKET]),
    # ---------------- multi-turn follow-ups ----------------
    c("en", T, "follow-up", ["i want to found a company in tokyo", "and how long does that take?"], "answer",
      [["week", "Woche", "週", "day", "Tag", "日"], HOMUKYOKU + ONESTOP + ["登記", "registration", "Eintragung"]]),
    c("en", N, "follow-up", ["how do i register my address in Düsseldorf?", "do i need an appointment for that?"], "answer",
      [["appointment", "Termin", "予約"], ["Bürgerbüro", "Bürgeramt", "Anmeldung", "registration", "住民登録", "Meldebehörde", "citizens"]],
      ["Hausarzt", "Facharzt", "doctor's appointment"]),
    c("de", N, "follow-up", ["was kostet eine gmbh gründung in köln ungefähr?", "und wie lange dauert das bis zur eintragung?"], "answer",
      [HREG, ["Woche", "week", "Tag", "day", "週", "日"]]),
    c("ja", T, "follow-up", ["東京で株式会社を作りたい", "資本金はいくらから？"], "answer",
      [["1円", "１円", "1 yen", "1 Yen", "¥1"]]),
    c("ja", N, "follow-up", ["Kölnで会社作りたいです", "公証人の費用ってどれくらい？"], "answer",
      [NOTAR, ["€", "ユーロ", "Euro", "EUR", "GNotKG", "費用"]]),
    c("en", T, "follow-up", ["what visa do i need to run our new tokyo subsidiary?", "and my kids, can they come too?"], "answer",
      [["Dependent", "家族滞在", "dependent", "family", "Familie"]]),
    c("de", T, "follow-up", ["wie melde ich mich in setagaya an?", "und was passiert wenn ich die frist verpasse?"], "answer",
      [JP_ADDR_DEADLINE + ["Frist", "deadline", "期限"], ["Bußgeld", "fine", "罰金", "過料", "Geldstrafe", "Strafe", "penalty"]]),
    c("en", N, "follow-up", ["we'll move to bonn in april with a 2 year old", "is there a right to a daycare place?"], "answer",
      [KITA_AGE + ["Rechtsanspruch", "legal right", "entitled", "権利"]], ["#8000"]),
    c("ja", N, "follow-up", ["デュッセルドルフで車を運転したい", "切り替えにはどこに行けばいい？"], "answer",
      [["Führerscheinstelle", "Fahrerlaubnisbehörde", "Straßenverkehrsamt", "運転免許", "免許課", "Bürgerbüro", "交通局"]]),
    c("en", T, "follow-up", ["germans need which visa to manage a KK in tokyo?", "how much capital again?"], "answer", [BMV_CAP]),
    c("de", N, "follow-up", ["wir ziehen nach essen um", "welche versicherung ist pflicht?"], "answer",
      [KV_DE], ["#7119", "国民健康保険"]),
    c("en", N, "follow-up", ["my wife is expecting, we live in Köln", "who pays for the midwife?"], "answer",
      [HEBAMME, ["Krankenkasse", "health insurance", "健康保険", "insurance", "Versicherung"]]),
    c("ja", T, "follow-up", ["東京でドイツ人社員のためのアパート探してます", "保証人がいない場合は？"], "answer", [HOSHO]),
    c("en", N, "follow-up", ["hi", "we're japanese and want to exhibit at a fair in Düsseldorf, who helps?"], "answer",
      [NRWJ + MESSE_NRW]),
    c("de", T, "follow-up", ["hallo!", "wo finde ich in tokio eine notfallnummer für kinder nachts?"], "answer",
      [ADV_CHILD_JP], ["116117"]),
    c("en", N, "follow-up", ["what's the deutschlandticket", "can my company pay part of it?"], "answer",
      [["Jobticket", "job ticket", "employer", "Arbeitgeber", "ジョブチケット", "雇用主"]]),
    c("ja", N, "follow-up", ["Essenに家族で引っ越します", "子どもの学校はどうやって探す？"], "answer",
      [["Schulamt", "Schule", "school", "学校", "Grundschule", "Stadt Essen", "エッセン市"]], ["#8000"]),
    c("en", T, "follow-up", ["thanks for the KK info", "now whats the difference in cost to a GK again"], "answer", [GK_TAX, KK_TAX]),
]
