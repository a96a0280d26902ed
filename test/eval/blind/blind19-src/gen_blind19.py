#!/usr/bin/env python3
"""Generator for the blind19 evaluation sets (twenty-third blind writer, 2026-12-01).

No dependencies. Writes blind19-tokyo-nrw.json, blind19-tsu.json and stats.json
next to this script. Every figure used in a keyword group was checked with the
`search` tool (corpus pages); the URLs are listed in README-blind19.md.
"""
import json
import os
from collections import Counter

OUT = os.path.dirname(os.path.abspath(__file__))
WRITTEN_BY = "twenty-third blind writer, 2026-12-01"

# ---------------------------------------------------------------- helpers
SEPS = [" ", "(", "（", "「", "『", "【", "*", ":", "：", "、", "。", "/", "\n", "→", "»", "\"", "'",
        "・", "–", "—", "は", "に", "を", "で", "打", "拨", "Tel.", "tel."]


def sn(n):
    """A short emergency number with a separator in front (so #7119 never counts as 119)."""
    return [s + n for s in SEPS]


# figures (all confirmed, see README)
Y1 = ["1 yen", "1円", "1 Yen", "1 JPY", "¥1", "1日元", "1엔", "一円", "1 円", "un yen", "1 iene",
      "kein Mindestkapital", "no minimum", "no legal minimum", "最低資本金制度", "最低資本金はありません",
      "pas de capital minimum"]
K150 = ["150,000", "150.000", "150000", "150 000", "15万", "15 万", "150'000", "150k"]
K60 = ["60,000", "60.000", "60000", "60 000", "6万", "60'000", "60k"]
K40 = ["40,000", "40.000", "40000", "40 000", "4万", "40'000", "40k"]
K15 = ["15,000", "15.000", "15000", "15 000", "1万5千", "1万5000", "1.5万", "15'000", "15k"]
K30 = ["30,000", "30.000", "30000", "30 000", "3万", "30'000", "30k"]
M30 = ["30 million", "30 Million", "30 Mio", "3,000万", "3000万", "3.000万", "3 000万", "30,000,000",
       "30.000.000", "30 000 000", "三千万", "30 millions", "3천만", "30m", "30 M"]
E25 = ["25,000", "25.000", "25000", "25 000", "2万5千", "2.5万", "25'000", "25k"]
E12 = ["12,500", "12.500", "12500", "12 500", "1万2500", "1.25万", "12'500"]
E1 = ["1 €", "1€", "1 Euro", "1 euro", "€1", "1ユーロ", "1 EUR", "1欧元", "1 유로", "1 avro", "un euro",
      "1 euros", "1 ユーロ"]
E63 = ["63 €", "63€", "63 Euro", "63 euro", "€63", "63ユーロ", "63 EUR", "63,00", "63.00", "63 euros", "63 ユーロ"]
KG259 = ["259"]
D14 = ["14 days", "14日", "14 Tage", "14 Tagen", "14 jours", "two weeks", "2 weeks", "2週間", "二週間",
       "zwei Wochen", "2 Wochen", "14일", "14 gün", "14 días", "14 dias", "14 giorni", "14 ngày", "14天",
       "quatorze jours", "deux semaines", "2 semaines", "fourteen days"]
M2 = ["2 months", "two months", "2か月", "2ヶ月", "2ヵ月", "2カ月", "二か月", "2 Monate", "2 Monaten",
      "zwei Monate", "zwei Monaten", "2 mois", "deux mois", "2个月", "2개월"]
M3 = ["3 months", "three months", "3か月", "3ヶ月", "3ヵ月", "3カ月", "三か月", "3 Monate", "drei Monate",
      "3 mois", "trois mois", "3 meses", "tres meses", "três meses", "3个月", "3개月", "3개월", "3 mesi", "3 ay"]
M6 = ["6 months", "six months", "6か月", "6ヶ月", "6ヵ月", "6カ月", "半年", "六か月", "6 Monate",
      "sechs Monate", "6 mois", "six mois"]
YR1 = ["1 year", "one year", "1年", "一年", "1 Jahr", "ein Jahr", "einem Jahr", "12 Monate", "1 an ", "1 an.", "1 an,",
       "1 an)", " un an",
       "12 mois", "12 months", "1 año", "un año", "1년", "12か月", "12ヶ月", "douze mois", "12 Monaten"]
W3 = ["3 weeks", "three weeks", "3週間", "三週間", "drei Wochen", "3 Wochen"]
CHF20 = ["20,000", "20.000", "20000", "20 000", "20'000", "2万", "20’000"]
CHF100 = ["100,000", "100.000", "100000", "100 000", "100'000", "10万", "100’000"]
CHF50 = ["50,000", "50.000", "50000", "50 000", "50'000", "5万", "50’000"]
J500 = ["500,000", "500.000", "500000", "500 000", "50万", "50 万", "500 mil", "500k"]

# concepts / offices
H_TOKYO = ["産業労働局", "Industrial and Labor Affairs", "Industrial and Labour", "Industrie und Arbeit",
           "Bureau of Industrial", "Büro für Industrie", "Amt für Industrie", "商工部",
           "Tokyo Metropolitan Government", "TMG"]
H_NRW = ["NRW.Global Business", "NRW Japan", "NRW.Global", "NRW.Invest", "Wirtschaftsministerium", "MWIKE",
         "MWIDE", "Ministerium für Wirtschaft"]
H_TSU = ["津市", "Tsu City", "City of Tsu", "ville de Tsu", "Tsu-shi", "mairie de Tsu", "Stadt Tsu", "Tsu city",
         "municipalité de Tsu", "商工観光部", "産業政策", "Tsu municipal", "municipal government of Tsu"]
H_PARIS = ["Choose Paris Region", "Paris Region", "Paris Région", "Paris Île-de-France", "Paris Ile-de-France",
           "Agence Régionale de Développement", "パリ地域経済開発局", "(ARD", "（ARD", "ARD)", "ARD）"]
H_GENEVA = ["Office de Promotion des Industries", "Office de promotion", "ジュネーブ州産業振興機構", "(OPI", "（OPI",
            "OPI)", "OPI）", "OPI Genève", "OPI Geneva", "OPI ", "OPI,"]
ONESTOP = ["One-Stop", "ワンストップ", "Onestop", "One Stop", "one-stop", "one stop"]
BMV = ["経営・管理", "経営管理", "Business Manager", "Business-Manager", "business manager", "Unternehmensleiter",
       "Investor/Business", "gestion et administration", "Gestionnaire", "経営・管理ビザ", "Manager",
       "gestion d'entreprise", "gestion/administration"]
NOTARY_INTERP = ["Dolmetscher", "interpreter", "通訳", "interprète", "traducteur", "translator", "Übersetzer"]
JAF = ["JAF", "日本自動車連盟", "Japan Automobile Federation"]
TRANSL = ["Übersetzung", "translation", "翻訳", "traduction", "JAF"]

RQ1 = ["Tokyo oder NRW", "Tokio oder NRW", "NRW oder Tokyo", "NRW oder Tokio", "Tokyo or NRW", "NRW or Tokyo",
       "東京とNRWのどちら", "東京かNRWか", "東京またはNRW", "NRWと東京のどちら", "東京とノルトライン",
       "welche Region", "which region", "どちらの地域", "どの地域"]
RQ2 = ["Paris or Geneva", "Geneva or Paris", "Paris ou Genève", "Genève ou Paris", "Paris, Genève ou Tsu",
       "パリとジュネーブのどちら", "パリかジュネーブ", "パリ・ジュネーブ・津のどちら", "quelle région", "which region",
       "welche Region", "どちらの地域", "どの地域"]

