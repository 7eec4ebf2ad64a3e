import { useState } from "react";
import type { Profile } from "../../../api/types";
import { Link } from "../../../components/Link";
import { t } from "../../../i18n";
import { SubscribeDialog } from "../../subscriptions/components/SubscribeDialog";

/** "Message", "Message · 5 tokens" or "Subscribe to message", as the profile's viewer.messaging says. */
export function MessageButton({ profile }: { profile: Profile }) {
  const [subscribing, setSubscribing] = useState(false);
  const m = profile.viewer.messaging;
  const username = profile.user.username;
  if (m.allowed) {
    return (
      <Link className="button" to={`/messages/to/${username}`} data-testid="message-button">
        {m.priceTokens ? t.messages.messageFor(m.priceTokens) : t.messages.message}
      </Link>
    );
  }
  if (m.reason === "subscribers_only") {
    return (
      <>
        <button data-testid="message-button" onClick={() => setSubscribing(true)}>{t.messages.subscribeToMessage}</button>
        {subscribing && <SubscribeDialog username={username} name={profile.user.displayName} onClose={() => setSubscribing(false)} />}
      </>
    );
  }
  const hint = m.reason === "followers_only" ? t.messages.followToMessage : m.reason === "age_verification_required" ? t.messages.verifyToMessage : null;
  return hint ? <span className="muted dm-hint" data-testid="message-hint">{hint}</span> : null;
}
