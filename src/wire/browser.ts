import type { BrowserRole, RoleId } from '../protocol/roles.ts'
import { withIntendedRequestHeaders } from '../protocol/script-headers.ts'
import { buildSubmission } from '../protocol/html-forms/form-submission.ts'
import { extractForms } from '../protocol/html-forms/html-forms.ts'
import type { HtmlForm } from '../protocol/html-forms/html-forms.ts'
import { extractImages } from '../protocol/html-forms/html-images.ts'
import {
  DEFAULT_REFERRER_POLICY,
  parseReferrerPolicy,
  referrerFor,
} from '../protocol/referrer-policy.ts'
import { readObject, readStrings } from '../protocol/snapshot-data.ts'
import { createCookieJar, siteOf } from './cookie-jar.ts'
import type { Cookie } from './cookie-jar.ts'
import { headerValue } from './exchange.ts'
import type { HeaderList } from './exchange.ts'
import { readPage } from './saved-records.ts'
import { nextHop, readHop, redirectTarget, type Hop } from './redirect-hop.ts'
import type { Wire } from './wire.ts'

export type { Hop } from './redirect-hop.ts'

/** One response as the browser window shows it. */
export interface Page {
  /** The address bar: the URL that answered, with the fragment the browser kept. */
  readonly url: string
  readonly status: number
  readonly statusText: string
  readonly headers: HeaderList
  readonly contentType: string | null
  readonly body: string
  /** For a 3xx with a Location: where it points, resolved against `url`; else null. */
  readonly redirectTo: string | null
  /** The role whose server answered, or null when nothing lives at that origin. */
  readonly servedBy: RoleId | null
}

export interface NavigateOptions {
  /** Follow redirects to the end (at most 20 hops). Default false: one hop per call, for step-by-step flows. */
  readonly follow?: boolean
  /** The page whose link started this navigation, null when typed into the address bar. Default: the current page. */
  readonly initiator?: string | null
}

export interface SubmitOptions {
  /** The button to press, by label or value (default: the one an override names, else the first). */
  readonly submitter?: string
  readonly follow?: boolean
}

/** An image the browser loaded for a page, and the Referer it sent with the request. */
export interface ImageLoad {
  readonly url: string
  readonly status: number
  /** The Referer header sent, or null when the referrer policy allowed none (W3C Referrer Policy §8.3). */
  readonly referer: string | null
}

/** Which form of a page: its index, '#id', or its action (as written, or resolved). */
export type FormSelector = number | string

export interface Browser {
  navigate(url: string, options?: NavigateOptions): Promise<Page>
  /** Goes where the current page redirects, with the method the status code prescribes. */
  followRedirect(options?: { readonly follow?: boolean }): Promise<Page>
  /** Fills and submits a form of `page` with the page's cookies, as pressing its button would. */
  submitForm(
    page: Page,
    form?: FormSelector,
    overrides?: Readonly<Record<string, string>>,
    options?: SubmitOptions,
  ): Promise<Page>
  forms(page: Page): readonly HtmlForm[]
  /**
   * Loads the images `page` embeds from http(s) URLs, as a browser does after rendering it: each
   * request carries the Referer its referrer policy allows (the element's referrerpolicy, else the
   * page's Referrer-Policy header, else strict-origin-when-cross-origin). data: images need no
   * request. Used to show how a page leaks its URL to a third-party image host (RFC 9700 §4.2).
   */
  loadImages(page: Page): Promise<readonly ImageLoad[]>
  /** The URLs of the pages this browser showed, oldest first, fragments included: its history (RFC 9700 §4.3). */
  history(): readonly string[]
  /** The address bar, or null before the first navigation. */
  location(): string | null
  page(): Page | null
  cookies(): readonly Cookie[]
  /** Every Set-Cookie the browser refused, with the reason. */
  refusedCookies(): readonly string[]
  subscribe(listener: (page: Page) => void): () => void
  /** Forgets the page and every cookie: a fresh browser profile. */
  reset(): void
  /** Cookies, page, the redirect it would follow and refused cookies, for a page reload. */
  snapshot(): BrowserSnapshot
}

