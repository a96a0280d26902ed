"""Partnership 1 (Tokyo <-> NRW) cases for the probe2 diagnosis set."""
from common import *

B = Builder("P2TN", {"en", "ja", "de"})
R1 = REGQ1
NO_TK = R1 + ["116117", "116 117"]          # Tokyo answer must not show NRW out-of-hours number
NO_NRW = R1 + ["#7119", "#8000"]             # NRW answer must not show Tokyo advice lines

# ======================= small talk (7) =======================
B.add("en", None, "smalltalk", "hi 👋", [MENU1], kind="smalltalk", none=R1)
B.add("ja", None, "smalltalk", "こんにちは〜", [MENU1], kind="smalltalk", none=R1)
B.add("de", None, "smalltalk", "Moin!", [MENU1], kind="smalltalk", none=R1)
B.add("en", None, "smalltalk", "thx a lot, that helped 🙏", [MENU1 + ["welcome", "glad", "anything else"]],
      kind="smalltalk", none=R1)
B.add("ja", None, "smalltalk", "ありがとうございました！助かりました😊", [MENU1 + ["どういたしまして", "お役に立て"]],
      kind="smalltalk", none=R1)
B.add("de", None, "smalltalk", "danke dir!!", [MENU1 + ["gern", "Gern"]], kind="smalltalk", none=R1)
B.add("ko", None, "smalltalk", "안녕하세요 ㅎㅎ", [MENU1], kind="smalltalk", none=R1)

# ======================= out of scope (7) =======================
B.add("en", None, "out-of-scope", "whats the weather like in cologne this weekend?", [MENU1],
      kind="out-of-scope", none=R1 + ["°C", "°F"])
B.add("de", None, "out-of-scope", "wer hat gestern gewonnen, fortuna oder der effzeh?", [MENU1],
      kind="out-of-scope", none=R1)
B.add("ja", None, "out-of-scope", "新宿でおすすめのラーメン屋ある？", [MENU1], kind="out-of-scope", none=R1)
B.add("en", None, "out-of-scope", "can u write me a python script that sorts a csv by date", [MENU1],
      kind="out-of-scope", none=R1 + ["import csv", "def "])
B.add("ja", None, "out-of-scope", "子どもの算数の宿題手伝って　3/4+1/8は？", [MENU1], kind="out-of-scope",
      none=R1 + ["7/8", "8分の7"])
B.add("de", None, "out-of-scope", "erzähl mal nen witz 😂", [MENU1], kind="out-of-scope", none=R1)
B.add("es", None, "out-of-scope", "¿quién ganó el partido del bayern ayer?", [MENU1], kind="out-of-scope", none=R1)

# ======================= emergencies (7) =======================
B.add("en", "tokyo", "emergency",
      "my son (3) has 39.5 fever, its 2am, we live in setagaya. what do i do??",
      [TOKYO_ADVICE, ["119"]], kind="emergency", none=NO_TK)
B.add("de", "nrw", "emergency", "meine frau hat starke brustschmerzen!!! wir sind in essen",
      [["112"]], kind="emergency", none=NO_NRW)
B.add("ja", "nrw", "emergency", "デュッセルドルフで夜中に子どもが高熱。どこに電話すれば？",
      [NRW_ADVICE, ["112"]], kind="emergency", none=NO_NRW)
B.add("en", None, "emergency", "someone just broke into our apartment, whats the number for the police",
      [["110"]], kind="emergency")
B.add("ja", "tokyo", "emergency", "品川区、地震のあとガスの臭いがする！",
      [["119", "東京ガス", "ガス会社"]], kind="emergency", none=NO_TK)
B.add("tr", "nrw", "emergency", "Köln'de arkadaşım bayıldı, ambulans numarası ne?",
      [["112"]], kind="emergency", none=NO_NRW)
B.add("en", "tokyo", "emergency", "my toddler swallowed a button battery!! minato-ku", [["119"]],
      kind="emergency", none=NO_TK)

