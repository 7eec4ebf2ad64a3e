import type { Profile } from "../../../api/types";
import { compact, hours } from "../../../components/format";
import { t } from "../../../i18n";

export function StatsRow({ stats }: { stats: Profile["stats"] }) {
  const items: [string, string, string][] = [
    ["followers", compact(stats.followers), t.profile.followers],
    ["following", compact(stats.following), t.profile.following],
    ["likes", compact(stats.likes), t.profile.likes],
    ["stream", hours(stats.streamHours), t.profile.stream],
  ];
  return (
    <dl className="stats">
      {items.map(([key, value, label]) => (
        <div key={key} className="stat" data-testid={`stat-${key}`}>
          <dd>{value}</dd>
          <dt>{label}</dt>
        </div>
      ))}
    </dl>
  );
}
