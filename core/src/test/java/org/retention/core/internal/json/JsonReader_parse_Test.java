package org.retention.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReader_parse_Test {

  @Test
  void should_read_every_kind_of_value() {
    // WHEN
    Object value = JsonReader.parse(" {\"a\": [1, -2.5e3, true, false, null, \"x\"],\r\n\t"
        + "\"b\": {}, \"c\": [], \"big\": 12345678901234567890} ");
    // THEN
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("a", Arrays.asList(1L, -2500.0, true, false, null, "x"));
    expected.put("b", Map.of());
    expected.put("c", List.of());
    expected.put("big", 1.2345678901234567e19);
    assertThat(value).isEqualTo(expected);
  }

  @Test
  void should_read_back_any_string_the_writer_wrote() {
    // GIVEN every escape, a pair, and lone surrogates in every position
    String text = "\" \\ / \b \f \n \r \t \u0000 \u001f é \uD83D\uDE00 \uD800 x\uDC00 \uDBFF";
    // WHEN
    String json = JsonWriter.write(List.of(text));
    // THEN
    assertThat(JsonReader.parse(json)).isEqualTo(List.of(text));
    assertThat(json).contains("\\ud800", "\\udc00", "\\udbff").contains("\uD83D\uDE00")
        .doesNotContain("\n");
  }

  @Test
  void should_read_unicode_escapes_in_either_case() {
    assertThat(JsonReader.parse("\"\\u00E9\\u00e9\\/\\uD83D\\uDE00\""))
        .isEqualTo("éé/\uD83D\uDE00");
  }

  @Test
  void should_name_line_and_column_of_an_unclosed_string() {
    // WHEN
    Throwable thrown = catchThrowable(() -> JsonReader.parse("[\n\"abc"));
    // THEN
    assertThat(thrown).isInstanceOf(MalformedJsonException.class)
        .hasMessage("line 2 column 5: expected the closing quote of a string but found the end"
            + " of the text");
  }

  @Test
  void should_refuse_what_json_does_not_allow() {
    assertThat(catchThrowable(() -> JsonReader.parse("[1,]")))
        .hasMessage("line 1 column 4: expected a value but found ']'");
    assertThat(catchThrowable(() -> JsonReader.parse("{\"a\": 1} x")))
        .hasMessage("line 1 column 10: expected the end of the text but found 'x'");
    assertThat(catchThrowable(() -> JsonReader.parse("\"tab\there\"")))
        .hasMessage("line 1 column 5: expected a control character to be escaped but found '\\t'");
    assertThat(catchThrowable(() -> JsonReader.parse("\"\\x\"")))
        .hasMessage("line 1 column 3: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u but"
            + " found 'x'");
    assertThat(catchThrowable(() -> JsonReader.parse("\"\\u12g4\"")))
        .hasMessage("line 1 column 6: expected four hex digits after \\u but found 'g'");
    assertThat(catchThrowable(() -> JsonReader.parse("01")))
        .hasMessage("line 1 column 2: expected the end of the text but found '1'");
    assertThat(catchThrowable(() -> JsonReader.parse("-")))
        .hasMessage("line 1 column 2: expected a digit but found the end of the text");
    assertThat(catchThrowable(() -> JsonReader.parse("[".repeat(300))))
        .hasMessage("line 1 column 258: nested deeper than 256 levels but found '['");
    assertThat(catchThrowable(() -> JsonReader.parse("")))
        .hasMessage("line 1 column 1: expected a value but found the end of the text");
  }
}
