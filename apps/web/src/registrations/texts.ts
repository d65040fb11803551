import { SEAT_NAMES } from '@thidua/vocabulary';
/** Every Vietnamese text of the registrations screen (and the cluster pickers it shares with meetings). */
export const regTexts = {
  datePlaceholder: 'ngày/tháng/năm',
  pageTitle: 'Đăng ký, giao ước thi đua',
  heading: 'Đăng ký, giao ước thi đua',
  printTitle: 'In bản đăng ký thi đua',

  pickers: {
    council: 'Hội đồng',
    period: 'Kỳ thi đua',
    cluster: 'Cụm, khối',
    choosePeriod: 'Chọn kỳ thi đua',
    chooseCluster: 'Chọn cụm, khối',
    archived: 'đã lưu trữ',
    noCouncil: 'Không tìm thấy hội đồng này trong các hội đồng của bạn.',
    noPeriods: 'Hội đồng chưa có kỳ thi đua nào.',
    noClusters: 'Kỳ thi đua này chưa có cụm, khối nào.',
    stage: (name: string) => `Giai đoạn: ${name}`,
  },

  status: {
    draft: 'Đang soạn',
    submitted: 'Đã gửi',
    missing: 'Chưa đăng ký',
  },
  seats: SEAT_NAMES.cum,
  seatsKhoi: SEAT_NAMES.khoi,

  own: {
    title: (unit: string) => `Bản đăng ký của ${unit}`,
    notMember: 'Đơn vị của bạn không thuộc cụm, khối này.',
    notOpen: (stage: string) =>
      `Kỳ thi đua đang ở giai đoạn "${stage}": chỉ đăng ký, sửa hoặc gửi bản đăng ký trong giai đoạn Xây dựng tiêu chí và Đăng ký thi đua.`,
    criteriaOf: (name: string, doc: string | null) =>
      doc
        ? `Chỉ tiêu theo bộ tiêu chí đã ban hành: ${name} (${doc})`
        : `Chỉ tiêu theo bộ tiêu chí đã ban hành: ${name}`,
    /** Issue #14 §3: registering before the cluster issues its criteria. */
    againstDraft: (name: string, revision: number) =>
      `Chỉ tiêu theo dự thảo bộ tiêu chí (chưa ban hành): ${name}, phiên bản ${revision}`,
    againstDraftHint:
      'Bộ tiêu chí chưa ban hành. Khi ban hành, bản đăng ký tự chuyển sang bộ tiêu chí đã ban hành; chỉ tiêu của tiêu chí bị bỏ khỏi bộ ban hành sẽ được báo lại tại đây.',
    noCriteriaYet: 'Chỉ tiêu: cụm, khối chưa có dự thảo bộ tiêu chí',
    noCriteriaYetHint:
      'Đơn vị đăng ký trước danh hiệu, mô hình, chuyên đề và mục tiêu; chỉ tiêu theo từng tiêu chí bổ sung được khi cụm, khối đã có dự thảo bộ tiêu chí.',
    droppedTitle: 'Khi ban hành bộ tiêu chí, một số nội dung đăng ký trước đó đã bị bỏ',
    droppedPlan: (code: string, plan: string) =>
      `Chỉ tiêu tiêu chí ${code}: ${plan} (bộ tiêu chí ban hành không có tiêu chí này)`,
    droppedAward: (name: string) => `Danh hiệu ${name} (bộ tiêu chí ban hành không có danh hiệu này)`,
    submittedOn: (date: string) => `Đã gửi ngày ${date}. Bản đăng ký chỉ còn xem và in.`,
    notStarted: 'Đơn vị chưa lập bản đăng ký. Điền kế hoạch rồi bấm "Lưu nháp" hoặc "Gửi đăng ký".',
    reopenHint: 'Cần sửa sau khi gửi? Đề nghị cơ quan thường trực mở lại bản đăng ký.',
  },

  form: {
    plansTitle: 'Kế hoạch (chỉ tiêu) các tiêu chí định lượng',
    plansHelp:
      'Nhập số kế hoạch của từng tiêu chí; dùng dấu phẩy cho phần thập phân (ví dụ 12,5). Tiêu chí tính ngược: số càng nhỏ càng tốt.',
    code: 'Mã',
    criterion: 'Tiêu chí',
    measureUnit: 'Đơn vị tính',
    plan: 'Kế hoạch',
    planLabel: (code: string, name: string) => `Kế hoạch tiêu chí ${code} ${name}`,
    noteLabel: (code: string) => `Ghi chú kế hoạch tiêu chí ${code}`,
    decrease: 'tính ngược',
    notANumber: 'Nhập một số, ví dụ 12,5',
    noQuantitative: 'Bộ tiêu chí không có tiêu chí định lượng nào cần đăng ký kế hoạch.',
    titlesTitle: 'Danh hiệu, hình thức khen thưởng đăng ký',
    noTitles: 'Bộ tiêu chí chưa có danh hiệu, hình thức khen thưởng nào.',
    modelsTitle: 'Mô hình thi đua',
    topicsTitle: 'Chuyên đề thi đua',
    itemName: 'Tên',
    itemDescription: 'Mô tả',
    modelName: (i: number) => `Tên mô hình ${i}`,
    modelDescription: (i: number) => `Mô tả mô hình ${i}`,
    topicName: (i: number) => `Tên chuyên đề ${i}`,
    topicDescription: (i: number) => `Mô tả chuyên đề ${i}`,
    addModel: 'Thêm mô hình',
    addTopic: 'Thêm chuyên đề',
    remove: 'Bỏ',
    removeItem: (name: string) => `Bỏ ${name}`,
    noteTitle: 'Mục tiêu, ghi chú',
    saveDraft: 'Lưu nháp',
    submit: 'Gửi đăng ký',
    submitConfirm: 'Gửi bản đăng ký?',
    submitConfirmText:
      'Sau khi gửi, đơn vị không sửa được nữa (trừ khi cơ quan thường trực mở lại). Các thay đổi chưa lưu sẽ được lưu trước khi gửi.',
    saved: 'Đã lưu bản đăng ký',
    submitted: 'Đã gửi bản đăng ký',
    notSaved: 'Chưa lưu được bản đăng ký',
    notSubmitted: 'Chưa gửi được bản đăng ký',
    stale: 'Bản đăng ký vừa được người khác sửa trước bạn.',
    reload: 'Tải bản mới nhất',
    reloaded: 'Đã tải bản mới nhất; hãy nhập lại thay đổi của bạn.',
    print: 'Xem bản in',
    view: 'Xem',
  },

  list: {
    title: 'Tình hình đăng ký của các đơn vị',
    caption: (cluster: string) => `Tình hình đăng ký thi đua — ${cluster}`,
    unit: 'Đơn vị',
    seat: 'Vị trí',
    status: 'Tình trạng',
    submittedAt: 'Ngày gửi',
    open: 'Mở',
    openUnit: (unit: string) => `Mở bản đăng ký của ${unit}`,
    actFor: 'Đăng ký thay',
    actForUnit: (unit: string) => `Đăng ký thay ${unit}`,
    actForTitle: (unit: string) => `Đăng ký thay ${unit} (cơ quan thường trực)`,
    summary: (submitted: number, draft: number, missing: number) =>
      `Đã gửi ${submitted} · Đang soạn ${draft} · Chưa đăng ký ${missing}`,
    allSubmitted: 'Tất cả đơn vị đã gửi đăng ký.',
    onlyOwn: 'Bản đăng ký của các đơn vị khác sẽ hiện khi tất cả đơn vị trong cụm, khối đã gửi đăng ký.',
    empty: 'Cụm, khối chưa có đơn vị thành viên.',
  },

  detail: {
    title: (unit: string) => `Bản đăng ký của ${unit}`,
    plans: 'Kế hoạch các tiêu chí định lượng',
    noPlans: 'Chưa có kế hoạch nào.',
    titles: 'Danh hiệu đăng ký',
    models: 'Mô hình thi đua',
    topics: 'Chuyên đề thi đua',
    note: 'Mục tiêu, ghi chú',
    none: 'Không có',
    reopen: 'Mở lại để đơn vị sửa',
    reopenTitle: 'Mở lại bản đăng ký',
    reopenReason: 'Lý do mở lại',
    reopenOk: 'Mở lại',
    reopened: 'Đã mở lại bản đăng ký',
    reopenOnlyStandingOffice: 'Chỉ cơ quan thường trực được mở lại bản đăng ký đã gửi.',
  },

  print: {
    back: 'Quay lại',
    print: 'In',
    draftWarning: 'Bản đăng ký chưa gửi: bản in là bản nháp.',
    motto: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    mottoLine: 'Độc lập - Tự do - Hạnh phúc',
    to: 'Kính gửi:',
    intro: (unit: string, cluster: string, issued: boolean) =>
      issued
        ? `Căn cứ bộ tiêu chí thi đua đã ban hành, ${unit} đăng ký tham gia thi đua trong ${cluster} với các chỉ tiêu, nội dung sau:`
        : `${unit} đăng ký tham gia thi đua trong ${cluster} với các chỉ tiêu, nội dung sau:`,
    draftBasis: (name: string, revision: number) =>
      `Chỉ tiêu theo dự thảo bộ tiêu chí: ${name}, phiên bản ${revision} (chưa ban hành).`,
    noCriteriaBasis:
      'Cụm, khối chưa có bộ tiêu chí: chỉ tiêu theo từng tiêu chí được bổ sung khi có dự thảo.',
    criteriaBasis: (name: string, doc: string | null, date: string | null) =>
      `Bộ tiêu chí: ${name}${doc ? `, ban hành kèm theo văn bản số ${doc}` : ''}${date ? ` ngày ${date}` : ''}.`,
    objective: 'Mục tiêu:',
    part1: 'I. ĐĂNG KÝ CHỈ TIÊU CÁC TIÊU CHÍ ĐỊNH LƯỢNG',
    part2: 'II. DANH HIỆU, HÌNH THỨC KHEN THƯỞNG ĐĂNG KÝ',
    part3: 'III. MÔ HÌNH, CHUYÊN ĐỀ THI ĐUA',
    colNo: 'TT',
    colCriterion: 'Tiêu chí',
    colUnit: 'Đơn vị tính',
    colPlan: 'Kế hoạch đăng ký',
    colNote: 'Ghi chú',
    models: 'Mô hình:',
    topics: 'Chuyên đề:',
    none: 'Không đăng ký.',
    decrease: '(tính ngược)',
    signerName: '(Ký, ghi rõ họ tên, đóng dấu)',
  },

  pact: {
    title: 'Ký giao ước thi đua',
    caption: (cluster: string) => `Ký giao ước thi đua — ${cluster}`,
    record: 'Ghi nhận ký giao ước',
    recordTitle: 'Ghi nhận lễ ký giao ước thi đua',
    edit: 'Sửa',
    editTitle: (unit: string) => `Sửa bản ghi ký giao ước của ${unit}`,
    unit: 'Đơn vị ký',
    signedOn: 'Ngày ký',
    documentNumber: 'Số văn bản giao ước',
    documentPlaceholder: 'Ví dụ 01/GƯTĐ-CTĐ1',
    place: 'Địa điểm, ghi chú',
    placePlaceholder: 'Ví dụ: Tại Hội trường UBND phường Hưng Đạo',
    signatories: 'Các đơn vị ký',
    signatoriesHelp: 'Mặc định: các đơn vị chưa có bản ghi ký giao ước.',
    notSigned: 'Chưa ký',
    signed: 'Đã ký',
    summary: (signed: number, total: number) => `${signed}/${total} đơn vị đã ký giao ước`,
    recorded: (n: number) => `Đã ghi nhận ${n} đơn vị ký giao ước`,
    updated: 'Đã sửa bản ghi ký giao ước',
    notSaved: 'Chưa ghi nhận được',
    partly: (done: number, total: number) =>
      `Đã ghi nhận ${done}/${total} đơn vị; các đơn vị còn lại chưa được ghi nhận (xem lý do bên dưới).`,
    required: 'Chọn ít nhất một đơn vị',
    dateRequired: 'Nhập ngày ký',
    nobodyLeft: 'Tất cả đơn vị đã có bản ghi ký giao ước.',
    stale: 'Bản ghi vừa được người khác sửa trước bạn. Hãy đóng và mở lại để xem bản mới nhất.',
    waitAgreements: 'Chỉ ghi nhận ký giao ước sau khi có đủ hai ý kiến đồng ý ở trên.',
  },

  agreements: {
    title: 'Ý kiến đồng ý trước khi ký giao ước',
    party: {
      follower: 'Thành viên Hội đồng theo dõi cụm',
      standingOffice: 'Cơ quan thường trực Hội đồng',
    },
    agree: {
      follower: 'Đồng ý cho cụm ký giao ước',
      standingOffice: 'Cơ quan thường trực đồng ý',
    },
    agreed: 'Đã đồng ý',
    notYet: 'Chưa có ý kiến',
    by: (who: string, when: string) => `${who}, lúc ${when}`,
    withdraw: 'Rút ý kiến đồng ý',
    confirmWithdraw: 'Rút ý kiến đồng ý? Cụm sẽ chưa ký giao ước được cho đến khi đồng ý lại.',
    agreedNow: 'Đã ghi ý kiến đồng ý',
    withdrawn: 'Đã rút ý kiến đồng ý',
  },
} as const;
