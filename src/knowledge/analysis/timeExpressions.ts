/**
 * When something happened is no part of what is asked: "we moved to Essen last week" asks about moving, not about
 * weeks (the sick-note entry counts days and weeks). Relative time expressions are removed from questions before
 * analysis (never from entries): en, de, fr and ja, as typed in chat.
 */

const PATTERNS: readonly RegExp[] = [
  // en: "last week", "this month", "next year", "two weeks ago", "yesterday"
  /(?<![\p{L}])(?:last|past|this|next)\s+(?:week|weekend|month|year)(?![\p{L}])/gu,
  /(?<![\p{L}])(?:a|an|one|two|three|four|few|couple of|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago(?![\p{L}])/gu,
  /(?<![\p{L}])(?:yesterday|today|recently)(?![\p{L}])/gu,
  // de: "letzte Woche", "nächsten Monat", "vor zwei Wochen", "gestern", "heute"
  /(?<![\p{L}])(?:letzte[nrs]?|vorige[nrs]?|n(?:ä|ae|a)chste[nrs]?|diese[nrs]?)\s+(?:woche|wochenende|monat|jahr)(?![\p{L}])/gu,
  /(?<![\p{L}])vor\s+(?:einer|einem|zwei|drei|vier|ein\s+paar|\d+)\s+(?:tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)(?![\p{L}])/gu,
  /(?<![\p{L}])(?:gestern|heute|neulich|k(?:ü|ue|u)rzlich)(?![\p{L}])/gu,
  // fr: "la semaine dernière", "le mois prochain", "il y a deux semaines", "hier", "aujourd'hui"
  /(?<![\p{L}])(?:la\s+)?semaine\s+(?:derni(?:è|e)re|prochaine)(?![\p{L}])|(?<![\p{L}])(?:le\s+)?mois\s+(?:dernier|prochain)(?![\p{L}])|(?<![\p{L}])l['’]ann(?:é|e)e\s+(?:derni(?:è|e)re|prochaine)(?![\p{L}])/gu,
  /(?<![\p{L}])il\s+y\s+a\s+(?:un|une|deux|trois|quelques|\d+)\s+(?:jours?|semaines?|mois|ans?)(?![\p{L}])/gu,
  /(?<![\p{L}])(?:hier|aujourd['’]hui|r(?:é|e)cemment)(?![\p{L}])/gu,
  // ja: 先週, 先月, 去年, 昨日, 今日, 来週, 来月, 最近
  /先週|先月|去年|昨年|昨日|今日|来週|来月|最近/gu,
];

/**
 * The question without relative time expressions.
 *
 * @param folded the question after `basicFold` (lower case, width-folded)
 * @example
 * withoutTimeExpressions('we moved to essen last week'); // 'we moved to essen  '
 */
export function withoutTimeExpressions(folded: string): string {
  return PATTERNS.reduce((text, pattern) => text.replace(pattern, ' '), folded);
}
