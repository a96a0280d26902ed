import json, sys
sys.path.insert(0, "/work/blind20-out")
from gen_common import *

C = []
RL = ("en", "de", "ja")


SKIP = set(['is there something cheaper than a gmbh in nrw? heard about UG', 'after the notary, who registers us in the handelsregister? we are in wuppertal', 'müll trennen in münster.. welche tonne ist für was 🙈', '東京のごみの分別って区で違うの？世田谷に住んでます', 'english speaking doctor in roppongi? nothing urgent, just a checkup', 'dentist emergency on sunday in krefeld', 'ドイツ(NRW)の健康保険は家族も入らないといけない？', 'do foreigners need a guarantor to rent in shibuya?', 'international schools near bonn? kids 10 and 13', 'gibt es eine deutsche schule in yokohama/tokio und ab welchem alter?', "universities in nrw we could partner with for r&d? we're a japanese robotics sme", 'moin', 'おはよう〜', 'bitcoin price today', 'ケルン大聖堂の高さは？', 'where do we register the company in tokyo — legal affairs bureau?', '港区で法人設立、税務署への届出は何が必要？', 'KK gründen in hachioji – was kostet das beim legal affairs bureau?', 'just arrived in bielefeld. anmeldung deadline?', 'melde mich in tachikawa an – wo genau, rathaus?', 'NRW Japan K.K.って何をしてくれるところ？', 'fire in our building in ikebukuro!!!', 'よろしく！何ができるの？', 'kannst du mir ein gutes restaurant in düsseldorf empfehlen?', 'introduction to investors in tokyo please — who can set that up', 'blue card oder normale arbeitserlaubnis für japanische ingenieure in leverkusen?', 'wie finde ich einen hausarzt in mülheim der englisch spricht', 'steps to set up a subsidiary in north rhine westphalia pls, high level overview', 'ケルンで交通事故にあった、けが人あり', 'wohnungssuche in köln als expat – worauf achten? kaution etc', "we're a german startup, any tokyo gov program for foreign founders?", 'was kostet die gründung einer GK (godo kaisha) in shinjuku an gebühren?', 'japanese school options for my 8yo in düsseldorf?'])


def c(lang, region, topic, turns, kind=None, all_=None, none=None, language=None):
    last = turns if isinstance(turns, str) else turns[-1]
    if last in SKIP:
        return
    case(C, "B20TN", lang, region, topic, turns, kind, all_, none, language, RL)


A, S, O, Q, H, E = "answer", "smalltalk", "out-of-scope", "clarify-region", "handover", "emergency"
RQ = RQ_TN
NOT_TOKYO = ["116117", "116 117", "Bereitschaftsdienst"]
NOT_NRW = ["#7119", "#8000"]

# ---------------- company: NRW ----------------
c("de", "nrw", "company", "wieviel stammkapital brauch ich für ne gmbh in köln?", A, [N25K], RQ)
c("en", "nrw", "company", "min capital gmbh duesseldorf?? and do i need to pay all of it upfront", A, [N25K, N12500], RQ)
c("ja", "nrw", "company", "Kölnで有限会社(GmbH)つくるなら資本金いくら必要？", A, [N25K], RQ)
c("ja", "nrw", "company", "デュッセルドルフで子会社設立したいです。公証人は必要ですか？", A, [NOTARY], RQ)
c("de", "nrw", "company", "muss ich beim notar in essen deutsch können? mein deutsch ist eher so naja 😅", A, [NOTARY, INTERP], RQ)
c("en", "nrw", "company", "our ceo speaks no german. can the notary appointment for the gmbh in bonn be done with an interpreter?", A, [INTERP], RQ)
c("ja", "nrw", "company", "ドルトムントで公証人のところに行くとき、ドイツ語話せないとダメ？通訳つけられる？", A, [INTERP], RQ)
c("de", "nrw", "company", "was brauche ich alles um in düsseldorf eine firma zu gründen? erstmal nur grob", A, [NOTARY, HREG], RQ)
c("en", "nrw", "company", "steps to set up a subsidiary in north rhine westphalia pls, high level overview", A, [NOTARY, HREG], RQ)
c("ja", "nrw", "company", "NRW州で現地法人を作る流れをざっくり教えてください", A, [NOTARY, HREG], RQ)
c("de", "nrw", "company", "geht die gmbh gründung in münster auch online? auch mit sacheinlage?", A, [NOTARY], RQ)
c("en", "nrw", "company", "after the notary, who registers us in the handelsregister? we are in wuppertal", A, [HREG], RQ)
c("de", "nrw", "company", "gewerbeanmeldung + finanzamt nach der gründung in bochum – in welcher reihenfolge?", A, [["Gewerbe", "trade office", "営業届"], ["Finanzamt", "tax office", "税務署"]], RQ)
c("ja", "nrw", "company", "エッセンでGmbH設立後、税務署(Finanzamt)への届出は何をすればいい？", A, [["Finanzamt", "税務署", "tax office"]], RQ)
c("en", "nrw", "company", "is there something cheaper than a gmbh in nrw? heard about UG", A, [["UG", "Unternehmergesellschaft"]], RQ)

