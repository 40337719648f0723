import { isSubmitButton } from './html-forms.ts'
import type { FormControl, HtmlForm } from './html-forms.ts'

/** The request a form submission makes (HTML §4.10.21.3). */
export interface FormSubmission {
  readonly method: 'GET' | 'POST'
  /** The resolved action URL; for GET it carries the encoded fields as its query. */
  readonly url: string
  /** The fields in submission order, after overrides. */
  readonly entries: readonly (readonly [name: string, value: string])[]
  /** The application/x-www-form-urlencoded body of a POST, else null. */
  readonly body: string | null
  /** The button that submitted the form, if any. */
  readonly submitter: FormControl | null
}

/** What the user does before submitting: fields typed, button pressed. */
export interface SubmitChoice {
  /** Values to type into fields by name. A name the form lacks is appended, as a tampering user could. */
  readonly overrides?: Readonly<Record<string, string>>
  /**
   * The button to press, by its visible label or its value; default: the one named by an override,
   * else the first. null submits with no button, as script's form.submit() does (HTML §4.10.21.3).
   */
  readonly submitter?: string | null
}

/**
 * What a browser sends when a form is submitted (HTML §4.10.21.3 form submission algorithm,
 * §4.10.21.4 constructing the entry list): enabled, named controls in document order, checked
 * boxes only, the pressed button alone among buttons, encoded as
 * application/x-www-form-urlencoded (the URL Standard's urlencoded serializer).
 */
export function buildSubmission(
  form: HtmlForm,
  pageUrl: string,
  choice: SubmitChoice = {},
): FormSubmission {
  if (form.method === 'POST' && form.enctype !== 'application/x-www-form-urlencoded') {
    throw new Error(
      `This form posts ${form.enctype}; the lab browser submits application/x-www-form-urlencoded forms only.`,
    )
  }
  const overrides = { ...choice.overrides }
  const buttons = form.controls.filter((c) => isSubmitButton(c) && !c.disabled)
  let submitter: FormControl | undefined
  if (choice.submitter === null) {
    submitter = undefined
  } else if (choice.submitter !== undefined) {
    submitter = buttons.find((b) => b.label === choice.submitter || b.value === choice.submitter)
    if (submitter === undefined) {
      const names = buttons.map((b) => b.label || b.value).join(', ') || 'none'
      throw new Error(`The form has no button ${choice.submitter}; its buttons are: ${names}.`)
    }
  } else {
    submitter = buttons.find((b) => b.name !== '' && overrides[b.name] === b.value) ?? buttons[0]
  }
  if (submitter !== undefined && overrides[submitter.name] === submitter.value)
    delete overrides[submitter.name]
  for (const name of Object.keys(overrides)) {
    const named = form.controls.filter((c) => c.name === name)
    if (named.length > 0 && named.every((c) => isSubmitButton(c) || c.element === 'button')) {
      if (choice.submitter === null)
        throw new Error(
          `A form submitted without a button sends no ${name}; press the ${name} button instead.`,
        )
      const values = named.map((c) => c.value).join(', ')
      throw new Error(
        `No button ${name}=${overrides[name]} in the form; its ${name} buttons have the values: ${values}.`,
      )
    }
  }

  const controls = form.controls.map((control) => applyOverride(control, overrides))
  const entries: [string, string][] = []
  for (const control of controls) {
    if (control.disabled || control.name === '') continue
    if (isSubmitButton(control) || control.element === 'button') {
      if (control !== submitter) continue
      if (control.type === 'image')
        entries.push([`${control.name}.x`, '0'], [`${control.name}.y`, '0'])
      else entries.push([control.name, control.value])
      continue
    }
    if (['reset', 'button', 'file'].includes(control.type)) continue
    if ((control.type === 'checkbox' || control.type === 'radio') && !control.checked) continue
    entries.push([control.name, control.value])
  }
  const known = new Set(form.controls.map((c) => c.name))
  for (const [name, value] of Object.entries(overrides))
    if (!known.has(name)) entries.push([name, value])

  const encoded = new URLSearchParams(entries).toString()
  const url = new URL(form.action === '' ? pageUrl : form.action, pageUrl)
  if (form.method === 'GET') {
    url.search = encoded
    return { method: 'GET', url: url.href, entries, body: null, submitter: submitter ?? null }
  }
  return { method: 'POST', url: url.href, entries, body: encoded, submitter: submitter ?? null }
}

/** The control as the user left it after typing the overrides. */
function applyOverride(control: FormControl, overrides: Record<string, string>): FormControl {
  const wanted = overrides[control.name]
  if (wanted === undefined || isSubmitButton(control) || control.element === 'button')
    return control
  if (control.type === 'checkbox' || control.type === 'radio')
    return { ...control, checked: control.value === wanted }
  return { ...control, value: wanted }
}
