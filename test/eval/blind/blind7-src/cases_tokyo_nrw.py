# -*- coding: utf-8 -*-
"""Cases for partnership 1 (Tokyo <-> NRW). Facts in keyword groups: see README.md."""
from common import make, num

def C(*a, **k):
    return make(1, *a, **k)

# ---- fact groups (confirmed, see README) ----
G_25K = num(25000, ["2万5000", "2万5千", "25k", "25 Tsd"])
G_12K5 = num(12500, ["1万2500", "12.5k", "Hälfte", "half", "半分"])
G_UG1 = ["1 €", "1€", "1 Euro", "one euro", "1ユーロ", "1 EUR", "€1", "EUR 1"]
G_NOTAR = ["Notar", "notary", "公証人", "notaire"]
G_HR = ["Handelsregister", "commercial register", "商業登記", "登記"]
G_116117 = ["116117", "116 117"]
G_112 = ["112"]
G_7119 = ["#7119", "＃7119", "7119"]
G_8000 = ["#8000", "＃8000", "8000"]
G_119 = ["119"]
G_KK1 = ["1円", "1 yen", "1 Yen", "¥1", "1 JPY", "JPY 1", "one yen", "ein Yen", "1円以上"]
G_150K = num(150000, ["15万", "15万円"])
G_15K = num(15000, ["1万5000", "1万5千", "1.5万"])
G_30M = num(30000000, ["3,000万", "3000万", "3.000万", "30 million", "30 Millionen", "30 Mio", "30m"])
G_2W = ["zwei Wochen", "2 Wochen", "two weeks", "2 weeks", "14 Tage", "14 days", "2週間", "14日"]
G_14D = ["14日", "14 days", "14 Tage", "14 Tagen", "two weeks", "zwei Wochen", "2 weeks", "2 Wochen", "2週間"]
G_63 = ["63"]
G_KEIEI = ["経営・管理", "経営管理", "Business Manager", "business manager", "Geschäftsführer-Visum", "Business-Manager", "Unternehmer-Visum", "Investor/Business"]
G_RESCARD = ["在留カード", "residence card", "Aufenthaltskarte", "Residence Card", "zairyu"]
G_NRWGB = ["NRW.Global Business", "NRW.Global", "NRW Global Business", "NRW.GLOBAL"]
G_NRWJ = ["NRW Japan", "NRW.Global Business Japan", "NRW Japan K.K."]
G_TMG = ["産業労働局", "Bureau of Industrial and Labor", "Industrial and Labor Affairs", "Industrie und Arbeit",
         "Tokyo Metropolitan Government", "TMG", "東京都", "Tokyoter Stadtregierung", "Metropolregierung Tokyo", "Tokyo Metropolitan"]
