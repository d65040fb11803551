import { Alert, App, Flex, Select } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../api/client';
import { useUnits } from '../api/organisation';
import { vi } from '../i18n/vi';
import { useSetAddressParams } from './address-params';
import { useAddressCouncil } from './address-council';
import { LoadError } from './load-error';
import { usePageTitle } from './page-title';
import { PeriodPicker, Picker } from './period-cluster-picker';
import { ScreenHeader } from '../shared/page-header';
import { useWorkChoice, type WorkChoice } from './use-work-choice';
import type { ClusterSummary } from '../api/periods';

// The frame of a period's screen whose second choice is its own list (plans, movements, dossier batches).

/** That there is nothing (yet) to show, read out as a status. */
export function EmptyNote({ title }: { title: ReactNode }) {
  return <Alert role="status" type="info" showIcon title={title} />;
}

/** A read of the screen's list, as react-query gives it. */
interface ListRead {
  isError: boolean;
  error: unknown;
  data?: unknown;
  refetch: () => Promise<unknown>;
}

/**
 * What a period screen shows instead of its content, if anything: the period choice's failure, that the
 * council has no period (`noPeriods`), the list's failure, or that the list is empty (`empty`).
 */
export function periodScreenState(
  choice: Pick<WorkChoice<ClusterSummary>, 'error' | 'retry' | 'loading' | 'periodOptions'>,
  noPeriods: string,
  list?: ListRead,
  empty?: string,
): ReactNode {
  if (choice.error) return <LoadError error={choice.error} onRetry={choice.retry} />;
  if (!choice.loading && choice.periodOptions.length === 0) return <EmptyNote title={noPeriods} />;
  if (list?.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  if (empty !== undefined && Array.isArray(list?.data) && list.data.length === 0)
    return <EmptyNote title={empty} />;
  return null;
}

/**
 * The item of a list the address chooses (`?kh=…`: its `param`), else the list's first; `choose` puts
 * another in the address.
 */
export function useAddressItem<T extends { id: string }>(items: readonly T[] | undefined, param: string) {
  const [search] = useSearchParams();
  const setAddress = useSetAddressParams();
  return {
    item: items?.find((i) => i.id === search.get(param)) ?? items?.[0],
    choose: (id: string) => setAddress({ [param]: id }),
  };
}

/** The picker of a period screen's own list, next to the period's. */
export function ItemPicker<T extends { id: string }>(props: {
  label: string;
  id: string;
  placeholder: string;
  items: readonly T[] | undefined;
  labelOf: (item: T) => string;
  value: string | undefined;
  disabled: boolean;
  onChoose: (id: string) => void;
}) {
  return (
    <Picker label={props.label} id={props.id}>
      <Select
        id={props.id}
        value={props.value}
        placeholder={props.placeholder}
        disabled={props.disabled}
        options={(props.items ?? []).map((item) => ({ value: item.id, label: props.labelOf(item) }))}
        onChange={props.onChoose}
        popupMatchSelectWidth={false}
        style={{ maxWidth: '100%' }}
      />
    </Picker>
  );
}

/** A refusal said in one line: the server's message and its field messages. */
export function refusalText(error: unknown): string {
  return isApiError(error)
    ? [error.message, ...error.fields.map((f) => f.message)].join(' — ')
    : vi.errors.unexpected;
}

/** Says a refusal of a write in a message at the top of the screen. */
export function useFailMessage() {
  const { message } = App.useApp();
  return (error: unknown) => void message.error(refusalText(error));
}

/** Every unit of the council (one page holds them all), and their names by id. */
export function useCouncilUnits(councilId: string | undefined) {
  const units = useUnits(councilId, { q: '', page: 1, pageSize: 500 });
  const list = units.data?.items ?? [];
  return { list, nameOf: new Map(list.map((u) => [u.id, u.name])) };
}

/**
 * A period screen's heading (its title, the council under it) and its card of choices: the period, then
 * the screen's own choices and buttons (`children`) in a row, then what stands under them (`below`).
 */
export function PeriodScreenHeader<C extends ClusterSummary>(props: {
  title: string;
  council: string;
  choice: WorkChoice<C>;
  id: string;
  below?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <ScreenHeader
      title={props.title}
      subtitle={props.council}
      pickers={
        <>
          <Flex wrap gap={12} align="flex-end" className="ranking-pickers">
            <PeriodPicker choice={props.choice} id={props.id} />
            {props.children}
          </Flex>
          {props.below}
        </>
      }
    />
  );
}

/**
 * What a period screen starts from: its page title, the council of the address (`instead`: what shows
 * when there is none, saying `noCouncil`), and the period as every screen chooses it (the address, else
 * the last choice, else where the user works), among every period of the council.
 */
export function usePeriodScreen(pageTitle: string, noCouncil: string) {
  usePageTitle(pageTitle);
  const { council, instead } = useAddressCouncil(noCouncil);
  const choice = useWorkChoice({ everyPeriod: true });
  return { council, instead, choice, period: choice.period };
}
