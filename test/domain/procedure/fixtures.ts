/**
 * Excerpts of real crawled national-portal records (shared/data/procedures-dvcqg.jsonl.gz),
 * trimmed: long descriptions and extra table rows are cut, the flattened layout is unchanged.
 */

/** Thủ tục cấp bản sao từ sổ gốc: all fields, four levels incl. "Cơ quan khác". */
export const BAN_SAO_SO_GOC = {
  ma_thu_tuc: '2.000908',
  ten_thu_tuc: 'Thủ tục cấp bản sao từ sổ gốc',
  so_quyet_dinh: '858/QĐ-BTP',
  cap_thuc_hien: 'Cấp bộ, Cấp tỉnh, Cấp xã, Cơ quan khác',
  linh_vuc: 'Chứng thực',
  doi_tuong_thuc_hien: 'Tổ chức (không bao gồm doanh nghiệp, HTX), Công dân Việt Nam',
  co_quan_thuc_hien: 'Cơ quan, tổ chức đang quản lý sổ gốc',
  cach_thuc_thuc_hien:
    'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến1 Ngày làm việcMiễn phíDịch vụ bưu chính1 Ngày làm việcMiễn phíTrực tiếp1 Ngày làm việcMiễn phí',
  thanh_phan_ho_so:
    '--Tên giấy tờMẫu đơn, tờ khaiSố lượngMột trong các giấy tờ sau: Căn cước điện tử; bản chính hoặc bản sao của Thẻ căn cước1 bản chínhBản chính hoặc bản sao có chứng thực giấy tờ chứng minh quan hệ với người được cấp bản chính1 bản chính',
  can_cu_phap_ly:
    'Tên văn bản pháp lýMã văn bảnVề cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch23/2015/NĐ-CPThông tư 01/2020/TT-BTP01/2020/TT-BTP',
  yeu_cau_dieu_kien: 'Cơ quan, tổ chức căn cứ vào sổ gốc để cấp bản sao; nội dung bản sao phải đúng theo sổ gốc.',
  ket_qua_xu_ly:
    'Bản sao được cấp từ sổ gốcMã: KQ.G15.000020Từ khóaKhông có thông tinMô tảKhông có thông tinChọn cơ quan thực hiệnTỉnh/ Thành phốBộ ngành',
  _ministry_folder: 'bo-tu-phap',
};

/** Khiếu nại (1.000178): fees "Không có thông tin", a law name glued to its code. */
export const KHIEU_NAI = {
  ma_thu_tuc: '1.000178',
  ten_thu_tuc:
    'Giải quyết khiếu nại về quyết định hành chính, hành vi hành chính của công dân đối với lực lượng Công an nhân dân (thực hiện tại cấp Trung ương)',
  so_quyet_dinh: 'QĐ/0001-BCA',
  cap_thuc_hien: 'Cấp bộ',
  linh_vuc: 'Khiếu nại, tố cáo',
  doi_tuong_thuc_hien: 'Tổ chức (không bao gồm doanh nghiệp, HTX), Công dân Việt Nam',
  co_quan_thuc_hien: 'Thanh tra Bộ',
  cach_thuc_thuc_hien:
    'Hình thức nộpThời gianPhí, lệ phíMô tảDịch vụ bưu chính60 Ngày làm việcKhông có thông tinThời hạn giải quyết khiếu nại lần đầu không quá 30 ngày, kể từ ngày thụ lý để giải quyết.Trực tiếp60 Ngày làm việcKhông có thông tinThời hạn giải quyết khiếu nại lần đầu không quá 30 ngày, kể từ ngày thụ lý để giải quyết.',
  thanh_phan_ho_so:
    '--Tên giấy tờMẫu đơn, tờ khaiSố lượngTài liệu, chứng cứ do các bên cung cấp1 bản chínhBiên bản tổ chức đối thoại (nếu có)1 bản chínhĐơn khiếu nại hoặc bản ghi nội dung khiếu nại1 bản chính',
  can_cu_phap_ly:
    'Tên văn bản pháp lýMã văn bảnHướng dẫn xử lý khiếu nại, kiến nghị, phản ánh; giải quyết khiếu nại và quản lý công tác giải quyết khiếu nại trong công an nhân dân68/2013/TT-BCALuật Khiếu nại  năm 201102/2011/QH13Nghị định 05/2012/NĐ-CP05/2012/NĐ-CP',
  yeu_cau_dieu_kien: 'Việc khiếu nại chưa được toà án thụ lý để giải quyết.',
  ket_qua_xu_ly: 'Quyết định giải quyết khiếu nại lần 1, lần 2Mã: KQ.G01.00262Từ khóaKhông có thông tinMô tảKhông có thông tin',
};

