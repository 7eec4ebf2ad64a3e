package com.teezu.profiles.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;

/** Writes problem+json outside Spring MVC (servlet filters, security entry points), with the security headers. */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        // written before Spring Security's header writer has run, or where it never runs (filters in front of it)
        SecurityHeaders.API.forEach((name, value) -> {
            if (!response.containsHeader(name)) response.setHeader(name, value);
        });
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Problems.of(status, type, title, detail, List.of()));
    }
}
