/**
 * What a JWE header's `alg` means: not a signature algorithm but the key management mode that
 * gets the content encryption key (CEK) to the recipient (RFC 7516 §4.1.1, §2; RFC 7518 §4.1).
 */
export interface JweKeyManagement {
  /** One sentence: how the CEK reaches the recipient under this alg. */
  sentence: string
  /** What the recipient needs to decrypt. */
  recipientKey: string
  /** True when the encrypted key segment is empty by definition (dir, ECDH-ES). */
  emptyEncryptedKey: boolean
}

/** Explains a JWE `alg` value (RFC 7518 §4.1 table). */
export function describeJweKeyManagement(alg: unknown): JweKeyManagement {
  const name = typeof alg === 'string' ? alg : JSON.stringify(alg)
  if (alg === 'dir') {
    return {
      sentence:
        'dir (direct encryption): the shared symmetric key itself is the content encryption key, so nothing is wrapped and the encrypted key segment is empty (RFC 7518 §4.5).',
      recipientKey: 'the symmetric key the sender and recipient share',
      emptyEncryptedKey: true,
    }
  }
  if (alg === 'ECDH-ES') {
    return {
      sentence:
        "ECDH-ES (direct key agreement): the content encryption key is derived from an Elliptic Curve Diffie-Hellman agreement with the recipient's public key, so the encrypted key segment is empty (RFC 7518 §4.6).",
      recipientKey: "the recipient's EC private key",
      emptyEncryptedKey: true,
    }
  }
  if (typeof alg === 'string' && /^ECDH-ES\+A(128|192|256)KW$/.test(alg)) {
    return {
      sentence: `${alg}: a key agreed by ECDH-ES wraps a random content encryption key with AES Key Wrap (RFC 7518 §4.6).`,
      recipientKey: "the recipient's EC private key",
      emptyEncryptedKey: false,
    }
  }
  if (typeof alg === 'string' && /^(RSA1_5|RSA-OAEP(-256|-384|-512)?)$/.test(alg)) {
    return {
      sentence: `${alg}: a random content encryption key is encrypted to the recipient's RSA public key (RFC 7518 §4.2, §4.3).`,
      recipientKey: "the recipient's RSA private key",
      emptyEncryptedKey: false,
    }
  }
  if (typeof alg === 'string' && /^A(128|192|256)(GCM)?KW$/.test(alg)) {
    return {
      sentence: `${alg}: a random content encryption key is wrapped with a symmetric key the sender and recipient share (RFC 7518 §4.4, §4.7).`,
      recipientKey: 'the shared symmetric key',
      emptyEncryptedKey: false,
    }
  }
  if (typeof alg === 'string' && alg.startsWith('PBES2-')) {
    return {
      sentence: `${alg}: a random content encryption key is wrapped with a key derived from a password (RFC 7518 §4.8).`,
      recipientKey: 'the password',
      emptyEncryptedKey: false,
    }
  }
  return {
    sentence: `${name}: a key management algorithm this inspector does not know; it says how the content encryption key reaches the recipient.`,
    recipientKey: "the recipient's key",
    emptyEncryptedKey: false,
  }
}
