import { beforeAll, describe, expect, it } from 'vitest'
import { findFlow } from '../../flows/registry'
import { compareFlow, type ComparedFlow } from './comparison-model'
import { runPlan } from './run-plan'

/** Each flow run for real, as the page runs it, then projected. */
async function compared(id: string): Promise<ComparedFlow> {
  const flow = await findFlow(id)?.load()
  if (!flow) throw new Error(`no flow ${id}`)
  return compareFlow(flow, await runPlan(flow))
}

const held = (flow: ComparedFlow, party: string) =>
  flow.secrets.find((entry) => entry.party === party)?.held.map((secret) => secret.what) ?? []

describe('the comparison, derived from real runs', () => {
  const flows: Record<string, ComparedFlow> = {}
  beforeAll(async () => {
    for (const id of [
      'authorization-code-pkce',
      'implicit',
      'authorization-code-confidential',
      'password',
      'client-credentials',
    ])
      flows[id] = await compared(id)
  }, 30_000)

  it('code + PKCE: only a spent code in the history; tokens arrive over the back channel', () => {
    const pkce = flows['authorization-code-pkce']!
    expect(pkce.history.exposed).toBe(false)
    expect(pkce.history.verdict).toBe(
      'Nothing usable: only an authorization code, spent or useless on its own.',
    )
    const callback = pkce.history.entries.find((entry) => entry.findings.length > 0)
    expect(callback?.url).toMatch(/^https:\/\/spa\.printshop\.example\/callback\?code=/)
    expect(callback?.findings[0]?.worth).toMatch(
      /already redeemed at step 8: single-use, so a replay is refused, and worthless without the code_verifier$/,
    )
    const accessToken = pkce.travel.filter((row) => row.what === 'access token')
    expect(accessToken.map((row) => [row.channel, row.route, row.how])).toEqual([
      ['back', 'auth.photos.example → Printshop web app', 'in the JSON answer'],
      ['back', 'Printshop web app → Photo API', 'as Authorization: Bearer'],
    ])
    expect(pkce.travel.find((row) => row.what === 'authorization code')?.channel).toBe('front')
  })

  it('implicit: a working access token in the history, delivered through the front channel', () => {
    const implicit = flows.implicit!
    expect(implicit.history.exposed).toBe(true)
    expect(implicit.history.verdict).toBe(
      'Something that works: an access token, in plain view in a URL.',
    )
    const entry = implicit.history.entries.find((e) => e.findings.length > 0)
    expect(entry?.url).toMatch(/^https:\/\/legacy\.printshop\.example\/callback#access_token=/)
    expect(entry?.findings[0]).toMatchObject({ param: 'access_token', usable: true })
    expect(implicit.travel[0]).toMatchObject({
      what: 'access token',
      channel: 'front',
      route: "auth.photos.example → Alice's browser",
    })
    expect(implicit.travel.some((row) => row.what === 'refresh token')).toBe(false)
    expect(held(implicit, "Alice's browser")).toContain('the client’s tokens')
  })

  it('confidential vs public: only the confidential client holds a secret, and keeps tokens on its server', () => {
    const confidential = flows['authorization-code-confidential']!
    const pkce = flows['authorization-code-pkce']!
    expect(held(confidential, 'Printshop (web server)')).toEqual([
      'a client secret',
      'a PKCE code_verifier',
      'the access token',
      'the refresh token',
    ])
    expect(held(pkce, 'Printshop web app')).not.toContain('a client secret')
    expect(held(pkce, "Alice's browser")).toContain('the client’s tokens')
    expect(held(confidential, "Alice's browser")).not.toContain('the client’s tokens')
    expect(confidential.comparison?.clientRunsIn).toBe('server')
    expect(pkce.comparison?.clientRunsIn).toBe('browser')
  })

  it('password: the client holds Alice’s password; no browser, so the history holds nothing', () => {
    const password = flows.password!
    expect(held(password, 'Legacy Printshop app')).toContain('Alice’s password')
    expect(password.secrets.find((s) => s.party === 'Alice')?.held[0]).toMatchObject({
      what: 'her password',
      exposed: true,
    })
    expect(password.history).toMatchObject({ entries: [], exposed: false })
    expect(password.channels).toMatchObject({ front: 0, 'out-of-band': 1 })
  })

  it('counts each step’s channel and names each step’s roles from the flow’s cast', () => {
    const jobs = flows['client-credentials']!
    expect(jobs.channels).toEqual({ front: 0, back: 7, 'out-of-band': 0, local: 0 })
    expect(jobs.steps[0]).toEqual({
      number: 1,
      title: 'The backup job asks for a token for itself',
      channel: 'back',
      route: 'Backup job → auth.photos.example',
    })
    expect(jobs.secrets.map((party) => party.party)).toEqual(['Backup job'])
    expect(jobs.history.verdict).toBe('Nothing: no browser takes part in this flow.')
  })
})
