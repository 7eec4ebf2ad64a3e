import { api, session } from "./client";

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

afterEach(() => {
  vi.unstubAllGlobals();
  session.setCsrf(null);
});

describe("api client with the session cookie", () => {
  it("fetches the session's CSRF token before an unsafe request made right after a reload", async () => {
    const fetchMock = vi.fn(async (path: string) =>
      path === "/api/auth/me" ? json({ user: { id: "1" }, csrfToken: "from-me" }) : json({ following: true, followerCount: 1 }),
    );
    vi.stubGlobal("fetch", fetchMock);
    await api("/api/users/lena/follow", { method: "PUT" });
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual(["/api/auth/me", "/api/users/lena/follow"]);
    const headers = (fetchMock.mock.calls[1] as unknown as [string, RequestInit])[1].headers as Headers;
    expect(headers.get("X-CSRF-Token")).toBe("from-me");
    expect(headers.get("Authorization")).toBeNull(); // the page never holds the session token
  });

  it("sends no CSRF token on safe requests and asks for none", async () => {
    const fetchMock = vi.fn(async () => json({ ok: true }));
    vi.stubGlobal("fetch", fetchMock);
    await api("/api/catalog");
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(((fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].headers as Headers).get("X-CSRF-Token")).toBeNull();
  });
});
