package org.retention.gate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlWriter_escape_Test {

  @Test
  void should_escape_markup_in_text() {
    // GIVEN text that closes the picture and the style and opens a script
    HtmlWriter html = new HtmlWriter();
    // WHEN it is written as text
    html.element("td", "a</svg></style><script>alert('x')</script>&amp;");
    // THEN every character HTML reads as markup is an entity
    assertThat(html.toString()).isEqualTo("<td>a&lt;/svg&gt;&lt;/style&gt;&lt;script&gt;"
        + "alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;</td>");
  }

  @Test
  void should_keep_an_attribute_value_inside_its_quotes() {
    // GIVEN a fingerprint-like value that would add an attribute
    HtmlWriter html = new HtmlWriter();
    // WHEN it is an attribute's value
    html.empty("br", "data-fingerprint", "0123\" onmouseover=\"alert(document.domain)\" x=\"");
    // THEN its quotes are entities: one attribute, no handler
    assertThat(html.toString()).isEqualTo("<br data-fingerprint=\"0123&quot;"
        + " onmouseover=&quot;alert(document.domain)&quot; x=&quot;\">");
  }

  @Test
  void should_show_control_and_bidi_characters() {
    // GIVEN text with an ANSI escape, a line break, a right-to-left override and an isolate
    HtmlWriter html = new HtmlWriter();
    // WHEN it is written
    html.text("red\u001b[31m\nline\u202egnp.exe\u2066x\u2069");
    // THEN each shows as its code, so nothing on the page reads reordered or hidden
    assertThat(html.toString())
        .isEqualTo("red\\u001b[31m\\nline\\u202egnp.exe\\u2066x\\u2069");
  }

  @Test
  void should_self_close_svg_elements_only_inside_an_svg() {
    // GIVEN
    HtmlWriter html = new HtmlWriter();
    // WHEN a void element is written outside and inside an svg
    html.empty("br").open("svg").empty("rect", "x", "1").close("svg");
    // THEN
    assertThat(html.toString()).isEqualTo("<br><svg><rect x=\"1\"/></svg>");
  }

  @Test
  void should_refuse_a_name_that_is_not_ours_and_an_unbalanced_page() {
    assertThatThrownBy(() -> new HtmlWriter().open("td onclick=x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a tag or attribute name: td onclick=x");
    assertThatThrownBy(() -> new HtmlWriter().open("div").close("p"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("closing <p> but <div> is open");
    assertThatThrownBy(() -> new HtmlWriter().open("div").toString())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("<div> is not closed");
  }
}
