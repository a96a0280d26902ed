import json, collections
out = []
out.append("# blind20 evaluation sets (twenty-fourth blind writer, 2026-12-02)\n")
out.append("Files: `blind20-tokyo-nrw.json` (set `blind20-tokyo-nrw`, ids B20TN…), `blind20-tsu.json` (set `blind20-tsu`, ids B20TS…).")
out.append("Generator: `gen_common.py` (keyword groups, helper, validator), `gen_tn.py`, `gen_ts.py`; this README: `make_readme.py`.\n")
out.append("## Method\n")
out.append("""- Read only `/work/blindspec20/SPEC.md`, `ISSUE8_WHY.md` and the two seed texts in `/work/shared/seeds/` (Tokyo–NRW memorandum of 31 May 2021; Tsu's agreements with ARD Paris Île-de-France of 20 Nov 2012 and OPI Geneva of 21 Nov 2012). Nothing under the forbidden paths was opened; only the `search` tool (corpus `pages`) was used for fact checks.
- All questions are new phrasings written for this set, typed LINE-style (lower case, typos, abbreviations, emoji, mixed scripts, place names glued to Japanese such as "Kölnで", "Düsseldorfに", "Parisで", "Genèveで").
- Place names appear in many forms: Köln/Cologne/ケルン, Düsseldorf/dusseldorf/デュッセルドルフ, Essen, Bonn, Dortmund, Duisburg, Münster, Bochum, Wuppertal, Aachen, Neuss, Krefeld, Ratingen, Mülheim; Tokio/Tokyo/東京, Shinjuku, Setagaya/世田谷区, Minato/港区, 品川区, Shibuya/渋谷区, Chiyoda, Meguro, Koto-ku/江東区, Nerima, Ota-ku, Otemachi, Ikebukuro, Hachioji; 津市/Tsu, 久居/Hisai, Isshinden; Paris/パリ, Boulogne(-Billancourt), Saint-Denis, La Défense, Versailles, Nanterre; Genève/Geneva/Genf/Ginevra/Ginebra/Cenevre/ジュネーブ, Carouge, Meyrin, Vernier, Lancy, Plan-les-Ouates.
- Keyword groups (`all`) contain only (a) facts confirmed with `search` (table below) or in the seed texts, or (b) organisation/concept names (Notar, Handelsregister, Bürgeramt, 区役所, OCPM, LAMal, PUMa, Choose Paris Region, OPI, MieCo, NRW.Global Business, AHK Japan …). Every group lists alternatives in all accepted reply languages and in several number formats (25.000 / 25,000 / 25000 / 2万5千 …). Where in doubt, fewer groups were used; small talk, off-topic and several clarify/hand-over cases carry no or only name-level groups.
- `none` carries the region question (in en/de/fr/ja) wherever a region is named, and, for emergencies, markers of the wrong region (e.g. `#7119`/`#8000` in an NRW emergency, `116117` in a Tokyo one, `SAMU` in a Geneva or Tsu one, `144 `/`Palexpo` in a Paris one).
- Reply languages: en/de/ja for Tokyo–NRW and en/fr/ja for Tsu accept the asker's language only; any other language accepts `["en", "<asker's>"]`. German questions in the Tsu set count as "other language".
- Only the last turn of a case carries `expect`; multi-turn cases are follow-ups whose last turn only makes sense with the earlier context.
- Validation (`validate()` in `gen_common.py`): JSON loads, ids unique, every case's last turn has `expect`, no earlier turn has one, kinds ∈ {answer, smalltalk, out-of-scope, clarify-region, handover, emergency}, regions and topics from the SPEC lists, every keyword group non-empty.
""")


def table(title, counter):
    out.append("| %s | n |\n|---|---|" % title)
    for k, v in sorted(counter.items(), key=lambda x: (-x[1], str(x[0]))):
        out.append("| %s | %d |" % (k, v))
    out.append("")

for f in ["blind20-tokyo-nrw.json", "blind20-tsu.json"]:
    d = json.load(open(f))
    cs = d["cases"]
    out.append("## Counts: %s (%d cases, %d multi-turn)\n" % (d["set"], len(cs), sum(len(c["turns"]) > 1 for c in cs)))
    table("kind", collections.Counter(c["turns"][-1]["expect"].get("kind", "(omitted)") for c in cs))
    table("region", collections.Counter(str(c["region"]) for c in cs))
    table("lang", collections.Counter(c["lang"] for c in cs))
    table("topic", collections.Counter(c["topic"] for c in cs))
    other = sum(1 for c in cs if c["lang"] not in (("en", "de", "ja") if "tokyo" in f else ("en", "fr", "ja")))
    out.append("Other-language share: %d / %d = %.1f %%\n" % (other, len(cs), 100.0 * other / len(cs)))

