import json, sys
sys.path.insert(0, "/work/blind20-out")
from gen_common import *

C = []
RL = ("en", "fr", "ja")


SKIP = set(['フランスで会社作るのに公証人必要？（イル＝ド＝フランス）', 'visa for our japanese manager to run the paris office? passeport talent?', "louer un appartement à Tsu, c'est quoi le reikin ?", 'can my kids (7 and 10) go to a public school in tsu without japanese?', 'école japonaise en Île-de-France ?', 'パリで働く日本人社員の滞在許可はどこで？', "renting in paris: what's a garant and do we need one?", 'navigo pour un expatrié japonais à Massy, ça marche comment ?', "trouver un logement à Carouge, c'est vraiment si dur ? garantie de loyer ?", 'health insurance deadline after moving to lancy?', "how long until i'm covered by french health insurance after moving to paris?", 'mon collègue japonais peut-il échanger son permis à Créteil ?', 'where does a company in tsu get registered, which legal affairs bureau?', 'introduce us to geneva partners pls, cleantech'])


def c(lang, region, topic, turns, kind=None, all_=None, none=None, language=None):
    last = turns if isinstance(turns, str) else turns[-1]
    if last in SKIP:
        return
    case(C, "B20TS", lang, region, topic, turns, kind, all_, none, language, RL)


A, S, O, Q, H, E = "answer", "smalltalk", "out-of-scope", "clarify-region", "handover", "emergency"
RQ = RQ_TS
NOT_TSU = ["SAMU", "116117", "144 "]
NOT_PARIS = ["#8000", "#7119", "144 ", "Palexpo"]
NOT_GE = ["SAMU", "#8000", "#7119"]

# ---------------- company: Tsu (French/Swiss SMEs entering Japan) ----------------
c("fr", "tsu", "company", "capital minimum pour créer une KK à Tsu ?", A, [Y1], RQ)
c("en", "tsu", "company", "we're a french sme, what are the govt fees to register a kabushiki kaisha in tsu, mie?", A, [Y150K], RQ)
c("ja", "tsu", "company", "津市で合同会社を設立する登録免許税は？（フランス企業の子会社）", A, [Y60K], RQ)
c("fr", "tsu", "company", "frais de notaire pour les statuts d'une KK à Tsu si la société mère française est fondatrice ?", A, [Y30K], RQ)
c("en", "tsu", "company", "articles notarisation fee in japan, sole founder, capital 800k yen, no board – we're in hisai", A, [Y15K], RQ)
c("ja", "tsu", "company", "久居で株式会社つくる予定。紙の定款だと印紙代かかる？", A, [Y40K, ["電子定款", "electronic", "électronique"]], RQ)
c("fr", "tsu", "company", "quel visa pour diriger notre filiale au japon (Tsu) ?", A, [BMV], RQ)
c("en", "tsu", "company", "business manager visa requirements since oct 2025? opening a small office near tsu station", A, [Y30M, FULLTIME], RQ)
c("ja", "tsu", "company", "スイス人社長、津市で起業。経営・管理ビザの資本金要件は？", A, [Y30M], RQ)
c("fr", "tsu", "company", "on crée une société à Tsu : quelles étapes (notaire, registre, impôts) ?", A, [NOTARY + ["定款"], ["法務局", "Legal Affairs Bureau", "registre", "登記", "bureau des affaires juridiques"]], RQ)
c("en", "tsu", "company", "where does a company in tsu get registered, which legal affairs bureau?", A, [["法務局", "Legal Affairs Bureau", "affaires juridiques"]], RQ)
c("ja", "tsu", "company", "ジュネーブの会社が津に拠点を作りたい。どこに相談すればいい？", A, [TSUCITY + JETRO], RQ)

