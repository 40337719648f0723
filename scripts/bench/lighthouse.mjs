// Lighthouse 12 on every route, with its default mobile emulation (a mid-range phone: simulated
// slow 4G and a 4x slower CPU), against Debian's Chromium. Each route is audited `runs` times in a
// fresh browser and the median of each figure is reported.
import lighthouse from 'lighthouse'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath, freePort } from './serve.mjs'
import { median } from './report.mjs'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']
const METRICS = {
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  fcpMs: 'first-contentful-paint',
}

/** One Lighthouse run of `url` in a fresh Chromium. */
async function audit(url) {
  const port = await freePort()
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  })
  try {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    })
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`)
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
    )
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([name, id]) => [name, lhr.audits[id]?.numericValue ?? null]),
    )
    // What keeps a category below 100: each failing audit that carries weight.
    const failing = CATEGORIES.flatMap((id) =>
      (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map(
          (ref) =>
            `${id}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`,
        ),
    )
    return { ...scores, ...metrics, failing, lighthouseVersion: lhr.lighthouseVersion }
  } finally {
    await browser.close()
  }
}

/** Medians over `runs` audits of each path; the failing audits of every run, without repeats. */
export async function measureLighthouse(baseUrl, paths, runs, log) {
  const out = []
  for (const path of paths) {
    const samples = []
    for (let i = 1; i <= runs; i++) {
      log(`Lighthouse ${path} (${i} of ${runs}) …`)
      samples.push(await audit(baseUrl + path))
    }
    const row = { path, runs: samples, failing: [...new Set(samples.flatMap((s) => s.failing))] }
    for (const key of [...CATEGORIES, ...Object.keys(METRICS)])
      row[key] = median(samples.map((sample) => sample[key]))
    row.lighthouseVersion = samples[0].lighthouseVersion
    out.push(row)
  }
  return out
}
