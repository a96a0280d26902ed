import json
RQ = ["どの地域","Welche Region","which region","Quelle région","Tokyo or NRW","Tokio oder NRW","東京とNRWのどちら","東京かNRW"]
UNS = {"tr","ko","zh","es","vi","it","pt"}
def L(lang):
    return ["en", lang] if lang in UNS else [lang]
def T(text, lang, all=None, none=None, kind="answer", rq=True):
    e = {"kind": kind, "language": L(lang)} if kind else {"language": L(lang)}
    if all: e["all"] = all
    n = list(none or [])
    if rq and kind in ("answer","smalltalk","handover","emergency",None): n += RQ
    if n: e["none"] = n
    return {"text": text, "expect": e}
cases = []
def C(lang, region, topic, *turns):
    cases.append({"id": "", "lang": lang, "region": region, "topic": topic, "turns": list(turns)})

Y1 = ["1円","1 円","1 yen","1 Yen","¥1","one yen","1 JPY","1エン","1엔"]
KK_REG = ["150,000","150.000","150000","15万","150 000"]
GK_REG = ["60,000","60.000","60000","6万","60 000"]
EUR25 = ["25.000","25,000","25000","25 000","2万5000","2万5千","2.5万","25'000"]
EUR125 = ["12.500","12,500","12500","12 500","1万2500","1万2千5百","半分","half","Hälfte"]
N8000 = ["#8000","＃8000","# 8000"]
N7119 = ["#7119","＃7119","# 7119"]
N116 = ["116117","116 117"]
TWOW = ["zwei Wochen","2 Wochen","two weeks","2 weeks","14 days","14 Tage","14 Tagen","2週間","二週間","14日"]
D14 = ["14日","14 days","14 Tage","14 Tagen","14-day","fourteen days","vierzehn Tage","14일","14 días"]

# ---------------- company founding: Tokyo ----------------
C("en","tokyo","company-capital",
  T("min capital for a KK in tokyo??", "en", [Y1]))
C("de","tokyo","company-cost",
  T("was kostet die gründung einer KK in Tokio ungefähr? also registersteuer usw", "de", [KK_REG, ["0,7","0.7"]]))
C("ja","tokyo","company-cost",
  T("合同会社で東京に法人つくるなら登録免許税っていくら？", "ja", [GK_REG]))
C("en","tokyo","company-duration",
  T("we want to found a company in Tokyo (subsidiary of our GmbH). where do we start", "en", [["articles of incorporation","articles","teikan","定款"]]),
  T("and how long does that take?", "en", [["week","weeks","days","month"]], none=["working hours","Arbeitszeit"]))
C("de","tokyo","company-notary",
  T("Wir gründen eine Tochter in Tokio – KK oder GK, was ist besser für uns?", "de", [["KK","Kabushiki","株式会社"],["GK","Godo","合同会社"]]),
  T("und was kostet die beglaubigung beim notar da?", "de", [["30.000","30,000","30000","3万","50.000","50,000","50000","5万"]], none=["Handelsregister"]))
C("ja","tokyo","company-articles",
  T("東京で株式会社。定款って紙だと印紙代かかるってほんと？", "ja", [["4万","40,000","40000","４万"],["電子定款","電子"]]))
C("en","tokyo","visa-founder",
  T("which visa do i need to open a company in tokyo as a german?", "en", [["Business Manager","Business/Manager","Business Management","経営・管理","Keiei","Investor/Business"]]))
C("en","tokyo","visa-founder",
  T("im german and want to run my own small company in Tokyo. what visa", "en", [["Business Manager","Business/Manager","Business Management","経営・管理","Keiei"]]),
  T("how much capital do they want for that now?", "en", [["30 million","30,000,000","3,000万","3000万","30000000","¥30"]]))
C("ja","tokyo","social-insurance",
  T("渋谷で社長ひとりの会社つくった。社会保険って入らないといけない？", "ja", [["厚生年金"],["健康保険"]]))
C("en","tokyo","social-insurance",
  T("we hire our first employee in Minato-ku next month. what social insurance do we need to set up", "en", [["health insurance","Kenko","健康保険"],["pension","Kosei Nenkin","厚生年金"]]),
  T("by when do we have to file that?", "en", [["5 days","five days","5日"]]))
C("de","tokyo","hiring",
  T("Mitarbeiter einstellen in Tokio: wie heißt da die Arbeitslosenversicherung und wo meldet man das", "de", [["雇用保険","Koyo","Employment Insurance","Arbeitslosenversicherung"],["Hello Work","ハローワーク","Hellowork"]]))
