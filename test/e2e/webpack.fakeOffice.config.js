/** Bundles the Office/Excel test double (fakeOffice.entry.ts) as one classic script for the e2e test. */
const path = require("path");

module.exports = (outputPath) => ({
  mode: "production",
  target: "web",
  entry: path.resolve(__dirname, "fakeOffice.entry.ts"),
  output: { path: outputPath, filename: "fake-office.js", clean: false },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true } },
      },
    ],
  },
  devtool: false,
  performance: { hints: false },
});
