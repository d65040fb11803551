import {
  clusters,
  councilLetterheads,
  councils,
  type CouncilLetterhead,
  type Database,
  type Transaction,
} from '@thidua/db';
import type { Issuer, Signature } from '@thidua/documents';
import { governingBodyOf, UNIT_HEAD_TITLES, type UnitType, seatName } from '@thidua/vocabulary';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { notFound } from '../../http/errors';
import type { LetterheadFields, letterheadView } from './letterhead-schema';

type Db = Database | Transaction;

/** What a council's documents are headed and signed with (its letterhead settings, or their defaults). */
export type Letterhead = LetterheadFields;

/** Defaults from the council's name: good enough to print, meant to be replaced on the admin screen. */
export function defaultLetterhead(councilName: string): Letterhead {
  const place = localityOf(councilName)
    .replace(/^(tỉnh|thành phố|quận|huyện|thị xã|xã|phường|đặc khu)\s+/i, '')
    .trim();
  return {
    parentBody: '',
    issuingBody: councilName,
    placeName: place || councilName,
    councilSymbol: 'HĐTĐKT',
    standingOfficeSymbol: 'CQTT',
    standingOffice: 'Cơ quan thường trực Hội đồng',
    signingAuthority: 'TM',
    chairTitle: 'Chủ tịch',
    chairName: '',
    deputyTitle: 'Phó Chủ tịch',
    deputyName: '',
    delegateTitle: '',
    delegateName: '',
    recipients: ['Như trên', 'Lưu: VT'],
    provincialReportForm: null,
  };
}

/** The council's locality with its level (`tỉnh Hải Hà`), from its name. */
export function localityOf(councilName: string): string {
  return councilName.replace(/^Hội đồng (Thi đua\s*[-–]\s*Khen thưởng|TĐKT)\s*/iu, '').trim() || councilName;
}

/**
 * A member unit issuing its own document (the registration form): its governing body above it, its head
 * signing (the title by the unit's type; the name is written by hand), the council's place in the date.
 */
export function unitLetterhead(councilName: string, unit: { name: string; type: UnitType }) {
  return {
    parentBody: governingBodyOf(unit.type, localityOf(councilName)),
    issuingBody: unit.name,
    place: defaultLetterhead(councilName).placeName,
    headTitle: UNIT_HEAD_TITLES[unit.type],
  };
}

/** The council's settings row (if it saved any) and the letterhead its documents use. */
export async function letterheadOf(
  db: Db,
  councilId: string,
): Promise<{ letterhead: Letterhead; row: CouncilLetterhead | null }> {
  const [council] = await db.select().from(councils).where(eq(councils.id, councilId)).limit(1);
  if (!council) throw notFound('hội đồng');
  const [row] = await db
    .select()
    .from(councilLetterheads)
    .where(eq(councilLetterheads.councilId, councilId))
    .limit(1);
  if (!row) return { letterhead: defaultLetterhead(council.name), row: null };
  return {
    letterhead: {
      parentBody: row.parentBody,
      issuingBody: row.issuingBody,
      placeName: row.placeName,
      councilSymbol: row.councilSymbol,
      standingOffice: row.standingOffice,
      standingOfficeSymbol: row.standingOfficeSymbol,
      signingAuthority: row.signingAuthority,
      chairTitle: row.chairTitle,
      chairName: row.chairName,
      deputyTitle: row.deputyTitle,
      deputyName: row.deputyName,
      delegateTitle: row.delegateTitle,
      delegateName: row.delegateName,
      recipients: row.recipients,
      provincialReportForm: row.provincialReportForm,
    },
    row,
  };
}

/** The letterhead of a council: its saved settings, or the defaults derived from its name. */
export async function loadLetterhead(db: Db, councilId: string): Promise<Letterhead> {
  return (await letterheadOf(db, councilId)).letterhead;
}

export function presentLetterhead(
  councilId: string,
  letterhead: Letterhead,
  row: CouncilLetterhead | null,
  canUpdate: boolean,
): z.infer<typeof letterheadView> {
  return {
    ...letterhead,
    councilId,
    saved: row !== null,
    version: row?.version ?? 0,
    abilities: { update: canUpdate },
  };
}

/**
 * The people's committee above the council (`Ủy ban nhân dân tỉnh Hải Hà`): the parent body when set, else
 * the committee of the council's locality. Its chair decides provincial awards and signs the decision;
 * it proposes State-level awards to the Prime Minister.
 */
export function governmentOf(letterhead: Letterhead): string {
  return letterhead.parentBody || `Ủy ban nhân dân ${localityOf(letterhead.issuingBody)}`;
}

/** The council itself issuing (tờ trình, quyết định, kế hoạch, báo cáo). */
export function councilIssuer(letterhead: Letterhead): Issuer {
  return {
    parentBody: letterhead.parentBody || undefined,
    issuingBody: letterhead.issuingBody,
    place: letterhead.placeName,
    symbolSuffix: letterhead.councilSymbol,
  };
}

/** A cluster issuing (score table, minutes): the council above it, the cluster as issuing body. */
export function clusterIssuer(letterhead: Letterhead, cluster: { name: string; code: string }): Issuer {
  return {
    parentBody: letterhead.issuingBody,
    issuingBody: cluster.name,
    place: letterhead.placeName,
    symbolSuffix: clusterSymbol(cluster.code),
  };
}

/** `cum-1` → `CTĐ1`, `khoi-so` → `KTĐSO`: the cluster's abbreviation in symbols. */
export function clusterSymbol(code: string): string {
  const m = /^(cum|khoi)[-_]?(.*)$/i.exec(code);
  const prefix = m?.[1]?.toLowerCase() === 'khoi' ? 'KTĐ' : 'CTĐ';
  const rest = (m ? m[2] : code) ?? '';
  return prefix + rest.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
}

/**
 * The council's signature block by its settings (Nghị định 30/2020, area 7): the chair on behalf of the
 * council (TM.), a deputy for the chair (KT.), or a delegate by order (TL.) or by authorisation (TUQ.).
 */
export function councilSignature(letterhead: Letterhead): Signature {
  const body = letterhead.issuingBody.toUpperCase();
  const chair = letterhead.chairTitle.toUpperCase();
  switch (letterhead.signingAuthority) {
    case 'TM':
      return { authority: `TM. ${body}`, title: letterhead.chairTitle, name: letterhead.chairName };
    case 'KT':
      return {
        authority: `TM. ${body}\nKT. ${chair}`,
        title: letterhead.deputyTitle,
        name: letterhead.deputyName,
      };
    case 'TL':
    case 'TUQ':
      return {
        authority: `${letterhead.signingAuthority}. ${chair}`,
        title: letterhead.delegateTitle,
        name: letterhead.delegateName,
      };
    default: {
      const unknown: never = letterhead.signingAuthority;
      throw new Error(`unknown signing authority ${String(unknown)}`);
    }
  }
}

/** The cluster's leader signs its documents on behalf of the cluster. */
export function clusterLeaderSignature(cluster: { name: string; kind: 'cum' | 'khoi' }): Signature {
  return {
    authority: `TM. ${cluster.name.toUpperCase()}`,
    title: seatName('leader', cluster.kind),
    name: '',
  };
}

/** The cluster row of a document about it. */
export async function loadCluster(db: Db, clusterId: string) {
  const [cluster] = await db.select().from(clusters).where(eq(clusters.id, clusterId)).limit(1);
  if (!cluster) throw notFound('cụm, khối thi đua');
  return cluster;
}
