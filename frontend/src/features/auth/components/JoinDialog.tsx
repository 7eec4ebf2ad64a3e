import { useLocation } from "react-router";
import { Dialog } from "../../../components/Dialog";
import { Link } from "../../../components/Link";
import { t } from "../../../i18n";
import { authHref } from "../utils/returnTo";

/**
 * What an anonymous visitor gets for Follow, Subscribe, Gift, Message or Unlock: what it is and costs,
 * then Sign up or Log in, each returning to this very page afterwards.
 */
export function JoinDialog({ name, pitch, onClose }: { name: string; pitch: string; onClose: () => void }) {
  const { pathname, search } = useLocation();
  const here = pathname + search;
  return (
    <Dialog title={t.join.title(name)} onClose={onClose}>
      <p data-testid="join-pitch">{pitch}</p>
      <p className="muted">{t.join.free}</p>
      <div className="actions join-actions">
        <button type="button" onClick={onClose}>{t.join.notNow}</button>
        <Link className="button" to={authHref("login", here)} data-testid="join-login">{t.join.logIn}</Link>
        <Link className="button primary" to={authHref("register", here)} data-testid="join-register">{t.join.signUp}</Link>
      </div>
    </Dialog>
  );
}
