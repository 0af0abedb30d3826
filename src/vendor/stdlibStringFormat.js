/**
 * Stands in for @stdlib/string-format in the shipped bundles (webpack's resolve.alias, see webpack.config.js).
 * Of the stdlib packages CX Gap ships, only @stdlib/utils-define-property calls it, to word the TypeError it
 * throws for an invalid argument ("… Value: `%s`."), which the statistics never pass; the full package (a printf
 * parser with width, precision and flags, about 20 KB minified) would cost the functions bundle its size
 * budget. This one substitutes %s in order, as stdlib's does, and %% as a percent sign.
 *
 * @example
 * format("invalid argument. Value: `%s`.", 5) // => "invalid argument. Value: `5`."
 */
module.exports = function format(template) {
  var values = Array.prototype.slice.call(arguments, 1);
  var next = 0;
  return String(template).replace(/%([%s])/g, function (whole, kind) {
    return kind === "%" ? "%" : String(values[next++]);
  });
};
