import { useLocation } from "react-router";
import { Link } from "../../../components/Link";
import { t } from "../../../i18n";
import { rememberReturn } from "../api/shop";

/** "Not enough tokens": how many are missing, and the way to the shop (which brings her back here). */
export function ShortOfTokens({ missing }: { missing: number }) {
  const here = useLocation();
  if (missing <= 0) return null;
  return (
    <p className="short-of-tokens" role="alert" data-testid="short-of-tokens">
      {t.shop.short(missing)}{" "}
      <Link to={`/wallet?missing=${missing}#shop`} data-testid="to-shop" onClick={() => rememberReturn(here.pathname + here.search)}>
        {t.shop.toShop}
      </Link>
    </p>
  );
}
