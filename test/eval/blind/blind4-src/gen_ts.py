# Generator for blind4-tsu.json (partnership 2: Tsu (Mie) <-> Paris Region / Geneva, agreements of Nov 2012).
# Facts used in keyword groups were checked with the `search` tool; URLs in README-blind4.md.
from common import Builder

b = Builder("B4TS", {"ja", "fr", "en"})
A = b.add
M = b.multi

RQ = ["Tsu, Paris or Geneva", "Tsu, Paris ou Genève", "Paris or Geneva", "Geneva or Paris", "Paris ou Genève", "Genève ou Paris",
      "パリとジュネーブのどちら", "パリかジュネーブ", "ジュネーブとパリのどちら", "which region", "quelle région", "どの地域", "Tokyo or NRW"]
def N(*extra):
    return RQ + list(extra)

# ---- agreements ----
ARD = ["ARD", "Agence Régionale de Développement", "Paris Region Entreprises", "Choose Paris Region", "パリ地域経済開発局", "Paris Île-de-France", "Paris Ile-de-France", "Regional Development Agency"]
CHOOSE = ["Choose Paris Region", "Paris Region Entreprises"]
OPI = ["OPI", "Office de Promotion des Industries", "ジュネーブ州産業振興機構", "Office for the Promotion of Industries", "Promotion des Industries et des Technologies"]
Y2012 = ["2012", "平成24"]
NOV20 = ["20 novembre", "November 20", "20 November", "11月20日", "20 Nov", "Nov 20", "20/11", "20.11"]
NOV21 = ["21 novembre", "November 21", "21 November", "11月21日", "21 Nov", "Nov 21", "21/11", "21.11"]
SECTORS = ["メカトロニクス", "mécatronique", "mechatronics", "医療", "médical", "medical", "環境", "environnement", "environment", "エネルギー", "énergie", "energy", "航空宇宙", "aérospatial", "aerospace", "cleantech", "クリーンテック"]
TSU = ["津市", "Tsu City", "ville de Tsu", "Tsu city", "city of Tsu", "Tsu"]
TSU_DEPT = ["商工観光部", "産業政策", "商工", "industri", "commerce"]
# ---- company ----
SAS1 = ["1 €", "1€", "1 euro", "un euro", "one euro", "1ユーロ", "pas de minimum", "no minimum", "aucun minimum", "librement", "freely", "自由", "最低資本金はない", "最低資本金なし", "no legal minimum", "pas de capital minimum"]
GUICHET = ["guichet unique", "INPI", "one-stop", "single window", "formalites.entreprises.gouv.fr", "ワンストップ"]
KBIS = ["Kbis", "K-bis", "RCS", "registre du commerce", "Registre du Commerce et des Sociétés", "trade and companies register", "商業登記"]
TALENT = ["talent", "Talent", "タレント"]
SARL_CH = ["20 000", "20'000", "20’000", "20,000", "20.000", "20000", "2万"]
SA_CH = ["100 000", "100'000", "100’000", "100,000", "100.000", "100000", "10万"]
SA_CH_PAID = ["50 000", "50'000", "50’000", "50,000", "50.000", "50000", "5万"]
NOTAIRE = ["notaire", "notary", "notarial", "公証人", "公証"]
RC_CH = ["registre du commerce", "commercial register", "Handelsregister", "商業登記", "商業登録", "registre"]
FRENCH = ["français", "French", "フランス語", "francais"]
# Japan side (same law in Tsu as elsewhere in Japan)
YEN1 = ["1円", "1 yen", "1 yens", "¥1", "one yen", "un yen", "1 JPY", "1 Yen"]
KK_TAX = ["150,000", "150.000", "150 000", "150000", "15万"]
GK_TAX = ["60,000", "60.000", "60 000", "60000", "6万"]
BMV = ["経営・管理", "経営管理", "Business Manager", "business management", "gestion", "Gestionnaire", "gérant", "Business/Manager", "business manager"]
BMV_CAP = ["3,000万", "3000万", "3.000万", "30 million", "30 millions", "30,000,000", "30.000.000", "30 000 000", "30 M"]
TAX2M = ["2か月", "2ヶ月", "2カ月", "二か月", "2 months", "two months", "2 mois", "deux mois"]
TAXOFF = ["税務署", "tax office", "centre des impôts", "bureau des impôts", "administration fiscale", "impôts", "tax"]
NOTFEE_SMALL = ["15,000", "15.000", "15 000", "15000", "1万5", "1.5万"]
SHAKAI = ["健康保険", "厚生年金", "社会保険", "health insurance", "pension", "assurance maladie", "retraite", "sécurité sociale", "social insurance"]
# ---- residence ----
DAYS14 = ["14日", "14 days", "14 jours", "two weeks", "2 weeks", "deux semaines", "2 semaines", "quatorze jours", "2週間"]
CITYHALL = ["市役所", "津市役所", "総合支所", "city hall", "city office", "mairie", "hôtel de ville", "municipal office", "Tsu City Office", "市民課"]
ZAIRYU = ["在留カード", "residence card", "carte de résident", "carte de séjour", "zairyu"]
OCPM = ["OCPM", "Office cantonal de la population", "Cantonal Office for Population", "population et des migrations", "人口・移民", "人口移民"]
PREF = ["préfecture", "prefecture", "Préfecture", "ANEF", "titre de séjour", "residence permit", "滞在許可", "警視庁", "préfecture de police", "Prefecture of Police"]
# ---- health ----
LAMAL = ["LAMal", "assurance-maladie", "assurance maladie", "health insurance", "健康保険", "医療保険", "caisse maladie", "caisse d'assurance"]
M3 = ["3 mois", "trois mois", "3 months", "three months", "3か月", "3ヶ月", "3カ月", "三か月"]
CPAM = ["CPAM", "carte Vitale", "Vitale", "Assurance Maladie", "ameli", "Sécurité sociale", "sécurité sociale", "social security", "PUMa", "社会保障"]
MIE8000 = ["#8000", "8000"]
MIEINFO = ["059-229-1199", "医療ネットみえ", "救急医療情報", "Iryo Net Mie", "medical information center", "centre d'information"]
Y500K = ["50万", "500,000", "500.000", "500 000", "500000"]
BOSHI = ["母子健康手帳", "母子手帳", "Maternal and Child Health Handbook", "Mother and Child Health Handbook", "maternal and child health handbook", "carnet de santé mère-enfant", "carnet de santé maternelle", "carnet mère-enfant", "boshi"]
SF_EMERG = ["SAMU", "Samu", "112"]
CH_EMERG = ["144", "112"]
# ---- schooling / housing ----
AGE4 = ["4 ans", "quatre ans", "4 years", "four years", "4歳", "四歳", "4 Jahre"]
AGE3 = ["3 ans", "trois ans", "3 years", "three years", "3歳", "三歳"]
HOIKU = ["保育園", "保育所", "nursery", "daycare", "day care", "crèche", "garderie", "childcare", "認定こども園"]
DEP1 = ["1 mois", "un mois", "1 month", "one month", "1か月", "1ヶ月", "1カ月", "一か月", "家賃1"]
DEP2 = ["2 mois", "deux mois", "2 months", "two months", "2か月", "2ヶ月", "2カ月", "二か月"]
DEP3 = ["3 mois", "trois mois", "3 months", "three months", "3か月", "3ヶ月", "3カ月", "三か月"]
BLOCKED = ["compte bloqué", "bloqué", "blocked", "garantie de loyer", "rent guarantee", "rental guarantee", "banque", "bank", "銀行", "locataire", "tenant's name", "au nom du locataire", "借主名義"]
SHIKI = ["敷金", "deposit", "dépôt de garantie", "caution", "shikikin"]
REIKI = ["礼金", "key money", "reikin", "argent-clé", "frais de clé"]
NOTEST = ["免除", "試験なし", "試験は不要", "不要", "exempt", "without a test", "without test", "no test", "no exam", "sans examen", "sans test", "dispens", "pas d'examen", "exempté", "exemptée"]
GAIMEN = ["外免切替", "切替", "切り替え", "conversion", "convert", "échange", "échanger", "converti"]
GOMI = ["分別", "separate", "sort", "tri", "trier", "収集日", "collection day", "jour de collecte", "calendrier", "カレンダー"]
MIEF = ["MIEF", "三重県国際交流財団", "Mie International Exchange Foundation", "MieCo", "みえ外国人相談", "国際交流財団", "Fondation d'échanges internationaux de Mie"]

