import {
  decrease,
  type Draft,
  PARTY_RATING_PERCENTS,
  qualitative,
  quantitative,
  rating,
  yesno,
} from './criteria-builder';

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

const c = (prefix: string, n: number): string => `${prefix}.${n}`;

/** 26 focal units of a Hà Nội district in 2023: departments, mass organisations, "hiệp quản" units. */
export const WARD_FOCAL_SETS: FocalSet[] = [
  {
    code: 'VP',
    unit: 'Văn phòng HĐND và UBND quận',
    criteria: [
      quantitative(c('VP', 1), 'Nhiệm vụ UBND quận giao hoàn thành đúng hạn', { unit: 'nhiệm vụ' }),
      quantitative(c('VP', 2), 'Hồ sơ thủ tục hành chính giải quyết đúng hạn tại Bộ phận một cửa', {
        unit: 'hồ sơ',
      }),
      qualitative(c('VP', 3), 'Công tác văn thư, lưu trữ, văn bản điện tử và chế độ thông tin, báo cáo'),
    ],
  },
  {
    code: 'NV',
    unit: 'Phòng Nội vụ',
    criteria: [
      qualitative(c('NV', 1), 'Công tác cải cách hành chính, văn hóa công sở'),
      qualitative(c('NV', 2), 'Quản lý, sử dụng cán bộ, công chức; thực hiện quy chế dân chủ ở cơ sở'),
      qualitative(c('NV', 3), 'Công tác thi đua, khen thưởng; công tác tôn giáo'),
    ],
  },
  {
    code: 'TCKH',
    unit: 'Phòng Tài chính - Kế hoạch',
    criteria: [
      quantitative(c('TCKH', 1), 'Thực hiện dự toán chi ngân sách phường', { unit: 'triệu đồng' }),
      quantitative(c('TCKH', 2), 'Giải ngân vốn đầu tư công so với kế hoạch', { unit: 'triệu đồng' }),
      yesno(c('TCKH', 3), 'Công khai ngân sách, quyết toán ngân sách đúng hạn'),
    ],
  },
  {
    code: 'CA',
    unit: 'Công an quận',
    criteria: [
      decrease(c('CA', 1), 'Số vụ phạm pháp hình sự trên địa bàn (tính ngược)', { unit: 'vụ' }),
      decrease(c('CA', 2), 'Số vụ tai nạn giao thông (tính ngược)', { unit: 'vụ' }),
      decrease(c('CA', 3), 'Số vụ cháy (tính ngược)', { unit: 'vụ' }),
      qualitative(c('CA', 4), 'Xây dựng phong trào "Toàn dân bảo vệ an ninh Tổ quốc"'),
    ],
  },
  {
    code: 'QS',
    unit: 'Ban Chỉ huy Quân sự quận',
    criteria: [
      quantitative(c('QS', 1), 'Tuyển chọn và gọi công dân nhập ngũ so với chỉ tiêu giao', {
        unit: 'công dân',
      }),
      qualitative(c('QS', 2), 'Xây dựng, huấn luyện lực lượng dân quân tự vệ, dự bị động viên'),
      qualitative(c('QS', 3), 'Công tác giáo dục quốc phòng và an ninh'),
    ],
  },
  {
    code: 'KT',
    unit: 'Phòng Kinh tế',
    criteria: [
      qualitative(c('KT', 1), 'Phát triển thương mại, dịch vụ; xây dựng tuyến phố văn minh thương mại'),
      qualitative(c('KT', 2), 'Công tác nông nghiệp, phòng, chống thiên tai, tìm kiếm cứu nạn'),
    ],
  },
  {
    code: 'QLDT',
    unit: 'Phòng Quản lý đô thị',
    criteria: [
      qualitative(c('QLDT', 1), 'Quản lý trật tự đô thị, lòng đường, vỉa hè'),
      qualitative(
        c('QLDT', 2),
        'Quản lý hạ tầng kỹ thuật đô thị: giao thông, chiếu sáng, cây xanh, thoát nước',
      ),
    ],
  },
  {
    code: 'TNMT',
    unit: 'Phòng Tài nguyên và Môi trường',
    criteria: [
      decrease(c('TNMT', 1), 'Số vụ vi phạm pháp luật đất đai phát sinh (tính ngược)', { unit: 'vụ' }),
      quantitative(c('TNMT', 2), 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu so với kế hoạch', {
        unit: 'giấy chứng nhận',
      }),
      qualitative(c('TNMT', 3), 'Vệ sinh môi trường; thu gom, phân loại rác thải'),
    ],
  },
  {
    code: 'TP',
    unit: 'Phòng Tư pháp',
    criteria: [
      quantitative(c('TP', 1), 'Vụ việc hòa giải thành ở cơ sở', { unit: 'vụ việc' }),
      qualitative(c('TP', 2), 'Phổ biến, giáo dục pháp luật; đăng ký, quản lý hộ tịch, chứng thực'),
      yesno(c('TP', 3), 'Phường đạt chuẩn tiếp cận pháp luật'),
    ],
  },
  {
    code: 'VHTT',
    unit: 'Phòng Văn hóa và Thông tin',
    criteria: [
      quantitative(c('VHTT', 1), 'Tỷ lệ gia đình đạt danh hiệu "Gia đình văn hóa"', { unit: '%' }),
      quantitative(c('VHTT', 2), 'Tỷ lệ tổ dân phố đạt danh hiệu "Tổ dân phố văn hóa"', { unit: '%' }),
      qualitative(c('VHTT', 3), 'Quản lý hoạt động văn hóa, dịch vụ văn hóa; thông tin, tuyên truyền'),
    ],
  },
  {
    code: 'LDTBXH',
    unit: 'Phòng Lao động - Thương binh và Xã hội',
    criteria: [
      quantitative(c('LDTBXH', 1), 'Giải quyết việc làm so với chỉ tiêu giao', { unit: 'lao động' }),
      decrease(c('LDTBXH', 2), 'Số hộ nghèo, hộ cận nghèo cuối năm (tính ngược)', { unit: 'hộ' }),
      qualitative(c('LDTBXH', 3), 'Thực hiện chính sách người có công, bảo trợ xã hội, trẻ em'),
    ],
  },
  {
    code: 'YT',
    unit: 'Phòng Y tế',
    criteria: [
      decrease(c('YT', 1), 'Số vụ ngộ độc thực phẩm (tính ngược)', { unit: 'vụ' }),
      decrease(c('YT', 2), 'Tỷ lệ sinh con thứ 3 trở lên (tính ngược)', { unit: '%' }),
      qualitative(c('YT', 3), 'Quản lý an toàn thực phẩm, hành nghề y, dược tư nhân'),
    ],
  },
  {
    code: 'GDDT',
    unit: 'Phòng Giáo dục và Đào tạo',
    criteria: [
      quantitative(c('GDDT', 1), 'Tỷ lệ huy động trẻ trong độ tuổi ra lớp', { unit: '%' }),
      qualitative(c('GDDT', 2), 'Phổ cập giáo dục, xóa mù chữ; xây dựng xã hội học tập'),
    ],
  },
  {
    code: 'TTR',
    unit: 'Thanh tra quận',
    criteria: [
      quantitative(c('TTR', 1), 'Đơn thư khiếu nại, tố cáo thuộc thẩm quyền được giải quyết đúng hạn', {
        unit: 'đơn',
      }),
      decrease(c('TTR', 2), 'Số đơn thư khiếu nại, tố cáo vượt cấp, đông người (tính ngược)', {
        unit: 'đơn',
      }),
      qualitative(c('TTR', 3), 'Thực hiện kết luận thanh tra; công tác phòng, chống tham nhũng'),
    ],
  },
  {
    code: 'TTXD',
    unit: 'Đội Quản lý trật tự xây dựng đô thị quận',
    criteria: [
      decrease(c('TTXD', 1), 'Số công trình vi phạm trật tự xây dựng phát sinh (tính ngược)', {
        unit: 'công trình',
      }),
      quantitative(c('TTXD', 2), 'Công trình vi phạm trật tự xây dựng được xử lý dứt điểm', {
        unit: 'công trình',
      }),
    ],
  },
  {
    code: 'THUE',
    unit: 'Chi cục Thuế quận',
    criteria: [
      quantitative(c('THUE', 1), 'Thu ngân sách nhà nước trên địa bàn so với chỉ tiêu giao', {
        unit: 'triệu đồng',
      }),
      quantitative(c('THUE', 2), 'Thu nợ đọng thuế so với chỉ tiêu giao', { unit: 'triệu đồng' }),
    ],
  },
  {
    code: 'BHXH',
    unit: 'Bảo hiểm xã hội quận',
    criteria: [
      quantitative(c('BHXH', 1), 'Phát triển người tham gia bảo hiểm xã hội tự nguyện', { unit: 'người' }),
      quantitative(c('BHXH', 2), 'Tỷ lệ dân số tham gia bảo hiểm y tế', { unit: '%' }),
    ],
  },
  {
    code: 'MTTQ',
    unit: 'Ủy ban Mặt trận Tổ quốc Việt Nam quận',
    criteria: [
      qualitative(
        c('MTTQ', 1),
        'Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; giám sát và phản biện xã hội',
      ),
      quantitative(c('MTTQ', 2), 'Vận động Quỹ "Vì người nghèo" so với chỉ tiêu', { unit: 'triệu đồng' }),
    ],
  },
  {
    code: 'LDLD',
    unit: 'Liên đoàn Lao động quận',
    criteria: [
      quantitative(c('LDLD', 1), 'Phát triển đoàn viên, thành lập công đoàn cơ sở', { unit: 'đoàn viên' }),
      qualitative(c('LDLD', 2), 'Hoạt động của công đoàn cơ sở phường'),
    ],
  },
  {
    code: 'QD',
    unit: 'Quận đoàn',
    criteria: [
      quantitative(c('QD', 1), 'Phát triển đoàn viên', { unit: 'đoàn viên' }),
      qualitative(c('QD', 2), 'Hoạt động Đoàn, Hội, Đội và phong trào thanh thiếu nhi'),
    ],
  },
  {
    code: 'PN',
    unit: 'Hội Liên hiệp Phụ nữ quận',
    criteria: [
      quantitative(c('PN', 1), 'Phát triển hội viên', { unit: 'hội viên' }),
      qualitative(c('PN', 2), 'Hoạt động hỗ trợ phụ nữ, xây dựng gia đình hạnh phúc'),
    ],
  },
  {
    code: 'CCB',
    unit: 'Hội Cựu chiến binh quận',
    criteria: [
      quantitative(c('CCB', 1), 'Phát triển hội viên', { unit: 'hội viên' }),
      qualitative(c('CCB', 2), 'Phong trào "Cựu chiến binh gương mẫu"'),
    ],
  },
  {
    code: 'ND',
    unit: 'Hội Nông dân quận',
    criteria: [
      quantitative(c('ND', 1), 'Phát triển hội viên', { unit: 'hội viên' }),
      qualitative(c('ND', 2), 'Phong trào nông dân thi đua sản xuất, kinh doanh giỏi'),
    ],
  },
  {
    code: 'PTQD',
    unit: 'Trung tâm Phát triển quỹ đất quận',
    criteria: [
      quantitative(c('PTQD', 1), 'Giải phóng mặt bằng so với kế hoạch', { unit: 'm²' }),
      qualitative(c('PTQD', 2), 'Phối hợp quản lý quỹ đất sau giải phóng mặt bằng'),
    ],
  },
  {
    code: 'CTD',
    unit: 'Hội Chữ thập đỏ quận',
    criteria: [
      quantitative(c('CTD', 1), 'Vận động hiến máu tình nguyện so với chỉ tiêu', { unit: 'đơn vị máu' }),
      qualitative(c('CTD', 2), 'Hoạt động nhân đạo, từ thiện; phát triển hội viên'),
    ],
  },
  {
    code: 'TTYT',
    unit: 'Trung tâm Y tế quận',
    criteria: [
      quantitative(c('TTYT', 1), 'Tỷ lệ tiêm chủng mở rộng', { unit: '%' }),
      decrease(c('TTYT', 2), 'Số ổ dịch sốt xuất huyết và bệnh truyền nhiễm (tính ngược)', {
        unit: 'ổ dịch',
      }),
    ],
  },
];

