// Frame rate: requestAnimationFrame deltas over a window, as the page itself sees them.
import { compositorFrames, FRAME_CATEGORIES, tasksByWindow } from './main-thread.mjs'
import { newPage } from './serve.mjs'

/** One display frame at 60 Hz, in ms. */
export const FRAME_MS = 1000 / 60

/**
 * In the page: the diagram's moving packet, whichever way it is animated (SVG animateMotion, or a
 * running CSS or Web Animation on an element inside the React Flow pane), or null.
 */
export function diagramPacket() {
  const smil = document.querySelector('.react-flow animateMotion')
  if (smil) return smil.parentElement
  const running = document
    .getAnimations()
    .find((a) => a.playState === 'running' && a.effect?.target?.closest?.('.react-flow'))
  return running?.effect.target ?? null
}

/**
 * Samples rAF deltas for `ms` and summarises them. With `trackPacket` the diagram's packet (see
 * diagramPacket, installed as window.__benchPacket) is read a few times, to confirm that it
 * actually moved during the sample.
 */
export async function sampleFrames(page, ms, trackPacket = false) {
  const { deltas, positions } = await page.evaluate(
    ({ ms, trackPacket }) =>
      new Promise((resolve) => {
        const deltas = []
        const positions = new Set()
        const target = trackPacket ? window.__benchPacket() : null
        let last
        let frame = 0
        const tick = (time) => {
          if (last !== undefined) deltas.push(time - last)
          last = time
          if (target && frame++ % 20 === 0) {
            const box = target.getBoundingClientRect()
            positions.add(`${Math.round(box.x)},${Math.round(box.y)}`)
          }
          if (deltas.reduce((a, b) => a + b, 0) < ms) requestAnimationFrame(tick)
          else resolve({ deltas, positions: positions.size })
        }
        requestAnimationFrame(tick)
      }),
    { ms, trackPacket },
  )
  return { ...summarise(deltas), distinctPositions: trackPacket ? positions : undefined }
}

/**
 * The frame rate two ways. First a quiet window under a trace: the compositor's presented and
 * dropped frames (an animation it runs itself needs no main thread) and the main thread's CPU time
 * per second. Then rAF deltas (sampleFrames), which force a main-thread frame every vsync and so
 * also show how long the page's own frames take.
 */
export async function measureFrames(page, ms, trackPacket = false) {
  const browser = page.context().browser()
  await browser.startTracing(page, { categories: FRAME_CATEGORIES })
  let trace
  try {
    await page.evaluate(() => performance.mark('bench-frames-0:start'))
    await page.waitForTimeout(ms)
    await page.evaluate(() => performance.mark('bench-frames-0:end'))
  } finally {
    trace = (await browser.stopTracing()).toString()
  }
  const compositor = compositorFrames(trace, 'bench-frames-')
  const cpu = tasksByWindow(trace, 'bench-frames-').get(0)
  return {
    ...(await sampleFrames(page, ms, trackPacket)),
    mainThreadCpuMsPerS: cpu.mainThreadCpuMs / compositor.seconds,
    presentedFps: compositor.presented / compositor.seconds,
    compositorDropped: compositor.dropped,
    compositorIdle: compositor.idle,
    animatedBy:
      compositor.mainAnimation > compositor.compositorAnimation
        ? 'main thread'
        : compositor.compositorAnimation > 0
          ? 'compositor'
          : 'nothing',
  }
}

/** Mean fps, p95 frame time, and frames lost (a delta of k frame slots means k - 1 were dropped). */
export function summarise(deltas) {
  const total = deltas.reduce((a, b) => a + b, 0)
  const sorted = [...deltas].sort((a, b) => a - b)
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0
  const dropped = deltas.reduce(
    (sum, delta) => sum + Math.max(0, Math.round(delta / FRAME_MS) - 1),
    0,
  )
  return {
    frames: deltas.length,
    meanFps: total > 0 ? (deltas.length * 1000) / total : 0,
    p95FrameMs: p95,
    maxFrameMs: sorted.at(-1) ?? 0,
    droppedFrames: dropped,
  }
}

/** The ceiling this machine reaches with nothing animating: the catalogue page, idle. */
export async function measureIdleFrames(browser, baseUrl, ms) {
  const page = await newPage(browser)
  try {
    await page.goto(`${baseUrl}/`)
    await page.locator('main h1').waitFor()
    await page.waitForLoadState('networkidle')
    return await measureFrames(page, ms)
  } finally {
    await page.context().close()
  }
}
