import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client";
import type { GiftSent } from "../../../api/types";
import { profileQueryOptions } from "../../profile/api/profile";
import { walletQueryOptions } from "../../wallet/api/wallet";

/** Sends one gift; the key makes a retried request (same click, lost answer) charge once. */
export function sendGift(username: string, type: string, key: string) {
  return api<GiftSent>(`/api/users/${encodeURIComponent(username)}/gifts`, { method: "POST", json: { type }, headers: { "Idempotency-Key": key } });
}

export function useSendGift(username: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ type, key }: { type: string; key: string }) => sendGift(username, type, key),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: profileQueryOptions(username).queryKey });
      qc.invalidateQueries({ queryKey: walletQueryOptions.queryKey });
    },
  });
}
