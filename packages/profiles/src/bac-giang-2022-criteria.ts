import {
  bands,
  container,
  decrease,
  type Draft,
  partyRating,
  qualitative,
  quantitative,
  yesno,
} from './criteria-builder';

/**
 * The criteria of Bắc Giang's Phụ lục 02 (seed 002): group I for each of the four block types (A–D),
 * group II and the itemised table of group III (the same for every type). Points are the document's
 * where it gives them (all of group III); elsewhere they are shared evenly by `buildGroup`.
 */

const SECURITY =
  'Công tác an ninh trật tự gắn với thực hiện phong trào "Toàn dân bảo vệ an ninh Tổ quốc" (kết quả xếp loại phong trào; "An toàn về an ninh trật tự")';
const SAVING = 'Thực hiện tiết kiệm, chống tham nhũng, lãng phí';
const ADMIN_REFORM =
  'Thực hiện công tác cải cách hành chính (dựa trên kết quả đánh giá xếp hạng chỉ số cải cách hành chính được UBND tỉnh công bố hằng năm)';
const REDUCTION = (what: string): string =>
  `Kế hoạch và thực hiện là mức giảm ${what} trong năm: giảm nhiều hơn kế hoạch là vượt kế hoạch.`;
const LAST_YEAR = 'Kế hoạch là số của năm trước; thấp hơn năm trước là vượt kế hoạch (tiêu chí tính ngược).';

/** A. Cụm thi đua các huyện, thành phố: 19 criteria. */
export const GROUP_I_DISTRICTS: Draft[] = [
  quantitative('I.1', 'Tổng thu ngân sách địa phương so chỉ tiêu cấp có thẩm quyền giao', {
    unit: 'triệu đồng',
  }),
  quantitative('I.2', 'Giá trị sản xuất trên 1 ha đất sản xuất nông nghiệp', { unit: 'triệu đồng/ha' }),
  quantitative(
    'I.3',
    'Thực hiện chỉ tiêu trồng cây xanh theo Kế hoạch số 44/KH-UBND ngày 09/02/2021 của UBND tỉnh',
    { unit: 'cây' },
  ),
  quantitative('I.4', 'Giảm tỷ lệ hộ nghèo (theo tiêu chí mới) so kế hoạch', {
    unit: 'điểm %',
    description: REDUCTION('tỷ lệ hộ nghèo'),
  }),
  quantitative('I.5', 'Tỷ lệ lao động qua đào tạo (có bằng cấp, chứng chỉ)', { unit: '%' }),
  quantitative('I.6', 'Giảm tỷ suất sinh theo kế hoạch', {
    unit: '‰',
    description: REDUCTION('tỷ suất sinh'),
  }),
  quantitative(
    'I.7',
    'Xây dựng xã nông thôn mới (đạt thêm tiêu chí nông thôn mới/xã hoặc số xã so kế hoạch)',
    { unit: 'tiêu chí' },
  ),
  container(
    'I.8',
    'Tỷ lệ trường học đạt chuẩn quốc gia; chất lượng giáo dục toàn diện, giáo dục mũi nhọn so kế hoạch',
    [
      quantitative('I.8.a', 'Tỷ lệ trường học đạt chuẩn quốc gia', { unit: '%' }),
      quantitative('I.8.b', 'Chất lượng giáo dục toàn diện, giáo dục mũi nhọn so kế hoạch'),
    ],
  ),
  container(
    'I.9',
    'Tỷ lệ giảm trẻ em dưới 05 tuổi bị suy dinh dưỡng; phòng, chống dịch bệnh trên địa bàn; tỷ lệ dân số tham gia bảo hiểm y tế so kế hoạch',
    [
      quantitative('I.9.a', 'Tỷ lệ giảm trẻ em dưới 05 tuổi bị suy dinh dưỡng', {
        unit: 'điểm %',
        description: REDUCTION('tỷ lệ trẻ em dưới 05 tuổi bị suy dinh dưỡng'),
      }),
      qualitative('I.9.b', 'Thực hiện tốt công tác phòng, chống dịch bệnh trên địa bàn'),
      quantitative('I.9.c', 'Tỷ lệ dân số tham gia bảo hiểm y tế so kế hoạch', { unit: '%' }),
    ],
  ),
  container('I.10', 'Tỷ lệ thôn, bản, tổ dân phố và gia đình đạt danh hiệu văn hóa', [
    quantitative('I.10.a', 'Tỷ lệ thôn, bản, tổ dân phố đạt danh hiệu văn hóa', { unit: '%' }),
    quantitative('I.10.b', 'Tỷ lệ gia đình đạt danh hiệu văn hóa', { unit: '%' }),
  ]),
  qualitative(
    'I.11',
    'Đảm bảo an ninh chính trị và trật tự an toàn xã hội gắn với thực hiện phong trào "Toàn dân bảo vệ an ninh Tổ quốc"',
  ),
  container('I.12', 'Công tác quốc phòng, quân sự địa phương', [
    quantitative('I.12.a', 'Hoàn thành chỉ tiêu công tác tuyển quân so kế hoạch được giao', {
      unit: 'công dân',
    }),
    qualitative('I.12.b', 'Công tác giáo dục kiến thức quốc phòng, huấn luyện quân sự'),
  ]),
  container(
    'I.13',
    'Thực hiện an toàn giao thông: giảm số vụ, số người chết, bị thương do tai nạn giao thông so năm trước',
    [
      decrease('I.13.a', 'Số vụ tai nạn giao thông', { unit: 'vụ', description: LAST_YEAR }),
      decrease('I.13.b', 'Số người chết do tai nạn giao thông', { unit: 'người', description: LAST_YEAR }),
      decrease('I.13.c', 'Số người bị thương do tai nạn giao thông', {
        unit: 'người',
        description: LAST_YEAR,
      }),
    ],
  ),
  qualitative('I.14', ADMIN_REFORM),
  qualitative('I.15', 'Thực hiện tốt công tác phòng chống thiên tai, bão lũ, tìm kiếm cứu nạn'),
  qualitative('I.16', 'Kết quả đánh giá, xếp loại mức độ ứng dụng công nghệ thông tin'),
  qualitative('I.17', 'Kết quả đánh giá, xếp hạng năng lực cạnh tranh cấp huyện (DDCI)'),
  qualitative(
    'I.18',
    'Triển khai thực hiện Đề án đẩy mạnh hợp tác quốc tế cấp địa phương của tỉnh Bắc Giang với các địa phương nước ngoài, giai đoạn 2021-2025 (Quyết định số 942/QĐ-UBND ngày 31/8/2021 của UBND tỉnh)',
  ),
  qualitative('I.19', SAVING),
];

