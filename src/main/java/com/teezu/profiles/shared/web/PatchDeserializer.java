package com.teezu.profiles.shared.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;

/** Reads a {@link Patch} as the type it wraps; a missing property is {@link Patch#absent()}, {@code null} clears. */
final class PatchDeserializer extends ValueDeserializer<Patch<?>> {

    private final ValueDeserializer<Object> inner;

    PatchDeserializer() {
        this(null);
    }

    private PatchDeserializer(ValueDeserializer<Object> inner) {
        this.inner = inner;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        JavaType type = property != null ? property.getType() : ctxt.getContextualType();
        JavaType wrapped = type == null || type.containedTypeCount() == 0 ? ctxt.constructType(Object.class) : type.containedType(0);
        return new PatchDeserializer(ctxt.findContextualValueDeserializer(wrapped, property));
    }

    @Override
    public Patch<?> deserialize(JsonParser p, DeserializationContext ctxt) {
        return Patch.of(inner.deserialize(p, ctxt));
    }

    @Override
    public Patch<?> getNullValue(DeserializationContext ctxt) {
        return Patch.of(null);
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return Patch.absent();
    }
}
