import { CopyOutlined, KeyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Modal, Typography } from 'antd';
import { t } from './texts';

/**
 * A temporary password, shown this once: large, selectable, with a copy button, and a dialog that
 * closes only when the administrator says they have it.
 */
export function PasswordModal({
  password,
  name,
  username,
  onClose,
}: {
  password: string;
  name: string;
  username: string;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const copy = () =>
    void navigator.clipboard.writeText(password).then(
      () => void message.success(t.copied),
      () => undefined,
    );
  return (
    <Modal
      open
      title={
        <Flex gap={8} align="center">
          <KeyOutlined aria-hidden />
          {t.passwordTitle}
        </Flex>
      }
      onCancel={onClose}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t.passwordDone}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Text className="wrap-anywhere">{t.passwordFor(name, username)}</Typography.Text>
        <Flex gap={8} align="center" wrap>
          <output
            aria-label={t.passwordLabel}
            className="temporary-password"
            data-testid="temporary-password"
          >
            {password}
          </output>
          <Button icon={<CopyOutlined />} onClick={copy}>
            {t.copy}
          </Button>
        </Flex>
        <Alert type="warning" showIcon title={t.passwordOnce} />
      </Flex>
    </Modal>
  );
}
