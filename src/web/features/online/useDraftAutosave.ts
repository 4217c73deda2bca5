import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApplicationContent } from '../../../domain/dossier';
import { api, ApiError } from '../../api/client';
import { saveDraft } from './queries';
import type { Draft } from './types';

export type SaveState = { status: 'idle' | 'saving' | 'saved' | 'error' | 'reloaded'; at: string | null };

/**
 * Saves the draft a moment after each change (and at once on `flush`, before submitting), one save
 * at a time from the version last saved. When another tab saved first (409), the stored draft is
 * loaded back into the form (`onReload`).
 */
export function useDraftAutosave(draft: { id: string; version: number } | null, content: ApplicationContent, onReload: (d: Draft) => void) {
  const [state, setState] = useState<SaveState>({ status: 'idle', at: null });
  const version = useRef(draft?.version ?? 0);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const dirty = useRef(false);
  const latest = useRef(content);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const id = draft?.id ?? null;
  latest.current = content;

  useEffect(() => {
    if (draft) version.current = Math.max(version.current, draft.version);
  }, [draft]);

  const save = useCallback(() => {
    if (!id) return chain.current;
    chain.current = chain.current.then(async () => {
      if (!dirty.current) return;
      dirty.current = false;
      setState((s) => ({ ...s, status: 'saving' }));
      try {
        const d = await saveDraft(id, version.current, latest.current);
        version.current = d.version;
        setState({ status: 'saved', at: d.updatedAt });
      } catch (e) {
        if (e instanceof ApiError && e.status === 409) {
          const fresh = await api<Draft>('GET', `/api/citizen/drafts/${id}`);
          version.current = fresh.version;
          onReload(fresh);
          setState({ status: 'reloaded', at: fresh.updatedAt });
        } else {
          dirty.current = true;
          setState((s) => ({ ...s, status: 'error' }));
        }
      }
    });
    return chain.current;
  }, [id, onReload]);

  // Each change after the draft exists is saved 800 ms later (typing keeps pushing it back).
  const first = useRef(true);
  useEffect(() => {
    if (first.current || !id) {
      first.current = false;
      return;
    }
    dirty.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), 800);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [content, id, save]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    return save();
  }, [save]);

  return { state, flush, version };
}
