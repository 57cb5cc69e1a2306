package io.chunkwise.display;

import java.util.Locale;

/** Escaping and number spelling shared by the HTML and SVG writers (package-private helpers). */
final class Markup {
    /** A non-breaking space as a numeric entity, so that the markup parses as XML. */
    static final String NBSP = "&#160;";

    private Markup() {
    }

    /** Escapes text for an XML/HTML text node or a double-quoted attribute; null becomes "". */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // characters XML 1.0 forbids (control codes other than tab, CR, LF) are dropped
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** A pixel coordinate with at most one decimal, without a trailing ".0" (e.g. 12, 12.5). */
    static String px(double v) {
        long tenths = Math.round(v * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        return String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }
}
