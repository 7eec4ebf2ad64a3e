import { useState } from "react";
import type { GridItem } from "../../../api/types";
import { t } from "../../../i18n";
import { DeleteDialog } from "./DeleteDialog";
import { UnlockDialog } from "./UnlockDialog";

/** The 3×3 grid: open items show their picture; premium and locked ones only a blurred preview. */
export function ContentGrid({ username, items, authenticated, mine = false }: {
  username: string;
  items: GridItem[];
  authenticated: boolean;
  mine?: boolean;
}) {
  const [unlocking, setUnlocking] = useState<GridItem | null>(null);
  const [deleting, setDeleting] = useState<GridItem | null>(null);
  return (
    <section className="card" data-testid="content-grid">
      <h2>🖼️ {t.grid.title}</h2>
      {items.length === 0 && <p className="muted">{t.grid.empty}</p>}
      <ul className="grid">
        {items.map((item) => (
          <li key={item.id} className={`tile${item.blurred ? " tile-blurred" : ""}`} data-testid="tile" data-visibility={item.visibility} data-locked={item.locked}>
            <img src={item.thumbnailUrl} alt={item.blurred ? "" : (item.title ?? "")} loading="lazy" />
            {item.locked && item.visibility === "locked" && (
              <button className="tile-lock" onClick={() => setUnlocking(item)} aria-label={`${t.grid.unlock} — ${t.grid.tokens(item.priceTokens ?? 0)}`}>
                🔒 <span>{t.grid.tokens(item.priceTokens ?? 0)}</span>
              </button>
            )}
            {item.locked && item.visibility === "premium" && <span className="tile-premium">💎 {t.grid.premium}</span>}
            {mine && (
              <button className="tile-delete" data-testid="delete-post" onClick={() => setDeleting(item)}
                aria-label={`${t.studio.deletePost}${item.title ? ` — ${item.title}` : ""}`}>
                🗑️
              </button>
            )}
          </li>
        ))}
      </ul>
      {deleting && <DeleteDialog username={username} item={deleting} onClose={() => setDeleting(null)} />}
      {unlocking && <UnlockDialog username={username} item={unlocking} authenticated={authenticated} onClose={() => setUnlocking(null)} />}
    </section>
  );
}
