import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Flex, Popconfirm, Tag } from 'antd';
import { useState } from 'react';
import { api, isApiError } from '../api/client';
import { LoadError } from '../app/load-error';
import { formatDateTime } from '../format';
import { vi } from '../i18n/vi';
import { registrationKeys, usePactAgreements } from './api';
import { regTexts } from './texts';
import type { PactAgreementParty, PactAgreements as Agreements } from './types';

const t = regTexts.agreements;
const PARTIES: PactAgreementParty[] = ['follower', 'standingOffice'];

/**
 * The two agreements a pact signing needs (Ba Đình 2022, Long Biên 2023): the council member following
 * the cluster and the standing office, each with who agreed and when, and the buttons of the one who
 * may agree or withdraw. Answers whether the signing may be recorded yet.
 */
export function PactAgreementsPanel({ clusterId }: { clusterId: string }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const agreements = usePactAgreements(clusterId);
  const [busy, setBusy] = useState(false);

  if (agreements.isError)
    return <LoadError error={agreements.error} onRetry={() => void agreements.refetch()} />;
  if (!agreements.data) return null;
  const data = agreements.data;

  const act = async (party: PactAgreementParty, withdraw: boolean) => {
    setBusy(true);
    try {
      const path = `/clusters/${clusterId}/pact-agreements/${party}`;
      const next = withdraw ? await api.delete<Agreements>(path) : await api.post<Agreements>(path, {});
      queryClient.setQueryData(registrationKeys.agreements(clusterId), next);
      void message.success(withdraw ? t.withdrawn : t.agreedNow);
    } catch (error) {
      void message.error(isApiError(error) ? error.message : vi.errors.unexpected);
      await queryClient.invalidateQueries({ queryKey: registrationKeys.agreements(clusterId) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }}>
      <Descriptions
        size="small"
        bordered
        column={1}
        title={t.title}
        items={PARTIES.map((party) => {
          const a = data[party];
          return {
            key: party,
            label: t.party[party],
            children: (
              <Flex wrap gap={8} align="center">
                {a.agreedBy ? (
                  <span>
                    <Tag color="green">{t.agreed}</Tag>
                    {t.by(a.agreedBy, formatDateTime(a.agreedAt))}
                  </span>
                ) : (
                  <Tag color="orange">{t.notYet}</Tag>
                )}
                {a.abilities.agree && (
                  <Button size="small" type="primary" loading={busy} onClick={() => void act(party, false)}>
                    {t.agree[party]}
                  </Button>
                )}
                {a.abilities.withdraw && (
                  <Popconfirm title={t.confirmWithdraw} onConfirm={() => void act(party, true)}>
                    <Button size="small" loading={busy}>
                      {t.withdraw}
                    </Button>
                  </Popconfirm>
                )}
              </Flex>
            ),
          };
        })}
      />
      {!data.agreed && !data.signed && data.missing && (
        <Alert role="status" type="info" showIcon title={data.missing} />
      )}
    </Flex>
  );
}
