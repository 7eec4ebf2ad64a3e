import type { Profile } from "../api/types";
import { Link } from "../components/router";
import { t } from "../i18n/en";

const GATE_LINKS: Record<string, string> = {
  login_required: "/login",
  age_verification_required: "/settings#age",
  consent_required: "/settings#consent",
};

/** The fantasy profile, or the gate that matches why it is hidden. */
export function Fantasy({ profile }: { profile: Profile }) {
  if (profile.fantasyAccess !== "granted") {
    const gate = t.fantasy.gate[profile.fantasyAccess];
    return (
      <section className="card gate" data-testid="fantasy-gate" data-gate={profile.fantasyAccess}>
        <h2>🔒 {gate.title}</h2>
        <p>{gate.body}</p>
        <Link className="button" to={GATE_LINKS[profile.fantasyAccess]}>
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
        <dd>{f.intent.map(capitalise).join(" + ") || "—"}</dd>
        <dt>🤝 {t.fantasy.consent}</dt>
        <dd>{t.fantasy.consentLevels[f.consentLevel] ?? f.consentLevel}</dd>
        <dt>💬 {t.fantasy.availability}</dt>
        <dd>{f.availability.map((a) => (a === "dm" ? "DM" : capitalise(a))).join(", ") || "—"}</dd>
      </dl>
    </section>
  );
}

function capitalise(s: string) {
  return s.slice(0, 1).toUpperCase() + s.slice(1);
}
