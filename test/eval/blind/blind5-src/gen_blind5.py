#!/usr/bin/env python3
"""Generator for the blind5 evaluation sets of kakehashi.

Builds
  blind5-tokyo-nrw.json  (partnership 1, ids B5TN...)
  blind5-tsu.json        (partnership 2, ids B5TS...)
  README-blind5.md       (counts, method, checked facts)

Run:  python3 gen_blind5.py      (writes next to this script)
"""
import json
import os
import random
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
WRITTEN_BY = "blind5 helper session (no access to knowledge/ or test/), 2026-11-30"

REGIONS = {"tokyo", "nrw", "tsu", "paris", "geneva", None}
TOPICS = {"company", "daily-life", "healthcare", "housing", "residence", "schooling", "support",
          "emergency", "smalltalk", "out-of-scope", "handover", "follow-up"}
KINDS = {"answer", "smalltalk", "out-of-scope", "clarify-region", "handover", "emergency", None}


# --------------------------------------------------------------------------- number helpers
def nv(n, *extra):
    """Tolerant spellings of a number: 150,000 / 150.000 / 150000 / 150 000 / 150'000 ..."""
    out = []
    s = f"{n:,}"
    for v in (s, s.replace(",", "."), str(n), s.replace(",", " "), s.replace(",", "\u00a0"),
              s.replace(",", "\u202f"), s.replace(",", "'"), s.replace(",", "\u2019")):
        if v not in out:
            out.append(v)
    for e in extra:
        if e not in out:
            out.append(e)
    return out


def G(*parts):
    """Merge several alternative lists into one keyword group (order kept, duplicates dropped)."""
    out = []
    for p in parts:
        if isinstance(p, str):
            p = [p]
        for x in p:
            if x not in out:
                out.append(x)
    return out


# --------------------------------------------------------------------------- region question markers
RQ1 = ["Tokyo or NRW?", "Tokyo oder NRW?", "NRW or Tokyo?", "NRW oder Tokyo?", "Tokio oder NRW?",
       "東京とNRWのどちら", "東京・NRWのどちら", "東京かNRWか", "NRWか東京か", "which region",
       "welche Region", "どちらの地域", "Tokyo ou NRW ?"]
RQ2 = ["Paris or Geneva?", "Paris ou Genève ?", "Paris ou Genève?", "which region", "quelle région",
       "どの地域", "どちらの地域", "Tsu, Paris or Geneva", "Tsu, Paris ou Genève"]

# --------------------------------------------------------------------------- shared keyword groups
G_14DAYS = ["14日", "14 days", "14 Tage", "14 jours", "2週間", "二週間", "two weeks", "2 weeks", "zwei Wochen",
            "deux semaines", "fourteen", "14天", "两周", "2周", "14 días", "dos semanas", "14 gün", "2 hafta",
            "14일", "2주"]
G_2WEEKS = G_14DAYS
G_WARD = ["区役所", "ward office", "city office", "city hall", "Bezirksamt", "Rathaus", "Bürgeramt", "役所",
          "Ward Office", "mairie"]
G_RESCARD = ["在留カード", "residence card", "Residence Card", "carte de résident", "carte de séjour",
             "Aufenthaltskarte", "zairyu"]
G_KK_CAP = ["1円", "1 yen", "¥1", "JPY 1", "one yen", "1 Yen", "1日元", "1日圆", "1 日元", "1엔", "1 엔", "un yen"]
G_150K = nv(150000, "15万", "150k", "15 万")
G_60K = nv(60000, "6万", "60k")
NOTARY_FEE_CORP = G(nv(30000, "3万"), nv(40000, "4万"), nv(50000, "5万"))
G_15K = nv(15000, "1万5千", "1万5000", "1.5万")
G_30M = ["3,000万", "3000万", "3,000 万", "30,000,000", "30.000.000", "30 000 000", "30 million", "30 Mio",
         "30 Millionen", "3千万", "3천만", "3,000만", "3000만", "30 millions", "3 000万",
         "30\u00a0000\u00a0000", "30\u202f000\u202f000"]
G_EMPLOYEE = ["常勤職員", "常勤", "full-time employee", "full-time staff", "Vollzeit", "employee", "Mitarbeiter",
              "従業員", "salarié"]
G_B2 = ["B2", "N2", "日本語", "Japanese language", "Japanese-language", "Japanisch", "japonais"]
G_BMV = ["経営・管理", "経営管理", "Business Manager", "Business-Manager", "Geschäftsführer", "Investor/Business",
         "business manager", "gestion"]
G_GMBH_25K = nv(25000, "2万5千", "2万5000", "2.5万", "25k", "2 万 5 千")
G_12500 = nv(12500, "1万2500", "1万2千5百", "1.25万")
G_NOTAR_DE = ["Notar", "notary", "公証", "notar", "公證", "noter", "notaire"]
G_NOTAR_JP = ["公証", "notary", "Notar", "定款認証", "noter", "notaire", "公证", "공증"]
G_HR = ["Handelsregister", "commercial register", "商業登記", "登記", "trade register", "Registergericht",
        "Amtsgericht", "登記所"]
G_ELSTER = ["ELSTER", "Elster", "steuerlichen Erfassung", "tax registration questionnaire", "Fragebogen",
            "questionnaire", "質問票", "税務登録", "Steuernummer", "tax number", "税番号"]
G_1MONTH = ["1 Monat", "einen Monat", "eines Monats", "einem Monat", "one month", "1 month", "1か月", "1ヶ月",
            "1カ月", "一か月", "ひと月", "4 Wochen", "vier Wochen", "four weeks", "4 weeks", "4週間", "§ 138",
            "§138"]
G_KAUTION = ["Kaution", "deposit", "敷金", "保証金", "Mietkaution", "Mietsicherheit", "デポジット", "押金",
             "보증금", "depozito", "fianza", "depósito"]
G_3RENTS = ["3 Monat", "drei Monat", "three month", "3 month", "3か月", "3ヶ月", "3カ月", "三か月", "Dreifache",
            "dreifache", "3倍", "three times", "3 Nettokalt", "drei Nettokalt", "3 Kaltmieten", "drei Kaltmieten",
            "3个月", "三个月", "3個月", "3개월", "3 ay", "tres meses", "3 meses"]
G_116117 = ["116117", "116 117"]
G_DTICKET = ["Deutschlandticket", "Deutschland-Ticket", "D-Ticket", "ドイツチケット", "Germany Ticket",
             "ドイツ・チケット"]
G_63 = ["63 €", "63€", "63 euro", "63ユーロ", "€63", "€ 63", "EUR 63", "63 EUR", "63,00", "63.00"]
G_JAF = ["JAF", "Japan Automobile Federation", "日本自動車連盟", "翻訳文", "translation", "Übersetzung",
         "traduction"]
G_1YEAR = ["1年", "一年", "one year", "1 year", "ein Jahr", "einem Jahr", "12 months", "12か月", "12 Monate",
           "un an", "12 mois", "1 an "]
G_KIRIKAE = ["外免切替", "切替", "切り替え", "conversion", "convert", "Umschreibung", "umschreiben", "exchange",
             "運転免許センター", "license center", "licence center", "driver's license center", "試験場",
             "échange", "échanger", "convertir"]
G_6MONTHS = ["6 Monate", "sechs Monate", "six months", "6 months", "6か月", "6ヶ月", "6カ月", "六か月", "半年",
             "185"]
G_UMSCH = ["Umschreibung", "umschreiben", "umgeschrieben", "書き換え", "書換", "切り替え", "切替", "exchange",
           "convert", "Führerscheinstelle", "Straßenverkehrsamt", "Fahrerlaubnisbehörde"]
G_KITA = ["Kita", "Kindertagesstätte", "daycare", "day care", "day-care", "保育", "幼稚園", "Kindergarten",
          "Tagespflege", "nursery", "childcare"]
G_AGE1 = ["1 Jahr", "ersten Geburtstag", "1. Lebensjahr", "ersten Lebensjahr", "vollendeten ersten", "age one",
          "age of one", "age 1", "1歳", "one year old", "1 year old", "first birthday", "一歳", "turns one",
          "ab einem Jahr", "ab dem ersten"]
G_JUGENDAMT = ["Jugendamt", "youth welfare office", "青少年局", "Kita-Navigator", "Kita Navigator", "Kitanavigator",
               "little bird", "市役所", "役所", "Stadt"]
G_KINDERGELD = ["Kindergeld", "child benefit", "児童手当", "子ども手当", "子供手当", "Familienkasse"]
G_MUTTERPASS = ["Mutterpass", "maternity record", "母子手帳", "母子健康手帳", "Maternal and Child Health Handbook",
                "Mother and Child Health Handbook", "mother-child", "boshi", "Mutter-Kind"]
G_HEBAMME = ["Hebamme", "midwife", "助産師", "助産婦", "Hebammen"]
G_NRWJAPAN = ["NRW Japan", "NRW.Global Business Japan", "NRWジャパン", "NRW.Japan"]
G_NRWGB = ["NRW.Global Business", "NRW.GLOBAL", "NRW Global Business", "NRW.INVEST", "NRW.Global", "NRW Global"]
G_NRWSUP = G(G_NRWJAPAN, G_NRWGB)
G_TMG = ["産業労働局", "商工部", "Bureau of Industrial", "Industrial and Labor", "Industrial and Labour",
         "Tokyo Metropolitan Government", "TMG", "Tokyo Metropolitan", "東京都", "Industrie und Arbeit",
         "Metropolregierung", "Stadtregierung", "Präfekturregierung"]
G_AHK = ["AHK", "German Chamber of Commerce and Industry in Japan", "Deutsche Industrie- und Handelskammer in Japan",
         "在日ドイツ商工会議所", "ドイツ商工会議所", "Außenhandelskammer", "German Chamber"]
G_JIHK = ["JIHK", "Japanische Industrie- und Handelskammer", "Japanese Chamber of Commerce", "日本商工会議所",
          "日本人商工会議所", "Japanese Chamber"]
G_JETRO = ["JETRO", "ジェトロ", "日本貿易振興機構", "Japan External Trade"]
G_HIMAWARI = ["ひまわり", "Himawari", "5285-8181", "AMDA", "保健医療情報センター", "Health and Medical Information",
              "医療情報センター", "Medical Information Center", "Medical Information Centre"]
G_DSTY = ["Deutsche Schule Tokyo Yokohama", "DSTY", "German School Tokyo", "German School of Tokyo",
          "東京横浜独逸学園", "独逸学園", "ドイツ学園", "Deutsche Schule"]
G_AUSL = ["Ausländerbehörde", "immigration office", "foreigners' office", "Foreigners Office", "foreigners authority",
          "外国人局", "Aufenthaltstitel", "Aufenthaltserlaubnis", "residence permit", "滞在許可", "Ausländeramt",
          "居留许可", "居留許可", "체류 허가", "체류허가", "oturma izni", "permiso de residencia",
          "giấy phép cư trú", "Sở Ngoại kiều"]
G_90 = ["90 days", "90 Tage", "90日", "90 天", "90天", "90 jours", "3 Monate", "drei Monate", "3 months", "three months", "3か月", "3ヶ月", "3カ月", "三か月"]
G_ANMELD = ["Anmeldung", "anmelden", "住民登録", "転入", "registration", "register", "Meldebehörde", "Bürgerbüro",
            "Bürgeramt", "住所登録"]
G_WGB = ["Wohnungsgeberbestätigung", "Wohnungsgeber", "landlord confirmation", "landlord's confirmation",
         "confirmation from your landlord", "landlord", "家主", "大家", "入居証明", "Vermieter"]
