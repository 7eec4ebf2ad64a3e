import { useEffect, useSyncExternalStore } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { connect, onEvent } from "../../../realtime/socket";
import { conversationsQueryOptions, removeMessage, threadQueryOptions, unreadQueryOptions, upsertMessage } from "./messages";

/** Who is typing where, until when (ms); the entries expire by themselves. */
const typing = new Map<string, { userId: string; until: number }>();
const typingListeners = new Set<() => void>();
let typingVersion = 0;

function setTyping(conversationId: string, userId: string, until: number) {
  typing.set(conversationId, { userId, until });
  typingVersion++;
  typingListeners.forEach((l) => l());
  setTimeout(() => {
    const now = typing.get(conversationId);
    if (now && now.until <= Date.now()) {
      typing.delete(conversationId);
      typingVersion++;
      typingListeners.forEach((l) => l());
    }
  }, Math.max(0, until - Date.now()) + 50);
}

function clearTyping(conversationId: string, userId: string) {
  if (typing.get(conversationId)?.userId !== userId) return;
  typing.delete(conversationId);
  typingVersion++;
  typingListeners.forEach((l) => l());
}

/** Whether someone other than me is typing in the conversation right now. */
export function useSomeoneTyping(conversationId: string, myId: string | undefined): boolean {
  useSyncExternalStore(
    (l) => {
      typingListeners.add(l);
      return () => typingListeners.delete(l);
    },
    () => typingVersion,
  );
  const entry = typing.get(conversationId);
  return !!entry && entry.userId !== myId && entry.until > Date.now();
}

/**
 * My own room: new, read and unsent messages update the open thread, the inbox and the header's
 * badge without a reload; typing shows for a few seconds (or until that person's message arrives).
 */
export function useMessageEvents(userId: string | null | undefined) {
  const qc = useQueryClient();
  useEffect(() => {
    if (!userId) return;
    connect(userId);
    return onEvent((event, d) => {
      if (event === "message:new") {
        qc.setQueryData(threadQueryOptions(d.conversationId).queryKey, (t) => upsertMessage(t, d.message));
        clearTyping(d.conversationId, d.message.sender.id);
        qc.invalidateQueries({ queryKey: conversationsQueryOptions.queryKey });
        qc.invalidateQueries({ queryKey: unreadQueryOptions.queryKey });
      } else if (event === "message:read") {
        qc.invalidateQueries({ queryKey: conversationsQueryOptions.queryKey });
        if (d.userId === userId) qc.invalidateQueries({ queryKey: unreadQueryOptions.queryKey });
      } else if (event === "message:removed") {
        qc.setQueryData(threadQueryOptions(d.conversationId).queryKey, (t) => removeMessage(t, d.messageId));
        qc.invalidateQueries({ queryKey: conversationsQueryOptions.queryKey });
        qc.invalidateQueries({ queryKey: unreadQueryOptions.queryKey });
      } else if (event === "typing") {
        if (d.userId !== userId) setTyping(d.conversationId, d.userId, Math.min(Date.parse(d.expiresAt), Date.now() + 6000));
      }
    });
  }, [userId, qc]);
}
