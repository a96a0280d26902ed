# Generator for blind13 (kakehashi blind evaluation set). Writes the two JSON files next to src/.
import json, os, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WHO = "blind13 helper session, 2026-12-01"

RQ1 = ["Tokyo oder NRW", "Tokyo or NRW", "Tokio oder NRW", "東京とNRWのどちら", "東京またはNRW", "東京かNRW", "which region", "welche Region", "どちらの地域"]
RQ2 = ["Paris ou Genève", "Paris or Geneva", "パリかジュネーブ", "パリとジュネーブのどちら", "which region", "quelle région", "どちらの地域", "どの地域"]
P1 = {"de", "ja", "en"}; P2 = {"fr", "ja", "en"}

# keyword groups (alternatives in reply languages / number formats)
YEN1 = ["1円", "1 yen", "1 Yen", "¥1", "JPY 1", "1 JPY", "one yen", "ein Yen", "einem Yen", "un yen", "1 엔", "1엔"]
Y150K = ["150,000", "150.000", "150000", "150 000", "15万"]
Y60K = ["60,000", "60.000", "60000", "60 000", "6万"]
Y15K = ["15,000", "15.000", "15000", "15 000", "1万5千", "1万5000", "1.5万"]
Y30K = ["30,000", "30.000", "30000", "30 000", "3万"]
Y30M = ["30 million", "30 Millionen", "30 Mio", "30,000,000", "30.000.000", "30 000 000", "3,000万", "3000万", "3 000万", "30 millions", "¥30m", "30m"]
BM = ["Business Manager", "経営・管理", "経営管理", "Business/Manager", "Manager", "gestion", "business manager"]
E25K = ["25.000", "25,000", "25000", "25 000", "2万5000", "2万5千", "2.5万"]
E12K = ["12.500", "12,500", "12500", "12 500", "1万2500", "1万2千5百", "半分", "半額", "Hälfte", "half"]
EUR1 = ["1 €", "1€", "€1", "1 euro", "1 Euro", "1ユーロ", "1 ユーロ", "un euro", "one euro", "1 EUR"]
D14 = ["14 Tage", "14 Tagen", "14日", "14 days", "zwei Wochen", "2 Wochen", "two weeks", "2 weeks", "14 jours", "deux semaines", "2 semaines", "2週間", "二週間", "14 días", "dos semanas", "2 tuần", "hai tuần", "14 ngày"]
W2 = ["zwei Wochen", "2 Wochen", "14 Tage", "14 Tagen", "two weeks", "2 weeks", "14 days", "2週間", "二週間", "14日", "2 tuần", "hai tuần", "14 ngày", "两周", "两个星期", "14天"]
RCARD = ["在留カード", "residence card", "Residence Card", "Aufenthaltskarte", "zairyu", "carte de résident", "carte de séjour", "tarjeta de residencia"]
M6 = ["6 Monate", "sechs Monate", "6 months", "six months", "6か月", "6ヶ月", "6カ月", "6箇月", "半年", "sechs Monaten", "6 Monaten"]
NOTARY = ["Notar", "notary", "公証", "noter", "notaire", "Notary"]
HREG = ["Handelsregister", "commercial register", "商業登記", "登記", "Registergericht", "trade register"]
T8000 = ["8000"]
T7119 = ["7119"]
B116 = ["116117", "116 117"]
AHK = ["AHK", "German Chamber of Commerce", "Deutsche Industrie- und Handelskammer in Japan", "在日ドイツ商工会議所", "ドイツ商工会議所"]
NRWJ = ["NRW Japan", "NRWジャパン", "NRW・ジャパン"]
NRWOFF = ["NRW.Global", "NRW Japan", "NRWジャパン", "NRW・ジャパン", "NRW.GLOBAL"]
TOKOFF = ["産業労働局", "Industrial and Labor Affairs", "Industry and Labor", "Industrie und Arbeit", "Industrie- und Arbeit", "商工部", "Tokyo Metropolitan Government", "TMG", "東京都"]
TSUOFF = ["津市", "Tsu City", "Tsu city", "ville de Tsu", "City of Tsu", "mairie de Tsu", "Tsu-shi", "商工観光部"]
PAROFF = ["Choose Paris Region", "Paris Region", "Paris Région", "Paris Île-de-France", "ARD", "パリ地域", "イル＝ド＝フランス", "Île-de-France", "Ile-de-France"]
GEOFF = ["OPI", "Office de Promotion des Industries", "Promotion des Industries", "産業振興機構", "ジュネーブ州産業振興"]
NHI = ["国民健康保険", "National Health Insurance", "NHI", "Kokumin", "assurance maladie nationale", "nationale Krankenversicherung", "Nationale Krankenversicherung"]
MBOOK = ["母子健康手帳", "母子手帳", "Boshi", "carnet de maternité", "carnet maternel", "Mutter-Kind", "Mother and Child", "Maternal and Child", "carnet de santé mère", "carnet mère-enfant", "Mutterpass"]
JUGEND = ["Jugendamt", "youth welfare", "youth office", "Kita-Navigator", "ユーゲントアムト", "青少年局", "青少年福祉局"]
OCPM = ["OCPM", "Office cantonal de la population", "cantonal population", "Cantonal Office for Population", "人口移民局", "人口・移民局"]
M3 = ["3 months", "three months", "3 mois", "trois mois", "3か月", "3ヶ月", "3カ月", "三か月"]
LEGAL = ["法務局", "Legal Affairs Bureau", "Legal Affairs", "Rechtsamt", "Justizbehörde", "bureau des affaires juridiques"]

def acc(lang, part):
    ok = P1 if part == 1 else P2
    return [lang] if lang in ok else ["en", lang]

cases = {1: [], 2: []}
def c(part, lang, region, topic, texts, kind, all_=None, none=None):
    if isinstance(texts, str): texts = [texts]
    exp = {}
    if kind: exp["kind"] = kind
    exp["language"] = acc(lang, part)
    if all_: exp["all"] = all_
    if none: exp["none"] = none
    turns = [{"text": t} for t in texts[:-1]] + [{"text": texts[-1], "expect": exp}]
    cases[part].append({"lang": lang, "region": region, "topic": topic, "turns": turns})

