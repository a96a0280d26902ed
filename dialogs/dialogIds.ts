export const ROOT_DIALOG = 'root';
export const ROOT_WATERFALL = 'rootWaterfall';
export const QUESTION_DIALOG = 'question';
export const REGION_PROMPT = 'regionPrompt';
