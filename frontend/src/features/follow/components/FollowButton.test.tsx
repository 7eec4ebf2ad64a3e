import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { session } from "../../../api/client";
import { profileQueryOptions } from "../../profile/api/profile";
import type { Profile } from "../../../api/types";
import { Toasts } from "../../../components/toasts";
import { FollowButton } from "./FollowButton";

function cached(qc: QueryClient, following: boolean, followers: number) {
  qc.setQueryData<Profile>(profileQueryOptions("lena").queryKey, {
    user: { id: "1", username: "lena" } as Profile["user"],
    stats: { followers, following: 0, likes: 0, streamHours: 0, posts: 0 },
    viewer: { authenticated: true, isSelf: false, following, subscribed: false, messaging: { allowed: true } },
    fantasyAccess: "granted",
    giftVault: [],
    contentGrid: [],
  });
}

/** The server's answer, released when the test says so. */
function deferredFetch(status: number, body: unknown) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const fetchMock = vi.fn(async () => {
    await gate;
    return new Response(JSON.stringify(body), { status, headers: { "Content-Type": status < 300 ? "application/json" : "application/problem+json" } });
  });
  vi.stubGlobal("fetch", fetchMock);
  return { release, fetchMock };
}

function mount(qc: QueryClient, following: boolean) {
  return render(
    <QueryClientProvider client={qc}>
      <Toasts>
        <FollowButton username="lena" following={following} />
      </Toasts>
    </QueryClientProvider>,
  );
}

// logged in with the session cookie: the page holds the session's CSRF token (from log-in or /me)
beforeEach(() => session.setCsrf("csrf-of-this-session"));
afterEach(() => {
  vi.unstubAllGlobals();
  session.setCsrf(null);
});

describe("follow button", () => {
  it("counts the follow at once and keeps the server's count", async () => {
    const qc = new QueryClient();
    cached(qc, false, 4217);
    const server = deferredFetch(200, { following: true, followerCount: 4219 });
    mount(qc, false);
    fireEvent.click(screen.getByTestId("follow-button"));
    await waitFor(() => expect(qc.getQueryData<Profile>(profileQueryOptions("lena").queryKey)!.stats.followers).toBe(4218));
    expect(qc.getQueryData<Profile>(profileQueryOptions("lena").queryKey)!.viewer.following).toBe(true);
    expect(server.fetchMock).toHaveBeenCalledWith("/api/users/lena/follow", expect.objectContaining({ method: "PUT" }));
    const sent = (server.fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].headers as Headers;
    expect(sent.get("X-CSRF-Token")).toBe("csrf-of-this-session"); // an unsafe request made with the cookie
    await act(async () => server.release());
    await waitFor(() => expect(qc.getQueryData<Profile>(profileQueryOptions("lena").queryKey)!.stats.followers).toBe(4219));
  });

  it("rolls back when the server refuses, and says so", async () => {
    const qc = new QueryClient();
    cached(qc, true, 10);
    const server = deferredFetch(500, { type: "urn:teezu:problem:server-error", title: "Internal server error", status: 500, detail: "x" });
    mount(qc, true);
    fireEvent.click(screen.getByTestId("follow-button"));
    await waitFor(() => expect(qc.getQueryData<Profile>(profileQueryOptions("lena").queryKey)!.stats.followers).toBe(9));
    expect(qc.getQueryData<Profile>(profileQueryOptions("lena").queryKey)!.viewer.following).toBe(false);
    await act(async () => server.release());
    await waitFor(() => expect(qc.getQueryData<Profile>(profileQueryOptions("lena").queryKey)!.stats.followers).toBe(10));
    expect(qc.getQueryData<Profile>(profileQueryOptions("lena").queryKey)!.viewer.following).toBe(true);
    expect(await screen.findByTestId("toast")).toHaveTextContent("Could not update follow");
  });
});