A = "answer"
# ---------------- Partnership 1: Tokyo <-> NRW ----------------
T, N = "tokyo", "nrw"
# company, Tokyo
c(1,"de",T,"company","wie viel stammkapital braucht ne KK in tokio mindestens?",A,[YEN1],RQ1)
c(1,"en",T,"company","min capital for a kabushiki kaisha in tokyo??",A,[YEN1],RQ1)
c(1,"en",T,"company","whats the registration tax when we set up a KK in Tokyo",A,[Y150K],RQ1)
c(1,"de",T,"company","GK in Tokyo gründen – was kostet die Eintragung an Steuer?",A,[Y60K],RQ1)
c(1,"ja",T,"company","東京で合同会社つくるのに定款認証っている？",A,[["不要","必要ありません","いりません","必要はありません","必要ない","認証は不要","ありません"]],RQ1)
c(1,"de",T,"company","Notargebühr für die Satzung unserer KK in tokyo? Gründerin ist unsere deutsche Mutter-GmbH",A,[Y30K],RQ1)
c(1,"en",T,"company","notary fee for KK articles in tokyo — 1 founder (me, individual), capital 500k yen, no board",A,[Y15K],RQ1)
c(1,"ja",T,"company","株式会社の定款認証手数料っていくら？東京で資本金50万円、発起人は私ひとり、取締役会なし",A,[Y15K],RQ1)
c(1,"en",T,"company","which visa do i need to run my own company in tokyo as a german?",A,[BM],RQ1)
c(1,"de",T,"company","Welches Visum brauche ich, um in Tokio eine eigene Firma zu leiten?",A,[BM],RQ1)
c(1,"en",T,"company","how much capital is needed now for the business manager visa in tokyo? heard it changed in 2025",A,[Y30M],RQ1)
c(1,"de",T,"company","stimmt es, dass man fürs business manager visum in japan jetzt 30 mio yen braucht? (Firma soll nach Tokio)",A,[Y30M],RQ1)
c(1,"ja",T,"company","東京で経営管理ビザ、自宅をオフィスにしてもOK？",A,[["原則","認められ","不可","できません","NG"]],RQ1)
c(1,"en",T,"company","business manager visa tokyo – do we have to hire someone full time? can it be a foreigner on a work visa?",A,[["full-time","full time","常勤"],["Japanese","permanent resident","日本人","永住"]],RQ1)
c(1,"en",T,"company","is the tokyo startup visa (6 months to prepare) still a thing?",A,[["six months","6 months","6-month","six-month","6か月","6ヶ月"]],RQ1)
c(1,"de",T,"company","wo wird in Tokyo eine Firma eingetragen, also was ist dort das Handelsregister?",A,[LEGAL],RQ1)
c(1,"ja",T,"company","東京で会社を設立したあと税務署に出す書類ある？",A,[["税務署"],["設立届","法人設立"]],RQ1)
c(1,"en",T,"company","can our GmbH just open a branch in Tokyo instead of founding a KK?",A,[["branch","支店","Zweigniederlassung"]],RQ1)
c(1,"de",T,"company","wir sind eine GmbH aus Köln und wollen eine Tochter in Shinagawa gründen – was ist der erste Schritt?",A,[["KK","Kabushiki","GK","株式会社","合同会社","Godo"]],RQ1)
c(1,"en",T,"company","overview pls: all steps to set up a company in minato-ku",A,[["articles","定款","Satzung"],["Legal Affairs Bureau","法務局","regist"]],RQ1)
c(1,"ja",T,"company","品川区で株式会社設立、全体の流れを教えて",A,[["定款"],["登記","法務局"]],RQ1)
c(1,"en",T,"support","who helps foreign founders with incorporation paperwork in Tokyo?",A,[["Business Development Center","BDC","One-Stop","ワンストップ","JETRO","ジェトロ","産業労働局","Industrial and Labor"]],RQ1)
c(1,"fr",T,"company","Quel est le capital minimum pour une KK à Tokyo ?",A,[YEN1],RQ1)
# company, NRW
c(1,"ja",N,"company","GmbHの資本金っていくら必要？デュッセルドルフで設立予定",A,[E25K],RQ1)
c(1,"ja",N,"company","GmbH設立のとき資本金は全額払い込み？",A,[E12K],RQ1)
c(1,"en",N,"company","gmbh min. stammkapital?? (we're moving the office to Essen soon)",A,[E25K],RQ1)
c(1,"ja",N,"company","ドイツ語できないけど、デュッセルドルフの公証人の前でGmbH設立できる？",A,[["通訳","Dolmetscher","interpreter","翻訳","Übersetz"]],RQ1)
c(1,"en",N,"company","UG instead of a GmbH in Dortmund – what's the minimum capital?",A,[EUR1],RQ1)
c(1,"ja",N,"company","ケルンで会社を作りたい。公証人のところに行く必要ある？",A,[NOTARY,HREG],RQ1)
c(1,"en",N,"company","once our GmbH is in the register in Bonn, do we still need a Gewerbeanmeldung?",A,[["Gewerbeanmeldung","trade registration","Gewerbeamt","営業届","trade office"]],RQ1)
c(1,"ja",N,"company","エッセンで法人設立後、Finanzamt(税務署)への届出は？",A,[["Finanzamt","税務署","tax office"]],RQ1)
c(1,"en",N,"support","who supports japanese companies setting up in north rhine-westphalia?",A,[NRWJ],RQ1)
c(1,"ja",N,"support","NRW州に進出する日系企業をサポートしてくれる機関は？",A,[NRWJ],RQ1)
c(1,"de",N,"support","Gibt es in Düsseldorf eine japanische Industrie- und Handelskammer?",A,[["JIHK","Japanische IHK","Japanische Industrie- und Handelskammer","日本商工会議所","Japanese Chamber"]],RQ1)
c(1,"en",N,"company","is IHK membership mandatory for our new GmbH in dortmund or optional?",A,[["IHK"],["law","Gesetz","gesetzlich","automatic","mandatory","compulsory","法律","義務"]],RQ1+["IHK Stuttgart"])
c(1,"ja",N,"company","デュッセルドルフでGmbHを作ったらIHKに加入しないといけない？",A,[["IHK","商工会議所"]],RQ1+["IHK Stuttgart"])
# daily life Tokyo
c(1,"de",T,"daily-life","Wie melde ich meinen Wohnsitz in Setagaya an?",A,[D14,RCARD],RQ1)
c(1,"en",T,"daily-life","just moved to 品川区, what do i have to do at the ward office?",A,[D14,RCARD],RQ1)
c(1,"ja",T,"daily-life","ドイツ人の夫が練馬区に引っ越しました。転入届の期限は？",A,[D14],RQ1)
c(1,"de",T,"daily-life","kann ich mit meinem deutschen Führerschein in Tokio Auto fahren?",A,[["Übersetzung","translation","翻訳"],["1 Jahr","ein Jahr","einem Jahr","1 year","one year","1年","12 Monate"]],RQ1)
c(1,"en",T,"daily-life","want to swap my german licence for a japanese one in Tokyo, do i have to take a test?",A,[["translation","翻訳","Übersetzung"]],RQ1)
c(1,"de",T,"healthcare","Krankenversicherung in Tokio – muss ich da rein, wenn ich selbstständig bin?",A,[NHI],RQ1)
c(1,"en",T,"healthcare","my kid has 39° fever at 2am, we live in Meguro, what do i do",None,[T8000],["116117","116 117"]+RQ1)
c(1,"ja",T,"healthcare","夜中に子どもが熱…世田谷区です。どこに電話すれば？",None,[T8000],["116117","116 117"]+RQ1)
c(1,"de",T,"healthcare","Schwanger in Tokio – wie bekomme ich dieses Mutter-Kind-Heft?",A,[MBOOK],RQ1)
c(1,"en",T,"healthcare","is there an english version of the boshi techo in shibuya?",A,[["English","英語","Englisch"]],RQ1)
c(1,"de",T,"schooling","Kita-Platz in Tokio (Bunkyo) – wie beantragen?",A,[["保育園","Hoikuen","nursery","day care","daycare","Krippe","Kita"],["区役所","ward office","Bezirksamt","Bezirk","ward"]],RQ1)
c(1,"en",T,"schooling","is there a school with a german curriculum in the tokyo area?",A,[["Deutsche Schule Tokyo Yokohama","DSTY","German School","ドイツ学園","独逸学園"]],RQ1)
c(1,"de",T,"housing","Wohnung mieten in Tokio, was ist Reikin?",A,[["礼金","Reikin","key money","Schlüsselgeld"]],RQ1)
c(1,"ja",T,"daily-life","ドイツから来た同僚が東京で銀行口座を開きたい。何が必要？",A,[RCARD],RQ1)
c(1,"en",T,"daily-life","earthquake – where do we go in Nakano if we have to leave the flat?",A,[["避難","evacuation","shelter","Evakuierung"]],RQ1)
c(1,"de",T,"residence","Meine Aufenthaltskarte läuft bald ab, ich wohne in Koto – wo verlängern?",A,[["出入国","Immigration","入管","Einwanderung"]],RQ1)
# daily life NRW
c(1,"ja",N,"daily-life","デュッセルドルフで住民登録(Anmeldung)の期限は？",A,[W2],RQ1)
c(1,"en",N,"daily-life","we moved to essen last week — what's the deadline to register our address?",A,[W2],RQ1)
c(1,"ja",N,"daily-life","Kölnで住所登録するとき大家さんの書類いる？",A,[["Wohnungsgeberbestätigung","家主","大家","landlord","Vermieter","入居証明"]],RQ1)
c(1,"ja",N,"daily-life","Düsseldorfに引っ越したら何日以内に届け出？",A,[W2],RQ1)
c(1,"de",N,"daily-life","Muss ich für die Anmeldung in Bonn vorher einen Termin machen?",A,[["Termin","appointment","予約"]],RQ1)
c(1,"ja",N,"daily-life","Deutschlandticketって今月いくら？デュッセルドルフ通勤用",A,[["63"]],RQ1)
c(1,"en",N,"daily-life","how much is the deutschlandticket per month in 2026? commuting in Duisburg",A,[["63"]],RQ1)
c(1,"ja",N,"daily-life","日本の運転免許でデュッセルドルフでどのくらい運転できる？",A,[M6],RQ1)
c(1,"en",N,"daily-life","my japanese driver's licence – do i need to convert it in cologne? by when?",A,[M6],RQ1)
c(1,"ja",N,"schooling","ボンで子どもをKitaに入れたい。何歳から権利ある？",A,[["1歳","満1歳","1 Jahr","ersten Lebensjahr","1. Geburtstag","one year","age 1","1 year","一歳"]],RQ1)
c(1,"en",N,"schooling","need a kita in essen for my 2yo, where do i apply",A,[JUGEND],RQ1)
c(1,"ja",N,"schooling","デュッセルドルフに日本人学校ありますか？",A,[["日本人学校","Japanische Internationale Schule","JISD","Japanese International School"]],RQ1)
c(1,"de",N,"schooling","Gibt es japanischsprachige Kindergärten in Düsseldorf?",A,[["Kindergarten","Kita","幼稚園","kindergarten"]],RQ1)
c(1,"ja",N,"healthcare","ケルン在住、妊娠しました。ドイツの母子手帳みたいなものは？",A,[["Mutterpass","ムッターパス"],["Hebamme","助産師","ヘバメ","midwife","婦人科","Frauenarzt","Frauenärzt"]],RQ1)
c(1,"en",N,"healthcare","baby born in a Duesseldorf hospital – where do we register the birth and how fast?",A,[["Standesamt","registry office","register office","civil registry","戸籍"],["one week","1 week","eine Woche","1週間","一週間","7 days","7日"]],RQ1)
c(1,"ja",N,"healthcare","ケルンで夜に子どもが熱出したら？",None,[B116],["7119","8000"]+RQ1)
c(1,"de",N,"healthcare","Welche Nummer hat der ärztliche Bereitschaftsdienst in Dortmund?",A,[B116],["7119"]+RQ1)
c(1,"ja",N,"residence","エッセンで滞在許可(Aufenthaltstitel)はどこで申請？",A,[["Ausländerbehörde","外国人局","immigration office","Ausländeramt","外国人管理局","Ausländer"]],RQ1)
c(1,"en",N,"daily-life","waste separation in cologne – what goes in the yellow bin?",A,[["Gelbe","yellow","黄色","Verpackung","packaging"]],RQ1)
c(1,"ja",N,"housing","デュッセルドルフで家探し、何から始めればいい？",A,[["Kaution","敷金","保証金","deposit","Makler","不動産","仲介"]],RQ1)
# support / agreement / events
c(1,"en",T,"support","trade fairs in tokyo for industrial machinery? who helps a german sme to exhibit",A,[AHK],RQ1)
c(1,"de",T,"support","Messebeteiligung in Tokyo – wer hilft deutschen KMU dabei?",A,[AHK],RQ1)
c(1,"ja",N,"support","デュッセルドルフの見本市に出展したい。どこに相談？",A,[["Messe","メッセ","NRW.Global","NRW Japan","NRWジャパン","JETRO","ジェトロ"]],RQ1)
c(1,"en",None,"support","what exactly does the tokyo–nrw memorandum cover?",A,[["introduc","紹介","Vermittlung","contact"],["daily life","daily-life","日常生活","Alltag","famil"]],RQ1)
c(1,"de",None,"support","Seit wann gibt es die Kooperation zwischen Tokyo und NRW?",A,[["2021"]],RQ1)
c(1,"ja",None,"support","東京都とNRW州の覚書っていつまで有効？",A,[["2023"],["自動","延長","更新","継続"]],RQ1)
c(1,"en",None,"support","who signed the MoU on the NRW side?",A,[["Ministry of Economic","Ministerium für Wirtschaft","MWIDE","MWIKE","経済"]],RQ1)
c(1,"de",N,"support","Wie heißt das NRW-Wirtschaftsministerium, das das Memorandum unterschrieben hat, heute?",A,[["MWIKE","Industrie, Klimaschutz und Energie","Industry, Climate","産業・気候"]],RQ1)
c(1,"en",None,"support","in which language is the support offered? my team only speaks german and english",A,[["English","Englisch","英語"]],RQ1)
# handover
c(1,"en",T,"handover","can you introduce us to universities in tokyo for joint R&D? we're a Mittelstand company from Aachen",None,[TOKOFF],RQ1)
c(1,"ja",N,"handover","NRWのスタートアップや投資家を紹介してほしい",None,[NRWOFF],RQ1)
c(1,"de",T,"handover","Können Sie uns einen Ansprechpartner bei der Stadtregierung Tokio vermitteln?","handover",[TOKOFF],RQ1)
c(1,"en",T,"handover","we're a company from NRW – which office of the Tokyo Metropolitan Government do we talk to?",None,[TOKOFF],RQ1)
c(1,"ja",T,"handover","担当者と直接話したいです。ドイツ本社の子会社を東京に作る予定",None,[TOKOFF],RQ1)
c(1,"en",N,"handover","pls connect me with a real person, we (Osaka HQ) plan a subsidiary in Neuss","handover",[NRWOFF],RQ1)
c(1,"de",N,"handover","Ich hätte gern einen persönlichen Kontakt zu NRW.Global Business wegen einer Ansiedlung in Krefeld","handover",[NRWOFF],RQ1)
c(1,"ja",T,"handover","東京都の担当窓口の連絡先を教えてください（NRWの企業と連携したい）",None,[TOKOFF],RQ1)
c(1,"de",T,"handover","Gibt es in Tokio jemanden, der uns lokale Vertriebspartner vorstellen kann? Sitz: Bielefeld",None,[TOKOFF],RQ1)
c(1,"en",None,"handover","i need to talk to a human",None,[["Tokyo","東京","NRW","Tokio"]],None)
# emergency
c(1,"en",T,"emergency","HELP my colleague just collapsed in our office in Chiyoda","emergency",[["119"]],["112","116117"]+RQ1)
c(1,"de",T,"emergency","Notfall!! Einbruch in unsere Wohnung in Minato, welche Nummer?","emergency",[["110"]],["112"]+RQ1)
c(1,"ja",N,"emergency","事故です！デュッセルドルフのアウトバーン","emergency",[["112"]],["119"]+RQ1)
c(1,"de",N,"emergency","Mein Mann hat starke Brustschmerzen, wir sind in Essen!!","emergency",[["112"]],["119","7119"]+RQ1)
c(1,"en",N,"emergency","fire in our building in bochum what number","emergency",[["112"]],["119"]+RQ1)
c(1,"ja",T,"emergency","渋谷で財布盗まれた 警察何番？","emergency",[["110"]],["112"]+RQ1)
c(1,"en",None,"emergency","emergency number??","emergency",[["112","119"]],None)
c(1,"de",T,"emergency","Erdbeben gerade in Tokio, was tun?!","emergency",[["119","110","避難","Evakuierung","evacuat"]],["112"]+RQ1)
c(1,"ja",N,"emergency","ケルンで子どもが洗剤を飲んじゃった、救急は？","emergency",[["112"]],["119"]+RQ1)
c(1,"en",T,"emergency","not sure if i need an ambulance, feel really dizzy, in Taito-ku",None,[T7119],["116117","116 117"]+RQ1)
c(1,"tr",T,"emergency","Tokyo'da acil durum numarası nedir? ambulans lazım","emergency",[["119"]],["116117"]+RQ1)
c(1,"es",N,"emergency","¿número de emergencias en Colonia? mi hijo se cayó y sangra mucho","emergency",[["112"]],["119"]+RQ1)
# smalltalk
for lang, t in [("de","hallo 👋"),("de","moin"),("ja","おはようございます"),("en","hey there"),("de","danke dir!!"),("ja","ありがとう！助かった"),("en","thx a lot 🙏"),("de","guten abend"),("ja","やあ"),("zh","你好"),("tr","merhaba"),("en","hi, who are you?")]:
    c(1,lang,None,"smalltalk",t,"smalltalk",None,RQ1)
