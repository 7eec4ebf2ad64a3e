import { useEffect } from "react";
import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { Profile } from "../../../api/types";
import type { ServerEvent } from "../../../realtime/events";
import { onEvent, watch } from "../../../realtime/socket";
import { allProfilesKey } from "./profile";

/** Live without reload: watches the profile and folds its events into the cached profile. */
export function useLiveProfile(userId: string | undefined) {
  const qc = useQueryClient();
  useEffect(() => {
    if (!userId) return;
    let unwatch: (() => void) | undefined;
    let cancelled = false;
    watch(userId).then((stop) => (cancelled ? stop() : (unwatch = stop)));
    const off = onEvent((...event) => applyToCache(qc, ...event));
    return () => {
      cancelled = true;
      off();
      unwatch?.();
    };
  }, [userId, qc]);
}

/** Applies a profile event to the cached profile it belongs to (whatever name it was loaded under). */
export function applyToCache(qc: QueryClient, ...[event, data]: ServerEvent) {
  if (event === "notification:new" || event === "profile:watching" || event === "typing" || event === "message:new"
    || event === "message:read" || event === "message:removed" || event === "wallet:purchase") return;
  const userId = data.userId;
  if (!userId) return;
  for (const [key, profile] of qc.getQueriesData<Profile>({ queryKey: allProfilesKey })) {
    if (!profile || profile.user.id !== userId) continue;
    let next: Profile | null = null;
    if (event === "profile:live") next = { ...profile, user: { ...profile.user, isLive: Boolean(data.isLive) } };
    if (event === "profile:mood") next = { ...profile, user: { ...profile.user, mood: data.mood ?? null } };
    if (event === "profile:teezer")
      next = { ...profile, user: { ...profile.user, teezer: { active: Boolean(data.active), status: data.status } } };
    if (event === "stats:update")
      next = {
        ...profile,
        stats: {
          followers: data.followers,
          following: data.following,
          likes: data.likes,
          streamHours: data.streamHours,
          posts: data.posts,
        },
      };
    if (event === "gift:received") {
      const gift = data.gift;
      const others = profile.giftVault.filter((g) => g.type !== gift.type);
      const vault = [...others, { ...gift, count: data.count }].sort((a, b) => b.count - a.count).slice(0, 10);
      next = { ...profile, giftVault: vault };
    }
    if (next) qc.setQueryData(key, next);
  }
}
