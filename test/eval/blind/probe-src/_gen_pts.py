import json
RQ = ["どの地域","Welche Region","which region","Quelle région","Quelle ville","quelle région","which city","どちらの地域"]
UNS = {"tr","ko","zh","es","vi","it","pt"}
def L(lang):
    return ["en", lang] if lang in UNS else [lang]
def T(text, lang, all=None, none=None, kind="answer", rq=True):
    e = {"kind": kind, "language": L(lang)} if kind else {"language": L(lang)}
    if all: e["all"] = all
    n = list(none or [])
    if rq and kind in ("answer","smalltalk","handover","emergency",None): n += RQ
    if n: e["none"] = n
    return {"text": text, "expect": e}
cases = []
def C(lang, region, topic, *turns):
    cases.append({"id": "", "lang": lang, "region": region, "topic": topic, "turns": list(turns)})

N8000 = ["#8000","＃8000","# 8000"]
IRYO = ["059-229-1199","0592291199","229-1199","医療ネットみえ","Iryo Net Mie","Iryo-Net Mie","救急医療情報センター","Emergency Medical Information Center"]
D14 = ["14日","14 jours","quatorze jours","14 days","fourteen days"]
M3 = ["3か月","3ヶ月","3カ月","三か月","３か月","3 か月","3 mois","trois mois","3 months","three months","3 meses","três meses"]

# ---------------- Tsu: living ----------------
C("fr","tsu","registration",
  T("Je viens de m'installer à Tsu, je dois m'enregistrer où et dans quel délai ?", "fr", [D14, ["mairie","hôtel de ville","市役所","Tsu City Hall","City Office","bureau municipal","administration"]]))
C("fr","tsu","child-fever-night",
  T("Mon fils a 39 de fièvre cette nuit à Tsu, que faire ?", "fr", [N8000+["8000","059-232-9955","0592329955"]], none=["116117","SAMU"], kind=None))
C("en","tsu","doctor-night",
  T("which clinic is open tonight near Hisai, Tsu?", "en", [IRYO]))
C("fr","tsu","doctor-night",
  T("Où trouver un médecin la nuit à Tsu ?", "fr", [IRYO]),
  T("et pour un enfant ?", "fr", [N8000+["8000","059-232-9955","0592329955"]]))
C("en","tsu","waste",
  T("garbage in Tsu — do I need special city garbage bags?", "en", [["transparent","semi-transparent","see-through","clear","translucent"]]))
C("fr","tsu","waste",
  T("Comment trier les déchets à Tsu ?", "fr", [["calendrier","calendar","カレンダー","application","appli","さんあーる","Sanaru"]]),
  T("faut-il des sacs spéciaux ?", "fr", [["transparent","translucide","semi-transparent","transparents"]]))
C("fr","tsu","support",
  T("Il y a un centre d'aide pour les étrangers à Tsu ?", "fr", [["MIEF","三重県国際交流財団","Mie International Exchange Foundation","MieCo","Fondation d'échanges internationaux de Mie"]]),
  T("c'est où ?", "fr", [["Ast Tsu","アスト津","AST","Hadokoro","羽所"]]))
C("en","tsu","daycare",
  T("daycare (hoikuen) in Tsu for our 2yo, how do we apply?", "en", [["hoikuen","保育","nursery","daycare","day care"],["Tsu City","city hall","市役所","children","こども","City Office"]]))
C("fr","tsu","housing",
  T("Louer un appart à Tsu : c'est quoi shikikin et reikin ?", "fr", [["caution","dépôt","shikikin","敷金"],["reikin","礼金","clé","remerciement","key money"]]))
C("fr","tsu","driving",
  T("Je peux conduire avec mon permis français à Tsu ?", "fr", [["traduction","translation","JAF"]]))
C("en","tsu","emergency",
  T("car accident on route 23 in Tsu, someone injured!!", "en", [["119"]], none=["116117","144"], kind="emergency"))
C("fr","tsu","emergency",
  T("Mon mari ne respire plus, on est à Tsu !", "fr", [["119"]], none=["SAMU","144"], kind="emergency"))
C("fr","tsu","health-insurance",
  T("Quelle assurance maladie au Japon si je travaille pour une PME à Tsu ?", "fr", [["健康保険","Kenko","assurance santé","assurance maladie","国民健康保険","Kokumin","shakai"]]))
