import { compact, date, dateTime, hours, money, number, tokens } from "./format";

// Intl may put a no-break space where a space goes; the reader sees a space either way
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("compact numbers", () => {
  it.each([
    [0, "0", "0"],
    [312, "312", "312"],
    [999, "999", "999"],
    [1000, "1K", "1K"],
    [4217, "4.2K", "4,2K"],
    [18742, "18.7K", "18,7K"],
    [99_950, "100K", "100K"],
    [1_250_000, "1.3M", "1,3 mln."],
  ])("%d → %s in English, %s in Dutch", (n, en, nl) => {
    expect(plain(compact(n, "en"))).toBe(en);
    expect(plain(compact(n, "nl"))).toBe(nl);
  });
});

describe("numbers, money and dates in the chosen locale", () => {
  it("writes money with the symbol apart, cents only when there are any", () => {
    expect(plain(money("2840.00", "EUR", "en"))).toBe("€ 2,840");
    expect(plain(money("2840.00", "EUR", "nl"))).toBe("€ 2.840");
    expect(plain(money("12.50", "EUR", "en"))).toBe("€ 12.50");
    expect(plain(money("12.50", "EUR", "nl"))).toBe("€ 12,50");
  });

  it("groups thousands and writes decimals the locale's way", () => {
    expect(number(14200, "en")).toBe("14,200");
    expect(number(14200, "nl")).toBe("14.200");
    expect(tokens(14200, "nl")).toBe("14.200 tokens");
    expect(hours(142, "en")).toBe("142h");
    expect(hours(3.46, "en")).toBe("3.5h");
    expect(hours(3.46, "nl")).toBe("3,5h");
  });

  it("writes dates one way: day, short month, year; Dutch times on a 24-hour clock", () => {
    const evening = new Date(2026, 11, 2, 21, 5).toISOString();
    expect(plain(date(evening, "en"))).toBe("Dec 2, 2026");
    expect(plain(date(evening, "nl"))).toBe("2 dec 2026");
    expect(plain(dateTime(evening, "nl"))).toBe("2 dec 2026, 21:05");
    expect(plain(dateTime(evening, "en"))).toBe("Dec 2, 2026, 09:05 PM");
  });
});
