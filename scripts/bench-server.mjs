// `npm run bench:server`: how the local authorization server holds up under sustained issuance.
// Starts the servers of `npm run auth-server` in this process, asks /token for tokens over real
// HTTP for a bounded time, then reports requests per second and the heap the server keeps per
// token after garbage collection: once while the tokens are live, once after the server clock has
// moved past their expiry and the retention hour (when every record must be gone). Each round
// does both; with several rounds the heap must come back to the same level every time.
//
//   npm run bench:server -- [--seconds 10] [--concurrency 8] [--rounds 2] [--grant client_credentials|refresh_token] [--out results.json]
//
//   --seconds n      how long to issue tokens (default 10)
//   --concurrency n  requests in flight at once (default 8)
//   --rounds n       issue-then-expire rounds (default 2)
//   --grant g        client_credentials (one new grant per token, default) or refresh_token
//                    (one grant rotated again and again: a new access and refresh token each time)
//   --out file       also write the figures as JSON
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { runnerImport } from 'vite'

const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '8' },
    grant: { type: 'string', default: 'client_credentials' },
    rounds: { type: 'string', default: '2' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
})
if (options.help) {
  console.log(
    'npm run bench:server -- [--seconds 10] [--concurrency 8] [--rounds 2] [--grant client_credentials|refresh_token] [--out results.json]',
  )
  process.exit(0)
}
const seconds = Number(options.seconds)
const concurrency = Number(options.concurrency)
const roundCount = Number(options.rounds)
if (!(seconds > 0) || !Number.isInteger(concurrency) || concurrency < 1)
  throw new Error('--seconds must be positive and --concurrency a whole number of at least 1.')
if (!Number.isInteger(roundCount) || roundCount < 1)
  throw new Error('--rounds must be a whole number of at least 1.')
if (!['client_credentials', 'refresh_token'].includes(options.grant))
  throw new Error(`--grant must be client_credentials or refresh_token, not ${options.grant}.`)
if (typeof globalThis.gc !== 'function')
  throw new Error(
    'Run with node --expose-gc (npm run bench:server does), so the heap can be measured after GC.',
  )

const log = (text) => process.stderr.write(`${text}\n`)
const MB = 1024 * 1024

/** Heap in use after collecting everything collectable (a few passes: weak refs, finalizers). */
async function settledHeap() {
  for (let i = 0; i < 4; i++) {
    globalThis.gc()
    await new Promise((done) => setTimeout(done, 20))
  }
  return process.memoryUsage().heapUsed
}

const { module } = await runnerImport('/src/local-server/local-servers.ts')
const servers = await module.startLocalServers({ authPort: 0, apiPort: 0 })
const { authUrl, authorizationServer } = servers
const counts = () => authorizationServer.storeCounts?.() ?? {}

const basic = `Basic ${Buffer.from('backup-job:backup-job-secret').toString('base64')}`
const form = { 'content-type': 'application/x-www-form-urlencoded' }

/** One token request; for refresh_token each worker rotates its own grant's refresh token. */
async function issue(worker) {
  const response =
    options.grant === 'client_credentials'
      ? await fetch(`${authUrl}/token`, {
          method: 'POST',
          headers: { ...form, authorization: basic },
          body: 'grant_type=client_credentials',
        })
      : await fetch(`${authUrl}/token`, {
          method: 'POST',
          headers: form,
          body: new URLSearchParams({
            grant_type: 'refresh_token',
            client_id: 'photo-spa',
            refresh_token: worker.refreshToken,
          }),
        })
  const body = await response.json()
  if (response.status !== 200)
    throw new Error(`/token answered ${response.status}: ${JSON.stringify(body)}`)
  if (body.refresh_token) worker.refreshToken = body.refresh_token
}

/**
 * A refresh token of a fresh photo-spa grant: Alice signs in and approves through the real login
 * and consent forms (in process: this is set-up, not measured), then the code is redeemed over HTTP.
 */
const { runAuthorization } = (await runnerImport('/src/auth-server/testing/run-authorization.ts'))
  .module
const { computeCodeChallenge, createCodeVerifier } = (await runnerImport('/src/protocol/pkce.ts'))
  .module
