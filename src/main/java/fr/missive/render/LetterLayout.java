package fr.missive.render;

/**
 * The geometry of a Missive letter on an A4 portrait sheet, in millimetres from the top-left
 * corner of the sheet, as a French secretary expects it.
 *
 * <p>Recipient window: a DL (110 × 220 mm) envelope with its window on the right. The usual
 * French window is 45 mm high and 100 mm wide, 20 mm from the envelope's right edge and 15 mm
 * from its bottom edge (window sizes are given height first, then position from the left and
 * from the bottom: see http://www.response-envelope.com/windows.htm). An A4 sheet folded in
 * three (99 mm panels) sits in the envelope so that this window shows the sheet's area about
 * 100 mm from its left edge and 45 mm from its top, which is also where French letter
 * templates put the address block (the German DIN 5008 field is likewise 45 mm from the top,
 * https://swspedia.atlassian.net/wiki/pages/viewpage.action?pageId=903720867). The address is
 * printed with a 10 mm inset so that it stays visible when the sheet shifts in the envelope.
 */
public final class LetterLayout {

    public static final float PAGE_WIDTH_MM = 210f;
    public static final float PAGE_HEIGHT_MM = 297f;

    public static final float MARGIN_LEFT_MM = 25f;
    public static final float MARGIN_RIGHT_MM = 20f;
    public static final float MARGIN_TOP_MM = 20f;
    public static final float MARGIN_BOTTOM_MM = 22f;

    public static final float WINDOW_LEFT_MM = 100f;
    public static final float WINDOW_TOP_MM = 45f;
    public static final float WINDOW_WIDTH_MM = 100f;
    public static final float WINDOW_HEIGHT_MM = 45f;
    public static final float WINDOW_INSET_MM = 10f;

    /** The first fold of a sheet folded in three: the letter's text starts below it. */
    public static final float FIRST_FOLD_MM = 99f;

    private LetterLayout() {
    }

    public static float pt(float mm) {
        return mm * 72f / 25.4f;
    }
}