# ---------------- company: Paris (Tsu SMEs entering France) ----------------
c("ja", "paris", "company", "パリでSASを設立するときの最低資本金は？", A, [EUR1], RQ)
c("fr", "paris", "company", "capital min d'une SAS à Boulogne-Billancourt ?", A, [EUR1], RQ)
c("en", "paris", "company", "how do we register a SAS in paris these days, still at the greffe?", A, [GUICHET], RQ)
c("ja", "paris", "company", "Parisで現地法人の登記はどこで申請？オンライン？", A, [GUICHET], RQ)
c("en", "paris", "company", "japanese sme from tsu wants a subsidiary in la défense — overview of steps?", A, [["SAS", "SARL", "statuts", "articles"], GUICHET + ["Kbis", "RCS"]], RQ)
c("fr", "paris", "company", "pour une SASU à Saint-Denis, faut-il libérer tout le capital tout de suite ?", A, [["moitié", "half", "半分", "50 %", "50%"]], RQ)
c("ja", "paris", "company", "フランスで会社作るのに公証人必要？（イル＝ド＝フランス）", A, [["公証人", "notaire", "notary", "不要", "not required", "pas obligatoire", "必須ではない"]], RQ)
c("en", "paris", "company", "visa for our japanese manager to run the paris office? passeport talent?", A, [["passeport talent", "Talent Passport", "talent", "タレント"]], RQ)

# ---------------- company: Geneva ----------------
c("ja", "geneva", "company", "ジュネーブでSàrl（有限会社）を作る最低資本金は？", A, [CHF20K], RQ)
c("fr", "geneva", "company", "capital minimum SA à Genève et combien à libérer ?", A, [CHF100K, CHF50K], RQ)
c("en", "geneva", "company", "min capital GmbH/Sàrl in carouge? do we pay it all in?", A, [CHF20K], RQ)
c("en", "geneva", "company", "do we need a notary to set up a company in geneva?", A, [NOTARY], RQ)
c("ja", "geneva", "company", "Genèveで会社設立、公証人は必要？商業登記所は？", A, [NOTARY, ["registre du commerce", "commercial register", "商業登記", "RC"]], RQ)
c("fr", "geneva", "company", "je crée une sàrl à meyrin, le capital peut-il être en yens ?", A, [["yen", "円", "JPY"]], RQ)
c("en", "geneva", "company", "what's the difference SA vs Sàrl in geneva in capital terms?", A, [CHF100K, CHF20K], RQ)

# ---------------- daily life: Tsu ----------------
c("fr", "tsu", "daily-life", "je viens d'arriver à Tsu, délai pour déclarer mon adresse en mairie ?", A, [D14, WARD], RQ)
c("en", "tsu", "daily-life", "moved into an apartment in isshinden, by when do i register at city hall?", A, [D14], RQ)
c("ja", "tsu", "daily-life", "フランス人社員が津市に転入。住民登録の期限は？", A, [D14], RQ)
c("fr", "tsu", "daily-life", "puis-je conduire à Tsu avec mon permis français ?", A, [Y1YR, JAF], RQ)
c("en", "tsu", "daily-life", "swiss driving licence → japanese one in mie, any test?", A, [CONVERT], RQ)
c("ja", "tsu", "daily-life", "フランスの免許を日本の免許に切り替えたい（三重県津市在住）", A, [CONVERT], RQ)
c("fr", "tsu", "daily-life", "assurance maladie au Japon pour ma famille installée à Tsu ?", A, [["国民健康保険", "National Health Insurance", "assurance nationale", "健康保険", "health insurance", "assurance maladie", "社会保険"]], RQ)
c("en", "tsu", "support", "is there a multilingual help desk for foreigners in mie / tsu?", A, [MIECO], RQ)
c("ja", "tsu", "support", "津で外国人向けの多言語相談窓口ある？", A, [MIECO], RQ)
c("fr", "tsu", "housing", "louer un appartement à Tsu, c'est quoi le reikin ?", A, [["礼金", "reikin", "key money", "cadeau"]], RQ)
c("en", "tsu", "schooling", "can my kids (7 and 10) go to a public school in tsu without japanese?", A, [["教育委員会", "board of education", "school", "école", "学校"]], RQ)
c("ja", "tsu", "healthcare", "津市在住のフランス人、妊娠しました。母子手帳はどこで？", A, [["母子健康手帳", "母子手帳"], ["市役所", "役所", "保健センター", "津市", "city"]], RQ)
c("fr", "tsu", "healthcare", "enceinte à Tsu, c'est quoi le boshi techo ?", A, [BOSHI], RQ)
c("en", "tsu", "healthcare", "which hospital is open at night around tsu? not an emergency", A, [["059-229-1199", "229-1199", "医療ネットみえ", "救急医療情報", "Iryo Net Mie", "medical information"]], NOT_TSU + RQ)

