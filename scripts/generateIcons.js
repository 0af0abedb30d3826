/**
 * Draws the add-in's icons (assets/icon-16.png … icon-128.png): a teal rounded square holding two white
 * bars, a tall one (expectation) and a shorter one (experience), with a thin line at the top of the tall
 * bar marking the gap between them.
 *
 * The PNGs are checked in; run `node scripts/generateIcons.js` after changing the drawing.
 * Shapes are sampled 4 × 4 times per pixel so that edges stay smooth at 16 px.
 */
const fs = require("fs");
const path = require("path");
const { encodePng } = require("./png");

const SIZES = [16, 32, 64, 80, 128];
const TEAL = [3, 131, 135]; // Fluent "teal" shade, readable on light and dark ribbons
const WHITE = [255, 255, 255];
const SUBSAMPLES = 4;

/** Shapes on a unit square (0..1), painted in order; later shapes cover earlier ones. */
const SHAPES = [
  { color: TEAL, inside: (x, y) => insideRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2) },
  // tall bar: expectation
  { color: WHITE, inside: (x, y) => insideRoundedRect(x, y, 0.22, 0.24, 0.44, 0.8, 0.04) },
  // short bar: experience
  { color: WHITE, inside: (x, y) => insideRoundedRect(x, y, 0.56, 0.52, 0.78, 0.8, 0.04) },
  // gap line from the top of the tall bar across the short one
  { color: WHITE, inside: (x, y) => x >= 0.5 && x <= 0.84 && y >= 0.24 && y <= 0.285 },
];

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** RGBA pixels of the icon at `size` × `size`, straight (not premultiplied) alpha. */
function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      let red = 0;
      let green = 0;
      let blue = 0;
      let coverage = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (col + (sx + 0.5) / SUBSAMPLES) / size;
          const y = (row + (sy + 0.5) / SUBSAMPLES) / size;
          let color;
          for (const shape of SHAPES) if (shape.inside(x, y)) color = shape.color;
          if (color) {
            red += color[0];
            green += color[1];
            blue += color[2];
            coverage++;
          }
        }
      }
      const offset = (row * size + col) * 4;
      if (coverage > 0) {
        rgba[offset] = Math.round(red / coverage);
        rgba[offset + 1] = Math.round(green / coverage);
        rgba[offset + 2] = Math.round(blue / coverage);
        rgba[offset + 3] = Math.round((255 * coverage) / SUBSAMPLES ** 2);
      }
    }
  }
  return rgba;
}

function main() {
  const assets = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(assets, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(assets, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, drawIcon(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();

module.exports = { drawIcon, SIZES };