C("en","tsu","pregnancy",
  T("pregnant, we live in Tsu. what do I need to do at the city?", "en", [["Maternal and Child Health Handbook","母子健康手帳","boshi","mother-child","mother and child","maternal"]]))
C("fr","tsu","trade-fair",
  T("Salon professionnel à Mie pour présenter nos produits ?", "fr", [["Messe Wing","メッセウイング","salon","exposition"]]))

# ---------------- Paris (mostly ja) ----------------
C("ja","paris","company-capital",
  T("パリでSAS作る時の資本金っていくら必要？", "ja", [["1ユーロ","1 ユーロ","1€","1 €","１ユーロ","一ユーロ"]]))
C("ja","paris","school",
  T("パリで子どもの学校、何歳から義務？", "ja", [["3歳","三歳","３歳"]]))
C("ja","paris","housing-deposit",
  T("パリで家具付きアパート借りる。敷金（dépôt de garantie）は？", "ja", [["2か月","2ヶ月","2カ月","二か月","２か月","2 か月"]]),
  T("家具なしなら？", "ja", [["1か月","1ヶ月","1カ月","一か月","１か月","1 か月"]]))
C("ja","paris","emergency",
  T("パリのホテルで夫が倒れた！", "ja", [["112","15","SAMU"]], none=["119","144"], kind="emergency"))
C("en","paris","visa",
  T("visa to set up a company in Paris as a Japanese founder?", "en", [["Passeport Talent","Talent passport","passeport talent","Talent"]]))
C("fr","paris","visa",
  T("Titre de séjour pour un investisseur japonais à Paris ?", "fr", [["Passeport Talent","passeport talent","Talent"]]),
  T("combien de temps il est valable ?", "fr", [["4 ans","quatre ans"]]),
  T("et ma famille ?", "fr", [["conjoint","enfants","famille"]]))
C("ja","paris","support",
  T("パリ地域で進出支援してくれる機関は？津市の会社です", "ja", [["Choose Paris Region","チューズ・パリ・リージョン","チューズパリリージョン","ARD","パリ地域経済開発局"]]))
C("ja","paris","school-registration",
  T("パリ15区に住んでる。幼稚園（maternelle）の申し込みはどこ？", "ja", [["区役所","mairie","マリー","区庁舎","市役所"]]))
C("ja","paris","trade-fair",
  T("Parisで航空宇宙の展示会ってある？", "ja", [["ル・ブルジェ","Le Bourget","パリ航空ショー","Paris Air Show","Salon du Bourget","ルブルジェ"]]))
C("ja","paris","banking",
  T("パリで銀行口座開くのに何がいる？", "ja", [["住所証明","justificatif de domicile","居住証明","住所を証明"]]))
C("en","paris","health-insurance",
  T("health insurance in France for my family after moving to Paris?", "en", [["Carte Vitale","CPAM","Assurance Maladie","sécurité sociale","Securite sociale"]]))
C("ja","paris","company-registration",
  T("フランスで会社登記はどこでやる？パリに子会社", "ja", [["INPI","guichet unique","ギシェ・ユニーク","ワンストップ","一元窓口"]]))

# ---------------- Geneva (mostly ja) ----------------
C("ja","geneva","registration",
  T("ジュネーブに引っ越したら住民登録いつまで？", "ja", [["14日"],["OCPM","州人口移民局","人口・移民局","人口移民局"]]))
C("ja","geneva","health-insurance",
  T("ジュネーブで健康保険は入らなきゃダメ？", "ja", [M3, ["LAMal","義務"]]))
C("ja","geneva","company-capital",
  T("Genèveで有限会社（Sàrl）作るには資本金いくら？", "ja", [["2万","20,000","20'000","20000","20 000","２万"]]),
  T("SAだと？", "ja", [["10万","100,000","100'000","100000","100 000","１０万"],["5万","50,000","50'000","50000","50 000","５万"]]))
C("en","geneva","emergency",
  T("someone is unconscious at Plainpalais, Geneva!", "en", [["144"]], none=["119","SAMU"], kind="emergency"))
C("fr","geneva","child-fever-night",
  T("Mon enfant a de la fièvre cette nuit à Genève, pas d'urgence vitale", "fr", [["116 117","116117","0800 116 117"]], none=["#8000"], kind=None))
C("ja","geneva","support",
  T("ジュネーブの産業振興機構ってどこ？", "ja", [["OPI"]]))
