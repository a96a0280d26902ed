#!/usr/bin/env python3
"""Generator for blind16 sets (twentieth blind writer, 2026-12-01)."""
import json, collections, os
OUT = os.path.dirname(os.path.abspath(__file__))
WB = "twentieth blind writer, 2026-12-01"
# ---- keyword groups (facts checked with search; see README) ----
KK1 = ["1円", "1 円", "1 yen", "¥1", "1 jpy", "一円", "1yen"]
NOTARY15 = ["15,000", "15.000", "15000", "1万5千", "1万5000", "15 000", "15'000"]
NOTARY30 = ["30,000", "30.000", "30000", "3万", "30 000", "40,000", "40.000", "50,000", "50.000", "4万", "5万"]
CAP30M = ["30 million", "3,000万", "3000万", "3千万", "30 mio", "30.000.000", "30,000,000", "30 millions", "30 millionen", "3 000 万", "¥30m", "30m yen", "3000 万"]
REGTAX_KK = ["150,000", "150.000", "150000", "15万", "150 000"]
REGTAX_GK = ["60,000", "60.000", "60000", "6万", "60 000"]
DAYS14 = ["14日", "14 days", "14 tage", "14 tagen", "two weeks", "2 weeks", "zwei wochen", "2 wochen", "2週間", "二週間", "14 jours", "deux semaines", "14-day", "fourteen", "14天", "14일", "14 gün", "14 días", "14 dias", "14 ngày", "14 giorni", "2 semaines"]
GMBH25 = ["25.000", "25,000", "25000", "25 000", "2万5千", "25'000", "2.5万"]
GMBH12 = ["12.500", "12,500", "12500", "12 500", "12'500"]
DTICKET = ["63 €", "63€", "63 euro", "63,00", "€63", "63ユーロ", "63 eur", "63欧元", "63 유로", "63 avro"]
SAS1 = ["1 €", "1€", "1 euro", "un euro", "€1", "1ユーロ", "one euro", "1 eur", "1欧元", "1 유로", "1 유로", "un (1) euro"]
SARL20 = ["20'000", "20 000", "20.000", "20,000", "20000", "2万", "20’000"]
SA100 = ["100'000", "100 000", "100.000", "100,000", "100000", "10万", "100’000"]
SA50 = ["50'000", "50 000", "50.000", "50,000", "50000", "5万", "50’000"]
LAMAL3 = ["3 mois", "trois mois", "three months", "3 months", "3か月", "3ヶ月", "3カ月", "三か月", "3 monate", "drei monate", "3个月", "3개월", "3 meses", "tres meses", "3 mesi", "90 days", "90日"]
LIC12 = ["12 mois", "douze mois", "12 months", "twelve months", "1 an", "un an", "one year", "1 year", "1年", "12か月", "12ヶ月", "12カ月", "12 monate", "ein jahr", "一年", "12个月", "12개월", "1년", "12 meses", "un año"]
FRLIC1 = LIC12
MOTHER = ["母子健康手帳", "母子手帳", "boshi", "maternal and child health handbook", "mother and child health handbook", "mother-child health handbook", "mch handbook", "mutter-kind", "carnet de santé", "母子健康", "maternal and child", "maternal & child"]
JPSCHOOL = ["japanische internationale schule", "日本人学校", "japanese international school", "japanese school", "japanische schule", "jisd"]
NRWJ = ["nrw japan", "nrw.global business", "nrw global business", "nrwジャパン", "nrw.invest", "nrw invest", "ＮＲＷジャパン"]
TKO = ["産業労働局", "bureau of industrial", "tokyo metropolitan government", "tmg", "東京都", "büro für industrie", "amt für industrie", "industrie und arbeit", "stadtregierung", "präfektur tokyo", "präfekturregierung", "tokyo metropolitan", "präfektur tokio", "商工部"]
BDC = ["business development center", "bdc tokyo", "tosbec", "one-stop business", "東京開業ワンストップセンター", "ワンストップ", "tokyo one-stop", "jetro", "ジェトロ", "one stop"]
AHK = ["ahk", "deutsche industrie- und handelskammer in japan", "german chamber of commerce", "在日ドイツ商工会議所", "ドイツ商工会議所", "dihkj", "german chamber of commerce and industry in japan", "außenhandelskammer"]
JETRO = ["jetro", "ジェトロ", "日本貿易振興機構", "japan external trade"]
JIHK = ["jihk", "日本商工会議所", "japanische industrie- und handelskammer", "japanese chamber of commerce", "日本人商工会議所"]
CPR = ["choose paris region", "paris region", "île-de-france", "ile-de-france", "イル＝ド＝フランス", "イル・ド・フランス", "パリ地域", "パリ・リージョン", "invest paris region", "パリ地域経済開発局", "agence régionale de développement", "(ard", "ard)", "ard（", "（ard"]
OPI = ["opi)", "(opi", "l'opi", "opi ", "opi,", "opi.", "opiの", "opi（", "（opi", "office de promotion des industries", "ジュネーブ州産業振興機構", "産業振興機構", "promotion des industries"]
TSU = ["津市", "tsu", "商工観光部", "産業政策"]
BM = ["経営・管理", "経営管理", "business manager", "business-manager", "business/manager", "gestion et administration", "gestion d'entreprise", "経営･管理"]
INPI = ["guichet unique", "inpi", "formalites.entreprises", "one-stop", "ワンストップ", "guichet électronique", "単一窓口"]
MIECHILD = ["#8000", "8000", "みえ子ども医療ダイヤル", "059-232-9955"]
MIEINFO = ["059-229-1199", "医療ネットみえ", "救急医療情報センター", "iryo net mie", "emergency medical information"]
OCPM = ["ocpm", "office cantonal de la population", "cantonal office for population", "population et des migrations", "州人口移民局", "人口"]
TAXOFF = ["税務署", "tax office", "steueramt", "finanzamt", "zeimusho", "zeimu-sho", "法人設立届"]
# region-question markers
RQ_TN = ["tokyo oder nrw", "tokyo or nrw", "東京とnrw", "東京かnrw", "東京またはnrw", "nrw oder tokyo", "nrw or tokyo", "which region", "welche region", "どちらの地域", "どの地域", "tokio oder nrw"]
RQ_TS = ["paris or geneva", "paris ou genève", "paris ou geneve", "パリかジュネーブ", "パリとジュネーブのどちら", "パリまたはジュネーブ", "which region", "quelle région", "どちらの地域", "どの地域", "tsu, paris or geneva", "tsu, paris ou genève"]
HOME = {"tn": ("ja", "de", "en"), "ts": ("ja", "fr", "en")}

