/**
 * The dimensions named by a list of item labels, as Excel compares text: without regard to case
 * ("MATCH does not distinguish between uppercase and lowercase letters":
 * https://support.microsoft.com/en-us/office/match-function-e8dffd45-c762-47d6-bf89-533f4a37673a), so
 * "Tangibles" and "TANGIBLES" are one dimension, named as first written. Dimensions are numbered in
 * order of first appearance; the lookup is a Map, so labels such as "constructor" or "__proto__" are
 * labels like any other.
 *
 * @example
 * groupDimensions(["Tangibles", "Empathy", "tangibles"])
 * // => { names: ["Tangibles", "Empathy"], indexOfItem: Int32Array [0, 1, 0] }
 */
export function groupDimensions(dimensionOfItem: readonly string[]): {
  names: string[];
  indexOfItem: Int32Array;
} {
  const names: string[] = [];
  const indexOfItem = new Int32Array(dimensionOfItem.length);
  const indexOfKey = new Map<string, number>();
  for (let j = 0; j < dimensionOfItem.length; j++) {
    const label = dimensionOfItem[j]!;
    const key = label.toLowerCase();
    let index = indexOfKey.get(key);
    if (index === undefined) {
      index = names.length;
      indexOfKey.set(key, index);
      names.push(label);
    }
    indexOfItem[j] = index;
  }
  return { names, indexOfItem };
}
