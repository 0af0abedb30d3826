import type { Compiler } from "webpack";

export declare const METADATA_FLAGS: Readonly<{ allowErrorForDataTypeAny: true }>;
export declare function withMetadataFlags<T extends { functions: unknown[] }>(
  metadata: T,
): T & { allowErrorForDataTypeAny: true };
export declare class FunctionsMetadataFlagsPlugin {
  constructor(options?: { source?: string });
  apply(compiler: Compiler): void;
}
