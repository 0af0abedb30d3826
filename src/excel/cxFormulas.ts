/**
 * Every `=CX.…` formula the results sheets write is built here, so that each function's argument order is
 * written once. The parameter lists below follow the functions' JSDoc declarations in
 * src/functions/gapFunctions.ts and measureFunctions.ts (what Excel registers); test/excel/cxFormulas.test.ts
 * reads those declarations and fails when a list here drifts from them.
 *
 * An argument is already formula text: a range address, an array constant (`arrayConstant`), quoted text
 * (`quotedText`) or a number. Trailing optional arguments may be left out; one left out before a given one is
 * refused, because what Excel passes for an empty argument (`=CX.F(a,,c)`) is not something the sheets rely on.
 */
export const CX_PARAMETERS = {
  GAP: ["experience", "expectation", "stats"],
  KEYEXP: ["importance", "performance", "labels", "reference"],
  SERVQUAL: ["perception", "expectation", "dimensions", "weights"],
  IPA: ["importance", "performance", "labels", "crosshair"],
  ALPHA: ["items", "details", "missing", "labels"],
  DRIVERS: ["outcome", "drivers", "labels"],
  SEGMENTS: ["values", "segments", "adjust", "confidence"],
  KANO: ["functional", "dysfunctional", "labels", "answer_scale", "tie_threshold"],
  NPS: ["scores", "groups", "confidence"],
  CSAT: ["scores", "top_box", "scale_top", "groups", "confidence"],
} as const;

/** A worksheet function of the CX namespace. */
export type CxFunction = keyof typeof CX_PARAMETERS;

/** The arguments of `name`, by parameter name; text already in formula syntax, undefined where left out. */
export type CxArguments<Name extends CxFunction> = Partial<
  Record<(typeof CX_PARAMETERS)[Name][number], string | number | undefined>
>;

/**
 * The formula `=CX.<name>(…)` with `args` in the function's declared order.
 * @example
 * cxFormula("GAP", { experience: "B2:B9", expectation: "C2:C9" }) // "=CX.GAP(B2:B9,C2:C9)"
 * cxFormula("IPA", { importance: "A2:C9", performance: "D2:F9", labels: "G2:G9", crosshair: '"median"' })
 * // '=CX.IPA(A2:C9,D2:F9,G2:G9,"median")'
 */
export function cxFormula<Name extends CxFunction>(name: Name, args: CxArguments<Name>): string {
  const given = args as Partial<Record<string, string | number | undefined>>;
  const texts = CX_PARAMETERS[name].map((parameter) => {
    const value = given[parameter];
    return value === undefined ? "" : String(value);
  });
  while (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
  const gap = texts.indexOf("");
  if (gap >= 0)
    throw new Error(`=CX.${name}: ${CX_PARAMETERS[name][gap]} is missing before a given argument`);
  return `=CX.${name}(${texts.join(",")})`;
}

/**
 * An Excel array constant of one row: `{1,2,3}`, text quoted.
 * @example
 * arrayConstant([60, 40]) // "{60,40}"
 */
export function arrayConstant(values: ReadonlyArray<number | string>): string {
  return `{${values.map((v) => (typeof v === "number" ? String(v) : quotedText(v))).join(",")}}`;
}

/**
 * Text as an Excel string literal, its double quotes doubled.
 * @example
 * quotedText("median") // '"median"'
 */
export function quotedText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
