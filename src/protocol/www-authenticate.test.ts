import { describe, expect, it } from 'vitest'
import { formatChallenge, parseChallenge } from './www-authenticate'

describe('parseChallenge', () => {
  it('reads a Bearer error challenge (RFC 6750 §3 example)', () => {
    expect(
      parseChallenge(
        'Bearer realm="example", error="invalid_token", error_description="The access token expired"',
      ),
    ).toEqual({
      scheme: 'Bearer',
      params: [
        ['realm', 'example'],
        ['error', 'invalid_token'],
        ['error_description', 'The access token expired'],
      ],
    })
  })
  it('unescapes quoted pairs and reads tokens without quotes', () => {
    expect(
      parseChallenge('Bearer realm=api, error_description="say \\"hi\\", then go"').params,
    ).toEqual([
      ['realm', 'api'],
      ['error_description', 'say "hi", then go'],
    ])
  })
  it('reads a challenge with no parameters', () => {
    expect(parseChallenge('Basic')).toEqual({ scheme: 'Basic', params: [] })
  })
})

describe('formatChallenge', () => {
  it('writes the RFC 6750 §3 example, and parseChallenge reads it back', () => {
    const header = formatChallenge('Bearer', {
      realm: 'example',
      error: 'invalid_token',
      error_description: 'The access token expired',
    })
    expect(header).toBe(
      'Bearer realm="example", error="invalid_token", error_description="The access token expired"',
    )
    expect(parseChallenge(header).params).toEqual([
      ['realm', 'example'],
      ['error', 'invalid_token'],
      ['error_description', 'The access token expired'],
    ])
  })
  it('keeps values fit for a quoted string: no double quote, no backslash, ASCII only', () => {
    expect(
      formatChallenge('Bearer', { error_description: 'The "exp" passed (RFC 9068 §4) – C:\\tmp' }),
    ).toBe(`Bearer error_description="The 'exp' passed (RFC 9068 section 4) - C:/tmp"`)
  })
  it('writes a bare scheme when there are no parameters (RFC 6750 §3.1)', () => {
    expect(formatChallenge('Bearer', {})).toBe('Bearer')
  })
})
