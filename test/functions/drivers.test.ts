import { drivers } from "../../src/functions/functions";
import { errorCell, inLanguage, thrownBy } from "./helpers";

/** R's datasets::mtcars: mpg, cyl, disp, hp, gear (the rwa package's example), 32 cars. */
// prettier-ignore
const mtcars = [
  [21,6,160,110,4],[21,6,160,110,4],[22.8,4,108,93,4],[21.4,6,258,110,3],[18.7,8,360,175,3],[18.1,6,225,105,3],
  [14.3,8,360,245,3],[24.4,4,146.7,62,4],[22.8,4,140.8,95,4],[19.2,6,167.6,123,4],[17.8,6,167.6,123,4],
  [16.4,8,275.8,180,3],[17.3,8,275.8,180,3],[15.2,8,275.8,180,3],[10.4,8,472,205,3],[10.4,8,460,215,3],
  [14.7,8,440,230,3],[32.4,4,78.7,66,4],[30.4,4,75.7,52,4],[33.9,4,71.1,65,4],[21.5,4,120.1,97,3],
  [15.5,8,318,150,3],[15.2,8,304,150,3],[13.3,8,350,245,3],[19.2,8,400,175,3],[27.3,4,79,66,4],[26,4,120.3,91,5],
  [30.4,4,95.1,113,5],[15.8,8,351,264,5],[19.7,6,145,175,5],[15,8,301,335,5],[21.4,4,121,109,4],
] as const;

const close = (actual: unknown, expected: number, tolerance = 1e-12) => {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(expected)),
  );
};

/** mtcars with respondents that listwise deletion must drop: a blank outcome, a text driver, TRUE. */
const outcome: unknown[][] = [...mtcars.map((car) => [car[0]]), [null], [20], [18], [""]];
const driverCells: unknown[][] = [
  ...mtcars.map((car) => car.slice(1)),
  [6, 160, 110, 4],
  [6, "n/a", 110, 4],
  [true, 160, 110, 4],
  [4, 100, 90, 4],
];

