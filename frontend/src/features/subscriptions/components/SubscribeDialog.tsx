import { missingTokens, paymentProblem } from "../../../api/problems";
import { ShortOfTokens } from "../../wallet/components/ShortOfTokens";
import { Dialog } from "../../../components/Dialog";
import { date } from "../../../components/format";
import { t } from "../../../i18n";
import { useSubscribe, useSubscription } from "../api/subscription";

/** The monthly price and her balance, then one charge; or stop the renewal of a running subscription. */
export function SubscribeDialog({ username, name, onClose }: { username: string; name: string; onClose: () => void }) {
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
                <dd data-testid="subscription-end">{date(s.currentPeriodEnd)}</dd>
              </>
            )}
          </dl>
          <p className="muted">{t.support.premiumNote}</p>
          {!s.subscribed && <ShortOfTokens missing={missingTokens(change.error, s.priceTokens, s.balance)} />}
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
