import type { Profile } from "../../../api/types";
import { readableBadge } from "../../../components/contrast";
import { t } from "../../../i18n";

/** The verified check: a blue seal with a white tick, as in the seed (an emoji would follow the system's colours). */
export function VerifiedCheck() {
  return (
    <span className="verified" title={t.profile.verified} role="img" aria-label={t.profile.verified} data-testid="verified">
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path fill="#1d9bf0" d="M12 1.5l2.6 1.9 3.2-.2 1 3.1 2.7 1.8-1 3.1 1 3.1-2.7 1.8-1 3.1-3.2-.2L12 22.5l-2.6-1.9-3.2.2-1-3.1-2.7-1.8 1-3.1-1-3.1 2.7-1.8 1-3.1 3.2.2z" />
        <path fill="none" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" d="M7.5 12.3l3 3 6-6.3" />
      </svg>
    </span>
  );
}

/** Cover, avatar in its mood ring (pulsing red while live), name, ✔️, role badge, handle, mood chip, LIVE. */
export function Header({ profile }: { profile: Profile }) {
  const { user } = profile;
  const ring = user.isLive ? "#ef4444" : (user.mood?.color ?? "#3f3f46");
  const badge = readableBadge(user.badge.colors);
  return (
    <header className="header">
      <div className="cover" style={user.coverUrl ? { backgroundImage: `url(${user.coverUrl})` } : undefined} />
      <div className="identity">
        <div className={`ring${user.isLive ? " ring-live" : ""}`} style={{ ["--ring" as string]: ring }} data-testid="mood-ring">
          {user.avatarUrl ? <img className="avatar" src={user.avatarUrl} alt="" /> : <div className="avatar avatar-empty">{user.displayName.slice(0, 1)}</div>}
        </div>
        <div className="names">
          <h1>
            {user.displayName}
            {user.isVerified && <VerifiedCheck />}
            <span className="badge" style={{ background: `linear-gradient(135deg, ${badge.stops.length > 1 ? badge.stops.join(", ") : `${badge.stops[0]}, ${badge.stops[0]}`})`, color: badge.color }} data-testid="role-badge">
              {user.badge.label}
            </span>
          </h1>
          <p className="handle">
            @{user.username}
            {user.location && <> · {user.location} 📍</>}
          </p>
          <p className="chips">
            {user.mood && (
              <span className="chip mood-chip" style={{ borderColor: user.mood.color }} data-testid="mood-chip">
                {user.mood.emoji} {user.mood.label}
              </span>
            )}
            {user.isLive && (
              <span className="live-badge" data-testid="live-badge">
                ● {t.profile.live}
              </span>
            )}
          </p>
        </div>
      </div>
      {user.bio && <p className="bio">{user.bio}</p>}
    </header>
  );
}
