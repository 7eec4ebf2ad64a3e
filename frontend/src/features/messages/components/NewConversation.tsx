import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { Link } from "../../../components/Link";
import { t } from "../../../i18n";
import { useProfile } from "../../profile/api/profile";
import { useConversations, useSendKey, useSendTo } from "../api/messages";
import { Composer } from "./Composer";

/** Writing to someone from her profile: the existing conversation if there is one, else the first message opens it. */
export function NewConversation({ username }: { username: string }) {
  const navigate = useNavigate();
  const profile = useProfile(username);
  const inbox = useConversations();
  const send = useSendTo();
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState("");
  const sendKey = useSendKey();
  const existing = inbox.data?.pages.flatMap((p) => p.items).find((c) => c.with.username.toLowerCase() === username.toLowerCase());
  useEffect(() => {
    if (existing) navigate(`/messages/${existing.id}`, { replace: true });
  }, [existing, navigate]);
  const name = profile.data?.user.displayName ?? username;
  const price = profile.data?.viewer.messaging.priceTokens;
  return (
    <section className="card dm-thread">
      <p><Link to="/messages">{t.messages.back}</Link></p>
      <h1>{t.messages.newTitle(name)}</h1>
      {price ? <p className="muted">{t.messages.pricePerMessage(price)}</p> : null}
      <Composer text={text} setText={setText} disabled={send.isPending} error={error}
        onSend={(sent) => send.mutate({ username, text: sent, maxPriceTokens: price ?? undefined,
          idempotencyKey: sendKey.keyFor({ text: sent, maxPriceTokens: price ?? undefined }) }, {
          onSuccess: (m) => {
            sendKey.sent();
            navigate(`/messages/${m.conversationId}`, { replace: true });
          },
          onError: (e) => {
            setError(e.message);
            setText(sent);
          },
        })} />
    </section>
  );
}
