import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { BlobStore } from '../../documents/blob-store';
import type { DocumentsDeps } from '../../services/dossier-documents';
import type { Store } from '../../storage/database';
import { citizenDossierRoutes } from './dossier-routes';
import { draftRoutes } from './drafts-routes';
import { ratingRoutes } from './rating-routes';

/** Online submission, the citizen's dossiers and data store, and ratings (issue 7). */
export const onlineRoutes = (deps: { store: Store; blobs: BlobStore } & DocumentsDeps): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(draftRoutes(deps));
    await app.register(citizenDossierRoutes(deps));
    await app.register(ratingRoutes(deps));
  };
