package com.teezu.profiles.realtime;

import com.teezu.profiles.media.MediaUrls;
import com.teezu.profiles.messages.MessageEvents;
import com.teezu.profiles.notifications.NotificationStored;
import com.teezu.profiles.subscriptions.SubscriptionLapsed;
import com.teezu.profiles.follow.Followed;
import com.teezu.profiles.gifts.GiftReceived;
import com.teezu.profiles.profile.Catalog;
import com.teezu.profiles.profile.ProfileEvents;
import com.teezu.profiles.stats.CountersChanged;
import com.teezu.profiles.stats.StatsService;
import com.teezu.profiles.teezer.TeezerChanged;
import com.teezu.profiles.teezer.TeezerScheduler;
import com.teezu.profiles.teezer.TeezerService;
import com.teezu.profiles.teezer.TeezerStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Turns domain events into Socket.IO events, only after their transaction committed (a rolled-back
 * change is never announced), on one ordered dispatch thread so the HTTP answer does not wait.
 * Payloads carry public data only: never a private stat or a gated fantasy field.
 */
@Component
class RealtimeEvents {

    private static final Logger log = LoggerFactory.getLogger(RealtimeEvents.class);

    record From(String id, String username, String displayName, String avatarUrl) {
    }

    record Notice(String type, From from, Instant createdAt) {
    }

    record Live(String userId, boolean isLive) {
    }

    record MoodPayload(String userId, Catalog.MoodView mood) {
    }

    record Teezer(String userId, boolean active, String status) {
    }

    record Stats(String userId, int followers, int following, long likes, java.math.BigDecimal streamHours, int posts,
                 long version) {
    }

