import nodemailer from 'nodemailer';
import type { SmtpSettings } from './smtp-settings.schemas.ts';

/** One email ready to go. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  replyTo?: string | null | undefined;
  /** The unsubscribe link: sent as `List-Unsubscribe` with one-click `List-Unsubscribe-Post` (RFC 8058). */
  unsubscribeUrl?: string | undefined;
}

/** What the SMTP server answered to an accepted message. */
export interface Delivery {
  messageId: string | null;
  response: string | null;
}

/** A failed delivery: what went wrong, in words an administrator can act on, and whether to try again. */
export class SmtpFailure extends Error {
  constructor(
    /** E.g. `EAUTH: 535 5.7.8 Authentication failed`, `ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:25`. */
    readonly detail: string,
    /** The server refused for good (a 5xx answer): another attempt would be refused too. */
    readonly permanent: boolean,
  ) {
    super(detail);
    this.name = 'SmtpFailure';
  }
}

const SECOND = 1000;

/**
 * Sends one email through the SMTP account of `settings` and resolves when the server accepted it; throws
 * an `SmtpFailure` otherwise. One connection per call (drip sends are spread out in time); the timeouts keep
 * a server that does not answer from holding a job for long.
 * @example await sendEmail(await smtpSettings.read(db), { to: 'li@example.com', subject, html, text })
 */
export async function sendEmail(settings: SmtpSettings, email: OutgoingEmail): Promise<Delivery> {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password } } : {}),
    connectionTimeout: 10 * SECOND,
    greetingTimeout: 10 * SECOND,
    socketTimeout: 30 * SECOND,
  });
  try {
    const info = await transport.sendMail({
      from: settings.fromName
        ? { name: settings.fromName, address: settings.fromAddress }
        : settings.fromAddress,
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      ...(email.replyTo ? { replyTo: email.replyTo } : {}),
      ...(email.unsubscribeUrl
        ? {
            list: { unsubscribe: { url: email.unsubscribeUrl, comment: 'Unsubscribe' } },
            headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
          }
        : {}),
    });
    return {
      messageId: typeof info.messageId === 'string' ? info.messageId : null,
      response: typeof info.response === 'string' ? info.response : null,
    };
  } catch (error) {
    throw smtpFailureOf(error);
  } finally {
    transport.close();
  }
}

/** An error of nodemailer as an `SmtpFailure`: its code and the server's answer, or its message. */
export function smtpFailureOf(error: unknown): SmtpFailure {
  const e = error as { code?: unknown; response?: unknown; responseCode?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : null;
  const answer =
    typeof e.response === 'string' && e.response !== '' ? e.response : String(e.message ?? error);
  const status = typeof e.responseCode === 'number' ? e.responseCode : null;
  return new SmtpFailure(code ? `${code}: ${answer}` : answer, status !== null && status >= 500);
}
