// After the three invocations: the baseline was written from the first run's report, and the
// last run accepted the instance leak with it.
def baseline = new File(basedir, 'retention-baseline.txt')
assert baseline.isFile() : 'retention:baseline wrote no baseline'
def entries = baseline.readLines().findAll { it ==~ /[0-9a-f]{16}\s+.*/ }
assert entries.size() == 1 : "expected one accepted fingerprint, got ${baseline.text}"
def fingerprint = entries[0].substring(0, 16)

def reports = new File(basedir, 'target/retention').listFiles().findAll { it.name.endsWith('.json') }
assert reports.size() == 1
def report = new groovy.json.JsonSlurper().parse(reports[0])
def leaking = report.checks.find { it.name.contains('bulk_login_keeps_no_session') }
assert leaking.kind == 'instances'
assert leaking.verdict == 'accepted'
assert leaking.leaks*.fingerprint == [fingerprint]
assert leaking.details.counts[0].after - leaking.details.counts[0].before == 10
def clean = report.checks.find { it.name.contains('logout_releases_sessions') }
assert clean.verdict == 'released'

def summary = new File(basedir, 'target/retention/summary.md').text
// Markdown escapes the underscores of the name, which renders as written.
assert summary.contains('bulk\\_login\\_keeps\\_no\\_session')
return true
