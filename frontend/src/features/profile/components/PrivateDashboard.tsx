import type { Profile, Schedule } from "../../../api/types";
import { money, number, tokens } from "../../../components/format";
import { t } from "../../../i18n";

/** The creator's private numbers; staff looking at her page are told that they see it as staff. */
export function PrivateDashboard({ stats, asStaff = false }: { stats: NonNullable<Profile["privateStats"]>; asStaff?: boolean }) {
  return (
    <section className="card dashboard" data-testid="private-dashboard">
      <h2>📊 {t.dashboard.title}</h2>
      <p className="muted" data-testid="dashboard-note">{asStaff ? t.roles.staffNote : t.dashboard.note}</p>
      <dl className="facts">
        <dt>💰 {t.dashboard.earnings}</dt>
        <dd data-testid="earnings">{money(stats.earningsThisMonth.amount, stats.earningsThisMonth.currency)}</dd>
        <dt>💎 {t.dashboard.tips}</dt>
        <dd data-testid="tips">{tokens(stats.tipTotalTokens)}</dd>
        <dt>👥 {t.dashboard.subscribers}</dt>
        <dd data-testid="subscribers">{number(stats.subscribers)}</dd>
        <dt>📅 {t.dashboard.schedule}</dt>
        <dd>{liveSummary(stats.streamingSchedule)}</dd>
      </dl>
    </section>
  );
}

/** "Mon–Fri 20:00–23:00": the live slots, consecutive days with the same times folded together. */
export function liveSummary(schedule: Schedule): string {
  const days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  const perDay = days.map((d) => (schedule.days[d] ?? []).filter((s) => s.mode === "live").map((s) => `${s.start}–${s.end}`).join(", "));
  const parts: string[] = [];
  let i = 0;
  while (i < 7) {
    if (!perDay[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < 7 && perDay[j + 1] === perDay[i]) j++;
    const span = j > i ? `${t.days[days[i]]}–${t.days[days[j]]}` : t.days[days[i]];
    parts.push(`${span} ${perDay[i]}`);
    i = j + 1;
  }
  return parts.join("; ") || "—";
}
