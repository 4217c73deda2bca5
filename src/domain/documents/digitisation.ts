/**
 * The digitisation flags of a dossier that QĐ 766 group 4 counts (digest §2.2 indicators 4.1–4.5):
 * an electronic result, components and result digitised, reuse of digitised data, documents taken
 * from the citizen's data store, and data from the national population database.
 */
export const DOCUMENT_SOURCES = ['paper', 'upload', 'reused', 'personal_store', 'national'] as const;
export type DocumentSource = (typeof DOCUMENT_SOURCES)[number];

export const DOCUMENT_SOURCES_VI: Record<DocumentSource, string> = {
  paper: 'Bản giấy',
  upload: 'Tải lên / quét',
  reused: 'Tái sử dụng dữ liệu đã số hóa',
  personal_store: 'Lấy từ kho dữ liệu của công dân',
  national: 'Lấy từ CSDL quốc gia về dân cư',
};

export type DigitisationInput = {
  documents: readonly { digitised: boolean; fileId?: string | null | undefined; source?: DocumentSource | undefined }[];
  /** A signed, unrevoked electronic result exists. */
  electronicResult: boolean;
  /** The applicant's identity was checked against the national population database (VNeID). */
  applicantFromNationalData?: boolean | undefined;
};

export type Digitisation = {
  electronicResult: boolean;
  componentsDigitised: boolean;
  digitisedComponents: number;
  components: number;
  /** 4.2: components and result both digitised. */
  fullyDigitised: boolean;
  reused: boolean;
  fromPersonalStore: boolean;
  nationalData: boolean;
};

export function digitisationOf(d: DigitisationInput): Digitisation {
  const digitised = d.documents.filter((x) => x.digitised && (x.fileId || x.source === 'reused' || x.source === 'personal_store' || x.source === 'national')).length;
  const componentsDigitised = d.documents.length > 0 && digitised === d.documents.length;
  return {
    electronicResult: d.electronicResult,
    componentsDigitised,
    digitisedComponents: digitised,
    components: d.documents.length,
    fullyDigitised: componentsDigitised && d.electronicResult,
    reused: d.documents.some((x) => x.source === 'reused' || x.source === 'personal_store'),
    fromPersonalStore: d.documents.some((x) => x.source === 'personal_store'),
    nationalData: d.applicantFromNationalData === true || d.documents.some((x) => x.source === 'national'),
  };
}
