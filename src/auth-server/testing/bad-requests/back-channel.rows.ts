import type { BadRequest } from './table.ts'
import { TOKEN_REQUEST_ROWS } from './back-channel/token-request.rows.ts'
import { CODE_GRANT_ROWS } from './back-channel/code-grant.rows.ts'
import { REFRESH_GRANT_ROWS } from './back-channel/refresh-grant.rows.ts'
import { CLIENT_PASSWORD_GRANT_ROWS } from './back-channel/client-password-grants.rows.ts'
import { INTROSPECT_REVOKE_ROWS } from './back-channel/introspect-revoke.rows.ts'
import { USERINFO_METADATA_ROWS } from './back-channel/userinfo-metadata.rows.ts'

/** /token for each grant, then /introspect, /revoke and /userinfo. */
export const BACK_CHANNEL_ROWS: readonly BadRequest[] = [
  ...TOKEN_REQUEST_ROWS,
  ...CODE_GRANT_ROWS,
  ...REFRESH_GRANT_ROWS,
  ...CLIENT_PASSWORD_GRANT_ROWS,
  ...INTROSPECT_REVOKE_ROWS,
  ...USERINFO_METADATA_ROWS,
]