C("de","tokyo","tax",
  T("welche steuern zahlt eine KK in Tokio eigentlich?", "de", [["法人税","Körperschaft","Unternehmensteuer","Körperschaftsteuer","Hojinzei"],["消費税","Verbrauchsteuer","Konsumsteuer","Umsatzsteuer"]]))
C("ja","tokyo","checklist",
  T("東京で子会社設立のチェックリスト作って", "ja", [["定款"],["登記"]]),
  T("その次は？", "ja", [["税務署","届出","社会保険","年金事務所","銀行"]]))
C("en","tokyo","company-documents",
  T("what documents does our parent GmbH need to set up a KK in Tokyo?", "en", [["certificate","Handelsregister","commercial register","register extract"],["translation","Japanese","notar","affidavit","sworn"]]))

# ---------------- company founding: NRW ----------------
C("en","nrw","company-capital",
  T("how much capital for a GmbH?", "en", [EUR25]))
C("ja","nrw","company-capital",
  T("ケルンでGmbH作るなら資本金いくら？最初に全部払うの？", "ja", [EUR25, EUR125]))
C("de","nrw","company-capital",
  T("geht auch ne UG mit 1 euro in Essen?", "de", [["1 Euro","1 €","1€","ein Euro","einem Euro","1,00"]]))
C("de","nrw","company-notary",
  T("Muss ich beim Notar in Düsseldorf Deutsch können? Mein Japanisch-Englisch Team gründet", "de", [["Dolmetscher","Übersetzer","Übersetzung","dolmetsch"]]))
C("en","nrw","company-overview",
  T("what do I need to found a company in Düsseldorf?", "en", [["notar"],["Handelsregister","commercial register"],["Gewerbe","tax office","Finanzamt"]]))
C("de","nrw","company-duration",
  T("Wir wollen in Köln eine GmbH gründen", "de", [["Notar"]]),
  T("und wie lange dauert das?", "de", [["Woche","Wochen","Tage","Monat"]], none=["Arbeitszeit","Öffnungszeit"]))
C("en","nrw","company-tax",
  T("founding a GmbH in bochum - steps?", "en", [["notar"]]),
  T("and the tax office, when do we register there?", "en", [["one month","1 month","a month","within a month","four weeks","4 weeks"],["Fragebogen","questionnaire","ELSTER"]]))
C("ja","nrw","company-trade",
  T("Düsseldorfで営業届（Gewerbeanmeldung）ってどこで出す？", "ja", [["Gewerbe","営業"]]))
C("en","nrw","company-bank",
  T("do we need the business bank account before the Handelsregister entry? GmbH in Dortmund", "en", [["account","Konto"],["Handelsregister","commercial register"]]))
C("en","nrw","checklist",
  T("make me a checklist for setting up a GmbH in Düsseldorf", "en", [["notar"],["Handelsregister","commercial register"]], none=["Kita"]))
C("ja","nrw","company-cost",
  T("NRWでGmbH設立、公証人とか登記の費用って大体どれくらい？", "ja", [["公証","Notar"],["商業登記","Handelsregister","登記"]]))
C("de","nrw","social-insurance",
  T("erste Mitarbeiterin in Düsseldorf – was muss ich bei der Sozialversicherung beachten?", "de", [["Kranken"],["Renten"],["Arbeitslosen"]]))
C("en","nrw","hiring",
  T("we're a tokyo SME hiring staff in Cologne. Is a local works contract in German required?", "en", [["employment contract","contract","Arbeitsvertrag"]]))

# ---------------- visas / family ----------------
C("ja","nrw","visa",
  T("日本人がデュッセルドルフで働くにはビザ要る？", "ja", [["滞在許可","在留許可","Aufenthaltserlaubnis","居住許可","滞在資格"],["外国人局","Ausländerbehörde","外国人役所","外国人管理局"]]))
C("en","nrw","family-reunion",
  T("my wife and 2 kids join me in Essen in autumn. family reunification how?", "en", [["family reunification","Familiennachzug","family reunion","family"],["Ausländerbehörde","immigration office","foreigners' office","visa"]]))
C("de","tokyo","family-visa",
  T("Meine Frau will mit nach Tokio – welches Visum bekommt sie?", "de", [["Dependent","家族滞在","Familienangehörig","Kazoku","Familienaufenthalt"]]))

# ---------------- registration ----------------
C("en","nrw","registration",
  T("how do i register my address in Düsseldorf", "en", [TWOW, ["Wohnungsgeberbestätigung","landlord"]]),
  T("do I need an appointment for that?", "en", [["appointment","Termin"]], none=["doctor","Arzt"]))
