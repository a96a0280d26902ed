"""Cases for blind12-tsu (Tsu city, Mie <-> Paris Region and Geneva)."""
from common import mk, num, RQ_TS, MAIN_LANGS

TS, P, G = "tsu", "paris", "geneva"


def c(lang, region, topic, turns, kind, all_=None, none=None, language=None):
    none = list(none or [])
    if region is not None or kind in ("smalltalk", "out-of-scope"):
        none = none + [x for x in RQ_TS if x not in none]
    if isinstance(turns, str):
        turns = [turns]
    return mk(lang, region, topic, turns, kind, all_, none, language, MAIN_LANGS["ts"])


# ---- keyword groups (facts checked, see README) ----
SARL_CAP = num(20000, ["2万", "20k"])
SA_CAP = num(100000, ["10万", "100k"])
SA_LIB = num(50000, ["5万", "moitié", "half", "半分", "半額"])
NOTAIRE = ["notaire", "notary", "公証人", "公証", "acte authentique", "authentique"]
RC = ["registre du commerce", "commercial register", "商業登記", "商業登記簿", "Handelsregister", "RC"]
SAS_CAP = ["1 €", "1€", "1 euro", "un euro", "one euro", "€1", "1ユーロ", "１ユーロ", "1 EUR", "librement", "no minimum",
           "pas de minimum", "aucun minimum", "最低資本金はなく", "下限なし", "制限なし", "aucun capital minimum"]
GUICHET = ["guichet unique", "INPI", "one-stop", "一元窓口", "窓口", "formalites.entreprises.gouv.fr"]
RCS = ["RCS", "registre du commerce et des sociétés", "Registre du Commerce", "Kbis", "greffe", "商業登記", "registre du commerce"]
PT = ["passeport talent", "Passeport Talent", "talent passport", "Talent Passport", "タレントパスポート", "パスポート・タレント"]
PT_INV = num(30000, ["3万"])
VLS = ["3 mois", "trois mois", "3 months", "three months", "3か月", "３か月", "3ヶ月", "3カ月"]
OCPM = ["OCPM", "Office cantonal de la population", "population et des migrations", "Cantonal Office for Population",
        "州人口移民局", "人口・移民局"]
D14 = ["14 jours", "quatorze jours", "14 days", "14日", "１４日", "2 semaines", "deux semaines", "two weeks", "2週間"]
LAMAL = ["LAMal", "assurance-maladie", "assurance maladie", "health insurance", "健康保険", "医療保険", "caisse"]
M3 = ["3 mois", "trois mois", "3 months", "three months", "3か月", "３か月", "3ヶ月", "3カ月", "90 jours", "90日"]
FR_EMERG_15 = ["15"]
FR_EMERG = ["112", "15", "17", "18"]
CH_144 = ["144"]
CH_117 = ["117"]
CH_118 = ["118"]
JP_119 = ["119"]
JP_110 = ["110"]
MIE_CHILD = ["#8000", "＃8000", "8000", "みえ子ども医療ダイヤル", "059-232-9955"]
MIE_INFO = ["059-229-1199", "救急医療情報", "emergency medical information", "229-1199"]
TSU_CLINIC = ["こども応急クリニック", "応急クリニック", "応急診療所", "emergency clinic", "clinique", "centre de soins", "Tsu City Emergency"]
KK_TAX = num(150000)
GK_TAX = num(60000)
BMV_CAP = ["3,000万", "3000万", "3.000万", "3千万", "30,000,000", "30.000.000", "30000000", "30 million", "30 millions",
           "30 000 000", "30 M"]
KEIEI = ["経営・管理", "経営管理", "Business Manager", "business manager", "gestion", "gérant", "Management", "dirigeant"]
JP_ADDR = ["14日", "１４日", "14 days", "14 jours", "2週間", "two weeks", "deux semaines"]
TSU_OFFICE = ["津市役所", "市役所", "city office", "city hall", "mairie", "hôtel de ville", "Tsu City Hall", "窓口", "総合支所",
              "久居総合支所", "支所"]
GAIMEN_EXEMPT = ["免除", "exempt", "sans examen", "pas d'examen", "no test", "without", "知識確認", "技能確認", "dispens", "不要",
                 "aucun examen", "pas de test", "sans test"]
TSU_CONTACT = ["津市", "Tsu City", "ville de Tsu", "Tsu city", "産業政策", "商工観光部", "Tsu"]
PARIS_CONTACT = ["Choose Paris Region", "Paris Region", "ARD", "Agence régionale de développement", "Paris Region Entreprises",
                 "パリ地域"]
