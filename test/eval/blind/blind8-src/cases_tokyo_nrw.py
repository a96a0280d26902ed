"""Partnership 1 (Tokyo <-> NRW) blind cases."""
from common import *

C = CaseList()
a = C.add
TK, NR = "tokyo", "nrw"
TKQ = ["Handelsregister", "IHK Stuttgart"]  # not used as none for Tokyo generally
NRW_EM_NONE = ["#7119", "#8000", "119番", "110番"]
TK_EM_NONE = ["116117", "116 117"]

# ---------------- Tokyo: company ----------------
a("de", TK, "company", "hi, was ist eigentlich das mindestkapital für ne KK in tokyo?? 🤔", "answer", [G_YEN1])
a("en", TK, "company", "min capital kabushiki kaisha tokyo? asking for our gmbh board", "answer", [G_YEN1])
a("ja", TK, "company", "東京で株式会社つくるとき資本金って最低いくらからOK？", "answer", [G_YEN1])
a("de", TK, "company", "was kostet die gründung einer GK in tokio ungefähr? registersteuer etc", "answer", [G_GK_TAX])
a("en", TK, "company", "registration tax for KK setup in shinjuku, how much minimum?", "answer", [G_KK_TAX])
a("ja", TK, "company", "港区で株式会社設立、登録免許税の最低額は？", "answer", [G_KK_TAX])
a("de", TK, "company", "muss die satzung in japan vom notar beglaubigt werden? bei KK in chiyoda", "answer", [G_NOTAR + ["定款認証", "Satzung"]])
a("en", TK, "company", "our german parent co founds a KK in tokyo – notary fee for the articles?", "answer",
  [G_TEIKAN30 + num(40000) + num(50000)], none=["only 15,000", "nur 15.000"])
a("ja", TK, "company", "個人3人で東京に株式会社、資本金50万、取締役会なし。定款認証の手数料いくら？", "answer", [G_TEIKAN15])
a("de", TK, "company", "wo wird eine firma in tokyo eingetragen? beim 法務局?", "answer", [G_HOUMU])
a("en", TK, "company", "after registering our KK in minato which tax office forms do we file?", "answer", [G_ZEIMUSHO])
a("de", TK, "company", "was brauch ich alles um in tokyo ne tochterfirma zu gründen? kurzer überblick pls", "answer",
  [G_HOUMU + G_HR, G_ZEIMUSHO + ["Finanz"]])
