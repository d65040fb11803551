import { MEMBERSHIP_ROLES, type MembershipRole, ROLE_NAMES } from '@thidua/vocabulary';
import { z } from 'zod';
import { whole, text, optionalText, versionField, pageQuery, councilParams } from './primitives';
export { councilParams } from './primitives';

export const userParams = z.object({ userId: z.uuid() });
export const councilUserParams = councilParams.extend({ userId: z.uuid() });
export const membershipParams = z.object({ membershipId: z.uuid() });

/** The roles as the UI names them (SPEC §1), from the vocabulary. */
export { ROLE_NAMES };

const roleFields = {
  role: z.enum(MEMBERSHIP_ROLES),
  /** The unit a `unitStaff` works for; no other role has one. */
  unitId: z.uuid().nullable().optional(),
  /** Job title shown on documents, e.g. "Chuyên viên Phòng Nội vụ". */
  title: optionalText(200).nullable().optional(),
};

/** Unit staff name their unit; the other roles are council-wide (the database checks it too). */
function unitMatchesRole(
  value: { role: MembershipRole; unitId?: string | null | undefined },
  ctx: z.RefinementCtx,
) {
  if (value.role === 'unitStaff' && !value.unitId) {
    ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'vai trò Cán bộ đơn vị phải chọn đơn vị' });
  }
  if (value.role !== 'unitStaff' && value.unitId) {
    ctx.addIssue({
      code: 'custom',
      path: ['unitId'],
      message: 'chỉ vai trò Cán bộ đơn vị mới gắn với đơn vị',
    });
  }
}

export const membershipBody = z.object(roleFields).superRefine(unitMatchesRole);

export const createUserBody = z
  .object({
    username: z
      .string()
      .trim()
      .min(3)
      .max(60)
      .regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]*$/, 'chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang'),
    displayName: text(200),
    email: z.email().max(200).nullable().optional(),
    /** Left out, the server makes one and returns it once. Either way it must be changed at first sign-in. */
    temporaryPassword: z.string().min(1).max(200).optional(),
    ...roleFields,
  })
  .superRefine(unitMatchesRole);

/** What an administrator may change of an account: its name and e-mail. */
export const updateUserBody = z
  .object({
    version: whole(1).describe(versionField.description),
    displayName: text(200).optional(),
    email: z.email().max(200).nullable().optional(),
  })
  .refine((body) => body.displayName !== undefined || body.email !== undefined, {
    message: 'cần ít nhất một thay đổi (họ tên hoặc thư điện tử)',
  });

export const reasonBody = z.object({ reason: text(2000).optional() });

export const userListQuery = pageQuery.extend({
  role: z.enum(MEMBERSHIP_ROLES).optional(),
  unitId: z.uuid().optional(),
  /** Part of the username or display name. */
  q: optionalText(100).optional(),
  /** Also users whose every role here has ended (their ended roles shown too). */
  includeEnded: z.enum(['true', 'false']).optional(),
});

export const membershipView = z.object({
  id: z.string(),
  councilId: z.string(),
  role: z.enum(MEMBERSHIP_ROLES),
  roleName: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  title: z.string().nullable(),
  endedAt: z.string().nullable(),
});

export const userView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  /** Account details only account administrators see (null for everyone else). */
  email: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  mustChangePassword: z.boolean().nullable(),
  /** Until when sign-in is refused after repeated wrong passwords (null: not locked, or not an administrator). */
  lockedUntil: z.string().nullable(),
  isSystemAdmin: z.boolean(),
  disabled: z.boolean(),
  /** The version an edit sends back (409 when someone changed the account first). */
  version: z.number().int(),
  memberships: z.array(membershipView),
  abilities: z.object({ manage: z.boolean() }),
});

export const createdUserView = z.object({
  user: userView,
  /** The generated temporary password, shown this once; null when the administrator chose it. */
  temporaryPassword: z.string().nullable(),
});

const usernamePrefix = z
  .string()
  .trim()
  .min(2)
  .max(20)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'chỉ gồm chữ thường không dấu, số, gạch dưới, gạch ngang')
  .default('tdkt')
  .describe('Tên đăng nhập là `<tiền tố>.<mã đơn vị>`');

/** Accounts in bulk: one staff account for each unit listed that has none yet. */
export const bulkAccountsBody = z.object({
  unitIds: z.array(z.uuid()).min(1).max(500).describe('Các đơn vị cần tạo tài khoản cán bộ'),
  usernamePrefix,
});

/** Accounts in bulk by invitation: each unit with the e-mail address its invitation goes to. */
export const bulkInvitationsBody = z.object({
  invitations: z
    .array(
      z.object({
        unitId: z.uuid(),
        // Checked row by row in the service, so the message names the unit.
        email: z.string().trim().max(200).describe('Địa chỉ thư điện tử nhận thư mời'),
      }),
    )
    .min(1)
    .max(500)
    .describe('Các đơn vị cần tạo tài khoản cán bộ, mỗi đơn vị một địa chỉ thư'),
  usernamePrefix,
});

export const bulkAccountsQuery = z.object({
  format: z
    .enum(['json', 'pdf'])
    .default('json')
    .describe('`pdf`: phiếu cấp tài khoản, mỗi đơn vị một trang'),
});

/** An account made for a unit by a bulk creation or invitation. */
const bulkCreatedAccount = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  userId: z.uuid(),
  username: z.string(),
});

export const bulkAccountsView = z.object({
  created: z.array(
    bulkCreatedAccount.extend({ temporaryPassword: z.string(), email: z.string().nullable() }),
  ),
  skipped: z.array(z.object({ unitId: z.uuid(), unitName: z.string(), reason: z.string() })),
});

export const bulkInvitationsView = z.object({
  created: z.array(bulkCreatedAccount.extend({ email: z.string() })),
  skipped: bulkAccountsView.shape.skipped,
});

export type MembershipView = z.infer<typeof membershipView>;
export type UserView = z.infer<typeof userView>;
export type CreatedUserView = z.infer<typeof createdUserView>;
/** A role given to a user, as the client sends it. */
export type MembershipInput = z.input<typeof membershipBody>;
/** A new account, as the client sends it. */
export type CreateUserInput = z.input<typeof createUserBody>;
export type UpdateUserInput = z.input<typeof updateUserBody>;