G_MEMO_EXT = ["6か月", "6ヶ月", "6カ月", "6 months", "six months", "6 Monate", "sechs Monate", "自動", "automatically",
              "automatisch", "extended", "verlängert", "延長", "renewed", "tacitement"]

# partnership 2
G_1EUR = ["1 €", "1€", "1 euro", "1ユーロ", "€1", "€ 1", "1 eur", "un euro", "euro symbolique", "1,00 €"]
G_GUICHET = ["guichet unique", "INPI", "formalites.entreprises", "one-stop", "単一窓口", "ワンストップ"]
G_KBIS = ["Kbis", "K-bis", "extrait K", "RCS", "registre du commerce", "商業登記簿", "登記簿", "trade and companies register"]
G_SAMU = ["SAMU", "Samu"]
G_DEPOT = ["dépôt de garantie", "depot de garantie", "deposit", "caution", "敷金", "保証金", "Kaution", "depósito",
           "fianza"]
G_1MOIS = ["1 mois", "un mois", "one month", "1 month", "1か月", "1ヶ月", "1カ月", "一か月", "ひと月"]
G_2MOIS = ["2 mois", "deux mois", "two months", "2 months", "2か月", "2ヶ月", "2カ月", "二か月", "2 meses",
           "dos meses"]
G_NAVIGO = ["Navigo", "ナビゴ"]
G_9080 = ["90,80", "90.80", "90,8", "90.8"]
G_VITALE = ["carte Vitale", "Vitale", "CPAM", "Assurance Maladie", "ameli", "Sécurité sociale", "PUMa", "健康保険",
            "保険証"]
G_PERMIS_FR = ["échange", "echange", "exchange", "交換", "切り替え", "切替", "ANTS", "convert", "書き換え"]
G_3ANS = ["3 ans", "trois ans", "age 3", "age of 3", "age of three", "three years old", "3-year-old", "3 years old",
          "from three", "3歳", "dès 3", "三歳"]
G_4ANS = ["4 ans", "quatre ans", "age 4", "age of 4", "age of four", "four years old", "4-year-old", "4 years old",
          "from four", "4歳", "dès 4", "四歳", "4 Jahre", "vier Jahre"]
G_CPR = ["Choose Paris Region", "Paris Region", "パリ地域", "パリ・リージョン", "イル＝ド＝フランス", "イル・ド・フランス",
         "Île-de-France", "Ile-de-France", "Agence Régionale de Développement", "(ARD)", "ARD)"]
G_OPI = ["Office de Promotion des Industries", "Office de promotion des industries", "Promotion des Industries",
         "(OPI)", "OPI)", "(OPI", "OPI ", "OPI,", "OPI.", "OPI:", "OPIの", "OPIに", "OPIへ", "OPIは", "OPIと",
         "OPIが", "OPI（", "ジュネーブ州産業振興機構", "産業振興機構"]
G_20K = nv(20000, "2万")
G_50K = nv(50000, "5万")
G_100K = nv(100000, "10万")
G_LAMAL = ["LAMal", "assurance-maladie", "assurance maladie", "health insurance", "健康保険", "Krankenversicherung",
           "caisse maladie", "caisse-maladie", "医療保険", "assureur"]
G_3MOIS = ["3 mois", "trois mois", "three months", "3 months", "3か月", "3ヶ月", "3カ月", "三か月", "90 jours", "90 days",
           "3 Monate", "drei Monate"]
G_GARANTIE = ["garantie", "deposit", "caution", "敷金", "保証金", "Kaution", "dépôt", "保証"]
G_12MOIS = ["12 mois", "douze mois", "12 months", "twelve months", "一年", "1年", "un an", "one year", "1 year",
            "12か月", "12ヶ月", "12 Monate", "ein Jahr"]
G_TSU = ["津市", "Tsu City", "ville de Tsu", "City of Tsu", "municipalité de Tsu", "mairie de Tsu", "商工観光部",
         "Tsu Municipal"]
G_MIEF = ["三重県国際交流財団", "MIEF", "Mie International Exchange Foundation", "MieCo", "アスト津"]
G_8000 = ["#8000", "8000", "059-232-9955", "232-9955"]

# scope / menu groups for smalltalk and out-of-scope
G_MENU = ["company", "Company", "business", "founding", "visa", "residence", "health", "help", "support",
          "会社", "設立", "ビザ", "在留", "医療", "生活", "お手伝い", "支援", "サポート", "手続",
          "Firmengründung", "Gründung", "Unternehmen", "Visum", "Aufenthalt", "Gesundheit", "helfen", "Unterstützung",
          "entreprise", "création", "titre de séjour", "santé", "logement", "aide", "accompagn", "empresa", "ayuda"]
G_THANKS = ["welcome", "glad", "anything else", "else", "どういたしまして", "お役に", "他に", "ほかに", "お気軽",
            "gern", "Gerne", "weitere", "noch", "de rien", "avec plaisir", "autre", "n'hésitez", "help", "helfen",
            "お手伝い", "aide"]
G_SCOPE = ["company", "business", "founding", "daily life", "residence", "support", "help with", "procedures",
           "会社", "ビジネス", "企業", "設立", "生活", "支援", "手続", "お手伝い",
           "Unternehmen", "Gründung", "Firmen", "Alltag", "Unterstützung", "Geschäft",
           "entreprise", "implantation", "vie quotidienne", "démarches", "accompagn", "société"]
NO_WEATHER = ["°C", "℃"]

CL1 = [["Tokyo", "東京", "Tokio", "Tokyoter"],
       ["NRW", "Nordrhein", "ノルトライン", "North Rhine", "Düsseldorf", "デュッセルドルフ", "ドイツ", "Germany",
        "Deutschland"]]
CL2 = [["Tsu", "津", "Japan", "Japon", "日本", "三重", "Mie"],
       ["Paris", "パリ", "France", "フランス", "Genève", "Geneva", "ジュネーブ", "Suisse", "Switzerland", "スイス"]]

NONE_TOKYO_EM = ["116117", "116 117"]
NONE_NRW_EM = ["#7119", "#8000", "119番"]
NONE_PARIS_EM = ["144", "119番", "#7119"]
NONE_GENEVA_EM = ["SAMU", "119番"]
NONE_TSU_EM = ["SAMU", "144", "116117"]
NONE_NRW_WRONG = ["IHK Stuttgart", "IHK München", "IHK Berlin"]


# --------------------------------------------------------------------------- case builder
class SetBuilder:
    def __init__(self, name, prefix, main_langs, rq):
        self.name, self.prefix, self.main_langs, self.rq = name, prefix, main_langs, rq
        self.cases = []

    def langs(self, lang):
        return [lang] if lang in self.main_langs else ["en", lang]

    def add(self, lang, region, topic, turns, groups, kind="answer", none=None, no_rq=False):
        if isinstance(turns, str):
            turns = [turns]
        nonel = list(none or [])
        if not no_rq and kind != "clarify-region" and (region is not None or kind in ("smalltalk", "out-of-scope")):
            nonel = G(nonel, self.rq)
        expect = OrderedDict()
        if kind is not None:
            expect["kind"] = kind
        expect["language"] = self.langs(lang)
        expect["all"] = [list(g) for g in groups]
        if nonel:
            expect["none"] = nonel
        tl = [{"text": t} for t in turns[:-1]] + [{"text": turns[-1], "expect": expect}]
        c = OrderedDict([("id", None), ("lang", lang), ("region", region), ("topic", topic), ("turns", tl)])
        self.cases.append(c)

    def finish(self, seed):
        rnd = random.Random(seed)
        rnd.shuffle(self.cases)
        for i, c in enumerate(self.cases, 1):
            c["id"] = f"{self.prefix}{i:03d}"
        validate(self.cases)
        return OrderedDict([("set", self.name), ("writtenBy", WRITTEN_BY), ("cases", self.cases)])


def validate(cases):
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for c in cases:
        assert c["region"] in REGIONS, c
        assert c["topic"] in TOPICS, c
        turns = c["turns"]
        assert turns and all(t["text"].strip() for t in turns), c
        for t in turns[:-1]:
            assert "expect" not in t, c
        e = turns[-1]["expect"]
        assert e.get("kind") in KINDS, c
        assert e["language"] and all(isinstance(x, str) and x for x in e["language"]), c
        assert e["all"], c
        for g in e["all"]:
            assert g and all(isinstance(x, str) and x.strip() for x in g), (c["id"], g)
        if c["topic"] == "follow-up":
            assert len(turns) >= 2, c
        else:
            assert len(turns) == 1, c


