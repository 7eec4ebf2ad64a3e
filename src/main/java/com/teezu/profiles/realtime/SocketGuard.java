package com.teezu.profiles.realtime;

import com.corundumstudio.socketio.SocketIOChannelInitializer;
import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.listener.ExceptionListenerAdapter;
import com.teezu.profiles.shared.web.SecurityHeaders;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * What the Socket.IO port lets in and says. Every HTTP request (polling and the WebSocket upgrade) from
 * a page of another site is refused with 403 before the library sees it, so neither CORS nor a
 * cross-site WebSocket can ride on a user's cookie; every response carries the security headers and no
 * server banner. A client that sends what cannot be decoded (a frame over the limit, a broken packet)
 * is disconnected and counted, not logged with its payload and a stack trace per packet.
 */
final class SocketGuard {

    private static final Logger log = LoggerFactory.getLogger(SocketGuard.class);

    private SocketGuard() {
    }

    /**
     * Allowed: no Origin (not a browser page), a page on the host the request was sent to (the web app
     * and the socket share the host name, on different ports — the rule the session cookie follows too),
     * or an origin configured for a proxy set-up.
     */
    static boolean originAllowed(String origin, String host, Set<String> configured) {
        if (origin == null) return true;
        return configured.contains(origin.toLowerCase()) || RealtimeServer.sameHost(origin, host);
    }

    static Set<String> origins(String list) {
        return list == null || list.isBlank() ? Set.of()
                : List.of(list.split(",")).stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(String::toLowerCase).collect(Collectors.toUnmodifiableSet());
    }

    /** The library's pipeline with the guard in front of it and the headers on everything it writes. */
    static final class Initializer extends SocketIOChannelInitializer {
        private final Set<String> origins;

        Initializer(Set<String> origins) {
            this.origins = origins;
        }

        @Override
        protected void addSocketioHandlers(ChannelPipeline pipeline) {
            super.addSocketioHandlers(pipeline);
            // outbound messages travel towards the head: after the encoder means before it on the way out
            pipeline.addAfter(HTTP_ENCODER, "securityHeaders", HEADERS);
            // behind the encoder, so its refusal is encoded (and gets the headers); in front of the library
            pipeline.addBefore(PACKET_HANDLER, "originGuard", new OriginGuard(origins));
        }
    }

    private static final ChannelHandler HEADERS = new Headers();

    @ChannelHandler.Sharable
    private static final class Headers extends ChannelDuplexHandler {
        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            if (msg instanceof HttpResponse response) {
                response.headers().remove(HttpHeaderNames.SERVER);
                SecurityHeaders.API.forEach((name, value) -> {
                    if (!response.headers().contains(name)) response.headers().set(name, value);
                });
            }
            super.write(ctx, msg, promise);
        }
    }

    private static final class OriginGuard extends ChannelDuplexHandler {
        private final Set<String> origins;

        OriginGuard(Set<String> origins) {
            this.origins = origins;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            if (msg instanceof HttpRequest request && !originAllowed(request.headers().get(HttpHeaderNames.ORIGIN),
                    request.headers().get(HttpHeaderNames.HOST), origins)) {
                ReferenceCountUtil.release(msg);
                byte[] body = ("{\"type\":\"urn:teezu:problem:forbidden\",\"title\":\"Forbidden\",\"status\":403,"
                        + "\"detail\":\"Pages of other sites may not connect\"}").getBytes(StandardCharsets.UTF_8);
                FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.FORBIDDEN,
                        Unpooled.wrappedBuffer(body));
                response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                        .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
                ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
                return;
            }
            super.channelRead(ctx, msg);
        }
    }

    /**
     * Client mistakes close that client's connection and are counted; at most one line a minute says
     * how many. Errors in our own listeners are still logged in full: those are bugs.
     */
    static final class Exceptions extends ExceptionListenerAdapter {
        private final AtomicLong refused = new AtomicLong();
        private final AtomicLong lastReport = new AtomicLong();
        private final Clock clock;

        Exceptions(Clock clock) {
            this.clock = clock;
        }

        long refused() {
            return refused.get();
        }

        @Override
        public boolean exceptionCaught(ChannelHandlerContext ctx, Throwable e) {
            refused.incrementAndGet();
            ctx.close();
            long now = clock.millis();
            long last = lastReport.get();
            if (now - last >= 60_000 && lastReport.compareAndSet(last, now)) {
                log.warn("Socket.IO: closed connections that sent undecodable or oversized frames ({} so far; latest: {})",
                        refused.get(), e.getClass().getSimpleName());
            }
            return true;
        }

        @Override
        public void onEventException(Exception e, List<Object> args, SocketIOClient client) {
            log.error("Socket.IO event listener failed", e);
        }

        @Override
        public void onAuthException(Throwable e, SocketIOClient client) {
            log.error("Socket.IO handshake authentication failed", e);
        }
    }
}
