package org.claimgraph.server;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * GET {@value SparqlServer#DATASET}/export?format=graphml|gexf|cytoscape[&gexf-version=1.3|1.2draft]: the
 * actor network for graph tools.
 */
final class ExportServlet extends HttpServlet {
    private final DatasetGraph dataset;

    ExportServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        NetworkFormat format;
        NetworkFormat.GexfVersion gexf;
        try {
            format = NetworkFormat.parse(req.getParameter("format") == null ? "graphml" : req.getParameter("format"));
            String version = req.getParameter("gexf-version");
            gexf = version == null ? NetworkFormat.GexfVersion.V1_3 : NetworkFormat.GexfVersion.parse(version);
        } catch (IllegalArgumentException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        resp.setContentType(format.mediaType + "; charset=utf-8");
        if (req.getParameter("download") != null) {
            resp.setHeader("Content-Disposition", "attachment; filename=\"claimgraph-actors." + format.extension + "\"");
        }
        NetworkFormat.export(dataset, format, gexf, resp.getOutputStream());
    }
}
