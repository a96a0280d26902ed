# -*- coding: utf-8 -*-
"""Cases for partnership 2 (Tsu <-> Paris Region / Geneva). Facts in keyword groups: see README.md."""
from common import make, num

def C(*a, **k):
    return make(2, *a, **k)

G_SAS1 = ["1 €", "1€", "1 euro", "un euro", "1ユーロ", "€1", "EUR 1", "1 EUR", "one euro", "symbolique", "aucun capital minimum", "no minimum", "最低資本金なし", "下限なし"]
G_SARL20 = num(20000, ["2万", "20k", "20 000 CHF", "CHF 20"])
G_SA100 = num(100000, ["10万", "100k"])
G_SA50 = num(50000, ["5万", "50k"])
G_FR_EMERG = [["15", "SAMU", "Samu"], ["112"]]
G_CH_EMERG = [["144"], ["112", "117"]]
G_119 = ["119"]
G_8000 = ["#8000", "＃8000", "8000", "059-232-9955"]
G_MIE_INFO = ["059-229-1199", "救急医療情報", "医療ネットみえ", "Iryo Net Mie"]
G_LAMAL3 = ["3か月", "3ヶ月", "三か月", "3 mois", "trois mois", "3 months", "three months", "90"]
G_LAMAL = ["LAMal", "assurance-maladie", "assurance maladie", "health insurance", "健康保険", "医療保険", "Krankenkasse", "caisse"]
G_CHOOSE = ["Choose Paris Region", "Paris Region", "パリ地域", "イル＝ド＝フランス", "Île-de-France", "ARD"]
G_OPI = ["OPI", "Office de Promotion des Industries", "ジュネーブ州産業振興機構", "産業振興機構"]
G_TSU = ["津市", "Tsu City", "ville de Tsu", "Tsu city", "City of Tsu", "municipalité de Tsu", "市役所"]
G_RC = ["registre du commerce", "Registre du commerce", "commercial register", "商業登記", "RC", "登記", "Handelsregister"]
G_NOTAIRE = ["notaire", "notary", "公証人", "公証"]
G_INPI = ["guichet unique", "INPI", "Kbis", "K-bis", "RCS", "registre du commerce"]
G_KEIEI = ["経営・管理", "経営管理", "Business Manager", "business manager", "gestion", "Business Manager visa", "visa de gestionnaire", "Investor/Business"]
G_30M = num(30000000, ["3,000万", "3000万", "30 millions", "30 million", "30m"])
G_KK1 = ["1円", "1 yen", "¥1", "1 JPY", "un yen", "one yen", "1円以上"]
G_150K = num(150000, ["15万", "15万円"])
G_14D = ["14日", "14 days", "14 jours", "two weeks", "deux semaines", "2週間", "2 weeks", "2 semaines"]
G_TENNYU = ["転入届", "転入", "住民登録", "市役所", "city hall", "mairie", "city office", "resident registration", "住所", "Tsu City Hall"]
G_RESCARD = ["在留カード", "residence card", "carte de résident", "carte de séjour", "zairyu"]
G_OCPM = ["OCPM", "Office cantonal de la population", "population et des migrations", "州人口移民局", "cantonal population office"]
G_TALENT = ["passeport talent", "Passeport Talent", "talent passport", "タレントパスポート", "titre de séjour", "滞在許可"]
G_VITALE = ["carte Vitale", "Vitale", "CPAM", "Assurance Maladie", "ameli", "sécurité sociale", "健康保険", "social security"]
G_NHI = ["国民健康保険", "健康保険", "health insurance", "assurance maladie", "assurance-maladie", "National Health Insurance", "社会保険"]
G_BOSHI = ["母子健康手帳", "母子手帳", "carnet de santé mère-enfant", "Maternal and Child Health Handbook", "mother and child", "mère-enfant", "carnet"]
G_CAF = ["CAF", "allocations familiales", "児童手当", "family allowance", "Caisse d'allocations"]
G_JETRO = ["JETRO", "ジェトロ", "日本貿易振興機構"]
G_CERN = ["CERN", "欧州原子核研究機構"]

