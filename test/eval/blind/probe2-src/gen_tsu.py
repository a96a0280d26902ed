"""Partnership 2 (Tsu <-> Paris Region / Geneva) cases for the probe2 diagnosis set."""
from common import *

B = Builder("P2TS", {"en", "fr", "ja"})
R2 = REGQ2
NO_TSU = R2 + ["SAMU", "144", "116117"]
NO_PARIS = R2 + ["119", "144", "#7119"]
NO_GVA = R2 + ["SAMU", "116117", "116 117", "119"]

# ======================= small talk (5) =======================
B.add("fr", None, "smalltalk", "bonjour !", [MENU2], kind="smalltalk", none=R2)
B.add("fr", None, "smalltalk", "merci beaucoup, c'était très clair 🙏", [MENU2 + ["avec plaisir", "je vous en prie", "de rien"]],
      kind="smalltalk", none=R2)
B.add("ja", None, "smalltalk", "はじめまして！", [MENU2], kind="smalltalk", none=R2)
B.add("en", None, "smalltalk", "hey there", [MENU2], kind="smalltalk", none=R2)
B.add("ja", None, "smalltalk", "ありがとう〜！", [MENU2 + ["どういたしまして", "お役に立て"]], kind="smalltalk", none=R2)

# ======================= out of scope (5) =======================
B.add("fr", None, "out-of-scope", "tu peux me donner la météo à genève demain ?", [MENU2], kind="out-of-scope",
      none=R2 + ["°C"])
B.add("en", None, "out-of-scope", "who won ligue 1 last night? psg?", [MENU2], kind="out-of-scope", none=R2)
B.add("ja", None, "out-of-scope", "津でおいしいうなぎ屋さん教えて！", [MENU2], kind="out-of-scope", none=R2)
B.add("fr", None, "out-of-scope", "aide-moi à écrire un poème pour l'anniversaire de ma femme", [MENU2],
      kind="out-of-scope", none=R2)
B.add("en", None, "out-of-scope", "solve x^2 - 5x + 6 = 0 pls, its for my daughter's homework", [MENU2],
      kind="out-of-scope", none=R2 + ["x = 2", "x=2", "x = 3", "x=3"])

# ======================= emergencies (5) =======================
B.add("fr", "tsu", "emergency", "mon fils a 40 de fièvre cette nuit à Tsu, qui appeler ??",
      [["119"], MIE_CHILD + ["8000"]], kind="emergency", none=NO_TSU)
B.add("ja", "paris", "emergency", "パリで夫が倒れた！救急車は何番？",
      [["112"], ["SAMU", "15番", "「15」", "15（"]], kind="emergency", none=NO_PARIS)
B.add("en", "geneva", "emergency", "car accident near carouge, someone is hurt, what number???",
      [["144"], ["117", "112"]], kind="emergency", none=NO_GVA)
B.add("ja", "tsu", "emergency", "久居で火事です！！", [["119"]], kind="emergency", none=NO_TSU)
B.add("fr", "geneva", "emergency", "mon enfant a avalé des médicaments, on est à Genève !",
      [["145", "Tox"], ["144"]], kind="emergency", none=NO_GVA)

# ======================= clarify region (5) =======================
THREE = [["Tsu", "津"], ["Paris", "パリ"], ["Genève", "Geneva", "ジュネーブ"]]
B.add("fr", None, "schooling", "comment j'inscris mon enfant à l'école ?", THREE, kind="clarify-region")
B.add("en", None, "daily-life", "how do i exchange my driving licence?", THREE, kind="clarify-region")
B.add("ja", None, "company", "会社を作るのに資本金はいくら必要？",
      [["パリ", "Paris", "フランス"], ["ジュネーブ", "Geneva", "Genève", "スイス"]], kind="clarify-region")
B.add("fr", None, "residence", "comment déclarer mon arrivée ?", THREE, kind="clarify-region")
B.add("en", None, "housing", "what documents do i need to rent a flat?", THREE, kind="clarify-region")

