import json
cases=[]
n=[0]
def nid():
    n[0]+=1; return "B3TN%03d"%n[0]
RQ=["which region","Welche Region","どの地域","Quelle région","どちらの地域","welcher Region","Which region"]
def L(lang):
    return [lang] if lang in ("ja","de","en","fr") else ["en",lang]
def A(lang,region,topic,text,all_=None,none=None,kind="answer"):
    e={"language":L(lang)}
    if kind: e["kind"]=kind
    if all_: e["all"]=all_
    if none: e["none"]=none
    cases.append({"id":nid(),"lang":lang,"region":region,"topic":topic,"turns":[{"text":text,"expect":e}]})
def M(lang,region,topic,turns):
    ts=[]
    for t in turns:
        if isinstance(t,str): ts.append({"text":t})
        else:
            text,all_,none=t
            e={"kind":"answer","language":L(lang)}
            if all_: e["all"]=all_
            if none: e["none"]=none
            ts.append({"text":text,"expect":e})
    cases.append({"id":nid(),"lang":lang,"region":region,"topic":topic,"turns":ts})

# figure groups
KK1=["1円","1 円","一円","1 yen","1 Yen","¥1","1 JPY","one yen","ein Yen"]
KKTAX=["15万","150,000","150.000","150000","150 000"]
GKTAX=["6万","60,000","60.000","60000","60 000"]
NOTFEE=["3万","5万","30,000","50,000","30.000","50.000","30000","50000"]
STAMP=["4万","40,000","40.000","40000"]
BMV=["Business Manager","経営・管理","経営管理","Business/Manager","business manager","Business-Manager","Geschäftsführer-Visum","Keiei"]
BM30=["3,000万","3000万","3千万","30 million","30,000,000","30.000.000","30 Millionen","30 Mio","30 Mio."]
G25=["25,000","25.000","25000","25 000","2万5000","2万5千","２万５千"]
G125=["12,500","12.500","12500","12 500","1万2500","1万2千500","Hälfte","half"]
UG1=["1 Euro","1 euro","1 €","1€","€1","EUR 1","ein Euro","one euro","1ユーロ","1 ユーロ","1,00"]
D14J=["14日","１４日","14 日","2週間","二週間"]
D14E=["14 days","14-day","fourteen days","two weeks","2 weeks"]
D14D=["14 Tage","14 Tagen","zwei Wochen","2 Wochen","vierzehn Tage"]
NO_TOKYO_LIFE=["区役所","ward office","#7119"]
NO_NRW_LIFE=["Bürgeramt","116117","Wohnungsgeberbestätigung"]
TOKYO_OFFICE=["産業労働局","Bureau of Industrial and Labor Affairs","Industrial and Labor Affairs","商工部","Commerce and Industry","Tokyo Metropolitan Government","東京都","Tokyoter Stadtregierung","Stadtregierung Tokio","TMG"]
NRW_OFFICE=["NRW.Global","NRW Global","NRW Japan","NRWジャパン"]

