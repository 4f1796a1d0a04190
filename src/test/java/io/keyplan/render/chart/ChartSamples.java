package io.keyplan.render.chart;

import io.keyplan.model.Attitude;
import io.keyplan.model.Band;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Sample inputs shared by the tests and the visual preview. */
final class ChartSamples {
    static final Locale LOCALE = Locale.ENGLISH;
    static final Function<Double, String> MONEY = v -> {
        NumberFormat f = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        return "\u20ac" + f.format(Math.round(v / 1000.0)) + "k";
    };

    private ChartSamples() {}

    static MatrixChart.Labels matrixLabels() {
        return new MatrixChart.Labels(
                "Portfolio matrix",
                null,
                "Our position",
                "Customer attractiveness",
                "high",
                "low",
                new MatrixChart.Quadrant("Strategic", "invest for growth"),
                new MatrixChart.Quadrant("Star", "invest selectively"),
                new MatrixChart.Quadrant("Status", "maintain"),
                new MatrixChart.Quadrant("Streamline", "manage for profit"),
                "bubble area = current revenue",
                "position derived from relationship stage",
                "no current revenue");
    }

    static MatrixChart.Input matrix() {
        return new MatrixChart.Input(
                "portfolio-matrix",
                matrixLabels(),
                5.5,
                LOCALE,
                List.of(
                        point(
                                "Acme <Holdings> & \"Sons\"",
                                "../accounts/acme/index.html",
                                8.2,
                                8.5,
                                4_000_000.0,
                                false),
                        point("Globex", "../accounts/globex/index.html", 3.0, 7.9, 1_000_000.0, false),
                        point("Initech", "../accounts/initech/index.html", 7.9, 8.1, 250_000.0, false),
                        point("Umbrella Corporation", "../accounts/umbrella/index.html", 6.0, 3.2, 640_000.0, true),
                        point("Hooli", "../accounts/hooli/index.html", 2.2, 2.0, null, false),
                        point("Stark Industries", "../accounts/stark/index.html", 8.0, 7.6, 90_000.0, false),
                        point("Wayne Enterprises", "../accounts/wayne/index.html", 10.0, 1.0, 2_000_000.0, false)));
    }

