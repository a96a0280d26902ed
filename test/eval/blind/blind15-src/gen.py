#!/usr/bin/env python3
"""Generator for the blind15 evaluation set (kakehashi). Written from SPEC.md, the two seeds and
`search` (pages) fact checks only. Run: python3 gen.py  -> writes the two JSON files next to it."""
import json, os, collections

OUT = os.path.dirname(os.path.abspath(__file__))
WRITTEN_BY = "blind15 helper session (independent author, no access to knowledge/ or test/), 2026-12-01"

# ---------------- keyword groups (facts checked with search, see README) ----------------
CLARIFY_TN = ["Tokyo oder NRW", "Tokio oder NRW", "Tokyo or NRW", "東京とNRWのどちら", "東京かNRW", "東京またはNRW",
              "which region", "welche Region", "どちらの地域ですか", "どちらの地域について"]
CLARIFY_TS = ["Paris ou Genève", "Paris or Geneva", "パリかジュネーブ", "パリとジュネーブのどちら", "which region",
              "quelle région", "どの地域ですか", "どちらの地域ですか", "Tsu, Paris ou", "Tsu, Paris or"]
TOKYO = ["Tokyo", "Tokio", "東京", "Tōkyō"]
NRW = ["NRW", "Nordrhein", "North Rhine", "ノルトライン", "Düsseldorf", "デュッセルドルフ"]
TSU = ["Tsu", "津"]
PARIS = ["Paris", "パリ", "Île-de-France", "Ile-de-France", "イル＝ド＝フランス", "イル・ド・フランス"]
GENEVA = ["Genève", "Geneva", "Genf", "ジュネーブ", "ジュネーヴ"]

N25K = ["25.000", "25,000", "25000", "25 000", "25’000", "2万5000", "2万5千", "2.5万", "25k", "25 k"]
N12500 = ["12.500", "12,500", "12500", "12 500", "1万2500", "1万2千5百", "1.25万"]
YEN1 = ["1円", "1 yen", "one yen", "1 Yen", "¥1", "1 JPY", "1日元", "1엔", "1 yenes", "1 ien", "1 yen'"]
N150K = ["150,000", "150.000", "150000", "150 000", "15万"]
N60K = ["60,000", "60.000", "60000", "60 000", "6万"]
N15K = ["15,000", "15.000", "15000", "15 000", "1万5000", "1万5千", "1.5万"]
N40K = ["40,000", "40.000", "40000", "40 000", "4万"]
N30M = ["3,000万", "3000万", "3千万", "30 million", "30,000,000", "30.000.000", "30 Mio", "30 Millionen", "3천만", "30 milyon", "30 millones", "30 millions"]
PCT07 = ["0.7%", "0,7%", "0.7 %", "0,7 %", "1000分の7", "千分の7", "7/1000", "0.7％"]
D14 = ["14日", "14 days", "14 Tage", "14 Tagen", "zwei Wochen", "2 Wochen", "two weeks", "2 weeks", "2週間", "14天",
       "14일", "14 jours", "deux semaines", "14 gün", "14 días", "quatorze jours", "十四日"]
D3M = ["3 mois", "trois mois", "3 months", "three months", "3か月", "3ヶ月", "3カ月", "3ヵ月", "三か月", "drei Monate", "3 Monate", "90 jours"]
M6 = ["6 Monate", "sechs Monate", "6 Monaten", "sechs Monaten", "6 months", "six months", "6か月", "6ヶ月", "6カ月", "6ヵ月", "半年"]
Y1 = ["1年", "one year", "1 year", "12 months", "1 Jahr", "ein Jahr", "einem Jahr", "12 Monate", "un an", "1 an", "12 mois", "一年", "1 an "]
CHF20K = ["20 000", "20'000", "20’000", "20.000", "20,000", "20000", "2万"]
CHF100K = ["100 000", "100'000", "100’000", "100.000", "100,000", "100000", "10万"]
EUR1 = ["1 €", "1€", "1 euro", "un euro", "1ユーロ", "1 EUR", "€1", "symbolique", "symbolic", "1 Euro", "1ユーロ"]
EUR63 = ["63 €", "63€", "63 Euro", "€63", "63ユーロ", "63 EUR", "63 euros", "63,00", "63,-"]
KAUTION3 = ["drei Monats", "3 Monats", "drei Nettokalt", "3 Nettokalt", "dreifache", "Dreifache", "three months", "3 months",
            "3か月", "3ヶ月", "3カ月", "three times", "3 times", "3倍", "drei Kaltmieten", "3 Kaltmieten", "drei Monatsmieten", "3 Monatsmieten", "3 monthly"]
COPAY30 = ["3割", "30%", "30 %", "30 Prozent", "30 percent", "30％", "30 Prozent"]
AGE1 = ["1 Jahr", "ersten Lebensjahr", "1. Lebensjahr", "age 1", "age of one", "one year", "1歳", "1 year", "first birthday",
        "einjährig", "ab 1", "aged one", "1才", "vollendeten ersten"]
APRIL = ["4月", "April", "avril"]
FREE = ["無償", "無料", "free", "kostenlos", "gebührenfrei", "gratuit", "no tuition", "keine Schulgebühren", "授業料"]

E119 = ["119"]
E110 = ["110"]
E7119 = ["#7119", "＃7119", "7119"]
E8000 = ["#8000", "＃8000", "♯8000", "8000"]
E112 = ["112"]
E116 = ["116117", "116 117", "116-117"]
E_PARIS15 = ["SAMU", "15"]
E144 = ["144"]
E117 = ["117"]
MIE_INFO = ["229-1199", "2291199", "229 1199", "医療ネットみえ", "救急医療情報"]

TMG = ["商工部", "産業労働局", "Bureau of Industrial and Labor Affairs", "Industrial and Labor Affairs", "Commerce and Industry",
       "Büro für Industrie und Arbeit", "Amt für Industrie und Arbeit", "Industrie und Arbeit", "Tokyo Metropolitan Government", "TMG"]
