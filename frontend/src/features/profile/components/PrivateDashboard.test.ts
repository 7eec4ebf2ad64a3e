import { liveSummary } from "./PrivateDashboard";

it("folds the live slots of consecutive days: Mon–Fri 20:00–23:00", () => {
  const day = [{ start: "08:00", end: "12:00", mode: "teezer" as const }, { start: "20:00", end: "23:00", mode: "live" as const }];
  expect(liveSummary({ timezone: "Europe/Amsterdam", days: { mon: day, tue: day, wed: day, thu: day, fri: day } })).toBe("Mon–Fri 20:00–23:00");
  expect(liveSummary({ timezone: "UTC", days: {} })).toBe("—");
});
