package com.teezu.profiles.shared.web;

import tools.jackson.databind.annotation.JsonDeserialize;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * One field of a partial update (PATCH), in three states: <b>absent</b> from the body (keep what is
 * stored), <b>null</b> (clear it, where the field allows) or a <b>value</b>. Jackson reads it as the
 * field's own type ({@link PatchDeserializer}); Bean Validation checks the value inside
 * ({@code Patch<@Size(max = 64) String>}, through {@link PatchValueExtractor}).
 */
@JsonDeserialize(using = PatchDeserializer.class)
public final class Patch<T> {

    private static final Patch<?> ABSENT = new Patch<>(false, null);
    private static final Patch<?> NULL = new Patch<>(true, null);

    private final boolean present;
    private final T value;

    private Patch(boolean present, T value) {
        this.present = present;
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> absent() {
        return (Patch<T>) ABSENT;
    }

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> of(T value) {
        return value == null ? (Patch<T>) NULL : new Patch<>(true, value);
    }

    /** Was the field in the body at all (with a value or null)? */
    public boolean present() {
        return present;
    }

    /** Present and null: clear it. */
    public boolean cleared() {
        return present && value == null;
    }

    /** The value; null when absent or cleared. */
    public T value() {
        return value;
    }

    /** Runs {@code change} with the value (null = clear) when the field was in the body. */
    public void ifPresent(Consumer<T> change) {
        if (present) change.accept(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Patch<?> p && p.present == present && Objects.equals(p.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(present, value);
    }

    @Override
    public String toString() {
        return !present ? "Patch.absent" : "Patch[" + value + "]";
    }
}
