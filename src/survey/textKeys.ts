/**
 * Lookups keyed by text a user typed (item keys from headers, dimension names, weights by dimension). Such
 * text can be any word, also one every JavaScript object already has (constructor, toString, valueOf,
 * hasOwnProperty, __proto__): a plain `record[key]` would then find Object.prototype's function, and
 * `record[key] = value` with "__proto__" would replace the record's prototype instead of storing the value.
 * So records keyed by user text are made without a prototype and read through their own properties only.
 *
 * Names are compared as Excel compares text, without regard to case ("="; only EXACT tells case apart:
 * support.microsoft.com/office/exact-function-d3087698-fc15-4a15-9631-12575cf29926), so "Service" and
 * "service" name one dimension.
 */

/**
 * An empty record for keys typed by a user: no prototype, so every key is just a key.
 *
 * @example
 * const weights = textRecord<number>();
 * weights["toString"] // => undefined (a plain {} would give Object.prototype.toString)
 */
export function textRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * The value `record` holds under `key` itself, never one inherited from Object.prototype.
 *
 * @example
 * ownValue({ speed: "service" }, "constructor") // => undefined
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * The key under which two names Excel considers equal meet ("Service" and "SERVICE").
 *
 * @example
 * textKey("Service") === textKey("SERVICE") // => true
 */
export function textKey(text: string): string {
  return text.toLowerCase();
}

/**
 * Whether Excel would call the two names equal.
 *
 * @example
 * sameText("Service", "SERVICE") // => true
 * sameText("Service", "Services") // => false
 */
export function sameText(a: string, b: string): boolean {
  return textKey(a) === textKey(b);
}

/**
 * The value for `key`, looked up as its own spelling first and then under any spelling Excel calls equal
 * (weights typed for "Service" apply to a dimension written "service").
 *
 * @example
 * valueForText({ Service: 60 }, "service") // => 60
 */
export function valueForText<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  const own = ownValue(record, key);
  if (own !== undefined || record === undefined) return own;
  const match = Object.keys(record).find((candidate) => sameText(candidate, key));
  return match === undefined ? undefined : record[match];
}
