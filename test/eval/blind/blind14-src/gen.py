#!/usr/bin/env python3
"""Generator for the blind14 evaluation set (kakehashi).

Written blind from /work/blindspec14/SPEC.md, the two seed texts in /work/shared/seeds/
and facts checked with the `search` tool (corpus pages). See README-blind14.md.
"""
import json, collections, os

OUT = os.path.dirname(os.path.abspath(__file__))
WRITTEN_BY = "blind-set helper session (blind14), 2026-12-01"

P1_LANGS = {"ja", "de", "en"}
P2_LANGS = {"ja", "fr", "en"}

# ---------- reusable keyword groups -------------------------------------------------
# region questions that must not appear when a region was named
RQ_TN = ["Tokyo oder NRW", "Tokio oder NRW", "Tokyo or NRW", "NRW or Tokyo", "NRW oder Tokyo",
         "東京とNRWのどちら", "東京かNRW", "東京またはNRW", "NRWと東京のどちら",
         "which region", "welche Region", "どちらの地域", "どの地域"]
RQ_TS = ["Paris ou Genève", "Paris or Geneva", "Paris oder Genf", "パリかジュネーブ", "パリとジュネーブのどちら",
         "パリまたはジュネーブ", "which region", "quelle région", "どちらの地域", "どの地域"]

def nums(*variants):
    return list(variants)

G_GMBH_25K = ["25.000", "25,000", "25000", "25 000", "2万5000", "2万5千", "2.5万"]
G_UG_1 = ["1 €", "1€", "1 Euro", "1 EUR", "€1", "1ユーロ", "einem Euro", "one euro"]
G_KK_1YEN = ["1円", "1 yen", "1 Yen", "¥1", "1 JPY", "one yen", "ein Yen"]
G_NOTARY_FEE = ["15,000", "15.000", "15000", "15 000", "1万5000", "1万5千", "1.5万"]
G_NOTARY_FEE_ANY = G_NOTARY_FEE + ["30,000", "30.000", "30000", "3万"]
G_REGTAX_KK = ["150,000", "150.000", "150000", "150 000", "15万"]
G_REGTAX_GK = ["60,000", "60.000", "60000", "60 000", "6万"]
G_BM_30M = ["3,000万", "3000万", "3.000万", "3千万", "30 million", "30 Millionen", "30 Mio", "30,000,000",
            "30.000.000", "30000000"]
G_DTICKET = ["63 €", "63€", "63 Euro", "63 EUR", "€63", "63ユーロ", "63,00", "63.00", "63,-", "63 Euros", "63 euros"]
G_KINDERGELD = ["259"]
G_14 = ["14"]
G_2WEEKS = ["2 Wochen", "zwei Wochen", "14 Tage", "2 weeks", "two weeks", "14 days", "2週間", "14日"]
G_NOTAR = ["Notar", "notary", "公証"]
G_HREG = ["Handelsregister", "commercial register", "Registergericht", "商業登記", "商業登録", "登記"]
G_GEWERBE = ["Gewerbe", "trade office", "trade registration", "business registration", "営業登録", "営業届", "事業登録"]
G_FINANZAMT = ["Finanzamt", "tax office", "税務署"]
G_HOUMU = ["法務局", "Legal Affairs Bureau", "Legal Affairs", "Rechtsamt", "Justizbehörde", "legal affairs"]
G_ZEIMU = ["税務署", "tax office", "Finanzamt", "Steueramt"]
G_KOSHO = ["公証", "notary", "Notar", "Notary"]
G_BMV = ["経営・管理", "経営管理", "Business Manager", "business manager", "Business-Manager", "Geschäftsführer-Visum",
         "Unternehmer"]
G_ZAIRYU = ["在留カード", "residence card", "Residence Card", "Aufenthaltskarte", "zairyu"]
G_TMG_OFFICE = ["産業労働局", "商工部", "Industrial and Labor", "Industrie und Arbeit", "Tokyo Metropolitan Government",
                "Tokyo Metropolitan", "TMG", "東京都", "Stadtregierung Tokyo", "Präfektur Tokyo", "Metropolregierung"]
G_NRW_OFFICE = ["NRW.Global", "NRW Global", "NRW Japan", "NRW.INVEST", "NRW・Global", "NRW.GLOBAL"]
G_BDC = ["Business Development Center", "BDC", "ビジネスディベロップメントセンター", "JETRO", "ジェトロ",
         "ワンストップ", "One-Stop", "One Stop", "開業ワンストップ"]
G_AHK = ["AHK", "Deutsche Industrie- und Handelskammer in Japan", "German Chamber of Commerce", "ドイツ商工会議所",
         "在日ドイツ商工会議所", "Außenhandelskammer"]
G_IHK = ["IHK", "Industrie- und Handelskammer", "Chamber of Industry and Commerce", "Chamber of Commerce", "商工会議所"]
G_KITA = ["Kita", "KiTa", "Kindertages", "Kindergarten", "kindergarten", "daycare", "day care", "day-care",
          "保育", "幼稚園", "nursery"]
G_KITA_AGE = ["1 Jahr", "ersten Lebensjahr", "ein Jahr", "einjährig", "1. Geburtstag", "age 1", "age of one",
              "one year", "1 year", "first birthday", "1歳",
              "einem Jahr", "1. Lebensjahr", "one-year", "12 months", "12 Monat", "一歳"]
G_JP_SCHOOL_DUS = ["Japanische Internationale Schule", "日本人学校", "Japanese International School",
                   "Japanese school", "japanische Schule", "JISD"]
G_HEBAMME = ["Hebamme", "midwife", "助産"]
G_MUTTERPASS = ["Mutterpass", "maternity record", "母子手帳", "母子健康手帳", "maternity pass"]
G_BOSHI = ["母子健康手帳", "母子手帳", "Maternal and Child Health Handbook", "Mother and Child Health Handbook",
           "Mother-Child Health Handbook", "boshi", "Mutter-Kind-Gesundheitshandbuch", "Mutterpass"]
G_KRANKEN = ["Krankenversicherung", "Krankenkasse", "health insurance", "健康保険", "医療保険"]
G_NHI = ["国民健康保険", "National Health Insurance", "健康保険", "health insurance", "Krankenversicherung",
         "Kokumin Kenko Hoken", "NHI"]
G_AUSLAENDER = ["Ausländerbehörde", "Ausländeramt", "foreigners' authority", "foreigners authority", "immigration office",
                "外国人局", "外国人役所", "Aufenthaltstitel", "residence permit", "滞在許可", "在留許可"]
G_IMMIG_JP = ["出入国在留管理", "入管", "Immigration Services Agency", "immigration", "Immigration",
              "Einwanderungsbehörde", "Immigrationsbehörde"]
G_WARD = ["区役所", "ward office", "Ward Office", "Bezirksamt", "Rathaus", "市役所", "city office", "city hall",
          "役所", "Bürgeramt"]
G_MELDE = ["Bürgerbüro", "Bürgeramt", "Bürgerservice", "Meldebehörde", "Einwohnermeldeamt", "Anmeldung",
           "registration office", "citizens' office", "住民登録", "住民票", "転入"]
G_WGB = ["Wohnungsgeberbestätigung", "landlord confirmation", "landlord's confirmation", "confirmation from your landlord",
         "家主", "大家", "入居証明"]
G_LICENCE_TRANS = ["Übersetzung", "translation", "翻訳", "JAF", "Japan Automobile Federation", "ADAC"]
G_1YEAR = ["1 Jahr", "ein Jahr", "einem Jahr", "1 year", "one year", "12 Monate", "12 months", "1年", "一年",
           "1 an", "un an"]
