import { useState } from "react";
import { newIdempotencyKey } from "../../../api/client";
import { missingTokens, paymentProblem } from "../../../api/problems";
import type { GridItem, Reveal } from "../../../api/types";
import { Dialog } from "../../../components/Dialog";
import { t } from "../../../i18n";
import { useWallet } from "../../wallet/api/wallet";
import { ShortOfTokens } from "../../wallet/components/ShortOfTokens";
import { useUnlock } from "../api/unlock";

/** Freeze & Reveal: price, balance, confirm; the server charges once per key; then the picture is revealed. */
export function UnlockDialog({ username, item, onClose }: { username: string; item: GridItem; onClose: () => void }) {
  const wallet = useWallet(true);
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
      ) : (
        <>
          <dl className="facts">
            <dt>{t.grid.price}</dt>
            <dd data-testid="unlock-price">{t.grid.tokens(price)}</dd>
            <dt>{t.grid.balance}</dt>
            <dd data-testid="unlock-balance">{balance === undefined ? "…" : t.grid.tokens(balance)}</dd>
          </dl>
          <ShortOfTokens missing={missingTokens(unlock.error, price, balance)} />
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
