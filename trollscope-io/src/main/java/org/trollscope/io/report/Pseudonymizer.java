package org.trollscope.io.report;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces account ids and handles with short stable tokens for publication ({@code --pseudonymize
 * SALT}). A token is {@code "p"} followed by the first 12 hex digits (48 bits) of
 * HMAC-SHA256(key = salt, message = value in UTF-8): the same salt and value always give the same
 * token, so tokens join across every output of one run, and without the salt a token cannot be
 * reversed by hashing a list of known handles. Collisions: about n²/2⁴⁹, under 10⁻⁶ for 10⁴ accounts.
 *
 * <p>{@link #apply(CaseFile)} rewrites a whole case file: every account gets one token (that of its
 * id) used as its id and its handle; {@code @handle} mentions of known accounts in texts and
 * signals are replaced too; links to posts and profiles are removed because their URLs name the
 * account. Free text can still identify people in other ways (names, quotes), so a pseudonymised
 * report must still be read before publication. Cost: one HMAC per distinct value; thread-safe
 * only per instance per thread (holds a {@link Mac}).
 */
public final class Pseudonymizer {
    private static final Pattern MENTION = Pattern.compile("@([\\p{L}\\p{N}_]+)");
    private static final int HEX_DIGITS = 12;

    private final Mac mac;

    public Pseudonymizer(String salt) {
        Objects.requireNonNull(salt, "salt");
        if (salt.isEmpty()) {
            throw new IllegalArgumentException("the pseudonymisation salt must not be empty");
        }
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /** The token of one value, e.g. {@code p3f9a0c1b2d4e}. */
    public String token(String value) {
        Objects.requireNonNull(value, "value");
        byte[] h = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder(HEX_DIGITS + 1).append('p');
        for (int i = 0; i < HEX_DIGITS / 2; i++) {
            sb.append(Character.forDigit((h[i] >> 4) & 0xF, 16)).append(Character.forDigit(h[i] & 0xF, 16));
        }
        return sb.toString();
    }

    /** The case file with every account id and handle replaced, see the class note. */
    public CaseFile apply(CaseFile c) {
        Accounts accounts = new Accounts();
        for (AccountCard a : c.accounts()) {
            accounts.add(a.id(), a.handle());
        }
        for (NetworkNode n : c.network().nodes()) {
            accounts.add(n.id(), n.label());
        }
        Network network = new Network(
                c.network().nodes().stream().map(n -> {
                    String t = accounts.account(n.id());
                    return new NetworkNode(t, t, n.community(), n.coordinated(), n.actions(), n.score(), n.x(), n.y());
                }).toList(),
                c.network().edges().stream().map(e -> new NetworkEdge(accounts.account(e.a()), accounts.account(e.b()),
                        e.weight(), e.methods(), e.qValue())).toList());
        List<CommunityCard> communities = c.communities().stream().map(k -> new CommunityCard(k.id(), k.label(),
                k.members().stream().map(accounts::account).toList(),
                ranked(k.topTargets(), accounts), ranked(k.topObjects(), accounts),
                k.evidence().stream().map(p -> new EvidencePair(accounts.account(p.accountA()),
                        accounts.account(p.accountB()), p.method(), accounts.value(p.object()), p.timeA(), p.timeB(),
                        null, null)).toList(),
                k.nearDuplicates().stream().map(p -> new TextPair(accounts.account(p.accountA()),
                        accounts.text(p.textA()), null, accounts.account(p.accountB()), accounts.text(p.textB()), null,
                        p.similarity())).toList())).toList();
        List<AccountCard> cards = c.accounts().stream().map(a -> {
            String t = accounts.account(a.id());
            return new AccountCard(t, t, a.platform(), null, a.created(), a.followers(), a.community(),
                    a.coordinated(), a.signals().stream().map(accounts::text).toList(),
                    ranked(a.topTargets(), accounts));
        }).toList();
        return new CaseFile(c.summary(), network, c.timeline(), c.hourOfWeek(), communities, cards, c.provenance());
    }

    private static List<RankedItem> ranked(List<RankedItem> items, Accounts accounts) {
        return items.stream().map(r -> new RankedItem(accounts.value(r.value()), r.count())).toList();
    }

    /** Known accounts: id → token, handle (lower case, without @) → token of the account's id. */
    private final class Accounts {
        private final Map<String, String> byId = new HashMap<>();
        private final Map<String, String> byHandle = new HashMap<>();

        void add(String id, String handle) {
            String t = byId.computeIfAbsent(id, Pseudonymizer.this::token);
            byHandle.putIfAbsent(handleKey(handle), t);
        }

        /** An account field: a known id or handle, else the token of the value itself. */
        String account(String value) {
            String t = byId.get(value);
            if (t == null) {
                t = byHandle.get(handleKey(value));
            }
            return t != null ? t : byId.computeIfAbsent(value, Pseudonymizer.this::token);
        }

        /**
         * A target or object: replaced when it is a known id or handle (with or without {@code @}),
         * else kept with its mentions replaced.
         */
        String value(String value) {
            String t = byId.get(value);
            if (t == null) {
                t = byHandle.get(handleKey(value));
            }
            return t != null ? t : text(value);
        }

        /** Free text: {@code @handle} mentions of known accounts replaced by {@code @token}. */
        String text(String value) {
            if (value == null || value.indexOf('@') < 0) {
                return value;
            }
            Matcher m = MENTION.matcher(value);
            StringBuilder sb = new StringBuilder(value.length());
            while (m.find()) {
                String t = byHandle.get(handleKey(m.group(1)));
                m.appendReplacement(sb, Matcher.quoteReplacement(t != null ? "@" + t : m.group()));
            }
            m.appendTail(sb);
            return sb.toString();
        }

        private String handleKey(String handle) {
            String h = handle.startsWith("@") ? handle.substring(1) : handle;
            return h.toLowerCase(Locale.ROOT);
        }
    }
}
