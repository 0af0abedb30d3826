/** Stands in for @stdlib/math-base-special-cos in the shipped bundles: see ./stdlibSin.js. */
module.exports = Math.cos;