G_6MONTHS = ["6 Monate", "sechs Monate", "6 months", "six months", "6か月", "6ヶ月", "6カ月", "半年", "六か月", "六ヶ月"]
G_3WEEKS = ["3 Wochen", "drei Wochen", "3 weeks", "three weeks", "3週間", "三週間"]
G_INTERPRETER = ["Dolmetscher", "interpreter", "通訳", "Übersetzer", "translator", "übersetzt", "translated"]
G_ONLINE = ["online", "Online", "Video", "video", "オンライン", "ビデオ"]
G_SACHEINLAGE = ["Sacheinlage", "Sachgründung", "contributions in kind", "contribution in kind", "in kind", "現物出資"]
G_FAIR_NRW = ["Messe", "trade fair", "見本市", "展示会", "Koelnmesse", "Messe Düsseldorf", "Messe Essen"]
G_UNI = ["Universität", "university", "universities", "大学", "Hochschule"]

# emergencies
G_119 = ["119"]
G_110 = ["110"]
G_112 = ["112"]
G_116117 = ["116117", "116 117"]
G_KIDS_TOKYO = ["#8000", "＃8000", "03-5285-8898", "#7119", "＃7119"]
G_7119 = ["#7119", "＃7119", "03-3212-2323"]
G_KIDS_MIE = ["#8000", "＃8000", "059-232-9955", "みえ子ども医療ダイヤル", "059-229-1199", "医療ネットみえ"]
NOT_JP_NUM = ["116117", "116 117", "SAMU", "Tox Info"]
NOT_DE_NUM = ["#7119", "＃7119", "#8000", "＃8000", "119番"]

# partnership 2
G_SARL_20K = ["20'000", "20’000", "20 000", "20,000", "20.000", "20000", "2万"]
G_SA_100K = ["100'000", "100’000", "100 000", "100,000", "100.000", "100000", "10万"]
G_SA_50K = ["50'000", "50’000", "50 000", "50,000", "50.000", "50000", "5万"]
G_SAS_1 = ["1 €", "1€", "1 euro", "1 Euro", "un euro", "one euro", "€1", "1ユーロ", "librement", "freely",
           "aucun minimum", "pas de minimum", "no minimum", "自由"]
G_KBIS = ["Kbis", "K-bis", "RCS", "registre du commerce", "Registre du commerce", "trade and companies register",
          "商業登記", "商業登録", "登記"]
G_GUICHET = ["guichet unique", "Guichet unique", "INPI", "one-stop", "one stop", "ワンストップ", "窓口"]
G_OCPM = ["OCPM", "Office cantonal de la population", "Cantonal Office for Population", "Cantonal Population Office",
          "州人口移民局", "人口移民局", "人口・移民局", "移民局", "住民局"]
G_LAMAL = ["LAMal", "assurance-maladie", "assurance maladie", "health insurance", "健康保険", "医療保険"]
G_3MONTHS = ["3 mois", "trois mois", "3 months", "three months", "3か月", "3ヶ月", "3カ月", "三か月"]
G_CPAM = ["CPAM", "Assurance Maladie", "assurance maladie", "Sécurité sociale", "sécurité sociale", "carte Vitale",
          "Carte Vitale", "social security", "health insurance", "健康保険", "社会保障"]
G_TALENT = ["Talent", "talent", "タレント", "titre de séjour", "residence permit", "滞在許可"]
G_PREFECTURE_FR = ["préfecture", "Préfecture", "prefecture", "県庁", "ANTS"]
G_PARIS_OFFICE = ["Choose Paris Region", "Paris Region", "ARD", "Agence Régionale de Développement",
                  "Paris Region Entreprises", "パリ地域"]
G_OPI = ["OPI", "Office de Promotion des Industries", "Promotion des Industries"]
G_TSU_OFFICE = ["津市", "Tsu City", "ville de Tsu", "Tsu city", "City of Tsu", "産業政策", "商工観光部"]
G_MIECO = ["MieCo", "みえ外国人相談サポートセンター", "三重県国際交流財団", "MIEF", "Mie International"]
G_SAMU = ["SAMU", "Samu", "15"]
G_17 = ["17"]
G_18 = ["18"]
G_144 = ["144"]
G_117 = ["117"]
G_118 = ["118"]
G_145 = ["145", "Tox Info"]

# ---------- builder ----------------------------------------------------------------
class SetBuilder:
    def __init__(self, prefix, allowed):
        self.prefix, self.allowed, self.cases = prefix, allowed, []

    def add(self, lang, region, topic, turns, kind=None, all_=None, none=None, langs=None):
        if isinstance(turns, str):
            turns = [turns]
        if langs is None:
            langs = [lang] if lang in self.allowed else ["en", lang]
        exp = {}
        if kind:
            exp["kind"] = kind
        exp["language"] = langs
        if all_:
            exp["all"] = all_
        if none:
            exp["none"] = none
        t = [{"text": x} for x in turns[:-1]] + [{"text": turns[-1], "expect": exp}]
        cid = "%s%03d" % (self.prefix, len(self.cases) + 1)
        self.cases.append({"id": cid, "lang": lang, "region": region, "topic": topic, "turns": t})


# =====================================================================================
# Partnership 1: Tokyo <-> NRW
# =====================================================================================
tn = SetBuilder("B14TN", P1_LANGS)
A = tn.add
RQ = RQ_TN

# ---- small talk (greeting -> welcome + menu, never the region question)
for lang, txt in [("de", "moin 👋"), ("de", "Servus!"), ("de", "hallo, wer bist du eigentlich?"),
                  ("ja", "こんにちは〜"), ("ja", "おはようございます！"), ("ja", "ありがとう、助かりました🙏"),
                  ("en", "hey there"), ("en", "thx a lot!!"), ("en", "good evening :)"),
                  ("de", "danke dir, schönen tag noch"), ("ja", "はじめまして。よろしくお願いします"),
                  ("en", "yo what can u do")]:
    A(lang, None, "smalltalk", txt, kind="smalltalk", none=RQ)

# ---- out of scope (one polite sentence; city names must not pull entries)
for lang, region, txt in [
        ("de", None, "wie wird das wetter morgen in köln?"),
        ("de", None, "hat der BVB gestern gewonnen?"),
        ("en", None, "tell me a joke about germans pls"),
        ("en", None, "can u write me a python script that sorts a list"),
        ("ja", None, "明日の東京の天気は？☔"),
        ("ja", None, "今夜のサッカー日本代表の試合、何時から？"),
        ("de", None, "kannst du meine mathe hausaufgaben machen? 3x+5=20"),
        ("en", None, "best ramen in shinjuku?? 🍜"),
        ("ja", None, "ビットコインは今買うべき？"),
        ("en", None, "who will win the bundesliga this season"),
        ("de", None, "schreib mir ein gedicht über düsseldorf"),
        ("ja", None, "おすすめのアニメ教えて")]:
    A(lang, region, "out-of-scope", txt, kind="out-of-scope", none=RQ)

# ---- hand-over (person, introduction, contact) -> named office, no region question
A("de", "tokyo", "handover", "kann ich mit jemandem persönlich sprechen? wir gründen grad ne tochter in tokio",
  kind="handover", all_=[G_TMG_OFFICE], none=RQ)
A("en", "tokyo", "handover", "i'd like to talk to a real person about opening our office in minato-ku",
  kind="handover", all_=[G_TMG_OFFICE], none=RQ)
A("de", "tokyo", "handover", "Welche Stelle der Tokioter Verwaltung ist unser Ansprechpartner? Wir sind ein Mittelständler aus Bielefeld",
  kind="handover", all_=[G_TMG_OFFICE], none=RQ)
A("en", "tokyo", "handover", "which tokyo government office do we contact as a company from NRW?",
  all_=[G_TMG_OFFICE], none=RQ)
A("ja", "nrw", "handover", "NRWに進出したいので担当者を紹介してください",
  kind="handover", all_=[G_NRW_OFFICE], none=RQ)
A("ja", "nrw", "handover", "デュッセルドルフで現地パートナーを探しています。誰かにつないでもらえますか？",
  kind="handover", all_=[G_NRW_OFFICE], none=RQ)
A("en", "nrw", "handover", "can you introduce us to startups and investors in NRW? we're a japanese robotics SME",
  kind="handover", all_=[G_NRW_OFFICE], none=RQ)
A("ja", "nrw", "handover", "ボーフムの大学と共同研究したい。紹介してもらえる？",
  kind="handover", all_=[G_NRW_OFFICE], none=RQ)
