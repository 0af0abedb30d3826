/**
 * Stands in for @stdlib/math-base-special-factorial in the shipped bundles (webpack's resolve.alias, see
 * webpack.config.js). stdlib's Student t and F distributions reach it through the incomplete beta function;
 * the package ships n! for n = 0…170 as a JSON table of 171 numbers, over 3 KB gzipped in functions.js. Here
 * the same table is computed once, when first needed: each n! exactly, in base-2^24 digits, then rounded to the
 * nearest double (ties to even), which is what each number of stdlib's table is. Non-integers go to stdlib's
 * gamma, as in the package. test/project/stdlibFactorial.test.ts compares every entry with the package's.
 */
var gamma = require("@stdlib/math-base-special-gamma");

/** the largest n whose n! is below the largest double */
var LARGEST = 170;
var BASE = 16777216; // 2^24: a digit times 170 plus a carry stays an exact double
var table;

/** bit `i` (0 = least significant) of the base-2^24 number `digits` */
function bit(digits, i) {
  return Math.floor(digits[Math.floor(i / 24)] / Math.pow(2, i % 24)) % 2;
}

/** the exact integer in `digits` rounded to the nearest double, ties to even */
function nearestDouble(digits) {
  var top = digits.length - 1;
  var length = 24 * top;
  for (var rest = digits[top]; rest >= 1; rest = Math.floor(rest / 2)) length++;
  var value = 0;
  if (length <= 53) {
    for (var j = top; j >= 0; j--) value = value * BASE + digits[j];
    return value;
  }
  var low = length - 53;
  for (var i = length - 1; i >= low; i--) value = value * 2 + bit(digits, i);
  var guard = low > 0 && bit(digits, low - 1) === 1;
  var sticky = false;
  for (var k = low - 2; k >= 0 && !sticky; k--) sticky = bit(digits, k) === 1;
  if (guard && (sticky || value % 2 === 1)) value += 1;
  return value * Math.pow(2, low);
}

function factorials() {
  var digits = [1];
  var result = [1];
  for (var n = 1; n <= LARGEST; n++) {
    var carry = 0;
    for (var d = 0; d < digits.length; d++) {
      var product = digits[d] * n + carry;
      digits[d] = product % BASE;
      carry = Math.floor(product / BASE);
    }
    while (carry > 0) {
      digits.push(carry % BASE);
      carry = Math.floor(carry / BASE);
    }
    result.push(nearestDouble(digits));
  }
  return result;
}

module.exports = function factorial(x) {
  if (x !== x) return NaN;
  if (Math.floor(x) === x) {
    if (x < 0) return NaN;
    if (x <= LARGEST) {
      if (table === undefined) table = factorials();
      return table[x];
    }
    return Infinity;
  }
  return gamma(x + 1.0);
};