NRWG = ["NRW.Global Business", "NRW.Global", "NRW Japan", "NRW.INVEST", "NRWジャパン", "NRW Global"]
NRWJ = ["NRW Japan", "NRW.Global Business Japan", "NRWジャパン", "NRW Japan K.K."]
AHK = ["AHK", "Deutsche Industrie- und Handelskammer in Japan", "German Chamber of Commerce and Industry in Japan", "在日ドイツ商工会議所", "ドイツ商工会議所"]
JETRO = ["JETRO", "ジェトロ", "日本貿易振興機構"]
JIHK = ["JIHK", "Japanische Industrie- und Handelskammer", "Japanese Chamber of Commerce", "日本商工会議所", "日本人商工会議所", "デュッセルドルフ日本商工会議所"]
IHK = ["IHK", "Industrie- und Handelskammer", "商工会議所", "Chamber of Commerce", "Chamber of Industry"]
NOTAR = ["Notar", "notary", "公証", "notaire", "Notary"]
HREG = ["Handelsregister", "commercial register", "商業登記", "登記", "registre du commerce", "Register"]
LEGAL_OFFICE = ["法務局", "Legal Affairs Bureau", "Rechtsamt", "Legal Affairs"]
TAXT = ["税務署", "tax office", "Finanzamt", "Steueramt", "Steuerbehörde"]
FINANZAMT = ["Finanzamt", "tax office", "税務署", "Steuernummer", "tax number"]
GEWERBE = ["Gewerbeanmeldung", "Gewerbeamt", "trade registration", "Gewerbe", "営業届", "事業登録", "Gewerbeschein"]
ONESTOP = ["ワンストップ", "One-Stop", "One Stop", "Onestop", "one-stop"]
WARD = ["区役所", "ward office", "city office", "Bezirksamt", "Rathaus", "市役所", "Bürgeramt", "municipal office", "Stadtverwaltung", "区・市役所", "市区町村", "Ward Office"]
BUERGERAMT = ["Bürgeramt", "Bürgerbüro", "Einwohnermeldeamt", "Meldebehörde", "registration office", "citizens' office", "Bürgerservice", "住民登録", "市役所", "区役所"]
WOHNUNGSGEBER = ["Wohnungsgeber", "landlord confirmation", "landlord's confirmation", "家主", "大家", "Vermieterbescheinigung", "Wohnungsgeberbestätigung"]
RESCARD = ["在留カード", "residence card", "Aufenthaltskarte", "carte de séjour", "Residence Card", "Zairyu"]
NHI = ["国民健康保険", "National Health Insurance", "NHI", "Krankenversicherung", "健康保険", "health insurance"]
GKV = ["Krankenversicherung", "Krankenkasse", "health insurance", "健康保険", "AOK", "TK", "gesetzliche"]
MUTTERPASS = ["Mutterpass", "maternity record", "母子手帳", "マザーパス"]
HEBAMME = ["Hebamme", "midwife", "助産師", "Hebammen"]
BOSHI = ["母子健康手帳", "母子手帳", "Maternal and Child Health Handbook", "Mutter-Kind", "mother and child", "Boshi", "maternal and child"]
KITA = ["Kita", "Kindertages", "daycare", "day care", "保育", "Kindergarten", "幼稚園"]
HOIKU = ["保育園", "保育所", "daycare", "day care", "nursery", "Kita", "Kinderkrippe", "認可保育"]
JISD = ["Japanische Internationale Schule", "Japanese International School", "日本人学校", "JISD"]
KAUTION = ["Kaution", "deposit", "敷金", "保証金", "Mietkaution"]
SHIKI = ["敷金", "礼金", "shikikin", "reikin", "key money", "deposit", "Kaution", "Schlüsselgeld"]
LICENSE_CENTERS = ["府中", "鮫洲", "江東", "Fuchu", "Samezu", "Koto", "Kōtō", "運転免許試験場", "driving license center", "Führerscheinzentrum"]
CONVERT = ["Umschreibung", "umschreiben", "convert", "conversion", "exchange", "切替", "切り替え", "書き換え", "書換", "Umtausch", "échange", "外免"]
JAF = ["JAF", "Japan Automobile Federation", "日本自動車連盟"]
BMV = ["経営・管理", "経営管理", "Business Manager", "Business Management", "business manager", "Geschäftsführer-Visum", "Unternehmervisum", "Business-Manager", "Investor/Business"]
CHOOSE = ["Choose Paris Region", "Paris Region", "ARD", "Agence Régionale de Développement", "Paris Region Entreprises"]
OPI = ["OPI", "Office de Promotion des Industries", "Promotion des Industries"]
TSUCITY = ["津市", "Tsu City", "Tsu-shi", "ville de Tsu", "Tsu city", "Stadt Tsu", "Ville de Tsu", "city of Tsu", "City of Tsu"]
CITYHALL_TSU = ["市役所", "city hall", "City Hall", "mairie", "津市役所", "総合支所", "city office", "hôtel de ville", "市民課", "Tsu City Office"]
OCPM = ["OCPM", "Office cantonal de la population", "Cantonal Office for Population", "population et des migrations", "Population and Migration", "州人口移民局"]
LAMAL = ["LAMal", "assurance-maladie", "assurance maladie", "health insurance", "健康保険", "医療保険", "KVG"]
TALENT = ["talent", "Talent", "タレント"]
Y4 = ["4 ans", "quatre ans", "4 years", "four years", "4年", "4 Jahre"]
GUICHET = ["guichet unique", "INPI", "one-stop", "ワンストップ", "formalites.entreprises", "Guichet unique"]
PREFECTURE_FR = ["préfecture", "prefecture", "県庁", "ANEF", "titre de séjour", "在留許可", "滞在許可"]
SARL_CH = ["Sàrl", "SARL", "GmbH", "有限会社", "Sarl"]
REGCOM_CH = ["registre du commerce", "Registre du commerce", "commercial register", "商業登記", "Handelsregister", "RC"]
CCI = ["CCI", "Chambre de commerce", "chamber of commerce", "商工会議所", "Chamber of Commerce"]
CERN = ["CERN", "欧州原子核研究機構", "Organisation européenne pour la recherche nucléaire", "European Organization for Nuclear Research"]
MECHA = ["メカトロニクス", "mechatronics", "mécatronique", "Mechatronik"]
ENGLISH_NOTE = ["English", "英語", "anglais", "Englisch", "영어", "英文", "İngilizce", "inglés", "inglês", "tiếng Anh"]

cases = {"tn": [], "ts": []}


def C(part, lang, region, topic, turns, kind="answer", langs=None, all=None, none=None, note=None):
    """Append one case. turns: str or list of str; the last turn gets `expect`."""
    if isinstance(turns, str):
        turns = [turns]
    exp = {}
    if kind:
        exp["kind"] = kind
    if langs is None:
        langs = [lang] if lang in ("ja", "de", "en", "fr") else ["en", lang]
    exp["language"] = langs
    if all:
        exp["all"] = all
    nn = list(none or [])
    clar = CLARIFY_TN if part == "tn" else CLARIFY_TS
    if kind != "clarify-region" and (region is not None or kind in ("smalltalk", "out-of-scope", "emergency", "handover")):
        nn = clar + [x for x in nn if x not in clar]
    if nn:
        exp["none"] = nn
    tt = [{"text": t} for t in turns[:-1]] + [{"text": turns[-1], "expect": exp}]
    case = {"lang": lang, "region": region, "topic": topic, "turns": tt}
    if note:
        case["note"] = note
    cases[part].append(case)


