package com.teezu.profiles.wallet;

import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.shared.database.Retry;
import org.jooq.JSONB;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs a paid request at most once per (user, Idempotency-Key): the work and its stored answer commit
 * together; a retry gets the stored answer and changes nothing; the same key with another request is
 * refused. A request that failed stored nothing, so its retry runs again.
 */
@Service
public class Idempotency {

    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7e]{1,128}$");

    private final IdempotencyRepository store;
    private final TransactionTemplate tx;
    private final JsonMapper json;

    Idempotency(IdempotencyRepository store, TransactionTemplate tx, JsonMapper json) {
        this.store = store;
        this.tx = tx;
        this.json = json;
    }

    public static void requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw ApiProblem.invalid("Idempotency-Key", "this request needs an Idempotency-Key header");
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiProblem.invalid("Idempotency-Key", "1–128 visible ASCII characters");
        }
    }

    /** {@code request} identifies what is asked (method, path, body); {@code work} runs in the transaction. */
    public <T> T once(UUID userId, String key, String request, Class<T> type, Supplier<T> work) {
        requireKey(key);
        byte[] hash = sha256(request);
        return Retry.onConcurrencyFailure(() -> tx.execute(status -> {
            if (!store.claim(userId, key, hash)) {
                var stored = store.find(userId, key).orElseThrow(() -> new IllegalStateException("claimed key vanished"));
                if (!Arrays.equals(stored.requestHash(), hash)) {
                    throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency-Key reused",
                            "This Idempotency-Key was used for a different request");
                }
                return json.readValue(stored.response().data(), type);
            }
            T answer = work.get();
            store.complete(userId, key, 200, JSONB.jsonb(json.writeValueAsString(answer)));
            return answer;
        }));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
