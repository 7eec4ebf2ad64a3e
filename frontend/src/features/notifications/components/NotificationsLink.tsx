import { Link } from "../../../components/Link";
import { t } from "../../../i18n";
import { useNotifications } from "../api/notifications";

/** The bell: how many notifications are unread (from the stored list; a new one refreshes it). */
export function NotificationsLink() {
  const list = useNotifications(true);
  const unread = list.data?.pages[0]?.unread ?? 0;
  return (
    <Link to="/notifications" aria-label={t.notifications.navLabel(unread)} data-testid="bell" data-unread={unread}>
      {t.notifications.nav(unread)}
    </Link>
  );
}
