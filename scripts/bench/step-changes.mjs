// Step changes in the flow player: Next through the whole flow (each step run for the first time,
// with its requests: what Play does every few seconds), then Previous back to step 1 and Next again
// through the recorded history (replayed steps). Long tasks, the main thread's CPU time per step,
// and how long each change took to settle, timed in the page without polling.
import { diagramPacket, measureFrames } from './frame-rate.mjs'
import { TRACE_CATEGORIES, tasksByWindow } from './main-thread.mjs'
import { newPage } from './serve.mjs'

/**
 * In the page, before any script: collects every long task (> 50 ms on the main thread) from the
 * very start, the time of the last click, and the moment the awaited step settles. A
 * MutationObserver checks after every DOM change (its callback runs right after the change, before
 * the next frame), so the settle time is exact: no polling interval is added to it.
 */
function observePlayer() {
  const tasks = []
  const keep = (entries) => {
    for (const entry of entries) tasks.push({ start: entry.startTime, duration: entry.duration })
  }
  const observer = new PerformanceObserver((list) => keep(list.getEntries()))
  observer.observe({ type: 'longtask', buffered: true })
  window.__longTasks = () => {
    keep(observer.takeRecords())
    return tasks
  }
  addEventListener('click', (event) => (window.__clickAt = event.timeStamp), true)
  window.__bench = { awaited: 1, settled: null }
  const check = () => {
    const bench = window.__bench
    if (bench.awaited === null) return
    const state = window.__settledStep()
    if (state && (state.error || state.number === bench.awaited)) {
      bench.settled = state
      bench.awaited = null
    }
  }
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  })
  window.__benchCheck = check
}

/** In the page: the number of the step the timeline marks current, once nothing is running. */
function settledStep() {
  const nav = [...document.querySelectorAll('nav')].find(
    (element) => element.getAttribute('aria-labelledby') === 'steps-heading',
  )
  const current = nav?.querySelector('[aria-current="step"]')
  const busy = document.querySelector('[aria-label="Flow controls"] [aria-busy="true"]')
  const alert = document.querySelector('[role="alert"]')
  if (alert) return { error: alert.textContent.trim() }
  if (!current || busy) return null
  const number = Number(/^\s*(\d+)/.exec(current.textContent)?.[1])
  const title = document.getElementById('step-title')?.textContent.trim()
  return { number, title, at: performance.now() }
}

/** After a step shows, time for effects, the browser frame's load and repaints to finish. */
const QUIET_MS = 250
const MARK = 'bench-step-'

const button = (page, name) =>
  page.getByRole('group', { name: 'Flow controls' }).getByRole('button', { name, exact: true })

/** Tells the page which step to wait for (before the click or navigation that leads there). */
const awaitStep = (page, n) =>
  page.evaluate((n) => {
    window.__bench.awaited = n
    window.__bench.settled = null
    window.__benchCheck()
  }, n)

/**
 * Waits for step `n` to settle and the page to go quiet, then reads the long tasks since `t0`.
 * The wait polls on a 10 ms timer, not on animation frames (a rAF callback would make the page
 * render a main-thread frame every vsync); the settle time itself comes from the page's observer.
 */
async function settle(page, n, t0, index) {
  const state = await settleOn(page, n)
  await page.waitForTimeout(QUIET_MS)
  const { tasks, clickAt } = await page.evaluate((mark) => {
    performance.mark(mark)
    return { tasks: window.__longTasks(), clickAt: window.__clickAt }
  }, `${MARK}${index}:end`)
  const since = tasks.filter((task) => task.start >= t0)
  return {
    step: n,
    title: state.title,
    latencyMs: state.at - (t0 > 0 ? (clickAt ?? t0) : 0),
    longestTaskMs: Math.max(0, ...since.map((task) => task.duration)),
    blockingMs: since.reduce((total, task) => total + Math.max(0, task.duration - 50), 0),
    longTasks: since.length,
  }
}

