package org.trollscope.io.write;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.network.AccountNetwork;

/**
 * {@code network.gexf}: the kept-edge network in GEXF 1.3 (opens in Gephi 0.10): undirected, node
 * attributes community, coordinated, actions and component, edge weight. No timestamp in the
 * meta block, so the same result gives the same bytes.
 */
public final class GexfWriter {
    public static final String FILE = "network.gexf";

    private GexfWriter() {
    }

    /** Writes the network; flushes, does not close. */
    public static void write(AnalysisResult r, String creator, OutputStream out) throws IOException {
        try {
            AccountNetwork n = r.network();
            NetworkXml x = new NetworkXml(out);
            x.start("gexf", "xmlns", "http://gexf.net/1.3", "version", "1.3");
            x.start("meta");
            x.text("creator", creator);
            x.text("description", "trollscope account network: accounts linked by co-actions");
            x.end();
            x.start("graph", "defaultedgetype", "undirected", "mode", "static");
            x.start("attributes", "class", "node", "mode", "static");
            x.empty("attribute", "id", "community", "title", "community", "type", "integer");
            x.empty("attribute", "id", "coordinated", "title", "coordinated", "type", "boolean");
            x.empty("attribute", "id", "actions", "title", "actions", "type", "integer");
            x.empty("attribute", "id", "component", "title", "component", "type", "integer");
            x.end();
            x.start("nodes");
            for (int v = 0; v < n.nodeCount(); v++) {
                String id = r.accountId(n.rank(v));
                x.start("node", "id", id, "label", id);
                x.start("attvalues");
                x.empty("attvalue", "for", "community", "value", Integer.toString(r.communities().of(v)));
                x.empty("attvalue", "for", "coordinated", "value", "true");
                x.empty("attvalue", "for", "actions", "value", Integer.toString(r.activity().actions(n.rank(v))));
                x.empty("attvalue", "for", "component", "value", Integer.toString(n.component(v)));
                x.end();
                x.end();
            }
            x.end();
            x.start("edges");
            for (int e = 0; e < n.edgeCount(); e++) {
                x.empty("edge", "id", Integer.toString(e), "source", r.accountId(n.rank(n.edgeA(e))), "target",
                        r.accountId(n.rank(n.edgeB(e))), "weight", OutputFormat.number(n.weight(e)));
            }
            x.end();
            x.end();
            x.end();
            x.finish();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + FILE + ": " + e.getMessage(), e);
        }
    }
}
