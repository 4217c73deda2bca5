import { CHATBOT_HELP, lookupReply, missingCheckReply, notFoundReply, parseLookupText } from '../../domain/notifications';
import { AppError } from '../errors';
import type { Store } from '../storage/database';
import { publicDossier } from './public-lookup';

/**
 * The chat-bot's answer to a citizen's message: the same rule as the public lookup (code plus the
 * last 4 digits of the applicant's phone or ID number), and the same answer for an unknown code as
 * for a wrong check, so the bot cannot be used to find which codes exist.
 */
export async function chatbotReply(store: Store, text: string): Promise<string> {
  const { code, check } = parseLookupText(text);
  if (!code) return CHATBOT_HELP;
  if (!check) return missingCheckReply(code);
  try {
    return lookupReply(await publicDossier(store, code, { check }));
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return notFoundReply(code);
    throw err;
  }
}
