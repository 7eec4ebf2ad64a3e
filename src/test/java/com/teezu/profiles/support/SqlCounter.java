package com.teezu.profiles.support;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every SQL statement jOOQ sends (Boot registers the provider with the DSLContext). */
public class SqlCounter extends DefaultExecuteListenerProvider {

    private static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();
    private final List<String> statements = STATEMENTS;

    public SqlCounter() {
        super(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                STATEMENTS.add(ctx.sql());
            }
        });
    }

    public void reset() {
        statements.clear();
    }

    public List<String> statements() {
        return List.copyOf(statements);
    }
}
