import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client";
import { profileQueryOptions } from "../../profile/api/profile";

/** The creator's Teezer (AI clone) switch. */
export function setTeezerActive(active: boolean) {
  return api<unknown>("/api/users/me/teezer", { method: "PATCH", json: { active } });
}

/** Done once her page has reloaded with the new Teezer state. */
export function useSetTeezerActive(username: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: setTeezerActive,
    onSuccess: () => qc.invalidateQueries({ queryKey: profileQueryOptions(username).queryKey }),
  });
}