C("de","tokyo","registration",
  T("Wie melde ich meinen Wohnsitz in Tokyo an?", "de", [D14, ["Bezirksamt","Ward","区役所","Rathaus","Stadtverwaltung","Bürgeramt","Bezirksverwaltung"]], none=["Wohnungsgeberbestätigung"]))
C("ja","nrw","registration",
  T("Kölnで住民登録したい、何がいる？", "ja", [TWOW, ["Wohnungsgeberbestätigung","家主","大家","貸主"]]))
C("ja","tokyo","registration",
  T("世田谷区に海外から引っ越してきた。転入届は？", "ja", [["14日"]]),
  T("それはどこで？", "ja", [["区役所","総合支所","出張所","まちづくりセンター","窓口"]]))
C("en","tokyo","address-change",
  T("moving from Shinjuku to Meguro next month, what do i file", "en", [D14, ["moving-out","転出","moving out","tenshutsu"]]))
C("de","nrw","registration",
  T("wir sind grad nach Essen gezogen, was muss ich als erstes erledigen?", "de", [["Anmeld"]]))
C("en","nrw","registration-fee",
  T("is re-registering after moving within Düsseldorf free?", "en", [["free","no fee","gebührenfrei","free of charge","no charge"]]))
C("fr","nrw","registration",
  T("Comment je m'enregistre à Düsseldorf ? on vient d'arriver", "fr", [["deux semaines","2 semaines","14 jours","two weeks"]]))

# ---------------- health ----------------
C("de","tokyo","health-insurance",
  T("welche Krankenversicherung hab ich in Tokio als Angestellter einer KK?", "de", [["健康保険","Kenko","Shakai","Gesundheitsversicherung","Krankenversicherung"]]))
C("ja","nrw","health-insurance",
  T("ドイツって健康保険の加入義務ある？Düsseldorfに赴任", "ja", [["義務","必須","加入しなければ","必要"],["公的","Krankenkasse","gesetzlich","法定","民間","private"]]))
C("en","nrw","doctor",
  T("how do I find an english speaking GP in Bonn", "en", [["Hausarzt","GP","family doctor","general practitioner"],N116]))
C("en","tokyo","child-fever-night",
  T("my 2yo has 39 fever at 2am, we're in Shibuya. what do i do", "en", [N8000+N7119+["8000","7119"]], none=N116, kind=None))
C("de","nrw","child-fever-night",
  T("Kind hat nachts hohes Fieber, wir wohnen in Düsseldorf-Oberkassel", "de", [N116], none=N7119+N8000, kind=None))
C("ja","nrw","child-fever-night",
  T("ケルンで夜中に子供が熱出した、どこに電話すればいい？", "ja", [N116], none=N7119+N8000, kind=None))
C("ja","tokyo","child-fever-night",
  T("練馬区で夜中に子ども39度、救急車呼ぶほどか迷う", "ja", [N8000+N7119], none=N116, kind=None),
  T("固定電話でつながらない時は？", "ja", [["03-5285-8898","03(5285)8898","0352858898","03-3212-2323","03(3212)2323","0332122323"]]))
C("en","tokyo","adult-night",
  T("bad stomach pain at night in Tokyo, not sure if ambulance", "en", [N7119+["7119"]], none=N116, kind=None))
C("de","nrw","doctor",
  T("Arzttermin in Köln finden ist schwer – gibt es eine Terminservicestelle?", "de", [N116]))

# ---------------- emergencies ----------------
C("en","nrw","emergency",
  T("my husband collapsed!! we're in Essen Rüttenscheid", "en", [["112"]], none=N7119+["119番"], kind="emergency"))
C("ja","tokyo","emergency",
  T("火事です！港区のマンション", "ja", [["119"]], none=N116, kind="emergency"))
C("de","tokyo","emergency",
  T("Unfall in Shinagawa, jemand blutet stark", "de", [["119"]], none=N116, kind="emergency"))
C("ja","nrw","emergency",
  T("Düsseldorfで子どもが息してない", "ja", [["112"]], none=N7119+N8000, kind="emergency"))

# ---------------- pregnancy / birth ----------------
C("de","tokyo","pregnancy",
  T("bin schwanger, wir wohnen in Minato. was muss ich machen?", "de", [["母子健康手帳","Mutter-Kind","Boshi","Mutterpass","Mutter und Kind","Mutterschaftshandbuch","Mutter-und-Kind"],["Bezirksamt","区役所","Ward","Gesundheitszentrum","保健","Gesundheitsamt"]]))
