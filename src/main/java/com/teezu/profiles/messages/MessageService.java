package com.teezu.profiles.messages;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.Permission;
import com.teezu.profiles.auth.AuthService;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.auth.DmAudience;
import com.teezu.profiles.auth.Messaging;
import com.teezu.profiles.auth.Viewer;
import com.teezu.profiles.db.enums.LedgerKind;
import com.teezu.profiles.media.MediaService;
import com.teezu.profiles.media.MediaUrls;
import com.teezu.profiles.shared.Ids;
import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.shared.web.PageCursor;
import com.teezu.profiles.users.UserDirectory;
import com.teezu.profiles.wallet.Idempotency;
import com.teezu.profiles.wallet.LedgerService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Conversations and their messages. Only the two participants ever learn anything about a
 * conversation: to anyone else it does not exist (404). Sends run once per Idempotency-Key; sends,
 * reads and unsends of one conversation take turns on its row, so numbers, markers and unread counts
 * stay exact under any concurrency. Message text is never logged.
 */
@Service
public class MessageService {

    /** 403 because the recipient's DM policy (or the writer's state) does not allow it; {@code reason} is for the UI. */
    public static class MessagingNotAllowed extends ApiProblem {
        private final Messaging.Reason reason;

        MessagingNotAllowed(Messaging.Reason reason) {
            super(HttpStatus.FORBIDDEN, "messaging-not-allowed", "You may not write here", switch (reason) {
                case LOGIN_REQUIRED -> "Log in to write messages";
                case AGE_VERIFICATION_REQUIRED -> "Verify your age to write messages";
                case FOLLOWERS_ONLY -> "Only her followers may write to her";
                case SUBSCRIBERS_ONLY -> "Only her subscribers may write to her";
                case BLOCKED -> "You cannot write to this person";
                case SELF -> "You cannot write to yourself";
                case CREATORS_ONLY -> "Only creators can be written to first";
            });
            this.reason = reason;
        }

        public Messaging.Reason reason() {
            return reason;
        }
    }

    /** 429: a limit on sending or on new conversations; {@code retryAfter} until one more is allowed. */
    /** {@code maxPriceTokens}: the most the sender agreed to pay for it (the price she was shown); null = nothing. */
    public record Send(String text, @Nullable UUID mediaId, @Nullable Integer priceTokens, @Nullable Integer maxPriceTokens) {
    }

    /** The message costs more than the sender agreed to pay (or she did not know it costs anything): 409, nothing sent. */
    public static class PriceNotAccepted extends ApiProblem {
        private final int priceTokens;

        PriceNotAccepted(int priceTokens) {
            super(HttpStatus.CONFLICT, "price-not-accepted", "Price not accepted",
                    "A message here costs " + priceTokens + " tokens; send it again with maxPriceTokens to pay that");
            this.priceTokens = priceTokens;
        }

        public int priceTokens() {
            return priceTokens;
        }
    }

    public record Reveal(String url, Instant expiresAt, UUID messageId, boolean charged, int priceTokens, long balance) {
    }

    public record Policy(DmAudience whoMayWrite, @Nullable Integer priceTokens) {
    }

    public record Upload(UUID id, String thumbnailUrl) {
    }

    public record Marked(int unread, int total) {
    }

    public record With(UUID id, String username, String displayName, @Nullable String avatarUrl, com.teezu.profiles.auth.Role role) {
    }

    public record LastMessage(UUID id, @Nullable String preview, String authorKind, OffsetDateTime createdAt, boolean locked) {
    }

    public record ConversationItem(UUID id, With with, @Nullable LastMessage lastMessage, int unread, OffsetDateTime updatedAt) {
    }

    public record ConversationPage(List<ConversationItem> items, @Nullable String nextCursor) {
    }

    public record MessagePage(List<MessageView> items, @Nullable String nextCursor) {
    }

    static final int PREVIEW_LENGTH = 80;

    private final MessageRepository repo;
    private final AuthService auth;
    private final UserDirectory users;
    private final Idempotency idempotency;
    private final LedgerService ledger;
    private final MediaService mediaFiles;
    private final MediaUrls media;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final MessagesSettings settings;

