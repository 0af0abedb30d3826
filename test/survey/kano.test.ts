import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { asExcelShows } from "../../src/core/asExcelShows";
import { kanoClassification, kanoCounts } from "../../src/core";
import {
  analyzeSurvey,
  defaultSettings,
  detectColumnRoles,
  readKanoHeader,
  type Cell,
  type KanoFeatureResult,
  type RawSurvey,
} from "../../src/survey";
import reference from "../e2e/sample-kano-reference.json";
import { sampleRawSurvey } from "../taskpane/sampleSurvey";
import { assertProperty } from "../seededProperty";

const LETTER = {
  M: "mustBe",
  O: "oneDimensional",
  A: "attractive",
  I: "indifferent",
  R: "reverse",
  Q: "questionable",
};

describe("Kano question headers, in English and Chinese", () => {
  it.each([
    ["K1 功能 Free Wi-Fi 免费无线网络", "functional", "1", "Free Wi-Fi 免费无线网络"],
    ["K1 反向 Free Wi-Fi 免费无线网络", "dysfunctional", "1", "Free Wi-Fi 免费无线网络"],
    ["Kano 2 功能缺失", "dysfunctional", "2", undefined],
    ["K12 正向：自助结账", "functional", "12", "自助结账"],
    ["反向 生日惊喜", "dysfunctional", "生日惊喜", "生日惊喜"],
    ["如果没有送货上门", "dysfunctional", "送货上门", "送货上门"],
    ["如果有送货上门", "functional", "送货上门", "送货上门"],
    ["F_speed", "functional", "speed", "speed"],
    ["D_speed", "dysfunctional", "speed", "speed"],
    ["speed-D", "dysfunctional", "speed", "speed"],
    ["F1", "functional", "1", undefined],
    ["Fast checkout (F)", "functional", "fast checkout", "Fast checkout"],
    ["Birthday gift (if present)", "functional", "birthday gift", "Birthday gift"],
    ["Birthday gift (If not present)", "dysfunctional", "birthday gift", "Birthday gift"],
    ["Birthday gift - if absent", "dysfunctional", "birthday gift", "Birthday gift"],
    ["Q3 functional", "functional", "3", undefined],
    ["Q3 dysfunctional", "dysfunctional", "3", undefined],
    ["Delivery: negative", "dysfunctional", "delivery", "Delivery"],
  ])("%s is the %s question of feature %s", (header, side, feature, wording) => {
    const reading = readKanoHeader(header);
    expect(reading).toEqual(wording === undefined ? { side, feature } : { side, feature, wording });
  });

  it.each([
    "E1 Modern equipment 设备现代化",
    "Overall satisfaction",
    "Delivery",
    "门店 Store",
    "Importance_3",
    "Food",
  ])("%s is no Kano question", (header) => expect(readKanoHeader(header)).toBeUndefined());
});

/** A small survey: E/P items, and Kano pairs in three header styles. */
function kanoSurvey(headers: string[], rows: Cell[][]): RawSurvey {
  return { sheetName: "Survey", address: "A1:Z99", headers, rows };
}

describe("detecting Kano pairs", () => {
  it("takes a header's Kano reading only with its partner and answers that read as Kano answers", () => {
    const survey = kanoSurvey(
      ["ID", "E1", "P1", "F_speed", "D_speed", "F_price", "Recommend F_score", "D_score"],
      [
        [1, 4, 5, 1, 5, 2, 9, 1],
        [2, 5, 4, 2, 5, 4, 10, 2],
        [3, 3, 3, 1, 3, 1, 0, 3],
      ],
    );
    const layout = detectColumnRoles(survey);
    expect(layout.columns.map((c) => c.role)).toEqual([
      "respondentId",
      "expectation",
      "perception",
      "kanoFunctional",
      "kanoDysfunctional",
      // no partner: left to the other readings (nothing says what it is)
      "ignore",
      // 0–10 answers are no Kano answers, so neither score column is a Kano question; the one whose header
      // says "Recommend" is the NPS question
      "recommend",
      "ignore",
    ]);
    expect(layout.kanoFeatures).toEqual([{ feature: "speed", functionalColumn: 3, dysfunctionalColumn: 4 }]);
    expect(layout.kanoScale).toBe(5);
    expect(layout.pairs).toHaveLength(1);
  });

  it("detects the 3-point form when every number is 1–3, and reads answer texts in both languages", () => {
    const threePoint = kanoSurvey(
      ["E1", "P1", "K1 正向", "K1 反向"],
      [
        [4, 5, 1, 3],
        [5, 4, 2, 3],
        [3, 3, 1, 2],
      ],
    );
    const layout = detectColumnRoles(threePoint);
    expect(layout.kanoScale).toBe(3);
    const settings = defaultSettings(threePoint, layout);
    expect(settings.kanoScale).toBe(3);
    // 3-point: (1,3) like/dislike O, (2,3) neutral/dislike M, (1,2) like/neutral A
    const feature = analyzeSurvey(threePoint, settings).kano!.features[0]!;
    expect(feature.counts).toEqual({
      mustBe: 1,
      oneDimensional: 1,
      attractive: 1,
      indifferent: 0,
      reverse: 0,
      questionable: 0,
    });

    const texts = kanoSurvey(
      ["E1", "P1", "送货上门 (if present)", "送货上门 (if absent)"],
      [
        [4, 5, "喜欢", "不喜欢"],
        [5, 4, "理所当然", "I dislike it"],
        [3, 3, "I like it that way.", "无所谓"],
        [4, 4, "能忍受", "能忍受"],
        // one cell in five that is no answer still leaves the column a Kano question (80 % read)
        [3, 3, "maybe", "无所谓"],
      ],
    );
    const textLayout = detectColumnRoles(texts);
    expect(textLayout.kanoFeatures).toHaveLength(1);
    const analysis = analyzeSurvey(texts, defaultSettings(texts, textLayout, "zh-CN"));
    expect(analysis.kano!.features[0]!.name).toBe("送货上门");
    expect(analysis.kano!.features[0]!.n).toBe(4);
    expect(analysis.problems).toContainEqual({
      code: "kanoAnswersUnread",
      severity: "warning",
      column: 2,
      header: "送货上门 (if present)",
      count: 1,
    });
  });
});