# ---------------- company founding: Tokyo
A("ja","tokyo","company-capital","東京でKK作るのに資本金っていくら必要？",[KK1])
A("de","tokyo","company-capital","wie viel stammkapital brauch ich für ne KK in tokio??",[KK1])
A("en","tokyo","company-cost","what does registering a godo kaisha in tokyo cost? registration tax?",[GKTAX])
A("de","tokyo","company-notary","KK gründen in Tokyo – was kostet die Beglaubigung der Satzung beim Notar?",[NOTFEE])
A("ja","tokyo","company-cost","株式会社の登録免許税って最低いくら？港区で設立予定です",[KKTAX])
A("en","tokyo","company-notary","do we need a notary for a GK in tokyo or is that only a KK thing?",[["notar","公証"],["KK","Kabushiki","kabushiki","株式会社"]])
A("en","tokyo","visa","which visa do i need to run my own company in shibuya?",[BMV,BM30])
A("de","tokyo","visa","Welches Visum brauche ich als Geschäftsführer einer neuen Firma in Tokio und wie viel Kapital wird verlangt?",[BMV,BM30])
A("ja","tokyo","visa","経営管理ビザ、常勤の職員を雇わないとダメになったって本当？東京",[["1名","1人","一人","１名","1 名"],["常勤"]])
A("en","tokyo","tax-office","registered our KK in minato. what do we have to file with the tax office and by when?",[["法人設立届","notification of incorporation","Notification of Incorporation","establishment notification","Notification of Establishment","notification of establishment","incorporation notification"],["two months","2 months","2か月","two-month"]])
A("de","tokyo","tax-office","Steuerliche Meldungen nach der KK-Gründung in Tokyo – welche Fristen gibt es?",[["2 Monat","zwei Monat","2か月","two months"],["Steueramt","税務署","tax office","Zeimusho","Finanzamt"]])
A("ja","tokyo","tax-office","新宿区で法人つくったら都税事務所にも届け出いるの？区役所は？",[["都税事務所"],["設立届","設立・設置","法人設立"]],["Finanzamt"])
A("de","tokyo","document-language","In welcher Sprache muss die Satzung für unsere KK in Japan sein? Reicht Englisch?",[["Japanisch","japanisch","Japanese","日本語"]])
A("en","tokyo","company-cost","paper vs electronic articles of incorporation in tokyo – is there a stamp duty difference?",[STAMP])
A("ja","tokyo","company-cost","定款って電子にすると安くなる？東京で株式会社",[STAMP+["印紙"]])
A("en","tokyo","company-cost","registration license tax for a GK with 5m yen capital in chiyoda?",[GKTAX])
A("de","tokyo","legal-form","KK oder GK – was passt besser für eine deutsche Tochter in Tokio?",[["KK","Kabushiki","株式会社"],["GK","Godo","合同会社"]])
A("en","tokyo","support-org","where can a german SME get free help setting up in tokyo? is there some one-stop center",[["Business Development Center","BDCT","One-Stop","One-stop","one-stop","TOSBEC"]])
A("de","tokyo","support-org","Gibt es in Tokio eine Anlaufstelle der Stadt für ausländische Gründer?",[["Business Development Center","BDCT","One-Stop","TOSBEC","Startup","Gründer"]])
A("en","tokyo","support-org","which tokyo government office do i contact as a company from NRW?",[TOKYO_OFFICE],["Wirtschaftsförderung Düsseldorf","IHK Düsseldorf"])
A("de","tokyo","trade-fair","Wir sind ein Mittelständler aus Bielefeld und wollen auf eine Messe in Tokyo. Wer hilft uns?",[["AHK","Deutsche Industrie- und Handelskammer in Japan","Außenhandelskammer","German Chamber","JETRO"]])
A("en","tokyo","trade-fair","trade fairs in tokyo for our machinery – who organises german pavilions?",[["AHK","German Chamber of Commerce","Deutsche Industrie- und Handelskammer","JETRO","Big Sight"]])
A("ja","tokyo","support-org","東京でドイツ企業をサポートしてくれる機関ってどこ？",[["AHK","ドイツ商工会議所","在日ドイツ商工会議所","ジェトロ","JETRO","Business Development Center","BDCT","産業労働局"]])
A("ja","tokyo","checklist","東京で子会社設立するためのチェックリスト作って",[["定款"],["法務局","登記"],["税務署","届出"]],["Handelsregister"])
A("de","tokyo","investors","Wie lernt ein deutsches Start-up in Tokio Investoren kennen?",[["Investor","投資家","Kapitalgeber","VC"]])
A("de","tokyo","universities","Hochschulkooperation in Tokio – wie finden wir eine Uni als Partner?",[["Universität","Hochschule","University","大学","Uni"]])
A("en","tokyo","company-seal","do i need a hanko for our KK in tokyo??",[["seal","印鑑","hanko","Hanko","inkan","印"]])
# ---------------- company founding: NRW
A("ja","nrw","company-capital","KölnでGmbH作りたい、資本金いくら？",[G25])
A("en","nrw","company-capital","how much capital for a gmbh in dusseldorf and how much has to be paid in at the start?",[G25,G125])
A("de","nrw","company-capital","GmbH-Gründung in Münster: wie viel muss vor der Eintragung eingezahlt sein?",[G125])
A("de","nrw","notary-language","Muss ich beim Notar in Essen Deutsch sprechen? Ich kann nur Englisch und Japanisch.",[["Dolmetscher","Übersetzer","übersetzt","Übersetzung"]])
A("en","nrw","notary-language","do I need to speak german at the notary when founding a gmbh in bonn?",[["interpreter","translator","translated","translation","Dolmetscher"]])
A("ja","nrw","notary-language","ドイツでGmbH設立するとき、公証人のところってドイツ語必須？通訳いる？デュッセルドルフ",[["通訳"]])
A("de","nrw","legal-form","UG statt GmbH in Dortmund – was ist das Mindestkapital?",[UG1])
A("en","nrw","legal-form","cheapest legal form for a small company in duisburg? UG? min capital?",[UG1])
A("ja","nrw","tax-office","デュッセルドルフで会社設立したら税務署への届出ある？期限は？",[["Fragebogen","税務登録","質問票","steuerlichen Erfassung","登録票"],["1か月","1ヶ月","一か月","1カ月","ひと月","4週間","1 Monat","一ヶ月"]])
A("de","nrw","tax-office","Fragebogen zur steuerlichen Erfassung – bis wann nach Gründung der GmbH in Köln?",[["einen Monat","1 Monat","eines Monats","vier Wochen","4 Wochen","einem Monat"],["ELSTER","Elster"]])
A("en","nrw","overview","what do i need to found a company in düsseldorf? just give me the overview",[["notar","Notar"],["Handelsregister","commercial register","Commercial Register"],["tax office","Finanzamt","Tax Office"]],["法務局"])
A("en","nrw","checklist","make me a checklist for setting up a GmbH in cologne",[["notar","Notar"],["Handelsregister","commercial register","Commercial Register"],["bank","Bank"]])
A("ja","nrw","document-language","GmbHの定款、英語だけで商業登記できる？ボン",[["ドイツ語"]])
A("de","nrw","trade-register","Gewerbeanmeldung – muss unsere neue GmbH in Düsseldorf das auch machen?",[["Gewerbeamt","Gewerbeanmeldung","Gewerbe anmelden","Gewerbe"]])
A("en","nrw","visa","japanese founder here – which visa for germany? can i enter first and apply in düsseldorf?",[["Ausländerbehörde","immigration office","Immigration Office","foreigners' office","Foreigners' Office","Foreigners Office","foreigners authority","Foreigners Authority"],["visa-free","without a visa","visa free","no visa","Visa-free","without visa"]])
A("ja","nrw","visa","日本人です。ドイツはビザなしで入って現地で滞在許可とれる？エッセン",[["外国人局","Ausländerbehörde","外国人役所","外国人管理局","外人局"],["90日","3か月","3ヶ月","三か月","3カ月","三ヶ月"]])
A("en","nrw","support-org","who supports japanese companies in NRW?",[["NRW Japan","NRW.Global","JETRO","JIHK","Japanese Chamber","Japanische IHK"]])
A("ja","nrw","support-org","NRWに進出したい日本の中小企業です。東京で相談できる窓口ある？",[["NRW Japan","NRWジャパン","NRW.Global","エヌアールダブリュー"]])
A("ja","nrw","support-org","デュッセルドルフの日本商工会議所(JIHK)って何してるの？",[["日本商工会議所","JIHK","Japanische IHK","Japanische Industrie- und Handelskammer"]])
A("de","nrw","support-org","Hat die Wirtschaftsförderung Düsseldorf einen Japan Desk?",[["Japan Desk","Japan-Desk"]])
A("en","nrw","support-org","when was NRW Japan K.K. founded?",[["1992"]])
A("ja","nrw","trade-fair","デュッセルドルフの医療機器の見本市に出展したい",[["MEDICA","Medica","メディカ"],["Messe Düsseldorf","メッセ・デュッセルドルフ","メッセデュッセルドルフ","Messe"]])
A("ja","nrw","ecosystem","NRWのスタートアップや大学と連携したい。紹介してもらえる？",[["大学","Universit","RWTH","Hochschule"],["NRW.Global","NRW Japan","NRWジャパン","スタートアップ"]])
A("ja","nrw","admin-support","デュッセルドルフで法人設立の書類作り、手伝ってもらえるの？",[["公証","Notar","登記","Handelsregister"]])
# ---------------- residence / registration
A("en","nrw","registration","we moved to Essen, how do i register my address?",[["Anmeldung","Bürgeramt","Bürgerbüro","Meldebehörde","registration office","Einwohnermeldeamt","Bürgerservice"],D14E+D14D],NO_TOKYO_LIFE)
A("de","tokyo","registration","Wie melde ich meinen Wohnsitz in Tokyo an?",[D14D+["14日"],["Bezirksamt","Rathaus","区役所","ward office","Stadtverwaltung","Bezirks","Gemeinde"]],NO_NRW_LIFE)
A("ja","nrw","registration","ボンに引っ越した。住民登録っていつまでに？何持っていく？",[D14J,["Wohnungsgeberbestätigung","住居提供者","大家","入居証明","家主","貸主"]],["区役所"])
A("en","tokyo","registration","moving within tokyo from setagaya to meguro – what do i do about my residence card?",[D14E,["residence card","在留カード","Residence Card","zairyu"]],["Bürgeramt"])
A("ja","tokyo","registration","品川区に引っ越してきた外国人の同僚、区役所で何をすればいい？",[["在留カード"],D14J])
A("en","nrw","registration","what is a wohnungsgeberbestätigung and why do i need it in essen?",[["landlord","Vermieter"],["Anmeldung","registration","register"]])
# ---------------- healthcare / insurance
A("de","tokyo","insurance","Ich ziehe für 3 Jahre nach Tokio. Muss ich in eine japanische Krankenversicherung?",[["国民健康保険","National Health Insurance","Kokumin","社会保険","Shakai","NHI","Krankenversicherung"]],["Krankenkasse in NRW"])
A("en","tokyo","insurance","my wife won't work in tokyo – how does she get health insurance?",[["National Health Insurance","NHI","国民健康保険","dependent","dependant","扶養","family member"]])
A("ja","tokyo","insurance","東京で国民健康保険の加入手続き、期限ある？",[D14J])
A("de","nrw","insurance","Krankenversicherung für meine Familie in Düsseldorf – gesetzlich oder privat?",[["gesetzlich","GKV"],["privat","PKV"]])
cases.append({"id":nid(),"lang":"ja","region":"nrw","topic":"child-fever-night","turns":[{"text":"ケルンで夜中に子どもが熱出した。どこに電話すればいい？","expect":{"language":["ja"],"all":[["116117","116 117"]],"none":["#8000","#7119"]}}]})
cases.append({"id":nid(),"lang":"en","region":"tokyo","topic":"child-fever-night","turns":[{"text":"kid has a fever at night, we live in chuo-ku tokyo – who can i call for advice?","expect":{"language":["en"],"all":[["#8000","#7119"]],"none":["116117"]}}]})
cases.append({"id":nid(),"lang":"de","region":"tokyo","topic":"child-fever-night","turns":[{"text":"Mein Kind hat nachts 39 Fieber, wir wohnen in Tokio-Minato. Wen rufe ich an?","expect":{"language":["de"],"all":[["#8000","#7119"]],"none":["116117"]}}]})
A("ja","nrw","doctor-weekend","デュッセルドルフ、週末で病院しまってる…どうすれば？",[["116117","116 117"]],["#7119"])
A("en","tokyo","ambulance-advice","tokyo: is there a number for when i don't know if i need an ambulance?",[["#7119","7119"]],["116117"])
A("de","tokyo","ambulance-advice","Was ist die #7119 in Tokio?",[["Krankenwagen","Rettungswagen","Ambulanz","救急","Notfall","Rettungsdienst"],["24"]])
A("ja","nrw","ambulance-advice","ドイツで救急車呼ぶか迷ったときは？ボーフム住み",[["116117","116 117"],["112"]],["#7119"])
# ---------------- pregnancy / children
A("en","tokyo","pregnancy","pregnant and just moved to koto-ku. what do i do first?",[["Maternal and Child Health Handbook","Boshi","母子健康手帳","母子手帳","mother-child","Mother and Child","maternal and child","Mother-Child"],["ward","区役所","city office","municipal"]],["Mutterpass"])
A("de","tokyo","pregnancy","Schwanger in Tokyo – bekommt man Geld für die Geburt?",[["500.000","500,000","50万","500000","500 000"]])
A("ja","tokyo","pregnancy","東京在住のドイツ人の妻が出産予定。出産育児一時金っていくら？",[["50万","500,000","500000"]])
A("ja","nrw","pregnancy","ドイツで妊娠したら母子手帳みたいなのある？ミュンスター",[["Mutterpass","ムッターパス"]])
A("en","nrw","pregnancy","pregnant in düsseldorf – what is the mutterpass?",[["Mutterpass"],["midwife","gynaecolog","gynecolog","doctor","Hebamme","Frauenarzt","physician"]])
A("en","nrw","maternity","how long is maternity protection in germany? we live in dortmund",[["6 weeks","six weeks"],["8 weeks","eight weeks"]])
A("ja","nrw","midwife","ドイツで助産師(Hebamme)って保険でカバーされる？",[["Hebamme","助産師"],["保険","Krankenkasse","公的","健康保険","負担"]])
A("de","nrw","birth-registration","Kind in Düsseldorf geboren – bis wann müssen wir zum Standesamt?",[["eine Woche","einer Woche","1 Woche","7 Tage","sieben Tage","7 Tagen"]])
A("ja","tokyo","birth-registration","東京で子どもが生まれたら出生届は何日以内？",[D14J])
A("en","nrw","kindergeld","how much kindergeld per child do we get in nrw now?",[["259"]])
A("de","nrw","elterngeld","Elterngeld in NRW – wo beantragen wir das?",[["Elterngeld"],["Antrag","beantragen","Elterngeldstelle","Kreis","Stadt"]])
A("en","nrw","kita","kita in cologne – from what age is there a legal right to a place?",[["first birthday","age of one","1 year","one year","1st birthday","age one","age 1"]])
A("ja","nrw","kita","エッセンでKita探したい。何歳から入る権利ある？",[["1歳","１歳","満1歳","一歳","1 歳"]])
A("de","nrw","kita","Kita-Platz in Bonn finden, wie geht das?",[["Jugendamt","Kita-Navigator","KiTa-Finder","Kita-Finder","Little Bird","Kita Navigator"]])
A("ja","nrw","school","デュッセルドルフの日本人学校ってどこにある？",[["日本人学校","Japanische Internationale Schule"],["Niederkassel","ニーダーカッセル","Oberkassel","オーバーカッセル"]])
A("en","nrw","school","international schools near bonn or cologne for my 8 year old?",[["International School","Internationale Schule","international school"]],["Tokyo"])
A("de","tokyo","kita","Kitaplatz in Tokio-Setagaya – wo beantragt man das?",[["Bezirksamt","区役所","ward office","Rathaus","Bezirk"],["hoikuen","Hoikuen","保育園","保育所","Hoiku"]],["Jugendamt"])
A("en","tokyo","school","public school in tokyo for a foreign kid – how do we enroll in shinjuku?",[["board of education","Board of Education","教育委員会","ward office","区役所","Ward Office"]])
A("ja","tokyo","school","東京でドイツ人の子が通えるインターナショナルスクールってある？",[["インターナショナルスクール","International School","ドイツ人学校","Deutsche Schule","ドイツ学校"]])
# ---------------- housing
A("de","tokyo","renting","Wohnung in Tokio mieten: was sind Reikin und Shikikin?",[["Reikin","礼金","key money","Schlüsselgeld"],["Shikikin","敷金","Kaution"]])
A("en","tokyo","renting","renting in tokyo – what's the max the agent can charge as fee?",[["one month","1 month","1-month","一か月","1か月","one month's"]])
A("ja","tokyo","renting","東京で賃貸借りたい。保証人いない外国人はどうすれば？",[["保証会社","家賃保証","保証"]])
A("de","nrw","renting","Wie hoch darf die Kaution für eine Wohnung in Köln sein?",[["drei Monats","3 Monats","drei Nettokalt","3 Nettokalt","drei Kaltmieten","3 Kaltmieten","dreifache","3-fache","drei Monatskalt"]])
A("en","nrw","renting","landlord in düsseldorf wants 4 months deposit, is that even legal??",[["three months","3 months","three times","3 times","three monthly","3x"]])
A("ja","nrw","renting","ドイツの賃貸のKaution、分割で払えるって聞いたけど本当？ケルン",[["3回","分割","三回"]])
A("de","nrw","broadcast-fee","Rundfunkbeitrag in NRW – wie viel zahlt man?",[["18,36","18.36"]])
A("en","nrw","broadcast-fee","got a letter about rundfunkbeitrag in bonn, what is it and how much?",[["18.36","18,36"]])
# ---------------- daily life
A("en","tokyo","driving","can i drive in tokyo with my german licence?",[["translation","Übersetzung","翻訳"],["JAF","ADAC","embassy","Embassy"],["one year","1 year","12 months","1年"]])
A("de","tokyo","driving","Deutschen Führerschein in Japan umschreiben – brauche ich eine Prüfung?",[["keine Prüfung","ohne Prüfung","keine theoretische","befreit","nicht nötig","entfällt","keine praktische","kein Test","nicht erforderlich","keine Fahrprüfung"]])
A("ja","tokyo","driving","ドイツの免許を東京で日本の免許に切り替えたい。どこでやる？",[["運転免許試験場","免許センター","府中","鮫洲","江東","試験場"]])
A("ja","nrw","driving","日本の免許ってドイツでそのまま使える？ケルン在住です",[["6か月","6ヶ月","半年","6カ月","六か月","６か月","6 か月"],["翻訳","Übersetzung","国際免許","国際運転免許"]])
A("de","nrw","transport","Deutschlandticket – was kostet das 2026? Ich wohne in Köln",[["63"]])
A("en","nrw","transport","cheapest monthly public transport ticket around düsseldorf?",[["Deutschlandticket","Deutschland-Ticket","Deutschland Ticket"],["63"]])
A("ja","tokyo","transport","東京の電車、交通系ICカードってどれ買えばいい？",[["Suica","PASMO"]])
A("en","nrw","banking","opening a bank account in cologne as a newcomer – do i need the anmeldung first?",[["Anmeldung","registration","Meldebescheinigung","registered address","proof of address"]])
A("ja","tokyo","banking","東京で銀行口座つくりたい。在留カードあれば大丈夫？",[["在留カード"],["銀行","口座"]])
A("de","nrw","waste","Mülltrennung in Düsseldorf – was kommt in die gelbe Tonne?",[["Verpackung","Verpackungen","Leichtverpackung"]])
A("en","tokyo","waste","garbage separation rules in setagaya??",[["burnable","combustible","可燃","燃やす","Burnable"]])
A("ja","nrw","pfand","ドイツのペットボトルのPfandっていくら戻ってくる？",[["0,25","0.25","25セント","25 Cent","25ct","25 cent","25 セント"]])
A("en","tokyo","phone","how do i get a phone contract in tokyo as a newcomer?",[["SIM","sim","携帯","mobile"]])
# ---------------- agreement
A("ja","tokyo","agreement","東京都とNRWの覚書っていつ結ばれたの？",[["2021"],["5月31日","5/31"]])
A("en","nrw","agreement","when was the tokyo–NRW MoU signed and is it still valid?",[["2021"],["renew","extend","automatically","extended","continues","continue","still"]])
A("de","tokyo","agreement","Was deckt die Vereinbarung Tokio–NRW eigentlich alles ab?",[["Verwaltungsverfahren","Behörden","Gründungsunterlagen","Unterlagen","Verwaltung"],["Messe","Messen","Ausstellung"]])
A("ja","nrw","agreement","覚書のNRW側の連絡窓口はどこ？",[["NRW.Global","NRW Japan","NRWジャパン"]])
A("en","tokyo","agreement","in which languages is the support under the tokyo–NRW agreement offered?",[["English","英語","Englisch"]])
A("de","tokyo","agreement","Ist die Kooperation Tokio–NRW auf bestimmte Branchen begrenzt?",[["nicht","keine","kein"]])