# ======================= hand-over (10) =======================
B.add("en", "tokyo", "handover",
      "can i talk to a real person? we're setting up a subsidiary in tokio next spring", [TOKYO_OFFICE],
      kind="handover", none=R1)
B.add("de", "nrw", "handover",
      "Ich bräuchte einen persönlichen Ansprechpartner in NRW – wir sind eine japanische Firma und wollen eine Niederlassung in Düsseldorf",
      [NRW_OFFICE], kind="handover", none=R1)
B.add("ja", "nrw", "handover", "NRWで現地パートナーを紹介してもらえますか？担当者と直接話したいです",
      [NRW_OFFICE], kind="handover", none=R1)
B.add("ja", "tokyo", "handover", "東京都の担当部署の方につないでもらえますか？ドイツの取引先の件で",
      [TOKYO_OFFICE + ["東京都"]], kind="handover", none=R1)
B.add("en", "nrw", "handover",
      "pls connect me with someone who can introduce us to universities in the ruhr area", [NRW_OFFICE],
      kind="handover", none=R1)
B.add("de", "tokyo", "handover",
      "gibt es jemanden bei der Tokyo Metropolitan Government, mit dem ich direkt über unseren Markteintritt sprechen kann?",
      [TOKYO_OFFICE], kind="handover", none=R1)
B.add("en", None, "handover", "i want to speak to a human",
      [["NRW.Global", "NRW Japan", "産業労働局", "Bureau of Industrial", "Tokyo", "NRW"]])
B.add("ko", "tokyo", "handover", "도쿄에서 법인 설립 담당자와 직접 상담하고 싶어요", [TOKYO_OFFICE],
      kind="handover", none=R1)
B.add("ja", "nrw", "handover", "Kölnの展示会について担当の人に相談したい", [NRW_OFFICE], kind="handover", none=R1)
B.add("en", "tokyo", "handover",
      "who's my contact at TMG for the NRW partnership? need an email or phone", [TOKYO_OFFICE],
      kind="handover", none=R1)

# ======================= clarify region (7) =======================
BOTH = [["Tokyo", "東京", "Tokio"], ["NRW", "North Rhine", "Nordrhein", "ノルトライン"]]
B.add("en", None, "company", "how much does it cost to set up a company?", BOTH, kind="clarify-region")
B.add("de", None, "residence", "Wie melde ich meinen Wohnsitz an?", BOTH, kind="clarify-region")
B.add("ja", None, "daily-life", "ゴミの出し方を教えてください", BOTH, kind="clarify-region")
B.add("en", None, "residence", "do i need a visa to work there?", BOTH, kind="clarify-region")
B.add("de", None, "healthcare", "wie finde ich einen kinderarzt?", BOTH, kind="clarify-region")
B.add("ja", None, "daily-life", "運転免許の切り替えってどうすればいい？", BOTH, kind="clarify-region")
B.add("zh", None, "daily-life", "我想开一个银行账户，需要什么材料？", BOTH, kind="clarify-region")

# ======================= multi-turn follow-ups (21) =======================
B.add("en", "nrw", "follow-up", ["hi! we just moved to düsseldorf from nagoya", "how do i register my address?", "and for my wife?"],
      [["Bürgerbüro", "Bürgeramt", "citizens' office", "citizen office", "Anmeldung", "register"],
       ["passport", "Reisepass", "Pass", "ID"]], kind="answer", none=R1)
B.add("de", "tokyo", "follow-up",
      ["ich will in tokyo eine KK gründen, was brauche ich?", "und wie viel kostet das?"],
      [KK_TAX, ["Notar", "Beurkundung", "Satzung", "定款", "公証"]], kind="answer", none=R1)
B.add("ja", "nrw", "follow-up", ["デュッセルドルフでGmbHを作りたい", "資本金はいくら必要？"],
      [GMBH_CAP], kind="answer", none=R1)
B.add("en", "tokyo", "follow-up",
      ["what health insurance do i get as an employee of our tokyo subsidiary?", "and my kids?"],
      [["dependent", "dependant", "扶養", "family", "Familie", "家族"],
       ["health insurance", "健康保険", "Krankenversicherung", "shakai hoken", "社会保険"]], kind="answer", none=R1)
