import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain',
  '.webmanifest': 'application/manifest+json',
}

/**
 * Serves the build in `dist` like a static host (files, else index.html), and can be told that a
 * new version was deployed: from then on its service worker script differs by one comment, which
 * is what a browser's update check compares (Service Workers §Update, byte-for-byte).
 * Playwright cannot route a service worker's own script, so the e2e test runs this server.
 */
export async function startDeployServer(dist: string) {
  let version = 1
  const server = createServer((request, response) => {
    void (async () => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
      const file = join(dist, path)
      let body: Buffer
      let type = TYPES[extname(file)]
      try {
        if (!file.startsWith(dist) || !type) throw new Error('not a file of the build')
        body = await readFile(file)
      } catch {
        body = await readFile(join(dist, 'index.html'))
        type = TYPES['.html']
      }
      if (path === '/sw.js' && version > 1)
        body = Buffer.concat([body, Buffer.from(`\n// version ${version}\n`)])
      response.writeHead(200, { 'content-type': type ?? 'text/plain', 'cache-control': 'no-cache' })
      response.end(body)
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    deployNextVersion: () => void version++,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
