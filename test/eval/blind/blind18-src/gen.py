#!/usr/bin/env python3
"""Generator for blind set 18 (kakehashi). Writes blind18-tokyo-nrw.json, blind18-tsu.json and stats.json."""
import json, collections, os
OUT = os.path.dirname(os.path.abspath(__file__))
WRITER = "twenty-second blind writer, 2026-12-01"

# ---------- region-question markers (must not occur when a region was named) ----------
RQ1 = ["Tokyo oder NRW", "Tokio oder NRW", "Tokyo or NRW", "NRW or Tokyo", "Tokyo or North Rhine",
       "東京とNRWのどちら", "東京かNRWか", "東京またはNRW", "which region", "welche Region", "どちらの地域"]
RQ2 = ["Tsu, Paris or Geneva", "Tsu, Paris ou Genève", "Tsu, Paris oder Genf", "津・パリ・ジュネーブのどちら",
       "どの地域", "which region", "quelle région", "quelle ville"]

# ---------- tolerant keyword groups (facts checked, see README) ----------
YEN1 = ["1円", "1 Yen", "1 yen", "one yen", "ein Yen", "einen Yen", "1 JPY", "¥1", "JPY 1", "1 yens", "un yen"]
EUR1 = ["1 €", "1€", "1 euro", "1 Euro", "un euro", "one euro", "1ユーロ", "€1", "EUR 1", "1 EUR"]
K25 = ["25.000", "25,000", "25000", "25 000", "25’000", "2万5000", "2万5千", "2.5万"]
K12 = ["12.500", "12,500", "12500", "12 500", "1万2500", "1万2千500", "1.25万"]
Y15K = ["15,000", "15.000", "15000", "15 000", "1万5000", "1万5千", "1.5万"]
Y30K_UP = ["30,000", "30.000", "30000", "30 000", "3万", "40,000", "4万", "50,000", "5万", "40.000", "50.000"]
Y150K = ["150,000", "150.000", "150000", "150 000", "15万"]
Y60K = ["60,000", "60.000", "60000", "60 000", "6万"]
Y40K = ["40,000", "40.000", "40000", "40 000", "4万"]
Y30M = ["3,000万", "3000万", "3千万", "30,000,000", "30.000.000", "30000000", "30 million", "30 Millionen",
        "30 Mio", "30 millions", "30 000 000"]
D14 = ["14日", "14 Tage", "14 days", "14 jours", "14 días", "14 dias", "14 giorni", "two weeks", "zwei Wochen",
       "2 Wochen", "2 weeks", "2週間", "deux semaines", "2 semaines", "14 Tagen", "fourteen days", "14 ngày"]
W2 = D14
M3 = ["3 mois", "trois mois", "3 months", "three months", "3か月", "3ヶ月", "3カ月", "三か月", "3 Monate", "drei Monate"]
M6 = ["6 Monate", "sechs Monate", "6 months", "six months", "6か月", "6ヶ月", "6カ月", "半年", "6 mois", "six mois"]
YEAR1 = ["1 year", "one year", "1年", "ein Jahr", "1 Jahr", "12 months", "12 Monate", "1 an", "un an", "12 mois",
         "12か月", "12ヶ月", "douze mois", "einem Jahr", "1 año", "un año"]
PCT30 = ["30 %", "30%", "30 Prozent", "3割", "30 percent", "30 pour cent", "３割"]
FINE200K = ["200,000", "200.000", "200000", "200 000", "20万"]
N7119 = ["#7119"]
N8000 = ["#8000", "059-232-9955"]
N119 = [" 119", "119番", "(119", "（119", "「119", ":119", "：119", "\n119", "*119", "/119", "・119", "、119",
        "→119", "119 Feuer", "119 fire", "119 pompiers", "119 ambulan", "119 Kranken", "call 119", "appelez le 119"]
N110 = [" 110", "110番", "(110", "（110", "「110", ":110", "\n110", "*110", "/110", "・110", "、110", "110 ("]
N112 = [" 112", "112番", "(112", "（112", "「112", ":112", "\n112", "*112", "/112", "・112", "、112", "112 ("]
N116 = ["116117", "116 117"]
N144 = [" 144", "(144", "（144", "\n144", "*144", ":144", "/144", "・144", "、144", "144番", "144 ("]
N117 = [" 117", "(117", "（117", "\n117", "*117", ":117", "/117", "・117", "、117", "117番", "117 ("]
N145 = [" 145", "(145", "（145", "\n145", "*145", ":145", "/145", "・145", "、145", "145番", "Tox Info", "Toxinfo"]
SAMU = ["SAMU", "Samu", "le 15", "(15)", "「15」", "15番", "（15）", "15 (SAMU", "15 – SAMU", "15 - SAMU"]
NOTARY = ["Notar", "notary", "notaire", "公証", "notari"]
INTERP = ["Dolmetscher", "interpreter", "通訳", "interprète", "traduct", "Übersetz", "translat", "翻訳"]
TEST_EXEMPT = ["免除", "不要", "ohne Prüfung", "keine Prüfung", "prüfungsfrei", "befreit", "exempt", "no test",
               "without a test", "without test", "no exam", "no driving test", "no theory", "sans examen",
               "dispens", "試験なし", "試験はありません", "keine theoretische", "nicht erforderlich", "not required"]
KAUTION3 = ["drei Monats", "3 Monats", "3 Kaltmieten", "drei Kaltmieten", "three months", "3 months", "3か月",
            "3ヶ月", "3カ月", "dreifache", "3-fache", "Dreifache", "drei Nettokaltmieten", "3 Nettokaltmieten",
            "3 Monatsmieten", "drei Monatsmieten", "three times", "3 times", "3倍", "trois mois"]
JISD = ["日本人学校", "Japanische Internationale Schule", "Japanese International School", "JISD",
        "Japanese School", "japanische Schule"]
AHK = ["AHK", "German Chamber", "Deutsche Industrie- und Handelskammer in Japan", "在日ドイツ商工会議所",
       "ドイツ商工会議所", "Außenhandelskammer"]
HIMAWARI = ["ひまわり", "Himawari"]
MIE_INFO = ["059-229-1199", "229-1199", "医療ネットみえ", "Iryo Net Mie", "Iryo-Net Mie", "救急医療情報センター",
            "Medical Information Center"]
BMV = ["経営・管理", "経営管理", "Business Manager", "Business-Manager", "business manager", "Investor/Business",
       "Geschäftsführer-Visum", "Management", "gestion", "Gestion"]
MCH = ["母子健康手帳", "母子手帳", "Boshi", "Maternal and Child", "Mother and Child", "Mutter-Kind", "mère-enfant",
       "mère et enfant", "Mutterpass", "maternal"]
PREG = ["妊娠届", "pregnancy notification", "pregnancy report", "notification of pregnancy", "Schwangerschaftsmeldung",
        "Schwangerschaftsanzeige", "Meldung der Schwangerschaft", "déclaration de grossesse", "déclarer la grossesse",
        "report your pregnancy", "report the pregnancy", "register the pregnancy", "Schwangerschaft melden",
        "Schwangerschaft anmelden", "妊娠の届"]
WARD = ["区役所", "ward office", "Ward Office", "Bezirksamt", "Bezirksrathaus", "Rathaus", "city office", "City Office",
        "municipal office", "Bezirksverwaltung", "mairie d'arrondissement", "市役所", "Stadtverwaltung", "保健"]

# ---------- offices for hand-over ----------
TOKYO_OFF = ["産業労働局", "Industrial and Labor", "Industry and Labor", "Industrie und Arbeit", "Bureau of Industrial",
             "商工部", "Tokyo Metropolitan Government", "TMG", "東京都", "Stadtregierung", "Metropolitan Government"]
