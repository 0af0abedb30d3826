/**
 * Stands in for @stdlib/math-base-special-sin in the shipped bundles (webpack's resolve.alias, see
 * webpack.config.js), as ./stdlibCos.js does for -cos. stdlib's gamma and log-gamma reach the two (gammaln
 * through sinpi) only for negative arguments, in their reflection formula, which the t and F distributions
 * never pass; yet the packages bring their own argument reduction (rempio2, with its table of 2/π) and
 * kernels, over 1 KB gzipped in functions.js. The built-in Math.sin and Math.cos are the same FreeBSD msun
 * (fdlibm) algorithms in V8, so the same doubles there (test/project/stdlibSinCos.test.ts compares them bit
 * for bit), and within an ulp in the other engines.
 */
module.exports = Math.sin;