# ---------------- multi-turn
M("en","tokyo","followup-company",["I want to found a company in Tokyo",("and how long does that take?",[["registration","登記","Legal Affairs Bureau","法務局","notar","articles"]],["Düsseldorf","NRW.Global","opening hours","working hours"])])
M("en","nrw","followup-registration",["how do i register my address in düsseldorf?",("do I need an appointment for that?",[["appointment","Termin"]],["区役所","ward office","doctor"])])
M("ja","nrw","followup-gmbh",["ケルンでGmbH設立したい",("資本金いくら？",[G25],["東京都"]),("公証人ってドイツ語じゃないとだめ？",[["通訳"]],["法務局"])])
M("de","tokyo","followup-cost",["Wir wollen eine KK in Tokio gründen",("und was kostet das?",[KKTAX],["25.000"])])
M("ja","nrw","followup-registration",["デュッセルドルフで住民登録したいです",("それって予約いる？",[["予約","Termin","テルミン"]],["区役所"])])
M("en","tokyo","followup-daycare",["we're moving to minato-ku tokyo with two kids",("what about daycare?",[["hoikuen","保育園","nursery","daycare","day care","Hoikuen"],["ward","区役所"]],["Kita","Jugendamt"])])
M("de","nrw","followup-pregnancy",["Ich bin schwanger und wohne seit kurzem in Essen",("Brauche ich eine Hebamme und zahlt das die Kasse?",[["Hebamme"],["Krankenkasse","Kasse","übernimmt","übernommen","gesetzlich"]],["母子","Tokio"])])
M("en","nrw","followup-ug",["whats the minimum capital for a gmbh in bonn?",("and for a UG?",[UG1],["Tokyo","yen"])])
M("ja","tokyo","followup-visa",["渋谷で会社作って経営管理ビザ取りたい",("資本金いくら必要？",[["3,000万","3000万","3千万","３０００万"]],["Handelsregister"])])
M("de","tokyo","followup-waste",["Wir ziehen nach Tokio, Bezirk Meguro",("Wie läuft das mit dem Müll?",[["brennbar","Brennbar","可燃","燃やす","burnable"]],["Gelbe Tonne"])])
M("en","nrw","followup-deposit",["we're renting a flat in dortmund soon",("how much deposit can they ask?",[["three months","3 months","three times","3 times","three monthly"]],["礼金","key money"])])
M("ja","tokyo","followup-fairs",["NRWの会社向けの東京都の支援窓口を教えて",("見本市の情報ももらえる？",[["見本市","展示会","AHK","ビッグサイト","JETRO","ジェトロ"]],["デュッセルドルフ"])])
M("de","nrw","followup-fever",["Unser Kind hat Fieber, wir wohnen in Düsseldorf",("es ist 2 uhr nachts, welche nummer?",[["116117","116 117"]],["#8000","#7119"])])
M("en","tokyo","followup-tax",["we're starting a KK in tokyo",("what about the tax office after that?",[["two months","2 months","2-month","二か月","2か月"]],["Finanzamt","ELSTER"])])

