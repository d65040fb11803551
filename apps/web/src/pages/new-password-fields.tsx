import { Form, Input } from 'antd';
import { vi } from '../i18n/vi';

/**
 * The new password typed twice, with the same rules wherever a password is chosen (the password change,
 * the page of an invitation or reset link); the server judges its strength.
 */
export function NewPasswordFields({ autoFocus = false }: { autoFocus?: boolean }) {
  return (
    <>
      <Form.Item
        label={vi.password.next}
        name="newPassword"
        extra={vi.password.nextHelp}
        rules={[{ required: true, message: vi.password.required }]}
      >
        <Input.Password autoComplete="new-password" autoFocus={autoFocus} />
      </Form.Item>
      <Form.Item
        label={vi.password.confirm}
        name="confirm"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: vi.password.required },
          ({ getFieldValue }) => ({
            validator: (_rule, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(vi.password.mismatch)),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
