/** The two languages CX Gap speaks, in every layer: its functions, its results sheets and its pane. */
export type Language = "en" | "zh-CN";

/**
 * The language for an Office display-language tag. Every Chinese tag — simplified or traditional, any region
 * (zh-CN, zh-SG, zh-Hans-SG, zh-TW, zh-HK, zh-MO, zh-Hant) — gives Chinese, the same in the worksheet functions,
 * the results sheets and the pane; everything else, or no tag (Node, a host that does not say), gives English.
 * Office reports the display language as a tag like "en-US" or "zh-CN"
 * (https://learn.microsoft.com/javascript/api/office/office.context#office-office-context-displaylanguage-member).
 *
 * @example
 * languageOf("zh-TW") // => "zh-CN"
 * languageOf("en-GB") // => "en"
 */
export function languageOf(languageTag: string | undefined | null): Language {
  return typeof languageTag === "string" && /^zh\b/i.test(languageTag.trim()) ? "zh-CN" : "en";
}