a("en", TK, "company", "KK vs GK in tokyo – which is cheaper to set up?", "answer", [G_GK_TAX, ["GK", "合同会社", "godo"]])
a("ja", TK, "company", "ドイツ本社で東京に支店(営業所)出すのと子会社どっちがいい？渋谷", "answer", [["支店", "branch", "Zweigniederlassung"], ["子会社", "subsidiary", "Tochter"]])
a("de", TK, "company", "gibts in tokyo ne stelle wo man alle gründungsformalitäten an einem ort machen kann?", "answer", [G_ONESTOP + G_BDC])
a("en", TK, "support", "who in tokyo helps foreign companies with setting up? free consultation?", "answer", [G_BDC + G_ONESTOP + G_JETRO])
a("de", TK, "residence", "welches visum brauch ich um in tokyo ne firma zu leiten?", "answer", [G_BMV])
a("en", TK, "residence", "business manager visa tokyo, how much capital needed now after the 2025 change?", "answer", [G_30M])
a("ja", TK, "residence", "経営管理ビザ、自宅を事務所にしても大丈夫？世田谷で", "answer", [["自宅", "home", "Wohnung", "residence"], G_BMV + ["事業所", "事務所", "office", "Büro"]])
a("de", TK, "residence", "business manager visum tokio – brauch ich jetzt japanisch kenntnisse??", "answer", [["B2", "N2", "日本語", "Japanisch", "Japanese"]])
a("en", TK, "residence", "do i need to hire staff for the business manager status in tokyo?", "answer", [["1", "one", "eine", "1人", "常勤"], ["full-time", "常勤", "Vollzeit", "employee", "Mitarbeiter"]])
a("de", TK, "support", "wer hilft uns bei messen in tokyo? wir wollen ausstellen 🙏", "answer", [G_AHK + G_JETRO])
a("en", TK, "support", "any trade fair support for german smes in tokyo? big sight etc", "answer", [G_AHK + G_JETRO])
a("ja", TK, "support", "東京で見本市出たいドイツ企業の支援ってどこ？AHKとか？", "answer", [G_AHK + G_JETRO])
a("de", TK, "support", "gibts in tokyo showrooms wo wir produkte zeigen können?", "answer", [G_TMG + G_AHK + G_JETRO + ["Showroom", "ショールーム"]])
a("en", TK, "support", "can the tokyo gov introduce us to universities for joint R&D?", "answer", [G_TMG + ["university", "Universität", "大学"]])
a("de", TK, "support", "was genau bietet das memorandum tokyo–NRW deutschen KMU?", "answer", [G_TMG + ["Memorandum", "覚書", "MoU"]])
a("ja", TK, "support", "東京都とNRWの覚書っていつまで有効なの？", "answer", [["2023", "自動", "automatisch", "automatically", "延長", "verlängert", "extended"]])
# Tokyo daily life
a("de", TK, "residence", "Wie melde ich meinen Wohnsitz in Tokyo an? bin seit letzter woche in meguro", "answer", [G_14D, G_KUYAKUSHO])
a("en", TK, "residence", "just moved to setagaya, deadline for registering my address?", "answer", [G_14D])
a("de", TK, "residence", "bin nach 品川区 gezogen, was muss ich beim amt mitbringen?", "answer", [G_ZAIRYU + ["Reisepass", "passport", "パスポート"]])
a("ja", TK, "residence", "ドイツ人の夫、江東区に転入。手続き何日以内？", "answer", [G_14D])
a("de", TK, "healthcare", "krankenversicherung tokyo für mich als selbstständiger gründer?", "answer", [G_HEALTHINS_JP])
a("en", TK, "healthcare", "my wife is pregnant, we live in nakano tokyo. what do we get from the ward?", "answer", [G_BOSHI])
a("de", TK, "healthcare", "schwanger in tokyo 🤰 wo bekomme ich das mutter-kind-heft?", "answer", [G_BOSHI, G_KUYAKUSHO])
a("de", TK, "schooling", "deutsche schule in tokyo für meine 2 kids? 🇩🇪", "answer", [["Deutsche Schule", "DSTY", "German School", "ドイツ学園", "Yokohama", "横浜"]])
a("en", TK, "schooling", "international schools in tokyo for a 6 y/o, how to apply?", "answer", [G_INTSCHOOL])
a("ja", TK, "schooling", "ドイツ人社員の子、区立の小学校に入れる？文京区", "answer", [["区立", "公立", "public", "öffentlich", "教育委員会", "school"]])
a("de", TK, "schooling", "kita platz in tokyo – wo beantragen? wohnen in minato", "answer", [G_KITA, G_KUYAKUSHO])
a("en", TK, "housing", "renting an apartment in tokyo as a foreigner – key money, guarantor?", "answer", [["礼金", "key money", "Schlüsselgeld", "reikin"], ["保証", "guarant", "Bürg"]])
a("de", TK, "housing", "wohnung tokio mieten, was ist 敷金 und 礼金??", "answer", [["Kaution", "deposit", "敷金"], ["礼金", "Schlüsselgeld", "key money", "reikin"]])
a("en", TK, "daily-life", "can i drive in tokyo with my german licence?", "answer", [["Übersetzung", "translation", "翻訳", "JAF"], G_1Y])
a("de", TK, "daily-life", "deutschen führerschein in tokyo umschreiben – prüfung nötig?", "answer", [["keine", "ohne", "no test", "exempt", "免除", "不要", "without"], G_MENKYO + ["Führerschein"]])
a("ja", TK, "daily-life", "ドイツの免許を東京で日本の免許に切り替えたい、どこで？", "answer", [G_MENKYO])
a("en", TK, "daily-life", "how do i open a bank account in tokyo as a new resident?", "answer", [G_ZAIRYU + ["住民票", "Meldebescheinigung", "address"], ["bank", "Bank", "銀行", "ゆうちょ", "Japan Post"]])
a("de", TK, "daily-life", "my number karte – was ist das und brauch ich die?", "answer", [["マイナンバー", "My Number", "Individual Number", "Steuer", "Identifikationsnummer"]])

