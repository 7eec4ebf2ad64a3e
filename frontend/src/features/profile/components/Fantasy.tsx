import { useCatalog } from "../../../api/catalog";
import type { Profile, Tag } from "../../../api/types";
import { Link } from "../../../components/Link";
import { t } from "../../../i18n";
import { authHref } from "../../auth/utils/returnTo";

const GATE_LINKS: Record<string, string> = {
  login_required: "/login",
  age_verification_required: "/settings#age",
  consent_required: "/settings#consent",
};

/** The fantasy profile, or the gate that matches why it is hidden (its log-in comes back to this profile). */
export function Fantasy({ profile }: { profile: Profile }) {
  const catalog = useCatalog();
  if (profile.fantasyAccess !== "granted") {
    const gate = t.fantasy.gate[profile.fantasyAccess];
    return (
      <section className="card gate" data-testid="fantasy-gate" data-gate={profile.fantasyAccess}>
        <h2>🔒 {gate.title}</h2>
        <p>{gate.body}</p>
        <Link className="button" to={profile.fantasyAccess === "login_required" ? authHref("login", `/@${profile.user.username}`) : GATE_LINKS[profile.fantasyAccess]}>
          {gate.action}
        </Link>
      </section>
    );
  }
  const f = profile.fantasyProfile;
  if (!f) return null;
  return (
    <section className="card" data-testid="fantasy">
      <h2>🧪 {t.fantasy.title}</h2>
      <ul className="dna">
        {Object.entries(f.dnaScores).map(([dimension, score]) => (
          <li key={dimension} data-testid={`dna-${dimension}`}>
            <span className="dna-label">{t.fantasy.dimensions[dimension] ?? dimension}</span>
            <span className="dna-bar" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={score} aria-label={t.fantasy.dimensions[dimension]}>
              <span style={{ width: `${score}%` }} />
            </span>
            <span className="dna-value">{score}%</span>
          </li>
        ))}
      </ul>
      <h3>{t.fantasy.kinks}</h3>
      <p className="chips">
        {f.kinks.map((k) => (
          <span key={k.key} className="chip">
            {k.emoji} {k.label}
          </span>
        ))}
      </p>
      <dl className="facts">
        <dt>🎯 {t.fantasy.intent}</dt>
        <dd>{f.intent.map((k) => label(catalog.data?.intents, k)).join(" + ") || "—"}</dd>
        <dt>🤝 {t.fantasy.consent}</dt>
        <dd>{t.fantasy.consentLevels[f.consentLevel] ?? f.consentLevel}</dd>
        <dt>💬 {t.fantasy.availability}</dt>
        <dd>{f.availability.map((k) => label(catalog.data?.availability, k)).join(", ") || "—"}</dd>
      </dl>
    </section>
  );
}

/** The catalogue's label for a key (the key itself until the catalogue has loaded). */
function label(tags: Tag[] | undefined, key: string) {
  return tags?.find((tag) => tag.key === key)?.label ?? key;
}
