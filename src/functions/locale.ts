/** The languages the CX functions speak: their messages and the labels they spill. */
export type Locale = "en" | "zh-CN";

/**
 * The language of Office's user interface, read when a function runs (the user may switch it):
 * any Chinese display language gives Chinese, everything else, or no Office at all (Node, tests of
 * the plain functions), gives English.
 *
 * @example
 * currentLocale() // => "en" outside Office
 */
export function currentLocale(): Locale {
  const displayLanguage =
    typeof Office !== "undefined" ? (Office.context?.displayLanguage as string | undefined) : undefined;
  return localeOf(displayLanguage);
}

/**
 * The locale for an Office language tag such as "zh-CN", "zh-Hans-SG" or "en-GB".
 *
 * @example
 * localeOf("zh-TW") // => "zh-CN"
 */
export function localeOf(languageTag: string | undefined | null): Locale {
  return typeof languageTag === "string" && /^zh\b/i.test(languageTag.trim()) ? "zh-CN" : "en";
}
