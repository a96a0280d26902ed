/**
 * A wish to be helped by a person, read from its parts instead of whole phrasings: someone to reach (a person, the
 * staff, the office, 担当者, 窓口, Ansprechpartner, quelqu'un), a verb of helping or reaching (help, talk, forward,
 * contact, 相談, 問い合わせ, helfen, weiterleiten, aider, transmettre) and the asker's wish or request (can, please,
 * I'd like, たい, ください, できますか, möchte, bitte, voudrais, pouvez). All three together, in any order, make a
 * hand-over request: "i need help from a human please", "please forward my question to the office",
 * "that's too complicated, can a person help me?", "東京都の窓口に問い合わせたい", "kann mir ein Mitarbeiter helfen?".
 * A contact person (Ansprechpartner, interlocuteur, 担当者, 담당자, 负责人, referente) or reaching someone in person
 * ("get in touch", "in Verbindung bringen", "persönliche Beratung") is wished for without more:
 * "Ich bräuchte einen persönlichen Ansprechpartner", "je voudrais un interlocuteur chez Choose Paris Region".
 * "Who can I talk to …?", "Wen kann ich … kontaktieren?", "相談できる人はいますか" ask for someone too.
 * The languages without content here (Spanish, Portuguese, Italian, Turkish, Vietnamese, Korean, Chinese) have their
 * own words for the three parts, matched without accents: "quiero hablar con una persona", "도쿄 담당자와 상담하고 싶어요",
 * "我想和负责人谈谈", "bir yetkiliyle görüşmek istiyorum", "tôi muốn nói chuyện với người phụ trách".
 * A question about a service ("相談窓口はある？", "how do I contact the Bürgerbüro?") lacks one of the parts; an office is
 * someone to reach only as "the/your office" ("open a sales office" is not).
 * These are recognisers over lower-cased text, not user-facing text.
 */