# ---------------- daily life: Paris ----------------
c("ja", "paris", "healthcare", "パリに赴任、フランスの健康保険（PUMa）はいつから入れる？", A, [M3, PUMA], RQ)
c("en", "paris", "healthcare", "how long until i'm covered by french health insurance after moving to paris?", A, [M3], RQ)
c("fr", "paris", "healthcare", "carte vitale pour un salarié japonais à Nanterre, comment faire ?", A, [PUMA], RQ)
c("ja", "paris", "daily-life", "日本の運転免許でフランス（パリ）でどれくらい運転できる？", A, [Y1YR, CONVERT], RQ)
c("en", "paris", "daily-life", "japanese licence exchange in france — possible? i'm in versailles", A, [CONVERT], RQ)
c("fr", "paris", "daily-life", "mon collègue japonais peut-il échanger son permis à Créteil ?", A, [CONVERT], RQ)
c("ja", "paris", "schooling", "パリで子ども（3歳）は学校に行かないといけない？", A, [["3歳", "3 ans", "trois ans", "3 years", "three"], MAIRIE], RQ)
c("en", "paris", "schooling", "school enrolment for my 5yo in boulogne — where do i go?", A, [MAIRIE], RQ)
c("fr", "paris", "schooling", "école japonaise en Île-de-France ?", A, [["日本人学校", "École japonaise", "ecole japonaise", "Japanese school", "japonaise"]], RQ)
c("ja", "paris", "residence", "パリで働く日本人社員の滞在許可はどこで？", A, [["titre de séjour", "滞在許可", "residence permit", "préfecture", "ANEF", "OFII"]], RQ)
c("en", "paris", "housing", "renting in paris: what's a garant and do we need one?", A, [["garant", "guarantor", "保証人", "Visale"]], RQ)
c("fr", "paris", "daily-life", "navigo pour un expatrié japonais à Massy, ça marche comment ?", A, [["Navigo", "ナヴィゴ"]], RQ)

# ---------------- daily life: Geneva ----------------
c("ja", "geneva", "healthcare", "ジュネーブに移住、健康保険はいつまでに加入？", A, [M3, LAMAL], RQ)
c("en", "geneva", "healthcare", "health insurance deadline after moving to lancy?", A, [M3], RQ)
c("fr", "geneva", "healthcare", "LAMal obligatoire pour un employé japonais à Vernier ?", A, [LAMAL, M3], RQ)
c("ja", "geneva", "schooling", "ジュネーブで子どもは何歳から学校？", A, [["4歳", "4 ans", "quatre ans", "4 years", "four", "age 4"]], RQ)
c("en", "geneva", "schooling", "my daughter turns 4 in june, does she have to go to school in geneva this august?", A, [["4"], ["obligatoire", "compulsory", "mandatory", "義務", "required"]], RQ)
c("fr", "geneva", "residence", "où demander le permis B pour notre cadre japonais à Genève ?", A, [OCPM], RQ)
c("ja", "geneva", "residence", "ジュネーブで滞在許可（Bパーミット）の担当機関は？", A, [OCPM], RQ)
c("en", "geneva", "daily-life", "japanese driving licence in geneva, how long can i use it?", A, [Y1YR + ["12 mois"], CONVERT], RQ)
c("fr", "geneva", "housing", "trouver un logement à Carouge, c'est vraiment si dur ? garantie de loyer ?", A, [["garantie", "deposit", "敷金", "caution"]], RQ)

