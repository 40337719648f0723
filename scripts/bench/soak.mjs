// Soak: one page, no reload, `runs` runs of a flow in the player: each walks the flow to its end
// (Next) and restarts it (R). The heap after a forced garbage collection, before and after, over
// the number of runs, is what each run leaves behind for good.
//
// Two figures. The JS heap's used size (Runtime.getHeapUsage) also holds the machine code V8
// compiles as functions get hot, which keeps growing for hundreds of runs as more of them tier
// up, and is bounded by the app's code, not by the runs. So the budget is on the JS objects of a
// heap snapshot (objects, arrays, strings, numbers, closures, shapes), without V8's code and the
// browser's native objects (performance entries, DevTools' network and console records, which
// exist because the bench is attached).
import { openPlayer, settleOn } from './step-changes.mjs'

/** Runs before the first measurement: compiled code, lazy chunks and caches settle first. */
const WARM_UP_RUNS = 10
/** Heap samples along the way, to tell steady growth from a one-off. */
const SAMPLES = 5

/** The JS heap in use after full garbage collections (CDP HeapProfiler, Runtime). */
async function heapAfterGc(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
  return (await cdp.send('Runtime.getHeapUsage')).usedSize
}

/** Node types of a V8 heap snapshot that are not JS objects the page made. */
const NOT_JS_OBJECTS = new Set(['code', 'native', 'synthetic', 'hidden'])

/** A heap snapshot (after GC) summed by node type: bytes of JS objects, and of everything else. */
async function jsObjectBytes(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
  const chunks = []
  const onChunk = (event) => chunks.push(event.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  }
  const { snapshot, nodes } = JSON.parse(chunks.join(''))
  const fields = snapshot.meta.node_fields
  const types = snapshot.meta.node_types[fields.indexOf('type')]
  const typeAt = fields.indexOf('type')
  const sizeAt = fields.indexOf('self_size')
  const byType = {}
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + typeAt]]
    byType[type] = (byType[type] ?? 0) + nodes[i + sizeAt]
  }
  const js = Object.entries(byType)
    .filter(([type]) => !NOT_JS_OBJECTS.has(type))
    .reduce((sum, [, size]) => sum + size, 0)
  return { js, byType }
}

/**
 * In the page (no round trip to the bench per step): Next until the flow ends, each step waited
 * for with the player observer (step-changes.mjs), then the R key, and step 1 of the fresh run.
 */
export function walkAndRestart() {
  const controls = document.querySelector('[aria-label="Flow controls"]')
  const next = () =>
    [...controls.querySelectorAll('button')].find(
      (button) => button.textContent.replace(/\s+/g, ' ').trim() === 'Next step',
    )
  const enabled = (button) =>
    button && !button.disabled && button.getAttribute('aria-disabled') !== 'true'
  const settled = (n) =>
    new Promise((resolve, reject) => {
      window.__bench.awaited = n
      window.__bench.settled = null
      window.__benchCheck()
      const timer = setInterval(() => {
        const state = window.__bench.settled
        if (!state) return
        clearInterval(timer)
        if (state.error) reject(new Error(`The flow stopped at step ${n}: ${state.error}`))
        else resolve(state)
      }, 5)
    })
  return (async () => {
    let n = 1
    while (enabled(next())) {
      if (n > 60) throw new Error('The flow has not ended after 60 steps.')
      const step = settled(++n)
      next().click()
      await step
    }
    const first = settled(1)
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true }))
    await first
    return n
  })()
}

async function oneRun(page) {
  const steps = await page.evaluate(walkAndRestart)
  if (steps < 2) throw new Error('The soak found no Next step button to press.')
}

/**
 * Opens `path`, warms up, then does `runs` runs, sampling the heap after GC every runs/SAMPLES.
 * Returns the bytes kept per run (first to last sample, and a least-squares slope over samples).
 */
export async function measureSoak(browser, baseUrl, path, runs) {
  const page = await openPlayer(browser)
  try {
    const cdp = await page.context().newCDPSession(page)
    await page.goto(baseUrl + path)
    await settleOn(page, 1)
    for (let i = 0; i < WARM_UP_RUNS; i++) await oneRun(page)
    const before = await jsObjectBytes(cdp)
    const samples = [{ run: 0, heap: await heapAfterGc(cdp) }]
    const every = Math.ceil(runs / SAMPLES)
    const started = Date.now()
    for (let run = 1; run <= runs; run++) {
      await oneRun(page)
      if (run % every === 0 || run === runs) samples.push({ run, heap: await heapAfterGc(cdp) })
    }
    const seconds = (Date.now() - started) / 1000
    const after = await jsObjectBytes(cdp)
    const first = samples[0]
    const last = samples.at(-1)
    const growth = Object.fromEntries(
      Object.keys(after.byType).map((type) => [
        type,
        (after.byType[type] - (before.byType[type] ?? 0)) / runs,
      ]),
    )
    return {
      path,
      runs,
      warmUpRuns: WARM_UP_RUNS,
      seconds,
      jsObjectsBefore: before.js,
      jsObjectsAfter: after.js,
      bytesPerRun: (after.js - before.js) / runs,
      bytesPerRunByType: growth,
      usedBytesPerRun: (last.heap - first.heap) / runs,
      usedSlopeBytesPerRun: slope(samples),
      samples,
    }
  } finally {
    await page.context().close()
  }
}

/** Least-squares slope of heap over run number. */
function slope(samples) {
  const n = samples.length
  const mx = samples.reduce((sum, s) => sum + s.run, 0) / n
  const my = samples.reduce((sum, s) => sum + s.heap, 0) / n
  const sxy = samples.reduce((sum, s) => sum + (s.run - mx) * (s.heap - my), 0)
  const sxx = samples.reduce((sum, s) => sum + (s.run - mx) ** 2, 0)
  return sxx === 0 ? 0 : sxy / sxx
}
