import type { Exchange, HeaderList } from '../../../../wire/exchange'
import type { RoleId } from '../../../../protocol/roles'

/** Builds a recorded exchange for tests, with only what a test cares about spelled out. */
export function exchange(
  seq: number,
  request: { method?: string; url: string; headers?: HeaderList; body?: string | null },
  response: { status?: number; headers?: HeaderList; body?: string | null } = {},
  roles: { from?: RoleId; to?: RoleId | null; channel?: 'front' | 'back' } = {},
): Exchange {
  return {
    seq,
    from: roles.from ?? 'client',
    to: roles.to === undefined ? 'authorization-server' : roles.to,
    channel: roles.channel ?? 'back',
    request: {
      method: request.method ?? 'GET',
      url: request.url,
      headers: request.headers ?? [],
      body: request.body ?? null,
    },
    response: {
      status: response.status ?? 200,
      statusText: '',
      headers: response.headers ?? [],
      body: response.body ?? null,
    },
    startedAt: 1_700_000_000_000 + seq,
    completedAt: 1_700_000_000_000 + seq,
  }
}
