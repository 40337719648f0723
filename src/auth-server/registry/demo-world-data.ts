import {
  DEMO_USER,
  PHOTO_SPA_CLIENT,
  PRINTSHOP_CLIENT,
  SUPPORTED_SCOPES,
} from '../../protocol/demo-world.ts'
import type { ClientRegistration, UserAccount, WorldData } from './types.ts'

/**
 * The seeded demo world (README "Demo world"). To add a client or a user, add an entry to the
 * lists below: nothing else in the server names a client.
 */
export const DEMO_CLIENTS: readonly ClientRegistration[] = [
  {
    clientId: PRINTSHOP_CLIENT.clientId,
    clientName: 'Printshop',
    type: 'confidential',
    clientSecret: PRINTSHOP_CLIENT.clientSecret,
    redirectUris: [PRINTSHOP_CLIENT.redirectUri],
    grantTypes: ['authorization_code', 'refresh_token'],
    responseTypes: ['code'],
    scopes: SUPPORTED_SCOPES,
    tokenEndpointAuthMethods: ['client_secret_basic', 'client_secret_post'],
  },
  {
    clientId: PHOTO_SPA_CLIENT.clientId,
    clientName: 'Printshop web app',
    type: 'public',
    redirectUris: [PHOTO_SPA_CLIENT.redirectUri],
    grantTypes: ['authorization_code', 'refresh_token'],
    responseTypes: ['code'],
    scopes: SUPPORTED_SCOPES,
    tokenEndpointAuthMethods: ['none'],
  },
]

export const DEMO_USERS: readonly UserAccount[] = [
  {
    sub: 'alice',
    username: DEMO_USER.username,
    password: DEMO_USER.password,
    name: DEMO_USER.name,
    givenName: 'Alice',
    familyName: 'Liddell',
    email: DEMO_USER.email,
    emailVerified: true,
  },
]

export const DEMO_WORLD: WorldData = { clients: DEMO_CLIENTS, users: DEMO_USERS }