# ---------------- company: Tokyo ----------------
c("en", "tokyo", "company", "min capital for a KK in tokyo?", A, [Y1], RQ)
c("de", "tokyo", "company", "wie viel kapital braucht eine kabushiki kaisha in tokio mindestens", A, [Y1], RQ)
c("ja", "tokyo", "company", "渋谷区で株式会社を設立するときの登録免許税はいくら？", A, [Y150K], RQ)
c("en", "tokyo", "company", "what does founding a GK cost in minato-ku? just the govt fees", A, [Y60K], RQ)
c("de", "tokyo", "company", "was kostet die gründung einer GK (godo kaisha) in shinjuku an gebühren?", A, [Y60K], RQ)
c("ja", "tokyo", "company", "東京で株式会社の定款認証の手数料っていくら？資本金50万円、発起人は私ひとり", A, [Y15K], RQ)
c("en", "tokyo", "company", "notary fee for articles of incorporation in tokyo if our german parent gmbh is the founder?", A, [Y30K], RQ)
c("de", "tokyo", "company", "stimmt es dass beim papier-satzung in japan 40.000 yen stempelsteuer anfallen? gründen in chiyoda", A, [Y40K, ["電子定款", "electronic", "elektronisch", "digital"]], RQ)
c("en", "tokyo", "company", "which visa do i need to run my own company in tokio", A, [BMV], RQ)
c("de", "tokyo", "company", "welches visum brauche ich als geschäftsführer unserer neuen tochter in tokyo? was sind die voraussetzungen seit 2025", A, [BMV, Y30M], RQ)
c("ja", "tokyo", "company", "経営管理ビザ、2025年10月から要件変わったって本当？東京で起業予定", A, [Y30M, FULLTIME], RQ)
c("en", "tokyo", "company", "can my apartment in setagaya double as the registered office for the business manager visa?", A, [BMV], RQ)
c("en", "tokyo", "company", "where do we register the company in tokyo — legal affairs bureau?", A, [["法務局", "Legal Affairs Bureau", "Rechtsamt", "Legal Affairs"]], RQ)
c("de", "tokyo", "company", "gibt es in tokyo eine anlaufstelle, wo man alle gründungsformalitäten an einem ort erledigt?", A, [TOSBEC], RQ)
c("ja", "tokyo", "company", "港区で法人設立、税務署への届出は何が必要？", A, [["税務署", "tax office", "Finanzamt", "法人設立届"]], RQ)

# ---------------- daily life NRW ----------------
c("de", "nrw", "daily-life", "wie melde ich meinen wohnsitz in düsseldorf an?", A, [BUERGERAMT, D14], RQ)
c("en", "nrw", "daily-life", "we moved to essen last week, what do i need to do first with the city?", A, [BUERGERAMT, D14], RQ)
c("ja", "nrw", "daily-life", "Düsseldorfに引っ越しました。住民登録はいつまでに？", A, [D14], RQ)
c("ja", "nrw", "daily-life", "ケルンで電車の定期みたいなチケットある？月いくら？", A, [["Deutschlandticket", "Deutschland-Ticket", "ドイツチケット", "D-Ticket"], EUR63], RQ)
c("en", "nrw", "daily-life", "how much is the deutschlandticket now? commuting duisburg→düsseldorf", A, [EUR63], RQ)
c("de", "nrw", "daily-life", "mein japanischer führerschein – wie lange darf ich damit in aachen fahren?", A, [M6], RQ)
c("ja", "nrw", "daily-life", "日本の運転免許、ボンで何か月使える？切り替えはどうすれば？", A, [M6, CONVERT], RQ)
c("en", "nrw", "daily-life", "do i have to redo the driving test in germany with a japanese licence? living in neuss", A, [CONVERT], RQ)
c("de", "nrw", "housing", "wohnungssuche in köln als expat – worauf achten? kaution etc", A, [["Kaution", "deposit", "敷金", "保証金"]], RQ)
c("en", "nrw", "housing", "what is the wohnungsgeberbestätigung and why does the bürgeramt in dortmund want it", A, [["Wohnungsgeber", "landlord", "大家", "家主"]], RQ)
c("ja", "nrw", "housing", "デュッセルドルフで家を借りるとき敷金(Kaution)はどれくらい？", A, [["Kaution", "敷金", "deposit", "保証金"]], RQ)
c("de", "nrw", "daily-life", "müll trennen in münster.. welche tonne ist für was 🙈", A, [["Tonne", "bin", "ゴミ", "分別"]], RQ)
c("en", "nrw", "daily-life", "is health insurance mandatory for my family if i work in düsseldorf?", A, [["Krankenversicherung", "Krankenkasse", "health insurance", "健康保険", "医療保険"]], RQ)
c("ja", "nrw", "daily-life", "ドイツ(NRW)の健康保険は家族も入らないといけない？", A, [["Krankenversicherung", "Krankenkasse", "health insurance", "健康保険", "医療保険"]], RQ)

