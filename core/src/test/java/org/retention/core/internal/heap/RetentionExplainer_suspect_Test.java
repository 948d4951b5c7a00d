package org.retention.core.internal.heap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retention.core.explain.Explanation;
import org.retention.core.explain.RetentionPath;
import org.retention.core.explain.SuspectReference;
import org.retention.core.internal.text.ExplanationMessages;

/**
 * The suspect reference of a real heap's path: the step where a long-lived holder points at
 * short-lived state, and the bytes breaking it frees, which are what its object retains.
 */
class RetentionExplainer_suspect_Test {
  static final List<Object> RECENT = new ArrayList<>();
  static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();
  static Holder holder;

  @AfterEach
  void forget() {
    RECENT.clear();
    LISTENERS.clear();
    holder = null;
  }

  @Test
  void should_break_a_static_list_at_its_element_and_free_what_the_entry_retains() {
    // GIVEN an entry of a static list holds the session; the entry alone, watched, retains this
    RetentionPath entry = path(Leaks.explain(() -> auditEntry(new Session()).get(0)));
    RECENT.clear();
    // WHEN
    RetentionPath session = path(Leaks.explain(() -> auditEntry(new Session()).get(0).session));
    // THEN the list's element, which points at the entry, is the step to break
    assertThat(session.steps()).extracting(step -> step.text())
        .containsExactly("ArrayList.elementData", "Object[][0]", simple(AuditEntry.class)
            + ".session");
    assertThat(session.suspect()).hasValueSatisfying(suspect -> {
      assertThat(suspect.step()).isEqualTo(1);
      assertThat(suspect.reference()).isEqualTo("Object[][0]");
      assertThat(suspect.freedBytes()).isPositive().isEqualTo(entry.retainedBytes())
          .isGreaterThan(session.retainedBytes());
    });
    assertThat(entry.suspect()).hasValueSatisfying(suspect -> assertThat(suspect)
        .isEqualTo(new SuspectReference(1, "Object[][0]", entry.retainedBytes())));
  }

  @Test
  void should_break_a_jdk_listener_list_at_the_listener() {
    // WHEN a lambda in a CopyOnWriteArrayList captures the session
    RetentionPath session = path(Leaks.explain(() -> {
      Session captured = new Session();
      LISTENERS.add(() -> captured.touch());
      return captured;
    }));
    // THEN
    assertThat(session.steps()).extracting(step -> step.text()).containsExactly(
        "CopyOnWriteArrayList.array", "Object[][0]",
        "lambda in " + getClass().getName() + " (captures arg$1)");
    assertThat(session.suspect()).hasValueSatisfying(suspect -> {
      assertThat(suspect.step()).isEqualTo(1);
      assertThat(suspect.freedBytes()).isGreaterThan(session.retainedBytes());
    });
  }

  @Test
  void should_break_the_first_step_of_a_path_with_no_jdk_step() {
    // GIVEN the inner object, watched alone, retains this
    RetentionPath inner = path(Leaks.explain(() -> holder(new Session()).inner));
    holder = null;
    // WHEN
    RetentionPath session = path(Leaks.explain(() -> holder(new Session()).inner.session));
    // THEN
    assertThat(session.suspect()).contains(new SuspectReference(0,
        simple(Holder.class) + ".inner", inner.retainedBytes()));
    assertThat(inner.retainedBytes()).isGreaterThan(session.retainedBytes());
  }

  @Test
  void should_name_the_suspect_in_one_line_after_the_path() {
    // WHEN
    Explanation explanation = Leaks.explain(() -> auditEntry(new Session()).get(0).session);
    // THEN
    String message = ExplanationMessages.of(explanation);
    long freed = explanation.paths().get(0).suspect().orElseThrow().freedBytes();
    String newline = System.lineSeparator();
    assertThat(message).contains("    " + simple(AuditEntry.class) + ".session" + newline
        + "    -> " + Session.class.getName() + newline
        + "  suspect reference: Object[][0] -> " + AuditEntry.class.getName()
        + " (break it to free " + String.format("%,d", freed) + " bytes)" + newline
        + "  leak fingerprint: ");
  }

  private static List<AuditEntry> auditEntry(Session session) {
    RECENT.add(new AuditEntry(session, new byte[256]));
    @SuppressWarnings("unchecked")
    List<AuditEntry> entries = (List<AuditEntry>) (List<?>) RECENT;
    return entries;
  }

  private static Holder holder(Session session) {
    holder = new Holder(new Inner(session, new byte[128]));
    return holder;
  }

  private static RetentionPath path(Explanation explanation) {
    assertThat(explanation.paths()).as(ExplanationMessages.of(explanation)).hasSize(1);
    return explanation.paths().get(0);
  }

  /** A nested class's name as a step shows it: its binary name after the package. */
  private static String simple(Class<?> type) {
    return type.getName().substring(type.getName().lastIndexOf('.') + 1);
  }

  static final class Session {
    private final byte[] state = new byte[512];

    Object touch() {
      return state;
    }
  }

  record AuditEntry(Session session, byte[] detail) {}

  record Holder(Inner inner) {}

  record Inner(Session session, byte[] padding) {}
}
