"""Validate the blind11 cases and write blind11-tokyo-nrw.json, blind11-tsu.json, counts.md, README-blind11.md."""
import json
import os
from collections import Counter

from common import REGIONS, TOPICS, KINDS
import cases_tokyo_nrw
import cases_tsu

OUT = os.path.dirname(os.path.abspath(__file__))


def validate(doc, prefix, partnership_regions):
    errs = []
    ids = set()
    assert set(doc) == {"set", "writtenBy", "cases"}
    for c in doc["cases"]:
        cid = c["id"]
        if not cid.startswith(prefix) or cid in ids:
            errs.append(f"bad/dup id {cid}")
        ids.add(cid)
        if set(c) != {"id", "lang", "region", "topic", "turns"}:
            errs.append(f"{cid}: keys {set(c)}")
        if c["region"] not in REGIONS or (c["region"] is not None and c["region"] not in partnership_regions):
            errs.append(f"{cid}: region {c['region']}")
        if c["topic"] not in TOPICS:
            errs.append(f"{cid}: topic {c['topic']}")
        if not isinstance(c["lang"], str) or len(c["lang"]) != 2:
            errs.append(f"{cid}: lang")
        turns = c["turns"]
        if not turns or any(not isinstance(t.get("text"), str) or not t["text"].strip() for t in turns):
            errs.append(f"{cid}: empty turn")
        for t in turns[:-1]:
            if "expect" in t:
                errs.append(f"{cid}: expect on non-last turn")
        e = turns[-1].get("expect")
        if not e:
            errs.append(f"{cid}: no expect")
            continue
        if set(e) - {"kind", "language", "all", "none"}:
            errs.append(f"{cid}: expect keys")
        if "kind" in e and e["kind"] not in KINDS:
            errs.append(f"{cid}: kind {e['kind']}")
        if not e.get("language"):
            errs.append(f"{cid}: language")
        for g in e.get("all", []):
            if not g or not all(isinstance(x, str) and x for x in g):
                errs.append(f"{cid}: bad group {g}")
        for x in e.get("none", []):
            if not isinstance(x, str) or not x:
                errs.append(f"{cid}: bad none")
            # a forbidden string must not be a required alternative at the same time
            for g in e.get("all", []):
                if x in g:
                    errs.append(f"{cid}: '{x}' both required and forbidden")
        if len(turns) > 1 and c["topic"] != "follow-up":
            errs.append(f"{cid}: multi-turn but topic {c['topic']}")
    if errs:
        raise SystemExit("\n".join(errs))