NRW_OFF = ["NRW.Global Business", "NRW Global Business", "NRW Japan", "NRW.Global", "NRW.INVEST"]
TSU_OFF = ["津市", "Tsu City", "ville de Tsu", "City of Tsu", "Tsu-shi", "municipalité de Tsu", "mairie de Tsu",
           "Stadt Tsu", "city of Tsu", "Ville de Tsu"]
PARIS_OFF = ["Choose Paris Region", "Paris Region Entreprises", "ARD", "Agence Régionale de Développement",
             "Invest Paris Region"]
GENEVA_OFF = ["OPI", "Office de Promotion des Industries", "Office for the Promotion of Industries",
              "promotion économique", "Promotion économique", "economic development", "産業振興機構"]

TOKYO_N = ["Tokyo", "Tokio", "東京"]
NRW_N = ["NRW", "Nordrhein", "North Rhine", "ノルトライン"]
TSU_N = ["Tsu", "津"]
PARIS_N = ["Paris", "パリ", "Île-de-France", "Ile-de-France"]
GENEVA_N = ["Genève", "Geneva", "Genf", "ジュネーブ"]

P1_LANGS = {"ja", "de", "en"}
P2_LANGS = {"ja", "fr", "en"}


def make(part, lang, region, topic, turns, kind="answer", all_=None, none=None, language=None):
    if isinstance(turns, str):
        turns = [turns]
    langs = P1_LANGS if part == 1 else P2_LANGS
    if language is None:
        language = [lang] if lang in langs else ["en", lang]
    nn = []
    if region is not None and kind != "clarify-region":
        nn += RQ1 if part == 1 else RQ2
    nn += list(none or [])
    exp = {}
    if kind:
        exp["kind"] = kind
    exp["language"] = language
    exp["all"] = [list(g) for g in (all_ or [])]
    exp["none"] = nn
    tt = [{"text": t} for t in turns[:-1]] + [{"text": turns[-1], "expect": exp}]
    return {"lang": lang, "region": region, "topic": topic, "turns": tt}

P1 = []
def a(*args, **kw):
    P1.append(make(1, *args, **kw))
P2 = []
def b(*args, **kw):
    P2.append(make(2, *args, **kw))

TOKYO_WRONG = ["116117", "Bürgerbüro", "Kita-Navigator", "GmbHG", "Deutschlandticket"]
NRW_WRONG = ["#7119", "法務局", "マイナンバー", "IHK Stuttgart", "区役所に"]

# =====================================================================
# PARTNERSHIP 1 — Tokyo / NRW
# =====================================================================
# --- company, Tokyo ---
a("de", "tokyo", "company", "wie viel stammkapital brauch ich mind. für ne KK in tokio?? 🤔", all_=[YEN1], none=TOKYO_WRONG)
a("en", "tokyo", "company", "notary fee for the articles of our KK in tokyo? the only shareholder is our german GmbH",
  all_=[Y30K_UP, NOTARY + ["定款"]], none=TOKYO_WRONG)
a("ja", "tokyo", "company", "東京で合同会社つくるときの登録免許税っていくら？", all_=[Y60K], none=TOKYO_WRONG)
a("de", "tokyo", "company", "Was kostet die Registrierungssteuer (登録免許税) für eine KK in Tokyo mindestens?",
  all_=[Y150K], none=TOKYO_WRONG)
a("ja", "tokyo", "company", "定款認証が15000円になる条件ってなに？東京で株式会社つくる予定",
  all_=[Y15K, ["100万円未満", "100万円", "1 million", "1,000,000"], ["取締役会", "board"]], none=TOKYO_WRONG)
a("en", "tokyo", "company", "2 founders (both individuals), capital 500k yen, no board of directors. notary fee for KK articles in tokyo?",
  all_=[Y15K], none=TOKYO_WRONG)
a("de", "tokyo", "company", "müssen wir die satzung der KK in tokio notariell beglaubigen lassen? oder reicht online",
  all_=[NOTARY, ["定款", "Satzung", "articles"]], none=TOKYO_WRONG)
a("ja", "tokyo", "company", "電子定款にすると印紙代4万円がかからないって本当？(東京で株式会社)", all_=[Y40K], none=TOKYO_WRONG)
a("en", "tokyo", "company", "paper vs electronic articles for a kk in tokyo — whats the stamp duty difference", all_=[Y40K], none=TOKYO_WRONG)
a("en", "tokyo", "company", "min capital for a GK? (japan)", all_=[YEN1], none=TOKYO_WRONG)
a("ja", "tokyo", "company", "株式会社の登録免許税の最低額は？", all_=[Y150K], none=TOKYO_WRONG)
a("de", "tokyo", "company", "Was ist in Tokio günstiger zu gründen, KK oder GK? Bitte mit Zahlen",
  all_=[Y150K, Y60K], none=TOKYO_WRONG)
a("en", "tokyo", "company", "is there a one stop place in tokyo where we can do registration, tax office, pension etc for a new company in one go?",
  all_=[["ワンストップ", "One-Stop", "One Stop", "Onestop", "one-stop"]], none=TOKYO_WRONG)
a("de", "tokyo", "support", "gibts in tokyo ne kostenlose gründungsberatung? wir sind ein kleines team aus münchen",
  all_=[["One-Stop", "Onestop", "ワンストップ", "Startup Hub", "Business Concierge", "スタートアップハブ", "one-stop"]], none=TOKYO_WRONG)
a("en", "tokyo", "support", "startup hub in tokyo for a free consultation? where",
  all_=[["Startup Hub Tokyo", "スタートアップハブ東京", "Startup Hub"]], none=TOKYO_WRONG)
# --- company, NRW ---
a("de", "nrw", "company", "wieviel stammkapital braucht ne gmbh in köln", all_=[K25], none=NRW_WRONG)
a("ja", "nrw", "company", "デュッセルドルフでGmbH設立、資本金はいくら必要？全額払い込み？", all_=[K25, K12], none=NRW_WRONG)
a("en", "nrw", "company", "can I found a UG in essen with less than 25k?", all_=[["UG", "Unternehmergesellschaft"], K25], none=NRW_WRONG)
a("ja", "nrw", "company", "ケルンでGmbH作るとき、公証人のところでドイツ語話せないとダメ？", all_=[INTERP, NOTARY], none=NRW_WRONG)
a("en", "nrw", "company", "notary appointment in düsseldorf for our gmbh — do we need to speak german??", all_=[INTERP], none=NRW_WRONG)
a("ja", "nrw", "company", "ドイツのGmbHって資本金の4分の1払えば登記申請できる？NRWです", all_=[K12], none=NRW_WRONG)
a("en", "nrw", "company", "what do I need to set up a company in düsseldorf? just the overview pls",
  all_=[NOTARY, ["Handelsregister", "commercial register", "商業登記", "register"],
        ["Gewerbe", "trade office", "Finanzamt", "tax office", "税務署", "trade registration"]], none=NRW_WRONG)
a("ja", "nrw", "company", "Kölnで会社設立したい、何から始めればいい？",
  all_=[NOTARY, ["商業登記", "Handelsregister", "商業登録", "登記"]], none=NRW_WRONG)
a("de", "nrw", "company", "Muss unsere neue GmbH in Essen Mitglied in der IHK werden?", all_=[["IHK"]], none=NRW_WRONG + ["IHK Stuttgart"])
a("en", "nrw", "company", "gmbh in krefeld: how much of the capital must be paid in before registration?", all_=[K12], none=NRW_WRONG)
a("de", "nrw", "company", "GmbH Gründung in Münster – reichen 12.500 € auf dem Konto für die Anmeldung?", all_=[K12, K25], none=NRW_WRONG)
# --- support / partnership ---
a("ja", "nrw", "support", "NRWで日本企業をサポートしてくれる機関はどこ？",
  all_=[["NRW.Global Business", "NRW Global Business", "NRW.Global"], ["NRW Japan"]], none=NRW_WRONG)
