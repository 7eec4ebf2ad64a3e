package com.teezu.profiles.auth;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * The two ways a request is authenticated, as the API document's security schemes: the bearer token, or
 * the session cookie, which on unsafe methods also needs the CSRF header. Every operation accepts
 * either, or none (what an anonymous caller may do is the operation's business: 401 where it may not).
 */
@Component
class AuthApiDocs implements OpenApiCustomizer {

    static final String BEARER = "bearerToken";
    static final String COOKIE = "sessionCookie";
    static final String CSRF = "csrfHeader";
    private static final Set<PathItem.HttpMethod> SAFE = Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD,
            PathItem.HttpMethod.OPTIONS, PathItem.HttpMethod.TRACE);

    @Override
    public void customise(OpenAPI api) {
        api.getComponents()
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("`Authorization: Bearer <token>`, the `token` answered by log-in or register"))
                .addSecuritySchemes(COOKIE, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE).name(SessionService.COOKIE)
                        .description("The HttpOnly session cookie set by log-in or register (what the web app uses)"))
                .addSecuritySchemes(CSRF, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER).name(SessionAuthenticationFilter.CSRF_HEADER)
                        .description("The session's CSRF token (`csrfToken` of log-in, register and `GET /api/auth/me`); "
                                + "needed with the cookie on POST, PUT, PATCH and DELETE"));
        if (api.getPaths() == null) return;
        api.getPaths().forEach((address, path) -> path.readOperationsMap().forEach((method, operation) -> {
            if (!address.startsWith("/api/")) return; // media: the signed URL is the permission
            SecurityRequirement cookie = new SecurityRequirement().addList(COOKIE);
            if (!SAFE.contains(method)) cookie.addList(CSRF);
            operation.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(BEARER), cookie));
        }));
    }
}
