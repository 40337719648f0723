// Builds the app with Vite, serves the build with `vite preview` on a free port, and launches
// Debian's Chromium the same way the end-to-end tests do.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { join, relative, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { build, preview } from 'vite'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** `vite build` into `outDir` (no typecheck: a benchmark measures what Vite emits). */
export async function buildApp(root, outDir) {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
}

/** Every file of the build by URL path (`/assets/index-abc.js`), with its raw and gzip size. */
export function distFiles(outDir) {
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(
      `${outDir} has no index.html: build first (drop --no-build) or pass --dist <dir>.`,
    )
  }
  const files = new Map()
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else {
        const bytes = readFileSync(path)
        const url = `/${relative(outDir, path).split(sep).join('/')}`
        files.set(url, { raw: bytes.length, gzip: gzipSync(bytes).length })
      }
    }
  }
  walk(outDir)
  return files
}

/**
 * The ports the bench may use (the preview server, Lighthouse's debugging port): a range of its
 * own, so that it does not collide with another checkout's preview or end-to-end server on the
 * same machine. BENCH_PORTS=4300-4399 by default.
 */
const [FIRST_PORT, LAST_PORT] = (process.env.BENCH_PORTS ?? '4300-4399').split('-').map(Number)

function tryListen(port) {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

let nextPort = FIRST_PORT
/** A TCP port in the bench's range that nobody listens on right now. */
export async function freePort() {
  for (let tries = 0; tries <= LAST_PORT - FIRST_PORT; tries++) {
    const port = nextPort
    nextPort = port >= LAST_PORT ? FIRST_PORT : port + 1
    if (await tryListen(port)) return port
  }
  throw new Error(`No free port in ${FIRST_PORT}-${LAST_PORT} (set BENCH_PORTS=first-last).`)
}

/** `vite preview` of `outDir`; returns its base URL and a close function. */
export async function serve(root, outDir) {
  const port = await freePort()
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  })
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() }
}

export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  if (!existsSync(path))
    throw new Error(`No Chromium at ${path}: install Debian's chromium or set CHROMIUM_PATH.`)
  return path
}

export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
}

/** A fresh context (empty cache) at the size the e2e tests use, motion allowed. */
export function newPage(browser) {
  return browser
    .newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'no-preference' })
    .then((context) => context.newPage())
}
