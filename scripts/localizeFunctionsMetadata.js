/**
 * Builds the Chinese custom-functions metadata (functions.zh-CN.json) from the generated functions.json.
 *
 * custom-functions-metadata-plugin writes functions.json from the functions' JSDoc; Excel loads a different
 * metadata file per display language through the manifest's <bt:Override Locale="zh-CN"> on
 * Functions.Metadata.Url. Only descriptions change: function ids, names and parameter names stay the same
 * in every language, so that a workbook written in one language works in the other.
 *
 * Translations live in src/functions/functions.zh-CN.json:
 *   { "GAP": { "description": "…", "parameters": { "experience": "…", … } }, … }
 * A missing translation, or one for a function or parameter that no longer exists, fails the build.
 */
const fs = require("fs");
const path = require("path");

/** Thrown with every problem found, one per line, so a single build run lists them all. */
class TranslationError extends Error {
  constructor(locale, problems) {
    super(`${locale} custom-function translations are incomplete:\n  - ${problems.join("\n  - ")}`);
    this.name = "TranslationError";
    this.problems = problems;
  }
}

function isNonEmptyString(value) {
  return typeof value === "string" && value.trim() !== "";
}

/**
 * Returns a copy of `metadata` (the parsed functions.json) with every function's and parameter's
 * description replaced by its translation. Pure: neither argument is changed.
 * Throws TranslationError when a translation is missing or empty, or names a function or parameter
 * that is not in the metadata.
 */
function localizeFunctionsMetadata(metadata, translations, locale = "zh-CN") {
  if (!metadata || !Array.isArray(metadata.functions)) {
    throw new TypeError("localizeFunctionsMetadata needs metadata with a functions array");
  }
  const problems = [];
  const known = new Map(
    metadata.functions.map((fn) => [fn.id, new Set((fn.parameters || []).map((p) => p.name))]),
  );

  const functions = metadata.functions.map((fn) => {
    const translation = translations[fn.id];
    if (!translation || typeof translation !== "object") {
      problems.push(`${fn.id}: no translation`);
      return fn;
    }
    if (!isNonEmptyString(translation.description)) problems.push(`${fn.id}: no description`);
    const parameterTexts = translation.parameters || {};
    const parameters = (fn.parameters || []).map((parameter) => {
      const text = parameterTexts[parameter.name];
      if (!isNonEmptyString(text)) {
        problems.push(`${fn.id}(${parameter.name}): no description`);
        return parameter;
      }
      return { ...parameter, description: text };
    });
    return { ...fn, description: translation.description, parameters };
  });

  for (const [id, translation] of Object.entries(translations)) {
    const parameterNames = known.get(id);
    if (!parameterNames) {
      problems.push(`${id}: translated, but there is no such function`);
      continue;
    }
    for (const name of Object.keys((translation && translation.parameters) || {})) {
      if (!parameterNames.has(name))
        problems.push(`${id}(${name}): translated, but there is no such parameter`);
    }
  }

  if (problems.length > 0) throw new TranslationError(locale, problems);
  return { ...metadata, functions };
}

const PLUGIN_NAME = "LocalizeFunctionsMetadataPlugin";

/**
 * Webpack plugin: after custom-functions-metadata-plugin has added `source` (functions.json) to the
 * compilation, emits `output` (functions.<locale>.json) translated with the texts in `translations`.
 * Works in `webpack serve` too, because it reads and writes compilation assets, not files in dist.
 */
class LocalizeFunctionsMetadataPlugin {
  constructor({ source = "functions.json", translations, output, locale = "zh-CN" }) {
    if (!translations || !output) throw new Error(`${PLUGIN_NAME} needs translations and output`);
    this.options = { source, translations: path.resolve(translations), output, locale };
  }

  apply(compiler) {
    const { webpack } = compiler;
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN_NAME, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => this.emit(compilation, webpack),
      );
    });
  }

  emit(compilation, webpack) {
    const { source, translations, output, locale } = this.options;
    compilation.fileDependencies.add(translations); // rebuild in watch mode when the texts change
    const generated = compilation.getAsset(source);
    if (!generated) {
      // custom-functions-metadata-plugin reports its own errors; without metadata there is nothing to translate
      if (compilation.errors.length === 0) {
        compilation.errors.push(new webpack.WebpackError(`${PLUGIN_NAME}: ${source} was not generated`));
      }
      return;
    }
    try {
      const metadata = JSON.parse(generated.source.source().toString());
      const texts = JSON.parse(fs.readFileSync(translations, "utf8"));
      const localized = localizeFunctionsMetadata(metadata, texts, locale);
      compilation.emitAsset(output, new webpack.sources.RawSource(JSON.stringify(localized, null, 2) + "\n"));
    } catch (err) {
      const where = path.relative(process.cwd(), translations);
      compilation.errors.push(new webpack.WebpackError(`${PLUGIN_NAME} (${where}): ${err.message}`));
    }
  }
}

module.exports = { localizeFunctionsMetadata, LocalizeFunctionsMetadataPlugin, TranslationError };
