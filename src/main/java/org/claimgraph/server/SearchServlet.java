package org.claimgraph.server;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.sparql.core.DatasetGraph;

/** GET /search?q=words: the search box of the pages, over the full-text index (actor names, assertion content). */
final class SearchServlet extends HttpServlet {
    private final Pages pages;

    SearchServlet(DatasetGraph dataset) {
        this.pages = new Pages(dataset);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        if (Pages.searchWords(q).size() > Pages.MAX_SEARCH_WORDS) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "a search takes at most " + Pages.MAX_SEARCH_WORDS + " words");
            return;
        }
        LinkedDataServlet.writeHtml(resp, pages.search(q));
    }
}
