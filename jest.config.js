/** Unit, property and gateway tests. Browser end-to-end tests run separately (npm run test:e2e). */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true }],
  },
  moduleNameMapper: {
    // office-addin-mock pulls office-addin-manifest, whose dependencies are ESM-only and break
    // jest's CommonJS loader on Node 20; the mock never needs the manifest, so a stub stands in.
    "^office-addin-manifest$": "<rootDir>/test/stubs/officeAddinManifest.js",
    "\\.(css|png|svg)$": "<rootDir>/test/stubs/asset.js",
  },
};
