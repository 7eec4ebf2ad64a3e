import type { Message, Mood, NotificationFrom, Profile } from "../api/types";

/**
 * The Socket.IO events of the app, typed once (socket.io-client's Socket<ServerToClientEvents,
 * ClientToServerEvents>). What the server sends: to the user's own room, notification:new; to the
 * watchers of a profile, its live state, mood, Teezer state, counters and gifts.
 */
export interface ServerToClientEvents {
  /** Someone followed me, or my subscription to a creator could not be renewed. */
  "notification:new": (data: { type: "new_follower" | "subscription_lapsed" | "new_message" | "gift_received" | "content_unlocked" | "new_subscriber" | "teezer_handover"; from: NotificationFrom | null; createdAt: string }) => void;
  /** A message in one of my conversations (mine too, as I see it: a paid one is locked only for its recipient). */
  "message:new": (data: { conversationId: string; message: Message }) => void;
  /** Someone's read marker in one of my conversations moved forward to message upTo. */
  "message:read": (data: { conversationId: string; userId: string; upTo: string }) => void;
  /** A message was unsent (not sent to those who bought it: theirs stays). */
  "message:removed": (data: { conversationId: string; messageId: string }) => void;
  /** A participant is typing; show it until expiresAt (a few seconds). */
  typing: (data: { conversationId: string; userId: string; expiresAt: string }) => void;
  /** My purchase of tokens was paid, declined, refunded or charged back; balance: my tokens after it. */
  "wallet:purchase": (data: { purchaseId: string; state: "pending" | "paid" | "failed" | "refunded" | "charged_back"; balance: number }) => void;
  "profile:live": (data: { userId: string; isLive: boolean }) => void;
  "profile:mood": (data: { userId: string; mood: Mood | null }) => void;
  "profile:teezer": (data: { userId: string; active: boolean; status: Profile["user"]["teezer"]["status"] }) => void;
  /** The profile's public counters; version orders snapshots between the server's nodes. */
  "stats:update": (data: { userId: string; version?: number } & Profile["stats"]) => void;
  "gift:received": (data: { userId: string; gift: { type: string; emoji: string; label: string }; count: number }) => void;
  /** The server's confirmation of a profile:watch (nothing in the app waits for it). */
  "profile:watching": (data: { userId: string }) => void;
}

export interface ClientToServerEvents {
  "profile:watch": (data: { userId: string }) => void;
  "profile:unwatch": (data: { userId: string }) => void;
  /** I am typing in a conversation (the server passes it on to both participants, rate-limited). */
  typing: (data: { conversationId: string }) => void;
}

export type ServerEventName = keyof ServerToClientEvents;
export type ServerEventData<E extends ServerEventName> = Parameters<ServerToClientEvents[E]>[0];

/** One server event as [name, data]: a listener that checks the name gets that event's data type. */
export type ServerEvent = { [E in ServerEventName]: [event: E, data: ServerEventData<E>] }[ServerEventName];