T, S = "tn", "ts"
# =====================================================================================
# PARTNERSHIP 1: Tokyo <-> NRW
# =====================================================================================
# ---- company, Tokyo ----
C(T, "en", "tokyo", "company", "whats the min capital for a kabushiki kaisha in tokyo?? our board thinks its 10 mio yen lol", all=[YEN1])
C(T, "de", "tokyo", "company", "wie viel stammkapital brauch ich für ne KK in Tokio", all=[YEN1])
C(T, "ja", "tokyo", "company", "東京で株式会社つくるとき登録免許税っていくら？資本金300万の予定", all=[N150K])
C(T, "en", "tokyo", "company", "registration tax for a godo kaisha in minato-ku, ballpark?", all=[N60K])
C(T, "de", "tokyo", "company", "Wir gründen als deutsche Mutter-GmbH eine KK in Shinagawa. Was kostet die Satzungsbeglaubigung beim Notar?", all=[["30,000", "30.000", "30000", "3万", "30 000", "40,000", "40.000", "50,000", "50.000", "4万", "5万"], NOTAR], none=["nur 15.000", "only 15,000"])
C(T, "en", "tokyo", "company", "i'm a solo founder, kk with 500k yen capital, no board. notary fee for the articles??", all=[N15K, NOTAR])
C(T, "ja", "tokyo", "company", "合同会社って定款の認証いるんですか？渋谷で設立予定です", all=[["不要", "必要ありません", "いりません", "不要です", "not required", "必要ない"]])
C(T, "en", "tokyo", "company", "paper articles vs electronic articles for a KK in tokyo - is there a stamp duty difference?", all=[N40K, ["stamp", "印紙", "revenue stamp"]])
C(T, "de", "tokyo", "company", "was brauche ich alles um in tokyo eine firma zu gründen? bitte überblick, nicht nur notar", all=[NOTAR, LEGAL_OFFICE + HREG, TAXT])
C(T, "en", "tokyo", "company", "Is there a one-stop place in Tokyo where a foreign founder can do incorporation, tax and pension filings together?", all=[ONESTOP])
C(T, "ja", "tokyo", "company", "ドイツ本社の子会社として東京に会社を作る場合、登記はどこに申請しますか", all=[LEGAL_OFFICE + ["登記所"]])
C(T, "en", "tokyo", "company", "how long till a KK in chuo-ku is registered after we file? and who do we file with", all=[LEGAL_OFFICE + ["登記"]])
C(T, "de", "tokyo", "company", "KK oder GK – was ist für einen kleinen Vertrieb in Tokyo günstiger bei der Gründung?", all=[N150K, N60K])
C(T, "en", "tokyo", "company", "do all directors of a tokyo KK have to live in japan?", all=[["no", "not required", "not necessary", "2015", "non-resident", "nicht"]])
C(T, "ja", "tokyo", "company", "東京で法人設立したあと税務署に出す書類ってなに？", all=[["法人設立届出書", "設立届", "届出"], TAXT])
C(T, "en", "tokyo", "company", "registration tax for a KK if capital is 50 million yen? is it still the minimum", all=[PCT07, ["350,000", "350.000", "350000", "35万"]])
# ---- residence / visa (Tokyo) ----
C(T, "en", "tokyo", "residence", "which visa do i need to run our new company in tokyo myself", all=[BMV])
C(T, "de", "tokyo", "residence", "Wie viel Kapital braucht man seit der Reform 2025 für das Business-Manager-Visum in Tokyo?", all=[N30M])
C(T, "ja", "tokyo", "residence", "経営管理ビザ、今は常勤職員を雇わないとダメなんですか？（東京で起業予定のドイツ人です）", all=[["常勤職員", "常勤の職員", "full-time employee", "1人以上", "一人以上"]])
C(T, "en", "tokyo", "residence", "can i use my apartment in setagaya as the office for the business manager visa?", all=[BMV + ["office", "事業所", "Büro"]], note="Oct 2025 revision: home doubling as office in principle no longer accepted (ISSUE8). Keywords only check visa/office named.")
C(T, "de", "tokyo", "residence", "meine frau kommt mit nach tokio – welches visum bekommt sie als ehepartnerin?", all=[["家族滞在", "Dependent", "dependent", "Familiennachzug", "Family"]])
C(T, "en", "tokyo", "residence", "after moving into our flat in meguro how many days do we have to register the address?", all=[D14])
C(T, "ja", "tokyo", "residence", "在留カードの住所変更ってどこでやるの？入管？", all=[WARD + ["市区町村"]], none=["入管で住所変更"])
# ---- residence / NRW ----
C(T, "ja", "nrw", "residence", "Düsseldorfに赴任します。住民登録（Anmeldung）はいつまでに？", all=[D14])
C(T, "de", "nrw", "residence", "Wie melde ich meinen Wohnsitz in Essen an, was muss ich mitbringen?", all=[WOHNUNGSGEBER, BUERGERAMT])
C(T, "en", "nrw", "residence", "we moved to bochum last week, what's the deadline for anmeldung?", all=[D14])
C(T, "ja", "nrw", "residence", "ケルンで働く日本人社員の滞在許可はどこで申請しますか？", all=[["Ausländerbehörde", "外国人局", "外国人庁", "Ausländeramt", "immigration office"]])
C(T, "en", "nrw", "residence", "japanese staff moving to neuss - can they enter visa-free and apply for the residence permit there?", all=[["Ausländerbehörde", "immigration office", "foreigners' office", "外国人局", "residence permit", "Aufenthaltstitel", "Aufenthaltserlaubnis"]])
# ---- company NRW ----
C(T, "en", "nrw", "company", "how much share capital for a GmbH in cologne?", all=[N25K])
C(T, "ja", "nrw", "company", "NRWでGmbHを作るとき、設立時に最低いくら払い込む必要がありますか", all=[N12500])
C(T, "de", "nrw", "company", "muss ich beim notar in düsseldorf deutsch sprechen können? ich bin japanischer gründer", all=[["Dolmetscher", "interpreter", "通訳", "Übersetzer", "translator"]])
C(T, "ja", "nrw", "company", "デュッセルドルフで会社設立したい。何が必要？ざっくり全体の流れ", all=[NOTAR, HREG, FINANZAMT + GEWERBE])
C(T, "en", "nrw", "company", "can we found the gmbh in essen online without flying to germany for the notary?", all=[["online", "video", "オンライン", "ビデオ"], NOTAR])
C(T, "en", "nrw", "company", "is online gmbh formation in nrw possible with contributions in kind too or only cash?", all=[["contributions in kind", "Sacheinlage", "in kind", "現物出資", "2023"]])
C(T, "de", "nrw", "company", "UG statt GmbH in Dortmund – wie viel Kapital mindestens?", all=[["1 €", "1€", "1 Euro", "ein Euro", "einem Euro", "1ユーロ"]], note="UG 1 € minimum, § 5a GmbHG (checked).")
C(T, "ja", "nrw", "company", "ボンで子会社作ったら商工会議所（IHK）への加入は必要？", all=[IHK, ["法律", "Gesetz", "IHKG", "義務", "gesetzlich", "law", "自動"]])
C(T, "en", "nrw", "company", "after the handelsregister entry in duisburg, what do we still have to register? tax, trade office...", all=[FINANZAMT, GEWERBE])
C(T, "de", "nrw", "company", "Zweigniederlassung oder Tochter-GmbH für unser japanisches Mutterhaus in Köln – was ist der Unterschied beim Eintrag?", all=[HREG, ["Zweigniederlassung", "branch", "支店"]])
C(T, "ja", "nrw", "company", "GmbHの定款は日本語でもいいですか？ミュンスターで設立", all=[["ドイツ語", "German", "Deutsch"]])
C(T, "en", "nrw", "company", "gmbh founding in aachen - who do i pay the capital to and when", all=[N12500 + N25K, ["bank", "Bank", "銀行", "account", "Konto"]])
# ---- daily life Tokyo ----
C(T, "de", "tokyo", "daily-life", "Kann ich meinen deutschen Führerschein in Tokyo umschreiben lassen und wo?", all=[LICENSE_CENTERS])
C(T, "en", "tokyo", "daily-life", "how long can i drive in tokyo on my german licence + translation?", all=[Y1, JAF + ["translation", "Übersetzung", "翻訳"]])
C(T, "ja", "tokyo", "daily-life", "ドイツ人社員の免許切替、東京だと学科と技能試験は免除される？", all=[["免除", "exempt", "befreit", "不要"]])
C(T, "en", "tokyo", "daily-life", "nerima ward: do we need the my number card for anything as a family of foreigners", all=[["マイナンバー", "My Number", "my number", "個人番号"]])
C(T, "de", "tokyo", "daily-life", "müll trennen in setagaya – wo finde ich die regeln auf englisch oder deutsch?", all=[WARD + ["Bezirk", "ward", "区"]])
# ---- daily life NRW ----
C(T, "en", "nrw", "daily-life", "is the deutschlandticket still 58 euro? commuting from ratingen to düsseldorf", all=[EUR63], none=["58 €", "58 Euro", "58€"])
C(T, "ja", "nrw", "daily-life", "ドイツで日本の運転免許、どのくらいの期間そのまま使えますか？エッセン在住", all=[M6])
C(T, "de", "nrw", "daily-life", "japanischer Führerschein in Düsseldorf umschreiben – geht das ohne Prüfung?", all=[["ohne Prüfung", "keine Prüfung", "ohne theoretische", "no test", "no exam", "試験なし", "試験免除", "prüfungsfrei", "without"]])
C(T, "en", "nrw", "daily-life", "rundfunkbeitrag letter arrived at our flat in krefeld – do expats have to pay that?", all=[["Rundfunkbeitrag", "broadcasting", "放送負担金", "ARD ZDF", "Beitragsservice", "GEZ"]])
C(T, "ja", "nrw", "daily-life", "デュッセルドルフで銀行口座を開くのに住民登録の証明って必要？", all=[["Meldebescheinigung", "Anmeldebestätigung", "Meldebestätigung", "住民登録", "registration"]])
# ---- healthcare Tokyo ----
C(T, "en", "tokyo", "healthcare", "how much do we pay at the doctor in tokyo with national health insurance", all=[COPAY30])
C(T, "de", "tokyo", "healthcare", "wo melden wir uns in Tokyo zur Krankenversicherung an, wenn die Firma keine Betriebskasse hat?", all=[NHI, WARD])
C(T, "ja", "tokyo", "healthcare", "品川区に住んでるドイツ人の妻が妊娠しました。最初にどこで何をもらえばいい？", all=[BOSHI, ["妊娠届", "妊娠の届出", "妊娠届出"]])
C(T, "en", "tokyo", "healthcare", "pregnant in minato-ku, is there a maternal handbook thing foreigners can get too?", all=[BOSHI])
C(T, "de", "tokyo", "healthcare", "Kind hat nachts 39 Fieber, wir wohnen in Shibuya. Wen ruf ich an, wenn's kein Notfall ist?", kind=None, all=[E8000 + E7119], none=E116)
C(T, "en", "tokyo", "healthcare", "not sure if i should call an ambulance in tokyo, adult with bad stomach pain, is there a hotline", kind=None, all=[E7119], none=E116)
# ---- healthcare NRW ----
C(T, "ja", "nrw", "healthcare", "ケルンで妊娠がわかりました。助産師さんってどうやって探すの？", all=[HEBAMME])
C(T, "de", "nrw", "healthcare", "Was ist der Mutterpass und wer stellt den in Bonn aus?", all=[MUTTERPASS, ["Frauenarzt", "Frauenärztin", "Gynäkolog", "Hebamme", "婦人科"]])
C(T, "en", "nrw", "healthcare", "kid has a fever saturday night in dortmund, not life threatening, which number?", kind=None, all=[E116], none=E7119 + ["#8000"])
C(T, "ja", "nrw", "healthcare", "NRWに出向する社員、ドイツの公的健康保険に入らないといけない？", all=[GKV])
C(T, "en", "nrw", "healthcare", "are there japanese-speaking doctors in düsseldorf?", all=[["Japanese", "japanisch", "日本語"]])
# ---- housing ----
C(T, "en", "tokyo", "housing", "what are shikikin and reikin when renting in tokyo?", all=[SHIKI])
C(T, "de", "tokyo", "housing", "Wohnung in Tokyo mieten: brauchen wir einen Bürgen oder eine Garantiefirma?", all=[["保証会社", "Garantiefirma", "guarantor", "Bürge", "保証人", "guarantee company", "Garantiegesellschaft"]])
C(T, "ja", "tokyo", "housing", "外国人社員向けに都内で家探し、英語対応の不動産屋はありますか", all=[["不動産", "real estate", "Makler"]])
C(T, "ja", "nrw", "housing", "デュッセルドルフの賃貸、Kaution（敷金）は最大何か月分？", all=[KAUTION3])
C(T, "en", "nrw", "housing", "landlord in mülheim wants 5 months rent as deposit, is that legal?", all=[KAUTION3])
C(T, "de", "nrw", "housing", "Wir suchen eine möblierte Wohnung für 6 Monate in Köln für unseren Entsandten – Tipps?", all=[["möbliert", "furnished", "家具付き", "Zeitwohnen", "Wohnen auf Zeit", "temporary"]])
C(T, "en", "nrw", "housing", "do we need schufa to rent in essen as new arrivals from japan?", all=[["SCHUFA", "Schufa", "credit"]])
# ---- schooling ----
C(T, "ja", "nrw", "schooling", "エッセン近郊で子どもを日本人学校に通わせたい。どこにありますか", all=[JISD + ["デュッセルドルフ", "Düsseldorf"]])
C(T, "en", "nrw", "schooling", "international schools near bonn for a 9 year old, english curriculum", all=[["International School", "international school", "インターナショナルスクール", "Internationale Schule"]])
C(T, "de", "nrw", "schooling", "Ab welchem Alter gibt es in Köln einen Rechtsanspruch auf einen Kitaplatz?", all=[AGE1])
C(T, "ja", "nrw", "schooling", "ボンに引っ越し。2歳の娘のKita探しはどこに相談すればいい？", all=[KITA, ["Jugendamt", "青少年局", "Kita-Navigator", "Kitanavigator", "Stadt", "市"]])
C(T, "en", "nrw", "schooling", "is school compulsory for our kids once we live in gelsenkirchen?", all=[["Schulpflicht", "compulsory", "mandatory", "就学義務", "義務"]])
C(T, "de", "tokyo", "schooling", "Können unsere Kinder in Tokyo eine öffentliche japanische Grundschule besuchen und was kostet das?", all=[FREE, ["教育委員会", "Board of Education", "Schulbehörde", "Bildungsausschuss", "Bezirk", "ward", "区役所"]])
C(T, "en", "tokyo", "schooling", "when does the japanese school year start? we're moving to meguro in january", all=[APRIL])
C(T, "ja", "tokyo", "schooling", "世田谷区で1歳の子の保育園の申し込みはどこ？", all=[HOIKU, WARD + ["区"]])
C(T, "en", "tokyo", "schooling", "german school in tokyo? we live near yokohama border, kids 7 and 11", all=[["Deutsche Schule", "German School", "ドイツ学園", "DSTY", "ドイツ人学校"]])
# ---- support / events / introductions ----
C(T, "de", "tokyo", "support", "Welche Messen in Tokyo sind gut für Maschinenbau-Zulieferer und wer hilft beim Gemeinschaftsstand?", all=[AHK + ["Gemeinschaftsstand", "German Pavilion", "Deutscher Pavillon"]])
C(T, "en", "tokyo", "support", "who supports german SMEs entering the tokyo market besides the city government?", all=[AHK + JETRO])
C(T, "ja", "nrw", "support", "NRWに進出したい日本の中小企業を支援してくれる機関はどこですか", all=[NRWJ + NRWG])
C(T, "en", "nrw", "support", "japanese startup here, want to meet investors and universities in nrw. who can connect us?", all=[NRWG])
C(T, "de", "tokyo", "support", "Gibt es in Tokyo Showrooms oder Ausstellungsflächen, wo wir unsere Produkte zeigen können?", all=[TMG + AHK + JETRO])
C(T, "ja", "nrw", "support", "デュッセルドルフの見本市で出展したい。日本企業向けのサポートは？", all=[["Messe Düsseldorf", "メッセ・デュッセルドルフ", "メッセデュッセルドルフ", "見本市"], NRWG + JIHK + JETRO])
C(T, "en", "nrw", "support", "is there a japanese chamber of commerce in düsseldorf?", all=[JIHK])
C(T, "de", "tokyo", "support", "Welche Tokioter Behörde ist mein Ansprechpartner als KMU aus NRW unter dem Memorandum?", all=[TMG], none=["NRW.Global Business ist Ihr Ansprechpartner in Tokyo"])
C(T, "en", "tokyo", "support", "tokyo startup programs for foreign founders? like accelerators or a startup visa", all=[["startup", "Startup", "スタートアップ", "創業"]])
C(T, "ja", "tokyo", "support", "東京都とNRWの覚書っていつ結ばれたの？今も有効？", all=[["2021"], ["自動", "延長", "automatisch", "automatically", "extended"]])
C(T, "en", "nrw", "support", "who signed the nrw-tokyo memorandum on the nrw side? the ministry name confuses me", all=[["MWIDE", "Wirtschaft, Innovation, Digitalisierung und Energie", "Economic Affairs, Innovation, Digitalisation and Energy", "経済・イノベーション・デジタル化・エネルギー省"], ["MWIKE", "Klimaschutz", "Climate"]])
C(T, "de", "nrw", "support", "gibt es in nrw cluster oder netzwerke für medizintechnik, die japanische partner suchen?", all=[NRWG + ["Cluster", "cluster", "クラスター"]])
# ---- emergencies ----
C(T, "en", "tokyo", "emergency", "car accident in front of our office in marunouchi, someone's bleeding!!", kind="emergency", all=[E119, E110], none=E112 + E116)
C(T, "ja", "nrw", "emergency", "Kölnで子どもが階段から落ちて意識がない！！", kind="emergency", all=[E112], none=["#7119", "#8000"])
C(T, "de", "nrw", "emergency", "es brennt im Nachbarhaus in Wuppertal, welche Nummer??", kind="emergency", all=[E112], none=["#7119"])
C(T, "en", "nrw", "emergency", "someone broke into our flat in bielefeld, police number?", kind="emergency", all=[E110], none=["#7119", "#8000"])
C(T, "ja", "tokyo", "emergency", "大田区で地震のあと火が出てる", kind="emergency", all=[E119], none=E116)
C(T, "de", "tokyo", "emergency", "mein kollege ist in roppongi zusammengebrochen atmet kaum", kind="emergency", all=[E119], none=E116 + ["die 112"])
C(T, "en", "tokyo", "emergency", "wallet and residence card stolen in shinjuku, who do i call", kind="emergency", all=[E110], none=E116)
C(T, "ja", None, "emergency", "救急車って何番？", kind=None, all=[E119 + E112], note="Region-less: a fair answer gives both or asks; Japanese asker. Kind omitted.")
C(T, "en", "nrw", "emergency", "husband chest pain in meerbusch right now", kind="emergency", all=[E112], none=["#7119", "#8000"])
# ---- smalltalk ----
for lang, txt in [("de", "Hallo 👋"), ("ja", "こんにちは〜"), ("en", "hey there"), ("en", "thx a lot!"), ("de", "danke dir, hat geholfen"),
                  ("ja", "ありがとうございました！"), ("en", "good morning :)"), ("de", "Moin"), ("ja", "はじめまして、よろしくお願いします"), ("en", "who are you?")]:
    C(T, lang, None, "smalltalk", txt, kind="smalltalk")
