import { describe, expect, it } from "@jest/globals";
import { analyzeSurvey, defaultSettings, detectColumnRoles } from "../../src/survey";
import type { AnalysisSettings, Cell, RawSurvey } from "../../src/survey";
import { STORE_SURVEY } from "./fixtures";

/** The store survey plus a 0–10 recommend column: Downtown 10, 9, 5; Airport 6, 7, 8; Mall 3, 10. */
const RECOMMEND = [10, 6, 9, 7, 3, 10, 8, 5];

function withRecommend(header: string, survey: RawSurvey = STORE_SURVEY): RawSurvey {
  return {
    ...survey,
    headers: [...survey.headers, header],
    rows: survey.rows.map((row, r) => [...row, RECOMMEND[r] ?? null] as Cell[]),
  };
}

function settingsFor(survey: RawSurvey): AnalysisSettings {
  return {
    ...defaultSettings(survey, detectColumnRoles(survey)),
    dimensionOfItem: { speed: "service", staff: "service", price: "price" },
  };
}

/** The store survey with Chinese headers and store names, as a Chinese export has them. */
const CHINESE_STORE_SURVEY: RawSurvey = {
  ...STORE_SURVEY,
  headers: [
    "受访者编号",
    "门店",
    "速度期望",
    "速度体验",
    "速度重要性",
    "员工期望",
    "员工体验",
    "员工重要性",
    "价格期望",
    "价格体验",
    "价格重要性",
    "总体满意度",
  ],
  rows: STORE_SURVEY.rows.map((row) => [
    row[0] ?? null,
    { "=Downtown": "市中心店", Airport: "机场店", "+Mall": "商场店" }[String(row[1])] ?? null,
    ...row.slice(2),
  ]),
};

// Reference (R 4.x, base only; script in the test's comments):
//   rec <- c(10, 6, 9, 7, 3, 10, 8, 5); ov <- c(4, 3, 4, 4, 2, 5, 4, 3); seg <- c("D","A","D","A","M","M","A","D")
//   nps(x): s <- ifelse(x >= 9, 1, ifelse(x >= 7, 0, -1)); 100 * mean(s); se = 100 * sqrt(mean((s - mean(s))^2) / n)
//   segment vs rest: z = (NPS_g − NPS_rest) / sqrt(se_g² + se_rest²), p = 2 * pnorm(-abs(z)), p.adjust(p, "holm")
//   CSAT (top 2 of 1–5: 4 and 5): prop.test(x, n, correct = FALSE)$conf.int (Wilson);
//   segment vs rest: prop.test(c(x_g, x_rest), c(n_g, n_rest), correct = FALSE)$p.value, p.adjust(p, "holm")
describe.each([
  ["English headers", withRecommend("Likelihood to recommend (0-10)"), ["=Downtown", "Airport", "+Mall"]],
  [
    "Chinese headers",
    withRecommend("推荐意愿（0-10分）", CHINESE_STORE_SURVEY),
    ["市中心店", "机场店", "商场店"],
  ],
])("NPS and CSAT in the analysis, %s (reference: R prop.test, pnorm, p.adjust)", (_, survey, stores) => {
  const analysis = analyzeSurvey(survey, settingsFor(survey));
  const headline = analysis.headline!;

  it("finds the recommend column and scores NPS with its 95 % interval", () => {
    const roles = detectColumnRoles(survey).columns;
    expect(roles[12]?.role).toBe("recommend");
    expect(headline.nps?.header).toBe(survey.headers[12]);
    const nps = headline.nps!.overall;
    expect(nps.n).toBe(8);
    expect([nps.promoters, nps.passives, nps.detractors]).toEqual([3 / 8, 2 / 8, 3 / 8]);
    expect(nps.nps).toBeCloseTo(0, 12);
    expect(nps.se).toBeCloseTo(30.618621784789724, 12);
    expect(nps.ciLow).toBeCloseTo(-60.011395954441355, 11);
    expect(nps.ciHigh).toBeCloseTo(60.011395954441355, 11);
  });

  it("scores each store's NPS against the rest, Holm-adjusted", () => {
    const segments = headline.nps!.segments!;
    expect(segments.map((s) => s.segment)).toEqual(stores);
    expect(headline.segmentHeader).toBe(survey.headers[1]);
    const [downtown, airport, mall] = segments;
    expect(downtown!.nps).toBeCloseTo(33.333333333333329, 11);
    expect(downtown!.se).toBeCloseTo(54.433105395181734, 11);
    expect(downtown!.ciHigh).toBe(100);
    expect(downtown!.versusRest!.z).toBeCloseTo(0.83466270357390493, 12);
    expect(downtown!.versusRest!.p).toBeCloseTo(0.40390764664748324, 12);
    expect(downtown!.versusRest!.adjustedP).toBeCloseTo(0.90348559225234637, 12);
    expect(airport!.nps).toBeCloseTo(-33.333333333333329, 11);
    expect(airport!.ciHigh).toBeCloseTo(20.010129737281211, 11);
    expect(airport!.versusRest!.z).toBeCloseTo(-1.0339450257428349, 12);
    expect(airport!.versusRest!.adjustedP).toBeCloseTo(0.90348559225234637, 12);
    expect(mall!.versusRest).toMatchObject({ difference: 0, z: 0, p: 1, adjustedP: 1, significant: false });
    expect(segments.some((s) => s.versusRest?.significant)).toBe(false);
  });

  it("takes CSAT as the top two points of the satisfaction scale, with Wilson's interval", () => {
    const csat = headline.csat!;
    expect(csat.header).toBe(survey.headers[11]);
    expect(csat.scale).toEqual({ bottom: 1, top: 5 });
    expect(csat.satisfiedFrom).toBe(4);
    expect(csat.overall).toMatchObject({ n: 8, satisfied: 5, csat: 5 / 8 });
    expect(csat.overall.ciLow).toBeCloseTo(0.30574239460262742, 13);
    expect(csat.overall.ciHigh).toBeCloseTo(0.86315571417640269, 13);
    const [downtown, airport, mall] = csat.segments!;
    expect(downtown).toMatchObject({ segment: stores[0], n: 3, satisfied: 2 });
    expect(downtown!.ciLow).toBeCloseTo(0.20765960080204782, 13);
    expect(downtown!.ciHigh).toBeCloseTo(0.93850805527960379, 13);
    expect(downtown!.versusRest!.p).toBeCloseTo(0.85043626831234653, 12);
    expect(airport!.versusRest!.p).toBeCloseTo(0.85043626831234653, 12);
    expect(mall).toMatchObject({ n: 2, satisfied: 1 });
    expect(mall!.ciLow).toBeCloseTo(0.094531205734230739, 13);
    expect(mall!.versusRest!.p).toBeCloseTo(0.67328997965999582, 12);
    expect(csat.segments!.map((s) => s.versusRest!.adjustedP)).toEqual([1, 1, 1]);
  });
});

