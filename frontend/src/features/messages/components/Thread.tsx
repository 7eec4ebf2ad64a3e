import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { missingTokens } from "../../../api/problems";
import { ShortOfTokens } from "../../wallet/components/ShortOfTokens";
import type { Message } from "../../../api/types";
import { newIdempotencyKey } from "../../../api/client";
import { Link } from "../../../components/Link";
import { t } from "../../../i18n";
import { sendTyping } from "../../../realtime/socket";
import { newSendKeys, priceAsked, uploadPicture, useSendKey, type Attachment, useConversations, useMarkRead, useSend, useThread, useUnlockMessage, useUnsend } from "../api/messages";
import { useSomeoneTyping } from "../api/realtime";
import { Composer } from "./Composer";
import { TeezerThreadBar } from "../../teezer/components/TeezerThreadBar";

type Me = { id: string; username: string; displayName: string; creator?: boolean };

/**
 * One conversation, oldest at the top: older pages load when one scrolls up to the top (or with the
 * button), new messages arrive live and are marked read while the thread is open.
 */
export function Thread({ conversationId, me }: { conversationId: string; me: Me }) {
  const thread = useThread(conversationId);
  const inbox = useConversations();
  const send = useSend(conversationId, me);
  const markRead = useMarkRead(conversationId);
  const typing = useSomeoneTyping(conversationId, me.id);
  const [error, setError] = useState<string | null>(null);
  const [short, setShort] = useState(0);
  const [text, setText] = useState("");
  const sendKey = useSendKey();
  // the price per message she charges, once the fan has been told it (a refused send names it); sending again agrees to it
  const [agreedPrice, setAgreedPrice] = useState<number | undefined>(undefined);
  const [attachment, setAttachment] = useState<Attachment | null>(null);
  const [uploading, setUploading] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const top = useRef<HTMLDivElement>(null);
  const heightBeforeOlder = useRef<number | null>(null);

  const conversation = inbox.data?.pages.flatMap((p) => p.items).find((c) => c.id === conversationId);
  const other = conversation?.with;
  const messages = (thread.data?.pages.flatMap((p) => p.items) ?? []).slice().reverse();
  const newest = messages.at(-1);
  const newestReal = [...messages].reverse().find((m) => !m.id.startsWith("pending-"));

  // mark what I see as read (the newest message shown), whenever a newer one arrives
  useEffect(() => {
    if (newestReal && newestReal.sender.id !== me.id) markRead.mutate(newestReal.id);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per newest message
  }, [newestReal?.id]);

  // a new message at the bottom scrolls into view; older ones loaded at the top keep the view where it was
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (heightBeforeOlder.current != null) {
      el.scrollTop += el.scrollHeight - heightBeforeOlder.current;
      heightBeforeOlder.current = null;
    } else {
      el.scrollTop = el.scrollHeight;
    }
  }, [messages.length, newest?.id]);

  const loadOlder = () => {
    if (!thread.hasNextPage || thread.isFetchingNextPage) return;
    heightBeforeOlder.current = scroller.current?.scrollHeight ?? null;
    thread.fetchNextPage();
  };

  useEffect(() => {
    const el = top.current;
    if (!el || !thread.hasNextPage) return;
    const seen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && loadOlder(), { root: scroller.current });
    seen.observe(el);
    return () => seen.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-observe when more pages exist
  }, [thread.hasNextPage, thread.isFetchingNextPage]);

  const name = other?.displayName ?? "…";
  return (
    <section className="card dm-thread" data-testid="thread">
      <p><Link to="/messages">{t.messages.back}</Link></p>
      <h1>{other ? <Link to={`/@${other.username}`}>{name}</Link> : name}</h1>
      {me.creator && other && (other.role === "member" || other.role === "vip") && <TeezerThreadBar conversationId={conversationId} latest={newestReal?.id} />}
      <div className="dm-scroll" ref={scroller} role="log" aria-label={t.messages.threadLabel(name)} tabIndex={0}>
        <div ref={top} />
        {thread.hasNextPage && (
          <button className="dm-older" data-testid="older" disabled={thread.isFetchingNextPage} onClick={loadOlder}>{t.messages.older}</button>
        )}
        {thread.isPending && <p>…</p>}
        <ol className="dm-messages">
          {messages.map((m) => <Bubble key={m.id} message={m} mine={m.sender.id === me.id} conversationId={conversationId} />)}
        </ol>
      </div>
      <p className="dm-typing muted" aria-live="polite" data-testid="typing">{typing ? t.messages.typing(name) : ""}</p>
      {me.creator && (
        <div className="dm-attach">
          {attachment ? (
            <>
              <img src={attachment.thumbnailUrl} alt={t.messages.attached} />
              <label htmlFor="dm-price-picture">{t.messages.priceForPicture}</label>
              <input id="dm-price-picture" type="number" min={1} max={100000} inputMode="numeric" value={attachment.priceTokens ?? ""}
                onChange={(e) => setAttachment({ ...attachment, priceTokens: e.target.value === "" ? undefined : Number(e.target.value) })} />
              <button type="button" onClick={() => setAttachment(null)}>{t.messages.removeAttachment}</button>
            </>
          ) : (
            <>
              <label htmlFor="dm-picture">{uploading ? t.messages.uploading : t.messages.attach}</label>
              <input id="dm-picture" type="file" accept="image/*" disabled={uploading} onChange={async (e) => {
                const file = e.target.files?.[0];
                if (!file) return;
                setUploading(true);
                setError(null);
                try {
                  const up = await uploadPicture(file);
                  setAttachment({ mediaId: up.id, thumbnailUrl: up.thumbnailUrl });
                } catch (err) {
                  setError(err instanceof Error ? err.message : String(err));
                } finally {
                  setUploading(false);
                  e.target.value = "";
                }
              }} />
            </>
          )}
        </div>
      )}
      <ShortOfTokens missing={short} />
      <Composer text={text} setText={setText} error={error} disabled={uploading} onTyping={() => sendTyping(conversationId)}
        onSend={(sent) => {
          setError(null);
          setShort(0);
          const withPicture = attachment ?? undefined;
          setAttachment(null);
          // shown at once; on failure it is taken out again and its text (and picture) go back
          const maxPriceTokens = agreedPrice;
          const idempotencyKey = sendKey.keyFor({ text: sent, mediaId: withPicture?.mediaId, priceTokens: withPicture?.priceTokens, maxPriceTokens });
          send.mutate({ text: sent, ...newSendKeys(), idempotencyKey, attachment: withPicture, maxPriceTokens }, {
            onSuccess: () => sendKey.sent(),
            onError: (e) => {
              const price = priceAsked(e);
              if (price !== undefined) {
                setAgreedPrice(price);
                setError(`${t.messages.pricePerMessage(price)} ${t.messages.sendAgainToPay}`);
              } else {
                setError(`${t.messages.sendFailed}: ${e.message}`);
              }
              setShort(missingTokens(e));
              setText(sent);
              if (withPicture) setAttachment(withPicture);
            },
          });
        }} />
    </section>
  );
}

