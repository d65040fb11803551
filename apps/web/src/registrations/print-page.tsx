import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import { Fragment } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { FullPageSpin } from '../app/full-page-spin';
import { LoadError } from '../app/load-error';
import { usePageTitle } from '../app/page-title';
import { paths } from '../app/paths';
import { formatDate, formatScore } from '../format';
import { usePrintView } from './api';
import { DownloadButtons } from '../documents/download-buttons';
import { printableRows } from './print-rows';
import { regTexts } from './texts';
import type { PrintView } from './types';

const t = regTexts.print;

/**
 * The registration as the official form (Phụ lục 01, layout of Nghị định 30/2020): national motto,
 * title, addressees, the plan of every quantitative criterion, the titles sought, models and topics,
 * the signature block. Only the sheet prints (styles.css hides the application around it).
 */
export function PrintPage() {
  usePageTitle(regTexts.printTitle);
  const { councilId = '', registrationId } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const view = usePrintView(registrationId);
  const back = () =>
    void navigate({ pathname: paths.feature(councilId, 'registrations'), search: search.toString() });

  return (
    <>
      <Flex wrap gap={8} className="no-print" style={{ marginBottom: 16 }}>
        <Button onClick={back}>{t.back}</Button>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          disabled={!view.data}
        >
          {t.print}
        </Button>
        {registrationId && (
          <DownloadButtons
            path={`/registrations/${registrationId}/documents/registration`}
            title={regTexts.printTitle}
          />
        )}
      </Flex>
      {view.isError ? (
        <LoadError error={view.error} onRetry={() => void view.refetch()} />
      ) : view.data ? (
        <>
          {view.data.status === 'draft' && (
            <Alert
              className="no-print"
              role="status"
              type="warning"
              showIcon
              title={t.draftWarning}
              style={{ marginBottom: 16 }}
            />
          )}
          <PrintSheet view={view.data} />
        </>
      ) : (
        <FullPageSpin />
      )}
    </>
  );
}

function PrintSheet({ view }: { view: PrintView }) {
  let number = 0;
  return (
    <article className="print-sheet" aria-label={view.title}>
      <table className="print-header" role="presentation">
        <tbody>
          <tr>
            <td>
              <div className="print-upper">{view.header.parentBody}</div>
              <div className="print-upper print-bold">{view.header.issuingBody}</div>
              <div className="print-rule" />
              <div>{view.header.reference}</div>
            </td>
            <td>
              <div className="print-upper print-bold">{t.motto}</div>
              <div className="print-bold print-motto">{t.mottoLine}</div>
              <div className="print-rule" />
            </td>
          </tr>
          <tr>
            <td />
            <td className="print-italic">{view.header.placeDate}</td>
          </tr>
        </tbody>
      </table>

      <h1 className="print-title">{view.title}</h1>
      <div className="print-to">
        <span>{t.to}</span>
        <ul>
          {view.addressedTo.map((to) => (
            <li key={to}>{to}</li>
          ))}
        </ul>
      </div>
      <p>{t.intro(view.unit.name, view.cluster.name, view.criteriaVersion?.issued ?? false)}</p>
      <p>
        {view.criteriaVersion === null
          ? t.noCriteriaBasis
          : view.criteriaVersion.issued
            ? t.criteriaBasis(
                view.criteriaVersion.name,
                view.criteriaVersion.documentNumber,
                view.criteriaVersion.documentDate ? formatDate(view.criteriaVersion.documentDate) : null,
              )
            : t.draftBasis(view.criteriaVersion.name, view.criteriaVersion.revision)}
      </p>
      {view.objective && (
        <p>
          <strong>{t.objective}</strong> {view.objective}
        </p>
      )}

      <h2>{t.part1}</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th style={{ width: '8%' }}>{t.colNo}</th>
            <th>{t.colCriterion}</th>
            <th style={{ width: '16%' }}>{t.colUnit}</th>
            <th style={{ width: '16%' }}>{t.colPlan}</th>
            <th style={{ width: '16%' }}>{t.colNote}</th>
          </tr>
        </thead>
        <tbody>
          {view.groups.map((group) => {
            const rows = printableRows(group.criteria);
            if (rows.length === 0) return null;
            return (
              <Fragment key={group.code}>
                <tr className="print-group">
                  <td>{group.code}</td>
                  <td colSpan={4}>{group.name}</td>
                </tr>
                {rows.map((row) => (
                  <tr key={row.code} data-criterion={row.code}>
                    <td>{row.quantitative ? ++number : ''}</td>
                    <td style={{ paddingInlineStart: 6 + row.depth * 14 }}>
                      {row.code}. {row.name}
                      {row.direction === 'decrease' ? ` ${t.decrease}` : ''}
                    </td>
                    <td>{row.measureUnit}</td>
                    <td className="print-number">{row.plan === null ? '' : formatScore(row.plan)}</td>
                    <td>{row.planNote}</td>
                  </tr>
                ))}
              </Fragment>
            );
          })}
        </tbody>
      </table>

      <h2>{t.part2}</h2>
      {view.titlesSought.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className="print-list">
          {view.titlesSought.map((title) => (
            <li key={title.code}>{title.name}</li>
          ))}
        </ul>
      )}

      <h2>{t.part3}</h2>
      <p>
        <strong>{t.models}</strong>
        {view.models.length === 0 && ` ${t.none}`}
      </p>
      {view.models.length > 0 && <ItemList items={view.models} />}
      <p>
        <strong>{t.topics}</strong>
        {view.topics.length === 0 && ` ${t.none}`}
      </p>
      {view.topics.length > 0 && <ItemList items={view.topics} />}

      <div className="print-signature">
        <div className="print-upper print-bold">{view.signer.authority}</div>
        {view.signer.title && <div className="print-upper print-bold">{view.signer.title}</div>}
        <div className="print-italic">{t.signerName}</div>
        <div className="print-signer">{view.signer.name ?? ''}</div>
      </div>
    </article>
  );
}

function ItemList({ items }: { items: { name: string; description?: string }[] }) {
  return (
    <ul className="print-list">
      {items.map((item, i) => (
        <li key={i}>
          {item.name}
          {item.description ? `: ${item.description}` : ''}
        </li>
      ))}
    </ul>
  );
}
