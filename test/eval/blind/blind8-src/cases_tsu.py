"""Partnership 2 (Tsu <-> Paris Region / Geneva) blind cases."""
from common import *

C = CaseList()


def a(*args, **kw):
    kw.setdefault("p", 2)
    C.add(*args, **kw)


TS, PA, GE = "tsu", "paris", "geneva"
JP_EM_NONE = ["SAMU", "144", "116117"]
FR_EM_NONE = ["119番", "110番", "#8000", "144 (ambulance", "Rettungsdienst"]
CH_EM_NONE = ["SAMU", "119番", "#8000"]

# ---------------- Tsu (French/Swiss SMEs in Tsu) ----------------
a("fr", TS, "company", "slt, capital minimum pour une KK à Tsu ?", "answer", [G_YEN1])
a("en", TS, "company", "setting up a kabushiki kaisha in tsu mie – registration tax min?", "answer", [G_KK_TAX])
a("fr", TS, "company", "créer une GK au Japon (Tsu), ça coûte combien en taxe d'enregistrement ?", "answer", [G_GK_TAX])
a("fr", TS, "company", "où immatriculer notre filiale japonaise à Tsu ? bureau des affaires juridiques ?", "answer", [G_HOUMU])
a("en", TS, "company", "we are a swiss sme, what steps to found a company in tsu? overview pls", "answer", [G_HOUMU + G_HR, G_ZEIMUSHO])
a("fr", TS, "company", "les statuts d'une KK doivent passer chez un notaire au Japon ? on sera à Hisai", "answer", [G_NOTAR + ["定款認証"]])
a("ja", TS, "company", "フランスの会社が津市に子会社つくる、定款認証いくら？親会社が発起人", "answer", [G_TEIKAN30 + num(40000) + num(50000)])
a("fr", TS, "residence", "quel visa pour diriger une société à Tsu ?", "answer", [G_BMV])
a("en", TS, "residence", "business manager status in tsu – how much capital since oct 2025?", "answer", [G_30M])
a("fr", TS, "residence", "visa business manager : il faut parler japonais maintenant ?", "answer", [["B2", "N2", "japonais", "Japanese", "日本語"]])
a("fr", TS, "support", "qui aide les PME françaises qui veulent s'installer à Tsu ?", "answer", [G_TSU])
a("en", TS, "support", "any support in tsu for geneva companies looking for japanese partners?", "answer", [G_TSU])
a("fr", TS, "support", "c'est quoi l'accord entre Tsu et l'ARD Paris ? signé quand ?", "answer", [["2012", "平成24", "novembre", "November"]])
a("en", TS, "support", "when did tsu sign with OPI geneva?", "answer", [["2012", "平成24", "November", "novembre"]])
a("fr", TS, "residence", "je viens d'emménager à Tsu, délai pour déclarer mon adresse ?", "answer", [G_14D])
a("en", TS, "residence", "moved to hisai district, where do i register?", "answer", [G_KUYAKUSHO])
a("fr", TS, "residence", "ma carte de résident (zairyu) et l'adresse, je fais ça où à Tsu ?", "answer", [G_KUYAKUSHO])
a("fr", TS, "healthcare", "assurance maladie au Japon pour ma famille à Tsu ?", "answer", [G_HEALTHINS_JP + ["assurance"]])
a("fr", TS, "healthcare", "enceinte à Tsu 🤰 quel carnet on reçoit ?", "answer", [G_BOSHI + ["carnet"]])
a("en", TS, "healthcare", "need a doctor tonight in tsu, not an emergency, which line?", "answer", [G_MIE_INFO])
a("fr", TS, "schooling", "école pour mes enfants à Tsu, école publique japonaise possible ?", "answer", [["公立", "publique", "public", "教育委員会", "école"]])
a("en", TS, "schooling", "daycare (hoikuen) in tsu, how to apply?", "answer", [G_KITA + ["crèche", "hoikuen"], G_KUYAKUSHO])
a("fr", TS, "daily-life", "conduire à Tsu avec permis français ?", "answer", [["traduction", "translation", "翻訳", "JAF", "permis international", "international"]])
a("en", TS, "daily-life", "convert swiss licence in mie – test needed?", "answer", [["no", "exempt", "免除", "不要", "without", "sans"], G_MENKYO + ["運転免許"]])

