import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client";
import type { MarkedRead, NotificationPage } from "../../../api/types";

export function fetchNotifications(cursor: string | null) {
  return api<NotificationPage>(`/api/notifications?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
}

export function markRead(ids: string[]) {
  return api<MarkedRead>("/api/notifications/read", { method: "POST", json: { ids } });
}

/** Stored notifications, newest first, a page at a time (what arrived while one was away too). */
export const notificationsQueryOptions = infiniteQueryOptions({
  queryKey: ["notifications"] as const,
  queryFn: ({ pageParam }) => fetchNotifications(pageParam),
  initialPageParam: null as string | null,
  getNextPageParam: (last) => last.nextCursor,
});

export function useNotifications(enabled: boolean) {
  return useInfiniteQuery({ ...notificationsQueryOptions, enabled });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationsQueryOptions.queryKey }),
  });
}
