import { escapeHtml, renderPage } from './layout.ts'
import { htmlResponse } from '../http/responses.ts'

const NOT_REDIRECTED =
  'You were not sent back to the application, because the server cannot be sure the address it asked for belongs to it.'

/**
 * The page shown instead of a redirect when the client or its redirect URI cannot be trusted
 * (RFC 6749 §3.1.2.4, §4.1.2.1): the server must tell the user and never redirect.
 */
export function errorPageResponse(options: {
  issuer: string
  error: string
  description: string
  status?: number
  /** What the user can do next; defaults to the explanation of why there was no redirect. */
  hint?: string
}): Response {
  const body = `<p class="error" role="alert">${escapeHtml(options.description)}</p>
<p>Error code: <code>${escapeHtml(options.error)}</code></p>
<p>${escapeHtml(options.hint ?? NOT_REDIRECTED)}</p>`
  return htmlResponse(
    renderPage({ title: 'This request cannot be completed', issuer: options.issuer, body }),
    options.status ?? 400,
  )
}
