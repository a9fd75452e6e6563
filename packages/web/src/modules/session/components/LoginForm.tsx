import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import { errorMessage } from '../../../ui/server-errors.ts';
import { useLogin } from '../hooks/useLogin.ts';

interface LoginFormValues {
  username: string;
  password: string;
}

/** Username-or-email and password; calls `onSignedIn` once the session exists. */
export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginFormValues>();
  const login = useLogin();
  const [error, setError] = useState<{ text: string; lockout: boolean } | null>(null);

  const submit = (values: LoginFormValues) => {
    setError(null);
    login.mutate(values, {
      onSuccess: onSignedIn,
      onError: (failure) => {
        const status = failure instanceof ApiError ? failure.status : 0;
        // The server's own words for lockouts and disabled accounts; ours for the common wrong password.
        const text = status === 401 ? t('login.wrongCredentials') : errorMessage(failure);
        setError({ text, lockout: status === 429 });
        form.setFieldValue('password', '');
      },
    });
  };

  return (
    <Form form={form} layout="vertical" size="large" onFinish={submit} requiredMark={false} name="login">
      {error && (
        <Alert
          type={error.lockout ? 'warning' : 'error'}
          showIcon
          title={error.text}
          style={{ marginBottom: 20 }}
          role="alert"
        />
      )}
      <Form.Item
        name="username"
        label={t('login.username')}
        rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
      >
        <Input
          prefix={<UserOutlined />}
          placeholder={t('login.usernamePlaceholder')}
          autoComplete="username"
          autoFocus
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('login.password')}
        rules={[{ required: true, message: t('login.passwordRequired') }]}
      >
        <Input.Password
          prefix={<LockOutlined />}
          placeholder={t('login.passwordPlaceholder')}
          autoComplete="current-password"
        />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" block loading={login.isPending}>
          {t('login.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}
