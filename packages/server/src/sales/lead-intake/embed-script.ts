/// <reference lib="dom" />
/**
 * The script embedded forms load (`LEAD_FORM_SCRIPT_PATH`). It is written here as a function so that it is
 * type-checked, and served as that function's source: it must use nothing but browser globals. It finds the
 * forms marked `data-lodestar-form`, posts them form-encoded with `fetch` (no cookies), adds the page address
 * and the referrer, and shows the server's thank-you text or per-field messages — always as text, never as
 * HTML.
 */
function leadFormEmbed(): void {
  const FALLBACK: Record<string, string> = {
    'zh-CN': '提交失败，请稍后重试。',
    en: 'The form could not be sent; please try again later.',
  };
  const setText = (element: Element | null, text: string) => {
    if (!element) return;
    element.textContent = text;
    (element as HTMLElement).hidden = text === '';
  };
  const attach = (form: HTMLFormElement) => {
    if (form.dataset.lodestarReady) return;
    form.dataset.lodestarReady = '1';
    const language = form.getAttribute('lang') === 'en' ? 'en' : 'zh-CN';
    const message = form.querySelector('.lf-message');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const button = form.querySelector('button[type=submit]') as HTMLButtonElement | null;
      const body = new URLSearchParams();
      new FormData(form).forEach((value, key) => {
        if (typeof value === 'string') body.append(key, value);
      });
      body.set('lf_page', window.location.href);
      if (document.referrer) body.set('lf_referrer', document.referrer);
      for (const error of Array.from(form.querySelectorAll('[data-lodestar-error]'))) setText(error, '');
      setText(message, '');
      if (button) button.disabled = true;
      fetch(form.action, {
        method: 'POST',
        body,
        credentials: 'omit',
        headers: { Accept: 'application/json' },
      })
        .then((response) =>
          response
            .json()
            .catch(() => ({}))
            .then(
              (answer: {
                message?: string;
                detail?: string;
                errors?: Array<{ field: string; message: string }>;
              }) => {
                if (response.ok) {
                  for (const row of Array.from(form.querySelectorAll('.lf-row, button[type=submit]')))
                    (row as HTMLElement).hidden = true;
                  setText(message, answer.message ?? '');
                  form.dispatchEvent(new CustomEvent('lodestar:submitted', { bubbles: true }));
                  return;
                }
                let shown = false;
                for (const problem of answer.errors ?? []) {
                  const slot = form.querySelector(`[data-lodestar-error="${CSS.escape(problem.field)}"]`);
                  if (slot) {
                    setText(slot, problem.message);
                    shown = true;
                  }
                }
                if (!shown) setText(message, answer.detail ?? FALLBACK[language] ?? '');
              },
            ),
        )
        .catch(() => setText(message, FALLBACK[language] ?? ''))
        .finally(() => {
          if (button) button.disabled = false;
        });
    });
  };
  const attachAll = () => {
    for (const form of Array.from(document.querySelectorAll('form[data-lodestar-form]')))
      attach(form as HTMLFormElement);
  };
  attachAll();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', attachAll);
}

/** The embed script as served. */
export const EMBED_SCRIPT = `/* Lodestar web-to-lead forms */\n(${leadFormEmbed.toString()})();\n`;
