"""Cases for partnership 2: Tsu (Mie) <-> Paris Region and Geneva (set probe3-tsu)."""
from common import make_builder, num, REGQ_TSU, LANG_PRIMARY_TSU

c = make_builder(LANG_PRIMARY_TSU, REGQ_TSU)

TSU_OFFICE = ["津市", "Tsu City", "ville de Tsu", "Ville de Tsu", "City of Tsu", "産業政策", "商工観光部", "Tsu"]
ARD = ["ARD", "Agence Régionale de Développement", "Paris Region", "Choose Paris Region", "パリ地域", "Île-de-France", "Ile-de-France", "イル=ド=フランス", "イル・ド・フランス", "région parisienne", "Région Île"]
OPI = ["OPI", "Office de Promotion des Industries", "ジュネーブ州産業振興機構", "Promotion des Industries et des Technologies"]
Y2012 = ["2012", "平成24", "平成２４"]
ARD_DATE = ["20 novembre 2012", "20 November 2012", "November 20, 2012", "2012年11月20日", "平成24年11月20日", "20.11.2012", "20/11/2012", "20 nov. 2012"]
OPI_DATE = ["21 novembre 2012", "21 November 2012", "November 21, 2012", "2012年11月21日", "平成24年11月21日", "21.11.2012", "21/11/2012", "21 nov. 2012"]
MECHA = ["メカトロニクス", "mécatronique", "mechatronics", "Mechatronik"]
CLEAN = ["クリーンテック", "cleantech", "clean tech", "technologies propres", "clean-tech"]
AERO = ["航空宇宙", "aérospatial", "aerospace", "aéronautique"]
YEN1 = ["1円", "1 yen", "1 Yen", "¥1", "one yen", "1 JPY", "un yen", "1 yens"]
REGTAX_KK = num(150000)
NOTFEE15 = num(15000)
BM_VISA = ["経営・管理", "経営管理", "Business Manager", "Business-Manager", "Business Management", "gérant", "dirigeant", "Investor/Business"]
BM_CAP = num(30000000)
DAYS14 = ["14日", "14 days", "14 jours", "2週間", "two weeks", "2 weeks", "deux semaines", "2 semaines", "quinze jours"]
WARD = ["市役所", "津市役所", "city office", "city hall", "mairie", "hôtel de ville", "municipal", "区役所", "総合支所", "市区町村"]
SARL = num(20000)
SA_CH = num(100000)
SAS1 = ["1 euro", "1 €", "1€", "1 EUR", "un euro", "1ユーロ", "€1", "one euro", "un seul euro"]
NOTAIRE = ["notaire", "notary", "公証", "notarié", "acte authentique"]
RC = ["registre du commerce", "commercial register", "商業登記", "商業登記簿", "登記", "RCS", "Handelsregister", "trade register"]
GREFFE = ["greffe", "guichet unique", "INPI", "RCS", "registre du commerce", "商業登記", "commercial court registry"]
OCPM = ["OCPM", "Office cantonal de la population", "Cantonal Office for Population", "population et des migrations", "州人口移民局", "人口・移民局"]
LAMAL = ["LAMal", "assurance maladie", "health insurance", "健康保険", "医療保険", "assurance-maladie", "caisse maladie"]
N8000 = ["#8000", "8000"]
EMERG_FR = ["15", "SAMU", "112"]
EMERG_CH = ["144"]
NOT_JP = ["#8000", "#7119", "119番"]
NOT_FR = ["SAMU", "le 15 ", "17 (police", "18 (pompiers"]
NOT_CH = ["144"]
BOSHI = ["母子健康手帳", "母子手帳", "Mother and Child Health Handbook", "Maternal and Child Health Handbook", "carnet de santé mère-enfant", "carnet mère-enfant", "carnet de santé", "Boshi"]
HEALTHINS_JP = ["健康保険", "国民健康保険", "health insurance", "assurance maladie", "社会保険", "National Health Insurance", "assurance-maladie"]
FR_HEALTH = ["Assurance Maladie", "assurance maladie", "CPAM", "carte Vitale", "Sécurité sociale", "securite sociale", "sécu", "health insurance", "健康保険", "医療保険"]
FR_RES = ["titre de séjour", "passeport talent", "Passeport Talent", "滞在許可", "residence permit", "visa", "ビザ", "VLS-TS"]
TSU_L = ["Tsu", "津"]
PARIS_L = ["Paris", "パリ", "Île-de-France", "Ile-de-France", "France", "フランス"]
GENEVA_L = ["Genève", "Geneva", "ジュネーブ", "Genf", "Suisse", "Switzerland", "スイス"]
CLAR3 = [PARIS_L, GENEVA_L]


