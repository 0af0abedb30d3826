import type { Compiler } from "webpack";

export interface FunctionsMetadata {
  functions: Array<{
    id: string;
    name: string;
    description?: string;
    parameters?: Array<{ name: string; description?: string; [key: string]: unknown }>;
    [key: string]: unknown;
  }>;
  [key: string]: unknown;
}

/** Chinese (or other) texts: function id → description and parameter name → description. */
export type FunctionTranslations = Record<
  string,
  { description?: string; parameters?: Record<string, string> }
>;

export class TranslationError extends Error {
  readonly problems: string[];
}

export function localizeFunctionsMetadata<T extends FunctionsMetadata>(
  metadata: T,
  translations: FunctionTranslations,
  locale?: string,
): T;

export class LocalizeFunctionsMetadataPlugin {
  constructor(options: { source?: string; translations: string; output: string; locale?: string });
  apply(compiler: Compiler): void;
}
