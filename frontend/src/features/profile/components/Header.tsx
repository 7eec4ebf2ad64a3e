import type { Profile } from "../../../api/types";
import { t } from "../../../i18n";

/** Cover, avatar in its mood ring (pulsing red while live), name, ✔️, role badge, handle, mood chip, LIVE. */
export function Header({ profile }: { profile: Profile }) {
  const { user } = profile;
  const ring = user.isLive ? "#ef4444" : (user.mood?.color ?? "#3f3f46");
  const [from, to] = user.badge.colors;
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
            {user.isVerified && (
              <span className="verified" title={t.profile.verified} aria-label={t.profile.verified}>
                ✔️
              </span>
            )}
            <span className="badge" style={{ background: `linear-gradient(135deg, ${from}, ${to})` }} data-testid="role-badge">
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
