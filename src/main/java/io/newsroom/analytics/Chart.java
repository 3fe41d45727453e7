package io.newsroom.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart of views by day, with each day's unique visitors as a narrower bar inside, drawn by
 * the page as SVG: its coordinates, computed here. Its table of numbers is shown beside it.
 */
record Chart(int width, int height, long max, List<Bar> bars) {

    static final int WIDTH = 720;
    static final int HEIGHT = 200;

    record Bar(double x, double width, double viewsY, double viewsHeight, double visitorsY, double visitorsHeight) {
    }

    static Chart of(List<AnalyticsLookup.Day> days) {
        long max = Math.max(1, days.stream().mapToLong(AnalyticsLookup.Day::views).max().orElse(1));
        double slot = (double) WIDTH / Math.max(1, days.size());
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < days.size(); i++) {
            var day = days.get(i);
            double views = HEIGHT * (double) day.views() / max;
            double visitors = HEIGHT * (double) Math.min(day.visitors(), max) / max;
            bars.add(new Bar(round(i * slot + slot * 0.1), round(slot * 0.8), round(HEIGHT - views), round(views),
                    round(HEIGHT - visitors), round(visitors)));
        }
        return new Chart(WIDTH, HEIGHT, max, bars);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