# =========================================================================== PARTNERSHIP 1
def build_p1():
    b = SetBuilder("blind5-tokyo-nrw", "B5TN", {"en", "ja", "de"}, RQ1)
    A = b.add

    # ---------------- English answers
    A("en", "tokyo", "company",
      "hey we're a small machine parts maker from bielefeld 🛠️ for a tokyo subsidiary is a KK or a GK cheaper to set up?",
      [["GK", "合同会社", "godo", "LLC"], G_60K])
    A("en", "tokyo", "company",
      "whats the registration tax at the legal affairs bureau for a kabushiki kaisha w/ 3 mil yen capital",
      [G_150K, ["登録免許税", "registration", "license tax", "licence tax"]])
    A("en", "tokyo", "company",
      "our german parent gmbh will hold 100% of the new KK in minato-ku. what does the notary charge for certifying the articles??",
      [NOTARY_FEE_CORP, G_NOTAR_JP])
    A("en", "tokyo", "company",
      "is it true paper articles of incorporation need a 40k yen revenue stamp? any way around that",
      [nv(40000, "4万", "40k"), ["electronic", "電子定款", "電子", "e-articles", "digital", "PDF"]])
    A("en", "tokyo", "residence",
      "can my business manager visa still be based at my flat in setagaya or do i need a proper office now",
      [["in principle", "原則", "generally", "no longer", "not accepted", "not be accepted", "not allowed",
        "not permitted", "home office", "自宅"], ["2025", "October", "10月", "revision", "改正", "stricter", "tightened"]])
    A("en", "tokyo", "residence",
      "capital requirement for the business manager visa after the 2025 change?",
      [G_30M, G_BMV])
    A("en", "tokyo", "residence",
      "my wife and our 2 kids follow me to tokyo in april. what residence status do they get?",
      [["家族滞在", "Dependent", "dependent", "family stay"]])
    A("en", "tokyo", "residence",
      "just got my residence card at haneda ✈️ where and by when do i register my address in shinagawa?",
      [G_14DAYS, G(G_WARD, ["Shinagawa", "品川"])])
    A("en", "tokyo", "healthcare",
      "as director of our own KK do i join national health insurance or the company scheme?",
      [["社会保険", "健康保険", "employee health insurance", "shakai hoken", "Kenko Hoken", "company health insurance",
        "協会けんぽ", "Health Insurance Association", "social insurance"]])
    A("en", "tokyo", "healthcare",
      "how do i find a doctor who speaks english near meguro? our kid has a rash",
      [G_HIMAWARI])
    A("en", "tokyo", "schooling",
      "is there a german speaking school for our 10yo in the tokyo area?",
      [G_DSTY])
    A("en", "tokyo", "schooling",
      "how do we apply for a hoikuen spot in nerima? our kid is 18 months",
      [["保育園", "保育所", "daycare", "nursery", "認可"], G(G_WARD, ["保育課", "ward"])])
    A("en", "tokyo", "housing",
      "landlord wants shikikin AND reikin, 2 months each. what's the difference lol",
      [["礼金", "reikin", "key money"], ["敷金", "shikikin", "deposit"],
       ["refundable", "returned", "get back", "not returned", "返金", "返還", "gift"]])
    A("en", "tokyo", "housing",
      "agent says i need a japanese guarantor for the apartment but i know nobody here 😅",
      [["保証会社", "guarantor company", "guarantee company", "rent guarantee", "guarantor service", "保証人"]])
    A("en", "tokyo", "daily-life",
      "can i drive in tokyo with my german licence and the international permit from ADAC?",
      [G_JAF, G_1YEAR])
    A("en", "tokyo", "daily-life",
      "after my first year in tokyo how do i switch my german licence to a japanese one?",
      [G_KIRIKAE])
    A("en", "tokyo", "daily-life",
      "what do i need to open a personal bank account in japan?",
      [G_RESCARD])
    A("en", "tokyo", "daily-life",
      "best way to pay for trains in tokyo + is there a monthly commuter pass?",
      [["Suica", "PASMO"], ["定期", "commuter pass", "teiki", "season ticket", "commuter ticket"]])
    A("en", "tokyo", "support",
      "free advice for foreign founders in tokyo – is there something like a one-stop center?",
      [["Business Establishment Center", "開業ワンストップ", "Business Development Center", "BDCT", "JETRO", "ジェトロ",
        "東京開業"]])
    A("en", "tokyo", "support",
      "we want a booth at a trade show in tokyo next year – who helps german exhibitors?",
      [G_AHK])
    A("en", "tokyo", "company",
      "hiring our first local employee in tokyo – which insurances do we have to register them for?",
      [["社会保険", "健康保険", "厚生年金", "pension", "年金", "雇用保険", "employment insurance", "労災",
        "health insurance"]])
    A("en", "tokyo", "company",
      "after incorporation in tokyo what do we have to file at the tax office?",
      [["法人設立届", "設立届", "notification of incorporation", "incorporation notification", "Corporate Establishment",
        "establishment notification", "notification of establishment", "青色申告", "blue return", "給与支払事務所"]])
    A("en", "tokyo", "healthcare",
      "wife is pregnant 🤰 we live in koto-ku, what's the first step here?",
      [G_MUTTERPASS, ["妊娠届", "pregnancy", "区役所", "ward", "保健"]])
    A("en", "tokyo", "company",
      "german staff seconded to tokyo for 3 yrs – do they keep paying german pension or japanese?",
      [["社会保障協定", "social security agreement", "Sozialversicherungsabkommen", "certificate of coverage",
        "適用証明", "agreement"]])
    A("en", "nrw", "company",
      "planning a gmbh in düsseldorf – how much share capital must be in the account before it's registered?",
      [G_12500, G_GMBH_25K], none=NONE_NRW_WRONG)
    A("en", "nrw", "company",
      "is there a cheaper option than a gmbh in germany? heard of some 1 euro company",
      [["UG (", "UG ", "(UG)", "Unternehmergesellschaft", "haftungsbeschränkt"],
       ["1 €", "1€", "1 euro", "€1", "one euro", "EUR 1"]],
      none=NONE_NRW_WRONG)
    A("en", "nrw", "company",
      "the notary appointment in wuppertal – can it be done in english with an interpreter?",
      [["sworn", "vereidigt", "§ 16", "§16", "Übersetzung", "translation", "translated", "Dolmetscher",
        "understand", "versteh"]],
      none=NONE_NRW_WRONG)
    A("en", "nrw", "company",
      "can we found the gmbh for our NRW branch completely online from japan, no trip to germany?",
      [["online", "video", "オンライン"], G_NOTAR_DE], none=NONE_NRW_WRONG)
    A("en", "nrw", "company",
      "our gmbh just got into the handelsregister in essen. what now with the finanzamt?",
      [G_ELSTER, G_1MONTH], none=NONE_NRW_WRONG)
    A("en", "nrw", "company",
      "do we also need a gewerbeanmeldung for the gmbh? we're in bochum",
      [["Gewerbeamt", "trade office", "business registration office", "Ordnungsamt", "Stadt Bochum", "city of Bochum",
        "Bürgerbüro", "trade licence office"]],
      none=NONE_NRW_WRONG)
    A("en", "nrw", "company",
      "is IHK membership mandatory for our new company in dortmund?",
      [["by law", "IHKG", "automatic", "gesetzlich", "statutory", "Pflichtmitglied", "compulsory", "obligatory",
        "required by"]], none=NONE_NRW_WRONG)
    A("en", "nrw", "residence",
      "i'm japanese – can i fly into düsseldorf visa-free and sort out the work permit once i'm there?",
      [G_AUSL, G_90])
    A("en", "nrw", "residence",
      "what permit does a japanese founder need to run their own company in NRW?",
      [["§ 21", "§21", "Section 21", "self-employ", "Selbständig", "selbständige", "self employment"], G_AUSL])
    A("en", "nrw", "residence",
      "moved into a flat in neuss last week – what docs do i need to register?",
      [G_WGB, ["passport", "Reisepass", "Pass"]])
    A("en", "nrw", "healthcare",
      "do i have to switch to german health insurance or can i keep my japanese one?",
      [["Krankenkasse", "GKV", "PKV", "gesetzliche", "statutory", "private health insurance", "private insurance",
        "public health insurance"]])
    A("en", "nrw", "schooling",
      "we're moving to cologne – any international or japanese school options for our 9yo?",
      [["International School", "internationale Schule", "St. George", "Bonn International School", "ISR",
        "Japanische Schule Köln", "日本語補習", "補習校", "Japanese International School", "Saturday school"]])
    A("en", "nrw", "schooling",
      "our son turns 1 in march – do we have a right to a kita place in mülheim?",
      [G_AGE1, G_KITA])
    A("en", "nrw", "housing",
      "landlord in münster wants 4 months' rent as deposit. is that even legal??",
      [G_3RENTS, G_KAUTION])
    A("en", "nrw", "daily-life",
      "how much is the deutschlandticket a month at the moment?",
      [G_63, G_DTICKET])
    A("en", "nrw", "daily-life",
      "my japanese driving licence – how long can i keep using it after moving to bonn?",
      [G_6MONTHS, G_UMSCH])
    A("en", "nrw", "support",
      "tokyo medtech startup here, we want to visit MEDICA in düsseldorf – can NRW help with matchmaking?",
      [G_NRWSUP])
    A("en", "nrw", "daily-life",
      "do japanese families working in germany get kindergeld? how much per kid?",
      [G_KINDERGELD, ["259"]])
    A("en", None, "support",
      "what exactly does the tokyo–nrw MoU cover? 🤔",
      [["support organisation", "support organization", "introduc", "紹介", "Unterstützungs"],
       ["trade fair", "events", "showroom", "Messe", "見本市"],
       ["daily life", "Alltag", "日常生活", "healthcare", "housing", "education", "medical"]])
    A("en", None, "support",
      "is the tokyo-nrw memorandum still running? wasn't it only valid until march 2023?",
      [["2023"], G_MEMO_EXT])
    A("en", None, "support",
      "who actually signed that agreement on the NRW side?",
      [["MWIDE", "Innovation, Digitalisierung und Energie", "Innovation, Digitalization and Energy",
        "Innovation, Digitalisation and Energy", "経済・イノベーション・デジタル化・エネルギー省"],
       ["MWIKE", "Industrie, Klimaschutz", "Industry, Climate", "renamed", "umbenannt", "now called", "現在"]])

    # ---------------- Japanese answers
    A("ja", "nrw", "company", "デュッセルドルフでGmbH設立予定です。資本金っていくら必要？",
      [G_GMBH_25K], none=NONE_NRW_WRONG)
    A("ja", "nrw", "company", "Dortmundで会社つくるんだけど、公証人で定款認証したあとは何に登録するの？",
      [G_HR], none=NONE_NRW_WRONG)
    A("ja", "nrw", "residence", "Wuppertalに引っ越したばかり😵 住民登録はいつまでにやればいい？",
      [G_2WEEKS, G_ANMELD])
    A("ja", "nrw", "residence", "ドイツで住民登録するとき大家さんのサインが要るって本当？",
      [["Wohnungsgeberbestätigung", "Wohnungsgeber", "入居証明", "家主の証明", "大家さんの証明", "住居提供者", "入居確認"]])
    A("ja", "nrw", "residence", "日本人ってビザなしでドイツに入国して、現地で滞在許可を申請すればいいんですよね？",
      [G_AUSL, G_90])
    A("ja", "nrw", "residence", "Aachenに帯同する妻の滞在許可も外国人局でまとめて申請できますか",
      [["家族", "Familiennachzug", "family", "配偶者"], G_AUSL])
    A("ja", "nrw", "healthcare", "駐在員はドイツの公的保険と民間保険どっちに入るの？",
      [["年収", "収入", "Versicherungspflichtgrenze", "所得", "income", "上限", "派遣", "出向", "社会保障協定", "Jahresarbeitsentgelt"]])
    A("ja", "nrw", "healthcare", "ドイツではまずHausarztにかかるの？いきなり専門医は無理？",
      [["Facharzt", "Überweisung", "紹介状", "直接"]])
    A("ja", "nrw", "healthcare", "Düsseldorfで妊娠がわかりました🤰 ドイツにも母子手帳みたいなのある？助産師はどう探せば？",
      [["Mutterpass", "マタニティパス", "ムッターパス"], ["Hebamme", "ヘバメ", "Hebammenliste", "GKV"]])
    A("ja", "nrw", "schooling", "デュッセルドルフ日本人学校って何年生まで通えますか",
      [G(["日本人学校", "JISD", "Japanische Internationale Schule"]),
       ["中学", "9年", "Klasse 9", "中学3年", "中学校"]])
    A("ja", "nrw", "schooling", "Krefeldでキタ（保育園）の申し込みってどこでするの？何か月前までに？",
      [G_JUGENDAMT, G_6MONTHS])
    A("ja", "nrw", "housing", "ドイツの賃貸、Kautionって最大何か月分まで？",
      [G_3RENTS, G_KAUTION])
    A("ja", "nrw", "housing", "KaltmieteとWarmmieteの違いがわからん…",
      [["Nebenkosten", "光熱", "暖房", "Heizung", "共益", "付帯", "管理費", "諸経費"]])
    A("ja", "nrw", "daily-life", "ドイツチケットって今いくら？",
      [G_63, G_DTICKET])
    A("ja", "nrw", "daily-life", "日本の免許でドイツは何か月運転OK？書き換えって試験ある？",
      [G_6MONTHS, ["試験なし", "無試験", "試験は不要", "試験不要", "免除", "不要", "ありません"]])
    A("ja", "nrw", "daily-life", "ドイツで銀行口座を作るのに必要な書類は？",
      [["Meldebescheinigung", "住民登録", "Anmeldung", "登録証明"], ["パスポート", "旅券", "Reisepass"]])
    A("ja", "nrw", "company", "GmbH設立後、Finanzamtへの届出は何日以内？",
      [G_1MONTH, G_ELSTER], none=NONE_NRW_WRONG)
    A("ja", "nrw", "daily-life", "住民登録したら税番号（Steuer-ID）って自動で郵送される？",
      [["BZSt", "Bundeszentralamt", "連邦中央税務庁", "数週間", "週間", "自動的", "届きます", "送られて"]])
    A("ja", "nrw", "support", "NRWに進出したい東京の中小企業です。日本国内で相談できる窓口は？",
      [G_NRWJAPAN], kind=None)
    A("ja", "nrw", "support", "Messe Düsseldorfに出展したい。NRW州のサポートってある？",
      [G_NRWSUP])
    A("ja", "nrw", "support", "NRWの大学と水素の共同研究をしたい。どこが強い？",
      [["RWTH", "Aachen", "アーヘン", "Fraunhofer", "フラウンホーファー", "Duisburg", "デュイスブルク", "Bochum",
        "ボーフム", "Dortmund", "ドルトムント", "Jülich", "ユーリッヒ", "Max Planck", "マックス・プランク"]])
    A("ja", "nrw", "daily-life", "ドイツのゴミ分別、黄色い袋って何を入れるの？",
      [["Gelber Sack", "Gelbe Tonne", "包装", "Verpackung", "プラスチック", "容器", "缶"]])
    A("ja", "nrw", "daily-life", "Rundfunkbeitragって書いた手紙が来た。払わないとダメ？",
      [["義務", "世帯", "Haushalt", "払う必要", "Pflicht", "必要があります", "免除されません", "テレビ"]])
    A("ja", "nrw", "daily-life", "Leverkusenに住む予定。児童手当（Kindergeld）は日本人ももらえる？",
      [G_KINDERGELD, ["259"]])
    A("ja", "nrw", "support", "デュッセルドルフの日本商工会議所（JIHK）って何をしてくれるところ？",
      [G_JIHK, ["会員", "セミナー", "情報", "日本企業", "Mitglied"]])
    A("ja", "tokyo", "company", "港区で合同会社を設立する場合、登録免許税の最低額は？",
      [G_60K])
    A("ja", "tokyo", "residence", "経営管理ビザ、2025年10月の改正で何が変わったの？",
      [G_30M, G_EMPLOYEE, ["B2", "日本語"]])
    A("ja", "tokyo", "residence", "ドイツ人社員が家族で赴任してきます。区役所での手続きは何がある？",
      [["転入", "住民登録", "住民票"], ["国民健康保険", "健康保険", "児童手当", "国保", "マイナンバー"]])
    A("ja", "tokyo", "schooling", "東京近辺でドイツ語で授業してる学校ってある？",
      [G_DSTY])
    A("ja", "tokyo", "daily-life", "ドイツの免許証で日本を運転するにはJAFの翻訳文が必要？",
      [G_JAF, G_1YEAR])
    A("ja", None, "support", "東京都とNRW州の覚書っていつ結ばれた？",
      [["2021"], ["5月31日", "31 May", "May 31"]])
    A("ja", None, "support", "覚書の支援サービスって何語で受けられるの？",
      [["母国語", "母語", "英語"]])
    A("ja", "tokyo", "support", "在日ドイツ商工会議所（AHK）って何をしてくれる？",
      [G_AHK, ["見本市", "展示会", "商談", "会員", "進出", "ビジネス"]])
    A("ja", "tokyo", "support", "東京でドイツ企業とのビジネスマッチングのイベントってある？",
      [G(["産業労働局", "東京都", "商談会"], G_AHK, G_JETRO)])

    # ---------------- German answers
    A("de", "tokyo", "company", "wie viel stammkapital braucht eine KK in tokio mindestens?",
      [G_KK_CAP])
    A("de", "tokyo", "company", "was kostet die registersteuer für eine godo kaisha mindestens?",
      [G_60K])
    A("de", "tokyo", "residence", "business manager visum seit oktober 2025: wie viel kapital brauch ich?",
      [G_30M])
    A("de", "tokyo", "residence", "muss einer von uns japanisch können fürs visum? 😬",
      [["B2", "N2", "JLPT", "BJT"]])
    A("de", "tokyo", "residence", "wir ziehen nach shibuya – bis wann müssen wir uns beim bezirksamt melden?",
      [G_14DAYS])
    A("de", "tokyo", "healthcare", "krankenversicherung in japan als expat – ist die pflicht?",
      [["国民健康保険", "健康保険", "Kokumin", "Shakai", "National Health Insurance", "Nationale Krankenversicherung",
        "staatliche Krankenversicherung", "Arbeitgeber", "社会保険"]])
    A("de", "tokyo", "company", "entsandte mitarbeiter nach tokio: zahlen die in die japanische rentenkasse ein?",
      [["Sozialversicherungsabkommen", "Abkommen", "Entsendebescheinigung", "社会保障協定", "Bescheinigung"]])
    A("de", "tokyo", "schooling", "gibts im raum tokio eine deutsche schule?",
      [["Yokohama", "横浜", "DSTY"]])
    A("de", "tokyo", "healthcare", "kinderarzt der englisch spricht in tokio – wo find ich den?",
      [G_HIMAWARI])
    A("de", "tokyo", "housing", "wohnung in tokio: was ist reikin und krieg ich das zurück?",
      [["礼金", "Reikin", "Schlüsselgeld", "key money", "Dankesgeld"],
       ["nicht zurück", "nicht erstattet", "nicht rückzahlbar", "nicht zurückgezahlt", "nicht zurückerstattet",
        "keine Rückzahlung", "nicht wieder", "verloren", "non-refundable", "返還されない", "返ってこない"]])
    A("de", "tokyo", "daily-life", "mit deutschem führerschein in japan autofahren – was brauch ich?",
      [G_JAF, G_1YEAR])
    A("de", "tokyo", "daily-life", "führerschein umschreiben in japan – mit prüfung oder ohne?",
      [["ohne Prüfung", "keine Prüfung", "prüfungsfrei", "befreit", "Sehtest", "keine theoretische",
        "keine praktische", "ohne theoretische", "keine Fahrprüfung"]])
    A("de", "tokyo", "daily-life", "gibts in tokio sowas wie ne monatskarte für die bahn?",
      [["定期", "Teiki", "Pendler", "Monatskarte", "commuter pass", "Dauerkarte"], ["Suica", "PASMO"]])
    A("de", "tokyo", "support", "welche stelle in tokio hilft KMU aus NRW beim markteintritt?",
      [G_TMG], kind=None)
    A("de", "tokyo", "support", "wer hilft uns mit einem stand auf einer fachmesse in tokio?",
      [G_AHK])
    A("de", "tokyo", "support", "suchen japanischen vertriebspartner für medizintechnik, raum tokio",
      [G(["Vermittlung", "vermitteln", "Matching", "Kontakt"], G_JETRO, G_AHK, G_TMG)])
    A("de", "tokyo", "company", "firmenkonto in japan – geht das schon vor der eintragung der KK?",
      [["登記簿", "Registerauszug", "Handelsregisterauszug", "登記事項証明", "certificate of registered", "Gründer",
        "promoter", "発起人", "privat"]])
    A("de", "tokyo", "healthcare", "was ist das boshi techo? meine frau ist schwanger, wir wohnen in ota",
      [["Mutter-Kind", "Mutterpass", "母子健康手帳", "母子手帳", "Handbuch", "Heft"],
       ["Bezirksamt", "区役所", "妊娠届", "Schwangerschaft melden", "Schwangerschaftsmeldung", "anmelden", "melden"]])
    A("de", None, "support", "seit wann gibt es das memorandum tokyo–NRW und ist das rechtlich bindend?",
      [["2021"], ["nicht rechtlich bindend", "nicht verbindlich", "rechtlich nicht", "keine rechtliche",
                  "unverbindlich", "keine rechtlich", "nicht bindend"]])
    A("de", None, "support", "was genau bietet das abkommen für die familien der mitarbeiter?",
      [["Gesundheit", "medizinisch", "Bildung", "Schule", "Wohnen", "Alltag"]])
    A("de", "nrw", "housing", "japanischer kunde fragt: wie hoch darf die kaution in NRW maximal sein?",
      [G_3RENTS])
    A("de", "nrw", "company", "kunde aus osaka will ne UG statt GmbH, mindestkapital?",
      [["1 €", "1 Euro", "1€", "einem Euro", "ein Euro", "1,00"]], none=NONE_NRW_WRONG)
    A("de", "nrw", "schooling", "ab welchem alter hat ein kind in ratingen rechtsanspruch auf nen kitaplatz?",
      [G_AGE1])
    A("de", "nrw", "company", "bis wann muss unsere neue GmbH in köln beim finanzamt gemeldet sein?",
      [G_1MONTH], none=NONE_NRW_WRONG)
    A("de", "nrw", "daily-life", "japanische kollegin in oberhausen: wie lange darf sie mit japanischem führerschein fahren?",
      [G_6MONTHS])

    # ---------------- other languages (answered in English with a note)
    A("zh", "tokyo", "company", "我们是德国公司的中国员工，想在东京设立株式会社，最低资本金是多少？",
      [G_KK_CAP])
    A("ko", "nrw", "company", "뒤셀도르프에서 GmbH 설립하려면 자본금 얼마나 필요해요?",
      [G_GMBH_25K], none=NONE_NRW_WRONG)
    A("tr", "nrw", "residence", "Köln'e taşındım, Anmeldung'u kaç gün içinde yapmam gerekiyor?",
      [G_2WEEKS])
    A("es", "tokyo", "residence", "hola! cómo registro mi domicilio en tokio siendo extranjero? cuánto plazo tengo?",
      [G_14DAYS])
    A("vi", "nrw", "residence", "Công ty Nhật của tôi mở chi nhánh ở Düsseldorf. Tôi cần xin giấy phép cư trú ở đâu?",
      [[x for x in G_AUSL if x not in ("giấy phép cư trú",)]])
    A("fr", "tokyo", "daily-life", "bonjour, mon permis de conduire allemand est-il valable au Japon ?",
      [G_JAF, G_1YEAR])
    A("pt", "nrw", "daily-life", "Quanto custa o Deutschlandticket por mês agora?",
      [G_63])
    A("zh", "nrw", "housing", "在杜塞尔多夫租房，押金最多可以收几个月的房租？",
      [G_3RENTS])
    A("ko", "tokyo", "residence", "도쿄 경영관리 비자 자본금 요건이 얼마로 바뀌었나요?",
      [G_30M])
    A("tr", "tokyo", "company", "Tokyo'da KK kurarken esas sözleşme için noter onayı gerekli mi?",
      [["定款認証", "certif", "公証役場", "notary office", "Notary Office", "articles of incorporation", "articles"]])

    # ---------------- emergencies
    A("en", "tokyo", "emergency", "my colleague just collapsed in our office in shinjuku!!! what number do i call",
      [["119"]], kind="emergency", none=NONE_TOKYO_EM)
    A("en", "nrw", "emergency", "kid has 39.5 fever at 2am in düsseldorf, all practices closed, what do i do",
      [G_116117, ["112"]], kind="emergency", none=NONE_NRW_EM)
    A("en", "tokyo", "emergency", "my daughter (4) has a high fever tonight in nakano, should i call an ambulance?",
      [["#8000", "8000", "#7119", "7119"], ["119"]], kind="emergency", none=NONE_TOKYO_EM)
    A("en", "nrw", "emergency", "someone just broke into our car in oberhausen, what's the police number?",
      [["110"]], kind="emergency", none=NONE_NRW_EM)
    A("ja", "nrw", "emergency", "Duisburgで子どもが階段から落ちて頭を打った！救急車呼びたい！",
      [["112"]], kind="emergency", none=NONE_NRW_EM)
    A("ja", "tokyo", "emergency", "夜中に急な腹痛…救急車呼ぶべきか迷ってます。江東区です",
      [["#7119", "7119"]], kind="emergency", none=NONE_TOKYO_EM)
    A("ja", "nrw", "emergency", "ボーフムで財布を盗まれた。警察は何番？",
      [["110"]], kind="emergency", none=NONE_NRW_EM)
    A("de", "tokyo", "emergency", "starkes erdbeben gerade in tokio, was tun, welche nummern??",
      [["119"], ["110"]], kind="emergency", none=NONE_TOKYO_EM)
    A("de", "nrw", "emergency", "mein mann hat starke brustschmerzen, wir sind in gelsenkirchen",
      [["112"]], kind="emergency", none=NONE_NRW_EM)
    A("it", "tokyo", "emergency", "ciao, quali sono i numeri di emergenza a Tokyo? 🚑",
      [["119"], ["110"]], kind="emergency", none=NONE_TOKYO_EM)

    # ---------------- hand-over
    A("en", "tokyo", "handover",
      "can someone from the tokyo side call me? we're a gmbh from krefeld opening a branch in chuo-ku",
      [G_TMG], kind="handover")
    A("en", "nrw", "handover",
      "i'd like an intro to an actual person at NRW who handles japanese investors",
      [G_NRWSUP], kind="handover")
    A("en", "nrw", "handover",
      "please put me in touch with your team, we want to expand from tokyo into germany (NRW)",
      [G_NRWSUP], kind="handover")
    A("en", "tokyo", "handover",
      "need a contact person for trade fair support in tokyo, not a bot pls",
      [G(G_TMG, G_AHK)], kind="handover")
    A("ja", "nrw", "handover",
      "NRWの担当者と直接話したいです。Mönchengladbachに工場を作る計画があります",
      [G_NRWSUP], kind="handover")
    A("ja", "tokyo", "handover",
      "東京都の担当部署につないでもらえますか？ドイツのパートナー企業が東京に拠点を作りたいそうです",
      [G_TMG], kind="handover")
    A("de", "tokyo", "handover",
      "hätte gern nen persönlichen ansprechpartner in tokio für unsere vertriebsniederlassung in minato",
      [G_TMG], kind="handover")
    A("de", "nrw", "handover",
      "können sie mir jemanden bei NRW.Global Business vermitteln? japanische kunden wollen nach düsseldorf",
      [G_NRWSUP], kind="handover")

    # ---------------- clarify region
    A("en", None, "company", "what's the minimum capital to open a company?", CL1, kind="clarify-region")
    A("en", None, "housing", "how much deposit do landlords usually ask for?", CL1, kind="clarify-region")
    A("en", None, "daily-life", "how long can i drive on my current licence after moving?", CL1,
      kind="clarify-region")
    A("ja", None, "company", "会社設立の費用ってトータルでどれくらい？", CL1, kind="clarify-region")
    A("de", None, "company", "wie lange dauert so eine firmengründung ungefähr?", CL1, kind="clarify-region")

    # ---------------- small talk
    A("en", None, "smalltalk", "hey there 👋", [G_MENU], kind="smalltalk")
    A("en", None, "smalltalk", "good morning!! ☀️", [G_MENU], kind="smalltalk")
    A("en", None, "smalltalk", "thx a lot, super helpful 🙏", [G_THANKS], kind="smalltalk")
    A("ja", None, "smalltalk", "おはようございます！", [G_MENU], kind="smalltalk")
    A("ja", None, "smalltalk", "ありがとう〜助かりました🙇", [G_THANKS], kind="smalltalk")
    A("ja", None, "smalltalk", "はじめまして、よろしくお願いします", [G_MENU], kind="smalltalk")
    A("de", None, "smalltalk", "moin moin 🙂", [G_MENU], kind="smalltalk")
    A("de", None, "smalltalk", "danke dir, echt hilfreich!", [G_THANKS], kind="smalltalk")
    A("es", None, "smalltalk", "holaa 👋 qué tal", [G_MENU], kind="smalltalk")

    # ---------------- out of scope
    A("en", None, "out-of-scope", "who won the bundesliga game yesterday?", [G_SCOPE], kind="out-of-scope")
    A("en", None, "out-of-scope", "write me a python script that sorts a list pls", [G_SCOPE], kind="out-of-scope",
      none=["def ", "sorted("])
    A("en", None, "out-of-scope", "will it rain in düsseldorf tomorrow? ☔", [G_SCOPE], kind="out-of-scope",
      none=NO_WEATHER)
    A("en", None, "out-of-scope", "tell me a joke", [G_SCOPE], kind="out-of-scope")
    A("ja", None, "out-of-scope", "明日の渋谷の天気は？", [G_SCOPE], kind="out-of-scope", none=NO_WEATHER)
    A("ja", None, "out-of-scope", "子どもの算数の宿題手伝って！ 3/4+2/5は？", [G_SCOPE], kind="out-of-scope",
      none=["23/20", "1.15"])
    A("de", None, "out-of-scope", "wie wird das wetter am wochenende in essen?", [G_SCOPE], kind="out-of-scope",
      none=NO_WEATHER)
    A("de", None, "out-of-scope", "schreib mir ein gedicht über bier 🍺", [G_SCOPE], kind="out-of-scope")
    A("zh", None, "out-of-scope", "帮我写一首关于东京樱花的诗", [G_SCOPE], kind="out-of-scope")

    # ---------------- multi-turn follow-ups (last turn only points back)
    F = lambda lang, region, turns, groups, kind="answer", none=None: b.add(lang, region, "follow-up", turns, groups,
                                                                           kind=kind, none=none)
    F("en", "nrw", ["registering my address in duisburg – what do i need to bring?", "cool, and does it cost anything?"],
      [["free of charge", "is free", "it's free", "for free", "no fee", "no charge", "costs nothing", "kostenlos",
        "gebührenfrei", "無料", "without charge", "cost-free"], G_ANMELD])
    F("en", "tokyo", ["we're setting up a KK in chiyoda – what are the steps?", "which of those costs the most money?"],
      [G_150K])
    F("en", "nrw", ["what's the minimum share capital for a gmbh in düsseldorf?",
                    "does all of that need to be paid in on day one?"],
      [G_12500], none=NONE_NRW_WRONG)
    F("en", "tokyo", ["planning to drive in tokyo with my german license + the JAF translation, is that ok?",
                      "for how long does that work?"],
      [G_1YEAR])
    F("en", "nrw", ["we'd love to exhibit at a trade fair in cologne next year", "who could help us organise that?"],
      [G(G_NRWSUP, ["Koelnmesse", "Kölnmesse"])])
    F("en", "tokyo", ["our daughter needs a daycare spot in setagaya", "where exactly do i hand in the application?"],
      [G(G_WARD, ["保育課", "ward", "保育"])])
    F("en", "nrw", ["can i use my japanese driving licence in germany?", "and what if i miss that deadline?"],
      [["exchange", "convert", "Umschreibung", "umschreiben", "conversion", "swap"]])
    F("en", "tokyo", ["hi", "we want to open a sales office in tokyo", "roughly how many weeks would all of that take?"],
      [["week", "month", "Woche", "週", "か月", "ヶ月"], ["登記", "registration", "Legal Affairs", "法務局", "notary",
                                                          "公証", "articles"]])
    F("en", None, ["what does the tokyo-nrw agreement do for employees' families?",
                   "does that include help finding a school?"],
      [["education", "Bildung", "教育", "schooling", "international school", "Japanese school", "enrol", "Schule"]])
    F("ja", "nrw", ["Mülheimで住民登録したいです", "それって予約いりますか？"],
      [["Termin", "アポ", "オンライン", "online", "予約制", "予約が必要", "予約を取", "予約をおすすめ", "予約してください"]])
    F("ja", "tokyo", ["経営管理ビザの要件を教えて", "その常勤職員って外国人でもOK？"],
      [["日本人", "永住者", "定住者", "日本人の配偶者", "特別永住者"]])
    F("ja", "nrw", ["Dortmundで部屋探し中。Kautionの上限は？", "それって分割払いできる？"],
      [["3回", "三回", "3 回", "Raten", "3か月", "3ヶ月", "three instalments", "three installments"]])
    F("ja", "nrw", ["デュッセルドルフの日本人学校について教えて", "学費はだいたいいくら？"],
      [["ユーロ", "€", "Euro", "授業料", "Schulgeld", "日本人学校", "JISD"]])
    F("ja", "tokyo", ["ドイツの親会社が発起人になって東京で株式会社を作ります。定款認証はどこで？", "その手数料はいくら？"],
      [NOTARY_FEE_CORP])
    F("de", "tokyo", ["wir gründen eine GK in tokio – was kostet die eintragung?", "und müssen wir dafür zum notar?"],
      [["keine notarielle", "keine Beglaubigung", "kein Notar", "keinen Notar", "ohne Notar", "nicht erforderlich",
        "nicht nötig", "nicht notwendig", "entfällt", "nicht beglaubigt", "nicht notariell", "nicht vorgeschrieben",
        "nicht zwingend", "braucht keine", "benötigt keine", "muss nicht", "keine Beurkundung"]])
    F("de", "nrw", ["anmeldung in hagen – welche unterlagen brauch ich?", "und bis wann muss ich das erledigt haben?"],
      [G_2WEEKS])
    F("de", "tokyo", ["welche krankenversicherung brauchen meine kinder in japan?", "und wo melde ich die an?"],
      [G(G_WARD, ["Stadtverwaltung", "Gemeinde", "ward", "Bezirk"])])
    F("es", "nrw", ["tengo que registrar mi domicilio en bonn, qué papeles llevo?", "¿y hace falta pedir cita?"],
      [["Termin", "appointment", "online", "Terminvergabe"]])

    return b.finish(seed=51)


