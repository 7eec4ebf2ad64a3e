package com.teezu.profiles.shared.web;

import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * A failure the client caused or must know about; rendered once, as RFC 9457 problem+json, by
 * {@link ProblemHandling}. {@code type} is a stable slug ({@code urn:teezu:problem:<slug>}).
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ApiProblem(HttpStatus status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public ApiProblem(HttpStatus status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " was not found");
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    public static ApiProblem unauthorized() {
        return new ApiProblem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "Log in to do this");
    }

    public static ApiProblem invalid(List<FieldError> errors) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                "The request has " + errors.size() + " invalid field" + (errors.size() == 1 ? "" : "s"), errors);
    }

    public static ApiProblem invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiProblem conflict(String type, String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, type, "Conflict", detail);
    }

    /** Over a rate limit: 429, with {@code Retry-After} (whole seconds, at least 1). */
    public static ApiProblem tooManyRequests(String type, String title, String detail, java.time.Duration retryAfter) {
        ApiProblem p = new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, type, title, detail);
        p.retryAfter = retryAfter;
        return p;
    }

    /** When to try again, for a 429 or 503 ({@code Retry-After}); null if the problem does not say. */
    public java.time.Duration retryAfter() {
        return retryAfter;
    }

    private java.time.Duration retryAfter;

    /** A part we depend on (e.g. the media store) cannot be reached; the client may try again later. */
    public static ApiProblem unavailable(String type, String detail) {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, type, "Service unavailable", detail);
    }

    private final java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();

    /** An extra member of the problem (documented in {@code ApiDocs}' Problem schema), e.g. {@code missingTokens}. */
    public ApiProblem with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public java.util.Map<String, Object> properties() { return java.util.Collections.unmodifiableMap(properties); }

    public HttpStatus status() { return status; }
    public String type() { return type; }
    public String title() { return title; }
    public List<FieldError> errors() { return errors; }
}
