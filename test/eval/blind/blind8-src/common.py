"""Shared helpers for the blind8 sets: number formats, keyword groups, case builder, validator."""
import re

LANGS = {"ja", "de", "en", "fr", "zh", "ko", "tr", "es", "vi", "pt"}
CORE = {"ja", "de", "en", "fr"}
REGIONS = {"tokyo", "nrw", "tsu", "paris", "geneva", None}
TOPICS = {"company", "daily-life", "healthcare", "housing", "residence", "schooling", "support", "emergency",
          "smalltalk", "out-of-scope", "handover", "follow-up"}
KINDS = {"answer", "smalltalk", "out-of-scope", "clarify-region", "handover", "emergency"}


def num(n, man=True):
    """Every usual way to write integer n: 25000 25,000 25.000 25 000 25'000 (+ 2万5000 / 2.5万 for yen)."""
    s = str(n)
    out = [s]
    if n >= 1000:
        groups = []
        while s:
            groups.insert(0, s[-3:])
            s = s[:-3]
        for sep in [",", ".", " ", "\u00a0", "\u202f", "'", "\u2019"]:
            out.append(sep.join(groups))
    if man and n >= 10000:
        m, r = divmod(n, 10000)
        if r == 0:
            out.append(f"{m}万")
        else:
            out.append(f"{m}万{r}")
            if r % 1000 == 0:
                out.append(f"{m}万{r // 1000}千")
            if r % 1000 == 0:
                out.append(f"{n / 10000:g}万")
    seen = []
    for x in out:
        if x not in seen:
            seen.append(x)
    return seen


# ---- region question markers (must not occur when a place was named) ----
ASK_P1 = ["Tokyo oder NRW", "Tokyo or NRW", "NRW or Tokyo", "NRW oder Tokyo", "Tokio oder NRW", "東京かNRW", "東京とNRWのどちら",
          "東京またはNRW", "NRWか東京", "東京・NRWのどちら", "Welche Region", "which region", "どちらの地域"]
ASK_P2 = ["Paris ou Genève", "Paris or Geneva", "Geneva or Paris", "Genève ou Paris", "パリかジュネーブ", "パリとジュネーブのどちら",
          "ジュネーブかパリ", "quelle région", "which region", "どちらの地域", "どの地域", "Tsu, Paris or Geneva", "Tsu, Paris ou Genève"]

