/**
 * Detects emergency signals in ja/de/en/fr messages (accidents and injuries included) so the bot can show emergency numbers before anything else.
 * Errs on the safe side: "emergency number for later" also triggers. It must not trigger on look-alikes such as
 * "Notar" or "health insurance": Latin terms match whole words (multi-word phrases with flexible spacing), and
 * typo tolerance (one edit) is used only for single words of 8+ letters, where it cannot hit ordinary words.
 */
import { basicFold, escapeRegExp } from './analysis/normalize';

export interface EmergencySignal {
  emergency: boolean;
  /** The term (as listed below) that matched, when `emergency` is true. */
  matched?: string | undefined;
}

/** Japanese signals: matched as substrings after NFKC normalisation. */
const JAPANESE_TERMS = [
  '救急車', '救急', '意識がない', '意識が無い', '意識不明', '気を失', '息ができない', '息が出来ない', '息ができません',
  '呼吸ができない', '呼吸が苦しい', '呼吸していない', '息をしていない', '心臓発作', '心筋梗塞', '胸が苦しい', '脳卒中',
  '血が止まらない', '大量出血', '出血がひどい', '火事', '燃えて', '火災', '溺れ', '窒息', '喉に詰ま', 'けいれん', '痙攣',
  '倒れた', '倒れて', '死にそう', '自殺', '死にたい', '助けて', '緊急', '事故にあ', '事故に遭',
  '息してない', '息をしてない', '息してません', '呼吸してない', '意識ない', '目を覚まさない', '交通事故', '大けが', '大怪我',
  'けがをした', '怪我をした', 'けがしてる', '怪我してる', '血が出て', '頭を打', '車にひかれ', '車に轢かれ',
  'ガス漏れ', 'ガスくさい', 'ガス臭い', '泥棒', '空き巣', '不審者',
];

/** Latin signals (English, German and French), folded: lower case, ä → ae, ß → ss. Multi-word entries match as phrases. */
const LATIN_TERMS = [
  // English
  'ambulance', 'emergency', 'emergencies', 'call 911', '112', '119', "can't breathe", 'cannot breathe',
  'can not breathe', 'not breathing', 'stopped breathing', 'difficulty breathing', 'unconscious', 'passed out', 'fainted',
  'unresponsive', 'heart attack', 'cardiac arrest', 'chest pain', 'stroke', 'bleeding heavily', 'heavy bleeding',
  'bleeding badly', 'severe bleeding', "won't stop bleeding", 'fire', 'on fire', 'burning', 'overdose', 'poisoned',
  'poisoning', 'choking', 'drowning', 'seizure', 'suicide', 'kill myself', 'sos', 'dying', 'collapsed', 'has collapsed',
  'car accident', 'traffic accident', 'had an accident', 'injured', 'badly hurt', 'seriously hurt', "won't wake up",
  'not waking up', 'hit by a car', 'bleeding', 'gas leak', 'smell of gas', 'smell gas', 'smells of gas', 'break-in',
  'broke into', 'broken into', 'burglary', 'burglar', 'intruder',
  // German
  'notfall', 'notfaelle', 'notruf', 'notarzt', 'notaufnahme', 'krankenwagen', 'rettungswagen', 'rettungsdienst',
  'bewusstlos', 'ohnmaechtig', 'keine luft', 'bekomme keine luft', 'kriege keine luft', 'atmet nicht', 'atemnot',
  'herzinfarkt', 'herzstillstand', 'schlaganfall', 'brustschmerzen', 'blutet stark', 'starke blutung', 'hoert nicht auf zu bluten',
  'brennt', 'feuer', 'feuerwehr', 'vergiftung', 'vergiftet', 'erstickt', 'ertrinkt', 'krampfanfall',
  'selbstmord', 'suizid', 'hilfe hilfe', 'zusammengebrochen', 'kollabiert', 'verkehrsunfall', 'autounfall',
  'unfall', 'verletzt', 'schwer verletzt', 'wacht nicht auf', 'angefahren', 'blutet',
  'gasgeruch', 'riecht nach gas', 'gasleck', 'einbruch', 'eingebrochen', 'einbrecher',
  // French
  'urgence', 'urgences', 'samu', 'pompiers', 'inconscient', 'inconsciente', 'ne respire plus', 'ne respire pas',
  'crise cardiaque', 'arret cardiaque', 'avc', 'saigne beaucoup', 'hemorragie', 'incendie', 'au feu', 'noyade',
  "s'est effondre", 'evanoui', 'evanouie', 'empoisonnement', 'intoxication', 'suicide', 'accident de voiture',
  'accident de la route', 'un accident', 'fuite de gaz', 'odeur de gaz', 'cambriolage', 'cambriole', 'cambriolee', 'blesse', 'blessee', 'blesses', 'grievement blesse', 'ne se reveille pas', 'renverse par',
];

