import { t } from "../i18n";
import { ApiError } from "./client";

/** What to tell the payer when a paid request failed: "not enough tokens" for a 402, else the server's words. */
export function paymentProblem(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  return error.status === 402 ? t.grid.notEnough : error.message;
}

/** A failed request in words: the server's problem detail or title, else the error itself. */
export function problemText(error: unknown): string {
  return error instanceof ApiError ? error.message : String(error);
}

/** How many tokens a paid request lacked: the server's `missingTokens` of a 402, else what price minus balance says. */
export function missingTokens(error: unknown, price?: number, balance?: number): number {
  if (error instanceof ApiError && error.status === 402) {
    const missing = (error.problem as { missingTokens?: number }).missingTokens;
    if (typeof missing === "number") return missing;
  }
  return price !== undefined && balance !== undefined && balance < price ? price - balance : 0;
}
