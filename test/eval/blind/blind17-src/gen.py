#!/usr/bin/env python3
"""Generator for blind17 evaluation sets (kakehashi). Run: python3 gen.py"""
import json, collections, os

WHO = "twenty-first blind writer, 2026-12-01"
OUT = os.path.dirname(os.path.abspath(__file__))

# region question markers
RQ_TN = ["Tokyo or NRW?", "Tokyo oder NRW?", "東京とNRWのどちら", "東京とノルトライン", "どちらの地域", "which region", "welche Region",
         "Tokyo or North Rhine", "Tokyo oder Nordrhein"]
RQ_TS = ["Paris or Geneva", "Paris ou Genève", "Paris ou Geneve", "パリとジュネーブのどちら", "どちらの地域", "which region",
         "quelle région", "Tsu, Paris", "津、パリ"]
# wrong-region markers
NOT_TOKYO = ["116117", "116 117"]
NOT_NRW = ["#7119", "＃7119", "119番"]
NOT_TSU = ["SAMU", "144"]
NOT_PARIS = ["#7119", "119番", "144"]
NOT_GENEVA = ["SAMU", "119番", "#7119"]

# keyword groups (facts checked with `search`, see README) and office/concept names
G = dict(
    gmbh25=["25.000", "25,000", "25000", "25 000", "2万5", "2.5万"],
    gmbh125=["12.500", "12,500", "12500", "12 500"],
    ug1=["1 €", "1€", "1 Euro", "1 euro", "€1", "1ユーロ", "one euro", "ein Euro"],
    kk1=["1円", "1 yen", "1 Yen", "¥1", "1 JPY", "one yen", "ein Yen", "1円から"],
    regtax_kk=["150,000", "150.000", "150000", "15万", "150 000"],
    regtax_gk=["60,000", "60.000", "60000", "6万", "60 000"],
    stamp40=["40,000", "40.000", "40000", "4万", "40 000"],
    bm30=["3,000万", "3000万", "3,000 万", "30 million", "30,000,000", "30 Mio", "30 Millionen", "30.000.000", "¥30m"],
    bmname=["経営・管理", "経営管理", "Business Manager", "business management", "Business-Manager", "Geschäftsführer", "Investor/Business", "Unternehmer"],
    d14=["14日", "14 days", "14 Tage", "zwei Wochen", "two weeks", "2 Wochen", "2 weeks", "2週間", "14 jours", "deux semaines"],
    anm2w=["zwei Wochen", "2 Wochen", "two weeks", "2 weeks", "14 Tage", "14 days", "2週間", "14日"],
    t7119=["#7119", "＃7119", "7119"],
    t8000=["#8000", "＃8000", "8000"],
    k116=["116117", "116 117"],
    e112=["112"], e110=["110"], e119=["119"],
    fr15=["15"], fr17=["17"], fr18=["18"],
    ch144=["144"], ch117=["117"], ch118=["118"],
    dticket=["63 €", "63€", "63 Euro", "63 EUR", "€63", "63ユーロ", "63 euros", "63,00", "63 euro"],
    m6=["6 Monate", "sechs Monate", "6 months", "six months", "6か月", "6ヶ月", "6カ月", "半年", "6 mois", "six mois"],
    conv=["外免切替", "切替", "切り替え", "conversion", "convert", "Umschreibung", "umschreiben", "umgeschrieben", "書き換え", "書換"],
    ocpm=["OCPM", "Office cantonal de la population", "Cantonal Office for Population", "population et des migrations", "州人口移民局", "人口・移民局"],
    lamal=["LAMal", "assurance maladie", "health insurance", "健康保険", "医療保険", "Krankenversicherung", "assurance-maladie"],
    m3=["3 mois", "trois mois", "3 months", "three months", "3か月", "3ヶ月", "3カ月", "三か月", "90日"],
    sarl20=["20'000", "20 000", "20,000", "20000", "20.000", "2万", "20’000"],
    sa100=["100'000", "100 000", "100,000", "100000", "100.000", "10万", "100’000"],
    sas1=["1 €", "1€", "1 euro", "un euro", "1ユーロ", "one euro", "€1", "1 euros"],
    tmg=["産業労働局", "Bureau of Industrial and Labor Affairs", "Büro für Industrie und Arbeit", "Amt für Industrie und Arbeit",
         "Tokyo Metropolitan Government", "TMG", "東京都", "Präfektur Tokyo", "Tokyoter Stadtregierung", "Stadtregierung Tokyo"],
    nrwglobal=["NRW.Global Business", "NRW.GLOBAL", "NRW Global Business"],
    nrwjapan=["NRW Japan", "NRW.Global Business Japan", "NRW Japan K.K."],
    mwide=["MWIDE", "MWIKE", "Wirtschaftsministerium", "economics ministry", "Ministry of Economic", "Ministerium für Wirtschaft", "経済・イノベーション", "経済省", "経済産業"],
    ahk=["AHK", "Deutsche Industrie- und Handelskammer in Japan", "German Chamber of Commerce and Industry in Japan", "在日ドイツ商工会議所"],
    notar=["Notar", "notary", "公証", "notaire", "Notariat"],
    hreg=["Handelsregister", "commercial register", "商業登記", "登記", "registre du commerce"],
    jetro=["JETRO", "ジェトロ", "日本貿易振興機構"],
    cpr=["Choose Paris Region", "Paris Region", "パリ地域", "ARD", "Paris Region Entreprises"],
    opi=["OPI", "Office de Promotion des Industries", "ジュネーブ州産業振興機構"],
    tsu=["津市", "Tsu"],
    boshi=["母子健康手帳", "母子手帳", "maternal and child health handbook", "Mother and Child Health Handbook", "Mutter-Kind-Heft", "boshi techo", "Boshi"],
    mutterpass=["Mutterpass", "母子手帳", "maternity record", "maternity passport", "Mutter-Pass"],
    hebamme=["Hebamme", "midwife", "助産師", "sage-femme"],
    kita=["Kita", "Kindertagesstätte", "Kindergarten", "保育", "daycare", "day care", "幼稚園"],
    intlschool=["international school", "Internationale Schule", "インターナショナルスクール", "International School", "日本人学校", "Japanese school", "japanische Schule"],
    ward=["区役所", "ward office", "Bezirksamt", "Stadtbezirksamt", "city office", "市役所", "Rathaus", "Ward Office", "区の"],
    buergeramt=["Bürgeramt", "Bürgerbüro", "Meldebehörde", "Einwohnermeldeamt", "Bürgerservice", "citizens' office", "住民登録", "住民票", "registration office", "Kundencenter"],
    zairyu=["在留カード", "residence card", "Aufenthaltskarte", "zairyu", "carte de résident"],
    miedial=["059-229-1199", "医療ネットみえ", "救急医療情報センター", "みえ子ども医療ダイヤル"],
    menu=["会社設立", "company", "Firmengründung", "Gründung", "daily life", "Alltag", "生活", "création", "vie quotidienne", "events", "Veranstaltungen", "イベント", "événements", "help", "Hilfe", "手伝", "aide", "サポート", "support"],
    scope=["会社設立", "company", "Gründung", "Unternehmen", "生活", "daily life", "Alltag", "business", "création", "entreprises", "vie quotidienne", "進出", "ビジネス", "SME", "KMU", "中小企業", "PME"],
)

