import type { Profile } from "../../../api/types";
import { t } from "../../../i18n";

export function GiftVault({ gifts }: { gifts: Profile["giftVault"] }) {
  return (
    <section className="card" data-testid="gift-vault">
      <h2>🎁 {t.gifts.title}</h2>
      {gifts.length === 0 ? (
        <p className="muted">{t.gifts.empty}</p>
      ) : (
        <ul className="vault">
          {gifts.map((g) => (
            <li key={g.type} data-testid={`gift-${g.type}`}>
              <span className="gift-emoji" aria-hidden="true">
                {g.emoji}
              </span>
              <span>{g.label}</span>
              <strong>×{g.count}</strong>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