interface LatinPattern {
  term: string;
  /** The term folded as messages are. */
  folded: string;
  pattern: RegExp;
  fuzzy: boolean;
}

const foldLatin = (text: string) => basicFold(text).replace(/[’‘`´]/g, "'");

const LATIN: LatinPattern[] = LATIN_TERMS.map((term) => {
  const folded = foldLatin(term);
  const body = folded.split(/\s+/).map(escapeRegExp).join("[\\s\\-']+").replace(/'/g, "'?");
  // Numbers only need digit boundaries ("119番" matches, "7119" does not); words need letter boundaries too.
  const pattern = /^\d+$/.test(folded)
    ? new RegExp(`(?<!\\d)${body}(?!\\d)`, 'u')
    : new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u');
  return {
    term,
    folded,
    pattern,
    fuzzy: !folded.includes(' ') && folded.length >= 8 && /^[a-z]+$/.test(folded),
  };
});

/** Every Latin term in one regular expression: one scan per message; the single patterns only name the term found. */
const ANY_LATIN = new RegExp(LATIN.map(({ pattern }) => `(?:${pattern.source})`).join('|'), 'u');
const FUZZY_TERMS = LATIN.filter(({ fuzzy }) => fuzzy);

const JAPANESE = JAPANESE_TERMS.map((term) => ({ term, folded: term.normalize('NFKC') }));

/** Damerau–Levenshtein distance ≤ 1 (one insertion, deletion, substitution or transposition). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const restA = a.slice(i + 1);
  const restB = b.slice(i + 1);
  if (a.length === b.length) {
    return restA === restB || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Whether a message signals an emergency, and the matched term.
 *
 * @example
 * detectEmergency('Mein Mann ist bewusstlos!'); // { emergency: true, matched: 'bewusstlos' }
 * detectEmergency('Brauche ich einen Notar?');   // { emergency: false }
 * detectEmergency('息ができない');                 // { emergency: true, matched: '息ができない' }
 */
export function detectEmergency(text: string): EmergencySignal {
  const normalized = text.normalize('NFKC');
  for (const { term, folded } of JAPANESE) {
    if (normalized.includes(folded)) return { emergency: true, matched: term };
  }
  const folded = foldLatin(text);
  if (ANY_LATIN.test(folded)) {
    const hit = LATIN.find(({ pattern }) => pattern.test(folded));
    if (hit) return { emergency: true, matched: hit.term };
  }
  const words = folded.match(/\p{L}+/gu) ?? [];
  for (const word of words) {
    if (word.length < 7) continue;
    for (const { term, folded: termFolded } of FUZZY_TERMS) {
      if (withinOneEdit(word, termFolded)) return { emergency: true, matched: term };
    }
  }
  return { emergency: false };
}

/**
 * Convenience predicate.
 *
 * @example
 * isEmergency('call an ambulance'); // true
 */
export function isEmergency(text: string): boolean {
  return detectEmergency(text).emergency;
}