A("de", "nrw", "handover", "gibts in NRW jemanden der japanische firmen bei der ansiedlung betreut? bitte kontakt",
  kind="handover", all_=[G_NRW_OFFICE], none=RQ)
A("en", "tokyo", "handover", "pls connect me with someone who can introduce us to tokyo investors",
  kind="handover", all_=[G_TMG_OFFICE], none=RQ)
A("ja", "nrw", "handover", "担当の方と直接話したいです。ケルンで支店を作る予定です",
  kind="handover", all_=[G_NRW_OFFICE], none=RQ)
A("de", "tokyo", "handover", "ansprechpartner für uns in Shibuya? wir suchen vertriebspartner",
  kind="handover", all_=[G_TMG_OFFICE], none=RQ)

# ---- emergencies (numbers of the named region only)
A("de", "tokyo", "emergency", "NOTFALL mein kollege ist in Shinagawa zusammengebrochen, welche nummer??",
  kind="emergency", all_=[G_119], none=RQ + ["116117", "116 117"])
A("en", "tokyo", "emergency", "someone broke into our apartment in setagaya what number do i call",
  kind="emergency", all_=[G_110], none=RQ + ["116117", "116 117"])
A("ja", "nrw", "emergency", "Essenで交通事故にあいました！救急車は何番？",
  kind="emergency", all_=[G_112], none=RQ + NOT_DE_NUM)
A("en", "nrw", "emergency", "fire in our office building in Duisburg!!",
  kind="emergency", all_=[G_112], none=RQ + NOT_DE_NUM)
A("de", "nrw", "emergency", "einbruch bei uns in gelsenkirchen, wen ruf ich an",
  kind="emergency", all_=[G_110], none=RQ + NOT_DE_NUM)
A("ja", "tokyo", "emergency", "子どもが夜中に39度の熱。世田谷に住んでます。救急車呼ぶべき？",
  all_=[G_KIDS_TOKYO], none=RQ + ["116117", "116 117"])
A("de", "nrw", "emergency", "meine tochter hat nachts hohes fieber, wir wohnen in neuss. arzt hat zu",
  all_=[G_116117], none=RQ + NOT_DE_NUM)
A("en", "tokyo", "emergency", "not sure if i need an ambulance, bad stomach pain, living in Kichijoji",
  all_=[G_7119], none=RQ + ["116117", "116 117"])
A("ja", "nrw", "emergency", "夜に熱が出たけど救急ってほどじゃない。Münsterで医者探せる番号ある？",
  all_=[G_116117], none=RQ + NOT_DE_NUM)
A("en", None, "emergency", "emergency!! my wife fainted", kind="emergency", all_=[G_119, G_112])
A("de", "tokyo", "emergency", "Erdbeben gerade in Tokyo, jemand verletzt, was tun??",
  kind="emergency", all_=[G_119], none=RQ + ["116117", "116 117"])
A("ja", "nrw", "emergency", "Aachenで財布を盗まれた。警察は？", all_=[G_110], none=RQ + NOT_DE_NUM)

# ---- region-less questions whose answer differs -> ask back
for lang, topic, txt in [("en", "daily-life", "how do i register my address?"),
                  ("de", "company", "wie viel kapital brauch ich für die firmengründung?"),
                  ("ja", "daily-life", "運転免許の切り替えってどうやるの？"),
                  ("en", "residence", "which visa do i need?"),
                  ("de", "schooling", "wo finde ich eine kita für meinen sohn"),
                  ("ja", "healthcare", "救急じゃないけど夜に子どもが熱を出したら？"),
                  ("en", "company", "how long does company registration take"),
                  ("de", "healthcare", "Krankenversicherung – was muss ich abschließen?")]:
    A(lang, None, topic, txt,
      kind="clarify-region", all_=[["Tokyo", "Tokio", "東京"], ["NRW", "Nordrhein", "ノルトライン", "North Rhine"]])

# ---- other languages -> answer in English with a note
A("zh", "nrw", "company", "在杜塞尔多夫成立GmbH需要多少注册资本？", kind="answer", langs=["en", "zh"],
  all_=[G_GMBH_25K], none=RQ)
A("ko", "tokyo", "company", "도쿄에서 KK 설립할 때 최소 자본금은 얼마인가요?", kind="answer", langs=["en", "ko"],
  all_=[G_KK_1YEN], none=RQ)
A("tr", "nrw", "daily-life", "Köln'de ikamet kaydı (Anmeldung) kaç gün içinde yapılmalı?", kind="answer",
  langs=["en", "tr"], all_=[G_2WEEKS], none=RQ)
A("es", "tokyo", "emergency", "¿cuál es el número de ambulancia en Tokio?", kind="emergency", langs=["en", "es"],
  all_=[G_119], none=RQ + ["116117"])
A("fr", "nrw", "company", "quel est le capital minimum pour une GmbH à Cologne ?", kind="answer", langs=["en", "fr"],
  all_=[G_GMBH_25K], none=RQ)
A("zh", "tokyo", "residence", "在东京开公司要办经营管理签证，现在资本金要求多少？", kind="answer", langs=["en", "zh"],
  all_=[G_BM_30M], none=RQ)
A("ko", "nrw", "emergency", "에센에서 응급상황이에요! 번호가 뭐예요?", kind="emergency", langs=["en", "ko"],
  all_=[G_112], none=RQ + NOT_DE_NUM)
A("pt", "nrw", "daily-life", "quanto custa o Deutschlandticket por mês em Dortmund?", kind="answer", langs=["en", "pt"],
  all_=[G_DTICKET], none=RQ)
A("vi", "tokyo", "daily-life", "chuyển đến Shinjuku thì phải đăng ký địa chỉ trong bao nhiêu ngày?", kind="answer",
  langs=["en", "vi"], all_=[G_14], none=RQ)
A("it", "nrw", "company", "serve un notaio per fondare una GmbH a Bonn?", kind="answer", langs=["en", "it"],
  all_=[G_NOTAR], none=RQ)
A("tr", "tokyo", "company", "Tokyo'da KK kurarken ana sözleşme noter onayı ücreti ne kadar?", kind="answer",
  langs=["en", "tr"], all_=[G_NOTARY_FEE_ANY], none=RQ)
A("es", "nrw", "handover", "quiero hablar con alguien de NRW sobre abrir una filial en Düsseldorf", kind="handover",
  langs=["en", "es"], all_=[G_NRW_OFFICE], none=RQ)

# ---- company: Tokyo (German SMEs)
A("en", "tokyo", "company", "minimum capital for a KK in tokyo?", kind="answer", all_=[G_KK_1YEN], none=RQ)
A("de", "tokyo", "company", "Was kostet die Beurkundung der Satzung für eine KK in Tokio?", kind="answer",
  all_=[G_NOTARY_FEE_ANY, G_KOSHO], none=RQ)
A("de", "tokyo", "company", "wir gründen als deutsche muttergesellschaft eine KK in Chiyoda – welche notargebühr fällt an?",
  kind="answer", all_=[["30,000", "30.000", "30000", "3万", "40,000", "40.000", "4万", "50,000", "50.000", "5万"]],
  none=RQ)
A("en", "tokyo", "company", "what does founding a GK in tokyo cost? registration tax etc", kind="answer",
  all_=[G_REGTAX_GK], none=RQ)
A("ja", "tokyo", "company", "東京で株式会社を設立するときの登録免許税は最低いくら？", kind="answer",
  all_=[G_REGTAX_KK], none=RQ)
A("de", "tokyo", "company", "registersteuer KK gründung tokyo mindestens?", kind="answer", all_=[G_REGTAX_KK], none=RQ)
A("en", "tokyo", "company", "steps to incorporate a kabushiki kaisha in Tokyo?", kind="answer",
  all_=[G_KOSHO, G_HOUMU], none=RQ)
A("de", "tokyo", "company", "Nach der Eintragung der KK in Tokio – muss ich noch zum Finanzamt?", kind="answer",
  all_=[G_ZEIMU], none=RQ)
