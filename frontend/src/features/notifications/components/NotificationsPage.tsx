import { useEffect } from "react";
import { useMe } from "../../auth/api/me";
import { useMarkRead, useNotifications } from "../api/notifications";
import { Link } from "../../../components/Link";
import { dateTime } from "../../../components/format";
import { t } from "../../../i18n";

/** Everything that happened to me, newest first; what is shown here counts as read. */
export function NotificationsPage() {
  const me = useMe();
  const list = useNotifications(Boolean(me.data));
  const markRead = useMarkRead();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const unreadIds = items.filter((n) => !n.read).map((n) => n.id).join(",");

  useEffect(() => {
    if (unreadIds) markRead.mutate(unreadIds.split(","));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per set of unread items shown
  }, [unreadIds]);

  if (me.isPending) return <p>…</p>;
  if (!me.data) return <p className="card"><Link to="/login">{t.nav.login}</Link></p>;
  return (
    <section className="card" data-testid="notifications">
      <h1>🔔 {t.notifications.title}</h1>
      {list.isPending && <p>…</p>}
      {list.isSuccess && items.length === 0 && <p className="muted">{t.notifications.empty}</p>}
      <ul className="notifications">
        {items.map((n) => (
          <li key={n.id} className={n.read ? "" : "unread"} data-testid="notification">
            <span>
              {n.from ? <Link to={`/@${n.from.username}`}>{n.from.displayName}</Link> : t.notifications.someone}{" "}
              {t.notificationTypes[n.type] ?? t.notifications.what(n.type)}
            </span>{" "}
            <time className="muted" dateTime={n.createdAt}>{dateTime(n.createdAt)}</time>
          </li>
        ))}
      </ul>
      {list.hasNextPage && (
        <button disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>{t.notifications.more}</button>
      )}
    </section>
  );
}
