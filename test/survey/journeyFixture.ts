import type { Cell, RawSurvey } from "../../src/survey";

/**
 * A retail journey survey in two quarters: six touchpoints on a 1–5 scale, two per stage of the purchase,
 * their headers naming the stage in Chinese (售前, 售中, 售后) or English (Pre-sale, During:, After-sales:);
 * a quarter column in mixed order (2026Q2 rows first) and one respondent without a quarter; one blank
 * expectation (respondent 2004, E3). The reference numbers in the tests come from NumPy 1.x / SciPy 1.17
 * (scipy.stats.ttest_ind(last, previous, equal_var=False)) and R's p.adjust(p, "holm") over the same answers
 * with NaN for the blank: see test/fixtures/journey_waves_reference.py.
 */
export const JOURNEY_SURVEY: RawSurvey = {
  sheetName: "Journey",
  address: "A1:N17",
  headers: [
    "ID",
    "季度 Quarter",
    "E1 售前 官网信息 Website information",
    "E2 Pre-sale advice 售前咨询",
    "E3 售中 结账速度 Checkout speed",
    "E4 During: staff courtesy 店员礼貌",
    "E5 售后 送货准时 Delivery on time",
    "E6 After-sales: returns handling 退换货",
    "P1 售前 官网信息 Website information",
    "P2 Pre-sale advice 售前咨询",
    "P3 售中 结账速度 Checkout speed",
    "P4 During: staff courtesy 店员礼貌",
    "P5 售后 送货准时 Delivery on time",
    "P6 After-sales: returns handling 退换货",
  ],
  rows: [
    [2001, "2026Q2", 4, 4, 4, 4, 3, 4, 5, 4, 4, 4, 4, 4],
    [2002, "2026Q1", 3, 5, 4, 4, 3, 3, 3, 3, 4, 4, 3, 2],
    [2003, "2026Q2", 4, 4, 3, 5, 4, 5, 3, 3, 3, 4, 4, 4],
    [2004, "2026Q1", 4, 3, null, 5, 3, 4, 4, 2, 4, 5, 1, 3],
    [2005, "2026Q2", 4, 3, 4, 4, 3, 5, 4, 5, 5, 4, 4, 2],
    [2006, "2026Q1", 4, 4, 4, 3, 3, 4, 5, 2, 2, 4, 4, 3],
    [2007, "2026Q2", 2, 2, 4, 3, 3, 5, 5, 4, 4, 4, 5, 4],
    [2008, "2026Q1", 4, 4, 3, 5, 5, 4, 2, 3, 5, 2, 2, 4],
    [2009, "2026Q2", 3, 5, 4, 4, 4, 5, 4, 5, 3, 3, 5, 4],
    [2010, "2026Q1", 3, 5, 5, 4, 3, 4, 4, 4, 5, 3, 4, 2],
    [2011, "2026Q2", 3, 5, 5, 5, 4, 4, 4, 4, 3, 4, 4, 4],
    [2012, "2026Q1", 5, 4, 5, 4, 4, 4, 4, 5, 3, 4, 4, 1],
    [2013, "2026Q2", 3, 4, 4, 4, 4, 5, 4, 3, 5, 4, 3, 4],
    [2014, "2026Q1", 4, 4, 2, 4, 5, 3, 4, 5, 5, 5, 1, 2],
    [2015, "2026Q2", 4, 4, 5, 2, 5, 3, 4, 2, 4, 5, 4, 4],
    [2016, "", 5, 4, 4, 5, 5, 4, 5, 3, 4, 4, 4, 4],
  ] as Cell[][],
};