A("en", "tokyo", "residence", "which visa do i need to open a company in tokyo?", kind="answer",
  all_=[G_BMV], none=RQ)
A("de", "tokyo", "residence", "wie viel kapital brauche ich jetzt für das business manager visum in Tokyo?", kind="answer",
  all_=[G_BMV + ["Visum", "visa"], G_BM_30M], none=RQ)
A("en", "tokyo", "residence", "business manager visa tokyo: can i use my apartment as the office?", kind="answer",
  all_=[G_BMV + ["office", "Büro"]], none=RQ)
A("en", "tokyo", "support", "is there a one stop place in tokyo that helps foreign founders?", kind="answer",
  all_=[G_BDC], none=RQ)
A("de", "tokyo", "support", "wer hilft uns bei der messeteilnahme in tokyo? wir stellen maschinen aus",
  all_=[G_AHK], none=RQ)
A("en", "tokyo", "support", "trade fair in tokyo for our medtech product – who can help?", all_=[G_AHK], none=RQ)
A("de", "tokyo", "company", "braucht man einen firmenstempel (hanko) für die KK-Gründung in Tokio?", kind="answer",
  all_=[["印鑑", "Hanko", "hanko", "Siegel", "seal", "Stempel", "inkan"]], none=RQ)
A("de", "tokyo", "company", "Mindestkapital KK Tokio??", kind="answer", all_=[G_KK_1YEN], none=RQ)
A("en", "tokyo", "residence", "do i need a japanese speaking employee for the business manager visa now?", kind="answer",
  all_=[["B2", "N2", "Japanese", "japanisch", "日本語"]], none=RQ)
A("de", "tokyo", "residence", "muss ich für das Business-Manager-Visum in Tokyo jemanden fest anstellen?", kind="answer",
  all_=[["1", "ein", "einen", "one"], ["Vollzeit", "full-time", "full time", "常勤", "festangestellt", "Festanstellung"]],
  none=RQ)

# ---- company: NRW (Japanese SMEs)
A("ja", "nrw", "company", "デュッセルドルフでGmbHを作るのに資本金はいくら必要？", kind="answer",
  all_=[G_GMBH_25K], none=RQ)
A("en", "nrw", "company", "how much capital for a GmbH in cologne", kind="answer", all_=[G_GMBH_25K], none=RQ)
A("ja", "nrw", "company", "Kölnで会社を作るなら公証人は必要？", kind="answer", all_=[G_NOTAR], none=RQ)
A("ja", "nrw", "company", "公証人のところでドイツ語を話せないとダメですか？Essenで設立予定", kind="answer",
  all_=[G_INTERPRETER], none=RQ)
A("de", "nrw", "company", "muss ich beim notar in Düsseldorf deutsch sprechen? ich bin japaner", kind="answer",
  all_=[G_INTERPRETER], none=RQ)
A("en", "nrw", "company", "what do i need to found a company in Düsseldorf? overview pls", kind="answer",
  all_=[G_NOTAR, G_HREG, G_GEWERBE + G_FINANZAMT], none=RQ)
A("ja", "nrw", "company", "UGって何？資本金は本当に1ユーロでいいの？ボンで起業します", kind="answer",
  all_=[G_UG_1], none=RQ)
A("en", "nrw", "company", "can we found our GmbH in Dortmund online or do we have to fly over?", kind="answer",
  all_=[G_ONLINE], none=RQ)
A("de", "nrw", "company", "geht die online-gründung einer GmbH in NRW auch mit sacheinlagen?", kind="answer",
  all_=[G_SACHEINLAGE + ["2023"]], none=RQ)
A("ja", "nrw", "company", "Düsseldorfに子会社を作ったら、IHKに入らないといけない？", kind="answer",
  all_=[G_IHK], none=RQ)
A("en", "nrw", "company", "after registering the GmbH in Krefeld, do we have to register with the trade office?",
  kind="answer", all_=[G_GEWERBE], none=RQ)
A("ja", "nrw", "company", "ドイツで設立したら税務署への届出は？場所はDuisburg", kind="answer",
  all_=[G_FINANZAMT], none=RQ)
A("ja", "nrw", "support", "NRWで日本企業を支援してくれる機関は？", kind="answer", all_=[G_NRW_OFFICE], none=RQ)
A("en", "nrw", "support", "who supports japanese companies in north rhine-westphalia?", kind="answer",
  all_=[G_NRW_OFFICE], none=RQ)
A("ja", "nrw", "support", "NRWの見本市に出展したい。情報ある？", all_=[G_FAIR_NRW], none=RQ)
A("de", "nrw", "support", "welche Messen in NRW sind für japanische Zulieferer interessant?", all_=[G_FAIR_NRW], none=RQ)
A("ja", "nrw", "company", "GmbHの資本金25,000ユーロは設立時に全額払い込み？Wuppertalです", kind="answer",
  all_=[["12.500", "12,500", "12500", "半分", "Hälfte", "half", "1万2500"]], none=RQ)
A("ja", "nrw", "residence", "ドイツで会社を経営するための滞在許可はどこで申請？Leverkusenに住む予定", kind="answer",
  all_=[G_AUSLAENDER], none=RQ)
A("en", "nrw", "company", "commercial register entry for a GmbH in Mönchengladbach – how does it work?", kind="answer",
  all_=[G_HREG, G_NOTAR], none=RQ)
A("ja", "nrw", "support", "NRWのスタートアップや投資家とつながりたい", all_=[G_NRW_OFFICE], none=RQ)
A("de", "nrw", "support", "Wer hat das Memorandum auf NRW-Seite unterzeichnet?", kind="answer",
  all_=[["Wirtschaft", "MWIDE", "MWIKE", "Wirtschaftsministerium", "economics ministry", "Ministry of Economic"]], none=RQ)
A("ja", None, "support", "東京都とNRWの覚書はいつまで有効？", kind="answer",
  all_=[["2023", "自動", "automatisch", "automatically", "延長"]], none=RQ)

# ---- daily life: NRW
A("en", "nrw", "daily-life", "we moved to Essen last week, what do i have to do first?", kind="answer",
  all_=[G_MELDE], none=RQ)
A("de", "nrw", "daily-life", "Wie melde ich meinen Wohnsitz in Köln an?", kind="answer", langs=["de"],
  all_=[G_MELDE, G_WGB + G_2WEEKS], none=RQ)
A("ja", "nrw", "daily-life", "Düsseldorfに引っ越した。住民登録の期限は？", kind="answer", all_=[G_2WEEKS], none=RQ)
A("ja", "nrw", "daily-life", "Bonnで住民登録するとき大家さんから何をもらう？", kind="answer", all_=[G_WGB], none=RQ)
A("en", "nrw", "daily-life", "how much is the deutschlandticket now? living in bochum", kind="answer",
  all_=[G_DTICKET], none=RQ)
A("ja", "nrw", "daily-life", "ドイツチケットって月いくら？Düsseldorf通勤用", kind="answer", all_=[G_DTICKET], none=RQ)
A("ja", "nrw", "daily-life", "日本の免許でNRWで運転できる期間は？", kind="answer", all_=[G_6MONTHS], none=RQ)
A("de", "nrw", "daily-life", "japanischen führerschein in Düsseldorf umschreiben – was brauche ich?", kind="answer",
  all_=[G_LICENCE_TRANS], none=RQ)
A("ja", "nrw", "daily-life", "ドイツの子ども手当（Kindergeld）は月いくら？Kölnに家族で住んでます", kind="answer",
  all_=[G_KINDERGELD], none=RQ)
A("en", "nrw", "daily-life", "health insurance in germany – is it mandatory? moving to Aachen", kind="answer",
  all_=[G_KRANKEN], none=RQ)
A("ja", "nrw", "daily-life", "Dortmundでごみの分別ってどうなってる？", kind="answer",
  all_=[["Gelbe", "gelb", "黄色", "yellow", "Biotonne", "Restmüll", "分別"]], none=RQ)
A("de", "nrw", "housing", "wohnung in düsseldorf mieten: wie hoch darf die kaution sein?", kind="answer",
  all_=[["Kaution", "deposit", "敷金"]], none=RQ)
