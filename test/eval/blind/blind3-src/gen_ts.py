import json
cases=[]
n=[0]
def nid():
    n[0]+=1; return "B3TS%03d"%n[0]
RQ=["which region","Welche Region","どの地域","Quelle région","Quelle region","どちらの地域","quelle région","Which region"]
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
def K(lang,region,topic,text,kind,all_=None,none=None):
    e={"kind":kind,"language":L(lang)}
    if all_: e["all"]=all_
    if none: e["none"]=none
    cases.append({"id":nid(),"lang":lang,"region":region,"topic":topic,"turns":[{"text":text,"expect":e}]})

KK1=["1円","1 円","一円","1 yen","1 Yen","¥1","1 JPY","one yen","un yen","1 ¥","1¥"]
KKTAX=["15万","150,000","150.000","150000","150 000"]
GKTAX=["6万","60,000","60.000","60000","60 000"]
BMV=["Business Manager","経営・管理","経営管理","Business/Manager","business manager","gestionnaire","Gestion/Direction","dirigeant d'entreprise","Business-Manager"]
BM30=["3,000万","3000万","3千万","30 million","30,000,000","30 000 000","30.000.000","30 millions"]
SAS1=["1 euro","1 €","1€","€1","EUR 1","un euro","one euro","1ユーロ","1 ユーロ","１ユーロ","1 EUR"]
CH20=["20,000","20 000","20000","20'000","20.000","2万","２万"]
CH100=["100,000","100 000","100000","100'000","100.000","10万"]
CH50=["50,000","50 000","50000","50'000","50.000","5万"]
D14J=["14日","１４日","14 日","2週間","二週間"]
D14E=["14 days","14-day","fourteen days","two weeks","2 weeks"]
D14F=["14 jours","quatorze jours","deux semaines","2 semaines"]
M3J=["3か月","3ヶ月","三か月","3カ月","三ヶ月","3 か月","90日"]
M3E=["three months","3 months","3-month","three-month","90 days"]
M3F=["trois mois","3 mois"]
TSU_OFF=["津市","Tsu City","ville de Tsu","Ville de Tsu","City of Tsu","mairie de Tsu","Tsu"]

