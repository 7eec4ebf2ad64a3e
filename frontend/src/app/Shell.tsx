import { useEffect } from "react";
import { Outlet, useLocation, useNavigationType } from "react-router";
import { Link } from "../components/Link";
import { useMe } from "../features/auth/api/me";
import { useMessageEvents } from "../features/messages/api/realtime";
import { useWalletEvents } from "../features/wallet/api/shop";
import { MessagesLink } from "../features/messages/components/MessagesLink";
import { useNotificationEvents } from "../features/notifications/api/realtime";
import { NotificationsLink } from "../features/notifications/components/NotificationsLink";
import { switchLocale, t, type Locale } from "../i18n";
import { AccountMenu } from "./AccountMenu";
import { titleFor, usePageTitle } from "../components/usePageTitle";
import { authHref } from "../features/auth/utils/returnTo";

/** Every page: the top bar, the page itself in <main>, and the user's own realtime room. */
export function Shell() {
  const me = useMe();
  const { pathname, search } = useLocation();
  const here = pathname === "/" ? null : pathname + search;
  useNotificationEvents(me.data?.id);
  useMessageEvents(me.data?.id);
  useWalletEvents(me.data?.id);
  useScrollToTopOnNavigation();
  usePageTitle(titleFor(pathname));

  return (
    <>
      <nav className="topbar" aria-label="Main">
        <Link to="/" className="logo">{t.appName}</Link>
        <Link to="/explore" className="nav-explore" data-testid="explore-link">
          <span aria-hidden="true">🔍</span> <span className="nav-explore-text">{t.shell.explore}</span>
        </Link>
        <span className="spacer" />
        {me.data ? (
          <>
            <MessagesLink />
            <NotificationsLink />
            <AccountMenu me={me.data} />
          </>
        ) : (
          <>
            <Link to={authHref("login", here)} className="nav-login">{t.nav.login}</Link>
            <Link to={authHref("register", here)} className="button primary nav-register">{t.nav.register}</Link>
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
  const { key, state } = useLocation();
  const type = useNavigationType();
  // opening or closing a post over the profile keeps the page where it was
  const keep = Boolean((state as { keepScroll?: boolean } | null)?.keepScroll);
  useEffect(() => {
    if (type !== "POP" && !keep) window.scrollTo(0, 0);
  }, [key, type, keep]);
}