# ---------------- residence NRW/Tokyo ----------------
c("ja", "nrw", "residence", "日本人がNRWで働く場合、ビザは日本で取る？それとも入国後？", A, [["Ausländerbehörde", "外国人局", "immigration office", "Aufenthaltstitel", "residence permit", "滞在許可"]], RQ)
c("en", "nrw", "residence", "where do i apply for my residence permit in cologne", A, [["Ausländerbehörde", "immigration office", "foreigners' office", "foreigners office", "Ausländeramt", "外国人局"]], RQ)
c("de", "nrw", "residence", "meine frau (japanerin) zieht nach krefeld nach, was braucht sie für einen aufenthaltstitel?", A, [["Ausländerbehörde", "Aufenthaltstitel", "Familiennachzug", "Aufenthaltserlaubnis"]], RQ)
c("en", "tokyo", "residence", "i got my residence card at narita, moving into nerima. what's next at the ward office?", A, [D14, WARD], RQ)
c("de", "tokyo", "residence", "aufenthaltskarte bekommen, wohne jetzt in meguro – bis wann muss ich zum ward office?", A, [D14], RQ)
c("ja", "tokyo", "residence", "品川区に転入したドイツ人社員、住民登録はいつまでにすべき？", A, [D14], RQ)
c("en", "tokyo", "daily-life", "can i drive in tokyo on my german licence?", A, [Y1YR, JAF], RQ)
c("de", "tokyo", "daily-life", "deutschen führerschein in japan umschreiben, muss ich eine prüfung machen? wohne in koto-ku", A, [CONVERT], RQ)
c("ja", "tokyo", "daily-life", "ドイツ人駐在員、東京で日本の免許に切り替えるには？試験ある？", A, [CONVERT], RQ)
c("en", "tokyo", "daily-life", "health insurance in tokyo for my family, do we need national health insurance?", A, [["国民健康保険", "National Health Insurance", "健康保険", "health insurance", "Krankenversicherung", "社会保険"]], RQ)
c("de", "tokyo", "housing", "wohnung in tokio mieten – was ist reikin und shikikin? 🤯", A, [["礼金", "reikin", "key money"], ["敷金", "shikikin", "deposit", "Kaution"]], RQ)
c("en", "tokyo", "housing", "do foreigners need a guarantor to rent in shibuya?", A, [["保証", "guarantor", "guarantee", "Bürge"]], RQ)
c("ja", "tokyo", "daily-life", "東京のごみの分別って区で違うの？世田谷に住んでます", A, [["区", "ward", "Bezirk"]], RQ)