# ---------------- support / fairs / introductions ----------------
c("ja", None, "support", "津市とパリ地域の協定はいつ結ばれた？", A, [["2012", "平成24"]], None)
c("fr", None, "support", "c'est quoi l'accord entre Tsu et l'OPI de Genève ?", A, [OPI, ["2012", "平成24"]], None)
c("en", None, "support", "which fields does the tsu–paris region cooperation focus on?", A, [["mechatronic", "mécatronique", "メカトロニクス", "aerospace", "aéronautique", "航空宇宙", "medical", "médical", "医療", "energy", "énergie", "エネルギー"]], None)
c("ja", "geneva", "support", "ジュネーブで中小企業の海外展開を支援する機関は？", A, [OPI], RQ)
c("en", "geneva", "support", "who supports smes / industry in geneva? we're a tsu manufacturer", A, [OPI], RQ)
c("fr", "paris", "support", "quelle agence accueille les entreprises étrangères en Île-de-France ?", A, [CPR], RQ)
c("ja", "paris", "support", "パリ地域で外国企業の進出を支援する機関は？", A, [CPR], RQ)
c("en", "geneva", "support", "big trade fair venue in geneva?", A, [PALEXPO], RQ)
c("fr", "geneva", "support", "salons pro à Genève pour la medtech ?", A, [PALEXPO + ["EPHJ"]], RQ)
c("ja", "paris", "support", "パリで出展できる見本市を知りたい（津の中小企業）", A, [["salon", "見本市", "展示会", "trade fair", "VivaTech", "Viparis"]], RQ)
c("en", "tsu", "support", "we're a swiss cleantech startup, any companies in tsu we could meet?", A, [TSUCITY + ["三重", "Mie"]], RQ)
c("fr", "tsu", "support", "des universités à Tsu pour un partenariat R&D ?", A, [["三重大学", "Mie University", "Université de Mie", "Mie Daigaku"]], RQ)
c("ja", "tsu", "support", "パリの会社が津の企業と商談したい。マッチングの場はある？", A, [TSUCITY], RQ)
c("en", None, "support", "what was the tsu european mission in 2012?", A, [["7", "seven", "sept", "７"]], None)

# ---------------- handover ----------------
c("fr", "tsu", "handover", "je voudrais parler à quelqu'un à la ville de Tsu, on veut ouvrir un bureau là-bas", H, [TSUCITY], RQ)
c("en", "tsu", "handover", "can i talk to a real person at tsu city about investing?", H, [TSUCITY], RQ)
c("ja", "paris", "handover", "パリ地域の担当者を紹介してください。イル＝ド＝フランスに拠点を作りたい", H, [CPR], RQ)
c("en", "paris", "handover", "please connect me with someone in the paris region, we're a tsu sme", H, [CPR], RQ)
c("fr", "geneva", "handover", "mettez-moi en contact avec l'OPI svp, projet à Plan-les-Ouates", H, [OPI], RQ)
c("ja", "geneva", "handover", "ジュネーブの窓口の方とお話ししたいです", H, [OPI], RQ)
c("en", "geneva", "handover", "introduce us to geneva partners pls, cleantech", H, [OPI], RQ)
c("ja", "tsu", "handover", "津市の担当課につないでもらえますか？", H, [TSUCITY + ["産業", "商工"]], RQ)

# ---------------- emergencies ----------------
c("fr", "tsu", "emergency", "accident de voiture à Tsu, un blessé !!", E, [["119"]], NOT_TSU + RQ)
c("en", "tsu", "emergency", "my son has a high fever at night in hisai, what do i do?", E, [["#8000", "8000"], ["119"]], NOT_TSU + RQ)
c("ja", "tsu", "emergency", "津市で空き巣に入られた！警察は？", E, [["110"]], NOT_TSU + RQ)
c("ja", "paris", "emergency", "パリで同僚が倒れた！", E, [["15", "112"]], NOT_PARIS + RQ)
c("fr", "paris", "emergency", "incendie dans notre immeuble à Boulogne", E, [["18", "112"]], NOT_PARIS + RQ)
c("en", "paris", "emergency", "got robbed near gare du nord, police number?", E, [["17", "112"]], NOT_PARIS + RQ)
c("ja", "geneva", "emergency", "ジュネーブで救急車を呼びたい！", E, [["144"]], NOT_GE + RQ)
c("fr", "geneva", "emergency", "urgence à Carouge, ma fille ne respire plus bien", E, [["144"]], NOT_GE + RQ)
c("en", "geneva", "emergency", "fire at our office in meyrin!!", E, [["118"]], NOT_GE + RQ)
c("en", None, "emergency", "help, accident, someone is bleeding", E, None, None)

