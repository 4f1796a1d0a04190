package io.keyplan.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.analyse.Completeness;
import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.KeyPlayer;
import io.keyplan.model.Portal;
import io.keyplan.model.PortalFile;
import io.keyplan.model.SectionId;
import io.keyplan.model.SourceSpan;
import io.keyplan.model.TeamMember;
import io.keyplan.testing.Records;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticPortfolioTest {

    @TempDir
    Path tmp;

    @Test
    void writesThreeCompletePlansWhoseReferencesResolve() throws IOException {
        SyntheticPortfolio.write(3, tmp);

        Records.fromYaml(PortalFile.class, Files.readString(tmp.resolve("portal.yaml")));
        List<Path> accounts = listSorted(tmp.resolve("accounts"));
        assertEquals(
                List.of("account-00001", "account-00002", "account-00003"),
                accounts.stream().map(p -> p.getFileName().toString()).toList());

        for (Path dir : accounts) {
            AccountPlan plan = Records.plan(Files.readString(dir.resolve("account.yaml"), StandardCharsets.UTF_8));
            assertTrue(Files.readString(dir.resolve("swot.md")).contains("**Customer"), "narrative " + dir);

            assertEquals(6, plan.keyPlayers().size());
            assertEquals(5, plan.opportunities().size());
            assertEquals(8, plan.actions().size());
            assertEquals(3, plan.reviews().size());
            assertEquals(
                    Set.copyOf(SyntheticPortfolio.CRITERIA),
                    plan.selectionScores().keySet());
            assertEquals(Set.of(SectionId.values()), plan.completeness().keySet());
            for (Object section : List.of(
                    plan.overview(),
                    plan.businessAnalysis(),
                    plan.businessReview(),
                    plan.competition(),
                    plan.swot(),
                    plan.ambition(),
                    plan.mission(),
                    plan.strategicFit(),
                    plan.investments(),
                    plan.forecast(),
                    plan.crossSell(),
                    plan.team(),
                    plan.why())) {
                assertNotNull(section, "every section is filled in " + dir);
            }

            Set<String> team =
                    plan.team().members().stream().map(TeamMember::name).collect(Collectors.toSet());
            Set<String> players =
                    plan.keyPlayers().stream().map(KeyPlayer::name).collect(Collectors.toSet());
            assertEquals(6, team.size());
            assertEquals(6, players.size());
            long roots = plan.keyPlayers().stream()
                    .filter(p -> p.reportsTo() == null)
                    .count();
            assertEquals(1, roots, "one top of the organigram");
            for (KeyPlayer p : plan.keyPlayers()) {
                assertTrue(team.contains(p.ourContact()), p.ourContact());
                assertTrue(p.reportsTo() == null || players.contains(p.reportsTo()), p.reportsTo());
            }
            for (TeamMember m : plan.team().members()) {
                assertTrue(players.contains(m.customerContact()), m.customerContact());
            }
            plan.crossSell()
                    .departments()
                    .values()
                    .forEach(cells -> assertTrue(
                            plan.crossSell().products().containsAll(cells.keySet()),
                            cells.keySet().toString()));
            plan.opportunities()
                    .forEach(o -> assertTrue(plan.crossSell().products().contains(o.product())));
            assertTrue(plan.opportunities().stream().anyMatch(o -> o.closeDate().isAfter(SyntheticPortfolio.TODAY)));
        }
    }

    @Test
    void everyPlanIsComputedCompleteAndMatchesItsSelfAssessment() throws IOException {
        SyntheticPortfolio.write(3, tmp);
        Portal portal = Portal.of(
                Records.fromYaml(PortalFile.class, Files.readString(tmp.resolve("portal.yaml"))),
                SyntheticPortfolio.TODAY.getYear());
        for (Path dir : listSorted(tmp.resolve("accounts"))) {
            AccountPlan plan = Records.plan(Files.readString(dir.resolve("account.yaml")));
            Account account = new Account(
                    dir.getFileName().toString(),
                    plan,
                    java.util.Map.of(),
                    List.of(),
                    List.of(),
                    SourceSpan.file(dir.resolve("account.yaml").toString()));
            Completeness c = Completeness.of(account, portal, SyntheticPortfolio.TODAY);
            assertEquals(100.0, c.percent(), 0.001, dir + " " + c);
            assertEquals(List.of(), c.mismatches(), dir.toString());
        }
    }

    @Test
    void sameNumberGivesByteIdenticalFiles() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        SyntheticPortfolio.write(3, a);
        SyntheticPortfolio.write(3, b);

        List<Path> files = filesUnder(a);
        assertEquals(files, filesUnder(b));
        assertEquals(1 + 3 * 2, files.size());
        for (Path rel : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(rel)), Files.readAllBytes(b.resolve(rel)), rel.toString());
        }
    }

    @Test
    void plansDifferBetweenAccounts() throws IOException {
        SyntheticPortfolio.write(2, tmp);
        String one = Files.readString(tmp.resolve("accounts/account-00001/account.yaml"));
        String two = Files.readString(tmp.resolve("accounts/account-00002/account.yaml"));
        assertTrue(!one.equals(two));
    }

    private static List<Path> listSorted(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void generatedPlansPassTheRealLoaderAndValidatorWithoutErrors() {
        SyntheticPortfolio.write(5, tmp);
        io.keyplan.diagnostic.Diagnostics d = new io.keyplan.diagnostic.Diagnostics();
        io.keyplan.model.Content content = new io.keyplan.load.ContentLoader().load(tmp, SyntheticPortfolio.TODAY, d);
        io.keyplan.validate.ContentValidator.validate(content, d);
        assertEquals(
                List.of(),
                d.all().stream()
                        .filter(io.keyplan.diagnostic.Diagnostic::isError)
                        .map(Object::toString)
                        .toList());
        assertEquals(5, content.accounts().size());
    }
}
