"""Cases for partnership 1: Tokyo <-> North Rhine-Westphalia (set probe3-tokyo-nrw)."""
from common import make_builder, num, REGQ_TN, LANG_PRIMARY_TN

c = make_builder(LANG_PRIMARY_TN, REGQ_TN)

# ---- keyword groups (facts checked with search, see README) ----
TOKYO_OFFICE = ["産業労働局", "商工部", "Bureau of Industrial and Labor Affairs", "Industrial and Labor Affairs", "Tokyo Metropolitan Government",
                "東京都", "TMG", "Büro für Industrie", "Amt für Industrie", "Metropolregierung", "Präfektur Tokyo", "Stadtregierung"]
NRW_OFFICE = ["NRW.Global Business", "NRW Global Business", "NRW Japan", "NRW.Global"]
NOTARY = ["Notar", "notary", "公証", "notarial"]
REGISTER = ["Handelsregister", "commercial register", "商業登記", "登記", "Registergericht", "register"]
TAXOFF = ["Finanzamt", "tax office", "税務署", "Steuernummer"]
GMBH = num(25000)
HALF = num(12500)
YEN1 = ["1円", "1 yen", "1 Yen", "¥1", "one yen", "1 JPY", "1エン", "ein Yen", "einem Yen"]
REGTAX_KK = num(150000)
REGTAX_GK = num(60000)
NOTFEE15 = num(15000)
NOTFEE30 = num(30000)
BM_VISA = ["経営・管理", "経営管理", "Business Manager", "Business-Manager", "Business Management", "Geschäftsführer-Visum", "Unternehmensleitung", "Investor/Business"]
BM_CAP = num(30000000)
LEGAL_BUREAU = ["法務局", "Legal Affairs Bureau", "Legal Affairs", "Homukyoku", "Rechtsamt", "Justizbüro"]
ANMELDUNG = ["Anmeldung", "Bürgerbüro", "Bürgeramt", "Meldebehörde", "Einwohnermeldeamt", "Bürgerservice", "住民登録", "転入", "registration of address", "register your address", "residence registration"]
TWO_WEEKS = ["2 Wochen", "zwei Wochen", "two weeks", "2 weeks", "14 Tage", "14 days", "14日", "2週間", "二週間", "14 Tagen"]
DAYS14 = ["14日", "14 days", "14 Tage", "14 Tagen", "2週間", "two weeks", "2 weeks", "2 Wochen", "zwei Wochen"]
WARD = ["区役所", "市役所", "ward office", "city office", "city hall", "Bezirksamt", "Rathaus", "区市町村", "municipal", "Stadtverwaltung", "Gemeinde"]
ZAIRYU = ["在留カード", "residence card", "Aufenthaltskarte", "Zairyu"]
HEALTHINS_JP = ["健康保険", "国民健康保険", "health insurance", "Krankenversicherung", "社会保険", "National Health Insurance"]
HEALTHINS_DE = ["Krankenkasse", "Krankenversicherung", "health insurance", "健康保険", "医療保険", "保険"]
KITA = ["Kita", "Kindertagesstätte", "daycare", "day care", "day-care", "保育", "Kindergarten", "幼稚園", "nursery", "Jugendamt", "Tagesmutter", "Kinderbetreuung", "childcare"]
INTL_SCHOOL = ["international school", "internationale Schule", "Internationale Schule", "インターナショナルスクール", "日本人学校", "Japanese school", "japanische Schule", "Ergänzungsschule", "補習校"]
KOELN = ["Köln", "Koeln", "Cologne", "ケルン"]
ESSEN = ["Essen", "エッセン"]
BONN = ["Bonn", "ボン"]
MUTTERPASS = ["Mutterpass", "mother's pass", "maternity record", "maternity pass", "母子手帳", "母子健康手帳", "マタニティパス", "Mutterpaß"]
MIDWIFE = ["Hebamme", "midwife", "助産師", "Frauenarzt", "Frauenärzt", "Gynäkolog", "gynecolog", "gynaecolog", "婦人科", "産婦人科"]
BOSHI = ["母子健康手帳", "母子手帳", "Mother and Child Health Handbook", "Maternal and Child Health Handbook", "Mutter-Kind", "Boshi", "mother-child handbook", "Mutterpass"]
NINSHIN = ["妊娠届", "pregnancy notification", "Schwangerschaftsanzeige", "Schwangerschaftsmeldung", "pregnancy report", "notification of pregnancy", "区役所", "ward office", "市役所", "保健センター", "health center", "Gesundheitszentrum"]
N116 = ["116117", "116 117"]
N7119 = ["#7119", "7119"]
N8000 = ["#8000", "8000"]
CHILD_TOKYO = ["#8000", "#7119", "8000", "7119"]
SIX_MONTHS = ["6 Monate", "sechs Monate", "6 months", "six months", "6か月", "6ヶ月", "6カ月", "半年", "6 Monaten", "sechs Monaten"]
FS_OFFICE = ["Führerscheinstelle", "Straßenverkehrsamt", "Fahrerlaubnisbehörde", "driving licence office", "driver's license office", "driving license office", "運転免許", "Bürgerbüro", "licensing authority"]
JP_LICENCE = ["運転免許センター", "免許センター", "license center", "licence center", "licence centre", "Führerscheinzentrum", "Führerscheinstelle", "外免切替", "外国免許", "切替", "conversion", "Umschreibung", "umschreiben"]
TRANSL = ["JAF", "翻訳", "translation", "Übersetzung"]
ONE_YEAR = ["1年", "one year", "1 year", "ein Jahr", "einem Jahr", "12 Monate", "12 months", "12か月"]
DTICKET = ["Deutschlandticket", "Deutschland-Ticket", "D-Ticket", "ドイツチケット"]
AHK = ["AHK", "Deutsche Industrie- und Handelskammer in Japan", "German Chamber of Commerce", "在日ドイツ商工会議所", "ドイツ商工会議所", "DIHKJ"]
FAIR = ["Messe", "trade fair", "見本市", "展示会", "exhibition", "trade show"]
JETRO = ["JETRO", "ジェトロ", "日本貿易振興機構"]
IHK = ["IHK", "Industrie- und Handelskammer", "商工会議所", "Chamber of Commerce", "Chamber of Industry"]
SIGNED2021 = ["2021"]
MWIKE = ["MWIKE", "Industrie, Klimaschutz und Energie", "経済・産業・気候保護・エネルギー省", "Industry, Climate Action and Energy", "Klimaschutz"]
MWIDE = ["MWIDE", "Innovation, Digitalisierung und Energie", "経済・イノベーション・デジタル化・エネルギー省", "Innovation, Digitalization and Energy", "Innovation, Digitalisation and Energy", "Digitalisierung"]
TERM2023 = ["2023年3月31日", "2023年３月31日", "31. März 2023", "31 March 2023", "March 31, 2023", "31.03.2023", "2023-03-31", "31.3.2023"]
SIXM_NOTICE = SIX_MONTHS
EMERG_JP = [["110"], ["119"]]
EMERG_DE = [["112"], ["110"]]
NOT_DE_EMERG = ["116117", "116 117"]
NOT_JP_EMERG = ["#7119", "#8000", "119番"]
TOKYO_LBL = ["Tokyo", "東京", "Tokio", "トーキョー"]
NRW_LBL = ["NRW", "Nordrhein", "North Rhine", "ノルトライン", "ＮＲＷ"]