# out of scope
for lang, t in [("de","wie wird das wetter morgen in köln?"),("en","who won the bundesliga last season"),("ja","東京で美味しいラーメン屋教えて"),("de","erzähl mir einen witz"),("en","can u write me a python script to parse a csv"),("ja","次の日曜、東京の天気は？"),("de","was ist die hauptstadt von australien"),("en","recommend a good anime pls"),("de","kölsch oder altbier? 😂"),("en","solve 3x+5=20 pls"),("de","soll ich bitcoin kaufen?"),("ja","日本の首相って誰？")]:
    c(1,lang,None,"out-of-scope",t,"out-of-scope",None,RQ1)
# clarify-region
CL1 = [["Tokyo","東京","Tokio"],["NRW","Nordrhein","North Rhine","ノルトライン"]]
for lang, t, topic in [("en","how do i register my address?","daily-life"),("de","wie hoch ist das mindestkapital für eine firma?","company"),("ja","会社設立に公証人は必要ですか？","company"),("en","driving licence conversion – how does it work?","daily-life"),("de","Wie finde ich einen Betreuungsplatz für mein Kleinkind?","schooling"),("ja","子どもの学校の手続きはどうすればいい？","schooling"),("en","what health insurance do we need as a family?","healthcare"),("de","Wo melde ich meinen Wohnsitz an?","daily-life"),("ja","家を借りるときの敷金ってどれくらい？","housing"),("en","which visa does my wife need to join me?","residence")]:
    c(1,lang,None,topic,t,"clarify-region",CL1,None)
