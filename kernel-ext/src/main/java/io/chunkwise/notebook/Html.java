package io.chunkwise.notebook;

import java.util.Base64;

/** Small markup helpers: escaping for text and attributes, and PNG bytes as base64 and as an inline image. */
final class Html {
    private Html() {
    }

    /** {@code s} with the five XML specials escaped numerically; null reads as an empty string. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&#60;");
                case '>' -> out.append("&#62;");
                case '&' -> out.append("&#38;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The bytes as base64, the form Jupyter expects for {@code image/png}. */
    static String base64(byte[] png) {
        return Base64.getEncoder().encodeToString(png);
    }

    /** An {@code <img>} element showing the PNG inline (a data URI), with {@code alt} text. */
    static String img(String base64Png, String alt) {
        return "<img src=\"data:image/png;base64," + base64Png + "\" alt=\"" + escape(alt) + "\"/>";
    }

    /** A muted one-line note, used under tables and images. */
    static String note(String text) {
        return "<div style=\"font-family:sans-serif;font-size:12px;color:#555;margin-top:4px\">" + escape(text)
                + "</div>";
    }
}
