import { useSearchParams } from "react-router";
import { useMe } from "../../auth/api/me";
import { useWallet } from "../api/wallet";
import type { Movement } from "../../../api/types";
import { Link } from "../../../components/Link";
import { t } from "../../../i18n";
import { LimitsForm } from "./LimitsForm";
import { StaffShop } from "./StaffShop";
import { TokenShop } from "./TokenShop";

/** A movement in words: what it was, with whom, and for a purchase its receipt. */
function Entry({ h }: { h: Movement }) {
  const what = t.shop.kinds[h.kind] ?? h.kind;
  const party = h.counterparty ? (h.amount < 0 ? t.shop.to(h.counterparty.displayName) : t.shop.from(h.counterparty.displayName)) : null;
  return (
    <li data-testid="movement">
      <span>{what}</span>
      {party && h.counterparty && <> <Link to={`/@${h.counterparty.username}`}>{party}</Link></>}
      {h.receipt && (
        <> · {t.shop.money(h.receipt.amount, h.receipt.currency)} · <Link to={`/wallet/purchases/${h.receipt.purchaseId}`}>{t.shop.receipt}</Link></>
      )}{" "}
      <strong className={h.amount < 0 ? "neg" : "pos"}>{h.amount > 0 ? "+" : ""}{h.amount}</strong>{" "}
      <time dateTime={h.createdAt}>{new Date(h.createdAt).toLocaleString()}</time>
    </li>
  );
}

export function WalletPage() {
  const me = useMe();
  const wallet = useWallet(Boolean(me.data));
  const [params] = useSearchParams();
  const missing = Math.max(0, Math.floor(Number(params.get("missing")) || 0));
  if (!me.data) return <p className="card"><Link to="/login">{t.nav.login}</Link></p>;
  if (!wallet.data) return <p>…</p>;
  return (
    <>
      <section className="card">
        <h1>💳 {t.wallet.title}</h1>
        <p className="balance" data-testid="wallet-balance">{wallet.data.balance.toLocaleString("en-US")} {t.wallet.tokens}</p>
        {wallet.data.frozen && <p className="error" role="alert" data-testid="wallet-frozen">{t.shop.frozen(wallet.data.shortfallTokens)}</p>}
      </section>
      <TokenShop missing={missing} />
      <section className="card">
        <h2>{t.wallet.history}</h2>
        <ul className="history">
          {wallet.data.history.map((h) => <Entry key={h.id} h={h} />)}
        </ul>
      </section>
      <LimitsForm limits={wallet.data.limits} />
      {me.data.role === "staff" && <StaffShop />}
    </>
  );
}