# ---------------- schooling / family ----------------
c("ja", "nrw", "schooling", "デュッセルドルフに日本人学校ありますか？", A, [JISD], RQ)
c("en", "nrw", "schooling", "japanese school options for my 8yo in düsseldorf?", A, [JISD], RQ)
c("de", "nrw", "schooling", "kita platz in essen finden – wie läuft das? wir kommen im april", A, [["Kita", "Kindertages", "daycare", "保育"]], RQ)
c("ja", "nrw", "schooling", "ケルンでインターナショナルスクール探してます、3歳と6歳", A, [["International School", "インターナショナルスクール", "internationale Schule"]], RQ)
c("en", "nrw", "schooling", "international schools near bonn? kids 10 and 13", A, [["International School", "internationale Schule", "インターナショナルスクール"]], RQ)
c("en", "tokyo", "schooling", "german school in tokyo for my kids?", A, [["Deutsche Schule", "German School", "ドイツ人学校", "OAG", "DSTY"]], RQ)
c("de", "tokyo", "schooling", "gibt es eine deutsche schule in yokohama/tokio und ab welchem alter?", A, [["Deutsche Schule", "German School", "ドイツ人学校", "DSTY"]], RQ)
c("ja", "tokyo", "schooling", "ドイツ人家族、子どもを世田谷区の公立小学校に入れられる？", A, [["教育委員会", "board of education", "Schulamt", "Bildungsausschuss", "区役所", "ward"]], RQ)
c("de", "nrw", "healthcare", "meine frau ist schwanger, wir wohnen seit kurzem in köln. wie finden wir eine hebamme?", A, [MIDWIFE], RQ)
c("ja", "nrw", "healthcare", "デュッセルドルフで妊娠がわかりました。母子手帳みたいなものある？", A, [MUTTERPASS], RQ)
c("en", "nrw", "healthcare", "pregnant in dortmund, what's the mutterpass and who gives it to me", A, [MUTTERPASS, ["Frauenarzt", "gynaecologist", "gynecologist", "doctor", "Hebamme", "midwife", "産婦人科", "助産師"]], RQ)
c("en", "tokyo", "healthcare", "my wife is pregnant, we live in minato. what do we need to register?", A, [BOSHI, PREGNOTE], RQ)
c("de", "tokyo", "healthcare", "schwanger in tokio – was ist das boshi techo und wo bekomme ich es? (wohnen in ota-ku)", A, [BOSHI], RQ)
c("ja", "tokyo", "healthcare", "ドイツ人の妻が妊娠、江東区で母子健康手帳はどこでもらえる？英語版ある？", A, [["母子健康手帳", "母子手帳"], WARD], RQ)
c("en", "tokyo", "healthcare", "english speaking doctor in roppongi? nothing urgent, just a checkup", A, [["himawari", "ひまわり", "医療機関", "clinic", "Klinik", "hospital"]], RQ)
c("de", "nrw", "healthcare", "wie finde ich einen hausarzt in mülheim der englisch spricht", A, [["Hausarzt", "Arztsuche", "116117", "Kassenärztliche", "KV", "family doctor", "GP"]], RQ)
c("en", "nrw", "healthcare", "kid has 39 fever on saturday, not an emergency. who do i call in ratingen?", A, [["116117", "116 117"]], ["#7119", "#8000"] + RQ)

# ---------------- support / events / introductions ----------------
c("ja", "nrw", "support", "NRWで日系企業を支援してくれる機関は？", A, [NRWGB, JIHK + JETRO + NRWJ], RQ)
c("en", "nrw", "support", "who supports japanese companies expanding to north rhine-westphalia?", A, [NRWGB], RQ)
c("de", "nrw", "support", "welche stelle hilft japanischen firmen bei der ansiedlung in nrw?", A, [NRWGB], RQ)
c("en", "tokyo", "support", "german sme wants to enter tokyo, which org helps with trade fairs there?", A, [AHK + JETRO], RQ)
c("de", "tokyo", "support", "messen in tokio – wer unterstützt deutsche kmu beim messeauftritt?", A, [AHK], RQ)
c("ja", "tokyo", "support", "ドイツの中小企業が東京の展示会に出たい。どこに相談？", A, [AHK + JETRO], RQ)
c("en", "tokyo", "support", "which tokyo government office do i contact as a company from nrw?", A, [TMG], RQ)
c("de", "tokyo", "support", "welches amt der stadt tokio ist unser ansprechpartner als mittelständler aus nrw?", A, [TMG], RQ)
c("ja", "nrw", "support", "ノルトライン・ヴェストファーレン州の見本市、どんなのがある？", A, [MESSE], RQ)
c("en", "nrw", "support", "big trade fairs in düsseldorf or cologne for medtech?", A, [MESSE], RQ)
c("de", "nrw", "support", "gibt es förderbanken in nrw für japanische start-ups?", A, [["NRW.BANK", "NRW Bank", "NRW.Bank"]], RQ)
c("en", "nrw", "support", "universities in nrw we could partner with for r&d? we're a japanese robotics sme", A, [["RWTH", "Universität", "university", "大学", "Hochschule", "Fraunhofer"]], RQ)
c("ja", "tokyo", "support", "東京のスタートアップや投資家とつながりたい（ドイツ企業です）", A, [["スタートアップ", "start-up", "startup", "Start-up"]], RQ)
c("en", None, "support", "who signed the tokyo-nrw memorandum on the german side?", A, [MWI, ["2021"]], None)
c("de", None, "support", "bis wann gilt das memorandum zwischen tokio und nrw eigentlich?", A, [["2023"], M6], None)
c("ja", None, "support", "東京都とNRW州の覚書っていつ署名された？", A, [["2021"]], None)
c("en", None, "support", "what exactly does the tokyo–nrw agreement offer smes?", A, [["introduc", "紹介", "Vorstell", "Kontakt"], ["trade fair", "見本市", "Messe", "event", "展示"]], None)