const REGISTERED_TASKS = 'Kế hoạch: số chỉ tiêu, nhiệm vụ đã đăng ký (Phụ lục 01); thực hiện: số hoàn thành.';

/** B. Khối thi đua các sở, ban, ngành cấp tỉnh và các trường chuyên nghiệp: 12 criteria. */
export const GROUP_I_DEPARTMENTS: Draft[] = [
  quantitative(
    'I.1',
    'Kết quả thực hiện nhiệm vụ trọng tâm, nhiệm vụ chính trị của cơ quan, đơn vị và các nhiệm vụ theo chỉ đạo của Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân tỉnh và bộ, ngành chủ quản',
    { unit: 'nhiệm vụ', description: REGISTERED_TASKS },
  ),
  qualitative(
    'I.2',
    'Nghiên cứu, tham mưu xây dựng các văn bản nhằm cụ thể hoá các chủ trương, chính sách của Đảng, pháp luật của Nhà nước, các văn bản của cấp trên để triển khai thực hiện, mang lại hiệu quả thiết thực (số lượng, chất lượng văn bản tham mưu, đề xuất), đúng tiến độ được ghi nhận',
  ),
  qualitative(
    'I.3',
    'Nghiên cứu, tham mưu giúp UBND tỉnh chỉ đạo thực hiện có hiệu quả các chính sách của ngành và lĩnh vực',
  ),
  qualitative(
    'I.4',
    'Các nhiệm vụ, giải pháp chủ yếu thực hiện kế hoạch phát triển kinh tế - xã hội hằng năm theo chỉ đạo của cấp trên và Nghị quyết của HĐND tỉnh',
  ),
  qualitative('I.5', SECURITY),
  qualitative('I.6', 'Công tác quốc phòng, quân sự'),
  quantitative('I.7', 'Công tác nghiên cứu khoa học (đề tài, sáng kiến, giải pháp)', {
    unit: 'đề tài, sáng kiến, giải pháp',
    description: REGISTERED_TASKS,
  }),
  qualitative('I.8', ADMIN_REFORM),
  qualitative('I.9', 'Kết quả đánh giá, xếp loại mức độ ứng dụng công nghệ thông tin hằng năm'),
  qualitative('I.10', 'Kết quả đánh giá, xếp hạng năng lực cạnh tranh (DDCI)'),
  qualitative(
    'I.11',
    'Thực hiện tiết kiệm, chống tham nhũng, lãng phí (tiết kiệm thời gian hội họp, tiết kiệm chi tiêu công, tiết kiệm con người…)',
  ),
  qualitative(
    'I.12',
    'Công tác xây dựng, củng cố năng lực lãnh đạo; việc chấp hành sự chỉ đạo và phân công nhiệm vụ cấp trên; công tác quản lý chuyên môn của cơ quan: xây dựng, củng cố bộ máy làm việc; quy hoạch, đào tạo, bồi dưỡng nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức',
  ),
];

