package com.teezu.profiles.teezer;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.nio.file.Files;
import java.nio.file.Path;

/** For bench/teezer.sh: the resident memory the embedding model adds to a JVM, and one embedding's CPU time. */
public final class ModelMemory {

    static long rssMiB() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
        return -1;
    }

    public static void main(String[] args) throws Exception {
        System.gc();
        long before = rssMiB();
        long heapBefore = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        for (int i = 0; i < 200; i++) model.embed("when are you live next, " + i);
        long t = System.nanoTime();
        for (int i = 0; i < 200; i++) model.embed("what are you wearing tonight? " + i);
        double perEmbedding = (System.nanoTime() - t) / 200 / 1e6;
        System.gc();
        long heapAfter = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf("model: RSS %d -> %d MiB (+%d MiB), heap +%d MiB, one embedding %.1f ms (single thread, warm)%n",
                before, rssMiB(), rssMiB() - before, (heapAfter - heapBefore) / (1024 * 1024), perEmbedding);
    }
}
