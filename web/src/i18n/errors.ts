import type { TFunction } from 'i18next';
import { isApiError } from '../api/client';

/**
 * A user-facing message for any error: the server's code translated by `errors.<code>`
 * (params interpolated), the server's message when there is no translation.
 */
export function errorMessage(t: TFunction, e: unknown): string {
  if (isApiError(e)) {
    const params: Record<string, unknown> = { ...e.params, requestId: e.requestId ?? '-' };
    if (typeof e.params.retryAfterSeconds === 'number') params.minutes = Math.max(1, Math.ceil(e.params.retryAfterSeconds / 60));
    // Fastify validation errors carry the field; say which one if we can
    return t(`errors.${e.code}`, { ...params, defaultValue: e.message });
  }
  return t('errors.unknown');
}