out.append("""## Facts checked (search corpus `pages`, 2026-12-02)

| fact used in keyword groups | source URL |
|---|---|
| GmbH minimum share capital 25,000 €; at least 12,500 € paid in before filing for the Handelsregister (§ 5, § 7 GmbHG) | https://www.grober-jentzsch-schramm.de/stammkapital-gmbh ; https://www.liesegang-partner.de/eshop/gesellschaftsgruendung/deutschland/stammkapital.html ; http://lexikon.iyotta.de/stammkapital/ |
| Notary deed in German (§ 5 BeurkG); a participant not fluent in German gets an oral translation by the notary or an interpreter (§ 16 BeurkG) | https://ikb-law.blog/2023/02/06/dolmetscher-in-der-beurkundung/ ; https://www.dnoti.de/gutachten/details/?cHash=aec0d646d5a7b5bc4fdd040fc16e83c1&tx_dnotionlineplusapi_expertises%5Bnodeid%5D=49c3ffe5-73f1-49fd-ab63-17c1bbbe0588 |
| KK/GK registration licence tax: 0.7 % of capital, minimum 150,000 yen (KK) / 60,000 yen (GK); paper articles need 40,000 yen revenue stamp, electronic articles none | https://kaisyasetsuritsu.jp/tourokumenkyozei ; https://aoiro-kaikei.tokyo/blog/company/regist-cost/ ; https://llc-myself.com/llc/setsuritsu-hiyou.html |
| KK minimum capital 1 yen (since the 2006 Companies Act) | https://www.kaisha-setsuritsu.site/kaishasetsuritsu-tourokumennkyozei/ |
| Articles notarisation fee 15,000 yen since 1 Dec 2024 (capital < 1 M yen, ≤ 3 natural-person promoters taking all shares, no board); otherwise 30,000 / 40,000 / 50,000 yen | https://houjintouki.jp/houmu_news/%E5%AE%9A%E6%AC%BE%E8%AA%8D%E8%A8%BC%E6%89%8B%E6%95%B0%E6%96%99-2/ ; https://shiodome.co.jp/js/blog/17713 ; https://asanagi.co.jp/2025/04/07/18566 |
| Business Manager (経営・管理) status since 16 Oct 2025: capital ≥ 30 M yen, ≥ 1 full-time employee (Japanese/permanent resident etc.), B2 Japanese, 3 yrs experience or degree, plan checked by an expert | https://www.horei.co.jp/gis/topics ; https://prorelations.jp/?p=539 ; https://jpvisahk.com/management_visa_revise |
| Tokyo: #7119 Tokyo Fire Department emergency consultation (24 h); #8000 child emergency line; 119 / 110 | http://www.tfd.metro.tokyo.jp/tfd/hp-senjyu/notice/ambulance.html ; https://www.tfd.metro.tokyo.lg.jp/hp-kouhouka/kts/kts_38/kts01.html ; https://grapee.jp/165405 |
| Germany: 116 117 medical on-call service; 112 fire/ambulance; 110 police | https://www.connect-professional.de/markt/einheitliche-rufnummer-fuer-nicht-notfaelle.274281.html ; https://journal-frankfurt.de/journal_news/Stadtleben-2/AErztlicher-Bereitschaftsdienst-Am-Wochenende-116117-15630.html |
| Deutschlandticket 63 €/month since 1 Jan 2026 | https://www.adac.de/news/49-euro-ticket ; https://www.upday.com/de/news/deutschlandticket-wird-teurer-ab-jetzt-63-statt-58-euro/pdgln34 |
| Germany: register a new dwelling within two weeks at the Meldebehörde (§ 17 BMG); Wohnungsgeberbestätigung | https://www.pullach.de/anmeldung/ ; https://www.schwanewede.de/buergerservice/dienstleistungen/meldepflicht-900000262-0.html?myMedium=1&auswahl=0 |
| Japan: residence registration within 14 days of moving in, at the ward/city office, with the residence card | http://www.city.shinjuku.lg.jp/foreign/japanese/guide/todoke/todoke_4_1.html ; https://www.city.toshima.lg.jp/info/jp/registration.html |
| Foreign (Anlage 11 FeV) licence valid 6 months after taking residence in Germany, then conversion; Japan listed without theory/practical test | https://service.bremen.de/dienstleistungen/auslaendischen-fuehrerschein-umschreiben-anlage-11-fev-123369?reg=dienstleistung ; https://www.kreis-pinneberg.de/Verwaltung/Fachbereich+Ordnung/Fachdienst+Stra%C3%9Fenverkehr/Team+Fahrerlaubnisse/Ausl_+F%C3%BChrerschein/Tabelle+A.html |
| German (and French, Swiss) licence + Japanese translation (JAF/embassy) valid for 1 year in Japan; conversion (外免切替) with knowledge/skills checks waived for Germany, France, Switzerland | https://japan.diplo.de/ja-de/service/-/1021046?view= ; https://allabout.co.jp/gm/gc/221398/3 ; https://furansujapon.com/voyage/faire-traduire-son-permis-de-voiture-francais-au-japon/ |
| Japanese licence recognised in France for stays < 1 year; Japan on France's exchange list | https://archive.nossenateurs.fr/question/14/17471 |
| Mutterpass issued by gynaecologist or midwife; antenatal care and midwife services paid by the Krankenkasse | http://www.anna-hebamme.de/beratung.php ; https://www.hebamme-lindaguenther.de/meine-angebote/ |
| Japan: pregnancy notification → 母子健康手帳 from the municipality, multilingual versions exist | https://www.city.kawasaki.jp/450/page/0000035444.html ; https://www.city.hiroshima.lg.jp/site/yasashii/4757.html ; https://hanbai.mcfh.or.jp/material/detail/142 |
| Japanische Internationale Schule in Düsseldorf (JISD, grades 1–9) | http://jisd.de/about_jisd/deutsch/charakter_der_schule.html ; https://dmitte.de/die-japanische-schule-eine-partnerschaft-der-besonderen-art |
| NRW Japan K.K. (Tokyo, since 1992) = Japan arm of NRW.Global Business (formerly NRW.INVEST) supporting Japanese companies in NRW | https://www.nrwglobalbusiness.com/press/detail/nrw-feiert-25-jahre-nrw-japan-kk-in-tokio ; https://www.nippon.com/en/news/yjj2025050700855/german-agency-to-strengthen-support-for-japan-startups.html |
| JETRO and the Japanese Chamber of Commerce (JIHK) in Düsseldorf | https://www.mbei.nrw/de/europa_internationales/asien/japan/artikel_japan ; https://www.djw.de/de/infopool/die-japanische-ihk-zu-duesseldorf-ev-jihk |
| AHK Japan = Deutsche Industrie- und Handelskammer in Japan (Tokyo) | https://japanmarkt.de/2015/03/09/wirtschaft/ahkj-jetro-mou/ |
| Tokyo One-Stop Business Establishment Center (opened 2015) | https://japan.kantei.go.jp/97_abe/actions/201503/31article1.html |
| Memorandum signed 31 May 2021 by TMG Bureau of Industrial and Labor Affairs and NRW's Ministry of Economic Affairs, Innovation, Digitalisation and Energy (MWIDE); valid to 31 Mar 2023, extended unless 6 months' written notice; contact offices 商工部 / NRW.Global Business / NRW Japan K.K. | seed 000 (`/work/shared/seeds/000_0d9cae5f82c374c7.txt`) |
| Tsu–ARD (Paris Île-de-France) agreement 20 Nov 2012; Tsu–OPI (Geneva) agreement 21 Nov 2012; 7 Tsu SMEs in the European mission; fields mechatronics, medical/welfare devices, environment/energy, aerospace, cleantech | seed 003 (`/work/shared/seeds/003_5ba45c3c93de4e9c.txt`) |
| France emergency numbers: 15 SAMU, 17 police, 18 pompiers, 112, 114 (SMS) | https://leparknumerique.com/numeros-durgence-a-connaitre ; https://www.sdis04.fr/quels-numeros-composer-18-112-15-ou-17/ |
| Switzerland: 117 police, 118 fire, 144 ambulance, 112 | https://blog.alertswiss.ch/fr/rubrique/nouvelles-de-lofpp/journee-europeenne-du-numero-durgence-112 |
| SAS: capital freely set, minimum 1 €; cash contributions at least half paid in at formation; registration via the guichet unique (INPI) | https://www.100jourspourentreprendre.fr/creer-une-sas ; https://www.francejuriste.com/creation-sas-etapes-legales-statuts-demarches-et-immatriculation ; https://guideformaliste.fr/immatriculation-sas |
| Switzerland: Sàrl ≥ CHF 20,000 fully paid; SA ≥ CHF 100,000 with ≥ 50,000 paid; formation by notarial deed; capital may be kept in EUR/USD/GBP/JPY | https://notaires-geneve.ch/fr/activites-societes-sa-ou-sarl ; https://www.kmu.admin.ch/kmu/fr/home/savoir-pratique/creation-pme/creation-entreprise/choisir-une-forme-juridique/sarl.html |
| LAMal basic insurance compulsory within 3 months of taking residence (Geneva SAM affiliates ex officio otherwise) | https://www.ge.ch/affiliation-obligatoire-caisse-assurance-maladie ; https://lawbrary.ch/law/art/LAMAL-v2024.03-fr-art-3/ |
| OCPM = Office cantonal de la population et des migrations (Geneva residence permits) | https://www.20min.ch/fr/story/ca-ira-plus-vite-pour-renouveler-permis-et-passeports-603690136366 |
| France PUMa: health cover after 3 months' stable and regular residence (workers covered through their job) | https://rochecolombe.fr/vie-pratique/demarches-administratives/?xml=F34308 ; http://www.versailles.fr/ma-ville/solidarites-et-sante/sante/droits-du-majeur/puma-ame/ |
| France: schooling compulsory from age 3 (loi 2019-791), enrolment at the mairie | https://www.laglorieuse.fr/Vie-scolaire/Instruction-obligatoire-des-3-ans ; http://infos-parents-accessibles.education.gouv.fr/pid35184/inscription-a-l-ecole.html |
| Geneva: school compulsory from age 4 (4 years by 31 July) | https://www.geneve.ch/fr/themes/structures-accueil-enfance-activites-extrascolaires/ecole ; http://www.ge.ch/enseignement_primaire/inscriptions.asp |
| Choose Paris Region (formerly Paris Region Entreprises) = Île-de-France's one-stop agency for foreign companies | https://www.affiches-parisiennes.com/lionel-grotto-choose-paris-region-une-silicon-valley-a-l-europeenne-10272.html |
| OPI (Office de promotion des industries et des technologies) supports Geneva SMEs abroad; EPHJ fair | https://www.opi.ch/info/pierre-fran%C3%A7ois-unger-bilan-de-huit-ann%C3%A9es-de-pr%C3%A9sidence ; https://pdfslide.fr/documents/rapport-daactivits-2018-opi-au-moment-o-sainvite-dans-les-processus.html |
| Palexpo = Geneva's exhibition and congress centre | https://www.freizeit.ch/freizeit/16475/palexpo-genf |
| Mie: 救急医療情報センター 059-229-1199 (医療ネットみえ); みえ子ども医療ダイヤル #8000; no #7119 cited for Mie | https://www.tokyooffice.city.tsu.mie.jp/www/sp/contents/1001000007201/index.html ; https://mie.med.or.jp/hp/ippan/kyukyu/index.html ; https://www-pref-mie-lg-jp.cache.yimg.jp/IRYOS/HP/24271023383_00001.htm |
| MieCo (みえ外国人相談サポートセンター) run by MIEF in Tsu (アスト津), multilingual | https://mieinfo.com/ja/jouhou/sonota/omoiyari-parking/index.html ; https://portal-worlds.com/news/asean/25576 |

Concept/organisation names used as keyword alternatives without any figure being claimed: Handelsregister, Gewerbeanmeldung, Finanzamt, UG, Ausländerbehörde, Kaution, Wohnungsgeber, Kita, Deutsche Schule Tokyo Yokohama, 教育委員会, 法務局, 税務署, 礼金/敷金, 保証人, "Messe"/見本市/trade fair, NRW.BANK, Deutschlandticket, 国民健康保険, Krankenkasse, 三重大学 (Mie University), 津市 as hand-over office for the Tsu side. Cases whose only possible groups were unverified (e.g. Navigo, garant, Japanese school in Île-de-France, passeport talent, notary need in France) were dropped during review.

One Tokyo–NRW case (a Japanese sentence with Latin "dusseldorf"/"gmbh") is tagged `ja` and accepts `["ja", "en"]`.
""")
open("README-blind20.md", "w").write("\n".join(out))