def cases():
    L = []
    a = L.append
    # small talk
    a(c("fr", None, "smalltalk", "bonjour !", kind="smalltalk", none=REGQ_TSU))
    a(c("fr", None, "smalltalk", "merci beaucoup 🙏", kind="smalltalk", none=REGQ_TSU))
    a(c("ja", None, "smalltalk", "おつかれさまです〜", kind="smalltalk", none=REGQ_TSU))
    a(c("en", None, "smalltalk", "hello, what can u do?", kind="smalltalk", none=REGQ_TSU))
    a(c("fr", None, "smalltalk", "slt ça va ?", kind="smalltalk", none=REGQ_TSU))
    a(c("ja", "tsu", "smalltalk", ["津市の支援窓口って？", "ありがとうございました！"], kind="smalltalk"))
    a(c("fr", "geneva", "smalltalk", ["capital minimum sàrl genève ?", "top merci !!"], kind="smalltalk"))
    # out of scope
    a(c("fr", "paris", "out-of-scope", "il fait combien à paris demain ?", kind="out-of-scope", none=["SAS", "titre de séjour"]))
    a(c("ja", "tsu", "out-of-scope", "津のうなぎ屋さんでおすすめは？", kind="out-of-scope", none=["登記", "在留"]))
    a(c("en", "geneva", "out-of-scope", "servette fc score last night?", kind="out-of-scope", none=["Sàrl", "OCPM"]))
    a(c("fr", None, "out-of-scope", "raconte-moi une blague", kind="out-of-scope", none=REGQ_TSU))
    a(c("en", None, "out-of-scope", "can u fix my javascript bug", kind="out-of-scope", none=REGQ_TSU))
    a(c("ja", None, "out-of-scope", "子どもの算数の宿題手伝って", kind="out-of-scope", none=REGQ_TSU))
    # handover
    a(c("fr", "tsu", "handover", "je voudrais parler à quelqu'un à la ville de tsu, on veut s'implanter là-bas", kind="handover", all_=[TSU_OFFICE]))
    a(c("ja", "paris", "handover", "パリの支援機関の担当者を紹介してもらえますか", kind="handover", all_=[ARD]))
    a(c("ja", "geneva", "handover", "ジュネーブで現地企業とのマッチングしたい、窓口紹介して", kind="handover", all_=[OPI]))
    a(c("en", "tsu", "handover", "need a contact person in tsu for our cleantech startup from geneva", kind="handover", all_=[TSU_OFFICE]))
    a(c("fr", "geneva", "handover", ["on est une PME de carouge", "qui peut nous mettre en relation avec des entreprises à tsu ?"], kind="handover", all_=[TSU_OFFICE + OPI]))
    a(c("ja", "paris", "handover", ["ブローニュに事務所出したい", "担当の人と話せますか"], kind="handover", all_=[ARD]))
    # emergencies
    a(c("fr", "tsu", "emergency", "urgence ! accident de voiture à hisai, mon collègue est blessé", kind="emergency", all_=[["119"]], none=NOT_FR + NOT_CH))
    a(c("ja", "paris", "emergency", "パリで子どもが息してない！！何番？", kind="emergency", all_=[EMERG_FR], none=NOT_JP + NOT_CH))
    a(c("ja", "geneva", "emergency", "ジュネーブで救急車呼びたい", kind="emergency", all_=[EMERG_CH], none=NOT_JP + ["SAMU"]))
    a(c("en", "geneva", "emergency", "fire in our building in carouge", kind="emergency", all_=[["118"]], none=NOT_JP + ["SAMU"]))
    a(c("fr", "paris", "emergency", "on m'a volé mon sac à la défense, police c'est quel numéro", kind="emergency", all_=[["17"]], none=NOT_JP + NOT_CH))
    a(c("en", "tsu", "healthcare", "kid has fever at night in tsu, who can i call for advice", all_=[N8000], none=NOT_FR + NOT_CH))
    a(c("fr", "tsu", "healthcare", "mon bébé a de la fièvre la nuit à tsu, je fais quoi ?", all_=[N8000], none=NOT_FR + NOT_CH))
    a(c("ja", "geneva", "emergency", ["ジュネーブに住んでます", "警察は何番？"], kind="emergency", all_=[["117"]], none=NOT_JP + ["SAMU"]))
    a(c("fr", "tsu", "emergency", ["on habite à tsu maintenant", "incendie dans la cuisine !!"], kind="emergency", all_=[["119"]], none=NOT_FR + NOT_CH))
    a(c("en", None, "emergency", "what's the emergency number?", none=[]))
    # other languages
    a(c("zh", "tsu", "company", "在津市开株式会社最低资本金多少？", all_=[YEN1]))
    a(c("ko", "geneva", "company", "제네바에서 Sàrl 설립 최소 자본금은?", all_=[SARL]))
    a(c("tr", "paris", "company", "Paris'te SAS kurmak için minimum sermaye ne kadar?", all_=[SAS1]))
    a(c("es", "geneva", "emergency", "¿número de ambulancia en Ginebra?", kind="emergency", all_=[EMERG_CH], none=NOT_JP))
    a(c("vi", "tsu", "residence", "tôi chuyển đến Tsu, phải đăng ký địa chỉ trong mấy ngày?", all_=[DAYS14]))
    a(c("pt", "tsu", "residence", "qual visto preciso pra abrir empresa em Tsu, Japão?", all_=[BM_VISA]))
    a(c("de", "geneva", "company", "wie viel kapital brauche ich für eine GmbH in genf?", all_=[SARL]))
    a(c("ko", None, "smalltalk", "안녕하세요", kind="smalltalk", none=REGQ_TSU))
    # founders single turn
    a(c("fr", "tsu", "company", "capital minimum pour une KK au japon (tsu) ?", all_=[YEN1]))
    a(c("fr", "tsu", "company", "frais d'enregistrement d'une kabushiki kaisha à tsu, c'est combien ?", all_=[REGTAX_KK]))
    a(c("en", "tsu", "residence", "visa to run my own company in tsu, capital requirement?", all_=[BM_CAP]))
    a(c("ja", "geneva", "company", "ジュネーブでSA作るなら資本金いくら？", all_=[SA_CH]))
    a(c("ja", "geneva", "company", "ジュネーブで会社設立、公証人いる？", all_=[NOTAIRE]))
    a(c("ja", "paris", "company", "パリでSAS作る資本金の最低額は？", all_=[SAS1]))
    a(c("en", "paris", "company", "where do we register a SAS in paris", all_=[GREFFE]))
    a(c("fr", "tsu", "company", "tarif notaire statuts KK, un seul fondateur personne physique, capital 500 000 yens, pas de conseil d'administration", all_=[NOTFEE15]))
    a(c("ja", "tsu", "support", "津市はどこの欧州の機関と協定結んでる？", all_=[ARD, OPI]))
    a(c("fr", "tsu", "support", "l'accord entre tsu et la région parisienne date de quand ?", all_=[ARD_DATE + ["novembre 2012", "November 2012", "2012年11月"]]))
    a(c("en", "geneva", "support", "when did tsu sign with geneva's OPI?", all_=[OPI_DATE + ["November 2012", "novembre 2012", "2012年11月"]]))
    a(c("ja", "geneva", "support", "津市とジュネーブの協力、どんな分野？", all_=[MECHA + CLEAN]))
    a(c("fr", "paris", "support", "quels secteurs sont visés par la coopération tsu – paris region ?", all_=[MECHA + AERO + ["médical", "medical", "医療", "environnement", "énergie"]]))
    a(c("fr", None, "company", "quel capital minimum pour créer ma société ?", kind="clarify-region", all_=CLAR3))
    a(c("en", None, "company", "how do i register a company?", kind="clarify-region", all_=CLAR3))
    a(c("ja", None, "residence", "ビザは何が必要？", kind="clarify-region", all_=CLAR3))
    # families / daily life single
    a(c("fr", "tsu", "residence", "on vient d'arriver à tsu, déclaration d'adresse c'est où ?", all_=[WARD, DAYS14]))
    a(c("en", "geneva", "residence", "just moved to geneva, do i have to register somewhere?", all_=[OCPM, DAYS14]))
    a(c("ja", "geneva", "healthcare", "ジュネーブで健康保険って義務？", all_=[LAMAL]))
    a(c("fr", "tsu", "healthcare", "je suis enceinte et on habite à tsu, quelles démarches ?", all_=[BOSHI, WARD + ["妊娠届", "déclaration de grossesse", "保健センター"]]))
    a(c("ja", "paris", "healthcare", "パリで妊娠、最初にやることは？", all_=[FR_HEALTH + ["sage-femme", "助産師", "gynécologue", "産婦人科", "déclaration de grossesse", "妊娠申告"]]))
    a(c("fr", "tsu", "schooling", "école pour mes enfants francophones près de tsu ?", all_=[["インターナショナルスクール", "international", "internationale", "教育委員会", "board of education", "公立", "école publique", "lycée français", "mairie", "市役所"]]))
    a(c("ja", "paris", "schooling", "パリに日本人学校ある？", all_=[["日本人学校", "Japanese school", "école japonaise", "インターナショナル", "international"]]))
    a(c("fr", "tsu", "healthcare", "assurance maladie au japon pour ma famille ?", all_=[HEALTHINS_JP]))
    a(c("ja", "paris", "residence", "パリ赴任、滞在許可はどうする？", all_=[FR_RES]))
    a(c("fr", "tsu", "daily-life", "je peux conduire au japon avec mon permis français ? à tsu", all_=[["翻訳", "traduction", "translation", "JAF", "外免", "切替", "conversion"]]))
    a(c("ja", None, "healthcare", "夜に子どもが熱、どこに電話？", kind="clarify-region", all_=[TSU_L + PARIS_L, GENEVA_L]))
    # multi-turn
    a(c("fr", "tsu", "follow-up", ["je veux créer une société à tsu", "et ça prend combien de temps ?"], all_=[["semaine", "jours", "week", "週間", "日", "mois"]], none=["horaires"]))
    a(c("fr", "tsu", "follow-up", ["je veux créer une KK à tsu", "capital minimum ?", "et les frais d'enregistrement ?"], all_=[REGTAX_KK]))
    a(c("en", "tsu", "follow-up", ["i'm french, want to start a company in tsu", "which visa?", "how much capital for that visa now?"], all_=[BM_CAP]))
    a(c("fr", "tsu", "follow-up", ["visa pour diriger ma boîte au japon", "il faut parler japonais ?"], all_=[["B2", "N2"]]))
    a(c("ja", "geneva", "follow-up", ["ジュネーブで会社作りたい", "Sàrlの資本金は？", "SAだと？"], all_=[SA_CH]))
    a(c("ja", "geneva", "follow-up", ["ジュネーブでSàrl設立", "資本金は全額払い込み？"], all_=[SARL, ["全額", "entièrement", "fully", "in full", "100 %", "100%", "intégralement"]]))
    a(c("ja", "paris", "follow-up", ["パリに子会社", "SASとSARLどっち？", "SASの資本金は？"], all_=[SAS1]))
    a(c("ja", "paris", "follow-up", ["パリでSASの資本金は？", "ジュネーブだと？"], all_=[SARL + SA_CH]))
    a(c("en", "geneva", "follow-up", ["we moved to geneva", "register where?", "deadline?"], all_=[DAYS14]))
    a(c("fr", "geneva", "follow-up", ["on s'installe à genève en famille", "et l'assurance maladie ?", "c'est obligatoire pour les enfants aussi ?"], all_=[LAMAL]))
    a(c("fr", "tsu", "follow-up", ["on déménage à tsu", "déclaration d'adresse où ?", "et pour ma femme ?"], all_=[WARD + ["家族", "famille", "family"]]))
    a(c("fr", "tsu", "follow-up", ["ma femme est enceinte, on vit à tsu", "c'est quoi le carnet mère-enfant ?", "et les examens prénataux sont gratuits ?"], all_=[["受診票", "bons", "coupons", "voucher", "subvention", "助成", "補助", "pris en charge", "public"]]))
    a(c("en", "tsu", "follow-up", ["baby fever in the middle of the night, we're in tsu", "and if she stops breathing??"], kind="emergency", all_=[["119"]], none=NOT_FR + NOT_CH))
    a(c("ja", "paris", "follow-up", ["パリで夜中に子どもが熱", "救急は何番？"], kind="emergency", all_=[EMERG_FR], none=NOT_JP + NOT_CH))
    a(c("ja", "geneva", "follow-up", ["ジュネーブで子どもが夜に熱出した", "救急車は？"], kind="emergency", all_=[EMERG_CH], none=NOT_JP + ["SAMU"]))
    a(c("fr", "tsu", "follow-up", ["qui aide les pme suisses à s'implanter à tsu ?", "on peut avoir un contact ?", "téléphone ?"], all_=[TSU_OFFICE]))
    a(c("ja", "tsu", "follow-up", ["津市の会社です、フランスに進出したい", "どこが支援してくれる？"], all_=[ARD + ["JETRO", "ジェトロ"]]))
    a(c("ja", "tsu", "follow-up", ["津市の会社です、スイスに進出したい", "見本市とかある？"], all_=[OPI + ["見本市", "salon", "trade fair", "展示会", "Palexpo"]]))
    a(c("en", None, "follow-up", ["min capital for a company?", "geneva"], all_=[SARL]))
    a(c("fr", None, "follow-up", ["capital minimum ?", "à tsu, une KK"], all_=[YEN1]))
    a(c("fr", "paris", "follow-up", ["on veut un titre de séjour pour s'installer à paris", "et après ?", "merci bcp !"], kind="smalltalk"))
    a(c("ja", "geneva", "follow-up", ["ジュネーブでの住民登録", "ところで今日のジュネーブの天気は？"], kind="out-of-scope"))
    a(c("en", "tsu", "follow-up", ["hi", "we're a swiss startup in medtech looking at tsu", "who are the local partners in the agreement?"], all_=[TSU_OFFICE, OPI]))
    a(c("fr", "paris", "follow-up", ["créer une SAS à paris", "les statuts doivent être notariés ?"], all_=[["acte sous seing privé", "sous seing privé", "pas obligatoire", "not required", "不要", "必要ありません", "pas nécessaire", "notarié"]]))
    a(c("ja", "tsu", "follow-up", ["フランス人の社員が津に来ます", "住民登録は何日以内？", "在留カードも持っていく？"], all_=[["在留カード", "residence card", "carte de résident", "zairyu"]]))
    a(c("en", "tsu", "follow-up", ["moving to tsu with kids", "schools?", "and kindergarten / daycare?"], all_=[["保育", "幼稚園", "daycare", "nursery", "kindergarten", "crèche"], WARD]))
    a(c("ja", "geneva", "follow-up", ["こんにちは", "ジュネーブに家族で引っ越します", "到着後の届け出は？", "何日以内？"], all_=[DAYS14]))
    return L
