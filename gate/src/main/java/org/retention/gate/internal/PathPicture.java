package org.retention.gate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.retention.core.report.LeakRecord;

/**
 * A leak's retention path drawn as an inline SVG: a vertical chain of boxes from the GC root,
 * through each reference, to the retained object (for a growth failure, to where the objects
 * pile up), joined by arrows.
 *
 * <pre>{@code
 * String svg = PathPicture.svg(leak);   // <svg class="path" ...>...</svg>
 * }</pre>
 */
final class PathPicture {
  private static final int BOX_HEIGHT = 30;
  private static final int GAP = 22;
  private static final int MARGIN = 4;
  private static final double CHAR_WIDTH = 7.8;   // 13px monospace
  private static final int MIN_WIDTH = 320;

  private PathPicture() {}

  /** The SVG element for {@code leak}'s path. */
  static String svg(LeakRecord leak) {
    List<Box> boxes = new ArrayList<>();
    boxes.add(new Box("root", "GC root: " + leak.root()));
    leak.path().forEach(step -> boxes.add(new Box("step", step)));
    boxes.add(new Box("object", leak.object()));
    int longest = boxes.stream().mapToInt(box -> box.text().length()).max().orElse(0);
    int width = Math.max(MIN_WIDTH, (int) Math.ceil(longest * CHAR_WIDTH) + 24);
    int height = boxes.size() * BOX_HEIGHT + (boxes.size() - 1) * GAP + 2 * MARGIN;
    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
        "<svg class=\"path\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
            + " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"retention path of leak %s\">%n",
        width + 2 * MARGIN, height, width + 2 * MARGIN, height, leak.fingerprint()));
    int centre = MARGIN + width / 2;
    for (int i = 0; i < boxes.size(); i++) {
      int top = MARGIN + i * (BOX_HEIGHT + GAP);
      Box box = boxes.get(i);
      svg.append(String.format(Locale.ROOT,
          "<g class=\"%s\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\"/>"
              + "<text x=\"%d\" y=\"%d\">%s</text></g>%n",
          box.kind(), MARGIN, top, width, BOX_HEIGHT, MARGIN + 12, top + 20,
          Html.escape(box.text())));
      if (i + 1 < boxes.size()) {
        int from = top + BOX_HEIGHT;
        int to = from + GAP;
        svg.append(String.format(Locale.ROOT,
            "<g class=\"arrow\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
                + "<polygon points=\"%d,%d %d,%d %d,%d\"/></g>%n",
            centre, from, centre, to - 6, centre - 5, to - 7, centre + 5, to - 7, centre, to));
      }
    }
    return svg.append("</svg>").toString();
  }

  private record Box(String kind, String text) {}
}
