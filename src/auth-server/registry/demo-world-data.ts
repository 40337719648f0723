import {
  BACKUP_JOB_CLIENT,
  DEMO_USER,
  FRAME_TV_CLIENT,
  LEGACY_APP_CLIENT,
  PHOTO_API_CLIENT,
  MALLORY_USER,
  PHOTO_SPA_CLIENT,
  PRINTSHOP_CLIENT,
  SECOND_USER,
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
    // Registered, so that its ES256 ID tokens are what it asked for: without a registration the
    // alg should be RS256 (OIDC Core §3.1.3.7 item 7, OIDC Registration §2).
    idTokenSignedResponseAlg: 'ES256',
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
  {
    clientId: FRAME_TV_CLIENT.clientId,
    clientName: 'Photo frame TV',
    type: 'public',
    redirectUris: [],
    grantTypes: ['urn:ietf:params:oauth:grant-type:device_code'],
    responseTypes: [],
    scopes: ['openid', 'profile', 'photos.read'],
    tokenEndpointAuthMethods: ['none'],
  },
  {
    clientId: BACKUP_JOB_CLIENT.clientId,
    clientName: 'Nightly backup job',
    type: 'confidential',
    clientSecret: BACKUP_JOB_CLIENT.clientSecret,
    redirectUris: [],
    grantTypes: ['client_credentials'],
    responseTypes: [],
    scopes: [BACKUP_JOB_CLIENT.scope],
    tokenEndpointAuthMethods: ['client_secret_basic', 'client_secret_post'],
  },
  {
    // Registered for implicit (response_type=token) and password; only the rfc6749 profile serves them.
    clientId: LEGACY_APP_CLIENT.clientId,
    clientName: 'Legacy Printshop app',
    type: 'confidential',
    clientSecret: LEGACY_APP_CLIENT.clientSecret,
    redirectUris: [LEGACY_APP_CLIENT.redirectUri],
    grantTypes: ['password'],
    responseTypes: ['token'],
    scopes: ['photos.read', 'photos.write'],
    tokenEndpointAuthMethods: ['client_secret_basic', 'client_secret_post'],
  },
  {
    // The resource server itself: credentials for /introspect (RFC 7662 §2.1), no grant, no scope.
    clientId: PHOTO_API_CLIENT.clientId,
    clientName: 'Photo API',
    type: 'confidential',
    clientSecret: PHOTO_API_CLIENT.clientSecret,
    redirectUris: [],
    grantTypes: [],
    responseTypes: [],
    scopes: [],
    tokenEndpointAuthMethods: ['client_secret_basic', 'client_secret_post'],
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
  {
    sub: 'bob',
    username: SECOND_USER.username,
    password: SECOND_USER.password,
    name: SECOND_USER.name,
    givenName: 'Bob',
    familyName: 'Builder',
    email: SECOND_USER.email,
    emailVerified: true,
  },
  {
    // The attack scenarios' attacker, with an account of her own (RFC 9700 §3, §4.7).
    sub: 'mallory',
    username: MALLORY_USER.username,
    password: MALLORY_USER.password,
    name: MALLORY_USER.name,
    givenName: 'Mallory',
    familyName: 'Moriarty',
    email: MALLORY_USER.email,
    emailVerified: true,
  },
]

export const DEMO_WORLD: WorldData = { clients: DEMO_CLIENTS, users: DEMO_USERS }
