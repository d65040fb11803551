import { App, Button, Card, Flex, Form, Input, Modal, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { LoadError } from '../app/load-error';
import {
  ItemPicker,
  PeriodScreenHeader,
  periodScreenState,
  useAddressItem,
  useCouncilUnits,
  useFailMessage,
  usePeriodScreen,
} from '../app/period-screen';
import { managesCouncil } from '../auth/roles';
import { useSignedIn } from '../auth/require-session';
import { formatDate } from '../format';
import { ExportExcelButton } from '../spreadsheets/excel-buttons';
import { ReasonField } from '../shared/fields';
import { type Dossier, useAppraise, useBatches, useComponents, useCreateBatch, useDossiers } from './api';
import { ComponentsDrawer } from './components-drawer';
import { DossierForm } from './dossier-form';
import { PostingPanel } from './posting-panel';
import { StandingModal } from './standing-modal';
import { texts } from './texts';

/**
 * Award dossiers of a period (`?ky=…&dot=…`): its batches, each batch's dossiers with their components
 * checked against the required list, and their appraisal. Units file and complete their own dossiers; the
 * standing office adds batches, files for any unit, and appraises (passed only when complete; returned
 * with a reason). The server decides every write.
 */
function DossiersPage() {
  const { councilId = '' } = useParams();
  const session = useSignedIn();
  const { message } = App.useApp();
  const fail = useFailMessage();
  const { council, instead, choice, period } = usePeriodScreen(texts.pageTitle, texts.noCouncil);
  const batches = useBatches(period?.id);
  const { item: batch, choose: chooseBatch } = useAddressItem(batches.data, 'dot');
  const dossiers = useDossiers(batch?.id);
  const units = useCouncilUnits(council?.id);
  const createBatch = useCreateBatch(period?.id);
  const appraise = useAppraise();
  const [open, setOpen] = useState<Dossier | null>(null);
  const [filing, setFiling] = useState(false);
  const [returning, setReturning] = useState<Dossier | null>(null);
  const [standing, setStanding] = useState<Dossier | null>(null);
  const [batchForm] = Form.useForm<{ name: string }>();
  const [returnForm] = Form.useForm<{ reason: string }>();
  const ownUnits = useMemo(
    () =>
      new Set(session.memberships.filter((m) => m.councilId === councilId && m.unitId).map((m) => m.unitId!)),
    [session, councilId],
  );

  if (!council) return instead;
  const isOffice = managesCouncil(session, council);
  const unitName = units.nameOf;
  const fileFor = units.list.filter((u) => isOffice || ownUnits.has(u.id));

  const body =
    periodScreenState(choice, texts.noPeriods, batches, texts.noBatches) ??
    (dossiers.isError ? (
      <LoadError error={dossiers.error} onRetry={() => void dossiers.refetch()} />
    ) : (
      <Table<Dossier>
        rowKey="id"
        size="small"
        loading={dossiers.isPending}
        pagination={false}
        scroll={{ x: 900 }}
        aria-label={batch ? `${texts.heading} — ${batch.name}` : texts.heading}
        dataSource={dossiers.data ?? []}
        locale={{ emptyText: texts.noDossiers }}
        columns={[
          {
            title: texts.columns.candidate,
            key: 'candidate',
            render: (_: unknown, d: Dossier) => (
              <Flex vertical>
                <span className="wrap-anywhere">{d.candidateName}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {texts.subjects[d.subject]}
                </Typography.Text>
                {d.subject === 'individual' && d.abilities.update && (
                  <Button
                    size="small"
                    style={{ alignSelf: 'flex-start', marginTop: 4 }}
                    aria-label={texts.changeStandingOf(d.candidateName)}
                    onClick={() => setStanding(d)}
                  >
                    {texts.changeStanding}
                  </Button>
                )}
              </Flex>
            ),
          },
          {
            title: texts.columns.unit,
            key: 'unit',
            render: (_: unknown, d: Dossier) => unitName.get(d.unitId) ?? '',
          },
          {
            title: texts.columns.kind,
            key: 'kind',
            render: (_: unknown, d: Dossier) => texts.kinds[d.kind] ?? d.kind,
          },
          {
            title: texts.columns.level,
            key: 'level',
            render: (_: unknown, d: Dossier) => texts.levels[d.level],
          },
          {
            title: texts.columns.components,
            key: 'components',
            render: (_: unknown, d: Dossier) => (
              <Flex vertical align="flex-start" gap={4}>
                <ComponentsStatus dossierId={d.id} />
                <Button size="small" onClick={() => setOpen(d)} aria-label={texts.open(d.candidateName)}>
                  {texts.columns.components}
                </Button>
              </Flex>
            ),
          },
          {
            title: texts.columns.outcome,
            key: 'outcome',
            render: (_: unknown, d: Dossier) => (
              <Flex vertical gap={4}>
                <span>
                  <Tag color={d.outcome === 'approved' ? 'green' : d.outcome === 'returned' ? 'red' : 'blue'}>
                    {texts.outcomes[d.outcome]}
                  </Tag>
                  {d.appraisedOn ? formatDate(d.appraisedOn) : ''}
                </span>
                {d.returnReason && (
                  <Typography.Text style={{ fontSize: 12 }} className="wrap-anywhere">
                    {texts.reasonLine(d.returnReason)}
                  </Typography.Text>
                )}
                {d.barringReasons.length > 0 && (
                  <Typography.Text
                    id={`dossier-barred-${d.id}`}
                    type="danger"
                    style={{ fontSize: 12 }}
                    className="wrap-anywhere"
                  >
                    <Tag color="red">{texts.barred}</Tag> {texts.barredReasons(d.barringReasons)}
                  </Typography.Text>
                )}
                {isOffice && d.outcome === 'pending' && (
                  <Flex gap={4} wrap>
                    <Tooltip
                      title={d.barringReasons.length > 0 ? texts.barredLine(d.barringReasons) : undefined}
                    >
                      <Button
                        size="small"
                        aria-label={`${texts.approve}: ${d.candidateName}`}
                        disabled={d.barringReasons.length > 0}
                        aria-describedby={d.barringReasons.length > 0 ? `dossier-barred-${d.id}` : undefined}
                        onClick={() =>
                          appraise.mutate(
                            { dossier: d, outcome: 'approved' },
                            { onSuccess: () => void message.success(texts.saved), onError: fail },
                          )
                        }
                      >
                        {texts.approve}
                      </Button>
                    </Tooltip>
                    <Button
                      size="small"
                      aria-label={`${texts.return}: ${d.candidateName}`}
                      onClick={() => {
                        returnForm.resetFields();
                        setReturning(d);
                      }}
                    >
                      {texts.return}
                    </Button>
                  </Flex>
                )}
              </Flex>
            ),
          },
        ]}
      />
    ));

  return (
    <>
      <PeriodScreenHeader
        title={texts.heading}
        council={council.name}
        choice={choice}
        id="dossiers-period"
        below={
          <>
            {batch?.submissionDueOn && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                {texts.submissionDue(formatDate(batch.submissionDueOn))}
              </Typography.Paragraph>
            )}
            {/* An archived period is read only: no new batch (the server refuses it). */}
            {isOffice && period && period.stage !== 'archived' && (
              <Form
                form={batchForm}
                layout="inline"
                name="batch"
                style={{ marginTop: 12, rowGap: 8 }}
                onFinish={(values) =>
                  createBatch.mutate(values, {
                    onSuccess: (created) => {
                      batchForm.resetFields();
                      chooseBatch(created.id);
                    },
                    onError: fail,
                  })
                }
              >
                <Form.Item
                  name="name"
                  label={texts.batchName}
                  htmlFor="batch-name"
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      message: `Cần nhập ${texts.batchName.toLowerCase()}`,
                    },
                  ]}
                >
                  <Input id="batch-name" maxLength={300} placeholder={texts.batchNamePlaceholder} />
                </Form.Item>
                <Button htmlType="submit" loading={createBatch.isPending}>
                  {texts.addBatch}
                </Button>
              </Form>
            )}
          </>
        }
      >
        <ItemPicker
          label={texts.batch}
          id="dossiers-batch"
          placeholder={texts.chooseBatch}
          items={batches.data}
          labelOf={(b) => b.name}
          value={batch?.id}
          disabled={!period}
          onChoose={chooseBatch}
        />
        {batch && fileFor.length > 0 && (
          <Button type="primary" onClick={() => setFiling(true)}>
            {texts.addDossier}
          </Button>
        )}
        {batch && (
          <ExportExcelButton
            path={`/dossier-batches/${batch.id}/spreadsheets/dossiers`}
            title={`${texts.heading} — ${batch.name}`}
            size="middle"
          />
        )}
      </PeriodScreenHeader>
      <Card className="page-card">{body}</Card>
      {batch && <PostingPanel key={`${batch.id}-${batch.version}`} batch={batch} />}
      <ComponentsDrawer dossier={open} onClose={() => setOpen(null)} />
      <StandingModal dossier={standing} onClose={() => setStanding(null)} />
      <DossierForm
        open={filing}
        batchId={batch?.id}
        units={fileFor}
        onClose={() => setFiling(false)}
        onFiled={() => {
          setFiling(false);
          void message.success(texts.filed);
        }}
      />
      <Modal
        open={returning !== null}
        title={returning ? texts.returnTitle(returning.candidateName) : ''}
        okText={texts.save}
        cancelText={texts.cancel}
        confirmLoading={appraise.isPending}
        destroyOnHidden
        onCancel={() => setReturning(null)}
        onOk={() =>
          void returnForm
            .validateFields()
            .then(({ reason }) =>
              appraise.mutate(
                { dossier: returning!, outcome: 'returned', reason: reason.trim() },
                {
                  onSuccess: () => {
                    setReturning(null);
                    void message.success(texts.saved);
                  },
                  onError: fail,
                },
              ),
            )
            .catch(() => undefined)
        }
      >
        <Form form={returnForm} layout="vertical" name="dossier-return">
          <ReasonField
            label={texts.reason}
            id="dossier-return-reason"
            required={texts.reasonRequired}
            rows={3}
          />
        </Form>
      </Modal>
    </>
  );
}

/** "Đủ thành phần" or "Thiếu n thành phần", from the server's check against the required list. */
function ComponentsStatus({ dossierId }: { dossierId: string }) {
  const components = useComponents(dossierId);
  if (!components.data) return null;
  return components.data.complete ? (
    <Tag color="green">{texts.complete}</Tag>
  ) : (
    <Tag color="orange">{texts.missing(components.data.missing.length)}</Tag>
  );
}

export { DossiersPage as Component };
