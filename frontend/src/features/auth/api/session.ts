import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, session } from "../../../api/client";
import type { Credentials, Me } from "../../../api/types";
import { disconnect } from "../../../realtime/socket";
import type { QueryClient } from "@tanstack/react-query";
import { meQueryOptions } from "./me";

export type AuthMode = "login" | "register";

/** Logs in or signs up: the server sets the HttpOnly session cookie and answers with the CSRF token. */
export function authenticate(mode: AuthMode, credentials: Credentials) {
  return api<{ csrfToken: string; user: Me }>(`/api/auth/${mode}`, { method: "POST", json: credentials });
}

export function logout() {
  return api<void>("/api/auth/logout", { method: "POST" });
}

/**
 * Everything cached but who is signed in goes when that changes: profiles seen with someone's viewer
 * block, notifications, and another person's inbox, threads and unread count (a shared device must
 * never show them to the next user, not even until a refetch).
 */
function forgetOthersData(qc: QueryClient) {
  const me = JSON.stringify(meQueryOptions.queryKey);
  qc.removeQueries({ predicate: (query) => JSON.stringify(query.queryKey) !== me });
}

/** After a log-in the page keeps only the CSRF token (in memory); what it had cached for someone else goes. */
export function useAuthenticate(mode: AuthMode) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => authenticate(mode, credentials),
    onSuccess: (res) => {
      session.setCsrf(res.csrfToken);
      qc.setQueryData(meQueryOptions.queryKey, res.user);
      forgetOthersData(qc);
    },
  });
}

/** Logs out whether or not the server answers; the next page opens an anonymous socket. */
export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => logout().catch(() => undefined),
    onSuccess: () => {
      session.setCsrf(null);
      disconnect();
      qc.setQueryData(meQueryOptions.queryKey, null);
      forgetOthersData(qc);
    },
  });
}
