/**
 * Dimension names are compared as Excel compares text, without regard to case (only EXACT tells case apart:
 * support.microsoft.com/office/exact-function-d3087698-fc15-4a15-9631-12575cf29926): "Service" and "service"
 * are one dimension, spelled as its first item spells it. Expected means: the STORE_SURVEY answers of speed
 * and staff pooled by hand (as in the other dimension tests, NumPy 1.x mean over paired answers).
 */
import {
  analyzeSurvey,
  defaultSettings,
  detectColumnRoles,
  sameText,
  textKey,
  valueForText,
} from "../../src/survey";
import { STORE_SURVEY } from "./fixtures";

const settingsWith = (dimensionOfItem: Record<string, string>, weights?: Record<string, number>) => ({
  ...defaultSettings(STORE_SURVEY, detectColumnRoles(STORE_SURVEY)),
  dimensionOfItem,
  ...(weights ? { weights } : {}),
});

describe("dimension names that differ only in case", () => {
  it("are one dimension, as Excel compares text", () => {
    const mixed = analyzeSurvey(
      STORE_SURVEY,
      settingsWith({ speed: "Service", staff: "SERVICE", price: "price" }),
    );
    const same = analyzeSurvey(
      STORE_SURVEY,
      settingsWith({ speed: "Service", staff: "Service", price: "price" }),
    );
    expect(mixed.dimensions.map((d) => d.key)).toEqual(["Service", "price"]);
    expect(mixed.dimensions).toEqual(same.dimensions);
    expect(mixed.items.map((i) => i.dimension)).toEqual(["Service", "Service", "price"]);
  });

  it("take weights typed under another case", () => {
    const analysis = analyzeSurvey(
      STORE_SURVEY,
      settingsWith({ speed: "Service", staff: "service", price: "Price" }, { service: 60, PRICE: 40 }),
    );
    expect(analysis.dimensions.map((d) => d.weight)).toEqual([0.6, 0.4]);
    expect(analysis.problems.filter((p) => p.code === "invalidWeights")).toEqual([]);
  });

  it("meet under one key", () => {
    expect(sameText("Tangibles", "TANGIBLES")).toBe(true);
    expect(sameText("Tangibles", "Tangible")).toBe(false);
    expect(textKey("Überall")).toBe(textKey("ÜBERALL"));
    expect(valueForText({ Service: 1 }, "constructor")).toBeUndefined();
  });
});
