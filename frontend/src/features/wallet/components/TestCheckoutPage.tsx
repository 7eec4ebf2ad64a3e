import { useNavigate, useParams } from "react-router";
import { problemText } from "../../../api/problems";
import { t } from "../../../i18n";
import { usePurchase, useTestCheckout } from "../api/shop";

/** The built-in test provider's own checkout page: nothing is charged, the choice becomes its signed callback. */
export function TestCheckoutPage() {
  const { id = "" } = useParams();
  const purchase = usePurchase(id);
  const send = useTestCheckout();
  const navigate = useNavigate();
  const p = purchase.data;
  const choose = (event: "sale" | "decline" | "refund" | "chargeback") =>
    send.mutate({ id, event }, {
      onSuccess: (r) => {
        const url = new URL(r.returnUrl, window.location.href);
        navigate(url.pathname + url.search);
      },
    });
  return (
    <section className="card test-checkout" data-testid="test-checkout">
      <p className="test-mode" role="note"><strong>{t.shop.testMode}</strong></p>
      <h1>{t.shop.testTitle}</h1>
      {p ? (
        <>
          <p>{t.shop.tokens(p.tokens)} · {t.shop.money(p.price.amount, p.price.currency)}</p>
          <div className="actions">
            {p.state === "pending" || p.state === "failed" ? (
              <>
                <button className="primary" data-testid="test-approve" disabled={send.isPending} onClick={() => choose("sale")}>{t.shop.approve}</button>
                <button data-testid="test-decline" disabled={send.isPending} onClick={() => choose("decline")}>{t.shop.decline}</button>
              </>
            ) : p.state === "paid" ? (
              <>
                <button data-testid="test-refund" disabled={send.isPending} onClick={() => choose("refund")}>{t.shop.refund}</button>
                <button data-testid="test-chargeback" disabled={send.isPending} onClick={() => choose("chargeback")}>{t.shop.chargeback}</button>
              </>
            ) : null}
          </div>
          {send.isPending && <p role="status">{t.shop.sent}</p>}
        </>
      ) : (
        <p>{purchase.error ? problemText(purchase.error) : "…"}</p>
      )}
      {send.error && <p className="error" role="alert">{problemText(send.error)}</p>}
    </section>
  );
}
