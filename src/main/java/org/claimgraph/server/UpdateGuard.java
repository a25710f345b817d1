package org.claimgraph.server;

import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Refuses an update whose LOAD would read a local file or call a host not named with --load-host. Jena's
 * LOAD reads any IRI its stream manager opens, file: included, so an update user could read the server's
 * files into the graph and publish them.
 */
final class UpdateGuard implements Filter {
    private final Set<String> loadHosts;

    /** {@code loadHosts} as given by the operator; host names compare case-insensitively. */
    UpdateGuard(Collection<String> loadHosts) {
        this.loadHosts = loadHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        BodyLimit.Buffered body = BodyLimit.Buffered.of(request);
        String text = body != null ? body.text() : request.getParameter("update");
        String refusal = text == null ? null : refusal(text);
        if (refusal != null) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_BAD_REQUEST, refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why the update is refused, or null. One that does not parse passes: Fuseki reports its error. */
    String refusal(String update) {
        UpdateRequest request;
        try {
            request = UpdateFactory.create(update, "http://server/unset-base/");
        } catch (RuntimeException e) {
            return null;
        }
        for (Update u : request) {
            if (u instanceof UpdateLoad load && !allowed(load.getSource())) {
                return "LOAD <" + load.getSource() + "> refused: the server loads only http(s) IRIs of the hosts "
                        + "it was started with (--load-host): " + (loadHosts.isEmpty() ? "none" : String.join(", ", loadHosts));
            }
        }
        return null;
    }

    private boolean allowed(String iri) {
        try {
            URI u = new URI(iri);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null
                    && loadHosts.contains(u.getHost().toLowerCase(Locale.ROOT));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
