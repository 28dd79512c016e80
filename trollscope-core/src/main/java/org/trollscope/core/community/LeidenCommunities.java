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
 * Edge arrays are passed sorted, each undirected edge once.
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
        int m = network.edgeCount();
        int[] from = new int[m];
        int[] to = new int[m];
        LargeDoubleArray w = new LargeDoubleArray(m);
        for (int e = 0; e < m; e++) {
            from[e] = network.edgeA(e);
            to[e] = network.edgeB(e);
            w.set(e, network.weight(e));
        }
        Network net = new Network(n, true, new LargeIntArray[] {new LargeIntArray(from), new LargeIntArray(to)}, w, true,
                false);
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
