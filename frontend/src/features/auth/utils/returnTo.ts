/**
 * Where a log-in or sign-up sends one back: the page one came from, carried as ?next=/@lena. Only a
 * path of this site is followed (never "//evil.example" or "https://…"), and never the log-in pages
 * themselves; anything else goes to one's own profile.
 */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  if (/^\/(login|register)(\/|\?|#|$)/.test(next)) return null;
  if (/[\u0000-\u001f]/.test(next)) return null;
  return next;
}

/** The log-in or sign-up page's address that returns to `from` afterwards. */
export function authHref(mode: "login" | "register", from?: string | null): string {
  const next = safeNext(from);
  return `/${mode}${next ? `?next=${encodeURIComponent(next)}` : ""}`;
}