a("de", "tokyo", "support", "Wer hilft uns in Tokyo bei Messen? Gibt's dort ne AHK?", all_=[AHK], none=TOKYO_WRONG)
a("en", "tokyo", "support", "trade fairs in tokyo for a german machinery sme – who can help us exhibit?", all_=[AHK], none=TOKYO_WRONG)
a("ja", "nrw", "support", "デュッセルドルフに日本企業向けの商工会議所ってある？",
  all_=[["JIHK", "日本商工会議所", "Japanische IHK", "Japanese Chamber", "Japanische Industrie- und Handelskammer"]], none=NRW_WRONG)
a("en", "nrw", "support", "who actually signed the tokyo memorandum on the NRW side? and is it still valid",
  all_=[["2021"], ["Wirtschaft, Innovation, Digitalisierung und Energie", "MWIDE", "Economic Affairs, Innovation, Digitali",
                   "経済・イノベーション・デジタル化・エネルギー", "Innovation, Digitalization and Energy", "Innovation, Digitalisation and Energy"]])
a("de", None, "support", "Bis wann gilt das Memorandum Tokyo–NRW eigentlich, verlängert sich das?",
  all_=[["2023"], ["6 Monate", "sechs Monate", "6 months", "six months", "6か月", "６か月"]], none=RQ1)
a("ja", "tokyo", "support", "覚書の東京都側の窓口はどこの部署ですか", all_=[["産業労働局"], ["商工部"]])
a("ja", None, "support", "東京都とNRWの覚書って何年何月に署名されたの？", all_=[["2021"], ["5月31日", "31. Mai", "May 31", "31 May", "5月"]], none=RQ1)
a("de", None, "support", "Was bietet die Partnerschaft Tokyo–NRW konkret für KMU?",
  all_=[["Messe", "trade fair", "見本市", "Veranstaltung", "Event", "Matching"], ["Behörde", "Verwaltung", "administrative", "行政", "Gründung", "Formalitäten"]], none=RQ1)
a("en", "nrw", "support", "who runs NRW's office in japan?", all_=[["NRW Japan"]])
# --- hand-over ---
a("en", "tokyo", "handover", "can i talk to a real person? we're founding a subsidiary in Tokio next spring", kind="handover", all_=[TOKYO_OFF])
a("de", "nrw", "handover", "Bitte stellt uns einem Ansprechpartner in NRW vor, wir suchen Vertriebspartner im Ruhrgebiet",
  kind="handover", all_=[NRW_OFF])
a("ja", "nrw", "handover", "担当者と直接話したいです。エッセンに進出予定です", kind="handover", all_=[NRW_OFF])
a("de", "tokyo", "handover", "Welche Stelle der Tokioter Stadtregierung kontaktiere ich als Firma aus NRW?", kind=None, all_=[TOKYO_OFF])
a("en", "nrw", "handover", "need an intro to a university in aachen for joint R&D, who can set that up?", kind="handover", all_=[NRW_OFF])
a("ja", "tokyo", "handover", "東京でドイツ企業を受け入れる担当の方を紹介してください", kind="handover", all_=[TOKYO_OFF])
a("de", "nrw", "handover", "kann mich jemand von NRW Japan zurückrufen? wir sind aus nagoya und planen was in NRW", kind="handover", all_=[NRW_OFF])
a("en", "tokyo", "handover", "pls connect me w/ someone at the tokyo govt, we want a showroom in shibuya", kind="handover", all_=[TOKYO_OFF])
a("tr", "tokyo", "handover", "Tokyo'da şirket kurmak istiyoruz, bir yetkiliyle görüşebilir miyim?", kind="handover", all_=[TOKYO_OFF])
a("ja", "nrw", "handover", "Düsseldorfの担当者につないでほしいです", kind="handover", all_=[NRW_OFF])
a("de", "tokyo", "handover", "Gibt's jemanden, der uns in Tokio Investoren vorstellen kann?", kind="handover", all_=[TOKYO_OFF])
a("en", "nrw", "handover", "who's my contact person for NRW as a japanese SME? email?", kind="handover", all_=[NRW_OFF])
# --- emergency ---
a("de", "tokyo", "emergency", "Hilfe mein Sohn hat 39,5 Fieber, wir sind in Setagaya, es ist 2 Uhr nachts 😰", kind="emergency",
  all_=[N7119 + N8000, N119], none=N116)
a("ja", "nrw", "emergency", "Essenで夜中に子どもが熱出した！どこに電話すれば？", kind="emergency", all_=[N116, N112], none=N7119 + N8000)
a("en", "tokyo", "emergency", "car accident in minato, someone is bleeding!!", kind="emergency", all_=[N119], none=N116)
a("de", "nrw", "emergency", "NOTFALL mein Mann hat starke Brustschmerzen, wir wohnen in Bochum", kind="emergency", all_=[N112], none=N7119 + ["119番"])
a("ja", "tokyo", "emergency", "品川区で火事です！", kind="emergency", all_=[N119], none=N116)
a("en", None, "emergency", "emergency number??", kind="emergency", all_=[N119 + N112])
a("de", "nrw", "emergency", "Einbruch in unsere Wohnung in Dortmund, wen ruf ich an", kind="emergency", all_=[N110], none=N7119 + ["119番"])
a("en", "tokyo", "emergency", "my wife is pregnant and bleeding heavily, we're in Meguro, what number", kind="emergency", all_=[N119], none=N116)
a("ko", "tokyo", "emergency", "도쿄에서 아이가 밤에 열이 나요 어디에 전화해요?", kind="emergency", all_=[N7119 + N8000 + N119], none=N116)
a("ja", "nrw", "emergency", "ボンで交通事故にあいました。けが人がいます", kind="emergency", all_=[N112], none=N7119)
a("it", "nrw", "emergency", "numero di emergenza a Colonia? mio figlio è caduto", kind="emergency", all_=[N112], none=N7119 + ["119番"])
a("zh", "tokyo", "emergency", "东京的急救电话是多少？", kind="emergency", all_=[N119], none=N116)
# --- small talk ---
for lang, t in [("de", "Hallo 👋"), ("ja", "こんにちは〜"), ("en", "hey there"), ("de", "Moin, danke für gestern!"),
                ("ja", "ありがとうございました！助かりました🙏"), ("en", "good morning :)"), ("de", "Servus, wer bist du eigentlich?"),
                ("ja", "はじめまして。よろしくお願いします"), ("zh", "你好"), ("en", "thx!!")]:
    a(lang, None, "smalltalk", t, kind="smalltalk", none=RQ1)
a("de", None, "smalltalk", "Was kannst du alles?", kind=None, none=RQ1)
# --- out of scope ---
for lang, reg, t in [("de", "nrw", "wie wird das wetter morgen in köln?"), ("ja", "tokyo", "今日の東京の天気は？"),
                     ("en", "nrw", "who won the dortmund game last night?"), ("de", None, "Erzähl mir einen Witz 😂"),
                     ("en", None, "can you write me a python script to sort a list"), ("ja", None, "数学の宿題手伝って。二次方程式がわからない"),
                     ("de", "nrw", "Welche Sushi-Restaurants in Düsseldorf sind gut?"), ("en", None, "best anime of 2026?"),
                     ("ja", "nrw", "ケルン大聖堂の入場料はいくら？"), ("es", None, "¿Quién ganará la Champions este año?")]:
    a(lang, reg, "out-of-scope", t, kind="out-of-scope", none=RQ1 if reg is None else [])
