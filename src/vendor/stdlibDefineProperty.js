/**
 * Stands in for @stdlib/utils-define-property in the shipped bundles (webpack's resolve.alias, see
 * webpack.config.js). That package chooses Object.defineProperty wherever the engine has it, and carries a
 * polyfill (with stdlib's printf for its errors) for engines that do not; every webview CX Gap runs in has it
 * (.browserslistrc), so the bundles take the built-in directly and leave the polyfill out.
 */
module.exports = Object.defineProperty;
