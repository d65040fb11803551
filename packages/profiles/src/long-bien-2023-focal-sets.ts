import { decrease, type Draft, partyRating, qualitative, quantitative, yesno } from './criteria-builder';

/**
 * The criteria sets of Long Biên's focal units (seed 001, B.I.1 and B.I.2). The guidance names their
 * number (26 for ward clusters; 5 named units for school clusters) but not their content, which each
 * unit issues every year; the sets below are templates drawn from each unit's field of work, with the
 * reverse ("tính ngược") criteria the guidance describes where lower is better.
 */
export interface FocalSet {
  /** Group code, also the prefix of its criteria codes. */
  code: string;
  /** The focal unit (đơn vị đầu mối) that scores the set. */
  unit: string;
  criteria: Draft[];
}

/** A focal unit's set, its criteria numbered `<code>.1`, `<code>.2`, … by `c(n)`. */
function focal(code: string, unit: string, criteria: (c: (n: number) => string) => Draft[]): FocalSet {
  return { code, unit, criteria: criteria((n) => `${code}.${n}`) };
}

/** 26 focal units of a Hà Nội district in 2023: departments, mass organisations, "hiệp quản" units. */
export const WARD_FOCAL_SETS: FocalSet[] = [
  focal('VP', 'Văn phòng HĐND và UBND quận', (c) => [
    quantitative(c(1), 'Nhiệm vụ UBND quận giao hoàn thành đúng hạn', { unit: 'nhiệm vụ' }),
    quantitative(c(2), 'Hồ sơ thủ tục hành chính giải quyết đúng hạn tại Bộ phận một cửa', {
      unit: 'hồ sơ',
    }),
    qualitative(c(3), 'Công tác văn thư, lưu trữ, văn bản điện tử và chế độ thông tin, báo cáo'),
  ]),
  focal('NV', 'Phòng Nội vụ', (c) => [
    qualitative(c(1), 'Công tác cải cách hành chính, văn hóa công sở'),
    qualitative(c(2), 'Quản lý, sử dụng cán bộ, công chức; thực hiện quy chế dân chủ ở cơ sở'),
    qualitative(c(3), 'Công tác thi đua, khen thưởng; công tác tôn giáo'),
  ]),
  focal('TCKH', 'Phòng Tài chính - Kế hoạch', (c) => [
    quantitative(c(1), 'Thực hiện dự toán chi ngân sách phường', { unit: 'triệu đồng' }),
    quantitative(c(2), 'Giải ngân vốn đầu tư công so với kế hoạch', { unit: 'triệu đồng' }),
    yesno(c(3), 'Công khai ngân sách, quyết toán ngân sách đúng hạn'),
  ]),
  focal('CA', 'Công an quận', (c) => [
    decrease(c(1), 'Số vụ phạm pháp hình sự trên địa bàn (tính ngược)', { unit: 'vụ' }),
    decrease(c(2), 'Số vụ tai nạn giao thông (tính ngược)', { unit: 'vụ' }),
    decrease(c(3), 'Số vụ cháy (tính ngược)', { unit: 'vụ' }),
    qualitative(c(4), 'Xây dựng phong trào "Toàn dân bảo vệ an ninh Tổ quốc"'),
  ]),
  focal('QS', 'Ban Chỉ huy Quân sự quận', (c) => [
    quantitative(c(1), 'Tuyển chọn và gọi công dân nhập ngũ so với chỉ tiêu giao', {
      unit: 'công dân',
    }),
    qualitative(c(2), 'Xây dựng, huấn luyện lực lượng dân quân tự vệ, dự bị động viên'),
    qualitative(c(3), 'Công tác giáo dục quốc phòng và an ninh'),
  ]),
  focal('KT', 'Phòng Kinh tế', (c) => [
    qualitative(c(1), 'Phát triển thương mại, dịch vụ; xây dựng tuyến phố văn minh thương mại'),
    qualitative(c(2), 'Công tác nông nghiệp, phòng, chống thiên tai, tìm kiếm cứu nạn'),
  ]),
  focal('QLDT', 'Phòng Quản lý đô thị', (c) => [
    qualitative(c(1), 'Quản lý trật tự đô thị, lòng đường, vỉa hè'),
    qualitative(c(2), 'Quản lý hạ tầng kỹ thuật đô thị: giao thông, chiếu sáng, cây xanh, thoát nước'),
  ]),
  focal('TNMT', 'Phòng Tài nguyên và Môi trường', (c) => [
    decrease(c(1), 'Số vụ vi phạm pháp luật đất đai phát sinh (tính ngược)', { unit: 'vụ' }),
    quantitative(c(2), 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu so với kế hoạch', {
      unit: 'giấy chứng nhận',
    }),
    qualitative(c(3), 'Vệ sinh môi trường; thu gom, phân loại rác thải'),
  ]),
  focal('TP', 'Phòng Tư pháp', (c) => [
    quantitative(c(1), 'Vụ việc hòa giải thành ở cơ sở', { unit: 'vụ việc' }),
    qualitative(c(2), 'Phổ biến, giáo dục pháp luật; đăng ký, quản lý hộ tịch, chứng thực'),
    yesno(c(3), 'Phường đạt chuẩn tiếp cận pháp luật'),
  ]),
  focal('VHTT', 'Phòng Văn hóa và Thông tin', (c) => [
    quantitative(c(1), 'Tỷ lệ gia đình đạt danh hiệu "Gia đình văn hóa"', { unit: '%' }),
    quantitative(c(2), 'Tỷ lệ tổ dân phố đạt danh hiệu "Tổ dân phố văn hóa"', { unit: '%' }),
    qualitative(c(3), 'Quản lý hoạt động văn hóa, dịch vụ văn hóa; thông tin, tuyên truyền'),
  ]),
  focal('LDTBXH', 'Phòng Lao động - Thương binh và Xã hội', (c) => [
    quantitative(c(1), 'Giải quyết việc làm so với chỉ tiêu giao', { unit: 'lao động' }),
    decrease(c(2), 'Số hộ nghèo, hộ cận nghèo cuối năm (tính ngược)', { unit: 'hộ' }),
    qualitative(c(3), 'Thực hiện chính sách người có công, bảo trợ xã hội, trẻ em'),
  ]),
  focal('YT', 'Phòng Y tế', (c) => [
    decrease(c(1), 'Số vụ ngộ độc thực phẩm (tính ngược)', { unit: 'vụ' }),
    decrease(c(2), 'Tỷ lệ sinh con thứ 3 trở lên (tính ngược)', { unit: '%' }),
    qualitative(c(3), 'Quản lý an toàn thực phẩm, hành nghề y, dược tư nhân'),
  ]),
  focal('GDDT', 'Phòng Giáo dục và Đào tạo', (c) => [
    quantitative(c(1), 'Tỷ lệ huy động trẻ trong độ tuổi ra lớp', { unit: '%' }),
    qualitative(c(2), 'Phổ cập giáo dục, xóa mù chữ; xây dựng xã hội học tập'),
  ]),
  focal('TTR', 'Thanh tra quận', (c) => [
    quantitative(c(1), 'Đơn thư khiếu nại, tố cáo thuộc thẩm quyền được giải quyết đúng hạn', {
      unit: 'đơn',
    }),
    decrease(c(2), 'Số đơn thư khiếu nại, tố cáo vượt cấp, đông người (tính ngược)', {
      unit: 'đơn',
    }),
    qualitative(c(3), 'Thực hiện kết luận thanh tra; công tác phòng, chống tham nhũng'),
  ]),
  focal('TTXD', 'Đội Quản lý trật tự xây dựng đô thị quận', (c) => [
    decrease(c(1), 'Số công trình vi phạm trật tự xây dựng phát sinh (tính ngược)', {
      unit: 'công trình',
    }),
    quantitative(c(2), 'Công trình vi phạm trật tự xây dựng được xử lý dứt điểm', {
      unit: 'công trình',
    }),
  ]),
  focal('THUE', 'Chi cục Thuế quận', (c) => [
    quantitative(c(1), 'Thu ngân sách nhà nước trên địa bàn so với chỉ tiêu giao', {
      unit: 'triệu đồng',
    }),
    quantitative(c(2), 'Thu nợ đọng thuế so với chỉ tiêu giao', { unit: 'triệu đồng' }),
  ]),
  focal('BHXH', 'Bảo hiểm xã hội quận', (c) => [
    quantitative(c(1), 'Phát triển người tham gia bảo hiểm xã hội tự nguyện', { unit: 'người' }),
    quantitative(c(2), 'Tỷ lệ dân số tham gia bảo hiểm y tế', { unit: '%' }),
  ]),
  focal('MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam quận', (c) => [
    qualitative(
      c(1),
      'Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; giám sát và phản biện xã hội',
    ),
    quantitative(c(2), 'Vận động Quỹ "Vì người nghèo" so với chỉ tiêu', { unit: 'triệu đồng' }),
  ]),
  focal('LDLD', 'Liên đoàn Lao động quận', (c) => [
    quantitative(c(1), 'Phát triển đoàn viên, thành lập công đoàn cơ sở', { unit: 'đoàn viên' }),
    qualitative(c(2), 'Hoạt động của công đoàn cơ sở phường'),
  ]),
  focal('QD', 'Quận đoàn', (c) => [
    quantitative(c(1), 'Phát triển đoàn viên', { unit: 'đoàn viên' }),
    qualitative(c(2), 'Hoạt động Đoàn, Hội, Đội và phong trào thanh thiếu nhi'),
  ]),
  focal('PN', 'Hội Liên hiệp Phụ nữ quận', (c) => [
    quantitative(c(1), 'Phát triển hội viên', { unit: 'hội viên' }),
    qualitative(c(2), 'Hoạt động hỗ trợ phụ nữ, xây dựng gia đình hạnh phúc'),
  ]),
  focal('CCB', 'Hội Cựu chiến binh quận', (c) => [
    quantitative(c(1), 'Phát triển hội viên', { unit: 'hội viên' }),
    qualitative(c(2), 'Phong trào "Cựu chiến binh gương mẫu"'),
  ]),
  focal('ND', 'Hội Nông dân quận', (c) => [
    quantitative(c(1), 'Phát triển hội viên', { unit: 'hội viên' }),
    qualitative(c(2), 'Phong trào nông dân thi đua sản xuất, kinh doanh giỏi'),
  ]),
  focal('PTQD', 'Trung tâm Phát triển quỹ đất quận', (c) => [
    quantitative(c(1), 'Giải phóng mặt bằng so với kế hoạch', { unit: 'm²' }),
    qualitative(c(2), 'Phối hợp quản lý quỹ đất sau giải phóng mặt bằng'),
  ]),
  focal('CTD', 'Hội Chữ thập đỏ quận', (c) => [
    quantitative(c(1), 'Vận động hiến máu tình nguyện so với chỉ tiêu', { unit: 'đơn vị máu' }),
    qualitative(c(2), 'Hoạt động nhân đạo, từ thiện; phát triển hội viên'),
  ]),
  focal('TTYT', 'Trung tâm Y tế quận', (c) => [
    quantitative(c(1), 'Tỷ lệ tiêm chủng mở rộng', { unit: '%' }),
    decrease(c(2), 'Số ổ dịch sốt xuất huyết và bệnh truyền nhiễm (tính ngược)', {
      unit: 'ổ dịch',
    }),
  ]),
];