    MessageService(MessageRepository repo, AuthService auth, UserDirectory users, Idempotency idempotency, LedgerService ledger,
                   MediaService mediaFiles, MediaUrls media, TransactionTemplate tx, ApplicationEventPublisher events,
                   MessagesSettings settings) {
        this.repo = repo;
        this.auth = auth;
        this.users = users;
        this.idempotency = idempotency;
        this.ledger = ledger;
        this.mediaFiles = mediaFiles;
        this.media = media;
        this.tx = tx;
        this.events = events;
        this.settings = settings;
    }

    // ------------------------------------------------------------------ who may write

    private Messaging decide(Viewer viewer, UUID targetId, com.teezu.profiles.auth.Role role, boolean inConversation) {
        var policy = repo.policy(targetId);
        var relation = repo.relation(viewer.id(), targetId);
        return AccessPolicy.messaging(viewer, new AccessPolicy.DmTarget(targetId, role, policy.whoMayWrite(), policy.priceTokens()),
                relation.follower(), relation.subscriber(), inConversation);
    }

    public Policy policy(AuthUser caller) {
        Viewer viewer = signedIn(caller);
        if (!AccessPolicy.canSetDmPolicy(viewer)) throw ApiProblem.forbidden("Only creators have a DM policy");
        var p = repo.policy(viewer.id());
        return new Policy(p.whoMayWrite(), p.priceTokens());
    }

    public Policy setPolicy(AuthUser caller, DmAudience who, @Nullable Integer price) {
        Viewer viewer = signedIn(caller);
        if (!AccessPolicy.canSetDmPolicy(viewer)) throw ApiProblem.forbidden("Only creators have a DM policy");
        repo.setPolicy(viewer.id(), who, price);
        return new Policy(who, price);
    }

    // ------------------------------------------------------------------ uploads

    /** Re-encodes the picture (thumbnail, blurred preview) before any database work; the upload is the caller's. */
    public Upload upload(AuthUser caller, byte[] file) {
        Viewer viewer = signedIn(caller);
        var files = mediaFiles.storeContent(file);
        UUID id = repo.storeUpload(viewer.id(), new MessageRepository.Files(files.mediaKey(), files.thumbKey(), files.blurKey()));
        return new Upload(id, media.url(files.thumbKey()));
    }

    // ------------------------------------------------------------------ sending

    /** Writes to a person, opening the conversation with her if there is none. */
    public MessageView sendTo(AuthUser caller, String recipient, Send send, String key) {
        Viewer viewer = signedIn(caller);
        Idempotency.requireKey(key);
        var to = users.require(recipient, viewer.id());
        String request = "POST /api/users/" + to.id() + "/messages\n" + fingerprint(send);
        return idempotency.once(viewer.id(), key, request, MessageView.class, () -> {
            limitRate(viewer.id());
            Optional<UUID> existing = repo.between(viewer.id(), to.id());
            Messaging may = viewer.is(to.id()) ? Messaging.denied(Messaging.Reason.SELF)
                    : decide(viewer, to.id(), to.role(), existing.isPresent());
            if (!may.allowed()) throw new MessagingNotAllowed(may.reason());
            UUID conversationId;
            boolean opened = false;
            if (existing.isPresent()) {
                conversationId = existing.get();
            } else {
                limitNewConversations(viewer.id());
                var o = repo.open(viewer.id(), to.id());
                conversationId = o.id();
                opened = o.created();
            }
            return deliver(viewer, conversationId, to.id(), to.role(), may, send, opened);
        });
    }

    /** Writes in a conversation the caller is in. */
    public MessageView send(AuthUser caller, String conversationId, Send send, String key) {
        Viewer viewer = signedIn(caller);
        Idempotency.requireKey(key);
        var conversation = participantOf(viewer, conversationId);
        UUID other = conversation.other(viewer.id());
        String request = "POST /api/conversations/" + conversation.id() + "/messages\n" + fingerprint(send);
        return idempotency.once(viewer.id(), key, request, MessageView.class, () -> {
            limitRate(viewer.id());
            var to = users.require(other.toString(), viewer.id());
            Messaging may = decide(viewer, other, to.role(), true);
            if (!may.allowed()) throw new MessagingNotAllowed(may.reason());
            return deliver(viewer, conversation.id(), other, to.role(), may, send, false);
        });
    }