def mk(setkey, prefix, rows):
    cases = []
    rq = RQ_TN if setkey == "tn" else RQ_TS
    for i, r in enumerate(rows, 1):
        lang, region, topic, kind, texts, groups = r[:6]
        extra_none = r[6] if len(r) > 6 else []
        if isinstance(texts, str):
            texts = [texts]
        langs = [lang] if lang in HOME[setkey] else ["en", lang]
        exp = {}
        if kind:
            exp["kind"] = kind
        exp["language"] = langs
        if groups:
            exp["all"] = groups
        none = list(extra_none)
        if kind != "clarify-region" and (region is not None or kind in ("smalltalk", "out-of-scope")):
            none += rq
        if none:
            exp["none"] = none
        turns = [{"text": t} for t in texts[:-1]] + [{"text": texts[-1], "expect": exp}]
        cases.append({"id": f"{prefix}{i:03d}", "lang": lang, "region": region, "topic": topic, "turns": turns})
    return cases

A, S, O, C, H, E = "answer", "smalltalk", "out-of-scope", "clarify-region", "handover", "emergency"
# ---------------- Tokyo – NRW ----------------
TN = [
# Tokyo company / admin
("en","tokyo","company",A,"min capital for a KK in tokyo?? need quick answer",[KK1]),
("de","tokyo","company",A,"wieviel stammkapital brauch ich für ne KK in tokio",[KK1]),
("ja","tokyo","company",A,"東京で株式会社つくるとき資本金って最低いくら？",[KK1]),
("en","tokyo","company",A,"what does registering a godo kaisha in tokyo cost? the registration tax i mean",[REGTAX_GK]),
("de","tokyo","company",A,"Registersteuer (登録免許税) für eine Kabushiki Kaisha in Tokyo – wie hoch mindestens?",[REGTAX_KK]),
("ja","tokyo","company",A,"港区で株式会社設立、登録免許税っていくら？",[REGTAX_KK]),
("en","tokyo","company",A,"notary fee for the articles of a tokyo KK – 3 founders, all private persons, capital 500k yen, no board of directors",[NOTARY15]),
("de","tokyo","company",A,"unsere GmbH aus Düsseldorf gründet als alleinige Gesellschafterin eine KK in Tokyo – was kostet die Beglaubigung der Satzung beim Notar?",[NOTARY30]),
("ja","tokyo","company",A,"定款認証の手数料って1万5千円になったってほんと？渋谷で会社つくる予定",[NOTARY15]),
("en","tokyo","residence",A,"which visa do i need to run my own company in tokyo? heard the rules changed in 2025",[BM, CAP30M]),
("de","tokyo","residence",A,"Welches Visum brauche ich als Geschäftsführer einer neu gegründeten Firma in Tokio?",[BM]),
("ja","tokyo","residence",A,"経営管理ビザの資本金要件って3000万円になった？東京で起業予定のドイツ人です",[CAP30M]),
("en","tokyo","residence",A,"can i use my flat in setagaya as the office for the business manager visa?",[["office","オフィス","事務所","büro"]]),
("en","tokyo","support",A,"where can foreigners get one-stop help with company registration in tokyo",[BDC]),
("de","tokyo","support",A,"gibt es in Tokyo eine Anlaufstelle, die bei Gründungsformalitäten auf Englisch hilft?",[BDC]),
("ja","tokyo","support",A,"外国企業が東京で会社設立するとき手伝ってくれる窓口ある？",[BDC]),
("en","tokyo","company",A,"do we need a director living in japan for a KK in tokyo?",[]),
("de","tokyo","company",A,"Nach der Gründung in Tokio – bei welchem Amt melden wir die Firma steuerlich an?",[TAXOFF]),
("en","tokyo","company",A,"after registering at the legal affairs bureau in tokyo, what else do we have to file? tax office?",[TAXOFF]),
("ja","tokyo","company",A,"登記のあと税務署に出す書類なに？品川区の会社です",[TAXOFF]),
("zh","tokyo","company",A,"在东京成立株式会社，最低资本金是多少？",[KK1]),
("ko","tokyo","company",A,"도쿄에서 주식회사(KK) 설립할 때 최소 자본금은?",[KK1]),
("tr","tokyo","company",A,"Tokyo'da KK şirketi kurmak için minimum sermaye ne kadar?",[KK1]),
("es","tokyo","company",A,"cuánto es el impuesto de registro para una KK en Tokio?",[REGTAX_KK]),
("vi","tokyo","daily-life",A,"đăng ký địa chỉ ở Tokyo phải làm trong bao nhiêu ngày?",[DAYS14]),
# Tokyo support, events, intros
("de","tokyo","support",A,"Wir wollen auf einer Messe in Tokyo ausstellen – wer hilft deutschen KMU dabei?",[AHK]),
("en","tokyo","support",A,"we want a booth at a tokyo trade fair next spring, any support for german SMEs?",[AHK]),
("ja","tokyo","support",A,"ドイツの中小企業です。東京の展示会に出たいけどサポートある？",[AHK + JETRO]),
("en","tokyo","support",A,"is there a showroom where we can display our products in tokyo for a few months?",[]),
("de","tokyo","handover",H,"Wir suchen Kontakt zu Start-ups und Investoren in Tokyo – könnt ihr uns vermitteln?",[TKO]),
("en","tokyo","handover",H,"pls introduce us to a university lab in tokyo working on hydrogen 🙏",[TKO]),
("ja","tokyo","handover",H,"東京の大学と共同研究したいドイツ企業です。紹介してもらえますか",[TKO]),
("de","tokyo","handover",H,"ich möchte bitte mit einem menschen sprechen, wir gründen gerade eine tochter in tokio",[TKO]),
("en","tokyo","handover",H,"who's the contact at the tokyo government for an SME from NRW?",[TKO]),
("ja","tokyo","handover",H,"NRWの会社ですが東京都のどの部署に相談すればいい？",[TKO]),
("en","tokyo","support",None,"looking for local distributors in tokyo for our machine parts, how do we find them?",[TKO + JETRO + AHK]),
("de","tokyo","support",None,"Geschäftspartner in Japan finden – gibt's Matching-Events in Tokyo?",[TKO + JETRO + AHK]),
("en","tokyo","support",A,"which support organisations exist for german SMEs entering tokyo?",[AHK + JETRO + BDC]),
("de","tokyo","support",A,"welche förderorganisationen gibt es für den markteintritt in tokyo",[AHK + JETRO + BDC]),
("de","tokyo","support",A,"Gibt's in Tokyo Hilfe oder Zuschüsse für ausländische Start-ups?",[BDC + TKO]),
("en","tokyo","handover",H,"contact details of the tokyo bureau of industrial and labor affairs pls",[TKO]),
# Tokyo daily life
("en","tokyo","daily-life",A,"moved to nakano last week, how many days do i have to register my address?",[DAYS14]),
("de","tokyo","daily-life",A,"Wie melde ich meinen Wohnsitz in Tokyo an?",[["区役所","ward office","bezirksamt","rathaus","stadtbezirk","市役所","bezirksverwaltung","ward-office","city office","gemeinde"]]),
("ja","tokyo","daily-life",A,"目黒区に引っ越した外国人です、住所の届出の期限は？",[DAYS14]),
("de","tokyo","healthcare",A,"Brauchen wir in Tokio eine eigene Krankenversicherung, wenn ich bei unserer KK angestellt bin?",[["健康保険","krankenversicherung","health insurance","shakai hoken","社会保険","kenko"]]),
("en","tokyo","emergency",E,"kid has 39° fever at 2am, we're in minato. not sure if we need an ambulance 😰",[["#7119","#8000","7119","8000"]],["116117"]),
("ja","tokyo","emergency",E,"子どもが夜中に熱出した、世田谷。救急車呼ぶべき？",[["#8000","#7119","8000","7119"]],["116117"]),
("de","tokyo","emergency",E,"NOTFALL mein mann ist in shinjuku zusammengebrochen welche nummer??",[["119"]],["116117"]),
("en","tokyo","emergency",E,"someone broke into our flat in shibuya!! police number?",[["110"]],["116117"]),
("en","tokyo","emergency",E,"earthquake just now, we're in chiyoda with 2 kids, what do we do",[]),
("ja","tokyo","healthcare",A,"東京で英語が通じる病院を探すには？",[["ひまわり","himawari","5285-8181"]]),
("en","tokyo","healthcare",A,"pregnant, just moved to koto-ku. what do i need to do first?",[MOTHER]),
("de","tokyo","healthcare",A,"Meine Frau ist schwanger, wir wohnen in Minato – was müssen wir beim Bezirksamt machen?",[MOTHER + ["mutterpass"]]),
("ja","tokyo","healthcare",A,"妊娠届はどこに出す？港区に住んでるドイツ人です",[MOTHER]),
("en","tokyo","daily-life",A,"how do i convert my german driving licence in tokyo?",[["translation","übersetzung","翻訳","jaf"]]),
("de","tokyo","daily-life",A,"Führerschein in Tokio umschreiben – brauch ich eine Prüfung?",[["übersetzung","jaf","翻訳","translation"]]),
("ja","tokyo","daily-life",A,"ドイツの免許を日本の免許に切り替えたい、東京在住",[["翻訳","jaf"]]),
("en","tokyo","schooling",A,"international schools in tokyo for a 7yo, ideally german-speaking?",[]),
("ja","tokyo","schooling",A,"Tokioで子どもをインターナショナルスクールに入れたい、どう探す？",[]),
("de","tokyo","housing",A,"Wohnung in Tokio mieten – was ist Reikin und Shikikin?",[["礼金","reikin"],["敷金","shikikin"]]),
("en","tokyo","housing",A,"what's a guarantor company when renting in tokyo?",[["保証会社","guarantor","garant"]]),
("ja","tokyo","housing",A,"東京で外国人でも保証人なしで部屋借りられる？",[["保証会社","保証"]]),
("de","tokyo","daily-life",A,"Mülltrennung in Setagaya – wie funktioniert das?",[]),
("zh","tokyo","emergency",None,"在东京晚上孩子发烧怎么办",[["#8000","#7119","8000","7119","119"]]),
("ko","tokyo","emergency",E,"도쿄 구급차 번호 뭐예요?",[["119"]]),
("es","tokyo","emergency",E,"¿cuál es el número de ambulancia en Tokio?",[["119"]]),
("pt","tokyo","daily-life",A,"preciso registrar meu endereço em Tóquio, qual o prazo?",[DAYS14]),
("ja","tokyo","daily-life",A,"マイナンバーカードって外国人も作れる？大田区在住",[]),
# NRW company
("en","nrw","company",A,"how much capital for a GmbH in cologne?",[GMBH25]),
("ja","nrw","company",A,"デュッセルドルフでGmbH設立、資本金はいくら必要？",[GMBH25]),
("ja","nrw","company",A,"Kölnで有限会社(GmbH)作りたい、最低資本金と設立時の払込額は？",[GMBH25, GMBH12]),
("de","nrw","company",A,"Muss ich bei der GmbH-Gründung in Essen die 25.000 sofort komplett einzahlen?",[GMBH12]),
("en","nrw","company",A,"is there something cheaper than a GmbH in bonn, like the 1 euro company?",[["unternehmergesellschaft","ug (haftungsbeschränkt)","ug（haftungsbeschränkt","mini-gmbh","(ug)","ug)","ug (","ug（"]]),
("ja","nrw","company",A,"Düsseldorfに日本企業の子会社つくりたい。何が必要？全体の流れ教えて",[["公証","notar","notary"],["商業登記","handelsregister","commercial register","登記"]]),
("en","nrw","company",A,"do i need to speak german at the notary in düsseldorf?",[["interpreter","dolmetscher","通訳","translator","übersetzer"]]),
("de","nrw","company",A,"Kann man eine GmbH in NRW komplett online gründen, auch mit Sacheinlage?",[]),
("ja","nrw","company",A,"エッセンで会社登記したら営業届（Gewerbeanmeldung）も必要？",[["gewerbe","営業届","trade registration","営業登録"]]),
("en","nrw","company",A,"after the handelsregister entry in dortmund, what do we do with the tax office?",[TAXOFF + ["elster","fragebogen zur steuerlichen erfassung"]]),
("de","nrw","company",A,"Wie lange dauert die Eintragung ins Handelsregister in Köln ungefähr?",[]),
("zh","nrw","company",A,"在杜塞尔多夫成立GmbH需要多少资本？",[GMBH25]),
("ko","nrw","company",A,"뒤셀도르프에서 GmbH 만들려면 최소 자본금 얼마?",[GMBH25]),
("tr","nrw","company",A,"Köln'de GmbH kurmak için notere gitmem gerekiyor mu?",[["notar","notary","noter"]]),
("es","nrw","company",A,"¿necesito un notario para fundar una GmbH en Düsseldorf?",[["notar","notary","notario"]]),
("fr","nrw","company",A,"capital minimum pour une GmbH à Cologne ?",[GMBH25]),
("it","nrw","company",A,"quanto capitale serve per una GmbH a Colonia?",[GMBH25]),
# NRW support / intros / events
("en","nrw","support",A,"who supports japanese companies coming to nrw?",[NRWJ]),
("ja","nrw","support",A,"NRWに進出する日本企業を支援してくれる機関は？",[NRWJ]),
("ja","nrw","support",A,"NRW州に拠点を作りたい。日本国内で相談できる窓口ある？",[NRWJ]),
("de","nrw","support",A,"Welche Organisationen unterstützen japanische KMU bei der Ansiedlung in NRW?",[NRWJ]),
("ja","nrw","support",A,"デュッセルドルフの日本商工会議所ってある？",[JIHK]),
("ja","nrw","support",A,"ケルンの見本市に出展したい、何か支援ある？",[NRWJ + JETRO + ["koelnmesse","ケルンメッセ"]]),
("en","nrw","support",A,"trade fairs in düsseldorf relevant for medtech – can someone help us exhibit?",[]),
("ja","nrw","handover",H,"NRWのスタートアップや投資家を紹介してほしい",[NRWJ]),
("en","nrw","handover",H,"can you introduce us to a university in aachen for joint research?",[NRWJ]),
("de","nrw","handover",H,"Bitte nennt uns einen Ansprechpartner in Düsseldorf, wir sind ein japanischer Zulieferer",[NRWJ]),
("ja","nrw","handover",H,"担当者と直接話したいです。ボーフムに工場を検討中",[NRWJ]),
("en","nrw","support",None,"need local partners in the ruhr area for distribution, where to start?",[NRWJ]),
("ja","nrw","support",A,"NRWで取引先を探せるイベントやマッチングある？",[NRWJ + JETRO + JIHK]),
("de","nrw","support",A,"Wer hat das Memorandum mit Tokyo auf NRW-Seite unterschrieben?",[["mwide","wirtschaft, innovation, digitalisierung und energie","mwike","経済・イノベーション・デジタル化・エネルギー省"]]),
("en","nrw","handover",H,"need a tax advisor in düsseldorf who speaks japanese, can you connect me?",[NRWJ + JIHK]),
("ja","nrw","handover",H,"NRW Japanの連絡先を教えて",[NRWJ]),
# NRW daily life
("en","nrw","daily-life",A,"we moved to essen, how long do i have for the anmeldung?",[DAYS14]),
("ja","nrw","daily-life",A,"Essenに引っ越した、住民登録の期限は？",[DAYS14]),
("ja","nrw","daily-life",A,"デュッセルドルフで住民登録するのに予約いる？",[["予約","termin","appointment"]]),
("de","nrw","daily-life",A,"Was brauche ich für die Anmeldung in Bonn – Wohnungsgeberbestätigung?",[["wohnungsgeber"]]),
("en","nrw","daily-life",A,"how much is the deutschlandticket now? i live in düsseldorf",[DTICKET]),
("ja","nrw","daily-life",A,"ドイチュラントチケットって今いくら？ケルン在住",[DTICKET]),
("de","nrw","emergency",E,"Kind hat nachts hohes Fieber, wir wohnen in Köln – Notaufnahme oder was?",[["116117","116 117"]],["#7119","#8000"]),
("ja","nrw","emergency",E,"デュッセルドルフで夜に子どもが熱。どこに電話すればいい？",[["116117","116 117"]],["#7119","#8000"]),
("en","nrw","emergency",E,"emergency!! my colleague collapsed in our office in dortmund",[["112"]],["#7119","119番"]),
("ja","nrw","emergency",E,"Düsseldorfに住んでる。泥棒に入られた！警察何番？",[["110"]],["#7119"]),
("de","nrw","healthcare",A,"Zahnschmerzen am Wochenende in Essen, wen ruf ich an?",[["zahnärztlich","zahnarzt","dentist","歯科","dental"]]),
("en","nrw","schooling",A,"kitas for japanese-speaking kids in düsseldorf?",[["kita","kindergarten","幼稚園","保育"]]),
("ja","nrw","schooling",A,"ケルンで子どものKita（幼稚園）を探すには？",[["kita","幼稚園","保育","kindergarten"]]),
("ja","nrw","schooling",A,"デュッセルドルフの日本人学校について教えて",[JPSCHOOL]),
("en","nrw","schooling",A,"is there a japanese school near düsseldorf for my 10 yo?",[JPSCHOOL]),
("ja","nrw","healthcare",A,"ボンで妊娠がわかった。ドイツにも母子手帳みたいなのある？",[["mutterpass","ムッターパス","マッターパス","母子手帳"], ["hebamme","助産師","ヘバメ","助産婦"]]),
("en","nrw","healthcare",A,"wife is pregnant, we live in münster – midwife, how does that work here?",[["hebamme","midwife"]]),
("de","nrw","daily-life",A,"Japanischen Führerschein in Düsseldorf umschreiben lassen – wie geht das?",[]),
("ja","nrw","daily-life",A,"日本の運転免許、NRWで切り替えできる？期限ある？",[]),
("en","nrw","healthcare",A,"health insurance in germany for our seconded japanese staff in cologne – statutory or private?",[["gesetzlich","statutory","public","公的","gkv"]]),
("de","nrw","residence",A,"Aufenthaltstitel für eine japanische Fachkraft in Düsseldorf – wo beantragen?",[["ausländerbehörde","ausländeramt","immigration office","外国人局","foreigners' office","einwanderungsbehörde","ausländer"]]),
("ja","nrw","residence",A,"ケルンで滞在許可（Aufenthaltstitel）はどこで申請する？",[["ausländerbehörde","外国人局","ausländeramt","移民局","外国人役所","ausländer"]]),
("de","nrw","daily-life",A,"Kindergeld für eine japanische Familie in Essen – wo beantragen?",[["familienkasse"]]),
("ko","nrw","daily-life",A,"쾰른에서 주소 등록은 며칠 안에 해야 해요?",[DAYS14]),
("zh","nrw","emergency",None,"在埃森晚上看急诊打什么电话？",[["116117","116 117","112"]]),
("tr","nrw","emergency",E,"Düsseldorf'ta acil durum numarası nedir?",[["112"]],["#7119"]),
("es","nrw","daily-life",A,"¿cuánto cuesta el Deutschlandticket? vivo en Bochum",[DTICKET]),
("de","nrw","housing",A,"Wohnungssuche in Düsseldorf – was ist eine Mietschuldenfreiheitsbescheinigung?",[]),
("en","nrw","daily-life",A,"got a letter about the rundfunkbeitrag in bochum, what is that?",[["rundfunkbeitrag","broadcast","放送"]]),
# null / general
("en",None,"smalltalk",S,"hi",[]),
("ja",None,"smalltalk",S,"こんにちは！",[]),
("de",None,"smalltalk",S,"Hallo 👋",[]),
("de",None,"smalltalk",S,"moin",[]),
("en",None,"smalltalk",S,"thx, that helped a lot 🙏",[]),
("ja",None,"smalltalk",S,"ありがとうございます〜助かりました",[]),
("de",None,"smalltalk",S,"Guten Abend, wer bist du eigentlich?",[]),
("zh",None,"smalltalk",S,"你好",[]),
("ko",None,"smalltalk",S,"안녕하세요",[]),
("en",None,"smalltalk",S,"good morning kakehashi ☀️",[]),
("ja",None,"smalltalk",S,"おはよ",[]),
("tr",None,"smalltalk",S,"merhaba",[]),
("en","tokyo","out-of-scope",O,"will it rain in tokyo tomorrow?",[]),
("de","nrw","out-of-scope",O,"wer hat gestern gewonnen, fortuna düsseldorf oder köln?",[]),
("ja",None,"out-of-scope",O,"何か面白いジョーク言って",[]),
("en",None,"out-of-scope",O,"write me a python script that parses a csv",[]),
("de",None,"out-of-scope",O,"Kannst du meine Mathehausaufgaben machen? 3x+5=20",[]),
("ja","tokyo","out-of-scope",O,"明日の東京の天気は？",[]),
("en","nrw","out-of-scope",O,"bvb score today?",[]),
("zh",None,"out-of-scope",O,"给我讲个笑话",[]),
("en",None,"company",C,"how much capital do i need to found a company?",[]),
("de",None,"daily-life",None,"Wie lange habe ich Zeit, meinen Wohnsitz anzumelden?",[]),
("ja",None,"company",C,"会社設立に公証人って必要？",[]),
("en",None,"company",C,"what's the notary fee for founding a company",[]),
("de",None,"residence",C,"welches visum brauche ich?",[]),
("ja",None,"schooling",C,"子どもの学校を探しています",[]),
("en",None,"emergency",None,"which number do i call in an emergency",[["119","112"]]),
("ja",None,"emergency",None,"救急車って何番？",[["119","112"]]),
("en",None,"handover",None,"can i talk to a real person pls",[TKO + NRWJ + ["contact","kontakt","窓口","office"]]),
("en",None,"support",A,"when was the tokyo–nrw memorandum signed and how long is it valid?",[["2021"],["2023","automatic","automatisch","自動","extended","verlängert"]],RQ_TN),
("ja",None,"support",A,"東京都とNRWの覚書っていつ署名されたの？",[["2021","令和3"]],RQ_TN),
# follow-ups
("en","tokyo","follow-up",A,["i want to found a company in tokyo","and how long does that take?"],[],["working hours","営業時間","öffnungszeiten"]),
("de","nrw","follow-up",A,["Wie melde ich mich in Düsseldorf an?","brauch ich dafür nen termin?"],[["termin"]],["hausarzt","facharzt"]),
("ja","tokyo","follow-up",A,["東京で株式会社を作りたいです","資本金はいくら必要？"],[KK1]),
("en","nrw","follow-up",A,["we're setting up a GmbH in cologne","how much do we have to pay in at the start?"],[GMBH12]),
("ja","nrw","follow-up",A,["ケルンに引っ越しました","住民登録はいつまでに？"],[DAYS14]),
("de","tokyo","follow-up",A,["Wir ziehen nach Setagaya","und wie ist das mit der Krankenversicherung?"],[["健康保険","krankenversicherung","kokumin","国民健康保険","national health insurance","kenko"]]),
("en","tokyo","follow-up",A,["what's the notary fee for a KK in tokyo?","and if the only shareholder is our german parent company?"],[NOTARY30]),
("ja","nrw","follow-up",E,["デュッセルドルフに住んでいます","夜中に子どもが熱を出したらどうすれば？"],[["116117","116 117"]],["#8000","#7119"]),
("de","tokyo","follow-up",A,["Ich will in Tokio eine Firma gründen","welches Visum brauche ich dafür?"],[BM]),
("en","nrw","follow-up",A,["hi","we're a japanese company looking at dortmund, who can help us?"],[NRWJ]),
("ja","tokyo","follow-up",A,["東京でドイツの運転免許を切り替えたい","翻訳はどこで頼める？"],[["jaf","大使館","botschaft","embassy"]]),
("en",None,"follow-up",S,["hello","ok thanks bye 👋"],[]),
("de","nrw","follow-up",A,["Was kostet das Deutschlandticket?","und gilt das auch in Köln?"],[["bundesweit","deutschlandweit","ganz deutschland","ja,","ja.","ja!","überall"]]),
("en","tokyo","follow-up",A,["emergency numbers in tokyo?","and for a kid with fever at night?"],[["#8000","8000","#7119","7119"]],["116117"]),
("ja","tokyo","follow-up",A,["品川区に住んでいます","ゴミの出し方は？"],[]),
("de","tokyo","follow-up",A,["Wir haben eine KK in Minato gegründet","bei welchem Amt melden wir uns steuerlich an?"],[TAXOFF]),
("en","nrw","follow-up",H,["we opened a GmbH in essen","can you put us in touch with someone about investors?"],[NRWJ]),
("ja","nrw","follow-up",A,["ケルンで会社設立を考えています","公証人のところでドイツ語話せないとダメ？"],[["通訳","dolmetscher","interpreter","翻訳"]]),
("de","tokyo","follow-up",A,["Wie beantrage ich ein Visum für meine Familie in Tokio?","und wie lange dauert das?"],[]),
("en","tokyo","follow-up",A,["which visa for managing our new tokyo subsidiary?","what's the capital requirement now?"],[CAP30M]),
]
# ---------------- Tsu – Paris Region – Geneva ----------------
TS = [
# Tsu
("ja","tsu","company",A,"津市で株式会社つくりたいフランス人です。資本金いくらから？",[KK1]),
("fr","tsu","company",A,"capital minimum pour créer une KK à Tsu ?",[KK1]),
("en","tsu","company",A,"registration license tax for a godo kaisha in tsu city?",[REGTAX_GK]),
("fr","tsu","company",A,"frais de notaire pour les statuts d'une KK à Tsu : 2 fondateurs personnes physiques, capital 500 000 yens, pas de conseil d'administration",[NOTARY15]),
("ja","tsu","company",A,"久居で会社登記するならどこの法務局？",[["法務局","legal affairs bureau"]]),
("en","tsu","residence",A,"which visa does a founder from geneva need to run a company in tsu?",[BM]),
("fr","tsu","residence",A,"quel visa pour diriger ma société à Tsu ? et le capital exigé depuis 2025 ?",[CAP30M]),
("ja","tsu","residence",A,"経営・管理ビザで自宅を事務所にしてもいい？津市",[["事務所","オフィス"]]),
("ja","tsu","daily-life",A,"津市に引っ越した、住所の届出は何日以内？",[DAYS14]),
("fr","tsu","daily-life",A,"on vient d'arriver à Tsu, délai pour déclarer notre adresse à la mairie ?",[DAYS14]),
("en","tsu","daily-life",A,"just moved to hisai (tsu), where do i register my address?",[["市役所","city hall","city office","総合支所","mairie","municipal office","branch office"]]),
("fr","tsu","emergency",E,"urgence !! mon fils s'est blessé à Tsu, quel numéro ?",[["119"]],["112","samu","144"]),
("ja","tsu","emergency",None,"津市で夜中に子どもが熱。相談できる電話ある？",[MIECHILD],["116117"]),
("en","tsu","emergency",None,"kid fever at night in tsu, is there a hotline? 😟",[MIECHILD],["samu"]),
("fr","tsu","emergency",None,"la nuit mon enfant a de la fièvre, on habite à Tsu, qui appeler ?",[MIECHILD],["samu"]),
("ja","tsu","healthcare",A,"今すぐ診てもらえる病院を探したい（津市）",[MIEINFO]),
("en","tsu","healthcare",A,"how do i find a hospital that's open right now in tsu?",[MIEINFO]),
("fr","tsu","emergency",E,"police au Japon, c'est quel numéro ? on habite à Tsu",[["110"]],["samu"]),
("en","tsu","healthcare",A,"pregnant and living in tsu, what should i do first?",[MOTHER]),
("fr","tsu","healthcare",A,"enceinte, on habite à Tsu : où obtenir le carnet de santé mère-enfant ?",[MOTHER + ["carnet"]]),
("ja","tsu","daily-life",A,"フランスの運転免許を日本の免許に切り替えたい、津市在住",[["翻訳","jaf"]]),
("fr","tsu","daily-life",A,"échanger mon permis français au Japon, je vis à Tsu",[["traduction","translation","jaf","翻訳"]]),
("en","tsu","healthcare",A,"health insurance for our french employee in tsu?",[["健康保険","health insurance","assurance maladie","社会保険","国民健康保険"]]),
("fr","tsu","schooling",A,"école internationale près de Tsu pour mon enfant de 8 ans ?",[]),
("ja","paris","handover",None,"津市の中小企業です。パリの企業と商談したい",[TSU + CPR]),
("en","tsu","handover",H,"who at tsu city handles the partnership with paris and geneva?",[TSU]),
("fr","tsu","handover",H,"je voudrais parler à quelqu'un à la ville de Tsu",[TSU]),
("ja","tsu","handover",H,"津市の担当窓口の人と話したい",[TSU]),
("fr","tsu","support",None,"on cherche des partenaires industriels à Tsu (mécatronique), comment faire ?",[TSU]),
("en","tsu","support",A,"any trade fairs or business matching events in mie for european SMEs?",[TSU + JETRO]),
("fr","tsu","handover",H,"présentez-nous des universités à Tsu, on fait de la recherche en robotique",[TSU + ["三重大学","mie university","université de mie","université de mié"]]),
("ja","tsu","support",A,"津市が経済交流の協定を結んでいる相手はどこ？",[CPR, OPI]),
("fr","geneva","support",A,"depuis quand Tsu coopère avec Genève ?",[["2012","平成24"]]),
("en","paris","support",A,"when did tsu sign its agreement with the paris region agency?",[["2012","平成24"]]),
("ja","tsu","company",A,"津市で合同会社つくる費用（登録免許税）は？",[REGTAX_GK]),
("zh","tsu","company",A,"在津市成立株式会社最低资本是多少？",[KK1]),
("pt","tsu","emergency",E,"moro em Tsu, qual o número da ambulância?",[["119"]]),
("vi","tsu","daily-life",A,"tôi sống ở Tsu, phải đăng ký địa chỉ trong bao nhiêu ngày?",[DAYS14]),
("es","tsu","daily-life",A,"¿cómo registro mi dirección en Tsu?",[["市役所","city hall","city office","ayuntamiento","municipal"]]),
("de","tsu","company",A,"Wir sind eine Genfer Firma und wollen in Tsu eine KK gründen – Mindestkapital?",[KK1]),
("en","tsu","emergency",E,"earthquake alarm on my phone in tsu, what do i do",[]),
# Paris
("ja","paris","company",A,"パリでSAS設立、資本金はいくらから？",[SAS1]),
("en","paris","company",A,"min capital for an SAS in paris?",[SAS1]),
("fr","paris","company",A,"capital minimum d'une SAS à Boulogne ?",[SAS1]),
("ja","paris","company",A,"Boulogneで会社作りたい、SASの最低資本金は？",[SAS1]),
("ja","paris","company",A,"パリで会社の登記手続きはどこでやるの？",[INPI]),
("en","paris","company",A,"where do we file the company formation in paris now, still the CFE?",[INPI]),
("fr","paris","company",A,"formalités de création d'une SARL à Versailles, on déclare où ?",[INPI]),
("ja","paris","emergency",E,"パリで救急車は何番？",[["samu","112","le 15","15番","(15)","（15）","15 (","15（"]],["144"]),
("en","paris","emergency",E,"emergency in saint-denis, friend unconscious!!",[["samu","112"]],["144","119"]),
("fr","paris","emergency",E,"urgence à Paris, quel numéro pour la police ?",[["17"]],["110","117"]),
("ja","paris","daily-life",A,"パリ在住、日本の免許をフランスの免許に切り替える期限は？",[FRLIC1]),
("en","paris","daily-life",A,"japanese driving licence in paris – how long can i keep using it?",[FRLIC1]),
("fr","paris","daily-life",A,"échange de permis japonais en Île-de-France, quel délai ?",[FRLIC1]),
("ja","paris","healthcare",A,"パリでの医療保険、カルト・ヴィタルって何？",[["carte vitale","カルト・ヴィタル","カルトヴィタル","cpam","assurance maladie"]]),
("en","paris","healthcare",A,"how do we get health insurance in france for our japanese staff in paris?",[["cpam","assurance maladie","sécurité sociale","carte vitale","social security"]]),
("ja","paris","residence",A,"パリで滞在許可証はどこで申請するの？",[["préfecture","prefecture","県庁","プレフェクチュール","anef","titre de séjour","滞在許可"]]),
("fr","paris","residence",A,"titre de séjour pour un cadre japonais à La Défense ?",[["passeport talent","titre de séjour","préfecture","anef"]]),
("en","paris","residence",A,"talent passport for our japanese manager in paris?",[["passeport talent","talent passport"]]),
("ja","paris","support",A,"パリ地域で日本の中小企業を支援してくれる機関は？",[CPR + JETRO]),
("fr","paris","support",A,"quel organisme aide les PME japonaises à s'implanter en Île-de-France ?",[CPR]),
("en","paris","handover",H,"can you introduce us to startups and investors in the paris region?",[CPR + TSU]),
("ja","paris","handover",H,"パリの大学と共同研究したい、紹介してもらえる？",[CPR + TSU]),
("fr","paris","handover",H,"je veux parler à un conseiller, on ouvre une filiale à Boulogne",[CPR + TSU]),
("ja","paris","support",A,"パリの見本市に出展したい、サポートはある？",[CPR + JETRO + TSU]),
("en","paris","support",A,"trade fairs in paris for mechatronics – any help for companies from tsu?",[CPR + JETRO + TSU]),
("fr","paris","emergency",None,"à Paris mon enfant a de la fièvre cette nuit, qui appeler ?",[["samu","sos médecins","116 117","116117","médecin de garde","le 15","(15)","15 ("]],["#8000","119"]),
("ja","paris","schooling",A,"パリで子どもを現地の学校に入れる手続きは？",[]),
("en","paris","housing",A,"renting a flat in paris as a foreigner – do i need a garant?",[["garant","guarantor","visale","保証人"]]),
("zh","paris","company",A,"在巴黎成立SAS最低资本是多少？",[SAS1]),
("ko","paris","emergency",E,"파리 응급 번호 알려주세요",[["112","samu","le 15","(15)","15 ("]]),
("es","paris","company",A,"capital mínimo para una SAS en París",[SAS1]),
("de","paris","company",A,"Mindestkapital für eine SAS in Paris?",[SAS1]),
# Geneva
("ja","geneva","company",A,"ジュネーブでSàrl設立、資本金は？",[SARL20]),
("en","geneva","company",A,"minimum capital for an SA in geneva and how much must be paid in?",[SA100, SA50]),
("fr","geneva","company",A,"capital minimum d'une Sàrl à Carouge ?",[SARL20]),
("ja","geneva","company",A,"Carougeで会社を作るならSAの資本金いくら？",[SA100]),
("fr","geneva","company",A,"faut-il un notaire pour créer une SA à Genève ?",[["notaire","notary","acte authentique"]]),
("ja","geneva","company",A,"ジュネーブで会社設立、公証人は必要？",[["公証","notaire","notary"]]),
("ja","geneva","daily-life",A,"ジュネーブに引っ越した、住民登録の期限は？",[DAYS14]),
("en","geneva","daily-life",A,"moved to carouge, where and when do i announce my arrival?",[OCPM, DAYS14]),
("fr","geneva","daily-life",A,"annonce d'arrivée à Genève pour un Japonais, quel délai ?",[DAYS14]),
("ja","geneva","healthcare",A,"スイスの健康保険、いつまでに入ればいい？ジュネーブ在住",[LAMAL3]),
("en","geneva","healthcare",A,"health insurance in geneva – mandatory? deadline?",[LAMAL3]),
("fr","geneva","healthcare",A,"LAMal obligatoire pour ma famille à Genève ? délai ?",[LAMAL3]),
("ja","geneva","emergency",E,"ジュネーブで救急車は何番？",[["144"]],["samu"]),
("en","geneva","emergency",E,"accident in meyrin, need an ambulance!!",[["144"]],["samu","119"]),
("fr","geneva","emergency",E,"urgence à Genève, numéro de la police ?",[["117"]],["samu"]),
("en","geneva","emergency",E,"kid swallowed detergent, we're in geneva!!",[["145","144"]],["samu","119"]),
("ja","geneva","daily-life",A,"ジュネーブで日本の免許を切り替える期限は？",[LIC12]),
("fr","geneva","daily-life",A,"échange de permis japonais à Genève, j'ai combien de temps ?",[LIC12]),
("en","geneva","daily-life",A,"do i need a driving test to swap my japanese licence in geneva?",[["no test","without","pas d'examen","exempt","no exam","not required","no driving test","sans examen","don't need","do not need","not need","no need"]]),
("ja","geneva","support",A,"ジュネーブで日本の中小企業を支援する機関は？",[OPI]),
("fr","geneva","support",A,"qui aide les PME japonaises à Genève ?",[OPI + ["promotion économique","speg"]]),
("en","geneva","handover",H,"intro to geneva startups or the university? we're a company from tsu",[OPI + TSU]),
("fr","geneva","handover",H,"mettez-moi en contact avec l'OPI svp",[OPI]),
("ja","geneva","handover",H,"ジュネーブ側の担当者と話したい",[OPI + TSU]),
("en","geneva","support",A,"business matching events in geneva for japanese SMEs?",[OPI + JETRO + TSU]),
("ja","geneva","company",A,"Genèveで商業登記はどこでやる？",[["registre du commerce","商業登記","handelsregister","commercial register","商業登記所"]]),
("fr","geneva","residence",A,"permis de séjour pour un ingénieur japonais à Genève ?",[OCPM + ["permis b","permis l","autorisation de séjour"]]),
("en","geneva","residence",A,"residence permit for my japanese employee in geneva?",[OCPM + ["permit b","b permit","l permit","permis"]]),
("zh","geneva","emergency",E,"日内瓦救护车电话是多少？",[["144"]]),
("ko","geneva","company",A,"제네바에서 Sàrl 최소 자본금은?",[SARL20]),
("de","geneva","company",A,"Mindestkapital für eine GmbH in Genf?",[SARL20]),
("es","geneva","emergency",E,"número de emergencia en Ginebra?",[["144","112","117"]]),
("it","geneva","company",A,"capitale minimo per una SA a Ginevra?",[SA100]),
# null
("ja",None,"smalltalk",S,"こんにちは",[]),
("fr",None,"smalltalk",S,"bonjour !",[]),
("fr",None,"smalltalk",S,"merci beaucoup 😊",[]),
("en",None,"smalltalk",S,"hey there",[]),
("ja",None,"smalltalk",S,"よろしくお願いします🙇",[]),
("es",None,"smalltalk",S,"hola!",[]),
("fr","geneva","out-of-scope",O,"il fait quel temps à Genève demain ?",[]),
("ja","paris","out-of-scope",O,"昨日のPSGの試合結果は？",[]),
("en",None,"out-of-scope",O,"tell me a joke lol",[]),
("fr",None,"out-of-scope",O,"tu peux corriger mon code javascript ?",[]),
("ja",None,"company",C,"会社を作るのに資本金はいくら必要？",[]),
("fr",None,"daily-life",C,"quel est le délai pour déclarer mon arrivée ?",[]),
("en",None,"emergency",None,"what's the emergency number?",[["119","112","144"]]),
("fr",None,"company",C,"combien coûte la création d'une société ?",[]),
# follow-ups
("fr","geneva","follow-up",A,["On s'installe à Carouge le mois prochain","et pour l'assurance maladie, quel délai ?"],[LAMAL3]),
("ja","tsu","follow-up",A,["津市で会社を設立したいです","どのくらい時間かかる？"],[],["営業時間"]),
("en","paris","follow-up",A,["we're founding an SAS in paris","what's the minimum capital?"],[SAS1]),
("fr","tsu","follow-up",None,["j'habite à Tsu","mon bébé a de la fièvre cette nuit, je fais quoi ?"],[MIECHILD + ["119"]],["samu"]),
("ja","geneva","follow-up",E,["ジュネーブに住んでいます","救急車は何番？"],[["144"]],["samu"]),
("en","tsu","follow-up",H,["hi","we're a french SME looking for a partner in tsu, who do we contact?"],[TSU]),
("fr","paris","follow-up",A,["Je dois échanger mon permis japonais à Paris","et j'ai combien de temps ?"],[FRLIC1]),
("ja","paris","follow-up",A,["パリでSASを作りたい","登記の手続きはどこで？"],[INPI]),
("en","geneva","follow-up",A,["setting up a Sàrl in geneva","do we need a notary for that?"],[["notary","notaire","公証","acte authentique"]]),
("fr","tsu","follow-up",A,["Je suis à Hisai depuis lundi","je dois déclarer mon adresse en combien de jours ?"],[DAYS14]),
("ja","tsu","follow-up",S,["こんにちは","ありがとう！"],[]),
("en","tsu","follow-up",A,["i want to found a KK in tsu","and the notary fee? 2 individual founders, 500k yen capital, no board"],[NOTARY15]),
]

def readme_counts(name, cases):
    c = {k: collections.Counter() for k in ("kind", "region", "lang", "topic")}
    multi = 0
    for x in cases:
        e = x["turns"][-1]["expect"]
        c["kind"][e.get("kind", "(several fair)")] += 1
        c["region"][str(x["region"])] += 1
        c["lang"][x["lang"]] += 1
        c["topic"][x["topic"]] += 1
        multi += len(x["turns"]) > 1
    out = [f"### {name} — {len(cases)} cases ({multi} multi-turn)"]
    for k, v in c.items():
        out.append(f"- {k}: " + ", ".join(f"{a} {b}" for a, b in sorted(v.items(), key=lambda t: -t[1])))
    return "\n".join(out)

if __name__ == "__main__":
    sets = [("blind16-tokyo-nrw", "tn", "B16TN", TN), ("blind16-tsu", "ts", "B16TS", TS)]
    blocks = []
    for name, key, pre, rows in sets:
        cases = mk(key, pre, rows)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump({"set": name, "writtenBy": WB, "cases": cases}, f, ensure_ascii=False, indent=1)
        blocks.append(readme_counts(name, cases))
    with open(os.path.join(OUT, "counts.md"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(blocks) + "\n")
    print("\n\n".join(blocks))