A("ja", "nrw", "housing", "Kölnで部屋探し。日本人向けの情報ある？", kind="answer",
  all_=[["Wohnung", "住宅", "物件", "apartment", "賃貸", "Miete", "housing"]], none=RQ)

# ---- schooling NRW
A("en", "nrw", "schooling", "international schools or kitas in cologne? we have a 4 y/o", kind="answer",
  all_=[G_KITA + ["international school", "Internationale Schule", "インターナショナルスクール"]], none=RQ)
A("ja", "nrw", "schooling", "Düsseldorfに日本人学校はある？", kind="answer", all_=[G_JP_SCHOOL_DUS], none=RQ)
A("ja", "nrw", "schooling", "Essenで保育園（Kita）は何歳から入れる？", kind="answer", all_=[G_KITA_AGE], none=RQ)
A("de", "nrw", "schooling", "Kita-Platz in Bonn: ab wann hat mein Kind Anspruch?", kind="answer",
  all_=[G_KITA_AGE], none=RQ)
A("ja", "nrw", "schooling", "ドイツは何歳から学校に行かないといけない？家族でMünsterへ", kind="answer",
  all_=[["6", "Schulpflicht", "就学義務", "compulsory"]], none=RQ)

# ---- healthcare / pregnancy NRW
A("ja", "nrw", "healthcare", "Düsseldorfで妊娠が分かりました。何をすればいい？", kind="answer",
  all_=[G_MUTTERPASS + G_HEBAMME + ["Frauenarzt", "婦人科", "産婦人科", "gynaec", "gynec"]], none=RQ)
A("en", "nrw", "healthcare", "pregnant and living in cologne – do we need a midwife?", kind="answer",
  all_=[G_HEBAMME], none=RQ)
A("ja", "nrw", "healthcare", "Kölnで日本語が通じる病院は？", kind="answer",
  all_=[["日本語", "Japanese", "japanisch"]], none=RQ)
A("de", "nrw", "healthcare", "hausarzt finden in Bielefeld, wie geht das?", kind="answer",
  all_=[["Hausarzt", "Arzt", "doctor", "GP", "116117", "116 117", "Praxis"]], none=RQ)

# ---- daily life: Tokyo
A("de", "tokyo", "daily-life", "Wie melde ich meinen Wohnsitz in Tokyo an?", kind="answer", langs=["de"],
  all_=[G_WARD, G_14], none=RQ)
A("en", "tokyo", "daily-life", "just arrived in tokyo, living in 品川区. what's the first thing at the ward office?",
  kind="answer", all_=[G_ZAIRYU + G_WARD, G_14], none=RQ)
A("en", "tokyo", "daily-life", "Setagayaで住所登録 – what happens if I register late? (sorry my japanese is bad)",
  kind="answer", all_=[G_14], none=RQ)
A("de", "tokyo", "daily-life", "krankenversicherung in tokyo: muss ich in die nationale versicherung?", kind="answer",
  all_=[G_NHI], none=RQ)
A("en", "tokyo", "daily-life", "can i drive in tokyo with my german licence?", kind="answer",
  all_=[G_LICENCE_TRANS, G_1YEAR], none=RQ)
A("de", "tokyo", "daily-life", "Internationaler Führerschein in Japan gültig?", kind="answer",
  all_=[G_LICENCE_TRANS], none=RQ)
A("de", "tokyo", "daily-life", "deutschen führerschein in japan umschreiben – bis wann?", kind="answer",
  all_=[G_1YEAR], none=RQ)
A("en", "tokyo", "housing", "renting in tokyo as a foreigner – do i need a guarantor?", kind="answer",
  all_=[["guarantor", "保証", "Bürge", "guarantee"]], none=RQ)
A("de", "tokyo", "housing", "was ist reikin bei der wohnungssuche in tokyo", kind="answer",
  all_=[["礼金", "Reikin", "reikin", "key money", "Schlüsselgeld"]], none=RQ)
A("de", "tokyo", "residence", "Meine Frau kommt mit nach Tokyo – welches Visum?", kind="answer",
  all_=[["家族滞在", "Dependent", "dependent", "Familien", "family"]], none=RQ)
A("en", "tokyo", "residence", "where do i renew my residence status in tokyo?", kind="answer",
  all_=[G_IMMIG_JP], none=RQ)
A("ja", "tokyo", "residence", "在留カードの住所変更はどこで？豊島区", kind="answer", all_=[G_WARD], none=RQ)

# ---- schooling / healthcare Tokyo
A("de", "tokyo", "schooling", "deutsche schule in tokyo? unser sohn ist 9", kind="answer",
  all_=[["Deutsche Schule", "German School", "ドイツ学校", "DSTY", "Yokohama", "横浜"]], none=RQ)
A("en", "tokyo", "schooling", "how do we get a daycare spot (hoikuen) in meguro?", kind="answer",
  all_=[["保育", "hoikuen", "Hoikuen", "daycare", "day care", "nursery"], G_WARD], none=RQ)
A("de", "tokyo", "healthcare", "schwanger in tokyo – was muss ich beim bezirksamt holen?", kind="answer",
  all_=[G_BOSHI], none=RQ)
A("en", "tokyo", "healthcare", "english speaking doctor in tokyo?", kind="answer",
  all_=[["English", "englisch", "英語", "himawari", "ひまわり", "03-5285-8181"]], none=RQ)
A("de", "tokyo", "healthcare", "Wie viel muss ich beim arzt in japan selbst zahlen?", kind="answer",
  all_=[["30", "3割"]], none=RQ)

# ---- glued place names / mixed scripts
A("ja", "nrw", "daily-life", "Kölnで住民登録したい", kind="answer", all_=[G_MELDE + G_2WEEKS], none=RQ)
A("ja", "nrw", "company", "Düsseldorfに会社作るには？", kind="answer", all_=[G_NOTAR, G_HREG], none=RQ)
A("ja", "nrw", "schooling", "Essenの幼稚園探してます", kind="answer", all_=[G_KITA], none=RQ)
A("ja", "tokyo", "daily-life", "Setagayaで転入届出したい、何持ってく？", kind="answer",
  all_=[G_ZAIRYU + ["パスポート", "passport"]], none=RQ)
A("en", "tokyo", "company", "KK設立 in 渋谷, notary fee??", kind="answer", all_=[G_NOTARY_FEE_ANY], none=RQ,
  langs=["en", "ja"])
A("de", "nrw", "daily-life", "wir sind nach essen gezogen, anmeldung wo?", kind="answer", all_=[G_MELDE], none=RQ)
A("ja", "nrw", "emergency", "Bonnで夜中に子どもが熱…救急病院？", all_=[G_116117 + G_112], none=RQ + NOT_DE_NUM)
A("en", "tokyo", "daily-life", "moving from munich to 港区 next month, residence card stuff?", kind="answer",
  all_=[G_ZAIRYU + G_WARD], none=RQ)

# ---- follow-ups (multi-turn; only the last turn is graded)
A("de", "nrw", "follow-up", ["ich will ne GmbH in Köln gründen", "brauch ich dafür nen notar?"], kind="answer",
  all_=[G_NOTAR], none=RQ)
A("en", "nrw", "follow-up", ["how do i register my address in düsseldorf?", "do i need an appointment for that?"],
  kind="answer", all_=[["Termin", "appointment", "予約", "online"]], none=RQ + ["Hausarzt", "family doctor", "GP "])
A("en", "tokyo", "follow-up", ["i want to found a company in tokyo", "and how long does that take?"], kind="answer",
  all_=[G_HOUMU + G_KOSHO + ["registration", "Eintragung", "登記", "incorporat"]],
  none=RQ + ["working hours", "Arbeitszeit", "労働時間"])
A("ja", "nrw", "follow-up", ["Düsseldorfで会社を作りたい", "資本金はいくら必要？"], kind="answer",
  all_=[G_GMBH_25K + G_UG_1], none=RQ)
