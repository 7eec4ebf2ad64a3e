import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { problemText } from "../../../api/problems";
import type { TokenPackage } from "../../../api/types";
import { Link } from "../../../components/Link";
import { t } from "../../../i18n";
import { shortfallsQueryOptions, staffPackagesQueryOptions, useSavePackage } from "../api/shop";

function PackageRow({ p }: { p: TokenPackage | null }) {
  const save = useSavePackage();
  const [v, setV] = useState({
    tokens: String(p?.tokens ?? ""), price: p?.price.amount ?? "", vat: p?.vatRate ?? "21.00", active: p?.active ?? true,
  });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    save.mutate({ id: p?.id ?? null, change: { tokens: Number(v.tokens), priceCents: Math.round(Number(v.price) * 100), vatRate: Number(v.vat), active: v.active } });
  };
  return (
    <form className="package-row" onSubmit={submit}>
      <label>{t.shop.staffTokens} <input type="number" value={v.tokens} onChange={(e) => setV({ ...v, tokens: e.target.value })} /></label>{" "}
      <label>{t.shop.staffPrice} <input type="number" step="0.01" value={v.price} onChange={(e) => setV({ ...v, price: e.target.value })} /></label>{" "}
      <label>{t.shop.staffVat} <input type="number" step="0.01" value={v.vat} onChange={(e) => setV({ ...v, vat: e.target.value })} /></label>{" "}
      <label><input type="checkbox" checked={v.active} onChange={(e) => setV({ ...v, active: e.target.checked })} /> {t.shop.staffActive}</label>{" "}
      <button type="submit" disabled={save.isPending}>{p ? t.shop.save : t.shop.staffAdd}</button>
      {save.error && <span className="error" role="alert"> {problemText(save.error)}</span>}
    </form>
  );
}

/** Staff: the package catalogue, and the tokens owed after refunds and chargebacks of spent ones. */
export function StaffShop() {
  const packages = useQuery(staffPackagesQueryOptions);
  const shortfalls = useQuery(shortfallsQueryOptions);
  return (
    <section className="card" data-testid="staff-shop">
      <h2>{t.shop.staffTitle}</h2>
      {packages.data?.map((p) => <PackageRow key={p.id} p={p} />)}
      <PackageRow p={null} />
      <h3>{t.shop.shortfalls}</h3>
      {shortfalls.data?.length === 0 && <p>{t.shop.noShortfalls}</p>}
      <ul>
        {shortfalls.data?.map((s) => (
          <li key={s.id}>
            <Link to={`/@${s.username}`}>@{s.username}</Link> · {t.shop.kinds[s.kind] ?? s.kind} · {t.shop.owed(s.amount - s.settled, s.amount)}
          </li>
        ))}
      </ul>
    </section>
  );
}
