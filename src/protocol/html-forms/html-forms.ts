import { tokenize } from './html-tokens.ts'

/** One form control, in document order (HTML §4.10.18.1 form-associated elements). */
export interface FormControl {
  readonly element: 'input' | 'button' | 'select' | 'textarea'
  /** input type (lower case, default text), 'submit'/'reset'/'button' for buttons, 'select-one' or 'textarea'. */
  readonly type: string
  readonly name: string
  readonly value: string
  readonly checked: boolean
  readonly disabled: boolean
  /** What a person sees on a button: its text content, or the value of an input button. */
  readonly label: string
}

/** A form element with its submission attributes and controls (HTML §4.10.3, §4.10.18.6). */
export interface HtmlForm {
  readonly index: number
  readonly id: string | null
  readonly name: string | null
  /** The action attribute as written ('' when absent: the form submits to its own page). */
  readonly action: string
  readonly method: 'GET' | 'POST'
  readonly enctype: string
  readonly controls: readonly FormControl[]
}

const SUBMIT_INPUTS = new Set(['submit', 'image'])

/**
 * Finds every form in an HTML page with its controls and their initial values: hidden fields,
 * prefilled text, checked boxes, selected options, textarea text, and buttons with name/value.
 * Forms do not nest (the HTML parser ignores an inner <form>), and controls outside forms are
 * left out.
 */
export function extractForms(html: string): readonly HtmlForm[] {
  const forms: HtmlForm[] = []
  let form: { meta: Omit<HtmlForm, 'controls'>; controls: FormControl[] } | undefined
  let openText:
    | { control: Omit<FormControl, 'value' | 'label'> & { value: string | null }; text: string }
    | undefined
  let select:
    | {
        name: string
        disabled: boolean
        options: { value: string | null; text: string; selected: boolean }[]
      }
    | undefined
  let option: { value: string | null; text: string; selected: boolean } | undefined

  for (const token of tokenize(html)) {
    if (token.kind === 'text') {
      if (openText) openText.text += token.text
      if (option) option.text += token.text
      continue
    }
    if (token.kind === 'start') {
      const attr = (name: string) => token.attributes.get(name)
      const common = { name: attr('name') ?? '', disabled: token.attributes.has('disabled') }
      if (token.tag === 'form' && form === undefined) {
        const method = (attr('method') ?? 'get').toLowerCase() === 'post' ? 'POST' : 'GET'
        const enctype = (attr('enctype') ?? 'application/x-www-form-urlencoded').toLowerCase()
        form = {
          meta: {
            index: forms.length,
            id: attr('id') ?? null,
            name: attr('name') ?? null,
            action: attr('action') ?? '',
            method,
            enctype,
          },
          controls: [],
        }
      } else if (form && token.tag === 'input') {
        const type = (attr('type') ?? 'text').toLowerCase()
        const value =
          attr('value') ??
          (type === 'checkbox' || type === 'radio' ? 'on' : type === 'submit' ? 'Submit' : '')
        form.controls.push({
          element: 'input',
          type,
          ...common,
          value,
          checked: token.attributes.has('checked'),
          label: SUBMIT_INPUTS.has(type) ? value : '',
        })
      } else if (form && (token.tag === 'button' || token.tag === 'textarea')) {
        const type =
          token.tag === 'textarea' ? 'textarea' : (attr('type') ?? 'submit').toLowerCase()
        openText = {
          control: {
            element: token.tag,
            type,
            ...common,
            value: attr('value') ?? null,
            checked: false,
          },
          text: '',
        }
      } else if (form && token.tag === 'select') {
        select = { ...common, options: [] }
      } else if (select && token.tag === 'option') {
        option = {
          value: attr('value') ?? null,
          text: '',
          selected: token.attributes.has('selected'),
        }
        select.options.push(option)
      }
      continue
    }
    if (token.tag === 'option') option = undefined
    else if (token.tag === 'select' && form && select) {
      const chosen = select.options.find((o) => o.selected) ?? select.options[0]
      const value = chosen === undefined ? '' : (chosen.value ?? chosen.text.trim())
      form.controls.push({
        element: 'select',
        type: 'select-one',
        name: select.name,
        value,
        checked: false,
        disabled: select.disabled,
        label: '',
      })
      select = option = undefined
    } else if ((token.tag === 'button' || token.tag === 'textarea') && form && openText) {
      const { control, text } = openText
      const label = control.element === 'button' ? text.replace(/\s+/g, ' ').trim() : ''
      // A textarea's first newline belongs to the markup, not the value (HTML §13.2.6.4.7).
      const value =
        control.value ?? (control.element === 'textarea' ? text.replace(/^\r?\n/, '') : '')
      form.controls.push({ ...control, value, label })
      openText = undefined
    } else if (token.tag === 'form' && form) {
      forms.push(
        Object.freeze({
          ...form.meta,
          controls: Object.freeze(form.controls.map((c) => Object.freeze(c))),
        }),
      )
      form = undefined
    }
  }
  if (form)
    forms.push(
      Object.freeze({
        ...form.meta,
        controls: Object.freeze(form.controls.map((c) => Object.freeze(c))),
      }),
    )
  return Object.freeze(forms)
}

/** A control that submits its form when pressed. */
export function isSubmitButton(control: FormControl): boolean {
  return (
    (control.element === 'button' && control.type === 'submit') ||
    (control.element === 'input' && SUBMIT_INPUTS.has(control.type))
  )
}