# =========================================================================== PARTNERSHIP 2
def build_p2():
    b = SetBuilder("blind5-tsu", "B5TS", {"en", "fr", "ja"}, RQ2)
    A = b.add

    # ---------------- English answers
    A("en", "paris", "company", "we're a sensor maker from tsu 🇯🇵 which legal form do most foreign SMEs use in france?",
      [["SAS", "SASU", "SARL"]])
    A("en", "paris", "company", "where do we file a company registration in france these days?",
      [G_GUICHET])
    A("en", "paris", "residence", "which residence permit for our japanese manager who'll run the paris subsidiary?",
      [["passeport talent", "talent passport", "Passport Talent", "ICT card", "ICT permit", "(ICT)", "salarié détaché",
        "intra-company"]])
    A("en", "paris", "housing", "how much deposit can a landlord in boulogne-billancourt ask for an unfurnished flat?",
      [G_1MOIS, G_DEPOT])
    A("en", "paris", "daily-life", "price of the monthly navigo pass rn?",
      [G_NAVIGO, G_9080])
    A("en", "paris", "daily-life", "can i swap my japanese driving licence for a french one? is there a deadline?",
      [G_PERMIS_FR, G_1YEAR])
    A("en", "geneva", "company", "minimum capital for a Sàrl in geneva?",
      [G_20K])
    A("en", "geneva", "company", "SA in geneva – how much capital has to be paid in at the start?",
      [G_50K, G_100K])
    A("en", "geneva", "company", "do we need a notary to set up a company in geneva?",
      [["acte authentique", "authentic deed", "public deed", "public instrument", "notarised", "notarized",
        "registre du commerce", "commercial register"]])
    A("en", "geneva", "healthcare", "moved to carouge – by when do i need swiss health insurance?",
      [G_3MOIS, G_LAMAL])
    A("en", "geneva", "housing", "rent deposit in geneva – max how many months?",
      [G_3MOIS, G_GARANTIE])
    A("en", "geneva", "daily-life", "how long can i drive in geneva on my japanese licence?",
      [G_12MOIS])
    A("en", "geneva", "schooling", "my son just turned 4 – does he have to go to school in geneva?",
      [G_4ANS, ["compulsory", "obligatoire", "mandatory", "required", "義務"]])
    A("en", "tsu", "company", "french company here, setting up a kabushiki kaisha in tsu – what's the registration tax?",
      [G_150K])
    A("en", "tsu", "residence", "what visa do i need to manage our subsidiary in mie, and how much capital is needed now?",
      [G_BMV, G_30M])
    A("en", "tsu", "residence", "moved to hisai last week, how long do i have to register at city hall?",
      [G_14DAYS])
    A("en", "tsu", "daily-life", "can i drive around mie with my swiss licence?",
      [G_JAF, G_1YEAR])
    A("en", "tsu", "support", "is there a place in tsu where foreigners get help in english for daily stuff?",
      [G_MIEF])
    A("en", "geneva", "support", "who supports japanese SMEs setting up in geneva?",
      [G(G_OPI, ["promotion économique", "SPEG", "FONGIT", "GGBa", "Greater Geneva"])])
    A("en", "paris", "support", "which regional agency helps foreign firms settle in the paris region?",
      [["Choose Paris Region", "Agence Régionale de Développement", "Business France"]])
    A("en", None, "support", "when did tsu sign its agreements with paris region and geneva?",
      [["2012"], ["November", "novembre", "11月"]])

    # ---------------- French answers
    A("fr", "tsu", "company", "bonjour ! capital minimum pour une KK au Japon ? on s'installe à Tsu",
      [G_KK_CAP])
    A("fr", "tsu", "company",
      "notre maison mère française sera fondatrice de la KK : combien coûte la certification des statuts chez le notaire ?",
      [NOTARY_FEE_CORP])
    A("fr", "tsu", "company", "frais d'immatriculation pour une godo kaisha (GK) ?",
      [G_60K])
    A("fr", "tsu", "residence", "quel visa pour diriger notre filiale à Tsu ? et quel capital depuis 2025 ?",
      [G_30M])
    A("fr", "tsu", "residence", "je viens d'arriver à Tsu, je déclare mon adresse où et en combien de temps ?",
      [G_14DAYS, ["mairie", "市役所", "hôtel de ville", "city hall", "City Office", "ville de Tsu"]])
    A("fr", "tsu", "healthcare", "l'assurance maladie au Japon pour ma famille, c'est obligatoire ?",
      [["国民健康保険", "健康保険", "assurance maladie nationale", "National Health Insurance", "assurance nationale",
        "社会保険", "assurance santé"], ["obligatoire", "mandatory", "義務"]])
    A("fr", "tsu", "healthcare", "mon fils a de la fièvre ce soir à Tsu, il y a un pédiatre de garde ?",
      [G(["こども応急クリニック", "応急クリニック", "clinique"], G_8000)], kind=None)
    A("fr", "tsu", "daily-life", "permis français au Japon : il faut la traduction JAF ?",
      [G_JAF, G_1YEAR])
    A("fr", "tsu", "schooling", "nos enfants peuvent-ils aller à l'école publique japonaise à Tsu ?",
      [["教育委員会", "board of education", "学校教育課", "commission scolaire", "inscription", "inscrire", "市役所",
        "mairie"]])
    A("fr", "tsu", "housing", "location à Tsu : c'est quoi le « reikin » ? on le récupère ?",
      [["礼金", "reikin", "key money", "remerciement"],
       ["non remboursable", "pas remboursé", "non restitué", "pas restitué", "pas rendu", "perdu", "non récupérable",
        "pas récupér", "jamais rendu", "non-refundable", "返還されない"]])
    A("fr", "tsu", "daily-life", "ouvrir un compte bancaire au Japon : quels documents ?",
      [G_RESCARD])
    A("fr", "tsu", "support", "qui à Tsu aide une PME française à trouver des partenaires locaux ?",
      [G(G_TSU, G_JETRO)], kind=None)
    A("fr", "tsu", "support", "une université à Tsu pour de la R&D en mécatronique ?",
      [["Mie University", "三重大学", "Université de Mie", "université de Mie", "Université Mie"]])
    A("fr", "paris", "company", "une PME japonaise veut créer une SAS à Paris, capital minimum ?",
      [G_1EUR])
    A("fr", "paris", "housing", "dépôt de garantie pour un meublé à Paris, c'est combien max ?",
      [G_2MOIS])
    A("fr", "paris", "daily-life", "le pass Navigo mensuel coûte combien en ce moment ?",
      [G_9080])
    A("fr", "geneva", "healthcare", "délai pour s'affilier à la LAMal en arrivant à Meyrin ?",
      [G_3MOIS])
    A("fr", "geneva", "company", "SA à Genève : capital minimum et montant à libérer ?",
      [G_100K, G_50K])
    A("fr", "geneva", "schooling", "à Genève l'école est obligatoire à partir de quel âge ?",
      [G_4ANS])
    A("fr", None, "support", "que prévoit concrètement l'accord entre Tsu et l'OPI de Genève ?",
      [["mécatronique", "mechatronics", "メカトロニクス", "cleantech", "clean tech", "technologies propres",
        "クリーンテック"]])

    # ---------------- Japanese answers
    A("ja", "paris", "company", "パリでSASつくるのに資本金いくら必要？",
      [G_1EUR])
    A("ja", "paris", "company", "フランスの会社登記って今どこで申請するの？",
      [G_GUICHET])
    A("ja", "paris", "residence", "パリ駐在の社長、タレントパスポートって最長何年？",
      [["4年", "4 ans", "4 years", "四年"]])
    A("ja", "paris", "healthcare", "フランスの保険証（carte Vitale）はいつもらえる？",
      [["CPAM", "社会保障番号", "numéro de sécurité sociale", "sécurité sociale", "ameli", "Assurance Maladie", "登録",
        "申請"]])
    A("ja", "paris", "housing", "Boulogne-Billancourtで家具なしの部屋、敷金は何か月分まで？",
      [G_1MOIS])
    A("ja", "paris", "schooling", "子どもが3歳。フランスでは幼稚園って義務なの？",
      [["obligatoire", "2019", "義務です", "義務となって", "義務化", "義務づけ", "義務付け", "義務になって"]])
    A("ja", "paris", "daily-life", "日本の免許はフランスでいつまで使える？交換できる？",
      [G_1YEAR, G_PERMIS_FR])
    A("ja", "paris", "daily-life", "Navigoの1か月券っていくら？",
      [G_9080])
    A("ja", "geneva", "company", "ジュネーブでSàrlを設立したい。資本金は？",
      [G_20K])
    A("ja", "geneva", "company", "ジュネーブの会社設立に公証人は必要？",
      [["acte authentique", "公正証書", "authentic", "notaire", "registre du commerce", "商業登記", "商業登記簿"]])
    A("ja", "geneva", "healthcare", "Lancyに住んでます。スイスの健康保険はいつまでに加入？",
      [G_3MOIS, G_LAMAL])
    A("ja", "geneva", "daily-life", "日本の運転免許でスイスは何か月運転できる？",
      [G_12MOIS])
    A("ja", "geneva", "residence", "ジュネーブで滞在許可はどこに申請するの？",
      [["OCPM", "Office cantonal de la population", "人口移民局", "移民局", "州の移民"]])
    A("ja", "geneva", "schooling", "ジュネーブの学校は何歳から義務教育？",
      [G_4ANS])
    A("ja", "geneva", "support", "ジュネーブで中小企業の進出を支援してくれる機関は？",
      [G(G_OPI, ["FONGIT", "SPEG", "promotion économique", "経済振興"])])
    A("ja", "geneva", "support", "CERNと取引や共同研究ってできる？協定と関係ある？",
      [G(["2012", "レセプション", "reception", "調印"], G_OPI)])
    A("ja", "paris", "support", "パリ地域で進出を支援してくれる公的機関を教えて",
      [["Choose Paris Region", "Agence Régionale de Développement", "Business France", "ビジネス・フランス",
        "ビジネスフランス", "ARD"]])
    A("ja", None, "support", "津市とジュネーブ州の協定ってどんな分野の協力？",
      [["メカトロニクス", "mechatronics", "クリーンテック", "cleantech", "mécatronique"]])
    A("ja", None, "support", "津市の企業がスイスの企業と契約した事例ってある？",
      [["SRB", "ルネサンス", "Renaissance"]])
    A("ja", "tsu", "residence", "フランス人社員が一志町に住みます。転入の手続きはどこで、いつまで？",
      [["市役所", "津市役所", "総合支所", "支所", "市民課"], G_14DAYS])
    A("ja", "tsu", "healthcare", "三重県で子どもの夜間の急病相談って何番？",
      [G_8000], kind=None)

    # ---------------- other languages
    A("de", "geneva", "company", "Wie viel Kapital braucht eine GmbH (Sàrl) in Genf?", [G_20K])
    A("es", "paris", "housing", "¿cuánto es el depósito máximo para un piso amueblado en París?", [G_2MOIS])
    A("zh", "tsu", "residence", "外国人搬到津市后要在几天内办理住址登记？", [G_14DAYS])

    # ---------------- emergencies
    A("en", "paris", "emergency", "my husband just fainted in the metro at la défense!! what number",
      [G_SAMU, ["112"]], kind="emergency", none=NONE_PARIS_EM)
    A("fr", "geneva", "emergency", "incendie dans notre immeuble à Vernier, quel numéro ?!",
      [["118"]], kind="emergency", none=NONE_GENEVA_EM)
    A("ja", "geneva", "emergency", "Thônexで交通事故！救急車は何番？",
      [["144"]], kind="emergency", none=NONE_GENEVA_EM)
    A("ja", "paris", "emergency", "パリでひったくりにあった。警察は何番？",
      [["17", "112"]], kind="emergency", none=NONE_PARIS_EM + ["117"])
    A("fr", "tsu", "emergency", "urgence à Tsu : un collègue s'est gravement coupé à l'usine, ambulance ?",
      [["119"]], kind="emergency", none=NONE_TSU_EM)
    A("en", "tsu", "emergency", "strong earthquake in tsu right now what do i do??",
      [["119", "110", "避難", "evacuat", "shelter", "tsunami", "津波"]], kind="emergency", none=NONE_TSU_EM)
    A("it", "geneva", "emergency", "numero ambulanza a Ginevra?? urgente", [["144"]], kind="emergency",
      none=NONE_GENEVA_EM)

    # ---------------- hand-over
    A("en", "tsu", "handover", "can i talk to someone at tsu city about opening our office there? we're a lyon SME",
      [G_TSU], kind="handover")
    A("fr", "paris", "handover", "je voudrais être mis en relation avec Choose Paris Region pour une PME de Tsu",
      [G_CPR], kind="handover")
    A("ja", "geneva", "handover", "ジュネーブ側の担当者を紹介してほしいです。精密機器メーカーです",
      [G_OPI], kind="handover")
    A("ja", "tsu", "handover", "パリの会社との商談の件で、津市の担当課の方と直接話せますか？",
      [G(G_TSU, ["商工観光部", "産業政策"])], kind="handover")
    A("en", "geneva", "handover", "pls connect me with a real person at the geneva industry promotion office",
      [G_OPI], kind="handover")
    A("fr", "tsu", "handover", "j'aimerais parler à quelqu'un de la ville de Tsu, pas à un robot 🙂",
      [G_TSU], kind="handover")

    # ---------------- small talk
    A("fr", None, "smalltalk", "bonjour 😊", [G_MENU], kind="smalltalk")
    A("fr", None, "smalltalk", "merci bcp, top !", [G_THANKS], kind="smalltalk")
    A("en", None, "smalltalk", "hello there!", [G_MENU], kind="smalltalk")
    A("ja", None, "smalltalk", "こんばんは〜", [G_MENU], kind="smalltalk")
    A("ja", None, "smalltalk", "ありがとうございました！とても助かります", [G_THANKS], kind="smalltalk")

    # ---------------- out of scope
    A("fr", None, "out-of-scope", "quel temps fera-t-il à Genève demain ?", [G_SCOPE], kind="out-of-scope",
      none=NO_WEATHER)
    A("en", None, "out-of-scope", "did PSG win last night?", [G_SCOPE], kind="out-of-scope")
    A("ja", None, "out-of-scope", "エッフェル塔の高さって何メートル？", [G_SCOPE], kind="out-of-scope",
      none=["324", "330"])
    A("en", None, "out-of-scope", "solve x^2 - 9 = 0 for my homework pls", [G_SCOPE], kind="out-of-scope",
      none=["x = 3", "x=3", "±3"])
    A("fr", None, "out-of-scope", "donne-moi une recette de crêpes 🥞", [G_SCOPE], kind="out-of-scope",
      none=["farine", "œufs"])

    # ---------------- clarify region
    A("en", None, "company", "what's the minimum share capital to open a company?", CL2, kind="clarify-region")
    A("fr", None, "housing", "combien de mois de caution pour louer un appartement ?", CL2, kind="clarify-region")
    A("ja", None, "daily-life", "運転免許の切り替えってどうすればいい？", CL2, kind="clarify-region")

    # ---------------- follow-ups
    F = lambda lang, region, turns, groups, kind="answer", none=None: b.add(lang, region, "follow-up", turns, groups,
                                                                           kind=kind, none=none)
    F("en", "paris", ["we're creating an SAS in paris – where do we register it?",
                      "and what document proves the company exists after that?"], [G_KBIS])
    F("en", "geneva", ["what are the health insurance rules for new residents in geneva?",
                       "what if i miss that deadline?"],
      [["d'office", "automatically", "automatic", "assigned", "ex officio", "affiliation d'office", "自動", "強制"]])
    F("fr", "tsu", ["je vais créer une KK à Tsu, quelles sont les étapes ?", "et ça coûte combien en frais officiels ?"],
      [G_150K])
    F("fr", "tsu", ["mon permis suisse est valable au Japon ?", "et une fois l'année passée ?"],
      [G(G_KIRIKAE, ["permis japonais"])])
    F("fr", "paris", ["quel titre de séjour pour un dirigeant japonais à Paris ?", "il est valable combien de temps ?"],
      [["4 ans", "quatre ans", "4 years", "4年"]])
    F("ja", "paris", ["パリでアパートを借りたいです。敷金はどのくらい？", "家具付きの場合は？"],
      [G_2MOIS])
    F("ja", "geneva", ["ジュネーブでSàrlを作りたいです", "資本金は全額払い込まないとダメ？"],
      [G(G_20K, ["entièrement", "100%", "fully", "完全に"])])
    F("ja", "tsu", ["フランス人社員が津市に引っ越してきます。住民登録の期限は？", "何を持っていけばいい？"],
      [G(G_RESCARD, ["パスポート", "旅券"])])
    F("en", "geneva", ["from what age is school compulsory in geneva?", "where do we enrol our kid?"],
      [["(DIP)", "DIP ", "DIP,", "instruction publique", "Department of Public Education", "Department of Education",
        "commune", "municipality", "local school", "neighbourhood school", "neighborhood school", "nearest school"]])
    F("en", "tsu", ["hi", "we build medical devices in grenoble and are looking at tsu",
                    "who there could introduce us to local companies?"],
      [G(G_TSU, G_JETRO, G_MIEF, ["商工会議所", "chamber of commerce", "Chamber"])])

    return b.finish(seed=52)