    private final RealtimeBus bus;
    private final StatsService stats;
    private final TeezerService teezer;
    private final MediaUrls media;
    /** Users whose counters changed since the last flush: their newest known counters, or {@link #READ} to read them. */
    private final java.util.concurrent.ConcurrentHashMap<UUID, CountersChanged.Snapshot> pendingCounters =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final CountersChanged.Snapshot READ = new CountersChanged.Snapshot(Long.MIN_VALUE, null);
    private final java.util.concurrent.atomic.AtomicBoolean flushScheduled = new java.util.concurrent.atomic.AtomicBoolean();
    private final ExecutorService dispatch = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("realtime-dispatch").daemon().factory());

    RealtimeEvents(RealtimeBus bus, StatsService stats, TeezerService teezer, TeezerScheduler scheduler, MediaUrls media) {
        this.bus = bus;
        this.stats = stats;
        this.teezer = teezer;
        this.media = media;
        // whatever status reaches the sockets (from any node) is what the next schedule sweep compares with
        bus.observe(m -> {
            if (m.event().equals("profile:teezer") && m.payload().get("userId") instanceof String id) {
                scheduler.announced(UUID.fromString(id), String.valueOf(m.payload().get("status")));
            }
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(Followed e) {
        if (!e.notifies() || e.follower() == null) return;
        var f = e.follower();
        run(() -> bus.publish(RealtimeServer.userRoom(e.followeeId()), "notification:new",
                new Notice("new_follower", new From(e.followerId().toString(), f.username(), f.displayName(),
                        f.avatarKey() == null ? null : media.url(f.avatarKey())), e.at())));
    }

    /** A gift, an unlock, a new subscriber: to the creator's own room only, never to her profile's watchers. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(NotificationStored e) {
        run(() -> bus.publish(RealtimeServer.userRoom(e.userId()), "notification:new",
                new Notice(e.type(), new From(e.actorId().toString(), e.actorUsername(), e.actorDisplayName(),
                        e.actorAvatarKey() == null ? null : media.url(e.actorAvatarKey())), e.at())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SubscriptionLapsed e) {
        run(() -> bus.publish(RealtimeServer.userRoom(e.subscriberId()), "notification:new",
                new Notice("subscription_lapsed", new From(e.creatorId().toString(), e.creatorUsername(), e.creatorDisplayName(),
                        e.creatorAvatarKey() == null ? null : media.url(e.creatorAvatarKey())), e.at())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProfileEvents.LiveChanged e) {
        run(() -> bus.publish(RealtimeServer.profileRoom(e.userId()), "profile:live", new Live(e.userId().toString(), e.live())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProfileEvents.MoodChanged e) {
        run(() -> bus.publish(RealtimeServer.profileRoom(e.userId()), "profile:mood",
                new MoodPayload(e.userId().toString(), e.mood() == null ? null : e.mood().view())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TeezerChanged e) {
        run(() -> {
            var state = teezer.state(e.userId());
            bus.publish(RealtimeServer.profileRoom(e.userId()), "profile:teezer",
                    new Teezer(e.userId().toString(), state.active(), state.status()));
        });
    }

    /** A schedule boundary: every node's scheduler sees it, so each tells only its own sockets. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(TeezerStatusChanged e) {
        run(() -> bus.publishLocally(RealtimeServer.profileRoom(e.userId()), "profile:teezer",
                new Teezer(e.userId().toString(), e.active(), e.status())));
    }

    record Gift(String type, String emoji, String label) {
    }

    record GiftPayload(String userId, Gift gift, int count) {
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(GiftReceived e) {
        run(() -> bus.publish(RealtimeServer.profileRoom(e.recipientId()), "gift:received",
                new GiftPayload(e.recipientId().toString(), new Gift(e.type(), e.emoji(), e.label()), e.count())));
    }

    /**
     * Counter changes are coalesced: they wait per user until the dispatcher gets to them. A writer that
     * read the new counters in its own statement (a follow) hands them over with the row's version and
     * nothing is read again; for the others one query per flush reads all their counters. A burst of
     * follows on one profile becomes one stats:update with the latest numbers.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(CountersChanged e) {
        for (UUID id : e.userIds()) {
            var snapshot = e.known().getOrDefault(id, READ);
            // a change whose counters nobody read wins (its commit may be later than any snapshot we hold);
            // among snapshots the row's higher version is the later state
            pendingCounters.merge(id, snapshot, (held, next) -> held == READ || next == READ ? READ
                    : next.version() > held.version() ? next : held);
        }
        if (flushScheduled.compareAndSet(false, true)) run(this::flushCounters);
    }

    private void flushCounters() {
        flushScheduled.set(false);
        List<UUID> toRead = new ArrayList<>();
        List<CountersChanged.Snapshot> ready = new ArrayList<>();
        for (var it = pendingCounters.keySet().iterator(); it.hasNext() && toRead.size() + ready.size() < 500; ) {
            UUID id = it.next();
            var snapshot = pendingCounters.remove(id);
            if (snapshot == null) continue;
            if (snapshot == READ) toRead.add(id);
            else ready.add(snapshot);
        }
        if (!pendingCounters.isEmpty() && flushScheduled.compareAndSet(false, true)) run(this::flushCounters);
        ready.addAll(stats.publicCounters(toRead));
        for (var snapshot : ready) {
            var c = snapshot.counters();
            // the version lets every node drop a snapshot that reaches it after a newer one (RealtimeBus)
            bus.publish(RealtimeServer.profileRoom(c.userId()), "stats:update", new Stats(c.userId().toString(), c.followers(),
                    c.following(), c.likes(), c.streamHours(), c.posts(), snapshot.version()));
        }
    }

    record WalletPurchase(String purchaseId, String state, long balance) {
    }

    /** Only to the buyer's own room: her purchase's new state and her balance after it. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(com.teezu.profiles.payments.PurchaseChanged e) {
        run(() -> bus.publish(RealtimeServer.userRoom(e.userId()), "wallet:purchase",
                new WalletPurchase(e.purchaseId().toString(), e.state(), e.balance())));
    }

    record MessageNew(String conversationId, com.teezu.profiles.messages.MessageView message) {
    }

    record MessageRead(String conversationId, String userId, String upTo) {
    }

    record MessageRemoved(String conversationId, String messageId) {
    }

    /** Each participant gets her own view of the message (a paid one is locked for the recipient only). */
    @TransactionalEventListener(fallbackExecution = true)
    void on(MessageEvents.MessageSent e) {
        run(() -> {
            String conversation = e.conversationId().toString();
            bus.publish(RealtimeServer.userRoom(e.senderId()), "message:new", new MessageNew(conversation, e.forSender()));
            bus.publish(RealtimeServer.userRoom(e.recipientId()), "message:new", new MessageNew(conversation, e.forRecipient()));
            if (e.opened()) {
                bus.publish(RealtimeServer.userRoom(e.recipientId()), "notification:new",
                        new Notice("new_message", new From(e.senderId().toString(), e.senderUsername(), e.senderDisplayName(),
                                e.senderAvatarKey() == null ? null : media.url(e.senderAvatarKey())), e.at().toInstant()));
            }
        });
    }

    /** Teezer handed a conversation to the creator: a notification in her own room (the reason is in her activity, not here). */
    @TransactionalEventListener(fallbackExecution = true)
    void on(com.teezu.profiles.teezer.TeezerHandedOver e) {
        run(() -> bus.publish(RealtimeServer.userRoom(e.creatorId()), "notification:new",
                new Notice("teezer_handover", new From(e.fanId().toString(), e.fanUsername(), e.fanDisplayName(),
                        e.fanAvatarKey() == null ? null : media.url(e.fanAvatarKey())), e.at().toInstant())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MessageEvents.MessagesRead e) {
        var payload = new MessageRead(e.conversationId().toString(), e.readerId().toString(), e.upTo().toString());
        run(() -> {
            bus.publish(RealtimeServer.userRoom(e.readerId()), "message:read", payload);
            bus.publish(RealtimeServer.userRoom(e.otherId()), "message:read", payload);
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MessageEvents.MessageRemoved e) {
        var payload = new MessageRemoved(e.conversationId().toString(), e.messageId().toString());
        run(() -> e.tell().forEach(user -> bus.publish(RealtimeServer.userRoom(user), "message:removed", payload)));
    }

    private void run(Runnable task) {
        dispatch.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException ex) {
                log.warn("A realtime event could not be delivered", ex);
            }
        });
    }
}
