import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderPage } from '../auth-server/pages/layout.ts'
import { startLocalServers, type LocalServers } from './local-servers.ts'
import { inlineStyleHashes, localServerHeaders, serverPageStyleHashes } from './security-headers.ts'

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

describe('inlineStyleHashes', () => {
  it('hashes the text of each style element exactly, once per distinct sheet', () => {
    const html =
      '<style>a{color:red}</style><p>x</p><style media="print">\nb{}\n</style><style>a{color:red}</style>'
    expect(inlineStyleHashes(html)).toEqual([sha256('a{color:red}'), sha256('\nb{}\n')])
  })

  it('covers the sheet the authorization server puts in every page', () => {
    const page = renderPage({ title: 'Consent', issuer: 'https://as.example', body: '' })
    const sheet = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1]
    expect(sheet).toBeTruthy()
    expect(serverPageStyleHashes()).toEqual([sha256(sheet!)])
  })
})

describe('localServerHeaders', () => {
  it('gives HTML pages a policy that allows only their own styles and no framing', () => {
    const headers = localServerHeaders('text/html; charset=utf-8')
    const policy = headers['content-security-policy']
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain(`style-src ${serverPageStyleHashes().join(' ')}`)
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("base-uri 'none'")
    expect(policy).not.toContain('unsafe-inline')
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
    })
  })

  it('gives JSON answers a policy that loads nothing', () => {
    expect(localServerHeaders('application/json')['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    )
  })
})

describe('the local servers send the headers', () => {
  let servers: LocalServers
  beforeAll(async () => {
    servers = await startLocalServers({ authPort: 0, apiPort: 0 })
  })
  afterAll(() => servers.close())

  it('on an HTML page (the device verification page): a second, hash-only policy', async () => {
    const response = await fetch(`${servers.authUrl}/device`, {
      signal: AbortSignal.timeout(5000),
    })
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await response.text()
    // Fetch joins repeated headers with ", ": each part is a policy the browser enforces.
    const policies = response.headers.get('content-security-policy')?.split(', ') ?? []
    expect(policies).toHaveLength(2)
    expect(policies[1]).toBe(localServerHeaders('text/html')['content-security-policy'])
    // The page's own styles are what the hashes allow.
    const styles = inlineStyleHashes(html)
    expect(styles.length).toBeGreaterThan(0)
    for (const hash of styles) expect(policies[1]).toContain(hash)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
  })

  it('on JSON from both servers, errors included', async () => {
    for (const url of [`${servers.authUrl}/jwks`, `${servers.apiUrl}/photos`]) {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
      expect(response.headers.get('content-security-policy'), url).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      )
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff')
      expect(response.headers.get('referrer-policy'), url).toBe('no-referrer')
      expect(response.headers.get('x-frame-options'), url).toBe('DENY')
    }
  })
})