# ---------------- agreements
A("ja","paris","agreement","津市とパリ地域の協定っていつ結んだの？",[["2012","平成24"],["11月20日","11/20"]])
A("fr","geneva","agreement","Quand Tsu et l'OPI de Genève ont-ils signé leur accord ?",[["2012"],["21 novembre","21/11","21.11","21 nov"]])
A("en","paris","agreement","what sectors does the tsu – paris region agreement focus on?",[["mechatronic","Mechatronic","メカトロ","mécatronique"],["medical","welfare","医療","médical"]])
A("ja","geneva","agreement","ジュネーブ州との協定って、どの分野に力入れてるの？",[["メカトロニクス","メカトロ"],["クリーンテック","cleantech","Cleantech","クリーン"]])
A("fr","paris","support-org","C'est quoi l'ARD Paris Île-de-France aujourd'hui ? Elle existe encore ?",[["Choose Paris Region"]])
A("en","paris","support-org","is ARD still around? who do i contact in the paris region now",[["Choose Paris Region"]])
A("ja","geneva","support-org","OPIってどんな機関？",[["Office de promotion des industries","Office de Promotion des Industries","産業振興","industries et des technologies","Industries et des Technologies"]])
A("fr","geneva","support-org","Qu'est-ce que l'OPI peut faire pour une PME japonaise de Tsu ?",[["OPI"],["PME","mise en relation","partenaires","marché","matching","innovation"]])
A("ja","tsu","mission","2012年の津市の欧州ミッション団って何社参加したの？",[["7社","７社","7 社","七社"]])
A("en","geneva","mission","what came out of the 2012 tsu mission with geneva companies? any concrete deal?",[["Renaissance 5","Renaissance5","ルネサンス5","ルネサンス５","Renaissance"],["SRB"]])
A("ja","tsu","cluster","「津市ルネサンス5」って何？",[["クラスター","cluster"],["SRB"]])
A("fr","tsu","agreement","Pourquoi Tsu s'est tourné vers la France ? Il y avait un accord avant 2012 ?",[["Annecy"],["2009"]])
A("en","geneva","agreement","did CERN take part in the tsu–geneva signing?",[["CERN"],["reception","réception","レセプション"]])
A("ja","paris","trade-fair","津の会社でパリの展示会に出たいんだけど、支援ある？",[["展示会","見本市","ビジネスマッチング","Choose Paris Region","商談"]])
A("en","tsu","agreement","which organisations did tsu sign agreements with in november 2012?",[["ARD","Choose Paris Region","Agence Régionale de Développement"],["OPI","Office de Promotion"]])
A("fr","paris","agreement","Quels secteurs l'accord Tsu – Île-de-France vise-t-il ?",[["mécatronique","mecatronique"],["médical","santé","bien-être","welfare"]])
# ---------------- company: Paris / Geneva (for Tsu SMEs)
A("ja","paris","company-capital","パリでSAS作りたい。資本金いくら必要？",[SAS1])
A("en","paris","company-registration","how do i register a company in france these days, is it all online?",[["guichet unique","Guichet unique","Guichet Unique","INPI"]])
A("ja","paris","company-registration","フランスの会社の登記簿謄本みたいな書類ってなに？",[["Kbis","K-bis","K bis","カービス"]])
A("ja","paris","visa","パリで会社経営する日本人の滞在許可ってどうなる？",[["talent","タラン","タレント"]])
A("en","paris","visa","french 'talent' residence permit for investors – minimum investment?",[["300,000","300 000","300.000","300000","30万"]])
A("fr","paris","visa","Un entrepreneur japonais qui crée sa boîte à Paris : quel titre de séjour ?",[["talent"]])
A("ja","geneva","company-capital","ジュネーブでSàrl作るのに資本金いくら？",[CH20])
A("en","geneva","company-capital","SA vs Sàrl in geneva – what's the minimum capital for each?",[CH100,CH20])
A("fr","geneva","company-notary","Faut-il passer devant un notaire pour créer une Sàrl à Genève ?",[["notaire"],["acte authentique","authentique","registre du commerce"]])
A("ja","geneva","company-capital","ジュネーブでSA設立するとき、最初に払い込む額は？",[CH50])
A("fr","paris","company-capital","Capital minimum pour une SAS à Paris ?",[SAS1])
# ---------------- living Geneva
A("en","geneva","registration","just moved to carouge (geneva) – how many days do i have to register with OCPM?",[D14E+["14"]],["14日"])
A("ja","geneva","insurance","ジュネーブに引っ越したら健康保険はどうするの？いつまでに入る？",[["LAMal","ラマル"],M3J])
A("fr","geneva","insurance","Assurance maladie obligatoire à Genève : j'ai combien de temps pour m'affilier ?",[M3F])
A("en","geneva","renting","rent deposit in geneva – how much can the landlord ask max?",[M3E])
A("ja","geneva","renting","ジュネーブの賃貸、保証金(garantie de loyer)ってどう払うの？",[M3J,["銀行","口座","bank","ブロック","封鎖","保証会社"]],["礼金"])
A("ja","geneva","school","ジュネーブに日本語の補習校ってある？",[["補習"]])
A("en","geneva","emergency-numbers","what are the emergency numbers in geneva? just for my notes",[["144"],["117"],["118"]])
A("fr","geneva","emergency-numbers","Numéro pour une ambulance en Suisse ? (à noter pour mon équipe à Genève)",[["144"]])
# ---------------- living Paris
A("fr","paris","renting","Dépôt de garantie pour un appartement meublé à Paris, c'est combien ?",[["deux mois","2 mois"]])
A("ja","paris","renting","パリで家具なしの部屋借りるとき、敷金(dépôt de garantie)はいくら？",[["1か月","1ヶ月","一か月","1カ月","ひと月","1 か月","一ヶ月"]])
A("en","paris","school","is school compulsory from age 3 in france? we'll live in boulogne-billancourt",[["age 3","age of 3","age of three","3 years","three years","3-year","from 3","three-year","3 ans","age three"]])
A("ja","paris","school","パリの日本人学校ってどこ？",[["モンティニ","Montigny"]])
A("fr","paris","insurance","Carte Vitale pour un salarié japonais à Paris, comment on fait ?",[["CPAM","Assurance Maladie","assurance maladie"]])
A("en","paris","emergency-numbers","french emergency number for a medical emergency? noting it down",[["15"],["SAMU","Samu"]])
A("ja","paris","insurance","フランスの公的医療保険、仕事してない家族はいつから入れる？",[M3J+["PUMa","PUMA"]])
# ---------------- living / business in Tsu
A("fr","tsu","registration","Je m'installe à Tsu : où déclarer mon adresse et en combien de jours ?",[D14F+["14"],["mairie","hôtel de ville","市役所","Mairie","bureau municipal","municipalité"]])
A("en","tsu","registration","moved to hisai (tsu), need to register my residence – deadline?",[D14E])
A("ja","tsu","registration","津市でフランス人の夫の住民登録、何が必要？",[["在留カード"],D14J])
cases.append({"id":nid(),"lang":"fr","region":"tsu","topic":"child-fever-night","turns":[{"text":"Mon enfant a de la fièvre la nuit, on habite à Tsu. Qui appeler ?","expect":{"language":["fr"],"all":[["#8000","059-232-9955","8000"]],"none":["116117","SAMU"]}}]})
A("en","tsu","hospital-info","in mie, which number tells me which hospital is open at night?",[["059-229-1199","0592291199","229-1199","Iryo Net Mie","医療ネットみえ","Mie Emergency Medical Information"]])
A("fr","tsu","support-org","Y a-t-il un service d'aide aux étrangers en plusieurs langues dans la préfecture de Mie ?",[["MieCo","Mie Co","みえ外国人相談サポートセンター","MIEF"]])
A("en","tsu","transport","fastest way from tsu to chubu airport?",[["Tsu Airport Line","津エアポートライン","high-speed boat","high speed boat","ferry","boat"],["45"]])
A("fr","tsu","insurance","Assurance maladie au Japon pour un Français installé à Tsu ?",[["Kokumin","国民健康保険","assurance maladie nationale","NHI","nationale","Shakai","社会保険"]])
A("fr","tsu","company-capital","Pour créer une KK à Tsu, quel capital minimum ?",[KK1])
A("en","tsu","visa","french founder moving to tsu – which visa and how much capital do i need now?",[BMV,BM30])
A("fr","tsu","company-cost","Combien coûte l'immatriculation d'une KK à Tsu (taxe d'enregistrement) ?",[KKTAX])
A("fr","tsu","company-cost","Et pour une GK (godo kaisha) à Tsu, la taxe d'enregistrement minimum ?",[GKTAX])
A("fr","tsu","pregnancy","Déclaration de grossesse à Tsu : on reçoit un carnet ?",[["母子健康手帳","Boshi","boshi","carnet de santé","carnet mère","母子手帳","carnet"]])
A("en","tsu","pregnancy","is there a childbirth lump-sum payment in japan for foreigners living in tsu?",[["500,000","50万","500000","500 000"]])
A("ja","tsu","daycare","津市で保育園に申し込むにはどうすればいい？",[["保育"],["津市","市役所","こども"]],["Kita","crèche"])
A("fr","tsu","universities","Une université à Tsu pour un partenariat de recherche ?",[["Mie","三重大学"]])
A("en","tsu","matching","french startup here – who organises business matching with SMEs in tsu?",[["Tsu","津市"],["matching","mise en relation","ビジネスマッチング","business meeting","introduc"]])
A("fr","tsu","mission","Combien d'entreprises de Tsu ont participé à la mission en Europe de 2012 ?",[["sept","7"]])
A("en","tsu","waste","garbage rules in tsu – how do i sort trash?",[["burnable","combustible","可燃","燃やす","Burnable","sort","separate"]])

