#!/usr/bin/env python3
"""Generator + validator for the blind21 evaluation sets of kakehashi.

Writes blind21-tokyo-nrw.json and blind21-tsu.json next to this script,
validates them, and prints counts (also used for README-blind21.md).

Written blind: only /work/blindspec21, /work/shared/seeds and the `search`
tool (corpus pages) were used. Every keyword group holds a fact confirmed
with `search` (URL in README-blind21.md), a seed fact, or an office/concept name.
"""
import json, os, sys, datetime
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = datetime.date.today().isoformat()
WRITTEN_BY = f"blind21 helper session (blind; spec /work/blindspec21), {TODAY}"

KINDS = {"answer", "smalltalk", "out-of-scope", "clarify-region", "handover", "emergency"}
REGIONS = {"tokyo", "nrw", "tsu", "paris", "geneva", None}
TOPICS = {"company", "daily-life", "healthcare", "housing", "residence", "schooling", "support",
          "emergency", "smalltalk", "out-of-scope", "handover", "follow-up"}

# ---------------------------------------------------------------- shared keyword groups
# region question phrases: must not occur where a region was named / on small talk
RQ1 = ["Tokyo or NRW", "NRW or Tokyo", "Tokyo oder NRW", "Tokio oder NRW", "NRW oder Tokyo", "NRW oder Tokio",
       "東京とNRWのどちら", "東京かNRW", "東京またはNRW", "NRWと東京のどちら", "NRWか東京",
       "which region are", "which region do", "which region is", "which region you", "which of the two regions",
       "welche Region", "In welcher Region", "in welcher Region",
       "どちらの地域ですか", "どちらの地域でしょうか", "どの地域ですか", "どの地域でしょうか", "どちらの地域について", "どの地域について"]
RQ2 = ["Tsu, Paris or Geneva", "Tsu, Paris ou Genève", "Tsu, Paris oder Genf", "Paris Region or Geneva", "Paris or Geneva",
       "Paris ou Genève", "which region are", "which region do", "which region is", "which region you", "which of the regions",
       "quelle région", "laquelle des régions",
       "津・パリ・ジュネーブのどちら", "津、パリ、ジュネーブのどれ", "津、パリ、ジュネーブのどちら", "パリ、ジュネーブのどちら",
       "どちらの地域ですか", "どちらの地域でしょうか", "どの地域ですか", "どの地域でしょうか", "どちらの地域について", "どの地域について"]

N1YEN = ["1円", "1 yen", "1 Yen", "one yen", "1 JPY", "１円", "un yen", "1 yens"]
N1EUR = ["1 €", "1€", "1 euro", "1 Euro", "one euro", "un euro", "1ユーロ", "１ユーロ", "1 EUR"]
N25000 = ["25.000", "25,000", "25000", "25 000", "2万5000", "2万5千", "2.5万", "25'000"]
N12500 = ["12.500", "12,500", "12500", "12 500", "1万2500", "1万2千5百", "1.25万"]
N150K = ["150,000", "150.000", "150000", "15万", "150 000", "１５万"]
N60K = ["60,000", "60.000", "60000", "6万", "60 000", "６万"]
N07 = ["0.7%", "0,7%", "0.7 %", "0,7 %", "1000分の7", "千分の7", "0.7パーセント", "0,7 Prozent", "0.7 percent", "0,7 pour cent"]
N30M = ["3,000万", "3000万", "3,000 万", "30,000,000", "30.000.000", "30 000 000", "30 million", "30 Mio", "30 Millionen",
        "3千万", "三千万", "30 millions"]
N15K = ["15,000", "15.000", "1万5000", "1万5千", "1.5万", "15 000", "１万５千"]
N30K = ["30,000", "30.000", "30000", "3万", "30 000", "３万"]
N40K = ["40,000", "40.000", "40000", "4万", "40 000", "４万"]
N50K = ["50,000", "50.000", "50 000", "50’000", "50'000"]
N350K = ["350,000", "350.000", "350000", "35万", "350 000"]
N63 = ["63 €", "63€", "63 Euro", "63 euro", "63ユーロ", "€63", "EUR 63", "63 EUR", "63,00", "63.00", "63 euros"]
N259 = ["259", "518"]
N14D = ["14日", "１４日", "14 Tage", "14 Tagen", "14 days", "fourteen days", "zwei Wochen", "2 Wochen", "two weeks", "2 weeks",
        "２週間", "2週間", "二週間", "14 jours", "quatorze jours", "deux semaines", "2 semaines"]
N1M = ["1か月", "1ヶ月", "一か月", "1ヵ月", "１か月", "1カ月", "einem Monat", "ein Monat", "1 Monat", "one month", "1 month",
       "vier Wochen", "4 Wochen", "four weeks", "4 weeks"]
N2M = ["2か月", "2ヶ月", "二か月", "2ヵ月", "２か月", "2カ月", "two months", "2 months", "zwei Monate", "2 Monate",
       "zwei Monaten", "2 Monaten", "deux mois", "2 mois"]
N3M = ["3か月", "3ヶ月", "三か月", "3ヵ月", "３か月", "3カ月", "three months", "3 months", "drei Monate", "3 Monate",
       "drei Monaten", "3 Monaten", "trois mois", "3 mois", "90日", "90 days", "90 Tage", "90 jours"]
N6M = ["6か月", "6ヶ月", "六か月", "6ヵ月", "６か月", "6カ月", "six months", "6 months", "sechs Monate", "6 Monate",
       "sechs Monaten", "6 Monaten", "半年", "six mois", "6 mois"]
N12M = ["12か月", "12ヶ月", "12カ月", "1年", "一年", "12 months", "twelve months", "one year", "1 year", "12 Monate",
        "12 Monaten", "ein Jahr", "1 Jahr", "12 mois", "douze mois", "un an", "1 an"]
N1YEAR = ["1 year", "one year", "1年", "一年", "12 months", "ein Jahr", "1 Jahr", "einem Jahr", "12 Monate", "un an", "1 an", "12 mois"]
N6W = ["6 Wochen", "sechs Wochen", "6 weeks", "six weeks", "6週", "六週", "６週", "6 週", "6 semaines", "six semaines"]
N8W = ["8 Wochen", "acht Wochen", "8 weeks", "eight weeks", "8週", "八週", "８週", "8 週", "8 semaines", "huit semaines"]
CHF20K = ["20'000", "20’000", "20 000", "20.000", "20,000", "20000", "2万"]
CHF50K = ["50'000", "50’000", "50 000", "50.000", "50,000", "50000", "5万"]
CHF100K = ["100'000", "100’000", "100 000", "100.000", "100,000", "100000", "10万"]
AGE20 = ["20歳", "20 years", "20 Jahre", "age 20", "aged 20", "20 ans", "２０歳", "20才"]
AGE60 = ["60歳", "60 years", "60 Jahre", "age 60", "under 60", "60 ans", "６０歳", "60才"]

# seed facts
MOU_DATE = ["2021年5月31日", "2021年5月31", "31. Mai 2021", "31 May 2021", "May 31, 2021", "May 31 2021", "31.05.2021",
            "2021-05-31", "2021/5/31", "2021/05/31", "令和3年5月31日", "31 mai 2021"]
MOU_END = ["2023年3月31日", "2023年3月末", "2023/3/31", "2023/03/31", "令和5年3月31日", "31. März 2023", "31 March 2023",
           "March 31, 2023", "31.03.2023", "2023-03-31", "31 mars 2023"]
ARD_DATE = ["2012年11月20日", "平成24年11月20日", "20 novembre 2012", "20 November 2012", "November 20, 2012",
            "Nov 20, 2012", "20/11/2012", "20.11.2012", "2012-11-20", "2012/11/20", "20 Nov 2012"]
OPI_DATE = ["2012年11月21日", "平成24年11月21日", "21 novembre 2012", "21 November 2012", "November 21, 2012",
            "Nov 21, 2012", "21/11/2012", "21.11.2012", "2012-11-21", "2012/11/21", "21 Nov 2012"]

# office / concept names
NRW_OFF = ["NRW.Global Business", "NRW Global Business", "NRW.GLOBAL", "NRW Japan", "NRW.INVEST", "NRW Invest", "NRW.Invest"]
TMG = ["産業労働局", "商工部", "Bureau of Industrial and Labor Affairs", "Industrial and Labor Affairs",
       "Tokyo Metropolitan Government", "Tokyo Metropolitan", "東京都", "TMG", "Industrie und Arbeit", "Industrial and Labour",
       "Handel und Industrie", "Commerce and Industry",
       "Metropolregierung", "Stadtregierung", "Präfekturregierung", "Tokyo Metropolitan Government (TMG)"]
TMG_STRICT = ["産業労働局", "商工部", "Bureau of Industrial and Labor Affairs", "Industrial and Labor Affairs",
              "Industrial and Labour Affairs", "Industrial and Labor", "Industrial and Labour", "Industrie und Arbeit",
              "Commerce and Industry", "Commerce and Industry Division", "Handel und Industrie", "Handel und Gewerbe",
              "Industrie und Handel"]