NONE_TOKYO_EM = ["116117", "116 117"]
NONE_NRW_EM = ["#7119", "#8000"]
NONE_PARIS_EM = ["#7119", "#8000", "LAMal"]
NONE_GENEVA_EM = ["#7119", "#8000", "116117"]
NONE_TSU_EM = ["SAMU", "LAMal", "116117", "116 117"]

MAIN1 = {"ja", "de", "en"}
MAIN2 = {"ja", "fr", "en"}


class Builder:
    def __init__(self, prefix, main):
        self.prefix = prefix
        self.main = main
        self.cases = []

    def add(self, lang, region, topic, turns, kind, all_=None, none=None, language=None):
        if language is None:
            language = [lang] if lang in self.main else ["en", lang]
        expect = {}
        if kind:
            expect["kind"] = kind
        expect["language"] = language
        if all_:
            expect["all"] = all_
        if none:
            expect["none"] = none
        if isinstance(turns, str):
            turns = [turns]
        tlist = [{"text": t} for t in turns[:-1]]
        tlist.append({"text": turns[-1], "expect": expect})
        cid = "%s%03d" % (self.prefix, len(self.cases) + 1)
        self.cases.append({"id": cid, "lang": lang, "region": region, "topic": topic, "turns": tlist})


# ================================================================ partnership 1
p1 = Builder("B19TN", MAIN1)
A = p1.add

# --- company: German SMEs to Tokyo
A("de", "tokyo", "company", "wie viel stammkapital brauch ich für ne KK in tokio?? 🙏", "answer", [Y1], RQ1)
A("en", "tokyo", "company", "kk vs gk in tokyo - which one is cheaper to register? registration tax numbers pls",
  "answer", [K150, K60], RQ1)
A("de", "tokyo", "company",
  "was kostet die beglaubigung der satzung beim notar für eine KK in Tokyo, wenn unsere deutsche mutter-GmbH die gründerin ist?",
  "answer", [K30, ["公証", "Notar", "notary"]], RQ1)
A("ja", "tokyo", "company", "品川区で株式会社つくる予定。定款認証っていくら？資本金50万、発起人は私ひとり、取締役会なし",
  "answer", [K15], RQ1)
A("en", "tokyo", "company", "do we really need to stick a 40k yen stamp on the articles? heard e-teikan avoids it (tokyo kk)",
  "answer", [K40, ["電子定款", "electronic", "e-articles", "digital", "PDF"]], RQ1)
A("en", "tokyo", "residence", "business manager visa after the oct 2025 change - how much capital do we need now for tokyo?",
  "answer", [M30], RQ1)
A("de", "tokyo", "residence", "Welches Visum brauch ich, um in Tokio ne Firma aufzumachen und selbst GF zu sein?",
  "answer", [BMV], RQ1)
A("ja", "tokyo", "residence", "経営管理ビザって日本語の要件ある？ドイツ人の社長が東京で申請予定", "answer",
  [["B2", "N2"]], RQ1)
A("en", "tokyo", "company", "whats the deadline to file the incorporation notice w/ the tax office after registering in tokyo?",
  "answer", [M2, ["税務署", "tax office", "Finanzamt"]], RQ1)
A("de", "tokyo", "company", "gibts in tokio ne anlaufstelle wo man register, steuer und rente an einem ort erledigt?",
  "answer", [ONESTOP], RQ1)
A("de", "tokyo", "company", "Braucht unsere KK in Tokio einen Notar oder geht das ohne?", "answer",
  [["公証", "Notar", "notary"], ["定款", "Satzung", "articles", "Gesellschaftsvertrag"]], RQ1)
A("en", "tokyo", "company", "can a german GmbH be the only shareholder (promoter) of a kk in tokyo?", "answer",
  [["発起人", "promoter", "incorporator", "Gründer", "founder", "shareholder"]], RQ1)
A("en", "tokyo", "company", "do we need a japanese bank account to pay in the kk capital before registration in tokyo?",
  "answer", [["bank", "銀行", "Bank"]], RQ1)
A("de", "tokyo", "company", "Wo wird eine KK in Tokio eigentlich ins Handelsregister eingetragen?", "answer",
  [["法務局", "Legal Affairs", "登記", "Handelsregister", "registration"]], RQ1)
A("en", "tokyo", "support", "where can we rent a showroom in tokyo for a few months to show our machines?", "answer",
  None, RQ1)
A("en", "tokyo", "support", "any startup / investor matchmaking events in tokyo for foreign SMEs? 🚀", "answer",
  None, RQ1)
A("en", "tokyo", "support", "help with trade fairs in tokyo? we want to exhibit at a machine tool show", "answer",
  [["AHK", "German Chamber", "Deutsche Industrie- und Handelskammer", "在日ドイツ商工会議所", "Außenhandelskammer"]], RQ1)
A("de", "tokyo", "support", "Messe in Tokio – wer hilft deutschen KMU beim Messeauftritt?", "answer",
  [["AHK", "Außenhandelskammer", "Deutsche Industrie- und Handelskammer", "German Chamber"]], RQ1)
A("de", "tokyo", "support", "Welche Stelle der Tokioter Regierung ist für uns als Firma aus NRW zuständig?", None,
  [H_TOKYO], RQ1)

# --- company: Japanese SMEs to NRW
A("ja", "nrw", "company", "デュッセルドルフでGmbH作るのに資本金いくら必要？", "answer", [E25], RQ1)
A("ja", "nrw", "company", "Kölnで子会社設立したい、最低資本金と設立時の払込額は？", "answer", [E25, E12], RQ1)
A("en", "nrw", "company", "is there a cheaper option than a gmbh in nrw? like UG with 1 euro?", "answer",
  [["UG", "Unternehmergesellschaft"], E1], RQ1)
A("en", "nrw", "company", "do i need to speak german at the notary in essen when we sign the gmbh articles?", "answer",
  [NOTARY_INTERP], RQ1)
A("ja", "nrw", "company", "公証人のところでドイツ語話せないとダメ？デュイスブルクでGmbH設立予定", "answer",
  [NOTARY_INTERP], RQ1)
A("en", "nrw", "company", "can we do the gmbh formation online even with contributions in kind? düsseldorf", "answer",
  [["2023", "Sacheinlage", "in kind", "現物出資", "Sachgründung"]], RQ1)
A("en", "nrw", "company", "is IHK membership optional for our new gmbh in düsseldorf?", "answer",
  [["IHK"], ["law", "Gesetz", "IHKG", "法律", "statutory", "gesetzlich", "mandatory", "Pflicht", "automatic"]], RQ1)
A("en", "nrw", "company", "do we need a Gewerbeanmeldung for a small sales office in cologne?", "answer",
  [["Gewerbeanmeldung", "Gewerbeamt", "trade registration", "Gewerbe", "営業届"]], RQ1)
A("ja", "nrw", "company", "GmbH設立後、Finanzamtへの届出って何が必要？ボン", "answer",
  [["Finanzamt", "税務署", "Steuernummer", "tax number", "Fragebogen", "税務登録"]], RQ1)
A("en", "nrw", "company", "what's the transparency register and does our gmbh in dortmund need an entry?", "answer",
  [["Transparenzregister", "transparency register", "透明性登録"]], RQ1)
A("ja", "nrw", "support", "NRWで日本企業を支援してくれる機関は？", "answer", [["NRW Japan", "NRW.Global"]], RQ1)
A("en", "nrw", "support", "who supports japanese companies that want to settle in north rhine-westphalia?", "answer",
  [["NRW Japan", "NRW.Global"]], RQ1)
A("en", "nrw", "support", "is there a japanese chamber of commerce in düsseldorf?", "answer",
  [["JIHK", "Japanische Industrie- und Handelskammer", "日本商工会議所", "Japanese Chamber"]], RQ1)
