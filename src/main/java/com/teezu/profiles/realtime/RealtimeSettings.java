package com.teezu.profiles.realtime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Socket.IO server and the bus between nodes ({@code teezu.*}).
 *
 * @param realtimeUrl  public URL of the Socket.IO server when it is behind a proxy; empty = same host, {@code realtimePort}
 * @param realtimePort the Socket.IO server's port (0 = any free one)
 * @param redisUrl     share events between nodes through this Redis; empty = one node
 * @param redisChannel the Redis channel the nodes share
 * @param realtimeOrigins pages of other host names that may connect (comma-separated origins, for a proxy
 *                        set-up); a page on the socket's own host name always may, no other ever
 */
@ConfigurationProperties("teezu")
public record RealtimeSettings(@DefaultValue("") String realtimeUrl, @DefaultValue("8081") int realtimePort,
                               @DefaultValue("") String redisUrl, @DefaultValue("teezu:realtime") String redisChannel,
                               @DefaultValue("") String realtimeOrigins) {
}