/** C. Khối các cơ quan xây dựng Đảng; Mặt trận Tổ quốc, tổ chức chính trị - xã hội; tổ chức hội: 10 criteria. */
export const GROUP_I_PARTY_AND_MASS: Draft[] = [
  quantitative(
    'I.1',
    'Kết quả thực hiện nhiệm vụ chuyên môn, nhiệm vụ chính trị hoặc nhiệm vụ trọng tâm của cơ quan, đơn vị',
    { unit: 'nhiệm vụ', description: REGISTERED_TASKS },
  ),
  qualitative(
    'I.2',
    'Công tác nghiên cứu, tham mưu thực hiện các chủ trương, chính sách của Đảng và pháp luật của Nhà nước; thực hiện Nghị quyết đại hội Đảng bộ tỉnh nhiệm kỳ và hằng năm theo chức năng nhiệm vụ; xây dựng các chương trình, đề án, dự án, các văn bản và chế độ chính sách đối với ngành hoặc lĩnh vực đảm bảo chất lượng và đúng tiến độ',
  ),
  qualitative('I.3', SECURITY),
  qualitative('I.4', 'Công tác quốc phòng, quân sự'),
  qualitative('I.5', 'Công tác tham gia, kiểm tra, giám sát, phản biện xã hội'),
  qualitative(
    'I.6',
    'Tổ chức các phong trào thi đua và vận động quần chúng, đoàn viên, hội viên thực hiện các chủ trương của Đảng và chính sách pháp luật của Nhà nước',
  ),
  qualitative('I.7', 'Công tác xây dựng, củng cố tổ chức; công tác đào tạo, bồi dưỡng cán bộ, công chức'),
  qualitative('I.8', 'Thực hiện cải cách hành chính và ứng dụng công nghệ thông tin'),
  quantitative('I.9', 'Công tác nghiên cứu khoa học: đề tài, sáng kiến, giải pháp', {
    unit: 'đề tài, sáng kiến, giải pháp',
    description: REGISTERED_TASKS,
  }),
  qualitative('I.10', SAVING),
];