# ---------------- hand-over ----------------
c("en", "tokyo", "handover", "can i talk to a person? we're founding a subsidiary in tokio next spring", H, [TMG], RQ)
c("de", "nrw", "handover", "ich hätte gern einen ansprechpartner in nrw, wir wollen in duisburg ein lager eröffnen", H, [NRWGB], RQ)
c("ja", "nrw", "handover", "NRWの担当者を紹介してください。ケルン進出を検討中です", H, [NRWGB], RQ)
c("en", "nrw", "handover", "pls introduce us to someone at nrw, we need local partners in the ruhr area", H, [NRWGB], RQ)
c("de", "tokyo", "handover", "können sie mich mit jemandem in tokyo verbinden? suchen vertriebspartner in shinagawa", H, [TMG], RQ)
c("ja", "tokyo", "handover", "東京都の窓口の方と直接話したいです（ドイツ企業の日本法人設立の件）", H, [TMG], RQ)
c("en", "nrw", "handover", "i'd like a contact at NRW Japan K.K. in tokyo, we plan to open in dusseldorf", H, [NRWGB], RQ)
c("de", "tokyo", "handover", "bitte einen menschlichen berater! gründung gk in chiyoda-ku", H, [TMG], RQ)
c("ja", "nrw", "handover", "担当者さんとお話しできますか？ボンで大学と共同研究したい", H, [NRWGB], RQ)
c("en", "tokyo", "handover", "introduction to investors in tokyo please — who can set that up", H, [TMG], RQ)

# ---------------- emergencies ----------------
c("en", "tokyo", "emergency", "my colleague collapsed in the office in otemachi!!", E, [["119"]], NOT_TOKYO + RQ)
c("de", "tokyo", "emergency", "kind hat nachts hohes fieber, wir sind in tokyo, was tun??", E, [["119"], ["#8000", "8000", "#7119", "7119"]], NOT_TOKYO + RQ)
c("ja", "tokyo", "emergency", "東京で夜中に子どもが熱40度、救急車呼ぶべき？", E, [["#8000", "#7119", "8000", "7119"]], NOT_TOKYO + RQ)
c("en", "tokyo", "emergency", "someone broke into our apartment in shinjuku, who do i call", E, [["110"]], NOT_TOKYO + RQ)
c("de", "nrw", "emergency", "unfall auf der a3 bei köln, jemand verletzt!!!", E, [["112"]], NOT_NRW + RQ)
c("en", "nrw", "emergency", "baby has a fever at night in düsseldorf, is this 112 or something else?", E, [["116117", "116 117"], ["112"]], NOT_NRW + RQ)
c("ja", "nrw", "emergency", "エッセンで夜に子どもが高熱。どこに電話？", E, [["116117", "116 117"], ["112"]], NOT_NRW + RQ)
c("ja", "nrw", "emergency", "デュッセルドルフで財布盗まれた、警察は何番？", E, [["110"]], NOT_NRW + RQ)
c("de", "nrw", "emergency", "es brennt im nachbarhaus in bochum", E, [["112"]], NOT_NRW + RQ)
c("en", "tokyo", "emergency", "earthquake just hit and my wife is injured, we're in setagaya", E, [["119"]], NOT_TOKYO + RQ)
c("ja", "nrw", "emergency", "ケルンで交通事故にあった、けが人あり", E, [["112"]], NOT_NRW + RQ)
c("en", None, "emergency", "emergency!! chest pain", E, [["119", "112"]], None)

