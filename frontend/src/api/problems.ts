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
