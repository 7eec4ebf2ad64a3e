package com.teezu.profiles.shared.web;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What Tomcat refuses before any filter or servlet sees it (an encoded {@code /} or {@code \}, a
 * {@code %00}, a malformed request line) is answered by the host's error report valve, by default an
 * HTML page. This puts a valve in its place that writes the API's problem+json with the security
 * headers, and nothing about the server.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (!(context.getParent() instanceof StandardHost host)) return;
            // Boot adds a plain ErrorReportValve (no report, no server info); ours replaces it
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
            host.getPipeline().addValve(new ProblemReportValve());
        });
    }

    /** After Boot's own Tomcat customizer, which adds the valve this one replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Public with a no-argument constructor: Tomcat may instantiate it by name. */
    public static final class ProblemReportValve extends ErrorReportValve {

        public ProblemReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int code = response.getStatus();
            if (code < 400 || response.getContentWritten() > 0) return;
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) return;
            HttpStatus status = HttpStatus.resolve(code) != null ? HttpStatus.valueOf(code) : HttpStatus.BAD_REQUEST;
            String type = Problems.TYPE_PREFIX + Problems.slugFor(status.value());
            String body = "{\"type\":\"" + type + "\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                    + status.value() + ",\"detail\":\"" + ErrorEndpoint.defaultDetail(status) + "\"}";
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                SecurityHeaders.API.forEach(response::setHeader);
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client has gone or the response is already on its way: nothing more to say
            }
        }
    }
}