# ---- out of scope ----
for lang, txt in [("en", "will it rain in düsseldorf tomorrow?"), ("de", "Wer hat gestern gespielt, Köln gegen Gladbach?"),
                  ("ja", "東京のおすすめラーメン屋教えて"), ("en", "write me a python script that sorts a list"),
                  ("de", "erzähl mir einen witz"), ("ja", "明日の東京の天気は？"), ("en", "can you do my math homework: 3x+5=20"),
                  ("de", "was ist die hauptstadt von australien"), ("en", "best sushi in tokyo under 5000 yen?"), ("ja", "ドルトムントの試合結果は？")]:
    C(T, lang, None, "out-of-scope", txt, kind="out-of-scope", none=["Quelle:", "Source:", "出典"])
# ---- handover ----
C(T, "en", "tokyo", "handover", "can i talk to a real person? we're founding a subsidiary in tokio next spring", kind="handover", all=[TMG])
C(T, "de", "nrw", "handover", "Bitte stellen Sie mich einem Ansprechpartner in NRW vor, wir suchen Vertriebspartner in Düsseldorf.", kind="handover", all=[NRWG])
C(T, "ja", "nrw", "handover", "NRWの担当の方と直接話したいです。東京から連絡できますか？", kind="handover", all=[NRWJ + NRWG])
C(T, "ja", "tokyo", "handover", "東京都の担当窓口の人につないでもらえますか。ケルンのメーカーです", kind="handover", all=[TMG])
C(T, "en", "nrw", "handover", "pls connect me w/ someone who can introduce us to universities in aachen", kind="handover", all=[NRWG])
C(T, "de", "tokyo", "handover", "Ich hätte gern einen Kontakt bei der Stadtregierung Tokio für unsere Ansiedlung", kind="handover", all=[TMG])
C(T, "en", "tokyo", "handover", "i need an introduction to potential distributors in tokyo, who do i email?", kind="handover", all=[TMG + AHK + JETRO])
C(T, "ja", "nrw", "handover", "エッセンの投資家を紹介してほしい", kind="handover", all=[NRWG])
C(T, "de", "nrw", "handover", "wer ist für japanische firmen in nrw zuständig, kann ich da anrufen?", kind="handover", all=[NRWG])
C(T, "en", None, "handover", "i want to speak to a human please", kind=None, note="No region named: handing over or asking which office are both fair.")
# ---- clarify region (region-less, answer differs) ----
C(T, "en", None, "company", "what's the minimum capital to set up a company?", kind="clarify-region", all=[TOKYO, NRW])
C(T, "de", None, "daily-life", "Wie lange darf ich mit meinem Führerschein fahren, bevor ich ihn umschreiben muss?", kind="clarify-region", all=[TOKYO + ["Japan"], NRW + ["Deutschland"]])
C(T, "ja", None, "residence", "住所の届け出はどこでするの？", kind="clarify-region", all=[TOKYO, NRW + ["ドイツ"]])
C(T, "en", None, "healthcare", "who do i call at night if my kid is sick but it's not an emergency?", kind=None, all=[TOKYO + E7119 + E8000, NRW + E116], note="Either ask the region or give both; both regions must appear.")
C(T, "de", None, "schooling", "Wie finde ich einen Kitaplatz?", kind="clarify-region", all=[TOKYO, NRW])
C(T, "ja", None, "company", "会社設立の費用ってどれくらい？", kind="clarify-region", all=[TOKYO, NRW + ["ドイツ"]])
C(T, "en", None, "support", "what can you help me with?", kind=None, all=[["company", "founding", "incorporation", "設立"], ["school", "health", "housing", "daily", "visa"]])
C(T, "de", None, "housing", "wie hoch ist die kaution normalerweise?", kind="clarify-region", all=[TOKYO, NRW + ["Deutschland"]])
# ---- other languages (answered in English with a note) ----
C(T, "zh", "tokyo", "company", "在东京设立株式会社最低资本金是多少？", langs=["en", "zh"], all=[YEN1])
C(T, "ko", "nrw", "company", "쾰른에서 GmbH 설립하려면 자본금이 얼마 필요해요?", langs=["en", "ko"], all=[N25K])
C(T, "tr", "nrw", "residence", "Essen'e taşındık, Anmeldung için ne kadar sürem var?", langs=["en", "tr"], all=[D14])
C(T, "es", "tokyo", "emergency", "¡mi amigo se desmayó en shibuya! qué número llamo", kind="emergency", langs=["en", "es"], all=[E119], none=E116)
C(T, "fr", "nrw", "company", "combien coûte la création d'une GmbH à Düsseldorf, capital minimum ?", langs=["en", "fr"], all=[N25K])
C(T, "zh", "nrw", "emergency", "杜塞尔多夫 急救电话是多少？", kind="emergency", langs=["en", "zh"], all=[E112], none=["#7119"])
C(T, "ko", "tokyo", "residence", "도쿄에서 회사를 차리려면 어떤 비자가 필요한가요?", langs=["en", "ko"], all=[BMV])
C(T, "pt", "tokyo", "healthcare", "quanto pago no médico em tóquio com seguro nacional de saúde?", langs=["en", "pt"], all=[COPAY30])
C(T, "tr", "tokyo", "company", "Tokyo'da GK kurmak için tescil harcı ne kadar?", langs=["en", "tr"], all=[N60K])
C(T, "vi", "nrw", "daily-life", "vé Deutschlandticket giá bao nhiêu? tôi sống ở Köln", langs=["en", "vi"], all=[EUR63])
C(T, "es", None, "smalltalk", "hola!", kind="smalltalk", langs=["en", "es"])
C(T, "it", "nrw", "schooling", "a Bonn c'è diritto a un posto Kita da che età?", langs=["en", "it"], all=[AGE1])
# ---- glued place names ----
C(T, "ja", "nrw", "company", "Kölnで有限会社(GmbH)を設立する場合の資本金は？", all=[N25K])
C(T, "ja", "nrw", "residence", "Düsseldorfに引っ越したら住民登録はどこで？", all=[BUERGERAMT])
C(T, "ja", "nrw", "daily-life", "Dortmundで使える定期券って何がある？", all=[EUR63 + ["Deutschlandticket", "ドイツチケット", "Deutschland-Ticket"]])
C(T, "ja", "tokyo", "company", "Setagayaで合同会社を作りたい、登録免許税は？", all=[N60K])
C(T, "ja", "nrw", "healthcare", "Essenで夜中に子どもが熱を出したら？", kind=None, all=[E116], none=["#7119", "#8000"])
# ---- follow-ups (multi-turn) ----
C(T, "en", "tokyo", "follow-up", ["i want to found a company in tokyo", "and how long does that take?"], all=[["week", "Woche", "週", "day", "日", "Tage"]], none=["working hours", "Arbeitszeit", "労働時間"])
C(T, "en", "nrw", "follow-up", ["how do i register my address in düsseldorf?", "do i need an appointment for that?"], all=[["appointment", "Termin", "予約", "booking", "online"]], none=["Arzt", "doctor", "医師"])
C(T, "de", "nrw", "follow-up", ["Wie viel Stammkapital braucht eine GmbH in Köln?", "und muss das alles sofort eingezahlt werden?"], all=[N12500])
C(T, "ja", "tokyo", "follow-up", ["東京で株式会社を作りたい", "資本金はいくらから？"], all=[YEN1])
C(T, "ja", "tokyo", "follow-up", ["東京で株式会社を作りたい", "資本金はいくらから？", "じゃあビザの条件は？"], all=[N30M])
C(T, "en", "nrw", "follow-up", ["we just moved to essen", "what do we have to do first?"], all=[["Anmeldung", "register", "registration", "住民登録", "Meldebehörde", "Bürgeramt"]])
C(T, "de", "tokyo", "follow-up", ["Mein deutscher Führerschein – kann ich damit in Tokyo fahren?", "und nach einem Jahr?"], all=[CONVERT + LICENSE_CENTERS])
C(T, "en", "tokyo", "follow-up", ["my wife is pregnant, we live in setagaya", "where do we get that handbook?"], all=[BOSHI + WARD])
C(T, "ja", "nrw", "follow-up", ["ケルンに家族で引っ越します", "子ども（4歳）の幼稚園は？"], all=[KITA + ["日本人幼稚園", "日系"]])
C(T, "en", "nrw", "follow-up", ["what trade fairs are there in düsseldorf?", "who can help a japanese company exhibit there?"], all=[NRWG + JIHK + JETRO])
C(T, "de", "tokyo", "follow-up", ["Wir wollen eine GK in Tokyo gründen.", "Was kostet das an Gebühren?"], all=[N60K])
C(T, "en", "tokyo", "follow-up", ["kk in tokyo, 5 founders, one is our german gmbh", "ok and the notary fee in that case?"], all=[["30,000", "30.000", "30000", "3万", "40,000", "40.000", "50,000", "50.000", "4万", "5万"]], none=["15,000 yen applies", "15,000円が適用"])
C(T, "ja", "nrw", "follow-up", ["デュッセルドルフで住民登録しました", "次は税番号？どうやってもらうの？"], all=[["Steuer-ID", "Steueridentifikationsnummer", "税番号", "tax ID", "Steuernummer", "Bundeszentralamt", "郵送", "Finanzamt"]])
C(T, "en", "nrw", "follow-up", ["my kid has 39° fever, we live in bonn", "it's 2am, doctor offices closed. now what"], kind=None, all=[E116 + E112], none=["#7119", "#8000"])
C(T, "de", "nrw", "follow-up", ["Hallo", "Ich möchte in Dortmund eine Firma gründen, wo fange ich an?"], all=[NOTAR + HREG + NRWG])
C(T, "en", "tokyo", "follow-up", ["hi", "we're a german SME moving 3 staff to shibuya. what about health insurance?"], all=[NHI + ["social insurance", "社会保険", "employee health insurance", "健康保険"]])
C(T, "ja", "tokyo", "follow-up", ["ミュンヘンからじゃなくてケルンから東京に進出する会社です", "東京で最初に相談すべき都の窓口は？"], kind="handover", all=[TMG])
C(T, "de", "nrw", "follow-up", ["Was kostet das Deutschlandticket?", "gibt's das auch als Jobticket über den Arbeitgeber?"], all=[["Jobticket", "Job-Ticket", "job ticket", "ジョブチケット", "Arbeitgeber", "employer"]])
C(T, "en", "tokyo", "follow-up", ["where do i convert my german license in tokyo?", "do they speak english there?"], all=[LICENSE_CENTERS + ["interpreter", "Dolmetscher", "通訳", "Japanese", "japanisch", "日本語"]])
C(T, "ja", "nrw", "follow-up", ["エッセンでGmbHを設立予定", "公証人のところで通訳は必要？"], all=[["通訳", "Dolmetscher", "interpreter", "翻訳"]])
C(T, "en", "nrw", "follow-up", ["what's the emergency number in germany", "and for the police?"], kind="emergency", all=[E110], none=["#7119"])
# extra mixed cases to reach breadth
C(T, "en", "nrw", "daily-life", "how do i get a german phone number/sim as a newcomer in cologne, need ID?", all=[["passport", "Reisepass", "ID", "パスポート", "Ausweis", "identification"]])
C(T, "de", "tokyo", "daily-life", "Bankkonto in Tokyo eröffnen – brauche ich dafür schon eine Residence Card?", all=[RESCARD])
C(T, "ja", "nrw", "support", "NRW州にある大学と共同研究したい。紹介してもらえる？", kind=None, all=[NRWG])
C(T, "en", "tokyo", "support", "any business matching events between nrw and tokyo companies this year?", all=[TMG + NRWG + AHK + JETRO])
C(T, "de", "nrw", "company", "Welche Rechtsform empfehlen Sie einem japanischen Mittelständler für den Start in Düsseldorf?", all=[["GmbH"], ["Zweigniederlassung", "branch", "Repräsentanz", "UG", "支店", "駐在員事務所"]])
C(T, "en", "tokyo", "healthcare", "child 2yo fever 40 at 11pm in suginami, pediatric advice line?", kind=None, all=[E8000], none=E116)