/** The 5 focal units of school clusters, as the guidance names them (B.I.2), on 100 points. */
export const SCHOOL_FOCAL_SETS: FocalSet[] = [
  {
    code: 'GD',
    unit: 'Phòng Giáo dục và Đào tạo',
    criteria: [
      qualitative(c('GD', 1), 'Kết quả thực hiện nhiệm vụ năm học'),
      quantitative(c('GD', 2), 'Tỷ lệ học sinh hoàn thành chương trình, lên lớp', { unit: '%' }),
      yesno(c('GD', 3), 'Duy trì, đạt kiểm định chất lượng giáo dục và chuẩn quốc gia'),
    ],
  },
  {
    code: 'YT',
    unit: 'Phòng Y tế',
    criteria: [
      qualitative(c('YT', 1), 'Công tác y tế trường học; an toàn thực phẩm bếp ăn bán trú'),
      decrease(c('YT', 2), 'Số vụ ngộ độc thực phẩm, dịch bệnh trong trường (tính ngược)', { unit: 'vụ' }),
    ],
  },
  {
    code: 'LDLD',
    unit: 'Liên đoàn Lao động quận',
    criteria: [
      rating(c('LDLD', 1), 'Kết quả đánh giá, xếp loại công đoàn cơ sở', PARTY_RATING_PERCENTS),
      qualitative(c('LDLD', 2), 'Phong trào thi đua công đoàn; thực hiện quy chế dân chủ trong trường học'),
    ],
  },
  {
    code: 'NV',
    unit: 'Phòng Nội vụ',
    criteria: [
      qualitative(c('NV', 1), 'Công tác thi đua, khen thưởng'),
      qualitative(c('NV', 2), 'Quản lý viên chức; thực hiện chế độ, chính sách'),
      qualitative(c('NV', 3), 'Cải cách hành chính, văn hóa công sở'),
    ],
  },
  {
    code: 'TCKH',
    unit: 'Phòng Tài chính - Kế hoạch',
    criteria: [
      quantitative(c('TCKH', 1), 'Thực hiện dự toán chi ngân sách được giao', { unit: 'triệu đồng' }),
      yesno(c('TCKH', 2), 'Công khai tài chính, quyết toán ngân sách đúng hạn'),
    ],
  },
];
