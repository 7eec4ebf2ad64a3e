package com.teezu.profiles.teezer;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Run in a JVM of its own by {@link EmbeddedModelOfflineTest}, with no network and an empty home and
 * cache: loads the model from its jar and prints how close two paraphrases and an unrelated sentence are.
 */
public final class OfflineEmbedding {

    public static void main(String[] args) {
        var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        float[] a = Embeddings.normalised(model.embed("when are you live next?").content().vector());
        float[] b = Embeddings.normalised(model.embed("when is your next stream").content().vector());
        float[] c = Embeddings.normalised(model.embed("stroopwafels taste of caramel").content().vector());
        System.out.println("dims=" + a.length);
        System.out.println("paraphrase=" + Embeddings.cosine(a, b, 0));
        System.out.println("unrelated=" + Embeddings.cosine(a, c, 0));
    }
}