# ---------------- NRW: company ----------------
a("ja", NR, "company", "デュッセルドルフでGmbH作りたい、資本金最低いくら？", "answer", [G_GMBH])
a("en", NR, "company", "how much capital for a gmbh in cologne? do we pay all upfront?", "answer", [G_GMBH, G_GMBH_HALF])
a("ja", NR, "company", "Kölnで会社設立、UGならいくらから？", "answer", [G_EUR1])
a("de", NR, "company", "wie viel stammkapital für eine GmbH in Essen??", "answer", [G_GMBH])
a("ja", NR, "company", "ドイツで公証人のところ、ドイツ語話せないとダメ？ボン", "answer", [["通訳", "Dolmetscher", "interpreter", "翻訳", "Übersetz", "translat"]])
a("en", NR, "company", "notary in düsseldorf: does our japanese ceo need to speak german?", "answer", [["interpreter", "Dolmetscher", "通訳", "translat", "Übersetz"]])
a("ja", NR, "company", "デュッセルドルフで会社設立するのに何が必要？ざっくり", "answer", [G_NOTAR, G_HR, G_GEWERBE + G_FINANZAMT])
a("en", NR, "company", "can a gmbh in NRW be founded online without going to the notary office?", "answer", [["online", "Online", "video", "Video", "オンライン", "ビデオ"]])
a("ja", NR, "company", "GmbHをオンライン設立、現物出資でもいける？ドルトムント", "answer", [["2023", "Sacheinlage", "contribution in kind", "現物出資", "可能", "possible", "möglich"]])
a("en", NR, "company", "after the notary in essen, where do we register the trade? gewerbe?", "answer", [G_GEWERBE])
a("ja", NR, "company", "Düsseldorfにて法人設立後、税務署(Finanzamt)への届出は？", "answer", [G_FINANZAMT])
a("de", NR, "company", "ist IHK mitgliedschaft pflicht für unsere GmbH in Bochum?", "answer", [G_IHK, ["Gesetz", "gesetzlich", "law", "法律", "IHKG", "Pflicht", "義務", "automatisch"]],
  none=["IHK Stuttgart"])
a("ja", NR, "company", "ケルンに支店(Zweigniederlassung)出す場合も商業登記いる？", "answer", [G_HR])
a("en", NR, "support", "who supports japanese companies that want to go to NRW?", "answer", [G_NRWJ])
a("ja", NR, "support", "NRWに進出したい日本の中小企業、相談先どこ？", "answer", [G_NRWJ])
a("ja", NR, "support", "デュッセルドルフの見本市、出展支援ってある？", "answer", [["Messe", "見本市", "trade fair", "展示会"], G_NRWJ + ["Messe Düsseldorf", "メッセ"]])
a("en", NR, "support", "can someone introduce us to universities in aachen for research cooperation?", "answer", [G_NRWJ + ["RWTH", "university", "大学", "Universität"]])
a("ja", NR, "support", "NRWのスタートアップや投資家と繋がりたい", "answer", [G_NRWJ])
a("ja", NR, "support", "NRWの経済省って覚書の時なんて名前だった？今は？", "answer", [["MWIDE", "Innovation, Digitalisierung und Energie", "イノベーション・デジタル化・エネルギー"], ["MWIKE", "Industrie, Klimaschutz", "産業・気候保護", "Klimaschutz und Energie"]])
a("en", NR, "support", "funding programmes for a japanese sme setting up in NRW?", "answer", [["NRW.BANK", "NRW.Bank", "NRW Bank", "Förder", "funding", "助成", "補助"]])
# NRW daily life
a("ja", NR, "residence", "エッセンに引っ越しました。住民登録の期限は？", "answer", [G_TWO_WEEKS])
a("en", NR, "residence", "we moved to essen last week, what do we do first at the city?", "answer", [G_BUERGERAMT, G_TWO_WEEKS])
a("ja", NR, "residence", "Düsseldorfに住民登録するとき大家さんの書類いる？", "answer", [["Wohnungsgeberbestätigung", "Wohnungsgeber", "landlord", "大家", "家主"]])
a("de", NR, "residence", "japanischer kollege zieht nach köln – braucht er ein visum vorher?", "answer", [G_AUSL + ["visumfrei", "visa-free", "ビザなし", "Visum"]])
a("ja", NR, "residence", "ドイツの滞在許可、デュッセルドルフではどこで申請？", "answer", [G_AUSL])
a("en", NR, "residence", "residence permit for a japanese manager in bonn — which office?", "answer", [G_AUSL])
a("ja", NR, "healthcare", "ドイツで保険は入らないとダメ？ケルン駐在", "answer", [G_HEALTHINS_DE])
a("ja", NR, "healthcare", "デュッセルドルフで妊娠がわかった。何をもらう？", "answer", [G_MUTTERPASS])
a("ja", NR, "healthcare", "ボンで出産予定、助産師さんはどう探す？", "answer", [G_HEBAMME])
a("ja", NR, "schooling", "ケルンでKita(保育園)探してます、どうすれば？", "answer", [G_KITA])
a("en", NR, "schooling", "kita in bonn for our 3yo – how to get a place?", "answer", [G_KITA])
a("ja", NR, "schooling", "エッセン周辺にインターナショナルスクールある？", "answer", [G_INTSCHOOL])
a("ja", NR, "schooling", "デュッセルドルフの日本人学校について教えて", "answer", [G_JAPSCHOOL])
a("en", NR, "schooling", "international school options around cologne / bonn?", "answer", [G_INTSCHOOL])
a("ja", NR, "daily-life", "NRWで電車乗り放題のチケットいくら？", "answer", [G_DTICKET, G_63])
a("en", NR, "daily-life", "monthly public transport ticket in cologne price?", "answer", [G_63], none=["58 €", "58 Euro", "58€", "49 €", "49€"])
a("ja", NR, "daily-life", "日本の免許でデュッセルドルフで運転できる？いつまで？", "answer", [G_6M])
a("en", NR, "daily-life", "japanese licence conversion in dortmund — need a driving test?", "answer", [["no test", "without", "ohne", "keine", "不要", "免除", "exempt", "なし"], G_FSSTELLE])
a("ja", NR, "daily-life", "ドイツで銀行口座開くのに何が必要？ケルン", "answer", [["Anmeldung", "Meldebescheinigung", "住民登録", "registration", "住所"], ["パスポート", "Reisepass", "passport"]])