ONE_STOP = ["One-Stop", "One Stop", "ワンストップ", "Business Development Center", "Akasaka", "赤坂", "JETRO", "ジェトロ"]
BIZMAN = ["経営・管理", "経営管理", "Business Manager", "Business Management", "Business/Manage", "Keiei", "business manager",
          "business management", "Geschäftsführer-Visum"]
OPI_ALTS = ["Office de Promotion des Industries", "Promotion des Industries", "産業振興機構", "(OPI", "OPI)", "l'OPI", "l’OPI",
            "the OPI", "OPI Geneva", "OPI Genève", "OPI de Genève", "OPIの", "OPIに", "OPIと", "OPIは", "OPI（", "OPIが"]
ARD_ALTS = ["Agence Régionale de Développement", "パリ地域経済開発局", "Choose Paris Region", "(ARD", "ARD)", "l'ARD",
            "l’ARD", "the ARD", "ARDの", "ARDと", "ARDは", "ARDが", "Paris Region", "パリ・リージョン", "パリ地域"]
TSU_OFF = ["産業政策振興課", "津市", "Tsu City", "Tsu city", "Industrial Policy", "Ville de Tsu", "ville de Tsu", "commerce et tourisme",
           "商工観光部", "mairie de Tsu"]
MIEF = ["MIEF", "三重県国際交流財団", "Mie International Exchange Foundation", "MieCo", "みえ外国人相談サポートセンター"]
ANMELD_OFFICE = ["Bürgerbüro", "Bürgeramt", "Bürgerservice", "Meldebehörde", "Einwohnermeldeamt", "Bürgerbüros", "Bürgerdienste",
                 "citizens' office", "citizens office", "Citizens' Office", "registration office", "市民サービス", "住民登録窓口"]
WARD = ["区役所", "ward office", "Ward Office", "city office", "City Office", "Bezirksamt", "Bezirksverwaltung", "Rathaus",
        "Bürgeramt", "municipal office", "区の窓口", "市区町村", "ward"]


class SetBuilder:
    def __init__(self, name, prefix, langs, rq):
        self.name, self.prefix, self.langs, self.rq = name, prefix, set(langs), rq
        self.cases = []

    def c(self, lang, region, topic, turns, kind=None, all=None, none=None, langs=None, rq=None):
        if isinstance(turns, str):
            turns = [turns]
        if langs is None:
            langs = [lang] if lang in self.langs else ["en", lang]
        exp = {}
        if kind:
            exp["kind"] = kind
        exp["language"] = langs
        if all:
            exp["all"] = all
        nn = list(none or [])
        if rq is None:
            rq = (region is not None or kind in ("smalltalk", "out-of-scope")) and kind != "clarify-region"
        if rq:
            nn = self.rq + [x for x in nn if x not in self.rq]
        if nn:
            exp["none"] = nn
        t = [{"text": x} for x in turns[:-1]] + [{"text": turns[-1], "expect": exp}]
        self.cases.append({"id": None, "lang": lang, "region": region, "topic": topic, "turns": t})

    def finish(self):
        for i, cs in enumerate(self.cases, 1):
            cs["id"] = f"{self.prefix}{i:03d}"
        return {"set": self.name, "writtenBy": WRITTEN_BY, "cases": self.cases}