B.add("de", "nrw", "follow-up", ["Wie bekomme ich in Köln einen Kitaplatz?", "ab welchem Alter?"],
      [["ersten Lebensjahr", "1. Lebensjahr", "ein Jahr", "einem Jahr", "1 Jahr", "einjährig", "ab 1", "age 1",
        "one year"], ["Rechtsanspruch", "Anspruch", "legal right", "entitle"]], kind="answer", none=R1)
B.add("ja", "tokyo", "follow-up", ["世田谷区に引っ越してきました。住民登録は？", "それはどこで？"],
      [["区役所", "総合支所", "まちづくりセンター", "出張所"]], kind="answer", none=R1)
B.add("en", "nrw", "follow-up",
      ["i have a japanese driving licence, we just moved to bochum", "how long can i still use it?"],
      [MONTHS6], kind="answer", none=R1)
B.add("de", "tokyo", "follow-up", ["Gilt mein deutscher Führerschein in Tokyo?", "und danach?"],
      [["umschreiben", "Umschreibung", "umgeschrieben", "japanischen Führerschein", "Japanese licen", "Japanese driv",
        "切替", "切り替え"],
       ["Samezu", "Fuchu", "Koto", "鮫洲", "府中", "江東", "Führerscheinzentrum", "Führerscheinstelle",
        "licence center", "license center", "運転免許"]], kind="answer", none=R1)
B.add("ja", "nrw", "follow-up", ["ケルンでアパートを借りるとき敷金（Kaution）はいくらまで？", "分割で払える？"],
      [["3回", "三回", "3 Raten", "drei Raten", "three instalments", "three installments", "3 instalments", "3 installments"]], kind="answer", none=R1)
B.add("en", "tokyo", "follow-up", ["what's the minimum capital for a GK in japan?", "and for a KK?"],
      [KK_MIN], kind="answer", none=R1)
B.add("de", "nrw", "follow-up", ["Wir ziehen mit unserem Hund nach Bonn. Was müssen wir anmelden?", "und wo?"],
      [["Hundesteuer", "Steueramt", "Stadt Bonn", "Ordnungsamt", "Bürgeramt"]], kind="answer", none=R1)
B.add("en", "nrw", "follow-up",
      ["we are japanese, where can our kids go to school in düsseldorf?", "what about cologne?"],
      [["Köln", "Cologne", "ケルン"], ["school", "Schule", "学校"]], kind="answer", none=R1)
B.add("ja", "tokyo", "follow-up",
      ["ドイツ人の夫が東京で会社を作って自分で経営したいそうです。ビザは何が必要？", "資本金はいくら？"],
      [BM_CAP], kind="answer", none=R1)
B.add("en", "nrw", "follow-up", ["how do i get a tax id in germany? just moved to dortmund", "do i have to apply?"],
      [["automatic", "by post", "by mail", "per Post", "automatisch", "sent to you", "mailed", "郵送"]],
      kind="answer", none=R1)
B.add("de", "tokyo", "follow-up", ["Muss ich mich in Tokyo beim Amt anmelden, wenn ich umziehe?", "bis wann?"],
      [DAYS14], kind="answer", none=R1)
B.add("fr", "tokyo", "follow-up",
      ["comment ouvrir un compte bancaire à tokyo ?", "et pour ma femme ?"],
      [["residence card", "carte de résident", "carte de séjour", "在留カード", "zairyu"]], kind="answer", none=R1)
B.add("en", "tokyo", "follow-up",
      ["we want to hire our first employee in tokyo", "what do we have to file for social insurance?", "whats the deadline?"],
      [["5 days", "five days", "5日", "５日", "5 Tage"]], kind="answer", none=R1)
B.add("de", "nrw", "follow-up",
      ["Meine Frau ist schwanger, wir wohnen in Münster. Ab wann gilt der Mutterschutz?", "und nach der Geburt?"],
      [["8 Wochen", "acht Wochen", "8 weeks", "eight weeks"]], kind="answer", none=R1)
