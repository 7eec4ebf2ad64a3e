package com.teezu.profiles.web;

import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** axe-core (from the front end's dev dependencies) run in the page: WCAG 2.0/2.1 A and AA, one line per failing element. */
final class Axe {

    static final Path SOURCE = Path.of("frontend", "node_modules", "axe-core", "axe.min.js");

    private final String source;

    Axe() throws IOException {
        source = Files.readString(SOURCE);
    }

    List<String> wcagViolations(JavascriptExecutor js) {
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) js.executeScript(source);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                  .then(r => done(r.violations.flatMap(v => v.nodes.map(n =>
                      v.id + ' (' + v.impact + ') at ' + n.target.join(' ') + ': ' + n.failureSummary.replace(/\\s+/g, ' ')))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        List<String> lines = new ArrayList<>();
        for (Object o : (List<?>) result) lines.add(String.valueOf(o));
        return lines;
    }
}
