/**
 * Security headers for what the lab serves: the local servers' responses (node-adapter.ts) and,
 * through vite.config.ts, the app's own Content-Security-Policy. One place computes the hashes of
 * the authorization server's inline styles, so its pages render under a policy without
 * 'unsafe-inline' both over HTTP and inside the app's sandboxed srcdoc frame (which inherits the
 * app's policy, CSP3 §4.2.1 / HTML "policy container" inheritance).
 */
import { createHash } from 'node:crypto'
import { renderPage } from '../auth-server/pages/layout.ts'

/** A CSP `hash-source` ('sha256-…') for each inline `<style>` element in `html` (CSP3 §2.3.1). */
export function inlineStyleHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    const digest = createHash('sha256')
      .update(match[1] ?? '', 'utf8')
      .digest('base64')
    hashes.add(`'sha256-${digest}'`)
  }
  return [...hashes]
}

/**
 * The hashes of the style sheet every authorization-server page carries (pages/layout.ts renders
 * one constant sheet). Computed from a rendered page, so editing the sheet changes the hash.
 */
export function serverPageStyleHashes(): string[] {
  pageStyleHashes ??= inlineStyleHashes(
    renderPage({ title: 'Sign in', issuer: 'http://localhost:9000', body: '<p>page</p>' }),
  )
  return pageStyleHashes
}
let pageStyleHashes: string[] | undefined

/** Serialises directives (`{ 'default-src': ["'self'"] }`) as a policy string. */
export function formatPolicy(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}

/**
 * Headers every local-server response carries unless its handler set them: no MIME sniffing
 * (Fetch §X-Content-Type-Options), no Referer leaking codes or state to other sites (Referrer
 * Policy §3), and a policy that lets a page load nothing but its own styles and never be framed
 * (clickjacking of the login and consent pages, RFC 9700 §4.16). No form-action: the consent
 * form's POST answers with a redirect to the client's redirect_uri, on any registered origin.
 */
export function localServerHeaders(contentType: string | null): Record<string, string> {
  const isHtml = /^text\/html\b/i.test(contentType ?? '')
  const policy = isHtml
    ? formatPolicy({
        'default-src': ["'none'"],
        'style-src': serverPageStyleHashes(),
        'img-src': ['data:'],
        'base-uri': ["'none'"],
        'frame-ancestors': ["'none'"],
      })
    : formatPolicy({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] })
  return {
    'content-security-policy': policy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  }
}
