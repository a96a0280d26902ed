from common import *

R = REGQ_TS
NOT_FR_CH = R + ["SAMU", "144 ", "117 (police"]
NOT_JP = R + ["119 (", "#7119", "#8000"]
NOT_CH = R + ["144", "117"]
NOT_FR = R + ["SAMU"]


def cases():
    L = []
    a = L.append
    # ================= company: Paris / Geneva (Japanese SMEs going to Europe) =================
    a(c("ja", "paris", "company", "answer", "パリでSAS作るときの資本金って最低いくら？",
        [EUR_1], R))
    a(c("ja", "geneva", "company", "answer", "ジュネーブでSàrl設立、資本金いくら必要？全額払込？",
        [CHF_20000], R))
    a(c("en", "geneva", "company", "answer", "min share capital for an SA in geneva and how much paid in at start",
        [CHF_100000, CHF_50000], R))
    a(c("fr", "geneva", "company", "answer", "faut-il passer chez un notaire pour créer une sàrl à genève ?",
        [NOTARY + ["acte authentique", "authentique"], HREG], R))
    a(c("ja", "paris", "company", "answer", "フランスの会社登記ってどこでやるの？オンライン？",
        [["guichet unique", "Guichet unique", "INPI", "ギシェ"], ["RCS", "Kbis", "商業登記", "registre du commerce"]], R))
    a(c("en", "paris", "company", "answer", "setting up a subsidiary near paris (boulogne) - what are the main steps?",
        [["SAS", "SARL", "SASU"], ["statuts", "articles", "定款"], ["guichet unique", "INPI", "RCS", "Kbis"]], R))
    a(c("ja", "geneva", "company", "answer", "カルージュに支店出したい。スイスの商業登記は必要？",
        [HREG + ["RC", "registre"]], R))
    a(c("en", "paris", "company", "answer", "SAS or SARL for a small japanese company opening a sales office in paris?",
        [["SAS"], ["SARL"]], R))
    # ================= company: Tsu (French / Swiss SMEs going to Tsu) =================
    a(c("fr", "tsu", "company", "answer", "capital minimum pour une KK (kabushiki kaisha) à Tsu ?",
        [YEN_1], R))
    a(c("fr", "tsu", "company", "answer", "combien coûte l'immatriculation d'une société au Japon (Tsu, Mie) ? la taxe d'enregistrement",
        [YEN_150K + YEN_60K], R))
    a(c("en", "tsu", "company", "answer", "we're a swiss sme, want a GK in tsu city. registration tax?",
        [YEN_60K], R))
    a(c("ja", "tsu", "company", "answer", "フランスの会社が久居に日本法人つくる場合、定款認証っている？株式会社で",
        [["公証", "定款認証"], YEN_30K + YEN_15K + YEN_40K], R))
    a(c("fr", "tsu", "company", "answer", "après l'immatriculation à Tsu, quelle déclaration au bureau des impôts et dans quel délai ?",
        [["法人設立届出書", "déclaration de constitution", "déclaration d'établissement", "houjin setsuritsu", "déclaration de création"], ["2 mois", "deux mois", "2か月", "2ヶ月", "two months"]], R))
    # ================= residence =================
    a(c("fr", "tsu", "residence", "answer", "quel visa pour diriger ma propre société à Tsu ?",
        [["Business Manager", "経営・管理", "gestion", "Manager"], YEN_30M], R))
    a(c("en", "tsu", "residence", "answer", "business manager visa japan 2025 change - does it apply in mie too?",
        [YEN_30M, FULLTIME_1, B2], R))
    a(c("ja", "paris", "residence", "answer", "フランスで会社作って駐在したい。滞在許可は何になる？",
        [["talent", "タレント", "パスポート・タレント", "passeport"]], R))
    a(c("ja", "paris", "residence", "answer", "フランスの投資家向けの滞在許可って投資額いくら？",
        [PT_300K], R))
    a(c("en", "geneva", "residence", "answer", "arriving in geneva next month from japan, when do i have to announce my arrival?",
        [DAYS14, ["OCPM", "Office cantonal de la population", "Cantonal Office for Population"]], R))
    a(c("fr", "tsu", "residence", "answer", "ma femme vient avec moi à Tsu, peut-elle travailler avec le visa famille ?",
        [["28", "資格外活動", "permission", "autorisation"]], R))
    # ================= daily life =================
    a(c("fr", "tsu", "daily-life", "answer", "je viens d'emménager à Tsu, je dois déclarer mon adresse où et quand ?",
        [DAYS14, ["mairie", "市役所", "city hall", "Tsu City Hall", "bureau municipal", "津市役所"]], R))
    a(c("en", "tsu", "daily-life", "answer", "moved to hisai (tsu) from another city, what do i file",
        [["転入", "moving-in", "move-in", "notification"], DAYS14], R))
    a(c("ja", "paris", "daily-life", "answer", "フランスって住民登録みたいな制度あるの？パリ在住予定",
        [["ない", "ありません", "不要", "no", "pas"]], R))
    a(c("fr", "tsu", "daily-life", "answer", "permis de conduire français au Japon, je peux conduire combien de temps à Tsu ?",
        [ONE_YEAR, ["traduction", "translation", "翻訳", "JAF"]], R))
    a(c("ja", "paris", "daily-life", "answer", "日本の免許でフランスどれくらい運転できる？",
        [ONE_YEAR, ["échange", "交換", "切り替え", "切替", "exchange"]], R))
    a(c("en", "tsu", "daily-life", "answer", "i'm swiss, do i have to take a driving test to convert my licence in japan?",
        [["no", "exempt", "免除", "not", "without"]], R))
    # ================= healthcare / insurance =================
    a(c("ja", "geneva", "healthcare", "answer", "ジュネーブの健康保険って入らないとダメ？期限ある？",
        [["LAMal", "基礎保険", "健康保険", "医療保険"], MONTHS_3], R))
    a(c("en", "paris", "healthcare", "answer", "how do i get a carte vitale in paris as a japanese employee",
        [["Carte Vitale", "carte Vitale", "CPAM", "Assurance Maladie", "Sécurité sociale"]], R))
    a(c("fr", "tsu", "healthcare", "answer", "assurance maladie au Japon pour un indépendant installé à Tsu ?",
        [["国民健康保険", "National Health Insurance", "assurance maladie nationale", "NHI", "Kokumin"]], R))
    a(c("fr", "tsu", "healthcare", "answer", "enceinte, je vis à Tsu. première démarche ?",
        [["母子健康手帳", "carnet de santé mère-enfant", "carnet mère", "Maternal and Child", "boshi"]], R))
    a(c("ja", "paris", "healthcare", "answer", "パリで日本語が通じる病院ある？",
        [["日本語", "japonais", "Japanese"]], R))
    a(c("en", "tsu", "healthcare", "answer", "non-urgent but need a doctor tonight in tsu, where do i find one open?",
        [MIE_INFO], R + ["SAMU"]))
    # ================= schooling =================
    a(c("ja", "paris", "schooling", "answer", "パリに日本人学校ある？",
        [["パリ日本人学校", "École japonaise de Paris", "Institut Culturel Franco-Japonais", "日仏文化学院", "Japanese School of Paris"], ["Montigny", "モンティニ", "Saint-Quentin", "サン・カンタン", "Yvelines", "イヴリーヌ"]], R))
    a(c("fr", "tsu", "schooling", "answer", "école pour mes enfants à Tsu, l'école publique japonaise accepte les étrangers ?",
        [["école", "学校", "school"], ["mairie", "市", "教育委員会", "commission scolaire", "board of education", "inscription"]], R))
    a(c("en", "geneva", "schooling", "answer", "compulsory schooling in geneva for foreign kids?",
        [["obligatoire", "compulsory", "mandatory", "義務"]], R))
    # ================= housing =================
    a(c("fr", "tsu", "housing", "answer", "c'est quoi le reikin quand on loue un appartement à Tsu ?",
        [["礼金", "reikin", "key money"], ["敷金", "shikikin", "caution", "deposit", "dépôt"]], R))
    a(c("ja", "paris", "housing", "answer", "パリでアパート借りるとき保証人いる？",
        [["garant", "保証人", "Visale", "caution", "guarantor"]], R))
    # ================= support organisations / trade fairs / introductions =================
    a(c("ja", "paris", "support", "answer", "パリ地域に進出したい中小企業を支援してくれる機関は？",
        [PARIS_ORG], R))
    a(c("ja", "geneva", "support", "answer", "ジュネーブ進出を考えてる。現地で相談できるところは？",
        [GENEVA_ORG], R))
    a(c("fr", "tsu", "support", "answer", "quelle administration à Tsu aide les PME françaises ?",
        [TSU_OFFICE], R))
    a(c("en", None, "support", "answer", "when did tsu sign its agreements with paris region and geneva?",
        [["2012", "平成24"], ["ARD", "Agence Régionale de Développement"], ["OPI"]], []))
    a(c("fr", "tsu", "support", "answer", "quels secteurs sont visés par la coopération Tsu – région parisienne ?",
        [["mécatronique", "mechatronics", "メカトロ"], ["médical", "medical", "医療", "aéronautique", "aerospace", "航空宇宙", "énergie", "energy", "環境"]], R))
    a(c("ja", "geneva", "support", "answer", "津市とジュネーブの協力って具体的に何か成果あった？",
        [["SRB", "ルネサンス5", "Renaissance 5", "太陽"]], R))
    a(c("en", "paris", "support", "answer", "big trade fairs in paris region for industrial smes?",
        [["Paris", "パリ"], ["salon", "trade fair", "展示会", "Villepinte", "Porte de Versailles", "Paris Nord"]], R))
    # ================= handover =================
    a(c("fr", "tsu", "handover", "handover", "je voudrais parler à quelqu'un à Tsu, on cherche un partenaire industriel local",
        [TSU_OFFICE], R))
    a(c("ja", "paris", "handover", "handover", "パリの投資家を紹介してほしい。担当の人いますか？",
        [PARIS_ORG], R))
    a(c("ja", "geneva", "handover", "handover", "ジュネーブの大学（研究機関）と繋いでもらえますか",
        [GENEVA_ORG], R))
    a(c("en", "tsu", "handover", "handover", "can you connect me with a real person at tsu city? we're a geneva startup",
        [TSU_OFFICE], R))
    a(c("fr", "geneva", "handover", "handover", "mise en relation avec une entreprise de tsu pour un projet cleantech, c'est possible ?",
        [TSU_OFFICE + GENEVA_ORG], R))
    # ================= emergency =================
    a(c("fr", "tsu", "emergency", "emergency", "mon fils a 40 de fièvre cette nuit à Tsu, j'appelle qui ?",
        [JP_AMB, CHILD_8000 + ["みえ子ども医療ダイヤル", "059-232-9955"]], NOT_FR_CH))
    a(c("ja", "paris", "emergency", "emergency", "パリで救急車呼びたい！何番？",
        [FR_SAMU, FR_112], NOT_JP + ["144"]))
    a(c("ja", "geneva", "emergency", "emergency", "ジュネーブで火事！",
        [CH_118], NOT_JP + ["SAMU"]))
    a(c("en", "geneva", "emergency", "emergency", "someone collapsed on the street in carouge, what number",
        [CH_144], NOT_JP + ["SAMU"]))
    a(c("fr", "tsu", "emergency", "emergency", "accident de voiture à Tsu, quelqu'un est blessé",
        [JP_AMB], NOT_FR_CH))
    a(c("en", "paris", "emergency", "emergency", "my wallet got stolen in boulogne just now, police number?",
        [["17", "112"]], NOT_JP + ["144", "117"]))
    a(c("ja", "tsu", "emergency", "emergency", "津で空き巣に入られた",
        [JP_POL], NOT_FR_CH))
    # ================= smalltalk =================
    a(c("fr", None, "smalltalk", "smalltalk", "bonjour !", [], R))
    a(c("fr", None, "smalltalk", "smalltalk", "merci beaucoup 🙏", [], R))
    a(c("ja", None, "smalltalk", "smalltalk", "おはようございます", [], R))
    a(c("en", None, "smalltalk", "smalltalk", "hiii", [], R))
    a(c("fr", None, "smalltalk", "smalltalk", "salut, tu sers à quoi ?", [], R))
    a(c("ja", None, "smalltalk", "smalltalk", "どうも！", [], R))
    # ================= out of scope =================
    a(c("fr", "paris", "out-of-scope", "out-of-scope", "il va pleuvoir demain à paris ?", [], R + ["Sources :", "Source :"]))
    a(c("ja", "geneva", "out-of-scope", "out-of-scope", "セルヴェットの試合結果しってる？", [], R))
    a(c("en", "tsu", "out-of-scope", "out-of-scope", "best unagi restaurant in tsu?", [], R))
    a(c("fr", None, "out-of-scope", "out-of-scope", "écris-moi un poème sur les cerisiers", [], R))
    a(c("en", None, "out-of-scope", "out-of-scope", "fix my javascript: undefined is not a function", [], R + ["function(", "=>"]))
    a(c("ja", None, "out-of-scope", "out-of-scope", "なんか面白い話して", [], R))
    # ================= clarify region =================
    CL_EU = [["Paris", "パリ"], ["Genève", "Geneva", "Genf", "ジュネーブ"]]
    CL_ALL = [["Tsu", "津"], ["Paris", "パリ", "Genève", "Geneva", "ジュネーブ"]]
    a(c("ja", None, "company", "clarify-region", "会社設立の最低資本金っていくら？", CL_ALL))
    a(c("fr", None, "daily-life", "clarify-region", "comment je déclare mon adresse ?", CL_ALL))
    a(c("en", None, "healthcare", "clarify-region", "is health insurance mandatory?", CL_ALL))
    a(c("ja", None, "support", "clarify-region", "ヨーロッパ進出で相談できる支援機関は？", CL_EU))
    # ================= other languages =================
    a(c("zh", "geneva", "company", "answer", "在日内瓦成立Sàrl最低资本是多少？",
        [CHF_20000], R, language=["en", "zh"]))
    a(c("ko", "tsu", "emergency", "emergency", "츠시에서 아이가 밤에 열이 나요. 어디에 전화해요?",
        [JP_AMB, CHILD_8000], NOT_FR_CH, language=["en", "ko"]))
    a(c("es", "paris", "company", "answer", "¿capital mínimo para una SAS en París?",
        [EUR_1], R, language=["en", "es"]))
    a(c("pt", "tsu", "daily-life", "answer", "mudei para Tsu, em quantos dias tenho que registrar meu endereço?",
        [DAYS14], R, language=["en", "pt"]))
    a(c("de", "geneva", "healthcare", "answer", "krankenkasse in genf, bis wann muss ich mich versichern?",
        [MONTHS_3], R, language=["en", "de"]))
    a(c("vi", None, "smalltalk", "smalltalk", "xin chào", [], R, language=["en", "vi"]))

    # ================= MULTI-TURN =================
    a(c("ja", "geneva", "follow-up", "answer",
        ["ジュネーブでSàrl作るのに資本金いくら？", "じゃあSAだと？"],
        [CHF_100000], R))
    a(c("fr", "tsu", "follow-up", "answer",
        ["capital minimum pour une KK à Tsu ?", "et ça prend combien de temps ?"],
        [["semaine", "jour", "週", "日", "week", "day"]], R))
    a(c("en", "geneva", "follow-up", "answer",
        ["min capital for an SAS in paris?", "and in geneva for a sàrl?"],
        [CHF_20000], R))
    a(c("ja", "paris", "follow-up", "answer",
        ["パリで会社設立したい", "それってどれくらい時間かかる？"],
        [["日", "週", "jour", "semaine"]], R + ["勤務時間", "労働時間"]))
    a(c("fr", "tsu", "follow-up", "answer",
        ["combien coûte la taxe d'enregistrement d'une KK au Japon ? on sera à Tsu", "et pour une GK ?"],
        [YEN_60K], R))
    a(c("en", "tsu", "follow-up", "answer",
        ["notary fee for the articles of a KK in tsu? capital 500k yen, 2 founders (people), no board", "what if our french parent company is the founder instead?"],
        [YEN_30K + YEN_40K + ["50,000", "5万"]], R))
    a(c("ja", "paris", "follow-up", "handover",
        ["パリでSAS設立の流れ教えて", "ありがとう。現地の担当者に相談したい"],
        [PARIS_ORG], R))
    a(c("fr", "tsu", "follow-up", "answer",
        ["quel visa pour créer ma boîte à Tsu ?", "et il faut parler japonais ?"],
        [B2], R))
    a(c("en", "geneva", "follow-up", "answer",
        ["when do i need to register after arriving in geneva?", "and health insurance, what's the deadline for that?"],
        [MONTHS_3, ["LAMal", "health insurance", "basic insurance"]], R))
    a(c("fr", "tsu", "follow-up", "answer",
        ["je m'installe à Tsu, je dois déclarer mon adresse ?", "et ma femme et les enfants ?"],
        [["famille", "family", "世帯", "家族", "femme", "enfants"]], R))
    a(c("ja", "geneva", "follow-up", "answer",
        ["ジュネーブに着いたら何日以内に届け出？", "それってどこに出すの？"],
        [["OCPM", "Office cantonal de la population", "州人口移民局", "住民局"]], R))
    a(c("en", "tsu", "follow-up", "answer",
        ["can i drive in tsu with my french licence?", "and after a year?"],
        [["convert", "切替", "切り替え", "échange", "exchange", "japanese licence", "japanese license"]], R))
    a(c("ja", "paris", "follow-up", "answer",
        ["日本の免許ってフランスで使える？パリ赴任", "1年過ぎたら？"],
        [["échange", "交換", "切り替え", "切替", "exchange"]], R))
    a(c("fr", "tsu", "follow-up", "emergency",
        ["à Tsu, qui appeler la nuit si mon enfant est malade ?", "là il respire mal, c'est grave !!"],
        [JP_AMB], NOT_FR_CH))
    a(c("ja", "geneva", "follow-up", "emergency",
        ["ジュネーブの緊急番号を教えて", "今、同僚が倒れた！"],
        [CH_144], NOT_JP + ["SAMU"]))
    a(c("en", "geneva", "follow-up", "answer",
        ["emergency numbers in paris?", "what about geneva?"],
        [CH_144, CH_117, CH_118], R))
    a(c("fr", "tsu", "follow-up", "answer",
        ["numéros d'urgence à Tsu ?", "et pour un enfant la nuit, il y a un numéro de conseil ?"],
        [CHILD_8000 + ["みえ子ども医療ダイヤル"]], NOT_FR_CH))
    a(c("ja", "paris", "follow-up", "handover",
        ["パリ地域の支援機関ってどこ？", "そこ紹介してもらえる？"],
        [PARIS_ORG], R))
    a(c("fr", "tsu", "follow-up", "handover",
        ["qui aide les entreprises suisses à s'installer à Tsu ?", "vous pouvez me mettre en contact ?"],
        [TSU_OFFICE], R))
    a(c("en", "geneva", "follow-up", "handover",
        ["is there an agency in geneva that helps japanese smes?", "pls introduce us"],
        [GENEVA_ORG], R))
    a(c("ja", "geneva", "follow-up", "answer",
        ["パリに進出したい", "やっぱりジュネーブにする。支援機関は？"],
        [GENEVA_ORG], R + ["Choose Paris Region"]))
    a(c("fr", "tsu", "follow-up", "answer",
        ["comment je déclare mon adresse ?", "à Tsu"],
        [DAYS14], R))
    a(c("ja", "geneva", "follow-up", "answer",
        ["健康保険って義務？", "ジュネーブです"],
        [MONTHS_3, ["LAMal", "基礎", "健康保険", "医療保険"]], R))
    a(c("en", "paris", "follow-up", "answer",
        ["what's the minimum capital to start a company", "paris, SAS"],
        [EUR_1], R))
    a(c("fr", "tsu", "follow-up", "smalltalk",
        ["taxe d'enregistrement KK au Japon, Tsu ?", "parfait merci !"],
        [], R))
    a(c("en", "geneva", "follow-up", "out-of-scope",
        ["min capital for a sàrl in geneva", "thx. also is lake geneva warm enough to swim in june lol"],
        [], R))
    a(c("ja", None, "follow-up", "smalltalk",
        ["こんにちは", "何を聞けばいい？"],
        [], R))
    a(c("fr", "tsu", "follow-up", "answer",
        ["salut", "on arrive à Tsu le mois prochain avec 2 enfants, c'est quoi les premières démarches ?"],
        [DAYS14, ["国民健康保険", "assurance", "insurance", "健康保険"]], R))
    a(c("zh", "paris", "follow-up", "answer",
        ["我想在巴黎开公司", "需要多少资本？"],
        [EUR_1], R, language=["en", "zh"]))
    a(c("es", "geneva", "follow-up", "handover",
        ["queremos abrir una oficina en Ginebra", "¿puedo hablar con alguien?"],
        [GENEVA_ORG], R, language=["en", "es"]))
    return L
