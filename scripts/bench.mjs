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
//   --routes a,b     only these routes (paths, or flow ids) while iterating; budgets of the rest
//                    are not checked
//   --parts a,b      only these parts: first-load, steps, frames, abuse, soak, lighthouse
import { execSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { measureFirstLoad } from './bench/first-load.mjs'
import { measureIdleFrames } from './bench/frame-rate.mjs'
import { measureSoak } from './bench/soak.mjs'
import { measureInspectorAbuse } from './bench/inspector-abuse.mjs'
import { measureLighthouse } from './bench/lighthouse.mjs'
import { aggregate, budgets, formatReport } from './bench/report.mjs'
import { buildApp, chromiumPath, distFiles, launchBrowser, newPage, serve } from './bench/serve.mjs'
import { measureAnimatedFrames, measureStepChanges } from './bench/step-changes.mjs'

/** The flow whose message animation is sampled for the frame rate. */
const FRAMES_FLOW = '/flows/authorization-code-pkce'
/** The soak's flow: the richest server state (session, code, tokens, refresh token, API call). */
const SOAK_FLOW = '/flows/authorization-code-pkce'
const SOAK_RUNS = 200
const LIMITS = {
  homeGzip: 100_000,
  flowGzip: 200_000,
  inspectorGzip: 150_000,
  longTaskMs: 50,
  /** p95 from the click until a step replayed from the recording is on screen: one 60 Hz frame. */
  replayedStepMs: 1000 / 60,
  /** p95 from the click until a step run for the first time (its requests answered) is on screen. */
  newStepMs: 50,
  soakBytesPerRun: 1000,
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
    routes: { type: 'string' },
    parts: { type: 'string' },
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

const PARTS = ['first-load', 'steps', 'frames', 'abuse', 'soak', 'lighthouse']
const parts = new Set(options.parts ? options.parts.split(',') : PARTS)
if (options['no-lighthouse']) parts.delete('lighthouse')
for (const part of parts)
  if (!PARTS.includes(part)) throw new Error(`--parts: no part "${part}" (${PARTS.join(', ')}).`)

/** --routes, as paths: a flow id stands for its route. */
const onlyRoutes = options.routes
  ?.split(',')
  .map((route) => (route.startsWith('/') ? route : `/flows/${route}`))

const loadBefore = loadavg()[0]
const runs = []
let routes
let lighthouse = null
let soak = null
try {
  const scout = await launchBrowser()
  try {
    routes = await discoverRoutes(scout)
  } finally {
    await scout.close()
  }
  if (onlyRoutes) {
    const unknown = onlyRoutes.filter((route) => !routes.includes(route))
    if (unknown.length) throw new Error(`--routes: the app has no ${unknown.join(', ')}.`)
    routes = onlyRoutes
  }
  const flows = routes.filter((route) => route.startsWith('/flows/'))
  log(`Routes: ${routes.join(', ')}; parts: ${[...parts].join(', ')}`)
  for (let i = 1; i <= runCount; i++) {
    log(`Run ${i} of ${runCount} …`)
    const browser = await launchBrowser()
    try {
      await warmUp(browser)
      const run = { browserVersion: browser.version() }
      if (parts.has('first-load')) {
        run.firstLoad = []
        for (const path of routes)
          run.firstLoad.push(await measureFirstLoad(browser, server.url, path, files))
      }
      if (parts.has('steps')) {
        run.walks = []
        for (const path of flows) {
          log(`  step changes ${path}`)
          run.walks.push(await measureStepChanges(browser, server.url, path))
        }
      }
      if (parts.has('frames')) {
        run.frames = await measureAnimatedFrames(browser, server.url, FRAMES_FLOW, FRAME_MS)
        run.idleFrames = await measureIdleFrames(browser, server.url, FRAME_MS)
      }
      if (parts.has('abuse')) run.abuse = await measureInspectorAbuse(browser, server.url)
      // 200 runs are a sample of their own: once, not once per run.
      if (parts.has('soak') && i === 1) {
        log(`  soak: ${SOAK_RUNS} runs of ${SOAK_FLOW}`)
        soak = await measureSoak(browser, server.url, SOAK_FLOW, SOAK_RUNS)
      }
      runs.push(run)
    } finally {
      await browser.close()
    }
  }
  if (parts.has('lighthouse'))
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
const result = { ...aggregate(runs), frameMs: FRAME_MS, lighthouse, soak }
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
