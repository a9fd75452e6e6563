import type { Locale } from '@lodestar/shared';

const TEXTS: Record<
  Locale,
  { title: string; ask: string; address: string; confirm: string; done: string; invalid: string }
> = {
  'zh-CN': {
    title: '退订邮件',
    ask: '确认今后不再接收我们的邮件吗？',
    address: '退订地址：',
    confirm: '确认退订',
    done: '您已成功退订，今后不会再收到我们的邮件。',
    invalid: '退订链接无效或已失效。',
  },
  en: {
    title: 'Unsubscribe',
    ask: 'Do you want to stop receiving our emails?',
    address: 'Address: ',
    confirm: 'Unsubscribe',
    done: 'You are unsubscribed and will not receive our emails again.',
    invalid: 'This unsubscribe link is invalid or no longer works.',
  },
};

const escapeHtml = (value: string) =>
  value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/** `zhang.wei@example.com` → `zh***@example.com`: enough to recognise, not enough to harvest. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email.slice(0, Math.min(2, at))}***${email.slice(at)}`;
}

/**
 * The public unsubscribe page in the lead's language: `ask` shows the (masked) address and a button that
 * posts the form back (a link alone changes nothing: mail scanners open links); `done` confirms;
 * `invalid` says the link does not work. Plain HTML, no script.
 */
export function unsubscribePage(
  language: Locale,
  state: { kind: 'ask'; email: string | null } | { kind: 'done' } | { kind: 'invalid' },
): string {
  const text = TEXTS[language];
  const body =
    state.kind === 'ask'
      ? `<p>${escapeHtml(text.ask)}</p>${
          state.email ? `<p class="muted">${escapeHtml(text.address + maskEmail(state.email))}</p>` : ''
        }<form method="post"><input type="hidden" name="confirm" value="1"><button type="submit">${escapeHtml(text.confirm)}</button></form>`
      : `<p>${escapeHtml(state.kind === 'done' ? text.done : text.invalid)}</p>`;
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(text.title)}</title>
<style>body{font-family:-apple-system,'PingFang SC','Microsoft YaHei',Arial,sans-serif;background:#f5f5f5;color:#262626;margin:0}
main{max-width:480px;margin:12vh auto;background:#fff;border-radius:8px;padding:32px;box-shadow:0 1px 4px rgba(0,0,0,.08)}
h1{font-size:20px;margin:0 0 16px}.muted{color:#8c8c8c}
button{background:#1677ff;color:#fff;border:0;border-radius:6px;padding:8px 20px;font-size:14px;cursor:pointer}</style>
</head><body><main><h1>${escapeHtml(text.title)}</h1>${body}</main></body></html>`;
}