A("ja", "nrw", "support", "デュッセルドルフの見本市に出展したい、相談先ある？", "answer",
  [["NRW Japan", "NRW.Global", "JETRO", "JIHK", "日本商工会議所", "Messe"]], RQ1)

# --- memorandum / meta (region-less but same answer)
A("de", None, "support", "wer hat das memorandum zwischen tokio und nrw unterschrieben und wann?", "answer",
  [["2021"], ["MWIDE", "MWIKE", "Wirtschaft, Innovation", "Wirtschaft, Industrie"],
   ["産業労働局", "Industrie und Arbeit", "Industrial and Labor", "Industrial and Labour"]])
A("en", None, "support", "is the tokyo-nrw agreement still valid? didn't it run out in march 2023?", "answer",
  [["2023"], ["automatic", "automatisch", "自動", "extended", "verlängert", "延長", "renew"],
   ["6 months", "six months", "6か月", "6ヶ月", "6 Monate", "sechs Monate"]])
A("ja", None, "support", "覚書の支援サービスって何語で受けられる？", "answer",
  [["母国語", "英語", "English", "Englisch", "native language", "Muttersprache"]])
A("en", None, "support", "what kind of stuff can kakehashi actually help with?", None, None, RQ1)
A("de", None, "residence", "Wie lange hab ich Zeit, meinen Wohnsitz anzumelden?", "answer", [D14])

# --- emergencies P1
A("ja", "tokyo", "emergency", "子どもが夜中に熱40度😭世田谷です どうしよう", "emergency",
  [["#8000", "#7119", "＃8000", "＃7119"], sn("119")], NONE_TOKYO_EM)
A("de", "tokyo", "emergency", "Mein Mann ist in Shibuya zusammengebrochen, atmet kaum!!", "emergency", [sn("119")],
  NONE_TOKYO_EM)
A("en", "nrw", "emergency", "someone just broke into our car in dortmund and is still around, who do i call", "emergency",
  [sn("110")], NONE_NRW_EM)
A("ja", "nrw", "emergency", "エッセンで交通事故にあいました、けが人がいます 救急車呼びたい", "emergency", [sn("112")],
  NONE_NRW_EM)
A("en", "tokyo", "emergency", "earthquake just hit, im in koto-ku, gas smell in the stairwell", "emergency",
  [sn("119") + sn("110")], NONE_TOKYO_EM)
A("de", "nrw", "emergency", "Kind hat 39,8 Fieber, Sonntag in Krefeld, Kinderarzt zu – welche Nummer?", "emergency",
  [["116117", "116 117"]], NONE_NRW_EM)
A("zh", "tokyo", "emergency", "我在新宿，朋友突然晕倒了，怎么叫救护车？", "emergency", [sn("119")], NONE_TOKYO_EM)
A("ko", "nrw", "emergency", "쾰른에서 아이가 다쳐서 피가 많이 나요 응급 번호 알려주세요", "emergency", [sn("112")],
  NONE_NRW_EM)
A("tr", "nrw", "emergency", "Gelsenkirchen'de evde yangın var, hangi numarayı arayayım?", "emergency", [sn("112")],
  NONE_NRW_EM)
A("es", "tokyo", "emergency", "estoy en Meguro y mi hija tiene fiebre alta de noche, a quién llamo?", "emergency",
  [["#8000", "#7119", "＃8000", "＃7119"] + sn("119")], NONE_TOKYO_EM)
A("en", None, "emergency", "emergency!! what number do i call", None, [sn("119") + sn("112")])
A("pt", "tokyo", "emergency", "meu colega caiu da escada em Chiyoda, está sangrando muito", "emergency", [sn("119")],
  NONE_TOKYO_EM)
A("it", "nrw", "emergency", "a Düsseldorf mia moglie ha forti dolori al petto, cosa faccio?", "emergency", [sn("112")],
  NONE_NRW_EM)
A("vi", "tokyo", "emergency", "con tôi bị sốt cao lúc nửa đêm ở Ota-ku, gọi số nào?", "emergency",
  [["#8000", "#7119", "＃8000", "＃7119"] + sn("119")], NONE_TOKYO_EM)
A("fr", "nrw", "emergency", "à Aachen mon fils s'est cassé le bras, quel numéro ?", "emergency", [sn("112")],
  NONE_NRW_EM)
A("ja", "tokyo", "emergency", "杉並区、隣の部屋から叫び声と物が割れる音…警察？", "emergency", [sn("110") + ["110番"]],
  NONE_TOKYO_EM)
A("en", "nrw", "emergency", "bonn, 2am, my toddler is vomiting nonstop but breathing ok - who can i call that isnt 112?",
  "emergency", [["116117", "116 117"]], NONE_NRW_EM)
A("de", "tokyo", "emergency", "Bin in Roppongi, Kumpel hat sich am Kopf verletzt, blutet. Krankenwagen oder erst Hotline?",
  "emergency", [sn("119") + ["#7119", "＃7119"]], NONE_TOKYO_EM)

# --- healthcare / family
A("en", "tokyo", "healthcare", "how do i find an english speaking doctor in tokyo?", "answer",
  [["ひまわり", "himawari", "Himawari", "5285-8181", "AMDA"]], RQ1)
A("de", "tokyo", "healthcare", "Gibt's in Tokio ne Hotline, die einem sagt ob man nen Krankenwagen braucht?", "answer",
  [["#7119", "＃7119"]], RQ1)
A("ja", "nrw", "healthcare", "ケルンで妊娠がわかりました。まず何をすれば？", "answer",
  [["Frauenarzt", "Gynäkolog", "婦人科", "gynaecolog", "gynecolog", "産婦人科"],
   ["Mutterpass", "Hebamme", "助産師", "母子"]], RQ1)
A("de", "tokyo", "healthcare", "Meine Frau ist schwanger, wir wohnen in Setagaya. Gibt's da sowas wie den Mutterpass?",
  "answer", [["母子健康手帳", "母子手帳", "Boshi", "Mutter-Kind", "Maternal and Child Health", "boshi"]], RQ1)
A("en", "tokyo", "healthcare", "how much is the childbirth lump sum in japan? we're on national health insurance in tokyo",
  "answer", [J500], RQ1)
A("ja", "nrw", "daily-life", "ドイツの児童手当（Kindergeld）って今月いくら？ボン在住", "answer", [KG259], RQ1)
A("en", "nrw", "schooling", "any international schools in essen or nearby? kids are 8 and 11", "answer",
  [["International School", "インターナショナルスクール", "internationale Schule", "Internationale Schule"]], RQ1)
A("ja", "nrw", "schooling", "ケルンから通える日本人学校ってある？小3の娘", "answer",
  [["Düsseldorf", "デュッセルドルフ", "日本人学校", "Japanische"]], RQ1)
A("de", "tokyo", "schooling", "Gibt es in Tokio eine deutsche Schule für meine Tochter (10)?", "answer",
  [["Deutsche Schule Tokyo Yokohama", "DSTY", "東京横浜独逸学園", "Yokohama"]], RQ1)
A("en", "nrw", "schooling", "kita place in bonn for our 2yo - how does that work?", "answer",
  [["Kita", "Kindertagesstätte", "day care", "daycare", "childcare", "保育"]], RQ1)
A("es", "nrw", "schooling", "hay escuelas internacionales en Bonn?", "answer",
  [["Bonn International School", "International School", "internacional"]], RQ1)
A("en", "nrw", "healthcare", "is health insurance compulsory in germany for my family? we come from osaka, moving to neuss",
  "answer", [["Krankenversicherung", "health insurance", "健康保険", "Krankenkasse"]], RQ1)
A("de", "tokyo", "healthcare", "Muss ich mich in Japan krankenversichern? Neue Wohnung in Nakano", "answer",
  [["国民健康保険", "National Health Insurance", "Krankenversicherung", "Kokumin", "health insurance", "健康保険"]], RQ1)
