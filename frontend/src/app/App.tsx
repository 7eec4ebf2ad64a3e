import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useMe } from "../features/auth/api/me";
import { useLogout } from "../features/auth/api/session";
import { AuthPage } from "../features/auth/components/AuthPage";
import { Link, Router, useRouter } from "../components/router";
import { Toasts } from "../components/toasts";
import { t } from "../i18n/en";
import { useNotificationEvents } from "../features/notifications/api/realtime";
import { NotificationsLink } from "../features/notifications/components/NotificationsLink";
import { NotificationsPage } from "../features/notifications/components/NotificationsPage";
import { ProfilePage } from "../features/profile/components/ProfilePage";
import { QuizPage } from "../features/quiz/components/QuizPage";
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
  const { navigate } = useRouter();
  const logout = useLogout();
  useNotificationEvents(me.data?.id);

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
            <button onClick={() => logout.mutate(undefined, { onSuccess: () => navigate("/") })}>{t.nav.logout}</button>
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

function NotFound() {
  return (
    <section className="card empty-state" data-testid="page-not-found">
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      <Link to="/">{t.nav.home}</Link>
    </section>
  );
}
