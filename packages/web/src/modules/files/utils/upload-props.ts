import type { UploadProps } from 'antd';
import { currentLocale } from '../../../i18n/index.ts';

/** The error text of a failed upload: the server's per-field message or detail, else `fallback`. */
export function uploadErrorText(response: unknown, fallback: string): string {
  const problem = response as { errors?: Array<{ message?: string }>; detail?: string } | undefined;
  return problem?.errors?.[0]?.message ?? problem?.detail ?? fallback;
}

/** Settings every upload to the API shares: the part name, cookies, and the UI language for errors. */
export function apiUploadProps(action: string): UploadProps {
  return {
    action,
    name: 'file',
    withCredentials: true,
    headers: { 'Accept-Language': currentLocale() },
    showUploadList: false,
  };
}
