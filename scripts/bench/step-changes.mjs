// Long tasks on a step change in the flow player: Next through the whole flow, then Previous back
// to step 1 and Next again through the recorded history.
import { diagramPacket, measureFrames } from './frame-rate.mjs'
import { TRACE_CATEGORIES, tasksByWindow } from './main-thread.mjs'
import { newPage } from './serve.mjs'

/** Collects every long task (> 50 ms on the main thread) from the very start of the page. */
function observeLongTasks() {
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
const QUIET_MS = 300
const MARK = 'bench-step-'

const button = (page, name) =>
  page.getByRole('group', { name: 'Flow controls' }).getByRole('button', { name, exact: true })

/**
 * Waits for step `n` to settle and the page to go quiet, then reads the long tasks since `t0`.
 * Polls on a 10 ms timer, not on animation frames: a rAF callback would make the page render a
 * main-thread frame every vsync and add its own work to what is measured.
 */
async function settle(page, n, t0, index) {
  const handle = await page.waitForFunction(
    (n) => {
      const state = window.__settledStep()
      return state && (state.error || state.number === n) ? state : null
    },
    n,
    { polling: 10, timeout: 30_000 },
  )
  const state = await handle.jsonValue()
  if (state.error) throw new Error(`The flow stopped on the way to step ${n}: ${state.error}`)
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
  const t0 = await page.evaluate(
    (mark) => performance.mark(mark).startTime,
    `${MARK}${index}:start`,
  )
  await button(page, name).click()
  return { phase, ...(await settle(page, n, t0, index)) }
}

/**
 * Opens the player, records start-up (page load, key generation, step 1) separately, walks the
 * flow forward, back and forward again, then samples the frame rate while the message animates.
 * A trace of the page's main thread runs throughout, for each step's CPU time.
 */
export async function measureStepChanges(browser, baseUrl, path, { frameMs }) {
  const page = await newPage(browser)
  try {
    await page.addInitScript(observeLongTasks)
    await page.addInitScript(`window.__settledStep = ${settledStep.toString()}`)
    await page.addInitScript(`window.__benchPacket = ${diagramPacket.toString()}`)
    await browser.startTracing(page, { categories: TRACE_CATEGORIES })
    let tracing = true
    try {
      await page.goto(baseUrl + path, { waitUntil: 'commit' })
      const steps = [{ phase: 'startup', ...(await settle(page, 1, 0, 0)) }]
      let n = 1
      while (await button(page, 'Next step').isEnabled()) {
        if (n > 60) throw new Error('The flow has not ended after 60 steps.')
        steps.push(await press(page, 'Next step', 'forward', ++n, steps.length))
      }
      const last = n
      while (await button(page, 'Previous step').isEnabled())
        steps.push(await press(page, 'Previous step', 'back', --n, steps.length))
      while (n < last) steps.push(await press(page, 'Next step', 'replay', ++n, steps.length))
      const cpu = tasksByWindow((await browser.stopTracing()).toString(), MARK)
      tracing = false
      steps.forEach((step, i) => Object.assign(step, cpu.get(i)))

      const frames = await framesWhileAnimating(page, frameMs)
      const [startup, ...changes] = steps
      return { startup, steps: changes, frames }
    } finally {
      if (tracing) await browser.stopTracing()
    }
  } finally {
    await page.context().close()
  }
}

/** The frame rate on the nearest step back whose message animates (a local step has none). */
async function framesWhileAnimating(page, frameMs) {
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
}
