import { describe, expect, it } from 'vitest'
import { parseChallenge } from './www-authenticate'

describe('parseChallenge', () => {
  it('reads a Bearer error challenge (RFC 6750 §3 example)', () => {
    expect(parseChallenge('Bearer realm="example", error="invalid_token", error_description="The access token expired"')).toEqual({
      scheme: 'Bearer',
      params: [
        ['realm', 'example'],
        ['error', 'invalid_token'],
        ['error_description', 'The access token expired'],
      ],
    })
  })
  it('unescapes quoted pairs and reads tokens without quotes', () => {
    expect(parseChallenge('Bearer realm=api, error_description="say \\"hi\\", then go"').params).toEqual([
      ['realm', 'api'],
      ['error_description', 'say "hi", then go'],
    ])
  })
  it('reads a challenge with no parameters', () => {
    expect(parseChallenge('Basic')).toEqual({ scheme: 'Basic', params: [] })
  })
})
