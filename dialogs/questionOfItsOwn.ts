/**
 * A message asked at length ("how do I register my address in Essen?", "ケルンのKitaはどう探せばいいですか？"): a
 * question mark and four words or more, or kana/Han with at least eight characters after the first. Longer than a place
 * with a word or two ("Düsseldorf?", "NRW please?"), so it is a question of its own, not the answer to a waiting
 * region or office choice.
 */
export const QUESTION_OF_ITS_OWN = /^(?=.*[?？])(?:(?:\S+\s+){3}\S|.*[\u3040-\u30ff\u4e00-\u9fff].{7,})/su;