# ---------------- smalltalk / oos / clarify / handover / emergency
def K(lang,region,topic,text,kind,all_=None,none=None):
    e={"kind":kind,"language":L(lang)}
    if all_: e["all"]=all_
    if none: e["none"]=none
    cases.append({"id":nid(),"lang":lang,"region":region,"topic":topic,"turns":[{"text":text,"expect":e}]})
K("de",None,"greeting","Hallo","smalltalk",None,RQ)
K("ja",None,"greeting","こんにちは〜","smalltalk",None,RQ)
K("en",None,"greeting","hi 👋","smalltalk",None,RQ)
K("de",None,"thanks","danke dir, super hilfreich!","smalltalk",None,RQ)
K("ja",None,"thanks","ありがとう、助かりました🙏","smalltalk",None,RQ)
K("de","nrw","weather","wie wird das wetter morgen in köln?","out-of-scope",None,["Anmeldung","Quelle"])
K("ja","tokyo","weather","東京って明日雨ふる？","out-of-scope",None,["区役所"])
K("en","nrw","football","who won the bundesliga game in dortmund yesterday?","out-of-scope",None,["GmbH"])
K("en",None,"joke","tell me a joke about sushi lol","out-of-scope")
K("de",None,"homework","kannst du meine mathe hausaufgabe machen? 2x+3=7","out-of-scope")
K("en",None,"registration","how do I register my address?","clarify-region")
K("ja",None,"company","会社設立したいです","clarify-region")
K("de",None,"company-cost","Wie viel kostet eine Firmengründung?","clarify-region")
K("en",None,"kita","need a daycare spot for my son","clarify-region")
K("ja",None,"registration","住民登録ってどうやるの？","clarify-region")
K("en","tokyo","handover","talk to a person pls – we're founding a subsidiary in Tokio",
  "handover",None,RQ)