# ---------------- clarify-region ----------------
c("en", None, "company", "minimum capital to start a company?", Q, [["Tsu", "津", "Japan", "Japon", "日本"], ["Paris", "パリ", "France", "フランス"], ["Geneva", "Genève", "ジュネーブ", "Switzerland", "Suisse"]])
c("fr", None, "company", "combien coûte la création d'une société ?", Q, [["Tsu", "津", "Japon"], ["Paris", "France"], ["Genève", "Geneva", "Suisse"]])
c("ja", None, "daily-life", "住所の届出はいつまで？", Q, [["津", "Tsu"], ["パリ", "Paris"], ["ジュネーブ", "Genève", "Geneva"]])
c("en", None, "healthcare", "when do i need to get health insurance?", Q, [["Tsu", "津", "Japan"], ["Paris", "France"], ["Geneva", "Genève", "Switzerland"]])
c("fr", None, "schooling", "à quel âge l'école est obligatoire ?", Q, [["Tsu", "津", "Japon"], ["Paris", "France"], ["Genève", "Suisse"]])
c("ja", None, "residence", "滞在許可の申請先は？", Q, [["津", "日本", "Tsu", "Japan"], ["パリ", "フランス", "Paris", "France"], ["ジュネーブ", "スイス", "Genève", "Geneva"]])
c("en", None, "support", "which trade fairs are good for us?", Q, [["Tsu", "津", "Japan", "Mie"], ["Paris", "France"], ["Geneva", "Genève"]])
c("fr", None, "daily-life", "combien de temps puis-je conduire avec mon permis étranger ?", Q, [["Tsu", "津", "Japon"], ["Paris", "France"], ["Genève", "Suisse"]])
c("ja", None, "company", "公証人って必要？", Q, [["津", "日本", "Tsu", "Japan"], ["パリ", "フランス", "Paris", "France"], ["ジュネーブ", "スイス", "Genève", "Geneva"]])

# ---------------- smalltalk / out-of-scope ----------------
for lang, t in [("fr", "bonjour !"), ("en", "hey there"), ("ja", "こんばんは"), ("fr", "merci beaucoup 😊"), ("en", "ok thanks, that helps"),
                ("ja", "ありがと〜助かった"), ("fr", "salut, tu sers à quoi ?"), ("en", "what can you do?")]:
    c(lang, None, "smalltalk", t, S, None, RQ)
for lang, t in [("fr", "il fait quel temps à Genève demain ?"), ("en", "who won the PSG game last night"), ("ja", "津のおすすめ観光地は？"),
                ("fr", "raconte-moi une blague"), ("en", "solve 3x+5=20 pls"), ("ja", "パリでおいしいパン屋教えて"),
                ("en", "write me a haiku about lake geneva"), ("fr", "c'est quoi la meilleure fondue de Genève ?")]:
    c(lang, None, "out-of-scope", t, O, None, RQ)

# ---------------- follow-ups ----------------
c("fr", "geneva", "follow-up", ["je veux créer une Sàrl à Genève", "et combien de capital faut-il ?"], A, [CHF20K], RQ)
c("en", "paris", "follow-up", ["we just moved to paris with the family", "when are we covered by health insurance?"], A, [M3], RQ)
c("ja", "tsu", "follow-up", ["フランス人の同僚が津市に引っ越してきた", "住民登録の期限は？"], A, [D14], RQ)
c("en", "tsu", "follow-up", ["we want to found a KK in tsu", "and what does that cost in registration tax?"], A, [Y150K], RQ)
c("fr", "tsu", "follow-up", ["on ouvre une filiale à Tsu", "quel visa pour le gérant ?"], A, [BMV], RQ)
c("ja", "geneva", "follow-up", ["ジュネーブに引っ越しました", "子どもは4歳、学校は義務？"], A, [["義務", "obligatoire", "compulsory", "mandatory"]], RQ)
c("en", "geneva", "follow-up", ["who supports smes in geneva?", "great, can you put me in touch?"], H, [OPI], RQ)
c("fr", "paris", "follow-up", ["je crée une SAS à Paris", "ça se déclare où ?"], A, [GUICHET], RQ)
c("ja", "paris", "follow-up", ["パリに赴任します", "日本の免許は使える？"], A, [Y1YR + CONVERT], RQ)
c("en", "tsu", "follow-up", ["my wife is pregnant, we live in tsu", "where do we get the mother-child handbook?"], A, [BOSHI, ["市役所", "city", "保健センター", "津市", "health center", "mairie"]], RQ)
c("fr", "geneva", "follow-up", ["bonjour", "on s'installe à Vernier, il faut une assurance maladie ?"], A, [LAMAL], RQ)
c("en", "tsu", "follow-up", ["business manager visa for tsu?", "how much capital is needed now?"], A, [Y30M], RQ)
c("ja", "paris", "follow-up", ["パリでSASを作ります", "資本金はいくらから？"], A, [EUR1], RQ)
c("fr", "tsu", "follow-up", ["urgence à Tsu, mon fils a 40 de fièvre cette nuit", "et si ce n'est pas assez grave pour l'ambulance ?"], A, [["#8000", "8000", "059-229-1199", "229-1199", "医療ネットみえ"]], NOT_TSU + RQ)