# other languages
c(1,"zh",N,"company","在杜塞尔多夫注册GmbH需要多少注册资本？",A,[E25K],RQ1)
c(1,"ko",T,"company","도쿄에서 주식회사(KK) 설립 최소 자본금은?",A,[YEN1],RQ1)
c(1,"tr",N,"company","Köln'de GmbH kurmak için notere gitmem gerekiyor mu?",A,[NOTARY],RQ1)
c(1,"es",T,"daily-life","¿Cómo registro mi domicilio en Shinjuku?",A,[D14],RQ1)
c(1,"vi",N,"daily-life","Tôi vừa chuyển đến Düsseldorf, phải đăng ký cư trú trong bao lâu?",A,[W2],RQ1)
c(1,"pt",T,"emergency","Qual é o número da ambulância em Tóquio?","emergency",[["119"]],["112"]+RQ1)
c(1,"zh",T,"company","东京 经营管理签证 资本金现在要多少？",A,[Y30M+["3000万日元","三千万"]],RQ1)
c(1,"ko",N,"schooling","쾰른에서 아이 어린이집(Kita) 신청은 어디서 해요?",A,[JUGEND],RQ1)
# follow-ups (multi-turn)
F = "follow-up"
c(1,"en",N,F,["I'm registering my address in Düsseldorf next week","do I need to book an appointment for that?"],A,[["appointment","Termin","予約","book"]],RQ1)
c(1,"de",T,F,["Wir wollen in Tokyo eine KK gründen","und wie lange dauert das ungefähr?"],A,[["Woche","Wochen","Tage","Tagen","weeks","days"]],RQ1+["Arbeitszeit","Öffnungszeit"])
c(1,"ja",N,F,["ケルンでGmbHを作りたい","資本金はいくら？"],A,[E25K],RQ1)
c(1,"en",T,F,["what's the minimum capital for a KK in tokyo","and for a GK?"],A,[YEN1],RQ1)
c(1,"de",N,F,["Ich ziehe nächsten Monat nach Essen.","Was muss ich in den ersten zwei Wochen erledigen?"],A,[["Anmeldung","anmelden","Bürgeramt","Bürgerbüro","Meldebehörde"]],RQ1)
c(1,"ja",T,F,["東京で経営管理ビザを取りたい","資本金の条件は？"],A,[Y30M],RQ1)
c(1,"en",N,F,["my kid (3) needs a kita in bonn","who do I contact for that?"],A,[JUGEND],RQ1)
c(1,"de",T,F,["Meine Frau ist schwanger, wir wohnen in Meguro","wo bekommen wir das Heft für die Vorsorge?"],A,[MBOOK],RQ1+["Mutterpass"])
c(1,"ja",N,F,["デュッセルドルフで出産予定です","出生届はどこに出す？"],A,[["Standesamt","戸籍","身分登録","シュタンデスアムト"]],RQ1)
c(1,"en",T,F,["just got my residence card at narita, we'll live in koto-ku","whats the deadline to register at the ward?"],A,[D14],RQ1)
c(1,"de",N,F,["Mein Deutschlandticket-Abo läuft noch über Köln","was kostet es jetzt im Monat?"],A,[["63"]],RQ1)
c(1,"en",T,F,["notary fee for the articles of a KK in tokyo?","our founder is our german GmbH, does that change anything?"],A,[Y30K],RQ1)
c(1,"ja",N,F,["日本の免許でNRWで運転してます","いつまでに切り替えが必要？"],A,[M6],RQ1)
c(1,"de",T,F,["Hallo!","Wir planen eine Niederlassung in Tokio (Chuo-ku)","Welches Visum braucht unser Geschäftsführer?"],A,[BM],RQ1)
c(1,"en",N,F,["hi","we're a japanese sme heading to dortmund","can someone from the NRW side contact us?"],"handover",[NRWOFF],RQ1)
c(1,"ja",T,F,["ドイツ人社員が家族と東京に赴任します","子どもの急病のとき相談できる番号は？"],None,[T8000],["116117"]+RQ1)
c(1,"de",N,F,["Wir sind gerade in Köln angekommen","und wenn nachts was mit dem Kind ist?"],None,[B116],["7119","8000"]+RQ1)
c(1,"en",T,F,["thinking about exhibiting at a trade fair in Tokyo","who could help us with that?"],None,[AHK],RQ1)
c(1,"ja",N,F,["NRWで会社を設立したい","誰に相談すればいい？"],None,[NRWOFF],RQ1)
c(1,"de",T,F,["Unsere KK in Tokio ist jetzt eingetragen","müssen wir noch zum Finanzamt?"],A,[["税務署","Finanzamt","tax office","Steueramt"]],RQ1)
c(1,"en",T,F,["how does company registration work in tokyo?","and how much is the registration tax?"],A,[Y150K],RQ1)
c(1,"zh",N,F,["我们在埃森成立了GmbH","还要去哪里办营业登记？"],A,[["Gewerbeamt","Gewerbeanmeldung","trade office","trade registration","营业登记"]],RQ1)