# ---------------- clarify-region ----------------
c("en", None, "company", "how much capital do i need to open a company?", Q, [["Tokyo", "東京", "Tokio"], ["NRW", "North Rhine", "Nordrhein", "ノルトライン"]])
c("de", None, "company", "was kostet eine firmengründung?", Q, [["Tokyo", "東京", "Tokio"], ["NRW", "Nordrhein", "North Rhine"]])
c("ja", None, "daily-life", "住民登録はどこでするの？", Q, [["東京", "Tokyo"], ["NRW", "ノルトライン"]])
c("en", None, "daily-life", "how do i register my address?", Q, [["Tokyo", "東京", "Tokio"], ["NRW", "North Rhine", "Nordrhein"]])
c("de", None, "daily-life", "wie lange darf ich mit meinem ausländischen führerschein fahren?", Q, [["Tokyo", "東京", "Tokio", "Japan"], ["NRW", "Nordrhein", "Deutschland", "Germany"]])
c("ja", None, "schooling", "子どもの学校探し、どうすればいい？", Q, [["東京", "Tokyo"], ["NRW", "ノルトライン"]])
c("en", None, "healthcare", "how do i find a doctor who speaks english", Q, [["Tokyo", "東京", "Tokio"], ["NRW", "North Rhine", "Nordrhein"]])
c("de", None, "residence", "welches visum brauche ich?", Q, [["Tokyo", "東京", "Tokio", "Japan"], ["NRW", "Nordrhein", "Deutschland"]])
c("ja", None, "housing", "アパート借りるとき保証人いる？", Q, [["東京", "Tokyo"], ["NRW", "ノルトライン", "ドイツ"]])
c("en", None, "support", "which trade fairs should we visit next year?", Q, [["Tokyo", "東京", "Tokio"], ["NRW", "North Rhine", "Nordrhein"]])
c("de", None, "company", "brauche ich einen notar?", Q, [["Tokyo", "東京", "Tokio", "Japan"], ["NRW", "Nordrhein", "Deutschland"]])
c("ja", None, "company", "会社設立の登録免許税っていくら？", Q, [["東京", "Tokyo", "日本"], ["NRW", "ノルトライン", "ドイツ"]])

# ---------------- smalltalk ----------------
for lang, t in [("de", "hallo 👋"), ("ja", "こんにちは！"), ("en", "hi"), ("en", "thx a lot!!"), ("de", "danke dir, super hilfreich"),
                ("ja", "ありがとうございます🙏"), ("en", "good morning :)"), ("de", "moin"), ("ja", "はじめまして、よろしくお願いします"),
                ("en", "who are you?"), ("de", "was kannst du eigentlich?"), ("ja", "おはよう〜")]:
    c(lang, None, "smalltalk", t, S, None, RQ)

# ---------------- out-of-scope ----------------
for lang, t in [("en", "weather in düsseldorf tomorrow?"), ("de", "wer hat gestern gespielt, fortuna oder köln?"),
                ("ja", "東京の明日の天気は？"), ("en", "tell me a joke about germans"), ("de", "kannst du mir bei meinen mathe hausaufgaben helfen"),
                ("en", "write python code to sort a list"), ("ja", "おすすめのラーメン屋、新宿で"), ("de", "was ist die hauptstadt von australien"),
                ("en", "best sushi in shibuya?"), ("ja", "ケルン大聖堂の高さは？"), ("en", "bitcoin price today"), ("de", "schreib mir ein gedicht über den rhein")]:
    c(lang, None, "out-of-scope", t, O, None, RQ)

