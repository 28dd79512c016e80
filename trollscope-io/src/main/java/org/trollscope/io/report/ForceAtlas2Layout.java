package org.trollscope.io.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Node positions for the report's network, computed when the report is written so the page opens
 * on a finished drawing. ForceAtlas2 (Jacomy, Venturini, Heymann, Bastian 2014, PLoS ONE 9(6)
 * e98679): repulsion k_r·(deg a + 1)(deg b + 1)/d between every two nodes, attraction w·d along
 * every edge, strong gravity k_g·(deg + 1)·d toward the centre (keeps the many small components of
 * a coordination network together), and the paper's adaptive speed (global speed from swinging
 * and traction, capped at +50 % per step; per-node speed damped by its own swinging). Settings as
 * the page's own layout (graphology's inferred settings with strong gravity 0.5): k_r = 10,
 * k_g = 0.5, jitter tolerance 1. Start positions as the page's: communities on a sunflower spiral,
 * members on a small one, largest community in the middle.
 *
 * <p>Cost: exact repulsion, O(V²) per iteration, up to {@link #EXACT_LIMIT} nodes; above that
 * Barnes-Hut on a quadtree (θ = 1.2), O(V log V). 300 iterations up to 2,000 nodes, 100 above (as
 * the page). Deterministic: no randomness, a fixed order of floating-point operations.
 */
final class ForceAtlas2Layout {
    static final int EXACT_LIMIT = 1_000;
    private static final double THETA = 1.2;
    private static final double KS = 0.1;
    private static final double KS_MAX = 10;
    private static final double JITTER_TOLERANCE = 1;
    private static final double SCALING = 10;
    private static final double GRAVITY = 0.5;

    private final int n;
    private final int[] ea;
    private final int[] eb;
    private final double[] ew;
    private final double[] mass;
    private final double kr;
    final double[] x;
    final double[] y;
    private final double[] fx;
    private final double[] fy;
    private final double[] oldFx;
    private final double[] oldFy;
    private double speed = 1;

    private ForceAtlas2Layout(int n, int[] ea, int[] eb, double[] ew, int[] community) {
        this.n = n;
        this.ea = ea;
        this.eb = eb;
        this.ew = ew;
        mass = new double[n];
        Arrays.fill(mass, 1);
        for (int e = 0; e < ea.length; e++) {
            mass[ea[e]]++;
            mass[eb[e]]++;
        }
        kr = SCALING;
        x = new double[n];
        y = new double[n];
        fx = new double[n];
        fy = new double[n];
        oldFx = new double[n];
        oldFy = new double[n];
        start(community);
    }

    /** Iterations the layout runs for a network of {@code n} nodes. */
    static int iterations(int n) {
        return n <= 2_000 ? 300 : 100;
    }

    /**
     * Lays out nodes {@code 0..n-1} with undirected edges {@code ea[i]–eb[i]} of weight {@code ew[i]}.
     *
     * @param community per node, its community (-1 for none): sets the start positions
     * @return {x, y} per node
     */
    static double[][] layout(int n, int[] ea, int[] eb, double[] ew, int[] community) {
        ForceAtlas2Layout l = new ForceAtlas2Layout(n, ea, eb, ew, community);
        int iterations = n < 2 ? 0 : iterations(n);
        for (int i = 0; i < iterations; i++) {
            l.step();
        }
        return new double[][] {l.x, l.y};
    }

    private void start(int[] community) {
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(Math.max(-1, community[i]), k -> new ArrayList<>()).add(i);
        }
        List<Integer> keys = new ArrayList<>(groups.keySet());
        keys.sort((a, b) -> groups.get(a).size() != groups.get(b).size()
                ? Integer.compare(groups.get(b).size(), groups.get(a).size()) : Integer.compare(a, b));
        double golden = Math.PI * (3 - Math.sqrt(5));
        double spacing = 0;
        for (List<Integer> g : groups.values()) {
            spacing = Math.max(spacing, Math.sqrt(g.size()));
        }
        for (int i = 0; i < keys.size(); i++) {
            double r = i == 0 ? 0 : spacing * 2.2 * Math.sqrt(i);
            double cx = r * Math.cos(i * golden);
            double cy = r * Math.sin(i * golden);
            List<Integer> members = groups.get(keys.get(i));
            for (int j = 0; j < members.size(); j++) {
                double rr = Math.sqrt(j + 0.5);
                x[members.get(j)] = cx + rr * Math.cos(j * golden);
                y[members.get(j)] = cy + rr * Math.sin(j * golden);
            }
        }
    }

    private void step() {
        System.arraycopy(fx, 0, oldFx, 0, n);
        System.arraycopy(fy, 0, oldFy, 0, n);
        Arrays.fill(fx, 0);
        Arrays.fill(fy, 0);
        if (n <= EXACT_LIMIT) {
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    double dx = x[a] - x[b];
                    double dy = y[a] - y[b];
                    double d2 = dx * dx + dy * dy;
                    if (d2 > 0) {
                        double f = kr * mass[a] * mass[b] / d2;   // (k_r m_a m_b / d) along the unit vector
                        fx[a] += dx * f;
                        fy[a] += dy * f;
                        fx[b] -= dx * f;
                        fy[b] -= dy * f;
                    }
                }
            }
        } else {
            Cell root = Cell.build(x, y, mass, n);
            for (int a = 0; a < n; a++) {
                root.repel(a, x, y, mass, kr, fx, fy);
            }
        }
        for (int a = 0; a < n; a++) {   // strong gravity: grows with the distance from the centre
            fx[a] -= GRAVITY * mass[a] * x[a];
            fy[a] -= GRAVITY * mass[a] * y[a];
        }
        for (int e = 0; e < ea.length; e++) {
            int a = ea[e];
            int b = eb[e];
            double dx = x[a] - x[b];
            double dy = y[a] - y[b];
            fx[a] -= dx * ew[e];
            fy[a] -= dy * ew[e];
            fx[b] += dx * ew[e];
            fy[b] += dy * ew[e];
        }
        double swinging = 0;
        double traction = 0;
        for (int a = 0; a < n; a++) {
            swinging += mass[a] * Math.hypot(fx[a] - oldFx[a], fy[a] - oldFy[a]);
            traction += mass[a] * Math.hypot(fx[a] + oldFx[a], fy[a] + oldFy[a]) / 2;
        }
        if (swinging > 0) {
            double target = JITTER_TOLERANCE * traction / swinging;
            speed = Math.min(target, speed * 1.5);
        }
        for (int a = 0; a < n; a++) {
            double sw = mass[a] * Math.hypot(fx[a] - oldFx[a], fy[a] - oldFy[a]);
            double s = KS * speed / (1 + speed * Math.sqrt(sw));
            double f = Math.hypot(fx[a], fy[a]);
            if (f > 0) {
                s = Math.min(s, KS_MAX / f);
            }
            x[a] += s * fx[a];
            y[a] += s * fy[a];
        }
    }

    /** A Barnes-Hut quadtree cell: its square, total mass and centre of mass, and a body or four children. */
    private static final class Cell {
        private static final int MAX_DEPTH = 40;
        final double cx;
        final double cy;
        final double size;
        double mass;
        double mx;
        double my;
        int body = -1;
        Cell[] children;

        Cell(double cx, double cy, double size) {
            this.cx = cx;
            this.cy = cy;
            this.size = size;
        }

        static Cell build(double[] x, double[] y, double[] mass, int n) {
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                minX = Math.min(minX, x[i]);
                maxX = Math.max(maxX, x[i]);
                minY = Math.min(minY, y[i]);
                maxY = Math.max(maxY, y[i]);
            }
            double size = Math.max(maxX - minX, maxY - minY) + 1e-9;
            Cell root = new Cell((minX + maxX) / 2, (minY + maxY) / 2, size);
            for (int i = 0; i < n; i++) {
                root.insert(i, x, y, mass, 0);
            }
            return root;
        }

        void insert(int i, double[] x, double[] y, double[] m, int depth) {
            if (mass == 0 && children == null) {
                body = i;
            } else {
                if (children == null) {
                    if (depth >= MAX_DEPTH) {   // coincident points: keep them together in one leaf
                        mx = (mx * mass + x[i] * m[i]) / (mass + m[i]);
                        my = (my * mass + y[i] * m[i]) / (mass + m[i]);
                        mass += m[i];
                        body = -2;
                        return;
                    }
                    children = new Cell[4];
                    int old = body;
                    body = -1;
                    child(x[old], y[old]).insert(old, x, y, m, depth + 1);
                }
                child(x[i], y[i]).insert(i, x, y, m, depth + 1);
            }
            mx = (mx * mass + x[i] * m[i]) / (mass + m[i]);
            my = (my * mass + y[i] * m[i]) / (mass + m[i]);
            mass += m[i];
        }

        private Cell child(double px, double py) {
            int q = (px >= cx ? 1 : 0) + (py >= cy ? 2 : 0);
            if (children[q] == null) {
                double h = size / 4;
                children[q] = new Cell(cx + ((q & 1) == 1 ? h : -h), cy + ((q & 2) == 2 ? h : -h), size / 2);
            }
            return children[q];
        }

        void repel(int a, double[] x, double[] y, double[] m, double kr, double[] fx, double[] fy) {
            if (mass == 0 || body == a) {
                return;
            }
            double dx = x[a] - mx;
            double dy = y[a] - my;
            double d2 = dx * dx + dy * dy;
            if (children == null || size * size < THETA * THETA * d2) {
                if (d2 > 0) {
                    double f = kr * m[a] * mass / d2;
                    fx[a] += dx * f;
                    fy[a] += dy * f;
                }
                return;
            }
            for (Cell c : children) {
                if (c != null) {
                    c.repel(a, x, y, m, kr, fx, fy);
                }
            }
        }
    }
}
