// What the Maven console shows: each test JVM's one end-of-run line, printed by retention-junit's
// launcher session listener while surefire still forwards the fork's output.
def log = new File(basedir, 'build.log').text
def split = log.indexOf('(two-forks) @ end-of-run-line')
assert split > 0 : 'the second surefire execution did not run'
// Maven may put a colour reset (ESC[0m) before a line the fork printed.
def lines = { text ->
  (text =~ /(?m)^(?:\u001B\[[0-9;]*m)*(Retention: .* in this JVM.*)$/).collect { it[1] }
}
def stale = '; 1 baseline entry not matched in this JVM: 0123456789abcdef (fixed long ago),' +
    ' retention:check judges it across all test JVMs; report: '

// One fork: both classes in one JVM, one line.
def oneFork = lines(log.substring(0, split))
assert oneFork.size() == 1 : "expected one line from one fork, got ${oneFork}\n${log}"
assert oneFork[0].startsWith('Retention: 2 checks in this JVM: 2 released' + stale + 'target/retention/retention-report-')

// Two forks: one line per fork that ran a check, never one per class; two checks in all, and
// each fork says the entry was not matched in its JVM.
def twoForks = lines(log.substring(split))
assert twoForks.size() in [1, 2] : "expected a line per fork, got ${twoForks}\n${log}"
def checks = twoForks.collect { (it =~ /^Retention: (\d+) checks? in this JVM/)[0][1] as int }
assert checks.sum() == 2 : twoForks
twoForks.each { assert it.contains(stale + 'target/retention/retention-report-') : it }
return true
