package org.trollscope.core.detect.coaction;

import java.util.Locale;
import java.util.Set;

/**
 * Reduces a link to the form that identifies what it points at, so that two accounts posting the
 * same page with different tracking tags co-act on one object: lower-case scheme and host, no
 * default port, no fragment, no tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}
 * and the like), no trailing slash. Other query parameters keep their order and case: they can
 * select different content. A string without a scheme is treated as host plus path.
 *
 * <p>Pure and thread-safe; O(length).
 */
public final class LinkNormaliser {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid",
            "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "twclid", "ttclid", "si", "mkt_tok", "ref_src", "ref_url");

    private LinkNormaliser() {
    }

    /** The normalised form of a link; blank input gives {@code ""}. */
    public static String normalise(String url) {
        String s = url.strip();
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        String scheme = "";
        int rest = 0;
        int sep = s.indexOf("://");
        if (sep > 0 && isScheme(s, sep)) {
            scheme = s.substring(0, sep).toLowerCase(Locale.ROOT);
            rest = sep + 3;
        }
        int authorityEnd = s.length();
        for (int i = rest; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' || c == '?') {
                authorityEnd = i;
                break;
            }
        }
        String authority = s.substring(rest, authorityEnd).toLowerCase(Locale.ROOT);
        if (("http".equals(scheme) && authority.endsWith(":80")) || ("https".equals(scheme) && authority.endsWith(":443"))) {
            authority = authority.substring(0, authority.lastIndexOf(':'));
        }
        String tail = s.substring(authorityEnd);
        int q = tail.indexOf('?');
        String path = q >= 0 ? tail.substring(0, q) : tail;
        String query = q >= 0 ? tail.substring(q + 1) : "";
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        path = path.substring(0, end);
        StringBuilder out = new StringBuilder(s.length());
        if (!scheme.isEmpty()) {
            out.append(scheme).append("://");
        }
        out.append(authority).append(path);
        boolean first = true;
        for (String param : query.split("&")) {
            if (param.isEmpty() || isTracking(param)) {
                continue;
            }
            out.append(first ? '?' : '&').append(param);
            first = false;
        }
        return out.toString();
    }

    private static boolean isScheme(String s, int end) {
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            boolean ok = Character.isLetter(c) || (i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.'));
            if (!ok || c > 127) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTracking(String param) {
        int eq = param.indexOf('=');
        String name = (eq >= 0 ? param.substring(0, eq) : param).toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING.contains(name);
    }
}