GE_CONTACT = ["OPI", "Office de promotion des industries", "Office de Promotion des Industries", "industries et des technologies",
              "ジュネーブ州産業振興機構", "産業振興機構"]
SECU = ["Sécurité sociale", "sécurité sociale", "CPAM", "Assurance Maladie", "carte Vitale", "Ameli", "ameli", "social security"]
SCHOOL3 = ["3 ans", "trois ans", "age 3", "age of 3", "3 years", "three", "3歳", "３歳"]
SCHOOL4 = ["4 ans", "quatre ans", "age 4", "age of 4", "4 years", "four", "4歳", "４歳"]
MAIRIE = ["mairie", "town hall", "city hall", "市役所", "区役所", "役所", "Hôtel de Ville"]
DIP = ["DIP", "instruction publique", "Department of Public Education", "教育局", "公教育"]
SIGN_ARD = ["2012"]
SIGN_OPI = ["2012"]
BOSHI = ["母子健康手帳", "母子手帳", "Maternal and Child Health Handbook", "carnet de santé", "maternal and child", "boshi"]
NINSHIN = ["妊娠届", "妊娠の届", "pregnancy notification", "déclaration de grossesse", "notify", "déclarer"]

CASES = [
    # ---------------- Geneva company ----------------
    c("fr", G, "company", "capital minimum pour une sàrl à genève ?", "answer", [SARL_CAP]),
    c("ja", G, "company", "ジュネーブで現地法人（Sàrl）を作るときの最低資本金は？", "answer", [SARL_CAP]),
    c("en", G, "company", "SA vs Sàrl in geneva – capital?? we're a tsu sme", "answer", [SA_CAP, SARL_CAP]),
    c("fr", G, "company", "pour une SA à carouge faut libérer combien au départ", "answer", [SA_LIB]),
    c("ja", G, "company", "ジュネーブの会社設立に公証人は必要？", "answer", [NOTAIRE, RC]),
    c("en", G, "company", "do we need a notary to set up a GmbH/Sàrl in meyrin", "answer", [NOTAIRE]),
    c("fr", G, "company", "où inscrire notre filiale japonaise à Genève, quel registre", "answer", [RC]),
    c("ja", G, "company", "ジュネーブでSàrlの資本金って円でもOK？", "answer",
      [["yen", "円", "Yen", "JPY", "devise étrangère", "foreign currency", "外貨"]]),
    # ---------------- Paris company ----------------
    c("fr", P, "company", "capital minimum d'une SAS à boulogne-billancourt ?", "answer", [SAS_CAP]),
    c("ja", P, "company", "パリでSAS作りたい。資本金いくら必要？", "answer", [SAS_CAP]),
    c("en", P, "company", "how do we register a SAS in france, is there a single online portal", "answer", [GUICHET]),
    c("fr", P, "company", "notaire obligatoire pour les statuts d'une SAS à nanterre ?", "answer",
      [["sous seing privé", "seing privé", "pas obligatoire", "not required", "non obligatoire", "pas nécessaire", "不要",
        "必須ではない", "pas besoin", "facultatif", "not mandatory", "optional"]]),
    c("en", P, "company", "what's a kbis and where do we get it for our paris subsidiary", "answer", [RCS]),
    c("ja", P, "company", "フランスの子会社、Kbisってなに？", "answer", [RCS]),
    # ---------------- Tsu company ----------------
    c("fr", TS, "company", "combien coûte l'enregistrement d'une KK à Tsu ? taxe d'enregistrement", "answer", [KK_TAX]),
    c("en", TS, "company", "cheapest company form for a french sme in tsu? GK? registration tax?", "answer", [GK_TAX]),
    c("ja", TS, "company", "フランスの会社が津市に合同会社を作る場合の登録免許税は？", "answer", [GK_TAX]),
    c("fr", TS, "company", "on veut créer une filiale à Tsu, c'est quel bureau pour l'immatriculation ?", "answer",
      [["法務局", "Legal Affairs Bureau", "bureau des affaires juridiques", "affaires juridiques", "registre", "登記"]]),
    c("en", TS, "company", "minimum capital for a kabushiki kaisha in tsu", "answer",
      [["1 yen", "1円", "¥1", "1 JPY", "un yen", "one yen"]]),
    # ---------------- residence / visas ----------------
    c("fr", TS, "residence", "quel visa pour diriger notre filiale à Tsu ? on a entendu que ça a changé", "answer", [KEIEI, BMV_CAP]),
    c("en", TS, "residence", "business manager visa for tsu – how much capital now", "answer", [BMV_CAP]),
    c("ja", P, "residence", "パリで起業する日本人向けの滞在許可は？", "answer", [PT + ["entrepreneur", "Entrepreneur", "起業家", "créateur"]]),
    c("en", P, "residence", "talent passport company creation – minimum investment?", "answer", [PT_INV]),
    c("ja", P, "residence", "フランスの長期ビザ(VLS-TS)、到着後いつまでに手続き？", "answer", [VLS]),
    c("ja", G, "residence", "ジュネーブに着いたら住所の届出は何日以内？", "answer", [D14, OCPM]),
    c("en", G, "residence", "just arrived in vernier from japan, where do i announce my arrival", "answer", [OCPM]),
    c("fr", G, "residence", "notre ingénieur japonais arrive à lancy, délai pour annoncer l'arrivée ?", "answer", [D14]),
    c("fr", TS, "residence", "à Tsu, combien de jours pour déclarer son adresse après l'arrivée ?", "answer", [JP_ADDR, TSU_OFFICE]),
    c("en", TS, "residence", "moved to hisai (tsu) – address registration deadline?", "answer", [JP_ADDR]),
    # ---------------- healthcare / insurance ----------------
    c("ja", G, "healthcare", "ジュネーブの健康保険って加入義務ある？期限は？", "answer", [LAMAL, M3]),
    c("en", G, "healthcare", "health insurance geneva deadline after moving", "answer", [M3, LAMAL]),
    c("fr", G, "healthcare", "on arrive à onex, l'assurance maladie c'est obligatoire ?", "answer", [["LAMal", "obligatoire", "mandatory"], M3]),
    c("ja", P, "healthcare", "パリで病院にかかるには？保険はどうなってる？", "answer", [SECU]),
    c("en", P, "healthcare", "how does health insurance work for our japanese staff in paris", "answer", [SECU]),
    c("fr", TS, "healthcare", "assurance maladie au Japon pour nos salariés français à Tsu ?", "answer",
      [["国民健康保険", "健康保険", "assurance maladie", "health insurance", "社会保険", "National Health Insurance", "assurance nationale"]]),
    c("ja", TS, "healthcare", "津市で休日に子どもが熱出したらどこ行けばいい？", "answer", [TSU_CLINIC + MIE_CHILD + MIE_INFO],
      ["144", "SAMU"]),
    c("en", TS, "healthcare", "evening, my kid feels sick, not an emergency, we live in Tsu. who can i call", "answer",
      [MIE_CHILD + MIE_INFO + TSU_CLINIC], ["144", "SAMU"]),
    c("fr", TS, "healthcare", "je suis enceinte, on habite à Tsu, quelles démarches ?", "answer", [BOSHI, NINSHIN + TSU_OFFICE]),
    c("ja", P, "healthcare", "パリ在住、夜間に医師に相談したい（緊急じゃない）", "answer", [["15", "116 117", "116117", "SOS Médecins", "médecin de garde"]], ["#8000", "144"]),
    # ---------------- schooling / childcare ----------------
    c("ja", P, "schooling", "フランスって何歳から学校義務？パリに子連れ赴任", "answer", [SCHOOL3]),
    c("en", P, "schooling", "enrol my 3yo in a paris maternelle – where?", "answer", [MAIRIE]),
    c("ja", G, "schooling", "ジュネーブの義務教育は何歳から？", "answer", [SCHOOL4]),
    c("fr", G, "schooling", "inscrire mon fils de 5 ans à l'école à thônex", "answer", [DIP + ["école", "school", "学校"]]),
    c("en", TS, "schooling", "can our french kids attend a public school in tsu?", "answer",
      [["公立", "public school", "école publique", "小学校", "elementary", "école primaire"], ["教育委員会", "board of education", "市役所", "city office", "mairie", "学校教育課"]]),
    c("fr", TS, "schooling", "crèche pour bébé à Tsu ? comment faire", "answer",
      [["保育園", "保育所", "crèche", "nursery", "daycare", "garderie"], TSU_OFFICE]),
    # ---------------- housing / daily life ----------------
    c("en", P, "housing", "renting a flat in paris, they ask for a garant – we're japanese expats", "answer",
      [["garant", "guarantor", "Visale", "保証人", "caution"]]),
    c("fr", TS, "housing", "louer un appart à Tsu, c'est quoi le reikin ?", "answer", [["礼金", "reikin", "key money", "non remboursable", "non-refundable"]]),
    c("ja", G, "housing", "ジュネーブの賃貸、保証金はどれくらい？", "answer", [["garantie", "deposit", "保証金", "敷金", "caution", "dépôt"]]),
    c("fr", TS, "daily-life", "échanger mon permis français contre un permis japonais à Tsu – examen ?", "answer", [GAIMEN_EXEMPT]),
    c("en", TS, "daily-life", "swiss licence to japanese licence in mie, do i need the driving test?", "answer", [GAIMEN_EXEMPT]),
    c("fr", TS, "daily-life", "retraite: nos salariés français à Tsu cotisent au Japon aussi ?", "answer",
      [["accord de sécurité sociale", "convention de sécurité sociale", "social security agreement", "社会保障協定", "accord", "協定"]]),
    # ---------------- support / agreements / introductions / fairs ----------------
    c("ja", P, "support", "パリ地域で津市の企業を支援してくれる機関は？", "answer", [PARIS_CONTACT]),
    c("en", P, "support", "the tsu–paris region agreement: who's the partner on the french side today", "answer",
      [["Choose Paris Region", "Paris Region Entreprises", "ARD"]]),
    c("fr", G, "support", "quel organisme genevois a signé avec Tsu ?", "answer", [GE_CONTACT]),
    c("ja", G, "support", "ジュネーブ側の協定相手はどこ？いつ締結？", "answer", [GE_CONTACT, SIGN_OPI]),
    c("en", P, "support", "when did tsu sign with the paris region agency?", "answer", [SIGN_ARD]),
    c("fr", TS, "support", "quels secteurs sont visés par la coopération Tsu – Genève ?", "answer",
      [["mécatronique", "mechatronics", "メカトロニクス", "cleantech", "クリーンテック", "technologies propres"]]),
    c("en", G, "support", "can the geneva side help us meet CERN or universities?", "answer",
      [GE_CONTACT + ["CERN", "université", "university", "大学"]]),
    c("fr", TS, "support", "une PME de Genève veut trouver des partenaires à Tsu, qui contacter ?", "answer", [TSU_CONTACT]),
    c("ja", P, "support", "パリの展示会に出展したい。支援してもらえる？", "answer",
      [["展示会", "salon", "trade fair", "見本市", "exhibition", "foire"], PARIS_CONTACT + ["JETRO", "ジェトロ", "Business France"]]),
    c("en", TS, "support", "is there a japanese trade fair in mie where a paris sme could exhibit", "answer",
      [["展示会", "trade fair", "salon", "見本市", "exhibition", "メッセ"]]),
    c("fr", P, "support", "Choose Paris Region c'est l'ancienne ARD ?", "answer", [["ARD", "Paris Region Entreprises", "Agence régionale"]]),
    # ---------------- emergency ----------------
    c("fr", P, "emergency", "urgence mon collègue fait un malaise à la défense !!", "emergency", [FR_EMERG_15 + ["112"]], ["144", "119"]),
    c("ja", G, "emergency", "ジュネーブで救急車！何番？", "emergency", [CH_144], ["119", "SAMU"]),
    c("en", G, "emergency", "fire in our building in plan-les-ouates!!", "emergency", [CH_118 + ["112"]], ["119", "SAMU"]),
    c("fr", TS, "emergency", "accident de voiture à Tsu, quel numéro ?", "emergency", [JP_119 + JP_110], ["144", "SAMU"]),
    c("ja", TS, "emergency", "久居で火事です", "emergency", [JP_119], ["144", "112"]),
    c("en", P, "emergency", "someone stole my bag at gare de lyon, police number?", "emergency", [["17", "112"]], ["117", "110"]),
    c("fr", G, "emergency", "police à genève c'est quel numéro ? agression", "emergency", [CH_117], ["110", "SAMU"]),
    c("ja", None, "emergency", "助けて！事故です", "emergency", [JP_119 + ["112", "15", "144"]]),
    # ---------------- clarify region ----------------
    c("fr", None, "company", "quel est le capital minimum pour créer une société ?", "clarify-region"),
    c("en", None, "daily-life", "how many days do i have to register my address", "clarify-region"),
    c("ja", None, "healthcare", "健康保険の加入期限は？", "clarify-region"),
    c("fr", None, "schooling", "à partir de quel âge l'école est obligatoire ?", "clarify-region"),
    c("en", None, "company", "do i need a notary to set up a company", "clarify-region"),
    # ---------------- smalltalk ----------------
    c("fr", None, "smalltalk", "bonjour !", "smalltalk"),
    c("fr", None, "smalltalk", "merci beaucoup 🙏", "smalltalk"),
    c("ja", None, "smalltalk", "こんばんは", "smalltalk"),
    c("en", None, "smalltalk", "hey", "smalltalk"),
    c("ja", None, "smalltalk", "助かりました、ありがと！", "smalltalk"),
    c("fr", None, "smalltalk", "salut, tu sers à quoi ?", "smalltalk"),
    # ---------------- out of scope ----------------
    c("fr", None, "out-of-scope", "il va faire beau à Genève demain ?", "out-of-scope", None, ["144", "OCPM"]),
    c("en", None, "out-of-scope", "who won PSG's last match", "out-of-scope"),
    c("ja", None, "out-of-scope", "津のおすすめのうなぎ屋さん教えて", "out-of-scope"),
    c("fr", None, "out-of-scope", "raconte-moi une blague", "out-of-scope"),
    c("en", None, "out-of-scope", "fix my javascript: const x = [1,2;3]", "out-of-scope"),
    c("ja", None, "out-of-scope", "宿題の英作文を書いて", "out-of-scope"),
    # ---------------- handover ----------------
    c("fr", TS, "handover", "je voudrais parler à quelqu'un de la ville de Tsu svp", "handover", [TSU_CONTACT]),
    c("en", P, "handover", "can you put me in touch with someone at the paris region agency? real person pls", "handover", [PARIS_CONTACT]),
    c("ja", G, "handover", "ジュネーブの担当者を紹介してください", "handover", [GE_CONTACT]),
    c("fr", G, "handover", "pouvez-vous nous présenter des investisseurs à Genève ? un contact", "handover", [GE_CONTACT]),
    c("ja", TS, "handover", "津市の担当課の人と話したい。フランス企業との商談の件", "handover", [TSU_CONTACT]),
    c("en", TS, "handover", "introduce us to companies in tsu please, we're a small firm from carouge", "handover", [TSU_CONTACT]),
    # ---------------- other languages ----------------
    c("de", G, "company", "Mindestkapital für eine GmbH in Genf?", "answer", [SARL_CAP]),
    c("zh", P, "company", "在巴黎注册SAS最低资本是多少？", "answer", [SAS_CAP]),
    c("ko", G, "emergency", "제네바에서 구급차 번호?", "emergency", [CH_144], ["119"]),
    c("es", TS, "residence", "qué visa necesito para dirigir una empresa en Tsu?", "answer", [KEIEI]),
    c("it", G, "healthcare", "a Ginevra l'assicurazione malattia è obbligatoria? entro quando?", "answer", [M3]),
    c("pt", P, "schooling", "em Paris a escola é obrigatória a partir de que idade?", "answer", [SCHOOL3]),
    # ---------------- multi-turn follow-ups ----------------
    c("fr", G, "follow-up", ["on veut créer une sàrl à genève", "et il faut combien de temps pour l'inscription ?"], "answer",
      [RC + ["inscription", "registration"], ["semaine", "week", "jour", "day", "週", "日"]]),
    c("ja", P, "follow-up", ["パリでSASを作りたい", "登記はどこでやるの？"], "answer", [GUICHET + RCS]),
    c("en", TS, "follow-up", ["we want to found a company in tsu", "and which visa does our french manager need?"], "answer", [KEIEI, BMV_CAP]),
    c("fr", G, "follow-up", ["je viens d'arriver à carouge", "et l'assurance maladie, j'ai combien de temps ?"], "answer", [M3]),
    c("ja", G, "follow-up", ["ジュネーブに引っ越した", "子どもの学校は何歳から？"], "answer", [SCHOOL4]),
    c("en", P, "follow-up", ["how do i get a talent passport for paris?", "and after arriving, any deadline?"], "answer", [VLS]),
    c("fr", TS, "follow-up", ["on déménage à Tsu en mars", "faut-il un rendez-vous pour l'enregistrement de l'adresse ?"], "answer",
      [TSU_OFFICE + ["転入", "住民登録", "enregistrement"]], ["médecin"]),
    c("ja", TS, "follow-up", ["フランスから来た社員が津市に住みます", "運転免許はどうすれば？"], "answer",
      [["外免切替", "切替", "切り替え", "運転免許センター", "免許センター", "conversion"]]),
    c("en", G, "follow-up", ["hello", "what's the police number in geneva?"], None, [CH_117], ["110"]),
    c("fr", P, "follow-up", ["merci pour les infos sur la SAS", "et pour la sécurité sociale de nos salariés ?"], "answer", [SECU]),
    c("ja", G, "follow-up", ["ジュネーブでSA設立を検討中", "資本金はいくら払い込めばいい？"], "answer", [SA_CAP + SA_LIB]),
    c("en", TS, "follow-up", ["what's the agreement between tsu and geneva about?", "when was it signed?"], "answer", [SIGN_OPI]),
]
