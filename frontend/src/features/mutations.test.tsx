import type { QueryKey } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import { session } from "../api/client";
import { json, stubFetch, testQueryClient, withClient } from "../test/query";
import { meQueryOptions } from "./auth/api/me";
import { useAuthenticate, useLogout } from "./auth/api/session";
import { useCreatePost, useDeletePost } from "./content/api/posts";
import { useUnlock } from "./content/api/unlock";
import { useSendGift } from "./gifts/api/gifts";
import { notificationsQueryOptions, useMarkRead } from "./notifications/api/notifications";
import { allProfilesKey, profileQueryOptions } from "./profile/api/profile";
import { useSubmitQuiz } from "./quiz/api/quiz";
import { useUploadPicture } from "./settings/api/settings";
import { useRecordVerification, useRecount, useTopUp } from "./staff/api/staff";
import { useSetLive } from "./studio/api/stream";
import { subscriptionQueryOptions, useSubscribe } from "./subscriptions/api/subscription";
import { useSetTeezerActive } from "./teezer/api/teezer";
import { walletQueryOptions } from "./wallet/api/wallet";

const lena = profileQueryOptions("LovelyLena").queryKey;
const sam = profileQueryOptions("sam").queryKey;
const wallet = walletQueryOptions.queryKey;
const notifications = notificationsQueryOptions.queryKey;
const me = meQueryOptions.queryKey;
const file = new File(["x"], "x.png", { type: "image/png" });

type Case = {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  hook: () => { mutateAsync: (variables: any) => Promise<unknown> };
  variables?: unknown;
  request: [method: string, path: string, body?: unknown];
  answer?: unknown;
  invalidates: QueryKey[];
};

// every write of the web app: what it sends, and which cached queries it marks stale (by their options' keys)
const cases: Case[] = [
  { name: "unlock", hook: () => useUnlock("LovelyLena"), variables: { contentId: "c1", key: "k1" }, request: ["POST", "/api/content/c1/unlock"], invalidates: [lena, wallet] },
  { name: "publish a post", hook: () => useCreatePost("LovelyLena"), variables: new FormData(), request: ["POST", "/api/content"], invalidates: [lena] },
  { name: "delete a post", hook: () => useDeletePost("LovelyLena"), variables: "c1", request: ["DELETE", "/api/content/c1"], invalidates: [lena] },
  { name: "send a gift", hook: () => useSendGift("LovelyLena"), variables: { type: "rose", key: "k2" }, request: ["POST", "/api/users/LovelyLena/gifts", { type: "rose" }], invalidates: [lena, wallet] },
  { name: "stop a renewal", hook: () => useSubscribe("LovelyLena"), variables: false, request: ["DELETE", "/api/users/LovelyLena/subscription"], answer: { subscribed: true, renews: false }, invalidates: [lena, wallet] },
  { name: "mark read", hook: () => useMarkRead(), variables: ["n1", "n2"], request: ["POST", "/api/notifications/read", { ids: ["n1", "n2"] }], invalidates: [notifications] },
  { name: "the DNA quiz", hook: () => useSubmitQuiz(), variables: { q1: "a" }, request: ["POST", "/api/users/me/dna-quiz", { answers: { q1: "a" } }], invalidates: [lena, sam] },
  { name: "a new avatar", hook: () => useUploadPicture("avatar", "LovelyLena"), variables: file, request: ["PUT", "/api/users/me/avatar"], invalidates: [lena] },
  { name: "go live", hook: () => useSetLive("LovelyLena"), variables: true, request: ["POST", "/api/users/me/live", { live: true }], invalidates: [lena] },
  { name: "the Teezer switch", hook: () => useSetTeezerActive("LovelyLena"), variables: false, request: ["PATCH", "/api/users/me/teezer", { active: false }], invalidates: [lena] },
  { name: "an age check", hook: () => useRecordVerification({ id: "u9", username: "LovelyLena" }), variables: { identityVerified: true, method: "id_document" },
    request: ["POST", "/api/users/u9/verification", { identityVerified: true, method: "id_document" }], invalidates: [lena] },
  { name: "a top-up (another member's wallet)", hook: () => useTopUp(), variables: { user: "sam", amount: 5 }, request: ["POST", "/api/wallet/topups", { user: "sam", amount: 5 }], answer: { balance: 5 }, invalidates: [] },
  { name: "a recount", hook: () => useRecount(), request: ["POST", "/api/admin/recount"], answer: { drifted: 0 }, invalidates: [] },
];