# ======================= hand-over (7) =======================
B.add("ja", "paris", "handover", "パリの担当の方を紹介してください。現地の代理店を探しています",
      [PARIS_OFFICE], kind="handover", none=R2)
B.add("fr", "tsu", "handover", "je voudrais parler à quelqu'un de la mairie de Tsu pour implanter notre PME",
      [TSU_OFFICE], kind="handover", none=R2)
B.add("en", "geneva", "handover", "can you connect me with OPI in geneva? we're a tsu-based sensor maker",
      [GENEVA_OFFICE], kind="handover", none=R2)
B.add("ja", "geneva", "handover", "ジュネーブで投資家を紹介してもらえますか？担当の方と直接話したいです",
      [GENEVA_OFFICE], kind="handover", none=R2)
B.add("fr", "paris", "handover", "mettez-moi en contact avec un conseiller pour une implantation à Boulogne svp",
      [PARIS_OFFICE], kind="handover", none=R2)
B.add("en", "tsu", "handover",
      "i'd like an intro to mie university researchers, who do i talk to? our office is in hisai",
      [["三重大学", "Mie University", "Université de Mie"]], none=R2)
B.add("ja", "tsu", "handover", "フランスの会社です。津市の担当課の方と直接お話しできますか？",
      [TSU_OFFICE], kind="handover", none=R2)

# ======================= multi-turn follow-ups (15) =======================
B.add("fr", "tsu", "follow-up", ["on vient d'arriver à Tsu, comment on s'inscrit à la mairie ?", "et on a combien de temps ?"],
      [DAYS14], kind="answer", none=R2)
B.add("ja", "paris", "follow-up", ["パリでSASを作りたい", "資本金は？"],
      [UG_CAP + ["自由", "最低資本金はありません", "最低資本金なし", "下限はありません"]], kind="answer", none=R2)
B.add("en", "geneva", "follow-up",
      ["we're moving to geneva in april, what's the first thing to do?", "how many days do we have?"],
      [DAYS14], kind="answer", none=R2)
B.add("fr", "geneva", "follow-up", ["on s'installe à Genève le mois prochain avec les enfants", "je dois prendre une assurance maladie ?", "dans quel délai ?"],
      [MONTHS3], kind="answer", none=R2)
B.add("ja", "geneva", "follow-up", ["ジュネーブでSàrlを作る場合の資本金は？", "SAだと？"],
      [SA_CAP, SA_PAID], kind="answer", none=R2)
B.add("en", "paris", "follow-up", ["how much is a navigo monthly pass?", "and a single metro ticket?"],
      [METRO_TICKET], kind="answer", none=R2)
B.add("fr", "tsu", "follow-up", ["comment trier les déchets à Tsu ?", "il faut des sacs spéciaux ?"],
      [["transparent", "translucide", "半透明", "透明"]], kind="answer", none=R2)
B.add("ja", "paris", "follow-up", ["パリで子どもを学校に入れたい。何歳から義務？", "手続きはどこで？"],
      [["mairie", "区役所", "市役所", "役所", "メリー", "マリー"]], kind="answer", none=R2)
B.add("en", "tsu", "follow-up", ["my wife is pregnant, we live in tsu. what should we do?", "and after the birth?"],
      [DAYS14, ["出生届", "birth registration", "birth notification", "notification of birth", "register the birth"]],
      kind="answer", none=R2)
B.add("fr", "paris", "follow-up", ["mon permis japonais est valable en France ?", "et après ?"],
      [["échange", "échanger", "exchange", "交換", "切替"], ONE_YEAR], kind="answer", none=R2)
B.add("ja", "geneva", "follow-up", ["ジュネーブで日本の免許はそのまま使える？", "期限は？"],
      [ONE_YEAR], kind="answer", none=R2)
