package com.teezu.profiles.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The servlet container's error page: whatever ends in {@code sendError} outside the controllers (the
 * security firewall's rejections, TRACE, a filter's failure) is forwarded here and leaves as the same
 * problem+json as everything else. Replaces Boot's {@code BasicErrorController}, whose plain JSON
 * (with {@code status: 999} when {@code /error} is opened directly) is not the API's shape.
 */
@RestController
class ErrorEndpoint implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request, HttpServletResponse response) {
        // Spring Security's header writer skips error dispatches, and a request the firewall refused never
        // reached it: the headers it would have written, unless the first pass wrote them already
        SecurityHeaders.API.forEach((name, value) -> {
            if (!response.containsHeader(name)) response.setHeader(name, value);
        });
        // opened directly, not as an error dispatch: there is no page at this address
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null && c >= 400
                ? HttpStatus.valueOf(c) : HttpStatus.NOT_FOUND;
        // a filter that read parameters Tomcat could not decode: the client's mistake, not ours
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof org.apache.tomcat.util.http.InvalidParameterException
                || failure instanceof org.springframework.http.converter.HttpMessageNotReadableException
                || failure instanceof org.springframework.security.web.firewall.RequestRejectedException) {
            status = HttpStatus.BAD_REQUEST;
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(status, request));
    }

    static ProblemDetail problem(HttpStatus status, HttpServletRequest request) {
        Object detail = request == null ? null : request.getAttribute(ErrorPages.DETAIL);
        return Problems.of(status, Problems.slugFor(status.value()), status.getReasonPhrase(),
                detail instanceof String d ? d : defaultDetail(status), List.of());
    }

    static String defaultDetail(HttpStatus status) {
        return switch (status.value()) {
            case 400 -> "The request is malformed or its address is not allowed";
            case 404 -> "There is nothing at this address";
            case 405 -> "This method is not allowed here";
            case 413 -> "The request is too large";
            case 414 -> "The address is too long";
            case 431 -> "The request's headers are too large";
            default -> status.is5xxServerError() ? "Something went wrong on our side" : status.getReasonPhrase();
        };
    }
}
