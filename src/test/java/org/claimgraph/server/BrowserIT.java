package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.claimgraph.TestData;
import org.claimgraph.doc.Document;
import org.claimgraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser page in a real headless Chromium (Debian's chromium and chromium-driver; .ci/run
 * installs them): it loads with no internet, runs a query from the library in the SPARQL editor,
 * shows the actor network and the timeline, and leaves a screenshot in target/ui-screenshot.png.
 */
class BrowserIT {
    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @Test
    void pageLoadsRunsAQueryAndShowsTheNetwork(@TempDir Path dir) throws Exception {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "SKIPPED: Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            for (Document d : NewsFixture.documents()) store.put(d);
            try (SparqlServer server = SparqlServer.start(store.dataset(), 0, true, 10_000)) {
                WebDriver driver = chromium(dir.resolve("profile"));
                try {
                    drive(driver, "http://127.0.0.1:" + server.port() + "/claimgraph/ui/");
                } finally {
                    driver.quit();
                }
            }
        }
    }

    private static WebDriver chromium(Path profile) throws Exception {
        Files.createDirectories(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,2200", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static void drive(WebDriver driver, String url) throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.get(url);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> Boolean.TRUE.equals(js.executeScript("return !!(window.claimgraph && window.claimgraph.ready)")));
        assertEquals(List.of(), js.executeScript("return window.claimgraph.errors"), "the page's parts all started");

        // The network: every fixture actor has an edge, so all are shown; the canvas is drawn.
        long nodes = (Long) js.executeScript("return window.claimgraph.cy.nodes(':visible').length");
        long edges = (Long) js.executeScript("return window.claimgraph.cy.edges(':visible').length");
        assertEquals(4, nodes);
        assertTrue(edges >= 5, "edges shown: " + edges);
        assertTrue(!driver.findElements(By.cssSelector("#network canvas")).isEmpty(), "Cytoscape draws on a canvas");

        // The editor holds the library, one tab per query; run the active one and read its result table.
        long tabs = (Long) js.executeScript("return Object.keys(window.claimgraph.yasgui._tabs).length");
        assertTrue(tabs >= 4, "library tabs: " + tabs);
        WebElement run = wait.until(d -> d.findElements(By.cssSelector(".tabPanel.active .yasqe_queryButton")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        run.click();
        wait.until(d -> !d.findElements(By.cssSelector(".tabPanel.active .yasr table tbody tr")).isEmpty());
        String results = driver.findElement(By.cssSelector(".tabPanel.active .yasr table tbody")).getText();
        assertTrue(results.contains("John Roe") && results.contains("Jane Doe"), results);

        // The timeline: one point per dated numeric claim.
        assertEquals(3L, js.executeScript("return window.claimgraph.timelinePoints"));
        assertEquals(3, driver.findElements(By.cssSelector("#timeline circle.claim")).size());

        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = TestData.home().resolve("target/ui-screenshot.png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(target) > 10_000, "screenshot " + target);
    }
}
