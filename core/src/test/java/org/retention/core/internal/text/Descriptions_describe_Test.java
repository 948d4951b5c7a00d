package org.retention.core.internal.text;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

class Descriptions_describe_Test {

  @Test
  void should_describe_null_as_null() {
    then(Descriptions.describe(null)).isEqualTo("null");
  }

  @Test
  void should_quote_strings_and_other_char_sequences() {
    then(Descriptions.describe("42")).isEqualTo("\"42\"");
    then(Descriptions.describe(new StringBuilder("sb"))).isEqualTo("\"sb\"");
    then(Descriptions.describe(42)).isEqualTo("42");
  }

  @Test
  void should_collapse_whitespace_to_keep_one_line() {
    then(Descriptions.describe("a\n\tb   c")).isEqualTo("\"a b c\"");
  }

  @Test
  void should_keep_a_description_of_exactly_the_maximum_length() {
    // GIVEN
    String text = "x".repeat(Descriptions.MAX_LENGTH - 2);
    // WHEN
    String description = Descriptions.describe(text);
    // THEN
    then(description).hasSize(Descriptions.MAX_LENGTH).isEqualTo("\"" + text + "\"");
  }

  @Test
  void should_truncate_a_long_description_with_an_ellipsis() {
    // GIVEN
    Object longToString = new Object() {
      @Override
      public String toString() {
        return "y".repeat(500);
      }
    };
    // WHEN
    String description = Descriptions.describe(longToString);
    // THEN
    then(description).hasSize(Descriptions.MAX_LENGTH)
        .isEqualTo("y".repeat(Descriptions.MAX_LENGTH - 1) + "…");
  }

  @Test
  void should_name_the_class_and_the_exception_when_toString_throws() {
    // GIVEN
    Object throwing = new Throwing();
    // WHEN
    String description = Descriptions.describe(throwing);
    // THEN
    then(description).isEqualTo(Throwing.class.getName() + "@"
        + Integer.toHexString(System.identityHashCode(throwing))
        + " (toString() threw IllegalStateException)");
  }

  @Test
  void should_survive_a_toString_that_recurses_forever() {
    then(Descriptions.describe(new Recursive())).endsWith("(toString() threw StackOverflowError)");
  }

  private static final class Throwing {
    @Override
    public String toString() {
      throw new IllegalStateException("closed");
    }
  }

  private static final class Recursive {
    @Override
    public String toString() {
      return "r" + this;
    }
  }
}
