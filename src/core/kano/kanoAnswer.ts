/**
 * The five answers of a Kano question ("How do you feel if the product has X?" and "… does not have X?"),
 * in the order of Berger et al. (1993): 1 I like it, 2 I expect it (must-be), 3 I am neutral, 4 I can live
 * with it, 5 I dislike it. The 3-point form keeps 1 like, 2 neutral, 3 dislike.
 */
export type KanoAnswer = "like" | "mustBe" | "neutral" | "liveWith" | "dislike";

/** The answer scales a Kano questionnaire is given on: five answers (Berger et al. 1993) or three. */
export type KanoAnswerScale = 3 | 5;

const FIVE_POINT: readonly KanoAnswer[] = ["like", "mustBe", "neutral", "liveWith", "dislike"];
const THREE_POINT: readonly KanoAnswer[] = ["like", "neutral", "dislike"];

/**
 * The answer a number codes on the given scale: 1–5 (or 1–3); any other number is no answer.
 *
 * @example
 * kanoAnswerOfNumber(2, 5) // => "mustBe"
 * kanoAnswerOfNumber(2, 3) // => "neutral"
 * kanoAnswerOfNumber(6, 5) // => undefined
 */
export function kanoAnswerOfNumber(value: number, scale: KanoAnswerScale): KanoAnswer | undefined {
  return (scale === 3 ? THREE_POINT : FIVE_POINT)[value - 1];
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

const ANSWER_OF_TEXT: ReadonlyMap<string, KanoAnswer> = new Map(
  (Object.keys(KANO_ANSWER_TEXTS) as KanoAnswer[]).flatMap((answer) =>
    KANO_ANSWER_TEXTS[answer].map((text) => [normalised(text), answer] as const),
  ),
);

/**
 * The answer a typed text stands for (see KANO_ANSWER_TEXTS), or undefined for any other text.
 *
 * @example
 * kanoAnswerOfText(" I can live with it that way. ") // => "liveWith"
 * kanoAnswerOfText("理所当然") // => "mustBe"
 * kanoAnswerOfText("maybe") // => undefined
 */
export function kanoAnswerOfText(text: string): KanoAnswer | undefined {
  return ANSWER_OF_TEXT.get(normalised(text));
}