    private MessageView deliver(Viewer viewer, UUID conversationId, UUID recipientId, com.teezu.profiles.auth.Role recipientRole, Messaging may,
                                Send send, boolean opened) {
        String text = send.text() == null ? "" : send.text().strip();
        if (text.isEmpty()) throw ApiProblem.invalid("text", "must not be empty");
        MessageRepository.Files files = null;
        if (send.priceTokens() != null) {
            if (!AccessPolicy.canSellInMessages(viewer)) throw ApiProblem.forbidden("Only creators sell pictures in messages");
            if (send.mediaId() == null) throw ApiProblem.invalid("priceTokens", "a paid message needs a picture (mediaId)");
        }
        if (send.mediaId() != null) {
            files = repo.claimUpload(viewer.id(), send.mediaId())
                    .orElseThrow(() -> ApiProblem.invalid("mediaId", "is not an unused picture you uploaded"));
        }
        repo.lock(conversationId);
        long seq = repo.nextSeq(conversationId);
        UUID messageId = UUID.randomUUID();
        Integer charged = null;
        UUID transaction = null;
        if (may.priceTokens() != null) {
            // never more than she agreed to: a price set or raised after she looked is refused, not charged
            if (send.maxPriceTokens() == null || send.maxPriceTokens() < may.priceTokens()) {
                throw new PriceNotAccepted(may.priceTokens());
            }
            ledger.freeze(viewer.id(), recipientId);
            var paid = ledger.pay(LedgerKind.message, viewer.id(), recipientId, may.priceTokens(), messageId);
            charged = may.priceTokens();
            transaction = paid.transactionId();
        }
        OffsetDateTime at = repo.insert(new MessageRepository.NewMessage(messageId, conversationId, seq, viewer.id(), text, files,
                send.priceTokens(), charged, transaction));
        repo.delivered(conversationId, recipientId, at);
        if (opened) repo.notifyOpened(recipientId, viewer.id(), at);
        var row = repo.message(messageId, recipientId).orElseThrow();
        MessageView forSender = view(row, viewer.id());
        MessageView forRecipient = view(row, recipientId);
        var sender = users.require(viewer.id().toString(), viewer.id());
        events.publishEvent(new MessageEvents.MessageSent(conversationId, viewer.id(), recipientId, viewer.role(), recipientRole,
                forSender, forRecipient, opened, sender.username(), sender.displayName(), sender.avatarKey(), at));
        return forSender;
    }

    private void limitRate(UUID senderId) {
        repo.lockSender(senderId);
        // the database's clock, the one created_at was written with: nodes whose clocks drift still agree
        OffsetDateTime now = repo.databaseNow();
        var recent = repo.sentSince(senderId, now.minusMinutes(1));
        if (recent.size() >= settings.perMinute()) {
            Duration wait = Duration.between(now, recent.get(recent.size() - settings.perMinute()).plusMinutes(1));
            throw ApiProblem.tooManyRequests("too-many-messages", "Too many messages", "At most " + settings.perMinute() + " messages a minute", wait);
        }
    }

    private void limitNewConversations(UUID senderId) {
        OffsetDateTime now = repo.databaseNow();
        var recent = repo.startedSince(senderId, now.minusDays(1));
        if (recent.size() >= settings.newConversationsPerDay()) {
            Duration wait = Duration.between(now, recent.get(recent.size() - settings.newConversationsPerDay()).plusDays(1));
            throw ApiProblem.tooManyRequests("too-many-messages", "Too many messages",
                    "At most " + settings.newConversationsPerDay() + " new conversations a day", wait);
        }
    }

    private static String fingerprint(Send send) {
        return String.valueOf(send.text()) + "\u0000" + send.mediaId() + "\u0000" + send.priceTokens() + "\u0000" + send.maxPriceTokens();
    }

    // ------------------------------------------------------------------ reading

