import { Alert, App, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../api/client';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { FullPageSpin } from '../app/full-page-spin';
import { LoadError } from '../app/load-error';
import { usePageTitle } from '../app/page-title';
import {
  type Letterhead,
  type LetterheadFields,
  SIGNING_AUTHORITIES,
  useLetterhead,
  useSaveLetterhead,
} from './api';
import { SigningCertificateCard } from './signing-certificate-card';
import { letterheadTexts as t } from './texts';
import { ProblemAlert } from '../shared/problem-alert';

/** The form's values: the lists as one line per item. */
type Values = Omit<LetterheadFields, 'recipients' | 'provincialReportForm'> & {
  recipients: string;
  reportTitle: string;
  reportSections: string;
};

const FIELDS = [
  'parentBody',
  'issuingBody',
  'placeName',
  'councilSymbol',
  'standingOffice',
  'standingOfficeSymbol',
  'signingAuthority',
  'chairTitle',
  'chairName',
  'deputyTitle',
  'deputyName',
  'delegateTitle',
  'delegateName',
  'recipients',
  'reportTitle',
  'reportSections',
];

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

function valuesOf(letterhead: Letterhead): Values {
  const { recipients, provincialReportForm, ...rest } = letterhead;
  return {
    ...rest,
    recipients: recipients.join('\n'),
    reportTitle: provincialReportForm?.title ?? '',
    reportSections: provincialReportForm?.sections.join('\n') ?? '',
  };
}

function fieldsOf(values: Values): LetterheadFields {
  const { recipients, reportTitle, reportSections, ...rest } = values;
  const sections = lines(reportSections ?? '');
  const title = (reportTitle ?? '').trim();
  return {
    ...rest,
    parentBody: rest.parentBody ?? '',
    chairName: rest.chairName ?? '',
    deputyName: rest.deputyName ?? '',
    delegateTitle: rest.delegateTitle ?? '',
    delegateName: rest.delegateName ?? '',
    recipients: lines(recipients ?? ''),
    provincialReportForm: title || sections.length > 0 ? { title, sections } : null,
  };
}

/** Server field paths of the lists onto the form's one-line-per-item fields. */
function formPath(path: string): string {
  if (path.startsWith('body.recipients')) return 'body.recipients';
  if (path.startsWith('body.provincialReportForm.title')) return 'body.reportTitle';
  if (path.startsWith('body.provincialReportForm')) return 'body.reportSections';
  return path;
}

/**
 * The council's letterhead settings (issue #12): what its documents are headed and signed with. Everyone
 * in the council reads them; the standing office or an administrator saves them, over the version read.
 */
function LetterheadPage() {
  usePageTitle(t.pageTitle);
  const { councilId = '' } = useParams();
  const query = useLetterhead(councilId);
  if (query.isPending) return <FullPageSpin />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <LetterheadForm key={query.data.version} letterhead={query.data} onReload={() => query.refetch()} />
      <SigningCertificateCard councilId={councilId} />
    </>
  );
}

function LetterheadForm({
  letterhead,
  onReload,
}: {
  letterhead: Letterhead;
  onReload: () => Promise<unknown>;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveLetterhead(letterhead.councilId);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [stale, setStale] = useState<string | null>(null);
  const authority = Form.useWatch('signingAuthority', form);
  const editable = letterhead.abilities.update;

  const onFinish = async (values: Values) => {
    setProblem(null);
    setStale(null);
    try {
      await save.mutateAsync({ ...fieldsOf(values), version: letterhead.version });
      void message.success(t.saved);
    } catch (error) {
      if (isApiError(error, 'STALE')) {
        setStale(error.message);
        return;
      }
      if (isApiError(error)) error.fields.forEach((f) => (f.path = formPath(f.path)));
      setProblem(showFieldErrors(form, error, FIELDS));
    }
  };

  const required = (label: string) => [{ required: true, whitespace: true, message: t.required(label) }];
  const text = (name: keyof Values, label: string, rules = required(label), help?: string) => (
    <Form.Item name={name} label={label} rules={rules} extra={help}>
      <Input disabled={!editable} maxLength={200} />
    </Form.Item>
  );
  const delegated = authority === 'TL' || authority === 'TUQ';

  return (
    <>
      <div className="page-header">
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {t.heading}
          </Typography.Title>
          <Typography.Text type="secondary">{t.intro}</Typography.Text>
        </div>
      </div>
      <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
        {!letterhead.saved && <Alert role="status" type="info" showIcon title={t.defaults} />}
        {!editable && <Alert role="status" type="info" showIcon title={t.readOnly} />}
        {stale && (
          <Alert
            role="alert"
            type="warning"
            showIcon
            title={stale}
            action={
              <Button
                size="small"
                type="primary"
                onClick={() => void onReload().then(() => message.info(t.staleReloaded))}
              >
                {t.staleReload}
              </Button>
            }
          />
        )}
        <ProblemAlert problem={problem} title={t.notSaved} />
      </Space>
      <Form<Values>
        form={form}
        name="letterhead"
        layout="vertical"
        initialValues={valuesOf(letterhead)}
        onFinish={(values) => void onFinish(values)}
        disabled={!editable}
      >
        <Card className="page-card" title={t.bodies} style={{ marginBottom: 16 }}>
          {text('parentBody', t.parentBody, [], t.parentBodyHelp)}
          {text('issuingBody', t.issuingBody)}
          {text('placeName', t.placeName)}
          {text('councilSymbol', t.councilSymbol)}
          {text('standingOffice', t.standingOffice)}
          {text('standingOfficeSymbol', t.standingOfficeSymbol)}
        </Card>
        <Card className="page-card" title={t.signers} style={{ marginBottom: 16 }}>
          <Form.Item name="signingAuthority" label={t.signingAuthority} rules={required(t.signingAuthority)}>
            <Select options={SIGNING_AUTHORITIES.map((a) => ({ value: a, label: t.authorities[a] }))} />
          </Form.Item>
          {text('chairTitle', t.chairTitle)}
          {text('chairName', t.chairName, [])}
          {text('deputyTitle', t.deputyTitle)}
          {text('deputyName', t.deputyName, [])}
          {text('delegateTitle', t.delegateTitle, delegated ? required(t.delegateTitle) : [])}
          {text('delegateName', t.delegateName, [])}
        </Card>
        <Card className="page-card" title={t.recipients} style={{ marginBottom: 16 }}>
          <Form.Item name="recipients" label={t.recipients} extra={t.recipientsHelp}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
          </Form.Item>
        </Card>
        <Card className="page-card" title={t.report} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t.reportHelp}</Typography.Paragraph>
          <Form.Item
            name="reportTitle"
            label={t.reportTitle}
            dependencies={['reportSections']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  Boolean(value?.trim()) === lines(String(getFieldValue('reportSections') ?? '')).length > 0
                    ? Promise.resolve()
                    : Promise.reject(new Error(t.reportIncomplete)),
              }),
            ]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="reportSections" label={t.reportSections}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
          </Form.Item>
        </Card>
        {editable && (
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t.save}
          </Button>
        )}
      </Form>
    </>
  );
}

export { LetterheadPage as Component };