A("de", "tokyo", "follow-up", ["wie melde ich mich in Setagaya an?", "und bis wann muss ich das machen?"],
  kind="answer", all_=[G_14], none=RQ)
A("en", "nrw", "follow-up", ["we just moved to essen with two kids", "what about kindergarten?"], kind="answer",
  all_=[G_KITA], none=RQ)
A("ja", "tokyo", "follow-up", ["品川区に引っ越しました", "子どもが夜に熱を出したらどこに電話？"],
  all_=[G_KIDS_TOKYO], none=RQ + ["116117", "116 117"])
A("de", "nrw", "follow-up", ["wen ruf ich in Bonn im notfall an?", "und wenn's nicht lebensbedrohlich ist, nur fieber?"],
  all_=[G_116117], none=RQ + NOT_DE_NUM)
A("en", "tokyo", "follow-up", ["what visa do i need to run my own company in tokyo", "how much capital is needed for that now?"],
  kind="answer", all_=[G_BM_30M], none=RQ)
A("de", "nrw", "follow-up", ["japanischen führerschein in düsseldorf umschreiben", "wie lange dauert das?"],
  kind="answer", all_=[G_3WEEKS], none=RQ)
A("ja", "nrw", "follow-up", ["Kölnで会社設立を考えています", "公証人のところでドイツ語が話せないけど大丈夫？"],
  kind="answer", all_=[G_INTERPRETER], none=RQ)
A("de", "tokyo", "follow-up", ["Hallo", "Wir gründen eine Tochter in Tokio", "kann ich mit jemandem sprechen?"],
  kind="handover", all_=[G_TMG_OFFICE], none=RQ)
A("en", "nrw", "follow-up", ["my wife is pregnant, we live in dortmund", "do we need a midwife?"], kind="answer",
  all_=[G_HEBAMME], none=RQ)
A("ja", "tokyo", "follow-up", ["世田谷区に住んでいて妊娠がわかりました", "まず何をもらえばいい？"], kind="answer",
  all_=[G_BOSHI], none=RQ)
A("en", "nrw", "follow-up", ["we live in münster, how do i commute to work by train?", "how much is it per month?"],
  kind="answer", all_=[G_DTICKET], none=RQ)
A("de", "nrw", "follow-up", ["GmbH in Essen gründen", "geht das auch online?"], kind="answer", all_=[G_ONLINE], none=RQ)
A("ja", "tokyo", "follow-up", ["東京で株式会社を作りたいドイツ人です", "定款認証の手数料は？"], kind="answer",
  all_=[G_NOTARY_FEE_ANY], none=RQ)
A("en", "tokyo", "follow-up", ["hi!", "we're a german SME looking at tokyo", "what does the registration tax for a KK cost?"],
  kind="answer", all_=[G_REGTAX_KK], none=RQ)

# =====================================================================================
# Partnership 2: Tsu <-> Paris Region / Geneva
# =====================================================================================
ts = SetBuilder("B14TS", P2_LANGS)
B = ts.add
RQ = RQ_TS
NOT_FR = ["144", "Tox Info", "119番"]
NOT_GE = ["SAMU", "119番"]
NOT_TSU = ["SAMU", "Tox Info", "116117"]

# ---- small talk
for lang, txt in [("fr", "salut !"), ("fr", "merci beaucoup 🙏"), ("ja", "こんばんは"), ("ja", "ありがとうございました！"),
                  ("en", "hello 👋"), ("en", "thanks, that helped"), ("fr", "bonjour, vous êtes qui ?"),
                  ("ja", "やあ"), ("fr", "coucou"), ("en", "morning!")]:
    B(lang, None, "smalltalk", txt, kind="smalltalk", none=RQ)

# ---- out of scope
for lang, txt in [("fr", "quel temps fera-t-il à genève demain ?"), ("fr", "le PSG a gagné hier ?"),
                  ("en", "write me a haiku about paris"), ("ja", "津の明日の天気は？"),
                  ("ja", "フランス語の宿題を手伝って"), ("en", "how do i fix a segfault in C"),
                  ("fr", "une bonne recette de fondue ?"), ("ja", "ジュネーブのおすすめ観光地は？"),
                  ("en", "what's the score of the servette game")]:
    B(lang, None, "out-of-scope", txt, kind="out-of-scope", none=RQ)

# ---- hand-over
B("ja", "paris", "handover", "パリで現地パートナーを紹介してほしい。担当者と話せますか？", kind="handover",
  all_=[G_PARIS_OFFICE + G_TSU_OFFICE], none=RQ)
B("ja", "geneva", "handover", "ジュネーブの企業とつないでくれる窓口は？", kind="handover",
  all_=[G_OPI + G_TSU_OFFICE], none=RQ)
B("fr", "tsu", "handover", "je voudrais parler à quelqu'un à Tsu, on cherche un partenaire industriel", kind="handover",
  all_=[G_TSU_OFFICE], none=RQ)
B("en", "tsu", "handover", "can someone introduce us to manufacturers in tsu? we're a french mechatronics SME",
  kind="handover", all_=[G_TSU_OFFICE], none=RQ)
B("fr", "tsu", "handover", "contact à la mairie de Tsu pour une implantation ?", kind="handover",
  all_=[G_TSU_OFFICE], none=RQ)
B("en", "geneva", "handover", "we're a tsu company and want to talk to a person about opening in carouge",
  kind="handover", all_=[G_OPI + G_TSU_OFFICE], none=RQ)
B("ja", "paris", "handover", "Boulogneに拠点を作りたい。誰に相談すればいい？人につないで", kind="handover",
  all_=[G_PARIS_OFFICE + G_TSU_OFFICE], none=RQ)
B("fr", "tsu", "handover", "nous cherchons des universités à Mie pour de la R&D, pouvez-vous nous mettre en contact ?",
  kind="handover", all_=[G_TSU_OFFICE], none=RQ)
B("ja", "geneva", "handover", "ジュネーブの投資家を紹介してください", kind="handover", all_=[G_OPI + G_TSU_OFFICE], none=RQ)

# ---- emergencies
B("ja", "paris", "emergency", "パリで同僚が倒れた！救急は何番？", kind="emergency", all_=[G_SAMU + G_112],
  none=RQ + NOT_FR)
B("en", "paris", "emergency", "fire in our office in la défense!!", kind="emergency", all_=[G_18 + G_112],
  none=RQ + NOT_FR)
B("fr", "geneva", "emergency", "urgence à Carouge, quelqu'un ne respire plus", kind="emergency", all_=[G_144],
  none=RQ + NOT_GE)
B("ja", "geneva", "emergency", "ジュネーブで子どもが薬を誤飲した！", kind="emergency", all_=[G_145 + G_144],
  none=RQ + NOT_GE)
B("en", "geneva", "emergency", "police number in geneva? someone stole my car", kind="emergency", all_=[G_117],
  none=RQ + NOT_GE)
B("fr", "tsu", "emergency", "mon collègue a eu un accident à Tsu, quel numéro ?", kind="emergency", all_=[G_119],
  none=RQ + NOT_TSU)
B("en", "tsu", "emergency", "my kid has a high fever tonight in hisai, is there a hotline?",
  all_=[G_KIDS_MIE], none=RQ + NOT_TSU)
B("fr", "tsu", "emergency", "cambriolage chez nous à Tsu, police ?", kind="emergency", all_=[G_110], none=RQ + NOT_TSU)
B("ja", "paris", "emergency", "パリのアパートで火事！", kind="emergency", all_=[G_18 + G_112], none=RQ + NOT_FR)
B("fr", None, "emergency", "au secours mon mari s'est évanoui", kind="emergency",
  all_=[G_119, ["112", "15", "144"]])
B("ja", "tsu", "emergency", "津で夜に急病、どこの病院が開いてるか知りたい", all_=[["059-229-1199", "医療ネットみえ",
  "救急医療情報センター"]], none=RQ + NOT_TSU)
B("en", "paris", "emergency", "deaf colleague needs to contact emergency services in paris – sms number?",
  all_=[["114"]], none=RQ + NOT_FR)

