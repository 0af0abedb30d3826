import type { Compiler } from "webpack";

export const ASSOCIATING_LOADER: RegExp;
export class SelfRegisteringFunctionsPlugin {
  apply(compiler: Compiler): void;
}