K("ja","nrw","handover","担当の方と話したいです。NRWに拠点を作る予定です","handover",None,RQ)
K("de","tokyo","handover","Bitte verbinden Sie mich mit einem Mitarbeiter – es geht um unsere Gründung in Tokyo","handover",None,RQ)
K("en","nrw","handover","can someone from NRW.Global call me? japanese startup moving to düsseldorf","handover",None,RQ)
K("ja","tokyo","handover","人と直接話せますか？東京での法人設立の件です","handover",None,RQ)
cases.append({"id":nid(),"lang":"en","region":"nrw","topic":"introductions","turns":[{"text":"can you introduce us to investors in NRW? we'd like someone to get in touch","expect":{"language":["en"],"all":[NRW_OFFICE],"none":RQ}}]})
K("en","tokyo","emergency","help my colleague collapsed in our office in shinagawa!!","emergency",[["119"]],["116117","Düsseldorf"])
K("de","nrw","emergency","Notfall!! Es brennt in unserer Wohnung in Köln","emergency",[["112"]],["#7119","#8000"])
K("ja","nrw","emergency","夫が倒れて意識ない！デュッセルドルフです","emergency",[["112"]],["#7119","119番"])
K("ja","tokyo","emergency","子どもが息してない！！世田谷","emergency",[["119"]],["116117","112"])
K("en","nrw","emergency","car accident on the a3 near oberhausen, someone is bleeding badly","emergency",[["112"]],["#7119"])

