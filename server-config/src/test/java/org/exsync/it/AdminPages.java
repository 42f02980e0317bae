package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openqa.selenium.By;

/**
 * What the console tests do on every page: read the toasts, tick table rows, choose in PrimeFaces'
 * menus, and check the accessibility basics (every input labelled, text contrast, a skip link).
 */
final class AdminPages {

  /** Every visible form field without a label, an aria-label or aria-labelledby. */
  private static final String UNLABELLED =
      "return Array.from(document.querySelectorAll('input, select, textarea'))"
          + ".filter(e => e.type !== 'hidden' && e.offsetParent !== null"
          + " && !e.closest('.ui-helper-hidden-accessible, .ui-helper-hidden')"
          + " && e.labels.length === 0 && !e.getAttribute('aria-label')"
          + " && !e.getAttribute('aria-labelledby') && !e.getAttribute('title'))"
          + ".map(e => e.id || e.name);";

  /** Text whose contrast with its background is below WCAG AA's 4.5:1. */
  private static final String LOW_CONTRAST =
      "const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);"
          + "const lum = c => { const v = rgb(c).slice(0, 3).map(x => { x /= 255;"
          + " return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });"
          + " return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };"
          + "const bg = e => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor;"
          + " const p = rgb(c); if (p.length === 3 || (p.length === 4 && p[3] > 0.9)) return c; }"
          + " return 'rgb(255,255,255)'; };"
          + "return Array.from(document.querySelectorAll("
          + "'main p, main td, main th, main label, main dd, main dt, main .badge, main h1, main h2,"
          + " .sidebar a, main .ui-button, main .ui-panel-title'))"
          + ".filter(e => e.offsetParent !== null && e.textContent.trim().length > 0)"
          + ".map(e => { const a = lum(getComputedStyle(e).color), b = lum(bg(e));"
          + " const r = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);"
          + " return [r, e.tagName + '.' + e.className + ': ' + e.textContent.trim().slice(0, 30)]; })"
          + ".filter(x => x[0] < 4.5).map(x => x[0].toFixed(2) + ' ' + x[1]);";

  private AdminPages() {}

  /** Signs in on the admin console's login form as the domain's admin. */
  static void signIn(Chromium admin) {
    admin.open(TargetDomain.internal("/admin/"));
    admin.await(By.id("j_username"));
    admin.type(By.id("j_username"), "admin");
    admin.type(By.id("j_password"), TargetDomain.adminPassword());
    admin.click(By.id("sign-in"));
    assertThat(admin.awaitTextContaining(By.id("signed-in-as"), "admin")).contains("Signed in as");
  }

  static void checkAccessibility(Chromium page) {
    @SuppressWarnings("unchecked")
    List<Object> unlabelled = (List<Object>) page.script(UNLABELLED);
    assertThat(unlabelled).as("form fields without a label").isEmpty();
    @SuppressWarnings("unchecked")
    List<Object> faint = (List<Object>) page.script(LOW_CONTRAST);
    assertThat(faint).as("text below 4.5:1 contrast").isEmpty();
    assertThat(page.all(By.cssSelector("a.skip-link[href='#main']"))).hasSize(1);
  }

  /**
   * The table's content is no wider than its wrapper, and the page does not scroll sideways: what a
   * laptop screen of the window's width shows without a horizontal scroll bar.
   */
  static void assertFits(Chromium page, String tableId) {
    @SuppressWarnings("unchecked")
    List<Number> widths =
        (List<Number>)
            page.script(
                "const t = document.getElementById(arguments[0]);"
                    + " const w = t.querySelector('.ui-datatable-tablewrapper') || t;"
                    + " const d = document.documentElement;"
                    + " return [w.scrollWidth, w.clientWidth, d.scrollWidth, d.clientWidth];",
                tableId);
    assertThat(widths.get(0).intValue())
        .as("width of the table %s's content against its wrapper's", tableId)
        .isLessThanOrEqualTo(widths.get(1).intValue());
    assertThat(widths.get(2).intValue())
        .as("width of the page against the window's")
        .isLessThanOrEqualTo(widths.get(3).intValue());
  }

  /** Waits for a toast containing the words and returns its text. */
  static String toast(Chromium page, String words) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(until)) {
      String all = toasts(page);
      for (String line : all.split("\n\n")) {
        if (line.contains(words)) {
          return line;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("No toast with '" + words + "'; toasts: " + toasts(page));
  }

  /**
   * The text of every toast shown now, separated by blank lines. Read in the page in one step: the
   * live table's poll re-renders parts of the page, so elements looked up one by one may go stale.
   */
  static String toasts(Chromium page) {
    Object texts =
        page.script(
            "return Array.from(document.querySelectorAll('.ui-growl-message'))"
                + ".map(e => e.textContent.trim()).join('\\n\\n');");
    return texts == null ? "" : texts.toString();
  }

  /** Ticks the first row of the table with this client id. */
  static void selectFirstRow(Chromium page, String tableId) {
    page.click(
        By.cssSelector("[id='" + tableId + "_data'] tr td.ui-selection-column .ui-chkbox-box"));
    page.awaitAjax();
  }

  /**
   * Chooses in a filtering p:selectOneMenu as an admin does: opens it, types the label's start in
   * its filter field and clicks the one item left, which fires the menu's ajax change.
   */
  static void chooseByTyping(Chromium page, String menuId, String labelStart) {
    page.click(By.cssSelector("[id='" + menuId + "'] .ui-selectonemenu-trigger"));
    page.type(By.id(menuId + "_filter"), labelStart);
    page.click(
        By.xpath(
            "//div[@id='"
                + menuId
                + "_panel']//li[contains(@class, 'ui-selectonemenu-item')"
                + " and starts-with(@data-label, '"
                + labelStart
                + "')]"));
    page.awaitGone(By.id(menuId + "_panel"));
  }

  /** Unlinks the user on the users page if linked, keeping the synced items, and checks it. */
  static void unlinkIfLinked(Chromium page, String fullName) throws InterruptedException {
    page.open(TargetDomain.internal("/admin/users.xhtml"));
    page.await(By.id("linked:linked-table"));
    By details = By.cssSelector("button[aria-label='Details of " + fullName + "']");
    if (page.all(details).isEmpty()) {
      return;
    }
    page.click(details);
    page.click(By.id("edit-form:unlink"));
    page.click(By.id("confirmation:confirm-yes"));
    page.awaitGone(By.cssSelector(".ui-confirm-dialog"));
    assertThat(toast(page, "is unlinked")).startsWith(fullName);
    page.awaitAjax();
    page.open(TargetDomain.internal("/admin/users.xhtml"));
    page.await(By.id("linked:linked-table"));
    assertThat(page.all(details)).as(fullName + " is unlinked").isEmpty();
  }

  /** Chooses the item of a p:selectOneMenu whose label starts with the text. */
  static void chooseByLabel(Chromium page, String menuId, String labelStart) {
    Object value =
        page.script(
            "const s = document.getElementById(arguments[0] + '_input');"
                + "const o = Array.from(s.options).find(o => o.text.startsWith(arguments[1]));"
                + "return o ? o.value : null;",
            menuId,
            labelStart);
    assertThat(value).as("an item '" + labelStart + "' in " + menuId).isNotNull();
    page.script("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
  }
}
