import { UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Popconfirm,
  Space,
  Tag,
  Typography,
  Upload,
} from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { LoadError } from '../app/load-error';
import { ProblemAlert } from '../shared/problem-alert';
import { formatDate, formatDateTime } from '../format';
import { type SigningCertificate, useSigningCertificate, useSigningCertificateWrites } from './api';
import { letterheadTexts } from './texts';

const t = letterheadTexts.certificate;

interface Values {
  p12: UploadFile[];
  passphrase: string;
}

/** A file's bytes as base64, in chunks (a .p12 is a few kilobytes). */
async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The council's own signing certificate (issue #12 §4), below its letterhead settings: who holds it and
 * until when; the standing office or an administrator uploads, replaces or removes it.
 */
export function SigningCertificateCard({ councilId }: { councilId: string }) {
  const query = useSigningCertificate(councilId);
  return (
    <Card className="page-card" title={t.title} role="region" aria-label={t.title} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      {query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data ? (
        <CertificateBody key={query.data.version} certificate={query.data} />
      ) : null}
    </Card>
  );
}

function CertificateBody({ certificate }: { certificate: SigningCertificate }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { upload, remove } = useSigningCertificateWrites(certificate.councilId);
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const onFinish = async (values: Values) => {
    setProblem(null);
    const file = values.p12[0]?.originFileObj;
    if (!file) return;
    try {
      await upload.mutateAsync({
        p12: await base64Of(file),
        passphrase: values.passphrase,
        version: certificate.version,
      });
      void message.success(t.saved);
    } catch (error) {
      setProblem(showFieldErrors(form, error, ['p12', 'passphrase']));
    }
  };

  const onRemove = async () => {
    setProblem(null);
    try {
      await remove.mutateAsync(certificate.version);
      void message.success(t.removed);
    } catch (error) {
      setProblem(
        isApiError(error)
          ? { code: error.code, message: error.message, details: [] }
          : { code: 'BAD_RESPONSE', message: t.notSaved, details: [] },
      );
    }
  };

  const expired = certificate.validTo !== null && Date.parse(certificate.validTo) <= Date.now();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {certificate.configured ? (
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t.holder}>{certificate.holder}</Descriptions.Item>
          <Descriptions.Item label={t.fingerprint}>
            <Typography.Text code className="wrap-anywhere">
              {certificate.fingerprint}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t.validity}>
            {formatDate(certificate.validFrom)} – {formatDate(certificate.validTo)}
            {expired && (
              <Tag color="red" style={{ marginInlineStart: 8 }}>
                {t.expired}
              </Tag>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t.uploaded}>
            {t.uploadedBy(formatDateTime(certificate.uploadedAt), certificate.uploadedBy ?? '')}
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Alert
          role="status"
          type="info"
          showIcon
          title={`${t.none} ${certificate.deploymentSigns ? t.deployment : t.unsigned}`}
        />
      )}
      <ProblemAlert problem={problem} title={t.notSaved} />
      {certificate.abilities.update && (
        <Form<Values>
          form={form}
          name="signing-certificate"
          layout="vertical"
          onFinish={(values) => void onFinish(values)}
        >
          <Form.Item
            name="p12"
            label={t.file}
            valuePropName="fileList"
            getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList.slice(-1)}
            rules={[{ required: true, message: t.fileRequired }]}
          >
            <Upload beforeUpload={() => false} maxCount={1} accept=".p12,.pfx">
              <Button icon={<UploadOutlined />}>{t.choose}</Button>
            </Upload>
          </Form.Item>
          <Form.Item
            name="passphrase"
            label={t.passphrase}
            rules={[{ required: true, message: t.passphraseRequired }]}
          >
            <Input.Password autoComplete="off" />
          </Form.Item>
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={upload.isPending}>
              {certificate.configured ? t.replace : t.upload}
            </Button>
            {certificate.configured && (
              <Popconfirm title={t.removeConfirm} onConfirm={() => void onRemove()}>
                <Button danger loading={remove.isPending}>
                  {t.remove}
                </Button>
              </Popconfirm>
            )}
          </Space>
        </Form>
      )}
    </Space>
  );
}