# =====================================================================================
# PARTNERSHIP 2: Tsu <-> Paris Region / Geneva
# =====================================================================================
# ---- company, Tsu (foreign SME entering Tsu) ----
C(S, "fr", "tsu", "company", "capital minimum pour créer une KK à Tsu ?", all=[YEN1])
C(S, "en", "tsu", "company", "our geneva startup wants a godo kaisha in tsu, registration tax?", all=[N60K])
C(S, "fr", "tsu", "company", "Quels frais de notaire pour les statuts d'une KK à Tsu si la maison-mère française est fondatrice ?", all=[["30,000", "30.000", "30000", "30 000", "3万", "40,000", "40 000", "50,000", "50 000", "4万", "5万"], NOTAR])
C(S, "ja", "tsu", "company", "フランス企業が津市に株式会社を作る場合、登記はどこに？", all=[LEGAL_OFFICE + ["津地方法務局", "登記所"]])
C(S, "en", "tsu", "company", "which visa does a french founder need to manage a company in tsu, and how much capital now?", all=[BMV, N30M])
C(S, "fr", "tsu", "company", "société à Hisai (Tsu) : faut-il un bureau séparé du logement pour le visa business manager ?", all=[BMV + ["bureau", "office", "事業所"]])
# ---- company, Paris / Geneva (Tsu SMEs going abroad) ----
C(S, "ja", "paris", "company", "パリでSASを作る場合、資本金は最低いくら？", all=[EUR1])
C(S, "en", "paris", "company", "where do we file incorporation for a SAS in boulogne-billancourt? is it all online now", all=[GUICHET])
C(S, "ja", "geneva", "company", "ジュネーブでSàrl（有限会社）を作るときの最低資本金は？", all=[CHF20K])
C(S, "en", "geneva", "company", "SA in carouge: minimum share capital and how much paid in at formation?", all=[CHF100K, ["50 000", "50'000", "50’000", "50.000", "50,000", "50000", "5万"]])
C(S, "fr", "geneva", "company", "faut-il passer chez le notaire pour créer une Sàrl à Genève ?", all=[NOTAR])
C(S, "ja", "geneva", "company", "ジュネーブの会社設立、商業登記はどこでしますか", all=[REGCOM_CH])
C(S, "ja", "paris", "company", "パリ地域で日本企業が子会社をつくる場合、誰に相談できる？", kind=None, all=[CHOOSE + JETRO + CCI])
C(S, "en", "geneva", "company", "can the sàrl capital in geneva be partly paid like in germany?", all=[["entirely", "fully", "full", "entièrement", "全額", "100%", "intégralement"]])
C(S, "ja", "paris", "company", "フランスで起業するときの在留資格は？パリ近郊のサン＝ドニで", all=[TALENT], none=CLARIFY_TS)
# ---- residence ----
C(S, "fr", "tsu", "residence", "nous emménageons à Tsu, combien de jours pour déclarer l'adresse ?", all=[D14])
C(S, "en", "tsu", "residence", "where in tsu do i register my address? we live near hisai station", all=[CITYHALL_TSU])
C(S, "ja", "geneva", "residence", "ジュネーブに着いたら何日以内に到着届を出す？どこに？", all=[D14, OCPM])
C(S, "en", "geneva", "residence", "moving to meyrin for work – how many days to announce arrival to OCPM?", all=[D14])
C(S, "ja", "paris", "residence", "パリで会社を作る日本人の滞在許可、パスポート・タレントって何年有効？", all=[Y4])
C(S, "fr", "paris", "residence", "mon salarié japonais arrive à Versailles : quel titre de séjour pour un créateur d'entreprise ?", all=[TALENT])
C(S, "ja", "tsu", "residence", "在留カードの住所変更は津市役所でできる？", all=[["できます", "可能", "はい", "市役所", "CITY"]])
# ---- daily life ----
C(S, "ja", "paris", "daily-life", "パリで日本の運転免許はそのまま使える？いつまで？", all=[Y1])
C(S, "fr", "tsu", "daily-life", "permis de conduire français au Japon à Tsu : traduction JAF, valable combien de temps ?", all=[Y1, JAF + ["traduction", "translation", "翻訳"]])
C(S, "en", "paris", "daily-life", "can i exchange my japanese driving licence for a french one in nanterre?", all=[CONVERT + ["ANTS"]])
C(S, "ja", "geneva", "daily-life", "ジュネーブで健康保険（LAMal）は何か月以内に入らないといけない？", all=[D3M])
C(S, "fr", "tsu", "daily-life", "tri des déchets à Tsu, où trouver le calendrier en français ou anglais ?", all=[TSUCITY + CITYHALL_TSU])
C(S, "en", "geneva", "daily-life", "is health insurance mandatory in geneva even while my permit is pending?", all=[["mandatory", "compulsory", "obligatoire", "required", "義務"], D3M])
C(S, "fr", "tsu", "daily-life", "Ouvrir un compte bancaire à Tsu, il faut la carte de résident ?", all=[RESCARD])
C(S, "ja", "paris", "daily-life", "パリで携帯の契約、フランスの銀行口座（RIB）は必要？", all=[["RIB", "銀行口座", "bank account", "compte bancaire"]])
# ---- healthcare ----
C(S, "fr", "tsu", "healthcare", "combien on paie chez le médecin au Japon avec l'assurance nationale (Tsu) ?", all=[COPAY30])
C(S, "en", "tsu", "healthcare", "kid fever at night in tsu, is there a pediatric phone line?", kind=None, all=[E8000], none=["15 (SAMU)", "144"])
C(S, "ja", "tsu", "healthcare", "津市で夜に受診できる病院を調べたい。電話で案内してくれるところは？", all=[MIE_INFO])
C(S, "fr", "tsu", "healthcare", "enceinte, on habite à Tsu : quel carnet faut-il demander à la mairie ?", all=[BOSHI + ["carnet"]])
C(S, "ja", "geneva", "healthcare", "ジュネーブで日本の保険のまま、LAMal免除ってできる？", all=[["dispense", "exemption", "免除", "Service de l'assurance-maladie", "SAM"]])
C(S, "ja", "paris", "healthcare", "パリで夜間に医者を探すには？救急ではない", kind=None, all=[["15", "SAMU", "médecin de garde", "当番医", "SOS Médecins"]])
C(S, "en", "geneva", "healthcare", "does basic health insurance in geneva depend on the insurer? prices differ a lot", all=[["identical", "same", "同じ", "identiques", "LAMal"]])
# ---- housing ----
C(S, "fr", "tsu", "housing", "louer un appartement à Tsu : c'est quoi le reikin et le shikikin ?", all=[SHIKI])
C(S, "ja", "geneva", "housing", "ジュネーブで家を借りるとき保証金（garantie de loyer）ってどういう仕組み？", kind=None, all=[["garantie de loyer", "保証金", "rent deposit", "caution", "dépôt de garantie", "Mietkaution"]], note="Concept only; no figure checked for Geneva deposits.")
C(S, "en", "paris", "housing", "renting in créteil as a japanese expat, what's a garant and do we need one?", all=[["garant", "guarantor", "Visale", "保証人"]])
C(S, "ja", "tsu", "housing", "フランス人社員が津で住む家、外国人OKの物件探しはどこに相談？", kind=None, all=[["不動産", "real estate", "agence"]])
# ---- schooling ----
C(S, "fr", "tsu", "schooling", "nos enfants peuvent-ils aller à l'école publique japonaise à Tsu ? c'est gratuit ?", all=[FREE, ["教育委員会", "conseil de l'éducation", "board of education", "mairie", "市役所"]])
C(S, "en", "tsu", "schooling", "japanese school year starts when? arriving in tsu in october", all=[APRIL])
C(S, "ja", "geneva", "schooling", "ジュネーブに日本人補習校やインターナショナルスクールはありますか？", all=[["International School", "インターナショナルスクール", "École Internationale", "Ecolint", "補習"]])
C(S, "ja", "paris", "schooling", "パリの日本人学校について知りたい", all=[["日本人学校", "Japanese school", "École japonaise", "Ecole japonaise"]])
C(S, "fr", "tsu", "schooling", "crèche (hoikuen) pour bébé de 1 an à Tsu, où s'inscrire ?", all=[HOIKU, TSUCITY + CITYHALL_TSU])
# ---- support ----
C(S, "ja", "paris", "support", "パリ地域との協定の相手方はどこ？今はどういう組織？", all=[CHOOSE])
C(S, "en", "geneva", "support", "who did tsu sign the agreement with in geneva?", all=[OPI])
C(S, "fr", "tsu", "support", "quand les accords Tsu – Paris Region et Tsu – Genève ont-ils été signés ?", all=[["2012", "平成24"], ["20 novembre", "21 novembre", "November 20", "November 21", "11月20", "11月21", "20 nov", "21 nov"]])
C(S, "ja", "geneva", "support", "ジュネーブとの協定で重点になっている分野は？", kind=None, all=[MECHA + ["クリーンテック", "cleantech", "Cleantech"]])
C(S, "en", "tsu", "support", "what industries is tsu focusing on in the paris region agreement?", all=[MECHA + ["medical", "医療", "aerospace", "航空宇宙", "environment", "環境"]])
C(S, "fr", "tsu", "support", "y a-t-il des salons professionnels au Japon où des PME françaises peuvent exposer près de Tsu ?", kind=None, all=[JETRO + TSUCITY + ["salon", "見本市", "trade fair", "展示会"]])
C(S, "ja", "geneva", "support", "ジュネーブでCERNの研究者とつながる機会ってある？", kind=None, all=[CERN + OPI])
C(S, "en", "paris", "support", "is there a japanese business network or chamber in paris?", all=[JETRO + ["Chambre de commerce et d'industrie japonaise", "日本人商工会議所", "Japanese Chamber", "在仏日本商工会議所", "CCIJF"]])
C(S, "ja", "tsu", "support", "津市の海外展開支援で、企業のクラスター支援ってなに？", all=[["クラスター", "cluster"], ["津市ルネサンス5", "ルネサンス", "連携体", "複数"]])
C(S, "fr", "tsu", "support", "quelles entreprises de Tsu cherchent des partenaires en mécatronique ?", kind=None, all=[TSUCITY])
# ---- emergency ----
C(S, "ja", "paris", "emergency", "パリで友達が倒れた！何番に電話？", kind="emergency", all=[E112 + E_PARIS15], none=["144", "119番に"])
C(S, "fr", "tsu", "emergency", "incendie chez le voisin à Tsu !!", kind="emergency", all=[E119], none=["18 (pompiers)", "118"])
C(S, "en", "geneva", "emergency", "ambulance number in geneva NOW", kind="emergency", all=[E144 + E112], none=["119"])
C(S, "ja", "geneva", "emergency", "ジュネーブで盗難にあった、警察は何番？", kind="emergency", all=[E117 + E112], none=["110番"])
C(S, "fr", "paris", "emergency", "agression dans le métro à La Défense, quel numéro ?", kind="emergency", all=[["17", "112"]], none=["110番", "144"])
C(S, "en", "tsu", "emergency", "my colleague collapsed at our factory in tsu, not breathing well", kind="emergency", all=[E119], none=["144", "SAMU"])
C(S, "ja", "tsu", "emergency", "久居で交通事故、けが人あり", kind="emergency", all=[E119 + E110], none=["144", "SAMU"])
C(S, "fr", "geneva", "emergency", "le feu à Lancy, numéro des pompiers ?", kind="emergency", all=[["118", "112"]], none=["119"])
C(S, "en", None, "emergency", "what's the emergency number?", kind=None, all=[E119 + E112], note="Region-less: asking back or listing per region both fair.")
# ---- smalltalk ----
for lang, txt in [("fr", "Bonjour !"), ("fr", "merci beaucoup 🙏"), ("ja", "こんばんは"), ("en", "hello"), ("ja", "助かりました、ありがとう"),
                  ("fr", "salut, ça va ?"), ("en", "ok thanks bye")]:
    C(S, lang, None, "smalltalk", txt, kind="smalltalk")
