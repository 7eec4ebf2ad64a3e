import { useState } from "react";
import { useCatalog } from "../../../api/catalog";
import { newIdempotencyKey } from "../../../api/client";
import { missingTokens, paymentProblem } from "../../../api/problems";
import type { GiftSent } from "../../../api/types";
import { Dialog } from "../../../components/Dialog";
import { t } from "../../../i18n";
import { useWallet } from "../../wallet/api/wallet";
import { ShortOfTokens } from "../../wallet/components/ShortOfTokens";
import { useSendGift } from "../api/gifts";

/** Pick a gift from the catalogue, pay for it once (one idempotency key per choice), see it sent. */
export function GiftDialog({ username, name, onClose }: { username: string; name: string; onClose: () => void }) {
  const catalog = useCatalog();
  const wallet = useWallet(true);
  const send = useSendGift(username);
  const [type, setType] = useState<string | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);
  const [sent, setSent] = useState<GiftSent | null>(null);
  const gift = catalog.data?.giftTypes.find((g) => g.key === type);
  const balance = wallet.data?.balance;
  const error = paymentProblem(send.error);
  return (
    <Dialog title={t.support.giftTitle(name)} onClose={onClose}>
      {sent ? (
        <div className="reveal" data-testid="gift-sent">
          <p className="gift-big">{sent.gift.emoji}</p>
          <p>{t.support.giftSent(sent.gift.label, name)}</p>
          <button onClick={onClose}>{t.common.ok}</button>
        </div>
      ) : (
        <>
          <fieldset className="gift-picker">
            <legend>{t.support.pickGift}</legend>
            {catalog.data?.giftTypes.map((g) => (
              <label key={g.key} className={`gift-option${type === g.key ? " chip-on" : ""}`}>
                <input type="radio" name="gift" value={g.key} checked={type === g.key}
                  onChange={() => { setType(g.key); setKey(newIdempotencyKey()); }} />
                <span aria-hidden="true">{g.emoji}</span> {g.label} · {t.grid.tokens(g.priceTokens)}
              </label>
            ))}
          </fieldset>
          <p>
            {t.grid.balance}: <span data-testid="gift-balance">{balance === undefined ? "…" : t.grid.tokens(balance)}</span>
          </p>
          <ShortOfTokens missing={missingTokens(send.error, gift?.priceTokens, balance)} />
          {error && <p className="error" role="alert">{error}</p>}
          <div className="actions">
            <button onClick={onClose}>{t.grid.cancel}</button>
            <button className="primary" data-testid="confirm-gift"
              disabled={!gift || send.isPending || (balance !== undefined && gift !== undefined && balance < gift.priceTokens)}
              onClick={() => gift && send.mutate({ type: gift.key, key }, { onSuccess: setSent })}>
              {gift ? t.support.sendFor(gift.priceTokens) : t.support.sendGift}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