# --- clarify region ---
for lang, t in [("de", "Wie melde ich meinen Wohnsitz an?"), ("ja", "子どもの学校はどうやって探せばいい？"),
                ("en", "how do i get my driver's license converted?"), ("ja", "会社設立の費用っていくら？"),
                ("de", "welche krankenversicherung brauche ich"), ("en", "how much is the minimum capital?"),
                ("de", "Brauch ich ein Visum?"), ("ja", "引っ越したら何日以内に届け出？"),
                ("en", "where can I find a kindergarten"), ("de", "Wo finde ich einen Kinderarzt?")]:
    topic = ("company" if ("capital" in t or "会社" in t) else "schooling" if ("学校" in t or "kindergarten" in t)
             else "healthcare" if ("kranken" in t or "Kinderarzt" in t) else "residence" if "Visum" in t else "daily-life")
    a(lang, None, topic, t, kind="clarify-region",
      all_=[TOKYO_N, NRW_N])
# --- daily life Tokyo ---
a("de", "tokyo", "daily-life", "wo und bis wann muss ich mich in tokio anmelden? wir wohnen jetzt in nakano", all_=[D14, WARD], none=TOKYO_WRONG)
a("en", "tokyo", "daily-life", "moved into an apartment in setagaya last week, deadline for address registration?", all_=[D14], none=TOKYO_WRONG)
a("ja", "tokyo", "residence", "在留カードの住所届出、遅れたらどうなるの？（東京）", all_=[FINE200K], none=TOKYO_WRONG)
a("en", "tokyo", "daily-life", "is there a fine if I register my address late in tokyo", all_=[FINE200K], none=TOKYO_WRONG)
a("de", "tokyo", "daily-life", "Kann ich meinen deutschen Führerschein in Tokyo einfach umschreiben lassen? Prüfung?", all_=[TEST_EXEMPT], none=TOKYO_WRONG)
a("en", "tokyo", "daily-life", "can i drive in tokyo with my german licence for now?", all_=[["JAF", "translation", "Übersetzung", "翻訳"], YEAR1], none=TOKYO_WRONG)
a("ja", "tokyo", "daily-life", "ドイツ人の夫の免許、東京だとどこで切り替えできる？",
  all_=[["府中", "鮫洲", "江東", "Fuchu", "Samezu", "Koto", "Kōtō"]], none=TOKYO_WRONG)
a("en", "tokyo", "healthcare", "doctor who speaks english in tokyo? how do i find one", all_=[HIMAWARI + ["5285-8181", "AMDA"]], none=TOKYO_WRONG)
a("ja", "tokyo", "healthcare", "英語が通じる病院を東京で探したい", all_=[HIMAWARI + ["AMDA"]], none=TOKYO_WRONG)
a("de", "tokyo", "healthcare", "Wie viel zahle ich in Japan beim Arzt selbst, wenn ich versichert bin? (Tokyo)", all_=[PCT30], none=TOKYO_WRONG)
a("ja", "tokyo", "healthcare", "国保って外国人も入らなきゃダメ？東京に3か月以上いる予定", all_=[["国民健康保険", "国保", "National Health Insurance"]], none=TOKYO_WRONG)
a("en", "tokyo", "healthcare", "pregnant 🤰 just moved to koto-ku. what do i need to do first?", all_=[MCH, PREG], none=TOKYO_WRONG)
a("de", "tokyo", "healthcare", "Schwanger in Tokyo – was ist dieses Mutter-Kind-Heft und wo krieg ich das?", all_=[MCH], none=TOKYO_WRONG)
a("ja", "tokyo", "healthcare", "東京で夜に子どもの具合が悪いとき相談できる電話番号", kind=None, all_=[N8000 + N7119], none=TOKYO_WRONG)
a("en", "tokyo", "healthcare", "not sure if i need an ambulance, is there a hotline in tokyo?", kind=None, all_=[N7119], none=TOKYO_WRONG)
a("de", "tokyo", "healthcare", "gibts in tokio ne hotline wenn ich nicht weiß ob ich nen krankenwagen brauch?", kind=None, all_=[N7119], none=TOKYO_WRONG)
a("de", "tokyo", "housing", "Wohnungssuche in Tokio: was sind Reikin und Shikikin??",
  all_=[["礼金", "Reikin", "key money", "Schlüsselgeld"], ["敷金", "Shikikin", "Kaution", "deposit"]], none=TOKYO_WRONG)
a("en", "tokyo", "housing", "landlord in tokyo wants a guarantor company, is that normal?",
  all_=[["保証会社", "guarantor company", "guarantee company", "rent guarantee", "guarantor"]], none=TOKYO_WRONG)
# --- residence Tokyo ---
a("en", "tokyo", "residence", "which visa do I need to run my own company in tokyo?", all_=[BMV], none=TOKYO_WRONG)
a("ja", "tokyo", "residence", "経営管理ビザ、資本金500万円でまだいける？", all_=[Y30M, ["2025", "令和7"]], none=TOKYO_WRONG)
a("de", "tokyo", "residence", "Brauche ich fürs Business-Manager-Visum in Tokyo einen Angestellten?",
  all_=[["常勤", "Vollzeit", "full-time", "Mitarbeiter", "employee", "Angestellte", "Beschäftigte"]], none=TOKYO_WRONG)
a("en", "tokyo", "residence", "business manager visa tokyo: does somebody have to check my business plan now?",
  all_=[["中小企業診断士", "公認会計士", "税理士", "certified", "tax accountant", "accountant", "Steuerberater", "consultant"]], none=TOKYO_WRONG)
a("ja", "tokyo", "residence", "経営管理ビザって日本語の要件あるの？", all_=[["B2", "N2"]], none=TOKYO_WRONG)
a("en", "tokyo", "residence", "business manager visa after oct 2025 – how much capital?", all_=[Y30M], none=TOKYO_WRONG)
# --- daily life NRW ---
a("ja", "nrw", "daily-life", "デュッセルドルフで住民登録、期限は？", all_=[W2], none=NRW_WRONG)
a("en", "nrw", "daily-life", "we moved to Essen, how do I register my address?", all_=[W2, ["Wohnungsgeber", "landlord"]], none=NRW_WRONG)
a("de", "nrw", "daily-life", "Reicht der Mietvertrag für die Anmeldung in Düsseldorf?", all_=[["Wohnungsgeberbestätigung", "Wohnungsgeber"]], none=NRW_WRONG)
a("ja", "nrw", "daily-life", "Mülheimで住民登録するとき大家さんから何をもらえばいい？", all_=[["Wohnungsgeber", "入居証明", "住居提供者"]], none=NRW_WRONG)
a("de", "nrw", "daily-life", "Kann meine Frau die ganze Familie beim Bürgerbüro Düsseldorf anmelden oder müssen alle hin?",
  all_=[["volljährig", "Vollmacht", "ein Familienmitglied", "einer", "adult", "成人"]], none=NRW_WRONG)
a("en", "nrw", "daily-life", "how fast do i have to register after moving to bielefeld", all_=[W2], none=NRW_WRONG)
a("ja", "nrw", "daily-life", "Bochumに引っ越しました！住所の届出はいつまで？", all_=[W2], none=NRW_WRONG)
a("ja", "nrw", "daily-life", "NRWで日本の運転免許、何か月使える？", all_=[M6], none=NRW_WRONG)
a("en", "nrw", "daily-life", "do i need a driving test to swap my japanese licence in cologne?", all_=[TEST_EXEMPT], none=NRW_WRONG)
a("de", "nrw", "daily-life", "Was kostet das Deutschlandticket in NRW gerade?", all_=[["63"]], none=NRW_WRONG)
a("ja", "nrw", "daily-life", "ケルンで電車乗り放題の定期ってある？いくら？", all_=[["63"], ["Deutschlandticket", "ドイツチケット", "Deutschland-Ticket", "Dチケット"]], none=NRW_WRONG)
a("en", "nrw", "schooling", "kita place for my 1-year-old in bonn — is there a legal right to one?",
  all_=[["Rechtsanspruch", "legal right", "legal entitlement", "entitled", "right to", "権利"]], none=NRW_WRONG)