# ---------------- Partnership 2: Tsu <-> Paris Region / Geneva ----------------
S, P, G = "tsu", "paris", "geneva"
# company Tsu
c(2,"fr",S,"company","capital minimum pour créer une KK à Tsu ?",A,[YEN1],RQ2)
c(2,"fr",S,"company","combien coûte l'immatriculation d'une GK au Japon ? on s'installe à Tsu",A,[Y60K],RQ2)
c(2,"en",S,"company","we're a swiss sàrl opening a subsidiary in Tsu (Mie). which visa for our manager?",A,[BM],RQ2)
c(2,"fr",S,"company","le visa business manager demande combien de capital maintenant ? projet à Tsu",A,[Y30M],RQ2)
c(2,"ja",S,"company","フランス企業が津市で株式会社を設立します。発起人はフランス本社。定款認証の手数料は？",A,[Y30K],RQ2)
c(2,"fr",S,"company","faut-il passer chez un notaire pour une GK au Japon ? (société à Tsu)",A,[["pas nécessaire","pas besoin","n'est pas requis","n'est pas nécessaire","pas obligatoire","n'a pas besoin","不要","not required","no notar","pas de certification","aucune"]],RQ2)
c(2,"en",S,"company","where is company registration done for a company based in Tsu?",A,[LEGAL],RQ2)
c(2,"fr",S,"company","visa business manager : je peux déclarer mon appartement à Tsu comme bureau ?",A,[["principe","pas accept","non accept","n'est pas","原則","not accepted","refus"]],RQ2)
c(2,"en",S,"support","when was the agreement between Tsu and the Paris region signed?",A,[["2012"]],RQ2)
c(2,"fr",S,"support","depuis quand Tsu coopère avec Genève ?",A,[["2012"],GEOFF],RQ2)
c(2,"ja",S,"support","津市とパリ地域の協定はいつ結ばれた？",A,[["2012","平成24"]],RQ2)
c(2,"fr",S,"support","quels secteurs sont visés par l'accord Tsu–Genève ?",A,[["mécatronique","mechatronics","メカトロニクス","cleantech","technologies propres","クリーンテック","Cleantech"]],RQ2)
c(2,"en",S,"support","which industries does the tsu – paris region cooperation focus on",A,[["mechatronics","mécatronique","メカトロニクス","medical","médical","aerospace","aéronautique","aérospatial","航空宇宙","医療"]],RQ2)
c(2,"fr",S,"company","après l'immatriculation de notre KK à Tsu, quelles démarches fiscales ?",A,[["税務署","bureau des impôts","tax office","centre des impôts","impôts"]],RQ2)
# company Paris
c(2,"ja",P,"company","パリでSASを設立する場合の最低資本金は？",A,[EUR1],RQ2)
c(2,"ja",P,"company","フランスで会社登記はどこでやる？パリです",A,[["guichet unique","Guichet unique","ギシェ・ユニーク","INPI","一元窓口","ワンストップ","単一窓口"]],RQ2)
c(2,"en",P,"company","incorporating a SAS in paris — what documents do we need first?",A,[["statuts","articles","定款","bylaws"]],RQ2)
c(2,"fr",P,"company","Une PME de Tsu veut ouvrir une filiale à Paris : capital minimum d'une SAS ?",A,[EUR1],RQ2)
c(2,"ja",P,"company","パリで会社を作りたい。相談先は？",None,[PAROFF+["Business France","ビジネスフランス","JETRO","ジェトロ"]],RQ2)
c(2,"en",P,"company","what's a Kbis and how do we get one for our paris SAS?",A,[["RCS","registre du commerce","Trade and Companies Register","trade and companies register","商業登記","extrait"]],RQ2)
c(2,"ja",P,"company","パリのSAS、資本金は設立時に全額払い込み必要？",A,[["半分","2分の1","50%","1/2","moitié","half","半額"],["5年","cinq ans","5 ans","five years","5 years"]],RQ2)
c(2,"ja",P,"support","パリの見本市出展を支援してくれる機関は？",A,[PAROFF+["Business France","ビジネスフランス","JETRO","ジェトロ"]],RQ2)
c(2,"en",P,"handover","can you introduce us to startups and investors in Île-de-France? we're an SME from Tsu",None,[PAROFF],RQ2)
# company Geneva
c(2,"ja",G,"company","ジュネーブでSàrl(有限会社)を作る最低資本金は？",A,[["20,000","20'000","20’000","20.000","20000","20 000","2万"]],RQ2)
c(2,"ja",G,"company","スイスの株式会社(SA)の資本金は？ジュネーブで設立予定",A,[["100,000","100'000","100’000","100.000","100000","100 000","10万"]],RQ2)
c(2,"en",G,"company","do we have to pay in the full sàrl capital upfront in geneva?",A,[["fully","full","entièrement","全額","100%","in full","entire"]],RQ2)
c(2,"ja",G,"company","ジュネーブで会社設立、公証人は必要？",A,[["公証","notaire","notary","acte authentique"],["商業登記","registre du commerce","commercial register","Handelsregister","登記"]],RQ2)
c(2,"en",G,"support","who helps japanese SMEs set up in geneva?",None,[GEOFF],RQ2)
c(2,"fr",G,"handover","Pouvez-vous nous mettre en contact avec l'OPI à Genève ? PME de Tsu, secteur mécatronique","handover",[GEOFF],RQ2)
c(2,"ja",G,"handover","ジュネーブの研究機関や企業とつながりたい。紹介してもらえる？",None,[GEOFF],RQ2)
# daily life Tsu
c(2,"fr",S,"daily-life","on vient d'emménager à Tsu, quel délai pour déclarer l'adresse à la mairie ?",A,[D14,RCARD],RQ2)
c(2,"en",S,"daily-life","moving to Hisai (Tsu) next month — what do i register at city hall and when",A,[D14],RQ2)
c(2,"fr",S,"healthcare","j'habite à 久居, mon fils a de la fièvre cette nuit, qui appeler ?",None,[T8000],["SAMU","144","116117"]+RQ2)
c(2,"fr",S,"emergency","urgence ! accident de voiture à Tsu, quel numéro ?","emergency",[["119","110"]],["SAMU","144"]+RQ2)
c(2,"en",S,"emergency","my wife has chest pains, we're in Tsu city!!","emergency",[["119"]],["144","SAMU"]+RQ2)
c(2,"fr",S,"healthcare","pas sûr qu'il faille une ambulance — quel hôpital de garde ce soir à Tsu ?",None,[["229-1199","医療ネットみえ","Iryo Net Mie","iryo net","Iryo-net","救急医療情報"]],["SAMU","144"]+RQ2)
c(2,"fr",S,"daily-life","permis de conduire français au Japon (Tsu) – conversion sans examen ?",A,[["traduction","translation","翻訳"]],RQ2)
c(2,"en",S,"daily-life","swiss driving licence – can i drive in Mie with it?",A,[["translation","traduction","翻訳"],["1 year","one year","1 an","un an","1年","12 months"]],RQ2)
c(2,"fr",S,"healthcare","assurance maladie au Japon pour un indépendant installé à Tsu ?",A,[NHI],RQ2)
c(2,"fr",S,"healthcare","je suis enceinte, on habite à Tsu, quelles démarches ?",A,[MBOOK],RQ2)
c(2,"en",S,"schooling","daycare (hoikuen) for my 1-year-old in Tsu — where do i apply?",A,[["市役所","city hall","city office","mairie","Tsu City","Tsu city","津市"]],RQ2)
c(2,"fr",S,"housing","location d'appartement à Tsu : c'est quoi le « reikin » ?",A,[["礼金","reikin","key money","remboursable"]],RQ2)
c(2,"en",S,"daily-life","opening a bank account in Tsu as a new foreign resident, what do i need",A,[RCARD],RQ2)
# daily life Paris
c(2,"ja",P,"schooling","パリで子どもを学校に入れたい。義務教育は何歳から？",A,[["3歳","3 ans","3 years","trois ans","age 3","三歳"]],RQ2)
c(2,"ja",P,"healthcare","フランスの健康保険(carte Vitale)はどうやって作る？パリ在住",A,[["CPAM","Assurance Maladie","アシュランス・マラディ","疾病保険金庫","ameli"]],RQ2)
c(2,"en",P,"healthcare","no job yet, living in paris - when can i join french health insurance (PUMa)?",A,[M3],RQ2)
c(2,"ja",P,"healthcare","パリで夜中に子どもが熱を出したら？",None,[["15","SAMU","116117","116 117"]],["7119","8000","144"]+RQ2)
c(2,"ja",P,"emergency","パリで強盗にあった！警察は何番？","emergency",[["17","112"]],["110番","144"]+RQ2)
c(2,"en",P,"emergency","fire in our apartment in paris 11e!!","emergency",[["18","112"]],["119","144"]+RQ2)
c(2,"ja",P,"emergency","パリで救急車を呼ぶ番号は？","emergency",[["15","SAMU","112"]],["119番","144"]+RQ2)
c(2,"ja",P,"residence","パリに来ました。滞在許可(titre de séjour)の手続きはどこで？",A,[["préfecture","Préfecture","県庁","プレフェクチュール","ANEF","OFII","警視庁"]],RQ2)
c(2,"ja",P,"housing","パリでアパートを借りるときの保証人(garant)って必要？",A,[["garant","保証人","Visale","ギャラン"]],RQ2)
c(2,"ja",P,"schooling","パリで子どもの学校登録はどこでする？",A,[["mairie","区役所","市役所","メリー","town hall","役所","区庁"]],RQ2)
# daily life Geneva
c(2,"ja",G,"daily-life","ジュネーブに引っ越したら住民登録は何日以内？",A,[D14,OCPM],RQ2)
c(2,"en",G,"healthcare","arrived in Geneva last week with the family. deadline for health insurance?",A,[M3],RQ2)
c(2,"ja",G,"schooling","ジュネーブで子どもの学校、何歳から義務？",A,[["4歳","4 ans","4 years","four","quatre ans","四歳"]],RQ2)
c(2,"ja",G,"emergency","ジュネーブで急病人！救急車は何番？","emergency",[["144"]],["119番","SAMU"]+RQ2)
c(2,"en",G,"emergency","someone is breaking into our car right now in Carouge, police number?","emergency",[["117","112"]],["SAMU","110番"]+RQ2)
c(2,"ja",G,"healthcare","ジュネーブの健康保険、保険会社はどう選べばいい？",A,[["LAMal","基礎保険","基本保険","basic","assurance de base","prime","保険料","priminfo"]],RQ2)
c(2,"fr",G,"daily-life","On arrive de Tsu à Genève : où annoncer notre arrivée ?",A,[OCPM],RQ2)
c(2,"en",G,"emergency","smoke in the stairwell, fire alarm going off, Lancy!","emergency",[["118","112"]],["SAMU","119"]+RQ2)
c(2,"ja",G,"emergency","ジュネーブで火事！何番？","emergency",[["118","112"]],["119番","SAMU"]+RQ2)
# smalltalk
for lang, t in [("fr","bonjour"),("fr","salut 😊"),("fr","merci beaucoup !"),("ja","こんばんは"),("ja","どうもありがとう"),("en","hello!"),("it","ciao"),("vi","xin chào")]:
    c(2,lang,None,"smalltalk",t,"smalltalk",None,RQ2)