C("ja","nrw","pregnancy",
  T("デュッセルドルフで妊娠がわかった。何すればいい？", "ja", [["Mutterpass","母子手帳","マザーパス","ムッターパス"],["助産師","Hebamme","ヘバメ"]]))
C("en","nrw","birth",
  T("baby due in march, we live in Köln. what do we have to do after the birth?", "en", [["Standesamt","registry office","civil registry"],["one week","1 week","within a week","7 days","seven days"]]),
  T("and the baby's residence permit?", "en", [["Ausländerbehörde","immigration","residence permit","Aufenthaltserlaubnis","foreigners"]]))
C("en","tokyo","birth",
  T("baby born last week in a Tokyo hospital — how many days to register the birth?", "en", [D14]))
C("ja","tokyo","pregnancy",
  T("江東区住み、妊娠したら母子手帳どこでもらう？", "ja", [["妊娠届"],["区役所","保健","区","窓口"]]))

# ---------------- kita / schools ----------------
C("en","nrw","kita",
  T("kita in cologne how do we apply", "en", [["Little Bird","LITTLE BIRD","Familienbüro"],["1 year","one year","first birthday","age of one","Rechtsanspruch","legal right","legal entitlement"]]))
C("de","nrw","kita",
  T("Kita-Platz in Düsseldorf, wie bewerbe ich mich?", "de", [["Kita-Navigator","Kita Navigator"]]),
  T("bis wann muss ich das machen?", "de", [["1. Februar","1.2.","Februar"]]),
  T("und wie viele Kitas kann ich angeben?", "de", [["15","fünfzehn"]]))
C("ja","nrw","school",
  T("Bonnのインターナショナルスクール教えて", "ja", [["Bonn International School","BIS","ボン・インターナショナル","ボンインターナショナル"]]))
C("en","nrw","school",
  T("international schools around Düsseldorf for a 9 year old?", "en", [["International School of Düsseldorf","ISD","International School Düsseldorf"]]))
C("ja","nrw","school",
  T("デュッセルドルフの日本人学校ってどこにある？", "ja", [["日本人学校","Japanische Internationale Schule","JISD"],["Oberkassel","オーバーカッセル","Niederkassel"]]))
C("de","tokyo","school",
  T("deutsche schule in tokio für meinen sohn (8)?", "de", [["Deutsche Schule Tokyo Yokohama","DSTY"],["Yokohama","Tsuzuki"]]))
C("de","tokyo","kindergarten",
  T("Gibt es in Tokio einen deutschsprachigen Kindergarten?", "de", [["DSTY","Deutsche Schule Tokyo Yokohama"]]),
  T("und wie kommen die Kinder da hin?", "de", [["Schulbus","Bus","U-Bahn","Nakamachidai"]]))
C("en","tokyo","daycare",
  T("daycare (hoikuen) in Setagaya, how to apply as foreigners?", "en", [["ward","区役所","Setagaya"],["hoikuen","保育","nursery","daycare"]]))
C("ja","tokyo","daycare",
  T("港区で保育園の申し込みって外国籍でもできる？", "ja", [["区役所","区","申込","申し込み"]]))
C("en","nrw","kita",
  T("we live in Essen, how to find a Kita for our 2 year old?", "en", [["Kita"],["Jugendamt","Kita-Navigator","City of Essen","Stadt Essen","online","youth welfare"]]))
C("ja","nrw","kita",
  T("Essenに引っ越した、3歳の子の幼稚園どう探す？", "ja", [["Kita","キタ","幼稚園","保育"]]))
C("de","nrw","school",
  T("Schulpflicht in NRW – ab wann muss mein Kind in Dortmund zur Schule?", "de", [["6","sechs"]]))

# ---------------- housing / utilities ----------------
C("en","nrw","housing-deposit",
  T("landlord in Düsseldorf wants 4 months deposit, is that legal??", "en", [["3 months","three months","3 monthly","three monthly","3 net","three net","drei"]]))
C("de","nrw","broadcast-fee",
  T("was ist dieser Rundfunkbeitrag-Brief? wohne in Dortmund", "de", [["18,36","18.36"]]))
C("de","nrw","housing-deposit",
  T("Wie viel Kaution darf mein Vermieter in Münster verlangen?", "de", [["drei","3"],["Kaltmiete","Nettokaltmiete","Monatsmiete"]]),
  T("und muss ich die auf einmal zahlen?", "de", [["Raten","Teilbeträgen","drei Teil","monatlich"]]))
