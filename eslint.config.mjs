// Lint with the Office add-in rules (eslint-plugin-office-addins, which brings typescript-eslint and React rules).
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

// The Office rule set (TypeScript parser, typescript-eslint, office-addins and prettier plugins) names
// .ts but not .tsx files; the React components get the very same block.
const officeScriptRules = officeAddins.configs.recommended.find(
  (config) => config.plugins && config.plugins["@typescript-eslint"],
);

// The layers, enforced (see docs/architecture.md): core ← survey ← functions / excel ← taskpane. Each folder
// names what it may not import; the survey model is reached only through its index.
const layer = (name) => [`**/${name}`, `**/${name}/**`, `../${name}`, `../../${name}`, `../../../${name}`];
const noUi = [
  {
    group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"],
    message: "UI belongs in src/taskpane.",
  },
];
const surveyInternals = {
  group: ["**/survey/*"],
  message: "Import the survey model through its index (src/survey), not its files.",
};
// Office, Excel and the page exist only where the excel layer and the pane run; the statistics, the survey
// model and the worksheet functions must run in Node as they are.
const hostGlobals = ["Office", "Excel", "document", "window"].map((name) => ({
  name,
  message: `${name} belongs in src/excel (the only code that calls Office); hand what is needed in as an argument.`,
}));
const layerRules = [
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...noUi,
            {
              group: [...layer("survey"), ...layer("functions"), ...layer("excel"), ...layer("taskpane")],
              message: "core imports nothing of ours: it is the bottom layer.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...hostGlobals],
    },
  },
  {
    files: ["src/survey/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...noUi,
            {
              group: [...layer("functions"), ...layer("excel"), ...layer("taskpane")],
              message: "survey imports only core.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...hostGlobals],
    },
  },
  {
    files: ["src/functions/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...noUi,
            surveyInternals,
            {
              group: [...layer("survey"), ...layer("excel"), ...layer("taskpane")],
              message: "functions import only core.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...hostGlobals],
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...noUi,
            surveyInternals,
            {
              group: [...layer("functions"), ...layer("taskpane")],
              message: "excel imports core and survey only.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            surveyInternals,
            { group: [...layer("functions")], message: "the pane does not call worksheet functions." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel"].map((name) => ({
          name,
          message: `${name} is reached through src/excel and the pane's hooks.`,
        })),
      ],
    },
  },
];

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
  ...layerRules,
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: {
      // A spread passes every element as an argument, and V8 refuses calls with more than about 10^5 of them
      // ("Maximum call stack size exceeded"): a survey of 200,000 respondents did exactly that. Use core's
      // extent(), or a loop.
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "CallExpression[callee.object.name='Math'][callee.property.name=/^(min|max)$/] > SpreadElement",
          message:
            "Math.min/max(...values) overflows the stack on large arrays: use extent() from core, or a loop.",
        },
      ],
    },
  },
];
