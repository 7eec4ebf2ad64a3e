package com.teezu.profiles.shared.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdvice;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the problems {@link StrictJson} notes while one request body is read, and answers them all
 * at once: with any of them, the body is also run through Bean Validation here and one 400 lists both
 * kinds (a field with a type problem is not reported again as, say, missing). Without them, Spring's
 * own {@code @Valid} handling validates the body as usual.
 */
@RestControllerAdvice
class BodyProblems implements RequestBodyAdvice {

    private static final ThreadLocal<List<FieldError>> OPEN = new ThreadLocal<>();

    private final SmartValidator validator;

    BodyProblems(SmartValidator validator) {
        this.validator = validator;
    }

    /** Notes a problem of the body being read on this thread; false when no body is being read. */
    static boolean note(String field, String message) {
        List<FieldError> errors = OPEN.get();
        if (errors == null) return false;
        errors.add(new FieldError(field, message));
        return true;
    }

    /** The body could not be read at all (not JSON): forget what was noted on this thread. */
    static void discard() {
        OPEN.remove();
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) {
        OPEN.set(new ArrayList<>());
        return input;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        List<FieldError> noted = OPEN.get();
        OPEN.remove();
        if (noted == null || noted.isEmpty()) return body;
        List<FieldError> all = new ArrayList<>(noted);
        if (body != null && validated(parameter)) {
            Set<String> reported = new LinkedHashSet<>();
            noted.forEach(e -> reported.add(e.field()));
            var result = new BeanPropertyBindingResult(body, "body");
            validator.validate(body, result);
            result.getFieldErrors().stream()
                    .filter(e -> reported.stream().noneMatch(r -> e.getField().equals(r) || e.getField().startsWith(r + ".")
                            || e.getField().startsWith(r + "[")))
                    .forEach(e -> all.add(new FieldError(e.getField(), e.getDefaultMessage())));
        }
        throw ApiProblem.invalid(all);
    }

    @Override
    public Object handleEmptyBody(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
                                  Class<? extends HttpMessageConverter<?>> converterType) {
        OPEN.remove();
        return body;
    }

    private static boolean validated(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(jakarta.validation.Valid.class) || parameter.hasParameterAnnotation(Validated.class);
    }
}