C("en","geneva","startup",
  T("startup incubator in Geneva for a Tsu cleantech SME?", "en", [["FONGIT","Fongit"]]))
C("en","geneva","school",
  T("international school in Geneva for a 10 year old?", "en", [["Ecolint","International School of Geneva","École Internationale de Genève","Ecole Internationale de Geneve"]]))
C("ja","geneva","permit",
  T("日本人がジュネーブで働くための許可は？", "ja", [["B許可","Bパーミット","permis B","L許可","permis L","滞在許可","就労許可","B permit","L permit"]]))
C("ja","geneva","registration",
  T("ジュネーブ着いた。住民登録は？", "ja", [["14日"]]),
  T("それはオンラインでできる？", "ja", [["オンライン","online","en ligne","ウェブ","フォーム"]]))

# ---------------- agreements (seed) ----------------
C("ja","paris","agreement",
  T("津市がパリ地域と協定結んだのはいつ？", "ja", [["2012","平成24"],["11月20日","11月20"]]))
C("en","geneva","agreement",
  T("when did Tsu sign with OPI Geneva?", "en", [["21 November 2012","November 21, 2012","Nov 21, 2012","2012"]]))
C("fr","paris","agreement",
  T("Quels secteurs couvre l'accord entre Tsu et la région parisienne ?", "fr", [["mécatronique","mechatronics","メカトロニクス"],["aérospatial","aéronautique","aerospace","航空宇宙"]]))
C("ja","geneva","agreement",
  T("ジュネーブとの協定の重点分野は？", "ja", [["クリーンテック","cleantech","メカトロニクス"]]))
C("en","geneva","agreement",
  T("what came out of the 2012 Tsu mission to Geneva?", "en", [["SRB"],["Renaissance 5","ルネサンス5","Renaissance5","ルネサンス５"]]))
C("fr","tsu","agreement",
  T("C'est quoi l'ARD dans l'accord avec Tsu ?", "fr", [["Agence Régionale de Développement","Agence régionale de développement"],["Choose Paris Region","Paris Region"]]))

# ---------------- follow-ups switching place ----------------
C("fr","paris","company-capital",
  T("Quel capital minimum pour une SAS à Paris ?", "fr", [["1 euro","1 €","1€","un euro"]]),
  T("et pour Genève ?", "fr", [["20 000","20'000","20000","20.000","100 000","100'000","100000"]]))
C("ja","geneva","emergency-numbers",
  T("ジュネーブの救急車の番号は？", "ja", [["144"]]),
  T("パリは？", "ja", [["15","112","SAMU"]]))
C("en","tsu","registration",
  T("I moved to Tsu from Lyon, what must I do at the city office?", "en", [D14]),
  T("do I need an appointment?", "en", [["appointment","reservation","予約","no appointment","not necessary","walk"]], none=["doctor","clinic"]))

# ---------------- handover ----------------
C("fr","paris","handover",
  T("Je voudrais parler à quelqu'un, notre PME de Tsu veut exposer à Paris", "fr", kind="handover"))
C("en","geneva","handover",
  T("connect me with a person for Geneva please, we want to partner with a local firm", "en", kind="handover"))
C("ja","paris","handover",
  T("担当者に繋いで。Parisに進出したい", "ja", kind="handover"))
C("fr","tsu","handover",
  T("Salon à Tsu pour nous ?", "fr", [["Messe Wing","メッセウイング","salon","exposition"]]),
  T("Quelqu'un peut me rappeler ?", "fr", kind="handover"))

# ---------------- smalltalk / out-of-scope / clarify ----------------
C("fr",None,"smalltalk", T("Bonjour", "fr", kind="smalltalk"))
C("ja",None,"smalltalk", T("こんにちは！", "ja", kind="smalltalk"))
C("fr","geneva","smalltalk",
  T("Délai pour l'assurance maladie à Genève ?", "fr", [M3]),
  T("merci beaucoup !", "fr", kind="smalltalk"))
C("fr",None,"out-of-scope", T("Quel temps fera-t-il à Genève demain ?", "fr", kind="out-of-scope", none=["OCPM","LAMal"]))
C("en",None,"out-of-scope", T("who won the PSG game yesterday", "en", kind="out-of-scope"))
C("ja",None,"out-of-scope", T("津でおいしい鰻屋さん教えて", "ja", kind="out-of-scope"))
C("en",None,"clarify", T("i want to set up a company, where do i start?", "en", kind="clarify-region", rq=False))
C("fr",None,"clarify", T("Comment trouver une crèche ?", "fr", kind="clarify-region", rq=False))
C("ja",None,"clarify", T("住民登録はどうすればいい？", "ja", kind="clarify-region", rq=False))