C("ja","tokyo","housing",
  T("東京で部屋借りる時の敷金と礼金って何が違う？", "ja", [["返","戻"]]))
C("en","tokyo","internet",
  T("how to get internet in our apartment in Meguro fast?", "en", [["pocket wifi","Pocket WiFi","pocket Wi-Fi","mobile router","fiber","fibre","光"]]))
C("de","tokyo","waste",
  T("Wie trennt man in Tokio den Müll? wohne in Shinjuku", "de", [["Bezirk","区","Ward","Shinjuku"],["brennbar","燃やす","燃える","burnable","Brennbar"]]))
C("ja","nrw","waste",
  T("Düsseldorfのゴミ分別ってどうなってる？", "ja", [["黄色","Gelbe","gelbe"],["生ごみ","Bio","バイオ","生ゴミ"]]))
C("en","nrw","utilities",
  T("how do i get electricity contract for my flat in Münster", "en", [["Stadtwerke","provider","supplier","Anbieter"]]))
C("en","nrw","housing",
  T("looking for a flat in Düsseldorf Oberkassel, what documents do landlords want?", "en", [["SCHUFA","Schufa","credit"],["payslip","salary","income","Gehalt"]]))

# ---------------- banking ----------------
C("de","tokyo","banking",
  T("Konto eröffnen in Tokio – brauch ich ein Hanko?", "de", [["在留カード","Aufenthaltskarte","Residence Card","Zairyu"]]))
C("en","nrw","banking",
  T("can i open a german bank account in Köln before I have the Anmeldung?", "en", [["Anmeldung","registration certificate","Meldebescheinigung","proof of address"]]))

# ---------------- driving ----------------
C("de","tokyo","driving",
  T("kann ich mit meinem deutschen Führerschein in Tokio fahren?", "de", [["Übersetzung","translation","JAF"],["ein Jahr","1 Jahr","einem Jahr","12 Monate","einJahr"]]))
C("en","tokyo","driving",
  T("german license, we live in Tokyo now. how to convert?", "en", [["Fuchu","Samezu","Koto","府中","鮫洲","江東"]]),
  T("do I need a driving test?", "en", [["no test","without a test","without test","exempt","no exam","not required","don't need","do not need","no driving test","keine Prüfung"]]))
C("ja","nrw","driving",
  T("日本の免許でドイツ（Bonn）運転できる？", "ja", [["6か月","6ヶ月","6カ月","半年","六か月","6 か月","６か月"],["書き換え","切替","切り替え","Umschreibung"]]))

# ---------------- transport / pets ----------------
C("en","nrw","transport",
  T("cheapest monthly ticket for commuting Düsseldorf–Köln?", "en", [["Deutschlandticket","Deutschland-Ticket","Deutschland Ticket"]]))
C("ja","tokyo","transport",
  T("東京の電車、Suicaってどこで買える？", "ja", [["駅","券売機","スマホ","モバイル","アプリ"]]))
C("de","tokyo","pets",
  T("wir wollen unseren Hund nach Tokio mitnehmen, was braucht man?", "de", [["Quarantäne","Tollwut","動物検疫","Mikrochip","Microchip"]]))
C("en","nrw","pets",
  T("do we pay dog tax in Köln?", "en", [["Hundesteuer","dog tax"]]))

# ---------------- support bodies / fairs / ecosystem ----------------
C("ja","nrw","support",
  T("NRWで日本企業を支援してくれるところは？", "ja", [["NRW Japan","NRW.Global Business Japan"]], none=["IHK Stuttgart"]))
C("en","tokyo","support",
  T("which Tokyo government office do I contact as a company from NRW?", "en", [["Bureau of Industrial and Labor Affairs","産業労働局","Industrial and Labor","Industry and Labor"]]))
C("de","tokyo","trade-fair",
  T("Wir wollen auf eine Messe in Tokio, wer hilft beim Gemeinschaftsstand?", "de", [["AHK Japan","AHK","Deutsche Industrie- und Handelskammer in Japan"]]))
C("en","tokyo","trade-fair",
  T("trade fairs in tokyo for our machinery, where are they held?", "en", [["Big Sight","Makuhari"]]),
  T("who can help us exhibit there?", "en", [["AHK","German Chamber","Deutsche Industrie- und Handelskammer"]]))
C("ja","nrw","trade-fair",
  T("デュッセルドルフの見本市に出展したい", "ja", [["Messe Düsseldorf","メッセ・デュッセルドルフ","メッセデュッセルドルフ","Messe Duesseldorf"]]))
