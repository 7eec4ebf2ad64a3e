package com.teezu.profiles.realtime;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Carries realtime messages to every node's sockets. With {@code REDIS_URL} a message is published
 * once and each node (this one included) delivers it to its own sockets: a socket lives on one node,
 * so it gets the message exactly once. Without Redis messages go to this node's sockets only. While
 * Redis is unreachable they still reach this node's sockets at once, and are held ({@link Outbox}) for
 * the other nodes, which get them in order once Redis is back (Lettuce reconnects by itself). Every
 * message carries its sender's sequence number, so a receiver drops a duplicate and counts a gap; what
 * could not be delivered to a node is reported lost there: a WARN line and the counter
 * {@code teezu.realtime.events{outcome=lost}} (also {@code replayed}, {@code duplicate-dropped}).
 */
@Component
class RealtimeBus implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RealtimeBus.class);

    /** {@code id}: set on messages sent through Redis (node id : sequence), so a node knows its own echo; else null. */
    record Message(String room, String event, Map<String, Object> payload, String id) {
        Message(String room, String event, Map<String, Object> payload) {
            this(room, event, payload, null);
        }
    }

    /**
     * The room of messages between nodes (never a socket's: socket rooms are {@code user:…} and
     * {@code profile:…}); they go to the observers only.
     */
    static final String NODES = "nodes";
    /** Raised locally on every (re)connection to Redis: messages sent while this node was cut off are lost. */
    static final String REDIS_CONNECTED = "redis:connected";

    private final RealtimeServer server;
    private final JsonMapper json;
    private final String redisUrl;
    private final String channel;
    private final java.util.List<Consumer<Message>> observers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private RedisClient redis;
    private ClientResources resources;
    private volatile StatefulRedisConnection<String, String> publisher;
    private volatile StatefulRedisPubSubConnection<String, String> subscriber;
    private volatile boolean running;

    RealtimeBus(RealtimeServer server, JsonMapper json, RealtimeSettings settings) {
        this.server = server;
        this.json = json;
        this.redisUrl = settings.redisUrl();
        this.channel = settings.redisChannel();
    }

    boolean redisConfigured() {
        return redisUrl != null && !redisUrl.isBlank();
    }

    boolean redisReachable() {
        try {
            return publisher != null && subscribed
                    && "PONG".equals(publisher.async().ping().get(1, TimeUnit.SECONDS));
        } catch (Exception e) {
            return false;
        }
    }

    /** Local observers (the Teezer scheduler keeps its last-known states in step with what was sent). */
    void observe(Consumer<Message> observer) {
        observers.add(observer);
    }

    @SuppressWarnings("unchecked")
    synchronized void publish(String room, String event, Object payload) {
        Map<String, Object> body = json.convertValue(payload, LinkedHashMap.class);
        if (publisher == null) {
            deliver(new Message(room, event, body));
            return;
        }
        Message message = new Message(room, event, body, nodeId + ":" + sequence.incrementAndGet());
        boolean echoExpected = subscribed; // our own subscription brings it back to this node's sockets
        if (outbox.isEmpty() && send(message)) {
            if (!echoExpected && firstDeliveryHere(message)) deliver(message);
            return;
        }
        // Redis unreachable, or earlier messages still wait for it: this node's sockets get it now, the
        // other nodes' after the held ones, once Redis is back; should its echo come, it is dropped here
        if (firstDeliveryHere(message)) deliver(message);
        if (outbox.isEmpty()) log.warn("Redis unreachable: holding realtime events for the other nodes (up to {} for {} s)",
                OUTBOX_CAPACITY, OUTBOX_MAX_AGE.toSeconds());
        reportLost(outbox.add(message), "more were held than the outbox keeps");
    }

    /** Publishes through Redis; false if it could not be handed over. */
    private boolean send(Message message) {
        try {
            long reached = publisher.async().publish(channel, json.writeValueAsString(message)).get(2, TimeUnit.SECONDS);
            if (reached > 0) receivers = reached;
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Hands the held messages to Redis, oldest first, once this node is subscribed again and as many
     * nodes listen as before the outage (or {@link #REJOIN_GRACE} after it reconnected: the others may be
     * gone for good); what has grown too old meanwhile is reported lost instead.
     */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelay = 250, initialDelay = 1_000)
    synchronized void replayHeld() {
        if (outbox.isEmpty() || publisher == null || !subscribed) return;
        reportLost(outbox.expire(), "held longer than " + OUTBOX_MAX_AGE.toSeconds() + " s");
        if (outbox.isEmpty()) return;
        if (System.nanoTime() - subscribedAt < REJOIN_GRACE.toNanos() && listening() < receivers) return;
        int sent = 0;
        for (Message m; (m = outbox.oldest()) != null && send(m); sent++) outbox.removeOldest();
        if (sent > 0) {
            replayed.increment(sent);
            if (outbox.isEmpty()) log.info("Redis is back: {} held realtime events sent on to the other nodes", sent);
        }
    }

    /** How many subscribers the channel has now (every node's bus, ours included). */
    private long listening() {
        try {
            return publisher.async().pubsubNumsub(channel).get(1, TimeUnit.SECONDS).getOrDefault(channel, 0L);
        } catch (Exception e) {
            return 0;
        }
    }

    private void reportLost(long count, String why) {
        if (count <= 0) return;
        lost.increment(count);
        log.warn("{} realtime events lost for the other nodes' sockets: {} (metric teezu.realtime.events, outcome=lost)", count, why);
    }

    /** Received through Redis: a message of our own is delivered once, whichever way reached us first. */
    private void received(Message message) {
        String[] sender = Sequences.parse(message.id());
        if (sender != null && sender[0].equals(nodeId)) {
            if (!firstDeliveryHere(message)) return;
        } else if (sender != null) {
            Sequences.Seen seen = sequences.accept(sender[0], Long.parseLong(sender[1]));
            if (seen.duplicate()) {
                duplicates.increment();
                return;
            }
            if (seen.missed() > 0) {
                lost.increment(seen.missed());
                log.warn("{} realtime events from node {} never reached this node (its Redis subscription was down): "
                        + "lost for this node's sockets (metric teezu.realtime.events, outcome=lost)", seen.missed(), sender[0]);
            }
        }
        deliver(message);
    }

    private boolean firstDeliveryHere(Message own) {
        return ownDelivered.asMap().putIfAbsent(own.id(), Boolean.TRUE) == null;
    }

    /** Sends to this node's sockets only (for changes every node computes by itself). */
    void publishLocally(String room, String event, Object payload) {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = json.convertValue(payload, LinkedHashMap.class);
        deliver(new Message(room, event, body));
    }

    private final String nodeId = java.util.UUID.randomUUID().toString();
    private final java.util.concurrent.atomic.AtomicLong sequence = new java.util.concurrent.atomic.AtomicLong();
    /** Ids of our own messages already delivered to this node's sockets (directly or by their echo). */
    private final com.github.benmanes.caffeine.cache.Cache<String, Boolean> ownDelivered = com.github.benmanes.caffeine.cache.Caffeine
            .newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofMinutes(1)).build();
    /** Our subscription to the channel is in place (confirmed by Redis), so our own messages come back to us. */
    private volatile boolean subscribed;
    /** When it was last (re)confirmed. */
    private volatile long subscribedAt = System.nanoTime();
    /** How many subscribers (nodes) the last message handed to Redis reached. */
    private volatile long receivers;

    static final int OUTBOX_CAPACITY = 10_000;
    /** Kept shorter than {@link #ownDelivered}'s memory, so a replayed message's echo is still recognised. */
    static final Duration OUTBOX_MAX_AGE = Duration.ofSeconds(30);
    /** After a reconnection, how long the held messages wait for the other nodes to subscribe again. */
    static final Duration REJOIN_GRACE = Duration.ofSeconds(10);
    private final Outbox outbox = new Outbox(OUTBOX_CAPACITY, OUTBOX_MAX_AGE, System::nanoTime);
    private final Sequences sequences = new Sequences();
    private final io.micrometer.core.instrument.Counter lost = io.micrometer.core.instrument.Metrics
            .counter("teezu.realtime.events", "outcome", "lost");
    private final io.micrometer.core.instrument.Counter replayed = io.micrometer.core.instrument.Metrics
            .counter("teezu.realtime.events", "outcome", "replayed");
    private final io.micrometer.core.instrument.Counter duplicates = io.micrometer.core.instrument.Metrics
            .counter("teezu.realtime.events", "outcome", "duplicate-dropped");

    /**
     * Per room and event, the newest {@code version} delivered here. A payload that carries a version
     * (counters: their row's version) may reach a node after a newer one, e.g. from two nodes through
     * Redis; it is then dropped, so sockets always end on the latest state.
     */
    private final com.github.benmanes.caffeine.cache.Cache<String, Long> delivered = com.github.benmanes.caffeine.cache.Caffeine
            .newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofMinutes(10)).build();

    private void deliver(Message message) {
        if (message.payload().get("version") instanceof Number v) {
            long version = v.longValue();
            boolean[] newer = {false};
            delivered.asMap().compute(message.room() + " " + message.event(), (k, last) -> {
                newer[0] = last == null || version > last;
                return newer[0] ? version : last;
            });
            if (!newer[0]) return;
        }
        if (!NODES.equals(message.room())) server.deliverLocally(message.room(), message.event(), message.payload());
        observers.forEach(o -> o.accept(message));
    }

    @Override
    public void start() {
        if (redisConfigured()) {
            // Lettuce's default backoff grows to 30 s: a node would stay cut off that long after Redis is
            // back. At most 5 s (jittered, so nodes do not all knock at once).
            resources = DefaultClientResources.builder()
                    .reconnectDelay(Delay.equalJitter(Duration.ofMillis(100), Duration.ofSeconds(5), 1, TimeUnit.MILLISECONDS))
                    .build();
            redis = RedisClient.create(resources, RedisURI.create(redisUrl));
            redis.setOptions(ClientOptions.builder().autoReconnect(true)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build());
            redis.setDefaultTimeout(Duration.ofSeconds(2));
            redis.addListener(new io.lettuce.core.RedisConnectionStateListener() {
                @Override
                public void onRedisConnected(io.lettuce.core.RedisChannelHandler<?, ?> connection, java.net.SocketAddress address) {
                    deliver(new Message(NODES, REDIS_CONNECTED, Map.of()));
                }

                @Override
                public void onRedisDisconnected(io.lettuce.core.RedisChannelHandler<?, ?> connection) {
                    if (connection == subscriber) subscribed = false;
                }
            });
            connect();
        }
        running = true;
    }

    /** Lettuce reconnects an established connection by itself; this covers a Redis that was down at start. */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelay = 5_000, initialDelay = 5_000)
    void ensureConnected() {
        if (running && redis != null && publisher == null) connect();
    }

    private synchronized void connect() {
        if (publisher != null) return;
        {
            try {
                publisher = redis.connect();
                subscriber = redis.connectPubSub();
                subscriber.addListener(new RedisPubSubAdapter<>() {
                    @Override
                    public void subscribed(String channel, long count) {
                        subscribedAt = System.nanoTime();
                        subscribed = true; // also when Lettuce renews the subscription after a reconnect
                    }

                    @Override
                    public void message(String channel, String raw) {
                        try {
                            received(json.readValue(raw, Message.class));
                        } catch (Exception e) {
                            log.warn("Dropping an unreadable realtime message", e);
                        }
                    }
                });
                subscriber.sync().subscribe(channel);
                log.info("Realtime events shared through Redis");
            } catch (Exception e) {
                if (subscriber != null) subscriber.close();
                if (publisher != null) publisher.close();
                subscriber = null;
                publisher = null;
                subscribed = false;
                log.warn("Redis at {} unreachable; this node serves its own sockets until it is back: {}",
                        RedisURI.create(redisUrl).getHost(), e.getMessage());
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        subscribed = false;
        if (subscriber != null) subscriber.close();
        if (publisher != null) publisher.close();
        if (redis != null) redis.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        if (resources != null) resources.shutdown(0, 2, TimeUnit.SECONDS);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100; // after the Socket.IO server has started, before it stops
    }
}
