package fr.missive.ui.letters;

import java.awt.Dimension;

/**
 * How large the preview draws a page: as wide as the view, whole in the view, or at a percentage
 * of its printed size (100 % is the sheet's real size on a screen of 96 pixels per inch, as word
 * processors count). + and − step through the usual percentages from what is shown, whatever
 * the mode, so that zooming in from "fit page" goes to the next size up, not back to 100 %.
 */
final class PreviewZoom {

    enum Mode { FIT_WIDTH, FIT_PAGE, PERCENT }

    static final int[] STEPS = {25, 33, 50, 67, 75, 90, 100, 110, 125, 150, 175, 200, 250, 300};
    private static final double PIXELS_PER_POINT = 96.0 / 72.0;

    private Mode mode = Mode.FIT_WIDTH;
    private int percent = 100;

    Mode mode() {
        return mode;
    }

    void fitWidth() {
        mode = Mode.FIT_WIDTH;
    }

    void fitPage() {
        mode = Mode.FIT_PAGE;
    }

    void actualSize() {
        mode = Mode.PERCENT;
        percent = 100;
    }

    /** One step larger than {@code shown}, the percentage on the screen now. */
    void zoomIn(int shown) {
        mode = Mode.PERCENT;
        percent = STEPS[STEPS.length - 1];
        for (int step : STEPS) {
            if (step > shown) {
                percent = step;
                return;
            }
        }
    }

    /** One step smaller than {@code shown}. */
    void zoomOut(int shown) {
        mode = Mode.PERCENT;
        percent = STEPS[0];
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < shown) {
                percent = STEPS[i];
                return;
            }
        }
    }

    boolean canZoomIn(int shown) {
        return shown < STEPS[STEPS.length - 1];
    }

    boolean canZoomOut(int shown) {
        return shown > STEPS[0];
    }

    /**
     * The page's size on the screen, in pixels, for a page of {@code pointsWide} × {@code pointsHigh}
     * (1/72 inch) and room of {@code roomWide} × {@code roomHigh} pixels; never under 40 pixels wide.
     */
    Dimension pageSize(double pointsWide, double pointsHigh, int roomWide, int roomHigh) {
        double scale = switch (mode) {
            case FIT_WIDTH -> roomWide / pointsWide;
            case FIT_PAGE -> Math.min(roomWide / pointsWide, roomHigh / pointsHigh);
            case PERCENT -> PIXELS_PER_POINT * percent / 100.0;
        };
        int wide = Math.max(40, (int) Math.round(pointsWide * scale));
        return new Dimension(wide, (int) Math.round(wide * pointsHigh / pointsWide));
    }

    /** The percentage a page drawn {@code pixelsWide} wide is shown at. */
    static int percentShown(double pointsWide, int pixelsWide) {
        return (int) Math.round(100.0 * pixelsWide / (pointsWide * PIXELS_PER_POINT));
    }
}
