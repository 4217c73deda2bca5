import type { PaymentProviders } from '../payments/provider';
import type { DocumentsDeps } from './dossier-documents';

/** What payment use cases need besides the database: file storage, the public address, the online providers. */
export type PaymentsDeps = DocumentsDeps & { providers: PaymentProviders };
