package org.trollscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trollscope.core.privacy.Pseudonyms;

/** {@code detect --pseudonymize SALT}: no account id, handle, name or action id of the input in any output. */
class PseudonymizeTest {
    /**
     * kappa_01, lambda_02 and sigma_03 share posts p1 and p2 of zeta_99 (@news_desk_x) 10 s apart,
     * and post texts naming each other; a reply of kappa_01 to lambda_02 links to lambda's profile.
     */
    static final String ACTIONS = """
            action_id,platform,account_id,action_type,target_id,target_account_id,text,urls,hashtags,created_at
            act-k1,twitter,kappa_01,share,p1,zeta_99,RT @news_desk_x: vote now,,harbour,2024-03-01T10:00:00Z
            act-l1,twitter,lambda_02,share,p1,zeta_99,RT @news_desk_x: vote now,,harbour,2024-03-01T10:00:10Z
            act-s1,twitter,sigma_03,share,p1,zeta_99,RT @news_desk_x: vote now,,harbour,2024-03-01T10:00:20Z
            act-k2,twitter,kappa_01,share,p2,zeta_99,RT @News_Desk_X: again,,,2024-03-01T11:00:00Z
            act-l2,twitter,lambda_02,share,p2,zeta_99,RT @news_desk_x: again,,,2024-03-01T11:00:10Z
            act-s2,twitter,sigma_03,share,p2,zeta_99,RT @news_desk_x: again,,,2024-03-01T11:00:20Z
            act-k3,twitter,kappa_01,reply,act-l1,lambda_02,"@night_owl agreed, see https://x.com/night_owl/status/9",https://x.com/night_owl/status/9,,2024-03-01T12:00:00Z
            """;
    static final String ACCOUNTS = """
            account_id,platform,handle,display_name,created_at,followers,following,bio,avatar
            kappa_01,twitter,harbour_voice,Harbour Voice,2024-02-28T00:00:00Z,12,40,Proud citizen of Portville,kappa-face.png
            lambda_02,twitter,night_owl,Night Owl,,,,,
            sigma_03,twitter,quiet_kate,Quiet Kate,,,,,
            zeta_99,twitter,news_desk_x,News Desk,,,,,
            """;
    static final List<String> SECRETS = List.of("kappa_01", "lambda_02", "sigma_03", "zeta_99", "harbour_voice",
            "night_owl", "quiet_kate", "news_desk_x", "Harbour Voice", "Night Owl", "Quiet Kate", "News Desk",
            "Portville", "kappa-face", "act-k1", "act-l2", "act-k3");

    static Path write(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    static CliRun detect(Path dir, String out, String... more) throws IOException {
        Path actions = write(dir, "actions.csv", ACTIONS);
        Path accounts = write(dir, "profiles.csv", ACCOUNTS);
        List<String> args = new java.util.ArrayList<>(List.of("detect", actions.toString(), "--accounts",
                accounts.toString(), "--out", dir.resolve(out).toString(), "--min-participation", "1",
                "--threshold", "count", "--window", "60s"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void noIdHandleNameOrActionIdOfTheInputAppearsInAnyOutputFile(@TempDir Path dir) throws IOException {
        CliRun r = detect(dir, "out", "--pseudonymize", "s3cret");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir.resolve("out"))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        // every file detect writes, whatever it is called: checked all the same
        assertThat(files).extracting(f -> f.getFileName().toString())
                .contains("accounts.csv", "edges.csv", "evidence.csv", "communities.csv", "network.gexf",
                        "network.graphml", "run.json", "report.html");
        for (Path f : files) {
            String text = read(f).toLowerCase(Locale.ROOT);
            for (String secret : SECRETS) {
                assertThat(text).as(f.getFileName() + " must not contain " + secret)
                        .doesNotContain(secret.toLowerCase(Locale.ROOT));
            }
        }
        // the three sharers are linked, named by the tokens of their ids; objects stay readable
        Pseudonyms p = new Pseudonyms("s3cret");
        String edges = read(dir.resolve("out/edges.csv"));
        assertThat(edges).contains(p.token("kappa_01"), p.token("lambda_02"), p.token("sigma_03"));
        assertThat(read(dir.resolve("out/evidence.csv"))).contains(",p1,").contains(",harbour,");
        assertThat(read(dir.resolve("out/report.html"))).contains("yes: account ids, handles and names are salted tokens");
        assertThat(r.out()).doesNotContain("kappa_01");
    }

    @Test
    void theSameSaltGivesTheSameTokensAndAnotherSaltOthers(@TempDir Path dir) throws IOException {
        assertThat(detect(dir, "one", "--pseudonymize", "s3cret").exitCode()).isZero();
        assertThat(detect(dir, "two", "--pseudonymize", "s3cret").exitCode()).isZero();
        assertThat(detect(dir, "other", "--pseudonymize", "pepper").exitCode()).isZero();
        for (String f : List.of("accounts.csv", "edges.csv", "evidence.csv", "network.gexf", "report.html")) {
            assertThat(read(dir.resolve("two").resolve(f))).as(f).isEqualTo(read(dir.resolve("one").resolve(f)));
        }
        assertThat(read(dir.resolve("other/accounts.csv"))).isNotEqualTo(read(dir.resolve("one/accounts.csv")));
        assertThat(read(dir.resolve("other/accounts.csv"))).contains(new Pseudonyms("pepper").token("kappa_01"));
    }

    @Test
    void withoutTheOptionTheOutputsNameTheAccounts(@TempDir Path dir) throws IOException {
        // the check above is only meaningful if the plain run does write these names
        assertThat(detect(dir, "plain").exitCode()).isZero();
        assertThat(read(dir.resolve("plain/accounts.csv"))).contains("kappa_01", "harbour_voice");
        assertThat(read(dir.resolve("plain/report.html"))).contains("harbour_voice");
    }

    @Test
    void rejectedRowsMayNotBeWrittenIntoAPseudonymisedOutputDirectory(@TempDir Path dir) throws IOException {
        CliRun r = detect(dir, "out", "--pseudonymize", "s3cret", "--on-error", "skip");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("--rejects FILE outside the output directory");
        CliRun ok = detect(dir, "out", "--pseudonymize", "s3cret", "--on-error", "skip", "--rejects",
                dir.resolve("private-rejects.csv").toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
    }
}
