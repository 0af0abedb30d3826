import { enUS, type Messages } from "./enUS";
import { zhCN } from "./zhCN";

export type Language = "en-US" | "zh-CN";

/**
 * The pane's language for an Office display-language tag: any Chinese tag ("zh-CN", "zh-TW", "zh-Hans-SG")
 * gives Chinese; everything else, or no tag at all, gives English.
 *
 * @example
 * languageOf("zh-cn") // => "zh-CN"
 */
export function languageOf(displayLanguage: string | undefined | null): Language {
  return typeof displayLanguage === "string" && /^zh\b/i.test(displayLanguage.trim()) ? "zh-CN" : "en-US";
}

const CATALOGUE: Readonly<Record<Language, Messages>> = { "en-US": enUS, "zh-CN": zhCN };

export function messagesFor(language: Language): Messages {
  return CATALOGUE[language];
}

export type { Messages };
