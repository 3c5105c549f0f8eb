package org.zonewatch.web.faces;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;

/**
 * Reads a record's components in expressions, {@code #{article.title()}} as well as {@code #{article.title}}, by
 * their accessors looked up once per record class. Expression Language 5 (what WildFly ships) knows no records: it
 * finds a called method among all of the class's methods on every evaluation, which was a tenth of rendering the
 * article list, and reads no component as a property. Expression Language 6 brings its own RecordELResolver; this
 * one goes when WildFly ships it.
 */
public class RecordAccessors extends ELResolver {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            // A record not public to other modules is left to the resolvers after this one, as before.
            if (type.isRecord() && Modifier.isPublic(type.getModifiers())) {
                for (RecordComponent component : type.getRecordComponents()) {
                    accessors.put(component.getName(), component.getAccessor());
                }
            }
            return Map.copyOf(accessors);
        }
    };

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        return accessor == null ? null : read(context, base, property, accessor);
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        Method accessor = params == null || params.length == 0 ? accessor(base, method) : null;
        return accessor == null ? null : read(context, base, method, accessor);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
        }
        // Read-only: no type to write.
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            throw new PropertyNotWritableException("a record's " + property + " cannot be changed");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }

    private static Method accessor(Object base, Object name) {
        return base instanceof Record && name instanceof String component
                ? ACCESSORS.get(base.getClass()).get(component) : null;
    }

    private static Object read(ELContext context, Object base, Object property, Method accessor) {
        context.setPropertyResolved(base, property);
        try {
            return accessor.invoke(base);
        } catch (InvocationTargetException failed) {
            throw new ELException(failed.getCause());
        } catch (IllegalAccessException impossible) {
            throw new ELException(impossible);
        }
    }
}