CLAR = [TOKYO_LBL, NRW_LBL]


def cases():
    L = []
    a = L.append
    # ===================== small talk =====================
    a(c("de", None, "smalltalk", "hallo 👋", kind="smalltalk", none=REGQ_TN))
    a(c("ja", None, "smalltalk", "こんにちはー", kind="smalltalk", none=REGQ_TN))
    a(c("en", None, "smalltalk", "hey there", kind="smalltalk", none=REGQ_TN))
    a(c("de", None, "smalltalk", "moin moin", kind="smalltalk", none=REGQ_TN))
    a(c("ja", None, "smalltalk", "はじめまして！よろしくです🙇", kind="smalltalk", none=REGQ_TN))
    a(c("en", None, "smalltalk", "gm! who r u", kind="smalltalk", none=REGQ_TN))
    a(c("de", "nrw", "smalltalk", ["wie melde ich mich in bonn an?", "ok super danke dir!!"], kind="smalltalk"))
    a(c("ja", "tokyo", "smalltalk", ["品川区で住民登録ってどこでやる？", "助かりました、ありがとう〜"], kind="smalltalk"))
    a(c("en", None, "smalltalk", "thx a lot 🙏", kind="smalltalk", none=REGQ_TN))
    a(c("de", None, "smalltalk", "guten abend, was kannst du eigentlich?", kind="smalltalk", none=REGQ_TN))
    # ===================== out of scope =====================
    a(c("de", "nrw", "out-of-scope", "regnet es morgen in köln?", kind="out-of-scope", none=["Anmeldung", "Notar"]))
    a(c("en", "nrw", "out-of-scope", "who won the derby schalke vs dortmund last weekend", kind="out-of-scope", none=["Anmeldung", "GmbH"]))
    a(c("ja", "tokyo", "out-of-scope", "明日の東京の天気どう？☔", kind="out-of-scope", none=["住民登録", "法務局"]))
    a(c("en", None, "out-of-scope", "tell me a joke lol", kind="out-of-scope", none=REGQ_TN))
    a(c("de", None, "out-of-scope", "kannst du mir bei den mathe hausaufgaben von meinem sohn helfen? 3x+5=20", kind="out-of-scope", none=REGQ_TN))
    a(c("en", None, "out-of-scope", "write me a python function that sorts a list", kind="out-of-scope", none=REGQ_TN + ["def "]))
    a(c("ja", None, "out-of-scope", "おすすめのラーメン屋教えて🍜", kind="out-of-scope", none=REGQ_TN))
    a(c("de", "nrw", "out-of-scope", ["wie teuer ist das deutschlandticket?", "und welche aktie soll ich kaufen?"], kind="out-of-scope"))
    # ===================== handover =====================
    a(c("en", "tokyo", "handover", "can i talk to a real person? we're setting up a subsidiary in tokio", kind="handover", all_=[TOKYO_OFFICE]))
    a(c("de", "nrw", "handover", "ich hätte gern einen ansprechpartner, wir sind eine japanische firma und wollen nach düsseldorf", kind="handover", all_=[NRW_OFFICE]))
    a(c("ja", "nrw", "handover", "NRWで現地企業を紹介してほしいんですけど、担当者とつないでもらえますか", kind="handover", all_=[NRW_OFFICE]))
    a(c("ja", "tokyo", "handover", "東京都の担当の人と直接話したい", kind="handover", all_=[TOKYO_OFFICE]))
    a(c("de", "tokyo", "handover", "welche stelle der tokioter regierung kontaktiere ich als firma aus nrw?", kind="handover", all_=[TOKYO_OFFICE], none=["NRW.Global Business Japan ist zuständig"]))
    a(c("en", "nrw", "handover", "pls connect me w someone who can intro us to universities in aachen", kind="handover", all_=[NRW_OFFICE]))
    a(c("de", "tokyo", "handover", ["wir sind ein maschinenbauer aus wuppertal", "wer hilft uns in tokyo bei der partnersuche? gibts da nen kontakt"], kind="handover", all_=[TOKYO_OFFICE]))
    a(c("ja", "nrw", "handover", ["デュッセルドルフに子会社作りたい", "だれか日本語で相談できる人いる？"], kind="handover", all_=[NRW_OFFICE]))
    a(c("en", "tokyo", "handover", ["hi", "need intro to investors in tokyo for our startup, who do i contact"], all_=[TOKYO_OFFICE]))
    a(c("ja", "nrw", "support", "NRWで日本企業をサポートしてくれる機関って？", all_=[NRW_OFFICE]))
    # ===================== emergencies =====================
    a(c("de", "tokyo", "emergency", "notfall!! mein kollege ist in shinjuku zusammengebrochen", kind="emergency", all_=[["119"]], none=["112", "116117"]))
    a(c("en", "nrw", "emergency", "car accident on the A3 near leverkusen, someone is hurt", kind="emergency", all_=[["112"]], none=NOT_JP_EMERG))
    a(c("ja", "nrw", "emergency", "エッセンで財布盗まれた！警察何番？", kind="emergency", all_=[["110"]], none=NOT_JP_EMERG))
    a(c("ja", "tokyo", "emergency", "火事です 世田谷のアパート", kind="emergency", all_=[["119"]], none=["112", "116117"]))
    a(c("de", "nrw", "emergency", "mein kind hat 39,8 fieber, es ist 2 uhr nachts, wir wohnen in duisburg", all_=[N116], none=NOT_JP_EMERG))
    a(c("ja", "tokyo", "healthcare", "夜中に子どもが熱出した…港区住み、病院行くべき？", all_=[CHILD_TOKYO], none=NOT_DE_EMERG))
    a(c("en", "tokyo", "healthcare", "my toddler is vomiting at night in meguro, not sure if ambulance needed", all_=[CHILD_TOKYO], none=NOT_DE_EMERG))
    a(c("ja", "nrw", "healthcare", "ケルンで夜に子どもの熱が下がらない、どこに電話すれば", all_=[N116], none=NOT_JP_EMERG))
    a(c("en", None, "emergency", "emergency numbers?", none=[]))
    a(c("de", "nrw", "emergency", ["wir sind gerade nach bochum gezogen", "was ist hier die notrufnummer?"], kind="emergency", all_=[["112"]], none=NOT_JP_EMERG))
    a(c("en", "tokyo", "emergency", ["we live in chiyoda now", "my wife has chest pain, what number do i call"], kind="emergency", all_=[["119"]], none=["112", "116117"]))
    # ===================== other languages =====================
    a(c("zh", "tokyo", "company", "在东京成立株式会社最低资本金是多少？", all_=[YEN1]))
    a(c("zh", "nrw", "company", "想在杜塞尔多夫注册GmbH，需要多少注册资本", all_=[GMBH]))
    a(c("ko", "nrw", "residence", "쾰른으로 이사했는데 주소 등록은 언제까지 해야 해요?", all_=[TWO_WEEKS]))
    a(c("ko", "tokyo", "healthcare", "도쿄에서 밤에 아이가 열이 나면 어디에 전화하나요?", all_=[CHILD_TOKYO]))
    a(c("tr", "nrw", "company", "Köln'de GmbH kurmak için ne kadar sermaye lazım?", all_=[GMBH]))
    a(c("tr", "nrw", "emergency", "Dortmund'da acil durum numarası nedir?", kind="emergency", all_=[["112"]], none=NOT_JP_EMERG))
    a(c("es", "tokyo", "residence", "¿qué visa necesito para abrir una empresa en Tokio?", all_=[BM_VISA]))
    a(c("es", "nrw", "daily-life", "cuánto cuesta el deutschlandticket en 2026?", all_=[["63"]]))
    a(c("vi", "tokyo", "residence", "tôi mới chuyển đến Tokyo, phải đăng ký địa chỉ trong bao nhiêu ngày?", all_=[DAYS14]))
    a(c("vi", "nrw", "healthcare", "con tôi bị sốt ban đêm ở Düsseldorf, gọi số nào?", all_=[N116]))
    a(c("pt", "tokyo", "company", "quanto custa o imposto de registro pra abrir uma KK em Tóquio?", all_=[REGTAX_KK]))
    a(c("pt", "nrw", "daily-life", "preciso trocar minha carteira de motorista japonesa em Essen? qual o prazo", all_=[SIX_MONTHS]))
    a(c("zh", None, "smalltalk", "你好", kind="smalltalk", none=REGQ_TN))
    # ===================== company / founders (single turn) =====================
    a(c("de", "tokyo", "company", "mindestkapital für eine KK in tokyo?", all_=[YEN1]))
    a(c("en", "nrw", "company", "how much capital for a gmbh in nrw", all_=[GMBH]))
    a(c("ja", "nrw", "company", "Kölnで GmbH 作るなら資本金いくら必要？", all_=[GMBH]))
    a(c("ja", "nrw", "company", "デュッセルドルフに会社つくるのに公証人いる？", all_=[NOTARY]))
    a(c("de", "tokyo", "company", "was kostet die gründung einer GK in japan? tokyo", all_=[REGTAX_GK]))
    a(c("en", "tokyo", "company", "registration tax for a kabushiki kaisha in tokyo, minimum?", all_=[REGTAX_KK]))
    a(c("de", "nrw", "company", "muss ich beim notar in essen deutsch sprechen?", all_=[NOTARY, ["Dolmetscher", "interpreter", "通訳", "Übersetzer", "translator"]]))
    a(c("en", "nrw", "company", "can we set up the gmbh online in dortmund w/o going to the notary in person", all_=[["online", "Video", "video", "オンライン"]]))
    a(c("ja", "nrw", "company", "ボンでUG作ったら資本金1ユーロでもいいってほんと？", all_=[["1 Euro", "1 euro", "1ユーロ", "1€", "1 €", "€1", "1 EUR"]]))
    a(c("de", "tokyo", "company", "notargebühr satzung KK tokyo, 1 gründer (privatperson), 500.000 yen kapital, kein board", all_=[NOTFEE15]))
    a(c("en", "tokyo", "company", "our german parent company founds a KK in tokyo, what's the notary fee for the articles", all_=[NOTFEE30 + ["30,000", "30.000"]], none=["only 15,000", "nur 15.000"]))
    a(c("ja", "tokyo", "residence", "東京で起業するドイツ人、どのビザ？", all_=[BM_VISA]))
    a(c("en", "tokyo", "residence", "business manager visa tokyo how much capital now", all_=[BM_CAP]))
    a(c("de", "tokyo", "residence", "kann ich meine wohnung in tokyo als büro für das business manager visum nehmen?", all_=[["grundsätzlich nicht", "nicht mehr", "not accepted", "no longer", "原則", "認められ", "separate", "eigenes Büro", "getrennt", "事業所"]]))
    a(c("ja", "nrw", "company", "NRWで会社作ったあと税務署みたいなとこに届出いる？", all_=[TAXOFF]))
    a(c("de", "nrw", "company", "gewerbeanmeldung in gelsenkirchen, wo mach ich das", all_=[["Gewerbeamt", "Gewerbeanmeldung", "Ordnungsamt", "Bürgerbüro", "Stadt Gelsenkirchen", "Gewerbe"]]))
    a(c("en", "nrw", "company", "is ihk membership mandatory for our gmbh in köln?", all_=[IHK, ["law", "Gesetz", "IHKG", "automatic", "automatisch", "法律", "gesetzlich", "statutory"]]))
    a(c("ja", "tokyo", "support", "東京の見本市に出たいドイツの会社、どこに相談？", all_=[AHK + TOKYO_OFFICE]))
    a(c("de", "tokyo", "support", "messe in tokyo, wer hilft uns als KMU aus NRW?", all_=[AHK]))
    a(c("en", "nrw", "support", "trade fairs in nrw for japanese medtech smes?", all_=[FAIR, ["Düsseldorf", "Köln", "Cologne", "Essen", "Dortmund", "MEDICA"]]))
    a(c("ja", "nrw", "support", "ノルトライン=ヴェストファーレン州で大学との共同研究先さがしたい", all_=[NRW_OFFICE]))
    a(c("de", "nrw", "support", "wer hat das memorandum tokyo-nrw unterschrieben und wann?", all_=[SIGNED2021, MWIDE + MWIKE]))
    a(c("en", "tokyo", "support", "is the tokyo nrw memorandum still valid? when does it end?", all_=[TERM2023 + ["automatic", "automatisch", "自動", "extended", "verlängert", "延長"]]))
    a(c("ja", "nrw", "support", "NRWの経済省って今は名前変わった？", all_=[MWIKE]))
    a(c("en", "nrw", "company", "what do i need to found a company in düsseldorf? overview pls", all_=[NOTARY, REGISTER, TAXOFF]))
    a(c("ja", "tokyo", "company", "東京で株式会社設立の流れざっくり教えて", all_=[["定款"], LEGAL_BUREAU + ["登記"]]))
    a(c("de", None, "company", "wie viel stammkapital brauche ich?", kind="clarify-region", all_=CLAR))
    a(c("en", None, "company", "what does it cost to register a company", kind="clarify-region", all_=CLAR))
    a(c("ja", None, "company", "会社設立の費用はいくら？", kind="clarify-region", all_=CLAR))
    a(c("de", None, "residence", "welches visum brauche ich?", kind="clarify-region", all_=CLAR))
    # ===================== daily life / families single =====================
    a(c("de", "tokyo", "residence", "wie melde ich meinen wohnsitz in tokyo an?", language=["de"], all_=[WARD, DAYS14]))
    a(c("en", "nrw", "residence", "we moved to essen last week, what do we have to do first", all_=[ANMELDUNG], none=[]))
    a(c("ja", "nrw", "residence", "Düsseldorfに引っ越した！住所の登録って何日以内？", all_=[TWO_WEEKS]))
    a(c("ja", "nrw", "schooling", "エッセンで日本人の子が通える学校ある？", all_=[INTL_SCHOOL]))
    a(c("de", "nrw", "schooling", "kita platz in köln finden, wie geht das für neu zugezogene?", all_=[KITA, KOELN]))
    a(c("en", "nrw", "schooling", "international schools near bonn for my 2 kids?", all_=[INTL_SCHOOL]))
    a(c("de", "tokyo", "schooling", "meine tochter ist 7, kann sie in tokyo auf eine öffentliche japanische schule?", all_=[["教育委員会", "board of education", "Schulamt", "Bildungsausschuss", "区役所", "ward office", "Bezirksamt", "Bildungsbehörde", "Erziehungsausschuss"]]))
    a(c("ja", "nrw", "healthcare", "ドイツ(ボン)で妊娠わかった、まず何する？", all_=[MIDWIFE, MUTTERPASS]))
    a(c("en", "tokyo", "healthcare", "wife is pregnant, we live in setagaya, what paperwork", all_=[BOSHI, NINSHIN]))
    a(c("de", "tokyo", "healthcare", "schwanger in tokyo (shibuya), wo bekomme ich das mutter-kind-heft?", all_=[BOSHI, WARD + ["保健センター", "health center", "Gesundheitszentrum"]]))
    a(c("ja", "nrw", "healthcare", "NRWで助産師さんってどうやって探す？", all_=[MIDWIFE]))
    a(c("en", "nrw", "daily-life", "how much is the deutschlandticket rn", all_=[["63"], DTICKET]))
    a(c("ja", "nrw", "daily-life", "日本の免許でドイツ(ドルトムント)どれくらい運転できる？", all_=[SIX_MONTHS]))
    a(c("de", "tokyo", "daily-life", "darf ich mit meinem deutschen führerschein in tokyo fahren?", all_=[TRANSL, ONE_YEAR]))
    a(c("en", "tokyo", "daily-life", "convert german driving licence to japanese one in tokyo where", all_=[JP_LICENCE]))
    a(c("ja", "nrw", "daily-life", "ドイツの健康保険って家族も入れる？デュッセルドルフ", all_=[HEALTHINS_DE]))
    a(c("de", "tokyo", "healthcare", "krankenversicherung in japan für expats, wie läuft das", all_=[HEALTHINS_JP]))
    a(c("en", "nrw", "housing", "apartment hunting in cologne, what's a schufa and do i need it", all_=[["SCHUFA", "Schufa", "シューファ"]]))
    a(c("ja", "tokyo", "housing", "東京で外国人が部屋借りるとき保証人いる？", all_=[["保証", "guarantor", "Bürge", "保証会社"]]))
    a(c("de", "nrw", "residence", "wir kommen aus japan und ziehen nach münster, wo beantragt man den aufenthaltstitel", all_=[["Ausländerbehörde", "Ausländeramt", "immigration office", "foreigners' office", "外国人局", "Immigration", "Aufenthaltstitel", "Einwanderung"]]))
    a(c("en", None, "daily-life", "how do i register my address?", kind="clarify-region", all_=CLAR))
    a(c("ja", None, "healthcare", "夜に子どもが熱、どこに電話？", kind="clarify-region", all_=CLAR))
    a(c("de", None, "schooling", "gibt es internationale schulen?", kind="clarify-region", all_=CLAR))
    # ===================== multi-turn conversations (2-4 turns) =====================
    a(c("en", "nrw", "follow-up", ["how do i register my address in düsseldorf", "do i need an appointment for that?"], all_=[["appointment", "Termin", "予約", "online"]], none=["Arzt", "doctor", "Hausarzt"]))
    a(c("en", "tokyo", "follow-up", ["i want to found a company in tokyo", "and how long does that take?"], all_=[["week", "Woche", "週間", "days", "Tage", "日"]], none=["working hours", "Arbeitszeit"]))
    a(c("de", "nrw", "follow-up", ["ich will in düsseldorf eine gmbh gründen", "und was kostet der notar ungefähr?", "und wie lange dauert die eintragung?"], all_=[REGISTER + ["Eintragung"], ["Woche", "Tage", "week", "days"]]))
    a(c("ja", "tokyo", "follow-up", ["東京で株式会社作りたい", "資本金はいくらから？", "登録免許税は？"], all_=[REGTAX_KK]))
    a(c("ja", "tokyo", "follow-up", ["東京で株式会社作りたい", "定款認証って費用いくら？ 発起人は私ひとり、資本金50万、取締役会なし"], all_=[NOTFEE15]))
    a(c("de", "tokyo", "follow-up", ["wir wollen eine tochter in tokyo gründen, KK oder GK?", "und was kostet die GK bei der registrierung?"], all_=[REGTAX_GK]))
    a(c("en", "nrw", "follow-up", ["what's the minimum capital for a gmbh in cologne?", "and how much has to be paid in at founding?"], all_=[HALF + ["half", "Hälfte", "半分", "50 %", "50%"]]))
    a(c("en", "nrw", "follow-up", ["what's the minimum capital for a gmbh in nrw", "and in bonn? same?"], all_=[GMBH]))
    a(c("de", "nrw", "follow-up", ["wie melde ich mich in düsseldorf an", "und in köln?"], all_=[ANMELDUNG, KOELN]))
    a(c("ja", "nrw", "follow-up", ["デュッセルドルフで住民登録したい", "何を持っていけばいい？"], all_=[["パスポート", "passport", "Reisepass", "Pass"], ["Wohnungsgeberbestätigung", "入居証明", "大家", "landlord", "Vermieter", "Wohnungsgeber"]]))
    a(c("en", "nrw", "follow-up", ["we're moving to essen in april w 2 kids", "what about kindergarten there?"], all_=[KITA, ESSEN]))
    a(c("en", "nrw", "follow-up", ["we're moving to essen in april w 2 kids", "register address first?", "ok and health insurance for the kids?"], all_=[HEALTHINS_DE]))
    a(c("de", "tokyo", "follow-up", ["ich ziehe nach minato-ku für die arbeit", "muss ich mich da anmelden?", "bis wann?"], all_=[DAYS14]))
    a(c("de", "tokyo", "follow-up", ["ich ziehe nach minato-ku für die arbeit", "und meine frau? die kommt später nach"], all_=[WARD + ["Familie", "family", "家族", "Family"], ["在留", "Visum", "visa", "Aufenthalt", "Dependent", "家族滞在", "residence"]]))
    a(c("ja", "nrw", "follow-up", ["ケルンに赴任します", "妻も一緒に行く場合、ビザは？"], all_=[["Ausländerbehörde", "外国人局", "滞在許可", "Aufenthaltstitel", "Familiennachzug", "家族", "residence permit"]]))
    a(c("en", "tokyo", "follow-up", ["my wife is pregnant, we live in nerima", "where do we get the mother child handbook?", "and the checkups cost anything?"], all_=[["受診票", "voucher", "ticket", "subsid", "public", "補助", "助成", "Gutschein", "kostenlos", "free"]]))
    a(c("de", "nrw", "follow-up", ["meine frau ist schwanger, wir wohnen in bonn", "was ist dieser mutterpass?", "und wo finden wir eine hebamme?"], all_=[MIDWIFE]))
    a(c("ja", "nrw", "follow-up", ["デュッセルドルフで出産予定", "母子手帳みたいなのある？"], all_=[MUTTERPASS]))
    a(c("en", "nrw", "follow-up", ["kid has high fever at night, we're in düsseldorf", "where is the nearest on-call practice?", "and if it gets worse?"], all_=[["112"]], none=NOT_JP_EMERG))
    a(c("de", "tokyo", "follow-up", ["kind hat nachts fieber, wir sind in tokyo", "spricht die hotline englisch?"], all_=[CHILD_TOKYO + ["ひまわり", "Himawari", "AMDA"]], none=NOT_DE_EMERG))
    a(c("ja", "nrw", "follow-up", ["ドルトムントで子どもが夜中に発作！", "救急車は何番？"], kind="emergency", all_=[["112"]], none=NOT_JP_EMERG))
    a(c("en", "tokyo", "follow-up", ["which visa do i need to open a company in tokyo", "how much capital for that now", "and do i need employees?"], all_=[["1", "one", "eine", "einen", "1名", "1人"], ["full-time", "常勤", "Vollzeit", "full time"]]))
    a(c("de", "tokyo", "follow-up", ["welches visum für gründung in tokyo", "was hat sich im oktober 2025 geändert?"], all_=[BM_CAP]))
    a(c("ja", "tokyo", "follow-up", ["経営管理ビザの要件知りたい", "日本語能力もいるの？"], all_=[["B2", "N2"]]))
    a(c("en", "nrw", "follow-up", ["we're a japanese sme, want to enter nrw", "who can help us with the admin stuff?", "and what's next after the gmbh is registered?"], all_=[TAXOFF + ["Gewerbe", "trade office", "IHK"]]))
    a(c("ja", "nrw", "follow-up", ["NRWで会社を設立したい", "登記の後は？", "従業員雇うときは何が必要？"], all_=[["社会保険", "Sozialversicherung", "social insurance", "Krankenkasse", "Betriebsnummer", "Agentur für Arbeit", "雇用"]]))
    a(c("de", "tokyo", "follow-up", ["gmbh gründen in köln", "ach nee, doch lieber eine KK in tokyo, wie viel kapital?"], all_=[YEN1], none=["25.000 €", "25.000 Euro"]))
    a(c("en", "tokyo", "follow-up", ["min capital for a KK?", "tokyo"], all_=[YEN1]))
    a(c("de", "nrw", "follow-up", ["was kostet die anmeldung einer gmbh?", "in nrw, duisburg"], all_=[NOTARY, REGISTER]))
    a(c("ja", "nrw", "follow-up", ["会社の資本金っていくら必要？", "NRWで"], all_=[GMBH]))
    a(c("en", "nrw", "follow-up", ["hi!", "we just moved to wuppertal with our baby", "where can we find a pediatrician?"], all_=[["Kinderarzt", "pediatrician", "paediatrician", "小児科", "Kinder- und Jugendarzt", "116117", "Arztsuche"]]))
    a(c("ja", "tokyo", "follow-up", ["こんにちは", "杉並に引っ越してきたドイツ人家族です", "子どもの保育園ってどう申し込む？"], all_=[["保育", "daycare", "Kita", "nursery"], WARD]))
    a(c("de", "nrw", "follow-up", ["danke für die infos zur anmeldung in essen", "und wo mache ich meinen japanischen führerschein zur deutschen?"], all_=[FS_OFFICE]))
    a(c("de", "nrw", "follow-up", ["führerschein umschreiben in essen", "wie lange darf ich bis dahin mit dem japanischen fahren?"], all_=[SIX_MONTHS]))
    a(c("en", "tokyo", "follow-up", ["german licence in tokyo ok?", "where do i get the translation?", "and after one year?"], all_=[JP_LICENCE]))
    a(c("ja", "nrw", "follow-up", ["ケルンで電車乗り放題のチケットある？", "いくら？"], all_=[["63"]], none=["58 €", "58€", "58ユーロ", "49ユーロ"]))
    a(c("en", "tokyo", "follow-up", ["we want to exhibit at a trade fair in tokyo", "who can help? we're from nrw", "ok can you connect us?"], kind="handover", all_=[AHK + TOKYO_OFFICE]))
    a(c("de", "nrw", "follow-up", ["wer unterstützt japanische firmen in nrw?", "gibts die auch in japan vor ort?"], all_=[["NRW Japan", "NRW.Global Business Japan", "Tokyo", "東京", "Tokio"]]))
    a(c("ja", "tokyo", "follow-up", ["東京で外国人が会社作るときの窓口は？", "電話番号は？"], all_=[TOKYO_OFFICE + ["03-", "+81"]]))
    a(c("en", "nrw", "follow-up", ["how to find an apartment in düsseldorf", "what documents do landlords want?"], all_=[["SCHUFA", "Schufa", "income", "Gehalt", "salary", "Einkommen", "pay slip", "Gehaltsnachweis"]]))
    a(c("de", "tokyo", "follow-up", ["wohnung in tokyo suchen", "was kostet das so an einmalgebühren?"], all_=[["礼金", "敷金", "key money", "Schlüsselgeld", "deposit", "Kaution", "reikin", "shikikin"]]))
    a(c("en", "nrw", "follow-up", ["how do i register my address in düsseldorf", "thanks! and whats the weather like there in winter?"], kind="out-of-scope"))
    a(c("ja", "tokyo", "follow-up", ["東京で会社設立したい", "ありがとう！"], kind="smalltalk"))
    a(c("de", "nrw", "follow-up", ["mein kollege hatte einen unfall in köln", "er blutet stark"], kind="emergency", all_=[["112"]], none=NOT_JP_EMERG))
    a(c("en", None, "follow-up", ["what do i need to set up a company?", "tokyo, kk"], all_=[["定款", "articles", "Satzung", "articles of incorporation"], LEGAL_BUREAU + ["登記", "registration"]]))
    a(c("ja", "nrw", "follow-up", ["ドイツで会社設立", "ケルンです", "公証人の言語はドイツ語だけ？"], all_=[NOTARY, ["通訳", "interpreter", "Dolmetscher", "翻訳"]]))
    a(c("de", "tokyo", "follow-up", ["wir wollen ein büro in tokyo", "gibt es hilfe von der stadt?", "wo genau?"], all_=[TOKYO_OFFICE]))
    a(c("de", "nrw", "follow-up", ["hallo", "wir ziehen mit 2 kindern nach köln", "anmeldung bis wann?", "und kita?"], all_=[KITA, KOELN]))
    a(c("en", "tokyo", "follow-up", ["hi", "starting a KK in tokyo, german parent company is the shareholder", "min capital?", "and notary fee for the articles then?"], all_=[NOTFEE30 + ["30,000", "30.000"]], none=["only 15,000", "nur 15.000"]))
    return L