# ---- clarify region
B("ja", None, "daily-life", "住所の登録はどうすればいい？", kind="clarify-region",
  all_=[["パリ", "Paris"], ["ジュネーブ", "Genève", "Geneva"]])
B("ja", None, "company", "現地で会社を作るのに資本金はいくら？", kind="clarify-region",
  all_=[["パリ", "Paris", "フランス"], ["ジュネーブ", "Genève", "Geneva", "スイス"]])
B("fr", None, "daily-life", "comment je m'enregistre à la mairie ?", kind="clarify-region",
  all_=[["Tsu", "津"], ["Paris", "Genève", "Geneva"]])
B("en", None, "daily-life", "is health insurance mandatory?", kind="clarify-region",
  all_=[["Tsu", "津", "Japan"], ["Paris", "Genève", "Geneva", "France", "Switzerland"]])
B("ja", None, "emergency", "救急じゃないけど夜に子どもが熱を出したら？", kind="clarify-region",
  all_=[["パリ", "Paris"], ["ジュネーブ", "Genève", "Geneva"]])
B("fr", None, "residence", "quel visa il me faut ?", kind="clarify-region",
  all_=[["Tsu", "津", "Japon", "Japan"], ["Paris", "Genève", "Geneva", "France", "Suisse"]])

# ---- other languages (partnership 2 answers in ja/fr/en; German is "other" here)
B("de", "geneva", "company", "wie viel stammkapital braucht eine GmbH (Sàrl) in Genf?", kind="answer",
  langs=["en", "de"], all_=[G_SARL_20K], none=RQ)
B("zh", "paris", "company", "在巴黎成立SAS最低注册资本是多少？", kind="answer", langs=["en", "zh"],
  all_=[G_SAS_1], none=RQ)
B("ko", "geneva", "emergency", "제네바에서 구급차 번호가 뭐예요?", kind="emergency", langs=["en", "ko"],
  all_=[G_144], none=RQ + NOT_GE)
B("es", "tsu", "daily-life", "me mudé a Tsu, ¿en cuántos días tengo que registrar mi dirección?", kind="answer",
  langs=["en", "es"], all_=[G_14], none=RQ)
B("de", "paris", "emergency", "Notfall in Paris, welche Nummer für den Rettungsdienst?", kind="emergency",
  langs=["en", "de"], all_=[G_SAMU + G_112], none=RQ + NOT_FR)
B("it", "geneva", "daily-life", "a Ginevra entro quanti giorni devo annunciare il mio arrivo?", kind="answer",
  langs=["en", "it"], all_=[G_14], none=RQ)
B("pt", "tsu", "company", "capital mínimo para abrir uma KK em Tsu?", kind="answer", langs=["en", "pt"],
  all_=[G_KK_1YEN], none=RQ)
B("zh", "geneva", "company", "在日内瓦成立股份公司(SA)最低资本多少？", kind="answer", langs=["en", "zh"],
  all_=[G_SA_100K], none=RQ)
B("de", "tsu", "handover", "Wir wollen in Tsu investieren – können Sie uns einen Ansprechpartner nennen?",
  kind="handover", langs=["en", "de"], all_=[G_TSU_OFFICE], none=RQ)
B("ko", "paris", "daily-life", "파리에서 일본 면허로 얼마나 운전할 수 있나요?", kind="answer", langs=["en", "ko"],
  all_=[G_1YEAR], none=RQ)

# ---- company: Paris
B("ja", "paris", "company", "パリでSASを作るときの最低資本金は？", kind="answer", all_=[G_SAS_1], none=RQ)
B("en", "paris", "company", "how do we register a company in paris? is there a one stop portal?", kind="answer",
  all_=[G_GUICHET], none=RQ)
B("ja", "paris", "company", "フランスで会社登記が終わったら何がもらえる？Kbis？", kind="answer", all_=[G_KBIS], none=RQ)
B("fr", "paris", "company", "on crée une filiale à Nanterre, SAS ou SARL ? capital minimum ?", kind="answer",
  all_=[G_SAS_1], none=RQ)
B("ja", "paris", "residence", "フランスで会社を経営するための滞在許可は？パリに住みます", kind="answer",
  all_=[G_TALENT], none=RQ)
B("en", "paris", "residence", "investor residence permit for france – how much do we need to invest?", kind="answer",
  all_=[["300 000", "300,000", "300.000", "300000", "30万"]], none=RQ)
B("ja", "paris", "support", "イル＝ド＝フランスの投資誘致機関はどこ？", kind="answer", all_=[G_PARIS_OFFICE], none=RQ)
B("en", "paris", "support", "who is the investment agency for the paris region?", kind="answer",
  all_=[G_PARIS_OFFICE], none=RQ)
B("ja", "paris", "support", "パリの見本市に出たい。情報ある？", all_=[["salon", "Salon", "見本市", "展示会", "trade fair",
  "Viparis", "Paris Nord Villepinte", "Porte de Versailles"]], none=RQ)

# ---- company: Geneva
B("ja", "geneva", "company", "ジュネーブでSàrlを作るのに資本金はいくら？", kind="answer", all_=[G_SARL_20K], none=RQ)
B("en", "geneva", "company", "minimum share capital for an SA in geneva?", kind="answer", all_=[G_SA_100K], none=RQ)
B("ja", "geneva", "company", "スイスのSAは設立時にいくら払い込めばいい？Lancyで設立", kind="answer",
  all_=[G_SA_50K], none=RQ)
B("en", "geneva", "company", "do we need a notary to set up a Sàrl in Geneva?", kind="answer",
  all_=[["notary", "notaire", "公証", "authentic", "acte authentique"]], none=RQ)
B("ja", "geneva", "company", "ジュネーブで会社登記するところは？", kind="answer",
  all_=[["Registre du commerce", "registre du commerce", "commercial register", "商業登記", "商業登録"]], none=RQ)
B("ja", "geneva", "support", "ジュネーブ州のOPIって何をしてくれるの？", kind="answer", all_=[G_OPI], none=RQ)
B("en", "geneva", "support", "who signed the agreement with tsu on the geneva side?", kind="answer",
  all_=[G_OPI], none=RQ)
B("ja", "paris", "support", "津市とパリ地域の協定はいつ結ばれた？", kind="answer",
  all_=[["2012", "平成24"], ["ARD", "Agence Régionale", "パリ地域経済開発局"]])

# ---- company: Tsu (French/Swiss SMEs)
B("fr", "tsu", "company", "capital minimum pour une KK au Japon ? on s'installe à Tsu", kind="answer",
  all_=[G_KK_1YEN], none=RQ)
B("en", "tsu", "company", "notary fee for the articles of a KK founded by our swiss parent company in tsu?", kind="answer",
  all_=[["30,000", "30.000", "30000", "3万", "40,000", "40.000", "4万", "50,000", "50.000", "5万"]], none=RQ)
B("fr", "tsu", "company", "combien coûte l'enregistrement d'une KK (taxe d'enregistrement) à Tsu ?", kind="answer",
  all_=[G_REGTAX_KK], none=RQ)
B("fr", "tsu", "residence", "visa pour diriger notre filiale à Tsu ? capital exigé ?", kind="answer",
  all_=[G_BMV + ["gestion", "Gestion"], G_BM_30M], none=RQ)
B("en", "tsu", "company", "steps to set up a GK in tsu", kind="answer", all_=[G_HOUMU, G_REGTAX_GK + G_KOSHO + ["定款",
  "articles"]], none=RQ)
B("fr", None, "support", "Tsu a des accords avec Paris et Genève ? depuis quand ?", kind="answer",
  all_=[["2012"]], none=RQ)
B("en", "tsu", "support", "which industries does the tsu–paris cooperation focus on?", kind="answer",
  all_=[["mechatronic", "mécatronique", "メカトロ", "medical", "médical", "医療", "aerospace", "aéro", "航空",
         "environment", "énergie", "energy", "環境"]], none=RQ)

# ---- daily life: Geneva
B("ja", "geneva", "daily-life", "ジュネーブに着いたら何日以内に届出？", kind="answer", all_=[G_OCPM + G_14, G_14], none=RQ)
B("en", "geneva", "daily-life", "moving to meyrin – where do i announce my arrival?", kind="answer", all_=[G_OCPM],
  none=RQ)
