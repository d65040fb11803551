import { App, Button, Card, Flex, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../app/paths';
import { FullPageSpin } from '../app/full-page-spin';
import { EmptyNote, PeriodScreenHeader, periodScreenState, usePeriodScreen } from '../app/period-screen';
import { formatDate } from '../format';
import { ModalForm } from '../shared/form-modal';
import { CalendarField, optionsOf, SelectField, TextField } from '../shared/fields';
import { blank, isoDay } from '../shared/form-values';
import { type Session, type SessionStatus, useProgramme, useSaveSession } from './api';
import { monthsOf, pad2 } from './groups';
import { texts } from './texts';

/** The council-wide choice of the meetings screen (`?cum=hoi-dong`): the council's own meetings. */
const COUNCIL_MEETINGS = 'hoi-dong';

/**
 * The council's work programme of a period (`?ky=…`): each month of the period with its sessions, their
 * agendas and status, and the meeting a held session was recorded as. The standing office adds and
 * edits sessions; everyone else in the council reads.
 */
function ProgrammePage() {
  const { council, instead, choice, period } = usePeriodScreen(texts.programmeTitle, texts.noCouncil);
  const { councilId = '' } = useParams();
  const programme = useProgramme(period?.id);
  const [editing, setEditing] = useState<Session | 'new' | null>(null);
  const { message } = App.useApp();

  if (!council) return instead;
  const canCreate = Boolean(programme.data?.abilities.create);

  const sessions = programme.data?.items ?? [];
  const body =
    periodScreenState(choice, texts.noPeriods, programme) ??
    (!programme.data || !period ? (
      <FullPageSpin />
    ) : (
      <Flex vertical gap={16}>
        {sessions.length === 0 && <EmptyNote title={texts.noSessions} />}
        {monthsOf(period.startsOn, period.endsOn).map(({ year, month }) => {
          const label = `Tháng ${pad2(month)}/${year}`;
          const own = sessions.filter((s) => s.year === year && s.month === month);
          return (
            <section key={label} aria-label={label}>
              <Typography.Title level={2} style={{ fontSize: 18, marginBottom: 8 }}>
                {label}
                {own.length > 0 && (
                  <Typography.Text type="secondary" style={{ fontSize: 14, marginLeft: 8 }}>
                    {texts.sessionCount(own.length)}
                  </Typography.Text>
                )}
              </Typography.Title>
              {own.map((s) => (
                <SessionCard
                  key={s.id}
                  session={s}
                  meetingPath={
                    s.meetingId
                      ? `${paths.feature(councilId, 'meetings', s.meetingId)}?ky=${period.id}&cum=${COUNCIL_MEETINGS}`
                      : null
                  }
                  onEdit={() => setEditing(s)}
                />
              ))}
            </section>
          );
        })}
      </Flex>
    ));

  return (
    <>
      <PeriodScreenHeader
        title={texts.programmeHeading}
        council={council.name}
        choice={choice}
        id="programme-period"
        below={
          programme.data &&
          !canCreate && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {texts.programmeReadOnly}
            </Typography.Paragraph>
          )
        }
      >
        {canCreate && (
          <Button type="primary" onClick={() => setEditing('new')}>
            {texts.addSession}
          </Button>
        )}
      </PeriodScreenHeader>
      <Card className="page-card">{body}</Card>
      {editing && period && (
        <SessionFormModal
          periodId={period.id}
          session={editing === 'new' ? null : editing}
          defaultMonth={period.startsOn}
          onClose={() => setEditing(null)}
          onSaved={() => void message.success(texts.saved)}
        />
      )}
    </>
  );
}

