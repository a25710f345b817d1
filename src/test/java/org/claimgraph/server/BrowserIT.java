package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.TestData;
import org.claimgraph.doc.Document;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.queries.QueryLibrary;
import org.claimgraph.reader.DocumentReader;
import org.claimgraph.reader.Input;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser page in a real headless Chromium at 1400x1000 (Debian's chromium and chromium-driver;
 * .ci/run installs them) on a store of the seed articles run through the real pipeline: it loads with
 * no internet; the network spreads over its panel with labels that do not overlap; the filters, the
 * busiest-N control and the find box work; the figures view draws one mark per row of its library
 * query; the timeline counts what it leaves out; a click on an actor opens its page. On a store of a
 * few thousand invented actors the network still draws the busiest ones, spread and legible.
 * Screenshots of the page, the network (seeds and large), the figures view and an actor page are left
 * in target/ui-*.png.
 */
class BrowserIT {
    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SKIPPED =
            "SKIPPED: Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)";

    @Test
    void pageDrawsTheSeedsReadably(@TempDir Path dir) throws Exception {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(), SKIPPED);
        Pipeline pipeline = Pipeline.standard();
        DocumentReader reader = new DocumentReader();
        List<Document> seeds = new ArrayList<>();
        try (var files = Files.list(TestData.seeds())) {
            for (Path seed : files.sorted().toList()) seeds.add(pipeline.process(reader.read(new Input(seed.toString(), seed))));
        }
        onPage(dir, seeds, (driver, js, base) -> {
            shot(driver, null, "ui-page.png");
            network(driver, js);
            figures(driver, js, base);
            timeline(driver, js, base);
            editor(driver, js);
            actorPage(driver, js);
        });
    }

    /** At a few thousand actors the network draws the busiest 50, spread and legible, then 50 more on request. */
    @Test
    void networkStaysUsableAtThousandsOfActors(@TempDir Path dir) throws Exception {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(), SKIPPED);
        onPage(dir, CrowdFixture.documents(200, 15, 3000, 7), (driver, js, base) -> {
            long actors = number(js, "return window.claimgraph.network.nodes.length");
            assertTrue(actors >= 2000, "actors in the store: " + actors);
            assertEquals(50, number(js, "return cy().nodes(':visible').length"));
            assertLegibleAndSpread(js);
            driver.findElement(By.id("network-more")).click();
            assertEquals(100, number(js, "return cy().nodes(':visible').length"));
            assertLayoutFillsPanel(js);
            shot(driver, driver.findElement(By.id("network-section")), "ui-network-large.png");
        });
    }

    interface PageCheck {
        void run(WebDriver driver, JavascriptExecutor js, String base) throws Exception;
    }

    /** Stores the documents, serves them, opens the page in Chromium and runs the checks once it is ready. */
    private static void onPage(Path dir, List<Document> documents, PageCheck check) throws Exception {
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            for (Document d : documents) store.put(d);
            try (SparqlServer server = SparqlServer.start(store.dataset(), 0, true, 10_000)) {
                String base = "http://127.0.0.1:" + server.port();
                WebDriver driver = chromium(dir.resolve("profile"));
                try {
                    driver.get(base + "/claimgraph/ui/");
                    JavascriptExecutor js = (JavascriptExecutor) driver;
                    new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> Boolean.TRUE.equals(
                            js.executeScript("return !!(window.claimgraph && window.claimgraph.ready)")));
                    assertEquals(List.of(), js.executeScript("return window.claimgraph.errors"), "the page's parts all started");
                    check.run(driver, js, base);
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
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** The layout fills its panel, labels are legible and apart, and the controls change what is shown. */
    private static void network(WebDriver driver, JavascriptExecutor js) throws Exception {
        assertTrue(!driver.findElements(By.cssSelector("#network canvas")).isEmpty(), "Cytoscape draws on a canvas");
        long shown = number(js, "return cy().nodes(':visible').length");
        assertTrue(shown >= 20, "actors shown: " + shown);
        assertLegibleAndSpread(js);
        shot(driver, driver.findElement(By.id("network-section")), "ui-network.png");

        // Actors without edges: more than the busiest 50 pass the filters; "more" and "all" add the rest.
        driver.findElement(By.id("show-isolated")).click();
        long passing = number(js, "return window.claimgraph.network.nodes.length");
        assertEquals(Math.min(50, passing), number(js, "return cy().nodes(':visible').length"), "the busiest 50 first");
        if (passing > 50) {
            driver.findElement(By.id("network-all")).click();
            assertEquals(passing, number(js, "return cy().nodes(':visible').length"));
        }
        driver.findElement(By.id("show-isolated")).click();

        // A type unticked leaves no actor of it; a date range after every edge leaves no dated edge.
        String type = (String) run(js, "return cy().nodes(':visible')[0].data('type')");
        driver.findElement(By.cssSelector("#network-types input[data-type='" + type + "']")).click();
        assertEquals(0L, run(js, "return cy().nodes(':visible').filter(n => n.data('type') === '" + type + "').length"));
        driver.findElement(By.cssSelector("#network-types input[data-type='" + type + "']")).click();
        js.executeScript("const f = document.getElementById('network-from'); f.value = '2999-01-01';"
                + " document.getElementById('network-undated').checked = false; f.dispatchEvent(new Event('change'))");
        assertEquals(0L, run(js, "return cy().edges(':visible').length"));
        js.executeScript("const f = document.getElementById('network-from'); f.value = '';"
                + " document.getElementById('network-undated').checked = true; f.dispatchEvent(new Event('change'))");
        assertTrue(number(js, "return cy().nodes(':visible').length") >= shown, "the filters undone");

        // The find box selects the actor it names.
        String name = (String) run(js, "return cy().nodes(':visible').last().data('label')");
        driver.findElement(By.id("actor-name")).sendKeys(name + "\n");
        assertEquals(name, run(js, "return cy().nodes(':selected').data('label')"));
    }

    /** The layout fills the panel; labels are at least 10 px at the default zoom and at most 1 in 20 overlaps another. */
    private static void assertLegibleAndSpread(JavascriptExecutor js) {
        assertLayoutFillsPanel(js);
        double font = ((Number) run(js, "return cy().zoom() * parseFloat(cy().nodes(':visible')[0].style('font-size'))")).doubleValue();
        assertTrue(font >= 10, "labels at the default zoom are " + font + " px");
        @SuppressWarnings("unchecked")
        List<List<Number>> labels = (List<List<Number>>) run(js, "return cy().nodes(':visible').map(n => {"
                + " const b = n.renderedBoundingBox({includeNodes: false, includeEdges: false, includeLabels: true});"
                + " return [b.x1, b.y1, b.x2, b.y2]; })");
        int overlapping = overlapping(labels);
        assertTrue(overlapping <= labels.size() / 20, overlapping + " of " + labels.size() + " labels overlap another");
    }

    /** The rendered box of the shown network covers most of the panel in both directions. */
    private static void assertLayoutFillsPanel(JavascriptExecutor js) {
        @SuppressWarnings("unchecked")
        List<Number> fill = (List<Number>) run(js, "const b = cy().elements(':visible').renderedBoundingBox();"
                + " return [b.w / cy().width(), b.h / cy().height()]");
        double w = fill.get(0).doubleValue(), h = fill.get(1).doubleValue();
        assertTrue(w >= 0.8 && h >= 0.8 && w * h >= 0.7, "the network covers " + w + " x " + h + " of its panel");
    }

    /** One mark per row of figures-by-counted-thing.rq for each counted thing offered; labels apart. */
    private static void figures(WebDriver driver, JavascriptExecutor js, String base) throws Exception {
        Select heads = new Select(driver.findElement(By.id("figures-head")));
        assertFalse(heads.getOptions().isEmpty(), "conflicting-figures.rq finds counted things in the seeds");
        List<String> values = heads.getOptions().stream().map(o -> o.getAttribute("value")).toList();
        String shownFirst = heads.getFirstSelectedOption().getAttribute("value");
        for (String head : values) {
            heads.selectByValue(head);
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> head.equals(js.executeScript("return window.claimgraph.figureHead")));
            List<JsonNode> rows = select(base, library("figures-by-counted-thing")
                    .bind(Map.of("head", NodeFactory.createLiteralString(head))).toString());
            assertTrue(rows.size() >= 2, head + ": " + rows.size());
            List<WebElement> marks = driver.findElements(By.cssSelector("#figures svg a.mark"));
            assertEquals(rows.size(), marks.size(), "one mark per row for " + head);
            long qualified = rows.stream().filter(r -> r.has("qualifier")).count();
            assertEquals(qualified, driver.findElements(By.cssSelector("#figures svg a.mark:not([data-kind=exact])")).size());
            for (WebElement mark : marks) assertTrue(mark.getDomAttribute("href").matches("/page/document/\\w+#char=\\d+,\\d+"), mark.getDomAttribute("href"));
            assertEquals(0, overlapping(textBoxes(js, "#figures svg text.figure-label")), "figure labels overlap for " + head);
        }
        heads.selectByValue(shownFirst);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> shownFirst.equals(js.executeScript("return window.claimgraph.figureHead")));
        shot(driver, driver.findElement(By.id("figures-section")), "ui-figures.png");
    }

    /** One point per dated figure, a count of the undated ones, and no label over another. */
    private static void timeline(WebDriver driver, JavascriptExecutor js, String base) throws Exception {
        List<JsonNode> rows = select(base, library("numeric-claims").text());
        long dated = rows.stream().filter(r -> r.has("when")).count();
        assertEquals(dated, number(js, "return window.claimgraph.timelinePoints"));
        assertEquals(dated, driver.findElements(By.cssSelector("#timeline circle.claim")).size());
        String note = driver.findElement(By.id("timeline-note")).getText();
        assertTrue(note.contains((rows.size() - dated) + " left out for want of a statement date"), note);
        assertEquals(0, overlapping(textBoxes(js, "#timeline svg text")), "timeline labels overlap");
    }

    /** The tabs hold the library with each query's description; the active query runs. */
    private static void editor(WebDriver driver, JavascriptExecutor js) throws Exception {
        String intro = driver.findElement(By.cssSelector("p.intro")).getText();
        assertFalse(intro.contains("One row per") || intro.contains("query library is loaded"), intro);
        // The tabs in their order, not Object.keys of _tabs: YASGUI's ids are random base-36 strings, and an all-digit one comes first among an object's keys.
        long tabs = number(js, "return window.claimgraph.yasgui.persistentConfig.getTabs().length");
        assertTrue(tabs >= 4, "library tabs: " + tabs);
        String first = driver.findElement(By.id("query-description")).getText();
        assertTrue(first.startsWith(UiServlet.description(library("actor-network").title())), first);
        js.executeScript("window.claimgraph.yasgui.selectTabId(window.claimgraph.yasgui.persistentConfig.getTabs()[1])");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !first.equals(d.findElement(By.id("query-description")).getText()));
        js.executeScript("window.claimgraph.yasgui.selectTabId(window.claimgraph.yasgui.persistentConfig.getTabs()[0])");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        WebElement button = wait.until(d -> d.findElements(By.cssSelector(".tabPanel.active .yasqe_queryButton")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        js.executeScript("arguments[0].scrollIntoView()", button);
        button.click();
        wait.until(d -> !d.findElements(By.cssSelector(".tabPanel.active .yasr table tbody tr")).isEmpty());
    }

    /** A click on an actor in the network opens the actor's page. */
    private static void actorPage(WebDriver driver, JavascriptExecutor js) throws Exception {
        WebElement panel = driver.findElement(By.id("network"));
        js.executeScript("arguments[0].scrollIntoView()", panel);
        run(js, "cy().nodes().unselect(); cy().fit(cy().elements(':visible'), 24)");
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) run(js, "const n = cy().nodes(':visible').max(n => n.data('documents')).ele;"
                + " const p = n.renderedPosition(); return {id: n.id(), x: p.x - cy().width() / 2, y: p.y - cy().height() / 2}");
        new Actions(driver).moveToElement(panel, ((Number) target.get("x")).intValue(), ((Number) target.get("y")).intValue()).click().perform();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/page/actor/"));
        String id = (String) target.get("id");
        assertTrue(driver.getCurrentUrl().endsWith(id.substring(id.indexOf("/id/") + 4)), driver.getCurrentUrl());
        shot(driver, null, "ui-actor.png");
    }

    // ------------------------------------------------------------------ helpers

    private static long number(JavascriptExecutor js, String script) {
        return ((Number) run(js, script)).longValue();
    }

    /** Runs a script in the page with cy() standing for the network's Cytoscape instance. */
    private static Object run(JavascriptExecutor js, String script, Object... args) {
        return js.executeScript("const cy = () => window.claimgraph.cy; " + script, args);
    }

    private static List<List<Number>> textBoxes(JavascriptExecutor js, String selector) {
        @SuppressWarnings("unchecked")
        List<List<Number>> boxes = (List<List<Number>>) js.executeScript("return [...document.querySelectorAll(arguments[0])]"
                + ".map(t => t.getBoundingClientRect()).map(b => [b.left, b.top, b.right, b.bottom])", selector);
        return boxes;
    }

    /** How many of the boxes [x1, y1, x2, y2] overlap another one (by more than a pixel each way). */
    static int overlapping(List<List<Number>> boxes) {
        int count = 0;
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = 0; j < boxes.size(); j++) {
                if (i != j && overlap(boxes.get(i), boxes.get(j))) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    private static boolean overlap(List<Number> a, List<Number> b) {
        return Math.min(a.get(2).doubleValue(), b.get(2).doubleValue()) - Math.max(a.get(0).doubleValue(), b.get(0).doubleValue()) > 1
                && Math.min(a.get(3).doubleValue(), b.get(3).doubleValue()) - Math.max(a.get(1).doubleValue(), b.get(1).doubleValue()) > 1;
    }

    private static QueryLibrary.Named library(String name) throws Exception {
        return QueryLibrary.read(TestData.queries().resolve(name + ".rq"));
    }

    /** The rows of a SELECT run by the server over HTTP, as SPARQL JSON bindings. */
    private static List<JsonNode> select(String base, String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/claimgraph/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            List<JsonNode> rows = new ArrayList<>();
            JSON.readTree(response.body()).path("results").path("bindings").forEach(rows::add);
            return rows;
        }
    }

    private static void shot(WebDriver driver, WebElement element, String file) throws Exception {
        if (element != null) ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", element);
        File shot = element != null ? element.getScreenshotAs(OutputType.FILE) : ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = TestData.home().resolve("target").resolve(file);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(target) > 10_000, "screenshot " + target);
    }
}