/** D. Khối thi đua các doanh nghiệp, hợp tác xã: 10 criteria. */
export const GROUP_I_ENTERPRISES: Draft[] = [
  container(
    'I.1',
    'Thực hiện kế hoạch sản xuất, kinh doanh: doanh thu; lợi nhuận; thu nhập bình quân đầu người/tháng và các chỉ tiêu khác',
    [
      quantitative('I.1.a', 'Doanh thu', { unit: 'triệu đồng' }),
      quantitative('I.1.b', 'Lợi nhuận', { unit: 'triệu đồng' }),
      quantitative('I.1.c', 'Thu nhập bình quân đầu người/tháng', { unit: 'triệu đồng' }),
    ],
    { description: 'Các chỉ tiêu khác (nếu có) do khối bổ sung trong giới hạn 30% số tiêu chí.' },
  ),
  qualitative('I.2', 'Thực hiện chính sách xã hội, giải quyết việc làm'),
  qualitative('I.3', SECURITY),
  qualitative('I.4', 'Công tác quốc phòng, quân sự'),
  qualitative('I.5', SAVING),
  yesno('I.6', 'Thực hiện các nghĩa vụ đối với Nhà nước (thuế, công đoàn phí)'),
  qualitative(
    'I.7',
    'Thực hiện trách nhiệm đối với người lao động: hợp đồng lao động; bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp...',
  ),
  qualitative(
    'I.8',
    'Thực hiện các quy định của pháp luật về doanh nghiệp, hợp tác xã, lao động, bảo vệ môi trường, vệ sinh an toàn thực phẩm, vệ sinh an toàn lao động... tại đơn vị',
  ),
  qualitative(
    'I.9',
    'Đầu tư đổi mới công nghệ, sử dụng công nghệ mới thân thiện với môi trường; mở rộng quy mô sản xuất; áp dụng hiệu quả các sáng kiến, cải tiến kỹ thuật; áp dụng tiêu chuẩn tiên tiến, thực hiện các quy chuẩn quốc gia, quốc tế',
  ),
  qualitative('I.10', 'Công tác an sinh xã hội, công tác từ thiện nhân đạo'),
];

/** II. 9 criteria; the document numbers the sixth "9", a typo. */
export const GROUP_II: Draft[] = [
  qualitative(
    'II.1',
    'Tổ chức học tập, quán triệt, triển khai các chủ trương của Đảng, chính sách và pháp luật của Nhà nước',
  ),
  qualitative(
    'II.2',
    'Tiếp tục tổ chức triển khai thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"',
  ),
  partyRating(
    'II.3',
    'Kết quả xây dựng tổ chức cơ sở đảng (hoàn thành xuất sắc, hoàn thành tốt, hoàn thành và không hoàn thành nhiệm vụ)',
  ),
  qualitative('II.4', 'Kết quả hoạt động của các tổ chức chính trị - xã hội'),
  qualitative(
    'II.5',
    'Kết quả thực hiện phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" (kết quả xếp loại phong trào; xây dựng cơ quan, đơn vị đạt chuẩn văn hóa)',
  ),
  qualitative(
    'II.6',
    'Tổ chức triển khai có hiệu lực, hiệu quả Nghị quyết, Quyết định do Trung ương ban hành (những Nghị quyết, Quyết định mới phù hợp)',
  ),
  qualitative('II.7', 'Triển khai thực hiện quy chế dân chủ ở cơ sở'),
  qualitative('II.8', 'Công tác tiếp dân, giải quyết đơn thư khiếu nại, tố cáo (nếu có)'),
  qualitative(
    'II.9',
    'Kết quả việc chấp hành các chủ trương của Đảng, chính sách, pháp luật của Nhà nước đối với các tập thể, cá nhân thuộc cơ quan, đơn vị, doanh nghiệp và địa phương',
  ),
];

const MOVEMENT_REPORT = '(xây dựng kế hoạch cụ thể; báo cáo tình hình tổ chức và kết quả thực hiện)';

