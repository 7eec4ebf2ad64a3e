package com.teezu.profiles.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Makes the schemas say what the records really send. springdoc names them by class
 * ({@code springdoc.use-fqn}); here each gets a short name after its owner ({@code FollowController.PageView}
 * → {@code FollowPageView}: {@code follow} and {@code notifications} both have a {@code PageView}). Jackson
 * writes every record component, so each property of a response record is {@code required}, except the
 * ones left out when null ({@code @JsonInclude(NON_NULL)}); a component that may be null is marked
 * {@code @Nullable} and its schema allows {@code null}.
 */
@Component
class ApiSchemas implements OpenApiCustomizer {

    private static final String REF = "#/components/schemas/";

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) return;
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Map<String, String> names = new HashMap<>();
        Map<String, Class<?>> classes = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (String name : new TreeMap<>(schemas).keySet()) {
            Class<?> type = classOf(name);
            String shortName = type == null ? name : shortName(type);
            if (!taken.add(shortName)) throw new IllegalStateException("Two API schemas named " + shortName + ": rename one");
            names.put(name, shortName);
            if (type != null) classes.put(shortName, type);
        }
        Map<String, Schema> renamed = new TreeMap<>();
        schemas.forEach((name, schema) -> renamed.put(names.get(name), schema));
        api.getComponents().setSchemas(renamed);
        everySchema(api, s -> {
            if (s.get$ref() != null && s.get$ref().startsWith(REF)) {
                s.set$ref(REF + names.getOrDefault(s.get$ref().substring(REF.length()), s.get$ref().substring(REF.length())));
            }
        });
        Set<String> inResponses = reachableFromResponses(api, renamed);
        classes.forEach((name, type) -> {
            if (type.isRecord()) describe(renamed.get(name), type, inResponses.contains(name));
        });
    }

    private static void describe(Schema<?> schema, Class<?> record, boolean response) {
        if (schema.getProperties() == null) return;
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = component.getName();
            Schema<?> property = schema.getProperties().get(name);
            if (property == null) continue;
            JsonInclude include = component.getAccessor().getAnnotation(JsonInclude.class);
            if (include == null) include = component.getAnnotation(JsonInclude.class);
            boolean leftOutWhenNull = include != null && include.value() != JsonInclude.Include.ALWAYS;
            if (component.getAnnotatedType().isAnnotationPresent(Nullable.class) && !leftOutWhenNull) {
                schema.getProperties().put(name, orNull(property));
            }
            if (response && !leftOutWhenNull) required.add(name);
        }
        if (!required.isEmpty()) schema.setRequired(required);
    }

    private static Schema<?> orNull(Schema<?> property) {
        if (property.get$ref() != null) {
            return new Schema<>().oneOf(List.of(new Schema<>().$ref(property.get$ref()), new Schema<>().types(Set.of("null"))));
        }
        Set<String> types = new LinkedHashSet<>(property.getTypes() == null ? Set.of() : property.getTypes());
        types.add("null");
        property.setTypes(types);
        return property;
    }

    /** {@code com.teezu.profiles.follow.FollowController$PageView} → {@code FollowPageView}. */
    static String shortName(Class<?> type) {
        Class<?> outer = type.getEnclosingClass();
        if (outer == null) return type.getSimpleName();
        String owner = outer.getSimpleName().replaceAll("(Write)?(Controller|Service|View)$", "");
        String inner = type.getSimpleName();
        // FollowController.Result → FollowResult; DnaQuizController.QuizResult → DnaQuizResult;
        // WalletController.WalletView → WalletView; ProfilePatch.FantasyPatch → ProfileFantasyPatch
        String[] words = owner.split("(?=[A-Z])");
        for (int i = 0; i < words.length; i++) {
            String tail = String.join("", Arrays.copyOfRange(words, i, words.length));
            if (inner.startsWith(tail)) return String.join("", Arrays.copyOfRange(words, 0, i)) + inner;
        }
        if (words.length > 1 && inner.endsWith(words[words.length - 1])) {
            return String.join("", Arrays.copyOfRange(words, 0, words.length - 1)) + inner;
        }
        return owner + inner;
    }

    /** {@code com.teezu.profiles.follow.FollowController.PageView} is the class {@code …FollowController$PageView}. */
    private static Class<?> classOf(String name) {
        String binary = name;
        while (binary.contains(".")) {
            try {
                return Class.forName(binary, false, ApiSchemas.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                int dot = binary.lastIndexOf('.');
                binary = binary.substring(0, dot) + '$' + binary.substring(dot + 1);
                if (binary.lastIndexOf('.') < 0) return null;
            }
        }
        return null;
    }

    private static Set<String> reachableFromResponses(OpenAPI api, Map<String, Schema> schemas) {
        Set<String> found = new HashSet<>();
        List<Schema<?>> todo = new ArrayList<>();
        api.getPaths().values().forEach(path -> path.readOperations().forEach(op -> {
            if (op.getResponses() != null) op.getResponses().values().forEach(r -> contentSchemas(r.getContent(), todo::add));
        }));
        while (!todo.isEmpty()) {
            Schema<?> next = todo.removeLast();
            walk(next, s -> {
                if (s.get$ref() != null && s.get$ref().startsWith(REF)) {
                    String name = s.get$ref().substring(REF.length());
                    if (found.add(name) && schemas.containsKey(name)) todo.add(schemas.get(name));
                }
            });
        }
        return found;
    }

    private static void everySchema(OpenAPI api, Consumer<Schema<?>> visit) {
        api.getComponents().getSchemas().values().forEach(s -> walk(s, visit));
        api.getPaths().values().forEach(path -> path.readOperations().forEach(op -> {
            if (op.getParameters() != null) op.getParameters().forEach(p -> walk(p.getSchema(), visit));
            if (op.getRequestBody() != null) contentSchemas(op.getRequestBody().getContent(), s -> walk(s, visit));
            if (op.getResponses() != null) op.getResponses().values().forEach(r -> contentSchemas(r.getContent(), s -> walk(s, visit)));
        }));
    }

    private static void contentSchemas(Content content, Consumer<Schema<?>> visit) {
        if (content != null) content.values().forEach(media -> {
            if (media.getSchema() != null) visit.accept(media.getSchema());
        });
    }

    @SuppressWarnings("unchecked")
    private static void walk(Schema<?> schema, Consumer<Schema<?>> visit) {
        if (schema == null) return;
        visit.accept(schema);
        if (schema.getProperties() != null) schema.getProperties().values().forEach(s -> walk(s, visit));
        walk(schema.getItems(), visit);
        if (schema.getAdditionalProperties() instanceof Schema<?> more) walk(more, visit);
        for (List<Schema> list : new List[]{schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()}) {
            if (list != null) list.forEach(s -> walk(s, visit));
        }
        if (schema.getPrefixItems() != null) schema.getPrefixItems().forEach(s -> walk(s, visit));
    }
}
