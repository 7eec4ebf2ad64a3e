package com.teezu.profiles.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on 127.0.0.1 in front of a real server, which a test can cut (every connection closed,
 * nothing accepted) and restore on the same port: a network outage of a dependency, on demand.
 * A {@linkplain #recording recording} relay also keeps every byte the clients sent, so a test can read
 * what really went over the wire.
 */
public final class TcpProxy implements AutoCloseable {

    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ByteArrayOutputStream sent; // null unless recording
    private volatile ServerSocket listener;

    public TcpProxy(int targetPort) throws IOException {
        this(targetPort, false);
    }

    /** A relay that keeps what the clients send (see {@link #sent()}). */
    public static TcpProxy recording(int targetPort) throws IOException {
        return new TcpProxy(targetPort, true);
    }

    private TcpProxy(int targetPort, boolean record) throws IOException {
        this.targetPort = targetPort;
        this.sent = record ? new ByteArrayOutputStream() : null;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        acceptOn(listener);
    }

    public int port() {
        return port;
    }

    /** Everything the clients sent so far, all connections in arrival order, bytes as ISO-8859-1 characters. */
    public String sent() {
        if (sent == null) throw new IllegalStateException("not a recording relay");
        synchronized (sent) {
            return sent.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** Closes every relayed connection and stops listening: clients see the server vanish. */
    public synchronized void cut() throws IOException {
        listener.close();
        for (Socket s : open) s.close();
        open.clear();
    }

    /** Listens again on the same port. */
    public synchronized void restore() throws IOException {
        if (!listener.isClosed()) return;
        listener = listen(port);
        acceptOn(listener);
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return s;
    }

    private void acceptOn(ServerSocket server) {
        Thread.ofVirtual().name("tcp-proxy-accept").start(() -> {
            while (!server.isClosed()) {
                Socket client;
                try {
                    client = server.accept();
                } catch (IOException e) {
                    continue; // closed by cut()
                }
                try {
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    open.add(client);
                    open.add(upstream);
                    pump(client, upstream, sent);
                    pump(upstream, client, null);
                } catch (IOException e) {
                    closeQuietly(client); // the target refused: the client sees its connection end
                }
            }
        });
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private void pump(Socket from, Socket to, ByteArrayOutputStream record) {
        Thread.ofVirtual().name("tcp-proxy-pump").start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    if (record != null) {
                        synchronized (record) {
                            record.write(buffer, 0, n);
                        }
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        });
    }
}
