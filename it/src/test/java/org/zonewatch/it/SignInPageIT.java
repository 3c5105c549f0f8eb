package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signing in as each role: the header names the user and the role, and only an admin is offered 管理. */
class SignInPageIT extends BrowserTest {

    @ParameterizedTest
    @CsvSource({"viewer, 查看者, false", "editor, 编辑, false", "admin, 管理员, true"})
    void eachRoleSeesItsNameItsRoleAndOnlyItsSections(String user, String role, boolean admin) {
        browser.get(base.toString());
        signIn(user);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-name")));
        assertEquals(user, browser.findElement(By.id("user-name")).getText());
        assertEquals(role, browser.findElement(By.id("user-role")).getText());
        assertEquals("首页 · 两区建设监测平台", browser.getTitle());
        String navigation = browser.findElement(By.cssSelector("nav.zw-nav")).getText();
        for (String section : new String[] {"首页", "文章", "指标", "报表"}) {
            assertTrue(navigation.contains(section), navigation);
        }
        assertEquals(admin, navigation.contains("管理"), navigation);
    }

    @Test
    void aViewerIsRefusedTheAdminPagesWithAReadableMessage() {
        browser.get(base + "admin/import.xhtml");
        signIn("viewer");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-message")));
        assertEquals("您没有执行此操作的权限。", browser.findElement(By.id("error-message")).getText());
        assertFalse(browser.getPageSource().contains("upload:file"));
    }

    @Test
    void aWrongPasswordKeepsTheUserOnTheLoginPageWithAMessage() {
        browser.get(base.toString());
        signIn("viewer", "wrong");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
        assertTrue(browser.findElement(By.id("login-error")).getText().contains("用户名或密码不正确"));
    }

    @Test
    void signingOutEndsTheSession() {
        browser.get(base.toString());
        signIn("viewer");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username")));
        browser.get(base + "indicators.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username")));
    }
}
