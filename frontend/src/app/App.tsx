import { useEffect } from "react";
import { QueryClient, QueryClientProvider, useQueryClient } from "@tanstack/react-query";
import { api, session } from "../api/client";
import { keys, notificationsKey, useMe, useNotifications } from "../api/hooks";
import { AuthPage } from "../features/auth/components/AuthPage";
import { Link, Router, useRouter } from "../components/router";
import { Toasts, useToast } from "../components/toasts";
import { t } from "../i18n/en";
import { NotificationsPage } from "../features/notifications/components/NotificationsPage";
import { ProfilePage } from "../features/profile/components/ProfilePage";
import { QuizPage } from "../features/quiz/components/QuizPage";
import { connect, disconnect, onEvent } from "../realtime/socket";
import { SettingsPage } from "../features/settings/components/SettingsPage";
import { WalletPage } from "../features/wallet/components/WalletPage";

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, staleTime: 10_000 } } });

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Toasts>
        <Router>
          <Shell />
        </Router>
      </Toasts>
    </QueryClientProvider>
  );
}

function Shell() {
  const { path } = useRouter();
  const me = useMe();
  const toast = useToast();
  const qc = useQueryClient();
  const { navigate } = useRouter();

  // the user's own room: a toast for every new follower, and when a subscription could not be renewed
  useEffect(() => {
    if (!me.data) return;
    connect(me.data.id);
    return onEvent((event, d) => {
      if (event !== "notification:new") return;
      qc.invalidateQueries({ queryKey: notificationsKey });
      if (!d.from) return;
      if (d.type === "new_follower") toast(t.toast.newFollower(d.from.displayName));
      if (d.type === "subscription_lapsed") {
        toast(t.toast.subscriptionLapsed(d.from.displayName));
        qc.invalidateQueries({ queryKey: ["profile"] }); // premium items lock again
      }
    });
  }, [me.data, toast, qc]);

  async function logout() {
    await api("/api/auth/logout", { method: "POST" }).catch(() => undefined);
    session.setCsrf(null);
    disconnect();
    qc.setQueryData(keys.me, null);
    qc.removeQueries({ queryKey: ["profile"] });
    qc.removeQueries({ queryKey: notificationsKey });
    navigate("/");
  }

  return (
    <>
      <nav className="topbar" aria-label="Main">
        <Link to="/" className="logo">{t.appName}</Link>
        <span className="spacer" />
        {me.data ? (
          <>
            <NotificationsLink />
            <Link to={`/@${me.data.username}`}>{t.nav.myProfile}</Link>
            <Link to="/wallet">{t.nav.wallet}</Link>
            <Link to="/quiz">{t.nav.quiz}</Link>
            <Link to="/settings">{t.nav.settings}</Link>
            <button onClick={logout}>{t.nav.logout}</button>
          </>
        ) : (
          <>
            <Link to="/login">{t.nav.login}</Link>
            <Link to="/register">{t.nav.register}</Link>
          </>
        )}
      </nav>
      <main>{route(path)}</main>
    </>
  );
}

function route(path: string) {
  const profile = /^\/@([A-Za-z0-9_]{1,32})\/?$/.exec(path);
  if (profile) return <ProfilePage key={profile[1]} username={profile[1]} />;
  switch (path) {
    case "/login":
      return <AuthPage mode="login" />;
    case "/register":
      return <AuthPage mode="register" />;
    case "/settings":
      return <SettingsPage />;
    case "/quiz":
      return <QuizPage />;
    case "/wallet":
      return <WalletPage />;
    case "/notifications":
      return <NotificationsPage />;
    case "/":
      return <Landing />;
    default:
      return <NotFound />;
  }
}

function Landing() {
  return (
    <section className="card landing">
      <h1>{t.landing.title}</h1>
      <p>{t.landing.body}</p>
      <p>
        <Link className="button primary" to="/@lovelylena">{t.landing.visit}</Link>
      </p>
    </section>
  );
}

/** The bell: how many notifications are unread (from the stored list; a new one refreshes it). */
function NotificationsLink() {
  const list = useNotifications(true);
  const unread = list.data?.pages[0]?.unread ?? 0;
  return (
    <Link to="/notifications" aria-label={t.notifications.navLabel(unread)} data-testid="bell" data-unread={unread}>
      {t.notifications.nav(unread)}
    </Link>
  );
}

function NotFound() {
  return (
    <section className="card empty-state" data-testid="page-not-found">
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      <Link to="/">{t.nav.home}</Link>
    </section>
  );
}
