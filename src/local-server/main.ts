import { parseArgs } from 'node:util'
import type { ServerProfile } from '../auth-server/index.ts'
import { describeLocalServers } from './banner.ts'
import { startLocalServers } from './local-servers.ts'

const USAGE =
  'Usage: npm run auth-server -- [--profile oauth2.1|rfc6749] [--api-token-check local-jwt|introspection] [--auth-port 9000] [--api-port 9001] [--host 127.0.0.1]'

function port(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0 || number > 65535)
    throw new Error(`${value} is not a port number. ${USAGE}`)
  return number
}

/** `npm run auth-server`: starts both servers on localhost, prints where they are, stops on Ctrl+C. */
export async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      profile: { type: 'string' },
      'auth-port': { type: 'string' },
      'api-port': { type: 'string' },
      host: { type: 'string' },
      'api-token-check': { type: 'string' },
    },
  })
  const profile = values.profile ?? 'oauth2.1'
  if (profile !== 'oauth2.1' && profile !== 'rfc6749')
    throw new Error(`Unknown profile ${profile}. ${USAGE}`)
  const tokenCheck = values['api-token-check'] ?? 'local-jwt'
  if (tokenCheck !== 'local-jwt' && tokenCheck !== 'introspection')
    throw new Error(`Unknown token check ${tokenCheck}. ${USAGE}`)
  const servers = await startLocalServers({
    tokenCheck,
    host: values.host,
    authPort: port(values['auth-port'], 9000),
    apiPort: port(values['api-port'], 9001),
    profile: profile satisfies ServerProfile,
  })
  console.log(
    describeLocalServers({ authUrl: servers.authUrl, apiUrl: servers.apiUrl, profile, tokenCheck }),
  )
  const stop = () => {
    void servers.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