a("de", "nrw", "schooling", "Wie früh muss ich in Köln den Kitaplatz beim Jugendamt anmelden?", all_=[M6], none=NRW_WRONG)
a("ja", "nrw", "schooling", "デュッセルドルフに日本人学校ってある？どこ？", all_=[JISD, ["Oberkassel", "オーバーカッセル", "Niederkasseler"]], none=NRW_WRONG)
a("en", "nrw", "schooling", "japanese school in düsseldorf — which grades does it cover?", all_=[JISD], none=NRW_WRONG)
a("de", "nrw", "housing", "Wie hoch darf die Kaution für ne Wohnung in Dortmund sein?", all_=[KAUTION3], none=NRW_WRONG)
a("ja", "nrw", "housing", "ドイツ(デュッセルドルフ)の賃貸の保証金 Kaution って分割で払える？",
  all_=[["3回", "3 Raten", "drei Raten", "three instalments", "three installments", "3 installments", "3 instalments", "3分割", "三回", "drei Monatsraten"]],
  none=NRW_WRONG)
a("en", "nrw", "healthcare", "need a doctor tonight in münster, not life threatening", kind=None, all_=[N116], none=NRW_WRONG)
a("de", "nrw", "healthcare", "Schwanger in Essen – ab wann gilt der Mutterschutz?", all_=[["sechs Wochen", "6 Wochen", "6 weeks", "six weeks", "6週"]], none=NRW_WRONG)
a("ja", "nrw", "healthcare", "ドイツ(ケルン)で出産予定。Mutterpassって何？助産師はどう探す？",
  all_=[["Mutterpass", "母子手帳", "マザーパス", "母子健康手帳"], ["Hebamme", "助産師", "midwife"]], none=NRW_WRONG)
a("en", "nrw", "healthcare", "pregnant in düsseldorf, how long is maternity protection after the birth?",
  all_=[["8 weeks", "eight weeks", "acht Wochen", "8 Wochen", "8週"]], none=NRW_WRONG)
# --- other languages, P1 ---
a("zh", "nrw", "company", "我想在杜塞尔多夫开公司(GmbH)，最低注册资本多少？", all_=[K25])
a("ko", "tokyo", "company", "도쿄에서 주식회사 설립 최소 자본금이 얼마예요?", all_=[YEN1])
a("tr", "nrw", "company", "Köln'de GmbH kurmak için ne kadar sermaye lazım?", all_=[K25])
a("fr", "nrw", "daily-life", "Combien coûte le Deutschlandticket à Düsseldorf ?", all_=[["63"]])
a("es", "tokyo", "daily-life", "¿Cuánto tiempo tengo para registrar mi dirección en Tokio?", all_=[D14])
a("pt", "tokyo", "residence", "Qual visto preciso para abrir uma empresa em Tóquio?", all_=[BMV])
a("vi", "nrw", "daily-life", "Tôi cần đăng ký địa chỉ ở Essen trong bao lâu?", all_=[W2])
a("ko", "nrw", "schooling", "뒤셀도르프에 일본인 학교 있어요?", all_=[JISD])
# --- multi-turn follow-ups, P1 ---
a("de", "nrw", "follow-up", ["Ich bin gerade nach Düsseldorf gezogen und muss mich anmelden.", "brauch ich dafür nen termin?"],
  all_=[["Bürgerbüro", "Termin", "appointment", "Bürgeramt"]], none=["Kinderarzt", "Hausarzt", "116117", "Facharzt"])
a("en", "tokyo", "follow-up", ["i want to set up a KK in tokyo", "and what's the minimum capital for that?"],
  all_=[YEN1], none=["working hours", "Arbeitszeit", "25,000", "25.000"])
a("ja", "nrw", "follow-up", ["ケルンでGmbHを作りたいです", "資本金はいくら？"], all_=[K25], none=["1円"])
a("de", "tokyo", "follow-up", ["Wir wollen in Tokyo eine KK gründen, Gesellschafter ist unsere GmbH.", "und was kostet die Beglaubigung der Satzung?"],
  all_=[Y30K_UP])
a("en", "nrw", "follow-up", ["my kid just turned one, we live in Bonn", "is there a legal right to a daycare spot?"],
  all_=[["Rechtsanspruch", "right", "entitle", "権利"]])
a("ja", "tokyo", "follow-up", ["世田谷区に引っ越しました", "何日以内に届け出ればいい？"], all_=[D14], none=["Bürgerbüro"])
a("de", "nrw", "follow-up", ["Mein japanischer Kollege zieht nach Essen.", "wie lange darf er mit seinem japanischen Führerschein fahren?"], all_=[M6])
a("en", "tokyo", "follow-up", ["we're opening a GK in Shibuya", "and the registration tax?"], all_=[Y60K])
a("ja", "nrw", "follow-up", ["デュッセルドルフで家探し中です", "保証金(Kaution)っていくらまで？"], all_=[KAUTION3])
a("de", "tokyo", "follow-up", ["Meine Frau ist schwanger, wir wohnen in Minato.", "wo bekommt sie das Mutter-Kind-Heft?"],
  all_=[WARD + ["Gesundheitszentrum", "health center", "Gesundheitsamt", "保健センター"]])
a("en", "nrw", "follow-up", ["we're founding a GmbH in Dortmund, both founders are japanese", "do we have to speak german at the notary?"], all_=[INTERP])
a("ja", "tokyo", "follow-up", ["東京で経営管理ビザを取りたいです", "資本金の要件は？"], all_=[Y30M])
a("en", "nrw", "follow-up", ["we're a japanese family moving to Neuss", "is there a japanese school nearby?"], all_=[JISD])
a("en", "tokyo", "follow-up", ["my son has a fever, we live in Nerima", "it's 11pm, who can I call for advice?"], kind=None, all_=[N8000 + N7119], none=N116)
a("de", "nrw", "follow-up", ["Ich brauche einen Arzt in Duisburg, die Praxen sind zu.", "welche Nummer war das nochmal?"], kind=None, all_=[N116], none=N7119)
a("ja", "tokyo", "follow-up", ["ドイツの免許を東京で切り替えたい", "試験はありますか？"], all_=[TEST_EXEMPT + ["ありません", "なし"]])
a("en", "nrw", "follow-up", ["what's the Deutschlandticket?", "how much per month now?"], all_=[["63"]])
a("de", "tokyo", "follow-up", ["Wir wollen auf einer Messe in Tokyo ausstellen.", "und wer genau kann uns da helfen?"], all_=[AHK])
a("ja", "nrw", "follow-up", ["NRWに進出したい日本の中小企業です", "担当者を紹介してもらえますか"], kind="handover", all_=[NRW_OFF])


# --- extra P1 cases ---
a("ja", "nrw", "schooling", "ケルンで1歳の子のKita、入る権利ってあるの？", all_=[["Rechtsanspruch", "権利", "legal right", "entitle"]], none=NRW_WRONG)
a("de", "nrw", "healthcare", "Wir sind in Wuppertal, Kind hat Fieber am Sonntag, Praxis zu – was tun?", kind=None, all_=[N116], none=N7119)
a("de", "tokyo", "housing", "Braucht man in Tokio einen Bürgen für die Mietwohnung?", all_=[["保証人", "保証会社", "Bürge", "guarantor", "Garantiegesellschaft", "Bürgschaft"]], none=TOKYO_WRONG)
a("ja", "nrw", "daily-life", "ドイツチケットって日本人も買える？月いくら？(デュッセルドルフ在住)", all_=[["63"]], none=NRW_WRONG)
a("en", "nrw", "company", "does our gmbh in wuppertal need the full 25k in the bank on day one?", all_=[K12], none=NRW_WRONG)
a("ja", "nrw", "emergency", "デュッセルドルフで警察を呼ぶ番号は？", kind="emergency", all_=[N110], none=N7119 + ["119番"])
a("de", "tokyo", "daily-life", "Wie lange darf ich in Tokio mit deutschem Führerschein + JAF-Übersetzung fahren?", all_=[YEAR1], none=TOKYO_WRONG)
a("fr", "tokyo", "company", "Quel est le capital minimum pour une KK à Tokyo ?", all_=[YEN1])