B.add("ja", "tokyo", "follow-up", ["港区で子どもを保育園に入れたい", "必要な書類は？"],
      [["就労証明", "就労証明書"]], kind="answer", none=R1)
B.add("en", "tokyo", "follow-up", ["how do i register my dog in meguro?", "how often the rabies shot?"],
      [ANNUAL], kind="answer", none=R1)
B.add("vi", "nrw", "follow-up", ["tôi muốn mở công ty GmbH ở Düsseldorf", "cần bao nhiêu vốn?"],
      [GMBH_CAP], kind="answer", none=R1)

# ======================= company – Tokyo side =======================
B.add("de", "tokyo", "company",
      "Was kostet die Beurkundung der Satzung für eine KK in Tokyo, wenn unsere deutsche Muttergesellschaft die Gründerin ist?",
      [NOTARY_CORP, ["Satzung", "定款", "articles"]], kind="answer", none=R1)
B.add("en", "tokyo", "company", "registration tax for a GK? trying to keep costs low", [GK_TAX],
      kind="answer", none=R1)
B.add("ja", "tokyo", "company", "ドイツの会社が東京に出るなら、日本支店と子会社どっちがいい？",
      [["支店", "営業所"], ["子会社", "株式会社", "合同会社"]], kind="answer", none=R1)
B.add("en", "tokyo", "company", "do we need a notary for a GK in tokyo or only for a KK?",
      [["不要", "not required", "not necessary", "no notar", "isn't required", "is not required", "not needed",
        "doesn't need", "does not need", "no need", "only for", "only a KK", "only KK"]], kind="answer", none=R1)
B.add("de", "tokyo", "residence",
      "welches visum brauche ich, wenn ich in tokyo eine firma gründe und selbst geschäftsführer bin?",
      [["経営・管理", "Business Manager", "Business-Manager", "Geschäftsführer", "Unternehmer", "Management"], BM_CAP],
      kind="answer", none=R1)
B.add("en", "tokyo", "residence",
      "is it still ok to use my apartment as the office for the business manager visa? tokyo",
      [["dedicated", "separate", "専用", "no longer", "not accepted", "in principle", "independent", "not allowed"]],
      kind="answer", none=R1)
B.add("ja", "tokyo", "company", "東京で会社設立したら税務署に何を出す？期限は？",
      [["法人設立届出書", "設立届"], ["2か月", "2ヶ月", "2カ月", "二か月", "２か月", "2月以内"]], kind="answer", none=R1)
B.add("en", "tokyo", "company", "is there a one-stop place in tokyo for incorporation paperwork in english?",
      [["One-Stop", "One Stop", "ワンストップ"]], kind="answer", none=R1)
B.add("de", "tokyo", "support", "hilft die AHK in Tokyo auch bei Messen?",
      [["AHK", "Deutsche Industrie- und Handelskammer", "German Chamber", "ドイツ商工会議所"],
       ["Messe", "trade fair", "展示会"]], kind="answer", none=R1)
B.add("en", "tokyo", "support",
      "which trade fairs in tokyo make sense for industrial automation? we're a small firm from bielefeld",
      [["Big Sight", "ビッグサイト", "Makuhari", "幕張", "trade fair", "exhibition", "展示会"]], kind="answer",
      none=R1 + ["Koelnmesse", "Messe Düsseldorf"])
B.add("ja", "tokyo", "company", "ドイツの親会社から社員を東京に出向させたら、年金はどっちの国に払うの？",
      [["社会保障協定", "social security agreement", "Sozialversicherungsabkommen"],
       ["5年", "５年", "5 years", "five years", "fünf Jahre"]], kind="answer", none=R1)
B.add("en", "tokyo", "company", "minimum wage in tokyo right now? hiring a part-timer for our shop", [MINWAGE_TK],
      kind="answer", none=R1)