# ---------------- emergencies ----------------
a("en", TK, "emergency", "HELP my colleague collapsed in the office in shibuya!!", "emergency", [G_119], none=TK_EM_NONE)
a("de", TK, "emergency", "unser kind hat nachts 39,5 fieber, wir sind in tokyo, was tun??", "emergency", [G_8000 + G_7119, G_119], none=TK_EM_NONE)
a("ja", TK, "emergency", "港区のオフィスで泥棒！警察何番？", "emergency", [G_110], none=TK_EM_NONE)
a("de", TK, "emergency", "feuer im nachbarhaus in setagaya 🔥", "emergency", [G_119], none=TK_EM_NONE)
a("en", TK, "emergency", "not sure if i need an ambulance, bad stomach pain, living in meguro", "emergency", [G_7119], none=TK_EM_NONE)
a("de", TK, "emergency", "erdbeben grad in tokio, was soll ich tun", "emergency", [["Safety tips", "NHK", "避難", "Evakuierung", "evacuat", "Tisch", "Kopf", "机", "119", "110"]], none=TK_EM_NONE)
a("ja", NR, "emergency", "Kölnで子どもが夜中に高熱、どこに電話？", "emergency", [G_116117, G_112], none=NRW_EM_NONE)
a("ja", NR, "emergency", "デュッセルドルフで交通事故！！", "emergency", [G_110 + G_112], none=NRW_EM_NONE)
a("en", NR, "emergency", "my husband has chest pain, we're in essen, what number", "emergency", [G_112], none=NRW_EM_NONE)
a("ja", NR, "emergency", "ボンで財布盗まれた、警察は？", "emergency", [G_110], none=["#7119", "#8000", "119番"])
a("en", NR, "emergency", "weekend doctor in dortmund for a non-urgent fever?", "emergency", [G_116117], none=NRW_EM_NONE)
a("ja", NR, "emergency", "ドイツで救急車って何番？エッセン在住", "emergency", [G_112], none=NRW_EM_NONE)
a("de", None, "emergency", "notfall!! feuer in der küche", "emergency", [G_112 + G_119])
a("en", None, "emergency", "emergency numbers pls, quick", "emergency", [G_112 + G_119 + G_110])