# ---------------- follow-ups (multi-turn) ----------------
c("de", "nrw", "follow-up", ["ich will in köln eine gmbh gründen", "und wie viel davon muss bei der anmeldung schon eingezahlt sein?"], A, [N12500], RQ)
c("en", "tokyo", "follow-up", ["we want to set up a KK in tokyo", "and what about a GK, what's the registration tax there?"], A, [Y60K], RQ)
c("en", "nrw", "follow-up", ["how do i register my address in düsseldorf?", "do i need an appointment for that?"], A, [["Termin", "appointment", "予約"]], RQ)
c("ja", "tokyo", "follow-up", ["世田谷区に引っ越してきました", "住民登録の期限は？"], A, [D14], RQ)
c("de", "tokyo", "follow-up", ["ich gründe eine firma in tokio", "und welches visum brauche ich dafür?"], A, [BMV], RQ)
c("en", "nrw", "follow-up", ["we moved to essen", "what's the number for a doctor at night?"], A, [["116117", "116 117"]], NOT_NRW + RQ)
c("ja", "nrw", "follow-up", ["デュッセルドルフに赴任予定です", "日本の免許はいつまで使える？"], A, [M6], RQ)
c("en", "tokyo", "follow-up", ["notary fee for KK articles in tokyo?", "and if there are 2 founders, both individuals, capital 500k yen?"], A, [Y15K], RQ)
c("de", "nrw", "follow-up", ["was kostet das deutschlandticket?", "gilt das auch in der ganzen region köln-bonn?"], A, [["Deutschland", "bundesweit", "nationwide", "全国", "ganz"]], RQ)
c("ja", "nrw", "follow-up", ["ケルンでGmbHを作るには公証人が必要？", "公証人の前でドイツ語が話せなくても大丈夫？"], A, [INTERP], RQ)
c("en", "tokyo", "follow-up", ["who helps german smes with trade fairs in tokyo?", "ok and can you connect me with them?"], H, [AHK + TMG], RQ)
c("de", "nrw", "follow-up", ["wir sind gerade nach bonn gezogen", "wo finden wir eine kita?"], A, [["Kita", "Kindertages", "保育"]], RQ)
c("en", "tokyo", "follow-up", ["business manager visa tokyo requirements?", "how much capital exactly?"], A, [Y30M], RQ)
c("ja", "tokyo", "follow-up", ["東京で法人を作りたい", "それってどれくらい時間かかる？"], A, [["登記", "設立", "法務局", "定款", "incorporat", "registration"]], RQ)
c("de", "nrw", "follow-up", ["gmbh in dortmund gründen", "und danach, muss ich zum finanzamt?"], A, [["Finanzamt", "tax office", "税務署"]], RQ)
c("en", "nrw", "follow-up", ["my wife is pregnant, we live in cologne", "does health insurance cover the midwife?"], A, [MIDWIFE, ["Krankenkasse", "Krankenversicherung", "insurance", "保険"]], RQ)
c("ja", "tokyo", "follow-up", ["港区在住のドイツ人です、妻が妊娠しました", "手続きはどこで？"], A, [BOSHI + PREGNOTE, WARD], RQ)
c("de", "tokyo", "follow-up", ["hallo", "wir wollen in tokio eine niederlassung gründen, wo fangen wir an?"], A, [TOSBEC + TMG + JETRO + AHK], RQ)

# ---------------- other languages (answer in English + note) ----------------
c("zh", "tokyo", "company", "在东京成立株式会社最低资本金是多少？", A, [Y1], RQ, ["en", "zh"])
c("zh", "nrw", "company", "在杜塞尔多夫注册GmbH需要多少注册资本？", A, [N25K], RQ, ["en", "zh"])
c("zh", "nrw", "daily-life", "我们刚搬到科隆，要去哪里登记住址？", A, [BUERGERAMT], RQ, ["en", "zh"])
c("ko", "tokyo", "company", "도쿄에서 합동회사(GK) 설립 등록면허세 얼마예요?", A, [Y60K], RQ, ["en", "ko"])
c("ko", "nrw", "emergency", "쾰른인데 아이가 밤에 열이 나요. 어디로 전화해요?", E, [["116117", "116 117"], ["112"]], NOT_NRW + RQ, ["en", "ko"])
c("ko", "nrw", "support", "NRW에서 일본 기업 지원하는 기관 알려주세요", A, [NRWGB], RQ, ["en", "ko"])
c("tr", "nrw", "company", "Essen'de GmbH kurmak için ne kadar sermaye lazım?", A, [N25K], RQ, ["en", "tr"])
c("tr", "nrw", "daily-life", "düsseldorf'ta adres kaydı kaç gün içinde yapılmalı?", A, [D14], RQ, ["en", "tr"])
c("es", "tokyo", "company", "¿qué visado necesito para abrir una empresa en Tokio?", A, [BMV], RQ, ["en", "es"])
c("es", "nrw", "emergency", "emergencia en Colonia, accidente de coche!!", E, [["112"]], NOT_NRW + RQ, ["en", "es"])
c("pt", "tokyo", "emergency", "meu filho está com febre alta à noite em Tóquio", E, [["#8000", "8000", "#7119", "7119"], ["119"]], NOT_TOKYO + RQ, ["en", "pt"])
c("pt", "nrw", "company", "preciso de notário para abrir GmbH em Bonn?", A, [NOTARY], RQ, ["en", "pt"])
c("it", "nrw", "company", "capitale minimo per una GmbH a Dortmund?", A, [N25K], RQ, ["en", "it"])
c("it", "tokyo", "daily-life", "posso guidare a Tokyo con la patente tedesca?", A, [Y1YR], RQ, ["en", "it"])
c("vi", "tokyo", "daily-life", "chuyển đến Shinjuku, đăng ký địa chỉ trong bao nhiêu ngày?", A, [D14], RQ, ["en", "vi"])
c("vi", None, "smalltalk", "xin chào", S, None, RQ, ["en", "vi"])
c("fr", "nrw", "company", "capital minimum pour une GmbH à Düsseldorf ?", A, [N25K], RQ, ["en", "fr"])
c("fr", "tokyo", "handover", "je voudrais parler à quelqu'un, on crée une filiale à Tokyo", H, [TMG], RQ, ["en", "fr"])
c("fr", None, "out-of-scope", "quel temps fait-il à Cologne ?", O, None, RQ, ["en", "fr"])
c("zh", None, "smalltalk", "你好！", S, None, RQ, ["en", "zh"])
c("ko", None, "out-of-scope", "오늘 축구 경기 결과 알려줘", O, None, RQ, ["en", "ko"])
c("tr", "tokyo", "handover", "Tokyo'da biriyle konuşabilir miyim? şirket kuruyoruz", H, [TMG], RQ, ["en", "tr"])
c("es", "nrw", "schooling", "¿hay escuela japonesa en Düsseldorf?", A, [JISD], RQ, ["en", "es"])
c("pl", "nrw", "daily-life", "ile kosztuje Deutschlandticket?", A, [EUR63], RQ, ["en", "pl"])
c("zh", "tokyo", "emergency", "东京，同事晕倒了！", E, [["119"]], NOT_TOKYO + RQ, ["en", "zh"])
c("tr", "tokyo", "emergency", "Shibuya'da kaza oldu, ambulans numarası ne?", E, [["119"]], NOT_TOKYO + RQ, ["en", "tr"])
c("es", "nrw", "daily-life", "¿cuánto tiempo puedo conducir en Colonia con mi carnet japonés?", A, [M6], RQ, ["en", "es"])
c("id", "tokyo", "company", "berapa biaya pajak registrasi KK di Tokyo?", A, [Y150K], RQ, ["en", "id"])

