import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ApiError, newIdempotencyKey, session } from "./client";
import type { Catalog, FollowAnswer, GiftSent, MarkedRead, NotificationPage, Profile, Reveal, Session, SubscriptionState, Wallet } from "./types";

export const keys = {
  profile: (username: string) => ["profile", username.toLowerCase()] as const,
  catalog: ["catalog"] as const,
  me: ["me"] as const,
  wallet: ["wallet"] as const,
};

export function useCatalog() {
  return useQuery({ queryKey: keys.catalog, queryFn: () => api<Catalog>("/api/catalog"), staleTime: 5 * 60_000 });
}

export function useMe() {
  return useQuery({
    queryKey: keys.me,
    queryFn: async () => {
      try {
        const me = await api<Session>("/api/auth/me");
        session.setCsrf(me.csrfToken);
        return me.user;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null; // no session cookie, or an expired one
        throw e;
      }
    },
    staleTime: 60_000,
  });
}

export function useProfile(username: string) {
  return useQuery({
    queryKey: keys.profile(username),
    queryFn: () => api<Profile>(`/api/users/${encodeURIComponent(username)}/profile`),
    retry: (count, error) => !(error instanceof Error && "status" in error && (error as { status: number }).status < 500) && count < 2,
  });
}

/** Follow/unfollow with an optimistic update that is rolled back if the server says no. */
export function useFollow(username: string) {
  const qc = useQueryClient();
  const key = keys.profile(username);
  return useMutation({
    mutationFn: (follow: boolean) =>
      api<FollowAnswer>(`/api/users/${encodeURIComponent(username)}/follow`, { method: follow ? "PUT" : "DELETE" }),
    onMutate: async (follow: boolean) => {
      await qc.cancelQueries({ queryKey: key });
      const previous = qc.getQueryData<Profile>(key);
      if (previous) {
        qc.setQueryData<Profile>(key, {
          ...previous,
          viewer: { ...previous.viewer, following: follow },
          stats: { ...previous.stats, followers: Math.max(0, previous.stats.followers + (follow ? 1 : -1)) },
        });
      }
      return { previous };
    },
    onError: (_error, _follow, context) => {
      if (context?.previous) qc.setQueryData(key, context.previous);
    },
    onSuccess: (answer) => {
      const current = qc.getQueryData<Profile>(key);
      if (current) {
        qc.setQueryData<Profile>(key, {
          ...current,
          viewer: { ...current.viewer, following: answer.following },
          stats: { ...current.stats, followers: answer.followerCount },
        });
      }
    },
  });
}

export function useUnlock(username: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ contentId, key }: { contentId: string; key: string }) =>
      api<Reveal>(`/api/content/${contentId}/unlock`, { method: "POST", headers: { "Idempotency-Key": key } }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: keys.profile(username) });
      qc.invalidateQueries({ queryKey: keys.wallet });
    },
  });
}

export function useWallet(enabled: boolean) {
  return useQuery({ queryKey: keys.wallet, queryFn: () => api<Wallet>("/api/wallet"), enabled });
}

export { newIdempotencyKey };

const subscriptionKey = (username: string) => ["subscription", username.toLowerCase()] as const;

/** The viewer's subscription to a creator, with the price a new one costs (read only: asking charges nothing). */
export function useSubscription(username: string, enabled: boolean) {
  return useQuery({
    queryKey: subscriptionKey(username),
    queryFn: () => api<SubscriptionState>(`/api/users/${encodeURIComponent(username)}/subscription`),
    enabled,
  });
}

/** Subscribe (true) or stop the renewal (false); premium items and the balance are reloaded after. */
export function useSubscribe(username: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (subscribe: boolean) =>
      api<SubscriptionState>(`/api/users/${encodeURIComponent(username)}/subscription`, { method: subscribe ? "POST" : "DELETE" }),
    onSuccess: (state) => {
      qc.setQueryData(subscriptionKey(username), state);
      qc.invalidateQueries({ queryKey: keys.profile(username) });
      qc.invalidateQueries({ queryKey: keys.wallet });
    },
  });
}

/** Sends one gift; the key makes a retried request (same click, lost answer) charge once. */
export function useSendGift(username: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ type, key }: { type: string; key: string }) =>
      api<GiftSent>(`/api/users/${encodeURIComponent(username)}/gifts`, { method: "POST", json: { type }, headers: { "Idempotency-Key": key } }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: keys.profile(username) });
      qc.invalidateQueries({ queryKey: keys.wallet });
    },
  });
}

export const notificationsKey = ["notifications"] as const;

/** Stored notifications, newest first, a page at a time (what arrived while one was away too). */
export function useNotifications(enabled: boolean) {
  return useInfiniteQuery({
    queryKey: notificationsKey,
    queryFn: ({ pageParam }) =>
      api<NotificationPage>(`/api/notifications?limit=20${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ""}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => api<MarkedRead>("/api/notifications/read", { method: "POST", json: { ids } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationsKey }),
  });
}

export type { GiftSent, NotificationItem, NotificationPage, Reveal, SubscriptionState, Wallet } from "./types";
