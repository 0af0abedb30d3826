import { placeLabels, spanning } from "../../src/excel/charts/matrixLabels";

// Expected sides follow from the geometry stated in placeLabels: labels 6 px a character, 14 px high,
// 6 px beside or 9 px above or below their point, over a 550 × 360 px plot; values checked by hand from those figures.
describe("matrix labels", () => {
  const bounds = { x: [-1, 1] as [number, number], y: [-1, 1] as [number, number] };

  it("puts labels of points on the same spot on different sides", () => {
    const points = ["Item 6", "Item 8", "Item 7", "Item 9"].map((text) => ({ x: 0, y: 0, text }));
    const sides = placeLabels(points, bounds);
    expect(new Set(sides).size).toBe(4);
    expect(sides).toEqual(["Right", "Left", "Top", "Bottom"]);
  });

  it("keeps a label inside the plot: a point at the right edge is labelled on its left", () => {
    expect(placeLabels([{ x: 1, y: 0, text: "Item 19" }], bounds)).toEqual(["Left"]);
  });

  it("leaves unlabelled points alone and never covers a labelled point", () => {
    // "Item 1" at the origin; "Item 2" 0.1 to its right (about 27 px): Item 1's right-hand label would cover it
    const sides = placeLabels(
      [
        { x: 0, y: 0, text: "Item 1" },
        { x: 0.1, y: 0, text: "Item 2" },
        { x: 0.5, y: 0.5, text: "" },
      ],
      bounds,
    );
    expect(sides[0]).toBe("Left");
    expect(sides[1]).toBe("Right");
  });

  it("spans the data and the crosshair with a tenth of the range on each side, rounded outwards", () => {
    expect(spanning([1, 3], [2])).toEqual([0.8, 3.2]);
    expect(spanning([-1.95, 0.25], [0])).toEqual([-2.17, 0.47]);
  });
});
