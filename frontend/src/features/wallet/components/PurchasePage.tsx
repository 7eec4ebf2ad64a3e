import { useParams, useSearchParams } from "react-router";
import type { Purchase } from "../../../api/types";
import { Link } from "../../../components/Link";
import { t } from "../../../i18n";
import { useMe } from "../../auth/api/me";
import { returnPath, usePurchase } from "../api/shop";
import { useWallet } from "../api/wallet";

function stateText(p: Purchase) {
  switch (p.state) {
    case "paid": return t.shop.paid(p.tokens);
    case "failed": return t.shop.failed;
    case "refunded": return t.shop.refunded;
    case "charged_back": return t.shop.chargedBack;
    default: return t.shop.pending;
  }
}

/**
 * Where a checkout comes back to, and the receipt of a purchase: "pending" until the provider's
 * callback lands, then the new balance (both live, through the buyer's own room: the shell listens).
 */
export function PurchasePage() {
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const me = useMe();
  const purchase = usePurchase(id);
  const wallet = useWallet(Boolean(me.data));
  const back = returnPath();
  if (!me.data) return <p className="card"><Link to="/login">{t.nav.login}</Link></p>;
  const p = purchase.data;
  if (!p) return <p className="card">{purchase.error ? String(purchase.error.message) : "…"}</p>;
  const declinedOnTheWay = params.get("declined") === "1" && p.state === "pending";
  return (
    <section className="card" data-testid="purchase">
      <h1>{t.shop.returnTitle}</h1>
      <p role="status" data-testid="purchase-state" data-state={p.state}>{declinedOnTheWay ? t.shop.failed : stateText(p)}</p>
      {p.state === "paid" && (
        <p>
          {t.shop.newBalance}: <strong data-testid="purchase-balance">{wallet.data ? t.shop.tokens(wallet.data.balance) : "…"}</strong>
        </p>
      )}
      <h2>{t.shop.receipt}</h2>
      <dl className="facts">
        <dt>{t.shop.package}</dt><dd>{t.shop.tokens(p.tokens)}</dd>
        <dt>{t.shop.amount}</dt><dd>{t.shop.money(p.price.amount, p.price.currency)}</dd>
        <dt>{t.shop.vatIncluded}</dt><dd>{t.shop.money(p.vatIncluded.amount, p.vatIncluded.currency)}</dd>
        <dt>{t.shop.provider}</dt><dd>{p.provider}</dd>
        <dt>{t.shop.reference}</dt><dd>{p.providerReference ?? "—"}</dd>
        <dt>{t.shop.date}</dt><dd><time dateTime={p.createdAt}>{new Date(p.createdAt).toLocaleString()}</time></dd>
      </dl>
      <p className="actions">
        {back && p.state === "paid" && <Link to={back} data-testid="back-to">{t.shop.backTo}</Link>}{" "}
        <Link to="/wallet">{t.shop.toWallet}</Link>
      </p>
    </section>
  );
}
