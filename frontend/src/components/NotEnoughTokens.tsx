import { Link } from "./Link";
import { t } from "../i18n";

/** Where "get tokens" leads: the one place to change when the token shop opens. */
export const GET_TOKENS_HREF = "/wallet";

/** "Not enough tokens: you need 20 more." and a way to get them; nothing when the balance covers the price. */
export function NotEnoughTokens({ price, balance }: { price: number; balance: number | undefined }) {
  if (balance === undefined || balance >= price) return null;
  return (
    <p className="error tokens-short" role="alert" data-testid="not-enough-tokens">
      {t.tokensShort.missing(t.grid.tokens(price - balance))}{" "}
      <Link to={GET_TOKENS_HREF} className="button" data-testid="get-tokens">{t.tokensShort.getTokens}</Link>
    </p>
  );
}