# ---- out of scope ----
for lang, txt in [("fr", "quel temps fera-t-il à Genève demain ?"), ("ja", "パリのおすすめレストランは？"), ("en", "who won the PSG match yesterday?"),
                  ("fr", "écris-moi un poème sur la mer"), ("ja", "伊勢神宮の参拝時間は？"), ("en", "fix my javascript: undefined is not a function"),
                  ("fr", "c'est quoi la capitale du Japon ?")]:
    C(S, lang, None, "out-of-scope", txt, kind="out-of-scope", none=["Source :", "Source:", "出典"])
# ---- handover ----
C(S, "fr", "tsu", "handover", "je voudrais parler à quelqu'un à la ville de Tsu pour implanter notre PME", kind="handover", all=[TSUCITY])
C(S, "ja", "paris", "handover", "パリ地域の担当者を紹介してほしい", kind="handover", all=[CHOOSE])
C(S, "ja", "geneva", "handover", "ジュネーブの窓口の人と話したいです", kind="handover", all=[OPI])
C(S, "en", "tsu", "handover", "can you put me in touch with a person in tsu? we're a french med-tech sme", kind="handover", all=[TSUCITY])
C(S, "fr", "geneva", "handover", "mise en relation avec un contact à Genève pour un partenariat avec une entreprise de Tsu ?", kind="handover", all=[OPI])
C(S, "ja", "tsu", "handover", "津市役所の海外展開の担当につないでください", kind="handover", all=[TSUCITY])
C(S, "en", "paris", "handover", "need a human contact in the paris region to find a distributor", kind="handover", all=[CHOOSE])
C(S, "fr", None, "handover", "je veux parler à un humain", kind=None)
# ---- clarify region ----
C(S, "ja", None, "company", "会社の最低資本金っていくら？", kind="clarify-region", all=[PARIS + TSU + GENEVA])
C(S, "fr", None, "emergency", "numéro pour un médecin la nuit ?", kind=None, all=[TSU + ["Japon", "Japan"], PARIS + GENEVA + ["France", "Suisse"]], note="Asking back or answering per region both fair; both sides must be named.")
C(S, "en", None, "residence", "how many days do i have to register my address?", kind="clarify-region", all=[TSU + ["Japan"], PARIS + GENEVA])
C(S, "ja", None, "daily-life", "運転免許の切り替えはどうすればいい？", kind="clarify-region", all=[PARIS + GENEVA + ["フランス", "スイス"]])
C(S, "fr", None, "company", "combien coûte la création d'une société ?", kind="clarify-region", all=[TSU + ["Japon"], PARIS + GENEVA + ["Suisse"]])
C(S, "en", None, "support", "what can this bot do?", kind=None, all=[["company", "founding", "incorporation", "business"], ["health", "school", "housing", "daily", "visa"]])
# ---- other languages ----
C(S, "zh", "geneva", "company", "在日内瓦成立有限责任公司(Sàrl)最低资本是多少？", langs=["en", "zh"], all=[CHF20K])
C(S, "ko", "paris", "company", "파리에서 SAS 설립 최소 자본금은 얼마인가요?", langs=["en", "ko"], all=[EUR1])
C(S, "es", "tsu", "emergency", "¡incendio en nuestra fábrica en Tsu!", kind="emergency", langs=["en", "es"], all=[E119], none=["118", "SAMU"])
C(S, "de", "geneva", "daily-life", "Wie lange habe ich in Genf Zeit, mich bei der Krankenkasse anzumelden?", langs=["en", "de"], all=[D3M])
C(S, "pt", "tsu", "residence", "mudamos para Tsu, quantos dias para registrar o endereço?", langs=["en", "pt"], all=[D14])
C(S, "it", "geneva", "residence", "trasferito a Ginevra, entro quanti giorni devo annunciarmi all'OCPM?", langs=["en", "it"], all=[D14])
C(S, "zh", "paris", "emergency", "巴黎 急救电话多少？", kind="emergency", langs=["en", "zh"], all=[E112 + E_PARIS15], none=["144", "119"])
C(S, "vi", "tsu", "healthcare", "con tôi sốt ban đêm ở Tsu, gọi số nào để hỏi?", kind=None, langs=["en", "vi"], all=[E8000 + E119])
# ---- glued place names ----
C(S, "ja", "geneva", "company", "CarougeでSAを作る場合の資本金は？", all=[CHF100K])
C(S, "ja", "paris", "residence", "Boulogneに住む予定、滞在許可はどこで？", all=[PREFECTURE_FR + TALENT])
C(S, "ja", "geneva", "emergency", "Meyrinで救急車を呼びたい", kind="emergency", all=[E144 + E112], none=["119番"])
C(S, "fr", "tsu", "residence", "à 久居 on doit s'enregistrer où ?", all=[CITYHALL_TSU])
# ---- follow-ups ----
C(S, "ja", "paris", "follow-up", ["パリでSASを設立したい", "手続きはどこでやるの？"], all=[GUICHET])
C(S, "ja", "paris", "follow-up", ["パリでSASを設立したい", "手続きはどこでやるの？", "それってどのくらい時間かかる？"], kind=None, all=[["日", "週", "jours", "days", "semaines"]], none=["労働時間", "勤務時間"])
C(S, "fr", "tsu", "follow-up", ["on veut créer une KK à Tsu", "et le capital minimum ?"], all=[YEN1])
C(S, "fr", "tsu", "follow-up", ["on veut créer une KK à Tsu", "et le capital minimum ?", "et pour le visa du gérant ?"], all=[N30M])
C(S, "en", "geneva", "follow-up", ["we're relocating two engineers to geneva", "what about health insurance?"], all=[LAMAL, D3M])
C(S, "ja", "geneva", "follow-up", ["ジュネーブに引っ越しました", "まず何をすればいい？"], all=[OCPM + ["到着届", "arrival"]])
C(S, "fr", "tsu", "follow-up", ["on vient d'arriver à Tsu avec deux enfants", "et pour l'école ?"], all=[["教育委員会", "conseil de l'éducation", "board of education", "école", "学校"]])
C(S, "en", "tsu", "follow-up", ["where do i register my address in tsu?", "do i need to bring anything?"], all=[RESCARD + ["passport", "passeport", "パスポート"]])
C(S, "ja", "geneva", "follow-up", ["ジュネーブでSàrlを作りたい", "公証人って必要？"], all=[["必要", "公証", "notaire", "notary"]])
C(S, "fr", "paris", "follow-up", ["je suis japonais, je crée ma boîte à Saint-Denis", "quel titre de séjour ?", "valable combien de temps ?"], all=[Y4])
C(S, "en", "tsu", "follow-up", ["hi", "i'm from a swiss sme in geneva, we want a sales office in tsu. where to start?"], all=[TSUCITY + LEGAL_OFFICE + ["JETRO"]])
C(S, "ja", "paris", "follow-up", ["パリで日本の運転免許使える？", "1年過ぎたら？"], all=[CONVERT])
C(S, "fr", "tsu", "follow-up", ["mon fils a 39 de fièvre, on habite à Tsu", "il est 23h, c'est pas grave mais je m'inquiète"], kind=None, all=[E8000], none=["15 (SAMU)", "144"])
C(S, "en", "geneva", "follow-up", ["who is the geneva partner of tsu?", "can you connect me with them?"], kind="handover", all=[OPI])