    public ConversationPage conversations(AuthUser caller, @Nullable String cursor, @Nullable Integer limit) {
        Viewer viewer = signedIn(caller);
        int n = limit(limit);
        var c = PageCursor.decode(cursor);
        var rows = repo.inbox(viewer.id(), c == null ? null : c.at(), c == null ? null : c.uuid(), n + 1);
        var page = rows.subList(0, Math.min(n, rows.size()));
        String next = rows.size() > n ? new PageCursor(page.getLast().updatedAt(), page.getLast().conversationId().toString()).encode() : null;
        return new ConversationPage(page.stream().map(r -> item(r, viewer.id())).toList(), next);
    }

    private ConversationItem item(MessageRepository.InboxRow r, UUID readerId) {
        LastMessage last = null;
        if (r.lastId() != null) {
            boolean locked = r.lastPrice() != null && !r.lastSenderId().equals(readerId) && !r.lastBought();
            last = new LastMessage(r.lastId(), locked ? null : preview(r.lastText()), r.lastAuthorKind(), r.lastCreatedAt(), locked);
        }
        return new ConversationItem(r.conversationId(), new With(r.otherId(), r.otherUsername(), r.otherDisplayName(),
                r.otherAvatarKey() == null ? null : media.url(r.otherAvatarKey()), r.otherRole()), last, r.unread(), r.updatedAt());
    }

