package org.trollscope.io.report;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trollscope.core.privacy.Pseudonyms;

/**
 * Replaces account ids and handles in a finished case file with short stable tokens for
 * publication. A token is {@link Pseudonyms#token} ({@code "p"} and the first 16 hex digits of
 * HMAC-SHA256 keyed with the salt), the same token {@code trollscope detect --pseudonymize SALT}
 * gives an account in every output; detect pseudonymises the log itself
 * ({@link org.trollscope.core.privacy.PseudonymousLog}) and does not need this class, which serves
 * case files built by other means.
 *
 * <p>{@link #apply(CaseFile)} rewrites a whole case file: every account gets one token (that of its
 * id) used as its id and its handle; {@code @handle} mentions of known accounts in texts and
 * signals, score reasons and the operation map are replaced too (targets there as values, their
 * owners as accounts); links to posts and profiles are removed because their URLs name the
 * account. Free text can still identify people in other ways (names, quotes), so a pseudonymised
 * report must still be read before publication. Cost: one HMAC per distinct value; not
 * thread-safe.
 */
public final class Pseudonymizer {
    private static final Pattern MENTION = Pattern.compile("@([\\p{L}\\p{N}_]+)");
    private final Pseudonyms pseudonyms;

    public Pseudonymizer(String salt) {
        pseudonyms = new Pseudonyms(salt);
    }

    /** The token of one value, e.g. {@code p3f9a0c1b2d4e5f60}. */
    public String token(String value) {
        return pseudonyms.token(value);
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
                        e.weight(), e.methods(), e.qValue())).toList(),
                c.network().note());
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
            AccountScore score = a.score() == null ? null : new AccountScore(a.score().score(),
                    a.score().components(), a.score().reasons().stream().map(accounts::text).toList());
            return new AccountCard(t, t, a.platform(), null, a.created(), a.followers(), a.community(),
                    a.coordinated(), a.signals().stream().map(accounts::text).toList(),
                    ranked(a.topTargets(), accounts), score);
        }).toList();
        return new CaseFile(c.summary(), network, c.timeline(), c.hourOfWeek(), communities, cards,
                operation(c.operation(), accounts), c.provenance());
    }

    /** The operation map with every account replaced, targets treated as values. */
    private static OperationSection operation(OperationSection o, Accounts accounts) {
        if (o == null) {
            return null;
        }
        return new OperationSection(o.actions(), o.coordinatedActions(), o.days(),
                o.operators().stream().map(x -> new OperatorRow(x.id(), x.accounts().stream().map(accounts::account)
                        .toList(), x.confidence(), x.handOffs(), x.sharedEpisodes(), x.sameBatch(), x.team(),
                        x.handlePattern())).toList(),
                o.teams().stream().map(x -> new TeamRow(x.id(), x.accounts().stream().map(accounts::account).toList(),
                        x.operators(), x.episodes(), x.leader() == null ? null : accounts.account(x.leader()), x.led(), x.ledByChance()))
                        .toList(),
                o.targets().stream().map(x -> new TargetRow(accounts.value(x.target()),
                        x.targetAccount() == null ? null : accounts.account(x.targetAccount()), x.coordinatedAccounts(),
                        x.coordinatedActions(), x.actions(), x.episodes())).toList(),
                o.targetCount(),
                o.episodes().stream().map(x -> new EpisodeRow(x.id(), accounts.value(x.target()), x.start(), x.end(),
                        x.accounts(), x.actions(), accounts.account(x.firstAccount()), x.cue())).toList(),
                o.episodeCount(),
                o.cues().stream().map(x -> new CueRow(x.id(), x.time(), x.end(), x.accounts(), x.actions(),
                        x.targets().stream().map(accounts::value).toList(), x.events())).toList(),
                o.events(), o.signals(), o.scoring(), o.topOther().stream().map(accounts::account).toList());
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