B.add("en", "tsu", "follow-up", ["is there any help in english for foreigners living in tsu?", "where is that?"],
      [["アスト津", "Ast Tsu", "AST Tsu", "ASTTSU", "Asuto", "ast tsu", "Ast-Tsu"]], kind="answer", none=R2)
B.add("fr", "geneva", "follow-up", ["congé maternité à Genève c'est combien ?", "et en France ?"],
      [["16 semaines", "16 weeks", "16週"], ["10 semaines", "6 semaines"]], kind="answer", none=R2)
B.add("fr", "paris", "follow-up", ["on monte une SAS à Paris pour notre PME de Tsu", "quel capital minimum ?", "et à Genève ?"],
      [SARL_CAP + SA_CAP], kind="answer", none=R2)
B.add("ja", "tsu", "follow-up", ["津市で犬を飼い始めました。登録は必要？", "それはどこで？"],
      [["市役所", "保健所", "動物病院", "役所", "支所", "環境"]], kind="answer", none=R2)

# ======================= Tsu – daily life (French / Swiss families) =======================
B.add("en", "tsu", "daily-life", "garbage in tsu – which bags do i have to buy?",
      [["transparent", "semi-transparent", "translucent", "see-through", "半透明", "透明"]], kind="answer", none=R2)
B.add("fr", "tsu", "residence", "je viens d'emménager à Tsu, je dois m'enregistrer où ?",
      [["mairie", "市役所", "city hall", "hôtel de ville", "city office", "Tsu City Hall"], DAYS14],
      kind="answer", none=R2)
B.add("en", "tsu", "healthcare",
      "kid has a fever at night in tsu, is there a phone line for advice? not an ambulance",
      [MIE_CHILD + ["8000"]], none=R2 + ["#7119", "03-3212-2323", "116117"])
B.add("fr", "tsu", "healthcare", "où trouver un médecin ouvert le dimanche à Tsu ?",
      [MIE_INFO], kind="answer", none=R2)
B.add("fr", "tsu", "daily-life", "comment convertir mon permis français au Japon ? j'habite à Tsu",
      [["traduction", "translation", "JAF", "翻訳"], ONE_YEAR], kind="answer", none=R2)
B.add("en", "tsu", "housing", "who do i call to get electricity in our house in tsu?",
      [["Chubu Electric", "中部電力", "Chuden"]], kind="answer", none=R2)
B.add("en", "tsu", "healthcare", "my wife is pregnant, where do we get the mother and child handbook in tsu?",
      [["母子健康手帳", "母子手帳", "Mother and Child", "mother-child", "boshi"],
       ["市役所", "city hall", "保健センター", "health center", "health centre", "city office"]], kind="answer",
      none=R2)
B.add("fr", "tsu", "healthcare", "combien on reçoit pour un accouchement au Japon ? on vit à Tsu",
      [BIRTH_LUMP], kind="answer", none=R2)
B.add("en", "tsu", "daily-life", "do i need to register my dog in tsu?",
      [["30 days", "30日", "30 jours"], ["rabies", "狂犬病", "rage"]], kind="answer", none=R2)
B.add("fr", "tsu", "residence", "on rentre en France l'an prochain, qu'est-ce qu'on doit faire à la mairie de Tsu ?",
      [["転出", "départ", "moving-out", "moving out", "sortie"]], kind="answer", none=R2)
B.add("en", "tsu", "residence", "we found a house in 久居, which city office do we register at?",
      [["津市", "Tsu"]], kind="answer", none=R2)
B.add("ja", "tsu", "daily-life", "津市に住むフランス人の同僚、ゴミの日がわからないって。どう調べればいい？",
      [["カレンダー", "収集日", "地区", "自治会"]], kind="answer", none=R2)
B.add("ja", "tsu", "healthcare", "夜に子どもが熱。津市で相談できる電話は？",
      [MIE_CHILD + ["8000"]], none=R2 + ["#7119", "03-3212-2323"])

