import { io, type Socket } from "socket.io-client";
import { api } from "../api/client";
import type { RealtimeWhere } from "../api/types";
import type { ClientToServerEvents, ServerEvent, ServerToClientEvents } from "./events";

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
/** Called with every event the server sends, e.g. (event, data) => { if (event === "profile:live") data.isLive }. */
export type Listener = (...event: ServerEvent) => void;

let socket: AppSocket | null = null;
let connectedAs: string | null = null;
const listeners = new Set<Listener>();
const watched = new Map<string, number>();

/**
 * One socket per tab; the server says where it is. It is authenticated by the session cookie, which
 * the browser sends with the handshake (same host, the socket's own port): {@code auth: {}} asks the
 * server to look at it. A new log-in (another user, or none) opens a new socket.
 */
export async function connect(userId: string | null = null): Promise<AppSocket> {
  if (socket && (userId === null || connectedAs === userId)) return socket;
  socket?.close();
  const where = await api<RealtimeWhere>("/api/realtime");
  const s: AppSocket = io(where.url, { path: where.path, auth: {}, withCredentials: true, transports: ["websocket", "polling"] });
  s.onAny((...event) => listeners.forEach((l) => l(...(event as ServerEvent))));
  s.on("connect", () => {
    for (const id of watched.keys()) s.emit("profile:watch", { userId: id });
  });
  socket = s;
  connectedAs = userId;
  return s;
}

/** After log-out: the next page opens an anonymous socket. */
export function disconnect() {
  socket?.close();
  socket = null;
  connectedAs = null;
}

export function onEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function watch(userId: string): Promise<() => void> {
  watched.set(userId, (watched.get(userId) ?? 0) + 1);
  const s = await connect();
  s.emit("profile:watch", { userId });
  return () => {
    const n = (watched.get(userId) ?? 1) - 1;
    if (n <= 0) {
      watched.delete(userId);
      socket?.emit("profile:unwatch", { userId }); // the tab's socket now (a log-in may have replaced s)
    } else watched.set(userId, n);
  };
}

/** Tells the other participant that I am typing (the tab's socket; nothing if it is not open yet). */
export function sendTyping(conversationId: string) {
  socket?.emit("typing", { conversationId });
}
