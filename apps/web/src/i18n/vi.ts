/**
 * Every piece of Vietnamese text the web application shows, in one place. Messages that come from the
 * server (errors, field problems) are shown as they arrive and are not repeated here.
 */
export const vi = {
  app: {
    name: 'thidua',
    title: 'Thi đua, khen thưởng',
    documentTitle: (page: string) => `${page} — thidua`,
    loading: 'Đang tải…',
  },

  common: {
    save: 'Lưu',
    cancel: 'Hủy',
    edit: 'Sửa',
    close: 'Đóng',
    search: 'Tìm kiếm',
    backHome: 'Về trang chủ',
    actions: 'Thao tác',
    retry: 'Thử lại',
  },

  errors: {
    network: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng rồi thử lại.',
    unexpected: 'Máy chủ trả lời không như mong đợi. Vui lòng thử lại hoặc báo quản trị.',
    loadFailed: 'Không tải được dữ liệu',
    notFoundTitle: 'Không tìm thấy trang',
    notFound: 'Địa chỉ này không có trong thidua. Có thể đường dẫn đã cũ hoặc bị gõ nhầm.',
    crashedTitle: 'Màn hình gặp lỗi',
    crashed: 'Đã có lỗi khi hiển thị màn hình này. Vui lòng tải lại trang; nếu vẫn lỗi, hãy báo quản trị.',
    reload: 'Tải lại trang',
  },

  roles: {
    systemAdmin: 'Quản trị hệ thống',
    administrator: 'Quản trị',
    standingOffice: 'Cơ quan thường trực',
    councilMember: 'Thành viên Hội đồng',
    unitStaff: 'Cán bộ đơn vị',
  },

  councilLevels: {
    province: 'Cấp tỉnh',
    district: 'Cấp huyện',
    commune: 'Cấp xã',
  } as Record<string, string>,

  unitTypes: {
    ward: 'Phường',
    commune: 'Xã',
    district: 'Quận, huyện',
    department: 'Sở, ban, ngành',
    partyOrganisation: 'Tổ chức đảng',
    massOrganisation: 'Đoàn thể',
    publicServiceUnit: 'Đơn vị sự nghiệp',
    school: 'Trường học',
    enterprise: 'Doanh nghiệp',
    cooperative: 'Hợp tác xã',
    hospital: 'Bệnh viện, trung tâm',
    other: 'Khác',
  },

  calendars: {
    calendarYear: 'Năm dương lịch',
    schoolYear: 'Năm học',
  },

  schoolLevels: {
    MN: 'Mầm non',
    TH: 'Tiểu học',
    THCS: 'Trung học cơ sở',
    THPT: 'Trung học phổ thông',
  },

  signIn: {
    pageTitle: 'Đăng nhập',
    heading: 'Đăng nhập thidua',
    subtitle: 'Phần mềm quản lý công tác thi đua, khen thưởng',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    usernameRequired: 'Vui lòng nhập tên đăng nhập',
    passwordRequired: 'Vui lòng nhập mật khẩu',
    submit: 'Đăng nhập',
    failedTitle: 'Chưa đăng nhập được',
    lockedHint: 'Nếu cần gấp, hãy liên hệ quản trị hệ thống để được đặt lại mật khẩu.',
    expired: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
    signedOut: 'Bạn đã đăng xuất.',
  },

  password: {
    pageTitle: 'Đổi mật khẩu',
    forcedHeading: 'Đổi mật khẩu trước khi bắt đầu',
    forcedIntro:
      'Tài khoản của bạn đang dùng mật khẩu tạm do quản trị cấp. Hãy đặt mật khẩu mới của riêng bạn để tiếp tục.',
    heading: 'Đổi mật khẩu',
    current: 'Mật khẩu hiện tại',
    next: 'Mật khẩu mới',
    nextHelp: 'Ít nhất 10 ký tự, gồm cả chữ và số.',
    confirm: 'Nhập lại mật khẩu mới',
    required: 'Vui lòng nhập mật khẩu',
    mismatch: 'Hai lần nhập mật khẩu mới không khớp',
    submit: 'Đổi mật khẩu',
    done: 'Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã được đăng xuất.',
    signOutInstead: 'Đăng xuất',
  },

  layout: {
    openMenu: 'Mở danh mục',
    menuTitle: 'Danh mục',
    userMenu: 'Tài khoản',
    changePassword: 'Đổi mật khẩu',
    signOut: 'Đăng xuất',
    soon: 'Sắp có — đang xây dựng',
    council: 'Hội đồng',
  },

  nav: {
    home: 'Trang chủ',
    units: 'Đơn vị',
    periods: 'Kỳ thi đua, cụm và khối',
    frameworks: 'Khung tiêu chí',
    criteria: 'Bộ tiêu chí của cụm, khối',
    registrations: 'Đăng ký, giao ước thi đua',
    scoring: 'Chấm điểm, thẩm định',
    selfScoring: 'Tự chấm điểm',
    objections: 'Ý kiến về bảng điểm',
    ranking: 'Xếp hạng, khen thưởng',
    meetings: 'Cuộc họp, bỏ phiếu',
    followedClusters: 'Cụm, khối theo dõi',
    users: 'Người dùng, vai trò',
    audit: 'Nhật ký thay đổi',
  },

  underConstruction: {
    pageTitle: 'Đang xây dựng',
    heading: (feature: string) => `«${feature}» đang được xây dựng`,
    body: 'Màn hình này chưa làm xong nên chưa dùng được trong phiên bản hiện tại. Dữ liệu vẫn được máy chủ lưu và tính như bình thường; màn hình sẽ có trong các bản cập nhật tới.',
    available: 'Hiện đã dùng được: trang chủ (các hội đồng và đơn vị của bạn) và quản lý đơn vị.',
  },

  home: {
    pageTitle: 'Trang chủ',
    greeting: (name: string) => `Xin chào, ${name}`,
    councils: 'Hội đồng của tôi',
    noCouncils:
      'Tài khoản của bạn chưa được giao vai trò trong hội đồng nào. Hãy liên hệ quản trị để được cấp quyền.',
    myRoles: 'Vai trò của bạn',
    selected: 'Đang xem',
    select: 'Xem đơn vị',
    unitsOf: (council: string) => `Đơn vị thuộc ${council}`,
    manageUnits: 'Quản lý đơn vị',
  },

  units: {
    pageTitle: 'Đơn vị',
    heading: 'Đơn vị',
    add: 'Thêm đơn vị',
    addTitle: 'Thêm đơn vị',
    editTitle: 'Sửa thông tin đơn vị',
    searchPlaceholder: 'Tìm theo tên hoặc mã đơn vị',
    empty: 'Chưa có đơn vị nào',
    noMatch: (q: string) => `Không có đơn vị nào khớp với «${q}»`,
    total: (from: number, to: number, total: number) => `${from}–${to} trong ${total} đơn vị`,
    code: 'Mã đơn vị',
    codeHelp: 'Chữ thường không dấu, số và dấu gạch ngang, ví dụ phuong-hung-dao',
    name: 'Tên đơn vị',
    type: 'Loại đơn vị',
    calendar: 'Năm thi đua',
    calendarHelp: 'Trường học thi đua theo năm học, các đơn vị khác theo năm dương lịch.',
    schoolLevel: 'Cấp học',
    status: 'Trạng thái',
    active: 'Đang hoạt động',
    inactive: 'Ngừng hoạt động',
    activeSwitch: 'Còn hoạt động',
    codeRequired: 'Vui lòng nhập mã đơn vị',
    nameRequired: 'Vui lòng nhập tên đơn vị',
    typeRequired: 'Vui lòng chọn loại đơn vị',
    created: (name: string) => `Đã thêm đơn vị ${name}`,
    updated: (name: string) => `Đã lưu thông tin ${name}`,
    notSaved: 'Chưa lưu được',
    staleReload: 'Tải lại bản mới nhất',
    staleReloaded: 'Đã tải bản mới nhất. Vui lòng nhập lại thay đổi của bạn rồi lưu.',
    staleGone: 'Đơn vị không còn trong trang danh sách đang xem; hãy tìm lại rồi sửa.',
    readOnly: 'Bạn chỉ được xem danh sách đơn vị; cơ quan thường trực quản lý đơn vị.',
    noCouncil: 'Không tìm thấy hội đồng này trong các hội đồng của bạn.',
  },
} as const;
