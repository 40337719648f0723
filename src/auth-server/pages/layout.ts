/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1b1f24}
main{max-width:28rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:.75rem;box-shadow:0 1px 4px #0002}
h1{font-size:1.35rem;margin:0 0 1rem}
label{display:block;margin:.75rem 0 .25rem;font-weight:600}
input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:.5rem;border:1px solid #6b7280;border-radius:.375rem;font:inherit}
button{margin-top:1rem;margin-right:.5rem;padding:.55rem 1.1rem;border-radius:.375rem;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff;font:inherit;cursor:pointer}
button.secondary{background:#fff;color:#1d4ed8}
.error{color:#991b1b;background:#fef2f2;border:1px solid #fecaca;padding:.5rem .75rem;border-radius:.375rem}
code{background:#f1f5f9;padding:0 .25rem;border-radius:.25rem}
footer{margin-top:1.25rem;font-size:.85rem;color:#4b5563}
`

/** A complete, self-contained page: lang, title, one h1, inline styles, no external assets. */
export function renderPage(options: { title: string; issuer: string; body: string }): string {
  const host = escapeHtml(new URL(options.issuer).host)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)} - ${host}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(options.title)}</h1>
${options.body}
<footer>Authorization server ${host}</footer>
</main>
</body>
</html>
`
}