# =====================================================================================
# Partnership 1: Tokyo <-> NRW
# =====================================================================================
def build_p1():
    S = SetBuilder("blind21-tokyo-nrw", "B21TN", ["ja", "de", "en"], RQ1)
    c = S.c
    CLAR = [["Tokyo", "東京", "Tokio", "Tōkyō"], ["NRW", "Nordrhein", "ノルトライン", "North Rhine"]]

    # ---------------- company: Tokyo
    c("en", "tokyo", "company", "min capital for a KK in tokyo?? 🤔", "answer", [N1YEN])
    c("de", "tokyo", "company", "was kostet die gründung einer KK in tokio so insgesamt? registrierungssteuer usw", "answer", [N150K, N07])
    c("ja", "tokyo", "company", "合同会社を港区で作る場合の登録免許税っていくら？", "answer", [N60K])
    c("en", "tokyo", "company", "do i need a notary for a GK in shibuya? or is that only for KK", "answer",
      [["not need", "n't need", "no need", "not required", "not necessary", "unnecessary", "only for", "only required for",
        "only needed for", "only KK", "only for KK", "not apply"]])
    c("ja", "tokyo", "company", "株式会社の定款認証の手数料、資本金100万円未満だと安くなったって聞いたけどほんと？いくら？", "answer", [N15K])
    c("en", "tokyo", "company", "our german GmbH will be the sole shareholder of the new KK in chiyoda-ku, capital 500k yen, no board. does the cheap 15k notary fee apply to us?",
      "answer", [N30K])
    c("de", "tokyo", "company", "elektronische satzung vs papier – spart man da wirklich die stempelsteuer? firma in shinagawa", "answer",
      [N40K])
    c("en", "tokyo", "company", "after registering our kk in 渋谷区, what do we have to file with the tax office and by when", "answer",
      [["法人設立届", "notification of establishment", "establishment notification", "notification of incorporation",
        "incorporation notification", "Notification of the Establishment", "Corporation Establishment", "establishment of a corporation"], N2M])
    c("ja", "tokyo", "company", "法人設立届出書って税務署だけでいい？都税事務所にも出す？新宿区です", "answer", [["都税事務所", "都税", "東京都"]])
    c("en", None, "company", "whats the registration tax for a kabushiki kaisha with 50 million yen capital", "answer", [N350K], rq=True)
    c("de", "tokyo", "company", "welches visum brauch ich als geschäftsführer wenn ich in tokio ne firma gründe?", "answer", [BIZMAN])
    c("en", "tokyo", "company", "business manager visa capital requirement after the 2025 change?? we r planning an office in meguro", "answer",
      [N30M, ["full-time", "full time", "常勤", "Vollzeit", "employee"]])
    c("ja", None, "company", "経営管理ビザの日本語要件ってどのくらいのレベル？", "answer", [["B2", "N2"]], rq=True)
    c("de", "tokyo", "company", "gibts in tokyo sowas wie eine one-stop-stelle für firmengründung für ausländer?", "answer", [ONE_STOP])
    c("ja", "tokyo", "company", "ドイツの親会社が東京に子会社作るとき、登記はどこでやるの？", "answer", [["法務局"]])
    c("de", "tokyo", "company", "wie viel kapital braucht man realistisch fürs business-manager-visum seit oktober 2025?", "answer", [N30M])
    c("ja", "tokyo", "company", "Tokioで会社を作るドイツ人です、株式会社の資本金は最低いくら？", "answer", [N1YEN])
    c("de", "tokyo", "company", "ich will in tokyo ne GK gründen – mindestkapital und was kostet die eintragung?", "answer", [N60K])
    c("en", "tokyo", "company", "were from NRW and moving to tokyo – which tokyo government office do we contact for help with founding?",
      None, [TMG_STRICT + ONE_STOP])
    # ---------------- company: NRW
    c("de", None, "company", "wie viel stammkapital braucht ne GmbH?", "answer", [N25000], rq=True)
    c("en", "nrw", "company", "gmbh in köln – do we have to pay in the full 25k before registration?", "answer", [N12500])
    c("ja", "nrw", "company", "デュッセルドルフでGmbH設立、公証人って必須？", "answer", [["公証", "Notar", "notary"]])
    c("de", "nrw", "company", "müssen wir für die gmbh-gründung in essen persönlich zum notar oder geht das auch per video?", "answer",
      [["Video", "ビデオ", "Bundesnotarkammer", "Online-Verfahren", "online"]])
    c("en", "nrw", "company", "can the online gmbh founding also be done with contributions in kind (machines)? we're in bonn", "answer",
      [["2023"]])
    c("en", "nrw", "company", "do i need to speak german at the notary in düsseldorf? my cofounder only speaks japanese", "answer",
      [["interpreter", "Dolmetscher", "通訳", "translator", "Übersetzer", "translation"]])
    c("ja", "nrw", "company", "Kölnで会社作ったら税務署への届出はいつまでに？", "answer", [["Finanzamt", "税務署"], N1M])
    c("de", "nrw", "company", "Fragebogen zur steuerlichen Erfassung – papier oder nur über elster? firma sitzt in dortmund", "answer",
      [["ELSTER", "Elster"]])
    c("en", "nrw", "company", "gewerbeanmeldung for our gmbh in neuss, how much does it cost?", "answer",
      [["33 €", "33€", "33 Euro", "33 euro", "33,00", "EUR 33", "€33", "33 EUR", "33 euros"]])
    c("de", "nrw", "company", "sind wir mit unserer GmbH in wuppertal automatisch in der IHK? oder muss ich mich da anmelden?", "answer",
      [["automatisch", "kraft Gesetzes", "gesetzlich", "Pflichtmitglied", "per Gesetz", "IHKG"]])
    c("ja", "nrw", "company", "NRWで会社を登記するとき、Handelsregisterはどこが管轄？", "answer", [["Amtsgericht", "Registergericht", "区裁判所", "裁判所"]])
    c("en", "nrw", "company", "UG vs GmbH – whats the min capital for a UG? we're 2 founders in aachen", "answer", [N1EUR])
    # ---------------- company: other languages
    c("tr", None, "company", "Almanya'da GmbH kurmak için minimum sermaye ne kadar?", "answer", [N25000], rq=True)
    c("zh", "tokyo", "company", "在东京设立株式会社最低资本金是多少？", "answer", [N1YEN])
    c("ko", "nrw", "company", "뒤셀도르프에서 GmbH 설립하려면 공증인이 꼭 필요한가요?", "answer", [["notary", "Notar", "공증", "notarial"]])
    c("es", "tokyo", "company", "¿Cuánto es el impuesto de registro para una KK en Tokio?", "answer", [N150K])
    c("pt", "tokyo", "company", "Quanto custa registrar uma GK em Tóquio?", "answer", [N60K])
    c("fr", "nrw", "company", "Quel est le capital minimum pour une GmbH à Düsseldorf ?", "answer", [N25000])
    c("it", "tokyo", "company", "Serve un notaio per aprire una KK a Tokyo?", "answer", [["notary", "公証", "notaio", "Notar", "notarial"]])

    # ---------------- residence
    c("en", "nrw", "residence", "im japanese – do i need a visa before moving to düsseldorf for work or can i apply after arriving?", "answer",
      [["Ausländerbehörde", "immigration office", "foreigners' office", "foreigners office", "Foreigners' Office", "外国人局",
        "Foreigners Authority", "immigration authority", "Immigration Office", "Section 41", "§ 41", "§41"]])
    c("ja", "nrw", "residence", "日本人ですがビザなしでデュッセルドルフに入国して、現地で滞在許可を申請できますか？", "answer",
      [["Ausländerbehörde", "外国人局", "外国人管理局", "外人局", "外国人登録局", "移民局"]])
    c("de", "tokyo", "residence", "meine frau und ich ziehen nach tokio (minato-ku). wo müssen wir uns melden und bis wann?", "answer",
      [N14D, WARD])
    c("en", "tokyo", "residence", "what do i need to bring when registering my address at the shinjuku city office? moving from abroad", "answer",
      [["residence card", "Residence Card", "在留カード", "zairyu"]])
    c("ja", "nrw", "residence", "エッセンに引っ越した。住民登録の期限は？", "answer", [N14D])
    c("en", "nrw", "residence", "anmeldung in düsseldorf – is the rental contract enough as proof?", "answer",
      [["Wohnungsgeberbestätigung", "Wohnungsgeber", "landlord confirmation", "landlord's confirmation", "confirmation from the landlord",
        "landlord certificate", "confirmation of residence from"]])
    c("de", "nrw", "residence", "kann meine frau die anmeldung für die ganze familie in mülheim machen oder müssen alle hin?", "answer",
      [["Ausweis", "Reisepass", "Reisepässe", "Pässe", "Pass"]])
    c("en", "tokyo", "residence", "im german and came in as a temporary visitor (90 days), staying in koto-ku. can i extend?", "answer", [["180"]])
    c("ja", "tokyo", "residence", "在留カードの住所変更って入管に行く必要ある？品川区に引っ越しました", "answer",
      [["区役所", "市区町村", "役所", "区の窓口", "区民"]])
    c("vi", "tokyo", "residence", "Tôi cần visa gì để mở công ty ở Tokyo?", "answer", [BIZMAN])
    c("pt", "nrw", "residence", "Preciso me registrar na prefeitura quando me mudar para Colônia? Qual o prazo?", "answer", [N14D])
    c("de", "nrw", "residence", "Wie melde ich meinen Wohnsitz in Bochum an?", "answer", [ANMELD_OFFICE])
    c("ja", "nrw", "residence", "Düsseldorfに赴任します。住民登録はどこで？", "answer", [ANMELD_OFFICE + ["市民窓口", "市民サービスセンター", "市民局"]])
    c("vi", "nrw", "residence", "Tôi chuyển đến Düsseldorf, phải đăng ký cư trú trong bao lâu?", "answer", [N14D])

    # ---------------- daily life
    c("de", "nrw", "daily-life", "was kostet das deutschlandticket aktuell? wohne in gelsenkirchen", "answer", [N63])
    c("ja", "nrw", "daily-life", "ドイチュラントチケットって今いくら？デュッセルドルフで通勤します", "answer", [N63])
    c("en", "tokyo", "daily-life", "can i drive in tokyo with my german licence? just moved to meguro", "answer",
      [["translation", "Übersetzung", "翻訳", "JAF"], N1YEAR])
    c("de", "tokyo", "daily-life", "wo kann ich meinen deutschen führerschein umschreiben lassen? wohne in shinagawa", "answer",
      [["Samezu", "鮫洲", "Fuchu", "Fuchū", "府中", "Koto", "Kōtō", "江東", "Führerscheinzentrum", "運転免許試験場", "driving license center",
        "Driver's License Center", "Driving License Center", "運転免許センター"]])
    c("en", None, "daily-life", "do germans have to take a driving test when converting to a japanese licence?", "answer",
      [["no test", "exempt", "免除", "befreit", "not required", "keine Prüfung", "not need", "n't need", "no written", "no practical",
        "without a test", "without taking", "without any"]], rq=True)
    c("ja", "nrw", "daily-life", "日本の免許でドイツでいつまで運転できる？ボン在住です", "answer", [N6M])
    c("en", "nrw", "daily-life", "converting my japanese licence in krefeld – which office do i go to?", "answer",
      [["Führerscheinstelle", "driving licence office", "driver's licence office", "driving license office", "Straßenverkehrsamt",
        "Fahrerlaubnisbehörde", "Bürgerbüro", "Bürgerservice"]])
    c("ja", "tokyo", "daily-life", "国民年金って外国人も入らなきゃダメ？渋谷区在住28歳", "answer", [AGE20, AGE60])
    c("en", None, "daily-life", "if i leave japan after 2 yrs can i get my pension contributions back?", "answer",
      [["脱退一時金", "lump-sum", "lump sum", "Lump-sum", "Lump-Sum"], ["2 years", "two years", "2年", "zwei Jahre", "2 Jahre", "zwei Jahren", "2 Jahren"]], rq=True)
    c("ja", "nrw", "daily-life", "ドイツの児童手当っていくら？子ども2人、ケルン在住", "answer", [N259, ["Familienkasse", "家族金庫", "ファミリエンカッセ", "家族手当金庫"]])
    c("de", "nrw", "daily-life", "Kindergeld beantragen – wo? wir wohnen in Ratingen", "answer", [["Familienkasse"]])
    c("en", "tokyo", "daily-life", "garbage sorting rules in setagaya? where do i find the schedule", "answer",
      [["ward", "区", "Setagaya", "世田谷"]])
    c("en", "tokyo", "daily-life", "how do i get from narita to tokyo big sight for a trade fair", "answer", [["bus", "Bus", "バス", "Limousine"]])
    c("en", "tokyo", "daily-life", "can i open a bank account in tokyo right after arriving? 🏦", "answer")
    c("de", "nrw", "daily-life", "Meine Frau und ich sind neu in Meerbusch – was müssen wir in den ersten Wochen alles erledigen?", "answer",
      [ANMELD_OFFICE + ["Anmeldung"]])

    # ---------------- healthcare
    c("en", "tokyo", "healthcare", "my 2yo has 39° fever at night in minato-ku, what number can i call for advice", None,
      [["#8000", "＃8000", "8000"]], ["116117", "116 117"])
    c("de", "nrw", "healthcare", "kind hat nachts hohes fieber, wohnen in münster, wen ruf ich an? glaub kein notfall", None,
      [["116117", "116 117"]], ["#7119", "#8000", "＃7119", "＃8000"])
    c("ja", "nrw", "healthcare", "夜中に子どもが熱出した。ドルトムント在住、どこに電話すれば？", None,
      [["116117", "116 117"], ["112"]], ["#8000", "#7119", "＃8000", "＃7119"])
    c("en", "tokyo", "healthcare", "not sure if i should call an ambulance, elderly neighbour feels dizzy, we're in ota-ku", None,
      [["#7119", "＃7119", "7119"]], ["116117"])
    c("ja", "tokyo", "healthcare", "妊娠がわかりました。世田谷区で母子手帳はどこでもらえますか？", "answer",
      [["妊娠届", "妊娠の届", "届出"]])
    c("en", "tokyo", "healthcare", "my wife is pregnant, we live in meguro. how do we get the maternal handbook?", "answer",
      [["母子健康手帳", "母子手帳", "Maternal and Child Health Handbook", "Mother and Child Health Handbook", "boshi", "Boshi",
        "Maternal and Child Health", "Mother-Child Health"], ["妊娠届", "pregnancy notification", "notification of pregnancy", "report your pregnancy",
        "pregnancy report", "ward office", "区役所", "health center", "health centre"]])
    c("de", "nrw", "healthcare", "Meine Frau ist schwanger (wir wohnen in Essen). Wie lange ist der Mutterschutz?", "answer", [N6W, N8W])
    c("en", "nrw", "healthcare", "pregnant in düsseldorf – do i get a mutterpass and should i look for a midwife?", "answer",
      [["Mutterpass", "maternity record", "maternity passport", "maternity log"], ["Hebamme", "midwife", "助産"]])
    c("ja", "nrw", "healthcare", "ケルンで出産予定。産休（Mutterschutz）は何週間？会社員です", "answer", [N6W, N8W])
    c("ja", "tokyo", "healthcare", "国民健康保険、引っ越してから何日以内に加入？大田区です", "answer", [N14D])
    c("de", "tokyo", "healthcare", "muss ich in japan in die nationale krankenversicherung? bin selbstständig, wohne in kichijoji", "answer",
      [["国民健康保険", "National Health Insurance", "Kokumin", "nationale Krankenversicherung", "NHI", "Nationale Krankenversicherung"], N14D])
    c("zh", "nrw", "healthcare", "我在杜塞尔多夫，晚上孩子发烧，应该打什么电话？", None, [["116117", "116 117"]], ["#8000", "＃8000"])
    c("it", "nrw", "healthcare", "mia figlia ha la febbre stanotte, siamo a Colonia, che numero chiamo?", None,
      [["116117", "116 117"], ["112"]], ["#8000", "＃8000"])

    # ---------------- schooling
    c("de", "tokyo", "schooling", "gibt es eine deutsche schule in tokio? kinder 8 und 12", "answer",
      [["Deutsche Schule Tokyo Yokohama", "DSTY", "Tokyo Yokohama", "東京横浜独逸学園", "Deutsche Schule Tokio Yokohama"]])
    c("en", "tokyo", "schooling", "does the german school for tokyo also have a kindergarten? our son is 4", "answer",
      [["kindergarten", "Kindergarten", "幼稚"]])
    c("ja", "nrw", "schooling", "デュッセルドルフ日本人学校は何年生まで通える？", "answer",
      [["中学", "9年", "9 年", "中学部", "中学校", "9th", "grade 9", "Klasse 9", "中3"]])
    c("en", "nrw", "schooling", "japanese school in düsseldorf – which district is it in?", "answer", [["Oberkassel", "オーバーカッセル", "Niederkasseler"]])
    c("de", "nrw", "schooling", "Kita-Platz in Düsseldorf – bis wann muss man sich anmelden?", "answer",
      [["Kita-Navigator", "Kita Navigator"], ["1. Februar", "1 February", "February 1", "2月1日", "Februar"]])
    c("en", "nrw", "schooling", "how many kitas can i put on my list in the düsseldorf kita navigator?", "answer", [["15 ", "up to 15", "bis zu 15", "15か所", "15園", "15カ所", "15."]])
    c("en", "tokyo", "schooling", "how do i apply for a daycare (hoikuen) spot in nerima ward?", "answer",
      [["区役所", "ward office", "Ward Office", "city office", "municipal", "ward", "Nerima", "練馬"]])
    c("de", "tokyo", "schooling", "wie bekomme ich einen kitaplatz (hoikuen) in minato?", "answer",
      [["区役所", "Bezirksamt", "ward office", "Ward Office", "Bezirk", "Stadtbezirk"]])
    c("ko", "tokyo", "schooling", "도쿄에 독일 학교가 있나요?", "answer", [["Deutsche Schule", "German School", "DSTY", "Yokohama"]])

    # ---------------- housing
    c("en", "tokyo", "housing", "renting in shibuya as a foreigner – what's this reikin / key money thing?", "answer",
      [["礼金", "key money", "reikin", "Reikin"]])
    c("de", "nrw", "housing", "Wohnung in Düsseldorf gefunden – brauche ich vom Vermieter irgendeine Bestätigung für die Anmeldung?", "answer",
      [["Wohnungsgeberbestätigung", "Wohnungsgeber"]])
    c("ja", None, "housing", "ドイツで部屋を借りる時のKaution（敷金）って家賃の何か月分まで？", "answer", rq=True)
    c("en", "tokyo", "housing", "do i need a guarantor company to rent a flat in tokyo?", "answer")
    c("de", "tokyo", "housing", "umzug innerhalb tokios von shinjuku nach nakano – was muss ich bei den ämtern machen?", "answer",
      [["転出", "Abmeld", "move-out", "moving-out", "Wegzug", "Auszug"], N14D])

    # ---------------- support: agreements and organisations
    c("en", None, "support", "when was the tokyo–nrw sme memorandum signed?", "answer", [MOU_DATE], rq=True)
    c("ja", None, "support", "東京都とNRWの覚書っていつまで有効？", "answer", [MOU_END, ["自動", "延長", "継続"]], rq=True)
    c("de", None, "support", "wer hat das memorandum auf nrw-seite unterschrieben? und wie heißt das ministerium heute?", "answer",
      [["Innovation, Digitalisierung", "MWIDE"], ["Industrie, Klimaschutz", "MWIKE"]], rq=True)
    c("en", None, "support", "how much notice is needed to end the tokyo-nrw cooperation?", "answer", [N6M, ["writing", "written", "schriftlich", "書面"]], rq=True)
    c("ja", None, "support", "東京とNRWの覚書の支援内容をぜんぶ教えて", "answer",
      [["支援機関", "支援者"], ["見本市", "展示会", "展示スペース"], ["医療", "教育", "居住"]], rq=True)
    c("de", None, "support", "in welcher sprache bekommen wir die unterstützung in japan? unsere leute sprechen kaum japanisch", "answer",
      [["Englisch", "English", "英語"]], rq=True)
    c("en", "nrw", "support", "is the memorandum legally binding for the nrw side?", "answer",
      [["not legally binding", "nicht rechtlich bindend", "rechtlich nicht bindend", "法的拘束力", "no legal", "not binding",
        "keine rechtliche", "rechtlich unverbindlich", "nicht bindend", "non-binding", "non binding", "not legally"]])
    c("ja", "nrw", "support", "NRWで日本企業を支援してくれる機関は？東京にも事務所ある？", None, [["NRW Japan"]])
    c("de", "tokyo", "support", "welche behörde in tokio ist unser ansprechpartner als kmu aus nrw?", None, [TMG_STRICT])
    c("en", "tokyo", "support", "which division of the tokyo metropolitan government coordinates the nrw partnership?", "answer",
      [["商工部", "Commerce and Industry", "Commerce & Industry", "Industrial and Labor", "産業労働局"]])
    c("en", "nrw", "support", "when was NRW Japan K.K. founded?", "answer", [["1992"]])
    c("de", "tokyo", "support", "gibt's in tokio messen für maschinenbau, wo wir ausstellen könnten? wer hilft da?", None,
      [["Tokyo Big Sight", "東京ビッグサイト", "Big Sight", "Makuhari", "幕張"],
       ["AHK", "Deutsche Industrie- und Handelskammer in Japan", "German Chamber of Commerce and Industry in Japan", "在日ドイツ商工会議所",
        "ドイツ商工会議所", "商工部", "産業労働局"]])
    c("ja", "nrw", "support", "NRWの見本市でおすすめは？デュッセルドルフ、ケルン、エッセンあたり", "answer",
      [["Messe Düsseldorf", "メッセ・デュッセルドルフ", "メッセデュッセルドルフ", "Koelnmesse", "ケルンメッセ", "Messe Essen", "メッセ・エッセン"]])
    c("de", "nrw", "support", "was macht NRW.Global Business eigentlich genau?", "answer",
      [["Wirtschaftsförder", "Investition", "Ansiedlung", "investment", "Invest"]])
    c("en", "nrw", "support", "is düsseldorf really the hub for japanese companies in germany? roughly how many are in nrw?", "answer",
      [["600", "630", "650", "hundred"]])
    c("ja", "tokyo", "support", "東京都の中小企業支援で、ドイツ企業向けの窓口はどこ？", None, [["産業労働局", "商工部"]])
    c("ja", "tokyo", "support", "八王子に工場を作りたいドイツ企業です。東京都の支援ってある？", None, [TMG_STRICT + ONE_STOP])
    c("en", "nrw", "support", "we're a japanese sme and want a showroom in düsseldorf – does the agreement cover that?", "answer",
      [["showroom", "Ausstellungsfläche", "展示スペース", "exhibition space", "display space", "Showroom"]])
    c("de", None, "support", "Gilt die Tokio-NRW-Kooperation nur für bestimmte Branchen?", "answer",
      [["nicht auf", "keine bestimmte", "alle Branchen", "nicht beschränkt", "not limited", "any industry", "all industries",
        "特定の産業", "限定しない", "grundsätzlich nicht", "branchenoffen", "nicht eingeschränkt", "unabhängig von der Branche", "branchenübergreifend"]], rq=True)

    # ---------------- emergency
    c("en", "tokyo", "emergency", "theres a fire in our building in shinjuku!!!", "emergency", [["119"]], ["116117", "116 117"])
    c("de", "nrw", "emergency", "UNFALL auf der A3 bei Leverkusen, jemand ist verletzt", "emergency", [["112"]], ["#7119", "#8000", "＃7119"])
    c("ja", "tokyo", "emergency", "財布盗まれた！今渋谷駅", None, [["110", "交番"]], ["116117"])
    c("en", "nrw", "emergency", "someone broke into our flat in duisburg right now, they might still be inside", "emergency", [["110"]],
      ["#7119", "#8000"])
    c("ja", "nrw", "emergency", "ボンで夫が胸が痛いと言って倒れた", "emergency", [["112"]], ["#7119", "#8000", "＃7119", "＃8000"])
    c("de", "tokyo", "emergency", "erdbeben gerade in tokio, was soll ich tun??", None, None, ["116117", "116 117"])
    c("en", None, "emergency", "emergency number??", "emergency", [["112", "110", "119"]], rq=False)
    c("tr", "nrw", "emergency", "Köln'de acil durum numarası nedir? ambulans lazım hemen", "emergency", [["112"]], ["#7119", "#8000"])
    c("ja", "tokyo", "emergency", "子どもが息してない！！港区", "emergency", [["119"]], ["116117"])
    c("de", "nrw", "emergency", "Gasgeruch im Treppenhaus, Wohnung in Wuppertal", "emergency", [["112"]], ["#7119", "#8000"])

    # ---------------- small talk
    for lang, txt in [("de", "Hallo!"), ("ja", "こんばんは〜"), ("en", "hey 👋"), ("en", "thx a lot, that helped!"),
                      ("de", "Danke dir 🙏"), ("ja", "ありがとうございました！助かりました"), ("de", "moin, wer bist du eigentlich?"),
                      ("ja", "はじめまして。何ができるの？"), ("es", "hola!!"), ("ko", "안녕하세요")]:
        c(lang, None, "smalltalk", txt, "smalltalk")
    c("en", "nrw", "smalltalk", "good morning from köln ☀️", "smalltalk")

    # ---------------- out of scope
    c("de", "nrw", "out-of-scope", "wie wird das wetter morgen in düsseldorf?", "out-of-scope", None, ["Bürgerbüro", "Notar"])
    c("en", "tokyo", "out-of-scope", "who won the giants game yesterday lol", "out-of-scope")
    c("ja", None, "out-of-scope", "なんか面白いジョーク言って", "out-of-scope")
    c("en", None, "out-of-scope", "can u write me a python script to parse a csv", "out-of-scope", None, ["import csv", "def "])
    c("de", "nrw", "out-of-scope", "hat der 1. FC Köln gestern gewonnen?", "out-of-scope", None, ["Notar", "Anmeldung"])
    c("ja", "tokyo", "out-of-scope", "明日の東京の天気は？☔", "out-of-scope", None, ["区役所"])
    c("en", None, "out-of-scope", "solve 3x+5=20 pls its for my kids homework", "out-of-scope", None, ["x = 5", "x=5"])

    # ---------------- handover
    c("en", "tokyo", "handover", "can i talk to a real person? we're setting up a subsidiary in tokio", "handover", [TMG])
    c("de", "nrw", "handover", "Ich hätte gern einen Ansprechpartner für unsere Ansiedlung in Düsseldorf", "handover", [NRW_OFF])
    c("ja", "nrw", "handover", "担当者と直接話したいです。デュッセルドルフ進出の件で", "handover", [NRW_OFF])
    c("ja", "tokyo", "handover", "東京都の担当部署の連絡先を教えてください", "handover", [["産業労働局", "商工部"]])
    c("en", "nrw", "handover", "pls connect me with someone who can introduce us to investors in NRW", "handover", [NRW_OFF])
    c("de", "tokyo", "handover", "Können Sie uns mit Startups in Tokio vernetzen? Wer ist da zuständig?", "handover", [TMG])
    c("en", "tokyo", "handover", "can you introduce us to universities in tokyo for joint research? we're a medtech sme from aachen", "handover", [TMG])
    c("de", "nrw", "handover", "Wir sind ein japanisches Startup und suchen Investoren in NRW – könnt ihr uns vorstellen?", "handover", [NRW_OFF])
    c("ja", "nrw", "handover", "NRWの大学と共同研究したい。紹介してもらえますか？", "handover", [NRW_OFF])
    c("en", None, "handover", "i want to speak to a human", None, [["Tokyo", "東京", "Tokio", "NRW"]], rq=False)

    # ---------------- clarify region (no place, answer differs)
    c("en", None, "company", "how much does it cost to found a company?", "clarify-region", CLAR)
    c("ja", None, "company", "会社設立に必要な資本金は最低いくら？", "clarify-region", CLAR)
    c("de", None, "residence", "Welche Unterlagen brauche ich für die Anmeldung beim Amt?", "clarify-region", CLAR)
    c("en", None, "daily-life", "how do i convert my driving licence?", "clarify-region", CLAR)
    c("en", None, "residence", "which visa do i need?", "clarify-region", CLAR)
    c("en", None, "residence", "do my kids need their own residence cards?", "clarify-region", CLAR)

    # ---------------- follow-ups (multi-turn)
    c("de", "nrw", "follow-up", ["ich zieh nächsten monat nach düsseldorf, wie läuft die anmeldung?", "und was kostet das?"], "answer",
      [["gebührenfrei", "kostenlos", "kostenfrei", "keine Gebühr", "keine Gebühren", "free", "0 €", "nichts", "umsonst"]],
      ["Notar", "Hausarzt"])
    c("en", "tokyo", "follow-up", ["i want to found a company in tokyo, what are the steps?", "and how long does that take?"], "answer",
      [["registr", "登記", "Eintragung", "incorporat", "Legal Affairs", "法務局", "notar", "articles"]],
      ["working hours", "Arbeitszeit", "労働時間", "opening hours"])
    c("ja", "nrw", "follow-up", ["Kölnで住民登録したい", "予約は必要？"], "answer",
      [["Termin", "予約", "appointment"]], ["小児科", "Hausarzt", "116117"])
    c("de", "tokyo", "follow-up", ["Welche Kosten hat eine KK-Gründung in Tokio?", "und bei einer GK?"], "answer", [N60K])
    c("en", "nrw", "follow-up", ["min capital for a gmbh in NRW?", "and for a UG?"], "answer", [N1EUR])
    c("ja", "tokyo", "follow-up", ["港区で株式会社を作ります。登録免許税は？", "資本金1000万円だったらいくら？"], "answer", [N150K])
    c("en", "tokyo", "follow-up", ["what's the number for an ambulance in tokyo?", "and if i'm not sure it's serious?"], "answer",
      [["#7119", "＃7119", "7119"]], ["116117"])
    c("de", "nrw", "follow-up", ["Wir gründen eine GmbH in Essen. Wie melden wir uns beim Finanzamt?", "bis wann muss das passiert sein?"],
      "answer", [N1M])
    c("en", "tokyo", "follow-up", ["we want a KK in chuo-ku with 3 german founders (all individuals), capital 900k yen, no board of directors",
                                   "which notary fee applies then?"], "answer", [N15K])
    c("ja", "nrw", "follow-up", ["デュッセルドルフで妊娠しました", "産前産後の休みはどのくらい？"], "answer", [N6W, N8W])
    c("de", "tokyo", "follow-up", ["Ich zieh mit Familie nach Tokyo (Bunkyo-ku)", "bis wann müssen wir in die Krankenversicherung?"], "answer",
      [N14D])
    c("en", "nrw", "follow-up", ["our japanese company is opening an office in neuss. who supports us?", "do they have people in japan too?"],
      "answer", [["NRW Japan"]])
    c("ja", "tokyo", "follow-up", ["ドイツの運転免許を東京で切り替えたい", "試験はある？"], "answer",
      [["免除", "不要", "ありません", "なし", "必要ない", "受けなくて"]])
    c("en", None, "follow-up", ["hi", "what do i need to found a company?"], "clarify-region", CLAR)
    c("de", "nrw", "follow-up", ["Wie hoch ist das Kindergeld?", "gilt das auch für Japaner, die in Bonn arbeiten?"], "answer",
      [["Familienkasse", "Aufenthaltstitel", "Aufenthaltserlaubnis", "Aufenthalt", "Wohnsitz"]])
    c("en", "tokyo", "follow-up", ["is there a german school in tokyo?", "how do kids get there from minato?"], "answer",
      [["bus", "Bus", "バス"]])
    c("ja", None, "follow-up", ["東京とNRWの覚書はいつ署名された？", "場所はどこ？"], "answer", [["東京"], ["デュッセルドルフ", "Düsseldorf"]], rq=True)
    c("de", None, "follow-up", ["Was bietet das Memorandum für Familien?", "und was konkret bei Messen?"], "answer",
      [["Messe", "Ausstellung", "Showroom", "Ausstellungsfläche", "見本市", "Schauraum"]], rq=True)
    c("en", "nrw", "follow-up", ["we just moved to essen 🙂", "what do we have to do first?"], "answer",
      [ANMELD_OFFICE + ["Anmeldung", "register your address", "address registration"]])
    return S.finish()