describe("CX.DRIVERS", () => {
  test("the rwa package's mtcars example: R² 0.7791896, weights 0.2284797, 0.2221469, 0.2321744, 0.0963886", () => {
    const table = drivers(outcome as never, driverCells as never, [["cyl", "disp", "hp", "gear"]]);
    expect(table[0]).toEqual(["Driver", "r", "Beta", "Weight", "Weight %", "Shapley", "Rank"]);
    expect(table.map((row) => row[0])).toEqual(["Driver", "hp", "cyl", "disp", "gear", "R² (n = 32)"]);
    expect(table.slice(1, 5).map((row) => row[6])).toEqual([1, 2, 3, 4]);
    // R 4 (base): cor(); coef(lm(scale(y) ~ scale(X))); Johnson's weights through eigen(cor(X));
    // LMG as the Shapley average of summary(lm())$r.squared over every subset of drivers
    const expected: Record<string, [number, number, number, number]> = {
      cyl: [-0.85216195942661321, -0.25668521794674642, 0.22847972592821625, 0.24705203323520797],
      disp: [-0.84755137926247881, -0.2447842645392162, 0.22214687054000098, 0.24349959479564021],
      hp: [-0.77616837182658649, -0.34698098506557501, 0.23217443929944728, 0.21091289954427411],
      gear: [0.48028475733884213, 0.17420780517834292, 0.096388603215391, 0.077725111407933367],
    };
    const rSquared = 0.77918963898305571;
    for (const row of table.slice(1, 5)) {
      const [r, beta, weight, shapley] = expected[row[0] as string]!;
      close(row[1], r);
      close(row[2], beta);
      close(row[3], weight);
      close(row[4], (100 * weight) / rSquared);
      close(row[5], shapley);
    }
    // the published figures, to their 7 digits
    expect(table.slice(1, 5).map((row) => (row[3] as number).toFixed(7))).toEqual([
      "0.2321744",
      "0.2284797",
      "0.2221469",
      "0.0963886",
    ]);
    const last = table[5]!;
    close(last[3], rSquared);
    expect(last[4]).toBe(100);
    close(last[5], rSquared);
    expect([last[1], last[2], last[6]]).toEqual(["", "", ""]);
  });

  test("16 drivers: Shapley left blank, the relative weights still given (R 4 lm and eigen)", () => {
    const n = 40;
    const p = 16;
    const x = Array.from({ length: n }, (_, i) =>
      Array.from({ length: p }, (_, j) => ((i * (j + 3) * 7919 + j * j * 31) % 101) / 10),
    );
    const y = x.map((row, i) => [row.reduce((sum, value, j) => sum + value * (j % 3), 0) + ((i * 13) % 7)]);
    const table = drivers(y as never, x as never);
    expect(table).toHaveLength(p + 2);
    for (const row of table.slice(1, -1)) expect(row[5]).toBe("");
    const last = table[p + 1]!;
    close(last[3], 0.9879536140170595);
    expect(last[5]).toBe("");
    close(table.find((row) => row[0] === "Item 1")![3], 0.0020433433654639551);
    close(table.find((row) => row[0] === "Item 16")![3], 0.026021921291914878);
  });

  test("1–7 answers over more than two blocks of rows: R 4 cor, eigen (Johnson) and lm; the same bits when moved by 94", () => {
    // R: i <- 0:599; X[, j + 1] <- 1 + (i*(j+2) + j*j + floor(i/5) + (i*i) %% 3) %% 7;
    // y <- pmin(7, 1 + (X[,1] + 2*X[,3] + X[,4] + i %% 4) %/% 4); y blank where i %% 50 == 0 (588 used)
    const rows = Array.from({ length: 600 }, (_, i) => i);
    const x = rows.map((i) =>
      [0, 1, 2, 3].map((j) => 1 + ((i * (j + 2) + j * j + Math.floor(i / 5) + ((i * i) % 3)) % 7)),
    );
    const y = rows.map((i) => {
      const [a, , c, d] = x[i]!;
      return [i % 50 === 0 ? "" : Math.min(7, 1 + Math.floor((a! + 2 * c! + d! + (i % 4)) / 4))];
    });
    const table = drivers(y as never, x as never, [["A", "B", "C", "D"]]);
    expect(table.map((row) => row[0])).toEqual(["Driver", "C", "A", "D", "B", "R² (n = 588)"]);
    const expected: Record<string, [number, number]> = {
      A: [0.35794063803720921, 0.1346009052358362],
      B: [-0.04723835430900418, 0.00093725581375117756],
      C: [0.80008943587462955, 0.64053273933403254],
      D: [0.33340482798794258, 0.12324430840488562],
    };
    for (const row of table.slice(1, 5)) {
      const [r, weight] = expected[row[0] as string]!;
      close(row[1], r, 1e-13);
      close(row[3], weight, 1e-12);
    }
    close(table[5]![3], 0.89931520878850535, 1e-13);
    // Answers 95–101 are beyond what a block may multiply as it came (±11): taken relative to the first
    // row instead; the covariances are exact either way, so every number is the same to the bit.
    const moved = drivers(
      y.map(([value]) => [value === "" ? "" : (value as number) + 94]) as never,
      x.map((row) => row.map((value) => value + 94)) as never,
      [["A", "B", "C", "D"]],
    );
    expect(moved).toEqual(table);
  });

  test("13 drivers: Shapley values are R 4's average gains of summary(lm())$r.squared over all 8,192 subsets", () => {
    // R: i <- 0:399; X[, j + 1] <- 1 + (i %/% 7) %% 5 + (i*(j+2) + j*j + i %/% (j+3)) %% 4;
    // y <- 1 + (X[,1] + X[,4] + 2*X[,6] + X[,9] + X[,13] + i %% 3) %/% 3; every subset fitted with lm(),
    // each driver's gains weighted s!(p − s − 1)!/p!
    const rows = Array.from({ length: 400 }, (_, i) => i);
    const x = rows.map((i) =>
      Array.from(
        { length: 13 },
        (_, j) => 1 + (Math.floor(i / 7) % 5) + ((i * (j + 2) + j * j + Math.floor(i / (j + 3))) % 4),
      ),
    );
    const y = rows.map((i) => {
      const row = x[i]!;
      return [1 + Math.floor((row[0]! + row[3]! + 2 * row[5]! + row[8]! + row[12]! + (i % 3)) / 3)];
    });
    // prettier-ignore
    const shapley = [
      0.086914255753913594, 0.056532479937758347, 0.055611164089587335, 0.079331607332980364,
      0.056431423869647349, 0.161309727586547935, 0.068332318788285495, 0.051928586169075225,
      0.097036456820625880, 0.055314656295917246, 0.058304828902009401, 0.055342272708044170,
      0.100728207580024681,
    ];
    const table = drivers(y as never, x as never);
    const byName = new Map(table.slice(1, 14).map((row) => [row[0], row[5]]));
    shapley.forEach((value, j) => close(byName.get(`Item ${j + 1}`), value));
    close(table[14]![5], 0.9831179858344169);
  });

  test("ties as Excel shows them keep input order", () => {
    // A and B play symmetric roles (rows come in swapped pairs with the same outcome): equal weights
    // mathematically, equal to 15 significant digits in floating point, so A stays before B
    const y = [[3.5], [3.5], [4], [4], [7], [7], [1], [1]];
    const x = [
      [1, 2, 5],
      [2, 1, 5],
      [1, 3, 2],
      [3, 1, 2],
      [2, 4, 4],
      [4, 2, 4],
      [0, 1, 1],
      [1, 0, 1],
    ];
    for (const order of [
      ["A", "B", "C"],
      ["B", "A", "C"],
    ]) {
      const table = drivers(y as never, x as never, [order]);
      const names = table.slice(1, 4).map((row) => row[0]);
      const [a, b] = [names.indexOf(order[0]!), names.indexOf(order[1]!)];
      expect(a).toBeLessThan(b);
      expect((table[a + 1]![3] as number).toPrecision(15)).toBe((table[b + 1]![3] as number).toPrecision(15));
      expect(table[b + 1]![6]).toBe((table[a + 1]![6] as number) + 1);
    }
  });

  test("Chinese header and R² row", () => {
    const table = inLanguage("zh-CN", () => drivers(outcome as never, driverCells as never));
    expect(table[0]).toEqual([
      "驱动因素",
      "相关系数 r",
      "标准化系数",
      "相对权重",
      "权重 %",
      "Shapley 值",
      "排名",
    ]);
    expect(table[5]![0]).toBe("R²（n = 32）");
  });

  describe("errors", () => {
    const y = [[1], [2], [3], [5]];
    test.each([
      [
        "fewer respondents than drivers + 2",
        () =>
          drivers(
            y as never,
            [
              [1, 2, 3],
              [2, 1, 4],
              [3, 5, 1],
              [4, 4, 4],
            ] as never,
          ),
        "#VALUE!",
        "at least 5",
      ],
      [
        "a constant driver",
        () =>
          drivers(
            y as never,
            [
              [1, 7],
              [2, 7],
              [4, 7],
              [3, 7],
            ] as never,
            [["Speed", "Price"]],
          ),
        "#VALUE!",
        "Price",
      ],
      [
        "a constant outcome",
        () => drivers([[2], [2], [2], [2]] as never, [[1], [2], [4], [3]] as never),
        "#VALUE!",
        "outcome",
      ],
      [
        "perfectly collinear drivers",
        () =>
          drivers(
            [[1], [2], [3], [5], [4]] as never,
            [
              [1, 2, 3],
              [2, 1, 3],
              [3, 5, 8],
              [4, 4, 8],
              [5, 1, 6],
            ] as never,
          ),
        "#VALUE!",
        "collinear",
      ],
      [
        "an outcome of two columns",
        () =>
          drivers(
            [
              [1, 2],
              [2, 3],
            ] as never,
            [[1], [2]] as never,
          ),
        "#VALUE!",
        "outcome",
      ],
      [
        "an outcome of other length",
        () => drivers([[1], [2]] as never, [[1], [2], [3]] as never),
        "#VALUE!",
        "outcome",
      ],
      [
        "an error cell",
        () => drivers(y as never, [[1], [errorCell("#DIV/0!")], [3], [4]] as never),
        "#DIV/0!",
        "drivers",
      ],
      [
        "an error cell after a blank in the same row (the respondent is left out, the error still counts)",
        () =>
          drivers(
            [[1], [2], [3], [5], [4], [6]] as never,
            [
              [1, 2, 3],
              [2, 1, 3],
              ["", 5, errorCell("#N/A")],
              [4, 4, 8],
              [5, 1, 6],
              [3, 3, 3],
            ] as never,
          ),
        "#N/A",
        "drivers",
      ],
      [
        "an error cell in a row whose outcome is blank",
        () =>
          drivers(
            [[1], [2], [null], [5], [4], [6]] as never,
            [
              [1, 2, 3],
              [2, 1, 3],
              [3, errorCell("#REF!"), 8],
              [4, 4, 8],
              [5, 1, 6],
              [3, 3, 3],
            ] as never,
          ),
        // a custom function cannot return #REF! (see errorPolicy.ts): #VALUE! naming it
        "#VALUE!",
        "#REF!",
      ],
      [
        "labels of the wrong count",
        () => drivers(y as never, [[1], [2], [4], [3]] as never, [["A", "B"]]),
        "#VALUE!",
        "labels",
      ],
    ])("%s", (_name, call, code, text) => {
      const error = thrownBy(call);
      expect(error.code).toBe(code);
      expect(error.message).toContain(text);
      const chinese = inLanguage("zh-CN", () => thrownBy(call));
      expect(chinese.code).toBe(code);
      if (code === "#VALUE!") expect(chinese.message).toMatch(/[\u4e00-\u9fff]/);
    });
  });
});
