package com.teezu.profiles.shared.web;

import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.ValueExtractor;

/** Lets Bean Validation check the value inside a {@link Patch}: {@code Patch<@Size(max = 64) String>} (absent and null pass; see {@link NotCleared}). */
public final class PatchValueExtractor implements ValueExtractor<Patch<@ExtractedValue ?>> {

    @Override
    public void extractValues(Patch<?> patch, ValueReceiver receiver) {
        receiver.value(null, patch == null ? null : patch.value());
    }
}
