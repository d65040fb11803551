import { constraintOf, DB_ERROR_CODES, sqlStateOf } from '@thidua/db';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorBody, ERRORS } from './errors';

/** Maps what a constraint protects to a message a person understands. */
const CONSTRAINT_MESSAGES: Record<string, string> = {
  units_council_code_key: 'Mã đơn vị đã được dùng trong hội đồng này',
  users_username_key: 'Tên đăng nhập đã được dùng',
  cluster_members_period_unit_key: 'Đơn vị đã thuộc một cụm, khối khác trong kỳ này',
  cluster_members_one_leader_key: 'Cụm, khối đã có cụm trưởng',
  cluster_members_deputy_rank_key: 'Cụm, khối đã đủ cụm phó',
  clusters_period_code_key: 'Mã cụm, khối đã được dùng trong kỳ này',
  periods_council_year_calendar_key: 'Hội đồng đã có kỳ thi đua của năm này',
  quotas_cluster_award_key: 'Cụm, khối đã có chỉ tiêu cho hình thức khen thưởng này',
  stage_deadlines_scope_key: 'Giai đoạn này đã có hạn cho phạm vi này; vui lòng tải lại rồi sửa',
  memberships_user_council_role_unit_key: 'Người dùng đã có vai trò này trong hội đồng',
  clusters_lineage_period_key: 'Cụm, khối này đã có trong kỳ thi đua',
  frameworks_council_code_revision_key: 'Hội đồng đã có khung tiêu chí với mã và phiên bản này',
  criteria_versions_cluster_revision_key: 'Cụm, khối đã có bộ tiêu chí phiên bản này',
  criterion_assignments_version_criterion_key: 'Tiêu chí đã được phân công trong phiên bản này',
  registrations_period_unit_key: 'Đơn vị đã có bản đăng ký thi đua trong kỳ này',
  registration_plans_registration_criterion_key: 'Bản đăng ký đã có kế hoạch cho tiêu chí này',
  pacts_period_unit_key: 'Đã ghi nhận ký giao ước của đơn vị này trong kỳ',
  votes_meeting_subject_unit_key: 'Đơn vị đã có kết quả bỏ phiếu cho nội dung này tại cuộc họp',
  award_proposals_period_unit_award_key: 'Đơn vị đã được đề nghị hình thức khen thưởng này trong kỳ',
  council_decisions_period_number_key: 'Số quyết định đã được dùng trong kỳ thi đua này',
  entries_version_unit_criterion_stage_key: 'Ô điểm này đã có kết quả; vui lòng tải lại rồi sửa',
  evidence_files_entry_sha256_key: 'Tệp này đã được đính kèm vào kết quả này',
  unit_facts_period_unit_name_key: 'Đơn vị đã có thông tin này trong kỳ thi đua',
};

/** SQLSTATEs of values the database refuses: numeric out of range, NUL byte, untranslatable character. */
const DATA_EXCEPTIONS = new Set(['22003', '22021', '22P05']);

/** Fastify's own error codes that the catalogue names. */
const FASTIFY_CODES: Record<string, { code: keyof typeof ERRORS; message?: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'BAD_JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'BAD_JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'FILE_TOO_LARGE' },
  FST_REQ_FILE_TOO_LARGE: { code: 'FILE_TOO_LARGE' },
  FST_FILES_LIMIT: { code: 'FILE_TOO_LARGE' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'FILE_TYPE', message: 'Kiểu nội dung gửi lên không được hỗ trợ' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    code: 'FILE_TYPE',
    message: 'Kiểu nội dung gửi lên không được hỗ trợ',
  },
};

/** The request field a unique constraint protects, so the form can show the message beside it. */
const CONSTRAINT_FIELDS: Record<string, string> = {
  units_council_code_key: 'body.code',
  users_username_key: 'body.username',
  clusters_period_code_key: 'body.code',
  councils_code_key: 'body.code',
};

/** Turns whatever a request threw into the API's error body; nothing internal reaches the user. */
export function toErrorResponse(
  error: unknown,
  request: FastifyRequest,
): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.fields.length > 0) body.error.fields = error.fields;
    return { status: error.status, body };
  }
  const fastifyError = error as Partial<FastifyError> & { statusCode?: number };
  const state = sqlStateOf(error);
  if (state === DB_ERROR_CODES.uniqueViolation) {
    const constraint = constraintOf(error) ?? '';
    const message = CONSTRAINT_MESSAGES[constraint] ?? ERRORS.DUPLICATE.message;
    const field = CONSTRAINT_FIELDS[constraint];
    const body: ErrorBody = { error: { code: 'DUPLICATE', message } };
    if (field) body.error.fields = [{ path: field, message }];
    return { status: ERRORS.DUPLICATE.status, body };
  }
  if (state === DB_ERROR_CODES.issuedCriteriaLocked) return respond('CRITERIA_ISSUED');
  if (state === DB_ERROR_CODES.foreignKeyViolation)
    return respond('NOT_FOUND', 'Dữ liệu liên quan không tồn tại');
  if (state === DB_ERROR_CODES.checkViolation) return respond('VALIDATION');
  // A safety net behind the input schemas: a value the database cannot take (out of range 22003,
  // NUL byte 22021, untranslatable character 22P05) is the client's input, never a server error.
  if (state !== undefined && DATA_EXCEPTIONS.has(state)) {
    request.log.warn({ err: error }, 'input reached the database unvalidated');
    return respond('VALIDATION');
  }
  const mapped = FASTIFY_CODES[fastifyError.code ?? ''];
  if (mapped) return respond(mapped.code, mapped.message);
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) return respond('BAD_JSON');
  if (fastifyError.statusCode === 429) return respond('RATE_LIMITED');
  if (fastifyError.statusCode === 404) return respond('NOT_FOUND');
  request.log.error({ err: error }, 'unhandled error');
  return respond('INTERNAL');
}

function respond(code: keyof typeof ERRORS, message?: string): { status: number; body: ErrorBody } {
  return { status: ERRORS[code].status, body: { error: { code, message: message ?? ERRORS[code].message } } };
}

export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = toErrorResponse(error, request);
  void reply.status(status).send(body);
}