/** A browser's state as plain data: createBrowser(wire, options, saved) brings it back. */
export interface BrowserSnapshot {
  cookies: Cookie[]
  page: Page | null
  /** The request the current page's redirect leads to, if it is one. */
  pendingRedirect: Hop | null
  refused: string[]
  /** The pages it showed, fragments included (see history()). */
  history: string[]
}

const MAX_REDIRECTS = 20

export interface BrowserOptions {
  /** The lab clock in ms, for cookie lifetimes. Default Date.now. */
  readonly now?: () => number
  /** Whose browser it is: every request it makes is recorded as this role's. Default user-agent (Alice's). */
  readonly role?: BrowserRole
}

/**
 * A browser simulated on the wire (Alice's, or an attacker's): it navigates, keeps cookies, shows
 * pages, submits forms, and does not follow redirects unless asked, so each hop of a flow is its
 * own step. Every request it makes is recorded as its role's, front channel. `saved` (a snapshot)
 * brings back an earlier browser's cookies and page.
 */
export function createBrowser(wire: Wire, options: BrowserOptions = {}, saved?: unknown): Browser {
  const role = options.role ?? 'user-agent'
  const restored = saved === undefined ? undefined : readObject(saved, 'the saved browser')
  const jar = createCookieJar(
    options.now ?? Date.now,
    restored ? (restored.cookies ?? null) : undefined,
  )
  let current: Page | null =
    restored?.page == null ? null : readPage(restored.page, 'the browser page')
  let pendingRedirect: Hop | null =
    restored?.pendingRedirect == null ? null : readHop(restored.pendingRedirect)
  let refused: string[] = restored ? readStrings(restored.refused, 'the refused cookies') : []
  let visited: string[] = restored ? readStrings(restored.history, 'the browser history') : []
  const listeners = new Set<(page: Page) => void>()

  async function load(hop: Hop): Promise<Page> {
    const sameSite = hop.sites.every((site) => site === siteOf(hop.url))
    const safe = hop.method === 'GET' || hop.method === 'HEAD'
    const headers = new Headers({ Accept: 'text/html,*/*;q=0.8' })
    const cookie = jar.cookieHeader(hop.url, { sameSite, safeTopLevelNavigation: safe })
    if (cookie !== undefined) headers.set('Cookie', cookie)
    if (hop.body !== null) headers.set('Content-Type', 'application/x-www-form-urlencoded')
    if (hop.origin !== null) headers.set('Origin', hop.origin)
    // A page's Fetch drops Cookie and Origin from script-made Requests; put them back.
    const request = withIntendedRequestHeaders(
      new Request(hop.url, { method: hop.method, headers, body: hop.body }),
      headers,
    )
    const response = await wire.send(request, { from: role, channel: 'front' })
    refused = [...refused, ...jar.store(hop.url, response.headers.getSetCookie())]
    const page: Page = Object.freeze({
      url: hop.url,
      status: response.status,
      statusText: response.statusText,
      headers: Object.freeze([...response.headers].map(([n, v]) => Object.freeze([n, v] as const))),
      contentType: response.headers.get('content-type'),
      body: await response.text(),
      redirectTo: redirectTarget(response, hop.url),
      servedBy: wire.roleAt(hop.url) ?? null,
    })
    pendingRedirect = page.redirectTo === null ? null : nextHop(hop, page.status, page.redirectTo)
    current = page
    if (page.redirectTo === null) visited = [...visited, page.url]
    for (const listener of [...listeners]) listener(page)
    return page
  }

  async function followRedirect(options: { readonly follow?: boolean } = {}): Promise<Page> {
    if (pendingRedirect === null)
      throw new Error(
        `The page at ${current?.url ?? '(none)'} is not a redirect; there is nothing to follow.`,
      )
    let page = await load(pendingRedirect)
    for (let hops = 1; options.follow && pendingRedirect !== null; hops++) {
      if (hops >= MAX_REDIRECTS)
        throw new Error(`Stopped after ${MAX_REDIRECTS} redirects (last at ${page.url}).`)
      page = await load(pendingRedirect)
    }
    return page
  }

  async function start(hop: Hop, follow: boolean | undefined): Promise<Page> {
    const page = await load(hop)
    return follow && pendingRedirect !== null ? followRedirect({ follow: true }) : page
  }

  return {
    async navigate(url, options = {}) {
      const initiator = options.initiator === undefined ? (current?.url ?? null) : options.initiator
      const target = new URL(url).href
      return start(
        {
          method: 'GET',
          url: target,
          body: null,
          sites: initiator === null ? [] : [siteOf(initiator)],
          origin: null,
        },
        options.follow,
      )
    },
    followRedirect,
    async submitForm(page, selector = 0, overrides = {}, options = {}) {
      const form = pickForm(extractForms(page.body), selector, page.url)
      const submission = buildSubmission(form, page.url, {
        overrides,
        submitter: options.submitter,
      })
      const origin = new URL(page.url).origin
      return start(
        {
          method: submission.method,
          url: submission.url,
          body: submission.body,
          sites: [siteOf(page.url)],
          origin: submission.method === 'POST' ? origin : null,
        },
        options.follow,
      )
    },
    forms: (page) => extractForms(page.body),
    async loadImages(page) {
      const pagePolicy = parseReferrerPolicy(headerValue(page.headers, 'referrer-policy'))
      const loads: ImageLoad[] = []
      for (const image of extractImages(page.body)) {
        const url = new URL(image.src, page.url)
        if (url.protocol !== 'https:' && url.protocol !== 'http:') continue
        const policy =
          parseReferrerPolicy(image.referrerPolicy) ?? pagePolicy ?? DEFAULT_REFERRER_POLICY
        const referer = referrerFor(page.url, url.href, policy) ?? null
        const headers = new Headers({ Accept: 'image/*' })
        if (referer !== null) headers.set('Referer', referer)
        const cookie = jar.cookieHeader(url.href, {
          sameSite: siteOf(url.href) === siteOf(page.url),
          safeTopLevelNavigation: false,
        })
        if (cookie !== undefined) headers.set('Cookie', cookie)
        // Referer, like Cookie, is a header a page's Fetch drops from script-made Requests.
        const request = withIntendedRequestHeaders(new Request(url, { headers }), headers)
        const response = await wire.send(request, { from: role, channel: 'front' })
        refused = [...refused, ...jar.store(url.href, response.headers.getSetCookie())]
        loads.push({ url: url.href, status: response.status, referer })
      }
      return loads
    },
    history: () => visited,
    location: () => current?.url ?? null,
    page: () => current,
    cookies: () => jar.all(),
    refusedCookies: () => refused,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    reset() {
      jar.clear()
      current = pendingRedirect = null
      refused = []
      visited = []
    },
    snapshot: () => ({
      cookies: jar.snapshot(),
      page: current,
      pendingRedirect: pendingRedirect && { ...pendingRedirect, sites: [...pendingRedirect.sites] },
      refused: [...refused],
      history: [...visited],
    }),
  }
}

function pickForm(forms: readonly HtmlForm[], selector: FormSelector, pageUrl: string): HtmlForm {
  const found =
    typeof selector === 'number'
      ? forms[selector]
      : forms.find((f) => {
          if (selector.startsWith('#')) return f.id === selector.slice(1)
          const action = new URL(f.action === '' ? pageUrl : f.action, pageUrl)
          return f.action === selector || action.href === selector || action.pathname === selector
        })
  if (found === undefined) {
    const actions =
      forms.map((f, i) => `${i}: ${f.method} ${f.action || '(this page)'}`).join('; ') || 'none'
    throw new Error(`No form ${String(selector)} on ${pageUrl}. Its forms are: ${actions}.`)
  }
  return found
}