def cases():
    L = []
    A = L.append
    # ---------- small talk ----------
    A(C("fr", None, "smalltalk", "bonjour !", "smalltalk"))
    A(C("fr", None, "smalltalk", "merci beaucoup 🙂", "smalltalk"))
    A(C("ja", None, "smalltalk", "こんにちは！", "smalltalk"))
    A(C("en", None, "smalltalk", "hiii", "smalltalk"))
    A(C("ja", None, "smalltalk", "おつかれさまです〜", "smalltalk"))
    A(C("fr", None, "smalltalk", "salut, tu sers à quoi ?", "smalltalk"))
    A(C("en", None, "smalltalk", "good morning, thanks for yesterday", "smalltalk"))
    A(C("de", None, "smalltalk", "Grüezi!", "smalltalk"))
    # ---------- out of scope ----------
    A(C("fr", "paris", "out-of-scope", "il fait quel temps à Paris ce week-end ?", "out-of-scope", none=["Kbis", "guichet unique"]))
    A(C("ja", "tsu", "out-of-scope", "津でおいしいうなぎ屋さん教えて", "out-of-scope", none=["転入届"]))
    A(C("en", "geneva", "out-of-scope", "servette fc score tonight?", "out-of-scope", none=["LAMal", "registre du commerce"]))
    A(C("fr", None, "out-of-scope", "raconte-moi une blague", "out-of-scope"))
    A(C("en", None, "out-of-scope", "help me write a SQL query joining two tables", "out-of-scope"))
    A(C("ja", None, "out-of-scope", "娘の夏休みの読書感想文書いて", "out-of-scope"))
    A(C("fr", "geneva", "out-of-scope", "c'est quand la fête de l'Escalade à Genève ?", "out-of-scope", none=["LAMal"]))
    A(C("ja", "paris", "out-of-scope", "パリのおすすめ観光地は？", "out-of-scope"))
    # ---------- handover ----------
    A(C("fr", "tsu", "handover", "je voudrais parler à quelqu'un de la ville de Tsu, on cherche un partenaire industriel à Mie", "handover", all=[G_TSU]))
    A(C("ja", "paris", "handover", "パリの担当機関の人を紹介してください", "handover", all=[G_CHOOSE]))
    A(C("ja", "geneva", "handover", "ジュネーブで現地企業を紹介してもらえる窓口につないで", "handover", all=[G_OPI]))
    A(C("en", "tsu", "handover", "can i talk to a real person? we're a swiss medtech sme interested in tsu", "handover", all=[G_TSU]))
    A(C("fr", "geneva", "handover", "qui contacter à Genève pour une mise en relation avec des entreprises japonaises de Tsu ?", "handover", all=[G_OPI + G_TSU]))
    A(C("en", "paris", "handover", "pls put me in touch with someone at the paris region side, we're a tsu machinery maker", "handover", all=[G_CHOOSE]))
    A(C("ja", "tsu", "handover", "久居の会社です。市の担当の方と直接話せますか", "handover", all=[G_TSU]))
    A(C("fr", "tsu", "handover", "mise en relation avec des investisseurs ou universités à Tsu possible ?", "handover", all=[G_TSU + ["三重大学", "Mie University", "Université de Mie"]]))
    A(C("ja", None, "handover", "担当者に代わって", "handover"))
    A(C("en", "geneva", "handover", "introduce us to startups in carouge or plan-les-ouates?", "handover", all=[G_OPI]))
    # ---------- emergency ----------
    A(C("fr", "tsu", "emergency", "mon fils a 40 de fièvre cette nuit, on habite à Tsu, que faire ?", "emergency", all=[G_8000 + G_119], none=["SAMU", "144"]))
    A(C("ja", "paris", "emergency", "パリで同僚が倒れた！救急番号は？", "emergency", all=G_FR_EMERG, none=["144", "119番"]))
    A(C("ja", "geneva", "emergency", "ジュネーブで子どもがけが、救急車の番号！", "emergency", all=G_CH_EMERG, none=["SAMU", "119番"]))
    A(C("en", "tsu", "emergency", "car accident near hisai station, someone is hurt", "emergency", all=[G_119], none=["SAMU", "144"]))
    A(C("fr", "geneva", "emergency", "urgence à Carouge, mon mari ne respire plus bien", "emergency", all=[["144"]], none=["SAMU", "119"]))
    A(C("en", "paris", "emergency", "fire in our flat in boulogne!!", "emergency", all=[["18", "112"]], none=["144", "119"]))
    A(C("ja", "tsu", "emergency", "津市で夜間に診てもらえる病院探してる。救急車呼ぶほどじゃない", "emergency", all=[G_MIE_INFO + G_8000], none=["SAMU", "144"]))
    A(C("fr", "paris", "emergency", "numéro pour la police à Saint-Denis ? on m'a volé mon sac", "emergency", all=[["17", "112"]], none=["117", "110番"]))
    A(C("ja", "geneva", "emergency", "子どもが洗剤飲んじゃったかも、ジュネーブ在住", "emergency", all=[["145", "144", "Tox"]], none=["SAMU"]))
    A(C("es", "paris", "emergency", "emergencia en París, cuál es el número de ambulancia?", "emergency", all=G_FR_EMERG, none=["144"]))
    A(C("en", None, "emergency", "help!!! emergency", "emergency"))
    # ---------- company ----------
    A(C("ja", "paris", "company", "フランスでSAS作るとき資本金いくら必要？", "answer", all=[G_SAS1]))
    A(C("ja", "geneva", "company", "スイスでGmbH（Sàrl）の最低資本金は？", "answer", all=[G_SARL20]))
    A(C("en", "geneva", "company", "SA vs Sàrl in geneva - minimum capital?", "answer", all=[G_SA100, G_SARL20]))
    A(C("ja", "geneva", "company", "ジュネーブで株式会社(SA)設立、払込は全額必要？", "answer", all=[G_SA50]))
    A(C("fr", "tsu", "company", "capital minimum pour une KK au Japon ? on veut s'installer à Tsu", "answer", all=[G_KK1]))
    A(C("en", "tsu", "company", "what visa does our french ceo need to run the japanese subsidiary in tsu?", "answer", all=[G_KEIEI]))
    A(C("fr", "tsu", "company", "visa business manager Japon : combien de capital depuis la réforme d'octobre 2025 ?", "answer", all=[G_30M]))
    A(C("ja", "paris", "company", "パリで会社登記ってどこでやるの？", "answer", all=[G_INPI]))
    A(C("ja", "geneva", "company", "ジュネーブで会社作るのに公証人いる？", "answer", all=[G_NOTAIRE, G_RC]))
    A(C("fr", "tsu", "company", "frais d'enregistrement pour créer une kabushiki kaisha à Mie ?", "answer", all=[G_150K]))
    A(C("en", "paris", "company", "can a japanese company just open a branch in paris instead of a subsidiary?", "answer", all=[["succursale", "branch", "支店", "bureau de liaison", "liaison office"]]))
    A(C("ja", "tsu", "company", "フランスの会社が津に日本法人つくる場合の流れ", "answer", all=[["定款", "articles"], ["登記", "法務局", "registration"]]))
    A(C("fr", None, "company", "combien coûte la création d'une société ?", "clarify-region"))
    A(C("ja", None, "company", "海外で会社作りたいんだけど何が必要？", "clarify-region"))
    A(C("en", "geneva", "company", "does one of the managers of a sarl have to live in switzerland?", "answer", all=[["resident", "domicile", "domicilié", "居住", "live in Switzerland", "Swiss resident"]]))
    A(C("zh", "paris", "company", "在巴黎成立SAS公司最低资本是多少？", "answer", all=[G_SAS1]))
    A(C("ja", "paris", "company", "Boulogneに事務所を借りたい。登記住所だけのドミシリエーションってあり？", "answer", all=[["domiciliation", "ドミシリエーション", "siège", "registered office"]]))
    A(C("fr", "tsu", "company", "faut-il un compte bancaire japonais avant l'immatriculation de la KK ?", "answer", all=[["compte", "bank account", "銀行口座", "口座"]]))
    # ---------- residence ----------
    A(C("ja", "paris", "residence", "フランスで働くための滞在許可、駐在員はどれ？", "answer", all=[G_TALENT + ["salarié détaché", "ICT", "détaché"]]))
    A(C("ja", "geneva", "residence", "ジュネーブに引っ越したら住民登録はどこ？何日以内？", "answer", all=[G_OCPM + ["commune", "コミューン", "mairie"], ]))
    A(C("fr", "tsu", "residence", "carte de résident japonaise (zairyu card), où l'obtenir ?", "answer", all=[G_RESCARD]))
    A(C("en", "tsu", "residence", "just arrived in tsu, how many days to register my address?", "answer", all=[G_14D]))
    A(C("fr", "tsu", "residence", "ma femme peut-elle travailler au Japon avec un visa de dépendant ?", "answer", all=[["家族滞在", "Dependent", "資格外活動", "permission", "autorisation"]]))
    A(C("en", None, "residence", "what permit do i need?", "clarify-region"))
    # ---------- daily life ----------
    A(C("fr", "tsu", "daily-life", "on vient d'emménager à Hisai, quelles démarches à la mairie ?", "answer", all=[G_TENNYU]))
    A(C("ja", "paris", "daily-life", "パリで銀行口座開くのに何がいる？", "answer", all=[["justificatif de domicile", "住所証明", "proof of address", "パスポート", "passport", "RIB"]]))
    A(C("en", "geneva", "daily-life", "swiss driving licence - i have a japanese one, what to do in geneva?", "answer", all=[["échange", "exchange", "OCV", "Office cantonal des véhicules", "切替", "切り替え", "convertir"]]))
    A(C("ja", "paris", "daily-life", "フランスで日本の免許使える？", "answer", all=[["免許", "permis", "licence", "license"]]))
    A(C("fr", "tsu", "daily-life", "tri des déchets à Tsu, c'est compliqué ?", "answer", all=[["分別", "tri", "sorting", "燃やす", "可燃", "calendrier", "ゴミ", "ごみ"]]))
    A(C("en", "tsu", "daily-life", "can i drive in japan with my french licence?", "answer", all=[["translation", "traduction", "翻訳", "JAF", "1 an", "1 year", "one year", "1年"]]))
    A(C("ja", "geneva", "daily-life", "ジュネーブの公共交通のパスって何がおすすめ？", "answer", all=[["TPG", "Unireso", "Léman Pass", "abonnement", "pass"]]))
    A(C("fr", None, "daily-life", "comment je déclare mon adresse ?", "clarify-region"))
    # ---------- healthcare ----------
    A(C("ja", "geneva", "healthcare", "スイスの健康保険はいつまでに入ればいい？", "answer", all=[G_LAMAL, G_LAMAL3]))
    A(C("en", "geneva", "healthcare", "moved to lancy 2 weeks ago, do i need LAMal? deadline?", "answer", all=[G_LAMAL3]))
    A(C("ja", "paris", "healthcare", "フランスの健康保険カードってどうやって作る？", "answer", all=[G_VITALE]))
    A(C("fr", "tsu", "healthcare", "assurance maladie au Japon pour un salarié français à Tsu ?", "answer", all=[G_NHI]))
    A(C("fr", "tsu", "healthcare", "je suis enceinte, on vit à Tsu. c'est quoi le carnet mère-enfant ?", "answer", all=[G_BOSHI]))
    A(C("ja", "paris", "healthcare", "パリで出産予定。かかりつけ医（médecin traitant）は必要？", "answer", all=[["médecin traitant", "かかりつけ", "sage-femme", "助産", "gynécologue"]]))
    A(C("en", "tsu", "healthcare", "english speaking doctor in tsu city?", "answer", all=[G_MIE_INFO + ["医療ネットみえ", "Mie", "三重"]]))
    A(C("ja", None, "healthcare", "夜間に子供の具合が悪いときの相談窓口は？", "clarify-region"))
    # ---------- housing ----------
    A(C("ja", "paris", "housing", "パリでアパート借りるとき保証人って必要？", "answer", all=[["garant", "保証人", "Visale", "guarantor", "caution"]]))
    A(C("fr", "tsu", "housing", "louer un appartement à Tsu : c'est quoi le reikin ?", "answer", all=[["礼金", "reikin", "敷金", "shikikin", "key money"]]))
    A(C("en", "geneva", "housing", "finding a flat in geneva is impossible 😭 any tips?", "answer", all=[["régie", "régies", "agence", "deposit", "garantie", "caution"]]))
    A(C("ja", "geneva", "housing", "ジュネーブの賃貸で敷金は何ヶ月分？", "answer", all=[["garantie", "caution", "deposit", "敷金", "保証金"]]))
    # ---------- schooling ----------
    A(C("ja", "paris", "schooling", "パリに日本人学校ってある？", "answer", all=[["日本人学校", "Japanese school", "école japonaise", "補習"]]))
    A(C("ja", "geneva", "schooling", "ジュネーブの日本語補習校について教えて", "answer", all=[["補習", "Japanese", "日本語", "école japonaise"]]))
    A(C("fr", "tsu", "schooling", "école pour mes enfants francophones à Tsu ? école internationale ?", "answer", all=[["international", "インターナショナル", "公立", "public", "小学校", "école"]]))
    A(C("en", "geneva", "schooling", "international schools around geneva for a 7yo?", "answer", all=[["International School", "école internationale", "Ecolint", "インターナショナルスクール"]]))
    A(C("fr", "tsu", "schooling", "crèche à Tsu pour un bébé de 1 an, comment s'inscrire ?", "answer", all=[["保育園", "保育所", "crèche", "nursery", "daycare", "保育"]]))
    # ---------- support ----------
    A(C("ja", "tsu", "support", "津市とパリ・ジュネーブの協定っていつ結ばれたの？", "answer", all=[["2012", "平成24"]]))
    A(C("fr", "paris", "support", "qui accompagne les PME japonaises qui s'implantent en Île-de-France ?", "answer", all=[G_CHOOSE]))
    A(C("en", "geneva", "support", "who signed the cooperation agreement with tsu on the geneva side?", "answer", all=[G_OPI]))
    A(C("ja", "geneva", "support", "ジュネーブでCERNと関わるビジネスチャンスってある？", "answer", all=[G_CERN + G_OPI]))
    A(C("fr", "tsu", "support", "salons professionnels au Japon pour une PME suisse, de l'aide ?", "answer", all=[G_JETRO + G_TSU]))
    A(C("ja", "paris", "support", "フランスの展示会に出たい。支援ある？", "answer", all=[G_CHOOSE + G_JETRO]))
    A(C("en", None, "support", "what does this partnership actually offer?", "answer", all=[["Tsu", "津"], ["Paris", "パリ"], ["Geneva", "Genève", "ジュネーブ"]]))
    A(C("fr", None, "support", "qui peut nous aider ?", "clarify-region"))
    # ---------- follow-ups ----------
    A(C("fr", "tsu", "follow-up", ["comment créer une KK à Tsu ?", "et ça prend combien de temps ?"], "answer", all=[["semaine", "week", "週", "jour", "day", "日"]], none=["horaires de travail", "労働時間"]))
    A(C("ja", "geneva", "follow-up", ["ジュネーブでSàrl作りたい", "資本金は全額払込？"], "answer", all=[["全額", "entièrement", "full", "intégralement", "100%"]]))
    A(C("en", "paris", "follow-up", ["how do i set up a SAS in paris?", "and minimum capital?"], "answer", all=[G_SAS1]))
    A(C("ja", "tsu", "follow-up", ["こんにちは", "フランスの会社と取引したい。津市で支援ある？"], "answer", all=[G_TSU + G_CHOOSE]))
    A(C("fr", "geneva", "follow-up", ["on s'installe à Genève le mois prochain", "et l'assurance maladie, c'est obligatoire ?", "délai ?"], "answer", all=[G_LAMAL3]))
    A(C("en", "tsu", "follow-up", ["my son is sick, we live in tsu", "what number at night?"], "emergency", all=[G_8000 + G_119 + G_MIE_INFO], none=["SAMU", "144"]))
    A(C("ja", "paris", "follow-up", ["パリの滞在許可どうする？", "家族も一緒に行ける？"], "answer", all=[["家族", "famille", "family", "配偶者", "conjoint"]]))
    A(C("fr", "tsu", "follow-up", ["quel visa pour diriger une filiale à Tsu ?", "et il faut parler japonais ?"], "answer", all=[["B2", "japonais", "Japanese", "日本語"]]))
    A(C("en", "geneva", "follow-up", ["register at OCPM in geneva", "do i need an appointment?"], "answer", all=[["rendez-vous", "appointment", "予約", "online", "en ligne"]], none=["médecin", "doctor's appointment"]))
    A(C("ja", "tsu", "follow-up", ["フランス人社員が津に来る", "住民登録は何日以内？"], "answer", all=[G_14D]))
    return L
