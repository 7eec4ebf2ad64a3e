import { useState } from "react";
import { useNavigate } from "react-router";
import type { GridItem } from "../../../api/types";
import { Link } from "../../../components/Link";
import { number } from "../../../components/format";
import { t } from "../../../i18n";
import { JoinDialog } from "../../auth/components/JoinDialog";
import { SubscribeDialog } from "../../subscriptions/components/SubscribeDialog";
import { DeleteDialog } from "./DeleteDialog";
import { PostDialog } from "./PostDialog";
import { UnlockDialog } from "./UnlockDialog";

/** The address of a post: the profile with the post open over it. */
export const postPath = (username: string, id: string) => `/@${username}/post/${id}`;

/**
 * The grid: open items open in the post view (its own address); a locked one opens Unlock, with the
 * price; a premium one leads to subscribing; a visitor not logged in is asked to sign up for either.
 * A fan sees which ones he unlocked; the creator sees on each of hers who may see it, its price and
 * how many unlocked it.
 */
export function ContentGrid({ username, name, items, authenticated, mine = false, subscribed = false, openPost, subscriptionPrice }: {
  username: string;
  name?: string;
  items: GridItem[];
  authenticated: boolean;
  mine?: boolean;
  subscribed?: boolean;
  openPost?: string;
  subscriptionPrice?: number;
}) {
  const [unlocking, setUnlocking] = useState<GridItem | null>(null);
  const [deleting, setDeleting] = useState<GridItem | null>(null);
  const [subscribing, setSubscribing] = useState(false);
  const [joining, setJoining] = useState<string | null>(null);
  const navigate = useNavigate();
  const who = name ?? username;
  const closePost = () => navigate(`/@${username}`, { state: { keepScroll: true }, preventScrollReset: true });
  return (
    <section className="card" data-testid="content-grid">
      <h2>🖼️ {t.grid.title}</h2>
      {items.length === 0 && <p className="muted">{t.grid.empty}</p>}
      <ul className="grid">
        {items.map((item) => {
          const title = item.title ?? t.post.untitled;
          const paidOpen = !item.locked && !mine && item.visibility !== "public";
          return (
            <li key={item.id} className={`tile${item.blurred ? " tile-blurred" : ""}`} data-testid="tile" data-visibility={item.visibility}
              data-locked={item.locked}>
              <img src={item.thumbnailUrl} alt={item.blurred ? "" : title} loading="lazy" />
              {!item.locked && (
                <Link className="tile-open" to={postPath(username, item.id)} state={{ keepScroll: true }} preventScrollReset
                  aria-label={t.post.open(title)} data-testid="open-post">
                  {item.title && <span className="tile-title">{item.title}</span>}
                </Link>
              )}
              {paidOpen && (
                <span className="tile-mark" data-testid="unlocked-mark">
                  {item.visibility === "locked" ? `🔓 ${t.post.unlocked}` : `💎 ${t.grid.premium}`}
                </span>
              )}
              {item.locked && item.visibility === "locked" && (
                <button className="tile-lock" aria-label={`${t.grid.unlock} — ${t.grid.tokens(item.priceTokens ?? 0)}`}
                  onClick={() => (authenticated ? setUnlocking(item) : setJoining(t.join.unlock(t.grid.tokens(item.priceTokens ?? 0))))}>
                  🔒 <span>{t.grid.tokens(item.priceTokens ?? 0)}</span>
                </button>
              )}
              {item.locked && item.visibility === "premium" && (
                <button className="tile-premium" data-testid="premium-tile"
                  onClick={() => (authenticated ? setSubscribing(true)
                    : setJoining(subscriptionPrice ? t.joinPrices.subscribe(t.grid.tokens(subscriptionPrice)) : t.join.subscribe))}>
                  💎 {t.grid.premium} <span className="tile-sub">{t.post.premiumCta}</span>
                </button>
              )}
              {mine && (
                <>
                  <span className="tile-owner" data-testid="tile-owner">
                    {item.visibility === "public" ? `🌍 ${t.studio.visibilities.public}` : item.visibility === "premium" ? `💎 ${t.grid.premium}`
                      : `🔒 ${t.grid.tokens(item.priceTokens ?? 0)}`}
                    {item.unlockCount !== undefined && item.visibility === "locked" && ` · ${t.post.unlocks(number(item.unlockCount))}`}
                  </span>
                  <button className="tile-delete" data-testid="delete-post" onClick={() => setDeleting(item)}
                    aria-label={`${t.studio.deletePost}${item.title ? ` — ${item.title}` : ""}`}>
                    🗑️
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {deleting && <DeleteDialog username={username} item={deleting} onClose={() => setDeleting(null)} />}
      {unlocking && <UnlockDialog username={username} item={unlocking} onClose={() => setUnlocking(null)} />}
      {subscribing && !subscribed && <SubscribeDialog username={username} name={who} onClose={() => setSubscribing(false)} />}
      {joining && <JoinDialog name={who} pitch={joining} onClose={() => setJoining(null)} />}
      {openPost && (
        <PostDialog username={username} name={who} item={items.find((i) => i.id === openPost)} authenticated={authenticated} onClose={closePost} />
      )}
    </section>
  );
}
