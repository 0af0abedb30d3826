// Lint with the Office add-in rules (eslint-plugin-office-addins, which brings typescript-eslint and React rules).
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

// The Office rule set (TypeScript parser, typescript-eslint, office-addins and prettier plugins) names
// .ts but not .tsx files; the React components get the very same block.
const officeScriptRules = officeAddins.configs.recommended.find(
  (config) => config.plugins && config.plugins["@typescript-eslint"],
);

export default [
  {
    ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", "**/*.js.map"],
  },
  ...officeAddins.configs.recommended,
  ...officeAddins.configs.react,
  { ...officeScriptRules, files: ["**/*.tsx"] },
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parser: tseslint.parser },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Survey ranges arrive from Excel as any[][] on purpose (see src/functions): `any` is allowed
      // where a declaration says so, never by accident.
      "@typescript-eslint/no-explicit-any": "warn",
      // TypeScript already checks that every name exists (typescript-eslint advises this rule off).
      "no-undef": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        exports: "writable",
        __dirname: "readonly",
        __filename: "readonly",
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        URL: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
