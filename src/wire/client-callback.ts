import { readStrings } from '../protocol/snapshot-data.ts'
import type { WireRoute } from './wire.ts'

export interface ClientCallbackRoute extends WireRoute {
  /** Every URL that reached /callback, oldest first: the authorization responses (RFC 6749 §4.1.2). */
  received(): readonly string[]
  /** The latest URL that reached /callback, or null. */
  lastCallback(): string | null
  clear(): void
}

/** Another page of the client's site, served as it is (user content, say). */
export interface ClientPage {
  readonly title: string
  /** The page's body HTML, inside its <main>. */
  readonly body: string
  /** Its Referrer-Policy header; default no-referrer, like the callback. */
  readonly referrerPolicy?: string
}

export interface ClientCallbackOptions {
  /** The client's name on its own pages. Default: the host of its origin. */
  readonly clientName?: string
  /** What the front end does next, in a sentence, shown under the parameters. */
  readonly nextStep?: string
  /** Other pages of the site by path, answered to GET whatever their query. */
  readonly pages?: Readonly<Record<string, ClientPage>>
  /** What the client asked for, in words, for an error's lead: 'a code' (default), 'a token'. */
  readonly expects?: string
  /** The URLs an earlier callback received (its `received()`), brought back after a page reload. */
  readonly received?: unknown
}

const SHOWN = ['code', 'state', 'iss', 'error', 'error_description', 'error_uri'] as const

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * The front end of an OAuth client at `origin`: it answers the browser's GET /callback, the
 * redirection endpoint of RFC 6749 §3.1.2, with a small page that shows the authorization
 * response it received. It keeps the URLs so the flow can read code, state and iss itself. The
 * page is sent with Referrer-Policy: no-referrer so the code does not leak onward (RFC 9700 §4.2).
 */
export function createClientCallbackRoute(
  origin: string,
  options: ClientCallbackOptions = {},
): ClientCallbackRoute {
  const base = new URL(origin).origin
  const name = options.clientName ?? new URL(base).host
  const nextStep = options.nextStep ?? 'The client now checks state and redeems the code.'
  let received: string[] =
    options.received === undefined ? [] : readStrings(options.received, 'the received callbacks')

  async function fetch(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const other = Object.hasOwn(options.pages ?? {}, url.pathname)
      ? options.pages?.[url.pathname]
      : undefined
    if (other && request.method === 'GET')
      return html(200, other.title, other.body, {
        'Referrer-Policy': other.referrerPolicy ?? 'no-referrer',
      })
    if (url.pathname !== '/callback') {
      return html(
        404,
        `${name}: page not found`,
        `<p>${escapeHtml(name)} has no page at <code>${escapeHtml(url.pathname)}</code>.</p>`,
      )
    }
    if (request.method !== 'GET') {
      return html(405, `${name}: method not allowed`, '<p>The callback answers GET only.</p>', {
        Allow: 'GET',
      })
    }
    received = [...received, url.href]
    const failed = url.searchParams.has('error')
    const rows = SHOWN.filter((key) => url.searchParams.has(key))
      .map(
        (key) =>
          `<dt>${key}</dt><dd><code>${escapeHtml(url.searchParams.get(key) ?? '')}</code></dd>`,
      )
      .join('\n')
    // An implicit response lives in the fragment, which the browser never sends (RFC 3986 §3.5):
    // then this server saw no parameters at all, and the page must not say it received them.
    const empty = rows === ''
    const lead = failed
      ? `The authorization server sent ${escapeHtml(name)} an error instead of ${escapeHtml(options.expects ?? 'a code')}.`
      : empty
        ? `The request that reached ${escapeHtml(name)} carried no parameters.`
        : `${escapeHtml(name)} received the authorization response.`
    const body = `<p>${lead}</p>\n<dl>\n${rows || '<dt>parameters</dt><dd>none</dd>'}\n</dl>\n<p>${escapeHtml(failed ? 'The client shows the error and does not call the token endpoint.' : nextStep)}</p>`
    return html(
      200,
      empty ? `${name}: the callback page` : `${name} received the authorization response`,
      body,
    )
  }

  return {
    origin: base,
    role: 'client',
    fetch,
    received: () => received,
    lastCallback: () => received.at(-1) ?? null,
    clear: () => void (received = []),
  }
}

/** The client's own look (not the authorization server's): its pages are another site. */
const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;background:#fffbeb;color:#1c1917}
main{max-width:36rem;margin:1.5rem auto;padding:1.25rem 1.5rem;background:#fff;border-top:6px solid #b45309;border-radius:.5rem;box-shadow:0 1px 4px #0002}
h1{font-size:1.25rem;margin:0 0 .75rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.35rem .75rem;margin:.75rem 0}
dt{font-weight:600}
dd{margin:0;overflow-wrap:anywhere}
code{font-size:.95em;background:#f5f5f4;padding:0 .25rem;border-radius:.25rem}
`

function html(
  status: number,
  title: string,
  body: string,
  headers: Record<string, string> = {},
): Response {
  const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${escapeHtml(title)}</h1>
${body}
</main></body>
</html>
`
  return new Response(page, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      ...headers,
    },
  })
}
