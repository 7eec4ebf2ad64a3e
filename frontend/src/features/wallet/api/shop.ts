import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { api } from "../../../api/client";
import type { Purchase, PurchaseStarted, SpendingLimits, TokenPackage } from "../../../api/types";
import { connect, onEvent } from "../../../realtime/socket";
import { walletQueryOptions } from "./wallet";

/** Where the fan was when she went to buy tokens, to bring her back there after the checkout. */
const RETURN_KEY = "teezu.shop.returnTo";

export const packagesQueryOptions = queryOptions({
  queryKey: ["wallet", "packages"] as const,
  queryFn: () => api<TokenPackage[]>("/api/wallet/packages"),
  staleTime: 60_000,
});

export function usePackages() {
  return useQuery(packagesQueryOptions);
}

export function purchaseQueryOptions(id: string) {
  return queryOptions({ queryKey: ["wallet", "purchases", id] as const, queryFn: () => api<Purchase>(`/api/wallet/purchases/${id}`) });
}

/** A purchase; while it is pending it is also asked for now and then, in case the socket missed the news. */
export function usePurchase(id: string) {
  return useQuery({
    ...purchaseQueryOptions(id),
    refetchInterval: (q) => (q.state.data?.state === "pending" ? 3_000 : false),
  });
}

export function rememberReturn(path: string | null) {
  try {
    if (path) sessionStorage.setItem(RETURN_KEY, path);
  } catch {
    // storage blocked: the return page links to the wallet
  }
}

export function returnPath(): string | null {
  try {
    return sessionStorage.getItem(RETURN_KEY);
  } catch {
    return null;
  }
}

/** Starts a checkout and sends the browser to the provider's page. */
export function useStartPurchase() {
  return useMutation({
    mutationFn: (packageId: string) => api<PurchaseStarted>("/api/wallet/purchases", { method: "POST", json: { packageId } }),
    onSuccess: (started) => {
      const url = new URL(started.checkoutUrl, window.location.href);
      window.location.assign(url.origin === window.location.origin ? url.pathname + url.search : url.href);
    },
  });
}

export function useSetLimits() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (limits: { daily?: number | null; monthly?: number | null }) =>
      api<SpendingLimits>("/api/wallet/limits", { method: "PATCH", json: limits }),
    onSuccess: () => qc.invalidateQueries({ queryKey: walletQueryOptions.queryKey }),
  });
}

/** The test provider's checkout page: the buyer's choice, sent as the provider's signed callback. */
export function useTestCheckout() {
  return useMutation({
    mutationFn: ({ id, event }: { id: string; event: "sale" | "decline" | "refund" | "chargeback" }) =>
      api<{ purchaseId: string; event: string; returnUrl: string }>(`/api/payments/test/purchases/${id}/events`, { method: "POST", json: { event } }),
  });
}

/** My own room: a purchase's new state and my balance after it, without a reload. */
export function useWalletEvents(userId: string | null | undefined) {
  const qc = useQueryClient();
  useEffect(() => {
    if (!userId) return;
    connect(userId);
    return onEvent((event, d) => {
      if (event !== "wallet:purchase") return;
      qc.setQueryData(purchaseQueryOptions(d.purchaseId).queryKey, (p) => (p ? { ...p, state: d.state } : p));
      qc.setQueryData(walletQueryOptions.queryKey, (w) => (w ? { ...w, balance: d.balance } : w));
      qc.invalidateQueries({ queryKey: purchaseQueryOptions(d.purchaseId).queryKey });
      qc.invalidateQueries({ queryKey: walletQueryOptions.queryKey });
    });
  }, [userId, qc]);
}

export type PackageChange = { tokens: number; priceCents: number; vatRate: number; active: boolean };
export type Shortfall = { id: string; userId: string; username: string; reference: string; kind: string; amount: number; settled: number; createdAt: string };

export const staffPackagesQueryOptions = queryOptions({
  queryKey: ["wallet", "packages", "all"] as const,
  queryFn: () => api<TokenPackage[]>("/api/admin/packages"),
});

export const shortfallsQueryOptions = queryOptions({
  queryKey: ["wallet", "shortfalls"] as const,
  queryFn: () => api<Shortfall[]>("/api/admin/shortfalls"),
});

/** Staff: a new package (id null) or a change to one; the shop's lists refresh. */
export function useSavePackage() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string | null; change: PackageChange }) =>
      api<TokenPackage>(id ? `/api/admin/packages/${id}` : "/api/admin/packages", { method: id ? "PUT" : "POST", json: change }),
    onSuccess: () => qc.invalidateQueries({ queryKey: packagesQueryOptions.queryKey }),
  });
}