# =====================================================================
# PARTNERSHIP 2 — Tsu / Paris Region / Geneva
# =====================================================================
TSU_WRONG = ["SAMU", "LAMal", "OCPM", "116117"]
PARIS_WRONG = ["OCPM", "LAMal", "#7119", "区役所"]
GEN_WRONG = ["SAMU", "CPAM", "#7119", "区役所"]
F20K = ["20'000", "20 000", "20.000", "20,000", "20000", "20’000", "2万"]
F100K = ["100'000", "100 000", "100,000", "100.000", "100000", "100’000", "10万"]
F50K = ["50'000", "50 000", "50,000", "50.000", "50000", "50’000", "5万"]
FULL = ["全額", "fully", "entièrement", "intégralement", "in full", "100 %", "100%", "totalité", "entirely", "full amount"]
Y30M_FR = Y30M + ["30 millions de yens", "30 millions"]
GARANT = ["garant", "Visale", "保証人", "guarantor", "garante"]
# --- company ---
b("fr", "paris", "company", "capital minimum pour une SAS à Paris ?", all_=[EUR1], none=PARIS_WRONG)
b("ja", "paris", "company", "パリでSAS設立、資本金いくら必要？", all_=[EUR1], none=PARIS_WRONG)
b("en", "paris", "company", "where do i file a company formation in france now? still the CFE?", all_=[["guichet unique", "Guichet unique", "INPI", "one-stop", "single window"]], none=PARIS_WRONG)
b("fr", "geneva", "company", "capital minimum Sàrl à Genève ?", all_=[F20K], none=GEN_WRONG)
b("ja", "geneva", "company", "ジュネーブで株式会社(SA)作るには資本金いくら？", all_=[F100K, F50K], none=GEN_WRONG)
b("en", "geneva", "company", "sàrl in geneva: must the capital be fully paid in at founding?", all_=[FULL], none=GEN_WRONG)
b("fr", "geneva", "company", "faut-il passer chez un notaire pour créer une Sàrl à Carouge ?", all_=[NOTARY + ["acte authentique", "authentique"]], none=GEN_WRONG)
b("ja", "tsu", "company", "津市で株式会社を作りたい。資本金は最低いくら？", all_=[YEN1], none=TSU_WRONG)
b("fr", "tsu", "company", "Combien coûte l'immatriculation (taxe d'enregistrement) d'une KK à Tsu ?", all_=[Y150K], none=TSU_WRONG)
b("en", "tsu", "company", "notary fee for articles of incorporation, KK in Tsu, shareholder is our french SAS", all_=[Y30K_UP], none=TSU_WRONG)
b("ja", "geneva", "company", "ジュネーブで会社登記はどこでする？", all_=[["registre du commerce", "Registre du commerce", "商業登記", "commercial register", "商業登録", "Handelsregister"]], none=GEN_WRONG)
b("en", "paris", "company", "SAS in paris: how much of the cash capital must be paid at creation?", all_=[["half", "moitié", "半分", "50 %", "50%", "1/2", "2分の1"]], none=PARIS_WRONG)
b("fr", "paris", "company", "Je suis seul associé, je peux faire une SASU à Paris ?", all_=[["SASU"]], none=PARIS_WRONG)
b("ja", "tsu", "company", "津で合同会社つくる場合の登録免許税は？", all_=[Y60K], none=TSU_WRONG)
b("fr", "tsu", "residence", "Quel visa pour diriger ma société à Tsu, et quel capital faut-il ?", all_=[Y30M_FR], none=TSU_WRONG)
b("en", "geneva", "company", "can our sàrl capital in geneva be in euros or yen?", all_=[["EUR", "euro", "yen", "円", "foreign currency", "monnaie étrangère", "devise"]], none=GEN_WRONG)
b("ja", "tsu", "company", "津市で定款認証が15000円になる条件は？", all_=[Y15K, ["100万円未満", "100万円"]], none=TSU_WRONG)
# --- support ---
b("ja", "paris", "support", "津市とパリ地域の協定はいつ結ばれたの？", all_=[["2012", "平成24"], ["11月20日", "20 novembre", "November 20", "20 November"]])
b("fr", "geneva", "support", "Avec quel organisme Tsu a signé à Genève ?", all_=[["OPI", "Office de Promotion des Industries"], ["2012", "平成24"]])
b("en", "paris", "support", "who was Tsu's partner in the paris region agreement?", all_=[["ARD", "Agence Régionale de Développement", "Choose Paris Region", "Paris Region Entreprises"]])
b("fr", "paris", "support", "C'est quoi Choose Paris Region ? ça a remplacé l'ARD ?", all_=[["Choose Paris Region"], ["Paris Region Entreprises", "ARD", "Agence"]])
b("ja", "tsu", "support", "津市で海外展開の相談はどこの課に行けばいい？", all_=[["産業政策", "商工観光"]])
b("en", "tsu", "support", "which industries does the tsu–paris cooperation focus on?", all_=[["mechatronic", "メカトロニクス", "mécatronique"], ["aerospace", "航空宇宙", "aéronautique", "aérospatial", "aerospatial"]])
b("fr", "geneva", "support", "Quels secteurs pour la coopération Tsu–Genève ?", all_=[["cleantech", "Cleantech", "クリーンテック", "technologies propres", "clean tech"]])
b("ja", "geneva", "support", "ジュネーブとの協定の時、CERNも関わってたって本当？", all_=[["CERN", "欧州原子核研究機構"]])
b("fr", "tsu", "support", "Tsu a déjà envoyé une mission d'entreprises en Europe ?", all_=[["2012", "平成24"], ["7 entreprises", "7社", "seven", "7 companies", "sept", "７社"]])
b("en", "tsu", "support", "what does the city of Tsu actually offer foreign SMEs under these agreements?",
  all_=[["matching", "マッチング", "trade fair", "展示会", "salon", "exhibition", "introduc", "紹介"]])
