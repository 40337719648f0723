// `npm test`: typecheck, lint, unit tests (Vitest) and end-to-end tests (Playwright), then one
// closing line `N passed, N failed` that totals the two runners' real results.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const reports = mkdtempSync(join(tmpdir(), 'oauth-flow-lab-tests-'))
const step = (title, command, args, env = {}) => {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status === 0
}
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined)

let passed = 0
let failed = 0
const failures = []

if (!step('Typecheck', 'npx', ['tsc', '-b'])) failures.push('typecheck')
if (!step('Lint', 'npm', ['run', 'lint'])) failures.push('lint')

const vitestReport = join(reports, 'vitest.json')
const unitOk = step('Unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
])
const unit = readJson(vitestReport)
if (unit) {
  passed += unit.numPassedTests
  failed += unit.numFailedTests
}
if (!unitOk) failures.push('unit tests')

const browserOk = step('Browser', 'node', ['scripts/ensure-browser.mjs'])
if (browserOk) {
  const playwrightReport = join(reports, 'playwright.json')
  const e2eOk = step('End-to-end tests', 'npx', ['playwright', 'test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
  })
  const e2e = readJson(playwrightReport)
  if (e2e) {
    passed += e2e.stats.expected + (e2e.stats.flaky ?? 0)
    failed += e2e.stats.unexpected
  }
  if (!e2eOk) failures.push('end-to-end tests')
} else {
  failures.push('browser for end-to-end tests')
}

if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`)
// A step that failed without a counted test (typecheck, lint, no browser) still counts as a failure.
const uncountedFailures = failures.filter(
  (name) => !['unit tests', 'end-to-end tests'].includes(name),
).length
console.log(`${passed} passed, ${failed + uncountedFailures} failed`)
process.exit(failures.length ? 1 : 0)
