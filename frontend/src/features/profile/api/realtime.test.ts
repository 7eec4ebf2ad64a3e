import { QueryClient } from "@tanstack/react-query";
import type { Profile } from "../../../api/types";
import { applyToCache } from "./realtime";

describe("profile events in the cache", () => {
  const lena = {
    user: { id: "9", username: "lovelylena", isLive: false, mood: null, teezer: { active: false, status: "offline" } },
    stats: { followers: 1, following: 2, likes: 3, streamHours: 4, posts: 5 },
    giftVault: [{ type: "rose", emoji: "🌹", label: "Rose", count: 2 }, { type: "fire", emoji: "🔥", label: "Fire", count: 1 }],
  } as unknown as Profile;

  it("updates the profile under every name it was loaded by, and no other", () => {
    const qc = new QueryClient();
    qc.setQueryData(["profile", "lovelylena"], lena);
    qc.setQueryData(["profile", "9"], lena);
    qc.setQueryData(["profile", "sam"], { ...lena, user: { ...lena.user, id: "1" } });
    applyToCache(qc, "profile:live", { userId: "9", isLive: true });
    expect(qc.getQueryData<Profile>(["profile", "lovelylena"])!.user.isLive).toBe(true);
    expect(qc.getQueryData<Profile>(["profile", "9"])!.user.isLive).toBe(true);
    expect(qc.getQueryData<Profile>(["profile", "sam"])!.user.isLive).toBe(false);
  });

  it("takes the counters, the Teezer state and gifts from their events", () => {
    const qc = new QueryClient();
    qc.setQueryData(["profile", "lovelylena"], lena);
    applyToCache(qc, "stats:update", { userId: "9", followers: 10, following: 20, likes: 30, streamHours: 40.5, posts: 50, version: 7 });
    applyToCache(qc, "profile:teezer", { userId: "9", active: true, status: "teezer" });
    applyToCache(qc, "gift:received", { userId: "9", gift: { type: "fire", emoji: "🔥", label: "Fire" }, count: 3 });
    applyToCache(qc, "notification:new", { type: "new_follower", from: null, createdAt: "2025-01-01T00:00:00Z" });
    const p = qc.getQueryData<Profile>(["profile", "lovelylena"])!;
    expect(p.stats).toEqual({ followers: 10, following: 20, likes: 30, streamHours: 40.5, posts: 50 });
    expect(p.user.teezer).toEqual({ active: true, status: "teezer" });
    expect(p.giftVault.map((g) => [g.type, g.count])).toEqual([["fire", 3], ["rose", 2]]);
  });
});
