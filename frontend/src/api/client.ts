import type { FieldError, Problem } from "./types";

/** An answer of the API that was not 2xx, carrying its problem+json. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  constructor(status: number, problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? ([] as FieldError[])) out[e.field] = e.message;
    return out;
  }
}

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);
let csrfToken: string | null = null;

/**
 * The web app's session is the HttpOnly cookie the server sets at log-in: no script on the page can
 * read the session token. What the page keeps (in memory only) is the session's CSRF token, which
 * the server wants on every unsafe request made with the cookie, and which is useless without it.
 */
export const session = {
  csrf(): string | null {
    return csrfToken;
  },
  setCsrf(token: string | null) {
    csrfToken = token;
  },
};

/** The CSRF token of the session cookie, if there is one (the page forgets it on reload). */
async function loadCsrf() {
  try {
    const res = await fetch("/api/auth/me", { credentials: "same-origin", headers: { Accept: "application/json" } });
    if (res.ok) csrfToken = ((await res.json()) as { csrfToken: string | null }).csrfToken;
  } catch {
    // offline: the request itself will say so
  }
}

export async function api<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set("Accept", "application/json, application/problem+json");
  const method = (init.method ?? "GET").toUpperCase();
  if (!SAFE.has(method) && !csrfToken && !path.startsWith("/api/auth/")) await loadCsrf(); // e.g. a click right after a reload
  if (!SAFE.has(method) && csrfToken) headers.set("X-CSRF-Token", csrfToken);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set("Content-Type", "application/json");
    body = JSON.stringify(init.json);
  }
  const res = await fetch(path, { ...init, headers, body, credentials: "same-origin" });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    if (res.status === 401 && path !== "/api/auth/login") csrfToken = null;
    throw new ApiError(res.status, (data as Problem) ?? { type: "about:blank", title: res.statusText, status: res.status, detail: "" });
  }
  return data as T;
}

export function newIdempotencyKey(): string {
  return crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
