// Checks what the four invocations of invoker.properties produced (basedir: this project's copy).
import java.nio.file.Files

def text = { String name -> new File(basedir, name).getText('UTF-8') }
def log = new File(basedir, 'build.log').getText('UTF-8')
def expect = { boolean condition, String what ->
  if (!condition) {
    throw new AssertionError(what)
  }
}
def AUDIT = '76308ef2d656bd17'
def LISTENER = '89a0dcdcd220766d'

// Two forks wrote one report each in target/retention, the shard one in target/shard-2.
def reports = new File(basedir, 'target/retention').listFiles()
    .findAll { it.name ==~ /retention-report-.*\.json/ }
expect(reports.size() == 2, "two fork reports, but found ${reports*.name}")
expect(new File(basedir, 'target/shard-2').listFiles().count { it.name.endsWith('.json') } == 1,
    'one shard report')

// 1. verify passed: both leaks accepted (the listener's only thanks to the shard), one stale entry.
expect(log.contains('Retention: 3 checks in 3 reports: 1 released, 2 accepted, 0 retained, 0 inconclusive'),
    'the merged counts of the verify run')
expect(log.contains('[WARNING] Retention: 1 baseline entry matched no leak of any merged report; remove it:\n'
    + '[WARNING] Retention:   0123456789abcdef  fixed long ago'), 'the stale entry as a warning')

// 2. retention:baseline kept the reason, added the shard's leak, dropped the fixed entry.
def rewritten = text('baseline-to-update.txt')
expect(rewritten.contains("${AUDIT}  kept: the audit log, until TICKET-1\n"), 'the kept reason')
expect(rewritten.contains("${LISTENER}  TODO: say why this leak is accepted\n"), 'the new entry')
expect(!rewritten.contains('0123456789abcdef'), 'the stale entry dropped')

// 3. Without the shard, its entry is stale as well, and failOnStale failed the build.
expect(log.contains('2 baseline entries matched no leak of any merged report; remove them:\n'
    + "[ERROR]   ${LISTENER}  listeners are unregistered in TICKET-2"), 'both stale entries fail')

// 4. With an empty baseline, each leak fails the build with its test, fingerprint and path.
expect(log.contains('2 retention checks failed and are not accepted by the baseline:\n'
    + '[ERROR]   org.example.gate.AuditLeakTest.clear_releases_sessions'), 'the failed checks')
expect(log.contains("[ERROR]     leak ${AUDIT}: value Session[user=alice] (org.example.gate.AuditLeakTest\$Session)"),
    'the audit leak')
expect(log.contains('[ERROR]       GC root: static field org.example.gate.shard.ListenerLeakTest.LISTENERS\n'
    + '[ERROR]         ArrayList.elementData\n[ERROR]         Object[][0]'), 'the listener path')

def summary = text('target/retention/summary.md')
expect(summary.startsWith('## Retention: 2 failed checks\n'), summary)
expect(summary.contains("  leak ${LISTENER}: "), summary)
def html = text('target/retention/report.html')
expect(html.count('<svg class="path"') == 2, 'one path picture per leak')
expect(html.contains('GC root: static field org.example.gate.AuditLeakTest.AUDIT'), 'the root in the picture')
true
