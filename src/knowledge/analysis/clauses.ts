/**
 * The clauses of a chat message: people put the question and its context in one message ("how much capital for a
 * gmbh in cologne? we're a small team from osaka", "Kölnで見本市に出たい。どんなメッセがある？"). Split at sentence ends
 * (. ? ! 。 ？ ！ …; a full stop only after a word of three letters or a digit, so "U.S." and "z. B." stay whole), semicolons, line breaks and dashes set off by spaces; empty parts dropped. One clause when
 * there is nothing to split at.
 *
 * @example
 * clausesOf("how much capital for a gmbh in cologne? we're a small team from osaka");
 * // ['how much capital for a gmbh in cologne', "we're a small team from osaka"]
 */
export function clausesOf(text: string): string[] {
  return text
    .split(/[?？!！。;；\n]+|(?<=\p{L}{3}|\d)\.(?=\s|$)|\s[–—-]\s|…/u)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
