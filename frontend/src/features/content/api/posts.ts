import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client";
import { profileQueryOptions } from "../../profile/api/profile";

/** A new post: multipart file, visibility, and an optional title and price. */
export function createPost(form: FormData) {
  return api<unknown>("/api/content", { method: "POST", body: form });
}

export function deletePost(contentId: string) {
  return api<void>(`/api/content/${contentId}`, { method: "DELETE" });
}

/** Publishes a post of the creator's own; her page reloads behind it. */
export function useCreatePost(username: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createPost,
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: profileQueryOptions(username).queryKey });
    },
  });
}

/** Removes a post; done once her page has reloaded without it. */
export function useDeletePost(username: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deletePost,
    onSuccess: () => qc.invalidateQueries({ queryKey: profileQueryOptions(username).queryKey }),
  });
}