/** III. The itemised table "Điểm chấm cho từng nội dung của mục III" (7 items, 200 points). */
export const GROUP_III: Draft[] = [
  container(
    'III.1',
    'Xây dựng, ban hành các văn bản để chỉ đạo, thực hiện công tác thi đua, khen thưởng',
    [
      container(
        'III.1.a',
        'Triển khai kịp thời, có hiệu quả các chủ trương của Đảng, chính sách pháp luật của Nhà nước và chỉ đạo của Hội đồng Thi đua - Khen thưởng tỉnh về công tác thi đua, khen thưởng',
        [
          yesno(
            'III.1.a.1',
            'Ban hành Kế hoạch triển khai tổ chức thực hiện Văn bản phát động thi đua của Chủ tịch UBND tỉnh',
            { points: 5 },
          ),
          qualitative(
            'III.1.a.2',
            'Kịp thời ban hành các văn bản triển khai thực hiện chỉ đạo công tác thi đua, khen thưởng của Hội đồng TĐKT tỉnh',
            { points: 5 },
          ),
          yesno('III.1.a.3', 'Thành lập và có quy chế hoạt động của Hội đồng Thi đua - Khen thưởng cơ sở', {
            points: 5,
          }),
          yesno('III.1.a.4', 'Thành lập và có quy chế hoạt động của Hội đồng Sáng kiến cơ sở', { points: 5 }),
        ],
        { points: 20 },
      ),
      yesno('III.1.b', 'Ban hành Quy chế, Quy định... về công tác thi đua, khen thưởng', { points: 10 }),
      qualitative(
        'III.1.c',
        'Các hoạt động tuyên truyền về thi đua, khen thưởng (tổ chức Hội nghị, trao đổi kinh nghiệm, giao lưu, học tập…)',
        { points: 5 },
      ),
    ],
    { points: 35 },
  ),
  container(
    'III.2',
    'Tổ chức, triển khai thực hiện phong trào thi đua do Trung ương và tỉnh phát động',
    [
      yesno(
        'III.2.a',
        'Có kế hoạch triển khai thực hiện các phong trào thi đua do Trung ương, tỉnh phát động và các phong trào thi đua do bộ, ban, ngành, Mặt trận Tổ quốc, đoàn thể chính trị - xã hội trung ương phát động',
        { points: 10 },
      ),
      qualitative(
        'III.2.b',
        'Phát động, triển khai có hiệu quả các phong trào thi đua thường xuyên, theo đợt, chuyên đề của cơ quan, đơn vị, địa phương (có kế hoạch, chủ đề, nội dung, tiêu chí thi đua cụ thể, tổ chức phát động)',
        { points: 10 },
      ),
      qualitative(
        'III.2.c',
        `Triển khai thực hiện có hiệu quả phong trào thi đua "Bắc Giang chung sức xây dựng nông thôn mới" ${MOVEMENT_REPORT}`,
        { points: 5 },
      ),
      qualitative(
        'III.2.d',
        `Triển khai thực hiện phong trào thi đua "Cán bộ, công chức, viên chức Bắc Giang thi đua thực hiện văn hóa công sở", "Nụ cười công sở" ${MOVEMENT_REPORT}`,
        { points: 5 },
      ),
      qualitative(
        'III.2.e',
        `Triển khai tổ chức thực hiện phong trào thi đua "Doanh nghiệp Bắc Giang hội nhập và phát triển" ${MOVEMENT_REPORT}`,
        { points: 5 },
      ),
      qualitative(
        'III.2.f',
        `Triển khai thực hiện phong trào thi đua "Bắc Giang chung tay vì người nghèo - không để ai bị bỏ lại phía sau" ${MOVEMENT_REPORT}`,
        { points: 5 },
      ),
      qualitative(
        'III.2.g',
        `Triển khai tổ chức thực hiện phong trào thi đua "Cả nước đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến thắng đại dịch Covid-19" ${MOVEMENT_REPORT}`,
        { points: 5 },
      ),
      yesno(
        'III.2.h',
        'Có sơ kết, tổng kết, đánh giá kết quả đạt được và khen thưởng phong trào thi đua (hằng năm mỗi đơn vị tổ chức tối thiểu 01 Hội nghị)',
        { points: 5 },
      ),
    ],
    { points: 50 },
  ),
  container(
    'III.3',
    'Phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến',
    [
      yesno(
        'III.3.a',
        'Xây dựng kế hoạch cụ thể việc phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến',
        {
          points: 10,
        },
      ),
      yesno(
        'III.3.b',
        'Trong năm có điển hình, mô hình mới, tiêu biểu được biểu dương, tuyên truyền... để nhân rộng',
        { points: 10 },
      ),
      qualitative(
        'III.3.c',
        'Có nhiều hình thức đổi mới trong việc tuyên truyền, tổng kết, nhân rộng điển hình (tổ chức Hội nghị biểu dương hoặc các hình thức khác, phối hợp với các cơ quan báo, đài và thông tin để biểu dương, tôn vinh các điển hình tiên tiến)',
        { points: 10 },
      ),
    ],
    { points: 30 },
  ),
  container(
    'III.4',
    'Công tác khen thưởng',
    [
      bands(
        'III.4.a',
        'Thẩm định hồ sơ khen thưởng đúng quy định pháp luật (tỷ lệ % hồ sơ trình khen thưởng từ cấp tỉnh trở lên bị trả lại do không thực hiện đúng quy định)',
        20,
        [
          { min: 0, max: 0, points: 20 },
          { min: 0, minExclusive: true, max: 10, maxExclusive: true, points: 15 },
          { min: 10, max: 20, points: 10 },
          { min: 20, minExclusive: true, max: 50, points: 5 },
          { min: 50, minExclusive: true, points: 0 },
        ],
        {
          description:
            'Giá trị: tỷ lệ % hồ sơ bị trả lại. 100% hồ sơ được duyệt (0%): 20 điểm; dưới 10%: 15 điểm; từ 10% - 20%: 10 điểm; từ trên 20% - 50%: 5 điểm; trên 50%: 0 điểm.',
        },
      ),
      bands(
        'III.4.b',
        'Khen thưởng và đề nghị khen thưởng cho người lao động, làm việc trực tiếp đạt tỷ lệ từ 70% trở lên',
        10,
        [
          { min: 70, points: 10 },
          { max: 70, maxExclusive: true, points: 0 },
        ],
        {
          description:
            'Giá trị: tỷ lệ % người lao động, làm việc trực tiếp trong số được khen thưởng, đề nghị khen thưởng.',
        },
      ),
      qualitative(
        'III.4.c',
        'Triển khai việc khen thưởng và đề nghị Chủ tịch UBND tỉnh khen thưởng đột xuất đúng theo quy định',
        { points: 5 },
      ),
    ],
    { points: 35 },
  ),
  container(
    'III.5',
    'Công tác kiểm tra về thi đua, khen thưởng',
    [
      yesno('III.5.a', 'Có kế hoạch kiểm tra, giám sát về thi đua, khen thưởng', { points: 5 }),
      qualitative('III.5.b', 'Triển khai thực hiện Kế hoạch kiểm tra, giám sát về thi đua, khen thưởng', {
        points: 5,
      }),
      qualitative(
        'III.5.c',
        'Giải quyết khiếu nại, tố cáo về công tác thi đua, khen thưởng gửi về Sở Nội vụ đúng quy định',
        { points: 5 },
      ),
    ],
    { points: 15 },
  ),
  container(
    'III.6',
    'Tổ chức bộ máy làm công tác thi đua, khen thưởng và đào tạo bồi dưỡng',
    [
      yesno('III.6.a', 'Có tổ chức bộ máy làm công tác thi đua, khen thưởng theo quy định', { points: 10 }),
      qualitative(
        'III.6.b',
        'Bồi dưỡng tập huấn nghiệp vụ thi đua, khen thưởng (tổ chức lớp đào tạo, bồi dưỡng, tập huấn và tham gia đầy đủ các đợt tập huấn do Trung ương, tỉnh tổ chức)',
        { points: 10 },
      ),
    ],
    { points: 20 },
  ),
  container(
    'III.7',
    'Chế độ thông tin báo cáo, hội họp',
    [
      qualitative(
        'III.7.a',
        'Tham gia đầy đủ các buổi hội nghị do tỉnh tổ chức liên quan tới công tác thi đua, khen thưởng',
        { points: 5 },
      ),
      qualitative('III.7.b', 'Nộp báo cáo định kỳ và đột xuất đầy đủ, đúng hạn theo quy định', { points: 5 }),
      qualitative(
        'III.7.c',
        'Nộp hồ sơ trình khen thưởng đủ thành phần hồ sơ, đúng thủ tục, thời gian theo quy định',
        { points: 5 },
      ),
    ],
    { points: 15 },
  ),
];
