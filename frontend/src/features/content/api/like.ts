import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client";
import type { Profile } from "../../../api/types";
import { profileQueryOptions } from "../../profile/api/profile";

type LikeState = { liked: boolean; likes: number };

/** Likes (PUT) or unlikes (DELETE) a post; the answer's count goes into the cached profile's grid. */
export function useLike(username: string) {
  const qc = useQueryClient();
  const key = profileQueryOptions(username).queryKey;
  return useMutation({
    mutationFn: ({ contentId, like }: { contentId: string; like: boolean }) =>
      api<LikeState>(`/api/content/${contentId}/like`, { method: like ? "PUT" : "DELETE" }),
    onSuccess: (state, { contentId }) => {
      qc.setQueryData<Profile>(key, (p) =>
        p && { ...p, contentGrid: p.contentGrid.map((i) => (i.id === contentId ? { ...i, liked: state.liked, likes: state.likes } : i)) });
      qc.invalidateQueries({ queryKey: key });
    },
  });
}