# ---------------- hand-over ----------------
a("de", TK, "handover", "kann ich mit einem menschen sprechen? wir gründen ne tochter in tokio", "handover", [G_TMG])
a("en", TK, "handover", "please connect me to the tokyo contact office for german smes", "handover", [G_TMG])
a("de", TK, "handover", "welche tokyoter behörde kontaktiere ich als firma aus NRW?", "handover", [G_TMG], none=["NRW.BANK"])
a("ja", TK, "handover", "東京都の担当窓口の人と直接話したい。NRWのドイツ企業です", "handover", [G_TMG])
a("de", TK, "handover", "bitte stellt uns investoren in tokyo vor, haben ein medtech startup", "handover", [G_TMG])
a("en", TK, "handover", "can someone intro us to a japanese distributor in tokyo?", "handover", [G_TMG + G_AHK + G_JETRO])
a("ja", NR, "handover", "NRWの担当者につないでください、デュッセルドルフ進出検討中", "handover", [G_NRWJ])
a("ja", NR, "handover", "NRWの大学を紹介してほしい、材料研究", "handover", [G_NRWJ])
a("en", NR, "handover", "i'd like to talk to a person at NRW about setting up in cologne", "handover", [G_NRWJ])
a("ja", NR, "handover", "NRW州の投資家紹介してもらえる？担当の方と話したい", "handover", [G_NRWJ])
a("de", NR, "handover", "ich bin von der stadt tokio, wer ist ansprechpartner bei NRW.Global Business?", "handover", [G_NRWJ])
a("ja", NR, "handover", "東京オフィスのNRW Japanの人と会える？", "handover", [G_NRWJ])

# ---------------- small talk ----------------
for lang, t in [("de", "Hallo 👋"), ("ja", "こんにちは"), ("en", "hi"), ("ja", "よろしくお願いします！"), ("de", "danke, super hilfreich!"),
                ("en", "thx!!"), ("ja", "ありがと〜🙏"), ("de", "moin"), ("en", "good morning :)"), ("ja", "はじめまして、使い方教えて"),
                ("de", "wer bist du eigentlich?"), ("en", "what can you do?")]:
    a(lang, None, "smalltalk", t, "smalltalk", none=ASK_P1)

# ---------------- out of scope ----------------
for lang, t in [("de", "wie wird das wetter morgen in düsseldorf?"), ("en", "who won the köln vs dortmund game yesterday?"),
                ("ja", "東京の明日の天気は？"), ("de", "erzähl mir nen witz 😂"), ("en", "write me a python script to sort a list"),
                ("ja", "宿題手伝って、二次方程式"), ("de", "beste ramen in shinjuku?"), ("en", "what's the bitcoin price"),
                ("ja", "おすすめの映画ある？"), ("de", "kannst du mir ein gedicht über essen schreiben"),
                ("en", "is bayer leverkusen gonna win the league"), ("ja", "ケルン大聖堂の高さは？")]:
    a(lang, None, "out-of-scope", t, "out-of-scope", none=ASK_P1 + ["Quelle:", "出典"])

# ---------------- clarify region ----------------
CL = [["Tokyo", "東京", "Tokio"], ["NRW", "Nordrhein", "ノルトライン", "North Rhine", "Düsseldorf", "デュッセルドルフ"]]
for lang, t in [("de", "wie viel kapital brauch ich für die firmengründung?"), ("en", "how long does company registration take?"),
                ("ja", "住民登録って何日以内？"), ("de", "welche notrufnummer für den rettungsdienst?"),
                ("en", "which health insurance do i need?"), ("ja", "子どもの学校どうやって探す？"),
                ("de", "wie lange darf ich mit meinem führerschein fahren?"), ("en", "monthly transit pass price?"),
                ("ja", "会社の設立費用ってどれくらい？")]:
    a(lang, None, "support", t, "clarify-region", CL)

# ---------------- follow-ups (multi-turn) ----------------
a("en", NR, "follow-up", ["how do i register my address in düsseldorf?", "do i need an appointment for that?"], "answer",
  [["Termin", "appointment", "予約", "online"]], none=["Hausarzt"])
a("de", TK, "follow-up", ["ich will ne firma in tokyo gründen", "und wie lange dauert das?"], "answer",
  [["Woche", "week", "週間", "Tage", "days", "日"]], none=["Arbeitszeit", "working hours"])
