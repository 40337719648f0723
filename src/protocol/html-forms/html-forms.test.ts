import { describe, expect, it } from 'vitest'
import { buildSubmission } from './form-submission.ts'
import { extractForms } from './html-forms.ts'
import { decodeEntities, tokenize } from './html-tokens.ts'

const PAGE = 'https://auth.photos.example/authorize?client_id=printshop'

const LOGIN = `<!doctype html>
<html lang="en"><head><title>Sign in - auth.photos.example</title>
<style>input[type=text]{width:100%} form>button{margin:0}</style>
<script>if (a < b && "<form>") {}</script></head>
<body><main>
<!-- <form action="/commented-out"><input name="ghost"></form> -->
<p><strong>Printshop &amp; Co</strong> wants to access your account.</p>
<form method="post" action="https://auth.photos.example/login?x=1&amp;y=2">
<input type="hidden" name="request_id" value="rq_8Hf&quot;2&#39;x&#x3e;">
<label for="username">Username</label>
<input type="text" id="username" name="username" autocomplete="username" required value="">
<input type="password" id="password" name="password" required>
<input type="checkbox" name="remember" value="yes">
<input type="checkbox" name="terms" checked>
<input type="text" name="nickname" value="ignored" disabled>
<button type="submit">Sign in</button>
</form></main></body></html>`

const CONSENT = `<form method="post" action="/consent">
<input type="hidden" name="request_id" value="rq_1">
<button type="submit" name="decision" value="approve">Allow</button>
<button type="submit" name="decision" value="deny" class="secondary">Deny</button>
</form>`

describe('tokenize', () => {
  it('keeps a > inside a quoted attribute and lets the first duplicate attribute win', () => {
    const [token] = tokenize(`<input value="a>b" name=x name=y data-z='q"r'>`)
    expect(token).toEqual({
      kind: 'start',
      tag: 'input',
      attributes: new Map([
        ['value', 'a>b'],
        ['name', 'x'],
        ['data-z', 'q"r'],
      ]),
    })
  })

  it('decodes named and numeric character references', () => {
    expect(decodeEntities('a&amp;b &lt;&#60;&#x3C; &quot;&#39; &unknown; &#0;')).toBe(
      'a&b <<< "\' &unknown; \ufffd',
    )
  })
})

describe('extractForms', () => {
  it('reads the login form: method, decoded action, hidden and visible fields; skips comments and scripts', () => {
    const forms = extractForms(LOGIN)
    expect(forms).toHaveLength(1)
    const [form] = forms
    expect(form).toMatchObject({
      index: 0,
      method: 'POST',
      action: 'https://auth.photos.example/login?x=1&y=2',
    })
    expect(form?.controls.map((c) => [c.name, c.type, c.value, c.checked, c.disabled])).toEqual([
      ['request_id', 'hidden', 'rq_8Hf"2\'x>', false, false],
      ['username', 'text', '', false, false],
      ['password', 'password', '', false, false],
      ['remember', 'checkbox', 'yes', false, false],
      ['terms', 'checkbox', 'on', true, false],
      ['nickname', 'text', 'ignored', false, true],
      ['', 'submit', '', false, false],
    ])
    expect(form?.controls.at(-1)?.label).toBe('Sign in')
  })

  it('reads selects, textareas and input buttons', () => {
    const [form] = extractForms(`<form id="f" name="settings">
<select name="size"><option value="s">Small</option><option selected>Large</option></select>
<select name="paper"><option>Matte</option><option>Gloss</option></select>
<textarea name="note">
Frame it &amp; ship</textarea>
<input type="submit" name="go" value="Order prints">
</form>`)
    expect(form).toMatchObject({ id: 'f', name: 'settings', method: 'GET', action: '' })
    expect(form?.controls.map((c) => [c.name, c.value, c.label])).toEqual([
      ['size', 'Large', ''],
      ['paper', 'Matte', ''],
      ['note', 'Frame it & ship', ''],
      ['go', 'Order prints', 'Order prints'],
    ])
  })
})

describe('buildSubmission', () => {
  it('encodes a POST like a browser: document order, checked boxes only, the pressed button, urlencoded', () => {
    const [form] = extractForms(LOGIN)
    const submission = buildSubmission(form!, PAGE, {
      overrides: { username: 'alice', password: 'wonder land&=' },
    })
    expect(submission.method).toBe('POST')
    expect(submission.url).toBe('https://auth.photos.example/login?x=1&y=2')
    expect(submission.body).toBe(
      'request_id=rq_8Hf%222%27x%3E&username=alice&password=wonder+land%26%3D&terms=on',
    )
  })

  it('presses the consent button named by an override, or the first one by default', () => {
    const [form] = extractForms(CONSENT)
    expect(buildSubmission(form!, PAGE).body).toBe('request_id=rq_1&decision=approve')
    const deny = buildSubmission(form!, PAGE, { overrides: { decision: 'deny' } })
    expect(deny.body).toBe('request_id=rq_1&decision=deny')
    expect(deny.submitter?.label).toBe('Deny')
    expect(deny.url).toBe('https://auth.photos.example/consent')
    expect(buildSubmission(form!, PAGE, { submitter: 'Deny' }).body).toBe(
      'request_id=rq_1&decision=deny',
    )
  })

  it('submits with no button when the submitter is null, as form.submit() does', () => {
    const [form] = extractForms(CONSENT)
    const submission = buildSubmission(form!, PAGE, { submitter: null })
    expect(submission.body).toBe('request_id=rq_1')
    expect(submission.submitter).toBeNull()
    expect(() =>
      buildSubmission(form!, PAGE, { submitter: null, overrides: { decision: 'deny' } }),
    ).toThrow(
      'A form submitted without a button sends no decision; press the decision button instead.',
    )
  })

  it('refuses a button that does not exist', () => {
    const [form] = extractForms(CONSENT)
    expect(() => buildSubmission(form!, PAGE, { submitter: 'Maybe' })).toThrow(
      'The form has no button Maybe; its buttons are: Allow, Deny.',
    )
    expect(() => buildSubmission(form!, PAGE, { overrides: { decision: 'maybe' } })).toThrow(
      'No button decision=maybe in the form; its decision buttons have the values: approve, deny.',
    )
  })

  it('appends a field the form lacks, as a tampering user could', () => {
    const [form] = extractForms(CONSENT)
    expect(buildSubmission(form!, PAGE, { overrides: { scope: 'photos.write' } }).body).toBe(
      'request_id=rq_1&decision=approve&scope=photos.write',
    )
  })

  it('puts a GET form into the query of its own page when it has no action', () => {
    const [form] = extractForms(
      `<form><input name="q" value="tea party"><button name="go" value="1">Search</button></form>`,
    )
    const submission = buildSubmission(form!, 'https://printshop.example/search?old=1#top')
    expect(submission).toMatchObject({
      method: 'GET',
      url: 'https://printshop.example/search?q=tea+party&go=1#top',
      body: null,
    })
  })

  it('refuses multipart forms rather than mis-encoding them', () => {
    const [form] = extractForms(
      `<form method="post" enctype="multipart/form-data"><input name="f"></form>`,
    )
    expect(() => buildSubmission(form!, PAGE)).toThrow('multipart/form-data')
  })
})