B("ja", "geneva", "daily-life", "スイスの健康保険は義務？ジュネーブ", kind="answer", all_=[G_LAMAL, G_3MONTHS], none=RQ)
B("fr", "geneva", "daily-life", "LAMal : j'ai combien de temps pour m'assurer après mon arrivée à Genève ?", kind="answer",
  all_=[G_3MONTHS], none=RQ)
B("ja", "geneva", "daily-life", "ジュネーブで家探し、何から始めればいい？", kind="answer",
  all_=[["appartement", "apartment", "物件", "賃貸", "logement", "housing", "régie", "住宅"]], none=RQ)
B("en", "geneva", "schooling", "schools for our kids in geneva?", kind="answer",
  all_=[["school", "école", "学校"]], none=RQ)
B("ja", "geneva", "daily-life", "日本の免許でスイスで運転できる？", kind="answer",
  all_=[G_1YEAR + ["12か月", "12ヶ月", "12 mois", "douze mois"]], none=RQ)

# ---- daily life: Paris
B("ja", "paris", "daily-life", "日本の免許でフランスで運転できる期間は？", kind="answer", all_=[G_1YEAR], none=RQ)
B("ja", "paris", "daily-life", "パリで健康保険に入るには？カルトヴィタル？", kind="answer", all_=[G_CPAM], none=RQ)
B("en", "paris", "daily-life", "how do i get a carte vitale? working in boulogne", kind="answer", all_=[G_CPAM], none=RQ)
B("ja", "paris", "schooling", "パリで子どもの学校の手続きは？", kind="answer",
  all_=[["école", "学校", "school", "mairie", "区役所", "市役所"]], none=RQ)
B("ja", "paris", "housing", "パリで部屋を借りるとき保証人は必要？", kind="answer",
  all_=[["garant", "guarantor", "保証", "Visale"]], none=RQ)
B("en", "paris", "daily-life", "do i need to exchange my japanese licence in france or can i keep driving?", kind="answer",
  all_=[G_1YEAR], none=RQ)

# ---- daily life: Tsu (French/Swiss employees)
B("fr", "tsu", "daily-life", "on arrive à Tsu, l'enregistrement de l'adresse c'est sous combien de jours ?", kind="answer",
  all_=[G_14], none=RQ)
B("en", "tsu", "daily-life", "where do i register my address in tsu?", kind="answer",
  all_=[G_WARD + ["津市役所", "Tsu City Hall", "mairie"]], none=RQ)
B("fr", "tsu", "daily-life", "assurance maladie au Japon quand on vit à Tsu ?", kind="answer", all_=[G_NHI + ["assurance"]],
  none=RQ)
B("en", "tsu", "daily-life", "can i drive in mie with my french licence?", kind="answer",
  all_=[G_1YEAR, G_LICENCE_TRANS + ["traduction"]], none=RQ)
B("fr", "tsu", "daily-life", "où demander de l'aide en français pour la vie quotidienne à Mie ?", kind="answer",
  all_=[G_MIECO + G_TSU_OFFICE], none=RQ)
B("fr", "tsu", "healthcare", "enceinte à Tsu, qu'est-ce qu'il faut faire à la mairie ?", kind="answer",
  all_=[G_BOSHI + ["carnet"]], none=RQ)
B("en", "tsu", "schooling", "our kids are 7 and 10, can they go to a local school in tsu?", kind="answer",
  all_=[["school", "学校", "école"]], none=RQ)
B("fr", "tsu", "residence", "ma femme me rejoint à Tsu, quel statut de résidence ?", kind="answer",
  all_=[["家族滞在", "Dependent", "dependent", "famil"]], none=RQ)
B("fr", "tsu", "residence", "carte de résident au Japon : où la faire mettre à jour après déménagement à Tsu ?",
  kind="answer", all_=[G_WARD + ["津市役所", "mairie"]], none=RQ)

# ---- glued place names / mixed scripts
B("ja", "geneva", "daily-life", "Carougeで住民登録したい", kind="answer", all_=[G_OCPM + G_14], none=RQ)
B("ja", "paris", "company", "Boulogneに会社作るには？", kind="answer", all_=[G_GUICHET + G_KBIS], none=RQ)
B("fr", "tsu", "daily-life", "on vient d'arriver à 久居, quelles démarches ?", kind="answer",
  all_=[G_WARD + G_ZAIRYU + G_14 + ["mairie"]], none=RQ)
B("en", "geneva", "company", "Sàrl設立 in Genève, capital??", kind="answer", all_=[G_SARL_20K], none=RQ,
  langs=["en", "ja"])

# ---- follow-ups
B("fr", "geneva", "follow-up", ["je m'installe à Carouge le mois prochain", "et l'assurance maladie, c'est obligatoire ?"],
  kind="answer", all_=[G_LAMAL], none=RQ)
B("ja", "paris", "follow-up", ["Boulogneに赴任します", "緊急の時は何番？"], kind="emergency",
  all_=[G_112], none=RQ + NOT_FR)
B("en", "geneva", "follow-up", ["we're setting up a Sàrl in geneva", "how much capital do we need?"], kind="answer",
  all_=[G_SARL_20K], none=RQ)
B("fr", "paris", "follow-up", ["on veut créer une SAS à Paris", "et le capital minimum ?"], kind="answer",
  all_=[G_SAS_1], none=RQ)
B("ja", "tsu", "follow-up", ["久居に住むフランス人社員がいます", "住所の届出の期限は？"], kind="answer", all_=[G_14], none=RQ)
B("fr", "tsu", "follow-up", ["on arrive à Tsu avec les enfants", "mon fils a de la fièvre cette nuit, qui appeler ?"],
  all_=[G_KIDS_MIE + G_119], none=RQ + NOT_TSU)
B("en", "geneva", "follow-up", ["moving to meyrin next month", "do i have to register somewhere?"], kind="answer",
  all_=[G_OCPM], none=RQ)
B("ja", "paris", "follow-up", ["パリで会社を作りたい", "登記はどこでするの？"], kind="answer",
  all_=[G_GUICHET + G_KBIS], none=RQ)
B("fr", "tsu", "follow-up", ["je veux conduire à Tsu avec mon permis français", "combien de temps je peux l'utiliser ?"],
  kind="answer", all_=[G_1YEAR], none=RQ)
B("ja", "paris", "follow-up", ["パリで日本の免許で運転したい", "いつまでに切り替えが必要？"], kind="answer",
  all_=[G_1YEAR], none=RQ)
B("en", "geneva", "follow-up", ["we want to found an SA in geneva", "how much of the capital must be paid in at the start?"],
  kind="answer", all_=[G_SA_50K], none=RQ)
B("fr", "tsu", "follow-up", ["bonjour", "on cherche des partenaires à Tsu", "je peux parler à quelqu'un ?"],
  kind="handover", all_=[G_TSU_OFFICE], none=RQ)


# =====================================================================================
def write(builder, fname):
    data = {"set": "blind14", "writtenBy": WRITTEN_BY, "cases": builder.cases}
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    return data

def kind_of(c):
    return c["turns"][-1]["expect"].get("kind", "(open)")

def stats(cases):
    s = {}
    for key, fn in [("kind", kind_of), ("region", lambda c: str(c["region"])), ("lang", lambda c: c["lang"]),
                    ("topic", lambda c: c["topic"]),
                    ("turns", lambda c: "multi-turn" if len(c["turns"]) > 1 else "single")]:
        s[key] = dict(sorted(collections.Counter(fn(c) for c in cases).items(), key=lambda kv: -kv[1]))
    return s

if __name__ == "__main__":
    d1 = write(tn, "blind14-tokyo-nrw.json")
    d2 = write(ts, "blind14-tsu.json")
    for name, d in [("tokyo-nrw", d1), ("tsu", d2)]:
        print(name, len(d["cases"]))
        print(json.dumps(stats(d["cases"]), ensure_ascii=False))
