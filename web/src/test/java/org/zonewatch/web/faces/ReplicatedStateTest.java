package org.zonewatch.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

/**
 * The web application is distributable (README, "Running on a cluster"): the session, and with it every view- and
 * session-scoped bean of a page, is copied to the other nodes, so a signed-in user keeps the page when a node dies.
 * A field that cannot be serialized would make that copy fail at the end of a request, on a cluster only: caught
 * here, for every such bean in the compiled web module, through every type its state can hold.
 */
class ReplicatedStateTest {

    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void everyBeanKeptInTheSessionHoldsOnlySerializableState() throws IOException, ClassNotFoundException {
        List<Class<?>> beans = sessionHeldBeans();
        assertFalse(beans.isEmpty(), "no view- or session-scoped beans found under " + CLASSES.toAbsolutePath());
        List<String> unserializable = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getSimpleName(), seen, unserializable);
        }
        assertEquals(List.of(), unserializable);
    }

    @Test
    void noBeanKeptInTheSessionHasFacesContextsInjected() throws IOException, ClassNotFoundException {
        // Mojarra's producers of FacesContext and ExternalContext cannot be proxied: the bean would be written
        // out, and then fail to be read on the other node (WELD-001435), which drops the whole session there.
        List<String> injected = new ArrayList<>();
        for (Class<?> bean : sessionHeldBeans()) {
            for (Field field : bean.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class)
                        && field.getType().getPackageName().equals("jakarta.faces.context")) {
                    injected.add(bean.getSimpleName() + "." + field.getName());
                }
            }
        }
        assertEquals(List.of(), injected);
    }

    private static List<Class<?>> sessionHeldBeans() throws IOException, ClassNotFoundException {
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ReplicatedStateTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)
                        || type.isAnnotationPresent(org.omnifaces.cdi.ViewScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }

    /** Walks the state a value of this type holds: its own fields and, for containers, their element types. */
    private static void check(Type type, String path, Set<Type> seen, List<String> unserializable) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                check(argument, path + "<>", seen, unserializable);
            }
            check(generic.getRawType(), path, seen, unserializable);
            return;
        }
        if (!(type instanceof Class<?> raw) || raw.isPrimitive() || raw.isEnum()
                || raw.getName().startsWith("java.")) {
            // Interfaces of the JDK (List, Map) are checked by their element types above; JDK values are serializable.
            return;
        }
        if (raw.isArray()) {
            check(raw.getComponentType(), path + "[]", seen, unserializable);
            return;
        }
        if (!raw.isInterface() && !Serializable.class.isAssignableFrom(raw)) {
            unserializable.add(path + ": " + raw.getName());
        }
        for (Field field : raw.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            // Injected beans are container proxies, serialized as a reference and looked up again on the other node.
            if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                    || field.isAnnotationPresent(Inject.class) || field.isSynthetic()) {
                continue;
            }
            check(field.getGenericType(), path + "." + field.getName(), seen, unserializable);
        }
    }
}