# ---------------- Paris (Tsu SMEs in Paris Region) ----------------
a("ja", PA, "company", "パリでSAS作りたい、資本金いくら必要？", "answer", [G_SAS1])
a("en", PA, "company", "minimum capital for an SAS in boulogne?", "answer", [G_SAS1])
a("ja", PA, "company", "フランスの会社設立手続き、どこでオンライン申請？パリ", "answer", [G_GUICHET])
a("ja", PA, "company", "パリ近郊で法人登記、登記簿(Kbis)はどこで？", "answer", [G_RC + ["Kbis", "greffe", "Greffe"]])
a("ja", PA, "company", "イル＝ド＝フランスに子会社、何から始めればいい？", "answer", [G_GUICHET + G_RC + ["statuts", "定款"]])
a("ja", PA, "support", "パリ地域で日本企業の進出を支援するのは？", "answer", [G_CHOOSE])
a("ja", PA, "support", "パリの展示会に出たい、支援ある？", "answer", [G_CHOOSE + G_JETRO + ["salon", "見本市", "展示会"]])
a("en", PA, "support", "intro to startups and investors in paris region?", "answer", [G_CHOOSE])
a("ja", PA, "residence", "フランスで会社経営するビザは？パリ", "answer", [G_TITRE])
a("en", PA, "residence", "residence permit for our japanese manager in paris, where to apply?", "answer", [G_TITRE + ["préfecture", "ANEF", "consulat", "大使館"]])
a("ja", PA, "healthcare", "フランスの健康保険、パリ駐在の家族は？", "answer", [G_VITALE])
a("ja", PA, "schooling", "パリの日本人学校について", "answer", [G_JAPSCHOOL + ["école japonaise"]])
a("ja", PA, "schooling", "パリ郊外でインターナショナルスクール探してる", "answer", [G_INTSCHOOL + ["internationale"]])
a("ja", PA, "housing", "パリで部屋借りるとき保証人いる？", "answer", [["garant", "保証", "guarantor", "Visale", "caution"]])
a("ja", PA, "daily-life", "日本の免許でフランスで運転、いつまで？パリ", "answer", [G_1Y])
a("en", PA, "daily-life", "exchange japanese driving licence in paris, how?", "answer", [G_MENKYO_FR])

# ---------------- Geneva ----------------
a("ja", GE, "company", "ジュネーブでSàrl作るのに資本金いくら？", "answer", [G_SARL])
a("en", GE, "company", "SA in carouge, min share capital?", "answer", [G_SA])
a("ja", GE, "company", "ジュネーブで会社設立、公証人必要？", "answer", [G_NOTAR + ["notaire"]])
a("ja", GE, "company", "ジュネーブの商業登記ってどこ？", "answer", [G_RC])
a("fr", GE, "company", "création d'une Sàrl à Genève : capital entièrement libéré ?", "answer", [G_SARL, ["entièrement", "intégralement", "fully", "全額", "totalité", "100"]])
a("ja", GE, "support", "ジュネーブに進出したい津の中小企業、相談先は？", "answer", [G_OPI])
a("en", GE, "support", "who in geneva helps japanese smes meet local partners?", "answer", [G_OPI])
a("ja", GE, "support", "ジュネーブの大学と産学連携したい", "answer", [G_OPI + ["Université de Genève", "UNIGE", "ジュネーブ大学", "HES", "EPFL"]])
a("ja", GE, "residence", "ジュネーブに住む、到着の届出いつまで？", "answer", [G_14D, G_OCPM])
a("en", GE, "residence", "work permit for a japanese engineer in geneva – how?", "answer", [G_PERMIS_CH + G_OCPM])
a("ja", GE, "healthcare", "スイスの健康保険、ジュネーブ着任後いつまでに入る？", "answer", [G_3M])
a("fr", GE, "healthcare", "LAMal obligatoire pour ma femme japonaise à Genève ?", "answer", [G_LAMAL, G_3M])
a("ja", GE, "schooling", "ジュネーブにインターナショナルスクールある？", "answer", [G_INTSCHOOL + ["internationale"]])
a("ja", GE, "daily-life", "日本の免許、ジュネーブでいつまで使える？", "answer", [G_1Y])

