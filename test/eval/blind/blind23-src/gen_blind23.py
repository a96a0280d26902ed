#!/usr/bin/env python3
"""Generator + validator for the blind evaluation sets blind23-tokyo-nrw and blind23-tsu.

Written blind (no access to the product's code, knowledge base or tests).
Every figure / phone number used in a keyword group was checked with the `search` tool;
the URLs are listed in README-blind23.md.

Run:  python3 gen_blind23.py      -> writes the two JSON files and counts.json, then validates them.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

OUT = os.path.dirname(os.path.abspath(__file__))
WRITTEN_BY = "blind writer 27, 2026-12-02"

KINDS = {"answer", "smalltalk", "out-of-scope", "clarify-region", "handover", "emergency"}
TOPICS = {"company", "daily-life", "healthcare", "housing", "residence", "schooling", "support",
          "emergency", "smalltalk", "out-of-scope", "handover", "follow-up"}

# ---------------------------------------------------------------------------
# keyword groups (each group: at least one alternative must occur in the reply)
# ---------------------------------------------------------------------------
# --- Japan (Tokyo and Tsu) ---
KK_1YEN = ["1円", "1 yen", "1 Yen", "¥1", "1 JPY", "one yen", "ein Yen", "un yen", "1엔", "1日元", "1日圓"]
KK_NOTARY_SMALL = ["15,000", "15.000", "15000", "15 000", "1万5000", "1万5千", "1.5万"]
KK_NOTARY_CORP = ["30,000", "30.000", "30000", "30 000", "3万", "40,000", "40.000", "4万", "50,000", "50.000", "5万"]
NATURAL_PERSON = ["自然人", "個人", "natural person", "natürliche Person", "personne physique", "individual"]
REG_TAX_KK = ["150,000", "150.000", "150000", "150 000", "15万", "0.7%", "0.7 %", "0,7%", "0,7 %",
              "1000分の7", "千分の7", "千分の七", "7/1000"]
REG_TAX_GK = ["60,000", "60.000", "60000", "60 000", "6万"]
STAMP_40K = ["40,000", "40.000", "40000", "40 000", "4万"]
TAX_JP_2M = ["2か月", "2ヶ月", "2ヵ月", "2カ月", "二か月", "2 months", "two months", "2 Monate", "zwei Monate",
             "2 mois", "deux mois"]
BM_NAME = ["経営・管理", "経営管理", "Business Manager", "Business-Manager", "business manager",
           "Gestion/Administration", "gestion et administration"]
BM_30M = ["30 million", "30 Millionen", "30 Mio", "3,000万", "3000万", "3 000万", "三千万", "30,000,000",
          "30.000.000", "30 000 000", "30 millions", "3千万"]
BM_N2 = ["N2", "B2"]
BM_EMPLOYEE = ["1 full-time", "one full-time", "at least one", "at least 1", "1名", "1人", "一人", "mindestens ein",
               "einen Vollzeit", "eine Vollzeit", "one employee", "1 employee", "un salarié", "au moins un"]
BM_HOME = ["原則", "不可", "認められません", "認められない", "no longer", "not accepted", "not allowed", "nicht mehr",
           "grundsätzlich nicht", "in principle", "plus accepté", "en principe"]
DAYS_14 = ["14日", "14 days", "14 Tage", "14 Tagen", "zwei Wochen", "2 Wochen", "two weeks", "2 weeks", "2週間",
           "14 jours", "quatorze jours", "二週間"]
TOKYO_WARD = ["区役所", "市役所", "ward office", "Ward Office", "city hall", "City Hall", "city office",
              "Bezirksamt", "Rathaus", "Stadtbezirksamt", "区の窓口", "Bezirksverwaltung"]
TOKYO_BUREAU = ["産業労働局", "商工部", "Industrial and Labor", "Industry and Labor", "Industrial and Labour",
                "Industrial & Labor", "Industrie und Arbeit", "Industrie- und Arbeit", "Commerce and Industry",
                "Handel und Industrie", "Handel und Gewerbe"]
TOKYO_OFFICE = TOKYO_BUREAU + ["Tokyo Metropolitan", "TMG", "Präfektur Tokyo", "Präfektur Tokio",
                               "Tokioter Stadtregierung", "Stadtregierung Tokyo", "Metropolregierung", "都庁"]
ONE_STOP = ["ワンストップ", "One-Stop", "One Stop", "Onestop", "One-stop", "開業ワンストップ"]
AHK = ["AHK", "German Chamber of Commerce and Industry in Japan", "Deutsche Industrie- und Handelskammer in Japan",
       "在日ドイツ商工会議所", "ドイツ商工会議所"]
JETRO = ["JETRO", "ジェトロ", "日本貿易振興機構"]
HIMAWARI = ["03-5285-8181", "0352858181", "ひまわり", "Himawari", "HIMAWARI"]
TOKYO_ADVICE = ["#7119", "7119", "#8000", "8000"]
MATERNAL_BOOK = ["母子健康手帳", "母子手帳", "Mutter-Kind", "Mother and Child", "Mother-Child", "maternal and child",
                 "boshi", "Boshi", "carnet mère-enfant", "carnet de santé mère", "carnet mère enfant"]
DSTY = ["Deutsche Schule Tokyo Yokohama", "DSTY", "German School", "Deutsche Schule", "東京横浜独逸学園", "ドイツ学園"]
LIC_NO_TEST = ["免除", "exempt", "no test", "without a test", "without test", "keine Prüfung", "ohne Prüfung",
               "nicht notwendig", "not required", "no written", "no driving test", "befreit", "dispens",
               "sans examen", "pas d'examen", "試験なし", "無試験", "不要", "no exam", "keine theoretische"]
LIC_CENTER_TOKYO = ["鮫洲", "府中", "江東", "Samezu", "Fuchu", "Koto", "Kōtō", "Fuchū"]
ONE_YEAR = ["1年", "一年", "1 Jahr", "ein Jahr", "einem Jahr", "one year", "1 year", "12 Monate", "12 months",
            "1 an", "un an", "12 mois", "一年間", "1年間"]
JAF = ["JAF", "Übersetzung", "翻訳", "translation", "traduction"]
KEY_MONEY = ["礼金", "reikin", "Reikin", "key money", "Schlüsselgeld"]
GUARANTOR = ["保証", "guarantor", "Bürge", "Bürgschaft", "garant", "caution"]
GUARANTOR_CO = ["保証会社", "guarantor company", "guarantee company", "rent guarantee", "Mietbürgschaft",
                "Bürgschaftsfirma", "Garantiegesellschaft", "société de garantie"]
RESIDENT_TAX = ["住民税", "resident tax", "Einwohnersteuer", "Wohnsitzsteuer", "juminzei", "jūminzei",
                "inhabitant tax", "taxe d'habitation", "impôt résident", "impôt local"]
JAN_1 = ["1月1日", "January 1", "1 January", "1st January", "January 1st", "1. Januar", "1er janvier", "1 janvier"]
IMMIGRATION = ["出入国在留管理", "入管", "immigration", "Immigration", "Einwanderung", "Ausländerbehörde",
               "l'immigration"]
FREE = ["無償", "無料", "free", "kostenlos", "gebührenfrei", "gratuit", "kostenfrei"]
NHI_OR_SOCIAL = ["国民健康保険", "健康保険", "社会保険", "National Health Insurance", "health insurance",
                 "Krankenversicherung", "assurance maladie", "shakai hoken", "kokumin"]
EVACUATE = ["避難", "evacuat", "Evakuier", "shelter", "高台", "évacu", "higher ground", "refuge", "Notunterkunft"]
FINE_JP = ["20万", "200,000", "200.000", "200 000", "罰金", "過料", "amende", "fine", "Bußgeld", "Geldstrafe"]
RESIDENCE_CARD = ["在留カード", "residence card", "Residence Card", "carte de résident", "Aufenthaltskarte"]
LEGAL_AFFAIRS = ["法務局", "Legal Affairs Bureau", "legal affairs bureau", "bureau des affaires juridiques",
                 "Rechtsamt", "registre"]
# --- Germany / NRW ---
GMBH_CAP = ["25.000", "25,000", "25000", "25 000", "2万5000", "2万5千", "2.5万", "25k", "25 000"]
GMBH_HALF = ["12.500", "12,500", "12500", "12 500", "1万2500", "1万2千5百", "1.25万"]
ONLINE_VIDEO = ["online", "Online", "オンライン", "video", "Video", "ビデオ", "Videokonferenz"]
IN_KIND_OK = ["可能", "できます", "possible", "möglich", "2023", "DiREG"]
INTERPRETER = ["Dolmetscher", "interpreter", "通訳", "Übersetz", "translat", "翻訳"]
NRW_FINANZAMT_1M = ["1 Monat", "einen Monat", "einem Monat", "one month", "1 month", "1か月", "1ヶ月", "1ヵ月",
                    "一か月", "4 Wochen", "vier Wochen", "four weeks", "4週間"]
STEUER_FRAGEBOGEN = ["Fragebogen zur steuerlichen Erfassung", "steuerlichen Erfassung", "ELSTER", "Elster",
                     "tax registration questionnaire", "税務登録"]
IHK_BY_LAW = ["義務", "自動", "法律", "automatisch", "kraft Gesetzes", "gesetzlich", "Pflicht", "by law",
              "mandatory", "compulsory", "automatic"]
NRW_OFFICE = ["NRW.Global Business", "NRW.Global", "NRW Global", "NRW Japan", "NRWジャパン", "NRW.INVEST",
              "MWIKE", "MWIDE", "Wirtschaftsministerium", "経済・産業"]
JIHK = ["JIHK", "Japanische Industrie- und Handelskammer", "日本商工会議所", "日本人商工会議所",
        "Japanese Chamber of Commerce", "商工会議所"]
NRW_FAIRS = ["Messe Düsseldorf", "Koelnmesse", "Kölnmesse", "Messe Essen", "メッセ・デュッセルドルフ", "ケルンメッセ",
             "MEDICA", "Anuga", "drupa", "interpack"]
ANUGA = ["Anuga", "ANUGA", "アヌーガ", "Koelnmesse", "Kölnmesse", "ケルンメッセ"]
NRW_REG_OFFICE = ["Bürgeramt", "Bürgerbüro", "Bürgerservice", "Bürgerbüros", "Kundenzentrum", "Einwohnermeldeamt",
                  "Meldebehörde", "Meldeamt", "住民登録", "住民局", "registration office", "citizens' office",
                  "citizen office", "Bürgerämter", "市民局"]
WGB = ["Wohnungsgeberbestätigung", "Wohnungsgeberbescheinigung", "Wohnungsgeber", "landlord", "Vermieter", "家主",
       "大家", "入居証明"]
LANDLORD_OBLIGED = ["verpflichtet", "Pflicht", "obliged", "obligated", "required", "must", "Bußgeld", "fine",
                    "義務", "legally", "gesetzlich", "罰金", "過料"]
FINE_DE = ["Bußgeld", "Ordnungswidrigkeit", "罰金", "過料", "fine", "Geldbuße"]
RUNDFUNK = ["18,36", "18.36"]
D_TICKET = ["63 €", "63€", "63 Euro", "63 EUR", "63ユーロ", "€63", "EUR 63", "63 euros", "63,00", "63.00"]
KINDERGELD = ["259"]
FAMILIENKASSE = ["Familienkasse", "家族手当金庫", "ファミリエンカッセ", "family benefits office", "Family Benefits"]
NRW_116117 = ["116117", "116 117"]
KITA = ["Kita", "KiTa", "キタ", "Kindertagesstätte", "Kindergarten", "幼稚園", "保育", "daycare", "day care",
        "nursery", "Tagespflege", "Kinderbetreuung", "asilo", "托儿", "幼儿园", "託兒", "幼兒園"]
KITA_RIGHT = ["Rechtsanspruch", "legal right", "legal entitlement", "entitled", "entitlement", "権利", "請求権",
              "法的"]
KITA_AGE1 = ["1 Jahr", "ersten Lebensjahr", "1. Lebensjahr", "age of one", "one year", "1歳", "一歳", "age 1",
             "1 year", "1岁", "一岁", "1 anno", "12 months", "12 Monate"]
JP_SCHOOL_DUS = ["Japanische Internationale Schule", "Japanese International School", "デュッセルドルフ日本人学校",
                 "日本人学校", "Japanese school", "JISD"]
INTL_SCHOOL = ["International School", "インターナショナルスクール", "internationale Schule", "International school",
               "École internationale", "international school"]
SCHULPFLICHT = ["Schulpflicht", "就学義務", "義務教育", "compulsory", "mandatory"]
LIC_6M = ["6 Monate", "sechs Monate", "6 months", "six months", "6か月", "6ヶ月", "6ヵ月", "6カ月", "半年",
          "6 Monaten", "sechs Monaten"]
LIC_NO_TEST_DE = ["試験なし", "無試験", "試験は不要", "試験不要", "免除", "不要", "ohne Prüfung", "keine Prüfung",
                  "without a test", "without test", "no test", "no exam", "without an exam", "without taking"]
FUEHRERSCHEINSTELLE = ["Führerscheinstelle", "Straßenverkehrsamt", "Fahrerlaubnisbehörde", "driving licence office",
                       "driver's license office", "licensing office", "運転免許", "免許課", "交通局", "Bürgerbüro"]
AUSLAENDERBEHOERDE = ["Ausländerbehörde", "Ausländeramt", "外国人局", "外国人役所", "外人局", "immigration office",
                      "foreigners' office", "foreigners office", "Immigration Office", "Amt für Migration"]
RESIDENCE_PERMIT = ["Aufenthaltstitel", "Aufenthaltserlaubnis", "滞在許可", "residence permit", "在留許可"]
KAUTION_3 = ["3か月", "3ヶ月", "3ヵ月", "3カ月", "三か月", "3 Monat", "drei Monat", "3 months", "three months",
             "3 Kaltmieten", "drei Kaltmieten", "3倍", "3 monthly"]
HEALTH_INS_DE_PUBLIC = ["gesetzlich", "公的", "statutory", "GKV", "public"]
HEALTH_INS_DE_PRIVATE = ["privat", "民間", "private", "PKV"]
MUTTERPASS = ["Mutterpass", "maternity record", "母子手帳", "母子健康手帳", "maternity pass", "maternity passport"]
HEBAMME = ["Hebamme", "midwife", "助産師", "助産婦", "Hebammen"]
GYN = ["Frauenarzt", "Frauenärztin", "婦人科", "産婦人科", "gynecolog", "gynaecolog", "Gynäkolog"]
MIDWIFE_PAID = ["Krankenkasse", "health insurance", "保険", "Kasse", "covered", "übernimmt", "statutory", "kostenlos",
                "free of charge", "無料"]
# --- France / Paris Region ---
SAS_1EUR = ["1 €", "1€", "1 euro", "un euro", "1 Euro", "1ユーロ", "€1", "1 EUR", "1欧元", "1歐元", "1 유로", "1유로"]
GUICHET = ["guichet unique", "Guichet unique", "INPI", "formalites.entreprises.gouv.fr", "ギシェ", "窓口"]
KBIS = ["登記", "registre", "RCS", "extrait", "抄本", "証明", "register"]
PASSEPORT_TALENT = ["passeport talent", "Passeport talent", "Passeport Talent", "パスポート・タレント", "タレントパスポート",
                    "パスポートタレント", "talent passport"]
INVEST_300K = ["300 000", "300,000", "300.000", "300000", "30万"]
FR_RESIDENCE_ONLINE = ["ANEF", "administration-etrangers-en-france", "オンライン", "en ligne", "online"]
SCHOOL_FR_3 = ["3 ans", "trois ans", "age 3", "age of 3", "3 years", "three years", "3歳", "三歳", "3才"]
LIC_FR_1Y = ["1 an", "un an", "one year", "1 year", "1年", "一年", "12 mois", "12 months", "1 ano", "um ano",
             "一年間", "1年間"]
ANTS = ["ANTS", "ants.gouv", "préfecture", "県庁", "Préfecture"]
CPAM = ["CPAM", "Assurance Maladie", "Assurance maladie", "ameli", "疾病保険", "Sécurité sociale", "sécurité sociale",
        "社会保障"]
MUTUELLE = ["mutuelle", "complémentaire", "補足", "補完", "Mutuelle"]
MUT_WHY = ["remboursement", "rembours", "払い戻し", "償還", "自己負担", "reste à charge", "ticket modérateur", "カバー", "cover"]
CAF = ["CAF", "Caisse d'allocations familiales", "allocations familiales", "家族手当"]
FR_EMERG_MED = ["15", "SAMU", "112"]
FR_CHILD_NIGHT = ["15", "SAMU", "3624", "36 24", "SOS Médecins", "SOS Medecins", "SOSメドゥサン", "116 117", "116117"]
FR_POLICE = ["17", "112"]
FR_FIRE = ["18", "112"]
JP_SCHOOL_PARIS = ["日本人学校", "École japonaise", "Ecole japonaise", "Japanese school", "Institut culturel franco-japonais",
                   "Institut Culturel Franco-Japonais", "日仏文化学院", "Montigny", "モンティニ"]
CHOOSE = ["Choose Paris Region", "Paris Region", "ARD", "Agence régionale de développement",
          "Agence Régionale de Développement", "Paris Region Entreprises", "チューズ・パリ・リージョン"]
FR_SUPPORT = CHOOSE + ["Business France", "ビジネスフランス", "CCI", "JETRO", "ジェトロ"]
FR_FAIRS = ["Viparis", "Villepinte", "Porte de Versailles", "VivaTech", "Maison&Objet", "Maison & Objet", "SIAL",
            "Japan Expo", "Business France", "JETRO", "ジェトロ", "Bourget", "ブルジェ"]
# --- Switzerland / Geneva ---
CH_SARL = ["20 000", "20'000", "20’000", "20,000", "20.000", "20000", "2万"]
CH_SA = ["100 000", "100'000", "100’000", "100,000", "100.000", "100000", "10万"]
CH_SA_HALF = ["50 000", "50'000", "50’000", "50,000", "50.000", "50000", "5万"]
NOTAIRE = ["公証", "notaire", "notary", "Notar", "authentique", "notarié", "acte authentique"]
POSSIBLE = ["可能", "できます", "できる", "possible", "yes", "oui", "allowed", "zulässig", "autorisé", "認められ"]
CH_REGISTER = ["Registre du commerce", "registre du commerce", "商業登記", "Handelsregister", "commercial register",
               "Commercial Register"]
OCPM = ["OCPM", "Office cantonal de la population", "population et des migrations", "Cantonal Population Office",
        "cantonal population"]
OCV = ["OCV", "Office cantonal des véhicules", "véhicules", "Vehicle Office", "vehicle office", "Carouge"]
LAMAL_3M = ["3 mois", "trois mois", "3 months", "three months", "3か月", "3ヶ月", "3ヵ月", "3カ月", "三か月",
            "3 meses", "tres meses", "3 Monate", "drei Monate", "3 Monaten"]
CH_LIC_12 = ["12 mois", "douze mois", "12 months", "1 an", "un an", "one year", "1 year", "1年", "12か月", "12ヶ月",
             "一年", "12カ月"]
GE_SCHOOL_4 = ["4 ans", "quatre ans", "age 4", "age of 4", "4 years", "four", "4歳", "四歳", "4才"]
GE_SCHOOL_OBLIG = ["義務", "obligatoire", "compulsory", "mandatory", "must"]
GE_AMB = ["144"]
GE_POLICE = ["117", "112"]
GE_TOX = ["145", "144", "Tox Info"]
GE_PED = ["0844 022 022", "0844022022", "HUG", "144", "Hôpital des enfants", "urgences pédiatriques"]
OPI = ["OPI", "Office de Promotion des Industries", "Promotion des Industries", "産業振興機構"]
GE_SUPPORT = OPI + ["GGBa", "Greater Geneva", "FONGIT", "Fongit", "CCIG"]
FONGIT = ["FONGIT", "Fongit"] + OPI
ECOLINT = ["Ecolint", "International School of Geneva", "École Internationale", "Ecole Internationale",
           "インターナショナルスクール", "Collège du Léman", "international school", "International School"]
PERMIT_CH = ["permis B", "B permit", "permit B", "permis L", "L permit", "Bビザ", "B許可", "滞在許可", "autorisation",
             "work permit", "permis de travail", "SEM"] + OCPM
# --- Mie / Tsu ---
MIE_INFO = ["059-229-1199", "0592291199", "救急医療情報センター", "医療ネットみえ", "Iryo Net Mie", "Mie Emergency"]
MIE_CHILD = ["#8000", "8000", "059-232-9955", "0592329955", "みえ子ども医療ダイヤル"]
MIECO = ["080-3300-8077", "08033008077", "MieCo", "みえ外国人相談サポートセンター", "MIEF", "三重県国際交流財団",
         "Mie International Exchange"]
TSU_CITY = ["津市", "Tsu City", "Tsu city", "city of Tsu", "City of Tsu", "ville de Tsu", "Ville de Tsu",
            "Tsu-shi", "Stadt Tsu", "商工観光部", "mairie de Tsu", "municipalité de Tsu"]
TSU_SUPPORT = TSU_CITY + JETRO + ["三重県産業支援センター", "Mie Industry", "三重県"]
MIE_KK = ["株式会社", "KK", "kabushiki", "Kabushiki", "合同会社", "GK", "godo", "Godo"]
BOARD_EDU = ["教育委員会", "Board of Education", "board of education", "commission scolaire", "bureau de l'éducation",
             "市役所", "mairie", "city hall", "City Hall", "学校教育課"]

# ---------------------------------------------------------------------------
# region-question markers (must not appear where a region is named or implied)
# ---------------------------------------------------------------------------
RQ_TN = ["Tokyo or NRW?", "NRW or Tokyo?", "Tokyo oder NRW?", "NRW oder Tokyo?", "Tokio oder NRW?",
         "NRW oder Tokio?", "東京とNRWのどちら", "東京とNRWどちら", "NRWと東京のどちら", "東京かNRWか",
         "東京ですか、NRW", "東京ですか？NRW", "which region", "welche Region", "どちらの地域"]
RQ_TS = ["Tsu, Paris or Geneva?", "Tsu, Paris ou Genève ?", "Tsu, Paris ou Genève?", "Paris or Geneva?",
         "Paris ou Genève ?", "Paris ou Genève?", "パリとジュネーブのどちら", "津・パリ・ジュネーブのどれ",
         "津、パリ、ジュネーブのどれ", "津・パリ・ジュネーブのどちら", "津、パリ、ジュネーブのどちら", "which region",
         "quelle région", "どちらの地域", "どの地域ですか"]
TOKYO_WRONG_EMERG = ["116117", "116 117", "Bereitschaftsdienst", "112"]
NRW_WRONG_EMERG = ["#7119", "#8000", "119番"]
TSU_WRONG_EMERG = ["Tox Info", "116117", "3624", "0844 022 022"]
PARIS_WRONG_EMERG = ["#7119", "#8000", "119番", "Tox Info", "0844 022 022"]
GENEVA_WRONG_EMERG = ["#7119", "#8000", "119番", "3624", "SOS Médecins"]

TN_TOKYO_ALT = ["Tokyo", "Tokio", "東京", "Tóquio", "Tokió"]
TN_NRW_ALT = ["NRW", "Nordrhein", "North Rhine", "ノルトライン", "Rhénanie"]
TS_TSU_ALT = ["Tsu", "津"]
TS_PARIS_ALT = ["Paris", "パリ", "Île-de-France", "Ile-de-France", "イル"]
TS_GENEVA_ALT = ["Geneva", "Genève", "Geneve", "Genf", "ジュネーブ", "Ginevra", "Ginebra"]

SUPPORTED = {"tn": {"ja", "de", "en"}, "ts": {"ja", "fr", "en"}}


class SetBuilder:
    def __init__(self, key, name, prefix, regions, rq):
        self.key, self.name, self.prefix = key, name, prefix
        self.regions, self.rq = regions, rq
        self.cases = []

    def add(self, lang, region, topic, turns, kind="answer", all=None, none=None, language=None, rq=None):
        if isinstance(turns, str):
            turns = [turns]
        if language is None:
            language = [lang] if lang in SUPPORTED[self.key] else ["en", lang]
        expect = {}
        if kind is not None:
            expect["kind"] = kind
        expect["language"] = language
        if all:
            expect["all"] = [list(dict.fromkeys(g)) for g in all]
        nn = list(none or [])
        # region question must not be asked where a region is named / implied, nor on small talk / off-topic
        if rq is None:
            rq = kind != "clarify-region" and (region is not None or kind in ("smalltalk", "out-of-scope"))
        if rq:
            nn = self.rq + nn
        if nn:
            expect["none"] = list(dict.fromkeys(nn))
        tlist = [{"text": t} for t in turns[:-1]] + [{"text": turns[-1], "expect": expect}]
        cid = f"{self.prefix}{len(self.cases) + 1:03d}"
        self.cases.append({"id": cid, "lang": lang, "region": region, "topic": topic, "turns": tlist})

    def doc(self):
        return {"set": self.name, "writtenBy": WRITTEN_BY, "cases": self.cases}


# ===========================================================================
# Partnership 1: Tokyo <-> NRW
# ===========================================================================
tn = SetBuilder("tn", "blind23-tokyo-nrw", "B23TN", {"tokyo", "nrw", None}, RQ_TN)
A = tn.add

# ---- company: German SMEs founding in Tokyo ---------------------------------
A("de", "tokyo", "company", "wie viel stammkapital braucht man mind. für ne japanische KK in tokyo? 🤔", all=[KK_1YEN])
A("en", "tokyo", "company", "we're a small mittelstand firm thinking abt a godo kaisha in tokyo instead of a KK - whats the actual diff in setup cost?",
  all=[REG_TAX_GK + REG_TAX_KK + ["定款認証", "notari", "Beurkundung", "articles of incorporation"]])
A("ja", "tokyo", "company", "ドイツ本社100%出資で東京にKK作る場合、定款認証の手数料って15000円でいけます？",
  all=[KK_NOTARY_CORP, NATURAL_PERSON])
A("de", "tokyo", "company", "Was kostet die Eintragung (登記) einer KK in Tokyo? Stichwort Registrierungssteuer", all=[REG_TAX_KK])
A("en", "tokyo", "company", "registration license tax for a GK in tokyo? rough number pls", all=[REG_TAX_GK])
A("ja", "tokyo", "company", "東京で1人で株式会社つくります。資本金50万、取締役会なし。定款認証いくら？", all=[KK_NOTARY_SMALL])
A("de", "tokyo", "company", "Elektronische Satzung statt Papier in Tokyo – spart man da wirklich die Stempelsteuer? wie viel?", all=[STAMP_40K])
A("en", "tokyo", "company", "after our KK in tokyo is registered, what do we file with the tax office and by when?",
  all=[TAX_JP_2M, ["法人設立届出書", "notification of establishment", "establishment notification", "corporate establishment",
                   "Gründungsanzeige", "Anzeige über die Gründung", "notification"]])
A("de", "tokyo", "company", "Welches Visum braucht unser GF, wenn er die neue Tochter in Minato-ku leiten soll?", all=[BM_NAME])
A("en", "tokyo", "company", "is 5 million yen still enough for the business manager visa or did that change?? 😬", all=[BM_30M])
A("ja", "tokyo", "company", "ドイツ人社長が東京で経営・管理の在留資格とる場合、自宅兼事務所でも大丈夫？", all=[BM_HOME])
A("de", "tokyo", "company", "Braucht man für das Business-Manager-Visum jetzt eigentlich auch Japanischkenntnisse?", all=[BM_N2])
A("en", "tokyo", "company", "new BM visa rules - do we need to hire someone in tokyo? how many ppl", all=[BM_EMPLOYEE])
A("en", "tokyo", "company", "our lawyer keeps saying 'teikan ninsho' - what is that & where do we do it in tokyo?",
  all=[["公証役場", "公証人", "notary", "Notar", "notaire"]])
A("de", "tokyo", "company", "Zweigniederlassung (支店) statt Tochter-KK in Tokyo – was ist einfacher für uns als GmbH?",
  all=[["日本における代表者", "representative in Japan", "Vertreter in Japan", "Repräsentant in Japan", "Vertreter",
        "representative"]])
A("en", "tokyo", "company", "can our german GmbH itself be the only shareholder/promoter of a KK in shibuya?",
  all=[KK_NOTARY_CORP + ["可能", "possible", "möglich", "sole", "alleinige", "einzige", "juristische Person",
                         "legal entity", "法人", "corporate"]])

# ---- company: Japanese SMEs founding in NRW ---------------------------------
A("ja", "nrw", "company", "デュッセルドルフでGmbH設立したい。資本金って最低いくら？半分だけ先に払えばいいって本当？",
  all=[GMBH_CAP, GMBH_HALF])
A("ja", "nrw", "company", "Kölnで子会社つくるならGmbHとUGどっちがいい？資本金の違いは？", all=[GMBH_CAP])
A("en", "nrw", "company", "do we have to fly to germany for the notar or can the GmbH in essen be founded online from osaka?",
  all=[["video", "Video", "ビデオ", "Bundesnotarkammer", "online.notar.de", "DiRUG", "2022"]])
A("ja", "nrw", "company", "GmbHを現物出資で設立する場合でもオンラインで公証できる？場所はドルトムントです",
  all=[IN_KIND_OK])
A("de", "nrw", "company", "Mein japanischer Mandant spricht kein Deutsch – wie läuft die GmbH-Beurkundung beim Notar in Duisburg dann ab?",
  all=[INTERPRETER])
A("ja", "nrw", "company", "ドイツで会社作ったあと税務署（Finanzamt）への届出っていつまでに？ノイス市です",
  all=[NRW_FINANZAMT_1M])
A("en", "nrw", "company", "is a gewerbeanmeldung needed for a GmbH that only does sales in düsseldorf?",
  all=[["Gewerbeamt", "Gewerbeanmeldung", "trade office", "営業届", "Gewerbe"]])
A("ja", "nrw", "company", "ボンで会社作るけど、IHKって入らないといけないの？任意？", all=[IHK_BY_LAW])
A("ja", "nrw", "company", "GmbHの資本金25000ユーロって全額振り込んでから登記？", all=[GMBH_HALF])
A("en", "nrw", "company", "after the notary appointment in wuppertal how does the GmbH get into the handelsregister?",
  all=[["electronic", "elektronisch", "電子", "Registergericht", "Amtsgericht", "register court", "local court", "区裁判所",
        "notary submits", "notary files", "notary sends", "the notary will"]])

# ---- support: Tokyo ---------------------------------------------------------
A("de", "tokyo", "support", "Wir wollen nächstes Jahr in Tokyo auf ner Messe ausstellen – wer hilft deutschen KMU mit Gemeinschaftsstand?",
  all=[AHK])
A("en", "tokyo", "support", "is there a german chamber in tokyo that does market entry consulting for SMEs?", all=[AHK])
A("de", "tokyo", "support", "Gibt es in Tokyo eine Stelle, wo man alle Gründungsformalitäten an einem Ort erledigen kann?",
  all=[ONE_STOP])
A("ja", "tokyo", "support", "ドイツの中小企業が東京進出するときの東京都側の窓口ってどこ？", all=[TOKYO_BUREAU])
A("en", "tokyo", "support", "we're from bielefeld expanding to tokyo - which tokyo govt department is our contact under the NRW agreement?",
  all=[TOKYO_OFFICE])
A("en", "tokyo", "support", "any org that can intro us to japanese startups or VCs in tokyo? we do medtech 🩺", kind=None,
  all=[TOKYO_OFFICE + AHK + JETRO + ["Business Concierge", "ビジネスコンシェルジュ"]])
A("de", "tokyo", "support", "Gibt's in Tokyo Showrooms oder Flächen, wo man Produkte länger ausstellen kann?")

# ---- support: NRW -------------------------------------------------------------
A("ja", "nrw", "support", "NRWに進出したい日本の中小企業を助けてくれる公的機関ってある？東京に窓口あれば最高", all=[NRW_OFFICE])
A("ja", "nrw", "support", "ドルトムントの大学と共同研究したい。どこに相談すれば？", kind=None,
  all=[NRW_OFFICE + ["TU Dortmund", "Technische Universität Dortmund", "ドルトムント工科大学"]])
A("en", "nrw", "support", "which trade fair in NRW for food? we make miso & soy sauce", all=[ANUGA])
A("ja", "nrw", "support", "デュッセルドルフに日本企業向けの商工会ってある？", all=[JIHK])
A("en", "nrw", "support", "funding or grants for a japanese startup opening an office in NRW?",
  all=[NRW_OFFICE + ["NRW.BANK", "NRW.Bank"]])
A("ja", "nrw", "support", "医療機器の展示会、ドイツだとどこ？デュッセルドルフ？", all=[NRW_FAIRS])

# ---- daily life: Tokyo (German employees and families) ---------------------
A("de", "tokyo", "daily-life", "Bin gestern nach Setagaya gezogen – bis wann muss ich mich beim Amt melden und wo genau?",
  all=[DAYS_14, TOKYO_WARD])
A("en", "tokyo", "daily-life", "moving from meguro to shinagawa (both tokyo) - do i need to do anything at the ward office?",
  all=[DAYS_14])
A("de", "tokyo", "healthcare", "Wo finde ich in Tokyo nen Arzt, der Englisch oder Deutsch spricht?", all=[HIMAWARI])
A("en", "tokyo", "healthcare", "how do i find an english speaking pediatrician in tokyo?", all=[HIMAWARI])
A("ja", "tokyo", "healthcare", "ドイツ人社員の奥さんが妊娠しました。東京で母子手帳ってどこでもらえます？",
  all=[MATERNAL_BOOK, ["妊娠届", "区役所", "保健センター", "保健所", "保健相談所"]])
A("de", "tokyo", "healthcare", "Meine Frau ist schwanger, wir wohnen in Nerima. Was müssen wir beim Bezirk machen?",
  all=[MATERNAL_BOOK])
A("en", "tokyo", "schooling", "is there a german school near tokyo? kids are 7 & 10",
  all=[["Deutsche Schule Tokyo Yokohama", "DSTY", "東京横浜独逸学園", "Yokohama", "横浜"]])
A("de", "tokyo", "schooling", "Kita-Platz in Tokyo – wie läuft das mit 保育園 für Ausländer?",
  all=[["保育園", "hoikuen", "Hoikuen", "nursery", "Kinderkrippe", "Krippe"], TOKYO_WARD + ["区"]])
A("en", "tokyo", "daily-life", "german license - can i just swap it for a japanese one in tokyo or do i have to do the test?",
  all=[LIC_NO_TEST, LIC_CENTER_TOKYO])
A("de", "tokyo", "daily-life", "Wie lange darf ich mit dt. Führerschein + Übersetzung in Japan fahren? wohne in Tokyo", all=[ONE_YEAR])
A("en", "tokyo", "housing", "apartment hunting in tokyo as a foreigner - what is reikin and do i need a guarantor?",
  all=[KEY_MONEY, GUARANTOR])
A("en", "tokyo", "daily-life", "i moved to tokyo in march, do i pay resident tax already this year?", all=[RESIDENT_TAX, JAN_1])
A("de", "tokyo", "daily-life", "Mülltrennung in Tokyo ist der Wahnsinn 😅 wo krieg ich die Regeln auf Englisch?",
  all=[TOKYO_WARD + ["区", "ward", "Bezirk"]])
A("en", "tokyo", "residence", "my residence card expires in 2 months, where do i renew it in tokyo?", all=[IMMIGRATION])
A("de", "tokyo", "residence", "Meine Frau will in Tokyo Teilzeit arbeiten – geht das mit dem Familienvisum (家族滞在)?",
  all=[["資格外活動", "permission to engage", "Erlaubnis", "permission", "Genehmigung"]])
A("en", "tokyo", "daily-life", "do i have to pay into japanese pension if i'm seconded from germany to tokyo for 3 yrs?",
  all=[["社会保障協定", "social security agreement", "Sozialversicherungsabkommen", "Abkommen", "certificate of coverage",
        "適用証明書", "Entsendebescheinigung", "agreement"]])
A("de", "tokyo", "healthcare", "Zahnarzt-Notdienst am Wochenende in Tokyo, wo frag ich?", all=[HIMAWARI + TOKYO_ADVICE])
A("ja", "tokyo", "housing", "ドイツ企業の社員が東京で部屋探し。日本人の保証人いないけど借りられる？", all=[GUARANTOR_CO])
A("de", "tokyo", "schooling", "Gibt es in Tokyo internationale Kindergärten mit Englisch?", all=[INTL_SCHOOL + ["インターナショナル"]])
A("en", "tokyo", "daily-life", "is there a german-speaking hotline in tokyo for general life stuff (ward office, taxes etc)?")

# ---- daily life: NRW (Japanese employees and families) ---------------------
A("ja", "nrw", "daily-life", "Bochumで部屋借りた。住民登録っていつまで？何持ってく？", all=[DAYS_14, WGB])
A("ja", "nrw", "daily-life", "デュッセルドルフの住民登録、予約とれない…期限過ぎたらどうなる？", all=[DAYS_14 + FINE_DE])
A("en", "nrw", "daily-life", "do i really have to pay this rundfunkbeitrag thing? got a letter in münster", all=[RUNDFUNK])
A("ja", "nrw", "daily-life", "ドイツの電車、Deutschlandticketって今いくら？ケルン在住です", all=[D_TICKET])
A("ja", "nrw", "healthcare", "デュッセルドルフで日本語が通じる病院ってある？")
A("ja", "nrw", "healthcare", "妊娠がわかった。Krefeldに住んでるけど、ドイツで何から始めればいい？", all=[MUTTERPASS, HEBAMME, GYN])
A("ja", "nrw", "schooling", "Bonnに転勤。5歳の子のKita探したい、どうすれば？", all=[KITA])
A("en", "nrw", "schooling", "does my 1 yr old have a legal right to a kita spot in köln?",
  all=[["Rechtsanspruch", "entitled", "entitlement", "SGB", "yes", "Yes"]])
A("ja", "nrw", "schooling", "Duisburgから通える日本人学校ある？",
  all=[["デュッセルドルフ", "Düsseldorf", "Oberkassel", "オーバーカッセル", "JISD", "Japanische Internationale Schule"]])
A("en", "nrw", "schooling", "international schools in the ruhr area (essen/dortmund)? english curriculum pls", all=[INTL_SCHOOL])
A("ja", "nrw", "schooling", "ドイツの小学校って何歳から？義務？レバークーゼン住み", all=[SCHULPFLICHT])
A("ja", "nrw", "daily-life", "日本の免許でドイツでいつまで運転できる？書き換えって試験いる？アーヘンです", all=[LIC_6M, LIC_NO_TEST_DE])
A("en", "nrw", "daily-life", "where in düsseldorf do i exchange my japanese licence & what docs do i need?",
  all=[FUEHRERSCHEINSTELLE, ["翻訳", "translation", "Übersetzung"]])
A("ja", "nrw", "residence", "日本人だけどビザなしでドイツ入国して、エッセンで滞在許可とれる？", all=[AUSLAENDERBEHOERDE])
A("en", "nrw", "residence", "my residence permit expires soon, i live in mönchengladbach. where do i extend it?", all=[AUSLAENDERBEHOERDE])
A("ja", "nrw", "daily-life", "ドイツで子ども手当（Kindergeld）もらえる？いくら？", all=[KINDERGELD, FAMILIENKASSE])
A("en", "nrw", "housing", "whats a schufa and do i need one to rent in cologne?", all=[["SCHUFA", "Schufa", "credit"]])
A("ja", "nrw", "housing", "ドイツの賃貸、Kaution（敷金）って家賃何か月分まで？ケルンで探してる", all=[KAUTION_3])
A("ja", "nrw", "daily-life", "ドイツで個人賠償責任保険（Haftpflicht）って入るべき？", all=[["Haftpflicht", "賠償", "liability"]])
A("en", "nrw", "daily-life", "how does trash sorting work in düsseldorf? yellow bin??", all=[["Gelbe", "gelb", "yellow", "黄色"]])
A("ja", "nrw", "daily-life", "Gelsenkirchenに引っ越した。ゴミの出し方わからん😭", all=[["Müll", "ゴミ", "Abfall", "Tonne"]])
A("ja", "nrw", "healthcare", "ドイツでまずHausarztを決めないといけないの？", all=[["Hausarzt", "家庭医", "かかりつけ", "ホームドクター"]])
A("ja", "nrw", "healthcare", "ドイツの夜間・休日の薬局ってどう探す？デュッセルドルフ",
  all=[["Notdienst", "Apotheken-Notdienst", "aponet", "当番薬局", "救急薬局", "Notdienstapotheke"]])
A("en", "nrw", "daily-life", "can i drive in germany with my japanese license + international permit? how long?", all=[LIC_6M])

# ---- emergencies -------------------------------------------------------------
A("en", "tokyo", "emergency", "my colleague just collapsed in our office in marunouchi what number???", kind="emergency",
  all=[["119"]], none=TOKYO_WRONG_EMERG)
A("de", "tokyo", "emergency", "Einbruch in unsere Wohnung in Roppongi, wen ruf ich an", kind="emergency",
  all=[["110"]], none=TOKYO_WRONG_EMERG)
A("ja", "nrw", "emergency", "Düsseldorfの家でボヤ！！何番？", kind="emergency", all=[["112"]], none=NRW_WRONG_EMERG)
A("en", "nrw", "emergency", "car accident on the A3 near leverkusen, someone is hurt", kind="emergency",
  all=[["112"]], none=NRW_WRONG_EMERG)
A("de", "tokyo", "emergency", "Mein Sohn (4) hat nachts hohes Fieber, wir sind in Tokyo, er ist aber ansprechbar – Notaufnahme oder gibts ne Beratungsnummer?",
  kind="emergency", all=[TOKYO_ADVICE], none=TOKYO_WRONG_EMERG)
A("ja", "nrw", "emergency", "夜中に子どもが39度の熱。救急車呼ぶほどじゃないけど…Essen住みです", kind="emergency",
  all=[NRW_116117], none=NRW_WRONG_EMERG)
A("en", "tokyo", "emergency", "big earthquake just now, where do we go?? we live in koto-ku", kind="emergency", all=[EVACUATE],
  none=["116117"])
A("ja", "nrw", "emergency", "ケルンで財布盗まれた。警察は何番？", kind="emergency", all=[["110"]], none=NRW_WRONG_EMERG)
A("en", None, "emergency", "whats the emergency number", kind=None, all=[["110", "119", "112"]])

# ---- hand-over -----------------------------------------------------------------
A("de", "tokyo", "handover", "Können Sie mich bitte mit jemandem beim Tokyo Metropolitan Government verbinden? Wir planen eine Niederlassung in Chiyoda.",
  kind="handover", all=[TOKYO_BUREAU])
A("en", "nrw", "handover", "i'd like to talk to a real person at NRW.Global Business about a site in essen", kind="handover",
  all=[NRW_OFFICE])
A("ja", "nrw", "handover", "担当者と直接話したいです。ミュンスター近郊に工場を検討中", kind="handover", all=[NRW_OFFICE])
A("ja", "tokyo", "handover", "東京都の担当部署の方を紹介してもらえますか？ドイツのパートナー企業の件です", kind="handover",
  all=[TOKYO_BUREAU])
A("en", None, "handover", "can someone from your team call me back?", kind=None)
A("de", "nrw", "handover", "Ich brauche einen Ansprechpartner für einen japanischen Investor, der nach Gelsenkirchen will.",
  kind="handover", all=[NRW_OFFICE])
A("en", "tokyo", "handover", "pls put me in touch w/ someone who can introduce us to tokyo-based robotics firms", kind="handover",
  all=[TOKYO_OFFICE + AHK + JETRO])
A("ja", "nrw", "handover", "NRWの大学や研究機関を紹介してほしいです", kind="handover", all=[NRW_OFFICE])

A("de", "nrw", "company", "Für einen japanischen Kunden: ab wann ist seine GmbH in Bochum IHK-Mitglied, muss er aktiv beitreten?",
  all=[IHK_BY_LAW])
A("de", "tokyo", "daily-life", "Kann ich in Tokyo einfach mit meinem internationalen Führerschein aus Deutschland fahren?",
  all=[JAF, ["nicht anerkannt", "not recognized", "not recognised", "not valid", "nicht gültig", "ungültig", "認められ",
             "無効", "nicht"]])
A("de", "tokyo", "handover", "Hallo, ich hätte gern einen persönlichen Termin mit dem Büro für Industrie und Arbeit in Tokyo – geht das über euch?",
  kind="handover", all=[TOKYO_OFFICE])

# ---- small talk ---------------------------------------------------------------
A("de", None, "smalltalk", "moin 👋", kind="smalltalk")
A("ja", None, "smalltalk", "おはよー", kind="smalltalk")
A("en", None, "smalltalk", "hey there", kind="smalltalk")
A("ja", None, "smalltalk", "ありがとう！助かった🙏", kind="smalltalk")
A("de", None, "smalltalk", "danke dir, super hilfreich!", kind="smalltalk")
A("en", None, "smalltalk", "who are you, what can you do?", kind=None, rq=True)
A("ja", None, "smalltalk", "こんばんは〜", kind="smalltalk")
A("de", None, "smalltalk", "Guten Tag, ich bin neu hier", kind="smalltalk")
A("en", None, "smalltalk", "good morning!! ☀️", kind="smalltalk")
A("ja", None, "smalltalk", "よろしくお願いします", kind="smalltalk")

# ---- off-topic ------------------------------------------------------------------
A("en", None, "out-of-scope", "will it rain in düsseldorf tomorrow?", kind="out-of-scope", none=["Anmeldung", "Bürgeramt"])
A("de", None, "out-of-scope", "Wer hat gestern gewonnen, Fortuna oder Schalke?", kind="out-of-scope",
  none=["Anmeldung", "Bürgeramt"])
A("ja", None, "out-of-scope", "東京でおすすめのラーメン屋教えて", kind="out-of-scope", none=["区役所", "転入届"])
A("en", None, "out-of-scope", "write me a python script that parses a csv", kind="out-of-scope")
A("de", None, "out-of-scope", "Erzähl mir einen Witz 😂", kind="out-of-scope")
A("ja", None, "out-of-scope", "宿題手伝って：二次関数の最大値の求め方", kind="out-of-scope")
A("en", None, "out-of-scope", "whats the yen to euro rate today", kind="out-of-scope")
A("de", None, "out-of-scope", "Wie wird das Wetter in Tokio nächste Woche?", kind="out-of-scope", none=["区役所", "転入届"])
A("ja", None, "out-of-scope", "ケルン大聖堂の入場料っていくら？", kind="out-of-scope", none=["住民登録", "Anmeldung"])

# ---- clarify (no region named, answer differs) -----------------------------------
A("en", None, "company", "whats the minimum capital to set up a company?", kind="clarify-region", all=[TN_TOKYO_ALT, TN_NRW_ALT])
A("en", None, "daily-life", "how do i convert my driving licence?", kind="clarify-region", all=[TN_TOKYO_ALT, TN_NRW_ALT])
A("ja", None, "daily-life", "子ども手当ってもらえる？いくら？", kind="clarify-region", all=[TN_TOKYO_ALT, TN_NRW_ALT])
A("en", None, "residence", "which visa do i need for my staff?", kind="clarify-region", all=[TN_TOKYO_ALT, TN_NRW_ALT])
A("ja", None, "daily-life", "住民登録ってどこでするの？", kind="clarify-region", all=[TN_TOKYO_ALT, TN_NRW_ALT])
A("en", None, "support", "any good trade fairs coming up for automotive suppliers?", kind="clarify-region",
  all=[TN_TOKYO_ALT, TN_NRW_ALT])
A("en", None, "healthcare", "how do i find a doctor who speaks english?", kind="clarify-region", all=[TN_TOKYO_ALT, TN_NRW_ALT])
A("ja", None, "company", "会社設立にかかる費用ざっくり教えて", kind="clarify-region", all=[TN_TOKYO_ALT, TN_NRW_ALT])
A("en", None, "handover", "who is my contact office?", kind="clarify-region", all=[TN_TOKYO_ALT, TN_NRW_ALT])
A("de", None, "daily-life", "Was kostet ein Monatsticket für Bus und Bahn?", kind="clarify-region", all=[TN_TOKYO_ALT, TN_NRW_ALT])

# ---- no place named, region implied by the concept (must NOT ask back) ------------
A("en", "nrw", "company", "UG vs GmbH – which one for a small sales office?", all=[GMBH_CAP])
A("ja", "tokyo", "company", "合同会社の登録免許税っていくら？", all=[REG_TAX_GK])
A("de", "nrw", "housing", "Was genau ist eine Wohnungsgeberbestätigung?", all=[["Vermieter", "landlord", "家主", "Eigentümer"]])
A("en", "tokyo", "company", "whats a hanko and do i need one for my company?", all=[["印鑑", "hanko", "seal", "Siegel", "Stempel", "実印"]])
A("ja", "nrw", "daily-life", "Steuer-IDって何？いつ届くの？", all=[["住民登録", "Anmeldung", "registration", "登録"]])
A("de", "tokyo", "daily-life", "Was ist diese 'My Number' und brauche ich die als Ausländer?",
  all=[["マイナンバー", "My Number", "Individual Number", "個人番号"]])
A("en", "tokyo", "healthcare", "what is #7119?", all=[["救急", "emergency", "ambulance", "相談", "advice", "consultation"]])
A("ja", "nrw", "healthcare", "116117って何の番号？", all=[["Bereitschaftsdienst", "当番医", "救急", "医師", "doctor", "Arzt", "医療"]])
A("en", "nrw", "daily-life", "is the deutschlandticket still 58 euros?", all=[D_TICKET])

# ---- other languages (answer in English with a note) -------------------------------
A("zh", "nrw", "company", "在杜塞尔多夫成立GmbH最低需要多少注册资本？", all=[GMBH_CAP])
A("ko", "tokyo", "company", "도쿄에서 주식회사 설립할 때 최소 자본금은 얼마인가요?", all=[KK_1YEN])
A("tr", "nrw", "company", "Köln'de GmbH kurmak için noter gerekli mi?", all=[["Notar", "notary", "notari"]])
A("es", "tokyo", "emergency", "¿Cuál es el número para llamar a una ambulancia en Tokio?", kind="emergency", all=[["119"]],
  none=TOKYO_WRONG_EMERG)
A("fr", "nrw", "daily-life", "Quel est le prix du Deutschlandticket en ce moment ?", all=[D_TICKET])
A("zh", "tokyo", "residence", "在东京开公司需要什么签证？", all=[BM_NAME + ["经营管理", "經營管理"]])
A("vi", "nrw", "daily-life", "Làm sao đăng ký địa chỉ cư trú ở Essen? hạn bao lâu?", all=[DAYS_14 + ["14 ngày", "2 tuần"]])
A("pt", "tokyo", "company", "Olá! Preciso de ajuda para abrir uma empresa em Tóquio, por onde começo?",
  all=[MIE_KK + ["Kabushiki Kaisha", "Godo Kaisha"]])
A("ko", "nrw", "emergency", "쾰른인데 아이가 밤에 열이 나요. 어디에 전화해야 해요?", kind="emergency", all=[NRW_116117],
  none=NRW_WRONG_EMERG)
A("it", "nrw", "schooling", "Ciao, come posso iscrivere mio figlio a una Kita a Bonn?", all=[KITA])
A("zh", "nrw", "schooling", "请问德国的幼儿园几岁可以申请？有没有法定名额？", all=[KITA_AGE1 + KITA_RIGHT])

# ---- follow-ups (multi-turn; only the last turn is graded) ----------------------------
F = "follow-up"
A("en", "nrw", F, ["just moved to dortmund, how do i do the anmeldung?", "and what if my landlord won't give me that form?"],
  all=[LANDLORD_OBLIGED], none=["Hausarzt"])
A("de", "tokyo", F, ["Wir gründen eine KK in Tokyo, was brauchen wir alles?", "wie viele Wochen sollten wir dafür grob einplanen?"],
  none=["Arbeitszeit", "working hours", "労働時間"])
A("ja", "nrw", F, ["Essenで日本の免許を書き換えたい", "それって何か月以内にやらないとダメ？"], all=[LIC_6M], none=["Kita"])
A("en", "tokyo", F, ["what's the deal with the business manager visa now?", "so is an employee mandatory too?"], all=[BM_EMPLOYEE])
A("ja", "nrw", F, ["デュッセルドルフで子どもの幼稚園探してる", "日本語が通じるところある？"],
  all=[["日本人幼稚園", "日系", "日本語の幼稚園", "日本語幼稚園", "日本語で保育", "日本語対応", "japanische Kindergärten",
        "japanischer Kindergarten", "Japanese kindergarten", "EKO", "あります"]])
A("de", "tokyo", F, ["Welche Messen gibt es in Tokyo für Medizintechnik?", "und wer kann uns beim Stand helfen?"], all=[AHK + JETRO])
A("en", "nrw", F, ["my wife is pregnant, we live in aachen", "do we have to pay for the midwife ourselves?"], all=[MIDWIFE_PAID])
A("ja", "tokyo", F, ["ドイツ人社員が品川区に引っ越してきた。手続きは？", "健康保険の手続きも区役所？"],
  all=[["会社", "勤務先", "社会保険", "健康保険組合", "協会けんぽ", "雇用主", "事業主"]])
A("en", "nrw", F, ["can you explain kindergeld?", "how much per kid?"], all=[KINDERGELD])
A("ja", "nrw", F, ["Kölnで GmbH 設立の流れ教えて", "公証人の手続きって日本から出来る？"], all=[ONLINE_VIDEO])
A("en", "tokyo", F, ["my kid (3) needs daycare in setagaya", "is it free?"],
  all=[["2019", "age 3", "ages 3", "3 to 5", "3-5", "3–5", "three to five", "3 years", "3歳", "aged 3"]])
A("de", "tokyo", F, ["Ich ziehe nächsten Monat nach Tokyo, Chuo-ku.", "Muss ich mich da auch irgendwo anmelden wie in Deutschland?"],
  all=[DAYS_14, TOKYO_WARD])
A("ja", "nrw", F, ["デュッセルドルフで住民登録したい", "期限は？"], all=[DAYS_14])
A("en", "tokyo", F, ["hi", "need help finding an apartment in tokyo"], all=[KEY_MONEY + GUARANTOR + ["敷金", "deposit", "不動産", "real estate"]])
A("ja", "nrw", F, ["こんにちは", "ドイツの健康保険って何種類あるの？"], all=[HEALTH_INS_DE_PUBLIC, HEALTH_INS_DE_PRIVATE])
A("en", "nrw", F, ["what's the deutschlandticket?", "ok how much is it now?"], all=[D_TICKET])
A("de", "tokyo", F, ["Wie bekomme ich einen japanischen Führerschein?", "und muss ich dafür ne Prüfung machen?"], all=[LIC_NO_TEST])
A("ja", "nrw", F, ["Bielefeldに赴任予定", "家族（妻と子）のビザはどうなる？"], all=[AUSLAENDERBEHOERDE + ["Familiennachzug", "family reunification", "家族呼び寄せ", "呼び寄せ"]])

# ===========================================================================
# Partnership 2: Tsu <-> Paris Region / Geneva
# ===========================================================================
ts = SetBuilder("ts", "blind23-tsu", "B23TS", {"tsu", "paris", "geneva", None}, RQ_TS)
B = ts.add

# ---- company: Tsu (French / Swiss SMEs founding in Tsu) ------------------------
B("fr", "tsu", "company", "capital minimum pour créer une KK (kabushiki kaisha) à Tsu ?", all=[KK_1YEN])
B("en", "tsu", "company", "we're a swiss SA wanting a japanese subsidiary in tsu - notary fee for the articles?", all=[KK_NOTARY_CORP])
B("fr", "tsu", "company", "frais d'enregistrement (登録免許税) pour une GK à Tsu, ça coûte combien ?", all=[REG_TAX_GK])
B("fr", "tsu", "company", "Quel visa pour le dirigeant français de notre future filiale à Tsu ?", all=[BM_NAME])
B("en", "tsu", "company", "where do we register the company in tsu? which office?", all=[LEGAL_AFFAIRS])
B("fr", "tsu", "company", "Après l'immatriculation à Tsu, quelle déclaration au bureau des impôts et dans quel délai ?", all=[TAX_JP_2M])
B("fr", "tsu", "company", "Le capital exigé pour le visa business manager, c'est toujours 5 millions de yens ?", all=[BM_30M])

# ---- company: Paris Region (Japanese SMEs founding near Paris) --------------------
B("ja", "paris", "company", "パリでSAS作るのに資本金いくら必要？", all=[SAS_1EUR])
B("ja", "paris", "company", "フランスの会社登記って今はどこでオンライン申請するの？", all=[GUICHET])
B("en", "paris", "company", "japanese parent co. wants a SASU in boulogne - what are the steps?",
  all=[["statuts", "articles", "定款", "bylaws"], ["Kbis", "K-bis", "RCS", "registre du commerce", "guichet unique", "INPI"]])
B("ja", "paris", "company", "Kbisって何のこと？", all=[KBIS])
B("ja", "paris", "residence", "フランスで起業する日本人社長の滞在許可は何になる？", all=[PASSEPORT_TALENT + ["entrepreneur", "起業家"]])
B("en", "paris", "residence", "passeport talent investor - minimum investment amount?", all=[INVEST_300K])
B("ja", "paris", "company", "SASUとSARLの違いは？ざっくりでいいので", all=[["président", "プレジダン", "社長", "gérant", "ジェラン", "代表"]])

# ---- company: Geneva --------------------------------------------------------------
B("ja", "geneva", "company", "ジュネーブでSàrl設立、資本金の最低額は？", all=[CH_SARL])
B("en", "geneva", "company", "SA in geneva: how much capital has to be paid in at the start?", all=[CH_SA_HALF, CH_SA])
B("ja", "geneva", "company", "Carougeで会社つくる場合、公証人は必要？",
  all=[["公正証書", "認証", "必要です", "acte authentique", "authentique", "notarié", "notaire", "Notar", "notari"]])
B("en", "geneva", "company", "can the share capital of our geneva Sàrl be in yen instead of CHF?", all=[POSSIBLE])
B("ja", "geneva", "company", "ジュネーブの商業登記ってどこでやる？",
  all=[["Registre du commerce", "registre du commerce", "Handelsregister", "commercial register", "Commercial Register",
        "登記所", "RC Genève", "Office du registre"]])
B("en", "geneva", "residence", "japanese founder moving to geneva - what kind of permit does he need?", all=[PERMIT_CH])

# ---- support ------------------------------------------------------------------------
B("ja", "paris", "support", "イル＝ド＝フランスで日本企業の進出を支援してくれる機関はどこ？", all=[FR_SUPPORT])
B("ja", "geneva", "support", "ジュネーブ州で中小企業の取引先探しを手伝ってくれる団体ある？", all=[GE_SUPPORT])
B("fr", "tsu", "support", "Qui accompagne les PME françaises qui veulent s'implanter à Tsu ?", all=[TSU_SUPPORT])
B("fr", "tsu", "support", "Y a-t-il des salons industriels près de Tsu pour exposer nos machines ?")
B("ja", "paris", "support", "パリの展示会、日本の中小企業が出展しやすいのってどれ？", all=[FR_FAIRS])
B("en", "geneva", "support", "any startup incubator in geneva for cleantech?", all=[FONGIT])
B("ja", "geneva", "support", "CERN関連のジュネーブ企業とつながりたい", kind=None, all=[GE_SUPPORT])
B("fr", "tsu", "support", "L'accord économique entre Tsu et Genève, il date de quand ?", all=[["2012", "平成24"]])
B("en", "paris", "support", "when did tsu sign its agreement with the paris region agency?", all=[["2012", "平成24"]])
B("ja", "paris", "support", "パリ地域の航空宇宙関連の企業と知り合いたい", kind=None, all=[FR_SUPPORT])

# ---- daily life: Tsu (French / Swiss employees and families) -------------------------
B("fr", "tsu", "daily-life", "Je viens d'arriver à Tsu (quartier Hisai), délai pour déclarer mon adresse à la mairie ?", all=[DAYS_14])
B("en", "tsu", "daily-life", "moved into an apartment in 久居, what do i bring to city hall?", all=[RESIDENCE_CARD])
B("fr", "tsu", "healthcare", "Comment trouver un médecin qui parle anglais ou français à Tsu ?", all=[MIE_INFO + MIECO])
B("en", "tsu", "healthcare", "which number do i call to find a clinic open tonight in tsu?", all=[MIE_INFO])
B("fr", "tsu", "daily-life", "Permis de conduire français : je peux l'échanger au Japon sans examen ? j'habite à Tsu",
  all=[["oui", "Oui", "exempt", "dispens", "免除", "pas besoin", "pas de test", "aucun examen", "pas d'examen"]])
B("en", "tsu", "daily-life", "swiss licence - do i have to take the driving test in mie?", all=[LIC_NO_TEST])
B("fr", "tsu", "residence", "Ma carte de résident expire bientôt, où la renouveler quand on habite à Tsu ?", all=[IMMIGRATION])
B("fr", "tsu", "schooling", "Mon fils a 8 ans, peut-il aller à l'école publique japonaise à Tsu ?", all=[BOARD_EDU])
B("en", "tsu", "housing", "renting in tsu as a foreigner - do i need a guarantor?", all=[GUARANTOR_CO])
B("fr", "tsu", "daily-life", "Il existe un centre d'aide pour étrangers dans le Mie ? avec traduction ?", all=[MIECO])
B("en", "tsu", "healthcare", "do i also need national health insurance in tsu if my company enrolls me in shakai hoken?",
  all=[["employer", "会社", "勤務先", "健康保険組合", "協会けんぽ", "not both", "no need", "don't need", "do not need",
        "only one", "instead"]])
B("fr", "tsu", "healthcare", "Enceinte à Tsu, comment obtenir le carnet mère-enfant ?",
  all=[["妊娠届", "déclaration de grossesse", "mairie", "市役所", "保健センター", "centre de santé", "city hall", "保健"]])
B("en", "tsu", "daily-life", "garbage rules in tsu are confusing lol, where do i get them in english?")
B("fr", "tsu", "daily-life", "Impôt résident (住民税) : on le paie dès la première année au Japon ?", all=[RESIDENT_TAX, JAN_1])
B("fr", "tsu", "schooling", "Crèche pour ma fille de 4 ans à Tsu : c'est gratuit ?",
  all=[["3 à 5", "3-5", "3–5", "3 ans", "2019", "3歳", "trois à cinq", "3 to 5", "de 3"]])

# ---- daily life: Paris Region (Japanese employees and families) ----------------------
B("ja", "paris", "healthcare", "フランスのcarte Vitaleってどうやって作るの？", all=[CPAM])
B("ja", "paris", "healthcare", "フランスでmutuelle（補足保険）って入るべき？", all=[MUT_WHY])
B("ja", "paris", "schooling", "パリ近郊に日本人学校ある？",
  all=[["Montigny", "モンティニ", "日仏文化学院", "Institut culturel franco-japonais", "École japonaise de Paris",
        "Ecole japonaise de Paris", "パリ日本人学校"]])
B("ja", "paris", "schooling", "フランスって3歳から義務教育ってほんと？", all=[["2019", "16歳", "16 ans", "はい", "本当です", "その通り"]])
B("ja", "paris", "daily-life", "日本の運転免許、フランスでいつまで使える？", all=[LIC_FR_1Y])
B("ja", "paris", "daily-life", "免許の切り替えはどこで申請？パリ在住", all=[ANTS])
B("ja", "paris", "residence", "フランスの滞在許可の更新ってオンラインでできる？", all=[["ANEF", "administration-etrangers-en-france"]])
B("ja", "paris", "housing", "パリでアパート借りるのに保証人（garant）っている？",
  all=[["Visale", "caution", "保証会社", "GLI", "dépôt de garantie", "敷金", "保証金"]])
B("ja", "paris", "daily-life", "フランスで子ども手当（allocations familiales）もらえる？", all=[["CAF", "Caisse d'allocations"]])
B("en", "paris", "healthcare", "do i need to declare a médecin traitant in france? what happens if i dont",
  all=[["remboursement", "reimburse", "rembours", "払い戻し", "償還", "ameli", "CPAM", "less", "lower"]])

# ---- daily life: Geneva ---------------------------------------------------------------
B("ja", "geneva", "healthcare", "ジュネーブに引っ越した。健康保険はいつまでに加入しないとダメ？", all=[LAMAL_3M])
B("en", "geneva", "residence", "just moved to geneva from tokyo, where do i register?", all=[OCPM])
B("ja", "geneva", "daily-life", "日本の免許でスイスで運転できる期間は？ジュネーブ在住", all=[CH_LIC_12])
B("en", "geneva", "schooling", "at what age does school start in geneva?", all=[GE_SCHOOL_4])
B("ja", "geneva", "schooling", "ジュネーブにインターナショナルスクールある？",
  all=[["Ecolint", "International School of Geneva", "École Internationale de Genève", "Ecole Internationale",
        "Collège du Léman", "ジュネーブ国際学校", "エコリント"]])
B("en", "geneva", "housing", "flat hunting in geneva is insane. do i need a rent deposit/guarantee?",
  all=[["garantie de loyer", "compte de garantie", "rent deposit account", "bank", "banque", "SwissCaution",
        "Firstcaution", "3 mois", "3 months", "three months", "blocked account"]])
B("en", "geneva", "residence", "my wife (japanese) wants to work in geneva, does her permit allow it?", all=[PERMIT_CH])
B("ja", "geneva", "daily-life", "スイスの高速道路ってビニエット必要？", all=[["必要です", "必要があります", "はい", "CHF", "フラン"]])

# ---- emergencies ------------------------------------------------------------------------
B("fr", "tsu", "emergency", "Accident de voiture près de Tsu, une personne blessée ! quel numéro ?", kind="emergency",
  all=[["119"]], none=TSU_WRONG_EMERG)
B("en", "tsu", "emergency", "earthquake in tsu and a tsunami warning?? where do we go", kind="emergency", all=[EVACUATE],
  none=TSU_WRONG_EMERG)
B("fr", "tsu", "emergency", "Mon enfant a de la fièvre cette nuit à Tsu, il y a une ligne de conseil ?", kind="emergency",
  all=[MIE_CHILD], none=TSU_WRONG_EMERG)
B("en", "tsu", "emergency", "got my bag snatched near tsu station, police number?", kind="emergency", all=[["110"]],
  none=TSU_WRONG_EMERG)
B("ja", "paris", "emergency", "夜に子どもが熱出した！パリではどこに電話？", kind="emergency", all=[FR_CHILD_NIGHT],
  none=PARIS_WRONG_EMERG)
B("en", "paris", "emergency", "someone broke into our flat in neuilly, who do i call", kind="emergency", all=[FR_POLICE],
  none=PARIS_WRONG_EMERG)
B("ja", "paris", "emergency", "Versaillesのアパートで火事！！", kind="emergency", all=[FR_FIRE], none=PARIS_WRONG_EMERG)
B("ja", "geneva", "emergency", "ジュネーブで救急車呼びたい！何番？", kind="emergency", all=[GE_AMB], none=GENEVA_WRONG_EMERG)
B("en", "geneva", "emergency", "my kid swallowed dishwasher detergent, we're in carouge", kind="emergency", all=[GE_TOX],
  none=GENEVA_WRONG_EMERG)
B("ja", "geneva", "emergency", "夜、子どもの熱が下がらない…ジュネーブで小児の相談先ある？", kind="emergency", all=[GE_PED],
  none=GENEVA_WRONG_EMERG)

# ---- hand-over ------------------------------------------------------------------------------
B("fr", "tsu", "handover", "Je voudrais parler à quelqu'un de la ville de Tsu pour un projet d'implantation.", kind="handover",
  all=[TSU_CITY])
B("ja", "paris", "handover", "パリ地域の担当者を紹介してほしいです。航空宇宙部品のメーカーです", kind="handover", all=[CHOOSE])
B("ja", "geneva", "handover", "ジュネーブ側の窓口の人と直接話したい", kind="handover", all=[OPI])
B("en", "geneva", "handover", "can you connect me with OPI? we're a mechatronics SME from tsu", kind="handover", all=[OPI])
B("fr", "tsu", "handover", "Mettez-moi en relation avec un conseiller pour trouver un partenaire industriel à Tsu svp",
  kind="handover", all=[TSU_CITY])
B("en", None, "handover", "i want to talk to a human", kind=None)
B("ja", "tsu", "handover", "津市の担当課の連絡先を教えてください（欧州展開の相談）", kind="handover", all=[TSU_CITY])

B("fr", "geneva", "company", "Pour une PME de Tsu qui s'installe à Genève : combien de capital faut-il libérer pour une SA ?",
  all=[CH_SA_HALF])
B("fr", "paris", "support", "Une PME de Tsu veut ouvrir un bureau à Paris – quel organisme régional peut l'accompagner ?",
  all=[CHOOSE])

# ---- small talk -----------------------------------------------------------------------------
B("fr", None, "smalltalk", "Bonjour !", kind="smalltalk")
B("ja", None, "smalltalk", "やっほー", kind="smalltalk")
B("en", None, "smalltalk", "hiya 🙂", kind="smalltalk")
B("fr", None, "smalltalk", "merci beaucoup, très utile 🙏", kind="smalltalk")
B("ja", None, "smalltalk", "おつかれさまです", kind="smalltalk")
B("fr", None, "smalltalk", "salut, ça va ?", kind="smalltalk")
B("en", None, "smalltalk", "thx!!", kind="smalltalk")

# ---- off-topic -------------------------------------------------------------------------------
B("fr", None, "out-of-scope", "Il fera beau à Genève ce week-end ?", kind="out-of-scope", none=["OCPM", "LAMal"])
B("ja", None, "out-of-scope", "津の名物グルメ教えて！天むす？", kind="out-of-scope", none=["市役所", "転入"])
B("en", None, "out-of-scope", "psg vs om score last night?", kind="out-of-scope")
B("fr", None, "out-of-scope", "Tu peux corriger mon code JavaScript ?", kind="out-of-scope")
B("ja", None, "out-of-scope", "フランス語の宿題手伝って", kind="out-of-scope")
B("en", None, "out-of-scope", "recommend a nice hotel in paris for my holiday", kind="out-of-scope", none=["Kbis", "carte Vitale"])

# ---- clarify ----------------------------------------------------------------------------------
B("en", None, "company", "whats the minimum capital to start a company?", kind="clarify-region",
  all=[TS_TSU_ALT, TS_PARIS_ALT, TS_GENEVA_ALT])
B("fr", None, "daily-life", "Comment échanger mon permis de conduire ?", kind="clarify-region", all=[TS_TSU_ALT, TS_GENEVA_ALT])
B("ja", None, "daily-life", "現地での住民登録の期限は？", kind="clarify-region", all=[TS_PARIS_ALT, TS_GENEVA_ALT])
B("en", None, "emergency", "which emergency number should I save in my phone?", kind=None,
  all=[["110", "119", "112", "15", "144", "117"]])
B("ja", None, "healthcare", "健康保険はどうすればいい？", kind="clarify-region", all=[TS_PARIS_ALT, TS_GENEVA_ALT])
B("en", None, "residence", "which permit do i need to work there?", kind="clarify-region",
  all=[TS_TSU_ALT, TS_PARIS_ALT, TS_GENEVA_ALT])
B("ja", None, "schooling", "子どもの学校、何歳から行かないといけないの？", kind="clarify-region", all=[TS_PARIS_ALT, TS_GENEVA_ALT])
B("en", None, "handover", "who's the contact office for the partnership?", kind="clarify-region",
  all=[TS_TSU_ALT, TS_PARIS_ALT, TS_GENEVA_ALT])

# ---- no place named, region implied (must NOT ask back) ---------------------------------
B("fr", "tsu", "residence", "C'est quoi exactement le 在留カード ?",
  all=[["immigration", "出入国", "long séjour", "moyen", "中長期", "titre de séjour", "pièce d'identité", "identité",
        "carte de résident"]])
B("en", "geneva", "healthcare", "what is LAMal and when do i have to sign up?", all=[LAMAL_3M])
B("ja", "geneva", "company", "Sàrlの資本金って円建てでもいい？", all=[POSSIBLE])
B("fr", "tsu", "company", "Combien coûte le 登録免許税 pour une KK ?", all=[REG_TAX_KK])
B("ja", "paris", "company", "フランスのGuichet uniqueって何？", all=[["INPI", "formalites.entreprises.gouv.fr"]])

# ---- other languages (answer in English with a note) ----------------------------------------
B("de", "geneva", "company", "Wie viel Stammkapital braucht eine GmbH (Sàrl) in Genf?", all=[CH_SARL])
B("zh", "paris", "company", "在巴黎成立SAS最低资本是多少？", all=[SAS_1EUR])
B("ko", "tsu", "emergency", "츠시에서 구급차 번호가 뭐예요?", kind="emergency", all=[["119"]], none=TSU_WRONG_EMERG)
B("es", "geneva", "healthcare", "¿Cuándo tengo que contratar el seguro médico en Ginebra?", all=[LAMAL_3M])
B("it", "geneva", "emergency", "Qual è il numero per un'ambulanza a Ginevra?", kind="emergency", all=[GE_AMB],
  none=GENEVA_WRONG_EMERG)
B("pt", "paris", "daily-life", "Por quanto tempo posso dirigir na França com carteira de motorista japonesa?", all=[LIC_FR_1Y])
B("de", "tsu", "support", "Gibt es in Tsu Unterstützung für ausländische Firmen, die sich ansiedeln wollen?", all=[TSU_SUPPORT])
B("zh", "tsu", "company", "在津市开公司，最低资本金要多少？", all=[KK_1YEN])
B("ko", "paris", "emergency", "파리에서 밤에 아이가 아프면 어디에 전화해요?", kind="emergency", all=[FR_CHILD_NIGHT],
  none=PARIS_WRONG_EMERG)

# ---- follow-ups (multi-turn) -------------------------------------------------------------------
B("ja", "geneva", F, ["ジュネーブで日本の免許使える？", "書き換えはどこでやるの？"], all=[OCV])
B("fr", "tsu", F, ["Je m'installe à Tsu le mois prochain", "et pour l'assurance maladie je fais quoi ?"],
  all=[["国民健康保険", "健康保険", "社会保険", "National Health Insurance", "shakai hoken", "kokumin", "nationale",
        "employeur", "mairie", "市役所"]])
B("ja", "paris", F, ["パリでSAS設立したい", "登記の申請はどこで？"], all=[GUICHET])
B("en", "geneva", F, ["we're setting up a Sàrl in geneva", "and do we need a notary for that?"],
  all=[["notari", "notaire", "authentique", "authentic", "yes", "Yes"]])
B("ja", "geneva", F, ["ジュネーブに家族で引っ越します", "5歳の子どもは学校に入れないといけない？"], all=[GE_SCHOOL_OBLIG])
B("fr", "tsu", F, ["Bonjour", "je cherche à créer une société au Japon, à Tsu"], all=[MIE_KK])
B("ja", "paris", F, ["フランスの医療保険について教えて", "補足保険も必要？"], all=[MUTUELLE[:2] + ["mutuelle"] + MUT_WHY])
B("en", "tsu", F, ["my son has a fever, we're in tsu", "it's 11pm and he's still responsive"], kind="emergency",
  all=[MIE_CHILD + MIE_INFO], none=TSU_WRONG_EMERG)
B("ja", "paris", F, ["パリで日本の免許で運転できる？", "期限過ぎたらどうなるの？"], all=[LIC_FR_1Y + ["échange", "交換", "切り替え", "書き換え", "exchange"]])
B("ja", "geneva", F, ["ジュネーブで会社設立したい", "SAだと資本金いくら？"], all=[CH_SA])
B("en", "paris", F, ["what's choose paris region?", "can they introduce us to investors?"], kind=None, all=[CHOOSE])
B("fr", "tsu", F, ["Je travaille à Tsu depuis 3 semaines", "j'ai oublié de déclarer mon adresse, c'est grave ?"], all=[FINE_JP])
B("ja", "geneva", F, ["ジュネーブに到着しました", "まず何からすればいい？"], all=[OCPM + ["LAMal", "健康保険"]])


# ===========================================================================
# validation
# ===========================================================================
def norm(s):
    return unicodedata.normalize("NFKC", s).casefold()


def validate(sb, doc):
    errs = []
    ids = [c["id"] for c in doc["cases"]]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c in doc["cases"]:
        cid = c["id"]
        if not re.fullmatch(sb.prefix + r"\d{3}", cid):
            errs.append(f"{cid}: bad id")
        if c["region"] not in sb.regions:
            errs.append(f"{cid}: region {c['region']} not allowed")
        if c["topic"] not in TOPICS:
            errs.append(f"{cid}: topic {c['topic']}")
        turns = c["turns"]
        if not turns:
            errs.append(f"{cid}: no turns")
        for i, t in enumerate(turns):
            has = "expect" in t
            if has != (i == len(turns) - 1):
                errs.append(f"{cid}: expect on wrong turn {i}")
            if not t["text"].strip():
                errs.append(f"{cid}: empty text")
        e = turns[-1]["expect"]
        if "kind" in e and e["kind"] not in KINDS:
            errs.append(f"{cid}: kind {e['kind']}")
        if not e.get("language"):
            errs.append(f"{cid}: no language")
        if c["lang"] not in SUPPORTED[sb.key] and e["language"][0] != "en":
            errs.append(f"{cid}: other language must accept English")
        if len(turns) > 1 and c["topic"] != "follow-up":
            errs.append(f"{cid}: multi-turn but topic not follow-up")
        if e.get("kind") == "clarify-region" and c["region"] is not None:
            errs.append(f"{cid}: clarify with region")
        nones = [norm(x) for x in e.get("none", [])]
        for g in e.get("all", []):
            if not g:
                errs.append(f"{cid}: empty group")
            for alt in g:
                na = norm(alt)
                for nn in nones:
                    if nn in na or na in nn:
                        errs.append(f"{cid}: required alternative {alt!r} clashes with forbidden {nn!r}")
    return errs


def counts(doc):
    cs = doc["cases"]
    kind = Counter((c["turns"][-1]["expect"].get("kind") or "(several fair)") for c in cs)
    return {
        "cases": len(cs),
        "multi_turn": sum(1 for c in cs if len(c["turns"]) > 1),
        "kind": dict(sorted(kind.items())),
        "region": dict(sorted(Counter(str(c["region"]) for c in cs).items())),
        "lang": dict(sorted(Counter(c["lang"] for c in cs).items())),
        "topic": dict(sorted(Counter(c["topic"] for c in cs).items())),
        "with_keyword_groups": sum(1 for c in cs if c["turns"][-1]["expect"].get("all")),
    }


def main():
    all_errs = []
    summary = {}
    for sb, fname in ((tn, "blind23-tokyo-nrw.json"), (ts, "blind23-tsu.json")):
        doc = sb.doc()
        path = os.path.join(OUT, fname)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
        # re-parse from disk and validate
        with open(path, encoding="utf-8") as f:
            parsed = json.load(f)
        errs = validate(sb, parsed)
        all_errs += [f"{fname}: {e}" for e in errs]
        summary[parsed["set"]] = counts(parsed)
    with open(os.path.join(OUT, "counts.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    if all_errs:
        print("VALIDATION ERRORS:")
        for e in all_errs:
            print("  " + e)
        sys.exit(1)
    print("validation OK")


if __name__ == "__main__":
    main()