B.add("de", "tokyo", "company",
      "muss meine GK in Tokyo in die Sozialversicherung, auch wenn ich allein Geschäftsführer bin?",
      [["Pflicht", "verpflichtend", "mandatory", "compulsory", "強制", "義務", "muss", "must"],
       ["年金事務所", "pension office", "Pension Service", "Rentenamt", "Nenkin", "Rentenversicherungsamt"]],
      kind="answer", none=R1)
B.add("en", "tokyo", "support",
      "we need japanese investors for our medtech startup – can the tokyo gov help with intros?",
      [["investor", "Investor", "投資家", "VC", "venture"], ["Tokyo", "東京", "TMG"]], none=R1)
B.add("en", "tokyo", "company", "rep office vs branch in japan – what's the actual difference?",
      [["representative office", "駐在員事務所", "Repräsentanz", "liaison office", "rep office"],
       ["contract", "契約", "Vertr", "sales", "registration", "登記", "register"]], kind="answer", none=R1)
B.add("de", "tokyo", "support",
      "Welche Stelle der Tokyo Metropolitan Government ist für uns als Firma aus NRW zuständig?",
      [TOKYO_OFFICE], none=R1 + ["NRW.Global Business ist zuständig"])
B.add("en", "tokyo", "support",
      "what does the tokyo side actually offer german companies under this NRW partnership?",
      [["introduc", "紹介", "Vermittlung", "match"], ["trade fair", "展示会", "Messe", "event", "showroom"]],
      kind="answer", none=R1)

# ======================= company – NRW side =======================
B.add("ja", "nrw", "company", "GmbHの資本金は最低いくら？半分だけ払えばいいって本当？", [GMBH_CAP, GMBH_HALF],
      kind="answer", none=R1)
B.add("en", "nrw", "company", "how much capital for a gmbh in cologne? we're a small team from osaka", [GMBH_CAP],
      kind="answer", none=R1)
B.add("ja", "nrw", "company", "ドイツの公証人のところ、ドイツ語わからなくても大丈夫？通訳いる？",
      [["通訳", "interpreter", "Dolmetscher", "翻訳", "translator", "Übersetz"]], kind="answer", none=R1)
B.add("en", "nrw", "company", "what's a UG and is it really just 1 euro? (düsseldorf)",
      [UG_CAP, ["25%", "25 %", "25 Prozent", "quarter", "reserve", "Rücklage", "積立", "4分の1"]], kind="answer",
      none=R1)
B.add("de", "nrw", "company",
      "Können wir die GmbH in Düsseldorf komplett online beim Notar gründen – auch mit Sacheinlage?",
      [["2023", "Sacheinlage", "DiREG"], ["Video", "online", "Online"]], kind="answer", none=R1)
B.add("ja", "nrw", "support", "NRWで日系企業を支援してくれる機関はどこですか？",
      [["NRW Japan", "NRWジャパン", "NRW.Global", "NRW・グローバル"]], kind="answer", none=R1)
B.add("ja", "nrw", "company", "ドイツで初めて従業員を雇います。何が必要？",
      [["Betriebsnummer", "事業所番号"], ["Krankenkasse", "健康保険", "社会保険", "Sozialversicherung"]],
      kind="answer", none=R1)
B.add("de", "nrw", "company", "Mindestlohn 2026? wir stellen Aushilfen in Neuss ein", [MINWAGE_DE], kind="answer",
      none=R1)
B.add("en", "nrw", "support", "we want to exhibit at a trade fair in düsseldorf, who helps small japanese companies?",
      [["Messe Düsseldorf", "NRW.Global", "NRW Japan", "JETRO"]], kind="answer", none=R1)
B.add("ja", "nrw", "support", "Essenで現地の大学やスタートアップとつながりたい",
      [["NRW.Global", "NRW Japan", "NRWジャパン", "NRW・グローバル"]], none=R1)
B.add("en", "nrw", "residence",
      "does my japanese staff need a visa for germany or can they just fly in and start working in düsseldorf?",
      [["visa-free", "without a visa", "visumfrei", "no visa", "ビザなし", "ビザ不要", "visa free"],
       ["residence permit", "residence title", "Aufenthaltstitel", "Aufenthaltserlaubnis", "Ausländerbehörde",
        "foreigners' office", "immigration office", "在留許可", "滞在許可"]], kind="answer", none=R1)
