package org.retention.gate.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * The one writer of HTML and inline SVG: tags and attribute names are ours, and every text and
 * attribute value it is given comes out inert, whatever it holds. Values are escaped ({@code & <
 * > " '}), so no {@code </svg>}, {@code </style>} or {@code <script} of a check name can close or
 * open anything; control characters, line breaks and bidirectional overrides are shown as {@code
 * \\uXXXX} ({@link Console#visible}), so no text can reorder or hide what follows it. Markup that
 * is not escaped ({@link #constant}) is only ever a constant of this package.
 *
 * <pre>{@code
 * HtmlWriter html = new HtmlWriter();
 * html.open("td", "class", "name").text(check.name()).close("td");
 * html.element("a", "3 new leaks", "href", "#new-leaks");
 * String page = html.toString();
 * }</pre>
 */
final class HtmlWriter {
  /** Names of tags and attributes: ours, so a plain lowercase word (SVG's camelCase included). */
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");

  private final StringBuilder html = new StringBuilder(4096);
  private final Deque<String> opened = new ArrayDeque<>();

  /** Opens {@code tag} with attributes given as name, value pairs; every value is escaped. */
  HtmlWriter open(String tag, String... attributes) {
    start(tag, attributes);
    html.append('>');
    opened.push(tag);
    return this;
  }

  /** Closes {@code tag}, the innermost one open: a page is well formed by construction. */
  HtmlWriter close(String tag) {
    String innermost = opened.poll();
    if (!tag.equals(innermost)) {
      throw new IllegalStateException("closing <" + tag + "> but <" + innermost + "> is open");
    }
    html.append("</").append(tag).append('>');
    return this;
  }

  /** {@code <tag ...>text</tag>}. */
  HtmlWriter element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** A void element such as {@code <br>}, or a self-closed SVG one such as {@code <rect .../>}. */
  HtmlWriter empty(String tag, String... attributes) {
    start(tag, attributes);
    html.append(opened.contains("svg") ? "/>" : ">");
    return this;
  }

  /** Text, escaped. */
  HtmlWriter text(String text) {
    escape(text, html);
    return this;
  }

  /** A line break in the markup (not on the page), to keep the file readable. */
  HtmlWriter newline() {
    html.append('\n');
    return this;
  }

  /** Markup of our own, written as it is: only ever a constant such as the style sheet. */
  HtmlWriter constant(String markup) {
    html.append(markup);
    return this;
  }

  /** The markup written so far; every element opened is closed. */
  @Override
  public String toString() {
    if (!opened.isEmpty()) {
      throw new IllegalStateException("<" + opened.peek() + "> is not closed");
    }
    return html.toString();
  }

  private void start(String tag, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    html.append('<').append(name(tag));
    for (int i = 0; i < attributes.length; i += 2) {
      html.append(' ').append(name(attributes[i])).append("=\"");
      escape(attributes[i + 1], html);
      html.append('"');
    }
  }

  private static String name(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a tag or attribute name: " + name);
    }
    return name;
  }

  /** Appends {@code text} inert: visible controls, HTML's characters as entities. */
  static void escape(String text, StringBuilder to) {
    String visible = Console.visible(text);
    for (int i = 0; i < visible.length(); i++) {
      char c = visible.charAt(i);
      switch (c) {
        case '&' -> to.append("&amp;");
        case '<' -> to.append("&lt;");
        case '>' -> to.append("&gt;");
        case '"' -> to.append("&quot;");
        case '\'' -> to.append("&#39;");
        default -> to.append(c);
      }
    }
  }
}