# ---- keyword groups (facts checked, see README) ----
G_YEN1 = ["1円", "1 yen", "1 Yen", "¥1", "1 JPY", "one yen", "1 円", "１円"]
G_NOTAR = ["Notar", "notary", "公証", "notaire", "Notariat"]
G_HR = ["Handelsregister", "commercial register", "商業登記", "登記", "trade register", "Registergericht"]
G_KK_TAX = num(150000)
G_GK_TAX = num(60000)
G_TEIKAN15 = num(15000)
G_TEIKAN30 = num(30000)
G_GMBH = num(25000)
G_GMBH_HALF = num(12500)
G_EUR1 = ["1 Euro", "1 €", "1€", "1 euro", "1ユーロ", "one euro", "€1", "1 EUR", "un euro", "1 Eur"]
G_112 = ["112"]
G_110 = ["110"]
G_119 = ["119"]
G_7119 = ["#7119", "7119", "＃7119"]
G_8000 = ["#8000", "8000", "＃8000"]
G_116117 = ["116117", "116 117"]
G_TWO_WEEKS = ["zwei Wochen", "2 Wochen", "two weeks", "2 weeks", "14 Tage", "14 days", "14日", "2週間", "二週間", "14 jours"]
G_14D = ["14日", "14 days", "14 Tage", "14 jours", "十四日", "2週間", "two weeks", "2 weeks", "zwei Wochen", "2 Wochen", "quatorze jours"]
G_3M = ["3 mois", "trois mois", "3 months", "three months", "3か月", "3ヶ月", "3カ月", "三か月", "3ヵ月", "3 Monate", "drei Monate"]
G_6M = ["6 Monate", "sechs Monate", "6 months", "six months", "6か月", "6ヶ月", "6カ月", "半年", "六か月", "6ヵ月", "6 Monaten", "sechs Monaten"]
G_1Y = ["1年", "1 Jahr", "ein Jahr", "one year", "1 year", "un an", "1 an", "一年", "12 mois", "12 months", "12 Monate"]
G_DTICKET = ["Deutschlandticket", "Deutschland-Ticket", "D-Ticket", "ドイツチケット", "Germany ticket", "ドイチュラントチケット"]
G_63 = ["63"]
G_BMV = ["経営・管理", "経営管理", "Business Manager", "business manager", "Business-Manager", "経営･管理", "Geschäftsführer", "Investor/Business"]
G_30M = num(30000000) + ["3000万", "3,000万", "3千万"]
G_BDC = ["Business Development Center", "BDC", "ビジネスコンシェルジュ", "Business Concierge"]
G_ONESTOP = ["One-Stop", "ワンストップ", "one-stop", "One Stop", "one stop"]
G_JETRO = ["JETRO", "ジェトロ", "日本貿易振興機構"]
G_AHK = ["AHK", "在日ドイツ商工会議所", "German Chamber of Commerce", "Deutsche Industrie- und Handelskammer in Japan", "ドイツ商工会議所"]
G_NRWJ = ["NRW Japan", "NRW.Global Business Japan", "NRWジャパン", "NRW.Global Business", "NRW Global Business", "NRW.INVEST", "NRW.Global"]
G_TMG = ["産業労働局", "Bureau of Industrial and Labor Affairs", "Büro für Industrie und Arbeit", "商工部", "Tokyo Metropolitan Government",
         "東京都", "TMG", "Tokyoter Stadtregierung", "Metropolitan Government"]
G_IHK = ["IHK", "Industrie- und Handelskammer", "Chamber of Commerce", "商工会議所", "chamber of commerce"]
G_GEWERBE = ["Gewerbeanmeldung", "Gewerbeamt", "trade registration", "営業届", "Gewerbe", "business registration"]
G_FINANZAMT = ["Finanzamt", "tax office", "税務署", "Steuernummer", "Steuer"]
G_ZEIMUSHO = ["税務署", "tax office", "Finanzamt", "法人設立届", "Steueramt"]
G_HOUMU = ["法務局", "Legal Affairs Bureau", "Rechtsamt", "Legal Affairs", "登記所", "registry"]
G_KUYAKUSHO = ["区役所", "市役所", "ward office", "city office", "city hall", "Bezirksamt", "Rathaus", "役所", "municipal", "Stadtverwaltung",
               "Bürgeramt", "mairie", "窓口"]
G_BUERGERAMT = ["Bürgeramt", "Bürgerbüro", "Meldebehörde", "Einwohnermeldeamt", "Bürgerservice", "citizens", "registration office",
                "住民登録", "住民票", "Anmeldung", "区役所", "市役所", "Meldeamt"]
G_MENKYO = ["運転免許センター", "運転免許試験場", "driver's license center", "driving licence center", "Führerscheinzentrum",
            "Führerscheinstelle", "試験場", "license center", "licence centre", "license centre", "免許センター", "外免切替", "外国免許"]
G_FSSTELLE = ["Führerscheinstelle", "Fahrerlaubnisbehörde", "Straßenverkehrsamt", "licence office", "license office", "運転免許",
              "driving licence authority", "Bürgeramt", "Führerschein"]
G_HEALTHINS_JP = ["国民健康保険", "健康保険", "National Health Insurance", "health insurance", "Krankenversicherung", "社会保険", "保険証"]
G_HEALTHINS_DE = ["Krankenkasse", "Krankenversicherung", "health insurance", "健康保険", "医療保険", "公的保険", "gesetzlich"]
G_KITA = ["Kita", "Kindertagesstätte", "Kindergarten", "保育", "幼稚園", "daycare", "day care", "nursery", "Kinderbetreuung", "childcare",
          "Tagesmutter", "キタ"]