# ---------------- multi-turn
M("fr","tsu","followup-cost",["Je veux créer une société à Tsu",("et ça coûte combien ?",[KKTAX+GKTAX],["Kbis","INPI"])])
M("ja","paris","followup-visa",["パリで会社作りたいです",("ビザはどうなる？",[["talent","タラン","タレント","滞在許可","滞在許可証"]],["経営・管理","経営管理"])])
M("en","geneva","followup-insurance",["we're moving to geneva for the OPI partnership",("health insurance?",[["LAMal"],M3E],["国民健康保険","National Health Insurance"])])
M("fr","tsu","followup-waste",["On emménage à Tsu en mars",("et pour les ordures ?",[["tri","trier","séparer","combustible","可燃","burnable","jour de collecte","collecte"]],["Genève"])])
M("ja","geneva","followup-deposit",["ジュネーブで家を探してます",("保証金って何か月分？",[M3J],["礼金"])])
M("en","paris","followup-signatory",["tell me about the tsu – paris region agreement",("who signed it on the paris side?",[["Sabine","サビーヌ"]],None)])
M("fr","geneva","followup-notary",["Je veux implanter ma PME à Genève",("il faut un notaire ?",[["notaire"]],["津"]),("et le capital minimum pour une Sàrl ?",[CH20],None)])

