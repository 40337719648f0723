// The token inspector under abuse: a token of 10,000 dots, a 1 MB JWT-shaped paste and a 200 kB
// `#token=` link. Each is measured from the moment it reaches the page (the paste, the hash
// change) until the page has settled, as the main thread's CPU time in a trace (not a timed test:
// on a shared 2-core machine only CPU time is steady).
import { TRACE_CATEGORIES, tasksByWindow } from './main-thread.mjs'
import { newPage } from './serve.mjs'

const MARK = 'bench-abuse-'
const QUIET_MS = 300
const HEADER = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')

/** A JWT-shaped text of about `chars` characters: a real header and a payload far too big. */
function jwtShaped(chars) {
  const claims = JSON.stringify({ sub: 'alice', blob: 'x'.repeat(Math.floor(chars * 0.75)) })
  return `${HEADER}.${Buffer.from(claims).toString('base64url')}.c2lnbmF0dXJl`
}

export const ABUSE_CASES = [
  { name: 'a token of 10,000 dots, pasted', paste: '.'.repeat(10_000) },
  { name: 'a 1 MB JWT-shaped paste', paste: jwtShaped(1_000_000) },
  { name: 'a 200 kB #token= link (hash change)', hash: `#token=${jwtShaped(200_000)}` },
]

/** In the page: the inspector has shown its summary of what it cut. */
const settled = () =>
  [...document.querySelectorAll('section h3')].some((h) =>
    h.textContent.startsWith('Too big to show in full'),
  )

/** Opens /inspect once per case and measures the case in a trace of its own. */
export async function measureInspectorAbuse(browser, baseUrl) {
  const results = []
  for (const [index, abuse] of ABUSE_CASES.entries()) {
    const page = await newPage(browser)
    try {
      await page.goto(`${baseUrl}/inspect`)
      const box = page.getByRole('textbox', { name: /^Token: paste a JWT/ })
      await box.waitFor()
      await page.waitForLoadState('networkidle')
      if (abuse.paste !== undefined) {
        // A real paste (Ctrl+V from the clipboard), not a typed fill: the page may refuse to put
        // a huge paste in the box, and that is part of what is measured.
        await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
        await page.evaluate((text) => navigator.clipboard.writeText(text), abuse.paste)
        await box.focus()
      } else {
        // Staged before the trace, so the measured window does not carry 200 kB over CDP.
        await page.evaluate((hash) => (window.__benchHash = hash), abuse.hash)
      }
      await browser.startTracing(page, { categories: TRACE_CATEGORIES })
      let trace
      try {
        await page.evaluate((mark) => performance.mark(mark), `${MARK}${index}:start`)
        if (abuse.paste !== undefined) await page.keyboard.press('ControlOrMeta+V')
        else await page.evaluate(() => (window.location.hash = window.__benchHash))
        await page.waitForFunction(settled, undefined, { polling: 10, timeout: 30_000 })
        await page.waitForTimeout(QUIET_MS)
        await page.evaluate((mark) => performance.mark(mark), `${MARK}${index}:end`)
      } finally {
        trace = (await browser.stopTracing()).toString()
      }
      const cpu = tasksByWindow(trace, MARK).get(index)
      const elements = await page.evaluate(() => document.querySelectorAll('main *').length)
      results.push({
        name: abuse.name,
        chars: (abuse.paste ?? abuse.hash).length,
        elements,
        ...cpu,
      })
    } finally {
      await page.context().close()
    }
  }
  return results
}