B.add("de", "nrw", "company",
      "ist unsere japanische GmbH in Düsseldorf automatisch IHK-Mitglied oder müssen wir beitreten?",
      [["Gesetz", "gesetzlich", "automatisch", "Pflicht", "by law", "automatic"]], kind="answer", none=R1)
B.add("en", "nrw", "company", "branch or GmbH for our first office in düsseldorf? we're a japanese parts maker",
      [["Zweigniederlassung", "branch", "支店", "Niederlassung"], ["GmbH"]], kind="answer", none=R1)
B.add("ja", "nrw", "support", "Kölnで見本市に出たい。どんなメッセがある？",
      [["Koelnmesse", "ケルンメッセ", "Kölnmesse", "Messe Köln", "ケルン・メッセ"]], kind="answer", none=R1)
B.add("en", None, "support", "who signed the MoU on the NRW side? and is that ministry still called that?",
      [["Innovation, Digitali", "MWIDE", "Wirtschaft, Innovation"],
       ["Industry, Climate", "Industrie, Klimaschutz", "MWIKE", "Climate Action", "Climate Protection"]],
      kind="answer")
B.add("ja", None, "support", "東京とNRWの覚書っていつまで有効なの？",
      [["2023"], ["自動", "延長", "更新"]], kind="answer")
B.add("tr", "nrw", "company", "Düsseldorf'ta GmbH kurmak için noter şart mı?", [["notary", "Notar", "noter"]],
      kind="answer", none=R1)
B.add("fr", "nrw", "company", "quel est le capital minimum pour une GmbH à Düsseldorf ?", [GMBH_CAP],
      kind="answer", none=R1)
B.add("ko", "nrw", "company", "뒤셀도르프에서 GmbH 설립 최소 자본금이 얼마예요?", [GMBH_CAP], kind="answer", none=R1)
B.add("zh", "tokyo", "company", "在东京成立株式会社最少需要多少资本金？如果我要申请经营管理签证呢？",
      [KK_MIN, BM_CAP + ["3000万日元", "3,000万日元"]], kind="answer", none=R1)

# ======================= daily life – Tokyo (German families) =======================
B.add("en", "tokyo", "daily-life", "how does garbage work in shibuya? our bags keep getting left behind 😅",
      [["burnable", "combustible", "可燃", "燃やす", "燃える"],
       ["collection day", "calendar", "schedule", "収集日", "カレンダー", "specific day"]], kind="answer", none=R1)
B.add("de", "tokyo", "daily-life", "wie funktioniert mülltrennung in tokyo? wir wohnen in minato",
      [["brennbar", "burnable", "可燃", "燃やす", "combustible"], ["Bezirk", "ward", "区", "Minato"]],
      kind="answer", none=R1)
B.add("en", "tokyo", "residence", "we just landed, do we have to register somewhere? living in nakano now",
      [DAYS14, ["ward office", "区役所", "city office", "Nakano"]], kind="answer", none=R1)
B.add("de", "tokyo", "healthcare",
      "ist meine frau in tokyo mitversichert, wenn sie nicht arbeitet? ich bin bei einer japanischen GK angestellt",
      [["扶養", "mitversichert", "Familienversicherung", "dependent", "Angehörige", "familienversichert"]],
      kind="answer", none=R1)
B.add("en", "tokyo", "healthcare", "pregnant in tokyo 🤰 – what do we do first? the clinic confirmed it",
      [["母子健康手帳", "母子手帳", "Boshi", "Mother and Child", "mother-child", "maternal and child"],
       ["pregnancy notification", "妊娠届", "ward office", "区役所", "health center", "保健"]], kind="answer", none=R1)
B.add("de", "tokyo", "healthcare", "schwanger in tokyo – gibt es dort so was wie den mutterpass?",
      [["母子健康手帳", "母子手帳", "Boshi", "Mutter-Kind", "Mother and Child"]], kind="answer", none=R1)
