import { useMe } from "../../auth/api/me";
import { useWallet } from "../api/wallet";
import { Link } from "../../../components/Link";
import { t } from "../../../i18n";

export function WalletPage() {
  const me = useMe();
  const wallet = useWallet(Boolean(me.data));
  if (!me.data) return <p className="card"><Link to="/login">{t.nav.login}</Link></p>;
  if (!wallet.data) return <p>…</p>;
  return (
    <section className="card">
      <h1>💳 {t.wallet.title}</h1>
      <p className="balance" data-testid="wallet-balance">{wallet.data.balance.toLocaleString("en-US")} {t.wallet.tokens}</p>
      <h2>{t.wallet.history}</h2>
      <ul className="history">
        {wallet.data.history.map((h) => (
          <li key={h.id}>
            <span>{h.kind}</span> <strong className={h.amount < 0 ? "neg" : "pos"}>{h.amount > 0 ? "+" : ""}{h.amount}</strong>{" "}
            <time dateTime={h.createdAt}>{new Date(h.createdAt).toLocaleString()}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}