async function signIn() {
  const verifier = createCodeVerifier()
  const redirectUri = 'https://spa.printshop.example/callback'
  const run = await runAuthorization(authorizationServer, {
    response_type: 'code',
    client_id: 'photo-spa',
    redirect_uri: redirectUri,
    scope: 'openid photos.read',
    code_challenge: await computeCodeChallenge(verifier, 'S256'),
    code_challenge_method: 'S256',
  })
  const code = run.callback?.get('code')
  if (!code) throw new Error(`sign-in stopped at ${run.page.status} ${run.page.url}`)
  const response = await fetch(`${authUrl}/token`, {
    method: 'POST',
    headers: form,
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: 'photo-spa',
      code,
      code_verifier: verifier,
    }),
  })
  const body = await response.json()
  if (!body.refresh_token) throw new Error(`no refresh token: ${JSON.stringify(body)}`)
  return body.refresh_token
}

/** Issues tokens for `seconds`, then measures the heap live and after expiry; one line of figures. */
async function round(workers, number, baseline) {
  log(
    `Round ${number}: issuing tokens (${options.grant}) for ${seconds} s, ${concurrency} in flight …`,
  )
  let issued = 0
  const started = performance.now()
  const deadline = started + seconds * 1000
  await Promise.all(
    workers.map(async (worker) => {
      while (performance.now() < deadline) {
        await issue(worker)
        issued++
      }
    }),
  )
  const elapsed = (performance.now() - started) / 1000
  const live = await settledHeap()
  const liveCounts = counts()
  // Past the tokens' lifetime (the access tokens' hour; the grant's 14 days for refresh), then
  // the retention hour, on the server's clock; the next request sweeps.
  authorizationServer.clock.advance(lifetime + retention)
  await fetch(`${authUrl}/.well-known/openid-configuration`).then((response) => response.text())
  const expired = await settledHeap()
  return {
    round: number,
    seconds: Number(elapsed.toFixed(2)),
    tokens: issued,
    requestsPerSecond: Math.round(issued / elapsed),
    heapMB: {
      baseline: Number((baseline / MB).toFixed(1)),
      live: Number((live / MB).toFixed(1)),
      afterExpiry: Number((expired / MB).toFixed(1)),
    },
    retainedBytesPerToken: {
      live: Math.round((live - baseline) / issued),
      afterExpiry: Math.round((expired - baseline) / issued),
    },
    records: { live: liveCounts, afterExpiry: counts() },
  }
}

const { EXPIRED_RECORD_RETENTION } = (await runnerImport('/src/auth-server/store/server-store.ts'))
  .module
const retention = EXPIRED_RECORD_RETENTION ?? 0
const lifetime = options.grant === 'refresh_token' ? 14 * 24 * 3600 : 3600

try {
  const workers = []
  for (let i = 0; i < concurrency; i++)
    workers.push({ refreshToken: options.grant === 'refresh_token' ? await signIn() : undefined })
  for (const worker of workers) await issue(worker) // warm-up: keys made, code paths compiled
  const baseline = await settledHeap()
  const rounds = []
  for (let number = 1; number <= roundCount; number++) {
    if (options.grant === 'refresh_token' && number > 1)
      for (const worker of workers) worker.refreshToken = await signIn()
    rounds.push(await round(workers, number, baseline))
  }
  const lines = rounds.map(
    (r) =>
      `  round ${r.round}: ${r.tokens} tokens in ${r.seconds} s, ${r.requestsPerSecond} requests/s; heap after GC ${r.heapMB.baseline} MB before, ${r.heapMB.live} MB live, ${r.heapMB.afterExpiry} MB after expiry; retained per token ${r.retainedBytesPerToken.live} bytes live, ${r.retainedBytesPerToken.afterExpiry} bytes after expiry`,
  )
  const last = rounds[rounds.length - 1]
  console.log(`Local authorization server under sustained issuance (${options.grant}, ${concurrency} requests in flight)

${lines.join('\n')}
  records while live (last round): ${JSON.stringify(last.records.live)}
  records after expiry (last round): ${JSON.stringify(last.records.afterExpiry)}
  (${cpus().length} CPUs, load ${loadavg()[0].toFixed(1)}, Node ${process.version})`)
  if (options.out) {
    const machine = { cpus: cpus().length, load: loadavg()[0], node: process.version }
    const result = { grant: options.grant, concurrency, rounds, machine }
    writeFileSync(resolve(options.out), `${JSON.stringify(result, null, 2)}\n`)
    log(`Wrote ${options.out}`)
  }
} finally {
  await servers.close()
}
