// `npm run bench`: builds the app, serves it with `vite preview`, drives Debian's Chromium and
// measures what the quality bar asks for ("Fast"): first-load JavaScript per route, long tasks on
// each step change of the flow player, the diagram's frame rate, the token inspector under abuse
// (main-thread CPU time), and Lighthouse 12 on every route (mobile emulation). Runs several times
// and reports medians; the parts live in scripts/bench/. The budgets are issue 12's.
//
//   npm run bench -- [--no-build] [--dist dir] [--runs 3] [--no-lighthouse] [--out results.json]
//                    [--check]
//
//   --no-build       reuse the build in --dist instead of building (default dist/)
//   --dist dir       where to build and what to serve (default dist/)
//   --runs n         how many runs to take the median of (default 3; Lighthouse too)
//   --no-lighthouse  skip Lighthouse (about 20 s per route and run)
//   --out file       also write the results, every run included, as JSON
//   --check          exit 1 when a budget fails
import { execSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { measureFirstLoad } from './bench/first-load.mjs'
import { measureIdleFrames } from './bench/frame-rate.mjs'
import { measureInspectorAbuse } from './bench/inspector-abuse.mjs'
import { measureLighthouse } from './bench/lighthouse.mjs'
import { aggregate, budgets, formatReport } from './bench/report.mjs'
import { buildApp, chromiumPath, distFiles, launchBrowser, newPage, serve } from './bench/serve.mjs'
import { measureStepChanges } from './bench/step-changes.mjs'

const FLOW = '/flows/authorization-code-pkce'
const LIMITS = {
  homeGzip: 100_000,
  flowGzip: 200_000,
  inspectorGzip: 150_000,
  longTaskMs: 50,
  minFps: 55,
  abuseCpuMs: 100,
  lighthouse: {
    performance: 98,
    accessibility: 100,
    'best-practices': 100,
    seo: 100,
    lcpMs: 1800,
    tbtMs: 50,
    cls: 0,
  },
}
const FRAME_MS = 2000

const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '3' },
    'no-lighthouse': { type: 'boolean', default: false },
    out: { type: 'string' },
    check: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
})
if (options.help) {
  console.log(
    'npm run bench -- [--no-build] [--dist dir] [--runs 3] [--no-lighthouse] [--out results.json] [--check]',
  )
  process.exit(0)
}
const runCount = Number(options.runs)
if (!Number.isInteger(runCount) || runCount < 1)
  throw new Error(`--runs must be a positive whole number, not "${options.runs}".`)

const root = resolve(import.meta.dirname, '..')
const outDir = resolve(root, options.dist)
const log = (text) => process.stderr.write(`${text}\n`)
const git = (command) => {
  try {
    return execSync(`git ${command}`, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return undefined
  }
}

if (options['no-build']) log(`Reusing the build in ${options.dist}/`)
else {
  log(`Building into ${options.dist}/ …`)
  await buildApp(root, outDir)
}
const files = distFiles(outDir)
const server = await serve(root, outDir)
log(`Serving ${options.dist}/ at ${server.url}`)

/** Every route: the catalogue, each flow it lists, the inspector. */
async function discoverRoutes(browser) {
  const page = await newPage(browser)
  try {
    await page.goto(server.url)
    await page.locator('main h1').waitFor()
    const flows = await page.$$eval('main a[href^="/flows/"]', (links) =>
      links.map((link) => new URL(link.href).pathname),
    )
    return ['/', ...new Set(flows), '/inspect']
  } finally {
    await page.context().close()
  }
}

/** One throwaway load, so the first measured route does not pay for the browser's own start. */
async function warmUp(browser) {
  const page = await newPage(browser)
  await page.goto(server.url)
  await page.waitForLoadState('networkidle')
  await page.context().close()
}

const loadBefore = loadavg()[0]
const runs = []
let routes
let lighthouse = null
try {
  const scout = await launchBrowser()
  try {
    routes = await discoverRoutes(scout)
  } finally {
    await scout.close()
  }
  log(`Routes: ${routes.join(', ')}`)
  for (let i = 1; i <= runCount; i++) {
    log(`Run ${i} of ${runCount} …`)
    const browser = await launchBrowser()
    try {
      await warmUp(browser)
      const firstLoad = []
      for (const path of routes)
        firstLoad.push(await measureFirstLoad(browser, server.url, path, files))
      const player = await measureStepChanges(browser, server.url, FLOW, { frameMs: FRAME_MS })
      const idleFrames = await measureIdleFrames(browser, server.url, FRAME_MS)
      const abuse = await measureInspectorAbuse(browser, server.url)
      runs.push({ firstLoad, ...player, idleFrames, abuse, browserVersion: browser.version() })
    } finally {
      await browser.close()
    }
  }
  if (!options['no-lighthouse'])
    lighthouse = await measureLighthouse(server.url, routes, runCount, log)
} finally {
  await server.close()
}

const machine = {
  cpus: cpus().length,
  loadBefore,
  loadAfter: loadavg()[0],
  chromium: `${chromiumPath()} ${runs[0].browserVersion}`,
}
const result = { ...aggregate(runs), frameMs: FRAME_MS, lighthouse }
const checks = budgets(result, LIMITS)
console.log(formatReport(result, checks, runCount, machine))

if (options.out) {
  const meta = {
    date: new Date().toISOString(),
    commit: git('rev-parse --short HEAD'),
    uncommittedChanges: Boolean(
      git('status --porcelain -- src index.html vite.config.ts package.json'),
    ),
    ...machine,
    node: process.version,
    runs: runCount,
  }
  writeFileSync(
    resolve(options.out),
    `${JSON.stringify({ meta, limits: LIMITS, budgets: checks, median: result, runs }, null, 2)}\n`,
  )
  log(`Wrote ${options.out}`)
}
if (options.check && checks.some((check) => !check.pass)) process.exit(1)
