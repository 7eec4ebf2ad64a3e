import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client";
import type { Reveal } from "../../../api/types";
import { profileQueryOptions } from "../../profile/api/profile";
import { walletQueryOptions } from "../../wallet/api/wallet";

/** Pays for a locked item; the key makes a retried request (same click, lost answer) charge once. */
export function unlockContent(contentId: string, key: string) {
  return api<Reveal>(`/api/content/${contentId}/unlock`, { method: "POST", headers: { "Idempotency-Key": key } });
}

export function useUnlock(username: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ contentId, key }: { contentId: string; key: string }) => unlockContent(contentId, key),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: profileQueryOptions(username).queryKey });
      qc.invalidateQueries({ queryKey: walletQueryOptions.queryKey });
    },
  });
}
