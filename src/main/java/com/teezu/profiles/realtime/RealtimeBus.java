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
 * so it gets the message exactly once. Without Redis, or while Redis is unreachable, messages go to
 * this node's sockets only; Lettuce reconnects by itself.
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
    void publish(String room, String event, Object payload) {
        Map<String, Object> body = json.convertValue(payload, LinkedHashMap.class);
        if (publisher != null) {
            Message message = new Message(room, event, body, nodeId + ":" + sequence.incrementAndGet());
            boolean echoExpected = subscribed; // our own subscription brings it back to this node's sockets
            try {
                publisher.async().publish(channel, json.writeValueAsString(message)).get(2, TimeUnit.SECONDS);
                if (echoExpected) return;
            } catch (Exception e) {
                log.warn("Redis unreachable, delivering {} to this node's sockets only", event);
            }
            // no echo to wait for (subscription down or not yet renewed, or Redis gone): deliver it here
            // now; should the echo still come, it finds the message delivered and is dropped
            if (firstDeliveryHere(message)) deliver(message);
            return;
        }
        deliver(new Message(room, event, body));
    }

    /** Received through Redis: a message of our own is delivered once, whichever way reached us first. */
    private void received(Message message) {
        if (message.id() != null && message.id().startsWith(nodeId + ":") && !firstDeliveryHere(message)) return;
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
