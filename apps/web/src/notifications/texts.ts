// The notification centre's and the profile screen's words (Vietnamese).

export const notificationTexts = {
  pageTitle: 'Thông báo',
  bell: (unread: number) =>
    unread > 0 ? `Thông báo (${unread} chưa đọc)` : 'Thông báo (không có thông báo chưa đọc)',
  empty: 'Chưa có thông báo nào',
  unreadOnly: 'Chỉ thông báo chưa đọc',
  markAllRead: 'Đánh dấu đã đọc tất cả',
  markRead: 'Đánh dấu đã đọc',
  open: 'Mở',
  unread: 'Chưa đọc',
  seeAll: 'Xem tất cả thông báo',
  intro:
    'Thông báo về ý kiến mới, điểm thẩm định thay đổi, hồ sơ bị trả lại và các hạn sắp đến hoặc đã quá. Bấm vào một thông báo để mở màn hình liên quan.',
};

export const profileTexts = {
  pageTitle: 'Tài khoản',
  heading: 'Tài khoản của tôi',
  email: 'Thư điện tử',
  emailHelp: 'Địa chỉ nhận thông báo qua thư điện tử. Để trống nếu không muốn nhận thư.',
  emailNotifications: 'Nhận thông báo qua thư điện tử',
  emailNotificationsHelp:
    'Khi bật, mỗi thông báo trong hệ thống cũng được gửi tới địa chỉ thư điện tử của bạn (thư không có điểm số).',
  mailNotConfigured:
    'Máy chủ chưa được cấu hình gửi thư điện tử: thông báo hiện chỉ hiển thị trong hệ thống.',
  save: 'Lưu',
  saved: 'Đã lưu tài khoản',
  invalidEmail: 'Địa chỉ thư điện tử không hợp lệ',
  username: 'Tên đăng nhập',
  displayName: 'Họ và tên',
};
