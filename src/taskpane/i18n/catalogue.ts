import { languageOf as coreLanguageOf } from "../../core";
import { enUS, type Messages } from "./enUS";

export type Language = "en-US" | "zh-CN";

/**
 * The pane's language for an Office display-language tag: any Chinese tag ("zh-CN", "zh-TW", "zh-Hans-SG")
 * gives Chinese; everything else, or no tag at all, gives English.
 *
 * @example
 * languageOf("zh-cn") // => "zh-CN"
 */
export function languageOf(displayLanguage: string | undefined | null): Language {
  // core decides for every layer (functions, results sheets, pane); the pane names English by its catalogue
  return coreLanguageOf(displayLanguage) === "zh-CN" ? "zh-CN" : "en-US";
}

/** The messages of a language; Chinese loads on demand, so English-speaking panes do not carry it. */
export async function loadMessages(language: Language): Promise<Messages> {
  if (language === "en-US") return enUS;
  const { zhCN } = await import(/* webpackChunkName: "messages-zh-CN" */ "./zhCN");
  return zhCN;
}

export type { Messages };
