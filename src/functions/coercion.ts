/*
 * Range-to-value policies: how the CX functions read the cells Excel passes them. The cell policy
 * (which cells are answers, what an error cell does) is in ./coercionCells, on top of core's
 * worksheetFunctionAnswer; the argument policies (paired ranges, per-item values, labels, switches,
 * crosshair, reference) are in ./coercionArguments, and the SERVQUAL weights in ./coercionWeights.
 */
export * from "./coercionCells";
export * from "./coercionArguments";
export * from "./coercionWeights";