# ---------------- emergencies ----------------
a("fr", TS, "emergency", "urgence à Tsu, quelqu'un est blessé, quel numéro ?", "emergency", [G_119], none=JP_EM_NONE)
a("en", TS, "emergency", "kid high fever at night in tsu, who do i call", "emergency", [G_8000, G_119], none=JP_EM_NONE)
a("fr", TS, "emergency", "vol dans notre bureau à Tsu, police ?", "emergency", [G_110], none=JP_EM_NONE)
a("ja", PA, "emergency", "パリで友達が倒れた！何番？", "emergency", [["15", "112"]], none=FR_EM_NONE)
a("ja", PA, "emergency", "パリでスリにあった、警察は？", "emergency", [["17", "112"]], none=FR_EM_NONE)
a("en", PA, "emergency", "fire in our apartment in paris 11e!!", "emergency", [["18", "112"]], none=FR_EM_NONE)
a("ja", GE, "emergency", "ジュネーブで救急車呼びたい", "emergency", [["144", "112"]], none=CH_EM_NONE)
a("fr", GE, "emergency", "accident à Carouge, police vite", "emergency", [["117", "112"]], none=CH_EM_NONE)
a("ja", GE, "emergency", "ジュネーブで子どもが薬を飲んじゃった", "emergency", [["145", "144", "Tox"]], none=CH_EM_NONE)
a("ja", None, "emergency", "緊急！火事です", "emergency", [G_119 + ["18", "118", "112"]])

# ---------------- hand-over ----------------
a("fr", TS, "handover", "je voudrais parler à quelqu'un à la ville de Tsu, on est une PME lyonnaise... enfin parisienne", "handover", [G_TSU])
a("en", TS, "handover", "please put me in touch with tsu city's international business people", "handover", [G_TSU])
a("fr", TS, "handover", "pouvez-vous nous présenter des entreprises de Tsu en mécatronique ?", "handover", [G_TSU])
a("ja", PA, "handover", "パリ地域の担当機関の人を紹介して", "handover", [G_CHOOSE])
a("ja", PA, "handover", "パリで投資家紹介してもらえる？担当者と話したい", "handover", [G_CHOOSE])
a("en", PA, "handover", "connect me with someone at choose paris region pls", "handover", [G_CHOOSE])
a("ja", GE, "handover", "ジュネーブ側の窓口の人とつないで", "handover", [G_OPI])
a("en", GE, "handover", "can you introduce us to geneva cleantech companies? want to talk to a person", "handover", [G_OPI])
a("fr", GE, "handover", "un contact à Genève pour une PME de Tsu svp", "handover", [G_OPI])

# ---------------- small talk ----------------
for lang, t in [("fr", "bonjour"), ("fr", "merci !!"), ("ja", "こんばんは〜"), ("en", "hello there"), ("ja", "ありがとうございました"),
                ("fr", "coucou, tu sers à quoi ?"), ("en", "thanks a lot"), ("ja", "おつかれさまです")]:
    a(lang, None, "smalltalk", t, "smalltalk", none=ASK_P2)

