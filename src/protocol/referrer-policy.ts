/** The referrer policies of W3C Referrer Policy §3. */
export type ReferrerPolicy =
  | 'no-referrer'
  | 'no-referrer-when-downgrade'
  | 'same-origin'
  | 'origin'
  | 'strict-origin'
  | 'origin-when-cross-origin'
  | 'strict-origin-when-cross-origin'
  | 'unsafe-url'

const POLICIES: readonly ReferrerPolicy[] = [
  'no-referrer',
  'no-referrer-when-downgrade',
  'same-origin',
  'origin',
  'strict-origin',
  'origin-when-cross-origin',
  'strict-origin-when-cross-origin',
  'unsafe-url',
]

/** What browsers use when neither the page nor the element names a policy (Fetch §4.1, HTML). */
export const DEFAULT_REFERRER_POLICY: ReferrerPolicy = 'strict-origin-when-cross-origin'

/**
 * The policy a Referrer-Policy header or a referrerpolicy attribute names: the last token the
 * browser understands wins (Referrer Policy §4.1, §11.1); undefined when none is understood.
 */
export function parseReferrerPolicy(value: string | null | undefined): ReferrerPolicy | undefined {
  let policy: ReferrerPolicy | undefined
  for (const token of (value ?? '').split(',')) {
    const name = token.trim().toLowerCase()
    if ((POLICIES as readonly string[]).includes(name)) policy = name as ReferrerPolicy
  }
  return policy
}

/**
 * The Referer header a browser sends from a page at `from` for a request to `to` (Referrer
 * Policy §8.3): the page's URL without credentials and fragment, or only its origin, or nothing.
 * The fragment is never sent; the query (where an authorization code travels) is sent whole by
 * unsafe-url, by no-referrer-when-downgrade to any https URL, and same-origin by the others that
 * allow it (RFC 9700 §4.2).
 */
export function referrerFor(from: string, to: string, policy: ReferrerPolicy): string | undefined {
  const page = new URL(from)
  if (page.protocol !== 'https:' && page.protocol !== 'http:') return undefined
  page.username = ''
  page.password = ''
  page.hash = ''
  const full = page.href
  const origin = `${page.origin}/`
  const target = new URL(to)
  const sameOrigin = target.origin === page.origin
  const downgrade = page.protocol === 'https:' && target.protocol !== 'https:'
  switch (policy) {
    case 'no-referrer':
      return undefined
    case 'unsafe-url':
      return full
    case 'origin':
      return origin
    case 'no-referrer-when-downgrade':
      return downgrade ? undefined : full
    case 'same-origin':
      return sameOrigin ? full : undefined
    case 'origin-when-cross-origin':
      return sameOrigin ? full : origin
    case 'strict-origin':
      return downgrade ? undefined : origin
    case 'strict-origin-when-cross-origin':
      return sameOrigin ? full : downgrade ? undefined : origin
  }
}