/** Thẻ ABTC (2.000293): the same channel listed twice with different times. */
export const ABTC_CHANNELS =
  'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp21 Ngày1,000,000 Việt Nam Đồng(1.000.000đ/thẻ ABTC.)Trực tiếp5 Ngày làm việc1,000,000 Việt Nam Đồng(1.000.000đ/thẻ ABTC.)Dịch vụ bưu chính5 Ngày làm việcKhông có thông tin';

/** Giấy thông hành (1.001280): the direct-channel note names another amount than the fee cell. */
export const GIAY_THONG_HANH_CHANNELS =
  'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến3 Ngày làm việc50,000 Việt Nam Đồng(50.000đ/giấy thông hành (Thông tư số 25/2021/TT-BTC ngày 07/4/2021 của Bộ Tài chính).)Trực tiếp3 Ngày làm việc50,000 Việt Nam Đồng(25.000.000đ/giấy thông hành (áp dụng đến hết ngày 31/12/2026 theo Thông tư số 64/2025/TT-BTC ngày 30/6/2025 của Bộ Tài chính).)';

/** Kiểm định xe cơ giới (1.005103): unit-less time "1" glued to the fee "40,000". */
export const KIEM_DINH_CHANNELS =
  'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến140,000 Việt Nam Đồng(- Xe ô tô từ 10 chỗ trở lên)- Thời hạn kiểm tra, đánh giá hồ sơ: ngay trong ngày nhận được hồ sơ;Trực tiếp140,000 Việt Nam Đồng(- Xe ô tô từ 10 chỗ trở lên)';

/** Hải quan xăng dầu (1.000014): "120 VNĐ" reads as 1 + 20 or 12 + 0. */
export const XANG_DAU_CHANNELS = 'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến120 VNĐ(20.000 vnđ /tờ khai)Trực tiếp120 VNĐ(20.000 vnđ /tờ khai)';

/** 1.000025: the time unit was lost ("1"). */
export const NO_UNIT_CHANNELS = 'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp1Miễn phí';

/** Thị thực (1.001146): a fee in USD, cells glued ("10 USDDịch vụ…"). */
export const USD_CHANNELS =
  'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến5 Ngày làm việc10 USDDịch vụ bưu chính5 Ngày làm việc10 USDTrực tiếp5 Ngày làm việc10 USD';

/** Dân cư (1.010095): "Miễn phí" whose note says a fee schedule applies. */
export const FREE_CONFLICT_CHANNELS =
  'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp3 Ngày làm việcMiễn phí(Áp dụng mức thu theo mức phí quy định tại Thông tư số 48/2022/TT-BTC ngày 03/8/2022 của Bộ Tài chính.)- Thời gian tiếp nhận hồ sơ: Giờ hành chính.';

/** Khai sinh kết hợp nhận cha, mẹ, con (1.000689): two sections, counts glued to names. */
export const KHAI_SINH_DOCUMENTS =
  '* Giấy tờ phải nộp:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Bản chính Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh;1 bản chính- Tờ khai đăng ký nhận cha, mẹ, con theo mẫu;1 bản chính,1 bản sao* Giấy tờ phải xuất trình:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử còn giá trị sử dụng.1 bản chính';

/** Hợp tác xã (1.005280): a conditional section ("* Trường hợp …"). */
export const UY_QUYEN_DOCUMENTS =
  '* Trường hợp ủy quyền thực hiện thủ tục:Tên giấy tờMẫu đơn, tờ khaiSố lượng+ Trường hợp ủy quyền cho đơn vị  cung cấp dịch vụ bưu chính không phải là bưu chính công ích thực hiện thủ tục đăng ký hợp tác xã, liên hiệp hợp tác xã thì việc ủy quyền thực hiện theo quy định tại điểm b khoản 2 Điều 12 Nghị định số 92/2024/NĐ-CP về đăng ký tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã.1 bản chính';

/** Xuất nhập cảnh (1.000232): a form file name glued after the document name. */
export const FORM_FILE_DOCUMENTS =
  '--Tên giấy tờMẫu đơn, tờ khaiSố lượngVăn bản đề nghị hủy tài khoản điện tử (NA20).Mau NA20-BCA.docx1 bản chính';