A("en", "tokyo", "daily-life", "where do i register my address after moving to tokyo and by when?", "answer",
  [D14, ["ward office", "区役所", "city office", "市役所", "Bezirksamt", "municipal"]], RQ1)
A("de", "tokyo", "daily-life", "wie lang darf ich mit meinem deutschen führerschein in japan fahren?", "answer",
  [YR1, TRANSL], RQ1)
A("ja", "nrw", "daily-life", "日本の免許でドイツ（ミュンスター）で運転できる期間は？切り替えに試験ある？", "answer",
  [M6, ["試験なし", "無試験", "ohne Prüfung", "without a test", "without test", "without an exam", "試験", "Prüfung"]], RQ1)
A("en", "nrw", "daily-life", "how long does swapping my japanese licence for a german one take in düsseldorf?", "answer",
  [W3], RQ1)
A("de", "nrw", "daily-life", "was kostet das deutschlandticket inzwischen eigentlich?", "answer", [E63], RQ1)
A("ja", "nrw", "daily-life", "ドルトムントで電車乗り放題の定期ってある？", "answer",
  [["Deutschlandticket", "ドイチュラントチケット", "Deutschland-Ticket", "D-Ticket", "ドイツチケット"]], RQ1)
A("en", "nrw", "daily-life", "do i have to pay that tv licence thing (rundfunk?) after moving to cologne", "answer",
  [["Rundfunkbeitrag", "broadcasting", "放送", "ARD ZDF"]], RQ1)
A("it", "nrw", "daily-life", "quanto costa il Deutschlandticket al mese?", "answer", [E63], RQ1)
A("vi", "nrw", "daily-life", "đăng ký địa chỉ ở Düsseldorf phải làm trong bao lâu?", "answer", [D14], RQ1)
A("ko", "tokyo", "daily-life", "도쿄에서 외국인 주민등록은 며칠 안에 해야 하나요?", "answer", [D14], RQ1)
A("pt", "tokyo", "healthcare", "Quanto é o auxílio de parto no Japão? moramos em Tóquio", "answer", [J500], RQ1)
A("vi", "tokyo", "healthcare", "số điện thoại tư vấn cấp cứu ở Tokyo là gì?", None, [["#7119", "＃7119"]], RQ1)

# --- housing
A("en", "tokyo", "housing", "renting in tokyo as a foreigner - do i need a guarantor?", "answer",
  [["guarantor", "保証人", "保証会社", "Bürge", "guarantee company"]], RQ1)
A("de", "tokyo", "housing", "was ist 礼金 und muss ich das bei ner wohnung in meguro zahlen?", "answer",
  [["礼金", "Reikin", "key money", "Schlüsselgeld"]], RQ1)
A("ja", "nrw", "housing", "デュッセルドルフで家探し中。Kaution（敷金）って最大何か月分？", "answer",
  [["3か月", "3ヶ月", "3ヵ月", "三か月", "3 Monat", "drei Monat", "3 months", "three months", "3カ月"]], RQ1)
A("en", "nrw", "housing", "what's a schufa and do i need one to rent in essen?", "answer", [["SCHUFA", "Schufa"]], RQ1)

# --- handover
A("en", "tokyo", "handover", "can i talk to a real person? we're opening a subsidiary in tokio next spring", "handover",
  [H_TOKYO], RQ1)
A("ja", "nrw", "handover", "NRWの大学と共同研究したい、紹介してもらえますか？", "handover", [H_NRW], RQ1)
A("en", "nrw", "handover", "pls connect me with someone at NRW.Global, we want to visit the state in march", "handover",
  [H_NRW], RQ1)
A("ja", "tokyo", "handover", "東京の投資家を紹介してほしい。アーヘンのスタートアップです", "handover", [H_TOKYO], RQ1)
A("de", "tokyo", "handover", "Wir suchen einen Vertriebspartner in Tokio – könnt ihr jemanden vermitteln?", "handover",
  [H_TOKYO], RQ1)
A("ja", "nrw", "handover", "NRWのスタートアップや投資家とつながりたいです。担当の方に繋いでください", "handover", [H_NRW], RQ1)
A("de", "tokyo", "handover", "Könnt ihr uns einen Termin beim Tokioter Büro für Industrie und Arbeit machen?", "handover",
  [H_TOKYO], RQ1)
A("en", "tokyo", "handover", "who's my contact person at the tokyo government? we're a mittelstand firm from bielefeld",
  "handover", [H_TOKYO], RQ1)
A("ja", "nrw", "handover", "Aachenの大学と連携したい、紹介できる？", "handover", [H_NRW], RQ1)

# --- smalltalk P1
for lang, txt in [("de", "hallo 👋"), ("ja", "こんにちは〜"), ("en", "hi there"), ("de", "guten morgen! wer bist du eigentlich?"),
                  ("ja", "ありがとう！助かりました🙏"), ("en", "thx a lot!!"), ("de", "moin"), ("ja", "おはようございます"),
                  ("zh", "你好"), ("ko", "안녕하세요"), ("tr", "merhaba"), ("es", "hola!"), ("it", "ciao"),
                  ("vi", "xin chào"), ("pt", "olá, tudo bem?"), ("fr", "bonjour"), ("de", "servus, alles klar?"),
                  ("de", "tschüss und danke"), ("en", "good evening :)"), ("ja", "よろしくお願いします！")]:
    A(lang, None, "smalltalk", txt, "smalltalk", None, RQ1)

# --- out of scope P1
for lang, txt in [("de", "wie wird das wetter morgen in köln?"), ("en", "who won bayern vs dortmund yesterday"),
                  ("ja", "東京で美味しいラーメン屋教えて🍜"), ("en", "write me a python script that sorts a list"),
                  ("de", "erzähl mir einen witz"), ("ja", "明日の東京の天気は？☔"),
                  ("en", "can you help with my kid's math homework, fractions"),
                  ("de", "Was ist die Hauptstadt von Australien?"), ("en", "best sushi place near shinjuku?"),
                  ("ja", "ブンデスリーガの日本人選手って誰がいる？"), ("tr", "Köln'de yarın hava nasıl olacak?"),
                  ("zh", "给我讲个笑话"), ("en", "what's the eur to jpy rate today"),
                  ("de", "kannst du meine bewerbung ins englische übersetzen?")]:
    A(lang, None, "out-of-scope", txt, "out-of-scope", None, RQ1)

# --- region-less, answer differs -> clarify
for lang, txt in [("en", "how much capital do i need to start a company?"),
                  ("ja", "子どもの学校どうやって探せばいい？"),
                  ("en", "what's the process for getting my driving licence converted?"),
                  ("de", "Welche Förderprogramme gibt es für uns?"),
                  ("ja", "会社設立の費用ってどのくらい？"),
                  ("en", "where can i find a pediatrician who speaks english?"),
                  ("en", "how do i open a bank account for the new company?"),
                  ("de", "wie finde ich eine wohnung?")]:
    A(lang, None, "company" if "company" in txt or "Förder" in txt or "会社" in txt else "daily-life", txt,
      "clarify-region", [["Tokyo", "東京", "Tokio", "NRW", "Nordrhein", "North Rhine", "ノルトライン"]])

# --- other languages with facts P1
A("zh", "tokyo", "company", "在东京开株式会社最低资本金多少？", "answer", [Y1], RQ1)
A("ko", "nrw", "company", "뒤셀도르프에서 GmbH 설립 최소 자본금은 얼마예요?", "answer", [E25], RQ1)
A("tr", "nrw", "company", "Köln'de GmbH kurmak için ne kadar sermaye lazım?", "answer", [E25], RQ1)
A("es", "tokyo", "company", "cuánto cuesta registrar una GK en Tokio? impuesto de registro", "answer", [K60], RQ1)
A("pt", "nrw", "company", "Preciso falar alemão no notário em Bonn pra abrir GmbH?", "answer",
  [NOTARY_INTERP + ["intérprete", "tradutor"]], RQ1)
