import { en } from "./en";
import { nl } from "./nl";

/**
 * The language of the page: the one chosen with the switch (kept across visits), else the browser's
 * first of Dutch or English, else English. `<html lang>` follows. Switching reloads the page, so every
 * string, cached or not, is in one language.
 */
export type Locale = "en" | "nl";

const STORAGE_KEY = "teezu.locale";

export function pickLocale(stored: string | null, browser: readonly string[]): Locale {
  if (stored === "nl" || stored === "en") return stored;
  for (const language of browser) {
    const primary = language.toLowerCase().split("-")[0];
    if (primary === "nl") return "nl";
    if (primary === "en") return "en";
  }
  return "en";
}

function stored(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null; // storage blocked: the browser's language
  }
}

export const locale: Locale = pickLocale(stored(), globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? "en"]);
export const t = locale === "nl" ? nl : en;
if (typeof document !== "undefined") document.documentElement.lang = locale;

export function switchLocale(to: Locale) {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, to);
  } catch {
    // not kept; this visit only
  }
  globalThis.location?.reload();
}
