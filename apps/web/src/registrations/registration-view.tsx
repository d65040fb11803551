import { Alert, Flex, List, Table, Tag, Typography } from 'antd';
import { formatDate, formatScore } from '../format';
import { regTexts } from './texts';
import type { PlanView, RegisteredItem, Registration } from './types';

const t = regTexts.detail;

/** A registration as it was saved, read-only: plans, titles, models, topics and the note. */
export function RegistrationView({
  registration,
  compact,
}: {
  registration: Registration;
  compact: boolean;
}) {
  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8} align="center">
        <StatusTag status={registration.status} />
        {registration.submittedAt && (
          <Typography.Text type="secondary">
            {regTexts.list.submittedAt}: {formatDate(registration.submittedAt)}
          </Typography.Text>
        )}
      </Flex>
      {registration.droppedAtIssue && <DroppedNotice dropped={registration.droppedAtIssue} />}
      <section>
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t.plans}
        </Typography.Title>
        {compact ? (
          <List
            size="small"
            bordered
            dataSource={registration.plans}
            locale={{ emptyText: t.noPlans }}
            renderItem={(plan) => (
              <List.Item className="wrap-anywhere">
                <div>
                  <strong>{plan.criterionCode}</strong> {plan.criterionName}
                  <div>
                    {regTexts.form.plan}: <strong>{formatScore(plan.plan)}</strong> {plan.measureUnit ?? ''}
                  </div>
                  {plan.note && <Typography.Text type="secondary">{plan.note}</Typography.Text>}
                </div>
              </List.Item>
            )}
          />
        ) : (
          <Table<PlanView>
            size="small"
            rowKey="criterionCode"
            pagination={false}
            dataSource={registration.plans}
            locale={{ emptyText: t.noPlans }}
            columns={[
              { title: regTexts.form.code, dataIndex: 'criterionCode', width: 90 },
              {
                title: regTexts.form.criterion,
                dataIndex: 'criterionName',
                render: (name: string, plan) => (
                  <span className="wrap-anywhere">
                    {name}
                    {plan.direction === 'decrease' && (
                      <Typography.Text type="secondary"> ({regTexts.form.decrease})</Typography.Text>
                    )}
                  </span>
                ),
              },
              { title: regTexts.form.measureUnit, dataIndex: 'measureUnit', width: 140 },
              {
                title: regTexts.form.plan,
                dataIndex: 'plan',
                align: 'right',
                width: 120,
                render: (plan: string) => formatScore(plan),
              },
              { title: regTexts.print.colNote, dataIndex: 'note', width: 180 },
            ]}
          />
        )}
      </section>
      <section>
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t.titles}
        </Typography.Title>
        {registration.titlesSought.length === 0 ? (
          <Typography.Text type="secondary">{t.none}</Typography.Text>
        ) : (
          <Flex wrap gap={6}>
            {registration.titlesSought.map((title) => (
              <Tag key={title.code} color="gold" className="wrap-anywhere" style={{ whiteSpace: 'normal' }}>
                {title.name}
              </Tag>
            ))}
          </Flex>
        )}
      </section>
      <Items title={t.models} items={registration.models} />
      <Items title={t.topics} items={registration.topics} />
      <section>
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t.note}
        </Typography.Title>
        <Typography.Paragraph className="wrap-anywhere" style={{ whiteSpace: 'pre-wrap' }}>
          {registration.note ?? t.none}
        </Typography.Paragraph>
      </section>
    </Flex>
  );
}

function Items({ title, items }: { title: string; items: RegisteredItem[] }) {
  return (
    <section>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {title}
      </Typography.Title>
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t.none}</Typography.Text>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {items.map((item, i) => (
            <li key={i} className="wrap-anywhere">
              <strong>{item.name}</strong>
              {item.description ? ` — ${item.description}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function StatusTag({ status }: { status: 'draft' | 'submitted' | 'missing' }) {
  const color = status === 'submitted' ? 'green' : status === 'draft' ? 'orange' : 'default';
  return <Tag color={color}>{regTexts.status[status]}</Tag>;
}

/** After issue: the targets and titles registered earlier that the issued criteria do not have. */
export function DroppedNotice({ dropped }: { dropped: NonNullable<Registration['droppedAtIssue']> }) {
  return (
    <Alert
      role="alert"
      type="warning"
      showIcon
      title={regTexts.own.droppedTitle}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {dropped.plans.map((p) => (
            <li key={`p-${p.criterionCode}`}>
              {regTexts.own.droppedPlan(p.criterionCode, formatScore(p.plan))}
            </li>
          ))}
          {dropped.titles.map((a) => (
            <li key={`a-${a.code}`}>{regTexts.own.droppedAward(a.name)}</li>
          ))}
        </ul>
      }
    />
  );
}