A("it", "tokyo", "residence", "che visto serve per aprire una società a Tokyo e gestirla?", "answer", [BMV], RQ1)
A("fr", "tokyo", "company", "combien coûte la certification des statuts d'une KK à Tokyo ?", "answer",
  [K15 + K30], RQ1)
A("zh", "nrw", "emergency", "在科隆孩子半夜发烧，打什么电话？", "emergency", [["116117", "116 117"] + sn("112")],
  NONE_NRW_EM)
A("tr", "tokyo", "residence", "Tokyo'da şirket kurmak için hangi vize gerekiyor?", "answer", [BMV], RQ1)

# --- glued / embedded place names
A("ja", "nrw", "company", "Kölnで会社を作りたいです。何から始めればいい？", "answer",
  [["公証", "Notar"], ["登記", "Handelsregister", "register"]], RQ1)
A("ja", "nrw", "schooling", "Düsseldorfに住んでます。子どものKita探したい", "answer", [["Kita", "キタ", "保育"]], RQ1)
A("ja", "nrw", "healthcare", "Essenで日本語通じる歯医者さん探してます", "answer", None, RQ1)
A("ja", "nrw", "residence", "Bonnの外国人局ってどこ？滞在許可延長したい", "answer",
  [["Ausländerbehörde", "外国人局", "Ausländeramt", "Ausländerbehörde"]], RQ1)
A("ja", "nrw", "daily-life", "Münsterに赴任、住民登録はどこで？", "answer",
  [["Bürgerbüro", "Bürgeramt", "Meldebehörde", "Bürgerservice", "市役所", "住民登録", "Anmeldung"]], RQ1)
A("de", "tokyo", "daily-life", "Wir ziehen nach 品川区 – wo melde ich mich an?", "answer",
  [["区役所", "Bezirksamt", "ward office", "Kuyakusho", "Bezirksverwaltung", "Rathaus"], D14], RQ1)
A("en", "nrw", "daily-life", "we moved to Essen last week, what do we need to do first?", "answer",
  [["Anmeldung", "register", "registration"]], RQ1)
A("ja", "nrw", "daily-life", "先週Wuppertalに引っ越してきました。最初にやることは？", "answer",
  [["Anmeldung", "住民登録", "転入", "Wohnsitz"]], RQ1)
A("ja", "nrw", "residence", "Leverkusenの会社に就職決定、滞在許可はどこで申請？", "answer",
  [["Ausländerbehörde", "外国人局", "Ausländeramt"]], RQ1)
A("en", "tokyo", "residence", "Minato-ku - where's the closest immigration office for my visa renewal?", "answer",
  [["Immigration", "入管", "出入国在留管理"]], RQ1)
A("de", "tokyo", "daily-life", "In Kichijoji ne Wohnung gefunden – wo muss ich mich anmelden?", "answer",
  [["市役所", "city office", "City Office", "Rathaus", "Stadtverwaltung", "Musashino", "武蔵野"]], RQ1)
A("ja", "nrw", "housing", "ラーティンゲンで小さい事務所を借りたい、注意点は？", "answer", None, RQ1)
A("ja", "nrw", "residence", "ブルーカードの条件は？デュッセルドルフの日系企業勤務予定", "answer",
  [["Blaue Karte", "Blue Card", "ブルーカード"]], RQ1)
A("en", "nrw", "residence", "my japanese wife wants to work too in düsseldorf - where do we ask about her permit?",
  "answer", [["Ausländerbehörde", "immigration", "外国人局", "residence permit", "Aufenthaltserlaubnis"]], RQ1)
A("de", "tokyo", "residence", "Mein Kollege fängt bei uns in Tokio als Ingenieur an – welches Visum?", "answer",
  [["技術・人文知識・国際業務", "Engineer", "Ingenieur", "Specialist in Humanities", "技人国"]], RQ1)

# --- multi-turn follow-ups P1
A("en", "tokyo", "follow-up", ["we're a small engineering firm from Bochum and want to set up a company in Tokyo",
                               "ok and how long does that usually take?"], "answer",
  [["registration", "登記", "incorporation", "Gründung", "set up", "setting up", "founding", "establish", "register"]],
  RQ1 + ["working hours", "Arbeitszeit", "労働時間"])
A("en", "nrw", "follow-up", ["we just got the keys for our flat in Düsseldorf-Oberkassel. whats the anmeldung process?",
                             "can one of us do it for the whole family?"], "answer",
  [["family", "Familie", "家族", "one adult", "one of you", "spouse", "Vollmacht", "power of attorney", "volljährig"]],
  RQ1)
A("de", "tokyo", "follow-up", ["Wir wollen eine GK in Minato-ku gründen.", "und was kostet das ungefähr an Gebühren?"],
  "answer", [K60], RQ1)
A("en", "nrw", "follow-up", ["what's the deutschlandticket?", "how much per month now?"], "answer", [E63], RQ1)
A("en", "nrw", "follow-up", ["we live in Bonn", "my son has 39.5 fever and it's 2am what do i do"], "emergency",
  [["116117", "116 117"], sn("112")], NONE_NRW_EM)
A("de", "nrw", "follow-up", ["wie melde ich mich in krefeld an?", "super danke dir!"], "smalltalk", None, RQ1)
A("ja", "tokyo", "follow-up", ["東京で合同会社を作る手順は？", "それって全部で何日くらいかかる？"], "answer",
  [["登記", "設立", "法務局"]], RQ1 + ["勤務時間", "営業時間", "労働時間"])
A("en", "nrw", "follow-up", ["my wife is pregnant, we live in Düsseldorf", "who pays for the midwife?"], "answer",
  [["Krankenkasse", "health insurance", "Krankenversicherung", "保険", "insurer"]], RQ1)
A("de", "tokyo", "follow-up", ["Wie finde ich in Tokio einen Kinderarzt?", "und nachts? unser Sohn hat jetzt 40 Grad"],
  "emergency", [["#8000", "#7119", "＃8000", "＃7119"], sn("119")], NONE_TOKYO_EM)
A("en", "nrw", "follow-up", ["what's the minimum capital for a GmbH?", "and for the cheaper version?"], "answer",
  [["UG", "Unternehmergesellschaft"], E1], RQ1)
A("de", "tokyo", "follow-up", ["ich gründe eine KK in Chuo-ku", "brauche ich dafür einen notar?"], "answer",
  [["公証", "Notar", "notary"], ["定款", "Satzung", "articles", "Gesellschaftsvertrag"]], RQ1)
A("en", "nrw", "follow-up", ["we're a family of 4 moving from Yokohama to Cologne", "what about schools for the kids?"],
  "answer", [["International School", "インターナショナル", "internationale Schule", "Internationale Schule",
              "日本人学校", "Japanische", "Schule", "school"]], RQ1)
A("ja", "nrw", "follow-up", ["ボーフムで働くことになりました", "健康保険はどうなる？"], "answer",
  [["Krankenversicherung", "健康保険", "Krankenkasse", "公的保険", "医療保険"]], RQ1)
A("de", "nrw", "follow-up", ["hallo", "wie viel Stammkapital muss ich in Düsseldorf bei der GmbH-Gründung einzahlen?"],
  "answer", [E12], RQ1)
A("en", "tokyo", "follow-up", ["I'm in Tokyo now, just arrived yesterday", "what should i do in the first two weeks?"],
  "answer", [["ward office", "区役所", "residence", "住民", "register", "city office"]], RQ1)
