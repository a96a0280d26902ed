/**
 * Recognisers (not user-facing text) for what users write about plans, in ja/de/en: a request for a plan, checklist
 * or step-by-step guide for founding or moving (also in French, so a French request is understood even where no plan
 * exists yet); "step 3 done"; "reminders off".
 */
import type { PlanDefinition } from './planDefinition';

const PLAN_WORD = /\bplan\b|\bplans\b|check\s?-?list|checkliste|step[- ]by[- ]step|schritt für schritt|to-?do[- ]?(list|liste)|aufgabenliste|fahrplan|roadmap|étape par étape|liste des démarches|liste de tâches|プラン|チェックリスト|やることリスト|手順書|段取り|ロードマップ|計画表/iu;
const NOT_A_PLAN_REQUEST = /business plan|geschäftsplan|businessplan|事業計画|tarif|handytarif|mobile plan|料金プラン|プラン料金/iu;
/** Asking for one to be made: without a founding or moving word, only these start the planner (which then asks which). */
const MAKE = /\b(make|create|build|draw up|prepare|put together|write)\b|machen|erstellen|erstelle|aufstellen|schreib|fais|faire|fait|prépare|préparer|crée|créer|作って|作成|つくって|書いて/iu;
const COMPANY = /found|incorporat|set(ting)? up (a |an |our |my )?(company|business|subsidiary|branch)|\bcompany\b|start(ing)? a business|gründ|firma|gesellschaft|niederlassung|unternehmen|\bgmbh\b|\bug\b|\bkk\b|\bgk\b|kabushiki|g[oō]d[oō] kaisha|entreprise|société|filiale|création|\bsasu?\b|\bs[àa]rl\b|設立|起業|会社|法人|進出|支店/iu;
const MOVING = /\bmov(e|ed|es|ing)\b|relocat|umzug|umzieh|zieh(?:e|en|t)\b.{0,30}\bnach\b|übersied|déménag|emménag|s'installer|installation|引っ越|引越|移住|転居|赴任|転勤/iu;

/**
 * What a newcomer asks before a move or on arrival, without a subject of its own: "what do we need to do?", "par quoi
 * commencer ?", "何をすればいい？". With a moving word it asks for the steps of a move: the plan's outline answers it.
 */
const ARRIVAL_TODO = /what (?:do|should|must|shall) (?:i|we) (?:do|need to do|have to do|take care of|sort out|start with)|what do (?:i|we) (?:need|have) to (?:do|sort out|take care of)|where (?:do|should|shall) (?:i|we) (?:start|begin)|what (?:comes )?first|first (?:steps|things)|what(?:'s| is) there to do|was (?:muss|müssen|muß|sollte|sollten|soll|sollen) (?:ich|wir) (?:alles |zuerst |als erstes |jetzt )?(?:tun|erledigen|machen|beachten|regeln|organisieren)|was ist (?:alles |zuerst )?zu (?:tun|erledigen|beachten)|womit (?:fange|fangen|anfangen|beginne|beginnen)|was zuerst|erste schritte|何をすれば|何をしたら|何をする|何から|やること|すること|しなければならない(?:こと)?は|必要な手続き|par quoi (?:commencer|commence)|(?:que|qu'est-ce que) (?:dois-je|devons-nous|je dois|nous devons|faut-il|il faut) faire|quelles (?:sont les )?démarches|premières démarches/iu;
/** Having arrived ("just arrived in Tokyo", "angekommen", "着いた", "arrivés à Genève"): a move done. */
const ARRIVED = /\barrived\b|\bjust got to\b|angekommen|着いた|到着し|来日し|arrivée?s?\b|\barrivons\b|\b(?:vient|venons|viens) d'arriver\b/iu;

/** What a plan request asks for; `kind` is undefined when the message does not say (the planner then asks). */
export interface PlanRequest {
  kind: PlanDefinition['kind'] | undefined;
  /**
   * true: not a request for a plan but a broad question on moving ("we're moving to Cologne, what do we need to do?"):
   * the plan's outline answers it where the region has a plan; elsewhere it is a question like any other.
   */
  broad?: boolean;
}

/**
 * @example
 * planRequestOf('make us a checklist for moving to Düsseldorf'); // { kind: 'moving' }
 * planRequestOf('手続きのチェックリストを作って'); // { kind: undefined }
 * planRequestOf('What goes into a business plan?'); // undefined
 * planRequestOf("we're moving to Cologne next month, what do we need to do?"); // { kind: 'moving', broad: true }
 */
export function planRequestOf(text: string): PlanRequest | undefined {
  const folded = text.normalize('NFKC');
  if (folded.length > 300 || NOT_A_PLAN_REQUEST.test(folded)) return undefined;
  if (!PLAN_WORD.test(folded)) {
    const moving = MOVING.test(folded) || ARRIVED.test(folded);
    return moving && asksWhatToDo(folded) && !COMPANY.test(folded) ? { kind: 'moving', broad: true } : undefined;
  }
  const moving = MOVING.test(folded);
  const company = COMPANY.test(folded);
  if (!moving && !company && !MAKE.test(folded)) return undefined;
  return { kind: moving && !company ? 'moving' : company && !moving ? 'company' : undefined };
}

/** "what do we need to do (first)?" with at most a few words after it: "… with my German health insurance?" has a subject. */
function asksWhatToDo(text: string): boolean {
  const match = ARRIVAL_TODO.exec(text);
  if (!match) return false;
  const rest = text.slice(match.index + match[0].length).replace(/[?？!！.。、,]/gu, ' ').trim();
  return rest === '' || (/[\u3040-\u30ff\u4e00-\u9fff]/u.test(rest) ? rest.length <= 6 : rest.split(/\s+/u).length <= 3);
}

/**
 * The step number in "step 3 done", "3 erledigt", "Schritt 3 ist erledigt", "3番完了", "ステップ3完了".
 * @example
 * stepDoneOf('3 erledigt'); // 3
 */
export function stepDoneOf(text: string): number | undefined {
  const folded = text.normalize('NFKC').trim().toLowerCase();
  const match =
    /^(?:step|schritt|nr\.?|no\.?|#)?\s*(\d{1,2})\s*(?:is|ist)?\s*(?:done|finished|completed|erledigt|fertig|abgehakt)[.!]?$/u.exec(folded) ??
    /^(?:mark\s+)?(?:step\s+)?(\d{1,2})\s+(?:as\s+)?done[.!]?$/u.exec(folded) ??
    /^(?:ステップ|手順)?\s*(\d{1,2})\s*(?:番|つ目)?\s*(?:は|を)?\s*(?:完了|終わり|終わった|終了|済み|済|done)(?:しました|です)?[。!]?$/u.exec(folded);
  return match ? Number(match[1]) : undefined;
}

/**
 * "reminders off", "Erinnerungen aus", "リマインダー停止", "stop reminders".
 * @example
 * remindersOffRequested('Erinnerungen aus'); // true
 */
export function remindersOffRequested(text: string): boolean {
  return /^(?:(?:turn\s+)?(?:plan\s+)?reminders?\s+off|stop\s+(?:the\s+)?reminders?|no (?:more )?reminders|erinnerungen?\s+(?:aus|abschalten|stoppen|abbestellen)|keine erinnerungen(?: mehr)?|リマインダ(?:ー)?(?:を)?(?:停止|止めて|オフ|解除|不要)|通知(?:を)?(?:停止|止めて|オフ))[.!。！]?$/iu.test(
    text.normalize('NFKC').trim(),
  );
}
