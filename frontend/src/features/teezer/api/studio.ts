import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client";
import type { TeezerActivity, TeezerEntries, TeezerEntry, TeezerEntryRequest, TeezerPersona, TeezerThreadState, TeezerTried } from "../../../api/types";

export const allTeezerKey = ["teezer"] as const;

export const personaQueryOptions = queryOptions({
  queryKey: [...allTeezerKey, "persona"] as const,
  queryFn: () => api<TeezerPersona>("/api/users/me/teezer/persona"),
});

export const entriesQueryOptions = queryOptions({
  queryKey: [...allTeezerKey, "entries"] as const,
  queryFn: () => api<TeezerEntries>("/api/users/me/teezer/replies"),
});

/** Teezer's turns, newest first, a page at a time, with the totals. */
export const activityQueryOptions = infiniteQueryOptions({
  queryKey: [...allTeezerKey, "activity"] as const,
  queryFn: ({ pageParam }) =>
    api<TeezerActivity>(`/api/users/me/teezer/activity?limit=20${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ""}`),
  initialPageParam: null as string | null,
  getNextPageParam: (last) => last.nextCursor ?? null,
});

export function threadStateQueryOptions(conversationId: string) {
  return queryOptions({
    queryKey: [...allTeezerKey, "thread", conversationId] as const,
    queryFn: () => api<TeezerThreadState>(`/api/users/me/teezer/conversations/${conversationId}`),
  });
}

export const usePersona = () => useQuery(personaQueryOptions);
export const useEntries = () => useQuery(entriesQueryOptions);
export const useActivity = () => useInfiniteQuery(activityQueryOptions);
export const useThreadState = (conversationId: string, enabled: boolean) =>
  useQuery({ ...threadStateQueryOptions(conversationId), enabled });

export function useSavePersona() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (persona: TeezerPersona) => api<TeezerPersona>("/api/users/me/teezer/persona", { method: "PUT", json: persona }),
    onSuccess: (saved) => qc.setQueryData(personaQueryOptions.queryKey, saved),
  });
}

/** Adds an entry (no id) or saves one (with its id); the list follows. */
export function useSaveEntry() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...entry }: TeezerEntryRequest & { id?: string }) =>
      api<TeezerEntry>(id ? `/api/users/me/teezer/replies/${id}` : "/api/users/me/teezer/replies", { method: id ? "PUT" : "POST", json: entry }),
    onSuccess: () => qc.invalidateQueries({ queryKey: entriesQueryOptions.queryKey }),
  });
}

export function useDeleteEntry() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/users/me/teezer/replies/${id}`, { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: entriesQueryOptions.queryKey }),
  });
}

export function useTryTeezer() {
  return useMutation({
    mutationFn: (body: { text: string; explicitFan: boolean }) => api<TeezerTried>("/api/users/me/teezer/try", { method: "POST", json: body }),
  });
}

/** The per-fan switch ({@code enabled}) and "let Teezer answer here again" ({@code resume}). */
export function useSetThreadState(conversationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (change: { enabled?: boolean; resume?: boolean }) =>
      api<TeezerThreadState>(`/api/users/me/teezer/conversations/${conversationId}`, { method: "PATCH", json: change }),
    onSuccess: (state) => qc.setQueryData(threadStateQueryOptions(conversationId).queryKey, state),
  });
}
