import { gap } from "../../src/functions/functions";
import { errorIn, inLanguage } from "./helpers";

/* How error messages read to an analyst, for cases where the first wording misled. */
describe("error wording", () => {
  test("GAP's statistics for a single respondent say that more respondents are needed", () => {
    const result = gap([[4, 5]], [[5, 5]], true);
    const error = errorIn(result[1]![1]);
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe(
      "n, SD, CI, t and p need at least 2 respondents: give experience or expectation as one row per " +
        "respondent; each now has a single row.",
    );
  });

  test("in Chinese, a statistic named with a Latin letter is set apart by a space", () => {
    const result = inLanguage("zh-CN", () => gap([[4], [5], [null]], [[3], [4], [4]], true));
    expect(errorIn(result[5]![1]).message).toBe(
      "题项 1 的 t 值无法计算：所有受访者在该题项上的差距都相同（标准差为 0）。",
    );
    const single = inLanguage("zh-CN", () => gap([[4], [null]], [[3], [4]], true));
    expect(errorIn(single[5]![1]).message).toBe(
      "题项 1 的 t 值至少需要 2 位两项都作答的受访者；目前只有 1 位。",
    );
  });
});
