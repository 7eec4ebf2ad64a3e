import { Link } from "../components/Link";
import { t } from "../i18n";

/** Any address the app has no page for. */
export function NotFound() {
  return (
    <section className="card empty-state" data-testid="page-not-found">
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      <Link to="/">{t.nav.home}</Link>
    </section>
  );
}