G_AHK = ["AHK Japan", "AHK", "Deutsche Industrie- und Handelskammer in Japan", "German Chamber of Commerce and Industry in Japan", "在日ドイツ商工会議所", "ドイツ商工会議所"]
G_ONESTOP = ["ワンストップ", "One-Stop", "One Stop", "Onestop", "TOSBEC", "Business Establishment Center"]
G_JETRO = ["JETRO", "ジェトロ", "日本貿易振興機構"]
G_IHK = ["IHK", "Industrie- und Handelskammer", "Chamber of Commerce", "商工会議所"]
G_ANMELD = ["Anmeldung", "Bürgerbüro", "Bürgeramt", "Meldebehörde", "registration office", "住民登録", "転入", "Einwohnermelde", "Wohnsitz anmelden", "register your address", "registration"]
G_TENNYU = ["転入届", "転入", "住民登録", "区役所", "市役所", "ward office", "city office", "Bezirksamt", "Rathaus", "moving-in", "resident registration", "Einwohnermeldung", "Wohnsitz", "住所"]
G_WGB = ["Wohnungsgeberbestätigung", "Wohnungsgeberbescheinigung", "landlord confirmation", "landlord's confirmation", "confirmation from your landlord", "家主", "大家", "入居証明", "Vermieterbescheinigung"]
G_HEBAMME = ["Hebamme", "midwife", "助産師", "sage-femme"]
G_MUTTERPASS = ["Mutterpass", "maternity record", "maternity passport", "母子手帳", "母子健康手帳"]
G_BOSHI = ["母子健康手帳", "母子手帳", "Mutter-Kind-Handbuch", "Mutterpass", "Maternal and Child Health Handbook", "mother and child", "Mother-Child", "boshi"]
G_KITA = ["Kita", "Kindertagesstätte", "Kindergarten", "daycare", "day care", "保育", "幼稚園", "Kita-Navigator", "KiTa"]
G_HOIKU = ["保育園", "保育所", "保育", "daycare", "day care", "nursery", "Kita", "Kindertagesstätte", "Krippe"]
G_JISD = ["Japanische Internationale Schule", "Japanese International School", "デュッセルドルフ日本人学校", "日本人学校", "Japanese school", "japanische Schule"]
G_INTLSCHOOL = ["International School", "internationale Schule", "インターナショナルスクール", "Internationale Schule", "German School", "Deutsche Schule", "ドイツ学園", "OAG"]
G_KRANKENV = ["Krankenversicherung", "health insurance", "健康保険", "Krankenkasse", "保険"]
G_NHI = ["国民健康保険", "健康保険", "health insurance", "Krankenversicherung", "National Health Insurance", "社会保険", "Kokumin"]
G_FS_JP = ["Führerschein", "driving licence", "driver's license", "driving license", "運転免許", "免許"]
G_FSSTELLE = ["Führerscheinstelle", "Straßenverkehrsamt", "Bürgerbüro", "driving licence office", "licensing office", "免許", "Fahrerlaubnisbehörde", "Umschreibung", "convert", "exchange", "切替", "切り替え"]
G_1YEAR = ["1年", "一年", "1 Jahr", "ein Jahr", "one year", "1 year", "12 Monate", "12 months"]
G_FINANZAMT = ["Finanzamt", "tax office", "税務署", "Steuernummer", "tax number"]
G_GEWERBE = ["Gewerbeanmeldung", "Gewerbeamt", "Gewerbe anmelden", "trade registration", "営業届", "Gewerbe"]
G_ZEIKAN = ["税務署", "tax office", "Finanzamt", "法人設立届", "都税事務所"]
G_HOUMU = ["法務局", "Legal Affairs Bureau", "legal affairs bureau", "Rechtsamt", "Registeramt", "法務"]
G_KOSHO = ["公証役場", "公証人", "notary", "Notar", "notarial office"]
G_BANK = ["Bankkonto", "bank account", "銀行口座", "口座", "Konto"]
G_DOL = ["Dolmetscher", "interpreter", "通訳", "Übersetzer", "translator", "翻訳", "dolmetsch"]
G_SCHUFA = ["Schufa", "SCHUFA"]
G_KAUTION = ["Kaution", "deposit", "敷金", "保証金", "Mietkaution"]
G_SHIKIKIN = ["敷金", "礼金", "deposit", "key money", "Kaution", "保証人", "guarantor", "Bürge", "保証会社"]
G_KINDERGELD = ["Kindergeld", "child benefit", "児童手当", "Familienkasse"]
G_U = ["Kinderarzt", "pediatrician", "paediatrician", "小児科", "Kinderärzt"]
G_SHOUNI = ["小児科", "pediatric", "paediatric", "Kinderarzt", "children's clinic", "Kinderklinik", "pediatrician"]
G_BEREIT = G_116117

