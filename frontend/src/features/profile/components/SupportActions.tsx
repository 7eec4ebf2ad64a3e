import { useState } from "react";
import type { Profile } from "../../../api/types";
import { GiftDialog } from "../../gifts/components/GiftDialog";
import { SubscribeDialog } from "../../subscriptions/components/SubscribeDialog";
import { t } from "../../../i18n";

/** Subscribe and send a gift: shown to logged-in members on a creator's page (not on one's own). */
export function SupportActions({ profile }: { profile: Profile }) {
  const [open, setOpen] = useState<"subscribe" | "gift" | null>(null);
  const username = profile.user.username;
  return (
    <>
      <button data-testid="subscribe-button" aria-pressed={profile.viewer.subscribed} onClick={() => setOpen("subscribe")}>
        {profile.viewer.subscribed ? t.support.subscribed : t.support.subscribe}
      </button>
      <button data-testid="gift-button" onClick={() => setOpen("gift")}>
        {t.support.sendGift}
      </button>
      {open === "subscribe" && <SubscribeDialog username={username} name={profile.user.displayName} onClose={() => setOpen(null)} />}
      {open === "gift" && <GiftDialog username={username} name={profile.user.displayName} onClose={() => setOpen(null)} />}
    </>
  );
}
