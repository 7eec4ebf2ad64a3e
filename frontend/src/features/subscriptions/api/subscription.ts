import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client";
import type { SubscriptionState } from "../../../api/types";
import { profileQueryOptions } from "../../profile/api/profile";
import { walletQueryOptions } from "../../wallet/api/wallet";

const path = (username: string) => `/api/users/${encodeURIComponent(username)}/subscription`;

export function fetchSubscription(username: string) {
  return api<SubscriptionState>(path(username));
}

/** Subscribe (true) or stop the renewal (false). */
export function changeSubscription(username: string, subscribe: boolean) {
  return api<SubscriptionState>(path(username), { method: subscribe ? "POST" : "DELETE" });
}

export function subscriptionQueryOptions(username: string) {
  return queryOptions({ queryKey: ["subscription", username.toLowerCase()] as const, queryFn: () => fetchSubscription(username) });
}

/** The viewer's subscription to a creator, with the price a new one costs (read only: asking charges nothing). */
export function useSubscription(username: string, enabled: boolean) {
  return useQuery({ ...subscriptionQueryOptions(username), enabled });
}

/** Subscribe (true) or stop the renewal (false); premium items and the balance are reloaded after. */
export function useSubscribe(username: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (subscribe: boolean) => changeSubscription(username, subscribe),
    onSuccess: (state) => {
      qc.setQueryData(subscriptionQueryOptions(username).queryKey, state);
      qc.invalidateQueries({ queryKey: profileQueryOptions(username).queryKey });
      qc.invalidateQueries({ queryKey: walletQueryOptions.queryKey });
    },
  });
}
