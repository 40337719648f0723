import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { scanJson } from './json-scan'

describe('scanJson', () => {
  it('parses valid JSON to the same value as JSON.parse', () => {
    const text = '{ "a": [1, -2.5e3, true, null], "b": {"c": "\\u00e9\\n"} }'
    expect(scanJson(text)).toEqual({ ok: true, value: JSON.parse(text), duplicateKeys: [] })
  })

  it('agrees with JSON.parse on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value)
        const scan = scanJson(text)
        expect(scan.ok).toBe(true)
        if (scan.ok) expect(scan.value).toEqual(JSON.parse(text))
      }),
    )
  })

  it('refuses exactly what JSON.parse refuses', () => {
    fc.assert(
      fc.property(
        fc.string({
          maxLength: 14,
          unit: fc.constantFrom(...'{}[]":,01-+eE.truefalsn \\\n\tu0aF'),
        }),
        (text) => {
          let parses = true
          try {
            JSON.parse(text)
          } catch {
            parses = false
          }
          expect(scanJson(text).ok).toBe(parses)
        },
      ),
      { numRuns: 5000 },
    )
  })

  it('reports duplicate member names with their path', () => {
    expect(scanJson('{"alg":"none","x":{"y":1,"y":2},"alg":"HS256"}')).toEqual({
      ok: true,
      value: { alg: 'HS256', x: { y: 2 } },
      duplicateKeys: ['x.y', 'alg'],
    })
  })

  it.each([
    ['{"a":1,}', 7, "Unexpected token '}' where a property name in double quotes was expected"],
    ['{a:1}', 1, "Unexpected token 'a' where a property name in double quotes was expected"],
    [
      '{"a":tru}',
      5,
      "Unexpected token 't' where a value (an object, array, string, number, true, false or null) was expected",
    ],
    ['[1,2', 4, "Unexpected end of the text where ',' or ']' after an array element was expected"],
    ['"abc', 0, 'Unterminated string: no closing double quote'],
    ['{"a":1} x', 8, "Unexpected token 'x' after the end of the JSON value"],
    [
      '{"a":01}',
      6,
      'Unexpected token \'1\' where the end of the number (JSON allows no leading zeros, a digit after ".", and one exponent) was expected',
    ],
    [
      '{"a":"x\ny"}',
      7,
      'Unexpected control character U+000A inside a string (it must be escaped, e.g. \\n)',
    ],
    ['{"a":"\\x"}', 6, 'Unexpected escape "\\\\x" inside a string'],
    ['{"a" 1}', 5, "Unexpected token '1' where ':' after the property name \"a\" was expected"],
    [
      '',
      0,
      'Unexpected end of the text where a value (an object, array, string, number, true, false or null) was expected',
    ],
  ])('locates the error in %j', (text, position, message) => {
    expect(scanJson(text)).toEqual({ ok: false, position, message })
  })
})
