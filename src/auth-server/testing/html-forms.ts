/**
 * A tiny HTML form reader for tests and tools: enough to find the forms of the server's own pages
 * (well-formed, double-quoted attributes) and submit them as a browser would.
 */

export interface FormControl {
  tag: 'input' | 'button'
  type: string
  name: string
  value: string
}

export interface HtmlForm {
  action: string
  method: 'GET' | 'POST'
  controls: FormControl[]
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const match of tag.matchAll(/([a-zA-Z_:-]+)(?:="([^"]*)")?/g)) {
    const [, name, value] = match
    if (name) result[name.toLowerCase()] = unescapeHtml(value ?? '')
  }
  return result
}

/** The forms of a page, with their controls, in document order. */
export function parseForms(html: string): HtmlForm[] {
  const forms: HtmlForm[] = []
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const attrs = attributes(match[1] ?? '')
    const controls: FormControl[] = []
    for (const control of (match[2] ?? '').matchAll(/<(input|button)\b([^>]*)>/gi)) {
      const tag = (control[1] ?? 'input').toLowerCase() as FormControl['tag']
      const a = attributes(control[2] ?? '')
      if (a.name === undefined) continue
      controls.push({ tag, type: (a.type ?? (tag === 'button' ? 'submit' : 'text')).toLowerCase(), name: a.name, value: a.value ?? '' })
    }
    forms.push({ action: attrs.action ?? '', method: (attrs.method ?? 'get').toUpperCase() === 'POST' ? 'POST' : 'GET', controls })
  }
  return forms
}

/**
 * The fields a browser would submit: every named input (hidden ones as they are, others
 * overridden by `fill`), plus the one submit button pressed (by name and value), if any.
 */
export function formFields(form: HtmlForm, fill: Record<string, string>, submitter?: { name: string; value: string }): URLSearchParams {
  const fields = new URLSearchParams()
  for (const control of form.controls) {
    if (control.tag === 'button' || control.type === 'submit') continue
    fields.append(control.name, fill[control.name] ?? control.value)
  }
  for (const [name, value] of Object.entries(fill)) if (!form.controls.some((control) => control.name === name)) fields.append(name, value)
  if (submitter) {
    const button = form.controls.find((control) => control.name === submitter.name && control.value === submitter.value)
    if (!button) throw new Error(`the form has no button ${submitter.name}=${submitter.value}`)
    fields.append(submitter.name, submitter.value)
  }
  return fields
}
