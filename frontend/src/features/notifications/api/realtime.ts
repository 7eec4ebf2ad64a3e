import { useEffect } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useToast } from "../../../components/toasts";
import { t } from "../../../i18n";
import { connect, onEvent } from "../../../realtime/socket";
import { allProfilesKey } from "../../profile/api/profile";
import { notificationsQueryOptions } from "./notifications";

/**
 * The user's own room: the stored list refreshes with every new notification, and a toast says who
 * followed, or whose subscription could not be renewed (her premium items lock again); a creator's
 * gifts, unlocks and new subscribers also refresh her own page, so her dashboard moves without a reload.
 */
export function useNotificationEvents(userId: string | null | undefined) {
  const qc = useQueryClient();
  const toast = useToast();
  useEffect(() => {
    if (!userId) return;
    connect(userId);
    return onEvent((event, d) => {
      if (event !== "notification:new") return;
      qc.invalidateQueries({ queryKey: notificationsQueryOptions.queryKey });
      if (!d.from) return;
      if (d.type === "new_follower") toast(t.toast.newFollower(d.from.displayName));
      const creatorNews = t.notificationTypes[d.type];
      if (creatorNews) {
        // a gift, an unlock or a new subscriber: her own page's private numbers are read again (they come to her room only)
        toast(`${d.from.displayName} ${creatorNews}`);
        qc.invalidateQueries({ queryKey: allProfilesKey, predicate: (q) => (q.state.data as { user?: { id?: string } } | undefined)?.user?.id === userId });
      }
      if (d.type === "subscription_lapsed") {
        toast(t.toast.subscriptionLapsed(d.from.displayName));
        qc.invalidateQueries({ queryKey: allProfilesKey }); // premium items lock again
      }
    });
  }, [userId, toast, qc]);
}
