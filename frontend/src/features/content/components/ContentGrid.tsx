import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { api, ApiError } from "../../../api/client";
import { paymentProblem } from "../../../api/problems";
import { keys, newIdempotencyKey, useUnlock, useWallet, type Reveal } from "../../../api/hooks";
import type { GridItem } from "../../../api/types";
import { Dialog } from "../../../components/Dialog";
import { Link } from "../../../components/router";
import { t } from "../../../i18n/en";

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

/** Freeze & Reveal: price, balance, confirm; the server charges once per key; then the picture is revealed. */
function UnlockDialog({ username, item, authenticated, onClose }: { username: string; item: GridItem; authenticated: boolean; onClose: () => void }) {
  const wallet = useWallet(authenticated);
  const unlock = useUnlock(username);
  const [key] = useState(newIdempotencyKey);
  const [revealed, setRevealed] = useState<Reveal | null>(null);
  const price = item.priceTokens ?? 0;
  const balance = wallet.data?.balance;
  const error = paymentProblem(unlock.error);
  return (
    <Dialog title={t.grid.unlockTitle} onClose={onClose}>
      {revealed ? (
        <div className="reveal" data-testid="revealed">
          <img src={revealed.url} alt={item.title ?? ""} />
          <p>{t.grid.revealed}</p>
          <button onClick={onClose}>{t.common.ok}</button>
        </div>
      ) : !authenticated ? (
        <p>
          <Link to="/login">{t.grid.loginToUnlock}</Link>
        </p>
      ) : (
        <>
          <dl className="facts">
            <dt>{t.grid.price}</dt>
            <dd data-testid="unlock-price">{t.grid.tokens(price)}</dd>
            <dt>{t.grid.balance}</dt>
            <dd data-testid="unlock-balance">{balance === undefined ? "…" : t.grid.tokens(balance)}</dd>
          </dl>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <div className="actions">
            <button onClick={onClose}>{t.grid.cancel}</button>
            <button
              className="primary"
              data-testid="confirm-unlock"
              disabled={unlock.isPending || (balance !== undefined && balance < price)}
              onClick={() => unlock.mutate({ contentId: item.id, key }, { onSuccess: setRevealed })}
            >
              {t.grid.confirm}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

/** The creator removes a post of hers: it leaves the grid and her counters at once. */
function DeleteDialog({ username, item, onClose }: { username: string; item: GridItem; onClose: () => void }) {
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function remove() {
    setBusy(true);
    try {
      await api(`/api/content/${item.id}`, { method: "DELETE" });
      await qc.invalidateQueries({ queryKey: keys.profile(username) });
      onClose();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
      setBusy(false);
    }
  }
  return (
    <Dialog title={t.studio.deleteTitle} onClose={onClose}>
      <p>{t.studio.deleteBody}</p>
      {error && <p className="error" role="alert">{error}</p>}
      <div className="actions">
        <button onClick={onClose}>{t.grid.cancel}</button>
        <button className="primary" data-testid="confirm-delete" disabled={busy} onClick={remove}>{t.studio.confirmDelete}</button>
      </div>
    </Dialog>
  );
}
