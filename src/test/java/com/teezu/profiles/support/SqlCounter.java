package com.teezu.profiles.support;

import org.springframework.beans.factory.config.BeanPostProcessor;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every statement sent to the database, whoever sends it (jOOQ or plain JDBC): the
 * application's DataSource is wrapped so that each execute of a statement counts as one round trip.
 */
public class SqlCounter implements BeanPostProcessor {

    private static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

    public void reset() {
        STATEMENTS.clear();
    }

    public List<String> statements() {
        return List.copyOf(STATEMENTS);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource dataSource)) return bean;
        return proxy(DataSource.class, dataSource, (method, args) -> {
            Object result = method.invoke(dataSource, args);
            return result instanceof Connection c ? connection(c) : result;
        });
    }

    private static Connection connection(Connection connection) {
        return (Connection) proxy(Connection.class, connection, (method, args) -> {
            Object result = method.invoke(connection, args);
            if (result instanceof Statement s) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                return statement(s, sql);
            }
            return result;
        });
    }

    private static Statement statement(Statement statement, String preparedSql) {
        Class<?> type = statement instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        return (Statement) proxy(type, statement, (method, args) -> {
            if (method.getName().startsWith("execute")) {
                STATEMENTS.add(args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql);
            }
            return method.invoke(statement, args);
        });
    }

    private interface Handler {
        Object handle(java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    private static Object proxy(Class<?> type, Object target, Handler handler) {
        InvocationHandler h = (p, method, args) -> {
            try {
                return handler.handle(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[]{type}, h);
    }
}
