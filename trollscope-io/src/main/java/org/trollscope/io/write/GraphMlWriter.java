package org.trollscope.io.write;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.network.AccountNetwork;

/**
 * {@code network.graphml}: the kept-edge network in GraphML (yEd, Cytoscape, igraph, NetworkX):
 * undirected, node keys community, coordinated, actions, component; edge key weight.
 */
public final class GraphMlWriter {
    public static final String FILE = "network.graphml";

    private GraphMlWriter() {
    }

    /** Writes the network; flushes, does not close. */
    public static void write(AnalysisResult r, OutputStream out) throws IOException {
        try {
            AccountNetwork n = r.network();
            NetworkXml x = new NetworkXml(out);
            x.start("graphml", "xmlns", "http://graphml.graphdrawing.org/xmlns");
            x.empty("key", "id", "community", "for", "node", "attr.name", "community", "attr.type", "int");
            x.empty("key", "id", "coordinated", "for", "node", "attr.name", "coordinated", "attr.type", "boolean");
            x.empty("key", "id", "actions", "for", "node", "attr.name", "actions", "attr.type", "int");
            x.empty("key", "id", "component", "for", "node", "attr.name", "component", "attr.type", "int");
            x.empty("key", "id", "weight", "for", "edge", "attr.name", "weight", "attr.type", "double");
            x.start("graph", "id", "trollscope", "edgedefault", "undirected");
            for (int v = 0; v < n.nodeCount(); v++) {
                x.start("node", "id", r.accountId(n.rank(v)));
                x.text("data", Integer.toString(r.communities().of(v)), "key", "community");
                x.text("data", "true", "key", "coordinated");
                x.text("data", Integer.toString(r.activity().actions(n.rank(v))), "key", "actions");
                x.text("data", Integer.toString(n.component(v)), "key", "component");
                x.end();
            }
            for (int e = 0; e < n.edgeCount(); e++) {
                x.start("edge", "source", r.accountId(n.rank(n.edgeA(e))), "target", r.accountId(n.rank(n.edgeB(e))));
                x.text("data", OutputFormat.number(n.weight(e)), "key", "weight");
                x.end();
            }
            x.end();
            x.end();
            x.finish();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + FILE + ": " + e.getMessage(), e);
        }
    }
}
