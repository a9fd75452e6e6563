import { Alert } from 'antd';

/** The server's message for a form, above its fields; nothing when there is none. */
export function FormErrorAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return <Alert type="error" showIcon title={message} style={{ marginBottom: 16 }} />;
}