/**
 * The sample survey (scripts/make-sample-workbook.ts): the figures come from test/fixtures/kano_reference.py
 * (Python 3 and NumPy, its own Berger table, tie rule and Fong test), written to test/e2e/sample-kano-reference.json.
 */
describe("the sample survey's Kano features against the Python reference", () => {
  const survey = sampleRawSurvey();
  const layout = detectColumnRoles(survey);

  it("finds the six features without touching the 22 gap items", () => {
    expect(layout.pairs).toHaveLength(22);
    expect(layout.kanoFeatures.map((f) => f.feature)).toEqual([
      "1",
      "2",
      "error free records 记录准确无误",
      "birthday surprise 生日惊喜",
      "免费无线网络 free wi fi",
      "6",
    ]);
    expect(layout.kanoScale).toBe(5);
  });

  for (const language of ["en", "zh-CN"] as const) {
    it(`gives the reference's counts, category, strengths, Better, Worse and significance (${language})`, () => {
      const analysis = analyzeSurvey(survey, defaultSettings(survey, layout, language));
      const features = analysis.kano!.features;
      expect(features).toHaveLength(reference.features.length);
      reference.features.forEach((expected, i) => {
        const actual = features[i]!;
        expect(actual.functionalHeader).toBe(expected.functional);
        expect(actual.n).toBe(expected.n);
        expect(actual.counts).toEqual(
          Object.fromEntries(
            Object.entries(expected.counts).map(([k, v]) => [LETTER[k as keyof typeof LETTER], v]),
          ),
        );
        expect(actual.category).toBe(LETTER[expected.category as keyof typeof LETTER]);
        expect(asExcelShows(actual.categoryStrength)).toBe(asExcelShows(expected.categoryStrength));
        expect(asExcelShows(actual.totalStrength)).toBe(asExcelShows(expected.totalStrength));
        expect(asExcelShows(actual.better!)).toBe(asExcelShows(expected.better));
        expect(asExcelShows(actual.worse!)).toBe(asExcelShows(expected.worse));
        expect(actual.significant).toBe(expected.significant);
      });
      const names = features.map((f) => f.name);
      expect(names).toEqual(
        language === "en"
          ? [
              "Keeps promises",
              "Prompt service",
              "Error-free records",
              "Birthday surprise",
              "Free Wi-Fi",
              "Personal shopper",
            ]
          : ["按时兑现承诺", "服务迅速", "记录准确无误", "生日惊喜", "免费无线网络", "私人导购"],
      );
    });
  }

  it("links the features that are gap items by name, and names the attractive ones with high Better", () => {
    const analysis = analyzeSurvey(survey, defaultSettings(survey, layout, "zh-CN"));
    const link = (f: KanoFeatureResult): [string, string | undefined, string | undefined] => [
      f.feature,
      f.item,
      f.kind,
    ];
    expect(analysis.kano!.features.map(link)).toEqual([
      ["1", "5", "basic"],
      ["2", "11", "expected"],
      ["error free records 记录准确无误", "9", "basic"],
      ["birthday surprise 生日惊喜", undefined, "excitement"],
      ["免费无线网络 free wi fi", undefined, undefined],
      ["6", undefined, "excitement"],
    ]);
    expect(analysis.kano!.delightCandidates.map((c) => [c.name, asExcelShows(c.better)])).toEqual([
      ["生日惊喜", asExcelShows(reference.features[3]!.better)],
      ["私人导购", asExcelShows(reference.features[5]!.better)],
    ]);
  });

  it("puts the unmet basic expectations first in the one ranking, with the reason, each below expectation", () => {
    const analysis = analyzeSurvey(survey, defaultSettings(survey, layout));
    const [first, second, ...rest] = analysis.priorities;
    expect([first!.item, second!.item]).toEqual(["5", "9"]);
    expect([first!.reason, second!.reason]).toEqual(["unmetBasic", "unmetBasic"]);
    // the reference's paired gaps of P5 and P9: both below expectation
    expect(asExcelShows(first!.gap)).toBe(asExcelShows(reference.features[0]!.gap!));
    expect(asExcelShows(second!.gap)).toBe(asExcelShows(reference.features[2]!.gap!));
    expect(rest.every((p) => p.reason === undefined)).toBe(true);
    expect(rest.find((p) => p.item === "11")?.kanoKind).toBe("expected");
    expect(first!.fixFirst && second!.fixFirst).toBe(true);
    // without the Kano columns, item 5 and 9 are not first: the rule, not the data, put them there
    const withoutKano = analyzeSurvey(survey, {
      ...defaultSettings(survey, layout),
      roles: defaultSettings(survey, layout).roles.filter((r) => !r.role.startsWith("kano")),
    });
    expect(withoutKano.kano).toBeUndefined();
    expect(withoutKano.priorities.slice(0, 2).map((p) => p.item)).not.toEqual(["5", "9"]);
  });
});