C("en","nrw","universities",
  T("we're a tokyo SME, want an R&D partner university in NRW", "en", [["RWTH","Aachen","university","Universität","Fraunhofer"]]))
C("de","tokyo","startups",
  T("Kontakte zu Startups und Investoren in Tokio möglich?", "de", [["Startup","Start-up","スタートアップ"],["Investor","投資"]]))
C("ja","nrw","introductions",
  T("NRWの現地企業を紹介してもらえる？", "ja", [["NRW.Global","NRW Japan","紹介"]]))
C("en","nrw","support",
  T("who supports japanese companies in NRW?", "en", [["NRW Japan"],["NRW.Global Business","NRW.Global"]]))

# ---------------- agreement ----------------
C("en",None,"agreement",
  T("when was the Tokyo NRW agreement signed?", "en", [["2021"]], rq=False))
C("ja",None,"agreement",
  T("東京都とNRWの覚書って期限あるの？", "ja", [["2023"],["延長","自動"]], rq=False))
C("de",None,"agreement",
  T("Wer ist laut Absichtserklärung Ansprechpartner auf NRW-Seite?", "de", [["NRW.Global Business","NRW.Global"],["NRW Japan"]], rq=False))
C("en",None,"agreement",
  T("is the tokyo-NRW MoU legally binding?", "en", [["not legally binding","non-binding","not binding","no legal","legally non-binding","isn't legally binding","is not binding"]], rq=False))

# ---------------- handover ----------------
C("en","tokyo","handover",
  T("talk to a person pls, we're founding a subsidiary in Tokio", "en", kind="handover"))
C("de","nrw","handover",
  T("Ich möchte mit jemandem sprechen, wir wollen nach Düsseldorf expandieren", "de", kind="handover"))
C("ja","nrw","handover",
  T("担当者と話したい。Kölnに拠点作りたい", "ja", kind="handover"))
C("en","nrw","handover",
  T("GmbH in Essen, how much capital?", "en", [EUR25]),
  T("ok can you connect me with someone?", "en", kind="handover"))
C("de","tokyo","handover",
  T("Welche Messe in Tokio passt zu uns?", "de", [["Messe","Big Sight","Makuhari"]]),
  T("Kann mich bitte jemand vom Büro anrufen?", "de", kind="handover"))

# ---------------- smalltalk / out-of-scope / clarify ----------------
C("de",None,"smalltalk", T("Hallo", "de", kind="smalltalk"))
C("ja",None,"smalltalk", T("こんにちは", "ja", kind="smalltalk"))
C("en",None,"smalltalk", T("hi there :)", "en", kind="smalltalk"))
C("ja","tokyo","smalltalk",
  T("港区で転入届の期限は？", "ja", [["14日"]]),
  T("ありがとう！助かった", "ja", kind="smalltalk"))
C("de","nrw","smalltalk",
  T("Wie hoch ist der Rundfunkbeitrag in Köln?", "de", [["18,36","18.36"]]),
  T("Danke dir!", "de", kind="smalltalk"))
C("de",None,"out-of-scope", T("Wie hat Fortuna Düsseldorf gestern gespielt?", "de", kind="out-of-scope", none=["Anmeldung","Quelle:"]))
C("ja",None,"out-of-scope", T("東京の明日の天気は？", "ja", kind="out-of-scope", none=["転入届","#7119"]))
C("en",None,"out-of-scope", T("tell me a joke about germans", "en", kind="out-of-scope"))
C("de",None,"out-of-scope", T("kannst du meine Mathe Hausaufgabe machen? 3x+5=20", "de", kind="out-of-scope"))
C("en",None,"clarify", T("how do I register my address?", "en", kind="clarify-region", rq=False))
C("ja",None,"clarify", T("会社設立の費用ってどのくらい？", "ja", kind="clarify-region", rq=False))
C("de",None,"clarify", T("Wie finde ich eine Wohnung?", "de", kind="clarify-region", rq=False))
C("en",None,"clarify", T("visa for my wife?", "en", kind="clarify-region", rq=False))

