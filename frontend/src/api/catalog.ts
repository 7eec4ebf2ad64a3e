import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "./client";
import type { Catalog } from "./types";

/** Moods, tags, consent levels and gift types: the reference data every feature labels things with. */
export function fetchCatalog() {
  return api<Catalog>("/api/catalog");
}

export const catalogQueryOptions = queryOptions({ queryKey: ["catalog"] as const, queryFn: fetchCatalog, staleTime: 5 * 60_000 });

export function useCatalog() {
  return useQuery(catalogQueryOptions);
}