# =====================================================================
# AGREEMENTS / SUPPORT
A("en", "tsu", "support", "when did tsu sign the agreements with paris and geneva?", [Y2012], N())
A("fr", "paris", "support", "c'est quand que Tsu a signé l'accord avec la région parisienne ?", [NOV20 + Y2012], N())
A("ja", "geneva", "support", "津市とジュネーブの協定って何年何月？", [NOV21 + Y2012], N())
A("en", "paris", "support", "who was tsu's partner in paris for the 2012 agreement, does it still exist?", [ARD, CHOOSE], N())
A("fr", "paris", "support", "l'ARD Paris Île-de-France existe encore ? elle s'appelle comment maintenant", [CHOOSE], N())
A("ja", "paris", "support", "パリ地域経済開発局（ARD）って今は何て名前？", [CHOOSE], N())
A("en", "geneva", "support", "what is OPI in geneva and what do they do for smes", [OPI], N())
A("fr", "geneva", "support", "l'OPI à Genève peut aider une PME de Tsu à trouver des partenaires ?", [OPI], N())
A("ja", "tsu", "support", "津の中小企業でフランスに進出したい。どこに相談すればいい？", [TSU_DEPT + ARD], N())
A("fr", "tsu", "support", "notre PME de Carouge veut s'implanter à Tsu (Mie), qui peut nous aider côté japonais ?", [TSU_DEPT], N())
A("ja", "geneva", "support", "ジュネーブとの協定はどんな分野が中心？", [SECTORS], N())
A("fr", "tsu", "support", "y a-t-il des salons ou des rencontres B2B pour entreprises françaises à Tsu ou à Mie ?", [TSU_DEPT + ["JETRO", "ジェトロ", "MIEF"]], N())
A("ja", "paris", "support", "パリの展示会に出展したい、支援ある？", [ARD + ["JETRO", "ジェトロ", "Business France"]], N())