# ---------------- unsupported languages
A("tr","nrw","company-capital","Düsseldorf'ta GmbH kurmak için ne kadar sermaye gerekiyor?",[G25])
A("ko","tokyo","company-capital","도쿄에서 주식회사(KK) 설립할 때 최소 자본금은 얼마인가요?",[KK1])
A("zh","nrw","registration","在杜塞尔多夫怎么登记住址？要在几天之内办？",[D14E+["Anmeldung","14"]])
A("zh","tokyo","company-cost","在东京注册株式会社的登录免许税是多少？",[KKTAX])
A("es","tokyo","visa","¿Qué visado necesito para abrir una empresa en Tokio?",[BMV])
A("vi","nrw","child-fever-night","Tôi sống ở Köln, con bị sốt ban đêm thì gọi số nào?",[["116117","116 117"]],None,kind=None)
A("it","nrw","renting","Quanto può essere al massimo la cauzione per un appartamento a Colonia?",[["three months","3 months","three times","3 times","Kaution"]])
A("pt","tokyo","driving","Posso dirigir em Tóquio com carteira de motorista alemã?",[["translation","JAF","tradução"]])
A("ko","nrw","kita","NRW에서 킨더가르텐(Kita)은 몇 살부터 권리가 있나요?",[["first birthday","age of one","1 year","one year","1st birthday","age one","age 1"]])
A("tr","tokyo","renting","Tokyo'da ev kiralarken reikin nedir?",[["key money","Reikin","reikin","礼金"]])
A("es","nrw","transport","¿Cuánto cuesta el Deutschlandticket en 2026? vivo en Bochum",[["63"]])
A("it","tokyo","company-cost","Quanto costa l'imposta di registrazione per una KK a Tokyo?",[KKTAX])

# fix kind None on vi case (no kind)
for c in cases:
    for t in c["turns"]:
        if "expect" in t and t["expect"].get("kind") is None and "kind" in t["expect"]:
            del t["expect"]["kind"]
out={"set":"blind3-tokyo-nrw-2026-11-30","writtenBy":"blind helper 3","cases":cases}
json.dump(out,open("blind3-tokyo-nrw.json","w"),ensure_ascii=False,indent=1)
print(len(cases))