# out of scope
for lang, t in [("fr","quel temps fera-t-il à Genève demain ?"),("fr","le PSG a gagné hier ?"),("ja","津の明日の天気は？"),("fr","raconte-moi une blague"),("en","write me a haiku about cats"),("ja","パリでおすすめのレストランは？"),("fr","c'est combien la racine carrée de 144 ?"),("en","how tall is mont blanc"),("fr","dessine-moi un mouton")]:
    c(2,lang,None,"out-of-scope",t,"out-of-scope",None,RQ2+(["ambulance"] if "144" in t else []))
# clarify
CL2 = [["Paris","パリ"],["Genève","Geneva","ジュネーブ","Genf"]]
for lang, t, topic in [("fr","Comment déclarer mon adresse après un déménagement ?","daily-life"),("ja","最低資本金はいくら？","company"),("fr","Quelle assurance maladie faut-il prendre pour la famille ?","healthcare"),("ja","子どもの学校の手続きは？","schooling"),("en","how do i open a company bank account?","company"),("ja","住民登録の期限は？","daily-life"),("en","what are the steps to incorporate a company?","company")]:
    c(2,lang,None,topic,t,"clarify-region",CL2,None)
c(2,"en",None,"emergency","what's the emergency number?","emergency",[["119","112","144","15"]],None)
# handover
c(2,"fr",S,"handover","Je voudrais parler à quelqu'un de la ville de Tsu, on cherche des partenaires locaux","handover",[TSUOFF],RQ2)
c(2,"en",S,"handover","can you connect us with Tsu city's industry department? we're a French mechatronics SME","handover",[TSUOFF],RQ2)
c(2,"ja",P,"handover","パリ地域の担当者と話したいです。津市の中小企業です","handover",[PAROFF],RQ2)
c(2,"ja",G,"handover","ジュネーブの企業を紹介してほしい",None,[GEOFF],RQ2)
c(2,"fr",S,"handover","mise en relation avec des universités près de Tsu (Mie) ?",None,[TSUOFF],RQ2)
c(2,"en",None,"handover","talk to a human please",None,None,None)
c(2,"de",S,"handover","Können Sie uns mit der Stadt Tsu verbinden? Wir sind ein KMU aus Genf","handover",[TSUOFF],RQ2)
# other languages
c(2,"zh",P,"company","在巴黎成立SAS最低注册资本是多少？",A,[EUR1+["1欧元"]],RQ2)
c(2,"ko",G,"emergency","제네바에서 구급차 번호가 뭐예요?","emergency",[["144"]],["119"]+RQ2)
c(2,"es",S,"emergency","¿Cuál es el número de emergencias en Tsu? mi amigo se desmayó","emergency",[["119"]],["112","144"]+RQ2)
c(2,"pt",P,"healthcare","Como me inscrevo no seguro de saúde na França? Moro em Paris",A,[["CPAM","Assurance Maladie","carte Vitale","Carte Vitale"]],RQ2)
c(2,"tr",G,"company","Cenevre'de Sàrl kurmak için minimum sermaye ne kadar?",A,[["20,000","20'000","20’000","20.000","20000","20 000"]],RQ2)
c(2,"vi",S,"daily-life","Tôi mới chuyển đến Tsu, phải đăng ký địa chỉ trong bao lâu?",A,[D14],RQ2)
c(2,"de",G,"company","Mindestkapital für eine GmbH in Genf?",A,[["20,000","20'000","20’000","20.000","20000","20 000"]],RQ2)
c(2,"it",P,"emergency","numero di emergenza a Parigi? incidente in strada","emergency",[["112","15","17","18"]],["119","144"]+RQ2)
# follow-ups
c(2,"fr",S,F,["On s'installe à Tsu le mois prochain","et pour déclarer l'adresse, j'ai combien de temps ?"],A,[D14],RQ2)
c(2,"ja",P,F,["パリでSASを作る予定です","資本金はいくら必要？"],A,[EUR1],RQ2)
c(2,"ja",G,F,["ジュネーブでSàrlを設立したい","資本金は一部だけ払い込めばいい？"],A,[["全額","fully","entièrement","in full","100%","全て","すべて"]],RQ2)
c(2,"en",G,F,["we just moved to Geneva","do we have to get health insurance right away?"],A,[M3],RQ2)
c(2,"fr",S,F,["Nous créons une KK à Tsu","et les frais d'immatriculation, c'est combien ?"],A,[Y150K],RQ2)
c(2,"ja",P,F,["パリに家族で赴任します","子どもの学校の登録はどこで？"],A,[["mairie","区役所","市役所","メリー","town hall","役所","区庁"]],RQ2)
c(2,"en",S,F,["my french licence: can I use it in Tsu?","and after the first year?"],A,[["conver","切替","切り替え","exchange","échange","外免"]],RQ2)
c(2,"ja",G,F,["ジュネーブに着きました","住民登録はどこで？"],A,[OCPM],RQ2)
c(2,"fr",S,F,["bonjour","nous sommes une PME suisse qui veut s'implanter à Tsu","pouvez-vous nous mettre en relation avec la ville ?"],"handover",[TSUOFF],RQ2)
c(2,"ja",P,F,["パリの見本市に出たい","どこに相談すれば？"],None,[PAROFF+["Business France","ビジネスフランス","JETRO","ジェトロ"]],RQ2)
c(2,"en",S,F,["what visa does our manager need for Tsu?","how much capital is required for it now?"],A,[Y30M],RQ2)
c(2,"fr",G,F,["On habite à Carouge maintenant","numéro pour une ambulance ?"],"emergency",[["144"]],["SAMU"]+RQ2)
c(2,"ja",S,F,["津市とパリ地域の協定について知りたい","いつ締結されたの？"],A,[["2012","平成24"]],RQ2)
c(2,"en",P,F,["we're registering a SAS in paris","where do we file it?"],A,[["guichet unique","Guichet unique","INPI","one-stop","single window"]],RQ2)

def write(part, fname, prefix):
    out = []
    for i, cs in enumerate(cases[part], 1):
        d = {"id": f"{prefix}{i:03d}"}; d.update(cs); out.append(d)
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        json.dump({"set": fname[:-5], "writtenBy": WHO, "cases": out}, f, ensure_ascii=False, indent=1)
    return out

a = write(1, "blind13-tokyo-nrw.json", "B13TN")
b = write(2, "blind13-tsu.json", "B13TS")

def stats(cs):
    s = collections.OrderedDict()
    for key, fn in [("kind", lambda x: x["turns"][-1]["expect"].get("kind", "(omitted)")),
                    ("region", lambda x: str(x["region"])),
                    ("lang", lambda x: x["lang"]),
                    ("topic", lambda x: x["topic"]),
                    ("turns", lambda x: len(x["turns"]))]:
        s[key] = collections.Counter(fn(x) for x in cs)
    return s
for name, cs in [("tokyo-nrw", a), ("tsu", b)]:
    print(name, len(cs))
    for k, v in stats(cs).items():
        print("  ", k, dict(sorted(v.items(), key=lambda kv: -kv[1])))