A("de", "tokyo", "follow-up", ["Kann ich meinen Führerschein in Tokio umschreiben lassen?",
                               "und bis dahin, wie lange darf ich mit dem deutschen fahren?"], "answer",
  [YR1, TRANSL], RQ1)
A("ja", "nrw", "follow-up", ["ゲルゼンキルヒェンに住んでます", "子どもが夜中に高熱、救急に行くべき？"], "emergency",
  [["116117", "116 117"] + sn("112")], NONE_NRW_EM)

# ================================================================ partnership 2
p2 = Builder("B19TS", MAIN2)
B = p2.add

# --- company
B("ja", "paris", "company", "パリでSAS作るとき資本金いくらから？", "answer", [E1], RQ2)
B("ja", "paris", "company", "フランスの会社登記ってどこでやるの？ブローニュに事務所予定", "answer",
  [["guichet unique", "Guichet unique", "INPI", "一元窓口", "ギシェ"]], RQ2)
B("en", "paris", "company", "setting up a SAS in saint-denis - what's the online portal for registration?", "answer",
  [["guichet unique", "Guichet unique", "INPI"]], RQ2)
B("ja", "geneva", "company", "ジュネーブでSàrl設立、資本金の最低額は？", "answer", [CHF20], RQ2)
B("ja", "geneva", "company", "カルージュでSA（株式会社）を作るなら資本金は？払込はいくら必要？", "answer", [CHF100, CHF50], RQ2)
B("en", "geneva", "company", "can we pay in only part of the sàrl capital at founding? office in meyrin", "answer",
  [["fully", "entièrement", "in full", "全額", "vollständig", "entire", "intégralement", "full amount"]], RQ2)
B("fr", "tsu", "company", "combien faut-il de capital minimum pour une KK à Tsu ?", "answer", [Y1], RQ2)
B("fr", "tsu", "company", "quels sont les frais d'enregistrement d'une KK au Japon ? on s'installe à Hisai", "answer",
  [K150], RQ2)
B("en", "tsu", "company", "godo kaisha in tsu - what's the registration tax?", "answer", [K60], RQ2)
B("fr", "tsu", "residence", "quel visa pour diriger nous-mêmes notre filiale à Tsu ?", "answer", [BMV, M30], RQ2)
B("fr", "tsu", "company",
  "la certification des statuts chez le notaire japonais coûte combien si c'est notre maison mère française qui fonde la KK à Tsu ?",
  "answer", [K30], RQ2)
B("en", "tsu", "company", "tsu kk: are electronic articles cheaper? what's the stamp duty on paper ones?", "answer",
  [K40], RQ2)
B("fr", "tsu", "company", "après l'immatriculation à Tsu, on a combien de temps pour déclarer la société aux impôts ?",
  "answer", [M2], RQ2)
B("ja", "geneva", "company", "Genèveで会社作りたい、何から始めればいい？", "answer",
  [["registre du commerce", "Registre du commerce", "商業登記", "登記", "commercial register"],
   ["notaire", "公証", "notary", "notarié"]], RQ2)
B("fr", "tsu", "company", "Pour une KK à Tsu, faut-il passer chez un notaire ?", "answer",
  [["公証", "notaire", "notary"], ["定款", "statuts", "articles"]], RQ2)
B("ja", "paris", "support", "パリ地域で見本市やショールームの情報ほしい", "answer", None, RQ2)
B("en", "paris", "support", "any trade fairs or showrooms in paris region where we could show our sensors?", "answer",
  None, RQ2)

# --- residence / daily life
B("ja", "paris", "residence", "フランスの長期ビザVLS-TS、入国後いつまでに有効化？", "answer",
  [M3, ["ANEF", "OFII", "オンライン", "en ligne", "online", "validation", "有効化"]], RQ2)
B("en", "paris", "residence", "engineer from a tsu company, moving to versailles with a VLS-TS. what do i do after landing?",
  "answer", [["valid", "VLS-TS", "OFII", "ANEF"], M3], RQ2)
B("ja", "geneva", "healthcare", "ジュネーブの健康保険、いつまでに入らないといけない？", "answer",
  [M3, ["LAMal", "基礎保険", "assurance", "health insurance"]], RQ2)
B("ja", "geneva", "daily-life", "日本の免許でジュネーブで運転できるのはいつまで？", "answer", [YR1], RQ2)
B("ja", "paris", "daily-life", "パリで日本の免許、フランスのに切り替えできる？", "answer",
  [["échange", "切り替え", "切替", "交換", "exchange", "書き換え", "書換"]], RQ2)
B("fr", "tsu", "daily-life", "je peux conduire à Tsu avec mon permis français ?", "answer", [JAF + TRANSL, YR1], RQ2)
B("en", "tsu", "daily-life", "swiss licence - can i drive in tsu with it? need a translation?", "answer",
  [JAF + TRANSL, YR1], RQ2)
B("fr", "tsu", "daily-life", "on emménage à Tsu, délai pour déclarer notre adresse à la mairie ?", "answer",
  [D14, ["市役所", "mairie", "city hall", "city office", "hôtel de ville", "支所"]], RQ2)
B("en", "tsu", "support", "where do foreigners in tsu get multilingual help with daily stuff?", "answer",
  [["MieCo", "みえ外国人相談サポートセンター", "080-3300-8077", "三重県国際交流財団", "MIEF"]], RQ2)
B("en", "tsu", "healthcare", "not an emergency but need a doctor tonight in tsu - is there a number that tells me what's open?",
  "answer", [["059-229-1199", "229-1199", "医療ネットみえ", "Iryo Net Mie", "救急医療情報センター"]], RQ2)
B("ja", "paris", "healthcare", "パリで健康保険証（carte Vitale）ってどうやって作る？", "answer",
  [["Vitale", "ヴィタル", "CPAM", "Assurance Maladie", "ameli"]], RQ2)
B("en", "paris", "schooling", "childcare for a 1yo in issy-les-moulineaux? crèche?", "answer",
  [["crèche", "creche", "保育", "assistante maternelle"]], RQ2)
B("ja", "geneva", "schooling", "ジュネーブでインター校探してる、小学生2人", "answer",
  [["international", "インター", "internationale"]], RQ2)
B("ja", "paris", "housing", "パリで家を借りるとき保証人いる？", "answer",
  [["garant", "保証人", "Visale", "guarantor", "caution"]], RQ2)
B("ja", "geneva", "daily-life", "ジュネーブで住所登録はどこでする？", "answer",
  [["OCPM", "Office cantonal de la population", "commune"]], RQ2)
B("en", "geneva", "daily-life", "do i register at the commune or the canton when i arrive in geneva?", "answer",
  [["OCPM", "Office cantonal de la population"]], RQ2)
B("ja", "paris", "daily-life", "フランスで子ども手当みたいなのある？", "answer",
  [["CAF", "allocations familiales", "家族手当"]], RQ2)
B("ja", "geneva", "healthcare", "ジュネーブで子どもの保険はどうする？", "answer", [["LAMal", "assurance"]], RQ2)
B("en", "tsu", "schooling", "any international school near tsu for my kids (7, 10)?", "answer", None, RQ2)
B("fr", "tsu", "housing", "on cherche un logement à Tsu, il faut un garant au Japon ?", "answer",
  [["保証人", "garant", "保証会社", "guarantor", "société de garantie", "caution"]], RQ2)
B("fr", "tsu", "healthcare", "l'assurance maladie au Japon, c'est obligatoire ? on habite à Tsu", "answer",
  [["国民健康保険", "assurance maladie nationale", "National Health Insurance", "Kokumin", "assurance nationale",
    "健康保険"]], RQ2)
B("fr", "tsu", "healthcare", "ma femme est enceinte, on vit à Tsu. Il y a un carnet de santé mère-enfant ?", "answer",
  [["母子健康手帳", "母子手帳", "boshi", "Boshi", "carnet"]], RQ2)
