import type { FastifyRequest } from 'fastify';
import type { Actor, CitizenActor, ServiceContext } from '../services/context';
import type { Store } from '../storage/database';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    citizen: CitizenActor | null;
  }
}

/** The service context of a request: the shared store, its actor and its id. */
export const ctxOf = (store: Store, req: FastifyRequest): ServiceContext => ({
  store,
  actor: req.actor,
  citizen: req.citizen,
  requestId: req.id,
});
