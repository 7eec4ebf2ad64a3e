import { useEffect } from "react";
import { Outlet, useLocation, useNavigate, useNavigationType } from "react-router";
import { Link } from "../components/Link";
import { useMe } from "../features/auth/api/me";
import { useLogout } from "../features/auth/api/session";
import { useMessageEvents } from "../features/messages/api/realtime";
import { useWalletEvents } from "../features/wallet/api/shop";
import { MessagesLink } from "../features/messages/components/MessagesLink";
import { useNotificationEvents } from "../features/notifications/api/realtime";
import { NotificationsLink } from "../features/notifications/components/NotificationsLink";
import { switchLocale, t, type Locale } from "../i18n";

/** Every page: the top bar, the page itself in <main>, and the user's own realtime room. */
export function Shell() {
  const me = useMe();
  const navigate = useNavigate();
  const logout = useLogout();
  useNotificationEvents(me.data?.id);
  useMessageEvents(me.data?.id);
  useWalletEvents(me.data?.id);
  useScrollToTopOnNavigation();

  return (
    <>
      <nav className="topbar" aria-label="Main">
        <Link to="/" className="logo">{t.appName}</Link>
        <span className="spacer" />
        {me.data ? (
          <>
            <MessagesLink />
            <NotificationsLink />
            <Link to={`/@${me.data.username}`}>{t.nav.myProfile}</Link>
            <Link to="/wallet">{t.nav.wallet}</Link>
            <Link to="/quiz">{t.nav.quiz}</Link>
            <Link to="/settings">{t.nav.settings}</Link>
            <button onClick={() => logout.mutate(undefined, { onSuccess: () => navigate("/") })}>{t.nav.logout}</button>
          </>
        ) : (
          <>
            <Link to="/login">{t.nav.login}</Link>
            <Link to="/register">{t.nav.register}</Link>
          </>
        )}
        {/* the other language, named in itself; the choice is kept across visits */}
        <button type="button" className="language" lang={t.nav.otherLocale} aria-label={`${t.nav.otherLanguage} · ${t.nav.otherLanguageName}`}
          onClick={() => switchLocale(t.nav.otherLocale as Locale)}>{t.nav.otherLanguage}</button>
      </nav>
      <main>
        <Outlet />
      </main>
    </>
  );
}

/** A link or a redirect starts at the top of the new page; Back and Forward leave the scroll to the browser. */
function useScrollToTopOnNavigation() {
  const { key } = useLocation();
  const type = useNavigationType();
  useEffect(() => {
    if (type !== "POP") window.scrollTo(0, 0);
  }, [key, type]);
}