B.add("en", "tokyo", "healthcare", "how much does giving birth cost in tokyo, does insurance pay anything?",
      [BIRTH_LUMP, ["lump-sum", "lump sum", "一時金", "childbirth", "出産育児"]], kind="answer", none=R1)
B.add("en", "tokyo", "schooling", "daycare in tokyo seems impossible?? whats the process for a licensed hoikuen",
      [["認可", "licensed", "ninka", "authorized", "certified"], ["ward", "区役所"], ["waiting", "待機", "wait"]],
      kind="answer", none=R1)
B.add("de", "tokyo", "schooling", "gibt es eine deutsche schule in tokyo?",
      [["Deutsche Schule Tokyo Yokohama", "DSTY", "東京横浜独逸学園"]], kind="answer", none=R1)
B.add("en", "tokyo", "daily-life", "can i drive in tokyo with my german licence?",
      [["translation", "Übersetzung", "翻訳", "JAF"], ONE_YEAR], kind="answer", none=R1)
B.add("en", "tokyo", "housing", "renting in tokyo: what's key money and do we need a guarantor??",
      [["礼金", "key money", "reikin"], ["保証", "guarantor", "guarantee company", "guarantee"]], kind="answer",
      none=R1)
B.add("ja", "tokyo", "residence", "ドイツに帰国するとき、区役所で何をすればいい？（江東区）",
      [["転出届", "転出"]], kind="answer", none=R1)
B.add("en", "tokyo", "healthcare", "annual health check – is my employer in japan supposed to do that?",
      [["健康診断", "health check", "medical check", "checkup", "check-up", "examination"],
       ANNUAL + ["once every year", "each year"]], kind="answer", none=R1)
B.add("de", "tokyo", "daily-life", "wir bringen unseren hund aus deutschland mit nach tokyo – wie melde ich ihn dort an?",
      [["30 Tage", "30 Tagen", "30 days", "30日"], ["Tollwut", "rabies", "狂犬病"]], kind="answer", none=R1)
B.add("en", "tokyo", "healthcare", "is there a hotline in tokyo for 'should i go to hospital or not'? pref english",
      [["#7119", "7119", "03-3212-2323"]], kind="answer", none=NO_TK)
B.add("en", "tokyo", "daily-life", "child allowance in japan for foreigners? we're in bunkyo",
      [["児童手当", "child allowance", "jido teate", "child benefit"], ["ward", "区役所", "city office", "Bunkyo"]],
      kind="answer", none=R1)
B.add("tr", "tokyo", "daily-life", "tokyo'da çöpler nasıl ayrılıyor?",
      [["burnable", "combustible", "可燃", "燃やす", "yanıcı"]], kind="answer", none=R1)

# ======================= daily life – NRW (Japanese families) =======================
B.add("ja", "nrw", "residence", "Düsseldorfに引っ越しました。住民登録はどうすれば？",
      [["Anmeldung", "アンメルドゥング", "住民登録", "Bürgerbüro", "Bürgeramt", "市民"], DAYS14],
      kind="answer", none=R1)
B.add("ja", "nrw", "daily-life", "Essenに住んでるけど、ゴミの分別が複雑すぎる😂",
      [["Gelbe", "gelbe", "黄色"], ["Restmüll", "Bio", "Papier", "紙", "生ごみ"]], kind="answer", none=R1)
B.add("en", "nrw", "daily-life", "got a letter about 'Rundfunkbeitrag' in krefeld, do we really have to pay that?",
      [RUNDFUNK], kind="answer", none=R1)
B.add("ja", "nrw", "daily-life", "ドイツで子ども手当（Kindergeld）ってもらえますか？ボン在住です",
      [["Familienkasse", "家族金庫", "ファミリエンカッセ", "家族手当金庫"]], kind="answer", none=R1)
B.add("ja", "nrw", "healthcare", "Kölnで妊娠がわかりました。まず何をすれば？",
      [["Mutterpass", "母子手帳", "ムッターパス", "マザーパス"],
       ["Hebamme", "助産師", "Frauenarzt", "産婦人科", "婦人科"]], kind="answer", none=R1)
