// First-load JavaScript: what the browser fetched, from an empty cache, before the route's main
// heading (the <h1> in <main>) was first painted.
import { newPage } from './serve.mjs'

/** Marks the first animation frame in which `main h1` has a box: the heading is on screen. */
function watchHeading() {
  const bench = (window.__bench ??= {})
  const check = () => {
    const heading = document.querySelector('main h1')
    if (
      heading &&
      heading.getBoundingClientRect().height > 0 &&
      getComputedStyle(heading).visibility !== 'hidden'
    ) {
      bench.headingAt = performance.now()
      bench.headingText = heading.textContent.trim()
      return
    }
    requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

/**
 * Loads `path` in a fresh context and splits the JS it fetched into what came before the heading
 * was visible and what came after (lazy chunks the page asked for once it was up).
 * Transfer sizes come from Resource Timing (body bytes as sent: `vite preview` compresses);
 * gzip sizes from the build's files, so they do not depend on the server.
 */
export async function measureFirstLoad(browser, baseUrl, path, files) {
  const page = await newPage(browser)
  try {
    await page.addInitScript(watchHeading)
    await page.goto(baseUrl + path, { waitUntil: 'commit' })
    await page.waitForFunction(() => window.__bench?.headingAt !== undefined, undefined, {
      timeout: 30_000,
    })
    await page.waitForLoadState('networkidle')
    const { headingAt, headingText, resources } = await page.evaluate(() => ({
      headingAt: window.__bench.headingAt,
      headingText: window.__bench.headingText,
      resources: performance.getEntriesByType('resource').map((entry) => ({
        url: new URL(entry.name).pathname,
        responseEnd: entry.responseEnd,
        transfer: entry.encodedBodySize,
      })),
    }))
    const js = resources.filter((resource) => resource.url.endsWith('.js'))
    const chunk = (resource) => {
      const file = files.get(resource.url)
      if (!file) throw new Error(`The page fetched ${resource.url}, which is not in the build.`)
      return {
        file: resource.url.replace(/^\/assets\//, ''),
        transfer: resource.transfer,
        gzip: file.gzip,
        raw: file.raw,
      }
    }
    const before = js.filter((resource) => resource.responseEnd <= headingAt).map(chunk)
    const after = js.filter((resource) => resource.responseEnd > headingAt).map(chunk)
    const sum = (list, key) => list.reduce((total, item) => total + item[key], 0)
    return {
      path,
      heading: headingText,
      headingAtMs: headingAt,
      transfer: sum(before, 'transfer'),
      gzip: sum(before, 'gzip'),
      raw: sum(before, 'raw'),
      chunks: before,
      laterChunks: after,
    }
  } finally {
    await page.context().close()
  }
}
