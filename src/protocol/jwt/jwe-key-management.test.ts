import { describe, expect, it } from 'vitest'
import { explainHeaderParam } from './claim-docs'
import { describeJweKeyManagement } from './jwe-key-management'
import { verifyToken } from './verify'

describe('a JWE header alg is key management, not a signature (RFC 7516 §4.1.1)', () => {
  it('explains dir and ECDH-ES as having no wrapped key, and names what the recipient needs', () => {
    expect(describeJweKeyManagement('dir')).toEqual({
      sentence:
        'dir (direct encryption): the shared symmetric key itself is the content encryption key, so nothing is wrapped and the encrypted key segment is empty (RFC 7518 §4.5).',
      recipientKey: 'the symmetric key the sender and recipient share',
      emptyEncryptedKey: true,
    })
    expect(describeJweKeyManagement('ECDH-ES').emptyEncryptedKey).toBe(true)
    expect(describeJweKeyManagement('ECDH-ES+A256KW').sentence).toBe(
      'ECDH-ES+A256KW: a key agreed by ECDH-ES wraps a random content encryption key with AES Key Wrap (RFC 7518 §4.6).',
    )
    expect(describeJweKeyManagement('RSA-OAEP-256').recipientKey).toBe(
      "the recipient's RSA private key",
    )
    expect(describeJweKeyManagement('A128GCMKW').recipientKey).toBe('the shared symmetric key')
    expect(describeJweKeyManagement('PBES2-HS256+A128KW').recipientKey).toBe('the password')
    expect(describeJweKeyManagement('XYZ').sentence).toMatch(
      /^XYZ: a key management algorithm this inspector does not know/,
    )
  })

  it('the header explanation of a JWE alg does not call it a signature', () => {
    const jwe = explainHeaderParam('alg', 'RSA-OAEP-256', 'jwe')
    expect(jwe.spec).toEqual(explainHeaderParam('alg', 'dir', 'jwe').spec)
    expect(jwe.sentence).toBe(
      "Key management, not a signature: RSA-OAEP-256: a random content encryption key is encrypted to the recipient's RSA public key (RFC 7518 §4.2, §4.3).",
    )
    expect(explainHeaderParam('alg', 'RS256').sentence).toMatch(/^The token is signed with RS256/)
  })

  it('verification of a dir JWE names the shared key, not a private key', async () => {
    const header = Buffer.from('{"alg":"dir","enc":"A256GCM"}').toString('base64url')
    const result = await verifyToken(
      `${header}..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`,
      { source: 'secret', isSet: false, keys: [], description: '', warnings: [] },
      { nowMs: 0 },
    )
    expect(result.summary).toBe(
      'This is a JWE: it is encrypted, not signed, so there is no signature to verify. Reading it needs the symmetric key the sender and recipient share; the inspector does not decrypt.',
    )
  })
})
