import { languageOf, type Language } from "../core";

/** The languages the CX functions speak: their messages and the labels they spill (core's one list). */
export type Locale = Language;

/** Tells the host's display language (an Office language tag), or undefined where there is no host. */
export type DisplayLanguageReader = () => string | undefined;

// Node (tests, scripts) has no host: English. The functions bundle's entry hands in Office's reader, so
// that this layer never reaches for the Office global itself and runs in Node as it is.
let readDisplayLanguage: DisplayLanguageReader = () => undefined;

/**
 * Sets how the functions learn the display language. Called once by the bundle's entry
 * (src/entries/functions.ts) with the excel layer's reader; tests hand in their own.
 * Returns the reader it replaces, so that a caller can put it back.
 */
export function readDisplayLanguageWith(reader: DisplayLanguageReader): DisplayLanguageReader {
  const previous = readDisplayLanguage;
  readDisplayLanguage = reader;
  return previous;
}

/**
 * The language of Office's user interface, read each time a function runs (the user may switch it):
 * any Chinese display language gives Chinese, everything else, or no host at all, gives English.
 *
 * @example
 * currentLocale() // => "en" outside Office
 */
export function currentLocale(): Locale {
  let languageTag: string | undefined;
  try {
    languageTag = readDisplayLanguage();
  } catch {
    languageTag = undefined; // a host that cannot say: English, rather than a failed function
  }
  return localeOf(languageTag);
}

/**
 * The locale for an Office language tag such as "zh-CN", "zh-Hans-SG" or "en-GB": core's `languageOf`, so the
 * functions, the results sheets and the pane always agree.
 *
 * @example
 * localeOf("zh-TW") // => "zh-CN"
 */
export const localeOf = languageOf;
