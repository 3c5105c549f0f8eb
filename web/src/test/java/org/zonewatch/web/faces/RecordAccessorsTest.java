package org.zonewatch.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import jakarta.el.PropertyNotWritableException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Through the Expression Language implementation WildFly ships, with the resolver where faces-config puts it. */
class RecordAccessorsTest {

    public record Headline(String title, long count) {
        public String shouted() {
            return title + "!";
        }

        public String titleWith(String suffix) {
            return title + suffix;
        }
    }

    public record Failing(String title) {
        @Override
        public String title() {
            throw new IllegalStateException("no title");
        }
    }

    private ELProcessor el;

    @BeforeEach
    void processorWithTheResolver() {
        el = new ELProcessor();
        el.getELManager().addELResolver(new RecordAccessors());
        el.defineBean("headline", new Headline("新设外资企业", 563));
        el.defineBean("headlines", List.of(new Headline("甲", 1), new Headline("乙", 2)));
    }

    @Test
    void readsComponentsCalledAsMethods() {
        assertEquals("新设外资企业", el.eval("headline.title()"));
        assertEquals(563L, (Object) el.eval("headline.count()"));
    }

    @Test
    void readsComponentsAsProperties() {
        assertEquals("新设外资企业 563", el.eval("headline.title += ' ' += headline.count"));
        assertEquals("乙", el.eval("headlines[1].title"));
    }

    @Test
    void leavesOtherMethodsToTheResolversAfterIt() {
        assertEquals("新设外资企业!", el.eval("headline.shouted()"));
        assertEquals("新设外资企业…", el.eval("headline.titleWith('…')"));
        assertEquals(2, ((Number) el.eval("headlines.size()")).intValue());
    }

    @Test
    void refusesToWriteAComponent() {
        assertThrows(PropertyNotWritableException.class, () -> el.setValue("headline.title", "x"));
        assertTrue(el.getELManager().getELContext().getELResolver()
                .isReadOnly(el.getELManager().getELContext(), new Headline("x", 1), "title"));
    }

    @Test
    void reportsAnAccessorsFailureAsTheCause() {
        el.defineBean("failing", new Failing("x"));
        ELException failed = assertThrows(ELException.class, () -> el.eval("failing.title()"));
        assertTrue(failed.getCause() instanceof IllegalStateException
                || failed.getCause().getCause() instanceof IllegalStateException, failed::toString);
    }
}
