import type { ServerEvent } from "./events";

type Handler = (...args: unknown[]) => void;
const fake = vi.hoisted(() => ({
  sockets: [] as { emitted: [string, unknown][]; any: Handler[]; on: Record<string, Handler>; closed: boolean }[],
  options: [] as unknown[],
}));

vi.mock("socket.io-client", () => ({
  io: (url: string, options: unknown) => {
    fake.options.push({ url, ...(options as object) });
    const s = { emitted: [] as [string, unknown][], any: [] as Handler[], on: {} as Record<string, Handler>, closed: false };
    fake.sockets.push(s);
    return {
      onAny: (h: Handler) => s.any.push(h),
      on: (event: string, h: Handler) => (s.on[event] = h),
      emit: (event: string, data: unknown) => s.emitted.push([event, data]),
      close: () => (s.closed = true),
    };
  },
}));

const { connect, disconnect, onEvent, watch } = await import("./socket");

beforeEach(() => {
  vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify({ url: "http://localhost:9092", path: "/socket.io" }), { status: 200 })));
});
afterEach(() => {
  disconnect();
  fake.sockets.length = 0;
  fake.options.length = 0;
  vi.unstubAllGlobals();
});

describe("the tab's socket", () => {
  it("connects where the server says, with the session cookie, and passes every event on typed", async () => {
    const seen: ServerEvent[] = [];
    const off = onEvent((...event) => seen.push(event));
    await connect("u1");
    expect(fake.options[0]).toMatchObject({ url: "http://localhost:9092", path: "/socket.io", auth: {}, withCredentials: true });
    fake.sockets[0].any.forEach((h) => h("profile:live", { userId: "9", isLive: true }));
    off();
    fake.sockets[0].any.forEach((h) => h("profile:live", { userId: "9", isLive: false }));
    expect(seen).toEqual([["profile:live", { userId: "9", isLive: true }]]);
  });

  it("watches a profile, watches it again after a reconnect, and unwatches it when the last watcher stops", async () => {
    const stopA = await watch("9");
    const stopB = await watch("9");
    const s = fake.sockets[0];
    expect(s.emitted).toEqual([["profile:watch", { userId: "9" }], ["profile:watch", { userId: "9" }]]);
    s.on.connect();
    expect(s.emitted.at(-1)).toEqual(["profile:watch", { userId: "9" }]);
    stopA();
    expect(s.emitted.filter(([e]) => e === "profile:unwatch")).toHaveLength(0);
    stopB();
    expect(s.emitted.at(-1)).toEqual(["profile:unwatch", { userId: "9" }]);
  });

  it("opens a new socket for another user after a log-in", async () => {
    await connect("u1");
    await connect("u1");
    await connect("u2");
    expect(fake.sockets).toHaveLength(2);
    expect(fake.sockets[0].closed).toBe(true);
  });
});