# --- hand-over ---
b("fr", "paris", "handover", "Je voudrais parler à quelqu'un chez Choose Paris Region pour une implantation", kind="handover", all_=[PARIS_OFF])
b("ja", "tsu", "handover", "津市の担当者と直接話したいです", kind="handover", all_=[TSU_OFF + ["産業政策", "商工観光"]])
b("en", "geneva", "handover", "can you introduce us to a contact in Geneva? we're a medtech sme from tsu", kind="handover", all_=[GENEVA_OFF])
b("fr", "geneva", "handover", "mise en relation avec des start-ups genevoises svp", kind="handover", all_=[GENEVA_OFF])
b("ja", "paris", "handover", "パリで現地のパートナー企業を紹介してほしい", kind="handover", all_=[PARIS_OFF])
b("en", "tsu", "handover", "we're a french SME and want to meet companies in Tsu – who do I talk to?", kind="handover", all_=[TSU_OFF])
b("fr", "tsu", "handover", "Un interlocuteur à Tsu pour nous présenter à l'université de Mie ?", kind="handover", all_=[TSU_OFF])
b("ko", "geneva", "handover", "제네바에서 담당자 소개 부탁드립니다", kind="handover", all_=[GENEVA_OFF])
b("ja", "geneva", "handover", "Carougeで事務所を探しています。誰か紹介してもらえますか", kind="handover", all_=[GENEVA_OFF])
b("en", "paris", "handover", "talk to a human pls – opening an office in Boulogne", kind="handover", all_=[PARIS_OFF])
# --- emergency ---
b("fr", "geneva", "emergency", "urgence mon fils a avalé des médicaments, on est à Genève !!", kind="emergency", all_=[N145], none=["SAMU", "#8000", "119番"])
b("ja", "paris", "emergency", "パリで救急車呼びたい！番号は？", kind="emergency", all_=[SAMU + N112], none=N144 + ["#7119", "119番"])
b("en", "tsu", "emergency", "fire in my apartment in Tsu!!", kind="emergency", all_=[N119], none=["SAMU", "Tox Info", "116117"])
b("fr", "tsu", "emergency", "accident de voiture à Tsu, quel numéro ?", kind="emergency", all_=[N119], none=["SAMU", "Tox Info"])
b("ja", "geneva", "emergency", "ジュネーブで子どもが高熱、ぐったりしてる、夜中です", kind="emergency", all_=[N144], none=["#8000", "SAMU", "119番"])
b("en", "paris", "emergency", "someone collapsed in the metro at la défense what number", kind="emergency", all_=[SAMU + N112], none=["Tox Info", "119番"])
b("fr", "geneva", "emergency", "cambriolage chez moi à Lancy, j'appelle qui ?", kind="emergency", all_=[N117], none=["SAMU", "119番"])
b("ja", "tsu", "healthcare", "津市で夜に子どもが熱。相談できる番号は？", kind=None, all_=[N8000], none=["SAMU", "116117"])
b("en", None, "emergency", "what's the emergency number", kind="emergency", all_=[N119 + N112 + N144 + SAMU])
b("fr", "paris", "emergency", "je suis sourde, comment je contacte les secours à Paris ?", kind="emergency", all_=[["114"]], none=["119番"])
b("en", "tsu", "healthcare", "tsu: not sure if it's serious, is there a service that tells me which clinic is open now?", kind=None, all_=[MIE_INFO], none=["SAMU"])
b("ko", "tsu", "emergency", "츠시에서 응급 번호가 뭐예요? 119?", kind="emergency", all_=[N119], none=["SAMU"])
b("it", "geneva", "emergency", "Numero di emergenza per l'ambulanza a Ginevra?", kind="emergency", all_=[N144], none=["SAMU", "119番"])
# --- small talk ---
for lang, t in [("fr", "Bonjour !"), ("ja", "こんばんは"), ("en", "hello 🙂"), ("fr", "merci beaucoup !!"),
                ("ja", "ありがと！"), ("en", "who are you?"), ("fr", "salut ça va ?"), ("es", "hola")]:
    b(lang, None, "smalltalk", t, kind="smalltalk", none=RQ2)
# --- out of scope ---
for lang, reg, t in [("fr", "geneva", "il fait quel temps à Genève demain ?"), ("ja", "paris", "パリのおすすめレストランは？"),
                     ("en", "paris", "PSG score last night?"), ("fr", None, "raconte-moi une blague"),
                     ("ja", None, "この英文を和訳して: I like cats"), ("en", None, "write me an SQL query for my sales table"),
                     ("fr", None, "c'est quoi la capitale de l'Australie ?"), ("ja", "tsu", "津から伊勢神宮への観光ルートは？")]:
    b(lang, reg, "out-of-scope", t, kind="out-of-scope", none=RQ2 if reg is None else [])
# --- clarify region ---
for lang, topic, t in [("fr", "schooling", "Comment inscrire mon enfant à l'école ?"), ("ja", "company", "会社の最低資本金は？"),
                       ("en", "daily-life", "how do i register my address?"), ("fr", "healthcare", "Quelle assurance maladie dois-je prendre ?"),
                       ("ja", "daily-life", "運転免許の切り替え方法を教えて"), ("en", "company", "minimum capital for a company?"),
                       ("fr", "housing", "Je cherche un logement, des conseils ?"), ("ja", "schooling", "子どもは何歳から学校に行かないといけない？"),
                       ("en", "residence", "do I need a visa?")]:
    b(lang, None, topic, t, kind="clarify-region", all_=[TSU_N, PARIS_N, GENEVA_N])
# --- daily life Tsu ---
b("ja", "tsu", "daily-life", "津市に転入しました。何日以内に届け出？", all_=[D14], none=TSU_WRONG)
b("en", "tsu", "daily-life", "moved to Hisai last week, address registration deadline?", all_=[D14], none=TSU_WRONG)
b("fr", "tsu", "healthcare", "Je m'installe à Tsu, dois-je m'inscrire à l'assurance maladie nationale ?",
  all_=[["国民健康保険", "National Health Insurance", "assurance maladie nationale", "Kokumin", "assurance nationale", "NHI"]], none=TSU_WRONG)
