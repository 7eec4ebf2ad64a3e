import { compact, hours, money } from "./format";

describe("compact numbers", () => {
  it.each([
    [0, "0"],
    [312, "312"],
    [999, "999"],
    [1000, "1K"],
    [4217, "4.2K"],
    [18742, "18.7K"],
    [99_950, "100K"],
    [999_999, "1M"],
    [1_250_000, "1.3M"],
    [2_000_000_000, "2B"],
  ])("%d → %s", (n, expected) => {
    expect(compact(n)).toBe(expected);
  });

  it("formats hours and money like the seed", () => {
    expect(hours(142)).toBe("142h");
    expect(hours(3.46)).toBe("3.5h");
    expect(money("2840.00", "EUR")).toBe("€ 2,840");
    expect(money("12.50", "EUR")).toBe("€ 12.50");
  });
});