B("en", "tsu", "healthcare", "childbirth lump sum if we're on national health insurance in tsu?", "answer", [J500], RQ2)
B("fr", "tsu", "schooling", "il y a une école française à Tsu ou pas loin ?", "answer", None, RQ2)
B("fr", "geneva", "healthcare", "Nous sommes à Meyrin, l'assurance maladie est obligatoire ? délai ?", "answer",
  [["LAMal"], M3], RQ2)
B("ja", "paris", "schooling", "Versaillesで子どもの保育園探し中", "answer", [["crèche", "保育", "creche"]], RQ2)
B("en", "geneva", "daily-life", "moved to Thônex, how long can i drive on my japanese licence?", "answer", [YR1], RQ2)
B("fr", "tsu", "daily-life", "On s'installe à 久居, où faire la déclaration de résidence ?", "answer",
  [["市役所", "mairie", "支所", "bureau", "Hisai", "久居"], D14], RQ2)
B("en", "tsu", "daily-life", "Just landed in 一身田, where's the city office to register?", "answer",
  [["津市", "Tsu City", "city office", "市役所", "City Hall", "city hall"]], RQ2)
B("ja", "paris", "residence", "Boulogneに駐在します。滞在許可どうする？", "answer",
  [["VLS-TS", "titre de séjour", "滞在許可", "ANEF", "préfecture", "OFII"]], RQ2)
B("ja", "geneva", "housing", "Carougeで家探し中、何に気をつければいい？", "answer", None, RQ2)

# --- emergencies P2
B("fr", "tsu", "emergency", "ma fille a 39 de fièvre cette nuit à Tsu, il y a un numéro pour les enfants ?", "emergency",
  [["#8000", "＃8000", "059-232-9955"]], NONE_TSU_EM)
B("ja", "tsu", "emergency", "久居で火事！！", "emergency", [sn("119")], NONE_TSU_EM)
B("fr", "tsu", "emergency", "accident de voiture à Tsu, quelqu'un s'enfuit – police ?", "emergency", [sn("110")],
  NONE_TSU_EM)
B("ja", "paris", "emergency", "パリで子どもが夜中に高熱、どこに電話？", "emergency", [sn("15") + sn("112") + ["SAMU"]],
  NONE_PARIS_EM)
B("ja", "geneva", "emergency", "ジュネーブで救急車を呼ぶ番号は？夫が倒れた", "emergency", [sn("144")], NONE_GENEVA_EM)
B("en", "geneva", "emergency", "someone's breaking into our apartment in Lancy right now – police number?", "emergency",
  [sn("117") + sn("112")], NONE_GENEVA_EM)
B("fr", "geneva", "emergency", "incendie dans l'immeuble à Vernier !", "emergency", [sn("118") + sn("112")],
  NONE_GENEVA_EM)
B("en", "paris", "emergency", "my colleague collapsed at la défense, what number", "emergency",
  [sn("15") + sn("112") + ["SAMU"]], NONE_PARIS_EM)
B("fr", "paris", "emergency", "je ne peux pas parler, urgence à Créteil, je peux envoyer un SMS ?", "emergency",
  [sn("114")], NONE_PARIS_EM)
B("ja", "geneva", "emergency", "ジュネーブで子どもの急病、夜でも相談できる番号ある？", "emergency",
  [["0844 022 022", "0844022022", "0844-022-022"] + sn("144")], NONE_GENEVA_EM)
B("zh", "paris", "emergency", "在巴黎遇到抢劫，报警电话是多少？", "emergency", [sn("17") + sn("112")], NONE_PARIS_EM)
B("ko", "geneva", "emergency", "제네바에서 구급차 번호가 뭐예요? 급해요", "emergency", [sn("144")], NONE_GENEVA_EM)
B("tr", "tsu", "emergency", "Tsu'da ambulans numarası nedir? acil!", "emergency", [sn("119")], NONE_TSU_EM)
B("es", "paris", "emergency", "mi hijo tiene fiebre muy alta en Boulogne, es de noche", "emergency",
  [sn("15") + sn("112") + ["SAMU"]], NONE_PARIS_EM)
B("pt", "geneva", "emergency", "emergência em Carouge, qual o número da ambulância?", "emergency", [sn("144")],
  NONE_GENEVA_EM)
B("it", "tsu", "emergency", "incendio in casa a Tsu, che numero chiamo?", "emergency", [sn("119")], NONE_TSU_EM)
B("vi", "paris", "emergency", "ở Paris gọi cấp cứu số mấy? gấp lắm", "emergency", [sn("15") + sn("112") + ["SAMU"]],
  NONE_PARIS_EM)
B("de", "geneva", "emergency", "Notfall in Genf – welche Nummer für den Krankenwagen?", "emergency", [sn("144")],
  NONE_GENEVA_EM)
B("en", None, "emergency", "emergency!!! which number??", None, [sn("119") + sn("15") + sn("112") + sn("144")])
B("ja", "tsu", "emergency", "津市で子どもが夜中に吐いてる、救急車呼ぶほどか迷う", "emergency",
  [["#8000", "＃8000", "059-232-9955", "059-229-1199"]], NONE_TSU_EM)

# --- handover / support organisations
B("ja", "paris", "handover", "パリ地域の支援機関を紹介してほしい、担当者と話したい", "handover", [H_PARIS], RQ2)
B("ja", "geneva", "support", "ジュネーブ側の協定の窓口はどこ？", "answer", [H_GENEVA], RQ2)
B("fr", "tsu", "handover", "Qui contacter à la ville de Tsu pour une implantation ? On voudrait parler à quelqu'un.",
  "handover", [H_TSU], RQ2)
B("en", "tsu", "handover", "can i speak to a human at tsu city about opening a small factory?", "handover", [H_TSU], RQ2)
B("fr", "tsu", "handover", "pouvez-vous nous présenter des universités ou labos à Tsu ?", "handover", [H_TSU], RQ2)
B("ja", "geneva", "handover", "ジュネーブの企業とビジネスマッチングしたい、紹介して", "handover", [H_GENEVA], RQ2)
B("en", "paris", "handover", "pls intro us to investors in paris region, we're a tsu medtech startup", "handover",
  [H_PARIS], RQ2)
B("ja", "geneva", "handover", "CERNの関係者とつながりたい。紹介できますか", "handover", [H_GENEVA], RQ2)
B("ja", "paris", "handover", "Saclayの研究機関と組みたい、紹介して", "handover", [H_PARIS], RQ2)
B("fr", "tsu", "handover", "On est une PME de Plan-les-Ouates, on cherche des partenaires industriels à Tsu",
  "handover", [H_TSU], RQ2)
B("ja", None, "support", "津市とパリ・ジュネーブの協定っていつ結ばれた？", "answer",
  [["2012", "平成24"], ["11月", "November", "novembre"]])
B("fr", "geneva", "support", "c'est quoi exactement l'accord entre Tsu et Genève ?", "answer",
  [["Office de Promotion", "(OPI", "OPI)", "OPI ", "（OPI", "2012"]], RQ2)
B("en", "geneva", "support", "which sectors does the tsu-geneva cooperation focus on?", "answer",
  [["mechatronic", "メカトロ", "mécatronique", "cleantech", "クリーンテック", "Mechatronik"]], RQ2)
B("ja", "paris", "support", "パリとの協定で重点になってる分野は？", "answer",
  [["メカトロ", "医療", "航空", "環境", "mechatronic", "aérospatial", "aerospace", "mécatronique"]], RQ2)
B("en", "paris", "support", "who was the paris-side partner of tsu and what is it called today?", "answer",
  [["Agence Régionale de Développement", "Agence régionale de développement", "(ARD", "ARD)", "（ARD", "ARD）",
    "l'ARD", "パリ地域経済開発局"], ["Choose Paris Region", "Paris Region"]], RQ2)

