package com.teezu.profiles.shared.database;

import org.jooq.EnumType;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Binding values to a statement that jOOQ rendered once. The hot reads and writes keep their SQL as a
 * string and run it through plain JDBC: handing a rendered string back to jOOQ as plain SQL makes it
 * scan and copy the whole text for bind markers on every call, which cost a fifth of the profile read's
 * CPU in a recording.
 */
public final class Jdbc {

    private Jdbc() {
    }

    /** Binds the way jOOQ's own bindings do for PostgreSQL; enum values go as untyped literals to their cast. */
    public static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        switch (value) {
            case null -> ps.setNull(index, Types.NULL);
            case UUID v -> ps.setObject(index, v);
            case String v -> ps.setString(index, v);
            case Long v -> ps.setLong(index, v);
            case Integer v -> ps.setInt(index, v);
            case BigDecimal v -> ps.setBigDecimal(index, v);
            case Boolean v -> ps.setBoolean(index, v);
            case OffsetDateTime v -> ps.setObject(index, v);
            case EnumType v -> ps.setObject(index, v.getLiteral(), Types.OTHER);
            default -> throw new IllegalArgumentException("no JDBC binding for " + value.getClass().getName());
        }
    }
}
