package org.retention.core.internal.alloc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import com.example.ChildResult;
import com.example.alloc.AllocationChild;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Growth checks in child JVMs, with the agent ({@code -javaagent}, as users add it to surefire's
 * {@code argLine}) and without: with it, a growing group says where its instances were
 * allocated; without it, the message is as it always was.
 */
class AllocationSites_growth_Test {
  private static Path agentDirectory;
  private static Path agentJar;

  @BeforeAll
  static void writeAgentJar() throws IOException {
    // The agent jar names the agent class; the class itself comes from the class path, as it
    // does when the jar given to -javaagent is retention-core itself.
    agentDirectory = Files.createTempDirectory("retention-agent-test");
    agentJar = agentDirectory.resolve("agent.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().putValue("Premain-Class", RetentionAgent.class.getName());
    manifest.getMainAttributes().putValue("Can-Retransform-Classes", "true");
    try (OutputStream out = Files.newOutputStream(agentJar);
        JarOutputStream jar = new JarOutputStream(out, manifest)) {
      jar.flush();
    }
  }

  @AfterAll
  static void deleteAgentJar() throws IOException {
    Files.deleteIfExists(agentJar);
    Files.deleteIfExists(agentDirectory);
  }

  @Test
  void should_name_the_allocating_line_of_a_leak_with_the_agent() throws Exception {
    // WHEN
    String message = run(true, "listener");
    // THEN
    assertThat(message).contains(
        "    -> " + AllocationChild.Listener.class.getName() + System.lineSeparator()
            + "  allocated at " + AllocationChild.Registry.class.getName()
            + ".subscribe(AllocationChild.java:" + lineOf("the allocation site the test expects")
            + ")" + System.lineSeparator()
            + "  leak fingerprint: ",
        "GC root: static field " + AllocationChild.Registry.class.getName() + ".LISTENERS",
        "leak fingerprint: ");
  }

  @Test
  void should_say_nothing_of_allocation_without_the_agent() throws Exception {
    // WHEN
    String message = run(false, "listener");
    // THEN
    assertThat(message).contains("GC root: static field "
        + AllocationChild.Registry.class.getName() + ".LISTENERS").doesNotContain("allocated at");
  }

  @Test
  void should_name_where_a_subclass_is_allocated_not_its_super_constructor() throws Exception {
    // WHEN
    String message = run(true, "subclass");
    // THEN
    assertThat(message).contains("-> " + AllocationChild.Special.class.getName(),
        "  allocated at " + AllocationChild.class.getName() + ".lambda$main$")
        .doesNotContain("allocated at " + AllocationChild.Listener.class.getName(),
            "called from org.retention.");
  }

  @Test
  void should_pass_a_clean_action_with_the_agent() throws Exception {
    assertThat(run(true, "clean")).isEqualTo("passed");
  }

  @Test
  void should_give_the_classes_their_code_back_when_the_action_throws() throws Exception {
    // WHEN the action throws while its class is hooked, in the last window
    String result = runMain(true, ThrowingChild.class.getName());
    // THEN the check's end stopped its recording: no later check needed to find it stale
    assertThat(result).isEqualTo("thrown in the last window, hooked after: false");
  }

  private static String run(boolean agent, String leak) throws Exception {
    return runMain(agent, AllocationChild.class.getName(), leak);
  }

  private static String runMain(boolean agent, String main, String... arguments)
      throws Exception {
    return ChildResult.of(agent ? List.of("-javaagent:" + agentJar) : List.of(), main, arguments);
  }

  private static int lineOf(String marker) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("src/test/java",
        AllocationChild.class.getName().replace('.', '/') + ".java"));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i + 1;
      }
    }
    throw new AssertionError(marker);
  }
}
