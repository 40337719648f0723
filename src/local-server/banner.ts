import { DEMO_CLIENTS, DEMO_USERS, type ServerProfile } from '../auth-server/index.ts'
import type { TokenCheck } from '../resource-server/index.ts'

const RFC6749_ONLY = new Set(['password', 'token'])

const TOKEN_CHECKS: Record<TokenCheck, string> = {
  'local-jwt': 'local-jwt (signature and exp; a revoked token passes until it expires)',
  introspection: 'introspection (asks /introspect as photo-api on every request)',
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows
    .map((row) =>
      `  ${row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')}`.trimEnd(),
    )
    .join('\n')
}

/**
 * What `npm run auth-server` prints: where the servers are, every demo client and user with their
 * credentials, and a first curl command to try.
 */
export function describeLocalServers(servers: {
  authUrl: string
  apiUrl: string
  profile: ServerProfile
  tokenCheck: TokenCheck
}): string {
  const { authUrl, apiUrl, profile, tokenCheck } = servers
  const clients = DEMO_CLIENTS.map((client) => {
    const flows = [
      ...client.grantTypes,
      ...client.responseTypes.filter((type) => type === 'token').map(() => 'implicit'),
    ].map((flow) =>
      RFC6749_ONLY.has(flow) || flow === 'implicit'
        ? `${flow} (rfc6749)`
        : flow.replace('urn:ietf:params:oauth:grant-type:', ''),
    )
    return [
      client.clientId,
      client.clientSecret ?? '(public)',
      flows.join(', ') || '(introspection only)',
      client.scopes.join(' '),
    ]
  })
  const users = DEMO_USERS.map((user) => [user.username, user.password, user.name])
  return `OAuth Flow Lab local servers (profile ${profile})

  Authorization server  ${authUrl}
  Metadata              ${authUrl}/.well-known/openid-configuration
  Photo API             ${apiUrl}/photos  (access tokens must have aud ${apiUrl})
  API token check       ${TOKEN_CHECKS[tokenCheck]}

Clients
${table([['client_id', 'secret', 'grants', 'scopes'], ...clients])}

Users
${table([['username', 'password', 'name'], ...users])}

Try the client credentials grant, then the API:
  curl -s -u backup-job:backup-job-secret -d grant_type=client_credentials ${authUrl}/token
  curl -s -H "Authorization: Bearer <access_token>" ${apiUrl}/photos

Press Ctrl+C to stop.`
}
