import { problemText } from "../../../api/problems";
import { t } from "../../../i18n";
import { usePackages, useStartPurchase } from "../api/shop";

/** The packages on sale; with {@code missing}, the smallest one that covers it is marked. */
export function TokenShop({ missing }: { missing: number }) {
  const packages = usePackages();
  const start = useStartPurchase();
  const covering = packages.data?.find((p) => p.tokens >= missing)?.id;
  return (
    <section className="card" id="shop" data-testid="token-shop">
      <h2>🛒 {t.shop.title}</h2>
      {missing > 0 && <p data-testid="shop-missing">{t.shop.short(missing)}</p>}
      <ul className="packages">
        {packages.data?.map((p) => (
          <li key={p.id} className={p.id === covering && missing > 0 ? "package covers" : "package"} data-testid={`package-${p.tokens}`}>
            <strong>{t.shop.tokens(p.tokens)}</strong>{" "}
            <span className="price">{t.shop.money(p.price.amount, p.price.currency)}</span>{" "}
            <small>{t.shop.vat(t.shop.money(p.vatIncluded.amount, p.vatIncluded.currency), p.vatRate)}</small>
            {p.id === covering && missing > 0 && <em> · {t.shop.coversMissing}</em>}{" "}
            <button className="primary" disabled={start.isPending} onClick={() => start.mutate(p.id)} data-testid={`buy-${p.tokens}`}>
              {start.isPending && start.variables === p.id ? t.shop.buying : t.shop.buy}
            </button>
          </li>
        ))}
      </ul>
      {start.error && <p className="error" role="alert">{problemText(start.error)}</p>}
    </section>
  );
}
