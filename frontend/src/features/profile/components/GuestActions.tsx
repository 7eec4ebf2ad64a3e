import { useState } from "react";
import { useCatalog } from "../../../api/catalog";
import type { Profile } from "../../../api/types";
import { t } from "../../../i18n";
import { JoinDialog } from "../../auth/components/JoinDialog";

type Action = "follow" | "subscribe" | "gift" | "message";

/** Follow, Subscribe, Send a gift and Message for a visitor who is not logged in: each explains itself and leads to sign-up. */
export function GuestActions({ profile }: { profile: Profile }) {
  const [open, setOpen] = useState<Action | null>(null);
  const catalog = useCatalog();
  const name = profile.user.displayName;
  const cheapest = Math.min(...(catalog.data?.giftTypes.map((g) => g.priceTokens) ?? []));
  const creator = profile.user.role === "creator";
  const pitch: Record<Action, string> = {
    follow: t.join.follow(name),
    subscribe: profile.offer ? t.joinPrices.subscribe(t.grid.tokens(profile.offer.subscriptionPriceTokens)) : t.join.subscribe,
    gift: Number.isFinite(cheapest) ? t.join.gift(t.grid.tokens(cheapest)) : t.support.sendGift,
    message: t.join.message,
  };
  return (
    <>
      <button className="follow primary" data-testid="guest-follow" onClick={() => setOpen("follow")}>{t.profile.follow}</button>
      {creator && <button data-testid="guest-subscribe" onClick={() => setOpen("subscribe")}>{t.support.subscribe}</button>}
      {creator && <button data-testid="guest-gift" onClick={() => setOpen("gift")}>{t.support.sendGift}</button>}
      <button data-testid="guest-message" onClick={() => setOpen("message")}>{t.messages.message}</button>
      {open && <JoinDialog name={name} pitch={pitch[open]} onClose={() => setOpen(null)} />}
    </>
  );
}