# ---------------- other kinds
K("fr",None,"greeting","bonjour !","smalltalk",None,RQ)
K("ja",None,"greeting","こんばんは","smalltalk",None,RQ)
K("fr",None,"thanks","merci beaucoup 🙏","smalltalk",None,RQ)
K("fr","paris","weather","il va pleuvoir à Paris demain ?","out-of-scope",None,["Choose Paris Region"])
K("ja","tsu","weather","津の今日の天気は？","out-of-scope",None,["住民登録"])
K("en","geneva","sports","did servette win last night?","out-of-scope")
K("fr",None,"joke","raconte-moi une blague","out-of-scope")
K("fr",None,"company","je veux créer une entreprise","clarify-region")
K("ja",None,"registration","引っ越したら何日以内に届け出しないといけない？","clarify-region")
K("en",None,"company-capital","how much is the minimum capital for a company?","clarify-region")
K("fr","tsu","handover","Je voudrais parler à quelqu'un de la ville de Tsu","handover",[TSU_OFF],RQ)
K("ja","geneva","handover","OPIの担当者とつないでほしいです","handover",[["OPI"]],RQ)
K("en","paris","handover","can a human from choose paris region contact me?","handover",[["Choose Paris Region","Paris Region"]],RQ)
K("ja","tsu","handover","津市の担当の方と話したい、フランスの会社と組みたいので","handover",[["津市"]],RQ)
K("fr","geneva","emergency","Au secours, il y a le feu dans mon appartement à Genève !","emergency",[["118","112"]],["119"])
K("ja","paris","emergency","パリで友達が倒れた！意識ない！","emergency",[["SAMU","15","112"]],["119"])
K("en","tsu","emergency","my husband is having a heart attack, we're in tsu","emergency",[["119"]],["112","144"])

# ---------------- unsupported languages
A("es","geneva","company-capital","¿Cuánto capital necesito para una Sàrl en Ginebra?",[CH20])
A("it","paris","agreement","Quando è stato firmato l'accordo tra Tsu e la regione di Parigi?",[["2012"]])
A("pt","tsu","registration","Quantos dias tenho para registrar meu endereço em Tsu?",[["14"]])
A("ko","geneva","insurance","제네바에서 건강보험은 언제까지 가입해야 하나요?",[M3E+["LAMal"]])
A("zh","paris","renting","在巴黎租带家具的房子，押金最多几个月？",[["two months","2 months","deux mois","2 mois"]])
A("vi","tsu","child-fever-night","Ở Tsu con tôi sốt lúc đêm thì gọi số nào?",[["#8000","8000","059-232-9955"]],None,kind=None)
A("tr","paris","company-capital","Paris'te SAS kurmak için minimum sermaye ne kadar?",[SAS1])

out={"set":"blind3-tsu-2026-11-30","writtenBy":"blind helper 3","cases":cases}
json.dump(out,open("blind3-tsu.json","w"),ensure_ascii=False,indent=1)
print(len(cases))
