import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { Link } from "../../../components/Link";
import { compact } from "../../../components/format";
import { t } from "../../../i18n";
import { VerifiedCheck } from "../../profile/components/Header";
import { useExplore } from "../api/explore";

/** Explore: creators, those live now first; a search by name that is kept in the address (?q=). */
export function ExplorePage() {
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get("q") ?? "");
  const [debounced, setDebounced] = useState(q);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(q), 250);
    return () => clearTimeout(timer);
  }, [q]);
  useEffect(() => {
    setParams(debounced ? { q: debounced } : {}, { replace: true });
  }, [debounced, setParams]);
  const explore = useExplore(debounced);
  const creators = explore.data?.creators ?? [];
  return (
    <section className="explore wide" data-testid="explore">
      <h1>{t.explore.title}</h1>
      <form role="search" onSubmit={(e) => { e.preventDefault(); setDebounced(q); }}>
        <label htmlFor="explore-q">{t.explore.search}</label>
        <input id="explore-q" type="search" value={q} maxLength={64} placeholder={t.explore.placeholder} onChange={(e) => setQ(e.target.value)} />
      </form>
      {explore.isError && <p className="error" role="alert">{explore.error.message}</p>}
      {explore.isSuccess && creators.length === 0 && <p className="muted" data-testid="explore-empty">{t.explore.none}</p>}
      <ul className="explore-grid" aria-busy={explore.isFetching}>
        {creators.map((c) => (
          <li key={c.id} data-testid="explore-creator" data-live={c.isLive}>
            <Link to={`/@${c.username}`} className="explore-card">
              {c.avatarUrl ? <img className="explore-avatar" src={c.avatarUrl} alt="" /> : <span className="explore-avatar" aria-hidden="true">{c.displayName.slice(0, 1)}</span>}
              <span className="explore-who">
                <strong>{c.displayName}</strong>
                <span className="muted">@{c.username}</span>
                <span className="muted">{t.explore.followers(compact(c.followers))}</span>
              </span>
              {c.isVerified && <VerifiedCheck />}
              {c.isLive && <span className="live-badge">● {t.profile.live}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