/** Someone the asker could be handed to. Whole words only ("büro" is not "Bürgerbüro"). */
const PERSON =
  /(?<![\p{L}])(?:(?<=(?:who|wer|qui)\s+(?:is|'s|ist|est)\s[^.?!]{0,50}?)(?:zuständig|responsible|in\s+charge|chargée?|compétente?)|(?:who|whom|wen|wem|wer|qui)\s+(?:can|could|should|do|kann|könnte|soll|sollte|puis|peux|pourrais|dois|peut|pourrait|pourra|saurait)[-\s]+(?:i|we|ich|wir|je|nous|help|helfen|mir|uns|me|m['’]\p{L}+|aider)|human|humans|person|people|someone|somebody|anyone|anybody|staff|staffer|agent|advisor|adviser|consultant|counsell?or|representative|officer|(?:the|your|their|contact|\p{L}+['’]s)\s+(?:\p{L}+\s+)?(?:office|team|agency|desk)|(?:die|der|an\s+die)\s+stadtregierung|mensch(?:en)?|jemand(?:em|en)?|mitarbeiter(?:in|innen)?|berater(?:in)?|ansprechpartner(?:in)?|ansprechperson|sachbearbeiter(?:in)?|kontaktstelle|ansprechstelle|(?:das|ihr|ihrem|zum)\s+büro|quelqu'?\s?un|personne|humain|conseill(?:er|ère)|interlocut(?:eur|rice)|(?:le|votre|au)\s+bureau|(?:l'|votre\s+)(?:équipe|agence))(?![\p{L}])|担当|窓口|職員|スタッフ|相談員|専門家|人間|オペレーター|誰か|だれか|(?<![\p{Script=Han}])人(?:に|と|から|は|が)|の方(?:に|と|を|から|へ)/u;

/** Helping or reaching someone. */
const HELP_OR_REACH =
  /(?<![\p{L}])(?:help|helps|assist|talk|speak|chat|contact|reach|forward|pass|call|handle|touch|helfen|hilft|unterstützen|sprechen|reden|kontaktieren|erreichen|weiterleiten|weitergeben|anrufen|zurückrufen|aider|aide|parler|contacter|joindre|transmettre|appeler|rappeler|introduce|meet|appointment|treffen|termin|vorstellen|rencontrer|rendez-vous|présenter|consult|consultation|advice|advise|beraten|berät|beratung|verbinden|verbindung|conseiller|accompany|accompanies|begleiten|begleitet|begleitung|accompagner|accompagne)(?![\p{L}])|(?<![\p{L}])(?:leiten|leite|leitet|geben|gebe|gebt)\s(?:[\p{L}\s.]{0,60}\s)?weiter(?![\p{L}])|同行|付き添|相談|問い合わせ|問合せ|話|連絡|つな|繋|手伝|助け|対応して|聞いて|紹介|面談|会いたい|会え/u;

/** The asker's wish or request, addressed to the bot. */
const WISH =
  /(?<![\p{L}])(?:can|could|would|please|pls|plz|want|wanna|need|like|may|kann|könnte|könnten|können|möchte|möchten|will|würde|würden|hätte|hätten|gibt\s+es|gibt['’]?s|bitte|brauch|brauche|brauchen|bräuchte|bräuchten|gern|gerne|peux|peut|pouvez|pourriez|pourrait|voudrais|voudrions|veux|souhaite|souhaiterais|besoin|svp|stp)(?![\p{L}])|たい|ください|下さい|くれ|ほしい|欲しい|できます|できる|もらえ|いただけ|お願い|頂け|(?:せ|け|れ|え)ますか|(?:え|け|せ|て|ね|べ|め|れ)る(?:か|の)?[?？]|(?:して|って|いて|んで|えて|けて|せて|べて|めて|れて)(?:ね|よ)?(?=[\s。！!？?]*$)/u;

/**
 * Someone whose only meaning is a contact to reach, or reaching someone in person ("get in touch", "in Verbindung",
 * "persönlich beraten", "個別相談"): wished for, it needs nothing else.
 */
const CONTACT_PERSON =
  /(?<![\p{L}])(?:contact\s+person|point\s+of\s+contact|ansprechpartner(?:in)?|ansprechperson|interlocut(?:eur|rice)|(?:get|be\s+put|put\s+\p{L}+)\s+in\s+touch|in\s+verbindung|in\s+kontakt|en\s+(?:contact|relation)\s+avec|persönlich\p{L}*\s+(?:beraten|beratung|gespräch)|personal\s+(?:advice|consultation)|in\s+person|conseil\s+personnalisé|(?:a|an|un|une|einen|nen)\s+(?:contact|kontakt)(?![\p{L}])(?!\s+(?:form|formular|formulaire|details|info))(?!-))(?![\p{L}])|担当者|担当の方|個別相談|対面で相談/u;

/**
 * Someone whose only meaning is a human instead of the bot ("a human", "un humain", "einen Menschen", "人間", "真人"):
 * wished for in a short message ("get me a human pls", "je veux un humain", "I want a real person"), it needs no verb.
 */
const HUMAN =
  /(?<![\p{L}])(?:humans?(?!\s+(?:resources|rights|trafficking))|real\s+(?:person|people)|live\s+(?:person|agent)|vraie\s+personne|humain|être\s+humain|(?:einen|einem|ein|nen|echte[nmr]?)\s+mensch(?:en)?|echte[nmr]?\s+person|operator|opérateur|opératrice|persona\s+real|humano|pessoa\s+real|umano|persona\s+vera)(?![\p{L}])|人間|有人|オペレーター|真人|人工客服|人工服务|진짜\s?사람|상담원/u;
/**
 * Asking to be introduced or put in contact without naming whom, or naming them by a word that points back at the
 * last answer ("can you introduce us to them?", "pls introduce us", "bitte stellen Sie den Kontakt her", "können Sie
 * uns vermitteln?", "pouvez-vous nous mettre en relation ?", "そこ紹介してもらえる？"): with a wish, in a short
 * sentence, it asks the office to make the introduction. "introduce me to a good doctor" names someone else and is
 * a question for the answers ("医者を紹介して" likewise: only そこ, そちら, その機関 … may stand before 紹介).
 */
const REFERRING_INTRODUCTION =
  /(?<![\p{L}])(?:(?:introduce|connect)\s+(?:us|me)(?:\s+(?:to|with)\s+(?:them|him|her|it|th(?:is|at|ose|ese)(?:\s+(?:one|ones|people|organi[sz]ations?|agency|agencies|office|offices|team|body|bodies))?))?(?=\s*(?:[?.!,]|please|pls|plz|$))|make\s+(?:the|an|that)\s+(?:introduction|connection)|(?:den|einen)\s+kontakt\s+(?:her|herstellen)|kontakt\s+herstellen|(?:uns|mich)\s+(?:(?:mit\s+(?:ihnen|denen|dieser\s+stelle|dort))\s+)?(?:vorstellen|vermitteln|verbinden|bekannt\s*machen|in\s+(?:kontakt|verbindung)\s+(?:bringen|setzen))|(?:nous|me)\s+(?:présenter|presenter|mettre\s+en\s+(?:relation|contact)(?:\s+avec\s+(?:eux|elles|lui|elle|cet\s+organisme|cette\s+agence))?)|faire\s+(?:la|une)\s+(?:mise\s+en\s+relation|présentation))(?![\p{L}])|^[\s\p{P}]*(?:じゃあ|では|ぜひ|それでは|なら)?[、,\s]*(?:そこ|そちら|こちら|その(?:機関|団体|組織|窓口|人たち|方々|会社))?(?:を|に|と|の方)?(?:紹介|つない|繋い|つなげ|繋げ)/u;
/**
 * Asking to be introduced to the counterparts the agreements' introductions are about (investors, partners, companies,
 * start-ups, universities, suppliers, distributors, customers): "bitte stellt uns investoren in tokyo vor", "can you
 * introduce us to potential distributors in NRW?", "パリの投資家を紹介してほしい", "pouvez-vous nous présenter des
 * partenaires à Genève ?". The offices make those introductions (item 5 of the memorandum): with a wish it is a
 * request for them, answered first from the knowledge. A doctor or a school to be introduced to is not such a counterpart.
 */
const COUNTERPART =
  '(?<![\\p{L}])(?:investors?|(?:business\\s+)?partners?|compan(?:y|ies)|start-?ups?|universit(?:y|ies)|suppliers?|distributors?|customers?|clients?|investoren|partner(?:n|firmen|unternehmen)?|unternehmen|firmen|hochschulen|universitäten|lieferanten|händlern?|kunden|investisseurs?|partenaires?|entreprises?|sociétés?|universités?|fournisseurs?|distributeurs?)(?![\\p{L}])';
const INTRODUCE =
  '(?<![\\p{L}])(?:introduce|introductions?|connect|vorstellen|vorstellung|vermitteln|vermittlung|présenter|presenter|présentation|mettre\\s+en\\s+relation|mise\\s+en\\s+relation)(?![\\p{L}])';
const INTRODUCTION_TO_COUNTERPART = new RegExp(
  [
    `${INTRODUCE}[\\s\\S]*?${COUNTERPART}`,
    `${COUNTERPART}[\\s\\S]*?${INTRODUCE}`,
    // Meeting them: "want to meet companies in Tsu", "rencontrer des entreprises", "Investoren kennenlernen".
    `(?<![\\p{L}])(?:meet|rencontrer)\\s+(?:\\p{L}+\\s+){0,3}?${COUNTERPART}`,
    `${COUNTERPART}\\s+(?:\\p{L}+\\s+){0,2}?kennen(?:zu)?lernen(?![\\p{L}])`,
    // German separable verb around them: "stellt uns investoren in tokyo vor".
    `(?<![\\p{L}])(?:stell|stellt|stellen|stelle)\\s[^.?!]{0,80}?${COUNTERPART}[^.?!]{0,80}?\\svor(?![\\p{L}])`,
    // Japanese: the counterpart as the object ("投資家を紹介して"), not a subject explained ("会社設立の流れを紹介して").
    '(?:投資家|企業|大学|パートナー|取引先|代理店|販売店|スタートアップ|顧客)(?:さん|様)?(?:を|と)[^。？?！!]{0,4}?(?:紹介|つない|繋い|引き合わせ|マッチング)',
  ].join('|'),
  'u',
);

/**
 * Asking to be connected with an organisation or a public body ("können Sie uns mit der Stadt Tsu verbinden?", "can you
 * connect us with the Tokyo government?", "pouvez-vous nous mettre en relation avec la mairie ?", "津市とつないでほしい"):
 * with a wish, the office makes that contact (item 1 of the agreements, introductions to support organisations).
 * A doctor or a school to be connected with is no such body.
 */
const ORGANISATION =
  '(?:stadt|stadtverwaltung|gemeinde|behörde|amt|ministerium|regierung|kammer|ihk|ahk|agentur|organisation|verwaltung|city|town|government|govt|ministry|municipality|agency|chamber|office|organi[sz]ation|jetro|nrw\\.?\\s?global|nrw\\s+japan|ville|mairie|municipalité|préfecture|prefecture|région|region|canton|ministère|chambre|agence|organisme|opi|ggba)';
const CONNECT_WITH_ORGANISATION = new RegExp(
  [
    `(?<![\\p{L}])(?:uns|mich)\\s+mit\\s+[^.?!]{0,50}?(?<![\\p{L}])${ORGANISATION}(?![\\p{L}])[^.?!]{0,40}?\\s(?:verbinden|vernetzen|in\\s+(?:kontakt|verbindung)\\s+(?:bringen|setzen))(?![\\p{L}])`,
    `(?<![\\p{L}])(?:connect|link)\\s+(?:us|me)\\s+(?:up\\s+)?(?:with|to)\\s+[^.?!]{0,50}?(?<![\\p{L}])${ORGANISATION}(?![\\p{L}])`,
    `(?<![\\p{L}])(?:nous|me)\\s+mettre\\s+en\\s+(?:relation|contact)\\s+avec\\s+[^.?!]{0,50}?(?<![\\p{L}])${ORGANISATION}(?![\\p{L}])`,
    '(?:市|県|都|州|庁|役所|役場|機関|団体|局|省|商工会議所)(?:さん|様)?(?:と|に|を)[^。？?！!]{0,4}?(?:つない|繋い|つなげ|繋げ|橋渡し)',
  ].join('|'),
  'u',
);

/**
 * Asking whom to talk to ("who do I talk to?", "who should we speak with?", "à qui dois-je m'adresser ?", "an wen soll
 * ich mich wenden?", "mit wem soll ich sprechen?", "誰に相談すればいい？"): the question is itself the wish for someone.
 */
const ASKS_WHOM_TO_TALK_TO =
  /(?<![\p{L}])(?:(?:who|whom)\s+(?:do|should|shall|could|would)\s+(?:i|we)\s+(?:talk|speak|turn)\s+(?:to|with)|(?:à|a)\s+qui\s+(?:dois|devons|devrais|devrions|puis|pouvons)[-\s]+(?:je|nous)\s+(?:parler|m['’]adresser|nous\s+adresser|adresser)|an\s+wen\s+(?:soll|sollte|sollen|sollten|muss|müssen|kann|können)\s+(?:ich|wir)\s+(?:mich|uns)\s+wenden|mit\s+wem\s+(?:soll|sollte|sollen|sollten|muss|müssen)\s+(?:ich|wir)\s+(?:sprechen|reden))(?![\p{L}])|(?:誰|だれ|どなた)に(?:相談|話|聞け|聞い|連絡)/u;

/**
 * Naming a contact person as the whole question ("Un interlocuteur à Tsu pour nous présenter à l'université de Mie ?",
 * "ansprechpartner in köln?", "contact person for trade fairs in tokyo?"): asked for without a verb.
 */
const CONTACT_PERSON_ASKED =
  /^(?:(?:a|an|any|un|une|ein|einen|eine)\s+)?(?:contact\s+person|point\s+of\s+contact|ansprechpartner(?:in)?|ansprechperson|interlocut(?:eur|rice))(?![\p{L}])[^?？]*[?？]\s*$/u;

/** A referring request for an introduction says nothing else: longer sentences name whom they want. */
const MAX_REFERRING_INTRODUCTION = 60;

/** A wish for a human alone is short; longer messages must name helping or reaching too. */
const MAX_HUMAN_WISH = 40;

/*
 * The same three parts in the languages without content here, over the text without accents (see `fold`):
 * es, pt, it (Latin, whole words), tr (agglutinating: stems), vi (syllables), ko and zh (inside words).
 */
const OTHER_PERSON =
  /(?<![\p{L}])(?:persona|personas|alguien|humano|agente|asesor(?:a|es)?|responsable|encargad[oa]|representante|consultor(?:a)?|pessoa|alguem|atendente|responsavel|assessor|funcionario|qualcuno|umano|operatore|consulente|referente|responsabile|addetto|yetkili\p{L}*|temsilci\p{L}*|danisman\p{L}*|gorevli\p{L}*|sorumlu\p{L}*|birisi\p{L}*|biriyle|birine|kisiyle|kisiye|insanla\p{L}*|nguoi phu trach|nhan vien|tu van vien|chuyen vien|can bo|ai do|nguoi that)(?![\p{L}])|담당|직원|상담원|상담사|전문가|누군가|관계자|사람(?:과|이랑|하고|한테|에게)|负责人|負責人|工作人员|工作人員|真人|人工客服|客服|顾问|顧問|专员|專員|联系人|聯繫人|聯絡人/u;
/** A contact person in those languages: wished for, it needs no verb ("necesito un asesor en París"). */
const OTHER_CONTACT_PERSON =
  /(?<![\p{L}])(?:asesor(?:a)?|persona de contacto|pessoa de contato|interlocutor(?:a)?|referente|consulente|consultor(?:a)?|yetkili\p{L}*|nguoi phu trach)(?![\p{L}])|담당자|负责人|負責人|联系人|聯絡人/u;
const OTHER_HELP_OR_REACH =
  /(?<![\p{L}])(?:hablar|contactar|comunicar(?:me|nos)?|ayudar(?:me|nos)?|atender(?:me|nos)?|llamar(?:me|nos)?|conectar(?:me|nos)?|contacto|consultar|falar|conversar|contatar|ajudar|ligar|contato|parlare|contattare|aiutar(?:e|mi|ci)|chiamar(?:e|mi|ci)|contatto|sentire|gorus\p{L}*|konus\p{L}*|iletisim\p{L}*|ulas\p{L}*|yardim\p{L}*|bagla\p{L}*|noi chuyen|lien he|lien lac|gap|trao doi|giup|ket noi|goi)(?![\p{L}])|상담|이야기|얘기|통화|연결|연락|대화|도와|도움|문의|만나|말하|谈|談|聊|说话|說話|联系|聯繫|联络|聯絡|咨询|諮詢|沟通|溝通|帮|幫|转接|轉接|对接|對接/u;
const OTHER_WISH =
  /(?<![\p{L}])(?:quiero|quisiera|queria|puedo|puede|pueden|podria|podrian|necesito|necesitamos|gustaria|por favor|deseo|quero|gostaria|posso|pode|podem|poderia|preciso|vorrei|voglio|vorremmo|potrebbe|potete|potreste|bisogno|per favore|istiyorum|isteriz|istiyoruz|isterim|\p{L}*bilir\p{L}*|lutfen|mumkun|rica|muon|co the|xin|can|vui long|lam on)(?![\p{L}])|싶|주세요|주실|줄 수|가능|있을까|있나요|부탁|想|可以|能否|能不能|请(?!求)|請(?!求)|希望|需要/u;

/** Lower case without accents ("görüşmek" → "gorusmek", "người" → "nguoi"); Hangul and Han stay as they are. */
function fold(lower: string): string {
  return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/đ/g, 'd').normalize('NFC');
}

/** A message says more than a wish for a person beyond this; one of its sentences may still be the wish. */
const MAX_MESSAGE = 200;
/** A sentence longer than this is a question with a story, not a wish for a person. */
const MAX_SENTENCE = 120;
/** Sentence and clause ends: ". ? ! 。 ？ ！", a dash between words, a line break. */
const SENTENCE_END = /(?<=[.?!。？！])\s*|\s+[–—-]\s+|\n/u;

function sentenceIsPersonRequest(lower: string): boolean {
  if (lower.length > MAX_SENTENCE) return false;
  if (ASKS_WHOM_TO_TALK_TO.test(lower) || CONTACT_PERSON_ASKED.test(lower)) return true;
  if (WISH.test(lower) && (CONTACT_PERSON.test(lower) || (PERSON.test(lower) && HELP_OR_REACH.test(lower)))) return true;
  if (isReferringIntroduction(lower)) return true;
  if (WISH.test(lower) && (INTRODUCTION_TO_COUNTERPART.test(lower) || CONNECT_WITH_ORGANISATION.test(lower))) return true;
  const folded = fold(lower);
  if (lower.length <= MAX_HUMAN_WISH && (WISH.test(lower) || OTHER_WISH.test(folded)) && HUMAN.test(lower)) return true;
  return OTHER_WISH.test(folded) && (OTHER_CONTACT_PERSON.test(folded) || (OTHER_PERSON.test(folded) && OTHER_HELP_OR_REACH.test(folded)));
}

/**
 * True when the message asks to be introduced without naming whom, or naming the ones just answered by a referring
 * word ("pls introduce us", "can you introduce us to them?", "bitte stellen Sie den Kontakt her", "そこ紹介してもらえる？").
 * Such a request is for the office alone: the answer it refers to was just given.
 * @example
 * isReferringIntroduction('great, can you introduce us to them?'); // true
 * isReferringIntroduction('can you introduce me to a good doctor?'); // false
 */
export function isReferringIntroduction(text: string): boolean {
  const lower = text.toLowerCase().trim();
  return lower.length <= MAX_REFERRING_INTRODUCTION && WISH.test(lower) && REFERRING_INTRODUCTION.test(lower);
}

/**
 * True when the message asks to be introduced to counterparts the offices introduce (investors, partners, companies,
 * universities…) without wishing for a human as such ("want to meet investors and universities in nrw. who can connect
 * us?"): the knowledge's networks answer first, then the offer ("can I talk to a real person? we need investors" is a
 * wish for a human).
 * @example
 * asksIntroductionToCounterparts('want to meet investors in nrw. who can connect us?'); // true
 */
export function asksIntroductionToCounterparts(text: string): boolean {
  const lower = text.toLowerCase();
  return INTRODUCTION_TO_COUNTERPART.test(lower) && !HUMAN.test(lower);
}

/**
 * True when the message, or one of its sentences, asks to be helped by a person (see the module comment).
 * @param text the message as typed (any case)
 * @example
 * isPersonRequest('please forward my question to the office'); // true
 * isPersonRequest('quiero hablar con una persona en Ginebra'); // true
 * isPersonRequest('is there a consultation desk for foreigners?'); // false
 */
export function isPersonRequest(text: string): boolean {
  const lower = text.toLowerCase().trim();
  if (lower.length > MAX_MESSAGE) return false;
  return lower.split(SENTENCE_END).some((sentence) => sentence.trim().length > 0 && sentenceIsPersonRequest(sentence.trim()));
}

/** Every part a wish for a person is made of, to take out of a message ("can someone help me find a flat" → "me find a flat"). */
const REQUEST_PARTS = [CONTACT_PERSON, HUMAN, PERSON, HELP_OR_REACH, WISH].map((pattern) => new RegExp(pattern.source, 'gu'));
const OTHER_REQUEST_PARTS = [OTHER_CONTACT_PERSON, OTHER_PERSON, OTHER_HELP_OR_REACH, OTHER_WISH].map((pattern) => new RegExp(pattern.source, 'gu'));

/**
 * What a message says besides asking for a person: its words without the someone, the helping or reaching and the
 * wish ("can someone help me find an apartment in Düsseldorf?" → "me find an apartment in düsseldorf?"; "誰かと話せますか" → "と").
 * Lower case; in the languages without content here also without accents.
 * @example
 * besidesPersonRequest('je voudrais parler à quelqu\'un'); // 'je  à '
 */
export function besidesPersonRequest(text: string): string {
  let rest = text.toLowerCase();
  for (const pattern of REQUEST_PARTS) rest = rest.replace(pattern, ' ');
  rest = fold(rest);
  for (const pattern of OTHER_REQUEST_PARTS) rest = rest.replace(pattern, ' ');
  return rest.replace(/\s+/g, ' ').trim();
}