# =====================================================================
# COMPANY — Paris
A("en", "paris", "company", "min capital sas france?", [SAS1], N("LAMal"))
A("ja", "paris", "company", "パリでSAS作るのに資本金いくら必要？", [SAS1], N())
A("fr", "paris", "company", "on crée une SAS à Boulogne-Billancourt, c'est où qu'on fait l'immatriculation ?", [GUICHET + KBIS], N())
A("ja", "paris", "company", "フランスで会社を作る日本人経営者に必要な滞在許可は？", [TALENT + ["滞在許可", "titre de séjour", "visa"]], N())
A("en", "paris", "company", "residence permit for a japanese founder starting a company in issy-les-moulineaux", [TALENT], N())
A("en", "paris", "company", "we hire our first employee in paris, which health insurance system covers them", [CPAM], N("LAMal", "国民健康保険"))

# COMPANY — Geneva
A("en", "geneva", "company", "minimum capital for a sàrl in geneva", [SARL_CH], N())
A("ja", "geneva", "company", "ジュネーブでSA（株式会社）作るなら資本金は？", [SA_CH], N())
A("fr", "geneva", "company", "SA à Plan-les-Ouates : combien doit être libéré à la création ?", [SA_CH_PAID], N())
A("ja", "geneva", "company", "ジュネーブの商業登記の申請は何語？英語でいい？", [FRENCH], N())
A("fr", "geneva", "company", "créer une Sàrl à Meyrin : quelles étapes ?", [NOTAIRE, RC_CH], N())

