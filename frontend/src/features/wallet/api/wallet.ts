import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../api/client";
import type { Wallet } from "../../../api/types";

export function fetchWallet() {
  return api<Wallet>("/api/wallet");
}

/** The viewer's balance and history; whatever pays or earns tokens invalidates it. */
export const walletQueryOptions = queryOptions({ queryKey: ["wallet"] as const, queryFn: fetchWallet });

export function useWallet(enabled: boolean) {
  return useQuery({ ...walletQueryOptions, enabled });
}