/** The 5 focal units of school clusters, as the guidance names them (B.I.2), on 100 points. */
export const SCHOOL_FOCAL_SETS: FocalSet[] = [
  focal('GD', 'Phòng Giáo dục và Đào tạo', (c) => [
    qualitative(c(1), 'Kết quả thực hiện nhiệm vụ năm học'),
    quantitative(c(2), 'Tỷ lệ học sinh hoàn thành chương trình, lên lớp', { unit: '%' }),
    yesno(c(3), 'Duy trì, đạt kiểm định chất lượng giáo dục và chuẩn quốc gia'),
  ]),
  focal('YT', 'Phòng Y tế', (c) => [
    qualitative(c(1), 'Công tác y tế trường học; an toàn thực phẩm bếp ăn bán trú'),
    decrease(c(2), 'Số vụ ngộ độc thực phẩm, dịch bệnh trong trường (tính ngược)', { unit: 'vụ' }),
  ]),
  focal('LDLD', 'Liên đoàn Lao động quận', (c) => [
    partyRating(c(1), 'Kết quả đánh giá, xếp loại công đoàn cơ sở'),
    qualitative(c(2), 'Phong trào thi đua công đoàn; thực hiện quy chế dân chủ trong trường học'),
  ]),
  focal('NV', 'Phòng Nội vụ', (c) => [
    qualitative(c(1), 'Công tác thi đua, khen thưởng'),
    qualitative(c(2), 'Quản lý viên chức; thực hiện chế độ, chính sách'),
    qualitative(c(3), 'Cải cách hành chính, văn hóa công sở'),
  ]),
  focal('TCKH', 'Phòng Tài chính - Kế hoạch', (c) => [
    quantitative(c(1), 'Thực hiện dự toán chi ngân sách được giao', { unit: 'triệu đồng' }),
    yesno(c(2), 'Công khai tài chính, quyết toán ngân sách đúng hạn'),
  ]),
];