# COMPANY — Tsu (Japanese law), asked in fr/en/ja
A("fr", "tsu", "company", "capital minimum pour une KK à Tsu ?", [YEN1], N())
A("fr", "tsu", "company", "combien coûte l'enregistrement d'une GK au Japon (Mie) ?", [GK_TAX], N())
A("ja", "tsu", "company", "久居で株式会社を作る、定款認証の手数料は？資本金50万、発起人1人、取締役会なし", [NOTFEE_SMALL], N())
A("fr", "tsu", "company", "quel visa pour diriger ma propre société à Tsu ?", [BMV], N())
A("en", "tsu", "company", "business manager visa capital amount now? planning a subsidiary in tsu", [BMV_CAP], N())
A("en", "tsu", "company", "after registering our kk in tsu how long to file the incorporation notice with the tax office", [TAX2M], N())
A("fr", "tsu", "company", "on embauche deux personnes dans notre filiale à Tsu, quelles assurances sociales ?", [SHAKAI], N())

# =====================================================================
# RESIDENCE
A("en", "tsu", "residence", "moved to tsu last week, deadline to register my address?", [DAYS14], N())
A("fr", "tsu", "residence", "je viens d'arriver à Tsu, je dois déclarer mon adresse où et en combien de jours ?", [DAYS14], N())
A("ja", "tsu", "residence", "河芸に引っ越した外国人の住所届、何持っていく？", [ZAIRYU], N())
A("en", "geneva", "residence", "just arrived in geneva, how long to announce my arrival", [DAYS14], N())
A("ja", "geneva", "residence", "ジュネーブに着いたら住民登録はどこで？", [OCPM], N())
A("fr", "geneva", "residence", "on s'installe à Vernier, l'annonce d'arrivée se fait à la commune ou au canton ?", [OCPM], N())
A("en", "paris", "residence", "where do i apply for my residence permit in paris", [PREF], N("OCPM"))
A("ja", "paris", "residence", "パリ郊外（ヴェルサイユ）で滞在許可の更新はどこ？", [PREF + ["préfecture", "県庁", "プレフェクチュール"]], N("OCPM"))

# =====================================================================
# HEALTHCARE
A("en", "geneva", "healthcare", "do i need swiss health insurance? how long do i have after moving to carouge", [M3], N("CPAM", "carte Vitale"))
A("ja", "geneva", "healthcare", "ジュネーブの健康保険って加入義務ある？いつまでに？", [LAMAL, M3], N("CPAM"))
A("en", "paris", "healthcare", "how do i get a carte vitale as a new employee in paris", [CPAM], N("LAMal"))
A("ja", "paris", "healthcare", "パリで働く社員の健康保険はどうなる？カルト・ヴィタル？", [CPAM + ["カルト・ヴィタル", "カルトヴィタル"]], N("LAMal"))
A("en", "tsu", "healthcare", "my baby has a fever at night in tsu, is there a phone line for advice?", [MIE8000], N("116117"), kind=None)
A("fr", "tsu", "healthcare", "mon enfant a de la fièvre la nuit à Tsu, il y a un numéro pour conseil ?", [MIE8000], N("116117"), kind=None)
A("en", "tsu", "healthcare", "which hospital is open tonight in tsu, not an emergency", [MIEINFO], N())
A("fr", "tsu", "healthcare", "enceinte à Tsu, première démarche à la mairie ?", [BOSHI], N("carte Vitale"))
A("ja", "tsu", "healthcare", "津市で出産したら出産育児一時金いくら？", [Y500K], N())

