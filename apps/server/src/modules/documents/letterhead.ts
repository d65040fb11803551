import { clusters, councils, type Database, type Transaction } from '@thidua/db';
import type { Issuer, Signature } from '@thidua/documents';
import { governingBodyOf, UNIT_HEAD_TITLES, type UnitType, seatName } from '@thidua/vocabulary';
import { eq } from 'drizzle-orm';
import { notFound } from '../../http/errors';

type Db = Database | Transaction;

/** What a council's documents are headed and signed with (its letterhead settings, or their defaults). */
export interface Letterhead {
  /** Cơ quan chủ quản of the council (`Ủy ban nhân dân tỉnh Hải Hà`); may be empty. */
  parentBody: string;
  /** The council as issuing body (`Hội đồng Thi đua - Khen thưởng tỉnh Hải Hà`). */
  issuingBody: string;
  /** Place name of the date line (`Hải Hà`). */
  placeName: string;
  /** Abbreviation of the council in document symbols (`HĐTĐKT`). */
  councilSymbol: string;
  /** Abbreviation of the standing office (`SNV`). */
  standingOfficeSymbol: string;
  /** The standing office's name (`Sở Nội vụ tỉnh Hải Hà`). */
  standingOffice: string;
  /** The council's chair and the deputy who usually signs for the chair. */
  chair: SignerSetting;
  deputyChair: SignerSetting;
}

export interface SignerSetting {
  title: string;
  name: string;
}

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
    chair: { title: 'Chủ tịch', name: '' },
    deputyChair: { title: 'Phó Chủ tịch', name: '' },
  };
}

/** The council's locality with its level (`tỉnh Hải Hà`), from its name. */
export function localityOf(councilName: string): string {
  return councilName.replace(/^Hội đồng Thi đua\s*[-–]\s*Khen thưởng\s*/i, '').trim() || councilName;
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

/** The letterhead of a council. */
export async function loadLetterhead(db: Db, councilId: string): Promise<Letterhead> {
  const [council] = await db.select().from(councils).where(eq(councils.id, councilId)).limit(1);
  if (!council) throw notFound('hội đồng');
  return defaultLetterhead(council.name);
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

/** The signature of the council: on behalf of the council (TM.), by the chair or for the chair (KT.). */
export function councilSignature(letterhead: Letterhead, byDeputy: boolean): Signature {
  const body = letterhead.issuingBody.toUpperCase();
  if (byDeputy && letterhead.deputyChair.title) {
    return {
      authority: `TM. ${body}\nKT. ${letterhead.chair.title.toUpperCase()}`,
      title: letterhead.deputyChair.title,
      name: letterhead.deputyChair.name,
    };
  }
  return { authority: `TM. ${body}`, title: letterhead.chair.title, name: letterhead.chair.name };
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