    /** 40 accounts with close scores around the threshold, long names and similar revenues. */
    static MatrixChart.Input crowdedMatrix() {
        List<MatrixChart.Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            points.add(point(
                    "Crowded Account Number " + i + " GmbH",
                    "../accounts/c" + i + "/index.html",
                    4.6 + (i % 8) * 0.25,
                    4.8 + (i / 8) * 0.3,
                    100_000.0 + i * 7_000,
                    i % 5 == 0));
        }
        return new MatrixChart.Input("crowded", matrixLabels(), 5.5, LOCALE, points);
    }

    static MatrixChart.Point point(String name, String href, double pos, double attr, Double revenue, boolean derived) {
        return new MatrixChart.Point(
                name, href, pos, attr, revenue, revenue == null ? null : MONEY.apply(revenue), derived);
    }

    static WhaleCurve.Input whale() {
        return new WhaleCurve.Input(
                "whale",
                new WhaleCurve.Labels(
                        "Whale curve",
                        null,
                        "Cumulative % of accounts",
                        "Cumulative % of profit",
                        "Top 20 %",
                        "Other profitable",
                        "Loss-making"),
                LOCALE,
                List.of(
                        new WhaleCurve.Point("Acme", 12.5, 70, WhaleCurve.PointClass.TOP),
                        new WhaleCurve.Point("Globex", 25, 105, WhaleCurve.PointClass.PROFITABLE),
                        new WhaleCurve.Point("Initech", 37.5, 125, WhaleCurve.PointClass.PROFITABLE),
                        new WhaleCurve.Point("Stark", 50, 135, WhaleCurve.PointClass.PROFITABLE),
                        new WhaleCurve.Point("Wayne", 62.5, 138, WhaleCurve.PointClass.PROFITABLE),
                        new WhaleCurve.Point("Hooli", 75, 130, WhaleCurve.PointClass.LOSS),
                        new WhaleCurve.Point("Umbrella", 87.5, 118, WhaleCurve.PointClass.LOSS),
                        new WhaleCurve.Point("Cyberdyne <Systems>", 100, 100, WhaleCurve.PointClass.LOSS)));
    }

    static Pyramid.Input pyramid() {
        return new Pyramid.Input(
                "pyramid",
                new Pyramid.Labels("Customer pyramid", null, n -> n + (n == 1 ? " account" : " accounts"), "of profit"),
                LOCALE,
                List.of(
                        new Pyramid.Level(Pyramid.Tier.PLATINUM, "Platinum", 1, 52.0),
                        new Pyramid.Level(Pyramid.Tier.GOLD, "Gold", 2, 33.0),
                        new Pyramid.Level(Pyramid.Tier.IRON, "Iron", 2, 15.0),
                        new Pyramid.Level(Pyramid.Tier.LEAD, "Lead", 3, -38.0)));
    }

    static RevenueChart.Input revenue() {
        return new RevenueChart.Input(
                "revenue",
                new RevenueChart.Labels("Revenue", null, "Actual", "Forecast"),
                MONEY,
                List.of(
                        new RevenueChart.Bar("2022", 1_150_000.0, false),
                        new RevenueChart.Bar("2023", 1_320_000.0, false),
                        new RevenueChart.Bar("2024", null, false),
                        new RevenueChart.Bar("2025", 1_610_000.0, false),
                        new RevenueChart.Bar("2026 target", 1_800_000.0, true),
                        new RevenueChart.Bar("2027", 2_050_000.0, true),
                        new RevenueChart.Bar("2028", 2_300_000.0, true),
                        new RevenueChart.Bar("2029", 2_500_000.0, true)));
    }

    static Organigram.Input organigram() {
        return new Organigram.Input(
                "key-players",
                "Key players",
                null,
                List.of(
                        node(
                                "ceo",
                                "Anna <CEO> de Vries",
                                "Chief Executive Officer",
                                Attitude.SUPPORTER,
                                "Sponsor",
                                null),
                        node("cfo", "Bernd Müller", "CFO", Attitude.CRITIC, "Economic buyer", "ceo"),
                        node("cto", "Carla Jansen", "CTO", Attitude.CHAMPION, "Technical buyer", "ceo"),
                        node("coo", "Dirk Smit", "COO", Attitude.NEUTRAL, "User buyer", "ceo"),
                        node("ctl", "Eva Bakker", "Controller", Attitude.OPPONENT, "Influencer", "cfo"),
                        node(
                                "arch",
                                "Frank O'Neill & Partners",
                                "Lead architect with a very long job title",
                                Attitude.CHAMPION,
                                "Coach",
                                "cto"),
                        node("dev", "Gina Rossi", "Head of development", null, "User", "cto"),
                        node("ops", "Hans Peters", "Operations manager", Attitude.SUPPORTER, "User", "coo"),
                        node(
                                "pur",
                                "Ingrid Berg",
                                "Purchasing (other division)",
                                Attitude.NEUTRAL,
                                "Gatekeeper",
                                null)));
    }

    static Organigram.Node node(String id, String name, String title, Attitude a, String role, String parent) {
        String label = a == null
                ? null
                : a.code().substring(0, 1).toUpperCase(Locale.ROOT) + a.code().substring(1);
        return new Organigram.Node(id, name, title, label, a, role, parent);
    }

    static BandBar.Input band(Band computed, Band self) {
        return new BandBar.Input(
                "band-" + (computed == null ? "none" : computed.code()) + "-" + (self == null ? "none" : self.code()),
                "Key players: " + (computed == null ? "-" : computed.code()) + " % complete",
                computed,
                self);
    }
}
