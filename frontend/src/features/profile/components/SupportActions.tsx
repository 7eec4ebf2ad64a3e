import { useState } from "react";
import { newIdempotencyKey } from "../../../api/client";
import { paymentProblem } from "../../../api/problems";
import { useCatalog, useSendGift, useSubscribe, useSubscription, useWallet, type GiftSent } from "../../../api/hooks";
import type { Profile } from "../../../api/types";
import { Dialog } from "../../../components/Dialog";
import { t } from "../../../i18n/en";

/** Subscribe and send a gift: shown to logged-in members on a creator's page (not on one's own). */
export function SupportActions({ profile }: { profile: Profile }) {
  const [open, setOpen] = useState<"subscribe" | "gift" | null>(null);
  const username = profile.user.username;
  return (
    <>
      <button data-testid="subscribe-button" aria-pressed={profile.viewer.subscribed} onClick={() => setOpen("subscribe")}>
        {profile.viewer.subscribed ? t.support.subscribed : t.support.subscribe}
      </button>
      <button data-testid="gift-button" onClick={() => setOpen("gift")}>
        {t.support.sendGift}
      </button>
      {open === "subscribe" && <SubscribeDialog username={username} name={profile.user.displayName} onClose={() => setOpen(null)} />}
      {open === "gift" && <GiftDialog username={username} name={profile.user.displayName} onClose={() => setOpen(null)} />}
    </>
  );
}

function SubscribeDialog({ username, name, onClose }: { username: string; name: string; onClose: () => void }) {
  const state = useSubscription(username, true);
  const change = useSubscribe(username);
  const s = change.data ?? state.data;
  const error = paymentProblem(change.error);
  return (
    <Dialog title={t.support.subscribeTitle(name)} onClose={onClose}>
      {!s ? (
        <p>…</p>
      ) : (
        <>
          <dl className="facts">
            <dt>{t.support.monthly}</dt>
            <dd data-testid="subscription-price">{t.grid.tokens(s.priceTokens)}</dd>
            <dt>{t.grid.balance}</dt>
            <dd data-testid="subscription-balance">{t.grid.tokens(s.balance)}</dd>
            {s.subscribed && s.currentPeriodEnd && (
              <>
                <dt>{s.renews ? t.support.renewsOn : t.support.endsOn}</dt>
                <dd data-testid="subscription-end">{new Date(s.currentPeriodEnd).toLocaleDateString("en-GB")}</dd>
              </>
            )}
          </dl>
          <p className="muted">{t.support.premiumNote}</p>
          {error && <p className="error" role="alert">{error}</p>}
          <div className="actions">
            <button onClick={onClose}>{t.grid.cancel}</button>
            {s.subscribed && s.renews ? (
              <button data-testid="cancel-subscription" disabled={change.isPending} onClick={() => change.mutate(false)}>
                {t.support.stopRenewal}
              </button>
            ) : (
              <button className="primary" data-testid="confirm-subscribe" disabled={change.isPending || (!s.subscribed && s.balance < s.priceTokens)}
                onClick={() => change.mutate(true)}>
                {s.subscribed ? t.support.resume : t.support.payAndSubscribe}
              </button>
            )}
          </div>
        </>
      )}
    </Dialog>
  );
}

function GiftDialog({ username, name, onClose }: { username: string; name: string; onClose: () => void }) {
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
