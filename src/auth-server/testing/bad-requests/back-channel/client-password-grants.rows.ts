import {
  BACKUP_JOB_CLIENT,
  FRAME_TV_CLIENT,
  LEGACY_APP_CLIENT,
  PRINTSHOP_CLIENT,
} from '../../../../protocol/demo-world.ts'
import type { BadRequest } from '../table.ts'
import { json, token } from './shared.ts'

const BACKUP = [BACKUP_JOB_CLIENT.clientId, BACKUP_JOB_CLIENT.clientSecret] as const
const LEGACY = [LEGACY_APP_CLIENT.clientId, LEGACY_APP_CLIENT.clientSecret] as const

/** /token for the grants without a user's redirect: client_credentials (RFC 6749 §4.4) and, in the rfc6749 profile, password (§4.3). */
export const CLIENT_PASSWORD_GRANT_ROWS: readonly BadRequest[] = [
  {
    name: 'client_credentials: public client',
    spec: 'RFC 6749 §4.4',
    request: token({ grant_type: 'client_credentials', client_id: FRAME_TV_CLIENT.clientId }),
    status: 400,
    error: 'unauthorized_client',
    description: /confidential clients only/,
    destination: json,
  },
  {
    name: 'client_credentials: scope outside the registration',
    spec: 'RFC 6749 §3.3, §5.2',
    request: token({ grant_type: 'client_credentials', scope: 'photos.write' }, { basic: BACKUP }),
    status: 400,
    error: 'invalid_scope',
    description: /may not ask for photos\.write/,
    destination: json,
  },
  {
    name: 'client_credentials: client not registered for it',
    spec: 'RFC 6749 §5.2',
    request: token(
      { grant_type: 'client_credentials' },
      { basic: [PRINTSHOP_CLIENT.clientId, PRINTSHOP_CLIENT.clientSecret] },
    ),
    status: 400,
    error: 'unauthorized_client',
    destination: json,
  },
  {
    name: 'password (rfc6749): wrong password',
    spec: 'RFC 6749 §4.3.2, §5.2',
    server: { profile: 'rfc6749' },
    request: token(
      { grant_type: 'password', username: 'bob', password: 'wrong' },
      { basic: LEGACY },
    ),
    status: 400,
    error: 'invalid_grant',
    description: /username or password is wrong/,
    destination: json,
  },
  {
    name: 'password (rfc6749): client not registered for it',
    spec: 'RFC 6749 §5.2',
    server: { profile: 'rfc6749' },
    request: token(
      { grant_type: 'password', username: 'bob', password: 'builder' },
      { basic: BACKUP },
    ),
    status: 400,
    error: 'unauthorized_client',
    destination: json,
  },
]