# =====================================================================================
# Partnership 2: Tsu <-> Paris Region, Geneva
# =====================================================================================
def build_p2():
    S = SetBuilder("blind21-tsu", "B21TS", ["ja", "fr", "en"], RQ2)
    c = S.c
    CLAR = [["Tsu", "津"], ["Paris", "パリ"], ["Genève", "Geneva", "Genf", "ジュネーブ", "Ginevra"]]

    # ---------------- company: Paris
    c("fr", "paris", "company", "capital minimum pour une SAS à Paris ?", "answer", [N1EUR])
    c("en", "paris", "company", "how do we register a SAS in boulogne-billancourt, which portal?", "answer", [["guichet unique", "Guichet unique", "INPI"]])
    c("ja", "paris", "company", "パリでSAS設立、資本金はいくら必要？", "answer", [N1EUR])
    c("en", "paris", "company", "visa for a japanese founder starting a company in paris?", "answer", [["talent", "Talent", "タレント"]])
    c("fr", "paris", "company", "durée de la carte de séjour talent – porteur de projet pour un créateur japonais à la Défense ?", "answer",
      [["4 ans", "quatre ans", "4 years", "four years", "4年"]])
    c("ja", "paris", "company", "パリに投資して滞在許可（タレントパスポート投資家）を取るには最低いくら投資が必要？", "answer",
      [["300 000", "300,000", "300.000", "300000", "30万", "300 000"]])
    c("en", "paris", "company", "do we need to publish a legal notice when founding a SAS in issy-les-moulineaux?", "answer",
      [["annonce légale", "annonces légales", "legal notice", "legal announcement", "JAL"]])
    c("zh", "paris", "company", "在巴黎注册SAS公司最低资本是多少？", "answer", [N1EUR])
    # ---------------- company: Geneva
    c("fr", "geneva", "company", "Quel capital minimum pour une Sàrl à Genève ?", "answer", [CHF20K])
    c("en", "geneva", "company", "SA in carouge – how much capital has to be paid in at founding?", "answer", [CHF50K])
    c("ja", "geneva", "company", "ジュネーブで株式会社(SA)を作るには資本金いくら？", "answer", [CHF100K])
    c("fr", "geneva", "company", "Sàrl à Meyrin : le capital doit-il être entièrement libéré à la fondation ?", "answer",
      [["entièrement", "intégralement", "totalité", "100 %", "100%", "fully", "en totalité", "entier"]])
    c("en", "geneva", "company", "do we need a notary to set up a Sàrl in geneva?", "answer", [["notary", "notaire", "公証", "notarial", "notarié"]])
    c("de", "geneva", "company", "Wie viel Stammkapital braucht eine GmbH in Genf?", "answer", [CHF20K])
    c("es", "geneva", "company", "¿Capital mínimo para una SA en Ginebra?", "answer", [CHF100K])
    # ---------------- company: Tsu / Japan
    c("ja", "tsu", "company", "津市で株式会社を設立、登録免許税は最低いくら？", "answer", [N150K])
    c("en", "tsu", "company", "we're a french sme and want to open a KK in tsu. minimum capital?", "answer", [N1YEN])
    c("fr", "tsu", "company", "Pour diriger notre filiale à Tsu, quel visa faut-il au gérant français ?", "answer", [BIZMAN + ["gestion", "Gestion"]])
    c("en", "tsu", "company", "business manager visa for our geneva founder opening a company in tsu – how much capital since 2025?", "answer", [N30M])
    c("ja", "tsu", "company", "津市で会社作ったら税務署への届出はいつまで？", "answer", [["法人設立届"], N2M])
    c("fr", None, "company", "Au Japon, combien coûte la certification des statuts d'une KK chez le notaire avec 5 millions de yens de capital ?",
      "answer", [N50K], rq=True)
    c("ja", "tsu", "company", "津市で合同会社を作る。定款認証は必要？", "answer",
      [["不要", "必要ありません", "いりません", "必要ない", "要りません", "不要です"]])
    c("ko", "tsu", "company", "츠시에서 주식회사를 설립하려면 최소 자본금은 얼마인가요?", "answer", [N1YEN])

    # ---------------- residence
    c("fr", "geneva", "residence", "On arrive à Genève le mois prochain, on a combien de temps pour s'annoncer à l'OCPM ?", "answer", [N14D])
    c("en", "geneva", "residence", "where do i register when moving to lancy with my family?", "answer",
      [["OCPM", "Office cantonal de la population", "population et des migrations", "Cantonal Population Office", "Cantonal Office for Population"]])
    c("ja", "geneva", "residence", "ジュネーブに赴任します。到着後の届出先は？", "answer",
      [["OCPM", "人口移民局", "Office cantonal", "住民・移民局", "人口・移民局"]])
    c("fr", None, "residence", "J'ai un VLS-TS, je dois le valider dans quel délai ?", "answer", [N3M], rq=True)
    c("en", "paris", "residence", "got my long-stay visa (VLS-TS) and moving to saint-denis. what do i have to do after arrival?", "answer",
      [["validat", "valider", "valid"], N3M])
    c("ja", "paris", "residence", "フランスの長期滞在ビザでパリに来た。入国後の手続きは？", "answer",
      [["validation", "有効化", "オンライン", "OFII", "認証", "バリデーション"]])
    c("en", "tsu", "residence", "moving to tsu from paris with family. where do we register our address and by when?", "answer",
      [["市役所", "city hall", "City Hall", "city office", "City Office", "mairie", "municipal", "総合支所"], N14D])
    c("fr", "tsu", "residence", "Après l'arrivée à Tsu, qu'est-ce qu'on doit faire avec la carte de résident (zairyu card) ?", "answer",
      [["市役所", "mairie", "hôtel de ville", "city hall", "City Hall", "municipal", "ville de Tsu", "Tsu City", "bureau de la ville"], N14D])
    c("ja", "tsu", "residence", "久居に引っ越しました。住民登録の期限は？", "answer", [N14D])
    c("en", "geneva", "residence", "permit B for our japanese employee in geneva – who issues it?", "answer",
      [["OCPM", "Office cantonal de la population", "population et des migrations"]])

    # ---------------- daily life
    c("en", "tsu", "daily-life", "fastest way from centrair airport to tsu?", "answer",
      [["Tsu Airport Line", "津エアポートライン", "ferry", "high-speed boat", "boat", "高速船", "ship", "hydrofoil"], ["45分", "45 min", "45min", "45 Min", "quarante-cinq minutes"]])
    c("fr", "tsu", "daily-life", "Comment aller de l'aéroport Centrair à Tsu le plus vite ?", "answer",
      [["bateau", "navette", "ferry", "Tsu Airport Line", "津エアポートライン", "bateau rapide", "hydroglisseur"], ["45分", "45 min", "45min", "45 Min", "quarante-cinq minutes"]])
    c("ja", "tsu", "daily-life", "津なぎさまちからセントレアまで船で何分？", "answer", [["45分", "45 min", "45min", "45 Min", "quarante-cinq minutes"]])
    c("en", "geneva", "daily-life", "can i drive in geneva with my japanese licence? moved to versoix last month", "answer", [N12M])
    c("fr", "geneva", "daily-life", "échanger mon permis japonais à Genève – faut-il repasser un examen ?", "answer",
      [["sans examen", "pas d'examen", "pas besoin", "exempté", "exempt", "dispensé", "sans test", "pas de test", "sans course de contrôle",
        "aucun examen", "n'avez pas", "pas nécessaire"]])
    c("ja", "geneva", "daily-life", "ジュネーブで日本の免許の切り替えはどこで？", "answer",
      [["OCV", "Office cantonal des véhicules", "車両局", "自動車局"]])
    c("ja", "tsu", "daily-life", "国民年金って何歳から？フランス人の夫が津市に住んでます", "answer", [AGE20, AGE60])
    c("en", "tsu", "daily-life", "self-employed french guy in tsu – do i have to join national health insurance?", "answer",
      [["国民健康保険", "National Health Insurance", "NHI", "Kokumin"], N14D])
    c("fr", "paris", "daily-life", "Comment obtenir la carte Vitale en arrivant à Paris ?", "answer",
      [["Assurance Maladie", "assurance maladie", "CPAM", "Sécurité sociale", "sécurité sociale", "ameli"]])
    c("en", None, "daily-life", "how long do i have to live in france before getting PUMa health coverage?", "answer", [N3M], rq=True)
    c("en", "geneva", "daily-life", "health insurance in geneva – mandatory? deadline?", "answer", [["LAMal", "KVG", "basic health insurance"], N3M])
    c("ja", "geneva", "daily-life", "スイスの健康保険、加入期限は？カルージュ在住です", "answer", [N3M])
    c("fr", "geneva", "daily-life", "Assurance maladie obligatoire à Genève : je dois m'assurer dans quel délai ?", "answer", [N3M])

    # ---------------- healthcare
    c("ja", "tsu", "healthcare", "夜に子どもが熱。津市で相談できる電話番号は？", None, [["#8000", "＃8000", "8000"]], ["116117", "SAMU", "144"])
    c("en", "tsu", "healthcare", "need a doctor tonight in tsu but it's not an ambulance case – who do i call?", None,
      [["059-229-1199", "229-1199", "059 229 1199", "0592291199"]], ["SAMU", "144"])
    c("fr", "tsu", "healthcare", "Ma fille a de la fièvre la nuit à Tsu, quel numéro appeler ?", None, [["#8000", "＃8000", "8000"]], ["SAMU", "144"])
    c("ja", "tsu", "healthcare", "妊娠しました。津市で母子手帳はどこで受け取れますか？", "answer",
      [["母子健康手帳", "母子手帳"], ["妊娠届", "妊娠の届"]])
    c("en", "paris", "healthcare", "do i need to declare a médecin traitant in paris?", "answer",
      [["Assurance Maladie", "assurance maladie", "ameli", "CPAM", "reimburse", "rembours"]])
    c("fr", "paris", "healthcare", "Urgence médicale la nuit à Paris, c'est bien le 15 ?", None, [["SAMU", "Samu"]], ["144"])
    c("en", "geneva", "healthcare", "what's the ambulance number in geneva?", "answer", [["144"]], ["SAMU"])
    c("ja", "geneva", "healthcare", "ジュネーブで救急車は何番？", "answer", [["144"]], ["SAMU", "119番"])
    c("pt", "tsu", "healthcare", "Meu filho está com febre à noite em Tsu, para onde ligo?", None, [["#8000", "＃8000", "8000"]], ["SAMU", "144"])
    c("vi", "tsu", "healthcare", "Con tôi sốt cao ban đêm ở Tsu, gọi số nào?", None, [["#8000", "＃8000", "8000"]], ["SAMU", "144"])

    # ---------------- schooling
    c("ja", "paris", "schooling", "パリの日本人学校はどこにある？", "answer", [["Montigny", "モンティニ"]])
    c("fr", "paris", "schooling", "Y a-t-il une école japonaise près de Paris ? nous habitons à Versailles", "answer",
      [["Montigny", "École japonaise", "Ecole japonaise", "パリ日本人学校", "Institut culturel franco-japonais", "Institut Culturel Franco-Japonais"]])
    c("en", "paris", "schooling", "at what age is school compulsory in france? moving to neuilly with a 3yo", "answer",
      [["3 ans", "3 years", "three", "3歳", "trois ans", "age 3", "age of 3"]])
    c("ja", "geneva", "schooling", "ジュネーブに日本人学校ってある？", "answer", [["補習"]])
    c("fr", "geneva", "schooling", "Mon fils parle japonais, nous habitons à Genève – existe-t-il une école japonaise ?", "answer",
      [["補習", "complémentaire", "supplementary", "Hoshuko", "hoshūkō", "Hoshūkō", "samedi", "mercredi", "week-end", "cours de japonais", "école japonaise de Genève"]])
    c("ja", "tsu", "schooling", "津市で保育園に入るにはどうすればいい？", "answer", [["市役所", "津市", "申し込み", "申込", "市に"]])
    c("en", "geneva", "schooling", "english-speaking international schools around geneva?", "answer",
      [["International School of Geneva", "Ecolint", "École Internationale", "Ecole Internationale", "Collège du Léman", "College du Leman"]])

    # ---------------- housing
    c("fr", "geneva", "housing", "Trouver un appartement à Genève, c'est compliqué ? des conseils ?", "answer")
    c("ja", "tsu", "housing", "津市で外国人でも県営住宅に申し込める？", "answer", [["県営住宅"]])
    c("en", "tsu", "housing", "apartment hunting in tsu – any english support?", "answer")

    # ---------------- support (seed facts and organisations)
    c("ja", None, "support", "津市とパリ地域の協定はいつ結ばれた？", "answer", [ARD_DATE], rq=True)
    c("fr", None, "support", "Quand l'accord entre Tsu et l'OPI de Genève a-t-il été signé ?", "answer", [OPI_DATE], rq=True)
    c("en", None, "support", "who signed the europe agreements for tsu city?", "answer", [["前葉", "Maeba"]], rq=True)
    c("ja", None, "support", "津市の欧州ミッション団には何社参加した？", "answer", [["7社", "7 社", "七社", "７社"]], rq=True)
    c("fr", None, "support", "Quels secteurs sont visés par la coopération Tsu – Paris Île-de-France ?", "answer",
      [["mécatronique", "mechatronics", "メカトロニクス"], ["médical", "medical", "医療"], ["aérospatial", "aerospace", "航空宇宙", "aéronautique"]], rq=True)
    c("en", None, "support", "what is the OPI in geneva exactly?", "answer", [OPI_ALTS], rq=True)
    c("ja", None, "support", "ARDって何の略？津市の協定相手の", "answer", [["Agence Régionale de Développement", "パリ地域経済開発局"]], rq=True)
    c("fr", "paris", "support", "l'ARD Paris Île-de-France existe toujours ? c'est devenu quoi ?", "answer", [["Choose Paris Region"]])
    c("en", None, "support", "what happened in 2009 that led to tsu's europe agreements?", "answer", [["Annecy", "アヌシー"]], rq=True)
    c("ja", None, "support", "津市ルネサンス5って何？", "answer", [["SRB"], ["独占", "exclusive", "exclusi"]], rq=True)
    c("fr", "geneva", "support", "Tsu et Genève : quels domaines prioritaires dans l'accord ?", "answer",
      [["mécatronique", "mechatronics", "メカトロニクス"], ["cleantech", "クリーンテック", "technologies propres", "clean tech"]])
    c("en", "tsu", "support", "which tsu city department handles the europe partnerships?", "answer",
      [["産業政策振興課", "Industrial Policy", "industrial policy", "商工観光部", "Commerce, Industry and Tourism", "Commerce and Tourism"]])
    c("en", "paris", "support", "trade fairs in the paris region for industrial suppliers?", "answer",
      [["Villepinte", "Porte de Versailles", "Paris Nord", "Paris Expo"]])
    c("fr", "geneva", "support", "Salons professionnels à Genève, où ça se passe ?", "answer", [["Palexpo"]])
    c("en", None, "support", "besides france, which countries did the 2012 tsu mission visit?", "answer",
      [["Switzerland", "Suisse", "スイス", "Swiss"], ["Germany", "Allemagne", "ドイツ"]], rq=True)
    c("fr", None, "support", "Combien d'entreprises ont eu des rendez-vous d'affaires pendant la mission de Tsu en 2012 ?", "answer", [["16社", "16 entreprises", "16 sociétés", "16 companies", "seize entreprises", "16 firms"]], rq=True)
    c("ja", None, "support", "OPIとの調印のレセプションに来ていた研究機関は？", "answer", [["CERN", "欧州原子核研究機構"]], rq=True)
    c("en", "tsu", "support", "are there multilingual consultation services for foreign residents in tsu / mie?", "answer", [MIEF])
    c("ja", "tsu", "support", "三重県の外国人向け相談窓口はどこにある？", "answer", [MIEF + ["アスト津"]])

    # ---------------- emergency
    c("fr", "paris", "emergency", "Incendie dans mon immeuble à Saint-Denis !!", "emergency", [["18", "112"]], ["144", "119"])
    c("en", "geneva", "emergency", "car accident in plan-les-ouates, someone is bleeding", "emergency", [["144"]], ["SAMU", "119"])
    c("ja", "tsu", "emergency", "火事です！津市白山町", "emergency", [["119"]], ["SAMU", "144"])
    c("fr", "geneva", "emergency", "Cambriolage en cours chez nous à Vernier", "emergency", [["117", "112"]], ["SAMU", "119"])
    c("en", "tsu", "emergency", "my colleague just collapsed at the office near tsu station", "emergency", [["119"]], ["SAMU", "144"])
    c("ja", "paris", "emergency", "パリで強盗にあった！今どうすれば", "emergency", [["17", "112"]], ["119番", "110番"])
    c("en", None, "emergency", "emergency!!! what number", "emergency", [["112", "119", "144", "SAMU"]], rq=False)
    c("it", "geneva", "emergency", "Emergenza a Ginevra, numero per l'ambulanza?", "emergency", [["144"]], ["SAMU", "119"])
    c("ja", "geneva", "emergency", "ジュネーブのアパートで火事！", "emergency", [["118"]], ["SAMU", "119"])

    # ---------------- small talk
    for lang, txt in [("fr", "Bonjour !"), ("fr", "merci beaucoup 🙏"), ("ja", "こんにちは"), ("en", "hello there"),
                      ("fr", "salut ça va ?"), ("ja", "お疲れさまです〜"), ("en", "thanks!!"), ("it", "ciao!"), ("pt", "olá, tudo bem?")]:
        c(lang, None, "smalltalk", txt, "smalltalk")
    c("fr", "geneva", "smalltalk", "coucou depuis Genève 🇨🇭", "smalltalk")

    # ---------------- out of scope
    c("fr", "geneva", "out-of-scope", "quel temps fera-t-il à Genève demain ?", "out-of-scope", None, ["OCPM", "LAMal"])
    c("ja", "tsu", "out-of-scope", "明日の津の天気は？", "out-of-scope", None, ["市役所"])
    c("en", "paris", "out-of-scope", "who's gonna win ligue 1 this year, psg again?", "out-of-scope")
    c("fr", None, "out-of-scope", "raconte-moi une blague", "out-of-scope")
    c("en", None, "out-of-scope", "write my 500 word essay on climate change pls", "out-of-scope")
    c("ja", None, "out-of-scope", "このExcelの関数おしえて =VLOOKUP", "out-of-scope")

    # ---------------- handover
    c("fr", "paris", "handover", "Je voudrais parler à quelqu'un pour notre implantation à La Défense", "handover", [ARD_ALTS])
    c("en", "geneva", "handover", "can i get a contact person for setting up our company in geneva?", "handover",
      [OPI_ALTS + ["promotion économique", "Promotion économique", "economic development", "GGBa", "Greater Geneva"]])
    c("ja", "tsu", "handover", "津市の担当者と直接話したいです", "handover", [["産業政策振興課", "津市"]])
    c("en", "tsu", "handover", "we're a french company, please connect us with local partners in tsu", "handover", [TSU_OFF])
    c("fr", "tsu", "handover", "Pouvez-vous nous présenter des entreprises à Tsu ?", "handover", [TSU_OFF])
    c("ja", "paris", "handover", "パリの投資家を紹介してほしい", "handover", [ARD_ALTS])
    c("fr", "geneva", "handover", "Mettez-moi en contact avec une université ou des start-up à Genève svp", "handover",
      [OPI_ALTS + ["promotion économique", "Promotion économique", "GGBa", "Greater Geneva"]])
    c("en", None, "handover", "i need a human pls", None, [["Tsu", "津", "Paris", "パリ", "Genève", "Geneva", "ジュネーブ"]], rq=False)

    # ---------------- clarify region
    c("fr", None, "company", "Quel est le capital minimum pour créer une société ?", "clarify-region", CLAR)
    c("en", None, "residence", "how long do i have to register my address after moving?", "clarify-region", CLAR)
    c("ja", None, "healthcare", "健康保険はどうすればいい？", "clarify-region", CLAR)
    c("en", None, "residence", "which visa do i need to start a business?", "clarify-region", CLAR)

    # ---------------- follow-ups
    c("fr", "geneva", "follow-up", ["On s'installe à Genève, il faut s'annoncer où ?", "et le délai ?"], "answer", [N14D])
    c("en", "paris", "follow-up", ["minimum capital for a SAS in paris?", "and for a SARL?"], "answer", [N1EUR])
    c("ja", "tsu", "follow-up", ["津市で株式会社作りたい", "費用はどのくらいかかる？"], "answer", [N150K])
    c("en", "geneva", "follow-up", ["Sàrl capital in geneva?", "does all of it need to be paid in at once?"], "answer",
      [["fully", "in full", "entire", "100%", "entirely", "full amount", "whole", "completely"]])
    c("fr", "tsu", "follow-up", ["Quel numéro en cas d'urgence à Tsu ?", "et pour un enfant malade la nuit, sans urgence vitale ?"], "answer",
      [["#8000", "＃8000", "8000"]], ["SAMU", "144"])
    c("ja", "geneva", "follow-up", ["ジュネーブで健康保険は必要？", "いつまでに入ればいい？"], "answer", [N3M])
    c("en", "tsu", "follow-up", ["how do i get from centrair to tsu?", "how long does it take?"], "answer", [["45分", "45 min", "45min", "45 Min", "quarante-cinq minutes"]])
    c("fr", None, "follow-up", ["Quand l'accord Tsu–Paris a-t-il été signé ?", "et celui avec Genève ?"], "answer", [OPI_DATE], rq=True)
    c("ja", None, "follow-up", ["津市の欧州ミッションはいつ？", "何社参加した？"], "answer", [["7社", "7 社", "七社", "７社"]], rq=True)
    c("en", "geneva", "follow-up", ["can i drive in geneva with a japanese licence?", "and after that period?"], "answer",
      [["exchange", "échange", "Swiss licence", "Swiss license", "Swiss driving", "permis suisse", "OCV", "convert"]])
    c("fr", "paris", "follow-up", ["Capital minimum pour créer une SAS à Paris ?", "et ensuite, on s'immatricule où ?"], "answer",
      [["guichet unique", "Guichet unique", "INPI"]])
    c("ja", "paris", "follow-up", ["パリで長期滞在ビザ（VLS-TS）を取った", "入国後に何をすればいい？"], "answer",
      [["有効化", "validation", "オンライン", "3か月", "3ヶ月", "OFII", "認証", "バリデーション"]])
    c("en", None, "follow-up", ["hello", "how do i register my company?"], "clarify-region", CLAR)
    c("fr", "tsu", "follow-up", ["Nous ouvrons un bureau à Tsu.", "Qui peut nous aider sur place ?"], None, [TSU_OFF + MIEF])
    return S.finish()


