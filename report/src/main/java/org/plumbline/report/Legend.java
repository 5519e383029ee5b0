package org.plumbline.report;

/**
 * Legend swatches: small inline SVGs drawn with the same classes as the map, hidden from screen
 * readers (the text beside each says what it is).
 */
final class Legend {
    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"swatch map\" viewBox=\"0 0 36 16\""
            + " width=\"36\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">";
    private static final String CLOSE = "</svg>";

    static final String SITE = OPEN + "<g class=\"sites\"><path d=\"M18,2l6.5,11h-13z\"/></g>" + CLOSE;
    static final String RADAR = OPEN + "<g class=\"radars\"><rect x=\"14.5\" y=\"4.5\" width=\"7\" height=\"7\"/></g>"
            + CLOSE;
    static final String LAUNCH = OPEN + "<g class=\"launch\"><path d=\"M14,4l8,8m0,-8l-8,8\"/></g>" + CLOSE;
    static final String COVERAGE = OPEN + "<g class=\"cov\"><path d=\"M2,14L18,1L34,14Z\"/></g>" + CLOSE;
    static final String TRACK_ALL = OPEN + "<path class=\"trk all lg\" d=\"M2,8H34\"/>" + CLOSE;
    static final String TRACK_SOME = OPEN + "<path class=\"trk some lg\" d=\"M2,8H34\"/>" + CLOSE;
    static final String TRACK_NONE = OPEN + "<path class=\"trk none lg\" d=\"M2,8H34\"/>" + CLOSE;
    static final String TARGET_DEFENDED = OPEN + "<g class=\"targets\"><circle class=\"def\" cx=\"18\" cy=\"8\" r=\"5\"/>"
            + "</g>" + CLOSE;
    static final String TARGET_UNDEFENDED = OPEN + "<g class=\"targets\"><circle class=\"undef\" cx=\"18\" cy=\"8\" "
            + "r=\"5\"/></g>" + CLOSE;
    static final String TARGET_OUT = OPEN + "<g class=\"targets\"><circle class=\"oor\" cx=\"18\" cy=\"8\" r=\"5\"/></g>"
            + CLOSE;
    static final String REGION = OPEN + "<rect class=\"region\" x=\"2\" y=\"2\" width=\"32\" height=\"12\"/>" + CLOSE;

    private Legend() {
    }
}
