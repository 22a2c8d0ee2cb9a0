package fr.missive.store.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A view of a connection whose prepared statements are compiled once and then reused, for work
 * that runs the same few statements many times in one transaction (the outbox recording a batch
 * of "sent" marks: five statements a message). HSQLDB compiles a statement's SQL at every
 * {@code prepareStatement}, since it drops the compiled form when the last statement using it
 * closes; for such small statements compiling cost more than running them.
 *
 * <p>Code given {@link #connection()} prepares and closes statements as usual: closing one only
 * clears it for its next preparation; closing this view closes them all. Nothing else of the
 * connection changes, and a statement prepared again while in use is a new one.
 */
public final class ReusedStatements implements AutoCloseable {

    private final Connection connection;
    private final Connection view;
    private final Map<String, Deque<PreparedStatement>> free = new HashMap<>();
    private final List<PreparedStatement> prepared = new ArrayList<>();

    public ReusedStatements(Connection connection) {
        this.connection = connection;
        this.view = proxy(Connection.class, (self, method, args) -> {
            if ("prepareStatement".equals(method.getName()) && args != null && args.length == 1) {
                return prepare((String) args[0]);
            }
            return forward(connection, method, args);
        });
    }

    /** The connection to give the work; valid until this view is closed. */
    public Connection connection() {
        return view;
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        Deque<PreparedStatement> idle = free.computeIfAbsent(sql, s -> new ArrayDeque<>());
        PreparedStatement statement = idle.poll();
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.add(statement);
        }
        PreparedStatement inUse = statement;
        boolean[] returned = {false};
        return proxy(PreparedStatement.class, (self, method, args) -> {
            switch (method.getName()) {
                case "close" -> {
                    if (!returned[0]) {
                        returned[0] = true;
                        inUse.clearParameters();
                        inUse.clearBatch();
                        idle.push(inUse);
                    }
                    return null;
                }
                case "isClosed" -> {
                    return returned[0];
                }
                default -> {
                    if (returned[0]) {
                        throw new SQLException("statement closed");
                    }
                    return forward(inUse, method, args);
                }
            }
        });
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (PreparedStatement statement : prepared) {
            try {
                statement.close();
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
        }
        prepared.clear();
        free.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(ReusedStatements.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    private static Object forward(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
