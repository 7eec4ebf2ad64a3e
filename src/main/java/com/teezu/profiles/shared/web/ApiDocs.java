package com.teezu.profiles.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI document's frame ({@code /v3/api-docs}, committed as {@code frontend/openapi.json}): its
 * info, the one {@code Problem} schema, and the error responses of every operation, added here once
 * instead of on each endpoint. An operation declares only the errors peculiar to it (e.g. 409 on
 * register) with {@link ProblemResponse}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String PROBLEM_REF = "#/components/schemas/Problem";

    /** What every operation may answer, whatever it does. */
    private static final Map<Integer, String> GENERAL = Map.of(
            400, "Invalid input: `errors` names each invalid field and says why",
            401, "Not logged in where that is needed, or the session token is invalid or expired",
            403, "Not allowed for this caller (also: a cookie session's unsafe request without `X-CSRF-Token`)",
            404, "The user, item or address does not exist",
            406, "`Accept` does not allow JSON; nothing was done",
            500, "Something went wrong on our side",
            503, "The database (or, for uploads, the media store) cannot be reached; nothing was changed, try again after `Retry-After`");
    private static final Map<Integer, String> WITH_BODY = Map.of(
            413, "The body is larger than allowed",
            415, "The body is not of a supported media type");
    private static final Map<Integer, String> WITH_UPLOAD = Map.of(
            413, "The file is larger than allowed, or the image has too many pixels",
            415, "The file is not a PNG, JPEG or WebP image");
    private static final Map<Integer, String> WITH_IDEMPOTENCY_KEY = Map.of(
            402, "Not enough tokens; nothing was charged",
            422, "The Idempotency-Key was used before for another request");

    @Bean
    OpenAPI teezuOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info().title("TeezU Profiles API")
                        .version(properties == null ? "dev" : properties.getVersion())
                        .description("""
                                User and creator profiles of TeezU. Every error, 4xx and 5xx alike, is RFC 9457 \
                                `application/problem+json`: the `Problem` schema, with a stable `type` \
                                (`urn:teezu:problem:<slug>`) and, for invalid input, `errors: [{field, message}]`.

                                A request is authenticated by `Authorization: Bearer <token>` (the `token` of log-in \
                                or register: scheme `bearerToken`) or by the HttpOnly `teezu_session` cookie \
                                (scheme `sessionCookie`); unsafe methods (POST, PUT, PATCH, DELETE) authenticated by \
                                the cookie also need the session's CSRF token in the `X-CSRF-Token` header \
                                (scheme `csrfHeader`; `GET /api/auth/me` returns it). Realtime events go over \
                                Socket.IO (`GET /api/realtime` says where) and are not part of this document."""))
                .servers(List.of(new Server().url("/").description("This server")))
                .components(new Components()
                        .addSchemas("FieldError", new Schema<>().types(Set.of("object"))
                                .description("One invalid input: the JSON path of the field and why")
                                .addProperty("field", string("e.g. `fantasyProfile.dnaScores.kinky`"))
                                .addProperty("message", string(null))
                                .required(List.of("field", "message")))
                        .addSchemas("Problem", problemSchema())
                        .addExamples("invalidInput", new Example().summary("Invalid input, with the fields").value(Map.of(
                                "type", Problems.TYPE_PREFIX + "invalid-input", "title", "Invalid input", "status", 400,
                                "detail", "The request has 2 invalid fields", "instance", "/api/users/me/profile",
                                "errors", List.of(
                                        Map.of("field", "bio", "message", "at most 500 characters"),
                                        Map.of("field", "fantasyProfile.dnaScores.kinky", "message", "must be an integer from 0 to 100")))))
                        .addExamples("notFound", new Example().summary("Not found").value(Map.of(
                                "type", Problems.TYPE_PREFIX + "not-found", "title", "Not found", "status", 404,
                                "detail", "User was not found", "instance", "/api/users/nobody/profile"))));
    }

    private static Schema<?> problemSchema() {
        return new Schema<>().types(Set.of("object"))
                .description("RFC 9457 problem details, the body of every 4xx and 5xx")
                .addProperty("type", new Schema<>().types(Set.of("string")).format("uri")
                        .description("Stable: `urn:teezu:problem:<slug>`, e.g. `urn:teezu:problem:not-found`"))
                .addProperty("title", string("Short, the same for every problem of this type"))
                .addProperty("status", new Schema<>().types(Set.of("integer")).format("int32").description("The HTTP status"))
                .addProperty("detail", string("What went wrong this time, for people"))
                .addProperty("instance", new Schema<>().types(Set.of("string")).format("uri-reference")
                        .description("The path of the request, when known"))
                .addProperty("errors", new Schema<>().types(Set.of("array"))
                        .items(new Schema<>().$ref("#/components/schemas/FieldError"))
                        .description("Invalid input only: every invalid field"))
                .addProperty("reason", string("A refused message: why (one of `viewer.messaging.reason`), for the UI; "
                        + "a refused payment callback: why (`bad-signature`, `stale-timestamp`, `amount-mismatch`, `unknown-purchase`, …)"))
                .addProperty("priceTokens", new Schema<>().types(Set.of("integer")).format("int32")
                        .description("`price-not-accepted` only: what a message here costs now"))
                .addProperty("neededTokens", integer("`insufficient-tokens` only: what it costs"))
                .addProperty("balance", integer("`insufficient-tokens` only: the balance now"))
                .addProperty("missingTokens", integer("`insufficient-tokens` only: how many tokens to buy for it"))
                .addProperty("period", string("`spending-limit-reached` only: `daily` or `monthly`"))
                .addProperty("limitTokens", integer("`spending-limit-reached` only: the limit in force"))
                .addProperty("remainingTokens", integer("`spending-limit-reached` only: what the limit still allows"))
                .addProperty("shortfallTokens", integer("`wallet-frozen` only: tokens still owed after a refund or chargeback"))
                .required(List.of("type", "title", "status", "detail"));
    }

    private static Schema<?> integer(String description) {
        return new Schema<>().types(Set.of("integer")).format("int64").description(description);
    }

    private static Schema<?> string(String description) {
        return new Schema<>().types(Set.of("string")).description(description);
    }

    @Bean
    OperationCustomizer problemResponses() {
        return (Operation operation, HandlerMethod handler) -> {
            ApiResponses responses = operation.getResponses();
            GENERAL.forEach((status, why) -> addIfMissing(responses, status, why));
            if (operation.getRequestBody() != null) {
                boolean upload = operation.getRequestBody().getContent() != null
                        && operation.getRequestBody().getContent().containsKey("multipart/form-data");
                (upload ? WITH_UPLOAD : WITH_BODY).forEach((status, why) -> addIfMissing(responses, status, why));
            }
            for (ProblemResponse peculiar : handler.getMethod().getAnnotationsByType(ProblemResponse.class)) {
                addIfMissing(responses, peculiar.status(), peculiar.description());
            }
            List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
            if (parameters.stream().anyMatch(p -> "Idempotency-Key".equals(p.getName()))) {
                WITH_IDEMPOTENCY_KEY.forEach((status, why) -> addIfMissing(responses, status, why));
            }
            responses.forEach((code, response) -> {
                if (code.matches("[45]\\d\\d") && (response.getContent() == null || response.getContent().isEmpty())) {
                    response.setContent(problemContent(Integer.parseInt(code)));
                }
            });
            return operation;
        };
    }

    /**
     * Operations grouped by the feature that owns them (its package: {@code follow}, {@code wallet} …),
     * with ids that do not depend on the order springdoc meets them in ({@code followToggle},
     * {@code teezerToggle}, not {@code toggle} and {@code toggle_1}).
     */
    @Bean
    OperationCustomizer operationNames() {
        return (Operation operation, HandlerMethod handler) -> {
            String pkg = handler.getBeanType().getPackageName();
            String feature = pkg.substring(pkg.lastIndexOf('.') + 1);
            String method = handler.getMethod().getName();
            String singular = feature.endsWith("s") ? feature.substring(0, feature.length() - 1) : feature;
            operation.setTags(List.of(feature));
            operation.setOperationId(method.startsWith(singular) ? method
                    : feature + Character.toUpperCase(method.charAt(0)) + method.substring(1));
            if (operation.getParameters() != null) {
                for (Parameter p : operation.getParameters()) {
                    if (p.getDescription() != null) continue;
                    if ("path".equals(p.getIn()) && "id".equals(p.getName())) {
                        p.setDescription(pkg.endsWith(".content") ? "The content item's id"
                                : "The user's id, username, or `me` for the caller");
                    } else if ("Idempotency-Key".equals(p.getName())) {
                        p.setDescription("Any unique string per intended payment: a retry with the same key answers "
                                + "the same and charges nothing more");
                    }
                }
            }
            return operation;
        };
    }

    private static void addIfMissing(ApiResponses responses, int status, String description) {
        responses.computeIfAbsent(String.valueOf(status), s -> new ApiResponse().description(description));
    }

    private static Content problemContent(int status) {
        MediaType media = new MediaType().schema(new Schema<>().$ref(PROBLEM_REF));
        Map<String, Example> examples = new LinkedHashMap<>();
        if (status == 400) examples.put("invalidInput", new Example().$ref("#/components/examples/invalidInput"));
        if (status == 404) examples.put("notFound", new Example().$ref("#/components/examples/notFound"));
        if (!examples.isEmpty()) media.setExamples(examples);
        return new Content().addMediaType(PROBLEM_JSON, media);
    }
}
