from common import *

R = REGQ_TN
NOT_NRW_EMERG = R + ["116117", "116 117"]
NOT_TOKYO_EMERG = R + ["#7119", "#8000"]


def cases():
    L = []
    a = L.append
    # ================= company: founding, capital, cost, duration (single turn) =================
    a(c("de", "nrw", "company", "answer", "wie viel stammkapital brauch ich für ne gmbh in düsseldorf??",
        [EUR_25000, EUR_12500], R + ["IHK Stuttgart"]))
    a(c("en", "tokyo", "company", "answer", "min capital for a kabushiki kaisha in tokyo? heard its 1 yen lol",
        [YEN_1], R))
    a(c("ja", "nrw", "company", "answer", "ケルンでGmbH作るとき資本金っていくら要るんですか",
        [EUR_25000], R))
    a(c("de", "tokyo", "company", "answer", "was kostet die gründung einer KK in tokio an gebühren? registersteuer usw",
        [YEN_150K, ["Notar", "公証", "notary", "Satzung", "定款", "articles"]], R))
    a(c("en", "tokyo", "company", "answer", "GK vs KK in tokyo - whats the minimum registration tax for each?",
        [YEN_60K, YEN_150K], R))
    a(c("ja", "tokyo", "company", "answer", "渋谷区で株式会社つくる予定。定款認証の手数料は今いくら？資本金90万で発起人は自分1人、取締役会なし",
        [YEN_15K], R))
    a(c("en", "tokyo", "company", "answer", "our german parent company will be the sole shareholder of a new KK in minato. notary fee for the articles?",
        [YEN_30K + YEN_40K + ["50,000", "5万", "50.000"]], R + ["only 15,000", "nur 15.000"]))
    a(c("de", "nrw", "company", "answer", "brauch ich für die gmbh gründung in essen zwingend einen notar?",
        [NOTARY, ["Gesellschaftsvertrag", "beurkund", "Beurkundung", "notariell"]], R))
    a(c("de", "nrw", "company", "answer", "kann ich die GmbH in Bonn auch online per video beim notar gründen? wir machen sacheinlage",
        [["online", "Video"], ["Sacheinlage", "Sachgründung", "2023"]], R))
    a(c("en", "nrw", "company", "answer", "do i have to speak german at the notary in duesseldorf?? my german is basically zero",
        [NOTARY, ["interpreter", "Dolmetscher", "translat", "Übersetz", "German", "deutsch"]], R))
    a(c("ja", "nrw", "company", "answer", "デュッセルドルフで会社登記（Handelsregister）って何日くらいかかる？",
        [HREG, NOTARY], R))
    a(c("en", "nrw", "company", "answer", "what do i need to set up a company in dusseldorf? just the big picture pls",
        [["GmbH", "UG"], NOTARY, HREG, ["Gewerbe", "trade", "tax office", "Finanzamt"]], R))
    a(c("de", "nrw", "company", "answer", "gewerbeanmeldung für unsere neue gmbh in dortmund, wo mach ich das?",
        [["Gewerbeamt", "Gewerbe", "Ordnungsamt", "Gewerbemeldestelle"]], R))
    a(c("ja", "nrw", "company", "answer", "ドイツで法人作ったあと税務署(Finanzamt)への届け出って何が要る？ケルンです",
        [["Finanzamt", "税務署"], ["Fragebogen zur steuerlichen Erfassung", "税務登録", "ELSTER", "steuerlichen Erfassung", "届"]], R))
    a(c("ja", "tokyo", "company", "answer", "会社設立したあと税務署に出す書類と期限おしえて（港区）",
        [["法人設立届出書"], ["2か月", "2ヶ月", "2カ月", "二か月", "2 months"]], R))
    a(c("en", "tokyo", "company", "answer", "is there a one-stop place in tokyo where i can do registration tax pension stuff for a new company in english",
        [["One-Stop", "ワンストップ", "One Stop", "onestop"]], R))
    a(c("de", "tokyo", "company", "answer", "elektronische satzung vs papier bei KK in tokio, spart man da was?",
        [YEN_40K, ["Stempel", "Stempelsteuer", "収入印紙", "印紙", "stamp"]], R))
    a(c("en", "tokyo", "company", "answer", "does a GK in tokyo need its articles notarised?",
        [["no", "not required", "nicht", "不要", "don't", "does not"]], R))
    a(c("ja", "nrw", "company", "answer", "NRWで支店（Zweigniederlassung）出すのと子会社GmbH作るのどっちがいいの",
        [["Zweigniederlassung", "支店", "branch"], ["GmbH", "子会社", "subsidiary"], HREG], R))
    a(c("de", "nrw", "company", "answer", "ist man mit ner gmbh in köln automatisch mitglied in der ihk?",
        [["IHK"], ["Gesetz", "IHKG", "gesetzlich", "Pflichtmitglied", "automatisch", "law"]], R + ["IHK Stuttgart"]))
    # ================= residence / visas =================
    a(c("en", "tokyo", "residence", "answer", "which visa do i need to open a company in tokyo myself?",
        [["Business Manager", "経営・管理", "Business/Manager", "Manager"], YEN_30M], R))
    a(c("de", "tokyo", "residence", "answer", "business manager visum japan: was hat sich im okt 2025 geändert?",
        [YEN_30M, FULLTIME_1, B2], R))
    a(c("ja", "tokyo", "residence", "answer", "経営管理ビザ、自宅兼事務所ってまだOK？品川区でやろうと思ってる",
        [["事務所", "office"], ["自宅", "住居", "home"]], R))
    a(c("ja", "nrw", "residence", "answer", "ドイツ赴任、滞在許可はどこで申請？エッセン市に住む予定",
        [["Ausländerbehörde", "外国人局", "Ausländeramt", "Einwanderungsbehörde", "移民局"], ["Aufenthalt", "滞在許可", "residence permit"]], R))
    a(c("en", "nrw", "residence", "answer", "japanese citizen, moving to bochum for work in 2 months, do i need a visa before i fly?",
        [["Aufenthaltstitel", "residence permit", "Ausländerbehörde", "immigration office"]], R))
    a(c("de", "tokyo", "residence", "answer", "mein mann kommt mit nach tokio, darf er dort mit dem familienvisum arbeiten?",
        [["Dependent", "家族滞在", "Familien"], ["28", "資格外活動", "permission", "Erlaubnis"]], R))
    # ================= address registration =================
    a(c("de", "tokyo", "daily-life", "answer", "Wie melde ich meinen Wohnsitz in Tokyo an?",
        [["転入届", "Zuzugsmeldung", "Einwohnermeldung", "Meldung", "Bezirksamt", "区役所", "Ward Office", "ward office"], DAYS14, ["在留カード", "Residence Card", "Aufenthaltskarte", "residence card"]],
        R, language=["de"]))
    a(c("en", "nrw", "daily-life", "answer", "we moved to essen last week, how do we register our address",
        [["Anmeldung", "register"], TWO_WEEKS, ["Wohnungsgeberbestätigung", "landlord"]], R))
    a(c("ja", "nrw", "daily-life", "answer", "Düsseldorfに引っ越したけど住民登録って何日以内？",
        [TWO_WEEKS, ["Wohnungsgeberbestätigung", "住居提供者", "大家", "家主"]], R))
    a(c("ja", "tokyo", "daily-life", "answer", "世田谷に引越し。在留カードの住所変更はどこで？入管？",
        [["区役所", "区の窓口", "市区町村", "世田谷区"], DAYS14], R))
    a(c("en", "tokyo", "daily-life", "answer", "i moved from shinjuku to meguro, what do i file and where",
        [["転出", "moving-out", "move-out"], ["転入", "moving-in", "move-in"], DAYS14], R))
    # ================= healthcare / insurance =================
    a(c("en", "tokyo", "healthcare", "answer", "health insurance in tokyo when i'm self employed?",
        [["National Health Insurance", "国民健康保険", "NHI", "kokumin"]], R))
    a(c("de", "nrw", "healthcare", "answer", "krankenversicherung pflicht in deutschland auch für japanische mitarbeiter in krefeld?",
        [["Krankenversicherung", "Krankenkasse"], ["Pflicht", "verpflichtend", "muss", "obligatory"]], R))
    a(c("ja", "nrw", "healthcare", "answer", "ケルンで日本語通じるお医者さん探したい",
        [["日本語", "Japanisch"], ["医", "Arzt", "Praxis", "クリニック"]], R))
    a(c("ja", "nrw", "healthcare", "answer", "妻が妊娠しました。ドイツ（ボン）での妊婦健診ってどうなってる？",
        [["Mutterpass", "母子手帳", "マザーパス"], ["Hebamme", "助産師"]], R))
    a(c("en", "tokyo", "healthcare", "answer", "pregnant, living in chiyoda. what do i have to do first",
        [["母子健康手帳", "Maternal and Child Health Handbook", "Mother and Child", "母子手帳", "boshi"], ["妊娠届", "pregnancy notification", "notify", "notification of pregnancy"]], R))
    a(c("de", "tokyo", "healthcare", "answer", "gibt es in tokyo ne nummer wenn man nicht weiß ob man nen krankenwagen braucht",
        [TOKYO_ADVICE], R + ["116117"]))
    # ================= schooling / childcare =================
    a(c("ja", "nrw", "schooling", "answer", "デュッセルドルフの日本人学校って何年生まで？",
        [["日本人学校", "Japanische Internationale Schule", "JISD"], ["9", "中学", "中3"]], R))
    a(c("en", "tokyo", "schooling", "answer", "german school in tokyo area for my 8yo?",
        [["Deutsche Schule Tokyo Yokohama", "DSTY", "German School Tokyo Yokohama", "German School of Tokyo Yokohama"]], R))
    a(c("de", "nrw", "schooling", "answer", "kita platz in köln für 2jährige, wie bewerb ich mich",
        [["Kita", "Kindertagesstätte"], ["Little Bird", "Kita-Navigator", "Jugendamt", "Anmeldung", "Vormerk"]], R))
    a(c("ja", "nrw", "schooling", "answer", "エッセンに住むんだけど日本語の幼稚園とか補習校ある？",
        [["補習", "日本語", "Japanisch"], ["Essen", "エッセン", "Düsseldorf", "デュッセルドルフ"]], R))
    a(c("en", "nrw", "schooling", "answer", "international schools near bonn?",
        [["International School", "internationale Schule"], ["Bonn", "Bad Godesberg", "Köln", "Cologne"]], R))
    a(c("de", "tokyo", "schooling", "answer", "Schulpflicht in Japan für ausländische kinder? wir ziehen nach nerima",
        [["Schulpflicht", "義務"], ["ausländ", "外国籍", "foreign", "nicht", "keine"]], R))
    # ================= housing =================
    a(c("en", "tokyo", "housing", "answer", "what is key money when renting in tokyo, do i really have to pay it",
        [["礼金", "key money", "reikin"], ["敷金", "deposit", "shikikin"]], R))
    a(c("de", "nrw", "housing", "answer", "wie hoch darf die kaution bei ner mietwohnung in düsseldorf sein?",
        [["Kaution", "Mietsicherheit"], ["3", "drei"], ["Nettokaltmiete", "Kaltmiete", "Monatsmiete"]], R))
    a(c("ja", "nrw", "housing", "answer", "ドイツの賃貸でSCHUFAって何？ケルン",
        [["SCHUFA", "シューファ"], ["信用", "credit", "Bonität"]], R))
    a(c("en", "tokyo", "housing", "answer", "do i need a guarantor to rent an apartment in setagaya as a foreigner",
        [["guarantor", "保証人", "保証会社", "guarantee company"]], R))
    # ================= driving licence / transport / insurance =================
    a(c("de", "tokyo", "daily-life", "answer", "deutschen führerschein in tokyo umschreiben lassen, wo und was brauche ich",
        [["府中", "鮫洲", "江東", "Fuchu", "Samezu", "Koto", "Führerscheinzentrum"], ["Übersetzung", "翻訳", "JAF", "translation"]], R))
    a(c("en", "tokyo", "daily-life", "answer", "can i just drive in tokyo with my german licence for a while?",
        [["translation", "翻訳", "Übersetzung", "JAF"], ONE_YEAR], R + ["international driving permit is enough"]))
    a(c("ja", "nrw", "daily-life", "answer", "日本の免許でドイツ（ドルトムント）でいつまで運転できる？",
        [MONTHS_6, ["書き換え", "切り替え", "切替", "Umschreibung", "umschreib"]], R))
    a(c("de", "nrw", "daily-life", "answer", "was kostet das deutschlandticket gerade?",
        [EUR_63], R + ["58 €", "58 Euro", "49 Euro"]))
    a(c("en", "nrw", "daily-life", "answer", "is liability insurance (haftpflicht) a must in germany? we live in neuss",
        [["Haftpflicht", "liability"]], R))
    a(c("ja", "tokyo", "daily-life", "answer", "東京で自転車保険って入らないとダメ？",
        [["自転車", "bicycle"], ["義務", "努力義務", "mandatory", "条例", "required"]], R))
    # ================= support organisations / trade fairs / introductions =================
    a(c("en", "nrw", "support", "answer", "who supports japanese companies that want to set up in NRW",
        [NRW_OFFICE], R))
    a(c("ja", "nrw", "support", "answer", "NRW進出したい日本の中小企業向けの支援機関どこ？東京に窓口ある？",
        [["NRW Japan", "NRWジャパン", "NRW.Global Business", "NRW.Global"]], R))
    a(c("de", "tokyo", "support", "answer", "messeteilnahme in tokio, wer hilft deutschen KMU dabei?",
        [["AHK Japan", "Deutsche Industrie- und Handelskammer in Japan", "German Chamber of Commerce and Industry in Japan", "AHK"], ["Big Sight", "Messe", "Makuhari"]], R))
    a(c("en", "tokyo", "support", "answer", "biggest exhibition venue in tokyo for b2b trade fairs?",
        [["Big Sight", "ビッグサイト"]], R))
    a(c("ja", "tokyo", "support", "answer", "ドイツの会社が東京進出するとき相談できる公的機関は？",
        [TOKYO_OFFICE + ["JETRO", "ジェトロ"], ["AHK", "ドイツ商工会議所", "在日ドイツ商工会議所", "JETRO", "ジェトロ"]], R))
    a(c("de", "nrw", "support", "answer", "welche messen in düsseldorf wären für japanische zulieferer interessant?",
        [["Messe Düsseldorf", "Messe"]], R))
    a(c("en", "nrw", "support", "answer", "japanese chamber of commerce in dusseldorf - what do they do",
        [["JIHK", "Japanische Industrie- und Handelskammer", "Japanese Chamber of Commerce and Industry", "日本商工会議所", "日本商工会"]], R))
    a(c("de", "tokyo", "support", "answer", "welches amt der tokioter stadtregierung ist für uns als firma aus nrw zuständig?",
        [TOKYO_OFFICE], R + ["NRW.Global Business berät japanische"]))
    a(c("en", None, "support", "answer", "who signed the tokyo-nrw SME memorandum and when",
        [["2021"], ["MWIDE", "Ministry of Economic Affairs, Innovation, Digitalization and Energy", "Wirtschaft, Innovation, Digitalisierung und Energie", "経済・イノベーション・デジタル化・エネルギー省"], ["産業労働局", "Industrial and Labor", "Industrie und Arbeit"]], []))
    # ================= handover (single turn) =================
    a(c("en", "tokyo", "handover", "handover", "can i talk to a real person? we're founding a subsidiary in tokio",
        [TOKYO_OFFICE], R))
    a(c("de", "nrw", "handover", "handover", "können sie uns mit einem ansprechpartner in nrw verbinden? wir wollen universitäten kennenlernen",
        [NRW_OFFICE], R))
    a(c("ja", "nrw", "handover", "handover", "NRWの投資家を紹介してほしいです。担当の方につないでもらえますか",
        [NRW_OFFICE + ["NRWジャパン"]], R))
    a(c("ja", "tokyo", "handover", "handover", "東京のスタートアップと組みたい。紹介できる人いる？（うちはケルンの会社）",
        [TOKYO_OFFICE], R))
    a(c("en", "nrw", "handover", "handover", "need an intro to a university lab in aachen working on hydrogen, who can connect us?",
        [NRW_OFFICE], R))
    a(c("de", "tokyo", "handover", "handover", "bitte kontakt zu jemandem beim TMG, wir brauchen hilfe bei den gründungsunterlagen",
        [TOKYO_OFFICE], R))
    # ================= emergency (single turn) =================
    a(c("ja", "nrw", "emergency", "emergency", "夜中に子どもが39度の熱！デュッセルドルフ、どうしよう",
        [DE_116117, DE_112], NOT_TOKYO_EMERG))
    a(c("en", "tokyo", "emergency", "emergency", "my kid has a high fever at night in tokyo, not sure if i should call an ambulance",
        [CHILD_8000 + TOKYO_ADVICE, JP_AMB], NOT_NRW_EMERG))
    a(c("de", "tokyo", "emergency", "emergency", "Unfall in Shibuya, jemand blutet stark!!",
        [JP_AMB], NOT_NRW_EMERG + ["112 an"]))
    a(c("de", "nrw", "emergency", "emergency", "bei uns in gelsenkirchen wurde eingebrochen, grad eben",
        [DE_110], NOT_TOKYO_EMERG))
    a(c("ja", "tokyo", "emergency", "emergency", "港区で財布盗まれた、警察は何番？",
        [JP_POL], NOT_NRW_EMERG))
    a(c("en", "nrw", "emergency", "emergency", "earthquake? no - fire in our flat building in wuppertal, smoke everywhere",
        [DE_112], NOT_TOKYO_EMERG))
    a(c("ja", None, "emergency", "emergency", "救急車呼びたい！",
        [JP_AMB + DE_112], []))
    # ================= smalltalk =================
    a(c("de", None, "smalltalk", "smalltalk", "hallo", [], R))
    a(c("ja", None, "smalltalk", "smalltalk", "こんにちは〜", [], R))
    a(c("en", None, "smalltalk", "smalltalk", "hey there 👋", [], R))
    a(c("de", None, "smalltalk", "smalltalk", "danke, hat mir sehr geholfen!", [], R))
    a(c("ja", None, "smalltalk", "smalltalk", "ありがとうございました🙏", [], R))
    a(c("en", None, "smalltalk", "smalltalk", "good morning! what can you do?", [], R))
    a(c("ja", None, "smalltalk", "smalltalk", "はじめまして。これ何ができるの？", [], R))
    a(c("de", None, "smalltalk", "smalltalk", "moin 🙂", [], R))
    # ================= out of scope =================
    a(c("de", "nrw", "out-of-scope", "out-of-scope", "wie wird das wetter morgen in köln?", [], R + ["Quelle:", "Quellen:"]))
    a(c("en", "nrw", "out-of-scope", "out-of-scope", "who won the dortmund game yesterday", [], R + ["Sources:"]))
    a(c("ja", "tokyo", "out-of-scope", "out-of-scope", "東京でおすすめのラーメン屋教えて", [], R))
    a(c("en", None, "out-of-scope", "out-of-scope", "tell me a joke", [], R))
    a(c("de", None, "out-of-scope", "out-of-scope", "kannst du mir ein python script schreiben das csv dateien zusammenführt", [], R + ["import csv", "def "]))
    a(c("ja", None, "out-of-scope", "out-of-scope", "子どもの算数の宿題手伝って：3/4+2/5は？", [], R + ["23/20"]))
    a(c("en", "tokyo", "out-of-scope", "out-of-scope", "is tokyo tower or skytree better for sunset pics", [], R))
    a(c("de", None, "out-of-scope", "out-of-scope", "was hältst du von der bundestagswahl", [], R))
    # ================= clarify region (question names none, answer differs) =================
    CL = [["Tokyo", "東京", "Tokio"], ["NRW", "Nordrhein", "North Rhine", "ノルトライン"]]
    a(c("de", None, "company", "clarify-region", "was kostet eine firmengründung?", CL))
    a(c("en", None, "daily-life", "clarify-region", "how do i register my address", CL))
    a(c("ja", None, "schooling", "clarify-region", "子どもの学校どうやって探せばいい？", CL))
    a(c("en", None, "housing", "clarify-region", "how much is a typical deposit for an apartment?", CL))
    a(c("de", None, "daily-life", "clarify-region", "wie lange darf ich mit meinem führerschein fahren?", CL))
    a(c("ja", None, "company", "clarify-region", "会社の登記って何日くらいかかる？", CL))
    # ================= other languages (answer in English with a note) =================
    a(c("zh", "tokyo", "company", "answer", "在东京成立株式会社最低资本金是多少？",
        [YEN_1], R, language=["en", "zh"]))
    a(c("ko", "nrw", "company", "answer", "뒤셀도르프에서 GmbH 설립하려면 자본금 얼마 필요해요?",
        [EUR_25000], R, language=["en", "ko"]))
    a(c("tr", "nrw", "daily-life", "answer", "Köln'e taşındım, adres kaydı (Anmeldung) kaç gün içinde yapılmalı?",
        [TWO_WEEKS], R, language=["en", "tr"]))
    a(c("es", "tokyo", "residence", "answer", "¿qué visado necesito para abrir una empresa en Tokio?",
        [["Business Manager", "経営・管理", "Manager"], YEN_30M], R, language=["en", "es"]))
    a(c("vi", "tokyo", "emergency", "emergency", "con tôi sốt cao ban đêm ở Tokyo, gọi số nào?",
        [CHILD_8000 + TOKYO_ADVICE, JP_AMB], NOT_NRW_EMERG, language=["en", "vi"]))
    a(c("pt", "nrw", "daily-life", "answer", "quanto custa o Deutschlandticket por mês?",
        [EUR_63], R + ["58 €", "49 €"], language=["en", "pt"]))
    a(c("fr", "nrw", "company", "answer", "combien de capital pour une GmbH à Essen ?",
        [EUR_25000], R, language=["en", "fr"]))
    a(c("zh", "nrw", "emergency", "emergency", "在杜塞尔多夫，晚上孩子发烧，打什么电话？",
        [DE_116117, DE_112], NOT_TOKYO_EMERG, language=["en", "zh"]))
    a(c("ko", None, "smalltalk", "smalltalk", "안녕하세요", [], R, language=["en", "ko"]))
    a(c("es", None, "out-of-scope", "out-of-scope", "¿quién ganó el partido del Bayern ayer?", [], R, language=["en", "es"]))

    # ================= MULTI-TURN =================
    # company follow-ups
    a(c("en", "tokyo", "follow-up", "answer",
        ["i want to found a company in tokyo", "and how long does that take?"],
        [["week", "週", "Woche", "day", "日"]], R + ["working hours", "労働時間", "Arbeitszeit"]))
    a(c("de", "nrw", "follow-up", "answer",
        ["wie viel stammkapital brauche ich für eine gmbh in köln?", "und bei einer UG?"],
        [["UG", "Unternehmergesellschaft"], ["1 Euro", "1 €", "1€", "einen Euro"]], R))
    a(c("ja", "tokyo", "follow-up", "answer",
        ["東京で株式会社の登録免許税いくら？", "じゃあ合同会社だと？"],
        [YEN_60K], R))
    a(c("en", "nrw", "follow-up", "answer",
        ["what does a gmbh in duesseldorf need at minimum capital", "how much of that do i have to pay in before registration?"],
        [EUR_12500], R))
    a(c("de", "tokyo", "follow-up", "answer",
        ["Wir gründen eine KK in Tokio. Braucht man dafür einen Notar?", "und was kostet das?"],
        [YEN_15K + YEN_30K + YEN_40K], R))
    a(c("en", "nrw", "follow-up", "answer",
        ["what's the registration tax for a KK in tokyo", "what about in NRW for a GmbH, is there something similar?"],
        [["Notar", "notary", "Handelsregister", "commercial register", "Registergericht", "court"]], R + ["150,000 yen for the GmbH"]))
    a(c("ja", "nrw", "follow-up", "answer",
        ["デュッセルドルフでGmbH設立したい", "それって公証人のところでドイツ語話せないとダメ？"],
        [NOTARY, ["通訳", "翻訳", "Dolmetscher", "ドイツ語"]], R))
    a(c("de", "nrw", "follow-up", "handover",
        ["Was brauche ich für eine GmbH-Gründung in Bochum?", "ok danke. kann mir da jemand persönlich helfen?"],
        [NRW_OFFICE], R))
    a(c("en", "tokyo", "follow-up", "answer",
        ["which visa do i need to run my own company in tokyo?", "how much capital is needed for that?"],
        [YEN_30M], R + ["5 million", "500万円以上で"]))
    a(c("ja", "tokyo", "follow-up", "answer",
        ["経営管理ビザの要件って？東京です", "日本語の条件もあるの？"],
        [B2], R))
    a(c("de", "tokyo", "follow-up", "answer",
        ["gründungskosten KK tokio?", "und wie lange dauert das ungefähr?", "und danach, was muss ich beim finanzamt machen?"],
        [["法人設立届出書", "Gründungsanzeige", "Anzeige", "Steuerbehörde", "Finanzamt", "税務署", "tax office"], ["2 Monate", "zwei Monate", "2か月", "2ヶ月", "two months", "2 months"]], R))
    a(c("en", "nrw", "follow-up", "answer",
        ["do we need to register a trade in cologne for our gmbh?", "where exactly do i do that?"],
        [["Gewerbeamt", "Gewerbe", "trade office", "Ordnungsamt", "Bürgeramt", "online"]], R))
    a(c("ja", "tokyo", "follow-up", "answer",
        ["定款認証の手数料いくら？東京で株式会社", "うちはドイツの親会社が100%出資なんだけど、それでも1.5万円？"],
        [YEN_30K + YEN_40K + ["5万", "50,000"]], R))
    # address / daily life follow-ups
    a(c("en", "nrw", "follow-up", "answer",
        ["how do i register my address in düsseldorf?", "do i need an appointment for that?"],
        [["appointment", "Termin", "予約", "online"]], R + ["doctor", "Arzt", "医師"]))
    a(c("de", "tokyo", "follow-up", "answer",
        ["Wie melde ich mich in Tokyo an wenn ich nach Minato ziehe?", "und meine frau und kinder? müssen die mit?"],
        [["Familie", "family", "家族", "世帯", "Frau", "Kinder"]], R))
    a(c("ja", "nrw", "follow-up", "answer",
        ["ボンで住民登録したい", "それって何持っていけばいい？"],
        [["パスポート", "Reisepass", "passport"], ["Wohnungsgeberbestätigung", "住居提供者", "大家", "入居証明"]], R))
    a(c("en", "tokyo", "follow-up", "answer",
        ["i just moved into an apartment in bunkyo, what do i need to do at the ward office", "and for my wife?"],
        [["residence card", "在留カード"], ["wife", "spouse", "family", "配偶者", "家族", "her"]], R))
    a(c("de", "tokyo", "follow-up", "answer",
        ["anmeldung in düsseldorf, frist?", "und das gleiche in tokyo?"],
        [DAYS14, ["転入", "区役所", "Bezirksamt", "Stadtamt", "Rathaus", "ward", "Gemeinde", "municipal"]], R))
    a(c("ja", "tokyo", "follow-up", "answer",
        ["東京で国民健康保険入るには？", "それって会社員でも？"],
        [["社会保険", "健康保険", "協会けんぽ", "会社"]], R))
    a(c("en", "nrw", "follow-up", "answer",
        ["do i need health insurance in germany? living in aachen", "what about my kids, do they need separate ones?"],
        [["famil", "Familienversicherung", "family insurance", "co-insured", "mitversichert", "children", "kids"]], R))
    a(c("de", "tokyo", "follow-up", "answer",
        ["kann ich mit meinem deutschen führerschein in tokio fahren?", "und nach einem jahr?"],
        [["umschreib", "Umschreibung", "切替", "切り替え", "japanischen Führerschein", "japanese licence", "japanese license"]], R))
    a(c("ja", "nrw", "follow-up", "answer",
        ["ドイツで日本の免許はいつまで使える？デュッセルドルフ在住", "切り替えに何がいる？"],
        [["翻訳", "Übersetzung", "translation"], ["Fahrerlaubnisbehörde", "Führerscheinstelle", "Straßenverkehrsamt", "運転免許", "役所"]], R))
    a(c("en", "nrw", "follow-up", "answer",
        ["public transport ticket for all of germany, how much?", "and can my 5 yo ride for free?"],
        [["6", "free", "kostenlos"]], R))
    # schooling follow-ups
    a(c("ja", "nrw", "follow-up", "answer",
        ["デュッセルドルフで日本人学校ある？", "じゃあケルンに住むなら？"],
        [["ケルン", "Köln", "Cologne"], ["通", "補習", "Düsseldorf", "デュッセルドルフ", "日本人学校"]], R))
    a(c("en", "tokyo", "follow-up", "answer",
        ["is there a german school in tokyo", "does it have a kindergarten too?"],
        [["Kindergarten", "幼稚園", "kindergarten"]], R))
    a(c("de", "nrw", "follow-up", "answer",
        ["kita in essen finden - wie geht das?", "und in bonn?"],
        [["Bonn"], ["Kita"]], R))
    # healthcare follow-ups
    a(c("de", "tokyo", "follow-up", "answer",
        ["meine frau ist schwanger, wir wohnen in meguro. was müssen wir tun?", "und wo bekommt man das heft?"],
        [["区役所", "Bezirksamt", "Gemeinde", "Stadtverwaltung", "保健", "ward office", "Ward Office", "Rathaus"]], R))
    a(c("en", "nrw", "follow-up", "answer",
        ["pregnant and just moved to cologne, where to start?", "how do i find one of those?"],
        [["Hebamme", "midwife", "Hebammenliste", "Krankenkasse", "GKV"]], R))
    a(c("ja", "tokyo", "follow-up", "emergency",
        ["東京で夜に子どもが熱出したらどこに相談する？", "今まさに40度でぐったりしてる！"],
        [JP_AMB, CHILD_8000 + TOKYO_ADVICE], NOT_NRW_EMERG))
    a(c("en", "nrw", "follow-up", "emergency",
        ["what's the number for the doctor on call at night in germany", "ok now my husband has chest pain and can't breathe"],
        [DE_112], NOT_TOKYO_EMERG))
    # support / handover follow-ups
    a(c("en", "nrw", "follow-up", "handover",
        ["who helps japanese smes come to NRW?", "great, can you introduce us to them?"],
        [NRW_OFFICE], R))
    a(c("de", "tokyo", "follow-up", "handover",
        ["gibt es in tokyo unterstützung für deutsche mittelständler?", "bitte stellen sie den kontakt her"],
        [TOKYO_OFFICE], R))
    a(c("ja", "nrw", "follow-up", "handover",
        ["NRWの大学と共同研究したい", "担当者を紹介してください"],
        [NRW_OFFICE + ["NRWジャパン"]], R))
    a(c("en", "tokyo", "follow-up", "answer",
        ["trade fair help in tokyo for a german company?", "which venue is the biggest?"],
        [["Big Sight", "ビッグサイト"]], R))
    a(c("de", "tokyo", "follow-up", "handover",
        ["wir sind eine firma aus münster und wollen nach tokio", "welches tokioter amt ist unser ansprechpartner? bitte kontakt"],
        [TOKYO_OFFICE], R + ["NRW.Global Business ist Ihr"]))
    # region change within conversation
    a(c("en", "tokyo", "follow-up", "answer",
        ["how do i register my address in dortmund", "actually we're going to tokyo instead, same question"],
        [DAYS14, ["転入", "ward", "区役所", "city office", "市役所"]], R + ["Wohnungsgeberbestätigung"]))
    a(c("de", "nrw", "follow-up", "answer",
        ["mindestkapital KK tokio?", "und für eine gmbh in nrw?"],
        [EUR_25000], R))
    a(c("ja", "tokyo", "follow-up", "answer",
        ["ケルンの緊急番号は？", "東京だったら？"],
        [JP_AMB, JP_POL], NOT_NRW_EMERG))
    # clarify then answer
    a(c("en", "nrw", "follow-up", "answer",
        ["how much does it cost to set up a company?", "in NRW, a GmbH"],
        [EUR_25000, NOTARY], R))
    a(c("de", "tokyo", "follow-up", "answer",
        ["Wie melde ich meinen Wohnsitz an?", "Tokyo, Bezirk Shinagawa"],
        [DAYS14, ["在留カード", "Aufenthaltskarte", "Residence Card", "residence card"]], R, language=["de"]))
    a(c("ja", "nrw", "follow-up", "answer",
        ["運転免許の切り替えってどうやるの？", "エッセンです"],
        [MONTHS_6, ["翻訳", "Übersetzung"]], R))
    # smalltalk / out-of-scope inside a conversation
    a(c("de", "nrw", "follow-up", "smalltalk",
        ["Stammkapital GmbH in Düsseldorf?", "super, danke dir!"],
        [], R))
    a(c("en", "tokyo", "follow-up", "out-of-scope",
        ["what's the registration tax for a KK in tokyo", "ok cool. btw who's gonna win the world cup"],
        [], R))
    a(c("ja", None, "follow-up", "smalltalk",
        ["こんにちは", "どんなこと聞けるの？"],
        [], R))
    a(c("en", "nrw", "follow-up", "answer",
        ["hi", "we moved to essen, what do we have to do in the first weeks?"],
        [["Anmeldung", "register"], TWO_WEEKS], R))
    # other language multi-turn
    a(c("zh", "tokyo", "follow-up", "answer",
        ["我想在东京开公司", "需要多久？"],
        [["week", "day", "週", "日", "周"]], R, language=["en", "zh"]))
    a(c("tr", "nrw", "follow-up", "handover",
        ["Düsseldorf'ta GmbH kurmak istiyoruz", "biriyle konuşabilir miyim?"],
        [NRW_OFFICE], R, language=["en", "tr"]))
    return L
