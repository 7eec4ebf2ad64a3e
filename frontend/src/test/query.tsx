import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";

/** A client for one test: no retries, what the test put in the cache stays fresh and is not garbage-collected. */
export function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity, staleTime: Infinity }, mutations: { retry: false } } });
}

export function withClient(qc: QueryClient) {
  return ({ children }: { children: ReactNode }) => <QueryClientProvider client={qc}>{children}</QueryClientProvider>;
}

export const json = (body: unknown, status = 200) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { "Content-Type": status < 300 ? "application/json" : "application/problem+json" },
  });

export type Sent = { path: string; method: string; body: unknown; raw: unknown; headers: Headers };

/** Stubs fetch: every request is recorded and answered by answer(path, method). */
export function stubFetch(answer: (path: string, method: string) => Response) {
  const sent: Sent[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (path: string, init: RequestInit = {}) => {
      const method = (init.method ?? "GET").toUpperCase();
      const body = typeof init.body === "string" ? JSON.parse(init.body) : init.body;
      sent.push({ path, method, body, raw: init.body, headers: new Headers(init.headers) });
      return answer(path, method);
    }),
  );
  return sent;
}
