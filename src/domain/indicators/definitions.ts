/**
 * QĐ 766/QĐ-TTg (23/6/2022) service-quality index: the groups and indicators as data
 * (legal digest §2.1 maxima, §2.2 definitions, targets and live-fit formulas).
 *
 * Group 3 of the decision (online services, 22) is split the way the DVCQG API splits it:
 * 3a online services 12 + 3b online payment 10 (digest §2.1; whether the split is formal is
 * UNCONFIRMED, §9.3). The scorecard keeps 5 groups and shows the split as sub-groups.
 */

export const INDICATOR_IDS = [
  '1.1', '1.2', '1.3', '1.4',
  '2.1', '2.2',
  '3.1', '3.2', '3.3', '3.5', '3.5b', '3.6',
  '4.1', '4.2', '4.3', '4.4', '4.5a', '4.5b', '4.6',
  '5.1', '5.2', '5.3', '5.4',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/**
 * What an indicator scores when its denominator is 0 (digest §2.2: "show 0 or N/A, exceptions noted"):
 * - `noData`: N/A — score 0, `noData: true`, with the reason (the digest states no rule);
 * - `zero`: score 0 and counted as data (the digest says the ratio is 0);
 * - `full`: full marks (the digest says so: 5.2 and 5.3 without feedback).
 */
export type ZeroDenominatorRule = 'noData' | 'zero' | 'full';

export interface IndicatorDefinition {
  readonly id: IndicatorId;
  /** DVCQG API code where the digest gives one. */
  readonly apiCode: string | null;
  /** Vietnamese name as shown on DVCQG. */
  readonly name: string;
  readonly group: GroupId;
  /** Sub-group of group 3 (DVCQG API split), else null. */
  readonly subgroup: SubgroupId | null;
  /** Maximum points; 0 for information-only indicators (2.2, 5.1). */
  readonly max: number;
  /** Target ratio T (0..1): score = min(max, max × r / T). null = linear (score = max × r). */
  readonly target: number | null;
  readonly zeroDenominator: ZeroDenominatorRule;
  /** Where the definition comes from (legal digest section and its sources). */
  readonly source: string;
}

export const GROUP_IDS = ['1', '2', '3', '4', '5'] as const;
export type GroupId = (typeof GROUP_IDS)[number];
export type SubgroupId = '3a' | '3b';

export interface GroupDefinition {
  readonly id: GroupId;
  readonly name: string;
  readonly max: number;
  /** DVCQG API tree name(s), for cross-checking against the national dashboard. */
  readonly apiCode: string;
  readonly subgroups: readonly { readonly id: SubgroupId; readonly name: string; readonly max: number; readonly apiCode: string }[];
}

/** Digest §2.1: maxima 18 + 20 + (12 + 10) + 22 + 18 = 100. */
export const GROUPS: readonly GroupDefinition[] = [
  { id: '1', name: 'Công khai, minh bạch', max: 18, apiCode: 'transparency', subgroups: [] },
  { id: '2', name: 'Tiến độ, kết quả giải quyết', max: 20, apiCode: 'dvc-progress-tree', subgroups: [] },
  {
    id: '3',
    name: 'Cung cấp dịch vụ trực tuyến',
    max: 22,
    apiCode: 'provide-online-tree + formality-online-payment-tree',
    subgroups: [
      { id: '3a', name: 'Dịch vụ công trực tuyến', max: 12, apiCode: 'provide-online-tree' },
      { id: '3b', name: 'Thanh toán trực tuyến', max: 10, apiCode: 'formality-online-payment-tree' },
    ],
  },
  { id: '4', name: 'Số hóa hồ sơ', max: 22, apiCode: 'dossier-digitized', subgroups: [] },
  { id: '5', name: 'Mức độ hài lòng', max: 18, apiCode: 'handling-satisfaction', subgroups: [] },
];

export const TOTAL_MAX = 100;

const def = (
  id: IndicatorId,
  apiCode: string | null,
  name: string,
  max: number,
  target: number | null,
  zeroDenominator: ZeroDenominatorRule,
  source: string,
): IndicatorDefinition => {
  const group = id.charAt(0) as GroupId;
  const subgroup: SubgroupId | null = group !== '3' ? null : ['3.5', '3.5b', '3.6'].includes(id) ? '3b' : '3a';
  return { id, apiCode, name, group, subgroup, max, target, zeroDenominator, source };
};

const G1 = 'digest §2.2 group 1 [F766 definitions, M766/G766 maxima, R766 score = max × r]';
const G3A = 'digest §2.2 group 3a [F766; R766 live formula qd766-online-v1]';
const G3B = 'digest §2.2 group 3b [F766; R766 live formula 6A + min(2, 2.5B) + 2.5C]';
const G4 = 'digest §2.2 group 4 [F766; R766 live rule min(max, max × r / T)]';
const G5 = 'digest §2.2 group 5 [F766 §5, R766]';

export const INDICATORS: Readonly<Record<IndicatorId, IndicatorDefinition>> = {
  '1.1': def('1.1', 'PUBLISH_ON_TIME', 'Thủ tục hành chính được công bố đúng hạn', 6, null, 'noData', G1),
  '1.2': def('1.2', 'PUBLIC_UPDATE_ON_TIME', 'Thủ tục hành chính được cập nhật, công khai trên Cơ sở dữ liệu quốc gia đúng hạn', 4, null, 'noData', G1),
  '1.3': def('1.3', 'PUBLIC_CONTENT_FULL', 'Thủ tục hành chính được công khai đầy đủ các nội dung', 2, null, 'noData', G1),
  '1.4': def('1.4', 'DOSSIER_SYNC', 'Hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia', 6, null, 'zero', `${G1}; fallback to last year when both denominators are 0`),
  '2.1': def('2.1', null, 'Hồ sơ được giải quyết trước hạn, đúng hạn', 20, null, 'noData', 'digest §2.2 group 2 and §1.4 [F766 §2.1; R766 score = 20 × totalOnTime / totalReceived]'),
  '2.2': def('2.2', null, 'Thời gian giải quyết trung bình của thủ tục hành chính', 0, null, 'noData', 'digest §2.2 group 2 [F766] (information, one procedure)'),
  '3.1': def('3.1', null, 'Thủ tục hành chính cung cấp dịch vụ công trực tuyến (một phần hoặc toàn trình)', 2, 0.8, 'noData', G3A),
  '3.2': def('3.2', null, 'Dịch vụ công trực tuyến có phát sinh hồ sơ', 4, null, 'noData', G3A),
  '3.3': def('3.3', null, 'Hồ sơ nộp trực tuyến', 6, 0.5, 'noData', G3A),
  '3.5': def('3.5', null, 'TTHC có nghĩa vụ tài chính được tích hợp thanh toán trực tuyến', 2, 0.8, 'zero', G3B),
  '3.5b': def('3.5b', null, 'TTHC có phát sinh giao dịch thanh toán trực tuyến', 2, 0.8, 'zero', G3B),
  '3.6': def('3.6', null, 'Hồ sơ thanh toán trực tuyến', 6, null, 'zero', G3B),
  '4.1': def('4.1', 'ORIGINAL_RESULT_AVAILABLE', 'Hồ sơ được cấp kết quả giải quyết điện tử', 6, 1, 'noData', G4),
  // F766 text says 80%; the live fit (R766) says 100%, which the digest treats as authoritative.
  '4.2': def('4.2', 'SO_HOA_GIAY_TO_GIAI_QUYET', 'Hồ sơ được số hóa thành phần hồ sơ và kết quả giải quyết', 4, 1, 'noData', `${G4}; target 100 (live fit; F766 text: 80)`),
  '4.3': def('4.3', 'REUSED_DIGITIZED_DATA', 'Hồ sơ có tái sử dụng dữ liệu đã số hóa', 2, 0.8, 'noData', `${G4}; target 80 confirmed live`),
  '4.4': def('4.4', 'SYNCED_WITH_DVCQG_PERSONAL_STORAGE', 'Hồ sơ số hóa được đồng bộ với kho quản lý dữ liệu điện tử của tổ chức, cá nhân trên Cổng DVCQG', 4, 1, 'noData', `${G4}; target 100 not fully confirmed`),
  '4.5a': def('4.5a', 'CITIZEN_DATA_CONNECTED_FORMALITY', 'TTHC có khai thác dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư', 2, 1, 'noData', G4),
  '4.5b': def('4.5b', 'CITIZEN_DATA_CONNECTED_DOSSIER', 'Hồ sơ có khai thác dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư', 2, 1, 'noData', G4),
  // The digest lists this row without a number; "4.6" is our id. Its definition is UNCONFIRMED (§9.3).
  '4.6': def('4.6', 'ELECTRONIC_CERTIFIED_COPY', 'Chứng thực bản sao điện tử từ bản chính', 2, 1, 'noData', `${G4}; definition UNCONFIRMED (§9.3)`),
  '5.1': def('5.1', 'PETITION_CLASSIFICATION_TTHC / _STAFF', 'Phản ánh, kiến nghị theo nhóm (quy định hành chính / hành vi cán bộ)', 0, null, 'noData', `${G5} (information)`),
  '5.2': def('5.2', 'PETITION_PROCESSING_ON_TIME', 'Phản ánh, kiến nghị được xử lý đúng hạn', 6, null, 'full', `${G5}; deadlines §4.3; 6 when there is no feedback`),
  '5.3': def('5.3', 'PETITION_HANDLING_SATISFACTION', 'Mức độ hài lòng trong xử lý phản ánh, kiến nghị', 6, null, 'full', `${G5}; 6 when there is no feedback`),
  '5.4': def('5.4', 'DOSSIER_RECEIVING_SATISFACTION', 'Mức độ hài lòng trong tiếp nhận, giải quyết hồ sơ thủ tục hành chính', 6, 0.9, 'zero', `${G5}; score = min(6, 6 × r / 90), 0 when the denominator is 0`),
};

/** Indicator ids of a group (or sub-group), in the decision's order. */
export function indicatorsOf(group: GroupId | SubgroupId): IndicatorId[] {
  return INDICATOR_IDS.filter((id) => INDICATORS[id].group === group || INDICATORS[id].subgroup === group);
}
