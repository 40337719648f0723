import { describe, expect, it } from 'vitest'
import {
  decodeClientSecretBasic,
  encodeClientSecretBasic,
  formUrlEncode,
} from './client-secret-basic.ts'

describe('client_secret_basic (RFC 6749 §2.3.1)', () => {
  it('encodes the RFC 6749 example credentials', () => {
    expect(encodeClientSecretBasic('s6BhdRkqt3', 'gX1fBat3bV')).toBe(
      'Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW',
    )
    expect(encodeClientSecretBasic('s6BhdRkqt3', '7Fjfp0ZBr1KtDRbnfVdmIw')).toBe(
      'Basic czZCaGRSa3F0Mzo3RmpmcDBaQnIxS3REUmJuZlZkbUl3',
    )
  })

  it('decodes the RFC 6749 example header', () => {
    expect(decodeClientSecretBasic('Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW')).toEqual({
      clientId: 's6BhdRkqt3',
      clientSecret: 'gX1fBat3bV',
    })
  })

  it('form-urlencodes id and secret before base64, so colons and spaces survive', () => {
    const header = encodeClientSecretBasic('my:app', 'p@ss word:+')
    expect(atob(header.slice(6))).toBe('my%3Aapp:p%40ss+word%3A%2B')
    expect(decodeClientSecretBasic(header)).toEqual({
      clientId: 'my:app',
      clientSecret: 'p@ss word:+',
    })
    expect(formUrlEncode("a b*~'()!")).toBe('a+b*%7E%27%28%29%21')
  })

  it('rejects malformed headers', () => {
    expect(decodeClientSecretBasic('Bearer abc')).toBeUndefined()
    expect(decodeClientSecretBasic('Basic !!!')).toBeUndefined()
    expect(decodeClientSecretBasic(`Basic ${btoa('no-colon')}`)).toBeUndefined()
    expect(decodeClientSecretBasic(`Basic ${btoa(':secret')}`)).toBeUndefined()
    expect(decodeClientSecretBasic(`Basic ${btoa('id:%E0%A4%A')}`)).toBeUndefined()
  })
})
