import type { CostRowInput, CostScenarioInput } from '../../domain/compliance-cost';
import { CRITERION_KEYS, type CriterionAnswer, type CriterionKey, type ProposalItem, type ReviewProblem } from '../../domain/review';

/**
 * Demo control work (ADR 0025): reviews of three real demo procedures at three stages, with costs an
 * officer would enter (hours and money per activity; the hourly income is the default 30,682 đồng),
 * a review plan registering four procedures, an impact assessment, and an inspection with findings.
 */
const HOURLY = 30_682;
const r = (activity: CostRowInput['activity'], hours: number, money: Partial<Pick<CostRowInput, 'outsourcing' | 'fees' | 'otherCosts'>> = {}, label = ''): CostRowInput => ({ activity, hours, label, ...money });
const scenario = (subjectsPerYear: number, rows: CostRowInput[]): CostScenarioInput => ({ hourlyIncome: HOURLY, subjectsPerYear, frequencyPerYear: 1, rows });

const answer = (a: CriterionAnswer['answer'], comment = '', evidence = '') => ({ answer: a, comment, evidence });
export function answers(overrides: Partial<Record<CriterionKey, ReturnType<typeof answer>>>, keys: readonly CriterionKey[] = CRITERION_KEYS): CriterionAnswer[] {
  return keys.map((key) => ({ key, ...(overrides[key] ?? answer('yes')) }));
}

export type DemoReview = {
  procedureCode: string;
  agency: string;
  unit: string;
  deadline: string; // MM-DD of the current year
  stage: 'draft' | 'submitted' | 'approved' | null;
  criteria: CriterionAnswer[];
  problems: ReviewProblem[];
  proposal: { summary: string; items: ProposalItem[] };
  costs: { current: CostScenarioInput; proposed: CostScenarioInput };
};

export const DEMO_REVIEWS: DemoReview[] = [
  {
    procedureCode: '3.000334',
    agency: '000.00.17.H04',
    unit: 'Phòng Hành chính tư pháp',
    deadline: '06-30',
    stage: 'approved',
    criteria: answers({
      'reasonableness.documents': answer('no', 'Yêu cầu nộp bản chụp giấy tờ tùy thân và giấy tờ chứng minh nơi cư trú', 'Thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư (Luật Cư trú 2020)'),
      'reasonableness.method': answer('partly', 'Nhận kết quả qua bưu chính chưa phổ biến'),
    }),
    problems: [{ criterion: 'reasonableness.documents', description: 'Người yêu cầu phải nộp bản chụp CCCD và giấy tờ cư trú dù dữ liệu đã có trong CSDL quốc gia về dân cư.' }],
    proposal: {
      summary: 'Cắt giảm giấy tờ đã có trong CSDL quốc gia về dân cư; khuyến khích nộp trực tuyến và nhận kết quả qua bưu chính.',
      items: [
        {
          content: 'Bỏ thành phần hồ sơ "Bản chụp giấy tờ tùy thân" và "Bản chụp giấy tờ chứng minh nơi cư trú"',
          reason: 'Cơ quan giải quyết khai thác được thông tin từ CSDL quốc gia về dân cư',
          recommendation: 'Sửa đổi quy định về thành phần hồ sơ; khai thác dữ liệu qua tài khoản định danh điện tử',
          legalProvisions: 'Khoản 1 Điều 45 Luật Lý lịch tư pháp số 28/2009/QH12',
          roadmap: 'Năm 2027',
        },
      ],
    },
    costs: {
      current: scenario(1_800, [r('prepare', 4, {}, 'Chuẩn bị tờ khai, sao chụp giấy tờ'), r('travel', 2, { otherCosts: 30_000 }), r('submit', 1), r('wait', 1), r('supplement', 0.5), r('receive', 1)]),
      proposed: scenario(1_800, [r('prepare', 2, {}, 'Khai tờ khai trực tuyến'), r('submit', 0.5), r('receive', 0.5, { otherCosts: 25_000 }, 'Nhận qua bưu chính')]),
    },
  },
  {
    procedureCode: '2.001827',
    agency: '000.00.14.H04',
    unit: 'Phòng Quản lý thương mại',
    deadline: '09-30',
    stage: 'submitted',
    criteria: answers({
      'reasonableness.time': answer('no', 'Thời hạn 15 ngày dài hơn thời gian thẩm định thực tế', 'Số liệu hồ sơ trên hệ thống một cửa'),
      'cost.reasonable': answer('partly', 'Chi phí thuê tư vấn lập hồ sơ chiếm phần lớn chi phí tuân thủ'),
    }),
    problems: [{ criterion: 'reasonableness.time', description: 'Thời hạn giải quyết 15 ngày trong khi thực tế phần lớn hồ sơ được giải quyết trong 8–10 ngày làm việc.' }],
    proposal: {
      summary: 'Rút ngắn thời hạn giải quyết và cho phép nộp, nhận kết quả trực tuyến toàn trình.',
      items: [
        {
          content: 'Rút ngắn thời hạn giải quyết từ 15 ngày xuống 10 ngày làm việc',
          reason: 'Thời gian thẩm định thực tế ngắn hơn thời hạn quy định',
          recommendation: 'Sửa đổi thời hạn tại quy định của Bộ Công Thương',
          legalProvisions: 'Khoản 3 Điều 36 Luật An toàn thực phẩm số 55/2010/QH12',
          roadmap: 'Quý II năm sau',
        },
      ],
    },
    costs: {
      current: scenario(150, [r('prepare', 16, { outsourcing: 2_000_000 }), r('travel', 4, { otherCosts: 100_000 }), r('submit', 1, { fees: 700_000 }), r('wait', 2), r('supplement', 4), r('receive', 1)]),
      proposed: scenario(150, [r('prepare', 12, { outsourcing: 1_000_000 }), r('submit', 0.5, { fees: 700_000 }), r('receive', 0.5, { otherCosts: 30_000 })]),
    },
  },
  {
    procedureCode: '1.001193',
    agency: '000.01.31.H04',
    unit: 'Văn phòng HĐND và UBND',
    deadline: '10-31',
    stage: 'draft',
    criteria: CRITERION_KEYS.map((key) => ({ key, answer: null, comment: '', evidence: '' })),
    problems: [],
    proposal: { summary: '', items: [] },
    costs: {
      current: scenario(2_400, [r('prepare', 1), r('travel', 1, { otherCosts: 20_000 }), r('submit', 0.5), r('wait', 0.5), r('receive', 0.5)]),
      proposed: scenario(2_400, [r('prepare', 1), r('travel', 1, { otherCosts: 20_000 }), r('submit', 0.5), r('wait', 0.5), r('receive', 0.5)]),
    },
  },
  {
    procedureCode: '2.001263',
    agency: '000.00.17.H04',
    unit: 'Phòng Hành chính tư pháp',
    deadline: '12-15',
    stage: null,
    criteria: [],
    problems: [],
    proposal: { summary: '', items: [] },
    costs: { current: scenario(0, []), proposed: scenario(0, []) },
  },
];