# --- smalltalk P2
for lang, txt in [("fr", "bonjour !"), ("ja", "こんにちは"), ("en", "hello 😊"), ("fr", "merci beaucoup 🙏"),
                  ("fr", "salut, ça va ?"), ("ja", "おつかれさまです"), ("en", "thanks!!"), ("fr", "coucou"),
                  ("zh", "你好呀"), ("ko", "안녕"), ("tr", "selam"), ("es", "buenas"), ("pt", "bom dia"),
                  ("it", "buongiorno"), ("vi", "chào bạn"), ("de", "hallo zusammen"),
                  ("ja", "ありがとう、また聞きます！"), ("fr", "bonsoir, vous êtes qui ?")]:
    B(lang, None, "smalltalk", txt, "smalltalk", None, RQ2)

# --- out of scope P2
for lang, txt in [("fr", "quel temps fera-t-il à Paris demain ?"), ("en", "who won PSG's last match?"),
                  ("ja", "津の美味しいうなぎ屋さん教えて"), ("fr", "écris-moi un poème sur le lac Léman"),
                  ("en", "solve 3x+5=20 for my son pls"), ("ja", "明日のジュネーブの天気は？"),
                  ("fr", "raconte une blague"), ("en", "convert this excel formula into python: =SUM(A1:A9)"),
                  ("ja", "F1の次のレースいつ？"), ("de", "wie wird das wetter in genf?"),
                  ("es", "quién ganó el Tour de France?"), ("fr", "recommande-moi un bon restaurant à Carouge")]:
    B(lang, None, "out-of-scope", txt, "out-of-scope", None, RQ2)

# --- clarify P2
REGIONS2 = [["Paris", "Genève", "Geneva", "Tsu", "パリ", "ジュネーブ", "津", "Île-de-France", "Genf"]]
for lang, topic, txt in [("fr", "company", "combien de capital pour créer une société ?"),
                         ("ja", "healthcare", "健康保険はどうすればいい？"),
                         ("en", "daily-life", "how do i get my driving licence converted?"),
                         ("fr", "healthcare", "quel numéro pour le médecin de garde le week-end ?"),
                         ("ja", "schooling", "子どもの学校探し手伝って"),
                         ("en", "residence", "what residence permit do i need?"),
                         ("fr", "daily-life", "où est-ce que je m'inscris à mon arrivée ?")]:
    B(lang, None, topic, txt, "clarify-region", REGIONS2)

# --- other languages with facts P2
B("zh", "paris", "company", "在巴黎注册SAS最低资本是多少？", "answer", [E1], RQ2)
B("ko", "geneva", "company", "제네바에서 Sàrl 설립 최소 자본금?", "answer", [CHF20], RQ2)
B("tr", "tsu", "company", "Tsu'da KK kurmak için asgari sermaye ne kadar?", "answer", [Y1], RQ2)
B("es", "geneva", "healthcare", "seguro médico obligatorio en Ginebra, ¿en qué plazo?", "answer", [M3], RQ2)
B("pt", "paris", "residence", "preciso validar o visto VLS-TS em quanto tempo depois de chegar em Paris?", "answer",
  [M3], RQ2)
B("it", "geneva", "company", "capitale minimo per una SA a Ginevra?", "answer", [CHF100], RQ2)
B("vi", "tsu", "daily-life", "đăng ký cư trú ở Tsu trong bao nhiêu ngày?", "answer", [D14], RQ2)
B("de", "tsu", "company", "Wie hoch ist die Registrierungssteuer für eine KK in Tsu?", "answer", [K150], RQ2)
B("de", "paris", "company", "Mindestkapital für eine SAS in Paris?", "answer", [E1], RQ2)

# --- multi-turn P2
B("fr", "geneva", "follow-up", ["quel capital pour une Sàrl à Genève ?", "super, merci !"], "smalltalk", None, RQ2)
B("ja", "paris", "follow-up", ["パリでSASを作りたい", "それって何日くらいかかる？"], "answer",
  [["guichet", "Guichet", "INPI", "登記", "immatriculation", "Kbis"]], RQ2 + ["営業時間", "勤務時間", "労働時間"])
B("en", "geneva", "follow-up", ["We're moving to Geneva next month", "what about health insurance for the kids?"],
  "answer", [["LAMal", "assurance"]], RQ2)
B("fr", "tsu", "follow-up", ["Nous ouvrons un bureau à Tsu", "et il faut combien de capital ?"], "answer", [Y1], RQ2)
B("ja", "geneva", "follow-up", ["ジュネーブに引っ越しました", "運転免許はどうなる？"], "answer", [YR1], RQ2)
B("zh", "tsu", "follow-up", ["我们公司在津市", "孩子半夜发烧怎么办"], "emergency",
  [["#8000", "＃8000", "059-232-9955"] + sn("119")], NONE_TSU_EM)
B("en", "paris", "follow-up", ["I live in Boulogne-Billancourt", "my husband has chest pain right now"], "emergency",
  [sn("15") + sn("112") + ["SAMU"]], NONE_PARIS_EM)
B("fr", "tsu", "follow-up", ["quelles aides à Tsu pour une PME française ?",
                             "vous pouvez me mettre en contact avec quelqu'un ?"], "handover", [H_TSU], RQ2)
B("ja", "paris", "follow-up", ["パリ地域で販路開拓したい", "担当者につないでもらえますか"], "handover", [H_PARIS], RQ2)
B("fr", "geneva", "follow-up", ["Sàrl à Genève, capital minimum ?", "et pour une SA ?"], "answer", [CHF100, CHF50], RQ2)
B("en", "tsu", "follow-up", ["I'm founding a KK in Tsu", "do I need a notary for that?"], "answer",
  [["公証", "notary", "notaire"], ["定款", "articles", "statuts"]], RQ2)
B("fr", "tsu", "follow-up", ["on arrive à Tsu la semaine prochaine", "il faut s'inscrire où et dans quel délai ?"],
  "answer", [D14, ["市役所", "mairie", "city", "支所", "hôtel de ville"]], RQ2)
B("ja", "geneva", "follow-up", ["ジュネーブで会社登記したい", "支援してくれる機関は？"], "answer", [H_GENEVA], RQ2)
B("fr", "paris", "follow-up", ["bonjour", "je veux créer une SAS à Nanterre, c'est quoi le capital minimum ?"], "answer",
  [E1], RQ2)


# ================================================================ write + validate
def validate(cases):
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for c in cases:
        for t in c["turns"][:-1]:
            assert "expect" not in t, c["id"]
        assert "expect" in c["turns"][-1], c["id"]
        assert c["region"] in ("tokyo", "nrw", "tsu", "paris", "geneva", None), c["id"]


def stats(cases):
    k = Counter(c["turns"][-1]["expect"].get("kind", "(several)") for c in cases)
    return {
        "cases": len(cases),
        "multi_turn": sum(1 for c in cases if len(c["turns"]) > 1),
        "kind": dict(sorted(k.items())),
        "region": dict(sorted(Counter(str(c["region"]) for c in cases).items())),
        "lang": dict(sorted(Counter(c["lang"] for c in cases).items())),
        "topic": dict(sorted(Counter(c["topic"] for c in cases).items())),
        "with_all_groups": sum(1 for c in cases if c["turns"][-1]["expect"].get("all")),
    }


def main():
    out = {}
    for name, b, fn in [("blind19-tokyo-nrw", p1, "blind19-tokyo-nrw.json"), ("blind19-tsu", p2, "blind19-tsu.json")]:
        validate(b.cases)
        doc = {"set": name, "writtenBy": WRITTEN_BY, "cases": b.cases}
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        out[name] = stats(b.cases)
    with open(os.path.join(OUT, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
