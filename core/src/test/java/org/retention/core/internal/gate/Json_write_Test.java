package org.retention.core.internal.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Json_write_Test {

  @Test
  void should_escape_quotes_backslashes_and_control_characters() {
    // WHEN
    String json = Json.write("a \"quoted\" C:\\path\nnext\ttab\u0001 é");
    // THEN
    assertThat(json).isEqualTo("\"a \\\"quoted\\\" C:\\\\path\\nnext\\ttab\\u0001 é\"\n");
  }

  @Test
  void should_write_nested_objects_and_arrays_in_order_with_nulls() {
    // GIVEN
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("b", 1);
    object.put("a", Arrays.asList("x", null, true));
    object.put("empty", List.of());
    // WHEN
    String json = Json.write(object);
    // THEN
    assertThat(json).isEqualTo("{\n  \"b\": 1,\n  \"a\": [\n    \"x\",\n    null,\n    true\n  ],\n"
        + "  \"empty\": []\n}\n");
  }
}
