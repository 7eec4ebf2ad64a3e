import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client";
import type { FollowAnswer, Profile } from "../../../api/types";
import { profileQueryOptions } from "../../profile/api/profile";

export function setFollow(username: string, follow: boolean) {
  return api<FollowAnswer>(`/api/users/${encodeURIComponent(username)}/follow`, { method: follow ? "PUT" : "DELETE" });
}

/** Follow/unfollow with an optimistic update that is rolled back if the server says no. */
export function useFollow(username: string) {
  const qc = useQueryClient();
  const key = profileQueryOptions(username).queryKey;
  return useMutation({
    mutationFn: (follow: boolean) => setFollow(username, follow),
    onMutate: async (follow: boolean) => {
      await qc.cancelQueries({ queryKey: key });
      const previous = qc.getQueryData<Profile>(key);
      if (previous) {
        qc.setQueryData<Profile>(key, {
          ...previous,
          viewer: { ...previous.viewer, following: follow },
          stats: { ...previous.stats, followers: Math.max(0, previous.stats.followers + (follow ? 1 : -1)) },
        });
      }
      return { previous };
    },
    onError: (_error, _follow, context) => {
      if (context?.previous) qc.setQueryData(key, context.previous);
    },
    onSuccess: (answer) => {
      const current = qc.getQueryData<Profile>(key);
      if (current) {
        qc.setQueryData<Profile>(key, {
          ...current,
          viewer: { ...current.viewer, following: answer.following },
          stats: { ...current.stats, followers: answer.followerCount },
        });
      }
    },
  });
}