describe("NPS answers that are not 0–10", () => {
  it("leaves out 11, 7.5 and text, and says how many", () => {
    const survey = withRecommend("NPS");
    const rows = survey.rows.map((row) => [...row]);
    rows[0]![12] = 11;
    rows[1]![12] = 7.5;
    rows[2]![12] = "n/a";
    const analysis = analyzeSurvey({ ...survey, rows }, settingsFor(survey));
    expect(analysis.headline?.nps?.overall.n).toBe(5);
    expect(analysis.headline?.nps?.outOfRange).toBe(2);
    expect(analysis.problems).toContainEqual({
      code: "outOfScale",
      severity: "warning",
      column: 12,
      header: "NPS",
      count: 2,
    });
  });

  it("has no headline without a recommend or overall column", () => {
    const survey: RawSurvey = {
      ...STORE_SURVEY,
      headers: STORE_SURVEY.headers.slice(0, 11),
      rows: STORE_SURVEY.rows.map((row) => row.slice(0, 11)),
    };
    expect(analyzeSurvey(survey, settingsFor(survey)).headline).toBeUndefined();
  });
});

describe("a survey of 200,000 respondents", () => {
  // The store survey's 8 rows 25,000 times over: every share stays that of the 8 rows (R above: 5 of 8
  // satisfied, promoters 3/8, detractors 3/8). The satisfaction scale was once found with
  // Math.min(...answers), which V8 refuses beyond about 10^5 arguments, and the whole analysis failed with
  // "Maximum call stack size exceeded".
  const survey = withRecommend("Likelihood to recommend (0-10)");
  const big: RawSurvey = {
    ...survey,
    rows: Array.from({ length: 200_000 }, (_, r) => survey.rows[r % survey.rows.length]!),
  };

  it("is analysed whole, with the shares of its 8 distinct rows", () => {
    const analysis = analyzeSurvey(big, settingsFor(big));
    expect(analysis.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(analysis.headline?.csat?.overall).toMatchObject({ n: 200_000, satisfied: 125_000, csat: 5 / 8 });
    const nps = analysis.headline!.nps!.overall;
    expect([nps.n, nps.promoters, nps.detractors]).toEqual([200_000, 3 / 8, 3 / 8]);
  });
});
