/**
 * The five answers of a Kano question ("How do you feel if the product has X?" and "… does not have X?"),
 * in the order of Berger et al. (1993): 1 I like it, 2 I expect it (must-be), 3 I am neutral, 4 I can live
 * with it, 5 I dislike it. The 3-point form keeps 1 like, 2 neutral, 3 dislike.
 */
export type KanoAnswer = "like" | "mustBe" | "neutral" | "liveWith" | "dislike";

/** The answer scales a Kano questionnaire is given on: five answers (Berger et al. 1993) or three. */
export type KanoAnswerScale = 3 | 5;

/** The answers in the order of their 5-point codes 1–5. */
export const KANO_ANSWERS: readonly KanoAnswer[] = Object.freeze([
  "like",
  "mustBe",
  "neutral",
  "liveWith",
  "dislike",
]);

/**
 * The 5-point code (1 like … 5 dislike) of a number given on the scale: 1–5 as they are, 3-point answers
 * 1, 2, 3 as 1, 3, 5; 0 for any other number (no answer).
 *
 * @example
 * kanoAnswerCode(2, 5) // => 2 (must-be)
 * kanoAnswerCode(2, 3) // => 3 (neutral)
 * kanoAnswerCode(6, 5) // => 0
 */
export function kanoAnswerCode(value: number, scale: KanoAnswerScale): number {
  if (!Number.isInteger(value) || value < 1 || value > scale) return 0;
  return scale === 3 ? 2 * value - 1 : value;
}

/**
 * The answer texts recognised, as people type them in English and Chinese (compared without case,
 * surrounding spaces, final punctuation or a final "that way"). The Chinese follow the usual wording of
 * Chinese Kano questionnaires (喜欢 / 理所当然 / 无所谓 / 能忍受 / 不喜欢) and common variants.
 */
export const KANO_ANSWER_TEXTS: Readonly<Record<KanoAnswer, readonly string[]>> = {
  like: ["I like it", "like", "喜欢", "我喜欢", "很喜欢"],
  mustBe: ["I expect it", "It must be", "must-be", "must be", "理所当然", "理应如此", "必须如此"],
  neutral: ["I am neutral", "I'm neutral", "neutral", "无所谓", "中立", "一般"],
  liveWith: ["I can live with it", "I can tolerate it", "live with it", "能忍受", "可以忍受", "勉强接受"],
  dislike: ["I dislike it", "I don't like it", "dislike", "不喜欢", "我不喜欢", "很不喜欢"],
};

/**
 * The same text as people type it: no case, ’ as ', single inner spaces, no surrounding spaces, no final
 * . ! 。！ and no final "that way" (Berger et al. word the answers "I like it that way", …).
 */
function normalised(text: string): string {
  return text
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(/\s+/g, " ")
    .replace(/( that way)?[\s.!。！]*$/u, "")
    .trim();
}

const CODE_OF_TEXT: ReadonlyMap<string, number> = new Map(
  KANO_ANSWERS.flatMap((answer, index) =>
    KANO_ANSWER_TEXTS[answer].map((text) => [normalised(text), index + 1] as const),
  ),
);

/**
 * The 5-point code (1 like … 5 dislike) of a typed answer (see KANO_ANSWER_TEXTS), or 0 for any other text.
 *
 * @example
 * kanoAnswerCodeOfText(" I can live with it that way. ") // => 4
 * kanoAnswerCodeOfText("理所当然") // => 2
 * kanoAnswerCodeOfText("maybe") // => 0
 */
export function kanoAnswerCodeOfText(text: string): number {
  return CODE_OF_TEXT.get(normalised(text)) ?? 0;
}