a("ja", NR, "follow-up", ["ケルンでGmbH設立したい", "で、費用は全部でどれくらい？"], "answer", [G_NOTAR, G_GMBH + ["Stammkapital", "資本金"]])
a("en", TK, "follow-up", ["what's the minimum capital for a KK in tokyo?", "and for a GK?"], "answer", [G_YEN1])
a("ja", NR, "follow-up", ["デュッセルドルフのKita探してる", "日本語対応のところある？"], "answer", [["日本", "japan", "Japan"]])
a("de", TK, "follow-up", ["mutter-kind-heft in tokyo, wo bekomme ich das?", "muss ich da persönlich hin?"], "answer", [G_KUYAKUSHO + ["persönlich", "in person", "窓口"]])
a("en", NR, "follow-up", ["we need a flat in cologne", "what documents do landlords want?"], "answer", [["SCHUFA", "Schufa", "income", "Gehalt", "Einkommen", "収入", "payslip"]])
a("ja", TK, "follow-up", ["東京で運転したい、ドイツ免許あり", "翻訳ってどこで作る？"], "answer", [["JAF", "大使館", "Botschaft", "embassy", "ADAC"]])
a("de", NR, "follow-up", ["wie melde ich ein gewerbe in essen an?", "was kostet das?"], "answer", [["€", "Euro", "EUR", "ユーロ", "Gebühr", "fee"]])
a("en", TK, "follow-up", ["business manager visa tokyo requirements?", "can my wife work with her dependent visa?"], "answer",
  [["資格外活動", "permission", "Erlaubnis", "28", "家族滞在", "Dependent", "dependent"]])
a("ja", NR, "follow-up", ["エッセンに引っ越した", "次は何したらいい？"], "answer", [G_BUERGERAMT + G_TWO_WEEKS])
a("de", TK, "follow-up", ["kind hat fieber abends, wir wohnen in shinagawa", "und wenn es schlimmer wird?"], "emergency", [G_119], none=TK_EM_NONE)
a("en", NR, "follow-up", ["who helps japanese firms expand to NRW?", "ok can you connect me to them?"], "handover", [G_NRWJ])
a("ja", TK, "follow-up", ["東京の見本市支援ある？", "ドイツ語で相談できる？"], "answer", [G_AHK + G_JETRO + G_TMG])
a("de", NR, "follow-up", ["wie teuer ist das deutschlandticket?", "gibts das auch als jobticket?"], "answer", [["Jobticket", "Arbeitgeber", "employer", "会社"]])
a("en", TK, "follow-up", ["how to register at the ward in minato?", "and do i get my residence card updated there too?"], "answer", [G_ZAIRYU + ["裏面", "back"]])
a("ja", NR, "follow-up", ["ボンでインターナショナルスクール探してる", "学費はどれくらい？"], "answer", [["€", "Euro", "EUR", "ユーロ", "学費", "fee", "Schulgeld"]])

# ---------------- other languages ----------------
a("zh", TK, "company", "在东京成立株式会社最低资本金是多少？", "answer", [G_YEN1])
a("ko", NR, "company", "뒤셀도르프에서 GmbH 설립 최소 자본금은?", "answer", [G_GMBH])
a("tr", NR, "residence", "Köln'e taşındık, adres kaydı için kaç gün var?", "answer", [G_TWO_WEEKS])
a("es", TK, "emergency", "emergencia en Shibuya, ¿qué número para ambulancia?", "emergency", [G_119], language=["en", "es"], none=TK_EM_NONE)
a("vi", TK, "residence", "tôi mới chuyển đến Setagaya, đăng ký địa chỉ trong bao nhiêu ngày?", "answer", [G_14D])
a("pt", NR, "daily-life", "quanto custa o Deutschlandticket em Essen?", "answer", [G_63])
a("zh", NR, "healthcare", "在科隆晚上孩子发烧打什么电话？", "emergency", [G_116117 + G_112], none=NRW_EM_NONE)
a("ko", TK, "residence", "도쿄에서 회사 설립하려면 어떤 비자가 필요해요?", "answer", [G_BMV])
a("tr", TK, "company", "Tokyo'da GK kurmanın kayıt vergisi ne kadar?", "answer", [G_GK_TAX])
a("es", NR, "support", "¿quién ayuda a empresas japonesas en NRW? somos de Osaka", "answer", [G_NRWJ])

CASES = C