    static String preview(String text) {
        String oneLine = text.replace('\n', ' ');
        if (oneLine.codePointCount(0, oneLine.length()) <= PREVIEW_LENGTH) return oneLine;
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, PREVIEW_LENGTH - 1)) + "…";
    }

    public int totalUnread(AuthUser caller) {
        return repo.totalUnread(signedIn(caller).id());
    }

    public MessagePage messages(AuthUser caller, String conversationId, @Nullable String before, @Nullable Integer limit) {
        Viewer viewer = signedIn(caller);
        var conversation = participantOf(viewer, conversationId);
        int n = limit(limit);
        Long beforeSeq = null;
        if (before != null && !before.isBlank()) {
            UUID b = Ids.parseUuid(before).orElseThrow(() -> ApiProblem.invalid("before", "is not a message of this conversation"));
            beforeSeq = repo.seqOf(conversation.id(), b)
                    .orElseThrow(() -> ApiProblem.invalid("before", "is not a message of this conversation"));
        }
        var rows = repo.page(conversation.id(), viewer.id(), beforeSeq, n + 1);
        var page = rows.subList(0, Math.min(n, rows.size()));
        String next = rows.size() > n ? page.getLast().id().toString() : null;
        return new MessagePage(page.stream().map(r -> view(r, viewer.id())).toList(), next);
    }

    /** Moves the caller's read marker forward (never back) to {@code upTo}, a message of this conversation. */
    public Marked read(AuthUser caller, String conversationId, UUID upTo) {
        Viewer viewer = signedIn(caller);
        var conversation = participantOf(viewer, conversationId);
        if (upTo == null) throw ApiProblem.invalid("upTo", "is required");
        var marker = tx.execute(status -> {
            repo.lock(conversation.id());
            long seq = repo.seqOf(conversation.id(), upTo)
                    .orElseThrow(() -> ApiProblem.invalid("upTo", "is not a message of this conversation"));
            var m = repo.markRead(conversation.id(), viewer.id(), seq);
            if (m.moved()) {
                events.publishEvent(new MessageEvents.MessagesRead(conversation.id(), viewer.id(), conversation.other(viewer.id()),
                        repo.idAt(conversation.id(), m.seq()).orElse(upTo)));
            }
            return m;
        });
        return new Marked(marker.unread(), repo.totalUnread(viewer.id()));
    }

    /** Unsends the caller's own message; a paid one stays for those who bought it. */
    public void remove(AuthUser caller, String messageId) {
        Viewer viewer = signedIn(caller);
        UUID id = Ids.parseUuid(messageId).orElseThrow(() -> ApiProblem.notFound("Message"));
        var row = repo.message(id, viewer.id()).orElseThrow(() -> ApiProblem.notFound("Message"));
        var conversation = repo.conversation(row.conversationId()).filter(c -> c.has(viewer.id()))
                .orElseThrow(() -> ApiProblem.notFound("Message"));
        if (!row.senderId().equals(viewer.id())) throw ApiProblem.forbidden("Only its sender may unsend a message");
        UUID other = conversation.other(viewer.id());
        tx.executeWithoutResult(status -> {
            repo.lock(conversation.id());
            if (!repo.remove(id)) return;
            repo.recountUnread(conversation.id(), other);
            List<UUID> tell = new ArrayList<>(List.of(viewer.id()));
            if (!repo.unlocked(other, id)) tell.add(other);
            events.publishEvent(new MessageEvents.MessageRemoved(conversation.id(), id, tell));
        });
    }

    /** Buys a paid message's picture: one charge per fan and message, never below zero; a fresh signed URL. */
    public Reveal unlock(AuthUser caller, String messageId, String key) {
        Viewer viewer = signedIn(caller);
        Idempotency.requireKey(key);
        UUID id = Ids.parseUuid(messageId).orElseThrow(() -> ApiProblem.notFound("Message"));
        var row = repo.message(id, viewer.id()).filter(r -> r.removedAt() == null || r.bought())
                .orElseThrow(() -> ApiProblem.notFound("Message"));
        var conversation = repo.conversation(row.conversationId()).filter(c -> c.has(viewer.id()))
                .orElseThrow(() -> ApiProblem.notFound("Message"));
        if (row.priceTokens() == null || row.mediaKey() == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "not-pay-per-view", "Not a paid message", "Only paid messages are unlocked");
        }
        if (row.senderId().equals(viewer.id())) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "own-message", "Your own message", "You do not unlock your own message");
        }
        // who may spend on whom is the access policy's, as for content (staff accounts never spend)
        if (!AccessPolicy.canSpendOn(viewer, row.senderId(), Permission.UNLOCK_CONTENT)) {
            throw ApiProblem.forbidden("You may not buy pictures in messages");
        }
        int price = row.priceTokens();
        // the answer (with its freshly signed URL) is the key's: a retry gets it again, word for word
        return idempotency.once(viewer.id(), key, "POST /api/messages/" + id + "/unlock", Reveal.class, () -> {
            // the conversation first (as sends and unsends take it, then the wallets): an unsend racing this
            // unlock either comes before it (nothing to buy any more) or after it (the buyer keeps it)
            repo.lock(conversation.id());
            ledger.freeze(viewer.id(), row.senderId()); // a concurrent unlock by the same fan waits here
            var now = repo.message(id, viewer.id()).filter(r -> r.removedAt() == null || r.bought())
                    .orElseThrow(() -> ApiProblem.notFound("Message"));
            boolean charged = false;
            long balance;
            if (repo.unlocked(viewer.id(), id)) {
                balance = ledger.balanceOf(viewer.id());
            } else {
                var paid = ledger.pay(LedgerKind.message_unlock, viewer.id(), row.senderId(), price, id);
                repo.grant(viewer.id(), id, price, paid.transactionId());
                charged = true;
                balance = paid.payerBalance();
            }
            var signed = media.signFresh(now.mediaKey());
            return new Reveal(signed.url(), signed.expiresAt(), id, charged, price, balance);
        });
    }

    // ------------------------------------------------------------------ for Teezer

    /** A message Teezer writes in the creator's name: {@code system} (the AI notice) or {@code teezer} (a reply to {@code replyTo}). */
    public record AiWrite(String authorKind, String text, @Nullable UUID replyTo) {
        public static AiWrite notice(String text) {
            return new AiWrite("system", text, null);
        }

        public static AiWrite reply(String text, UUID replyTo) {
            return new AiWrite("teezer", text, replyTo);
        }
    }

    /** One message of a conversation as Teezer's context sees it: who wrote it (the creator's account or not) and its text. */
    public record Line(UUID id, UUID senderId, String authorKind, String text, OffsetDateTime createdAt, boolean removed) {
    }

    /**
     * Takes the conversation's lock until the caller's transaction ends: the lock every send, read and
     * unsend of it takes first, so whoever takes it next sees what was written before.
     */
    public void holdConversation(UUID conversationId) {
        repo.lock(conversationId);
    }

    /** A message by id, as its conversation's context (empty when there is none). */
    public Optional<Line> line(UUID messageId) {
        return repo.line(messageId).map(MessageService::line);
    }

    /** The conversation's last {@code n} messages still shown, oldest first (text only; never another conversation's). */
    public List<Line> lastLines(UUID conversationId, int n) {
        var lines = new ArrayList<>(repo.lastLines(conversationId, n).stream().map(MessageService::line).toList());
        java.util.Collections.reverse(lines);
        return lines;
    }

    private static Line line(MessageRepository.Line l) {
        return new Line(l.id(), l.senderId(), l.authorKind(), l.text(), l.createdAt(), l.removed());
    }

    /**
     * Writes Teezer's messages in the creator's name, in the caller's transaction (which holds the
     * conversation, {@link #holdConversation}): each always {@code aiGenerated}, counted unread for the
     * fan and sent to both participants' sockets after commit. A second reply to the same fan message
     * is refused by the database (one reply per message).
     */
    public List<MessageView> writeAsTeezer(UUID conversationId, UserDirectory.UserRef sender, UserDirectory.UserRef fan, List<AiWrite> writes) {
        UUID creatorId = sender.id();
        UUID fanId = fan.id();
        List<MessageView> written = new ArrayList<>();
        for (AiWrite w : writes) {
            String text = w.text().strip();
            if (text.isEmpty()) throw new IllegalArgumentException("an AI message has text");
            var author = com.teezu.profiles.db.enums.MessageAuthor.valueOf(w.authorKind());
            if (author == com.teezu.profiles.db.enums.MessageAuthor.human) throw new IllegalArgumentException("not a human message");
            long seq = repo.nextSeq(conversationId);
            UUID messageId = UUID.randomUUID();
            OffsetDateTime at = repo.insert(new MessageRepository.NewMessage(messageId, conversationId, seq, creatorId, text, null,
                    null, null, null, author, w.replyTo()));
            repo.delivered(conversationId, fanId, at);
            var row = repo.message(messageId, fanId).orElseThrow();
            MessageView forCreator = view(row, creatorId);
            MessageView forFan = view(row, fanId);
            events.publishEvent(new MessageEvents.MessageSent(conversationId, creatorId, fanId, sender.role(), fan.role(),
                    forCreator, forFan, false, sender.username(), sender.displayName(), sender.avatarKey(), at));
            written.add(forFan);
        }
        return written;
    }

    // ------------------------------------------------------------------ for the socket relay

    /** The other participant when {@code userId} is in the conversation; empty for anyone else or no such conversation. */
    public Optional<UUID> otherParticipant(UUID userId, UUID conversationId) {
        return repo.conversation(conversationId).filter(c -> c.has(userId)).map(c -> c.other(userId));
    }

    // ------------------------------------------------------------------ helpers

    private MessageView view(MessageRepository.MessageRow r, UUID readerId) {
        boolean paid = r.priceTokens() != null;
        boolean open = r.senderId().equals(readerId) || !paid || r.bought();
        String thumb = r.mediaKey() == null ? null : media.url(open ? r.thumbKey() : r.blurKey());
        String full = r.mediaKey() != null && open ? media.url(r.mediaKey()) : null;
        return new MessageView(r.id(), r.conversationId(), new MessageView.Sender(r.senderId(), r.senderUsername(), r.senderDisplayName()),
                r.authorKind(), r.aiGenerated(), r.text(), r.createdAt(), paid ? !open : null, paid ? r.priceTokens() : null, thumb, full);
    }

    private MessageRepository.Conversation participantOf(Viewer viewer, String conversationId) {
        return Ids.parseUuid(conversationId).flatMap(repo::conversation).filter(c -> c.has(viewer.id()))
                .orElseThrow(() -> ApiProblem.notFound("Conversation"));
    }

    private Viewer signedIn(AuthUser caller) {
        if (caller == null) throw ApiProblem.unauthorized();
        return auth.viewer(caller);
    }

    private static int limit(Integer limit) {
        if (limit == null) return 30;
        if (limit < 1 || limit > 50) throw ApiProblem.invalid("limit", "must be 1–50");
        return limit;
    }
}
