import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { api, newIdempotencyKey } from "../../../api/client";
import type { ConversationPage, DmPolicy, Message, MessagePage, MessageUnlock, MessagesMarked } from "../../../api/types";
import { allProfilesKey } from "../../profile/api/profile";
import { walletQueryOptions } from "../../wallet/api/wallet";

export const allMessagesKey = ["messages"] as const;

/** The inbox, newest activity first, a page at a time. */
export const conversationsQueryOptions = infiniteQueryOptions({
  queryKey: [...allMessagesKey, "conversations"] as const,
  queryFn: ({ pageParam }) =>
    api<ConversationPage>(`/api/conversations?limit=30${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ""}`),
  initialPageParam: null as string | null,
  getNextPageParam: (last) => last.nextCursor ?? null,
});

export function useConversations(enabled = true) {
  return useInfiniteQuery({ ...conversationsQueryOptions, enabled });
}

/** The header's badge: unread messages over all conversations. */
export const unreadQueryOptions = queryOptions({
  queryKey: [...allMessagesKey, "unread"] as const,
  queryFn: () => api<{ unread: number }>("/api/conversations/unread"),
});

export function useUnread(enabled: boolean) {
  return useQuery({ ...unreadQueryOptions, enabled });
}

/** A thread, newest first in pages; the view shows it oldest first and loads older pages as one scrolls up. */
export function threadQueryOptions(conversationId: string) {
  return infiniteQueryOptions({
    queryKey: [...allMessagesKey, "thread", conversationId] as const,
    queryFn: ({ pageParam }) =>
      api<MessagePage>(`/api/conversations/${conversationId}/messages?limit=30${pageParam ? `&before=${pageParam}` : ""}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
  });
}

export function useThread(conversationId: string) {
  return useInfiniteQuery(threadQueryOptions(conversationId));
}

type Thread = InfiniteData<MessagePage, unknown>;

/** Puts a message into a cached thread (newest page), or replaces the one with the same id (or pending id). */
export function upsertMessage(thread: Thread | undefined, message: Message, replaceId = message.id): Thread | undefined {
  if (!thread) return thread;
  const exists = thread.pages.some((p) => p.items.some((m) => m.id === replaceId || m.id === message.id));
  if (exists) {
    return { ...thread, pages: thread.pages.map((p) => ({ ...p, items: p.items.map((m) => (m.id === replaceId || m.id === message.id ? message : m)) }))
      .map((p) => ({ ...p, items: p.items.filter((m, i, all) => all.findIndex((x) => x.id === m.id) === i) })) };
  }
  const [first, ...rest] = thread.pages;
  return { ...thread, pages: [{ ...first, items: [message, ...first.items] }, ...rest] };
}

export function removeMessage(thread: Thread | undefined, messageId: string): Thread | undefined {
  if (!thread) return thread;
  return { ...thread, pages: thread.pages.map((p) => ({ ...p, items: p.items.filter((m) => m.id !== messageId) })) };
}

export type Attachment = { mediaId: string; priceTokens?: number; thumbnailUrl: string };

export function sendMessage(conversationId: string, text: string, key: string, attachment?: Attachment) {
  const json = attachment ? { text, mediaId: attachment.mediaId, priceTokens: attachment.priceTokens } : { text };
  return api<Message>(`/api/conversations/${conversationId}/messages`, { method: "POST", json, headers: { "Idempotency-Key": key } });
}

/** A picture for a message (re-encoded by the server, with a thumbnail and a blurred preview); usable once. */
export function uploadPicture(file: File) {
  const body = new FormData();
  body.append("file", file);
  return api<{ id: string; thumbnailUrl: string }>("/api/media", { method: "POST", body });
}

export const dmPolicyQueryOptions = queryOptions({
  queryKey: [...allMessagesKey, "policy"] as const,
  queryFn: () => api<DmPolicy>("/api/users/me/dm-policy"),
});

export function useDmPolicy() {
  return useQuery(dmPolicyQueryOptions);
}

export function useSetDmPolicy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (policy: DmPolicy) => api<DmPolicy>("/api/users/me/dm-policy", { method: "PATCH", json: policy }),
    onSuccess: (policy) => {
      qc.setQueryData(dmPolicyQueryOptions.queryKey, policy);
      qc.invalidateQueries({ queryKey: allProfilesKey });
    },
  });
}

/** Opens the conversation with someone (or writes in the existing one). */
export function sendTo(username: string, text: string, key: string) {
  return api<Message>(`/api/users/${encodeURIComponent(username)}/messages`, { method: "POST", json: { text }, headers: { "Idempotency-Key": key } });
}

/**
 * Sends optimistically: the message shows at once as "sending"; the answer replaces it, a failure
 * takes it out again (the caller puts the text back in the box). The key makes a retried send one message.
 */
export function useSend(conversationId: string, me: { id: string; username: string; displayName: string }) {
  const qc = useQueryClient();
  const key = threadQueryOptions(conversationId).queryKey;
  return useMutation({
    mutationFn: ({ text, idempotencyKey, attachment }: { text: string; idempotencyKey: string; pendingId: string; attachment?: Attachment }) =>
      sendMessage(conversationId, text, idempotencyKey, attachment),
    onMutate: async ({ text, pendingId, attachment }) => {
      await qc.cancelQueries({ queryKey: key });
      const pending: Message = { id: pendingId, conversationId, sender: me, authorKind: "human", aiGenerated: false, text, createdAt: new Date().toISOString(),
        thumbnailUrl: attachment?.thumbnailUrl, priceTokens: attachment?.priceTokens };
      qc.setQueryData(key, (t) => upsertMessage(t, pending));
    },
    onSuccess: (message, { pendingId }) => {
      qc.setQueryData(key, (t) => upsertMessage(t, message, pendingId));
      qc.invalidateQueries({ queryKey: conversationsQueryOptions.queryKey });
      qc.invalidateQueries({ queryKey: walletQueryOptions.queryKey });
    },
    onError: (_e, { pendingId }) => {
      qc.setQueryData(key, (t) => removeMessage(t, pendingId));
    },
  });
}

export function newSendKeys() {
  return { idempotencyKey: newIdempotencyKey(), pendingId: `pending-${newIdempotencyKey()}` };
}

export function useSendTo() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ username, text, idempotencyKey }: { username: string; text: string; idempotencyKey: string }) => sendTo(username, text, idempotencyKey),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: allMessagesKey });
      qc.invalidateQueries({ queryKey: allProfilesKey });
      qc.invalidateQueries({ queryKey: walletQueryOptions.queryKey });
    },
  });
}

export function markRead(conversationId: string, upTo: string) {
  return api<MessagesMarked>(`/api/conversations/${conversationId}/read`, { method: "POST", json: { upTo } });
}

export function useMarkRead(conversationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (upTo: string) => markRead(conversationId, upTo),
    onSuccess: (marked) => {
      qc.setQueryData(unreadQueryOptions.queryKey, { unread: marked.total });
      qc.invalidateQueries({ queryKey: conversationsQueryOptions.queryKey });
    },
  });
}

export function useUnlockMessage(conversationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ messageId, key }: { messageId: string; key: string }) =>
      api<MessageUnlock>(`/api/messages/${messageId}/unlock`, { method: "POST", headers: { "Idempotency-Key": key } }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: threadQueryOptions(conversationId).queryKey });
      qc.invalidateQueries({ queryKey: conversationsQueryOptions.queryKey });
      qc.invalidateQueries({ queryKey: walletQueryOptions.queryKey });
    },
  });
}

export function useUnsend(conversationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (messageId: string) => api<void>(`/api/messages/${messageId}`, { method: "DELETE" }),
    onSuccess: (_v, messageId) => {
      qc.setQueryData(threadQueryOptions(conversationId).queryKey, (t) => removeMessage(t, messageId));
      qc.invalidateQueries({ queryKey: conversationsQueryOptions.queryKey });
    },
  });
}
