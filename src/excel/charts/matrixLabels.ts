import { extent } from "../../core";

/** Where a data label sits relative to its point (Excel's ChartDataLabelPosition names). */
export type LabelSide = "Right" | "Left" | "Top" | "Bottom";

export interface LabelledPoint {
  x: number;
  y: number;
  /** "" for a point left unlabelled */
  text: string;
}

/** Calibri 9 in a data label: about 6 px a character (12 for a Chinese one), 14 px high, 6 px from its point */
const CHAR = 6;
const HEIGHT = 14;
const OFFSET = 6;
/** a label above or below its point clears the labels beside it (half their height, and a gap) */
const VERTICAL_OFFSET = HEIGHT / 2 + 2;
const SIDES: LabelSide[] = ["Right", "Left", "Top", "Bottom"];

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Picks a side for every label so that no two labels overlap and none leaves the plot area, trying right,
 * left, above and below each point in turn (the points come in priority order, so the most important labels
 * are placed first). The geometry is an estimate of the chart Excel draws: the axes span `bounds` over a plot
 * area of `plot` pixels, labels are a small font at about 6 px a character (9 px above or below a point), and
 * no label may cover another
 * labelled point. A label that fits nowhere goes to the right.
 *
 * @example
 * placeLabels([{ x: 0, y: 0, text: "Item 1" }, { x: 0.01, y: 0, text: "Item 2" }], { x: [-1, 1], y: [-1, 1] })
 * // => ["Right", "Left"]
 */
export function placeLabels(
  points: readonly LabelledPoint[],
  bounds: { x: [number, number]; y: [number, number] },
  plot: { width: number; height: number } = { width: 550, height: 360 },
): LabelSide[] {
  const PLOT = plot;
  const px = (p: LabelledPoint): { x: number; y: number } => ({
    x: ((p.x - bounds.x[0]) / (bounds.x[1] - bounds.x[0] || 1)) * PLOT.width,
    y: PLOT.height - ((p.y - bounds.y[0]) / (bounds.y[1] - bounds.y[0] || 1)) * PLOT.height,
  });
  const placed: Rect[] = [];
  const markers: Rect[] = points
    .filter((p) => p.text !== "")
    .map((p) => {
      const at = px(p);
      return { left: at.x - 3, right: at.x + 3, top: at.y - 3, bottom: at.y + 3 };
    });
  return points.map((point) => {
    if (point.text === "") return "Right";
    const at = px(point);
    const width = [...point.text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 * CHAR : CHAR), 0);
    const rectOf = (side: LabelSide): Rect => {
      switch (side) {
        case "Right":
          return {
            left: at.x + OFFSET,
            right: at.x + OFFSET + width,
            top: at.y - HEIGHT / 2,
            bottom: at.y + HEIGHT / 2,
          };
        case "Left":
          return {
            left: at.x - OFFSET - width,
            right: at.x - OFFSET,
            top: at.y - HEIGHT / 2,
            bottom: at.y + HEIGHT / 2,
          };
        case "Top":
          return {
            left: at.x - width / 2,
            right: at.x + width / 2,
            top: at.y - VERTICAL_OFFSET - HEIGHT,
            bottom: at.y - VERTICAL_OFFSET,
          };
        case "Bottom":
          return {
            left: at.x - width / 2,
            right: at.x + width / 2,
            top: at.y + VERTICAL_OFFSET,
            bottom: at.y + VERTICAL_OFFSET + HEIGHT,
          };
      }
    };
    const inside = (r: Rect): boolean =>
      r.left >= 0 && r.right <= PLOT.width && r.top >= 0 && r.bottom <= PLOT.height;
    const apart = (r: Rect, o: Rect): boolean =>
      r.right <= o.left || r.left >= o.right || r.bottom <= o.top || r.top >= o.bottom;
    const free = (r: Rect): boolean => placed.every((o) => apart(r, o)) && markers.every((o) => apart(r, o));
    const side =
      SIDES.find((s) => inside(rectOf(s)) && free(rectOf(s))) ??
      SIDES.find((s) => free(rectOf(s))) ??
      "Right";
    placed.push(rectOf(side));
    return side;
  });
}

/**
 * Axis bounds that span the data with a margin of a tenth of its range on each side (and include `also`,
 * e.g. the crosshair), so the points fill the chart instead of sitting in a corner of Excel's automatic axes.
 * Rounded outwards to two decimals: axis numbers a reader can take in.
 *
 * @example
 * spanning([1, 3], [2]) // => [0.8, 3.2]
 */
export function spanning(values: readonly number[], also: readonly number[] = []): [number, number] {
  const all = [...values, ...also];
  const { smallest: low, largest: high } = extent(all);
  const pad = (high - low) * 0.1 || 0.1;
  return [Math.floor((low - pad) * 100) / 100, Math.ceil((high + pad) * 100) / 100];
}