# =========================================================================== README
FACTS = [
    ("GmbH minimum share capital 25,000 €; at least 12,500 € paid in before the application to the register (§ 5, § 7 GmbHG)",
     "https://www.foris.com/vorratsgesellschaften/gmbh/stammkapital-mindesteinlage-gmbh/ ; https://welt-der-bwl.de/Stammkapital"),
    ("UG (haftungsbeschränkt) can be founded with 1 €", "http://koesterblog.com/gmbh-recht/gmbh-stammkapital/mindest-stammkapital-der-gmbh"),
    ("GmbH/UG online formation by video with the notary since 1 Aug 2022 (DiRUG); contributions in kind online since 1 Aug 2023 (DiREG)",
     "https://www.ihk.de/bremen-bremerhaven/beraten-informieren2/recht2/gesellschaftsrecht/digitalisierungs-richtlinie-5615332 ; https://www.impulse.de/recht-steuern/rechtsratgeber/gmbh-online-gruenden/7609511.html"),
    ("Tax registration (Fragebogen zur steuerlichen Erfassung, via ELSTER) within one month of founding (§ 138 AO)",
     "https://durac.ch/schmuck-online-verkaufen-diese-moeglichkeiten-nutzen/ (Fragebogen article) ; https://firma.de/firmengruendung/fragebogen-zur-steuerlichen-erfassung-personengesellschaft-ausfuellhilfe"),
    ("Address registration in Düsseldorf within two weeks of moving in; landlord confirmation (Wohnungsgeberbestätigung) required; rental contract not enough; registration at the Bürgerbüro free of charge (Düsseldorf: \"gebührenfrei\")",
     "https://www.duesseldorf.de/buergerservice/dienstleistungen/dienstleistung/show/anmeldung-eines-wohnsitzes.html ; https://service.duesseldorf.de/suche/-/egov-bis-detail/dienstleistung/208/show"),
    ("Tax ID is sent by post after registration", "https://uni-due.de/welcome-centre/nde_anmeldung.php"),
    ("Japanese nationals enter Germany visa-free; apply for a residence title at the Ausländerbehörde within 90 days / before starting work; register address first",
     "https://darmstadt.de/rathaus/online-dienste/auslaenderbehoerde-darmstadt/befr-aufenthalt-privilegierte-staaten ; https://www.landkreis-wunsiedel.de/auslaenderrecht/einreise-und-aufenthalt-von-angehoerigen-bestimmter-staaten"),
    ("Deutschlandticket 63 €/month since 1 Jan 2026 (58 € in 2025)", "https://www.adac.de/news/49-euro-ticket ; https://www.wallstreet-online.de/nachricht/20325990-deutschlandticket-teurer"),
    ("116117 = medical on-call service (nights/weekends), 112 = life-threatening emergencies, 110 = police",
     "https://www.bkkrwe.de/news-detailansicht/aerztlicher-bereitschaftsdienst-jetzt-bundesweit-unter-116117.html ; https://journal-frankfurt.de/journal_news/Stadtleben-2/AErztlicher-Bereitschaftsdienst-Am-Wochenende-116117-15630.html"),
    ("Rental deposit max. three net cold rents, payable in three instalments (§ 551 BGB)",
     "https://www.vermieterwelt.de/lexikon/kaution/ ; http://mieter-themen.de/gatee173.html?artid=3559&name=Sections&op=printpage"),
    ("Japanese licence usable 6 months in Germany with German translation; exchange without test; Düsseldorf ~3 weeks",
     "http://www.japanclub.jis.de/homepage/kaiin/seikatsu/kuruma.html ; https://tabi-house.com/germanjidosyamenkyo/"),
    ("Kita: legal right from the first birthday (§ 24 SGB VIII); in NRW announce need 6 months ahead (§ 5 KiBiz)",
     "https://www.rechtsanspruch-kita.de/news/verwaltungsgericht-duesseldorf-bestaetigt-anspruch-auf-kita-platz-stadt-krefeld-traegt-verfahrenskosten/1758 ; https://www.bergischgladbach.de/rechtsanspruch.aspx"),
    ("Kindergeld 259 € per child and month from Jan 2026", "https://fuldaer-bote.de/?p=27830 ; https://business-aktuell.org/?p=1295"),
    ("Japanese International School Düsseldorf: grades 1–9 (primary + middle); Japanese kindergartens; Japanische Schule Köln (Saturday school)",
     "https://profilpelajar.com/article/Japanische_Internationale_Schule_in_D%C3%BCsseldorf ; https://dmitte.de/die-japanische-schule-eine-partnerschaft-der-besonderen-art ; http://www.japanischeschulekoeln.de/de/ueber_uns/"),
    ("Mutterpass and midwife care paid by statutory health insurance; GKV midwife list",
     "http://gkv-spitzenverband.de/hebammenliste ; https://hebammen-niedersachsen.de/familienthemen/schwangerschaft"),
    ("NRW Japan K.K.: Tokyo subsidiary of the NRW investment agency since 1992, advises Japanese companies settling in NRW; JIHK Düsseldorf",
     "https://www.nrwglobalbusiness.com/press/detail/nrw-feiert-25-jahre-nrw-japan-kk-in-tokio ; https://www.nippon.com/en/news/yjj2025050700855/german-agency-to-strengthen-support-for-japan-startups.html ; http://emaa.de/?page_id=640"),
    ("MWIDE renamed Ministerium für Wirtschaft, Industrie, Klimaschutz und Energie (MWIKE) in June 2022",
     "https://de.m.wikipedia.org./wiki/Ministerium_f%C3%BCr_Wirtschaft,_Innovation,_Digitalisierung_und_Energie_des_Landes_Nordrhein-Westfalen ; https://www.welt.de/regionales/nrw/article239727355/Neues-Schild-fuer-jedes-zweite-Ministerium.html"),
    ("Memorandum Tokyo–NRW: signed 31 May 2021 in Tokyo and Düsseldorf; initial term to 31 Mar 2023, continued unless 6 months' written notice; not legally binding; services in home language or English; six support items",
     "seed /work/shared/seeds/000_0d9cae5f82c374c7.txt"),
    ("KK: no minimum capital (1 yen possible); registration licence tax 0.7 % of capital, at least 150,000 yen",
     "http://www.s-touki.jp/ks_hiyou.html ; https://law.holyjp.net/kaisha01.html ; https://llliii.jp/corporate-qa/2840/"),
    ("GK: registration licence tax at least 60,000 yen; no notarial certification of the articles",
     "https://www.kokohore.net/company/company-110.html ; https://www.yayoi-kk.co.jp/kigyo/oyakudachi/godogaisha-setsuritsuhiyo"),
    ("Notary fee for KK articles: 30,000 / 40,000 / 50,000 yen by capital; 15,000 yen only if capital < 1 M yen, ≤3 natural-person promoters taking all shares, no board",
     "https://kakogawa-ntr.jp/cont7/main.html ; https://www.maru-notary.com/work/teikan/syorui/"),
    ("Paper articles need a 40,000 yen revenue stamp; electronic articles do not", "https://llliii.jp/corporate-qa/2840/"),
    ("Business Manager status since 16 Oct 2025: capital ≥ 30 million yen, ≥1 full-time employee (Japanese/PR/spouse/long-term resident), B2 Japanese (applicant or employee), 3 yrs experience or degree, plan checked by expert",
     "https://www.horei.co.jp/gis/topics ; https://tanakayukako.com/749 ; https://jpvisahk.com/management_visa_revise"),
    ("Business Manager since Oct 2025: a home doubling as office is in principle not accepted",
     "https://office-babaakira.com/business-manager-visa-office-requirement-2 ; https://visasupportnavi.net/news/11882"),
    ("Foreign residents register their address at the ward/city office within 14 days, with the residence card",
     "https://www.city.toshima.lg.jp/info/jp/registration.html ; http://www.city.shinjuku.lg.jp/foreign/japanese/guide/todoke/todoke_4_1.html"),
    ("Tokyo: #7119 emergency consultation (24 h), #8000 child line; 110/119", "http://www.tfd.metro.tokyo.jp/tfd/hp-senjyu/notice/ambulance.html ; https://grapee.jp/165405"),
    ("Tokyo 'Himawari' medical information service (03-5285-8181) and AMDA for foreign-language clinics",
     "https://www.investtokyo.metro.tokyo.lg.jp/jp/oursupports/life/medical.html ; https://emergencyjapan.org/2020/10/prepare_ja/2832"),
    ("German (also Swiss, French) licence + JAF/embassy translation: drive 1 year from entry; German IDP not accepted; conversion for Germany without tests",
     "https://japan.diplo.de/ja-de/service/-/1021046?view= ; https://support.jaf.or.jp/faq/show/137?category_id=46&site_domain=default ; https://expydoc.com/doc/8921201/umschreibung-ausl%C3%A4ndischer-f%C3%BChrerscheine"),
    ("Deutsche Schule Tokyo Yokohama (DSTY), kindergarten to Abitur, in Yokohama", "http://en.wikipedia.org/wiki/German_School_Tokyo_Yokohama ; http://www.dsty.ac.jp/unsere-schule/grusswort-schulleiter"),
    ("Tokyo One-Stop Business Establishment Center (since 2015); Business Development Center Tokyo at JETRO Akasaka",
     "http://japanandtheworld.net/2015/08/japan-international-business-hub/ ; https://www.seisakukikaku.metro.tokyo.jp/invest_tokyo/english/invest-tokyo/fhr.html"),
    ("AHK Japan = Deutsche Industrie- und Handelskammer in Japan", "https://japanmarkt.de/2015/03/09/wirtschaft/ahkj-jetro-mou/"),
    ("SAS: capital freely fixed, symbolic 1 €; registration via the INPI guichet unique since 1 Jan 2023; Kbis",
     "https://www.100jourspourentreprendre.fr/creer-une-sas ; https://www.l-expert-comptable.com/a/6984-immatriculation-sas-les-etapes-suivre.html"),
    ("France emergency: 15 SAMU, 17 police, 18 fire, 112, 114 (SMS)", "https://leparknumerique.com/numeros-durgence-a-connaitre ; https://sdis45.com/index.php/en-pratique/une-urgence-quel-numero"),
    ("France deposit: 1 month's rent excl. charges (unfurnished), 2 months (furnished)", "https://chambrecharentemaritime17.notaires.fr/actualite/location-le-depot-de-garantie"),
    ("PUMa / Assurance Maladie for people working or residing stably (3 months)", "https://rochecolombe.fr/vie-pratique/demarches-administratives/?xml=F34308"),
    ("Japanese licence: valid in France for short stays, exchangeable (Japan on the exchange list)", "https://archive.nossenateurs.fr/question/14/17471"),
    ("Navigo Mois all zones 90,80 € from Jan 2026 (88,80 € in 2025)", "https://www.boursorama.com/actualite-economique/actualites/transports-en-ile-de-france-le-navigo-mensuel-passera-a-90-80-euros-2-euros-en-2026-fb9ee1a7e28ad49935843bfe3c894d3c ; https://www.europesays.com/fr/640580"),
    ("France: instruction compulsory from age 3 (loi 2019-791)", "https://www.laglorieuse.fr/Vie-scolaire/Instruction-obligatoire-des-3-ans"),
    ("Passeport talent: multi-year card up to 4 years; investor variant ≥ 300,000 €", "https://www.welcometofrance.com/fiche/passeport-talent-investisseur ; https://www.val-de-marne.gouv.fr/layout/set/print/Demarches/Etrangers-vos-demarches-dans-le-Val-de-Marne/Creteil/Le-passeport-talent"),
    ("Choose Paris Region (formerly Paris Region Entreprises) = one-stop desk for international companies in Île-de-France", "https://www.affiches-parisiennes.com/lionel-grotto-choose-paris-region-une-silicon-valley-a-l-europeenne-10272.html"),
    ("Switzerland: Sàrl ≥ CHF 20,000 fully paid; SA ≥ CHF 100,000 with ≥ 50,000 paid; authentic deed before a notary; entry in the commercial register",
     "https://notaires-geneve.ch/fr/activites-societes-sa-ou-sarl ; https://www.kmu.admin.ch/kmu/fr/home/savoir-pratique/creation-pme/creation-entreprise/choisir-une-forme-juridique/sarl.html"),
    ("Switzerland emergency: 117 police, 118 fire, 144 ambulance, 145 poison, 112", "https://blog.alertswiss.ch/fr/rubrique/nouvelles-de-lofpp/journee-europeenne-du-numero-durgence-112 ; https://www.protectioncivile-vd.ch/particuliers"),
    ("Geneva: LAMal affiliation within 3 months of taking up residence, else affiliation d'office by the SAM", "https://www.ge.ch/affiliation-obligatoire-caisse-assurance-maladie"),
    ("Geneva: rent guarantee max. 3 monthly rents, blocked account in the tenant's name", "https://lexaris.de/book/version/documentflat/head/275273 ; https://geneve.asloca.ch/actualites/geneve-garantie-de-loyer-ou-cautionnement"),
    ("Switzerland: foreign licence usable 12 months, then exchange (OCV Geneva); Japan has an agreement (no exam)", "https://cours-de-conduite.ch/changer-votre-permis-etranger-pour-conduire-en-suisse/ ; https://international-relations.web.cern.ch/fr/stakeholder-relations/hoststates/Vehicles/Foreign-driving-licenses-Switzerland"),
    ("Geneva: school compulsory from 4 (HarmoS), enrolment via DIP", "http://www.ge.ch/enseignement_primaire/inscriptions.asp ; https://www.geneve.ch/fr/themes/structures-accueil-enfance-activites-extrascolaires/ecole"),
    ("OPI Geneva (industry promotion), FONGIT, FAE, SPEG", "https://www.ge.ch/node/22050 ; https://www.opi.ch/info/pierre-fran%C3%A7ois-unger-bilan-de-huit-ann%C3%A9es-de-pr%C3%A9sidence"),
    ("Mie: #8000 children's medical line (evenings/nights), 059-229-1199 emergency medical information; Tsu child emergency clinic",
     "https://mykoho.jp/article/242161/9789754/9845154 ; https://mie.med.or.jp/hp/ippan/kyukyu/index.html ; https://www.tokyooffice.city.tsu.mie.jp/www/contents/1521773249793/index.html"),
    ("MIEF (Mie International Exchange Foundation) at Ast Tsu 3F; MieCo consultation centre for foreigners", "https://www.miefweb.org/ ; https://www-pref-mie-lg-jp.cache.yimg.jp/TOPICS/m0011500237.htm"),
    ("Mie University is in Tsu", "https://www.isenp.co.jp/2019/02/01/28084/"),
    ("Tsu–ARD (Paris Region) agreement 20 Nov 2012, Tsu–OPI (Geneva) 21 Nov 2012; fields mechatronics, medical/welfare devices, environment/energy, aerospace; OPI: mechatronics, cleantech; Tsu Renaissance 5 – SRB Energy contract; CERN at reception",
     "seed /work/shared/seeds/003_5ba45c3c93de4e9c.txt"),
]


