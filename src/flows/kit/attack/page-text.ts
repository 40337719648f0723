import { tokenize } from '../../../protocol/html-forms/html-tokens'

/**
 * What an error page says, read from the server's own HTML (the page the browser shows): the text
 * of its alert (role="alert", the error_description) and of its first <code> (the error code).
 */
export function errorPageText(html: string): { alert?: string; code?: string } {
  const found: { alert?: string; code?: string } = {}
  let reading: 'alert' | 'code' | undefined
  let depth = 0
  let text = ''
  for (const token of tokenize(html)) {
    if (reading === undefined) {
      if (token.kind !== 'start') continue
      if (found.alert === undefined && token.attributes.get('role') === 'alert') reading = 'alert'
      else if (found.code === undefined && token.tag === 'code') reading = 'code'
      depth = 0
      text = ''
      continue
    }
    if (token.kind === 'text') text += token.text
    else if (token.kind === 'start') depth++
    else if (depth > 0) depth--
    else {
      found[reading] = text.trim()
      reading = undefined
    }
  }
  return found
}