G_INTSCHOOL = ["International School", "internationale Schule", "インターナショナルスクール", "international school", "Internationale Schule",
               "インター"]
G_JAPSCHOOL = ["日本人学校", "Japanische Schule", "Japanese School", "japanische Schule", "Japanese International School", "日本語補習",
               "補習授業校", "japanischen Schule"]
G_BOSHI = ["母子健康手帳", "母子手帳", "Mutter-Kind", "Maternal and Child Health Handbook", "maternal and child health", "Mutterpass",
           "boshi", "Mother and Child"]
G_MUTTERPASS = ["Mutterpass", "maternity record", "maternity pass", "母子手帳", "マタニティパス", "ムッターパス"]
G_HEBAMME = ["Hebamme", "midwife", "助産", "Hebammen"]
G_AUSL = ["Ausländerbehörde", "immigration office", "外国人局", "Ausländeramt", "Aufenthaltstitel", "residence permit", "在留許可", "滞在許可",
          "Aufenthaltserlaubnis", "外国人事務所"]
G_NYUKAN = ["入管", "出入国在留管理", "Immigration Services", "immigration", "Einwanderungsbehörde", "Immigration Bureau", "入国管理"]
G_ZAIRYU = ["在留カード", "residence card", "Aufenthaltskarte", "Residence Card", "zairyu"]

# partnership 2
G_SAS1 = G_EUR1
G_SARL = num(20000, man=False) + ["2万", "20 000 CHF", "CHF 20"]
G_SA = num(100000, man=False) + ["10万", "CHF 100"]
G_CHOOSE = ["Choose Paris Region", "Choose Paris", "Paris Region", "ARD", "Agence Régionale de Développement", "パリ地域"]
G_OPI = ["OPI", "Office de Promotion des Industries", "promotion économique", "SPEG", "GGBa", "Greater Geneva", "ジュネーブ州産業振興"]
G_TSU = ["津市", "Tsu City", "Tsu city", "ville de Tsu", "Tsu-shi", "産業政策", "商工観光", "city of Tsu", "Ville de Tsu", "市役所"]
G_OCPM = ["OCPM", "Office cantonal de la population", "population et des migrations", "Cantonal Office for Population",
          "人口移民", "Population and Migration"]
G_GUICHET = ["guichet unique", "Guichet unique", "Guichet Unique", "INPI", "formalites.entreprises", "one-stop", "one stop", "ワンストップ"]
G_RC = ["registre du commerce", "Registre du commerce", "commercial register", "商業登記", "Handelsregister", "RCS", "登記"]
G_VITALE = ["carte Vitale", "Carte Vitale", "Vitale", "CPAM", "Assurance Maladie", "assurance maladie", "sécurité sociale",
            "Sécurité sociale", "social security", "health insurance", "健康保険", "医療保険", "社会保障"]
G_LAMAL = ["LAMal", "assurance maladie", "assurance-maladie", "health insurance", "健康保険", "医療保険", "caisse maladie", "caisse-maladie",
           "Krankenversicherung", "KVG"]
G_TITRE = ["titre de séjour", "Titre de séjour", "residence permit", "在留許可", "滞在許可", "visa", "Visa", "talent", "Talent", "VLS",
           "滞在許可証", "ビザ", "査証"]
G_PERMIS_CH = ["permis B", "Permis B", "permis L", "autorisation de séjour", "residence permit", "滞在許可", "permit", "permis de séjour",
               "Aufenthaltsbewilligung", "ビザ", "visa"]
G_FR_EMERG = [["15"], ["17"], ["18"], ["112"]]
G_CH_EMERG = [["144"], ["117"], ["118"]]
G_MIE_INFO = ["059-229-1199", "229-1199", "医療ネットみえ", "救急医療情報", "Emergency Medical Information", "Iryo Net Mie", "iryo-net"]
G_MENKYO_FR = ["ANTS", "préfecture", "échange", "exchange", "切替", "切り替え", "Umtausch", "permis français", "French licence",
               "French license", "フランスの免許"]