function SessionCard({
  session: s,
  meetingPath,
  onEdit,
}: {
  session: Session;
  meetingPath: string | null;
  onEdit: () => void;
}) {
  return (
    <Card size="small" style={{ marginBottom: 8 }}>
      <Flex vertical gap={4}>
        <Flex wrap gap={8} align="center" justify="space-between">
          <Typography.Text strong className="wrap-anywhere">
            {s.title}
          </Typography.Text>
          <Flex wrap gap={8} align="center">
            <Tag color={s.status === 'held' ? 'green' : s.status === 'planned' ? 'blue' : 'orange'}>
              {texts.sessionStatus[s.status]}
            </Tag>
            {s.abilities.update && (
              <Button size="small" aria-label={`${texts.editSession}: ${s.title}`} onClick={onEdit}>
                {texts.editSession}
              </Button>
            )}
          </Flex>
        </Flex>
        {s.heldOn && <Typography.Text>{texts.heldOn(formatDate(s.heldOn))}</Typography.Text>}
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {s.agendaItems.map((item, i) => (
            <li key={i} className="wrap-anywhere">
              {item}
            </li>
          ))}
        </ul>
        {s.presiding && (
          <Typography.Text type="secondary" className="wrap-anywhere">
            {texts.presiding(s.presiding)}
          </Typography.Text>
        )}
        {s.place && (
          <Typography.Text type="secondary" className="wrap-anywhere">
            {texts.place(s.place)}
          </Typography.Text>
        )}
        {meetingPath ? (
          <Link to={meetingPath}>{`${texts.openMeeting}: ${s.title}`}</Link>
        ) : (
          <Typography.Text type="secondary">{texts.noMeeting}</Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

interface SessionValues {
  month: Dayjs | null;
  heldOn?: Dayjs | null;
  title: string;
  agenda: string;
  presiding?: string | null;
  place?: string | null;
  status?: SessionStatus;
}
const SESSION_FIELDS = ['month', 'heldOn', 'title', 'agenda', 'presiding', 'place', 'status'] as const;

/** Adds a session to the programme or changes one (the standing office). */
function SessionFormModal({
  periodId,
  session,
  defaultMonth,
  onClose,
  onSaved,
}: {
  periodId: string;
  session: Session | null;
  defaultMonth: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const save = useSaveSession(periodId);
  const f = texts.sessionFields;
  return (
    <ModalForm<SessionValues>
      title={session ? texts.editSession : texts.addSession}
      okText={texts.save}
      notSaved={texts.notSaved}
      name="programme-session"
      fields={SESSION_FIELDS}
      onClose={onClose}
      initialValues={{
        month: session ? dayjs(`${session.year}-${pad2(session.month)}-01`) : dayjs(defaultMonth),
        heldOn: session?.heldOn ? dayjs(session.heldOn) : null,
        title: session?.title,
        agenda: session?.agenda,
        presiding: session?.presiding,
        place: session?.place,
        status: session?.status ?? 'planned',
      }}
      save={async (values) => {
        await save.mutateAsync({
          session,
          body: {
            year: values.month?.year() ?? 0,
            month: (values.month?.month() ?? -1) + 1,
            heldOn: isoDay(values.heldOn),
            title: values.title,
            agenda: values.agenda,
            presiding: blank(values.presiding),
            place: blank(values.place),
            ...(values.status ? { status: values.status } : {}),
          },
        });
        onSaved();
      }}
    >
      <CalendarField
        name="month"
        label={f.month}
        id="session-month"
        required
        month
        placeholder={texts.monthPlaceholder}
      />
      <CalendarField
        name="heldOn"
        label={f.heldOn}
        id="session-held-on"
        placeholder={texts.datePlaceholder}
      />
      <TextField name="title" label={f.title} id="session-title" required maxLength={500} />
      <TextField
        name="agenda"
        label={f.agenda}
        id="session-agenda"
        required
        grow={{ minRows: 3 }}
        maxLength={10_000}
      />
      <TextField name="presiding" label={f.presiding} id="session-presiding" maxLength={500} />
      <TextField name="place" label={f.place} id="session-place" maxLength={500} />
      <SelectField
        name="status"
        label={f.status}
        id="session-status"
        options={optionsOf(texts.sessionStatus)}
      />
    </ModalForm>
  );
}

export { ProgrammePage as Component };