def table(title, counter):
    lines = [f"### {title}", "", "| value | cases |", "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        lines.append(f"| {k if k is not None else '(none)'} | {v} |")
    return "\n".join(lines) + "\n"


def counts(doc):
    cs = doc["cases"]
    kind = Counter(c["turns"][-1]["expect"].get("kind", "(omitted: several fair)") for c in cs)
    region = Counter(c["region"] for c in cs)
    lang = Counter(c["lang"] for c in cs)
    topic = Counter(c["topic"] for c in cs)
    multi = sum(1 for c in cs if len(c["turns"]) > 1)
    other = sum(1 for c in cs if len(c["turns"][-1]["expect"]["language"]) > 1)
    md = [f"## {doc['set']} — {len(cs)} cases ({multi} multi-turn, {other} in other languages)", ""]
    md += [table("kind", kind), table("region", region), table("language", lang), table("topic", topic)]
    return "\n".join(md)


README_HEAD = """# blind11 — blind evaluation sets for kakehashi

Written without opening the project's `knowledge/`, `test/`, source or earlier blind sets. Inputs: `/work/blindspec11/SPEC.md`,
`ISSUE8_WHY.md` (failure kinds only; no example copied), the two seed texts in `/work/shared/seeds/` and the `search` tool
(corpus `pages`).

## Files
- `blind11-tokyo-nrw.json` — set `blind11-tokyo-nrw`, ids `B11TN001…`, partnership Tokyo ⇄ NRW (reply languages ja/de/en).
- `blind11-tsu.json` — set `blind11-tsu`, ids `B11TS001…`, partnership Tsu ⇄ Paris Region / Geneva (reply languages ja/fr/en).
- `common.py` (keyword groups and case builder), `cases_tokyo_nrw.py`, `cases_tsu.py`, `build.py` (validates the format and
  writes both JSON files, `counts.md` and this README). Re-run with `python3 build.py`.

## Method
1. Read the SPEC and the issue's list of failure kinds; wrote new LINE-style phrasings (lower case, typos, abbreviations,
   emoji, mixed scripts, Latin place names glued to Japanese such as „Kölnで", „Bonnに", „Düsseldorfに") for each kind:
   small talk, off-topic, follow-ups that only make sense with the previous turn, region recognition from city/ward names
   (Essen, Krefeld, Setagaya, 品川区, Hisai, Carouge …), questions naming one region (no region question allowed, no other
   region's numbers), region-less questions (must ask back), hand-over requests naming a region, emergencies, family
   advice lines, and questions in zh/ko/tr/es/vi/pt/it/fr/de outside the partnership's languages (accepted reply languages
   `["en", "<asker's>"]`).
2. Checked every figure and deadline used in a keyword group with `search` (list below). Where I could not confirm a fact
   (e.g. a co-pay rate, Mie's #7119, Geneva 145, French address registration, German Kaution cap) I left it out of the
   keyword groups; such questions only require an office/concept name or are not included.
3. Keyword groups are tolerant: every group lists spellings in all accepted reply languages and number formats
   (25.000 / 25,000 / 25000 / 2万5000; 14日 / 14 days / 14 Tage / 2週間 …). Matching is case- and width-insensitive
   substring matching, so short stems (`Notar` also matches "notary", `Umschreib` matches "Umschreibung").
4. `none` holds the region question (in all reply languages) wherever a region is named and for greetings/off-topic;
   emergency and advice-line cases also forbid the other region's lines (#7119/#8000 vs 116117; SAMU vs 144).
   `kind` is omitted where both an answer and an emergency reply are fair (child fever at night, "emergency number??").
5. `build.py` validates ids, regions, topics, kinds, that only the last turn carries `expect`, that groups are non-empty,
   and that no forbidden string is also a required alternative.

## Facts checked (with sources found via `search`, corpus `pages`)
| fact used in keyword groups | source(s) |
|---|---|
| GmbH Stammkapital ≥ 25.000 €, at least half (12.500 €) paid in before registration (§ 5, § 7 GmbHG) | https://welt-der-bwl.de/Stammkapital ; https://www.foris.com/vorratsgesellschaften/gmbh/stammkapital-mindesteinlage-gmbh/ ; https://steuba.de/gmbh/wie-hoch-ist-das-stammkapital-fuer-eine-gmbh/ |
| UG (haftungsbeschränkt) possible below 25.000 € (§ 5a GmbHG; 1 € minimum share) | http://lexikon.iyotta.de/stammkapital/ ; https://welt-der-bwl.de/Stammkapital |
| KK/GK possible from 1 yen; registration licence tax min. 150,000 yen (KK) / 60,000 yen (GK), 0.7 % of capital | https://www.kaisha-setsuritsu.site/kaishasetsuritsu-tourokumennkyozei/ ; https://kaisyasetsuritsu.jp/tourokumenkyozei ; https://zeirishi-matsukiyo.jp/column/column_050.html |
| Paper articles need 40,000 yen stamp duty, electronic articles none; GK needs no notarisation | https://llc-myself.com/llc/setsuritsu-hiyou.html ; https://zeirishi-matsukiyo.jp/column/column_050.html |
| Notary fee for KK articles: 15,000 yen (capital < 1M yen, ≤ 3 natural-person promoters taking all shares, no board), otherwise 30,000 / 40,000 (1–3M yen) / 50,000 yen | https://kakogawa-ntr.jp/cont7/main.html ; https://ebisudo-office.com/category/joubun/koushoushinhou/ |
| Business Manager status (経営・管理) since 16 Oct 2025: capital ≥ 30 million yen, ≥ 1 full-time employee, Japanese B2 (applicant or employee), 3 years' experience or degree, expert-checked business plan | https://www.horei.co.jp/gis/topics ; https://prorelations.jp/?p=539 ; https://sincere-smartvisa.com/column/faq_n/2025/20251016 |
| Corporate establishment notification to the tax office within 2 months of incorporation | https://kigyoshinbun.jp/media/111/ ; https://bistation.jp/tips/corporate-establishment-notification-for.html |
| Tokyo One-Stop Business Establishment Center (registration, tax, social insurance, immigration in one place) | https://www.sankeibiz.jp/macro/amp/160721/mca1607210500007-a.htm ; https://business.nikkei.com/atcl/report/16/072700231/073100004/?P=2 |
| Address (住居地) notification in Japan within 14 days at the municipal office, with residence card | https://nakanomituaki.com/%E4%BD%8F%E5%B1%85%E5%9C%B0%E3%81%AE%E5%B1%8A%E5%87%BA%E6%89%8B%E7%B6%9A ; https://www.meiji.ac.jp/cip/student_support/accommodation/residence.html |
| Tokyo #7119 (Tokyo Fire Department emergency consultation, 24 h); #8000 children's line; 110/119 | http://www.tfd.metro.tokyo.jp/tfd/hp-senjyu/notice/ambulance.html ; https://www.tokyo.med.or.jp/citizen/soudan-center ; https://grapee.jp/165405 |
| Mie: みえ子ども医療ダイヤル #8000 / 059-232-9955; 三重県救急医療情報センター 059-229-1199 (医療ネットみえ) | https://www-pref-mie-lg-jp.cache.yimg.jp/IRYOS/HP/24271023383_00001.htm ; https://mykoho.jp/article/242161/9789754/9845154 |
| Germany 116117 ärztlicher Bereitschaftsdienst (nights, weekends); 112 emergencies | https://116117.de/de/aerztlicher-bereitschaftsdienst.php ; https://www.onmeda.de/therapie/erste-hilfe/aerztlicher-bereitschaftsdienst-id202454/ |
| Anmeldung within two weeks (§ 17 BMG) with Wohnungsgeberbestätigung (§ 19 BMG); rental contract not enough | https://hamminkeln.de/de/dienstleistungen/anmeldung ; https://www.neustadt.eu/index.php?ModID=7&FID=2579.2287.1&object=tx%7C2579.2287.1 |
| Deutschlandticket 63 €/month since 1 Jan 2026 | https://www.adac.de/news/49-euro-ticket ; https://www.upday.com/de/news/deutschlandticket-wird-teurer-ab-jetzt-63-statt-58-euro/pdgln34 |
| Non-EU licence valid 6 months after taking residence; Japan listed in Anlage 11 FeV (conversion without tests) | https://service.bremen.de/dienstleistungen/auslaendischen-fuehrerschein-umschreiben-anlage-11-fev-123369?reg=dienstleistung ; https://www.kreis-pinneberg.de/Verwaltung/Fachbereich+Ordnung/Fachdienst+Stra%C3%9Fenverkehr/Team+Fahrerlaubnisse/Ausl_+F%C3%BChrerschein/Tabelle+A.html |
| Tokyo licence conversion at Fuchu, Samezu, Koto centres; Germany exempt from tests | https://expydoc.com/doc/8921201/umschreibung-ausl%C3%A4ndischer-f%C3%BChrerscheine ; https://jp.ambafrance.org/Conduire-au-Japon-en-tant-que-resident |
| Japanese nationals enter Germany visa-free and apply for a residence title at the Ausländerbehörde (within 90 days / before work) | https://darmstadt.de/rathaus/online-dienste/auslaenderbehoerde-darmstadt/befr-aufenthalt-privilegierte-staaten ; https://www.landkreis-wunsiedel.de/auslaenderrecht/einreise-und-aufenthalt-von-angehoerigen-bestimmter-staaten |
| 出産育児一時金 500,000 yen (since Apr 2023); 母子健康手帳 issued on pregnancy notification | https://mamastyle-plus.com/2025/09/10/%e3%80%902025%e5%b9%b4%e6%9c%80%e6%96%b0%e7%89%88%e3%80%91%e5%9b%bd%e3%83%bb%e8%87%aa%e6%b2%bb%e4%bd%93%e3%81%ae%e5%ad%90%e8%82%b2%e3%81%a6%e6%94%af%e6%8f%b4%e3%83%bb%e5%8a%a9%e6%88%90%e9%87%91 ; http://40.74.122.252/index.cgi/larger-text/http://www.moj.go.jp/isa/content/930004719.pdf (ISA living guide, stored copy) |
| NRW Japan K.K. (Tokyo, since 1992) advises Japanese companies settling in NRW; NRW.Global Business; JIHK Düsseldorf | https://www.nrwglobalbusiness.com/press/detail/nrw-feiert-25-jahre-nrw-japan-kk-in-tokio ; https://www.mbei.nrw/de/europa_internationales/asien/japan/artikel_japan ; https://docslib.org/doc/1243679/ |
| NRW economics ministry now „Wirtschaft, Industrie, Klimaschutz und Energie" (MWIKE); 2021 signatory MWIDE (seed 000) | https://nrwglobalbusiness.com/de/presse/detail/kirschbluetenempfang-fuer-die-japanische-wirtschaft ; seed 000 |
| AHK Japan = Deutsche Industrie- und Handelskammer in Japan | https://japanmarkt.de/2015/03/09/wirtschaft/ahkj-jetro-mou/ |
| Japanische Internationale Schule Düsseldorf (grades 1–9) | http://jisd.de/about_jisd/deutsch/charakter_der_schule.html ; https://profilpelajar.com/article/Japanische_Internationale_Schule_in_D%C3%BCsseldorf |
| MoU signed 31 May 2021, initially valid to 31 Mar 2023, extended unless terminated with 6 months' written notice; contact offices | seed 000 (Tokyo–NRW memorandum) |
| Tsu–ARD agreement 20 Nov 2012, Tsu–OPI 21 Nov 2012; fields (mechatronics, medical/welfare, environment/energy, aerospace; cleantech) | seed 003 |
| SAS: capital freely set, from 1 €; registration via the INPI guichet unique → RCS / Kbis | https://www.captaincontrat.com/creer-son-entreprise/les-demarches/immatriculation-sas-marche-a-suivre ; https://greffe-tc-coutances.fr/procedure/sas-imma |
| French emergency numbers 15 SAMU, 17, 18, 112 | https://sdis45.com/index.php/en-pratique/une-urgence-quel-numero ; https://leparknumerique.com/numeros-durgence-a-connaitre |
| Non-EU licence valid 1 year after residence in France, then exchange; Japan on exchange list | https://archive.nossenateurs.fr/question/14/17471 ; https://uzes.fr/demarches/formalites-administratives/recensement-militaire?xml=F1460 |
| French licence in Japan: < 1 year with JAF translation | https://jp.ambafrance.org/Conduire-au-Japon-en-tant-que-resident ; https://furansujapon.com/voyage/faire-traduire-son-permis-de-voiture-francais-au-japon/ |
| Carte de séjour „(passeport) talent": up to 4 years; investor route ≥ 300,000 € | https://www.welcometofrance.com/fiche/passeport-talent-investisseur ; https://bpifrance-creation.fr/entrepreneur/actualites/reforme-du-passeport-talent-creation |
| Dépôt de garantie: 1 month (unfurnished), 2 months (furnished), rent excl. charges | https://chambrecharentemaritime17.notaires.fr/actualite/location-le-depot-de-garantie |
| Choose Paris Region (formerly Paris Region Entreprises) = one-stop shop for international companies in Île-de-France | https://www.affiches-parisiennes.com/lionel-grotto-choose-paris-region-une-silicon-valley-a-l-europeenne-10272.html ; https://lajauneetlarouge.com/choose-paris-region-developpe-lattractivite-de-lile-de-france |
| Geneva: SA ≥ CHF 100,000 (≥ 50,000 paid), Sàrl ≥ CHF 20,000 fully paid; SA/Sàrl founded before a notary | https://notaires-geneve.ch/fr/activites-societes-sa-ou-sarl ; https://www.ge.ch/node/3105/impression |
| Swiss emergency 117 police, 118 fire, 144 ambulance, 112; Geneva paediatric line 0844 022 022 (8–22 h) | https://blog.alertswiss.ch/fr/rubrique/nouvelles-de-lofpp/journee-europeenne-du-numero-durgence-112 ; https://www.radiolac.ch/actualite/geneve/les-urgences-pediatriques-a-geneve-ne-desemplissent-pas/ |
| Announce arrival to OCPM within 14 days; LAMal affiliation within 3 months | https://www.ge.ch/en/taxonomy/term/4160/impression ; https://www.ge.ch/affiliation-obligatoire-caisse-assurance-maladie |
| Foreign licence usable 12 months in Switzerland, exchange at OCV (Carouge) | https://cours-de-conduite.ch/changer-votre-permis-etranger-pour-conduire-en-suisse/ ; https://www.ge.ch/remplacer-permis-conduire-bateaux-perdu-vole |
| Geneva: school compulsory from age 4 (HarmoS) | http://www.ge.ch/enseignement_primaire/inscriptions.asp ; https://www.geneve.ch/fr/themes/structures-accueil-enfance-activites-extrascolaires/ecole |
| GGBa = investment promotion agency of western Swiss cantons incl. Geneva | https://annual-report-2023.ggba.swiss/ |

Office/concept names used without a figure (named institutions, not claims): 法務局 / Legal Affairs Bureau, Tokyo Big Sight,
Makuhari, Palexpo, Paris Nord Villepinte / Porte de Versailles, Deutsche Schule Tokyo Yokohama, Kita, Schufa,
Rundfunkbeitrag, 礼金/敷金, 保証会社, マイナンバー, médecin traitant, carte Vitale, Mutterpass, Hebamme, interpreter at the notary.

## Counts
"""


def main():
    tn = cases_tokyo_nrw.build().doc()
    ts = cases_tsu.build().doc()
    validate(tn, "B11TN", {"tokyo", "nrw"})
    validate(ts, "B11TS", {"tsu", "paris", "geneva"})
    for name, doc in [("blind11-tokyo-nrw.json", tn), ("blind11-tsu.json", ts)]:
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
    c = counts(tn) + "\n" + counts(ts)
    with open(os.path.join(OUT, "counts.md"), "w", encoding="utf-8") as f:
        f.write("# blind11 counts\n\n" + c)
    with open(os.path.join(OUT, "README-blind11.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD + "\n" + c)
    print(f"tokyo-nrw: {len(tn['cases'])}  tsu: {len(ts['cases'])}")


if __name__ == "__main__":
    main()
