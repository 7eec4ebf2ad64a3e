import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client";
import { profileQueryOptions } from "../../profile/api/profile";

/** Go live (true) or end the stream (false). */
export function setLive(live: boolean) {
  return api<unknown>("/api/users/me/live", { method: "POST", json: { live } });
}

/** Done once her page has reloaded with the LIVE badge on or off. */
export function useSetLive(username: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: setLive,
    onSuccess: () => qc.invalidateQueries({ queryKey: profileQueryOptions(username).queryKey }),
  });
}
