import { Link } from "../../../components/Link";
import { t } from "../../../i18n";
import { useConversations } from "../api/messages";

/** My conversations, newest activity first: who, the last message (never a paid one's text I did not buy), unread. */
export function Inbox({ creator = false }: { creator?: boolean }) {
  const list = useConversations();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="card" data-testid="inbox">
      <div className="inbox-head">
        <h1>💬 {t.messages.title}</h1>
        {creator && <Link to="/teezer" className="button" data-testid="studio-link">🤖 {t.clone.open}</Link>}
      </div>
      {list.isPending && <p>…</p>}
      {list.isSuccess && items.length === 0 && <p className="muted">{t.messages.empty}</p>}
      <ul className="inbox">
        {items.map((c) => (
          <li key={c.id} className={c.unread > 0 ? "unread" : ""}>
            <Link to={`/messages/${c.id}`} data-testid="conversation" data-username={c.with.username}>
              {c.with.avatarUrl ? <img className="dm-avatar" src={c.with.avatarUrl} alt="" /> : <span className="dm-avatar avatar-empty" aria-hidden="true">{c.with.displayName.slice(0, 1)}</span>}
              <span className="dm-who">
                <strong>{c.with.displayName}</strong>
                <span className="muted dm-preview">
                  {c.lastMessage == null ? t.messages.noMessages : c.lastMessage.locked ? t.messages.lockedPreview
                    : c.lastMessage.authorKind === "system" ? t.ai.notice(c.with.displayName)
                    : `${c.lastMessage.authorKind === "teezer" ? `${t.ai.badge} · ` : ""}${c.lastMessage.preview}`}
                </span>
              </span>
              {c.unread > 0 && <span className="dm-unread" data-testid="conversation-unread">{t.messages.unreadCount(c.unread)}</span>}
            </Link>
          </li>
        ))}
      </ul>
      {list.hasNextPage && <button disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>{t.messages.more}</button>}
    </section>
  );
}
