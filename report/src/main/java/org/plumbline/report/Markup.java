package org.plumbline.report;

/**
 * Escaping for XML-compatible markup (the HTML page is written so that it also parses as XML, and
 * the KML is XML): the five predefined entities, and characters that XML 1.0 does not allow
 * (controls other than tab and line breaks, lone surrogates) replaced by U+FFFD.
 */
final class Markup {
    private Markup() {
    }

    /** Text content or an attribute value (quotes escaped too), safe in either place. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        append(b, s);
        return b.toString();
    }

    /** Appends s escaped. */
    static void append(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        b.append('\uFFFD');
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            b.append(c).append(s.charAt(++i));
                        } else {
                            b.append('\uFFFD');
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
    }

    /**
     * A fragment usable in an {@code id} attribute and a URL fragment: lower-case letters, digits and
     * hyphens of s, prefixed to keep ids unique ({@code prefix} should already be unique).
     */
    static String id(String prefix, String s) {
        StringBuilder b = new StringBuilder(prefix);
        boolean hyphen = true;
        for (int i = 0; i < s.length() && b.length() < prefix.length() + 48; i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (hyphen && b.length() > 0) {
                    b.append('-');
                }
                b.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return b.toString();
    }
}
