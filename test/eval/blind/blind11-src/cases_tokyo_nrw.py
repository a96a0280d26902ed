"""Blind cases for partnership 1 (Tokyo <-> NRW). Set "blind11-tokyo-nrw", ids B11TN###."""
from common import *

NO_TOKYO_ADVICE = ["#7119", "#8000"]
NO_NRW_ADVICE = ["116117", "116 117"]
REGIONS_P1 = [["Tokyo", "Tokio", "東京"], ["NRW", "Nordrhein", "ノルトライン", "North Rhine"]]
APPT = ["Termin", "appointment", "Appointment", "予約"]
INTERP = ["Dolmetscher", "interpreter", "Interpreter", "通訳", "übersetz", "Übersetz", "translator"]


def build():
    b = Builder("blind11-tokyo-nrw", "B11TN", 1)
    A = b.add

    # ---------------------------------------------------------------- company: Tokyo
    A("en", "tokyo", "company", "whats the lowest share capital allowed for a kabushiki kaisha in tokyo? parent co is a german gmbh", all=[YEN1])
    A("de", "tokyo", "company", "wie viel stammkapital brauch ich für ne KK in Tokio eigentlich", all=[YEN1])
    A("ja", "tokyo", "company", "東京で合同会社つくるとき登録免許税っていくら？", all=[GK_REGTAX])
    A("de", "tokyo", "company", "was kostet uns die gründung einer GK in tokyo an staatlichen gebühren? grob reicht", all=[GK_REGTAX])
    A("en", "tokyo", "company", "registration license tax for a kabushiki kaisha in tokyo - whats the minimum", all=[KK_REGTAX])
    A("de", "tokyo", "company", "muss bei der kk-gründung in tokyo ein notar ran oder reicht das register?", all=[NOTARY_JP])
    A("en", "tokyo", "company", "notary fee for the articles of a KK in tokyo? sole shareholder = our german parent company", all=[NOTARY_JP, TEIKAN_30K_PLUS])
    A("ja", "tokyo", "company", "品川区で株式会社設立予定。発起人は私ひとり（個人）、資本金50万、取締役会なし。定款認証の手数料いくら？", all=[TEIKAN_15K])
    A("en", "tokyo", "company", "do we still need that 40k yen stamp on the articles if we file them electronically? KK in minato", all=[E_TEIKAN])
    A("de", "tokyo", "residence", "welches visum brauch ich um in tokyo ne firma aufzumachen und die selbst zu leiten", all=[BM_VISA])
    A("en", "tokyo", "residence", "business manager visa tokyo - how much capital now?? heard it changed in 2025", all=[CAP_30M])
    A("ja", "tokyo", "residence", "ドイツの社長が東京で経営管理ビザ取りたいって。資本金いくら要るんだっけ", all=[CAP_30M])
    A("de", "tokyo", "residence", "business manager visum tokio: muss ich jetzt zwingend jemanden fest einstellen?", all=[JP_STAFF])
    A("en", "tokyo", "residence", "business manager visa tokyo, is there a japanese language requirement now?", all=[JP_B2])
    A("de", "tokyo", "company", "nach der kk gründung in shibuya - was muss ich beim finanzamt anmelden und bis wann", all=[TAX_NOTIF_JP, MONTHS2])
    A("en", "tokyo", "company", "our KK in minato-ku got registered yesterday. deadline to notify the tax office?", all=[MONTHS2, TAX_OFFICE_JP])
    A("ja", "tokyo", "company", "港区で会社設立したけど、税務署への届出っていつまで？", all=[MONTHS2])
    A("en", "tokyo", "company", "is there a one stop place in tokyo where foreigners can do all the company setup paperwork at once", all=[ONESTOP_TOKYO])
    A("de", "tokyo", "company", "gibts in tokyo ne anlaufstelle wo man registrierung, steuer, rente usw an EINEM ort erledigt?", all=[ONESTOP_TOKYO])

    # ---------------------------------------------------------------- company: NRW
    A("en", "nrw", "company", "gmbh in düsseldorf – stammkapital, how much do we need to put in?", all=[GMBH_CAP])
    A("ja", "nrw", "company", "デュッセルドルフでGmbH作りたい。資本金っていくら要る？", all=[GMBH_CAP])
    A("ja", "nrw", "company", "Kölnで有限会社（GmbH）設立予定。最初に全額払い込まないとダメ？", all=[GMBH_HALF])
    A("de", "nrw", "company", "gmbh-gründung in essen, müssen die 25k sofort komplett aufs konto?", all=[GMBH_HALF])
    A("en", "nrw", "company", "cheapest limited company form in germany? the UG thing? min capital? we're in bochum", all=[UG_1EUR])
    A("ja", "nrw", "company", "ドルトムントで会社設立するけど公証人って必須？", all=[NOTAR])
    A("en", "nrw", "company", "my german is basically zero 😅 will the notary in cologne do our gmbh deed anyway??", all=[NOTAR, INTERP])
    A("de", "nrw", "company", "was brauch ich alles um in düsseldorf ne gmbh zu gründen? überblick bitte", all=[NOTAR, HREG, FINANZAMT])
    A("en", "nrw", "company", "gmbh is in the register now (duisburg). what about tax registration?", all=[FINANZAMT])
    A("ja", "nrw", "company", "エッセンで法人登記おわった。Finanzamtには何を出せばいい？", all=[STEUER_ERF])
    A("de", "nrw", "company", "gewerbeanmeldung für unsere neue gmbh in neuss – wo mach ich das", all=[GEWERBE])
    A("en", "nrw", "company", "can we do the gmbh formation online w/ the notary? we're still in osaka", all=[NOTAR, ["online", "Online", "オンライン", "video", "Video", "ビデオ"]])
    A("ja", "nrw", "company", "ボンで設立した会社の登記情報ってどこで見れる？", all=[HREG])

    # ---------------------------------------------------------------- residence / visas / address
    A("ja", "nrw", "residence", "デュッセルドルフ赴任決まった！日本人ってドイツ行く前にビザいる？", all=[AUSLAENDERBEHOERDE, DAYS90])
    A("en", "nrw", "residence", "japanese engineer moving to krefeld - can he enter visa free and get the permit there?", all=[AUSLAENDERBEHOERDE])
    A("de", "nrw", "residence", "mein japanischer kollege kommt nach mönchengladbach, wo beantragt er den aufenthaltstitel?", all=[AUSLAENDERBEHOERDE])
    A("ja", "nrw", "residence", "Düsseldorfにビザなしで入国しました。滞在許可の申請は入国後いつまで？", all=[DAYS90])
    A("de", "tokyo", "residence", "mein mitarbeiter zieht nach setagaya. wo und bis wann muss er seine adresse melden", all=[DAYS14, JP_CITYOFFICE])
    A("en", "tokyo", "residence", "just landed at haneda w/ my residence card, moving into an apt in 品川区. deadline for address registration?", all=[DAYS14])
    A("ja", "tokyo", "residence", "ドイツ人社員が練馬区に引っ越します。転入届は何日以内？", all=[DAYS14])
    A("de", "tokyo", "residence", "was muss ich zum ward office in nakano mitnehmen für die anmeldung", all=[RES_CARD])
    A("en", "nrw", "residence", "just relocated to essen w/ the family 📦 how does the address registration work here", all=[BUERGERAMT, DE_2WEEKS])
    A("de", "nrw", "residence", "wie meld ich mich in köln an und was muss ich da mitbringen", all=[BUERGERAMT, WOHNUNGSGEBER])
    A("ja", "nrw", "residence", "デュッセルドルフで住民登録するとき何持ってけばいい？", all=[WOHNUNGSGEBER])
    A("ja", "nrw", "residence", "Bonnに引っ越しました〜Anmeldungの期限ってある？", all=[DE_2WEEKS])
    A("en", "nrw", "residence", "is the rental contract enough for the anmeldung in dortmund or do i need smth else", all=[WOHNUNGSGEBER])

    # ---------------------------------------------------------------- healthcare
    A("en", "tokyo", "healthcare", "my kid (4) has 39° fever and it's 11pm, we live in tokyo 😰 what do i do", kind=None,
      all=[JP_8000 + TOKYO_7119], none=NO_NRW_ADVICE)
    A("de", "nrw", "healthcare", "kind hat nachts hohes fieber, praxis zu, wir wohnen in düsseldorf. wen ruf ich an?", kind=None,
      all=[DE_116117], none=NO_TOKYO_ADVICE)
    A("ja", "nrw", "healthcare", "ケルンで夜中に子どもが熱。救急車呼ぶほどじゃない時はどこに電話？", kind=None,
      all=[DE_116117], none=NO_TOKYO_ADVICE)
    A("ja", "tokyo", "healthcare", "東京で夜に子どもが熱出したらどこに相談すればいい？", kind=None, all=[JP_8000], none=NO_NRW_ADVICE)
    A("en", "tokyo", "healthcare", "not sure if i should call an ambulance, im in tokyo. is there a hotline to ask?", kind=None,
      all=[TOKYO_7119], none=NO_NRW_ADVICE)
    A("de", "tokyo", "healthcare", "bin ich in tokyo automatisch krankenversichert wenn ich bei unserer KK angestellt bin?", all=[JP_HEALTH_INS])
    A("ja", "nrw", "healthcare", "NRWで妊娠がわかりました。日本の母子手帳みたいなのある？", all=[MUTTERPASS])
    A("de", "nrw", "healthcare", "meine frau ist schwanger, wir leben in essen. wie finden wir eine hebamme?", all=[HEBAMME])
    A("en", "tokyo", "healthcare", "pregnant in tokyo 🤰 what's the first step? i heard there's some handbook", all=[BOSHI])
    A("de", "tokyo", "healthcare", "geburt in tokyo – gibts da geld von der krankenversicherung? wieviel", all=[JP_BIRTH_LUMP])
    A("ja", "tokyo", "healthcare", "東京で出産予定。出産育児一時金っていくらもらえる？", all=[JP_BIRTH_LUMP])
    A("en", "nrw", "healthcare", "is health insurance mandatory in germany for our japanese staff in düsseldorf?",
      all=[["Krankenversicherung", "health insurance", "Health insurance", "健康保険", "医療保険"]])

    # ---------------------------------------------------------------- schooling
    A("ja", "nrw", "schooling", "デュッセルドルフの日本人学校について教えて", all=[JAP_SCHOOL_DUS])
    A("en", "nrw", "schooling", "is there a japanese school for our kids in düsseldorf? which grades", all=[JAP_SCHOOL_DUS])
    A("de", "nrw", "schooling", "kitaplatz in köln für meine 2jährige, wie bewerb ich mich?", all=[["Kita", "kita", "Kindertages", "保育"]])
    A("ja", "nrw", "schooling", "エッセン周辺にインターナショナルスクールある？", all=[["International", "international", "インター"]])
    A("en", "nrw", "schooling", "international school in bonn? moving there in august", all=[["International School", "international school", "インターナショナルスクール"]])
    A("de", "tokyo", "schooling", "gibt es eine deutsche schule in tokyo oder in der nähe?", all=[["Deutsche Schule", "German School", "ドイツ", "DSTY", "Yokohama", "横浜"]])

    # ---------------------------------------------------------------- housing
    A("en", "nrw", "housing", "flat hunting in düsseldorf, how does the kaution work?", all=[["Kaution", "deposit", "Deposit", "敷金"]])
    A("de", "tokyo", "housing", "wohnung in tokyo mieten, was ist reikin und shikikin?", all=[["礼金", "Reikin", "reikin", "key money"], ["敷金", "Shikikin", "shikikin", "deposit", "Kaution"]])
    A("en", "tokyo", "housing", "do i need a guarantor company to rent an apartment in tokyo?", all=[["保証会社", "guarantor", "Guarantor", "Bürg", "guarantee"]])
    A("ja", "nrw", "housing", "ケルンで部屋探し中。Schufaって何？", all=[["Schufa", "SCHUFA", "シューファ"]])
    A("de", "nrw", "daily-life", "rundfunkbeitrag – muss ich den in dortmund echt zahlen?", all=[["Rundfunkbeitrag", "broadcasting", "Broadcasting", "放送", "受信料"]])

    # ---------------------------------------------------------------- driving / daily life
    A("ja", "nrw", "daily-life", "日本の免許、デュッセルドルフでいつまで使える？切り替えの期限は？", all=[DE_6MONTHS])
    A("en", "nrw", "daily-life", "can i drive with my japanese licence in cologne and for how long", all=[DE_6MONTHS])
    A("de", "nrw", "daily-life", "japanischen führerschein umschreiben lassen in essen, wo geht das", all=[FS_STELLE])
    A("de", "tokyo", "daily-life", "deutschen führerschein in tokyo umschreiben lassen – wo geht das?", all=[JP_LICENCE_CENTRES])
    A("en", "tokyo", "daily-life", "convert my german driving licence in tokyo - where do i go", all=[JP_LICENCE_CENTRES])
    A("en", None, "daily-life", "deutschlandticket price now? per month", all=[D_TICKET], regionq=True)
    A("ja", "nrw", "daily-life", "ドイチュラントチケットって今月いくら？ケルン在住", all=[D_TICKET])
    A("de", "nrw", "daily-life", "was kostet das d-ticket aktuell im monat? wohne in bochum", all=[D_TICKET])
    A("de", "tokyo", "daily-life", "my number karte in tokyo – brauch ich die als ausländer?", all=[["マイナンバー", "My Number", "my number", "My-Number"]])
    A("en", "tokyo", "daily-life", "open a bank account in tokyo as a new arrival, what do i need?", all=[RES_CARD])
    A("ja", "nrw", "daily-life", "デュッセルドルフで銀行口座開くのに何がいる？", all=[["Anmeldung", "住民登録", "Meldebescheinigung", "パスポート", "Pass", "passport"]])

    # ---------------------------------------------------------------- support / trade fairs / MoU
    A("de", "tokyo", "support", "wer hilft deutschen KMU beim markteintritt in tokyo?", all=[AHK + JETRO + TOKYO_OFFICE])
    A("en", "tokyo", "support", "we wanna exhibit at a trade fair in tokyo, who helps a german sme with that", all=[AHK])
    A("ja", "tokyo", "support", "ドイツの中小企業が東京の展示会に出たいって。どこに相談すればいい？", all=[AHK + JETRO])
    A("de", "tokyo", "support", "messen in tokyo für maschinenbau – wo finden die meistens statt?", all=[BIGSIGHT + ["幕張", "Makuhari"]])
    A("ja", "nrw", "support", "NRWに進出したい日本企業を支援してくれるところは？", all=[NRW_JAPAN_KK], none=["IHK Stuttgart"])
    A("en", "nrw", "support", "who supports japanese smes setting up in nrw?", all=[NRW_JAPAN_KK])
    A("ja", "nrw", "support", "デュッセルドルフに日系企業のネットワークってある？", all=[JIHK])
    A("de", "nrw", "support", "welche großen messeplätze gibts in nrw", all=[["Düsseldorf", "デュッセルドルフ"], ["Köln", "Koelnmesse", "Cologne", "ケルン", "Essen", "エッセン", "Dortmund"]])
    A("ja", "nrw", "support", "ケルンの見本市に出展したい。支援してくれるところある？", all=[NRW_GLOBAL + NRW_JAPAN_KK + JETRO + JIHK])
    A("en", "tokyo", "support", "we are an nrw machine builder - who at the tokyo metropolitan govt is our counterpart?", all=[TOKYO_OFFICE])
    A("de", "tokyo", "support", "an welches amt der stadt tokio wende ich mich als firma aus nrw", all=[TOKYO_OFFICE])
    A("en", None, "support", "who signed the tokyo-nrw memorandum on the nrw side? and is it still valid?",
      all=[MWIDE, ["automatic", "automatisch", "自動", "extended", "verlängert", "延長", "renew"]], regionq=True)
    A("ja", None, "support", "東京都とNRWの覚書っていつ署名されたの？", all=[MOU_SIGNED, ["5月31日", "31. Mai", "31 May", "May 31"]], regionq=True)
    A("de", None, "support", "läuft das memorandum tokyo-nrw eigentlich noch? gibts ne kündigungsfrist?", all=[MONTHS6_NOTICE], regionq=True)
    A("en", "nrw", "support", "which nrw ministry handles the japan cooperation now? heard it got renamed", all=[MWIKE])
    A("en", "tokyo", "support", "can you get us intros to startups or investors in tokyo?", kind=None,
      all=[TOKYO_OFFICE + JETRO + AHK + ["startup", "Startup", "スタートアップ"]])

    # ---------------------------------------------------------------- smalltalk
    for lang, t in [("de", "hallöchen 👋"), ("ja", "はじめまして〜よろしくです"), ("en", "hey hey"), ("de", "moin"),
                    ("ja", "おはよう！"), ("de", "hey, wer bist du eigentlich?"), ("ja", "ありがとう！助かった🙏"),
                    ("en", "thx a lot!!")]:
        A(lang, None, "smalltalk", t, kind="smalltalk")

    # ---------------------------------------------------------------- out of scope
    for lang, region, t in [("de", "nrw", "wie wird das wetter morgen in düsseldorf?"),
                            ("en", "nrw", "who won bayern vs dortmund yesterday"),
                            ("ja", "tokyo", "渋谷で美味しいラーメン屋教えて"),
                            ("en", None, "write me a python script that sorts a list"),
                            ("de", None, "erzähl mir nen witz 😂"),
                            ("ja", "tokyo", "明日の東京の天気は？"),
                            ("en", None, "can u do my math homework: 3x+5=20"),
                            ("de", "nrw", "welcher verein spielt in gelsenkirchen? lol")]:
        A(lang, region, "out-of-scope", t, kind="out-of-scope")

    # ---------------------------------------------------------------- handover
    A("en", "tokyo", "handover", "is there a human i can speak with? setting up a tokyo branch of our gmbh", kind="handover", all=[TOKYO_OFFICE])
    A("ja", "nrw", "handover", "NRWで会社作りたいので担当の方を紹介してほしいです", kind="handover", all=[NRW_GLOBAL + NRW_JAPAN_KK])
    A("de", "tokyo", "handover", "können sie mir einen kontakt bei der tokioter stadtregierung vermitteln?", kind="handover", all=[TOKYO_OFFICE])
    A("en", "nrw", "handover", "pls introduce us to a university partner in NRW, we do robotics", kind="handover", all=[NRW_GLOBAL + NRW_JAPAN_KK])
    A("ja", "nrw", "handover", "Kölnの現地パートナー企業を紹介してもらえますか？", kind="handover", all=[NRW_GLOBAL + NRW_JAPAN_KK])
    A("de", "tokyo", "handover", "bitte einen menschen, keinen bot. wir wollen nach tokio expandieren", kind="handover", all=[TOKYO_OFFICE])
    A("en", "tokyo", "handover", "connect me w/ investors in tokyo please", kind="handover", all=[TOKYO_OFFICE])
    A("ja", "nrw", "handover", "担当者と直接話したい。エッセンで工場用地を探してます", kind="handover", all=[NRW_GLOBAL + NRW_JAPAN_KK])

    # ---------------------------------------------------------------- emergencies
    A("de", "tokyo", "emergency", "notfall!! mein kollege ist in shinjuku umgekippt", kind="emergency", all=[JP_EMERG_AMB], none=NO_NRW_ADVICE)
    A("en", "nrw", "emergency", "car accident on the A3 near cologne, someone is hurt", kind="emergency", all=[DE_112], none=NO_TOKYO_ADVICE)
    A("ja", "nrw", "emergency", "デュッセルドルフで財布盗まれた！警察って何番？", kind="emergency", all=[DE_110], none=NO_TOKYO_ADVICE)
    A("ja", "tokyo", "emergency", "地震で家族がけがした、東京です、救急車は何番？", kind="emergency", all=[JP_EMERG_AMB], none=NO_NRW_ADVICE)
    A("en", "tokyo", "emergency", "FIRE in our office building in chiyoda!!", kind="emergency", all=[JP_EMERG_AMB], none=NO_NRW_ADVICE)
    A("de", "nrw", "emergency", "einbruch in unsere wohnung in wuppertal, was tun", kind="emergency", all=[DE_110], none=NO_TOKYO_ADVICE)
    A("en", None, "emergency", "emergency number??", kind=None, all=[["112", "119"]], regionq=False)
    A("ja", "nrw", "emergency", "ボーフムで子どもが息してない！！", kind="emergency", all=[DE_112], none=NO_TOKYO_ADVICE)

    # ---------------------------------------------------------------- region-less -> clarify
    for lang, t in [("de", "wie lange dauert eine firmengründung?"), ("en", "how do i register my address?"),
                    ("ja", "運転免許の切り替えってどうやるの？"), ("en", "what's the minimum capital for a company?"),
                    ("de", "wo meld ich mich an wenn ich umziehe"), ("ja", "子どもの学校どうしよう…"),
                    ("en", "what kind of visa will i need?"), ("de", "welche krankenversicherung brauch ich?")]:
        topic = "daily-life"
        if "firm" in t or "capital" in t:
            topic = "company"
        elif "visa" in t or "anmeld" in t or "address" in t:
            topic = "residence"
        elif "学校" in t:
            topic = "schooling"
        elif "krankenvers" in t:
            topic = "healthcare"
        A(lang, None, topic, t, kind="clarify-region", all=REGIONS_P1, regionq=False)

    # ---------------------------------------------------------------- other languages (answer in English + note)
    A("zh", "nrw", "company", "在杜塞尔多夫成立GmbH需要多少注册资本？", all=[GMBH_CAP])
    A("ko", "tokyo", "company", "도쿄에서 주식회사(KK) 설립 최소 자본금은 얼마인가요?", all=[YEN1])
    A("tr", "nrw", "company", "Köln'de GmbH kurmak için noter gerekli mi?", all=[NOTAR + ["noter"]])
    A("es", "tokyo", "company", "¿cuánto es el impuesto de registro para una KK en Tokio?", all=[KK_REGTAX])
    A("vi", "nrw", "residence", "Tôi mới chuyển đến Essen, đăng ký địa chỉ ở đâu?", all=[BUERGERAMT])
    A("pt", "tokyo", "residence", "quanto capital preciso pro visto business manager em Tóquio?", all=[CAP_30M])
    A("it", "nrw", "daily-life", "quanto costa il Deutschlandticket al mese? abito a Dortmund", all=[D_TICKET])
    A("zh", "tokyo", "healthcare", "东京晚上孩子发烧可以打什么电话咨询？", kind=None, all=[JP_8000 + TOKYO_7119], none=NO_NRW_ADVICE)
    A("ko", "nrw", "daily-life", "쾰른에서 일본 운전면허로 얼마나 운전할 수 있나요?", all=[DE_6MONTHS])
    A("fr", "nrw", "company", "combien de capital pour une GmbH à Düsseldorf ?", all=[GMBH_CAP])

    # ---------------------------------------------------------------- multi-turn follow-ups
    F = "follow-up"
    A("en", "nrw", F, ["anmeldung in düsseldorf – how does it work?", "can i just walk in or do i have to book?"], all=[APPT], none=["Hausarzt"])
    A("de", "tokyo", F, ["plane ne KK in tokio", "was zahl ich da ans amt an gebühren?"], all=[KK_REGTAX])
    A("ja", "nrw", F, ["Kölnで住民登録したい", "期限ってある？"], all=[DE_2WEEKS])
    A("en", "tokyo", F, ["which visa do i need to run my own company in tokyo?", "how much capital for that one?"], all=[CAP_30M])
    A("de", "nrw", F, ["gmbh in essen gründen – wieviel kapital?", "und muss das alles sofort eingezahlt sein?"], all=[GMBH_HALF])
    A("ja", "tokyo", F, ["東京で株式会社作るのに定款認証っているの？", "手数料は？資本金200万で発起人はドイツの親会社"],
      all=[["40,000", "40.000", "40000", "4万"]])
    A("en", "nrw", F, ["can i drive in germany with my japanese licence? we live in bonn", "and after that?"], all=[CONVERT])
    A("ja", "tokyo", F, ["東京で子どもが夜に熱出したら？", "大人の場合は？"], kind=None, all=[TOKYO_7119], none=NO_NRW_ADVICE)
    A("de", "tokyo", F, ["wo meld ich meine adresse in shinagawa an", "bis wann?"], all=[DAYS14])
    A("en", "nrw", F, ["who helps japanese companies in nrw?", "do they have an office in japan too?"], all=[NRW_JAPAN_KK])
    A("ja", "nrw", F, ["デュッセルドルフでGmbH設立の流れ教えて", "公証人のところって何語でやるの？"], all=[INTERP + ["ドイツ語", "Deutsch", "German"]])
    A("de", "tokyo", F, ["KK-gründung tokyo: müssen wir danach zum finanzamt?", "welche frist?"], all=[MONTHS2])
    A("en", "tokyo", F, ["moving to tokyo w/ my family next month", "what about health insurance?"], all=[JP_HEALTH_INS])
    A("ja", "nrw", F, ["NRWで妊娠したらまず何する？", "助産師さんってどうやって探すの？"], all=[HEBAMME])
    A("en", "nrw", F, ["is the deutschlandticket worth it in cologne?", "how much is it a month?"], all=[D_TICKET])
    A("de", "tokyo", F, ["wir wollen auf eine messe in tokyo, wer hilft uns?", "und wo sind die großen messehallen?"], all=[BIGSIGHT + ["幕張", "Makuhari"]])
    return b


if __name__ == "__main__":
    print(len(build().cases))
