// `npm run auth-server`: serves the in-browser authorization server and photo API on localhost.
// The servers are TypeScript; Vite (already a dependency, pinned) loads them through its module
// runner, the same transform Vitest uses, so no extra TypeScript runner is needed.
import { runnerImport } from 'vite'

try {
  const { module } = await runnerImport('/src/local-server/main.ts')
  await module.main(process.argv.slice(2))
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
