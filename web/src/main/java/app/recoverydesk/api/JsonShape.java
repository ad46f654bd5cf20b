package app.recoverydesk.api;

import app.recoverydesk.failure.InvalidInputException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks parsed JSON against the Java type it is about to be bound to, before binding: a number that does not fit
 * the field, a text where a number belongs, an unknown enum constant each name the field (by its plain property
 * name, as the bean validation of the same body names it) instead of being rounded, wrapped or refused as a whole.
 * Null is accepted anywhere but in a primitive; properties the type does not have are ignored, as JSON-B does.
 */
final class JsonShape {

    /** The name of the whole body when it is not the object the operation takes. */
    static final String BODY = "body";

    private static final Map<Class<?>, long[]> INTEGER_RANGES = Map.of(
            long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE},
            Byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE});

    private static final Map<Class<?>, Map<String, Type>> PROPERTIES = new ConcurrentHashMap<>();

    private JsonShape() {
    }

    /** Refuses the value, naming every field whose JSON does not fit its Java type. */
    static void check(JsonValue value, Type type) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        check(value, type, BODY, errors);
        errors.throwIfAny();
    }

    private static void check(JsonValue value, Type type, String name, InvalidInputException.Collector errors) {
        Class<?> raw = raw(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                errors.add(name, raw == boolean.class ? "json.boolean" : "json.integer");
            }
            return;
        }
        if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return;
        }
        if (raw == String.class || raw == CharSequence.class) {
            expect(value instanceof JsonString, name, "json.string", errors);
        } else if (INTEGER_RANGES.containsKey(raw)) {
            long[] range = INTEGER_RANGES.get(raw);
            expect(value instanceof JsonNumber n && fits(n.bigDecimalValue(), range[0], range[1]), name,
                    "json.integer", errors);
        } else if (raw == BigInteger.class) {
            expect(value instanceof JsonNumber n && integral(n.bigDecimalValue()), name, "json.integer", errors);
        } else if (raw == boolean.class || raw == Boolean.class) {
            expect(value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE,
                    name, "json.boolean", errors);
        } else if (raw.isPrimitive() || Number.class.isAssignableFrom(raw)) {
            expect(value instanceof JsonNumber, name, "json.number", errors);
        } else if (raw.isEnum()) {
            expect(value instanceof JsonString s && isConstant(raw, s.getString()), name, "param.enum", errors);
        } else if (raw == Instant.class) {
            expect(value instanceof JsonString s && parses(() -> Instant.parse(s.getString())), name, "json.instant",
                    errors);
        } else if (raw == LocalDate.class) {
            expect(value instanceof JsonString s && parses(() -> LocalDate.parse(s.getString())), name, "param.date",
                    errors);
        } else if (raw.getName().startsWith("java.time.")) {
            expect(value instanceof JsonString, name, "json.string", errors);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (expect(value instanceof JsonArray, name, "json.array", errors)) {
                Type element = raw.isArray() ? elementOfArray(type) : argument(type, 0);
                for (JsonValue item : value.asJsonArray()) {
                    check(item, element, name, errors);
                }
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (expect(value instanceof JsonObject, name, "json.object", errors)) {
                Type element = argument(type, 1);
                value.asJsonObject().values().forEach(item -> check(item, element, name, errors));
            }
        } else if (raw.getName().startsWith("java.")) {
            return; // another type of the platform: JSON-B judges it, a failure refuses the body as a whole
        } else if (expect(value instanceof JsonObject, name, "json.object", errors)) {
            Map<String, Type> properties = PROPERTIES.computeIfAbsent(raw, JsonShape::properties);
            value.asJsonObject().forEach((key, item) -> {
                Type property = properties.get(key);
                if (property != null) {
                    check(item, property, key, errors);
                }
            });
        }
    }

    private static boolean expect(boolean ok, String name, String key, InvalidInputException.Collector errors) {
        if (!ok) {
            errors.add(name, key);
        }
        return ok;
    }

    private static boolean integral(BigDecimal n) {
        return n.signum() == 0 || n.scale() <= 0 || n.stripTrailingZeros().scale() <= 0;
    }

    static boolean fits(BigDecimal n, long min, long max) {
        if (!integral(n)) {
            return false;
        }
        if (n.precision() - n.scale() > 19) { // more digits before the point than any long has; also 1e999999999
            return false;
        }
        BigInteger whole = n.toBigInteger();
        return whole.compareTo(BigInteger.valueOf(min)) >= 0 && whole.compareTo(BigInteger.valueOf(max)) <= 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean isConstant(Class<?> type, String name) {
        try {
            Enum.valueOf((Class) type, name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType a) {
            return java.lang.reflect.Array.newInstance(raw(a.getGenericComponentType()), 0).getClass();
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length > 0) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class; // a type variable: nothing to check against
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static Type elementOfArray(Type type) {
        return type instanceof GenericArrayType a ? a.getGenericComponentType() : raw(type).getComponentType();
    }

    /** What JSON-B binds: a record's components; a class's public fields and the fields or setters it can set. */
    private static Map<String, Type> properties(Class<?> type) {
        Map<String, Type> properties = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                properties.put(jsonName(c.getName(), c.getAccessor().getAnnotation(JsonbProperty.class)), c.getGenericType());
            }
            return Collections.unmodifiableMap(properties);
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isAnnotationPresent(JsonbTransient.class)
                        || f.isSynthetic()) {
                    continue;
                }
                if (Modifier.isPublic(mod) || setter(type, f.getName()) != null) {
                    properties.putIfAbsent(jsonName(f.getName(), f.getAnnotation(JsonbProperty.class)), f.getGenericType());
                }
            }
        }
        for (Method m : type.getMethods()) {
            if (m.getName().length() > 3 && m.getName().startsWith("set") && m.getParameterCount() == 1
                    && !Modifier.isStatic(m.getModifiers())) {
                String name = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
                properties.putIfAbsent(jsonName(name, m.getAnnotation(JsonbProperty.class)), m.getGenericParameterTypes()[0]);
            }
        }
        return Collections.unmodifiableMap(properties);
    }

    private static Method setter(Class<?> type, String field) {
        String name = "set" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 1) {
                return m;
            }
        }
        return null;
    }

    private static String jsonName(String name, JsonbProperty annotation) {
        return annotation == null || annotation.value().isEmpty() ? name : annotation.value();
    }
}