# ---------------- unsupported languages ----------------
C("tr","nrw","company-capital", T("Düsseldorf'ta GmbH kurmak için ne kadar sermaye lazım?", "tr", [EUR25]))
C("ko","tokyo","company-capital", T("도쿄에서 주식회사(KK) 설립 최소 자본금은 얼마예요?", "ko", [Y1]))
C("zh","tokyo","visa-founder", T("在东京开公司需要什么签证？", "zh", [["Business Manager","Business Management","经营管理","経営・管理","经营・管理"]], none=["です。","ください。"]))
C("es","nrw","registration", T("¿Cómo registro mi domicilio en Colonia? acabo de llegar", "es", [TWOW+["dos semanas","14 días"]]))
C("vi","tokyo","child-fever-night", T("Con tôi sốt cao ban đêm ở Tokyo, gọi số nào?", "vi", [N8000+N7119+["8000","7119"]], none=N116, kind=None))
C("it","nrw","broadcast-fee", T("Quanto costa il canone TV in Germania? abito a Bonn", "it", [["18,36","18.36"]]))
C("pt","tokyo","driving", T("Posso dirigir em Tóquio com minha carteira de motorista alemã?", "pt", [["one year","1 year","um ano","1 ano","12 months"]]))
C("tr","tokyo","child-fever-night", T("Tokyo'da çocuğum gece ateşlendi, ne yapmalıyım?", "tr", [N8000+N7119+["8000","7119"]], none=N116, kind=None))
C("ko","nrw","registration", T("뒤셀도르프에서 주소 등록은 어떻게 해요?", "ko", [TWOW+["2주"]]))
C("zh","nrw","company-capital", T("在杜塞尔多夫注册GmbH最低资本多少？", "zh", [EUR25+["2.5万欧元"]], none=["です。","ください。"]))

# ---------------- extra multi-turn / region-glue follow-ups ----------------
C("ja","nrw","registration",
  T("Düsseldorfに来月引っ越す。住民登録いつまで？", "ja", [TWOW]),
  T("予約いる？", "ja", [["予約","Termin","テルミン"]], none=["医師","病院"]))
C("en","tokyo","company-cost",
  T("what does founding a GK in Tokyo cost?", "en", [GK_REG]),
  T("and a KK?", "en", [KK_REG]))
C("de","nrw","company-capital",
  T("Stammkapital GmbH in Düsseldorf?", "de", [EUR25]),
  T("und muss ich alles sofort einzahlen?", "de", [EUR125]))
C("en","nrw","kita",
  T("we're moving to Bonn with a 1 year old, any right to daycare?", "en", [["legal right","entitlement","Rechtsanspruch","right to a place","entitled"]]),
  T("how do we apply there?", "en", [["Kita","online","Jugendamt","youth welfare","portal","Stadt Bonn","City of Bonn"]]))
C("ja","tokyo","driving",
  T("ドイツ人の同僚、東京で運転したいって。ドイツの免許で大丈夫？", "ja", [["翻訳","JAF"],["1年","一年"]]),
  T("その後は？", "ja", [["切替","切り替え","外免","府中","鮫洲","江東","書き換え"]]))
C("de","tokyo","registration",
  T("Ich zieh nach Bunkyo, Anmeldung?", "de", [D14]),
  T("Was brauch ich dafür?", "de", [["Aufenthaltskarte","在留カード","Residence Card","Reisepass","Pass","Zairyu"]]))
C("en","nrw","emergency",
  T("what number do i call for an ambulance in Düsseldorf", "en", [["112"]], none=N7119),
  T("and if it's not life threatening, at night?", "en", [N116]))
C("ja","nrw","trade-fair",
  T("Kölnで見本市に出たい", "ja", [["Koelnmesse","ケルンメッセ","Kölnmesse","メッセ"]]),
  T("支援してくれる機関ある？", "ja", [["NRW Japan","NRW.Global","JETRO","ジェトロ","日本商工会議所","JIHK"]]))
C("en","tokyo","pregnancy",
  T("my wife is pregnant, we live in Chuo-ku Tokyo. first steps?", "en", [["Maternal and Child Health Handbook","母子健康手帳","boshi","mother-child","mother and child","maternal"]]),
  T("is it available in english?", "en", [["English","英語","multilingual","foreign language"]]))
C("de","nrw","pets",
  T("Hund angemeldet in Essen?", "de", [["Hundesteuer"]]),
  T("und was kostet das?", "de", [["Euro","€","EUR"]]))
C("ja","tokyo","social-insurance",
  T("東京で従業員5人雇う予定。労働保険は？", "ja", [["労災"],["雇用保険"]]),
  T("どこに届ける？", "ja", [["労働基準監督署","ハローワーク","公共職業安定所"]]))
C("en","nrw","health-insurance",
  T("we just arrived in Dortmund, do we need german health insurance?", "en", [["mandatory","compulsory","required","obligatory","must"]]),
  T("public or private?", "en", [["public","statutory","gesetzlich","GKV"],["private","PKV"]]))