# ---------------- other languages ----------------
c("de", "geneva", "company", "wie viel stammkapital braucht eine gmbh in genf?", A, [CHF20K], RQ, ["en", "de"])
c("de", "geneva", "emergency", "notfall in genf, krankenwagen!", E, [["144"]], NOT_GE + RQ, ["en", "de"])
c("de", "tsu", "daily-life", "darf ich in tsu mit meinem schweizer führerschein fahren?", A, [Y1YR + CONVERT], RQ, ["en", "de"])
c("it", "geneva", "healthcare", "entro quanto devo fare l'assicurazione malattia a Ginevra?", A, [M3], RQ, ["en", "it"])
c("it", "paris", "company", "capitale minimo per una SAS a Parigi?", A, [EUR1], RQ, ["en", "it"])
c("es", "paris", "emergency", "emergencia en París, mi amigo se desmayó", E, [["15", "112"]], NOT_PARIS + RQ, ["en", "es"])
c("es", "geneva", "company", "¿necesito notario para abrir una empresa en Ginebra?", A, [NOTARY], RQ, ["en", "es"])
c("zh", "tsu", "company", "在津市成立株式会社最低资本金是多少？", A, [Y1], RQ, ["en", "zh"])
c("zh", "paris", "support", "巴黎大区有哪个机构帮助外国企业？", A, [CPR], RQ, ["en", "zh"])
c("ko", "geneva", "support", "제네바에서 중소기업 지원 기관이 어디예요?", A, [OPI], RQ, ["en", "ko"])
c("ko", "tsu", "emergency", "츠시에서 아이가 밤에 열이 나요", E, [["#8000", "8000"], ["119"]], NOT_TSU + RQ, ["en", "ko"])
c("pt", "tsu", "support", "tem atendimento em português para estrangeiros em Mie?", A, [MIECO], RQ, ["en", "pt"])
c("pt", "paris", "daily-life", "posso trocar minha carteira japonesa na França?", A, [CONVERT], RQ, ["en", "pt"])
c("vi", "tsu", "daily-life", "chuyển đến Tsu, phải đăng ký địa chỉ trong bao lâu?", A, [D14], RQ, ["en", "vi"])
c("tr", "geneva", "residence", "Cenevre'de oturma izni için nereye başvurmalıyım?", A, [OCPM], RQ, ["en", "tr"])
c("de", None, "smalltalk", "hallo zusammen", S, None, RQ, ["en", "de"])
c("es", None, "out-of-scope", "¿quién ganó el partido del Servette?", O, None, RQ, ["en", "es"])
c("it", "geneva", "handover", "vorrei parlare con qualcuno a Ginevra, apriamo una filiale", H, [OPI], RQ, ["en", "it"])
c("zh", "geneva", "schooling", "日内瓦孩子几岁开始必须上学？", A, [["4"]], RQ, ["en", "zh"])
c("th", "paris", "healthcare", "ย้ายไปปารีส ประกันสุขภาพเริ่มเมื่อไหร่", A, [M3], RQ, ["en", "th"])
c("de", "paris", "handover", "kontakt zur pariser wirtschaftsförderung bitte, wir sind ein tsu-zulieferer", H, [CPR], RQ, ["en", "de"])

doc = {"set": "blind20-tsu", "writtenBy": WRITTEN_BY, "cases": C}
print(validate(doc, {"tsu", "paris", "geneva", None}), len(C))
json.dump(doc, open("/work/blind20-out/blind20-tsu.json", "w"), ensure_ascii=False, indent=1)
