package com.teezu.profiles.teezer;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * Sentence embeddings in-process: the quantised all-MiniLM-L6-v2 (ONNX, 384 dimensions) that ships
 * inside its Maven artifact, with its tokenizer; nothing is downloaded. The model loads in the
 * background at start (about a second), so the first fan message does not pay for it. On 2 cores an
 * embedding of a short message takes a few milliseconds of CPU; at most as many run at once as there
 * are cores, so a burst queues here instead of slowing every request down.
 */
@Component
public class Embeddings {

    public static final String MODEL = "all-MiniLM-L6-v2-q";
    public static final int DIMS = 384;

    private static final Logger log = LoggerFactory.getLogger(Embeddings.class);

    private final CompletableFuture<EmbeddingModel> model;
    private final Semaphore cpu = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    Embeddings() {
        model = CompletableFuture.supplyAsync(() -> {
            long t = System.nanoTime();
            EmbeddingModel m = new AllMiniLmL6V2QuantizedEmbeddingModel();
            m.embed("warm up");
            log.info("Teezer's embedding model {} loaded in {} ms", MODEL, (System.nanoTime() - t) / 1_000_000);
            return m;
        }, r -> Thread.ofPlatform().daemon().name("teezer-embeddings-load").start(r));
    }

    /** The text's embedding, unit length (cosine = dot product). */
    public float[] embed(String text) {
        EmbeddingModel m = model.join();
        cpu.acquireUninterruptibly();
        try {
            float[] v = m.embed(text).content().vector();
            return normalised(v);
        } finally {
            cpu.release();
        }
    }

    static float[] normalised(float[] v) {
        double n = 0;
        for (float x : v) n += x * x;
        n = Math.sqrt(n);
        if (n == 0) return v;
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / n);
        return out;
    }

    /** Cosine of two unit vectors: {@code a} whole, against {@code b} from {@code offset}. */
    static double cosine(float[] a, float[] b, int offset) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) dot += a[i] * b[offset + i];
        return dot;
    }
}