# ---------------- unsupported languages ----------------
C("es","paris","company-capital", T("¿Cuál es el capital mínimo para una SAS en París?", "es", [["1 euro","1 €","1€","un euro"]]))
C("pt","geneva","health-insurance", T("Quanto tempo tenho para fazer o seguro de saúde em Genebra?", "pt", [M3]))
C("zh","tsu","waste", T("津市扔垃圾需要专用袋吗？", "zh", [["transparent","semi-transparent","透明","半透明","clear"]], none=["です。","ください。"]))
C("it","geneva","emergency-numbers", T("Numero per l'ambulanza a Ginevra?", "it", [["144"]]))
C("vi","tsu","child-fever-night", T("Ở Tsu con tôi bị sốt ban đêm, gọi số nào?", "vi", [N8000+["8000"]], kind=None))


# ---------------- more multi-turn ----------------
C("fr","tsu","school",
  T("Je travaille à Tsu, mes enfants (6 et 9 ans) peuvent aller à l'école publique ?", "fr", [["école","学校","public","publique","小学校"]]),
  T("et l'inscription, c'est où ?", "fr", [["教育委員会","Board of Education","commission scolaire","mairie","市役所","bureau de l'éducation","City Office","City Hall"]]))
C("ja","paris","company-setup",
  T("パリで会社設立、何から始める？", "ja", [["statuts","定款"]]),
  T("期間はどのくらい？", "ja", [["週","日","か月","ヶ月","カ月"]], none=["営業時間"]))
C("en","geneva","company-capital",
  T("we're opening a Sàrl in Geneva, minimum capital?", "en", [["20,000","20'000","20000","20 000","20.000"]]),
  T("does it need to be fully paid in?", "en", [["fully","entirely","in full","100%","whole"]]))
C("fr","tsu","pregnancy",
  T("Ma femme est enceinte, on habite à Tsu", "fr", [["母子健康手帳","carnet de santé mère-enfant","carnet mère-enfant","Boshi","carnet de santé maternelle","mère et enfant"]]),
  T("il existe en français ?", "fr", [["français","French","フランス語","multilingue","langues","version"]]))
C("ja","geneva","health-insurance",
  T("ジュネーブで家族の健康保険、子どもも入る？", "ja", [M3]),
  T("入らなかったらどうなる？", "ja", [["職権","強制","自動","d'office","割り当て","指定","州が"]]))
C("en","tsu","support",
  T("where is the foreign residents support center in Tsu?", "en", [["MIEF","Mie International Exchange Foundation","MieCo","三重県国際交流財団"]]),
  T("phone number?", "en", [["059-223-5006","0592235006","223-5006"]]))
C("fr","paris","school",
  T("Mon fils a 3 ans, on arrive à Paris 11e", "fr", [["maternelle"]]),
  T("c'est obligatoire ?", "fr", [["obligatoire"],["3 ans","trois ans"]]))
C("ja","geneva","startup",
  T("ジュネーブの起業支援機関は？", "ja", [["FONGIT","OPI","FAE"]]),
  T("場所は？", "ja", [["Plan-les-Ouates","プラン・レ・ズアット","プラン＝レ＝ズアット","プランレズアット","Stellar"]]))
C("en","paris","support",
  T("Paris Region agency that helps Japanese SMEs land?", "en", [["Choose Paris Region"]]),
  T("is that the same as the ARD from the Tsu agreement?", "en", [["ARD","Paris Region Entreprises","Agence Régionale de Développement","formerly","previously","successor"]]))
C("ko","paris","company-capital", T("파리에서 SAS 설립 최소 자본금은 얼마예요?", "ko", [["1 euro","1 €","1€","1유로","one euro"]]))

for i, c in enumerate(cases, 1):
    c["id"] = f"PTS{i:03d}"
out = {"set": "probe-tsu", "writtenBy": "probe helper", "cases": cases}
json.dump(out, open("/work/probe/probe-tsu.json","w"), ensure_ascii=False, indent=1)
print(len(cases), sum(1 for c in cases if len(c["turns"])>1))
