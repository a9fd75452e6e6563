import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface SecretRevealModalProps {
  open: boolean;
  title: string;
  /** One sentence above the secret: whose it is, what to do with it. */
  description: string;
  secret: string;
  onClose: () => void;
}

/** Shows a secret (an initial password, an API key) exactly once, with a copy button and a warning. */
export function SecretRevealModal({ open, title, description, secret, onClose }: SecretRevealModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('secret.done')}
        </Button>
      }
    >
      <Typography.Paragraph>{description}</Typography.Paragraph>
      <div className="secret-box">
        <Typography.Text code copyable={{ text: secret, tooltips: [t('secret.copy'), t('secret.copied')] }}>
          {secret}
        </Typography.Text>
      </div>
      <Alert type="warning" showIcon title={t('secret.onceWarning')} />
    </Modal>
  );
}