# ---------------- extra variety to reach ~175 ----------------
c("ja", "nrw", "company", "dusseldorfで gmbh の公証役場って英語OK？", A, [INTERP + NOTARY], RQ, ["ja", "en"])
c("ja", "tokyo", "company", "Tokyoで合同会社つくる費用って最低いくら？", A, [Y60K], RQ)
c("de", "tokyo", "company", "KK gründen in hachioji – was kostet das beim legal affairs bureau?", A, [Y150K], RQ)
c("en", "nrw", "daily-life", "just arrived in bielefeld. anmeldung deadline?", A, [D14], RQ)
c("ja", "nrw", "daily-life", "アーヘンでドイツの運転免許に書き換えたい、日本の免許は試験なしでOK？", A, [CONVERT], RQ)
c("de", "tokyo", "daily-life", "melde mich in tachikawa an – wo genau, rathaus?", A, [WARD + ["市役所"]], RQ)
c("en", "tokyo", "support", "we're a german startup, any tokyo gov program for foreign founders?", A, [TOSBEC + TMG + ["Startup Visa", "startup visa", "スタートアップビザ", "特区"]], RQ)
c("ja", "nrw", "support", "NRW Japan K.K.って何をしてくれるところ？", A, [["NRW", "ノルトライン"]], RQ)
c("de", "nrw", "handover", "bitte kontakt zur wirtschaftsförderung nrw, wir kommen aus osaka und wollen nach neuss", H, [NRWGB], RQ)
c("en", "tokyo", "emergency", "fire in our building in ikebukuro!!!", E, [["119"]], NOT_TOKYO + RQ)
c("ja", None, "smalltalk", "よろしく！何ができるの？", S, None, RQ)
c("de", None, "out-of-scope", "kannst du mir ein gutes restaurant in düsseldorf empfehlen?", O, None, RQ)
c("en", "nrw", "healthcare", "dentist emergency on sunday in krefeld", A, [["Zahnarzt", "zahnärztlich", "dentist", "歯科"]], NOT_NRW + RQ)
c("ja", "tokyo", "healthcare", "夜間に救急車呼ぶほどじゃないけど不安、東京で相談できる番号ある？", A, [["#7119", "7119"]], NOT_TOKYO + RQ)
c("de", "nrw", "residence", "blue card oder normale arbeitserlaubnis für japanische ingenieure in leverkusen?", A, [["Blaue Karte", "Blue Card", "ブルーカード"]], RQ)

doc = {"set": "blind20-tokyo-nrw", "writtenBy": WRITTEN_BY, "cases": C}
print(validate(doc, {"tokyo", "nrw", None}), len(C))
json.dump(doc, open("/work/blind20-out/blind20-tokyo-nrw.json", "w"), ensure_ascii=False, indent=1)
