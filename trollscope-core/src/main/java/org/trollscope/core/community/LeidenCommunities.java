package org.trollscope.core.community;

import java.util.Arrays;
import java.util.Random;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;
import org.trollscope.core.network.AccountNetwork;

/**
 * Communities of the account network by the Leiden algorithm (Traag, Waltman &amp; van Eck,
 * Scientific Reports 9, 2019) maximising modularity, with CWTS's reference implementation
 * (nl.cwts:networkanalysis): node weights = strengths, CPM resolution γ / 2m, which is modularity.
 * The symmetric edge arrays are built here, already sorted (O(V + E)), so the library does not sort.
 *
 * <p>O(iterations · E) in practice. Deterministic for a seed: the node order is the account order.
 */
public final class LeidenCommunities {
    private LeidenCommunities() {
    }

    public static Communities detect(AccountNetwork network, CommunityParameters p) {
        int n = network.nodeCount();
        if (n == 0) {
            return new Communities(new int[0], new int[0], 0);
        }
        Network net = new Network(n, true, symmetricSortedEdges(network), edgeWeights(network), true, false);
        double resolution = p.resolution() / (2 * net.getTotalEdgeWeight() + net.getTotalEdgeWeightSelfLinks());
        LeidenAlgorithm leiden = new LeidenAlgorithm(resolution, p.iterations(), LeidenAlgorithm.DEFAULT_RANDOMNESS,
                new Random(p.seed()));
        Clustering clustering = new Clustering(n);
        leiden.improveClustering(net, clustering); // runs p.iterations() Leiden iterations
        double quality = leiden.calcQuality(net, clustering);
        int[] label = clustering.getClusters();
        int[] sizeOfLabel = new int[n];
        for (int v : label) {
            sizeOfLabel[v]++;
        }
        int[] community = renumber(label, sizeOfLabel);
        int count = 0;
        for (int c : community) {
            count = Math.max(count, c + 1);
        }
        int[] size = new int[count];
        for (int c : community) {
            size[c]++;
        }
        return new Communities(community, size, quality);
    }

    /**
     * Both directions of every edge, sorted by (from, to), the layout the library takes as is with
     * {@code sortedEdges = true}: for node v its smaller neighbours (edges (u, v) arrive in u order)
     * then its larger ones (edges (v, w) arrive in w order). O(V + E).
     */
    private static LargeIntArray[] symmetricSortedEdges(AccountNetwork g) {
        int n = g.nodeCount();
        int m = g.edgeCount();
        int[] start = new int[n + 1];
        int[] smaller = new int[n];
        for (int e = 0; e < m; e++) {
            start[g.edgeA(e) + 1]++;
            start[g.edgeB(e) + 1]++;
            smaller[g.edgeB(e)]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] lowFill = Arrays.copyOf(start, n);
        int[] highFill = new int[n];
        for (int v = 0; v < n; v++) {
            highFill[v] = start[v] + smaller[v];
        }
        int[] from = new int[2 * m];
        int[] to = new int[2 * m];
        for (int e = 0; e < m; e++) {
            int a = g.edgeA(e);
            int b = g.edgeB(e);
            int i = lowFill[b]++;
            from[i] = b;
            to[i] = a;
            int j = highFill[a]++;
            from[j] = a;
            to[j] = b;
        }
        return new LargeIntArray[] {new LargeIntArray(from), new LargeIntArray(to)};
    }

    private static LargeDoubleArray edgeWeights(AccountNetwork g) {
        int n = g.nodeCount();
        int m = g.edgeCount();
        int[] start = new int[n + 1];
        int[] smaller = new int[n];
        for (int e = 0; e < m; e++) {
            start[g.edgeA(e) + 1]++;
            start[g.edgeB(e) + 1]++;
            smaller[g.edgeB(e)]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] lowFill = Arrays.copyOf(start, n);
        int[] highFill = new int[n];
        for (int v = 0; v < n; v++) {
            highFill[v] = start[v] + smaller[v];
        }
        LargeDoubleArray w = new LargeDoubleArray(2L * m);
        for (int e = 0; e < m; e++) {
            w.set(lowFill[g.edgeB(e)]++, g.weight(e));
            w.set(highFill[g.edgeA(e)]++, g.weight(e));
        }
        return w;
    }

    private static int[] renumber(int[] label, int[] sizeOfLabel) {
        int n = label.length;
        int[] smallest = new int[n];
        Arrays.fill(smallest, Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            smallest[label[i]] = Math.min(smallest[label[i]], i);
        }
        Integer[] labels = Arrays.stream(label).distinct().boxed().toArray(Integer[]::new);
        Arrays.sort(labels, (x, y) -> sizeOfLabel[x] != sizeOfLabel[y]
                ? Integer.compare(sizeOfLabel[y], sizeOfLabel[x]) : Integer.compare(smallest[x], smallest[y]));
        int[] number = new int[n];
        for (int k = 0; k < labels.length; k++) {
            number[labels[k]] = k;
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = number[label[i]];
        }
        return out;
    }
}