# =====================================================================================
def validate(doc, allowed_reply_langs):
    errs = []
    ids = [c["id"] for c in doc["cases"]]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for cs in doc["cases"]:
        cid = cs["id"]
        if cs["region"] not in REGIONS:
            errs.append(f"{cid}: bad region {cs['region']}")
        if cs["topic"] not in TOPICS:
            errs.append(f"{cid}: bad topic {cs['topic']}")
        turns = cs["turns"]
        if not turns:
            errs.append(f"{cid}: no turns")
        for i, t in enumerate(turns):
            has = "expect" in t
            if has != (i == len(turns) - 1):
                errs.append(f"{cid}: expect must be on the last turn only")
            if not t.get("text", "").strip():
                errs.append(f"{cid}: empty text")
        exp = turns[-1].get("expect", {})
        if "kind" in exp and exp["kind"] not in KINDS:
            errs.append(f"{cid}: bad kind {exp['kind']}")
        if not exp.get("language"):
            errs.append(f"{cid}: no language")
        for l in exp.get("language", []):
            if l not in allowed_reply_langs and l != cs["lang"]:
                errs.append(f"{cid}: odd reply language {l}")
        for g in exp.get("all", []):
            if not isinstance(g, list) or not g or any(not isinstance(x, str) or not x.strip() for x in g):
                errs.append(f"{cid}: empty/bad keyword group {g}")
        for x in exp.get("none", []):
            if not isinstance(x, str) or not x.strip():
                errs.append(f"{cid}: bad none entry")
        # a 'none' entry must not also be an alternative that could be required
        allalts = {a.lower() for g in exp.get("all", []) for a in g}
        clash = [x for x in exp.get("none", []) if x.lower() in allalts]
        if clash:
            errs.append(f"{cid}: none/all clash {clash}")
    return errs


def counts(doc):
    k = Counter(); r = Counter(); l = Counter(); t = Counter(); multi = 0
    for cs in doc["cases"]:
        e = cs["turns"][-1]["expect"]
        k[e.get("kind", "(any)")] += 1
        r[str(cs["region"])] += 1
        l[cs["lang"]] += 1
        t[cs["topic"]] += 1
        multi += len(cs["turns"]) > 1
    return {"cases": len(doc["cases"]), "multi_turn": multi, "kind": dict(k), "region": dict(r), "lang": dict(l), "topic": dict(t)}


def main():
    out = {}
    for fname, builder, langs in [("blind21-tokyo-nrw.json", build_p1, {"ja", "de", "en"}),
                                  ("blind21-tsu.json", build_p2, {"ja", "fr", "en"})]:
        doc = builder()
        errs = validate(doc, langs)
        path = os.path.join(HERE, fname)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
        with open(path, encoding="utf-8") as f:
            json.load(f)  # reload check
        if errs:
            print(fname, "VALIDATION ERRORS:", *errs, sep="\n  ")
            sys.exit(1)
        out[fname] = counts(doc)
        print(fname, json.dumps(out[fname], ensure_ascii=False))
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print("OK")


if __name__ == "__main__":
    main()
