import { Link } from "../../../components/Link";
import { t } from "../../../i18n";
import { useUnread } from "../api/messages";

/** The header's link to the inbox with the number of unread messages (kept live by the socket). */
export function MessagesLink() {
  const unread = useUnread(true).data?.unread ?? 0;
  return (
    <Link to="/messages" aria-label={t.messages.navLabel(unread)} data-testid="messages-link" data-unread={unread}>
      {t.messages.nav(unread)}
    </Link>
  );
}
