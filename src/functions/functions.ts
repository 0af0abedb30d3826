/*
 * The CX worksheet functions (namespace CX), as plain functions importable in Node: gaps and priorities
 * (./gapFunctions: =CX.GAP, =CX.KEYEXP, =CX.SERVQUAL, =CX.IPA) and the further measures (./measureFunctions:
 * =CX.ALPHA, =CX.DRIVERS, =CX.SEGMENTS, =CX.KANO, =CX.NPS, =CX.CSAT). Excel registers them through
 * ./registerFunctions; the metadata (functions.json) is generated from the JSDoc of those two files.
 */
export * from "./gapFunctions";
export * from "./measureFunctions";
export { ExcelFunctionError } from "./excelError";
