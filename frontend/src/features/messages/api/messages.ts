import { useRef } from "react";
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { api, ApiError, newIdempotencyKey } from "../../../api/client";
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

/** `maxPriceTokens`: the price per message the sender agreed to pay (where the recipient charges one). */
export function sendMessage(conversationId: string, text: string, key: string, attachment?: Attachment, maxPriceTokens?: number) {
  const json = {
    text,
    ...(attachment ? { mediaId: attachment.mediaId, priceTokens: attachment.priceTokens } : {}),
    ...(maxPriceTokens !== undefined ? { maxPriceTokens } : {}),
  };
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
export function sendTo(username: string, text: string, key: string, maxPriceTokens?: number) {
  const json = maxPriceTokens !== undefined ? { text, maxPriceTokens } : { text };
  return api<Message>(`/api/users/${encodeURIComponent(username)}/messages`, { method: "POST", json, headers: { "Idempotency-Key": key } });
}

/**
 * Sends optimistically: the message shows at once as "sending"; the answer replaces it, a failure
 * takes it out again (the caller puts the text back in the box). The key makes a retried send one message.
 */
export function useSend(conversationId: string, me: { id: string; username: string; displayName: string }) {
  const qc = useQueryClient();
  const key = threadQueryOptions(conversationId).queryKey;
  return useMutation({
    mutationFn: ({ text, idempotencyKey, attachment, maxPriceTokens }: { text: string; idempotencyKey: string; pendingId: string; attachment?: Attachment; maxPriceTokens?: number }) =>
      sendMessage(conversationId, text, idempotencyKey, attachment, maxPriceTokens),
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

/**
 * The Idempotency-Key of the message being sent. A send that failed may only have lost its answer (it
 * was stored, and maybe charged): when the same message is sent again it goes with the same key, so
 * it can never become two messages or two charges. A changed message gets a new key.
 */
export function useSendKey() {
  const current = useRef<{ message: string; key: string } | null>(null);
  return {
    keyFor(message: { text: string; mediaId?: string; priceTokens?: number; maxPriceTokens?: number }) {
      const fingerprint = JSON.stringify([message.text, message.mediaId ?? null, message.priceTokens ?? null, message.maxPriceTokens ?? null]);
      if (current.current?.message !== fingerprint) current.current = { message: fingerprint, key: newIdempotencyKey() };
      return current.current.key;
    },
    /** The send went through: the next message is a new one. */
    sent() {
      current.current = null;
    },
  };
}

export function useSendTo() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ username, text, idempotencyKey, maxPriceTokens }: { username: string; text: string; idempotencyKey: string; maxPriceTokens?: number }) =>
      sendTo(username, text, idempotencyKey, maxPriceTokens),
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

/** The price a refused send named (`price-not-accepted`): what a message to her costs now; else undefined. */
export function priceAsked(error: unknown): number | undefined {
  if (!(error instanceof ApiError) || !error.problem.type?.endsWith(":price-not-accepted")) return undefined;
  return error.problem.priceTokens ?? undefined;
}