async function press(page, name, phase, n, index) {
  await awaitStep(page, n)
  const t0 = await page.evaluate(
    (mark) => performance.mark(mark).startTime,
    `${MARK}${index}:start`,
  )
  await button(page, name).click()
  return { phase, ...(await settle(page, n, t0, index)) }
}

/** A fresh page with the bench's player observers installed (navigate it to a flow next). */
export async function openPlayer(browser) {
  const page = await newPage(browser)
  await page.addInitScript(`window.__settledStep = ${settledStep.toString()}`)
  await page.addInitScript(observePlayer)
  await page.addInitScript(`window.__benchPacket = ${diagramPacket.toString()}`)
  return page
}

/**
 * Next until the flow ends, from step `n`; each step's figures go into `steps` (forward). Without
 * `quiet`, only the settle is waited for (the soak).
 */
export async function walkForward(page, steps, n, { quiet = true } = {}) {
  while (await button(page, 'Next step').isEnabled()) {
    if (n > 60) throw new Error('The flow has not ended after 60 steps.')
    n++
    if (quiet) steps.push(await press(page, 'Next step', 'forward', n, steps.length))
    else await settleOn(page, n, () => button(page, 'Next step').click())
  }
  return n
}

/** Does `act` (if any) and waits until step `n` has settled; fails if the flow stopped. */
export async function settleOn(page, n, act) {
  if (act) {
    await awaitStep(page, n)
    await act()
  }
  const handle = await page.waitForFunction(() => window.__bench?.settled, undefined, {
    polling: 10,
    timeout: 30_000,
  })
  const state = await handle.jsonValue()
  if (state.error) throw new Error(`The flow stopped on the way to step ${n}: ${state.error}`)
  return state
}

/**
 * Opens the player at `path`, records start-up (page load, the lab's keys, step 1) apart, walks
 * the flow forward, back and forward again. A trace of the page's main thread runs throughout,
 * for each step's CPU time.
 */
export async function measureStepChanges(browser, baseUrl, path) {
  const page = await openPlayer(browser)
  try {
    await browser.startTracing(page, { categories: TRACE_CATEGORIES })
    let tracing = true
    try {
      await page.goto(baseUrl + path, { waitUntil: 'commit' })
      const steps = [{ phase: 'startup', ...(await settle(page, 1, 0, 0)) }]
      const last = await walkForward(page, steps, 1)
      let n = last
      while (await button(page, 'Previous step').isEnabled())
        steps.push(await press(page, 'Previous step', 'back', --n, steps.length))
      while (n < last) steps.push(await press(page, 'Next step', 'replay', ++n, steps.length))
      const cpu = tasksByWindow((await browser.stopTracing()).toString(), MARK)
      tracing = false
      steps.forEach((step, i) => Object.assign(step, cpu.get(i)))
      const [startup, ...changes] = steps
      return { path, startup, steps: changes }
    } finally {
      if (tracing) await browser.stopTracing()
    }
  } finally {
    await page.context().close()
  }
}

/**
 * The diagram's frame rate while a message animates: walks `path` to its end, then back to the
 * nearest step whose message moves (a local step has none) and samples there.
 */
export async function measureAnimatedFrames(browser, baseUrl, path, frameMs) {
  const page = await openPlayer(browser)
  try {
    await page.goto(baseUrl + path)
    await settleOn(page, 1)
    await walkForward(page, [], 1)
    const animating = () => page.evaluate(() => Boolean(window.__benchPacket()))
    while (!(await animating()) && (await button(page, 'Previous step').isEnabled())) {
      await button(page, 'Previous step').click()
      await page.waitForTimeout(QUIET_MS)
    }
    if (!(await animating())) return null
    await page.waitForTimeout(500)
    const frames = await measureFrames(page, frameMs, true)
    return {
      ...frames,
      step: await page.evaluate(() => document.getElementById('step-title')?.textContent.trim()),
    }
  } finally {
    await page.context().close()
  }
}
