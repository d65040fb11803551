import {
  CALENDARS,
  CLUSTER_KINDS,
  CLUSTER_ROLES,
  PERIOD_STAGES,
  UNIT_TYPES,
  WORKPLACE_ROLES,
} from '@thidua/vocabulary';
import { z } from 'zod';
import { text, optionalText, versionQuery, pageQuery, slugCode, clusterParams } from './primitives';
export { clusterParams } from './primitives';
import { reason, version } from './periods';

export const memberParams = clusterParams.extend({ unitId: z.uuid() });

export const clusterBody = z.object({
  code: slugCode,
  name: text(300),
  kind: z.enum(CLUSTER_KINDS),
  /** The council member assigned to follow the cluster. */
  followerUserId: z.uuid().nullable().optional(),
  /** Bộ phận giúp việc. */
  helperOffice: optionalText(300).nullable().optional(),
});

export const clusterPatch = clusterBody.partial().extend({ version });

export const clusterListQuery = pageQuery.extend({
  kind: z.enum(CLUSTER_KINDS).optional(),
  q: optionalText(100).optional(),
});

export const addMembersBody = z.object({
  version,
  unitIds: z.array(z.uuid()).min(1).max(200),
  reason,
});

export const removeMemberQuery = z.object({ version: versionQuery, reason });

/** One seat of the leadership: the leader (exactly one) and the deputies (one or two, ranks 1–2). */
export const seatInput = z.object({
  unitId: z.uuid(),
  role: z.enum(['leader', 'deputy']),
  /** 1 or 2 for a deputy; when left out, deputies are ranked in the order given. */
  deputyRank: z.number().int().min(1).max(2).optional(),
});

export const leadershipBody = z.object({
  version,
  seats: z.array(seatInput).min(1).max(10),
  reason,
});

export const copyClustersBody = z.object({ sourcePeriodId: z.uuid() });

const unitRef = z.object({ unitId: z.string(), code: z.string(), name: z.string() });

export const memberView = unitRef.extend({
  type: z.enum(UNIT_TYPES),
  seat: z.enum(CLUSTER_ROLES),
  deputyRank: z.number().int().nullable(),
});

export const clusterView = z.object({
  id: z.string(),
  periodId: z.string(),
  lineageId: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(CLUSTER_KINDS),
  follower: z.object({ userId: z.string(), displayName: z.string() }).nullable(),
  helperOffice: z.string().nullable(),
  version: z.number().int(),
  /** Leader first, then deputies by rank, then members by name. */
  members: z.array(memberView),
  abilities: z.object({
    update: z.boolean(),
    editMembers: z.boolean(),
    /** Seats and members may change after the setup stage only with a reason. */
    reasonRequired: z.boolean(),
    /** The standing office, or this cluster's leader or deputy, may set its deadlines. */
    setDeadlines: z.boolean(),
  }),
});

export const copyResult = z.object({
  clusters: z.number().int(),
  members: z.number().int(),
  /** How many clusters start with the leader and deputies their members elected at a meeting. */
  elected: z.number().int(),
});

export const historyItem = z.object({
  periodId: z.string(),
  periodName: z.string(),
  year: z.number().int(),
  calendar: z.enum(CALENDARS),
  stage: z.enum(PERIOD_STAGES),
  clusterId: z.string(),
  code: z.string(),
  name: z.string(),
  leader: unitRef.nullable(),
  deputies: z.array(unitRef.extend({ deputyRank: z.number().int() })),
});

/** A cluster where the signed-in user works, and in which roles (`GET /councils/:id/my-clusters`). */
export const workplaceView = z.object({
  periodId: z.uuid(),
  clusterId: z.uuid(),
  kind: z.enum(CLUSTER_KINDS),
  roles: z.array(z.enum(WORKPLACE_ROLES)),
});

export type ClusterView = z.infer<typeof clusterView>;
export type ClusterMemberView = z.infer<typeof memberView>;
/** A new cluster as the client sends it. */
export type ClusterInput = z.input<typeof clusterBody>;
export type SeatInput = z.input<typeof seatInput>;
export type UnitRef = z.infer<typeof unitRef>;
export type HistoryItem = z.infer<typeof historyItem>;
export type CopyResult = z.infer<typeof copyResult>;
export type WorkplaceView = z.infer<typeof workplaceView>;