# ======================= Tsu – company (French / Swiss SMEs) =======================
B.add("en", "tsu", "support", "we're a french mechatronics SME – what can tsu city do for us under the agreement?",
      [["mechatronic", "メカトロニクス", "mécatronique"],
       ["matching", "マッチング", "mise en relation", "introduc", "紹介", "partner"]], kind="answer", none=R2)
B.add("fr", "tsu", "support", "on voudrait exposer nos produits à Tsu, il y a un parc des expositions ?",
      [["Messe Wing", "メッセウイング", "Messe-Wing"]], kind="answer", none=R2)
B.add("fr", "tsu", "company", "pour créer une filiale au Japon (à Tsu), quel capital minimum pour une KK ?",
      [KK_MIN], kind="answer", none=R2)
B.add("en", "tsu", "residence",
      "did the business manager visa rules change? we want to open a small office in tsu with 1 japanese staff",
      [BM_CAP], kind="answer", none=R2)
B.add("fr", "tsu", "company", "combien coûte l'immatriculation d'une KK au Japon ? (taxe d'enregistrement)",
      [KK_TAX], kind="answer", none=R2)
B.add("ja", "tsu", "company", "フランスの会社が津市に営業所を出す場合、登記は必要ですか？",
      [["登記"], ["営業所", "支店"]], kind="answer", none=R2)
B.add("ja", "tsu", "company", "ジュネーブの会社が津で株式会社を作るとき、定款の認証手数料は？",
      [NOTARY_CORP], kind="answer", none=R2)

# ======================= Paris (Tsu SMEs + families) =======================
B.add("ja", "paris", "company", "パリで会社を作るならSASとSARLどっちがいい？",
      [["SAS"], ["SARL"], UG_CAP + ["自由", "最低資本金"]], kind="answer", none=R2)
B.add("en", "paris", "company", "where do we register a SAS now? is it still the greffe?",
      [["guichet unique", "Guichet unique", "INPI", "one-stop", "single window", "ワンストップ"]], kind="answer", none=R2)
B.add("ja", "paris", "residence", "パリ支店に送る社員の滞在許可は何がいい？",
      [["passeport talent", "talent", "タレント"]], kind="answer", none=R2)
B.add("fr", "paris", "residence",
      "je suis l'assistante française d'une PME japonaise à Paris : quel titre de séjour pour notre gérant japonais ?",
      [["talent"]], kind="answer", none=R2)
B.add("en", "paris", "daily-life", "navigo price 2026?", [NAVIGO], kind="answer", none=R2)
B.add("ja", "paris", "healthcare", "パリで健康保険はどうなる？カルト・ヴィタルって何？",
      [["CPAM", "Assurance Maladie", "assurance maladie", "疾病保険"],
       ["carte Vitale", "Carte Vitale", "カルト・ヴィタル", "カルトヴィタル", "ヴィタル"]], kind="answer", none=R2)
B.add("ja", "paris", "schooling", "ブローニュ（Boulogne）に住む予定。子どもは3歳、幼稚園って義務？",
      [["義務", "obligatoire", "compulsory", "mandatory"], ["mairie", "役所", "区役所", "市役所", "マリー"]],
      kind="answer", none=R2)
B.add("en", "paris", "healthcare", "maternity leave in france, how long?", [["16 weeks", "16 semaines", "16週"]],
      kind="answer", none=R2)
B.add("ja", "paris", "daily-life", "日本の運転免許、フランスの免許に交換できる？",
      [ONE_YEAR, ["交換", "échange", "exchange", "切替", "切り替え"]], kind="answer", none=R2)
B.add("fr", "paris", "emergency", "quels numéros d'urgence à Paris pour mes collègues japonais ?",
      [["SAMU"], ["112"], ["pompiers", "18"]], none=NO_PARIS)
