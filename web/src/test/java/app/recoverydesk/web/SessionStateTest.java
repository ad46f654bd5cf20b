package app.recoverydesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a page keeps between requests travels with the session to another node of a cluster (web.xml
 * {@code <distributable/>}): each session-, view- and conversation-scoped bean, and what its fields hold, down
 * through the application's own types, can be serialised. A bean that cannot be would sign its user out, or lose the
 * form, when the node holding the session goes away. Injected fields are the container's serialisable proxies;
 * transient ones are rebuilt on the next request.
 */
class SessionStateTest {

    /** Collection interfaces whose every implementation the application uses (ArrayList, HashMap, List.of …) serialises. */
    private static final Set<Class<?>> COLLECTIONS = Set.of(Collection.class, List.class, Set.class, Map.class,
            java.util.SortedMap.class, java.util.SortedSet.class, java.util.NavigableMap.class);

    /**
     * Injected types whose container proxy is written out but cannot be read back on another node (Weld cannot
     * proxy Hibernate Validator's factory there): a bean looks them up when needed, in a transient field.
     */
    private static final Set<Class<?>> NOT_READ_BACK = Set.of(jakarta.validation.ValidatorFactory.class,
            jakarta.validation.Validator.class);

    @Test
    void everyBeanKeptBetweenRequestsCanBeSerialised() throws Exception {
        List<Class<?>> beans = passivatingBeans();
        assertTrue(beans.size() >= 15, "found only " + beans);
        List<String> problems = new ArrayList<>();
        Set<Class<?>> checked = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            fields(bean, bean.getSimpleName(), problems, checked, true);
        }
        assertEquals(List.of(), problems);
    }

    /** What a form's choices hold comes back whole: a location keeps its id and tenant. */
    @Test
    void aRecordReadBackKeepsItsIdAndTenant() throws Exception {
        var made = app.recoverydesk.tenancy.Location.class.getDeclaredConstructor();
        made.setAccessible(true);
        app.recoverydesk.tenancy.Location location = made.newInstance();
        set(location, "id", 42L);
        set(location, "tenantId", 7L);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(location);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            app.recoverydesk.tenancy.Location back = (app.recoverydesk.tenancy.Location) in.readObject();
            assertEquals(42L, back.getId());
            assertEquals(7L, back.getTenantId());
        }
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                field.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(name);
    }

    private static void fields(Class<?> type, String path, List<String> problems, Set<Class<?>> checked, boolean bean) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                // serialisation writes only the fields of Serializable classes: a record's id in a plain
                // superclass comes back null on the other node, and a form's choices no longer match its values
                if (!Serializable.class.isAssignableFrom(c)) {
                    problems.add(path + "." + field.getName() + ": declared in " + c.getName()
                            + ", which is not Serializable, so it is lost");
                    continue;
                }
                if (bean && field.isAnnotationPresent(Inject.class)) {
                    if (NOT_READ_BACK.contains(field.getType())) {
                        problems.add(path + "." + field.getName() + ": an injected " + field.getType().getName()
                                + " cannot be read back on another node");
                    }
                    continue;
                }
                check(field.getGenericType(), path + "." + field.getName(), problems, checked);
            }
        }
    }

    private static void check(Type type, String path, List<String> problems, Set<Class<?>> checked) {
        if (type instanceof Class<?> c) {
            if (c.isPrimitive()) {
                return;
            }
            if (c.isArray()) {
                check(c.getComponentType(), path + "[]", problems, checked);
            } else if (!Serializable.class.isAssignableFrom(c) && !COLLECTIONS.contains(c)) {
                problems.add(path + ": " + c.getName() + " is not Serializable");
            } else if (c.getName().startsWith("app.recoverydesk.") && !c.isEnum() && checked.add(c)) {
                fields(c, c.getSimpleName(), problems, checked, false);
            }
        } else if (type instanceof ParameterizedType p) {
            check(p.getRawType(), path, problems, checked);
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, path + "<>", problems, checked);
            }
        } else if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), path + "[]", problems, checked);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, path, problems, checked);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                check(bound, path, problems, checked);
            }
        }
    }

    /** The web module's classes with a passivating scope, found in its compiled classes. */
    private static List<Class<?>> passivatingBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(SessionStateTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                if (c.isAnnotationPresent(SessionScoped.class) || c.isAnnotationPresent(ViewScoped.class)
                        || c.isAnnotationPresent(ConversationScoped.class)) {
                    beans.add(c);
                }
            }
        }
        return beans;
    }
}
