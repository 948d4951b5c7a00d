package org.retention.assertj;

import static org.assertj.core.api.BDDAssertions.then;
import static org.retention.assertj.RetentionAssertions.assertThat;
import static org.retention.assertj.TestMaps.expectAssertionError;

import com.google.common.reflect.TypeToken;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.MapAssert;
import org.junit.jupiter.api.Test;

/**
 * Guards the contract that every map assertion chains as {@link RetentionMapAssert}: an AssertJ
 * upgrade that adds a method returning its SELF type fails here until the method is overridden.
 */
class RetentionMapAssert_chaining_Test {

  /** AssertJ's final SELF-returning methods, which no subclass can override. */
  private static final List<String> FINAL_IN_ASSERTJ = List.of(
      "contains(Map.Entry[])", "containsAnyOf(Map.Entry[])", "containsExactly(Map.Entry[])",
      "containsKeys(Object[])", "containsOnly(Map.Entry[])", "containsOnlyKeys(Object[])",
      "containsValues(Object[])", "doesNotContain(Map.Entry[])", "doesNotContainKeys(Object[])",
      "satisfies(Consumer[])", "satisfies(ThrowingConsumer[])", "satisfiesAnyOf(Consumer[])",
      "satisfiesAnyOf(ThrowingConsumer[])");

  private static Stream<Method> methodsReturningPlainMapAssert() {
    TypeToken<?> type = TypeToken.of(RetentionMapAssert.class);
    return Arrays.stream(RetentionMapAssert.class.getMethods())
        .filter(method -> !method.isBridge() && !Modifier.isStatic(method.getModifiers()))
        .filter(method -> type.method(method).getReturnType().getRawType() == MapAssert.class);
  }

  @Test
  void should_override_every_non_final_method_that_returns_MapAssert() {
    // WHEN
    List<String> notOverridden = methodsReturningPlainMapAssert()
        .filter(method -> !Modifier.isFinal(method.getModifiers()))
        .map(Method::toGenericString)
        .toList();
    // THEN
    then(notOverridden).as("public non-final methods of RetentionMapAssert returning MapAssert")
        .isEmpty();
  }

  @Test
  void should_leave_only_the_final_methods_documented_as_the_exception() {
    // WHEN
    List<String> finalOnes = methodsReturningPlainMapAssert()
        .map(method -> method.getName() + "(" + method.getParameterTypes()[0].getSimpleName()
            .replace("Entry", "Map.Entry") + ")")
        .toList();
    // THEN
    then(finalOnes).containsExactlyInAnyOrderElementsOf(FINAL_IN_ASSERTJ);
  }

  @Test
  void should_chain_inherited_and_retention_assertions_in_any_order() {
    // GIVEN
    Map<Session, Session> map = TestMaps.put(new HashMap<>(), "alice");
    // WHEN
    RetentionMapAssert<Session, Session> result = assertThat(map)
        .as("sessions").describedAs("session cache")
        .isNotNull().hasSize(1).containsKey(new Session("alice-key"))
        .usingDefaultComparator().isInstanceOf(HashMap.class).isNotEmpty()
        .releasesValuesAfterClear()
        .hasSize(0);
    // THEN
    then(result.actual()).isSameAs(map).isEmpty();
  }

  @Test
  void should_report_an_inherited_failure_with_the_description_given_before_it() {
    // GIVEN
    Map<Session, Session> map = TestMaps.put(new HashMap<>(), "alice");
    // WHEN
    AssertionError error = expectAssertionError(
        () -> assertThat(map).as("session cache").hasSize(2).releasesValuesAfterClear());
    // THEN
    then(error).hasMessageStartingWith("[session cache] ");
    then(map).as("the chain stopped at hasSize").hasSize(1);
  }
}
