package org.retention.gate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.retention.core.explain.SuspectReference;
import org.retention.core.report.LeakRecord;

/**
 * A leak's retention path drawn as an inline SVG: a vertical chain of boxes from the GC root,
 * through each reference, to the retained object (for a growth failure, to where the objects
 * pile up), joined by arrows. The suspect reference, the step to break, is outlined and says
 * what breaking it frees. Written through the page's {@link HtmlWriter}, so no name of the
 * heap can break out of it.
 *
 * <pre>{@code
 * PathPicture.draw(html, leak);   // <svg class="path" ...>...</svg>
 * }</pre>
 */
final class PathPicture {
  private static final int BOX_HEIGHT = 30;
  private static final int GAP = 22;
  private static final int MARGIN = 4;
  private static final double CHAR_WIDTH = 7.8;   // 13px monospace
  private static final int MIN_WIDTH = 320;
  private static final int NOTE_GAP = 3;   // characters between a step and its note

  private PathPicture() {}

  /** The SVG element for {@code leak}'s path, on its own. */
  static String svg(LeakRecord leak) {
    HtmlWriter html = new HtmlWriter();
    draw(html, leak);
    return html.toString();
  }

  /** Writes the SVG element for {@code leak}'s path to {@code html}. */
  static void draw(HtmlWriter html, LeakRecord leak) {
    List<Box> boxes = new ArrayList<>();
    boxes.add(new Box("root", "GC root: " + leak.root(), ""));
    for (int step = 0; step < leak.path().size(); step++) {
      boolean suspect = leak.suspect().map(SuspectReference::step).orElse(-1) == step;
      boxes.add(suspect ? new Box("step suspect", leak.path().get(step),
          breakNote(leak.suspect().get())) : new Box("step", leak.path().get(step), ""));
    }
    boxes.add(new Box("object", leak.object(), ""));
    int longest = boxes.stream().mapToInt(box -> box.text().length()
        + (box.note().isEmpty() ? 0 : box.note().length() + NOTE_GAP)).max().orElse(0);
    int width = Math.max(MIN_WIDTH, (int) Math.ceil(longest * CHAR_WIDTH) + 24);
    int height = boxes.size() * BOX_HEIGHT + (boxes.size() - 1) * GAP + 2 * MARGIN;
    String outer = Integer.toString(width + 2 * MARGIN);
    html.open("svg", "class", "path", "xmlns", "http://www.w3.org/2000/svg", "width", outer,
        "height", Integer.toString(height), "viewBox", "0 0 " + outer + " " + height,
        "role", "img", "aria-label", "retention path of leak " + leak.fingerprint()).newline();
    int centre = MARGIN + width / 2;
    for (int i = 0; i < boxes.size(); i++) {
      int top = MARGIN + i * (BOX_HEIGHT + GAP);
      Box box = boxes.get(i);
      html.open("g", "class", box.kind())
          .empty("rect", "x", number(MARGIN), "y", number(top), "width", number(width),
              "height", number(BOX_HEIGHT), "rx", "6")
          .element("text", box.text(), "x", number(MARGIN + 12), "y", number(top + 20));
      if (!box.note().isEmpty()) {
        html.element("text", box.note(), "class", "note", "x", number(MARGIN + 12
            + (int) Math.ceil((box.text().length() + NOTE_GAP) * CHAR_WIDTH)), "y",
            number(top + 20));
      }
      html.close("g").newline();
      if (i + 1 < boxes.size()) {
        int from = top + BOX_HEIGHT;
        int to = from + GAP;
        html.open("g", "class", "arrow")
            .empty("line", "x1", number(centre), "y1", number(from), "x2", number(centre),
                "y2", number(to - 6))
            .empty("polygon", "points", (centre - 5) + "," + (to - 7) + " " + (centre + 5) + ","
                + (to - 7) + " " + centre + "," + to)
            .close("g").newline();
      }
    }
    html.close("svg");
  }

  private static String number(int value) {
    return Integer.toString(value);
  }

  /** What the suspect step's box says beside it. */
  static String breakNote(SuspectReference suspect) {
    return suspect.freedBytesKnown()
        ? String.format(Locale.ROOT, "\u2190 break this reference: frees %,d bytes",
            suspect.freedBytes())
        : "\u2190 break this reference";
  }

  /** A box of the chain: its class, its text, and a note beside the text (empty for none). */
  private record Box(String kind, String text, String note) {}
}
