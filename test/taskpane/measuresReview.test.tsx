/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { fakeGateway, readState, renderPane } from "./renderPane";
import { sampleRawSurvey } from "./sampleSurvey";

jest.setTimeout(60_000);

function rowOf(table: HTMLElement, first: string): HTMLElement {
  const row = within(table)
    .getAllByRole("row")
    .find((candidate) => candidate.querySelector("td, th")?.textContent === first);
  if (!row) throw new Error(`no row starting with ${first}`);
  return row;
}

// Reference numbers: NumPy 2.x / SciPy 1.17 over test/e2e/sample-survey.json —
//   NPS: scores +1/0/−1 of the recommend column, 100·mean, SE 100·sqrt(var(ddof=0)/n), norm.ppf(0.975);
//   store vs rest z = ΔNPS/hypot(SE, SE_rest), 2·norm.sf(|z|): Shanghai p = 0.00737 (Holm ×3: 0.0221 < 0.05);
//   CSAT: 15 of 60 answer 6–7, R prop.test(15, 60, correct = FALSE)$conf.int = 0.1578–0.3723;
//   relative weights of the 22 perceptions on overall satisfaction over the 57 complete rows: R² = 0.8116,
//   negative β for items 1, 9, 13, 16, 19.
describe("the review step shows NPS, CSAT, derived importance and reliability", () => {
  it("in English", async () => {
    renderPane(fakeGateway(), { initialState: readState(sampleRawSurvey(), "review") });
    await screen.findByRole("table", { name: "Gaps by dimension" });
    expect(
      screen.getByText(/^NPS −11\.7 \(95 % interval −31\.3 to 8\.0, n = 60\)\. 25 % promoters/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^CSAT 25\.0 % \(95 % interval 15\.8 % to 37\.2 %, n = 60\)\. Satisfied: answers 6–7/),
    ).toBeInTheDocument();
    const stores = screen.getByRole("table", { name: "Recommendation and satisfaction" });
    // CSAT vs rest, R prop.test(c(x, x_rest), c(20, 40), correct = FALSE), p.adjust "holm": 0.034, 1, 0.034
    expect(rowOf(stores, "上海 Shanghai")).toHaveTextContent(/^上海 Shanghai25\.0 \*45\.0 % \*$/);
    expect(rowOf(stores, "Online 线上")).toHaveTextContent(/^Online 线上−35\.05\.0 % \*$/);
    expect(rowOf(stores, "北京 Beijing")).toHaveTextContent(/^北京 Beijing−25\.025\.0 %$/);
    expect(screen.getByText(/R² = 0\.81, in points summing to 100 \(n = 57 respondents/)).toBeInTheDocument();
    expect(
      screen.getByText(/^Only 57 respondents answered every item; stable weights need at least 220/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Negative direction .*Modern equipment, Error-free records/),
    ).toBeInTheDocument();
    const drivers = screen.getByRole("table", { name: "Derived importance" });
    expect(within(drivers).getAllByRole("row")[1]).toHaveTextContent(/^1Prompt service15\.3/);
    const alpha = screen.getByRole("table", { name: "Do the items of each dimension measure one thing?" });
    expect(rowOf(alpha, "Tangibles")).toHaveTextContent("0.810.72 – 0.88");
    expect(screen.queryByText(/do not measure one thing/)).not.toBeInTheDocument();
  });

  it("in Chinese", async () => {
    renderPane(fakeGateway("zh-CN"), {
      language: "zh-CN",
      initialState: readState(sampleRawSurvey(), "review", "zh-CN"),
    });
    await screen.findByRole("table", { name: "各维度差距" });
    expect(
      screen.getByText(/^净推荐值（NPS）−11\.7（95% 置信区间 −31\.3 至 8\.0，n = 60）/),
    ).toBeInTheDocument();
    expect(screen.getByText(/^满意率（CSAT）25\.0%（95% 置信区间 15\.8% 至 37\.2%/)).toBeInTheDocument();
    expect(screen.getByText(/R² = 0\.81 中所占份额，合计 100 分（n = 57/)).toBeInTheDocument();
    const alpha = screen.getByRole("table", { name: "各维度的题项是否在测量同一件事？" });
    expect(rowOf(alpha, "有形性")).toHaveTextContent("0.81");
  });
});