beforeEach(() => session.setCsrf("csrf"));
afterEach(() => {
  vi.unstubAllGlobals();
  session.setCsrf(null);
});

function seeded() {
  const qc = testQueryClient();
  for (const key of [lena, sam, wallet, notifications, me, subscriptionQueryOptions("LovelyLena").queryKey] as QueryKey[]) qc.setQueryData(key, { seeded: true });
  return qc;
}

describe.each(cases)("the mutation for $name", ({ hook, variables, request, answer, invalidates }) => {
  it("sends its request with the CSRF token and invalidates its queries, and no others", async () => {
    const qc = seeded();
    const sent = stubFetch(() => json(answer ?? {}));
    const { result } = renderHook(hook, { wrapper: withClient(qc) });
    await act(() => result.current.mutateAsync(variables));
    const [method, path, body] = request;
    expect(sent.map((s) => [s.method, s.path])).toEqual([[method, path]]);
    if (body !== undefined) expect(sent[0].body).toEqual(body);
    expect(sent[0].headers.get("X-CSRF-Token")).toBe("csrf");
    const stale = qc.getQueryCache().getAll().filter((q) => q.state.isInvalidated).map((q) => q.queryKey);
    expect(stale).toEqual(expect.arrayContaining(invalidates));
    expect(stale).toHaveLength(invalidates.length);
  });
});

describe("mutations that update the cache directly", () => {
  it("a subscription change is cached under the subscription's key", async () => {
    const qc = seeded();
    stubFetch(() => json({ subscribed: true, renews: true }));
    const { result } = renderHook(() => useSubscribe("LovelyLena"), { wrapper: withClient(qc) });
    await act(() => result.current.mutateAsync(true));
    expect(qc.getQueryData(subscriptionQueryOptions("lovelylena").queryKey)).toEqual({ subscribed: true, renews: true });
  });

  it("a log-in keeps the CSRF token, caches who I am and drops what was cached for someone else", async () => {
    const qc = seeded();
    qc.setQueryData(["messages", "unread"], { unread: 3 });
    session.setCsrf(null);
    const sent = stubFetch(() => json({ csrfToken: "new", user: { id: "1", username: "sam" } }));
    const { result } = renderHook(() => useAuthenticate("login"), { wrapper: withClient(qc) });
    await act(() => result.current.mutateAsync({ username: "sam", password: "pw" }));
    expect(sent.map((s) => [s.method, s.path, s.body])).toEqual([["POST", "/api/auth/login", { username: "sam", password: "pw" }]]);
    expect(session.csrf()).toBe("new");
    expect(qc.getQueryData(me)).toEqual({ id: "1", username: "sam" });
    expect(qc.getQueriesData({ queryKey: allProfilesKey })).toEqual([]);
    expect(qc.getQueryData(notifications)).toBeUndefined();
    // the previous person's wallet (and inbox, threads, unread count) are not the new one's to see
    expect(qc.getQueryData(wallet)).toBeUndefined();
    expect(qc.getQueryData(["messages", "unread"])).toBeUndefined();
  });

  it("a log-out forgets the session even when the server does not answer", async () => {
    const qc = seeded();
    qc.setQueryData(["messages", "conversations"], { pages: [] });
    stubFetch(() => json({ type: "about:blank", title: "Bad gateway", status: 502, detail: "" }, 502));
    const { result } = renderHook(() => useLogout(), { wrapper: withClient(qc) });
    await act(() => result.current.mutateAsync(undefined));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(session.csrf()).toBeNull();
    expect(qc.getQueryData(me)).toBeNull();
    expect(qc.getQueriesData({ queryKey: allProfilesKey })).toEqual([]);
    expect(qc.getQueryData(notifications)).toBeUndefined();
    expect(qc.getQueryData(["messages", "conversations"])).toBeUndefined();
    expect(qc.getQueryData(wallet)).toBeUndefined();
  });
});
