import { buildSubmission } from '../../protocol/html-forms/form-submission.ts'
import { extractForms, isSubmitButton } from '../../protocol/html-forms/html-forms.ts'

type FetchHandler = (request: Request) => Promise<Response>

/** What the browser shows after a navigation. */
export interface BrowserPage {
  /** The URL of the last response fetched, or the URL the browser was sent to but cannot reach. */
  url: string
  status: number
  headers: Headers
  body: string
  /** Every request made by this navigation, in order. */
  history: { method: string; url: string; status: number }[]
  /** Set when a redirect left the handled origins (typically to the client's redirect URI). */
  redirectedTo?: URL
}

export interface BrowserClient {
  /** GET a URL, following redirects within the handled origins. */
  open(url: string): Promise<BrowserPage>
  /** Sends a request (e.g. a form POST), following redirects as a browser does. */
  navigate(request: Request): Promise<BrowserPage>
  /** Submits the page's form number `index`, filling `fill`, pressing `submitter` if given. */
  submit(
    page: BrowserPage,
    fill?: Record<string, string>,
    submitter?: { name: string; value: string },
    index?: number,
  ): Promise<BrowserPage>
  /** Cookies held for an origin, by name. */
  cookies(origin: string): Map<string, string>
  /** Every request this browser has made, across navigations. */
  history(): BrowserPage['history']
}

/**
 * A minimal browser over a Fetch-API handler for tests and tools: follows redirects (303 and
 * 301/302 after POST become GET), keeps cookies per origin (Max-Age=0 deletes), and submits HTML
 * forms with the shared reader of protocol/html-forms/. Redirects to an origin `handles` rejects
 * are not fetched: the page records `redirectedTo`.
 */
export function createBrowserClient(
  fetchHandler: FetchHandler,
  handles: (url: URL) => boolean,
): BrowserClient {
  const jar = new Map<string, Map<string, string>>()
  const log: BrowserPage['history'] = []
  const cookiesFor = (origin: string) => jar.get(origin) ?? jar.set(origin, new Map()).get(origin)!

  function storeCookies(url: URL, response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attrs] = header.split(';')
      const eq = pair.indexOf('=')
      if (eq < 0) continue
      const name = pair.slice(0, eq).trim()
      const expired = attrs.some((attr) => /^\s*max-age\s*=\s*(0|-\d+)\s*$/i.test(attr))
      if (expired) cookiesFor(url.origin).delete(name)
      else cookiesFor(url.origin).set(name, pair.slice(eq + 1).trim())
    }
  }

  async function navigate(first: Request): Promise<BrowserPage> {
    const history: BrowserPage['history'] = []
    let request = first
    for (let hop = 0; hop < 20; hop++) {
      const url = new URL(request.url)
      const cookies = [...cookiesFor(url.origin)]
        .map(([name, value]) => `${name}=${value}`)
        .join('; ')
      if (cookies) request.headers.set('cookie', cookies)
      const response = await fetchHandler(request)
      storeCookies(url, response)
      history.push({ method: request.method, url: request.url, status: response.status })
      log.push({ method: request.method, url: request.url, status: response.status })
      const location = response.headers.get('location')
      if (response.status >= 300 && response.status < 400 && location) {
        const next = new URL(location, url)
        if (!handles(next))
          return {
            url: next.toString(),
            status: response.status,
            headers: response.headers,
            body: await response.text(),
            history,
            redirectedTo: next,
          }
        const keepMethod = response.status === 307 || response.status === 308
        request = keepMethod
          ? new Request(next, {
              method: request.method,
              body: await request.clone().text(),
              headers: request.headers,
            })
          : new Request(next)
        continue
      }
      return {
        url: request.url,
        status: response.status,
        headers: response.headers,
        body: await response.text(),
        history,
      }
    }
    throw new Error('too many redirects')
  }

  return {
    open: (url) => navigate(new Request(url)),
    navigate,
    async submit(page, fill = {}, submitter, index = 0) {
      const form = extractForms(page.body)[index]
      if (!form) throw new Error(`no form #${index} on ${page.url}`)
      if (
        submitter &&
        !form.controls.some(
          (c) => isSubmitButton(c) && c.name === submitter.name && c.value === submitter.value,
        )
      ) {
        throw new Error(`the form has no button ${submitter.name}=${submitter.value}`)
      }
      // Without a submitter no button is pressed (as form.submit() does), so a test can send a form with no decision.
      const overrides = submitter ? { ...fill, [submitter.name]: submitter.value } : fill
      const submission = buildSubmission(form, page.url, {
        overrides,
        submitter: submitter ? undefined : null,
      })
      if (submission.method === 'GET') return navigate(new Request(submission.url))
      return navigate(
        new Request(submission.url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: submission.body,
        }),
      )
    },
    cookies: (origin) => new Map(cookiesFor(origin)),
    history: () => [...log],
  }
}
