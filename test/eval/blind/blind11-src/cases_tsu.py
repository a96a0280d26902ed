"""Blind cases for partnership 2 (Tsu <-> Paris Region / Geneva). Set "blind11-tsu", ids B11TS###."""
from common import *

NOT_JP = ["#7119"]
TSU_ALL = [["Tsu", "津"], ["Paris", "パリ", "Île-de-France", "Ile-de-France"], ["Genève", "Geneva", "ジュネーブ", "Genf"]]
EUROPE = [["Paris", "パリ", "Île-de-France", "Ile-de-France"], ["Genève", "Geneva", "ジュネーブ", "Genf"]]
TSU_CONTACT = ["津市", "Tsu", "産業政策", "商工観光部"]
PARIS_CONTACT = CHOOSE_PARIS + ARD
GENEVA_CONTACT = OPI + GGBA


def build():
    b = Builder("blind11-tsu", "B11TS", 2)
    A = b.add

    # ---------------------------------------------------------------- company: Tsu (Japan)
    A("fr", "tsu", "company", "capital minimum pour une KK à Tsu ?", all=[YEN1])
    A("en", "tsu", "company", "registration tax for a godo kaisha in tsu (mie)?", all=[GK_REGTAX])
    A("fr", "tsu", "company", "faut il passer chez un notaire pour créer une kabushiki kaisha à Tsu ?", all=[NOTARY_JP])
    A("fr", "tsu", "company", "frais de certification des statuts pour une KK à Tsu, l'associé unique c'est notre SAS française", all=[NOTARY_JP, TEIKAN_30K_PLUS])
    A("en", "tsu", "company", "where do we register the company in tsu? which office?", all=[LEGAL_BUREAU])
    A("fr", "tsu", "residence", "quel visa pour diriger notre filiale à Tsu ?", all=[BM_VISA])
    A("en", "tsu", "residence", "business manager visa capital after the 2025 change? planning a subsidiary in tsu", all=[CAP_30M])
    A("fr", "tsu", "company", "après l'immatriculation à Tsu, on a combien de temps pour se déclarer aux impôts ?", all=[MONTHS2])

    # ---------------------------------------------------------------- company: Paris
    A("ja", "paris", "company", "パリでSAS作るのに資本金いくら必要？", all=[SAS_1EUR])
    A("ja", "paris", "company", "フランスで会社登記ってどこでやるの？パリです", all=[GUICHET])
    A("en", "paris", "company", "how do we register a company in paris online?", all=[GUICHET])
    A("ja", None, "company", "Kbisって何？", all=[RCS], regionq=True)
    A("ja", "paris", "residence", "パリで起業するための滞在許可って何がある？", all=[TALENT])
    A("ja", "paris", "residence", "パスポートタレントって何年有効？パリ", all=[YEARS4])
    A("en", "paris", "residence", "talent residence permit, investor route - how much do we need to invest? paris region", all=[INV_300K])

    # ---------------------------------------------------------------- company: Geneva
    A("ja", "geneva", "company", "ジュネーブでSA設立したい、資本金は？", all=[SA_100K])
    A("ja", "geneva", "company", "ジュネーブでSàrl作りたい。最低資本金と払い込みは？", all=[SARL_20K])
    A("en", "geneva", "company", "do we need a notary to set up a sàrl in geneva?", all=[NOTAIRE])
    A("ja", "geneva", "company", "ジュネーブのSA、設立時に資本金全額払い込み必要？", all=[SA_50K])
    A("en", "geneva", "company", "after the notary, who files our geneva SA in the register?", all=[CH_RC])

    # ---------------------------------------------------------------- residence / address
    A("fr", "tsu", "residence", "on s'installe à Tsu, délai pour déclarer l'adresse à la mairie ?", all=[DAYS14, TSU_CITYOFFICE])
    A("en", "tsu", "residence", "just moved to hisai (tsu). address registration deadline?", all=[DAYS14])
    A("fr", "tsu", "residence", "qu'est-ce qu'il faut apporter à la mairie de Tsu pour déclarer notre adresse ?", all=[RES_CARD])
    A("ja", "geneva", "residence", "ジュネーブに引っ越したら何日以内に届け出？どこに？", all=[DAYS14, OCPM])
    A("en", "geneva", "residence", "new in carouge - where do i announce my arrival?", all=[OCPM])
    A("ja", "geneva", "residence", "日本人がジュネーブで働くには許可証いる？", all=[["permis", "permit", "Permit", "許可", "Bewilligung", "autorisation"]])

    # ---------------------------------------------------------------- healthcare
    A("ja", "geneva", "healthcare", "ジュネーブの健康保険って加入義務ある？期限は？", all=[LAMAL, MONTHS3])
    A("en", "geneva", "healthcare", "health insurance deadline after moving to geneva?", all=[MONTHS3])
    A("ja", "geneva", "healthcare", "ジュネーブで夕方に子どもが熱…小児の電話相談ってある？", kind=None, all=[GE_PED_LINE], none=["SAMU", "#8000"])
    A("fr", "tsu", "healthcare", "mon enfant a de la fièvre cette nuit à Tsu, qui appeler ?", kind=None, all=[MIE_8000], none=["SAMU", "144"])
    A("en", "tsu", "healthcare", "which clinic is open right now in tsu? not an emergency", all=[MIE_INFO])
    A("fr", "tsu", "healthcare", "assurance maladie au Japon pour un salarié qu'on envoie à Tsu ?", all=[JP_HEALTH_INS])
    A("ja", "paris", "healthcare", "パリでかかりつけ医って登録しないとダメ？", all=[["médecin traitant", "Médecin traitant", "かかりつけ医", "主治医"]])
    A("ja", "paris", "healthcare", "フランスの保険証（カルト・ヴィタル）ってどう作るの？", all=[["Vitale", "ヴィタル", "ビタル", "vitale"]])
    A("fr", "tsu", "healthcare", "accoucher à Tsu, il y a une aide financière ?", all=[JP_BIRTH_LUMP])
    A("en", "tsu", "healthcare", "pregnant & living in tsu, what do i get from city hall?", all=[BOSHI])

    # ---------------------------------------------------------------- schooling
    A("ja", "geneva", "schooling", "ジュネーブって何歳から学校行くの？", all=[GE_SCHOOL_4])
    A("en", "geneva", "schooling", "school age in geneva? my son turns 4 in june", all=[GE_SCHOOL_4])
    A("fr", "tsu", "schooling", "école pour nos enfants à Tsu, l'école publique japonaise c'est possible ?", all=[["小学校", "école", "school", "公立"]])
    A("ja", "paris", "schooling", "パリに日本人学校ってある？", all=[["日本人学校", "Japanese School", "Japanese school", "école japonaise", "École japonaise"]])

    # ---------------------------------------------------------------- housing
    A("ja", "paris", "housing", "パリで家具なしのアパート借りる。敷金（dépôt de garantie）いくら？", all=[DEPOSIT_1M])
    A("en", "paris", "housing", "furnished flat in paris - max deposit the landlord can ask?", all=[DEPOSIT_2M])
    A("fr", "tsu", "housing", "louer un appart à Tsu, c'est quoi le reikin ?", all=[["礼金", "reikin", "Reikin", "key money"]])

    # ---------------------------------------------------------------- driving
    A("ja", "paris", "daily-life", "日本の免許でフランス運転できる？期間は？", all=[FR_LIC_1Y])
    A("en", "paris", "daily-life", "exchange my japanese licence in paris – where?", all=[FR_LIC_WHERE])
    A("ja", "geneva", "daily-life", "ジュネーブで日本の免許証いつまで使える？", all=[CH_LIC_12M])
    A("en", "geneva", "daily-life", "where to exchange a foreign driving licence in geneva", all=[OCV])
    A("fr", "tsu", "daily-life", "conduire à Tsu avec mon permis français, c'est ok ?", all=[["JAF", "traduction", "translation", "翻訳"], FR_LIC_1Y])

    # ---------------------------------------------------------------- support
    A("ja", "paris", "support", "パリ地域で進出支援してくれる機関は？", all=[CHOOSE_PARIS])
    A("en", "paris", "support", "who helps foreign companies set up in île-de-france?", all=[CHOOSE_PARIS])
    A("ja", "geneva", "support", "ジュネーブ進出の相談先ってどこ？", all=[GGBA + OPI])
    A("fr", "geneva", "support", "avec quel organisme Tsu a signé l'accord à Genève ?", all=[OPI])
    A("ja", "paris", "support", "津市とパリの協定っていつ結んだの？相手は？", all=[["2012", "平成24"], ARD])
    A("en", "paris", "support", "trade fairs in paris for mechatronics? where are they held", all=[["Villepinte", "Porte de Versailles", "Paris Expo", "salon", "Salon", "見本市", "trade fair"]])
    A("ja", "geneva", "support", "ジュネーブの大きい展示会場ってどこ？", all=[["Palexpo", "パレクスポ"]])
    A("fr", "paris", "support", "quels secteurs sont visés par la coopération Tsu – région parisienne ?", all=[["mécatronique", "mechatronics", "Mechatronics", "メカトロニクス"]])
    A("fr", "geneva", "support", "la coopération Tsu–Genève porte sur quels domaines ?", all=[["cleantech", "Cleantech", "クリーンテック", "mécatronique", "mechatronics", "メカトロニクス"]])
    A("ja", "geneva", "support", "津市とジュネーブの協定の相手ってどこ？いつ？", all=[OPI, ["2012", "平成24"]])

    # ---------------------------------------------------------------- smalltalk
    for lang, t in [("fr", "bonjour à vous !"), ("ja", "こんばんは"), ("en", "hello there 😊"), ("fr", "merci beaucoup"),
                    ("ja", "ありがと〜"), ("fr", "salut ça va ?")]:
        A(lang, None, "smalltalk", t, kind="smalltalk")

    # ---------------------------------------------------------------- out of scope
    for lang, region, t in [("fr", "geneva", "il va pleuvoir à Genève demain ?"),
                            ("en", "paris", "did PSG win yesterday?"),
                            ("ja", "tsu", "津のおすすめ観光スポットは？"),
                            ("fr", None, "écris-moi un poème sur la mer"),
                            ("en", None, "write SQL to join two tables pls"),
                            ("ja", None, "今日の日経平均いくら？")]:
        A(lang, region, "out-of-scope", t, kind="out-of-scope")

    # ---------------------------------------------------------------- handover
    A("fr", "tsu", "handover", "je voudrais parler à quelqu'un de la ville de Tsu, on cherche un partenaire local", kind="handover", all=[TSU_CONTACT])
    A("ja", "paris", "handover", "パリ側の担当者を紹介してほしいです", kind="handover", all=[PARIS_CONTACT])
    A("ja", "geneva", "handover", "ジュネーブの現地企業を紹介してもらえますか", kind="handover", all=[GENEVA_CONTACT])
    A("en", "tsu", "handover", "can you connect us with a university in mie? we're a swiss medtech sme coming to tsu", kind="handover", all=[TSU_CONTACT + ["三重大学", "Mie University"]])
    A("fr", "tsu", "handover", "un humain svp, on veut s'implanter à Hisai", kind="handover", all=[TSU_CONTACT])
    A("ja", "paris", "handover", "担当者と直接話したい。イル＝ド＝フランスで工場探してます", kind="handover", all=[PARIS_CONTACT])

    # ---------------------------------------------------------------- emergencies
    A("ja", "paris", "emergency", "パリで事故！救急って何番？", kind="emergency", all=[FR_SAMU + FR_112], none=["144", "#8000"])
    A("ja", "geneva", "emergency", "ジュネーブで同僚が倒れた、救急車！", kind="emergency", all=[CH_144], none=["SAMU"])
    A("fr", "tsu", "emergency", "accident à Tsu, numéro d'urgence ?", kind="emergency", all=[JP_EMERG_AMB], none=["SAMU", "144"])
    A("en", "geneva", "emergency", "police number in geneva? someone broke into our car", kind="emergency", all=[["117", "112"]], none=["SAMU"])
    A("ja", "paris", "emergency", "パリのアパートで火事！！", kind="emergency", all=[FR_FIRE + FR_112], none=["144"])
    A("en", "tsu", "emergency", "earthquake, coworker injured in tsu, ambulance number?", kind="emergency", all=[JP_EMERG_AMB], none=["SAMU", "144"])

    # ---------------------------------------------------------------- region-less -> clarify
    A("fr", None, "company", "combien de capital pour créer une société ?", kind="clarify-region", all=[["Tsu", "津", "Japon", "Japan"]], regionq=False)
    A("ja", None, "company", "ヨーロッパで会社作りたい。まず何から？", kind="clarify-region", all=EUROPE, regionq=False)
    A("en", None, "residence", "how do i register my address?", kind="clarify-region", all=TSU_ALL, regionq=False)
    A("ja", None, "daily-life", "日本の運転免許ってそのまま使える？", kind="clarify-region", all=EUROPE, regionq=False)
    A("fr", None, "healthcare", "quelle assurance maladie il me faut ?", kind="clarify-region", all=[["Tsu", "津", "Japon", "Japan"]], regionq=False)
    A("en", None, "residence", "gonna need a work permit or visa, right? which one", kind="clarify-region", all=TSU_ALL, regionq=False)

    # ---------------------------------------------------------------- other languages (answer in English + note)
    A("de", "geneva", "company", "wie viel kapital braucht eine GmbH (Sàrl) in Genf?", all=[SARL_20K])
    A("es", "paris", "company", "¿capital mínimo para una SAS en París?", all=[SAS_1EUR])
    A("zh", "tsu", "company", "在津市设立株式会社最低资本金是多少？", all=[YEN1])
    A("ko", "geneva", "healthcare", "제네바 이사 후 건강보험 가입 기한은?", all=[MONTHS3])
    A("pt", "paris", "daily-life", "posso dirigir em Paris com carteira japonesa? por quanto tempo?", all=[FR_LIC_1Y])
    A("it", "geneva", "emergency", "numero per l'ambulanza a Ginevra?", kind="emergency", all=[CH_144], none=["SAMU"])
    A("tr", "tsu", "company", "Tsu'da şirket kaydı nerede yapılır?", all=[LEGAL_BUREAU])
    A("vi", "paris", "housing", "tiền đặt cọc thuê nhà không nội thất ở Paris là bao nhiêu?", all=[DEPOSIT_1M])

    # ---------------------------------------------------------------- multi-turn follow-ups
    F = "follow-up"
    A("en", "geneva", F, ["how do i announce my arrival in geneva?", "and how long do i have for that?"], all=[DAYS14])
    A("fr", "tsu", F, ["on veut créer une KK à Tsu", "ça coûte combien l'enregistrement ?"], all=[KK_REGTAX])
    A("ja", "paris", F, ["パリでSAS設立したい", "登記ってどこでするの？"], all=[GUICHET])
    A("ja", "geneva", F, ["ジュネーブで健康保険入らなきゃだめ？", "いつまでに？"], all=[MONTHS3])
    A("fr", "tsu", F, ["déclaration d'adresse à Tsu, ça se fait où ?", "et le délai ?"], all=[DAYS14])
    A("ja", "paris", F, ["日本の免許でパリで運転できる？", "その後はどうすれば？"], all=[CONVERT + FR_LIC_WHERE])
    A("en", "tsu", F, ["which visa to manage our subsidiary in tsu?", "how much capital does that need now?"], all=[CAP_30M])
    A("ja", "geneva", F, ["ジュネーブでSA作りたい", "じゃあSàrlなら資本金は？"], all=[SARL_20K])
    A("fr", "tsu", F, ["mon fils a de la fièvre ce soir à Tsu", "et pour trouver un hôpital ouvert ?"], kind=None, all=[MIE_INFO], none=["SAMU", "144"])
    A("en", "paris", F, ["who supports foreign companies in the paris region?", "and who signed the agreement with tsu back then?"], all=[ARD])
    A("ja", "geneva", F, ["ジュネーブで免許の切り替えってどこ？", "期限は？"], all=[CH_LIC_12M])
    return b


if __name__ == "__main__":
    print(len(build().cases))
