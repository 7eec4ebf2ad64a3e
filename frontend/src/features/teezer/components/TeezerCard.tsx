import type { Profile, Schedule } from "../../../api/types";
import { t } from "../../../i18n";

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const MODE_ICON: Record<string, string> = { teezer: "⏰", live: "🔥", offline: "😴" };

/**
 * The seed's Teezer section: two status cards (active, inactive) with the current one marked, a line
 * when her AI clone is answering right now, and for the creator (and staff) her day and her week.
 */
export function TeezerCard({ profile }: { profile: Profile }) {
  const status = profile.user.teezer.status;
  const active = status === "teezer";
  const schedule = profile.privateStats?.streamingSchedule;
  return (
    <section className="card teezer" data-testid="teezer-card" data-status={status} aria-labelledby="teezer-title">
      <h2 id="teezer-title">🤖 {t.teezer.title}</h2>
      <p className="teezer-status">{t.teezer.status[status] ?? status}</p>
      <ul className="teezer-cards">
        <li className={`teezer-state${active ? " current" : ""}`} aria-current={active ? "true" : undefined} data-testid="teezer-active-card">
          <span className="teezer-dot" aria-hidden="true">🟢</span>
          <span>
            <strong>{t.teezerCards.activeTitle}</strong>
            <span className="muted">{t.teezerCards.activeBody(profile.user.displayName)}</span>
          </span>
          <span className="pill pill-on">{t.teezerCards.on}</span>
        </li>
        <li className={`teezer-state${!active ? " current" : ""}`} aria-current={!active ? "true" : undefined} data-testid="teezer-inactive-card">
          <span className="teezer-dot" aria-hidden="true">⚫</span>
          <span>
            <strong>{t.teezerCards.inactiveTitle}</strong>
            <span className="muted">{t.teezerCards.inactiveBody}</span>
          </span>
          <span className="pill pill-off">{status === "live" ? t.profile.live : t.teezerCards.off}</span>
        </li>
      </ul>
      {active && <p className="teezer-ai" data-testid="teezer-ai-answering">🤖 {t.teezerCards.aiAnswering}</p>}
      {schedule && <DaySchedule schedule={schedule} />}
      {schedule && <ScheduleTimeline schedule={schedule} />}
    </section>
  );
}

/** The weekday in the schedule's own time zone ("mon"…"sun"). */
export function todayIn(timezone: string, now: Date = new Date()): string {
  try {
    return new Intl.DateTimeFormat("en-US", { weekday: "short", timeZone: timezone }).format(now).slice(0, 3).toLowerCase();
  } catch {
    return DAYS[(now.getDay() + 6) % 7];
  }
}

/** Today's slots as the seed lists them: ⏰ 08:00 – 12:00 Teezer ON. */
export function DaySchedule({ schedule, now }: { schedule: Schedule; now?: Date }) {
  const day = todayIn(schedule.timezone, now);
  const slots = [...(schedule.days[day] ?? [])].sort((a, b) => a.start.localeCompare(b.start));
  return (
    <div className="day-schedule" data-testid="day-schedule">
      <h3>{t.teezerCards.today} · {t.days[day]}</h3>
      {slots.length === 0 ? (
        <p className="muted">{t.teezerCards.noSlotsToday}</p>
      ) : (
        <ul>
          {slots.map((s, i) => (
            <li key={i} className={`day-slot day-slot-${s.mode}`}>
              <span aria-hidden="true">{MODE_ICON[s.mode]}</span>
              <span className="day-time">{s.start} – {s.end}</span>
              <span>{t.teezer.modes[s.mode]}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The week as seven bars of 24 h under an hour axis, with a legend; slots that cross midnight continue on the next day. */
export function ScheduleTimeline({ schedule }: { schedule: Schedule }) {
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const bars: Record<string, { from: number; to: number; mode: string; label: string }[]> = {};
  DAYS.forEach((d) => (bars[d] = []));
  DAYS.forEach((day, i) => {
    for (const slot of schedule.days[day] ?? []) {
      const from = minutes(slot.start);
      const to = minutes(slot.end);
      const label = `${t.days[day]} ${slot.start}–${slot.end} ${t.teezer.modes[slot.mode]}`;
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
        {t.teezerCards.week} <small className="muted">({schedule.timezone})</small>
      </h3>
      <div className="timeline-row timeline-axis" aria-label={t.teezerCards.hourAxis} role="presentation">
        <span />
        <span className="axis">
          {[0, 6, 12, 18].map((h) => (
            <span key={h} className="axis-tick" style={{ left: `${(h / 24) * 100}%` }}>{String(h).padStart(2, "0")}</span>
          ))}
        </span>
      </div>
      {DAYS.map((day) => (
        <div key={day} className="timeline-row">
          <span className="timeline-day">{t.days[day]}</span>
          <span className="timeline-bar">
            {[6, 12, 18].map((h) => <span key={h} className="gridline" style={{ left: `${(h / 24) * 100}%` }} aria-hidden="true" />)}
            {bars[day].map((b, i) => (
              <span key={i} className={`slot slot-${b.mode}`} title={b.label}
                style={{ left: `${(b.from / 1440) * 100}%`, width: `${((b.to - b.from) / 1440) * 100}%` }}>
                <span className="sr-only">{b.label}</span>
              </span>
            ))}
          </span>
        </div>
      ))}
      <ul className="legend" aria-label={t.teezerCards.legend} data-testid="schedule-legend">
        {["teezer", "live", "offline"].map((m) => (
          <li key={m}><span className={`swatch slot-${m}`} aria-hidden="true" /> {t.teezer.modes[m]}</li>
        ))}
      </ul>
    </div>
  );
}