def table(counter, title, order=None):
    keys = order or sorted(counter, key=lambda k: (-counter[k], str(k)))
    lines = [f"| {title} | cases |", "|---|---|"]
    for k in keys:
        if counter.get(k):
            lines.append(f"| {k if k is not None else '(none)'} | {counter[k]} |")
    return "\n".join(lines)


def stats(data):
    cs = data["cases"]
    kind = Counter(c["turns"][-1]["expect"].get("kind", "(omitted)") for c in cs)
    region = Counter(c["region"] for c in cs)
    lang = Counter(c["lang"] for c in cs)
    topic = Counter(c["topic"] for c in cs)
    multi = sum(1 for c in cs if len(c["turns"]) > 1)
    return cs, kind, region, lang, topic, multi


def readme(p1, p2):
    out = ["# blind5 – blind evaluation sets for kakehashi", "",
           f"Written by: {WRITTEN_BY}", "",
           "Files: `blind5-tokyo-nrw.json` (partnership 1, ids B5TN…), `blind5-tsu.json` (partnership 2, ids B5TS…), "
           "generated by `gen_blind5.py` (run `python3 gen_blind5.py`; it validates ids, turns, languages and keyword groups).", ""]
    for data in (p1, p2):
        cs, kind, region, lang, topic, multi = stats(data)
        out += [f"## {data['set']} — {len(cs)} cases", "",
                f"Multi-turn cases: {multi}. Language share: " + ", ".join(
                    f"{k} {v} ({100 * v / len(cs):.0f} %)" for k, v in sorted(lang.items(), key=lambda x: -x[1])), "",
                table(kind, "kind (last turn)"), "", table(region, "region"), "", table(lang, "lang"), "",
                table(topic, "topic"), ""]
    out += ["## Method", "",
            "- Read only `/work/blindspec/` (SPEC.md, ISSUE8_WHY.md) and the two seeds in `/work/shared/seeds/`; "
            "facts were checked with the `search` tool (corpus `pages`). Nothing else of the project was opened.",
            "- Questions are new phrasings written as a newcomer / founder / family member / contact-office staff would type "
            "them on LINE (lower case, typos, emoji, mixed scripts, Latin place names glued to Japanese such as `Wuppertalに`, "
            "`Mülheimで`, `Aachenに`). The ISSUE8 examples were not copied.",
            "- Kinds: ~two thirds `answer` (company founding, visas, address registration, insurance, doctors, schools/daycare, "
            "housing, driving licence, banking, transport, support organisations, the agreements, trade fairs, partners, "
            "universities), plus small talk, out-of-scope (some naming a city), hand-over (naming the region), emergencies "
            "(only the named region's numbers; wrong-region numbers in `none`), clarify-region (only where the answer "
            "really differs and no place is named), and 2–3-turn follow-ups whose last turn only points back.",
            "- Reply languages: partnership 1 accepts `ja`/`de`/`en` as asked; partnership 2 `ja`/`fr`/`en`; any other "
            "language expects `[\"en\", <asker's>]`.",
            "- Keyword groups are tolerant: each group lists the term in every accepted reply language plus office/concept "
            "names and number formats (25.000 / 25,000 / 25000 / 25 000 / 25'000 / 2万5千 …). Figures appear only where "
            "confirmed below; otherwise groups hold concept words. `none` holds region-question markers whenever a region "
            "is named (and for small talk / out-of-scope), and wrong-region markers for emergencies "
            "(e.g. `#7119` in an NRW emergency, `116117` in a Tokyo one, `SAMU` in Geneva/Tsu, `144` in Paris/Tsu) and "
            "for NRW company answers (`IHK Stuttgart` …).",
            "- Known limits: `kind` is omitted where two kinds are fair (e.g. a child's fever question that is both advice "
            "and emergency, or \"which office helps us\" that is both answer and hand-over). Region-question markers are "
            "guesses at the bot's phrasing (\"Tokyo or NRW?\", \"which region\", \"どちらの地域\" …).",
            "- Self-audit: groups that the question text alone would satisfy (e.g. a yes/no question repeating the term) "
            "were replaced by groups carrying the answer's content; the only remaining case is a follow-up whose group "
            "names the school from the earlier turn (context check).",
            "", "## Facts checked (search corpus `pages`, 2026-11-30)", ""]
    for f, u in FACTS:
        out.append(f"- {f} — {u}")
    out.append("")
    return "\n".join(out)


def main():
    p1 = build_p1()
    p2 = build_p2()
    for data, fn in ((p1, "blind5-tokyo-nrw.json"), (p2, "blind5-tsu.json")):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        # parse back
        with open(os.path.join(HERE, fn), encoding="utf-8") as fh:
            json.load(fh)
    with open(os.path.join(HERE, "README-blind5.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(p1, p2))
    for data in (p1, p2):
        cs, kind, region, lang, topic, multi = stats(data)
        print(data["set"], len(cs), dict(kind), dict(lang), "multi", multi)


if __name__ == "__main__":
    main()
