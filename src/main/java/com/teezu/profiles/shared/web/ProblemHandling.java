package com.teezu.profiles.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.ArrayList;
import java.util.List;

/** Every error leaves the API as problem+json, mapped here once; never a stack trace or class name. */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
        var response = ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, (problem.retryAfter().toMillis() + 999) / 1000)));
        }
        return response.body(Problems.of(problem));
    }

    /** A multipart body that cannot be parsed (no or a wrong boundary, cut short): the client's mistake. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(org.springframework.web.multipart.MultipartException e) {
        return respond(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                "The multipart body cannot be read", List.of()));
    }

    /** Tomcat could not decode the query string or form ({@code ?sig=%}, broken UTF-8): the client's mistake. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameters(Exception e) {
        return respond(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                "The query string or form cannot be decoded", List.of()));
    }

    /** The firewall checks header values when they are read (a control character in Idempotency-Key): 400. */
    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejectedHeader(Exception e) {
        return respond(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "bad-request", "Bad Request",
                "The request's address or headers are not allowed", List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "server-error",
                "Internal server error", "Something went wrong on our side", List.of()));
    }

    /**
     * A page the web app does not have, opened in a browser (a typo, an old link): its index.html with
     * status 404, so the app shows its not-found page. API clients and everything under the API's,
     * media and operations paths still get problem+json.
     */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(org.springframework.web.servlet.resource.NoResourceFoundException ex,
                                                                    HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (request instanceof org.springframework.web.context.request.ServletWebRequest web && isPageNavigation(web.getRequest())) {
            byte[] page = webAppIndex();
            if (page != null) {
                return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML)
                        .header(HttpHeaders.CACHE_CONTROL, "no-cache").body(page);
            }
        }
        return super.handleNoResourceFoundException(ex, headers, status, request);
    }

    private static boolean isPageNavigation(HttpServletRequest request) {
        String path = request.getRequestURI();
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return "GET".equals(request.getMethod()) && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)
                && !path.startsWith("/api/") && !path.startsWith("/media/") && !path.startsWith("/actuator")
                && !path.startsWith("/assets/");
    }

    private volatile byte[] index;

    private byte[] webAppIndex() {
        if (index == null) {
            var resource = new org.springframework.core.io.ClassPathResource("static/index.html");
            try (var in = resource.getInputStream()) {
                index = in.readAllBytes();
            } catch (java.io.IOException e) {
                return null; // built without the front end
            }
        }
        return index;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        BodyProblems.discard();
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof BodySizeLimit.TooLarge) {
                return body(new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
                        "Request bodies are limited to " + BodySizeLimit.MAX_JSON_BYTES / 1024 + " KiB"));
            }
        }
        List<FieldError> errors = new ArrayList<>();
        String detail = "The request body is not valid JSON";
        Throwable cause = ex.getCause();
        if (cause instanceof tools.jackson.core.exc.StreamReadException read && read.getOriginalMessage() != null
                && read.getOriginalMessage().startsWith("Duplicate Object property \"")) {
            String name = read.getOriginalMessage().substring("Duplicate Object property \"".length()).replaceAll("\"$", "");
            String field = read.processor() != null ? StrictJson.Noting.path(read.processor(), name) : name;
            return body(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                    "The request body names a field twice", List.of(new FieldError(field, "appears twice"))));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            errors.add(new FieldError(path(unknown), "unknown field"));
            detail = "The request body has an unknown field";
        } else if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
            errors.add(new FieldError(path(json), "has the wrong type or format"));
            detail = "The request body has a field of the wrong type";
        } else if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
            detail = "The request needs a JSON body";
        }
        return body(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail, errors));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        // a value that could not even be converted (a form field "abc" for a number) says so, never how Spring failed
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), e.isBindingFailure() ? "has the wrong type or format" : e.getDefaultMessage()))
                .toList();
        return body(ApiProblem.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(e ->
                errors.add(new FieldError(r.getMethodParameter().getParameterName(), e.getDefaultMessage()))));
        return body(ApiProblem.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return body(new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large",
                "The upload is larger than allowed"));
    }

    /** A path or query value that does not convert ({@code limit=abc}, {@code limit} twice): named, never how Spring failed. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = ex instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m
                ? m.getName() : ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
        return body(ApiProblem.invalid(name, "has the wrong type or format"));
    }

    /** The framework's own 4xx/5xx (404 no route, 405, 406, 415 …): same shape, stable type. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail pd ? pd : ProblemDetail.forStatus(statusCode);
        problem.setType(java.net.URI.create(Problems.TYPE_PREFIX + Problems.slugFor(statusCode.value())));
        problem.setInstance(null);
        if (problem.getTitle() == null) {
            var reason = org.springframework.http.HttpStatus.resolve(statusCode.value());
            problem.setTitle(reason == null ? "Error" : reason.getReasonPhrase());
        }
        if (problem.getDetail() == null || statusCode.value() == 404) {
            problem.setDetail(statusCode.value() == 404 ? "There is nothing at this address" : problem.getTitle());
        }
        if (statusCode.is5xxServerError()) {
            log.error("Server error", ex);
            problem.setDetail("Something went wrong on our side");
        }
        HttpHeaders out = new HttpHeaders();
        out.addAll(headers);
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, out, statusCode);
    }

    private ResponseEntity<Object> body(ApiProblem problem) {
        return body(Problems.of(problem));
    }

    private ResponseEntity<Object> body(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatusCode status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) sb.append('.');
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }
}
