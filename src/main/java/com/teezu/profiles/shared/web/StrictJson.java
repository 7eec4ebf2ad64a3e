package com.teezu.profiles.shared.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.module.SimpleModule;

import java.util.ArrayList;
import java.util.List;

/**
 * JSON read strictly, with every problem of a request body reported at once. A field named twice is
 * refused (never "last wins"). A string is never
 * taken for a number or a boolean, a number never for a string, {@code 1.5} never for an integer.
 * While a request body is being read ({@link BodyProblems}), an unknown field or a value of the wrong
 * type is noted with its path and reading goes on, so the client hears of all of them in one 400
 * together with the Bean Validation errors; outside a request body the same problems fail at once.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictJsonReading() {
        SimpleModule strict = new SimpleModule("teezu-strict-scalars")
                .addDeserializer(String.class, new Scalar<>(String.class, JsonToken.VALUE_STRING))
                .addDeserializer(Integer.class, new Scalar<>(Integer.class, JsonToken.VALUE_NUMBER_INT))
                .addDeserializer(Integer.TYPE, new Scalar<>(Integer.TYPE, JsonToken.VALUE_NUMBER_INT))
                .addDeserializer(Long.class, new Scalar<>(Long.class, JsonToken.VALUE_NUMBER_INT))
                .addDeserializer(Long.TYPE, new Scalar<>(Long.TYPE, JsonToken.VALUE_NUMBER_INT))
                .addDeserializer(Boolean.class, new Scalar<>(Boolean.class, JsonToken.VALUE_TRUE))
                .addDeserializer(Boolean.TYPE, new Scalar<>(Boolean.TYPE, JsonToken.VALUE_TRUE));
        return builder -> builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .addModule(strict)
                .addHandler(new Noting());
    }

    /** A string, integer or boolean only from its own JSON token; anything else is a type problem. */
    static final class Scalar<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final JsonToken token;

        Scalar(Class<T> type, JsonToken token) {
            this.type = type;
            this.token = token;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken t = p.currentToken();
            if (token == JsonToken.VALUE_STRING && t == JsonToken.VALUE_STRING) return (T) p.getString();
            if (token == JsonToken.VALUE_NUMBER_INT && t == JsonToken.VALUE_NUMBER_INT) {
                if (type == Long.class || type == Long.TYPE) return (T) Long.valueOf(p.getLongValue());
                return (T) Integer.valueOf(p.getIntValue());
            }
            if (token == JsonToken.VALUE_TRUE && (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE)) {
                return (T) Boolean.valueOf(t == JsonToken.VALUE_TRUE);
            }
            return (T) ctxt.handleUnexpectedToken(type, p);
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    /** Notes a problem for the body being read and skips the value; outside a body it lets Jackson fail. */
    static final class Noting extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) {
            if (!BodyProblems.note(path(p, propertyName), "unknown field")) return false;
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                            String failureMsg) {
            return skip(p);
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                             String failureMsg) {
            return skip(ctxt.getParser(), targetType);
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                             String failureMsg) {
            return skip(ctxt.getParser());
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                                                ValueInstantiator valueInsta, JsonParser p, String msg) {
            return skip(p);
        }

        @Override
        public Object handleInstantiationProblem(DeserializationContext ctxt, Class<?> instClass, Object argument,
                                                 Throwable t) {
            return skip(ctxt.getParser(), instClass);
        }

        private static Object skip(JsonParser p) {
            return skip(p, null);
        }

        /** For a closed set (an enum read by its key), the message names the values allowed. */
        private static Object skip(JsonParser p, Class<?> target) {
            String message = "has the wrong type or format";
            if (target != null && target.isEnum()) {
                message = "must be one of " + java.util.Arrays.stream(target.getEnumConstants())
                        .map(c -> ((Enum<?>) c).name().toLowerCase())
                        .collect(java.util.stream.Collectors.joining(", "));
            }
            if (!BodyProblems.note(path(p, null), message)) return NOT_HANDLED;
            p.skipChildren();
            return null;
        }

        /** {@code a.b[2].c}, as the rest of the API names fields; "body" for the whole body. */
        static String path(JsonParser p, String unknownProperty) {
            List<String> parts = new ArrayList<>();
            TokenStreamContext ctx = p.streamReadContext();
            // at a value's own start token (an object or array) the context is that value's: step out of it
            JsonToken t = p.currentToken();
            if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && ctx.getParent() != null) {
                ctx = ctx.getParent();
            }
            if (unknownProperty != null) {
                // the object that holds the unknown name: here, or (when its value was entered already) just above
                TokenStreamContext holder = ctx;
                for (int up = 0; up < 3 && holder != null && !(holder.inObject() && unknownProperty.equals(holder.currentName())); up++) {
                    holder = holder.getParent();
                }
                if (holder != null && holder.inObject() && unknownProperty.equals(holder.currentName())) ctx = holder;
                else parts.add(unknownProperty);
            }
            for (; ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
                if (ctx.inArray()) parts.add("[" + Math.max(0, ctx.getCurrentIndex()) + "]");
                else if (ctx.currentName() != null) parts.add(ctx.currentName());
            }
            StringBuilder sb = new StringBuilder();
            for (int i = parts.size() - 1; i >= 0; i--) {
                String part = parts.get(i);
                if (!sb.isEmpty() && !part.startsWith("[")) sb.append('.');
                sb.append(part);
            }
            return sb.isEmpty() ? "body" : sb.toString();
        }
    }
}
