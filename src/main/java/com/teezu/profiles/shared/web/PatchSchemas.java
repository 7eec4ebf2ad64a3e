package com.teezu.profiles.shared.web;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.springframework.stereotype.Component;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * In the API document a {@link Patch} field is the type it wraps: optional (left out = keep) and, unless
 * it is {@link NotCleared}, nullable (null = clear), like the JSON it reads.
 */
@Component
class PatchSchemas implements ModelConverter {

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        JavaType javaType = Json.mapper().constructType(type.getType());
        if (javaType == null || javaType.getRawClass() != Patch.class) {
            return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        }
        Annotation[] annotations = type.getCtxAnnotations() == null ? new Annotation[0] : type.getCtxAnnotations();
        boolean clearable = Arrays.stream(annotations).noneMatch(a -> a instanceof NotCleared);
        AnnotatedType wrapped = new AnnotatedType()
                .type(javaType.containedType(0))
                .ctxAnnotations(annotations)
                .parent(type.getParent())
                .schemaProperty(type.isSchemaProperty())
                .name(type.getName())
                .propertyName(type.getPropertyName())
                .resolveAsRef(type.isResolveAsRef())
                .jsonViewAnnotation(type.getJsonViewAnnotation())
                .skipOverride(true);
        Schema schema = context.resolve(wrapped);
        if (schema == null || !clearable) return schema;
        if (schema.get$ref() != null) {
            return new Schema<>().oneOf(List.of(new Schema<>().$ref(schema.get$ref()), new Schema<>().types(Set.of("null"))));
        }
        Set<String> types = new LinkedHashSet<>(schema.getTypes() == null ? Set.of() : schema.getTypes());
        if (schema.getType() != null) types.add(schema.getType());
        types.add("null");
        schema.setTypes(types);
        return schema;
    }
}