# =====================================================================
# SCHOOLING / CHILDCARE
A("en", "geneva", "schooling", "from what age is school compulsory in geneva", [AGE4], N())
A("ja", "geneva", "schooling", "ジュネーブの学校は何歳から義務？", [AGE4], N())
A("ja", "paris", "schooling", "フランスって3歳から学校行かなきゃいけないの？", [AGE3], N())
A("fr", "tsu", "schooling", "crèche (保育園) à Tsu pour un bébé de 1 an, comment s'inscrire ?", [HOIKU, CITYHALL + ["保育課", "子ども", "enfance"]], N())
A("en", "tsu", "schooling", "international school near tsu?", [["international school", "インターナショナルスクール", "école internationale", "インター"]], N())

# =====================================================================
# HOUSING
A("en", "paris", "housing", "unfurnished flat in paris, max deposit the landlord can ask?", [DEP1], N())
A("ja", "paris", "housing", "パリの家具付き物件、保証金（dépôt de garantie）は何か月分まで？", [DEP2], N())
A("fr", "geneva", "housing", "garantie de loyer à Genève, combien max ?", [DEP3], N())
A("en", "geneva", "housing", "rent deposit in geneva - do i pay it to the landlord directly?", [BLOCKED], N())
A("fr", "tsu", "housing", "c'est quoi le reikin quand on loue un appart à Tsu ?", [REIKI], N())

# =====================================================================
# DAILY LIFE
A("fr", "tsu", "daily-life", "j'ai un permis français, je peux l'échanger au Japon sans examen ?", [NOTEST], N())
A("ja", "tsu", "daily-life", "津市のゴミの出し方、外国語の案内ある？", [GOMI], N())
A("fr", "tsu", "daily-life", "un centre d'aide pour les étrangers à Tsu ? je parle pas japonais", [MIEF], N())

# =====================================================================
# OTHER LANGUAGES
A("zh", "paris", "company", "在巴黎成立SAS最低资本是多少？", [SAS1], N())
A("ko", "geneva", "company", "제네바에서 Sàrl 설립 최소 자본금은?", [SARL_CH], N())
A("es", "tsu", "residence", "me mudé a Tsu, ¿en cuántos días tengo que registrar mi dirección?", [DAYS14], N())
A("pt", "geneva", "healthcare", "seguro de saúde em Genebra é obrigatório? prazo?", [M3 + ["3 meses", "três meses"]], N())
A("it", "paris", "emergency", "emergenza a Parigi, mio marito sviene! numero?", [SF_EMERG], N("119", "144"), kind="emergency")
A("vi", "tsu", "healthcare", "con tôi sốt ban đêm ở Tsu, gọi số nào để hỏi?", [MIE8000], N("116117"), kind=None)
A("tr", "geneva", "housing", "Cenevre'de kira depozitosu en fazla kaç ay?", [DEP3 + ["3 ay", "üç ay"]], N())

# =====================================================================
# FOLLOW-UPS
M("fr", "geneva", ["on veut créer une Sàrl à Genève", "et pour Paris ?"], [SAS1], N())
M("en", "paris", ["what's the deposit for an unfurnished flat in paris?", "and for Geneva?"], [DEP3], N())
M("ja", "tsu", ["津市で住所の届出したい", "それって予約いる？"], [["予約", "窓口", "不要", "必要", "市役所", "総合支所"]], N("OCPM"))
M("en", "geneva", ["how do i register my arrival in geneva?", "how long does that take?"], [OCPM + ["permis", "permit", "week", "semaine", "週"]], N("opening hours", "heures d'ouverture"))
M("fr", "tsu", ["je veux créer une KK à Tsu", "et ça prend combien de temps ?"], [["登記", "registration", "enregistrement", "immatriculation", "statuts", "定款", "semaine", "week", "jours"]], N("horaires d'ouverture"))
M("ja", "paris", ["パリでSASを作りたい", "費用はどれくらい？"], [GUICHET + KBIS + ["費用", "frais", "greffe", "公告", "annonce"]], N())
M("en", "tsu", ["my son has fever tonight in tsu", "and if it gets worse?"], [["119"]], N("112", "116117"), kind=None)
M("fr", "geneva", ["l'assurance maladie à Genève, c'est obligatoire ?", "et si je ne fais rien ?"], [["d'office", "automatically", "automatique", "affiliation", "強制", "assigned"]], N("CPAM"))
M("en", "tsu", ["which visa to run a company in tsu?", "can my wife work on her visa then?"], [["資格外活動", "permission", "autorisation", "family", "famille", "Dependent", "家族滞在"]], N())
M("ja", "geneva", ["ジュネーブで子どもの学校探してる", "何歳から入れる？"], [AGE4], N())