def cases():
    L = []
    A = L.append
    # ================= SMALL TALK =================
    A(C("de", None, "smalltalk", "hallo 👋", "smalltalk"))
    A(C("ja", None, "smalltalk", "こんばんは〜", "smalltalk"))
    A(C("en", None, "smalltalk", "hey there", "smalltalk"))
    A(C("de", None, "smalltalk", "Guten Morgen! wer bist du eigentlich?", "smalltalk"))
    A(C("ja", None, "smalltalk", "はじめまして！よろしくお願いします🙇", "smalltalk"))
    A(C("en", None, "smalltalk", "thx a lot, that helped!!", "smalltalk"))
    A(C("de", None, "smalltalk", "danke dir 🙏", "smalltalk"))
    A(C("ja", None, "smalltalk", "ありがと！", "smalltalk"))
    A(C("en", None, "smalltalk", "what can u do?", "smalltalk"))
    A(C("de", None, "smalltalk", "servus", "smalltalk"))
    A(C("zh", None, "smalltalk", "你好", "smalltalk"))
    A(C("tr", None, "smalltalk", "merhaba", "smalltalk"))
    # ================= OUT OF SCOPE =================
    A(C("de", "nrw", "out-of-scope", "regnet es morgen in köln?", "out-of-scope", none=["Anmeldung", "Handelsregister"]))
    A(C("ja", "tokyo", "out-of-scope", "渋谷のおすすめラーメン屋おしえて", "out-of-scope", none=["転入届", "登記"]))
    A(C("en", "nrw", "out-of-scope", "who won the derby bvb vs schalke last weekend", "out-of-scope", none=["Handelsregister", "Anmeldung"]))
    A(C("de", None, "out-of-scope", "erzähl mal nen witz", "out-of-scope"))
    A(C("en", None, "out-of-scope", "can you fix my python script? it throws KeyError on line 12", "out-of-scope"))
    A(C("ja", None, "out-of-scope", "息子の数学の宿題手伝って。二次方程式 x^2-5x+6=0", "out-of-scope"))
    A(C("de", "tokyo", "out-of-scope", "wie ist das wetter in shinjuku grad", "out-of-scope", none=["Gewerbe", "Handelsregister"]))
    A(C("en", None, "out-of-scope", "write me a poem about cherry blossoms", "out-of-scope"))
    A(C("ja", "nrw", "out-of-scope", "デュッセルドルフのブンデスリーガの試合、次いつ？", "out-of-scope", none=["Anmeldung", "住民登録"]))
    A(C("de", None, "out-of-scope", "was ist die hauptstadt von australien", "out-of-scope"))
    A(C("en", "tokyo", "out-of-scope", "best anime to watch rn?", "out-of-scope"))
    # ================= HANDOVER =================
    A(C("de", "tokyo", "handover", "kann ich bitte mit einem menschen sprechen? wir gründen gerade eine tochter in tokio", "handover", all=[G_TMG]))
    A(C("en", "nrw", "handover", "I'd like an intro to someone in NRW who can help us find a distributor. who do I contact?", "handover", all=[G_NRWGB + G_NRWJ]))
    A(C("ja", "nrw", "handover", "NRWの担当者さんと直接話したいです。紹介してもらえますか", "handover", all=[G_NRWJ + G_NRWGB]))
    A(C("ja", "tokyo", "handover", "東京都の窓口の人に繋いでほしい", "handover", all=[G_TMG]))
    A(C("de", "nrw", "handover", "Ansprechpartner für japanische Firmen in Düsseldorf? hätte gern nen Kontakt", "handover", all=[G_NRWGB + G_NRWJ]))
    A(C("en", "tokyo", "handover", "pls connect me w/ a real person at the tokyo side, our GmbH from Bielefeld wants to open a sales office in minato", "handover", all=[G_TMG]))
    A(C("de", "tokyo", "handover", "als Firma aus NRW – welche Stelle der Tokyoter Regierung ist für uns zuständig?", "handover", all=[G_TMG], none=["NRW.Global Business GmbH ist Ihr Ansprechpartner in Tokyo"]))
    A(C("ja", "nrw", "handover", "ケルンで現地のスタートアップとか大学を紹介してほしいんだけど、誰に頼めばいい？", "handover", all=[G_NRWJ + G_NRWGB]))
    A(C("en", "nrw", "handover", "can NRW Japan KK put us in touch with investors in dortmund?", "handover", all=[G_NRWJ + G_NRWGB]))
    A(C("de", "tokyo", "handover", "Bitte Rückruf von einem Berater. Standort Tokio, Branche Medizintechnik.", "handover", all=[G_TMG]))
    A(C("ja", None, "handover", "人と話したい", "handover"))
    A(C("en", "tokyo", "handover", "who at the Tokyo Metropolitan Government handles the memorandum with North Rhine-Westphalia? need a contact", "handover", all=[G_TMG]))
    A(C("ko", "nrw", "handover", "뒤셀도르프에서 담당자를 소개받고 싶어요", "handover", all=[G_NRWGB + G_NRWJ]))
    # ================= EMERGENCY =================
    A(C("de", "tokyo", "emergency", "mein sohn hat nachts 39,5 fieber, wir wohnen in setagaya, was tun??", "emergency", all=[G_8000 + G_7119, G_119], none=["116117"]))
    A(C("en", "nrw", "emergency", "my daughter (3) has a high fever at 2am in Essen, what number do I call", "emergency", all=[G_116117, G_112], none=["#7119", "#8000"]))
    A(C("ja", "nrw", "emergency", "ボンで夜中に子どもが熱出した！どこに電話すれば", "emergency", all=[G_116117, G_112], none=["#7119", "#8000"]))
    A(C("ja", "tokyo", "emergency", "品川区で夫が急に胸が痛いって倒れた", "emergency", all=[G_119], none=["116117"]))
    A(C("de", "nrw", "emergency", "unfall auf der A3 bei Leverkusen, jemand verletzt!!", "emergency", all=[G_112], none=["#7119", "119番"]))
    A(C("en", "tokyo", "emergency", "someone broke into our apartment in nakano, police number?", "emergency", all=[["110"]], none=["116117"]))
    A(C("de", "tokyo", "emergency", "Erdbeben gerade in Tokyo, was muss ich machen und welche nummer", "emergency", all=[G_119 + ["110"]], none=["116117"]))
    A(C("ja", "nrw", "emergency", "Düsseldorfで救急車呼ぶ番号は？", "emergency", all=[G_112], none=["#7119", "119番"]))
    A(C("en", "tokyo", "emergency", "not sure if i need an ambulance, bad stomach pain, im in Meguro", "emergency", all=[G_7119 + G_119], none=["116117"]))
    A(C("de", "nrw", "emergency", "Zahnschmerzen am Sonntag in Münster, unerträglich. wen anrufen?", "emergency", all=[G_116117 + ["Notdienst", "zahnärztlich", "Zahnarzt"]], none=["#7119"]))
    A(C("ja", "tokyo", "emergency", "八王子で子供が階段から落ちた、意識はある。救急車呼ぶべき？", "emergency", all=[G_7119 + G_8000 + G_119], none=["116117"]))
    A(C("tr", "nrw", "emergency", "Köln'de acil durum numarası nedir? babam fenalaştı", "emergency", all=[G_112], none=["#7119"]))
    A(C("en", None, "emergency", "emergency!! my colleague collapsed", "emergency"))
    A(C("zh", "tokyo", "emergency", "东京 急救电话是多少？朋友受伤了", "emergency", all=[G_119], none=["116117"]))
    # ================= COMPANY =================
    A(C("de", "nrw", "company", "wie viel stammkapital brauch ich für ne gmbh?", "answer", all=[G_25K], none=["#7119", "Kita"]))
    A(C("en", "tokyo", "company", "min capital for a KK in japan?", "answer", all=[G_KK1]))
    A(C("ja", "nrw", "company", "ドイツでGmbH作るとき資本金いくら必要？半分だけ払込でもいいって本当？", "answer", all=[G_25K, G_12K5]))
    A(C("de", "tokyo", "company", "Was kostet die Gründung einer Kabushiki Kaisha in Tokio an Gebühren (Registersteuer)?", "answer", all=[G_150K]))
    A(C("en", "tokyo", "company", "articles of incorporation notarization fee for a small KK, 3 founders, 500k yen capital, no board?", "answer", all=[G_15K, G_KOSHO]))
    A(C("ja", "tokyo", "company", "ドイツの親会社が発起人で東京に株式会社作る場合、定款認証の手数料は15000円になる？", "answer", all=[num(30000, ["3万", "3万円"]) + num(40000, ["4万"]) + num(50000, ["5万"])]))
    A(C("de", "nrw", "company", "muss ich beim notar deutsch sprechen können?? mein deutsch ist schlecht", "answer", all=[G_NOTAR, G_DOL]))
    A(C("ja", "nrw", "company", "Kölnで会社設立したい。何から始めればいい？", "answer", all=[G_NOTAR, G_HR], none=["#7119"]))
    A(C("en", "nrw", "company", "what do i need to found a company in düsseldorf? short overview pls", "answer", all=[G_NOTAR, G_HR, G_FINANZAMT + G_GEWERBE]))
    A(C("de", "tokyo", "company", "welches visum brauche ich um in tokyo eine firma zu eröffnen", "answer", all=[G_KEIEI]))
    A(C("en", "tokyo", "company", "business manager visa japan - how much capital now after the oct 2025 change?", "answer", all=[G_30M]))
    A(C("ja", "tokyo", "company", "経営管理ビザって自宅をオフィスにしても大丈夫？", "answer", all=[G_KEIEI, ["事務所", "オフィス", "office", "Büro"]]))
    A(C("de", "nrw", "company", "UG statt GmbH – wie wenig kapital geht da?", "answer", all=[G_UG1]))
    A(C("en", "nrw", "company", "can we do the gmbh formation online or must we fly to germany for the notary", "answer", all=[G_NOTAR, ["online", "video", "Video", "オンライン"]]))
    A(C("ja", "nrw", "company", "エッセンで支店を出すだけなら登記いる？", "answer", all=[G_HR]))
    A(C("de", "tokyo", "company", "GK oder KK in Japan – was ist günstiger in der gründung?", "answer", all=[["合同会社", "GK", "Godo Kaisha", "Gōdō"], ["株式会社", "KK", "Kabushiki"]]))
    A(C("en", "tokyo", "company", "need a japanese bank account before registering the KK? were a german startup", "answer", all=[G_BANK]))
    A(C("ja", "tokyo", "company", "港区で会社つくったあと税務署に出す書類って何？", "answer", all=[G_ZEIKAN]))
    A(C("de", "nrw", "company", "nach der eintragung ins handelsregister: finanzamt, gewerbeamt, was noch? (firma in dortmund)", "answer", all=[G_FINANZAMT, G_GEWERBE + G_IHK]))
    A(C("en", "nrw", "company", "is IHK membership mandatory for our new gmbh in bochum?", "answer", all=[G_IHK]))
    A(C("ja", "tokyo", "company", "東京で外国人が会社設立するとき、まとめて相談できる窓口ってある？", "answer", all=[G_ONESTOP + G_JETRO]))
    A(C("de", "tokyo", "company", "gibt's in tokio so eine one-stop-stelle für gründungen? ich hab keinen bock 5 behörden abzuklappern", "answer", all=[G_ONESTOP]))
    A(C("en", "tokyo", "company", "how much capital do i need for a kabushiki kaisha?? and whats the registration tax", "answer", all=[G_KK1, G_150K]))
    A(C("ja", "nrw", "company", "ゲーエムベーハーの設立費用、公証人と登記でだいたいいくら？", "answer", all=[G_NOTAR, G_HR]))
    A(C("de", "tokyo", "company", "Wie melde ich eine japanische Zweigniederlassung unserer GmbH in Chiyoda an?", "answer", all=[G_HOUMU + ["登記", "Registrierung", "eintragen", "registration"]]))
    A(C("en", None, "company", "how much does it cost to found a company?", "clarify-region"))
    A(C("de", None, "company", "welche unterlagen brauch ich für die firmengründung?", "clarify-region"))
    A(C("ja", None, "company", "会社の設立ってどのくらい時間かかる？", "clarify-region"))
    A(C("es", "nrw", "company", "cuánto capital necesito para una GmbH en Colonia?", "answer", all=[G_25K]))
    A(C("ko", "tokyo", "company", "도쿄에서 주식회사(KK) 설립 최소 자본금은?", "answer", all=[G_KK1]))
    A(C("zh", "tokyo", "company", "在东京开公司需要什么签证？", "answer", all=[G_KEIEI]))
    A(C("fr", "nrw", "company", "quel capital minimum pour une GmbH à Düsseldorf ?", "answer", all=[G_25K]))
    A(C("de", "tokyo", "company", "Brauchen wir in Japan einen Repräsentanten mit Wohnsitz in Japan für die KK?", "answer", all=[["代表取締役", "Representative Director", "Repräsentant", "representative", "Vertreter", "director"]]))
    A(C("en", "nrw", "company", "Transparenzregister - do we have to register our gmbh there too?", "answer", all=[["Transparenzregister", "transparency register"]]))
    # ================= RESIDENCE =================
    A(C("de", "tokyo", "residence", "wie bekomme ich meine residence card in tokio?", "answer", all=[G_RESCARD]))
    A(C("ja", "nrw", "residence", "ドイツの滞在許可ってどこで申請するの？デュッセルドルフ在住", "answer", all=[["Ausländerbehörde", "外国人局", "Ausländeramt", "immigration office", "Amt für Migration", "Aufenthaltstitel", "滞在許可"]]))
    A(C("en", "nrw", "residence", "my wife wants to join me in essen - family reunification visa, where to apply?", "answer", all=[["Familiennachzug", "family reunification", "家族呼び寄せ", "Botschaft", "embassy", "大使館", "Ausländerbehörde"]]))
    A(C("de", "tokyo", "residence", "Darf meine Frau mit Dependent-Visum in Tokyo arbeiten?", "answer", all=[["家族滞在", "Dependent", "資格外活動", "Permission to Engage", "Erlaubnis"]]))
    A(C("ja", "nrw", "residence", "日本人はドイツにビザなしで入国してから滞在許可申請できる？", "answer", all=[["Ausländerbehörde", "外国人局", "滞在許可", "Aufenthaltserlaubnis", "Aufenthaltstitel", "residence permit"]]))
    A(C("en", "tokyo", "residence", "after moving to suginami, how many days do i have to register my address?", "answer", all=[G_14D]))
    A(C("de", None, "residence", "welches visum brauch ich?", "clarify-region"))
    A(C("ja", "tokyo", "residence", "在留カードの住所変更って区役所でいいの？練馬区", "answer", all=[G_TENNYU, G_14D]))
    A(C("de", "nrw", "residence", "Blaue Karte EU in NRW für unseren japanischen Ingenieur – wo beantragen?", "answer", all=[["Blaue Karte", "Blue Card", "ブルーカード"], ["Ausländerbehörde", "immigration", "外国人局", "Ausländeramt"]]))
    A(C("en", "nrw", "residence", "do japanese need a visa to enter germany for a 2 week business trip", "answer", all=[["visa-free", "visafrei", "ビザ不要", "no visa", "kein Visum", "without a visa", "ohne Visum", "visa exemption", "査証免除"]]))
    # ================= DAILY LIFE =================
    A(C("de", "nrw", "daily-life", "wie melde ich meinen wohnsitz in duisburg an", "answer", all=[G_ANMELD, G_2W]))
    A(C("en", "nrw", "daily-life", "we moved to Essen last week, what do we need to do first?", "answer", all=[G_ANMELD]))
    A(C("ja", "nrw", "daily-life", "Düsseldorfに引っ越したんだけど住民登録って何日以内？", "answer", all=[G_2W], none=["14日以内に区役所"]))
    A(C("de", "tokyo", "daily-life", "Ummeldung in Tokio – wie heißt das Amt und welche Frist?", "answer", all=[G_TENNYU, G_14D]))
    A(C("en", "nrw", "daily-life", "deutschlandticket price 2026?", "answer", all=[G_63], none=["58 €", "58 Euro", "€58"]))
    A(C("ja", "nrw", "daily-life", "ドイチュラントチケットって月いくら？", "answer", all=[G_63], none=["58ユーロ"]))
    A(C("de", "tokyo", "daily-life", "kann ich mit meinem deutschen führerschein in tokyo autofahren?", "answer", all=[G_FS_JP, ["Übersetzung", "translation", "翻訳", "JAF"], G_1YEAR]))
    A(C("ja", "nrw", "daily-life", "日本の免許をドイツの免許に書き換えたい。ミュンスター住み", "answer", all=[G_FSSTELLE]))
    A(C("en", "nrw", "daily-life", "garbage sorting rules in cologne? yellow bin?", "answer", all=[["Gelbe Tonne", "yellow", "Gelber Sack", "黄色", "Biotonne", "Restmüll", "AWB"]]))
    A(C("ja", "tokyo", "daily-life", "世田谷区のゴミの分別わからん", "answer", all=[["可燃", "燃やす", "不燃", "資源", "burnable", "分別"]]))
    A(C("de", "nrw", "daily-life", "rundfunkbeitrag muss ich den zahlen als expat in bonn?", "answer", all=[["Rundfunkbeitrag", "broadcasting", "放送", "Beitragsservice", "GEZ"]]))
    A(C("en", "tokyo", "daily-life", "how do i get a my number card in tokyo", "answer", all=[["マイナンバー", "My Number", "Individual Number"]]))
    A(C("de", "nrw", "daily-life", "steuer-id bekomm ich wann nach der anmeldung in aachen?", "answer", all=[["Steuer-ID", "Steueridentifikationsnummer", "tax ID", "Identifikationsnummer", "税"]]))
    A(C("ja", "nrw", "daily-life", "Kölnで日本食材買えるとこある？", "answer"))
    A(C("en", None, "daily-life", "how do i register my address?", "clarify-region"))
    # ================= HEALTHCARE =================
    A(C("de", "tokyo", "healthcare", "brauche ich in japan eine krankenversicherung wenn ich bei einer KK angestellt bin?", "answer", all=[G_NHI]))
    A(C("ja", "nrw", "healthcare", "ドイツで働くなら健康保険どうなる？ゲゼッツリッヒェとプリヴァート？", "answer", all=[G_KRANKENV, ["gesetzlich", "privat", "公的", "民間", "statutory", "private"]]))
    A(C("en", "nrw", "healthcare", "im pregnant and just moved to Düsseldorf, what do i need? midwife?", "answer", all=[G_HEBAMME, G_MUTTERPASS + ["Frauenarzt", "gynaecologist", "gynecologist", "婦人科"]]))
    A(C("ja", "tokyo", "healthcare", "妻が妊娠。ドイツ人なんだけど大田区でも母子手帳もらえる？", "answer", all=[G_BOSHI]))
    A(C("de", "tokyo", "healthcare", "Schwanger in Tokio – was ist dieses Mutter-Kind-Heft und wo bekomme ich es?", "answer", all=[G_BOSHI, ["区役所", "Bezirksamt", "ward", "保健", "Gesundheitsamt", "市役所", "Rathaus"]]))
    A(C("ja", "nrw", "healthcare", "デュッセルドルフで日本語が通じるお医者さんいる？", "answer", all=[["日本語", "Japanese", "japanisch"]]))
    A(C("en", "tokyo", "healthcare", "english speaking pediatrician near kichijoji?", "answer", all=[G_SHOUNI + ["himawari", "ひまわり", "医療情報", "medical information"]]))
    A(C("de", "nrw", "healthcare", "Kinderarzt in Bochum finden, keiner nimmt neue patienten 😩", "answer", all=[G_116117 + ["Terminservice", "Kassenärztliche", "KV", "116117.de", "appointment service"]]))
    A(C("ja", "nrw", "healthcare", "ドイツで出産するときの手続きって？助産師って自分で探すの？", "answer", all=[G_HEBAMME]))
    A(C("en", "tokyo", "healthcare", "whats the number to ask if i should go to hospital, tokyo, not life threatening", "answer", all=[G_7119], none=["116117"]))
    A(C("de", "nrw", "healthcare", "wer hilft nachts wenn die praxis zu hat aber kein notfall ist? wohnen in gelsenkirchen", "answer", all=[G_116117], none=["#7119"]))
    A(C("ja", None, "healthcare", "子どもの予防接種どこで受けるの？", "clarify-region"))
    # ================= HOUSING =================
    A(C("de", "tokyo", "housing", "Wohnung in Tokio mieten: was ist reikin und shikikin??", "answer", all=[G_SHIKIKIN]))
    A(C("en", "nrw", "housing", "what's a schufa and do landlords in cologne really want it", "answer", all=[G_SCHUFA]))
    A(C("ja", "nrw", "housing", "デュッセルドルフで部屋借りるとき敷金って何ヶ月？", "answer", all=[G_KAUTION]))
    A(C("de", "tokyo", "housing", "brauch ich einen japanischen bürgen für die wohnung in meguro?", "answer", all=[["保証人", "guarantor", "Bürge", "保証会社", "guarantee company", "Garantie"]]))
    A(C("en", "nrw", "housing", "landlord confirmation form for anmeldung in essen, what is it?", "answer", all=[G_WGB]))
    A(C("ja", None, "housing", "家探しのコツ教えて", "clarify-region"))
    # ================= SCHOOLING =================
    A(C("de", "nrw", "schooling", "gibt es in köln eine internationale schule oder kita auf englisch?", "answer", all=[G_INTLSCHOOL + G_KITA]))
    A(C("ja", "nrw", "schooling", "エッセンに住むんだけど、子どもの幼稚園どう探せばいい？", "answer", all=[G_KITA], none=["保育園の入園申込は区役所"]))
    A(C("en", "nrw", "schooling", "japanese school in düsseldorf - how to apply?", "answer", all=[G_JISD]))
    A(C("ja", "nrw", "schooling", "ボン周辺に日本人補習校ってある？", "answer", all=[["補習校", "補習授業校", "Ergänzungsschule", "supplementary school", "日本語"]]))
    A(C("de", "tokyo", "schooling", "Deutsche Schule in Tokyo – wo ist die und was kostet die?", "answer", all=[["Deutsche Schule Tokyo", "DSTY", "ドイツ学園", "German School Tokyo", "OAG", "Yokohama", "横浜"]]))
    A(C("en", "tokyo", "schooling", "how to get a hoikuen spot in shibuya? both of us work", "answer", all=[G_HOIKU, ["区役所", "ward office", "Bezirksamt", "申込", "apply", "Antrag"]]))
    A(C("ja", "nrw", "schooling", "ドイツの学校って何歳から？義務教育？デュースブルク", "answer", all=[["Schulpflicht", "義務", "compulsory", "Grundschule", "小学校"]]))
    A(C("de", "nrw", "schooling", "Kita-Platz in Münster, wie lange warteliste und wo anmelden?", "answer", all=[G_KITA + ["Kita-Navigator", "Jugendamt"]]))
    A(C("en", None, "schooling", "how do i find a school for my kid?", "clarify-region"))
    A(C("de", "nrw", "schooling", "Kindergeld für unsere japanischen Kinder in Bonn möglich?", "answer", all=[G_KINDERGELD]))
    # ================= SUPPORT =================
    A(C("ja", None, "support", "NRWで日本企業をサポートしてくれるのは誰？", "answer", all=[G_NRWJ, G_NRWGB + ["NRW.Global", "経済省", "Wirtschaftsministerium", "MWIKE"]], none=RQ_TOKYO_ONLY()))
    A(C("de", "tokyo", "support", "Messen in Tokyo: wer hilft deutschen KMU bei der Teilnahme?", "answer", all=[G_AHK + G_JETRO]))
    A(C("en", "tokyo", "support", "trade fair support in tokyo for a german sme? showrooms?", "answer", all=[G_AHK + G_JETRO]))
    A(C("ja", "nrw", "support", "ドイツの見本市に出展したい。NRWで支援ある？", "answer", all=[G_NRWJ + G_NRWGB]))
    A(C("de", "tokyo", "support", "was genau bietet das memorandum tokyo-nrw eigentlich an?", "answer", all=[["Unterstützungsorganisation", "support organisation", "support organization", "Verwaltung", "administrative", "Messe", "trade fair", "Alltag", "daily life"]]))
    A(C("en", None, "support", "when was the tokyo–nrw memorandum signed and by whom?", "answer", all=[["2021"], ["MWIDE", "Wirtschaft, Innovation, Digitalisierung und Energie", "経済・イノベーション・デジタル化・エネルギー省", "Economic Affairs, Innovation, Digitalisation and Energy", "Economic Affairs, Innovation, Digitalization and Energy"]]))
    A(C("ja", None, "support", "覚書っていつまで有効？", "answer", all=[["2023", "自動", "automatically", "automatisch", "延長", "extended", "verlängert"]]))
    A(C("de", "nrw", "support", "Fördermittel für japanische Firmen die sich in NRW ansiedeln?", "answer", all=[["NRW.BANK", "NRW Bank", "Förder", "funding", "助成", "NRW.Global"]]))
    A(C("en", "tokyo", "support", "can the tokyo gov introduce us to universities for joint research? we're a NRW robotics sme", "answer", all=[G_TMG + ["university", "Universität", "大学"]]))
    A(C("ja", "tokyo", "support", "東京のスタートアップ支援施設って外国企業も使える？", "answer"))
    A(C("de", None, "support", "Wer unterstützt uns?", "clarify-region"))
    A(C("en", "nrw", "support", "matchmaking events for japanese companies in NRW this year?", "answer", all=[G_NRWGB + G_NRWJ]))
    A(C("ja", "nrw", "support", "ノルトライン＝ヴェストファーレンで販路開拓したい。パートナー探しの支援ある？", "answer", all=[G_NRWJ + G_NRWGB]))
    # ================= FOLLOW-UPS (multi-turn) =================
    A(C("en", "nrw", "follow-up", ["how do i register my address in düsseldorf?", "do i need an appointment for that?"], "answer", all=[["Termin", "appointment", "予約", "online"]], none=["Hausarzt", "doctor's appointment"]))
    A(C("de", "tokyo", "follow-up", ["ich will eine firma in tokio gründen", "und wie lange dauert das?"], "answer", all=[["Woche", "week", "週", "Tag", "day", "日"]], none=["Arbeitszeit", "working hours", "労働時間"]))
    A(C("ja", "nrw", "follow-up", ["ケルンでGmbH作りたい", "資本金は？"], "answer", all=[G_25K]))
    A(C("de", "nrw", "follow-up", ["wie viel kapital für ne gmbh?", "und bei einer UG?"], "answer", all=[G_UG1]))
    A(C("en", "tokyo", "follow-up", ["whats the visa for starting a company in tokyo", "and how much capital is needed for that?"], "answer", all=[G_30M]))
    A(C("ja", "tokyo", "follow-up", ["東京で株式会社を作る費用", "定款認証はいくら？"], "answer", all=[G_15K + num(30000, ["3万"]) + num(50000, ["5万"])]))
    A(C("de", "nrw", "follow-up", ["Wir sind nach Essen gezogen.", "Und wo melde ich die Kinder für die Kita an?"], "answer", all=[G_KITA + ["Jugendamt", "Kita-Navigator"]], none=["保育園", "区役所"]))
    A(C("en", "tokyo", "follow-up", ["my kid has a fever, we live in koto-ku", "what if it gets worse at night?"], "emergency", all=[G_8000 + G_7119 + G_119], none=["116117"]))
    A(C("ja", "nrw", "follow-up", ["ドルトムントで免許の書き換えしたい", "それって試験いる？"], "answer", all=[["試験", "Prüfung", "test", "exam", "不要", "免除"]]))
    A(C("de", "tokyo", "follow-up", ["Hallo!", "wie melde ich mich in shinagawa an?"], "answer", all=[G_TENNYU, G_14D]))
    A(C("en", "nrw", "follow-up", ["hi", "we're a japanese sme looking at bonn. who can help us?"], "answer", all=[G_NRWJ + G_NRWGB]))
    A(C("ja", "tokyo", "follow-up", ["渋谷区に引っ越した", "マイナンバーカードの住所変更も同じ窓口？"], "answer", all=[["マイナンバー", "My Number"], ["区役所", "ward office", "同じ", "same"]]))
    A(C("de", "nrw", "follow-up", ["Notar für GmbH-Gründung in Düsseldorf finden", "muss der englisch können?", "und was kostet der ungefähr?"], "answer", all=[G_NOTAR]))
    A(C("en", "tokyo", "follow-up", ["what's #7119?", "does it work in english?"], "answer", all=[G_7119 + ["English", "英語", "Englisch"]]))
    A(C("ja", "nrw", "follow-up", ["ケルンで子どもの学校探してる", "インターナショナルスクールは？学費は？"], "answer", all=[G_INTLSCHOOL]))
    A(C("de", "tokyo", "follow-up", ["danke für die info zur KK", "und ein GK wäre billiger?"], "answer", all=[["合同会社", "GK", "Godo", "Gōdō"]]))
    A(C("en", "nrw", "follow-up", ["deutschlandticket - how much?", "can my kids use it too?"], "answer", all=[["sechs", "six", "6 Jahre", "6 years", "6歳", "under 6", "unter 6"]]))
    A(C("ja", "nrw", "daily-life", "Essenで銀行口座開きたい。何が必要？", "answer", all=[G_BANK, G_ANMELD + ["Meldebescheinigung", "Anmeldebestätigung", "Pass", "passport", "パスポート"]]))
    A(C("en", "tokyo", "daily-life", "moving from Düsseldorf to Tokyo w/ 2 kids next month. what do we do first after arrival?", "answer", all=[G_TENNYU]))
    A(C("de", "nrw", "healthcare", "wir sind ne familie aus osaka und ziehen nach neuss. krankenversicherung für die kinder?", "answer", all=[G_KRANKENV]))
    A(C("en", None, "smalltalk", "hello, can you help me?", "smalltalk"))
    return L

def RQ_TOKYO_ONLY():
    return ["Tokyo oder NRW", "Tokyo or NRW", "東京とNRWのどちら", "東京かNRW"]
