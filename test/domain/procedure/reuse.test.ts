/** guessReuse on document names of the crawled national data (shared/data/procedures-dvcqg.jsonl.gz). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese, guessReuse, REUSABLE_KINDS, REUSABLE_LABELS } from '../../../src/domain/procedure';

describe('guessReuse on real document names', () => {
  it.each([
    ['2.000908', 'Một trong các giấy tờ sau: Căn cước điện tử; bản chính hoặc bản sao của Thẻ căn cước', 'cccd'],
    ['1.000094', 'Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước', 'cccd'],
    ['1.007413', 'b) Bản sao có chứng thực chứng minh nhân dân hoặc căn cước công dân hoặc hộ chiếu', 'cccd'],
    ['2.001263', 'Giấy khai sinh', 'birth_certificate'],
    ['1.001471', 'Bản sao giấy khai sinh hoặc trích lục khai sinh đối với người chưa đủ 14 tuổi', 'birth_certificate'],
    ['1.003005', 'Văn bản xác nhận tình trạng hôn nhân', 'marriage_status'],
    ['1.005461', 'Giấy tờ có giá trị chứng minh thông tin về cư trú trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú', 'residence'],
    ['2.002349', 'Phiếu lý lịch tư pháp', 'criminal_record'],
    ['1.003005', 'Phiếu lý lịch tư pháp, có giá trị sử dụng nếu được cấp chưa quá 12 tháng, tính đến ngày nộp hồ sơ tại cơ quan có thẩm quyền', 'criminal_record'],
    ['1.013229', 'Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai', 'land_use_certificate'],
    ['1.009645', 'Bản sao Giấy chứng nhận quyền sử dụng đất, văn bản/tài liệu về dự án đầu tư', 'land_use_certificate'],
    ['1.000801', 'Bản sao kèm theo bản chính để đối chiếu hoặc bản sao có chứng thực giấy chứng nhận đăng ký doanh nghiệp (nếu là doanh nghiệp).', 'business_registration'],
    ['1.012793', '(3) Giấy chứng nhận đăng ký doanh nghiệp', 'business_registration'],
    ['1.013833', 'Bản gốc Giấy chứng nhận đã cấp.', 'prior_result'],
    ['1.013233', 'Bản chính giấy phép xây dựng đã được cấp.', 'prior_result'],
    ['1.000049', 'Bản gốc chứng chỉ hành nghề đo đạc và bản đồ đã được cấp', 'prior_result'],
  ])('%s: %s → %s', (_code, name, kind) => {
    expect(guessReuse(name)).toBe(kind);
  });

  it.each([
    // Forms the applicant fills in, even when they name a reusable kind.
    ['Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp'],
    ['Tờ khai đăng ký khai sinh theo mẫu'],
    ['Văn bản đề nghị hủy tài khoản điện tử (NA20).'],
    ['Giấy đề nghị đăng ký thay đổi nội dung đăng ký hộ kinh doanh'],
    // Not the card but the photo format.
    ['01 ảnh màu cỡ 3 cm x 4 cm nền màu xanh, kiểu thẻ căn cước, được chụp trong thời gian không quá 06 tháng.'],
    ['Sơ yếu lý lịch, có dán ảnh kiểu chứng minh nhân dân cỡ 4x6cm'],
    // "Sơ đồ" folds like "sổ đỏ": not a land use certificate.
    ['Sơ đồ khu vực biển đề nghị giao'],
    // Neither a database document nor an earlier result.
    ['Giấy chứng sinh'],
    ['Giấy khám sức khỏe do bệnh viện đa khoa cấp'],
    ['Lưu ý: Trường hợp trực tiếp nộp hồ sơ thì văn bản đề nghị bổ sung họ tên, số định danh cá nhân'],
  ])('%s → null', (name) => {
    expect(guessReuse(name)).toBeNull();
  });

  it('the earliest kind named wins', () => {
    expect(guessReuse('Bản sao Giấy khai sinh, Hộ chiếu hoặc thẻ căn cước')).toBe('birth_certificate');
    expect(guessReuse('Bản sao thẻ căn cước hoặc Giấy khai sinh')).toBe('cccd');
  });

  it('every kind has a Vietnamese label that guessReuse reads back as that kind, except the result of an earlier procedure', () => {
    for (const kind of REUSABLE_KINDS) {
      expect(REUSABLE_LABELS[kind]).not.toBe('');
      if (kind !== 'prior_result') expect(guessReuse(REUSABLE_LABELS[kind]), kind).toBe(kind);
    }
  });
});

describe('guessReuse ignores diacritics and case', () => {
  const WORDS = ['Bản sao', 'giấy khai sinh', 'Thẻ Căn cước', 'Phiếu lý lịch tư pháp', 'Giấy chứng nhận quyền sử dụng đất', 'đã được cấp', 'Tờ khai', ' ', ', ', 'hoặc', 'tình trạng hôn nhân', 'cư trú', 'đăng ký doanh nghiệp'];
  it('property: the same kind for the name, its folded form and its upper case', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 4 })), { maxLength: 8 }), (xs) => {
        const name = xs.join('');
        const kind = guessReuse(name);
        expect(guessReuse(foldVietnamese(name))).toBe(kind);
        expect(guessReuse(name.toUpperCase())).toBe(kind);
      }),
      { numRuns: 1_000 },
    );
  });
});
