import { locale as current, type Locale } from "../i18n";

/**
 * Every number, amount and date the UI shows, through `Intl` in the page's language: Dutch writes
 * "4,2K", "14.200" and "€ 2.840", English "4.2K", "14,200" and "€ 2,840". Each takes the locale as its
 * last argument (the page's by default) so the tests can check both.
 */

/** Whole numbers with grouping: 14200 → "14.200" (nl), "14,200" (en). */
export function number(n: number, locale: Locale = current): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

/** Compact counters as the seed shows them: 4217 → "4.2K" (en), "4,2K" (nl). */
export function compact(n: number, locale: Locale = current): string {
  if (!Number.isFinite(n)) return "0";
  return new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(n);
}

/** Stream hours: 142 → "142h", 3.46 → "3.5h" (en) or "3,5h" (nl). */
export function hours(h: number, locale: Locale = current): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(h) + "h";
}

/**
 * Money from the API ("2840.00", "EUR") in the seed's form, the symbol apart: "€ 2,840" (en), "€ 2.840"
 * (nl); cents only when there are any ("€ 12,50").
 */
export function money(amount: string, currency: string, locale: Locale = current): string {
  const value = Number(amount);
  const digits = Number.isInteger(value) ? 0 : 2;
  const symbol = currency === "EUR" ? "€" : currency;
  return symbol + " " + new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: 2 }).format(value);
}

/** A token amount: "14,200 tokens" / "14.200 tokens". */
export function tokens(n: number, locale: Locale = current): string {
  return number(n, locale) + " tokens";
}

/** A day: "2 Dec 2026" style, in the locale's own order and month names. */
export function date(iso: string, locale: Locale = current): string {
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric" }).format(new Date(iso));
}

/** A moment: the day as in date(), then the time on a 24-hour clock in Dutch, the locale's own clock in English. */
export function dateTime(iso: string, locale: Locale = current): string {
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
}
