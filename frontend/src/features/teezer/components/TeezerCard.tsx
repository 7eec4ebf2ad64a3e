import type { Profile, Schedule } from "../../../api/types";
import { t } from "../../../i18n";

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export function TeezerCard({ profile }: { profile: Profile }) {
  const status = profile.user.teezer.status;
  const icon = status === "teezer" ? "🟢" : status === "live" ? "🔴" : "⚫";
  return (
    <section className="card teezer" data-testid="teezer-card" data-status={status}>
      <h2>🤖 {t.teezer.title}</h2>
      <p className="teezer-status">
        {icon} {t.teezer.status[status]}
      </p>
      {profile.privateStats && <ScheduleTimeline schedule={profile.privateStats.streamingSchedule} />}
    </section>
  );
}

/** The week as seven bars of 24 h; slots that cross midnight continue on the next day. */
export function ScheduleTimeline({ schedule }: { schedule: Schedule }) {
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const bars: Record<string, { from: number; to: number; mode: string; label: string }[]> = {};
  DAYS.forEach((d) => (bars[d] = []));
  DAYS.forEach((day, i) => {
    for (const slot of schedule.days[day] ?? []) {
      const from = minutes(slot.start);
      const to = minutes(slot.end);
      const label = `${slot.start}–${slot.end} ${t.teezer.modes[slot.mode]}`;
      if (to > from) bars[day].push({ from, to, mode: slot.mode, label });
      else {
        bars[day].push({ from, to: 1440, mode: slot.mode, label });
        if (to > 0) bars[DAYS[(i + 1) % 7]].push({ from: 0, to, mode: slot.mode, label });
      }
    }
  });
  return (
    <div className="timeline" data-testid="schedule">
      <h3>
        {t.teezer.schedule} <small>({schedule.timezone})</small>
      </h3>
      {DAYS.map((day) => (
        <div key={day} className="timeline-row">
          <span className="timeline-day">{t.days[day]}</span>
          <span className="timeline-bar">
            {bars[day].map((b, i) => (
              <span
                key={i}
                className={`slot slot-${b.mode}`}
                title={b.label}
                style={{ left: `${(b.from / 1440) * 100}%`, width: `${((b.to - b.from) / 1440) * 100}%` }}
              >
                <span className="sr-only">{b.label}</span>
              </span>
            ))}
          </span>
        </div>
      ))}
    </div>
  );
}
