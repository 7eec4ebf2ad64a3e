import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ApiError, session } from "../../../api/client";
import type { Me, Session } from "../../../api/types";

/** Who is logged in (null: nobody); the answer also carries the session's CSRF token, which the client keeps. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api<Session>("/api/auth/me");
    session.setCsrf(me.csrfToken);
    return me.user;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null; // no session cookie, or an expired one
    throw e;
  }
}

export const meQueryOptions = queryOptions({ queryKey: ["me"] as const, queryFn: fetchMe, staleTime: 60_000 });

export function useMe() {
  return useQuery(meQueryOptions);
}