B.add("en", "nrw", "healthcare", "whats mutterschutz and how long is it? i work in bochum",
      [["6 weeks", "six weeks", "6 Wochen", "sechs Wochen"], ["8 weeks", "eight weeks", "8 Wochen", "acht Wochen"]],
      kind="answer", none=R1)
B.add("ja", "nrw", "healthcare", "ドイツで出産したら出生届はどこに出す？日本にも届けるの？（デュッセルドルフ）",
      [["Standesamt", "戸籍役場", "シュタンデスアムト", "身分登録"], ["総領事館", "領事館", "大使館"]],
      kind="answer", none=R1)
B.add("en", "nrw", "schooling", "does my kid need a vaccination proof for kita in münster? measles?",
      [["Masern", "measles"], ["Nachweis", "proof", "certificate"]], kind="answer", none=R1)
B.add("ja", "nrw", "schooling", "デュッセルドルフの日本人学校について教えて",
      [["日本人学校", "Japanische Internationale Schule", "JISD"]], kind="answer", none=R1)
B.add("en", "nrw", "daily-life", "is the deutschlandticket worth it? how much is it now", [DTICKET],
      kind="answer", none=R1)
B.add("ja", "nrw", "daily-life", "日本の免許をドイツの免許に書き換えたい（ボーフム在住）",
      [MONTHS6, ["Führerscheinstelle", "Straßenverkehrsamt", "翻訳", "Übersetzung", "免許"]], kind="answer", none=R1)
B.add("ja", "nrw", "daily-life", "Kölnで犬を飼うとき、何か届け出いる？",
      [["Hundesteuer", "犬税"], ["Haftpflicht", "賠償責任", "保険"]], kind="answer", none=R1)
B.add("en", "nrw", "housing", "landlord in cologne wants 4 months deposit, is that even allowed?",
      [["three", "3 months", "3 net", "drei", "3 Monats", "3 Kalt", "3 monthly", "3x"]], kind="answer", none=R1)
B.add("ja", "nrw", "residence", "帰国するときドイツでやる手続きは？Abmeldungって必要？（デュッセルドルフ）",
      [DAYS14, ["1週間前", "一週間前", "7日前", "eine Woche vor", "one week before"]], kind="answer", none=R1)
B.add("en", "nrw", "schooling", "how do kita registrations work in essen? is there an online portal or do we go somewhere",
      [["Jugendamt", "Kita-Navigator", "Kita Navigator", "portal", "Portal", "online"]], kind="answer", none=R1)
B.add("en", "nrw", "residence", "we moved to essen last week, what do we have to do first?",
      [["Anmeldung", "register", "registration", "Bürgeramt", "Bürgerbüro"]], kind="answer", none=R1)
B.add("zh", "nrw", "schooling", "我们住在杜塞尔多夫，孩子可以上日本学校或者国际学校吗？",
      [["Japanische Internationale Schule", "Japanese International School", "日本人学校", "JISD", "International School",
        "ISD"]], kind="answer", none=R1)
B.add("es", "nrw", "residence", "¿cómo registro mi domicilio en colonia? llegué hace 3 días",
      [["Anmeldung", "Bürgeramt", "Kundenzentrum", "registration", "register"], DAYS14], kind="answer", none=R1)
B.add("de", "nrw", "residence",
      "Mein japanischer Mann arbeitet bei einer Firma in Düsseldorf – ich bin auch Japanerin, darf ich hier arbeiten?",
      [["Ausländerbehörde", "Aufenthaltserlaubnis", "Aufenthaltstitel"]], kind="answer", none=R1)

if __name__ == "__main__":
    import json, sys
    validate(B.cases, B.home)
    out = {"set": "probe2-tokyo-nrw", "writtenBy": "probe2 helper session (blind), 2026-11-30", "cases": B.cases}
    path = sys.argv[1] if len(sys.argv) > 1 else "probe2-tokyo-nrw.json"
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(path, len(B.cases))