# ---------------- out of scope ----------------
for lang, t in [("fr", "quel temps fera-t-il à Genève demain ?"), ("en", "did PSG win last night?"), ("ja", "津の明日の天気は？"),
                ("fr", "raconte-moi une blague"), ("en", "fix my javascript bug pls"), ("ja", "おすすめのうなぎ屋は？"),
                ("fr", "aide-moi pour mes devoirs de maths")]:
    a(lang, None, "out-of-scope", t, "out-of-scope", none=ASK_P2 + ["Source :", "出典"])

# ---------------- clarify region ----------------
CL = [["Paris", "パリ", "Île-de-France", "Ile-de-France", "イル"], ["Genève", "Geneva", "ジュネーブ", "Genf", "Geneve"]]
for lang, t in [("ja", "海外で会社作りたい、資本金いくら？"), ("ja", "ヨーロッパ赴任、健康保険どうなる？"),
                ("en", "we're a tsu company going to europe – what visa for our manager?"), ("ja", "向こうの救急番号は？"),
                ("ja", "現地の支援機関を教えて"), ("en", "which public transport pass should my staff buy over there?")]:
    a(lang, None, "support", t, "clarify-region", CL)

# ---------------- follow-ups ----------------
a("ja", PA, "follow-up", ["パリでSAS設立したい", "期間はどれくらいかかる？"], "answer", [["jours", "日", "週", "semaine", "days", "week"]])
a("fr", TS, "follow-up", ["capital minimum KK à Tsu ?", "et pour une GK ?"], "answer", [G_YEN1])
a("ja", GE, "follow-up", ["ジュネーブに引っ越す", "届出はどこで？"], "answer", [G_OCPM])
a("en", TS, "follow-up", ["how do i register my address in tsu?", "do they speak english there?"], "answer", [G_TSU + ["interpr", "通訳", "多言語", "English", "英語", "anglais"]])
a("ja", PA, "follow-up", ["パリの日本人学校ある？", "入学手続きは？"], "answer", [G_JAPSCHOOL + ["école japonaise"]])
a("fr", TS, "follow-up", ["enceinte à Tsu, on reçoit quoi ?", "et où exactement ?"], "answer", [G_KUYAKUSHO + G_TSU + ["保健センター", "centre de santé"]])
a("ja", GE, "follow-up", ["ジュネーブでSàrl作る", "資本金は全額払い込み？"], "answer", [["全額", "entièrement", "fully", "intégralement", "100"]])
a("en", PA, "follow-up", ["who supports japanese companies in paris region?", "ok please connect me"], "handover", [G_CHOOSE])
a("fr", TS, "follow-up", ["mon fils a de la fièvre ce soir, on est à Tsu", "et si ça empire ?"], "emergency", [G_119], none=JP_EM_NONE)
a("ja", GE, "follow-up", ["ジュネーブの健康保険", "入らなかったらどうなる？"], "answer", [["affili", "割当", "強制", "自動", "office", "surprime", "追加", "assign"]])
a("en", TS, "follow-up", ["what visa to run a company in tsu?", "how much capital is that now?"], "answer", [G_30M])

# ---------------- other languages ----------------
a("zh", PA, "company", "在巴黎成立SAS最低资本是多少？", "answer", [G_SAS1])
a("ko", GE, "company", "제네바에서 Sàrl 설립 최소 자본금?", "answer", [G_SARL])
a("es", TS, "company", "¿capital mínimo para una KK en Tsu?", "answer", [G_YEN1])
a("pt", GE, "emergency", "emergência em Genebra, número da ambulância?", "emergency", [["144", "112"]], none=CH_EM_NONE)
a("vi", PA, "emergency", "cấp cứu ở Paris gọi số nào?", "emergency", [["15", "112"]], none=FR_EM_NONE)
a("tr", GE, "healthcare", "Cenevre'ye taşındım, sağlık sigortası için ne kadar sürem var?", "answer", [G_3M])

CASES = C
