package com.teezu.profiles.teezer;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded responder's model loads from its jar with the network off: a JVM of its own in a network
 * namespace with no interface up (util-linux {@code unshare -rn}), an empty home and empty DJL caches,
 * so nothing could be fetched or reused from an earlier download. Where user namespaces are not
 * allowed, every socket of that JVM goes through a SOCKS proxy that does not exist instead.
 */
class EmbeddedModelOfflineTest {

    @Test
    void theModelLoadsFromTheJarWithNoNetworkAndNoCache() throws Exception {
        Path home = Files.createTempDirectory("teezu-offline-home");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> jvm = new ArrayList<>(List.of(java, "-Duser.home=" + home, "-Dai.djl.offline=false",
                "-cp", System.getProperty("java.class.path"), OfflineEmbedding.class.getName()));
        List<String> command = new ArrayList<>();
        if (unshareWorks()) {
            command.addAll(List.of("unshare", "-rn"));
        } else {
            jvm.addAll(1, List.of("-DsocksProxyHost=127.0.0.1", "-DsocksProxyPort=9", "-Dhttp.proxyHost=127.0.0.1",
                    "-Dhttp.proxyPort=9", "-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=9"));
        }
        command.addAll(jvm);
        var pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(Map.of("HOME", home.toString(), "DJL_CACHE_DIR", home.resolve("djl").toString(),
                "ENGINE_CACHE_DIR", home.resolve("engines").toString()));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        Map<String, String> values = out.lines().filter(l -> l.matches("^[a-z]+=.*")).map(l -> l.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
        assertThat(values.get("dims")).isEqualTo(String.valueOf(Embeddings.DIMS));
        double paraphrase = Double.parseDouble(values.get("paraphrase"));
        double unrelated = Double.parseDouble(values.get("unrelated"));
        assertThat(paraphrase).isGreaterThan(0.45).isGreaterThan(unrelated + 0.25);
    }

    private static boolean unshareWorks() {
        try {
            Process p = new ProcessBuilder("unshare", "-rn", "true").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