B.add("ja", "paris", "support", "パリ地域で投資家や大学とつながりたい。どこに相談すれば？",
      [PARIS_OFFICE], none=R2)
B.add("en", "paris", "support", "is the agreement still with ARD? can't find their website anywhere",
      [["Choose Paris Region"]], kind="answer", none=R2)
B.add("fr", "paris", "residence", "pour un salarié japonais à Paris, la carte « talent » dure combien de temps ?",
      [["4 ans", "quatre ans", "4 years", "4年"]], kind="answer", none=R2)

# ======================= Geneva =======================
B.add("en", "geneva", "company", "minimum capital for a sàrl in geneva?",
      [SARL_CAP, ["fully", "entièrement", "全額", "libéré", "in full", "paid in"]], kind="answer", none=R2)
B.add("ja", "geneva", "company", "ジュネーブで会社を作るとき、公証人は必要？",
      [["公証", "notaire", "notary", "acte authentique"]], kind="answer", none=R2)
B.add("fr", "geneva", "residence",
      "je suis japonais, c'est mon employeur qui doit demander mon permis de travail à Genève ?",
      [["employeur", "employer", "雇用主"], ["OCPM"]], kind="answer", none=R2)
B.add("en", "geneva", "residence", "how far ahead should we apply for a geneva work permit for a japanese engineer?",
      [["8 weeks", "8 semaines", "8週", "6-8", "6 à 8", "6 to 8", "6–8", "six to eight"]], kind="answer", none=R2)
B.add("ja", "geneva", "schooling", "Carougeに引っ越します。子どもの学校は何歳から？", [["4歳", "4 ans", "age 4", "4 years", "four"]],
      kind="answer", none=R2)
B.add("fr", "geneva", "schooling", "inscrire ma fille à l'école à Genève en cours d'année, c'est possible ?",
      [["DIP", "instruction publique"]], kind="answer", none=R2)
B.add("en", "geneva", "healthcare", "health insurance in geneva – do i have to buy it myself?",
      [["LAMal", "basic health insurance", "assurance de base", "basic insurance", "compulsory"], MONTHS3],
      kind="answer", none=R2)
B.add("ja", "geneva", "residence", "Genèveから日本に帰国するときの手続きは？",
      [["OCPM"], DAYS14], kind="answer", none=R2)
B.add("en", "geneva", "daily-life", "exchange japanese licence in geneva – where do i go?",
      [["OCV", "Office cantonal des véhicules", "cantonal vehicle office"], ONE_YEAR], kind="answer", none=R2)
B.add("ja", "geneva", "support", "ジュネーブ州で中小企業を支援する機関は？",
      [GENEVA_OFFICE + ["FONGIT", "SPEG", "promotion économique"]], kind="answer", none=R2)
B.add("en", "geneva", "support", "what exactly did tsu sign with geneva, and when?",
      [["2012", "平成24"], GENEVA_OFFICE], kind="answer", none=R2)
B.add("fr", "geneva", "emergency", "quels sont les numéros d'urgence en Suisse ? on vit à Carouge",
      [["144"], ["117"], ["118"]], none=NO_GVA)
B.add("en", "tsu", "support", "when did tsu sign the agreement with the paris region?",
      [["2012", "平成24"], ["20 November", "November 20", "20 novembre", "11月20日", "20th November",
                              "November 20th", "20 Nov"]], kind="answer", none=R2)
B.add("ja", "geneva", "healthcare", "ジュネーブで出産。産休は何週間？",
      [["16週", "16 semaines", "16 weeks"]], kind="answer", none=R2)

if __name__ == "__main__":
    import json, sys
    validate(B.cases, B.home)
    out = {"set": "probe2-tsu", "writtenBy": "probe2 helper session (blind), 2026-11-30", "cases": B.cases}
    path = sys.argv[1] if len(sys.argv) > 1 else "probe2-tsu.json"
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(path, len(B.cases))