class CaseList(list):
    def add(self, lang, region, topic, turns, kind=None, all=None, none=None, language=None, extra_none=True, p=1):
        if isinstance(turns, str):
            turns = [turns]
        if language is None:
            language = [lang] if lang in CORE else ["en", lang]
        nn = list(none or [])
        if extra_none and region is not None and kind != "clarify-region":
            nn += ASK_P1 if p == 1 else ASK_P2
        exp = {}
        if kind:
            exp["kind"] = kind
        exp["language"] = language
        if all:
            exp["all"] = [list(g) for g in all]
        if nn:
            exp["none"] = nn
        t = [{"text": x} for x in turns[:-1]] + [{"text": turns[-1], "expect": exp}]
        self.append({"lang": lang, "region": region, "topic": topic, "turns": t})


def assign_ids(cases, prefix):
    out = []
    for i, c in enumerate(cases, 1):
        d = {"id": f"{prefix}{i:03d}"}
        d.update(c)
        out.append(d)
    return out


def validate(doc, prefix):
    errs = []
    if not isinstance(doc, dict) or set(doc) != {"set", "writtenBy", "cases"}:
        errs.append("top-level keys must be set, writtenBy, cases")
        return errs
    ids = set()
    for c in doc["cases"]:
        cid = c.get("id", "?")
        if not re.fullmatch(prefix + r"\d{3}", cid):
            errs.append(f"{cid}: bad id")
        if cid in ids:
            errs.append(f"{cid}: duplicate id")
        ids.add(cid)
        if set(c) != {"id", "lang", "region", "topic", "turns"}:
            errs.append(f"{cid}: keys {sorted(c)}")
        if c.get("lang") not in LANGS:
            errs.append(f"{cid}: lang")
        if c.get("region") not in REGIONS:
            errs.append(f"{cid}: region")
        if c.get("topic") not in TOPICS:
            errs.append(f"{cid}: topic")
        turns = c.get("turns") or []
        if not turns:
            errs.append(f"{cid}: no turns")
            continue
        for t in turns[:-1]:
            if "expect" in t:
                errs.append(f"{cid}: expect on non-final turn")
        for t in turns:
            if not isinstance(t.get("text"), str) or not t["text"].strip():
                errs.append(f"{cid}: empty text")
        e = turns[-1].get("expect")
        if not isinstance(e, dict):
            errs.append(f"{cid}: last turn lacks expect")
            continue
        if not set(e) <= {"kind", "language", "all", "none"}:
            errs.append(f"{cid}: expect keys")
        if "kind" in e and e["kind"] not in KINDS:
            errs.append(f"{cid}: kind")
        lg = e.get("language")
        if not lg or not all(x in LANGS for x in lg):
            errs.append(f"{cid}: language")
        if c["lang"] not in CORE and lg != ["en", c["lang"]]:
            errs.append(f"{cid}: other-language case must accept ['en', lang]")
        for g in e.get("all", []):
            if not isinstance(g, list) or not g or not all(isinstance(x, str) and x for x in g):
                errs.append(f"{cid}: bad all group")
        for x in e.get("none", []):
            if not isinstance(x, str) or not x:
                errs.append(f"{cid}: bad none")
        allflat = {x.lower() for g in e.get("all", []) for x in g}
        for x in e.get("none", []):
            if x.lower() in allflat:
                errs.append(f"{cid}: '{x}' both in all and none")
        if e.get("kind") == "clarify-region" and c["region"] is not None:
            errs.append(f"{cid}: clarify-region needs region null")
        if len(turns) > 1 and c["topic"] != "follow-up":
            errs.append(f"{cid}: multi-turn case should have topic follow-up")
    return errs