# ---------------- write ----------------
def finish(part, prefix, fname):
    out = []
    for i, c in enumerate(cases[part], 1):
        c2 = {"id": f"{prefix}{i:03d}"}
        c2.update(c)
        out.append(c2)
    doc = {"set": "blind15", "writtenBy": WRITTEN_BY, "cases": out}
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
    return out

tn = finish("tn", "B15TN", "blind15-tokyo-nrw.json")
ts = finish("ts", "B15TS", "blind15-tsu.json")

def stats(lst):
    k = collections.Counter((c["turns"][-1]["expect"].get("kind") or "(any)") for c in lst)
    r = collections.Counter(str(c["region"]) for c in lst)
    l = collections.Counter(c["lang"] for c in lst)
    t = collections.Counter(c["topic"] for c in lst)
    mt = sum(1 for c in lst if len(c["turns"]) > 1)
    return k, r, l, t, mt

if __name__ == "__main__":
    for name, lst in (("tokyo-nrw", tn), ("tsu", ts)):
        k, r, l, t, mt = stats(lst)
        print(name, len(lst), "multi-turn", mt)
        for lab, cnt in (("kind", k), ("region", r), ("lang", l), ("topic", t)):
            print("  ", lab, dict(sorted(cnt.items(), key=lambda x: -x[1])))