describe("a survey's Kano features, whatever the header style and the answer form (seeded property)", () => {
  const STYLES: ReadonlyArray<(n: number) => [string, string]> = [
    (n) => [`K${n} 功能`, `K${n} 反向`],
    (n) => [`F_feature${n}`, `D_feature${n}`],
    (n) => [`Feature ${n} word (if present)`, `Feature ${n} word (if absent)`],
    (n) => [`正向 功能点${n}`, `反向 功能点${n}`],
  ];
  const TEXTS = [
    ["I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it"],
    ["喜欢", "理所当然", "无所谓", "能忍受", "不喜欢"],
  ];

  it("classifies each feature as core does over the answers' codes, with the columns in any order", () => {
    const answer = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(0));
    assertProperty(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 })), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.array(fc.array(fc.tuple(answer, answer), { minLength: 4, maxLength: 4 }), {
          minLength: 5,
          maxLength: 30,
        }),
        fc.boolean(),
        (features, respondents, reversed) => {
          const headers: string[] = ["E1", "P1"];
          const functionalCodes: number[][] = features.map(() => []);
          const dysfunctionalCodes: number[][] = features.map(() => []);
          const columns: Array<{ header: string; cell: (r: number) => Cell }> = [];
          features.forEach(([style, form], f) => {
            const [fh, dh] = STYLES[style]!(f + 1);
            const cellOf = (code: number): Cell =>
              code === 0 ? "" : form === 0 ? code : (TEXTS[form - 1]![code - 1] ?? "");
            respondents.forEach((pairs) => {
              functionalCodes[f]!.push(pairs[f]![0]);
              dysfunctionalCodes[f]!.push(pairs[f]![1]);
            });
            columns.push({ header: fh, cell: (r) => cellOf(respondents[r]![f]![0]) });
            columns.push({ header: dh, cell: (r) => cellOf(respondents[r]![f]![1]) });
          });
          if (reversed) columns.reverse();
          headers.push(...columns.map((c) => c.header));
          const rows = respondents.map((_, r) => [4, 5, ...columns.map((c) => c.cell(r))] as Cell[]);
          // a column needs answers to be read as Kano answers; an empty one stays unread
          const survey = kanoSurvey(headers, rows);
          const layout = detectColumnRoles(survey);
          const analysis = analyzeSurvey(survey, { ...defaultSettings(survey, layout), kanoScale: 5 });
          features.forEach((_, f) => {
            const counts = kanoCounts(functionalCodes[f]!, dysfunctionalCodes[f]!);
            const n = Object.values(counts).reduce((a, b) => a + b, 0);
            const filled = (codes: number[]): boolean => codes.some((c) => c !== 0);
            const found = analysis.kano?.features.find(
              (r) => r.functionalHeader === STYLES[features[f]![0]]!(f + 1)[0],
            );
            if (!filled(functionalCodes[f]!) || !filled(dysfunctionalCodes[f]!) || n === 0) {
              expect(found).toBeUndefined();
              return;
            }
            expect(found?.counts).toEqual(counts);
            expect(found?.category).toBe(kanoClassification(counts).category);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