function Bubble({ message: m, mine, conversationId }: { message: Message; mine: boolean; conversationId: string }) {
  const unlock = useUnlockMessage(conversationId);
  const unsend = useUnsend(conversationId);
  const pending = m.id.startsWith("pending-");
  // the AI disclosure before Teezer's first reply (and again every few hours): the reader's language, not the stored text
  if (m.authorKind === "system") {
    return (
      <li className="dm-notice" role="note" data-testid="ai-notice" data-id={m.id}>
        <span className="ai-badge" aria-hidden="true">{t.ai.badge}</span> {t.ai.notice(m.sender.displayName)}
      </li>
    );
  }
  const ai = m.authorKind === "teezer";
  return (
    <li className={`bubble ${mine ? "mine" : "theirs"}${pending ? " pending" : ""}${ai ? " ai" : ""}`} data-testid="message" data-id={m.id}
      data-author={m.authorKind}>
      {ai && (
        <span className="ai-badge" data-testid="ai-badge" title={t.ai.badgeLabel}>
          <span aria-hidden="true">{t.ai.badge}</span><span className="visually-hidden">{t.ai.badgeLabel}</span>
        </span>
      )}
      <p className="bubble-text">{m.text}</p>
      {m.thumbnailUrl && (
        <figure className={`bubble-media${m.locked ? " locked" : ""}`}>
          <img src={m.mediaUrl ?? m.thumbnailUrl} alt={m.locked ? t.messages.lockedImage : t.messages.image} />
          {m.locked && m.priceTokens != null && (
            <button className="primary bubble-unlock" data-testid="unlock-message" disabled={unlock.isPending}
              onClick={() => unlock.mutate({ messageId: m.id, key: newIdempotencyKey() })}>
              {t.messages.unlock(m.priceTokens)}
            </button>
          )}
        </figure>
      )}
      {m.priceTokens != null && !m.locked && <p className="muted dm-small">{mine ? t.messages.paidFor(m.priceTokens) : t.messages.unlocked}</p>}
      {unlock.error && <p role="alert" className="dm-error">{unlock.error.message}</p>}
      <ShortOfTokens missing={missingTokens(unlock.error)} />
      <p className="muted dm-small">
        {pending ? t.messages.sending : <time dateTime={m.createdAt}>{new Date(m.createdAt).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })}</time>}
        {mine && !pending && !ai && (
          <button className="linklike" onClick={() => unsend.mutate(m.id)} disabled={unsend.isPending}>{t.messages.unsend}</button>
        )}
      </p>
    </li>
  );
}
