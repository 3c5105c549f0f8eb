package org.zonewatch.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.zonewatch.audit.AuditAction;

/** Every label the pages ask for exists, in Chinese and in English, and the two bundles hold the same keys. */
class MessagesTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    /** msg['key'] with a literal key; keys built with concat are checked by their literal prefix. */
    private static final Pattern LITERAL = Pattern.compile("msg\\['([A-Za-z0-9_.-]+)'\\]");
    private static final Pattern PREFIX = Pattern.compile("msg\\['([A-Za-z0-9_.-]+\\.)'\\.concat");

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/zonewatch/web/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameLabels() throws IOException {
        assertEquals(new TreeSet<>(bundle("messages.properties").stringPropertyNames()),
                new TreeSet<>(bundle("messages_en.properties").stringPropertyNames()));
    }

    @Test
    void everyLabelAPageAsksForExists() throws IOException {
        Set<String> keys = bundle("messages.properties").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page, StandardCharsets.UTF_8);
                Matcher literal = LITERAL.matcher(text);
                while (literal.find()) {
                    if (!keys.contains(literal.group(1))) {
                        missing.add(page + ": " + literal.group(1));
                    }
                }
                Matcher prefix = PREFIX.matcher(text);
                while (prefix.find()) {
                    String start = prefix.group(1);
                    if (keys.stream().noneMatch(key -> key.startsWith(start))) {
                        missing.add(page + ": " + start + "*");
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    /** The audit page names each action by its label, looked up from the code the log stores. */
    @Test
    void everyAuditActionHasALabel() throws IOException {
        Set<String> keys = bundle("messages.properties").stringPropertyNames();
        assertEquals(List.of(), Arrays.stream(AuditAction.values()).map(action -> "admin.audit.action." + action.code())
                .filter(key -> !keys.contains(key)).toList());
    }

    @Test
    void theChineseBundleIsChinese() throws IOException {
        Properties chinese = bundle("messages.properties");
        assertTrue(chinese.getProperty("nav.home").equals("首页") && chinese.getProperty("app.name").equals("两区建设监测平台"));
        assertEquals("Home", bundle("messages_en.properties").getProperty("nav.home"));
    }
}
