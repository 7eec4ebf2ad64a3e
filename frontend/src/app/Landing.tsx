import { Link } from "../components/Link";
import { t } from "../i18n";

export function Landing() {
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
