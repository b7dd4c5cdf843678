package dev.tandem.reports.html;

import java.util.List;

/** Escaping and the few repeated pieces of markup the report is made of. */
final class HtmlText {

    private HtmlText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An id fragment from free text: "spectral-norm" stays, "cold/hello" becomes "cold-hello". */
    static String slug(String text) {
        String s = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "x" : s;
    }

    /**
     * A chart with its caption. The caption says how to read it: the page must make sense to
     * someone who has not read the lab's code.
     */
    static String figure(String id, String title, String svg, String howToRead) {
        return "<figure class=\"chart\" id=\"" + escape(id) + "\">\n<figcaption><strong>" + escape(title) + "</strong> "
                + "<span class=\"how\">How to read it: " + escape(howToRead) + "</span></figcaption>\n" + svg + "\n</figure>\n";
    }

    /** What stands where a chart would be when there is nothing to draw: never an empty or broken chart. */
    static String notMeasured(String what, String reason) {
        return "<p class=\"not-measured\"><strong>Not measured:</strong> " + escape(what) + " — " + escape(reason) + "</p>\n";
    }

    /** A table; cells are HTML already (escape text before passing it). */
    static String table(String cssClass, List<String> headers, List<List<String>> rows) {
        StringBuilder t = new StringBuilder("<table class=\"" + cssClass + "\">\n<thead><tr>");
        for (String h : headers) t.append("<th>").append(escape(h)).append("</th>");
        t.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            t.append("<tr>");
            for (String cell : row) t.append("<td>").append(cell).append("</td>");
            t.append("</tr>\n");
        }
        return t.append("</tbody>\n</table>\n").toString();
    }
}
