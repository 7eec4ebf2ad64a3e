import type { Slot } from "../../../api/types";

export const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const HHMM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/**
 * The same rules the server applies: HH:mm times, start ≠ end, ≤ 12 slots a day, and no overlap
 * anywhere in the week — a slot whose end is not after its start runs into the next day.
 * Returns errors keyed like the API's field errors ("streamingSchedule.days.mon[0].start").
 */
export function validateSchedule(days: Record<string, Slot[]>): Record<string, string> {
  const errors: Record<string, string> = {};
  const spans: { key: string; from: number; to: number }[] = [];
  DAYS.forEach((day, d) => {
    const slots = days[day] ?? [];
    if (slots.length > 12) errors[`streamingSchedule.days.${day}`] = "at most 12 slots a day";
    slots.forEach((s, i) => {
      const key = `streamingSchedule.days.${day}[${i}]`;
      if (!HHMM.test(s.start)) errors[`${key}.start`] = "must be a time HH:mm";
      if (!HHMM.test(s.end)) errors[`${key}.end`] = "must be a time HH:mm";
      if (!HHMM.test(s.start) || !HHMM.test(s.end)) return;
      const from = minutes(s.start);
      let to = minutes(s.end);
      if (from === to) {
        errors[`${key}.end`] = "must differ from start";
        return;
      }
      if (to < from) to += 1440;
      spans.push({ key, from: d * 1440 + from, to: d * 1440 + to });
    });
  });
  const week = 7 * 1440;
  for (let a = 0; a < spans.length; a++) {
    for (let b = a + 1; b < spans.length; b++) {
      const x = spans[a];
      const y = spans[b];
      const overlap = (f1: number, t1: number, f2: number, t2: number) => f1 < t2 && f2 < t1;
      if (overlap(x.from, x.to, y.from, y.to) || overlap(x.from, x.to, y.from + week, y.to + week) || overlap(x.from + week, x.to + week, y.from, y.to)) {
        errors[y.key] = "overlaps another slot";
      }
    }
  }
  return errors;
}

function minutes(hhmm: string) {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** Monday's slots copied to Tuesday to Friday (each its own copy); the weekend is left as it is. */
export function copyToWeekdays(days: Record<string, Slot[]>, from: (typeof DAYS)[number] = "mon"): Record<string, Slot[]> {
  const source = days[from] ?? [];
  const next = { ...days };
  for (const day of ["mon", "tue", "wed", "thu", "fri"]) if (day !== from) next[day] = source.map((s) => ({ ...s }));
  return next;
}

/** What is typed into a 24-hour time field, as HH:mm where it can be: "930" → "09:30", "9:5" stays for the check to flag. */
export function normalizeTime(typed: string): string {
  const digits = typed.replace(/[^0-9:]/g, "");
  if (/^\d{3,4}$/.test(digits)) return digits.padStart(4, "0").replace(/^(\d\d)(\d\d)$/, "$1:$2");
  if (/^\d:\d\d$/.test(digits)) return "0" + digits;
  return digits.slice(0, 5);
}
