import { App, Button, Drawer, Flex, List, Select, Tag, Typography, Upload } from 'antd';
import type { DossierComponentKind } from '@thidua/vocabulary';
import { DOSSIER_COMPONENT_KINDS } from '@thidua/vocabulary';
import { useState } from 'react';
import { useSignedIn } from '../auth/require-session';
import { LoadError } from '../app/load-error';
import { useFailMessage } from '../app/period-screen';
import {
  type Dossier,
  useAttachGenerated,
  useComponents,
  useRemoveComponent,
  useUploadComponent,
} from './api';
import { texts } from './texts';

/**
 * One dossier's components: the required list with what is held, the files with their download, and —
 * for whoever may change the dossier — an upload by component kind and removal. The server checks the
 * file and the permission again; its refusal is shown as it says it.
 */
export function ComponentsDrawer({ dossier, onClose }: { dossier: Dossier | null; onClose: () => void }) {
  const { message } = App.useApp();
  const fail = useFailMessage();
  const session = useSignedIn();
  const components = useComponents(dossier?.id);
  const upload = useUploadComponent(dossier?.id, session.csrfToken);
  const remove = useRemoveComponent();
  const attach = useAttachGenerated(dossier?.id);
  // By default the next required component still missing (else evidence); a choice holds until uploaded.
  const [chosen, setChosen] = useState<DossierComponentKind | null>(null);

  const data = components.data;
  const kind: DossierComponentKind = chosen ?? data?.missing[0] ?? 'minhChung';
  return (
    <Drawer
      open={dossier !== null}
      onClose={onClose}
      title={dossier ? texts.open(dossier.candidateName) : ''}
      width="min(560px, 100vw)"
      closeIcon={<span aria-label={texts.close}>×</span>}
      destroyOnHidden
    >
      {components.isError && <LoadError error={components.error} onRetry={() => void components.refetch()} />}
      {data && (
        <Flex vertical gap={16}>
          <section aria-labelledby="dossier-required">
            <Typography.Title id="dossier-required" level={3} style={{ fontSize: 16 }}>
              {texts.required}
            </Typography.Title>
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {data.required.map((r) => (
                <li key={r.kind}>
                  {r.name}:{' '}
                  <Tag color={r.held ? 'green' : 'orange'}>{r.held ? texts.held : texts.notHeld}</Tag>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="dossier-files">
            <Typography.Title id="dossier-files" level={3} style={{ fontSize: 16 }}>
              {texts.files}
            </Typography.Title>
            <List
              size="small"
              dataSource={data.items}
              locale={{ emptyText: texts.noFiles }}
              renderItem={(c) => (
                <List.Item
                  actions={
                    data.abilities.change
                      ? [
                          <Button
                            key="remove"
                            size="small"
                            danger
                            aria-label={`${texts.remove}: ${c.originalName}`}
                            loading={remove.isPending}
                            onClick={() =>
                              remove.mutate(c.id, {
                                onSuccess: () => void message.success(texts.removed),
                                onError: fail,
                              })
                            }
                          >
                            {texts.remove}
                          </Button>,
                        ]
                      : []
                  }
                >
                  <Flex vertical>
                    <a href={`/api/v1/dossier-components/${c.id}`} download className="wrap-anywhere">
                      {c.originalName}
                    </a>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {c.kindName}
                    </Typography.Text>
                    {c.generatorName && (
                      <span>
                        <Tag color="blue">{texts.generated}</Tag>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {c.generatorName}
                        </Typography.Text>
                      </span>
                    )}
                  </Flex>
                </List.Item>
              )}
            />
          </section>
          {(data.missingGenerated.length > 0 || data.abilities.change) && (
            <section aria-labelledby="dossier-generated">
              <Typography.Title id="dossier-generated" level={3} style={{ fontSize: 16 }}>
                {texts.generatedDocuments}
              </Typography.Title>
              {data.missingGenerated.length > 0 && (
                <Typography.Text>{texts.missingGenerated}</Typography.Text>
              )}
              {data.missingGenerated.length > 0 && (
                <ul style={{ marginTop: 0, paddingInlineStart: 20 }}>
                  {data.missingGenerated.map((g) => (
                    <li key={g.generator}>
                      <strong>{g.generatorName}</strong>: {g.reason}
                    </li>
                  ))}
                </ul>
              )}
              {data.abilities.change && (
                <Button
                  loading={attach.isPending}
                  onClick={() =>
                    attach.mutate(undefined, {
                      onSuccess: (result) =>
                        void message.success(texts.attachedGenerated(result.attached.length)),
                      onError: fail,
                    })
                  }
                >
                  {texts.attachGenerated}
                </Button>
              )}
            </section>
          )}
          {data.abilities.change ? (
            <Flex wrap gap={8} align="flex-end">
              <Flex vertical gap={4}>
                <label htmlFor="component-kind">{texts.componentKind}</label>
                <Select
                  id="component-kind"
                  value={kind}
                  style={{ minWidth: 260 }}
                  onChange={setChosen}
                  options={DOSSIER_COMPONENT_KINDS.map((k) => ({ value: k, label: texts.componentNames[k] }))}
                />
              </Flex>
              <Upload
                showUploadList={false}
                beforeUpload={(file) => {
                  upload.mutate(
                    { kind, file },
                    {
                      onSuccess: () => {
                        setChosen(null);
                        void message.success(texts.uploaded);
                      },
                      onError: fail,
                    },
                  );
                  return false;
                }}
              >
                <Button type="primary" loading={upload.isPending}>
                  {texts.chooseFile}
                </Button>
              </Upload>
            </Flex>
          ) : (
            <Typography.Text type="secondary">{texts.readOnly}</Typography.Text>
          )}
        </Flex>
      )}
    </Drawer>
  );
}
