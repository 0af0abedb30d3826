/**
 * Sets the top-level flags of the generated custom-functions metadata (functions.json) that JSDoc cannot
 * express.
 *
 * allowErrorForDataTypeAny: without it Excel never calls a function whose range argument holds an error
 * cell; it shows that error itself, with no word on which argument it came from. The CX functions read
 * error cells on purpose (src/functions/coercion.ts) and answer with an error that names the argument.
 * Microsoft documents the flag for hand-written metadata only ("custom-functions-json"); the JSDoc
 * generator has no tag for it, so it is added after generation.
 */
const PLUGIN_NAME = "FunctionsMetadataFlagsPlugin";

const METADATA_FLAGS = Object.freeze({ allowErrorForDataTypeAny: true });

/** Returns a copy of `metadata` (parsed functions.json) with METADATA_FLAGS set. Pure. */
function withMetadataFlags(metadata) {
  if (!metadata || !Array.isArray(metadata.functions)) {
    throw new TypeError("withMetadataFlags needs metadata with a functions array");
  }
  return { ...METADATA_FLAGS, ...metadata, ...METADATA_FLAGS };
}

/**
 * Webpack plugin: rewrites the `source` asset (functions.json) with METADATA_FLAGS. List it after
 * CustomFunctionsMetadataPlugin and before LocalizeFunctionsMetadataPlugin, so that the localized
 * metadata carries the flags too (taps of one processAssets stage run in the order plugins are listed).
 */
class FunctionsMetadataFlagsPlugin {
  constructor({ source = "functions.json" } = {}) {
    this.source = source;
  }

  apply(compiler) {
    const { webpack } = compiler;
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN_NAME, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const generated = compilation.getAsset(this.source);
          if (!generated) return; // custom-functions-metadata-plugin reports its own failure
          try {
            const metadata = withMetadataFlags(JSON.parse(generated.source.source().toString()));
            compilation.updateAsset(
              this.source,
              new webpack.sources.RawSource(JSON.stringify(metadata, null, 2) + "\n"),
            );
          } catch (err) {
            compilation.errors.push(new webpack.WebpackError(`${PLUGIN_NAME}: ${err.message}`));
          }
        },
      );
    });
  }
}

module.exports = { FunctionsMetadataFlagsPlugin, withMetadataFlags, METADATA_FLAGS };
