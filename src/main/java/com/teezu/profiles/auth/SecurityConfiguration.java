package com.teezu.profiles.auth;

import com.teezu.profiles.shared.web.ConnectSources;
import com.teezu.profiles.shared.web.ErrorPages;
import com.teezu.profiles.shared.web.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Spring Security only authenticates (sessions, CSRF for cookies) and sets safe headers; what a
 * caller may do is decided by {@link AccessPolicy} in the services, so REST and Socket.IO agree.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, SessionService sessions, ProblemWriter problems,
                                   java.util.List<ConnectSources> connectSources) throws Exception {
        http.csrf(csrf -> csrf.disable()) // our own: SessionAuthenticationFilter, for cookie sessions only
                .cors(cors -> cors.disable())
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                // nothing reads the principal through the servlet API; skipping its request wrapper saves
                // a wrapped getAttribute/getMethod on every call down the chain
                .servletApi(s -> s.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new SessionAuthenticationFilter(sessions, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        // the API document and Swagger UI are public on purpose (they hold no data)
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .anyRequest().permitAll())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) ->
                                problems.write(res, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "Log in to do this"))
                        .accessDeniedHandler((req, res, ex) ->
                                problems.write(res, HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Not allowed")))
                .headers(h -> h
                        // connect-src: the page's own origin and the realtime server only, never any host
                        .addHeaderWriter((request, response) -> {
                            if (response.containsHeader("Content-Security-Policy")) return;
                            StringBuilder connect = new StringBuilder("'self'");
                            connectSources.forEach(c -> c.forPage(request).forEach(o -> connect.append(' ').append(o)));
                            response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; "
                                    + "style-src 'self' 'unsafe-inline'; connect-src " + connect + "; frame-ancestors 'none'");
                        })
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /**
     * What the firewall refuses (a {@code ;}, {@code ..}, {@code //}, an encoded control character, a
     * method it does not know) goes through the container's error page, so it leaves as problem+json
     * with the security headers like every other error; an unknown method is a 405 with the ones allowed.
     */
    @Bean
    RequestRejectedHandler firewallRejections() {
        return (request, response, rejected) -> {
            if (!KNOWN_METHODS.contains(request.getMethod())) {
                response.setHeader(HttpHeaders.ALLOW, String.join(", ", KNOWN_METHODS));
                request.setAttribute(ErrorPages.DETAIL, "This method is not allowed here");
                response.sendError(HttpStatus.METHOD_NOT_ALLOWED.value());
            } else {
                request.setAttribute(ErrorPages.DETAIL, "The request's address or headers are not allowed");
                response.sendError(HttpStatus.BAD_REQUEST.value());
            }
        };
    }

    private static final java.util.List<String> KNOWN_METHODS =
            java.util.List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    /**
     * Nothing exports observations; without this Spring Security still wraps each of its filters in an
     * observation decorator per request (seen in the follow profile), even with the observations off.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** There are no Spring-managed users; this keeps Boot from inventing one with a logged password. */
    @Bean
    UserDetailsService noUserDetails() {
        return username -> {
            throw new UsernameNotFoundException(username);
        };
    }
}
