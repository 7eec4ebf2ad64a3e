import { useEffect } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useToast } from "../../../components/toasts";
import { t } from "../../../i18n";
import { connect, onEvent } from "../../../realtime/socket";
import { allProfilesKey } from "../../profile/api/profile";
import { notificationsQueryOptions } from "./notifications";

/**
 * The user's own room: the stored list refreshes with every new notification, and a toast says who
 * followed, or whose subscription could not be renewed (her premium items lock again).
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
      if (d.type === "subscription_lapsed") {
        toast(t.toast.subscriptionLapsed(d.from.displayName));
        qc.invalidateQueries({ queryKey: allProfilesKey }); // premium items lock again
      }
    });
  }, [userId, toast, qc]);
}