b("ja", "tsu", "daily-life", "フランスの免許、津で日本の免許に切り替えできる？試験ある？", all_=[TEST_EXEMPT], none=TSU_WRONG)
b("en", "tsu", "daily-life", "can i drive around mie with my swiss licence + translation?", all_=[["JAF"], YEAR1], none=TSU_WRONG)
b("fr", "tsu", "healthcare", "Enceinte à Tsu, quelles démarches ?", all_=[MCH + ["carnet"], PREG + ["grossesse"]], none=TSU_WRONG)
b("ja", "tsu", "healthcare", "津市で夜間や休日にやってる病院の探し方", all_=[MIE_INFO], none=TSU_WRONG)
b("en", "tsu", "healthcare", "co-payment at a japanese clinic if i'm insured? living in tsu", all_=[PCT30], none=TSU_WRONG)
b("fr", "tsu", "daily-life", "amende si je déclare mon adresse en retard à Tsu ?", all_=[FINE200K], none=TSU_WRONG)
b("en", "tsu", "housing", "what's 'reikin' when renting in Tsu?", all_=[["key money", "礼金", "Reikin", "non-refundable", "non remboursable"]], none=TSU_WRONG)
b("ja", "tsu", "residence", "津で会社経営するための在留資格は？", all_=[BMV], none=TSU_WRONG)
# --- daily life Paris ---
b("fr", "paris", "schooling", "Mon fils a 3 ans, on arrive à Paris. L'école est obligatoire ?", all_=[["3 ans", "3 years", "3歳", "trois ans"]], none=PARIS_WRONG)
b("ja", "paris", "schooling", "パリで子どもの学校、何歳から義務？", all_=[["3 ans", "3 years", "3歳", "trois ans", "３歳"]], none=PARIS_WRONG)
b("en", "paris", "healthcare", "when can I get french public health cover (PUMa) after arriving in paris?", all_=[M3], none=PARIS_WRONG)
b("fr", "paris", "healthcare", "carte Vitale, comment l'obtenir quand on arrive à Paris ?", all_=[["CPAM", "Assurance Maladie", "ameli", "Ameli"]], none=PARIS_WRONG)
b("ja", "paris", "daily-life", "日本の運転免許、フランス(パリ)で使える期間は？", all_=[YEAR1], none=PARIS_WRONG)
b("en", "paris", "daily-life", "can i exchange my japanese licence for a french one? living in versailles", all_=[["exchange", "échange", "切り替え", "交換"], YEAR1], none=PARIS_WRONG)
b("en", "paris", "housing", "renting in paris: landlord wants a guarantor, i'm new here — options?", all_=[GARANT], none=PARIS_WRONG)
b("ja", "paris", "housing", "パリで家を借りるときの保証人(garant)、外国人はどうすれば？", all_=[GARANT], none=PARIS_WRONG)
b("fr", "paris", "residence", "Quel titre de séjour pour un dirigeant japonais qui s'installe à Paris ?", all_=[["passeport talent", "Passeport talent", "Passeport Talent"]], none=PARIS_WRONG)
b("en", "paris", "residence", "japanese founder moving to Boulogne — which residence permit?", all_=[["passeport talent", "Passeport talent", "Talent Passport", "talent passport", "Passeport Talent"]], none=PARIS_WRONG)
b("fr", "paris", "emergency", "Les numéros d'urgence à Paris ?", kind="emergency", all_=[SAMU, N112], none=N144 + ["119番"])
# --- daily life Geneva ---
b("fr", "geneva", "daily-life", "J'arrive à Genève, j'ai combien de temps pour m'annoncer à l'OCPM ?", all_=[D14], none=GEN_WRONG)
b("ja", "geneva", "daily-life", "ジュネーブに引っ越したら住民登録は何日以内？", all_=[D14, ["OCPM", "Office cantonal de la population"]], none=GEN_WRONG)
b("en", "geneva", "healthcare", "health insurance in geneva – mandatory? deadline?", all_=[M3, ["LAMal"]], none=GEN_WRONG)
b("fr", "geneva", "healthcare", "si je ne prends pas d'assurance maladie à Genève, il se passe quoi ?", all_=[["d'office", "automatically", "automatiquement", "自動", "assigned"]], none=GEN_WRONG)
b("ja", "geneva", "schooling", "ジュネーブで子どもは何歳から学校？", all_=[["4歳", "4 ans", "4 years", "quatre ans", "４歳"]], none=GEN_WRONG)
b("en", "geneva", "schooling", "my kid turns 4 in june, must she start school in august in geneva?", all_=[["31 juillet", "31 July", "July 31", "7月31日", "31st of July", "31st July"]], none=GEN_WRONG)
b("fr", "geneva", "daily-life", "permis de conduire japonais à Genève, valable combien de temps ?", all_=[YEAR1], none=GEN_WRONG)
b("ja", "geneva", "daily-life", "日本の免許、ジュネーブで試験なしでスイスの免許に交換できる？", all_=[TEST_EXEMPT + ["できます"]], none=GEN_WRONG)
b("en", "geneva", "healthcare", "pediatric emergency phone line in geneva during the day?", all_=[["0844 022 022", "0844022022", "0844 02 20 22"]], none=GEN_WRONG)
b("fr", "geneva", "housing", "Trouver un appartement à Genève : c'est quoi une régie ?", all_=[["régie", "property management", "管理会社", "gérance"]], none=GEN_WRONG)
b("en", "geneva", "residence", "what's a B permit in geneva?", all_=[["residence permit", "autorisation de séjour", "permis de séjour", "在留許可", "滞在許可", "居住許可"]], none=GEN_WRONG)
b("ja", "geneva", "emergency", "ジュネーブで警察を呼ぶ番号は？", kind="emergency", all_=[N117], none=["SAMU", "110番"])
b("fr", "geneva", "emergency", "numéro ambulance à Genève ?", kind="emergency", all_=[N144], none=["SAMU", "119番"])
b("en", "geneva", "emergency", "poison hotline switzerland? we're in Vernier", kind="emergency", all_=[N145], none=["SAMU", "119番"])
# --- other languages, P2 ---
b("de", "geneva", "company", "Wie viel Stammkapital braucht eine GmbH in Genf?", all_=[F20K])
b("zh", "paris", "company", "在巴黎开SAS公司最低资本多少？", all_=[EUR1])
b("es", "paris", "housing", "¿Necesito un garante para alquilar un piso en París?", all_=[GARANT])
b("pt", "tsu", "daily-life", "Quantos dias tenho para registrar meu endereço em Tsu?", all_=[D14])
b("de", "tsu", "healthcare", "Brauche ich in Tsu eine japanische Krankenversicherung?", all_=[["国民健康保険", "National Health Insurance", "Krankenversicherung", "NHI"]])
# --- multi-turn follow-ups, P2 ---
b("fr", "geneva", "follow-up", ["On vient d'emménager à Carouge.", "et pour l'assurance maladie, j'ai combien de temps ?"], all_=[M3], none=["PUMa", "CPAM"])
b("ja", "tsu", "follow-up", ["津市で株式会社を作りたいです", "定款認証の手数料は？"], all_=[Y15K + Y30K_UP])
b("en", "paris", "follow-up", ["thinking about a SAS in Paris", "and the minimum capital?"], all_=[EUR1], none=F20K[:2])
b("fr", "tsu", "follow-up", ["J'habite maintenant à Hisai (Tsu).", "combien de jours pour déclarer mon adresse ?"], all_=[D14])
b("ja", "geneva", "follow-up", ["ジュネーブでSàrlを設立予定です", "資本金は全額払い込みが必要？"], all_=[FULL + ["必要"]])
b("en", "geneva", "follow-up", ["my daughter is 4 and we just moved to Geneva", "does she have to go to school already?"],
  all_=[["yes", "Yes", "oui", "はい", "compulsory", "obligatoire", "義務", "mandatory", "must"]])
b("fr", "paris", "follow-up", ["Je suis japonais et je m'installe à Paris.", "je peux conduire avec mon permis japonais ?"], all_=[YEAR1])
b("ja", "paris", "follow-up", ["パリで会社を作るつもりです", "登記の申請はどこで？"], all_=[["guichet unique", "Guichet unique", "INPI", "ギシェ"]])
b("en", "tsu", "follow-up", ["our SME wants to enter the japanese market via Tsu", "can you put me in touch with the city?"], kind="handover", all_=[TSU_OFF])
b("fr", "geneva", "follow-up", ["Mon enfant a de la fièvre, on est à Meyrin.", "c'est quoi le numéro des urgences pédiatriques déjà ?"], kind=None,
  all_=[["0844 022 022", "0844022022", "0844 02 20 22"] + N144], none=["#8000", "SAMU"])
b("ja", "tsu", "follow-up", ["津市に住んでいます。子どもが夜に熱を出しました", "相談できる番号は？"], kind=None, all_=[N8000], none=["SAMU"])
b("en", "geneva", "follow-up", ["we are registering a company in Geneva", "do we need a notary?"], all_=[NOTARY + ["authentic", "authentique"]])
b("fr", "tsu", "follow-up", ["On veut créer une KK à Tsu pour notre filiale.", "quel visa pour le gérant ?"], all_=[BMV])
b("en", "paris", "follow-up", ["we plan an office in Saint-Denis", "who can help us with setting up there?"], all_=[["Choose Paris Region"]])

# ---------------- write ----------------
def finish(cases, prefix, name):
    for i, c in enumerate(cases, 1):
        c["id"] = f"{prefix}{i:03d}"
    ordered = [{"id": c["id"], **{k: v for k, v in c.items() if k != "id"}} for c in cases]
    doc = {"set": name, "writtenBy": WRITER, "cases": ordered}
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
    return ordered

def stats(cases):
    s = {}
    for key, fn in [("kind", lambda c: c["turns"][-1]["expect"].get("kind", "(omitted)")),
                    ("region", lambda c: str(c["region"])), ("lang", lambda c: c["lang"]), ("topic", lambda c: c["topic"]),
                    ("turns", lambda c: "multi" if len(c["turns"]) > 1 else "single")]:
        s[key] = dict(collections.Counter(fn(c) for c in cases).most_common())
    s["total"] = len(cases)
    return s

p1 = finish(P1, "B18TN", "blind18-tokyo-nrw")
p2 = finish(P2, "B18TS", "blind18-tsu")
st = {"blind18-tokyo-nrw": stats(p1), "blind18-tsu": stats(p2)}
with open(os.path.join(OUT, "stats.json"), "w", encoding="utf-8") as f:
    json.dump(st, f, ensure_ascii=False, indent=1)
print(json.dumps(st, ensure_ascii=False, indent=1))