# =====================================================================
# SMALLTALK / OOS / CLARIFY / HANDOVER / EMERGENCY
A("fr", None, "smalltalk", "bonjour !", None, RQ, kind="smalltalk")
A("ja", None, "smalltalk", "こんばんは〜", None, RQ, kind="smalltalk")
A("en", None, "smalltalk", "hey there", None, RQ, kind="smalltalk")
A("fr", None, "smalltalk", "merci beaucoup 😊", None, RQ, kind="smalltalk")
A("ja", None, "smalltalk", "どうもありがとうございました", None, RQ, kind="smalltalk")

A("fr", "paris", "out-of-scope", "il fait quel temps à Paris demain ?", None, RQ + ["Source :", "Sources :"], kind="out-of-scope")
A("en", "geneva", "out-of-scope", "servette score last night?", None, RQ, kind="out-of-scope")
A("ja", "tsu", "out-of-scope", "津でおすすめの鰻屋さんは？", None, RQ + ["出典"], kind="out-of-scope")
A("en", None, "out-of-scope", "translate this menu for me pls", None, RQ, kind="out-of-scope")
A("fr", None, "out-of-scope", "tu peux m'aider avec mes devoirs de maths ?", None, RQ, kind="out-of-scope")

A("en", None, "housing", "how much deposit can a landlord ask?", None, None, kind="clarify-region")
A("fr", None, "healthcare", "l'assurance maladie c'est obligatoire ?", None, None, kind="clarify-region")
A("ja", None, "company", "会社作るのに資本金いくら必要？", None, None, kind="clarify-region")

A("en", "geneva", "handover", "can i talk to someone at OPI about our geneva project?", [OPI], N(), kind="handover")
A("fr", "tsu", "handover", "je voudrais parler à quelqu'un de la ville de Tsu, on prépare une implantation", [TSU_DEPT], N(), kind="handover")
A("ja", "paris", "handover", "パリ側の担当者と話したいです", [ARD], N(), kind="handover")
A("en", "paris", "handover", "real person please – we need introductions in the paris region", [ARD], N(), kind="handover")
A("ja", "tsu", "handover", "津市の担当課につないでもらえますか", [TSU_DEPT], N(), kind="handover")

A("en", "paris", "emergency", "fire in our office at la défense!!", [["112", "pompiers", "sapeurs", "fire brigade", "firefighters"]], N("119", "144"), kind="emergency")
A("ja", "geneva", "emergency", "ジュネーブで同僚が倒れた！救急車の番号は？", [CH_EMERG], N("119", "SAMU"), kind="emergency")
A("fr", "geneva", "emergency", "accident à Thônex, quelqu'un est blessé, j'appelle qui ?", [CH_EMERG], N("119", "SAMU"), kind="emergency")
A("fr", "tsu", "emergency", "urgence à Tsu, mon collègue ne respire plus !", [["119"]], N("112", "144", "SAMU"), kind="emergency")
A("en", "tsu", "emergency", "someone is trying to break into our house in hisai, police?", [["110"]], N("112"), kind="emergency")

n = b.write("blind4-tsu.json", "blind4-tsu-2026-11-30")
print(n)