# ---------------- more multi-turn follow-ups ----------------
C("de","nrw","company-notary",
  T("GmbH-Gründung in Düsseldorf: brauchen wir einen Notar?", "de", [["Notar"]]),
  T("und wenn ich kein Deutsch kann?", "de", [["Dolmetscher","Übersetzer","Übersetzung","dolmetsch"]]))
C("en","tokyo","company-articles",
  T("KK in Tokyo: where do the articles of incorporation get certified?", "en", [["notary","公証","koshou","notar"]]),
  T("what does that cost?", "en", [["30,000","30000","30.000","50,000","50000","50.000"]]))
C("ja","nrw","company-capital",
  T("Dortmundで会社作りたい。GmbHとUGの違いは？", "ja", [EUR25, ["1ユーロ","1 ユーロ","1€","1 €","１ユーロ"]]),
  T("UGのデメリットは？", "ja", [["積立","準備金","Rücklage","4分の1","25%","四分の一"]]))
C("en","nrw","registration",
  T("we moved to Essen last week", "en", [["Anmeld","register"]]),
  T("where exactly?", "en", [["Bürgeramt","citizens' office","citizens office","Bürgerbüro","Bürgeramt Essen","office"]]))
C("de","tokyo","child-fever-night",
  T("Unser Baby hat in Tokio nachts Fieber, 38,5", "de", [N8000+N7119+["8000","7119"]], none=N116, kind=None),
  T("ist das auf Englisch möglich?", "de", [["Englisch","English","英語"]]))
C("ja","nrw","housing-deposit",
  T("Bochumで部屋借りる。敷金（Kaution）は何か月分まで？", "ja", [["3か月","3ヶ月","3カ月","三か月","３か月","3 か月"]]),
  T("分割で払える？", "ja", [["分割","3回","三回","3分割"]]))
C("en","tokyo","school",
  T("german school near tokyo for our 2 kids?", "en", [["DSTY","German School Tokyo Yokohama","Deutsche Schule Tokyo Yokohama"]]),
  T("and the cost?", "en", [["fee","tuition","yen","円","Schulgeld"]]))
C("de","nrw","kita",
  T("Kita in Köln für unsere Tochter (1)?", "de", [["Little Bird","LITTLE BIRD","Familienbüro"]]),
  T("haben wir da überhaupt Anspruch drauf?", "de", [["Rechtsanspruch","Anspruch"]]))
C("ja","tokyo","support",
  T("東京でドイツの見本市担当ってどこ？AHK？", "ja", [["AHK","在日ドイツ商工会議所","ドイツ商工会議所"]]),
  T("それはどこにある？", "ja", [["東京","千代田","麹町","港区","Tokyo"]]))
C("en","nrw","visa",
  T("japanese engineer moving to Düsseldorf for our GmbH, which permit?", "en", [["residence permit","Aufenthaltserlaubnis","Blue Card","Blaue Karte","work permit"]]),
  T("where do we apply?", "en", [["Ausländerbehörde","immigration office","foreigners","embassy","Botschaft","consulate"]]))
C("de","tokyo","health",
  T("Hausarzt auf Englisch oder Deutsch in Tokio finden?", "de", [["Klinik","clinic","Arzt","Ärzt"]]),
  T("und nachts?", "de", [N7119+["7119"]], none=N116))
C("ja","nrw","birth",
  T("Düsseldorfで出産予定。生まれたらどこに届ける？", "ja", [["Standesamt","戸籍役場","身分登録局","役所","登録"],["1週間","一週間","7日"]]),
  T("日本側の手続きは？", "ja", [["総領事館","領事館","出生届","大使館"]]))

# extra unsupported
C("pt","nrw","registration", T("Acabei de me mudar para Essen, preciso registrar meu endereço?", "pt", [TWOW+["duas semanas","14 dias"]]))
C("es","tokyo","company-capital", T("¿Capital mínimo para una KK en Tokio?", "es", [Y1]))
C("vi","nrw","child-fever-night", T("Con tôi bị sốt ban đêm ở Köln, gọi số nào?", "vi", [N116], none=N8000+N7119, kind=None))

for i, c in enumerate(cases, 1):
    c["id"] = f"PTN{i:03d}"
out = {"set": "probe-tokyo-nrw", "writtenBy": "probe helper", "cases": cases}
json.dump(out, open("/work/probe/probe-tokyo-nrw.json","w"), ensure_ascii=False, indent=1)
print(len(cases), sum(1 for c in cases if len(c["turns"])>1))
