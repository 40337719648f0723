// Finds a Chromium for the end-to-end tests, installing one where this machine allows.
// Order: $CHROMIUM_PATH, /usr/bin/chromium, Debian's chromium via apt-get (root only),
// Playwright's own download; else stop with a message that says how to get a browser.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'

const DEBIAN_CHROMIUM = '/usr/bin/chromium'
const run = (command) => execSync(command, { stdio: 'inherit' })
const has = (command) => {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' })
    return true
  } catch {
    return false
  }
}

function found() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv
    console.error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`)
    process.exit(1)
  }
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined
}

function tryApt() {
  if (process.getuid?.() !== 0 || !has('apt-get')) return false
  console.log("No Chromium found: installing Debian's chromium with apt-get…")
  try {
    run('apt-get update')
    run(
      'DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-liberation',
    )
    return existsSync(DEBIAN_CHROMIUM)
  } catch {
    return false
  }
}

function tryPlaywrightDownload() {
  console.log("Trying Playwright's own Chromium download…")
  try {
    run('npx playwright install chromium')
    return true
  } catch {
    return false
  }
}

if (found()) process.exit(0)
if (tryApt() || tryPlaywrightDownload()) process.exit(0)
console.error(`No browser for the end-to-end tests.
Install one of:
  - Debian/Ubuntu: sudo apt-get install chromium   (then it is found at ${DEBIAN_CHROMIUM})
  - any Chromium or Chrome, and set CHROMIUM_PATH=/path/to/it
  - Playwright's own build: npx playwright install chromium`)
process.exit(1)