def g(*names):
    return [G[n] for n in names]

SETS = {"tn": [], "ts": []}

def c(setname, lang, region, topic, turns, kind=None, language=None, all=None, none=None):
    if isinstance(turns, str):
        turns = [turns]
    exp = {}
    if kind:
        exp["kind"] = kind
    exp["language"] = language or [lang]
    if all:
        exp["all"] = all
    if none:
        exp["none"] = none
    tl = [{"text": t} for t in turns]
    tl[-1]["expect"] = exp
    SETS[setname].append({"lang": lang, "region": region, "topic": topic, "turns": tl})

def tn(*a, **k): c("tn", *a, **k)
def ts(*a, **k): c("ts", *a, **k)

exec(open(os.path.join(OUT, "cases_tn.py"), encoding="utf-8").read())
exec(open(os.path.join(OUT, "cases_ts.py"), encoding="utf-8").read())

def write(key, name, prefix, fname):
    cases = []
    for i, cs in enumerate(SETS[key], 1):
        d = {"id": f"{prefix}{i:03d}"}
        d.update(cs)
        cases.append(d)
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        json.dump({"set": name, "writtenBy": WHO, "cases": cases}, f, ensure_ascii=False, indent=1)
    return cases

a = write("tn", "blind17-tokyo-nrw", "B17TN", "blind17-tokyo-nrw.json")
b = write("ts", "blind17-tsu", "B17TS", "blind17-tsu.json")

def stats(cases):
    s = {k: collections.Counter() for k in ("kind", "region", "lang", "topic", "turns")}
    for x in cases:
        e = x["turns"][-1]["expect"]
        s["kind"][e.get("kind", "(open)")] += 1
        s["region"][str(x["region"])] += 1
        s["lang"][x["lang"]] += 1
        s["topic"][x["topic"]] += 1
        s["turns"]["multi-turn" if len(x["turns"]) > 1 else "single"] += 1
    return s

with open(os.path.join(OUT, "stats.json"), "w") as f:
    json.dump({"blind17-tokyo-nrw": {"total": len(a), **stats(a)}, "blind17-tsu": {"total": len(b), **stats(b)}}, f, indent=1, ensure_ascii=False)
print(len(a), len(b))
