import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../api/client";
import type { Explore } from "../../../api/types";

export function fetchExplore(q: string) {
  return api<Explore>(`/api/explore${q ? `?q=${encodeURIComponent(q)}` : ""}`);
}

export function exploreQueryOptions(q: string) {
  return queryOptions({ queryKey: ["explore", q.trim().toLowerCase()] as const, queryFn: () => fetchExplore(q.trim()), staleTime: 15_000 });
}

/** Creators to discover (live now first), for a search that keeps showing the last answer while the next loads. */
export function useExplore(q: string) {
  return useQuery({ ...exploreQueryOptions(q), placeholderData: keepPreviousData });
}
